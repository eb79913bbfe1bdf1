"""The ``timeline`` command: the demo chart, charts of your own files, resolution and phrases.

Every error is one line on standard error and a non-zero exit status, never a traceback; its
advice names the command's options (``--reference DATE``, ``--column person=name``), not
Python arguments. A reader that goes away (``timeline tenures f.csv | head``) ends the command
quietly with status 141, as SIGPIPE ends Unix tools.

>>> main(["--version"])
timeline 0.1.0
0
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from timeline import __version__
from timeline.errors import TimelineError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from timeline._events import Event
    from timeline._fuzzy import FuzzyDate
    from timeline.engine import ResolvedTimeline, Tenures, Timeline

__all__ = ["main"]

_THEMES = {
    "light": {},
    "dark": {
        "figure.facecolor": "#1e1e1e",
        "axes.facecolor": "#1e1e1e",
        "axes.edgecolor": "#cccccc",
        "axes.labelcolor": "#eeeeee",
        "text.color": "#eeeeee",
        "xtick.color": "#cccccc",
        "ytick.color": "#cccccc",
        "savefig.facecolor": "#1e1e1e",
    },
}


def _date(text: str | None, flag: str = "") -> FuzzyDate | None:
    if text is None:
        return None
    from timeline._fuzzy import FuzzyDate

    try:
        return FuzzyDate.from_edtf(text)
    except TimelineError as error:
        if not flag:
            raise
        raise TimelineError(f"{flag}: {error}") from None


#: The largest image matplotlib draws, in pixels a side.
_MOST_PIXELS = 2**16 - 1


def _check_chart_options(args: argparse.Namespace, *, since_by_default: bool = False) -> None:
    """Refuse options no chart can be drawn with, before any time goes into drawing it."""
    from matplotlib.backend_bases import FigureCanvasBase

    formats = sorted(FigureCanvasBase.get_supported_filetypes())
    suffix = Path(args.output).suffix.lower().removeprefix(".")
    if suffix not in formats:
        msg = (
            f"-o/--output {args.output!r}: the file name's extension gives the format, one of "
            f"{', '.join(formats)}"
        )
        raise TimelineError(msg)
    if suffix == "pgf":
        import shutil

        import matplotlib as mpl

        tex = mpl.rcParams["pgf.texsystem"]
        if shutil.which(tex) is None:
            msg = f"-o/--output {args.output!r}: PGF needs {tex} (a TeX system), not installed"
            raise TimelineError(msg)
    if args.dpi < 1:
        msg = f"--dpi expects a whole number of 1 or more, got {args.dpi}"
        raise TimelineError(msg)
    since, until = _date(args.since, "--since"), _date(args.until, "--until")
    if since is not None and until is not None and until.latest_day < since.earliest_day:
        default = " (the default)" if since_by_default else ""
        msg = (
            f"--since {args.since}{default} is after --until {args.until}: "
            "the chart would show nothing"
        )
        raise TimelineError(msg)


def _load(path: str, kinds: Sequence[str] = ()) -> Timeline:
    from timeline.io import load

    try:
        return load(path, kinds=dict(_kind(item) for item in kinds) or None)
    except FileNotFoundError:
        msg = f"{path}: no such file"
        raise TimelineError(msg) from None


def _resolved(path: str, kinds: Sequence[str] = (), *, strict: bool = True) -> ResolvedTimeline:
    """The file's timeline, resolved.

    An error found resolving it names the file, as one found loading it does.
    """
    timeline = _load(path, kinds)
    try:
        return timeline.resolve(strict=strict)
    except TimelineError as error:
        raise TimelineError(f"{path}: {_one_line(error)}") from error


def _render(
    source: ResolvedTimeline | Tenures,
    args: argparse.Namespace,
    *,
    title: str | None = None,
) -> None:
    """Draw the chart the options ask for and save it (and its table, if asked)."""
    from timeline import charts

    rows = charts.table(source, by=args.by, since=_date(args.since), until=_date(args.until))
    if not rows:
        window = " within --since/--until" if args.since or args.until else ""
        msg = f"nothing to chart: no tenure or dated event{window}; no file written"
        raise TimelineError(msg)
    theme = _THEMES[getattr(args, "theme", "light")]
    ax = charts.gantt(
        source,
        by=args.by,
        lanes=not args.no_lanes,
        since=_date(args.since),
        until=_date(args.until),
        hatch=args.hatch,
        title=title,
        style=theme,
    )
    figure = ax.get_figure(root=True)
    assert figure is not None
    width, height = (round(side * args.dpi) for side in figure.get_size_inches())
    too_large = (
        f"--dpi {args.dpi} makes the chart {width}x{height} pixels, too large to draw; "
        "use a lower --dpi"
    )
    if max(width, height) > _MOST_PIXELS:
        raise TimelineError(too_large)
    try:
        charts.save(figure, args.output, dpi=args.dpi)
    except MemoryError:
        raise TimelineError(too_large) from None
    print(f"wrote {args.output}")
    if args.csv:
        Path(args.csv).write_text(charts.write_table(rows), encoding="utf-8")
        print(f"wrote {args.csv}")


#: Where the demo chart starts, unless --since says otherwise.
_DEMO_SINCE = "2018-06"


def _demo(args: argparse.Namespace) -> int:
    from timeline import charts
    from timeline.data import khalilzad

    since_by_default = args.since is None
    if since_by_default:
        args.since = _DEMO_SINCE
    _check_chart_options(args, since_by_default=since_by_default)
    resolved = khalilzad.TIMELINE.resolve()
    print(khalilzad.SOURCE.title)
    print(f"written {khalilzad.SOURCE.written}, published {khalilzad.SOURCE.published}\n")
    for event in resolved:
        print(f"  {event.id:32} {resolved[event.id]!s:28} {event.summary}")
    print()
    print(charts.describe(resolved, since=_date(args.since)))
    print()
    _render(resolved, args, title="The US envoy for Afghanistan resigns (AP, October 2021)")
    return 0


def _chart(args: argparse.Namespace) -> int:
    _check_chart_options(args)
    if _is_csv(args.file):
        if args.keep_going:
            msg = f"--keep-going is for events files (TOML or JSON); {args.file} is CSV"
            raise TimelineError(msg)
        _render(_file_tenures(args), args, title=args.title)
        return 0
    _file_columns(args)
    resolved = _resolved(args.file, args.kind, strict=not args.keep_going)
    for conflict in resolved.conflicts:
        print(f"warning: set aside {conflict.set_aside}: {conflict}", file=sys.stderr)
    _render(resolved, args, title=args.title)
    return 0


def _resolve(args: argparse.Namespace) -> int:
    resolved = _resolved(args.file, args.kind, strict=not args.keep_going)
    for event in resolved:
        print(f"{event.id}\t{resolved[event.id]}")
        if args.explain:
            for line in str(resolved.explain(event.id)).splitlines()[1:]:
                print(f"    {line}")
    for conflict in resolved.conflicts:
        print(f"set aside {conflict.set_aside}: {conflict}")
    return 0


def _parse(args: argparse.Namespace) -> int:
    from timeline.parsing import resolve

    options = {"bias": args.bias}
    if args.region:
        options["region"] = args.region
    resolution = resolve(args.phrase, reference=args.reference, **options)
    print(f"{resolution.value}\t{resolution.rule}")
    print(f"  as a phrase: {resolution.expression.phrase()}")
    if resolution.reference is not None:
        print(f"  against: {resolution.reference}")
    for other in resolution.alternatives:
        print(f"  or: {other.value}")
    return 0


def _is_csv(path: str) -> bool:
    return path.lower().endswith(".csv")


def _file_columns(args: argparse.Namespace) -> dict[str, str]:
    """The ``--column`` options, checked against the file.

    ``--kind`` is for events files only and ``--column`` for CSV files only; either on the
    other kind of file is an error.
    """
    columns = dict(_column(item) for item in args.column)
    is_csv = _is_csv(args.file)
    if is_csv and args.kind:
        msg = f"--kind is for events files (TOML or JSON); {args.file} is CSV, which has no kinds"
        raise TimelineError(msg)
    if not is_csv and columns:
        msg = f"--column is for CSV files; {args.file} is an events file, whose fields are fixed"
        raise TimelineError(msg)
    return columns


def _file_tenures(args: argparse.Namespace) -> Tenures:
    """The tenures of a CSV file (bad rows left out, with a warning) or of an events file."""
    columns = _file_columns(args)
    if _is_csv(args.file):
        from timeline.io import read_tenures

        tenures, problems = read_tenures(args.file, columns=columns or None, strict=False)
        for problem in problems:
            print(f"warning: left out: {problem}", file=sys.stderr)
        return tenures
    return _resolved(args.file, args.kind).tenures()


def _tenures(args: argparse.Namespace) -> int:
    tenures = _file_tenures(args)
    if args.csv:
        from timeline.io import write_tenures

        write_tenures(tenures, sys.stdout)
        return 0
    for tenure in tenures:
        print(f"{tenure.office}\t{tenure.person}\t{tenure.period}\t{tenure.how_ended}")
    return 0


def _kind(item: str) -> tuple[str, type[Event]]:
    """``death=dismissal`` from ``--kind``: a file's own kind that acts as a built-in one."""
    import attrs

    from timeline._io_kinds import BUILT_IN

    name, separator, base = (part.strip() for part in item.partition("="))
    if not separator or not name or base not in BUILT_IN:
        msg = (
            f"--kind expects NAME=KIND with KIND one of {', '.join(sorted(BUILT_IN))} (such as "
            f"death=dismissal), got {item!r}"
        )
        raise TimelineError(msg)
    if name in BUILT_IN:
        msg = f"--kind {item!r}: {name!r} is a built-in kind already"
        raise TimelineError(msg)
    shaped = type(name.title().replace("-", ""), (BUILT_IN[base],), {"kind": name})
    return name, attrs.frozen(slots=True, kw_only=True)(shaped)


