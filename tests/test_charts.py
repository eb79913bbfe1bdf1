"""Tests of ``timeline.charts``: what is drawn, read back from the artists under Agg.

The tests look at the artists a chart leaves on its Axes (collections by their gid, texts by
their ``label: ...`` gid), in data coordinates for extents and in display coordinates for
collisions, and compare against values worked out by hand: day numbers are
``datetime.date.toordinal`` (for BCE days, the same date 400 years later less one 146,097-day
Gregorian cycle), not the library's own arithmetic.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import itertools
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import matplotlib as mpl

mpl.use("Agg")  # before anything can load pyplot with another backend

import matplotlib.style
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.markers import MarkerStyle
from matplotlib.testing.compare import compare_images

from timeline import (
    OPEN,
    UNKNOWN,
    Event,
    FuzzyDate,
    Ongoing,
    Period,
    Tenure,
    Timeline,
    tenures_from_records,
)
from timeline.charts import (
    DayFormatter,
    DayLocator,
    describe,
    figure_for,
    gantt,
    save,
    table,
    timeline_strip,
    write_table,
)
from timeline.charts._axis import format_day, year_label
from timeline.data.khalilzad import ENVOY, EVENTS
from timeline.events import Era

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = Path(__file__).resolve().parent / "reference"
#: Root-mean-square difference (0-255 scale) allowed against a reference image: enough for
#: anti-aliasing differences between FreeType builds, far below a moved bar or a lost label.
TOLERANCE = 5
#: Set to write the reference images afresh (then look at every one before committing it).
UPDATE_REFERENCES = os.environ.get("TIMELINE_UPDATE_REFERENCES") == "1"
CYCLE = 146_097  # days in 400 Gregorian years


def day(year: int, month: int = 1, dom: int = 1) -> int:
    """The day number of a proleptic Gregorian date, worked out without the library."""
    if year >= 1:
        return date(year, month, dom).toordinal()
    cycles = -year // 400 + 1
    return date(year + 400 * cycles, month, dom).toordinal() - CYCLE * cycles


def bc(year: int) -> int:
    """The astronomical year of a year BC: 44 BC is -43."""
    return 1 - year


def tenure(person: str, office: str, edtf: str, **fields: str) -> Tenure:
    """A tenure whose period is given in EDTF."""
    return Tenure(person=person, office=office, period=Period.from_edtf(edtf), **fields)


def demo():
    """The embedded demo, resolved, with the envoy's office held by one person at a time."""
    return Timeline(EVENTS, offices={ENVOY: 1}).resolve()


def drawn(ax):
    """Draw the Axes' figure with its Agg canvas (so that text extents are final)."""
    figure = ax.get_figure(root=True)
    figure.canvas.draw()
    return figure


def collection(ax, gid):
    """The one collection with this gid."""
    found = [c for c in ax.collections if c.get_gid() == gid]
    assert len(found) == 1, f"{len(found)} collections with gid {gid!r}"
    return found[0]


def rectangles(ax, gid):
    """(x0, x1, y0, y1, alpha) of each polygon of a bar collection, in data coordinates."""
    found = [c for c in ax.collections if c.get_gid() == gid]
    if not found:
        return []
    (bars,) = found
    assert bars.get_transform() == ax.transData
    colors = bars.get_facecolors()
    boxes = []
    for index, path in enumerate(bars.get_paths()):
        xs, ys = path.vertices[:, 0], path.vertices[:, 1]
        alpha = float(colors[index % len(colors)][3]) if len(colors) else 1.0
        boxes.append((float(xs.min()), float(xs.max()), float(ys.min()), float(ys.max()), alpha))
    return sorted(boxes)


def labels(ax):
    """The label texts (bars and markers), which carry their full text as ``label: ...``."""
    return [t for t in ax.texts if str(t.get_gid() or "").startswith("label: ")]


def overlapping(boxes, slack=0.5):
    """Pairs of display boxes that overlap by more than ``slack`` pixels both ways."""
    return [
        (a, b)
        for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2)
        if min(box_a.x1, box_b.x1) - max(box_a.x0, box_b.x0) > slack
        and min(box_a.y1, box_b.y1) - max(box_a.y0, box_b.y0) > slack
    ]


def tick_labels(ax):
    """The x tick labels inside the view, after a draw."""
    lo, hi = sorted(ax.get_xlim())
    return [t.get_text() for t in ax.get_xticklabels() if lo <= t.get_position()[0] <= hi]


# Bars ------------------------------------------------------------------------------------


def test_one_solid_bar_per_tenure():
    """Three tenures with exact days give three polygons in the "certain" collection, none faded."""
    tenures = [
        tenure("A", "Envoy", "2001-01-01/2004-12-31"),
        tenure("B", "Envoy", "2005-01-01/2008-12-31"),
        tenure("C", "Minister", "2002-06-01/2003-05-31"),
    ]
    ax = gantt(tenures)
    assert len(rectangles(ax, "certain")) == 3
    assert rectangles(ax, "uncertain") == []


def test_bar_extent_in_day_numbers():
    """A 2001-01-01..2004-12-31 tenure spans day numbers 1 Jan 2001 to 1 Jan 2005 on its row.

    A day covers [d, d + 1) on the axis, so the last day's right edge is the next day's number.
    The bar is centred on its row's tick.
    """
    ax = gantt([tenure("A", "Envoy", "2001-01-01/2004-12-31")])
    ((x0, x1, y0, y1, alpha),) = rectangles(ax, "certain")
    assert (x0, x1) == (date(2001, 1, 1).toordinal(), date(2005, 1, 1).toordinal())
    assert alpha == 1.0
    assert ax.get_yticks().tolist() == [0]
    assert (y0 + y1) / 2 == pytest.approx(0)
    lo, hi = ax.get_xlim()
    assert lo < x0 < x1 < hi


def test_faded_parts_exactly_where_start_and_end_are_uncertain():
    """Faded slices cover the days the start or end may fall on, and nothing else.

    Start "September 2018": any of 1..30 September, so the fade runs from 1 September to the
    left edge of 30 September (the latest start), where the solid part begins. End "2004": the
    last day is some day of 2004, so the solid part runs through 1 January 2004 and the fade
    from 2 January 2004 to 1 January 2005.
    """
    ax = gantt(
        [
            tenure("A", "Envoy", "2018-09/2021-10-18"),
            tenure("B", "Judge", "2001-03-15/2004"),
            tenure("C", "Clerk", "2002-01-01/2003-01-01"),
        ]
    )
    rows = {t.get_text(): y for t, y in zip(ax.get_yticklabels(), ax.get_yticks(), strict=True)}
    solid = {round((b[2] + b[3]) / 2): b for b in rectangles(ax, "certain")}
    faded: dict[int, list[tuple[float, ...]]] = {}
    for box in rectangles(ax, "uncertain"):
        faded.setdefault(round((box[2] + box[3]) / 2), []).append(box)

    envoy = faded[rows["Envoy"]]
    assert min(b[0] for b in envoy) == pytest.approx(day(2018, 9, 1))
    assert max(b[1] for b in envoy) == pytest.approx(day(2018, 9, 30))
    assert solid[rows["Envoy"]][:2] == (day(2018, 9, 30), day(2021, 10, 19))

    judge = faded[rows["Judge"]]
    assert min(b[0] for b in judge) == pytest.approx(day(2004, 1, 2))
    assert max(b[1] for b in judge) == pytest.approx(day(2005, 1, 1))
    assert solid[rows["Judge"]][:2] == (day(2001, 3, 15), day(2004, 1, 2))

    assert rows["Clerk"] not in faded  # exact days: nothing to fade
    for slices in faded.values():  # the slices tile their span without gaps
        ordered = sorted(slices)
        for before, after in itertools.pairwise(ordered):
            assert after[0] == pytest.approx(before[1])


