import datetime
import re

import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.vendor.pretty import pretty

from timeline import (
    UNKNOWN,
    Agreement,
    Appointment,
    Duration,
    EndState,
    Event,
    FuzzyDate,
    Hemisphere,
    Period,
    Precision,
    Qualifier,
    Resignation,
)
from timeline import _calendar as cal
from timeline.engine import Tenure, Tenures
from timeline.expressions import Expression
from timeline.strategies import (
    days,
    durations,
    event_ids,
    events,
    fuzzy_dates,
    periods,
    tenures,
)

UNITS = [p for p in Precision if p is not Precision.NONE]
Y2K = cal.make_day(2000, 1, 1)


def reach(strategy, condition):
    """The first drawn example that meets the condition (no shrinking: only reaching counts)."""
    return find(strategy, condition, settings=settings(phases=[Phase.generate], max_examples=1000))


def simplest(strategy):
    """The simplest example of a strategy: what shrinking converges to.

    Hypothesis tries the all-zero choice sequence first, and shrinking minimises towards it, so
    the first example generated is the shrink target; this avoids running the slow shrinker.
    """
    return find(strategy, lambda _: True, settings=settings(phases=[Phase.generate]))


# --- days -------------------------------------------------------------------------------------


@given(days())
def test_days_stay_a_year_inside_the_supported_range(day):
    """By default days fall in years -9998..9998, so every unit around them is representable."""
    assert cal.make_day(-9998, 1, 1) <= day <= cal.make_day(9998, 12, 31)


@given(days(min_value="2020-02-01", max_value=datetime.date(2020, 3, 31)))
def test_days_respect_their_bounds(day):
    """min_value and max_value (any date-like values) bound the days drawn, inclusively."""
    assert cal.make_day(2020, 2, 1) <= day <= cal.make_day(2020, 3, 31)


@pytest.mark.parametrize(
    ("condition", "what"),
    [
        (lambda d: cal.civil_from_day(d)[1:] == (2, 29), "29 February"),
        (lambda d: cal.civil_from_day(d)[0] == 0, "year 0"),
        (lambda d: cal.civil_from_day(d)[0] < -1000, "BCE years"),
        (lambda d: cal.iso_week(d)[1] == 53, "ISO week 53"),
        (
            lambda d: cal.civil_from_day(d + 1)[2] == 1 and cal.civil_from_day(d)[1] == 4,
            "month end",
        ),
    ],
)
def test_days_reach_the_days_where_calendar_code_breaks(condition, what):
    """Leap days, year 0, BCE years, week 53 and month ends are all drawn."""
    day = reach(days(), condition)
    assert condition(day), what


def test_days_shrink_towards_2000_or_the_nearest_bound():
    """The simplest day is 2000-01-01, or the bound nearest to it."""
    assert simplest(days()) == Y2K
    assert simplest(days(min_value="2021-01-01")) == cal.make_day(2021, 1, 1)
    assert simplest(days(max_value="1999-06-30")) == cal.make_day(1999, 6, 30)


def test_days_shrink_to_the_day_nearest_2000_that_fails():
    """Shrinking a failing day really moves it towards 2000-01-01."""
    assert find(days(), lambda d: d > Y2K + 100) == Y2K + 101


@pytest.mark.parametrize(
    "kwargs",
    [
        {"min_value": "2021-01-02", "max_value": "2021-01-01"},
        {"min_value": "-9999-06-01"},
        {"max_value": "9999-06-01"},
        {"min_value": "2021"},
        {"max_value": 3.5},
        {"min_value": "someday"},
    ],
)
def test_bad_day_bounds_are_invalid_arguments(kwargs):
    """Bounds out of order, outside the drawn range or not date-like raise InvalidArgument."""
    with pytest.raises(InvalidArgument):
        days(**kwargs)
    with pytest.raises(InvalidArgument):
        fuzzy_dates(**kwargs)


# --- fuzzy dates ------------------------------------------------------------------------------


@given(fuzzy_dates(precisions=UNITS))
def test_units_are_whole_calendar_units(date):
    """A drawn unit is the whole calendar unit of its precision around its first day.

    Weeks are ISO weeks; seasons meteorological (northern and southern coincide).
    """
    unit = FuzzyDate.containing(date.earliest_day, date.precision)
    assert (unit.earliest_day, unit.latest_day) == (date.earliest_day, date.latest_day)


@given(fuzzy_dates(precisions=[Precision.MONTH, Precision.SEASON], qualifiers=False))
def test_fuzzy_dates_respect_precisions_and_qualifiers(date):
    """Only the requested precisions are drawn, and no qualifiers when they are turned off."""
    assert date.precision in {Precision.MONTH, Precision.SEASON}
    assert not date.approximate
    assert not date.uncertain


