"""Reading EDTF: ``FuzzyDate.from_edtf`` against the ``edtf`` package's ``parse_edtf``.

Run by hand (it prints figures and never asserts a time)::

    .venv/bin/pip install edtf                         # the peer; not a dependency of timeline
    .venv/bin/python benchmarks/edtf_speed.py          # ours on 1,000,000 strings
    .venv/bin/python benchmarks/edtf_speed.py --smoke  # a few thousand, to check it works

The strings are a seeded random mix of the date forms both libraries read: days, months, years,
BCE years, seasons 21..24, the qualifiers ``?`` ``~`` ``%`` on days, months and years, and
unspecified digits (``199X``, ``19XX``, ``2004-XX``, ``2004-06-XX``). ISO weeks are left out,
because the peer does not read them. Intervals are timed separately, with ``Period.from_edtf``.

What is measured:

- ours: every one of the ``--n`` strings, in ``--passes`` passes over the whole list; the figure
  is the median pass divided by the number of strings;
- the peer: it is far slower, so it reads only the first ``--peer-n`` strings of the same shuffled
  list, which is the same mix of forms, in one pass; the figure is that pass divided by its
  strings;
- the ratio: the peer's time per string over ours (the per-string means above). It is also given
  for ours timed on exactly the peer's strings, and form by form;
- for a sanity check, the two libraries' bounds are compared on the peer's strings (``edtf``'s
  ``lower_strict`` / ``upper_strict`` against our ``earliest`` / ``latest``).

Both run in the same process, one after the other, with the garbage collector left on.
"""

from __future__ import annotations

import argparse
import gc
import importlib.metadata
import random
import statistics
import sys
import time
from collections import defaultdict
from typing import TYPE_CHECKING

from timeline import FuzzyDate, Period
from timeline import _calendar as cal

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

QUALIFIERS = "?~%"


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    year = rng.randint(1000, 2999)
    month = rng.randint(1, 12)
    return year, month, rng.randint(1, cal.days_in_month(year, month))


def _unspecified(rng: random.Random) -> str:
    year, month, _ = _ymd(rng)
    return rng.choice(
        (f"{year // 10}X", f"{year // 100}XX", f"{year}-XX", f"{year}-{month:02d}-XX")
    )


FORMS: dict[str, Callable[[random.Random], str]] = {
    "day": lambda rng: "{}-{:02d}-{:02d}".format(*_ymd(rng)),
    "month": lambda rng: "{}-{:02d}".format(*_ymd(rng)[:2]),
    "year": lambda rng: str(_ymd(rng)[0]),
    "BCE year": lambda rng: f"-{rng.randint(1, 999):04d}",
    "season": lambda rng: f"{_ymd(rng)[0]}-{rng.randint(21, 24)}",
    "qualified day": lambda rng: "{}-{:02d}-{:02d}".format(*_ymd(rng)) + rng.choice(QUALIFIERS),
    "qualified month": lambda rng: "{}-{:02d}".format(*_ymd(rng)[:2]) + rng.choice(QUALIFIERS),
    "qualified year": lambda rng: str(_ymd(rng)[0]) + rng.choice(QUALIFIERS),
    "unspecified digits": _unspecified,
}


def make_strings(n: int, seed: int, forms: Sequence[str]) -> tuple[list[str], list[str]]:
    """``n`` EDTF dates of the given forms, about equally many of each, and each one's form."""
    rng = random.Random(seed)
    kinds = [rng.choice(forms) for _ in range(n)]
    return [FORMS[kind](rng) for kind in kinds], kinds


#: Forms for the ends of intervals: the ones the peer reads inside an interval too.
INTERVAL_FORMS = ("day", "month", "year", "qualified day", "qualified month", "qualified year")


