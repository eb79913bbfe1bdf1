"""FuzzyDate: one day, known to lie within inclusive bounds, with the precision it was given at."""

from __future__ import annotations

import datetime
import warnings
from typing import TYPE_CHECKING, Final

import attrs

from timeline import _allen, _edtf
from timeline import _calendar as cal
from timeline._calendar import CalendarDate, Hemisphere, Season, SeasonConvention, Weekday
from timeline._duration import DEFAULT_ABOUT, Duration
from timeline._precision import SEASON_BY_CODE, Precision, unit_of
from timeline._pretty import pretty_by_repr
from timeline.errors import InvalidDateError, ParseError, TimelineWarning

if TYPE_CHECKING:
    import pendulum

__all__ = ["DateLike", "FuzzyDate"]

#: What the API accepts wherever it wants a date: ``datetime.date`` (so ``pendulum.Date``),
#: ``CalendarDate``, an ISO 8601 string, or a day number.
DateLike = datetime.date | CalendarDate | str | int

_DIGITS: Final = {Precision.DECADE: 1, Precision.CENTURY: 2, Precision.MILLENNIUM: 3}


@attrs.frozen(slots=True, order=True, repr=False)
class FuzzyDate:
    """One day that is not known exactly: it lies in ``[earliest, latest]``, both inclusive.

    ``precision`` is the unit the date was given in (``FuzzyDate.month(2018, 9)`` is "September
    2018", some day of that month); ``approximate`` and ``uncertain`` are EDTF's ``~`` and ``?``
    and do not move the bounds. Days are stored as day numbers (``earliest_day``, counted as
    ``datetime.date.toordinal`` counts); ``earliest`` and ``latest`` give them as dates.

    >>> september = FuzzyDate.month(2018, 9)
    >>> september
    FuzzyDate.month(2018, 9)
    >>> str(september.earliest), str(september.latest), september.edtf()
    ('2018-09-01', '2018-09-30', '2018-09')
    >>> FuzzyDate.day(2018, 9, 5) in september
    True
    """

    earliest_day: int
    latest_day: int
    precision: Precision = Precision.NONE
    approximate: bool = False
    uncertain: bool = False

    def __attrs_post_init__(self) -> None:
        lo, hi = self.earliest_day, self.latest_day
        # One chained test on the hot path; the detailed checks run only when it fails.
        if type(lo) is int and type(hi) is int and cal.MIN_DAY <= lo <= hi <= cal.MAX_DAY:
            if self.precision.__class__ is not Precision:
                msg = f"FuzzyDate.precision: expected a Precision, got {self.precision!r}"
                raise TypeError(msg)
            return
        if type(lo) is not int or type(hi) is not int:
            msg = f"FuzzyDate: day numbers must be ints, got {lo!r} and {hi!r}"
            raise TypeError(msg)
        cal.check_day(lo)
        cal.check_day(hi)
        msg = f"FuzzyDate: the earliest day {cal.iso_of(lo)} is after the latest {cal.iso_of(hi)}"
        raise InvalidDateError(msg)

    # --- constructors, one per precision -------------------------------------------------

    @classmethod
    def day(
        cls, year: int, month: int, day: int, *, approximate: bool = False, uncertain: bool = False
    ) -> FuzzyDate:
        """A date known to the day.

        >>> FuzzyDate.day(2020, 2, 29).edtf()
        '2020-02-29'
        """
        number = cal.make_day(year, month, day)
        return cls(number, number, Precision.DAY, approximate, uncertain)

    @classmethod
    def of(cls, date: DateLike, *, approximate: bool = False, uncertain: bool = False) -> FuzzyDate:
        """The exact day of anything date-like.

        >>> FuzzyDate.of("2021-10-18")
        FuzzyDate.day(2021, 10, 18)
        """
        number = cal.day_of(date)
        return cls(number, number, Precision.DAY, approximate, uncertain)

    @classmethod
    def week(
        cls, year: int, week: int, *, approximate: bool = False, uncertain: bool = False
    ) -> FuzzyDate:
        """ISO week ``week`` (1..53) of ISO year ``year``, Monday to Sunday.

        >>> FuzzyDate.week(2020, 53).edtf()
        '2020-W53'
        >>> str(FuzzyDate.week(2020, 53).latest)
        '2021-01-03'
        """
        monday = cal.iso_week_monday(year, week)
        return cls(monday, cal.check_day(monday + 6), Precision.WEEK, approximate, uncertain)

    @classmethod
    def month(
        cls, year: int, month: int, *, approximate: bool = False, uncertain: bool = False
    ) -> FuzzyDate:
        """Some day of a month.

        >>> FuzzyDate.month(2020, 2).days
        29
        """
        lo, hi = cal.month_span(year, month)
        return cls(lo, hi, Precision.MONTH, approximate, uncertain)

    @classmethod
    def quarter(
        cls, year: int, quarter: int, *, approximate: bool = False, uncertain: bool = False
    ) -> FuzzyDate:
        """Some day of a calendar quarter (1: January to March).

        >>> FuzzyDate.quarter(2021, 4).edtf()
        '2021-36'
        """
        lo, hi = cal.quarter_span(year, quarter)
        return cls(lo, hi, Precision.QUARTER, approximate, uncertain)

    @classmethod
    def season(
        cls,
        year: int,
        season: Season | str,
        *,
        convention: SeasonConvention = SeasonConvention.METEOROLOGICAL,
        hemisphere: Hemisphere = Hemisphere.NORTHERN,
        approximate: bool = False,
        uncertain: bool = False,
    ) -> FuzzyDate:
        """Some day of the season that begins in ``year`` (winter 2021 runs into 2022).

        >>> FuzzyDate.season(2021, "summer")
        FuzzyDate.season(2021, 'summer')
        >>> str(FuzzyDate.season(2021, "winter").latest)
        '2022-02-28'

        Meteorological seasons of the south are the months of the opposite northern season, so
        the two name the same days (and compare equal):

        >>> FuzzyDate.season(2021, "summer", hemisphere=Hemisphere.SOUTHERN)
        FuzzyDate.season(2021, 'winter')
        """
        try:
            named = Season(season)
        except ValueError:
            names = ", ".join(repr(s.value) for s in Season)
            msg = f"FuzzyDate.season: expected one of {names}, got {season!r}"
            raise InvalidDateError(msg) from None
        lo, hi = cal.season_span(year, named, convention, hemisphere)
        return cls(lo, hi, Precision.SEASON, approximate, uncertain)

    @classmethod
    def year(cls, year: int, *, approximate: bool = False, uncertain: bool = False) -> FuzzyDate:
        """Some day of a year; year 0 is 1 BC and -43 is 44 BC.

        >>> FuzzyDate.year(-43).edtf()
        '-0043'
        """
        lo, hi = cal.year_span(year)
        return cls(lo, hi, Precision.YEAR, approximate, uncertain)

    @classmethod
    def decade(cls, year: int, *, approximate: bool = False, uncertain: bool = False) -> FuzzyDate:
        """The decade whose numeral starts like ``year``: 1990 is 1990..1999, -40 is -49..-40.

        ``year`` must end in 0, so that a mistyped year is not silently read as its decade.

        >>> FuzzyDate.decade(1990).edtf()
        '199X'
        """
        return cls._digits(year, Precision.DECADE, approximate, uncertain)

    @classmethod
    def century(cls, year: int, *, approximate: bool = False, uncertain: bool = False) -> FuzzyDate:
        """The hundred years whose numeral starts like ``year``: 1900 is 1900..1999 (EDTF 19XX).

        This is "the 1900s"; "the 20th century" (1901..2000) is ``between``, or the parser's.

        >>> FuzzyDate.century(1900).edtf()
        '19XX'
        """
        return cls._digits(year, Precision.CENTURY, approximate, uncertain)

    @classmethod
    def millennium(
        cls, year: int, *, approximate: bool = False, uncertain: bool = False
    ) -> FuzzyDate:
        """The thousand years whose numeral starts like ``year``: 1000 is 1000..1999 (EDTF 1XXX).

        >>> str(FuzzyDate.millennium(1000).latest)
        '1999-12-31'
        """
        return cls._digits(year, Precision.MILLENNIUM, approximate, uncertain)

    @classmethod
    def _digits(
        cls, year: int, precision: Precision, approximate: bool, uncertain: bool
    ) -> FuzzyDate:
        digits = _DIGITS[precision]
        size = 10**digits
        if year % size:
            # Suggest the year whose numeral keeps this one's leading digits: -1950 -> -1900.
            magnitude = abs(year) - abs(year) % size
            suggestion = -magnitude if year < 0 else magnitude
            msg = (
                f"FuzzyDate.{precision.value}: expected a year ending in {'0' * digits}"
                f" such as {suggestion}, got {year}"
            )
            raise InvalidDateError(msg)
        first, last = cal.digit_span(year, digits)
        lo, hi = cal.year_span(first, last)
        return cls(lo, hi, precision, approximate, uncertain)

    @classmethod
    def between(
        cls, earliest: DateLike, latest: DateLike, *, precision: Precision = Precision.NONE
    ) -> FuzzyDate:
        """Some day from ``earliest`` to ``latest``, both inclusive.

        >>> FuzzyDate.between("2021-10-18", "2021-10-24").days
        7
        """
        return cls(
            cal.day_of(earliest, argument="earliest"),
            cal.day_of(latest, argument="latest"),
            precision,
        )

    @classmethod
    def containing(
        cls,
        date: DateLike,
        precision: Precision,
        *,
        week_start: Weekday = Weekday.MONDAY,
        convention: SeasonConvention = SeasonConvention.METEOROLOGICAL,
        hemisphere: Hemisphere = Hemisphere.NORTHERN,
    ) -> FuzzyDate:
        """The calendar unit of ``precision`` that contains ``date``.

        >>> FuzzyDate.containing("2021-10-18", Precision.WEEK).edtf()
        '2021-W42'
        >>> FuzzyDate.containing("2022-01-15", Precision.SEASON)
        FuzzyDate.season(2021, 'winter')
        """
        day = cal.day_of(date)
        year, month, _ = cal.civil_from_day(day)
        if precision is Precision.DAY:
            lo, hi = day, day
        elif precision is Precision.WEEK:
            lo = cal.week_start(day, week_start)
            hi = cal.check_day(lo + 6)
        elif precision is Precision.MONTH:
            lo, hi = cal.month_span(year, month)
        elif precision is Precision.QUARTER:
            lo, hi = cal.quarter_span(*cal.quarter_of(day))
        elif precision is Precision.SEASON:
            season_year, season = cal.season_of(day, convention, hemisphere)
            lo, hi = cal.season_span(season_year, season, convention, hemisphere)
        elif precision in _DIGITS:
            lo, hi = cal.year_span(*cal.digit_span(year, _DIGITS[precision]))
        elif precision is Precision.YEAR:
            lo, hi = cal.year_span(year)
        else:
            msg = "FuzzyDate.containing: Precision.NONE is not a calendar unit"
            raise InvalidDateError(msg)
        return cls(lo, hi, precision)

    @classmethod
    def from_edtf(cls, text: str) -> FuzzyDate:
        """Read a date in EDTF (levels 0 and 1, and level 2's ``[a..b]`` one-of-a-set range).

        >>> FuzzyDate.from_edtf("2018-09")
        FuzzyDate.month(2018, 9)
        >>> FuzzyDate.from_edtf("199X~")
        FuzzyDate.decade(1990, approximate=True)
        >>> FuzzyDate.from_edtf("2018-13")
        Traceback (most recent call last):
        ...
        timeline.errors.ParseError: month 13 is neither a month (01..12) nor ... at position 0:
          2018-13
          ^^^^^^^

        An interval is a period, not a date: ``Period.from_edtf`` reads it. The reader is
        strict, as the standard is: ``X`` and ``W`` are capitals ("199x" is refused), so that
        what it accepts other EDTF tools accept too; ``timeline.parse`` is the lenient reader
        for text people type, and takes "199x" and "2021-w42".
        """
        if isinstance(text, str) and "/" in text:
            slash = text.index("/")
            msg = "'/' makes an interval, which is a Period: use Period.from_edtf"
            raise ParseError(msg, text=text, position=slash, length=1)
        return cls(*_edtf.parse_date(text))

    # --- views ------------------------------------------------------------------------------

    @property
    def earliest(self) -> pendulum.Date | CalendarDate:
        """The first day it may be: a ``pendulum.Date``, or a ``CalendarDate`` before year 1.

        >>> FuzzyDate.year(2020).earliest
        Date(2020, 1, 1)
        """
        return cal.to_date(self.earliest_day)

    @property
    def latest(self) -> pendulum.Date | CalendarDate:
        """The last day it may be.

        >>> FuzzyDate.year(-43).latest
        CalendarDate(year=-43, month=12, day=31)
        """
        return cal.to_date(self.latest_day)

    @property
    def days(self) -> int:
        """How many days it may be.

        >>> FuzzyDate.year(2020).days
        366
        """
        return self.latest_day - self.earliest_day + 1

    @property
    def is_exact(self) -> bool:
        """Whether only one day is possible.

        >>> FuzzyDate.of("2021-10-18").is_exact, FuzzyDate.year(2021).is_exact
        (True, False)
        """
        return self.earliest_day == self.latest_day

    # --- set operations ---------------------------------------------------------------------

    def contains(self, other: FuzzyDate | DateLike) -> bool:
        """Whether every day ``other`` may be is a day this may be.

        >>> FuzzyDate.year(2021).contains(FuzzyDate.month(2021, 10))
        True
        >>> FuzzyDate.year(2021).contains("2022-01-01")
        False
        """
        if isinstance(other, FuzzyDate):
            return self.earliest_day <= other.earliest_day and other.latest_day <= self.latest_day
        return self.earliest_day <= cal.day_of(other) <= self.latest_day

    def __contains__(self, other: object) -> bool:
        return self.contains(other)  # type: ignore[arg-type]  # contains() raises a TypeError

    def intersection(self, other: FuzzyDate) -> FuzzyDate | None:
        """The days both may be, or ``None`` when they share none.

        The precision stays when the result is one of the two; otherwise it becomes ``NONE``.

        >>> FuzzyDate.month(2021, 10) & FuzzyDate.between("2021-09-20", "2021-10-03")
        FuzzyDate.between('2021-10-01', '2021-10-03')
        >>> FuzzyDate.year(2020) & FuzzyDate.year(2021) is None
        True
        """
        lo = max(self.earliest_day, other.earliest_day)
        hi = min(self.latest_day, other.latest_day)
        if lo > hi:
            return None
        return self._result(lo, hi, other)

    __and__ = intersection

    def hull(self, other: FuzzyDate) -> FuzzyDate:
        """The smallest range that holds both (the union's hull).

        >>> FuzzyDate.month(2021, 1).hull(FuzzyDate.month(2021, 3))
        FuzzyDate.between('2021-01-01', '2021-03-31')
        """
        lo = min(self.earliest_day, other.earliest_day)
        hi = max(self.latest_day, other.latest_day)
        return self._result(lo, hi, other)

    __or__ = hull

    def _result(self, lo: int, hi: int, other: FuzzyDate) -> FuzzyDate:
        for source in (self, other):
            if (source.earliest_day, source.latest_day) == (lo, hi):
                return source
        return FuzzyDate(lo, hi)

    def narrowed(self, earliest_day: int, latest_day: int) -> FuzzyDate:
        """A copy with new bounds, keeping the precision only while the bounds are still a unit.

        >>> october = FuzzyDate.month(2021, 10)
        >>> october.narrowed(october.earliest_day, october.latest_day - 14)
        FuzzyDate.between('2021-10-01', '2021-10-17')
        """
        if (earliest_day, latest_day) == (self.earliest_day, self.latest_day):
            return self
        precision = self.precision
        if precision is not Precision.NONE and unit_of(earliest_day, latest_day, precision) is None:
            precision = Precision.DAY if earliest_day == latest_day else Precision.NONE
        return FuzzyDate(earliest_day, latest_day, precision, self.approximate, self.uncertain)

    def shift(self, duration: Duration, *, about: float = DEFAULT_ABOUT) -> FuzzyDate:
        """The days that lie ``duration`` after (or, if negative, before) this date.

        >>> FuzzyDate.month(2018, 9).shift(Duration(years=3))
        FuzzyDate.month(2021, 9)
        >>> FuzzyDate.day(2020, 2, 29).shift(Duration(years=1))
        FuzzyDate.day(2021, 2, 28)
        """
        lo = duration.span_from(self.earliest_day, about=about)[0]
        hi = duration.span_from(self.latest_day, about=about)[1]
        precision = self.precision
        if unit_of(lo, hi, precision) is None:
            precision = Precision.DAY if lo == hi else Precision.NONE
        return FuzzyDate(lo, hi, precision, self.approximate, self.uncertain)

    # --- order ------------------------------------------------------------------------------

    def certainly_before(self, other: FuzzyDate) -> bool:
        """Whether every day this may be comes before every day ``other`` may be.

        >>> FuzzyDate.month(2018, 9).certainly_before(FuzzyDate.year(2019))
        True
        """
        return self.latest_day < other.earliest_day

    def possibly_before(self, other: FuzzyDate) -> bool:
        """Whether some day this may be comes before some day ``other`` may be.

        >>> FuzzyDate.year(2019).possibly_before(FuzzyDate.month(2019, 1))
        True
        """
        return self.earliest_day < other.latest_day

    def certainly_after(self, other: FuzzyDate) -> bool:
        """Whether every day this may be comes after every day ``other`` may be.

        >>> FuzzyDate.year(2020).certainly_after(FuzzyDate.month(2019, 12))
        True
        """
        return other.certainly_before(self)

    def possibly_after(self, other: FuzzyDate) -> bool:
        """Whether some day this may be comes after some day ``other`` may be.

        >>> FuzzyDate.year(2019).possibly_after(FuzzyDate.month(2019, 12))
        True
        """
        return other.possibly_before(self)

    def relations(self, other: FuzzyDate | _allen.HasEndpoints) -> frozenset[_allen.Relation]:
        """The Allen relations still possible between this day and a date or period.

        >>> sorted(r.value for r in FuzzyDate.month(2018, 9).relations(FuzzyDate.of("2018-09-30")))
        ['before', 'equals', 'meets']
        """
        return _allen.relations(self, other)

    def endpoints(self) -> _allen.Endpoints:
        """Bounds of the start and the (exclusive) end of this day as an interval of time."""
        lo, hi = self.earliest_day, self.latest_day
        return _allen.Endpoints(lo, hi, lo + 1, hi + 1, exact_length=1)

    # --- text -------------------------------------------------------------------------------

    def edtf(self) -> str:
        """The EDTF text; a ``TimelineWarning`` says when it cannot keep the precision.

        >>> FuzzyDate.season(2021, "summer").edtf()
        '2021-22'
        """
        return _edtf.format_date(
            self.earliest_day,
            self.latest_day,
            self.precision,
            approximate=self.approximate,
            uncertain=self.uncertain,
        )

    def __str__(self) -> str:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", TimelineWarning)
            return self.edtf()

    _repr_pretty_ = pretty_by_repr

    def __repr__(self) -> str:
        flags = "".join(
            f", {name}=True" for name in ("approximate", "uncertain") if getattr(self, name)
        )
        unit = unit_of(self.earliest_day, self.latest_day, self.precision)
        if unit is None:
            precision = (
                ""
                if self.precision is Precision.NONE
                else f", precision=Precision.{self.precision.name}"
            )
            text = f"'{cal.iso_of(self.earliest_day)}', '{cal.iso_of(self.latest_day)}'"
            if flags:
                return f"attrs.evolve(FuzzyDate.between({text}{precision}){flags})"
            return f"FuzzyDate.between({text}{precision})"
        kind, year, part, day = unit
        if kind == "season":
            hemisphere, season = SEASON_BY_CODE[part]
            place = "" if hemisphere is Hemisphere.NORTHERN else ", hemisphere=Hemisphere.SOUTHERN"
            return f"FuzzyDate.season({year}, {season.value!r}{place}{flags})"
        if self.precision in _DIGITS:
            if year % 10 ** _DIGITS[self.precision]:
                return f"FuzzyDate.from_edtf({self.edtf()!r})"
            args: tuple[int, ...] = (year,)
        elif kind == "day":
            args = (year, part, day)
        elif kind == "year":
            args = (year,)
        else:
            args = (year, part)
        return f"FuzzyDate.{kind}({', '.join(map(str, args))}{flags})"
