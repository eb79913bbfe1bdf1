"""A hand-written recursive-descent grammar of English temporal phrases.

Each method tries one construction at the current token and either returns an expression
(having consumed its tokens) or returns ``None`` and leaves the position where it was. The
phrase as a whole must be consumed; otherwise the error points at the furthest token any
construction reached, which is where the phrase stopped making sense.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, TypeVar

import attrs

from timeline import _calendar as cal
from timeline._duration import Duration, Qualifier
from timeline._expressions import (
    Absolute,
    After,
    Amount,
    Anniversary,
    Before,
    Between,
    Circa,
    CurrentUnit,
    EventRef,
    Expression,
    ForDuration,
    InUnit,
    Named,
    Now,
    NthInUnit,
    NumericDate,
    Part,
    PartOf,
    Previous,
    Recent,
    Shift,
    ShortDecade,
    ShortYear,
    Since,
    TenureStart,
    UnitOf,
    Until,
    WithinUnit,
    WithinUnitPart,
    weekday_alone,
)
from timeline._fiscal import FiscalYear
from timeline._fuzzy import FuzzyDate
from timeline._patterns import (
    DayOfMonth,
    HalfOf,
    Holiday,
    HolidayWeekend,
    Intersection,
    IsoWeekOf,
    MonthDay,
    MonthOf,
    Pattern,
    QuarterOf,
    SeasonOf,
    Selector,
    UnitPattern,
    WeekdayOf,
    Weekend,
)
from timeline._precision import Precision
from timeline.errors import InvalidDateError, OutOfRangeError, ParseError
from timeline.parsing import _lexicon as lex

if TYPE_CHECKING:
    from collections.abc import Callable, Container

    from timeline.parsing._tokens import Token

__all__ = ["CIRCA_WORDS", "Parser", "apostrophe_before"]

T = TypeVar("T")

TODAY: Final = CurrentUnit(Precision.DAY, 0)
NOW: Final = Now()

_QUALIFIERS: Final = (
    (("more", "than"), Qualifier.AT_LEAST),
    (("over",), Qualifier.AT_LEAST),
    (("at", "least"), Qualifier.AT_LEAST),
    (("upwards", "of"), Qualifier.AT_LEAST),
    (("no", "less", "than"), Qualifier.AT_LEAST),
    (("less", "than"), Qualifier.AT_MOST),
    (("under",), Qualifier.AT_MOST),
    (("at", "most"), Qualifier.AT_MOST),
    (("up", "to"), Qualifier.AT_MOST),
    (("no", "more", "than"), Qualifier.AT_MOST),
    (("nearly",), Qualifier.AT_MOST),
    (("almost",), Qualifier.AT_MOST),
    (("about",), Qualifier.ABOUT),
    (("around",), Qualifier.ABOUT),
    (("approximately",), Qualifier.ABOUT),
    (("roughly",), Qualifier.ABOUT),
    (("some",), Qualifier.ABOUT),
    (("circa",), Qualifier.ABOUT),
)
_NEXT_WORDS: Final = frozenset({"next", "coming", "upcoming"})
#: Units counted inside a larger one ("the last week of May", "the first two quarters").
_NTH_UNITS: Final = frozenset({Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.QUARTER})
#: Words that mark a date as approximate ("circa 1850"); the last four also qualify lengths.
_ABOUT_WORDS: Final = frozenset({"about", "around", "approximately", "roughly"})
CIRCA_WORDS: Final = frozenset({"circa", "c", "ca"}) | _ABOUT_WORDS
#: Round numbers said with an article: "a hundred years ago" ("a dozen" is any number times 12).
_ROUND_NUMBERS: Final = {"hundred": 100, "thousand": 1000}
_LAST_WORDS: Final = frozenset({"last", "past", "previous", "prior"})
_THIS_WORDS: Final = frozenset({"this", "current", "present"})
_RANGE_WORDS: Final = frozenset({"to", "till", "til", "until", "through", "thru", "-"})
_AMOUNT_UNITS: Final = {
    Precision.DAY: "days",
    Precision.WEEK: "weeks",
    Precision.MONTH: "months",
    Precision.YEAR: "years",
}
_PARTS: Final = {"early": Part.EARLY, "mid": Part.MID, "middle": Part.MID, "late": Part.LATE}
_EDGES: Final = {
    "beginning": Part.BEGINNING,
    "start": Part.BEGINNING,
    "end": Part.END,
    "middle": Part.MID,
}
_ABBREVIATIONS: Final = {
    "eom": (Part.END, Precision.MONTH),
    "bom": (Part.BEGINNING, Precision.MONTH),
    "eoy": (Part.END, Precision.YEAR),
    "boy": (Part.BEGINNING, Precision.YEAR),
}


class Parser:
    """One parse of one phrase; call :meth:`phrase` once.

    >>> from timeline.parsing._tokens import tokenize
    >>> Parser("next week", tokenize("next week")).phrase()
    CurrentUnit(unit=<Precision.WEEK: 'week'>, offset=1, anchor=None)
    """

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

    def took_plural_ahead(self) -> bool:
        """Whether the next word is a plural unit ("weeks", not "week's")."""
        self.i += 1
        plural = self.took_plural()
        self.i -= 1
        return plural

    def took_plural(self) -> bool:
        """Whether the word just taken is a plural unit ("weeks", not "week's")."""
        token = self.tokens[self.i - 1]
        return token.text.endswith("s") and token.end - token.start == len(token.text)

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
        except (InvalidDateError, OutOfRangeError, ParseError):
            return None

    def _raise_at(self, token: Token) -> Expression:
        shown = self.text[token.start : token.end]
        raise self._error(f"did not expect {shown!r} here", token)

    def _error(self, reason: str, token: Token | None) -> ParseError:
        if token is None:
            return ParseError(reason, text=self.text, position=len(self.text))
        return ParseError(
            reason, text=self.text, position=token.start, length=token.end - token.start
        )

    # --- numbers ------------------------------------------------------------------------------

    def cardinal(self, *, article: bool = False) -> int | None:
        """A whole number in figures or words ("3", "twenty-one", "a" when ``article``)."""
        token = self.peek()
        if token is None:
            return None
        if token.kind == "number":
            self.i += 1
            return self._times_dozen(int(token.text))
        word = token.text if token.kind == "word" else ""
        if word in lex.TENS:
            self.i += 1
            value = lex.TENS[word]
            unit = self.word()
            if unit in lex.NUMBERS and 0 < lex.NUMBERS[unit] < 10:
                self.i += 1
                value += lex.NUMBERS[unit]
            return value
        if word in lex.NUMBERS:
            self.i += 1
            return self._times_dozen(lex.NUMBERS[word])
        if article and word in ("a", "an"):
            if self.word(1) == "couple":
                self.i += 2
                self.take("of")
                return 2
            if self.word(1) == "few":
                self.i += 2
                return lex.FEW
            if self.word(1) in _ROUND_NUMBERS:
                self.i += 2
                return _ROUND_NUMBERS[self.texts[self.i - 1]]  # "a hundred", "a thousand"
            self.i += 1
            return self._times_dozen(1)  # "a", or "a dozen"
        if word == "couple":
            self.i += 1
            self.take("of")
            return 2
        if word == "few":
            self.i += 1
            return lex.FEW
        return None

    def _times_dozen(self, number: int) -> int:
        """The number, times twelve if "dozen" follows ("two dozen" is 24)."""
        return 12 * number if self.take("dozen") else number

    def ordinal(self) -> int | None:
        """An ordinal in figures or words ("21st", "twenty-first", "third")."""
        token = self.peek()
        if token is None:
            return None
        if token.kind == "ordinal":
            if int(token.text) == 0:
                return None  # "the 0th" counts nothing
            self.i += 1
            return int(token.text)
        word = token.text if token.kind == "word" else ""
        if (
            word in lex.TENS
            and self.word(1) in lex.ORDINALS
            and lex.ORDINALS[self.word(1) or ""] < 10
        ):
            value = lex.TENS[word] + lex.ORDINALS[self.word(1) or ""]
            self.i += 2
            return value
        if word in lex.ORDINALS:
            self.i += 1
            return lex.ORDINALS[word]
        return None

    def day_number(self) -> int | None:
        """A day of the month: "15", "15th", "fifteenth" (1..31)."""
        saved = self.i
        token = self.peek()
        value = self.ordinal()
        if (
            value is None
            and token is not None
            and token.kind == "number"
            and len(token.text) <= 2
            and not self._after_apostrophe(token)  # "May '20" is a year
        ):
            value = self.cardinal()
        elif value is None and token is not None and self._day_in_words(token.text):
            value = self.cardinal()
            following = self.peek()
            if not (
                self._clause_ends_after(self.i - 1)
                or (following is not None and following.kind == "number")
            ):
                value = None  # "in May twenty officials resigned": a count, not the 20th
        if value is None or not 1 <= value <= 31:
            self.i = saved
            return None
        return value

    @staticmethod
    def _day_in_words(word: str) -> bool:
        """Whether a day of the month may be written as this word ("fifteen", "twenty").

        Not one to twelve: "May one day" and "March two weeks ago" are not days.
        """
        return word in lex.TENS or lex.NUMBERS.get(word, 0) > 12

    def year(self) -> int | None:
        """A year: four figures ("1974"), or figures with an era ("14 AD", "44 BC")."""
        token = self.peek()
        if self.take("the", "year") or self.take("year"):
            # "the year 2000", "year 247", "year two hundred and sixty-seven": any year.
            return self._year_named_as_one()
        if token is None or token.kind != "number":
            following = self.peek(1)
            if (
                self.word() in ("ad", "ce")
                and following is not None
                and following.kind == "number"
                and int(following.text) > 0
                and self._written_in_capitals(self.i)  # "AD 79", not "an ad 2 weeks ago"
            ):
                self.i += 2
                return int(following.text)
            return self._year_in_words()
        era = self.word(1)
        value = int(token.text)
        if value == 0 and era in ("bc", "bce", "ad", "ce"):
            return None  # there is no year 0 BC or AD: 1 BC is followed by AD 1
        if era in ("bc", "bce"):
            self.i += 2
            return 1 - value
        if era in ("ad", "ce"):
            self.i += 2
            return value
        if len(token.text) == 4:
            self.i += 1
            return value
        return None

    def _year_named_as_one(self) -> int | None:
        """The year after "year": figures of any length, or words down to "two hundred".

        In running text only a year in four figures: "Year 2 students" are pupils.
        """
        token = self.peek()
        if self.running_text:
            return self.year() if token is not None and len(token.text) == 4 else None
        if token is not None and token.kind == "number" and self.word(1) not in ("bc", "bce"):
            if self.word(1) in lex.UNITS:
                return None  # "the year 2 months after launch"
            self.i += 1
            return int(token.text) or None  # there is no year 0
        return self.year() or self._year_in_words(small=True)

    def _year_in_words(self, *, small: bool = False) -> int | None:
        """A year in words: "two thousand and ten", "nineteen seventy-four".

        Also "one thousand seven hundred and eighty-nine", "nineteen hundred and eighty".
        Fewer than ten hundreds ("two hundred and sixty-seven") is a count, not a year,
        unless ``small`` (after "year").
        """
        saved = self.i
        thousands = 0
        if self.word() in ("one", "two") and self.word(1) == "thousand":
            thousands = 1000 * lex.NUMBERS[self.texts[self.i]]
            self.i += 2
        hundreds = 0
        before_hundreds = self.i
        high = self._below_hundred()
        if high is not None and self.take("hundred") and (high < 10 or not thousands):
            hundreds = 100 * high
        else:
            self.i = before_hundreds
        if thousands or (hundreds >= 1000 or (hundreds and small)):
            before_and = self.i
            self.take("and")
            rest = self._below_hundred()
            if rest is None:
                self.i = before_and
            return thousands + hundreds + (rest or 0)
        self.i = before_hundreds if not thousands else saved
        high = self._below_hundred()
        if high is not None and 10 <= high <= 99:
            low = self._below_hundred()
            if low is not None and low >= 10:
                return 100 * high + low
        self.i = saved
        return None

    def _below_hundred(self) -> int | None:
        """A number under a hundred in words only ("ten", "seventy-four")."""
        word = self.word()
        if word in lex.TENS or (word in lex.NUMBERS and word != "dozen"):
            return self.cardinal()
        return None

    # --- amounts of time ----------------------------------------------------------------------

    def amount(self) -> Duration | None:
        """A duration with an optional qualifier ("more than three years", "a month and a half")."""
        qualifier = Qualifier.EXACT
        for words, meaning in _QUALIFIERS_BY_FIRST.get(self.word() or "", ()):
            if self.take(*words):
                qualifier = meaning
                break
        total = Duration()
        last: Precision | None = None
        while True:
            saved = self.i
            if last is not None:
                self.take("and")
                if self.take("a", "half") or self.take("half"):
                    half = _half(last)
                    if half is None:
                        self.i = saved
                    else:
                        total = _plus(total, half)
                    break
            part = self._amount_part()
            if part is None:
                self.i = saved
                break
            total, last = _plus(total, part[0]), part[1]
        if last is None:
            return None
        return attrs.evolve(total, qualifier=qualifier)

    def _amount_part(self) -> tuple[Duration, Precision] | None:
        """One "3 years", "a fortnight" or "half a year" of an amount."""
        count = self.cardinal(article=True)
        if count is None:
            if not (self.take("half", "a") or self.take("half", "an")):
                return None
            unit = self.take_any(lex.UNITS)
            half = _half(lex.UNITS[unit]) if unit else None
            return None if half is None or unit is None else (half, lex.UNITS[unit])
        if self.take_any({"fortnight", "fortnights"}):
            return Duration(weeks=2 * count), Precision.WEEK
        and_a_half = self.take("and", "a", "half") or self.take("and", "half")
        letter = self._glued_unit_letter()
        if letter is not None and not and_a_half:
            return _amount_of(letter, count), letter  # "1d", "2y"
        unit = self.take_any(lex.UNITS)
        if unit is None or lex.UNITS[unit] is Precision.SEASON:
            return None
        whole = _amount_of(lex.UNITS[unit], count)
        half = _half(lex.UNITS[unit]) if and_a_half else Duration()
        if half is None:
            return None
        return _plus(whole, half), lex.UNITS[unit]

    def _glued_unit_letter(self) -> Precision | None:
        """A unit written as one letter right after its figures: "1d ago", "in 2w", "3y".

        In running text only in "3d ago" or "in 2w": "he was 2d in line" is no length.
        """
        token, number = self.peek(), self.tokens[self.i - 1] if self.i else None
        if (
            token is None
            or number is None
            or number.kind != "number"
            or token.start != number.end
            or token.text not in _UNIT_LETTERS
        ):
            return None
        after_in = self.i >= 2 and self.texts[self.i - 2] == "in"
        if self.running_text and not (self.word(1) == "ago" or after_in):
            return None
        self.i += 1
        return _UNIT_LETTERS[token.text]

    def amount_phrase(self) -> Expression | None:
        """A length of time on its own."""
        self.take_any({"for", "during"})
        amount = self.amount()
        return None if amount is None else Amount(amount)

    # --- periods ------------------------------------------------------------------------------

    def period(self) -> Expression | None:
        """A stretch of time: "from X to Y", "since X", "the last two weeks", "July 13-15"."""
        return self.first(
            self.day_range,
            self.recent,
            self.upcoming,
            self.from_to,
            self.since,
            self.until,
            self.for_amount,
            self.around_event,
            self.date_to_date,
            self.week_from,
        )

    def week_from(self) -> Expression | None:
        """A run of whole units to or from a date ("the nine months ended June 30").

        Also "the week ending 22 October", "the three months to June" and "the week
        beginning 18 October".
        """
        self.take_any({"in", "during", "for", "over"})
        the = self.take("the")
        count_read = self.cardinal()
        unit_word = self.take_any(lex.UNITS)
        if unit_word is None or (count_read is None and unit_word.endswith("s")):
            return None  # "the week ending", "the nine months ended"; not "the months ended"
        if count_read == 0:
            return None  # "the 0 months ended June" is no run
        count, unit = count_read or 1, lex.UNITS[unit_word]
        if self.take_any({"ending", "ended"}) or (the and self.take_any({"to"})):
            end = self.date()
            return None if end is None else _run_of_units(end, count, unit, forward=False)
        if self.take_any({"beginning", "commencing", "starting", "from"}):
            start = self.date()
            return None if start is None else _run_of_units(start, count, unit, forward=True)
        return None

    def from_to(self) -> Expression | None:
        """E.g. "from X to Y", "between X and Y", "from X for N days"."""
        if self.take("from"):
            start = self.date()
            if start is None:
                return None
            if self.take("for"):
                amount = self.amount()
                return None if amount is None else ForDuration(start, amount)
            if not self._range_word():
                return None
            end = self.date()
            return None if end is None else _range(start, end)
        if self.take("between"):
            start = self.date()
            if start is None or not (self.take("and") or self._range_word()):
                return None
            end = self.date()
            return None if end is None else _range(start, end)
        return None

    def _range_word(self) -> bool:
        token = self.peek()
        if token is None:
            return False
        if token.kind == "-" or (token.kind == "word" and token.text in _RANGE_WORDS):
            self.i += 1
            return True
        return False

    def date_to_date(self) -> Expression | None:
        """E.g. "X - Y", "X to Y", "X through Y", "X for N days"."""
        start = self.date()
        if start is None:
            return None
        if self.take("for"):
            amount = self.amount()
            return None if amount is None else ForDuration(start, amount)
        if not self._range_word():
            return None
        end = self.date()
        if end is None or _bare_day(start) or _bare_day(end):
            return None  # "2021-13" is no range; days of a month are read by day_range
        return _range(start, end)

    def day_range(self) -> Expression | None:
        """Days of one month: "July 13-15", "from the 13th to the 15th of July", "1-8 September".

        Also "between 3 and 12 September", "November between 19 and 20", and days of a month
        counted from the reference: "from 4 to 22 this month", "4 till 23 of next month".
        """
        between = self.take("between")
        if not between:
            self.take_any({"from", "on"})
        self.take("the")
        month = self.take_any(lex.MONTHS)
        if month is not None and not between:
            between = self.take("between")
        first = self.day_number()
        if first is None:
            return None
        self.take("of")
        if not ((between and self.take("and")) or self._range_word()):
            return None
        self.take("the")
        second_month = self.take_any(lex.MONTHS) if month is not None else None
        last = self.day_number()
        if last is None:
            return None
        if month is None:
            self.take_any({"of", "in"})
            month = self.take_any(lex.MONTHS)
            if month is None:
                return self._days_of_a_month_around(first, last)
        year = self.year()
        start_month = lex.MONTHS[month]
        end_month = lex.MONTHS[second_month] if second_month else start_month
        if year is None and start_month == end_month and last > cal.days_in_month(2001, end_month):
            # "Feb 28-29": only a leap year has the end, so the end picks the year.
            end: Expression = Named(MonthDay(end_month, last))
            start: Expression = Shift(end, Duration(days=first - last))
        elif year is None:
            # Without a year the end is the first such day from the start (see Between).
            start = Named(MonthDay(start_month, first))
            end = Named(MonthDay(end_month, last))
        else:
            # The year belongs to the end: "Dec. 30-Jan. 2, 2021" starts in 2020.
            start_year = year - 1 if end_month < start_month else year
            start = Absolute(FuzzyDate.day(start_year, start_month, first))
            end = Absolute(FuzzyDate.day(year, end_month, last))
        return Between(start, end)

    def _days_of_a_month_around(self, first: int, last: int) -> Expression | None:
        """Days ``first`` to ``last`` of "this month", "next month", "last month".

        In running text the days must be ordinals: "rates rose from 4 to 22 this month" are
        figures, "from the 4th to the 22nd this month" days.
        """
        if self.running_text and not self._days_were_ordinals():
            return None
        area = self.attempt(self.relative_unit)
        if not isinstance(area, CurrentUnit) or area.unit is not Precision.MONTH:
            return None
        return Between(InUnit(DayOfMonth(first), area), InUnit(DayOfMonth(last), area))

    def recent(self) -> Expression | None:
        """E.g. "the last two weeks", "past 2 days", "the next 3 months", "next few days"."""
        over = self.take_any({"in", "over", "during", "within", "for"})
        self.take("the")
        which = self.take_any(_NEXT_WORDS | _LAST_WORDS | {"following", "recent"})
        if which is None or which == "upcoming":
            return None
        count = self.cardinal()
        if count == 0:
            return None  # "the last 0 weeks" is no stretch of time
        unit = self.take_any(lex.UNITS)
        if unit is None:
            if count is None and which != "recent" and self.take_any({"fortnight"}):
                # "the past fortnight", "next fortnight": two weeks, as "the past two weeks".
                return Recent(Precision.WEEK, 2, forward=which in _NEXT_WORDS | {"following"})
            return None
        plural = self.took_plural()
        if count is None and plural and self.word() != "of":
            # "the coming weeks", "in recent months": as many as "a few" ("the last days of
            # the empire" are its own last days, not a stretch before the reference).
            count = lex.FEW
        elif count is None and over not in (None, "in") and which != "recent":
            # "over the past week" is the seven days up to the reference; "in the last week"
            # is left to read as the calendar week before this one.
            count = 1
        if count is None or (which == "recent" and not plural):
            return None
        forward = which in _NEXT_WORDS or which == "following"
        return Recent(lex.UNITS[unit], count, forward=forward)

    def upcoming(self) -> Expression | None:
        """E.g. "the upcoming two weeks", "2 upcoming weeks"."""
        self.take("the")
        if self.take("upcoming"):
            count = self.cardinal()
        else:
            count = self.cardinal()
            if count is None or not self.take("upcoming"):
                return None
        unit = self.take_any(lex.UNITS)
        if count is None or unit is None:
            return None
        return Recent(lex.UNITS[unit], count, forward=True, upcoming=True)

    def since(self) -> Expression | None:
        """E.g. "since X", "ever since X"."""
        self.take("ever")
        if not self.take("since"):
            return None
        start = self.date()
        return None if start is None else Since(start)

    def until(self) -> Expression | None:
        """E.g. "until X", "through X", "up to X"."""
        if not (
            self.take_any({"until", "till", "til", "through", "thru"}) or self.take("up", "to")
        ):
            return None
        end = self.date()
        return None if end is None else Until(end)

    def for_amount(self) -> Expression | None:
        """E.g. "for 10 days from 18 December"."""
        if not self.take("for"):
            return None
        amount = self.amount()
        if amount is None or not self.take_any({"from", "starting", "beginning"}):
            return None
        self.take("on")
        start = self.date()
        return None if start is None else ForDuration(start, amount)

    def around_event(self) -> Expression | None:
        """E.g. "in the two years before X", "within a week after X", "within 3 days of X"."""
        within = self.take("within")
        if within:
            self.take("the")
        elif not (self.take("in", "the") or self.take("during", "the")):
            return None
        count = self.cardinal(article=True)
        unit = self.take_any(lex.UNITS)
        sides = {"before", "after", "preceding", "following", "since"} | (
            {"of"} if within else set()
        )
        direction = self.take_any(sides)
        if count is None or unit is None or direction is None:
            return None
        anchor = self.date()
        if anchor is None:
            return None
        amount = _amount_of(lex.UNITS[unit], count)
        if direction == "of":
            return Between(Shift(anchor, -amount), Shift(anchor, amount))
        if direction in ("before", "preceding"):
            return Between(Shift(anchor, -amount), Shift(anchor, Duration(days=-1)))
        return Between(Shift(anchor, Duration(days=1)), Shift(anchor, amount))

    # --- dates --------------------------------------------------------------------------------

    def date_phrase(self) -> Expression | None:
        """A date, possibly with a leading preposition, or "before X" / "after X"."""
        self.take_any({"sometime", "sometimes", "anytime"})
        saved = self.i
        for words, build in _BOUNDING_BY_FIRST.get(self.word() or "", ()):
            if self.take(*words):
                anchor = self.date()
                if anchor is not None:
                    return build(anchor)
                self.i = saved  # "after four days," is a shift, not after a date
                break
        return self.date()

    def date(self) -> Expression | None:
        """One date, with the part of the day it names dropped ("Monday night")."""
        circa = self._circa()
        if circa is not None:
            return circa
        saved = self.i
        inner = self._part_of_day_prefix()
        if inner is not None:
            return inner
        self.i = saved
        found = self._date()
        if found is not None and _names_a_day(found):
            self.take_any(lex.PARTS_OF_DAY)
        return found

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
        """E.g. "the morning of 17 October", "in the early hours of Monday": that day."""
        self.take_any({"in", "on", "during"})
        self.take("the")
        if not (self.take("early", "hours") or self.take_any(lex.PARTS_OF_DAY)):
            return None
        if not self.take("of"):
            return None
        inner = self._date()
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
            following = self.word(2) if self.word(1) == "the" else self.word(1)
            if following in _NEXT_WORDS | _LAST_WORDS | {"following"}:
                return False
            ahead = self.peek(1)
            if ahead is not None and ahead.kind == "number":
                return False  # "over 2000 people" is a count
            self.i += 1
            is_amount = self.amount() is not None
            self.i -= 1
            return not is_amount
        if word not in ("on", "at", "in", "during", "of", "around", "by"):
            return False
        if word in ("in", "at", "around"):
            saved = self.i
            self.i += word == "in"
            is_amount = self.amount() is not None
            self.i = saved
            return not is_amount
        return True

    def tenure_start(self) -> Expression | None:
        """E.g. "taking office": the start of the tenure of the event's person."""
        return TenureStart() if self.take("taking", "office") else None

    def event(self) -> Expression | None:
        """E.g. "{doha-agreement}"."""
        token = self.peek()
        if token is None or token.kind != "event":
            return None
        self.i += 1
        return EventRef(token.text)

    def deictic(self) -> Expression | None:
        """E.g. "today", "yesterday", "tomorrow", "now", "at this time"."""
        if self.take("this", "time") or self.take("the", "same", "time"):
            return self._same_time()
        if self.take_any({"today", "todays", "now", "tonight", "tonights"}) or self.take(
            "right", "now"
        ):
            return TODAY
        if self.take("the", "present"):
            return TODAY
        if self.word() == "this" and self.word(1) in lex.PARTS_OF_DAY - {"night"}:
            self.i += 2
            return TODAY  # "this morning"
        if self.take("last", "night"):
            return CurrentUnit(Precision.DAY, -1)
        if self.take("then"):
            return Previous()
        if self.take_any({"tomorrow", "tomorrows"}):
            return CurrentUnit(Precision.DAY, 1)
        if self.take_any({"yesterday", "yesterdays"}):
            return CurrentUnit(Precision.DAY, -1)
        if self.take("the", "day", "after", "tomorrow"):
            return CurrentUnit(Precision.DAY, 2)
        if self.take("the", "day", "before", "yesterday"):
            return CurrentUnit(Precision.DAY, -2)
        return None

    def _same_time(self) -> Expression | None:
        """After "this time": the reference, or the same day a unit away ("last year")."""
        which = self.take_any({"last", "next"})
        if which is None:
            return TODAY
        unit = self.take_any(lex.UNITS)
        if unit is None or self.took_plural():
            return None
        amount = _amount_of(lex.UNITS[unit], 1)
        return Shift(TODAY, -amount if which == "last" else amount)

    def shift(self) -> Expression | None:
        """E.g. "three years ago", "in a week", "3 days after X", "two days later"."""
        start = self.i
        if self.take("in"):
            amount = self.amount()
            if amount is None:
                return None
            self.take("time")
            return self._moved(NOW, amount, start, back=False)
        if self.take("after"):
            # "After four days, he was freed": four days after the last date, as "later". In
            # running text only in a story told in order (``narrative``), with a date before.
            amount = self.amount()
            if amount is None or not self._clause_ends_after(self.i - 1) or not self.anchorless:
                return None
            return self._moved(Previous(), amount, start, back=False)
        amount = self.amount()
        if amount is None:
            return None
        for words, anchor, sign in _SHIFT_SUFFIXES:
            if self.take(*words):
                if anchor is NOW:
                    self.take("today")  # "a year ago today"
                return self._moved(anchor, amount, start, back=sign < 0)
        if any(self.take(*words) for words in _ON_THE_JOB):
            return self._moved(TenureStart(), amount, start, back=False)
        if (
            self.word() in ("on", "after", "before")
            and self._clause_ends_after(self.i)
            and (self.anchorless or self.word() == "on")
        ):
            # "A year on, the city is rebuilding": a year later (not "five years on the board");
            # "four days before, ..." with no date after it is four days earlier.
            back = self.word() == "before"
            self.i += 1
            return self._moved(Previous(), amount, start, back=back)
        if self.take_any({"after", "following", "from", "since"}):
            later = self.date()
            return None if later is None else self._moved(later, amount, start, back=False)
        if self.take("before") or self.take("prior", "to") or self.take("preceding"):
            earlier = self.date()
            return None if earlier is None else self._moved(earlier, amount, start, back=True)
        return None

    def _moved(self, anchor: Expression, amount: Duration, start: int, *, back: bool) -> Shift:
        """A shift by ``amount``, backwards if ``back``.

        A zero amount has no sign, so "more than 0 days before" would point forward: it is
        refused, where "before X" says the same.
        """
        zero = amount.iso() == "P0D" and amount.qualifier in (Qualifier.AT_LEAST, Qualifier.ABOUT)
        if back and zero:
            first = self.tokens[start]
            msg = f"a zero amount ({amount}) back in time has no direction: say 'before' instead"
            raise ParseError(msg, text=self.text, position=first.start, length=len(first.text))
        return Shift(anchor, -amount if back else amount)

    def weekdays_away(self) -> Expression | None:
        """E.g. "3 Fridays from now", "2 Thursdays ago"."""
        count = self.cardinal(article=True)
        weekday = self.take_any(lex.WEEKDAYS)
        if not count or weekday is None:
            return None  # "0 Fridays from now" is no Friday
        pattern = WeekdayOf(lex.WEEKDAYS[weekday])
        if self.take_any({"ago", "back"}) or self.take("before", "now"):
            return Named(pattern, Selector.BEFORE, count)
        if self.take("hence") or self.take("from", "now") or self.take("from", "today"):
            return Named(pattern, Selector.AFTER, count)
        return None

    def anniversary(self) -> Expression | None:
        """E.g. "the 20th anniversary of X"."""
        self.take("the")
        count = self.ordinal()
        if count is None or not self.take_any({"anniversary"}) or not self.take("of"):
            return None
        anchor = self.date()
        return None if anchor is None else Anniversary(count, anchor)

    def closest(self) -> Expression | None:
        """E.g. "the closest Monday to 5 October", "the second closest Monday to X"."""
        self.take("the")
        count = self.ordinal() or 1
        if not self.take_any({"closest", "nearest"}):
            return None
        pattern = self.pattern()
        if pattern is None or not self.take("to"):
            return None
        anchor = self.date()
        return None if anchor is None else Named(pattern, Selector.CLOSEST, count, anchor)

    def nth_relative(self) -> Expression | None:
        """E.g. "the third Tuesday after Christmas 2014", "the Monday before X"."""
        self.take("the")
        count = self.ordinal() or 1  # "the Friday before Christmas" is the first one
        pattern = self.pattern()
        direction = self.take_any({"after", "following", "before", "preceding"})
        if pattern is None or direction is None:
            return None
        anchor = self.date()
        if anchor is None:
            return None
        selector = Selector.AFTER if direction in ("after", "following") else Selector.BEFORE
        return Named(pattern, selector, count, anchor)

    def nth_in_unit(self) -> Expression | None:
        """E.g. "the last Friday of October", "the 20th day of next month", "third last week"."""
        self.take("the")
        from_end = False
        count = self.ordinal()
        if count is None:
            if not self.take_any({"last", "final"}):
                return None
            count, from_end = 1, True
        elif self.take_any({"last", "final"}):
            from_end = True
        several = self.cardinal() if count == 1 else None  # "the first nine months"
        weekday = self.take_any(lex.WEEKDAYS)
        if weekday is not None and several is None:
            pattern: Pattern = WeekdayOf(lex.WEEKDAYS[weekday])
        else:
            unit = self.take_any(lex.UNITS)
            if unit is None or lex.UNITS[unit] not in _NTH_UNITS:
                return None
            if unit.endswith("s") and several is None:
                return None  # "the final days of 2020" says no how many
            pattern = UnitPattern(lex.UNITS[unit])
        counted = self.word() in _THIS_WORDS | _NEXT_WORDS | _LAST_WORDS  # "3rd Thursday this May"
        linked = self.take_any({"of", "in"}) is not None
        if not (linked or counted) and (from_end or not isinstance(pattern, UnitPattern)):
            return None
        area = self.unit_expression()
        if area is None and several is not None and not linked and pattern.precision in _OF_A_YEAR:
            # "In the first nine months, profit rose": of the reference's year.
            area = CurrentUnit(Precision.YEAR, 0)
        if area is None:
            return None
        if several is None:
            return NthInUnit(count, pattern, area, from_end)
        if several < 2:  # "the first one month" is no run of units
            return None
        # The first (or last) several units of the area, from one end of the run to the other.
        ends = (1, several) if not from_end else (several, 1)
        return Between(
            NthInUnit(ends[0], pattern, area, from_end), NthInUnit(ends[1], pattern, area, from_end)
        )

    def unit_expression(self) -> Expression | None:
        """What a part or an nth is taken of: a date, or "the month" (the current one)."""
        return self.first(self.date, self._bare_unit)

    def _bare_unit(self) -> Expression | None:
        self.take("the")
        unit = self.take_any(lex.UNITS)
        return None if unit is None else CurrentUnit(lex.UNITS[unit], 0)

    def part_of(self) -> Expression | None:
        """E.g. "early March", "mid-2019", "the end of the month", "EOY"."""
        abbreviation = self._abbreviation()
        if abbreviation is not None:
            return abbreviation
        self.take("at")
        self.take("the")
        here = self.i
        if self._holiday_pattern() is not None:
            # "Early May bank holiday", "start of summer time": a holiday's own name.
            self.i = here
            return None
        part = None
        word = self.take_any(_PARTS)
        if word is not None and self.word() != "of":
            part = _PARTS[word]
        else:
            if word is not None:
                self.i -= 1
            edge = self.take_any(_EDGES)
            if edge is not None and self.take("of"):
                part = _EDGES[edge]
            elif self.take("first", "half", "of"):
                part = Part.FIRST_HALF
            elif self.take("second", "half", "of") or self.take("last", "half", "of"):
                part = Part.SECOND_HALF
        if part is None:
            return None
        base = self.unit_expression()
        return None if base is None else PartOf(base, part)

    def _abbreviation(self) -> Expression | None:
        self.take("at")
        self.take("the")
        word = self.take_any(_ABBREVIATIONS)
        if word is None:
            return None
        part, unit = _ABBREVIATIONS[word]
        return PartOf(CurrentUnit(unit, 0), part)

    def within_unit(self) -> Expression | None:
        """E.g. "earlier this month", "later this year", "the rest of the week", "all week"."""
        side = self.take_any({"earlier", "later"})
        if side is not None:
            if not (self.take("this") or self.take("in", "the")):
                # "Earlier Monday", "later today": that day (dates keep days, not times).
                day = self.date()
                return day if day is not None and _names_a_day(day) else None
            unit = self.take_any(lex.UNITS)
            if unit is None:
                return None
            part = WithinUnitPart.EARLIER if side == "earlier" else WithinUnitPart.LATER
            return WithinUnit(lex.UNITS[unit], part)
        self.take("the")
        if self.take("rest", "of"):
            self.take_any({"the", "this"})  # "the rest of the week", "rest of week"
            unit = self.take_any(lex.UNITS)
            if unit is None or self.took_plural() or self.cardinal() is not None:
                return None  # "the rest of week two" is of a numbered week, not this one
            return WithinUnit(lex.UNITS[unit], WithinUnitPart.REST)
        if self.take("all") or self.take("whole"):
            self.take("the")
            unit = self.take_any(lex.UNITS)
            return None if unit is None else CurrentUnit(lex.UNITS[unit], 0)
        return None

    def narrative(self) -> Expression | None:
        """E.g. "the next day", "the following week", "that week", "the day before" (no date)."""
        self.take("the")
        if self.take("that") or self.take("same"):
            unit = self.take_any(lex.UNITS)
            return None if unit is None else CurrentUnit(lex.UNITS[unit], 0, Previous())
        which = self.take_any({"following", "previous", "preceding", "next"})
        if which is not None:
            unit = self._narrative_unit()
            if unit is None or (which == "next" and lex.UNITS[unit] is not Precision.DAY):
                return None
            offset = 1 if which in ("following", "next") else -1
            return CurrentUnit(lex.UNITS[unit], offset, Previous())
        unit = self._narrative_unit()
        direction = self.take_any({"after", "before", "later", "earlier"})
        if unit is None or direction is None:
            return None
        offset = 1 if direction in ("after", "later") else -1
        if direction in ("after", "before") and not self.at_end():
            before_anchor = self.i
            anchor = self.date()
            if anchor is not None:
                if not (anchor.is_point() or _names_a_day(anchor)):
                    # "The day before May" is before May begins, "the week after March" after
                    # it ends: count from the stretch's edge, not from each of its days.
                    anchor = NthInUnit(1, UnitPattern(Precision.DAY), anchor, offset > 0)
                if lex.UNITS[unit] is Precision.DAY:
                    return Shift(anchor, Duration(days=offset))
                return CurrentUnit(lex.UNITS[unit], offset, anchor)
            self.i = before_anchor  # "the day before, officials met": no date follows
        return CurrentUnit(lex.UNITS[unit], offset, Previous())

    def _narrative_unit(self) -> str | None:
        """A unit word; a part of the day stands for its day ("the next morning")."""
        if self.take_any(lex.PARTS_OF_DAY):
            return "day"
        unit = self.take_any(lex.UNITS)
        return None if unit is None or self.took_plural() else unit  # "the following days"

    def relative_unit(self) -> Expression | None:
        """E.g. "this week", "last month", "the year after next", "last week's Sunday"."""
        the = self.take("the")
        offset = self._offset_word()
        unit = self.take_any(lex.UNITS)
        if unit is None or self.took_plural():
            return None  # one unit: "the coming weeks" are several (see ``recent``)
        precision = lex.UNITS[unit]
        if offset is None:
            if self.take("after", "next") or self.take("after", "the", "next"):
                offset = 2
            elif self.take("before", "last") or self.take("before", "the", "last"):
                offset = -2
            elif self.take("of"):  # "the week of X", "week of X"
                date = self.date()
                return None if date is None else UnitOf(precision, date)
            elif the and (self.at_end() or self.word() in lex.WEEKDAYS):
                offset = 0  # "the week": the current one
            else:
                return None
        base = CurrentUnit(precision, offset)
        if precision is Precision.WEEK:
            days = self.attempt(lambda: self._weekdays_of(base))
            if days is not None:
                return days
        return base

    def _weekdays_of(self, week: Expression) -> Expression | None:
        """A weekday, or a run of them, named after its week.

        E.g. "next week (on) Friday", "last week between Friday and Sunday", "this week from
        Tue to Thur".
        """
        between = self.take("between")
        if not between and not self.take("from"):
            self.take("on")
        first = self.take_any(lex.WEEKDAYS)
        if first is None:
            return None
        start = InUnit(WeekdayOf(lex.WEEKDAYS[first]), week)
        saved = self.i
        if (between and self.take("and")) or self._range_word():
            last = self.take_any(lex.WEEKDAYS)
            if last is not None:
                return Between(start, InUnit(WeekdayOf(lex.WEEKDAYS[last]), week))
        self.i = saved
        return None if between else start

    def unit_offset(self) -> Expression | None:
        """E.g. "3 weeks from this week", "2 seasons before this season"."""
        count = self.cardinal(article=True)
        unit = self.take_any(lex.UNITS)
        direction = self.take_any({"from", "after", "before"})
        if count is None or unit is None or direction is None:
            return None
        if not self.take_any(_THIS_WORDS):
            return None
        same = self.take_any(lex.UNITS)
        if same is None or lex.UNITS[same] is not lex.UNITS[unit]:
            return None
        return CurrentUnit(lex.UNITS[unit], count if direction != "before" else -count)

    def _offset_word(self) -> int | None:
        if self.take_any(_THIS_WORDS):
            if self.take_any({"coming", "upcoming", "next"}):
                return 1  # "this coming week"
            if self.take_any({"past", "last"}):
                return -1  # "this past week"
            return 0
        if self.take_any(_NEXT_WORDS):
            return 1
        if self.take_any(_LAST_WORDS):
            return -1
        return None

    # --- named dates --------------------------------------------------------------------------

    def pattern(self) -> Pattern | None:
        """A recurring thing: a weekday, month, season, holiday, quarter or "the 15th"."""
        names = _PATTERN_DISPATCH.get(self.kind_here(), ("_holiday_pattern",))
        return self.first(*(getattr(self, name) for name in names))

    def _weekday_pattern(self) -> Pattern | None:
        word = self.take_any(lex.WEEKDAYS)
        return None if word is None else WeekdayOf(lex.WEEKDAYS[word])

    def _weekend_pattern(self) -> Pattern | None:
        return Weekend() if self.take_any({"weekend"}) else None

    def _iso_week_pattern(self) -> Pattern | None:
        """E.g. "week 42": an ISO week by its number, in a year the bias picks."""
        week = self._week_number()
        return None if week is None else IsoWeekOf(week)

    def _week_number(self) -> int | None:
        """The number in "week 42" or "wk 42", an ISO week."""
        if self.take_any({"week", "wk"}) is None:
            return None
        token = self.peek()
        if token is None or token.kind != "number" or len(token.text) > 2:
            return None
        self.i += 1
        return int(token.text)

    def _month_pattern(self) -> Pattern | None:
        word = self.take_any(lex.MONTHS)
        return None if word is None else MonthOf(lex.MONTHS[word])

    def _season_pattern(self) -> Pattern | None:
        word = self.take_any(lex.SEASONS)
        if word is None:
            return None
        self.take_any({"time"})
        return SeasonOf(lex.SEASONS[word])

    def _quarter_pattern(self) -> Pattern | None:
        self.take("the")
        token = self.peek()
        if token is not None and token.kind == "quarter" and len(token.text) == 2:
            self.i += 1
            return QuarterOf(int(token.text[1]))
        number = self.ordinal()
        if number is None or not 1 <= number <= 4 or self.take_any({"quarter", "qtr"}) is None:
            return None
        return QuarterOf(number)

    def _half_pattern(self) -> Pattern | None:
        """E.g. "the first half", "the second half", "H1", "2H": a half of a year."""
        self.take("the")
        token, following = self.peek(), self.peek(1)
        if token is not None and following is not None and token.end == following.start:
            # "H1" and "1H" are one word, written without a space.
            if token.text == "h" and following.kind == "number" and following.text in "12":
                self.i += 2
                return HalfOf(int(following.text))
            if token.kind == "number" and token.text in ("1", "2") and following.text == "h":
                self.i += 2
                return HalfOf(int(token.text))
        number = self.ordinal()
        if number not in (1, 2) or not self.take("half"):
            return None
        return HalfOf(number)

    def _holiday_pattern(self) -> Pattern | None:
        count = self._holidays_at.get(self.i)
        words = []
        index = self.i
        while index < self.size and self.kinds[index] in ("word", "number"):
            words.append(self.texts[index])
            index += 1
        if count is None:
            count = self.holiday_words(words)
            self._holidays_at[self.i] = count
        if count == 0:
            # A name that begins with "the" ("the Glorious Twelfth") whose "the" was read
            # as an article just before.
            if not (self.i and self.texts[self.i - 1] == "the"):
                return None
            count = self.holiday_words(["the", *words]) - 1
            if count <= 0:
                return None
            words = ["the", *words]
            self.i += count
            return Holiday(" ".join(words[: count + 1]))
        self.i += count
        return Holiday(" ".join(words[:count]))

    def _day_of_month_pattern(self) -> Pattern | None:
        self.take("the")
        if self.take("ides", "of"):
            month = self.take_any(lex.MONTHS)
            if month is None:
                return None
            number = lex.MONTHS[month]
            return MonthDay(number, 15 if number in (3, 5, 7, 10) else 13)
        token = self.peek()
        day = self.day_number()
        if day is None:
            return None
        following = self.peek()
        if (
            token is not None
            and token.kind == "number"
            and following is not None
            and following.text not in ("of", "day")
        ):
            # A bare number is a day of the month only at the end or before "of" ("the 24").
            return None
        return DayOfMonth(day)

    def _month_day_pattern(self) -> Pattern | None:
        """E.g. "March 3", "the 1st of March", "15 February", "February the 15th", "March first"."""
        self.take("the")
        month = self.take_any(lex.MONTHS)
        if month is not None:
            self.take("the")
            day = self.day_number()
            if day is None:
                return None
            self.take("day")
            return _month_day(lex.MONTHS[month], day)
        day = self.day_number()
        if day is None:
            return None
        self.take("day")
        self.take("of") or self._take_separator()
        month = self.take_any(lex.MONTHS)
        if month is None:
            return None
        self._take_separator()
        return _month_day(lex.MONTHS[month], day)

    def _take_separator(self) -> bool:
        """A slash or dash between a day and a month name ("31/Oct/1974", "31-Oct-74")."""
        token = self.peek()
        if token is not None and token.kind in ("/", "-") and self.peek(1) is not None:
            self.i += 1
            return True
        return False

    def named(self) -> Expression | None:
        """A pattern with a selector, a year, a weekday or a unit ("next Tuesday", "May 2020")."""
        leading_weekday = self._leading_weekday()
        after_weekday = self.i
        selector, count = self._selector()
        pattern = self.pattern()
        if isinstance(pattern, Holiday | MonthDay) and self.take("weekend"):
            pattern = HolidayWeekend(pattern)  # "Labor Day weekend", "over Thanksgiving weekend"
        if (
            isinstance(pattern, DayOfMonth)
            and leading_weekday is not None
            and self.kinds[self.i - 1] == "word"
            and self.word() is not None
            and self.word() != "of"
            and self.word() not in lex.MONTHS
        ):
            # "on Monday, the first visit": the weekday, not Monday the 1st ("Friday the
            # thirteenth" and "Monday the first of November" are days of a month).
            pattern = None
        if pattern is None:
            if leading_weekday is None or selector is not Selector.BIAS:
                return None
            # "Monday the envoy said": the weekday alone, without the words after it.
            self.i = after_weekday
            pattern, leading_weekday = leading_weekday, None
        if leading_weekday is not None and leading_weekday != pattern:
            pattern = Intersection(pattern, (leading_weekday,))
        if selector is Selector.BIAS:
            # "Friday after next" is the second Friday from the reference, as Duckling reads it,
            # whatever ``next_weekday`` says "next Friday" is.
            if self.take("after", "next") or self.take("after", "the", "next"):
                selector, count = Selector.AFTER, 2
            elif self.take("before", "last") or self.take("before", "the", "last"):
                selector, count = Selector.BEFORE, 2
            elif (
                isinstance(pattern, WeekdayOf)
                and self.word() in ("next", "last")
                and self.word(1) not in lex.UNITS
            ):
                # "Tuesday next", "Monday last": the coming (or latest) one, whatever
                # ``next_weekday`` says of "next Tuesday" (not "Monday last week", a unit after
                # it, nor "may last three years", a verb)
                selector = Selector.AFTER if self.word() == "next" else Selector.BEFORE
                self.i += 1
        trailing = self._trailing_weekday(pattern)
        if trailing is not None:
            pattern = Intersection(pattern, (trailing,))
        if selector is not Selector.BIAS:
            return Named(pattern, selector, count)
        return self._placed(pattern)

    def _leading_weekday(self) -> Pattern | None:
        """A weekday that qualifies the date after it ("Monday, Feb 18", "Tuesday the 19th")."""
        saved = self.i
        word = self.take_any(lex.WEEKDAYS)
        if word is None:
            return None
        following = self.peek()
        if following is None or following.kind == "event":
            self.i = saved
            return None
        if (
            following.kind in ("number", "ordinal")
            or self.word() in lex.MONTHS
            or self.word() == "the"
        ):
            return WeekdayOf(lex.WEEKDAYS[word])
        self.i = saved
        return None

    def _trailing_weekday(self, pattern: Pattern) -> Pattern | None:
        # Not after a day of the month: "the first Monday" and "the 1st Monday" are no
        # Monday the 1st.
        if isinstance(pattern, MonthDay) and self.word() in lex.WEEKDAYS:
            word = self.take_any(lex.WEEKDAYS)
            return WeekdayOf(lex.WEEKDAYS[word or ""])
        return None

    def _selector(self) -> tuple[Selector, int]:
        self.take("the")
        if self.take("this", "past") or self.take("this", "last"):
            return Selector.BEFORE, 1  # "this past Sunday": the latest, even in this week
        if self.take("this", "coming") or self.take("this", "upcoming"):
            return Selector.AFTER, 1  # "this coming Friday": the very next one
        if self.take_any(_THIS_WORDS):
            return Selector.THIS, 1
        if self.take_any(_NEXT_WORDS) or self.take("following"):
            return Selector.NEXT, 1
        if self.take_any(_LAST_WORDS) or self.take("preceding"):
            return Selector.LAST, 1
        return Selector.BIAS, 1

    def _winter_across_years(self) -> Expression | None:
        """E.g. "winter 2020-21", "the winter of 2020/21": the winter that begins in 2020.

        Only winter: in the default (northern) seasons it is the one that runs from one year
        into the next; elsewhere two years after a season are refused rather than guessed.
        """
        self.take_any({"of", "in"})
        year = self.year()
        separator, last = self.peek(), self.peek(1)
        if year is None or separator is None or last is None or last.kind != "number":
            return None
        if len(last.text) == 4:
            following = int(last.text)
        else:
            following = _later_year(year, last.text, separator.kind) or 0
        if following != year + 1 or separator.kind not in ("-", "/"):
            return None
        self.i += 2
        return InUnit(SeasonOf(cal.Season.WINTER), Absolute(FuzzyDate.year(year)))

    def _placed(self, pattern: Pattern) -> Expression:
        """A pattern placed in a year or unit if one follows, else left to the bias."""
        if isinstance(pattern, IsoWeekOf):
            # ISO weeks belong to ISO years, not calendar ones: "week 1 of 2026" began on
            # 29 December 2025. A year after the number is read by ``iso_week``.
            return Named(pattern)
        if pattern == SeasonOf(cal.Season.WINTER):
            winter = self.attempt(self._winter_across_years)
            if winter is not None:
                return winter
        year = self.attempt(self.year)
        if year is not None:
            return InUnit(pattern, Absolute(FuzzyDate.year(year)))
        short = self._short_year()
        if short is not None:
            return InUnit(pattern, short)  # "spring '84"
        token = self.peek()
        if (
            isinstance(pattern, MonthDay | MonthOf)
            and token is not None
            and token.kind == "number"
            and len(token.text) == 2
            and (isinstance(pattern, MonthDay) or int(token.text) > 31)  # "Aug 96", not "Aug 9"
            and (self.peek(1) is None or self.peek(1).kind != "word")  # type: ignore[union-attr]
        ):
            self.i += 1
            return InUnit(pattern, ShortYear(int(token.text)))
        saved = self.i
        yearly = not isinstance(pattern, WeekdayOf | DayOfMonth)
        if self.take_any({"of", "in", "from"}) or isinstance(pattern, WeekdayOf):
            # "Christmas in 1 year" is in the year a year from now; "Monday in 2 weeks" is not
            # the Monday of some year.
            shifted = self.attempt(self._shifted_year) if yearly else None
            if shifted is not None:
                return InUnit(pattern, shifted)
            area = self.first(self.relative_unit, self._year_unit, self._short_year, self.named)
            if area is not None and _fits(pattern, area):
                return InUnit(pattern, area)
        self.i = saved
        # "March this year", "Christmas last year", "the 5th next month": a unit counted
        # from the reference may follow with no preposition.
        area = self.attempt(self.relative_unit)
        if area is not None and _fits(pattern, area):
            return InUnit(pattern, area)
        self.i = saved
        shifted = self.attempt(self._shifted_year_suffix) if yearly else None
        if shifted is not None:
            return InUnit(pattern, shifted)
        return Named(pattern)

    def iso_week(self) -> Expression | None:
        """E.g. "week 42 of 2021", "week 42, 2021", "wk 53 2020": one ISO week."""
        week = self._week_number()
        if week is None:
            return None
        self.take_any({"of", "in"})
        year = self.year()
        return None if year is None else Absolute(FuzzyDate.week(year, week))

    def _year_unit(self) -> Expression | None:
        year = self.year()
        return None if year is None else Absolute(FuzzyDate.year(year))

    def _shifted_year(self) -> Expression | None:
        """E.g. "in 1 year" after a named date: the year that contains the shifted reference."""
        amount = self.amount()
        if amount is None or amount.qualifier is not Qualifier.EXACT:
            return None
        self.take("time")
        return UnitOf(Precision.YEAR, Shift(NOW, amount))

    def _shifted_year_suffix(self) -> Expression | None:
        """E.g. "3 months ago" / "six years hence" after a named date."""
        amount = self.amount()
        if amount is None or amount.qualifier is not Qualifier.EXACT:
            return None
        if self.take_any({"ago", "back"}):
            return UnitOf(Precision.YEAR, Shift(NOW, -amount))
        if self.take_any({"hence"}) or self.take("from", "now"):
            return UnitOf(Precision.YEAR, Shift(NOW, amount))
        return None

    # --- absolute dates -----------------------------------------------------------------------

    def absolute(self) -> Expression | None:
        """Years, decades, centuries, quarters and dates in figures."""
        return self.first(
            self._edtf,
            self._numeric_date,
            self._iso_month,
            self._quarter_literal,
            self._decade,
            self._century,
            self._year_month,
            self._month_year,
            self._year_expression,
        )

    def _edtf(self) -> Expression | None:
        """EDTF written inside a phrase ("since 2020-W53", "in 199X")."""
        token = self.peek()
        if token is None or token.kind != "edtf":
            return None
        self.i += 1
        try:
            return Absolute(FuzzyDate.from_edtf(token.text))
        except ParseError as error:
            raise ParseError(
                error.reason,
                text=self.text,
                position=token.start + error.position,
                length=error.length,
            ) from None

    def _year_expression(self) -> Expression | None:
        short = self._short_year()
        if short is not None:
            return short
        year = self.year()
        return None if year is None else Absolute(FuzzyDate.year(year))

    def _written_in_capitals(self, index: int) -> bool:
        token = self.tokens[index]
        return self.text[token.start : token.end].isupper()

    def _after_apostrophe(self, token: Token) -> bool:
        return apostrophe_before(self.text, token)

    def weekday_numeric_date(self) -> Expression | None:
        """E.g. "Sunday 7/7/2019", "Fri 10/13": the weekday picks the reading and the year."""
        weekday = self.take_any(lex.WEEKDAYS)
        if weekday is None:
            return None
        found = self._numeric_date()
        if not isinstance(found, NumericDate):
            return None
        return attrs.evolve(found, weekday=lex.WEEKDAYS[weekday])

    def year_then_part(self) -> Expression | None:
        """A quarter, half or season after its year.

        E.g. "the 1997 second quarter", "this year's first half", "next year's summer", "the
        year-earlier third quarter" (a year before the reference's).
        """
        self.take("the")
        year = self.attempt(self.year)
        area: Expression
        if year is not None:
            area = Absolute(FuzzyDate.year(year))
        else:
            offset = self._year_possessive()
            if offset is None:
                return None
            area = CurrentUnit(Precision.YEAR, offset)
        pattern = self.first(self._quarter_pattern, self._half_pattern, self._season_pattern)
        return None if pattern is None else InUnit(pattern, area)

    def _year_possessive(self) -> int | None:
        """The year of "this year's" (0), "next year's" (1), "last year's", "year-earlier" (-1)."""
        if self.take("year", "earlier") or self.take("year", "ago"):
            return -1
        offset = _FISCAL_OFFSETS.get(self.take_any(_FISCAL_OFFSETS) or "")
        if offset is None or self.word() != "years" or self.took_plural_ahead():
            return None
        self.i += 1
        return offset

    def fiscal_year(self) -> Expression | None:
        """E.g. "fiscal 1990", "FY21", "the 1990 fiscal year", "last fiscal year"."""
        if self.take("fiscal", "year") or self.take_any({"fiscal", "fy"}):
            year = self._fiscal_number()
            return None if year is None else FiscalYear(year)
        self.take("the")
        year_first = self.attempt(self.year)
        if year_first is not None:
            if not self.take("fiscal", "year"):
                return None
            return FiscalYear(Absolute(FuzzyDate.year(year_first)))
        offset = _FISCAL_OFFSETS.get(self.take_any(_FISCAL_OFFSETS) or "", 0)
        if not self.take("fiscal", "year"):
            return None
        return FiscalYear(offset=offset)

    def _fiscal_number(self) -> Expression | None:
        """The year after "fiscal" or "FY": "1990", "'21", or two figures ("FY21")."""
        year = self.attempt(self.year)
        if year is not None:
            return Absolute(FuzzyDate.year(year))
        short = self._short_year()
        if short is not None:
            return short
        token = self.peek()
        if token is not None and token.kind == "number" and len(token.text) == 2:
            self.i += 1
            return ShortYear(int(token.text))
        return None

    def _short_year(self) -> Expression | None:
        """A year in two figures after an apostrophe ("'84", "summer of '69")."""
        token = self.peek()
        if (
            token is None
            or token.kind != "number"
            or len(token.text) != 2
            or not self._after_apostrophe(token)
        ):
            return None
        self.i += 1
        return ShortYear(int(token.text))

    def _year_month(self) -> Expression | None:
        """E.g. "2024 August", "2024-Aug", "2024 August 5" (the year first)."""
        year = self.year()
        if year is None:
            return None
        separator = self.peek()
        joined = separator is not None and separator.kind in ("-", "/")
        if joined:
            self.i += 1
        month = self.take_any(lex.MONTHS)
        if month is None:
            return None
        number = lex.MONTHS[month]
        day = self.attempt(self.day_number)
        if day is None:
            if self.running_text and not joined:
                return None  # "in 2019 May was the wettest month", "some 1500 May graduates"
            return Absolute(FuzzyDate.month(year, number))
        if day > cal.days_in_month(year, number):
            return None
        return Absolute(FuzzyDate.day(year, number, day))

    def _month_year(self) -> Expression | None:
        """E.g. "October 2014", "2/2013"."""
        month = self.take_any(lex.MONTHS)
        if month is None:
            return None
        self.take("of")
        year = self.year()
        return None if year is None else Absolute(FuzzyDate.month(year, lex.MONTHS[month]))

    def _iso_month(self) -> Expression | None:
        """E.g. "2014-10", "2014/10", "2/2013"."""
        first = self.peek()
        separator = self.peek(1)
        second = self.peek(2)
        if (
            first is None
            or second is None
            or separator is None
            or first.kind != "number"
            or second.kind != "number"
            or separator.kind not in ("-", "/")
        ):
            return None
        third = self.peek(3)
        if third is not None and third.kind in ("-", "/", "."):
            return None
        if len(first.text) == 4 and len(second.text) <= 2:
            year, month = int(first.text), int(second.text)
        elif len(second.text) == 4 and len(first.text) <= 2:
            month, year = int(first.text), int(second.text)
        else:
            return None
        if not 1 <= month <= 12:
            last = _later_year(year, second.text, separator.kind) if len(first.text) == 4 else None
            if last is not None:
                self.i += 3
                return Between(Absolute(FuzzyDate.year(year)), Absolute(FuzzyDate.year(last)))
            msg = f"month {month} is out of range (1..12)"
            raise ParseError(msg, text=self.text, position=second.start, length=len(second.text))
        self.i += 3
        return Absolute(FuzzyDate.month(year, month))

    def _numeric_date(self) -> Expression | None:
        """E.g. "2/15", "10/31/74", "2015-03-03", "31.10.1974", "10 31 1974"."""
        numbers: list[Token] = []
        separator = None
        while True:
            token = self.peek()
            if token is None or token.kind != "number":
                break
            numbers.append(token)
            self.i += 1
            following = self.peek()
            if len(numbers) == 3 or following is None:
                break
            if following.kind in ("-", "/", "."):
                if separator is not None and following.kind != separator:
                    break
                separator = following.kind
                self.i += 1
            elif following.kind == "number" and separator in (None, " ") and len(numbers) < 3:
                separator = " "  # "10 31 1974"
            else:
                break
        if len(numbers) < 2 or (separator == " " and len(numbers) != 3):
            return None
        if self.i > 0 and self.tokens[self.i - 1].kind in ("-", "/", "."):
            return None
        values = [int(n.text) for n in numbers]
        if len(numbers) == 3 and len(numbers[0].text) == 4:
            year, month, day = values
            if not 1 <= month <= 12:
                bad, msg = numbers[1], f"month {month} is out of range (1..12)"
            elif not 1 <= day <= cal.days_in_month(year, month):
                limit = cal.days_in_month(year, month)
                bad, msg = numbers[2], f"day {day} is out of range for that month (1..{limit})"
            else:
                return Absolute(FuzzyDate.day(year, month, day))
            raise ParseError(msg, text=self.text, position=bad.start, length=len(bad.text))
        if len(numbers) == 2:
            if any(len(n.text) > 2 for n in numbers):
                return None
            return NumericDate(values[0], values[1])
        digits = len(numbers[2].text)
        if digits not in (2, 4) or any(len(n.text) > 2 for n in numbers[:2]):
            return None
        return NumericDate(values[0], values[1], values[2], digits)

    def _quarter_literal(self) -> Expression | None:
        """E.g. "2018Q4", "18q4", "Q4 2018"."""
        token = self.peek()
        if token is None or token.kind != "quarter":
            return None
        self.i += 1
        quarter = int(token.text[-1])
        digits = token.text[:-2]
        if digits:
            year = int(digits) if len(digits) == 4 else 2000 + int(digits)
            return Absolute(FuzzyDate.quarter(year, quarter))
        short = self._short_year()
        if short is not None:
            return InUnit(QuarterOf(quarter), short)  # "Q4 '21"
        year_value = self.year()
        if year_value is None:
            return Named(QuarterOf(quarter))
        return Absolute(FuzzyDate.quarter(year_value, quarter))

    def _decade(self) -> Expression | None:
        """E.g. "the 1990s", "the 90s", "the '90s", "the nineties"."""
        self.take("the")
        word = self.take_any(lex.DECADE_WORDS)
        if word is not None:
            return ShortDecade(lex.DECADE_WORDS[word])
        if self.take("noughties") or self.take("aughts") or self.take("two", "thousands"):
            return Absolute(FuzzyDate.decade(2000))
        spelled = self.attempt(self._decade_in_words)
        if spelled is not None:
            return spelled
        token = self.peek()
        if token is None or token.kind != "number" or self.word(1) != "s":
            return None
        self.i += 2
        value = int(token.text)
        if len(token.text) == 4 and value % 10 == 0:
            if value % 100 == 0 and value != _NOUGHTIES:
                return Absolute(FuzzyDate.century(value))  # "the 1800s": 1800 to 1899
            return Absolute(FuzzyDate.decade(value))
        if len(token.text) == 2 and value % 10 == 0:
            return ShortDecade(value)
        return None

    def _decade_in_words(self) -> Expression | None:
        """E.g. "the nineteen seventies", "the twenty-tens", "the two thousand and tens"."""
        if self.take("two", "thousand"):
            self.take("and")
            century = 2000
        else:
            high = self._below_hundred()
            if high is None or not 10 <= high <= 99:
                return None
            century = 100 * high
        if self.take("hundreds"):
            return Absolute(FuzzyDate.century(century))  # "the eighteen hundreds"
        word = self.take_any(lex.DECADE_WORDS.keys() | {lex.TENS_DECADE})
        if word is None:
            return None
        return Absolute(FuzzyDate.decade(century + lex.DECADE_WORDS.get(word, 10)))

    def _century(self) -> Expression | None:
        """E.g. "the 20th century", "the 5th century BC", "the 2nd millennium".

        Centuries and millennia are counted from year 1: the 20th century is 1901-2000, the
        2nd millennium 1001-2000, the 4th millennium BC 4000 to 3001 BC.
        """
        self.take("the")
        number = self.ordinal()
        unit = self.take_any({"century", "millennium", "millenium"})
        if number is None or unit is None:
            return None
        size = 100 if unit == "century" else 1000
        if self.take_any({"bc", "bce"}):
            first_bc, last_bc = size * number, size * (number - 1) + 1
            return Absolute(FuzzyDate(*cal.year_span(1 - first_bc, 1 - last_bc)))
        self.take_any({"ad", "ce"})
        return Absolute(FuzzyDate(*cal.year_span(size * (number - 1) + 1, size * number)))


