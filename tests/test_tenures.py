"""Tenures: derivation from events and records, lengths, and queries (``timeline.engine``).

Expected values are worked out by hand in the docstrings, or found by brute force: a scan of
every tenure for ``holders``, every pair of possible days for vacancies and overlaps.
"""

import csv
import datetime
import functools
import itertools
import pickle
from pathlib import Path

import pytest
from hypothesis import assume, event, given
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
from timeline.errors import FileFormatError, TimelineWarning, UnknownOfficeError, ValidationError
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


def test_derive_a_departure_before_the_start_ends_an_earlier_tenure():
    """A resignation certainly before the appointment does not end it; it ends an earlier one.

    A resigned in 1999, so A held the office until then, from a day nobody gave; the 2001
    appointment opens a tenure that nothing ends (no document date: its end is unknown).
    """
    resolved = Timeline(
        [
            Resignation(id="old", when="1999", person="A", office="O"),
            Appointment(id="in", when="2001", person="A", office="O"),
        ]
    ).resolve()
    earlier, made = resolved.tenures()
    assert earlier.period == Period(UNKNOWN, FuzzyDate.year(1999))
    assert (earlier.began, earlier.ended, earlier.how_ended) == (None, "old", "resignation")
    assert earlier.evidence == ("old",)
    assert made.ended is None
    assert made.period == Period(FuzzyDate.year(2001), UNKNOWN)


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


def test_derive_a_closing_the_evidence_puts_before_a_reappointment_does_not_close_it():
    """Reappointed six days after resigning: the second term is closed by the dismissal.

    B took office in September 2022 and resigned in October; the second appointment was six
    days after the resignation, so on 7..31 October, and the resignation on 1..25 October.
    Their bounds overlap, but the resignation came first; the dismissal of 13 November 2023
    ends the second term (probe 12, F1).
    """
    tenures = (
        Timeline(
            [
                Appointment(id="a1", when="2022-09", person="B", office="Home"),
                Resignation(id="r1", when="2022-10", person="B", office="Home"),
                Appointment(
                    id="a2", when=("2022-10", "6 days after {r1}"), person="B", office="Home"
                ),
                Dismissal(id="d", when="2023-11-13", person="B", office="Home"),
            ]
        )
        .resolve()
        .tenures()
    )
    first, second = tenures
    assert (first.began, first.ended, second.began, second.ended) == ("a1", "r1", "a2", "d")
    assert first.period == Period(
        FuzzyDate.month(2022, 9), FuzzyDate.between("2022-10-01", "2022-10-25")
    )
    assert second.period == Period(
        FuzzyDate.between("2022-10-07", "2022-10-31"), FuzzyDate.day(2023, 11, 13)
    )
    assert names(tenures.holders("Home", on="2023-01-01").certain) == ["B"]
    # Tenures keep bounds only: the gap (five days, the evidence says) is only possible here.
    assert [v.certain for v in tenures.vacancies("Home")] == [False]


def test_derive_a_departure_with_no_appointment_ends_a_tenure_of_unknown_start():
    """A resignation with no appointment in the timeline: someone held the office until then.

    Braverman resigned on 19 October and Shapps was appointed that day (probe 12, F7): she
    possibly held the office on 1 October, he certainly from the 19th.
    """
    tenures = (
        Timeline(
            [
                Resignation(id="r", when="2022-10-19", person="Braverman", office="Home"),
                Appointment(id="a", when="2022-10-19", person="Shapps", office="Home"),
            ]
        )
        .resolve()
        .tenures()
    )
    braverman, shapps = tenures
    assert braverman.period == Period(UNKNOWN, FuzzyDate.day(2022, 10, 19))
    assert (braverman.began, braverman.ended, braverman.how_ended) == (None, "r", "resignation")
    assert shapps.period == Period(FuzzyDate.day(2022, 10, 19), UNKNOWN)
    on_the_first = tenures.holders("Home", on="2022-10-01")
    assert (on_the_first.certain, names(on_the_first.possible)) == ((), ["Braverman"])
    assert tenures.overlaps() == ()


def test_derive_reappointing_the_incumbent_continues_the_tenure():
    """'Kept' as chief cabinet secretary: one tenure, not two, and no successor of himself.

    H held the office since December 2023 and was appointed again on Tuesday 1 October 2024
    (probe 12, F11); the story was written that day, so the tenure is ongoing as of it.
    """
    story = Source(written="2024-10-01")
    tenures = (
        Timeline(
            [
                Appointment(id="a", when="since December", person="H", office="CCS", source=story),
                Appointment(id="b", when="on Tuesday", person="H", office="CCS", source=story),
            ]
        )
        .resolve()
        .tenures()
    )
    (kept,) = tenures
    assert kept.period == Period(FuzzyDate.month(2023, 12), Ongoing(FuzzyDate.day(2024, 10, 1)))
    assert (kept.began, kept.evidence) == ("a", ("a", "b"))
    assert tenures.successors(kept) == ()
    assert tenures.overlaps() == ()


