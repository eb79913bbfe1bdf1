"""The hook hypothesis calls at start-up (entry-point group ``hypothesis``).

It registers ``timeline``'s strategies for ``st.from_type``. Hypothesis runs the hook while it
is itself being imported, possibly because ``timeline.strategies`` is importing it, so the
strategies are deferred: ``timeline.strategies`` is looked up only when a value is first drawn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

    from timeline._events import Event


def _events_of(kind: type[Event]) -> SearchStrategy[Event]:
    from timeline import strategies

    return strategies.events(kinds=[kind])


def _hypothesis_setup_hook() -> None:
    """Register a strategy for each public ``timeline`` value type."""
    from hypothesis import strategies as st

    from timeline import _events
    from timeline._duration import Duration
    from timeline._expressions import Expression
    from timeline._fuzzy import FuzzyDate
    from timeline._period import Period
    from timeline.engine._tenures import Tenure

    def fuzzy_dates() -> SearchStrategy[FuzzyDate]:
        from timeline import strategies

        return strategies.fuzzy_dates()

    def periods() -> SearchStrategy[Period]:
        from timeline import strategies

        return strategies.periods()

    def durations() -> SearchStrategy[Duration]:
        from timeline import strategies

        return strategies.durations()

    def expressions() -> SearchStrategy[Expression]:
        from timeline import strategies

        return strategies.expressions()

    def tenures() -> SearchStrategy[Tenure]:
        from timeline import strategies

        return strategies.tenures()

    st.register_type_strategy(FuzzyDate, st.deferred(fuzzy_dates))
    st.register_type_strategy(Expression, st.deferred(expressions))
    st.register_type_strategy(Tenure, st.deferred(tenures))
    st.register_type_strategy(Period, st.deferred(periods))
    st.register_type_strategy(Duration, st.deferred(durations))
    for kind in (
        _events.Event,
        _events.Appointment,
        _events.Resignation,
        _events.Dismissal,
        _events.Agreement,
        _events.Withdrawal,
        _events.Announcement,
        _events.Meeting,
    ):
        st.register_type_strategy(kind, st.deferred(lambda kind=kind: _events_of(kind)))  # type: ignore[misc]
