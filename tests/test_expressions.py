"""Expression nodes, recurring patterns and the context's conventions.

Every expected value below was worked out by hand from a calendar; the comments say how. The
weekdays they rest on are checked against ``datetime`` (an independent implementation) in
``test_calendar_facts_the_tables_rely_on``. The reference used most is Monday 18 October 2021,
the day the seed article was written. Around it:

    September 2021           October 2021             November 2021
    Mo Tu We Th Fr Sa Su     Mo Tu We Th Fr Sa Su     Mo Tu We Th Fr Sa Su
           1  2  3  4  5                  1  2  3      1  2  3  4  5  6  7
     6  7  8  9 10 11 12      4  5  6  7  8  9 10      8  9 10 11 12 13 14
    13 14 15 16 17 18 19     11 12 13 14 15 16 17     15 16 17 18 19 20 21
    20 21 22 23 24 25 26     18 19 20 21 22 23 24     22 23 24 25 26 27 28
    27 28 29 30              25 26 27 28 29 30 31     29 30
"""

import calendar
import datetime

import attrs
import pytest
from hypothesis import given, reject
from hypothesis import strategies as st

from timeline import (
    UNKNOWN,
    Bias,
    Context,
    DateOrder,
    Duration,
    FuzzyDate,
    Hemisphere,
    NextWeekday,
    Ongoing,
    PartsConvention,
    Period,
    Precision,
    Qualifier,
    RecentUnits,
    Season,
    SeasonConvention,
    ShiftGrain,
    UpcomingCount,
    Weekday,
    resolve,
)
from timeline import _calendar as cal
from timeline._duration import DEFAULT_ABOUT
from timeline._expressions import Now, ShortYear, WithinUnitPart, window_year
from timeline._patterns import IsoWeekOf
from timeline.errors import OutOfRangeError, ResolutionError, TimelineError, UnknownEventError
from timeline.expressions import (
    Absolute,
    After,
    Amount,
    Anniversary,
    Before,
    Between,
    CurrentUnit,
    DayOfMonth,
    EventRef,
    ForDuration,
    Holiday,
    Intersection,
    InUnit,
    MonthDay,
    MonthOf,
    Named,
    NthInUnit,
    NumericDate,
    Part,
    PartOf,
    QuarterOf,
    Recent,
    SeasonOf,
    Selector,
    Shift,
    ShortDecade,
    Since,
    TenureStart,
    UnitOf,
    UnitPattern,
    Until,
    WeekdayOf,
    WithinUnit,
)
from timeline.strategies import days, durations, expressions, fuzzy_dates

MONDAY_REF = "2021-10-18"  # the seed article's reference, a Monday
WEDNESDAY_REF = "2021-10-20"
SATURDAY_REF = "2021-10-23"


def bounds(value):
    """The first and last day of a fuzzy date as ISO strings."""
    assert isinstance(value, FuzzyDate), value
    return str(value.earliest), str(value.latest)


def period_bounds(value):
    """A period with known ends as ((first, last) of the start, (first, last) of the end)."""
    assert isinstance(value, Period), value
    return bounds(value.start), bounds(value.end)


def resolved(expression, reference=MONDAY_REF, **options):
    """The value of ``expression`` in a context with ``reference`` and ``options``."""
    return expression.resolve(Context(reference=reference, **options)).value


# --- the calendar facts --------------------------------------------------------------------

CALENDAR_FACTS = [
    ("2021-10-18", "Monday"),  # the seed article's reference (the brief says so)
    ("2021-10-20", "Wednesday"),
    ("2021-10-23", "Saturday"),
    ("2021-10-01", "Friday"),  # 18 - 17 days: 17 = 2 weeks + 3, Monday - 3 = Friday
    ("2021-09-01", "Wednesday"),  # 30 days before 1 October: Friday - 2 (30 = 4w + 2)
    ("2021-11-01", "Monday"),  # 31 days after 1 October: Friday + 3
    ("2021-01-01", "Friday"),  # 2021-01-01 .. 2021-10-01 is 273 days = 39 weeks
    ("2021-02-01", "Monday"),  # 31 days after a Friday
    ("2022-01-01", "Saturday"),  # 365 days = 52 weeks + 1 after a Friday
    ("2020-02-29", "Saturday"),  # 2020 was a leap year; 1 March 2020 was a Sunday
    ("2024-02-29", "Thursday"),  # 2024-01-01 was a Monday; 1 February a Thursday
    ("2001-09-11", "Tuesday"),
    ("2013-02-12", "Tuesday"),  # Duckling's reference day
]


@pytest.mark.parametrize(("day", "weekday"), CALENDAR_FACTS)
def test_calendar_facts_the_tables_rely_on(day, weekday):
    """The weekdays the hand-worked tables rest on, checked with the standard library."""
    assert datetime.date.fromisoformat(day).strftime("%A") == weekday
    assert cal.weekday(cal.day_of(day)) == datetime.date.fromisoformat(day).weekday()


# --- the context and its conventions -------------------------------------------------------


def test_context_defaults_follow_news_usage():
    """The default context: past bias, Monday weeks, meteorological northern seasons, ..."""
    ctx = Context(reference=MONDAY_REF)
    assert ctx.reference == FuzzyDate.day(2021, 10, 18)
    assert ctx.bias is Bias.PAST
    assert ctx.week_start is Weekday.MONDAY
    assert ctx.season_convention is SeasonConvention.METEOROLOGICAL
    assert ctx.hemisphere is Hemisphere.NORTHERN
    assert ctx.region is None
    assert ctx.date_order is None
    assert ctx.order is DateOrder.MDY
    assert ctx.next_weekday is NextWeekday.IN_ADJACENT_WEEK
    assert ctx.recent_units is RecentUnits.ROLLING
    assert ctx.parts is PartsConvention.THIRDS
    assert ctx.shift_grain is ShiftGrain.DAY
    assert ctx.upcoming is UpcomingCount.SPAN
    assert ctx.about == DEFAULT_ABOUT
    assert ctx.narrative is False
    assert ctx.previous is None
    assert ctx.events == {}


def test_duckling_context_sets_every_duckling_convention():
    """``Context.duckling`` is forward-biased with each of Duckling's documented choices."""
    ctx = Context.duckling("2013-02-12", region="GB")
    assert ctx.reference == FuzzyDate.day(2013, 2, 12)
    assert ctx.bias is Bias.FUTURE
    assert ctx.season_convention is SeasonConvention.ASTRONOMICAL
    assert ctx.next_weekday is NextWeekday.IN_ADJACENT_WEEK
    assert ctx.recent_units is RecentUnits.WHOLE_UNITS
    assert ctx.parts is PartsConvention.DUCKLING
    assert ctx.shift_grain is ShiftGrain.FINER
    assert ctx.upcoming is UpcomingCount.NTH
    assert ctx.week_start is Weekday.MONDAY
    assert ctx.order is DateOrder.DMY


def test_bias_and_week_start_accept_their_values():
    """``bias`` takes the enum's string value, ``week_start`` a weekday number."""
    ctx = Context(bias="nearest", week_start=6)
    assert ctx.bias is Bias.NEAREST
    assert ctx.week_start is Weekday.SUNDAY
    with pytest.raises(ValueError, match="sideways"):
        Context(bias="sideways")


@pytest.mark.parametrize(
    ("region", "order"),
    [
        ("US", DateOrder.MDY),
        ("us", DateOrder.MDY),  # case does not matter
        ("CA", DateOrder.MDY),
        ("PH", DateOrder.MDY),
        ("GB", DateOrder.DMY),
        ("IE", DateOrder.DMY),
        ("AU", DateOrder.DMY),
        ("NZ", DateOrder.DMY),
        ("IN", DateOrder.DMY),
        (None, DateOrder.MDY),  # unknown: month first, as in Duckling's default English
    ],
)
def test_date_order_by_region(region, order):
    """Month-first regions (US, Canada, the Philippines, ...) and day-first ones elsewhere."""
    assert DateOrder.for_region(region) is order
    assert Context(region=region).order is order


def test_explicit_date_order_overrides_the_region():
    """``date_order`` wins over what the region would suggest."""
    assert Context(region="GB", date_order=DateOrder.MDY).order is DateOrder.MDY
    assert Context(region="US", date_order=DateOrder.DMY).order is DateOrder.DMY


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-10-18", FuzzyDate.day(2021, 10, 18)),
        ("2013-02-12T04:30:00-02:00", FuzzyDate.day(2013, 2, 12)),  # the date part is kept
        (datetime.date(2021, 10, 18), FuzzyDate.day(2021, 10, 18)),
        ("2021-10", FuzzyDate.month(2021, 10)),  # a fuzzy reference
        (FuzzyDate.week(2021, 42), FuzzyDate.week(2021, 42)),
        (None, None),
    ],
)
def test_reference_is_converted_to_a_fuzzy_date(value, expected):
    """A reference may be a string, a date, a datetime string or a fuzzy date."""
    assert Context(reference=value).reference == expected


