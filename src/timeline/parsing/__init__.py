"""English temporal phrases: parsing them into expressions, resolving them, finding them in text.

>>> from timeline import parse, resolve
>>> parse("since September 2018").phrase()
'since September 2018'
>>> resolve("earlier this month", reference="2021-10-18").value
FuzzyDate.between('2021-10-01', '2021-10-17')
"""

from __future__ import annotations

import functools
import re
from typing import Any, Final

import attrs

from timeline._context import Context, Resolution
from timeline._expressions import Absolute, Expression
from timeline._fuzzy import DateLike, FuzzyDate
from timeline._period import Period
from timeline.errors import ParseError
from timeline.parsing._grammar import Parser
from timeline.parsing._lexicon import known_word
from timeline.parsing._tokens import tokenize

__all__ = ["extract", "parse", "resolve"]

# Text that is EDTF rather than English: a year first, a set, or an open interval. In any case:
# people type "199x" and "2021-w42"; ``FuzzyDate.from_edtf`` itself reads EDTF as the standard
# writes it, in capitals, so the phrase parser hands it the text upper-cased.
_EDTF: Final = re.compile(r"\s*(?:-?[0-9X]{4}(?:-|/|[?~%]|$)|\[|\.\.|/|Y-?\d)", re.IGNORECASE)


def parse(text: str) -> Expression:
    """The expression an English phrase (or an EDTF string) means.

    Unknown words are a ``ParseError`` that points at the word; nothing is guessed.

    >>> parse("3 days after {doha-agreement}").phrase()
    '3 days after {doha-agreement}'
    >>> parse("on blursday")
    Traceback (most recent call last):
    ...
    timeline.errors.ParseError: unknown word 'blursday' at position 3:
      on blursday
         ^^^^^^^^
    """
    if not isinstance(text, str):
        msg = f"parse: expected a phrase (str), got {text!r}"
        raise TypeError(msg)
    if _EDTF.match(text) and not _year_and_the_next(text):
        edtf = _edtf_value(text.strip().upper())
        if edtf is not None:
            return Absolute(edtf)
    tokens = tokenize(text)
    vocabulary = _holiday_vocabulary()
    for token in tokens:
        if token.kind == "word" and not known_word(token.text) and token.text not in vocabulary:
            msg = f"unknown word {text[token.start : token.end]!r}"
            raise ParseError(msg, text=text, position=token.start, length=token.end - token.start)
    try:
        return Parser(text, tokens, _holiday_words).phrase()
    except RecursionError:
        # "3 days after 3 days after ..." hundreds deep: no phrase a person writes.
        msg = "the phrase nests dates too deeply to read"
        raise ParseError(msg, text=text, position=0, length=len(text)) from None


def _year_and_the_next(text: str) -> bool:
    """Whether the text is "2020-21": in English two years, where EDTF reads spring 2020.

    Written alone, a year and the next one in two figures is a season or a financial year
    ("the 2020-21 season") far more often than EDTF's season code; ``FuzzyDate.from_edtf``
    still reads the code.
    """
    found = _YEAR_AND_NEXT.fullmatch(text.strip())
    return found is not None and int(found[2]) == (int(found[1]) + 1) % 100


_YEAR_AND_NEXT: Final = re.compile(r"(\d{4})-(\d{2})")


def _edtf_value(text: str) -> FuzzyDate | Period | None:
    try:
        return Period.from_edtf(text) if "/" in text else FuzzyDate.from_edtf(text)
    except ParseError:
        return None


@functools.cache
def _holiday_vocabulary() -> frozenset[str]:
    """Every word that appears in a holiday's name (built once, from constant tables)."""
    from timeline import _holidays

    return frozenset(
        word for h in _holidays.HOLIDAYS for alias in h.aliases for word in alias.split()
    )


