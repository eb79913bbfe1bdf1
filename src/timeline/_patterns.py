"""Recurring patterns: things that happen again and again (Mondays, Mays, 15ths, Christmases).

A phrase such as "on Monday" or "in May" names a pattern, and the context's bias or a word
("next", "last") picks one occurrence. Each pattern yields its occurrences as inclusive
``(first, last)`` day spans; three primitives find them around a day (``containing``,
``after``, ``before``), and the selection rules are written once on top of them.
"""

from __future__ import annotations

import enum
import functools
from typing import TYPE_CHECKING, ClassVar, Final

import attrs

from timeline import _calendar as cal
from timeline._precision import Precision
from timeline.errors import InvalidDateError, OutOfRangeError, ResolutionError

if TYPE_CHECKING:
    from collections.abc import Iterator

    from timeline._calendar import Season
    from timeline._context import Context

__all__ = [
    "DayOfMonth",
    "HalfOf",
    "Holiday",
    "HolidayWeekend",
    "Intersection",
    "IsoWeekOf",
    "MonthDay",
    "MonthOf",
    "Pattern",
    "QuarterOf",
    "SeasonOf",
    "Selector",
    "Span",
    "UnitPattern",
    "WeekdayOf",
    "Weekend",
    "WorkingDay",
]

Span = tuple[int, int]

# How many years a search may look ahead or back before concluding there is no occurrence:
# the Gregorian calendar repeats every 400 years, so a pattern of calendar parts that has no
# occurrence in 400 years has none at all.
_SEARCH_YEARS: Final = 401

#: Years in a unit counted from the start of what holds it ("the first decade of X").
_YEARS_IN: Final = {Precision.DECADE: 10}

#: A long ISO year has 53 weeks.
_MOST_ISO_WEEKS: Final = 53

#: How near a date named with its weekday is taken against the bias, and how far with it
#: (two years: "Friday the 13th" comes round within 14 months, "Friday 13 May" every 5-11 years).
_WEEK: Final = 7
_MONTH: Final = 31
_FAR: Final = 731

MONTH_NAMES: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAY_NAMES: Final = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)


class Selector(enum.Enum):
    """Which occurrence of a pattern a phrase picks, relative to an anchor day.

    >>> Selector.NEXT.value
    'next'
    """

    BIAS = "bias"  # "Monday": the context's bias decides
    THIS = "this"  # "this Monday": the one containing the anchor, else the next
    NEXT = "next"  # "next Monday"
    LAST = "last"  # "last Monday"
    AFTER = "after"  # "the 3rd Monday after X" / "3 Mondays from now": the nth strictly after
    BEFORE = "before"  # "2 Thursdays ago": the nth strictly before
    CLOSEST = "closest"  # "the closest Monday to X": the nth closest


