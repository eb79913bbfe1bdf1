"""Timeline (a collection of events) and ResolvedTimeline (their dates, with reasons)."""

from __future__ import annotations

import contextlib
import difflib
import gc
from typing import TYPE_CHECKING, Any, Final

import attrs

from timeline import _calendar as cal
from timeline._context import Context
from timeline._english import with_article
from timeline._events import Era, Event, Evidence, Resignation
from timeline._expressions import After, Anniversary, Before, EventRef, Expression, Shift
from timeline._fuzzy import FuzzyDate
from timeline._period import OPEN, UNKNOWN, Ongoing, Period
from timeline._precision import Precision, unit_of
from timeline.engine._compile import (
    NEVER_HIGH,
    NEVER_LOW,
    Bounds,
    bounds_of_value,
    compile_expression,
)
from timeline.engine._explain import Explanation, Reason, Record, describe_conflict, explanation
from timeline.engine._network import Network
from timeline.engine._tenures import _check_count
from timeline.errors import (
    ContradictionError,
    DuplicateIdError,
    ParseError,
    ResolutionError,
    TimelineError,
    UnknownEventError,
)
from timeline.parsing import parse_with_ids
from timeline.parsing._tense import in_tense, tense_in_passage

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

    from timeline.engine._maps import Map
    from timeline.engine._tenures import Tenures

__all__ = ["ResolvedTimeline", "Timeline"]

#: Kinds whose events may last longer than a day; the others happen on one day.
_SPAN_KINDS = frozenset({"event", "meeting"})


def _events(value: Iterable[Event]) -> tuple[Event, ...]:
    events = tuple(value)
    for event in events:
        if not isinstance(event, Event):
            msg = f"Timeline: expected Event records, got {event!r}"
            raise TypeError(msg)
    return events


def _offices(value: Mapping[str, int | None]) -> dict[str, int | None]:
    """The holders per office, checked when the timeline is built, not when tenures are."""
    offices = dict(value)
    for office, count in offices.items():
        _check_count(count, office=office)
    return offices


def _eras(value: Iterable[Era]) -> tuple[Era, ...]:
    return tuple(value)


