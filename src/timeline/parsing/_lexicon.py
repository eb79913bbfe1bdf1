"""The English words the parser knows, by kind."""

from __future__ import annotations

from typing import Final

from timeline._calendar import Season
from timeline._precision import Precision

__all__ = [
    "DECADE_WORDS",
    "EARLY_HOURS",
    "KEYWORDS",
    "MONTHS",
    "MONTH_SHORT_FORMS",
    "NUMBERS",
    "ORDINALS",
    "PARTS_OF_DAY",
    "SEASONS",
    "SEASON_PLURALS",
    "TENS",
    "UNITS",
    "WEEKDAYS",
    "known_word",
]

MONTHS: Final = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

#: The short forms of months ("Feb", "Sept"), which a dot after shortens rather than ends.
MONTH_SHORT_FORMS: Final = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)

#: Months counted ("2 Septembers ago", "three Marches from now").
MONTH_PLURALS: Final = {
    "januaries": 1, "januarys": 1, "februaries": 2, "februarys": 2, "marches": 3, "aprils": 4,
    "mays": 5, "junes": 6, "julys": 7, "julies": 7, "augusts": 8, "septembers": 9,
    "octobers": 10, "novembers": 11, "decembers": 12,
}  # fmt: skip

_WEEKDAY_FORMS: Final = (
    ("monday", "mon", "mondays"),
    ("tuesday", "tue", "tues", "tuesdays"),
    ("wednesday", "wed", "weds", "wednesdays"),
    ("thursday", "thu", "thur", "thurs", "thursdays"),
    ("friday", "fri", "fridays"),
    ("saturday", "sat", "saturdays"),
    ("sunday", "sun", "sundays"),
)
WEEKDAYS: Final = {form: day for day, forms in enumerate(_WEEKDAY_FORMS) for form in forms}
#: The short forms of weekdays ("Sat", "Thurs"), which a dot after shortens rather than ends.
WEEKDAY_SHORT_FORMS: Final = frozenset(
    form for forms in _WEEKDAY_FORMS for form in forms[1:] if not form.endswith("days")
)

SEASONS: Final = {
    "spring": Season.SPRING,
    "summer": Season.SUMMER,
    "autumn": Season.AUTUMN,
    "fall": Season.AUTUMN,
    "winter": Season.WINTER,
}

#: Seasons counted ("two summers ago"); not "falls", a verb as often.
SEASON_PLURALS: Final = {
    "springs": Season.SPRING,
    "summers": Season.SUMMER,
    "autumns": Season.AUTUMN,
    "winters": Season.WINTER,
}

#: Words before "hours" that make them a night's last ("the early hours", "the wee hours").
EARLY_HOURS: Final = frozenset({"early", "wee", "small"})

#: Units of time, with the plural forms and abbreviations news and corpora use.
UNITS: Final = {
    "day": Precision.DAY, "days": Precision.DAY,
    "week": Precision.WEEK, "weeks": Precision.WEEK, "wk": Precision.WEEK, "wks": Precision.WEEK,
    "month": Precision.MONTH, "months": Precision.MONTH, "mo": Precision.MONTH,
    "mos": Precision.MONTH,
    "quarter": Precision.QUARTER, "quarters": Precision.QUARTER, "qtr": Precision.QUARTER,
    "qtrs": Precision.QUARTER,
    "season": Precision.SEASON, "seasons": Precision.SEASON,
    "year": Precision.YEAR, "years": Precision.YEAR, "yr": Precision.YEAR, "yrs": Precision.YEAR,
    "decade": Precision.DECADE, "decades": Precision.DECADE,
    "century": Precision.CENTURY, "centuries": Precision.CENTURY,
}  # fmt: skip

NUMBERS: Final = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "dozen": 12,
}  # fmt: skip
#: How many "a few" is, as Duckling reads it; "the coming weeks" are as many.
FEW: Final = 3
TENS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
#: The first decade of a century in words, a decade word only after its century ("the
#: twenty-tens"), and the names of the 2000s.
TENS_DECADE: Final = "tens"
NOUGHTIES: Final = frozenset({"noughties", "aughts", "thousands", "hundreds"})
#: Parts of a day: they say when in the day, and the day is all a date keeps of them.
PARTS_OF_DAY: Final = frozenset({"morning", "afternoon", "evening", "night", "overnight"})
#: Decades in words, counted like "the '60s" (the two-digit year window picks the century).
DECADE_WORDS: Final = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip

ORDINALS: Final = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip

#: Time zones said after a clock time, which is read and dropped with them.
TIME_ZONES: Final = frozenset(
    {"gmt", "utc", "z", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt"}
    | {"cet", "cest", "bst"}
)

#: Every other word with a meaning in a temporal phrase.
KEYWORDS: Final = TIME_ZONES | frozenset(
    [
        "either",
        "weekdays",
        "oclock",
        "eve",
        "aftermath",
        "wake",
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "current",
        "present",
        "coming",
        "upcoming",
        "next",
        "last",
        "past",
        "previous",
        "following",
        "preceding",
        "recent",
        "ago",
        "back",
        "hence",
        "earlier",
        "later",
        "from",
        "now",
        "today",
        "tonight",
        "tomorrow",
        "tomorrows",
        "todays",
        "yesterdays",
        "tonights",
        "yesterday",
        "after",
        "before",
        "since",
        "until",
        "till",
        "til",
        "through",
        "thru",
        "to",
        "and",
        "between",
        "of",
        "in",
        "on",
        "at",
        "during",
        "around",
        "about",
        "approximately",
        "roughly",
        "circa",
        "some",
        "nearly",
        "almost",
        "over",
        "under",
        "more",
        "than",
        "less",
        "longer",
        "latest",
        "most",
        "fewer",
        "at",
        "least",
        "most",
        "up",
        "upwards",
        "no",
        "within",
        "for",
        "early",
        "mid",
        "middle",
        "late",
        "beginning",
        "start",
        "end",
        "rest",
        "whole",
        "all",
        "half",
        "h",
        "fiscal",
        "fy",
        "am",
        "pm",
        "noon",
        "midday",
        "midnight",
        "weekday",
        "business",
        "working",
        "d",
        "w",
        "y",
        "halves",
        "anniversary",
        "anniversaries",
        "closest",
        "nearest",
        "ides",
        "eom",
        "bom",
        "eoy",
        "boy",
        "ad",
        "bc",
        "bce",
        "ce",
        "time",
        "right",
        "s",
        "few",
        "couple",
        "several",
        "prior",
        "sometime",
        "sometimes",
        "anytime",
        "ever",
        "by",
        "only",
        "same",
        "then",
        "upto",
        "onwards",
        "onward",
        "forward",
        "forwards",
        "ahead",
        "so",
        "far",
        "ytd",
        "tail",
        "latter",
        "wee",
        "small",
        "date",
        "run",
        "up",
        "just",
        "shortly",
        "soon",
        "immediately",
        "fortnight",
        "fortnights",
        "hundred",
        "thousand",
        "quarterly",
        "yearly",
        "noon",
        "midnight",
        "year-end",
        "weekend",
        "weekends",
        "as",
        "or",
        "ending",
        "ended",
        "commencing",
        "circa",
        "c",
        "ca",
        "approximately",
        "roughly",
        "millennium",
        "millenium",
        "final",
        "starting",
        "not",
        *PARTS_OF_DAY,
        "hours",
        "hour",
        "hr",
        "hrs",
        "job",
        "office",
        "post",
        "role",
        "power",
        "helm",
        "taking",
        "into",
        "his",
        "her",
        "their",
        "term",
        "tenure",
        "presidency",
        "premiership",
    ]
)


def known_word(word: str) -> bool:
    """Whether ``word`` (lower case) belongs to any kind.

    >>> known_word("fortnight"), known_word("blursday")
    (True, False)
    >>> known_word("sept"), known_word("qtr")
    (True, True)
    """
    return (
        word in MONTHS
        or word in MONTH_PLURALS
        or word in WEEKDAYS
        or word in SEASONS
        or word in SEASON_PLURALS
        or word in UNITS
        or word in NUMBERS
        or word in TENS
        or word in DECADE_WORDS
        or word == TENS_DECADE
        or word in NOUGHTIES
        or word in ORDINALS
        or word in KEYWORDS
    )
