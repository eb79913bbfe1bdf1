"""Tenure speed: the State Department's 7,262 records read and queried, against a plain scan.

Usage: python benchmarks/tenures_speed.py [--queries 10000] [--repeat 3] [--smoke]

Reads ``shared/data/us_state_dept_tenures.csv`` (beside the checkout) with ``io.read_tenures``
as docs/files.md describes (``strict=False``: one record of the source ends before it starts),
then asks ``vacancies`` of every office, ``overlaps()`` once, and ``holders(office, on=day)``
for random offices and days, against a scan of every tenure of the office with
``Period.certainly_covers`` / ``possibly_covers`` in the same process. Reported: seconds (best
of ``--repeat``), microseconds per query, and scan / holders. The issue's target is that the
tenures derive in under 1 s.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from timeline import _calendar as cal
from timeline import io

if TYPE_CHECKING:
    from collections.abc import Callable

    from timeline.engine import Tenures

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "us_state_dept_tenures.csv"
COLUMNS = {"id": "tenure_id", "person": "name"}


def best(run: Callable[[], object], repeat: int) -> float:
    """The shortest of ``repeat`` timings of ``run``, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def read(path: Path) -> Tenures:
    tenures, _problems = io.read_tenures(path, columns=COLUMNS, strict=False)
    return tenures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--smoke", action="store_true", help="100 queries, one run each")
    args = parser.parse_args(argv)
    queries = 100 if args.smoke else args.queries
    repeat = 1 if args.smoke else args.repeat
    if not DATA.exists():
        print(f"{DATA} is not beside the checkout: nothing to measure")
        return 1
    seconds = best(lambda: read(DATA), repeat)
    tenures = read(DATA)
    print(f"read and derive {len(tenures):,} tenures: {seconds:.3f} s (target: under 1 s)")
    # A fresh collection for each query kind, so that no office's layout is already worked out.
    fresh = read(DATA)
    start = time.perf_counter()
    found = sum(len(fresh.vacancies(office)) for office in fresh.offices)
    vacancy_s = time.perf_counter() - start
    print(f"vacancies of all {len(fresh.offices):,} offices: {vacancy_s:.3f} s ({found:,} found)")
    print(f"overlaps(): {best(lambda: read(DATA).overlaps(), repeat) - seconds:.3f} s")
    rng = random.Random(7262)
    asked = [
        (
            rng.choice(tenures.offices),
            rng.randint(cal.day_of("1780-01-01"), cal.day_of("2025-12-31")),
        )
        for _ in range(queries)
    ]
    ours = best(lambda: [tenures.holders(office, on=day) for office, day in asked], repeat)

    def scan() -> None:
        for office, day in asked:
            of = tenures.of(office)
            _ = [t for t in of if t.period.certainly_covers(day)]
            _ = [t for t in of if t.period.possibly_covers(day)]

    theirs = best(scan, repeat)
    print(
        f"holders: {ours / queries * 1e6:.1f} us a query, a scan {theirs / queries * 1e6:.1f} us "
        f"({theirs / ours:.1f}x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