def test_fade_alpha_rises_towards_the_certain_part():
    """Over an uncertain start opacity rises left to right; over an uncertain end it falls."""
    ax = gantt([tenure("A", "Envoy", "2018/2021-W42")])
    ((solid_x0, solid_x1, *_),) = rectangles(ax, "certain")
    before = [b for b in rectangles(ax, "uncertain") if b[1] <= solid_x0]
    after = [b for b in rectangles(ax, "uncertain") if b[0] >= solid_x1]
    assert len(before) > 2
    assert len(after) > 2
    rising = [b[4] for b in sorted(before)]
    falling = [b[4] for b in sorted(after)]
    assert rising == sorted(rising)
    assert len(set(rising)) == len(rising)
    assert falling == sorted(falling, reverse=True)
    assert max(rising + falling) < 1.0  # fainter than the solid part


def test_term_known_only_by_its_year_fades_over_the_whole_year():
    """A consulship "59 BC/59 BC" has no certain day: the fades meet in mid-year, with no gap.

    Its start and end are each some day of 59 BC (astronomical -58), so the bar may cover all of
    it: fading in from 1 January, out to 1 January 58 BC, most opaque in the middle.
    """
    ax = gantt([tenure("Julius Caesar", "Consul", "-0058/-0058")])
    assert rectangles(ax, "certain") == []
    slices = rectangles(ax, "uncertain")
    assert slices[0][0] == pytest.approx(day(bc(59)))
    assert slices[-1][1] == pytest.approx(day(bc(58)))
    for before, after in itertools.pairwise(slices):
        assert after[0] == pytest.approx(before[1])
    alphas = [b[4] for b in slices]
    peak = alphas.index(max(alphas))
    assert 0 < peak < len(alphas) - 1
    assert alphas[: peak + 1] == sorted(alphas[: peak + 1])
    assert alphas[peak:] == sorted(alphas[peak:], reverse=True)


def test_hatch_replaces_the_gradient():
    """With ``hatch=True`` each uncertain part is one hatched polygon instead of slices."""
    ax = gantt([tenure("A", "Envoy", "2018-09/2021-W42")], hatch=True)
    fuzzy = collection(ax, "uncertain")
    assert fuzzy.get_hatch() == "////"
    boxes = rectangles(ax, "uncertain")
    assert [b[:2] for b in boxes] == [
        (day(2018, 9, 1), day(2018, 9, 30)),
        (day(2021, 10, 19), day(2021, 10, 25)),
    ]


# Ends ------------------------------------------------------------------------------------


def test_ongoing_tenure_ends_in_an_arrow_at_the_as_of_date():
    """An ongoing tenure stops at the end of its as-of day, with its arrow and the as-of line.

    An explicit ``as_of`` moves all three.
    """
    running = Tenure(
        person="West",
        office="Envoy",
        period=Period(FuzzyDate.from_edtf("2021-10-25"), Ongoing(FuzzyDate.of("2021-12-04"))),
    )
    ax = gantt([running])
    edge = day(2021, 12, 5)  # the right edge of 4 December
    ((_, x1, *_),) = rectangles(ax, "certain")
    assert x1 == edge
    assert collection(ax, "ongoing").get_offsets().tolist() == [[edge, 0]]
    (line,) = [line for line in ax.lines if line.get_gid() == "as of"]
    assert list(line.get_xdata()) == [edge, edge]

    later = gantt([running], as_of=FuzzyDate.of("2022-03-31"))
    assert collection(later, "ongoing").get_offsets().tolist() == [[day(2022, 4, 1), 0]]


def test_open_and_unknown_ends_are_drawn_differently():
    """Open and unknown ends are drawn differently, and neither as an ongoing arrow.

    An open end runs to the chart's edge with a hollow arrow; an unknown one fades out with a
    question mark. A known end has neither mark.
    """
    start = FuzzyDate.from_edtf("2002-05-01")
    ax = gantt(
        [
            Tenure(person="Open", office="A", period=Period(start, OPEN)),
            Tenure(person="Unknown", office="B", period=Period(start, UNKNOWN)),
            tenure("Known", "C", "2001-01-01/2005-06-30"),
        ]
    )
    rows = {t.get_text(): y for t, y in zip(ax.get_yticklabels(), ax.get_yticks(), strict=True)}
    open_mark, unknown_mark = collection(ax, "open"), collection(ax, "unknown")
    assert [y for _, y in open_mark.get_offsets()] == [rows["A"]]
    assert [y for _, y in unknown_mark.get_offsets()] == [rows["B"]]
    assert not [c for c in ax.collections if c.get_gid() == "ongoing"]

    left, right = ax.get_xlim()
    # The arrow sits just inside the edge (so that it is not cut in half), the bar runs to it.
    assert right - 0.01 * (right - left) < open_mark.get_offsets()[0][0] < right
    solid = {round((b[2] + b[3]) / 2): b for b in rectangles(ax, "certain")}
    assert solid[rows["A"]][1] == right  # the open bar is certain to the edge
    # The hollow arrow has no face; the question mark is a filled glyph, not an arrow.
    assert open_mark.get_facecolors().size == 0 or open_mark.get_facecolors()[0][3] == 0
    assert unknown_mark.get_facecolors()[0][3] == 1
    assert open_mark.get_paths()[0] != unknown_mark.get_paths()[0]
    # The unknown end fades out after its last certain day, the start.
    fading = [b for b in rectangles(ax, "uncertain") if round((b[2] + b[3]) / 2) == rows["B"]]
    assert fading
    assert min(b[0] for b in fading) == pytest.approx(day(2002, 5, 1))
    assert [b[4] for b in fading] == sorted((b[4] for b in fading), reverse=True)
    assert unknown_mark.get_offsets()[0][0] == pytest.approx(max(b[1] for b in fading))


def mark_extent(ax, gid, figure):
    """Display x-extents of the marks of a scatter collection (a mark is ``sqrt(45)`` points wide).

    The marks are drawn at 45 square points, so each is about 6.7 points wide, centred on its
    offset; in pixels that is ``6.7 * dpi / 72``.
    """
    half = 45**0.5 / 2 * figure.dpi / 72
    xs = ax.transData.transform(collection(ax, gid).get_offsets())[:, 0]
    return [(float(x - half), float(x + half)) for x in xs]


def test_marks_at_the_right_edge_are_not_cut_off():
    """An unknown end's question mark and an open end's arrow lie wholly inside the plot.

    The successor's start, 21 October 2022, is the chart's last known day, so its question
    mark would fall on (and be cut by) the right edge if drawn where the fade would end.
    """
    ax = gantt(
        [
            tenure("Liz Truss", "Prime Minister", "2022-09-06/2022-10-20"),
            Tenure("Successor", "Prime Minister", Period(FuzzyDate.of("2022-10-21"), UNKNOWN)),
            Tenure("Open", "Envoy", Period(FuzzyDate.of("2022-09-01"), OPEN)),
        ],
        labels=False,
    )
    figure = drawn(ax)
    plot = ax.get_window_extent(figure.canvas.get_renderer())
    for gid in ("unknown", "open"):
        for x0, x1 in mark_extent(ax, gid, figure):
            assert plot.x0 <= x0 < x1 <= plot.x1, gid


def test_unknown_start_fades_in_from_a_question_mark():
    """An unknown start ("/1980-01-20") is drawn as unknown ends are: faded, with a "?".

    By hand: the chart runs from 1 January 1945 to 1 January 2021 (the Secretary's days),
    padded by 3% of that on each side (no names, so no room is kept for them). The unknown
    start fades in over 8% of the chart's span before the first day after the end, rising
    towards it, from a question mark; nothing of it is solid. An open start ("../1980-01-20")
    stays a solid bar from the chart's left edge, with no question mark.
    """
    ax = gantt(
        [
            tenure("Secretary", "Secretary", "1945-01-01/2020-12-31"),
            tenure("Acting", "Acting", "/1980-01-20"),
            tenure("Open", "Open", "../1980-01-20"),
        ],
        labels=False,
    )
    rows = {t.get_text(): y for t, y in zip(ax.get_yticklabels(), ax.get_yticks(), strict=True)}
    lo, hi = day(1945), day(2021)
    pad = 0.03 * (hi - lo)
    assert ax.get_xlim() == pytest.approx((lo - pad, hi + pad))
    fade = 0.08 * (hi - lo + 2 * pad)
    end = day(1980, 1, 21)  # the right edge of 20 January 1980

    (mark,) = collection(ax, "unknown").get_offsets().tolist()
    assert mark == pytest.approx([end - fade, rows["Acting"]])
    solid = {round((b[2] + b[3]) / 2): b for b in rectangles(ax, "certain")}
    assert rows["Acting"] not in solid
    fading = [b for b in rectangles(ax, "uncertain") if round((b[2] + b[3]) / 2) == rows["Acting"]]
    assert min(b[0] for b in fading) == pytest.approx(end - fade)
    assert max(b[1] for b in fading) == pytest.approx(end)
    assert [b[4] for b in fading] == sorted(b[4] for b in fading)  # rising towards the end

    assert solid[rows["Open"]][:2] == pytest.approx((lo - pad, end))
    assert "from an unknown day to 1980-01-20" in describe([tenure("Acting", "A", "/1980-01-20")])


