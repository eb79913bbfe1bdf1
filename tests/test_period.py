import pickle

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from timeline import (
    OPEN,
    UNKNOWN,
    EndState,
    FuzzyDate,
    Hemisphere,
    Ongoing,
    Open,
    Period,
    Precision,
    Unknown,
)
from timeline import _calendar as cal
from timeline.errors import TimelineError, TimelineWarning, ValidationError
from timeline.strategies import fuzzy_dates, periods

# A two-week window of whole ISO weeks (Monday 30 December 2019 to Sunday 12 January 2020), so
# that weeks are drawn as well as days and ranges.
WINDOW_LO = cal.make_day(2019, 12, 30)
WINDOW_HI = cal.make_day(2020, 1, 12)
POINTS = fuzzy_dates(
    min_value="2019-12-30",
    max_value="2020-01-12",
    precisions=[Precision.DAY, Precision.WEEK, Precision.NONE],
)
# The brute force stands for "anywhere" with days well beyond everything drawn, and for an open
# side with a day beyond those, as the library's own infinities lie beyond every supported day.
MARGIN = 12
FAR = 2 * MARGIN


@st.composite
def small_periods(draw, start_states=tuple(EndState), end_states=tuple(EndState)):
    """Periods whose known sides are small fuzzy dates in the window, in the given states."""
    start_state = draw(st.sampled_from([s for s in start_states if s is not EndState.ONGOING]))
    end_state = draw(st.sampled_from(end_states))
    first, second = draw(POINTS), draw(POINTS)
    start = {EndState.KNOWN: first, EndState.OPEN: OPEN, EndState.UNKNOWN: UNKNOWN}[start_state]
    end = {
        EndState.KNOWN: second,
        EndState.ONGOING: Ongoing(second),
        EndState.OPEN: OPEN,
        EndState.UNKNOWN: UNKNOWN,
    }[end_state]
    if start_state is EndState.KNOWN and end_state in (EndState.KNOWN, EndState.ONGOING):
        assume(second.latest_day >= first.earliest_day)
    return Period(start, end)


def first_days(period):
    """Every day the period may start on, in the brute force's model of the unbounded."""
    start = period.start
    if isinstance(start, FuzzyDate):
        return range(start.earliest_day, start.latest_day + 1)
    if isinstance(start, Open):
        return range(WINDOW_LO - FAR, WINDOW_LO - FAR + 1)
    return range(WINDOW_LO - MARGIN, WINDOW_HI + MARGIN + 1)


def last_days(period):
    """Every day the period may end on (inclusive), in the same model."""
    end = period.end
    if isinstance(end, FuzzyDate):
        return range(end.earliest_day, end.latest_day + 1)
    if isinstance(end, Open):
        return range(WINDOW_HI + FAR, WINDOW_HI + FAR + 1)
    if isinstance(end, Ongoing):
        return range(end.as_of.earliest_day, WINDOW_HI + MARGIN + 1)
    return range(WINDOW_LO - MARGIN, WINDOW_HI + MARGIN + 1)


def choices(period):
    """Every (first day, last day) the period may have: the first never after the last."""
    return [(s, e) for s in first_days(period) for e in last_days(period) if s <= e]


# --- construction -----------------------------------------------------------------------------


def test_four_end_states_are_distinct():
    """Known, ongoing, open and unknown ends are four states, none of them None."""
    start = FuzzyDate.month(2018, 9)
    ends = {
        EndState.KNOWN: FuzzyDate.week(2021, 42),
        EndState.ONGOING: Ongoing(FuzzyDate.of("2021-10-18")),
        EndState.OPEN: OPEN,
        EndState.UNKNOWN: UNKNOWN,
    }
    made = {state: Period(start, end) for state, end in ends.items()}
    for state, period in made.items():
        assert period.end_state is state
        assert period.start_state is EndState.KNOWN
    assert len(set(made.values())) == 4


def test_start_states():
    """A start is known, open or unknown."""
    assert Period(OPEN, FuzzyDate.year(2021)).start_state is EndState.OPEN
    assert Period(UNKNOWN, FuzzyDate.year(2021)).start_state is EndState.UNKNOWN


