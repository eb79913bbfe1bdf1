"""What the words around a phrase found in running text say it is, when it is no date.

Ages ("37 years old"), sizes ("a three-month class"), ranks ("First Boston"), amounts ("from
1.9 to 1.4"), names ("the Good Friday Agreement"), recurrences ("on Sundays"), and phrases
counted from an event the text names in words ("the day after his death").
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Final

from timeline._expressions import (
    Amount,
    Circa,
    Either,
    InUnit,
    Named,
    Now,
    NumericDate,
    Shift,
    ShortDecade,
)
from timeline._patterns import DayOfMonth, HalfOf, Holiday, IsoWeekOf, Selector, WorkingDay
from timeline.parsing import _lexicon as lex
from timeline.parsing._common import a_year_in_three_figures, takes_a_year_in_three_figures
from timeline.parsing._grammar import CIRCA_WORDS
from timeline.parsing._plausible import (
    MEASURES,
    POSSESSIVES,
    TEMPORAL_PREPOSITIONS,
    YEAR_FIGURES,
    counted_by,
)

if TYPE_CHECKING:
    from timeline._expressions import Expression
    from timeline.parsing._tokens import Token

__all__ = [
    "a_length_in_past_clause",
    "by_accident",
    "counted_from_words",
    "in_a_name",
    "not_a_date",
    "pins_a_weekday",
]

# Verbs of change before two figures that make them amounts ("fell to 1980 from 2450"), how
# far before the figures one is looked for, and the years such figures could still be.
_CHANGE_VERBS: Final = frozenset(
    {
        "rose", "fell", "climbed", "dropped", "increased", "decreased", "grew", "declined",
        "jumped", "slipped", "rising", "falling", "soared", "plunged", "slumped",
    }
)  # fmt: skip
_CHANGE_REACH: Final = 4
_FIRST_MODERN: Final = 1800
_LAST_MODERN: Final = 2100
# Words that place a month from the reference after it ("August last year").
_RELATIVE_UNIT_WORDS: Final = frozenset({"last", "this", "next"})
# Figures longer than this before a range word are a year, not the first count of a range.
_MOST_COUNT_DIGITS: Final = 3
# Words after figures that make them a count ("800 people", "800 were freed"), plurals aside.
_COUNTED: Final = frozenset(
    {
        "people", "men", "women", "children", "more", "fewer", "of", "others", "were", "are",
        "have", "had", "died", "percent", "per", "police", "staff", "personnel", "cattle",
    }
)  # fmt: skip
# Words ending in "s" that are no plural noun, and the shortest plural looked for.
_NOT_PLURALS: Final = frozenset(
    {"this", "thus", "was", "has", "his", "its", "hers", "yes", "does", "goes", "unless",
     "whereas", "besides", "always", "towards", "afterwards", "perhaps", "sometimes"}
)  # fmt: skip
_SHORTEST_PLURAL: Final = 3
# Words before an amount that make it an age ("aged 6 months"), or before "30s" ("his 30s").
_AGE_WORDS: Final = frozenset({"age", "aged", "ages"})


def pins_a_weekday(expression: Expression) -> bool:
    """Whether the phrase names a weekday together with its date ("Wednesday, July 4")."""
    if isinstance(expression, Named) and getattr(expression.pattern, "pinned_by_weekday", False):
        return True
    if isinstance(expression, NumericDate) and expression.weekday is not None:
        return True
    return any(pins_a_weekday(child) for child in expression.children())


def by_accident(text: str, tokens: list[Token], index: int, expression: Expression) -> bool:
    """Whether a phrase that parses is, in running text, more likely not a date at all.

    A week number without its year ("week 12") is as often the twelfth week of a season, a
    trial or a pregnancy. "About", "around", "roughly" and "approximately" count people and
    money ("about 1500 troops") and name topics ("talked about May"): they make a date
    approximate only after a word of time ("in about 1850", "since around 1850"). "C" and
    "ca" stand for circa only written so ("c. 1850", "ca. 1850"), not "Vitamin C 1000". A half
    with no year ("the second half", "H1") is of a match, a book or a receptor as often as of
    a year.
    """
    if _has_bare(expression, (IsoWeekOf, HalfOf)):
        return True
    if _some_units_after_the(tokens, index):
        return True  # "in the days after Christmas": a stretch; "after Christmas" is kept
    if (
        isinstance(expression, Named)
        and isinstance(expression.pattern, WorkingDay)
        and expression.selector is Selector.BIAS
    ):
        return True  # "on a business day", "weekday mornings": any, not the latest one
    if not isinstance(expression, Circa):
        return False
    position = next(i for i in range(index, len(tokens)) if tokens[i].text in CIRCA_WORDS)
    word = tokens[position]
    if word.text == "circa":
        return False
    if word.text in ("c", "ca"):
        written = text[word.start : word.end + 1]
        return written not in ("c.", "ca.")
    before = tokens[position - 1].text if position > 0 else ""
    return before not in TEMPORAL_PREPOSITIONS and before != "or"  # "in or around 1850"


def _some_units_after_the(tokens: list[Token], index: int) -> bool:
    """Whether a phrase opens with a plural unit after "the" ("the weeks before the vote")."""
    first = tokens[index]
    return (
        index > 0
        and first.text in lex.UNITS
        and first.text.endswith("s")
        and tokens[index - 1].text in ("the", "those", "these")
    )


def not_a_date(
    text: str, tokens: list[Token], start: int, end: int, expression: Expression
) -> bool:
    """Whether the words around a phrase that parses show it is no date at all."""
    return (
        _an_age_or_size(text, tokens, start, end, expression)
        or _an_amount_or_name(text, tokens, start, end, expression)
        or _second_count_of_a_range(tokens, start, expression)
        or _figures_of_a_change(tokens, start, end)
        or year_left_unsaid(text, tokens, end, expression)
    )


def year_left_unsaid(text: str, tokens: list[Token], end: int, expression: Expression) -> bool:
    """Whether three figures after a yearless date may be its year, so no year can be given.

    "Crowned on Christmas Day 800 in Rome": the figures may be the year or a count; the bias
    would make up a year (last Christmas), so no date is found. Figures that end the clause
    are read as the year by the grammar ("crowned on Christmas Day 800."); a unit, a plural
    or a word of counting after them make them a count ("on Christmas Day 800 prisoners were
    freed"), and the date is yearless as any other.
    """
    if (
        not isinstance(expression, Named)
        or expression.selector is not Selector.BIAS
        or not takes_a_year_in_three_figures(expression.pattern)
        or end >= len(tokens)
        or not a_year_in_three_figures(text, tokens[end - 1], tokens[end])
    ):
        return False
    after = tokens[end + 1] if end + 1 < len(tokens) else None
    if after is None or after.kind != "word" or not text[after.start].islower():
        return True
    word = after.text
    plural = len(word) > _SHORTEST_PLURAL and word.endswith("s") and not word.endswith("ss")
    counted = word in lex.UNITS or word in _COUNTED or (plural and word not in _NOT_PLURALS)
    return not counted


def _figures_of_a_change(tokens: list[Token], start: int, end: int) -> bool:
    """Whether figures are the two ends of a change in amount ("fell to 1980 from 2450").

    After a verb of change, two figures joined by "to" or "from" are amounts when either
    could be no year of modern history ("rose from 1200 to 1950"); "sales rose from 2019
    to 2021" keeps its years.
    """
    before = tokens[max(0, start - _CHANGE_REACH) : start + 1]
    if not any(t.text in _CHANGE_VERBS for t in before):
        return False
    first = max(1, start - _CHANGE_REACH)
    figures = [  # figures right after "to" or "from": the two ends
        tokens[i]
        for i in range(first, min(len(tokens), end + 2))
        if tokens[i].kind == "number" and tokens[i - 1].text in ("to", "from")
    ]
    if len(figures) < 2:
        return False
    return any(
        len(t.text) != YEAR_FIGURES or not _FIRST_MODERN <= int(t.text) <= _LAST_MODERN
        for t in figures
    )


def _second_count_of_a_range(tokens: list[Token], start: int, expression: Expression) -> bool:
    """Whether an amount is the end of a range of counts ("for two or three weeks").

    "Two or three days ago" is read whole from its first count; where the range is a length
    ("for two or three weeks", "2-3 days after the vote"), "three weeks" alone says less than
    the text and more than it knows.
    """
    if start < 2 or not isinstance(expression, Amount | Shift) or not _counts(tokens[start]):
        return False
    joiner, count = tokens[start - 1], tokens[start - 2]
    if not _counts(count) or (count.kind == "number" and len(count.text) > _MOST_COUNT_DIGITS):
        return False  # "founded in 1990 - 31 years ago": a year, then a date
    if joiner.text == "and":
        return start >= 3 and tokens[start - 3].text == "between"
    return joiner.text in ("or", "to") or joiner.kind == "-"


def _an_age_or_size(
    text: str, tokens: list[Token], start: int, end: int, expression: Expression
) -> bool:
    """An age, a size, a rank or a recurrence.

    "A 22-year-old son", "a three-month class": an amount joined to its unit by a hyphen
    describes a thing. "37 years old", "aged 6 months": an age. "In his 30s": an age, not the
    1930s. "First Boston", "through third parties": an ordinal in words is a day of the month
    only with its month. "Every second weekend" and "on Sundays" recur.
    """
    phrase = tokens[start:end]
    following = tokens[end] if end < len(tokens) else None
    before = tokens[start - 1].text if start > 0 else ""
    if any(
        _counts(left) and right.text in lex.UNITS and text[left.end : right.start] == "-"
        for left, right in itertools.pairwise(phrase)
    ):
        return True
    if isinstance(expression, Amount | Shift) and (
        (following is not None and following.text in ("old", "older")) or before in _AGE_WORDS
    ):
        return True
    owner = start - 1
    while owner > 0 and tokens[owner].text in ("early", "mid", "late", "the"):
        owner -= 1  # "in her early 40s"
    if owner >= 0 and tokens[owner].text in POSSESSIVES and _has_kind(expression, ShortDecade):
        return True
    if _has_bare(expression, (DayOfMonth,)) and any(
        t.kind == "word" and t.text in lex.ORDINALS for t in phrase
    ):
        return True
    if any(_plural_weekday(text, t) for t in phrase):
        return True  # "open on Sundays" recurs (but "Sunday's vote" is one day)
    return before in ("every", "each", "alternate")


def _plural_weekday(text: str, token: Token) -> bool:
    """Whether a token is a weekday in the plural ("Sundays"), not a possessive ("Sunday's")."""
    written = text[token.start : token.end]
    return token.text in lex.WEEKDAYS and written.lower().endswith("days")


def _an_amount_or_name(
    text: str, tokens: list[Token], start: int, end: int, expression: Expression
) -> bool:
    """A decimal, a measure, a name, or a unit's edge used as an adjective.

    "From 1.9 to 1.4", "4.2 years", "from 1500 to 2000 mg" are amounts; a holiday or weekday
    before a capitalised word is part of a name ("the Good Friday Agreement", "The Sunday
    Times"); "a year-end bonus" is a kind of bonus ("by year-end" is a date).
    """
    phrase = tokens[start:end]
    following = tokens[end] if end < len(tokens) else None
    joined = following is not None and not text[tokens[end - 1].end : following.start].strip()
    before = tokens[start - 1].text if start > 0 else ""
    if _in_a_decimal(tokens, start, end):
        return True
    lone = len(phrase) == 1 or phrase[-2].text in _LINKS
    years = [int(t.text) for t in phrase if t.kind == "number" and len(t.text) == YEAR_FIGURES]
    if len(years) == 2 and years[0] < years[1] and following is not None:
        # "between 2019 and 2020 sales fell": two years in order count only a measure
        lone = lone and following.text in MEASURES
    if lone and phrase[-1].kind == "number" and counted_by(text, phrase[-1], following):
        # "from 1500 to 2000 mg", "up to 2000 steps" (figures after a link word; "In 2020
        # sales fell" has a preposition there and is kept, as are "H1 2021 sales" and "May
        # 2021 sales"), unless the range opens the sentence ("From 1990 to 2000 prices ...")
        opening = start == 0 and phrase[0].text in _OPENING_PREPOSITIONS
        if not opening:
            return True
    if (
        isinstance(expression, Named)
        and following is not None
        and joined
        and not {before, phrase[0].text} & (TEMPORAL_PREPOSITIONS | {"at"})
        and text[following.start : following.start + 1].isupper()
        and not lex.known_word(following.text)
    ):
        return True
    if (
        isinstance(expression, Named)
        and isinstance(expression.pattern, Holiday)
        and following is not None
        and joined
        and following.text in _PLACE_NOUNS
        and text[following.start : following.start + 1].isupper()
    ):
        return True  # "At Easter Road", "to Christmas Island", "the Easter Rising"
    first = next((t for t in phrase if t.text != "the"), phrase[0])
    edge = first is not phrase[-1] and phrase[phrase.index(first) + 1].text in ("end", "start")
    if first.text in lex.UNITS and edge and before not in TEMPORAL_PREPOSITIONS | {"at"}:
        return True  # "a year-end bonus"
    return in_a_name(text, tokens, start, end, expression)


def in_a_name(text: str, tokens: list[Token], start: int, end: int, expression: Expression) -> bool:
    """Whether a month, season, holiday or weekday word is part of a name or another word.

    "The Long March", "the Prague Spring", "Operation Christmas": a month, season or holiday
    right after a capitalised word that is no word of time. "After Sun Yat-sen's death", "he
    sat down": a weekday's short form is a weekday only written with a dot, after "on" or
    before a date. "The fall of Budapest" is a collapse.
    """
    phrase = tokens[start:end]
    first = phrase[0]
    # Not weekdays: news writes "in Dar es Salaam Thursday"; nor across a comma ("NAIROBI,
    # August 21"); nor a month with its day or year after it ("Posted March 3, 2021"), or
    # placed from the reference ("went to Japan August last year"), as no name is.
    after = tokens[start + 1] if start + 1 < len(tokens) else None
    dated = after is not None and (
        (after.kind == "number" and not text[first.end : after.start].strip())
        # a month the phrase places from the reference; not a season ("the Arab Spring last
        # year" is the uprising)
        or (start + 1 < end and first.text in lex.MONTHS and after.text in _RELATIVE_UNIT_WORDS)
    )
    holiday = (
        isinstance(expression, Named | InUnit)  # "Christmas", "Christmas in 1950"
        and isinstance(expression.pattern, Holiday)
        and not _in_title_case(text, tokens)  # "Markets Closed Good Friday"
    )
    if (first.text in lex.MONTHS or first.text in lex.SEASONS or holiday) and not dated:
        previous = tokens[start - 1] if start > 0 else None
        if previous is not None and previous.kind == "word" and previous.end + 1 == first.start:
            written = text[previous.start : previous.end]
            if written[:1].isupper() and not lex.known_word(previous.text):
                return True
    for index in range(start, end):
        token = tokens[index]
        if token.text not in lex.WEEKDAY_SHORT_FORMS:
            continue
        dotted = text[token.end : token.end + 1] == "."
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        dated = after is not None and (after.kind == "number" or after.text in lex.MONTHS)
        if not (dotted or dated or (index > 0 and tokens[index - 1].text == "on")):
            return True  # "after Sun Yat-sen's death"; "on Sun", "Sun. 7", "Sun 7 Oct" are days
    following = tokens[end] if end < len(tokens) else None
    return phrase[-1].text == "fall" and following is not None and following.text == "of"


def _in_title_case(text: str, tokens: list[Token]) -> bool:
    """Whether a headline capitalises its words, so that a capital marks no name.

    Words of three letters or more after the first (which any sentence capitalises), at least
    two of them, more than three in four capitalised: "Storm To Hit Christmas Eve" is a
    headline, "He led Operation Christmas" is not.
    """
    long = [t for t in tokens[1:] if t.kind == "word" and len(t.text) >= _LONG_WORD]
    capitals = sum(text[t.start].isupper() for t in long)
    return len(long) >= _TITLE_WORDS and capitals > _TITLE_SHARE * len(long)


def a_length_in_past_clause(
    text: str, tokens: list[Token], start: int, expression: Expression
) -> bool:
    """Whether "in five weeks" is how long something took, not when it will happen.

    In a sentence told in the past ("sold 7 million copies in five weeks", "In two weeks, the
    city changed") it is a length, unless the sentence also looks ahead ("said it will
    resume in three days"); otherwise a date ahead ("takes effect in 30 days").
    """
    shifts = expression.children() if isinstance(expression, Either) else (expression,)
    from_now = all(isinstance(s, Shift) and isinstance(s.anchor, Now) for s in shifts)
    if not (from_now and tokens[start].text == "in"):  # "in two or three weeks" too
        return False
    # What a participle after the phrase reports is said, not done: "responded in less than
    # one hour, saying Washington would break the law" looks ahead only in what was said.
    told = next(
        (i for i in range(start + 1, len(tokens)) if tokens[i].text in _REPORTING_PARTICIPLES),
        len(tokens),
    )
    # "May" written so is the month ("opened in May"), not "may" looking ahead.
    words = {
        t.text
        for i, t in enumerate(tokens[:told])
        if t.kind == "word"
        and not text[t.start : t.end].istitle()
        and not (t.text == "next" and i > 0 and tokens[i - 1].text == "the")  # "the next day"
    } | {t.text for t in tokens if t.kind == "word" and t.text in _PAST_VERBS}
    if words & _FUTURE_CUES:
        return False
    return bool(words & _PAST_VERBS) or any(
        w.endswith("ed") and len(w) > _SHORTEST_PAST for w in words
    )


def counted_from_words(text: str, tokens: list[Token], end: int) -> bool:
    """Whether a phrase ends counting from something the text names in words.

    "The day after his death", "a week after the election", "the day following his death":
    the anchor is an event, not the reference; "a month earlier than usual" is a comparison.
    A shorter date before such words may still be one ("this week after the vote").
    """
    if end >= len(tokens):
        return False
    last, following = tokens[end - 1], tokens[end]
    if text[last.end : following.start].strip():
        return False  # punctuation between: "two days later, he left"
    if last.text in ("after", "before") and following.kind == "word":
        return True
    if last.text == "following" and following.text in POSSESSIVES | _DETERMINERS:
        return True  # "the day following his death"; not "the day following saw ..."
    return last.text in ("earlier", "later") and following.text == "than"


def _in_a_decimal(tokens: list[Token], start: int, end: int) -> bool:
    """Whether figures in or just before the phrase are a decimal ("4.2", "1.9 to 1.4")."""
    lo, hi = max(start - 2, 0), min(end, len(tokens))
    for index in range(lo, hi - 2):
        left, dot, right = tokens[index : index + 3]
        glued = left.end == dot.start and dot.end == right.start
        if left.kind == "number" and dot.kind == "." and right.kind == "number" and glued:
            third = tokens[index + 4] if index + 4 < len(tokens) else None
            dotted_date = (
                index + 3 < len(tokens) and tokens[index + 3].kind == "." and third is not None
            )
            if not dotted_date and not (index > 0 and tokens[index - 1].kind == "."):
                return True
    return False


def _counts(token: Token) -> bool:
    """Whether a token is a count: figures or a number in words."""
    return token.kind == "number" or token.text in lex.NUMBERS or token.text in lex.TENS


def _has_kind(expression: Expression, kind: type) -> bool:
    """Whether the expression or any part of it is of this kind."""
    return isinstance(expression, kind) or any(_has_kind(c, kind) for c in expression.children())


def _has_bare(expression: Expression, kinds: tuple[type, ...]) -> bool:
    """Whether the expression names one of these patterns with no year or unit to place it."""
    if isinstance(expression, Named) and isinstance(expression.pattern, kinds):
        return True
    return any(_has_bare(child, kinds) for child in expression.children())


#: Words opening a sentence with a range of figures that stays a range, whatever follows it
#: ("From 1990 to 2000 prices rose"): only words that start a range put a link word before
#: the last figures.
_OPENING_PREPOSITIONS: Final = frozenset({"between", "from"})
#: Words before "in five weeks" in its sentence that make it a date ahead, not a length.
_FUTURE_CUES: Final = frozenset(
    {
        "will", "would", "could", "should", "shall", "may", "might", "can", "ll", "going",
        "expected", "expects", "expect", "due", "plans", "plan", "planned", "scheduled",
        "hopes", "hope", "aims", "intends", "promised", "promises", "vowed", "pledged",
        "forecast", "next", "until", "wait",
    }
)  # fmt: skip
#: A headline in title case: words of three letters or more after the first, at least two,
#: and more than this share of them capitalised.
_LONG_WORD: Final = 3
_TITLE_WORDS: Final = 2
_TITLE_SHARE: Final = 0.75
#: Capitalised nouns that make a holiday before them part of a place's or event's name, even
#: after a word of time ("at Easter Road", "to Christmas Island", "the Easter Rising").
_PLACE_NOUNS: Final = frozenset(
    {"island", "islands", "road", "street", "avenue", "square", "rising", "parade", "carol"}
)
#: Words that open a noun phrase: "the day following the election".
_DETERMINERS: Final = frozenset({"the", "a", "an", "this", "that", "these", "those"})
#: Participles that open reported speech after a clause ("..., saying it would ...").
_REPORTING_PARTICIPLES: Final = frozenset(
    {"saying", "adding", "noting", "warning", "insisting", "arguing", "claiming"}
)
#: Verbs in the past that do not end in "-ed", which tell a sentence is told in the past.
_PAST_VERBS: Final = frozenset(
    {
        "was", "were", "had", "did", "sold", "won", "took", "ran", "grew", "rose", "fell",
        "made", "built", "got", "went", "came", "began", "became", "spent", "paid", "lost",
        "left", "kept", "found", "gave", "bought", "brought", "wrote", "drove", "saw", "met",
        "held", "led", "sent", "fought", "flew", "swept", "drew",
    }
)  # fmt: skip
#: Words in "-ed" this short are no past verbs ("red", "bed", "shed").
_SHORTEST_PAST: Final = 3
#: Figures in a year written in full.
#: Words that join figures in a range or to what they follow ("from 1500 to 2000", "up to").
_LINKS: Final = frozenset({"to", "and", "up", "the", "a", "an", "of", "between", "than"})
