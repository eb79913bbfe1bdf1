"""Warnings that point at the caller's line, however deep inside the package they arise."""

from __future__ import annotations

import sys
import warnings
from typing import TYPE_CHECKING

from timeline.errors import TimelineWarning

if TYPE_CHECKING:
    from types import FrameType

__all__ = ["warn"]


def warn(message: str) -> None:
    """Issue a ``TimelineWarning`` attributed to the first frame outside ``timeline``.

    A fixed ``stacklevel`` would be right for one path only: the same EDTF text can be read
    by ``FuzzyDate.from_edtf``, by ``Period.from_edtf`` or inside a phrase.
    """
    level = 2  # 1 is this function's own call to warnings.warn, 2 is its caller
    frame: FrameType | None = sys._getframe(1)  # noqa: SLF001 - the way to count our frames
    while frame is not None and str(frame.f_globals.get("__name__", "")).startswith("timeline"):
        frame = frame.f_back
        level += 1
    warnings.warn(message, TimelineWarning, stacklevel=level)