def test_derive_a_successor_between_two_appointments_splits_them():
    """A (2001), B (2003), A again (2005), nothing closing: A, then B, then A's second term.

    In an office with one holder at a time B's start ends A's first term, so A's 2005
    appointment begins a second one, which ends B's.
    """
    tenures = (
        Timeline(
            [
                Appointment(id="a1", when="2001", person="A", office="O"),
                Appointment(id="b", when="2003", person="B", office="O"),
                Appointment(id="a2", when="2005", person="A", office="O"),
            ]
        )
        .resolve()
        .tenures()
    )
    assert [(t.person, t.period.edtf(), t.how_ended) for t in tenures] == [
        ("A", "2001/2003", "succeeded by B"),
        ("B", "2003/2005", "succeeded by A"),
        ("A", "2005/", ""),
    ]


def test_derive_a_departure_on_the_successors_day_is_a_handover():
    """Truss leaves on the day her successor arrives, some day of 21..27 October.

    The day is fuzzy, but it is one day for both: neither a vacancy nor an overlap is
    possible between them (probe 12, F12).
    """
    tenures = (
        Timeline(
            [
                Appointment(id="t", when="2022-09-06", person="T", office="PM"),
                Event(id="ann", when="2022-10-20"),
                Appointment(
                    id="s",
                    when=("after {ann}", "at most a week after {ann}"),
                    person="S",
                    office="PM",
                ),
                Resignation(id="out", when="{s}", person="T", office="PM"),
            ]
        )
        .resolve()
        .tenures()
    )
    truss, successor = tenures
    assert successor.person == "S"
    assert truss.period.end == FuzzyDate.between("2022-10-21", "2022-10-27")
    assert (truss.ended, truss.handover_to) == ("out", "s")
    assert successor.began == "s"
    assert tenures.vacancies("PM") == ()
    assert tenures.overlaps() == ()
    # Two unrelated events with the same bounds may fall on different days.
    week = FuzzyDate.between("2022-10-21", "2022-10-27")
    apart = (
        Timeline(
            [
                Appointment(id="t", when="2022-09-06", person="T", office="PM"),
                Appointment(id="s", when=week, person="S", office="PM"),
                Resignation(id="out", when=week, person="T", office="PM"),
            ]
        )
        .resolve()
        .tenures()
    )
    assert apart[0].handover_to is None
    assert [o.certain for o in apart.overlaps()] == [False]


def test_derive_checks_the_holders_policy():
    """Counts are None or 1 and more; a policy naming an office no event names is refused.

    Offices the timeline itself declares are allowed without events (a filtered timeline).
    """
    events = [Appointment(id="a", when="2001", person="A", office="Envoy")]
    resolved = Timeline(events).resolve()
    for bad in ("1", 0, -1, 2.5, True):
        with pytest.raises(ValidationError, match="holders: office 'Envoy' has"):
            resolved.tenures(holders={"Envoy": bad})
    with pytest.raises(ValidationError, match=r"write 1, not '1'"):
        resolved.tenures(holders={"Envoy": "1"})
    with pytest.raises(ValidationError, match="default_holders is 0"):
        resolved.tenures(default_holders=0)
    with pytest.raises(UnknownOfficeError, match="'Envvoy' is known here; did you mean 'Envoy'"):
        resolved.tenures(holders={"Envvoy": 1})
    declared = Timeline(events, offices={"Envoy": 1, "Senate": None}).resolve().tenures()
    assert declared.vacancies("Senate") == ()


def test_a_declared_office_misspelt_beside_one_events_name_is_refused():
    """'Senat' declared beside appointments to the 'Senate' is a misspelling (probe 15a, F3).

    It was ignored, so the Senate fell back to one holder at a time and B's start ended A's
    term. An office no event names and none nearly names is still allowed (a shared policy).
    """
    events = [
        Appointment(id="a", when="2020", person="A", office="Senate"),
        Appointment(id="b", when="2021", person="B", office="Senate"),
    ]
    right = Timeline(events, offices={"Senate": None}).resolve().tenures()
    assert [t.period.edtf() for t in right] == ["2020/", "2021/"]
    with pytest.raises(UnknownOfficeError, match=r"offices: .*'Senat'.*did you mean 'Senate'"):
        Timeline(events, offices={"Senat": None}).resolve().tenures()
    shared = Timeline(events, offices={"Senate": None, "Governor": 1}).resolve().tenures()
    assert shared.of("Governor") == ()


WINDOW_DAYS = (day("2020-01-10"), day("2020-01-19"))


@st.composite
def fuzzy_days(draw):
    """Some day of two to four days in January 2020 (a narrow date keeps brute force small)."""
    first = draw(days(min_value=WINDOW_DAYS[0], max_value=WINDOW_DAYS[1]))
    return FuzzyDate(first, first + draw(st.integers(0, 3)))


RELATIONS = {
    "{x}": lambda day, other: day == other,
    "after {x}": lambda day, other: day > other,
    "before {x}": lambda day, other: day < other,
    "2 days after {x}": lambda day, other: day == other + 2,
    "3 days before {x}": lambda day, other: day == other - 3,
}


