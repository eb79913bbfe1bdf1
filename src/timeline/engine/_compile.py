"""From an event's evidence to constraints on day variables.

A piece of evidence that names no other event resolves to calendar bounds against the event's
source (the day its document was written). Evidence that names other events ("3 days after
{x}", "before the 20th anniversary of {sept-11}") becomes relations between variables: each is
``low(x) <= y <= high(x)`` for monotone maps, built exactly for the common forms (shifts,
anniversaries, before/after) and, for any other expression, by evaluating the expression itself
at candidate days of ``x`` (every expression here is monotone in the dates it is anchored on).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, NamedTuple

import attrs

from timeline import _calendar as cal
from timeline._duration import Duration, Qualifier, amount_of
from timeline._expressions import (
    After,
    Anniversary,
    Before,
    Between,
    CurrentUnit,
    Either,
    EventRef,
    Expression,
    Named,
    NthInUnit,
    PartOf,
    Shift,
    Since,
    Until,
    date_of,
    told_before,
)
from timeline._fuzzy import FuzzyDate
from timeline._patterns import Selector, UnitPattern
from timeline._period import Ongoing, Open, Period
from timeline._precision import Precision
from timeline.engine._maps import NEVER_AFTER, NEVER_BEFORE, CalendarShift, DayShift, Map, then
from timeline.errors import ResolutionError, TimelineError

if TYPE_CHECKING:
    from timeline._context import Context

__all__ = ["Bounds", "Link", "Side", "compile_expression"]

Side = str  # "start" or "end" of the event a link refers to


#: A bound of a link: a day offset (the common, fast case) or a monotone map.
Step = int | Map


class Link(NamedTuple):
    """``low(x) <= target <= high(x)``, with ``x`` the ``side`` of event ``ref``.

    ``low`` and ``high`` are day offsets where they can be (difference constraints), else
    monotone maps; ``NEVER`` offsets do not bind.
    """

    ref: str
    side: Side
    low: Step
    high: Step
    #: The end of a stretch the link places ("from {a} to {b}"), or ``None`` for the event.
    of: Side | None = None
    #: Whether the link holds only when ``ref`` is a stretch of time: "the 10th day of {x}"
    #: lies within x if x lasts, and counts from x if x is one day.
    inside: bool = False


class Bounds(NamedTuple):
    """What one piece of evidence says: absolute bounds on the start and end, and links.

    ``period`` is set when the evidence is a period, which makes its event a span even when
    the start and the end are given as the same unit (a meeting "in the week of ...").
    """

    start: tuple[int, int] | None = None
    end: tuple[int, int] | None = None
    links: tuple[Link, ...] = ()
    ongoing: FuzzyDate | None = None
    open_end: bool = False
    period: bool = False
    #: How long the stretch lasts, as steps from its first day to its last ("more than a year").
    length: tuple[Step, Step] | None = None


NEVER_LOW: Final = NEVER_BEFORE.days
NEVER_HIGH: Final = NEVER_AFTER.days


def as_map(step: Step) -> Map:
    """A step as a map (offsets become day shifts)."""
    return DayShift(step) if isinstance(step, int) else step


def chain(first: Step, second: Step) -> Step:
    """``second`` after ``first``: offsets add up, a bound that never binds stays one."""
    if first in (NEVER_LOW, NEVER_HIGH) or second in (NEVER_LOW, NEVER_HIGH):
        return second if first not in (NEVER_LOW, NEVER_HIGH) else first
    if isinstance(first, int) and isinstance(second, int):
        return first + second
    return then(as_map(first), as_map(second))


def compile_expression(expression: Expression, ctx: Context) -> Bounds:
    """The constraints an expression puts on the event it is evidence for."""
    single = _single(expression, ctx)
    if single is not None:
        return Bounds(None, None, (single,))
    if not expression.event_ids():
        if told_before(expression):
            msg = (
                "counts from a date told before it, which a timeline cannot know; name the "
                "event it counts from, as in 'the day after {x}' or '2 days before {x}'"
            )
            raise ResolutionError(msg)
        value = expression.evaluate(ctx)
        if isinstance(value, Duration):
            return Bounds(length=_length_steps(value, ctx), period=True)
        return bounds_of_value(value, str(expression))
    if isinstance(expression, Until) or (
        isinstance(expression, Between) and not _window(expression)
    ):
        return _stretch(expression, ctx)
    links = _links(expression, ctx)
    if isinstance(expression, Since):
        return Bounds(links=links, ongoing=ctx.reference)
    return Bounds(links=links)


def bounds_of_value(value: object, what: str) -> Bounds:
    """The bounds a resolved value puts on an event."""
    if isinstance(value, FuzzyDate):
        span = (value.earliest_day, value.latest_day)
        return Bounds(start=span, end=span)
    if isinstance(value, Period):
        start = value.start
        end = value.end
        return Bounds(
            start=(start.earliest_day, start.latest_day) if isinstance(start, FuzzyDate) else None,
            end=(end.earliest_day, end.latest_day) if isinstance(end, FuzzyDate) else None,
            ongoing=end.as_of if isinstance(end, Ongoing) else None,
            open_end=isinstance(end, Open),
            period=True,
        )
    msg = f"{what!r} is a length of time, not a date; say what it is counted from"
    raise ResolutionError(msg)


def _stretch(expression: Between | Until, ctx: Context) -> Bounds:
    """A stretch whose ends are dates or other events: "from {a} to {b}", "until {b}".

    Each end that names an event is linked to it; one that does not is a date. Of an event
    that is a stretch of time they are its start and end; a day lies somewhere between them.
    """
    first = expression.start if isinstance(expression, Between) else None
    start: tuple[int, int] | None = None
    end: tuple[int, int] | None = None
    links: list[Link] = []
    for side, part in (("start", first), ("end", expression.end)):
        if part is None:
            continue
        if part.event_ids():
            links += [link._replace(of=side) for link in _links(part, ctx)]
            continue
        given = bounds_of_value(part.evaluate(ctx), part.phrase())
        if side == "start":
            start = given.start
        else:
            end = given.end
    return Bounds(start=start, end=end, links=tuple(links), period=True)


def _window(expression: Between) -> bool:
    """Whether both ends count from one event ("within a week of {x}"): where a day lies.

    "From {a} to {b}" runs from one event to another, a stretch of time.
    """
    ids = expression.start.event_ids()
    return len(ids) == 1 and ids == expression.end.event_ids()


def _links(expression: Expression, ctx: Context) -> tuple[Link, ...]:
    """Relations to other events, exact for the common forms, evaluated for the rest."""
    if isinstance(expression, EventRef):
        return _inside_of(expression.id)
    if isinstance(expression, Since):
        return _links(expression.start, ctx)
    if isinstance(expression, Until):
        return _links(expression.end, ctx)
    single = _single(expression, ctx)
    if single is not None:
        return (single,)
    if isinstance(expression, Between):
        return (*_only_low(expression.start, ctx), *_only_high(expression.end, ctx))
    within = _within_event(expression)
    if within is not None:
        return within
    ids = expression.event_ids()
    if len(ids) != 1:
        msg = f"{expression.phrase()!r} names {len(ids)} events; say how each bounds the date"
        raise ResolutionError(msg)
    return _evaluated(expression, next(iter(ids)), ctx)


def _single(expression: Expression, ctx: Context) -> Link | None:
    """One exact link for a reference, a shift, an anniversary, or before/after one of them."""
    kind = type(expression)
    if kind is Shift:
        anchor = expression.anchor  # type: ignore[attr-defined]
        amount: Duration = expression.amount  # type: ignore[attr-defined]
        if type(anchor) is EventRef:  # the common "3 days after {x}", without chaining
            low, high = _amount_steps(amount, ctx)
            return Link(anchor.id, "start" if amount.is_negative else "end", low, high)
        inner = _single(anchor, ctx)
        if inner is None:
            return None
        low, high = _amount_steps(amount, ctx)
        return Link(inner.ref, inner.side, chain(inner.low, low), chain(inner.high, high))
    if isinstance(expression, NthInUnit) and _first_or_last_day(expression):
        # "100 days into {x}" counts from x's first day: exactly its start.
        return Link(_ref_id(expression.unit), "end" if expression.from_end else "start", 0, 0)
    if kind is Either:
        return _either(expression, ctx)  # type: ignore[arg-type]
    if kind is Anniversary:
        anchor = expression.anchor  # type: ignore[attr-defined]
        inner = _point(anchor) if type(anchor) is EventRef else _single(anchor, ctx)
        if inner is None:
            return None
        shift = CalendarShift(months=12 * expression.count)  # type: ignore[attr-defined]
        return Link(inner.ref, inner.side, chain(inner.low, shift), chain(inner.high, shift))
    if kind is After:
        # "after {x}" is after x is over; "on or after {x}" from the day x began.
        anchor = expression.anchor  # type: ignore[attr-defined]
        inclusive: bool = expression.inclusive  # type: ignore[attr-defined]
        side = "start" if inclusive else "end"
        inner = _point(anchor, side) if type(anchor) is EventRef else _single(anchor, ctx)
        if inner is None:
            return None
        return Link(inner.ref, inner.side, chain(inner.low, 0 if inclusive else 1), NEVER_HIGH)
    if kind is Before:
        anchor = expression.anchor  # type: ignore[attr-defined]
        inclusive = expression.inclusive  # type: ignore[attr-defined]
        side = "end" if inclusive else "start"
        inner = _point(anchor, side) if type(anchor) is EventRef else _single(anchor, ctx)
        if inner is None:
            return None
        return Link(inner.ref, inner.side, NEVER_LOW, chain(inner.high, 0 if inclusive else -1))
    return None


def _inside_of(ref: str) -> tuple[Link, Link]:
    """From the first day of event ``ref`` to its last (one day, for a one-day event)."""
    return (Link(ref, "start", 0, NEVER_HIGH), Link(ref, "end", NEVER_LOW, 0))


def _within_event(expression: Expression) -> tuple[Link, ...] | None:
    """A part of another event: "the end of {war}", "the 100th day of {x}", "early in {x}".

    The nth unit of an event counts from its first day (from its last, counting from the
    end): "the first week of {x}" is its first seven days, "the first month" runs to the day
    before the same date a month on. Of an event that lasts, the result also lies within it.
    A part (early, late, the end) of an event that lasts depends on how long it lasts, which
    a difference of days cannot say: it is some day within the event, honestly wide. Of a
    one-day event both are that day, or counted from it.
    """
    if isinstance(expression, PartOf) and type(expression.base) is EventRef:
        return _inside_of(expression.base.id)
    if not (
        isinstance(expression, NthInUnit)
        and type(expression.unit) is EventRef
        and type(expression.pattern) is UnitPattern
    ):
        return None
    ref, count = expression.unit.id, expression.count
    before, through = (
        amount_of(expression.pattern.unit, count - 1),
        amount_of(expression.pattern.unit, count),
    )
    if before is None or through is None:
        return None  # seasons have no fixed length: evaluated instead
    if not expression.from_end:
        counted = Link(ref, "start", _shift(before), chain(_shift(through), -1))
        return (counted, Link(ref, "end", NEVER_LOW, 0, inside=True))
    counted = Link(ref, "end", chain(_shift(-through), 1), _shift(-before))
    return (counted, Link(ref, "start", 0, NEVER_HIGH, inside=True))


def _first_or_last_day(expression: NthInUnit) -> bool:
    """Whether it is the first (or last) day of another event, which is its start (or end)."""
    return (
        expression.count == 1
        and type(expression.unit) is EventRef
        and expression.pattern == UnitPattern(Precision.DAY)
    )


def _ref_id(expression: Expression) -> str:
    assert isinstance(expression, EventRef)
    return expression.id


def _either(expression: Either, ctx: Context) -> Link | None:
    """The hull of two day-offset links to one end of x ("two or three days after {x}")."""
    first, second = _single(expression.first, ctx), _single(expression.second, ctx)
    if first is None or second is None or (first.ref, first.side) != (second.ref, second.side):
        return None
    lows, highs = (first.low, second.low), (first.high, second.high)
    if not all(type(step) is int for step in (*lows, *highs)):
        return None  # month shifts: evaluated instead
    return Link(first.ref, first.side, min(lows), max(highs))  # type: ignore[type-var]


def _point(expression: Expression, side: Side = "start") -> Link:
    assert isinstance(expression, EventRef)
    return Link(expression.id, side, 0, 0)


def _length_steps(amount: Duration, ctx: Context) -> tuple[Step, Step]:
    """From a stretch's first day to its last, when it lasts ``amount``.

    Both days count, as a tenure's length does: a three-day meeting from Monday ends on
    Wednesday, and "a year" from 8 October ends on 7 October.
    """
    if amount.is_negative:
        msg = f"a stretch of time lasts no negative length ({amount})"
        raise ResolutionError(msg)
    low, high = _amount_steps(amount, ctx)
    return chain(low, -1), chain(high, -1)


def _amount_steps(amount: Duration, ctx: Context) -> tuple[Step, Step]:
    """The low and high steps of "``amount`` after", as ``Duration.span_from`` reads it."""
    if amount.qualifier in (Qualifier.ABOUT, Qualifier.NEARLY):
        shorter, longer = amount._stretched(ctx.about)  # noqa: SLF001 - one family
        far = longer if amount.qualifier is Qualifier.ABOUT else amount
        first, last = _shift(shorter), _shift(far)
        return (first, last) if not amount.is_negative else (last, first)
    exact = _shift(amount)
    if amount.qualifier is Qualifier.EXACT:
        return exact, exact
    backwards = amount.is_negative
    if amount.qualifier is Qualifier.AT_LEAST:
        return (NEVER_LOW, exact) if backwards else (exact, NEVER_HIGH)
    return (exact, 0) if backwards else (0, exact)


def _shift(amount: Duration) -> Step:
    months = 12 * amount.years + amount.months
    days = 7 * amount.weeks + amount.days
    return days if months == 0 else CalendarShift(months=months, days=days)


def _only_low(expression: Expression, ctx: Context) -> tuple[Link, ...]:
    return tuple(
        link._replace(high=NEVER_HIGH) for link in _links(expression, ctx) if link.low != NEVER_LOW
    )


def _only_high(expression: Expression, ctx: Context) -> tuple[Link, ...]:
    return tuple(
        link._replace(low=NEVER_LOW) for link in _links(expression, ctx) if link.high != NEVER_HIGH
    )


@attrs.frozen(slots=True, eq=False)
class _Evaluated(Map):
    """A bound of an expression evaluated with the other event put on one exact day."""

    expression: Expression
    ref: str
    ctx: Context
    upper: bool

    def apply(self, day: int) -> int:
        """The expression's earliest (or latest) day with the other event on ``day``."""
        events = dict(self.ctx.events)
        try:
            events[self.ref] = FuzzyDate(day, day)
            ctx = attrs.evolve(self.ctx, events=events)
            value = self.expression.evaluate(ctx)
            date = date_of(value, self.expression.phrase(), side="end" if self.upper else "start")
        except TimelineError:
            # Only days at the edges of the calendar fail (the result leaves it): keep the
            # map monotone by sending them past the edge they are near.
            return cal.MAX_DAY + 1 if day > 0 else cal.MIN_DAY - 1
        return date.latest_day if self.upper else date.earliest_day


