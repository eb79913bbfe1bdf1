"""Timelines in and out of files: the events file format (TOML or JSON) and tenure CSV.

An events file holds documents (with the dates their phrases point back to), offices (with how
many people hold each at a time), eras, and events, each with its kind, its fields and its
``when`` as EDTF, ISO 8601 or an English phrase. TOML and JSON files have the same schema,
which ships with the package (``schema()``); ``docs/files.md`` describes it.

Everything goes through plain data: ``to_data`` / ``from_data`` turn a timeline into dicts,
lists, strings, integers and booleans and back; ``load`` / ``dump`` read and write files.

>>> from timeline import Event, Timeline
>>> data = to_data(Timeline([Event(id="a", when="2001-09-11")]))
>>> data["events"]
[{'id': 'a', 'kind': 'event', 'when': '2001-09-11'}]
>>> from_data(data)["a"].when
FuzzyDate.day(2001, 9, 11)
"""

from __future__ import annotations

import json
import os
import pathlib
import tomllib
from importlib import resources
from typing import IO, TYPE_CHECKING, Any

from timeline._io_csv import read_tenures as _read_tenures
from timeline._io_csv import write_tenures as _write_tenures
from timeline._io_read import timeline_from_data
from timeline._io_toml import dumps as _toml
from timeline._io_write import timeline_to_data
from timeline.errors import FileFormatError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from timeline._events import Event
    from timeline.engine._tenures import Tenure, Tenures
    from timeline.engine._timeline import Timeline

__all__ = ["dump", "from_data", "load", "read_tenures", "schema", "to_data", "write_tenures"]

_SUFFIXES = (".toml", ".json")


def to_data(timeline: Timeline) -> dict[str, Any]:
    """The timeline as plain data in the events file format (dicts, lists, str, int, bool).

    Documents are made from the events' sources, one per distinct title, dates and url, with
    an id made from the title; values equal to a field's default are left out.

    >>> from timeline import Appointment, Source, Timeline
    >>> source = Source(title="AP", written="2021-10-18", quote="since September 2018")
    >>> line = Timeline([Appointment(id="k", when="since September 2018", person="Z",
    ...                              office="Envoy", source=source)], offices={"Envoy": 1})
    >>> data = to_data(line)
    >>> data["documents"], data["offices"]
    ([{'id': 'ap', 'title': 'AP', 'written': '2021-10-18'}], [{'name': 'Envoy', 'holders': 1}])
    >>> data["events"][0]
    {'id': 'k', 'kind': 'appointment', 'when': 'since September 2018', 'person': 'Z', 'office': 'Envoy', 'document': 'ap', 'quote': 'since September 2018'}
    """  # noqa: E501 - a doctest's output is one line
    return timeline_to_data(timeline)


def from_data(
    data: Mapping[str, Any],
    *,
    path: str | os.PathLike[str] | None = None,
    kinds: Mapping[str, type[Event]] | None = None,
) -> Timeline:
    """The timeline that plain data in the events file format describes.

    ``path`` names the file in error messages. ``kinds`` adds kinds of your own (or replaces
    built-in ones), by name: ``{"election": Election}``, where ``Election.kind == "election"``.
    Anything that does not fit the format is a ``FileFormatError`` naming the file, the event
    and the field, and saying what was expected; nothing is dropped.

    >>> line = from_data({"format": "timeline", "version": 1,
    ...                   "events": [{"id": "a", "kind": "event", "when": "in May 2021"}]})
    >>> line["a"].when
    'in May 2021'
    >>> from_data({"format": "timeline", "version": 1,
    ...            "events": [{"id": "a", "kind": "event", "wehn": "2021"}]}, path="e.json")
    Traceback (most recent call last):
    ...
    timeline.errors.FileFormatError: e.json: event 'a', field 'wehn': unknown field; ... 'when'?
    """
    label = None if path is None else os.fspath(path)
    return timeline_from_data(data, path=label, kinds=kinds)


