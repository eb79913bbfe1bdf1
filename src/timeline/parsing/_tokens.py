"""Splitting a phrase into tokens, each with its place in the original text."""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from timeline.errors import ParseError
from timeline.parsing import _lexicon as lex

__all__ = ["Token", "tokenize"]


class Token(NamedTuple):
    """One token: its kind, its normalised text, and where it is in the original text.

    Kinds: ``word`` (lower case, apostrophes removed), ``number`` (digits), ``ordinal``
    ("21st": ``text`` is the number), ``quarter`` ("2018q4", "q4"), ``event`` ("{id}": ``text``
    is the id), ``edtf`` (EDTF that English has no words for: "2020-W53", "199X", "2004-06~",
    "[2021-10-18..2021-10-24]"), and the separators ``-``, ``/`` and ``.``.
    """

    kind: str
    text: str
    start: int
    end: int


_TOKEN: Final = re.compile(
    r"(?P<event>\{[^{}\s][^{}]*\})"
    r"|(?P<edtf>\[[0-9X?~%.,\s-]*\]|-?\d{4}-W\d{2}[?~%]?|-?\d[0-9X]{3}(?:-[0-9X]{2}){0,2}[?~%]"
    r"|-?\d{1,3}X+(?![a-z0-9]))"
    r"|(?P<quarter>(?:\d{2}|\d{4})?q[1-4](?![a-z0-9]))"
    r"|(?P<ordinal>\d+(?:st|nd|rd|th)(?![a-z]))"
    r"|(?P<number>\d+)"
    # Spaces and punctuation, and the "T" between an ISO date and its time ("2010-11-22T22:59").
    r"|(?P<skip>[\s,;:!?()\"'\u2018\u2019\u201c\u201d]+|(?<=\d)t(?=\d))"
    r"|(?P<word>[a-z]+(?:['\u2019][a-z]+)*)"
    r"|(?P<dash>[-\u2013\u2014])"
    r"|(?P<plus>\+)"
    r"|(?P<slash>/)"
    r"|(?P<dot>\.)"
    r"|(?P<other>.)",
    re.IGNORECASE,
)


def tokenize(text: str, *, strict: bool = True) -> list[Token]:
    """The tokens of ``text``, each with its place in it.

    A character that cannot be part of a date is a ``ParseError``, or with ``strict=False``
    (for running text) skipped.

    Hyphens and dots that touch a letter join or abbreviate words ("mid-2019", "Feb.",
    "a.d."), so they are dropped; between numbers they separate the parts of a date.

    >>> [t.text for t in tokenize("Feb. 29, 2020")]
    ['feb', '29', '2020']
    >>> [t.kind for t in tokenize("10.31.1974")]
    ['number', '.', 'number', '.', 'number']
    >>> [t.text for t in tokenize("in 14 a.d.")]
    ['in', '14', 'ad']
    """
    if text.isascii() and _SIMPLE.fullmatch(text):
        return _simple(text)
    raw: list[Token] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        start, end = match.span()
        if kind == "skip":
            continue
        if kind == "other":
            if not strict:
                continue
            msg = f"unexpected character {match.group()!r}"
            raise ParseError(msg, text=text, position=start)
        value = match.group()
        if kind == "word":
            word = value.lower().replace("'", "").replace("\u2019", "")
            raw.append(Token("word", _ALIASES.get(word, word), start, end))
        elif kind == "edtf":
            if not strict and value.endswith("?") and not text[end : end + 1].strip():
                # "When is Christmas 2010?": in running text a question mark that ends a
                # sentence is punctuation, not EDTF's "uncertain".
                inner = tokenize(value[:-1], strict=False)
                raw.extend(Token(t.kind, t.text, start + t.start, start + t.end) for t in inner)
                continue
            raw.append(Token("edtf", value, start, end))
        elif kind == "event":
            raw.append(Token("event", value[1:-1].strip(), start, end))
        elif kind == "ordinal":
            raw.append(Token("ordinal", value[:-2], start, end))
        elif kind == "quarter":
            raw.append(Token("quarter", value.lower(), start, end))
        elif kind == "number":
            raw.append(Token("number", value, start, end))
        else:
            separator = {"dash": "-", "slash": "/", "dot": ".", "plus": "+"}[kind]  # type: ignore[index]
            raw.append(Token(separator, separator, start, end))
    return _join(raw)


#: Shortenings read as the word they stand for, which the grammar then knows under one name.
_ALIASES: Final = {"prev": "previous"}

_SIMPLE: Final = re.compile(r" *(?:[A-Za-z]+|[0-9]+)(?: +(?:[A-Za-z]+|[0-9]+))* *")


def _simple(text: str) -> list[Token]:
    """Tokens of plain words and numbers separated by spaces: the common case, done quickly."""
    tokens = []
    position = 0
    for piece in text.split(" "):
        if piece:
            kind = "number" if piece[0].isdigit() else "word"
            word = piece.lower()
            tokens.append(Token(kind, _ALIASES.get(word, word), position, position + len(piece)))
        position += len(piece) + 1
    return tokens


def _names_a_range(raw: list[Token], index: int) -> bool:
    """Whether the hyphen at ``index`` joins two ends of a range, not two parts of a word.

    Two months or two weekdays ("June-August", "Mon-Fri"), a day and a month with a day after
    it ("November 30-December 2"), or a day and month on each side ("30 November-2 December");
    not "mid-June" nor "18-Oct-2021", one date.
    """
    if raw[index].kind != "-" or not 0 < index < len(raw) - 1:
        return False
    before, after = raw[index - 1], raw[index + 1]
    if any(before.text in names and after.text in names for names in (lex.MONTHS, lex.WEEKDAYS)):
        return True
    rest = [t for t in raw[index + 2 : index + 4] if t.kind != "."]  # past "Dec." 's dot
    following = rest[0] if rest else None
    if (
        before.kind == "number"
        and after.text in lex.MONTHS
        and following is not None
        and following.kind == "number"
        and len(following.text) <= 2  # "30-December 2", not "18-Oct-2021"
    ):
        return True
    # A day first on both sides: "30 November-2 December 2021", not "Nov-21" nor "Aug-10-2012".
    earlier = raw[index - 2] if index >= 2 else None
    return (
        before.text in lex.MONTHS
        and earlier is not None
        and earlier.kind == "number"
        and after.kind == "number"
        and len(after.text) <= 2
        and following is not None
        and following.text in lex.MONTHS
    )


def _join(raw: list[Token]) -> list[Token]:
    """Drop hyphens and dots that touch words, and merge dotted initials ("a.d." -> "ad")."""
    tokens: list[Token] = []
    for index, token in enumerate(raw):
        if token.kind in ("-", "."):
            before = raw[index - 1] if index else None
            after = raw[index + 1] if index + 1 < len(raw) else None
            touches_word = (
                before is not None and before.kind == "word" and before.end == token.start
            ) or (after is not None and after.kind == "word" and after.start == token.end)
            trailing_dot = token.kind == "." and (after is None or after.start > token.end)
            if (touches_word or trailing_dot) and not _names_a_range(raw, index):
                continue
        if (
            token.kind == "word"
            and len(token.text) == 1
            and tokens
            and tokens[-1].kind == "word"
            and len(tokens[-1].text) <= 2
            and token.start - tokens[-1].end == 1
            and raw[index - 1].kind == "."
        ):
            previous = tokens.pop()
            token = Token("word", previous.text + token.text, previous.start, token.end)  # noqa: PLW2901
        tokens.append(token)
    return tokens
