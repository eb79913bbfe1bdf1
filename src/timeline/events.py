"""Immutable event records and their kinds.

>>> from timeline.events import Appointment
>>> Appointment(id="k", when="2018-09", person="Zalmay Khalilzad", office="Envoy").opens_tenure
True
"""

from timeline._events import (
    Agreement,
    Announcement,
    Appointment,
    Dismissal,
    Era,
    Event,
    Evidence,
    Meeting,
    Resignation,
    Source,
    When,
    Withdrawal,
)

__all__ = [
    "Agreement",
    "Announcement",
    "Appointment",
    "Dismissal",
    "Era",
    "Event",
    "Evidence",
    "Meeting",
    "Resignation",
    "Source",
    "When",
    "Withdrawal",
]
