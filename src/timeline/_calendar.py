"""Calendar arithmetic on day numbers.

A day is an ``int``: the proleptic Gregorian ordinal in which 0001-01-01 is day 1 (as
``datetime.date.toordinal`` counts), extended backwards with astronomical year numbering, so year
0 is 1 BC and year -43 is 44 BC. Everything here is integer arithmetic, so it is exact for BCE
dates too and fast enough for constraint propagation. pendulum is only touched at the edges
(:func:`to_date`), and imported there, to keep ``import timeline`` light.
"""

from __future__ import annotations

import datetime
import enum
import functools
from typing import TYPE_CHECKING, Final

import attrs

from timeline.errors import InvalidDateError, OutOfRangeError

if TYPE_CHECKING:
    import pendulum

__all__ = [
    "MAX_DAY",
    "MAX_YEAR",
    "MIN_DAY",
    "MIN_YEAR",
    "CalendarDate",
    "Hemisphere",
    "Season",
    "SeasonConvention",
    "Weekday",
]

MIN_YEAR: Final = -9999
MAX_YEAR: Final = 9999

# Days from 0000-03-01 (the start of the 400-year era used below) to 0001-01-01 is 306; the
# ordinal of 0001-01-01 is 1, so an era day number d maps to ordinal d - 305.
_ORDINAL_OFFSET: Final = 305
_DAYS_PER_ERA: Final = 146097
_CUMULATIVE_DAYS: Final = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


class Weekday(enum.IntEnum):
    """Days of the week, numbered as ``datetime.date.weekday`` numbers them (Monday is 0).

    >>> Weekday.MONDAY < Weekday.SUNDAY
    True
    >>> Weekday(6).name
    'SUNDAY'
    """

    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


class Season(enum.Enum):
    """The four seasons, named as in the northern hemisphere's usage of the words.

    >>> Season("summer")
    <Season.SUMMER: 'summer'>
    """

    SPRING = "spring"
    SUMMER = "summer"
    AUTUMN = "autumn"
    WINTER = "winter"


class SeasonConvention(enum.Enum):
    """Where seasons begin.

    ``METEOROLOGICAL`` seasons are whole months (northern summer is June to August), the usage of
    weather services and most reference works; ``ASTRONOMICAL`` seasons run between the usual
    dates of the solstices and equinoxes (northern summer is 21 June to 21 September).

    >>> SeasonConvention.METEOROLOGICAL.value
    'meteorological'
    """

    METEOROLOGICAL = "meteorological"
    ASTRONOMICAL = "astronomical"


class Hemisphere(enum.Enum):
    """Which hemisphere's seasons a season name means (southern summer is December to February).

    >>> Hemisphere.SOUTHERN.value
    'southern'
    """

    NORTHERN = "northern"
    SOUTHERN = "southern"


@attrs.frozen(slots=True, order=True)
class CalendarDate:
    """A proleptic Gregorian date in any supported year, including year 0 and BCE years.

    ``FuzzyDate`` hands these out for years outside 1..9999, where ``pendulum.Date`` cannot go;
    they have the same ``year``, ``month``, ``day`` and ``isoformat()``.

    >>> CalendarDate(-43, 3, 15)
    CalendarDate(year=-43, month=3, day=15)
    >>> str(CalendarDate(-43, 3, 15))
    '-0043-03-15'
    """

    year: int
    month: int
    day: int

    def __attrs_post_init__(self) -> None:
        check_date(self.year, self.month, self.day)

    def isoformat(self) -> str:
        """The ISO 8601 form, with a sign and four digits for years before 1.

        >>> CalendarDate(0, 1, 1).isoformat()
        '0000-01-01'
        """
        return format_iso(self.year, self.month, self.day)

    def __str__(self) -> str:
        return self.isoformat()

    def toordinal(self) -> int:
        """The day number, counted like ``datetime.date.toordinal``.

        >>> CalendarDate(1, 1, 1).toordinal()
        1
        """
        return day_from_civil(self.year, self.month, self.day)

    def weekday(self) -> int:
        """Monday is 0, as ``datetime.date.weekday`` counts.

        >>> CalendarDate(-43, 3, 15).weekday()  # the Gregorian calendar repeats every 400 years
        4
        >>> import datetime; datetime.date(1957, 3, 15).weekday()
        4
        """
        return weekday(self.toordinal())


