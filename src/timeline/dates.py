"""Fuzzy dates, periods, precisions, Allen relations and the calendar values they use.

>>> from timeline.dates import FuzzyDate, Period
>>> Period.from_edtf("2018-09/2021-W42").start
FuzzyDate.month(2018, 9)
"""

from timeline._allen import Relation
from timeline._calendar import (
    MAX_YEAR,
    MIN_YEAR,
    CalendarDate,
    Hemisphere,
    Season,
    SeasonConvention,
    Weekday,
)
from timeline._fuzzy import DateLike, FuzzyDate
from timeline._period import OPEN, UNKNOWN, End, EndState, Ongoing, Open, Period, Start, Unknown
from timeline._precision import Precision

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "OPEN",
    "UNKNOWN",
    "CalendarDate",
    "DateLike",
    "End",
    "EndState",
    "FuzzyDate",
    "Hemisphere",
    "Ongoing",
    "Open",
    "Period",
    "Precision",
    "Relation",
    "Season",
    "SeasonConvention",
    "Start",
    "Unknown",
    "Weekday",
]
