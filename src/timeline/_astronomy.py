"""The sun for calendar work: time scales, solar longitude, sidereal longitude, sunrise and sunset.

Instants are Julian days in Universal Time (a ``float``); civil days are the library's day
numbers. The solar theory is the low-precision one in Jean Meeus, *Astronomical Algorithms*
(2nd ed., chapters 22 and 25): about 0.01 degree, so the sun's entry into a sign is found to
within about a quarter of an hour and sunrise to within a couple of minutes, which is what a
festival's civil day needs over 1900-2100. Everything here is a pure function of its arguments.
"""

from __future__ import annotations

import math
from typing import Final

import attrs

__all__ = [
    "DAY_ZERO_JD",
    "Place",
    "apparent_solar_longitude",
    "civil_day",
    "delta_t",
    "julian_centuries",
    "julian_day",
    "lahiri_ayanamsa",
    "nutation_in_longitude",
    "sidereal_solar_longitude",
    "solar_declination",
    "solar_longitude_crossing",
    "sunrise",
    "sunset",
]

#: The Julian day of 00:00 UT on day number 0 (0000-12-31): day 1 is 0001-01-01.
DAY_ZERO_JD: Final = 1721424.5
_J2000: Final = 2451545.0
_DEG: Final = math.pi / 180.0
#: The sun's mean motion in longitude, degrees per day (used to aim the root finders).
SOLAR_RATE: Final = 360.0 / 365.2422


@attrs.frozen(slots=True)
class Place:
    """Where a calendar is reckoned: a latitude, a longitude and a civil time zone.

    Latitude and longitude are in degrees (east positive), the zone's offset from UT in hours.

    >>> ujjain = Place(23.18, 75.77, 5.5)
    >>> ujjain.offset_days
    0.22916666666666666
    """

    latitude: float
    longitude: float
    offset_hours: float

    @property
    def offset_days(self) -> float:
        """The zone offset as a fraction of a day.

        >>> Place(0.0, 0.0, 8.0).offset_days
        0.3333333333333333
        """
        return self.offset_hours / 24.0


def julian_day(day: int, hours: float = 0.0) -> float:
    """The Julian day (UT) of ``hours`` past midnight UT of a day number.

    >>> import datetime
    >>> julian_day(datetime.date(2000, 1, 1).toordinal(), 12.0)
    2451545.0
    """
    return DAY_ZERO_JD + day + hours / 24.0


def civil_day(jd: float, offset_hours: float = 0.0) -> int:
    """The day number of the civil day containing an instant, in a zone ``offset_hours`` from UT.

    >>> import datetime
    >>> datetime.date.fromordinal(civil_day(2451545.0))
    datetime.date(2000, 1, 1)
    >>> datetime.date.fromordinal(civil_day(2451545.0, offset_hours=-13.0))
    datetime.date(1999, 12, 31)
    """
    return math.floor(jd - DAY_ZERO_JD + offset_hours / 24.0)


def delta_t(year: float) -> float:
    """TT - UT in seconds, from the polynomials of Espenak and Meeus (2006).

    Good to about a second over 1900-2020 and a modest extrapolation after; outside 1900-2150
    the long-term parabola, which is all that older or later dates can claim.

    >>> round(delta_t(2000.0), 1)
    63.9
    """
    if 1900 <= year < 1920:
        t = year - 1900
        return -2.79 + 1.494119 * t - 0.0598939 * t**2 + 0.0061966 * t**3 - 0.000197 * t**4
    if 1920 <= year < 1941:
        t = year - 1920
        return 21.20 + 0.84493 * t - 0.076100 * t**2 + 0.0020936 * t**3
    if 1941 <= year < 1961:
        t = year - 1950
        return 29.07 + 0.407 * t - t**2 / 233 + t**3 / 2547
    if 1961 <= year < 1986:
        t = year - 1975
        return 45.45 + 1.067 * t - t**2 / 260 - t**3 / 718
    if 1986 <= year < 2005:
        t = year - 2000
        return (
            63.86
            + 0.3345 * t
            - 0.060374 * t**2
            + 0.0017275 * t**3
            + 0.000651814 * t**4
            + 0.00002373599 * t**5
        )
    if 2005 <= year < 2050:
        t = year - 2000
        return 62.92 + 0.32217 * t + 0.005589 * t**2
    u = (year - 1820) / 100
    if 2050 <= year < 2150:
        return -20 + 32 * u**2 - 0.5628 * (2150 - year)
    return -20 + 32 * u**2


