"""Tenures from records (rows of person, office, start, end); successors close empty ends."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

import attrs

from timeline import _calendar as cal
from timeline._fuzzy import FuzzyDate
from timeline._period import UNKNOWN, End, Ongoing, Open, Period, Start, Unknown
from timeline.engine._tenures import Tenure, Tenures, _check_count, _check_names, _policy
from timeline.errors import FileFormatError, TimelineError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence


__all__ = ["tenures_from_records", "unique_record"]


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


def _record(record: Mapping[str, object], name: str) -> _Record:
    """One row read and checked: names as text, dates as partial dates, the end not first."""
    missing = [key for key in ("person", "office", "start", "end") if key not in record]
    if missing:
        raise FileFormatError(f"missing column {missing[0]!r}", record=name)
    person, office = (
        _record_name(record[key], record=name, field=key) for key in ("person", "office")
    )
    start = _record_date(record["start"], record=name, field="start")
    end = _record_date(record["end"], record=name, field="end")
    if start is not None and end is not None and end.latest_day < start.earliest_day:
        raise FileFormatError(f"ends ({end}) before it starts ({start})", record=name, field="end")
    return _Record(
        person,
        office,
        UNKNOWN if start is None else start,
        UNKNOWN if end is None else end,
        name,
        how=str(record.get("how_ended") or record.get("end_note") or ""),
        acting=str(record.get("acting", "")).lower() in ("true", "1", "yes"),
        role=str(record.get("role") or ""),
    )


def unique_record(record: _Record, number: int, seen: dict[str, int]) -> _Record:
    """The record, if its id is not an earlier row's too (a row without an id always is)."""
    if record.name in seen:
        msg = f"the id {record.name!r} is row {seen[record.name]}'s too; ids are unique"
        raise FileFormatError(msg, record=f"row {number}", field="id")
    seen[record.name] = number
    return record


def _record_name(value: object, *, record: str, field: str) -> str:
    """A person's or an office's name: text that is not empty (not None, not a NaN)."""
    if not isinstance(value, str):
        msg = f"expected the {field}'s name as text, got {value!r}"
        raise FileFormatError(msg, record=record, field=field)
    if not value.strip():
        raise FileFormatError(f"the {field} is empty", record=record, field=field)
    return value.strip()


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
    lacks a key, names nobody (empty, ``None``, a NaN), has a date that is none, ends before
    it starts or repeats an earlier row's id is an error naming the row and the field; with
    ``strict=False`` such rows are left out and returned as the second item. ``holders``
    counts are ``None`` (any number) or a whole number of 1 or more, for offices the rows
    name.

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
    seen: dict[str, int] = {}
    for number, record in enumerate(records, start=1):
        name = str(record.get("id") or f"row {number}")
        try:
            row = unique_record(_record(record, name), number, seen)
        except FileFormatError as problem:
            if strict:
                raise
            problems.append(problem)
            continue
        named.add(row.office)
        read.append(row)
    _check_names(offices, named)
    tenures = _record_tenures(read, offices, default_holders)
    found = Tenures(tenures, holders_per_office=offices, default_holders=default_holders)
    return found, tuple(problems)
