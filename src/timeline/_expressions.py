"""The expression tree: what temporal phrases mean, and how each resolves in a ``Context``.

Every node is a frozen value that prints back to a canonical English phrase (``phrase()``)
and resolves to a ``FuzzyDate``, ``Period`` or ``Duration``. Nodes compute at an exact
reference day; when the reference itself is fuzzy (a document dated "October 2021"), the
result is the hull of the results at its first and last day, which is exact because every
rule here moves forward as the reference does.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Final, TypeGuard

import attrs

from timeline import _calendar as cal
from timeline._context import (
    Bias,
    Context,
    PartsConvention,
    RecentUnits,
    Resolution,
    ShiftGrain,
    UpcomingCount,
    Value,
)
from timeline._duration import Duration, amount_of
from timeline._fuzzy import FuzzyDate
from timeline._patterns import (
    WEEKDAY_NAMES,
    Intersection,
    MonthDay,
    Pattern,
    Selector,
    Span,
    WeekdayOf,
    ordinal,
)
from timeline._period import UNKNOWN, Ongoing, Open, Period, Unknown
from timeline._precision import Precision, unit_of
from timeline.errors import ResolutionError

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "Absolute",
    "After",
    "Amount",
    "Anniversary",
    "Before",
    "Between",
    "Circa",
    "CurrentUnit",
    "EventRef",
    "Expression",
    "ForDuration",
    "InUnit",
    "Named",
    "Now",
    "NthInUnit",
    "NumericDate",
    "Part",
    "PartOf",
    "Previous",
    "Recent",
    "Shift",
    "ShortDecade",
    "ShortYear",
    "Since",
    "TenureStart",
    "UnitOf",
    "Until",
    "WithinUnit",
    "WithinUnitPart",
]


@attrs.frozen(slots=True)
class Expression:
    """Base of the expression tree.

    >>> from timeline import parse
    >>> expression = parse("last week")
    >>> expression
    CurrentUnit(unit=<Precision.WEEK: 'week'>, offset=-1, anchor=None)
    >>> expression.phrase()
    'last week'
    >>> expression.resolve(Context(reference="2021-10-18")).value
    FuzzyDate.week(2021, 41)
    """

    def resolve(
        self, context: Context | None = None, *, span: tuple[int, int] = (0, 0)
    ) -> Resolution:
        """Resolve in ``context`` (a ``Context``; default: no reference, no events).

        ``span`` is where the phrase was found in its text, when there is one.

        >>> from timeline import parse
        >>> parse("this week").resolve(Context(reference="2021-10-20")).value
        FuzzyDate.week(2021, 42)
        """
        ctx = context if context is not None else Context()
        uses_reference = self.uses_reference()
        value = self.evaluate(ctx, uses_reference=uses_reference)
        others: tuple[Resolution, ...] = ()
        if ctx.reference is not None or not uses_reference:
            ref = ctx.reference.earliest_day if ctx.reference is not None else 0
            others = tuple(
                Resolution(
                    value=other,
                    reference=ctx.reference if uses_reference else None,
                    rule=f"{self.rule(ctx)}, alternative",
                    span=span,
                    expression=self,
                )
                for other in self.alternatives(ctx, ref)
            )
        return Resolution(
            value=value,
            reference=ctx.reference if uses_reference else None,
            rule=self.rule(ctx),
            span=span,
            expression=self,
            alternatives=others,
        )

    def alternatives(self, ctx: Context, ref: int) -> list[Value]:
        """Other readings of an ambiguous phrase, best first (none for most nodes)."""
        return []

    def evaluate(self, ctx: Context, *, uses_reference: bool | None = None) -> Value:
        """The value in ``ctx``, hulled over a fuzzy reference."""
        if not (self.uses_reference() if uses_reference is None else uses_reference):
            return self.at(ctx, 0)
        reference = ctx.reference
        if reference is None:
            reference = ctx.require_reference(repr(self.phrase()))
        if reference.is_exact:
            return self.at(ctx, reference.earliest_day)
        first = self._first_defined(ctx, range(reference.earliest_day, reference.latest_day + 1))
        last = self._first_defined(ctx, range(reference.latest_day, reference.earliest_day - 1, -1))
        return hull_values(first, last)

    def _first_defined(self, ctx: Context, days: range) -> Value:
        """The value at the first reference day where the phrase means something.

        "Earlier this month" means nothing on the 1st; with a reference of "October 2021" the
        hull runs over the days where it does (every rule here is monotone in the reference,
        so the hull of the first and last defined days covers all of them).
        """
        error: ResolutionError | None = None
        for day in days[:_SEARCH_DAYS]:
            try:
                return self.at(ctx, day)
            except ResolutionError as failure:
                error = error or failure
        assert error is not None
        raise error

    def at(self, ctx: Context, ref: int) -> Value:
        """The value when the reference is the exact day ``ref``."""
        raise NotImplementedError  # pragma: no cover - every node overrides it

    def uses_reference(self) -> bool:
        """Whether the value depends on the reference date."""
        return any(child.uses_reference() for child in self.children())

    def children(self) -> tuple[Expression, ...]:
        """The sub-expressions."""
        return ()

    def with_events(self, ids: dict[str, str]) -> Expression:
        """A copy with event ids renamed by ``ids`` (used to share parses between phrases).

        >>> Shift(EventRef("a"), Duration(days=3)).with_events({"a": "b"}).phrase()
        '3 days after {b}'
        """
        return self._map_children(lambda child: child.with_events(ids))

    def with_tenure_start(self, event_id: str) -> Expression:
        """A copy with "taking office" bound to the event that opened the tenure.

        >>> Shift(TenureStart(), Duration(years=3)).with_tenure_start("sworn-in").phrase()
        '3 years after {sworn-in}'
        """
        return self._map_children(lambda child: child.with_tenure_start(event_id))

    def counts_from_tenure(self) -> bool:
        """Whether this counts from the start of a tenure ("three years on the job")."""
        return any(child.counts_from_tenure() for child in self.children())

    def _map_children(self, change: Callable[[Expression], Expression]) -> Expression:
        changes = {
            field.name: change(value)
            for field in attrs.fields(type(self))
            if isinstance(value := getattr(self, field.name), Expression)
        }
        return attrs.evolve(self, **changes) if changes else self

    def event_ids(self) -> frozenset[str]:
        """The ids of the events this expression names.

        >>> Shift(EventRef("a"), Duration(days=3)).event_ids()
        frozenset({'a'})
        """
        found: set[str] = set()
        for child in self.children():
            found |= child.event_ids()
        return frozenset(found)

    def is_point(self) -> bool:
        """Whether this names a moment known only within bounds (an event), not a stretch.

        "After 2014" means after the year is over; "after {x}" means after the day event x
        happened, which may be any day of its bounds.
        """
        return False

    def phrase(self) -> str:
        """A canonical English phrase that parses back to the same value."""
        raise NotImplementedError  # pragma: no cover - every node overrides it

    def rule(self, ctx: Context) -> str:
        """A short name of the rule that resolves this node."""
        return type(self).__name__

    def __str__(self) -> str:
        return self.phrase()


# --- helpers on values -----------------------------------------------------------------------

#: How many reference days to try from each end of a fuzzy reference before giving up.
_SEARCH_DAYS: Final = 400


def hull_values(a: Value, b: Value) -> Value:
    """The smallest value that holds both (results at the two ends of a fuzzy reference)."""
    if isinstance(a, FuzzyDate) and isinstance(b, FuzzyDate):
        return a.hull(b)
    if isinstance(a, Period) and isinstance(b, Period):
        return Period(_hull_end(a.start, b.start), _hull_end(a.end, b.end))  # type: ignore[arg-type]
    return a


def _hull_end(
    a: FuzzyDate | Ongoing | Open | Unknown, b: FuzzyDate | Ongoing | Open | Unknown
) -> FuzzyDate | Ongoing | Open | Unknown:
    if isinstance(a, FuzzyDate) and isinstance(b, FuzzyDate):
        return a.hull(b)
    if isinstance(a, Ongoing) and isinstance(b, Ongoing):
        return Ongoing(a.as_of.hull(b.as_of))
    return a if a == b else UNKNOWN


def date_of(value: Value, what: str, *, side: str = "both") -> FuzzyDate:
    """The days a value puts a point in: a fuzzy date itself, a period's start or end."""
    if isinstance(value, FuzzyDate):
        return value
    if isinstance(value, Period):
        end = value.start if side == "start" else value.end
        if side == "both":
            start = value.start
            if isinstance(start, FuzzyDate) and isinstance(value.end, FuzzyDate):
                return start.hull(value.end)
            end = start if isinstance(start, FuzzyDate) else value.end
        if isinstance(end, FuzzyDate):
            return end
        if isinstance(end, Ongoing):
            return FuzzyDate(end.as_of.earliest_day, cal.MAX_DAY)
        msg = f"{what} has no known {side if side != 'both' else 'date'}"
        raise ResolutionError(msg)
    msg = f"{what} is a length of time ({value}), not a date"
    raise ResolutionError(msg)