def _range(start: Expression, end: Expression) -> Between:
    """A range whose end says for both ends what the start leaves out.

    "1550-1070 BC": a year after the end's BC is in BC too (a range from AD to BC would run
    backwards). "From Monday to Thursday next week": the start is in the end's week.
    """
    first = _year_of_value(start.anchor if isinstance(start, Circa) else start)
    last = _year_of_value(end.anchor if isinstance(end, Circa) else end)
    if first is not None and last is not None and first > 0 >= last:
        bc: Expression = Absolute(FuzzyDate.year(1 - first))
        start = Circa(bc) if isinstance(start, Circa) else bc
    elif weekday_alone(start) and isinstance(end, InUnit) and isinstance(end.pattern, WeekdayOf):
        start = InUnit(start.pattern, end.unit)
    elif weekday_alone(end) and not weekday_alone(start) and _names_a_day(start):
        # "Next Tuesday - Friday": the first Friday from that Tuesday, not from the reference.
        end = Named(end.pattern, Selector.AFTER, 1, start)
    return Between(start, end)


#: "The 2000s" is the decade (its century is young and rarely called that); other
#: hundreds with an s are centuries ("the 1800s").
_NOUGHTIES: Final = 2000

#: The most years a range in two figures runs on into the next century ("2098-00").
_CENTURY_TURN: Final = 10


