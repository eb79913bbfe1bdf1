"""The event kinds a file can hold, and the shape each kind's fields take in a file."""

from __future__ import annotations

import enum
import types
import typing
from typing import TYPE_CHECKING, Final

import attrs

from timeline._events import (
    Agreement,
    Announcement,
    Appointment,
    Dismissal,
    Event,
    Meeting,
    Resignation,
    When,
    Withdrawal,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "BUILT_IN",
    "COMMON_KEYS",
    "FieldSpec",
    "KindSpec",
    "Shape",
    "kind_name",
    "spec_of",
    "specs",
]

#: The built-in kinds, by the name a file gives them.
BUILT_IN: Final[dict[str, type[Event]]] = {
    cls.kind: cls
    for cls in (
        Event,
        Appointment,
        Resignation,
        Dismissal,
        Agreement,
        Withdrawal,
        Announcement,
        Meeting,
    )
}

#: Keys every event table may have, whatever its kind, in the order they are written.
COMMON_KEYS: Final = ("id", "kind", "when", "summary", "actors", "tags", "document", "quote")
# Event's own attributes that the file spells differently (source is document + quote).
_SPECIAL: Final = frozenset({"id", "when", "source"})


class Shape(enum.Enum):
    """The value shapes a field can take in a file; each value says what is expected."""

    TEXT = "a string"
    FLAG = "true or false"
    INTEGER = "an integer"
    NAMES = 'a list of strings, such as ["Joe Biden"]'
    WHEN = 'a date or phrase, such as "2021-10-18" or "on Monday", or a list of them'


@attrs.frozen(slots=True)
class FieldSpec:
    """One field of a kind: its key in a file, attribute and ``__init__`` names, shape, default."""

    key: str
    name: str
    alias: str
    shape: Shape
    optional: bool
    required: bool
    default: object
    container: type = tuple