@given(fuzzy_dates(min_value="2021-03-10", max_value="2021-03-20", precisions=[Precision.NONE]))
def test_ranges_stay_inside_the_bounds(date):
    """An arbitrary range lies within min_value..max_value and carries no qualifiers."""
    assert cal.make_day(2021, 3, 10) <= date.earliest_day
    assert date.latest_day <= cal.make_day(2021, 3, 20)
    assert date.precision is Precision.NONE
    assert not date.approximate
    assert not date.uncertain


@given(fuzzy_dates(min_value="2021-03-08", max_value="2021-04-04"))
def test_dates_lie_within_their_bounds(date):
    """Every day of a drawn date lies within min_value..max_value.

    Monday 8 March to Sunday 4 April 2021 holds four whole ISO weeks but no whole month,
    quarter, season or year: only days, weeks and ranges fit.
    """
    assert cal.make_day(2021, 3, 8) <= date.earliest_day
    assert date.latest_day <= cal.make_day(2021, 4, 4)
    assert date.precision in {Precision.DAY, Precision.WEEK, Precision.NONE}


def test_every_unit_that_fits_is_drawn():
    """Weeks that fit the bounds are drawn, the last one too."""
    last_week = reach(
        fuzzy_dates(min_value="2021-03-08", max_value="2021-04-04", precisions=[Precision.WEEK]),
        lambda d: d.latest_day == cal.make_day(2021, 4, 4),
    )
    # ISO week 1 of 2021 began on Monday 4 January; 29 March is 12 weeks later: week 13.
    assert last_week.edtf().startswith("2021-W13")


@settings(max_examples=300)
@given(
    days(min_value="1999-06-01", max_value="2001-06-30"),
    st.integers(0, 120),
    st.sampled_from([Precision.WEEK, Precision.MONTH, Precision.SEASON, Precision.QUARTER]),
    st.data(),
)
def test_bounded_units_match_a_brute_force(lo, length, precision, data):
    """A precision is drawn within bounds exactly when one of its units fits, by brute force.

    Every day of the range is tried: its unit (of either hemisphere for seasons) fits when it
    lies within the range. With none, asking for that precision alone is an error.
    """
    hi = lo + length
    hemispheres = list(Hemisphere) if precision is Precision.SEASON else [Hemisphere.NORTHERN]
    fitting = {
        (unit.earliest_day, unit.latest_day)
        for day in range(lo, hi + 1)
        for hemisphere in hemispheres
        for unit in [FuzzyDate.containing(day, precision, hemisphere=hemisphere)]
        if lo <= unit.earliest_day and unit.latest_day <= hi
    }
    if not fitting:
        with pytest.raises(InvalidArgument, match="no whole unit of"):
            fuzzy_dates(min_value=lo, max_value=hi, precisions=[precision])
        return
    date = data.draw(fuzzy_dates(min_value=lo, max_value=hi, precisions=[precision]))
    assert (date.earliest_day, date.latest_day) in fitting


@given(days(min_value="1900-01-01", max_value="2100-12-31"), st.data())
def test_containing_draws_dates_around_a_day(day, data):
    """containing= draws units and ranges that hold the day, of every precision asked for."""
    date = data.draw(fuzzy_dates(containing=day))
    assert date.earliest_day <= day <= date.latest_day


def test_containing_reaches_a_millennium_and_a_wide_range():
    """Around a day, the largest units and ranges of several hundred days are drawn too."""
    day = cal.make_day(2021, 10, 18)
    around = fuzzy_dates(containing=day, precisions=[Precision.MILLENNIUM, Precision.NONE])
    assert reach(around, lambda d: d.precision is Precision.MILLENNIUM).contains(day)
    wide = reach(around, lambda d: d.precision is Precision.NONE and d.days > 300)
    assert wide.earliest_day <= day <= wide.latest_day


@pytest.mark.parametrize(
    "kwargs",
    [
        {"containing": "2021-10-18", "min_value": "2021-01-01"},
        {"containing": "-9999-06-01"},
        {"min_value": "2021-03-02", "max_value": "2021-03-20", "precisions": [Precision.MONTH]},
    ],
)
def test_bad_containing_or_unfit_precisions_are_invalid(kwargs):
    """containing= with bounds, outside the drawn range, or no unit that fits: InvalidArgument."""
    with pytest.raises(InvalidArgument):
        fuzzy_dates(**kwargs).example()


def test_failing_examples_print_as_the_values_repr():
    """Hypothesis prints drawn values as their own readable repr, not field by field."""
    assert pretty(FuzzyDate.month(2020, 1)) == "FuzzyDate.month(2020, 1)"
    assert pretty(Duration(days=3)) == "Duration(days=3)"
    assert pretty(Period(FuzzyDate.year(2001), UNKNOWN)) == (
        "Period(start=FuzzyDate.year(2001), end=UNKNOWN)"
    )