def _later_year(year: int, figures: str, separator: str) -> int | None:
    """The year two figures after ``year`` and a dash stand for, if they can be a later one.

    "1990-95" is 1995, "1999-00" 2000 (a new century only a few years on: "2018-13" is no
    range); with a slash only the next year ("2020/21"), since "2020/10" is a month.
    """
    if len(figures) != 2:
        return None
    last = year - year % 100 + int(figures)
    if last <= year:
        last += 100
        if last - year > _CENTURY_TURN:
            return None
    if separator == "/" and last != year + 1:
        return None
    return last if separator in ("-", "/") else None


def _year_of_value(expression: Expression) -> int | None:
    """The year of an absolute year ("1550", "1070 BC" is -1069), else ``None``."""
    if isinstance(expression, Absolute):
        value = expression.value
        if isinstance(value, FuzzyDate) and value.precision is Precision.YEAR:
            return cal.civil_from_day(value.earliest_day)[0]
    return None


def _run_of_units(
    edge: Expression, count: int, unit: Precision, *, forward: bool
) -> Expression | None:
    """``count`` units that end on (or, ``forward``, begin on) ``edge``.

    From a day: the nine months ended 30 June 2021 run from 1 October 2020. From a month, in
    months: the three months to June are April to June. Anything else is not a run of units.
    """
    sign = 1 if forward else -1
    other: Expression
    if _names_a_day(edge) and forward:
        other = Shift(Shift(edge, _amount_of(unit, count)), Duration(days=-1))
    elif _names_a_day(edge):
        # From the day after: six months to 30 June start on 1 January, not 31 December.
        other = Shift(Shift(edge, Duration(days=1)), _amount_of(unit, -count))
    elif unit is Precision.MONTH and _names_a_month(edge):
        other = CurrentUnit(Precision.MONTH, sign * (count - 1), edge)  # whole months
    else:
        return None
    return Between(edge, other) if forward else Between(other, edge)


