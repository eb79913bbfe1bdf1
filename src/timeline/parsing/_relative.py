"""Dates counted from the reference or another date: today, shifts, anniversaries, units."""

from __future__ import annotations

from typing import Final

import attrs

from timeline._duration import Duration, Qualifier, amount_of
from timeline._expressions import (
    Anniversary,
    Between,
    CurrentUnit,
    EventRef,
    Expression,
    InUnit,
    Named,
    Previous,
    Shift,
    TenureStart,
    UnitOf,
)
from timeline._patterns import (
    MonthOf,
    Pattern,
    SeasonOf,
    Selector,
    WeekdayOf,
    Weekend,
    WorkingDay,
)
from timeline._precision import Precision
from timeline.errors import ParseError
from timeline.parsing import _lexicon as lex
from timeline.parsing._common import (
    _INTO_THE_JOB,
    _LAST_WORDS,
    _NEXT_WORDS,
    _ON_THE_JOB,
    _SHIFT_SUFFIXES,
    _THIS_WORDS,
    NOW,
    STRETCH_PREPOSITIONS,
    TENURE_NOUNS,
    TENURE_POSSESSIVES,
    TODAY,
    TOMORROW,
    YESTERDAY,
    edge_of,
    first_day_of,
)
from timeline.parsing._parts import UnitParts
from timeline.parsing._periods import shifted

#: Words before "this time" or "the same time" that make it a time, not an occasion ("around
#: this time"); "at", "during", "in" and "up to" place "this time" as well.
_PLACING_WORDS: Final = frozenset(
    {"around", "about", "by", "until", "till", "since", "before", "after", "from", "of"}
)
#: The day a shift from now is counted from when a day word follows it ("a year ago tomorrow").
_DAY_WORDS: Final = {
    "tomorrow": TOMORROW,
    "yesterday": YESTERDAY,
}