@pytest.mark.parametrize(
    ("precision", "condition"),
    [
        (Precision.WEEK, lambda d: cal.iso_week(d.earliest_day)[1] == 53),
        (Precision.DAY, lambda d: d.earliest.month == 2 and d.earliest.day == 29),
        (Precision.YEAR, lambda d: d.earliest_day < 0),
        (Precision.DECADE, lambda d: d.earliest.year < 0),
        (Precision.SEASON, lambda d: d.earliest.month == 12),
    ],
)
def test_fuzzy_dates_reach_the_awkward_cases(precision, condition):
    """Week 53, 29 February, BCE years and winters across the new year are all drawn."""
    assert condition(reach(fuzzy_dates(precisions=[precision]), condition))


def test_fuzzy_dates_shrink_to_a_plain_day_in_2000():
    """The simplest fuzzy date is the unqualified day 2000-01-01."""
    assert simplest(fuzzy_dates()) == FuzzyDate.day(2000, 1, 1)


@pytest.mark.parametrize("precisions", [[], ["day"], [Precision.DAY, "month"]])
def test_bad_precisions_are_invalid_arguments(precisions):
    """Precisions must be a non-empty collection of Precision members."""
    with pytest.raises(InvalidArgument):
        fuzzy_dates(precisions=precisions)


# --- periods ----------------------------------------------------------------------------------


@given(
    st.sampled_from(EndState).flatmap(
        lambda state: st.tuples(st.just(state), periods(end_states=[state]))
    )
)
def test_periods_in_each_end_state(state_and_period):
    """periods(end_states=[s]) draws only periods whose end is in state s."""
    state, period = state_and_period
    assert period.end_state is state


@given(periods(start_states=[EndState.OPEN, EndState.UNKNOWN]))
def test_periods_respect_start_states(period):
    """Only the requested start states are drawn."""
    assert period.start_state in {EndState.OPEN, EndState.UNKNOWN}


def test_periods_draw_all_four_end_states_by_default():
    """By default known, ongoing, open and unknown ends are all drawn."""
    for state in EndState:
        assert reach(periods(), lambda p, s=state: p.end_state is s).end_state is state


def test_periods_shrink_to_a_single_known_day():
    """The simplest period starts and ends on 2000-01-01."""
    day = FuzzyDate.day(2000, 1, 1)
    assert simplest(periods()) == Period(day, day)


def known_days(period):
    """The days the period's known start, known end and ongoing end's date may fall on."""
    found = []
    for side in (period.start, period.end, getattr(period.end, "as_of", None)):
        if isinstance(side, FuzzyDate):
            found += [side.earliest_day, side.latest_day]
    return found


@given(periods(min_value="1990-01-01", max_value="1999-12-31"))
def test_periods_respect_their_bounds(period):
    """Known starts and ends, and ongoing ends' dates, lie within min_value..max_value."""
    assert all(
        cal.make_day(1990, 1, 1) <= day <= cal.make_day(1999, 12, 31) for day in known_days(period)
    )


@pytest.mark.parametrize(
    "kwargs",
    [{"start_states": [EndState.ONGOING]}, {"start_states": []}, {"end_states": []}],
)
def test_bad_period_states_are_invalid_arguments(kwargs):
    """A start cannot be ongoing, and neither collection of states may be empty."""
    with pytest.raises(InvalidArgument):
        periods(**kwargs)


# --- durations --------------------------------------------------------------------------------


@given(durations(qualifiers=[Qualifier.AT_LEAST, Qualifier.ABOUT], max_years=3, negative=False))
def test_durations_respect_their_arguments(duration):
    """Qualifiers, the largest number of years and the sign are as requested."""
    assert duration.qualifier in {Qualifier.AT_LEAST, Qualifier.ABOUT}
    assert 0 <= duration.years <= 3
    assert not duration.is_negative


def test_durations_can_be_negative_by_default():
    """Negative durations are drawn unless turned off."""
    assert reach(durations(), lambda d: d.is_negative).is_negative


def test_durations_shrink_to_an_exact_zero():
    """The simplest duration is Duration()."""
    assert simplest(durations()) == Duration()


@pytest.mark.parametrize("kwargs", [{"qualifiers": []}, {"max_years": -1}])
def test_bad_duration_arguments_are_invalid(kwargs):
    """No qualifiers, or a negative largest number of years, is an InvalidArgument."""
    with pytest.raises(InvalidArgument):
        durations(**kwargs)


# --- events -----------------------------------------------------------------------------------


@given(event_ids())
def test_event_ids_are_valid_ids(event_id):
    """Ids start with a letter or digit, then letters, digits and '-_.:', at most 16 long."""
    assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,15}", event_id)