def _names_a_month(expression: Expression) -> bool:
    """Whether an expression names one month ("June", "June 2021")."""
    if isinstance(expression, Named | InUnit):
        return isinstance(expression.pattern, MonthOf)
    if isinstance(expression, Absolute):
        value = expression.value
        return isinstance(value, FuzzyDate) and value.precision is Precision.MONTH
    return False


def apostrophe_before(text: str, token: Token) -> bool:
    """Whether an apostrophe is written just before a token ("'84", a year in two figures)."""
    return text[token.start - 1 : token.start] in ("'", "\u2019") and token.start > 0


def _names_a_day(expression: Expression) -> bool:
    """Whether an expression names one day (so "morning" or "night" after it is that day)."""
    if isinstance(expression, CurrentUnit):
        return expression.unit is Precision.DAY and expression.anchor is None
    if isinstance(expression, Named | InUnit):
        # Not a bare "the second": "on the second night" of a tour is no day of this month.
        pattern = expression.pattern
        return pattern.precision is Precision.DAY and not isinstance(pattern, DayOfMonth)
    if isinstance(expression, Absolute):
        value = expression.value
        return isinstance(value, FuzzyDate) and value.precision is Precision.DAY
    return isinstance(expression, EventRef | NumericDate)


def _fits(pattern: Pattern, area: Expression) -> bool:
    """Whether ``area`` can hold ``pattern``: "May of 2020", not "fall in autumn".

    Yearly things (months, days of the year, seasons, holidays, quarters) go in years;
    weekdays and days of the month go in weeks, months or years.
    """
    if isinstance(area, Named):
        return isinstance(pattern, WeekdayOf | DayOfMonth) and isinstance(area.pattern, MonthOf)
    if isinstance(area, CurrentUnit):
        if isinstance(pattern, WeekdayOf | DayOfMonth):
            return area.unit in (Precision.WEEK, Precision.MONTH, Precision.YEAR)
        return area.unit is Precision.YEAR
    return True


