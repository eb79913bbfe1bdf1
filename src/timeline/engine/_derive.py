"""Tenures derived from a resolved timeline: openings paired with closings in resolved order."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

import attrs

from timeline import _calendar as cal
from timeline._period import UNKNOWN, End, Ongoing, Period
from timeline.engine._maps import DayShift
from timeline.engine._network import Network, Relation
from timeline.engine._tenures import Tenure, Tenures, _check_count, _check_names, _policy
from timeline.errors import UnknownOfficeError

if TYPE_CHECKING:
    from collections.abc import Mapping

    from timeline._events import Event
    from timeline._fuzzy import FuzzyDate
    from timeline.engine._timeline import ResolvedTimeline


__all__ = ["derive_tenures"]


@attrs.frozen(slots=True)
class _Mark:
    """An opening or closing event of one person and office, with the day it resolved to."""

    event: Event
    person: str
    office: str
    day: FuzzyDate
    opens: bool

    @property
    def key(self) -> tuple[int, int]:
        return self.day.earliest_day, self.day.latest_day


@attrs.frozen(slots=True)
class _Draft:
    """The events of one tenure: its openings (a reappointment continues it) and closing."""

    openings: tuple[_Mark, ...]
    closing: _Mark | None


def _pair(marks: list[_Mark]) -> list[_Draft]:
    """Openings and closings of one person and office, in resolved order, paired into tenures.

    Each closing closes the tenure open when it comes; an opening while in office continues
    it. Resolved bounds respect every order the evidence entails (an event the network puts
    after another has a later earliest day, or the same earliest and a later latest), so
    sorting by them never puts a closing before an opening the evidence puts after it.
    Events with the same bounds come in the order that fits: closings first while in
    office, openings first out of it.
    """
    drafts: list[_Draft] = []
    current: list[_Mark] = []
    ordered = sorted(marks, key=lambda m: (m.key, m.event.id))
    for _, group in itertools.groupby(ordered, key=lambda m: m.key):
        tied = list(group)
        openings = [m for m in tied if m.opens]
        closings = [m for m in tied if not m.opens]
        while openings or closings:
            if closings and (current or not openings):
                closing = closings.pop(0)
                drafts.append(_Draft(tuple(current), closing))
                current = []
            else:
                current.append(openings.pop(0))
    if current:
        drafts.append(_Draft(tuple(current), None))
    return drafts


def derive_tenures(
    resolved: ResolvedTimeline,
    *,
    holders: Mapping[str, int | None] | None = None,
    default_holders: int | None = 1,
) -> Tenures:
    """Tenures from opening and closing events of a resolved timeline.

    An opening event (an appointment) starts a tenure for its (person, office); another
    opening while the tenure runs (a reappointment) continues it. A closing event (a
    resignation, a dismissal) of the same person and office ends the tenure open when it
    comes, in resolved order; a closing with no tenure open ends one whose start is unknown.
    Failing a closing, in an office with one holder at a time (``holders``, default
    ``default_holders``), the next holder's start ends it; failing that it is ongoing as of
    the latest date any of the timeline's documents was written or published.

    ``holders`` counts are ``None`` (any number) or a whole number of 1 or more, for offices
    the timeline names. An office the timeline declares (``Timeline.offices``) that no event
    names but one nearly does ("Senat" beside "Senate") is an ``UnknownOfficeError``.
    """
    offices = _policy(holders)
    _check_count(default_holders, office=None)
    marks: dict[tuple[str, str], list[_Mark]] = {}
    declared = set(resolved.timeline.offices)
    named: set[str] = set()
    for event in resolved.timeline.events:
        person = getattr(event, "person", None)
        office = getattr(event, "office", None)
        if isinstance(office, str):
            named.add(office)
        if not isinstance(person, str) or not isinstance(office, str):
            continue
        if event.opens_tenure or event.closes_tenure:
            day = resolved.bounds(event.id)[0]
            marks.setdefault((person, office), []).append(
                _Mark(event, person, office, day, opens=event.opens_tenure)
            )
    _check_names({o: c for o, c in offices.items() if o not in declared}, named | declared)
    _check_declared(declared, named)
    by_office: dict[str, list[_Draft]] = {}
    for (_, office), found in sorted(marks.items()):
        by_office.setdefault(office, []).extend(_pair(found))
    ending = _Ending(resolved, _latest_document(resolved))
    tenures: list[Tenure] = []
    for office, drafts in by_office.items():
        single = offices.get(office, default_holders) == 1
        tenures.extend(ending.office(drafts, single=single))
    tenures.sort(key=lambda t: (t.start_days, t.end_days, t.office, t.person, t.began or ""))
    return Tenures(tenures, holders_per_office=offices, default_holders=default_holders)


def _check_declared(declared: set[str], named: set[str]) -> None:
    """Refuse an office the timeline declares that no event names but one nearly does.

    A timeline may declare offices its events do not name (a policy shared by several), but
    "Senat" beside events in the "Senate" is a misspelling, which would silently leave the
    Senate at the default of one holder at a time.
    """
    import difflib

    for office in sorted(declared - named):
        if difflib.get_close_matches(office, sorted(named), n=1, cutoff=0.8):
            raise UnknownOfficeError(office, known=sorted(named), where="offices: ")


class _Ending:
    """What ends each tenure of an office: a closing, a successor, or nothing yet (ongoing)."""

    def __init__(self, resolved: ResolvedTimeline, as_of: FuzzyDate | None) -> None:
        self.as_of = as_of
        self.same_day = _SameDay(resolved)

    def office(self, drafts: list[_Draft], *, single: bool) -> list[Tenure]:
        closed = [d for d in drafts if d.closing is not None]
        # Every opening of a running tenure, and the first of each closed one, in order.
        marks = [(m, True) for d in drafts if d.closing is None for m in d.openings]
        marks += [(d.openings[0], False) for d in closed if d.openings]
        marks.sort(key=lambda pair: (pair[0].key, pair[0].person, pair[0].event.id))
        tenures: list[Tenure] = []
        starts: list[_Mark] = []
        active: dict[str, list[_Mark]] = {}
        for mark, running in marks:
            if running and mark.person in active:
                active[mark.person].append(mark)  # a reappointment continues the tenure
                continue
            starts.append(mark)
            if single:
                # The next holder's start ends a tenure that no closing ends.
                for person, openings in list(active.items()):
                    if person != mark.person:
                        tenures.append(self.succeeded(openings, mark))
                        del active[person]
            if running:
                active[mark.person] = [mark]
        tenures.extend(self.ongoing(openings) for openings in active.values())
        by_day: dict[tuple[int, int], list[_Mark]] = {}
        for start in starts:
            by_day.setdefault(start.key, []).append(start)
        tenures.extend(self.closed(draft, by_day) for draft in closed)
        return tenures

    def succeeded(self, openings: list[_Mark], successor: _Mark) -> Tenure:
        start = openings[0].day
        lo = max(successor.day.earliest_day, start.earliest_day)
        end = successor.day.narrowed(lo, successor.day.latest_day)
        name = successor.event.id
        return _made(openings, end, name, f"succeeded by {successor.person}", handover_to=name)

    def ongoing(self, openings: list[_Mark]) -> Tenure:
        start = openings[0].day
        if self.as_of is not None and self.as_of.latest_day >= start.earliest_day:
            return _made(openings, Ongoing(self.as_of), None, "ongoing")
        return _made(openings, UNKNOWN, None, "")

    def closed(self, draft: _Draft, starts: dict[tuple[int, int], list[_Mark]]) -> Tenure:
        closing = draft.closing
        assert closing is not None
        # A successor whose start may be the very day this tenure ends: a handover.
        handover = next(
            (
                s.event.id
                for s in starts.get(closing.key, ())
                if s.person != closing.person and self.same_day(closing.event.id, s.event.id)
            ),
            None,
        )
        if not draft.openings:
            # A departure with no appointment in the timeline: someone held the office
            # until then, from a day nobody gave.
            return Tenure(
                person=closing.person,
                office=closing.office,
                period=Period(UNKNOWN, closing.day),
                ended=closing.event.id,
                how_ended=closing.event.kind,
                evidence=(closing.event.id,),
                handover_to=handover,
            )
        start = draft.openings[0].day
        lo, hi = closing.day.earliest_day, closing.day.latest_day
        end = closing.day.narrowed(max(lo, start.earliest_day), hi)
        return _made(
            list(draft.openings), end, closing.event.id, closing.event.kind, handover_to=handover
        )


def _made(
    openings: list[_Mark], end: End, ended: str | None, how: str, *, handover_to: str | None = None
) -> Tenure:
    first = openings[0]
    ids = tuple(dict.fromkeys(m.event.id for m in openings))
    return Tenure(
        person=first.person,
        office=first.office,
        period=Period(first.day, end),
        began=first.event.id,
        ended=ended,
        how_ended=how,
        acting=bool(getattr(first.event, "acting", False)),
        evidence=(*ids, *((ended,) if ended else ())),
        handover_to=handover_to,
    )


class _SameDay:
    """Whether the evidence puts two one-day events on the same day, beyond their bounds.

    Bounds alone cannot say so (a departure written ``"{s}"``, some day of a fuzzy week), but
    the relations between the two events can: those that tie one directly to the other, each
    a range of day differences, together allow a difference of zero only. It is asked only
    of a closing and an opening with the same bounds.
    """

    def __init__(self, resolved: ResolvedTimeline) -> None:
        # One family with ResolvedTimeline: the network it resolved with is private to it.
        self.network: Network | None = resolved._network  # noqa: SLF001
        self.variables: dict[str, tuple[int, int]] = resolved._variables  # noqa: SLF001
        self.between: dict[tuple[int, int], list[Relation]] | None = None

    def __call__(self, first: str, second: str) -> bool:
        net = self.network
        if net is None or first not in self.variables or second not in self.variables:
            return False
        x, y = self.variables[first][0], self.variables[second][0]
        if net.lo[x] == net.hi[x] == net.lo[y] == net.hi[y]:
            return True
        if self.between is None:
            self.between = {}
            for index in range(net.size):
                constraint = net.constraint(index)
                if isinstance(constraint, Relation):
                    pair = (constraint.x, constraint.y)
                    self.between.setdefault(pair, []).append(constraint)
        # y - x lies in [least, most] for every relation that ties them with day shifts.
        least, most = -cal.MAX_DAY, cal.MAX_DAY
        for relation, sign in [
            *((r, 1) for r in self.between.get((x, y), ())),
            *((r, -1) for r in self.between.get((y, x), ())),
        ]:
            low, high = relation.low, relation.high
            if isinstance(low, DayShift) and isinstance(high, DayShift):
                shifts = sorted((sign * low.days, sign * high.days))
                least, most = max(least, shifts[0]), min(most, shifts[1])
        return least == most == 0


def _latest_document(resolved: ResolvedTimeline) -> FuzzyDate | None:
    latest: FuzzyDate | None = None
    for event in resolved.timeline.events:
        if event.source is None:
            continue
        for date in (event.source.written, event.source.published):
            if date is not None and (latest is None or date.latest_day > latest.latest_day):
                latest = date
    return latest