def test_unknown_starts_of_one_office_share_a_lane_when_their_fades_do_not_meet():
    """Two acting terms known only by their ends, 1950 and 1980, take one lane of their office.

    By hand: on a chart of 1945 to 2021 (about 80.6 years with its padding) each unknown start
    fades over about 6.4 years, so the 1980 term is drawn from mid-1973, after the 1950 one
    ends. A third, ending in 1952, would be drawn from 1945 and meet the first: a second lane.
    """
    ax = gantt(
        [
            tenure("Secretary", "Secretary", "1945-01-01/2020-12-31"),
            tenure("A", "Acting", "/1950-06-30"),
            tenure("B", "Acting", "/1980-01-20"),
        ],
        labels=False,
    )
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Secretary", "Acting"]
    assert {round((b[2] + b[3]) / 2) for b in rectangles(ax, "uncertain")} == {1}
    crowded_lane = gantt(
        [
            tenure("Secretary", "Secretary", "1945-01-01/2020-12-31"),
            tenure("A", "Acting", "/1950-06-30"),
            tenure("C", "Acting", "/1952-06-30"),
        ],
        labels=False,
    )
    assert {round((b[2] + b[3]) / 2) for b in rectangles(crowded_lane, "uncertain")} == {1, 2}


# Events ----------------------------------------------------------------------------------


def test_demo_markers_by_kind_at_their_days():
    """Each point event of the demo is one marker, in its kind's collection and shape.

    It sits at the middle of its days, or at its one bound when the other is open.
    """
    ax = gantt(demo())
    shapes = {
        "agreement": "s",
        "withdrawal": "v",
        "resignation": "X",
        "meeting": "o",
        "announcement": "^",
        "event": "D",
    }
    expected: dict[str, int] = {}
    for event in EVENTS:
        if not event.opens_tenure:
            expected[event.kind] = expected.get(event.kind, 0) + 1
    assert expected == {
        "event": 2,
        "agreement": 1,
        "announcement": 2,
        "withdrawal": 1,
        "meeting": 2,
        "resignation": 1,
    }
    for kind, count in expected.items():
        markers = collection(ax, f"events {kind}")
        assert len(markers.get_offsets()) == count, kind
        style = MarkerStyle(shapes[kind])
        want = style.get_path().transformed(style.get_transform())
        assert np.allclose(markers.get_paths()[0].vertices, want.vertices), kind

    agreement = collection(ax, "events agreement").get_offsets()[0][0]
    assert agreement == (day(2020, 2, 1) + day(2020, 3, 1)) / 2  # "in February 2020"
    withdrawal = collection(ax, "events withdrawal").get_offsets()[0][0]
    assert withdrawal == day(2021, 9, 11)  # some day before the 20th anniversary of 9/11
    assert collection(ax, "whiskers").get_segments()
    assert collection(ax, "open whiskers").get_segments()  # the withdrawal's open lower bound


def test_timeline_strip_draws_events_without_bars():
    """A strip of events alone: markers with their labels and whiskers, and no bars."""
    resolved = Timeline(
        [
            Event(id="a", when="2001-09", summary="Some day in September"),
            Event(id="b", when="2001-10-07", summary="A known day"),
        ]
    ).resolve()
    ax = timeline_strip(resolved)
    assert rectangles(ax, "certain") == rectangles(ax, "uncertain") == []
    assert sorted(t.get_text().strip() for t in labels(ax)) == [
        "A known day",
        "Some day in September",
    ]
    points = sorted(x for x, _ in collection(ax, "events event").get_offsets())
    assert points == [(day(2001, 9, 1) + day(2001, 10, 1)) / 2, day(2001, 10, 7) + 0.5]
    ((start, _), (end, _)) = collection(ax, "whiskers").get_segments()[0]
    assert (start, end) == (day(2001, 9, 1), day(2001, 10, 1))


# Labels ----------------------------------------------------------------------------------


def test_demo_labels_do_not_overlap():
    """No two labels of the demo chart overlap on screen, with or without the 2001 attacks."""
    for options in ({}, {"since": FuzzyDate.from_edtf("2018-06")}):
        ax = gantt(demo(), **options)
        figure = drawn(ax)
        renderer = figure.canvas.get_renderer()
        texts = labels(ax)
        assert len(texts) == 11 - ("since" in options)  # two bars and 9 or 8 events
        boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in texts]
        assert overlapping(boxes) == []


def crowded():
    """Twenty-four events in two weeks and three spread over a year, with long summaries."""
    events = [
        Event(
            id=f"e{n}",
            when=f"2021-10-{1 + n % 14:02d}",
            summary=f"Event number {n} with a summary long enough to need room",
        )
        for n in range(24)
    ]
    events += [
        Event(id="early", when="2021-01", summary="Early in the year"),
        Event(id="middle", when="2021-06-15", summary="Mid-year"),
        Event(id="late", when="2021-12-31", summary="The last day of the year, at the right edge"),
    ]
    return Timeline(events).resolve()


def test_crowded_labels_do_not_overlap():
    """Twenty-seven labels, most within two weeks, still do not overlap on screen."""
    ax = gantt(crowded())
    figure = drawn(ax)
    renderer = figure.canvas.get_renderer()
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in labels(ax)]
    assert len(boxes) == 27
    assert overlapping(boxes) == []


def crossings(ax):
    """Leaders (marker to label) that run through a label they do not belong to, on screen."""
    figure = drawn(ax)
    renderer = figure.canvas.get_renderer()
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in labels(ax)]
    found = []
    for segment in collection(ax, "leaders").get_segments():
        (x, y0), (_, y1) = ax.transData.transform(segment)
        low, high = sorted((y0, y1))
        found.extend(
            (round(x), text)
            for text, box in boxes
            if box.x0 + 1 < x < box.x1 - 1 and min(high, box.y1) - max(low, box.y0) > 1
        )
    return found


def test_demo_leaders_do_not_cross_labels():
    """In the demo chart (with and without the 2001 attacks) no leader runs through a label."""
    assert crossings(gantt(demo())) == []
    assert crossings(gantt(demo(), since=FuzzyDate.from_edtf("2018-06"))) == []


def test_demo_leaders_do_not_cross_labels_in_a_narrower_figure():
    """At 8 inches wide, next to the envoy's long office name, leaders still avoid labels.

    Under constrained layout the plot's width is only known once the row names are in place,
    and the labels are measured in the font they are drawn in.
    """
    figure = Figure(figsize=(8, 3.6), layout="constrained")
    FigureCanvasAgg(figure)
    ax = gantt(demo(), ax=figure.add_subplot(), since=FuzzyDate.from_edtf("2018-06"))
    assert crossings(ax) == []


def test_bar_labels_of_short_neighbouring_terms_do_not_overlap():
    """Labels beside short bars in one lane do not overlap.

    Caesar's short consulships of 48, 46-45 and 44 BC, on an axis from 59 to 32 BC: each label
    goes beside its bar, and those of 46-45 and 44 BC must not overlap.
    """
    tenures = [
        tenure("Caesar", "Consul", "-0058-01-01/-0057-01-01"),
        tenure("Caesar", "Consul", "-0047-01-01/-0046-01-01"),
        tenure("Caesar", "Consul", "-0045-01-01/-0044-09"),
        tenure("Caesar", "Consul", "-0043-01-01/-0043-03-15"),
        tenure("Octavian", "Triumvir", "-0042-11-27/-0032"),
    ]
    ax = gantt(tenures, by="person", labels=True)
    figure = drawn(ax)
    renderer = figure.canvas.get_renderer()
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in labels(ax)]
    assert overlapping(boxes) == []