def _bare_day(expression: Expression) -> bool:
    """Whether an expression is only a day of the month ("the 13th"), with no month."""
    return isinstance(expression, Named) and isinstance(expression.pattern, DayOfMonth)


def _month_day(month: int, day: int) -> Pattern | None:
    if day > cal.days_in_month(2000, month):
        return None
    return MonthDay(month, day)


def _half(unit: Precision) -> Duration | None:
    """Half a unit: half a year is 6 months, half a month 15 days, half a week 3 days."""
    return {
        Precision.YEAR: Duration(months=6),
        Precision.MONTH: Duration(days=15),
        Precision.WEEK: Duration(days=3),
        Precision.DECADE: Duration(years=5),
        Precision.CENTURY: Duration(years=50),
    }.get(unit)


def _plus(a: Duration, b: Duration) -> Duration:
    """The sum of two durations of the same sign."""
    return Duration(
        years=a.years + b.years,
        months=a.months + b.months,
        weeks=a.weeks + b.weeks,
        days=a.days + b.days,
    )


def _amount_of(unit: Precision, count: int) -> Duration:
    if unit is Precision.WEEK:
        return Duration(weeks=count)
    if unit is Precision.MONTH:
        return Duration(months=count)
    if unit is Precision.QUARTER:
        return Duration(months=3 * count)
    if unit is Precision.YEAR:
        return Duration(years=count)
    if unit is Precision.DECADE:
        return Duration(years=10 * count)
    if unit is Precision.CENTURY:
        return Duration(years=100 * count)
    return Duration(days=count)


