"""Timeline (a collection of events) and ResolvedTimeline (their dates, with reasons)."""

from __future__ import annotations

import contextlib
import difflib
import enum
import gc
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

import attrs

from timeline._context import Context
from timeline._english import with_article
from timeline._events import Era, Event
from timeline._fuzzy import FuzzyDate
from timeline._precision import Precision, unit_of
from timeline.engine._explain import Explanation, Reason, Record, explanation
from timeline.engine._tenures import _check_count
from timeline.errors import (
    ContradictionError,
    DuplicateIdError,
    ResolutionError,
    UnknownEventError,
    ValidationError,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from timeline._period import Period
    from timeline.engine._network import Network
    from timeline.engine._tenures import Tenures

__all__ = ["ResolvedTimeline", "Timeline"]


def _events(value: Iterable[Event]) -> tuple[Event, ...]:
    events = tuple(value)
    for event in events:
        if not isinstance(event, Event):
            msg = f"Timeline: expected Event records, got {event!r}"
            raise TypeError(msg)
    return events


def _offices(value: Mapping[str, int | None]) -> dict[str, int | None]:
    """The holders per office, checked when the timeline is built, not when tenures are."""
    if not isinstance(value, Mapping):
        msg = (
            "Timeline.offices: expected a mapping of each office to how many hold it at a "
            f"time, such as {{'Senate': None, 'Envoy': 1}}; got {value!r}"
        )
        raise ValidationError(msg, field="offices")
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
    #: have one holder at a time, so the next holder's start ends a tenure. A listed office no
    #: event names but one nearly does ("Senat" beside "Senate") is an ``UnknownOfficeError``
    #: when tenures are derived.
    offices: dict[str, int | None] = attrs.field(factory=dict, converter=_offices, hash=False)
    eras: tuple[Era, ...] = attrs.field(default=(), converter=_eras)
    _by_id: dict[str, Event] = attrs.field(init=False, eq=False, repr=False, hash=False)

    def __attrs_post_init__(self) -> None:
        by_id: dict[str, Event] = {}
        position: dict[str, int] = {}
        for index, event in enumerate(self.events, start=1):
            if event.id in by_id:
                first = by_id[event.id]
                detail = (
                    f": #{position[event.id]} ({_label(first)}) and #{index} ({_label(event)}), "
                    "counting the events from 1"
                )
                raise DuplicateIdError(event.id, detail)
            by_id[event.id] = event
            position[event.id] = index
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

        A kind name no kind has is an error, and so is an actor, office or tag that no event
        has where one nearly does (a misspelling would silently leave nothing).
        """
        _check_filter(self.events, kind=kind, actor=actor, office=office, tag=tag)

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
        from timeline.engine._resolver import Resolver  # the resolver imports these values

        with _collector_paused():
            return Resolver(self, strict=strict, options=options).run()


#: Context fields a timeline sets for each event itself.
_PER_EVENT: Final = frozenset({"reference", "events", "previous", "narrative"})


def _check_options(options: dict[str, Any]) -> None:
    """Refuse an option ``Context`` does not have, or one each event sets for itself."""
    known = sorted(field.name for field in attrs.fields(Context) if field.name not in _PER_EVENT)
    for name, value in options.items():
        if name == "reference":
            msg = (
                "reference=... is each event's own: give the events a "
                "source=Source(written=...), the day their document was written"
            )
            raise ResolutionError(msg)
        if name not in known:
            close = difflib.get_close_matches(name, [*known, "strict"], n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            msg = f"Timeline.resolve has no option {name!r}{hint}; it takes {', '.join(known)}"
            raise ResolutionError(msg)
        # A value is checked now, not only once some phrase needs it ("futur").
        try:
            Context(**{name: value})
        except (TypeError, ValueError) as error:
            converter = attrs.fields_dict(Context)[name].converter
            values = (
                f"; one of {', '.join(repr(member.value) for member in converter)}"
                if isinstance(converter, type) and issubclass(converter, enum.Enum)
                else ""
            )
            msg = f"Timeline.resolve: {name}={value!r} is no valid value{values}"
            raise ResolutionError(msg) from error


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


def _check_filter(
    events: Iterable[Event],
    *,
    kind: object,
    actor: str | None,
    office: str | None,
    tag: str | None,
) -> None:
    """Refuse a filter that names no kind, or an actor, office or tag only nearly there."""
    from timeline._io_kinds import BUILT_IN

    events = list(events)
    present = {
        "kind": {*BUILT_IN, *(event.kind for event in events)},
        "actor": {p for e in events for p in (*e.actors, getattr(e, "person", None)) if p},
        "office": {getattr(e, "office", None) for e in events} - {None},
        "tag": {t for e in events for t in e.tags},
    }
    for name, value in (("kind", kind), ("actor", actor), ("office", office), ("tag", tag)):
        if not isinstance(value, str) or value in present[name]:
            continue
        known = sorted(str(item) for item in present[name])
        folded = {item.casefold(): item for item in known}
        close = difflib.get_close_matches(value, known, n=1) or (
            [folded[value.casefold()]] if value.casefold() in folded else []
        )
        if name == "kind" or close:
            hint = f"; did you mean {close[0]!r}?" if close else f" (kinds: {', '.join(known)})"
            msg = f"Timeline.filter: no {name} {value!r} is known here{hint}"
            raise ValidationError(msg, field=name)


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
    dates: dict[str, FuzzyDate | Period] = attrs.field(hash=False)
    conflicts: tuple[ContradictionError, ...] = ()
    _network: Network = attrs.field(eq=False, hash=False, repr=False, default=None)
    _variables: dict[str, tuple[int, int]] = attrs.field(
        eq=False, hash=False, repr=False, factory=dict
    )
    _reasons: list[Reason | Record] = attrs.field(eq=False, hash=False, repr=False, factory=list)
    _announced: dict[str, int] = attrs.field(eq=False, hash=False, repr=False, factory=dict)

    def __contains__(self, event_id: object) -> bool:
        return event_id in self.dates

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
        """The tenures the appointments and departures imply (see ``engine.derive_tenures``).

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


def _date(net: Network, variable: int, given: FuzzyDate | None) -> FuzzyDate:
    """The resolved days of a variable, in the precision the evidence gave when unchanged."""
    lo, hi = net.lo[variable], net.hi[variable]
    if given is not None and (given.earliest_day, given.latest_day) == (lo, hi):
        return given
    precision = Precision.DAY if lo == hi else Precision.NONE
    if given is not None and unit_of(lo, hi, given.precision) is not None:
        precision = given.precision
    return FuzzyDate(lo, hi, precision)