def test_long_row_names_are_shortened_with_the_full_name_in_the_gid():
    """A long row name is shortened on screen and kept whole in its gid.

    A row name over 38 characters shows its first 37 and an ellipsis; the tick label's gid
    keeps the whole name for the SVG title. Bar labels carry the tenure in full.
    """
    long_name = "Special Representative for Afghanistan Reconciliation"
    ax = gantt([tenure("A", long_name, "2001/2004"), tenure("B", "Judge", "2001/2004")])
    ticks = {t.get_text(): t for t in ax.get_yticklabels()}
    shortened = long_name[:37] + "\u2026"
    assert set(ticks) == {shortened, "Judge"}
    assert len(shortened) == 38
    assert ticks[shortened].get_gid() == f"label: {long_name}"
    assert ticks["Judge"].get_gid() is None
    gids = {t.get_gid() for t in labels(ax)}
    assert f"label: A, {long_name}: 2001/2004" in gids


# Names on bars: inside the plot, on or beside their own bar -------------------------------


def bar_names(ax, tenures):
    """Each tenure's name on the chart (its text artist), by person, if it has one."""
    by_gid = {f"label: {t.person}, {t.office}: {t.period}": t.person for t in tenures}
    return {by_gid[t.get_gid()]: t for t in labels(ax) if t.get_gid() in by_gid}


def span_px(ax, first, last):
    """The display x-extent of the days ``first`` to ``last`` (day numbers, ``last`` included)."""
    (x0, _), (x1, _) = ax.transData.transform([(first, 0), (last + 1, 0)])
    return float(x0), float(x1)


def assert_names_in_place(ax, tenures, days):
    """Every name lies inside the plot, overlaps no other holder's bar, and is at its own bar.

    ``days`` gives each person's first and last day (by hand); each office's terms are
    consecutive, so its bars share one row. "At its own bar" means on it
    or within a mark's width (7 points) of it. A handover day, shared by two holders, belongs
    to both: a name may start on its holder's first day even though it is the other's last.
    """
    figure = drawn(ax)
    renderer = figure.canvas.get_renderer()
    plot = ax.get_window_extent(renderer)
    office = {t.person: t.office for t in tenures}
    names = bar_names(ax, tenures)
    assert names
    beside = 7 * figure.dpi / 72
    for person, text in names.items():
        box = text.get_window_extent(renderer)
        assert plot.x0 - 0.5 <= box.x0 < box.x1 <= plot.x1 + 0.5, person
        assert plot.y0 - 0.5 <= box.y0 < box.y1 <= plot.y1 + 0.5, person
        own = span_px(ax, *days[person])
        assert box.x0 - beside <= own[1], person
        assert own[0] <= box.x1 + beside, person
        mine = set(range(days[person][0], days[person][1] + 1))
        for other, (first, last) in days.items():
            theirs = [d for d in range(first, last + 1) if d not in mine]
            if other != person and office[other] == office[person] and theirs:
                x0, x1 = span_px(ax, theirs[0], theirs[-1])
                assert min(box.x1, x1) - max(box.x0, x0) <= 1.0, (person, other)
    return names


def holders():
    """One office, five holders: ten years, five days, two years, four years, a gap, a year."""
    return [
        tenure("Alice Long", "Office", "2000-01-01/2009-12-31"),
        tenure("Bo Tiny", "Office", "2010-01-01/2010-01-05"),
        tenure("Bartholomew Featherstonehaugh", "Office", "2010-01-06/2011-12-31"),
        tenure("Cy", "Office", "2012-01-01/2015-12-31"),
        tenure("Dee Last-Holder", "Office", "2018-01-01/2018-12-31"),
    ]


def test_one_row_per_office_names_stay_on_their_own_bars():
    """In one row of consecutive holders no name runs under or over another holder's bar.

    By hand, on a 10-inch figure (plot about 8.9 inches for some 20 years, some 30 points a
    year; a name at 7.5 points takes some 4 to 4.5 points a character):

    - Alice Long (ten years) and Cy (four) are named in full, on their bars;
    - Bo Tiny (five days, between two holders) has no room anywhere: left out, and counted in
      a note under the plot, "1 of 5 bars unnamed: no room for a name";
    - Bartholomew Featherstonehaugh (two years, some 60 points, between two holders; the name
      takes some 125) is shortened to a start of the name and an ellipsis;
    - Dee Last-Holder (one year, some 30 points; the name some 65) is named in full after her
      bar, in the room the chart keeps at its right for it.
    """
    tenures = holders()
    days = {
        "Alice Long": (day(2000), day(2009, 12, 31)),
        "Bo Tiny": (day(2010), day(2010, 1, 5)),
        "Bartholomew Featherstonehaugh": (day(2010, 1, 6), day(2011, 12, 31)),
        "Cy": (day(2012), day(2015, 12, 31)),
        "Dee Last-Holder": (day(2018), day(2018, 12, 31)),
    }
    ax = gantt(tenures)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Office"]
    names = assert_names_in_place(ax, tenures, days)
    shown = {person: text.get_text().strip() for person, text in names.items()}
    assert set(shown) == {"Alice Long", "Bartholomew Featherstonehaugh", "Cy", "Dee Last-Holder"}
    assert shown["Alice Long"] == "Alice Long"
    assert shown["Cy"] == "Cy"
    assert shown["Dee Last-Holder"] == "Dee Last-Holder"
    short = shown["Bartholomew Featherstonehaugh"]
    assert short.endswith("\u2026")
    assert len(short) >= 3
    assert "Bartholomew Featherstonehaugh".startswith(short[:-1])
    renderer = ax.get_figure(root=True).canvas.get_renderer()
    dee = names["Dee Last-Holder"].get_window_extent(renderer)
    assert dee.x0 >= span_px(ax, *days["Dee Last-Holder"])[1] - 0.5  # after her bar
    (note,) = [t for t in ax.texts if t.get_gid() == "unnamed"]
    assert note.get_text() == "1 of 5 bars unnamed: no room for a name"
    assert note.get_window_extent(renderer).y1 < ax.get_window_extent(renderer).y0  # below


def test_names_of_bars_that_start_before_since_stay_inside_the_plot(tmp_path):
    """With ``since``, a bar that began long before shows its name at the plot's left edge.

    Elizabeth II reigned from some day of 1952; shown from June 2022, her name goes at the
    left edge of the plot, on the visible part of her bar, not at 1952 far outside it (which
    once made ``save`` write a PNG 116,059 pixels wide). Charles III, six weeks to the as-of
    line, is named on his bar. The one row makes a figure of 10 by 2.5 inches (``figure_for``:
    at least 2.5), so the PNG at 100 dpi is 1,000 by 250 pixels.
    """
    tenures = [
        tenure("Elizabeth II", "Monarch", "1952/2022-09-08"),
        Tenure(
            "Charles III",
            "Monarch",
            Period(FuzzyDate.of("2022-09-08"), Ongoing(FuzzyDate.of("2022-10-20"))),
        ),
    ]
    days = {
        "Elizabeth II": (day(1952), day(2022, 9, 8)),
        "Charles III": (day(2022, 9, 8), day(2022, 10, 20)),
    }
    ax = gantt(tenures, since=FuzzyDate.from_edtf("2022-06"))
    names = assert_names_in_place(ax, tenures, days)
    assert names["Elizabeth II"].get_position()[0] == ax.get_xlim()[0]
    target = tmp_path / "monarch.png"
    save(ax.get_figure(root=True), str(target), dpi=100)
    assert png_size(target) == (1000, 250)


def test_a_term_over_before_since_is_left_out():
    """``since`` shows what may run on or after its day, and no more.

    A term that ended the day before is not drawn, named or listed; one that ends on the day is.
    """
    tenures = [
        tenure("Over", "Office", "1990-01-01/1999-12-31"),
        tenure("Next", "Office", "2000-01-01/2005-12-31"),
        tenure("Last day", "Other", "1995-01-01/2000-01-01"),
    ]
    ax = gantt(tenures, since=FuzzyDate.of("2000-01-01"))
    assert sorted(t.get_text().strip() for t in labels(ax)) == ["Last day", "Next"]
    assert len(rectangles(ax, "certain")) == 2
    assert [row["label"] for row in table(tenures, since=FuzzyDate.of("2000-01-01"))] == [
        "Next",
        "Last day",
    ]


