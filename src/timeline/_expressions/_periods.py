"""Nodes of stretches and lengths of time: ranges, since, until, recent units, amounts."""

from __future__ import annotations

from typing import TypeGuard

import attrs

from timeline._context import (
    Bias,
    Context,
    RecentUnits,
    UpcomingCount,
    Value,
)
from timeline._duration import Duration, Qualifier, amount_of
from timeline._expressions._base import (
    Expression,
    date_of,
    fuzzy,
    step_unit,
    unit_around,
    unit_name,
)
from timeline._expressions._dates import Absolute, CurrentUnit, InUnit, Named, NumericDate, Previous
from timeline._expressions._relations import PartOf, Shift, only_unit
from timeline._fuzzy import FuzzyDate
from timeline._patterns import (
    DayOfMonth,
    Selector,
    WeekdayOf,
)
from timeline._period import OPEN, UNKNOWN, Ongoing, Period
from timeline._precision import Precision
from timeline.errors import ResolutionError, ValidationError


@attrs.frozen(slots=True)
class Between(Expression):
    """A period from one date to another ("from 2001 to 2021", "July 13-15").

    >>> from timeline.expressions import Absolute
    >>> Between(Absolute(FuzzyDate.year(2001)), Absolute(FuzzyDate.year(2021))).resolve().value
    Period(start=FuzzyDate.year(2001), end=FuzzyDate.year(2021))
    """

    start: Expression
    end: Expression

    def at(self, ctx: Context, ref: int) -> Value:
        """A period from the start's first date to the end's last.

        A side given without its year takes it from the other: in "from May to July 2020"
        the start is the last May before the end; in "from 13 to 15 July" (no year at all)
        the start is placed by the bias and the end is the first 15 July from it, except under
        future bias, where the run that has not yet ended is meant ("December 2 to 5" said on
        3 December is this December's): the end is placed and the start is the last before
        it. Weekdays
        alone ("from Monday to Friday") are one run of days: under past bias the end is
        placed and the start is the last such weekday up to it, otherwise the start is placed
        and the end is the first such weekday from it.
        """
        start_node, end_node = _yearly(self.start, ctx), _yearly(self.end, ctx)
        placed: Expression | None = None  # the side placed next to the other, if any
        if weekday_alone(start_node) and weekday_alone(end_node) and ctx.bias is Bias.PAST:
            # "talks ran from Monday to Friday": the end placed by the bias, the start the
            # last such weekday on or before it.
            start_node = Named(
                start_node.pattern, Selector.BEFORE, 1, Shift(end_node, Duration(days=1))
            )
        elif _day_alone(end_node) and not _day_alone(start_node):
            # "from Feb 12 at 3pm to the 15th": the first 15th from the start, not this month's.
            placed = end_node
            end_node = _placed(end_node, Selector.AFTER, Shift(start_node, Duration(days=-1)))
        elif _day_alone(start_node) and not _day_alone(end_node):
            # "from the 28th to March 3": the last 28th up to the end.
            placed = start_node
            start_node = _placed(start_node, Selector.BEFORE, Shift(end_node, Duration(days=1)))
        elif _yearless(start_node) and (not _yearless(end_node) or ctx.bias is Bias.FUTURE):
            placed = start_node
            start_node = _placed(start_node, Selector.BEFORE, Shift(end_node, Duration(days=1)))
        elif _yearless(end_node) or (weekday_alone(end_node) and weekday_alone(start_node)):
            placed = end_node
            end_node = _placed(end_node, Selector.AFTER, Shift(start_node, Duration(days=-1)))
        start = date_of(start_node.at(ctx, ref), self.start.phrase(), side="start")
        end = date_of(end_node.at(ctx, ref), self.end.phrase(), side="end")
        if end.latest_day < start.earliest_day:
            msg = f"{self.phrase()!r} ends ({end}) before it starts ({start})"
            raise ResolutionError(msg)
        _check_reach(placed, start, end)
        return Period(start, end)

    def children(self) -> tuple[Expression, ...]:
        """Start and end."""
        return (self.start, self.end)

    def phrase(self) -> str:
        """E.g. "from X to Y", "the nine months ended X"."""
        run = self._run_phrase()
        if run is not None:
            return run
        return f"from {self.start.phrase()} to {self.end.phrase()}"

    def _run_phrase(self) -> str | None:
        """A run of whole units to or from a date, in the words that read back as this tree.

        "The three weeks ended Friday" counts back from the day after Friday; written "from 3
        weeks before 1 day after Friday to Friday", the end would be read from the start
        ("Tuesday - Friday") and the phrase would not read back as the same tree.
        """
        start, end = self.start, self.end
        months = Precision.MONTH  # from a month, in whole months: "the three months to June"
        if isinstance(start, CurrentUnit) and start.unit is months and start.anchor == end:
            return _run_words(1 - start.offset, months, "ended", end) if start.offset <= 0 else None
        if isinstance(end, CurrentUnit) and end.unit is months and end.anchor == start:
            return (
                _run_words(1 + end.offset, months, "beginning", start) if end.offset >= 0 else None
            )
        if (
            isinstance(start, Shift)
            and isinstance(start.anchor, Shift)
            and start.anchor.anchor == end
            and start.anchor.amount == Duration(days=1)
        ):
            found = _units_of(start.amount, -1)
            return None if found is None else _run_words(*found, "ended", end)
        if (
            isinstance(end, Shift)
            and isinstance(end.anchor, Shift)
            and end.anchor.anchor == start
            and end.amount == Duration(days=-1)
        ):
            found = _units_of(end.anchor.amount, 1)
            return None if found is None else _run_words(*found, "beginning", start)
        return None

    def rule(self, ctx: Context) -> str:
        """E.g. "bounded period"."""
        return "bounded period"