def test_require_reference_names_what_needed_it():
    """Without a reference, the error names the phrase that needed one and says what to do."""
    with pytest.raises(ResolutionError, match=r"'last week' needs a reference date; pass"):
        Context().require_reference("'last week'")


def test_event_lookup_and_unknown_ids():
    """Events are looked up by id; an unknown id is an ``UnknownEventError`` naming it."""
    ctx = Context(events={"doha": FuzzyDate.day(2020, 2, 29)})
    assert ctx.event("doha") == FuzzyDate.day(2020, 2, 29)
    with pytest.raises(UnknownEventError, match=r"'sept-11'.*known: 'doha'") as caught:
        ctx.event("sept-11")
    assert caught.value.id == "sept-11"
    assert isinstance(caught.value, LookupError)


def test_context_is_frozen():
    """A context cannot be changed; ``attrs.evolve`` makes a changed copy."""
    ctx = Context(reference=MONDAY_REF)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        ctx.bias = Bias.FUTURE
    assert attrs.evolve(ctx, bias=Bias.FUTURE).bias is Bias.FUTURE
    assert ctx.bias is Bias.PAST


# --- units around the reference ------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit", "offset", "expected"),
    [
        (Precision.DAY, 0, ("2021-10-18", "2021-10-18")),
        (Precision.DAY, -1, ("2021-10-17", "2021-10-17")),
        (Precision.DAY, 2, ("2021-10-20", "2021-10-20")),
        # Monday 18 October starts its own week.
        (Precision.WEEK, 0, ("2021-10-18", "2021-10-24")),
        (Precision.WEEK, -1, ("2021-10-11", "2021-10-17")),
        (Precision.WEEK, 1, ("2021-10-25", "2021-10-31")),
        (Precision.WEEK, 2, ("2021-11-01", "2021-11-07")),  # "the week after next"
        (Precision.WEEK, -2, ("2021-10-04", "2021-10-10")),  # "the week before last"
        (Precision.MONTH, 0, ("2021-10-01", "2021-10-31")),
        (Precision.MONTH, -1, ("2021-09-01", "2021-09-30")),
        (Precision.MONTH, 1, ("2021-11-01", "2021-11-30")),
        (Precision.MONTH, 3, ("2022-01-01", "2022-01-31")),  # across the year end
        (Precision.QUARTER, 0, ("2021-10-01", "2021-12-31")),
        (Precision.QUARTER, -1, ("2021-07-01", "2021-09-30")),
        (Precision.QUARTER, 1, ("2022-01-01", "2022-03-31")),
        # Meteorological seasons: autumn is September to November.
        (Precision.SEASON, 0, ("2021-09-01", "2021-11-30")),
        (Precision.SEASON, -1, ("2021-06-01", "2021-08-31")),
        (Precision.SEASON, 1, ("2021-12-01", "2022-02-28")),  # 2022 is no leap year
        (Precision.YEAR, 0, ("2021-01-01", "2021-12-31")),
        (Precision.YEAR, -1, ("2020-01-01", "2020-12-31")),
        (Precision.YEAR, 1, ("2022-01-01", "2022-12-31")),
        (Precision.DECADE, 0, ("2020-01-01", "2029-12-31")),
        (Precision.DECADE, -1, ("2010-01-01", "2019-12-31")),
        (Precision.DECADE, 1, ("2030-01-01", "2039-12-31")),
        # "this century" is the 2000s (the years 20XX), like "this decade" is 202X.
        (Precision.CENTURY, 0, ("2000-01-01", "2099-12-31")),
    ],
)
def test_current_unit_counts_from_the_reference(unit, offset, expected):
    """this/last/next day, week, month, quarter, season, year, decade, century."""
    value = resolved(CurrentUnit(unit, offset))
    assert bounds(value) == expected
    assert value.precision is unit


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        # Decades follow EDTF's digits: 000X is 0..9 and -000X is -9..-1 (10 BC to 2 BC).
        (Precision.DECADE, ("-0009-01-01", "-0001-12-31")),
        # Centuries likewise: 00XX is 0..99 and -00XX is -99..-1.
        (Precision.CENTURY, ("-0099-01-01", "-0001-12-31")),
    ],
)
def test_last_decade_from_the_first_years_ad(unit, expected):
    """In AD 2 "last decade" is -000X (-9..-1), the unit just before 000X (0..9)."""
    assert FuzzyDate.from_edtf("-000X").latest_day + 1 == FuzzyDate.from_edtf("000X").earliest_day
    assert bounds(resolved(CurrentUnit(unit, -1), "0002-01-01")) == expected


def test_current_unit_at_month_ends():
    """Stepping months from a 31st lands in the right month, whatever its length."""
    # 31 March 2021: last month is February (28 days), next month April.
    assert bounds(resolved(CurrentUnit(Precision.MONTH, -1), "2021-03-31")) == (
        "2021-02-01",
        "2021-02-28",
    )
    assert bounds(resolved(CurrentUnit(Precision.MONTH, 1), "2021-03-31")) == (
        "2021-04-01",
        "2021-04-30",
    )
    # 31 December 2021: next month is January 2022.
    assert resolved(CurrentUnit(Precision.MONTH, 1), "2021-12-31") == FuzzyDate.month(2022, 1)


def test_weeks_follow_the_context_week_start():
    """With Sunday weeks, Monday 18 October is in the week Sunday 17 to Saturday 23."""
    sunday = {"week_start": Weekday.SUNDAY}
    assert bounds(resolved(CurrentUnit(Precision.WEEK), **sunday)) == ("2021-10-17", "2021-10-23")
    assert bounds(resolved(CurrentUnit(Precision.WEEK, -1), **sunday)) == (
        "2021-10-10",
        "2021-10-16",
    )
    # A Sunday itself starts the week.
    assert bounds(resolved(CurrentUnit(Precision.WEEK), "2021-10-24", **sunday)) == (
        "2021-10-24",
        "2021-10-30",
    )


@pytest.mark.parametrize(
    ("reference", "unit", "part", "expected"),
    [
        # "earlier this month" runs from the 1st to the day before the reference.
        (MONDAY_REF, Precision.MONTH, WithinUnitPart.EARLIER, ("2021-10-01", "2021-10-17")),
        (MONDAY_REF, Precision.MONTH, WithinUnitPart.LATER, ("2021-10-19", "2021-10-31")),
        # "the rest of" includes the reference day itself.
        (MONDAY_REF, Precision.MONTH, WithinUnitPart.REST, ("2021-10-18", "2021-10-31")),
        (MONDAY_REF, Precision.YEAR, WithinUnitPart.EARLIER, ("2021-01-01", "2021-10-17")),
        (MONDAY_REF, Precision.YEAR, WithinUnitPart.LATER, ("2021-10-19", "2021-12-31")),
        (MONDAY_REF, Precision.WEEK, WithinUnitPart.REST, ("2021-10-18", "2021-10-24")),
        # On Wednesday 20 October the week so far is Monday and Tuesday.
        (WEDNESDAY_REF, Precision.WEEK, WithinUnitPart.EARLIER, ("2021-10-18", "2021-10-19")),
        (WEDNESDAY_REF, Precision.WEEK, WithinUnitPart.LATER, ("2021-10-21", "2021-10-24")),
        (WEDNESDAY_REF, Precision.WEEK, WithinUnitPart.REST, ("2021-10-20", "2021-10-24")),
        # On the last day of a month, the rest of it is that day alone.
        ("2021-10-31", Precision.MONTH, WithinUnitPart.REST, ("2021-10-31", "2021-10-31")),
    ],
)
def test_within_unit(reference, unit, part, expected):
    """Earlier, later and the rest of the unit that contains the reference."""
    assert bounds(resolved(WithinUnit(unit, part), reference)) == expected


@pytest.mark.parametrize(
    ("reference", "unit", "part"),
    [
        ("2021-10-01", Precision.MONTH, WithinUnitPart.EARLIER),  # nothing before the 1st
        ("2021-10-31", Precision.MONTH, WithinUnitPart.LATER),  # nothing after the 31st
        ("2021-01-01", Precision.YEAR, WithinUnitPart.EARLIER),
        (MONDAY_REF, Precision.WEEK, WithinUnitPart.EARLIER),  # Monday starts the week
    ],
)
def test_within_unit_at_the_edge_is_an_error(reference, unit, part):
    """On the 1st, "earlier this month" covers no day: a ``ResolutionError``, not a guess."""
    with pytest.raises(ResolutionError, match="is empty"):
        resolved(WithinUnit(unit, part), reference)


# --- named patterns and the bias -----------------------------------------------------------