@attrs.frozen(slots=True)
class KindSpec:
    """A kind's name, class, and fields (the common ones first, then its own)."""

    name: str
    cls: type[Event]
    fields: tuple[FieldSpec, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        """Every key an event table of this kind may have."""
        own = tuple(field.key for field in self.fields if field.key not in COMMON_KEYS)
        return (*COMMON_KEYS, *own)


_WHEN_PARTS: Final = frozenset(typing.get_args(When))
_BY_NAME: Final = {
    "str": Shape.TEXT,
    "bool": Shape.FLAG,
    "int": Shape.INTEGER,
    "tuple[str,...]": Shape.NAMES,
    "frozenset[str]": Shape.NAMES,
    "When": Shape.WHEN,
}


def _shape_of_object(hint: object) -> tuple[Shape, bool, type] | None:
    """The shape, whether ``None`` is allowed, and the container type of a resolved hint."""
    scalars: dict[object, Shape] = {str: Shape.TEXT, bool: Shape.FLAG, int: Shape.INTEGER}
    if hint in scalars:
        return scalars[hint], False, tuple
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is tuple and args == (str, ...):
        return Shape.NAMES, False, tuple
    if origin is frozenset and args == (str,):
        return Shape.NAMES, False, frozenset
    if origin in (typing.Union, types.UnionType):
        rest = frozenset(args) - {types.NoneType}
        optional = len(rest) < len(args)
        if rest == _WHEN_PARTS:
            return Shape.WHEN, optional, tuple
        if optional and len(rest) == 1:
            inner = _shape_of_object(next(iter(rest)))
            return None if inner is None else (inner[0], True, inner[2])
    return None


def _shape_of_text(hint: str) -> tuple[Shape, bool, type] | None:
    """The same from an annotation left as text (names only a type checker could resolve)."""
    parts = [part for part in hint.replace(" ", "").split("|") if part]
    rest = [part for part in parts if part != "None"]
    if len(rest) != 1 or rest[0] not in _BY_NAME:
        return None
    container = frozenset if rest[0].startswith("frozenset") else tuple
    return _BY_NAME[rest[0]], len(rest) < len(parts), container


def _hints(cls: type) -> dict[str, object]:
    try:
        return typing.get_type_hints(cls)
    except (NameError, TypeError, AttributeError):
        # Annotations that name things imported only for type checkers: fall back to the
        # annotations as written, which _shape_of_text reads.
        return {}


# Specs are pure functions of the classes, so they are kept once made (rebuilt in each process).
_SPECS: dict[tuple[str, type[Event]], KindSpec] = {}


def _spec(name: str, cls: type[Event]) -> KindSpec:
    if (name, cls) not in _SPECS:
        _SPECS[name, cls] = _make_spec(name, cls)
    return _SPECS[name, cls]


def _make_spec(name: str, cls: type[Event]) -> KindSpec:
    hints = _hints(cls)
    fields: list[FieldSpec] = []
    for field in attrs.fields(cls):
        if not field.init or field.name in _SPECIAL:
            continue
        hint = hints.get(field.name, field.type)
        shape = _shape_of_text(hint) if isinstance(hint, str) else _shape_of_object(hint)
        if shape is None:
            msg = (
                f"{cls.__name__}.{field.name}: a file cannot hold values of type {hint!r}; "
                "kinds in files use str, bool, int, tuple[str, ...], frozenset[str] or When "
                "(each optionally | None)"
            )
            raise TypeError(msg)
        key = field.alias.removesuffix("_")  # from_ is "from" in a file
        if key in {"kind", "document", "quote"}:
            msg = f"{cls.__name__}.{field.name}: the key {key!r} is the file format's own"
            raise TypeError(msg)
        default: object = field.default
        factory = getattr(default, "factory", None)
        if factory is not None:  # an attrs.Factory: its value, unless it needs the instance
            default = attrs.NOTHING if getattr(default, "takes_self", False) else factory()
        fields.append(
            FieldSpec(
                key=key,
                name=field.name,
                alias=field.alias,
                shape=shape[0],
                optional=shape[1],
                required=field.default is attrs.NOTHING,
                default=default,
                container=shape[2],
            )
        )
    return KindSpec(name, cls, tuple(fields))


def specs(kinds: Mapping[str, type[Event]] | None = None) -> dict[str, KindSpec]:
    """The built-in kinds and the given ones (which may replace a built-in), by name.

    A user's kind must be an ``Event`` subclass whose ``kind`` is the name it is given, so that
    a file written from its events names it the same way.
    """
    chosen = dict(BUILT_IN)
    for name, cls in (kinds or {}).items():
        if not (isinstance(cls, type) and issubclass(cls, Event)):
            msg = f"kinds[{name!r}]: expected an Event subclass, got {cls!r}"
            raise TypeError(msg)
        if cls.kind != name:
            msg = (
                f"kinds[{name!r}]: {cls.__name__}.kind is {cls.kind!r}; give the class "
                f'`kind: ClassVar[str] = "{name}"` so that files name it as {name!r}'
            )
            raise ValueError(msg)
        chosen[name] = cls
    return {name: _spec(name, cls) for name, cls in chosen.items()}


def kind_name(event: Event) -> str:
    """The name a file gives the event's kind; a user's kind must declare its own.

    Without its own ``kind``, a subclass would be written under its parent's name and read
    back as the parent, losing its fields.
    """
    cls = type(event)
    if cls not in BUILT_IN.values() and "kind" not in vars(cls):
        msg = (
            f"{cls.__name__} has no kind of its own (it inherits {cls.kind!r}); give it one, "
            f'as in `kind: ClassVar[str] = "{cls.__name__.lower()}"`, and read the file with '
            f'kinds={{"{cls.__name__.lower()}": {cls.__name__}}}'
        )
        raise TypeError(msg)
    return cls.kind


def spec_of(event: Event) -> KindSpec:
    """The spec of an event's own class, under the name its file will give it."""
    return _spec(kind_name(event), type(event))
