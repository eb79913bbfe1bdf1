import calendar
import datetime
import pickle

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import (
    CalendarDate,
    Duration,
    FuzzyDate,
    Hemisphere,
    Precision,
    Qualifier,
    Season,
    SeasonConvention,
)
from timeline import _calendar as cal
from timeline.errors import InvalidDateError, OutOfRangeError, TimelineWarning
from timeline.strategies import days, durations, fuzzy_dates

CYCLE_DAYS = 146097
CYCLE_YEARS = 400
CE_DAYS = days(min_value="0001-01-01", max_value="9998-12-31")
UNITS = [p for p in Precision if p is not Precision.NONE]
# Small fuzzy dates (at most a season long) in a short window, so that their days can be listed.
SMALL = fuzzy_dates(
    min_value="2019-11-01",
    max_value="2020-04-30",
    precisions=[
        Precision.DAY,
        Precision.WEEK,
        Precision.MONTH,
        Precision.QUARTER,
        Precision.SEASON,
        Precision.NONE,
    ],
)
TINY = fuzzy_dates(
    min_value="2020-01-01",
    max_value="2020-02-29",
    precisions=[Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.NONE],
)
WITHIN_2000 = fuzzy_dates(
    min_value="2000-01-01",
    max_value="2000-12-31",
    precisions=[
        Precision.DAY,
        Precision.WEEK,
        Precision.MONTH,
        Precision.QUARTER,
        Precision.SEASON,
        Precision.NONE,
    ],
)


