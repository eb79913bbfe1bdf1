"""The Hindu lunisolar and solar calendars, computed from the true sun and moon.

- A **tithi** is each 12 degrees of the moon's elongation from the sun: 1..15 in the bright
  fortnight (shukla paksha, 15 = purnima, the full moon), 16..30 in the dark one (krishna
  paksha, 30 = amavasya, the new moon).
- **Lunar months** run from new moon to new moon (amanta reckoning) and are named by the sidereal
  sign the sun enters during them: Chaitra is the month in which it enters Mesha (Aries), and so
  on. A month in which the sun enters no sign is adhika (intercalary) and the next one, the nija
  month, keeps the name; festivals fall in the nija month.
- A **solar month** begins at a sankranti, the sun's entry into a sidereal (Lahiri) sign; which
  civil day that is depends on the region's rule.
- A festival is kept on the civil day whose chosen moment (sunrise, midday, the afternoon
  aparahna, sunset, the evening pradosh, midnight nishita) falls in its tithi; when no such
  moment does (the tithi is 'lost' between two of them) it is kept on the day the tithi begins.

Civil days are Indian Standard Time (UTC+5:30) at Ujjain, the traditional prime meridian of
Indian astronomy.
"""

from __future__ import annotations

import enum
import math
from typing import Final

from timeline import _astronomy as astro
from timeline import _calendar as cal
from timeline import _moon as moon

__all__ = [
    "UJJAIN",
    "Moment",
    "Month",
    "SankrantiRule",
    "lunar_festival_day",
    "lunar_month_at",
    "nakshatra_at",
    "nakshatra_start",
    "rough_sankranti_day",
    "sankranti",
    "sankranti_day",
    "tithi_at",
]

#: Ujjain, in Indian Standard Time.
UJJAIN: Final = astro.Place(23.1765, 75.7885, 5.5)
_TITHI_DAYS: Final = moon.LUNATION / 30.0
_NAKSHATRA: Final = 360.0 / 27.0


class Month(enum.IntEnum):
    """The lunar months in amanta order, numbered by the sign (0 = Mesha) the sun enters in them.

    >>> Month.CHAITRA.sign, Month(6).name
    (0, 'ASHVIN')
    """

    CHAITRA = 0
    VAISHAKHA = 1
    JYESHTHA = 2
    ASHADHA = 3
    SHRAVANA = 4
    BHADRAPADA = 5
    ASHVIN = 6
    KARTIKA = 7
    MARGASHIRSHA = 8
    PAUSHA = 9
    MAGHA = 10
    PHALGUNA = 11

    @property
    def sign(self) -> int:
        """The sidereal sign (0 = Mesha .. 11 = Meena) the sun enters during the month.

        >>> Month.PAUSHA.sign
        9
        """
        return int(self)


class Moment(enum.Enum):
    """The moment of the day (karmakala) at which a festival's tithi must prevail.

    >>> Moment("pradosh")
    <Moment.PRADOSH: 'pradosh'>
    """

    SUNRISE = "sunrise"
    MIDDAY = "midday"
    APARAHNA = "aparahna"
    SUNSET = "sunset"
    PRADOSH = "pradosh"
    MOONRISE = "moonrise"
    NISHITA = "nishita"


class SankrantiRule(enum.Enum):
    """Which civil day a solar month (or a sankranti festival) begins on.

    ``SAME_DAY`` is the day of the sankranti; ``SUNSET`` the same day if the sankranti is before
    sunset, else the next (the Tamil rule); ``MIDNIGHT`` the next day if it is before midnight,
    else the day after (the Bengali rule); ``APARAHNA`` the same day if it is before the end of
    the afternoon (three fifths of the daytime), else the next (the Malayalam rule).

    >>> SankrantiRule("sunset")
    <SankrantiRule.SUNSET: 'sunset'>
    """

    SAME_DAY = "same day"
    SUNSET = "sunset"
    MIDNIGHT = "midnight"
    APARAHNA = "aparahna"


