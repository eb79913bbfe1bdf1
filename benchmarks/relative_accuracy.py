"""Exact-match accuracy of the phrase resolver on a corpus of phrases with gold answers.

Usage: python benchmarks/relative_accuracy.py [CORPUS.jsonl]
       [--conventions auto|duckling|ours] [--failures N] [--smoke]

A case is scored when its gold answer is a date or an interval with both ends (the corpus
README's definition). It matches when our earliest and latest days equal the gold start and
end. With ``auto`` (the default), cases taken from Duckling are resolved with
``Context.duckling`` (its documented conventions) and all others with timeline's defaults;
``duckling`` or ``ours`` sets one for every case. Either way a case's own ``bias`` (the
preference under which its gold answer is right: past, future or nearest) is applied, as the
corpus README says to. Where a case also lists other ``readings`` (say, the past and the
future one), a miss that equals one of them is counted apart as "another reading".
"""

from __future__ import annotations

import argparse
import collections
import datetime
import json
import pathlib
import sys

import attrs

import timeline
from timeline import Bias, Context, FuzzyDate, Period
from timeline.errors import TimelineError

CORPORA = pathlib.Path(__file__).resolve().parents[2] / "shared" / "corpora"


def _bounds(value: object) -> tuple[str | None, str | None]:
    if isinstance(value, FuzzyDate):
        return str(value.earliest), str(value.latest)
    if isinstance(value, Period):
        start = value.start.earliest if isinstance(value.start, FuzzyDate) else None
        end = value.end.latest if isinstance(value.end, FuzzyDate) else None
        return (str(start) if start else None, str(end) if end else None)
    return None, None


def _context(case: dict[str, object], conventions: str) -> Context:
    reference = datetime.date.fromisoformat(str(case["reference"])[:10])
    locale = case.get("locale")
    region = str(locale).split("_")[-1] if locale else None
    if conventions == "auto":
        conventions = "duckling" if str(case.get("source", "")).startswith("duckling") else "ours"
    if conventions == "duckling":
        context = Context.duckling(reference, region=region)
    else:
        context = Context(reference=reference, region=region)
    bias = case.get("bias")
    return attrs.evolve(context, bias=Bias(bias)) if bias else context


def _readings(case: dict[str, object]) -> set[tuple[str | None, str | None]]:
    """The other readings a case lists, as (start, end); a list or a mapping of them."""
    readings = case.get("readings") or ()
    found = readings.values() if isinstance(readings, dict) else readings
    return {
        (reading.get("start"), reading.get("end"))
        for reading in found  # type: ignore[union-attr]
        if isinstance(reading, dict)
    }


def run(path: pathlib.Path, conventions: str, show: int) -> float:
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    scored = [
        c
        for c in cases
        if c["expected"]["type"] in ("date", "interval")
        and c["expected"]["start"] is not None
        and c["expected"]["end"] is not None
    ]
    totals: collections.Counter[str] = collections.Counter()
    hits: collections.Counter[str] = collections.Counter()
    other_readings = 0
    failures: list[tuple[str, str, str, str]] = []
    for case in scored:
        category = str(case["category"])
        totals[category] += 1
        expected = (case["expected"]["start"], case["expected"]["end"])
        try:
            value = timeline.resolve(str(case["text"]), context=_context(case, conventions)).value
            got = _bounds(value)
        except TimelineError as error:
            got = (f"error: {type(error).__name__}: {str(error).splitlines()[0]}", "")
        if got == expected:
            hits[category] += 1
        else:
            other_readings += got in _readings(case)
            failures.append(
                (
                    category,
                    str(case["text"]),
                    f"{expected[0]}..{expected[1]}",
                    f"{got[0]}..{got[1]}",
                )
            )
    total, hit = sum(totals.values()), sum(hits.values())
    print(f"{path.name} ({conventions} conventions): {hit}/{total} = {hit / total:.1%} exact")
    if other_readings:
        print(f"  misses that equal another reading the case lists: {other_readings}")
    for category in sorted(totals):
        print(
            f"  {category:28} {hits[category]:4}/{totals[category]:<4} "
            f"{hits[category] / totals[category]:6.1%}"
        )
    if failures and show:
        print(f"failures ({len(failures)}):")
        for category, text, expected_text, got_text in sorted(failures)[:show]:
            print(f"  [{category}] {text!r}: expected {expected_text}, got {got_text}")
    return hit / total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(CORPORA / "duckling_en.jsonl"))
    parser.add_argument("--conventions", choices=("auto", "duckling", "ours"), default="auto")
    parser.add_argument("--failures", type=int, default=1000, help="how many failures to list")
    parser.add_argument("--smoke", action="store_true", help="run on the first 50 cases only")
    args = parser.parse_args(argv)
    path = pathlib.Path(args.corpus)
    if args.smoke:
        lines = path.read_text(encoding="utf-8").splitlines()[:50]
        path = pathlib.Path("/tmp/relative_accuracy_smoke.jsonl")  # noqa: S108
        path.write_text("\n".join(lines), encoding="utf-8")
    run(path, args.conventions, args.failures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
