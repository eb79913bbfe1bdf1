"""Finding and resolving every temporal expression in running text."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Final

import attrs

from timeline._expressions import (
    Amount,
    Circa,
    CurrentUnit,
    Named,
    Now,
    NumericDate,
    Previous,
    Shift,
    ShortDecade,
)
from timeline._fuzzy import FuzzyDate
from timeline._patterns import DayOfMonth, HalfOf, IsoWeekOf, Selector, WorkingDay
from timeline.errors import TimelineError
from timeline.parsing import _lexicon as lex
from timeline.parsing._grammar import CIRCA_WORDS, Parser, apostrophe_before
from timeline.parsing._tokens import Token, tokenize

if TYPE_CHECKING:
    from collections.abc import Callable

    from timeline._context import Context, Resolution
    from timeline._expressions import Expression

__all__ = ["extract_all"]

# Sentences end at . ! or ? followed by space; a phrase never runs across them. A dot after
# an abbreviation ("c. 1850", "Feb. 29", "St. Patrick's Day") or an initial ends nothing.
_SENTENCE_END: Final = re.compile(r"[.!?]+(?=\s|$)")
_LAST_WORD: Final = re.compile(r"([A-Za-z]+)$")
_ABBREVIATIONS: Final = frozenset(
    {"c", "ca", "st", "mr", "mrs", "ms", "dr", "no", "vs", "approx", "est", "jr", "sr", "prev"}
)
# Words before a lone month, season, weekday abbreviation or year that make it a date:
# "in May", "on Sun.", "since 2014" (but not "May I", "prices fall", "2014 people").
_TEMPORAL_PREPOSITIONS: Final = frozenset(
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
# Words before an amount that make it an age ("aged 6 months"), or before "30s" ("his 30s").
_AGE_WORDS: Final = frozenset({"age", "aged", "ages"})
_POSSESSIVES: Final = frozenset({"his", "her", "their", "my", "your", "our", "its"})
# Words after figures that make them an amount, not a date ("4.6 pence", "$14.8 million").
_QUANTITIES: Final = frozenset(
    {"million", "billion", "trillion", "percent", "pence", "cents", "points", "per", "pc"}
)
# Kinds of token that make up figures ("4.6", "10/31/74").
_FIGURES: Final = frozenset({"number", "ordinal", "-", "/", "."})
# Prepositions a phrase may begin with, which say nothing of whether figures are a date.
_PREPOSITIONS: Final = frozenset({"of", "by", "at", "to", "from", "for"})
# Separators between figures ("3/4", "10-31-1974", "4.2").
_SEPARATORS: Final = frozenset({"-", "/", "."})
# Words that make a phrase a date on their own, whatever else it holds.
_DEICTIC: Final = frozenset({"today", "yesterday", "tomorrow", "tonight"})


def extract_all(
    text: str, context: Context, holidays: Callable[[list[str]], int]
) -> list[Resolution]:
    """Every temporal expression in ``text`` resolved in ``context``, in order of appearance.

    In narrative mode each date becomes the anchor of the next relative one ("two days later").
    """
    results: list[Resolution] = []
    for start, stop in _sentences(text):
        tokens = [
            Token(t.kind, t.text, t.start + start, t.end + start)
            for t in tokenize(text[start:stop], strict=False)
        ]
        index = 0
        while index < len(tokens):
            found = _resolved_at(text, tokens, index, context, holidays)
            if found is None:
                index += 1
                continue
            resolution, end = found
            if resolution is None:
                index = end  # a date the text itself contradicts: none of it is taken
                continue
            results.append(resolution)
            if context.narrative and isinstance(resolution.value, FuzzyDate):
                context = attrs.evolve(context, previous=resolution.value)
            index = end
    return results


def _sentences(text: str) -> list[tuple[int, int]]:
    """Where the sentences of ``text`` start and stop."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end in _SENTENCE_END.finditer(text):
        word = _LAST_WORD.search(text, start, end.start())
        before = word.group(1).lower() if word else ""
        if end.group() == "." and (
            before in _ABBREVIATIONS or before in lex.MONTHS or len(before) == 1
        ):
            continue
        spans.append((start, end.end()))
        start = end.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _resolved_at(
    text: str,
    tokens: list[Token],
    index: int,
    context: Context,
    holidays: Callable[[list[str]], int],
) -> tuple[Resolution | None, int] | None:
    """The longest phrase at ``index`` that resolves in ``context``, and where it ends.

    The longest phrase may need more than the text gives ("three years on the job" needs to
    know whose job): then a shorter one that does resolve ("three years") is what is found.
    A weekday with a date that fit no year near the reference ("on Wednesday, July 4" in
    2021) is not cut into a weekday and a date the text does not mean: no resolution, and
    where the phrase ends, is returned for the caller to skip it.
    """
    stop = len(tokens)
    while stop > index:
        found = _phrase_at(text, tokens[:stop], index, holidays, narrative=context.narrative)
        if found is None:
            return None
        expression, end = found
        if _by_accident(text, tokens, index, expression):
            return None
        if (
            _counted_from_words(text, tokens, end)
            or _a_length_in_past_clause(tokens, index, expression)
            or (not context.narrative and _from_the_story(expression))
        ):
            stop = end - 1  # "this week after the vote": "this week" is one
            continue
        if _not_a_date(text, tokens, index, end, expression):
            return None, end  # an age, a count, a name: no part of it is a date either
        try:
            span = (tokens[index].start, tokens[end - 1].end)
            return expression.resolve(context, span=span), end
        except TimelineError:
            if _pins_a_weekday(expression):
                return None, end
            stop = end - 1
    return None


