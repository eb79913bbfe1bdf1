import calendar
import datetime

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import _calendar as cal
from timeline.errors import InvalidDateError, OutOfRangeError
from timeline.strategies import days, durations

# The Gregorian calendar repeats every 400 years, which are 146097 days (20871 weeks), so the
# standard library (years 1..9999) answers for BCE years too once they are moved by whole cycles.
CYCLE_DAYS = 146097
CYCLE_YEARS = 400
CE_DAYS = days(min_value="0001-01-01", max_value="9998-12-31")


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
    """Days in a month, from the ``calendar`` module (which handles any year)."""
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


def brute_months_between(start, end):
    """Whole months from start to end, found by trying one month more until it overshoots."""
    months = 0
    if start <= end:
        while brute_add_months(start, months + 1) <= end:
            months += 1
    else:
        while brute_add_months(start, months - 1) >= end:
            months -= 1
    return months


def brute_years_between(start, end):
    """Whole years from start to end, found by trying one year more until it overshoots."""
    years = 0
    if start <= end:
        while brute_add_months(start, 12 * (years + 1)) <= end:
            years += 1
    else:
        while brute_add_months(start, 12 * (years - 1)) >= end:
            years -= 1
    return years


# --- day numbers ------------------------------------------------------------------------------


def test_oracle_agrees_with_the_400_year_cycle():
    """The test oracle itself: -0043-03-15 and 1957-03-15 are 2000 years apart, i.e. 5 cycles."""
    assert ordinal(1957, 3, 15) - ordinal(-43, 3, 15) == 5 * CYCLE_DAYS
    assert civil(ordinal(-43, 3, 15)) == (-43, 3, 15)


@pytest.mark.parametrize(
    ("year", "month", "day", "number"),
    [
        (1, 1, 1, 1),  # datetime.date.toordinal counts 0001-01-01 as day 1
        (0, 12, 31, 0),  # the day before: 31 December 1 BC
        (0, 1, 1, -365),  # year 0 is a leap year of 366 days
        (-1, 12, 31, -366),
        (2020, 2, 29, 737484),  # datetime.date(2020, 2, 29).toordinal()
        (9999, 12, 31, 3652059),  # datetime.date.max.toordinal()
        (-9999, 1, 1, 1 - 25 * CYCLE_DAYS),  # 10000 years = 25 cycles before 0001-01-01
    ],
)
def test_day_numbers_of_known_dates(year, month, day, number):
    """Day numbers of landmark dates, worked out by hand from datetime's and the cycle's counts."""
    assert cal.day_from_civil(year, month, day) == number
    assert cal.civil_from_day(number) == (year, month, day)


def test_supported_range_is_years_minus_9999_to_9999():
    """MIN_DAY and MAX_DAY are the first day of -9999 and the last of 9999."""
    assert datetime.date(9999, 12, 31).toordinal() == cal.MAX_DAY
    assert cal.MIN_DAY == 1 - 25 * CYCLE_DAYS
    assert cal.civil_from_day(cal.MIN_DAY) == (-9999, 1, 1)
    assert cal.civil_from_day(cal.MAX_DAY) == (9999, 12, 31)


@given(CE_DAYS)
def test_day_numbers_agree_with_datetime(day):
    """For years 1..9999, civil_from_day is datetime.date.fromordinal and day_from_civil inverts."""
    date = datetime.date.fromordinal(day)
    assert cal.civil_from_day(day) == (date.year, date.month, date.day)
    assert cal.day_from_civil(date.year, date.month, date.day) == date.toordinal()


@given(days())
def test_day_numbers_round_trip_in_every_year(day):
    """civil_from_day and day_from_civil invert each other, BCE years included."""
    year, month, dom = cal.civil_from_day(day)
    assert cal.day_from_civil(year, month, dom) == day
    assert (year, month, dom) == civil(day)