@st.composite
def comings_and_goings(draw):
    """Appointments and departures of one person, some tied to an earlier one by a phrase."""
    count = draw(st.integers(2, 4))
    events, dates, rules = [], [], []
    for index in range(count):
        kind = draw(st.sampled_from([Appointment, Resignation, Dismissal]))
        date = draw(fuzzy_days())
        when = date
        rule = None
        if index and draw(st.booleans()):
            phrase = draw(st.sampled_from(sorted(RELATIONS)))
            other = draw(st.integers(0, index - 1))
            when = (date, phrase.replace("x", f"e{other}"))
            rule = (other, RELATIONS[phrase])
        events.append(kind(id=f"e{index}", when=when, person="P", office="O"))
        dates.append(date)
        rules.append(rule)
    return events, dates, rules


@given(comings_and_goings())
def test_derive_never_pairs_a_closing_the_evidence_puts_first(drawn):
    """No tenure is closed by a departure that every reading of the evidence puts before it.

    The brute force tries every day of every event's dates and keeps the combinations that
    meet the phrases. For each tenure's opening (and each reappointment continuing it) and its
    closing, some combination has the closing on or after the opening. And nothing is lost:
    each departure closes exactly one tenure, each appointment is in exactly one.
    """
    events, dates, rules = drawn
    ranges = [range(date.earliest_day, date.latest_day + 1) for date in dates]
    solutions = [
        chosen
        for chosen in itertools.product(*ranges)
        if all(rule is None or rule[1](chosen[i], chosen[rule[0]]) for i, rule in enumerate(rules))
    ]
    assume(solutions)
    tenures = Timeline(events).resolve().tenures()
    index = {e.id: i for i, e in enumerate(events)}
    closings = [e.id for e in events if e.closes_tenure]
    openings = [e.id for e in events if e.opens_tenure]
    assert sorted(t.ended for t in tenures if t.ended) == sorted(closings)
    opened = [i for t in tenures for i in t.evidence if i in openings]
    assert sorted(opened) == sorted(openings)
    for made in tenures:
        if made.ended is None:
            continue
        for opening in (i for i in made.evidence if i in openings):
            a, c = index[opening], index[made.ended]
            assert any(s[c] >= s[a] for s in solutions), (opening, made.ended)


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
    with pytest.raises(UnknownOfficeError, match="no office 'Nowhere' is known here"):
        tenures.holders("Nowhere", on="2004")


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
    """The next holder of the same office: A's is B (not B and C, as once: probe 15a, F6).

    D and E both began some day of 2017, after C: either may have come first.
    """
    a = tenure("A", "2001-01-20/2005-01-20")
    b = tenure("B", "2005-01-20/2009-01-20")
    c = tenure("C", "2009-01-20/2013-01-20")
    d = tenure("D", "2017/2018")
    e = tenure("E", "2017/2019")
    other = tenure("X", "2006/2007", office="P")
    tenures = Tenures([c, other, a, b, d, e])
    assert names(tenures.successors(a)) == ["B"]
    assert names(tenures.successors(b)) == ["C"]
    assert names(tenures.successors(c)) == ["D", "E"]
    assert tenures.successors(e) == ()
    assert tenures.of("O") == (a, b, c, d, e)
    assert len(tenures) == 6
    assert tenures[0] is c
    assert list(tenures) == [c, other, a, b, d, e]


def test_overlaps_certain_only_when_every_reading_overlaps():
    """An unknown start may be as late as the end: Poblete only possibly overlaps Sheaks.

    Poblete's tenure ended some day of June 2019 and began nobody knows when; Sheaks served
    from 2000-09-18 to 2002-01-03 (probe 13, F2). D ran from 2001 to 2010 and E, within it,
    from 2004 to 2005: whichever days they began and ended, they overlap.
    """
    tenures = Tenures(
        [
            tenure("Poblete", "/2019-06"),
            tenure("Sheaks", "2000-09-18/2002-01-03"),
            tenure("D", "2001/2010", office="P"),
            tenure("E", "2004/2005", office="P"),
        ]
    )
    found = {(o.first.person, o.second.person): o.certain for o in tenures.overlaps()}
    assert found == {("Poblete", "Sheaks"): False, ("D", "E"): True}
    assert names(tenures.holders("O", on="2001-01-01").possible) == ["Poblete"]