# The qualifiers by their first word, so that an amount tries only those that can start here.
_QUALIFIERS_BY_FIRST: Final = {
    first: tuple(entry for entry in _QUALIFIERS if entry[0][0] == first)
    for first in {words[0] for words, _ in _QUALIFIERS}
}
# The first significant word of each qualifier ("at" is skipped: see Parser.kind_here).
_QUALIFIER_STARTS: Final = frozenset(
    words[-1] if words[0] == "at" else words[0] for words, _ in _QUALIFIERS
)


def _on_or_after(anchor: Expression) -> Expression:
    return After(anchor, inclusive=True)


def _on_or_before(anchor: Expression) -> Expression:
    return Before(anchor, inclusive=True)


#: Words that bound a date on one side or mark it approximate, and what they make of it.
_BOUNDING_WORDS: Final[tuple[tuple[tuple[str, ...], Callable[[Expression], Expression]], ...]] = (
    *((words, _on_or_after) for words in (
        ("on", "or", "after"), ("in", "or", "after"), ("no", "earlier", "than"),
        ("not", "earlier", "than"), ("not", "before"),
    )),
    *((words, _on_or_before) for words in (
        ("on", "or", "before"), ("in", "or", "before"), ("no", "later", "than"),
        ("not", "later", "than"), ("not", "after"),
    )),
    *((words, Circa) for words in (
        ("on", "or", "about"), ("on", "or", "around"), ("in", "or", "about"),
        ("in", "or", "around"),
    )),
    (("after",), After),
    (("later", "than"), After),
    (("before",), Before),
    (("prior", "to"), Before),
    (("earlier", "than"), Before),
)  # fmt: skip
_BOUNDING_BY_FIRST: Final = {
    first: tuple(entry for entry in _BOUNDING_WORDS if entry[0][0] == first)
    for first in {words[0] for words, _ in _BOUNDING_WORDS}
}
# Words after an amount that count it from the start of a tenure ("three years on the job").
_ON_THE_JOB: Final = (
    ("on", "the", "job"),
    ("in", "the", "job"),
    ("in", "office"),
    ("in", "post"),
    ("in", "the", "post"),
    ("in", "the", "role"),
    ("in", "power"),
    ("at", "the", "helm"),
)
# Words after an amount that say what it is counted from, and in which direction.
_SHIFT_SUFFIXES: Final = (
    (("ago",), NOW, -1),
    (("back",), NOW, -1),
    (("before", "now"), NOW, -1),
    (("hence",), NOW, 1),
    (("from", "now"), NOW, 1),
    (("before", "today"), TODAY, -1),
    (("from", "today"), TODAY, 1),
    (("later",), Previous(), 1),
    (("after", "that"), Previous(), 1),
    (("earlier",), Previous(), -1),
    (("before", "that"), Previous(), -1),
)


