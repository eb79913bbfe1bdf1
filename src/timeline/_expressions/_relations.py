"""Nodes that place a date by another: shifts, anniversaries, before and after, parts."""

from __future__ import annotations

import enum
from typing import Final

import attrs

from timeline import _calendar as cal
from timeline._context import (
    Context,
    PartsConvention,
    ShiftGrain,
    Value,
)
from timeline._duration import Duration
from timeline._expressions._base import Expression, date_of, fuzzy, unit_around
from timeline._expressions._dates import CurrentUnit, Named, Now, Previous
from timeline._fuzzy import FuzzyDate
from timeline._patterns import (
    Selector,
    Span,
    ordinal,
)
from timeline._period import Period
from timeline._precision import Precision
from timeline.errors import ResolutionError


@attrs.frozen(slots=True)
class Shift(Expression):
    """A date moved by a calendar amount ("three years ago", "3 days after {doha}").

    The amount's sign gives the direction; a zero amount points forward, so "at least 0 days"
    is on or after the anchor.

    >>> Shift(CurrentUnit(Precision.DAY), Duration(weeks=-1)).resolve(
    ...     Context(reference="2013-02-12")).value
    FuzzyDate.day(2013, 2, 5)
    """

    anchor: Expression
    amount: Duration

    def at(self, ctx: Context, ref: int) -> Value:
        """The anchor's days moved by the amount (a period moves by its end, or its start)."""
        side = "start" if self.amount.is_negative else "end"
        base = date_of(self.anchor.at(ctx, ref), self.anchor.phrase(), side=side)
        moved = base.shift(self.amount, about=ctx.about)
        if self._from_reference() and ctx.shift_grain is ShiftGrain.FINER:
            finer = _FINER.get(largest_unit(self.amount))
            if finer is not None:
                lo = unit_around(moved.earliest_day, finer, ctx)[0]
                hi = unit_around(moved.latest_day, finer, ctx)[1]
                return fuzzy((lo, hi), finer)
        return moved

    def _from_reference(self) -> bool:
        return isinstance(self.anchor, Now)

    def children(self) -> tuple[Expression, ...]:
        """The anchor."""
        return (self.anchor,)

    def is_point(self) -> bool:
        """A moved point is a point."""
        return self.anchor.is_point()

    def phrase(self) -> str:
        """E.g. "in 3 weeks", "2 years ago", "3 days after X", "2 days later"."""
        amount = self.amount
        return self._worded(str(-amount if amount.is_negative else amount))

    def _worded(self, text: str) -> str:
        """The phrase with ``text`` said for the amount ("2 or 3 days" in "2 or 3 days ago")."""
        forward = not self.amount.is_negative
        if self._from_reference():
            return f"in {text}" if forward else f"{text} ago"
        if self.anchor == CurrentUnit(Precision.DAY, 0):
            return f"{text} {'from' if forward else 'before'} today"
        if isinstance(self.anchor, Previous):
            return f"{text} {'later' if forward else 'earlier'}"
        return f"{text} {'after' if forward else 'before'} {self.anchor.phrase()}"

    def rule(self, ctx: Context) -> str:
        """E.g. "shift"."""
        return "shift from the reference" if self._from_reference() else "shift"


_FINER: Final = {
    "years": Precision.MONTH,
    "months": Precision.DAY,
    "weeks": Precision.DAY,
}


UNIT_NAMES: Final = ("years", "months", "weeks", "days")


def largest_unit(amount: Duration) -> str:
    """The name of the largest unit an amount has ("days" for none)."""
    for name in UNIT_NAMES:
        if getattr(amount, name):
            return name
    return "days"


def only_unit(amount: Duration) -> str | None:
    """The name of the one unit an amount counts ("3 months"), or ``None`` for a mixed one."""
    unit = largest_unit(amount)
    return None if any(getattr(amount, name) for name in UNIT_NAMES if name != unit) else unit


