"""A Timeline to plain data in the events file format: what a TOML or JSON file holds."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline._fuzzy import FuzzyDate
from timeline._io_kinds import COMMON_KEYS, FieldSpec, Shape, spec_of
from timeline._io_read import FORMAT, VERSION
from timeline._period import Period

if TYPE_CHECKING:
    from timeline._events import Event, Evidence, Source, When
    from timeline.engine._timeline import Timeline

__all__ = ["timeline_to_data"]

_WORD = re.compile(r"[a-z0-9]+")


class _Documents:
    """The documents the events cite, each once, with an id made from its title."""

    def __init__(self) -> None:
        self.ids: dict[tuple[str, FuzzyDate | None, FuzzyDate | None, str], str] = {}
        self.tables: list[dict[str, object]] = []

    def cite(self, source: Source) -> str:
        key = (source.title, source.written, source.published, source.url)
        if key in self.ids:
            return self.ids[key]
        base = "-".join(_WORD.findall(source.title.lower())[:5]) or "document"
        taken = set(self.ids.values())
        name, number = base, 1
        while name in taken:
            number += 1
            name = f"{base}-{number}"
        self.ids[key] = name
        table: dict[str, object] = {"id": name}
        if source.title:
            table["title"] = source.title
        if source.written is not None:
            table["written"] = source.written.edtf()
        if source.published is not None:
            table["published"] = source.published.edtf()
        if source.url:
            table["url"] = source.url
        self.tables.append(table)
        return name


def _evidence(piece: Evidence) -> str:
    if isinstance(piece, FuzzyDate | Period):
        return piece.edtf()
    if isinstance(piece, str):
        return piece
    # An expression (a later layer's evidence) is written as the phrase it prints as.
    phrase = getattr(piece, "phrase", None)
    if callable(phrase):
        return str(phrase())
    msg = f"cannot write {piece!r} as evidence of when"
    raise TypeError(msg)


def _when(value: When) -> str | list[str]:
    if isinstance(value, tuple):
        return [_evidence(piece) for piece in value]
    return _evidence(value)


def _value(event: Event, field: FieldSpec, value: object) -> object:
    if value is None:
        return None
    if field.shape is Shape.WHEN:
        return _when(value)  # type: ignore[arg-type]
    if field.shape is Shape.NAMES:
        names = list(value)  # type: ignore[call-overload]
        return sorted(names) if isinstance(value, frozenset) else names
    fits = {
        Shape.TEXT: isinstance(value, str),
        Shape.FLAG: isinstance(value, bool),
        Shape.INTEGER: isinstance(value, int) and not isinstance(value, bool),
    }
    if not fits[field.shape]:
        msg = f"event {event.id!r}: {field.key} should be {field.shape.value}, got {value!r}"
        raise TypeError(msg)
    return value


def _event(event: Event, documents: _Documents) -> dict[str, object]:
    spec = spec_of(event)
    table: dict[str, object] = {"id": event.id, "kind": spec.name, "when": _when(event.when)}
    own = [field for field in spec.fields if field.key not in COMMON_KEYS]
    common = [field for field in spec.fields if field.key in COMMON_KEYS]
    for field in (*own, *common):
        value = getattr(event, field.name)
        if not field.required and value == field.default:
            continue  # a default is left out, and read back as the default
        table[field.key] = _value(event, field, value)
    if event.source is not None:
        table["document"] = documents.cite(event.source)
        if event.source.quote:
            table["quote"] = event.source.quote
    return table


def timeline_to_data(timeline: Timeline) -> dict[str, object]:
    """The events file format's plain data for a timeline (empty sections left out)."""
    documents = _Documents()
    events = [_event(event, documents) for event in timeline.events]
    data: dict[str, object] = {"format": FORMAT, "version": VERSION}
    if documents.tables:
        data["documents"] = documents.tables
    for name in [*timeline.offices, *(era.name for era in timeline.eras)]:
        if not isinstance(name, str) or not name.strip():
            msg = f"an office or era needs a name to be written to a file, got {name!r}"
            raise ValueError(msg)
    if timeline.offices:
        data["offices"] = [
            {"name": name} if holders is None else {"name": name, "holders": holders}
            for name, holders in timeline.offices.items()
        ]
    if timeline.eras:
        data["eras"] = [
            {"name": era.name, "period": era.period.edtf()}
            | ({"color": era.color} if era.color else {})
            for era in timeline.eras
        ]
    if events:
        data["events"] = events
    return data
