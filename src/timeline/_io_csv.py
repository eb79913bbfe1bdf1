"""Tenures in and out of CSV: one row per tenure, with partial dates and the four end states."""

from __future__ import annotations

import csv
import io
import os
import re
from typing import IO, TYPE_CHECKING, Final, NoReturn

from timeline.engine._records import KEYS, REQUIRED, RowReader, _Record, _record_tenures
from timeline.engine._tenures import Tenure, Tenures, _check_names, _policy
from timeline.errors import FileFormatError, ValidationError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

    from timeline._period import Period

__all__ = ["COLUMNS", "WRITTEN", "read_tenures", "write_tenures"]

#: The columns a tenure file may have (``end_note`` is another name for ``how_ended``); the
#: first four are required.
COLUMNS: Final = KEYS
#: The columns ``write_tenures`` writes, in order.
WRITTEN: Final = (
    "person", "office", "start", "end", "end_state", "how_ended", "acting", "role", "id",
    "handover",
)  # fmt: skip
#: The name a row without an id is given, which is not written back as its id.
_ROW_NAME: Final = re.compile(r"row \d+")

PathOrFile = str | os.PathLike[str] | IO[str]


def _label(source: PathOrFile) -> str | None:
    if isinstance(source, str | os.PathLike):
        return os.fspath(source)
    name = getattr(source, "name", None)
    return name if isinstance(name, str) else None


class _Reader:
    """A CSV file's header and rows; each row's cells are read as a record's are."""

    def __init__(self, path: str | None, columns: Mapping[str, str] | None) -> None:
        self.path = path
        unknown = sorted(set(columns or {}) - set(COLUMNS))
        if unknown:
            msg = f"columns: unknown keys {unknown}; the keys are {', '.join(COLUMNS)}"
            raise ValidationError(msg, field="columns")
        self.named = dict(columns or {})
        self.columns = {key: self.named.get(key, key) for key in COLUMNS}
        self.rows = RowReader(path, self.columns)

    def fail(self, message: str, *, record: str | None = None, key: str | None = None) -> NoReturn:
        self.rows.fail(message, record=record, key=key)

    def header(self, names: list[str]) -> None:
        found = set(names)
        for key, column in self.columns.items():
            if column in found or (key not in REQUIRED and key not in self.named):
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

    def row(self, row: Mapping[str, str], number: int) -> _Record:
        return self.rows.read(lambda key: self.cell(row, key), number)

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
            records.append(reader.rows.unique(reader.row(row, number), number, seen))
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
                # Its last day is the next holder's first, however fuzzy the day.
                "next" if tenure.handover_to is not None else "",
            )
        )
