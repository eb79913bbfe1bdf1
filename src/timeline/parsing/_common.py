"""Words, tables and small builders that the parts of the grammar share."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from timeline import _calendar as cal
from timeline._duration import Duration, Qualifier, amount_of
from timeline._expressions import (
    Absolute,
    After,
    Before,
    Between,
    Circa,
    CurrentUnit,
    EventRef,
    Expression,
    InUnit,
    Named,
    Now,
    NthInUnit,
    NumericDate,
    Part,
    Previous,
    Shift,
    UnitOf,
    weekday_alone,
)
from timeline._fuzzy import FuzzyDate
from timeline._patterns import (
    DayOfMonth,
    Holiday,
    Intersection,
    MonthDay,
    MonthOf,
    Pattern,
    Selector,
    UnitPattern,
    WeekdayOf,
)
from timeline._precision import Precision
from timeline.parsing import _lexicon as lex

if TYPE_CHECKING:
    from collections.abc import Callable

    from timeline.parsing._tokens import Token


TODAY: Final = CurrentUnit(Precision.DAY, 0)
YESTERDAY: Final = CurrentUnit(Precision.DAY, -1)
TOMORROW: Final = CurrentUnit(Precision.DAY, 1)
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
    (("nearly",), Qualifier.NEARLY),
    (("almost",), Qualifier.NEARLY),
    (("just", "under"), Qualifier.NEARLY),
    (("about",), Qualifier.ABOUT),
    (("around",), Qualifier.ABOUT),
    (("approximately",), Qualifier.ABOUT),
    (("roughly",), Qualifier.ABOUT),
    (("some",), Qualifier.ABOUT),
    (("circa",), Qualifier.ABOUT),
    # Emphasis only: "just two days after {x}", "only days after {x}".
    (("just",), Qualifier.EXACT),
    (("only",), Qualifier.EXACT),
)
_NEXT_WORDS: Final = frozenset({"next", "coming", "upcoming"})
#: Units counted inside a larger one ("the last week of May", "the first two quarters").
_NTH_UNITS: Final = frozenset(
    {Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.QUARTER, Precision.YEAR}
    | {Precision.DECADE}
)
#: Words that mark a date as approximate ("circa 1850"); the last four also qualify lengths.
_ABOUT_WORDS: Final = frozenset({"about", "around", "approximately", "roughly"})
CIRCA_WORDS: Final = frozenset({"circa", "c", "ca"}) | _ABOUT_WORDS
#: Round numbers said with an article: "a hundred years ago" ("a dozen" is any number times 12).
_ROUND_NUMBERS: Final = {"hundred": 100, "thousand": 1000}
_LAST_WORDS: Final = frozenset({"last", "past", "previous", "prior"})
#: Prepositions before a stretch of units: "over the past week", "in the next year".
STRETCH_PREPOSITIONS: Final = frozenset({"in", "over", "during", "within", "for"})
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
#: Units said with "end" or "start" as one word: "year-end", "year's end", "month-end".
_EDGE_UNITS: Final = {
    "year": Precision.YEAR,
    "years": Precision.YEAR,  # "year's", with its apostrophe dropped
    "month": Precision.MONTH,
    "months": Precision.MONTH,
    "quarter": Precision.QUARTER,
    "quarters": Precision.QUARTER,
}
_ABBREVIATIONS: Final = {
    "eom": (Part.END, Precision.MONTH),
    "bom": (Part.BEGINNING, Precision.MONTH),
    "eoy": (Part.END, Precision.YEAR),
    "boy": (Part.BEGINNING, Precision.YEAR),
}


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
    amount = amount_of(unit, sign * count)
    other: Expression
    if amount is None:
        return None
    if _names_a_day(edge) and forward:
        other = Shift(Shift(edge, amount), Duration(days=-1))
    elif _names_a_day(edge):
        # From the day after: six months to 30 June start on 1 January, not 31 December.
        other = Shift(Shift(edge, Duration(days=1)), amount)
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


def a_year_in_three_figures(text: str, before: Token, token: Token) -> bool:
    """Whether figures right after a date could be its year in three ("Christmas Day 800").

    Three figures with no leading nought, after only a space: "Christmas Day, 800 prisoners"
    puts a comma between the day and the count.
    """
    return (
        token.kind == "number"
        and len(token.text) == THREE_FIGURES
        and token.text[0] != "0"
        and not text[before.end : token.start].strip()
    )


def takes_a_year_in_three_figures(pattern: Pattern) -> bool:
    """Whether a year in three figures may follow the pattern: a day and month, or a holiday."""
    day = pattern.generator if isinstance(pattern, Intersection) else pattern
    return isinstance(day, MonthDay | Holiday)


#: The figures of a year before 1000 that a date right before them may give.
THREE_FIGURES: Final = 3


def apostrophe_before(text: str, token: Token) -> bool:
    """Whether an apostrophe is written just before a token ("'84", a year in two figures)."""
    return text[token.start - 1 : token.start] in ("'", "\u2019") and token.start > 0


def _names_a_day(expression: Expression) -> bool:
    """Whether an expression names one day (so "morning" or "night" after it is that day)."""
    if isinstance(expression, CurrentUnit):
        # Today, or a day of the story's: "in the early hours of the next day".
        return expression.unit is Precision.DAY and (
            expression.anchor is None or isinstance(expression.anchor, Previous)
        )
    if isinstance(expression, Named | InUnit):
        # Not a bare "the second": "on the second night" of a tour is no day of this month.
        pattern = expression.pattern
        return pattern.precision is Precision.DAY and not isinstance(pattern, DayOfMonth)
    if isinstance(expression, Absolute):
        value = expression.value
        return isinstance(value, FuzzyDate) and value.precision is Precision.DAY
    if isinstance(expression, Shift):
        # "3 days ago", "in 2 weeks": a day, when the amount is exact and counts from one.
        anchor = expression.anchor
        exact = expression.amount.qualifier is Qualifier.EXACT
        return exact and (isinstance(anchor, Now) or _names_a_day(anchor))
    if isinstance(expression, NthInUnit):
        return expression.pattern.precision is Precision.DAY  # "the third Tuesday of June"
    return isinstance(expression, EventRef | NumericDate)


def _fits(pattern: Pattern, area: Expression) -> bool:
    """Whether ``area`` can hold ``pattern``: "May of 2020", not "fall in autumn".

    Yearly things (months, days of the year, seasons, holidays, quarters) go in years;
    weekdays and days of the month go in weeks, months or years.
    """
    if isinstance(area, Named):
        return isinstance(pattern, WeekdayOf | DayOfMonth) and isinstance(area.pattern, MonthOf)
    if isinstance(area, UnitOf):
        # "Monday of 2 weeks ago", "the 1st of 4 months ago": the unit that holds one of them.
        if isinstance(pattern, WeekdayOf):
            return area.unit is Precision.WEEK
        if isinstance(pattern, DayOfMonth):
            return area.unit is Precision.MONTH
        return area.unit is Precision.YEAR
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


def _itself(anchor: Expression) -> Expression:
    """The date as it is: "at the time of {x}" is when x happened."""
    return anchor


def _within_its_day(anchor: Expression) -> bool:
    """Whether something can happen later on the anchor's own day: a day or an event."""
    return anchor.is_point() or _names_a_day(anchor)


