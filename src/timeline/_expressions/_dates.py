"""Nodes that name dates: in full, counted from the reference, recurring, in figures."""

from __future__ import annotations

import enum
from typing import Final

import attrs

from timeline import _calendar as cal
from timeline._context import (
    Bias,
    Context,
    Value,
)
from timeline._expressions._base import (
    _UNIT_NAMES,
    Expression,
    date_of,
    fuzzy,
    over,
    step_unit,
    unit_around,
    unit_name,
)
from timeline._fuzzy import FuzzyDate
from timeline._patterns import (
    MONTH_NAMES,
    WEEKDAY_NAMES,
    Intersection,
    MonthDay,
    Pattern,
    QuarterOf,
    Selector,
    WeekdayOf,
    ordinal,
)
from timeline._period import Period
from timeline._precision import Precision, unit_of
from timeline.errors import ResolutionError

# --- nodes -----------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class Absolute(Expression):
    """A date or period given in full ("29 February 2020", "September 2018", "44 BC").

    >>> Absolute(FuzzyDate.month(2018, 9)).phrase()
    'September 2018'
    """

    value: FuzzyDate | Period

    def at(self, ctx: Context, ref: int) -> Value:
        """The value itself."""
        return self.value

    def uses_reference(self) -> bool:
        """An absolute date needs no reference."""
        return False

    def phrase(self) -> str:
        """Natural English for whole units, EDTF for the rest."""
        value = self.value
        if isinstance(value, Period):
            return str(value)
        unit = unit_of(value.earliest_day, value.latest_day, value.precision)
        if unit is None or value.approximate or value.uncertain:
            return str(value)
        kind, year, part, day = unit
        names = MONTH_NAMES
        if kind == "day":
            return f"{day} {names[part - 1]} {_year_phrase(year)}"
        if kind == "month":
            return f"{names[part - 1]} {_year_phrase(year)}"
        if kind == "year":
            return _year_phrase(year)
        if kind == "quarter":
            return f"the {ordinal(part)} quarter of {_year_phrase(year)}"
        if kind == "season" and part <= 24:
            # Read back under the context's season convention ("spring 2021" is astronomical
            # under Duckling's), where the value is one fixed span; but EDTF's "2021-21" does
            # not read inside a phrase ("circa 2021-21"), and the default convention agrees.
            return f"{('spring', 'summer', 'autumn', 'winter')[part - 21]} {_year_phrase(year)}"
        if kind == "century" and year >= 0 and year != _NOUGHTIES:
            return f"the {year}s"
        if kind == "decade" and year >= 0 and (year % 100 or year == _NOUGHTIES):
            return f"the {year}s"  # "the 2000s" is the decade, so that century is EDTF
        return str(value)

    def rule(self, ctx: Context) -> str:
        """E.g. "absolute date"."""
        return "absolute date"


#: "The 2000s" reads as the decade 2000-2009 (the parser's rule), not as a century.
_NOUGHTIES = 2000


def _year_phrase(year: int) -> str:
    if year <= 0:
        return f"{1 - year} BC"
    return f"{year} AD" if year < 1000 else str(year)


@attrs.frozen(slots=True)
class Now(Expression):
    """The moment of the reference, for "three years ago" and "in a week".

    Unlike "today" it has no grain of its own, so under ``ShiftGrain.FINER`` "two years ago"
    is a month and "two years from today" a day.

    >>> Now().resolve(Context(reference="2021-10-18")).value
    FuzzyDate.day(2021, 10, 18)
    """

    def at(self, ctx: Context, ref: int) -> Value:
        """The reference day."""
        return FuzzyDate(ref, ref, Precision.DAY)

    def uses_reference(self) -> bool:
        """It is the reference."""
        return True

    def phrase(self) -> str:
        """E.g. "now"."""
        return "now"


@attrs.frozen(slots=True)
class Previous(Expression):
    """The date the text last mentioned (narrative anchoring), else the reference.

    >>> Previous().phrase()
    'then'
    """

    def at(self, ctx: Context, ref: int) -> Value:
        """``ctx.previous`` in narrative mode, else the reference day."""
        if ctx.narrative and ctx.previous is not None:
            return ctx.previous
        return FuzzyDate(ref, ref, Precision.DAY)

    def uses_reference(self) -> bool:
        """It falls back on the reference."""
        return True

    def phrase(self) -> str:
        """E.g. "then"."""
        return "then"