# Weekday -> the day picked on Wednesday 20 October 2021 under each bias. Past takes the latest
# one on or before the 20th (Wednesday itself); future the first strictly after it (the next
# Wednesday is the 27th); nearest the closer of the two.
WEEKDAYS_ON_WEDNESDAY = [
    # weekday, past, future, nearest (days back / days ahead)
    (0, "2021-10-18", "2021-10-25", "2021-10-18"),  # Monday: 2 back, 5 ahead
    (1, "2021-10-19", "2021-10-26", "2021-10-19"),  # Tuesday: 1 back, 6 ahead
    (2, "2021-10-20", "2021-10-27", "2021-10-20"),  # Wednesday: the day itself
    (3, "2021-10-14", "2021-10-21", "2021-10-21"),  # Thursday: 6 back, 1 ahead
    (4, "2021-10-15", "2021-10-22", "2021-10-22"),  # Friday: 5 back, 2 ahead
    (5, "2021-10-16", "2021-10-23", "2021-10-23"),  # Saturday: 4 back, 3 ahead
    (6, "2021-10-17", "2021-10-24", "2021-10-17"),  # Sunday: 3 back, 4 ahead
]


@pytest.mark.parametrize(("weekday", "past", "future", "nearest"), WEEKDAYS_ON_WEDNESDAY)
def test_named_weekday_by_bias(weekday, past, future, nearest):
    """Past includes the reference day, future skips it, nearest takes the closer one."""
    expression = Named(WeekdayOf(weekday))
    assert resolved(expression, WEDNESDAY_REF, bias=Bias.PAST) == FuzzyDate.of(past)
    assert resolved(expression, WEDNESDAY_REF, bias=Bias.FUTURE) == FuzzyDate.of(future)
    assert resolved(expression, WEDNESDAY_REF, bias=Bias.NEAREST) == FuzzyDate.of(nearest)


@pytest.mark.parametrize(
    ("reference", "selector", "weekday", "coming", "adjacent"),
    [
        # Wednesday 20 October. "next Friday": the coming one is the 22nd; the Friday of next
        # week (25..31 October) is the 29th.
        (WEDNESDAY_REF, Selector.NEXT, 4, "2021-10-22", "2021-10-29"),
        (WEDNESDAY_REF, Selector.NEXT, 0, "2021-10-25", "2021-10-25"),
        (WEDNESDAY_REF, Selector.NEXT, 2, "2021-10-27", "2021-10-27"),
        (WEDNESDAY_REF, Selector.NEXT, 6, "2021-10-24", "2021-10-31"),
        # "last Monday": the one before the 20th is the 18th; last week's is the 11th.
        (WEDNESDAY_REF, Selector.LAST, 0, "2021-10-18", "2021-10-11"),
        (WEDNESDAY_REF, Selector.LAST, 4, "2021-10-15", "2021-10-15"),
        # Saturday 23 October: "last Friday" is yesterday, or the Friday of last week.
        (SATURDAY_REF, Selector.LAST, 4, "2021-10-22", "2021-10-15"),
        # Monday 18 October: "next Friday" is this week's, or next week's.
        (MONDAY_REF, Selector.NEXT, 4, "2021-10-22", "2021-10-29"),
        (MONDAY_REF, Selector.LAST, 0, "2021-10-11", "2021-10-11"),
    ],
)
def test_next_and_last_weekday_conventions(reference, selector, weekday, coming, adjacent):
    """Next and last weekdays: ``IN_ADJACENT_WEEK`` (the default) and ``COMING``."""
    expression = Named(WeekdayOf(weekday), selector)
    assert resolved(expression, reference) == FuzzyDate.of(adjacent)
    coming_one = resolved(expression, reference, next_weekday=NextWeekday.COMING)
    assert coming_one == FuzzyDate.of(coming)


# Month -> the year picked on 18 October 2021. Past: this year's up to October, last year's
# November and December. Future: October is current, later months this year, earlier ones next
# year. Nearest compares the days from the end of the past one and to the start of the next:
# April 2021 ended 171 days before, April 2022 starts 165 days after (13 + 30 + 31 + 31 + 28 +
# 31 + 1); May 2021 ended 140 days before, May 2022 starts 195 days after.
MONTHS_IN_OCTOBER = [
    (1, 2021, 2022, 2022),  # January: 260 back, 75 ahead
    (4, 2021, 2022, 2022),
    (5, 2021, 2022, 2021),
    (9, 2021, 2022, 2021),  # September ended 18 days before
    (10, 2021, 2021, 2021),  # the current month, under every bias
    (11, 2020, 2021, 2021),  # November 2021 starts 14 days after
    (12, 2020, 2021, 2021),
]


@pytest.mark.parametrize(("month", "past", "future", "nearest"), MONTHS_IN_OCTOBER)
def test_named_month_by_bias(month, past, future, nearest):
    """Each month ("in May") under each bias, on 18 October 2021."""
    expression = Named(MonthOf(month))
    assert resolved(expression, bias=Bias.PAST) == FuzzyDate.month(past, month)
    assert resolved(expression, bias=Bias.FUTURE) == FuzzyDate.month(future, month)
    assert resolved(expression, bias=Bias.NEAREST) == FuzzyDate.month(nearest, month)


def test_nearest_month_tie_goes_to_the_past():
    """On 15 December 2021 June 2021 ended 168 days before and June 2022 starts 168 after."""
    # Past: 31 (July) + 31 + 30 + 31 + 30 + 15 = 168 days from 30 June to 15 December.
    # Future: 16 (to 31 December) + 31 + 28 + 31 + 30 + 31 + 1 = 168 days to 1 June 2022.
    june = Named(MonthOf(6))
    assert resolved(june, "2021-12-15", bias=Bias.NEAREST) == FuzzyDate.month(2021, 6)
    # A day later the future one is closer (169 against 167).
    assert resolved(june, "2021-12-16", bias=Bias.NEAREST) == FuzzyDate.month(2022, 6)


@pytest.mark.parametrize(
    ("season", "options", "past", "future"),
    [
        # Meteorological, northern (the default): autumn is September to November 2021.
        (Season.SPRING, {}, ("2021-03-01", "2021-05-31"), ("2022-03-01", "2022-05-31")),
        (Season.SUMMER, {}, ("2021-06-01", "2021-08-31"), ("2022-06-01", "2022-08-31")),
        (Season.AUTUMN, {}, ("2021-09-01", "2021-11-30"), ("2021-09-01", "2021-11-30")),
        (Season.WINTER, {}, ("2020-12-01", "2021-02-28"), ("2021-12-01", "2022-02-28")),
        # Astronomical: the usual solstice and equinox days (21 June, 22 September, ...).
        (
            Season.SUMMER,
            {"season_convention": SeasonConvention.ASTRONOMICAL},
            ("2021-06-21", "2021-09-21"),
            ("2022-06-21", "2022-09-21"),
        ),
        (
            Season.WINTER,
            {"season_convention": SeasonConvention.ASTRONOMICAL},
            ("2020-12-21", "2021-03-19"),
            ("2021-12-21", "2022-03-19"),
        ),
        # Southern hemisphere: summer is December to February, spring is current in October.
        (
            Season.SUMMER,
            {"hemisphere": Hemisphere.SOUTHERN},
            ("2020-12-01", "2021-02-28"),
            ("2021-12-01", "2022-02-28"),
        ),
        (
            Season.SPRING,
            {"hemisphere": Hemisphere.SOUTHERN},
            ("2021-09-01", "2021-11-30"),
            ("2021-09-01", "2021-11-30"),
        ),
    ],
)
def test_named_season_by_bias_convention_and_hemisphere(season, options, past, future):
    """Seasons on 18 October 2021 under each bias, convention and hemisphere."""
    expression = Named(SeasonOf(season))
    assert bounds(resolved(expression, bias=Bias.PAST, **options)) == past
    assert bounds(resolved(expression, bias=Bias.FUTURE, **options)) == future


@pytest.mark.parametrize(
    ("quarter", "past", "future"),
    [
        (1, ("2021-01-01", "2021-03-31"), ("2022-01-01", "2022-03-31")),
        (3, ("2021-07-01", "2021-09-30"), ("2022-07-01", "2022-09-30")),
        (4, ("2021-10-01", "2021-12-31"), ("2021-10-01", "2021-12-31")),  # current
    ],
)
def test_named_quarter_by_bias(quarter, past, future):
    """Quarters ("the third quarter", "Q4") on 18 October 2021, in the fourth quarter."""
    expression = Named(QuarterOf(quarter))
    assert bounds(resolved(expression, bias=Bias.PAST)) == past
    assert bounds(resolved(expression, bias=Bias.FUTURE)) == future