@attrs.frozen(slots=True)
class Pattern:
    """Base of recurring patterns; subclasses give their occurrences year by year."""

    PRECISION: ClassVar[Precision] = Precision.NONE
    #: whether "future" passes over an occurrence on the reference day itself (weekdays do)
    SKIPS_TODAY: ClassVar[bool] = False
    #: whether it comes once a year, so that "this" one is the one in the reference's year
    ONCE_A_YEAR: ClassVar[bool] = False
    #: whether it comes once a week, so that "this" one is the one in the reference's week
    ONCE_A_WEEK: ClassVar[bool] = False

    @property
    def precision(self) -> Precision:
        """The precision of one occurrence."""
        return self.PRECISION

    @property
    def pinned_by_weekday(self) -> bool:
        """Whether a weekday narrows a date to a few a year or a century.

        Past bias would then reach far back for it while a closer one may lie just ahead.
        """
        return False

    def in_year(self, year: int, ctx: Context) -> list[Span]:
        """Occurrences that begin in ``year``, in order."""
        raise NotImplementedError  # pragma: no cover - every concrete pattern overrides it

    def phrase(self) -> str:
        """The pattern in canonical English ("Monday", "15 February")."""
        raise NotImplementedError  # pragma: no cover - every concrete pattern overrides it

    def plural(self) -> str:
        """The plural form, for "3 Mondays from now"."""
        return self.phrase() + "s"

    def matches(self, lo: int, hi: int, ctx: Context) -> bool:
        """Whether the span lies inside one occurrence (used to intersect patterns)."""
        found = self.containing(lo, ctx)
        return found is not None and found[1] >= hi

    # --- the three primitives ---------------------------------------------------------------

    def containing(self, day: int, ctx: Context) -> Span | None:
        """The occurrence that contains ``day``, if any."""
        year = cal.civil_from_day(day)[0]
        for candidate in (year - 1, year):
            for span in self._safe_year(candidate, ctx):
                if span[0] <= day <= span[1]:
                    return span
        return None

    def after(self, day: int, ctx: Context) -> Span:
        """The earliest occurrence that begins after ``day``."""
        year = cal.civil_from_day(day)[0]
        for candidate in range(year, year + _SEARCH_YEARS):
            for span in self._safe_year(candidate, ctx):
                if span[0] > day:
                    return span
        raise self._none(day, "after")

    def before(self, day: int, ctx: Context) -> Span:
        """The latest occurrence that ends before ``day``."""
        year = cal.civil_from_day(day)[0]
        for candidate in range(year, year - _SEARCH_YEARS, -1):
            for span in reversed(self._safe_year(candidate, ctx)):
                if span[1] < day:
                    return span
        raise self._none(day, "before")

    def within(self, lo: int, hi: int, ctx: Context) -> Iterator[Span]:
        """Occurrences that lie wholly inside ``lo..hi``, in order."""
        first, last = cal.civil_from_day(lo)[0], cal.civil_from_day(hi)[0]
        for year in range(first - 1, last + 1):
            for span in self._safe_year(year, ctx):
                if lo <= span[0] and span[1] <= hi:
                    yield span

    def _safe_year(self, year: int, ctx: Context) -> list[Span]:
        if not cal.MIN_YEAR <= year <= cal.MAX_YEAR:
            return []
        try:
            return self.in_year(year, ctx)
        except OutOfRangeError:
            return []

    def _none(self, day: int, where: str) -> ResolutionError:
        msg = f"no {self.phrase()} {where} {cal.iso_of(day)} within {_SEARCH_YEARS - 1} years"
        return ResolutionError(msg)

    # --- selection ----------------------------------------------------------------------------

    def select(self, selector: Selector, count: int, anchor: int, ctx: Context) -> Span:
        """The occurrence ``selector`` (with ``count`` for nth forms) picks around ``anchor``."""
        if selector is Selector.BIAS:
            return self._by_bias(anchor, ctx)
        if selector is Selector.THIS:
            return self._this(anchor, ctx)
        if selector in (Selector.NEXT, Selector.LAST):
            adjacent = self._in_adjacent_unit(selector is Selector.NEXT, count, anchor, ctx)
            if adjacent is not None:
                return adjacent
        if selector in (Selector.NEXT, Selector.AFTER):
            span: Span = (anchor, anchor)
            for _ in range(count):
                span = self.after(span[0], ctx)
            return span
        if selector in (Selector.LAST, Selector.BEFORE):
            span = (anchor, anchor)
            for _ in range(count):
                span = self.before(span[1], ctx)
            return span
        return self._closest(anchor, count, ctx)

    def _by_bias(self, anchor: int, ctx: Context) -> Span:
        """The occurrence the context's bias picks ("on Monday", "in May")."""
        from timeline._context import Bias

        past = self.containing(anchor, ctx) or self.before(anchor, ctx)
        if ctx.bias is Bias.PAST and not self.pinned_by_weekday:
            return past
        future = self._future(anchor, ctx)
        if ctx.bias is Bias.FUTURE and not self.pinned_by_weekday:
            return future
        if ctx.bias is Bias.NEAREST:
            nearest = past if anchor - past[1] <= future[0] - anchor else future
            if not self.pinned_by_weekday or abs(anchor - nearest[0]) <= _FAR:
                return nearest
            raise self._not_near(anchor, past, future)
        # A weekday pins a date to a few a year ("Friday the 13th") or a century ("Wednesday
        # 20 October"): one in the coming (past) week is meant whatever the bias, else the
        # one the bias picks if it is within two years, else the other within a month.
        looking, other = (past, future) if ctx.bias is Bias.PAST else (future, past)
        if abs(anchor - other[0]) < _WEEK:
            return other
        if abs(anchor - looking[0]) <= _FAR:
            return looking
        if abs(anchor - other[0]) <= _MONTH:
            return other  # "Thursday, 4 November" said on 18 October 2021
        # "Friday, Oct. 23" written in 2013: the weekday fits 2009 and 2015, neither near;
        # more likely a slip than a date years away, so no year is guessed.
        raise self._not_near(anchor, past, future)

    def _not_near(self, anchor: int, past: Span, future: Span) -> ResolutionError:
        msg = (
            f"no {self.phrase()} within two years of {cal.iso_of(anchor)} (the nearest are "
            f"{cal.iso_of(past[0])} and {cal.iso_of(future[0])}); give the year"
        )
        return ResolutionError(msg)

    def _this(self, anchor: int, ctx: Context) -> Span:
        """The one "this" names: this year's March, this week's Monday (``ThisNamed``)."""
        from timeline._context import ThisNamed

        found = self.containing(anchor, ctx)
        if found is None and ctx.this_named is ThisNamed.CURRENT:
            if self.ONCE_A_YEAR:
                found = next(iter(self._safe_year(cal.civil_from_day(anchor)[0], ctx)), None)
            elif self.ONCE_A_WEEK:
                found = self.after(cal.week_start(anchor, ctx.week_start) - 1, ctx)
        return found or self.after(anchor, ctx)

    def _in_adjacent_unit(self, ahead: bool, count: int, anchor: int, ctx: Context) -> Span | None:
        """Next (or last) week's Friday, next year's July, where the context reads them so."""
        from timeline._context import NextNamed, NextWeekday

        if self.ONCE_A_WEEK and ctx.next_weekday is NextWeekday.IN_ADJACENT_WEEK:
            step = 7 * count if ahead else -7 * count
            return self.after(cal.week_start(anchor, ctx.week_start) + step - 1, ctx)
        if self.ONCE_A_YEAR and ctx.next_named is NextNamed.IN_ADJACENT_YEAR:
            year = cal.civil_from_day(anchor)[0] + (count if ahead else -count)
            found = self._safe_year(year, ctx)
            if not found:
                msg = f"there is no {self.phrase()} in {year}"
                raise ResolutionError(msg)
            return found[0]
        return None

    def _future(self, anchor: int, ctx: Context) -> Span:
        # News style calls the reference day itself "Monday" when looking back, and means the
        # next one when looking ahead ("will meet on Monday"); any other occurrence that
        # contains the reference (Christmas on Christmas Day, this winter) is current.
        found = self.containing(anchor, ctx)
        if found is not None and not (self.SKIPS_TODAY and found[0] == found[1]):
            return found
        return self.after(anchor, ctx)

    def _closest(self, anchor: int, count: int, ctx: Context) -> Span:
        candidates: list[tuple[int, int, Span]] = []
        forward: Span = (anchor - 1, anchor - 1)
        backward: Span = (anchor, anchor)
        found = self.containing(anchor, ctx)
        if found is not None:
            candidates.append((0, found[0], found))
            forward, backward = found, found
        for _ in range(count):
            forward = self.after(forward[0], ctx)
            backward = self.before(backward[1], ctx)
            candidates.append((forward[0] - anchor, forward[0], forward))
            candidates.append((anchor - backward[1], backward[0], backward))
        candidates.sort()
        return candidates[count - 1][2]


