import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from timeline import OPEN, UNKNOWN, EndState, FuzzyDate, Ongoing, Open, Period, Precision, Relation
from timeline import _calendar as cal
from timeline.strategies import fuzzy_dates, periods

R = Relation

# Known sides: small fuzzy dates (weeks too) in a two-week window of whole ISO weeks, so every
# choice can be listed.
KNOWN_POINTS = fuzzy_dates(
    min_value="2019-12-30",
    max_value="2020-01-12",
    precisions=[Precision.DAY, Precision.WEEK, Precision.NONE],
)
# For open, unknown and ongoing sides: a five-day window, with "anywhere" standing for days
# some way beyond it and "open" for a day beyond those, as the library's infinities lie beyond
# every supported day (and two open starts are the same instant).
MODEL_POINTS = fuzzy_dates(
    min_value="2020-01-01", max_value="2020-01-05", precisions=[Precision.DAY, Precision.NONE]
)
WINDOW_LO = cal.make_day(2020, 1, 1)
WINDOW_HI = cal.make_day(2020, 1, 5)
MARGIN = 5
FAR = 2 * MARGIN


def classify(a_start, a_end, b_start, b_end):
    """Allen's relation of [a_start, a_end) to [b_start, b_end), by its textbook definition."""
    if a_end < b_start:
        return R.BEFORE
    if a_end == b_start:
        return R.MEETS
    if b_end < a_start:
        return R.AFTER
    if b_end == a_start:
        return R.MET_BY
    if (a_start, a_end) == (b_start, b_end):
        return R.EQUALS
    if a_start == b_start:
        return R.STARTS if a_end < b_end else R.STARTED_BY
    if a_end == b_end:
        return R.FINISHES if a_start > b_start else R.FINISHED_BY
    if a_start < b_start:
        return R.CONTAINS if b_end < a_end else R.OVERLAPS
    return R.DURING if a_end < b_end else R.OVERLAPPED_BY


def intervals(thing):
    """Every [start, end) a fuzzy date or period may be, as a set of day-number pairs."""
    if isinstance(thing, FuzzyDate):
        return {(d, d + 1) for d in range(thing.earliest_day, thing.latest_day + 1)}
    start, end = thing.start, thing.end
    if isinstance(start, FuzzyDate):
        firsts = range(start.earliest_day, start.latest_day + 1)
    elif isinstance(start, Open):
        firsts = range(WINDOW_LO - FAR, WINDOW_LO - FAR + 1)
    else:
        firsts = range(WINDOW_LO - MARGIN, WINDOW_HI + MARGIN + 1)
    if isinstance(end, FuzzyDate):
        lasts = range(end.earliest_day, end.latest_day + 1)
    elif isinstance(end, Open):
        lasts = range(WINDOW_HI + FAR, WINDOW_HI + FAR + 1)
    elif isinstance(end, Ongoing):
        lasts = range(end.as_of.earliest_day, WINDOW_HI + MARGIN + 1)
    else:
        lasts = range(WINDOW_LO - MARGIN, WINDOW_HI + MARGIN + 1)
    return {(s, e + 1) for s in firsts for e in lasts if s <= e}


def brute_relations(a, b):
    """The relations some choice of intervals within both things' bounds makes true."""
    found = set()
    for a_start, a_end in intervals(a):
        for b_start, b_end in intervals(b):
            found.add(classify(a_start, a_end, b_start, b_end))
            if len(found) == len(Relation):
                return found
    return found


@st.composite
def small_periods(draw, points, states):
    """Periods whose known sides are drawn from ``points``, their sides in the given states."""
    start_state = draw(st.sampled_from([s for s in states if s is not EndState.ONGOING]))
    end_state = draw(st.sampled_from(states))
    first, second = draw(points), draw(points)
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


KNOWN_PERIODS = small_periods(KNOWN_POINTS, [EndState.KNOWN])
MODEL_PERIODS = small_periods(MODEL_POINTS, list(EndState))


# --- the relations ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("relation", "inverse"),
    [
        (R.BEFORE, R.AFTER),
        (R.MEETS, R.MET_BY),
        (R.OVERLAPS, R.OVERLAPPED_BY),
        (R.STARTS, R.STARTED_BY),
        (R.DURING, R.CONTAINS),
        (R.FINISHES, R.FINISHED_BY),
        (R.EQUALS, R.EQUALS),
    ],
)
def test_inverse_relations(relation, inverse):
    """Each relation's inverse is the relation seen from the other side, both ways."""
    assert relation.inverse is inverse
    assert inverse.inverse is relation


def test_classify_is_a_partition():
    """The brute force's classifier finds exactly one relation for each pair of intervals."""
    seen = set()
    for a_start in range(4):
        for a_end in range(a_start + 1, 5):
            for b_start in range(4):
                for b_end in range(b_start + 1, 5):
                    relation = classify(a_start, a_end, b_start, b_end)
                    assert classify(b_start, b_end, a_start, a_end) is relation.inverse
                    seen.add(relation)
    assert seen == set(Relation)


# --- against brute force ----------------------------------------------------------------------


