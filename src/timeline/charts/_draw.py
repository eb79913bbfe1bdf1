"""Drawing a Gantt layout on a matplotlib Axes, with collections rather than one patch a bar."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Final, cast

import numpy as np
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.colors import to_rgba

from timeline.charts._axis import DayFormatter, DayLocator
from timeline.charts._labels import BAR_HEIGHT, LabelPlan, padded, place_labels
from timeline.charts._layout import FONT_POINTS, MARK_AREA, shape

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from timeline.charts._layout import GanttLayout

__all__ = ["draw"]

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
    rows = max(len(plan.rows), 1)  # a chart with nothing in its window still has a row's height
    ax.set_ylim(rows - 0.5, -0.5 - (_headroom(ax, rows) if plan.bands else 0))
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
        # Inside the top of the plot, where no title or tick label can collide with it.
        ax.text(
            left,
            0.995,
            f" {band.label}",
            transform=ax.get_xaxis_transform(),
            va="top",
            ha="left",
            fontsize=FONT_POINTS,
            color="#555555",
        )
    if plan.as_of is not None:
        ax.axvline(
            plan.as_of, color="#888888", linestyle="--", linewidth=0.8, zorder=1, gid="as of"
        )
    width = plot_width(ax)
    show_labels = len(plan.bars) <= 60 if labels is None else labels
    if show_labels:
        _bar_labels(ax, place_labels(plan, width, _row_points(ax)))
    _row_labels(ax, plan)
    # About one tick per inch and a quarter, so that labels never run into each other.
    ax.xaxis.set_major_locator(DayLocator(max(3, int(width / 1.25))))
    ax.xaxis.set_major_formatter(DayFormatter())
    _legend(ax, plan)


def settle(ax: Axes, plan: GanttLayout) -> None:
    """Put the row names and the legend in place and let the figure's layout engine size the plot.

    Labels are placed by the plot's width in inches; under a layout engine (constrained
    layout) that width depends on the row names and the legend, so it is only known once they
    are there.
    """
    figure = ax.get_figure(root=True)
    engine = figure.get_layout_engine() if figure is not None else None
    if engine is None or figure is None:
        return
    _row_labels(ax, plan)
    _legend(ax, plan)
    engine.execute(figure)


def _legend(ax: Axes, plan: GanttLayout) -> None:
    if plan.groups:
        from matplotlib.patches import Patch

        # Outside the plot, on the right, so that it never covers a bar.
        ax.legend(
            handles=[Patch(color=c, label=g) for g, c in plan.groups],
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
            fontsize=8,
            frameon=False,
        )


def _headroom(ax: Axes, rows: int) -> float:
    """How many rows of room the era names need above the first row, so as to clear its bars."""
    figure = ax.get_figure(root=True)
    inches = float(figure.get_figheight()) * ax.get_position().height if figure else 4.0
    row_points = inches * 72.0 / max(rows, 1)
    return FONT_POINTS * 1.6 / row_points


def plot_width(ax: Axes) -> float:
    """The width of an Axes' plotting area in inches (7.5 if it is on no figure)."""
    figure = ax.get_figure(root=True)
    if figure is None:
        return 7.5
    return float(figure.get_figwidth()) * ax.get_position().width


def _draw_bars(ax: Axes, plan: GanttLayout, *, hatch: bool) -> None:
    width = plot_width(ax)
    solid, faded = _Rectangles(), _Rectangles()
    marks: dict[str, list[tuple[float, float]]] = {"ongoing": [], "open": [], "unknown": []}
    for bar in plan.bars:
        drawn = shape(bar, plan.x_range, width)
        if drawn.start_mark is not None:
            marks["unknown"].append((drawn.start_mark, bar.row))
        if drawn.end_mark is not None:
            marks[bar.state.value].append((drawn.end_mark, bar.row))
        x0, x1 = drawn.solid
        if x1 > x0:
            solid.add(x0, x1, bar.row, to_rgba(bar.color))
        for (x0, x1), rising in ((drawn.fade_in, True), (drawn.fade_out, False)):
            if x1 <= x0:
                continue
            if hatch:
                faded.add(x0, x1, bar.row, to_rgba(bar.color, 0.25))
            else:
                faded.fade(x0, x1, bar.row, bar.color, rising=rising)
    ax.add_collection(solid.collection("certain"))
    _handovers(ax, plan)
    fuzzy = faded.collection("uncertain")
    if hatch:
        fuzzy.set_hatch("////")
        fuzzy.set_edgecolor("#555555")
        fuzzy.set_linewidth(0)
    ax.add_collection(fuzzy)
    for gid, marker, face in (
        ("ongoing", ">", "#333333"),
        ("open", ">", "none"),
        ("unknown", "$?$", "#333333"),
    ):
        if marks[gid]:
            xs, ys = zip(*marks[gid], strict=True)
            ax.scatter(
                xs,
                ys,
                s=MARK_AREA,
                zorder=3,
                gid=gid,
                marker=marker,
                facecolors=face,
                edgecolors="#333333",
            )


