"""A hand-written recursive-descent grammar of English temporal phrases.

Each method tries one construction at the current token and either returns an expression
(having consumed its tokens) or returns ``None`` and leaves the position where it was. The
phrase as a whole must be consumed; otherwise the error points at the furthest token any
construction reached, which is where the phrase stopped making sense.

The constructions are built up in layers, one module each, every layer using those below it:
reading tokens (``_reader``), numbers and amounts (``_numbers``), dates in full
(``_absolute``), recurring names (``_named``), stretches of time (``_periods``), nth ones and
parts of a unit (``_parts``), dates counted from the reference or another date
(``_relative``), and here one date with what may surround it (circa, a part of the day, a
clock time, signed amounts) and the phrase as a whole.
"""

from __future__ import annotations

from typing import Final

from timeline._duration import Duration, Qualifier
from timeline._expressions import (
    Amount,
    Between,
    Circa,
    Either,
    Expression,
    ForDuration,
    Named,
    NumericDate,
    Recent,
    Shift,
    Since,
    Until,
)
from timeline._patterns import Selector, WeekdayOf
from timeline.errors import InvalidDateError, OutOfRangeError, ParseError
from timeline.parsing import _lexicon as lex
from timeline.parsing._common import (
    _ABOUT_WORDS,
    _BOUNDING_BY_FIRST,
    _EDGES,
    _LAST_WORDS,
    _NEXT_WORDS,
    _NUMBER_STARTS,
    _ORDINAL_STARTS,
    _PARTS,
    _QUALIFIER_STARTS,
    _RELATIVE_WORDS,
    CIRCA_WORDS,
    NOW,
    TODAY,
    TOMORROW,
    _dispatch,
    _names_a_day,
    apostrophe_before,
)
from timeline.parsing._relative import RelativeDates

__all__ = ["CIRCA_WORDS", "Parser", "apostrophe_before"]