def test_a_name_after_a_one_day_tenure_clears_its_arrow():
    """A one-day ongoing tenure's name starts after its arrowhead, not under it.

    Kato took office on 1 October 2024, the as-of day: his bar is one day, ending in an arrow
    at 2 October; his name must begin right of the arrow's right half (3.35 points).
    """
    tenures = [
        tenure("Shunichi Suzuki", "Finance Minister", "2021-10-04/2024-10-01"),
        Tenure(
            "Katsunobu Kato",
            "Finance Minister",
            Period(FuzzyDate.of("2024-10-01"), Ongoing(FuzzyDate.of("2024-10-01"))),
        ),
    ]
    days = {
        "Shunichi Suzuki": (day(2021, 10, 4), day(2024, 10, 1)),
        "Katsunobu Kato": (day(2024, 10, 1), day(2024, 10, 1)),
    }
    ax = gantt(tenures, since=FuzzyDate.from_edtf("2024-08"))
    names = assert_names_in_place(ax, tenures, days)
    figure = ax.get_figure(root=True)
    ((_, arrow_right),) = mark_extent(ax, "ongoing", figure)
    assert collection(ax, "ongoing").get_offsets().tolist() == [[day(2024, 10, 2), 0]]
    box = names["Katsunobu Kato"].get_window_extent(figure.canvas.get_renderer())
    assert box.x0 >= arrow_right - 0.5


def test_demo_names_stay_on_their_bars_with_or_without_since():
    """The demo's two envoys are named in full on or beside their own bars, inside the plot.

    From 2018-06 (the CLI's default) and from 2020-01 (which cuts Khalilzad's start off):
    Thomas West's four-day bar is named after its arrow, never under Khalilzad's bar.
    """
    resolved = demo()
    tenures = list(resolved.tenures())
    days = {
        "Zalmay Khalilzad": (day(2018, 9, 1), day(2021, 10, 24)),
        "Thomas West": (day(2021, 10, 18), day(2021, 12, 4)),
    }
    for since in ("2018-06", "2020-01"):
        ax = gantt(resolved, since=FuzzyDate.from_edtf(since))
        names = assert_names_in_place(ax, tenures, days)
        assert {p: t.get_text().strip() for p, t in names.items()} == {
            "Zalmay Khalilzad": "Zalmay Khalilzad",
            "Thomas West": "Thomas West",
        }


def test_names_are_placed_row_by_row_whatever_the_order_of_the_tenures():
    """The same tenures in another order get the same names in the same places."""
    tenures = holders()

    def placed(ax):
        drawn(ax)
        return sorted((t.get_text(), t.get_position()) for t in labels(ax))

    assert placed(gantt(tenures)) == placed(gantt(tenures[::-1]))


NAMES = ("Al", "Bea Small", "Christopher Columbus Langdell", "Di", "Esmeralda Featherstone", "Fu")


@st.composite
def terms(draw):
    """Consecutive terms of one or two offices, with gaps and handover days, maybe cut by since.

    Returns the tenures, each person's first and last day, and ``since`` (or None).
    """
    tenures, days = [], {}
    first_day = day(1990)
    for office in draw(st.sampled_from([("Office",), ("Office", "Bench")])):
        at = first_day + draw(st.integers(0, 400))
        for _ in range(draw(st.integers(1, 5))):
            person = f"{draw(st.sampled_from(NAMES))} {len(tenures)}"
            length = draw(st.sampled_from([1, 5, 60, 400, 1500, 4000]))
            start, end = date.fromordinal(at), date.fromordinal(at + length - 1)
            tenures.append(tenure(person, office, f"{start}/{end}"))
            days[person] = (at, at + length - 1)
            at += length - 1 + draw(st.sampled_from([0, 1, 200]))
    latest = max(last for _, last in days.values())
    cut = draw(st.none() | st.integers(first_day, latest))
    since = None if cut is None else FuzzyDate.of(date.fromordinal(cut).isoformat())
    return tenures, days, since


@settings(max_examples=25)
@given(terms())
def test_names_stay_in_place_whatever_the_terms(drawn_terms):
    """Whatever the terms and the window, names stay in their places.

    Every name is inside the plot, on or beside its own bar, over no other holder's bar, and
    no two names overlap; a shortened name is a start of the name and an ellipsis; the note
    counts exactly the bars in the window left unnamed.
    """
    tenures, days, since = drawn_terms
    ax = gantt(tenures, since=since)
    names = assert_names_in_place(ax, tenures, days)
    renderer = ax.get_figure(root=True).canvas.get_renderer()
    boxes = [(p, t.get_window_extent(renderer)) for p, t in names.items()]
    assert overlapping(boxes) == []
    for person, text in names.items():
        shown = text.get_text().strip()
        assert shown == person or (
            shown.endswith("\u2026") and person.startswith(shown[:-1].rstrip())
        )
    notes = [t.get_text() for t in ax.texts if t.get_gid() == "unnamed"]
    in_view = [p for p, (_, last) in days.items() if since is None or last >= since.earliest_day]
    unnamed = len(in_view) - len(names)
    assert notes == (
        [f"{unnamed} of {len(in_view)} bars unnamed: no room for a name"] if unnamed else []
    )


# The date axis ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lo", "hi", "expected"),
    [
        pytest.param(
            day(2021, 10, 15),
            day(2021, 10, 20),
            [f"{n} Oct 2021" for n in range(15, 21)],
            id="days",
        ),
        pytest.param(  # Mondays: 18 October 2021 was one
            day(2021, 10, 1),
            day(2021, 11, 15),
            [
                *("4 Oct 2021", "11 Oct 2021", "18 Oct 2021", "25 Oct 2021"),
                *("1 Nov 2021", "8 Nov 2021", "15 Nov 2021"),
            ],
            id="weeks",
        ),
        pytest.param(
            day(2021, 1, 1),
            day(2021, 12, 31),
            ["Jan 2021", "Mar 2021", "May 2021", "Jul 2021", "Sep 2021", "Nov 2021"],
            id="months",
        ),
        pytest.param(
            day(2020, 1, 1),
            day(2021, 12, 31),
            ["Jan 2020", "Jul 2020", "Jan 2021", "Jul 2021"],
            id="half-years",
        ),
        pytest.param(
            day(2015, 6, 1),
            day(2021, 6, 1),
            ["2016", "2017", "2018", "2019", "2020", "2021"],
            id="years",
        ),
        pytest.param(
            day(1950, 6, 1), day(2021, 6, 1), ["1960", "1980", "2000", "2020"], id="decades"
        ),
        pytest.param(
            day(1200, 6, 1), day(2021, 6, 1), ["1400", "1600", "1800", "2000"], id="centuries"
        ),
        pytest.param(  # round BC years; AD 1 takes the slot of the year 0 that never was
            day(-4000, 6, 1),
            day(2021, 6, 1),
            ["4000 BC", "3000 BC", "2000 BC", "1000 BC", "1", "1000", "2000"],
            id="millennia",
        ),
        pytest.param(day(bc(59)), day(bc(44), 3, 16), ["55 BC", "50 BC", "45 BC"], id="years BC"),
        pytest.param(
            day(bc(44), 3, 10),
            day(bc(44), 3, 16),
            [f"{n} Mar 44 BC" for n in range(10, 17)],
            id="days BC",
        ),
    ],
)
def test_axis_ticks_read_well_at_every_scale(lo, hi, expected):
    """The day-number axis puts ticks on calendar boundaries and labels them at their grain."""
    figure, ax = figure_for(1)
    ax.set_xlim(lo, hi)
    ax.xaxis.set_major_locator(DayLocator())
    ax.xaxis.set_major_formatter(DayFormatter())
    figure.canvas.draw()
    assert tick_labels(ax) == expected


