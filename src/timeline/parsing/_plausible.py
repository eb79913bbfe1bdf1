"""Whether words found in running text are a date there, or a date only by accident.

A phrase the grammar accepts may in running text be a count ("2014 people"), a verb ("may"),
a protest ("the March") or a version number ("1.12.20"); these rules look at the phrase's own
tokens and the word before it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from timeline.parsing import _lexicon as lex
from timeline.parsing._grammar import apostrophe_before

if TYPE_CHECKING:
    from timeline.parsing._tokens import Token

__all__ = [
    "MEASURES",
    "POSSESSIVES",
    "TEMPORAL_PREPOSITIONS",
    "YEAR_FIGURES",
    "counted_by",
    "plausible",
]

# Words before a lone month, season, weekday abbreviation or year that make it a date:
# "in May", "on Sun.", "since 2014" (but not "May I", "prices fall", "2014 people").
TEMPORAL_PREPOSITIONS: Final = frozenset(
    [
        "in",
        "on",
        "since",
        "until",
        "till",
        "by",
        "during",
        "of",
        "from",
        "to",
        "through",
        "throughout",
        "thru",
        "before",
        "after",
        "between",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "every",
        "each",
    ]
)
POSSESSIVES: Final = frozenset({"his", "her", "their", "my", "your", "our", "its"})
# Kinds of token that make up figures ("4.6", "10/31/74").
_FIGURES: Final = frozenset({"number", "ordinal", "-", "/", "."})
# Prepositions a phrase may begin with, which say nothing of whether figures are a date.
_PREPOSITIONS: Final = frozenset({"of", "by", "at", "to", "from", "for"})
# Separators between figures ("3/4", "10-31-1974", "4.2").
_SEPARATORS: Final = frozenset({"-", "/", "."})
# Words that make a phrase a date on their own, whatever else it holds.
_DEICTIC: Final = frozenset({"today", "yesterday", "tomorrow", "tonight"})


def plausible(text: str, tokens: list[Token], start: int, end: int) -> bool:
    """Reject what is only a date by accident: "may" the verb, "March" the protest, a count."""
    words = tokens[start:end]
    before = tokens[start - 1].text if start > 0 and tokens[start - 1].kind == "word" else ""
    figures = all(t.kind in _FIGURES for t in words[1:])
    if len(words) > 1 and words[0].text in _PREPOSITIONS and figures:
        before, words = words[0].text, words[1:]  # "of 4.6 pence": "of" is the word before
    meaningful = [
        t
        for t in words
        if not (t.kind == "word" and t.text in ("the", "a", "an", "on", "in", "at"))
    ]
    if not meaningful:
        return False
    if len(meaningful) == 1:
        following = tokens[end] if end < len(tokens) else None
        if _in_a_list_of_years(tokens, start, end):
            return True  # "in 2019 and 2020", "in 1990, 1991 and 1992"
        return _plausible_alone(
            text, meaningful[0], before if meaningful[0] is words[0] else words[0].text, following
        )
    kinds = {t.kind for t in meaningful}
    texts = {t.text for t in meaningful}
    if not kinds & {"number", "ordinal"} and _a_common_word(text, tokens, start, end):
        return False  # "this may mean", "during the march on Washington"
    if texts <= _NUMBER_WORDS and before not in TEMPORAL_PREPOSITIONS:
        return False  # "scored one thousand two hundred goals", but "in nineteen ninety"
    if kinds - _SEPARATORS <= {"number", "ordinal"}:
        # Figures alone are a date only with a year in four figures ("10/31/1974"), as three
        # parts with slashes or dots ("09/18/05", "19.02.10"), or after "on" ("on 3/4");
        # "$4.2 million", "won 7-3", "3/4 cup" and "at 10.30" are not.
        has_year = any(t.kind == "number" and len(t.text) == 4 for t in meaningful)
        cued = _three_parts(meaningful) and before in _FIGURE_CUES  # "scheduled for 09/18/05"
        slashed = "." not in kinds  # "on 3/4", but "on 2.3 million shares" is a count
        if not (has_year or cued or (before == "on" and slashed)):
            return False
        after = tokens[end].text if end < len(tokens) else ""
        currency = words[0].start > 0 and text[words[0].start - 1] in "$£€"
        if after in MEASURES or currency:
            return False
        if start > 0 and tokens[start - 1].kind == "/" and tokens[start - 1].end == words[0].start:
            return False  # "03/2014" in "13/03/2014" is the tail of other figures
    if texts & _DEICTIC or kinds & {"event", "quarter"}:
        return True
    return any(_anchors(t) for t in meaningful) or len(meaningful) > 1


#: Months that are also common words; in lower case with no figures they are those words.
_VERB_MONTHS: Final = frozenset({"may", "march"})


def _a_common_word(text: str, tokens: list[Token], start: int, end: int) -> bool:
    """Whether "may" or "march" in lower case, with no figures, is the verb or the noun.

    After "the", "a" or a possessive ("during the march on Washington"), after "at" ("arrested
    at this march"), and after "this" or "that" inside a clause ("this may mean", "this march
    was peaceful") they are the words; "it happened this march.", "last may we went to rome"
    and "from march to may prices rose" name months.
    """
    for index in range(start, end):
        token = tokens[index]
        if token.text not in _VERB_MONTHS or not text[token.start].islower():
            continue
        before = tokens[index - 1].text if index > 0 else ""
        at = "at" in (tokens[start - 1].text if start > 0 else "", tokens[start].text)
        ends = end >= len(tokens) or text[tokens[end - 1].end : tokens[end].start].strip()
        if before in _NOUN_MARKERS or at or (before in ("this", "that") and not ends):
            return True
    return False


#: Words before a noun: "the march", "a march", "his march".
_NOUN_MARKERS: Final = POSSESSIVES | {"the", "a", "an"}
#: Words that write numbers out: a year in words is a count unless a word of time comes first.
_NUMBER_WORDS: Final = lex.NUMBERS.keys() | lex.TENS.keys() | {"hundred", "thousand", "and"}
#: Words after which day, month and two-figure year are a date ("dated 19.02.10"); after any
#: other word they are as often a version, a section or a list of figures ("firmware 1.12.20").
_FIGURE_CUES: Final = TEMPORAL_PREPOSITIONS | {"for", "dated", "is", "was", "at"}


def _three_parts(tokens: list[Token]) -> bool:
    """Whether figures are day, month and year split by one kind of slash or dot."""
    separators = {t.kind for t in tokens if t.kind in ("/", ".")}
    numbers = [t for t in tokens if t.kind == "number"]
    return len(numbers) == 3 and len(separators) == 1 and len(tokens) == 5


def _plausible_alone(text: str, token: Token, before: str, following: Token | None) -> bool:
    written = text[token.start : token.end]
    if (
        token.kind == "event"
        or token.text in _DEICTIC
        or (token.text == "ytd" and written.isupper())
    ):
        return True  # "up 9% YTD": the capitals stand for nothing else
    if len(written) != len(token.text) and token.text[:-1] in _DEICTIC:
        # "tomorrow's vote"; not "Tomorrow's World", a title
        return following is None or not text[following.start].isupper()
    if token.kind == "number":
        return _plausible_year(text, token, before, following)
    if token.kind == "ordinal":
        # "lunch on the 3rd." is a day of the month; "on the 3rd floor" is not.
        ends = following is None or text[token.end : following.start].strip(" ") != ""
        return before == "on" and ends
    if token.kind != "word":
        return False
    word = token.text
    capitalised = written[:1].isupper()
    if word in lex.MONTHS:
        # "in May", and "results for January"
        return capitalised and (before in TEMPORAL_PREPOSITIONS or before == "for")
    if word in lex.WEEKDAYS:
        # A weekday's full name is one in any case ("see you thursday"); a short form only
        # written with a capital after "on" ("on Sun", not "the sun"). "Was a Thursday" and
        # "on a Monday" name no one day.
        if before in ("a", "an") or _ranks(before):
            return False  # nor "the second Sunday" of a trip
        if text[token.start - 1 : token.start] == "(" and text[token.end : token.end + 1] == ")":
            return False  # "January 5 (Monday)": the date's weekday, said aside
        return word not in lex.WEEKDAY_SHORT_FORMS or (capitalised and before == "on")
    if word == "time":
        return before == "at"  # "at the time", the story's date (read only in a story)
    if word in lex.SEASONS or word in lex.DECADE_WORDS:
        # "in the sixties", not "sixties rock"; "to fall apart" is a verb.
        return before in TEMPORAL_PREPOSITIONS and not (word == "fall" and before == "to")
    return capitalised and word not in lex.KEYWORDS and word not in lex.UNITS


def _in_a_list_of_years(tokens: list[Token], start: int, end: int) -> bool:
    """Whether four figures follow a year found before them with "and", "or" or a comma.

    "In 2019 and 2020": the first is a year by its preposition, the next by the first. The
    list must open with a year after a word of time, so "the 1990 and 2000 men" stays counts.
    """
    index = start
    if end - start != 1 or not _four_figures(tokens[index]):
        return False
    while index > 0:
        previous = index - 1  # commas are not tokens: "1990, 1991" are neighbours
        if tokens[previous].text in _LIST_WORDS:
            previous -= 1
        if previous < 0 or not _four_figures(tokens[previous]):
            return False
        index = previous
        if index > 0 and tokens[index - 1].text in TEMPORAL_PREPOSITIONS:
            return True
    return False


def _heads_a_section(text: str, token: Token) -> bool:
    """Whether four figures are a heading's year: alone on their line, or ending it after a comma.

    History writing opens its sections so: "1936", "Anaconda Plan and blockade, 1861" (after
    a comma, at the end of a title of some words). The dates after them are in that year;
    "2003: Invasion" is left, as a timetable's "1200: Lunch" looks the same. A heading opens
    the text or follows a paragraph that ended a sentence, after a blank line, and what
    follows it is no more figures: under a label ("Units sold", "Casualties") or in a column
    of figures they are counts.
    """
    line_start = text.rfind("\n", 0, token.start) + 1
    line_end = text.find("\n", token.end)
    if line_end < 0 or not _EARLIEST_HEADING_YEAR <= int(token.text) <= _LATEST_HEADING_YEAR:
        return False
    if text[token.end : line_end].strip():
        return False
    lead = text[line_start : token.start].rstrip()
    after = text.find("\n", line_end + 1)
    next_line = text[line_end + 1 : after if after >= 0 else len(text)].strip()
    # The blank line and the paragraph's end before the heading (a short look back).
    before = text[max(0, line_start - _LOOK_BACK) : max(0, line_start - 1)].rstrip(" \t")
    if line_start and not (before.endswith("\n") and before.rstrip()[-1:] in _PARAGRAPH_ENDS):
        return False
    if _FIGURES_AT_THE_END.search(next_line) or next_line[:1].isdigit():
        return False
    return not lead or (lead.endswith(",") and len(lead.split()) >= _WORDS_IN_A_TITLE)


#: How far back a heading's paragraph end is looked for, past the blank lines before it.
_LOOK_BACK: Final = 200
#: How a paragraph before a heading ends (or nothing: the heading opens the text).
_PARAGRAPH_ENDS: Final = frozenset({"", ".", "!", "?", ":", '"', "\u201d", ")"})
#: A line that ends in figures: another row of a list ("Visitors from Canada, 720").
_FIGURES_AT_THE_END: Final = re.compile(r"[,:]\s*\d+\s*$")


#: The four figures read as a heading's year (outside them they are as often numbers).
_EARLIEST_HEADING_YEAR: Final = 1000
_LATEST_HEADING_YEAR: Final = 2100
#: The fewest words before the comma of a heading that ends in its year.
_WORDS_IN_A_TITLE: Final = 3


def _four_figures(token: Token) -> bool:
    return token.kind == "number" and len(token.text) == YEAR_FIGURES


def _ranks(word: str) -> bool:
    """Whether a word is an ordinal: "second", "2nd"."""
    return word in lex.ORDINALS or (word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th"))


def _plausible_year(text: str, token: Token, before: str, following: Token | None) -> bool:
    """Whether figures alone are a year: "in 1996", "'84", "the 1996 Olympics", "for 1989".

    After "for" only with no word after ("for 2000 people" is a count). After an article or
    a possessive ("the", "his", "Roosevelt's") only 1901-2099 before a word that the figures
    modify as a year: not a measure ("a 1500 mg dose"), not "of", not joined by a hyphen ("a
    2048-bit key"), and not a plural in lower case, which they count ("the 1950
    participants", "its 2014 stores"); "the 1996 Olympic bombing", "his 2007 campaign".
    """
    apostrophe = apostrophe_before(text, token)  # "in '84"
    if len(token.text) != 4 and not apostrophe:
        return False
    if _heads_a_section(text, token):
        return True
    if before in TEMPORAL_PREPOSITIONS:
        return before not in _COUNTING_WORDS  # "the next 2000 customers": "next 2019" is no year
    if before == "for":
        return following is None or following.kind != "word"  # not "for 2000 people"
    if text[token.start - 1 : token.start] == "(" and text[token.end : token.end + 1] == ")":
        return True  # "the Gallipoli (1915) campaign"
    owned = text[: token.start].rstrip().endswith(("'s", "\u2019s"))  # "Roosevelt's 1932"
    if (before in _DETERMINERS or owned) and not apostrophe:
        year = int(token.text)
        noun = following is not None and following.kind == "word"
        counted = counted_by(text, token, following)
        # Before 1901 only before an event: "the 1784 Treaty of Mangalore", "after the 1777
        # campaign"; not "the 1200 block", "the 1500 troops", "the 1080 Ti".
        early = (
            following is not None
            and following.text in _EVENT_NOUNS
            and not _a_compound(text, following)
        )
        dated = _FIRST_YEAR <= year <= _LAST_YEAR or (year >= _EARLIEST_HEADING_YEAR and early)
        return dated and year <= _LAST_YEAR and noun and not counted
    return False


def counted_by(text: str, token: Token, following: Token | None) -> bool:
    """Whether the word after figures is what they count or measure, not what a year describes.

    A measure, "of", a word joined by a hyphen, or a plural in lower case: "1500 mg", "2048-bit",
    "1950 participants", "the 2000 men"; not "the 1996 Olympic bombing", "his 2007 campaign",
    nor a plural of things a year names ("the 2016 elections", "its 2020 results").
    """
    if following is None or following.kind != "word":
        return False
    if text[token.end : following.start] == "-" or following.text in MEASURES:
        return True
    if text[token.end : following.start] != " ":
        return False  # "in 2020, sales fell"
    written = text[following.start : following.end]
    if not written.islower() or following.text in _DATED_PLURALS:
        return False
    if following.text in _IRREGULAR_PLURALS:
        return True
    plural = written.endswith("s") and not written.endswith(("ss", "us", "is"))
    return plural and following.text not in _VERBS_IN_S


#: Words that join the items of a list ("2019 and 2020", "2023 or 2024").
_LIST_WORDS: Final = frozenset({"and", "or", "nor"})
#: How many figures a year is written with in running text.
YEAR_FIGURES: Final = 4
#: Words that count what follows them ("the next 2000 customers"), never a lone year.
_COUNTING_WORDS: Final = frozenset({"last", "next", "this", "every", "each"})
#: Words before a year that modifies a noun ("the 1996 Olympics", "his 2007 campaign").
_DETERMINERS: Final = frozenset({"the", "a", "an"}) | POSSESSIVES
#: The years taken before a noun: older or later figures there are more often counts.
_FIRST_YEAR: Final = 1901
_LAST_YEAR: Final = 2099
#: Words after figures that make them a measure or an amount, whatever their size ("1500 mg",
#: "4.6 pence", "$14.8 million").
MEASURES: Final = frozenset(
    {
        "of", "mg", "g", "kg", "lb", "lbs", "oz", "ml", "l", "cc", "mm", "cm", "m", "km", "ft",
        "mi", "mph", "kph", "w", "kw", "watt", "watts", "v", "x", "bit", "bits", "block",
        "percent", "per", "million", "billion", "calories", "rpm", "hp", "sq", "square",
        "metres", "meters", "miles", "feet", "yards", "tons", "tonnes", "degrees",
        "trillion", "pence", "cents", "points", "pc",
    }
)  # fmt: skip
#: Plurals that figures count though they do not end in "s" ("the 2000 men").
_IRREGULAR_PLURALS: Final = frozenset({"men", "women", "people", "children", "feet"})
#: Plurals of events and yearly reports that a year names ("the 2016 elections", "its 2020
#: results"): no one counts two thousand elections.
_DATED_PLURALS: Final = frozenset(
    {
        "elections", "primaries", "midterms", "caucuses", "polls", "debates", "protests",
        "riots", "uprisings", "demonstrations", "strikes", "talks", "negotiations", "summits",
        "accords", "attacks", "bombings", "shootings", "killings", "floods", "wildfires",
        "earthquakes", "games", "olympics", "playoffs", "finals", "championships", "results",
        "earnings", "accounts", "hearings", "trials", "reforms", "sanctions", "celebrations",
    }
)  # fmt: skip


def _a_compound(text: str, noun: Token) -> bool:
    """Whether a noun goes on into another word, as in "1500 riot police", "1800 fire fighters"."""
    after = text[noun.end :].lstrip(" ")
    return bool(after[:1].isalpha() and after[:1].islower()) and not after.startswith(
        ("of ", "in ", "and ", "was ", "ended", "began")
    )


#: Events a year names before them, in the singular: "the 1777 campaign", "the 1848 revolution".
_EVENT_NOUNS: Final = frozenset(
    {
        "campaign", "war", "treaty", "revolution", "rebellion", "uprising", "revolt", "mutiny",
        "constitution", "crisis", "coup", "battle", "siege", "offensive", "invasion",
        "agreement", "accord", "convention", "congress", "expedition", "election", "massacre",
        "famine", "plague", "epidemic", "exhibition", "earthquake", "armistice", "truce",
        "edict", "decree", "charter",
    }
)  # fmt: skip
#: Verbs that end in "s" as plurals do ("in 1953 has died").
_VERBS_IN_S: Final = frozenset({"has", "was", "is", "does", "says", "goes", "sees", "gets"})


def _anchors(token: Token) -> bool:
    """Whether a token ties a phrase to the calendar (not just "the second" or "a few")."""
    if token.kind in ("event", "quarter"):
        return True
    if token.kind == "number":
        return len(token.text) == 4
    if token.kind != "word":
        return False
    word = token.text
    return (
        word in lex.MONTHS
        or word in lex.WEEKDAYS
        or word in lex.UNITS
        or word in lex.SEASONS
        or word in _DEICTIC
        or word in ("ago", "hence", "eom", "eoy", "bom", "boy", "century", "s")
        or not lex.known_word(word)  # a holiday's own word
    )
