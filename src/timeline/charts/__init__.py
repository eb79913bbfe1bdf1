"""Gantt and tenure charts that show what is certain and what is not.

A bar is solid where its tenure certainly ran and fades over the days its start or end may
fall on; an ongoing tenure runs to its as-of date and ends in an arrow; an open end runs off
the chart with a hollow arrow, an unknown one fades out to a question mark (and an unknown
start fades in from one). Names sit on or beside their own bars, inside the plot; one that does
not fit is shortened with an ellipsis or, failing that, left out and counted in a note. Point
events are markers, shaped by kind, with labels that do not collide. The date axis is the
library's own, so it reads well from days to millennia and handles BCE.

Charts draw on an Axes you give (or a new Figure's), never call ``pyplot.show`` and never
change ``rcParams``. Everything is drawn with collections, so ten thousand bars stay fast.

>>> from timeline import Tenure, Period
>>> from timeline.charts import gantt, describe
>>> tenures = [Tenure(person="A", office="Envoy", period=Period.from_edtf("2018-09/2021-W42"))]
>>> ax = gantt(tenures)
>>> [t.get_text() for t in ax.get_yticklabels()]
['Envoy']
>>> print(describe(tenures))
Chart of 1 tenure in 1 row, Sep 2018 to Oct 2021.
Envoy: A from 2018-09 (some day of it) to 2021-W42 (some day of it).
"""

from __future__ import annotations

import csv
import io
import math
import re
from typing import TYPE_CHECKING, Any

from timeline._fuzzy import FuzzyDate
from timeline._period import Ongoing
from timeline.charts._axis import DayFormatter, DayLocator, format_day
from timeline.charts._draw import plot_width, settle
from timeline.charts._layout import EM_PER_CHAR, FONT_POINTS, GanttLayout, layout

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from timeline._events import Era
    from timeline._fuzzy import DateLike
    from timeline.engine._tenures import Tenure
    from timeline.engine._timeline import ResolvedTimeline

__all__ = [
    "DayFormatter",
    "DayLocator",
    "describe",
    "figure_for",
    "gantt",
    "layout",
    "save",
    "table",
    "timeline_strip",
    "write_table",
]

Source = "ResolvedTimeline | Iterable[Tenure]"