def over(lo: int, hi: int, compute: Callable[[int], Span]) -> Span:
    """``compute`` at both ends of a fuzzy anchor, hulled (every rule here is monotone)."""
    first = compute(lo)
    if lo == hi:
        return first
    last = compute(hi)
    return min(first[0], last[0]), max(first[1], last[1])


def fuzzy(span: Span, precision: Precision) -> FuzzyDate:
    """A fuzzy date for a span, keeping ``precision`` only where the span is such a unit."""
    lo, hi = span
    if precision is not Precision.NONE and unit_of(lo, hi, precision) is None:
        precision = Precision.DAY if lo == hi else Precision.NONE
    return FuzzyDate(lo, hi, precision)


# --- units around a day ----------------------------------------------------------------------

_UNIT_NAMES: Final = {
    Precision.DAY: "day",
    Precision.WEEK: "week",
    Precision.MONTH: "month",
    Precision.QUARTER: "quarter",
    Precision.SEASON: "season",
    Precision.YEAR: "year",
    Precision.DECADE: "decade",
    Precision.CENTURY: "century",
}


def unit_around(day: int, unit: Precision, ctx: Context) -> Span:
    """The calendar unit containing ``day``."""
    if unit is Precision.DAY:
        return day, day
    if unit is Precision.WEEK:
        start = cal.week_start(day, ctx.week_start)
        return start, cal.check_day(start + 6)
    if unit is Precision.MONTH:
        year, month, _ = cal.civil_from_day(day)
        return cal.month_span(year, month)
    if unit is Precision.YEAR:
        return cal.year_span(cal.civil_from_day(day)[0])
    date = FuzzyDate.containing(
        day,
        unit,
        week_start=ctx.week_start,
        convention=ctx.season_convention,
        hemisphere=ctx.hemisphere,
    )
    return date.earliest_day, date.latest_day