def julian_centuries(jd_ut: float) -> float:
    """Julian centuries of Terrestrial Time from J2000.0 to an instant given in UT.

    >>> round(julian_centuries(2451545.0) * 36525 * 86400)  # delta T at J2000, seconds
    64
    """
    year = 2000.0 + (jd_ut - _J2000) / 365.25
    return (jd_ut + delta_t(year) / 86400.0 - _J2000) / 36525.0


def nutation_in_longitude(t: float) -> float:
    """Nutation in longitude, degrees, from its four largest terms (Meeus 22).

    ``t`` is in Julian centuries of TT from J2000.0.

    >>> round(nutation_in_longitude(-0.127296372348) * 3600, 1)  # 1987-04-10; full series -3.788
    -3.9
    """
    omega = (125.04452 - 1934.136261 * t) * _DEG
    sun = (280.4665 + 36000.7698 * t) * _DEG
    moon = (218.3165 + 481267.8813 * t) * _DEG
    seconds = (
        -17.20 * math.sin(omega)
        - 1.32 * math.sin(2 * sun)
        - 0.23 * math.sin(2 * moon)
        + 0.21 * math.sin(2 * omega)
    )
    return seconds / 3600.0


def _sun(t: float) -> tuple[float, float]:
    """The sun's geometric true longitude (mean equinox of date) and mean anomaly, degrees."""
    mean_longitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t
    anomaly = 357.52911 + 35999.05029 * t - 0.0001537 * t * t
    m = anomaly * _DEG
    centre = (
        (1.914602 - 0.004817 * t - 0.000014 * t * t) * math.sin(m)
        + (0.019993 - 0.000101 * t) * math.sin(2 * m)
        + 0.000289 * math.sin(3 * m)
    )
    return mean_longitude + centre, anomaly


def _aberration(t: float) -> float:
    # The sun's aberration, 20.4898" divided by its distance in AU (Meeus 25.10 with 25.5).
    anomaly = (357.52911 + 35999.05029 * t) * _DEG
    eccentricity = 0.016708634 - 0.000042037 * t
    distance = 1.000001018 * (1 - eccentricity**2) / (1 + eccentricity * math.cos(anomaly))
    return -0.005691611 / distance


def apparent_solar_longitude(jd_ut: float) -> float:
    """The sun's apparent tropical longitude in degrees (0..360) at an instant (UT).

    >>> round(apparent_solar_longitude(2448908.5 - 0.00068), 3)  # 1992-10-13 0h TT, Meeus 25.a
    199.909
    """
    t = julian_centuries(jd_ut)
    true_longitude, _ = _sun(t)
    return (true_longitude + _aberration(t) + nutation_in_longitude(t)) % 360.0


def lahiri_ayanamsa(jd_ut: float) -> float:
    """The mean Lahiri (Chitrapaksha) ayanamsa in degrees: tropical minus sidereal longitude.

    Anchored at 23.245524 degrees on 1956-03-21 (the Indian Calendar Reform Committee's value
    less nutation), carried by the IAU general precession in longitude.

    >>> round(lahiri_ayanamsa(2451545.0), 3)
    23.857
    """
    t = (jd_ut - 2435553.5) / 36525.0
    t0 = (2435553.5 - _J2000) / 36525.0
    # General precession in longitude since 1956.2, arcseconds (Lieske 1977).
    precession = (5029.0966 + 2.22226 * t0) * t + 1.11113 * t * t
    return 23.245524743 + precession / 3600.0


def sidereal_solar_longitude(jd_ut: float) -> float:
    """The sun's sidereal (nirayana, Lahiri) longitude in degrees, 0..360.

    Sidereal longitudes drop the nutation, as the ayanamsa is a mean one.

    >>> import datetime
    >>> mesha = julian_day(datetime.date(2018, 4, 14).toordinal(), 2.7)
    >>> round(sidereal_solar_longitude(mesha), 2)
    0.0
    """
    t = julian_centuries(jd_ut)
    true_longitude, _ = _sun(t)
    return (true_longitude + _aberration(t) - lahiri_ayanamsa(jd_ut)) % 360.0