@given(days())
def test_consecutive_days_are_consecutive_dates(day):
    """The day after a day number is the next calendar date (month and year ends roll over)."""
    year, month, dom = cal.civil_from_day(day)
    following = cal.civil_from_day(day + 1)
    if dom < month_length(year, month):
        assert following == (year, month, dom + 1)
    elif month < 12:
        assert following == (year, month + 1, 1)
    else:
        assert following == (year + 1, 1, 1)


def test_leap_years_agree_with_calendar_module():
    """is_leap is the proleptic Gregorian rule for every supported year, year 0 included."""
    for year in range(cal.MIN_YEAR, cal.MAX_YEAR + 1):
        assert cal.is_leap(year) == calendar.isleap(year), year


def test_month_lengths_agree_with_calendar_module():
    """days_in_month matches calendar.monthrange over a whole 400-year cycle and every February."""
    for year in range(-200, 200):
        for month in range(1, 13):
            assert cal.days_in_month(year, month) == month_length(year, month), (year, month)
    for year in range(cal.MIN_YEAR, cal.MAX_YEAR + 1):
        assert cal.days_in_month(year, 2) == month_length(year, 2), year


@pytest.mark.parametrize(
    ("year", "month", "day", "error", "words"),
    [
        (2021, 13, 1, InvalidDateError, "month 13"),
        (2021, 0, 1, InvalidDateError, "month 0"),
        (2021, 2, 29, InvalidDateError, "day 29"),
        (2021, 4, 31, InvalidDateError, "2021-04"),
        (2021, 1, 0, InvalidDateError, "day 0"),
        (10000, 1, 1, OutOfRangeError, "year 10000"),
        (-10000, 1, 1, OutOfRangeError, "year -10000"),
    ],
)
def test_impossible_dates_are_refused(year, month, day, error, words):
    """make_day refuses dates that do not exist or lie outside -9999..9999, naming the value."""
    with pytest.raises(error, match=words):
        cal.make_day(year, month, day)


def test_29_february_exists_only_in_leap_years():
    """29 February is accepted in 2000, 2020 and year 0, refused in 1900 and 2021."""
    for year in (2000, 2020, 0, -4):
        assert cal.civil_from_day(cal.make_day(year, 2, 29)) == (year, 2, 29)
    for year in (1900, 2021, -1):
        with pytest.raises(InvalidDateError):
            cal.make_day(year, 2, 29)


def test_check_day_refuses_days_outside_the_range():
    """check_day passes the range's ends through and refuses one day beyond either."""
    assert cal.check_day(cal.MIN_DAY) == cal.MIN_DAY
    assert cal.check_day(cal.MAX_DAY) == cal.MAX_DAY
    with pytest.raises(OutOfRangeError, match="before -9999-01-01"):
        cal.check_day(cal.MIN_DAY - 1)
    with pytest.raises(OutOfRangeError, match="after 9999-12-31"):
        cal.check_day(cal.MAX_DAY + 1)


# --- text and dates at the edges ------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "month", "day", "text"),
    [
        (2020, 2, 29, "2020-02-29"),
        (1, 1, 1, "0001-01-01"),
        (0, 1, 1, "0000-01-01"),
        (-1, 12, 31, "-0001-12-31"),
        (-43, 3, 15, "-0043-03-15"),
        (-9999, 1, 1, "-9999-01-01"),
    ],
)
def test_iso_text(year, month, day, text):
    """ISO 8601 text has four digits and a sign for years before 1 (astronomical numbering)."""
    assert cal.format_iso(year, month, day) == text
    assert cal.iso_of(cal.make_day(year, month, day)) == text
    assert cal.day_of(text) == cal.make_day(year, month, day)


def test_calendar_date_looks_like_a_date():
    """CalendarDate has year/month/day, ISO text, an ordinal and a weekday like datetime.date."""
    ides = cal.CalendarDate(-43, 3, 15)
    assert (ides.year, ides.month, ides.day) == (-43, 3, 15)
    assert str(ides) == ides.isoformat() == "-0043-03-15"
    assert ides.toordinal() == ordinal(-43, 3, 15)
    # 1957-03-15 was a Friday; 2000 years earlier is five whole 400-year cycles.
    assert ides.weekday() == datetime.date(1957, 3, 15).weekday() == 4
    assert repr(ides) == "CalendarDate(year=-43, month=3, day=15)"