@attrs.frozen(slots=True)
class CurrentUnit(Expression):
    """A calendar unit counted from the one that contains the reference ("last week", "today").

    >>> CurrentUnit(Precision.MONTH, 1).resolve(Context(reference="2021-12-31")).value
    FuzzyDate.month(2022, 1)
    """

    unit: Precision
    offset: int = 0
    anchor: Expression | None = None

    def at(self, ctx: Context, ref: int) -> Value:
        """The unit ``offset`` units from the reference's (or the anchor's)."""
        if self.anchor is None:
            span = step_unit(unit_around(ref, self.unit, ctx), self.unit, self.offset, ctx)
            if self.unit is not Precision.WEEK or ctx.week_start == 0:
                return FuzzyDate(span[0], span[1], self.unit)
        else:
            around = date_of(self.anchor.at(ctx, ref), self.anchor.phrase())
            first = unit_around(around.earliest_day, self.unit, ctx)
            last = unit_around(around.latest_day, self.unit, ctx)
            span = (
                step_unit(first, self.unit, self.offset, ctx)[0],
                step_unit(last, self.unit, self.offset, ctx)[1],
            )
        return fuzzy(span, self.unit)

    def uses_reference(self) -> bool:
        """It is counted from the reference (or from an anchor that may fall back on it)."""
        return self.anchor is None or self.anchor.uses_reference()

    def children(self) -> tuple[Expression, ...]:
        """The anchor, if any."""
        return () if self.anchor is None else (self.anchor,)

    def phrase(self) -> str:
        """E.g. "this week", "last month", "the year after next", "today"."""
        offset, unit = self.offset, self.unit
        if self.anchor is not None:
            name = unit_name(unit)
            anchored = {0: f"that {name}", 1: f"the following {name}", -1: f"the previous {name}"}
            if offset in anchored and isinstance(self.anchor, Previous):
                return anchored[offset]
            around = self.anchor.phrase()
            if offset == 0:
                return f"the {name} of {around}"
            if abs(offset) == 1:
                return f"the {name} {'after' if offset > 0 else 'before'} {around}"
            steps = f"{abs(offset)} {unit_name(unit, abs(offset))}"
            return f"{steps} {'after' if offset > 0 else 'before'} the {name} of {around}"
        if unit is Precision.DAY:
            days = {0: "today", -1: "yesterday", 1: "tomorrow"}
            days |= {2: "the day after tomorrow", -2: "the day before yesterday"}
            if offset in days:
                return days[offset]
            return f"{abs(offset)} days {'from' if offset > 0 else 'before'} today"
        name = unit_name(unit)
        words = {0: f"this {name}", -1: f"last {name}", 1: f"next {name}"}
        words |= {2: f"the {name} after next", -2: f"the {name} before last"}
        if offset in words:
            return words[offset]
        direction = "from" if offset > 0 else "before"
        return f"{abs(offset)} {unit_name(unit, 2)} {direction} this {name}"

    def rule(self, ctx: Context) -> str:
        """E.g. "relative week" and so on."""
        return f"relative {_UNIT_NAMES[self.unit]}"


class WithinUnitPart(enum.Enum):
    """Which side of the reference, inside its unit: "earlier this month", "later this year".

    ``SO_FAR`` runs from the unit's start to the reference itself ("so far this year").
    """

    EARLIER = "earlier"
    LATER = "later"
    REST = "rest"
    SO_FAR = "so far"


