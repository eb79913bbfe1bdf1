"""Which phrases count on from a date the text told before them ("the next day")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline._expressions._dates import CurrentUnit, Named, NthInUnit, Previous, WithinUnit
from timeline._expressions._periods import Recent
from timeline._expressions._relations import Shift
from timeline._patterns import Selector

if TYPE_CHECKING:
    from timeline._expressions._base import Expression

__all__ = ["from_the_story", "told_before"]


def from_the_story(expression: Expression) -> bool:
    """Whether a phrase counts from the story's last date and not back from today.

    "The next day", "two days later", "that week" follow a date the story told, which only
    a story read in order knows; "a year earlier" in a report is a year before it was
    written, as "a year ago" is, and is counted from the reference.

    >>> from timeline import parse
    >>> from_the_story(parse("two days later")), from_the_story(parse("a year earlier"))
    (True, False)
    """
    if isinstance(expression, Shift) and isinstance(expression.anchor, Previous):
        return not expression.amount.is_negative
    if isinstance(expression, CurrentUnit) and isinstance(expression.anchor, Previous):
        return expression.offset >= 0
    if isinstance(expression, WithinUnit | Recent) and expression.story:
        return True  # "later that week", "earlier that month", "the following days"
    if isinstance(expression, Named) and _the_story_or_its_edge(expression.anchor):
        return expression.selector is Selector.AFTER  # "the following summer"
    return any(from_the_story(child) for child in expression.children())


def _the_story_or_its_edge(anchor: Expression | None) -> bool:
    """Whether an anchor is the story's date or its last day ("the following summer")."""
    if isinstance(anchor, NthInUnit):
        anchor = anchor.unit
    return isinstance(anchor, Previous)


def told_before(expression: Expression) -> bool:
    """Whether a phrase counts from a date the text told before it, either way.

    "The next day" and "the day before" both do; "a year ago" counts from the reference.

    >>> from timeline import parse
    >>> told_before(parse("the day before")), told_before(parse("a year ago"))
    (True, False)
    """
    return from_the_story(expression) or _names_the_story(expression)


def _names_the_story(expression: Expression) -> bool:
    return isinstance(expression, Previous) or any(
        _names_the_story(child) for child in expression.children()
    )