@attrs.frozen(slots=True)
class Anniversary(Expression):
    """The nth anniversary of a date ("the 20th anniversary of {sept-11}").

    >>> from timeline.expressions import Absolute
    >>> Anniversary(20, Absolute(FuzzyDate.day(2001, 9, 11))).resolve().value
    FuzzyDate.day(2021, 9, 11)
    """

    count: int
    anchor: Expression

    def at(self, ctx: Context, ref: int) -> Value:
        """The anchor moved by ``count`` calendar years.

        A date given without its year ("the 20th anniversary of 11 September") already names
        the anniversary itself: the bias picks which 11 September, and nothing is moved.
        """
        if isinstance(self.anchor, Named) and self.anchor.selector is Selector.BIAS:
            return self.anchor.at(ctx, ref)
        base = date_of(self.anchor.at(ctx, ref), self.anchor.phrase(), side="start")
        return base.shift(Duration(years=self.count))

    def children(self) -> tuple[Expression, ...]:
        """The anchor."""
        return (self.anchor,)

    def is_point(self) -> bool:
        """The anniversary of an event is a point."""
        return self.anchor.is_point()

    def rule(self, ctx: Context) -> str:
        """E.g. "anniversary"."""
        return "anniversary"

    def phrase(self) -> str:
        """E.g. "the 20th anniversary of X"."""
        return f"the {ordinal(self.count)} anniversary of {self.anchor.phrase()}"


@attrs.frozen(slots=True)
class After(Expression):
    """Some day after a date ("after {us-withdrawal}").

    >>> from timeline.expressions import Absolute
    >>> After(Absolute(FuzzyDate.year(2013))).resolve().value.earliest
    Date(2014, 1, 1)
    """

    anchor: Expression
    #: "on or after X": from X's first possible day on, X itself included.
    inclusive: bool = False

    def at(self, ctx: Context, ref: int) -> Value:
        """From the day after the anchor's last possible day (its first, if inclusive)."""
        if self.inclusive:
            base = date_of(self.anchor.at(ctx, ref), self.anchor.phrase(), side="start")
            return FuzzyDate(base.earliest_day, cal.MAX_DAY)
        base = date_of(self.anchor.at(ctx, ref), self.anchor.phrase(), side="end")
        last = base.earliest_day if self.anchor.is_point() else base.latest_day
        return FuzzyDate(cal.check_day(last + 1), cal.MAX_DAY)

    def children(self) -> tuple[Expression, ...]:
        """The anchor."""
        return (self.anchor,)

    def rule(self, ctx: Context) -> str:
        """E.g. "after a date"."""
        return "on or after a date" if self.inclusive else "after a date"

    def phrase(self) -> str:
        """E.g. "after X", "on or after X"."""
        return f"{'on or ' if self.inclusive else ''}after {self.anchor.phrase()}"


@attrs.frozen(slots=True)
class Before(Expression):
    """Some day before a date ("before the 20th anniversary of {sept-11}").

    >>> from timeline.expressions import Absolute
    >>> Before(Absolute(FuzzyDate.year(2014))).resolve().value.latest
    Date(2013, 12, 31)
    """

    anchor: Expression
    #: "on or before X" ("no later than X"): up to X's last possible day, X itself included.
    inclusive: bool = False

    def at(self, ctx: Context, ref: int) -> Value:
        """Up to the day before the anchor's first possible day (its last, if inclusive)."""
        if self.inclusive:
            base = date_of(self.anchor.at(ctx, ref), self.anchor.phrase(), side="end")
            return FuzzyDate(cal.MIN_DAY, base.latest_day)
        base = date_of(self.anchor.at(ctx, ref), self.anchor.phrase(), side="start")
        first = base.latest_day if self.anchor.is_point() else base.earliest_day
        return FuzzyDate(cal.MIN_DAY, cal.check_day(first - 1))

    def children(self) -> tuple[Expression, ...]:
        """The anchor."""
        return (self.anchor,)

    def rule(self, ctx: Context) -> str:
        """E.g. "before a date"."""
        return "on or before a date" if self.inclusive else "before a date"

    def phrase(self) -> str:
        """E.g. "before X", "on or before X"."""
        return f"{'on or ' if self.inclusive else ''}before {self.anchor.phrase()}"


