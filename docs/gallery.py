"""The charts of ``docs/gallery.md``; run it to write them to ``docs/images/``.

    .venv/bin/python docs/gallery.py

Each ``*_chart`` function returns the Figure of one chart; ``gallery.md`` shows their code, and
``tests/test_charts.py`` checks that it shows this very code and that each chart still renders.
The real records are read from ``../shared/data/`` beside the repository (set
``TIMELINE_DATA`` to read them from elsewhere).
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from timeline import (
    EndState,
    FuzzyDate,
    Ongoing,
    Period,
    Tenure,
    Timeline,
    tenures_from_records,
)
from timeline.charts import figure_for, gantt, save
from timeline.events import Era

if TYPE_CHECKING:
    from matplotlib.figure import Figure

DOCS = Path(__file__).resolve().parent
IMAGES = DOCS / "images"
DATA = Path(os.environ.get("TIMELINE_DATA", DOCS.parent.parent / "shared" / "data"))
DPI = 100


def seed_article_chart() -> Figure:
    from timeline.data.khalilzad import ENVOY, EVENTS

    resolved = Timeline(EVENTS, offices={ENVOY: 1}).resolve()
    ax = gantt(
        resolved,
        since=FuzzyDate.from_edtf("2018-06"),  # leave out the 2001 attacks the story recalls
        title="The US envoy for Afghanistan resigns (AP, October 2021)",
    )
    return ax.get_figure(root=True)


def state_department(office: str) -> list[dict[str, str]]:
    """The rows of one office in the Office of the Historian's records, as tenure records."""
    with (DATA / "us_state_dept_tenures.csv").open(encoding="utf-8", newline="") as file:
        return [
            {
                "id": row["tenure_id"],
                "person": row["name"],
                "office": row["office"],
                "start": row["start"],
                "end": row["end"],
                "end_note": row["end_note"],
                "role": row["role"],
            }
            for row in csv.DictReader(file)
            if row["office"] == office
        ]


def still_running(tenure: Tenure, as_of: str) -> Tenure:
    """A tenure whose record has no end, shown as running on the day the records were taken."""
    if tenure.period.end_state is not EndState.UNKNOWN:
        return tenure
    period = Period(tenure.period.start, Ongoing(FuzzyDate.from_edtf(as_of)))
    return attrs.evolve(tenure, period=period)


def secretaries_of_state_chart() -> Figure:
    tenures, problems = tenures_from_records(state_department("Secretary of State"), strict=False)
    assert not problems, problems
    # The records were taken on 20 June 2026; the last row, with no end, is still in office.
    tenures = [still_running(t, "2026-06-20") for t in tenures]
    people = {t.person for t in tenures}
    _, ax = figure_for(len(people), width=8, row_height=0.14)
    gantt(
        tenures,
        by="person",
        ax=ax,
        labels=False,
        title="US Secretaries of State since 1789",
        style={"ytick.labelsize": 7.5},  # seventy names in a row each
    )
    return ax.get_figure(root=True)


def rank(tenure: Tenure) -> str:
    """A chief of mission's rank, in short: Ambassador, Minister or Chargé d'affaires."""
    if tenure.role.startswith("Chargé"):
        return "Chargé d'affaires"  # with or without "ad interim"
    return "Ambassador" if tenure.role.startswith("Ambassador") else "Minister"


def chiefs_of_mission_to_afghanistan_chart() -> Figure:
    tenures, problems = tenures_from_records(
        state_department("US Chief of Mission to Afghanistan"), strict=False
    )
    assert not problems, problems
    # The embassy in Kabul was closed from January 1989 to December 2001.
    closed = Era("Embassy closed", Period.from_edtf("1989-01/2001-12"))
    people = {t.person for t in tenures}
    _, ax = figure_for(len(people), width=8, row_height=0.22, legend=True)
    gantt(tenures, by="person", ax=ax, labels=False, color_by=rank, eras=[closed])
    ax.set_title("US chiefs of mission to Afghanistan")
    return ax.get_figure(root=True)