def step_unit(span: Span, unit: Precision, steps: int, ctx: Context) -> Span:
    """The unit ``steps`` units after (or before) the unit ``span``."""
    if steps == 0:
        return span
    if unit is Precision.DAY:
        day = cal.check_day(span[0] + steps)
        return day, day
    if unit is Precision.WEEK:
        return cal.check_day(span[0] + 7 * steps), cal.check_day(span[1] + 7 * steps)
    if unit in (Precision.SEASON, Precision.DECADE, Precision.CENTURY):
        # Step edge to edge: units of these kinds are not all the same length (EDTF's -000X
        # decade has nine years), so counting years would skip some.
        for _ in range(abs(steps)):
            edge = span[1] + 1 if steps > 0 else span[0] - 1
            span = unit_around(cal.check_day(edge), unit, ctx)
        return span
    months = {Precision.MONTH: 1, Precision.QUARTER: 3, Precision.YEAR: 12}.get(unit)
    if months is not None:
        return unit_around(cal.add_months(span[0], months * steps), unit, ctx)
    msg = f"'{unit.value}' is not a unit to count in"
    raise ResolutionError(msg)


def unit_name(unit: Precision, count: int = 1) -> str:
    """English name of a unit, plural unless ``count`` is 1."""
    name = _UNIT_NAMES[unit]
    if count == 1:
        return name
    return "centuries" if unit is Precision.CENTURY else name + "s"


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
        names = [
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
        ]
        if kind == "day":
            return f"{day} {names[part - 1]} {_year_phrase(year)}"
        if kind == "month":
            return f"{names[part - 1]} {_year_phrase(year)}"
        if kind == "year":
            return _year_phrase(year)
        if kind == "quarter":
            return f"the {ordinal(part)} quarter of {_year_phrase(year)}"
        if kind == "season" and part <= 24:
            return f"{('spring', 'summer', 'autumn', 'winter')[part - 21]} {_year_phrase(year)}"
        if (kind == "century" and year >= 0) or (kind == "decade" and year >= 0 and year % 100):
            return f"the {year}s"  # "the 2000s" would be the century, so that decade is EDTF
        return str(value)

    def rule(self, ctx: Context) -> str:
        """E.g. "absolute date"."""
        return "absolute date"


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
    """Which side of the reference, inside its unit: "earlier this month", "later this year"."""

    EARLIER = "earlier"
    LATER = "later"
    REST = "rest"


@attrs.frozen(slots=True)
class WithinUnit(Expression):
    """The part of the reference's unit before or after it ("earlier this month").

    >>> WithinUnit(Precision.MONTH, WithinUnitPart.EARLIER).resolve(
    ...     Context(reference="2021-10-18")).value
    FuzzyDate.between('2021-10-01', '2021-10-17')
    """

    unit: Precision
    part: WithinUnitPart

    def at(self, ctx: Context, ref: int) -> Value:
        """From the unit's start to the day before the reference, or after it to the end."""
        lo, hi = unit_around(ref, self.unit, ctx)
        if self.part is WithinUnitPart.EARLIER:
            hi = ref - 1
        elif self.part is WithinUnitPart.LATER:
            lo = ref + 1
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
        return f"{self.part.value} this {name}"

    def rule(self, ctx: Context) -> str:
        """E.g. "earlier this month" and so on."""
        return f"{self.part.value} this {self.unit.value}"


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
        """The chosen occurrence."""
        if self.anchor is None:
            span = self.pattern.select(self.selector, self.count, ref, ctx)
        else:
            around = date_of(self.anchor.at(ctx, ref), self.anchor.phrase())
            span = over(
                around.earliest_day,
                around.latest_day,
                lambda day: self.pattern.select(self.selector, self.count, day, ctx),
            )
        return fuzzy(span, self.pattern.precision)

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
            if self.selector is Selector.BIAS:
                return name
            if self.selector is Selector.THIS:
                return f"this {name}"
            if self.selector is Selector.NEXT:
                return f"next {name}" if count == 1 else f"{count} {self.pattern.plural()} from now"
            if self.selector is Selector.LAST:
                return f"last {name}" if count == 1 else f"{count} {self.pattern.plural()} ago"
            if self.selector is Selector.AFTER:
                return f"{count} {self.pattern.plural()} from now"
            if self.selector is Selector.BEFORE:
                return f"{count} {self.pattern.plural()} ago"
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
        }.get(kind, "date")
        how = ctx.bias.value if self.selector is Selector.BIAS else self.selector.value
        return f"named {label}, {how}"


