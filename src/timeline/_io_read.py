"""Plain data, as read from a TOML or JSON file, to a Timeline; every problem names its place."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, NoReturn

import attrs

from timeline._english import with_article
from timeline._events import _ID, Era, Event, Evidence, Source, When, _evidence
from timeline._fuzzy import FuzzyDate
from timeline._io_kinds import FieldSpec, KindSpec, Shape, specs
from timeline._period import Period
from timeline.engine._timeline import Timeline
from timeline.errors import FileFormatError, ParseError, TimelineError, ValidationError

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["FORMAT", "VERSION", "timeline_from_data"]

#: The value of a file's ``format`` key, and the version of the format this code reads.
FORMAT: Final = "timeline"
VERSION: Final = 1

_SECTIONS: Final = ("documents", "offices", "eras", "events")
_TOP_KEYS: Final = ("format", "version", *_SECTIONS)
_DOCUMENT_KEYS: Final = ("id", "title", "written", "published", "url")
_OFFICE_KEYS: Final = ("name", "holders")
_ERA_KEYS: Final = ("name", "period", "color")
_DATE_EXAMPLES: Final = "EDTF or ISO 8601 such as 2021-10-18, 2021-10 or 2021"


def _shown(value: object) -> str:
    """A value for a message: its repr, cut short when long; ``None`` as the file writes it."""
    if value is None:
        return "null"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _listing(names: Iterable[str]) -> str:
    return ", ".join(repr(name) for name in names)


def _is_table(value: object) -> bool:
    return isinstance(value, Mapping) and all(isinstance(key, str) for key in value)


class _Reader:
    """One reading of one file's data; ``fail`` raises the error that names the place."""

    def __init__(self, path: str | None, kinds: Mapping[str, type[Event]] | None) -> None:
        self.path = path
        self.kinds = specs(kinds)
        self.documents: dict[str, Source] = {}
        self.cited: set[str] = set()

    def fail(
        self,
        message: str,
        *,
        what: str = "event",
        record: str | None = None,
        field: str | None = None,
    ) -> NoReturn:
        raise FileFormatError(message, path=self.path, record=record, field=field, what=what)

    def read(self, data: object) -> Timeline:
        if not _is_table(data):
            self.fail(
                "expected a table of format, version, documents and events at the top, "
                f"got {_shown(data)}",
                what="file",
            )
        assert isinstance(data, Mapping)
        # The header first: a later version may have keys this one does not know.
        self.header(data)
        self.keys(data, _TOP_KEYS, what="file", where="the top level")
        for document in self.section(data, "documents", "document"):
            self.document(*document)
        offices: dict[str, int | None] = {}
        for number, table in self.section(data, "offices", "office"):
            name, holders = self.office(number, table)
            if name in offices:
                self.fail("another office has this name", what="office", record=name, field="name")
            offices[name] = holders
        eras = [self.era(number, table) for number, table in self.section(data, "eras", "era")]
        events: list[Event] = []
        first: dict[str, int] = {}
        for number, table in self.section(data, "events", "event"):
            event = self.event(number, table)
            if event.id in first:
                self.fail(
                    f"event #{first[event.id]} already has this id; ids must be unique",
                    record=event.id,
                    field="id",
                )
            first[event.id] = number
            events.append(event)
        for name in self.documents:
            if name not in self.cited:
                self.fail(
                    "no event cites this document; cite it (document = "
                    f"{name!r}) or remove it, since a timeline keeps only cited documents",
                    what="document",
                    record=name,
                )
        return Timeline(events, offices=offices, eras=eras)

    # --- the top level ------------------------------------------------------------------------

    def header(self, data: Mapping[str, object]) -> None:
        start = f'a timeline file starts with format = "{FORMAT}" and version = {VERSION}'
        if "format" not in data:
            self.fail(f"missing; {start}", what="file", field="format")
        if data["format"] != FORMAT:
            self.fail(
                f"expected {FORMAT!r}, got {_shown(data['format'])}", what="file", field="format"
            )
        if "version" not in data:
            self.fail(f"missing; {start}", what="file", field="version")
        version = data["version"]
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            self.fail(f"expected {VERSION}, got {_shown(version)}", what="file", field="version")
        if version > VERSION:
            self.fail(
                f"the file is in version {version} of the format, and this timeline reads "
                f"version {VERSION}; upgrade timeline to read it",
                what="file",
                field="version",
            )

    def section(
        self, data: Mapping[str, object], name: str, what: str
    ) -> Iterable[tuple[int, Mapping[str, object]]]:
        tables = data.get(name, [])
        if not isinstance(tables, list):
            self.fail(
                f"expected a list of tables ([[{name}]] in TOML, an array of objects in JSON), "
                f"got {_shown(tables)}",
                what="file",
                field=name,
            )
        for number, table in enumerate(tables, start=1):
            if not _is_table(table):
                self.fail(
                    f"expected a table ([[{name}]] in TOML, an object in JSON), "
                    f"got {_shown(table)}",
                    what=what,
                    record=f"#{number}",
                )
            yield number, table

    def keys(
        self,
        table: Mapping[str, object],
        allowed: Iterable[str],
        *,
        what: str,
        record: str | None = None,
        where: str = "",
    ) -> None:
        names = tuple(allowed)
        for key in table:
            if key not in names:
                close = difflib.get_close_matches(key, names, n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                where = where or with_article(what)
                self.fail(
                    f"unknown field; {where} has {_listing(names)}{hint}",
                    what=what,
                    record=record,
                    field=key,
                )

    def text(
        self,
        table: Mapping[str, object],
        key: str,
        *,
        what: str,
        record: str | None,
        required: bool = False,
    ) -> str | None:
        if key not in table:
            if required:
                self.fail(
                    f"missing; expected {Shape.TEXT.value}", what=what, record=record, field=key
                )
            return None
        value = table[key]
        if not isinstance(value, str):
            self.fail(
                f"expected {Shape.TEXT.value}, got {_shown(value)}",
                what=what,
                record=record,
                field=key,
            )
        return value

    def date(
        self, table: Mapping[str, object], key: str, *, what: str, record: str
    ) -> FuzzyDate | None:
        text = self.text(table, key, what=what, record=record)
        if text is None:
            return None
        try:
            return FuzzyDate.from_edtf(text.strip())
        except (TimelineError, ValueError) as error:
            self.fail(
                f"expected a date in {_DATE_EXAMPLES}: {error}", what=what, record=record, field=key
            )

    def identifier(
        self, table: Mapping[str, object], number: int, *, what: str, key: str = "id"
    ) -> str:
        label = f"#{number}"
        value = self.text(table, key, what=what, record=label, required=True)
        assert value is not None
        if key == "id" and not _ID.fullmatch(value):
            self.fail(
                "expected ASCII letters, digits and '-_.:' (no spaces, braces or accents), "
                f"got {value!r}",
                what=what,
                record=label,
                field=key,
            )
        if not value.strip():
            self.fail("expected a name, got an empty string", what=what, record=label, field=key)
        return value

    # --- documents, offices, eras ---------------------------------------------------------------

    def document(self, number: int, table: Mapping[str, object]) -> None:
        name = self.identifier(table, number, what="document")
        self.keys(table, _DOCUMENT_KEYS, what="document", record=name)
        if name in self.documents:
            self.fail("another document has this id", what="document", record=name, field="id")
        self.documents[name] = Source(
            title=self.text(table, "title", what="document", record=name) or "",
            written=self.date(table, "written", what="document", record=name),
            published=self.date(table, "published", what="document", record=name),
            url=self.text(table, "url", what="document", record=name) or "",
        )

    def office(self, number: int, table: Mapping[str, object]) -> tuple[str, int | None]:
        name = self.identifier(table, number, what="office", key="name")
        self.keys(table, _OFFICE_KEYS, what="office", record=name)
        holders = table.get("holders")
        if holders is not None and (
            not isinstance(holders, int) or isinstance(holders, bool) or holders < 1
        ):
            self.fail(
                "expected how many people hold the office at a time (an integer, 1 or more), "
                f"or nothing for any number; got {_shown(holders)}",
                what="office",
                record=name,
                field="holders",
            )
        return name, holders

    def era(self, number: int, table: Mapping[str, object]) -> Era:
        name = self.identifier(table, number, what="era", key="name")
        self.keys(table, _ERA_KEYS, what="era", record=name)
        text = self.text(table, "period", what="era", record=name, required=True)
        assert text is not None
        expected = "expected an EDTF interval such as 2021-01-20/2025-01-20"
        if "/" not in text:
            self.fail(f"{expected}, got {text!r}", what="era", record=name, field="period")
        try:
            period = Period.from_edtf(text.strip())
        except (TimelineError, ValueError) as error:
            self.fail(f"{expected}: {error}", what="era", record=name, field="period")
        color = self.text(table, "color", what="era", record=name) or ""
        return Era(name, period, color)

    # --- events ---------------------------------------------------------------------------------

    def event(self, number: int, table: Mapping[str, object]) -> Event:
        event_id = self.identifier(table, number, what="event")
        spec = self.kind(table, event_id)
        where = with_article(spec.name) + ("" if spec.name == "event" else " event")
        self.keys(table, spec.keys, what="event", record=event_id, where=where)
        values: dict[str, Any] = {"id": event_id}
        if "when" not in table:
            self.fail(f"missing; expected {Shape.WHEN.value}", record=event_id, field="when")
        values["when"] = self.when(table["when"], record=event_id, key="when")
        for field in spec.fields:
            if field.key in table:
                values[field.alias] = self.value(field, table[field.key], event_id)
            elif field.required:
                self.fail(
                    f"missing; expected {field.shape.value}", record=event_id, field=field.key
                )
        source = self.source(table, event_id)
        if source is not None:
            values["source"] = source
        try:
            return spec.cls(**values)
        except ValidationError as error:
            key = next((f.key for f in spec.fields if f.alias == error.field), error.field)
            reason = str(error).removeprefix(f"{spec.cls.__name__} {event_id!r}: ")
            self.fail(reason, record=event_id, field=key)
        except (TypeError, ValueError) as error:
            self.fail(f"{spec.cls.__name__}: {error}", record=event_id)

    def kind(self, table: Mapping[str, object], event_id: str) -> KindSpec:
        known = _listing(sorted(self.kinds))
        if "kind" not in table:
            self.fail(f"missing; expected one of {known}", record=event_id, field="kind")
        kind = table["kind"]
        if not isinstance(kind, str) or kind not in self.kinds:
            self.fail(
                f"unknown kind {_shown(kind)}; expected one of {known} (a kind of your own is "
                "read with kinds={name: class}, or on the command line with --kind "
                "name=<the built-in kind it acts as>)",
                record=event_id,
                field="kind",
            )
        return self.kinds[kind]

    def value(self, field: FieldSpec, value: object, event_id: str) -> object:
        expected = f"expected {field.shape.value}"
        if value is None:
            if field.optional:
                return None
            self.fail(f"{expected}, got null", record=event_id, field=field.key)
        if field.shape is Shape.WHEN:
            return self.when(value, record=event_id, key=field.key)
        if field.shape is Shape.NAMES:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                self.fail(f"{expected}, got {_shown(value)}", record=event_id, field=field.key)
            return field.container(value)
        fits = {
            Shape.TEXT: isinstance(value, str),
            Shape.FLAG: isinstance(value, bool),
            Shape.INTEGER: isinstance(value, int) and not isinstance(value, bool),
        }
        if not fits[field.shape]:
            self.fail(f"{expected}, got {_shown(value)}", record=event_id, field=field.key)
        return value

    def when(self, value: object, *, record: str, key: str) -> When:
        expected = f"expected {Shape.WHEN.value}"
        if isinstance(value, list):
            if not value:
                self.fail(f"{expected}, got an empty list", record=record, field=key)
            return tuple(self.evidence(piece, record=record, key=key) for piece in value)
        return self.evidence(value, record=record, key=key)

    def evidence(self, value: object, *, record: str, key: str) -> Evidence:
        if not isinstance(value, str):
            self.fail(f"expected {Shape.WHEN.value}, got {_shown(value)}", record=record, field=key)
        try:
            return _evidence(value)
        except ParseError as error:
            self.fail(
                f"expected {_DATE_EXAMPLES}, or an English phrase; {value!r} is neither: {error}",
                record=record,
                field=key,
            )
        except (TimelineError, ValueError) as error:
            self.fail(f"{value!r}: {error}", record=record, field=key)

    def source(self, table: Mapping[str, object], event_id: str) -> Source | None:
        name = self.text(table, "document", what="event", record=event_id)
        quote = self.text(table, "quote", what="event", record=event_id)
        if name is None:
            return None if quote is None else Source(quote=quote)
        if name not in self.documents:
            defined = _listing(self.documents) or "none"
            self.fail(
                f"no document has the id {name!r} (defined: {defined}); define it in "
                "[[documents]] before citing it",
                record=event_id,
                field="document",
            )
        self.cited.add(name)
        return attrs.evolve(self.documents[name], quote=quote or "")


def timeline_from_data(
    data: object,
    *,
    path: str | None = None,
    kinds: Mapping[str, type[Event]] | None = None,
) -> Timeline:
    """The timeline that plain data in the events file format describes."""
    return _Reader(path, kinds).read(data)
