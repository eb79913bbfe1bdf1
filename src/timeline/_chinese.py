"""The Chinese lunisolar calendar's new year (Spring Festival), computed astronomically.

The rules are those of the current calendar (in force since 1929, in China Standard Time, UTC+8):
months begin on the civil day of a new moon; the month containing the winter solstice is the
eleventh; when twelve months separate one eleventh month from the next there is no leap month,
and when thirteen do, the first of them without a principal solar term (the sun entering a
multiple of 30 degrees of longitude) is the leap month. The new year is the first day of the
first month, normally the second new moon after the winter solstice. New moons and solar
longitudes come from :mod:`timeline._moon` and :mod:`timeline._astronomy`.
"""

from __future__ import annotations

import math
from typing import Final

from timeline import _astronomy as astro
from timeline import _calendar as cal
from timeline import _moon as moon

__all__ = ["CHINA_OFFSET_HOURS", "new_year"]

#: China Standard Time, the meridian of 120 degrees east.
CHINA_OFFSET_HOURS: Final = 8.0


def _day(jd: float) -> int:
    return astro.civil_day(jd, CHINA_OFFSET_HOURS)


def _winter_solstice_day(year: int) -> int:
    """The civil day (China) of the December solstice of a Gregorian year."""
    near = astro.julian_day(cal.day_from_civil(year, 12, 21))
    return _day(astro.solar_longitude_crossing(270.0, near))


def _lunation_on_or_before(day: int) -> int:
    """The number of the last new moon whose civil day (China) is on or before ``day``."""
    k = moon.lunation_number(astro.julian_day(day + 1) - CHINA_OFFSET_HOURS / 24.0)
    while _day(moon.new_moon(k)) > day:
        k -= 1
    return k


def _has_principal_term(start: int, end: int) -> bool:
    """Whether the sun enters a multiple of 30 degrees on a civil day in ``start..end - 1``."""

    def sector(day: int) -> int:
        jd = astro.julian_day(day) - CHINA_OFFSET_HOURS / 24.0
        return math.floor(astro.apparent_solar_longitude(jd) / 30.0)

    return sector(start) != sector(end)


def new_year(year: int) -> int:
    """The day number of the Chinese New Year (first day of the first month) in a Gregorian year.

    >>> import datetime
    >>> datetime.date.fromordinal(new_year(2024)), datetime.date.fromordinal(new_year(2023))
    (datetime.date(2024, 2, 10), datetime.date(2023, 1, 22))
    """
    eleventh = _lunation_on_or_before(_winter_solstice_day(year - 1))
    next_eleventh = _lunation_on_or_before(_winter_solstice_day(year))

    def start(i: int) -> int:
        return _day(moon.new_moon(eleventh + i))

    first_month = 2
    # Only a leap eleventh or twelfth month (index 1 or 2) delays the new year.
    if next_eleventh - eleventh == 13 and not (
        _has_principal_term(start(1), start(2)) and _has_principal_term(start(2), start(3))
    ):
        first_month = 3
    return start(first_month)