def _units_of(amount: Duration, sign: int) -> tuple[int, Precision] | None:
    """How many whole units of which an exact amount of one unit is, with the sign given."""
    for unit in (Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.YEAR):
        for count in (abs(amount.years), abs(amount.months), abs(amount.weeks), abs(amount.days)):
            if count and amount_of(unit, sign * count) == amount:
                return count, unit
    return None


def _run_words(count: int, unit: Precision, verb: str, edge: Expression) -> str:
    if count == 1:
        return f"the {unit_name(unit)} {verb} {edge.phrase()}"
    return f"the {count} {unit_name(unit, count)} {verb} {edge.phrase()}"


def weekday_alone(expression: Expression) -> TypeGuard[Named]:
    """Whether an expression is a bare weekday placed by the bias ("Monday")."""
    return _placed_by_bias(expression) and isinstance(expression.pattern, WeekdayOf)


def _placed_by_bias(expression: Expression) -> TypeGuard[Named]:
    """Whether an expression is a name with nothing but the bias to place it ("May")."""
    return (
        isinstance(expression, Named)
        and expression.selector is Selector.BIAS
        and expression.anchor is None
    )


def _yearly(expression: Expression, ctx: Context) -> Expression:
    """Figures with no year as the day they name every year ("2/29-3/1" is one run of days)."""
    if isinstance(expression, NumericDate):
        return expression.as_yearly(ctx) or expression
    return expression


def _check_reach(placed: Expression | None, start: FuzzyDate, end: FuzzyDate) -> None:
    """Refuse a side whose weekday put it years from the other ("1 Jan until Wed, 22 Jan").

    A weekday with a day of the year fits one year in several: the first such day from the
    other side may lie years away, and a range that long is a slip in the weekday, not what
    was meant.
    """
    pattern = placed.pattern if isinstance(placed, Named) else None
    if pattern is None or not pattern.pinned_by_weekday:
        return
    if end.earliest_day - start.latest_day > _YEAR:
        msg = (
            f"no {pattern.phrase()} within a year of the other end of the range ({start} to "
            f"{end}); the weekday does not fit: give the year"
        )
        raise ResolutionError(msg)


#: The longest a side placed next to the other may lie from it, in days.
_YEAR = 366


def _placed(expression: Expression, selector: Selector, anchor: Expression) -> Expression:
    """A yearless side placed next to the other ("early November" after "late October")."""
    if isinstance(expression, PartOf):
        return PartOf(_placed(expression.base, selector, anchor), expression.part)
    assert isinstance(expression, Named)
    return Named(expression.pattern, selector, 1, anchor)


def _day_alone(expression: Expression) -> bool:
    """Whether an expression is a day of the month placed by the bias ("the 15th")."""
    return _placed_by_bias(expression) and isinstance(expression.pattern, DayOfMonth)


def _yearless(expression: Expression) -> bool:
    """Whether an expression names a yearly thing without its year ("May", "early July")."""
    if isinstance(expression, PartOf):
        return _yearless(expression.base)
    return _placed_by_bias(expression) and not isinstance(
        expression.pattern, WeekdayOf | DayOfMonth
    )


