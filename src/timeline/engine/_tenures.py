"""Tenures: who held which office from when to when, derived from events or records."""

from __future__ import annotations

import bisect
import itertools
from typing import TYPE_CHECKING

import attrs

from timeline import _calendar as cal
from timeline._duration import Duration
from timeline._fuzzy import DateLike, FuzzyDate
from timeline._period import UNKNOWN, End, Ongoing, Open, Period, Start, Unknown
from timeline.engine._maps import DayShift
from timeline.engine._network import Network, Relation
from timeline.errors import FileFormatError, TimelineError, UnknownOfficeError, ValidationError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence

    from timeline._events import Event
    from timeline.engine._timeline import ResolvedTimeline

__all__ = [
    "Holders",
    "Overlap",
    "Tenure",
    "Tenures",
    "Vacancy",
    "derive_tenures",
    "tenures_from_records",
]


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


@attrs.frozen(slots=True)
class Tenure:
    """One person's time in one office, with four fuzzy bounds.

    ``began`` and ``ended`` name the events (or records) that opened and closed it;
    ``how_ended`` says how it ended ("resignation", "succeeded by ...", a record's note).
    ``handover_to`` names the event (or record) that opened the tenure which began on this
    one's last day, when that is known to be the same day even though the day is fuzzy (a
    successor's start that closed it); vacancies and overlaps see no gap between the two.

    >>> t = Tenure(person="Zalmay Khalilzad", office="Envoy",
    ...            period=Period.from_edtf("2018-09/2021-W42"))
    >>> t.length()
    (Duration(years=3, days=19), Duration(years=3, months=1, days=24))

    The shortest runs from 30 September 2018 through 18 October 2021, the longest from
    1 September 2018 through 24 October 2021.
    """

    person: str
    office: str
    period: Period = attrs.field(validator=attrs.validators.instance_of(Period))
    began: str | None = None
    ended: str | None = None
    how_ended: str = ""
    acting: bool = False
    role: str = ""
    evidence: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    handover_to: str | None = None

    @property
    def start_days(self) -> tuple[int, int]:
        """Earliest and latest possible first day (the supported range when unknown)."""
        start = self.period.start
        if isinstance(start, FuzzyDate):
            return start.earliest_day, start.latest_day
        return cal.MIN_DAY, cal.MAX_DAY

    @property
    def end_days(self) -> tuple[int, int]:
        """Earliest and latest possible last day (``MAX_DAY`` when it may still run)."""
        end = self.period.end
        if isinstance(end, FuzzyDate):
            return end.earliest_day, end.latest_day
        if isinstance(end, Ongoing):
            return end.as_of.earliest_day, cal.MAX_DAY
        return self.start_days[0], cal.MAX_DAY

    def length(self) -> tuple[Duration, Duration | None]:
        """The shortest and longest it can have lasted (``None``: no upper limit known).

        Counted in whole calendar years and months, then days, from the first day to the
        day after the last.
        """
        start_lo, start_hi = self.start_days
        end_lo, end_hi = self.end_days
        # The start is never after the last day; an unknown start is bounded by the end alone.
        start_hi = min(start_hi, end_hi)
        if start_hi >= cal.MAX_DAY:
            # Neither side is bounded above: it may have lasted a single day.
            return Duration(days=1), None
        shortest = _between(start_hi, max(end_lo, start_hi))
        if end_hi >= cal.MAX_DAY or start_lo <= cal.MIN_DAY:
            return shortest, None
        return shortest, _between(start_lo, end_hi)


