"""Whether every canonical phrase is a fixpoint: print once, parse, print again.

Usage: python benchmarks/phrase_fixpoints.py [--show N] [--smoke]

For each phrase the parser accepts, ``p1 = parse(text).phrase()`` must parse back to a tree
that prints ``p1`` again, and resolving ``p1`` must give what resolving ``text`` gives. The
phrases come from the corpora in ``shared/corpora`` (only their text and reference date), from
the string literals of ``tests/`` and the quoted phrases of ``docs/relative-dates.md`` (those
resolved against Monday 18 October 2021, with a few events defined). A phrase that fails is
listed under one of four classes:

- ``unparsable``: ``p1`` does not parse at all;
- ``reprint``: ``parse(p1).phrase() != p1``;
- ``value``: ``p1`` resolves to another value than ``text`` (or one of them fails to resolve);
- ``tree``: ``parse(p1) != parse(text)``, though it prints and resolves the same (counted, and
  listed only with ``--trees``: equivalent trees are allowed, so this is not a failure).
"""

from __future__ import annotations

import argparse
import ast
import collections
import datetime
import json
import pathlib
import re
import sys
import warnings

import timeline
from timeline import Context, FuzzyDate
from timeline.errors import TimelineError

ROOT = pathlib.Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
REFERENCE = datetime.date(2021, 10, 18)
EVENTS = {
    name: FuzzyDate.from_edtf(value)
    for name, value in {
        "x": "2021-10-03",
        "y": "2021-10-10",
        "sept-11": "2001-09-11",
        "doha-agreement": "2020-02-29",
        "doha": "2020-02-29",
        "war": "2001-10-07",
        "sworn": "2021-01-20",
    }.items()
}


def _corpus_phrases() -> list[tuple[str, str, Context]]:
    found = []
    for path in sorted(CORPORA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line:
                continue
            case = json.loads(line)
            reference = datetime.date.fromisoformat(str(case["reference"])[:10])
            found.append((path.name, str(case["text"]), Context.duckling(reference)))
    return found


def _test_phrases() -> list[str]:
    found = []
    for path in sorted((ROOT / "tests").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and 0 < len(node.value) < 80
            and "\n" not in node.value
        ]
    return found


def _doc_phrases() -> list[str]:
    text = (ROOT / "docs" / "relative-dates.md").read_text(encoding="utf-8")
    return re.findall(r'"([^"\n]{1,80})"', text) + re.findall(r"'([^'\n]{1,80})'", text)


def _value(text: str, context: Context) -> object:
    try:
        return timeline.resolve(text, context=context).value
    except TimelineError as error:
        return f"error {type(error).__name__}"


def check(text: str, context: Context) -> tuple[str, str] | None:
    """The class of failure of one phrase and the first printed phrase; None when it holds."""
    try:
        tree = timeline.parse(text)
    except (TimelineError, ValueError, RecursionError):
        return None  # not a phrase the parser accepts
    p1 = tree.phrase()
    try:
        again = timeline.parse(p1)
    except TimelineError:
        return "unparsable", p1
    if again.phrase() != p1:
        return "reprint", p1
    if _value(p1, context) != _value(text, context):
        return "value", p1
    if again != tree:
        return "tree", p1
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=1000, help="how many failures to list")
    parser.add_argument("--trees", action="store_true", help="also list equivalent trees")
    parser.add_argument("--smoke", action="store_true", help="check the first 50 phrases only")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")  # EDTF hulls and the like: the phrases still count
    ours = Context(reference=REFERENCE, events=EVENTS)
    cases = _corpus_phrases()
    cases += [("tests", text, ours) for text in _test_phrases()]
    cases += [("docs", text, ours) for text in _doc_phrases()]
    seen: set[tuple[str, str]] = set()
    classes: collections.Counter[str] = collections.Counter()
    accepted = 0
    listed: list[tuple[str, str, str, str]] = []
    for source, text, context in cases[:50] if args.smoke else cases:
        if (source, text) in seen:
            continue
        seen.add((source, text))
        try:
            timeline.parse(text)
        except (TimelineError, ValueError, RecursionError):
            continue
        accepted += 1
        failure = check(text, context)
        if failure is None:
            continue
        kind, p1 = failure
        classes[kind] += 1
        if kind != "tree" or args.trees:
            listed.append((kind, source, text, p1))
    print(f"{accepted} accepted phrases")
    for kind in ("unparsable", "reprint", "value", "tree"):
        print(f"  {kind:10} {classes[kind]}")
    for kind, source, text, p1 in sorted(listed)[: args.show]:
        again = ""
        if kind == "reprint":
            again = f" -> {timeline.parse(p1).phrase()!r}"
        print(f"[{kind}] ({source}) {text!r} -> {p1!r}{again}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
