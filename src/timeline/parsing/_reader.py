"""Reading tokens: the position in a phrase, looking ahead, taking words, trying constructions."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final, TypeVar

from timeline.errors import ParseError
from timeline.parsing._common import _word_class, apostrophe_before

if TYPE_CHECKING:
    from collections.abc import Callable, Container

    from timeline._expressions import Expression
    from timeline.parsing._tokens import Token

T = TypeVar("T")

#: The word just before a place in the text, with only spaces after it.
LAST_WORD: Final = re.compile(r"([A-Za-z]+)\s*$")
#: How far back the word before a phrase is looked for (a word and the spaces after it).
_WORD_WINDOW: Final = 64


class Reader:
    """The tokens of one phrase and a place in them, with what every construction uses."""

    def __init__(
        self,
        text: str,
        tokens: list[Token],
        holidays: Callable[[list[str]], int] | None = None,
        *,
        running_text: bool = False,
        narrative: bool = False,
    ) -> None:
        self.text = text
        # Running text is not a phrase written for us: forms that are dates in a phrase but
        # more often something else in prose ("year 2 students", "from 4 to 22 this month",
        # "after four days, ..." with nothing to count from) are not read there.
        self.running_text = running_text
        # "Four days before, ..." counts from the last date of a story told in order; in
        # running text that is not read as one (``Context.narrative``) it is left a length.
        self.anchorless = not running_text or narrative
        self.tokens = tokens
        # Events are kept as "{id}" so that an id never reads as a keyword.
        self.texts = [("{%s}" % t.text) if t.kind == "event" else t.text for t in tokens]  # noqa: UP031
        self.kinds = [t.kind for t in tokens]
        self.size = len(tokens)
        self.i = 0
        self.furthest = 0
        # Given the words from here on, how many of them name a holiday (0 for none).
        self.holiday_words = holidays or (lambda _words: 0)
        self._holidays_at: dict[int, int] = {}

    # --- token helpers ------------------------------------------------------------------------

    def peek(self, ahead: int = 0) -> Token | None:
        """The token ``ahead`` places on, if any."""
        index = self.i + ahead
        return self.tokens[index] if index < self.size else None

    def word(self, ahead: int = 0) -> str | None:
        """The word ``ahead`` places on, if that token is a word."""
        index = self.i + ahead
        if index < self.size and self.kinds[index] == "word":
            return self.texts[index]
        return None

    def take(self, *words: str) -> bool:
        """Consume the words in order if they are next."""
        start = self.i
        if len(words) == 1:
            if start < self.size and self.texts[start] == words[0]:
                self.i = start + 1
                return True
            return False
        end = start + len(words)
        if tuple(self.texts[start:end]) == words:
            self.i = end
            return True
        return False

    def take_any(self, words: Container[str]) -> str | None:
        """Consume the next word if it is one of ``words``."""
        index = self.i
        if index < self.size and self.kinds[index] == "word":
            word = self.texts[index]
            if word in words:
                self.i = index + 1
                return word
        return None

    def _days_were_ordinals(self) -> bool:
        """Whether the numbers read so far in this construction were written as ordinals."""
        numbers = [t for t in self.tokens[: self.i] if t.kind in ("number", "ordinal")]
        return bool(numbers) and all(t.kind == "ordinal" for t in numbers[-2:])

    def plural_next(self) -> bool:
        """Whether the next word is a plural unit ("weeks", not "week's")."""
        return self.i < self.size and self._plural_at(self.i)

    def took_plural(self) -> bool:
        """Whether the word just taken is a plural unit ("weeks", not "week's")."""
        return self._plural_at(self.i - 1)

    def _plural_at(self, index: int) -> bool:
        """Whether the word at ``index`` ends in "s" with no apostrophe cut from it."""
        return self.tokens[index].text.endswith("s") and not self.possessive_at(index)

    def word_before(self, index: int) -> str:
        """The word before token ``index``, in lower case, even before the tokens given."""
        if index > 0:
            return self.texts[index - 1]
        if not self.tokens:
            return ""
        start = self.tokens[0].start  # a short window: the search is anchored at its end
        found = LAST_WORD.search(self.text, max(0, start - _WORD_WINDOW), start)
        return found.group(1).lower() if found else ""

    def possessive_at(self, index: int) -> bool:
        """Whether the word at ``index`` had an apostrophe cut from it ("Friday's")."""
        token = self.tokens[index]
        return token.end - token.start != len(token.text)

    def _reach(self) -> None:
        self.furthest = max(self.furthest, self.i)

    def kind_here(self) -> str:
        """What the next significant token is (past "the" and "at"), to pick constructions."""
        index = self.i
        while (
            index < self.size and self.texts[index] in ("the", "at") and self.kinds[index] == "word"
        ):
            index += 1
        if index >= self.size:
            return "end"
        kind = self.kinds[index]
        if kind != "word":
            return kind
        return _word_class(self.texts[index])

    def attempt(self, build: Callable[[], T | None]) -> T | None:
        """Run one construction; on failure put the position back."""
        saved = self.i
        result = build()
        self._reach()
        if result is None:
            self.i = saved
        return result

    def first(self, *builds: Callable[[], T | None]) -> T | None:
        """The construction that reads furthest (the earliest one on a tie)."""
        start = self.i
        best: T | None = None
        best_end = start
        for build in builds:
            self.i = start
            result = build()
            self.furthest = max(self.furthest, self.i)
            if result is not None and (best is None or self.i > best_end):
                best, best_end = result, self.i
                if best_end >= len(self.tokens):
                    break
        self.i = best_end if best is not None else start
        return best

    def _clause_ends_after(self, index: int) -> bool:
        """Whether token ``index`` ends the phrase or is followed by punctuation."""
        if index + 1 >= self.size:
            return True
        between = self.text[self.tokens[index].end : self.tokens[index + 1].start]
        return any(mark in between for mark in ",;:.!?)")

    def at_end(self) -> bool:
        """Whether every token is consumed."""
        return self.i >= self.size

    def _raise_at(self, token: Token) -> Expression:
        shown = self.text[token.start : token.end]
        raise self._error(f"did not expect {shown!r} here", token)

    def _error(self, reason: str, token: Token | None) -> ParseError:
        if token is None:
            return ParseError(reason, text=self.text, position=len(self.text))
        return ParseError(
            reason, text=self.text, position=token.start, length=token.end - token.start
        )

    def _written_in_capitals(self, index: int) -> bool:
        token = self.tokens[index]
        return self.text[token.start : token.end].isupper()

    def _after_apostrophe(self, token: Token) -> bool:
        return apostrophe_before(self.text, token)
