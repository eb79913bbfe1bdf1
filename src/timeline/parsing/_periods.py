"""Stretches of time: ranges, runs of days, recent units, since and until."""

from __future__ import annotations

from typing import Final

from timeline import _calendar as cal
from timeline._duration import Duration, amount_of
from timeline._expressions import (
    Absolute,
    Between,
    CurrentUnit,
    Either,
    Expression,
    ForDuration,
    InUnit,
    Named,
    NthInUnit,
    Previous,
    Recent,
    Shift,
    Since,
    Until,
)
from timeline._fuzzy import FuzzyDate
from timeline._patterns import (
    DayOfMonth,
    MonthDay,
    Pattern,
    Selector,
    UnitPattern,
    WeekdayOf,
    WorkingDay,
)
from timeline._precision import Precision
from timeline.parsing import _lexicon as lex
from timeline.parsing._common import (
    _LAST_WORDS,
    _NEXT_WORDS,
    _RANGE_WORDS,
    NOW,
    STRETCH_PREPOSITIONS,
    TODAY,
    _bare_day,
    _range,
    _run_of_units,
    edge_of,
)
from timeline.parsing._named import NamedDates

#: Words after "May 4 and 5" that make the 5 a count: "5 on May 6", "5 more people".
_COUNTED_AFTER: Final = frozenset({"on", "more", "fewer", "of", "people", "others", "percent"})
#: Words before "3 and 4 June" that make the figures days.
_DAY_LIST_PREPOSITIONS: Final = frozenset({"on", "from", "of", "by", "until", "between", "during"})