@attrs.frozen(slots=True)
class Timeline:
    """An immutable collection of events with unique ids.

    >>> from timeline import Event
    >>> line = Timeline([Event(id="a", when="2001-09-11"), Event(id="b", when="3 days after {a}")])
    >>> len(line), line["b"].when
    (2, '3 days after {a}')
    >>> line.resolve()["b"]
    FuzzyDate.day(2001, 9, 14)
    """

    events: tuple[Event, ...] = attrs.field(converter=_events)
    #: How many people hold each office at a time (``None``: any number); offices not listed
    #: have one holder at a time, so the next holder's start ends a tenure.
    offices: dict[str, int | None] = attrs.field(factory=dict, converter=_offices, hash=False)
    eras: tuple[Era, ...] = attrs.field(default=(), converter=_eras)
    _by_id: dict[str, Event] = attrs.field(init=False, eq=False, repr=False, hash=False)

    def __attrs_post_init__(self) -> None:
        by_id: dict[str, Event] = {}
        for event in self.events:
            if event.id in by_id:
                first = by_id[event.id]
                detail = f": {_label(first)} and {_label(event)}"
                raise DuplicateIdError(event.id, detail)
            by_id[event.id] = event
        object.__setattr__(self, "_by_id", by_id)

    def __len__(self) -> int:
        return len(self.events)

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events)

    def __contains__(self, event_id: object) -> bool:
        return event_id in self._by_id

    def __getitem__(self, event_id: str) -> Event:
        try:
            return self._by_id[event_id]
        except KeyError:
            raise UnknownEventError(event_id, known=list(self._by_id)) from None

    def add(self, event: Event) -> Timeline:
        """A new timeline with one more event.

        >>> from timeline import Event
        >>> len(Timeline([]).add(Event(id="a", when="2020")))
        1
        """
        return attrs.evolve(self, events=(*self.events, event))

    def filter(
        self,
        *,
        kind: type[Event] | str | None = None,
        actor: str | None = None,
        office: str | None = None,
        tag: str | None = None,
    ) -> Timeline:
        """The events of a kind (class or name), with an actor, an office or a tag.

        A filtered timeline may name events it no longer holds; resolve the whole one.

        >>> from timeline import Appointment, Event
        >>> line = Timeline([Event(id="a", when="2020"), Appointment(id="b", when="2021",
        ...                  person="P", office="O")])
        >>> [e.id for e in line.filter(kind="appointment")]
        ['b']
        """

        def keep(event: Event) -> bool:
            if isinstance(kind, str) and event.kind != kind:
                return False
            if isinstance(kind, type) and not isinstance(event, kind):
                return False
            people = {*event.actors, getattr(event, "person", None)}
            if actor is not None and actor not in people:
                return False
            if office is not None and getattr(event, "office", None) != office:
                return False
            return tag is None or tag in event.tags

        return attrs.evolve(self, events=[e for e in self.events if keep(e)])

    def resolve(self, *, strict: bool = True, **options: Any) -> ResolvedTimeline:  # noqa: ANN401
        """Resolve every event's evidence into the tightest dates it allows.

        ``options`` are ``Context`` conventions (``bias``, ``week_start``, ``region``...);
        relative phrases are read against each event's source (its ``written`` date). With
        ``strict=False`` conflicting evidence is set aside and reported in ``conflicts``
        instead of raising ``ContradictionError``, whose ``chain`` is the fewest pieces of
        evidence that conflict (see docs/design.md for when that search is cut short).
        Python's cyclic garbage collector is paused while this runs (a third faster at
        100,000 events) and restored after.

        >>> from timeline import Event, Source
        >>> src = Source(written="2021-10-18")
        >>> line = Timeline([Event(id="m", when="earlier this month", source=src)])
        >>> line.resolve()["m"]
        FuzzyDate.between('2021-10-01', '2021-10-17')
        """
        _check_options(options)
        with _collector_paused():
            return _Resolver(self, strict=strict, options=options).run()


#: Context fields a timeline sets for each event itself.
_PER_EVENT: Final = frozenset({"reference", "events", "previous", "narrative"})


def _check_options(options: dict[str, Any]) -> None:
    """Refuse an option ``Context`` does not have, or one each event sets for itself."""
    known = sorted(field.name for field in attrs.fields(Context) if field.name not in _PER_EVENT)
    for name in options:
        if name == "reference":
            msg = (
                "reference=... is each event's own: give the events a "
                "source=Source(written=...), the day their document was written"
            )
            raise ResolutionError(msg)
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            msg = f"Timeline.resolve has no option {name!r}{hint}; it takes {', '.join(known)}"
            raise ResolutionError(msg)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while resolving, and restore it after.

    Resolution allocates a few records per constraint, none of them in reference cycles; with
    the collector on, each automatic full collection walks every object in the process again
    (at 100,000 events about a third of the time). Garbage left in cycles, if any, is
    collected as usual once the collector is back on. A collector that was off stays off.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _label(event: Event) -> str:
    summary = f" ({event.summary})" if event.summary else ""
    return f"{with_article(event.kind)}{summary}"