def _pins_a_weekday(expression: Expression) -> bool:
    """Whether the phrase names a weekday together with its date ("Wednesday, July 4")."""
    if isinstance(expression, Named) and getattr(expression.pattern, "pinned_by_weekday", False):
        return True
    if isinstance(expression, NumericDate) and expression.weekday is not None:
        return True
    return any(_pins_a_weekday(child) for child in expression.children())


def _by_accident(text: str, tokens: list[Token], index: int, expression: Expression) -> bool:
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
    return before not in _TEMPORAL_PREPOSITIONS and before != "or"  # "in or around 1850"


def _not_a_date(
    text: str, tokens: list[Token], start: int, end: int, expression: Expression
) -> bool:
    """Whether the words around a phrase that parses show it is no date at all."""
    return _an_age_or_size(text, tokens, start, end, expression) or _an_amount_or_name(
        text, tokens, start, end, expression
    )


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
    if owner >= 0 and tokens[owner].text in _POSSESSIVES and _has_kind(expression, ShortDecade):
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
    if lone and phrase[-1].kind == "number" and _counted_by(text, phrase[-1], following):
        # "from 1500 to 2000 mg", "up to 2000 steps"; but "In 2020 sales fell" opens a story,
        # and in "H1 2021 sales" or "May 2021 sales" the year is a month's or a half's
        opening = start == 0 and phrase[0].text in _OPENING_PREPOSITIONS
        if not opening:
            return True
    if (
        isinstance(expression, Named)
        and following is not None
        and joined
        and not {before, phrase[0].text} & (_TEMPORAL_PREPOSITIONS | {"at"})
        and text[following.start : following.start + 1].isupper()
        and not lex.known_word(following.text)
    ):
        return True
    first = next((t for t in phrase if t.text != "the"), phrase[0])
    edge = first is not phrase[-1] and phrase[phrase.index(first) + 1].text in ("end", "start")
    if first.text in lex.UNITS and edge and before not in _TEMPORAL_PREPOSITIONS | {"at"}:
        return True  # "a year-end bonus"
    return _in_a_name(text, tokens, start, end)


def _in_a_name(text: str, tokens: list[Token], start: int, end: int) -> bool:
    """Whether a month, season or weekday word is part of a name or another word.

    "The Long March", "the Prague Spring": a month or season right after a capitalised word
    that is no word of time. "After Sun Yat-sen's death", "he sat down": a weekday's short
    form is a weekday only written with a dot, after "on" or before a date. "The fall of
    Budapest" is a collapse.
    """
    phrase = tokens[start:end]
    first = phrase[0]
    # Not weekdays: news writes "in Dar es Salaam Thursday"; nor across a comma ("NAIROBI,
    # August 21").
    if first.text in lex.MONTHS or first.text in lex.SEASONS:
        previous = tokens[start - 1] if start > 0 else None
        if previous is not None and previous.kind == "word" and previous.end + 1 == first.start:
            written = text[previous.start : previous.end]
            if written[:1].isupper() and not lex.known_word(previous.text):
                return True
    for index in range(start, end):
        token = tokens[index]
        if token.text not in lex.WEEKDAYS or len(token.text) > _SHORT_WEEKDAY:
            continue
        dotted = text[token.end : token.end + 1] == "."
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        dated = after is not None and (after.kind == "number" or after.text in lex.MONTHS)
        if not (dotted or dated or (index > 0 and tokens[index - 1].text == "on")):
            return True  # "after Sun Yat-sen's death"; "on Sun", "Sun. 7", "Sun 7 Oct" are days
    following = tokens[end] if end < len(tokens) else None
    return phrase[-1].text == "fall" and following is not None and following.text == "of"