@attrs.frozen(slots=True)
class Either(Expression):
    """One of two dates, the source not saying which ("Monday or Tuesday", "2 or 3 days ago").

    The value is one run of days that holds both: a fuzzy date is one run, so "Monday or
    Wednesday" admits the Tuesday between them rather than claiming a precision the value
    cannot carry. A name without its year is placed next to the other, as in a range: "May
    or June 2020" is May 2020, "December or January 2021" December 2020, and "October or
    November" the two months together, not a year apart. A list with "or" before its last
    date ("Monday, Tuesday or Wednesday", "1990 or 1991 or 1992") is an ``Either`` of the
    first and an ``Either`` of the rest: the run from its first date to its last.

    >>> from timeline.expressions import Named, WeekdayOf
    >>> Either(Named(WeekdayOf(0)), Named(WeekdayOf(1))).resolve(
    ...     Context(reference="2021-10-20")).value.edtf()
    '[2021-10-18..2021-10-19]'
    >>> from timeline import parse
    >>> parse("two or three days ago").phrase()
    '2 or 3 days ago'
    >>> parse("Monday, Tuesday or Wednesday").resolve(
    ...     Context(reference="2021-10-20")).value.edtf()
    '[2021-10-18..2021-10-20]'
    """

    first: Expression
    second: Expression

    def at(self, ctx: Context, ref: int) -> Value:
        """The narrowest run of days holding both, each side placed next to the other.

        A list ("Monday, Tuesday or Wednesday": the first, then ``Either`` of the rest) is
        the run from its first date to its last, in either order, holding those between: a
        name placed by the bias only ("Tuesday") lies in it if an occurrence does, and
        anything else is added as it resolves.
        """
        listed = [self.first]
        rest = self.second
        while isinstance(rest, Either):
            listed.append(rest.first)
            rest = rest.second
        run = date_of(self._ends(listed[0], rest, ctx, ref), self.phrase())
        for middle in listed[1:]:
            if _placed_by_bias(middle):
                try:
                    InUnit(middle.pattern, Absolute(run)).at(ctx, ref)
                    continue  # an occurrence lies in the run
                except ResolutionError:
                    pass
            run = run.hull(date_of(middle.at(ctx, ref), middle.phrase()))
        return run

    def _ends(self, first: Expression, last: Expression, ctx: Context, ref: int) -> Value:
        """The narrowest run of days from one of two dates to the other."""
        runs: list[FuzzyDate] = []
        for start, end in ((first, last), (last, first)):
            try:
                run = Between(start, end).at(ctx, ref)
            except ResolutionError:
                continue  # the other order
            assert isinstance(run, Period)
            sides = (run.start, run.end)
            if not all(isinstance(side, FuzzyDate) for side in sides):
                continue
            begin, finish = sides
            assert isinstance(begin, FuzzyDate)
            assert isinstance(finish, FuzzyDate)
            runs.append(begin.hull(finish))
        if runs:
            return min(runs, key=lambda run: run.latest_day - run.earliest_day)
        readings = [date_of(side.at(ctx, ref), side.phrase()) for side in (first, last)]
        return readings[0].hull(readings[1])

    def children(self) -> tuple[Expression, ...]:
        """The two readings."""
        return (self.first, self.second)

    def is_point(self) -> bool:
        """Either of two points is a point."""
        return self.first.is_point() and self.second.is_point()

    def phrase(self) -> str:
        """E.g. "either Monday or Tuesday", "2 or 3 days ago"."""
        first, second = self.first, self.second
        if (
            isinstance(first, Shift)
            and isinstance(second, Shift)
            and first.anchor == second.anchor
            and (counts := _counts_of_one_unit(first.amount, second.amount)) is not None
        ):
            return first._worded(counts)  # noqa: SLF001 - one family: a pair of shifts
        return f"either {first.phrase()} or {second.phrase()}"

    def rule(self, ctx: Context) -> str:
        """E.g. "one of two dates"."""
        return "one of two dates"


def _counts_of_one_unit(first: Duration, second: Duration) -> str | None:
    """The counts as "2 or 3 days" for exact amounts of one unit and direction, else ``None``."""
    if Qualifier.EXACT is not first.qualifier or first.qualifier is not second.qualifier:
        return None
    unit = only_unit(first)
    if unit is None or unit != only_unit(second) or first.is_negative != second.is_negative:
        return None
    shorter, longer = sorted(abs(getattr(amount, unit)) for amount in (first, second))
    return None if shorter == longer else f"{shorter} or {longer} {unit}"