def test_event_ids_shrink_to_zero():
    """The simplest id is '0'."""
    assert simplest(event_ids()) == "0"


@given(events(kinds=[Appointment, Resignation]))
def test_events_respect_kinds(event):
    """Only the requested kinds are drawn, with a person and an office that are named."""
    assert type(event) in {Appointment, Resignation}
    assert event.person.strip()
    assert event.office.strip()
    assert "{" not in event.person


@given(events())
def test_events_have_dates_or_periods(event):
    """Drawn events rest on a FuzzyDate or a Period, and their kinds are Event subclasses."""
    assert isinstance(event.when, FuzzyDate | Period)
    assert isinstance(event, Event)


def test_events_draw_every_kind():
    """Agreements (with parties) are among the kinds drawn by default."""
    agreement = reach(events(), lambda e: isinstance(e, Agreement) and len(e.parties) == 2)
    assert len(agreement.parties) == 2


def test_events_shrink_to_a_plain_event_on_a_day_in_2000():
    """The simplest event is a plain Event with id '0' on 2000-01-01."""
    assert simplest(events()) == Event(id="0", when=FuzzyDate.day(2000, 1, 1))


@given(events(min_value="2018-09-01", max_value="2021-10-24"))
def test_events_respect_their_bounds(event):
    """An event's date, or its period's known dates, lie within min_value..max_value."""
    period = event.when if isinstance(event.when, Period) else Period(event.when, event.when)
    assert all(
        cal.make_day(2018, 9, 1) <= day <= cal.make_day(2021, 10, 24) for day in known_days(period)
    )


@given(st.lists(tenures(offices=["Envoy", "Ambassador"], min_value="2001-01-01"), max_size=6))
def test_tenures_make_collections_that_answer_queries(drawn):
    """Drawn tenures are in the offices asked for, within the bounds, with named people.

    Their starts are known or unknown (never open); a collection of them answers holders
    for every office, each holder one of the drawn tenures.
    """
    collection = Tenures(drawn)
    for made in drawn:
        assert made.office in {"Envoy", "Ambassador"}
        assert made.person.strip()
        assert made.period.start_state in {EndState.KNOWN, EndState.UNKNOWN}
        assert all(day >= cal.make_day(2001, 1, 1) for day in known_days(made.period))
    for office in collection.offices:
        held = collection.holders(office, on="2010")
        assert set(held.certain) | set(held.possible) <= set(drawn)


def test_tenures_draw_ongoing_ends_and_acting_holders():
    """Ongoing ends and acting holders are among those drawn."""
    assert reach(tenures(), lambda t: t.period.end_state is EndState.ONGOING).period.end.as_of
    assert reach(tenures(), lambda t: t.acting).acting


@pytest.mark.parametrize("offices", [[], [""], ["Envoy", 3]])
def test_bad_offices_are_invalid_arguments(offices):
    """Offices must be a non-empty collection of names."""
    with pytest.raises(InvalidArgument):
        tenures(offices=offices)


@pytest.mark.parametrize("kinds", [[], [str], [Event, dict]])
def test_bad_kinds_are_invalid_arguments(kinds):
    """Kinds must be a non-empty collection of Event subclasses."""
    with pytest.raises(InvalidArgument):
        events(kinds=kinds)


# --- registration -----------------------------------------------------------------------------


@settings(max_examples=30)
@given(
    st.from_type(FuzzyDate),
    st.from_type(Period),
    st.from_type(Duration),
    st.from_type(Appointment),
)
def test_from_type_draws_timeline_values(date, period, duration, appointment):
    """The entry-point hook registers the strategies, so st.from_type works for our types."""
    assert isinstance(date, FuzzyDate)
    assert isinstance(period, Period)
    assert isinstance(duration, Duration)
    assert isinstance(appointment, Appointment)


@settings(max_examples=30)
@given(st.from_type(Expression), st.from_type(Tenure))
def test_from_type_draws_expressions_and_tenures(expression, made):
    """Expressions come as concrete trees that print a phrase, not the abstract base."""
    assert type(expression) is not Expression
    assert expression.phrase()
    assert isinstance(made, Tenure)


def test_strategies_are_built_once_for_the_same_arguments():
    """The same arguments give the same strategy object, which Hypothesis checks only once.

    Strategies were rebuilt on every draw (nested expressions took 10 ms an example, most of
    it Hypothesis checking new strategy objects): now one is built per set of arguments.
    """
    assert days(min_value="2020-01-01") is days(min_value="2020-01-01")
    bounded = {"min_value": "2020-01-01", "max_value": "2020-12-31"}
    assert fuzzy_dates(**bounded) is fuzzy_dates(**bounded)
    assert fuzzy_dates(containing="2021-10-18") is fuzzy_dates(containing="2021-10-18")
