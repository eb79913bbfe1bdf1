"""Resolving a timeline: evidence compiled into a constraint network, propagated, read back."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

import attrs

from timeline import _calendar as cal
from timeline._context import Context
from timeline._english import with_article
from timeline._events import Event, Evidence, Resignation
from timeline._expressions import After, Anniversary, Before, EventRef, Expression, Shift
from timeline._fuzzy import FuzzyDate
from timeline._period import OPEN, UNKNOWN, Ongoing, Period
from timeline.engine._compile import (
    NEVER_HIGH,
    NEVER_LOW,
    Bounds,
    bounds_of_value,
    compile_expression,
)
from timeline.engine._explain import Reason, Record, describe_conflict
from timeline.engine._network import Network
from timeline.errors import (
    ContradictionError,
    ParseError,
    ResolutionError,
    TimelineError,
    UnknownEventError,
)
from timeline.parsing import parse_with_ids
from timeline.parsing._tense import in_tense, tense_in_passage

if TYPE_CHECKING:
    from timeline.engine._maps import Map

from timeline.engine._timeline import ResolvedTimeline, Timeline, _date

__all__ = ["Resolver"]

#: Kinds whose events may last longer than a day; the others happen on one day.
_SPAN_KINDS = frozenset({"event", "meeting"})


@attrs.define
class _Build:
    """The network of one attempt, with what is needed to read its results."""

    disabled: set[int]
    net: Network = attrs.Factory(Network)
    reasons: list[Reason | Record] = attrs.Factory(list)
    variables: dict[str, tuple[int, int]] = attrs.Factory(dict)
    spans: set[str] = attrs.Factory(set)  # the events that are stretches of time
    ongoing: dict[str, FuzzyDate | None] = attrs.Factory(dict)
    precisions: dict[tuple[str, str], FuzzyDate] = attrs.Factory(dict)
    announced: dict[str, int] = attrs.Factory(dict)  # a resignation's announcement variable

    def bound(self, variable: int, lo: int, hi: int, reason: Reason | Record) -> None:
        """Add a bound (or, if set aside, a bound that never binds, keeping indices aligned)."""
        if self.disabled and self.net.size in self.disabled:
            lo, hi = cal.MIN_DAY, cal.MAX_DAY
        self.net.bound(variable, lo, hi)
        self.reasons.append(reason)

    def relate(
        self,
        x: int,
        y: int,
        low: Map | int,
        high: Map | int,
        reason: Reason | Record,
    ) -> None:
        """Add a relation (or, if set aside, one that never binds)."""
        if self.disabled and self.net.size in self.disabled:
            low, high = NEVER_LOW, NEVER_HIGH
        self.net.relate(x, y, low, high)
        self.reasons.append(reason)


_ORDER_SPAN = "a stretch of time ends no earlier than it starts"
_ORDER_ANNOUNCED = "a resignation is announced no later than it takes effect"


class Resolver:
    """One resolution: compiles the evidence, builds the network, propagates, packs results."""

    def __init__(self, timeline: Timeline, *, strict: bool, options: dict[str, Any]) -> None:
        self.timeline = timeline
        self.strict = strict
        self.options = options
        self.contexts: dict[object, Context] = {}
        self.parsed: dict[str, Expression] = {}
        self.compiled: dict[str, list[tuple[Evidence, str, Bounds]]] = {}
        self.spanning: set[str] = set()  # events whose evidence makes them stretches of time
        self.openings: dict[tuple[str, str], list[str]] | None = None

    def run(self) -> ResolvedTimeline:
        for event in self.timeline.events:
            pieces = [(piece, "when", self._compile(event, piece)) for piece in event.evidence]
            if isinstance(event, Resignation) and event.announced is not None:
                announced = event.announced
                extra = announced if isinstance(announced, tuple) else (announced,)
                pieces += [(piece, "announced", self._compile(event, piece)) for piece in extra]
            self.compiled[event.id] = pieces
            lengths = [_text(piece) for piece, role, b in pieces if role == "when" and b.length]
            if lengths and len(lengths) == len(event.evidence):
                msg = (
                    f"event {event.id!r}: {lengths[0]!r} is a length of time, not a date; say "
                    f"what it counts from, as in '{lengths[0]} after {{x}}'"
                )
                raise ResolutionError(msg)
            if event.kind in _SPAN_KINDS and any(
                _is_span(bounds) for _, role, bounds in pieces if role == "when"
            ):
                self.spanning.add(event.id)
        disabled: set[int] = set()
        conflicts: list[ContradictionError] = []
        while True:
            build = self._build(disabled)
            conflict = build.net.propagate()
            if conflict is None:
                build.net.unbind_the_calendar_edges()
                break
            conflict = build.net.shortest(conflict)
            # Without strict, the latest evidence of the chain (the one that broke what came
            # before it) is set aside and resolution tries again; rules of the engine itself
            # are never set aside.
            evidence = [
                i for i in conflict.constraints if Reason.of(build.reasons[i]).role != "order"
            ]
            dropped = max(evidence or conflict.constraints)
            error = ContradictionError(
                describe_conflict(conflict, build.net, build.reasons, build.variables),
                chain=tuple(Reason.of(build.reasons[i]) for i in conflict.constraints),
                set_aside=None if self.strict else Reason.of(build.reasons[dropped]),
            )
            if self.strict:
                raise error
            conflicts.append(error)
            disabled.add(dropped)
        return ResolvedTimeline(
            timeline=self.timeline,
            dates=self._dates(build),
            conflicts=tuple(conflicts),
            network=build.net,
            variables=build.variables,
            reasons=build.reasons,
            announced=build.announced,
        )

    def _dates(self, build: _Build) -> dict[str, FuzzyDate | Period]:
        net = build.net
        dates: dict[str, FuzzyDate | Period] = {}
        for event in self.timeline.events:
            start, end = build.variables[event.id]
            first = _date(net, start, build.precisions.get((event.id, "start")))
            if event.id not in build.spans:
                dates[event.id] = first
            elif net.hi[end] == cal.MAX_DAY and event.id in build.ongoing:
                as_of = build.ongoing[event.id]
                dates[event.id] = Period(first, Ongoing(as_of) if as_of is not None else OPEN)
            elif net.hi[end] == cal.MAX_DAY and (event.id, "end") not in build.precisions:
                dates[event.id] = Period(first, UNKNOWN)
            else:
                last = _date(net, end, build.precisions.get((event.id, "end")))
                dates[event.id] = Period(first, last)
        return dates

    # --- building the network -------------------------------------------------------------

    def _build(self, disabled: set[int]) -> _Build:
        build = _Build(disabled, spans=self.spanning)
        net = build.net
        events = self.timeline.events
        spanning = self.spanning
        variable = iter(net.variables(len(events) + len(spanning)))
        for event in events:
            start = next(variable)
            build.variables[event.id] = (start, next(variable) if event.id in spanning else start)
        for event in self.timeline.events:
            start, end = build.variables[event.id]
            if start != end:
                build.relate(start, end, 0, NEVER_HIGH, Reason(event.id, _ORDER_SPAN, "order"))
            announced: int | None = None
            for piece, role, bounds in self.compiled[event.id]:
                targets = (start, end)
                if role == "announced":
                    if announced is None:
                        announced = build.announced[event.id] = net.variable()
                        order = Reason(event.id, _ORDER_ANNOUNCED, "order")
                        build.relate(announced, start, 0, NEVER_HIGH, order)
                    targets = (announced, announced)
                reason = (event.id, piece, role, _quote(event))
                self._apply(build, bounds, targets, event, reason)
                if role == "when" and (
                    bounds.start or bounds.end or bounds.ongoing or bounds.open_end
                ):
                    self._note(build, event, bounds, piece)
        return build

    def _apply(
        self,
        build: _Build,
        bounds: Bounds,
        targets: tuple[int, int],
        event: Event,
        reason: Record,
    ) -> None:
        start, end = targets
        point = start == end
        if bounds.length is not None:
            if point:
                what = Reason.of(reason).text
                msg = (
                    f"event {event.id!r}: {what!r} is how long something lasts, and "
                    f"{with_article(event.kind)} is one day; say what it counts from, as in "
                    f"'{what} after {{x}}'"
                )
                raise ResolutionError(msg)
            build.relate(start, end, *bounds.length, reason)
        if point and bounds.period and bounds.end is not None and bounds.start != bounds.end:
            # A day within a stretch ("within the next week", "between May and July"): some
            # day from its first to its last, not both.
            first = bounds.start[0] if bounds.start is not None else cal.MIN_DAY
            build.bound(start, first, bounds.end[1], reason)
        else:
            if bounds.start is not None:
                build.bound(start, *bounds.start, reason)
            if bounds.end is not None and (not point or bounds.end != bounds.start):
                build.bound(end, *bounds.end, reason)
        if bounds.ongoing is not None and end != start:
            build.bound(end, bounds.ongoing.earliest_day, cal.MAX_DAY, reason)
        for link in bounds.links:
            if link.ref not in build.variables:
                where = f"event {event.id!r} ({Reason.of(reason).text!r})"
                raise UnknownEventError(link.ref, known=list(build.variables), where=where)
            ref_start, ref_end = build.variables[link.ref]
            if link.inside and ref_start == ref_end:
                continue  # only of an event that lasts: a day is counted from instead
            x = ref_start if link.side == "start" else ref_end
            if link.of is not None and point:
                # One end of a stretch a day lies within: it bounds the day on that side.
                low, high = (link.low, NEVER_HIGH) if link.of == "start" else (NEVER_LOW, link.high)
                build.relate(x, start, low, high, reason)
            elif link.of is not None:
                build.relate(x, start if link.of == "start" else end, link.low, link.high, reason)
            elif point or bounds.ongoing is not None or bounds.open_end:
                # A day, or the start of a stretch that runs on ("since {x}"): the link places
                # that one point, and says nothing of the end.
                build.relate(x, start, link.low, link.high, reason)
            else:
                build.relate(x, start, link.low, NEVER_HIGH, reason)
                build.relate(x, end, NEVER_LOW, link.high, reason)

    def _note(self, build: _Build, event: Event, bounds: Bounds, piece: Evidence) -> None:
        """Remember ongoing ends and the precision evidence was given in."""
        if bounds.ongoing is not None:
            build.ongoing[event.id] = bounds.ongoing
        elif bounds.open_end:
            build.ongoing.setdefault(event.id, None)
        spans = event.id in build.spans
        value = self._value_of(event, piece)
        if isinstance(value, FuzzyDate):
            _narrowest(build.precisions, (event.id, "start"), value)
            if spans:
                _narrowest(build.precisions, (event.id, "end"), value)
        elif isinstance(value, Period):
            if isinstance(value.start, FuzzyDate):
                _narrowest(build.precisions, (event.id, "start"), value.start)
            if isinstance(value.end, FuzzyDate) and spans:
                _narrowest(build.precisions, (event.id, "end"), value.end)

    # --- evidence --------------------------------------------------------------------------

    def _context(self, event: Event) -> Context:
        reference = event.source.reference if event.source is not None else None
        if reference not in self.contexts:
            self.contexts[reference] = Context(reference=reference, **self.options)
        return self.contexts[reference]

    def _expression(self, event: Event, piece: Evidence) -> Expression | None:
        if isinstance(piece, str):
            if piece not in self.parsed:
                try:
                    self.parsed[piece] = parse_with_ids(piece)
                except ParseError as error:
                    msg = f"event {event.id!r}: {error.reason}"
                    raise ParseError(
                        msg, text=error.text, position=error.position, length=error.length
                    ) from None
            found = self.parsed[piece]
        elif isinstance(piece, Expression):
            found = piece
        else:
            return None
        if _counts_from_tenure(found):
            return found.with_tenure_start(self._opening(event, _text(piece)))
        return found

    def _opening(self, event: Event, text: str) -> str:
        """The id of the event that opened the tenure ``event`` is about ("on the job")."""
        person, office = getattr(event, "person", None), getattr(event, "office", None)
        where = f"event {event.id!r}: {text!r} counts from taking office"
        if person is None or office is None:
            msg = (
                f"{where}, but {with_article(event.kind)} has no person and office; name the "
                "event it counts from instead, as in '3 years after {appointment-id}'"
            )
            raise ResolutionError(msg)
        if self.openings is None:
            self.openings = {}
            for other in self.timeline.events:
                if other.opens_tenure:
                    key = (getattr(other, "person", ""), getattr(other, "office", ""))
                    self.openings.setdefault(key, []).append(other.id)
        found = [i for i in self.openings.get((person, office), []) if i != event.id]
        if len(found) == 1:
            return found[0]
        if not found:
            msg = f"{where}, but no event in the timeline opens {person}'s tenure as {office}"
        else:
            msg = (
                f"{where}, but several events open {person}'s tenure as {office} "
                f"({', '.join(found)}); name the one it counts from, as in "
                f"'3 years after {{{found[-1]}}}'"
            )
        raise ResolutionError(msg)

    def _value_of(self, event: Event, piece: Evidence) -> object:
        expression = self._expression(event, piece)
        if expression is None:
            return piece
        if expression.event_ids():
            return None
        try:
            return expression.evaluate(self._piece_context(event, piece, expression))
        except TimelineError:
            return None

    def _piece_context(self, event: Event, piece: Evidence, expression: Expression) -> Context:
        """The event's context, with the bias of the verb beside the phrase in its quote.

        "He will dissolve the house on Oct. 9" as the source's quote makes "on Oct. 9" the
        coming one, as ``extract`` would read it in the text.
        """
        ctx = self._context(event)
        quote = event.source.quote if event.source is not None else ""
        if not (quote and isinstance(piece, str) and ctx.follow_tense) or expression.event_ids():
            return ctx
        return in_tense(expression, ctx, tense_in_passage(piece, quote))

    def _compile(self, event: Event, piece: Evidence) -> Bounds:
        expression = self._expression(event, piece)
        try:
            if expression is None:
                return bounds_of_value(piece, str(piece))
            return compile_expression(expression, self._piece_context(event, piece, expression))
        except UnknownEventError:
            raise
        except ResolutionError as error:
            if self._context(event).reference is None and "needs a reference" in str(error):
                # The fix in a timeline is the event's source, not a reference argument.
                error = ResolutionError(
                    "counts from the day its document was written: give the event a "
                    "source=Source(written=...)"
                )
            msg = f"event {event.id!r}: {_text(piece)!r}: {error}"
            raise ResolutionError(msg) from None


def _counts_from_tenure(expression: Expression) -> bool:
    """Whether evidence counts from taking office; at once for the common "N days after {x}"."""
    found = expression
    while type(found) in _ANCHORED:
        found = found.anchor  # type: ignore[attr-defined]
    if type(found) is EventRef:
        return False
    return expression.counts_from_tenure()


#: Expressions with one anchor and nothing else that could count from taking office.
_ANCHORED: Final = (Shift, After, Before, Anniversary)


def _is_span(bounds: Bounds) -> bool:
    return (
        bounds.period or bounds.start != bounds.end or bounds.ongoing is not None or bounds.open_end
    )


def _narrowest(
    precisions: dict[tuple[str, str], FuzzyDate], key: tuple[str, str], value: FuzzyDate
) -> None:
    known = precisions.get(key)
    if known is None or value.days < known.days:
        precisions[key] = value


def _text(piece: Evidence) -> str:
    if isinstance(piece, FuzzyDate | Period):
        return piece.edtf() if not isinstance(piece, FuzzyDate) else str(piece)
    if isinstance(piece, Expression):
        return piece.phrase()
    return str(piece)


def _quote(event: Event) -> str:
    return event.source.quote if event.source is not None else ""
