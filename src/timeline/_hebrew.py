"""The Hebrew calendar: the fixed arithmetic calendar of Hillel II, on day numbers.

Years are counted Anno Mundi; months are numbered from Nisan (1) as in the Bible, so that Adar is
12 and, in leap years, Adar II is 13; the year begins with Tishrei (7). The new year is found
from the molad (mean conjunction) of Tishrei with the four postponements (dehiyyot): molad zaken
(a molad at or after noon moves the year to the next day), lo ADU rosh (never on Sunday,
Wednesday or Friday) and the two that keep a year from being 356 or 382 days long (GaTaRaD and
BeTUTaKPaT). Everything is integer arithmetic, so it is exact for any year.
"""

from __future__ import annotations

from typing import Final

from timeline import _calendar as cal

__all__ = [
    "ADAR",
    "ADAR_II",
    "AV",
    "ELUL",
    "IYAR",
    "KISLEV",
    "NISAN",
    "SHEVAT",
    "SIVAN",
    "TEVET",
    "TISHREI",
    "day_from_hebrew",
    "days_in_month",
    "hebrew_from_day",
    "is_leap_year",
    "months_in_year",
    "new_year",
    "year_length",
]

NISAN: Final = 1
IYAR: Final = 2
SIVAN: Final = 3
TAMMUZ: Final = 4
AV: Final = 5
ELUL: Final = 6
TISHREI: Final = 7
HESHVAN: Final = 8
KISLEV: Final = 9
TEVET: Final = 10
SHEVAT: Final = 11
ADAR: Final = 12
ADAR_II: Final = 13

# Day number of the day before 1 Tishrei AM 1 (7 October 3761 BCE, Julian) as the epoch: the
# day numbers count like datetime.date.toordinal, extended backwards.
_EPOCH: Final = -1373427
_PARTS_PER_DAY: Final = 25920  # 24 hours of 1080 parts
_LUNATION_PARTS: Final = 765433  # 29 days 12 hours 793 parts
# The molad of Tishrei AM 1 (BaHaRaD: 5 hours 204 parts into the day, hours counted from 6 pm)
# plus 6 hours, so that a molad at or after noon (molad zaken) carries into the next day when the
# parts are divided into days; each month adds its 13753 parts beyond 29 whole days.
_MOLAD_BASE: Final = 5 * 1080 + 204 + 6 * 1080
_MONTH_EXCESS: Final = _LUNATION_PARTS - 29 * _PARTS_PER_DAY


def is_leap_year(year: int) -> bool:
    """Whether a Hebrew year has 13 months (years 3, 6, 8, 11, 14, 17 and 19 of the cycle).

    >>> is_leap_year(5784), is_leap_year(5785)
    (True, False)
    """
    return (7 * year + 1) % 19 < 7


def months_in_year(year: int) -> int:
    """12 or 13.

    >>> months_in_year(5784)
    13
    """
    return 13 if is_leap_year(year) else 12


def _elapsed_days(year: int) -> int:
    """Days from the epoch to the molad-based new year, with molad zaken and lo ADU applied."""
    months = (235 * year - 234) // 19
    parts = _MOLAD_BASE + _MONTH_EXCESS * months
    day = 29 * months + parts // _PARTS_PER_DAY
    # Lo ADU: a new year that would fall on Sunday, Wednesday or Friday moves a day later.
    if (3 * (day + 1)) % 7 < 3:
        day += 1
    return day


def _postponement(year: int) -> int:
    """The GaTaRaD and BeTUTaKPaT postponements: 2, 1 or 0 days."""
    before, this, after = _elapsed_days(year - 1), _elapsed_days(year), _elapsed_days(year + 1)
    if after - this == 356:
        return 2
    if this - before == 382:
        return 1
    return 0


def new_year(year: int) -> int:
    """The day number of 1 Tishrei (Rosh Hashanah) of a Hebrew year.

    >>> import datetime
    >>> datetime.date.fromordinal(new_year(5784))  # began at sunset the evening before
    datetime.date(2023, 9, 16)
    """
    return _EPOCH + _elapsed_days(year) + _postponement(year)


def year_length(year: int) -> int:
    """Days in a Hebrew year: 353, 354 or 355, or 383, 384 or 385 in a leap year.

    >>> year_length(5783), year_length(5784)
    (355, 383)
    """
    return new_year(year + 1) - new_year(year)


def days_in_month(year: int, month: int) -> int:
    """Days in a month of a Hebrew year (29 or 30).

    Heshvan has 30 days in a 'complete' year (355 or 385 days) and Kislev 29 in a 'deficient'
    one (353 or 383); Adar I (12 in a leap year) has 30.

    >>> days_in_month(5784, HESHVAN), days_in_month(5784, KISLEV), days_in_month(5784, ADAR)
    (29, 29, 30)
    """
    if month == HESHVAN:
        return 30 if year_length(year) % 10 == 5 else 29
    if month == KISLEV:
        return 29 if year_length(year) % 10 == 3 else 30
    if month == ADAR:
        return 30 if is_leap_year(year) else 29
    if month in (IYAR, TAMMUZ, ELUL, TEVET, ADAR_II):
        return 29
    return 30


def _month_order(year: int) -> tuple[int, ...]:
    """The months of a year in civil order, from Tishrei to Elul."""
    return (
        TISHREI,
        HESHVAN,
        KISLEV,
        TEVET,
        SHEVAT,
        ADAR,
        *((ADAR_II,) if is_leap_year(year) else ()),
        NISAN,
        IYAR,
        SIVAN,
        TAMMUZ,
        AV,
        ELUL,
    )


def day_from_hebrew(year: int, month: int, day: int) -> int:
    """The day number of a Hebrew date. ``month`` 13 (Adar II) exists only in leap years.

    >>> import datetime
    >>> datetime.date.fromordinal(day_from_hebrew(5784, NISAN, 15))  # first day of Passover
    datetime.date(2024, 4, 23)
    """
    if month == ADAR_II and not is_leap_year(year):
        msg = f"Hebrew year {year} has no Adar II (it is not a leap year)"
        raise ValueError(msg)
    result = new_year(year)
    for candidate in _month_order(year):
        if candidate == month:
            return result + day - 1
        result += days_in_month(year, candidate)
    raise AssertionError  # pragma: no cover - every month number is in the order


def hebrew_from_day(day: int) -> tuple[int, int, int]:
    """The Hebrew (year, month, day) of a day number.

    >>> import datetime
    >>> hebrew_from_day(datetime.date(2023, 9, 16).toordinal())
    (5784, 7, 1)
    """
    year = cal.civil_from_day(day)[0] + 3761
    while new_year(year) > day:
        year -= 1
    while new_year(year + 1) <= day:
        year += 1
    offset = day - new_year(year)
    for month in _month_order(year):
        length = days_in_month(year, month)
        if offset < length:
            return year, month, offset + 1
        offset -= length
    raise AssertionError  # pragma: no cover - the months fill the year
