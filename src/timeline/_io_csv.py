"""Tenures in and out of CSV: one row per tenure, with partial dates and the four end states."""

from __future__ import annotations

import csv
import os
from typing import IO, TYPE_CHECKING, Final, NoReturn

import attrs

from timeline._fuzzy import FuzzyDate
from timeline._period import OPEN, UNKNOWN, End, Ongoing, Period, Start
from timeline.engine._tenures import Tenure, Tenures, tenures_from_records
from timeline.errors import FileFormatError, TimelineError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

__all__ = ["COLUMNS", "WRITTEN", "read_tenures", "write_tenures"]

#: The columns a tenure file may have (``end_note`` is another name for ``how_ended``); the
#: first four are required.
COLUMNS: Final = (
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
)
_REQUIRED: Final = COLUMNS[:4]
#: The columns ``write_tenures`` writes, in order.
WRITTEN: Final = ("person", "office", "start", "end", "end_state", "how_ended", "acting", "role")
_TRUE: Final = frozenset({"true", "yes", "1"})
_FALSE: Final = frozenset({"false", "no", "0", ""})
_DATES: Final = "a date such as 1985-04-12, 1985-04 or 1985"

PathOrFile = str | os.PathLike[str] | IO[str]


def _label(source: PathOrFile) -> str | None:
    if isinstance(source, str | os.PathLike):
        return os.fspath(source)
    name = getattr(source, "name", None)
    return name if isinstance(name, str) else None


@attrs.frozen(slots=True)
class _Row:
    """One row read: what ``tenures_from_records`` takes, and the ends it cannot express."""

    record: dict[str, object]
    start: Start
    end: End


class _Reader:
    def __init__(self, path: str | None, columns: Mapping[str, str] | None) -> None:
        self.path = path
        unknown = sorted(set(columns or {}) - set(COLUMNS))
        if unknown:
            msg = f"columns: unknown keys {unknown}; the keys are {', '.join(COLUMNS)}"
            raise ValueError(msg)
        self.named = dict(columns or {})
        self.columns = {key: self.named.get(key, key) for key in COLUMNS}

    def fail(self, message: str, *, record: str | None = None, key: str | None = None) -> NoReturn:
        field = None if key is None else self.columns[key]
        raise FileFormatError(message, path=self.path, record=record, field=field, what="row")

    def header(self, names: list[str] | None) -> None:
        found = set(names or ())
        for key, column in self.columns.items():
            if column in found or (key not in _REQUIRED and key not in self.named):
                continue
            mapped = f" (for {key!r})" if column != key else ""
            header = ", ".join(names or ()) or "nothing"
            self.fail(
                f"no column {column!r}{mapped}; the header has {header} "
                "(map columns with columns={'person': 'name', ...})"
            )
        if self.columns["id"] not in found:
            self.columns["id"] = ""  # no ids: rows are named by number

    def cell(self, row: Mapping[str, str | None], key: str) -> str:
        value = row.get(self.columns[key]) if self.columns[key] else None
        return (value or "").strip()

    def date(self, text: str, name: str, key: str) -> FuzzyDate:
        try:
            return FuzzyDate.from_edtf(text)
        except (TimelineError, ValueError) as error:
            self.fail(f"expected {_DATES}: {error}", record=name, key=key)

    def row(self, row: Mapping[str, str | None], number: int) -> _Row:
        name = self.cell(row, "id") or str(number)
        for key in ("person", "office"):
            if not self.cell(row, key):
                self.fail("expected a name, got an empty cell", record=name, key=key)
        start_text, end_text = self.cell(row, "start"), self.cell(row, "end")
        start: Start = (
            UNKNOWN
            if not start_text
            else OPEN
            if start_text == ".."
            else self.date(start_text, name, "start")
        )
        end = self.end(end_text, name)
        try:
            period = Period(start, end)
        except TimelineError as error:
            self.fail(str(error).removeprefix("Period: "), record=name, key="end")
        state = self.cell(row, "end_state")
        if state and state != period.end_state.value:
            self.fail(
                f"says {state!r}, but the end {end_text!r} is {period.end_state.value!r} "
                "(an empty end is unknown, '..' open, '[2021-10-18..]' ongoing as of a date)",
                record=name,
                key="end_state",
            )
        acting = self.cell(row, "acting").lower()
        if acting not in _TRUE | _FALSE:
            self.fail(f"expected true or false, got {acting!r}", record=name, key="acting")
        record: dict[str, object] = {
            # tenures_from_records names a row by its id, else by its number among the
            # rows it is given; name it by its number in the file instead.
            "id": self.cell(row, "id") or f"row {number}",
            "person": self.cell(row, "person"),
            "office": self.cell(row, "office"),
            "start": start if isinstance(start, FuzzyDate) else None,
            "end": end if isinstance(end, FuzzyDate) else None,
            "how_ended": self.cell(row, "how_ended"),
            "end_note": self.cell(row, "end_note"),
            "acting": "true" if acting in _TRUE else "",
            "role": self.cell(row, "role"),
        }
        return _Row(record, start, end)

    def end(self, text: str, name: str) -> End:
        if not text:
            return UNKNOWN
        if text == "..":
            return OPEN
        if text.startswith("[") and text.endswith("..]"):
            return Ongoing(self.date(text[1:-3], name, "end"))
        return self.date(text, name, "end")