@attrs.frozen(slots=True)
class WeekdayOf(Pattern):
    """Every Monday (or other weekday).

    >>> from timeline._context import Context
    >>> ctx = Context(reference="2021-10-18")
    >>> monday = WeekdayOf(0).select(Selector.BIAS, 1, ctx.reference.earliest_day, ctx)
    >>> [cal.iso_of(d) for d in monday]
    ['2021-10-18', '2021-10-18']
    """

    weekday: int
    PRECISION: ClassVar[Precision] = Precision.DAY
    SKIPS_TODAY: ClassVar[bool] = True
    ONCE_A_WEEK: ClassVar[bool] = True

    def in_year(self, year: int, ctx: Context) -> list[Span]:
        """Every such weekday of the year."""
        first = cal.day_from_civil(year, 1, 1)
        last = cal.day_from_civil(year, 12, 31)
        day = first + (self.weekday - cal.weekday(first)) % 7
        return [(d, d) for d in range(day, last + 1, 7)]

    def containing(self, day: int, ctx: Context) -> Span | None:
        """The day itself when it is this weekday."""
        return (day, day) if cal.weekday(day) == self.weekday else None

    def after(self, day: int, ctx: Context) -> Span:
        """The next such weekday after ``day``."""
        found = cal.check_day(day + 1 + (self.weekday - cal.weekday(day + 1)) % 7)
        return found, found

    def before(self, day: int, ctx: Context) -> Span:
        """The last such weekday before ``day``."""
        found = cal.check_day(day - 1 - (cal.weekday(day - 1) - self.weekday) % 7)
        return found, found

    def phrase(self) -> str:
        """The weekday's name."""
        return WEEKDAY_NAMES[self.weekday]


