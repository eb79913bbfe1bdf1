"""Tenures: derivation from events and records, lengths, and queries (``timeline.engine``).

Expected values are worked out by hand in the docstrings, or found by brute force: a scan of
every tenure for ``holders``, every pair of possible days for vacancies and overlaps.
"""

import csv
import functools
import pickle
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from timeline import (
    UNKNOWN,
    Appointment,
    Dismissal,
    Duration,
    Event,
    FuzzyDate,
    Ongoing,
    Period,
    Precision,
    Resignation,
    Source,
)
from timeline import _calendar as cal
from timeline.engine import Holders, Tenure, Tenures, Timeline, derive_tenures, tenures_from_records
from timeline.errors import FileFormatError
from timeline.strategies import days, fuzzy_dates

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
STATE_DEPT = DATA / "us_state_dept_tenures.csv"
EXECUTIVE = DATA / "us_executive_terms.csv"
needs_data = pytest.mark.skipif(
    not STATE_DEPT.exists() or not EXECUTIVE.exists(), reason="shared/data is beside the checkout"
)


def day(text):
    """The day number of an ISO date."""
    return cal.day_of(text)


def tenure(person, edtf, office="O"):
    """A tenure of ``person`` in ``office`` over an EDTF interval."""
    return Tenure(person=person, office=office, period=Period.from_edtf(edtf))


def names(found):
    """The people of some tenures, in order."""
    return [t.person for t in found]


def days_of(period):
    """The first and last days a period's start and end allow, as two (lo, hi) pairs."""
    return (
        (period.start.earliest_day, period.start.latest_day),
        (period.end.earliest_day, period.end.latest_day),
    )


# --- Tenure and its length ----------------------------------------------------------------------


def test_tenure_needs_only_person_office_and_period():
    """A Tenure is made from person, office and period; the rest has plain defaults."""
    made = Tenure(person="A", office="O", period=Period.from_edtf("2001/2004"))
    assert (made.began, made.ended, made.how_ended, made.acting, made.role) == (
        None,
        None,
        "",
        False,
        "",
    )
    assert made.evidence == ()
    with pytest.raises(TypeError):
        Tenure(person="A", office="O", period="2001/2004")


@pytest.mark.parametrize(
    ("edtf", "shortest", "longest"),
    [
        # 20 Jan 2001 to the day after 20 Jan 2009 (21 Jan): 8 years, then 1 day.
        ("2001-01-20/2009-01-20", Duration(years=8, days=1), Duration(years=8, days=1)),
        # 29 Feb 2020 plus 12 months is 28 Feb 2021 (clamped); the day after the last day is
        # 1 March 2021: 1 year and 1 day.
        ("2020-02-29/2021-02-28", Duration(years=1, days=1), Duration(years=1, days=1)),
        # 31 Jan plus a month is 28 Feb 2021, the day after 27 Feb: exactly one month.
        ("2021-01-31/2021-02-27", Duration(months=1), Duration(months=1)),
        # A single day lasts a day.
        ("2021-03-05/2021-03-05", Duration(days=1), Duration(days=1)),
        # Shortest from 31 Dec 2001 to 1 July 2002: 6 months (30 June, clamped) and 1 day;
        # longest from 1 Jan 2001 to 1 July 2002: 1 year and 6 months.
        ("2001/2002-06-30", Duration(months=6, days=1), Duration(years=1, months=6)),
        # Both ends in January 2020: perhaps a single day, at most all 31 days (one month).
        ("2020-01/2020-01", Duration(days=1), Duration(months=1)),
        # The envoy: 30 Sep 2018 to 19 Oct 2021 is 3 years 19 days; 1 Sep 2018 to 25 Oct 2021
        # is 3 years, 1 month and 24 days.
        (
            "2018-09/2021-W42",
            Duration(years=3, days=19),
            Duration(years=3, months=1, days=24),
        ),
    ],
)
def test_length_by_hand(edtf, shortest, longest):
    """Tenure lengths in calendar years, months and days, from the first day to the day after."""
    assert tenure("A", edtf).length() == (shortest, longest)


