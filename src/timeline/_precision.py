"""Precision: the calendar unit a date was given in, and recognising a span as one such unit."""

from __future__ import annotations

import enum
import functools
from typing import Final, NamedTuple

from timeline import _calendar as cal

__all__ = ["Precision", "Unit", "unit_of"]


@functools.total_ordering
class Precision(enum.Enum):
    """The unit a date was stated in, ordered from finest (``DAY``) to coarsest (``NONE``).

    ``NONE`` is an arbitrary range of days, the coarsest because it promises nothing about
    calendar units.

    >>> Precision.DAY < Precision.MONTH < Precision.DECADE < Precision.NONE
    True
    >>> Precision("season")
    <Precision.SEASON: 'season'>
    """

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    MILLENNIUM = "millennium"
    NONE = "none"

    @property
    def rank(self) -> int:
        """Position from finest (0) to coarsest.

        >>> Precision.DAY.rank, Precision.NONE.rank
        (0, 9)
        """
        return _RANKS[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Precision):
            return NotImplemented
        return _RANKS[self] < _RANKS[other]


_RANKS: Final = {precision: rank for rank, precision in enumerate(Precision)}


class Unit(NamedTuple):
    """A span named the way its precision's constructor names it.

    ``kind`` is a precision's value; ``year`` the year (the ISO year for weeks; for decades and
    longer the year the constructor takes); ``part`` the month, ISO week, quarter or EDTF season
    code (21..24 north, 29..32 south); ``day`` the day of the month.
    """

    kind: str
    year: int
    part: int = 0
    day: int = 0


_DIGITS: Final = {Precision.DECADE: 1, Precision.CENTURY: 2, Precision.MILLENNIUM: 3}
# EDTF level 2 season codes for meteorological seasons: 21..24 (independent of location, read
# here as northern) and 29..32 for the southern hemisphere, each spring, summer, autumn, winter.
_SEASON_CODES: Final = {
    (cal.Hemisphere.NORTHERN, cal.Season.SPRING): 21,
    (cal.Hemisphere.NORTHERN, cal.Season.SUMMER): 22,
    (cal.Hemisphere.NORTHERN, cal.Season.AUTUMN): 23,
    (cal.Hemisphere.NORTHERN, cal.Season.WINTER): 24,
    (cal.Hemisphere.SOUTHERN, cal.Season.SPRING): 29,
    (cal.Hemisphere.SOUTHERN, cal.Season.SUMMER): 30,
    (cal.Hemisphere.SOUTHERN, cal.Season.AUTUMN): 31,
    (cal.Hemisphere.SOUTHERN, cal.Season.WINTER): 32,
}
SEASON_BY_CODE: Final = {code: key for key, code in _SEASON_CODES.items()}


def season_code(hemisphere: cal.Hemisphere, season: cal.Season) -> int:
    """EDTF's season code for a meteorological season (21..24 north, 29..32 south).

    >>> season_code(cal.Hemisphere.NORTHERN, cal.Season.SUMMER)
    22
    """
    return _SEASON_CODES[hemisphere, season]


def unit_of(lo: int, hi: int, precision: Precision) -> Unit | None:  # noqa: PLR0911 - one per unit
    """The calendar unit of ``precision`` that is exactly the days ``lo..hi``, if there is one.

    >>> unit_of(cal.make_day(2018, 9, 1), cal.make_day(2018, 9, 30), Precision.MONTH)
    Unit(kind='month', year=2018, part=9, day=0)
    >>> unit_of(cal.make_day(2018, 9, 2), cal.make_day(2018, 9, 30), Precision.MONTH) is None
    True
    """
    y1, m1, d1 = cal.civil_from_day(lo)
    if precision is Precision.DAY:
        return Unit("day", y1, m1, d1) if lo == hi else None
    if precision is Precision.WEEK:
        if cal.weekday(lo) == cal.Weekday.MONDAY and hi == lo + 6:
            return Unit("week", *cal.iso_week(lo))
        return None
    if d1 != 1:
        return None
    if precision is Precision.SEASON:
        return _season_unit(lo, hi)
    y2, m2, d2 = cal.civil_from_day(hi)
    if d2 != cal.days_in_month(y2, m2):
        return None
    if precision is Precision.MONTH:
        return Unit("month", y1, m1) if (y1, m1) == (y2, m2) else None
    if precision is Precision.QUARTER:
        if y1 == y2 and m1 % 3 == 1 and m2 == m1 + 2:
            return Unit("quarter", y1, (m1 + 2) // 3)
        return None
    if m1 != 1 or m2 != 12:
        return None
    if precision is Precision.YEAR:
        return Unit("year", y1) if y1 == y2 else None
    digits = _DIGITS.get(precision)
    if digits is not None and cal.digit_span(y1, digits) == (y1, y2):
        return Unit(precision.value, y2 if y1 < 0 else y1)
    return None


def _season_unit(lo: int, hi: int) -> Unit | None:
    year = cal.civil_from_day(lo)[0]
    for hemisphere in cal.Hemisphere:
        for season in cal.Season:
            span = cal.season_span(year, season, cal.SeasonConvention.METEOROLOGICAL, hemisphere)
            if span == (lo, hi):
                return Unit("season", year, _SEASON_CODES[hemisphere, season])
    return None
