"""The moon for calendar work: its longitude and latitude, the phases, and the moon's altitude.

The position is the main part of the ELP-2000/82 theory as tabulated in Meeus, *Astronomical
Algorithms* (2nd ed., chapter 47): the 60 largest periodic terms in longitude and in latitude,
good to about 10 arc-seconds, which puts the end of a tithi within a minute or two. The phases
are Meeus' chapter 49: mean lunations corrected by their periodic terms, good to a minute or so
over 1900-2100. Instants are Julian days in UT, as in :mod:`timeline._astronomy`.
"""

from __future__ import annotations

import math
from typing import Final

from timeline import _astronomy as astro

__all__ = [
    "LUNATION",
    "elongation",
    "full_moon",
    "lunar_latitude",
    "lunar_longitude",
    "lunation_number",
    "moon_altitude",
    "new_moon",
    "new_moon_at_or_after",
    "new_moon_before",
    "sidereal_lunar_longitude",
]

#: The mean synodic month in days.
LUNATION: Final = 29.530588861
_DEG: Final = math.pi / 180.0

# Periodic terms of the moon's longitude (Meeus table 47.A): multiples of D, M, M', F and the
# coefficient of the sine in millionths of a degree.
_LONGITUDE: Final = (
    (0, 0, 1, 0, 6288774),
    (2, 0, -1, 0, 1274027),
    (2, 0, 0, 0, 658314),
    (0, 0, 2, 0, 213618),
    (0, 1, 0, 0, -185116),
    (0, 0, 0, 2, -114332),
    (2, 0, -2, 0, 58793),
    (2, -1, -1, 0, 57066),
    (2, 0, 1, 0, 53322),
    (2, -1, 0, 0, 45758),
    (0, 1, -1, 0, -40923),
    (1, 0, 0, 0, -34720),
    (0, 1, 1, 0, -30383),
    (2, 0, 0, -2, 15327),
    (0, 0, 1, 2, -12528),
    (0, 0, 1, -2, 10980),
    (4, 0, -1, 0, 10675),
    (0, 0, 3, 0, 10034),
    (4, 0, -2, 0, 8548),
    (2, 1, -1, 0, -7888),
    (2, 1, 0, 0, -6766),
    (1, 0, -1, 0, -5163),
    (1, 1, 0, 0, 4987),
    (2, -1, 1, 0, 4036),
    (2, 0, 2, 0, 3994),
    (4, 0, 0, 0, 3861),
    (2, 0, -3, 0, 3665),
    (0, 1, -2, 0, -2689),
    (2, 0, -1, 2, -2602),
    (2, -1, -2, 0, 2390),
    (1, 0, 1, 0, -2348),
    (2, -2, 0, 0, 2236),
    (0, 1, 2, 0, -2120),
    (0, 2, 0, 0, -2069),
    (2, -2, -1, 0, 2048),
    (2, 0, 1, -2, -1773),
    (2, 0, 0, 2, -1595),
    (4, -1, -1, 0, 1215),
    (0, 0, 2, 2, -1110),
    (3, 0, -1, 0, -892),
    (2, 1, 1, 0, -810),
    (4, -1, -2, 0, 759),
    (0, 2, -1, 0, -713),
    (2, 2, -1, 0, -700),
    (2, 1, -2, 0, 691),
    (2, -1, 0, -2, 596),
    (4, 0, 1, 0, 549),
    (0, 0, 4, 0, 537),
    (4, -1, 0, 0, 520),
    (1, 0, -2, 0, -487),
    (2, 1, 0, -2, -399),
    (0, 0, 2, -2, -381),
    (1, 1, 1, 0, 351),
    (3, 0, -2, 0, -340),
    (4, 0, -3, 0, 330),
    (2, -1, 2, 0, 327),
    (0, 2, 1, 0, -323),
    (1, 1, -1, 0, 299),
    (2, 0, 3, 0, 294),
)