@pytest.mark.parametrize(
    ("pattern", "options", "expected"),
    [
        # 29 February: past is 2020, future 2024 (2021-2023 have none).
        (MonthDay(2, 29), {}, "2020-02-29"),
        (MonthDay(2, 29), {"bias": Bias.FUTURE}, "2024-02-29"),
        # "the 31st": September has 30 days, so the last 31st before 18 October is 31 August;
        # the next is 31 October.
        (DayOfMonth(31), {}, "2021-08-31"),
        (DayOfMonth(31), {"bias": Bias.FUTURE}, "2021-10-31"),
        # 25 December (a Saturday in 2021): past is 2020's.
        (MonthDay(12, 25), {}, "2020-12-25"),
        (MonthDay(12, 25), {"bias": Bias.FUTURE}, "2021-12-25"),
        # Friday the 13th: August 2021 (1 August 2021 was a Sunday, so the 13th a Friday);
        # 13 September was a Monday and 13 October a Wednesday.
        (Intersection(DayOfMonth(13), (WeekdayOf(4),)), {}, "2021-08-13"),
    ],
)
def test_named_days_of_the_year_and_month(pattern, options, expected):
    """Days that do not occur every year or every month are found where they do."""
    assert resolved(Named(pattern), **options) == FuzzyDate.of(expected)


def test_holiday_on_its_own_day_is_current_under_future_bias():
    """Future bias skips the reference day for weekdays only: Christmas Day is current."""
    christmas = Named(Holiday("christmas"))
    assert resolved(christmas, "2021-12-25", bias=Bias.FUTURE) == FuzzyDate.day(2021, 12, 25)
    assert resolved(christmas, "2021-12-25") == FuzzyDate.day(2021, 12, 25)
    assert resolved(christmas, "2021-12-24") == FuzzyDate.day(2020, 12, 25)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        # Fridays after Monday 18 October: 22, 29 October, 5 November.
        (Named(WeekdayOf(4), Selector.AFTER, 3), "2021-11-05"),
        # Thursdays before it: 14 October, 7 October.
        (Named(WeekdayOf(3), Selector.BEFORE, 2), "2021-10-07"),
        # "this Friday" is the one of this week; "this Monday" on a Monday is today.
        (Named(WeekdayOf(4), Selector.THIS), "2021-10-22"),
        (Named(WeekdayOf(0), Selector.THIS), "2021-10-18"),
    ],
)
def test_named_counted_occurrences(expression, expected):
    """Counted occurrences: "3 Fridays from now", "2 Thursdays ago", "this Friday"."""
    assert resolved(expression) == FuzzyDate.of(expected)


@pytest.mark.parametrize(
    ("anchor", "count", "expected"),
    [
        ("2021-10-21", 1, "2021-10-18"),  # Thursday: Monday 18th is 3 back, 25th 4 ahead
        ("2021-10-22", 1, "2021-10-25"),  # Friday: 4 back, 3 ahead
        ("2021-10-18", 1, "2021-10-18"),  # a Monday is closest to itself
        ("2021-10-21", 2, "2021-10-25"),  # the second closest
        ("2021-10-21", 3, "2021-10-11"),  # then 10 back, before 11 ahead (1 November)
    ],
)
def test_closest_weekday_to_a_date(anchor, count, expected):
    """The closest Monday to X counts occurrences by their distance from X."""
    expression = Named(WeekdayOf(0), Selector.CLOSEST, count, Absolute(FuzzyDate.of(anchor)))
    assert resolved(expression) == FuzzyDate.of(expected)


def test_several_occurrences_in_a_unit_give_their_span_and_alternatives():
    """A Friday in October 2021 is one of its five Fridays, which are the alternatives.

    The phrase does not say which, so the value runs from the first to the last (once the
    first was the value: a made-up day).
    """
    resolution = InUnit(WeekdayOf(4), Absolute(FuzzyDate.month(2021, 10))).resolve()
    assert resolution.value == FuzzyDate.between("2021-10-01", "2021-10-29")
    assert [a.value for a in resolution.alternatives] == [
        FuzzyDate.day(2021, 10, 1),
        FuzzyDate.day(2021, 10, 8),
        FuzzyDate.day(2021, 10, 15),
        FuzzyDate.day(2021, 10, 22),
        FuzzyDate.day(2021, 10, 29),
    ]
    assert all(a.rule.endswith("alternative") for a in resolution.alternatives)


@pytest.mark.parametrize(
    ("phrase", "year", "month_days"),
    [
        ("on the 7th, in 1954", 1954, [(month, 7) for month in range(1, 13)]),
        ("Friday the 13th in 2015", 2015, None),
    ],
)
def test_a_day_that_recurs_within_the_year_is_not_picked(phrase, year, month_days):
    """'On the 7th, in 1954' was 7 January 1954; now some day from the first 7th to the last.

    The occurrences are checked against Python's calendar: every month's 7th, and the
    Fridays that fell on a 13th in 2015 (February, March and November).
    """
    if month_days is None:
        month_days = [
            (month, 13)
            for month in range(1, 13)
            if datetime.date(year, month, 13).weekday() == calendar.FRIDAY
        ]
    days = [FuzzyDate.day(year, month, day) for month, day in month_days]
    resolution = resolve(phrase, reference="2021-10-18")
    assert resolution.value == FuzzyDate(days[0].earliest_day, days[-1].latest_day)
    assert [a.value for a in resolution.alternatives] == days


def test_a_yearly_date_that_falls_twice_in_the_year_is_the_first():
    """Eid al-Adha fell on 3 January and 23 December 1974: the first, as Duckling reads it."""
    resolution = resolve("Eid al-Adha 1974", reference="2021-10-18")
    assert resolution.value == FuzzyDate.day(1974, 1, 3)
    assert [a.value for a in resolution.alternatives] == [FuzzyDate.day(1974, 12, 23)]


def test_in_unit_without_an_occurrence_is_an_error():
    """There is no 29 February in 2021."""
    with pytest.raises(ResolutionError, match="no 29 February"):
        InUnit(MonthDay(2, 29), Absolute(FuzzyDate.year(2021))).resolve()


WEEKS = UnitPattern(Precision.WEEK)


@pytest.mark.parametrize(
    ("count", "pattern", "unit", "from_end", "expected"),
    [
        # January 2021 began on a Friday: Mondays 4, 11, 18.
        (3, WeekdayOf(0), FuzzyDate.month(2021, 1), False, ("2021-01-18", "2021-01-18")),
        # January 2022 began on a Saturday: Mondays 3, 10, 17.
        (3, WeekdayOf(0), FuzzyDate.month(2022, 1), False, ("2022-01-17", "2022-01-17")),
        # Fridays of October 2021: 1, 8, 15, 22, 29.
        (1, WeekdayOf(4), FuzzyDate.month(2021, 10), True, ("2021-10-29", "2021-10-29")),
        (1, UnitPattern(Precision.DAY), FuzzyDate.month(2024, 2), True, ("2024-02-29",) * 2),
        (1, UnitPattern(Precision.DAY), FuzzyDate.month(2023, 2), True, ("2023-02-28",) * 2),
        # Whole weeks inside October 2021: 4-10, 11-17, 18-24, 25-31.
        (2, WEEKS, FuzzyDate.month(2021, 10), True, ("2021-10-18", "2021-10-24")),
        (1, WEEKS, FuzzyDate.month(2021, 10), False, ("2021-10-04", "2021-10-10")),
        # September 2021 began on a Wednesday: whole weeks 6-12, 13-19, 20-26 (27 September to
        # 3 October is not inside the month).
        (1, WEEKS, FuzzyDate.month(2021, 9), False, ("2021-09-06", "2021-09-12")),
        (1, WEEKS, FuzzyDate.month(2021, 9), True, ("2021-09-20", "2021-09-26")),
        (2, WEEKS, FuzzyDate.month(2021, 9), True, ("2021-09-13", "2021-09-19")),
    ],
)  # fmt: skip
def test_nth_in_unit(count, pattern, unit, from_end, expected):
    """The nth (or nth last) weekday, day or whole week inside a month."""
    expression = NthInUnit(count, pattern, Absolute(unit), from_end=from_end)
    assert bounds(expression.resolve().value) == expected


def test_nth_in_unit_beyond_the_count_is_an_error():
    """February 2021 (from Monday the 1st) has Mondays 1, 8, 15, 22: no fifth."""
    expression = NthInUnit(5, WeekdayOf(0), Absolute(FuzzyDate.month(2021, 2)))
    with pytest.raises(ResolutionError, match="4 whole Mondays, not 5"):
        expression.resolve()


def test_nth_in_unit_of_a_tenure_is_said_in_office():
    """'The 100th day in office' counts from taking office; bound, from the appointment.

    Bound to an appointment on 20 January 2021, the 100th day is 29 April (20 January + 99
    days: 11 to 31 January, 28 in February, 31 in March, 29 in April).
    """
    days = UnitPattern(Precision.DAY)
    hundredth = NthInUnit(100, days, TenureStart())
    assert hundredth.phrase() == "the 100th day in office"
    assert hundredth.counts_from_tenure()
    with pytest.raises(ResolutionError, match="counts from the start of a tenure"):
        hundredth.resolve()
    bound = hundredth.with_tenure_start("sworn")
    assert bound == NthInUnit(100, days, EventRef("sworn"))
    assert bound.phrase() == "the 100th day of {sworn}"
    into = Shift(NthInUnit(1, days, EventRef("war")), Duration(months=3))
    assert into.phrase() == "3 months after the 1st day of {war}"


