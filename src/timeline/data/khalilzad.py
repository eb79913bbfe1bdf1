"""The embedded demo: the events of an AP story, with their dates as the story gives them.

The story reports the resignation of the US envoy for Afghanistan, Zalmay Khalilzad.
The story was written on Monday 18 October 2021 (its "on Monday", "this week" and "earlier this
month" point back to that day) and republished on Saturday 4 December 2021, the date in its
header. Phrases are kept as the story words them; the one date not in the story is that of the
September 11 attacks, which it names as a well-known event.

The events live in ``khalilzad.toml`` beside this module, in the events file format (see
``timeline.io``); this module reads it once, on import.

>>> len(EVENTS) > 5
True
>>> {event.id for event in EVENTS} >= {"khalilzad-appointed", "khalilzad-resigns", "west-appointed"}
True
>>> TIMELINE.offices == {ENVOY: 1}
True
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING, Final

import attrs

from timeline._io_read import timeline_from_data

if TYPE_CHECKING:
    from timeline._events import Event, Source
    from timeline.engine._timeline import Timeline

__all__ = ["ENVOY", "EVENTS", "SOURCE", "TIMELINE"]


def _load() -> Timeline:
    import tomllib

    # Read through importlib.resources, so that the demo works from a zipped install too.
    text = (
        resources.files(__package__ or "timeline.data")
        .joinpath("khalilzad.toml")
        .read_text(encoding="utf-8")
    )
    return timeline_from_data(tomllib.loads(text), path="khalilzad.toml")


#: The demo as a timeline: its events, and the envoy's office with one holder at a time.
TIMELINE: Final = _load()
#: The events, in the order the file gives them.
EVENTS: Final[tuple[Event, ...]] = TIMELINE.events
#: The envoy's office, as the appointments name it.
ENVOY: Final = next(iter(TIMELINE.offices))


def _source() -> Source:
    source = EVENTS[0].source
    assert source is not None, "every event of the demo cites the story"
    return attrs.evolve(source, quote="")


#: The story every event is read from (without a quote): its title, written and published dates.
SOURCE: Final = _source()
