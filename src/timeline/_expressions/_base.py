"""The base of every node, and helpers on values and calendar units they share."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from timeline import _calendar as cal
from timeline._context import (
    Context,
    Resolution,
    Value,
)
from timeline._fuzzy import FuzzyDate
from timeline._period import UNKNOWN, Ongoing, Open, Period, Unknown
from timeline._precision import Precision, unit_of
from timeline.errors import ResolutionError

if TYPE_CHECKING:
    from collections.abc import Callable

    from timeline._patterns import (
        Span,
    )


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

        >>> from timeline.expressions import EventRef, Shift
        >>> from timeline import Duration
        >>> Shift(EventRef("a"), Duration(days=3)).with_events({"a": "b"}).phrase()
        '3 days after {b}'
        """
        return self._map_children(lambda child: child.with_events(ids))

    def with_tenure_start(self, event_id: str) -> Expression:
        """A copy with "taking office" bound to the event that opened the tenure.

        >>> from timeline.expressions import Shift, TenureStart
        >>> from timeline import Duration
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

        >>> from timeline.expressions import EventRef, Shift
        >>> from timeline import Duration
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

    def area_phrase(self) -> str:
        """How an nth unit of this reads after the unit: "of next month", or "in office"."""
        return f"of {self.phrase()}"

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