def test_calendar_date_refuses_impossible_dates():
    """A CalendarDate must name a real day."""
    with pytest.raises(InvalidDateError, match="day 29"):
        cal.CalendarDate(-1, 2, 29)


@given(days(max_value="0000-12-31"), days(max_value="0000-12-31"))
def test_calendar_dates_sort_in_time_order(first, second):
    """Ordering CalendarDates by their fields is ordering them by day number."""
    a, b = (cal.CalendarDate(*cal.civil_from_day(d)) for d in (first, second))
    assert (a < b) == (first < second)
    assert (a == b) == (first == second)


@given(days())
def test_to_date_gives_pendulum_dates_for_years_1_to_9999(day):
    """to_date is a pendulum.Date equal to datetime's date from year 1, else a CalendarDate."""
    date = cal.to_date(day)
    if day >= 1:
        assert isinstance(date, pendulum.Date)
        assert date == datetime.date.fromordinal(day)
    else:
        assert isinstance(date, cal.CalendarDate)
    assert date.toordinal() == day
    assert (date.year, date.month, date.day) == civil(day)


@pytest.mark.parametrize(
    "value",
    [
        datetime.date(2020, 2, 29),
        pendulum.Date(2020, 2, 29),
        cal.CalendarDate(2020, 2, 29),
        "2020-02-29",
        " 2020-02-29 ",
        "+2020-02-29",
        737484,
    ],
)
def test_day_of_accepts_anything_date_like(value):
    """day_of reads dates, pendulum dates, CalendarDates, ISO text and day numbers alike."""
    assert cal.day_of(value) == datetime.date(2020, 2, 29).toordinal()


@pytest.mark.parametrize(
    ("value", "error", "words"),
    [
        (datetime.datetime(2020, 2, 29, 12, tzinfo=datetime.UTC), TypeError, "datetime"),
        (True, TypeError, "True"),
        (737484.0, TypeError, "737484.0"),
        (None, TypeError, "None"),
        ("2020-02-30", InvalidDateError, "start: day 30"),
        ("29/02/2020", InvalidDateError, "'29/02/2020'"),
        ("2020-2", InvalidDateError, "'2020-2'"),
        ("12020-01-01", OutOfRangeError, "start: year 12020"),
        (cal.MAX_DAY + 1, OutOfRangeError, "9999-12-31"),
    ],
)
def test_day_of_refuses_what_is_not_a_day(value, error, words):
    """day_of refuses datetimes (zone unstated), bools, floats, bad text and out-of-range days."""
    with pytest.raises(error, match=words):
        cal.day_of(value, argument="start")


# --- weeks ------------------------------------------------------------------------------------


@given(CE_DAYS)
def test_weekday_agrees_with_datetime(day):
    """Weekday counts Monday as 0, as datetime.date.weekday does."""
    assert cal.weekday(day) == datetime.date.fromordinal(day).weekday()


@given(days())
def test_weekdays_repeat_every_400_years(day):
    """The weekday of a day equals that of the same date 400 years (146097 days) later."""
    assert cal.weekday(day) == cal.weekday(day + CYCLE_DAYS)
    assert cal.weekday(day + 1) == (cal.weekday(day) + 1) % 7


def test_ides_of_march_44_bc_was_a_friday():
    """-0043-03-15 (proleptic Gregorian) shares its weekday with 1957-03-15, a Friday."""
    assert cal.weekday(cal.make_day(-43, 3, 15)) == cal.Weekday.FRIDAY
    assert cal.weekday(cal.make_day(2021, 10, 18)) == cal.Weekday.MONDAY


@given(CE_DAYS)
def test_iso_week_agrees_with_isocalendar(day):
    """iso_week is (ISO year, ISO week) as datetime.date.isocalendar gives them."""
    iso = datetime.date.fromordinal(day).isocalendar()
    assert cal.iso_week(day) == (iso.year, iso.week)