def _rows(reader: csv.DictReader[str]) -> Iterator[tuple[int, dict[str, str | None]]]:
    # Rows are numbered from 1 after the header, as a spreadsheet shows them less one.
    for number, row in enumerate(reader, start=1):
        yield number, {key: value for key, value in row.items() if isinstance(key, str)}


def read_tenures(
    source: PathOrFile,
    *,
    columns: Mapping[str, str] | None = None,
    holders: Mapping[str, int | None] | None = None,
    strict: bool = True,
) -> tuple[Tenures, tuple[FileFormatError, ...]]:
    """Tenures from CSV rows; see ``timeline.io.read_tenures``."""
    path = _label(source)
    reader = _Reader(path, columns)
    if isinstance(source, str | os.PathLike):
        with open(source, encoding="utf-8-sig", newline="") as handle:  # noqa: PTH123
            return _read(handle, reader, holders, strict=strict)
    return _read(source, reader, holders, strict=strict)


def _read(
    handle: IO[str],
    reader: _Reader,
    holders: Mapping[str, int | None] | None,
    *,
    strict: bool,
) -> tuple[Tenures, tuple[FileFormatError, ...]]:
    table = csv.DictReader(handle)
    rows: list[_Row] = []
    problems: list[FileFormatError] = []
    try:
        reader.header(list(table.fieldnames or []))
        for number, cells in _rows(table):
            try:
                rows.append(reader.row(cells, number))
            except FileFormatError as problem:
                if strict:
                    raise
                problems.append(problem)
    except csv.Error as error:
        message = f"not valid CSV at line {table.line_num}: {error}"
        raise FileFormatError(message, path=reader.path) from None
    tenures, _ = tenures_from_records([row.record for row in rows], holders=holders)
    items: list[Tenure] = []
    for read, derived in zip(rows, tenures, strict=True):
        # Open starts and open or ongoing ends are kept as the file states them; only an
        # unknown (empty) end is closed by the next holder's start.
        tenure = derived
        if read.end is OPEN or isinstance(read.end, Ongoing):
            note = str(read.record["how_ended"] or read.record["end_note"])
            period = Period(read.start, read.end)
            tenure = attrs.evolve(derived, period=period, ended=None, how_ended=note)
        elif read.start is OPEN:
            tenure = attrs.evolve(derived, period=Period(OPEN, derived.period.end))
        items.append(tenure)
    return attrs.evolve(tenures, items=items), tuple(problems)


def _edtf_sides(period: Period) -> tuple[str, str]:
    # An EDTF interval's sides never contain "/", so the interval splits in two at its slash.
    start, _, end = period.edtf().partition("/")
    return start, end


def write_tenures(tenures: Iterable[Tenure], target: PathOrFile) -> None:
    """Write tenures as CSV; see ``timeline.io.write_tenures``."""
    if isinstance(target, str | os.PathLike):
        with open(target, "w", encoding="utf-8", newline="") as handle:  # noqa: PTH123
            _write(tenures, handle)
    else:
        _write(tenures, target)


def _write(tenures: Iterable[Tenure], handle: IO[str]) -> None:
    # RFC 4180 line ends, so that a cell holding a carriage return is quoted too.
    writer = csv.writer(handle)
    writer.writerow(WRITTEN)
    for tenure in tenures:
        start, end = _edtf_sides(tenure.period)
        writer.writerow(
            (
                tenure.person,
                tenure.office,
                start,
                end,
                tenure.period.end_state.value,
                tenure.how_ended,
                "true" if tenure.acting else "false",
                tenure.role,
            )
        )
