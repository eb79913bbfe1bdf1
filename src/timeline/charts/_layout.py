"""The layout of a Gantt chart as plain data: rows, bars with fuzzy ends, markers, bands.

Layout knows nothing of matplotlib; drawing reads it. Days stay day numbers (floats where an
edge sits between days): a day ``d`` covers ``[d, d + 1)`` on the axis.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Final, cast

import attrs

from timeline import _calendar as cal
from timeline._fuzzy import FuzzyDate
from timeline._period import EndState, Ongoing, Period, as_fuzzy_date
from timeline.charts._metrics import text_points
from timeline.errors import TimelineError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

    from timeline._events import Era, Event
    from timeline._fuzzy import DateLike
    from timeline.engine._tenures import Tenure
    from timeline.engine._timeline import ResolvedTimeline

__all__ = ["Band", "Bar", "GanttLayout", "Marker", "Shape", "layout", "shape"]

#: Colours for up to ten groups (matplotlib's tab10, written out so no style is read).
PALETTE: Final = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
    "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
)  # fmt: skip
DEFAULT_COLOR: Final = "#4c72b0"
_MILLENNIUM: Final = 365_243
#: The size of the mark at a bar's end (an arrowhead, a question mark), in square points as
#: ``scatter`` takes it, and its width in points.
MARK_AREA: Final = 45.0
MARK_POINTS: Final = MARK_AREA**0.5
#: How far an unknown start or end fades, as a share of the chart's span.
UNKNOWN_FADE: Final = 0.08
#: The most of the plot's width kept free at the right for the name of a bar ending there.
_NAME_ROOM: Final = 0.15


@attrs.frozen(slots=True)
class Bar:
    """One tenure: a solid part where certain, faded parts where its ends are uncertain.

    ``start_lo..start_hi`` is where it may begin and ``end_lo..end_hi`` (exclusive edges)
    where it may stop; ``state`` is the end's state (an ongoing end stops at ``end_lo``).
    """

    row: int
    label: str
    tenure: Tenure
    start_lo: float
    start_hi: float
    end_lo: float
    end_hi: float
    state: EndState
    color: str
    group: str

    @property
    def title(self) -> str:
        """Who held what when, in full: the tooltip of the bar's label."""
        tenure = self.tenure
        return f"{tenure.person}, {tenure.office}: {tenure.period}"

    @property
    def start_state(self) -> EndState:
        """The start's state: ``KNOWN``, ``OPEN`` or ``UNKNOWN``."""
        return self.tenure.period.start_state


@attrs.frozen(slots=True)
class Shape:
    """Where a bar is drawn, in day numbers on a chart of a given span and width.

    ``fade_in``, ``solid`` and ``fade_out`` are ``(x0, x1)``, each drawn only where
    ``x1 > x0``; ``start_mark`` is where the question mark of an unknown start sits,
    ``end_mark`` where the end's mark (its kind is the bar's ``state``) sits. ``left`` and
    ``right`` are the extent of it all, marks included; parts may lie beyond the chart's
    edges (the Axes clips them), but marks never do.

    ``claim`` is what the bar claims of its lane: its certain days, or all it may cover if
    none is certain. A term known only by its year ("consul in 59 BC") has no certain day;
    packing it by an empty span would let two such terms of one year share a row and draw
    over each other. A bar widened to be seen (a tenure of days on a chart of centuries)
    claims only its days, so that its successor still shares its lane.
    """

    fade_in: tuple[float, float]
    solid: tuple[float, float]
    fade_out: tuple[float, float]
    start_mark: float | None
    end_mark: float | None
    left: float
    right: float
    claim: tuple[float, float]


