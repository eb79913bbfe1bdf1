"""Drawing a Gantt layout on a matplotlib Axes, with collections rather than one patch a bar."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Final, cast

import numpy as np
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.colors import to_rgba

from timeline._period import EndState
from timeline.charts._axis import DayFormatter, DayLocator
from timeline.charts._layout import FONT_POINTS, label_days

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from timeline.charts._layout import Bar, GanttLayout

__all__ = ["draw"]

BAR_HEIGHT: Final = 0.6
FADE_STEPS: Final = 6
# Marker shape by event kind; others get a diamond.
SHAPES: Final = {
    "agreement": "s",
    "withdrawal": "v",
    "resignation": "X",
    "dismissal": "X",
    "announcement": "^",
    "meeting": "o",
    "event": "D",
}
_UNKNOWN_FADE: Final = 0.08  # of the x span: how far an unknown end fades out
_POINTS_PER_ROW_LABEL: Final = 9.0


class _Rectangles:
    """Rectangles gathered for one collection: edges, rows and colours, as arrays at the end."""

    def __init__(self) -> None:
        self.x0: list[float] = []
        self.x1: list[float] = []
        self.rows: list[float] = []
        self.colors: list[tuple[float, float, float, float]] = []

    def add(
        self, x0: float, x1: float, row: float, color: tuple[float, float, float, float]
    ) -> None:
        self.x0.append(x0)
        self.x1.append(x1)
        self.rows.append(row)
        self.colors.append(color)

    def fade(self, x0: float, x1: float, row: float, color: str, *, rising: bool) -> None:
        """Slices of ``x0..x1`` whose opacity rises (or falls) towards the certain part."""
        red, green, blue, _ = to_rgba(color)
        width = (x1 - x0) / FADE_STEPS
        for step in range(FADE_STEPS):
            share = (step + 0.5) / FADE_STEPS
            alpha = 0.12 + 0.7 * (share if rising else 1 - share)
            self.add(x0 + step * width, x0 + (step + 1) * width, row, (red, green, blue, alpha))

    def collection(self, gid: str) -> PolyCollection:
        """One PolyCollection of all the rectangles (built from arrays: fast for thousands)."""
        x0, x1 = np.asarray(self.x0, dtype=float), np.asarray(self.x1, dtype=float)
        y = np.asarray(self.rows, dtype=float)
        y0, y1 = y - BAR_HEIGHT / 2, y + BAR_HEIGHT / 2
        verts = (
            np.stack(
                [
                    np.stack([x0, y0], 1),
                    np.stack([x1, y0], 1),
                    np.stack([x1, y1], 1),
                    np.stack([x0, y1], 1),
                ],
                axis=1,
            )
            if len(x0)
            else np.zeros((0, 4, 2))
        )
        return PolyCollection(
            cast("Any", verts), facecolors=self.colors, edgecolors="none", gid=gid
        )


def draw(ax: Axes, plan: GanttLayout, *, hatch: bool = False, labels: bool | None = None) -> None:
    """Draw the layout; ``labels`` puts names on bars (default: when there are few bars)."""
    lo, hi = plan.x_range
    ax.set_xlim(lo, hi)
    ax.set_ylim(len(plan.rows) - 0.5, -0.5)
    _draw_bars(ax, plan, hatch=hatch)
    _draw_markers(ax, plan)
    for band in plan.bands:
        left, right = max(band.lo, lo), min(band.hi, hi)
        if right <= left:
            continue
        ax.axvspan(
            left,
            right,
            color=band.color or "#dddddd",
            alpha=0.35,
            zorder=0,
            gid=f"era {band.label}",
        )
        ax.text(
            left,
            1.0,
            f" {band.label}",
            transform=ax.get_xaxis_transform(),
            va="bottom",
            ha="left",
            fontsize=FONT_POINTS,
            color="#555555",
        )
    if plan.as_of is not None:
        ax.axvline(
            plan.as_of, color="#888888", linestyle="--", linewidth=0.8, zorder=1, gid="as of"
        )
    show_labels = len(plan.bars) <= 60 if labels is None else labels
    if show_labels:
        figure = ax.get_figure(root=True)
        width = float(figure.get_figwidth()) if figure is not None else 10.0
        for bar in plan.bars:
            _bar_label(ax, bar, plan, width)
    _row_labels(ax, plan)
    ax.xaxis.set_major_locator(DayLocator())
    ax.xaxis.set_major_formatter(DayFormatter())
    if plan.groups:
        from matplotlib.patches import Patch

        ax.legend(handles=[Patch(color=c, label=g) for g, c in plan.groups], loc="best", fontsize=8)


def _draw_bars(ax: Axes, plan: GanttLayout, *, hatch: bool) -> None:
    lo, hi = plan.x_range
    span = hi - lo
    solid, faded = _Rectangles(), _Rectangles()
    arrows: list[tuple[float, float]] = []
    open_ends: list[tuple[float, float]] = []
    unknown: list[tuple[float, float]] = []
    for bar in plan.bars:
        start_lo = bar.start_lo if math.isfinite(bar.start_lo) else lo
        start_hi = bar.start_hi if math.isfinite(bar.start_hi) else lo
        end_lo, end_hi = _end_edges(bar, hi, span)
        certain_to = end_lo
        if bar.state is EndState.OPEN:
            end_lo = end_hi = certain_to = hi
            open_ends.append((hi, bar.row))
        elif bar.state is EndState.UNKNOWN:
            certain_to = max(start_hi, end_lo)
            unknown.append((end_hi, bar.row))
        elif bar.state is EndState.ONGOING:
            arrows.append((end_lo, bar.row))
        if certain_to < start_hi:
            # No day is certain (a term known only by its year): the fades meet halfway,
            # rather than leave out the days between the latest start and the earliest end.
            start_hi = end_lo = certain_to = (certain_to + start_hi) / 2
        if certain_to > start_hi:
            solid.add(start_hi, certain_to, bar.row, to_rgba(bar.color))
        for x0, x1, rising in (
            (start_lo, min(start_hi, certain_to), True),
            (max(end_lo, start_hi), end_hi, False),
        ):
            if x1 <= x0:
                continue
            if hatch:
                faded.add(x0, x1, bar.row, to_rgba(bar.color, 0.25))
            else:
                faded.fade(x0, x1, bar.row, bar.color, rising=rising)
    ax.add_collection(solid.collection("certain"))
    fuzzy = faded.collection("uncertain")
    if hatch:
        fuzzy.set_hatch("////")
        fuzzy.set_edgecolor("#555555")
        fuzzy.set_linewidth(0)
    ax.add_collection(fuzzy)
    for points, gid, marker, face in (
        (arrows, "ongoing", ">", "#333333"),
        (open_ends, "open", ">", "none"),
        (unknown, "unknown", "$?$", "#333333"),
    ):
        if points:
            xs, ys = zip(*points, strict=True)
            ax.scatter(
                xs,
                ys,
                s=45,
                zorder=3,
                gid=gid,
                marker=marker,
                facecolors=face,
                edgecolors="#333333",
            )


def _row_labels(ax: Axes, plan: GanttLayout) -> None:
    """Row names, shortened with the full name kept for SVG, thinned when rows are many."""
    figure = ax.get_figure(root=True)
    height = float(figure.get_figheight()) * 72.0 if figure is not None else 500.0
    step = max(1, math.ceil(len(plan.rows) * _POINTS_PER_ROW_LABEL / height))
    shown = list(range(0, len(plan.rows), step))
    ax.set_yticks(shown, [_truncate(plan.rows[i]) for i in shown])
    for tick, index in zip(ax.get_yticklabels(), shown, strict=True):
        if plan.rows[index] != _truncate(plan.rows[index]):
            tick.set_gid(f"label: {plan.rows[index]}")
    ax.tick_params(axis="y", length=0)


def _bar_label(ax: Axes, bar: Bar, plan: GanttLayout, width: float) -> None:
    """A bar's name inside it if it fits, else beside it on the side with room."""
    lo, hi = plan.x_range
    left = bar.start_hi if math.isfinite(bar.start_hi) else lo
    right = min(bar.end_lo, hi) if math.isfinite(bar.end_lo) else hi
    needed = label_days(bar.label, plan.x_range, width)
    if right - left >= needed:
        x, align = left, "left"
    elif hi - right >= needed:
        x, align = right, "left"
    else:
        x, align = (bar.start_lo if math.isfinite(bar.start_lo) else lo), "right"
    text = ax.text(x, bar.row, f" {bar.label} ", va="center", ha=align, fontsize=FONT_POINTS)
    text.set_gid(f"label: {bar.title}")