def test_unit_of_a_date():
    """The week of 20 October 2021 is Monday 18 to Sunday 24, or Sunday 17 to Saturday 23."""
    week_of = UnitOf(Precision.WEEK, Absolute(FuzzyDate.day(2021, 10, 20)))
    assert week_of.resolve().value == FuzzyDate.week(2021, 42)
    sunday_weeks = Context(week_start=Weekday.SUNDAY)
    assert bounds(week_of.resolve(sunday_weeks).value) == ("2021-10-17", "2021-10-23")
    month_of = UnitOf(Precision.MONTH, Absolute(FuzzyDate.day(2020, 2, 29)))
    assert month_of.resolve().value == FuzzyDate.month(2020, 2)


# --- patterns against brute force ----------------------------------------------------------


def _matches(pattern, date):
    """Whether ``date`` (a ``datetime.date``) is an occurrence of a day-precision pattern."""
    if isinstance(pattern, WeekdayOf):
        return date.weekday() == pattern.weekday
    if isinstance(pattern, MonthDay):
        return (date.month, date.day) == (pattern.month, pattern.day)
    return date.day == pattern.day


DAY_PATTERNS = st.one_of(
    st.integers(0, 6).map(WeekdayOf),
    st.tuples(st.integers(1, 12), st.integers(1, 31))
    .filter(lambda md: md[1] <= cal.days_in_month(2000, md[0]))
    .map(lambda md: MonthDay(*md)),
    st.integers(1, 31).map(DayOfMonth),
)


@given(DAY_PATTERNS, days(min_value="1000-01-01", max_value="8999-12-31"))
def test_day_patterns_against_brute_force(pattern, day):
    """``after``, ``before`` and ``containing`` equal a day-by-day scan with ``datetime``."""
    ctx = Context()
    date = datetime.date.fromordinal(day)
    forward = date + datetime.timedelta(days=1)
    while not _matches(pattern, forward):
        forward += datetime.timedelta(days=1)
    backward = date - datetime.timedelta(days=1)
    while not _matches(pattern, backward):
        backward -= datetime.timedelta(days=1)
    assert pattern.after(day, ctx) == (forward.toordinal(), forward.toordinal())
    assert pattern.before(day, ctx) == (backward.toordinal(), backward.toordinal())
    expected = (day, day) if _matches(pattern, date) else None
    assert pattern.containing(day, ctx) == expected


@pytest.mark.parametrize(
    ("year", "occurs"),
    [(2020, True), (2021, False), (2000, True), (1900, False), (2100, False), (2400, True)],
)
def test_29_february_occurs_only_in_leap_years(year, occurs):
    """Leap years: divisible by 4, except centuries not divisible by 400."""
    assert bool(MonthDay(2, 29).in_year(year, Context())) is occurs


# --- shifts, anniversaries, before and after ------------------------------------------------

EVENTS = {
    "sept-11": FuzzyDate.day(2001, 9, 11),
    "leap": FuzzyDate.day(2020, 2, 29),
    "appointed": FuzzyDate.month(2018, 9),
}


def at_events(expression, **options):
    """The value of ``expression`` with ``EVENTS`` known and the Monday reference."""
    return expression.resolve(Context(reference=MONDAY_REF, events=EVENTS, **options)).value


@pytest.mark.parametrize(
    ("reference", "amount", "expected"),
    [
        (MONDAY_REF, Duration(years=-3), "2018-10-18"),  # "three years ago"
        (MONDAY_REF, Duration(weeks=2), "2021-11-01"),  # "in 2 weeks": 18 + 14 = 32 - 31
        (MONDAY_REF, Duration(months=-2), "2021-08-18"),
        (MONDAY_REF, Duration(days=-21), "2021-09-27"),  # 18 October - 18 = 30 September
        (MONDAY_REF, Duration(years=1), "2022-10-18"),
        ("2021-03-31", Duration(months=-1), "2021-02-28"),  # no 31 February: the month's end
        ("2020-02-29", Duration(years=-1), "2019-02-28"),
        ("2020-02-29", Duration(years=4), "2024-02-29"),
    ],
)
def test_shift_from_the_reference(reference, amount, expected):
    """Calendar shifts from the reference day, clamping to the end of short months."""
    assert resolved(Shift(Now(), amount), reference) == FuzzyDate.of(expected)


@pytest.mark.parametrize(
    ("amount", "expected", "precision"),
    [
        # Years are one unit coarser than months: the month three years back.
        (Duration(years=-3), ("2018-10-01", "2018-10-31"), Precision.MONTH),
        # Months and weeks give a day; days have nothing finer.
        (Duration(months=-2), ("2021-08-18", "2021-08-18"), Precision.DAY),
        (Duration(weeks=2), ("2021-11-01", "2021-11-01"), Precision.DAY),
        (Duration(days=3), ("2021-10-21", "2021-10-21"), Precision.DAY),
    ],
)
def test_shift_grain_finer(amount, expected, precision):
    """Under ``ShiftGrain.FINER`` "three years ago" is the month, as Duckling reads it."""
    value = resolved(Shift(Now(), amount), shift_grain=ShiftGrain.FINER)
    assert bounds(value) == expected
    assert value.precision is precision


def test_shift_grain_finer_applies_to_now_only():
    """A year from today names a day, so it stays a day even under ``FINER``."""
    from_today = Shift(CurrentUnit(Precision.DAY), Duration(years=1))
    assert resolved(from_today, shift_grain=ShiftGrain.FINER) == FuzzyDate.day(2022, 10, 18)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        # 29 February 2020 + 3 days: 1, 2, 3 March.
        (Shift(EventRef("leap"), Duration(days=3)), ("2020-03-03", "2020-03-03")),
        (Shift(EventRef("leap"), Duration(days=-3)), ("2020-02-26", "2020-02-26")),
        (Shift(EventRef("leap"), Duration(years=1)), ("2021-02-28", "2021-02-28")),
        # "about three weeks": 21 days +- 3 (a tenth, rounded up), so 18..24 days after.
        (
            Shift(EventRef("leap"), Duration(weeks=3, qualifier=Qualifier.ABOUT)),
            ("2020-03-18", "2020-03-24"),
        ),
        # "more than three years after" September 2018: from 1 September 2021 on.
        (
            Shift(EventRef("appointed"), Duration(years=3, qualifier=Qualifier.AT_LEAST)),
            ("2021-09-01", "9999-12-31"),
        ),
        (
            Shift(EventRef("leap"), Duration(years=1, qualifier=Qualifier.AT_MOST)),
            ("2020-02-29", "2021-02-28"),
        ),
        # A period moves by its end going forward and by its start going back.
        (
            Shift(Absolute(Period(FuzzyDate.year(2001), FuzzyDate.year(2021))), Duration(days=1)),
            ("2021-01-02", "2022-01-01"),
        ),
        (
            Shift(Absolute(Period(FuzzyDate.year(2001), FuzzyDate.year(2021))), Duration(days=-1)),
            ("2000-12-31", "2001-12-30"),
        ),
    ],
)
def test_shift_from_an_anchor(expression, expected):
    """Shifts from an event ("3 days after {x}"), with qualified amounts and periods."""
    assert bounds(at_events(expression)) == expected


@pytest.mark.parametrize(
    ("count", "anchor", "expected"),
    [
        (20, EventRef("sept-11"), FuzzyDate.day(2021, 9, 11)),
        (1, EventRef("leap"), FuzzyDate.day(2021, 2, 28)),  # no 29 February in 2021
        (4, EventRef("leap"), FuzzyDate.day(2024, 2, 29)),
        (3, EventRef("appointed"), FuzzyDate.month(2021, 9)),  # a month stays a month
        (10, Absolute(FuzzyDate.year(2011)), FuzzyDate.year(2021)),
    ],
)
def test_anniversary(count, anchor, expected):
    """The nth anniversary is the anchor moved by n calendar years."""
    assert at_events(Anniversary(count, anchor)) == expected


