"""Hypothesis strategies for property-testing date logic with ``timeline`` values.

They are registered with hypothesis when it starts (through the ``hypothesis`` entry-point
group), so ``st.from_type(FuzzyDate)`` works in any project that has ``timeline`` installed.
Draws stay a year inside the supported range (-9999..9999) so that every calendar unit around
a drawn day is representable, and they favour the days where calendar code breaks: 29 February,
month ends, the turn of the year (ISO week 53), year 0 and BCE years.

>>> from hypothesis import given
>>> @given(fuzzy_dates())
... def test_edtf_round_trip(date):
...     assert FuzzyDate.from_edtf(date.edtf()) == date
>>> test_edtf_round_trip()
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from timeline import _calendar as cal
from timeline._calendar import Hemisphere, Season
from timeline._duration import Duration, Qualifier, amount_of
from timeline._events import (
    Agreement,
    Announcement,
    Appointment,
    Dismissal,
    Event,
    Meeting,
    Resignation,
    Withdrawal,
)
from timeline._expressions import (
    Absolute,
    After,
    Amount,
    Anniversary,
    Before,
    Circa,
    CurrentUnit,
    Either,
    Expression,
    InUnit,
    Named,
    Now,
    NthInUnit,
    Part,
    PartOf,
    Recent,
    Shift,
    Since,
    Until,
)
from timeline._fiscal import FiscalYear
from timeline._fuzzy import DateLike, FuzzyDate
from timeline._patterns import (
    DayOfMonth,
    HalfOf,
    HolidayWeekend,
    IsoWeekOf,
    MonthDay,
    MonthOf,
    NthWeekdayOfMonth,
    Pattern,
    QuarterOf,
    SeasonOf,
    Selector,
    UnitPattern,
    WeekdayOf,
    Weekend,
    WorkingDay,
)
from timeline._period import OPEN, UNKNOWN, EndState, Ongoing, Period
from timeline._precision import Precision
from timeline.engine._tenures import Tenure

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

__all__ = [
    "days",
    "durations",
    "event_ids",
    "events",
    "expressions",
    "fuzzy_dates",
    "periods",
    "tenures",
]

#: The first and last day a strategy draws by default: a year inside the supported range.
FIRST_DRAWN_DAY: Final = cal.day_from_civil(cal.MIN_YEAR + 1, 1, 1)
LAST_DRAWN_DAY: Final = cal.day_from_civil(cal.MAX_YEAR - 1, 12, 31)
_SHRINK_TARGET: Final = cal.day_from_civil(2000, 1, 1)


def _bound(value: DateLike | None, default: int, name: str) -> int:
    if value is None:
        return default
    try:
        day = cal.day_of(value, argument=name)
    except (TypeError, ValueError) as error:
        raise InvalidArgument(str(error)) from None
    if not FIRST_DRAWN_DAY <= day <= LAST_DRAWN_DAY:
        msg = f"{name}={value!r} must lie within {cal.MIN_YEAR + 1}..{cal.MAX_YEAR - 1}"
        raise InvalidArgument(msg)
    return day


def _iso(day: int) -> str:
    return FuzzyDate.of(day).edtf()


@st.composite
def _special_day(draw: st.DrawFn, lo: int, hi: int) -> int:
    """A day where calendar code tends to break, clamped into ``lo..hi``."""
    year_lo, year_hi = cal.civil_from_day(lo)[0], cal.civil_from_day(hi)[0]
    year = draw(st.integers(year_lo, year_hi))
    kind = draw(st.sampled_from(("leap", "month end", "new year", "year zero")))
    if kind == "leap":
        leap = year - year % 4
        day = (
            cal.day_from_civil(leap, 2, 29)
            if cal.is_leap(leap)
            else cal.day_from_civil(leap, 2, 28)
        )
    elif kind == "month end":
        month = draw(st.integers(1, 12))
        day = cal.day_from_civil(year, month, cal.days_in_month(year, month))
    elif kind == "new year":
        day = cal.day_from_civil(year, 12, 28) + draw(st.integers(0, 7))
    else:
        day = cal.day_from_civil(0, 1, 1) + draw(st.integers(-400, 400))
    return min(max(day, lo), hi)


def days(
    *, min_value: DateLike | None = None, max_value: DateLike | None = None
) -> st.SearchStrategy[int]:
    """Day numbers (``datetime.date.toordinal`` counting, extended to BCE years).

    Shrinks towards 2000-01-01, or the bound nearest to it.

    >>> from hypothesis import given
    >>> @given(days(min_value="2020-01-01", max_value="2020-12-31"))
    ... def test_in_2020(day):
    ...     assert FuzzyDate.year(2020).contains(day)
    >>> test_in_2020()
    """
    lo, hi = _range(min_value, max_value)
    return _days_between(lo, hi)


def _range(min_value: DateLike | None, max_value: DateLike | None) -> tuple[int, int]:
    """The first and last day of ``min_value..max_value``, checked."""
    lo = _bound(min_value, FIRST_DRAWN_DAY, "min_value")
    hi = _bound(max_value, LAST_DRAWN_DAY, "max_value")
    if lo > hi:
        msg = f"min_value={min_value!r} is after max_value={max_value!r}"
        raise InvalidArgument(msg)
    return lo, hi


@functools.lru_cache(maxsize=1024)
def _days_between(lo: int, hi: int) -> st.SearchStrategy[int]:
    """The strategy of ``days``, built once for each range (Hypothesis checks each new one)."""
    anchor = min(max(_SHRINK_TARGET, lo), hi)
    uniform = st.integers(lo - anchor, hi - anchor).map(lambda offset: anchor + offset)
    return st.one_of(uniform, _special_day(lo, hi))


_UNITS: Final = tuple(p for p in Precision if p is not Precision.NONE)


#: A precision with the hemisphere of its seasons (``None`` for other precisions).
_Unit = tuple[Precision, Hemisphere | None]


def _unit_options(precisions: Sequence[Precision]) -> list[_Unit]:
    return [
        (precision, hemisphere)
        for precision in precisions
        for hemisphere in (tuple(Hemisphere) if precision is Precision.SEASON else (None,))
    ]


def _unit_of(day: int, unit: _Unit) -> FuzzyDate:
    precision, hemisphere = unit
    return FuzzyDate.containing(day, precision, hemisphere=hemisphere or Hemisphere.NORTHERN)


def _fitting(lo: int, hi: int, unit: _Unit) -> tuple[int, int] | None:
    """The days whose unit lies wholly within ``lo..hi`` (``None``: no whole unit does)."""
    if unit[0] is Precision.NONE:
        return lo, hi
    first = _unit_of(lo, unit)
    start = first.earliest_day if first.earliest_day >= lo else first.latest_day + 1
    last = _unit_of(hi, unit)
    end = last.latest_day if last.latest_day <= hi else last.earliest_day - 1
    return (start, end) if start <= end else None


@st.composite
def _fuzzy_date(
    draw: st.DrawFn, choices: tuple[tuple[_Unit, st.SearchStrategy[int]], ...], qualifiers: bool
) -> FuzzyDate:
    unit, drawn_days = draw(st.sampled_from(choices))
    day = draw(drawn_days)
    if unit[0] is Precision.NONE:
        other = draw(drawn_days)
        return FuzzyDate(min(day, other), max(day, other), Precision.NONE)
    date = _unit_of(day, unit)
    if not qualifiers:
        return date
    return attrs.evolve(date, approximate=draw(st.booleans()), uncertain=draw(st.booleans()))


def fuzzy_dates(
    *,
    min_value: DateLike | None = None,
    max_value: DateLike | None = None,
    containing: DateLike | None = None,
    precisions: Collection[Precision] | None = None,
    qualifiers: bool = True,
) -> st.SearchStrategy[FuzzyDate]:
    """Fuzzy dates of the given precisions (default: all) within ``min_value..max_value``.

    Units are whole calendar units (ISO weeks, meteorological seasons of either hemisphere);
    every day of a drawn date lies within ``min_value..max_value``, so a precision with no
    whole unit in the range is not drawn (an error if none of those asked for has one).
    ``containing`` draws instead the dates that contain that day: its unit of each precision,
    or an arbitrary range around it of up to 400 days on either side. ``Precision.NONE`` draws
    an arbitrary range. ``qualifiers`` draws EDTF's approximate and uncertain flags for units
    (a range cannot carry them in EDTF). Shrinks towards a day's precision, unqualified, near
    2000-01-01.

    >>> from hypothesis import given
    >>> @given(fuzzy_dates(min_value="2020-01-01", max_value="2020-12-31"))
    ... def test_within_2020(date):
    ...     assert date.earliest.year == date.latest.year == 2020
    >>> test_within_2020()
    >>> @given(fuzzy_dates(containing="2021-10-18", precisions=[Precision.WEEK], qualifiers=False))
    ... def test_around(date):
    ...     assert date.edtf() == "2021-W42"
    >>> test_around()
    """
    chosen = tuple(Precision) if precisions is None else tuple(precisions)
    if not chosen or not all(isinstance(p, Precision) for p in chosen):
        msg = f"precisions must be a non-empty collection of Precision, got {precisions!r}"
        raise InvalidArgument(msg)
    ordered = tuple(sorted(set(chosen)))
    if containing is not None:
        if min_value is not None or max_value is not None:
            msg = "give containing= or min_value=/max_value=, not both"
            raise InvalidArgument(msg)
        day = _bound(containing, 0, "containing")
        return _fuzzy_around(day, ordered, qualifiers)
    lo, hi = _range(min_value, max_value)
    return _fuzzy_within(lo, hi, ordered, qualifiers)


@functools.lru_cache(maxsize=1024)
def _fuzzy_within(
    lo: int, hi: int, precisions: tuple[Precision, ...], qualifiers: bool
) -> st.SearchStrategy[FuzzyDate]:
    choices = []
    for unit in _unit_options(precisions):
        fits = _fitting(lo, hi, unit)
        if fits is not None:
            choices.append((unit, _days_between(*fits)))
    if not choices:
        names = ", ".join(p.name for p in precisions)
        msg = (
            f"no whole unit of {names} lies within {_iso(lo)}..{_iso(hi)}; "
            "widen the range, or draw dates around a day with containing="
        )
        raise InvalidArgument(msg)
    return _fuzzy_date(tuple(choices), qualifiers)


@functools.lru_cache(maxsize=1024)
def _fuzzy_around(
    day: int, precisions: tuple[Precision, ...], qualifiers: bool
) -> st.SearchStrategy[FuzzyDate]:
    the_day = st.just(day)
    units = [(unit, the_day) for unit in _unit_options(precisions) if unit[0] is not Precision.NONE]
    dates = _fuzzy_date(tuple(units), qualifiers) if units else st.nothing()
    if Precision.NONE not in precisions:
        return dates
    lo, hi = max(day - 400, cal.MIN_DAY), min(day + 400, cal.MAX_DAY)
    ranges = st.builds(
        FuzzyDate,
        st.integers(0, day - lo).map(lambda before: day - before),
        st.integers(0, hi - day).map(lambda after: day + after),
    )
    return st.one_of(dates, ranges) if units else ranges


_ALL_STATES: Final = tuple(EndState)


@st.composite
def _period(
    draw: st.DrawFn,
    dates: st.SearchStrategy[FuzzyDate],
    start_states: Sequence[EndState],
    end_states: Sequence[EndState],
) -> Period:
    first = draw(dates)
    second = draw(dates)
    start, later = sorted((first, second), key=lambda d: d.earliest_day)
    start_state = draw(st.sampled_from(start_states))
    end_state = draw(st.sampled_from(end_states))
    end: FuzzyDate | Ongoing | object
    if end_state is EndState.KNOWN:
        end = later
    elif end_state is EndState.ONGOING:
        as_of = later if later.precision is not Precision.NONE else FuzzyDate.of(later.latest_day)
        end = Ongoing(as_of)
    elif end_state is EndState.OPEN:
        end = OPEN
    else:
        end = UNKNOWN
    beginning = {EndState.KNOWN: start, EndState.OPEN: OPEN, EndState.UNKNOWN: UNKNOWN}
    return Period(beginning[start_state], end)  # type: ignore[arg-type]


def periods(
    *,
    min_value: DateLike | None = None,
    max_value: DateLike | None = None,
    start_states: Collection[EndState] = (EndState.KNOWN, EndState.OPEN, EndState.UNKNOWN),
    end_states: Collection[EndState] = _ALL_STATES,
) -> st.SearchStrategy[Period]:
    """Periods whose start and end are in the given states (ends: all four by default).

    Known starts and ends, and the dates ongoing ends are known as of, lie within
    ``min_value..max_value`` (as ``fuzzy_dates`` draws them). Shrinks towards a known start
    and end of single days near 2000-01-01.

    >>> from hypothesis import given
    >>> @given(periods(end_states=[EndState.ONGOING]))
    ... def test_ongoing(period):
    ...     assert period.end_state is EndState.ONGOING
    >>> test_ongoing()
    """
    starts = tuple(start_states)
    ends = tuple(end_states)
    if not starts or EndState.ONGOING in starts:
        msg = f"start_states must be a non-empty collection of KNOWN, OPEN, UNKNOWN, got {starts!r}"
        raise InvalidArgument(msg)
    if not ends:
        msg = "end_states must not be empty"
        raise InvalidArgument(msg)
    order = list(EndState)
    return _period(
        fuzzy_dates(min_value=min_value, max_value=max_value),
        tuple(sorted(starts, key=order.index)),
        tuple(sorted(ends, key=order.index)),
    )


@st.composite
def _duration(
    draw: st.DrawFn, qualifiers: Sequence[Qualifier], max_years: int, negative: bool
) -> Duration:
    amounts = [
        draw(st.integers(0, max_years)),
        draw(st.integers(0, 24)),
        draw(st.integers(0, 10)),
        draw(st.integers(0, 400)),
    ]
    if negative and draw(st.booleans()):
        amounts = [-a for a in amounts]
    years, months, weeks, day_count = amounts
    qualifier = draw(st.sampled_from(qualifiers))
    return Duration(years=years, months=months, weeks=weeks, days=day_count, qualifier=qualifier)


def durations(
    *,
    qualifiers: Collection[Qualifier] = tuple(Qualifier),
    max_years: int = 100,
    negative: bool = True,
) -> st.SearchStrategy[Duration]:
    """Calendar durations, optionally negative, with the given qualifiers.

    Shrinks towards an exact zero duration.

    >>> from hypothesis import given
    >>> @given(durations(negative=False))
    ... def test_forward(duration):
    ...     assert not duration.is_negative
    >>> test_forward()
    """
    chosen = tuple(qualifiers)
    if not chosen:
        msg = "qualifiers must not be empty"
        raise InvalidArgument(msg)
    if max_years < 0:
        msg = f"max_years must be at least 0, got {max_years}"
        raise InvalidArgument(msg)
    order = list(Qualifier)
    return _duration(tuple(sorted(chosen, key=order.index)), max_years, negative)


def event_ids() -> st.SearchStrategy[str]:
    """Valid event ids: a letter or digit, then letters, digits and ``-_.:``.

    Shrinks towards ``"0"``.

    >>> from hypothesis import given
    >>> @given(event_ids())
    ... def test_ids(event_id):
    ...     assert Event(id=event_id, when="2020").id == event_id
    >>> test_ids()
    """
    return st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,15}", fullmatch=True)


_NAMES: Final = st.text(
    alphabet=st.characters(categories=("L", "N", "Zs"), exclude_characters="{}"),
    min_size=1,
    max_size=20,
).filter(str.strip)


@st.composite
def _event(
    draw: st.DrawFn, kinds: Sequence[type[Event]], dates: st.SearchStrategy[FuzzyDate | Period]
) -> Event:
    kind = draw(st.sampled_from(kinds))
    when = draw(dates)
    fields: dict[str, object] = {"id": draw(event_ids()), "when": when}
    if kind in (Appointment, Resignation, Dismissal):
        fields["person"] = draw(_NAMES)
        fields["office"] = draw(_NAMES)
    elif kind is Agreement:
        fields["parties"] = tuple(draw(st.lists(_NAMES, max_size=3)))
    elif kind is Withdrawal:
        fields["party"] = draw(_NAMES)
    return kind(**fields)  # type: ignore[arg-type]


_KINDS: Final = (
    Event,
    Appointment,
    Resignation,
    Dismissal,
    Agreement,
    Withdrawal,
    Announcement,
    Meeting,
)


def events(
    *,
    kinds: Collection[type[Event]] = _KINDS,
    min_value: DateLike | None = None,
    max_value: DateLike | None = None,
) -> st.SearchStrategy[Event]:
    """Events of the given kinds with a fuzzy date or a period as their ``when``.

    Their dates lie within ``min_value..max_value`` (as ``periods`` draws them). Shrinks
    towards a plain ``Event`` on a day near 2000-01-01.

    >>> from hypothesis import given
    >>> @given(events(kinds=[Appointment]))
    ... def test_appointments(event):
    ...     assert event.opens_tenure
    >>> test_appointments()
    """
    chosen = tuple(kinds)
    if not chosen or not all(isinstance(k, type) and issubclass(k, Event) for k in chosen):
        msg = f"kinds must be a non-empty collection of Event subclasses, got {kinds!r}"
        raise InvalidArgument(msg)
    dates = st.one_of(
        fuzzy_dates(min_value=min_value, max_value=max_value),
        periods(min_value=min_value, max_value=max_value),
    )
    return _event(chosen, dates)


@st.composite
def _tenure(
    draw: st.DrawFn,
    offices: st.SearchStrategy[str],
    dates: st.SearchStrategy[Period],
) -> Tenure:
    return Tenure(
        person=draw(_NAMES),
        office=draw(offices),
        period=draw(dates),
        acting=draw(st.booleans()),
    )


def tenures(
    *,
    offices: Collection[str] | None = None,
    min_value: DateLike | None = None,
    max_value: DateLike | None = None,
) -> st.SearchStrategy[Tenure]:
    """Tenures: a named person in one of ``offices`` (default: any name), acting or not.

    Starts are known or unknown; ends known, ongoing as of a date, or unknown (as records
    give them); their dates lie within ``min_value..max_value``. A list of them makes a
    ``Tenures``: ``st.lists(tenures(offices=["Envoy"])).map(Tenures)``. Shrinks towards a
    tenure of a single day near 2000-01-01.

    >>> from hypothesis import given
    >>> @given(tenures(offices=["Envoy"], min_value="2001-01-01", max_value="2021-12-31"))
    ... def test_envoys(tenure):
    ...     assert tenure.office == "Envoy"
    ...     start = tenure.period.start
    ...     assert start is UNKNOWN or start.earliest.year >= 2001
    >>> test_envoys()
    """
    if offices is None:
        names = _NAMES
    else:
        chosen = tuple(offices)
        if not chosen or not all(isinstance(o, str) and o.strip() for o in chosen):
            msg = f"offices must be a non-empty collection of names, got {offices!r}"
            raise InvalidArgument(msg)
        names = st.sampled_from(chosen)
    dates = periods(
        min_value=min_value,
        max_value=max_value,
        start_states=(EndState.KNOWN, EndState.UNKNOWN),
        end_states=(EndState.KNOWN, EndState.ONGOING, EndState.UNKNOWN),
    )
    return _tenure(names, dates)


# --- expressions ------------------------------------------------------------------------------

_EXPRESSION_UNITS: Final = (
    Precision.DAY,
    Precision.WEEK,
    Precision.MONTH,
    Precision.QUARTER,
    Precision.SEASON,
    Precision.YEAR,
    Precision.DECADE,
    Precision.CENTURY,
)


def _patterns() -> st.SearchStrategy[Pattern]:
    return st.one_of(
        st.integers(0, 6).map(WeekdayOf),
        st.integers(1, 12).map(MonthOf),
        st.tuples(st.integers(1, 12), st.integers(1, 28)).map(lambda md: MonthDay(*md)),
        st.integers(1, 28).map(DayOfMonth),
        st.sampled_from(Season).map(SeasonOf),
        st.integers(1, 4).map(QuarterOf),
        st.integers(1, 2).map(HalfOf),
    )


def _named_patterns() -> st.SearchStrategy[Pattern]:
    # ISO weeks by number belong to ISO years, so they are named ("week 42", "next week 42")
    # but never placed in a calendar year; weekends are named ("last weekend") too, and so is
    # a holiday's ("the July 4 weekend"), which some years have none of.
    return st.one_of(
        _patterns(),
        st.integers(1, 53).map(IsoWeekOf),
        st.just(Weekend()),
        st.just(WorkingDay()),
        st.tuples(st.integers(1, 12), st.integers(1, 28)).map(
            lambda md: HolidayWeekend(MonthDay(*md))
        ),
    )


def _absolute_dates() -> st.SearchStrategy[Expression]:
    units = fuzzy_dates(
        min_value="1000-01-01",
        max_value="2999-12-31",
        precisions=[
            Precision.DAY,
            Precision.WEEK,
            Precision.MONTH,
            Precision.QUARTER,
            Precision.SEASON,
            Precision.YEAR,
            Precision.DECADE,
        ],
        qualifiers=False,
    )
    return units.map(Absolute)


@st.composite
def _either_shift(draw: st.DrawFn, anchors: st.SearchStrategy[Expression]) -> Expression:
    """One anchor shifted by either of two counts of one unit ("2 or 3 days ago")."""
    anchor = draw(anchors)
    unit = draw(st.sampled_from([Precision.YEAR, Precision.MONTH, Precision.WEEK, Precision.DAY]))
    shorter = draw(st.integers(0, 30))
    longer = draw(st.integers(shorter + 1, shorter + 30))
    sign = draw(st.sampled_from([1, -1]))
    first, second = amount_of(unit, sign * shorter), amount_of(unit, sign * longer)
    # Every unit drawn has a fixed length.
    assert first is not None
    assert second is not None
    return Either(Shift(anchor, first), Shift(anchor, second))


@functools.cache
def _simple_dates() -> st.SearchStrategy[Expression]:
    """Date expressions without an inner expression (built once: Hypothesis checks each)."""
    return st.one_of(
        _absolute_dates(),
        st.builds(CurrentUnit, st.sampled_from(_EXPRESSION_UNITS), st.integers(-3, 3)),
        st.builds(Named, _named_patterns()),
        st.builds(
            Named,
            _named_patterns(),
            st.sampled_from([Selector.THIS, Selector.NEXT, Selector.LAST]),
        ),
        st.builds(
            Named,
            st.one_of(st.integers(0, 6).map(WeekdayOf), st.integers(1, 12).map(MonthOf)),
            st.sampled_from([Selector.AFTER, Selector.BEFORE]),
            st.integers(1, 5),
        ),
        st.builds(Named, st.just(Weekend()), st.just(Selector.BEFORE), st.integers(1, 5)),
        st.builds(Named, st.builds(NthWeekdayOfMonth, st.integers(1, 5), st.integers(0, 6))),
        st.builds(Named, _named_patterns(), st.sampled_from([Selector.AFTER, Selector.BEFORE])),
        st.builds(FiscalYear, offset=st.integers(-1, 1)),
        st.builds(FiscalYear, st.integers(1000, 2999).map(lambda y: Absolute(FuzzyDate.year(y)))),
        st.builds(
            InUnit,
            _patterns(),
            st.integers(1000, 2999).map(lambda year: Absolute(FuzzyDate.year(year))),
        ),
    )


@functools.cache
def _date_expressions(depth: int) -> st.SearchStrategy[Expression]:
    """Date expressions nested up to ``depth`` deep."""
    simple = _simple_dates()
    if depth <= 0:
        return simple
    inner = _date_expressions(depth - 1)
    return st.one_of(
        simple,
        st.builds(
            Shift,
            st.one_of(st.just(Now()), inner),
            durations(qualifiers=[Qualifier.EXACT], max_years=50),
        ),
        st.builds(Anniversary, st.integers(1, 100), inner),
        st.builds(Circa, inner),
        st.builds(Either, inner, inner),
        _either_shift(st.one_of(st.just(Now()), inner)),
        st.builds(
            PartOf,
            st.builds(
                CurrentUnit,
                st.sampled_from([Precision.WEEK, Precision.MONTH, Precision.YEAR]),
                st.integers(-2, 2),
            ),
            st.sampled_from(Part),
        ),
        st.builds(
            NthInUnit,
            st.integers(1, 3),
            st.one_of(
                st.integers(0, 6).map(WeekdayOf),
                st.just(UnitPattern(Precision.DAY)),
                st.just(Weekend()),
            ),
            st.builds(CurrentUnit, st.just(Precision.MONTH), st.integers(-2, 2)),
            st.booleans(),
        ),
    )


@st.composite
def _recent(draw: st.DrawFn) -> Expression:
    """A stretch of units: "the last 3 weeks", "the next 2 days", "the following 4 months"."""
    unit = draw(st.sampled_from([Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.YEAR]))
    count = draw(st.integers(1, 12))
    forward = draw(st.booleans())
    return Recent(unit, count, forward=forward, story=forward and draw(st.booleans()))


def expressions(*, max_depth: int = 2, periods: bool = True) -> st.SearchStrategy[Expression]:
    """Expression trees of dates (and, if ``periods``, periods and durations).

    Drawn trees are well formed; whether one resolves depends on the context (an anchor may
    fall outside the supported years, "earlier this month" is empty on the 1st), so tests
    should ``assume`` a successful resolution. Shrinks towards an absolute day near 2000.

    >>> from hypothesis import given
    >>> @given(expressions(max_depth=0, periods=False))
    ... def test_phrases(expression):
    ...     assert expression.phrase()
    >>> test_phrases()
    """
    if max_depth < 0:
        msg = f"max_depth must be at least 0, got {max_depth}"
        raise InvalidArgument(msg)
    dates = _date_expressions(max_depth)
    if not periods:
        return dates
    return st.one_of(
        dates,
        st.builds(Since, dates),
        st.builds(Until, dates),
        st.builds(After, dates, st.booleans()),
        st.builds(Before, dates, st.booleans()),
        _recent(),
        durations(negative=False, max_years=50).map(Amount),
    )