def test_vacancies_count_every_tenure_not_only_neighbours():
    """A spans 2000 to 2010, so the stretch between B and C is no vacancy (probe 13, F3).

    And an undated predecessor may fill a gap: U ended in June 2003, beginning nobody knows
    when, so from 2002 to May 2003 the office is only possibly vacant (if U began late), and
    certainly vacant from July 2003 (U gone) until 2005, when T2 began: the vacancy begins the
    day after U's end (2..30 June, or 1 July) and ends the day before T2's start (some day of
    2005 less one).
    """
    spanning = Tenures(
        [
            tenure("A", "2000-01-01/2010-12-31"),
            tenure("B", "2002-01-01/2003-01-01"),
            tenure("C", "2005-01-01/2006-01-01"),
        ]
    )
    assert spanning.vacancies("O") == ()
    undated = Tenures(
        [tenure("T1", "2000/2001"), tenure("U", "/2003-06"), tenure("T2", "2005/2006")]
    )
    possible, certain = undated.vacancies("O")
    assert (possible.before.person, possible.after.person, possible.certain) == ("T1", "U", False)
    assert days_of(possible.period) == (
        (day("2001-01-02"), day("2002-01-01")),
        (day("2001-01-02"), day("2003-06-01")),
    )
    assert (certain.before.person, certain.after.person, certain.certain) == ("U", "T2", True)
    assert days_of(certain.period) == (
        (day("2003-06-02"), day("2003-07-01")),
        (day("2004-12-31"), day("2005-12-30")),
    )
    assert undated.holders("O", on="2004-01-01") == Holders(certain=(), possible=())


def test_vacancy_bounds_of_a_single_day_are_days():
    """Between two exact dates a vacancy prints as an EDTF interval of days (probe 13, F14)."""
    tenures = Tenures([tenure("K", "1961-01-20/1963-11-22"), tenure("H", "1965-01-20/1969-01-20")])
    (gap,) = tenures.vacancies("O")
    assert gap.period == Period(FuzzyDate.day(1963, 11, 23), FuzzyDate.day(1965, 1, 19))
    assert gap.period.edtf() == "1963-11-23/1965-01-19"


def test_a_handover_on_one_fuzzy_day_is_neither_vacancy_nor_overlap():
    """A's end is B's start, some day of 2005 (the successor closed it): no gap, no overlap.

    C ends some day of 2010 and D begins some day of 2010, independently: either may be.
    """
    tenures = Tenures(
        [
            Tenure("A", "O", Period.from_edtf("2001-03/2005"), began="a", handover_to="b"),
            Tenure("B", "O", Period.from_edtf("2005/2008-06-30"), began="b"),
            Tenure("C", "P", Period.from_edtf("2001/2010"), began="c"),
            Tenure("D", "P", Period.from_edtf("2010/2012"), began="d"),
        ]
    )
    assert tenures.vacancies("O") == ()
    assert [(v.certain, v.before.person) for v in tenures.vacancies("P")] == [(False, "C")]
    assert [(o.office, o.certain) for o in tenures.overlaps()] == [("P", False)]


def test_an_int_that_reads_as_a_year_warns_that_it_is_a_day_number():
    """holders(on=2002) asked about 25 June 6 AD and was silently empty (probe 15a, F5).

    An int is a day number (datetime.date(6, 6, 25).toordinal() is 2002), so a warning says
    how to write the year; '2002' finds A.
    """
    tenures = Tenures([tenure("A", "2001/2004")])
    assert datetime.date(6, 6, 25).toordinal() == 2002
    with pytest.warns(TimelineWarning, match=r"2002 is a day number \(0006-06-25\)"):
        assert tenures.holders("O", on=2002) == Holders(certain=(), possible=())
    assert names(tenures.holders("O", on="2002").certain) == ["A"]


def test_queries_about_an_unknown_office_say_so():
    """A misspelt office is an error with a suggestion, not an empty answer (probe 13, F9)."""
    tenures = Tenures([tenure("A", "2001/2004", office="Secretary of State")])
    for ask in (
        lambda: tenures.holders("Secretary of state", on="2002"),
        lambda: tenures.vacancies("Secretary of state"),
        lambda: tenures.of("Secretary of state"),
    ):
        with pytest.raises(UnknownOfficeError, match="did you mean 'Secretary of State'") as error:
            ask()
        assert error.value.office == "Secretary of state"
    declared = Tenures([], holders_per_office={"Senate": None})
    assert declared.of("Senate") == ()
    with pytest.raises(ValidationError, match="office 'Senate' has 0"):
        Tenures([], holders_per_office={"Senate": 0})


def test_successors_leave_out_the_holders_own_continuation():
    """A's second term begins on the first's last day: a continuation, not a successor.

    B is the next holder; A's third term, after B's, is B's successor like any other.
    """
    first = tenure("A", "2001-01-20/2005-01-20")
    second = tenure("A", "2005-01-20/2009-01-20")
    other = tenure("B", "2009-01-20/2013-01-20")
    third = tenure("A", "2013-01-20/2017-01-20")
    tenures = Tenures([first, second, other, third])
    assert tenures.successors(first) == (other,)
    assert tenures.successors(other) == (third,)
    # A holder who continued in two more terms (as Padilla: appointed, then elected for the
    # rest of the term, then for a full one) has no successor while they last.
    padilla = [tenure("P", "2021-01-20/2022-12-21"), tenure("P", "2022-12-22/2023-01-03")]
    full = tenure("P", "2023-01-03/2029-01-03")
    assert Tenures([*padilla, full]).successors(padilla[0]) == ()


