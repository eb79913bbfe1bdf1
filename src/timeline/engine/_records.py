"""Tenures from records (rows of person, office, start, end); successors close empty ends."""

from __future__ import annotations

import itertools
import math
from typing import TYPE_CHECKING, Final, NoReturn

import attrs

from timeline import _calendar as cal
from timeline._fuzzy import FuzzyDate
from timeline._period import OPEN, UNKNOWN, End, Ongoing, Open, Period, Start, Unknown
from timeline.engine._tenures import Tenure, Tenures, _check_count, _check_names, _policy
from timeline.errors import FileFormatError, TimelineError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping, Sequence


__all__ = ["KEYS", "REQUIRED", "RowReader", "tenures_from_records"]


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
    hands_over: bool = False  # its last day is the day the next holder began


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
    handed: dict[int, str] = {}  # a record's own end, marked as the next holder's first day
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
            if record.hands_over:
                handed[index] = following.name
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
        end, handover, how = record.end, handed.get(index), record.how
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


#: The keys a row may have (``end_note`` is another name for ``how_ended``); the first four are
#: required.
KEYS: Final = (
    "person",
    "office",
    "start",
    "end",
    "id",
    "end_state",
    "how_ended",
    "end_note",
    "acting",
    "role",
    "handover",
)
REQUIRED: Final = KEYS[:4]
_TRUE: Final = frozenset({"true", "yes", "1"})
_FALSE: Final = frozenset({"false", "no", "0", ""})
_DATES: Final = "a date such as 1985-04-12, 1985-04 or 1985"


def _text(value: object) -> str:
    """A cell's text, stripped: ``None``, a NaN (pandas' empty cell) and blanks are empty."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


@attrs.frozen(slots=True)
class RowReader:
    """Reads one row, a CSV file's or a record's, cell by cell: both read cells alike.

    ``cell(key)`` gives a row's value for a key (``None`` when it has none). A date is
    EDTF text (or a ``FuzzyDate``); empty is unknown, ``..`` open, ``[date..]`` an ongoing
    end. Errors name the row (its id, else its number) and the column, as ``columns`` names
    it (``columns[key]``, else the key), and the file at ``path``.
    """

    path: str | None = None
    columns: Mapping[str, str] = attrs.field(factory=dict)

    def fail(self, message: str, *, record: str | None = None, key: str | None = None) -> NoReturn:
        field = None if key is None else self.columns.get(key, key)
        raise FileFormatError(message, path=self.path, record=record, field=field, what="row")

    def read(self, cell: Callable[[str], object], number: int) -> _Record:
        """The row numbered ``number`` (from 1), read and checked."""
        given = _text(cell("id"))
        name = given or str(number)
        person, office = (self._name(cell(key), name, key) for key in ("person", "office"))
        start_cell = cell("start")
        start: Start = OPEN if _text(start_cell) == ".." else self._date(start_cell, name, "start")
        end_cell = cell("end")
        end = self._end(end_cell, name)
        try:
            period = Period(start, end)
        except TimelineError as error:
            self.fail(str(error).removeprefix("Period: "), record=name, key="end")
        state = _text(cell("end_state"))
        if state and state != period.end_state.value:
            self.fail(
                f"says {state!r}, but the end {_text(end_cell)!r} is {period.end_state.value!r} "
                "(an empty end is unknown, '..' open, '[2021-10-18..]' ongoing as of a date)",
                record=name,
                key="end_state",
            )
        acting = _text(cell("acting")).lower()
        if acting not in _TRUE | _FALSE:
            self.fail(f"expected true or false, got {acting!r}", record=name, key="acting")
        handover = _text(cell("handover")).lower()
        if handover not in ("", "next"):
            msg = (
                f"expected 'next' (the next holder began on this one's last day) or nothing, "
                f"got {handover!r}"
            )
            self.fail(msg, record=name, key="handover")
        return _Record(
            person=person,
            office=office,
            start=start,
            end=end,
            # A row without an id is named by its number.
            name=given or f"row {number}",
            how=_text(cell("how_ended")) or _text(cell("end_note")),
            acting=acting in _TRUE,
            role=_text(cell("role")),
            hands_over=handover == "next",
        )

    def _name(self, value: object, record: str, key: str) -> str:
        """A person's or an office's name: text that is not empty (not None, not a NaN)."""
        text = _text(value)
        if not text:
            self.fail("expected a name, got an empty cell", record=record, key=key)
        if not isinstance(value, str):
            self.fail(f"expected a name as text, got {value!r}", record=record, key=key)
        return text

    def _date(self, value: object, record: str, key: str) -> FuzzyDate | Unknown:
        if isinstance(value, FuzzyDate):
            return value
        text = _text(value)
        if not text:
            return UNKNOWN
        try:
            return FuzzyDate.from_edtf(text)
        except (TimelineError, ValueError) as error:
            self.fail(f"expected {_DATES}: {error}", record=record, key=key)

    def _end(self, value: object, record: str) -> End:
        text = _text(value)
        if text == "..":
            return OPEN
        if not isinstance(value, FuzzyDate) and text.startswith("[") and text.endswith("..]"):
            as_of = self._date(text[1:-3], record, "end")
            if isinstance(as_of, FuzzyDate):
                return Ongoing(as_of)
        return self._date(value, record, "end")

    def unique(self, record: _Record, number: int, seen: dict[str, int]) -> _Record:
        """The record, if its id is not an earlier row's too (a row without an id always is)."""
        if record.name in seen:
            msg = f"the id {record.name!r} is row {seen[record.name]}'s too; ids are unique"
            self.fail(msg, record=str(number), key="id")
        seen[record.name] = number
        return record


