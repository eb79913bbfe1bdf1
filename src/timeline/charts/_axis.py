"""A date axis in day numbers: ticks that read well from days to millennia, BCE included.

Charts plot days as plain numbers (``datetime.date.toordinal`` counting, extended to BCE), so
the axis is not limited to matplotlib's datetime range. The locator picks a calendar step that
gives a handful of ticks (days, weeks, months, quarters, years, decades, centuries, millennia)
and places ticks on the calendar's own boundaries; the formatter writes them at that grain.
"""

from __future__ import annotations

from typing import Final

from matplotlib.ticker import Formatter, Locator

from timeline import _calendar as cal

__all__ = ["DayFormatter", "DayLocator", "format_day", "year_label"]

MONTHS: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Steps in (unit, size): days, weeks (as 7 days), months, years.
_STEPS: Final = (
    ("day", 1),
    ("day", 2),
    ("day", 7),
    ("day", 14),
    ("month", 1),
    ("month", 2),
    ("month", 3),
    ("month", 6),
    ("year", 1),
    ("year", 2),
    ("year", 5),
    ("year", 10),
    ("year", 20),
    ("year", 25),
    ("year", 50),
    ("year", 100),
    ("year", 200),
    ("year", 250),
    ("year", 500),
    ("year", 1000),
    ("year", 2000),
    ("year", 5000),
)
_APPROX_DAYS: Final = {"day": 1.0, "month": 30.44, "year": 365.2425}


def year_label(year: int) -> str:
    """A year as readers write it: 44 BC for astronomical -43, 1 BC for 0.

    >>> year_label(2021), year_label(0), year_label(-43)
    ('2021', '1 BC', '44 BC')
    """
    return f"{1 - year} BC" if year <= 0 else str(year)


def format_day(day: int, grain: str = "day") -> str:
    """A day number at a grain: "18 Oct 2021", "Oct 2021", "2021", "44 BC".

    >>> format_day(cal.make_day(2021, 10, 18)), format_day(cal.make_day(-43, 3, 15), "year")
    ('18 Oct 2021', '44 BC')
    """
    day = min(max(day, cal.MIN_DAY), cal.MAX_DAY)
    year, month, dom = cal.civil_from_day(day)
    if grain == "year":
        return year_label(year)
    if grain == "month":
        return f"{MONTHS[month - 1]} {year_label(year)}"
    return f"{dom} {MONTHS[month - 1]} {year_label(year)}"


def _step_for(span: float, wanted: int) -> tuple[str, int]:
    for unit, size in _STEPS:
        if span / (_APPROX_DAYS[unit] * size) <= wanted:
            return unit, size
    return _STEPS[-1]


def ticks(lo: float, hi: float, wanted: int = 7) -> tuple[list[int], str]:
    """Calendar-aligned tick days between ``lo`` and ``hi``, and the grain to label them at.

    >>> days, grain = ticks(cal.make_day(2018, 1, 1), cal.make_day(2022, 1, 1))
    >>> grain, [format_day(d, grain) for d in days]
    ('year', ['2018', '2019', '2020', '2021', '2022'])
    """
    first = max(int(lo), cal.MIN_DAY)
    last = min(int(hi) + 1, cal.MAX_DAY)
    if last <= first:
        return [first], "day"
    unit, size = _step_for(last - first, wanted)
    found: list[int] = []
    if unit == "day":
        start = first if size == 1 else first + (-(first - 1)) % size
        if size == 7:
            start = cal.week_start(first) + (7 if cal.week_start(first) < first else 0)
        found = list(range(start, last + 1, size))
        return found, "day"
    year, month, _ = cal.civil_from_day(first)
    if unit == "month":
        index = (year * 12 + month - 1 + size - 1) // size * size
        while True:
            y, m0 = divmod(index, 12)
            if not cal.MIN_YEAR <= y <= cal.MAX_YEAR:
                break
            day = cal.day_from_civil(y, m0 + 1, 1)
            if day > last:
                break
            if day >= first:
                found.append(day)
            index += size
        return found, "month"
    # Round numbers as readers count years (50 BC, not astronomical -50 = 51 BC): step in
    # historical numbering, which has no year 0; its slot takes AD 1 so steps stay even.
    n = -(-_historical(year) // size) * size
    while True:
        y = n if n > 0 else n + 1 if n < 0 else 1
        if y > cal.MAX_YEAR:
            break
        day = cal.day_from_civil(y, 1, 1)
        if day > last:
            break
        if day >= first and (not found or day > found[-1]):
            found.append(day)
        n += size
    return found, "year"


def _historical(year: int) -> int:
    """An astronomical year as a signed historical one: 0 is -1 (1 BC), -43 is -44 (44 BC)."""
    return year if year > 0 else year - 1


class DayLocator(Locator):
    """Ticks on calendar boundaries for an axis in day numbers."""

    def __init__(self, wanted: int = 7) -> None:
        self.wanted = wanted

    def __call__(self) -> list[int]:
        if self.axis is None:
            return []
        lo, hi = sorted(self.axis.get_view_interval())
        return self.tick_values(lo, hi)

    def tick_values(self, vmin: float, vmax: float) -> list[int]:
        """The tick days in the view."""
        return ticks(vmin, vmax, self.wanted)[0]


class DayFormatter(Formatter):
    """Labels for ticks at the grain the locator chose."""

    def __call__(self, x: float, pos: int | None = None) -> str:
        if self.axis is None:
            return format_day(round(x))
        lo, hi = sorted(self.axis.get_view_interval())
        grain = ticks(lo, hi)[1]
        return format_day(round(x), grain)