def test_length_without_an_upper_limit():
    """An ongoing or unknown end gives no longest length; the shortest still counts.

    Ongoing as of 1 January 2021 from 1 January 2020: at least to 2 January 2021, 1 year and
    1 day.
    """
    ongoing = Tenure(
        person="A",
        office="O",
        period=Period(FuzzyDate.day(2020, 1, 1), Ongoing(FuzzyDate.day(2021, 1, 1))),
    )
    assert ongoing.length() == (Duration(years=1, days=1), None)
    unknown = Tenure(person="A", office="O", period=Period(FuzzyDate.day(2020, 1, 1), UNKNOWN))
    assert unknown.length() == (Duration(days=1), None)


def test_length_with_an_unknown_start():
    """An unknown start (984 rows of the State Department data) may be the last day itself.

    This used to raise OutOfRangeError: the latest start was taken as the last supported day.
    """
    known_end = Tenure(person="A", office="O", period=Period(UNKNOWN, FuzzyDate.day(2020, 1, 1)))
    assert known_end.length() == (Duration(days=1), None)
    nothing = Tenure(person="A", office="O", period=Period(UNKNOWN, UNKNOWN))
    assert nothing.length() == (Duration(days=1), None)


@given(
    fuzzy_dates(min_value="1990-01-01", max_value="2030-12-31", precisions=[Precision.DAY]),
    st.integers(0, 3000),
)
def test_length_of_exact_dates_matches_add_months(start, extra):
    """For exact days the length is the most whole months that fit, then the remaining days.

    The brute force counts months up from the first day with add_months until the next one
    would pass the day after the last.
    """
    first = start.earliest_day
    after = first + extra + 1
    months = 0
    while cal.add_months(first, months + 1) <= after:
        months += 1
    expected = Duration(
        years=months // 12, months=months % 12, days=after - cal.add_months(first, months)
    )
    made = Tenure(person="A", office="O", period=Period(start, FuzzyDate(after - 1, after - 1)))
    assert made.length() == (expected, expected)


# --- deriving tenures from events ---------------------------------------------------------------


def test_derive_closing_event_ends_the_tenure():
    """An appointment and a resignation of the same person and office make one tenure."""
    resolved = Timeline(
        [
            Appointment(id="in", when="2001-01-20", person="A", office="O"),
            Resignation(id="out", when="2005-06-30", person="A", office="O"),
        ]
    ).resolve()
    (made,) = resolved.tenures()
    assert made.period == Period(FuzzyDate.day(2001, 1, 20), FuzzyDate.day(2005, 6, 30))
    assert (made.began, made.ended, made.how_ended) == ("in", "out", "resignation")
    assert made.evidence == ("in", "out")


def test_derive_dismissal_and_relative_dates():
    """A dismissal '3 years after' the appointment ends it, on the day the phrase gives."""
    resolved = Timeline(
        [
            Appointment(id="in", when="2017-02-01", person="R", office="Secretary"),
            Dismissal(id="fired", when="3 years after {in}", person="R", office="Secretary"),
        ]
    ).resolve()
    (made,) = resolved.tenures()
    assert made.period.end == FuzzyDate.day(2020, 2, 1)
    assert made.how_ended == "dismissal"


def test_derive_successor_ends_a_single_holder_tenure():
    """With no closing event, the next holder's start ends the tenure in a one-holder office."""
    resolved = Timeline(
        [
            Appointment(id="a", when="2001-01-20", person="A", office="O"),
            Appointment(id="b", when="2005-03", person="B", office="O"),
        ]
    ).resolve()
    first, second = sorted(resolved.tenures(), key=lambda t: t.person)
    assert first.period.end == FuzzyDate.month(2005, 3)
    assert first.ended == "b"
    assert first.how_ended == "succeeded by B"
    assert second.period.end == UNKNOWN  # no source, so no document date to be ongoing as of


