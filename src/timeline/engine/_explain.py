"""Why a resolved date is what it is, and why conflicting evidence conflicts, in sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from timeline import _calendar as cal
from timeline._fuzzy import FuzzyDate
from timeline._precision import Precision, unit_of
from timeline.engine._network import Bound
from timeline.engine._network import Step as NetworkStep

if TYPE_CHECKING:
    from collections.abc import Sequence

    from timeline.engine._network import Conflict, Network

__all__ = ["Explanation", "Reason", "Record", "Step", "describe_conflict", "explanation"]

#: The engine's light record of a piece of evidence: (event id, evidence, role, quote).
Record = tuple[str, object, str, str]


@attrs.frozen(slots=True)
class Reason:
    """One piece of evidence: which event it belongs to, its text, and the quote behind it.

    ``role`` says what it dates: ``"when"`` (the event), ``"announced"`` (a resignation's
    announcement) or ``"order"`` (a rule of the engine, such as a period not ending before it
    starts).

    >>> Reason("khalilzad-resigns", "this week", "when")
    Reason(event='khalilzad-resigns', text='this week', role='when', quote='')
    """

    event: str
    text: str
    role: str
    quote: str = ""

    @classmethod
    def of(cls, record: Reason | Record) -> Reason:
        """A reason from the engine's light record ``(event, evidence, role, quote)``.

        The engine keeps one record per constraint and spells out the evidence only when an
        explanation asks for it.
        """
        if isinstance(record, Reason):
            return record
        event, evidence, role, quote = record
        return cls(event, evidence_text(evidence), role, quote)

    def __str__(self) -> str:
        if self.role == "order":
            return f"{self.text} ({self.event})"
        return f"{self.text!r} ({self.event})"


def evidence_text(evidence: object) -> str:
    """How a piece of evidence is written: its phrase, its EDTF, or its text."""
    phrase = getattr(evidence, "phrase", None)
    if callable(phrase):
        return str(phrase())
    return str(evidence)


@attrs.frozen(slots=True)
class Step:
    """One link of a chain: the evidence, and the bound it gave the point it names."""

    reason: Reason
    point: str
    bound: str

    def __str__(self) -> str:
        return f"{self.reason} makes {self.point} {self.bound}"


@attrs.frozen(slots=True)
class Explanation:
    """The chains of evidence behind an event's earliest and latest days.

    >>> from timeline import Event, Timeline
    >>> done = Timeline([Event(id="a", when="2001"), Event(id="b", when="after {a}")]).resolve()
    >>> print(done.explain("b"))
    b: 2001-01-02..9999-12-31
      earliest 2001-01-02:
        '2001' (a) makes a no earlier than 2001-01-01
        'after {a}' (b) makes b no earlier than 2001-01-02
      latest: no evidence bounds it
    """

    event: str
    earliest_day: int
    latest_day: int
    earliest: tuple[Reason, ...]
    latest: tuple[Reason, ...]
    earliest_steps: tuple[Step, ...]
    latest_steps: tuple[Step, ...]

    def __str__(self) -> str:
        lines = [f"{self.event}: {cal.iso_of(self.earliest_day)}..{cal.iso_of(self.latest_day)}"]
        for label, day, steps in (
            ("earliest", self.earliest_day, self.earliest_steps),
            ("latest", self.latest_day, self.latest_steps),
        ):
            if not steps:
                lines.append(f"  {label}: no evidence bounds it")
                continue
            lines.append(f"  {label} {cal.iso_of(day)}:")
            lines.extend(f"    {step}" for step in steps)
        return "\n".join(lines)


def _names(variables: dict[str, tuple[int, int]]) -> dict[int, str]:
    names: dict[int, str] = {}
    for event, (start, end) in variables.items():
        if start == end:
            names[start] = event
        else:
            names[start] = f"{event} (start)"
            names[end] = f"{event} (end)"
    return names


def _point(names: dict[int, str], variable: int) -> str:
    return names.get(variable, "its announcement")


def _steps(
    net: Network, reasons: Sequence[object], names: dict[int, str], variable: int, side: str
) -> tuple[tuple[Reason, ...], tuple[Step, ...]]:
    """The chain behind one bound, each piece of evidence applied to each point once.

    A bound that crept round a cycle of evidence (a month shift and a day count that only
    agree on some days) took many rounds; each link is shown once, at its final value.
    """
    word = "no earlier than" if side == "lo" else "no later than"
    last: dict[tuple[int, int], NetworkStep] = {}
    for step in reversed(net.derivation(variable, side=side)):
        last.setdefault((step.constraint, step.variable), step)
    steps: list[Step] = []
    for step in reversed(last.values()):
        reason = Reason.of(reasons[step.constraint])  # type: ignore[arg-type]
        steps.append(Step(reason, _point(names, step.variable), f"{word} {cal.iso_of(step.day)}"))
    kept = tuple(dict.fromkeys(step.reason for step in steps))
    return kept, tuple(steps)


def explanation(
    event: str, net: Network, reasons: Sequence[object], variables: dict[str, tuple[int, int]]
) -> Explanation:
    """The explanation of one event's bounds."""
    names = _names(variables)
    start, end = variables[event]
    earliest, earliest_steps = _steps(net, reasons, names, start, "lo")
    latest, latest_steps = _steps(net, reasons, names, end, "hi")
    return Explanation(
        event=event,
        earliest_day=net.lo[start],
        latest_day=net.hi[end],
        earliest=earliest,
        latest=latest,
        earliest_steps=earliest_steps,
        latest_steps=latest_steps,
    )


