"""Monotone maps between days: how one event's day bounds another's.

Evidence such as "3 days after {x}" or "more than three years after {x}" says that an event's
day ``y`` lies in ``[low(x), high(x)]`` for the day ``x`` of another event, where ``low`` and
``high`` never decrease as ``x`` grows. Such a constraint can be propagated on bounds alone:
``y >= low(x.lo)``, ``y <= high(x.hi)``, and back again through the maps' generalised inverses.
"""

from __future__ import annotations

from typing import Final

import attrs

from timeline import _calendar as cal
from timeline.errors import OutOfRangeError

__all__ = ["NEVER_AFTER", "NEVER_BEFORE", "CalendarShift", "DayShift", "Map", "Then", "then"]

#: Offsets beyond any two supported days: a bound that never binds.
_SPAN: Final = cal.MAX_DAY - cal.MIN_DAY + 2


class Map:
    """A non-decreasing map from day numbers to day numbers (clamped to the supported range)."""

    def apply(self, day: int) -> int:
        """The image of ``day``."""
        raise NotImplementedError  # pragma: no cover - every map overrides it

    def last_at_most(self, bound: int) -> int:
        """The largest day whose image is at most ``bound`` (``MIN_DAY - 1`` if none)."""
        lo, hi = cal.MIN_DAY - 1, cal.MAX_DAY
        while lo < hi:
            middle = (lo + hi + 1) // 2
            if self.apply(middle) <= bound:
                lo = middle
            else:
                hi = middle - 1
        return lo

    def first_at_least(self, bound: int) -> int:
        """The smallest day whose image is at least ``bound`` (``MAX_DAY + 1`` if none)."""
        lo, hi = cal.MIN_DAY, cal.MAX_DAY + 1
        while lo < hi:
            middle = (lo + hi) // 2
            if self.apply(middle) >= bound:
                hi = middle
            else:
                lo = middle + 1
        return lo


@attrs.frozen(slots=True)
class DayShift(Map):
    """``x + days``: a difference constraint's bound.

    >>> DayShift(3).apply(10), DayShift(3).last_at_most(10), DayShift(3).first_at_least(10)
    (13, 7, 7)
    """

    days: int

    def apply(self, day: int) -> int:
        """``day + days``."""
        return day + self.days

    def last_at_most(self, bound: int) -> int:
        """``bound - days``."""
        return bound - self.days

    def first_at_least(self, bound: int) -> int:
        """``bound - days``."""
        return bound - self.days


#: The lower map of "no lower bound" and the upper map of "no upper bound".
NEVER_BEFORE: Final = DayShift(-_SPAN)
NEVER_AFTER: Final = DayShift(_SPAN)


@attrs.frozen(slots=True)
class CalendarShift(Map):
    """Calendar years and months, then days: "3 years after", with month-end clamping.

    >>> shift = CalendarShift(months=12)
    >>> cal.iso_of(shift.apply(cal.make_day(2020, 2, 29)))
    '2021-02-28'
    >>> cal.iso_of(shift.last_at_most(cal.make_day(2021, 2, 28)))
    '2020-02-29'
    """

    months: int = 0
    days: int = 0

    def apply(self, day: int) -> int:
        """The day moved along the calendar, clamped to the supported range."""
        try:
            return cal.add_months(day, self.months) + self.days
        except OutOfRangeError:
            return cal.MAX_DAY + 1 if self.months > 0 else cal.MIN_DAY - 1

    def last_at_most(self, bound: int) -> int:
        """Closed form near ``bound`` minus the amount, corrected by a few steps."""
        guess = self._back(bound)
        while guess + 1 <= cal.MAX_DAY and self.apply(guess + 1) <= bound:
            guess += 1
        while guess >= cal.MIN_DAY and self.apply(guess) > bound:
            guess -= 1
        return guess

    def first_at_least(self, bound: int) -> int:
        """Closed form near ``bound`` minus the amount, corrected by a few steps."""
        guess = self._back(bound)
        while guess - 1 >= cal.MIN_DAY and self.apply(guess - 1) >= bound:
            guess -= 1
        while guess <= cal.MAX_DAY and self.apply(guess) < bound:
            guess += 1
        return guess

    def _back(self, bound: int) -> int:
        start = min(max(bound - self.days, cal.MIN_DAY), cal.MAX_DAY)
        try:
            return cal.add_months(start, -self.months)
        except OutOfRangeError:
            return cal.MIN_DAY if self.months > 0 else cal.MAX_DAY


@attrs.frozen(slots=True)
class Then(Map):
    """One map after another: ``second(first(x))``.

    >>> Then(DayShift(1), DayShift(2)).apply(10)
    13
    """

    first: Map
    second: Map

    def apply(self, day: int) -> int:
        """``second(first(day))``."""
        return self.second.apply(self.first.apply(day))

    def last_at_most(self, bound: int) -> int:
        """Through the second map's preimage, then the first's."""
        return self.first.last_at_most(self.second.last_at_most(bound))

    def first_at_least(self, bound: int) -> int:
        """Through the second map's preimage, then the first's."""
        return self.first.first_at_least(self.second.first_at_least(bound))


def then(first: Map, second: Map) -> Map:
    """``second`` after ``first``, simplified where the result is a plain shift.

    Day shifts add up, and a shift that never binds stays one, so difference constraints stay
    on the network's fast path.

    >>> then(DayShift(3), DayShift(-1))
    DayShift(days=2)
    >>> then(DayShift(0), CalendarShift(months=12))
    CalendarShift(months=12, days=0)
    """
    if first in (NEVER_BEFORE, NEVER_AFTER):
        return first
    if second in (NEVER_BEFORE, NEVER_AFTER):
        return second
    if isinstance(first, DayShift) and isinstance(second, DayShift):
        return DayShift(first.days + second.days)
    if first == DayShift(0):
        return second
    if second == DayShift(0):
        return first
    if isinstance(first, CalendarShift) and isinstance(second, DayShift):
        return CalendarShift(months=first.months, days=first.days + second.days)
    return Then(first, second)