@attrs.frozen(slots=True)
class InUnit(Expression):
    """The occurrence of a pattern that begins within a unit ("Monday of next week", "May 2020").

    >>> from timeline._patterns import MonthOf
    >>> InUnit(MonthOf(5), Absolute(FuzzyDate.year(2020))).resolve().value
    FuzzyDate.month(2020, 5)
    """

    pattern: Pattern
    unit: Expression

    def at(self, ctx: Context, ref: int) -> Value:
        """The pattern's occurrence in the unit (the hull, if it holds several)."""
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
        # Several occurrences ("Eid al-Adha 1974" fell on 3 January and 23 December): the
        # first is the reading, the others are alternatives (see ``alternatives``).
        return fuzzy(spans[0], self.pattern.precision)

    def alternatives(self, ctx: Context, ref: int) -> list[Value]:
        """The other occurrences in the unit, in order."""
        others: list[Value]
        area = date_of(self.unit.at(ctx, ref), self.unit.phrase())
        lo, hi = area.earliest_day, area.latest_day
        others = [
            fuzzy(span, self.pattern.precision)
            for year in range(cal.civil_from_day(lo)[0], cal.civil_from_day(hi)[0] + 1)
            for span in self.pattern._safe_year(year, ctx)  # noqa: SLF001 - same family
            if lo <= span[0] <= hi
        ]
        return others[1:]

    def children(self) -> tuple[Expression, ...]:
        """The unit."""
        return (self.unit,)

    def phrase(self) -> str:
        """E.g. "May 2020", "Monday of next week"."""
        if isinstance(self.unit, ShortYear) or (
            isinstance(self.unit, Absolute)
            and self.unit.value == FuzzyDate.year(_year_of(self.unit.value))
        ):
            return f"{self.pattern.phrase()} {self.unit.phrase()}"
        return f"{self.pattern.phrase()} of {self.unit.phrase()}"

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
        return f"the {nth} {self.pattern.phrase()} of {self.unit.phrase()}"

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
class Shift(Expression):
    """A date moved by a calendar amount ("three years ago", "3 days after {doha}").

    The amount's sign gives the direction; a zero amount points forward, so "at least 0 days"
    is on or after the anchor.

    >>> Shift(CurrentUnit(Precision.DAY), Duration(weeks=-1)).resolve(
    ...     Context(reference="2013-02-12")).value
    FuzzyDate.day(2013, 2, 5)
    """

    anchor: Expression
    amount: Duration

    def at(self, ctx: Context, ref: int) -> Value:
        """The anchor's days moved by the amount (a period moves by its end, or its start)."""
        side = "start" if self.amount.is_negative else "end"
        base = date_of(self.anchor.at(ctx, ref), self.anchor.phrase(), side=side)
        moved = base.shift(self.amount, about=ctx.about)
        if self._from_reference() and ctx.shift_grain is ShiftGrain.FINER:
            finer = _FINER.get(_largest_unit(self.amount))
            if finer is not None:
                lo = unit_around(moved.earliest_day, finer, ctx)[0]
                hi = unit_around(moved.latest_day, finer, ctx)[1]
                return fuzzy((lo, hi), finer)
        return moved

    def _from_reference(self) -> bool:
        return isinstance(self.anchor, Now)

    def children(self) -> tuple[Expression, ...]:
        """The anchor."""
        return (self.anchor,)

    def is_point(self) -> bool:
        """A moved point is a point."""
        return self.anchor.is_point()

    def phrase(self) -> str:
        """E.g. "in 3 weeks", "2 years ago", "3 days after X", "2 days later"."""
        amount = self.amount
        forward = not amount.is_negative
        text = str(-amount if amount.is_negative else amount)
        if self._from_reference():
            return f"in {text}" if forward else f"{text} ago"
        if self.anchor == CurrentUnit(Precision.DAY, 0):
            return f"{text} {'from' if forward else 'before'} today"
        if isinstance(self.anchor, Previous):
            return f"{text} {'later' if forward else 'earlier'}"
        return f"{text} {'after' if forward else 'before'} {self.anchor.phrase()}"

    def rule(self, ctx: Context) -> str:
        """E.g. "shift"."""
        return "shift from the reference" if self._from_reference() else "shift"


_FINER: Final = {
    "years": Precision.MONTH,
    "months": Precision.DAY,
    "weeks": Precision.DAY,
}


def _largest_unit(amount: Duration) -> str:
    for name in ("years", "months", "weeks", "days"):
        if getattr(amount, name):
            return name
    return "days"


@attrs.frozen(slots=True)
class Anniversary(Expression):
    """The nth anniversary of a date ("the 20th anniversary of {sept-11}").

    >>> Anniversary(20, Absolute(FuzzyDate.day(2001, 9, 11))).resolve().value
    FuzzyDate.day(2021, 9, 11)
    """

    count: int
    anchor: Expression

    def at(self, ctx: Context, ref: int) -> Value:
        """The anchor moved by ``count`` calendar years.

        A date given without its year ("the 20th anniversary of 11 September") already names
        the anniversary itself: the bias picks which 11 September, and nothing is moved.
        """
        if isinstance(self.anchor, Named) and self.anchor.selector is Selector.BIAS:
            return self.anchor.at(ctx, ref)
        base = date_of(self.anchor.at(ctx, ref), self.anchor.phrase(), side="start")
        return base.shift(Duration(years=self.count))

    def children(self) -> tuple[Expression, ...]:
        """The anchor."""
        return (self.anchor,)

    def is_point(self) -> bool:
        """The anniversary of an event is a point."""
        return self.anchor.is_point()

    def rule(self, ctx: Context) -> str:
        """E.g. "anniversary"."""
        return "anniversary"

    def phrase(self) -> str:
        """E.g. "the 20th anniversary of X"."""
        return f"the {ordinal(self.count)} anniversary of {self.anchor.phrase()}"


