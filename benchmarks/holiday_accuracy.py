"""Exact-match accuracy of the holiday calendar on the holiday cases of the Duckling corpora.

Usage: python benchmarks/holiday_accuracy.py [--islamic umm-al-qura|tabular] [--smoke]

For every line whose category starts with ``holiday`` in ``duckling_en.jsonl`` and
``duckling_en_locales.jsonl``: find the holiday the text names (the earliest, then longest,
alias in the normalised text), pick its definition for the line's region (the locale's suffix,
``en_GB`` -> ``GB``), compute its occurrences in the gold start's year, and count a match when
one of them is exactly the gold span. This measures the holiday rules alone, not the parser's
reading of "next", "last" or "in 3 years" (the gold year stands in for that). Prints the
match rate per holiday (by the corpus's name for it), every mismatch, and the time one
``occurrences`` call takes for a few holidays.
"""

from __future__ import annotations

import argparse
import collections
import datetime
import json
import pathlib
import re
import statistics
import sys
import time

import attrs

from timeline import _holidays, _islamic
from timeline._religious_rules import HijriDate, HijriLastWeekday

CORPORA = pathlib.Path(__file__).resolve().parents[2] / "shared" / "corpora"
FILES = ("duckling_en.jsonl", "duckling_en_locales.jsonl")


def _iso(day: int) -> str:
    return datetime.date.fromordinal(day).isoformat()


def _find(text: str) -> str | None:
    """The alias named in a text: earliest start, then the most words."""
    words = _holidays.normalise(text).split()
    longest = _holidays.max_alias_words()
    for start in range(len(words)):
        for size in range(min(longest, len(words) - start), 0, -1):
            phrase = " ".join(words[start : start + size])
            if _holidays.named(phrase):
                return phrase
    return None


def _with_reckoning(holiday: _holidays.Holiday, reckoning: _islamic.Reckoning) -> _holidays.Holiday:
    if isinstance(holiday.rule, HijriDate | HijriLastWeekday):
        return attrs.evolve(holiday, rule=attrs.evolve(holiday.rule, reckoning=reckoning))
    return holiday


def _cases(smoke: bool) -> list[dict[str, object]]:
    cases = []
    for name in FILES:
        lines = (CORPORA / name).read_text(encoding="utf-8").splitlines()
        cases += [json.loads(line) for line in lines if '"holiday' in line]
    cases = [c for c in cases if str(c["category"]).startswith("holiday")]
    return cases[::25] if smoke else cases


def run(reckoning: _islamic.Reckoning, smoke: bool) -> float:
    cases = _cases(smoke)
    totals: collections.Counter[str] = collections.Counter()
    hits: collections.Counter[str] = collections.Counter()
    failures: list[tuple[str, dict[str, object], tuple[str, str], str]] = []
    for case in cases:
        expected = case["expected"]
        assert isinstance(expected, dict)
        gold_name = re.findall(r'"([^"]+)"', str(case["raw_expected"]))[-1]
        totals[gold_name] += 1
        locale = case.get("locale")
        region = str(locale).rsplit("_", 1)[-1] if locale else None
        gold = (str(expected["start"]), str(expected["end"]))
        alias = _find(str(case["text"]))
        holiday = _holidays.lookup(alias, region) if alias else None
        if holiday is None:
            failures.append((gold_name, case, gold, "no alias found"))
            continue
        holiday = _with_reckoning(holiday, reckoning)
        year = int(gold[0][:4])
        spans = [(_iso(a), _iso(b)) for a, b in holiday.occurrences(year)]
        if gold in spans:
            hits[gold_name] += 1
        else:
            failures.append((gold_name, case, gold, f"{holiday.name}: {spans}"))
    total, hit = sum(totals.values()), sum(hits.values())
    print(f"holiday lines: {total}, exact matches: {hit} ({100 * hit / max(total, 1):.1f}%)")
    print(f"Hijri reckoning: {reckoning.value}\n")
    print(f"{'holiday (corpus name)':45s} {'match':>9s}")
    for name in sorted(totals):
        print(f"{name:45s} {hits[name]:4d}/{totals[name]:<4d}")
    print(f"\nmismatches ({len(failures)}):")
    for name, case, gold, ours in failures:
        locale = case.get("locale") or "-"
        print(f"  {name} | {case['text']!r} [{locale}] gold {gold[0]}..{gold[1]} | ours {ours}")
    return hit / max(total, 1)


def timing(smoke: bool) -> None:
    """Median time of one ``occurrences`` call, computed afresh (nothing is cached)."""
    print("\ntime of one occurrences(year) call (median over years 2000..2029):")
    names = (
        *("christmas", "thanksgiving", "easter", "rosh hashanah", "ramadan", "eid al adha"),
        *("chinese new year", "diwali", "holi", "navaratri", "thai pongal", "onam"),
    )
    years = range(2000, 2003 if smoke else 2030)
    for name in names:
        holiday = _holidays.lookup(name)
        assert holiday is not None
        samples = []
        for year in years:
            start = time.perf_counter()
            holiday.occurrences(year)
            samples.append(time.perf_counter() - start)
        print(f"  {name:18s} {statistics.median(samples) * 1e6:8.1f} us")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--islamic", choices=("umm-al-qura", "tabular"), default="umm-al-qura")
    parser.add_argument("--smoke", action="store_true", help="a few cases, to check it runs")
    args = parser.parse_args()
    reckoning = _islamic.Reckoning(args.islamic.replace("umm-al-qura", "umm al-qura"))
    run(reckoning, args.smoke)
    timing(args.smoke)
    return 0


if __name__ == "__main__":
    sys.exit(main())