def test_derive_holders_per_office_is_configurable():
    """In an office with several holders at a time the next start ends nothing."""
    events = [
        Appointment(id="a", when="2001-01-20", person="A", office="Senate"),
        Appointment(id="b", when="2005-03", person="B", office="Senate"),
    ]
    resolved = Timeline(events).resolve()
    by_office = resolved.tenures(holders={"Senate": 2})
    assert [t.period.end for t in by_office] == [UNKNOWN, UNKNOWN]
    by_default = resolved.tenures(default_holders=None)
    assert [t.period.end for t in by_default] == [UNKNOWN, UNKNOWN]
    assert derive_tenures(resolved, holders={"Senate": None}).of("Senate")[0].period.end == UNKNOWN
    # Declared on the timeline itself, the number applies to its tenures.
    declared = Timeline(events, offices={"Senate": 2}).resolve().tenures()
    assert [t.period.end for t in declared] == [UNKNOWN, UNKNOWN]


def test_derive_ongoing_as_of_the_latest_document():
    """An unended tenure is ongoing as of the latest date a document was written or published."""
    early = Source(written="2019-01-01")
    late = Source(written="2021-10-18", published="2021-12-04")
    resolved = Timeline(
        [
            Appointment(id="a", when="2018-09", person="A", office="O", source=early),
            Event(id="news", when="2021-10", source=late),
        ]
    ).resolve()
    (made,) = resolved.tenures()
    assert made.period == Period(FuzzyDate.month(2018, 9), Ongoing(FuzzyDate.day(2021, 12, 4)))
    assert made.how_ended == "ongoing"


def test_derive_a_person_appointed_twice():
    """Two terms of one person: each resignation closes the term it follows."""
    resolved = Timeline(
        [
            Appointment(id="in1", when="2001", person="A", office="O"),
            Resignation(id="out1", when="2003", person="A", office="O"),
            Appointment(id="in2", when="2007", person="A", office="O"),
            Resignation(id="out2", when="2009", person="A", office="O"),
        ]
    ).resolve()
    terms = sorted(resolved.tenures(), key=lambda t: t.began)
    assert [(t.began, t.ended) for t in terms] == [("in1", "out1"), ("in2", "out2")]
    assert terms[1].period == Period(FuzzyDate.year(2007), FuzzyDate.year(2009))


def test_derive_ignores_a_departure_before_the_start():
    """A resignation that certainly came before the appointment does not end it."""
    resolved = Timeline(
        [
            Resignation(id="old", when="1999", person="A", office="O"),
            Appointment(id="in", when="2001", person="A", office="O"),
        ]
    ).resolve()
    (made,) = resolved.tenures()
    assert made.ended is None
    assert made.period.end == UNKNOWN


def test_derive_acting_and_other_offices():
    """An acting appointment is marked acting; tenures of other offices are separate."""
    resolved = Timeline(
        [
            Appointment(id="a", when="2001", person="A", office="O", acting=True),
            Appointment(id="b", when="2002", person="B", office="P"),
        ]
    ).resolve()
    tenures = resolved.tenures()
    assert tenures.offices == ("O", "P")
    assert tenures.of("O")[0].acting
    assert tenures.of("O")[0].period.end == UNKNOWN  # B's start is in another office


# --- queries on hand-built tenures --------------------------------------------------------------


def test_holders_certain_and_possible():
    """Who certainly and who possibly held the office on a day, or some day of a fuzzy date.

    A: 2001-01-01 to some day of March 2005; B: some day of March 2005 to 2008-12-31.
    """
    tenures = Tenures([tenure("A", "2001-01-01/2005-03"), tenure("B", "2005-03/2008-12-31")])
    assert names(tenures.holders("O", on="2004-06-01").certain) == ["A"]
    assert tenures.holders("O", on="2004-06-01").possible == ()
    on_handover = tenures.holders("O", on="2005-03-15")
    assert on_handover.certain == ()
    assert names(on_handover.possible) == ["A", "B"]
    assert names(tenures.holders("O", on="2006").certain) == ["B"]
    # Certainly holding on every day of 2004; holding on some day of 2005 is only possible
    # for A (who may have left on 1 March) and for B (who may have come on 31 March).
    assert names(tenures.holders("O", on="2004").certain) == ["A"]
    assert names(tenures.holders("O", on="2005").possible) == ["A", "B"]
    assert tenures.holders("O", on="2000-12-31") == Holders(certain=(), possible=())
    assert tenures.holders("Nowhere", on="2004") == Holders(certain=(), possible=())


