"""Which way the verb nearest a date looks: "will meet on Friday" ahead, "met on Friday" back.

A date named without its year ("on Friday", "in May", "on the 15th") is one of many; the
context's bias picks which. In running text the verb of its clause usually says: news tells
what happened in the past tense and what is planned with "will", "is due to", "is
scheduled to". The rule is kept narrow, since a wrong direction moves a date a whole year:

- The verb before the date in its clause decides, the nearest first ("the law passed in June
  will take effect": passed); only with none before it does one after it ("On Friday the
  minister will meet"), and looking ahead stops at a word that opens another clause ("arrested
  him on Friday and he will appear"). A clause ends at a comma, a semicolon, a colon, a dash,
  a bracket or a quotation mark; with no verb in it, the stretch between quotation marks is
  read the same way.
- Looking ahead: "will", "shall", "'ll", "won't", "should", "might", "must", "may" in lower
  case (but "may have", "might not have" look back); "going to"; "is to be"; "is due to", "are
  expected to", "is scheduled for", "is set to" (a form of "be" in the present before them);
  "plans to", "intends to", "aims to", "hopes to", "expects to"; "would" after a verb that
  reports speech ("said he would resign on Friday"). Otherwise "would" decides nothing: it
  looks ahead from a moment that may itself be past ("would not say on Friday").
- Looking back: "was", "were", "had", irregular past forms, and words in "-ed" that are not
  adjectives after "the", "a" or a possessive. A past form after "be", "is", "has" or a modal
  is a participle and leaves the decision to the word before it ("will be held on Friday").
- The simple present of a timetable ("takes office", "meets", "reconvenes", "returns to court",
  "ends") looks ahead as a weak cue, within three words of the date in its own clause, in body
  text only: not in a line that ends no sentence (a headline: "Senate meets on Monday"), not
  with a word of habit or condition ("usually", "every year", "unless"), not when a finite
  verb follows the date ("housing starts in May rose"), nor for a date whose weekday picks its
  year. Reporting verbs ("says", "tells") and verbs headlines use for news are not among them.
- A verb that reports speech marks a date only right beside it ("said on Friday"); a word of
  a deadline right before it looks ahead whatever came before ("payable Dec. 7", "expires
  on Friday").
- A date that owns or names a noun ("Wednesday's ruling", "the Jan. 6 attack") and a stretch
  from a date ("since March") are nobody's verb's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, NamedTuple

import attrs

from timeline._context import Bias
from timeline._expressions import Since
from timeline._fuzzy import FuzzyDate
from timeline.errors import TimelineError
from timeline.parsing._lexicon import WEEKDAYS
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
        "understood", "heard", "meant", "felt", "taught", "caught", "dealt", "shot", "laid",
        "sang", "begun", "bore", "slew", "spun", "swore", "wore", "woke",
    }
)  # fmt: skip
#: Past forms that are present forms too ("hit", "cut"): a weaker sign, as "-ed" words are.
_PAST_OR_PRESENT: Final = frozenset(
    {"hit", "cut", "put", "quit", "shut", "set", "spread", "beat", "cast", "struck", "hurt"}
)
#: Words of a plan or schedule after a present form of "be" ("is due to", "are set to").
INTENT_WORDS: Final = frozenset(
    {"expected", "due", "planned", "scheduled", "set", "slated", "poised", "likely", "about"}
)
#: Words after those that look ahead ("is due on Friday", "is scheduled for May 3").
_INTENT_FOLLOWERS: Final = frozenset({"to", "for", "on", "in", "at", "by"})
#: Verbs of intent in the present before "to" ("plans to", "hopes to").
_INTENT_VERBS: Final = frozenset(
    {"plans", "plan", "intends", "intend", "aims", "aim", "hopes", "hope", "expects", "expect"}
)
#: Present forms of "be" that put a plan now ("is due to"; "was due to" was a plan then).
_PRESENT_BE: Final = frozenset({"is", "are", "am", "s", "re"})
#: Words right before a date that make it a deadline still to come, whatever verb came
#: before ("directors authorized a split, payable Dec. 7").
_DEADLINE_WORDS: Final = frozenset({"payable", "expire", "expires", "expiring"})
#: Words after a capitalised "Will" that make it a question ("Will the talks resume ...?").
_QUESTION_SUBJECTS: Final = frozenset(
    {"the", "a", "an", "it", "they", "he", "she", "we", "you", "i", "there", "this", "these"}
)
#: Words between a modal and "have" that leave it looking back ("may not have", "might well").
_ADVERBS: Final = frozenset({"not", "never", "already", "well", "also", "still", "even", "just"})
#: Modal verbs that look ahead ("will meet on Friday"); followed by "have" they look back
#: ("might have met on Friday"), except "will". "Would" is a modal but decides nothing.
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
_REPORTING_REACH: Final = 2
#: Words before an "-ed" word that make it an adjective ("the long-delayed vote").
_BEFORE_ADJECTIVES: Final = frozenset(
    {"the", "a", "an", "this", "his", "her", "its", "their", "our", "long", "newly"}
)
#: Words after a date that join it to the sentence; any other word after "the Jan. 6" is the
#: noun the date names ("the Jan. 6 attack").
_JOINING_WORDS: Final = frozenset(
    {
        "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "by", "from", "is",
        "was", "were", "are", "will", "when", "as", "that", "which", "who", "after", "before",
        "until", "since", "had", "has", "have", "would", "could", "said", "says",
    }
)  # fmt: skip
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
#: Present forms of verbs of a timetable: beside a date in a sentence of body text they name
#: what is scheduled ("the governor takes office on Jan. 2", "the committee meets on March
#: 20"). Kept to verbs that rarely tell what happened: no reporting verbs ("says", "tells"),
#: none that headlines use for news ("signs", "wins", "kills").
_SCHEDULE_VERBS: Final = frozenset(
    {
        "takes", "meets", "convenes", "reconvenes", "resumes", "returns", "starts", "begins",
        "ends", "opens", "reopens", "closes", "launches", "kicks", "debuts", "premieres",
        "airs", "arrives", "departs", "concludes", "finishes", "goes", "enters",
        "holds", "hosts", "plays",
    }
)  # fmt: skip
#: How many words may stand between a verb of a timetable and its date ("returns to court on").
_SCHEDULE_REACH: Final = 3
#: Words that make the present a habit or a condition, not a timetable ("usually meets in
#: March", "meets in March every year", "unless it starts in January").
_HABITUAL: Final = frozenset(
    {
        "usually", "often", "always", "normally", "typically", "generally", "traditionally",
        "regularly", "sometimes", "rarely", "seldom", "never", "frequently", "occasionally",
        "routinely", "every", "each", "annually", "if", "unless", "whenever",
    }
)  # fmt: skip
#: Words between a verb of a timetable and its date that make it no timetable: the date is of
#: something else ("the move comes after talks on Monday") or a market's day ("closes higher
#: on Friday").
_UNSCHEDULED: Final = frozenset(
    {
        "after", "as", "amid", "following", "since", "before", "despite", "higher", "lower",
        "up", "down", "flat", "mixed",
    }
)  # fmt: skip
#: Words after a verb of a timetable that make it a noun: a finite verb follows in its clause
#: ("housing starts in May rose", "returns in March were weak").
_FINITE: Final = frozenset({"is", "are", "was", "were", "has", "have", "had", "do", "does", "did"})
#: Characters that end a sentence of body text; a line without one is a headline's.
_SENTENCE_ENDS: Final = frozenset(".!?")
#: Characters between two tokens that end a clause, and those that end a quotation.
_CLAUSE_ENDS: Final = frozenset(',;:()[]\u2014\u2013"“”`')
_QUOTES: Final = frozenset('"“”`')


class _Cue(NamedTuple):
    bias: Bias
    sure: bool  # a modal, an auxiliary or an irregular past, not a word in "-ed"


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
    if _names_a_noun(tokens, start, end):
        return None  # "the Jan. 6 attack"
    for ends in (_CLAUSE_ENDS, _QUOTES):
        first, stop = _bounds(text, tokens, start, end, ends)
        found = _nearest(text, tokens, (start, end), (first, stop), timetable=ends is _CLAUSE_ENDS)
        if found is not None:
            return found
    return None


def tense_in_passage(phrase: str, passage: str) -> Bias | None:
    """The bias the verb nearest ``phrase`` gives where ``passage`` has it, else ``None``.

    >>> tense_in_passage("on Oct. 9", "He says he will dissolve the house on Oct. 9.")
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
    if bias is None or isinstance(expression, Since):
        return context  # "closed since March will reopen": the stretch began in the past
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
    text: str,
    tokens: list[Token],
    phrase: tuple[int, int],
    clause: tuple[int, int],
    *,
    timetable: bool,
) -> Bias | None:
    """The bias of the nearest cue before the phrase in ``tokens[first:stop]``, else after it.

    Of the cues before, a sure one wins over a nearer weak one only if less than twice as far.
    A verb of a timetable counts only in the date's own clause (``timetable``), not across a
    bracket or a semicolon.
    """
    (start, end), (first, stop) = phrase, clause
    found: tuple[int, Bias] | None = None
    distance = 0
    for index in range(start - 1, first - 1, -1):
        if tokens[index].kind != "word":
            continue
        distance += 1
        if distance == 1 and tokens[index].text in _DEADLINE_WORDS:
            return Bias.FUTURE  # "payable Dec. 7", "expires on Friday": a date still to come
        cue = _cue(text, tokens, index)
        if cue is None or (tokens[index].text in _REPORTING and distance > _REPORTING_REACH):
            continue
        score = distance if cue.sure else 2 * distance
        if found is None or score < found[0]:
            found = (score, cue.bias)
    scheduled = _timetable(text, tokens, phrase, clause) if timetable else None
    if scheduled is not None and (found is None or 2 * scheduled < found[0]):
        return Bias.FUTURE
    if found is not None:
        return found[1]
    for index in range(end, stop):
        token = tokens[index]
        if token.kind != "word":
            continue
        if token.text in _CLAUSE_OPENERS:
            break
        cue = _cue(text, tokens, index)
        if cue is not None and token.text not in _REPORTING:
            return cue.bias
    return None


