"""Holiday rules that read another calendar: Hebrew, Hijri, Chinese, Hindu and Parsi.

Each rule answers ``occurrences(year)`` like those of :mod:`timeline._holiday_rules`: the spans
of the occurrences that begin in a Gregorian year, found by converting the holiday's date in its
own calendar for the calendar years that overlap the Gregorian one. The astronomical calendars
(Hijri by Umm al-Qura, Chinese, Hindu) are computed for years 1000..3000 only, where the solar
and lunar theories and the tabulated clock corrections behind them still mean something; other
years raise ``OutOfRangeError``.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Final

import attrs

from timeline import _astronomy as astro
from timeline import _calendar as cal
from timeline import _chinese as chinese
from timeline import _computus as computus
from timeline import _hebrew as hebrew
from timeline import _hindu as hindu
from timeline import _islamic as islamic
from timeline.errors import OutOfRangeError

if TYPE_CHECKING:
    from timeline._holiday_rules import Span

__all__ = [
    "ASTRONOMICAL_YEARS",
    "KERALA",
    "ChineseNewYear",
    "HebrewDate",
    "HebrewShift",
    "HijriDate",
    "HijriLastWeekday",
    "LunarFestival",
    "LunarSpan",
    "NakshatraDay",
    "ParsiNewYear",
    "Sankranti",
    "SolarTerm",
]

#: The Gregorian years the astronomical calendars are computed for.
ASTRONOMICAL_YEARS: Final = (1000, 3000)
#: Thiruvananthapuram, where the Malayalam calendar's days are reckoned.
KERALA: Final = astro.Place(8.5241, 76.9366, 5.5)
# Hebrew year = Gregorian year + 3760 from Tishrei (autumn) and + 3761 before it.
_HEBREW_OFFSET: Final = 3760
# The Hijri era began on 16 July 622 (Julian); Yazdegerd's on 16 June 632.
_HIJRI_FIRST_YEAR: Final = 622
_PARSI_FIRST_YEAR: Final = 632


def _check_astronomical(year: int) -> None:
    first, last = ASTRONOMICAL_YEARS
    if not first <= year <= last:
        msg = (
            f"year {year} is outside {first}..{last}, the years this library computes the "
            "astronomical calendars (Hijri, Chinese, Hindu) for"
        )
        raise OutOfRangeError(msg)


def _check_from(year: int, first: int, calendar: str) -> None:
    cal.check_year(year)
    if year < first:
        msg = f"year {year} is before {first}, the first year of the {calendar} calendar"
        raise OutOfRangeError(msg)


def _in_year(first: int, year: int) -> bool:
    return cal.civil_from_day(first)[0] == year


class HebrewShift(enum.Enum):
    """The weekday rules that move some Hebrew observances.

    ``TISHA_BAV``: a fast falling on the Sabbath is kept on Sunday. ``YOM_HASHOAH``: Friday to
    Thursday, Sunday to Monday (from 1997). ``YOM_HAATZMAUT``: Friday or Saturday to the Thursday
    before, Monday to Tuesday (from 2004); Yom HaZikaron, the day before, moves with it.

    >>> HebrewShift("tisha b'av")
    <HebrewShift.TISHA_BAV: "tisha b'av">
    """

    NONE = "none"
    TISHA_BAV = "tisha b'av"
    YOM_HASHOAH = "yom hashoah"
    YOM_HAATZMAUT = "yom ha'atzmaut"


def _hebrew_shift(shift: HebrewShift, day: int, year: int) -> int:
    weekday = cal.weekday(day)
    if shift is HebrewShift.TISHA_BAV:
        return 1 if weekday == cal.Weekday.SATURDAY else 0
    if shift is HebrewShift.YOM_HASHOAH:
        if weekday == cal.Weekday.FRIDAY:
            return -1
        return 1 if weekday == cal.Weekday.SUNDAY and year >= 1997 else 0
    if shift is HebrewShift.YOM_HAATZMAUT:
        moves = {cal.Weekday.FRIDAY: -1, cal.Weekday.SATURDAY: -2}
        if year >= 2004:
            moves[cal.Weekday.MONDAY] = 1
        return moves.get(cal.Weekday(weekday), 0)
    return 0


@attrs.frozen(slots=True)
class HebrewDate:
    """A Hebrew date, kept from the evening before, ``length`` civil days from the eve's day.

    Adar means Adar II in a leap year (Purim's rule). ``offset`` moves the observed day after
    the weekday ``shift`` (Yom HaZikaron is the day before Yom Ha'atzmaut).

    >>> import datetime
    >>> rosh_hashanah = HebrewDate(hebrew.TISHREI, 1, length=3)  # the eve and the two days
    >>> [datetime.date.fromordinal(d).isoformat() for d in rosh_hashanah.occurrences(2018)[0]]
    ['2018-09-09', '2018-09-11']
    """

    month: int
    day: int
    length: int = 1
    shift: HebrewShift = HebrewShift.NONE
    offset: int = 0
    #: how many daytimes it spans (``None``: one, or the days after the eve of a longer span)
    days: int | None = None

    def daytime(self, span: Span) -> Span:
        """The civil days of an occurrence's daytime, from its span kept from the eve.

        >>> import datetime
        >>> yom_kippur = HebrewDate(hebrew.TISHREI, 10)
        >>> eve = yom_kippur.occurrences(1973)[0]
        >>> [datetime.date.fromordinal(d).isoformat() for d in yom_kippur.daytime(eve)]
        ['1973-10-06', '1973-10-06']
        """
        days = self.days if self.days is not None else max(self.length - 1, 1)
        return span[0] + 1, span[0] + days

    def occurrences(self, year: int) -> tuple[Span, ...]:
        """The occurrences whose eve falls in the Gregorian year.

        >>> import datetime
        >>> tisha_bav = HebrewDate(hebrew.AV, 9, shift=HebrewShift.TISHA_BAV)
        >>> datetime.date.fromordinal(tisha_bav.occurrences(2018)[0][0])  # 9 Av was a Saturday
        datetime.date(2018, 7, 21)
        """
        _check_from(year, 1 - _HEBREW_OFFSET, "Hebrew")
        found = []
        for hebrew_year in (year + _HEBREW_OFFSET, year + _HEBREW_OFFSET + 1):
            if hebrew_year < 1:
                continue
            month = self.month
            if month == hebrew.ADAR and hebrew.is_leap_year(hebrew_year):
                month = hebrew.ADAR_II
            day = hebrew.day_from_hebrew(hebrew_year, month, self.day)
            day += _hebrew_shift(self.shift, day, year) + self.offset
            eve = day - 1
            if _in_year(eve, year):
                found.append((eve, eve + self.length - 1))
        return tuple(found)


def _check_hijri(year: int, reckoning: islamic.Reckoning) -> None:
    if reckoning is islamic.Reckoning.TABULAR:
        _check_from(year, _HIJRI_FIRST_YEAR, "Hijri")
    else:
        _check_astronomical(year)


def _hijri_years(year: int) -> range:
    first, last = cal.year_span(year)
    return range(islamic.hijri_year_of(first), islamic.hijri_year_of(last) + 1)


@attrs.frozen(slots=True)
class HijriDate:
    """A Hijri date, ``length`` days long, or its whole month when ``whole_month`` is set.

    The reckoning is Umm al-Qura unless another is given.

    >>> import datetime
    >>> ramadan = HijriDate(9, 1, whole_month=True)
    >>> [datetime.date.fromordinal(d).isoformat() for d in ramadan.occurrences(2018)[0]]
    ['2018-05-16', '2018-06-14']
    """

    month: int
    day: int
    length: int = 1
    whole_month: bool = False
    reckoning: islamic.Reckoning = islamic.UMM_AL_QURA

    def occurrences(self, year: int) -> tuple[Span, ...]:
        """The occurrences beginning in the Gregorian year (two in some years).

        >>> import datetime
        >>> adha = HijriDate(12, 10)
        >>> [datetime.date.fromordinal(a).isoformat() for a, _ in adha.occurrences(1974)]
        ['1974-01-03', '1974-12-23']
        """
        _check_hijri(year, self.reckoning)
        first_day, last_day = cal.year_span(year)
        found = []
        for hijri_year in _hijri_years(year):
            # The tabular calendar is never more than a couple of days from the other
            # reckonings: skip the candidates that cannot fall in this year.
            rough = islamic.month_start(hijri_year, self.month, islamic.TABULAR) + self.day - 1
            if not first_day - 3 <= rough <= last_day + 3:
                continue
            start = islamic.month_start(hijri_year, self.month, self.reckoning)
            first = start + self.day - 1
            if not first_day <= first <= last_day:
                continue
            if self.whole_month:
                end = islamic.month_start(hijri_year, self.month + 1, self.reckoning) - 1
            else:
                end = first + self.length - 1
            found.append((first, end))
        return tuple(found)


@attrs.frozen(slots=True)
class HijriLastWeekday:
    """The last given weekday of a Hijri month (Jumu'atul-Wida: the last Friday of Ramadan).

    >>> import datetime
    >>> wida = HijriLastWeekday(9, cal.Weekday.FRIDAY)
    >>> datetime.date.fromordinal(wida.occurrences(2018)[0][0])
    datetime.date(2018, 6, 8)
    """

    month: int
    weekday: int
    reckoning: islamic.Reckoning = islamic.UMM_AL_QURA

    def occurrences(self, year: int) -> tuple[Span, ...]:
        """One day for each such month ending in the Gregorian year.

        >>> len(HijriLastWeekday(9, cal.Weekday.FRIDAY).occurrences(2030))
        1
        """
        _check_hijri(year, self.reckoning)
        first_day, last_day = cal.year_span(year)
        found = []
        for hijri_year in _hijri_years(year):
            rough = islamic.month_start(hijri_year, self.month + 1, islamic.TABULAR) - 1
            if not first_day - 3 <= rough <= last_day + 9:
                continue
            last = islamic.month_start(hijri_year, self.month + 1, self.reckoning) - 1
            day = last - (cal.weekday(last) - self.weekday) % 7
            if _in_year(day, year):
                found.append((day, day))
        return tuple(found)


@attrs.frozen(slots=True)
class ChineseNewYear:
    """The Chinese (lunar) New Year, the first day of the first month, and days from it.

    >>> import datetime
    >>> datetime.date.fromordinal(ChineseNewYear().occurrences(2024)[0][0])
    datetime.date(2024, 2, 10)
    """

    offset: int = 0
    length: int = 1

    def occurrences(self, year: int) -> tuple[Span, ...]:
        """The one occurrence of the year.

        >>> import datetime
        >>> datetime.date.fromordinal(ChineseNewYear(14).occurrences(2024)[0][0])  # Lantern
        datetime.date(2024, 2, 24)
        """
        _check_astronomical(year)
        first = chinese.new_year(year) + self.offset
        return ((first, first + self.length - 1),)


def _sankranti_years(year: int, sign: int, tithi: int, offset: int) -> list[int]:
    """The sankranti years whose festival can fall in Gregorian year ``year``."""
    first_day, last_day = cal.year_span(year)
    years = []
    for candidate in (year - 1, year, year + 1):
        # The month begins up to a lunation before its sankranti.
        rough = hindu.rough_sankranti_day(sign, candidate) - 15 + (tithi - 1) * 0.984 + offset
        if first_day - 20 <= rough <= last_day + 20:
            years.append(candidate)
    return years


@attrs.frozen(slots=True)
class LunarFestival:
    """A tithi of a Hindu lunar month, kept on the day the tithi holds at ``moment``.

    Then ``offset`` days on, ``length`` days long.

    >>> import datetime
    >>> diwali = LunarFestival(hindu.Month.ASHVIN, 30, hindu.Moment.PRADOSH)
    >>> datetime.date.fromordinal(diwali.occurrences(2019)[0][0])
    datetime.date(2019, 10, 27)
    """

    month: hindu.Month
    tithi: int
    moment: hindu.Moment
    offset: int = 0
    length: int = 1

    def occurrences(self, year: int) -> tuple[Span, ...]:
        """The occurrences beginning in the Gregorian year (two for some Pausha festivals).

        >>> import datetime
        >>> birthday = LunarFestival(hindu.Month.PAUSHA, 7, hindu.Moment.SUNRISE)
        >>> [datetime.date.fromordinal(a).isoformat() for a, _ in birthday.occurrences(2017)]
        ['2017-01-05', '2017-12-25']
        """
        _check_astronomical(year)
        found = []
        for sankranti_year in _sankranti_years(year, self.month.sign, self.tithi, self.offset):
            day = hindu.lunar_festival_day(self.month, self.tithi, self.moment, sankranti_year)
            first = day + self.offset
            if _in_year(first, year):
                found.append((first, first + self.length - 1))
        return tuple(found)


@attrs.frozen(slots=True)
class LunarSpan:
    """The days from one tithi's festival day to another's in the same lunar month.

    Navaratri runs from Ashvin shukla pratipada to Vijayadashami.

    >>> import datetime
    >>> navaratri = LunarSpan(
    ...     hindu.Month.ASHVIN, 1, hindu.Moment.SUNRISE, 10, hindu.Moment.APARAHNA
    ... )
    >>> [datetime.date.fromordinal(d).isoformat() for d in navaratri.occurrences(2023)[0]]
    ['2023-10-15', '2023-10-24']
    """

    month: hindu.Month
    first_tithi: int
    first_moment: hindu.Moment
    last_tithi: int
    last_moment: hindu.Moment

    def occurrences(self, year: int) -> tuple[Span, ...]:
        """The spans beginning in the Gregorian year.

        >>> len(LunarSpan(hindu.Month.ASHVIN, 1, hindu.Moment.SUNRISE, 9,
        ...     hindu.Moment.SUNRISE).occurrences(2020))
        1
        """
        _check_astronomical(year)
        found = []
        for sankranti_year in _sankranti_years(year, self.month.sign, self.first_tithi, 0):
            first = hindu.lunar_festival_day(
                self.month, self.first_tithi, self.first_moment, sankranti_year
            )
            if _in_year(first, year):
                last = hindu.lunar_festival_day(
                    self.month, self.last_tithi, self.last_moment, sankranti_year
                )
                found.append((first, last))
        return tuple(found)


@attrs.frozen(slots=True)
class Sankranti:
    """A festival of the sun's entry into a sidereal sign (0 = Mesha), by a regional rule.

    The civil day is the one ``rule`` gives, then ``offset`` days on (25 Boishakh is offset 24
    of Mesha).

    >>> import datetime
    >>> pongal = Sankranti(9, hindu.SankrantiRule.SUNSET)
    >>> datetime.date.fromordinal(pongal.occurrences(2019)[0][0])
    datetime.date(2019, 1, 15)
    """

    sign: int
    rule: hindu.SankrantiRule
    offset: int = 0
    length: int = 1

    def occurrences(self, year: int) -> tuple[Span, ...]:
        """The one occurrence of the year.

        >>> import datetime
        >>> rabindra = Sankranti(0, hindu.SankrantiRule.MIDNIGHT, offset=24)
        >>> datetime.date.fromordinal(rabindra.occurrences(2018)[0][0])
        datetime.date(2018, 5, 9)
        """
        _check_astronomical(year)
        first_day, last_day = cal.year_span(year)
        found = []
        # Near the turn of the year the sign's entry can fall in the year before or after.
        for candidate in (year - 1, year, year + 1):
            rough = hindu.rough_sankranti_day(self.sign, candidate) + self.offset
            if first_day - 5 <= rough <= last_day + 5:
                moment = hindu.sankranti(self.sign, candidate)
                first = hindu.sankranti_day(moment, self.rule) + self.offset
                if first_day <= first <= last_day:
                    found.append((first, first + self.length - 1))
        return tuple(sorted(set(found)))


@attrs.frozen(slots=True)
class NakshatraDay:
    """The day of a nakshatra in a solar month, by the Malayalam reckoning.

    The nakshatra of a day is the one that holds six nazhikas (2 h 24 min) after sunrise in
    Kerala; one that holds on two mornings belongs to the first, one that holds on none to the
    day it begins. When the nakshatra comes round twice in the month, the later one counts.
    Onam is Thiruvonam (22) in Chingam (the sun in Simha, sign 4).

    >>> import datetime
    >>> onam = NakshatraDay(4, 22)
    >>> datetime.date.fromordinal(onam.occurrences(2023)[0][0])
    datetime.date(2023, 8, 29)
    """

    sign: int
    nakshatra: int

    def occurrences(self, year: int) -> tuple[Span, ...]:
        """The one occurrence of the year (none if the nakshatra misses the month).

        >>> import datetime
        >>> datetime.date.fromordinal(NakshatraDay(4, 22).occurrences(2016)[0][0])
        datetime.date(2016, 9, 14)
        """
        _check_astronomical(year)
        rule = hindu.SankrantiRule.APARAHNA
        first = hindu.sankranti_day(hindu.sankranti(self.sign, year), rule, KERALA)
        following = hindu.sankranti((self.sign + 1) % 12, year)
        last = hindu.sankranti_day(following, rule, KERALA) - 1

        def nakshatra(day: int) -> int:
            return hindu.nakshatra_at(astro.sunrise(day, KERALA) + 0.1)

        # The moon moves through a nakshatra in 0.9 to 1.2 days: from the month's last day, jump
        # back by a safe share of how far past the wanted nakshatra it is, until it is the one.
        day = last
        while day >= first:
            behind = (nakshatra(day) - self.nakshatra) % 27
            if behind == 0:
                # A nakshatra that holds on two mornings is the first one's.
                if day > first and nakshatra(day - 1) == self.nakshatra:
                    day -= 1
                return ((day, day),)
            if behind == 1 and (nakshatra(day - 1) - self.nakshatra) % 27 == 26:
                # It began after one morning's moment and ended before the next: it is kept on
                # the civil day it began.
                start = hindu.nakshatra_start(self.nakshatra, astro.sunrise(day, KERALA))
                begun = astro.civil_day(start, KERALA.offset_hours)
                return ((begun, begun),) if first <= begun <= last else ()
            day -= max(1, int(behind * 0.85))
        return ()


@attrs.frozen(slots=True)
class ParsiNewYear:
    """Navroz of the Shahenshahi Parsi calendar, whose year has 365 days and no leap day.

    Years count from the era of Yazdegerd III (16 June 632, Julian) with the one month the
    Shahenshahi reckoning intercalated, so Navroz falls a day earlier every four years.

    >>> import datetime
    >>> datetime.date.fromordinal(ParsiNewYear().occurrences(2024)[0][0])
    datetime.date(2024, 8, 15)
    """

    def occurrences(self, year: int) -> tuple[Span, ...]:
        """The one occurrence of the year (two in the rare year it returns on 31 December).

        >>> import datetime
        >>> datetime.date.fromordinal(ParsiNewYear().occurrences(2018)[0][0])
        datetime.date(2018, 8, 17)
        """
        _check_from(year, _PARSI_FIRST_YEAR, "Parsi (Yazdegerdi)")
        epoch = computus.day_from_julian(632, 6, 16) + 30
        first_day, last_day = cal.year_span(year)
        n = -((epoch - first_day) // 365)  # the first new year on or after 1 January
        found = []
        day = epoch + 365 * n
        while day <= last_day:
            found.append((day, day))
            day += 365
        return tuple(found)


@attrs.frozen(slots=True)
class SolarTerm:
    """The civil day, in a zone ``offset_hours`` from UT, the sun reaches a tropical longitude.

    0 is the March equinox (Nowruz, in Tehran time, with the Iranian rule that an equinox after
    noon begins the year the next day), 15 is Qingming (China time).

    >>> import datetime
    >>> nowruz = SolarTerm(0.0, 3.5, noon_rule=True)
    >>> datetime.date.fromordinal(nowruz.occurrences(2018)[0][0])  # equinox 19:45 in Tehran
    datetime.date(2018, 3, 21)
    """

    longitude: float
    offset_hours: float
    noon_rule: bool = False

    def occurrences(self, year: int) -> tuple[Span, ...]:
        """The one occurrence of the year.

        >>> import datetime
        >>> datetime.date.fromordinal(SolarTerm(15.0, 8.0).occurrences(2024)[0][0])
        datetime.date(2024, 4, 4)
        """
        _check_astronomical(year)
        # The March equinox is about 20 March; each 15 degrees is about 15.2 days on.
        near = cal.day_from_civil(year, 3, 20) + (self.longitude % 360.0) * 365.2422 / 360.0
        moment = astro.solar_longitude_crossing(self.longitude, astro.julian_day(round(near)))
        hours = self.offset_hours + (12.0 if self.noon_rule else 0.0)
        day = astro.civil_day(moment, hours)
        return ((day, day),)