def executive_terms() -> list[dict[str, str]]:
    """Presidential and vice-presidential terms, with the party in the ``role`` field."""
    with (DATA / "us_executive_terms.csv").open(encoding="utf-8", newline="") as file:
        return [
            {
                "id": f"{row['office']} {row['start']}",
                "person": row["name"],
                "office": row["office"],
                "start": row["start"],
                # A term still running when the records were taken has only a scheduled end.
                "end": "" if "scheduled-end" in row["notes"] else row["end"],
                "role": row["party"],
            }
            for row in csv.DictReader(file)
        ]


def presidents_chart() -> Figure:
    tenures, problems = tenures_from_records(executive_terms(), strict=False)
    assert not problems, problems
    tenures = [still_running(t, "2026-06-15") for t in tenures]
    centuries = [
        Era("19th century", Period.from_edtf("1801-01-01/1900-12-31"), color="#cccccc"),
        Era("20th century", Period.from_edtf("1901-01-01/2000-12-31"), color="#9ecae1"),
        Era("21st century", Period.from_edtf("2001-01-01/2100-12-31"), color="#cccccc"),
    ]
    _, ax = figure_for(2, width=9, legend=True)
    gantt(tenures, ax=ax, color_by="role", eras=centuries)
    ax.set_title("US presidents and vice presidents, by party")
    return ax.get_figure(root=True)


def bc(year: int, month: int | None = None, day: int | None = None) -> FuzzyDate:
    """A date in a year BC: ``bc(44, 3, 15)`` is 15 March 44 BC (astronomical year -43)."""
    if month is None:
        return FuzzyDate.year(1 - year)
    if day is None:
        return FuzzyDate.month(1 - year, month)
    return FuzzyDate.day(1 - year, month, day)


def roman_chart() -> Figure:
    def held(person: str, office: str, start: FuzzyDate, end: FuzzyDate) -> Tenure:
        return Tenure(person=person, office=office, period=Period(start, end))

    ides = bc(44, 3, 15)
    lex_titia = bc(43, 11, 27)
    expired = bc(33).hull(bc(32))  # the sources differ: at the end of 33 BC, or in 32 BC
    tenures = [
        held("Julius Caesar", "Consul", bc(59, 1, 1), bc(58, 1, 1)),
        held("Julius Caesar", "Dictator", bc(49, 10), ides),
        held("Julius Caesar", "Consul", bc(48, 1, 1), bc(47, 1, 1)),
        held("Julius Caesar", "Consul", bc(46, 1, 1), bc(45, 9)),
        held("Julius Caesar", "Consul", bc(44, 1, 1), ides),
        held("Pompey", "Consul", bc(55), bc(55)),
        held("Pompey", "Consul", bc(52), bc(52)),
        held("Crassus", "Consul", bc(55), bc(55)),
        held("Mark Antony", "Consul", bc(44, 1, 1), bc(43, 1, 1)),
        held("Mark Antony", "Triumvir", lex_titia, expired),
        held("Octavian", "Triumvir", lex_titia, expired),
        held("Lepidus", "Triumvir", lex_titia, bc(36)),
    ]
    triumvirates = [
        Era("First Triumvirate", Period(bc(60), bc(53)), color="#f6e8c3"),
        Era("Second Triumvirate", Period(lex_titia, expired), color="#f6e8c3"),
    ]
    _, ax = figure_for(6, width=9, legend=True)
    gantt(tenures, by="person", ax=ax, color_by="office", eras=triumvirates, labels=False)
    ax.set_title("The end of the Roman Republic")
    return ax.get_figure(root=True)


CHARTS = {
    "seed-article": seed_article_chart,
    "secretaries-of-state": secretaries_of_state_chart,
    "afghanistan": chiefs_of_mission_to_afghanistan_chart,
    "presidents": presidents_chart,
    "rome": roman_chart,
}


def write(figure: Figure, target: Path) -> None:
    """Save a chart as a PNG of at most 256 colours (a chart has few), to keep the repo small."""
    from PIL import Image

    save(figure, str(target), dpi=DPI)
    with Image.open(target) as image:
        small = image.convert("RGB").quantize(256, dither=Image.Dither.NONE)
    small.save(target, optimize=True)


def main(names: list[str]) -> None:
    IMAGES.mkdir(exist_ok=True)
    for name in names or CHARTS:
        target = IMAGES / f"{name}.png"
        write(CHARTS[name](), target)
        print(f"wrote {target.relative_to(DOCS.parent)} ({target.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main(sys.argv[1:])