# Tenures inside a window, with unknown or ongoing sides; the brute force lets an unknown
# side fall anywhere from LOWEST to HIGHEST, a little beyond every drawn date.
SPAN = ("2020-01-10", "2020-01-31")
LOWEST, HIGHEST = day(SPAN[0]) - 9, day(SPAN[1]) + 9
SIDES = fuzzy_dates(
    min_value=SPAN[0],
    max_value=SPAN[1],
    precisions=[Precision.DAY, Precision.WEEK, Precision.NONE],
    qualifiers=False,
)


@st.composite
def window_tenures(draw, *, people="ABCD"):
    """A tenure of office O in the window; a side may be unknown, an end ongoing."""
    first = draw(SIDES)
    later = fuzzy_dates(
        min_value=first.earliest_day,
        max_value=first.latest_day + 6,
        precisions=[Precision.DAY, Precision.WEEK, Precision.NONE],
        qualifiers=False,
    )
    first, second = sorted((first, draw(later)), key=lambda d: d.earliest_day)
    start = draw(st.sampled_from([first, first, first, UNKNOWN]))
    end = draw(st.sampled_from([second, second, second, UNKNOWN, Ongoing(second)]))
    return Tenure(draw(st.sampled_from(people)), "O", Period(start, end))


def lives(made):
    """Every (first day, last day) a tenure may have had, from first principles."""
    start, end = made.period.start, made.period.end
    firsts = (
        range(start.earliest_day, start.latest_day + 1)
        if isinstance(start, FuzzyDate)
        else range(LOWEST, HIGHEST + 1)
    )
    if isinstance(end, FuzzyDate):
        lasts = range(end.earliest_day, end.latest_day + 1)
    elif isinstance(end, Ongoing):
        lasts = range(end.as_of.earliest_day, HIGHEST + 1)
    else:
        lasts = range(LOWEST, HIGHEST + 1)
    return [(first, last) for first in firsts for last in lasts if first <= last]


@given(st.lists(window_tenures(), min_size=1, max_size=5))
def test_vacancies_and_holders_agree_with_brute_force_over_days(drawn):
    """Vacancies and holders agree, day by day, with a brute force.

    Every day of a certain vacancy has no possible holder, and every day with no possible
    holder (between a tenure certainly over and one certainly to come) lies in one. Day by
    day, the brute force says whether some tenure may hold it (some first and last day
    bracket it) and whether one certainly does (every pair does). A possible vacancy's days
    have no certain holder; every day with none (between tenures) lies in some vacancy.
    """
    tenures = Tenures(drawn)
    pairs = [lives(t) for t in drawn]
    found = tenures.vacancies("O")
    inner, outer = set(), set()
    for vacancy in found:
        (first_lo, first_hi), (last_lo, last_hi) = days_of(vacancy.period)
        outer.update(range(first_lo, last_hi + 1))
        if vacancy.certain:
            inner.update(range(first_hi, last_lo + 1))
    event("a certain vacancy" if inner else "no certain vacancy")
    event("a possible vacancy" if any(not v.certain for v in found) else "no possible vacancy")
    for today in range(LOWEST + 2, HIGHEST - 1):
        possible = any(first <= today <= last for life in pairs for first, last in life)
        certain = any(all(first <= today <= last for first, last in life) for life in pairs)
        over = any(max(last for _, last in life) < today for life in pairs)
        to_come = any(min(first for first, _ in life) > today for life in pairs)
        held = tenures.holders("O", on=today)
        assert bool(held.certain) == certain
        assert bool(held.certain or held.possible) == possible
        if today in inner:
            assert not held.certain
            assert not held.possible
        if not possible and over and to_come:
            assert today in inner
        if today in outer:
            assert not certain
        if not certain and over and to_come:
            assert today in outer
    for vacancy in found:
        if not vacancy.certain:
            (first_lo, _), (_, last_hi) = days_of(vacancy.period)
            assert all(
                tenures.holders("O", on=today).possible for today in range(first_lo, last_hi + 1)
            )


@given(st.lists(window_tenures(), min_size=2, max_size=5))
def test_a_vacancy_names_tenures_that_may_border_it(drawn):
    """The tenures named beside a vacancy may border it, by their own bounds.

    The one before may end the day before one of its days, the one after begin the day
    after one of them.
    """
    tenures = Tenures(drawn)
    for vacancy in tenures.vacancies("O"):
        (first_lo, _), (_, last_hi) = days_of(vacancy.period)
        before = [last for first, last in lives(vacancy.before)]
        after = [first for first, last in lives(vacancy.after)]
        assert any(first_lo - 1 <= last <= last_hi - 1 for last in before)
        assert any(first_lo + 1 <= first <= last_hi + 1 for first in after)


def test_an_undated_tenure_is_not_named_beside_a_gap_between_dated_ones():
    """Albania's chiefs of mission with an undated record among them (probe 15a, F1).

    The gaps are only possible (the undated one may fill them), and lie between Jeffrey and
    Ries, then Ries and Withers: not the undated record on both sides.
    """
    tenures = Tenures(
        [
            tenure("Jeffrey", "2002-10-22/2004-05-02"),
            tenure("Ries", "2004-10-30/2007-06-16"),
            tenure("Withers", "2007-08-29/2010-08-16"),
            Tenure("Undated", "O", Period(UNKNOWN, UNKNOWN)),
        ]
    )
    found = [(v.before.person, v.after.person, v.certain) for v in tenures.vacancies("O")]
    assert found == [("Jeffrey", "Ries", False), ("Ries", "Withers", False)]
    # One that ended in 2010, begun nobody knows when, comes after the gap A's end opens.
    late = Tenures([tenure("A", "2001/2004"), tenure("U", "/2010")])
    assert [(v.before.person, v.after.person) for v in late.vacancies("O")] == [("A", "U")]