def _soon_after(anchor: Expression) -> Expression:
    return After(anchor, inclusive=_within_its_day(anchor))


def _soon_before(anchor: Expression) -> Expression:
    return Before(anchor, inclusive=_within_its_day(anchor))


def edge_of(anchor: Expression, *, last: bool) -> Expression:
    """A stretch's first (or last) day, to count from; a day or an event as it is.

    "The day before May" is before May begins, "the week after March" after it ends: counted
    from the stretch's edge, not from each of its days.
    """
    if _within_its_day(anchor):
        return anchor
    return NthInUnit(1, UnitPattern(Precision.DAY), anchor, last)


def first_day_of(anchor: Expression) -> Expression:
    """The first day of a stretch or an event, to count "into" it from ("100 days into {x}").

    An event that lasts is counted into from its first day, as "the 100th day of {x}" is; a
    day is its own first day.
    """
    if _names_a_day(anchor) and type(anchor) is not EventRef:
        return anchor
    return NthInUnit(1, UnitPattern(Precision.DAY), anchor)


def _eve_of(anchor: Expression) -> Expression:
    """The day before ``anchor``; before a stretch ("the eve of 2020"), before its first day."""
    return Shift(edge_of(anchor, last=False), Duration(days=-1))


_SOON_WORDS: Final = ("just", "shortly", "soon", "right", "immediately")
#: Words that bound a date on one side or mark it approximate, and what they make of it.
_BOUNDING_WORDS: Final[tuple[tuple[tuple[str, ...], Callable[[Expression], Expression]], ...]] = (
    *((words, _on_or_after) for words in (
        ("on", "or", "after"), ("in", "or", "after"), ("no", "earlier", "than"),
        ("not", "earlier", "than"), ("not", "before"),
    )),
    *((words, _on_or_before) for words in (
        ("on", "or", "before"), ("in", "or", "before"), ("no", "later", "than"),
        ("not", "later", "than"), ("not", "after"), ("by",),
    )),
    *((words, Circa) for words in (
        ("on", "or", "about"), ("on", "or", "around"), ("in", "or", "about"),
        ("in", "or", "around"),
    )),
    (("after",), After),
    (("following",), After),
    (("later", "than"), After),
    (("by", "the", "time", "of"), _on_or_before),
    (("at", "the", "time", "of"), _itself),
    (("before",), Before),
    (("prior", "to"), Before),
    (("earlier", "than"), Before),
    (("ahead", "of"), Before),
    (("in", "the", "run", "up", "to"), Before),
    (("in", "the", "aftermath", "of"), After),
    (("in", "the", "wake", "of"), After),
    (("on", "the", "eve", "of"), _eve_of),
    (("the", "eve", "of"), _eve_of),
    # How soon before or after is not said, and it may be within the day: shortly after a
    # day or an event may be that same day ("replaced shortly after she resigned").
    *(((word, "before"), _soon_before) for word in _SOON_WORDS),
    *(((word, "after"), _soon_after) for word in _SOON_WORDS),
)  # fmt: skip
# Longest first, so that "by the time of" is not read as "by" and then "the time of".
_BOUNDING_BY_FIRST: Final = {
    first: tuple(
        sorted(
            (entry for entry in _BOUNDING_WORDS if entry[0][0] == first),
            key=lambda entry: -len(entry[0]),
        )
    )
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
# Words after "100 days into" that count it from the start of a tenure ("into his term").
_INTO_THE_JOB: Final = (
    ("office",),
    ("the", "job"),
    ("the", "post"),
    ("the", "role"),
    ("the", "term"),
)
#: Whose tenure a possessive says: the event's own person's ("his first 100 days in office").
TENURE_POSSESSIVES: Final = frozenset({"his", "her", "their"})
#: What a possessive after "into" may own: the tenure itself ("100 days into her presidency").
TENURE_NOUNS: Final = frozenset({"term", "tenure", "presidency", "premiership", "job", "post"})
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
_NUMBER_STARTS: Final = (
    "number", "number word", "tens", "a", "an", "couple", "few", "several", "half",
)  # fmt: skip
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
