"""Dates written in full: figures, EDTF, decades, centuries, fiscal years."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from timeline import _calendar as cal
from timeline._expressions import (
    Absolute,
    Between,
    Expression,
    InUnit,
    Named,
    NumericDate,
    ShortDecade,
    ShortYear,
)
from timeline._fiscal import FiscalYear
from timeline._fuzzy import FuzzyDate
from timeline._patterns import (
    WEEKDAY_NAMES,
    MonthDay,
    QuarterOf,
)
from timeline.errors import ParseError
from timeline.parsing import _lexicon as lex

if TYPE_CHECKING:
    from timeline.parsing._tokens import Token
from timeline.parsing._common import (
    _FISCAL_OFFSETS,
    _NOUGHTIES,
    _later_year,
)
from timeline.parsing._numbers import Numbers

#: The most days a month has: a larger first number in figures can only be a year.
_MOST_DAYS = 31


class AbsoluteDates(Numbers):
    """Dates written in full: figures, EDTF, decades, centuries, fiscal years."""

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
        """EDTF written inside a phrase ("since 2020-W53", "in 199X", "in 199x")."""
        token = self.peek()
        if token is None or token.kind != "edtf":
            return None
        self.i += 1
        try:  # upper-cased: EDTF's letters are capitals, but people type "2021-w42" too
            return Absolute(FuzzyDate.from_edtf(token.text.upper()))
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

    def weekday_numeric_date(self) -> Expression | None:
        """E.g. "Sunday 7/7/2019", "Fri 10/13": the weekday picks the reading and the year."""
        weekday = self.take_any(lex.WEEKDAYS)
        if weekday is None:
            return None
        start = self.i
        found = self._numeric_date()
        if isinstance(found, Absolute) and isinstance(found.value, FuzzyDate):
            # "Friday 2018-7-6": the year is given, so the weekday can only agree or not.
            day = found.value.earliest_day
            if cal.weekday(day) != lex.WEEKDAYS[weekday]:
                token = self.tokens[start]
                actual = WEEKDAY_NAMES[cal.weekday(day)]
                msg = f"{found.value} was a {actual}, not a {WEEKDAY_NAMES[lex.WEEKDAYS[weekday]]}"
                raise ParseError(msg, text=self.text, position=token.start, length=len(token.text))
            return found
        if not isinstance(found, NumericDate):
            return None
        return attrs.evolve(found, weekday=lex.WEEKDAYS[weekday])

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
        """A year in two figures after an apostrophe ("'84", "summer of '69", "the year '89")."""
        saved = self.i
        if not self.take("the", "year"):
            self.take("year")
        token = self.peek()
        if (
            token is None
            or token.kind != "number"
            or len(token.text) != 2
            or not self._after_apostrophe(token)
        ):
            self.i = saved
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
        if joined and self.kind_here() == separator.kind:  # type: ignore[union-attr]
            self.i += 1  # "2012/Aug/10"
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
        last = _later_year(year, second.text, separator.kind) if len(first.text) == 4 else None
        # "2019-20" can be no month; "the 2003-04 season" in running text is two years too, as
        # prose writes seasons and financial years, and ISO's year-month hardly at all.
        next_year = last == year + 1 and self.running_text
        if last is not None and (next_year or not 1 <= month <= 12):
            self.i += 3
            return Between(Absolute(FuzzyDate.year(year)), Absolute(FuzzyDate.year(last)))
        if not 1 <= month <= 12:
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
        # "69-5-31", "99/12/31": a first number no day or month can be is a year, and the
        # order is then year, month, day, as in ISO dates.
        short_year_first = (
            len(numbers) == 3
            and values[0] > _MOST_DAYS
            and separator in ("-", "/")
            and all(len(n.text) <= 2 for n in numbers)
        )
        if len(numbers) == 3 and (len(numbers[0].text) == 4 or short_year_first):
            return self._year_first(numbers, short=short_year_first)
        if len(numbers) == 2:
            if any(len(n.text) > 2 for n in numbers) or self.word() in ("am", "pm"):
                return None  # "8.30am" is a time
            return NumericDate(values[0], values[1])
        digits = len(numbers[2].text)
        if digits not in (2, 4) or any(len(n.text) > 2 for n in numbers[:2]):
            return None
        return NumericDate(values[0], values[1], values[2], digits)

    def _year_first(self, numbers: list[Token], *, short: bool) -> Expression:
        """Year, month and day in figures ("2015-03-03", or "69-5-31" with ``short``)."""
        year, month, day = (int(n.text) for n in numbers)
        # A short year's century is not known yet: any leap day may be its own.
        valid_month = 1 <= month <= 12
        limit = cal.days_in_month(2000 if short else year, month) if valid_month else 0
        if not valid_month:
            bad, msg = numbers[1], f"month {month} is out of range (1..12)"
        elif not 1 <= day <= limit:
            bad, msg = numbers[2], f"day {day} is out of range for that month (1..{limit})"
        elif short:
            return InUnit(MonthDay(month, day), ShortYear(year))
        else:
            return Absolute(FuzzyDate.day(year, month, day))
        raise ParseError(msg, text=self.text, position=bad.start, length=len(bad.text))

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
