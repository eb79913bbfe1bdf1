"""The layout of a Gantt chart as plain data: rows, bars with fuzzy ends, markers, bands.

Layout knows nothing of matplotlib; drawing reads it. Days stay day numbers (floats where an
edge sits between days): a day ``d`` covers ``[d, d + 1)`` on the axis.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, cast

import attrs

from timeline import _calendar as cal
from timeline._fuzzy import FuzzyDate
from timeline._period import EndState, Ongoing, Period
from timeline.charts._metrics import text_points

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

    from timeline._events import Era, Event
    from timeline.engine._tenures import Tenure
    from timeline.engine._timeline import ResolvedTimeline

__all__ = ["Band", "Bar", "GanttLayout", "Marker", "layout"]

#: Colours for up to ten groups (matplotlib's tab10, written out so no style is read).
PALETTE: Final = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
    "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
)  # fmt: skip
DEFAULT_COLOR: Final = "#4c72b0"
_MILLENNIUM: Final = 365_243


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
    tenures = getattr(source, "tenures", None)
    found: Iterable[Tenure] = tenures() if callable(tenures) else source  # type: ignore[assignment]
    return list(found)


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


def _lane_span(days: tuple[float, float, float, float, EndState]) -> tuple[float, float]:
    """What a bar claims of its lane: its certain part, or all it may cover if none is certain.

    A term known only by its year ("consul in 59 BC") has no certain day; packing it by an
    empty span would let two such terms of one year share a row and draw over each other.
    """
    start_lo, start_hi, end_lo, end_hi, _ = days
    lo, hi = (start_hi, end_lo) if end_lo > start_hi else (start_lo, end_hi)
    return max(lo, -1e12), min(hi, 1e12)


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


def layout(  # noqa: C901, PLR0912, PLR0913, PLR0915 - one pass over the options, kept in one place
    source: ResolvedTimeline | Iterable[Tenure],
    *,
    by: str = "office",
    lanes: bool = True,
    color_by: str | Callable[[Tenure], str] | None = None,
    eras: Iterable[Era] = (),
    events: bool = True,
    as_of: FuzzyDate | None = None,
    since: FuzzyDate | None = None,
    until: FuzzyDate | None = None,
    width: float = 7.5,
    colors: Mapping[str, str] | None = None,
) -> GanttLayout:
    """The chart's rows, bars, markers and bands (see ``timeline.charts.gantt``).

    ``width`` is the plotting area's width in inches, used to size labels so that they do
    not collide; ``colors`` gives the colour of groups (the rest come from a palette).
    """
    if by not in ("office", "person"):
        msg = f"gantt: by must be 'office' or 'person', got {by!r}"
        raise ValueError(msg)
    tenures = _tenures_of(source)
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
        if days[3] >= window_lo and days[0] <= window_hi:
            spans.append((tenure, days))
    # Rows: one per key (office or person), more lanes where its tenures overlap.
    keys: list[str] = []
    by_key: dict[str, list[int]] = {}
    for index, (tenure, _) in enumerate(spans):
        key = tenure.office if by == "office" else tenure.person
        if key not in by_key:
            keys.append(key)
            by_key[key] = []
        by_key[key].append(index)
    rows: list[str] = []
    row_of: dict[int, int] = {}
    for key in keys:
        members = by_key[key]
        if lanes:
            # Pack by the certain parts: a successor whose start is uncertain shares the row.
            placed = _pack([(*_lane_span(spans[i][1]), i) for i in members])
        else:
            placed = {i: n for n, i in enumerate(members)}
        base = len(rows)
        count = max(placed.values()) + 1 if placed else 0
        rows.extend([key] * count)
        for index, lane in placed.items():
            row_of[index] = base + lane
    groups: dict[str, str] = {}
    bars: list[Bar] = []
    for index, (tenure, (start_lo, start_hi, end_lo, end_hi, state)) in enumerate(spans):
        group = _group_of(tenure, color_by)
        if group and group not in groups:
            chosen = (colors or {}).get(group)
            groups[group] = chosen or PALETTE[len(groups) % len(PALETTE)]
        label = tenure.person if by == "office" else tenure.office
        bars.append(
            Bar(
                row=row_of[index],
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
        markers = _markers(resolved, len(rows), window_lo, window_hi)
    bands = [
        Band(float(era.period.start.earliest_day), float(_era_end(era.period)), era.name, era.color)
        for era in eras
        if isinstance(era.period.start, FuzzyDate)
    ]
    lows = [b.start_lo for b in bars if b.start_lo > float("-inf")]
    # Bounds within a millennium of the calendar's ends are "no bound" in practice ("after an
    # undated event"): they would stretch the axis over ten thousand years.
    floor, ceiling = cal.MIN_DAY + _MILLENNIUM, cal.MAX_DAY - _MILLENNIUM
    lows += [m.lo if m.lo > floor else m.hi for m in markers]
    highs = [b.end_hi for b in bars if b.end_hi < float("inf")]
    highs += [m.hi if m.hi < ceiling else m.lo for m in markers]
    if reference is not None:
        highs.append(reference)
    lo = max(min(lows, default=0.0), window_lo)
    hi = min(max(highs, default=lo + 365.0), window_hi)
    if hi <= lo:
        hi = lo + 1.0
    pad = (hi - lo) * 0.03
    if markers:
        markers = _stack_labels(markers, (lo - pad, hi + pad), width, len(rows))
        rows.append("events")
        rows.extend([""] * max(m.label_row - m.row for m in markers))
    return GanttLayout(
        rows=tuple(rows),
        bars=tuple(bars),
        markers=tuple(markers),
        bands=tuple(bands),
        x_range=(lo - pad, hi + pad),
        as_of=reference,
        data_range=(lo, hi),
        groups=tuple(groups.items()),
    )


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