@attrs.frozen(slots=True)
class After(Expression):
    """Some day after a date ("after {us-withdrawal}").

    >>> After(Absolute(FuzzyDate.year(2013))).resolve().value.earliest
    Date(2014, 1, 1)
    """

    anchor: Expression
    #: "on or after X": from X's first possible day on, X itself included.
    inclusive: bool = False

    def at(self, ctx: Context, ref: int) -> Value:
        """From the day after the anchor's last possible day (its first, if inclusive)."""
        if self.inclusive:
            base = date_of(self.anchor.at(ctx, ref), self.anchor.phrase(), side="start")
            return FuzzyDate(base.earliest_day, cal.MAX_DAY)
        base = date_of(self.anchor.at(ctx, ref), self.anchor.phrase(), side="end")
        last = base.earliest_day if self.anchor.is_point() else base.latest_day
        return FuzzyDate(cal.check_day(last + 1), cal.MAX_DAY)

    def children(self) -> tuple[Expression, ...]:
        """The anchor."""
        return (self.anchor,)

    def rule(self, ctx: Context) -> str:
        """E.g. "after a date"."""
        return "on or after a date" if self.inclusive else "after a date"

    def phrase(self) -> str:
        """E.g. "after X", "on or after X"."""
        return f"{'on or ' if self.inclusive else ''}after {self.anchor.phrase()}"


@attrs.frozen(slots=True)
class Before(Expression):
    """Some day before a date ("before the 20th anniversary of {sept-11}").

    >>> Before(Absolute(FuzzyDate.year(2014))).resolve().value.latest
    Date(2013, 12, 31)
    """

    anchor: Expression
    #: "on or before X" ("no later than X"): up to X's last possible day, X itself included.
    inclusive: bool = False

    def at(self, ctx: Context, ref: int) -> Value:
        """Up to the day before the anchor's first possible day (its last, if inclusive)."""
        if self.inclusive:
            base = date_of(self.anchor.at(ctx, ref), self.anchor.phrase(), side="end")
            return FuzzyDate(cal.MIN_DAY, base.latest_day)
        base = date_of(self.anchor.at(ctx, ref), self.anchor.phrase(), side="start")
        first = base.latest_day if self.anchor.is_point() else base.earliest_day
        return FuzzyDate(cal.MIN_DAY, cal.check_day(first - 1))

    def children(self) -> tuple[Expression, ...]:
        """The anchor."""
        return (self.anchor,)

    def rule(self, ctx: Context) -> str:
        """E.g. "before a date"."""
        return "on or before a date" if self.inclusive else "before a date"

    def phrase(self) -> str:
        """E.g. "before X", "on or before X"."""
        return f"{'on or ' if self.inclusive else ''}before {self.anchor.phrase()}"


@attrs.frozen(slots=True)
class Circa(Expression):
    """A date given as approximate ("circa 1850", "c. 1850", "about 1850").

    The days are the anchor's: "circa" says the source is not sure, not by how much, so the
    value is marked approximate (EDTF's ``~``) rather than widened by a guess.

    >>> Circa(Absolute(FuzzyDate.year(1850))).resolve().value.edtf()
    '1850~'
    """

    anchor: Expression

    def at(self, ctx: Context, ref: int) -> Value:
        """The anchor's value, marked approximate."""
        value = self.anchor.at(ctx, ref)
        if isinstance(value, FuzzyDate):
            return attrs.evolve(value, approximate=True)
        if isinstance(value, Period):
            start, end = value.start, value.end
            return Period(
                attrs.evolve(start, approximate=True) if isinstance(start, FuzzyDate) else start,
                attrs.evolve(end, approximate=True) if isinstance(end, FuzzyDate) else end,
            )
        msg = f"{self.anchor.phrase()!r} is a length of time; 'circa' goes with a date"
        raise ResolutionError(msg)

    def children(self) -> tuple[Expression, ...]:
        """The anchor."""
        return (self.anchor,)

    def is_point(self) -> bool:
        """An approximate point is a point."""
        return self.anchor.is_point()

    def phrase(self) -> str:
        """E.g. "circa 1850"."""
        return f"circa {self.anchor.phrase()}"

    def rule(self, ctx: Context) -> str:
        """E.g. "approximate date"."""
        return "approximate date"