def _counted_side(expression: Expression) -> Side | None:
    """The end of the other event an expression counts from: after it, its last day.

    "The week after {war}" is the week after the war ended, "the month before {war}" the month
    before it began: the first node that says a direction decides; with none, the first day.
    Counted from a part of the event ("two weeks after the end of {war}") it is ``None``: the
    part lies somewhere within the event, so the earliest counts from its first day and the
    latest from its last.
    """
    node, side = expression, None
    while True:
        if isinstance(node, PartOf):
            return None
        if side is None and isinstance(node, Named) and node.anchor is not None:
            side = "end" if node.selector in (Selector.AFTER, Selector.NEXT) else "start"
        if side is None and isinstance(node, CurrentUnit) and node.anchor is not None:
            side = "end" if node.offset > 0 else "start" if node.offset < 0 else None
        if side is None and isinstance(node, Shift):
            side = "start" if node.amount.is_negative else "end"
        children = node.children()
        if len(children) != 1:
            return side or "start"
        node = children[0]


def _evaluated(expression: Expression, ref: str, ctx: Context) -> tuple[Link, ...]:
    low = _Evaluated(expression, ref, ctx, upper=False)
    high = _Evaluated(expression, ref, ctx, upper=True)
    side = _counted_side(expression)
    if side is None:
        return (Link(ref, "start", low, NEVER_HIGH), Link(ref, "end", NEVER_LOW, high))
    return (Link(ref, side, low, high),)