def _word_class(word: str) -> str:
    """The class of a word for choosing constructions: itself if it is a keyword, else its kind."""
    if word in lex.KEYWORDS or word in _QUALIFIER_STARTS:
        return word
    if word in lex.MONTHS:
        return "month"
    if word in lex.WEEKDAYS:
        return "weekday"
    if word in lex.UNITS:
        return "unit"
    if word in lex.SEASONS:
        return "season"
    if word in lex.NUMBERS:
        return "number word"
    if word in lex.TENS:
        return "tens"
    if word in lex.DECADE_WORDS or word in lex.NOUGHTIES:
        return "decade word"
    if word in lex.ORDINALS:
        return "ordinal word"
    return "other"


def _dispatch(
    table: dict[str, tuple[str, ...]], order: tuple[str, ...]
) -> dict[str, tuple[str, ...]]:
    """Invert "construction: first tokens" into "first token: constructions", keeping order."""
    starts: dict[str, list[str]] = {}
    for name in order:
        for start in table[name]:
            starts.setdefault(start, []).append(name)
    return {start: tuple(names) for start, names in starts.items()}


_ORDINAL_STARTS: Final = ("the", "ordinal", "ordinal word", "tens")
_NUMBER_STARTS: Final = ("number", "number word", "tens", "a", "an", "couple", "few", "half")
#: Units written as a letter glued to their figures ("1d", "2w", "3y"); "m" is minutes as
#: often as months, so it is not one.
_UNIT_LETTERS: Final = {"d": Precision.DAY, "w": Precision.WEEK, "y": Precision.YEAR}

