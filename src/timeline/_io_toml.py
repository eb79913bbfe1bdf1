"""A TOML writer for exactly the shapes the events file format has.

The standard library reads TOML (``tomllib``) but does not write it. The format needs little:
top-level keys with strings and integers, then arrays of tables (``[[events]]``) whose values are
strings, integers, booleans and arrays of strings. Anything else is a ``TypeError`` rather than
a guess, so what is written is always read back the same.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["dumps"]

_BARE_KEY: Final = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPES: Final = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}
# TOML integers are signed 64-bit.
_INT_MIN: Final = -(2**63)
_INT_MAX: Final = 2**63 - 1


def _string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = ['"']
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif char < " " or char == "\x7f":
            out.append(f"\\u{ord(char):04X}")
        elif "\ud800" <= char <= "\udfff":
            msg = f"cannot write a lone surrogate ({char!r}) in TOML, which is UTF-8"
            raise ValueError(msg)
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def _key(name: str) -> str:
    return name if _BARE_KEY.fullmatch(name) else _string(name)


def _scalar(value: object, where: str) -> str:
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, bool):  # before int: a bool is an int
        return "true" if value else "false"
    if isinstance(value, int):
        if not _INT_MIN <= value <= _INT_MAX:
            msg = f"{where}: {value} does not fit a TOML integer (64 bits)"
            raise ValueError(msg)
        return str(value)
    if value is None:
        msg = f"{where}: TOML has no null; leave the key out instead"
        raise TypeError(msg)
    msg = f"{where}: the events file format has no values like {value!r}"
    raise TypeError(msg)


def _value(value: object, where: str) -> str:
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_scalar(item, where) for item in value) + "]"
    return _scalar(value, where)


def _pairs(table: Mapping[str, object], where: str) -> list[str]:
    return [f"{_key(key)} = {_value(value, f'{where}.{key}')}" for key, value in table.items()]


def dumps(data: Mapping[str, object]) -> str:
    r"""TOML text for ``data``: scalars and lists first, then each list of tables as ``[[name]]``.

    >>> print(dumps({"format": "timeline", "events": [{"id": "a", "when": ["x", 'say "hi"']}]}))
    format = "timeline"
    <BLANKLINE>
    [[events]]
    id = "a"
    when = ["x", "say \"hi\""]
    <BLANKLINE>
    """
    lines: list[str] = []
    tables: list[tuple[str, list[Mapping[str, object]]]] = []
    for key, value in data.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            tables.append((key, value))
        else:
            lines.append(f"{_key(key)} = {_value(value, key)}")
    for name, items in tables:
        for number, table in enumerate(items, start=1):
            lines += ["", f"[[{_key(name)}]]", *_pairs(table, f"{name}[{number}]")]
    return "\n".join(lines) + "\n"
