"""Tenures: who held which office from when to when, and the questions asked of them."""

from __future__ import annotations

import bisect
import itertools
from typing import TYPE_CHECKING

import attrs

from timeline import _calendar as cal
from timeline._duration import Duration
from timeline._fuzzy import DateLike, FuzzyDate
from timeline._period import Ongoing, Period, as_fuzzy_date
from timeline.errors import UnknownOfficeError, ValidationError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence


__all__ = [
    "Holders",
    "Overlap",
    "Tenure",
    "Tenures",
    "Vacancy",
]


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _check_acting(value: object) -> None:
    """Refuse an ``acting`` that is no bool: "no" would make an acting holder."""
    if not isinstance(value, bool):
        msg = f"Tenure.acting must be True or False, got {value!r}"
        raise ValidationError(msg, field="acting")


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
    acting: bool = attrs.field(default=False, validator=lambda _i, _a, value: _check_acting(value))
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

    ``before`` is a tenure that may have ended the day before it, and ``after`` one that may
    have begun the day after it. A tenure with an unknown side (for ``before``, either; for
    ``after``, its start) may hold any day, so it is named only where no tenure so dated
    borders the gap: after A (2001-2004), one that ended in 2010 and began nobody knows
    when is named after the gap, not before it.

    >>> dated = [Tenure(person=name, office="O", period=Period.from_edtf(edtf))
    ...          for name, edtf in [("A", "2001/2004"), ("B", "2006/2008"), ("U", "/")]]
    >>> [(v.before.person, v.after.person) for v in Tenures(dated).vacancies("O")]
    [('U', 'A'), ('A', 'B'), ('B', 'U')]
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


def _chain_days(chain: Sequence[Tenure]) -> list[tuple[int, int, int, int]] | None:
    """Each tenure's first and last day bounds in a chain of handovers, each bounded by all.

    The days in order (the first's start, each handover day, the last one's end) never go
    back, and a handover day is both one tenure's last day and the next one's first: a
    forward and a backward pass give the tightest bounds. ``None`` when they cannot all hold.
    """
    raws = [_raw(tenure) for tenure in chain]
    lows, highs = [raws[0][0]], [raws[0][1]]
    for (_, _, end_lo, end_hi), (next_lo, next_hi, _, _) in itertools.pairwise(raws):
        lows.append(max(end_lo, next_lo))
        highs.append(min(end_hi, next_hi))
    lows.append(raws[-1][2])
    highs.append(raws[-1][3])
    for k in range(1, len(lows)):
        lows[k] = max(lows[k], lows[k - 1])
    for k in range(len(highs) - 2, -1, -1):
        highs[k] = min(highs[k], highs[k + 1])
    if any(lo > hi for lo, hi in zip(lows, highs, strict=True)):
        return None
    return [(lows[k], highs[k], lows[k + 1], highs[k + 1]) for k in range(len(chain))]


def _alone(tenure: Tenure) -> tuple[int, int, int, int]:
    """A tenure's day bounds on its own, each side bounded by the other where it can be."""
    s_lo, s_hi, e_lo, e_hi = _raw(tenure)
    return s_lo, min(s_hi, e_hi), max(e_lo, s_lo), e_hi


