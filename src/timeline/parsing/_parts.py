"""Nth ones, parts and stretches of a unit: "the last Friday of May", "early 2019"."""

from __future__ import annotations

import itertools
from typing import Final

from timeline._duration import amount_of
from timeline._expressions import (
    Absolute,
    Between,
    CurrentUnit,
    Expression,
    Named,
    NthInUnit,
    Part,
    PartOf,
    Previous,
    TenureStart,
    WithinUnit,
    WithinUnitPart,
)
from timeline._fuzzy import FuzzyDate
from timeline._patterns import (
    NthWeekdayOfMonth,
    Pattern,
    UnitPattern,
    WeekdayOf,
    Weekend,
)
from timeline._precision import Precision
from timeline.parsing import _lexicon as lex
from timeline.parsing._common import (
    _ABBREVIATIONS,
    _EDGE_UNITS,
    _EDGES,
    _LAST_WORDS,
    _NEXT_WORDS,
    _NTH_UNITS,
    _OF_A_YEAR,
    _ON_THE_JOB,
    _PARTS,
    _THIS_WORDS,
    TENURE_POSSESSIVES,
    _names_a_day,
)
from timeline.parsing._periods import Periods

#: The most times a weekday comes in one month ("the fifth Friday").
_MOST_WEEKDAYS_A_MONTH: Final = 5
#: Two adjacent thirds said together, and the part they make.
_TWO_THIRDS: Final = {
    (Part.EARLY, "mid"): Part.EARLY_TO_MID,
    (Part.EARLY, "middle"): Part.EARLY_TO_MID,
    (Part.MID, "late"): Part.MID_TO_LATE,
}


