"""Small helpers for the English of messages."""

from __future__ import annotations

__all__ = ["with_article"]


def with_article(noun: str) -> str:
    """The noun with "a" or "an" before it, by its first letter.

    >>> with_article("agreement"), with_article("resignation")
    ('an agreement', 'a resignation')
    """
    return f"an {noun}" if noun[:1].lower() in "aeiou" else f"a {noun}"
