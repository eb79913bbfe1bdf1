"""Where the names of bars go, as plain data: on the bar, beside it, or under it, or nowhere.

A name goes, in this order of preference, inside its bar, just after it, just before it, or in
the gap under it, wherever the whole name fits inside the chart without running over another
bar (or another name) of its row. Where the whole name fits nowhere, it is shortened to fit the
roomiest of those places and ends in an ellipsis ("Madeleine Korb…"); where not even its first
two characters fit, it is left out and counted, so that the chart can say how many bars are
unnamed. The table, the text description and the SVG tooltips always give every name in full.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from timeline.charts._layout import FONT_POINTS, MARK_POINTS, Shape, shape
from timeline.charts._metrics import text_points

if TYPE_CHECKING:
    from collections.abc import Callable

    from timeline.charts._layout import Bar, GanttLayout

__all__ = ["BarLabel", "LabelPlan", "place_labels"]

#: The height of a bar, as a share of its row.
BAR_HEIGHT: Final = 0.6
#: The height of a line of label text, in points (DejaVu Sans at 7.5 points draws 7.5 to 8).
LINE_POINTS: Final = FONT_POINTS * 1.15
#: A shortened name keeps at least this many characters before its ellipsis.
MIN_KEPT: Final = 2
ELLIPSIS: Final = "\u2026"


@attrs.frozen(slots=True)
class BarLabel:
    """A bar's name as drawn: its text (shortened or not), anchor and alignment, and place.

    ``x`` is where the text is anchored: it runs right from ``x`` when ``align`` is "left",
    left to it when "right". ``x0..x1`` is the extent it takes on the axis, in days. ``under``
    puts it in the gap below its bar rather than on the bar's line.
    """

    bar: Bar
    text: str
    x: float
    align: str
    x0: float
    x1: float
    under: bool

    @property
    def shortened(self) -> bool:
        """Whether the name was cut to fit (and ends in an ellipsis)."""
        return self.text != self.bar.label


@attrs.frozen(slots=True)
class LabelPlan:
    """The names drawn, and the bars whose name found no room, row by row, left to right."""

    labels: tuple[BarLabel, ...]
    unnamed: tuple[Bar, ...]


@attrs.frozen(slots=True)
class _Slot:
    """A place for a name: anchored at ``x``, free from ``free[0]`` to ``free[1]``."""

    x: float
    align: str
    free: tuple[float, float]
    under: bool

    @property
    def room(self) -> float:
        return self.free[1] - self.free[0]


#: What a row holds on one line: (x0, x1, owner), the owner a bar's index or -1 for a name.
_Spans = list[tuple[float, float, int]]


def padded(text: str, align: str) -> str:
    """The text as drawn: a space between it and what it is anchored to."""
    return f" {text}" if align == "left" else f"{text} "


def place_labels(plan: GanttLayout, width: float, row_points: float) -> LabelPlan:
    """Place the name of every bar of ``plan`` (see the module's docstring for the rules).

    ``width`` is the plot's width in inches and ``row_points`` the height of a row in points
    (which says whether a name fits in the gap under a bar).

    >>> from timeline import Period, Tenure
    >>> from timeline.charts import layout
    >>> tenures = [Tenure("Ann Smith", "O", Period.from_edtf("2001/2010")),
    ...            Tenure("Bo", "O", Period.from_edtf("2010/2010-02"))]
    >>> placed = place_labels(layout(tenures), 7.5, 23.0)
    >>> [(label.text, label.align) for label in placed.labels]
    [('Ann Smith', 'left'), ('Bo', 'left')]
    """
    lo, hi = plan.x_range
    days_per_point = (hi - lo) / (width * 72.0)
    half_mark = (MARK_POINTS / 2 + 1.0) * days_per_point
    shapes = [shape(bar, plan.x_range, width) for bar in plan.bars]
    # What each row holds on the bars' line and in the gap under them.
    on_line: dict[int, _Spans] = {}
    for index, (bar, drawn) in enumerate(zip(plan.bars, shapes, strict=True)):
        extent = (max(drawn.left, lo), min(drawn.right, hi), index)
        on_line.setdefault(bar.row, []).append(extent)
    under_line = {row: list(spans) for row, spans in on_line.items()}
    last_row = len(plan.rows) - 1
    placed: list[BarLabel] = []
    unnamed: list[Bar] = []
    # Row by row, from left to right: the earlier bar has the first pick of a shared gap.
    order = sorted(range(len(shapes)), key=lambda i: (plan.bars[i].row, shapes[i].left))
    for index in order:
        bar, drawn = plan.bars[index], shapes[index]
        gap = (1.0 - BAR_HEIGHT) if bar.row < last_row else (1.0 - BAR_HEIGHT) / 2
        line = [s for s in on_line[bar.row] if s[2] != index]
        under = [s for s in under_line[bar.row] if s[2] != index]
        slots = _slots(
            drawn, (lo, hi), half_mark, line, under if gap * row_points >= LINE_POINTS else None
        )
        label = _fit(bar, slots, days_per_point)
        if label is None:
            unnamed.append(bar)
            continue
        placed.append(label)
        (under_line if label.under else on_line)[bar.row].append((label.x0, label.x1, -1))
    return LabelPlan(labels=tuple(placed), unnamed=tuple(unnamed))


def _free(spans: _Spans, x0: float, x1: float, x_range: tuple[float, float]) -> tuple[float, float]:
    """The stretch around ``x0..x1`` up to the nearest span on either side (or the edges).

    A span is on the side its middle is on; one that reaches into ``x0..x1`` (a neighbour
    sharing a handover day) leaves no room on its side.
    """
    lo, hi = x_range
    middle = (x0 + x1) / 2
    return (
        max([lo, *(min(b, x0) for a, b, _ in spans if a + b < 2 * middle)]),
        min([hi, *(max(a, x1) for a, b, _ in spans if a + b >= 2 * middle)]),
    )


def _slots(
    drawn: Shape,
    x_range: tuple[float, float],
    half_mark: float,
    line: _Spans,
    under: _Spans | None,
) -> list[_Slot]:
    """The places for a bar's name, in order of preference: inside, after, before, under."""
    lo, hi = x_range
    left, right = max(drawn.left, lo), min(drawn.right, hi)
    # Inside: the bar less its marks, as far as anything else on its line.
    inner_lo = left if drawn.start_mark is None else drawn.start_mark + half_mark
    inner_hi = right if drawn.end_mark is None else drawn.end_mark - half_mark
    inner = _free(line, inner_lo, inner_lo, (inner_lo, max(inner_lo, inner_hi)))
    slots = [
        _Slot(inner_lo, "left", inner, under=False),
        _Slot(right, "left", (right, _free(line, right, right, x_range)[1]), under=False),
        _Slot(left, "right", (_free(line, left, left, x_range)[0], left), under=False),
    ]
    # A name already under the bar (that of a bar drawn over the same days) takes the gap.
    if under is not None and not any(o < 0 and min(b, right) > max(a, left) for a, b, o in under):
        # In the gap under the bar: from its start onwards, or up to its end, as far as the
        # nearest thing in the gap. Anchored at an edge of the bar, a name always overlaps it,
        # however much narrower than measured it is drawn.
        free_lo, free_hi = _free(under, left, right, x_range)
        slots.append(_Slot(left, "left", (left, max(left, free_hi)), under=True))
        slots.append(_Slot(right, "right", (min(right, free_lo), right), under=True))
    return slots


def _fit(bar: Bar, slots: list[_Slot], days_per_point: float) -> BarLabel | None:
    """The first slot the whole name fits in; else the one that keeps most of it, shortened."""

    def days(text: str) -> float:
        return text_points(padded(text, "left"), FONT_POINTS) * days_per_point

    for slot in slots:
        if days(bar.label) <= slot.room:
            return _put(bar, bar.label, slot, days(bar.label))
    best: tuple[str, _Slot] | None = None
    for slot in slots:
        text = _shorten(bar.label, slot.room, days)
        if text is not None and (best is None or len(text) > len(best[0])):
            best = (text, slot)
    if best is None:
        return None
    text, slot = best
    return _put(bar, text, slot, days(text))


def _put(bar: Bar, text: str, slot: _Slot, needed: float) -> BarLabel:
    """The label of ``text`` in ``slot``, anchored at its ``x``."""
    if slot.align == "left":
        return BarLabel(bar, text, slot.x, "left", slot.x, slot.x + needed, under=slot.under)
    return BarLabel(bar, text, slot.x, "right", slot.x - needed, slot.x, under=slot.under)


def _shorten(text: str, room: float, days: Callable[[str], float]) -> str | None:
    """The longest ``text[:n] + "…"`` (``n >= MIN_KEPT``) that fits in ``room``, if any.

    Widths grow with ``n``: a binary search measures few of them, even for long names.
    """
    cuts = [text[:n].rstrip(" ,;:.-") + ELLIPSIS for n in range(MIN_KEPT, len(text))]
    cuts = [cut for cut in cuts if len(cut) > MIN_KEPT]
    low, high = 0, len(cuts)  # cuts[:low] fit, cuts[high:] do not
    while low < high:
        middle = (low + high) // 2
        if days(cuts[middle]) <= room:
            low = middle + 1
        else:
            high = middle
    return cuts[low - 1] if low else None