#: The most pieces of evidence a contradiction's message quotes; its ``chain`` holds them all.
_LONGEST_TOLD: Final = 12


def describe_conflict(
    conflict: Conflict,
    net: Network,
    reasons: Sequence[object],
    variables: dict[str, tuple[int, int]],
) -> str:
    """Sentences that say which evidence conflicts and how."""
    names = _names(variables)
    point = _point(names, conflict.variable)
    parts: list[str] = []
    for index in conflict.constraints:
        reason = Reason.of(reasons[index])  # type: ignore[arg-type]
        constraint = net.constraint(index)
        if isinstance(constraint, Bound):
            where = _span(constraint.lo, constraint.hi)
            parts.append(f"{reason} puts {_point(names, constraint.variable)} in {where}")
        else:
            parts.append(
                f"{reason} ties {_point(names, constraint.y)} to {_point(names, constraint.x)}"
            )
    if len(parts) > _LONGEST_TOLD:
        # The chain keeps every piece; the message keeps its two ends readable.
        head, tail = _LONGEST_TOLD // 2, _LONGEST_TOLD // 2 - 1
        skipped = len(parts) - head - tail
        parts = [*parts[:head], f"... {skipped:,} more links of the chain ...", *parts[-tail:]]
    lo, hi = conflict.lo, conflict.hi
    ending = (
        f"so {point} would have to be on or after {cal.iso_of(lo)} and on or before "
        f"{cal.iso_of(hi)}"
        if lo > hi
        else "and these go round in a circle that no dates satisfy"
    )
    if lo > hi and conflict.at_edge:
        ending += (
            f" (no date is before {cal.iso_of(cal.MIN_DAY)} or after {cal.iso_of(cal.MAX_DAY)},"
            " the ends of the supported calendar)"
        )
    return "contradictory evidence: " + ", ".join(parts) + f"; {ending}"


def _span(lo: int, hi: int) -> str:
    """Days as the reader would write them: a calendar unit where they make one ("2021-W42")."""
    if lo <= cal.MIN_DAY:
        return f"or before {cal.iso_of(hi)}"
    if hi >= cal.MAX_DAY:
        return f"or after {cal.iso_of(lo)}"
    unit = next((p for p in Precision if unit_of(lo, hi, p) is not None), Precision.NONE)
    return str(FuzzyDate(lo, hi, unit))