def test_anniversary_of_a_yearless_date_is_picked_by_the_bias():
    """Said on 18 October 2021, "the 20th anniversary of September 11" is 11 September 2021.

    The anniversary of a date given without its year is itself a 11 September; under past
    bias the latest one (2021). Moving 2021-09-11 twenty years on gives 2041.
    """
    expression = Anniversary(20, Named(MonthDay(9, 11)))
    assert resolved(expression) == FuzzyDate.day(2021, 9, 11)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        # After a year: once the year is over. After an event: from the day after its
        # earliest possible day (an event in September 2021 may be on the 1st).
        (After(Absolute(FuzzyDate.year(2013))), ("2014-01-01", "9999-12-31")),
        (After(Absolute(FuzzyDate.month(2021, 9))), ("2021-10-01", "9999-12-31")),
        (After(EventRef("appointed")), ("2018-09-02", "9999-12-31")),
        (Before(Absolute(FuzzyDate.year(2014))), ("-9999-01-01", "2013-12-31")),
        (Before(EventRef("appointed")), ("-9999-01-01", "2018-09-29")),
        (After(EventRef("sept-11")), ("2001-09-12", "9999-12-31")),
        # "before the 20th anniversary of {sept-11}" (the seed article).
        (Before(Anniversary(20, EventRef("sept-11"))), ("-9999-01-01", "2021-09-10")),
        (After(Anniversary(20, EventRef("sept-11"))), ("2021-09-12", "9999-12-31")),
    ],
)
def test_after_and_before(expression, expected):
    """After 2013 starts once 2013 is over; after {x} the day after x's earliest day."""
    assert bounds(at_events(expression)) == expected


def test_event_reference_needs_the_event():
    """An unknown id is an ``UnknownEventError`` naming it, with or without a reference."""
    with pytest.raises(UnknownEventError, match="'doha'") as caught:
        Shift(EventRef("doha"), Duration(days=3)).resolve(Context(reference=MONDAY_REF))
    assert caught.value.id == "doha"
    assert EventRef("doha").resolve(Context(events={"doha": EVENTS["leap"]})).reference is None


# --- parts of units ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base", "part", "expected"),
    [
        # Months: days 1-10, 11-20, 21 to the end.
        (FuzzyDate.month(2021, 3), Part.EARLY, ("2021-03-01", "2021-03-10")),
        (FuzzyDate.month(2021, 10), Part.MID, ("2021-10-11", "2021-10-20")),
        (FuzzyDate.month(2021, 10), Part.END, ("2021-10-21", "2021-10-31")),
        (FuzzyDate.month(2021, 10), Part.BEGINNING, ("2021-10-01", "2021-10-10")),
        (FuzzyDate.month(2024, 2), Part.LATE, ("2024-02-21", "2024-02-29")),
        (FuzzyDate.month(2021, 2), Part.LATE, ("2021-02-21", "2021-02-28")),
        # Halves of a 31-day month: the first has the odd day.
        (FuzzyDate.month(2021, 10), Part.FIRST_HALF, ("2021-10-01", "2021-10-16")),
        (FuzzyDate.month(2021, 10), Part.SECOND_HALF, ("2021-10-17", "2021-10-31")),
        # Weeks: Monday-Wednesday, Thursday, Friday-Sunday.
        (FuzzyDate.week(2021, 42), Part.BEGINNING, ("2021-10-18", "2021-10-20")),
        (FuzzyDate.week(2021, 42), Part.MID, ("2021-10-21", "2021-10-21")),
        (FuzzyDate.week(2021, 42), Part.END, ("2021-10-22", "2021-10-24")),
        # Years: January-April, May-August, September-December.
        (FuzzyDate.year(2019), Part.EARLY, ("2019-01-01", "2019-04-30")),
        (FuzzyDate.year(2019), Part.MID, ("2019-05-01", "2019-08-31")),
        (FuzzyDate.year(2019), Part.END, ("2019-09-01", "2019-12-31")),
        (FuzzyDate.year(2019), Part.BEGINNING, ("2019-01-01", "2019-04-30")),
        (FuzzyDate.year(2019), Part.FIRST_HALF, ("2019-01-01", "2019-06-30")),
        (FuzzyDate.year(2019), Part.SECOND_HALF, ("2019-07-01", "2019-12-31")),
        # Quarters and seasons: one month each.
        (FuzzyDate.quarter(2021, 4), Part.MID, ("2021-11-01", "2021-11-30")),
        (FuzzyDate.season(2021, "winter"), Part.EARLY, ("2021-12-01", "2021-12-31")),
        (FuzzyDate.season(2021, "winter"), Part.LATE, ("2022-02-01", "2022-02-28")),
        # Decades: the last three years are late.
        (FuzzyDate.decade(1990), Part.LATE, ("1997-01-01", "1999-12-31")),
        # Centuries of a hundred years: the first third rounded up, as decades are (0-3):
        # 34, 33 and 33 years.
        (FuzzyDate.century(1900), Part.EARLY, ("1900-01-01", "1933-12-31")),
        (FuzzyDate.century(1900), Part.MID, ("1934-01-01", "1966-12-31")),
        (FuzzyDate.century(1900), Part.LATE, ("1967-01-01", "1999-12-31")),
    ],
)
def test_parts_in_thirds(base, part, expected):
    """``PartsConvention.THIRDS``: each unit in thirds of its natural parts."""
    assert bounds(PartOf(Absolute(base), part).resolve().value) == expected


@pytest.mark.parametrize(
    ("part", "expected"),
    [(Part.EARLY, ("1990-01-01", "1993-12-31")), (Part.MID, ("1994-01-01", "1996-12-31"))],
)
def test_decade_parts_as_documented(part, expected):
    """The early 1990s are 1990-1993, the mid-1990s 1994-1996, as ``PartsConvention`` says."""
    assert bounds(PartOf(Absolute(FuzzyDate.decade(1990)), part).resolve().value) == expected


@pytest.mark.parametrize(
    ("part", "thirds", "duckling"),
    [
        (Part.BEGINNING, ("2021-01-01", "2021-04-30"), ("2021-01-01", "2021-03-31")),
        (Part.EARLY, ("2021-01-01", "2021-04-30"), ("2021-01-01", "2021-04-30")),
        (Part.END, ("2021-09-01", "2021-12-31"), ("2021-09-01", "2021-12-31")),
    ],
)
def test_parts_of_the_year_under_each_convention(part, thirds, duckling):
    """Only "the beginning of the year" differs: January-March under ``DUCKLING``."""
    expression = PartOf(CurrentUnit(Precision.YEAR), part)
    assert bounds(resolved(expression)) == thirds
    assert bounds(resolved(expression, parts=PartsConvention.DUCKLING)) == duckling


@pytest.mark.parametrize("part", list(Part))
def test_a_part_of_a_day_is_the_day(part):
    """'Late Tuesday' is Tuesday: dates keep days, not the times of day a part would need."""
    monday = FuzzyDate.day(2021, 10, 18)
    assert PartOf(Absolute(monday), part).resolve().value == monday


# --- periods and durations -----------------------------------------------------------------


def test_between_two_dates():
    """A period from 2001 to 2021 runs from the first year to the last one."""
    value = Between(Absolute(FuzzyDate.year(2001)), Absolute(FuzzyDate.year(2021))).resolve().value
    assert value == Period(FuzzyDate.year(2001), FuzzyDate.year(2021))


def test_between_backwards_is_an_error():
    """A period that ends before it starts names both ends."""
    backwards = Between(Absolute(FuzzyDate.year(2021)), Absolute(FuzzyDate.year(2001)))
    with pytest.raises(ResolutionError, match=r"ends \(2001\) before it starts \(2021\)"):
        backwards.resolve()


def test_since_is_ongoing_as_of_the_reference():
    """Since September 2018: ongoing as of the reference, of unknown end without one."""
    since = Since(Absolute(FuzzyDate.month(2018, 9)))
    assert resolved(since) == Period(FuzzyDate.month(2018, 9), Ongoing(FuzzyDate.day(2021, 10, 18)))
    assert since.resolve().value == Period(FuzzyDate.month(2018, 9), UNKNOWN)
    # A document dated only "October 2021": ongoing as of some day of that month.
    assert resolved(since, FuzzyDate.month(2021, 10)) == Period(
        FuzzyDate.month(2018, 9), Ongoing(FuzzyDate.month(2021, 10))
    )


def test_until_has_an_unknown_start():
    """Until last year: ends with 2020 and starts nobody knows when."""
    assert resolved(Until(CurrentUnit(Precision.YEAR, -1))) == Period(UNKNOWN, FuzzyDate.year(2020))