class Periods(NamedDates):
    """Stretches of time: ranges, runs of days, recent units, since and until."""

    # --- periods ------------------------------------------------------------------------------

    def period(self) -> Expression | None:
        """A stretch of time: "from X to Y", "since X", "the last two weeks", "July 13-15".

        A time of day after a run of days is read and dropped ("22-23 Feb at 7pm").
        """
        found = self.first(
            self.first_to_last_day,  # before from_to: "from the first to the last day of May"
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
            self.era_range,
        )
        if found is not None:
            self.clock_time()
        return found

    def era_range(self) -> Expression | None:
        """E.g. "499-493 BC", "from 264 to 241 BC": figures before a year with its era share it.

        Years in four figures already read so ("1550-1070 BC"); shorter ones alone are no year.
        """
        between = self.take("between")
        if not between:
            self.take("from")
        token = self.peek()
        if token is None or token.kind != "number" or int(token.text) == 0:
            return None
        self.i += 1
        if not ((between and self.take("and")) or self._range_word()):
            return None
        end = self.year()
        if end is None or self.texts[self.i - 1] not in _ERAS:
            return None
        first = int(token.text)
        start = 1 - first if end <= 0 else first
        return Between(Absolute(FuzzyDate.year(start)), Absolute(FuzzyDate.year(end)))

    def first_to_last_day(self) -> Expression | None:
        """E.g. "(from) the first to the last day of 2008": the whole of it, day by day."""
        self.take("from")
        self.take("the")
        if not (self.take("first") or self.take("1st")) or not self._range_word():
            return None
        self.take("the")
        if not self.take("last", "day", "of"):
            return None
        area = self.date()
        if area is None:
            return None
        day = UnitPattern(Precision.DAY)
        return Between(NthInUnit(1, day, area), NthInUnit(1, day, area, from_end=True))

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
        """E.g. "from X to Y", "between X and Y", "from X for N days", "starting X until Y"."""
        if self.take("from") or self.take_any(_STARTING):
            found = self._date_and_end()
            return None if found is None else _period(*found)
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
        found = self._date_and_end()
        if found is None:
            return None
        start, end = found
        if isinstance(end, Expression) and (_bare_day(start) or _bare_day(end)):
            return None  # "2021-13" is no range; days of a month are read by day_range
        return _period(start, end)

    def _date_and_end(self) -> tuple[Expression, Expression | Duration] | None:
        """A date, then a range word and the date it runs to, or "for" and how long."""
        start = self.date()
        if start is None:
            return None
        if self.take("for"):
            amount = self.amount()
            return None if amount is None else (start, amount)
        if not self._range_word():
            return None
        end = self.date()
        return None if end is None else (start, end)

    def day_range(self) -> Expression | None:
        """Days of one month: "July 13-15", "from the 13th to the 15th of July", "1-8 September".

        Two days in a row joined by "and" are a run too: "May 4 and 5", "6 and 7 June 1940".

        Also "between 3 and 12 September", "November between 19 and 20", and days of a month
        counted from the reference: "from 4 to 22 this month", "4 till 23 of next month".
        """
        opening = self.i
        between = self.take("between")
        if not between:
            self.take_any({"from", "on"})
        placed = self.i > opening or self.word_before(opening) in _DAY_LIST_PREPOSITIONS
        self.take("the")
        month = self.take_any(lex.MONTHS)
        if month is not None and not between:
            between = self.take("between")
        first = self.day_number()
        if first is None:
            return None
        self.take("of")
        day_first = None if month is not None else self.take_any(lex.MONTHS)  # "10 August - "
        paired = False
        if not ((between and self.take("and")) or self._range_word()):
            if not self.take("and"):
                return None
            paired = True  # "May 4 and 5", "3 and 4 June 1940": two days in a row
        self.take("the")
        second_month = self.take_any(lex.MONTHS) if month is not None else None
        last = self.day_number()
        if last is None or (paired and (last != first + 1 or second_month is not None)):
            return None  # "May 4 and 9" are two dates
        if paired and self.running_text and not self._days_in_a_row(month, placed=placed):
            return None
        if month is None:
            self.take_any({"of", "in"})
            month = self.take_any(lex.MONTHS)
            if day_first is not None:
                # "10 August - 12 September": the months follow their days.
                if month is None:
                    return None
                month, second_month = day_first, month
            elif month is None:
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

    def _days_in_a_row(self, month: str | None, *, placed: bool) -> bool:
        """Whether "4 and 5" with a month are two days, not counts ("chapters 3 and 4 May").

        Days before their month need a preposition before them ("on 3 and 4 June"); after it,
        the second must not be followed by "on" and another date ("arrested 12 people on May 4
        and 5 on May 6": five people).
        """
        if month is None:
            return placed
        return self._clause_ends_after(self.i - 1) or self.word() not in _COUNTED_AFTER

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
        over = self.take_any(STRETCH_PREPOSITIONS)
        the = self.take("the")
        which = self.take_any(_NEXT_WORDS | _LAST_WORDS | {"following", "preceding", "recent"})
        if which is None:
            return self._ahead()
        if which == "upcoming":
            return None
        hours = self.hours()
        if hours is not None:
            # "the past 24 hours": from the days 24 hours back can reach, to today.
            if which in _NEXT_WORDS or which == "following":
                return Between(TODAY, shifted(NOW, hours, back=False))
            return Between(shifted(NOW, hours, back=True), TODAY)
        count = self.cardinal()
        if count == 0:
            return None  # "the last 0 weeks" is no stretch of time
        forward = which in _NEXT_WORDS or which == "following"
        if count is not None and self.working_days(single=count == 1):
            return _run_of(WorkingDay(), count, forward=forward)
        weekday = self.take_any(lex.WEEKDAYS) if count is not None and count > 1 else None
        if weekday is not None and self.took_plural():
            # "the next 3 Tuesdays": from the first to the third
            return _run_of(WeekdayOf(lex.WEEKDAYS[weekday]), count or 0, forward=forward)
        if weekday is not None:
            return None
        return self._recent_units(which, count, forward=forward, over=over, the=the)

    def _recent_units(
        self, which: str, count: int | None, *, forward: bool, over: str | None, the: bool
    ) -> Expression | None:
        """The units after "the last (three)", "over the next", "the following"."""
        # "The following days", "the previous three days": from the story's date ("in the next
        # year" stays the reference's, as a report in a story means it).
        story = which in ("following", "previous", "preceding")
        unit = self.take_any(lex.UNITS)
        if unit is None:
            if count is None and which != "recent" and self.take_any({"fortnight"}):
                # "the past fortnight", "next fortnight": two weeks, as "the past two weeks".
                return Recent(Precision.WEEK, 2, forward=forward, story=story)
            return None
        plural = self.took_plural()
        if count is None and plural and self.word() != "of":
            # "the coming weeks", "in recent months": as many as "a few" ("the last days of
            # the empire" are its own last days, not a stretch before the reference).
            count = lex.FEW
        elif (
            count is None
            and over not in (None, "in")
            and which != "recent"
            and (the or over == "within" or which not in ("next", "last"))
        ):
            # "over the past week" is the seven days up to the reference; "in the last week"
            # is left to read as the calendar week before this one, and so are "for next
            # year" and "during last month" (a forecast for next year is for that year).
            day = lex.UNITS[unit] is Precision.DAY
            if which == "next" and day and self.running_text and self.anchorless:
                return CurrentUnit(Precision.DAY, 1, Previous())  # "Over the next day", a story
            count = 1
        if count is None or (which == "recent" and not plural):
            return None
        return Recent(lex.UNITS[unit], count, forward=forward, story=story)

    def _ahead(self) -> Expression | None:
        """E.g. "the days ahead", "the two years ahead", "the year ahead": from tomorrow on.

        A plural with no count is a few, as "the coming weeks" is.
        """
        count = self.cardinal()
        unit = self.take_any(lex.UNITS)
        if unit is None or count == 0:
            return None
        plural = self.took_plural()
        if count is None:
            count = lex.FEW if plural else 1
        if not self.take("ahead") or (count == 1) == plural:
            return None
        return Recent(lex.UNITS[unit], count, forward=True)

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
        """E.g. "since X", "ever since X", and in a phrase "starting X", "beginning X".

        In running text "starting" and "beginning" alone are as often other words ("starting
        2000 troops"), so there only "since" opens a period.
        """
        self.take("ever")
        if not (self.take("since") or (not self.running_text and self.take_any(_STARTING))):
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
        """E.g. "in the two years before X", "within a week after X", "within 3 days of X".

        In a phrase, "within 10 days" with nothing after is from today to 10 days on: in
        running text it is as often counted from the story's last date ("Within a week, he
        had resigned"), so there it is not read.
        """
        within = self.take("within")
        if within:
            self.take("the")
        elif not (
            self.take("in", "the")
            or self.take("during", "the")
            or (self.word(1) == "first" and self.take("the"))
        ):
            return None
        # "In the first year after X" is its first twelve months after it, as "in the two
        # weeks after X" is two weeks (not the calendar year after X, as "the year after X");
        # "within the first month of X" is the first month of X (an nth, see ``nth_in_unit``).
        nth = self.take("first")
        amount = self.hours() or self._counted_units(few=bool(within) and not nth, one=nth)
        sides = {"after", "following", "since"} | (
            set() if nth else {"before", "preceding"} | ({"of"} if within else set())
        )
        direction = self.take_any(sides)
        if within and direction is None and not self.running_text and self.at_end():
            return None if amount is None else Between(TODAY, shifted(NOW, amount, back=False))
        if amount is None or direction is None:
            return None
        anchor = self.date()
        if anchor is None:
            return None
        if direction == "of":
            return Between(shifted(anchor, amount, back=True), shifted(anchor, amount, back=False))
        # Counted from the anchor's edge: "the two years after 2008" are 2009 and 2010.
        if direction in ("before", "preceding"):
            first = edge_of(anchor, last=False)
            return Between(shifted(first, amount, back=True), Shift(first, Duration(days=-1)))
        last = edge_of(anchor, last=True)
        return Between(Shift(last, Duration(days=1)), shifted(last, amount, back=False))

    def _counted_units(self, *, few: bool = False, one: bool = False) -> Duration | None:
        """A count and a unit of fixed length ("two years"; not "two seasons").

        With ``few``, a plural with no count is a few, as "the coming weeks" are ("within
        days of {x}"); "in the days after X" says nothing of how many. With ``one``, a unit
        with no count is one ("the first year after X").
        """
        saved = self.i
        count = self.cardinal(article=True)
        unit = self.take_any(lex.UNITS)
        if few and count is None and unit is not None and self.took_plural():
            count = lex.FEW
        if one and count is None and unit is not None and not self.took_plural():
            count = 1
        if count is None or unit is None:
            self.i = saved
            return None
        return amount_of(lex.UNITS[unit], count)