def _format(path: pathlib.Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in _SUFFIXES:
        msg = f"cannot tell the format from the suffix {path.suffix!r}; use .toml or .json"
        raise FileFormatError(msg, path=str(path))
    return suffix


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for key, value in pairs:
        if key in table:
            msg = f"the key {key!r} appears twice in one object"
            raise ValueError(msg)
        table[key] = value
    return table


def _parse(text: str, suffix: str, label: str) -> object:
    if suffix == ".toml":
        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise FileFormatError(f"not valid TOML: {error}", path=label) from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except ValueError as error:  # json.JSONDecodeError too
        raise FileFormatError(f"not valid JSON: {error}", path=label) from None


def load(
    path: str | os.PathLike[str], *, kinds: Mapping[str, type[Event]] | None = None
) -> Timeline:
    """Read a timeline from an events file, TOML or JSON by its suffix.

    ``kinds`` is as for ``from_data``. TOML is read with the standard library's ``tomllib``.

    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder) / "events.toml"
    ...     _ = path.write_text('''
    ... format = "timeline"
    ... version = 1
    ...
    ... [[events]]
    ... id = "doha"
    ... kind = "agreement"
    ... when = "2020-02-29"
    ... parties = ["United States", "Taliban"]
    ... ''')
    ...     line = load(path)
    >>> line["doha"].parties
    ('United States', 'Taliban')
    """
    file = pathlib.Path(path)
    suffix = _format(file)
    label = os.fspath(path)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise FileFormatError(f"not UTF-8 text: {error}", path=label) from None
    return timeline_from_data(_parse(text, suffix, label), path=label, kinds=kinds)


def dump(timeline: Timeline, path: str | os.PathLike[str]) -> None:
    r"""Write a timeline to an events file, TOML or JSON by its suffix (UTF-8).

    ``load(path) == timeline`` afterwards, for any timeline whose dates EDTF can write
    (phrases are written as they are given; an ``Expression`` as the phrase it prints).

    >>> import pathlib, tempfile
    >>> from timeline import Event, Timeline
    >>> line = Timeline([Event(id="a", when="2001-09-11", summary='The "9/11" attacks')])
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder) / "events.toml"
    ...     dump(line, path)
    ...     print(path.read_text(encoding="utf-8"))
    ...     same = load(path) == line
    format = "timeline"
    version = 1
    <BLANKLINE>
    [[events]]
    id = "a"
    kind = "event"
    when = "2001-09-11"
    summary = "The \"9/11\" attacks"
    <BLANKLINE>
    >>> same
    True
    """
    file = pathlib.Path(path)
    suffix = _format(file)
    data = timeline_to_data(timeline)
    if suffix == ".toml":
        text = _toml(data)
    else:
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    file.write_text(text, encoding="utf-8", newline="\n")


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the events file format, shipped with the package.

    The schema checks the structure (keys, types, kinds, required fields); ``load`` checks
    that too, and what a schema cannot: dates and phrases that read, documents that are
    defined, ids that are unique. It knows the built-in kinds only.

    >>> schema()["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    """
    text = resources.files("timeline.data").joinpath("timeline.schema.json").read_text("utf-8")
    value: dict[str, Any] = json.loads(text)
    return value


def read_tenures(
    path: str | os.PathLike[str] | IO[str],
    *,
    columns: Mapping[str, str] | None = None,
    holders: Mapping[str, int | None] | None = None,
    strict: bool = True,
) -> tuple[Tenures, tuple[FileFormatError, ...]]:
    r"""Tenures from a CSV file (or an open text file) of person, office, start and end.

    Dates may be partial EDTF (``1985-04``, ``1985``, ``198X``). A start or end may be empty
    (unknown), ``..`` (open) or, for an end, ``[2021-10-18..]`` (ongoing as of a date). In an
    office with one holder at a time (``holders`` as for ``tenures_from_records``, default 1)
    an empty end is closed by the next holder's start.

    Optional columns: ``id`` (names the row; else its number, counting from 1 after the
    header), ``how_ended`` or ``end_note``, ``acting`` (true/false, yes/no, 1/0, or empty),
    ``role``, ``end_state`` (if given, it must agree with ``end``) and ``handover`` (``next``:
    the row's last day is the day the next holder began). Other columns are ignored.
    ``columns`` maps these names to the file's own: ``{"person": "name"}`` (a name it does
    not know is a ``ValidationError``, listing the names).

    A bad row (one with more or fewer cells than the header, too) is a ``FileFormatError``
    naming the file, the row and the column; with ``strict=False`` bad rows are left out and
    returned as the second item instead. A path is read as UTF-8; text that is not is an
    error naming the file and the line.

    >>> import io
    >>> text = "name,office,start,end\nA,Envoy,2018-09,\nB,Envoy,2021-W42,..\n"
    >>> tenures, problems = read_tenures(io.StringIO(text), columns={"person": "name"})
    >>> [t.period.edtf() for t in tenures], problems
    (['2018-09/2021-W42', '2021-W42/..'], ())
    >>> read_tenures(io.StringIO("person,office,start,end\nA,Envoy,2018-13,\n"))
    Traceback (most recent call last):
    ...
    timeline.errors.FileFormatError: row 1, field 'start': expected a date such as ...
    """
    return _read_tenures(path, columns=columns, holders=holders, strict=strict)


def write_tenures(tenures: Iterable[Tenure], path: str | os.PathLike[str] | IO[str]) -> None:
    """Write tenures as CSV, one row each, in the columns ``read_tenures`` reads.

    The columns: person, office, start, end, end_state, how_ended, acting, role, id, handover.
    Each side is EDTF: an unknown side is empty, an open one ``..``, an ongoing end
    ``[as-of..]``; ``end_state`` spells the state out (known, ongoing, open, unknown); ``id``
    is the record or event the tenure began with (empty when it has none); ``handover`` is
    ``next`` where the next holder's start closed it on one (fuzzy) day.
    ``read_tenures`` reads the file back, with the same vacancies and overlaps.

    >>> import sys
    >>> from timeline import Period
    >>> from timeline.engine import Tenure
    >>> write_tenures([Tenure("A", "Envoy", Period.from_edtf("2018-09/[2021-10-18..]"))],
    ...               sys.stdout)
    person,office,start,end,end_state,how_ended,acting,role,id,handover
    A,Envoy,2018-09,[2021-10-18..],ongoing,,false,,,
    """
    _write_tenures(tenures, path)