def test_open_and_unknown_are_equal_to_new_instances():
    """OPEN and UNKNOWN compare by kind, so a copy (say, unpickled) is still OPEN or UNKNOWN."""
    assert Open() == OPEN
    assert Unknown() == UNKNOWN
    assert OPEN != UNKNOWN
    assert repr(OPEN) == "OPEN"
    assert repr(UNKNOWN) == "UNKNOWN"


def test_between_accepts_date_like_values():
    """Period.between takes FuzzyDates or anything date-like; plain dates become days."""
    period = Period.between("2001-10-07", FuzzyDate.month(2021, 8))
    assert period.start == FuzzyDate.day(2001, 10, 7)
    assert period.end == FuzzyDate.month(2021, 8)


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        (FuzzyDate.year(2021), FuzzyDate.year(2020), "end 2020 is before the start 2021"),
        (FuzzyDate.of("2021-10-18"), FuzzyDate.of("2021-10-17"), "2021-10-17"),
        (FuzzyDate.year(2021), Ongoing(FuzzyDate.month(2020, 12)), "ongoing as of 2020-12"),
    ],
)
def test_period_ending_before_it_starts_is_refused(start, end, words):
    """An end (or ongoing as-of date) wholly before the start is a ValidationError on 'end'."""
    with pytest.raises(ValidationError, match=words) as caught:
        Period(start, end)
    assert caught.value.field == "end"


def test_overlapping_fuzzy_sides_are_allowed():
    """A start and end that may be in order (the same year, say) make a valid period."""
    period = Period(FuzzyDate.year(2021), FuzzyDate.month(2021, 1))
    assert period.end_state is EndState.KNOWN


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda: Period("2021", FuzzyDate.year(2022)), "Period.start"),
        (lambda: Period(FuzzyDate.year(2021), None), "Period.end"),
        (lambda: Period(Ongoing(FuzzyDate.year(2021)), OPEN), "Period.start"),
        (lambda: Ongoing("2021-10-18"), "as_of"),
    ],
)
def test_wrong_types_are_refused(make, words):
    """Sides must be FuzzyDate, Ongoing (ends only), OPEN or UNKNOWN; Ongoing takes a FuzzyDate."""
    with pytest.raises(TypeError, match=words):
        make()


@given(periods())
def test_states_match_the_sides(period):
    """start_state and end_state name the kind of each side."""
    kinds = {
        FuzzyDate: EndState.KNOWN,
        Ongoing: EndState.ONGOING,
        Open: EndState.OPEN,
        Unknown: EndState.UNKNOWN,
    }
    assert period.start_state is kinds[type(period.start)]
    assert period.end_state is kinds[type(period.end)]


# --- coverage ---------------------------------------------------------------------------------


@given(small_periods(), POINTS)
def test_possibly_covers_against_brute_force(period, date):
    """possibly_covers: some choice of first and last day includes some day the date may be."""
    expected = any(
        max(first, date.earliest_day) <= min(last, date.latest_day)
        for first, last in choices(period)
    )
    assert period.possibly_covers(date) == expected


@given(small_periods(), POINTS)
def test_certainly_covers_against_brute_force(period, date):
    """certainly_covers: every choice of first and last day includes every day of the date."""
    expected = all(
        first <= date.earliest_day and date.latest_day <= last for first, last in choices(period)
    )
    assert period.certainly_covers(date) == expected


@given(periods(), fuzzy_dates())
def test_certainly_covers_implies_possibly_covers(period, date):
    """What a period certainly covers it also possibly covers."""
    if period.certainly_covers(date):
        assert period.possibly_covers(date)


def test_coverage_examples():
    """A tenure from some day of September 2018 to some day of 2021-W42, checked by hand."""
    tenure = Period(FuzzyDate.month(2018, 9), FuzzyDate.week(2021, 42))
    assert tenure.possibly_covers("2018-09-01")
    assert not tenure.possibly_covers("2018-08-31")
    assert not tenure.certainly_covers("2018-09-29")
    assert tenure.certainly_covers("2018-09-30")
    assert tenure.certainly_covers("2021-10-18")  # the Monday of week 42
    assert not tenure.certainly_covers("2021-10-19")
    assert tenure.possibly_covers("2021-10-24")
    assert not tenure.possibly_covers("2021-10-25")
    assert tenure.certainly_covers(FuzzyDate.year(2020))