@attrs.frozen(slots=True)
class Since(Expression):
    """A period from a date, still going on as of the reference ("since September 2018").

    >>> from timeline.expressions import Absolute
    >>> Since(Absolute(FuzzyDate.month(2018, 9))).resolve(Context(reference="2021-10-18")).value
    Period(start=FuzzyDate.month(2018, 9), end=Ongoing(as_of=FuzzyDate.day(2021, 10, 18)))
    """

    start: Expression

    def evaluate(self, ctx: Context, *, uses_reference: bool | None = None) -> Value:
        """Ongoing as of the (possibly fuzzy) reference; of unknown end without one.

        A start after the reference ("since tomorrow") has nothing going on yet: the period
        runs on from it, open-ended. In a story read in order, a start without its year is
        the last one up to the story's date ("since November", told in September 1950, is
        November 1949), not the nearest.
        """
        start_node = _up_to_the_story(self.start, ctx)
        start = date_of(start_node.evaluate(ctx), self.start.phrase(), side="start")
        if ctx.reference is None:
            return Period(start, UNKNOWN)
        return _since(start, ctx.reference)

    def at(self, ctx: Context, ref: int) -> Value:
        """As ``evaluate``, at an exact reference day."""
        start_node = _up_to_the_story(self.start, ctx)
        start = date_of(start_node.at(ctx, ref), self.start.phrase(), side="start")
        return _since(start, FuzzyDate(ref, ref, Precision.DAY))

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


def _up_to_the_story(start: Expression, ctx: Context) -> Expression:
    """A yearless start placed on or before the story's date, in narrative mode."""
    if ctx.narrative and ctx.previous is not None and _yearless(start):
        return _placed(start, Selector.BEFORE, Shift(Previous(), Duration(days=1)))
    return start


def _since(start: FuzzyDate, reference: FuzzyDate) -> Period:
    """From ``start``, ongoing as of the reference, or open if it has not begun by then."""
    if start.earliest_day > reference.latest_day:
        return Period(start, OPEN)
    return Period(start, Ongoing(reference))


@attrs.frozen(slots=True)
class Until(Expression):
    """A period of unknown start that ends with a date ("until last year").

    >>> from timeline.expressions import Absolute
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

    ``story`` marks "the following three days" and "the previous three days": counted from
    the story's last date in a story read in order (``Context.narrative``), from the
    reference otherwise.

    >>> Recent(Precision.DAY, 3, forward=True).resolve(Context(reference="2013-02-12")).value.edtf()
    '2013-02-13/2013-02-15'
    """

    unit: Precision
    count: int
    forward: bool
    upcoming: bool = False
    story: bool = attrs.field(default=False, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.story and self.upcoming:
            msg = "Recent: 'upcoming' units count from the reference, not the story"
            raise ValidationError(msg, field="story")

    def at(self, ctx: Context, ref: int) -> Value:
        """Rolling from the reference, or whole units around the current one.

        "The following days" in a story read in order start after the story's last date
        (after 20 February 1905, 21 to 23 February 1905) and "the previous three days" end
        the day before it. A story date wider than a day ("in 1952") gives the stretches from
        any of its days.
        """
        if self.upcoming and ctx.upcoming is UpcomingCount.NTH:
            # Duckling reads "the upcoming two weeks" as the second week from now.
            return CurrentUnit(self.unit, self.count).at(ctx, ref)
        if self.story and ctx.narrative and ctx.previous is not None:
            before = not self.forward and ctx.recent_units is RecentUnits.ROLLING
            first = self._from(ctx, ctx.previous.earliest_day - before)
            last = self._from(ctx, ctx.previous.latest_day - before)
            return Period(first.start, last.end)
        return self._from(ctx, ref)

    def _from(self, ctx: Context, ref: int) -> Period:
        """The stretch counted from day ``ref``."""
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
            elif ctx.recent_units is RecentUnits.ROLLING_TO_YESTERDAY:
                lo, hi = (-amount).add_to(ref), ref - 1
            else:
                lo, hi = (-amount).add_to(ref) + 1, ref
        return Period(FuzzyDate(lo, lo, Precision.DAY), FuzzyDate(hi, hi, Precision.DAY))

    def uses_reference(self) -> bool:
        """Counted from the reference."""
        return True

    def phrase(self) -> str:
        """E.g. "the last 2 weeks", "the next 3 days", "the following 2 years"."""
        which = "upcoming" if self.upcoming else "next" if self.forward else "last"
        if self.story:
            which = "following" if self.forward else "previous"
        return f"the {which} {self.count} {unit_name(self.unit, self.count)}"

    def rule(self, ctx: Context) -> str:
        """E.g. "last units, rolling"."""
        if self.upcoming and ctx.upcoming is UpcomingCount.NTH:
            return "upcoming units, nth"
        return f"{'next' if self.forward else 'last'} units, {ctx.recent_units.value}"


@attrs.frozen(slots=True)
class ForDuration(Expression):
    """A period that starts on a date and lasts an amount ("from 18 December for 10 days").

    >>> from timeline.expressions import Absolute
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