@attrs.frozen(slots=True)
class Circa(Expression):
    """A date given as approximate ("circa 1850", "c. 1850", "about 1850").

    The days are the anchor's: "circa" says the source is not sure, not by how much, so the
    value is marked approximate (EDTF's ``~``) rather than widened by a guess.

    >>> from timeline.expressions import Absolute
    >>> Circa(Absolute(FuzzyDate.year(1850))).resolve().value.edtf()
    '1850~'
    """

    anchor: Expression

    def at(self, ctx: Context, ref: int) -> Value:
        """The anchor's value, marked approximate."""
        value = self.anchor.at(ctx, ref)
        if isinstance(value, FuzzyDate):
            return attrs.evolve(value, approximate=True)
        if isinstance(value, Period):
            start, end = value.start, value.end
            return Period(
                attrs.evolve(start, approximate=True) if isinstance(start, FuzzyDate) else start,
                attrs.evolve(end, approximate=True) if isinstance(end, FuzzyDate) else end,
            )
        msg = f"{self.anchor.phrase()!r} is a length of time; 'circa' goes with a date"
        raise ResolutionError(msg)

    def children(self) -> tuple[Expression, ...]:
        """The anchor."""
        return (self.anchor,)

    def is_point(self) -> bool:
        """An approximate point is a point."""
        return self.anchor.is_point()

    def phrase(self) -> str:
        """E.g. "circa 1850"."""
        return f"circa {self.anchor.phrase()}"

    def rule(self, ctx: Context) -> str:
        """E.g. "approximate date"."""
        return "approximate date"


@attrs.frozen(slots=True)
class EventRef(Expression):
    """Another event, by its id in braces ("{doha-agreement}").

    >>> EventRef("sept-11").resolve(Context(events={"sept-11": FuzzyDate.day(2001, 9, 11)})).value
    FuzzyDate.day(2001, 9, 11)
    """

    id: str

    def at(self, ctx: Context, ref: int) -> Value:
        """The other event's date, from the context's lookup."""
        return ctx.event(self.id)

    def uses_reference(self) -> bool:
        """Events come from the lookup, not the reference."""
        return False

    def with_events(self, ids: dict[str, str]) -> Expression:
        """This reference, renamed."""
        return EventRef(ids.get(self.id, self.id))

    def event_ids(self) -> frozenset[str]:
        """Its own id."""
        return frozenset({self.id})

    def is_point(self) -> bool:
        """An event happened on one (unknown) day."""
        return True

    def phrase(self) -> str:
        """E.g. "{id}"."""
        return f"{{{self.id}}}"

    def rule(self, ctx: Context) -> str:
        """E.g. "event reference"."""
        return "event reference"


@attrs.frozen(slots=True)
class TenureStart(Expression):
    """The day the person an event is about took the office it is about ("taking office").

    "More than three years on the job" counts from it. Only an event in a timeline, with a
    person and an office, can say whose tenure it is: the timeline binds it to the event that
    opened the tenure (:meth:`Expression.with_tenure_start`).

    >>> Shift(TenureStart(), Duration(years=3)).phrase()
    '3 years after taking office'
    """

    def at(self, ctx: Context, ref: int) -> Value:
        """Nothing on its own: whose tenure is it?"""
        msg = (
            f"{self.phrase()!r} counts from the start of a tenure; give it as evidence for an "
            "event with a person and an office in a Timeline that holds their appointment"
        )
        raise ResolutionError(msg)

    def uses_reference(self) -> bool:
        """The tenure's start comes from the timeline, not the reference."""
        return False

    def with_tenure_start(self, event_id: str) -> Expression:
        """The event that opened the tenure."""
        return EventRef(event_id)

    def area_phrase(self) -> str:
        """Units are counted in office: "the 100th day in office"."""
        return "in office"

    def counts_from_tenure(self) -> bool:
        """It does."""
        return True

    def is_point(self) -> bool:
        """Taking office happened on one (unknown) day."""
        return True

    def phrase(self) -> str:
        """The phrase: "taking office"."""
        return "taking office"

    def rule(self, ctx: Context) -> str:
        """The rule: "start of the tenure"."""
        return "start of the tenure"


class Part(enum.Enum):
    """A part of a unit: "early", "mid", "late", halves, and two thirds ("mid-to-late")."""

    EARLY = "early"
    MID = "mid"
    LATE = "late"
    BEGINNING = "the beginning of"
    END = "the end of"
    FIRST_HALF = "the first half of"
    SECOND_HALF = "the second half of"
    EARLY_TO_MID = "early-to-mid"
    MID_TO_LATE = "mid-to-late"