@attrs.frozen(slots=True)
class WorkingDay(Pattern):
    """Every Monday to Friday: "the next business day", "last weekday".

    Public holidays are not taken out: which ones a business keeps is its own.

    >>> from timeline._context import Context
    >>> friday = cal.make_day(2024, 10, 18)
    >>> cal.iso_of(WorkingDay().after(friday, Context())[0])
    '2024-10-21'
    """

    PRECISION: ClassVar[Precision] = Precision.DAY

    def in_year(self, year: int, ctx: Context) -> list[Span]:
        """Every Monday to Friday of the year."""
        first, last = cal.year_span(year, year)
        return [(day, day) for day in range(first, last + 1) if cal.weekday(day) < _SATURDAY]

    def containing(self, day: int, ctx: Context) -> Span | None:
        """The day itself on a Monday to Friday."""
        return (day, day) if cal.weekday(day) < _SATURDAY else None

    def after(self, day: int, ctx: Context) -> Span:
        """The next Monday to Friday after ``day``."""
        found = day + 1
        while cal.weekday(found) >= _SATURDAY:
            found += 1
        return cal.check_day(found), found

    def before(self, day: int, ctx: Context) -> Span:
        """The last Monday to Friday before ``day``."""
        found = day - 1
        while cal.weekday(found) >= _SATURDAY:
            found -= 1
        return cal.check_day(found), found

    def phrase(self) -> str:
        """'business day'."""
        return "business day"


_SATURDAY: Final = 5


@attrs.frozen(slots=True)
class Weekend(Pattern):
    """Every weekend: a Saturday and the Sunday after it, whichever day the week starts on.

    >>> from timeline._context import Context
    >>> ctx = Context(reference="2021-10-18")
    >>> last = Weekend().select(Selector.BIAS, 1, ctx.reference.earliest_day, ctx)
    >>> [cal.iso_of(d) for d in last]
    ['2021-10-16', '2021-10-17']
    """

    PRECISION: ClassVar[Precision] = Precision.NONE
    ONCE_A_WEEK: ClassVar[bool] = True

    def in_year(self, year: int, ctx: Context) -> list[Span]:
        """The weekends whose Saturday is in the year."""
        saturdays = WeekdayOf(cal.Weekday.SATURDAY).in_year(year, ctx)
        return [(day, day + 1) for day, _ in saturdays if day + 1 <= cal.MAX_DAY]

    def within(self, lo: int, hi: int, ctx: Context) -> Iterator[Span]:
        """The weekends whose Saturday is inside ``lo..hi``: July 2021's last began on the 31st."""
        saturdays = WeekdayOf(cal.Weekday.SATURDAY).within(lo, hi, ctx)
        return ((day, day + 1) for day, _ in saturdays if day + 1 <= cal.MAX_DAY)

    def phrase(self) -> str:
        """The word "weekend"."""
        return "weekend"