@st.composite
def narrow_tenures(draw):
    """Two to three tenures with sides of one to three days each, somewhere in the window."""
    made = []
    for person in "ABC"[: draw(st.integers(2, 3))]:
        first = draw(days(min_value=SPAN[0], max_value=SPAN[1]))
        last = first + draw(st.integers(0, 4))
        start = FuzzyDate(first, first + draw(st.integers(0, 3)))
        end = FuzzyDate(last, last + draw(st.integers(0, 3)))
        made.append(Tenure(person, "O", Period(start, end)))
    return made


@given(narrow_tenures())
def test_vacancy_bounds_match_every_combination_of_days(drawn):
    """The first and last days of each vacancy range over what the combinations allow.

    Every combination of days the tenures may have had is tried. In each, a stretch of days
    nobody holds, with someone holding the day before and the day after, is a vacancy. A
    certain vacancy's first days are those of the stretches that contain its inner days, and
    likewise its last days; a possible vacancy's latest first day and earliest last day are
    those of the stretches that begin and end within it.
    """
    tenures = Tenures(drawn)
    event(
        ", ".join(sorted({"certain" if v.certain else "possible" for v in tenures.vacancies("O")}))
    )
    stretches = []
    for chosen in itertools.product(*(lives(t) for t in drawn)):
        held = {d for first, last in chosen for d in range(first, last + 1)}
        for first in range(min(held), max(held) + 1):
            if first in held or first - 1 not in held:
                continue
            last = first
            while last + 1 not in held:
                last += 1
            stretches.append((first, last))
    for vacancy in tenures.vacancies("O"):
        (first_lo, first_hi), (last_lo, last_hi) = days_of(vacancy.period)
        if vacancy.certain:
            around = [s for s in stretches if s[0] <= first_hi and s[1] >= last_lo]
            assert (first_lo, first_hi) == (min(s[0] for s in around), max(s[0] for s in around))
            assert (last_lo, last_hi) == (min(s[1] for s in around), max(s[1] for s in around))
        else:
            firsts = [s[0] for s in stretches if first_lo <= s[0] <= last_hi]
            lasts = [s[1] for s in stretches if first_lo <= s[1] <= last_hi]
            assert first_hi == max(firsts, default=first_lo)
            assert last_lo == min(lasts, default=last_hi)


@given(window_tenures(people="A"), window_tenures(people="B"))
def test_overlaps_match_every_combination_of_days(a, b):
    """Overlaps agree with every combination of the two tenures' days.

    Two tenures overlap when each began before the other's last day (a handover day is
    none); possibly if some combination of their days does, certainly if every one does.
    """
    tenures = Tenures([a, b])
    outcomes = {
        a_last > b_first and b_last > a_first
        for a_first, a_last in lives(a)
        for b_first, b_last in lives(b)
    }
    found = tenures.overlaps()
    event(f"overlap {sorted(outcomes)}")
    if True not in outcomes:
        assert found == ()
    else:
        (overlap,) = found
        assert {overlap.first.person, overlap.second.person} == {"A", "B"}
        assert overlap.certain == (outcomes == {True})


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


@st.composite
def handed_over(draw):
    """Two or three tenures with sides of one to four days; each may hand over to the next.

    A handover names the next tenure (``handover_to``), whose first-day bounds then share a
    day with this one's last-day bounds, as a successor's start that closed an empty end does.
    """
    made = []
    first = draw(days(min_value=SPAN[0], max_value=SPAN[1]))
    for person in "ABC"[: draw(st.integers(2, 3))]:
        last = first + draw(st.integers(0, 4))
        start = FuzzyDate(first, first + draw(st.integers(0, 3)))
        end = FuzzyDate(last, last + draw(st.integers(0, 3)))
        hands_over = person != "C" and draw(st.booleans())
        made.append(
            Tenure(
                person,
                "O",
                Period(start, end),
                began=person,
                handover_to=chr(ord(person) + 1) if hands_over else None,
            )
        )
        first = (
            end.earliest_day + draw(st.integers(-2, end.latest_day - end.earliest_day))
            if hands_over
            else draw(days(min_value=SPAN[0], max_value=SPAN[1]))
        )
    return made