def _column(item: str) -> tuple[str, str]:
    """``person=name`` from ``--column``: our field, then the file's column."""
    from timeline._io_csv import COLUMNS

    field, separator, column = (part.strip() for part in item.partition("="))
    if not separator or not field or not column:
        msg = f"--column expects FIELD=COLUMN such as person=name, got {item!r}"
        raise TimelineError(msg)
    if field not in COLUMNS:
        msg = f"--column {item!r}: no field {field!r}; FIELD is one of {', '.join(COLUMNS)}"
        raise TimelineError(msg)
    return field, column


def _chart_options(parser: argparse.ArgumentParser, *, output: str | None) -> None:
    parser.add_argument(
        "-o",
        "--output",
        default=output,
        required=output is None,
        help="the chart's file; its extension gives the format (png, svg, pdf, ...)",
    )
    parser.add_argument("--by", choices=("office", "person"), default="office")
    parser.add_argument("--no-lanes", action="store_true", help="one row for every tenure")
    parser.add_argument("--since", help="show from this date (EDTF, e.g. 2018-06)")
    parser.add_argument("--until", help="show up to this date (EDTF)")
    parser.add_argument("--dpi", type=int, default=150)
    parser.add_argument("--theme", choices=tuple(_THEMES), default="light")
    parser.add_argument("--hatch", action="store_true", help="hatch uncertain parts")
    parser.add_argument("--csv", help="also write the chart's table, as CSV, to this file")