@attrs.frozen(slots=True)
class MonthOf(Pattern):
    """Every May (or other month).

    >>> from timeline._context import Context
    >>> ctx = Context(reference="2021-02-10")
    >>> may = MonthOf(5).select(Selector.BIAS, 1, ctx.reference.earliest_day, ctx)
    >>> [cal.iso_of(d) for d in may]
    ['2020-05-01', '2020-05-31']
    """

    month: int
    PRECISION: ClassVar[Precision] = Precision.MONTH
    ONCE_A_YEAR: ClassVar[bool] = True

    def in_year(self, year: int, ctx: Context) -> list[Span]:
        """The month in that year."""
        return [cal.month_span(year, self.month)]

    def phrase(self) -> str:
        """The month's name."""
        return MONTH_NAMES[self.month - 1]

    def plural(self) -> str:
        """E.g. "Septembers", "Marches"."""
        name = self.phrase()
        return name + ("es" if name.endswith("ch") else "s")


@attrs.frozen(slots=True)
class MonthDay(Pattern):
    """A day of a given month, every year it exists (29 February only in leap years).

    >>> MonthDay(2, 29).in_year(2021, None), len(MonthDay(2, 29).in_year(2020, None))
    ([], 1)
    """

    month: int
    day: int
    PRECISION: ClassVar[Precision] = Precision.DAY
    ONCE_A_YEAR: ClassVar[bool] = True

    def in_year(self, year: int, ctx: Context | None) -> list[Span]:
        """The day in that year, if the year has it."""
        if self.day > cal.days_in_month(year, self.month):
            return []
        number = cal.day_from_civil(year, self.month, self.day)
        return [(number, number)]

    def phrase(self) -> str:
        """E.g. "15 February"."""
        return f"{self.day} {MONTH_NAMES[self.month - 1]}"


@attrs.frozen(slots=True)
class DayOfMonth(Pattern):
    """The nth day of every month that has one ("on the 15th").

    >>> len(DayOfMonth(31).in_year(2021, None))
    7
    """

    day: int
    PRECISION: ClassVar[Precision] = Precision.DAY

    def in_year(self, year: int, ctx: Context | None) -> list[Span]:
        """That day of each month of the year."""
        spans = []
        for month in range(1, 13):
            if self.day <= cal.days_in_month(year, month):
                number = cal.day_from_civil(year, month, self.day)
                spans.append((number, number))
        return spans

    def phrase(self) -> str:
        """E.g. "the 15th"."""
        return f"the {ordinal(self.day)}"


