"""Period: a stretch of time whose start and end are each fuzzy, open, unknown or ongoing."""

from __future__ import annotations

import enum
import warnings
from typing import Final

import attrs

from timeline import _allen, _edtf
from timeline import _calendar as cal
from timeline._fuzzy import DateLike, FuzzyDate
from timeline._pretty import pretty_by_repr
from timeline._warnings import warn
from timeline.errors import TimelineWarning, ValidationError

__all__ = ["OPEN", "UNKNOWN", "End", "EndState", "Ongoing", "Open", "Period", "Start", "Unknown"]


@attrs.frozen(slots=True, repr=False)
class Open:
    """An end that does not exist: the period runs without limit on that side.

    >>> OPEN
    OPEN
    """

    _repr_pretty_ = pretty_by_repr

    def __repr__(self) -> str:
        return "OPEN"


@attrs.frozen(slots=True, repr=False)
class Unknown:
    """An end that exists but nobody knows when.

    >>> UNKNOWN
    UNKNOWN
    """

    _repr_pretty_ = pretty_by_repr

    def __repr__(self) -> str:
        return "UNKNOWN"


OPEN: Final = Open()
UNKNOWN: Final = Unknown()


@attrs.frozen(slots=True)
class Ongoing:
    """An end not reached as of a date: the period still ran on ``as_of``.

    >>> Ongoing(FuzzyDate.of("2021-10-18"))
    Ongoing(as_of=FuzzyDate.day(2021, 10, 18))
    """

    as_of: FuzzyDate = attrs.field(validator=attrs.validators.instance_of(FuzzyDate))

    def __str__(self) -> str:
        """The end as EDTF writes it: "[2021-10-18..]", as in a period's interval.

        >>> str(Ongoing(FuzzyDate.of("2021-10-18")))
        '[2021-10-18..]'
        """
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", TimelineWarning)
            return _side_text(self)


class EndState(enum.Enum):
    """The four states an end can be in.

    >>> EndState.ONGOING.value
    'ongoing'
    """

    KNOWN = "known"
    ONGOING = "ongoing"
    OPEN = "open"
    UNKNOWN = "unknown"


Start = FuzzyDate | Open | Unknown
End = FuzzyDate | Ongoing | Open | Unknown


def _check_start(_instance: Period, _attribute: attrs.Attribute[Start], value: object) -> None:
    if not isinstance(value, FuzzyDate | Open | Unknown):
        msg = f"Period.start: expected a FuzzyDate, OPEN or UNKNOWN, got {value!r}"
        raise TypeError(msg)


def _check_end(_instance: Period, _attribute: attrs.Attribute[End], value: object) -> None:
    if not isinstance(value, FuzzyDate | Ongoing | Open | Unknown):
        msg = f"Period.end: expected a FuzzyDate, Ongoing(...), OPEN or UNKNOWN, got {value!r}"
        raise TypeError(msg)