# Periodic terms of the moon's latitude (Meeus table 47.B), same layout.
_LATITUDE: Final = (
    (0, 0, 0, 1, 5128122),
    (0, 0, 1, 1, 280602),
    (0, 0, 1, -1, 277693),
    (2, 0, 0, -1, 173237),
    (2, 0, -1, 1, 55413),
    (2, 0, -1, -1, 46271),
    (2, 0, 0, 1, 32573),
    (0, 0, 2, 1, 17198),
    (2, 0, 1, -1, 9266),
    (0, 0, 2, -1, 8822),
    (2, -1, 0, -1, 8216),
    (2, 0, -2, -1, 4324),
    (2, 0, 1, 1, 4200),
    (2, 1, 0, -1, -3359),
    (2, -1, -1, 1, 2463),
    (2, -1, 0, 1, 2211),
    (2, -1, -1, -1, 2065),
    (0, 1, -1, -1, -1870),
    (4, 0, -1, -1, 1828),
    (0, 1, 0, 1, -1794),
    (0, 0, 0, 3, -1749),
    (0, 1, -1, 1, -1565),
    (1, 0, 0, 1, -1491),
    (0, 1, 1, 1, -1475),
    (0, 1, 1, -1, -1410),
    (0, 1, 0, -1, -1344),
    (1, 0, 0, -1, -1335),
    (0, 0, 3, 1, 1107),
    (4, 0, 0, -1, 1021),
    (4, 0, -1, 1, 833),
    (0, 0, 1, -3, 777),
    (4, 0, -2, 1, 671),
    (2, 0, 0, -3, 607),
    (2, 0, 2, -1, 596),
    (2, -1, 1, -1, 491),
    (2, 0, -2, 1, -451),
    (0, 0, 3, -1, 439),
    (2, 0, 2, 1, 422),
    (2, 0, -3, -1, 421),
    (2, 1, -1, 1, -366),
    (2, 1, 0, 1, -351),
    (4, 0, 0, 1, 331),
    (2, -1, 1, 1, 315),
    (2, -2, 0, -1, 302),
    (0, 0, 1, 3, -283),
    (2, 1, 1, -1, -229),
    (1, 1, 0, -1, 223),
    (1, 1, 0, 1, 223),
    (0, 1, -2, -1, -220),
    (2, 1, -1, -1, -220),
    (1, 0, 1, 1, -185),
    (2, -1, -2, -1, 181),
    (0, 1, 2, 1, -177),
    (4, 0, -2, -1, 176),
    (4, -1, -1, -1, 166),
    (1, 0, 1, -1, -164),
    (4, 0, 1, -1, 132),
    (1, 0, -1, -1, -119),
    (4, -1, 0, -1, 115),
    (2, -2, 0, 1, 107),
)


def _arguments(t: float) -> tuple[float, float, float, float, float, float]:
    """L', D, M, M', F in radians and the eccentricity factor E, for ``t`` TT centuries."""
    t2, t3, t4 = t * t, t * t * t, t * t * t * t
    mean_longitude = (
        218.3164477 + 481267.88123421 * t - 0.0015786 * t2 + t3 / 538841 - t4 / 65194000
    )
    elongation = 297.8501921 + 445267.1114034 * t - 0.0018819 * t2 + t3 / 545868 - t4 / 113065000
    sun_anomaly = 357.5291092 + 35999.0502909 * t - 0.0001536 * t2 + t3 / 24490000
    moon_anomaly = 134.9633964 + 477198.8675055 * t + 0.0087414 * t2 + t3 / 69699 - t4 / 14712000
    node_distance = 93.2720950 + 483202.0175233 * t - 0.0036539 * t2 - t3 / 3526000 + t4 / 863310000
    eccentricity = 1 - 0.002516 * t - 0.0000074 * t2
    return (
        (mean_longitude % 360.0) * _DEG,
        (elongation % 360.0) * _DEG,
        (sun_anomaly % 360.0) * _DEG,
        (moon_anomaly % 360.0) * _DEG,
        (node_distance % 360.0) * _DEG,
        eccentricity,
    )


def _series(
    table: tuple[tuple[int, int, int, int, int], ...],
    d: float,
    m: float,
    mp: float,
    f: float,
    e: float,
) -> float:
    total = 0.0
    e_factors = (1.0, e, e * e)
    for cd, cm, cmp, cf, coefficient in table:
        total += coefficient * e_factors[abs(cm)] * math.sin(cd * d + cm * m + cmp * mp + cf * f)
    return total


def _geometric_longitude(t: float) -> float:
    lp, d, m, mp, f, e = _arguments(t)
    a1 = (119.75 + 131.849 * t) * _DEG
    a2 = (53.09 + 479264.290 * t) * _DEG
    total = _series(_LONGITUDE, d, m, mp, f, e)
    total += 3958 * math.sin(a1) + 1962 * math.sin(lp - f) + 318 * math.sin(a2)
    return math.degrees(lp) + total / 1e6


def lunar_longitude(jd_ut: float) -> float:
    """The moon's apparent geocentric longitude in degrees, 0..360, at an instant (UT).

    >>> # Meeus example 47.a: 1992-04-12 0h TT, apparent longitude 133.167265
    >>> round(lunar_longitude(2448724.5 - 59.0 / 86400), 3)
    133.167
    """
    t = astro.julian_centuries(jd_ut)
    return (_geometric_longitude(t) + astro.nutation_in_longitude(t)) % 360.0