def figure_for(
    rows: int,
    *,
    width: float = 10.0,
    row_height: float = 0.32,
    label_chars: int = 24,
    legend: bool = False,
    legend_chars: int = 20,
) -> tuple[Figure, Axes]:
    """A new Figure (not registered with pyplot) sized so that ``rows`` rows read well.

    The margins are set from the row names' length (``label_chars``) and room for a legend
    whose longest entry has ``legend_chars`` characters, not left to a layout engine, so the
    plotting area's width is known before anything is drawn and labels can be placed without
    colliding. Everything the chart draws stays inside the figure, which ``save`` keeps at
    its size.

    >>> fig, ax = figure_for(20)
    >>> round(float(fig.get_figheight()), 1)
    7.9
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    height = max(2.5, 1.5 + row_height * rows)
    figure = Figure(figsize=(width, height))
    FigureCanvasAgg(figure)
    names = (min(label_chars, 38) * FONT_POINTS * 1.3 * EM_PER_CHAR + 18) / 72 / width
    # A legend entry: its swatch and gaps (about 36 points), then its text at 8 points.
    entry = (legend_chars * 8 * EM_PER_CHAR + 36) / 72
    room = (max(1.9, entry) if legend else 0.3) / width
    figure.subplots_adjust(
        left=min(0.45, names), right=1 - room, top=1 - 0.55 / height, bottom=0.6 / height
    )
    return figure, figure.add_subplot()


def gantt(  # noqa: PLR0913 - the chart's options are keyword-only and named
    source: ResolvedTimeline | Iterable[Tenure],
    *,
    by: str = "office",
    ax: Axes | None = None,
    lanes: bool = True,
    color_by: str | Callable[[Tenure], str] | None = None,
    eras: Iterable[Era] | None = None,
    colors: Mapping[str, str] | None = None,
    events: bool = True,
    as_of: FuzzyDate | DateLike | None = None,
    since: FuzzyDate | DateLike | None = None,
    until: FuzzyDate | DateLike | None = None,
    hatch: bool = False,
    labels: bool | None = None,
    title: str | None = None,
    style: dict[str, Any] | None = None,
) -> Axes:
    """Draw tenures (and a resolved timeline's events) as a Gantt chart; returns the Axes.

    Args:
        source: a ``ResolvedTimeline`` (its tenures and point events) or tenures.
        by: one row per ``"office"`` or per ``"person"``.
        ax: the Axes to draw on; by default a new Figure sized to the rows.
        lanes: let non-overlapping tenures of one row share it (else one row each).
        color_by: a tenure attribute (``"role"``; another name is an error) or a function
            of a tenure, for colours and a legend.
        eras: background bands (default: the timeline's own eras, if any).
        colors: colours of the groups of ``color_by`` (others come from a palette).
        events: draw point events as markers (for a resolved timeline).
        as_of: the reference line and where ongoing tenures stop (not before one began).
        since: show only what may run on or after this date (a date or EDTF text, "2021").
        until: show only what may run on or before this date; not before ``since``.
        hatch: hatch uncertain parts instead of fading them.
        labels: names on bars (default: when there are at most 60 bars). A name goes on
            its bar, else just after, before or under it, never over another bar or out of
            the plot; one that fits nowhere is shortened with "…", or left out and counted
            in a note under the plot. The axis runs on past the last day to fit the name of
            a bar that ends there.
        title: the Axes title.
        style: ``rcParams`` to use while drawing (restored afterwards).

    >>> from timeline import Tenure, Period
    >>> ax = gantt([Tenure(person="A", office="O", period=Period.from_edtf("2001/2004"))])
    >>> bool(ax.get_xlim()[0] < ax.get_xlim()[1])
    True
    """
    import matplotlib as mpl

    if eras is None:
        eras = getattr(getattr(source, "timeline", None), "eras", ())
    options: dict[str, Any] = {
        "by": by,
        "lanes": lanes,
        "color_by": color_by,
        "eras": eras,
        "colors": colors,
        "events": events,
        "as_of": as_of,
        "since": since,
        "until": until,
        "labels": labels,
    }
    from timeline.charts._draw import draw

    with mpl.rc_context(style or {}):  # type: ignore[arg-type]  # any rcParams the user names
        plan = layout(source, **options)
        if ax is None:
            longest = max((len(row) for row in plan.rows), default=10)
            ax = figure_for(
                len(plan.rows),
                label_chars=longest,
                legend=bool(plan.groups),
                legend_chars=max((len(group) for group, _ in plan.groups), default=0),
            )[1]
        else:
            settle(ax, plan)
        plan = layout(source, width=plot_width(ax), **options)
        draw(ax, plan, hatch=hatch, labels=labels)
        if title:
            ax.set_title(title)
    return ax


def timeline_strip(
    source: ResolvedTimeline,
    *,
    ax: Axes | None = None,
    since: FuzzyDate | None = None,
    until: FuzzyDate | None = None,
) -> Axes:
    """Point events alone on one row, each with whiskers over the days it may have been.

    >>> from timeline import Event, Timeline
    >>> done = Timeline([Event(id="a", when="2001-09"), Event(id="b", when="2001-10-07")]).resolve()
    >>> len(timeline_strip(done).collections) >= 2
    True
    """
    return gantt(_NoTenures(source), ax=ax, since=since, until=until, labels=False)


class _NoTenures:
    """A resolved timeline seen without its tenures (for a strip of events alone)."""

    def __init__(self, resolved: ResolvedTimeline) -> None:
        self.timeline = resolved.timeline
        self.dates = resolved.dates
        self._resolved = resolved

    def tenures(self) -> list[Tenure]:
        return []

    def __iter__(self) -> Any:  # noqa: ANN401 - iterates the resolved events
        return iter(self._resolved)

    def __getitem__(self, event_id: str) -> Any:  # noqa: ANN401
        return self._resolved[event_id]


def _when(date: object) -> str:
    if isinstance(date, FuzzyDate):
        return str(date) + ("" if date.is_exact else " (some day of it)")
    if isinstance(date, Ongoing):
        return f"still running as of {date.as_of}"
    return {"OPEN": "no end", "UNKNOWN": "an unknown day"}.get(repr(date), str(date))


def table(source: ResolvedTimeline | Iterable[Tenure], **options: Any) -> list[dict[str, str]]:  # noqa: ANN401
    """The rows behind a chart, one per bar and marker, for a CSV or a screen reader.

    >>> from timeline import Tenure, Period
    >>> table([Tenure(person="A", office="O", period=Period.from_edtf("2001/2004"))])[0]["end"]
    '2004'
    """
    plan = layout(source, **options)
    rows: list[dict[str, str]] = []
    for bar in plan.bars:
        start, end = bar.tenure.period.start, bar.tenure.period.end
        rows.append(
            {
                "row": plan.rows[bar.row],
                "kind": "tenure",
                "label": bar.label,
                "start": str(start) if isinstance(start, FuzzyDate) else "",
                "end": str(end) if isinstance(end, FuzzyDate) else "",
                "end_state": bar.state.value,
                "group": bar.group,
            }
        )
    rows.extend(
        {
            "row": plan.rows[marker.row],
            "kind": marker.kind,
            "label": marker.label,
            "start": format_day(int(marker.lo)) if marker.lo > -math.inf else "",
            "end": format_day(int(marker.hi) - 1) if marker.hi < math.inf else "",
            "end_state": "",
            "group": "",
        }
        for marker in plan.markers
    )
    return rows


def describe(source: ResolvedTimeline | Iterable[Tenure], **options: Any) -> str:  # noqa: ANN401
    """A text alternative to the chart: what it shows, row by row, in sentences."""
    plan: GanttLayout = layout(source, **options)
    lo, hi = plan.data_range
    count = len(plan.bars)
    lines = [
        (
            f"Chart of {count} tenure{'s' if count != 1 else ''} in {len(plan.rows)} "
            f"row{'s' if len(plan.rows) != 1 else ''}, {format_day(int(lo), 'month')} to "
            f"{format_day(int(hi) - 1, 'month')}."
        )
    ]
    for bar in plan.bars:
        tenure = bar.tenure
        lines.append(
            f"{plan.rows[bar.row]}: {bar.label} from {_when(tenure.period.start)} to "
            f"{_when(tenure.period.end)}."
        )
    ordered = sorted(plan.markers, key=lambda m: m.at)
    lines.extend(f"Event: {marker.title}." for marker in ordered)
    return "\n".join(lines)


def write_table(rows: list[dict[str, str]]) -> str:
    """CSV text of a chart's table."""
    out = io.StringIO()
    writer = csv.DictWriter(
        out, fieldnames=["row", "kind", "label", "start", "end", "end_state", "group"]
    )
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def save(figure: Figure, path: str, *, dpi: int = 150) -> None:
    """Save a chart at its figure's size; in SVG every shortened label has a ``<title>``.

    A PNG is the figure's width and height in inches times ``dpi`` pixels: nothing is cropped
    or added. In SVG the ``<title>`` of each label gives its full text.

    >>> import tempfile, pathlib
    >>> fig, ax = figure_for(1)
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     target = pathlib.Path(folder) / "chart.svg"
    ...     save(fig, str(target))
    ...     target.read_text().startswith("<?xml")
    True
    """
    # The figure's own size, never "tight": the image is as large as asked for, and a chart
    # keeps all it draws (names, marks, legend) inside its figure rather than grow to fit.
    figure.savefig(path, dpi=dpi)
    if str(path).lower().endswith(".svg"):
        _titles(path)


def _titles(path: str) -> None:
    """Turn the ``label: full text`` ids matplotlib wrote into SVG tooltips."""
    import html
    import pathlib

    svg = pathlib.Path(path)
    text = svg.read_text(encoding="utf-8")

    def add_title(match: re.Match[str]) -> str:
        full = html.escape(html.unescape(match.group(2)), quote=False)
        return f"{match.group(1)}><title>{full}</title>"

    text = re.sub(r'(<g id="label: ([^"]*)")>', add_title, text)
    svg.write_text(text, encoding="utf-8")
