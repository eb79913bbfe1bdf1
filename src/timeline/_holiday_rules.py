"""Rules that place a holiday in a Gregorian year, and the :class:`Holiday` record that names one.

A rule answers ``occurrences(year)``: the inclusive day-number spans ``(first, last)`` of the
occurrences that begin in that Gregorian year, usually one, none in a year it is not held, two
when a lunar holiday comes round twice. The rules here are the calendar-free kinds (fixed dates,
weekdays of a month, shifts from another holiday, Easter and its feasts) and combinators that
limit a rule to some years; :mod:`timeline._religious_rules` has the ones that need another
calendar. Every rule is a frozen attrs value, so holidays compare, hash and pickle.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Final, Protocol, TypeAlias, runtime_checkable

import attrs

from timeline import _calendar as cal
from timeline import _computus as computus

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "NEAREST_WEEKDAY",
    "NO_SHIFT",
    "SUNDAY_TO_MONDAY",
    "SUNDAY_TO_SATURDAY",
    "Between",
    "ByYear",
    "Direction",
    "Easter",
    "EveryNYears",
    "Fixed",
    "Holiday",
    "NextBusinessDay",
    "NthWeekday",
    "Relative",
    "Rule",
    "Span",
    "WeekdayNear",
    "define",
]

#: An inclusive span of day numbers: (first day, last day).
Span: TypeAlias = tuple[int, int]

#: Day shifts indexed by the weekday (Monday = 0) a date falls on.
NO_SHIFT: Final = (0, 0, 0, 0, 0, 0, 0)
#: Saturday to the Friday before, Sunday to the Monday after: the usual 'observed' rule.
NEAREST_WEEKDAY: Final = (0, 0, 0, 0, 0, -1, 1)
SUNDAY_TO_MONDAY: Final = (0, 0, 0, 0, 0, 0, 1)
SUNDAY_TO_SATURDAY: Final = (0, 0, 0, 0, 0, 0, -1)


@runtime_checkable
class Rule(Protocol):
    """What every rule answers: the spans of the occurrences that begin in a Gregorian year.

    >>> isinstance(Fixed(12, 25), Rule)
    True
    """

    def occurrences(self, year: int) -> tuple[Span, ...]:
        """Inclusive (first, last) day-number spans, in order.

        >>> Fixed(12, 25).occurrences(2013)[0][0] == cal.day_from_civil(2013, 12, 25)
        True
        """
        ...  # pragma: no cover - a protocol


def _span(first: int, length: int) -> Span:
    return first, first + length - 1


def _check_shift(_instance: object, _attribute: object, value: tuple[int, ...]) -> None:
    if len(value) != 7:
        msg = f"shift: expected one offset per weekday (7), got {value!r}"
        raise ValueError(msg)


@attrs.frozen(slots=True)
class Fixed:
    """The same month and day every year, optionally moved by the weekday it falls on.

    >>> import datetime
    >>> boss = Fixed(10, 16, shift=NEAREST_WEEKDAY)  # Saturday to Friday, Sunday to Monday
    >>> [datetime.date.fromordinal(first).isoformat() for first, _ in boss.occurrences(2016)]
    ['2016-10-17']
    """

    month: int
    day: int
    length: int = 1
    shift: tuple[int, ...] = attrs.field(default=NO_SHIFT, validator=_check_shift)

    def occurrences(self, year: int) -> tuple[Span, ...]:
        """The one occurrence of the year.

        >>> Fixed(2, 29).occurrences(2021)
        ()
        """
        cal.check_year(year)
        if self.day > cal.days_in_month(year, self.month):
            return ()  # 29 February outside leap years
        day = cal.day_from_civil(year, self.month, self.day)
        return (_span(day + self.shift[cal.weekday(day)], self.length),)


@attrs.frozen(slots=True)
class NthWeekday:
    """The ``n``-th given weekday of a month, then ``offset`` days on.

    ``n = -1`` is the last such weekday, -2 the one before.

    >>> import datetime
    >>> thanksgiving = NthWeekday(11, cal.Weekday.THURSDAY, 4)
    >>> datetime.date.fromordinal(thanksgiving.occurrences(2013)[0][0])
    datetime.date(2013, 11, 28)
    """

    month: int
    weekday: int
    n: int
    offset: int = 0
    length: int = 1

    def occurrences(self, year: int) -> tuple[Span, ...]:
        """The one occurrence of the year, or none when there is no fifth such weekday.

        >>> NthWeekday(2, cal.Weekday.MONDAY, 5).occurrences(2021)
        ()
        """
        first, last = cal.month_span(year, self.month)
        if self.n > 0:
            day = first + (self.weekday - cal.weekday(first)) % 7 + 7 * (self.n - 1)
        else:
            day = last - (cal.weekday(last) - self.weekday) % 7 + 7 * (self.n + 1)
        if not first <= day <= last:
            return ()
        return (_span(day + self.offset, self.length),)


class Direction(enum.Enum):
    """Which way :class:`WeekdayNear` looks from its date.

    >>> Direction("nearest")
    <Direction.NEAREST: 'nearest'>
    """

    ON_OR_AFTER = "on or after"
    ON_OR_BEFORE = "on or before"
    NEAREST = "nearest"


@attrs.frozen(slots=True)
class WeekdayNear:
    """The given weekday on or after, on or before, or nearest to a date; then ``offset`` on.

    >>> import datetime
    >>> victoria = WeekdayNear(5, 24, cal.Weekday.MONDAY, Direction.ON_OR_BEFORE)
    >>> datetime.date.fromordinal(victoria.occurrences(2018)[0][0])
    datetime.date(2018, 5, 21)
    """

    month: int
    day: int
    weekday: int
    direction: Direction
    offset: int = 0
    length: int = 1

    def occurrences(self, year: int) -> tuple[Span, ...]:
        """The one occurrence of the year.

        >>> import datetime
        >>> discovery = WeekdayNear(6, 24, cal.Weekday.MONDAY, Direction.NEAREST)
        >>> datetime.date.fromordinal(discovery.occurrences(2020)[0][0])  # a Wednesday's Monday
        datetime.date(2020, 6, 22)
        """
        cal.check_year(year)
        anchor = cal.day_from_civil(year, self.month, self.day)
        after = (self.weekday - cal.weekday(anchor)) % 7
        if self.direction is Direction.ON_OR_AFTER:
            day = anchor + after
        elif self.direction is Direction.ON_OR_BEFORE:
            day = anchor - (7 - after) % 7
        else:
            day = anchor + after if after <= 3 else anchor + after - 7
        return (_span(day + self.offset, self.length),)


@attrs.frozen(slots=True)
class Relative:
    """Another rule's occurrences moved by ``days`` (and given their own ``length``).

    Occurrences are counted in the year they begin after the move, so the base is also asked
    about the neighbouring year the move can bring occurrences from.

    >>> import datetime
    >>> black_friday = Relative(NthWeekday(11, cal.Weekday.THURSDAY, 4), 1)
    >>> datetime.date.fromordinal(black_friday.occurrences(2017)[0][0])
    datetime.date(2017, 11, 24)
    """

    base: Rule
    days: int
    length: int = 1

    def occurrences(self, year: int) -> tuple[Span, ...]:
        """The base's occurrences, moved.

        >>> import datetime
        >>> eve = Relative(Fixed(1, 1), -1)
        >>> [datetime.date.fromordinal(a).isoformat() for a, _ in eve.occurrences(2013)]
        ['2013-12-31']
        """
        years = [year - 1, year] if self.days > 0 else [year, year + 1] if self.days else [year]
        first_day, last_day = cal.year_span(year)
        found = []
        for base_year in years:
            if cal.MIN_YEAR <= base_year <= cal.MAX_YEAR:
                for first, _ in self.base.occurrences(base_year):
                    moved = first + self.days
                    if first_day <= moved <= last_day:
                        found.append(_span(moved, self.length))
        return tuple(found)


@attrs.frozen(slots=True)
class Between:
    """A rule in force only from ``first`` to ``last`` (inclusive years; ``None`` is open).

    >>> Between(Fixed(4, 27), first=2014).occurrences(2013)
    ()
    """

    rule: Rule
    first: int | None = None
    last: int | None = None

    def occurrences(self, year: int) -> tuple[Span, ...]:
        """The rule's occurrences inside the years, nothing outside.

        >>> len(Between(Fixed(4, 27), first=2014).occurrences(2014))
        1
        """
        cal.check_year(year)
        if (self.first is not None and year < self.first) or (
            self.last is not None and year > self.last
        ):
            return ()
        return self.rule.occurrences(year)


@attrs.frozen(slots=True)
class EveryNYears:
    """A rule held only in years whose remainder modulo ``period`` is ``remainder``.

    >>> super_tuesday = EveryNYears(NthWeekday(3, cal.Weekday.TUESDAY, 1), 4, 0)
    >>> super_tuesday.occurrences(2013), len(super_tuesday.occurrences(2016))
    ((), 1)
    """

    rule: Rule
    period: int
    remainder: int = 0

    def occurrences(self, year: int) -> tuple[Span, ...]:
        """The rule's occurrences in the years it is held.

        >>> EveryNYears(Fixed(1, 20), 4, 1).occurrences(2020)
        ()
        """
        cal.check_year(year)
        if year % self.period != self.remainder:
            return ()
        return self.rule.occurrences(year)


@attrs.frozen(slots=True)
class ByYear:
    """Rules that changed over time: each ``(first_year, rule)`` holds until the next one.

    >>> import datetime
    >>> start = ByYear(((1987, NthWeekday(4, 6, 1)), (2007, NthWeekday(3, 6, 2))))
    >>> datetime.date.fromordinal(start.occurrences(2017)[0][0])
    datetime.date(2017, 3, 12)
    >>> start.occurrences(1950)
    ()
    """

    rules: tuple[tuple[int, Rule], ...]

    def occurrences(self, year: int) -> tuple[Span, ...]:
        """The occurrences by the rule in force in ``year``.

        >>> import datetime
        >>> start = ByYear(((1987, NthWeekday(4, 6, 1)), (2007, NthWeekday(3, 6, 2))))
        >>> datetime.date.fromordinal(start.occurrences(2006)[0][0])
        datetime.date(2006, 4, 2)
        """
        cal.check_year(year)
        current = None
        for first_year, rule in self.rules:
            if year >= first_year:
                current = rule
        return current.occurrences(year) if current is not None else ()


@attrs.frozen(slots=True)
class NextBusinessDay:
    """A rule's days moved forward past weekends and past the days of other rules.

    The US federal tax deadline is 15 April, or the next business day, where Emancipation Day
    (a holiday in Washington, D.C.) is not one.

    >>> import datetime
    >>> emancipation = Fixed(4, 16, shift=NEAREST_WEEKDAY)
    >>> tax_day = NextBusinessDay(Fixed(4, 15), (emancipation,))
    >>> datetime.date.fromordinal(tax_day.occurrences(2017)[0][0])
    datetime.date(2017, 4, 18)
    """

    base: Rule
    avoid: tuple[Rule, ...] = ()

    def occurrences(self, year: int) -> tuple[Span, ...]:
        """The base's occurrences, each moved to the first business day on or after it.

        >>> import datetime
        >>> datetime.date.fromordinal(NextBusinessDay(Fixed(4, 15)).occurrences(2018)[0][0])
        datetime.date(2018, 4, 16)
        """
        closed = {first for rule in self.avoid for first, _ in rule.occurrences(year)}
        moved = []
        for first, _ in self.base.occurrences(year):
            day = first
            while cal.weekday(day) >= cal.Weekday.SATURDAY or day in closed:
                day += 1
            moved.append((day, day))
        return tuple(moved)


@attrs.frozen(slots=True)
class Easter:
    """A feast ``offset`` days from Easter Sunday, Western (Gregorian) or Orthodox (Julian).

    >>> import datetime
    >>> good_friday = Easter(-2)
    >>> datetime.date.fromordinal(good_friday.occurrences(2024)[0][0])
    datetime.date(2024, 3, 29)
    >>> lent = Easter(-46, length=46)  # Ash Wednesday to Holy Saturday
    >>> [datetime.date.fromordinal(d).isoformat() for d in lent.occurrences(2018)[0]]
    ['2018-02-14', '2018-03-31']
    """

    offset: int = 0
    length: int = 1
    orthodox: bool = False

    def occurrences(self, year: int) -> tuple[Span, ...]:
        """The one occurrence of the year.

        >>> import datetime
        >>> datetime.date.fromordinal(Easter(orthodox=True).occurrences(2018)[0][0])
        datetime.date(2018, 4, 8)
        """
        cal.check_year(year)
        easter: Callable[[int], int] = (
            computus.julian_easter if self.orthodox else computus.western_easter
        )
        return (_span(easter(year) + self.offset, self.length),)


@attrs.frozen(slots=True)
class Holiday:
    """A named holiday: its name, the phrases that name it, where it applies, its rule.

    ``aliases`` are normalised phrases (lower case, words separated by single spaces, apostrophes
    removed, hyphens as spaces); ``regions`` are ISO 3166 alpha-2 codes where this definition
    applies, empty for everywhere.

    >>> import datetime
    >>> christmas = Holiday("Christmas Day", ("christmas", "xmas"), rule=Fixed(12, 25))
    >>> [datetime.date.fromordinal(d).isoformat() for d in christmas.occurrences(2013)[0]]
    ['2013-12-25', '2013-12-25']
    """

    name: str
    aliases: tuple[str, ...]
    regions: frozenset[str] = frozenset()
    rule: Rule = attrs.field(kw_only=True)

    def occurrences(self, year: int) -> tuple[Span, ...]:
        """Inclusive day-number spans (first, last) of the occurrences beginning in ``year``.

        Usually one; none in a year the holiday is not held; two when a lunar holiday comes
        round twice in one Gregorian year.

        Raises ``OutOfRangeError`` for a year the holiday's calendar cannot compute.

        >>> Holiday("Leap Day", ("leap day",), rule=Fixed(2, 29)).occurrences(2021)
        ()
        """
        return self.rule.occurrences(year)


def define(name: str, aliases: str, rule: Rule, regions: str = "") -> Holiday:
    """A :class:`Holiday` from compact text: aliases separated by ``|``, regions by spaces.

    The holiday catalogues are written with it, one line a holiday.

    >>> canada = define("Canada Day", "canada day|dominion day", Fixed(7, 1), "CA")
    >>> canada.aliases, canada.regions
    (('canada day', 'dominion day'), frozenset({'CA'}))
    """
    return Holiday(name, tuple(aliases.split("|")), frozenset(regions.split()), rule=rule)
