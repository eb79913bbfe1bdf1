"""Allen's interval relations between fuzzy dates and periods, as the set still possible.

Each thing is seen as an interval of time with a start and an exclusive end (a day ``d`` is
``[d, d + 1)``), each endpoint known within bounds. A relation is possible when its (in)equalities
between endpoints can all hold within those bounds: a difference-constraint problem on four
variables, decided exactly by looking for a negative cycle.
"""

from __future__ import annotations

import enum
from typing import Final, NamedTuple, Protocol

from timeline import _calendar as cal

__all__ = ["Endpoints", "HasEndpoints", "Relation", "relations"]

#: Stand-ins for the open ends of a period: beyond every supported day, and equal to each other.
NEG_INFINITY: Final = cal.MIN_DAY - 10
POS_INFINITY: Final = cal.MAX_DAY + 10


class Relation(enum.Enum):
    """Allen's thirteen relations of one interval to another.

    >>> Relation.MEETS.inverse
    <Relation.MET_BY: 'met by'>
    """

    BEFORE = "before"
    MEETS = "meets"
    OVERLAPS = "overlaps"
    STARTS = "starts"
    DURING = "during"
    FINISHES = "finishes"
    EQUALS = "equals"
    FINISHED_BY = "finished by"
    CONTAINS = "contains"
    STARTED_BY = "started by"
    OVERLAPPED_BY = "overlapped by"
    MET_BY = "met by"
    AFTER = "after"

    @property
    def inverse(self) -> Relation:
        """The relation of the second interval to the first.

        >>> Relation.DURING.inverse
        <Relation.CONTAINS: 'contains'>
        """
        members = list(Relation)
        return members[len(members) - 1 - members.index(self)]


class Endpoints(NamedTuple):
    """Bounds of an interval's start and exclusive end; ``exact_length`` fixes end - start."""

    start_lo: int
    start_hi: int
    end_lo: int
    end_hi: int
    exact_length: int | None = None


class HasEndpoints(Protocol):
    """Anything that can say where its start and end may lie."""

    def endpoints(self) -> Endpoints:
        """Bounds of the start and the exclusive end."""
        ...


# Variables: 0 = start of a, 1 = end of a, 2 = start of b, 3 = end of b. Each condition is
# (i, j, c) meaning x_i - x_j <= c; "x_i < x_j" is (i, j, -1) and "x_i = x_j" two conditions.
_LT, _EQ = -1, 0
_A_S, _A_E, _B_S, _B_E = 0, 1, 2, 3


def _less(i: int, j: int) -> list[tuple[int, int, int]]:
    return [(i, j, _LT)]


def _same(i: int, j: int) -> list[tuple[int, int, int]]:
    return [(i, j, _EQ), (j, i, _EQ)]


_CONDITIONS: Final = {
    Relation.BEFORE: _less(_A_E, _B_S),
    Relation.MEETS: _same(_A_E, _B_S),
    Relation.OVERLAPS: _less(_A_S, _B_S) + _less(_B_S, _A_E) + _less(_A_E, _B_E),
    Relation.STARTS: _same(_A_S, _B_S) + _less(_A_E, _B_E),
    Relation.DURING: _less(_B_S, _A_S) + _less(_A_E, _B_E),
    Relation.FINISHES: _same(_A_E, _B_E) + _less(_B_S, _A_S),
    Relation.EQUALS: _same(_A_S, _B_S) + _same(_A_E, _B_E),
    Relation.FINISHED_BY: _same(_A_E, _B_E) + _less(_A_S, _B_S),
    Relation.CONTAINS: _less(_A_S, _B_S) + _less(_B_E, _A_E),
    Relation.STARTED_BY: _same(_A_S, _B_S) + _less(_B_E, _A_E),
    Relation.OVERLAPPED_BY: _less(_B_S, _A_S) + _less(_A_S, _B_E) + _less(_B_E, _A_E),
    Relation.MET_BY: _same(_B_E, _A_S),
    Relation.AFTER: _less(_B_E, _A_S),
}


def relations(a: HasEndpoints, b: HasEndpoints) -> frozenset[Relation]:
    """The relations of ``a`` to ``b`` that some choice of days within their bounds makes true.

    >>> from timeline import FuzzyDate
    >>> sorted(r.value for r in relations(FuzzyDate.year(2020), FuzzyDate.year(2021)))
    ['before', 'meets']
    """
    base = _intrinsic(a.endpoints(), 0) + _intrinsic(b.endpoints(), 2)
    return frozenset(
        relation for relation, extra in _CONDITIONS.items() if _consistent(base + extra)
    )


def _intrinsic(points: Endpoints, first: int) -> list[tuple[int, int, int]]:
    """Domains (against the zero variable 4) and the length condition of one interval."""
    start, end, zero = first, first + 1, 4
    conditions = [
        (start, zero, points.start_hi),
        (zero, start, -points.start_lo),
        (end, zero, points.end_hi),
        (zero, end, -points.end_lo),
        (start, end, -1),
    ]
    if points.exact_length is not None:
        conditions.append((end, start, points.exact_length))
    return conditions


def _consistent(conditions: list[tuple[int, int, int]]) -> bool:
    """Whether the difference constraints have a solution: no negative cycle (Floyd-Warshall)."""
    size = 5
    inf = float("inf")
    dist = [[0 if i == j else inf for j in range(size)] for i in range(size)]
    for i, j, c in conditions:
        # x_i - x_j <= c is an edge j -> i of weight c.
        dist[j][i] = min(dist[j][i], c)
    for k in range(size):
        row_k = dist[k]
        for i in range(size):
            d_ik = dist[i][k]
            if d_ik == inf:
                continue
            row_i = dist[i]
            for j in range(size):
                through = d_ik + row_k[j]
                row_i[j] = min(row_i[j], through)
    return all(dist[i][i] >= 0 for i in range(size))
