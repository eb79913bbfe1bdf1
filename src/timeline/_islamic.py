"""The Islamic (Hijri) calendar, two ways: arithmetic (tabular) and astronomical (Umm al-Qura).

A Hijri month begins with the new crescent, which only observation or a rule can decide.

- :data:`TABULAR` is the arithmetic calendar: months of 30 and 29 days alternately, a 30th day
  added to Dhu al-Hijjah in 11 years of every 30 (years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and
  29 of the cycle), counted from 1 Muharram AH 1 = 16 July 622 (Julian).
- :data:`UMM_AL_QURA` is Saudi Arabia's Umm al-Qura calendar, computed by the rules in force when
  each year was reckoned (as documented by R. H. van Gent): up to AH 1419 a month begins on the
  day after the conjunction's date in Universal Time; in AH 1420-1422 on the day after the first
  evening at Mecca on which the moon sets after the sun; from AH 1423 on the day after the first
  evening at Mecca on which the conjunction has already happened at sunset and the moon sets
  after the sun. Conjunctions and moonset come from :mod:`timeline._moon`.

Both map a Hijri year and month to the day number of its first day; the holidays read dates from
either.
"""

from __future__ import annotations

import enum
from typing import Final

from timeline import _astronomy as astro
from timeline import _moon as moon

__all__ = [
    "MECCA",
    "Reckoning",
    "hijri_from_day",
    "hijri_year_of",
    "month_length",
    "month_start",
]

#: Where the Umm al-Qura rule is reckoned: the Kaaba, in Arabia Standard Time (UTC+3).
MECCA: Final = astro.Place(21.4225, 39.8262, 3.0)

# 1 Muharram AH 1 (16 July 622, Julian) as a day number.
_TABULAR_EPOCH: Final = 227015
# Meeus' lunation 0 (2000-01-06) began Shawwal 1420: the 17037th month after Muharram AH 1.
_LUNATION_OF_EPOCH: Final = -17037
# The moon's centre is at this topocentric altitude when its upper limb sets (refraction
# 34 arc-minutes, mean semi-diameter 15.5 arc-minutes).
_MOONSET_ALTITUDE: Final = -0.825


class Reckoning(enum.Enum):
    """How the start of a Hijri month is decided.

    >>> Reckoning("umm al-qura")
    <Reckoning.UMM_AL_QURA: 'umm al-qura'>
    """

    TABULAR = "tabular"
    UMM_AL_QURA = "umm al-qura"


TABULAR: Final = Reckoning.TABULAR
UMM_AL_QURA: Final = Reckoning.UMM_AL_QURA


def _tabular_start(year: int, month: int) -> int:
    return _TABULAR_EPOCH + (year - 1) * 354 + (3 + 11 * year) // 30 + 29 * (month - 1) + month // 2


def _moon_sets_after_sun(day: int) -> bool:
    """Whether the moon is still up at sunset at Mecca on a civil day."""
    sunset = astro.sunset(day, MECCA)
    return moon.moon_altitude(sunset, MECCA) > _MOONSET_ALTITUDE


def _umm_al_qura_start(year: int, month: int) -> int:
    k = 12 * (year - 1) + (month - 1) + _LUNATION_OF_EPOCH
    conjunction = moon.new_moon(k)
    if year < 1420:
        return astro.civil_day(conjunction) + 1
    day = astro.civil_day(conjunction, MECCA.offset_hours)
    if year < 1423:
        # Moonset alone decides; a day before the conjunction the moon always sets first.
        day -= 1
        while not _moon_sets_after_sun(day):
            day += 1
        return day + 1
    while not (conjunction < astro.sunset(day, MECCA) and _moon_sets_after_sun(day)):
        day += 1
    return day + 1


def month_start(year: int, month: int, reckoning: Reckoning = UMM_AL_QURA) -> int:
    """The day number of the first day of a Hijri month (months 1..12; 13 is next year's 1).

    >>> import datetime
    >>> datetime.date.fromordinal(month_start(1445, 9))  # Ramadan 1445
    datetime.date(2024, 3, 11)
    >>> datetime.date.fromordinal(month_start(1445, 9, TABULAR))
    datetime.date(2024, 3, 11)
    """
    year, month0 = divmod(12 * year + month - 1, 12)
    month = month0 + 1
    if reckoning is Reckoning.TABULAR:
        return _tabular_start(year, month)
    return _umm_al_qura_start(year, month)


def month_length(year: int, month: int, reckoning: Reckoning = UMM_AL_QURA) -> int:
    """Days in a Hijri month: 29 or 30.

    >>> month_length(1445, 9, TABULAR)
    30
    """
    return month_start(year, month + 1, reckoning) - month_start(year, month, reckoning)


def hijri_year_of(day: int) -> int:
    """The Hijri year (by the tabular calendar, which is never a month off) in which a day falls.

    >>> import datetime
    >>> hijri_year_of(datetime.date(2024, 3, 11).toordinal())
    1445
    """
    year = (30 * (day - _TABULAR_EPOCH) + 10646) // 10631
    while _tabular_start(year, 1) > day:
        year -= 1
    while _tabular_start(year + 1, 1) <= day:
        year += 1
    return year


def hijri_from_day(day: int, reckoning: Reckoning = UMM_AL_QURA) -> tuple[int, int, int]:
    """The Hijri (year, month, day) of a day number.

    >>> import datetime
    >>> hijri_from_day(datetime.date(2024, 4, 10).toordinal())  # Eid al-Fitr 1445
    (1445, 10, 1)
    """
    # Months counted from Muharram AH 0; start one past the tabular guess and step back.
    index = 12 * hijri_year_of(day) + 12
    while month_start(index // 12, index % 12 + 1, reckoning) > day:
        index -= 1
    year, month = index // 12, index % 12 + 1
    return year, month, day - month_start(year, month, reckoning) + 1