@given(KNOWN_POINTS, KNOWN_POINTS)
def test_fuzzy_dates_against_brute_force(a, b):
    """Between two fuzzy dates, the relations are those of some pair of their days."""
    assert a.relations(b) == brute_relations(a, b)


@given(KNOWN_PERIODS, KNOWN_POINTS)
def test_period_and_fuzzy_date_against_brute_force(period, date):
    """Between a period and a fuzzy date, both ways round, against every choice of days."""
    assert period.relations(date) == brute_relations(period, date)
    assert date.relations(period) == brute_relations(date, period)


@given(KNOWN_PERIODS, KNOWN_PERIODS)
def test_known_periods_against_brute_force(a, b):
    """Between two periods with known sides, against every choice of first and last days."""
    assert a.relations(b) == brute_relations(a, b)


@given(MODEL_PERIODS, st.one_of(MODEL_PERIODS, MODEL_POINTS))
def test_open_unknown_and_ongoing_sides_against_brute_force(a, b):
    """Open, unknown and ongoing sides match a brute force over a model of them.

    The model puts an open side on a day far beyond, an unknown one anywhere, and an ongoing
    end anywhere from its as-of date onwards.
    """
    assert a.relations(b) == brute_relations(a, b)


@given(fuzzy_dates(), fuzzy_dates())
def test_two_days_relate_only_by_order(a, b):
    """One day to another is before, meets (the next day), equals, met by or after."""
    assert a.relations(b) <= {R.BEFORE, R.MEETS, R.EQUALS, R.MET_BY, R.AFTER}
    assert a.relations(b)


@given(st.one_of(fuzzy_dates(), periods()), st.one_of(fuzzy_dates(), periods()))
def test_relations_seen_from_the_other_side_are_the_inverses(a, b):
    """relations(b, a) is the set of inverses of relations(a, b), and is never empty."""
    forwards = a.relations(b)
    assert forwards
    assert b.relations(a) == {r.inverse for r in forwards}


# --- examples ---------------------------------------------------------------------------------

YEAR_2001 = Period.between("2001-01-01", "2001-12-31")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (FuzzyDate.year(2020), FuzzyDate.year(2021), {R.BEFORE, R.MEETS}),
        (FuzzyDate.month(2018, 9), FuzzyDate.of("2018-09-30"), {R.BEFORE, R.MEETS, R.EQUALS}),
        (FuzzyDate.of("2021-10-18"), FuzzyDate.of("2021-10-18"), {R.EQUALS}),
        (FuzzyDate.of("2021-10-18"), FuzzyDate.of("2021-10-19"), {R.MEETS}),
        (FuzzyDate.of("2021-10-18"), FuzzyDate.of("2021-10-20"), {R.BEFORE}),
        (FuzzyDate.of("2021-10-20"), FuzzyDate.of("2021-10-18"), {R.AFTER}),
        (YEAR_2001, FuzzyDate.year(2002), {R.BEFORE, R.MEETS}),
        (YEAR_2001, FuzzyDate.of("2001-06-01"), {R.CONTAINS}),
        (YEAR_2001, FuzzyDate.of("2001-01-01"), {R.STARTED_BY}),
        (YEAR_2001, FuzzyDate.of("2001-12-31"), {R.FINISHED_BY}),
        (YEAR_2001, FuzzyDate.year(2001), {R.STARTED_BY, R.CONTAINS, R.FINISHED_BY}),
        (FuzzyDate.of("2001-06-01"), YEAR_2001, {R.DURING}),
        (YEAR_2001, YEAR_2001, {R.EQUALS}),
        (YEAR_2001, Period.between("2001-06-01", "2002-06-01"), {R.OVERLAPS}),
        (Period.between("2001-06-01", "2002-06-01"), YEAR_2001, {R.OVERLAPPED_BY}),
        (Period.between("2001-01-01", "2001-06-01"), YEAR_2001, {R.STARTS}),
        (Period.between("2001-06-01", "2001-12-31"), YEAR_2001, {R.FINISHES}),
        (
            Period(UNKNOWN, FuzzyDate.of("2000-01-01")),
            FuzzyDate.of("2000-01-01"),
            {
                R.EQUALS,
                R.FINISHED_BY,
            },
        ),
        (Period(OPEN, FuzzyDate.year(2000)), FuzzyDate.year(2010), {R.BEFORE}),
        (Period(OPEN, OPEN), Period(OPEN, OPEN), {R.EQUALS}),
        (
            Period(OPEN, FuzzyDate.of("2000-01-01")),
            Period(OPEN, FuzzyDate.of("2010-01-01")),
            {R.STARTS},
        ),
        (Period(FuzzyDate.of("2000-01-01"), OPEN), FuzzyDate.of("1999-12-31"), {R.MET_BY}),
        (
            Period(FuzzyDate.of("2000-01-01"), Ongoing(FuzzyDate.of("2000-01-10"))),
            FuzzyDate.of("2000-01-20"),
            {R.BEFORE, R.MEETS, R.FINISHED_BY, R.CONTAINS},
        ),
    ],
)
def test_relation_examples(a, b, expected):
    """Relation sets worked out by hand, from one relation to several still possible."""
    assert a.relations(b) == expected
