"""The timeline engine: constraint propagation over dated evidence, explanations, tenures.

>>> from timeline import Event, Timeline
>>> line = Timeline([Event(id="a", when="2001-09-11"), Event(id="b", when="3 days after {a}")])
>>> line.resolve()["b"]
FuzzyDate.day(2001, 9, 14)
"""

from timeline.engine._derive import derive_tenures
from timeline.engine._explain import Explanation, Reason, Step
from timeline.engine._records import tenures_from_records
from timeline.engine._tenures import Holders, Overlap, Tenure, Tenures, Vacancy
from timeline.engine._timeline import ResolvedTimeline, Timeline

__all__ = [
    "Explanation",
    "Holders",
    "Overlap",
    "Reason",
    "ResolvedTimeline",
    "Step",
    "Tenure",
    "Tenures",
    "Timeline",
    "Vacancy",
    "derive_tenures",
    "tenures_from_records",
]