@attrs.frozen(slots=True)
class WithinUnit(Expression):
    """The part of the reference's unit before or after it ("earlier this month").

    >>> WithinUnit(Precision.MONTH, WithinUnitPart.EARLIER).resolve(
    ...     Context(reference="2021-10-18")).value
    FuzzyDate.between('2021-10-01', '2021-10-17')

    ``story`` marks the story's unit, not today's ("later that week"): in running text it is
    read only in narrative mode, where the story's last date stands for the reference.
    """

    unit: Precision
    part: WithinUnitPart
    story: bool = False

    def at(self, ctx: Context, ref: int) -> Value:
        """From the unit's start to the day before the reference, or after it to the end.

        In a story read in order the story's last date stands for the reference: "later in
        the year" after January 1946 is February to December 1946, and "the rest of the year"
        after "in 1952" all of 1952 (the rest starts where the story's date does).
        """
        if ctx.narrative and ctx.previous is not None:
            from_start = self.part in (WithinUnitPart.EARLIER, WithinUnitPart.REST)
            ref = ctx.previous.earliest_day if from_start else ctx.previous.latest_day
        lo, hi = unit_around(ref, self.unit, ctx)
        if self.part is WithinUnitPart.EARLIER:
            hi = ref - 1
        elif self.part is WithinUnitPart.LATER:
            lo = ref + 1
        elif self.part is WithinUnitPart.SO_FAR:
            hi = ref
        else:
            lo = ref
        if lo > hi:
            edge = f"{cal.iso_of(ref)} is at the edge of its {self.unit.value}"
            msg = f"{self.phrase()!r} is empty: {edge}"
            raise ResolutionError(msg)
        return FuzzyDate(lo, hi)

    def uses_reference(self) -> bool:
        """It is cut at the reference."""
        return True

    def phrase(self) -> str:
        """E.g. "earlier this month", "later this year", "the rest of the week"."""
        name = unit_name(self.unit)
        if self.part is WithinUnitPart.REST:
            return f"the rest of the {name}"
        which = "that" if self.story else "this"
        return f"{self.part.value} {which} {name}"  # "so far this year" too

    def rule(self, ctx: Context) -> str:
        """E.g. "earlier this month", "later that week" and so on."""
        return f"{self.part.value} {'that' if self.story else 'this'} {self.unit.value}"


#: The widest story date that places a weekday, and anything else, named without its year.
_WEEK_DAYS: Final = 7
_YEAR_DAYS: Final = 366


@attrs.frozen(slots=True)
class Named(Expression):
    """One occurrence of a recurring pattern: "Monday", "next May", "3 Fridays from now".

    Without an anchor, occurrences are counted from the reference; ``selector`` says which.

    >>> from timeline._patterns import WeekdayOf
    >>> Named(WeekdayOf(0)).resolve(Context(reference="2021-10-18")).value
    FuzzyDate.day(2021, 10, 18)
    """

    pattern: Pattern
    selector: Selector = Selector.BIAS
    count: int = 1
    anchor: Expression | None = None

    def at(self, ctx: Context, ref: int) -> Value:
        """The chosen occurrence.

        In a story read in order (narrative mode), one named without its year ("By early
        October", "On June 10") is the one nearest the story's last date, not the reference:
        after 17 September 1939, October 1939, as HeidelTime's narrative mode reads it.
        """
        story = ctx.previous if ctx.narrative and self.selector is Selector.BIAS else None
        if story is not None:
            # Only a story date narrow enough to place it: a weekday needs its week ("founded
            # in 1998 ... said on Monday" is the reference's Monday), a month its year, and an
            # open end ("after 2015") places nothing.
            widest = _WEEK_DAYS if self.pattern.ONCE_A_WEEK else _YEAR_DAYS
            story = story if story.latest_day - story.earliest_day < widest else None
        if self.anchor is None and story is not None:
            middle = (story.earliest_day + story.latest_day) // 2
            nearest = attrs.evolve(ctx, bias=Bias.NEAREST)
            span = self.pattern.select(Selector.BIAS, 1, middle, nearest)
        elif self.anchor is None:
            span = self.pattern.select(self.selector, self.count, ref, ctx)
        else:
            around = date_of(self.anchor.at(ctx, ref), self.anchor.phrase())
            span = over(
                around.earliest_day,
                around.latest_day,
                lambda day: self.pattern.select(self.selector, self.count, day, ctx),
            )
        return fuzzy(span, self.pattern.precision)

    def alternatives(self, ctx: Context, ref: int) -> list[Value]:
        """The readings under the other conventions where sources disagree.

        "Next Friday" said on a Wednesday is next week's Friday, or the coming one two days
        away (``NextWeekday``); "this March" said in October is this year's, or the coming one
        (``ThisNamed``); "next July" the coming one, or next year's (``NextNamed``).
        """
        if self.anchor is not None or self.selector not in _CONVENTIONS:
            return []
        weekly, yearly = self.pattern.ONCE_A_WEEK, self.pattern.ONCE_A_YEAR
        options = [
            option
            for option, kind in _CONVENTIONS[self.selector]
            if (kind == "weekly" and weekly) or (kind == "yearly" and yearly) or kind == "both"
        ]
        if not options:
            return []
        mine = self.at(ctx, ref)
        others: list[Value] = []
        for option in options:
            for choice in type(getattr(ctx, option)):
                if choice is getattr(ctx, option):
                    continue
                try:
                    other = self.at(attrs.evolve(ctx, **{option: choice}), ref)
                except ResolutionError:
                    continue
                if other != mine and other not in others:
                    others.append(other)
        return others

    def uses_reference(self) -> bool:
        """Counted from the reference unless anchored elsewhere."""
        return self.anchor is None or self.anchor.uses_reference()

    def children(self) -> tuple[Expression, ...]:
        """The anchor, if any."""
        return () if self.anchor is None else (self.anchor,)

    def phrase(self) -> str:
        """E.g. "Monday", "this May", "next Monday", "Monday after next", "3 Mondays ago"..."""
        name, count = self.pattern.phrase(), self.count
        if self.anchor is None:
            counted = f"{count} {name if count == 1 else self.pattern.plural()}"
            if self.selector is Selector.BIAS:
                return name
            if self.selector is Selector.THIS:
                return f"this {name}"
            if self.selector is Selector.NEXT:
                return f"next {name}" if count == 1 else f"{counted} from now"
            if self.selector is Selector.LAST:
                return f"last {name}" if count == 1 else f"{counted} ago"
            if self.selector is Selector.AFTER:
                return f"this coming {name}" if count == 1 else f"{counted} from now"
            if self.selector is Selector.BEFORE:
                return f"this past {name}" if count == 1 else f"{counted} ago"
        anchor = "today" if self.anchor is None else self.anchor.phrase()
        nth = "" if count == 1 else f"{ordinal(count)} "
        if self.selector is Selector.CLOSEST:
            return f"the {nth}closest {name} to {anchor}"
        direction = "before" if self.selector in (Selector.BEFORE, Selector.LAST) else "after"
        return f"the {ordinal(count)} {name} {direction} {anchor}"

    def rule(self, ctx: Context) -> str:
        """E.g. "named month, past"."""
        kind = type(self.pattern).__name__
        label = {
            "WeekdayOf": "weekday",
            "MonthOf": "month",
            "MonthDay": "day of the year",
            "DayOfMonth": "day of the month",
            "SeasonOf": "season",
            "QuarterOf": "quarter",
            "HalfOf": "half-year",
            "IsoWeekOf": "ISO week",
            "Holiday": "holiday",
            "HolidayWeekend": "holiday weekend",
            "WorkingDay": "business day",
        }.get(kind, "date")
        how = ctx.bias.value if self.selector is Selector.BIAS else self.selector.value
        return f"named {label}, {how}"