@attrs.frozen(slots=True)
class EventRef(Expression):
    """Another event, by its id in braces ("{doha-agreement}").

    >>> EventRef("sept-11").resolve(Context(events={"sept-11": FuzzyDate.day(2001, 9, 11)})).value
    FuzzyDate.day(2001, 9, 11)
    """

    id: str

    def at(self, ctx: Context, ref: int) -> Value:
        """The other event's date, from the context's lookup."""
        return ctx.event(self.id)

    def uses_reference(self) -> bool:
        """Events come from the lookup, not the reference."""
        return False

    def with_events(self, ids: dict[str, str]) -> Expression:
        """This reference, renamed."""
        return EventRef(ids.get(self.id, self.id))

    def event_ids(self) -> frozenset[str]:
        """Its own id."""
        return frozenset({self.id})

    def is_point(self) -> bool:
        """An event happened on one (unknown) day."""
        return True

    def phrase(self) -> str:
        """E.g. "{id}"."""
        return f"{{{self.id}}}"

    def rule(self, ctx: Context) -> str:
        """E.g. "event reference"."""
        return "event reference"


@attrs.frozen(slots=True)
class TenureStart(Expression):
    """The day the person an event is about took the office it is about ("taking office").

    "More than three years on the job" counts from it. Only an event in a timeline, with a
    person and an office, can say whose tenure it is: the timeline binds it to the event that
    opened the tenure (:meth:`Expression.with_tenure_start`).

    >>> Shift(TenureStart(), Duration(years=3)).phrase()
    '3 years after taking office'
    """

    def at(self, ctx: Context, ref: int) -> Value:
        """Nothing on its own: whose tenure is it?"""
        msg = (
            f"{self.phrase()!r} counts from the start of a tenure; give it as evidence for an "
            "event with a person and an office in a Timeline that holds their appointment"
        )
        raise ResolutionError(msg)

    def uses_reference(self) -> bool:
        """The tenure's start comes from the timeline, not the reference."""
        return False

    def with_tenure_start(self, event_id: str) -> Expression:
        """The event that opened the tenure."""
        return EventRef(event_id)

    def counts_from_tenure(self) -> bool:
        """It does."""
        return True

    def is_point(self) -> bool:
        """Taking office happened on one (unknown) day."""
        return True

    def phrase(self) -> str:
        """The phrase: "taking office"."""
        return "taking office"

    def rule(self, ctx: Context) -> str:
        """The rule: "start of the tenure"."""
        return "start of the tenure"


class Part(enum.Enum):
    """A part of a unit: "early", "mid", "late", halves."""

    EARLY = "early"
    MID = "mid"
    LATE = "late"
    BEGINNING = "the beginning of"
    END = "the end of"
    FIRST_HALF = "the first half of"
    SECOND_HALF = "the second half of"


@attrs.frozen(slots=True)
class PartOf(Expression):
    """A part of a unit ("early 1990s", "mid-2019", "the end of May").

    >>> PartOf(Absolute(FuzzyDate.month(2013, 3)), Part.EARLY).resolve().value
    FuzzyDate.between('2013-03-01', '2013-03-10')
    """

    base: Expression
    part: Part

    def at(self, ctx: Context, ref: int) -> Value:
        """The part of the base's span, by the context's parts convention."""
        base = date_of(self.base.at(ctx, ref), self.base.phrase())
        if base.precision is Precision.DAY:
            return base  # "late Tuesday" is Tuesday: dates keep days, not times of day
        return FuzzyDate(*_part_span(base, self.part, ctx))

    def children(self) -> tuple[Expression, ...]:
        """The base."""
        return (self.base,)

    def phrase(self) -> str:
        """E.g. "early March 2013", "the end of next week"."""
        return f"{self.part.value} {self.base.phrase()}"

    def rule(self, ctx: Context) -> str:
        """E.g. "early part of a unit"."""
        return f"{self.part.name.lower().replace('_', ' ')} part of a unit"


def _part_span(base: FuzzyDate, part: Part, ctx: Context) -> Span:
    """Divide a unit into thirds (or halves) of its natural parts."""
    lo, hi = base.earliest_day, base.latest_day
    precision = base.precision
    if precision in (Precision.YEAR, Precision.QUARTER, Precision.SEASON):
        months = cal.months_between(lo, hi + 1)
        first, last = _thirds(months, part, ctx, precision)
        return cal.add_months(lo, first), cal.add_months(lo, last + 1) - 1
    if precision in (Precision.DECADE, Precision.CENTURY, Precision.MILLENNIUM):
        years = cal.civil_from_day(hi)[0] - cal.civil_from_day(lo)[0] + 1
        first, last = _thirds(years, part, ctx, precision)
        start_year = cal.civil_from_day(lo)[0]
        return cal.year_span(start_year + first, start_year + last)
    first, last = _thirds(hi - lo + 1, part, ctx, precision)
    return lo + first, lo + last


