"""Tenures: who held which office from when to when, derived from events or records."""

from __future__ import annotations

import bisect
import itertools
from typing import TYPE_CHECKING

import attrs

from timeline import _calendar as cal
from timeline._duration import Duration
from timeline._fuzzy import DateLike, FuzzyDate
from timeline._period import UNKNOWN, End, Ongoing, Period, Start
from timeline.errors import FileFormatError, TimelineError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

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
    """A stretch with no holder between two tenures; ``certain`` when no bounds can close it."""

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


@attrs.frozen(slots=True)
class Tenures:
    """An immutable collection of tenures with the queries historians ask of it.

    >>> term = Tenure(person="A", office="O", period=Period.from_edtf("2001/2004"))
    >>> next_term = Tenure(person="B", office="O", period=Period.from_edtf("2005/2008"))
    >>> tenures = Tenures([term, next_term])
    >>> [t.person for t in tenures.holders("O", on="2006-06-01").certain]
    ['B']
    >>> tenures.successors(term)[0].person
    'B'
    """

    items: tuple[Tenure, ...] = attrs.field(converter=_tenure_tuple)
    holders_per_office: Mapping[str, int | None] = attrs.field(factory=dict, eq=False, hash=False)
    default_holders: int | None = 1
    _by_office: dict[str, list[Tenure]] = attrs.field(init=False, eq=False, hash=False, repr=False)
    _starts: dict[str, list[int]] = attrs.field(init=False, eq=False, hash=False, repr=False)

    def __attrs_post_init__(self) -> None:
        by_office: dict[str, list[Tenure]] = {}
        for tenure in self.items:
            by_office.setdefault(tenure.office, []).append(tenure)
        for tenures in by_office.values():
            tenures.sort(key=lambda t: (t.start_days, t.end_days))
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

    def of(self, office: str) -> tuple[Tenure, ...]:
        """The tenures of one office, in order of start."""
        return tuple(self._by_office.get(office, ()))

    def holders(self, office: str, *, on: FuzzyDate | DateLike) -> Holders:
        """Who certainly and who possibly held ``office`` on a day (or some day of a fuzzy date).

        ``on`` may be partial EDTF text: ``holders(office, on="2004")``.
        """
        day = _as_date(on)
        tenures = self._by_office.get(office, [])
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
        """The tenures of the same office that began once this one may have ended."""
        end_lo = tenure.end_days[0]
        return tuple(
            other
            for other in self._by_office.get(tenure.office, [])
            if other is not tenure
            and other.start_days[1] >= end_lo
            and other.start_days[0] >= tenure.start_days[0]
        )

    def vacancies(self, office: str) -> tuple[Vacancy, ...]:
        """Gaps between consecutive tenures of an office that no bounds can close."""
        found: list[Vacancy] = []
        tenures = self._by_office.get(office, [])
        for before, after in itertools.pairwise(tenures):
            end_lo, end_hi = before.end_days
            start_lo, start_hi = after.start_days
            if end_hi >= cal.MAX_DAY or start_lo <= cal.MIN_DAY:
                continue
            # The gap runs from the day after the last day to the day before the first.
            if end_lo + 1 > start_hi - 1:
                continue
            certain = end_hi + 1 <= start_lo - 1
            gap = Period(
                FuzzyDate(end_lo + 1, min(end_hi + 1, start_hi - 1)),
                FuzzyDate(max(start_lo - 1, end_lo + 1), start_hi - 1),
            )
            found.append(Vacancy(office, gap, before, after, certain))
        return tuple(found)

    def overlaps(self) -> tuple[Overlap, ...]:
        """Tenures that ran at the same time in offices with one holder at a time."""
        found: list[Overlap] = []
        for office, tenures in sorted(self._by_office.items()):
            if self.holders_per_office.get(office, self.default_holders) != 1:
                continue
            for index, first in enumerate(tenures):
                first_end_lo, first_end_hi = first.end_days
                for second in tenures[index + 1 :]:
                    second_lo, second_hi = second.start_days
                    if second_lo > first_end_hi:
                        break
                    if first.person == second.person and second_lo >= first_end_lo:
                        continue  # one person's consecutive terms
                    # A shared day is a handover: overlap means the next began before the
                    # previous one's last day.
                    if second_lo < first_end_hi:
                        certain = second_hi < first_end_lo
                        found.append(Overlap(office, first, second, certain))
        return tuple(found)


@attrs.frozen(slots=True)
class _Opening:
    person: str
    office: str
    event: Event
    start: FuzzyDate


@attrs.frozen(slots=True)
class _Closing:
    event: Event
    day: FuzzyDate


def derive_tenures(
    resolved: ResolvedTimeline,
    *,
    holders: Mapping[str, int | None] | None = None,
    default_holders: int | None = 1,
) -> Tenures:
    """Tenures from opening and closing events of a resolved timeline.

    An opening event (an appointment) starts a tenure for its (person, office). The first
    closing event (a resignation, a dismissal) of the same person and office that may follow
    it ends it; failing that, in an office with one holder at a time (``holders``, default
    ``default_holders``), the next holder's start ends it; failing that it is ongoing as of
    the latest date any of the timeline's documents was written or published.
    """
    offices = dict(holders or {})
    openings: list[_Opening] = []
    closings: dict[tuple[str, str], list[_Closing]] = {}
    for event in resolved.timeline.events:
        person = getattr(event, "person", None)
        office = getattr(event, "office", None)
        if not isinstance(person, str) or not isinstance(office, str):
            continue
        day = resolved.bounds(event.id)[0]
        if event.opens_tenure:
            openings.append(_Opening(person, office, event, day))
        elif event.closes_tenure:
            closings.setdefault((person, office), []).append(_Closing(event, day))
    for found in closings.values():
        found.sort(key=lambda c: (c.day.earliest_day, c.day.latest_day))
    openings.sort(key=lambda o: (o.start.earliest_day, o.start.latest_day))
    ending = _Ending(closings, offices, default_holders, _latest_document(resolved))
    tenures = []
    for index, opening in enumerate(openings):
        end, ended, how = ending.end_of(opening, openings[index + 1 :])
        tenures.append(
            Tenure(
                person=opening.person,
                office=opening.office,
                period=Period(opening.start, end),
                began=opening.event.id,
                ended=ended,
                how_ended=how,
                acting=bool(getattr(opening.event, "acting", False)),
                evidence=(opening.event.id, *((ended,) if ended else ())),
            )
        )
    return Tenures(tenures, holders_per_office=offices, default_holders=default_holders)