def format_iso(year: int, month: int, day: int) -> str:
    """ISO 8601 text for a date, with a sign for negative years.

    >>> format_iso(2020, 2, 29)
    '2020-02-29'
    >>> format_iso(-43, 3, 15)
    '-0043-03-15'
    """
    sign = "-" if year < 0 else ""
    return f"{sign}{abs(year):04d}-{month:02d}-{day:02d}"


def is_leap(year: int) -> bool:
    """Whether a proleptic Gregorian year has 366 days (year 0 does).

    >>> is_leap(2000), is_leap(1900), is_leap(0), is_leap(-4)
    (True, False, True, True)
    """
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    """Length of a month in days.

    >>> days_in_month(2020, 2), days_in_month(2021, 2), days_in_month(2021, 12)
    (29, 28, 31)
    """
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def check_year(year: int) -> None:
    """Raise ``OutOfRangeError`` for a year outside -9999..9999.

    >>> check_year(10000)
    Traceback (most recent call last):
    ...
    timeline.errors.OutOfRangeError: year 10000 is outside the supported range -9999..9999
    """
    if not MIN_YEAR <= year <= MAX_YEAR:
        msg = f"year {year} is outside the supported range {MIN_YEAR}..{MAX_YEAR}"
        raise OutOfRangeError(msg)


def check_date(year: int, month: int, day: int) -> None:
    """Raise a clear error unless year-month-day names a real, supported day.

    >>> check_date(2021, 13, 1)
    Traceback (most recent call last):
    ...
    timeline.errors.InvalidDateError: month 13 is out of range (1..12)
    """
    check_year(year)
    if not 1 <= month <= 12:
        msg = f"month {month} is out of range (1..12)"
        raise InvalidDateError(msg)
    last = days_in_month(year, month)
    if not 1 <= day <= last:
        msg = f"day {day} is out of range for {format_iso(year, month, 1)[:-3]} (1..{last})"
        raise InvalidDateError(msg)


