"""The constraint network: day variables with bounds, and monotone relations between them.

Every time point is a variable whose domain is an interval of day numbers. Evidence is either a
bound on one variable or a relation ``low(x) <= y <= high(x)`` between two, with ``low`` and
``high`` non-decreasing maps (:mod:`timeline.engine._maps`). Propagation tightens bounds until
nothing changes; for pure difference constraints this is Bellman-Ford from the origin in both
directions, so each domain ends as the minimal network's projection, exactly as a Simple
Temporal Network would give it.

Every bound change is a step in an append-only derivation log (which constraint moved which
variable to which day, from which earlier step), so each resolved date can say why it is what
it is and an empty domain can be traced back to the evidence that conflicts. Steps only point
to earlier steps, so a chain of reasons never goes round in a circle, even when a bound was
sharpened by a round trip through a month shift. Constraints and steps are kept in parallel
lists rather than objects: a million events make millions of them.
"""

from __future__ import annotations

import heapq
from typing import TYPE_CHECKING, Final

import attrs

from timeline import _calendar as cal
from timeline.engine._cycles import Edge, fewest_edges_negative_cycle, search_cost
from timeline.engine._maps import NEVER_AFTER, NEVER_BEFORE, DayShift, Map

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["Bound", "Conflict", "Network", "Relation", "Step"]

#: The step recorded for a bound that no evidence set.
NO_REASON: Final = -1

#: The calendar repeats every 400 years; a bound that creeps further than this around a cycle
#: of evidence with a month or year shift in it will never settle.
_CALENDAR_PERIOD: Final = 146_097

#: The longest conflict cut down to the evidence it needs (each try propagates the rest).
_IRREDUCIBLE_LIMIT: Final = 64

#: The most steps (variables x day differences x rounds) spent looking for a shorter conflict.
_SHORTEST_BUDGET: Final = 400_000

#: How often a bound moves before the solver first checks whether it is running round a cycle;
#: the next check waits for twice as many moves, so a network that settles pays little.
_FIRST_RUNAWAY_CHECK: Final = 64


@attrs.frozen(slots=True)
class Bound:
    """Evidence that puts one variable within ``[lo, hi]``."""

    variable: int
    lo: int
    hi: int


@attrs.frozen(slots=True)
class Relation:
    """Evidence that ``low(x) <= y <= high(x)``."""

    x: int
    y: int
    low: Map
    high: Map


@attrs.frozen(slots=True)
class Step:
    """One step of a derivation: ``constraint`` moved ``variable``'s bound to ``day``."""

    constraint: int
    variable: int
    day: int


@attrs.frozen(slots=True)
class Conflict:
    """Evidence that cannot all hold: the constraints, in the order they chain together.

    ``lo`` and ``hi`` are the bounds ``variable`` had when the conflict was found: crossed
    where its domain emptied, in order where a bound was caught running round a cycle.
    ``at_edge`` says that one of them was carried from the edge of the supported calendar
    rather than from evidence (a chain of steps that runs past year 9999).
    """

    variable: int
    constraints: tuple[int, ...]
    lo: int
    hi: int
    at_edge: bool = False


