"""Easter: the Gregorian computus of the Western churches and the Julian one of the Orthodox.

Both are the published arithmetic algorithms (the 'anonymous Gregorian' algorithm of 1876 as
given by Meeus, and Meeus' Julian algorithm); the Julian date of Orthodox Easter is converted to
a Gregorian day number, so both answer day numbers.
"""

from __future__ import annotations

from timeline import _calendar as cal

__all__ = ["day_from_julian", "julian_easter", "western_easter"]


def western_easter(year: int) -> int:
    """The day number of Easter Sunday in the Gregorian calendar.

    >>> import datetime
    >>> datetime.date.fromordinal(western_easter(2024))
    datetime.date(2024, 3, 31)
    """
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return cal.day_from_civil(year, month, day + 1)


def day_from_julian(year: int, month: int, day: int) -> int:
    """The day number of a date in the (proleptic) Julian calendar.

    >>> import datetime
    >>> datetime.date.fromordinal(day_from_julian(1582, 10, 5))  # the day after 4 October 1582
    datetime.date(1582, 10, 15)
    """
    a = (14 - month) // 12
    y = year + 4800 - a
    m = month + 12 * a - 3
    julian_day_number = day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083
    return julian_day_number - 1721425


def julian_easter(year: int) -> int:
    """The day number (Gregorian) of Easter by the Julian computus: Orthodox Easter.

    >>> import datetime
    >>> datetime.date.fromordinal(julian_easter(2024))
    datetime.date(2024, 5, 5)
    """
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return day_from_julian(year, month, day + 1)