def day_from_civil(year: int, month: int, day: int) -> int:
    """The day number of a date, without checking it (callers check first).

    >>> day_from_civil(1, 1, 1)
    1
    >>> day_from_civil(2020, 2, 29) == datetime.date(2020, 2, 29).toordinal()
    True
    >>> day_from_civil(0, 12, 31)
    0
    """
    # Count from 1 March so that the leap day falls at the end of the computational year.
    y = year - 1 if month <= 2 else year
    era, year_of_era = divmod(y, 400)
    m = month + 9 if month <= 2 else month - 3
    day_of_year = (153 * m + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * _DAYS_PER_ERA + day_of_era - _ORDINAL_OFFSET


@functools.lru_cache(maxsize=8192)
def civil_from_day(day: int) -> tuple[int, int, int]:
    """Year, month and day of a day number (the inverse of :func:`day_from_civil`).

    >>> civil_from_day(1), civil_from_day(0), civil_from_day(-15706)
    ((1, 1, 1), (0, 12, 31), (-43, 12, 31))
    """
    era, day_of_era = divmod(day + _ORDINAL_OFFSET, _DAYS_PER_ERA)
    year_of_era = (
        day_of_era - day_of_era // 1460 + day_of_era // 36524 - day_of_era // 146096
    ) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    mp = (5 * day_of_year + 2) // 153
    d = day_of_year - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    y = year_of_era + era * 400 + (1 if m <= 2 else 0)
    return y, m, d


MIN_DAY: Final = day_from_civil(MIN_YEAR, 1, 1)
MAX_DAY: Final = day_from_civil(MAX_YEAR, 12, 31)


def check_day(day: int) -> int:
    """Return ``day`` if it lies in the supported range, else raise ``OutOfRangeError``.

    >>> check_day(MAX_DAY + 1)
    Traceback (most recent call last):
    ...
    timeline.errors.OutOfRangeError: the result falls after 9999-12-31, the last supported day
    """
    if day < MIN_DAY:
        msg = "the result falls before -9999-01-01, the first supported day"
        raise OutOfRangeError(msg)
    if day > MAX_DAY:
        msg = "the result falls after 9999-12-31, the last supported day"
        raise OutOfRangeError(msg)
    return day


def make_day(year: int, month: int, day: int) -> int:
    """The day number of a checked date.

    >>> make_day(2020, 2, 29) - make_day(2020, 2, 28)
    1
    """
    check_date(year, month, day)
    return day_from_civil(year, month, day)


def iso_of(day: int) -> str:
    """ISO 8601 text of a day number.

    >>> iso_of(make_day(-43, 3, 15))
    '-0043-03-15'
    """
    return format_iso(*civil_from_day(day))


def to_date(day: int) -> pendulum.Date | CalendarDate:
    """The date for a day number: a ``pendulum.Date`` for years 1..9999, else a ``CalendarDate``.

    >>> to_date(make_day(2021, 10, 18))
    Date(2021, 10, 18)
    >>> to_date(make_day(-43, 3, 15))
    CalendarDate(year=-43, month=3, day=15)
    """
    year, month, dom = civil_from_day(day)
    if year >= 1:
        import pendulum

        return pendulum.Date(year, month, dom)
    return CalendarDate(year, month, dom)


def day_of(value: object, *, argument: str = "date") -> int:
    """The day number of anything date-like.

    Accepted: a ``datetime.date`` (so ``pendulum.Date`` too), a ``CalendarDate``, an ISO 8601
    string (``2021-10-18``, ``-0043-03-15``) or a day number.

    A ``datetime.datetime`` is refused rather than silently truncated: its date would depend on
    a time zone the caller has not stated.

    >>> day_of("2020-02-29") == day_of(datetime.date(2020, 2, 29))
    True
    >>> day_of("2020-02-30")
    Traceback (most recent call last):
    ...
    timeline.errors.InvalidDateError: date: day 30 is out of range for 2020-02 (1..29)
    """
    if isinstance(value, bool):
        pass  # a bool is an int subclass but never a day; fall through to the error
    elif isinstance(value, int):
        return check_day(value)
    elif isinstance(value, datetime.datetime):
        msg = f"{argument}: got a datetime {value!r}; pass its .date() in the zone you mean"
        raise TypeError(msg)
    elif isinstance(value, datetime.date | CalendarDate):
        return value.toordinal()
    elif isinstance(value, str):
        return _day_from_iso(value, argument)
    msg = f"{argument}: expected a date, an ISO 8601 string or a day number, got {value!r}"
    raise TypeError(msg)


def _day_from_iso(text: str, argument: str) -> int:
    stripped = text.strip()
    sign = -1 if stripped.startswith("-") else 1
    body = stripped[1:] if stripped[:1] in "+-" else stripped
    parts = body.split("-")
    if len(parts) != 3 or not all(p.isascii() and p.isdigit() for p in parts):
        msg = f"{argument}: expected an ISO 8601 date such as '2021-10-18', got {text!r}"
        raise InvalidDateError(msg)
    year, month, day = sign * int(parts[0]), int(parts[1]), int(parts[2])
    try:
        return make_day(year, month, day)
    except (InvalidDateError, OutOfRangeError) as error:
        raise type(error)(f"{argument}: {error}") from None


def weekday(day: int) -> int:
    """Monday is 0, Sunday is 6.

    >>> weekday(make_day(2021, 10, 18))
    0
    """
    # Day 1 (0001-01-01) was a Monday.
    return (day - 1) % 7


def week_start(day: int, first: int = Weekday.MONDAY) -> int:
    """The first day of the week containing ``day``, weeks starting on ``first``.

    >>> iso_of(week_start(make_day(2021, 10, 20)))
    '2021-10-18'
    >>> iso_of(week_start(make_day(2021, 10, 20), Weekday.SUNDAY))
    '2021-10-17'
    """
    return day - (weekday(day) - first) % 7


def iso_week(day: int) -> tuple[int, int]:
    """The ISO 8601 week-numbering year and week (1..53) of a day.

    >>> iso_week(make_day(2021, 1, 3)), iso_week(make_day(2020, 12, 31))
    ((2020, 53), (2020, 53))
    """
    thursday = day - weekday(day) + 3
    year = civil_from_day(thursday)[0]
    return year, (thursday - day_from_civil(year, 1, 1)) // 7 + 1


def weeks_in_iso_year(year: int) -> int:
    """52 or 53.

    >>> weeks_in_iso_year(2020), weeks_in_iso_year(2021)
    (53, 52)
    """
    return iso_week(day_from_civil(year, 12, 28))[1]


def iso_week_monday(year: int, week: int) -> int:
    """The Monday that starts ISO week ``week`` of ISO year ``year``.

    >>> iso_of(iso_week_monday(2020, 53))
    '2020-12-28'
    >>> iso_week_monday(2021, 53)
    Traceback (most recent call last):
    ...
    timeline.errors.InvalidDateError: ISO year 2021 has 52 weeks, not 53
    """
    check_year(year)
    weeks = weeks_in_iso_year(year)
    if not 1 <= week <= weeks:
        msg = f"ISO year {year} has {weeks} weeks, not {week}"
        raise InvalidDateError(msg)
    jan4 = day_from_civil(year, 1, 4)
    return check_day(jan4 - weekday(jan4) + 7 * (week - 1))


def month_span(year: int, month: int) -> tuple[int, int]:
    """First and last day of a month.

    >>> [iso_of(d) for d in month_span(2020, 2)]
    ['2020-02-01', '2020-02-29']
    """
    check_date(year, month, 1)
    first = day_from_civil(year, month, 1)
    return first, first + days_in_month(year, month) - 1


def months_span(year: int, first_month: int, count: int) -> tuple[int, int]:
    """First and last day of ``count`` months from ``first_month`` (which may run past December).

    >>> [iso_of(d) for d in months_span(2021, 12, 3)]
    ['2021-12-01', '2022-02-28']
    """
    start = day_from_civil(year, 1, 1)
    start = add_months(start, first_month - 1)
    return start, check_day(add_months(start, count) - 1)


def year_span(first_year: int, last_year: int | None = None) -> tuple[int, int]:
    """First day of ``first_year`` and last day of ``last_year`` (default: the same year).

    >>> [iso_of(d) for d in year_span(-43)]
    ['-0043-01-01', '-0043-12-31']
    """
    last = first_year if last_year is None else last_year
    check_year(first_year)
    check_year(last)
    return day_from_civil(first_year, 1, 1), day_from_civil(last, 12, 31)


def quarter_of(day: int) -> tuple[int, int]:
    """The year and quarter (1..4) of a day.

    >>> quarter_of(make_day(2021, 10, 18))
    (2021, 4)
    """
    year, month, _ = civil_from_day(day)
    return year, (month - 1) // 3 + 1


def quarter_span(year: int, quarter: int) -> tuple[int, int]:
    """First and last day of a calendar quarter.

    >>> [iso_of(d) for d in quarter_span(2020, 1)]
    ['2020-01-01', '2020-03-31']
    """
    if not 1 <= quarter <= 4:
        msg = f"quarter {quarter} is out of range (1..4)"
        raise InvalidDateError(msg)
    return months_span(year, 3 * quarter - 2, 3)


# First (month, day) of each northern-hemisphere season. Astronomical dates are the usual days
# of the equinoxes and solstices in the Gregorian calendar's current centuries.
_SEASON_STARTS: Final = {
    SeasonConvention.METEOROLOGICAL: {
        Season.SPRING: (3, 1),
        Season.SUMMER: (6, 1),
        Season.AUTUMN: (9, 1),
        Season.WINTER: (12, 1),
    },
    SeasonConvention.ASTRONOMICAL: {
        Season.SPRING: (3, 20),
        Season.SUMMER: (6, 21),
        Season.AUTUMN: (9, 22),
        Season.WINTER: (12, 21),
    },
}
_SEASON_ORDER: Final = (Season.SPRING, Season.SUMMER, Season.AUTUMN, Season.WINTER)
_OPPOSITE: Final = {
    Season.SPRING: Season.AUTUMN,
    Season.SUMMER: Season.WINTER,
    Season.AUTUMN: Season.SPRING,
    Season.WINTER: Season.SUMMER,
}


def season_span(
    year: int,
    season: Season,
    convention: SeasonConvention = SeasonConvention.METEOROLOGICAL,
    hemisphere: Hemisphere = Hemisphere.NORTHERN,
) -> tuple[int, int]:
    """First and last day of the season that *begins* in ``year``.

    Winter 2021 is the winter that starts in December 2021 in the north; in the south, seasons
    are the northern ones shifted by half a year, so southern winter 2021 is June to August 2021.

    >>> [iso_of(d) for d in season_span(2021, Season.WINTER)]
    ['2021-12-01', '2022-02-28']
    >>> [iso_of(d) for d in season_span(2021, Season.WINTER, hemisphere=Hemisphere.SOUTHERN)]
    ['2021-06-01', '2021-08-31']
    """
    check_year(year)
    northern = _OPPOSITE[season] if hemisphere is Hemisphere.SOUTHERN else season
    starts = _SEASON_STARTS[convention]
    month, dom = starts[northern]
    following = _SEASON_ORDER[(_SEASON_ORDER.index(northern) + 1) % 4]
    next_month, next_dom = starts[following]
    next_year = year + 1 if next_month < month else year
    first = day_from_civil(year, month, dom)
    return first, check_day(day_from_civil(next_year, next_month, next_dom) - 1)


def season_of(
    day: int,
    convention: SeasonConvention = SeasonConvention.METEOROLOGICAL,
    hemisphere: Hemisphere = Hemisphere.NORTHERN,
) -> tuple[int, Season]:
    """The season containing a day, with the year in which that season began.

    >>> season_of(make_day(2022, 1, 15))
    (2021, <Season.WINTER: 'winter'>)
    """
    year = civil_from_day(day)[0]
    for candidate_year in (year, year - 1):
        for season in _SEASON_ORDER:
            first, last = season_span(candidate_year, season, convention, hemisphere)
            if first <= day <= last:
                return candidate_year, season
    raise AssertionError  # pragma: no cover - the seasons of two years cover every day


def digit_span(year: int, digits: int) -> tuple[int, int]:
    """The years whose numeral shares all but the last ``digits`` digits with ``year``.

    This is EDTF's reading of unspecified digits (``199X`` is 1990..1999, ``-004X`` is -49..-40),
    and what decades (1), centuries (2) and millennia (3) mean here.

    >>> digit_span(1994, 1), digit_span(1994, 2), digit_span(-43, 1), digit_span(-5, 1)
    ((1990, 1999), (1900, 1999), (-49, -40), (-9, -1))
    """
    size = 10**digits
    magnitude = abs(year) - abs(year) % size
    if year < 0:
        # -000X is -1..-9: year 0 belongs to 000X, written without a sign.
        return -(magnitude + size - 1), -max(magnitude, 1)
    return magnitude, magnitude + size - 1


def add_months(day: int, months: int) -> int:
    """Add calendar months, clamping to the end of a shorter month (31 January + 1 = 28/29 Feb).

    >>> iso_of(add_months(make_day(2020, 1, 31), 1)), iso_of(add_months(make_day(2020, 2, 29), 12))
    ('2020-02-29', '2021-02-28')
    """
    if months == 0:
        return day
    year, month, dom = civil_from_day(day)
    new_year, new_month0 = divmod(year * 12 + month - 1 + months, 12)
    check_year(new_year)
    new_month = new_month0 + 1
    return day_from_civil(new_year, new_month, min(dom, days_in_month(new_year, new_month)))


def add(day: int, *, years: int = 0, months: int = 0, weeks: int = 0, days: int = 0) -> int:
    """Add a calendar amount: years and months first (with month-end clamping), then days.

    >>> iso_of(add(make_day(2018, 9, 30), years=3, days=1))
    '2021-10-01'
    """
    shifted = add_months(day, 12 * years + months) if years or months else day
    return check_day(shifted + 7 * weeks + days)


def months_between(start: int, end: int) -> int:
    """Whole calendar months from ``start`` to ``end``, counted as :func:`add_months` counts.

    For ``start <= end`` it is the largest ``m`` with ``add_months(start, m) <= end``; for
    ``start > end`` the smallest (most negative) ``m`` with ``add_months(start, m) >= end``.

    >>> months_between(make_day(2020, 1, 31), make_day(2020, 2, 29))
    1
    >>> months_between(make_day(2018, 9, 30), make_day(2021, 10, 18))
    36
    """
    y1, m1, _ = civil_from_day(start)
    y2, m2, _ = civil_from_day(end)
    months = (y2 - y1) * 12 + (m2 - m1)
    if start <= end:
        if months > 0 and add_months(start, months) > end:
            months -= 1
    elif months < 0 and add_months(start, months) < end:
        months += 1
    return months


def years_between(start: int, end: int) -> int:
    """Whole calendar years from ``start`` to ``end``, as :func:`months_between` counts months.

    >>> years_between(make_day(2020, 2, 29), make_day(2021, 2, 28))
    1
    >>> years_between(make_day(2021, 2, 28), make_day(2020, 2, 29))
    0
    >>> years_between(make_day(2021, 3, 1), make_day(2020, 2, 29))
    -1
    """
    months = months_between(start, end)
    return months // 12 if months >= 0 else -(-months // 12)