def shape(bar: Bar, x_range: tuple[float, float], width: float) -> Shape:
    """Where ``bar`` is drawn on a chart over ``x_range`` whose plot is ``width`` inches wide.

    An open start or end runs to the chart's edge; an unknown one fades over a fixed share
    of the chart (``UNKNOWN_FADE``) from the nearest day the tenure is known to have run, to
    a question mark. Marks sit wholly inside the chart, so none is cut in half by its edge.

    >>> from timeline import Period, Tenure
    >>> from timeline.charts import layout
    >>> plan = layout([Tenure("A", "O", Period.from_edtf("/2021-01-26"))])
    >>> drawn = shape(plan.bars[0], plan.x_range, 7.5)
    >>> drawn.start_mark is not None and drawn.start_mark < drawn.fade_in[1]
    True
    """
    lo, hi = x_range
    span = hi - lo
    # Half a mark, and a point for its outline, in days.
    half = (MARK_POINTS / 2 + 1.0) / (width * 72.0) * span
    fade = UNKNOWN_FADE * span

    def within(x: float) -> float:
        """``x`` moved inside the chart far enough for a mark there to show whole.

        A mark whose place is beyond an edge (a fade cut off by ``since`` or ``until``)
        stays at that edge, saying the bar's end lies beyond it.
        """
        return min(max(x, lo + half), hi - half)

    start_lo, start_hi, end_lo, end_hi = bar.start_lo, bar.start_hi, bar.end_lo, bar.end_hi
    start_mark = end_mark = None
    if bar.start_state is EndState.UNKNOWN:
        # Mirrors an unknown end: fade in over a fixed stretch before the first day known.
        anchor = end_lo if math.isfinite(end_lo) else (lo + hi) / 2
        start_hi = anchor
        start_lo = min(max(anchor - fade, lo + half), anchor)
        start_mark = within(start_lo)
    elif not math.isfinite(start_lo):
        start_lo = start_hi = lo
    certain_to = end_lo
    if bar.state is EndState.OPEN:
        end_lo = end_hi = certain_to = hi
        end_mark = within(hi)
    elif bar.state is EndState.UNKNOWN:
        end_lo = certain_to = start_hi
        end_hi = max(min(start_hi + fade, hi - half), start_hi)
        end_mark = within(end_hi)
    elif bar.state is EndState.ONGOING:
        end_mark = within(end_lo)
    if certain_to < start_hi:
        # No day is certain (a term known only by its year): the fades meet halfway,
        # rather than leave out the days between the latest start and the earliest end.
        start_hi = end_lo = certain_to = (certain_to + start_hi) / 2
    claim = (start_hi, certain_to) if certain_to > start_hi else (start_lo, end_hi)
    # A tenure of days on a chart of centuries still shows: at least a hundredth of an inch
    # of bar (about a pixel at 100 dpi).
    least = span / (width * 100.0)
    if bar.state is EndState.KNOWN and end_hi - start_lo < least:
        start_hi, certain_to = start_lo, start_lo + least
        end_lo = end_hi = certain_to
    left = start_lo if start_mark is None else min(start_lo, start_mark - half)
    right = end_hi if end_mark is None else max(end_hi, end_mark + half)
    return Shape(
        fade_in=(start_lo, min(start_hi, certain_to)),
        solid=(start_hi, certain_to),
        fade_out=(max(end_lo, start_hi), end_hi),
        start_mark=start_mark,
        end_mark=end_mark,
        left=left,
        right=right,
        claim=claim,
    )


@attrs.frozen(slots=True)
class Marker:
    """A point event: its kind, label and days, and where its label goes.

    ``label_row`` is below the marker's row, chosen so that no two labels collide.

    ``at`` is where the marker sits: the middle of its days, or its one known bound when the
    other is open ("before 10 September 2021").
    """

    row: int
    lo: float
    hi: float
    at: float
    kind: str
    label: str
    title: str
    label_row: int = 0
    label_align: str = "left"


@attrs.frozen(slots=True)
class Band:
    """A background band (an era)."""

    lo: float
    hi: float
    label: str
    color: str


@attrs.frozen(slots=True)
class GanttLayout:
    """Everything a Gantt chart shows, before any drawing."""

    rows: tuple[str, ...]
    bars: tuple[Bar, ...]
    markers: tuple[Marker, ...]
    bands: tuple[Band, ...]
    x_range: tuple[float, float]
    as_of: float | None
    data_range: tuple[float, float]
    groups: tuple[tuple[str, str], ...]


def _tenures_of(source: object) -> list[Tenure]:
    from timeline.engine._tenures import Tenure

    if hasattr(source, "resolve") and not hasattr(source, "dates"):
        msg = "gantt: a Timeline is drawn once resolved: gantt(timeline.resolve())"
        raise TypeError(msg)
    tenures = getattr(source, "tenures", None)
    found: Iterable[object] = tenures() if callable(tenures) else source  # type: ignore[assignment]
    if not hasattr(found, "__iter__"):
        msg = f"gantt: expected a ResolvedTimeline or tenures, got {type(source).__name__}"
        raise TypeError(msg)
    listed = list(found)
    for item in listed:
        if not isinstance(item, Tenure):
            msg = f"gantt: expected tenures, got a {type(item).__name__} among them"
            raise TypeError(msg)
    return cast("list[Tenure]", listed)


