"""The context a relative phrase is resolved in, with its conventions, and the result."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, Final

import attrs

from timeline._calendar import Hemisphere, SeasonConvention, Weekday
from timeline._duration import DEFAULT_ABOUT, Duration
from timeline._fuzzy import DateLike, FuzzyDate
from timeline._period import Period
from timeline.errors import ResolutionError, UnknownEventError, ValidationError

if TYPE_CHECKING:
    from collections.abc import Mapping

    from timeline.expressions import Expression

__all__ = [
    "Bias",
    "Context",
    "DateOrder",
    "NextWeekday",
    "PartsConvention",
    "RecentUnits",
    "Resolution",
    "ShiftGrain",
    "UpcomingCount",
    "Value",
]

#: What a phrase resolves to.
Value = FuzzyDate | Period | Duration


class Bias(enum.Enum):
    """Which occurrence an unanchored name means ("on Monday", "in May").

    ``PAST``: the latest one on or before the reference (the reference day itself when it is a
    Monday, as news style has it); ``FUTURE``: the next one (a day strictly after the reference,
    a month or season from the one that contains it); ``NEAREST``: whichever is closer, the past
    one on a tie.

    >>> Bias("future")
    <Bias.FUTURE: 'future'>
    """

    PAST = "past"
    FUTURE = "future"
    NEAREST = "nearest"


class NextWeekday(enum.Enum):
    """What "next Friday" and "last Friday" mean.

    ``IN_ADJACENT_WEEK`` (the default): the Friday of next (or last) week, as Duckling, SUTime,
    Recognizers-Text, chrono and ctparse all read it; ``COMING``: the first Friday after (or
    before) the reference day. "Next weekend" follows the same choice; "the coming Friday"
    and "the coming weekend" are the first after the reference under both.

    >>> NextWeekday.COMING.value
    'coming'
    """

    COMING = "coming"
    IN_ADJACENT_WEEK = "in adjacent week"


class RecentUnits(enum.Enum):
    """What "the last two weeks" and "the next three months" cover.

    ``ROLLING``: the stretch that ends on the reference day (or starts the day after it);
    ``ROLLING_TO_YESTERDAY``: the same length ending the day before the reference, as
    Recognizers-Text reads "the past 3 weeks" (the next ones still start tomorrow);
    ``WHOLE_UNITS``: whole calendar units before (or after) the current one, as Duckling reads
    it; "last two days" is then yesterday and the day before.

    >>> RecentUnits.ROLLING.value
    'rolling'
    """

    ROLLING = "rolling"
    ROLLING_TO_YESTERDAY = "rolling to yesterday"
    WHOLE_UNITS = "whole units"


class PartsConvention(enum.Enum):
    """What "early", "mid", "late", "the beginning of" and "the end of" a unit cover.

    ``THIRDS``: thirds of the unit, counted in its natural parts (days of a month: 1-10, 11-20,
    21-end; months of a year: January-April, May-August, September-December; days of a week:
    Monday-Wednesday, Thursday, Friday-Sunday; years of a decade: 0-3, 4-6, 7-9; of a
    century: 0-33, 34-66, 67-99);
    ``DUCKLING``: the same except that the beginning of a year is January-March.

    >>> PartsConvention.THIRDS.value
    'thirds'
    """

    THIRDS = "thirds"
    DUCKLING = "duckling"


class ShiftGrain(enum.Enum):
    """How precise "two years ago" is.

    ``DAY``: the very day two years before the reference; ``FINER``: one unit finer than the
    amount (a month for years; a day for months, quarters, which count as months, and weeks),
    as Duckling reads it.

    >>> ShiftGrain.DAY.value
    'day'
    """

    DAY = "day"
    FINER = "finer"


class UpcomingCount(enum.Enum):
    """What "the upcoming two weeks" covers.

    ``SPAN``: both weeks; ``NTH``: the second week from now only, as Duckling reads it.

    >>> UpcomingCount.SPAN.value
    'span'
    """

    SPAN = "span"
    NTH = "nth"


class ThisNamed(enum.Enum):
    """Which one "this Monday" or "this March" is, when the reference is not in it.

    ``CURRENT``: the one in the reference's week or year ("this Monday" said on Friday 22
    October 2021 is the 18th; "this March" said in October 2021 is March 2021), as SUTime,
    HeidelTime and Recognizers-Text read them; ``COMING``: the next one (the 25th, March 2022),
    as Duckling does. Either way "this winter" said in January is the winter under way.

    >>> ThisNamed.CURRENT.value
    'current'
    """

    CURRENT = "current"
    COMING = "coming"


class NextNamed(enum.Enum):
    """What "next July" and "last September" mean (months, seasons, holidays, quarters).

    ``COMING``: the first July after (or before) the reference, as Duckling reads it ("next
    March" said in February 2013 is March 2013); ``IN_ADJACENT_YEAR``: the July of next (or
    last) year, as SUTime and Recognizers-Text read it (March 2014).

    >>> NextNamed.COMING.value
    'coming'
    """

    COMING = "coming"
    IN_ADJACENT_YEAR = "in adjacent year"


class HebrewDays(enum.Enum):
    """Which civil days a Jewish holiday is, whose day begins at the sunset before.

    ``DAYTIME``: the days of its daytime, as news and histories date it (the Yom Kippur War
    began on Yom Kippur, 6 October 1973; Passover 2024 is 23-30 April in the diaspora);
    ``EVE``: from the civil day of the evening it begins, as Duckling and calendars that mark
    the eve read it (Yom Kippur 1973 is 5 October; Passover 2024 22-30 April).

    >>> HebrewDays.DAYTIME.value
    'daytime'
    """

    DAYTIME = "daytime"
    EVE = "eve"


class FiscalNaming(enum.Enum):
    """Which calendar year names a fiscal year that runs across two.

    ``END``: the year it ends in (the US federal "FY2021" is October 2020 to September 2021;
    India's "FY21" April 2020 to March 2021); ``START``: the year it begins in (Japan).

    >>> FiscalNaming.END.value
    'end'
    """

    END = "end"
    START = "start"


def _month(value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 12:
        msg = f"Context.fiscal_start: the month it begins in, 1..12; got {value!r}"
        raise ValidationError(msg, field="fiscal_start")


class DateOrder(enum.Enum):
    """How numeric dates such as ``2/3/2015`` are read: month first (US) or day first.

    >>> DateOrder.for_region("GB")
    <DateOrder.DMY: 'dmy'>
    """

    MDY = "mdy"
    DMY = "dmy"

    @classmethod
    def for_region(cls, region: str | None) -> DateOrder:
        """The usual order in a region (ISO 3166 code); month first where unknown.

        >>> DateOrder.for_region("US"), DateOrder.for_region(None)
        (<DateOrder.MDY: 'mdy'>, <DateOrder.MDY: 'mdy'>)
        """
        return cls.MDY if region is None or region.upper() in _MONTH_FIRST else cls.DMY


# Regions whose English usage writes the month first; elsewhere English dates are day first.
_MONTH_FIRST: Final = frozenset({"US", "CA", "PH", "ZA", "FM", "MH", "PW", "AS", "GU", "MP"})


def _reference(value: object) -> FuzzyDate | None:
    if value is None or isinstance(value, FuzzyDate):
        return value
    if isinstance(value, str):
        return FuzzyDate.from_edtf(value.strip()[:10] if "T" in value else value.strip())
    return FuzzyDate.of(value)  # type: ignore[arg-type]  # FuzzyDate.of names a bad type


def _optional_order(value: DateOrder | str | None) -> DateOrder | None:
    return None if value is None else DateOrder(value)


def _events(value: Mapping[str, Value] | None) -> dict[str, Value]:
    return dict(value or {})


@attrs.frozen(slots=True, kw_only=True)
class Context:
    """Everything a phrase is resolved against: the reference date and the conventions.

    The reference is the date the text was written. It may itself be fuzzy (a document dated
    only "October 2021"): results are then honestly wider. Nothing reads the clock; pass
    ``Context.today()`` explicitly to resolve against today.

    >>> ctx = Context(reference="2021-10-18")
    >>> ctx.bias, ctx.week_start
    (<Bias.PAST: 'past'>, <Weekday.MONDAY: 0>)
    >>> Context.duckling("2013-02-12").bias
    <Bias.FUTURE: 'future'>
    """

    reference: FuzzyDate | None = attrs.field(default=None, converter=_reference)
    bias: Bias = attrs.field(default=Bias.PAST, converter=Bias)
    week_start: Weekday = attrs.field(default=Weekday.MONDAY, converter=Weekday)
    season_convention: SeasonConvention = attrs.field(
        default=SeasonConvention.METEOROLOGICAL, converter=SeasonConvention
    )
    hemisphere: Hemisphere = attrs.field(default=Hemisphere.NORTHERN, converter=Hemisphere)
    region: str | None = None
    date_order: DateOrder | None = attrs.field(default=None, converter=_optional_order)
    next_weekday: NextWeekday = attrs.field(
        default=NextWeekday.IN_ADJACENT_WEEK, converter=NextWeekday
    )
    recent_units: RecentUnits = attrs.field(default=RecentUnits.ROLLING, converter=RecentUnits)
    parts: PartsConvention = attrs.field(default=PartsConvention.THIRDS, converter=PartsConvention)
    shift_grain: ShiftGrain = attrs.field(default=ShiftGrain.DAY, converter=ShiftGrain)
    upcoming: UpcomingCount = attrs.field(default=UpcomingCount.SPAN, converter=UpcomingCount)
    this_named: ThisNamed = attrs.field(default=ThisNamed.CURRENT, converter=ThisNamed)
    next_named: NextNamed = attrs.field(default=NextNamed.COMING, converter=NextNamed)
    fiscal_start: int = attrs.field(default=1, validator=lambda _i, _a, value: _month(value))
    fiscal_naming: FiscalNaming = attrs.field(default=FiscalNaming.END, converter=FiscalNaming)
    hebrew_days: HebrewDays = attrs.field(default=HebrewDays.DAYTIME, converter=HebrewDays)
    about: float = DEFAULT_ABOUT
    narrative: bool = False
    follow_tense: bool = True
    previous: FuzzyDate | None = None
    events: dict[str, Value] = attrs.field(factory=dict, converter=_events, hash=False)

    @classmethod
    def today(cls, **options: Any) -> Context:  # noqa: ANN401 - forwarded to the constructor
        """A context whose reference is today's date, read from the clock on request.

        >>> Context.today().reference.is_exact
        True
        """
        import datetime

        return cls(reference=FuzzyDate.of(datetime.date.today()), **options)  # noqa: DTZ011

    @classmethod
    def duckling(cls, reference: FuzzyDate | DateLike, *, region: str | None = None) -> Context:
        """A context with Duckling's conventions, for comparing against its test corpus.

        Forward bias, "next Friday" in next week, whole units for "the last two weeks",
        one-finer shifts, "upcoming two weeks" as the second week, astronomical seasons,
        "this March" as the coming one, Jewish holidays from their eve.

        >>> Context.duckling("2013-02-12").next_weekday
        <NextWeekday.IN_ADJACENT_WEEK: 'in adjacent week'>
        """
        return cls(
            reference=reference,
            bias=Bias.FUTURE,
            season_convention=SeasonConvention.ASTRONOMICAL,
            region=region,
            next_weekday=NextWeekday.IN_ADJACENT_WEEK,
            recent_units=RecentUnits.WHOLE_UNITS,
            parts=PartsConvention.DUCKLING,
            shift_grain=ShiftGrain.FINER,
            upcoming=UpcomingCount.NTH,
            this_named=ThisNamed.COMING,
            hebrew_days=HebrewDays.EVE,
        )

    @property
    def order(self) -> DateOrder:
        """The numeric date order in force: ``date_order``, else the region's usual one.

        >>> Context(region="GB").order
        <DateOrder.DMY: 'dmy'>
        """
        return self.date_order if self.date_order is not None else DateOrder.for_region(self.region)

    def require_reference(self, what: str) -> FuzzyDate:
        """The reference date, or a ``ResolutionError`` saying that ``what`` needs one.

        >>> Context().require_reference("'last week'")
        Traceback (most recent call last):
        ...
        timeline.errors.ResolutionError: 'last week' needs a reference date; pass reference=...
        """
        if self.reference is None:
            msg = f"{what} needs a reference date; pass reference=... (or Context.today())"
            raise ResolutionError(msg)
        return self.reference

    def event(self, event_id: str) -> Value:
        """The resolved value of another event, or ``UnknownEventError`` naming the id.

        >>> Context(events={"a": FuzzyDate.year(2001)}).event("a")
        FuzzyDate.year(2001)
        """
        try:
            return self.events[event_id]
        except KeyError:
            raise UnknownEventError(event_id, known=list(self.events)) from None


@attrs.frozen(slots=True, kw_only=True)
class Resolution:
    """What a phrase resolved to, and how.

    Attributes:
        value: a ``FuzzyDate``, ``Period`` or ``Duration``.
        reference: the reference date it was resolved against (``None`` when none was needed).
        rule: the name of the rule that produced it.
        span: the (start, end) character offsets of the phrase in the text it came from.
        expression: the parsed expression.
        alternatives: other readings of an ambiguous phrase, best first (of a pattern that
            recurs in its unit, "Friday in October 2021", each occurrence in order).

    >>> from timeline import resolve
    >>> r = resolve("in May", reference="2021-10-18")
    >>> r.value, r.rule
    (FuzzyDate.month(2021, 5), 'named month, past')
    """

    value: Value
    reference: FuzzyDate | None
    rule: str
    span: tuple[int, int]
    expression: Expression
    alternatives: tuple[Resolution, ...] = ()