def _column_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="read FIELD (person, office, start, end, id, role, ...) from the CSV's COLUMN",
    )


def _kind_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--kind",
        action="append",
        default=[],
        metavar="NAME=KIND",
        help="read the events file's kind NAME as the built-in KIND (death=dismissal)",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Dated events: fuzzy dates, relative phrases, tenures, Gantt charts.",
    )
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    demo = commands.add_parser("demo", help="chart the embedded demo (an AP story)")
    _chart_options(demo, output="timeline-demo.png")
    demo.set_defaults(run=_demo)
    chart = commands.add_parser("chart", help="chart an events file (TOML or JSON) or tenures CSV")
    chart.add_argument("file")
    _chart_options(chart, output=None)
    chart.add_argument("--title")
    _kind_option(chart)
    _column_option(chart)
    chart.add_argument("--keep-going", action="store_true", help="set contradictions aside")
    chart.set_defaults(run=_chart)
    resolve = commands.add_parser("resolve", help="print each event's resolved dates")
    resolve.add_argument("file")
    resolve.add_argument("--explain", action="store_true", help="say why, bound by bound")
    resolve.add_argument("--keep-going", action="store_true", help="set contradictions aside")
    _kind_option(resolve)
    resolve.set_defaults(run=_resolve)
    parse = commands.add_parser("parse", help="resolve an English phrase")
    parse.add_argument("phrase")
    parse.add_argument("--reference", help="the date the text was written (ISO or EDTF)")
    parse.add_argument("--bias", choices=("past", "future", "nearest"), default="past")
    parse.add_argument("--region", help="ISO 3166 code for holidays and date order (GB, US)")
    parse.set_defaults(run=_parse)
    tenures = commands.add_parser("tenures", help="list tenures (of an events file or CSV)")
    tenures.add_argument("file")
    tenures.add_argument("--csv", action="store_true", help="write them as CSV")
    _column_option(tenures)
    _kind_option(tenures)
    tenures.set_defaults(run=_tenures)
    return parser