class UnitParts(Periods):
    """Days and stretches picked out of a unit: nth ones, parts, earlier and later, the rest."""

    def nth_in_unit(self) -> Expression | None:
        """E.g. "the last Friday of October", "the 20th day of next month", "third last week".

        Also of a tenure: "the 100th day in office", "his first 100 days on the job", and in a
        phrase alone "her first year" (the event's own person's, as "on the job" is).
        """
        self.take("within")  # "within the first month of {x}": in it
        whose = self.take_any(TENURE_POSSESSIVES)
        if whose is None:
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
        elif several is None and self.take("weekend"):
            pattern = Weekend()  # "the second weekend of August": by its Saturday
        else:
            unit = self.take_any(lex.UNITS)
            if unit is None or lex.UNITS[unit] not in _NTH_UNITS:
                return None
            if unit.endswith("s") and several is None:
                return None  # "the final days of 2020" says no how many
            pattern = UnitPattern(lex.UNITS[unit])
        tenure = self._of_a_tenure(pattern, from_end=from_end, whose=whose)
        if tenure is not None:
            return _nth_or_run(count, several, pattern, tenure, from_end=from_end)
        if whose is not None:
            return None
        # "3rd Thursday this May", "first Friday Nov 2007": a unit with no "of" before it
        counted = self.word() in _THIS_WORDS | _NEXT_WORDS | _LAST_WORDS
        counted |= isinstance(pattern, WeekdayOf) and self.kind_here() == "month"
        linked = self.take_any({"of", "in"}) is not None
        if (
            not (linked or counted or from_end or self.running_text)
            and isinstance(pattern, WeekdayOf)
            and count <= _MOST_WEEKDAYS_A_MONTH
        ):
            # "the second Sunday" alone, in a phrase: of the month the bias picks, as "the
            # 15th" is (in running text it is as often the second Sunday of a trip).
            return Named(NthWeekdayOfMonth(count, pattern.weekday))
        if not (linked or counted) and (from_end or not isinstance(pattern, UnitPattern)):
            return None
        area = self.unit_expression()
        if area is None and several is not None and not linked and pattern.precision in _OF_A_YEAR:
            # "In the first nine months, profit rose": of the reference's year.
            area = CurrentUnit(Precision.YEAR, 0)
        if area is None:
            return None
        return _nth_or_run(count, several, pattern, area, from_end=from_end)

    def _of_a_tenure(
        self, pattern: Pattern, *, from_end: bool, whose: str | None
    ) -> Expression | None:
        """The start of a tenure, if the nth units are of one ("the 100th day in office").

        Units of a fixed length only, counted from the start ("his last 100 days" end with the
        tenure, which no event opens). A possessive with no words of office after it ("his
        first 100 days") is of a tenure only in a phrase alone: in running text it is as often
        of a stay in prison or at a club.
        """
        fixed = isinstance(pattern, UnitPattern) and amount_of(pattern.precision, 1) is not None
        if not fixed or from_end:
            return None
        if any(self.take(*words) for words in _ON_THE_JOB):
            return TenureStart()
        if whose is not None and not self.running_text and self.at_end():
            return TenureStart()
        return None

    def unit_expression(self) -> Expression | None:
        """What a part or an nth is taken of: a date, or "the month" (the current one).

        "The end of two years ago" is of the year, not of the day, two years back.
        """
        return self.first(self.shifted_unit, self.date, self._bare_unit)

    def _bare_unit(self) -> Expression | None:
        self.take("in")  # "late in the year"
        self.take("the")
        unit = self.take_any(lex.UNITS)
        if unit is None or self.took_plural():
            return None  # "in the early years" of something, not of this year
        # In a story told in order, "by the end of the month" is the story's month.
        story = Previous() if self.running_text and self.anchorless else None
        return CurrentUnit(lex.UNITS[unit], 0, story)

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
            if self.word() == "to" and (part, self.word(1)) in _TWO_THIRDS:
                part = _TWO_THIRDS[part, self.word(1) or ""]  # "mid-to-late October"
                self.i += 2
        else:
            if word is not None:
                self.i -= 1
            self.take("tail")  # "the tail end of 2019" is its end
            edge = self.take_any(_EDGES)
            if edge is not None and self.take("of"):
                part = _EDGES[edge]
            elif self.take("first", "half", "of"):
                part = Part.FIRST_HALF
            elif any(self.take(word, "half", "of") for word in ("second", "last", "latter")):
                part = Part.SECOND_HALF
        if part is None:
            return None
        base = self.unit_expression()
        return None if base is None else PartOf(base, part)

    def _abbreviation(self) -> Expression | None:
        """E.g. "EOY", "year-end", "year's end", "month-end": the current unit's edge."""
        saved = self.i
        self.take("at")
        self.take("the")
        word = self.take_any(_ABBREVIATIONS)
        if word is not None:
            part, unit = _ABBREVIATIONS[word]
            return PartOf(CurrentUnit(unit, 0), part)
        token = self.peek()
        unit_word = self.take_any(_EDGE_UNITS)
        edge = None if unit_word is None else self.take_any({"end", "start"})
        written = "" if token is None else self.text[token.start : token.end]
        if (
            unit_word is None
            or edge is None
            or (unit_word.endswith("s") and not {"'", "\u2019"} & set(written))
        ):
            self.i = saved  # "as the years end" is no year's end
            return None
        unit = _EDGE_UNITS[unit_word]
        year = self.year() if unit is Precision.YEAR else None  # "at year-end 2020"
        base = CurrentUnit(unit, 0) if year is None else Absolute(FuzzyDate.year(year))
        return PartOf(base, _EDGES[edge])

    def within_unit(self) -> Expression | None:
        """E.g. "earlier this month", "later this year", "the rest of the week", "all week"."""
        side = self.take_any({"earlier", "later"})
        if side is not None:
            story = self.take("that")  # "later that week": the story's week
            if not (story or self.take("this") or self.take("in", "the")):
                # "Earlier Monday", "later today": that day (dates keep days, not times).
                day = self.date()
                return day if day is not None and _names_a_day(day) else None
            unit = self.take_any(lex.UNITS)
            if unit is None or self.took_plural():
                return None
            if story and lex.UNITS[unit] is Precision.DAY:
                return CurrentUnit(Precision.DAY, 0, Previous())  # "later that day": that day
            part = WithinUnitPart.EARLIER if side == "earlier" else WithinUnitPart.LATER
            return WithinUnit(lex.UNITS[unit], part, story=story)
        so_far = self._so_far()
        if so_far is not None:
            return so_far
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

    def _so_far(self) -> Expression | None:
        """E.g. "so far this year", "the year so far", "year to date": its start to today."""
        saved = self.i
        if self.take("so", "far"):
            self.take("in")
            if self.take("this") and (unit := self.take_any(lex.UNITS)) and not self.took_plural():
                return WithinUnit(lex.UNITS[unit], WithinUnitPart.SO_FAR)
            self.i = saved
            return None
        if self.take("ytd"):
            return WithinUnit(Precision.YEAR, WithinUnitPart.SO_FAR)
        self.take_any({"the", "this"})
        unit = self.take_any(lex.UNITS)
        plural = unit is None or self.took_plural()
        # In running text only "year-to-date" written so: "the best year to date" is a record.
        to_date = self.take("to", "date") and (not self.running_text or self._hyphenated(2))
        if unit is not None and not plural and (to_date or self.take("so", "far")):
            return WithinUnit(lex.UNITS[unit], WithinUnitPart.SO_FAR)
        self.i = saved
        return None

    def _hyphenated(self, words: int) -> bool:
        """Whether the last ``words`` + 1 tokens taken were written joined by hyphens."""
        taken = self.tokens[self.i - words - 1 : self.i]
        return all(
            self.text[left.end : right.start] == "-" for left, right in itertools.pairwise(taken)
        )


def _nth_or_run(
    count: int, several: int | None, pattern: Pattern, area: Expression, *, from_end: bool
) -> Expression | None:
    """The nth unit of an area, or its first (or last) ``several`` ("the first nine months")."""
    if several is None:
        return NthInUnit(count, pattern, area, from_end)
    if several < 2:  # "the first one month" is no run of units
        return None
    # The first (or last) several units of the area, from one end of the run to the other.
    ends = (1, several) if not from_end else (several, 1)
    return Between(
        NthInUnit(ends[0], pattern, area, from_end), NthInUnit(ends[1], pattern, area, from_end)
    )