class Parser(RelativeDates):
    """One parse of one phrase; call :meth:`phrase` once.

    >>> from timeline.parsing._tokens import tokenize
    >>> Parser("next week", tokenize("next week")).phrase()
    CurrentUnit(unit=<Precision.WEEK: 'week'>, offset=1, anchor=None)
    """

    # --- the phrase ---------------------------------------------------------------------------

    def phrase(self) -> Expression:
        """The whole phrase, or a ``ParseError`` pointing where it stopped making sense."""
        for build in (self.date_phrase, self.period, self.amount_phrase):
            saved = self.i
            try:
                result = build()
                self._reach()
            except (InvalidDateError, OutOfRangeError) as error:
                token = self.tokens[min(self.i, len(self.tokens) - 1)] if self.tokens else None
                raise self._error(str(error), token) from None
            if result is not None and self.at_end():
                return result
            self.i = saved
        if not self.tokens:
            raise ParseError("an empty phrase", text=self.text, position=0)
        token = self.tokens[min(self.furthest, len(self.tokens) - 1)]
        if self.furthest >= len(self.tokens):
            raise self._error("the phrase ends too early", None)
        return self._raise_at(token)

    def longest_prefix(self) -> Expression | None:
        """The longest phrase that starts here, for finding dates in running text.

        Running text is not a phrase the user wrote for us: what does not make sense
        ("13/2021", "more than 0 days before") is simply not a date.
        """
        try:
            return self.first(self.date_phrase, self.period, self.amount_phrase)
        except (InvalidDateError, OutOfRangeError, ParseError, RecursionError):
            return None  # hundreds of nested dates are no phrase anyone wrote

    # --- dates --------------------------------------------------------------------------------

    def date_phrase(self) -> Expression | None:
        """A date, possibly with a leading preposition, or "before X" / "after X"."""
        self.take_any({"sometime", "sometimes", "anytime"})
        saved = self.i
        for words, build in _BOUNDING_BY_FIRST.get(self.word() or "", ()):
            if words == ("by",) and self.running_text:
                continue  # in running text the date found is the one named ("by May 1")
            if self.take(*words):
                anchor = self.date()
                if anchor is not None:
                    return build(anchor)
                self.i = saved  # "after four days," is a shift, not after a date
                break
        found = self.date()
        if found is None or self.running_text:
            # In running text "last week, or last month" names two dates, as annotators and
            # readers take it; "either" still joins two ("either Monday or Tuesday").
            return found
        # "late 2019 or early 2020": a plain "or" joins whole dates, so it is read only here.
        return self._one_of_several(found) or found

    def date(self) -> Expression | None:
        """A date, or "either X or Y" (which says where the two readings end)."""
        saved = self.i
        if not self.take("either"):
            return self._one_date()
        found = self.date()  # "either either A or B or C": the first is itself either of two
        either = self._or_second(found) if found is not None else None
        if either is None:  # "either Monday" says there is a second one
            self.i = saved
        return either

    def _or_second(self, found: Expression) -> Expression | None:
        """Either ``found`` or the date after "or", or ``None`` with no second date here.

        Both must be dates: a stretch ("2020-21") or a length has no one day to be.
        """
        saved = self.i
        other = self.date() if self.take("or") else None
        if other is None or isinstance(found, _STRETCHES) or isinstance(other, _STRETCHES):
            self.i = saved
            return None
        return Either(found, other)

    def _one_of_several(self, found: Expression) -> Expression | None:
        """One of a list of dates: "A or B", "A or B or C", "A, B or C", "A, B, or C".

        Commas and "or"s join them, "or" before the last; the value holds them all, as
        ``Either`` of the first and of the rest. ``None`` with no list here.
        """
        if isinstance(found, _STRETCHES):  # a stretch ("2020-21") has no one day to be
            return None
        saved = self.i
        listed, last_or = [found], False
        while self.i > 0 and not self.at_end():
            mark = self.i
            comma = "," in self.text[self.tokens[self.i - 1].end : self.tokens[self.i].start]
            took_or = self.take("or")
            other = self.date() if comma or took_or else None
            if other is None or isinstance(other, _STRETCHES):
                self.i = mark
                break
            listed.append(other)
            last_or = took_or
        if not last_or:  # "Monday, Tuesday" lists two dates; "or" says it is one of them
            self.i = saved
            return None
        either = listed[-1]
        for earlier in reversed(listed[:-1]):
            either = Either(earlier, either)
        return either

    def _one_date(self) -> Expression | None:
        """One date, with the part of the day it names dropped ("Monday night")."""
        circa = self._circa()
        if circa is not None:
            return circa
        saved = self.i
        inner = self._part_of_day_prefix()
        if inner is not None:
            return inner
        self.i = saved
        if self.clock_time():  # "8:25 a.m. Dec. 12, 2014": the time before its day
            found = self._date()
            if found is not None and _names_a_day(found):
                return found
            self.i = saved
        found = self._date()
        if found is not None and _names_a_day(found):
            # "tomorrow morning at 9", "yesterday at 5pm", "tonight at five": the day; the
            # time is dropped.
            # In a phrase given alone an hour after "at" is a time ("sunday at 2"); in running
            # text only after a part of the day ("on Monday at 3 people came" is a count).
            part = self.take_any(lex.PARTS_OF_DAY) or self.texts[self.i - 1] in _PART_WORDS
            self.clock_time(hour_alone=bool(part) or not self.running_text)
        return found if found is None else self._signed_offsets(self._week_on(found))

    def _week_on(self, found: Expression) -> Expression:
        """A week on from a day named alone: "Friday week", "tomorrow week" (British).

        Only a plain weekday, today or tomorrow, and in running text only where "week" ends
        the clause ("the Monday week of talks" is no date a week on).
        """
        plain_weekday = (
            type(found) is Named
            and isinstance(found.pattern, WeekdayOf)
            and found.selector is Selector.BIAS
            and found.anchor is None
        )
        if not (plain_weekday or found in (TODAY, TOMORROW)) or self.word() != "week":
            return found
        if self.running_text and not self._clause_ends_after(self.i):
            return found
        self.i += 1
        return Shift(self._coming(found), Duration(weeks=1))

    def signed_amount(self) -> Expression | None:
        """E.g. "+2 years", "-3y", "+2 months, 5 days": a signed amount from now."""
        if self.running_text or self.kind_here() not in ("+", "-"):
            return None
        return self._signed_offsets(NOW, required=True)

    def _signed_offsets(self, date: Expression, *, required: bool = False) -> Expression | None:
        """``date`` moved by each signed amount after it ("now - 1 day", "2023-12-29 -10days").

        Phrases only: in running text a dash before an amount is as often a range or an aside.
        """
        moved = date
        while not self.running_text and self.kind_here() in ("+", "-"):
            saved = self.i
            back = self.kinds[self.i] == "-"
            self.i += 1
            amount = self.amount()
            if amount is None or amount.qualifier is not Qualifier.EXACT:
                self.i = saved
                break
            moved = Shift(moved, -amount if back else amount)
        if required and moved is date:
            return None
        return moved

    def _circa(self) -> Expression | None:
        """E.g. "circa 1850", "c. 1850", "about 1850" (but "about three years" is a length)."""
        saved = self.i
        self.take_any({"in", "on", "at", "during", "by"})  # "in about 1850"
        word = self.take_any(CIRCA_WORDS)
        if word is None:
            self.i = saved
            return None
        after_word = self.i
        if word in _ABOUT_WORDS and self.amount() is not None:
            self.i = saved
            return None
        self.i = after_word
        inner = self.date()
        if inner is None:
            self.i = saved
            return None
        return Circa(inner)

    def _part_of_day_prefix(self) -> Expression | None:
        """E.g. "the morning of 17 October", "in the early hours of Monday": that day.

        Without "of" only before "yesterday", "today" or "tomorrow" ("afternoon yesterday").
        """
        self.take_any({"in", "on", "during"})
        self.take("the")
        early = self.word() in lex.EARLY_HOURS and self.word(1) == "hours"
        self.i += 2 * early  # "the early hours", "the wee hours", "the small hours"
        if not (early or self.take_any(lex.PARTS_OF_DAY)):
            return None
        if not self.take("of") and self.word() not in _DAY_WORDS:
            return None
        inside = self.i
        inner = self._date()
        dashed = "-" in self.kinds[inside : self.i]
        if self.running_text and type(inner) is NumericDate and inner.year is None and dashed:
            return None  # "the night of 3-4 May" is of two days in May, not of 4 March
        return inner if inner is not None and _names_a_day(inner) else None

    def _date(self) -> Expression | None:
        """One date."""
        if self.take("as", "of"):
            pass  # "as of Monday": on that day
        elif self._preposition():
            self.i += 1
        names = _DATE_DISPATCH.get(self.kind_here(), _DATE_FALLBACK)
        return self.first(*(getattr(self, name) for name in names))

    def _preposition(self) -> bool:
        """Whether a leading preposition is just a preposition.

        Not when it starts an amount: "in 3 days", "at least 2 days after X", "around 3 weeks
        later" (where "at least" and "around" qualify the amount).
        """
        word = self.word()
        if word == "over":
            # "over the weekend", "over Christmas"; not "over two years" (an amount) nor
            # "over the past week" (the days up to now).
            # "Over next year" (no "the") is over the calendar year, as "for next year" is.
            if self.word(1) == "the" and self.word(2) in _NEXT_WORDS | _LAST_WORDS | {"following"}:
                return False
            if self.word(1) in {"past", "coming", "following", "previous", "recent"}:
                return False
            ahead = self.peek(1)
            if ahead is not None and ahead.kind == "number":
                return False  # "over 2000 people" is a count
            self.i += 1
            is_amount = self.amount() is not None
            self.i -= 1
            return not is_amount
        if word not in ("on", "at", "in", "during", "of", "around", "by", "for"):
            return False
        if word == "for" and (
            self.running_text  # where the date after it is found alone ("set for Monday")
            or (self.word(1) == "the" and self.word(2) in _NEXT_WORDS | _LAST_WORDS)
        ):
            return False  # "for the next year" is the twelve months to come
        if word in ("in", "at", "around", "for"):  # "for next year", not "for two years"
            saved = self.i
            self.i += word in ("in", "for")
            is_amount = self._amounts() is not None
            self.i = saved
            return not is_amount
        return True