@attrs.frozen(slots=True)
class _Ending:
    """What ends a tenure: a closing event, a successor, or nothing yet (ongoing)."""

    closings: dict[tuple[str, str], list[_Closing]]
    offices: Mapping[str, int | None]
    default_holders: int | None
    as_of: FuzzyDate | None

    def end_of(self, opening: _Opening, later: list[_Opening]) -> tuple[End, str | None, str]:
        start = opening.start
        again = next(
            (o.start for o in later if (o.person, o.office) == (opening.person, opening.office)),
            None,
        )
        for closing in self.closings.get((opening.person, opening.office), []):
            lo, hi = closing.day.earliest_day, closing.day.latest_day
            if hi >= start.earliest_day and (again is None or lo <= again.latest_day):
                return (
                    closing.day.narrowed(max(lo, start.earliest_day), hi),
                    closing.event.id,
                    closing.event.kind,
                )
        if self.offices.get(opening.office, self.default_holders) == 1:
            for other in later:
                if other.office != opening.office or other.person == opening.person:
                    continue
                if other.start.latest_day >= start.earliest_day:
                    lo = max(other.start.earliest_day, start.earliest_day)
                    end = other.start.narrowed(lo, other.start.latest_day)
                    return end, other.event.id, f"succeeded by {other.person}"
        if self.as_of is not None and self.as_of.latest_day >= start.earliest_day:
            return Ongoing(self.as_of), None, "ongoing"
        return UNKNOWN, None, ""


def _latest_document(resolved: ResolvedTimeline) -> FuzzyDate | None:
    latest: FuzzyDate | None = None
    for event in resolved.timeline.events:
        if event.source is None:
            continue
        for date in (event.source.written, event.source.published):
            if date is not None and (latest is None or date.latest_day > latest.latest_day):
                latest = date
    return latest


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
    or end is unknown; in an office with one holder at a time an empty end is closed by the
    next holder's start. A row that ends before it starts is an error naming the row; with
    ``strict=False`` such rows are left out and returned as the second item.

    >>> rows = [{"person": "A", "office": "O", "start": "2001-03", "end": ""},
    ...         {"person": "B", "office": "O", "start": "2005", "end": "2008-06-30"}]
    >>> tenures, problems = tenures_from_records(rows)
    >>> tenures.of("O")[0].period.edtf()
    '2001-03/2005'
    """
    offices = dict(holders or {})
    problems: list[FileFormatError] = []
    rows: list[tuple[str, str, FuzzyDate | None, FuzzyDate | None, Mapping[str, object], str]] = []
    for number, record in enumerate(records, start=1):
        name = str(record.get("id") or f"row {number}")
        try:
            person = str(record["person"]).strip()
            office = str(record["office"]).strip()
        except KeyError as missing:
            raise FileFormatError(f"missing column {missing.args[0]!r}", record=name) from None
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
        rows.append((person, office, start, end, record, name))
    by_office: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        by_office.setdefault(row[1], []).append(index)
    for indices in by_office.values():
        indices.sort(key=lambda i: _sort_day(rows[i][2]))
    successor: dict[int, int] = {}
    for office, indices in by_office.items():
        if offices.get(office, default_holders) == 1:
            successor.update(itertools.pairwise(indices))
    tenures: list[Tenure] = []
    for index, (person, office, start, end, record, name) in enumerate(rows):
        first: Start = start if start is not None else UNKNOWN
        last: End = end if end is not None else UNKNOWN
        how = str(record.get("how_ended") or record.get("end_note") or "")
        if end is None and index in successor:
            following = rows[successor[index]]
            if following[2] is not None and (
                start is None or following[2].latest_day >= start.earliest_day
            ):
                lo = (
                    following[2].earliest_day
                    if start is None
                    else max(following[2].earliest_day, start.earliest_day)
                )
                last = following[2].narrowed(lo, following[2].latest_day)
                how = how or f"succeeded by {following[0]}"
        tenures.append(
            Tenure(
                person=person,
                office=office,
                period=Period(first, last),
                began=name,
                ended=name if end is not None else None,
                how_ended=how,
                acting=str(record.get("acting", "")).lower() in ("true", "1", "yes"),
                role=str(record.get("role") or ""),
                evidence=(name,),
            )
        )
    return Tenures(tenures, holders_per_office=offices, default_holders=default_holders), tuple(
        problems
    )


def _sort_day(date: FuzzyDate | None) -> int:
    return date.earliest_day if date is not None else cal.MIN_DAY


def _as_date(value: FuzzyDate | DateLike) -> FuzzyDate:
    """A fuzzy date from a date, a day number, or EDTF text ("2004", "2019-06")."""
    if isinstance(value, FuzzyDate):
        return value
    if isinstance(value, str):
        return FuzzyDate.from_edtf(value.strip())
    return FuzzyDate.of(value)