def _holiday_words(words: list[str]) -> int:
    """How many of ``words`` (from the start) name a holiday, longest first; 0 for none."""
    from timeline import _holidays

    vocabulary = _holiday_vocabulary()
    limit = 0
    while limit < len(words) and limit < _holidays.max_alias_words() and words[limit] in vocabulary:
        limit += 1
    for count in range(limit, 0, -1):
        if _holidays.lookup(" ".join(words[:count])) is not None:
            return count
    return 0


def resolve(
    text: str,
    reference: FuzzyDate | DateLike | None = None,
    *,
    context: Context | None = None,
    **options: Any,  # noqa: ANN401 - forwarded to Context
) -> Resolution:
    """Parse and resolve a phrase against a reference date (the date the text was written).

    ``options`` are ``Context`` fields: ``bias="past"|"future"|"nearest"``, ``week_start``,
    ``region``, ...; or pass a whole ``context``.

    >>> resolve("in May", reference="2021-02-10").value
    FuzzyDate.month(2020, 5)
    >>> resolve("in May", reference="2021-02-10", bias="future").value
    FuzzyDate.month(2021, 5)
    """
    if context is None:
        context = Context(reference=reference, **options)
    elif reference is not None or options:
        changes = dict(options, **({"reference": reference} if reference is not None else {}))
        context = attrs.evolve(context, **changes)
    # Phrases recur (every story has its "on Monday"): the parse comes from a bounded cache of
    # pure results, shared by phrases that differ only in the event ids they name.
    return parse_with_ids(text).resolve(context, span=(0, len(text)))


def extract(
    text: str,
    reference: FuzzyDate | DateLike | None = None,
    *,
    context: Context | None = None,
    **options: Any,  # noqa: ANN401 - forwarded to Context
) -> list[Resolution]:
    """Find and resolve every temporal expression in running text, with character offsets.

    A lone month name counts only when it is capitalised and follows a preposition ("in May",
    not "may" the verb or "the March" the protest); a lone year only after a preposition or
    before a word it describes ("the 1996 Olympics"); a bare number never. With
    ``narrative=True`` each relative phrase ("two days later", "the next day") is read against
    the date mentioned before it, as HeidelTime's narrative mode does, and a date named without
    its year ("in October") is the one nearest that date; without narrative mode those that
    count forward are not counted from the reference ("two days later" is a length). A date
    named without its year follows the verb nearest it ("may leave in May" looks ahead, "said
    on Monday" back) unless ``follow_tense=False``; the bias decides where no verb says.

    >>> found = extract("He said on Monday he may leave in May.", reference="2021-10-18")
    >>> [(r.span, str(r.value)) for r in found]
    [((8, 17), '2021-10-18'), ((31, 37), '2022-05')]
    """
    from timeline.parsing._extract import extract_all

    if context is None:
        context = Context(reference=reference, **options)
    elif reference is not None or options:
        changes = dict(options, **({"reference": reference} if reference is not None else {}))
        context = attrs.evolve(context, **changes)
    return extract_all(text, context, _holiday_words)


_REFERENCE: Final = re.compile(r"\{([^{}]*)\}")


@functools.lru_cache(maxsize=4096)
def _parse_template(template: str) -> Expression:
    return parse(template)


def parse_with_ids(text: str) -> Expression:
    """``parse``, sharing the work between phrases that differ only in the ids they name.

    "3 days after {e1}" and "3 days after {e2}" parse once, as "3 days after {#0}", and the
    ids are put back into the tree. The cache is a bounded LRU of parse results: pure, and
    rebuilt on demand in every process.

    >>> parse_with_ids("3 days after {doha}").phrase()
    '3 days after {doha}'
    """
    ids = _REFERENCE.findall(text)
    if not ids:
        return _parse_template(text)
    placeholders = iter(range(len(ids)))
    template = _REFERENCE.sub(lambda _match: f"{{#{next(placeholders)}}}", text)
    try:
        expression = _parse_template(template)
    except ParseError:
        return parse(text)  # for an error that points into the text as written
    return expression.with_events({f"#{n}": event_id.strip() for n, event_id in enumerate(ids)})
