"""How ``extract`` scales with the length of a text: characters a second, and the growth.

Run by hand (it prints figures and never asserts a time)::

    .venv/bin/python benchmarks/extract_scale.py          # 10,000 to 320,000 characters
    .venv/bin/python benchmarks/extract_scale.py --smoke  # two small sizes, to check it works

The text is made of the embedded demo's quotes from its news article (the sentences its
events are dated by, in ``timeline.data``), one paragraph each, repeated until it reaches
each size, so every size has the same density of dates. ``extract`` runs once per size in
narrative mode (the story's date is carried from paragraph to paragraph) and once without.
The figure to watch is the growth: a text twice as long should take about twice as long; a
ratio well above 2 between neighbouring sizes means some step looks at the whole text for
every phrase.
"""

from __future__ import annotations

import argparse
import sys
import time

import timeline
from timeline.data import khalilzad

SIZES = (10_000, 20_000, 40_000, 80_000, 160_000, 320_000)


def text_of(size: int) -> str:
    """The demo's quoted sentences as paragraphs, repeated up to ``size`` characters."""
    quotes = [f"{e.source.quote}." for e in khalilzad.EVENTS if e.source and e.source.quote]
    article = "\n\n".join(quotes)
    copies = size // (len(article) + 2) + 1
    return "\n\n".join([article] * copies)[:size]


def seconds(text: str, *, narrative: bool) -> tuple[float, int]:
    """How long one ``extract`` of ``text`` takes, and how many dates it finds."""
    start = time.perf_counter()
    found = timeline.extract(text, reference="2021-10-18", narrative=narrative)
    return time.perf_counter() - start, len(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="two small sizes only")
    args = parser.parse_args(argv)
    sizes = SIZES[:2] if args.smoke else SIZES
    print(
        f"{'characters':>10} {'mode':>10} {'dates':>6} {'seconds':>8} {'chars/s':>9} {'growth':>7}"
    )
    for narrative in (False, True):
        previous: float | None = None
        for size in sizes:
            took, dates = seconds(text_of(size), narrative=narrative)
            growth = "" if previous is None else f"{took / previous:6.2f}x"
            mode = "narrative" if narrative else "plain"
            print(f"{size:10,} {mode:>10} {dates:6} {took:8.2f} {size / took:9,.0f} {growth:>7}")
            sys.stdout.flush()
            previous = took
    return 0


if __name__ == "__main__":
    sys.exit(main())
