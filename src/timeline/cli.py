"""The ``timeline`` command.

>>> main(["--version"])
timeline 0.1.0
0
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from timeline import __version__
from timeline._fuzzy import FuzzyDate
from timeline._period import Period
from timeline.errors import TimelineError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from timeline._events import Event

__all__ = ["main"]


def _when_text(event: Event) -> str:
    parts = []
    for piece in event.evidence:
        if isinstance(piece, FuzzyDate | Period):
            parts.append(str(piece))
        else:
            parts.append(f'"{piece}"')
    return "; ".join(parts)


def _demo(_args: argparse.Namespace) -> int:
    from timeline.data import khalilzad

    rows = [(event.id, event.kind, _when_text(event), event.summary) for event in khalilzad.EVENTS]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    print(khalilzad.SOURCE.title)
    print(f"written {khalilzad.SOURCE.written}, published {khalilzad.SOURCE.published}")
    print()
    header = ("id", "kind", "when (as the story gives it)", "what")
    widths = [max(w, len(h)) for w, h in zip(widths, header, strict=False)]
    for row in (header, *rows):
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[3]]))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline", description="Dated events: fuzzy dates, relative phrases, tenures."
    )
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    demo = commands.add_parser("demo", help="show the embedded demo (the seed article's events)")
    demo.set_defaults(run=_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        return int(args.run(args))
    except TimelineError as error:
        print(f"timeline: error: {error}", file=sys.stderr)
        return 1
