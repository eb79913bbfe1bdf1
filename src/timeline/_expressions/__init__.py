"""The expression tree: what temporal phrases mean, and how each resolves in a ``Context``.

Every node is a frozen value that prints back to a canonical English phrase (``phrase()``)
and resolves to a ``FuzzyDate``, ``Period`` or ``Duration``. Nodes compute at an exact
reference day; when the reference itself is fuzzy (a document dated "October 2021"), the
result is the hull of the results at its first and last day, which is exact because every
rule here moves forward as the reference does.
"""

from __future__ import annotations

from timeline._expressions._base import (
    Expression,
    date_of,
    fuzzy,
    hull_values,
    over,
    step_unit,
    unit_around,
    unit_name,
)
from timeline._expressions._dates import (
    Absolute,
    CurrentUnit,
    InUnit,
    Named,
    Now,
    NthInUnit,
    NumericDate,
    Previous,
    ShortDecade,
    ShortYear,
    UnitOf,
    WithinUnit,
    WithinUnitPart,
    window_year,
)
from timeline._expressions._periods import (
    Amount,
    Between,
    Either,
    ForDuration,
    Recent,
    Since,
    Until,
    weekday_alone,
)
from timeline._expressions._relations import (
    After,
    Anniversary,
    Before,
    Circa,
    EventRef,
    Part,
    PartOf,
    Shift,
    TenureStart,
)
from timeline._expressions._story import from_the_story, told_before

__all__ = [
    "Absolute",
    "After",
    "Amount",
    "Anniversary",
    "Before",
    "Between",
    "Circa",
    "CurrentUnit",
    "Either",
    "EventRef",
    "Expression",
    "ForDuration",
    "InUnit",
    "Named",
    "Now",
    "NthInUnit",
    "NumericDate",
    "Part",
    "PartOf",
    "Previous",
    "Recent",
    "Shift",
    "ShortDecade",
    "ShortYear",
    "Since",
    "TenureStart",
    "UnitOf",
    "Until",
    "WithinUnit",
    "WithinUnitPart",
    "date_of",
    "from_the_story",
    "fuzzy",
    "hull_values",
    "over",
    "step_unit",
    "told_before",
    "unit_around",
    "unit_name",
    "weekday_alone",
    "window_year",
]
