"""Recurring names (weekdays, months, seasons, holidays, quarters) and where they fall."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from timeline import _calendar as cal
from timeline._duration import Duration, Qualifier
from timeline._expressions import (
    Absolute,
    CurrentUnit,
    Expression,
    InUnit,
    Named,
    Previous,
    Shift,
    ShortYear,
    UnitOf,
)
from timeline._expressions._relations import only_unit
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
    WeekdayOf,
    Weekend,
    WorkingDay,
)
from timeline._precision import Precision
from timeline.parsing import _lexicon as lex
from timeline.parsing._absolute import AbsoluteDates
from timeline.parsing._common import (
    _EDGES,
    _FISCAL_OFFSETS,
    _LAST_WORDS,
    _NEXT_WORDS,
    _PARTS,
    _THIS_WORDS,
    NOW,
    _dispatch,
    _fits,
    _later_year,
    _month_day,
    a_year_in_three_figures,
    edge_of,
    takes_a_year_in_three_figures,
)

if TYPE_CHECKING:
    from timeline.parsing._tokens import Token

#: How long one occurrence of a name lasts, by its precision: the first to start after the
#: reference less this is the one not yet over ("a year from May" said in May).
_OCCURRENCE_LENGTHS: Final = {
    Precision.DAY: Duration(days=1),
    Precision.WEEK: Duration(weeks=1),
    Precision.MONTH: Duration(months=1),
    Precision.QUARTER: Duration(months=3),
    Precision.SEASON: Duration(months=3),
    Precision.YEAR: Duration(years=1),
}
#: The units a count of which, moved from the reference, names one of them ("4 months ago").
_COUNTED_UNITS: Final = {
    "years": Precision.YEAR,
    "months": Precision.MONTH,
    "weeks": Precision.WEEK,
}


class NamedDates(AbsoluteDates):
    """Recurring names (weekdays, months, seasons, holidays, quarters) and where they fall."""

    if TYPE_CHECKING:  # constructions of the whole grammar (``Parser``) that names place in

        def date(self) -> Expression | None: ...

        def relative_unit(self) -> Expression | None: ...

        def narrative(self) -> Expression | None: ...

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
            if token.text == "h" and following.kind == "number" and following.text in ("1", "2"):
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

    def _working_day_pattern(self) -> Pattern | None:
        """E.g. "weekday", "business day", "working day" (any Monday to Friday)."""
        if self.take("weekday") or self.take("business", "day") or self.take("working", "day"):
            return WorkingDay()
        return None

    def _month_day_pattern(self) -> Pattern | None:
        """E.g. "March 3", "the 1st of March", "15 February", "February the 15th", "March first"."""
        self.take("the")
        month = self.take_any(lex.MONTHS)
        if month is not None:
            the = self.take("the")
            if not the and self.kind_here() == "/":
                self.i += 1  # "Oct/2"
            token = self.peek()
            day = self.day_number()
            if day is None:
                return None
            if the and self.running_text and token is not None and self._names_a_unit(token):
                return None  # "In March the Third Army crossed": a name, not 3 March
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
        year = self.peek(1)
        if year is not None and year.kind == "number":
            self._take_separator()  # "31-Oct-74"; not "29 May - Saturday 2 June"
        return _month_day(lex.MONTHS[month], day)

    def _names_a_unit(self, ordinal: Token) -> bool:
        """Whether a capitalised ordinal opens a name: "the Third Army", "the First Battalion".

        The word after it, joined by a space, is capitalised and no word of time; "June the
        Twenty-First, 1940" and "May The Fourth" (a headline) are days.
        """
        following = self.peek()
        return (
            self.text[ordinal.start].isupper()
            and following is not None
            and following.kind == "word"
            and self.text[ordinal.end : following.start].strip() == ""
            and self.text[following.start].isupper()
            and not lex.known_word(following.text)
        )

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
        # "The following summer", and in a story read in order "the next spring": the story's.
        ahead = self.texts[self.i : self.i + 2]
        following = "following" in ahead or (
            ahead == ["the", "next"] and self.running_text and self.anchorless
        )
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
        if following and selector is Selector.NEXT:
            # After the story's date, which a story read in order knows (else the reference).
            # From the story's last day: "in 1777 ... the next spring" is the spring of 1778.
            return Named(pattern, Selector.AFTER, 1, edge_of(Previous(), last=True))
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
        # Nor before a date of its own: in "29 May - Saturday 2 June" it begins the end.
        if isinstance(pattern, MonthDay) and self.word() in lex.WEEKDAYS:
            following = self.peek(1)
            if following is not None and (
                (following.kind == "number" and len(following.text) <= 2)  # not a year
                or following.kind == "ordinal"
                or following.text in lex.MONTHS
            ):
                return None
            word = self.take_any(lex.WEEKDAYS)
            return WeekdayOf(lex.WEEKDAYS[word or ""])
        return None

    def _selector(self) -> tuple[Selector, int]:
        self.take("the")
        if self.take("this", "past") or self.take("this", "last") or self.take("past"):
            # "this past Sunday", "past Sunday": the latest, even in this week.
            return Selector.BEFORE, 1
        if self.take("this", "coming") or self.take("this", "upcoming") or self.take_any(_COMING):
            # "This coming Friday", "the coming weekend": the very next one, as news uses it;
            # "next Friday" may be next week's (``NextWeekday``).
            return Selector.AFTER, 1
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
        separator, after = self.peek(), self.peek(1)
        if (
            isinstance(pattern, MonthDay)
            and separator is not None
            and separator.kind in ("-", "/")
            and after is not None
            and after.kind == "number"
            and len(after.text) == 4
        ):
            self.i += 1  # "August-10-2012", "Aug/10/2012": no day is numbered 2012: a year
        year = self._stated_year(pattern)
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
            and (self.peek(1) is None or self.kinds[self.i + 1] != "word" or self.word(1) == "at")
            and self.text[token.end : token.end + 1] != ":"  # "Jan 5 10:00" is a time
        ):
            self.i += 1
            return InUnit(pattern, ShortYear(int(token.text)))
        saved = self.i
        yearly = not isinstance(pattern, WeekdayOf | DayOfMonth)
        linked = self.take_any({"of", "in", "from"})
        if linked is not None or isinstance(pattern, WeekdayOf):
            # "Christmas in 1 year" is in the year a year from now; "Monday in 2 weeks" is not
            # the Monday of some year; "Christmas of 2 years ago" is in the year then.
            areas = [self.relative_unit, self._year_unit, self._short_year, self.named]
            if linked == "of":
                # "the 1st of 4 months ago", and in a story "the 28th of that month"
                areas[:0] = [self.shifted_unit, self.narrative]
            if yearly:
                areas.insert(0, self._shifted_year)
            area = self.first(*areas)
            if area is not None and _fits(pattern, area):
                return InUnit(pattern, area)
        self.i = saved
        # "March this year", "Christmas last year", "the 5th next month": a unit counted
        # from the reference may follow with no preposition.
        area = self.attempt(self.relative_unit)
        if area is not None and _fits(pattern, area):
            return InUnit(pattern, area)
        self.i = saved
        if yearly or isinstance(pattern, WeekdayOf):
            unit = Precision.YEAR if yearly else Precision.WEEK  # "Monday two weeks ago"
            shifted = self.attempt(lambda: self._shifted_unit_suffix(unit))
            if shifted is not None:
                return InUnit(pattern, shifted)
        shared = self._unit_shared(pattern) if _order_in_unit(pattern) is not None else None
        return Named(pattern) if shared is None else InUnit(pattern, shared)

    def _stated_year(self, pattern: Pattern) -> int | None:
        """The year written after a pattern, or after a time of day after it; year 0 is 1 BC."""
        year = self.attempt(self.year)
        if year is None and self.running_text and takes_a_year_in_three_figures(pattern):
            year = self._year_ending_a_clause()
        return year if year is not None else self._year_after_a_time(pattern)

    def _year_ending_a_clause(self) -> int | None:
        """Three figures after a day and month or a holiday that end the clause: their year.

        "Charlemagne was crowned on Christmas Day 800." In running text figures with words
        after them may be a count ("on Christmas Day 800 prisoners were freed"); where they
        could be either, no date is found (``year_left_unsaid``).
        """
        token = self.peek()
        if (
            token is None
            or not a_year_in_three_figures(self.text, self.tokens[self.i - 1], token)
            or not self._clause_ends_after(self.i)
        ):
            return None
        self.i += 1
        return int(token.text)

    def _year_after_a_time(self, pattern: Pattern) -> int | None:
        """The year after a day's time, as logs and mail headers write it.

        "Wed Aug 05 12:00:00 2015": the time is read and dropped, the year is the day's.
        """
        saved = self.i
        day = pattern.generator if isinstance(pattern, Intersection) else pattern
        if isinstance(day, MonthDay) and self.clock_time():
            year = self.attempt(self.year)
            if year is not None:
                return year
        self.i = saved
        return None

    def _unit_shared(self, pattern: Pattern) -> Expression | None:
        """The unit the next name is placed in, read ahead ("August and September 1914").

        So also "Monday or Tuesday last week" and "May or June of last year". Only a name
        earlier in the unit shares it: "December or January 2021" is December 2020, placed
        next to January as a range would place it. Only the first is this phrase; the unit is
        looked at and left for the next one.
        """
        saved = self.i
        try:
            if not self.take_any({"and", "or"}) or self.kind_here() not in _SHARING_KINDS:
                return None
            following = self.date()
        finally:
            self.i = saved
        if (
            isinstance(following, InUnit)
            and type(following.pattern) is type(pattern)
            and _fits(pattern, following.unit)
            and (_order_in_unit(pattern) or 0) < (_order_in_unit(following.pattern) or 0)
        ):
            return following.unit  # the year, as "September 1914" is read
        return None

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

    def _shifted_unit_suffix(self, unit: Precision) -> Expression | None:
        """The year (after a weekday, the week) that "3 months ago" or "six years hence" is in."""
        shifted = self._shifted_reference()
        return None if shifted is None else UnitOf(unit, shifted)

    def _coming(self, anchor: Expression) -> Expression:
        """A name counted from ("a week from Friday") is the next one not yet over, any bias.

        "From" looks ahead: "the vote is a week from Friday" in a story told in the past tense
        is a week after the Friday to come ("a week after Friday" follows the bias); said on
        a Friday, a week from that day, as news names the day it is written; "a year from May"
        said in May is from this May. In a story read in order it is the next one from the
        story's date ("a week from Friday" after 3 March 1999 is 12 March 1999).
        """
        if type(anchor) is not Named or anchor.selector is not Selector.BIAS or anchor.anchor:
            return anchor
        length = _OCCURRENCE_LENGTHS.get(anchor.pattern.precision)
        if length is None:
            return anchor
        story = self.running_text and self.anchorless
        origin = edge_of(Previous(), last=False) if story else NOW  # a story's first day
        since = Shift(origin, -length)  # the first to start after this is not yet over
        return attrs.evolve(anchor, selector=Selector.AFTER, anchor=since)

    def shifted_unit(self) -> Expression | None:
        """The unit counted in "4 months ago", after "of": "the 1st of 4 months ago".

        Only a whole count of one unit longer than a day names a unit ("the end of two years
        ago" is the end of that year); "3 days ago" stays a day.
        """
        shifted = self._shifted_reference()
        if shifted is None:
            return None
        unit = _COUNTED_UNITS.get(only_unit(shifted.amount) or "")
        return None if unit is None else UnitOf(unit, shifted)

    def _shifted_reference(self) -> Shift | None:
        """The reference moved by an exact amount: "3 months ago", "six years hence"."""
        amount = self.amount()
        if amount is None or amount.qualifier is not Qualifier.EXACT:
            return None
        if self.take_any({"ago", "back"}):
            return Shift(NOW, -amount)
        if self.take_any({"hence"}) or self.take("from", "now"):
            return Shift(NOW, amount)
        return None

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
        if offset is None or self.word() != "years" or self.plural_next():
            return None
        self.i += 1
        return offset


_PATTERN_STARTS: Final = {
    "_month_day_pattern": (
        "the", "month", "number", "ordinal", "ordinal word", "tens", "number word",
    ),
    "_weekday_pattern": ("weekday",),
    "_holiday_pattern": (
        "other", "the", "new", "all", "day", "end", "s", "month", "weekday", "season",
        "number word", "ordinal word", "last", "first", "half", "unit",
        *sorted(lex.PARTS_OF_DAY), *sorted(_PARTS.keys() | _EDGES.keys()),
    ),
    "_season_pattern": ("season",),
    "_iso_week_pattern": ("unit",),
    "_weekend_pattern": ("weekend",),
    "_working_day_pattern": ("weekday", "business", "working"),
    "_quarter_pattern": ("the", "quarter", "ordinal", "ordinal word", "tens"),
    "_half_pattern": ("ordinal", "ordinal word", "number", "h"),
    "_month_pattern": ("month",),
    "_day_of_month_pattern": ("the", "number", "ordinal", "ordinal word", "tens", "ides"),
}  # fmt: skip
#: Words for the very next one of a name ("the coming weekend"), unlike "next" (``NextWeekday``).
_COMING: Final = frozenset({"coming", "upcoming"})
#: The token kinds a second name begins with whose unit a first may share ("May or June 2020").
_SHARING_KINDS: Final = frozenset({"month", "season", "weekday"})
#: Seasons in the order they come in a year; winter, which runs into the next, shares none.
_SEASON_ORDER: Final = (cal.Season.SPRING, cal.Season.SUMMER, cal.Season.AUTUMN)


def _order_in_unit(pattern: Pattern) -> int | None:
    """Where a name that can share the next one's unit comes in it, else ``None``."""
    if isinstance(pattern, MonthOf):
        return pattern.month
    if isinstance(pattern, WeekdayOf):
        return pattern.weekday
    if isinstance(pattern, SeasonOf) and pattern.season in _SEASON_ORDER:
        return _SEASON_ORDER.index(pattern.season)
    return None


_PATTERN_DISPATCH: Final = _dispatch(_PATTERN_STARTS, tuple(_PATTERN_STARTS))