#: Units a run of which with no year after it ("the first nine months") is of this year.
_OF_A_YEAR: Final = frozenset({Precision.MONTH, Precision.QUARTER})

#: The fiscal year a word before "fiscal year" means, counted from the reference's.
_FISCAL_OFFSETS: Final = {
    "this": 0, "current": 0, "present": 0, "last": -1, "previous": -1, "prior": -1, "past": -1,
    "next": 1, "coming": 1, "following": 1,
}  # fmt: skip

_RELATIVE_WORDS: Final = (
    "this",
    "current",
    "present",
    "next",
    "coming",
    "upcoming",
    "last",
    "past",
    "previous",
    "prior",
)
# The first significant token (past "the"/"at") each construction can begin with. Holidays can
# begin with almost any word, so "named" is tried for every word class.
_DATE_STARTS: Final = {
    "event": ("event",),
    "tenure_start": ("taking",),
    "unit_offset": _NUMBER_STARTS,
    "shift": ("in", "after", *_NUMBER_STARTS, *_QUALIFIER_STARTS),
    "weekdays_away": _NUMBER_STARTS,
    "anniversary": _ORDINAL_STARTS,
    "closest": (*_ORDINAL_STARTS, "closest", "nearest"),
    "nth_relative": (*_ORDINAL_STARTS, "weekday", "weekend"),
    "nth_in_unit": (*_ORDINAL_STARTS, "last", "final"),
    "part_of": (
        "the", "early", "mid", "middle", "late", "beginning", "start", "end", "ordinal word",
        "last", "eom", "bom", "eoy", "boy",
    ),
    "within_unit": ("earlier", "later", "the", "rest", "all", "whole"),
    "narrative": (
        "the", "that", "same", "following", "previous", "preceding", "next", "unit",
        *sorted(lex.PARTS_OF_DAY),
    ),
    "relative_unit": ("the", *_RELATIVE_WORDS, "unit"),
    "fiscal_year": ("fiscal", "fy", "number", "following", *_RELATIVE_WORDS),
    "year_then_part": ("number", "unit", "following", *_RELATIVE_WORDS),
    "weekday_numeric_date": ("weekday",),
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
        "tomorrows", "yesterday", "yesterdays", "last", "same",
    ),
}  # fmt: skip
_DATE_ORDER: Final = tuple(_DATE_STARTS)
_DATE_DISPATCH: Final = _dispatch(_DATE_STARTS, _DATE_ORDER)
_DATE_FALLBACK: Final = ("named",)
_PATTERN_STARTS: Final = {
    "_month_day_pattern": ("the", "month", "number", "ordinal", "ordinal word", "tens"),
    "_weekday_pattern": ("weekday",),
    "_holiday_pattern": (
        "other", "the", "new", "all", "day", "end", "s", "month", "weekday", "season",
        "number word", "ordinal word", "last", "first", "half", "unit",
        *sorted(lex.PARTS_OF_DAY), *sorted(_PARTS.keys() | _EDGES.keys()),
    ),
    "_season_pattern": ("season",),
    "_iso_week_pattern": ("unit",),
    "_weekend_pattern": ("weekend",),
    "_quarter_pattern": ("the", "quarter", "ordinal", "ordinal word", "tens"),
    "_half_pattern": ("ordinal", "ordinal word", "number", "h"),
    "_month_pattern": ("month",),
    "_day_of_month_pattern": ("the", "number", "ordinal", "ordinal word", "tens", "ides"),
}  # fmt: skip
_PATTERN_DISPATCH: Final = _dispatch(_PATTERN_STARTS, tuple(_PATTERN_STARTS))
