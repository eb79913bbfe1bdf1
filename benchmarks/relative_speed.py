"""Speed of resolving relative phrases: timeline against dateparser, parsedatetime and ctparse.

Usage: python benchmarks/relative_speed.py [CORPUS.jsonl] [--repeat N] [--smoke]

Every resolver gets the same phrases (the corpus's ``text`` fields) and the same reference
date, in this one process, one after another. For each phrase we time ``--repeat`` calls and
keep the best per-call time (the least disturbed by the machine), then report the median over
phrases and the ratio of each peer's median to ours. ``timeline`` is timed twice: cold, a fresh
parse and resolution on every call (``parse(text).resolve(context)``, no cache anywhere), and
as ``timeline.resolve`` is used, where a phrase seen before reuses its parse from a bounded
cache. The peers are installed only for this benchmark (``pip install dateparser
parsedatetime ctparse``); a missing one is skipped.
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import json
import pathlib
import statistics
import sys
import time
from typing import TYPE_CHECKING

import timeline
from timeline import Context
from timeline.errors import TimelineError

if TYPE_CHECKING:
    from collections.abc import Callable

CORPORA = pathlib.Path(__file__).resolve().parents[2] / "shared" / "corpora"


def _ours(reference: datetime.date) -> Callable[[str], object]:
    context = Context.duckling(reference)

    def run(text: str) -> object:
        try:
            return timeline.parse(text).resolve(context).value
        except TimelineError:
            return None

    return run


def _ours_cached(reference: datetime.date) -> Callable[[str], object]:
    context = Context.duckling(reference)

    def run(text: str) -> object:
        try:
            return timeline.resolve(text, context=context).value
        except TimelineError:
            return None

    return run


def _dateparser(reference: datetime.date) -> Callable[[str], object] | None:
    try:
        dateparser = importlib.import_module("dateparser")
    except ImportError:
        return None
    base = datetime.datetime.combine(reference, datetime.time(4, 30))
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future"}
    parser = dateparser.DateDataParser(languages=["en"], settings=settings)

    def run(text: str) -> object:
        return parser.get_date_data(text).date_obj

    return run


def _parsedatetime(reference: datetime.date) -> Callable[[str], object] | None:
    try:
        parsedatetime = importlib.import_module("parsedatetime")
    except ImportError:
        return None
    calendar = parsedatetime.Calendar()
    base = datetime.datetime.combine(reference, datetime.time(4, 30)).timetuple()

    def run(text: str) -> object:
        return calendar.parse(text, base)

    return run


def _ctparse(reference: datetime.date) -> Callable[[str], object] | None:
    try:
        ctparse = importlib.import_module("ctparse")
    except ImportError:
        return None
    base = datetime.datetime.combine(reference, datetime.time(4, 30))

    def run(text: str) -> object:
        return ctparse.ctparse(text, ts=base, timeout=1)

    return run


def _time(run: Callable[[str], object], phrases: list[str], repeat: int) -> list[float]:
    per_phrase = []
    for phrase in phrases:
        run(phrase)  # warm the resolver's own imports, not a cache: timeline keeps none
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            run(phrase)
            best = min(best, time.perf_counter() - start)
        per_phrase.append(best)
    return per_phrase


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(CORPORA / "duckling_en.jsonl"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--smoke", action="store_true", help="20 phrases, ours only")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in pathlib.Path(args.corpus).read_text().splitlines() if line]
    phrases = list(dict.fromkeys(str(row["text"]) for row in rows))
    reference = datetime.date(2013, 2, 12)
    resolvers: dict[str, Callable[[str], object] | None] = {
        "timeline": _ours(reference),
        "timeline warm": _ours_cached(reference),
    }
    if args.smoke:
        phrases = phrases[:20]
    else:
        resolvers |= {
            "dateparser": _dateparser(reference),
            "parsedatetime": _parsedatetime(reference),
            "ctparse": _ctparse(reference),
        }
    print(f"{len(phrases)} distinct phrases, best of {args.repeat} calls each, median over phrases")
    medians: dict[str, float] = {}
    for name, run in resolvers.items():
        if run is None:
            print(f"  {name:14} not installed (pip install {name})")
            continue
        times = _time(run, phrases, args.repeat)
        medians[name] = statistics.median(times)
        print(
            f"  {name:14} median {medians[name] * 1e6:9.1f} us   "
            f"mean {statistics.mean(times) * 1e6:9.1f} us   p90 "
            f"{sorted(times)[int(0.9 * len(times))] * 1e6:9.1f} us"
        )
    for mine in ("timeline", "timeline warm"):
        for name, median in medians.items():
            if not name.startswith("timeline"):
                print(f"  {name} / {mine} = {median / medians[mine]:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