def _end_edges(bar: Bar, hi: float, span: float) -> tuple[float, float]:
    if bar.state is EndState.UNKNOWN:
        start = bar.start_hi if math.isfinite(bar.start_hi) else hi - span
        return start, min(hi, start + _UNKNOWN_FADE * span)
    return min(bar.end_lo, hi), min(bar.end_hi, hi)


def _truncate(text: str, width: int = 38) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def _draw_markers(ax: Axes, plan: GanttLayout) -> None:
    """Markers by kind, whiskers over their uncertain days, labels on their own rows."""
    if not plan.markers:
        return
    lo, hi = plan.x_range
    whiskers: list[list[tuple[float, float]]] = []
    open_whiskers: list[list[tuple[float, float]]] = []
    leaders: list[list[tuple[float, float]]] = []
    by_kind: dict[str, list[tuple[float, float]]] = {}
    for marker in plan.markers:
        left, right = max(marker.lo, lo), min(marker.hi, hi)
        if right - left > 1:
            bounded = marker.lo >= lo and marker.hi <= hi
            (whiskers if bounded else open_whiskers).append(
                [(left, marker.row), (right, marker.row)]
            )
        by_kind.setdefault(marker.kind, []).append((marker.at, marker.row))
        leaders.append([(marker.at, marker.row + 0.15), (marker.at, marker.label_row - 0.3)])
        text = ax.text(
            marker.at,
            marker.label_row,
            f" {marker.label} ",
            ha=marker.label_align,
            va="center",
            fontsize=FONT_POINTS,
        )
        text.set_gid(f"label: {marker.title}")
    ax.add_collection(LineCollection(whiskers, colors="#333333", linewidths=1.2, gid="whiskers"))
    # A whisker that runs off the chart says "some time before (or after) this", dotted.
    ax.add_collection(
        LineCollection(
            open_whiskers, colors="#777777", linewidths=0.8, linestyles=":", gid="open whiskers"
        )
    )
    ax.add_collection(LineCollection(leaders, colors="#999999", linewidths=0.5, gid="leaders"))
    for kind, points in by_kind.items():
        xs, ys = zip(*points, strict=True)
        ax.scatter(
            xs,
            ys,
            marker=SHAPES.get(kind, "D"),
            s=40,
            color="#222222",
            zorder=4,
            gid=f"events {kind}",
        )