def ordinal(year, month, day):
    """The day number of a date, by ``datetime`` after moving it into years 1..9999."""
    cycles = max(0, -((year - 1) // CYCLE_YEARS))
    shifted = datetime.date(year + CYCLE_YEARS * cycles, month, day)
    return shifted.toordinal() - CYCLE_DAYS * cycles


def civil(day):
    """Year, month and day of a day number, by ``datetime`` after moving it into years 1..9999."""
    cycles = max(0, -((day - 1) // CYCLE_DAYS))
    shifted = datetime.date.fromordinal(day + CYCLE_DAYS * cycles)
    return shifted.year - CYCLE_YEARS * cycles, shifted.month, shifted.day


def month_length(year, month):
    """Days in a month, from the ``calendar`` module."""
    return calendar.monthrange(year, month)[1]


def brute_add_months(day, months):
    """Add months by stepping one month at a time, then clamping the day to the month's end."""
    year, month, dom = civil(day)
    step = 1 if months > 0 else -1
    for _ in range(abs(months)):
        month += step
        if month == 13:
            year, month = year + 1, 1
        elif month == 0:
            year, month = year - 1, 12
    return ordinal(year, month, min(dom, month_length(year, month)))


def day_set(date):
    """Every day a fuzzy date may be."""
    return set(range(date.earliest_day, date.latest_day + 1))


def iso(date):
    """The first and last day of a fuzzy date as ISO text."""
    return cal.iso_of(date.earliest_day), cal.iso_of(date.latest_day)


# --- constructors -----------------------------------------------------------------------------

SOUTH, ASTRO = Hemisphere.SOUTHERN, SeasonConvention.ASTRONOMICAL


@pytest.mark.parametrize(
    ("date", "first", "last", "precision"),
    [
        (FuzzyDate.day(2020, 2, 29), "2020-02-29", "2020-02-29", Precision.DAY),
        (FuzzyDate.of("2021-10-18"), "2021-10-18", "2021-10-18", Precision.DAY),
        (FuzzyDate.week(2020, 53), "2020-12-28", "2021-01-03", Precision.WEEK),
        (FuzzyDate.week(2021, 1), "2021-01-04", "2021-01-10", Precision.WEEK),
        (FuzzyDate.month(2018, 9), "2018-09-01", "2018-09-30", Precision.MONTH),
        (FuzzyDate.month(2020, 2), "2020-02-01", "2020-02-29", Precision.MONTH),
        (FuzzyDate.quarter(2020, 1), "2020-01-01", "2020-03-31", Precision.QUARTER),
        (FuzzyDate.quarter(2021, 4), "2021-10-01", "2021-12-31", Precision.QUARTER),
        (FuzzyDate.season(2021, "summer"), "2021-06-01", "2021-08-31", Precision.SEASON),
        (FuzzyDate.season(2021, Season.WINTER), "2021-12-01", "2022-02-28", Precision.SEASON),
        (
            FuzzyDate.season(2021, "summer", hemisphere=SOUTH),
            "2021-12-01",
            "2022-02-28",
            Precision.SEASON,
        ),
        (
            FuzzyDate.season(2021, "spring", convention=ASTRO),
            "2021-03-20",
            "2021-06-20",
            Precision.SEASON,
        ),
        (FuzzyDate.year(2020), "2020-01-01", "2020-12-31", Precision.YEAR),
        (FuzzyDate.year(0), "0000-01-01", "0000-12-31", Precision.YEAR),
        (FuzzyDate.year(-43), "-0043-01-01", "-0043-12-31", Precision.YEAR),
        (FuzzyDate.decade(1990), "1990-01-01", "1999-12-31", Precision.DECADE),
        (FuzzyDate.decade(0), "0000-01-01", "0009-12-31", Precision.DECADE),
        (FuzzyDate.decade(-40), "-0049-01-01", "-0040-12-31", Precision.DECADE),
        (FuzzyDate.century(1900), "1900-01-01", "1999-12-31", Precision.CENTURY),
        (FuzzyDate.century(-100), "-0199-01-01", "-0100-12-31", Precision.CENTURY),
        (FuzzyDate.millennium(1000), "1000-01-01", "1999-12-31", Precision.MILLENNIUM),
        (FuzzyDate.millennium(-9000), "-9999-01-01", "-9000-12-31", Precision.MILLENNIUM),
        (FuzzyDate.between("2021-10-18", "2021-10-24"), "2021-10-18", "2021-10-24", Precision.NONE),
    ],
)
def test_constructors_give_the_calendar_units(date, first, last, precision):
    """Each precision's constructor covers the unit's first to last day (checked by hand)."""
    assert iso(date) == (first, last)
    assert date.precision is precision
    assert not date.approximate
    assert not date.uncertain


def test_qualifiers_do_not_move_the_bounds():
    """Approximate and uncertain are EDTF's ~ and ?; the days stay those of the unit."""
    plain = FuzzyDate.month(2018, 9)
    both = FuzzyDate.month(2018, 9, approximate=True, uncertain=True)
    assert (both.earliest_day, both.latest_day) == (plain.earliest_day, plain.latest_day)
    assert both.approximate
    assert both.uncertain
    assert both != plain


def test_southern_meteorological_seasons_are_the_opposite_northern_ones():
    """Southern summer 2021 has the days of northern winter 2021, so the two compare equal."""
    south = FuzzyDate.season(2021, "summer", hemisphere=Hemisphere.SOUTHERN)
    assert south == FuzzyDate.season(2021, "winter")
    assert FuzzyDate.season(2021, "winter", hemisphere=Hemisphere.SOUTHERN) == FuzzyDate.season(
        2021, "summer"
    )


@given(days())
def test_month_covers_exactly_the_days_of_its_month(day):
    """FuzzyDate.month(y, m) holds every day whose year and month are y and m, and no other."""
    year, month, _ = civil(day)
    date = FuzzyDate.month(year, month)
    assert date.earliest_day == ordinal(year, month, 1)
    assert date.latest_day == ordinal(year, month, month_length(year, month))
    assert civil(date.earliest_day - 1)[:2] != (year, month)
    assert civil(date.latest_day + 1)[:2] != (year, month)
    assert all(civil(d)[:2] == (year, month) for d in day_set(date))
    assert FuzzyDate.containing(day, Precision.MONTH) == date


@given(days())
def test_year_covers_exactly_the_days_of_its_year(day):
    """FuzzyDate.year(y) runs from 1 January to 31 December: 366 days in leap years."""
    year = civil(day)[0]
    date = FuzzyDate.year(year)
    assert (date.earliest_day, date.latest_day) == (ordinal(year, 1, 1), ordinal(year, 12, 31))
    assert date.days == (366 if calendar.isleap(year) else 365)
    assert FuzzyDate.containing(day, Precision.YEAR) == date


@given(CE_DAYS)
def test_week_covers_exactly_the_days_of_its_iso_week(day):
    """FuzzyDate.week(y, w) is the seven days datetime puts in ISO week w of ISO year y."""
    iso_year, iso_week, _ = datetime.date.fromordinal(day).isocalendar()
    date = FuzzyDate.week(iso_year, iso_week)
    assert date.days == 7
    for d in day_set(date):
        assert datetime.date.fromordinal(d).isocalendar()[:2] == (iso_year, iso_week)
    assert datetime.date.fromordinal(date.earliest_day).weekday() == 0
    assert FuzzyDate.containing(day, Precision.WEEK) == date


@given(days())
def test_quarter_covers_exactly_the_days_of_its_quarter(day):
    """FuzzyDate.quarter(y, q) holds the days of months 3q-2..3q of year y, and no other."""
    year, month, _ = civil(day)
    quarter = (month - 1) // 3 + 1
    months = {3 * quarter - 2, 3 * quarter - 1, 3 * quarter}
    date = FuzzyDate.quarter(year, quarter)
    assert all(civil(d)[0] == year and civil(d)[1] in months for d in day_set(date))
    assert civil(date.earliest_day - 1)[1] not in months
    assert civil(date.latest_day + 1)[1] not in months
    assert FuzzyDate.containing(day, Precision.QUARTER) == date


_SEASON_MONTHS = {
    Season.SPRING: (3, 4, 5),
    Season.SUMMER: (6, 7, 8),
    Season.AUTUMN: (9, 10, 11),
    Season.WINTER: (12, 1, 2),
}


@given(days())
def test_season_covers_exactly_the_days_of_its_months(day):
    """A northern meteorological season is exactly three whole months.

    Winter takes January and February of the next year, so a day in January belongs to the
    winter that began the December before.
    """
    year, month, _ = civil(day)
    season = next(s for s, months in _SEASON_MONTHS.items() if month in months)
    season_year = year - 1 if month <= 2 else year
    date = FuzzyDate.season(season_year, season)
    months = _SEASON_MONTHS[season]
    assert civil(date.earliest_day) == (season_year, months[0], 1)
    for d in day_set(date):
        y, m, _ = civil(d)
        assert m in months
        assert y == (season_year + 1 if m < months[0] else season_year)
    assert civil(date.latest_day + 1)[1] not in months
    assert FuzzyDate.containing(day, Precision.SEASON) == date


def numeral(year):
    """A year as EDTF writes it: four digits, with a sign before year 1."""
    return f"-{-year:04d}" if year < 0 else f"{year:04d}"


@given(
    days(),
    st.sampled_from([(Precision.DECADE, 1), (Precision.CENTURY, 2), (Precision.MILLENNIUM, 3)]),
)
def test_digit_units_share_all_but_the_last_digits(day, precision_and_digits):
    """Decades, centuries and millennia share all but the last 1, 2 or 3 digits.

    As EDTF's 199X, 19XX and 1XXX; -004X is -49..-40 and 000X is 0..9.
    """
    precision, digits = precision_and_digits
    year = civil(day)[0]
    prefix = numeral(year)[:-digits]
    nearby = range(max(cal.MIN_YEAR, year - 1100), min(cal.MAX_YEAR, year + 1100) + 1)
    years = [y for y in nearby if numeral(y)[:-digits] == prefix]
    date = FuzzyDate.containing(day, precision)
    assert date.earliest_day == ordinal(min(years), 1, 1)
    assert date.latest_day == ordinal(max(years), 12, 31)
    assert date.precision is precision
    round_years = [y for y in years if y % 10**digits == 0]
    if round_years:
        constructor = getattr(FuzzyDate, precision.value)
        assert constructor(round_years[0]) == date


@given(
    days(),
    st.sampled_from(UNITS),
    st.sampled_from(Hemisphere),
    st.sampled_from(SeasonConvention),
)
def test_containing_contains_the_day(day, precision, hemisphere, convention):
    """containing(day, p) is a unit of precision p that holds the day."""
    date = FuzzyDate.containing(day, precision, hemisphere=hemisphere, convention=convention)
    assert date.contains(day)
    assert date.precision is precision


@given(days(), st.sampled_from(cal.Weekday))
def test_containing_a_week_starts_on_the_chosen_weekday(day, first):
    """A week that starts on Sunday (or any day) holds the day and starts on that weekday."""
    date = FuzzyDate.containing(day, Precision.WEEK, week_start=first)
    assert date.days == 7
    assert date.contains(day)
    assert cal.weekday(date.earliest_day) == first


def test_containing_refuses_precision_none():
    """An arbitrary range is not a calendar unit that could contain a day."""
    with pytest.raises(InvalidDateError, match=r"Precision\.NONE"):
        FuzzyDate.containing("2021-10-18", Precision.NONE)


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [
        (lambda: FuzzyDate.day(2021, 2, 29), InvalidDateError, "day 29"),
        (lambda: FuzzyDate.month(2021, 13), InvalidDateError, "month 13"),
        (lambda: FuzzyDate.week(2021, 53), InvalidDateError, "52 weeks"),
        (lambda: FuzzyDate.quarter(2021, 0), InvalidDateError, "quarter 0"),
        (lambda: FuzzyDate.season(2021, "monsoon"), InvalidDateError, "'monsoon'"),
        (lambda: FuzzyDate.year(10000), OutOfRangeError, "year 10000"),
        (lambda: FuzzyDate.decade(1995), InvalidDateError, "ending in 0 such as 1990, got 1995"),
        (lambda: FuzzyDate.century(1950), InvalidDateError, "ending in 00 such as 1900, got 1950"),
        (lambda: FuzzyDate.century(-1950), InvalidDateError, "such as -1900, got -1950"),
        (lambda: FuzzyDate.millennium(1999), InvalidDateError, "ending in 000 such as 1000"),
        (lambda: FuzzyDate.season(9999, "winter"), OutOfRangeError, "after 9999-12-31"),
        (lambda: FuzzyDate.between("2021-10-24", "2021-10-18"), InvalidDateError, "2021-10-24"),
        (lambda: FuzzyDate.between("2021-10-24", "soon"), InvalidDateError, "latest: "),
        (lambda: FuzzyDate(1.0, 2), TypeError, "ints"),
        (lambda: FuzzyDate(1, 2, "day"), TypeError, "FuzzyDate.precision"),
        (lambda: FuzzyDate(cal.MAX_DAY, cal.MAX_DAY + 1), OutOfRangeError, "9999-12-31"),
    ],
)
def test_bad_dates_are_refused_with_a_clear_message(make, error, words):
    """Impossible or out-of-range dates raise the fitting error naming the bad value."""
    with pytest.raises(error, match=words):
        make()


# --- views ------------------------------------------------------------------------------------


def test_earliest_and_latest_are_dates():
    """Bounds are pendulum Dates from year 1 (ISO str), CalendarDates before it."""
    year = FuzzyDate.year(2020)
    assert isinstance(year.earliest, pendulum.Date)
    assert year.earliest == datetime.date(2020, 1, 1)
    assert str(year.latest) == "2020-12-31"
    assert FuzzyDate.year(-43).latest == CalendarDate(-43, 12, 31)
    assert str(FuzzyDate.year(-43).earliest) == "-0043-01-01"
    assert isinstance(FuzzyDate.year(0).earliest, CalendarDate)


@given(fuzzy_dates())
def test_earliest_and_latest_are_the_day_numbers(date):
    """Earliest and latest are the stored day numbers as dates; days counts them."""
    assert date.earliest.toordinal() == date.earliest_day
    assert date.latest.toordinal() == date.latest_day
    assert date.days == date.latest_day - date.earliest_day + 1
    assert date.is_exact == (date.days == 1)


# --- set operations ---------------------------------------------------------------------------


@given(SMALL, SMALL)
def test_intersection_against_day_sets(a, b):
    """A & b holds exactly the days both may be, or is None when they share none."""
    shared = day_set(a) & day_set(b)
    result = a & b
    if not shared:
        assert result is None
    else:
        assert result is not None
        assert day_set(result) == shared
        assert result == a.intersection(b)


@given(SMALL, SMALL)
def test_hull_against_day_sets(a, b):
    """A | b runs from the first to the last day either may be."""
    union = day_set(a) | day_set(b)
    result = a | b
    assert (result.earliest_day, result.latest_day) == (min(union), max(union))
    assert result == a.hull(b)


@given(SMALL, SMALL)
def test_results_keep_precision_only_when_they_are_an_operand(a, b):
    """An intersection or hull equal to one operand is that operand; a new range has none."""
    for result in (a & b, a | b):
        if result is None:
            continue
        bounds = (result.earliest_day, result.latest_day)
        operands = [x for x in (a, b) if (x.earliest_day, x.latest_day) == bounds]
        if operands:
            assert result in operands
        else:
            assert result.precision is Precision.NONE


@given(SMALL, SMALL, days(min_value="2019-10-01", max_value="2020-06-30"))
def test_contains_against_day_sets(a, b, day):
    """a.contains(b) is b's days being a subset of a's; a day is contained if it is one of a's."""
    assert a.contains(b) == (day_set(b) <= day_set(a))
    assert a.contains(day) == (day in day_set(a))
    assert (day in a) == (day in day_set(a))
    assert (cal.iso_of(day) in a) == (day in day_set(a))


def test_contains_examples():
    """A year contains its months and days, not the next year's first day."""
    assert FuzzyDate.year(2021).contains(FuzzyDate.month(2021, 10))
    assert FuzzyDate.day(2018, 9, 5) in FuzzyDate.month(2018, 9)
    assert datetime.date(2021, 12, 31) in FuzzyDate.year(2021)
    assert "2022-01-01" not in FuzzyDate.year(2021)
    assert not FuzzyDate.month(2021, 10).contains(FuzzyDate.year(2021))


def test_contains_refuses_what_is_not_a_date():
    """Asking whether a float is in a date is a TypeError, not a silent False."""
    with pytest.raises(TypeError, match=r"2\.5"):
        _ = 2.5 in FuzzyDate.year(2021)


def test_narrowed_keeps_precision_only_for_whole_units():
    """Narrowing keeps the precision while the bounds are still a unit of it."""
    october = FuzzyDate.month(2021, 10, approximate=True)
    assert october.narrowed(october.earliest_day, october.latest_day) is october
    first_half = october.narrowed(october.earliest_day, october.latest_day - 14)
    assert first_half.precision is Precision.NONE
    assert first_half.approximate
    one_day = october.narrowed(october.earliest_day, october.earliest_day)
    assert one_day.precision is Precision.DAY
    march = FuzzyDate.month(2021, 3)
    narrowed_year = FuzzyDate.year(2021).narrowed(march.earliest_day, march.latest_day)
    assert narrowed_year.precision is Precision.NONE


# --- order ------------------------------------------------------------------------------------


@given(TINY, TINY)
def test_before_and_after_against_all_pairs_of_days(a, b):
    """certainly_before means every pair of possible days is in order; possibly_before some."""
    pairs = [(x, y) for x in day_set(a) for y in day_set(b)]
    assert a.certainly_before(b) == all(x < y for x, y in pairs)
    assert a.possibly_before(b) == any(x < y for x, y in pairs)
    assert a.certainly_after(b) == all(x > y for x, y in pairs)
    assert a.possibly_after(b) == any(x > y for x, y in pairs)


def test_before_examples():
    """A month is certainly before the next year; a year only possibly before its January."""
    september = FuzzyDate.month(2018, 9)
    assert september.certainly_before(FuzzyDate.year(2019))
    assert FuzzyDate.year(2019).possibly_before(FuzzyDate.month(2019, 1))
    assert not FuzzyDate.year(2019).certainly_before(FuzzyDate.month(2019, 1))
    assert not FuzzyDate.of("2019-01-01").possibly_before(FuzzyDate.of("2019-01-01"))
    assert FuzzyDate.year(2020).certainly_after(FuzzyDate.month(2019, 12))


@given(fuzzy_dates(), fuzzy_dates())
def test_values_are_ordered_by_their_days(a, b):
    """Sorting fuzzy dates orders them by earliest, then latest day."""
    if (a.earliest_day, a.latest_day) < (b.earliest_day, b.latest_day):
        assert a < b
    elif (a.earliest_day, a.latest_day) > (b.earliest_day, b.latest_day):
        assert a > b


# --- shift ------------------------------------------------------------------------------------


def exact_target(day, duration):
    """A day plus a duration, by the brute-force month stepper and plain day counting."""
    months = 12 * duration.years + duration.months
    return brute_add_months(day, months) + 7 * duration.weeks + duration.days


@given(WITHIN_2000, durations(max_years=2, qualifiers=[Qualifier.EXACT]))
def test_shift_is_the_hull_of_the_shifted_days(date, duration):
    """Shifting by an exact duration spans the first to last of the days shifted one by one."""
    targets = [exact_target(day, duration) for day in day_set(date)]
    result = date.shift(duration)
    assert (result.earliest_day, result.latest_day) == (min(targets), max(targets))
    assert (result.approximate, result.uncertain) == (date.approximate, date.uncertain)


@given(WITHIN_2000, durations(max_years=2, qualifiers=[Qualifier.AT_LEAST, Qualifier.AT_MOST]))
def test_shift_by_a_bounded_duration_against_brute_force(date, duration):
    """Shifting by 'at least' and 'at most' durations, against brute force.

    'At least d after' reaches from the shifted day to the last supported day; 'at most d
    after' from the day itself to the shifted day (mirrored for negative durations).
    """
    spans = []
    for day in day_set(date):
        target = exact_target(day, duration)
        if duration.qualifier is Qualifier.AT_LEAST:
            span = (cal.MIN_DAY, target) if duration.is_negative else (target, cal.MAX_DAY)
        else:
            span = (target, day) if duration.is_negative else (day, target)
        spans.append(span)
    result = date.shift(duration)
    expected = (min(lo for lo, _ in spans), max(hi for _, hi in spans))
    assert (result.earliest_day, result.latest_day) == expected


@given(WITHIN_2000, durations(max_years=2, qualifiers=[Qualifier.ABOUT]))
def test_shift_by_about_holds_the_exact_shift(date, duration):
    """'about d' after a date holds the exact shift and stays on the duration's side."""
    exact = date.shift(attrs.evolve(duration, qualifier=Qualifier.EXACT))
    about = date.shift(duration)
    assert about.contains(exact)
    if duration.is_negative:
        assert about.latest_day <= date.latest_day
    else:
        assert about.earliest_day >= date.earliest_day


@pytest.mark.parametrize(
    ("date", "duration", "expected"),
    [
        (FuzzyDate.month(2018, 9), Duration(years=3), FuzzyDate.month(2021, 9)),
        (FuzzyDate.day(2020, 2, 29), Duration(years=1), FuzzyDate.day(2021, 2, 28)),
        (FuzzyDate.month(2020, 1), Duration(months=1), FuzzyDate.month(2020, 2)),
        (
            FuzzyDate.month(2020, 2),
            Duration(months=1),
            FuzzyDate.between("2020-03-01", "2020-03-29"),
        ),
        (
            FuzzyDate.year(2020),
            Duration(days=1),
            FuzzyDate.between("2020-01-02", "2021-01-01"),
        ),
        (FuzzyDate.week(2020, 53), Duration(weeks=1), FuzzyDate.week(2021, 1)),
        (FuzzyDate.week(2021, 1), -Duration(weeks=1), FuzzyDate.week(2020, 53)),
        (FuzzyDate.year(-44), Duration(years=1), FuzzyDate.year(-43)),
        (
            FuzzyDate.day(2018, 9, 1),
            Duration(years=3, qualifier=Qualifier.AT_LEAST),
            FuzzyDate.between("2021-09-01", "9999-12-31"),
        ),
        (
            FuzzyDate.month(2018, 9),
            Duration(weeks=1, qualifier=Qualifier.AT_MOST),
            FuzzyDate.between("2018-09-01", "2018-10-07"),
        ),
    ],
)
def test_shift_examples(date, duration, expected):
    """Shifts worked out by hand; the precision stays when the result is still a whole unit."""
    assert date.shift(duration) == expected


def test_shift_keeps_qualifiers():
    """An approximate month shifted by three years is still approximate."""
    shifted = FuzzyDate.month(2018, 9, approximate=True).shift(Duration(years=3))
    assert shifted == FuzzyDate.month(2021, 9, approximate=True)


def test_shift_refuses_to_leave_the_range():
    """Shifting past 9999-12-31 raises rather than wraps."""
    with pytest.raises(OutOfRangeError):
        FuzzyDate.year(9999).shift(Duration(years=1))


# --- values -----------------------------------------------------------------------------------

REPR_NAMESPACE = {
    "FuzzyDate": FuzzyDate,
    "Precision": Precision,
    "Hemisphere": Hemisphere,
    "attrs": attrs,
}


@given(fuzzy_dates())
def test_repr_pastes_back(date):
    """repr() is Python that rebuilds an equal value."""
    assert eval(repr(date), dict(REPR_NAMESPACE)) == date  # noqa: S307 - our own repr


@pytest.mark.parametrize(
    ("date", "text"),
    [
        (FuzzyDate.day(2020, 2, 29), "FuzzyDate.day(2020, 2, 29)"),
        (FuzzyDate.month(2018, 9), "FuzzyDate.month(2018, 9)"),
        (FuzzyDate.week(2020, 53), "FuzzyDate.week(2020, 53)"),
        (FuzzyDate.quarter(2021, 4), "FuzzyDate.quarter(2021, 4)"),
        (FuzzyDate.season(2021, "summer"), "FuzzyDate.season(2021, 'summer')"),
        (FuzzyDate.year(-43, approximate=True), "FuzzyDate.year(-43, approximate=True)"),
        (FuzzyDate.decade(-40), "FuzzyDate.decade(-40)"),
        (FuzzyDate.century(1900, uncertain=True), "FuzzyDate.century(1900, uncertain=True)"),
        (FuzzyDate.from_edtf("-000X"), "FuzzyDate.from_edtf('-000X')"),
        (
            FuzzyDate.between("2021-10-01", "2021-10-03"),
            "FuzzyDate.between('2021-10-01', '2021-10-03')",
        ),
        (
            FuzzyDate.between("2021-10-02", "2021-10-31", precision=Precision.MONTH),
            "FuzzyDate.between('2021-10-02', '2021-10-31', precision=Precision.MONTH)",
        ),
    ],
)
def test_repr_examples(date, text):
    """repr() names the constructor a person would write."""
    assert repr(date) == text


def test_str_is_edtf_and_never_warns():
    """str() is the EDTF text, and a lossy one does not warn (edtf() does)."""
    assert str(FuzzyDate.month(2018, 9)) == "2018-09"
    vague = attrs.evolve(FuzzyDate.between("2021-10-01", "2021-10-03"), approximate=True)
    assert str(vague) == "[2021-10-01..2021-10-03]"
    with pytest.warns(TimelineWarning, match="qualifier is dropped"):
        vague.edtf()


@given(fuzzy_dates())
def test_values_are_frozen_slotted_hashable_and_picklable(date):
    """A FuzzyDate cannot be changed, has no __dict__, hashes by value and survives pickling."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        date.earliest_day = 0
    assert not hasattr(date, "__dict__")
    copy = attrs.evolve(date)
    assert copy == date
    assert hash(copy) == hash(date)
    assert pickle.loads(pickle.dumps(date)) == date  # noqa: S301 - our own data