@attrs.frozen(slots=True)
class PartOf(Expression):
    """A part of a unit ("early 1990s", "mid-2019", "the end of May").

    >>> from timeline.expressions import Absolute
    >>> PartOf(Absolute(FuzzyDate.month(2013, 3)), Part.EARLY).resolve().value
    FuzzyDate.between('2013-03-01', '2013-03-10')
    """

    base: Expression
    part: Part

    def at(self, ctx: Context, ref: int) -> Value:
        """The part of the base's span, by the context's parts convention."""
        base = date_of(self.base.at(ctx, ref), self.base.phrase())
        if base.precision is Precision.DAY or base.days == 1:
            return base  # "late Tuesday" is Tuesday: dates keep days, not times of day
        return FuzzyDate(*_part_span(base, self.part, ctx))

    def children(self) -> tuple[Expression, ...]:
        """The base."""
        return (self.base,)

    def phrase(self) -> str:
        """E.g. "early March 2013", "the end of next week"."""
        return f"{self.part.value} {self.base.phrase()}"

    def rule(self, ctx: Context) -> str:
        """E.g. "early part of a unit"."""
        return f"{self.part.name.lower().replace('_', ' ')} part of a unit"


#: The fewest whole years that are divided into thirds by years rather than by days.
_THIRDS: Final = 3


def _part_span(base: FuzzyDate, part: Part, ctx: Context) -> Span:
    """Divide a unit into thirds (or halves) of its natural parts."""
    lo, hi = base.earliest_day, base.latest_day
    precision = base.precision
    if precision in (Precision.YEAR, Precision.QUARTER, Precision.SEASON):
        months = cal.months_between(lo, hi + 1)
        first, last = _thirds(months, part, ctx, precision)
        return cal.add_months(lo, first), cal.add_months(lo, last + 1) - 1
    first_year, first_month, first_day = cal.civil_from_day(lo)
    last_year, last_month, last_day = cal.civil_from_day(hi)
    whole_years = (first_month, first_day, last_month, last_day) == (1, 1, 12, 31)
    if precision in (Precision.DECADE, Precision.CENTURY, Precision.MILLENNIUM) or (
        # "the early 20th century" (1901-2000); two years ("late 2019/20") have no thirds
        whole_years and last_year - first_year + 1 >= _THIRDS
    ):
        years = last_year - first_year + 1
        first, last = _thirds(years, part, ctx, precision)
        start_year = cal.civil_from_day(lo)[0]
        return cal.year_span(start_year + first, start_year + last)
    first, last = _thirds(hi - lo + 1, part, ctx, precision)
    return lo + first, lo + last


def _thirds(size: int, part: Part, ctx: Context, precision: Precision) -> tuple[int, int]:
    """First and last index (0-based) of a part of ``size`` natural parts."""
    if part is Part.FIRST_HALF:
        return 0, (size + 1) // 2 - 1
    if part is Part.SECOND_HALF:
        return (size + 1) // 2, size - 1
    if precision is Precision.MONTH:
        cuts = (10, 20)  # days 1-10, 11-20, 21-end, as calendars and Duckling divide months
    elif precision is Precision.WEEK:
        cuts = (3, 4)  # Monday-Wednesday, Thursday, Friday-Sunday
    else:
        # The first third rounds up and the last down: decades 0-3 / 4-6 / 7-9, years
        # January-April / May-August / September-December, centuries 0-33 / 34-66 / 67-99.
        cuts = (-(-size // 3), size - size // 3)
    if (
        precision is Precision.YEAR
        and ctx.parts is PartsConvention.DUCKLING
        and part is Part.BEGINNING
    ):
        return 0, 2
    if part in (Part.EARLY, Part.BEGINNING):
        return 0, cuts[0] - 1
    if part is Part.MID:
        return cuts[0], cuts[1] - 1
    if part is Part.EARLY_TO_MID:
        return 0, cuts[1] - 1
    if part is Part.MID_TO_LATE:
        return cuts[0], size - 1
    return cuts[1], size - 1