def tithi_at(jd: float) -> int:
    """The tithi (1..30) current at an instant (JD, UT).

    >>> import datetime
    >>> noon = astro.julian_day(datetime.date(2023, 11, 12).toordinal(), 12.0)
    >>> tithi_at(noon)  # amavasya began about 14:45 IST, 09:15 UT
    30
    """
    return math.floor(moon.elongation(jd) / 12.0) + 1


def nakshatra_at(jd: float) -> int:
    """The nakshatra (lunar mansion, 1..27: 1 = Ashvini, 22 = Shravana) of the moon at an instant.

    >>> nakshatra_at(2448724.5)
    9
    """
    return math.floor(moon.sidereal_lunar_longitude(jd) / _NAKSHATRA) + 1


def nakshatra_start(nakshatra: int, jd_near: float) -> float:
    """The instant (JD, UT) nearest ``jd_near`` (within a fortnight) the moon enters a nakshatra.

    >>> start = nakshatra_start(10, 2448724.5)
    >>> nakshatra_at(start + 1e-4), nakshatra_at(start - 1e-4)
    (10, 9)
    """
    target = (nakshatra - 1) * _NAKSHATRA
    jd = jd_near
    for _ in range(10):
        step = ((moon.sidereal_lunar_longitude(jd) - target + 180.0) % 360.0 - 180.0) / 13.18
        jd -= step
        if abs(step) < 1e-4:
            break
    return jd


def _sign_at(jd: float) -> int:
    return math.floor(astro.sidereal_solar_longitude(jd) / 30.0)


def lunar_month_at(jd: float) -> tuple[Month, bool]:
    """The amanta month current at an instant, and whether it is adhika (intercalary).

    >>> import datetime
    >>> lunar_month_at(astro.julian_day(datetime.date(2019, 10, 20).toordinal()))
    (<Month.ASHVIN: 6>, False)
    >>> lunar_month_at(astro.julian_day(datetime.date(2023, 7, 25).toordinal()))
    (<Month.SHRAVANA: 4>, True)
    """
    start = moon.new_moon_before(jd)
    end = moon.new_moon_at_or_after(jd)
    first, last = _sign_at(start), _sign_at(end)
    return Month((first + 1) % 12), first == last


def rough_sankranti_day(sign: int, year: int) -> float:
    """The day number, to within about three days, of the sun's entry into a sidereal sign.

    Mesha sankranti falls about 14 April (day 103 after 1 January) around 2000 and a day later
    every 72 years (the precession of the equinoxes); the other signs follow a twelfth of a
    year apart, wrapped into the same Gregorian year.

    >>> import datetime
    >>> datetime.date.fromordinal(round(rough_sankranti_day(0, 2018)))
    datetime.date(2018, 4, 14)
    """
    mesha = 103 + (year - 2000) / 71.6
    return cal.day_from_civil(year, 1, 1) + (mesha + sign * 30.4369) % 365.2422


def sankranti(sign: int, year: int) -> float:
    """The instant (JD, UT) the sun enters a sidereal sign (0 = Mesha) about a Gregorian year.

    It is the entry nearest :func:`rough_sankranti_day`: in ``year``, except that a sign whose
    entry falls at New Year has, once in a while, two entries in one year and none in the next.

    >>> import datetime
    >>> moment = sankranti(9, 2019)  # Makara: 2019-01-14 19:50 IST
    >>> datetime.date.fromordinal(astro.civil_day(moment, 5.5))
    datetime.date(2019, 1, 14)
    """
    near = rough_sankranti_day(sign, year) + astro.DAY_ZERO_JD
    return astro.solar_longitude_crossing(30.0 * sign, near, sidereal=True)