def test_vacancies_by_hand():
    """Gaps between consecutive tenures that no bounds can close, certain or possible.

    A ends 2004-12-31, B starts 2005-03-01: January and February 2005 are certainly vacant.
    B ends in some day of 2008-06, C starts 2008-06-20: from 2 June (if B left on 1 June) to 19
    June there may be nobody. C ends 2010-01-19, D starts 2010-01-20: no gap at all.
    """
    tenures = Tenures(
        [
            tenure("A", "2001-01-01/2004-12-31"),
            tenure("B", "2005-03-01/2008-06"),
            tenure("C", "2008-06-20/2010-01-19"),
            tenure("D", "2010-01-20/2012-01-01"),
        ]
    )
    first, second = tenures.vacancies("O")
    assert (first.before.person, first.after.person, first.certain) == ("A", "B", True)
    assert days_of(first.period) == ((day("2005-01-01"),) * 2, (day("2005-02-28"),) * 2)
    assert (second.before.person, second.after.person, second.certain) == ("B", "C", False)
    assert days_of(second.period) == (
        (day("2008-06-02"), day("2008-06-19")),
        (day("2008-06-19"), day("2008-06-19")),
    )
    assert first.office == "O"


def test_overlaps_by_hand():
    """Tenures that ran at once in a one-holder office; a shared handover day is no overlap.

    A to 2005-01-20 and B from 2005-01-20 share the handover day only. In office P, C from
    2004-06-01 certainly overlaps D (who ran to 2004-12-31). E and F share an office with two
    holders at a time, so running together is no overlap.
    """
    tenures = Tenures(
        [
            tenure("A", "2001-01-20/2005-01-20"),
            tenure("B", "2005-01-20/2009-01-20"),
            tenure("C", "2004-06-01/2004-12-31", office="P"),
            tenure("D", "2001-01-01/2004-12-31", office="P"),
            tenure("E", "2001/2002", office="Senate"),
            tenure("F", "2001/2002", office="Senate"),
        ],
        holders_per_office={"Senate": 2},
    )
    found = tenures.overlaps()
    assert [(o.office, o.first.person, o.second.person, o.certain) for o in found] == [
        ("P", "D", "C", True)
    ]


def test_overlap_possible_only():
    """B may have started before A left (both some day of June 2005): a possible overlap."""
    tenures = Tenures([tenure("A", "2001/2005-06"), tenure("B", "2005-06/2009")])
    (overlap,) = tenures.overlaps()
    assert (overlap.first.person, overlap.second.person, overlap.certain) == ("A", "B", False)


def test_consecutive_terms_of_one_person_are_no_overlap():
    """A person re-elected on the day the first term ends does not overlap themselves."""
    tenures = Tenures([tenure("A", "2001/2004-06"), tenure("A", "2004-06/2008")])
    assert tenures.overlaps() == ()


def test_successors_by_hand():
    """The tenures of the same office that began once this one may have ended."""
    a = tenure("A", "2001-01-20/2005-01-20")
    b = tenure("B", "2005-01-20/2009-01-20")
    c = tenure("C", "2009-01-20/2013-01-20")
    other = tenure("X", "2006/2007", office="P")
    tenures = Tenures([c, other, a, b])
    assert names(tenures.successors(a)) == ["B", "C"]
    assert names(tenures.successors(b)) == ["C"]
    assert tenures.successors(c) == ()
    assert tenures.of("O") == (a, b, c)
    assert len(tenures) == 4
    assert tenures[0] is c
    assert list(tenures) == [c, other, a, b]