@pytest.mark.parametrize(
    ("date", "week"),
    [
        ((2020, 12, 31), (2020, 53)),
        ((2021, 1, 3), (2020, 53)),
        ((2021, 1, 4), (2021, 1)),
        ((2008, 12, 29), (2009, 1)),
        ((2015, 12, 31), (2015, 53)),
        ((2021, 10, 18), (2021, 42)),
    ],
)
def test_iso_weeks_of_known_dates(date, week):
    """ISO weeks of dates around the turn of the year, week 53 included."""
    assert cal.iso_week(cal.make_day(*date)) == week


@given(st.integers(1, 9998))
def test_weeks_in_iso_year_agree_with_datetime(year):
    """A year has 53 ISO weeks exactly when 28 December falls in week 53."""
    assert cal.weeks_in_iso_year(year) == datetime.date(year, 12, 28).isocalendar().week


def test_years_with_53_iso_weeks():
    """2004, 2009, 2015, 2020 and 2026 have 53 ISO weeks; 2021 has 52."""
    assert [y for y in range(2000, 2030) if cal.weeks_in_iso_year(y) == 53] == [
        2004,
        2009,
        2015,
        2020,
        2026,
    ]


@given(days())
def test_iso_week_monday_starts_the_week_of_a_day(day):
    """The Monday of a day's ISO week is the day minus its weekday, and starts a 7-day week."""
    monday = cal.iso_week_monday(*cal.iso_week(day))
    assert monday == day - cal.weekday(day) == cal.week_start(day)
    assert monday <= day <= monday + 6


def test_iso_week_monday_refuses_missing_weeks():
    """Week 53 of a 52-week year and week 0 do not exist."""
    assert cal.iso_of(cal.iso_week_monday(2020, 53)) == "2020-12-28"
    with pytest.raises(InvalidDateError, match="52 weeks, not 53"):
        cal.iso_week_monday(2021, 53)
    with pytest.raises(InvalidDateError, match="not 0"):
        cal.iso_week_monday(2021, 0)


@given(days(), st.sampled_from(cal.Weekday))
def test_week_start_is_the_latest_first_day_on_or_before(day, first):
    """week_start gives the latest day on or before ``day`` that falls on ``first``."""
    start = cal.week_start(day, first)
    assert cal.weekday(start) == first
    assert day - 6 <= start <= day


# --- spans ------------------------------------------------------------------------------------