#: The exit status of a command whose reader went away, as a shell reports one that SIGPIPE ended.
_BROKEN_PIPE = 128 + 13

#: Advice in the library's messages that names a Python argument, and the same advice given
#: with the command's options. The library's messages are for Python callers, so they stay.
_ADVICE = (
    (
        "pass reference=... (or Context.today())",
        "pass --reference DATE (ISO or EDTF, such as 2021-10-18)",
    ),
    ("map columns with columns={'person': 'name', ...}", "map columns with --column person=name"),
    (
        "give the event a source=Source(written=...)",
        'give the event a document = "ID" whose [[documents]] entry has written = "DATE"',
    ),
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    A reader that goes away (``timeline tenures f.csv | head``) ends the command quietly, with
    status 141, as it ends the Unix tools.
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        status = int(args.run(args))
        sys.stdout.flush()  # a broken pipe shows here, not at exit, where it cannot be caught
    except BrokenPipeError:
        _stdout_to_nowhere()
        return _BROKEN_PIPE
    except (TimelineError, OSError) as error:
        print(f"timeline: error: {_for_the_command_line(_one_line(error))}", file=sys.stderr)
        return 1
    return status


def _stdout_to_nowhere() -> None:
    """Send what is left of standard output nowhere, so that exiting does not fail on it."""
    import contextlib
    import os

    # Standard output that is no file (captured, say) flushes nothing to the pipe at exit.
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _for_the_command_line(message: str) -> str:
    """The message, with advice about Python arguments given as the command's options."""
    for python, command_line in _ADVICE:
        message = message.replace(python, command_line)
    return message


def _one_line(error: Exception) -> str:
    """The error in one line: the pointer under a phrase becomes the words it points at.

    Messages about text end their first line with "at position N:" and show the text and a
    line of carets under the offending part; on a terminal that is one line, quoting it.
    """
    lines = str(error).splitlines() or [type(error).__name__]
    first = lines[0]
    if first.endswith(":") and len(lines) >= 3 and lines[2].strip().startswith("^"):
        text, pointer = lines[1][2:], lines[2][2:]
        start = pointer.index("^")
        where = text[start : start + pointer.count("^")]
        return f"{first[:-1]} ({where!r} in {text!r})"
    return first