def _unit(chain: Sequence[Tenure], days: Sequence[tuple[int, int, int, int]]) -> _Unit:
    """The days a chain of tenures covers, from its first one's start to its last one's end."""
    return _Unit(days[0][0], days[0][1], days[-1][2], days[-1][3], chain[0], chain[-1])


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
class _Layout:
    """An office's tenures with handovers applied: each one's day bounds, and the stretches.

    ``days`` follows the office's order of tenures: (first day lo, hi, last day lo, hi), each
    bounded through the chain of handovers it belongs to (a successor's end bounds the day
    the office was handed to it, so also its predecessor's last day). ``units`` joins each
    chain into one stretch, and ``chains`` gives each tenure its chain's number: tenures of
    one chain never overlap, each handing over to the next on one day.
    """

    days: list[tuple[int, int, int, int]]
    units: list[_Unit]
    chains: list[int]

    @classmethod
    def of(cls, tenures: Sequence[Tenure], links: dict[int, int]) -> _Layout:
        followed = set(links.values())
        days: list[tuple[int, int, int, int]] = [_alone(tenure) for tenure in tenures]
        chains = list(range(len(tenures)))
        units: list[_Unit] = []
        seen: set[int] = set()
        for first in [*(i for i in range(len(tenures)) if i not in followed), *followed]:
            indices: list[int] = []
            index: int | None = first
            while index is not None and index not in seen:
                seen.add(index)
                indices.append(index)
                index = links.get(index)
            if not indices:
                continue
            chain = [tenures[i] for i in indices]
            bounds = _chain_days(chain) if len(chain) > 1 else None
            if bounds is None:  # alone, or handovers the bounds cannot all meet
                units.extend(_unit([tenures[i]], [days[i]]) for i in indices)
                continue
            for i, bound in zip(indices, bounds, strict=True):
                days[i] = bound
                chains[i] = first
            units.append(_unit(chain, bounds))
        return cls(days, units, chains)


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
    _layouts: dict[str, _Layout] = attrs.field(
        init=False, factory=dict, eq=False, hash=False, repr=False
    )

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

        ``on`` may be partial EDTF text: ``holders(office, on="2004")``. Each tenure's days are
        bounded through its chain of handovers, as for ``vacancies`` and ``overlaps``: one
        who handed over to a successor who left by a day held nothing after it, whatever
        the tenure's own ``period`` allows.
        """
        day = as_fuzzy_date(on)
        tenures = self._office(office)
        # Only tenures that may have begun by the date's last day can hold it.
        stop = bisect.bisect_right(self._starts.get(office, []), day.latest_day)
        days = self._layout(office).days
        certain: list[Tenure] = []
        possible: list[Tenure] = []
        for tenure, (s_lo, s_hi, e_lo, e_hi) in zip(tenures[:stop], days, strict=False):
            if s_hi <= day.earliest_day and day.latest_day <= e_lo:
                certain.append(tenure)
            elif s_lo <= day.latest_day and day.earliest_day <= e_hi:
                possible.append(tenure)
        return Holders(tuple(certain), tuple(possible))

    def successors(self, tenure: Tenure) -> tuple[Tenure, ...]:
        """The tenures that may have come next in the same office: the next holder.

        Of the tenures that began once this one may have ended, those that may have begun
        first: one, or several where their dates leave the order open. The holder's own next
        tenure is a continuation, not a successor, when it may begin by the day after this
        one's last day; successors come after the last of them. Every tenure of the office
        is ``of(office)``.
        """
        end_lo = tenure.end_days[0]
        last = _alone(tenure)[3]
        for own in self._by_office.get(tenure.office, []):  # in order of start
            # The holder's own tenures it continued in: successors come after the last.
            if (
                own.person == tenure.person
                and tenure.start_days[0] <= own.start_days[0] <= last + 1
            ):
                end_lo, last = max(end_lo, own.end_days[0]), max(last, _alone(own)[3])
        later = [
            other
            for other in self._by_office.get(tenure.office, [])
            if other is not tenure
            and other.start_days[1] >= end_lo
            and other.start_days[0] >= tenure.start_days[0]
            and not (other.person == tenure.person and other.start_days[0] <= last + 1)
        ]
        if not later:
            return ()
        first = min(other.start_days[1] for other in later)
        return tuple(other for other in later if other.start_days[0] <= first)

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

    def _layout(self, office: str) -> _Layout:
        """The office's tenures with their handovers applied (worked out once per office)."""
        found = self._layouts.get(office)
        if found is None:
            found = _Layout.of(self._office(office), self._links(self._office(office)))
            self._layouts[office] = found
        return found

    def vacancies(self, office: str) -> tuple[Vacancy, ...]:
        """Stretches between the office's tenures when it may have had no holder.

        A day is certainly vacant when no tenure possibly covers it; possibly vacant when none
        certainly covers it, and every tenure of the office counts, not only the neighbours.
        So ``holders`` and ``vacancies`` agree. Vacancies lie between the first and the last
        day the tenures' dates name (an undated tenure does not stretch them).
        """
        units = self._layout(office).units
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
            layout = self._layout(office)
            days, chains = layout.days, layout.chains
            for index, first in enumerate(tenures):
                m_lo, m_hi, m_end_lo, m_end_hi = days[index]
                for later in range(index + 1, len(tenures)):
                    o_lo, o_hi, o_end_lo, o_end_hi = days[later]
                    if tenures[later].start_days[0] >= m_end_hi:
                        break  # in order of start: no later one may begin before the last day
                    if not (o_lo < m_end_hi and m_lo < o_end_hi):
                        continue
                    if chains[index] == chains[later]:
                        continue  # handovers on one day each, however fuzzy the days
                    certain = o_hi < m_end_lo and m_hi < o_end_lo
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


def _dated_neighbours(units: list[_Unit], lo: int, hi: int) -> tuple[_Unit | None, _Unit | None]:
    """The dated tenures either side of a possible vacancy over days ``lo..hi``, if any.

    Before it: one with both sides dated whose last day may be the day before some day of
    it (the latest such); after it: one with a dated start whose first day may be the day
    after some day of it (the earliest). A tenure with an unknown side may hold any day, so
    it makes a vacancy only possible; it is named only where no dated tenure stands there.
    """
    before = [
        u
        for u in units
        if all(_is_known(day) for day in (u.s_lo, u.s_hi, u.e_lo, u.e_hi))
        and u.e_lo < hi
        and u.e_hi >= lo - 1
    ]
    after = [
        u
        for u in units
        if _is_known(u.s_lo) and _is_known(u.s_hi) and u.s_hi > lo and u.s_lo <= hi + 1
    ]
    return (
        max(before, key=lambda u: (u.e_hi, u.e_lo), default=None),
        min(after, key=lambda u: (u.s_lo, u.s_hi), default=None),
    )


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
        dated_before, dated_after = _dated_neighbours(self.units, lo, hi)
        if dated_before is not None:
            previous = dated_before.last
        elif begin is not None:
            previous = begin[1].last
        else:  # only ever between tenures: the last one wholly before
            before = [u for u in self.units if u.e_hi < lo] or self.units
            previous = max(before, key=lambda u: (u.e_hi, u.e_lo)).last
        if dated_after is not None:
            following = dated_after.first
        elif finish is not None:
            following = finish[1].first
        else:
            after = [u for u in self.units if u.s_lo > hi] or self.units
            following = min(after, key=lambda u: (u.s_lo, u.s_hi)).first
        return Vacancy(office, Period(start, end), previous, following, certain=False)
