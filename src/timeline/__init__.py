"""timeline: dated events from text and records.

Fuzzy dates and periods that keep what is not known, relative phrases resolved against the
document they come from, tenures derived from events, and Gantt charts that show uncertainty.

>>> import timeline
>>> timeline.FuzzyDate.from_edtf("2018-09").latest
Date(2018, 9, 30)
"""

from typing import TYPE_CHECKING, Final

from timeline import errors
from timeline.dates import (
    MAX_YEAR,
    MIN_YEAR,
    OPEN,
    UNKNOWN,
    CalendarDate,
    DateLike,
    End,
    EndState,
    FuzzyDate,
    Hemisphere,
    Ongoing,
    Open,
    Period,
    Precision,
    Relation,
    Season,
    SeasonConvention,
    Start,
    Unknown,
    Weekday,
)
from timeline.durations import Duration, Qualifier
from timeline.errors import (
    ContradictionError,
    ParseError,
    TimelineError,
    TimelineWarning,
    ValidationError,
)

if TYPE_CHECKING:
    from timeline._context import (
        Bias,
        Context,
        DateOrder,
        FiscalNaming,
        HebrewDays,
        NextNamed,
        NextWeekday,
        PartsConvention,
        RecentUnits,
        Resolution,
        ShiftGrain,
        ThisNamed,
        UpcomingCount,
    )
    from timeline.engine import (
        Explanation,
        Holders,
        ResolvedTimeline,
        Tenure,
        Tenures,
        Timeline,
        tenures_from_records,
    )
    from timeline.events import (
        Agreement,
        Announcement,
        Appointment,
        Dismissal,
        Event,
        Evidence,
        Meeting,
        Resignation,
        Source,
        When,
        Withdrawal,
    )
    from timeline.expressions import Expression
    from timeline.io import dump, load
    from timeline.parsing import extract, parse, resolve

__version__ = "0.1.0"

# The parser and the engine load on first use: ``import timeline`` stays light for those who
# only need dates (PEP 562 module attributes).
_LAZY: Final = {
    "Bias": "timeline._context",
    "Context": "timeline._context",
    "DateOrder": "timeline._context",
    "NextWeekday": "timeline._context",
    "PartsConvention": "timeline._context",
    "RecentUnits": "timeline._context",
    "Resolution": "timeline._context",
    "ShiftGrain": "timeline._context",
    "FiscalNaming": "timeline._context",
    "HebrewDays": "timeline._context",
    "NextNamed": "timeline._context",
    "ThisNamed": "timeline._context",
    "UpcomingCount": "timeline._context",
    "Agreement": "timeline.events",
    "Announcement": "timeline.events",
    "Appointment": "timeline.events",
    "Dismissal": "timeline.events",
    "Event": "timeline.events",
    "Evidence": "timeline.events",
    "Meeting": "timeline.events",
    "Resignation": "timeline.events",
    "Source": "timeline.events",
    "When": "timeline.events",
    "Withdrawal": "timeline.events",
    "Expression": "timeline.expressions",
    "extract": "timeline.parsing",
    "parse": "timeline.parsing",
    "resolve": "timeline.parsing",
    "Explanation": "timeline.engine",
    "Holders": "timeline.engine",
    "ResolvedTimeline": "timeline.engine",
    "Tenure": "timeline.engine",
    "Tenures": "timeline.engine",
    "Timeline": "timeline.engine",
    "tenures_from_records": "timeline.engine",
    "dump": "timeline.io",
    "load": "timeline.io",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        msg = f"module 'timeline' has no attribute {name!r}"
        raise AttributeError(msg)
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "OPEN",
    "UNKNOWN",
    "Agreement",
    "Announcement",
    "Appointment",
    "Bias",
    "CalendarDate",
    "Context",
    "ContradictionError",
    "DateLike",
    "DateOrder",
    "Dismissal",
    "Duration",
    "End",
    "EndState",
    "Event",
    "Evidence",
    "Explanation",
    "Expression",
    "FiscalNaming",
    "FuzzyDate",
    "HebrewDays",
    "Hemisphere",
    "Holders",
    "Meeting",
    "NextNamed",
    "NextWeekday",
    "Ongoing",
    "Open",
    "ParseError",
    "PartsConvention",
    "Period",
    "Precision",
    "Qualifier",
    "RecentUnits",
    "Relation",
    "Resignation",
    "Resolution",
    "ResolvedTimeline",
    "Season",
    "SeasonConvention",
    "ShiftGrain",
    "Source",
    "Start",
    "Tenure",
    "Tenures",
    "ThisNamed",
    "Timeline",
    "TimelineError",
    "TimelineWarning",
    "Unknown",
    "UpcomingCount",
    "ValidationError",
    "Weekday",
    "When",
    "Withdrawal",
    "__version__",
    "dump",
    "errors",
    "extract",
    "load",
    "parse",
    "resolve",
    "tenures_from_records",
]