@pytest.mark.parametrize(
    ("reference", "recent", "rolling", "whole"),
    [
        # Monday 18 October. Rolling: the 14 days ending today (5..18 October). Whole units:
        # the two calendar weeks before this one (4..10 and 11..17 October).
        (
            MONDAY_REF,
            Recent(Precision.WEEK, 2, forward=False),
            (("2021-10-05",) * 2, ("2021-10-18",) * 2),
            (("2021-10-04",) * 2, ("2021-10-17",) * 2),
        ),
        # Wednesday 20 October: rolling 7..20 October; whole weeks still 4..17 October.
        (
            WEDNESDAY_REF,
            Recent(Precision.WEEK, 2, forward=False),
            (("2021-10-07",) * 2, ("2021-10-20",) * 2),
            (("2021-10-04",) * 2, ("2021-10-17",) * 2),
        ),
        # "the last two days": today and yesterday, or yesterday and the day before.
        (
            MONDAY_REF,
            Recent(Precision.DAY, 2, forward=False),
            (("2021-10-17",) * 2, ("2021-10-18",) * 2),
            (("2021-10-16",) * 2, ("2021-10-17",) * 2),
        ),
        # "the next two weeks": from tomorrow to 1 November, or the weeks from 25 October.
        (
            MONDAY_REF,
            Recent(Precision.WEEK, 2, forward=True),
            (("2021-10-19",) * 2, ("2021-11-01",) * 2),
            (("2021-10-25",) * 2, ("2021-11-07",) * 2),
        ),
        # "the last 3 months": from 19 July (18 July + 1), or July to September.
        (
            MONDAY_REF,
            Recent(Precision.MONTH, 3, forward=False),
            (("2021-07-19",) * 2, ("2021-10-18",) * 2),
            (("2021-07-01",) * 2, ("2021-09-30",) * 2),
        ),
        # "the past two decades": since 19 October 2001, or the 2000s and 2010s.
        (
            MONDAY_REF,
            Recent(Precision.DECADE, 2, forward=False),
            (("2001-10-19",) * 2, ("2021-10-18",) * 2),
            (("2000-01-01",) * 2, ("2019-12-31",) * 2),
        ),
        # On 31 March, a month back is 28 February, so the last month is 1..31 March.
        (
            "2021-03-31",
            Recent(Precision.MONTH, 1, forward=False),
            (("2021-03-01",) * 2, ("2021-03-31",) * 2),
            (("2021-02-01",) * 2, ("2021-02-28",) * 2),
        ),
    ],
)
def test_recent_units_rolling_and_whole(reference, recent, rolling, whole):
    """The last or next few units under ``RecentUnits.ROLLING`` and ``WHOLE_UNITS``."""
    assert period_bounds(resolved(recent, reference)) == rolling
    whole_units = resolved(recent, reference, recent_units=RecentUnits.WHOLE_UNITS)
    assert period_bounds(whole_units) == whole


def test_upcoming_span_and_nth():
    """The upcoming two weeks: both (``SPAN``), or only the second week (``NTH``)."""
    upcoming = Recent(Precision.WEEK, 2, forward=True, upcoming=True)
    assert period_bounds(resolved(upcoming)) == (("2021-10-19",) * 2, ("2021-11-01",) * 2)
    # The week after next: 1..7 November.
    assert resolved(upcoming, upcoming=UpcomingCount.NTH) == FuzzyDate.week(2021, 44)
    assert bounds(FuzzyDate.week(2021, 44)) == ("2021-11-01", "2021-11-07")


def test_for_a_duration_from_a_date():
    """From 18 December 2021 for 10 days covers 18 to 27 December."""
    expression = ForDuration(Absolute(FuzzyDate.day(2021, 12, 18)), Duration(days=10))
    assert period_bounds(expression.resolve().value) == (
        ("2021-12-18",) * 2,
        ("2021-12-27",) * 2,
    )


def test_amount_is_a_duration_and_needs_no_reference():
    """A duration ("more than three years") resolves to itself, with no reference."""
    more = Duration(years=3, qualifier=Qualifier.AT_LEAST)
    resolution = Amount(more).resolve()
    assert resolution.value == more
    assert resolution.reference is None
    assert resolution.rule == "duration"


# --- figures: numeric dates, two-digit years and decades ------------------------------------


@pytest.mark.parametrize(
    ("expression", "options", "expected"),
    [
        (NumericDate(3, 4, 2021), {"date_order": DateOrder.MDY}, "2021-03-04"),
        (NumericDate(3, 4, 2021), {"date_order": DateOrder.DMY}, "2021-04-03"),
        (NumericDate(3, 4, 2021), {"region": "US"}, "2021-03-04"),
        (NumericDate(3, 4, 2021), {"region": "GB"}, "2021-04-03"),
        # Only one reading is a date: 13 is no month.
        (NumericDate(13, 4, 2021), {"date_order": DateOrder.MDY}, "2021-04-13"),
        (NumericDate(4, 13, 2021), {"date_order": DateOrder.DMY}, "2021-04-13"),
        # Without a year, the bias picks it: 25 December before or after 18 October 2021.
        (NumericDate(12, 25), {}, "2020-12-25"),
        (NumericDate(12, 25), {"bias": Bias.FUTURE}, "2021-12-25"),
        # Two-digit years: the window around 2021 is 1932..2031 under past bias (the
        # default) and 1971..2070 otherwise.
        (NumericDate(1, 1, 71, 2), {}, "1971-01-01"),
        (NumericDate(1, 1, 70, 2), {}, "1970-01-01"),
        (NumericDate(1, 1, 70, 2), {"bias": Bias.NEAREST}, "2070-01-01"),
    ],
)
def test_numeric_dates(expression, options, expected):
    """Numeric dates ("3/4/2021") month first or day first, by the order or the region."""
    assert resolved(expression, **options) == FuzzyDate.of(expected)


def test_numeric_date_that_is_no_date():
    """Numeric 2/30 is neither 30 February nor the 2nd of a 30th month."""
    with pytest.raises(ResolutionError, match="not a date in either month-day order"):
        resolved(NumericDate(2, 30))


@pytest.mark.parametrize(
    ("reference", "digits", "year"),
    [
        # The window is 50 years back and 49 ahead: 1971..2070 around 2021.
        (MONDAY_REF, 71, 1971),
        (MONDAY_REF, 99, 1999),
        (MONDAY_REF, 0, 2000),
        (MONDAY_REF, 21, 2021),
        (MONDAY_REF, 70, 2070),
        # Around 2013 it is 1963..2062.
        ("2013-02-12", 63, 1963),
        ("2013-02-12", 62, 2062),
    ],
)
def test_two_digit_year_window(reference, digits, year):
    """Without past bias a two-digit year lies 50 years back to 49 years ahead."""
    assert window_year(digits, cal.day_of(reference)) == year
    ctx = Context(reference=reference, bias=Bias.NEAREST)
    assert ShortYear(digits).resolve(ctx).value == FuzzyDate.year(year)


@pytest.mark.parametrize(
    ("digits", "year"),
    # Under past bias, 89 years back to 10 ahead: 1932..2031 around 2021.
    [(69, 1969), (45, 1945), (32, 1932), (31, 2031), (21, 2021), (0, 2000)],
)
def test_two_digit_year_window_leans_back_under_past_bias(digits, year):
    """'The summer of '69' read in 2021 is 1969, not 2069; "'31" is still ahead."""
    assert window_year(digits, cal.day_of(MONDAY_REF), Bias.PAST) == year
    assert resolved(ShortYear(digits), MONDAY_REF) == FuzzyDate.year(year)


@pytest.mark.parametrize(("tens", "decade"), [(90, 1990), (20, 2020), (30, 1930), (0, 2000)])
def test_short_decade_is_the_latest_begun_by_the_reference(tens, decade):
    """In 2021 the '90s are the 1990s, the '20s the 2020s and the '30s the 1930s."""
    assert resolved(ShortDecade(tens)) == FuzzyDate.decade(decade)


# --- a fuzzy reference ---------------------------------------------------------------------


def _hull_over_days(expression, reference, **options):
    """Brute force: the bounds of the values at every day the reference may be."""
    values = [
        expression.resolve(Context(reference=FuzzyDate(day, day, Precision.DAY), **options)).value
        for day in range(reference.earliest_day, reference.latest_day + 1)
    ]
    return min(v.earliest_day for v in values), max(v.latest_day for v in values)


def test_last_week_with_a_month_reference_is_the_hull_over_its_days():
    """A document dated "October 2021": "last week" may be any week before one of its days."""
    october = FuzzyDate.month(2021, 10)
    value = resolved(CurrentUnit(Precision.WEEK, -1), october)
    assert (value.earliest_day, value.latest_day) == _hull_over_days(
        CurrentUnit(Precision.WEEK, -1), october
    )
    # By hand: on Friday 1 October last week was 20..26 September; on Sunday 31 October it
    # was 18..24 October.
    assert bounds(value) == ("2021-09-20", "2021-10-24")


@given(
    expressions(max_depth=1, periods=False),
    fuzzy_dates(
        min_value="1900-01-01",
        max_value="2100-12-31",
        precisions=[Precision.WEEK, Precision.MONTH],
        qualifiers=False,
    ),
    st.sampled_from(Bias),
)
def test_fuzzy_reference_gives_the_hull_of_every_day(expression, reference, bias):
    """With a week or month as the reference, the value spans exactly the values of its days."""
    try:
        value = resolved(expression, reference, bias=bias)
        expected = _hull_over_days(expression, reference, bias=bias)
    except TimelineError:
        reject()
    assert (value.earliest_day, value.latest_day) == expected