def make_intervals(n: int, seed: int) -> list[str]:
    """``n`` EDTF intervals: two dates in order, or one date and an open or unknown side."""
    rng = random.Random(seed)
    dates, _ = make_strings(2 * n, seed + 1, INTERVAL_FORMS)
    out = []
    for first, second in zip(dates[::2], dates[1::2], strict=True):
        shape = rng.random()
        a, b = sorted((first, second), key=lambda text: FuzzyDate.from_edtf(text).earliest_day)
        if shape < 0.1:
            out.append(f"{first}/..")
        elif shape < 0.2:
            out.append(f"{first}/")
        elif FuzzyDate.from_edtf(a).latest_day > FuzzyDate.from_edtf(b).earliest_day:
            out.append(f"{a}/..")
        else:
            out.append(f"{a}/{b}")
    return out


def time_pass(function: Callable[[str], object], strings: Sequence[str]) -> float:
    """Seconds for one pass of ``function`` over ``strings``."""
    start = time.perf_counter()
    for text in strings:
        function(text)
    return time.perf_counter() - start


def per_string(seconds: float, count: int) -> str:
    micros = 1e6 * seconds / count
    return f"{micros:8.2f} µs" if micros < 1000 else f"{micros / 1000:8.2f} ms"


def load_peer() -> Callable[[str], object] | None:
    try:
        from edtf import parse_edtf
    except ImportError:
        print("The peer, the `edtf` package, is not installed; only our figures follow.")
        print("Install it into the project's environment (it is not a dependency) with:")
        print("    .venv/bin/pip install edtf")
        print()
        return None
    return parse_edtf  # type: ignore[no-any-return]


def bounds_disagreements(
    peer: Callable[[str], object], strings: Sequence[str], kinds: Sequence[str]
) -> dict[str, list[str]]:
    """Strings whose first and last day differ between the two libraries, by form."""
    found: dict[str, list[str]] = defaultdict(list)
    for text, kind in zip(strings, kinds, strict=True):
        ours = FuzzyDate.from_edtf(text)
        theirs = peer(text)
        low, high = theirs.lower_strict(), theirs.upper_strict()  # type: ignore[attr-defined]
        if (low.tm_year, low.tm_mon, low.tm_mday) != (
            ours.earliest.year,
            ours.earliest.month,
            ours.earliest.day,
        ) or (high.tm_year, high.tm_mon, high.tm_mday) != (
            ours.latest.year,
            ours.latest.month,
            ours.latest.day,
        ):
            found[kind].append(
                f"{text}: ours {ours.earliest}..{ours.latest}, "
                f"edtf {low.tm_year}-{low.tm_mon:02d}-{low.tm_mday:02d}.."
                f"{high.tm_year}-{high.tm_mon:02d}-{high.tm_mday:02d}"
            )
    return found


