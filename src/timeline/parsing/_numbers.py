"""Numbers in figures and words, years, and amounts of time."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from timeline._duration import Duration, Qualifier, amount_of
from timeline._expressions import (
    Amount,
    Expression,
)
from timeline._precision import Precision
from timeline.parsing import _lexicon as lex
from timeline.parsing._common import (
    _QUALIFIERS_BY_FIRST,
    _ROUND_NUMBERS,
    _UNIT_LETTERS,
    _half,
    _plus,
)
from timeline.parsing._reader import Reader

if TYPE_CHECKING:
    from timeline.parsing._tokens import Token


class Numbers(Reader):
    """Numbers in figures and words, years, and amounts of time."""

    # --- numbers ------------------------------------------------------------------------------

    def cardinal(self, *, article: bool = False) -> int | None:
        """A whole number in figures or words ("3", "twenty-one", "a" when ``article``).

        Not a percentage: "up 15% year-to-date" and "3 percent year on year" count no years.
        """
        saved = self.i
        value = self._cardinal(article=article)
        if value is not None and self.percent_follows():
            self.i = saved
            return None
        return value

    def percent_follows(self) -> bool:
        """Whether the number just read is a percentage ("15%", "15 percent", "15 per cent")."""
        last = self.tokens[self.i - 1]
        return (
            self.text[last.end : last.end + 2].lstrip(" ")[:1] == "%"
            or self.word() in _PERCENT_WORDS
            or (self.word() == "per" and self.word(1) == "cent")
        )

    def _cardinal(self, *, article: bool) -> int | None:
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
        if word in {"few", "several"}:
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
        elif (
            value is None
            and token is not None
            and self._day_in_words(token.text, alone=not self.running_text)
        ):
            value = self.cardinal()
            following = self.peek()
            if not (
                self._clause_ends_after(self.i - 1)
                or (following is not None and following.kind == "number")
                or self.word() in lex.MONTHS  # "twenty-one March"
            ):
                value = None  # "in May twenty officials resigned": a count, not the 20th
        if (
            value is None or not 1 <= value <= 31 or self.percent_follows()
        ):  # "In May 20% of voters"
            self.i = saved
            return None
        return value

    @staticmethod
    def _day_in_words(word: str, *, alone: bool) -> bool:
        """Whether a day of the month may be written as this word ("fifteen", "twenty").

        In running text not one to twelve: "in May one day" and "March two weeks ago" are
        not days. A phrase alone may say "December seven" (its end, a year or a month beside
        the word is then required, as for any day in words).
        """
        smallest = 1 if alone else 13
        return word in lex.TENS or lex.NUMBERS.get(word, 0) >= smallest

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
        if era in ("ad", "ce") and (not self.running_text or self._written_in_capitals(self.i + 1)):
            self.i += 2  # in running text "AD" only in capitals: "30 to 40 ad slots" are ads
            return value
        if len(token.text) == 4 or self._three_figures_ending_a_phrase(token):
            self.i += 1
            return value
        return None

    def _three_figures_ending_a_phrase(self, token: Token) -> bool:
        """Whether three figures are a year by ending a phrase alone ("in 410", "Christmas 800").

        A phrase alone names a date, and nothing after the figures makes them a count. In
        running text "in 410" may be a room and "Christmas Day 800" a crowd: not read here.
        """
        return (
            not self.running_text
            and len(token.text) == _YEAR_FIGURES - 1
            and token.text[0] != "0"
            and self.i == self.size - 1
            and self.word_before(self.i) != "at"  # "at 930" is a time of day
        )

    def _year_named_as_one(self) -> int | None:
        """The year after "year": figures of any length, or words down to "two hundred".

        In running text only a year in four figures: "Year 2 students" are pupils.
        """
        token = self.peek()
        if token is not None and self._after_apostrophe(token):
            return None  # "the year '89" is a year in two figures (``_short_year``)
        if self.running_text:
            # "the year 2000" and "the year two thousand", not "Year 2 students".
            if token is not None and token.kind == "number":
                return self.year() if len(token.text) == 4 else None
            return self._year_in_words()
        if token is not None and token.kind == "number" and self.word(1) not in ("bc", "bce"):
            if self.word(1) in lex.UNITS:
                return None  # "the year 2 months after launch"
            self.i += 1
            return int(token.text) or None  # there is no year 0
        found = self.year()
        return found if found is not None else self._year_in_words(small=True)

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
        used: set[Precision] = set()
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
            if part is None or part[1] in used:
                self.i = saved  # "in 3 days and 20 days" names two amounts, not 23 days
                break
            total, last = _plus(total, part[0]), part[1]
            used.add(last)
        if last is None:
            return None
        if qualifier is Qualifier.EXACT:
            # "a week or so", "three years or more", "10 days or less" qualify after.
            for words, meaning in _QUALIFIERS_AFTER:
                if self.take(*words):
                    qualifier = meaning
                    break
        return attrs.evolve(total, qualifier=qualifier)

    def amount_range(self) -> tuple[Duration, Duration] | None:
        """Two counts of one unit, either of which may be meant: the shorter and the longer.

        "two or three days", "3-4 weeks", "two to three years", "between two and five days",
        "a week or two". The counts must grow ("3 or 2 days" is no range); a qualifier is not
        taken ("about two or three days" says the same thing twice).
        """
        saved = self.i
        found = self._counts_then_unit()
        if found is None:
            self.i = saved
            found = self._unit_then_count()
        if found is None:
            self.i = saved
            return None
        shorter, longer, unit = found
        precision = lex.UNITS[unit]
        first, second = amount_of(precision, shorter), amount_of(precision, longer)
        if first is None or second is None or not 0 <= shorter < longer:
            self.i = saved
            return None
        return first, second

    def working_days(self, *, single: bool) -> bool:
        """Take "business days", "working days" or "weekdays" (singular after one)."""
        days = "day" if single else "days"
        return (
            self.take("business", days)
            or self.take("working", days)
            or self.take("weekday" if single else "weekdays")
        )

    def hours(self) -> Duration | tuple[Duration, Duration] | None:
        """A count of hours as days: "48 hours" is 2 days, "36 hours" 1 or 2 days.

        "Hours" with no count are fewer than a day's: the same day or the next.

        Dates keep days, and a reference day is any time of it: hours from it fall on one day
        when they make whole days, else on either of two. Read only where a shift counts them
        ("48 hours ago", "in 36 hours"); a length of hours alone has no value in days.
        """
        saved = self.i
        count = self.cardinal(article=True)
        if count is None and self.take("hours"):
            return Duration(), Duration(days=1)  # "hours after {x}": that day or the next
        if count is None or not self.take_any(_HOUR_WORDS):
            self.i = saved
            return None
        days, rest = divmod(count, _HOURS_A_DAY)
        if not rest:
            return Duration(days=days)
        return Duration(days=days), Duration(days=days + 1)

    def _counts_then_unit(self) -> tuple[int, int, str] | None:
        """Counts, then their unit: "two or three days", "3-4 weeks", "between 2 and 5 days"."""
        between = self.take("between")
        first = self.cardinal()
        if first is None:
            return None
        if between:
            joined = self.take("and")
        elif self.kind_here() == "-":
            self.i += 1
            joined = True
        else:
            joined = self.take_any({"or", "to"}) is not None
        second = self.cardinal() if joined else None
        unit = self.take_any(lex.UNITS) if second is not None else None
        if second is None or unit is None or not self.took_plural():
            return None
        return first, second, unit

    def _unit_then_count(self) -> tuple[int, int, str] | None:
        """The unit said once, after the first count: "a week or two", "a day or two"."""
        first = self.cardinal(article=True)
        unit = self.take_any(lex.UNITS) if first is not None else None
        if first is None or unit is None or not self.take("or"):
            return None
        token = self.peek()
        second = self.cardinal()
        following = self.peek()
        if (
            second is None
            or token is None
            or (token.kind == "number" and len(token.text) > _MOST_SECOND_COUNT_DIGITS)
            or self.word() in lex.UNITS  # "in 2 days or 1 year ago": two dates
            or (following is not None and (following.kind == "number" or self.word() in lex.MONTHS))
        ):
            return None  # "a year or 2030", "in 0 days or 1 January 2000": a date follows
        return first, second, unit

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
            glued = amount_of(letter, count)
            return None if glued is None else (glued, letter)  # "1d", "2y"
        unit = self.take_any(lex.UNITS)
        if unit is None or lex.UNITS[unit] is Precision.SEASON:
            return None
        whole = amount_of(lex.UNITS[unit], count)
        if whole is None:
            return None
        half = _half(lex.UNITS[unit]) if and_a_half else Duration()
        if half is None:
            return None
        return _plus(whole, half), lex.UNITS[unit]

    def clock_time(self, *, hour_alone: bool = False) -> bool:
        """Read a time of day next to a date ("at 5pm", "10:17 p.m.", "at noon", "10:55:50 GMT").

        Dates keep days, so the time is read and dropped, as "Monday evening" is Monday. Figures
        are a time only with minutes or "am"/"pm" ("at 3 people" is no time), after the "T" of
        an ISO date ("2010-11-22T22"), or, with ``hour_alone``, after "at" ("evening at 7").
        """
        saved = self.i
        at = self.take("at")
        if self.take_any(_NOON_WORDS):
            return True
        token = self.peek()
        if hour_alone and at and token is not None and token.text in _HOURS_IN_WORDS:
            self.i += 1
            self.take("oclock")
            return True  # "tonight at five"
        if token is None or token.kind != "number" or len(token.text) > _HOUR_DIGITS:
            self.i = saved
            return False
        after_t = self.i > 0 and self.text[self.tokens[self.i - 1].end : token.start] in ("T", "t")
        hour = int(token.text)
        self.i += 1
        parts = 0
        while parts < _CLOCK_PARTS and self._after_colon():
            self.i += 1
            parts += 1
        if not parts and self._dotted_minutes_before_meridiem():
            self.i += 2  # "8.30pm": minutes after a dot only with am or pm after them
            parts = 1
        if parts == _CLOCK_PARTS and self.kind_here() == "." and self._glued_number():
            self.i += 2  # fractions of a second
        meridiem = self.take_any({"am", "pm", "oclock"})  # "5pm", "5 o'clock"
        limit = 12 if meridiem else 24
        if not (parts or meridiem or after_t or (hour_alone and at)) or hour > limit:
            self.i = saved
            return False
        self.take_any(lex.TIME_ZONES)
        self._zone_offset()
        return True

    def _zone_offset(self) -> None:
        """Skip an offset from UTC after a time ("+0100", "-07:00"), which moves no day here.

        Only one glued to its sign, as four figures or two and two after a colon, within
        14 hours: "10:00 - 12 October" and "9:00-31 March" are ranges, not offsets.
        """
        sign, hours = self.peek(), self.peek(1)
        if sign is None or hours is None or sign.kind not in ("+", "-") or hours.kind != "number":
            return
        if hours.start != sign.end:
            return
        if len(hours.text) == 2 * _HOUR_DIGITS:
            hour, minute = int(hours.text[:2]), int(hours.text[2:])
            if hour <= _MOST_OFFSET_HOURS and minute < _MINUTES:
                self.i += 2
            return
        if len(hours.text) == _HOUR_DIGITS and int(hours.text) <= _MOST_OFFSET_HOURS:
            saved = self.i
            self.i += 2
            if not self._after_colon():
                self.i = saved
                return
            self.i += 1

    def _dotted_minutes_before_meridiem(self) -> bool:
        """Whether ".30pm" follows here: minutes after a dot, then "am" or "pm"."""
        dot, minutes, after = self.peek(), self.peek(1), self.peek(2)
        return (
            dot is not None
            and dot.kind == "."
            and self._glued_number()
            and minutes is not None
            and len(minutes.text) == _HOUR_DIGITS
            and after is not None
            and after.text in ("am", "pm")
        )

    def _glued_number(self) -> bool:
        """Whether figures follow the token here with no space between."""
        token, following = self.peek(), self.peek(1)
        return (
            token is not None
            and following is not None
            and following.kind == "number"
            and following.start == token.end
        )

    def _after_colon(self) -> bool:
        """Whether two figures of minutes or seconds follow a colon here ("10:17")."""
        token, before = self.peek(), self.tokens[self.i - 1]
        return (
            token is not None
            and token.kind == "number"
            and len(token.text) == _HOUR_DIGITS
            and self.text[before.end : token.start] == ":"
        )

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


#: The figures of a year of modern history; fewer are a year only with a sign of one.
_YEAR_FIGURES: Final = 4
#: Words that make the number before them a percentage, never a count of time.
_PERCENT_WORDS: Final = frozenset({"percent", "percentage", "pct"})
#: The most figures in the second count of "a week or two" ("a year or 2030" is a year).
_MOST_SECOND_COUNT_DIGITS: Final = 2
#: Words for hours, which count whole days in a shift ("48 hours ago").
_HOUR_WORDS: Final = frozenset({"hour", "hours", "hr", "hrs"})
_HOURS_A_DAY: Final = 24
#: Hours in words, read as a time only after "at" and a part of the day ("tonight at five").
_HOURS_IN_WORDS: Final = frozenset(word for word, value in lex.NUMBERS.items() if 1 <= value <= 12)
#: Words for twelve o'clock, and the time zones written after a time in feeds and headers.
_NOON_WORDS: Final = frozenset({"noon", "midday", "midnight"})
#: Qualifiers said after an amount, and what they make of it.
_QUALIFIERS_AFTER: Final = (
    (("or", "so"), Qualifier.ABOUT),
    (("or", "more"), Qualifier.AT_LEAST),
    (("or", "longer"), Qualifier.AT_LEAST),
    (("or", "less"), Qualifier.AT_MOST),
    (("or", "fewer"), Qualifier.AT_MOST),
)
_HOUR_DIGITS: Final = 2
_MOST_OFFSET_HOURS: Final = 14  # UTC+14, the furthest a clock is set from UTC
_MINUTES: Final = 60
_CLOCK_PARTS: Final = 2  # minutes and seconds