def _between(first: int, last: int) -> Duration:
    """The calendar length from ``first`` to the day after ``last``."""
    after = last + 1
    months = cal.months_between(first, after)
    rest = after - cal.add_months(first, months)
    return Duration(years=months // 12, months=months % 12, days=rest)


@attrs.frozen(slots=True)
class Holders:
    """Who held an office on a date: certainly, and possibly (given fuzzy bounds).

    >>> Holders(certain=(), possible=()).certain
    ()
    """

    certain: tuple[Tenure, ...]
    possible: tuple[Tenure, ...]


@attrs.frozen(slots=True)
class Vacancy:
    """A stretch with no holder between two tenures.

    ``certain`` when some day of it has no possible holder: then every day from the latest
    first day of ``period`` to its earliest last day has none. Otherwise no tenure certainly
    covers any of its days, and the vacancy, if there is one, begins and ends within the
    period's bounds.
    """

    office: str
    period: Period
    before: Tenure
    after: Tenure
    certain: bool


@attrs.frozen(slots=True)
class Overlap:
    """Two tenures of one office that ran at the same time (a shared handover day is none)."""

    office: str
    first: Tenure
    second: Tenure
    certain: bool


def _tenure_tuple(values: Iterable[Tenure]) -> tuple[Tenure, ...]:
    return tuple(values)


def _check_count(count: object, *, office: str | None) -> None:
    """Refuse a holder count that is not None or a whole number of at least 1."""
    if count is None or (isinstance(count, int) and not isinstance(count, bool) and count >= 1):
        return
    digits = isinstance(count, str) and count.strip().isdigit()
    hint = f" (write {str(count).strip()}, not {count!r})" if digits else ""
    where = f"office {office!r} has" if office is not None else "default_holders is"
    msg = (
        f"holders: {where} {count!r}; expected how many people hold it at a time (a whole "
        f"number, 1 or more), or None for any number{hint}"
    )
    raise ValidationError(msg, field="holders", record=office)


def _policy_counts(_instance: object, _attribute: object, value: Mapping[str, int | None]) -> None:
    for office, count in value.items():
        _check_count(count, office=office)


def _default_count(_instance: object, _attribute: object, value: int | None) -> None:
    _check_count(value, office=None)


def _policy(holders: Mapping[str, int | None] | None) -> dict[str, int | None]:
    """The per-office holder counts, checked."""
    offices = dict(holders or {})
    _policy_counts(None, None, offices)
    return offices


def _check_names(policy: Mapping[str, int | None], known: Iterable[str]) -> None:
    """Refuse a policy that names an office nothing else names: a misspelt office, usually."""
    names = set(known)
    unknown = sorted(office for office in policy if office not in names)
    if unknown:
        raise UnknownOfficeError(unknown[0], known=sorted(names), where="holders: ")


# --- the days a tenure may cover ----------------------------------------------------------------


@attrs.frozen(slots=True)
class _Unit:
    """The days a tenure (or a chain of handovers) may cover, each side bounded by the other.

    It covers every day from its start to its last day: possibly ``s_lo..e_hi``, certainly
    ``s_hi..e_lo``. Open sides are beyond the supported range.
    """

    s_lo: int
    s_hi: int
    e_lo: int
    e_hi: int
    first: Tenure
    last: Tenure


def _raw(tenure: Tenure) -> tuple[int, int, int, int]:
    """Bounds of the first and of the last day, each side on its own."""
    points = tenure.period.endpoints()
    return points.start_lo, points.start_hi, points.end_lo - 1, points.end_hi - 1


def _unit(chain: Sequence[Tenure]) -> _Unit:
    """The days a chain of tenures covers, each handing over to the next on one day."""
    s_lo, s_hi, e_lo, e_hi = _raw(chain[0])
    for following in chain[1:]:
        f_lo, f_hi, f_end_lo, f_end_hi = _raw(following)
        # The handover day is both the last day so far and the next one's first day.
        handover_lo, handover_hi = max(e_lo, f_lo, s_lo), min(e_hi, f_hi)
        s_hi = min(s_hi, handover_hi)
        e_lo, e_hi = max(f_end_lo, handover_lo), f_end_hi
    return _Unit(s_lo, min(s_hi, e_hi), max(e_lo, s_lo), e_hi, chain[0], chain[-1])


def _consistent(unit: _Unit) -> bool:
    return unit.s_lo <= unit.s_hi <= unit.e_hi and unit.s_lo <= unit.e_lo <= unit.e_hi


def _span(lo: int, hi: int) -> FuzzyDate:
    """Some day from ``lo`` to ``hi``: a day's precision when they are the same."""
    return FuzzyDate.of(lo) if lo == hi else FuzzyDate(lo, hi)


def _merged(intervals: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Day intervals joined where they overlap or touch, in order."""
    joined: list[tuple[int, int]] = []
    for lo, hi in sorted(intervals):
        if joined and lo <= joined[-1][1] + 1:
            joined[-1] = (joined[-1][0], max(joined[-1][1], hi))
        else:
            joined.append((lo, hi))
    return joined


def _gaps(covered: list[tuple[int, int]], lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """The runs of days from ``lo`` to ``hi`` outside the merged ``covered`` intervals."""
    day = lo
    for first, last in covered:
        if first > day:
            yield day, min(first - 1, hi)
        day = max(day, last + 1)
        if day > hi:
            return
    if day <= hi:
        yield day, hi


def _is_known(day: int) -> bool:
    return cal.MIN_DAY < day < cal.MAX_DAY


@attrs.frozen(slots=True)
class Tenures:
    """An immutable collection of tenures with the queries historians ask of it.

    ``holders_per_office`` says how many people hold an office at a time (``None``: any
    number; ``default_holders`` for offices not listed). Asking about an office that no
    tenure has and the policy does not name is an ``UnknownOfficeError``.

    >>> term = Tenure(person="A", office="O", period=Period.from_edtf("2001/2004"))
    >>> next_term = Tenure(person="B", office="O", period=Period.from_edtf("2005/2008"))
    >>> tenures = Tenures([term, next_term])
    >>> [t.person for t in tenures.holders("O", on="2006-06-01").certain]
    ['B']
    >>> tenures.successors(term)[0].person
    'B'
    """

    items: tuple[Tenure, ...] = attrs.field(converter=_tenure_tuple)
    holders_per_office: Mapping[str, int | None] = attrs.field(
        factory=dict, eq=False, hash=False, validator=_policy_counts
    )
    default_holders: int | None = attrs.field(default=1, validator=_default_count)
    _by_office: dict[str, list[Tenure]] = attrs.field(init=False, eq=False, hash=False, repr=False)
    _starts: dict[str, list[int]] = attrs.field(init=False, eq=False, hash=False, repr=False)

    def __attrs_post_init__(self) -> None:
        by_office: dict[str, list[Tenure]] = {}
        for tenure in self.items:
            by_office.setdefault(tenure.office, []).append(tenure)
        for tenures in by_office.values():
            # Ties broken by name, so that the order of the input does not matter.
            tenures.sort(key=lambda t: (t.start_days, t.end_days, t.person, t.began or ""))
        object.__setattr__(self, "_by_office", by_office)
        object.__setattr__(
            self,
            "_starts",
            {office: [t.start_days[0] for t in ts] for office, ts in by_office.items()},
        )

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Tenure]:
        return iter(self.items)

    def __getitem__(self, index: int) -> Tenure:
        return self.items[index]

    @property
    def offices(self) -> tuple[str, ...]:
        """Every office, in order of name."""
        return tuple(sorted(self._by_office))

    def _office(self, office: str) -> list[Tenure]:
        """The tenures of an office in order of start; an unknown office is an error."""
        found = self._by_office.get(office)
        if found is not None:
            return found
        if office in self.holders_per_office:
            return []
        raise UnknownOfficeError(office, known=[*self._by_office, *self.holders_per_office])

    def of(self, office: str) -> tuple[Tenure, ...]:
        """The tenures of one office, in order of start."""
        return tuple(self._office(office))

    def holders(self, office: str, *, on: FuzzyDate | DateLike) -> Holders:
        """Who certainly and who possibly held ``office`` on a day (or some day of a fuzzy date).

        ``on`` may be partial EDTF text: ``holders(office, on="2004")``.
        """
        day = _as_date(on)
        tenures = self._office(office)
        # Only tenures that may have begun by the date's last day can hold it.
        stop = bisect.bisect_right(self._starts.get(office, []), day.latest_day)
        certain: list[Tenure] = []
        possible: list[Tenure] = []
        for tenure in tenures[:stop]:
            if tenure.period.certainly_covers(day):
                certain.append(tenure)
            elif tenure.period.possibly_covers(day):
                possible.append(tenure)
        return Holders(tuple(certain), tuple(possible))

    def successors(self, tenure: Tenure) -> tuple[Tenure, ...]:
        """The tenures of the same office that began once this one may have ended.

        The holder's own next tenure is left out when it may begin by the day after this
        one's last day (a continuation, not a successor).
        """
        end_lo = tenure.end_days[0]
        last = _unit([tenure]).e_hi
        return tuple(
            other
            for other in self._by_office.get(tenure.office, [])
            if other is not tenure
            and other.start_days[1] >= end_lo
            and other.start_days[0] >= tenure.start_days[0]
            and not (other.person == tenure.person and other.start_days[0] <= last + 1)
        )

    def _links(self, tenures: list[Tenure]) -> dict[int, int]:
        """Handovers known to fall on one day: index of a tenure -> index of the next one."""
        by_began: dict[str, int] = {}
        shared: set[str] = set()
        for index, tenure in enumerate(tenures):
            if tenure.began is not None:
                if tenure.began in by_began:
                    shared.add(tenure.began)  # two tenures began with it: no telling which
                by_began[tenure.began] = index
        links: dict[int, int] = {}
        taken: set[int] = set()
        for index, tenure in enumerate(tenures):
            name = tenure.handover_to
            following = by_began.get(name) if name is not None and name not in shared else None
            if following is None or following == index or following in taken:
                continue
            _, _, end_lo, end_hi = _raw(tenure)
            start_lo, start_hi, _, _ = _raw(tenures[following])
            if max(end_lo, start_lo) <= min(end_hi, start_hi):  # bounds that share a day
                links[index] = following
                taken.add(following)
        return links

    def _units(self, tenures: list[Tenure]) -> list[_Unit]:
        """The office's tenures, each chain of handovers joined into one stretch of days."""
        links = self._links(tenures)
        followed = set(links.values())
        units: list[_Unit] = []
        seen: set[int] = set()
        for first in [*(i for i in range(len(tenures)) if i not in followed), *followed]:
            chain: list[Tenure] = []
            index: int | None = first
            while index is not None and index not in seen:
                seen.add(index)
                chain.append(tenures[index])
                index = links.get(index)
            unit = _unit(chain) if chain else None
            if unit is not None and _consistent(unit):
                units.append(unit)
            else:  # handovers the bounds cannot all meet: each tenure on its own
                units.extend(_unit([tenure]) for tenure in chain)
        return units

    def vacancies(self, office: str) -> tuple[Vacancy, ...]:
        """Stretches between the office's tenures when it may have had no holder.

        A day is certainly vacant when no tenure possibly covers it; possibly vacant when none
        certainly covers it, and every tenure of the office counts, not only the neighbours.
        So ``holders`` and ``vacancies`` agree. Vacancies lie between the first and the last
        day the tenures' dates name (an undated tenure does not stretch them).
        """
        units = self._units(self._office(office))
        known = [day for u in units for day in (u.s_lo, u.s_hi, u.e_lo, u.e_hi) if _is_known(day)]
        if not known:
            return ()
        found: list[Vacancy] = []
        extents: list[tuple[int, int]] = []
        possible = _merged((u.s_lo, u.e_hi) for u in units)
        for (_, last), (first, _) in itertools.pairwise(possible):
            vacancy = _certain_vacancy(office, units, last + 1, first - 1)
            found.append(vacancy)
            extents.append(_days_of(vacancy.period))
        if len(units) < 2:
            return tuple(found)
        held = [(u.s_hi, u.e_lo) for u in units if u.s_hi <= u.e_lo]
        edges = _Edges(units)
        for lo, hi in _gaps(_merged([*held, *extents]), min(known), max(known)):
            maybe = edges.vacancy(office, lo, hi)
            if maybe is not None:
                found.append(maybe)
        return tuple(sorted(found, key=lambda v: _days_of(v.period)))

    def overlaps(self) -> tuple[Overlap, ...]:
        """Tenures that ran at the same time in offices with one holder at a time.

        Two tenures overlap when each began before the other's last day (a shared handover
        day is no overlap); certainly when that holds whatever their true bounds, each side
        bounded by the other. A person's own tenures are listed only when they certainly
        overlap (a duplicated record, say), not for a fuzzy handover between two terms.
        """
        found: list[Overlap] = []
        for office, tenures in sorted(self._by_office.items()):
            if self.holders_per_office.get(office, self.default_holders) != 1:
                continue
            days = [_unit([tenure]) for tenure in tenures]
            links = self._links(tenures)
            for index, first in enumerate(tenures):
                mine = days[index]
                for later in range(index + 1, len(tenures)):
                    other = days[later]
                    if tenures[later].start_days[0] >= mine.e_hi:
                        break  # in order of start: no later one may begin before the last day
                    if not (other.s_lo < mine.e_hi and mine.s_lo < other.e_hi):
                        continue
                    if links.get(index) == later or links.get(later) == index:
                        continue  # a handover on one day, however fuzzy the day
                    certain = other.s_hi < mine.e_lo and mine.s_hi < other.e_lo
                    second = tenures[later]
                    if first.person == second.person and not certain:
                        continue  # one person's consecutive terms
                    found.append(Overlap(office, first, second, certain))
        return tuple(found)


def _days_of(period: Period) -> tuple[int, int]:
    start, end = period.start, period.end
    assert isinstance(start, FuzzyDate)
    assert isinstance(end, FuzzyDate)
    return start.earliest_day, end.latest_day


def _certain_vacancy(office: str, units: list[_Unit], first: int, last: int) -> Vacancy:
    """The vacancy around days ``first..last``, which no tenure possibly covers.

    Every tenure lies wholly before or wholly after them, each independently of the others:
    the vacancy begins the day after the last of those before has ended, and ends the day
    before the first of those after begins.
    """
    before = [u for u in units if u.e_hi < first]
    after = [u for u in units if u.s_lo > last]
    start = _span(1 + max(u.e_lo for u in before), first)
    end = _span(last, min(u.s_hi for u in after) - 1)
    previous = max(before, key=lambda u: (u.e_hi, u.e_lo)).last
    following = min(after, key=lambda u: (u.s_lo, u.s_hi)).first
    return Vacancy(office, Period(start, end), previous, following, certain=True)


class _Edges:
    """Where an office's possible vacancies may begin and end, for any stretch of days.

    A vacancy may begin on a day when one tenure may end the day before and another may begin
    after it; it may end on a day when one may begin the day after and another may have ended
    before it. Each tenure gives a run of such days; a stretch asks for the latest day it may
    begin on and the earliest it may end on, by bisection.
    """

    def __init__(self, units: list[_Unit]) -> None:
        self.units = units
        starts = sorted(u.s_hi for u in units)
        ends = sorted(u.e_lo for u in units)
        begins: list[tuple[int, int, _Unit]] = []
        finishes: list[tuple[int, int, _Unit]] = []
        for u in units:
            # The latest start and the earliest end among the other tenures.
            latest_other = starts[-1] if starts[-1] != u.s_hi else starts[-2]
            earliest_other = ends[0] if ends[0] != u.e_lo else ends[1]
            begins.append((u.e_lo + 1, min(u.e_hi + 1, latest_other - 1), u))
            finishes.append((max(u.s_lo - 1, earliest_other + 1), u.s_hi - 1, u))
        begins = sorted((b for b in begins if b[0] <= b[1]), key=lambda b: b[0])
        finishes = sorted((f for f in finishes if f[0] <= f[1]), key=lambda f: f[1])
        self.begin_los = [b[0] for b in begins]
        self.latest: list[tuple[int, _Unit]] = []  # the latest day among runs so far
        for _, hi, unit in begins:
            if not self.latest or hi >= self.latest[-1][0]:
                self.latest.append((hi, unit))
            else:
                self.latest.append(self.latest[-1])
        self.finish_his = [f[1] for f in finishes]
        self.earliest: list[tuple[int, _Unit]] = []  # the earliest day among runs from here
        for lo, _, unit in reversed(finishes):
            if not self.earliest or lo <= self.earliest[-1][0]:
                self.earliest.append((lo, unit))
            else:
                self.earliest.append(self.earliest[-1])
        self.earliest.reverse()
        self.first_end = min(u.e_hi for u in units)
        self.last_start = max(u.s_lo for u in units)

    def vacancy(self, office: str, lo: int, hi: int) -> Vacancy | None:
        """The possible vacancy within days ``lo..hi``, which no tenure certainly covers."""
        stop = bisect.bisect_right(self.begin_los, hi)
        begin = self.latest[stop - 1] if stop and self.latest[stop - 1][0] >= lo else None
        at = bisect.bisect_left(self.finish_his, lo)
        fits = at < len(self.earliest) and self.earliest[at][0] <= hi
        finish = self.earliest[at] if fits else None
        between = self.first_end < lo and self.last_start > hi
        if begin is None and finish is None and not between:
            return None
        start = _span(lo, min(hi, begin[0]) if begin else lo)
        end = _span(max(lo, finish[0]) if finish else hi, hi)
        if begin is not None:
            previous = begin[1].last
        else:  # only ever between tenures: the last one wholly before
            before = [u for u in self.units if u.e_hi < lo] or self.units
            previous = max(before, key=lambda u: (u.e_hi, u.e_lo)).last
        if finish is not None:
            following = finish[1].first
        else:
            after = [u for u in self.units if u.s_lo > hi] or self.units
            following = min(after, key=lambda u: (u.s_lo, u.s_hi)).first
        return Vacancy(office, Period(start, end), previous, following, certain=False)


# --- deriving tenures from a resolved timeline --------------------------------------------------


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
    the timeline names.
    """
    offices = _policy(holders)
    _check_count(default_holders, office=None)
    marks: dict[tuple[str, str], list[_Mark]] = {}
    named: set[str] = set(resolved.timeline.offices)
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
    _check_names(offices, named)
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


# --- tenures from records -----------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Record:
    """One record read: what a tenure is made of before successors close empty ends."""

    person: str
    office: str
    start: Start
    end: End
    name: str
    how: str = ""
    acting: bool = False
    role: str = ""


def _start_key(start: Start) -> tuple[int, int]:
    if isinstance(start, FuzzyDate):
        return start.earliest_day, start.latest_day
    return cal.MIN_DAY - 1, cal.MIN_DAY - 1  # open: before every day


def _end_key(end: End) -> tuple[int, int]:
    if isinstance(end, FuzzyDate):
        return end.earliest_day, end.latest_day
    if isinstance(end, Ongoing):
        return end.as_of.earliest_day, cal.MAX_DAY
    if isinstance(end, Open):
        return cal.MAX_DAY + 1, cal.MAX_DAY + 1
    return cal.MIN_DAY - 1, cal.MIN_DAY - 1  # unknown: first among records that start alike


def _record_tenures(
    records: Sequence[_Record], offices: Mapping[str, int | None], default_holders: int | None
) -> list[Tenure]:
    """Tenures of records, with empty ends closed by the next record's start where due.

    In an office with one holder at a time, the next record's start closes an empty end.
    Only records with a known (or open) start take part: one with an unknown start has no
    known place among the others. They are ordered by their dates, then by person and name,
    so the order of the records does not matter.
    """
    by_office: dict[str, list[int]] = {}
    for index, record in enumerate(records):
        if not isinstance(record.start, Unknown):
            by_office.setdefault(record.office, []).append(index)
    closed: dict[int, tuple[End, str, str]] = {}
    for office, indices in by_office.items():
        if offices.get(office, default_holders) != 1:
            continue
        indices.sort(
            key=lambda i: (
                _start_key(records[i].start),
                _end_key(records[i].end),
                records[i].person,
                records[i].name,
            )
        )
        for index, after in itertools.pairwise(indices):
            record, following = records[index], records[after]
            if not isinstance(record.end, Unknown) or not isinstance(following.start, FuzzyDate):
                continue
            begins = following.start
            lo = begins.earliest_day
            if isinstance(record.start, FuzzyDate):
                lo = max(lo, record.start.earliest_day)
            how = (
                f"continued in {following.name}"
                if following.person == record.person
                else f"succeeded by {following.person}"
            )
            closed[index] = (begins.narrowed(lo, begins.latest_day), following.name, how)
    tenures: list[Tenure] = []
    for index, record in enumerate(records):
        end, handover, how = record.end, None, record.how
        if index in closed:
            end, handover, successor = closed[index]
            how = how or successor
        tenures.append(
            Tenure(
                person=record.person,
                office=record.office,
                period=Period(record.start, end),
                began=record.name,
                ended=record.name if isinstance(record.end, FuzzyDate) else None,
                how_ended=how,
                acting=record.acting,
                role=record.role,
                evidence=(record.name,),
                handover_to=handover,
            )
        )
    return tenures


def _record_date(value: object, *, record: str, field: str) -> FuzzyDate | None:
    if value is None or value == "":
        return None
    if isinstance(value, FuzzyDate):
        return value
    try:
        return FuzzyDate.from_edtf(str(value).strip())
    except TimelineError as error:
        raise FileFormatError(
            f"expected a date such as 1985-04-12, 1985-04 or 1985: {error}",
            record=record,
            field=field,
        ) from None


def tenures_from_records(
    records: Iterable[Mapping[str, object]],
    *,
    holders: Mapping[str, int | None] | None = None,
    default_holders: int | None = 1,
    strict: bool = True,
) -> tuple[Tenures, tuple[FileFormatError, ...]]:
    """Tenures from rows of ``person``, ``office``, ``start``, ``end`` (partial dates allowed).

    Optional keys: ``id``, ``role``, ``acting``, ``end_note`` / ``how_ended``. An empty start
    or end is unknown. In an office with one holder at a time an empty end is closed by the
    start of the next row (by date; the order of the rows does not matter): "succeeded by"
    its person, or "continued in" it when it is the same person's. A row with an unknown
    start has no known place among the others, so its empty end stays unknown. A row that
    ends before it starts is an error naming the row; with ``strict=False`` such rows are
    left out and returned as the second item. ``holders`` counts are ``None`` (any number) or
    a whole number of 1 or more, for offices the rows name.

    >>> rows = [{"person": "A", "office": "O", "start": "2001-03", "end": ""},
    ...         {"person": "B", "office": "O", "start": "2005", "end": "2008-06-30"}]
    >>> tenures, problems = tenures_from_records(rows)
    >>> tenures.of("O")[0].period.edtf()
    '2001-03/2005'
    """
    offices = _policy(holders)
    _check_count(default_holders, office=None)
    problems: list[FileFormatError] = []
    read: list[_Record] = []
    named: set[str] = set()
    for number, record in enumerate(records, start=1):
        name = str(record.get("id") or f"row {number}")
        try:
            person = str(record["person"]).strip()
            office = str(record["office"]).strip()
        except KeyError as missing:
            raise FileFormatError(f"missing column {missing.args[0]!r}", record=name) from None
        named.add(office)
        start = _record_date(record.get("start"), record=name, field="start")
        end = _record_date(record.get("end"), record=name, field="end")
        if start is not None and end is not None and end.latest_day < start.earliest_day:
            problem = FileFormatError(
                f"ends ({end}) before it starts ({start})", record=name, field="end"
            )
            if strict:
                raise problem
            problems.append(problem)
            continue
        read.append(
            _Record(
                person,
                office,
                UNKNOWN if start is None else start,
                UNKNOWN if end is None else end,
                name,
                how=str(record.get("how_ended") or record.get("end_note") or ""),
                acting=str(record.get("acting", "")).lower() in ("true", "1", "yes"),
                role=str(record.get("role") or ""),
            )
        )
    _check_names(offices, named)
    tenures = _record_tenures(read, offices, default_holders)
    found = Tenures(tenures, holders_per_office=offices, default_holders=default_holders)
    return found, tuple(problems)


def _as_date(value: FuzzyDate | DateLike) -> FuzzyDate:
    """A fuzzy date from a date, a day number, or EDTF text ("2004", "2019-06")."""
    if isinstance(value, FuzzyDate):
        return value
    if isinstance(value, str):
        return FuzzyDate.from_edtf(value.strip())
    return FuzzyDate.of(value)