WINDOW = ("2020-01-01", "2020-01-31")
ENDS = fuzzy_dates(
    min_value=WINDOW[0],
    max_value=WINDOW[1],
    precisions=[Precision.DAY, Precision.WEEK, Precision.NONE],
    qualifiers=False,
)


@given(ENDS, ENDS)
def test_vacancy_and_overlap_match_brute_force(a_end, b_start):
    """Between A (ending some day of ``a_end``) and B (starting some day of ``b_start``).

    Every pair of possible days (A's last, B's first) is tried: a vacancy is a day strictly
    between them, an overlap B's first day before A's last (a shared day is a handover).
    A vacancy or overlap is reported when some pair has one, certain when every pair does;
    the vacancy's first and last days range over those of the pairs that have one.
    """
    a = Tenure(person="A", office="O", period=Period(FuzzyDate.day(2019, 1, 1), a_end))
    b = Tenure(person="B", office="O", period=Period(b_start, FuzzyDate.day(2021, 1, 1)))
    tenures = Tenures([a, b])
    pairs = [
        (last, first)
        for last in range(a_end.earliest_day, a_end.latest_day + 1)
        for first in range(b_start.earliest_day, b_start.latest_day + 1)
    ]
    gaps = [(last + 1, first - 1) for last, first in pairs if first - last >= 2]
    overlapping = [pair for pair in pairs if pair[1] < pair[0]]
    assert tenures.of("O") == (a, b)  # A started in 2019, so it comes first
    event("gap" if gaps else "no gap")
    event("overlap" if overlapping else "no overlap")
    vacancies = tenures.vacancies("O")
    if not gaps:
        assert vacancies == ()
    else:
        (vacancy,) = vacancies
        assert vacancy.certain == (len(gaps) == len(pairs))
        firsts = [gap[0] for gap in gaps]
        lasts = [gap[1] for gap in gaps]
        assert days_of(vacancy.period) == ((min(firsts), max(firsts)), (min(lasts), max(lasts)))
    overlaps = tenures.overlaps()
    if not overlapping:
        assert overlaps == ()
    else:
        (overlap,) = overlaps
        assert (overlap.first, overlap.second) == (a, b)
        assert overlap.certain == (len(overlapping) == len(pairs))


# --- tenures from records -----------------------------------------------------------------------


def test_records_with_partial_dates_and_successors():
    """Rows with partial dates; an empty end is closed by the next holder's start."""
    rows = [
        {"id": "r1", "person": "A", "office": "O", "start": "2001-03", "end": ""},
        {"id": "r2", "person": "B", "office": "O", "start": "2005", "end": "2008-06-30"},
        {"id": "r3", "person": "C", "office": "O", "start": "", "end": "2012"},
    ]
    tenures, problems = tenures_from_records(rows)
    assert problems == ()
    a, b, c = (next(t for t in tenures if t.person == p) for p in "ABC")
    assert a.period == Period(FuzzyDate.month(2001, 3), FuzzyDate.year(2005))
    assert a.how_ended == "succeeded by B"
    assert b.period == Period(FuzzyDate.year(2005), FuzzyDate.day(2008, 6, 30))
    assert c.period == Period(UNKNOWN, FuzzyDate.year(2012))
    assert (a.began, b.ended) == ("r1", "r2")


def test_records_errors_name_the_row():
    """A row ending before it starts, a bad date, or a missing column is named in the error."""
    backwards = [
        {"id": "x", "person": "A", "office": "O", "start": "1886-07-27", "end": "1886-07-22"}
    ]
    with pytest.raises(FileFormatError) as raised:
        tenures_from_records(backwards)
    assert (raised.value.record, raised.value.field) == ("x", "end")
    tenures, problems = tenures_from_records(backwards, strict=False)
    assert len(tenures) == 0
    assert [p.record for p in problems] == ["x"]
    with pytest.raises(FileFormatError) as raised:
        tenures_from_records([{"person": "A", "office": "O", "start": "someday", "end": ""}])
    assert (raised.value.record, raised.value.field) == ("row 1", "start")
    with pytest.raises(FileFormatError, match="'office'"):
        tenures_from_records([{"person": "A", "start": "2001"}])


