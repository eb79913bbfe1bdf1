"""The engine's monotone day maps (``timeline.engine._maps``), checked against brute force."""

import calendar
import datetime

from hypothesis import given
from hypothesis import strategies as st

from timeline import _calendar as cal
from timeline.engine._maps import NEVER_AFTER, NEVER_BEFORE, CalendarShift, DayShift, Then, then
from timeline.strategies import days

# Days whose calendar neighbourhood (a few years either side) stays within 1..9999, where a day
# number is ``datetime.date.toordinal`` and the standard library can act as an oracle.
MODERN = days(min_value="1800-01-01", max_value="2200-12-31")
MONTHS = st.integers(-60, 60)
OFFSETS = st.integers(-45, 45)
# Estimating a shift of m months as m average months (30.436875 days) is off by a few days at
# most (month lengths, then clamping); the scans look this far either side of the estimate and
# assert that their window brackets the answer, so a wrong estimate fails loudly.
RADIUS = 40


def oracle_add_months(day, months):
    """``day`` plus calendar months with the standard library, clamping to the month's end."""
    date = datetime.date.fromordinal(day)
    index = date.year * 12 + date.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, min(date.day, last)).toordinal()


def scan_last_at_most(apply, bound, around):
    """The largest day near ``around`` whose image is at most ``bound``, found by a linear scan."""
    window = range(around - RADIUS, around + RADIUS + 1)
    assert apply(window[0]) <= bound < apply(window[-1]), "the window must bracket the answer"
    return max(d for d in window if apply(d) <= bound)


def scan_first_at_least(apply, bound, around):
    """The smallest day near ``around`` whose image is at least ``bound``, by a linear scan."""
    window = range(around - RADIUS, around + RADIUS + 1)
    assert apply(window[0]) < bound <= apply(window[-1]), "the window must bracket the answer"
    return min(d for d in window if apply(d) >= bound)


@given(MODERN, MONTHS, OFFSETS)
def test_calendar_shift_applies_months_then_days(day, months, offset):
    """CalendarShift moves a day by whole calendar months (clamped) and then by days."""
    shift = CalendarShift(months=months, days=offset)
    assert shift.apply(day) == oracle_add_months(day, months) + offset


def test_calendar_shift_clamps_month_ends_by_hand():
    """31 January plus a month is the last day of February, in leap and common years alike."""
    one = CalendarShift(months=1)
    assert cal.iso_of(one.apply(cal.make_day(2020, 1, 31))) == "2020-02-29"
    assert cal.iso_of(one.apply(cal.make_day(2021, 1, 31))) == "2021-02-28"
    assert cal.iso_of(CalendarShift(months=-1).apply(cal.make_day(2021, 3, 31))) == "2021-02-28"
    assert cal.iso_of(CalendarShift(months=12).apply(cal.make_day(2020, 2, 29))) == "2021-02-28"


@given(MODERN, MODERN, MONTHS, OFFSETS)
def test_calendar_shift_is_monotone(first, second, months, offset):
    """A later day never maps to an earlier one, which the propagation on bounds relies on."""
    shift = CalendarShift(months=months, days=offset)
    low, high = sorted((first, second))
    assert shift.apply(low) <= shift.apply(high)


@given(MODERN, MONTHS, OFFSETS)
def test_calendar_shift_inverses_match_a_scan(bound, months, offset):
    """last_at_most / first_at_least are the largest / smallest preimages found by scanning."""
    shift = CalendarShift(months=months, days=offset)
    around = bound - offset - round(months * 30.436875)
    assert shift.last_at_most(bound) == scan_last_at_most(shift.apply, bound, around)
    assert shift.first_at_least(bound) == scan_first_at_least(shift.apply, bound, around)


def test_calendar_shift_inverse_on_a_leap_day_by_hand():
    """No day plus twelve months is 29 February 2021; the nearest preimages bracket it.

    Twelve months after 28 February 2020 is 28 February 2021, after 29 February 2020 also 28
    February 2021 (clamped), and after 1 March 2020 is 1 March 2021.
    """
    shift = CalendarShift(months=12)
    feb28 = cal.make_day(2021, 2, 28)
    assert cal.iso_of(shift.last_at_most(feb28)) == "2020-02-29"
    assert cal.iso_of(shift.first_at_least(feb28)) == "2020-02-28"
    assert cal.iso_of(shift.first_at_least(feb28 + 1)) == "2020-03-01"


def test_calendar_shift_at_the_edges_of_the_calendar():
    """A shift that would leave the supported range lands just past the edge it is near."""
    assert CalendarShift(months=1).apply(cal.MAX_DAY) == cal.MAX_DAY + 1
    assert CalendarShift(months=-1).apply(cal.MIN_DAY) == cal.MIN_DAY - 1
    # Every day maps at most to MAX_DAY + 1, so every day's image is at most that.
    assert CalendarShift(months=1).last_at_most(cal.MAX_DAY + 1) == cal.MAX_DAY


@given(MODERN, st.integers(-1000, 1000))
def test_day_shift_and_its_inverses(day, offset):
    """DayShift adds days; both inverses subtract them (a shift is a bijection)."""
    shift = DayShift(offset)
    assert shift.apply(day) == day + offset
    assert shift.last_at_most(day) == day - offset
    assert shift.first_at_least(day) == day - offset


@given(MODERN, MONTHS, OFFSETS, MONTHS, OFFSETS)
def test_then_composes_maps(day, months, offset, more_months, more_offset):
    """Then(first, second) applies first and then second; its inverses match a scan."""
    first = CalendarShift(months=months, days=offset)
    second = CalendarShift(months=more_months, days=more_offset)
    both = Then(first, second)
    assert both.apply(day) == second.apply(first.apply(day))
    around = day - offset - more_offset - round((months + more_months) * 30.436875)
    assert both.last_at_most(day) == scan_last_at_most(both.apply, day, around)
    assert both.first_at_least(day) == scan_first_at_least(both.apply, day, around)


def test_then_simplifies_shifts():
    """Day shifts add up, zero shifts vanish, and a bound that never binds stays one."""
    assert then(DayShift(3), DayShift(-1)) == DayShift(2)
    assert then(DayShift(0), CalendarShift(months=12)) == CalendarShift(months=12)
    assert then(CalendarShift(months=2), DayShift(0)) == CalendarShift(months=2)
    assert then(CalendarShift(months=2, days=1), DayShift(4)) == CalendarShift(months=2, days=5)
    assert then(NEVER_AFTER, CalendarShift(months=1)) == NEVER_AFTER
    assert then(CalendarShift(months=1), NEVER_BEFORE) == NEVER_BEFORE
    assert isinstance(then(DayShift(1), CalendarShift(months=1)), Then)


@given(MODERN, st.integers(-40, 40), MONTHS, OFFSETS)
def test_then_keeps_the_meaning(day, offset, months, more_offset):
    """Whatever form then() simplifies to, it maps every day as the two maps in turn do."""
    for first, second in (
        (DayShift(offset), CalendarShift(months=months, days=more_offset)),
        (CalendarShift(months=months, days=more_offset), DayShift(offset)),
        (DayShift(offset), DayShift(more_offset)),
    ):
        assert then(first, second).apply(day) == second.apply(first.apply(day))