@given(handed_over())
def test_handovers_bound_holders_vacancies_and_overlaps_alike(drawn):
    """A handover ties one tenure's last day to the next one's first: every query sees it.

    Every combination of days is tried, keeping those where each handover falls on one day.
    A tenure possibly holds a day when some combination has it hold it, certainly when all
    do; a certain vacancy's days have no possible holder, and a day with none between a
    tenure certainly over and one certainly to come lies in one; an overlap is possible or
    certain as the combinations say. (Probe 14: after Ann handed over to Bob, who left on 10
    January, ``holders`` still listed Ann on 15 January while ``vacancies`` found it empty.)
    """
    by_name = {t.person: t for t in drawn}
    combos = [
        chosen
        for chosen in itertools.product(*(lives(t) for t in drawn))
        if all(
            life[1] == chosen[drawn.index(by_name[t.handover_to])][0]
            for t, life in zip(drawn, chosen, strict=True)
            if t.handover_to in by_name
        )
    ]
    assume(combos)
    tenures = Tenures(drawn)
    inner = set()
    for vacancy in tenures.vacancies("O"):
        if vacancy.certain:
            (_, first_hi), (last_lo, _) = days_of(vacancy.period)
            inner.update(range(first_hi, last_lo + 1))
    event("a certain vacancy" if inner else "no certain vacancy")
    low = min(t.period.start.earliest_day for t in drawn)
    high = max(t.period.end.latest_day for t in drawn)
    for today in range(low - 1, high + 2):
        covers = [[first <= today <= last for first, last in chosen] for chosen in combos]
        held = tenures.holders("O", on=today)
        for index, made in enumerate(drawn):
            always = all(c[index] for c in covers)
            sometimes = any(c[index] for c in covers)
            assert (made in held.certain) == always
            assert (made in held.possible) == (sometimes and not always)
        nobody = not any(any(c) for c in covers)
        over = any(all(c[i][1] < today for c in combos) for i in range(len(drawn)))
        to_come = any(all(c[i][0] > today for c in combos) for i in range(len(drawn)))
        if today in inner:
            assert nobody
        if nobody and over and to_come:
            assert today in inner
    found = {frozenset((o.first.person, o.second.person)): o.certain for o in tenures.overlaps()}
    for a, b in itertools.combinations(range(len(drawn)), 2):
        outcomes = {c[a][1] > c[b][0] and c[b][1] > c[a][0] for c in combos}
        pair = frozenset((drawn[a].person, drawn[b].person))
        if True not in outcomes:
            assert pair not in found
        else:
            assert found[pair] == (outcomes == {True})


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
    assert (raised.value.record, raised.value.field, raised.value.what) == ("1", "start", "row")
    assert str(raised.value).startswith("row 1, field 'start': ")  # a row, not an event
    with pytest.raises(FileFormatError, match="row 1, field 'office': missing key 'office'"):
        tenures_from_records([{"person": "A", "start": "2001"}])


@pytest.mark.parametrize(
    ("row", "field"),
    [
        ({"person": None, "office": "O", "start": "2001", "end": ""}, "person"),
        ({"person": float("nan"), "office": "O", "start": "2001", "end": ""}, "person"),
        ({"person": "  ", "office": "O", "start": "2001", "end": ""}, "person"),
        ({"person": "A", "office": "", "start": "2001", "end": ""}, "office"),
        ({"person": "A", "office": "O", "end": ""}, "start"),  # no start key at all
        ({"person": "A", "office": "O", "start": "2001", "end": "someday"}, "end"),
    ],
)
def test_records_that_name_nobody_or_lack_a_key_are_errors(row, field):
    """No row becomes a tenure of 'None' or 'nan', and with strict=False each is reported."""
    good = {"id": "good", "person": "B", "office": "O", "start": "2005", "end": "2006"}
    with pytest.raises(FileFormatError) as raised:
        tenures_from_records([row])
    assert (raised.value.record, raised.value.field) == ("1", field)
    tenures, problems = tenures_from_records([row, good], strict=False)
    assert [t.person for t in tenures] == ["B"]
    assert [p.record for p in problems] == ["1"]


def test_records_in_a_many_holder_office():
    """With no single-holder rule, an empty end stays unknown."""
    rows = [
        {"person": "A", "office": "Senate", "start": "2001", "end": ""},
        {"person": "B", "office": "Senate", "start": "2003", "end": ""},
    ]
    tenures, _ = tenures_from_records(rows, holders={"Senate": 2})
    assert [t.period.end for t in tenures] == [UNKNOWN, UNKNOWN]


def test_records_with_an_unknown_start_stay_unclosed():
    """An undated row has no known place among the others, so no successor closes it.

    Nemazee's row has neither start nor end; Rodney's and Later's are dated (probe 13, F1).
    Nemazee is a possible holder on any day, and ends nobody else's tenure; the undated
    Sterling row with an end is not closed either, whatever the order of the rows.
    """
    rows = [
        {"id": "n", "person": "Nemazee", "office": "Envoy", "start": "", "end": ""},
        {"id": "r", "person": "Rodney", "office": "Envoy", "start": "1823-12-27", "end": ""},
        {"id": "s", "person": "Sterling", "office": "Envoy", "start": "", "end": ""},
        {"id": "l", "person": "Later", "office": "Envoy", "start": "1998-01-01", "end": "2001"},
    ]
    tenures, _ = tenures_from_records(rows)
    by_id = {t.began: t for t in tenures}
    assert by_id["n"].period == Period(UNKNOWN, UNKNOWN)
    assert (by_id["n"].how_ended, by_id["n"].handover_to) == ("", None)
    assert by_id["r"].period == Period(FuzzyDate.day(1823, 12, 27), FuzzyDate.day(1998, 1, 1))
    assert by_id["r"].how_ended == "succeeded by Later"
    assert names(tenures.holders("Envoy", on="1820").possible) == ["Nemazee", "Sterling"]
    backwards, _ = tenures_from_records(rows[::-1])
    assert sorted(backwards, key=lambda t: t.began) == sorted(tenures, key=lambda t: t.began)


