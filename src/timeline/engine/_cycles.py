"""The negative cycle with the fewest edges: the fewest pieces of evidence that conflict.

Day differences (``y - x <= w``) and bounds (differences from a fixed day zero) contradict
exactly when the distance graph has a cycle whose weights add up to less than zero, and the
smallest sets of them that contradict are its simple negative cycles. Walking out from each
node in rounds (round ``k`` holds the lightest walk of exactly ``k`` edges to every node), the
first round that comes back to the start below zero is the length of the shortest negative
cycle through it, and at the overall shortest length such a walk cannot be anything but a
simple cycle: one that went round twice would hold a shorter negative cycle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["Edge", "fewest_edges_negative_cycle", "search_cost"]


class Edge(NamedTuple):
    """``head - tail <= weight``, from constraint ``constraint``."""

    tail: int
    head: int
    weight: int
    constraint: int


def search_cost(edges: list[Edge], rounds: int) -> int:
    """An upper bound on the steps the search takes: nodes x edges x rounds."""
    nodes = {edge.tail for edge in edges} | {edge.head for edge in edges}
    return len(nodes) * len(edges) * rounds


def fewest_edges_negative_cycle(edges: Iterable[Edge], longest: int) -> list[int] | None:
    """The constraints of a negative cycle of fewest edges, at most ``longest``, in order.

    ``None`` if there is no negative cycle that short.

    >>> fewest_edges_negative_cycle([Edge(0, 1, 5, 10), Edge(1, 0, -6, 11)], longest=4)
    [10, 11]
    >>> fewest_edges_negative_cycle([Edge(0, 1, 5, 10), Edge(1, 0, -5, 11)], longest=4) is None
    True
    """
    out: dict[int, list[Edge]] = {}
    for edge in edges:
        out.setdefault(edge.tail, []).append(edge)
    best: list[int] | None = None
    for start in sorted(out):
        found = _cycle_from(start, out, longest if best is None else len(best) - 1)
        if found is not None:
            best = found
            if len(best) == 1:
                break
    return best


def _cycle_from(start: int, out: dict[int, list[Edge]], rounds: int) -> list[int] | None:
    """The constraints of the shortest negative closed walk from ``start``, at most ``rounds``."""
    layer = {start: 0}
    parents: list[dict[int, Edge]] = []
    for _ in range(rounds):
        reached: dict[int, int] = {}
        came: dict[int, Edge] = {}
        for node, distance in layer.items():
            for edge in out.get(node, ()):
                total = distance + edge.weight
                if edge.head not in reached or total < reached[edge.head]:
                    reached[edge.head] = total
                    came[edge.head] = edge
        parents.append(came)
        if reached.get(start, 0) < 0:
            walk: list[int] = []
            node = start
            for came_by in reversed(parents):
                edge = came_by[node]
                walk.append(edge.constraint)
                node = edge.tail
            walk.reverse()
            return walk
        layer = reached
    return None