def main() -> None:  # noqa: PLR0915 - one report, printed in order
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="strings we read (1,000,000)")
    parser.add_argument("--peer-n", type=int, default=10_000, help="strings the peer reads")
    parser.add_argument("--passes", type=int, default=3, help="passes of ours over the list")
    parser.add_argument("--interval-n", type=int, default=100_000, help="intervals we read")
    parser.add_argument("--check-n", type=int, default=2_000, help="strings whose bounds agree?")
    parser.add_argument(
        "--exclude", action="append", default=[], choices=list(FORMS), help="leave out a form"
    )
    parser.add_argument("--seed", type=int, default=2021)
    parser.add_argument("--smoke", action="store_true", help="tiny sizes: check that it works")
    args = parser.parse_args()
    if args.smoke:
        args.n, args.peer_n, args.passes, args.interval_n, args.check_n = 1_000, 100, 1, 500, 100
    peer_n = min(args.peer_n, args.n)
    forms = [form for form in FORMS if form not in args.exclude]

    strings, kinds = make_strings(args.n, args.seed, forms)
    print(f"python {sys.version.split()[0]}; {args.n:,} EDTF date strings, seed {args.seed}")
    print(f"forms, about equally many of each: {', '.join(forms)}")
    if args.exclude:
        print(f"left out: {', '.join(args.exclude)}")
    print(f"examples: {', '.join(dict(zip(kinds, strings, strict=True)).values())}")
    print()

    parse = FuzzyDate.from_edtf
    passes = [time_pass(parse, strings) for _ in range(args.passes)]
    ours = statistics.median(passes)
    rate = f"{args.n / ours:,.0f} strings per second"
    print(f"ours, FuzzyDate.from_edtf, all {args.n:,} strings, {args.passes} pass(es) over them:")
    print(f"  median pass {ours:.3f} s  ->  {per_string(ours, args.n)} per string ({rate})")
    print(f"  passes: {', '.join(f'{p:.3f} s' for p in passes)}")

    peer = load_peer()
    subset, subset_kinds = strings[:peer_n], kinds[:peer_n]
    by_kind: dict[str, list[str]] = defaultdict(list)
    for text, kind in zip(subset, subset_kinds, strict=True):
        by_kind[kind].append(text)
    # Both are timed form by form on the peer's strings (ours: median of 3 passes, the peer: one
    # pass); the sums are the two libraries' times on exactly the same strings.
    rows = []
    for kind in forms:
        group = by_kind.get(kind, [])
        if group:
            mine = statistics.median(time_pass(parse, group) for _ in range(3))
            gc.collect()
            them = time_pass(peer, group) if peer is not None else float("nan")
            rows.append((kind, len(group), mine, them))
    ours_subset = sum(row[2] for row in rows)
    if peer is None:
        print(f"ours on the first {peer_n:,} strings: {per_string(ours_subset, peer_n)} per string")
    else:
        theirs = sum(row[3] for row in rows)
        version = importlib.metadata.version("edtf")
        print()
        print(f"peer, edtf {version} parse_edtf, the first {peer_n:,} strings, one pass:")
        print(f"  {theirs:.3f} s  ->  {per_string(theirs, peer_n)} per string")
        print()
        print("ratio, the peer's time per string over ours (how many times faster ours is):")
        print(
            f"  against ours over all {args.n:,} strings: {theirs / peer_n / (ours / args.n):9.1f}x"
        )
        print(f"  against ours on the same {peer_n:,} strings: {theirs / ours_subset:9.1f}x")
        print()
        print("form by form, on the peer's strings (time per string):")
        print(f"  {'form':20} {'count':>6} {'ours':>11} {'edtf':>11} {'ratio':>9}")
        for kind, count, mine, them in rows:
            print(
                f"  {kind:20} {count:6d} {per_string(mine, count)} {per_string(them, count)} "
                f"{them / mine:8.1f}x"
            )

        check_n = min(args.check_n, peer_n)
        disagreements = bounds_disagreements(peer, subset[:check_n], subset_kinds[:check_n])
        total = sum(len(v) for v in disagreements.values())
        print()
        print(f"first and last day compared on the first {check_n:,} strings: {total:,} differ")
        for kind, cases in disagreements.items():
            print(f"  {kind}: {len(cases):,}, e.g. {cases[0]}")
        if "season" in disagreements:
            print("  (edtf ends a winter 'YYYY-24' on 31 December of YYYY; ours runs to the end")
            print("   of February: the meteorological winter that begins in December YYYY)")

    intervals = make_intervals(args.interval_n, args.seed)
    interval_passes = [time_pass(Period.from_edtf, intervals) for _ in range(args.passes)]
    ours_intervals = statistics.median(interval_passes)
    print()
    print(f"intervals ('a/b', 'a/..', 'a/'; ends: {', '.join(INTERVAL_FORMS)}):")
    print(
        f"  ours, Period.from_edtf on {args.interval_n:,}, median of {args.passes} pass(es): "
        f"{per_string(ours_intervals, args.interval_n)} per string"
    )
    if peer is not None:
        interval_peer_n = min(peer_n, args.interval_n)
        theirs_intervals = time_pass(peer, intervals[:interval_peer_n])
        ratio = theirs_intervals / interval_peer_n / (ours_intervals / args.interval_n)
        print(
            f"  edtf parse_edtf on the first {interval_peer_n:,}, one pass: "
            f"{per_string(theirs_intervals, interval_peer_n)} per string"
        )
        print(f"  ratio: {ratio:.1f}x")


if __name__ == "__main__":
    main()