def _handovers(ax: Axes, plan: GanttLayout) -> None:
    """A thin white line where a term follows another in the same lane, to tell them apart."""
    starts: dict[int, list[float]] = {}
    for bar in plan.bars:
        if math.isfinite(bar.start_lo) and math.isfinite(bar.start_hi):
            starts.setdefault(bar.row, []).append((bar.start_lo + bar.start_hi) / 2)
    lines = [
        [(x, row - BAR_HEIGHT / 2), (x, row + BAR_HEIGHT / 2)]
        for row, xs in starts.items()
        for x in sorted(xs)[1:]
    ]
    if lines:
        ax.add_collection(
            LineCollection(lines, colors="white", linewidths=1.0, zorder=2.5, gid="handovers")
        )


def _row_labels(ax: Axes, plan: GanttLayout) -> None:
    """Row names, shortened with the full name kept for SVG, thinned when rows are many."""
    figure = ax.get_figure(root=True)
    height = float(figure.get_figheight()) * 72.0 if figure is not None else 500.0
    step = max(1, math.ceil(len(plan.rows) * _POINTS_PER_ROW_LABEL / height))
    # A row's further lanes carry no name of their own: one name, however many lanes.
    shown = [
        i for i in range(0, len(plan.rows), step) if i == 0 or plan.rows[i] != plan.rows[i - 1]
    ]
    ax.set_yticks(shown, [_truncate(plan.rows[i]) for i in shown])
    ax.tick_params(axis="y", length=0)
    _fit_in_figure(ax)
    for tick, index in zip(ax.get_yticklabels(), shown, strict=True):
        if plan.rows[index] != tick.get_text():
            tick.set_gid(f"label: {plan.rows[index]}")


def _fit_in_figure(ax: Axes) -> None:
    """Shorten row names that would run past the figure's left edge ("Henry A. (Heinz…").

    ``save`` keeps the figure's size, so a name wider than the margin would be cut; measured
    as drawn, at the figure's own size and fonts. A figure with a layout engine moves its
    Axes to fit the names instead.
    """
    figure = ax.get_figure(root=True)
    if figure is None or figure.get_layout_engine() is not None:
        return  # a layout engine ("constrained") makes room for the names itself
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    names = [tick.get_text() for tick in ax.get_yticklabels()]
    changed = False
    for position, tick in enumerate(ax.get_yticklabels()):
        text = names[position]
        while len(text) > _SHORTEST_ROW_NAME and tick.get_window_extent(renderer).x0 < 0:
            text = text.rstrip("\u2026")[:-1].rstrip() + "\u2026"
            tick.set_text(text)
            changed = True
        names[position] = text
    if changed:
        ax.set_yticks(ax.get_yticks(), names)


def _row_points(ax: Axes) -> float:
    """The height of one row of the chart, in points (after ``set_ylim``)."""
    figure = ax.get_figure(root=True)
    inches = float(figure.get_figheight()) * ax.get_position().height if figure else 4.0
    bottom, top = ax.get_ylim()
    return inches * 72.0 / max(abs(bottom - top), 1e-9)


def _bar_labels(ax: Axes, placed: LabelPlan) -> None:
    """Each bar's name where ``place_labels`` put it, and a note of the bars left unnamed.

    The names are clipped to the plot as a safeguard; the placement already keeps them in.
    """
    for label in placed.labels:
        bar = label.bar
        y, va = (bar.row + BAR_HEIGHT / 2, "top") if label.under else (float(bar.row), "center")
        text = ax.text(
            label.x,
            y,
            padded(label.text, label.align),
            va=va,
            ha=label.align,
            fontsize=FONT_POINTS,
            clip_on=True,
        )
        text.set_gid(f"label: {bar.title}")
    if placed.unnamed:
        import matplotlib as mpl

        count, total = len(placed.unnamed), len(placed.unnamed) + len(placed.labels)
        # Below the tick labels, at the right: outside the plot, where no bar is.
        below = (
            float(mpl.rcParams["xtick.major.size"])
            + float(mpl.rcParams["xtick.major.pad"])
            + 1.3 * _points(mpl.rcParams["xtick.labelsize"])
            + 2.0
        )
        ax.annotate(
            f"{count} of {total} bars unnamed: no room for a name",
            xy=(1.0, 0.0),
            xycoords="axes fraction",
            xytext=(0.0, -below),
            textcoords="offset points",
            ha="right",
            va="top",
            fontsize=FONT_POINTS,
            color="#555555",
            gid="unnamed",
        )


def _points(size: object) -> float:
    """A font size in points, from a number or a name ("small") relative to the font size."""
    from matplotlib.font_manager import FontProperties

    return float(FontProperties(size=size).get_size_in_points())  # type: ignore[arg-type]


#: A row name is never cut shorter than this, however narrow the margin.
_SHORTEST_ROW_NAME: Final = 6


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
