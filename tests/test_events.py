import datetime
import pickle

import attrs
import pytest
from hypothesis import given

from timeline import (
    Agreement,
    Announcement,
    Appointment,
    Dismissal,
    Event,
    FuzzyDate,
    Meeting,
    Ongoing,
    Period,
    Resignation,
    Source,
    ValidationError,
    Withdrawal,
)
from timeline.strategies import event_ids, events

KINDS = [Event, Appointment, Resignation, Dismissal, Agreement, Withdrawal, Announcement, Meeting]


# --- the kinds --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "name", "opens", "closes"),
    [
        (Event, "event", False, False),
        (Appointment, "appointment", True, False),
        (Resignation, "resignation", False, True),
        (Dismissal, "dismissal", False, True),
        (Agreement, "agreement", False, False),
        (Withdrawal, "withdrawal", False, False),
        (Announcement, "announcement", False, False),
        (Meeting, "meeting", False, False),
    ],
)
def test_kinds_say_whether_they_open_or_close_a_tenure(kind, name, opens, closes):
    """Appointments open tenures, resignations and dismissals close them, the rest neither."""
    assert kind.kind == name
    assert kind.opens_tenure is opens
    assert kind.closes_tenure is closes


def test_kind_specific_fields():
    """Each kind carries its own fields beside the common ones."""
    appointment = Appointment(
        id="k", when="2018-09", person="Zalmay Khalilzad", office="Envoy", appointed_by="Pompeo"
    )
    assert (appointment.person, appointment.office, appointment.appointed_by) == (
        "Zalmay Khalilzad",
        "Envoy",
        "Pompeo",
    )
    assert not appointment.acting
    agreement = Agreement(id="doha", when="2020-02-29", parties=("US", "Taliban"), title="Doha")
    assert agreement.parties == ("US", "Taliban")
    assert Agreement(id="x", when="2020", parties="US").parties == ("US",)
    withdrawal = Withdrawal(id="w", when="2021-08", party="US", from_="Afghanistan")
    assert (withdrawal.party, withdrawal.from_) == ("US", "Afghanistan")
    assert Announcement(id="a", when="2021-04-14", by="Joe Biden").by == "Joe Biden"
    meeting = Meeting(id="m", when="2021-10", place="Doha", participants="Khalilzad")
    assert (meeting.place, meeting.participants) == ("Doha", ("Khalilzad",))
    assert Dismissal(id="d", when="2018-03-13", person="T", office="S").dismissed_by == ""


def test_resignation_announced_and_effective():
    """A resignation's when is when it takes effect; announced is separate evidence."""
    resignation = Resignation(
        id="r", when="2021-W42", announced="2021-10-18", person="Z", office="Envoy"
    )
    assert resignation.when == FuzzyDate.week(2021, 42)
    assert resignation.announced == FuzzyDate.day(2021, 10, 18)
    assert Resignation(id="r", when="2021", person="Z", office="E").announced is None


def test_user_kinds_subclass_event():
    """A user's own kind is an attrs subclass that declares whether it opens a tenure."""

    @attrs.frozen(slots=True, kw_only=True)
    class Election(Event):
        """Someone is elected to an office."""

        kind = "election"
        opens_tenure = True
        person: str
        office: str

    election = Election(id="e1", when="2020-11-03", person="Joe Biden", office="President")
    assert election.opens_tenure
    assert election.when == FuzzyDate.day(2020, 11, 3)
    with pytest.raises(ValidationError, match="person"):
        Election(id="e2", when="2020", person="", office="President")


# --- when -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("2018-09", FuzzyDate.month(2018, 9)),
        ("  2018-09 ", FuzzyDate.month(2018, 9)),
        ("-0043-03-15", FuzzyDate.day(-43, 3, 15)),
        ("[2018-09-05..2018-09-20]", FuzzyDate.between("2018-09-05", "2018-09-20")),
        ("2018-09/..", Period.from_edtf("2018-09/..")),
        ("../2021", Period.from_edtf("../2021")),
        (
            "2018-09/[2021-10-18..]",
            Period(FuzzyDate.month(2018, 9), Ongoing(FuzzyDate.of("2021-10-18"))),
        ),
        (datetime.date(2021, 10, 18), FuzzyDate.day(2021, 10, 18)),
        (FuzzyDate.year(2021), FuzzyDate.year(2021)),
        ("on Monday", "on Monday"),
        ("3 days after {doha}", "3 days after {doha}"),
        (("2021", "in May"), (FuzzyDate.year(2021), "in May")),
        (["2021", "in May"], (FuzzyDate.year(2021), "in May")),
    ],
)
def test_when_is_converted_to_evidence(when, expected):
    """EDTF text becomes a FuzzyDate or Period, dates days, and phrases stay as written.

    Several pieces of evidence become a tuple.
    """
    assert Event(id="e", when=when).when == expected


def test_evidence_and_references():
    """Evidence is always a tuple; references are the ids named in braces."""
    event = Event(id="b", when=("2021", "3 days after {a}", "before {c-2}"))
    assert event.evidence == (FuzzyDate.year(2021), "3 days after {a}", "before {c-2}")
    assert event.references == {"a", "c-2"}
    single = Event(id="c", when="2021")
    assert single.evidence == (FuzzyDate.year(2021),)
    assert single.references == frozenset()