#: The context options whose choices give a named occurrence another reading, by selector.
_CONVENTIONS: Final = {
    Selector.THIS: (("this_named", "both"),),
    Selector.NEXT: (("next_weekday", "weekly"), ("next_named", "yearly")),
    Selector.LAST: (("next_weekday", "weekly"), ("next_named", "yearly")),
}


@attrs.frozen(slots=True)
class InUnit(Expression):
    """The occurrence of a pattern that begins within a unit ("Monday of next week", "May 2020").

    A pattern that recurs within the unit ("Friday in October 2021", "the 7th, in 1954") is
    some day from its first occurrence to its last, each occurrence an alternative; a yearly
    date that falls twice in one year is the first, the other an alternative.

    >>> from timeline.expressions import MonthOf
    >>> from timeline._patterns import MonthOf
    >>> InUnit(MonthOf(5), Absolute(FuzzyDate.year(2020))).resolve().value
    FuzzyDate.month(2020, 5)
    >>> from timeline.expressions import WeekdayOf
    >>> InUnit(WeekdayOf(4), Absolute(FuzzyDate.month(2021, 10))).resolve().value
    FuzzyDate.between('2021-10-01', '2021-10-29')
    """

    pattern: Pattern
    unit: Expression

    def at(self, ctx: Context, ref: int) -> Value:
        """The pattern's occurrence in the unit (the hull, if it recurs within the unit)."""
        spans = self._occurrences(ctx, ref)
        if self._first_is_meant(spans):
            return fuzzy(spans[0], self.pattern.precision)
        # Several that recur within the unit ("the 7th in 1954", "May in the 1990s"): which
        # is not said, so some day from the first to the last, each an alternative reading.
        return FuzzyDate(spans[0][0], spans[-1][1])

    def alternatives(self, ctx: Context, ref: int) -> list[Value]:
        """The occurrences in the unit, in order, where it holds several (but the reading)."""
        spans = self._occurrences(ctx, ref)
        readings: list[Value] = [fuzzy(span, self.pattern.precision) for span in spans]
        if len(spans) < 2:  # one occurrence is the reading itself
            return []
        return readings[1:] if self._first_is_meant(spans) else readings

    def _occurrences(self, ctx: Context, ref: int) -> list[tuple[int, int]]:
        """The pattern's occurrences that begin in the unit; none is an error."""
        area = date_of(self.unit.at(ctx, ref), self.unit.phrase())
        lo, hi = area.earliest_day, area.latest_day
        spans = [
            span
            for year in range(cal.civil_from_day(lo)[0], cal.civil_from_day(hi)[0] + 1)
            for span in self.pattern._safe_year(year, ctx)  # noqa: SLF001 - same family
            if lo <= span[0] <= hi
        ]
        if not spans:
            msg = f"there is no {self.pattern.phrase()} in {self.unit.phrase()} ({area})"
            raise ResolutionError(msg)
        return spans

    def _first_is_meant(self, spans: list[tuple[int, int]]) -> bool:
        """One occurrence, or a yearly one that fell twice in one year.

        "Eid al-Adha 1974" fell on 3 January and 23 December: the first is the reading, as
        Duckling reads it, and the other an alternative.
        """
        if len(spans) == 1:
            return True
        first_year, last_year = (cal.civil_from_day(span[0])[0] for span in (spans[0], spans[-1]))
        return self.pattern.ONCE_A_YEAR and first_year == last_year

    def children(self) -> tuple[Expression, ...]:
        """The unit."""
        return (self.unit,)

    def phrase(self) -> str:
        """E.g. "May 2020", "Monday of next week", "Q3 2021"."""
        if isinstance(self.pattern, QuarterOf):
            # "Q3 2021": "the 3rd quarter of 2021" is the 3rd of the year's quarters (an
            # ``NthInUnit`` of the same value), and printing that would not read back as this.
            of = "" if self._year_like() else "of "
            return f"Q{self.pattern.quarter} {of}{self.unit.phrase()}"
        if self._year_like():
            return f"{self.pattern.phrase()} {self.unit.phrase()}"
        return f"{self.pattern.phrase()} of {self.unit.phrase()}"

    def _year_like(self) -> bool:
        """Whether the unit is a year written in figures, which follows without "of"."""
        return isinstance(self.unit, ShortYear) or (
            isinstance(self.unit, Absolute)
            and self.unit.value == FuzzyDate.year(_year_of(self.unit.value))
        )

    def rule(self, ctx: Context) -> str:
        """E.g. "date in a unit"."""
        return "date in a unit"