def _a_length_in_past_clause(tokens: list[Token], start: int, expression: Expression) -> bool:
    """Whether "in five weeks" is how long something took, not when it will happen.

    In a sentence told in the past ("sold 7 million copies in five weeks", "In two weeks, the
    city changed") it is a length, unless the sentence also looks ahead ("said it will
    resume in three days"); otherwise a date ahead ("takes effect in 30 days").
    """
    if not (
        isinstance(expression, Shift)
        and isinstance(expression.anchor, Now)
        and tokens[start].text == "in"
    ):
        return False
    words = {t.text for t in tokens if t.kind == "word"}
    if words & _FUTURE_CUES:
        return False
    return bool(words & _PAST_VERBS) or any(
        w.endswith("ed") and len(w) > _SHORTEST_PAST for w in words
    )


def _from_the_story(expression: Expression) -> bool:
    """Whether a phrase counts from the story's last date and not back from today.

    "The next day", "two days later", "that week" follow a date the story told, which only
    narrative mode knows; "a year earlier" in a report is a year before it was written, as
    "a year ago" is, and is counted from the reference.
    """
    if isinstance(expression, Shift) and isinstance(expression.anchor, Previous):
        return not expression.amount.is_negative
    if isinstance(expression, CurrentUnit) and isinstance(expression.anchor, Previous):
        return expression.offset >= 0
    return any(_from_the_story(child) for child in expression.children())


def _counted_from_words(text: str, tokens: list[Token], end: int) -> bool:
    """Whether a phrase ends counting from something the text names in words.

    "The day after his death", "a week after the election": the anchor is an event, not the
    reference; "a month earlier than usual" is a comparison. A shorter date before such words
    may still be one ("this week after the vote").
    """
    if end >= len(tokens):
        return False
    last, following = tokens[end - 1], tokens[end]
    if text[last.end : following.start].strip():
        return False  # punctuation between: "two days later, he left"
    if last.text in ("after", "before") and following.kind == "word":
        return True
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


def _phrase_at(
    text: str,
    tokens: list[Token],
    index: int,
    holidays: Callable[[list[str]], int],
    *,
    narrative: bool,
) -> tuple[Expression, int] | None:
    first = tokens[index]
    if first.kind == "word" and not _could_start(first.text) and holidays([first.text]) == 0:
        # Cheap rejection; a holiday of several words is still tried below.
        words = [t.text for t in tokens[index : index + 6] if t.kind in ("word", "number")]
        if holidays(words) == 0:
            return None
    parser = Parser(text, tokens[index:], holidays, running_text=True, narrative=narrative)
    expression = parser.longest_prefix()
    if expression is None or parser.i == 0:
        return None
    end = index + parser.i
    if not _plausible(text, tokens, index, end):
        return None
    return expression, end


def _could_start(word: str) -> bool:
    return lex.known_word(word)


def _plausible(text: str, tokens: list[Token], start: int, end: int) -> bool:
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
        return _plausible_alone(
            text, meaningful[0], before if meaningful[0] is words[0] else words[0].text, following
        )
    kinds = {t.kind for t in meaningful}
    texts = {t.text for t in meaningful}
    if texts <= _NUMBER_WORDS and before not in _TEMPORAL_PREPOSITIONS:
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
        if after in _QUANTITIES or text[words[0].start - 1 : words[0].start] in "$£€":
            return False
    if texts & _DEICTIC or kinds & {"event", "quarter"}:
        return True
    return any(_anchors(t) for t in meaningful) or len(meaningful) > 1


#: Words that write numbers out: a year in words is a count unless a word of time comes first.
_NUMBER_WORDS: Final = lex.NUMBERS.keys() | lex.TENS.keys() | {"hundred", "thousand", "and"}

#: Words after which day, month and two-figure year are a date ("dated 19.02.10"); after any
#: other word they are as often a version, a section or a list of figures ("firmware 1.12.20").
_FIGURE_CUES: Final = _TEMPORAL_PREPOSITIONS | {"for", "dated", "is", "was", "at"}


def _three_parts(tokens: list[Token]) -> bool:
    """Whether figures are day, month and year split by one kind of slash or dot."""
    separators = {t.kind for t in tokens if t.kind in ("/", ".")}
    numbers = [t for t in tokens if t.kind == "number"]
    return len(numbers) == 3 and len(separators) == 1 and len(tokens) == 5


