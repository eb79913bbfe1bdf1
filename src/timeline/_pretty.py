"""How values with a repr of their own print in Hypothesis' failing examples.

Hypothesis prints an attrs instance field by field (``FuzzyDate(earliest_day=737434, ...)``)
unless the class has a ``_repr_pretty_`` method; with this one it prints the readable repr
(``FuzzyDate.month(2020, 1)``) that the class already gives.
"""

from __future__ import annotations

from typing import Protocol


class _Printer(Protocol):
    def text(self, obj: str) -> None: ...


def pretty_by_repr(value: object, printer: _Printer, cycle: bool) -> None:
    """Print ``value`` as its ``repr`` (assigned as ``_repr_pretty_`` in a class body)."""
    del cycle  # a value that prints as its repr holds no cycle
    printer.text(repr(value))