def _check_week_count(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if not 1 <= value <= _WEEKS_A_MONTH_AT_MOST:
        msg = f"NthWeekdayOfMonth.{attribute.name}: expected 1 to 5, got {value!r}"
        raise ValueError(msg)


#: The most times a weekday comes in one month.
_WEEKS_A_MONTH_AT_MOST: Final = 5


@attrs.frozen(slots=True)
class NthWeekdayOfMonth(Pattern):
    """The nth such weekday of every month that has one ("the second Sunday").

    Placed by the bias as "the 15th" is: said on 27 September 2017 under past bias, "the
    second Sunday" is 10 September.

    >>> [cal.iso_of(d) for d, _ in NthWeekdayOfMonth(2, 6).in_year(2017, None)][8]
    '2017-09-10'
    """

    count: int = attrs.field(validator=_check_week_count)
    weekday: int
    PRECISION: ClassVar[Precision] = Precision.DAY

    def in_year(self, year: int, ctx: Context | None) -> list[Span]:
        """That weekday of each month of the year that has so many."""
        spans = []
        for month in range(1, 13):
            first = cal.day_from_civil(year, month, 1)
            day = first + (self.weekday - cal.weekday(first)) % 7 + 7 * (self.count - 1)
            if day < first + cal.days_in_month(year, month):
                spans.append((day, day))
        return spans

    def phrase(self) -> str:
        """E.g. "the 2nd Sunday"."""
        return f"the {ordinal(self.count)} {WEEKDAY_NAMES[self.weekday]}"


@attrs.frozen(slots=True)
class QuarterOf(Pattern):
    """A quarter of every year ("the third quarter").

    >>> [cal.iso_of(d) for d in QuarterOf(3).in_year(2013, None)[0]]
    ['2013-07-01', '2013-09-30']
    """

    quarter: int
    PRECISION: ClassVar[Precision] = Precision.QUARTER
    ONCE_A_YEAR: ClassVar[bool] = True

    def in_year(self, year: int, ctx: Context | None) -> list[Span]:
        """The quarter in that year."""
        return [cal.quarter_span(year, self.quarter)]

    def phrase(self) -> str:
        """E.g. "the third quarter"."""
        return f"the {ordinal(self.quarter)} quarter"


@attrs.frozen(slots=True)
class HalfOf(Pattern):
    """A half of every year ("the first half", "H2"), as company results give them.

    >>> [cal.iso_of(d) for d in HalfOf(2).in_year(2021, None)[0]]
    ['2021-07-01', '2021-12-31']
    """

    half: int = attrs.field(validator=attrs.validators.in_((1, 2)))
    ONCE_A_YEAR: ClassVar[bool] = True

    def in_year(self, year: int, ctx: Context | None) -> list[Span]:
        """The half in that year."""
        first_month = 1 if self.half == 1 else 7
        start = cal.day_from_civil(year, first_month, 1)
        end = cal.day_from_civil(year, first_month + 5, cal.days_in_month(year, first_month + 5))
        return [(start, end)]

    def phrase(self) -> str:
        """E.g. "the first half"."""
        return f"the {'first' if self.half == 1 else 'second'} half"


@attrs.frozen(slots=True)
class SeasonOf(Pattern):
    """A season of every year, by the context's season convention and hemisphere.

    >>> from timeline import Season
    >>> from timeline._context import Context
    >>> [cal.iso_of(d) for d in SeasonOf(Season.WINTER).in_year(2021, Context())[0]]
    ['2021-12-01', '2022-02-28']
    """

    season: Season
    PRECISION: ClassVar[Precision] = Precision.SEASON
    ONCE_A_YEAR: ClassVar[bool] = True

    def in_year(self, year: int, ctx: Context) -> list[Span]:
        """The season that begins in that year."""
        return [cal.season_span(year, self.season, ctx.season_convention, ctx.hemisphere)]

    def phrase(self) -> str:
        """The season's name."""
        return self.season.value


@attrs.frozen(slots=True)
class IsoWeekOf(Pattern):
    """ISO week ``week`` of every ISO year that has one ("week 42"; week 53 only in long years).

    An ISO week begins on a Monday, so week 1 can begin in the December before its year.

    >>> [(cal.iso_of(a), cal.iso_of(b)) for a, b in IsoWeekOf(1).in_year(2025, None)]
    [('2025-12-29', '2026-01-04')]
    >>> IsoWeekOf(53).in_year(2021, None)
    []
    """

    week: int
    PRECISION: ClassVar[Precision] = Precision.WEEK
    ONCE_A_YEAR: ClassVar[bool] = True

    def __attrs_post_init__(self) -> None:
        if not 1 <= self.week <= _MOST_ISO_WEEKS:
            msg = f"an ISO week is numbered 1 to {_MOST_ISO_WEEKS}, not {self.week}"
            raise InvalidDateError(msg)

    def in_year(self, year: int, ctx: Context | None) -> list[Span]:
        """The week, if it begins in that calendar year (of its own ISO year or the next)."""
        spans = []
        for iso_year in (year, year + 1):
            if cal.MIN_YEAR <= iso_year <= cal.MAX_YEAR and self.week <= cal.weeks_in_iso_year(
                iso_year
            ):
                monday = cal.iso_week_monday(iso_year, self.week)
                if cal.civil_from_day(monday)[0] == year and monday + 6 <= cal.MAX_DAY:
                    spans.append((monday, monday + 6))
        return spans

    def phrase(self) -> str:
        """E.g. "week 42"."""
        return f"week {self.week}"


@attrs.frozen(slots=True)
class UnitPattern(Pattern):
    """Every calendar unit of a kind (every day, every week), for "the last week of May".

    >>> from timeline._context import Context
    >>> len(list(UnitPattern(Precision.WEEK).within(*cal.month_span(2014, 9), Context())))
    4
    """

    unit: Precision
    PRECISION: ClassVar[Precision] = Precision.NONE
    #: whether "future" passes over an occurrence on the reference day itself (weekdays do)
    SKIPS_TODAY: ClassVar[bool] = False

    @property
    def precision(self) -> Precision:
        """The unit."""
        return self.unit

    def in_year(self, year: int, ctx: Context) -> list[Span]:
        """Every unit that begins in the year."""
        first, last = cal.year_span(year)
        spans = []
        day = first
        if self.unit is Precision.WEEK:
            day = cal.week_start(first, ctx.week_start)
            day = day if day >= first else day + 7
        while day <= last:
            span = _unit_span(day, self.unit, ctx)
            spans.append(span)
            day = span[1] + 1
        return spans

    def within(self, lo: int, hi: int, ctx: Context) -> Iterator[Span]:
        """The whole units inside ``lo..hi``, walked directly rather than year by year.

        Decades inside a stretch of whole years are counted from its first
        year: the first decade of the 21st century (2001-2100) is 2001-2010, its own first
        ten years, not the 2010s, the first calendar decade to lie wholly inside it.
        """
        first_year, month, first_day = cal.civil_from_day(lo)
        if self.unit in _YEARS_IN and (month, first_day) == (1, 1):
            years = _YEARS_IN[self.unit]
            year = first_year
            while (end := cal.day_from_civil(year + years, 1, 1) - 1) <= hi:
                yield cal.day_from_civil(year, 1, 1), end
                year += years
            return
        day = lo
        if self.unit is Precision.WEEK:
            start = cal.week_start(lo, ctx.week_start)
            day = start if start == lo else start + 7
        while day <= hi:
            span = _unit_span(day, self.unit, ctx)
            if span[0] >= lo and span[1] <= hi:
                yield span
            day = span[1] + 1

    def phrase(self) -> str:
        """The unit's name."""
        return self.unit.value


def _unit_span(day: int, unit: Precision, ctx: Context) -> Span:
    if unit is Precision.DAY:
        return day, day
    if unit is Precision.WEEK:
        start = cal.week_start(day, ctx.week_start)
        return start, start + 6
    year, month, _ = cal.civil_from_day(day)
    if unit is Precision.MONTH:
        return cal.month_span(year, month)
    if unit is Precision.QUARTER:
        return cal.quarter_span(*cal.quarter_of(day))
    return cal.year_span(year)


@attrs.frozen(slots=True)
class Holiday(Pattern):
    """A named holiday, every year it is held.

    The context's region picks the definition: Thanksgiving is in November in the US and in
    October in Canada.

    >>> from timeline._context import Context
    >>> [cal.iso_of(d) for d in Holiday("christmas").in_year(2021, Context())[0]]
    ['2021-12-25', '2021-12-25']
    """

    words: str
    PRECISION: ClassVar[Precision] = Precision.DAY
    ONCE_A_YEAR: ClassVar[bool] = True

    def in_year(self, year: int, ctx: Context) -> list[Span]:
        """The holiday's occurrences that begin in the year (a Jewish one's eve in it)."""
        from timeline._context import HebrewDays

        daytime = ctx.hebrew_days is HebrewDays.DAYTIME
        return list(_holiday_in_year(self.words, ctx.region, year, daytime=daytime))

    def phrase(self) -> str:
        """The holiday's words as they were written."""
        return self.words


@attrs.frozen(slots=True)
class HolidayWeekend(Pattern):
    """The long weekend a one-day holiday makes ("Labor Day weekend", "the July 4 weekend").

    A Monday holiday's runs from the Saturday before it; a Thursday or Friday holiday's from the
    holiday to the Sunday after it; a holiday on a Saturday or Sunday is in that weekend. A
    holiday in the middle of the week makes no weekend, so that year has none.

    >>> from timeline._context import Context
    >>> labor_day = HolidayWeekend(Holiday("labor day"))
    >>> [cal.iso_of(d) for d in labor_day.in_year(2021, Context(region="US"))[0]]
    ['2021-09-04', '2021-09-06']
    """

    holiday: Holiday | MonthDay
    ONCE_A_YEAR: ClassVar[bool] = True

    def in_year(self, year: int, ctx: Context) -> list[Span]:
        """The weekends the holiday makes in the year."""
        spans = []
        for first, last in self.holiday.in_year(year, ctx):
            weekday = cal.weekday(first)
            if first != last or weekday in _MIDWEEK:
                continue
            if weekday == _MONDAY:
                spans.append((first - 2, first))
            elif weekday == _SUNDAY:
                spans.append((first - 1, first))
            else:  # Thursday, Friday or Saturday: to the Sunday after it
                spans.append((first, first + _SUNDAY - weekday))
        return spans

    def phrase(self) -> str:
        """E.g. "labor day weekend"."""
        return f"{self.holiday.phrase()} weekend"


_MONDAY, _SUNDAY = 0, 6
_MIDWEEK: Final = frozenset({1, 2})  # Tuesday and Wednesday


@functools.lru_cache(maxsize=4096)
def _holiday_in_year(
    words: str, region: str | None, year: int, *, daytime: bool = False
) -> tuple[Span, ...]:
    """A holiday's occurrences in a year, remembered (``daytime``: a Jewish one's daytime).

    They are fixed facts and some are costly (the lunar calendars), so a bounded cache keeps
    those asked for again; it is rebuilt on demand in any process.
    """
    from timeline import _holidays

    holiday = _holidays.lookup(words, region)
    if holiday is None:
        msg = f"{words!r} is not a holiday known in region {region!r}"
        raise ResolutionError(msg)
    if daytime:
        return tuple(_holidays.in_daytime(holiday, holiday.occurrences(year)))
    return tuple(holiday.occurrences(year))


@attrs.frozen(slots=True)
class Intersection(Pattern):
    """Occurrences of the first pattern that also fall in the others ("Thursday the 15th").

    >>> from timeline._context import Context
    >>> thursday_15th = Intersection(DayOfMonth(15), (WeekdayOf(3),))
    >>> [cal.iso_of(s[0]) for s in thursday_15th.in_year(2013, Context())]
    ['2013-08-15']
    """

    generator: Pattern
    filters: tuple[Pattern, ...]
    PRECISION: ClassVar[Precision] = Precision.NONE

    @property
    def pinned_by_weekday(self) -> bool:
        """A weekday with a day of the year or month ("Wednesday 20 October", "Friday the 22nd")."""
        parts = (self.generator, *self.filters)
        return any(isinstance(part, WeekdayOf) for part in parts) and any(
            isinstance(part, MonthDay | DayOfMonth) for part in parts
        )

    #: whether "future" passes over an occurrence on the reference day itself (weekdays do)
    SKIPS_TODAY: ClassVar[bool] = False

    @property
    def precision(self) -> Precision:
        """The generator's precision."""
        return self.generator.precision

    def in_year(self, year: int, ctx: Context) -> list[Span]:
        """The generator's occurrences in the year that every filter accepts."""
        return [
            span
            for span in self.generator.in_year(year, ctx)
            if all(f.matches(span[0], span[1], ctx) for f in self.filters)
        ]

    def phrase(self) -> str:
        """E.g. "Thursday 15 August"-style: the filters, then the generator."""
        return " ".join([*(f.phrase() for f in self.filters), self.generator.phrase()])


def ordinal(number: int) -> str:
    """English ordinal numeral: 1st, 2nd, 3rd, 11th, 22nd.

    >>> [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101)]
    ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st']
    """
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