def test_records_closed_by_the_same_persons_next_record_continue_in_it():
    """Twining's undated end meets his own next record: he continued, nobody succeeded him.

    Representative from 1991-11-11 (no end), ambassador from 1994-05-17 (probe 13, F13); the
    second record begins the day the first ends, so it is no successor of the first either.
    """
    rows = [
        {"id": "kh-1", "person": "Twining", "office": "Cambodia", "start": "1991-11-11", "end": ""},
        {
            "id": "kh-2",
            "person": "Twining",
            "office": "Cambodia",
            "start": "1994-05-17",
            "end": "1995-11-20",
        },
        {
            "id": "kh-3",
            "person": "Quinn",
            "office": "Cambodia",
            "start": "1996-01-01",
            "end": "1999",
        },
    ]
    tenures, _ = tenures_from_records(rows)
    first, second, third = tenures.of("Cambodia")
    assert second.began == "kh-2"
    assert first.period == Period(FuzzyDate.day(1991, 11, 11), FuzzyDate.day(1994, 5, 17))
    assert (first.how_ended, first.handover_to) == ("continued in kh-2", "kh-2")
    assert tenures.successors(first) == (third,)
    assert tenures.overlaps() == ()


def test_records_closed_by_a_successor_hand_over_on_one_day():
    """A's end is B's start, some day of 2005: no vacancy and no overlap between them."""
    rows = [
        {"id": "a", "person": "A", "office": "O", "start": "2001-03", "end": ""},
        {"id": "b", "person": "B", "office": "O", "start": "2005", "end": "2008-06-30"},
    ]
    tenures, _ = tenures_from_records(rows)
    assert tenures.of("O")[0].handover_to == "b"
    assert tenures.vacancies("O") == ()
    assert tenures.overlaps() == ()


def test_records_check_the_holders_policy():
    """Counts are None or 1 and more; an office no row names is refused with a suggestion."""
    rows = [{"person": "A", "office": "Envoy", "start": "2001", "end": ""}]
    for bad in ("1", 0, -1, 2.5, False):
        with pytest.raises(ValidationError, match="holders: office 'Envoy' has"):
            tenures_from_records(rows, holders={"Envoy": bad})
    with pytest.raises(UnknownOfficeError, match="'Envvoy' is known here; did you mean 'Envoy'"):
        tenures_from_records(rows, holders={"Envvoy": 1})
    tenures, _ = tenures_from_records(rows, holders={"Envoy": 3})
    assert tenures.holders_per_office == {"Envoy": 3}


RECORD_DATES = st.one_of(
    st.just(""),
    fuzzy_dates(
        min_value="2000-01-01",
        max_value="2003-12-31",
        precisions=[Precision.YEAR, Precision.MONTH, Precision.DAY],
        qualifiers=False,
    ).map(FuzzyDate.edtf),
)


@st.composite
def record_rows(draw):
    """Rows of one office with ids, people A to C, and dates that may be empty."""
    count = draw(st.integers(1, 6))
    return [
        {
            "id": f"r{index}",
            "person": draw(st.sampled_from("ABC")),
            "office": "O",
            "start": draw(RECORD_DATES),
            "end": draw(RECORD_DATES),
        }
        for index in range(count)
    ]


@given(record_rows().flatmap(lambda rows: st.tuples(st.just(rows), st.permutations(rows))))
def test_records_give_the_same_tenures_in_any_order(drawn):
    """The tenures (and the problems) of a set of rows do not depend on the rows' order."""
    rows, shuffled = drawn

    def made(given_rows):
        tenures, problems = tenures_from_records(given_rows, strict=False)
        return sorted(map(repr, tenures)), sorted(p.record for p in problems)

    assert made(shuffled) == made(rows)


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


def test_a_repeated_id_is_an_error_naming_both_rows():
    """Two rows with the id 't5' are a mistake in the data, not two tenures of one id."""
    rows = [
        {"id": "t5", "person": "A", "office": "O", "start": "2001", "end": "2002"},
        {"id": "t5", "person": "B", "office": "O", "start": "2003", "end": "2004"},
    ]
    with pytest.raises(FileFormatError, match=r"row 2.*'t5' is row 1's too"):
        tenures_from_records(rows)
    tenures, problems = tenures_from_records(rows, strict=False)
    assert [t.person for t in tenures] == ["A"]
    assert [(p.record, p.field) for p in problems] == [("2", "id")]
