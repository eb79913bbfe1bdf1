"""How much memory a ``FuzzyDate`` takes, and whether it is slotted.

Run by hand (it prints figures and never asserts)::

    .venv/bin/python benchmarks/fuzzy_size.py            # 1,000,000 instances for the average
    .venv/bin/python benchmarks/fuzzy_size.py --smoke    # 1,000

Reported: ``sys.getsizeof`` of one instance (the object alone), the same plus the two day-number
ints it owns (its precision and flags are shared singletons), whether it has a ``__dict__``, and
the average memory per instance when many distinct ones are alive, measured with ``tracemalloc``.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import sys
import tracemalloc

from timeline import FuzzyDate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="instances for the average")
    parser.add_argument("--smoke", action="store_true", help="1,000 instances")
    args = parser.parse_args()
    n = 1_000 if args.smoke else args.n

    date = FuzzyDate.month(2018, 9)
    own_ints = sys.getsizeof(date.earliest_day) + sys.getsizeof(date.latest_day)
    print(f"FuzzyDate.month(2018, 9): {date!r}")
    print(f"  __slots__: {type(date).__slots__}")
    print(f"  has a __dict__: {hasattr(date, '__dict__')}")
    print(f"  sys.getsizeof (the object):         {sys.getsizeof(date):4d} bytes")
    print(f"  with its two day-number ints:       {sys.getsizeof(date) + own_ints:4d} bytes")
    comparisons = {
        "a tuple of the same five fields": tuple(
            getattr(date, name) for name in type(date).__slots__ if name != "__weakref__"
        ),
        "a datetime.date (one exact day)": datetime.date(2018, 9, 1),
    }
    for label, value in comparisons.items():
        print(f"  for comparison, {label}: {sys.getsizeof(value)} bytes")

    # Distinct instances, each with its own ints, as a constraint network would hold them.
    first = datetime.date(1900, 1, 1).toordinal()
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    dates = [FuzzyDate(first + i, first + i + 29) for i in range(n)]
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    list_bytes = sys.getsizeof(dates)
    per_instance = (after - before - list_bytes) / n
    print()
    print(f"{n:,} distinct FuzzyDates alive (tracemalloc, excluding the list itself):")
    print(f"  {per_instance:.1f} bytes per instance, ints included")
    print(f"  {(after - before) / 2**20:.1f} MiB in all")


if __name__ == "__main__":
    main()