def _plausible_alone(text: str, token: Token, before: str, following: Token | None) -> bool:
    written = text[token.start : token.end]
    if token.kind == "event" or token.text in _DEICTIC:
        return True
    if token.kind == "number":
        return _plausible_year(text, token, before, following)
    if token.kind != "word":
        return False
    word = token.text
    capitalised = written[:1].isupper()
    if word in lex.MONTHS:
        # "in May", and "results for January"
        return capitalised and (before in _TEMPORAL_PREPOSITIONS or before == "for")
    if word in lex.WEEKDAYS:
        full = len(word) > 3
        return capitalised and (full or before == "on")
    if word in lex.SEASONS or word in lex.DECADE_WORDS:
        # "in the sixties", not "sixties rock"; "to fall apart" is a verb.
        return before in _TEMPORAL_PREPOSITIONS and not (word == "fall" and before == "to")
    return capitalised and word not in lex.KEYWORDS and word not in lex.UNITS


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
    if before in _TEMPORAL_PREPOSITIONS:
        return before not in _COUNTING_WORDS  # "the next 2000 customers": "next 2019" is no year
    if before == "for":
        return following is None or following.kind != "word"
    if text[token.start - 1 : token.start] == "(" and text[token.end : token.end + 1] == ")":
        return True  # "the Gallipoli (1915) campaign"
    owned = text[: token.start].rstrip().endswith(("'s", "\u2019s"))  # "Roosevelt's 1932"
    if (before in _DETERMINERS or owned) and not apostrophe:
        year = int(token.text)
        noun = following is not None and following.kind == "word"
        counted = _counted_by(text, token, following)
        return _FIRST_YEAR <= year <= _LAST_YEAR and noun and not counted
    return False


def _counted_by(text: str, token: Token, following: Token | None) -> bool:
    """Whether the word after figures is what they count or measure, not what a year describes.

    A measure, "of", a word joined by a hyphen, or a plural in lower case: "1500 mg", "2048-bit",
    "1950 participants"; not "the 1996 Olympic bombing" or "his 2007 campaign".
    """
    if following is None or following.kind != "word":
        return False
    if text[token.end : following.start] == "-" or following.text in _MEASURES:
        return True
    if text[token.end : following.start] != " ":
        return False  # "in 2020, sales fell"
    written = text[following.start : following.end]
    plural = written.endswith("s") and not written.endswith(("ss", "us", "is"))
    return plural and written.islower() and following.text not in _VERBS_IN_S


#: Prepositions that open a sentence with its year, whatever the word after ("In 2020 sales").
_OPENING_PREPOSITIONS: Final = frozenset(
    {"in", "by", "since", "during", "until", "after", "before", "between", "from"}
)
#: Words before "in five weeks" in its sentence that make it a date ahead, not a length.
_FUTURE_CUES: Final = frozenset(
    {
        "will", "would", "could", "should", "shall", "may", "might", "can", "ll", "going",
        "expected", "expects", "expect", "due", "plans", "plan", "planned", "scheduled", "set",
        "hopes", "hope", "aims", "intends", "promised", "promises", "vowed", "pledged",
        "forecast", "next", "until", "wait",
    }
)  # fmt: skip
#: Verbs in the past that do not end in "-ed", which tell a sentence is told in the past.
_PAST_VERBS: Final = frozenset(
    {
        "was", "were", "had", "did", "sold", "won", "took", "ran", "grew", "rose", "fell",
        "made", "built", "got", "went", "came", "began", "became", "spent", "paid", "lost",
        "left", "kept", "found", "gave", "bought", "brought", "wrote", "drove", "saw", "met",
        "held", "led", "told", "said", "sent", "fought", "flew", "swept", "drew",
    }
)  # fmt: skip
#: Words in "-ed" this short are no past verbs ("red", "bed", "shed").
_SHORTEST_PAST: Final = 3
#: The longest short form of a weekday ("Sun", "Thurs").
_SHORT_WEEKDAY: Final = 5
#: Verbs that end in "s" as plurals do ("in 1953 has died").
_VERBS_IN_S: Final = frozenset({"has", "was", "is", "does", "says", "goes", "sees", "gets"})
#: Words that join figures in a range or to what they follow ("from 1500 to 2000", "up to").
_LINKS: Final = frozenset({"to", "and", "up", "the", "a", "an", "of", "between", "than"})
#: Words that count what follows them ("the next 2000 customers"), never a lone year.
_COUNTING_WORDS: Final = frozenset({"last", "next", "this", "every", "each"})
#: Words before a year that modifies a noun ("the 1996 Olympics", "his 2007 campaign").
_DETERMINERS: Final = frozenset({"the", "a", "an"}) | _POSSESSIVES
#: The years taken before a noun: older or later figures there are more often counts.
_FIRST_YEAR: Final = 1901
_LAST_YEAR: Final = 2099
#: Words after figures that make them a measure or a count, whatever their size.
_MEASURES: Final = frozenset(
    {
        "of", "mg", "g", "kg", "lb", "lbs", "oz", "ml", "l", "cc", "mm", "cm", "m", "km", "ft",
        "mi", "mph", "kph", "w", "kw", "watt", "watts", "v", "x", "bit", "bits", "block",
        "percent", "per", "million", "billion", "calories", "rpm", "hp", "sq", "square",
        "metres", "meters", "miles", "feet", "yards", "tons", "tonnes", "degrees",
    }
)  # fmt: skip


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