def solar_longitude_crossing(
    target: float, jd_near: float, *, sidereal: bool = False, tolerance: float = 1e-5
) -> float:
    """The instant (JD, UT) nearest ``jd_near`` at which the sun's longitude equals ``target``.

    ``jd_near`` should lie within a few weeks of the answer. ``sidereal`` uses the Lahiri
    sidereal longitude instead of the apparent tropical one.

    >>> import datetime
    >>> near = julian_day(datetime.date(2023, 12, 20).toordinal())
    >>> solstice = solar_longitude_crossing(270.0, near)
    >>> civil_day(solstice) == datetime.date(2023, 12, 22).toordinal()  # 03:27 UT
    True
    """
    longitude = sidereal_solar_longitude if sidereal else apparent_solar_longitude
    jd = jd_near
    for _ in range(20):
        error = (longitude(jd) - target + 180.0) % 360.0 - 180.0
        step = error / SOLAR_RATE
        jd -= step
        if abs(step) < tolerance:
            break
    return jd


def _obliquity(t: float) -> float:
    return 23.439291 - 0.0130042 * t


def solar_declination(jd_ut: float) -> float:
    """The sun's apparent declination, degrees.

    >>> round(solar_declination(2448908.5 - 0.00068), 3)  # 1992-10-13 0h TT, Meeus 25.a: -7.785
    -7.785
    """
    t = julian_centuries(jd_ut)
    longitude = apparent_solar_longitude(jd_ut) * _DEG
    return math.degrees(math.asin(math.sin(_obliquity(t) * _DEG) * math.sin(longitude)))


def _equation_of_time(t: float) -> float:
    """Apparent minus mean solar time, in days (Smart's series, as in Meeus 28.3)."""
    epsilon = _obliquity(t) * _DEG
    y = math.tan(epsilon / 2) ** 2
    mean_longitude = (280.46646 + 36000.76983 * t) * _DEG
    anomaly = (357.52911 + 35999.05029 * t) * _DEG
    e = 0.016708634 - 0.000042037 * t
    radians = (
        y * math.sin(2 * mean_longitude)
        - 2 * e * math.sin(anomaly)
        + 4 * e * y * math.sin(anomaly) * math.cos(2 * mean_longitude)
        - 0.5 * y * y * math.sin(4 * mean_longitude)
        - 1.25 * e * e * math.sin(2 * anomaly)
    )
    return radians / (2 * math.pi)


def _sun_event(day: int, place: Place, sign: int, altitude: float) -> float:
    # Iterate once from local noon: declination and equation of time at the event itself.
    jd = julian_day(day, 12.0) - place.longitude / 360.0
    for _ in range(2):
        t = julian_centuries(jd)
        declination = solar_declination(jd) * _DEG
        latitude = place.latitude * _DEG
        cos_h = (math.sin(altitude * _DEG) - math.sin(latitude) * math.sin(declination)) / (
            math.cos(latitude) * math.cos(declination)
        )
        hour_angle = math.degrees(math.acos(max(-1.0, min(1.0, cos_h))))
        noon = julian_day(day, 12.0) - place.longitude / 360.0 - _equation_of_time(t)
        jd = noon + sign * hour_angle / 360.0
    return jd


def sunrise(day: int, place: Place, altitude: float = -0.8333) -> float:
    """The instant (JD, UT) of sunrise on a civil day at a place.

    ``altitude`` is the sun's centre at the event: -0.8333 degrees allows for refraction and
    the sun's radius. Polar days and nights are not handled (the calendars here are tropical).

    >>> import datetime
    >>> delhi = Place(28.6139, 77.2090, 5.5)
    >>> rise = sunrise(datetime.date(2023, 11, 12).toordinal(), delhi)
    >>> hours = (rise - julian_day(datetime.date(2023, 11, 12).toordinal())) * 24 + 5.5
    >>> f"{int(hours)}:{round(hours % 1 * 60):02d}"  # 06:41 IST
    '6:41'
    """
    return _sun_event(day, place, -1, altitude)


def sunset(day: int, place: Place, altitude: float = -0.8333) -> float:
    """The instant (JD, UT) of sunset on a civil day at a place.

    >>> import datetime
    >>> delhi = Place(28.6139, 77.2090, 5.5)
    >>> fall = sunset(datetime.date(2023, 11, 12).toordinal(), delhi)
    >>> hours = (fall - julian_day(datetime.date(2023, 11, 12).toordinal())) * 24 + 5.5
    >>> f"{int(hours)}:{round(hours % 1 * 60):02d}"  # 17:29 IST
    '17:29'
    """
    return _sun_event(day, place, 1, altitude)