def test_coverage_of_open_unknown_and_ongoing_ends():
    """Open ends cover everything beyond; unknown ends only the known side's own day."""
    since = FuzzyDate.of("2018-09-05")
    assert Period(since, OPEN).certainly_covers("9999-12-31")
    assert Period(OPEN, since).certainly_covers(FuzzyDate.year(-9999))
    assert Period(since, UNKNOWN).certainly_covers("2018-09-05")
    assert not Period(since, UNKNOWN).certainly_covers("2018-09-06")
    assert Period(since, UNKNOWN).possibly_covers("2030-01-01")
    assert Period(UNKNOWN, since).certainly_covers("2018-09-05")
    assert not Period(UNKNOWN, since).possibly_covers("2018-09-06")
    ongoing = Period(since, Ongoing(FuzzyDate.of("2021-10-18")))
    assert ongoing.certainly_covers("2021-10-18")
    assert not ongoing.certainly_covers("2021-10-19")
    assert ongoing.possibly_covers("2030-01-01")


def test_a_start_that_may_be_late_is_bounded_by_the_end():
    """A start known only as 1..10 January before an end on 5 January starts by the 5th."""
    period = Period(FuzzyDate.between("2000-01-01", "2000-01-10"), FuzzyDate.of("2000-01-05"))
    assert period.certainly_covers("2000-01-05")
    assert not period.certainly_covers("2000-01-04")


# --- values -----------------------------------------------------------------------------------

REPR_NAMESPACE = {
    "Period": Period,
    "FuzzyDate": FuzzyDate,
    "Ongoing": Ongoing,
    "OPEN": OPEN,
    "UNKNOWN": UNKNOWN,
    "Precision": Precision,
    "Hemisphere": Hemisphere,
    "attrs": attrs,
}


@given(periods())
def test_repr_pastes_back(period):
    """repr() is Python that rebuilds an equal period."""
    assert eval(repr(period), dict(REPR_NAMESPACE)) == period  # noqa: S307 - our own repr


def test_repr_example():
    """A period's repr names its sides."""
    period = Period(FuzzyDate.month(2018, 9), Ongoing(FuzzyDate.of("2021-10-18")))
    assert repr(period) == (
        "Period(start=FuzzyDate.month(2018, 9), end=Ongoing(as_of=FuzzyDate.day(2021, 10, 18)))"
    )


@given(periods())
def test_values_are_frozen_hashable_and_picklable(period):
    """A period cannot be changed, hashes by value, and survives pickling."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        period.end = OPEN
    copy = attrs.evolve(period)
    assert copy == period
    assert hash(copy) == hash(period)
    assert pickle.loads(pickle.dumps(period)) == period  # noqa: S301 - our own data


def test_str_is_edtf_and_never_warns():
    """str() is the EDTF interval; an ongoing range as-of date is written as its first day."""
    vague = Period(FuzzyDate.year(2018), Ongoing(FuzzyDate.between("2021-10-18", "2021-10-20")))
    assert str(vague) == "2018/[2021-10-18..]"
    with pytest.warns(TimelineWarning, match="first day"):
        vague.edtf()


def test_dates_may_be_given_as_edtf_text():
    """Covers and between read EDTF text, as ``holders(on=...)`` does: "2002" is that year.

    2001 through 2004 certainly covers every day of 2002, and no day of 2005; it possibly
    covers some day of the decade 2000-2009 without certainly covering all of it.
    """
    term = Period.between("2001", "2004")
    assert term.certainly_covers("2002")
    assert not term.possibly_covers("2005")
    assert term.possibly_covers("200X")
    assert not term.certainly_covers("200X")
    with pytest.raises(TimelineError):
        term.possibly_covers("someday")
