"""The constraint network under the engine (``timeline.engine._network``), used directly."""

import itertools

from hypothesis import assume, given
from hypothesis import strategies as st

from timeline import _calendar as cal
from timeline.engine._maps import CalendarShift, DayShift
from timeline.engine._network import Bound, Conflict, Network, Relation
from timeline.strategies import days

YEAR_2000 = days(min_value="2000-01-01", max_value="2000-12-31")


def test_bound_and_difference_by_hand():
    """With a in [10, 20] and b - a = 3, b is in [13, 23]; b <= 15 then pulls a down to 12."""
    net = Network()
    a, b = net.variable(), net.variable()
    net.bound(a, 10, 20)
    net.difference(a, b, 3, 3)
    assert net.propagate() is None
    assert (net.lo[b], net.hi[b]) == (13, 23)
    net.bound(b, 0, 15)
    assert net.propagate() is None
    assert (net.lo[a], net.hi[a]) == (10, 12)


def test_fresh_variable_spans_the_calendar():
    """A variable no evidence bounds may be any supported day."""
    net = Network()
    v = net.variable()
    assert net.propagate() is None
    assert (net.lo[v], net.hi[v]) == (cal.MIN_DAY, cal.MAX_DAY)


def test_constraints_read_back_as_values():
    """Each constraint reads back as the Bound or Relation it was added as."""
    net = Network()
    a, b = net.variable(), net.variable()
    first = net.bound(a, 1, 2)
    second = net.difference(a, b, 3, 4)
    third = net.relate(a, b, CalendarShift(months=1), CalendarShift(months=2))
    assert net.size == 3
    assert net.constraint(first) == Bound(a, 1, 2)
    assert net.constraint(second) == Relation(a, b, DayShift(3), DayShift(4))
    assert net.constraint(third) == Relation(a, b, CalendarShift(months=1), CalendarShift(months=2))
    assert net.other_end(second, a) == b
    assert net.other_end(second, b) == a


def test_reasons_follow_the_chain_back_to_evidence():
    """The reasons of c's lower bound are a's bound, then a -> b, then b -> c, in that order."""
    net = Network()
    a, b, c = net.variable(), net.variable(), net.variable()
    start = net.bound(a, 100, 200)
    ab = net.difference(a, b, 5, None)
    bc = net.difference(b, c, 5, None)
    assert net.propagate() is None
    assert net.lo[c] == 110
    assert net.reasons(c, side="lo") == [start, ab, bc]
    assert net.reasons(c, side="hi") == []  # nothing bounds c above


def test_conflict_names_both_sides():
    """With a in [0, 10], b = a + 20 and b in [0, 15], the three constraints conflict."""
    net = Network()
    a, b = net.variable(), net.variable()
    first = net.bound(a, 0, 10)
    link = net.difference(a, b, 20, 20)
    last = net.bound(b, 0, 15)
    conflict = net.propagate()
    assert conflict is not None
    assert set(conflict.constraints) == {first, link, last}


def test_positive_cycle_is_found_without_bounds():
    """A cycle of b after a and a after b, with no dates at all, is found as the conflict."""
    net = Network()
    a, b = net.variable(), net.variable()
    forward = net.difference(a, b, 1, None)
    backward = net.difference(b, a, 1, None)
    conflict = net.propagate()
    assert conflict is not None
    assert set(conflict.constraints) == {forward, backward}


@st.composite
def satisfiable_networks(draw):
    """Difference networks that some hidden days satisfy; some variables have no bound at all.

    Returns ``(hidden, bounds, differences)``: bounds contain the hidden days, differences
    ``(x, y, least, most)`` contain their gaps, so the network is satisfiable by construction.
    """
    count = draw(st.integers(2, 8))
    hidden = [draw(YEAR_2000) for _ in range(count)]
    bounds = [
        (v, hidden[v] - draw(st.integers(0, 40)), hidden[v] + draw(st.integers(0, 40)))
        for v in range(count)
        if draw(st.booleans())
    ]
    differences = []
    for _ in range(draw(st.integers(1, 3 * count))):
        x, y = draw(st.permutations(range(count)))[:2]
        gap = hidden[y] - hidden[x]
        least = draw(st.one_of(st.none(), st.integers(0, 10).map(lambda s, g=gap: g - s)))
        most = draw(st.one_of(st.none(), st.integers(0, 10).map(lambda s, g=gap: g + s)))
        differences.append((x, y, least, most))
    return hidden, bounds, differences


@given(satisfiable_networks())
def test_satisfiable_networks_never_conflict_and_keep_the_hidden_days(network):
    """A network the hidden days satisfy propagates without conflict, keeping every hidden day.

    Unbounded variables make domains the whole calendar, where a runaway-cycle check that
    fired too early would report a false contradiction.
    """
    hidden, bounds, differences = network
    net = Network()
    variables = [net.variable() for _ in hidden]
    for v, lo, hi in bounds:
        net.bound(variables[v], lo, hi)
    for x, y, least, most in differences:
        net.difference(variables[x], variables[y], least, most)
    assert net.propagate() is None
    for v, true_day in zip(variables, hidden, strict=True):
        assert net.lo[v] <= true_day <= net.hi[v]