def _thirds(size: int, part: Part, ctx: Context, precision: Precision) -> tuple[int, int]:
    """First and last index (0-based) of a part of ``size`` natural parts."""
    if part is Part.FIRST_HALF:
        return 0, (size + 1) // 2 - 1
    if part is Part.SECOND_HALF:
        return (size + 1) // 2, size - 1
    if precision is Precision.MONTH:
        cuts = (10, 20)  # days 1-10, 11-20, 21-end, as calendars and Duckling divide months
    elif precision is Precision.WEEK:
        cuts = (3, 4)  # Monday-Wednesday, Thursday, Friday-Sunday
    else:
        # The first third rounds up and the last down: decades 0-3 / 4-6 / 7-9, years
        # January-April / May-August / September-December, centuries 0-33 / 34-66 / 67-99.
        cuts = (-(-size // 3), size - size // 3)
    if (
        precision is Precision.YEAR
        and ctx.parts is PartsConvention.DUCKLING
        and part is Part.BEGINNING
    ):
        return 0, 2
    if part in (Part.EARLY, Part.BEGINNING):
        return 0, cuts[0] - 1
    if part is Part.MID:
        return cuts[0], cuts[1] - 1
    return cuts[1], size - 1


@attrs.frozen(slots=True)
class Between(Expression):
    """A period from one date to another ("from 2001 to 2021", "July 13-15").

    >>> Between(Absolute(FuzzyDate.year(2001)), Absolute(FuzzyDate.year(2021))).resolve().value
    Period(start=FuzzyDate.year(2001), end=FuzzyDate.year(2021))
    """

    start: Expression
    end: Expression

    def at(self, ctx: Context, ref: int) -> Value:
        """A period from the start's first date to the end's last.

        A side given without its year takes it from the other: in "from May to July 2020"
        the start is the last May before the end; in "from 13 to 15 July" (no year at all)
        the start is placed by the bias and the end is the first 15 July from it. Weekdays
        alone ("from Monday to Friday") are one run of days: under past bias the end is
        placed and the start is the last such weekday up to it, otherwise the start is placed
        and the end is the first such weekday from it.
        """
        start_node, end_node = self.start, self.end
        if weekday_alone(start_node) and weekday_alone(end_node) and ctx.bias is Bias.PAST:
            # "talks ran from Monday to Friday": the end placed by the bias, the start the
            # last such weekday on or before it.
            start_node = Named(
                start_node.pattern, Selector.BEFORE, 1, Shift(end_node, Duration(days=1))
            )
        elif _yearless(start_node) and not _yearless(end_node):
            assert isinstance(start_node, Named)
            start_node = Named(
                start_node.pattern, Selector.BEFORE, 1, Shift(end_node, Duration(days=1))
            )
        elif _yearless(end_node) or (weekday_alone(end_node) and weekday_alone(start_node)):
            assert isinstance(end_node, Named)
            end_node = Named(
                end_node.pattern, Selector.AFTER, 1, Shift(start_node, Duration(days=-1))
            )
        start = date_of(start_node.at(ctx, ref), self.start.phrase(), side="start")
        end = date_of(end_node.at(ctx, ref), self.end.phrase(), side="end")
        if end.latest_day < start.earliest_day:
            msg = f"{self.phrase()!r} ends ({end}) before it starts ({start})"
            raise ResolutionError(msg)
        return Period(start, end)

    def children(self) -> tuple[Expression, ...]:
        """Start and end."""
        return (self.start, self.end)

    def phrase(self) -> str:
        """E.g. "from X to Y"."""
        return f"from {self.start.phrase()} to {self.end.phrase()}"

    def rule(self, ctx: Context) -> str:
        """E.g. "bounded period"."""
        return "bounded period"


def weekday_alone(expression: Expression) -> TypeGuard[Named]:
    """Whether an expression is a bare weekday placed by the bias ("Monday")."""
    from timeline._patterns import WeekdayOf

    return (
        isinstance(expression, Named)
        and expression.selector is Selector.BIAS
        and expression.anchor is None
        and isinstance(expression.pattern, WeekdayOf)
    )


def _yearless(expression: Expression) -> bool:
    """Whether an expression names a yearly thing without its year ("May", "13 July")."""
    from timeline._patterns import DayOfMonth, WeekdayOf

    return (
        isinstance(expression, Named)
        and expression.selector is Selector.BIAS
        and expression.anchor is None
        and not isinstance(expression.pattern, WeekdayOf | DayOfMonth)
    )


@attrs.frozen(slots=True)
class Since(Expression):
    """A period from a date, still going on as of the reference ("since September 2018").

    >>> Since(Absolute(FuzzyDate.month(2018, 9))).resolve(Context(reference="2021-10-18")).value
    Period(start=FuzzyDate.month(2018, 9), end=Ongoing(as_of=FuzzyDate.day(2021, 10, 18)))
    """

    start: Expression

    def evaluate(self, ctx: Context, *, uses_reference: bool | None = None) -> Value:
        """Ongoing as of the (possibly fuzzy) reference; of unknown end without one."""
        start = date_of(self.start.evaluate(ctx), self.start.phrase(), side="start")
        if ctx.reference is None:
            return Period(start, UNKNOWN)
        return Period(start, Ongoing(ctx.reference))

    def at(self, ctx: Context, ref: int) -> Value:
        """As ``evaluate``, at an exact reference day."""
        start = date_of(self.start.at(ctx, ref), self.start.phrase(), side="start")
        return Period(start, Ongoing(FuzzyDate(ref, ref, Precision.DAY)))

    def uses_reference(self) -> bool:
        """The reference is only the as-of date; without one the end is unknown."""
        return False

    def children(self) -> tuple[Expression, ...]:
        """The start."""
        return (self.start,)

    def phrase(self) -> str:
        """E.g. "since X"."""
        return f"since {self.start.phrase()}"

    def rule(self, ctx: Context) -> str:
        """E.g. "open period"."""
        return "period since a date"


@attrs.frozen(slots=True)
class Until(Expression):
    """A period of unknown start that ends with a date ("until last year").

    >>> Until(Absolute(FuzzyDate.year(2020))).resolve().value
    Period(start=UNKNOWN, end=FuzzyDate.year(2020))
    """

    end: Expression

    def at(self, ctx: Context, ref: int) -> Value:
        """Unknown start, the date's end."""
        return Period(UNKNOWN, date_of(self.end.at(ctx, ref), self.end.phrase(), side="end"))

    def children(self) -> tuple[Expression, ...]:
        """The end."""
        return (self.end,)

    def phrase(self) -> str:
        """E.g. "until X"."""
        return f"until {self.end.phrase()}"

    def rule(self, ctx: Context) -> str:
        """E.g. "period until a date"."""
        return "period until a date"


@attrs.frozen(slots=True)
class Recent(Expression):
    """The last or next few units ("the last two weeks", "the next 3 days").

    >>> Recent(Precision.DAY, 3, forward=True).resolve(Context(reference="2013-02-12")).value.edtf()
    '2013-02-13/2013-02-15'
    """

    unit: Precision
    count: int
    forward: bool
    upcoming: bool = False

    def at(self, ctx: Context, ref: int) -> Value:
        """Rolling from the reference, or whole units around the current one."""
        if self.upcoming and ctx.upcoming is UpcomingCount.NTH:
            # Duckling reads "the upcoming two weeks" as the second week from now.
            return CurrentUnit(self.unit, self.count).at(ctx, ref)
        if ctx.recent_units is RecentUnits.WHOLE_UNITS:
            current = unit_around(ref, self.unit, ctx)
            if self.forward:
                lo = step_unit(current, self.unit, 1, ctx)[0]
                hi = step_unit(current, self.unit, self.count, ctx)[1]
            else:
                lo = step_unit(current, self.unit, -self.count, ctx)[0]
                hi = step_unit(current, self.unit, -1, ctx)[1]
        else:
            amount = amount_of(self.unit, self.count)
            if amount is None:
                msg = f"'{self.unit.value}' is not a unit of length here"
                raise ResolutionError(msg)
            if self.forward:
                lo, hi = ref + 1, amount.add_to(ref)
            else:
                lo, hi = (-amount).add_to(ref) + 1, ref
        return Period(FuzzyDate(lo, lo, Precision.DAY), FuzzyDate(hi, hi, Precision.DAY))

    def uses_reference(self) -> bool:
        """Counted from the reference."""
        return True

    def phrase(self) -> str:
        """E.g. "the last 2 weeks", "the next 3 days"."""
        which = "upcoming" if self.upcoming else "next" if self.forward else "last"
        return f"the {which} {self.count} {unit_name(self.unit, self.count)}"

    def rule(self, ctx: Context) -> str:
        """E.g. "last units, rolling"."""
        if self.upcoming and ctx.upcoming is UpcomingCount.NTH:
            return "upcoming units, nth"
        return f"{'next' if self.forward else 'last'} units, {ctx.recent_units.value}"


@attrs.frozen(slots=True)
class ForDuration(Expression):
    """A period that starts on a date and lasts an amount ("from 18 December for 10 days").

    >>> ForDuration(Absolute(FuzzyDate.day(2013, 12, 18)), Duration(days=10)).resolve().value.edtf()
    '2013-12-18/2013-12-27'
    """

    start: Expression
    amount: Duration

    def at(self, ctx: Context, ref: int) -> Value:
        """From the start to the day before the start plus the amount."""
        start = date_of(self.start.at(ctx, ref), self.start.phrase(), side="start")
        end = start.shift(self.amount, about=ctx.about)
        first_last = max(end.earliest_day - 1, start.earliest_day)
        last = fuzzy((first_last, max(first_last, end.latest_day - 1)), Precision.DAY)
        return Period(start, last)

    def children(self) -> tuple[Expression, ...]:
        """The start."""
        return (self.start,)

    def rule(self, ctx: Context) -> str:
        """E.g. "period of a length"."""
        return "period of a length"

    def phrase(self) -> str:
        """E.g. "X for 10 days"."""
        return f"{self.start.phrase()} for {self.amount}"


@attrs.frozen(slots=True)
class Amount(Expression):
    """A length of time ("more than three years", "about a decade").

    >>> from timeline import Qualifier
    >>> Amount(Duration(years=3, qualifier=Qualifier.AT_LEAST)).resolve().value
    Duration(years=3, qualifier=Qualifier.AT_LEAST)
    """

    amount: Duration

    def at(self, ctx: Context, ref: int) -> Value:
        """The duration itself."""
        return self.amount

    def uses_reference(self) -> bool:
        """A length needs no reference."""
        return False

    def phrase(self) -> str:
        """E.g. "at least 3 years"."""
        return str(self.amount)

    def rule(self, ctx: Context) -> str:
        """E.g. "duration"."""
        return "duration"


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
        """The year in the window."""
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