def test_records_in_a_many_holder_office():
    """With no single-holder rule, an empty end stays unknown."""
    rows = [
        {"person": "A", "office": "Senate", "start": "2001", "end": ""},
        {"person": "B", "office": "Senate", "start": "2003", "end": ""},
    ]
    tenures, _ = tenures_from_records(rows, holders={"Senate": 2})
    assert [t.period.end for t in tenures] == [UNKNOWN, UNKNOWN]


# --- the real data ------------------------------------------------------------------------------


@functools.cache
def state_department():
    """The State Department tenures, read with the file's columns mapped to the record keys."""
    with STATE_DEPT.open(newline="", encoding="utf-8") as handle:
        rows = [
            {
                "id": row["tenure_id"],
                "person": row["name"],
                "office": row["office"],
                "start": row["start"],
                "end": row["end"],
                "end_note": row["end_note"],
                "role": row["role"],
            }
            for row in csv.DictReader(handle)
        ]
    return rows, tenures_from_records(rows, strict=False)


@functools.cache
def executive():
    """The presidents' and vice presidents' terms."""
    with EXECUTIVE.open(newline="", encoding="utf-8") as handle:
        rows = [
            {"person": r["name"], "office": r["office"], "start": r["start"], "end": r["end"]}
            for r in csv.DictReader(handle)
        ]
    return tenures_from_records(rows)[0]


@needs_data
def test_state_department_loads_with_the_one_contradiction_reported():
    """7,262 rows give 7,261 tenures; secr-1866-hunt ends before it starts and is reported."""
    rows, (tenures, problems) = state_department()
    assert len(rows) == 7262
    assert len(tenures) == 7261
    assert [(p.record, p.field) for p in problems] == [("secr-1866-hunt", "end")]
    assert "secr-1866-hunt" in str(problems[0])
    with pytest.raises(FileFormatError) as raised:
        tenures_from_records(rows)
    assert raised.value.record == "secr-1866-hunt"


@needs_data
def test_state_department_secretaries_by_hand():
    """Pompeo served to 2021-01-20 and Blinken from 2021-01-26: 21-25 January were vacant.

    And John J. Sullivan's deputy secretaryship, with no end in the file, ends when Stephen E.
    Biegun's begins (2019-12-21).
    """
    _, (tenures, _) = state_department()
    secretary = "Secretary of State"
    assert names(tenures.holders(secretary, on="2019-06-01").certain) == ["Michael R. Pompeo"]
    assert tenures.holders(secretary, on="2021-01-22") == Holders(certain=(), possible=())
    gap = next(v for v in tenures.vacancies(secretary) if v.before.person == "Michael R. Pompeo")
    assert days_of(gap.period) == ((day("2021-01-21"),) * 2, (day("2021-01-25"),) * 2)
    assert gap.certain
    (sullivan,) = [
        t for t in tenures.of("Deputy Secretary of State") if t.began == "secr-2017-sull"
    ]
    assert sullivan.period.end == FuzzyDate.day(2019, 12, 21)
    assert sullivan.how_ended == "succeeded by Stephen E. Biegun"


def covers(period, query, *, every):
    """Whether a period covers every (or some) day of ``query``, from first principles.

    The start lies in [s_lo, s_hi] and the last day in [e_lo, e_hi] (an unknown side anywhere,
    an ongoing end from its as-of day on), with the start never after the last day. Some day
    of the query is possibly covered when a start and an end can bracket one: s_lo <= q_hi and
    e_hi >= q_lo. Every day is certainly covered when even the latest start, min(s_hi, e_hi),
    is no later than q_lo and the earliest end, max(e_lo, s_lo), no earlier than q_hi.
    """
    start, end = period.start, period.end
    s_lo, s_hi = (
        (start.earliest_day, start.latest_day)
        if isinstance(start, FuzzyDate)
        else (cal.MIN_DAY, cal.MAX_DAY)
    )
    if isinstance(end, FuzzyDate):
        e_lo, e_hi = end.earliest_day, end.latest_day
    elif isinstance(end, Ongoing):
        e_lo, e_hi = end.as_of.earliest_day, cal.MAX_DAY
    else:
        e_lo, e_hi = cal.MIN_DAY, cal.MAX_DAY
    if every:
        return min(s_hi, e_hi) <= query.earliest_day and max(e_lo, s_lo) >= query.latest_day
    return s_lo <= query.latest_day and e_hi >= query.earliest_day