class Network:
    """A mutable builder and solver; the timeline wraps its results in immutable values.

    >>> net = Network()
    >>> a, b = net.variable(), net.variable()
    >>> _ = net.bound(a, 10, 20)
    >>> _ = net.difference(a, b, 3, 3)
    >>> net.propagate() is None, net.lo[b], net.hi[b]
    (True, 13, 23)
    """

    def __init__(self) -> None:
        self.lo: list[int] = []
        self.hi: list[int] = []
        # The last derivation step of each variable's bounds.
        self.lo_why: list[int] = []
        self.hi_why: list[int] = []
        # The derivation log: per step, its constraint, variable, day and the earlier step it
        # was derived from (NO_REASON for evidence that bounded the variable directly).
        self._step_constraint: list[int] = []
        self._step_variable: list[int] = []
        self._step_day: list[int] = []
        self._step_from: list[int] = []
        # Per constraint: x (or the bounded variable), y (-1 for a bound), and either the two
        # difference offsets of a relation whose maps are day shifts, the bounds of a bound,
        # or None with the maps kept aside.
        self._x: list[int] = []
        self._y: list[int] = []
        self._a: list[int | None] = []
        self._b: list[int | None] = []
        self._maps: dict[int, tuple[Map, Map]] = {}

    @property
    def size(self) -> int:
        """How many constraints there are."""
        return len(self._x)

    @property
    def steps(self) -> int:
        """How many derivation steps have been logged: the work propagation has done."""
        return len(self._step_constraint)

    def constraint(self, index: int) -> Bound | Relation:
        """Constraint ``index`` as a value."""
        x, y = self._x[index], self._y[index]
        if y < 0:
            return Bound(x, self._a[index] or 0, self._b[index] or 0)
        low, high = self._maps.get(index) or (
            DayShift(self._a[index] or 0),
            DayShift(self._b[index] or 0),
        )
        return Relation(x, y, low, high)

    def other_end(self, index: int, variable: int) -> int:
        """The relation's variable that is not ``variable``."""
        return self._x[index] if self._y[index] == variable else self._y[index]

    # --- building -----------------------------------------------------------------------------

    def variable(self) -> int:
        """A new variable with the whole supported range as its domain."""
        self.lo.append(cal.MIN_DAY)
        self.hi.append(cal.MAX_DAY)
        self.lo_why.append(NO_REASON)
        self.hi_why.append(NO_REASON)
        return len(self.lo) - 1

    def variables(self, count: int) -> range:
        """``count`` new variables at once, as ``variable`` makes them."""
        first = len(self.lo)
        self.lo.extend([cal.MIN_DAY] * count)
        self.hi.extend([cal.MAX_DAY] * count)
        self.lo_why.extend([NO_REASON] * count)
        self.hi_why.extend([NO_REASON] * count)
        return range(first, first + count)

    def bound(self, variable: int, lo: int, hi: int) -> int:
        """Add ``lo <= variable <= hi``; returns the constraint's index."""
        index = len(self._x)
        self._x.append(variable)
        self._y.append(-1)
        self._a.append(lo)
        self._b.append(hi)
        if lo > self.lo[variable]:
            self.lo[variable] = lo
            self.lo_why[variable] = self._step(index, variable, lo, NO_REASON)
        if hi < self.hi[variable]:
            self.hi[variable] = hi
            self.hi_why[variable] = self._step(index, variable, hi, NO_REASON)
        return index

    def _step(self, constraint: int, variable: int, day: int, source: int) -> int:
        self._step_constraint.append(constraint)
        self._step_variable.append(variable)
        self._step_day.append(day)
        self._step_from.append(source)
        return len(self._step_constraint) - 1

    def relate(self, x: int, y: int, low: Map | int, high: Map | int) -> int:
        """Add ``low(x) <= y <= high(x)``; an int is a day offset. Returns the index."""
        index = len(self._x)
        self._x.append(x)
        self._y.append(y)
        if type(low) is int and type(high) is int:  # the common case, first
            self._a.append(low)
            self._b.append(high)
            return index
        if isinstance(low, DayShift):
            low = low.days
        if isinstance(high, DayShift):
            high = high.days
        if isinstance(low, int) and isinstance(high, int):
            self._a.append(low)
            self._b.append(high)
        else:
            self._a.append(None)
            self._b.append(None)
            self._maps[index] = (
                DayShift(low) if isinstance(low, int) else low,
                DayShift(high) if isinstance(high, int) else high,
            )
        return index

    def difference(self, x: int, y: int, least: int | None, most: int | None) -> int:
        """Add ``least <= y - x <= most`` (``None`` for no bound on that side)."""
        low = NEVER_BEFORE if least is None else DayShift(least)
        high = NEVER_AFTER if most is None else DayShift(most)
        return self.relate(x, y, low, high)

    # --- solving ------------------------------------------------------------------------------

    def propagate(self) -> Conflict | None:
        """Tighten every bound to a fixpoint; the first conflict found, or ``None``.

        Lower bounds depend only on lower bounds (``y >= low(x)`` raises ``y`` from ``x``, and
        ``x >= high⁻¹(y)`` raises ``x`` from ``y``), and upper bounds only on upper bounds, so
        the two are propagated separately, each with half the rules. A bound that keeps moving
        around a cycle of day differences would empty its domain one day at a time; instead, a
        bound that moves often is checked for a derivation that went round a cycle, and the
        cycle is the conflict. A cycle through a month or year shift can creep and still
        settle (a month after 30 January is at most 29 days later), so it is followed until it
        settles or has crept through a whole 400-year calendar cycle.
        """
        for variable in range(len(self.lo)):
            if self.lo[variable] > self.hi[variable]:
                return self._conflict(variable)
        return self._sweep(lower=False) or self._sweep(lower=True) or self._empty()

    def unbind_the_calendar_edges(self) -> None:
        """Bounds derived from the ends of the calendar, not from evidence, become no bounds.

        "After {a}" where nothing bounds a from below is no earlier than the day after the
        first supported day, which is true but no evidence says it: shown, it reads as a
        date ("-9999-01-02"). After propagation, each bound whose derivation starts from a
        variable's whole-calendar domain rather than from a piece of evidence is set back to
        the calendar's end, with no reason, as if nothing bounded it. Only where such a
        derivation exists is the derivation log walked.
        """
        ys, constraints, sources = self._y, self._step_constraint, self._step_from
        first = None
        step = -1
        while True:  # the first step pushed from a domain no evidence had bounded
            try:
                step = sources.index(NO_REASON, step + 1)
            except ValueError:
                break
            if ys[constraints[step]] >= 0:
                first = step
                break
        if first is None:
            return
        from_edge = bytearray(len(sources))
        for step in range(first, len(sources)):
            source = sources[step]
            if source == NO_REASON:
                from_edge[step] = ys[constraints[step]] >= 0
            else:
                from_edge[step] = from_edge[source]
        for bounds, why, edge in (
            (self.lo, self.lo_why, cal.MIN_DAY),
            (self.hi, self.hi_why, cal.MAX_DAY),
        ):
            for variable, step in enumerate(why):
                if step != NO_REASON and from_edge[step]:
                    bounds[variable] = edge
                    why[variable] = NO_REASON

    def _empty(self) -> Conflict | None:
        for variable in range(len(self.lo)):
            if self.lo[variable] > self.hi[variable]:
                return self._conflict(variable)
        return None

    def _sweep(self, *, lower: bool) -> Conflict | None:
        """Propagate the lower (or upper) bounds to their fixpoint.

        A visited variable pushes its bound across each of its constraints to the other end:
        with ``low(x) <= y <= high(x)``, a lower bound of ``x`` raises ``y`` to ``low(x)`` and a
        lower bound of ``y`` raises ``x`` to the first day whose ``high`` reaches it (and the
        mirror image for upper bounds). Variables are visited in passes that alternate between
        ascending and descending index order, each pass taking the variables whose bounds
        moved since they were last visited. A change to a variable still ahead in the pass is
        taken up in the same pass, so a chain settles in one pass whichever way its bounds
        flow (a first-in-first-out queue is quadratic on a chain that bounds flow back along).
        """
        count = len(self.lo)
        adjacent = self._adjacent(lower=lower)
        queued = [bool(edges) for edges in adjacent]
        later = [variable for variable, waiting in enumerate(queued) if waiting]
        visit = self._visitor(lower=lower, adjacent=adjacent, queued=queued, later=later)
        ascending = True
        while later:
            # A pass visits its variables in index order (descending every other pass); one
            # queued most of the variables scans them all, a sparse one keeps them in a heap
            # (negated when descending).
            sign = 1 if ascending else -1
            pending = later.copy()
            later.clear()  # the list visit() queues on
            if 8 * len(pending) > count:
                for variable in range(count) if ascending else range(count - 1, -1, -1):
                    if queued[variable] and (conflict := visit(variable, sign, None)):
                        return conflict
            else:
                heap = [sign * variable for variable in pending]
                heapq.heapify(heap)
                while heap:
                    variable = sign * heapq.heappop(heap)
                    if queued[variable] and (conflict := visit(variable, sign, heap)):
                        return conflict
            ascending = not ascending
        return None

    def _adjacent(self, *, lower: bool) -> list[list[tuple[int, int | None, int]]]:
        """Per variable, where its bound can move another's: ``(target, offset, constraint)``.

        Bounds are pushed as lower bounds: of the days themselves, or, for upper bounds, of
        the negated days (``y <= x + b`` is ``-y >= -x - b``), so that one loop does both.
        The offset is ``None`` for a calendar relation, whose maps are applied instead. A side
        that never binds (the open end of "after {x}") is left out: a shared anchor that many
        events are after would otherwise be looked at once per event on every visit.
        """
        adjacent: list[list[tuple[int, int | None, int]]] = [[] for _ in self.lo]
        never_low, never_high = NEVER_BEFORE.days, NEVER_AFTER.days
        for index, (x, y, a, b) in enumerate(zip(self._x, self._y, self._a, self._b, strict=True)):
            if y < 0:
                continue  # a bound on one variable, already applied
            if a is None or b is None:
                adjacent[x].append((y, None, index))
                adjacent[y].append((x, None, index))
            elif lower:
                if a != never_low:
                    adjacent[x].append((y, a, index))
                if b != never_high:
                    adjacent[y].append((x, -b, index))
            else:
                if b != never_high:
                    adjacent[x].append((y, -b, index))
                if a != never_low:
                    adjacent[y].append((x, a, index))
        return adjacent

    def _visitor(
        self,
        *,
        lower: bool,
        adjacent: list[list[tuple[int, int | None, int]]],
        queued: list[bool],
        later: list[int],
    ) -> Callable[[int, int, list[int] | None], Conflict | None]:
        """What visiting a variable does in ``_sweep``, with the sweep's state bound in.

        ``visit(variable, sign, heap)`` pushes the variable's bound to its neighbours, logs
        each move, and queues the neighbours that moved: behind it in the pass's order (by
        ``sign``) on ``later``, ahead of it on ``heap`` if the pass keeps one.
        """
        # Bounds as lower bounds (upper bounds negated), the real ones they are written back
        # to, and the ceiling each must stay under for the domain not to empty.
        unit = 1 if lower else -1
        real = self.lo if lower else self.hi
        bound = real if lower else [-day for day in real]
        ceiling = self.hi if lower else [-day for day in self.lo]
        why = self.lo_why if lower else self.hi_why
        xs, mapped = self._x, self._mapped
        log_constraint, log_variable = self._step_constraint, self._step_variable
        log_day, log_from = self._step_day, self._step_from
        # Moves left before a variable's next runaway check, and the gap to the one after.
        left = [_FIRST_RUNAWAY_CHECK] * len(bound)
        gaps: dict[int, int] = {}
        creeping: dict[int, int] = {}  # variable -> its bound when a calendar cycle was found

        def visit(variable: int, sign: int, heap: list[int] | None) -> Conflict | None:
            """Push ``variable``'s bound to its neighbours; queue those that moved."""
            queued[variable] = False
            day = bound[variable]
            # The step this visit pushes from, taken now: a relation of a variable to itself
            # ("3 days after {b}" for b) moves the variable's own bound during the visit.
            source = why[variable]
            for target, offset, index in adjacent[variable]:
                if offset is not None:
                    value = day + offset
                else:
                    from_x = xs[index] == variable
                    value = unit * mapped(index, unit * day, lower, from_x=from_x)
                if value <= bound[target]:
                    continue
                bound[target] = value
                real[target] = unit * value
                why[target] = len(log_from)
                log_constraint.append(index)
                log_variable.append(target)
                log_day.append(unit * value)
                log_from.append(source)
                if value > ceiling[target]:
                    return self._conflict(target)
                left[target] -= 1
                if not left[target]:
                    runaway = self._runaway(target, value, lower, creeping)
                    if runaway is not None:
                        return runaway
                    gaps[target] = left[target] = 2 * gaps.get(target, _FIRST_RUNAWAY_CHECK)
                if not queued[target]:
                    queued[target] = True
                    if sign * target <= sign * variable:
                        later.append(target)
                    elif heap is not None:
                        heapq.heappush(heap, sign * target)
            return None

        return visit

    def _mapped(self, index: int, day: int, lower: bool, *, from_x: bool) -> int:
        """The bound a calendar relation pushes from one end, whose bound is ``day``, to the other.

        ``low(x) <= y <= high(x)``: from ``x`` to ``y`` the bound is ``low(day)`` (``high(day)``
        for an upper bound); back from ``y`` it is the first day whose ``high`` reaches
        ``day`` (the last whose ``low`` stays under it).
        """
        low, high = self._maps[index]
        if from_x:
            return (low if lower else high).apply(day)
        return high.first_at_least(day) if lower else low.last_at_most(day)

    def _runaway(
        self, variable: int, value: int, lower: bool, creeping: dict[int, int]
    ) -> Conflict | None:
        """The conflict if a much-moved bound is running round a cycle, else ``None``.

        A bound derived from an earlier bound of its own variable went round a cycle of
        evidence and will go round again: with day differences only, the domain would empty
        a few days at a time, so the cycle is the conflict at once. A cycle through a month or
        year shift can creep and still settle, so it is followed until it settles or has crept
        through a whole 400-year calendar cycle.
        """
        cycle = self._cycle(variable, lower=lower)
        if cycle is None:
            return None
        start = creeping.setdefault(variable, value)
        if self._through_calendar(cycle) and abs(value - start) <= _CALENDAR_PERIOD:
            return None
        return cycle

    # --- explanations ---------------------------------------------------------------------------

    def derivation(self, variable: int, *, side: str) -> list[Step]:
        """The steps that set a bound, from the first piece of evidence on.

        ``side`` is ``"lo"`` or ``"hi"``. A constraint can appear more than once, as when a
        month shift is applied there and back.
        """
        current = (self.lo_why if side == "lo" else self.hi_why)[variable]
        steps: list[Step] = []
        while current != NO_REASON:
            steps.append(
                Step(
                    self._step_constraint[current],
                    self._step_variable[current],
                    self._step_day[current],
                )
            )
            current = self._step_from[current]
        steps.reverse()
        return steps

    def reasons(self, variable: int, *, side: str) -> list[int]:
        """The constraints that set a bound, each once, from the first piece of evidence on."""
        steps = self.derivation(variable, side=side)
        return list(dict.fromkeys(step.constraint for step in steps))

    def _conflict(self, variable: int) -> Conflict:
        lows = self.reasons(variable, side="lo")
        highs = self.reasons(variable, side="hi")
        ordered = list(dict.fromkeys([*lows, *reversed(highs)]))
        # A derivation that does not start with a bound started at the calendar's edge.
        at_edge = any(self._y[chain[0]] >= 0 for chain in (lows, highs) if chain)
        at_edge |= not lows or not highs
        lo, hi = self.lo[variable], self.hi[variable]
        return Conflict(variable, tuple(ordered), lo, hi, at_edge)

    def _cycle(self, variable: int, *, lower: bool) -> Conflict | None:
        """The cycle of evidence a bound was derived around, or ``None`` if there is none.

        A derivation that passes through ``variable`` again went round a cycle; the steps in
        between are it.
        """
        steps = self.derivation(variable, side="lo" if lower else "hi")
        for index in range(len(steps) - 2, -1, -1):
            if steps[index].variable == variable:
                cycle = [step.constraint for step in steps[index + 1 :]]
                return Conflict(
                    variable, tuple(dict.fromkeys(cycle)), self.lo[variable], self.hi[variable]
                )
        return None

    def irreducible(self, conflict: Conflict, *, limit: int = _IRREDUCIBLE_LIMIT) -> Conflict:
        """The conflict cut down until every constraint in it is needed.

        Each constraint in turn is left out of a network of the others; where they still
        conflict it stays out. What remains conflicts, and without any one of its constraints
        it would not. A derivation can carry evidence that only helped (a bound that a later
        step made redundant); this takes it out. Conflicts longer than ``limit`` are returned
        as they are: trying each constraint costs a propagation of all the others.
        """
        kept = list(conflict.constraints)
        if len(kept) > limit:
            return conflict
        found = conflict
        for index in conflict.constraints:
            trial = [other for other in kept if other != index]
            smaller = self._sub_conflict(trial)
            if smaller is not None:
                kept, found = trial, smaller
        return found

    def shortest(self, conflict: Conflict, *, budget: int = _SHORTEST_BUDGET) -> Conflict:
        """The conflict with the fewest constraints, where the network is small enough to search.

        The conflict is first cut down until every piece is needed (``irreducible``); then the
        whole network is searched for a shorter negative cycle of day differences and bounds
        (any evidence at all, not only the pieces found first). A search that would take more
        than ``budget`` steps is not made, and month and year shifts, whose day differences
        vary, are left out of it: then the irreducible conflict is the answer.
        """
        found = self.irreducible(conflict)
        rounds = len(found.constraints) - 1
        if rounds < 1:
            return found
        for index, (a, b) in enumerate(zip(self._a, self._b, strict=True)):
            if a is not None and b is not None and a > b:  # empty on its own: "5 to 3 days"
                return self._sub_conflict([index]) or found
        edges = self._distance_graph()
        if search_cost(edges, rounds) > budget:
            return found
        cycle = fewest_edges_negative_cycle(edges, rounds)
        if cycle is None:
            return found
        return self._sub_conflict(list(dict.fromkeys(cycle))) or found

    def _distance_graph(self) -> list[Edge]:
        """Each day difference and bound as edges ``head - tail <= weight``; bounds from a zero.

        Sides that never bind, and the calendar relations, have no edge.
        """
        zero = len(self.lo)
        never_low, never_high = NEVER_BEFORE.days, NEVER_AFTER.days
        edges: list[Edge] = []
        for index, (x, y, a, b) in enumerate(zip(self._x, self._y, self._a, self._b, strict=True)):
            if a is None or b is None:
                continue
            if y < 0:  # a <= x <= b
                if b < cal.MAX_DAY:
                    edges.append(Edge(zero, x, b, index))
                if a > cal.MIN_DAY:
                    edges.append(Edge(x, zero, -a, index))
                continue
            if b != never_high:
                edges.append(Edge(x, y, b, index))
            if a != never_low:
                edges.append(Edge(y, x, -a, index))
        return edges

    def _sub_conflict(self, constraints: list[int]) -> Conflict | None:
        """The conflict of these constraints alone, in this network's numbering, or ``None``."""
        sub = Network()
        local: dict[int, int] = {}  # this network's variable -> the sub-network's

        def variable(v: int) -> int:
            if v not in local:
                local[v] = sub.variable()
            return local[v]

        numbering: list[int] = []  # sub-network constraint -> this network's
        for index in constraints:
            constraint = self.constraint(index)
            if isinstance(constraint, Bound):
                sub.bound(variable(constraint.variable), constraint.lo, constraint.hi)
            else:
                x, y = variable(constraint.x), variable(constraint.y)
                sub.relate(x, y, constraint.low, constraint.high)
            numbering.append(index)
        found = sub.propagate()
        if found is None:
            return None
        back = {mine: theirs for theirs, mine in local.items()}
        return Conflict(
            back[found.variable],
            tuple(numbering[index] for index in found.constraints),
            found.lo,
            found.hi,
            found.at_edge,
        )

    def _through_calendar(self, conflict: Conflict) -> bool:
        """Whether a cycle has a month or year shift in it (it may creep and still settle)."""
        return any(index in self._maps for index in conflict.constraints)
