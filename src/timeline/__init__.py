"""timeline: dated events from text and records.

Fuzzy dates and periods that keep what is not known, relative phrases resolved against the
document they come from, tenures derived from events, and Gantt charts that show uncertainty.

>>> import timeline
>>> timeline.FuzzyDate.from_edtf("2018-09").latest
Date(2018, 9, 30)
"""

from timeline import errors
from timeline._context import (
    Bias,
    Context,
    DateOrder,
    NextWeekday,
    PartsConvention,
    RecentUnits,
    Resolution,
    ShiftGrain,
    UpcomingCount,
)
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
from timeline.parsing import extract, parse, resolve

__version__ = "0.1.0"

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
    "Expression",
    "FuzzyDate",
    "Hemisphere",
    "Meeting",
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
    "Season",
    "SeasonConvention",
    "ShiftGrain",
    "Source",
    "Start",
    "TimelineError",
    "TimelineWarning",
    "Unknown",
    "UpcomingCount",
    "ValidationError",
    "Weekday",
    "When",
    "Withdrawal",
    "__version__",
    "errors",
    "extract",
    "parse",
    "resolve",
]