def test_bounds_flowing_back_along_a_chain_settle_in_linear_work():
    """Only the last of a chain of 5-day steps is bounded: every bound flows back.

    Each variable's bounds are worked out by hand (the last is 2000..2010, so the one k steps
    before it is 5k days earlier). The log counts every bound change: a solver that visits a
    chain against the direction its bounds flow moves each bound once per later variable, so
    the log grows with the square of the chain's length; ours moves each bound a few times.
    """
    count = 2_000
    net = Network()
    chain = [net.variable() for _ in range(count)]
    for x, y in itertools.pairwise(chain):
        net.difference(x, y, 5, 5)
    net.bound(chain[-1], 2000, 2010)
    assert net.propagate() is None
    for k, v in enumerate(reversed(chain)):
        assert (net.lo[v], net.hi[v]) == (2000 - 5 * k, 2010 - 5 * k)
    assert net.steps <= 4 * count


def _network_of(bounds, differences, count):
    net = Network()
    variables = [net.variable() for _ in range(count)]
    for v, lo, hi in bounds:
        net.bound(variables[v], lo, hi)
    for x, y, least, most in differences:
        net.difference(variables[x], variables[y], least, most)
    return net


def _conflicts_alone(net, constraints):
    """Whether these constraints of ``net``, copied into a fresh network, conflict."""
    alone = Network()
    local = {}
    for index in constraints:
        constraint = net.constraint(index)
        if isinstance(constraint, Bound):
            v = local.setdefault(constraint.variable, alone.variable())
            alone.bound(v, constraint.lo, constraint.hi)
        else:
            x = local.setdefault(constraint.x, alone.variable())
            y = local.setdefault(constraint.y, alone.variable())
            alone.relate(x, y, constraint.low, constraint.high)
    return alone.propagate() is not None


@given(satisfiable_networks(), st.data())
def test_irreducible_conflict_needs_every_piece(network, data):
    """A false bound added to a satisfiable network: the cut-down conflict needs all it names.

    The constraints it keeps conflict on their own, leaving out any one of them they no
    longer do (checked by propagating fresh copies, not by the code under test), and the false
    bound is among them, since everything else is true of the hidden days.
    """
    hidden, bounds, differences = network
    net = _network_of(bounds, differences, len(hidden))
    assert net.propagate() is None
    bounded = [v for v in range(len(hidden)) if net.lo[v] > cal.MIN_DAY]
    assume(bounded)
    v = data.draw(st.sampled_from(bounded))
    lie = net.bound(v, net.lo[v] - data.draw(st.integers(1, 30)), net.lo[v] - 1)
    conflict = net.propagate()
    assert conflict is not None
    smallest = net.irreducible(conflict)
    assert lie in smallest.constraints
    assert set(smallest.constraints) <= set(conflict.constraints)
    assert _conflicts_alone(net, smallest.constraints)
    for index in smallest.constraints:
        assert not _conflicts_alone(net, [i for i in smallest.constraints if i != index])


def test_irreducible_drops_the_bound_two_relations_contradict_without():
    """With a in [5, 7], a - b <= 1 and a - b >= 6: the two relations alone contradict.

    Propagation finds the conflict on a's bounds, so its derivation names a's own bound too;
    cut down, only the two relations remain.
    """
    net = Network()
    a, b = net.variable(), net.variable()
    start = net.bound(a, 5, 7)
    most = net.difference(b, a, None, 1)
    least = net.difference(b, a, 6, None)
    conflict = net.propagate()
    assert conflict is not None
    assert start in conflict.constraints
    assert set(net.irreducible(conflict).constraints) == {most, least}


@st.composite
def small_networks(draw):
    """Up to seven bounds and day differences among four variables, often contradictory."""
    count = draw(st.integers(2, 4))
    net = Network()
    variables = [net.variable() for _ in range(count)]
    for _ in range(draw(st.integers(2, 7))):
        if draw(st.booleans()):
            lo = draw(YEAR_2000)
            net.bound(draw(st.sampled_from(variables)), lo, lo + draw(st.integers(0, 30)))
        else:
            x, y = draw(st.permutations(variables))[:2]
            least = draw(st.one_of(st.none(), st.integers(-30, 30)))
            most = draw(st.one_of(st.none(), st.integers(-30, 30)))
            net.difference(x, y, least, most)
    return net


@given(small_networks())
def test_shortest_conflict_has_the_fewest_constraints_of_any(net):
    """Checked against a brute force over every subset of the constraints, smallest first.

    The fewest constraints that conflict on their own (each subset propagated in a fresh
    network, not by the search under test) are as many as the reported conflict holds, and
    the reported ones do conflict on their own.
    """
    conflict = net.propagate()
    assume(conflict is not None)
    shortest = net.shortest(conflict)
    fewest = next(
        size
        for size in range(1, net.size + 1)
        for subset in itertools.combinations(range(net.size), size)
        if _conflicts_alone(net, subset)
    )
    assert len(set(shortest.constraints)) == fewest
    assert _conflicts_alone(net, shortest.constraints)


def test_shortest_conflict_finds_two_contradicting_relations_beside_a_long_chain():
    """With a in [0, 10], b..e each a day or more after the last, e in [0, 3]: six conflict.

    Beside them, b - a >= 20 and b - a <= 5 contradict each other alone. Given the conflict of
    six (as propagation could meet it first), every piece of it is needed, but the shortest
    conflict in the network is the two relations.
    """
    net = Network()
    a, b, c, d, e = (net.variable() for _ in range(5))
    chain = [net.bound(a, 0, 10)]
    chain += [net.difference(x, y, 1, None) for x, y in itertools.pairwise((a, b, c, d, e))]
    chain.append(net.bound(e, 0, 3))
    late = net.difference(a, b, 20, None)
    soon = net.difference(a, b, None, 5)
    long_one = Conflict(e, tuple(chain), 4, 3)
    assert net.irreducible(long_one) == long_one
    assert set(net.shortest(long_one).constraints) == {late, soon}