def _year_of(value: FuzzyDate | Period) -> int:
    if isinstance(value, FuzzyDate):
        return cal.civil_from_day(value.earliest_day)[0]
    return 0


@attrs.frozen(slots=True)
class NthInUnit(Expression):
    """The nth (or nth last) occurrence wholly inside a unit ("the last Friday of October").

    >>> from timeline.expressions import UnitPattern
    >>> from timeline._patterns import UnitPattern
    >>> october = Absolute(FuzzyDate.month(2014, 10))
    >>> NthInUnit(1, UnitPattern(Precision.WEEK), october).resolve().value
    FuzzyDate.week(2014, 41)
    """

    count: int
    pattern: Pattern
    unit: Expression
    from_end: bool = False

    def at(self, ctx: Context, ref: int) -> Value:
        """Count the occurrences that lie wholly in the unit."""
        area = date_of(self.unit.at(ctx, ref), self.unit.phrase())
        spans = list(self.pattern.within(area.earliest_day, area.latest_day, ctx))
        if self.count > len(spans):
            msg = (
                f"{self.unit.phrase()} has {len(spans)} whole {self.pattern.plural()}, "
                f"not {self.count}"
            )
            raise ResolutionError(msg)
        span = spans[-self.count] if self.from_end else spans[self.count - 1]
        return fuzzy(span, self.pattern.precision)

    def children(self) -> tuple[Expression, ...]:
        """The unit."""
        return (self.unit,)

    def phrase(self) -> str:
        """E.g. "the third Monday of January", "the second last week of October 2018"."""
        if self.from_end:
            nth = "last" if self.count == 1 else f"{ordinal(self.count)} last"
        else:
            nth = ordinal(self.count)
        return f"the {nth} {self.pattern.phrase()} {self.unit.area_phrase()}"

    def rule(self, ctx: Context) -> str:
        """E.g. "nth in a unit"."""
        return "nth in a unit"