def _timetable(
    text: str, tokens: list[Token], phrase: tuple[int, int], clause: tuple[int, int]
) -> int | None:
    """How far before the date a verb of a timetable stands, if one names it as scheduled.

    The simple present looks ahead only in body text ("The committee meets on March 20."), not
    in a headline, which tells news in the present ("Senate meets on Monday"), nor as a habit
    ("usually meets in March", "meets in March every year"), nor where the date's weekday picks
    its year ("opens Sat. 5 June"). The verb must be in lower case, not after "the", "a", a
    possessive or a figure, and no finite verb may follow the date in its clause, which would
    make it a noun ("housing starts in May rose"). Its score is a weak cue's.
    """
    (start, end), (first, stop) = phrase, clause
    if not _in_body_text(text, tokens[end - 1].end):
        return None
    named = [t for t in tokens[start:end] if t.text in WEEKDAYS]
    if named and any(t.kind == "number" for t in tokens[start:end]):
        return None  # "opens Sat. 5 June": the weekday picks the year
    words = [i for i in range(first, stop) if tokens[i].kind == "word"]
    if any(tokens[i].text in _HABITUAL for i in words):
        return None
    after = [i for i in words if i >= end]
    if any(_finite(text, tokens, i) for i in after):
        return None
    before = [i for i in reversed(words) if i < start][:_SCHEDULE_REACH]
    for distance, index in enumerate(before, 1):
        token = tokens[index]
        written = text[token.start : token.end]
        previous = tokens[index - 1].text if index > 0 else ""
        if _cue(text, tokens, index) is not None or token.text in _UNSCHEDULED:
            return None  # a verb of its own stands nearer, or the date is not the verb's
        if (
            token.text in _SCHEDULE_VERBS
            and written[0].islower()
            and previous not in _BEFORE_ADJECTIVES
            and previous not in _AUXILIARIES
            and previous not in _MODALS
            and (index == 0 or tokens[index - 1].kind != "number")
        ):
            return distance
    return None