@given(days())
def test_month_and_quarter_spans_hold_the_day(day):
    """The month and quarter spans of a day start on day 1 and end on the month's last day."""
    year, month, _ = civil(day)
    first, last = cal.month_span(year, month)
    assert (first, last) == (
        ordinal(year, month, 1),
        ordinal(year, month, month_length(year, month)),
    )
    quarter_year, quarter = cal.quarter_of(day)
    assert (quarter_year, quarter) == (year, (month + 2) // 3)
    lo, hi = cal.quarter_span(year, quarter)
    first_month = 3 * quarter - 2
    assert lo == ordinal(year, first_month, 1)
    assert hi == ordinal(year, first_month + 2, month_length(year, first_month + 2))


def test_quarter_span_refuses_quarter_5():
    """There are four quarters."""
    with pytest.raises(InvalidDateError, match="quarter 5"):
        cal.quarter_span(2021, 5)


def test_months_span_runs_past_december():
    """Three months from December 2021 end with February 2022."""
    assert [cal.iso_of(d) for d in cal.months_span(2021, 12, 3)] == ["2021-12-01", "2022-02-28"]


def test_year_span_is_checked():
    """year_span covers 1 January to 31 December and refuses years out of range."""
    assert [cal.iso_of(d) for d in cal.year_span(-43, -40)] == ["-0043-01-01", "-0040-12-31"]
    with pytest.raises(OutOfRangeError):
        cal.year_span(10000)


S, N = cal.Season, cal.Hemisphere
MET, ASTRO = cal.SeasonConvention.METEOROLOGICAL, cal.SeasonConvention.ASTRONOMICAL


@pytest.mark.parametrize(
    ("year", "season", "convention", "hemisphere", "first", "last"),
    [
        (2021, S.SPRING, MET, N.NORTHERN, "2021-03-01", "2021-05-31"),
        (2021, S.SUMMER, MET, N.NORTHERN, "2021-06-01", "2021-08-31"),
        (2021, S.AUTUMN, MET, N.NORTHERN, "2021-09-01", "2021-11-30"),
        (2021, S.WINTER, MET, N.NORTHERN, "2021-12-01", "2022-02-28"),
        (2023, S.WINTER, MET, N.NORTHERN, "2023-12-01", "2024-02-29"),
        (2021, S.SUMMER, MET, N.SOUTHERN, "2021-12-01", "2022-02-28"),
        (2021, S.WINTER, MET, N.SOUTHERN, "2021-06-01", "2021-08-31"),
        (2021, S.SPRING, MET, N.SOUTHERN, "2021-09-01", "2021-11-30"),
        (2021, S.SPRING, ASTRO, N.NORTHERN, "2021-03-20", "2021-06-20"),
        (2021, S.SUMMER, ASTRO, N.NORTHERN, "2021-06-21", "2021-09-21"),
        (2021, S.AUTUMN, ASTRO, N.NORTHERN, "2021-09-22", "2021-12-20"),
        (2021, S.WINTER, ASTRO, N.NORTHERN, "2021-12-21", "2022-03-19"),
        (-44, S.WINTER, MET, N.NORTHERN, "-0044-12-01", "-0043-02-28"),
    ],
)
def test_season_spans(year, season, convention, hemisphere, first, last):
    """Seasons begin in the named year; southern seasons are the opposite northern ones."""
    span = cal.season_span(year, season, convention, hemisphere)
    assert [cal.iso_of(d) for d in span] == [first, last]


_MET_NORTH = {12: S.WINTER, 1: S.WINTER, 2: S.WINTER, 3: S.SPRING, 4: S.SPRING, 5: S.SPRING}
_MET_NORTH |= {6: S.SUMMER, 7: S.SUMMER, 8: S.SUMMER, 9: S.AUTUMN, 10: S.AUTUMN, 11: S.AUTUMN}


@given(days())
def test_season_of_by_month(day):
    """A day's northern meteorological season follows from its month.

    January and February belong to the winter that began the year before.
    """
    year, month, _ = civil(day)
    expected_year = year - 1 if month <= 2 else year
    assert cal.season_of(day) == (expected_year, _MET_NORTH[month])


@given(
    days(),
    st.sampled_from(cal.SeasonConvention),
    st.sampled_from(cal.Hemisphere),
)
def test_season_of_lies_in_its_span(day, convention, hemisphere):
    """The season containing a day, spanned with the same convention, holds that day."""
    year, season = cal.season_of(day, convention, hemisphere)
    first, last = cal.season_span(year, season, convention, hemisphere)
    assert first <= day <= last


@pytest.mark.parametrize(
    ("year", "digits", "span"),
    [
        (1994, 1, (1990, 1999)),
        (1994, 2, (1900, 1999)),
        (1994, 3, (1000, 1999)),
        (5, 1, (0, 9)),
        (0, 2, (0, 99)),
        (-43, 1, (-49, -40)),  # EDTF -004X
        (-5, 1, (-9, -1)),  # EDTF -000X: year 0 belongs to 000X
        (-1950, 2, (-1999, -1900)),
        (-9999, 3, (-9999, -9000)),
    ],
)
def test_digit_spans(year, digits, span):
    """digit_span is the years whose numeral shares all but the last digits (EDTF's X)."""
    assert cal.digit_span(year, digits) == span


# --- arithmetic -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "result"),
    [
        ((2020, 1, 31), 1, (2020, 2, 29)),
        ((2021, 1, 31), 1, (2021, 2, 28)),
        ((2020, 2, 29), 12, (2021, 2, 28)),
        ((2020, 2, 29), 48, (2024, 2, 29)),
        ((2020, 3, 31), -1, (2020, 2, 29)),
        ((2021, 12, 15), 1, (2022, 1, 15)),
        ((0, 1, 15), -1, (-1, 12, 15)),
        ((2020, 5, 31), 0, (2020, 5, 31)),
    ],
)
def test_add_months_clamps_to_month_ends(start, months, result):
    """Adding months keeps the day of the month, clamped to the length of the target month."""
    assert cal.add_months(cal.make_day(*start), months) == cal.make_day(*result)