@attrs.frozen(slots=True)
class ResolvedTimeline:
    """Every event's resolved date, with the reasons for each bound.

    Iterating gives the events in resolved order (by earliest, then latest, day).

    >>> from timeline import Event
    >>> done = Timeline([Event(id="a", when="2001"), Event(id="b", when="after {a}")]).resolve()
    >>> done["b"].earliest
    Date(2001, 1, 2)
    >>> print(done.explain("b").earliest[-1].text)
    after {a}
    """

    timeline: Timeline
    dates: dict[str, FuzzyDate | Period] = attrs.field(eq=False, hash=False)
    conflicts: tuple[ContradictionError, ...] = ()
    _network: Network = attrs.field(eq=False, hash=False, repr=False, default=None)
    _variables: dict[str, tuple[int, int]] = attrs.field(
        eq=False, hash=False, repr=False, factory=dict
    )
    _reasons: list[Reason | Record] = attrs.field(eq=False, hash=False, repr=False, factory=list)
    _announced: dict[str, int] = attrs.field(eq=False, hash=False, repr=False, factory=dict)

    def __getitem__(self, event_id: str) -> FuzzyDate | Period:
        try:
            return self.dates[event_id]
        except KeyError:
            raise UnknownEventError(event_id, known=list(self.dates)) from None

    def __iter__(self) -> Iterator[Event]:
        def key(event: Event) -> tuple[int, int]:
            start, end = self._variables[event.id]
            return self._network.lo[start], self._network.hi[end]

        return iter(sorted(self.timeline.events, key=key))

    def __len__(self) -> int:
        return len(self.dates)

    def bounds(self, event_id: str) -> tuple[FuzzyDate, FuzzyDate]:
        """The days the event may start and end on (the same for one-day events).

        >>> from timeline import Event
        >>> Timeline([Event(id="a", when="2001-09")]).resolve().bounds("a")[0]
        FuzzyDate.month(2001, 9)
        """
        value = self[event_id]
        if isinstance(value, FuzzyDate):
            return value, value
        start, end = self._variables[event_id]
        net = self._network
        return FuzzyDate(net.lo[start], net.hi[start]), FuzzyDate(net.lo[end], net.hi[end])

    def announced(self, event_id: str) -> FuzzyDate | None:
        """The days a resignation may have been announced on; ``None`` if none was given.

        An announcement comes no later than the resignation takes effect, and the evidence
        for each bounds the other.

        >>> from timeline import Resignation, Source
        >>> src = Source(written="2021-10-18")
        >>> done = Timeline([Resignation(id="r", when="this week", announced="on Monday",
        ...                              person="Z", office="Envoy", source=src)]).resolve()
        >>> done.announced("r")
        FuzzyDate.day(2021, 10, 18)
        """
        self[event_id]  # an unknown id is an UnknownEventError
        variable = self._announced.get(event_id)
        if variable is None:
            return None
        return _date(self._network, variable, None)

    def explain(self, event_id: str) -> Explanation:
        """Which evidence set each bound of an event's dates, with the text it came from.

        >>> from timeline import Event
        >>> done = Timeline([Event(id="a", when="2001"), Event(id="b", when="after {a}")]).resolve()
        >>> [r.event for r in done.explain("b").earliest]
        ['a', 'b']
        """
        self[event_id]  # an unknown id is an UnknownEventError
        return explanation(event_id, self._network, self._reasons, self._variables)

    def tenures(self, **options: Any) -> Tenures:  # noqa: ANN401
        """The tenures the appointments and departures imply (see ``timeline.engine.tenures``).

        >>> from timeline import Appointment, Resignation
        >>> done = Timeline([
        ...     Appointment(id="in", when="2018-09", person="Z", office="Envoy"),
        ...     Resignation(id="out", when="2021-10-20", person="Z", office="Envoy"),
        ... ]).resolve()
        >>> done.tenures()[0].period.edtf()
        '2018-09/2021-10-20'
        """
        from timeline.engine._derive import derive_tenures

        options.setdefault("holders", self.timeline.offices)
        return derive_tenures(self, **options)


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


class _Resolver:
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


def _date(net: Network, variable: int, given: FuzzyDate | None) -> FuzzyDate:
    """The resolved days of a variable, in the precision the evidence gave when unchanged."""
    lo, hi = net.lo[variable], net.hi[variable]
    if given is not None and (given.earliest_day, given.latest_day) == (lo, hi):
        return given
    precision = Precision.DAY if lo == hi else Precision.NONE
    if given is not None and unit_of(lo, hi, given.precision) is not None:
        precision = given.precision
    return FuzzyDate(lo, hi, precision)


def _text(piece: Evidence) -> str:
    if isinstance(piece, FuzzyDate | Period):
        return piece.edtf() if not isinstance(piece, FuzzyDate) else str(piece)
    if isinstance(piece, Expression):
        return piece.phrase()
    return str(piece)


def _quote(event: Event) -> str:
    return event.source.quote if event.source is not None else ""