def test_bce_chart_of_caesars_consulships():
    """Caesar's consulships, 59 to 44 BC: ticks on 1 January of 55, 50 and 45 BC, read as such.

    By hand: 55 BC is astronomical year -54; its first day is 1 January AD 346 less one
    400-year cycle. Each label is ``year_label`` of its tick's year (1 - year BC).
    """
    consul = "Consul"
    ax = gantt(
        [
            tenure("Julius Caesar", consul, "-0058-01-01/-0057-01-01"),
            tenure("Julius Caesar", consul, "-0047-01-01/-0046-01-01"),
            tenure("Julius Caesar", consul, "-0045-01-01/-0044-09"),
            tenure("Julius Caesar", consul, "-0043-01-01/-0043-03-15"),
        ]
    )
    drawn(ax)
    lo, hi = ax.get_xlim()
    assert lo < day(bc(59)) < day(bc(44), 3, 16) < hi
    ticks = [t for t in ax.get_xticklabels() if lo <= t.get_position()[0] <= hi]
    assert [t.get_text() for t in ticks] == ["55 BC", "50 BC", "45 BC"]
    assert [t.get_position()[0] for t in ticks] == [day(bc(55)), day(bc(50)), day(bc(45))]
    assert day(bc(55)) == date(346, 1, 1).toordinal() - CYCLE
    assert [year_label(bc(n)) for n in (55, 50, 45)] == ["55 BC", "50 BC", "45 BC"]
    assert format_day(day(bc(44), 3, 15)) == "15 Mar 44 BC"
    assert (year_label(0), year_label(1)) == ("1 BC", "1")
    # One lane: the terms do not overlap (1 January is a handover day).
    assert len(rectangles(ax, "certain")) == 4
    assert {round((b[2] + b[3]) / 2) for b in rectangles(ax, "certain")} == {0}


# Composition: no pyplot, rcParams left alone -----------------------------------------------


def rc_snapshot():
    """The stored rcParams (reading ``backend`` through the mapping could load pyplot)."""
    return dict(dict.items(mpl.rcParams))


def test_style_is_used_while_drawing_and_rcparams_are_restored(monkeypatch):
    """``style`` applies while the chart is drawn, and rcParams are restored afterwards.

    Afterwards rcParams are exactly as before, no pyplot figure exists, and ``pyplot.show`` was
    never called.
    """
    import matplotlib.pyplot as plt

    def no_show(*_args, **_kwargs):
        pytest.fail("gantt called pyplot.show")

    monkeypatch.setattr(plt, "show", no_show)
    before = rc_snapshot()
    figures = plt.get_fignums()
    ax = gantt(demo(), style={"axes.facecolor": "black", "font.size": 20, "lines.linewidth": 9})
    drawn(ax)
    assert rc_snapshot() == before
    assert plt.get_fignums() == figures
    assert ax.get_facecolor() == to_rgba("black")