def tenures_from_records(
    records: Iterable[Mapping[str, object]],
    *,
    holders: Mapping[str, int | None] | None = None,
    default_holders: int | None = 1,
    strict: bool = True,
) -> tuple[Tenures, tuple[FileFormatError, ...]]:
    """Tenures from rows of ``person``, ``office``, ``start``, ``end`` (partial dates allowed).

    Optional keys: ``id``, ``role``, ``acting``, ``end_note`` / ``how_ended``, ``end_state``
    and ``handover`` (``next``: the row's last day is the day the next holder began, as
    ``timeline.io.write_tenures`` writes it, so no vacancy or overlap is seen between them).
    Each value is read as ``timeline.io.read_tenures`` reads a CSV cell: a start or end may be
    a date (or a ``FuzzyDate``), empty (unknown; ``None`` and a NaN, pandas' empty cell, are
    empty too), ``..`` (open) or, for an end, ``[2021-10-18..]`` (ongoing as of a date);
    ``acting`` is true/false, yes/no, 1/0 or empty. In an office with one holder at a time an
    empty end is closed by the start of the next row (by date; the order of the rows does not
    matter): "succeeded by" its person, or "continued in" it when it is the same person's. A
    row with an unknown start has no known place among the others, so its empty end stays
    unknown. A row that lacks a key, names nobody, has a cell that does not read, ends before
    it starts or repeats an earlier row's id is a ``FileFormatError`` naming the row (its id,
    else its number, from 1) and the key; with ``strict=False`` such rows are left out and
    returned as the second item. ``holders`` counts are ``None`` (any number) or a whole
    number of 1 or more, for offices the rows name.

    >>> rows = [{"person": "A", "office": "O", "start": "2001-03", "end": ""},
    ...         {"person": "B", "office": "O", "start": "2005", "end": ".."}]
    >>> tenures, problems = tenures_from_records(rows)
    >>> [t.period.edtf() for t in tenures.of("O")]
    ['2001-03/2005', '2005/..']
    >>> tenures_from_records([{"person": "A", "office": "O", "start": "2001", "end": "soon"}])
    Traceback (most recent call last):
    ...
    timeline.errors.FileFormatError: row 1, field 'end': expected a date such as ...
    """
    offices = _policy(holders)
    _check_count(default_holders, office=None)
    problems: list[FileFormatError] = []
    read: list[_Record] = []
    named: set[str] = set()
    seen: dict[str, int] = {}
    reader = RowReader()
    for number, record in enumerate(records, start=1):
        try:
            missing = [key for key in REQUIRED if key not in record]
            if missing:
                name = _text(record.get("id")) or str(number)
                reader.fail(f"missing key {missing[0]!r}", record=name, key=missing[0])
            row = reader.unique(reader.read(record.get, number), number, seen)
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
