"""Finding and resolving every temporal expression in running text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import attrs

from timeline import _calendar as cal
from timeline._expressions import (
    Circa,
    CurrentUnit,
    Named,
    Previous,
    Recent,
    Shift,
    from_the_story,
)
from timeline._fuzzy import FuzzyDate
from timeline._period import Period
from timeline._precision import Precision
from timeline.errors import TimelineError
from timeline.parsing import _lexicon as lex
from timeline.parsing._accidents import (
    a_length_in_past_clause,
    by_accident,
    counted_from_words,
    in_a_name,
    not_a_date,
    pins_a_weekday,
)
from timeline.parsing._grammar import Parser
from timeline.parsing._plausible import plausible
from timeline.parsing._reader import LAST_WORD
from timeline.parsing._tense import in_tense, tense_bias
from timeline.parsing._tokens import Token, tokenize

if TYPE_CHECKING:
    from collections.abc import Callable

    from timeline._context import Context, Resolution
    from timeline._expressions import Expression

__all__ = ["extract_all"]

#: More tokens than any phrase reads, so that looking for a bracket ahead stays short.
_LONGEST_PHRASE: Final = 64

# Sentences end at . ! or ? followed by space, and at a blank line (a heading has no stop);
# a phrase never runs across them. A dot after an abbreviation ("c. 1850", "Feb. 29", "St.
# Patrick's Day") or an initial ends nothing.
_SENTENCE_END: Final = re.compile(r"[.!?]+(?=\s|$)|\n[ \t]*\n")
_ABBREVIATIONS: Final = frozenset(
    {"c", "ca", "st", "mr", "mrs", "ms", "dr", "no", "vs", "approx", "est", "jr", "sr", "prev"}
)


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
            story = _story_date(resolution.value, context.previous) if context.narrative else None
            if story is not None and not _leaves_the_story(resolution.expression):
                context = attrs.evolve(context, previous=story)
            index = end
    return results


def _the_story_time(expression: Expression) -> bool:
    """Whether a phrase is the story's time itself: "at the time", "then", "around this time"."""
    inner = expression.children()[0] if isinstance(expression, Circa) else expression
    return isinstance(inner, Previous)


def _leaves_the_story(expression: Expression) -> bool:
    """Whether a phrase leaves a story where it was: a look back, or a stretch from today.

    A story told in order goes on from where it was: "On 5 May he died. The day before, he
    had written. The next day he was buried" buries him on 6 May; "in the next two weeks",
    counted from the reference, does not carry "On 27 May" out of the story's year.
    """
    if isinstance(expression, Shift) and isinstance(expression.anchor, Previous):
        return expression.amount.is_negative
    if isinstance(expression, CurrentUnit) and isinstance(expression.anchor, Previous):
        return expression.offset < 0
    if isinstance(expression, CurrentUnit) and expression.anchor is None:
        # "This week", "this year": the report's own time, not the story's next step.
        return expression.offset == 0 and expression.unit is not Precision.DAY
    if isinstance(expression, Recent):
        return not (expression.story and expression.forward)
    return False


def _story_date(value: object, previous: FuzzyDate | None) -> FuzzyDate | None:
    """The date a found value moves a story to: a date, or the date a period ends on.

    "Relations worsened until March 1980. In April ..." is April 1980. A period still going
    on ("has cut rates since 2008") leaves the story where it is, as do a length, a date open
    on one side ("after 2015", "weeks earlier": which May follows is not said) and, once the
    story has a date, one too wide to place a month ("almost two decades earlier").
    """
    if isinstance(value, Period):
        value = value.end
    if not isinstance(value, FuzzyDate):
        return None
    if value.earliest_day == cal.MIN_DAY or value.latest_day == cal.MAX_DAY:
        return None
    if previous is not None and value.latest_day - value.earliest_day > _WIDEST_STORY_DATE:
        return None
    return value


#: The widest date that moves a story which already has one: a year (a leap year's days).
_WIDEST_STORY_DATE: Final = 365


def _sentences(text: str) -> list[tuple[int, int]]:
    """Where the sentences of ``text`` start and stop."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end in _SENTENCE_END.finditer(text):
        word = LAST_WORD.search(text, start, end.start())
        before = word.group(1).lower() if word else ""
        if end.group() == "." and (
            before in _ABBREVIATIONS
            or before in lex.MONTH_SHORT_FORMS  # "Feb.", not "in June."
            or before in lex.WEEKDAY_SHORT_FORMS  # "Sat.", not "Monday."
            or len(before) == 1
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
        if by_accident(text, tokens, index, expression):
            return None
        if context.previous is None and _the_story_time(expression):
            return None, end  # "he was 23 at the time" before any date: no time is known
        story = not context.narrative and from_the_story(expression)
        if story and isinstance(expression, Named):
            return None, end  # "the following Monday": no part of it is today's Monday
        if (
            counted_from_words(text, tokens, end)
            or a_length_in_past_clause(text, tokens, index, expression)
            or story
        ):
            stop = end - 1  # "this week after the vote": "this week" is one
            continue
        if not_a_date(text, tokens, index, end, expression):
            if end - index > 1 and in_a_name(text, tokens, index, end, expression):
                # "Operation Christmas in 1950": the name's word is no date, what follows it
                # may be.
                return None, index + 1
            return None, end  # an age, a count, a name: no part of it is a date either
        try:
            span = (tokens[index].start, tokens[end - 1].end)
            return _resolved_in_tense(expression, text, (tokens, index, end), context, span), end
        except TimelineError:
            if pins_a_weekday(expression):
                return None, end
            stop = end - 1
    return None


def _resolved_in_tense(
    expression: Expression,
    text: str,
    where: tuple[list[Token], int, int],
    context: Context,
    span: tuple[int, int],
) -> Resolution:
    """The phrase resolved with the bias the verb nearest it gives ("will meet on Friday").

    A story read in order places its names by the story's date, so its bias stays.
    """
    bias = None
    if context.follow_tense and not context.narrative and context.reference is not None:
        bias = tense_bias(text, *where)
    return expression.resolve(in_tense(expression, context, bias), span=span)


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
    # Figures never run into a bracket: "Resolution 1483 (May 22, 2003)" is no 22 May 1483
    # (a date may: "until 31 March (2022)", "on Monday (June 3, 2019)"); nothing runs out of
    # one ("January 5 (Monday) at noon").
    stop = next(
        (
            i
            for i in range(index + 1, min(len(tokens), index + _LONGEST_PHRASE))
            if ")" in (between := text[tokens[i - 1].end : tokens[i].start])
            or (tokens[i - 1].kind == "number" and "(" in between)
        ),
        len(tokens),
    )
    parser = Parser(text, tokens[index:stop], holidays, running_text=True, narrative=narrative)
    expression = parser.longest_prefix()
    if expression is None or parser.i == 0:
        return None
    end = index + parser.i
    if not plausible(text, tokens, index, end):
        return None
    return expression, end


def _could_start(word: str) -> bool:
    return lex.known_word(word)