def sankranti_day(moment: float, rule: SankrantiRule, place: astro.Place = UJJAIN) -> int:
    """The civil day a sankranti at ``moment`` is kept on, by a regional rule.

    >>> import datetime
    >>> day = sankranti_day(sankranti(9, 2019), SankrantiRule.SUNSET)
    >>> datetime.date.fromordinal(day)  # after sunset, so Pongal is the next day
    datetime.date(2019, 1, 15)
    """
    day = astro.civil_day(moment, place.offset_hours)
    if rule is SankrantiRule.SAME_DAY:
        return day
    if rule is SankrantiRule.MIDNIGHT:
        return day + 1 if moment >= astro.julian_day(day) - place.offset_days else day + 2
    if rule is SankrantiRule.SUNSET:
        return day if moment < astro.sunset(day, place) else day + 1
    rise, fall = astro.sunrise(day, place), astro.sunset(day, place)
    return day if moment < rise + 0.6 * (fall - rise) else day + 1


def _moment(day: int, moment: Moment, place: astro.Place) -> float:
    """The instant of a karmakala on a civil day."""
    if moment is Moment.SUNRISE:
        return astro.sunrise(day, place)
    fall = astro.sunset(day, place)
    if moment is Moment.SUNSET:
        return fall
    if moment is Moment.PRADOSH:
        # The middle of pradosh kala, the 2 h 24 min after sunset.
        return fall + 0.05
    if moment is Moment.NISHITA:
        return (fall + astro.sunrise(day + 1, place)) / 2
    if moment is Moment.MOONRISE:
        # After full moon the moon rises about 50 minutes later each day, 4.1 minutes for each
        # degree of elongation past 180; an estimate good to well under an hour.
        lag = ((moon.elongation(fall) - 180.0) % 360.0) * 4.1 / 1440.0
        return fall + lag
    rise = astro.sunrise(day, place)
    if moment is Moment.MIDDAY:
        return (rise + fall) / 2
    return rise + 0.7 * (fall - rise)  # the middle of aparahna, the fourth fifth of the day


def _nija_month_start(month: Month, year: int) -> float:
    """The new moon that begins ``month`` in the lunation containing its sankranti of ``year``."""
    return moon.new_moon_before(sankranti(month.sign, year))


def tithi_start(tithi: int, jd_near: float) -> float:
    """The instant (JD, UT) nearest ``jd_near`` (within a week) at which a tithi begins.

    >>> import datetime
    >>> start = tithi_start(30, astro.julian_day(datetime.date(2023, 11, 12).toordinal()))
    >>> round((start - astro.julian_day(datetime.date(2023, 11, 12).toordinal())) * 24 + 5.5, 1)
    14.8
    """
    target = 12.0 * (tithi - 1)
    jd = jd_near
    for _ in range(10):
        step = ((moon.elongation(jd) - target + 180.0) % 360.0 - 180.0) / 12.19
        jd -= step
        if abs(step) < 1e-4:
            break
    return jd


def lunar_festival_day(
    month: Month, tithi: int, moment: Moment, year: int, place: astro.Place = UJJAIN
) -> int:
    """The civil day of a tithi of a lunar month, kept by the tithi current at ``moment``.

    ``year`` is the Gregorian year of the month's sankranti (the sun's entry into its sign), so
    a Pausha festival may fall in December of ``year - 1``.

    >>> import datetime
    >>> datetime.date.fromordinal(lunar_festival_day(Month.ASHVIN, 30, Moment.PRADOSH, 2023))
    datetime.date(2023, 11, 12)
    """
    start = _nija_month_start(month, year)
    begins = start + (tithi - 1) * _TITHI_DAYS
    first = astro.civil_day(begins, place.offset_hours) - 1
    for day in range(first, first + 4):
        current = tithi_at(_moment(day, moment, place))
        if current == tithi:
            return day
        if (current - tithi) % 30 == 1:
            # The tithi began after the previous day's moment and ended before this day's: it
            # covers no moment, so it is kept on the civil day it began.
            return astro.civil_day(tithi_start(tithi, begins), place.offset_hours)
    raise AssertionError  # pragma: no cover - a tithi lasts about a day