def sidereal_lunar_longitude(jd_ut: float) -> float:
    """The moon's sidereal (Lahiri) longitude in degrees, 0..360: what nakshatras are read from.

    >>> round(sidereal_lunar_longitude(2448724.5 - 59.0 / 86400), 1)
    109.4
    """
    t = astro.julian_centuries(jd_ut)
    return (_geometric_longitude(t) - astro.lahiri_ayanamsa(jd_ut)) % 360.0


def lunar_latitude(jd_ut: float) -> float:
    """The moon's geocentric ecliptic latitude in degrees.

    >>> round(lunar_latitude(2448724.5 - 59.0 / 86400), 4)  # Meeus 47.a: -3.229126
    -3.2291
    """
    t = astro.julian_centuries(jd_ut)
    lp, d, m, mp, f, e = _arguments(t)
    a1 = (119.75 + 131.849 * t) * _DEG
    a3 = (313.45 + 481266.484 * t) * _DEG
    total = _series(_LATITUDE, d, m, mp, f, e)
    total += (
        -2235 * math.sin(lp)
        + 382 * math.sin(a3)
        + 175 * math.sin(a1 - f)
        + 175 * math.sin(a1 + f)
        + 127 * math.sin(lp - mp)
        - 115 * math.sin(lp + mp)
    )
    return total / 1e6


def elongation(jd_ut: float) -> float:
    """The moon's longitude minus the sun's, degrees 0..360: 0 at new moon, 180 at full moon.

    A tithi is each 12 degrees of it.

    >>> round(elongation(new_moon(0)), 2) % 360
    0.0
    """
    return (lunar_longitude(jd_ut) - astro.apparent_solar_longitude(jd_ut)) % 360.0


# Periodic corrections to the mean phase (Meeus 49): coefficients for the new and full moon,
# the power of E, and the multiples of M, M', F, Omega in the argument.
_PHASE_TERMS: Final = (
    (-0.40720, -0.40614, 0, 0, 1, 0, 0),
    (0.17241, 0.17302, 1, 1, 0, 0, 0),
    (0.01608, 0.01614, 0, 0, 2, 0, 0),
    (0.01039, 0.01043, 0, 0, 0, 2, 0),
    (0.00739, 0.00734, 1, -1, 1, 0, 0),
    (-0.00514, -0.00515, 1, 1, 1, 0, 0),
    (0.00208, 0.00209, 2, 2, 0, 0, 0),
    (-0.00111, -0.00111, 0, 0, 1, -2, 0),
    (-0.00057, -0.00057, 0, 0, 1, 2, 0),
    (0.00056, 0.00056, 1, 1, 2, 0, 0),
    (-0.00042, -0.00042, 0, 0, 3, 0, 0),
    (0.00042, 0.00042, 1, 1, 0, 2, 0),
    (0.00038, 0.00038, 1, 1, 0, -2, 0),
    (-0.00024, -0.00024, 1, -1, 2, 0, 0),
    (-0.00017, -0.00017, 0, 0, 0, 0, 1),
    (-0.00007, -0.00007, 0, 2, 1, 0, 0),
    (0.00004, 0.00004, 0, 0, 2, -2, 0),
    (0.00004, 0.00004, 0, 3, 0, 0, 0),
    (0.00003, 0.00003, 0, 1, 1, -2, 0),
    (0.00003, 0.00003, 0, 0, 2, 2, 0),
    (-0.00003, -0.00003, 0, 1, 1, 2, 0),
    (0.00003, 0.00003, 0, -1, 1, 2, 0),
    (-0.00002, -0.00002, 0, -1, 1, -2, 0),
    (-0.00002, -0.00002, 0, 1, 3, 0, 0),
    (0.00002, 0.00002, 0, 0, 4, 0, 0),
)

# The planetary arguments A2..A14 (constant and rate per lunation, degrees) and coefficients.
# A1 (299.77 + 0.107408 k - 0.009173 T^2, coefficient 0.000325) has a T^2 term of its own.
_PLANETARY: Final = (
    (251.88, 0.016321, 0.000165),
    (251.83, 26.651886, 0.000164),
    (349.42, 36.412478, 0.000126),
    (84.66, 18.206239, 0.000110),
    (141.74, 53.303771, 0.000062),
    (207.14, 2.453732, 0.000060),
    (154.84, 7.306860, 0.000056),
    (34.52, 27.261239, 0.000047),
    (207.19, 0.121824, 0.000042),
    (291.34, 1.844379, 0.000040),
    (161.72, 24.198154, 0.000037),
    (239.56, 25.513099, 0.000035),
    (331.55, 3.592518, 0.000023),
)