@st.composite
def state_department_queries(draw):
    """An office of the State Department data and a day, month or year to ask about.

    Queries favour the edges of the office's tenures (a first or last day, or a day either
    side), where an off-by-one in the lookup would show, and months and years around them.
    """
    _, (tenures, _) = state_department()
    office = draw(st.sampled_from(tenures.offices))
    edges = sorted(
        {
            d
            for t in tenures.of(office)
            for d in (*t.start_days, *t.end_days)
            if cal.MIN_DAY < d < cal.MAX_DAY
        }
    )
    where = draw(st.sampled_from(["edge", "around", "anywhere"]))
    if where == "anywhere" or not edges:
        return office, FuzzyDate.of(draw(days(min_value="1775-01-01", max_value="2030-12-31")))
    edge = draw(st.sampled_from(edges))
    if where == "edge":
        return office, FuzzyDate.of(edge + draw(st.integers(-1, 1)))
    units = [Precision.DAY, Precision.MONTH, Precision.YEAR]
    return office, draw(fuzzy_dates(min_value=edge - 400, max_value=edge + 400, precisions=units))


@needs_data
@given(state_department_queries())
def test_state_department_holders_match_a_scan(query):
    """holders(office, on=date) agrees with a scan of every tenure of the whole file."""
    office, on = query
    _, (tenures, _) = state_department()
    found = tenures.holders(office, on=on)
    event("someone certain" if found.certain else "nobody certain")
    event("someone possible" if found.possible else "nobody possible")
    certain = [t for t in tenures.items if t.office == office and covers(t.period, on, every=True)]
    possible = [
        t
        for t in tenures.items
        if t.office == office
        and covers(t.period, on, every=False)
        and not covers(t.period, on, every=True)
    ]
    assert sorted(map(id, found.certain)) == sorted(map(id, certain))
    assert sorted(map(id, found.possible)) == sorted(map(id, possible))


@needs_data
def test_executive_president_in_june_2021():
    """On 1 June 2021 the President is certainly Joseph Biden (as the file names him)."""
    presidents = executive()
    found = presidents.holders("President", on="2021-06-01")
    assert names(found.certain) == ["Joseph Biden Jr."]
    assert found.possible == ()


@needs_data
def test_executive_inauguration_day_is_a_handover():
    """On 20 January 2021 both Trump (last day) and Biden (first day) held office; no overlap."""
    presidents = executive()
    on_the_day = presidents.holders("President", on="2021-01-20")
    assert sorted(names(on_the_day.certain)) == ["Donald Trump", "Joseph Biden Jr."]
    assert not [
        o
        for o in presidents.overlaps()
        if {o.first.person, o.second.person} == {"Donald Trump", "Joseph Biden Jr."}
    ]


# --- pickling -----------------------------------------------------------------------------------


def test_pickle_tenure_and_tenures():
    """Tenure and Tenures survive pickling and still answer queries, as Dask workers need."""
    one = Tenure(
        person="A",
        office="O",
        period=Period(FuzzyDate.month(2018, 9), Ongoing(FuzzyDate.day(2021, 12, 4))),
        began="in",
        evidence=("in",),
    )
    assert pickle.loads(pickle.dumps(one)) == one  # noqa: S301 - our own data
    many = Tenures([one, tenure("B", "2001/2004")], holders_per_office={"O": 1})
    copy = pickle.loads(pickle.dumps(many))  # noqa: S301
    assert copy == many
    assert copy.holders("O", on="2019") == many.holders("O", on="2019")
    assert copy.holders_per_office == {"O": 1}