# --- properties through the public strategies ----------------------------------------------

REFERENCES = days(min_value="0002-01-01", max_value="9997-12-31")
UNITS = st.sampled_from(
    [
        Precision.DAY,
        Precision.WEEK,
        Precision.MONTH,
        Precision.QUARTER,
        Precision.SEASON,
        Precision.YEAR,
        Precision.DECADE,
    ]
)


@given(REFERENCES, st.sampled_from(Weekday))
def test_this_week_contains_the_reference(reference, week_start):
    """This week starts on the week's first day and contains the reference, whatever it is."""
    value = (
        CurrentUnit(Precision.WEEK)
        .resolve(Context(reference=FuzzyDate.of(reference), week_start=week_start))
        .value
    )
    assert value.earliest_day <= reference <= value.latest_day
    assert value.latest_day - value.earliest_day == 6
    assert datetime.date.fromordinal(value.earliest_day).weekday() == week_start


# The years 0..99 are covered by ``test_last_decade_from_the_first_years_ad`` below. Three
# decades after the 9970s would end past 9999, which is an error (tested elsewhere), so the
# references stop in the 9960s.
@given(days(min_value="0100-01-01", max_value="9969-12-31"), UNITS, st.integers(1, 3))
def test_last_units_end_before_and_next_units_start_after(reference, unit, count):
    """Last week, month, year ... end before the reference; next ones start after it."""
    ctx = Context(reference=FuzzyDate.of(reference))
    last = CurrentUnit(unit, -count).resolve(ctx).value
    this = CurrentUnit(unit).resolve(ctx).value
    following = CurrentUnit(unit, count).resolve(ctx).value
    assert last.latest_day < reference < following.earliest_day
    assert last.latest_day < this.earliest_day <= reference <= this.latest_day
    assert this.latest_day < following.earliest_day
    if count == 1:  # adjacent units meet
        assert last.latest_day + 1 == this.earliest_day
        assert this.latest_day + 1 == following.earliest_day


@given(
    fuzzy_dates(min_value="0002-01-01", max_value="8999-12-31", qualifiers=False),
    st.integers(0, 2000),
)
def test_n_days_after_an_event_is_the_event_moved_by_n_days(event, count):
    """N days after {x} is x's bounds plus N, in day numbers."""
    value = Shift(EventRef("x"), Duration(days=count)).resolve(Context(events={"x": event})).value
    assert (value.earliest_day, value.latest_day) == (
        event.earliest_day + count,
        event.latest_day + count,
    )


@given(REFERENCES, st.integers(0, 6))
def test_named_weekdays_by_bias_against_brute_force(reference, weekday):
    """Past: the latest such weekday on or before the reference; future: the first after it."""
    ctx = Context(reference=FuzzyDate.of(reference))
    past = Named(WeekdayOf(weekday)).resolve(ctx).value
    future = Named(WeekdayOf(weekday)).resolve(attrs.evolve(ctx, bias=Bias.FUTURE)).value
    back = next(d for d in range(reference, reference - 7, -1) if (d - 1) % 7 == weekday)
    ahead = next(d for d in range(reference + 1, reference + 8) if (d - 1) % 7 == weekday)
    # Day number 1 (1 January of year 1) was a Monday, so (day - 1) % 7 is the weekday.
    assert past == FuzzyDate.of(back)
    assert future == FuzzyDate.of(ahead)
    assert past.earliest_day <= reference < future.latest_day


@given(
    days(min_value="1000-01-01", max_value="8999-12-31"),
    st.integers(0, 6),
    st.one_of(
        st.integers(1, 31).map(DayOfMonth),
        st.tuples(st.integers(1, 12), st.integers(1, 28)).map(lambda md: MonthDay(*md)),
    ),
    st.sampled_from(Bias),
)
def test_a_date_named_with_its_weekday_against_brute_force(reference, weekday, date, bias):
    """'Friday the 13th', 'Thursday 10 August' under each bias, against a scan over days.

    The rule, as docs/relative-dates.md states it: nearest bias takes the closest such day
    (the earlier on a tie) if it is within 731 days, else no year is guessed; past (future)
    bias takes one less than a week ahead (behind) if there is one, else the latest on or
    before (first after) the reference if it is within 731 days, else the other if it is
    within 31 days, else no year is guessed.
    """
    ctx = Context(reference=FuzzyDate.of(reference), bias=bias)
    pattern = Intersection(date, (WeekdayOf(weekday),))

    def matches(day):
        value = datetime.date.fromordinal(day)
        wanted = (value.day,) if isinstance(date, DayOfMonth) else (value.month, value.day)
        named = (date.day,) if isinstance(date, DayOfMonth) else (date.month, date.day)
        return value.weekday() == weekday and wanted == named

    # Such a day comes round within 11 years (28 in the rarest case, a February day).
    back = next(d for d in range(reference, reference - 11_000, -1) if matches(d))
    ahead = next(d for d in range(reference + 1, reference + 11_000) if matches(d))
    closest = back if reference - back <= ahead - reference else ahead
    if bias is Bias.NEAREST and abs(closest - reference) > 731:
        with pytest.raises(ResolutionError, match="give the year"):
            Named(pattern).resolve(ctx)
        return
    if bias is Bias.NEAREST:
        expected = closest
    else:
        looking, other = (back, ahead) if bias is Bias.PAST else (ahead, back)
        if abs(other - reference) < 7:
            expected = other
        elif abs(looking - reference) <= 731:
            expected = looking
        elif abs(other - reference) <= 31:
            expected = other
        else:
            with pytest.raises(ResolutionError, match="give the year"):
                Named(pattern).resolve(ctx)
            return
    assert Named(pattern).resolve(ctx).value == FuzzyDate.of(expected)


@given(REFERENCES, st.integers(1, 12))
def test_named_months_by_bias_start_before_or_end_after_the_reference(reference, month):
    """A past-bias month starts on or before the reference; a future-bias one ends on or after."""
    ctx = Context(reference=FuzzyDate.of(reference))
    past = Named(MonthOf(month)).resolve(ctx).value
    future = Named(MonthOf(month)).resolve(attrs.evolve(ctx, bias=Bias.FUTURE)).value
    date = datetime.date.fromordinal(reference)
    assert past.earliest_day <= reference
    assert future.latest_day >= reference
    # By hand: this year's month if it has begun, else last year's; and the other way round.
    past_year = date.year if month <= date.month else date.year - 1
    future_year = date.year if month >= date.month else date.year + 1
    assert past == FuzzyDate.month(past_year, month)
    assert future == FuzzyDate.month(future_year, month)


@given(REFERENCES, st.sampled_from([SeasonOf(s) for s in Season] + [QuarterOf(q) for q in (1, 4)]))
def test_named_seasons_and_quarters_by_bias(reference, pattern):
    """Past-bias ones start on or before the reference; future-bias ones end on or after it."""
    ctx = Context(reference=FuzzyDate.of(reference))
    past = Named(pattern).resolve(ctx).value
    future = Named(pattern).resolve(attrs.evolve(ctx, bias=Bias.FUTURE)).value
    assert past.earliest_day <= reference <= future.latest_day
    # They are the same occurrence when one contains the reference, else a year apart.
    if past.latest_day >= reference:
        assert past == future
    else:
        assert future.earliest_day > reference


@given(durations(negative=True, max_years=20))
def test_amounts_resolve_to_themselves(amount):
    """Any duration, with any qualifier, is its own value and needs no reference."""
    assert Amount(amount).resolve().value == amount


@given(days(min_value="0002-01-01", max_value="9998-12-31"), st.integers(1, 53))
def test_iso_week_pattern_against_isocalendar(day, week):
    """ISO weeks numbered ``week`` that begin in a year, against ``datetime.isocalendar``.

    The expected weeks start on the Mondays of the year whose ISO week is ``week``, found by
    walking every day of the year.
    """
    year = cal.civil_from_day(day)[0]
    first = datetime.date(year, 1, 1).toordinal()
    last = datetime.date(year, 12, 31).toordinal()
    mondays = [
        d
        for d in range(first, last + 1)
        if datetime.date.fromordinal(d).weekday() == 0
        and datetime.date.fromordinal(d).isocalendar().week == week
    ]
    assert IsoWeekOf(week).in_year(year, None) == [(m, m + 6) for m in mondays]


def test_units_past_the_end_of_the_calendar_are_an_error():
    """Three decades after the 9970s would end in 10009: a clear error, not a wrapped date."""
    ctx = Context(reference=FuzzyDate.day(9975, 1, 1))
    with pytest.raises(OutOfRangeError, match="after 9999-12-31"):
        CurrentUnit(Precision.DECADE, 3).resolve(ctx)