def _phase(k: float, full: bool) -> float:
    """JD (UT) of lunation ``k``'s new moon (k whole) or full moon (k + 0.5)."""
    t = k / 1236.85
    t2, t3, t4 = t * t, t * t * t, t * t * t * t
    jde = 2451550.09766 + LUNATION * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4
    e = 1 - 0.002516 * t - 0.0000074 * t2
    m = (2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3) * _DEG
    mp = (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4) * _DEG
    f = (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4) * _DEG
    omega = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) * _DEG
    e_factors = (1.0, e, e * e)
    for new_c, full_c, e_power, cm, cmp, cf, co in _PHASE_TERMS:
        coefficient = full_c if full else new_c
        jde += coefficient * e_factors[e_power] * math.sin(cm * m + cmp * mp + cf * f + co * omega)
    jde += sum(c * math.sin((a + b * k) * _DEG) for a, b, c in _PLANETARY)
    jde += 0.000325 * math.sin((299.77 + 0.107408 * k - 0.009173 * t2) * _DEG)
    year = 2000.0 + k / 12.3685
    return jde - astro.delta_t(year) / 86400.0


def new_moon(k: int) -> float:
    """The instant (JD, UT) of new moon number ``k``, counted from that of 2000-01-06.

    >>> import datetime
    >>> moment = new_moon(0)  # 2000-01-06 18:14 UT
    >>> datetime.date.fromordinal(astro.civil_day(moment)), round((moment + 0.5) % 1 * 24, 2)
    (datetime.date(2000, 1, 6), 18.23)
    """
    return _phase(k, full=False)


def full_moon(k: int) -> float:
    """The instant (JD, UT) of the full moon following new moon number ``k``.

    >>> import datetime
    >>> datetime.date.fromordinal(astro.civil_day(full_moon(0)))  # 2000-01-21 04:40 UT
    datetime.date(2000, 1, 21)
    """
    return _phase(k + 0.5, full=True)


def lunation_number(jd_ut: float) -> int:
    """The number ``k`` of the last new moon at or before an instant.

    >>> lunation_number(new_moon(5) + 1e-6), lunation_number(new_moon(5) - 1e-6)
    (5, 4)
    """
    k = math.floor((jd_ut - 2451550.09766) / LUNATION)
    while new_moon(k + 1) <= jd_ut:
        k += 1
    while new_moon(k) > jd_ut:
        k -= 1
    return k


def new_moon_before(jd_ut: float) -> float:
    """The last new moon strictly before an instant (JD, UT).

    >>> new_moon_before(new_moon(3)) == new_moon(2)
    True
    """
    k = lunation_number(jd_ut)
    moment = new_moon(k)
    return moment if moment < jd_ut else new_moon(k - 1)


def new_moon_at_or_after(jd_ut: float) -> float:
    """The first new moon at or after an instant (JD, UT).

    >>> new_moon_at_or_after(new_moon(3)) == new_moon(3)
    True
    """
    k = lunation_number(jd_ut)
    moment = new_moon(k)
    return moment if moment >= jd_ut else new_moon(k + 1)


def moon_altitude(jd_ut: float, place: astro.Place) -> float:
    """The moon's topocentric altitude above the horizon in degrees, at an instant and place.

    Geocentric position from the series above, corrected by the moon's mean horizontal
    parallax (0.95 degree times the cosine of the altitude), without refraction.

    >>> mecca = astro.Place(21.4225, 39.8262, 3.0)
    >>> -90 <= moon_altitude(2460000.5, mecca) <= 90
    True
    """
    t = astro.julian_centuries(jd_ut)
    longitude = lunar_longitude(jd_ut) * _DEG
    latitude = lunar_latitude(jd_ut) * _DEG
    epsilon = (23.439291 - 0.0130042 * t) * _DEG
    sin_dec = math.sin(latitude) * math.cos(epsilon) + math.cos(latitude) * math.sin(
        epsilon
    ) * math.sin(longitude)
    declination = math.asin(sin_dec)
    right_ascension = math.atan2(
        math.sin(longitude) * math.cos(epsilon) - math.tan(latitude) * math.sin(epsilon),
        math.cos(longitude),
    )
    d = jd_ut - 2451545.0
    sidereal_time = (280.46061837 + 360.98564736629 * d) % 360.0
    hour_angle = (sidereal_time + place.longitude) * _DEG - right_ascension
    phi = place.latitude * _DEG
    sin_alt = math.sin(phi) * sin_dec + math.cos(phi) * math.cos(declination) * math.cos(hour_angle)
    altitude = math.degrees(math.asin(sin_alt))
    return altitude - 0.9507 * math.cos(altitude * _DEG)