def test_charts_never_load_pyplot():
    """Drawing and saving a chart in a fresh interpreter never imports ``matplotlib.pyplot``."""
    code = (
        "import sys, tempfile, pathlib\n"
        "from timeline import Timeline\n"
        "from timeline.charts import gantt, save\n"
        "from timeline.data.khalilzad import ENVOY, EVENTS\n"
        "ax = gantt(Timeline(EVENTS, offices={ENVOY: 1}).resolve())\n"
        "with tempfile.TemporaryDirectory() as folder:\n"
        "    save(ax.get_figure(root=True), str(pathlib.Path(folder) / 'c.png'))\n"
        "print('matplotlib.pyplot' in sys.modules)\n"
    )
    done = subprocess.run(  # noqa: S603 - this interpreter, running the code above
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "False"


def test_gantt_draws_on_the_axes_it_is_given():
    """Given an Axes, gantt draws there and returns it; figure_for sizes a figure to the rows."""
    figure, ax = figure_for(3)
    assert gantt([tenure("A", "O", "2001/2004")], ax=ax) is ax
    assert ax.get_figure(root=True) is figure
    assert isinstance(figure.canvas, FigureCanvasAgg)
    assert figure_for(40)[0].get_figheight() > figure_for(10)[0].get_figheight()


def png_size(path):
    """The width and height of a PNG, read from its header (bytes 16 to 24)."""
    header = Path(path).read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


def test_saved_png_is_the_size_of_the_figure(tmp_path):
    """``save`` writes the figure's own size: inches times dpi, neither cropped nor grown.

    A legend outside the plot and long row names stay inside the figure, whose margins
    ``figure_for`` sized for them.
    """
    tenures = [
        tenure("A", "An office with a long name, for the margin", "2001/2004", role="First"),
        tenure("B", "Judge", "2003/2009", role="A group with a long name"),
    ]
    ax = gantt(tenures, color_by="role")
    figure = ax.get_figure(root=True)
    width, height = figure.get_size_inches()
    assert (width, height) == (10.0, 2.5)  # figure_for: 10 inches; 1.5 + 0.32 * 2 < 2.5
    for dpi, expected in ((100, (1000, 250)), (150, (1500, 375))):
        target = tmp_path / f"chart-{dpi}.png"
        save(figure, str(target), dpi=dpi)
        assert png_size(target) == expected
    renderer = figure.canvas.get_renderer()
    legend = ax.get_legend().get_window_extent(renderer)
    assert legend.x1 <= figure.bbox.x1
    for tick in ax.get_yticklabels():
        assert tick.get_window_extent(renderer).x0 >= 0


def test_demo_command_writes_a_png_the_size_of_its_figure(tmp_path):
    """``timeline demo --since 2020-01`` writes a PNG of its figure's size at 150 dpi.

    That is the README's first command, cut by a date: 10 inches wide, so 1,500 pixels, and as
    high as the figure.
    """
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "demo", "--since", "2020-01", "-o", "d.png"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert "wrote d.png" in done.stdout
    figure = gantt(demo(), since=FuzzyDate.from_edtf("2020-01")).get_figure(root=True)
    width, height = figure.get_size_inches()
    assert png_size(tmp_path / "d.png") == (1500, round(height * 150))
    assert width == 10.0


# Eras, colours, lanes --------------------------------------------------------------------


def test_eras_are_bands_behind_the_bars():
    """Eras are named bands behind the bars; one outside the chart's range is not drawn."""
    eras = [
        Era("First term", Period.from_edtf("2001-01-20/2005-01-19"), color="#cccccc"),
        Era("Second term", Period.from_edtf("2005-01-20/2009-01-19")),
        Era("Long before", Period.from_edtf("1901/1910")),
    ]
    ax = gantt([tenure("A", "O", "2001-03-01/2008-06-30")], eras=eras)
    bands = {p.get_gid(): p for p in ax.patches if str(p.get_gid()).startswith("era ")}
    assert set(bands) == {"era First term", "era Second term"}
    first = bands["era First term"]
    assert first.get_x() == day(2001, 1, 20)
    assert first.get_x() + first.get_width() == day(2005, 1, 20)
    assert first.get_zorder() < collection(ax, "certain").get_zorder()
    assert {t.get_text().strip() for t in ax.texts} >= {"First term", "Second term"}


def test_color_by_gives_colours_and_a_legend():
    """``color_by`` (a field or a function) colours the bars by group, with a legend.

    The legend lists the groups in order of first appearance, in the colours of their bars.
    """
    tenures = [
        tenure("A", "President", "2001-01-20/2009-01-20", role="Republican"),
        tenure("B", "President", "2009-01-20/2017-01-20", role="Democratic"),
        tenure("C", "President", "2017-01-20/2021-01-20", role="Republican"),
    ]
    for color_by in ("role", lambda t: t.role):
        ax = gantt(tenures, color_by=color_by)
        legend = ax.get_legend()
        names = [t.get_text() for t in legend.get_texts()]
        assert names == ["Republican", "Democratic"]
        swatch = {
            name: tuple(h.get_facecolor())
            for name, h in zip(names, legend.legend_handles, strict=True)
        }
        colours = collection(ax, "certain").get_facecolors()
        assert [tuple(c) for c in colours] == [
            swatch["Republican"],
            swatch["Democratic"],
            swatch["Republican"],
        ]
        assert swatch["Republican"] != swatch["Democratic"]
    assert gantt(tenures).get_legend() is None


def row_centres(ax):
    """The row each solid bar is centred on."""
    return sorted(round((b[2] + b[3]) / 2) for b in rectangles(ax, "certain"))


def test_non_overlapping_terms_of_one_office_share_a_lane():
    """Consecutive terms of one office, even sharing a handover day, take one row."""
    tenures = [
        tenure("A", "President", "1789-04-30/1793-03-04"),
        tenure("A", "President", "1793-03-04/1797-03-04"),
        tenure("B", "President", "1797-03-04/1801-03-04"),
    ]
    ax = gantt(tenures)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["President"]
    assert row_centres(ax) == [0, 0, 0]


def test_overlapping_terms_get_a_second_lane():
    """A term that overlaps another of its office goes to a second lane of that office.

    With ``lanes=False`` every term has its own row.
    """
    tenures = [
        tenure("Minister", "Mission", "1941-05-19/1942-07-25"),
        tenure("Chargé", "Mission", "1942-06-06/1942-07-02"),
        tenure("Next", "Mission", "1942-07-26/1945-08-17"),
    ]
    ax = gantt(tenures)
    # Two lanes, one name: the second lane carries no label of its own.
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Mission"]
    assert row_centres(ax) == [0, 0, 1]
    apart = gantt(tenures, lanes=False)
    assert row_centres(apart) == [0, 1, 2]


def test_two_consuls_of_one_year_get_two_lanes():
    """Two consulships known only as "55 BC" may both cover the whole year: they do not share."""
    ax = gantt(
        [tenure("Pompey", "Consul", "-0054/-0054"), tenure("Crassus", "Consul", "-0054/-0054")]
    )
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Consul"]  # named once
    centres = {round((b[2] + b[3]) / 2) for b in rectangles(ax, "uncertain")}
    assert centres == {0, 1}


# Text alternatives: describe, table, SVG titles -------------------------------------------


def test_describe_mentions_each_tenure_and_event():
    """The text alternative has a line for every tenure and every point event of the demo."""
    text = describe(demo())
    assert text.splitlines()[0] == "Chart of 2 tenures in 10 rows, Sep 2001 to Dec 2021."
    for event in EVENTS:
        if event.opens_tenure:
            assert f": {event.person} from " in text, event.id
        else:
            assert f"Event: {event.id}: {event.summary}" in text, event.id
    assert (
        f"{ENVOY}: Zalmay Khalilzad from 2018-09 (some day of it) to 2021-W42 (some day of it)."
        in text
    )
    west = "Thomas West from 2021-W42 (some day of it) to still running as of 2021-12-04."
    assert f"{ENVOY}: {west}" in text


def test_describe_says_how_each_end_is_known():
    """Known, open and unknown ends read differently in the text alternative."""
    start = FuzzyDate.from_edtf("2002-05-01")
    text = describe(
        [
            tenure("Known", "A", "2001-01-01/2005-06"),
            Tenure(person="Open", office="B", period=Period(start, OPEN)),
            Tenure(person="Unknown", office="C", period=Period(start, UNKNOWN)),
        ]
    )
    assert text.splitlines() == [
        "Chart of 3 tenures in 3 rows, Jan 2001 to Jun 2005.",
        "A: Known from 2001-01-01 to 2005-06 (some day of it).",
        "B: Open from 2002-05-01 to no end.",
        "C: Unknown from 2002-05-01 to an unknown day.",
    ]


def test_table_rows_and_their_csv():
    """``table`` has a row per bar; ``write_table`` writes CSV that reads back the same."""
    tenures = [
        tenure("A", "Envoy", "2001-01-01/2004-12-31"),
        tenure("B", "Envoy", "2005-03/2008"),
    ]
    rows = table(tenures)
    assert rows == [
        {
            "row": "Envoy",
            "kind": "tenure",
            "label": "A",
            "start": "2001-01-01",
            "end": "2004-12-31",
            "end_state": "known",
            "group": "",
        },
        {
            "row": "Envoy",
            "kind": "tenure",
            "label": "B",
            "start": "2005-03",
            "end": "2008",
            "end_state": "known",
            "group": "",
        },
    ]
    text = write_table(rows)
    assert text.splitlines()[0] == "row,kind,label,start,end,end_state,group"
    assert list(csv.DictReader(io.StringIO(text))) == rows


def test_demo_table_has_the_events():
    """The demo's table lists both tenures and each marker with its kind and its days."""
    rows = table(demo())
    assert [r["label"] for r in rows if r["kind"] == "tenure"] == [
        "Zalmay Khalilzad",
        "Thomas West",
    ]
    assert [r["end_state"] for r in rows if r["kind"] == "tenure"] == ["known", "ongoing"]
    agreement = next(r for r in rows if r["kind"] == "agreement")
    assert (agreement["start"], agreement["end"]) == ("1 Feb 2020", "29 Feb 2020")
    assert len([r for r in rows if r["kind"] != "tenure"]) == 9
    assert list(csv.DictReader(io.StringIO(write_table(rows)))) == rows


def test_svg_titles_carry_full_label_text(tmp_path):
    """Saved as SVG, every label's group gets a ``<title>`` with its full text, escaped."""
    long_name = "Special Representative for Afghanistan Reconciliation & <Peace>"
    ax = gantt([tenure("Smith & Sons", long_name, "2001/2004")])
    target = tmp_path / "chart.svg"
    save(ax.get_figure(root=True), str(target))
    root = ElementTree.parse(target).getroot()  # noqa: S314 - a file this test just wrote
    titles = {e.text for e in root.iter("{http://www.w3.org/2000/svg}title")}
    assert long_name in titles
    assert f"Smith & Sons, {long_name}: 2001/2004" in titles


# Reference images ------------------------------------------------------------------------


def reference_figure(size):
    """A figure of this size (in inches) with an Agg canvas, and its Axes."""
    figure = Figure(figsize=size, layout="constrained")
    FigureCanvasAgg(figure)
    return figure, figure.add_subplot()


def demo_chart():
    """The demo as ``timeline demo`` draws it (from June 2018), at its default width."""
    figure, ax = reference_figure((10, 4))
    gantt(demo(), ax=ax, since=FuzzyDate.from_edtf("2018-06"))
    return figure


def bce_chart():
    """Caesar's offices and the Second Triumvirate: year-only and fuzzy ends, BC ticks."""
    tenures, problems = tenures_from_records(
        [
            {"person": "Caesar", "office": "Consul", "start": "-0058-01-01", "end": "-0057-01-01"},
            {"person": "Caesar", "office": "Dictator", "start": "-0048-10", "end": "-0043-03-15"},
            {"person": "Pompey", "office": "Consul", "start": "-0054", "end": "-0054"},
            {"person": "Crassus", "office": "Consul", "start": "-0054", "end": "-0054"},
            {"person": "Octavian", "office": "Triumvir", "start": "-0042-11-27", "end": "-0032"},
        ]
    )
    assert not problems
    figure, ax = reference_figure((6, 2.5))
    gantt(tenures, by="person", ax=ax, color_by="office", labels=False)
    return figure


def hatched_chart():
    """Hatched uncertain ends, an ongoing end, an open end and an unknown end."""
    tenures = [
        tenure("Known", "A", "2001-03/2004"),
        Tenure(
            person="Ongoing",
            office="B",
            period=Period(FuzzyDate.from_edtf("2002"), Ongoing(FuzzyDate.of("2005-06-01"))),
        ),
        Tenure(person="Open", office="C", period=Period(FuzzyDate.from_edtf("2002-05"), OPEN)),
        Tenure(
            person="Unknown", office="D", period=Period(FuzzyDate.from_edtf("2003-01"), UNKNOWN)
        ),
    ]
    figure, ax = reference_figure((6, 2.5))
    gantt(tenures, ax=ax, hatch=True, labels=False)
    return figure


@pytest.mark.parametrize(
    ("name", "make"),
    [("demo", demo_chart), ("bce", bce_chart), ("hatched", hatched_chart)],
)
def test_chart_matches_reference_image(name, make, tmp_path):
    """The chart looks as its reference image in tests/reference/ (RMS difference <= 5).

    What was checked by eye in each reference when it was made:

    - demo.png: the envoy's row with Khalilzad's bar fading in over September 2018, named on
      it, and West's short bar after the week of 18 October 2021 ending in an arrow at the
      dashed as-of line (4 December 2021), named "Thomas West" after the arrow in the room kept
      for it (the axis runs on to mid-2022); the events row with the square (agreement,
      February 2020), the diamond and triangle of May 2021, the downward triangle (withdrawal)
      with a dotted whisker running off to the left, and the cluster of October 2021; eight
      labels in a staircase down to the right, the agreement's at the top, no label
      overlapping another and no leader through a label; ticks 2019, 2020, 2021, 2022.
    - bce.png: rows Caesar (consul 59 BC in blue, then dictator from 49 BC to 44 BC in
      orange, on one row), Pompey and Crassus (consul 55 BC: a bar with no solid part, most
      opaque mid-year), Octavian (triumvir, solid from late 43 BC, fading out over 33 BC,
      green); ticks 55 BC, 50 BC, 45 BC, 40 BC, 35 BC; legend Consul / Dictator / Triumvir in
      the free top-right corner.
    - hatched.png: row A hatched over March 2001, solid to the start of 2004, hatched over
      2004; B hatched over 2002, solid to the dashed as-of line (1 June 2005) with a filled
      arrow; C hatched over May 2002, solid to the right edge with a hollow arrow wholly
      inside the edge; D hatched from January 2003 to a question mark (the unknown end).

    Set TIMELINE_UPDATE_REFERENCES=1 to write the references afresh, then look at each one.
    """
    expected = REFERENCE / f"{name}.png"
    actual = tmp_path / f"{name}.png"
    # The default style with the bundled DejaVu font, whatever the machine's matplotlibrc says.
    with mpl.style.context("default"), mpl.rc_context({"font.family": "DejaVu Sans"}):
        make().savefig(actual if not UPDATE_REFERENCES else expected, dpi=80)
    if UPDATE_REFERENCES:
        pytest.skip(f"wrote {expected.relative_to(ROOT)}: look at it before committing it")
    assert compare_images(str(expected), str(actual), tol=TOLERANCE) is None


# The gallery -----------------------------------------------------------------------------


def gallery():
    """docs/gallery.py, imported under a name of its own."""
    spec = importlib.util.spec_from_file_location("_timeline_gallery", ROOT / "docs" / "gallery.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_gallery_page_shows_the_code_that_draws_it():
    """Every Python block in docs/gallery.md is, word for word, in docs/gallery.py.

    And every chart of the script has its image on the page, committed and under 150 KB.
    """
    page = (ROOT / "docs" / "gallery.md").read_text(encoding="utf-8")
    script = (ROOT / "docs" / "gallery.py").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", page, flags=re.DOTALL)
    assert len(blocks) >= 5
    for block in blocks:
        assert block.strip() in script, block[:60]
    for name in gallery().CHARTS:
        assert f"](images/{name}.png)" in page, name
        image = ROOT / "docs" / "images" / f"{name}.png"
        assert image.stat().st_size < 150_000, name


def test_gallery_charts_render(tmp_path):
    """Each gallery chart still renders (those from the shared records when they are there)."""
    module = gallery()
    records = {
        "secretaries-of-state": "us_state_dept_tenures.csv",
        "afghanistan": "us_state_dept_tenures.csv",
        "presidents": "us_executive_terms.csv",
    }
    for name, make in module.CHARTS.items():
        if name in records and not (module.DATA / records[name]).exists():
            continue  # the shared records are not beside this checkout
        target = tmp_path / f"{name}.png"
        module.write(make(), target)
        assert target.stat().st_size > 1000, name


@pytest.mark.parametrize("dpi", [72, 100, 150])
@pytest.mark.parametrize(
    "text", ["Zalmay Khalilzad", "WWWWWWWW", "iiiiiiii", "Chargé d'affaires ad interim"]
)
def test_label_widths_are_measured_in_the_font_they_are_drawn_in(text, dpi):
    """The layout's width of a label covers what Agg draws, with little to spare.

    The independent measure is the rendered extent of a matplotlib Text, in points; hinting
    makes it vary with the resolution, and the estimate must cover it at each.
    """
    from timeline.charts._metrics import text_points

    figure = Figure(figsize=(4, 1), dpi=dpi)
    FigureCanvasAgg(figure)
    drawn_text = figure.text(0.0, 0.5, text, fontsize=7.5)
    rendered = drawn_text.get_window_extent(figure.canvas.get_renderer()).width * 72 / dpi
    estimate = text_points(text, 7.5)
    assert rendered <= estimate <= rendered * 1.2


def test_row_names_are_shortened_to_stay_inside_the_figure():
    """A name wider than the left margin ends in an ellipsis rather than run off the figure.

    'Frederick Theodore Frelinghuysen' (32 characters) does not fit a 2.2-inch figure's
    margin; every name's drawn extent starts at or right of the figure's left edge.
    """
    tenures = [
        Tenure(
            person="Frederick Theodore Frelinghuysen",
            office="Secretary of State",
            period=Period.from_edtf("1881-12-19/1885-03-06"),
        ),
        Tenure(person="Ann", office="Secretary of State", period=Period.from_edtf("1885/1889")),
    ]
    figure, ax = figure_for(2, width=2.2)
    gantt(tenures, by="person", ax=ax, labels=False)
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    names = {tick.get_text(): tick for tick in ax.get_yticklabels()}
    assert "Ann" in names
    long_name = next(name for name in names if name != "Ann")
    assert long_name.endswith("\u2026")
    assert "Frederick Theodore Frelinghuysen".startswith(long_name[:-1])
    assert all(tick.get_window_extent(renderer).x0 >= 0 for tick in names.values())


# --- options checked (probe 16) ------------------------------------------------------------------


def test_dates_may_be_given_as_text_and_since_after_until_is_refused():
    """since, until and as_of take EDTF text, as the rest of the library does.

    Since after until would show nothing, as the command line already says.
    """
    made = [tenure("A", "O", "2001/2004")]
    ax = gantt(made, since="2002", until="2003", as_of="2003-06")
    lo, hi = ax.get_xlim()
    assert lo <= FuzzyDate.year(2002).earliest_day <= FuzzyDate.year(2003).latest_day <= hi
    with pytest.raises(ValueError, match="since 2023 is after until 2021"):
        gantt(made, since="2023", until="2021")
    with pytest.raises(ValueError, match="since must be a date"):
        gantt(made, since="someday")


def test_a_window_that_only_fuzzy_dates_reach_shows_the_window():
    """'Before 2022-03-12' reaches back to 1800: charted from 1800 to 1801, the axis spans them.

    It was one day in 2022, and saving the chart overflowed the glyph raster.
    """
    line = Timeline([Event(id="pullout", when="before 2022-03-12")]).resolve()
    ax = gantt(line, since="1800", until="1801")
    lo, hi = ax.get_xlim()
    assert lo <= FuzzyDate.year(1800).earliest_day
    assert hi >= FuzzyDate.year(1801).latest_day
    assert hi - lo < 3 * 366
    ax.figure.savefig(io.BytesIO(), format="png")


def test_bad_sources_and_options_are_clear_errors():
    """Bad sources and options are errors that say what to pass.

    An unresolved Timeline, a misspelt color_by and an as_of before an ongoing tenure began
    were an AttributeError, silently nothing, and an arrow drawn backwards.
    """
    line = Timeline([Event(id="a", when="2001")])
    with pytest.raises(TypeError, match=r"gantt\(timeline.resolve\(\)\)"):
        gantt(line)
    made = [tenure("A", "O", "2001/2004", role="chair")]
    with pytest.raises(ValueError, match="did you mean 'role'"):
        gantt(made, color_by="rol")
    ongoing = [
        Tenure("B", "Board", Period(FuzzyDate.month(2021, 6), Ongoing(FuzzyDate.year(2023))))
    ]
    with pytest.raises(ValueError, match="as_of 1900 is before B's ongoing tenure"):
        gantt(ongoing, as_of="1900")
    with pytest.raises(TypeError, match="expected tenures, got a str"):
        gantt(["not a tenure"])