def _date_option(value: object, name: str) -> FuzzyDate | None:
    """A date option: a ``FuzzyDate``, a date, or EDTF text ("2021", "2019-06")."""
    if value is None or isinstance(value, FuzzyDate):
        return value
    try:
        return as_fuzzy_date(value)  # type: ignore[arg-type]  # anything else is refused below
    except (TypeError, ValueError, TimelineError) as error:
        msg = f"gantt: {name} must be a date, such as '2021' or '2021-10-18'; got {value!r}"
        raise ValueError(msg) from error


def _check_color_by(color_by: object) -> None:
    """Refuse a ``color_by`` that names no field of a tenure (a misspelling, usually)."""
    if color_by is None or callable(color_by):
        return
    from timeline.engine._tenures import Tenure

    fields = [field.name for field in attrs.fields(Tenure)]
    if color_by not in fields:
        import difflib

        close = difflib.get_close_matches(str(color_by), fields, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        msg = (
            f"gantt: color_by {color_by!r} is no field of a tenure{hint} (fields: "
            f"{', '.join(fields)}; or pass a function of a tenure)"
        )
        raise ValueError(msg)


def _check_as_of(as_of: FuzzyDate | None, tenures: list[Tenure]) -> None:
    """Refuse an ``as_of`` before an ongoing tenure began: it would run backwards."""
    if as_of is None:
        return
    for tenure in tenures:
        start = tenure.period.start
        if (
            isinstance(tenure.period.end, Ongoing)
            and isinstance(start, FuzzyDate)
            and as_of.latest_day < start.earliest_day
        ):
            msg = (
                f"gantt: as_of {as_of} is before {tenure.person}'s ongoing tenure as "
                f"{tenure.office} began ({start}); give a date on or after it"
            )
            raise ValueError(msg)


def _bar_days(period: Period, as_of: float | None) -> tuple[float, float, float, float, EndState]:
    start = period.start
    if isinstance(start, FuzzyDate):
        start_lo, start_hi = float(start.earliest_day), float(start.latest_day)
    else:
        start_lo = start_hi = float("-inf")
    end = period.end
    state = period.end_state
    if isinstance(end, FuzzyDate):
        return start_lo, start_hi, float(end.earliest_day + 1), float(end.latest_day + 1), state
    if isinstance(end, Ongoing):
        stop = float(end.as_of.latest_day + 1) if as_of is None else as_of
        return start_lo, start_hi, stop, stop, state
    return start_lo, start_hi, float("inf"), float("inf"), state


def _group_of(tenure: Tenure, color_by: str | Callable[[Tenure], str] | None) -> str:
    if color_by is None:
        return ""
    if callable(color_by):
        return str(color_by(tenure))
    return str(getattr(tenure, color_by, ""))


def _pack(spans: list[tuple[float, float, int]]) -> dict[int, int]:
    """Lane of each span (by index) so that spans in one lane do not overlap (greedy).

    One shared day is a handover, not an overlap (as ``Tenures.overlaps`` has it): a term that
    ends on the day the next one begins shares its lane.
    """
    lanes: list[float] = []
    placed: dict[int, int] = {}
    for lo, hi, index in sorted(spans):
        for lane, free_from in enumerate(lanes):
            if lo >= free_from - 1:
                lanes[lane] = hi
                placed[index] = lane
                break
        else:
            lanes.append(hi)
            placed[index] = len(lanes) - 1
    return placed


def layout(  # noqa: PLR0913 - the chart's options are keyword-only and named
    source: ResolvedTimeline | Iterable[Tenure],
    *,
    by: str = "office",
    lanes: bool = True,
    color_by: str | Callable[[Tenure], str] | None = None,
    eras: Iterable[Era] = (),
    events: bool = True,
    as_of: FuzzyDate | DateLike | None = None,
    since: FuzzyDate | DateLike | None = None,
    until: FuzzyDate | DateLike | None = None,
    width: float = 7.5,
    colors: Mapping[str, str] | None = None,
    labels: bool | None = None,
) -> GanttLayout:
    """The chart's rows, bars, markers and bands (see ``timeline.charts.gantt``).

    ``width`` is the plotting area's width in inches, used to size labels so that they do
    not collide; ``colors`` gives the colour of groups (the rest come from a palette).
    ``labels`` says whether bars will be named (by default when there are at most 60): if
    so, the chart runs on past its last day far enough for the name of a bar that reaches
    the right end to fit after it.
    """
    if by not in ("office", "person"):
        msg = f"gantt: by must be 'office' or 'person', got {by!r}"
        raise ValueError(msg)
    as_of = _date_option(as_of, "as_of")
    since, until = _date_option(since, "since"), _date_option(until, "until")
    if since is not None and until is not None and since.earliest_day > until.latest_day:
        msg = f"gantt: since {since} is after until {until}: the chart would show nothing"
        raise ValueError(msg)
    _check_color_by(color_by)
    tenures = _tenures_of(source)
    _check_as_of(as_of, tenures)
    reference = float(as_of.latest_day + 1) if as_of is not None else None
    if reference is None:
        ongoing = [t.period.end.as_of for t in tenures if isinstance(t.period.end, Ongoing)]
        if ongoing:
            reference = float(max(d.latest_day for d in ongoing) + 1)
    window_lo = float(since.earliest_day) if since is not None else float("-inf")
    window_hi = float(until.latest_day + 1) if until is not None else float("inf")
    spans = []
    for tenure in tenures:
        days = _bar_days(tenure.period, reference)
        # End and window edges are exclusive: a term over by ``since`` is left out.
        if days[3] > window_lo and days[0] < window_hi:
            spans.append((tenure, days))
    groups: dict[str, str] = {}
    bars: list[Bar] = []
    for tenure, (start_lo, start_hi, end_lo, end_hi, state) in spans:
        group = _group_of(tenure, color_by)
        if group and group not in groups:
            chosen = (colors or {}).get(group)
            groups[group] = chosen or PALETTE[len(groups) % len(PALETTE)]
        label = tenure.person if by == "office" else tenure.office
        bars.append(
            Bar(
                row=0,  # placed below, once the chart's span says how long a bar is drawn
                label=label,
                tenure=tenure,
                start_lo=start_lo,
                start_hi=start_hi,
                end_lo=end_lo,
                end_hi=end_hi,
                state=state,
                color=groups.get(group, DEFAULT_COLOR),
                group=group,
            )
        )
    markers: list[Marker] = []
    resolved = source if hasattr(source, "timeline") and hasattr(source, "dates") else None
    if events and resolved is not None:
        resolved = cast("ResolvedTimeline", resolved)
        markers = _markers(resolved, 0, window_lo, window_hi)
    bands = [
        Band(float(era.period.start.earliest_day), float(_era_end(era.period)), era.name, era.color)
        for era in eras
        if isinstance(era.period.start, FuzzyDate)
    ]
    lo, hi = _data_range(bars, markers, reference, (window_lo, window_hi))
    pad = (hi - lo) * 0.03
    named = len(bars) <= 60 if labels is None else labels
    right = _room_for_names(bars, (lo, hi), pad, width) if named else pad
    x_range = (lo - pad, hi + right)
    bars, rows = _rows(bars, by=by, lanes=lanes, x_range=x_range, width=width)
    if markers:
        markers = _stack_labels(markers, x_range, width, len(rows))
        rows.append("events")
        rows.extend([""] * max(m.label_row - m.row for m in markers))
    return GanttLayout(
        rows=tuple(rows),
        bars=tuple(bars),
        markers=tuple(markers),
        bands=tuple(bands),
        x_range=x_range,
        as_of=reference,
        data_range=(lo, hi),
        groups=tuple(groups.items()),
    )


def _rows(
    bars: list[Bar], *, by: str, lanes: bool, x_range: tuple[float, float], width: float
) -> tuple[list[Bar], list[str]]:
    """Bars on their rows: one row per office or person, more lanes where its bars overlap.

    Lanes are packed by what is drawn (``Shape.claim``): a successor whose start is uncertain
    shares the row, and an unknown start or end claims only the stretch it fades over.
    """
    keys: list[str] = []
    by_key: dict[str, list[int]] = {}
    for index, bar in enumerate(bars):
        key = bar.tenure.office if by == "office" else bar.tenure.person
        if key not in by_key:
            keys.append(key)
            by_key[key] = []
        by_key[key].append(index)
    rows: list[str] = []
    row_of: dict[int, int] = {}
    for key in keys:
        members = by_key[key]
        if lanes:
            placed = _pack([(*shape(bars[i], x_range, width).claim, i) for i in members])
        else:
            placed = {i: n for n, i in enumerate(members)}
        base = len(rows)
        rows.extend([key] * (max(placed.values()) + 1))
        for index, lane in placed.items():
            row_of[index] = base + lane
    return [attrs.evolve(bar, row=row_of[i]) for i, bar in enumerate(bars)], rows


def _data_range(
    bars: list[Bar], markers: list[Marker], reference: float | None, window: tuple[float, float]
) -> tuple[float, float]:
    """The days the chart shows before padding, within the window.

    Every bar's and marker's known days, and the as-of day.
    """
    # Every bar's known days are on the chart: its start, else its end (an open or unknown
    # start), and its end, else its start (an open, unknown or far-off end).
    lows = [b.start_lo for b in bars if b.start_lo > float("-inf")]
    if lows:
        lows += [b.end_lo for b in bars if b.start_lo == float("-inf") and b.end_lo < float("inf")]
    # Bounds within a millennium of the calendar's ends are "no bound" in practice ("after an
    # undated event"): they would stretch the axis over ten thousand years.
    floor, ceiling = cal.MIN_DAY + _MILLENNIUM, cal.MAX_DAY - _MILLENNIUM
    lows += [m.lo if m.lo > floor else m.hi for m in markers]
    highs = [b.end_hi for b in bars if b.end_hi < float("inf")]
    highs += [b.start_hi + 1 for b in bars if b.start_hi > float("-inf")]
    highs += [m.hi if m.hi < ceiling else m.lo for m in markers]
    if reference is not None:
        highs.append(reference)
    # Only open or unknown starts: a year before the first end, not the year 1.
    lo = max(min(lows, default=min(highs, default=365.0) - 365.0), window[0])
    hi = min(max(highs, default=lo + 365.0), window[1])
    if hi > lo:
        return lo, hi
    # Nothing known falls in the window (what reaches it is fuzzy, "before 2022" seen from
    # 1800): the window itself, or a year up to its one edge.
    finite = [edge for edge in window if math.isfinite(edge)]
    if len(finite) == 2:
        return finite[0], finite[1]
    if finite:
        edge = finite[0]
        return (edge, edge + 365.0) if math.isfinite(window[0]) else (edge - 365.0, edge)
    return lo, lo + 1.0


def _room_for_names(
    bars: list[Bar], data_range: tuple[float, float], pad: float, width: float
) -> float:
    """How far past ``data_range`` the chart runs so that names fit after the last bars.

    A bar whose name does not fit on it and which ends so near the right end that its name
    would run off the chart gets room for it, unless the name would take more than
    ``_NAME_ROOM`` of the plot (it is shortened then, and the rest of the chart keeps its
    room). The room is solved for: a name's width in days grows
    with the span it makes room in.
    """
    lo, hi = data_range
    plot_points = width * 72.0
    span = hi - lo + 2 * pad  # the span without names, to tell which names fit on their bars
    room = pad
    for bar in bars:
        # Where the bar ends: ``end`` days, plus ``fade`` of the chart's span (unknown ends).
        end, fade = (bar.end_hi if bar.state is EndState.KNOWN else bar.end_lo), 0.0
        if bar.state is EndState.UNKNOWN and math.isfinite(bar.start_hi):
            end, fade = bar.start_hi, UNKNOWN_FADE
        if not lo <= end <= hi + pad:
            continue  # runs on past the window or to the edge: no end to put a name after
        start = bar.start_lo if math.isfinite(bar.start_lo) else lo
        if bar.start_state is EndState.UNKNOWN:
            start = end - UNKNOWN_FADE * span
        mark = MARK_POINTS if bar.state in (EndState.ONGOING, EndState.UNKNOWN) else 0.0
        share = (text_points(f" {bar.label}", FONT_POINTS) + mark) / plot_points
        if share > _NAME_ROOM or share * span <= end + fade * span - max(start, lo):
            continue  # too long to make room for, or fits on the bar
        # end + (fade + share) * (hi - lo + pad + room) <= hi + room, solved for room.
        need = share + fade
        room = max(room, (end - hi + need * (hi - lo + pad)) / (1 - need))
    return room


def _era_end(period: Period) -> int:
    end = period.end
    if isinstance(end, FuzzyDate):
        return end.latest_day + 1
    return cal.MAX_DAY


def _markers(resolved: ResolvedTimeline, row: int, lo: float, hi: float) -> list[Marker]:
    """Point events that are not tenure changes, on their own row, within the window."""
    found: list[Marker] = []
    for event in resolved:
        if event.opens_tenure:
            continue
        value = resolved[event.id]
        if not isinstance(value, FuzzyDate):
            continue
        first, last = value.earliest_day, value.latest_day + 1
        if first <= cal.MIN_DAY and last >= cal.MAX_DAY:
            continue  # nothing is known of when it happened: no place on a time axis
        if last < lo or first > hi:
            continue
        floor, ceiling = cal.MIN_DAY + _MILLENNIUM, cal.MAX_DAY - _MILLENNIUM
        if first <= floor:
            at = float(last)
        elif last >= ceiling:
            at = float(first)
        else:
            at = (first + last) / 2
        # Cut by the window ("since"): at the window's edge, its whisker running off it.
        at = min(max(at, lo), hi)
        found.append(
            Marker(
                row=row,
                lo=float(first),
                hi=float(last),
                at=at,
                kind=event.kind,
                label=_short(event),
                title=f"{event.id}: {event.summary or event.kind} ({value})",
            )
        )
    return found


def _short(event: Event, limit: int = 40) -> str:
    """The event's summary, cut at a word before ``limit`` characters if it is longer."""
    text = event.summary or event.id
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "\u2026"


FONT_POINTS: Final = 7.5
# A generous width per character (in ems), for margins sized before any text is drawn.
EM_PER_CHAR: Final = 0.62


def label_days(text: str, x_range: tuple[float, float], width: float) -> float:
    """How many days of the axis a label of ``text`` (drawn with a space each side) spans.

    ``width`` is the plotting area's width in inches.
    """
    points = text_points(f" {text} ", FONT_POINTS)
    return points / (width * 72.0) * (x_range[1] - x_range[0])


def _stack_labels(
    markers: list[Marker], x_range: tuple[float, float], width: float, row: int
) -> list[Marker]:
    """Put each label on a row below the markers so that labels and leaders do not collide.

    No two labels overlap and, wherever possible, no leader (the line from a marker down to
    its label) crosses a label.

    A label ends at its marker, or starts there when it would run off the left edge. Each
    marker takes the first row where its label is free, its leader meets no label above it,
    and no deeper leader runs through its label; if no row avoids every leader, the first row
    free of labels. Labels that end at their markers are placed from left to right, those
    that start there from right to left, so that each leader runs down beside the labels above
    it, not through them.
    """

    def ends_at(marker: Marker) -> bool:
        """Whether the label ends at its marker: it fits to the left of it."""
        return marker.at - label_days(marker.label, x_range, width) >= x_range[0]

    ordered = sorted((m for m in markers if ends_at(m)), key=lambda m: m.at)
    ordered += sorted((m for m in markers if not ends_at(m)), key=lambda m: -m.at)
    labels: list[tuple[float, float, int]] = []
    leaders: list[tuple[float, int]] = []
    placed = []
    for marker in ordered:
        needed = label_days(marker.label, x_range, width)
        left = marker.at - needed if ends_at(marker) else marker.at
        right = left + needed

        def free(level: int, left: float = left, right: float = right) -> bool:
            return all(right <= a or left >= b for a, b, at in labels if at == level)

        def clear(
            level: int, x: float = marker.at, left: float = left, right: float = right
        ) -> bool:
            leader_free = all(not a < x < b for a, b, at in labels if at < level)
            label_free = all(not left < lx < right for lx, deep in leaders if deep > level)
            return leader_free and label_free

        depth = max((at for _, _, at in labels), default=-1) + 1
        level = next((n for n in range(depth + 1) if free(n) and clear(n)), None)
        if level is None:
            level = next(n for n in range(depth + 1) if free(n))
        labels.append((left, right, level))
        leaders.append((marker.at, level))
        align = "left" if left == marker.at else "right"
        placed.append(attrs.evolve(marker, row=row, label_row=row + 1 + level, label_align=align))
    return placed