#: Nodes of stretches and lengths, which "or" does not join into one date.
_STRETCHES: Final = (Between, Since, Until, Recent, ForDuration, Amount)
#: Words that end a phrase naming a part of the day ("this morning", "tonight"), after which
#: an hour alone is a time ("this morning at 9").
_PART_WORDS: Final = lex.PARTS_OF_DAY | {"tonight"}
#: The days named by a word, which a part of the day can come before ("evening tomorrow").
_DAY_WORDS: Final = frozenset({"yesterday", "today", "tomorrow"})

# The first significant token (past "the"/"at") each construction can begin with. Holidays can
# begin with almost any word, so "named" is tried for every word class.
_DATE_STARTS: Final = {
    "event": ("event",),
    "tenure_start": ("taking",),
    "unit_offset": _NUMBER_STARTS,
    "shift": ("in", "after", "between", "unit", "hours", *_NUMBER_STARTS, *_QUALIFIER_STARTS),
    "weekdays_away": ("in", *_NUMBER_STARTS),
    "anniversary": _ORDINAL_STARTS,
    "closest": (*_ORDINAL_STARTS, "closest", "nearest"),
    "nth_relative": (*_ORDINAL_STARTS, "weekday", "weekend"),
    "nth_day_after": _ORDINAL_STARTS,
    "nth_in_unit": (*_ORDINAL_STARTS, "last", "final", "within", "his", "her", "their"),
    "part_of": (
        "the", "early", "mid", "middle", "late", "beginning", "start", "end", "ordinal word",
        "last", "eom", "bom", "eoy", "boy", "unit", "tail", "latter",
    ),
    "within_unit": ("earlier", "later", "the", "rest", "all", "whole", "so", "ytd", "this", "unit"),
    "narrative": (
        "the", "that", "same", "following", "previous", "preceding", "next", "unit",
        *sorted(lex.PARTS_OF_DAY),
    ),
    "relative_unit": ("the", *_RELATIVE_WORDS, "unit", "latest", "most", "same"),
    "fiscal_year": ("fiscal", "fy", "number", "following", *_RELATIVE_WORDS),
    "year_then_part": ("number", "unit", "following", *_RELATIVE_WORDS),
    "weekday_numeric_date": ("weekday",),
    "signed_amount": ("+", "-"),
    "iso_week": ("unit",),
    "named": (
        "weekday", "the", *_RELATIVE_WORDS, "following", "preceding", "month", "number",
        "ordinal", "ordinal word", "tens", "season", "quarter", "ides", "other", "number word",
        "new", "all", "day", "end", "s", "half", "unit", "last", "first", "weekend",
        *sorted(lex.PARTS_OF_DAY), *sorted(_PARTS.keys() | _EDGES.keys()),
    ),
    "absolute": (
        "number", "quarter", "the", "month", "ordinal", "ordinal word", "tens", "edtf",
        "number word", "decade word", "unit", "ad", "ce",
    ),
    "deictic": (
        "today", "todays", "now", "tonight", "tonights", "this", "right", "the", "tomorrow",
        "tomorrows", "yesterday", "yesterdays", "last", "same", "time",
    ),
}  # fmt: skip
_DATE_ORDER: Final = tuple(_DATE_STARTS)
_DATE_DISPATCH: Final = _dispatch(_DATE_STARTS, _DATE_ORDER)
_DATE_FALLBACK: Final = ("named",)