@pytest.mark.parametrize(
    ("when", "words"),
    [
        ("2018-13", "month 13"),
        ("2021/2020", "ends before it starts"),
        ("", "empty phrase"),
        ("   ", "empty phrase"),
        ((), "empty tuple"),
        (3.5, "3.5"),
        (("2021", None), "None"),
        (datetime.datetime(2021, 1, 1, tzinfo=datetime.UTC), "datetime"),
    ],
)
def test_bad_when_names_the_record_and_field(when, words):
    """Bad evidence is a ValidationError naming the kind, the record's id and the field."""
    with pytest.raises(ValidationError, match=words) as caught:
        Appointment(id="khalilzad", when=when, person="Z", office="Envoy")
    assert caught.value.field == "when"
    assert caught.value.record == "khalilzad"
    assert str(caught.value).startswith("Appointment 'khalilzad': when: ")


def test_bad_announced_names_its_field():
    """Bad evidence in a resignation's announced date names that field."""
    with pytest.raises(ValidationError, match="announced") as caught:
        Resignation(id="r", when="2021", announced="2021-02-30", person="Z", office="E")
    assert caught.value.field == "announced"
    assert caught.value.record == "r"


def test_a_period_ending_before_it_starts_is_refused():
    """An event cannot rest on a period whose end is before its start."""
    with pytest.raises(ValidationError, match="before the start") as caught:
        Period(FuzzyDate.year(2021), FuzzyDate.year(2020))
    assert caught.value.field == "end"


# --- validation -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad_id",
    ["", " ", "a b", "khalilzad ", "{a}", "a{b", "a}b", "-a", "_a", "über", 7, None],
)
def test_bad_ids_are_refused(bad_id):
    """Ids are letters, digits and '-_.:', starting with a letter or digit.

    No spaces or braces: phrases name other events by id in braces.
    """
    with pytest.raises(ValidationError, match=r"Event\.id") as caught:
        Event(id=bad_id, when="2021")
    assert caught.value.field == "id"
    assert repr(bad_id) in str(caught.value)


@pytest.mark.parametrize("field", ["person", "office"])
@pytest.mark.parametrize("value", ["", "   ", None, 3])
def test_people_and_offices_must_be_named(field, value):
    """An appointment's person and office must be non-empty strings.

    The error names both the record and the field.
    """
    fields = {"person": "Zalmay Khalilzad", "office": "Envoy", field: value}
    with pytest.raises(ValidationError, match=field) as caught:
        Appointment(id="k", when="2018-09", **fields)
    assert caught.value.field == field
    assert caught.value.record == "k"
    assert "Appointment 'k'" in str(caught.value)


@given(event_ids())
def test_generated_ids_are_accepted_and_spaces_or_braces_refused(event_id):
    """Every id the strategy makes is valid; adding a space or braces makes it invalid."""
    assert Event(id=event_id, when="2021").id == event_id
    for bad in (f"{event_id} x", f"{{{event_id}}}"):
        with pytest.raises(ValidationError):
            Event(id=bad, when="2021")


# --- values -----------------------------------------------------------------------------------


@given(events())
def test_events_are_frozen_hashable_and_picklable(event):
    """Events cannot be changed, evolve into equal copies, hash by value and pickle."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        event.summary = "changed"
    copy = attrs.evolve(event)
    assert copy == event
    assert hash(copy) == hash(event)
    assert pickle.loads(pickle.dumps(event)) == event  # noqa: S301 - our own data
    changed = attrs.evolve(event, summary="changed")
    assert changed.summary == "changed"
    assert event.summary != "changed"


def test_common_fields_are_normalised():
    """Actors become a tuple and tags a frozenset, a single string counting as one."""
    event = Event(id="e", when="2021", actors="Biden", tags=["us", "us", "policy"])
    assert event.actors == ("Biden",)
    assert event.tags == frozenset({"us", "policy"})
    assert Event(id="f", when="2021", tags="us").tags == frozenset({"us"})


# --- sources ----------------------------------------------------------------------------------


def test_source_dates_are_fuzzy_dates():
    """Written and published accept EDTF text, dates and day numbers; reference prefers written."""
    source = Source(title="AP", written="2021-10-18", published=datetime.date(2021, 12, 4))
    assert source.written == FuzzyDate.day(2021, 10, 18)
    assert source.published == FuzzyDate.day(2021, 12, 4)
    assert source.reference == source.written
    assert Source(published="2021-12").reference == FuzzyDate.month(2021, 12)
    assert Source().reference is None
    event = Event(id="e", when="on Monday", source=source)
    assert event.source.reference == FuzzyDate.day(2021, 10, 18)


def test_source_refuses_what_is_not_a_date():
    """A source date that is not date-like is a TypeError naming the value."""
    with pytest.raises(TypeError, match=r"3\.5"):
        Source(written=3.5)


def test_kinds_list_is_complete():
    """Every kind here is a subclass of Event with a distinct kind name."""
    assert all(issubclass(kind, Event) for kind in KINDS)
    assert len({kind.kind for kind in KINDS}) == len(KINDS)