@attrs.frozen(slots=True, order=False)
class Period:
    """A stretch of time with a ``start`` and an ``end``, each known only within bounds.

    A tenure that began "in September 2018" and ended "some day of the week of 18 October
    2021" has four bounds: the earliest and latest start, the earliest and latest end.

    >>> tenure = Period(FuzzyDate.month(2018, 9), FuzzyDate.week(2021, 42))
    >>> tenure.edtf()
    '2018-09/2021-W42'
    >>> tenure.end_state
    <EndState.KNOWN: 'known'>
    >>> Period(FuzzyDate.month(2018, 9), Ongoing(FuzzyDate.of("2021-10-18"))).edtf()
    '2018-09/[2021-10-18..]'
    """

    start: Start = attrs.field(validator=_check_start)
    end: End = attrs.field(validator=_check_end)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.start, FuzzyDate):
            return
        if isinstance(self.end, FuzzyDate) and self.end.latest_day < self.start.earliest_day:
            msg = f"Period: the end {self.end} is before the start {self.start}"
            raise ValidationError(msg, field="end")
        if isinstance(self.end, Ongoing) and self.end.as_of.latest_day < self.start.earliest_day:
            msg = f"Period: ongoing as of {self.end.as_of}, which is before the start {self.start}"
            raise ValidationError(msg, field="end")

    @classmethod
    def between(cls, start: FuzzyDate | DateLike, end: FuzzyDate | DateLike) -> Period:
        """A period between two dates (each a ``FuzzyDate``, a date, or EDTF text).

        >>> Period.between("2001-10-07", FuzzyDate.month(2021, 8)).edtf()
        '2001-10-07/2021-08'
        >>> Period.between("2001", "2004-06").edtf()
        '2001/2004-06'
        """
        return cls(as_fuzzy_date(start), as_fuzzy_date(end))

    @classmethod
    def from_edtf(cls, text: str) -> Period:
        """Read an EDTF interval; ``..`` is an open end, an empty side an unknown one.

        >>> Period.from_edtf("2018-09/..").end_state
        <EndState.OPEN: 'open'>
        >>> Period.from_edtf("/2021").start
        UNKNOWN
        """
        start, end = _edtf.parse_interval(text)
        first = _side(start)
        assert not isinstance(first, Ongoing), "EDTF has no ongoing start"
        return cls(first, _side(end))

    @property
    def start_state(self) -> EndState:
        """``KNOWN``, ``OPEN`` or ``UNKNOWN``.

        >>> Period.from_edtf("../2021").start_state
        <EndState.OPEN: 'open'>
        """
        return _state(self.start)

    @property
    def end_state(self) -> EndState:
        """``KNOWN``, ``ONGOING``, ``OPEN`` or ``UNKNOWN``.

        >>> Period.from_edtf("2018/").end_state
        <EndState.UNKNOWN: 'unknown'>
        """
        return _state(self.end)

    def endpoints(self) -> _allen.Endpoints:
        """Bounds of the first day and of the day after the last, with open ends at infinity."""
        start = self.start
        if isinstance(start, FuzzyDate):
            start_lo, start_hi = start.earliest_day, start.latest_day
        elif isinstance(start, Open):
            start_lo = start_hi = _allen.NEG_INFINITY
        else:
            start_lo, start_hi = cal.MIN_DAY, cal.MAX_DAY
        end = self.end
        if isinstance(end, FuzzyDate):
            end_lo, end_hi = end.earliest_day + 1, end.latest_day + 1
        elif isinstance(end, Open):
            end_lo = end_hi = _allen.POS_INFINITY
        elif isinstance(end, Ongoing):
            end_lo, end_hi = end.as_of.earliest_day + 1, cal.MAX_DAY + 1
        else:
            end_lo, end_hi = cal.MIN_DAY + 1, cal.MAX_DAY + 1
        return _allen.Endpoints(start_lo, start_hi, end_lo, end_hi)

    def possibly_covers(self, date: FuzzyDate | DateLike) -> bool:
        """Whether the period may include some day ``date`` may be (EDTF text: "2010").

        >>> tenure = Period(FuzzyDate.month(2018, 9), FuzzyDate.week(2021, 42))
        >>> tenure.possibly_covers("2018-09-01"), tenure.possibly_covers("2018-08-31")
        (True, False)
        """
        day = as_fuzzy_date(date)
        points = self.endpoints()
        return points.start_lo <= day.latest_day and day.earliest_day < points.end_hi

    def certainly_covers(self, date: FuzzyDate | DateLike) -> bool:
        """Whether the period includes every day ``date`` may be, whatever the true bounds are.

        >>> tenure = Period(FuzzyDate.month(2018, 9), FuzzyDate.week(2021, 42))
        >>> tenure.certainly_covers("2018-09-29"), tenure.certainly_covers("2018-09-30")
        (False, True)
        >>> Period(UNKNOWN, FuzzyDate.of("2021-10-18")).certainly_covers("2021-10-18")
        True
        """
        day = as_fuzzy_date(date)
        points = self.endpoints()
        # The start is never after the last day, nor the last day before the start: each side
        # bounds the other (an unknown end is at least the start, an unknown start at most the
        # end, a start known only loosely no later than the latest end).
        start_hi = min(points.start_hi, points.end_hi - 1)
        end_lo = max(points.end_lo, points.start_lo + 1)
        return start_hi <= day.earliest_day and day.latest_day < end_lo

    def relations(self, other: _allen.HasEndpoints) -> frozenset[_allen.Relation]:
        """The Allen relations still possible between this period and a date or period.

        >>> a = Period.between("2001-01-01", "2001-12-31")
        >>> sorted(r.value for r in a.relations(FuzzyDate.year(2002)))
        ['before', 'meets']
        """
        return _allen.relations(self, other)

    def edtf(self) -> str:
        """The EDTF interval, with ``[as-of..]`` for an ongoing end.

        >>> Period(OPEN, FuzzyDate.year(-27)).edtf()
        '../-0027'
        """
        return f"{_side_text(self.start)}/{_side_text(self.end)}"

    def __str__(self) -> str:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", TimelineWarning)
            return self.edtf()


def as_fuzzy_date(value: FuzzyDate | DateLike) -> FuzzyDate:
    """A fuzzy date from a date, a day number, or EDTF text ("2021-10-18", "2010", "2019-06").

    An int is a day number; one that reads as a recent year (1000 to 2999, the days of 3 to
    9 AD) is most likely meant as the year, so it comes with a ``TimelineWarning`` that says
    how to write it.
    """
    if isinstance(value, FuzzyDate):
        return value
    if isinstance(value, str):
        return FuzzyDate.from_edtf(value.strip())
    date = FuzzyDate.of(value)
    if isinstance(value, int) and _LIKE_A_YEAR[0] <= value <= _LIKE_A_YEAR[1]:
        msg = (
            f"{value} is a day number ({date}); for the year {value}, pass the text "
            f"{str(value)!r} (EDTF) or FuzzyDate.year({value})"
        )
        warnings.warn(msg, TimelineWarning, stacklevel=3)
    return date


#: Ints that read as recent years, though as day numbers they are days of 3 to 9 AD.
_LIKE_A_YEAR: Final = (1000, 2999)


def _state(side: Start | End) -> EndState:
    if isinstance(side, FuzzyDate):
        return EndState.KNOWN
    if isinstance(side, Ongoing):
        return EndState.ONGOING
    if isinstance(side, Open):
        return EndState.OPEN
    return EndState.UNKNOWN


def _side(parsed: _edtf.ParsedEnd) -> FuzzyDate | Ongoing | Open | Unknown:
    if parsed.kind == "open":
        return OPEN
    if parsed.kind == "unknown" or parsed.date is None:
        return UNKNOWN
    date = FuzzyDate(*parsed.date)
    return Ongoing(date) if parsed.kind == "ongoing" else date


def _side_text(side: Start | End) -> str:
    if isinstance(side, FuzzyDate):
        return side.edtf()
    if isinstance(side, Ongoing):
        text = side.as_of.edtf()
        if text.startswith("["):
            warn(
                "EDTF cannot nest a range in an ongoing end; the as-of date is written as its "
                "first day"
            )
            text = cal.iso_of(side.as_of.earliest_day)
        return f"[{text}..]"
    return ".." if isinstance(side, Open) else ""