@attrs.frozen(slots=True)
class UnitOf(Expression):
    """The calendar unit that contains a date ("the week of 6 October").

    >>> UnitOf(Precision.WEEK, Absolute(FuzzyDate.day(2013, 10, 7))).resolve().value
    FuzzyDate.week(2013, 41)
    """

    unit: Precision
    date: Expression

    def at(self, ctx: Context, ref: int) -> Value:
        """The unit (or the hull of the units) around the date."""
        day = date_of(self.date.at(ctx, ref), self.date.phrase())
        lo = unit_around(day.earliest_day, self.unit, ctx)
        hi = unit_around(day.latest_day, self.unit, ctx)
        return fuzzy((lo[0], hi[1]), self.unit)

    def children(self) -> tuple[Expression, ...]:
        """The date."""
        return (self.date,)

    def rule(self, ctx: Context) -> str:
        """E.g. "unit of a date"."""
        return f"{self.unit.value} of a date"

    def phrase(self) -> str:
        """E.g. "the week of X"."""
        return f"the {unit_name(self.unit)} of {self.date.phrase()}"


@attrs.frozen(slots=True)
class NumericDate(Expression):
    """A date written in figures whose order depends on the region ("2/15", "15/2/2013").

    Month-first or day-first follows ``Context.order``; when only one reading is a real date,
    that one is taken. A two-digit year is placed in the century window around the reference
    (50 years back, 49 ahead); without a year, the context's bias picks the year.

    >>> NumericDate(2, 15).resolve(Context.duckling("2013-02-12")).value
    FuzzyDate.day(2013, 2, 15)
    >>> NumericDate(15, 2, 2013, 4).resolve(Context(region="GB")).value
    FuzzyDate.day(2013, 2, 15)

    A weekday written with it ("Sunday 7/12/2014") picks the reading that falls on it, whatever
    the order, and without a year the closest such date; a weekday no reading has is an error.

    >>> NumericDate(7, 12, 2014, 4, weekday=6).resolve().value  # Sunday: 12 July 2014 is not
    FuzzyDate.day(2014, 12, 7)
    """

    first: int
    second: int
    year: int | None = None
    year_digits: int = 4
    weekday: int | None = None

    def as_yearly(self, ctx: Context) -> Named | None:
        """The day it names every year ("2/15" is 15 February), if it has no year or weekday.

        A range of such figures places its ends together as "July 13-15" does.
        """
        readings = self._readings(ctx)
        if self.year is not None or self.weekday is not None or not readings:
            return None
        return Named(MonthDay(*readings[0]))

    def _readings(self, ctx: Context) -> list[tuple[int, int]]:
        from timeline._context import DateOrder

        month_first = (self.first, self.second)
        day_first = (self.second, self.first)
        ordered = (
            [month_first, day_first] if ctx.order is DateOrder.MDY else [day_first, month_first]
        )
        return [(m, d) for m, d in ordered if 1 <= m <= 12 and 1 <= d <= cal.days_in_month(2000, m)]

    def at(self, ctx: Context, ref: int) -> Value:
        """The first reading that is a real date (and falls on the weekday, if one is given)."""
        readings = self._readings(ctx)
        if not readings:
            msg = f"{self.phrase()!r} is not a date in either month-day order"
            raise ResolutionError(msg)
        if self.weekday is None:
            month, day = readings[0]
            if self.year is None:
                span = MonthDay(month, day).select(Selector.BIAS, 1, ref, ctx)
                return FuzzyDate(span[0], span[1], Precision.DAY)
            return FuzzyDate.day(self._year(ref, ctx), month, day)
        days = (self._on_weekday(month, of, ref, ctx) for month, of in readings)
        found = [one for one in days if one is not None]
        if not found:
            name = WEEKDAY_NAMES[self.weekday]
            msg = f"{self.phrase()!r}: no reading of the figures is a {name}"
            raise ResolutionError(msg)
        return FuzzyDate(found[0], found[0], Precision.DAY)

    def _year(self, ref: int, ctx: Context) -> int:
        assert self.year is not None
        return self.year if self.year_digits > 2 else window_year(self.year, ref, ctx.bias)

    def _on_weekday(self, month: int, day: int, ref: int, ctx: Context) -> int | None:
        """The day of one reading if it falls on the weekday given (the closest, with no year)."""
        assert self.weekday is not None
        if self.year is None:
            pattern = Intersection(MonthDay(month, day), (WeekdayOf(self.weekday),))
            try:
                return pattern.select(Selector.BIAS, 1, ref, ctx)[0]
            except ResolutionError:
                return None
        year = self._year(ref, ctx)
        if day > cal.days_in_month(year, month):
            return None
        found = cal.make_day(year, month, day)
        return found if cal.weekday(found) == self.weekday else None

    def uses_reference(self) -> bool:
        """Without a four-digit year the reference places it."""
        return self.year is None or self.year_digits <= 2

    def phrase(self) -> str:
        """The figures as written, with slashes, after the weekday if there is one."""
        weekday = "" if self.weekday is None else f"{WEEKDAY_NAMES[self.weekday]} "
        if self.year is None:
            return f"{weekday}{self.first}/{self.second}"
        return f"{weekday}{self.first}/{self.second}/{self.year:0{self.year_digits}d}"

    def rule(self, ctx: Context) -> str:
        """E.g. "numeric date"."""
        return f"numeric date, {ctx.order.value}"