@given(days(min_value="-9993-01-01", max_value="9993-12-31"), st.integers(-60, 60))
def test_add_months_against_brute_force(day, months):
    """add_months equals stepping one month at a time and clamping the day.

    Days are drawn five years inside the supported range, so that sixty months either way
    stay in it (a day of -9998 less 54 months was out of range: found by the thorough run).
    """
    assert cal.add_months(day, months) == brute_add_months(day, months)


@given(days(min_value="-9990-01-01", max_value="9990-12-31"), durations(max_years=3))
def test_add_against_brute_force(day, duration):
    """Add moves years and months along the calendar first, then weeks and days."""
    months = 12 * duration.years + duration.months
    expected = brute_add_months(day, months) + 7 * duration.weeks + duration.days
    result = cal.add(
        day,
        years=duration.years,
        months=duration.months,
        weeks=duration.weeks,
        days=duration.days,
    )
    assert result == expected


def test_add_example():
    """30 September 2018 plus three years and a day is 1 October 2021."""
    assert cal.iso_of(cal.add(cal.make_day(2018, 9, 30), years=3, days=1)) == "2021-10-01"


def test_arithmetic_refuses_to_leave_the_range():
    """Results beyond -9999..9999 raise OutOfRangeError rather than wrap around."""
    with pytest.raises(OutOfRangeError):
        cal.add(cal.MAX_DAY, days=1)
    with pytest.raises(OutOfRangeError):
        cal.add(cal.MIN_DAY, days=-1)
    with pytest.raises(OutOfRangeError):
        cal.add_months(cal.make_day(9999, 12, 1), 1)
    with pytest.raises(OutOfRangeError):
        cal.add(cal.make_day(-9999, 6, 1), years=-1)


@pytest.mark.parametrize(
    ("start", "end", "months", "years"),
    [
        ((2020, 1, 31), (2020, 2, 29), 1, 0),
        ((2018, 9, 30), (2021, 10, 18), 36, 3),
        ((2020, 2, 29), (2021, 2, 28), 12, 1),
        ((2021, 2, 28), (2020, 2, 29), -11, 0),
        ((2021, 3, 1), (2020, 2, 29), -12, -1),
        ((1990, 5, 10), (2020, 5, 9), 359, 29),
        ((1990, 5, 10), (2020, 5, 10), 360, 30),
        ((2021, 1, 1), (2021, 1, 1), 0, 0),
        ((-1, 3, 1), (1, 2, 28), 23, 1),
    ],
)
def test_months_and_years_between_examples(start, end, months, years):
    """Whole months and years between dates, counted as add_months counts (checked by hand)."""
    a, b = cal.make_day(*start), cal.make_day(*end)
    assert cal.months_between(a, b) == months
    assert cal.years_between(a, b) == years


@given(days(min_value="-9990-01-01", max_value="9990-12-31"), st.integers(-1500, 1500))
def test_months_between_against_brute_force(start, offset):
    """months_between is the furthest whole number of months that does not overshoot the end."""
    end = start + offset
    assert cal.months_between(start, end) == brute_months_between(start, end)


@given(days(min_value="-9990-01-01", max_value="9990-12-31"), st.integers(-1500, 1500))
def test_years_between_against_brute_force(start, offset):
    """years_between is the furthest whole number of years that does not overshoot the end."""
    end = start + offset
    assert cal.years_between(start, end) == brute_years_between(start, end)
