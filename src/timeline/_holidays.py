"""Holidays by name, for the English date parser: the catalogue, phrase lookup and region choice.

A phrase names a holiday through one of its aliases: normalised text, lower case, words
separated by single spaces, apostrophes dropped and other punctuation read as a space
(:func:`normalise`). Where countries keep a holiday of the same name on different days
(Thanksgiving, Mother's Day, Labour Day, Independence Day, ...) there is one :class:`Holiday`
per definition, each with the regions (ISO 3166 alpha-2) it applies to, and :func:`lookup`
picks the one for a region.

Dates are computed on demand, per year, by each holiday's rule (see
:mod:`timeline._holiday_rules` and :mod:`timeline._religious_rules`); nothing is precomputed.

>>> import datetime
>>> thanksgiving = lookup("thanksgiving", region="CA")
>>> [datetime.date.fromordinal(d).isoformat() for d in thanksgiving.occurrences(2013)[0]]
['2013-10-14', '2013-10-14']
"""

from __future__ import annotations

import re
import types
from typing import TYPE_CHECKING, Final

from timeline._civil_holidays import CIVIL_HOLIDAYS
from timeline._holiday_rules import Holiday, Span
from timeline._religious_holidays import RELIGIOUS_HOLIDAYS

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

__all__ = [
    "HOLIDAYS",
    "Holiday",
    "Span",
    "in_daytime",
    "lookup",
    "max_alias_words",
    "named",
    "normalise",
]

#: Every holiday definition: civil ones first, then the religious and traditional ones.
HOLIDAYS: Final[tuple[Holiday, ...]] = CIVIL_HOLIDAYS + RELIGIOUS_HOLIDAYS

#: The region whose definition a phrase means when no region is given.
DEFAULT_REGION: Final = "US"

_APOSTROPHES: Final = re.compile(r"['\u2019\u2018`]")
_NOT_WORD: Final = re.compile(r"[^0-9a-z]+")


def normalise(text: str) -> str:
    """The form aliases are written in: lower case, apostrophes dropped, words single-spaced.

    Any other run of punctuation or space is read as one space.

    >>> normalise("St. Patrick's  Day"), normalise("Jumu'atul-Wida"), normalise("Mini - Tuesday")
    ('st patricks day', 'jumuatul wida', 'mini tuesday')
    """
    return _NOT_WORD.sub(" ", _APOSTROPHES.sub("", text.lower())).strip()


def _build_index(holidays: tuple[Holiday, ...]) -> Mapping[str, tuple[Holiday, ...]]:
    index: dict[str, tuple[Holiday, ...]] = {}
    for holiday in holidays:
        for alias in holiday.aliases:
            if holiday not in index.get(alias, ()):
                index[alias] = (*index.get(alias, ()), holiday)
    return types.MappingProxyType(index)


# Derived from the constant catalogue alone, so every process rebuilds the same one on import.
_INDEX: Final = _build_index(HOLIDAYS)
_MAX_WORDS: Final = max(alias.count(" ") + 1 for alias in _INDEX)


def named(words: str) -> tuple[Holiday, ...]:
    """Every definition a normalised phrase names, in catalogue order.

    >>> [sorted(h.regions) for h in named("fathers day")][1]
    ['AU', 'NZ']
    """
    return _INDEX.get(words) or _INDEX.get(normalise(words), ())


def lookup(words: str, region: str | None = None) -> Holiday | None:
    """The holiday a normalised phrase names, or ``None``.

    Where several regions define the same name differently, the definition for ``region`` (an
    ISO 3166 alpha-2 code, any case) wins; failing that one that applies everywhere, then the
    US one, then the first. Without a region, the US definition wins, then one that applies
    everywhere. A phrase that is not yet normalised is normalised first.

    >>> lookup("mothers day").name, lookup("mothers day", "GB").name
    ("Mother's Day", 'Mothering Sunday')
    >>> lookup("labour day", "IN").regions
    frozenset()
    >>> lookup("blursday") is None
    True
    """
    candidates = named(words)
    if not candidates:
        return None
    preferences = (DEFAULT_REGION, "") if region is None else (region.upper(), "", DEFAULT_REGION)
    for preferred in preferences:
        for holiday in candidates:
            if (preferred in holiday.regions) if preferred else not holiday.regions:
                return holiday
    return candidates[0]


def max_alias_words() -> int:
    """The number of words in the longest alias: how far a parser must look ahead.

    >>> max_alias_words() >= len("holocaust martyrs and heroes remembrance day".split())
    True
    """
    return _MAX_WORDS


def in_daytime(holiday: Holiday, spans: Sequence[Span]) -> list[Span]:
    """A holiday's spans as the civil days of its daytime, for one kept from the eve before.

    >>> import datetime
    >>> purim = lookup("purim")
    >>> [datetime.date.fromordinal(d).isoformat() for d in in_daytime(
    ...     purim, purim.occurrences(2024))[0]]
    ['2024-03-24', '2024-03-24']
    """
    daytime = getattr(holiday.rule, "daytime", None)
    if daytime is None:
        return list(spans)
    return [daytime(span) for span in spans]