#: The eras a year can be written with.
_ERAS: Final = frozenset({"bc", "bce", "ad", "ce"})
#: Words that open a period as "from" does ("starting Monday until Friday").
_STARTING: Final = frozenset({"starting", "beginning"})


def _run_of(pattern: Pattern, count: int, *, forward: bool) -> Expression:
    """The next (or last) ``count`` days of a pattern: "the past three business days".

    The last ones end on the reference if it is one, as "the past three days" do.
    """
    if forward:
        return Between(Named(pattern, Selector.AFTER, 1), Named(pattern, Selector.AFTER, count))
    tomorrow = CurrentUnit(Precision.DAY, 1)
    return Between(
        Named(pattern, Selector.BEFORE, count, tomorrow),
        Named(pattern, Selector.BEFORE, 1, tomorrow),
    )


def shifted(
    anchor: Expression, amount: Duration | tuple[Duration, Duration], *, back: bool
) -> Expression:
    """``anchor`` moved by ``amount``, or by either of two amounts ("36 hours": 1 or 2 days)."""
    if isinstance(amount, Duration):
        return Shift(anchor, -amount if back else amount)
    shorter, longer = amount
    return Either(shifted(anchor, shorter, back=back), shifted(anchor, longer, back=back))


def _period(start: Expression, end: Expression | Duration) -> Expression:
    """From a date to another ("from May to July"), or for so long ("for 10 days")."""
    return ForDuration(start, end) if isinstance(end, Duration) else _range(start, end)