def _finite(text: str, tokens: list[Token], index: int) -> bool:
    """Whether the word at ``index`` may be a verb of its own, in any tense ("rose", "were")."""
    word = tokens[index].text
    return (
        word in _FINITE
        or word in _MODALS
        or word in PAST_VERBS
        or word in _PAST_OR_PRESENT
        or (word.endswith("ed") and len(word) >= _SHORTEST_PAST)
        or _cue(text, tokens, index) is not None
    )


def _in_body_text(text: str, at: int) -> bool:
    """Whether the line holding offset ``at`` goes on to end a sentence after it."""
    line_end = text.find("\n", at)
    rest = text[at : len(text) if line_end < 0 else line_end]
    return bool(_SENTENCE_ENDS.intersection(rest))


def _names_a_noun(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the date, after "the", names the noun after it ("the Jan. 6 attack")."""
    the = any(t.text == "the" for t in tokens[max(0, start - 1) : end])
    following = tokens[end] if end < len(tokens) else None
    return (
        the
        and following is not None
        and following.kind == "word"
        and following.text not in _JOINING_WORDS
        and following.text not in _MODALS
    )


def _cue(text: str, tokens: list[Token], index: int) -> _Cue | None:
    """Which way the word at ``index`` looks, if it is a verb that says."""
    token = tokens[index]
    word, written = token.text, text[token.start : token.end]
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    before = tokens[index - 1].text if index > 0 else ""
    spelled = written.lower().replace("\u2019", "'")
    if spelled.endswith("'ll") or spelled in ("won't", "shan't"):
        return _Cue(Bias.FUTURE, sure=True)  # "they'll", "won't"
    if word in _MODALS:
        return _modal(tokens, index, written)
    if word in INTENT_WORDS and following in _INTENT_FOLLOWERS and before in _PRESENT_BE:
        return _Cue(Bias.FUTURE, sure=True)  # "is due to", "are set to", "is scheduled for"
    if word in _INTENT_VERBS and following == "to":
        return _Cue(Bias.FUTURE, sure=True)  # "plans to", "hopes to"
    if word == "going" and following == "to":
        return _Cue(Bias.FUTURE, sure=True)
    if word == "be" and before == "to" and index > 1 and tokens[index - 2].text in _PRESENT_BE:
        return _Cue(Bias.FUTURE, sure=True)  # "is to be held"; not "believed to be"
    if before in _AUXILIARIES or before in _MODALS:
        return None  # a participle: the auxiliary before it decides
    if word in PAST_VERBS or word in _REPORTING:
        return _Cue(Bias.PAST, sure=True)
    if word in _PAST_OR_PRESENT:
        return _Cue(Bias.PAST, sure=False)
    if word.endswith("ed") and len(word) >= _SHORTEST_PAST and written[0].islower():
        return None if before in _BEFORE_ADJECTIVES else _Cue(Bias.PAST, sure=False)
    return None


def _reported_future(tokens: list[Token], index: int) -> _Cue | None:
    """What "would" says: ahead after a verb that reports speech, else nothing.

    "It said two new flights would leave on Monday" is what was announced; "would not say on
    Friday" and "in June he would sign it" decide nothing.
    """
    following = [t.text for t in tokens[index + 1 : index + 3] if t.kind == "word"]
    if not following or following[0] in ("not", "have") or following[:2] == ["never", "have"]:
        return None
    window = range(max(0, index - 6), index)
    reported = any(
        tokens[i].text in _REPORTING and not (i > 0 and tokens[i - 1].text in ("was", "were"))
        for i in window
    )  # "it was announced that ... would": told as the story's background, not news
    return _Cue(Bias.FUTURE, sure=True) if reported else None


def _modal(tokens: list[Token], index: int, written: str) -> _Cue | None:
    """A modal's direction: ahead, or back when "have" follows ("may not have").

    "Will" capitalised opens a question or a name ("Will Smith"), and after "the" or a
    possessive it is a noun ("the will was read"); "would" is read by ``_reported_future``.
    """
    word = tokens[index].text
    before = tokens[index - 1].text if index > 0 else ""
    if word == "would":
        return _reported_future(tokens, index)
    if before in _BEFORE_ADJECTIVES:
        return None
    if not written[0].islower():
        following = tokens[index + 1].text if index + 1 < len(tokens) else ""
        if not (word == "will" and index == 0 and following in _QUESTION_SUBJECTS):
            return None  # "Will Smith slapped ...", "May said ..."
    ahead = [t.text for t in tokens[index + 1 : index + 4] if t.kind == "word"]
    for following_word in ahead:
        if following_word == "have" and word != "will":
            return _Cue(Bias.PAST, sure=True)  # "might not have slept"
        if following_word not in _ADVERBS:
            break
    return _Cue(Bias.FUTURE, sure=True)