class RelativeDates(UnitParts):
    """Dates counted from the reference or another date: today, shifts, anniversaries, units."""

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
        if self.word(1) in ("time", "same"):
            found = self.attempt(self._time_words)
            if found is not None:
                return found
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
            return YESTERDAY
        if self.take("then"):
            return Previous()
        if self.take_any({"tomorrow", "tomorrows"}):
            return TOMORROW
        if self.take_any({"yesterday", "yesterdays"}):
            return YESTERDAY
        if self.take("the", "day", "after", "tomorrow"):
            return CurrentUnit(Precision.DAY, 2)
        if self.take("the", "day", "before", "yesterday"):
            return CurrentUnit(Precision.DAY, -2)
        return None

    def _time_words(self) -> Expression | None:
        """The time words: "this time", "the same time" and, in a story, "(at) the time"."""
        start = self.i
        if self.take("this", "time"):
            return self._same_time(start, _PLACING_WORDS | {"at", "during", "in", "to"})
        if self.take("the", "same", "time"):
            return self._same_time(start, _PLACING_WORDS)  # "at the same time": together
        if self.running_text and self.anchorless and self.take("the", "time"):
            # "(supplied by the U.S. at the time)": the story's date; not "the time of X" or
            # "at the time the army was weak" (a clause that says which time).
            after = self.word_before(start) == "at"
            return Previous() if after and self._clause_ends_after(self.i - 1) else None
        return None

    def _same_time(self, start: int, placing: frozenset[str]) -> Expression | None:
        """After "this time": the reference, or the same day a unit away ("last year").

        In prose "this time" and "at the same time" are an occasion ("this time he won",
        "moved again, this time to Barcelona", "attacked at the same time"), no date; in a
        story read in order, after a word that places it ("Around this time, Rome grew",
        "by this time"), the story's last date.
        """
        which = self.take_any({"last", "next"})
        if which is None and self.running_text:
            placed = self.word_before(start) in placing
            return Previous() if self.anchorless and placed else None
        if which is None:
            return TODAY
        unit = self.take_any(lex.UNITS)
        if unit is None or self.took_plural():
            return None
        amount = amount_of(lex.UNITS[unit], -1 if which == "last" else 1)
        return None if amount is None else Shift(TODAY, amount)

    def shift(self) -> Expression | None:
        """E.g. "three years ago", "in a week", "3 days after X", "two days later"."""
        start = self.i
        if self.take("in"):
            amount = self._amounts()
            if amount is None:
                return None
            self.take("time")
            after_amount = self.i
            if self.take("from"):  # "in three weeks from tomorrow": from that day
                anchor = self.date()
                if anchor is not None:
                    return self._moved(self._coming(anchor), amount, start, back=False)
                self.i = after_amount
            return self._moved(NOW, amount, start, back=False)
        if self.take("after"):
            # "After four days, he was freed": four days after the last date, as "later". In
            # running text only in a story told in order (``narrative``), with a date before.
            amount = self.amount()
            if amount is None or not self._clause_ends_after(self.i - 1) or not self.anchorless:
                return None
            return self._moved(Previous(), amount, start, back=False)
        amount = self._amounts()
        if amount is None:
            # "Years ago", "days later", "weeks after {x}" (in running text not after "the":
            # "the days after Christmas" are a stretch of days, see ``_accidents``).
            some = self._some_units()
            if some is None:
                return None
            return self._suffixed(some, start) or self._anchored(some, start)
        return self._suffixed(amount, start) or self._anchored(amount, start)

    def _suffixed(
        self, amount: Duration | tuple[Duration, Duration], start: int
    ) -> Expression | None:
        """The amount counted from now or the story by the word after it ("ago", "later")."""
        for words, anchor, sign in _SHIFT_SUFFIXES:
            if self.take(*words):
                counted_from = anchor
                if anchor is NOW:
                    # "a year ago today"; "a year ago tomorrow" is a year before tomorrow
                    day = self.take_any({"today", "tomorrow", "yesterday"})
                    counted_from = _DAY_WORDS.get(day or "", anchor)
                    joined = not day and not self._clause_ends_after(self.i - 1)
                    joined &= isinstance(amount, Duration)
                    weekday = self.take_any(lex.WEEKDAYS) if joined else None
                    if weekday is not None:  # "two weeks ago Monday": that week's Monday
                        moved = self._moved(NOW, amount, start, back=sign < 0)
                        week = UnitOf(Precision.WEEK, moved)
                        return InUnit(WeekdayOf(lex.WEEKDAYS[weekday]), week)
                return self._moved(counted_from, amount, start, back=sign < 0)
        return None

    def _anchored(
        self, amount: Duration | tuple[Duration, Duration], start: int
    ) -> Expression | None:
        """The amount counted from a date or taking office ("3 days after X", "a year on")."""
        if any(self.take(*words) for words in _ON_THE_JOB):
            return self._moved(TenureStart(), amount, start, back=False)
        if self.take("into"):
            # "100 days into his term": after taking office; "three months into {x}": after
            # the first day of x (of an event that lasts, as "the 100th day of {x}" counts).
            if self._into_the_job():
                return self._moved(TenureStart(), amount, start, back=False)
            into = self.date()
            if into is None:
                return None
            return self._moved(first_day_of(into), amount, start, back=False)
        if not self.running_text and self.word() == "on" and self.word(1) in lex.WEEKDAYS:
            # "A week on Friday" (British), in a phrase alone: a week from the coming Friday.
            # In running text it is an amount and a day ("sentenced to six years on Tuesday").
            self.i += 1
            weekday = self.date()
            if type(weekday) is Named and weekday.selector is Selector.BIAS:
                return self._moved(self._coming(weekday), amount, start, back=False)
            return None
        if not self.running_text and self.word() in ("today", "tomorrow"):
            # "A week today", "a fortnight tomorrow": on from that day (in running text "it
            # is a week today since ..." counts back).
            day = TODAY if self.take("today") else TOMORROW
            self.take("tomorrow")
            return self._moved(day, amount, start, back=False)
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
        if self.word() == "on" and self.word(1) == "from":
            self.i += 1  # "a year on from {x}": a year after it
        counted_from = self.take_any({"after", "following", "from", "since"})
        if counted_from is not None:
            later = self.date()
            if later is not None and counted_from == "from":
                later = self._coming(later)
            return None if later is None else self._moved(later, amount, start, back=False)
        if self.take("before") or self.take("prior", "to") or self.take("preceding"):
            earlier = self.date()
            return None if earlier is None else self._moved(earlier, amount, start, back=True)
        return None

    def _into_the_job(self) -> bool:
        """After "into": "office", "the job", "his term", "her presidency" (a tenure's start)."""
        if any(self.take(*words) for words in _INTO_THE_JOB):
            return True
        saved = self.i
        if self.take_any(TENURE_POSSESSIVES) and self.take_any(TENURE_NOUNS):
            return True
        self.i = saved
        return False

    def _some_units(self) -> Duration | None:
        """A plural unit with no count, as in "years ago" or "days later": at least two.

        How many is not said; more than one is. (A stretch counted from now, "in recent
        weeks", is read as a few, as peers read it; a day some years back is not made up.)
        """
        unit = self.take_any(lex.UNITS)
        if unit is None or not self.took_plural():
            return None
        amount = amount_of(lex.UNITS[unit], 2)
        return None if amount is None else attrs.evolve(amount, qualifier=Qualifier.AT_LEAST)

    def _amounts(self) -> Duration | tuple[Duration, Duration] | None:
        """An amount, or two of one unit either of which is meant ("two or three days").

        Hours count as the days they can reach ("48 hours ago" is two days back).
        """
        return self.amount_range() or self.amount() or self.hours()

    def _moved(
        self,
        anchor: Expression,
        amount: Duration | tuple[Duration, Duration],
        start: int,
        *,
        back: bool,
    ) -> Expression:
        """A shift by ``amount``, backwards if ``back``; by either of two, one of two dates.

        A zero amount has no sign, so "more than 0 days before" would point forward: it is
        refused, where "before X" says the same.
        """
        for one in (amount,) if isinstance(amount, Duration) else amount:
            zero = one.iso() == "P0D" and one.qualifier in (Qualifier.AT_LEAST, Qualifier.ABOUT)
            if back and zero:
                first = self.tokens[start]
                msg = f"a zero amount ({one}) back in time has no direction: say 'before' instead"
                raise ParseError(msg, text=self.text, position=first.start, length=len(first.text))
        return shifted(anchor, amount, back=back)

    def weekdays_away(self) -> Expression | None:
        """E.g. "3 Fridays from now", "2 Thursdays ago", "2 weekends ago", "2 Septembers ago".

        Also working days: "three business days ago", "in 5 working days", "10 weekdays ago".
        """
        # "in" may have been read already as a preposition before the count
        ahead = self.take("in") or (self.i > 0 and self.texts[self.i - 1] == "in")
        count = self.cardinal(article=True)
        pattern: Pattern | None = None
        if self.working_days(single=count == 1):
            pattern = WorkingDay()
        elif (weekday := self.take_any(lex.WEEKDAYS)) is not None:
            pattern = WeekdayOf(lex.WEEKDAYS[weekday])
        elif self.take_any({"weekend", "weekends"}) is not None:
            pattern = Weekend()
        elif (month := self.take_any(lex.MONTH_PLURALS)) is not None:
            pattern = MonthOf(lex.MONTH_PLURALS[month])
        elif (season := self.take_any(lex.SEASON_PLURALS)) is not None:
            pattern = SeasonOf(lex.SEASON_PLURALS[season])  # "two summers ago"
        elif count == 1 and (month := self.take_any(lex.MONTHS)) is not None:
            pattern = MonthOf(lex.MONTHS[month])  # "1 September ago"
        if not count or pattern is None:
            return None  # "0 Fridays from now" is no Friday
        if ahead:
            return (
                Named(pattern, Selector.AFTER, count) if isinstance(pattern, WorkingDay) else None
            )
        if self.take_any({"ago", "back"}) or self.take("before", "now"):
            return Named(pattern, Selector.BEFORE, count)
        if self.take("hence") or self.take("from", "now") or self.take("from", "today"):
            return Named(pattern, Selector.AFTER, count)
        return None

    def nth_day_after(self) -> Expression | None:
        """E.g. "the 100th day after X": day 1 is the day after X, so it is 100 days after X.

        As "the day after X" is the first: counted from X's last day (before X, from its
        first: "the 3rd day before X" is 3 days before it).
        """
        self.take("the")
        count = self.ordinal()
        if count is None or not self.take("day"):
            return None
        direction = self.take_any({"after", "following", "before", "preceding"})
        anchor = None if direction is None else self.date()
        if anchor is None:
            return None
        back = direction in ("before", "preceding")
        return Shift(edge_of(anchor, last=not back), Duration(days=-count if back else count))

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

    def narrative(self) -> Expression | None:
        """E.g. "the next day", "the following week", "that week", "the day before" (no date)."""
        start = self.i
        self.take("the")
        if self.take("that", "same") or self.take("that") or self.take("same"):
            unit = self.take_any(lex.UNITS)
            return None if unit is None else CurrentUnit(lex.UNITS[unit], 0, Previous())
        which = self.take_any({"following", "previous", "preceding", "next"})
        if which is not None:
            unit = self._narrative_unit()
            # "The next week" alone is next week; in a story, the story's, but not after "in"
            # ("expects a profit in the next year" looks ahead from the reference).
            story = (
                self.running_text
                and self.anchorless
                and self.word_before(start) not in STRETCH_PREPOSITIONS
            )
            if unit is None or (
                which == "next" and lex.UNITS[unit] is not Precision.DAY and not story
            ):
                return None
            offset = 1 if which in ("following", "next") else -1
            return CurrentUnit(lex.UNITS[unit], offset, Previous())
        unit = self._narrative_unit()
        direction = self.take_any({"after", "before", "later", "earlier", "following"})
        if unit is None or direction is None:
            return None
        offset = 1 if direction in ("after", "later", "following") else -1
        if direction == "following":
            direction = "after"  # "the day following the attack", "the day following saw"
        if direction in ("after", "before") and not self.at_end():
            before_anchor = self.i
            anchor = self.date()
            if anchor is not None:
                anchor = edge_of(anchor, last=offset > 0)
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
        same = the and self.take("same")
        offset = None if same else self._offset_word()
        unit = self.take_any(lex.UNITS)
        if unit is None or self.took_plural():
            return None  # one unit: "the coming weeks" are several (see ``recent``)
        precision = lex.UNITS[unit]
        if same:  # "the same week as {x}" is the week of x ("the same week" is the story's)
            date = self.date() if self.take("as") else None
            return None if date is None else UnitOf(precision, date)
        if offset is None:
            if self.take("after", "next") or self.take("after", "the", "next"):
                offset = 2
            elif self.take("before", "last") or self.take("before", "the", "last"):
                offset = -2
            elif self.take("of"):  # "the week of X", "week of X"
                date = self.date()
                return None if date is None else UnitOf(precision, date)
            elif the and (
                self.at_end() or self._clause_ends_after(self.i - 1) or self.word() in lex.WEEKDAYS
            ):
                # "the week": the current one; in a story read in order, the story's
                story = Previous() if self.running_text and self.anchorless else None
                return self._with_weekdays(CurrentUnit(precision, 0, story))
            else:
                return None
        # "From this day forward" in a story read in order is the story's day; "this week" and
        # "this year" stay the reference's, as a report in a story means them.
        this = offset == 0 and precision is Precision.DAY and self.running_text and self.anchorless
        return self._with_weekdays(CurrentUnit(precision, offset, Previous() if this else None))

    def _with_weekdays(self, base: CurrentUnit) -> Expression:
        """A unit, or the weekdays named after it if it is a week ("next week Friday")."""
        precision = base.unit
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
        if self.take_any(_LAST_WORDS) or self.take("latest") or self.take("most", "recent"):
            return -1  # "the latest quarter": the last one ended, as earnings news says
        return None
