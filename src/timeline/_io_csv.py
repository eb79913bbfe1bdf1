"""Tenures in and out of CSV: one row per tenure, with partial dates and the four end states."""

from __future__ import annotations

import csv
import io
import os
import re
from typing import IO, TYPE_CHECKING, Final, NoReturn

from timeline._fuzzy import FuzzyDate
from timeline._period import OPEN, UNKNOWN, End, Ongoing, Period, Start
from timeline.engine._records import _Record, _record_tenures, unique_record
from timeline.engine._tenures import Tenure, Tenures, _check_names, _policy
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
WRITTEN: Final = (
    "person", "office", "start", "end", "end_state", "how_ended", "acting", "role", "id"
)  # fmt: skip
#: The name a row without an id is given, which is not written back as its id.
_ROW_NAME: Final = re.compile(r"row \d+")
_TRUE: Final = frozenset({"true", "yes", "1"})
_FALSE: Final = frozenset({"false", "no", "0", ""})
_DATES: Final = "a date such as 1985-04-12, 1985-04 or 1985"

PathOrFile = str | os.PathLike[str] | IO[str]


def _label(source: PathOrFile) -> str | None:
    if isinstance(source, str | os.PathLike):
        return os.fspath(source)
    name = getattr(source, "name", None)
    return name if isinstance(name, str) else None


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

    def header(self, names: list[str]) -> None:
        found = set(names)
        for key, column in self.columns.items():
            if column in found or (key not in _REQUIRED and key not in self.named):
                continue
            mapped = f" (for {key!r})" if column != key else ""
            header = ", ".join(names) or "nothing"
            self.fail(
                f"no column {column!r}{mapped}; the header has {header} "
                "(map columns with columns={'person': 'name', ...})"
            )
        if self.columns["id"] not in found:
            self.columns["id"] = ""  # no ids: rows are named by number

    def cell(self, row: Mapping[str, str], key: str) -> str:
        value = row.get(self.columns[key]) if self.columns[key] else None
        return (value or "").strip()

    def date(self, text: str, name: str, key: str) -> FuzzyDate:
        try:
            return FuzzyDate.from_edtf(text)
        except (TimelineError, ValueError) as error:
            self.fail(f"expected {_DATES}: {error}", record=name, key=key)

    def row(self, row: Mapping[str, str], number: int) -> _Record:
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
        return _Record(
            person=self.cell(row, "person"),
            office=self.cell(row, "office"),
            start=start,
            end=end,
            # A row without an id is named by its number in the file.
            name=self.cell(row, "id") or f"row {number}",
            how=self.cell(row, "how_ended") or self.cell(row, "end_note"),
            acting=acting in _TRUE,
            role=self.cell(row, "role"),
        )

    def end(self, text: str, name: str) -> End:
        if not text:
            return UNKNOWN
        if text == "..":
            return OPEN
        if text.startswith("[") and text.endswith("..]"):
            return Ongoing(self.date(text[1:-3], name, "end"))
        return self.date(text, name, "end")

    def cells(self, header: list[str], cells: list[str], number: int) -> dict[str, str]:
        """A row's cells by column; a row longer or shorter than the header is an error."""
        if len(cells) != len(header):
            named = dict(zip(header, cells, strict=False))
            name = self.cell(named, "id") or str(number)
            self.fail(
                f"{len(cells)} cells, but the header has {len(header)} columns "
                "(a cell with a comma in it needs quotes)",
                record=name,
            )
        return dict(zip(header, cells, strict=True))


def _table(handle: IO[str], reader: _Reader) -> Iterator[tuple[int, list[str], list[str]]]:
    """The header, then each row with its number (from 1 after the header; blank lines skipped)."""
    lines = csv.reader(handle)
    try:
        header = next(lines, [])
        if header:
            # A byte order mark read as text (a file opened as utf-8, not utf-8-sig).
            header[0] = header[0].removeprefix("\ufeff")
        number = 0
        for cells in lines:
            if cells:
                number += 1
                yield number, header, cells
        if not number:
            yield 0, header, []
    except csv.Error as error:
        message = f"not valid CSV at line {lines.line_num}: {error}"
        raise FileFormatError(message, path=reader.path) from None
    except UnicodeDecodeError as error:
        raise FileFormatError(_undecodable(error), path=reader.path) from None


def _undecodable(error: UnicodeDecodeError, line: int | None = None) -> str:
    where = f" at line {line}" if line is not None else ""
    return (
        f"not UTF-8 text{where} (byte 0x{error.object[error.start]:02x} cannot be read); "
        "save the file as UTF-8, or open it with its encoding and pass the open file"
    )


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
        with open(source, "rb") as binary:  # noqa: PTH123
            data = binary.read()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = data.count(b"\n", 0, error.start) + 1
            raise FileFormatError(_undecodable(error, line), path=path) from None
        return _read(io.StringIO(text, newline=""), reader, holders, strict=strict)
    return _read(source, reader, holders, strict=strict)


def _read(
    handle: IO[str],
    reader: _Reader,
    holders: Mapping[str, int | None] | None,
    *,
    strict: bool,
) -> tuple[Tenures, tuple[FileFormatError, ...]]:
    offices = _policy(holders)
    records: list[_Record] = []
    problems: list[FileFormatError] = []
    named: set[str] = set()
    seen: dict[str, int] = {}
    checked = False
    for number, header, cells in _table(handle, reader):
        if not checked:
            reader.header(header)
            checked = True
        if not number:
            break
        try:
            row = reader.cells(header, cells, number)
            named.add(reader.cell(row, "office"))
            records.append(unique_record(reader.row(row, number), number, seen))
        except FileFormatError as problem:
            if strict:
                raise
            problems.append(problem)
    _check_names(offices, named)
    found = _record_tenures(records, offices, 1)
    return Tenures(found, holders_per_office=offices), tuple(problems)


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
                # The record or event it began with, so that a written file joins its source.
                "" if tenure.began is None or _ROW_NAME.fullmatch(tenure.began) else tenure.began,
            )
        )
