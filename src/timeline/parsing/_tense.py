"""Which way the verb nearest a date looks: "will meet on Friday" ahead, "met on Friday" back.

A date named without its year ("on Friday", "in May", "on the 15th") is one of many; the
context's bias picks which. In running text the verb beside it usually says: news tells what
happened in the past tense and what is planned with "will", "is due to", "is scheduled to".
The cue nearest the phrase in its clause decides, then the nearest in its stretch of the
sentence between quotation marks; a sentence with no cue leaves the bias as it was.

- A clause ends at a comma, a semicolon, a colon, a dash, a bracket or a quotation mark.
- Looking ahead of the phrase stops at a word that opens another clause ("warned officials
  Wednesday that they should expect ..."; "arrested him on Friday and he will appear").
- Modals, "was", "had" and irregular past forms are sure cues; a word in "-ed" may be an
  adjective ("markets untouched by the crisis"), so it counts as twice as far away.
- A verb that reports speech marks when it was said only right beside the date ("said on
  Friday"); further off it is the speaker's, not the date's ("..., Castro said").
- A date owning a noun ("Wednesday's ruling") is not the verb's: nothing decides it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, NamedTuple

import attrs

from timeline._context import Bias
from timeline._fuzzy import FuzzyDate
from timeline.errors import TimelineError
from timeline.parsing._tokens import tokenize

if TYPE_CHECKING:
    from timeline._context import Context
    from timeline._expressions import Expression
    from timeline.parsing._tokens import Token

__all__ = ["INTENT_WORDS", "PAST_VERBS", "in_tense", "tense_bias", "tense_in_passage"]

#: Verbs in the past that do not end in "-ed".
PAST_VERBS: Final = frozenset(
    {
        "was", "were", "had", "did", "sold", "won", "took", "ran", "grew", "rose", "fell",
        "made", "built", "got", "went", "came", "began", "became", "spent", "paid", "lost",
        "left", "kept", "found", "gave", "bought", "brought", "wrote", "drove", "saw", "met",
        "held", "led", "sent", "fought", "flew", "swept", "drew", "said", "told", "spoke",
        "knew", "thought", "fled", "broke", "chose", "sought", "struck", "stood", "sat",
        "withdrew", "overthrew", "undertook", "arose", "forgave", "froze", "hung", "stole",
        "understood", "heard", "meant", "felt", "taught", "caught", "dealt", "shot",
    }
)  # fmt: skip
#: Words that plan, expect or promise what comes after them ("is scheduled to", "vowed to").
INTENT_WORDS: Final = frozenset(
    {
        "expected", "expects", "expect", "due", "plans", "plan", "planned", "scheduled",
        "hopes", "hope", "aims", "intends", "promised", "promises", "vowed", "pledged",
        "forecast", "slated", "poised", "set",
    }
)  # fmt: skip
#: Words that follow an intent word when it looks ahead ("due to", "scheduled for").
_INTENT_FOLLOWERS: Final = frozenset({"to", "for", "on", "in", "at", "by"})
#: Modal verbs that look ahead ("will meet on Friday"); followed by "have" they look back
#: ("would have met on Friday"), except "will".
_MODALS: Final = frozenset({"will", "shall", "would", "should", "might", "must", "may"})
#: Words before a past form that make it a participle, which says nothing of its own ("will
#: be held on Friday" looks ahead with "will").
_AUXILIARIES: Final = frozenset({"be", "been", "being", "is", "are", "has", "have", "to"})
#: Verbs that report speech, and how near the date they must be to say when it was said.
_REPORTING: Final = frozenset(
    {
        "said", "told", "announced", "added", "warned", "stated", "declared", "confirmed",
        "reported", "insisted", "noted", "argued", "wrote", "tweeted", "saying", "adding",
        "telling", "announcing", "warning",
    }
)  # fmt: skip
_REPORTING_REACH: Final = 4
#: Words before an "-ed" word that make it an adjective ("the long-delayed vote").
_BEFORE_ADJECTIVES: Final = frozenset(
    {"the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "long", "newly"}
)
#: Words in "-ed" this short are no verbs ("red", "bed", "shed").
_SHORTEST_PAST: Final = 4
#: Words that open another clause: looking ahead of a date stops at them.
_CLAUSE_OPENERS: Final = frozenset(
    {
        "that", "and", "but", "which", "who", "whom", "whose", "when", "while", "because",
        "if", "although", "though", "whether", "where", "unless", "after", "before", "since",
        "as", "once", "so",
    }
)  # fmt: skip
#: Characters between two tokens that end a clause, and those that end a quotation.
_CLAUSE_ENDS: Final = frozenset(',;:()[]\u2014\u2013"“”`')
_QUOTES: Final = frozenset('"“”`')


class _Cue(NamedTuple):
    bias: Bias
    sure: bool  # a modal, an auxiliary or an irregular past, not a word in "-ed"
    past_frame: bool = False  # "would": ahead of a moment that may be past


def tense_bias(text: str, tokens: list[Token], start: int, end: int) -> Bias | None:
    """The bias the verb nearest ``tokens[start:end]`` gives, or ``None`` if none says.

    >>> from timeline.parsing._tokens import tokenize
    >>> text = "Officials said on Friday that the troops will leave in May."
    >>> tokens = tokenize(text, strict=False)
    >>> tense_bias(text, tokens, 2, 4), tense_bias(text, tokens, 9, 11)
    (<Bias.PAST: 'past'>, <Bias.FUTURE: 'future'>)
    """
    last = tokens[end - 1]
    if last.end - last.start != len(last.text):
        return None  # "Wednesday's ruling": the date is the noun's
    for ends in (_CLAUSE_ENDS, _QUOTES):
        first, stop = _bounds(text, tokens, start, end, ends)
        found = _nearest(text, tokens, start, end, first, stop)
        if found is not None:
            return found
    return None


def tense_in_passage(phrase: str, passage: str) -> Bias | None:
    """The bias the verb nearest ``phrase`` gives where ``passage`` has it, else ``None``.

    >>> tense_in_passage("on Oct. 9", "He said he would dissolve the house on Oct. 9.")
    <Bias.FUTURE: 'future'>
    """
    at = passage.lower().find(phrase.strip().lower())
    if at < 0 or not phrase.strip():
        return None
    tokens = tokenize(passage, strict=False)
    stop = at + len(phrase.strip())
    inside = [i for i, t in enumerate(tokens) if t.start >= at and t.end <= stop]
    if not inside:
        return None
    return tense_bias(passage, tokens, inside[0], inside[-1] + 1)


def in_tense(expression: Expression, context: Context, bias: Bias | None) -> Context:
    """The context to resolve ``expression`` in when the verb nearest it looks ``bias``'s way.

    The reference day itself is either way's: "will vote on Friday" in a report written on a
    Friday is that day, as "met on Friday" is; otherwise the verb's direction wins over the
    context's bias.
    """
    if bias is None:
        return context
    back = _with_bias(context, Bias.PAST)
    if bias is Bias.PAST or context.reference is None:
        return back if bias is Bias.PAST else _with_bias(context, bias)
    try:
        value = expression.evaluate(back)
    except TimelineError:
        return _with_bias(context, bias)
    if isinstance(value, FuzzyDate) and value.intersection(context.reference) is not None:
        return back
    return _with_bias(context, bias)


def _with_bias(context: Context, bias: Bias) -> Context:
    return context if context.bias is bias else attrs.evolve(context, bias=bias)


def _bounds(
    text: str, tokens: list[Token], start: int, end: int, ends: frozenset[str]
) -> tuple[int, int]:
    """The tokens around the phrase up to any of ``ends``, as a ``(first, stop)`` range."""
    first = start
    while first > 0 and not ends.intersection(_gap(text, tokens, first)):
        first -= 1
    stop = end
    while stop < len(tokens) and not ends.intersection(_gap(text, tokens, stop)):
        stop += 1
    return first, stop


def _gap(text: str, tokens: list[Token], index: int) -> str:
    """The text between token ``index - 1`` and token ``index``."""
    return text[tokens[index - 1].end : tokens[index].start]


def _nearest(
    text: str, tokens: list[Token], start: int, end: int, first: int, stop: int
) -> Bias | None:
    """The bias of the nearest cue in ``tokens[first:stop]``, in words; before wins a tie.

    "Would" looks ahead of a moment the sentence may set in the past ("had planned to leave
    ... the announcement that the withdrawal would be completed in September"): where any
    other verb there is past, it is passed over.
    """
    found: list[tuple[int, int, _Cue]] = []  # (distance, 0 before / 1 after, cue)
    for side, indices in enumerate((range(start - 1, first - 1, -1), range(end, stop))):
        distance = 0
        for index in indices:
            token = tokens[index]
            if token.kind != "word":
                continue
            if side and token.text in _CLAUSE_OPENERS:
                break
            distance += 1
            cue = _cue(text, tokens, index)
            if cue is None:
                continue
            if token.text in _REPORTING:
                if distance > _REPORTING_REACH:
                    continue
            elif cue.bias is Bias.PAST and cue.sure:
                found.append((distance, side, cue._replace(past_frame=True)))
                continue
            found.append((distance if cue.sure else 2 * distance, side, cue))
    past_told = any(cue.past_frame and cue.bias is Bias.PAST for _, _, cue in found)
    candidates = [
        (score, side, cue)
        for score, side, cue in found
        if not (past_told and cue.past_frame and cue.bias is Bias.FUTURE)
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda item: item[:2])[2].bias


def _cue(text: str, tokens: list[Token], index: int) -> _Cue | None:
    """Which way the word at ``index`` looks, if it is a verb that says."""
    token = tokens[index]
    word, written = token.text, text[token.start : token.end]
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    before = tokens[index - 1].text if index > 0 else ""
    spelled = written.lower().replace("\u2019", "'")
    if spelled.endswith("'ll") or spelled in ("won't", "shan't"):
        return _Cue(Bias.FUTURE, sure=True)  # "they'll", "won't"
    if word in _MODALS and (written[0].islower() or (word == "will" and index == 0)):
        looks_back = following == "have" and word != "will"  # "would have met"
        # "Would" looks ahead from a moment that may itself be past ("the announcement that
        # the withdrawal would be completed in September").
        frame = word == "would"
        return _Cue(Bias.PAST if looks_back else Bias.FUTURE, sure=not frame, past_frame=frame)
    followers = ("to", "for") if word == "set" else _INTENT_FOLLOWERS
    if word in INTENT_WORDS and following in followers:
        # "is due to", "scheduled for", "set to"; a plan told in the past perfect was for
        # then ("had initially planned to leave in May").
        planned_then = "had" in (t.text for t in tokens[max(0, index - 3) : index])
        return _Cue(Bias.PAST if planned_then else Bias.FUTURE, sure=True)
    if (word == "going" and following == "to") or (word == "be" and before == "to"):
        return _Cue(Bias.FUTURE, sure=True)  # "going to", "is to be held"
    if before in _AUXILIARIES or before in _MODALS:
        return None  # a participle: the auxiliary before it decides
    if word in PAST_VERBS or word in _REPORTING:
        return _Cue(Bias.PAST, sure=True)
    if word == "set":
        return _Cue(Bias.PAST, sure=False)  # "set Friday as the deadline", or now
    if word.endswith("ed") and len(word) >= _SHORTEST_PAST and written[0].islower():
        return None if before in _BEFORE_ADJECTIVES else _Cue(Bias.PAST, sure=False)
    return None