def window_year(two_digits: int, ref: int, bias: Bias = Bias.NEAREST) -> int:
    """A two-digit year placed in a century-long window around the reference.

    Under past bias (news reporting what happened) the window runs from 89 years before the
    reference year to 10 after: in 2021, "'69" is 1969 and "'31" 2031. Otherwise it runs from
    50 before to 49 after, as Duckling's does, whatever the bias.

    >>> window_year(74, cal.make_day(2013, 2, 12)), window_year(15, cal.make_day(2013, 2, 12))
    (1974, 2015)
    >>> window_year(69, cal.make_day(2021, 10, 18), Bias.PAST)
    1969
    """
    reference_year = cal.civil_from_day(ref)[0]
    back = _WINDOW_BACK[bias]
    return reference_year - back + (two_digits - (reference_year - back)) % 100


#: How many years before the reference year the two-digit window starts, by bias.
_WINDOW_BACK: Final = {Bias.PAST: 89, Bias.FUTURE: 50, Bias.NEAREST: 50}


@attrs.frozen(slots=True)
class ShortYear(Expression):
    """A year written in two figures ("'74"), placed in the window around the reference.

    >>> ShortYear(74).resolve(Context(reference="2013-02-12")).value
    FuzzyDate.year(1974)
    """

    digits: int

    def at(self, ctx: Context, ref: int) -> Value:
        """The year in the window; in a story read in order, the century around the story.

        "The Club of '89" in a story told in 1790 is of 1789, and "the class of '53" after
        "born in 1931" of 1953: fifty years either side of the story's date.
        """
        if ctx.narrative and ctx.previous is not None:
            return FuzzyDate.year(window_year(self.digits, ctx.previous.latest_day, Bias.NEAREST))
        return FuzzyDate.year(window_year(self.digits, ref, ctx.bias))

    def uses_reference(self) -> bool:
        """The century comes from the reference."""
        return True

    def phrase(self) -> str:
        """E.g. "'74"."""
        return f"'{self.digits:02d}"


@attrs.frozen(slots=True)
class ShortDecade(Expression):
    """A decade named by two digits ("the '90s"): the latest such decade by the reference.

    >>> ShortDecade(90).resolve(Context(reference="2013-02-12")).value
    FuzzyDate.decade(1990)
    """

    tens: int

    def at(self, ctx: Context, ref: int) -> Value:
        """The latest decade ending in these digits that begins no later than the reference."""
        reference_year = cal.civil_from_day(ref)[0]
        start = reference_year - (reference_year - self.tens) % 100
        start -= start % 10
        return FuzzyDate.decade(start)

    def uses_reference(self) -> bool:
        """The century comes from the reference."""
        return True

    def phrase(self) -> str:
        """E.g. "the 90s"."""
        return f"the {self.tens:02d}s"
