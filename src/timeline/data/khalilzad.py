"""The embedded demo: the events of an AP story, with their dates as the story gives them.

The story reports the resignation of the US envoy for Afghanistan, Zalmay Khalilzad.
The story was written on Monday 18 October 2021 (its "on Monday", "this week" and "earlier this
month" point back to that day) and republished on Saturday 4 December 2021, the date in its
header. Phrases are kept as the story words them; the one date not in the story is that of the
September 11 attacks, which it names as a well-known event.

>>> len(EVENTS) > 5
True
>>> {event.id for event in EVENTS} >= {"khalilzad-appointed", "khalilzad-resigns", "west-appointed"}
True
"""

from __future__ import annotations

from typing import Final

from timeline._events import (
    Agreement,
    Announcement,
    Appointment,
    Event,
    Meeting,
    Resignation,
    Source,
    Withdrawal,
)

__all__ = ["ENVOY", "EVENTS", "SOURCE"]

ENVOY: Final = "US Special Representative for Afghanistan Reconciliation"

SOURCE: Final = Source(
    title="Afghanistan: US envoy Zalmay Khalilzad resigns after chaotic troop withdrawal (AP)",
    written="2021-10-18",
    published="2021-12-04",
)


def _quote(text: str) -> Source:
    return Source(
        title=SOURCE.title, written=SOURCE.written, published=SOURCE.published, quote=text
    )


EVENTS: Final[tuple[Event, ...]] = (
    Event(
        id="sept-11",
        when="2001-09-11",
        summary="The September 11 attacks",
        tags={"well-known"},
        source=_quote("the 20th anniversary of the September 11 attacks in September"),
    ),
    Appointment(
        id="khalilzad-appointed",
        when="since September 2018",
        person="Zalmay Khalilzad",
        office=ENVOY,
        appointed_by="Mike Pompeo",
        summary="Pompeo brings Khalilzad in to lead negotiations with the Taliban",
        actors=("Zalmay Khalilzad", "Mike Pompeo"),
        source=_quote(
            "Khalilzad had served as a special envoy for Afghan reconciliation under the Trump "
            "and Biden administrations since September 2018, when Secretary of State Mike "
            "Pompeo brought him in"
        ),
    ),
    Agreement(
        id="doha-agreement",
        when="in February 2020",
        parties=("United States", "Taliban"),
        title="US-Taliban agreement",
        summary="Khalilzad negotiates a US deal with the Taliban",
        actors=("Zalmay Khalilzad",),
        source=_quote("negotiated a US deal with the Taliban in February 2020"),
    ),
    Announcement(
        id="biden-withdrawal-announcement",
        when="before {khalilzad-planned-exit}",
        by="Joe Biden",
        summary="Biden announces the withdrawal will end before the 20th anniversary of 9/11",
        actors=("Joe Biden",),
        source=_quote(
            "Khalilzad had initially planned to leave the job in May after Biden's announcement "
            "that the US withdrawal would be completed before the 20th anniversary of the "
            "September 11 attacks in September"
        ),
    ),
    Event(
        id="khalilzad-planned-exit",
        when="in May",
        summary="Khalilzad had planned to leave the job (he was asked to stay)",
        actors=("Zalmay Khalilzad",),
        tags={"plan"},
        source=_quote("Khalilzad had initially planned to leave the job in May"),
    ),
    Withdrawal(
        id="us-withdrawal",
        when=("before the 20th anniversary of {sept-11}", "after {biden-withdrawal-announcement}"),
        party="United States",
        from_="Afghanistan",
        summary="The US completes its withdrawal from Afghanistan",
        source=_quote(
            "the US withdrawal would be completed before the 20th anniversary of the September "
            "11 attacks in September"
        ),
    ),
    Meeting(
        id="doha-meeting",
        when=("earlier this month", "after {us-withdrawal}"),
        place="Doha, Qatar",
        participants=("United States", "Taliban"),
        summary="First high-level US-Taliban meeting after the withdrawal; Khalilzad skips it",
        source=_quote(
            "he skipped the first high-level meeting between the United States and the Taliban "
            "after the withdrawal in Doha, Qatar, earlier this month"
        ),
    ),
    Announcement(
        id="resignation-announced",
        when="on Monday",
        by="US State Department",
        summary="The State Department says the envoy will resign",
        source=_quote(
            "The US special envoy for Afghanistan will resign ... the State Department said on "
            "Monday."
        ),
    ),
    Resignation(
        id="khalilzad-resigns",
        when=("this week", "more than three years after {khalilzad-appointed}"),
        announced="on Monday",
        person="Zalmay Khalilzad",
        office=ENVOY,
        summary="Khalilzad steps down",
        source=_quote(
            "Zalmay Khalilzad will step down this week after more than three years on the job"
        ),
    ),
    Appointment(
        id="west-appointed",
        when="this week",
        person="Thomas West",
        office=ENVOY,
        summary="Khalilzad's deputy Thomas West replaces him",
        source=_quote("Khalilzad will be replaced by his deputy Thomas West"),
    ),
    Meeting(
        id="moscow-conference",
        when="this week",
        place="Moscow",
        summary="Russian-organized conference on Afghanistan; the US sends no representative",
        source=_quote(
            "the United States will not send a representative to a Russian-organized "
            "conference on Afghanistan this week"
        ),
    ),
)
