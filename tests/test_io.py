import copy
import io
import json
import subprocess
import sys
import tempfile
import tomllib
from importlib import resources
from pathlib import Path
from typing import ClassVar

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import timeline
from timeline import (
    OPEN,
    UNKNOWN,
    Agreement,
    Appointment,
    Event,
    FuzzyDate,
    Meeting,
    Ongoing,
    Period,
    Resignation,
    Source,
    Timeline,
    When,
    Withdrawal,
)
from timeline import io as tio
from timeline._io_kinds import specs
from timeline._io_toml import dumps
from timeline.data import khalilzad
from timeline.engine import Tenure, tenures_from_records
from timeline.errors import FileFormatError, ValidationError
from timeline.events import Era
from timeline.strategies import events, fuzzy_dates, periods

DEMO = Path(khalilzad.__file__).with_name("khalilzad.toml")
STATE_DEPT = Path(__file__).resolve().parents[2] / "shared" / "data" / "us_state_dept_tenures.csv"


def round_trip(line, suffix):
    """Dump a timeline to a fresh file with the suffix and load it back."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"events{suffix}"
        tio.dump(line, path)
        return tio.load(path)


# --- round trips ------------------------------------------------------------------------------

# Any text at all: quotes, backslashes, control characters, non-ASCII (no lone surrogates,
# which UTF-8 cannot hold).
TEXT = st.text(max_size=20)
NAMES = TEXT.filter(str.strip)
SOURCES = st.builds(
    Source,
    title=st.sampled_from(["AP", "Reuters", ""]) | TEXT,
    written=st.none() | fuzzy_dates(),
    published=st.none() | fuzzy_dates(),
    quote=TEXT,
    url=TEXT,
)


@st.composite
def full_events(draw):
    """An event from the project's strategy, with a source, summary, actors and tags drawn."""
    event = draw(events())
    return attrs.evolve(
        event,
        summary=draw(TEXT),
        actors=draw(st.lists(TEXT, max_size=3)),
        tags=draw(st.frozensets(TEXT, max_size=3)),
        source=draw(st.none() | SOURCES),
    )


@st.composite
def timelines(draw):
    """Timelines of drawn events, offices (a number of holders or any number) and eras."""
    drawn = draw(st.lists(full_events(), max_size=4, unique_by=lambda event: event.id))
    offices = draw(st.dictionaries(NAMES, st.none() | st.integers(1, 9), max_size=3))
    eras = draw(st.lists(st.builds(Era, NAMES, periods(), TEXT), max_size=2))
    return Timeline(drawn, offices=offices, eras=eras)


@given(timelines(), st.sampled_from([".toml", ".json"]))
def test_round_trip_of_drawn_timelines(line, suffix):
    """load(dump(x)) == x for timelines of drawn events of every kind, in TOML and JSON."""
    assert round_trip(line, suffix) == line


@given(timelines())
def test_plain_data_round_trip_and_is_plain(line):
    """from_data(to_data(x)) == x, and the data holds only dicts, lists, str, int and bool."""
    data = tio.to_data(line)

    def plain(value):
        if isinstance(value, dict):
            return all(isinstance(k, str) and plain(v) for k, v in value.items())
        if isinstance(value, list):
            return all(plain(item) for item in value)
        return isinstance(value, str | int | bool)

    assert plain(data)
    assert tio.from_data(copy.deepcopy(data)) == line


def hand_made():
    """A timeline with phrases naming events, two documents, offices and eras."""
    ap = Source(title="AP", written="2021-10-18", published="2021-12-04", url="https://x.test/a")
    other = Source(title="Notes", written="2020")
    return Timeline(
        [
            Event(id="sept-11", when="2001-09-11", source=attrs.evolve(ap, quote="9/11")),
            Appointment(
                id="in",
                when="since September 2018",
                person="Zalmay Khalilzad",
                office="Envoy",
                appointed_by="Mike Pompeo",
                acting=True,
                source=attrs.evolve(ap, quote='he said: "since September 2018"\n'),
            ),
            Agreement(
                id="doha",
                when=("in February 2020", "after {in}"),
                parties=("United States", "Taliban"),
                title="Doha",
                source=other,
            ),
            Withdrawal(id="out", when="before the 20th anniversary of {sept-11}", from_="AF"),
            Resignation(
                id="r",
                when=("this week", "more than three years after {in}"),
                announced=("on Monday",),
                person="Zalmay Khalilzad",
                office="Envoy",
                source=ap,
                tags={"b", "a"},
            ),
            Meeting(id="m", when=Period.from_edtf("2021-10/[2021-10-18..]"), place="Doha"),
        ],
        offices={"Envoy": 1, "Board": None, "Council": 3},
        eras=[
            Era("Trump administration", Period.from_edtf("2017-01-20/2021-01-20"), "#c00"),
            Era("Biden administration", Period.from_edtf("2021-01-20/..")),
        ],
    )


@pytest.mark.parametrize("suffix", [".toml", ".json", ".TOML"])
def test_round_trip_of_a_hand_made_timeline(suffix):
    """Phrases, a list of evidence, documents, quotes, offices and eras come back equal."""
    line = hand_made()
    assert round_trip(line, suffix) == line


@pytest.mark.parametrize("suffix", [".toml", ".json"])
def test_round_trip_of_the_demo(suffix):
    """The demo read from its file, written again and read back, is the same timeline."""
    assert round_trip(khalilzad.TIMELINE, suffix) == khalilzad.TIMELINE


def test_to_data_of_a_hand_made_timeline():
    """The plain data is what the format says: documents once, defaults left out."""
    data = tio.to_data(hand_made())
    assert data["format"] == "timeline"
    assert data["version"] == 1
    assert data["documents"] == [
        {
            "id": "ap",
            "title": "AP",
            "written": "2021-10-18",
            "published": "2021-12-04",
            "url": "https://x.test/a",
        },
        {"id": "notes", "title": "Notes", "written": "2020"},
    ]
    assert data["offices"] == [
        {"name": "Envoy", "holders": 1},
        {"name": "Board"},
        {"name": "Council", "holders": 3},
    ]
    assert data["eras"] == [
        {"name": "Trump administration", "period": "2017-01-20/2021-01-20", "color": "#c00"},
        {"name": "Biden administration", "period": "2021-01-20/.."},
    ]
    by_id = {event["id"]: event for event in data["events"]}
    assert by_id["in"] == {
        "id": "in",
        "kind": "appointment",
        "when": "since September 2018",
        "person": "Zalmay Khalilzad",
        "office": "Envoy",
        "appointed_by": "Mike Pompeo",
        "acting": True,
        "document": "ap",
        "quote": 'he said: "since September 2018"\n',
    }
    assert by_id["doha"]["when"] == ["in February 2020", "after {in}"]
    assert by_id["doha"]["document"] == "notes"
    assert "quote" not in by_id["doha"]
    assert by_id["out"] == {
        "id": "out",
        "kind": "withdrawal",
        "when": "before the 20th anniversary of {sept-11}",
        "from": "AF",
    }
    assert by_id["r"]["announced"] == ["on Monday"]
    assert by_id["r"]["tags"] == ["a", "b"]
    assert by_id["m"]["when"] == "2021-10/[2021-10-18..]"


def test_documents_with_the_same_title_get_distinct_ids():
    """Two sources titled alike but dated differently are two documents, ap and ap-2."""
    line = Timeline(
        [
            Event(id="a", when="2020", source=Source(title="AP", written="2020-01-01")),
            Event(id="b", when="2020", source=Source(title="AP", written="2020-01-02")),
            Event(id="c", when="2020", source=Source(quote="no title")),
        ]
    )
    data = tio.to_data(line)
    assert [document["id"] for document in data["documents"]] == ["ap", "ap-2", "document"]
    assert [event["document"] for event in data["events"]] == ["ap", "ap-2", "document"]
    assert tio.from_data(data) == line


def test_dump_writes_this_toml():
    """The TOML written for a small timeline, line by line (checked by hand)."""
    line = Timeline(
        [
            Appointment(
                id="in",
                when="since September 2018",
                person="Z",
                office="Envoy",
                source=Source(title="AP", written="2021-10-18", quote='a "quote"'),
            ),
            Event(id="x", when=("2001", "after {in}"), tags={"t"}),
        ],
        offices={"Envoy": 1},
        eras=[Era("E", Period.from_edtf("2017/2021"))],
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "e.toml"
        tio.dump(line, path)
        text = path.read_text(encoding="utf-8")
    assert text == (
        'format = "timeline"\n'
        "version = 1\n"
        "\n"
        "[[documents]]\n"
        'id = "ap"\n'
        'title = "AP"\n'
        'written = "2021-10-18"\n'
        "\n"
        "[[offices]]\n"
        'name = "Envoy"\n'
        "holders = 1\n"
        "\n"
        "[[eras]]\n"
        'name = "E"\n'
        'period = "2017/2021"\n'
        "\n"
        "[[events]]\n"
        'id = "in"\n'
        'kind = "appointment"\n'
        'when = "since September 2018"\n'
        'person = "Z"\n'
        'office = "Envoy"\n'
        'document = "ap"\n'
        'quote = "a \\"quote\\""\n'
        "\n"
        "[[events]]\n"
        'id = "x"\n'
        'kind = "event"\n'
        'when = ["2001", "after {in}"]\n'
        'tags = ["t"]\n'
    )


def test_dump_writes_json_with_the_same_schema():
    """The JSON file is the plain data, indented, UTF-8 with non-ASCII kept as it is."""
    line = Timeline([Event(id="a", when="2001", summary="Zürich")], offices={"O": None})
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "e.json"
        tio.dump(line, path)
        text = path.read_text(encoding="utf-8")
    assert "Zürich" in text
    assert json.loads(text) == {
        "format": "timeline",
        "version": 1,
        "offices": [{"name": "O"}],
        "events": [{"id": "a", "kind": "event", "when": "2001", "summary": "Zürich"}],
    }


def test_json_null_is_read_as_the_absent_value():
    """In JSON, holders and announced may be null: any number of holders, no announcement."""
    data = {
        "format": "timeline",
        "version": 1,
        "offices": [{"name": "Board", "holders": None}],
        "events": [
            {
                "id": "r",
                "kind": "resignation",
                "when": "2021",
                "person": "P",
                "office": "Board",
                "announced": None,
            }
        ],
    }
    line = tio.from_data(data)
    assert line.offices == {"Board": None}
    assert line["r"].announced is None


def test_an_empty_timeline_round_trips():
    """A timeline without events is a file with only its header."""
    assert tio.to_data(Timeline([])) == {"format": "timeline", "version": 1}
    assert round_trip(Timeline([]), ".toml") == Timeline([])


def test_quote_without_a_document_is_kept():
    """A quote with no document becomes a source with only the quote; nothing is dropped."""
    data = {
        "format": "timeline",
        "version": 1,
        "events": [{"id": "a", "kind": "event", "when": "2020", "quote": "in 2020"}],
    }
    assert tio.from_data(data)["a"].source == Source(quote="in 2020")


def test_writing_what_a_file_cannot_read_back_is_refused():
    """An office without a name, or with zero holders, is an error rather than a bad file."""
    with pytest.raises(ValueError, match="needs a name"):
        tio.to_data(Timeline([], offices={" ": 1}))
    # A count no file can hold is refused when the timeline is built (a ValueError too).
    with pytest.raises(ValueError, match="office 'O' has 0"):
        tio.to_data(Timeline([], offices={"O": 0}))


# --- the TOML writer --------------------------------------------------------------------------


def test_toml_strings_escape_what_they_must():
    """Quotes, backslashes and control characters are escaped; other characters are kept."""
    text = dumps({"s": 'a"b\\c\nd\te\x01f\x7fg é 😀'})
    assert text == 's = "a\\"b\\\\c\\nd\\te\\u0001f\\u007Fg é 😀"\n'
    assert tomllib.loads(text) == {"s": 'a"b\\c\nd\te\x01f\x7fg é 😀'}


@given(st.text(), st.lists(st.text(), max_size=3), st.integers(-(2**63), 2**63 - 1), st.booleans())
def test_toml_writer_is_read_back_by_tomllib(text, texts, number, flag):
    """Every string, list of strings, 64-bit integer and boolean reads back as written."""
    data = {"format": text, "events": [{"a": text, "b": texts, "c": number, "d": flag}]}
    assert tomllib.loads(dumps(data)) == data


def test_toml_keys_that_are_not_bare_are_quoted():
    """A key with a space is written as a quoted key."""
    assert dumps({"a b": 1}) == '"a b" = 1\n'


@pytest.mark.parametrize(
    ("value", "error"),
    [(None, TypeError), (1.5, TypeError), ({"x": 1}, TypeError), (2**63, ValueError)],
)
def test_toml_writer_refuses_what_the_format_has_not(value, error):
    """null, floats, nested tables and integers past 64 bits are errors, not guesses."""
    with pytest.raises(error):
        dumps({"events": [{"id": value}]})


def test_toml_writer_refuses_lone_surrogates():
    """A lone surrogate cannot be UTF-8, so it cannot be written."""
    with pytest.raises(ValueError, match="surrogate"):
        dumps({"s": "\ud800"})


# --- kinds of one's own -------------------------------------------------------------------------


@attrs.frozen(slots=True, kw_only=True)
class Election(Event):
    """A kind of the user's own, with one field of each shape a file can hold."""

    kind: ClassVar[str] = "election"
    opens_tenure: ClassVar[bool] = True

    person: str
    office: str
    votes: int = 0
    runoff: bool = False
    districts: tuple[str, ...] = ()
    observers: frozenset[str] = frozenset()
    certified: When | None = None
    note: str | None = None


@attrs.frozen(slots=True, kw_only=True)
class Nameless(Event):
    """A subclass that keeps its parent's kind name."""

    extra: str = ""


@attrs.frozen(slots=True, kw_only=True)
class Odd(Event):
    """A kind with a field no file can hold."""

    kind: ClassVar[str] = "odd"
    weight: float = 0.0


def election():
    """An election with every field set."""
    return Election(
        id="e",
        when="2020-11-03",
        person="Joe Biden",
        office="President",
        votes=81_283_501,
        runoff=True,
        districts=("PA", "GA"),
        observers={"OSCE"},
        certified=FuzzyDate.day(2021, 1, 7),
        note="close",
    )


@pytest.mark.parametrize("suffix", [".toml", ".json"])
def test_user_kinds_load_through_kinds(suffix):
    """A user's kind is written under its name and read back with kinds={name: class}."""
    line = Timeline([election(), Event(id="a", when="after {e}")])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"events{suffix}"
        tio.dump(line, path)
        assert tio.load(path, kinds={"election": Election}) == line
        with pytest.raises(FileFormatError, match="unknown kind 'election'") as caught:
            tio.load(path)
    assert caught.value.record == "e"


def test_user_kind_fields_are_checked_like_built_in_ones():
    """A user's int field holding a string is an error naming the field."""
    data = tio.to_data(Timeline([election()]))
    data["events"][0]["votes"] = "many"
    with pytest.raises(FileFormatError, match="expected an integer, got 'many'") as caught:
        tio.from_data(data, kinds={"election": Election})
    assert (caught.value.record, caught.value.field) == ("e", "votes")


def test_a_user_kind_may_replace_a_built_in_one():
    """kinds={"appointment": MyAppointment} reads appointments as the user's class."""

    @attrs.frozen(slots=True, kw_only=True)
    class Sworn(Appointment):
        """An appointment with the oath's place."""

        kind: ClassVar[str] = "appointment"
        oath: str = ""

    line = Timeline([Sworn(id="s", when="2021", person="P", office="O", oath="Capitol")])
    assert tio.from_data(tio.to_data(line), kinds={"appointment": Sworn}) == line


def test_a_subclass_without_its_own_kind_cannot_be_written():
    """Writing it under its parent's name would read back the parent, losing its fields."""
    with pytest.raises(TypeError, match="has no kind of its own"):
        tio.to_data(Timeline([Nameless(id="n", when="2020", extra="x")]))


def test_kinds_must_name_their_classes_by_their_kind():
    """A name that is not the class's kind, or a value that is not a kind, is refused."""
    with pytest.raises(ValueError, match=r"Election\.kind is 'election'"):
        tio.from_data({"format": "timeline", "version": 1}, kinds={"vote": Election})
    with pytest.raises(TypeError, match="expected an Event subclass"):
        tio.from_data({"format": "timeline", "version": 1}, kinds={"x": dict})


def test_a_kind_with_a_field_no_file_can_hold_is_refused():
    """A float field has no shape in the format: the error names the class and the field."""
    with pytest.raises(TypeError, match=r"Odd\.weight: a file cannot hold"):
        tio.from_data({"format": "timeline", "version": 1}, kinds={"odd": Odd})


# --- errors -------------------------------------------------------------------------------------


def valid():
    """A small valid file's data: a document, an office, an era and three events."""
    return {
        "format": "timeline",
        "version": 1,
        "documents": [{"id": "ap", "title": "AP", "written": "2021-10-18"}],
        "offices": [{"name": "Envoy", "holders": 1}],
        "eras": [{"name": "Biden", "period": "2021-01-20/2025-01-20"}],
        "events": [
            {
                "id": "in",
                "kind": "appointment",
                "when": "since September 2018",
                "person": "Z",
                "office": "Envoy",
                "document": "ap",
            },
            {"id": "doha", "kind": "agreement", "when": "2020-02-29", "parties": ["US"]},
            {
                "id": "out",
                "kind": "resignation",
                "when": "this week",
                "person": "Z",
                "office": "Envoy",
                "document": "ap",
            },
        ],
    }


def event_at(index, **changes):
    """A change to one event of ``valid()``: keys set, or removed when given None."""

    def change(data):
        for key, value in changes.items():
            if value is None:
                del data["events"][index][key]
            else:
                data["events"][index][key] = value

    return change


def setting(section, index, key, value):
    """A change to one table of a section of ``valid()``."""

    def change(data):
        data[section][index][key] = value

    return change


def duplicate_id(data):
    """The agreement takes the appointment's id."""
    data["events"][1]["id"] = "in"


def unused_document(data):
    """A second document that no event cites."""
    data["documents"].append({"id": "nyt"})


def null_summary(data):
    """JSON null where a string belongs."""
    data["events"][1]["summary"] = None


def null_when(data):
    """JSON null where a date or phrase belongs."""
    data["events"][1]["when"] = None


# (change, what, record, field, words the message must hold)
EVENT_ERRORS = [
    (event_at(0, kind="election"), "event", "in", "kind", ["unknown kind 'election'"]),
    (event_at(0, kind=None), "event", "in", "kind", ["missing", "'appointment'"]),
    (event_at(0, wehn="2020"), "event", "in", "wehn", ["unknown field", "did you mean 'when'"]),
    (event_at(1, person="P"), "event", "doha", "person", ["unknown field", "an agreement"]),
    (event_at(0, person=7), "event", "in", "person", ["expected a string, got 7"]),
    (event_at(1, parties="US"), "event", "doha", "parties", ["expected a list of strings"]),
    (event_at(0, acting="yes"), "event", "in", "acting", ["expected true or false"]),
    (event_at(0, office=None), "event", "in", "office", ["missing; expected a string"]),
    (event_at(0, when=None), "event", "in", "when", ["missing; expected a date or phrase"]),
    (event_at(0, when=[]), "event", "in", "when", ["got an empty list"]),
    (event_at(0, when=2018), "event", "in", "when", ["expected a date or phrase", "got 2018"]),
    (event_at(0, person=" "), "event", "in", "person", ["non-empty"]),
    (event_at(0, document="nyt"), "event", "in", "document", ["no document has the id 'nyt'"]),
    (event_at(1, when="2020-02-30"), "event", "doha", "when", ["day 30 is out of range"]),
    (
        event_at(1, when="on blursday"),
        "event",
        "doha",
        "when",
        ["unknown word 'blursday'", "  on blursday\n     ^^^^^^^^"],
    ),
    (
        event_at(2, announced=["on Monday", "on Blursday"]),
        "event",
        "out",
        "announced",
        ["unknown word 'Blursday'"],
    ),
    (duplicate_id, "event", "in", "id", ["event #1 already has this id"]),
    (event_at(1, id="a b"), "event", "#2", "id", ["no spaces", "got 'a b'"]),
    (event_at(1, id=None), "event", "#2", "id", ["missing"]),
    (null_summary, "event", "doha", "summary", ["got null"]),
    (null_when, "event", "doha", "when", ["got null"]),  # it said "got None" (probe 16)
]


OTHER_ERRORS = [
    (
        setting("documents", 0, "written", "2021-13-01"),
        "document",
        "ap",
        "written",
        ["expected a date", "month 13"],
    ),
    (setting("documents", 0, "author", "x"), "document", "ap", "author", ["unknown field"]),
    (unused_document, "document", "nyt", None, ["no event cites this document"]),
    (setting("offices", 0, "holders", 0), "office", "Envoy", "holders", ["1 or more"]),
    (setting("offices", 0, "holders", value=True), "office", "Envoy", "holders", ["got True"]),
    (setting("eras", 0, "period", "2021"), "era", "Biden", "period", ["EDTF interval"]),
    (setting("eras", 0, "period", "2025/2021"), "era", "Biden", "period", ["ends before"]),
]


@pytest.mark.parametrize(
    ("change", "what", "record", "field", "words"), EVENT_ERRORS + OTHER_ERRORS
)
def test_each_error_names_the_file_the_record_and_the_field(
    tmp_path, change, what, record, field, words
):
    """A bad file's error names the file, the event (or other record) and the field.

    And it says what was expected.
    """
    data = valid()
    change(data)
    path = tmp_path / "events.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FileFormatError) as caught:
        tio.load(path)
    error = caught.value
    message = str(error)
    assert (error.path, error.what, error.record, error.field) == (str(path), what, record, field)
    assert message.startswith(f"{path}: {what} '{record}'")
    if field is not None:
        assert f"field '{field}'" in message
    for word in words:
        assert word in message


def test_the_valid_file_is_valid():
    """The data the error cases start from reads, so each case fails for its own change."""
    line = tio.from_data(valid())
    assert [event.id for event in line] == ["in", "doha", "out"]
    assert line["in"].source == Source(title="AP", written="2021-10-18")


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        ({"version": 1}, "format", ['format = "timeline"']),
        ({"format": "timelines", "version": 1}, "format", ["expected 'timeline'"]),
        ({"format": "timeline"}, "version", ["missing"]),
        ({"format": "timeline", "version": 2}, "version", ["version 2", "upgrade"]),
        ({"format": "timeline", "version": 2, "new": []}, "version", ["version 2"]),
        ({"format": "timeline", "version": "1"}, "version", ["expected 1, got '1'"]),
        ({"format": "timeline", "version": 1, "title": "x"}, "title", ["unknown field"]),
        ({"format": "timeline", "version": 1, "events": {}}, "events", ["list of tables"]),
    ],
)
def test_errors_at_the_top_of_a_file(data, field, words):
    """The header and the sections are checked, naming the field."""
    with pytest.raises(FileFormatError) as caught:
        tio.from_data(data, path="e.json")
    assert caught.value.field == field
    assert str(caught.value).startswith(f"e.json: field '{field}': ")
    for word in words:
        assert word in str(caught.value)


def test_data_that_is_not_a_table():
    """The top of the data must be a table (a dict)."""
    with pytest.raises(FileFormatError, match=r"^e\.json: expected a table of format, version"):
        tio.from_data([], path="e.json")


def test_an_event_that_is_not_a_table_is_named_by_number():
    """An event with no id is named by its place in the list."""
    with pytest.raises(FileFormatError, match=r"e.json: event '#2': expected a table") as caught:
        tio.from_data(
            {"format": "timeline", "version": 1, "events": [valid()["events"][1], "x"]},
            path="e.json",
        )
    assert caught.value.record == "#2"


@pytest.mark.parametrize(
    ("name", "text", "words"),
    [
        ("e.toml", 'format = "timeline"\nversion = 1\nversion = 1\n', ["not valid TOML"]),
        ("e.toml", "format = timeline\n", ["not valid TOML", "line 1"]),
        ("e.json", '{"format": "timeline",', ["not valid JSON"]),
        ("e.json", '{"format": "timeline", "format": "timeline"}', ["'format' appears twice"]),
        ("e.yaml", "format: timeline\n", ["suffix '.yaml'", ".toml or .json"]),
    ],
)
def test_files_that_do_not_parse(tmp_path, name, text, words):
    """Syntax errors, duplicate JSON keys and unknown suffixes name the file."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FileFormatError) as caught:
        tio.load(path)
    assert caught.value.path == str(path)
    assert str(caught.value).startswith(f"{path}: ")
    for word in words:
        assert word in str(caught.value)


def test_a_file_that_is_not_utf8(tmp_path):
    """Bytes that are not UTF-8 are an error naming the file."""
    path = tmp_path / "e.toml"
    path.write_bytes(b'format = "timeline\xff"\n')
    with pytest.raises(FileFormatError, match="not UTF-8"):
        tio.load(path)


def test_dump_to_an_unknown_suffix(tmp_path):
    """Dumping refuses a suffix it cannot tell the format from."""
    with pytest.raises(FileFormatError, match=r"use \.toml or \.json"):
        tio.dump(Timeline([]), tmp_path / "e.txt")


def test_errors_in_toml_name_the_event_and_field(tmp_path):
    """The same errors come from TOML files: here a phrase that does not read."""
    path = tmp_path / "events.toml"
    path.write_text(
        'format = "timeline"\nversion = 1\n\n[[events]]\nid = "a"\nkind = "event"\n'
        'when = "3 dayz after {b}"\n',
        encoding="utf-8",
    )
    with pytest.raises(FileFormatError) as caught:
        tio.load(path)
    assert str(caught.value).startswith(f"{path}: event 'a', field 'when': ")
    assert "unknown word 'dayz' at position 2" in str(caught.value)


# --- the JSON Schema ----------------------------------------------------------------------------

SCHEMA = tio.schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def structurally(change):
    """``valid()`` with a change applied."""
    data = valid()
    change(data)
    return data


def remove_top(key):
    """A change that removes a top-level key."""

    def change(data):
        del data[key]

    return change


def event_not_a_table(data):
    """An event that is a string."""
    data["events"].append("x")


def nulls(data):
    """JSON null where the format allows it, and a list of evidence where one is allowed."""
    data["offices"][0]["holders"] = None
    data["events"][2]["announced"] = ["on Monday"]


def era_without_period(data):
    """An era with no period."""
    del data["eras"][0]["period"]


# Files that the schema can judge: valid and invalid ones, each with whether it is valid.
STRUCTURAL = {
    "demo": (tomllib.loads(DEMO.read_text(encoding="utf-8")), True),
    "minimal": ({"format": "timeline", "version": 1}, True),
    "small": (valid(), True),
    "hand made": (tio.to_data(hand_made()), True),
    "nulls": (structurally(nulls), True),
    "unknown kind": (structurally(event_at(0, kind="election")), False),
    "unknown field": (structurally(event_at(0, wehn="2020")), False),
    "field of another kind": (structurally(event_at(1, person="P")), False),
    "wrong type": (structurally(event_at(0, person=7)), False),
    "wrong list": (structurally(event_at(1, parties="US")), False),
    "missing field": (structurally(event_at(0, office=None)), False),
    "missing when": (structurally(event_at(0, when=None)), False),
    "empty when": (structurally(event_at(0, when=[])), False),
    "bad id": (structurally(event_at(1, id="a b")), False),
    "no format": (structurally(remove_top("format")), False),
    "no version": (structurally(remove_top("version")), False),
    "version 2": (structurally(lambda d: d.update(version=2)), False),
    "unknown top": (structurally(lambda d: d.update(title="x")), False),
    "holders 0": (structurally(setting("offices", 0, "holders", 0)), False),
    "event not a table": (structurally(event_not_a_table), False),
    "era without period": (structurally(era_without_period), False),
    "null summary": (structurally(null_summary), False),
}
# Files only the reader can judge: a schema cannot read dates or phrases, nor follow ids.
SEMANTIC = {
    "undefined document": structurally(event_at(0, document="nyt")),
    "duplicate id": structurally(duplicate_id),
    "unused document": structurally(unused_document),
    "bad date": structurally(event_at(1, when="2020-02-30")),
    "bad phrase": structurally(event_at(1, when="on blursday")),
}


def reads(data):
    """Whether our reader accepts the data."""
    try:
        tio.from_data(data)
    except FileFormatError:
        return False
    return True


def test_the_schema_is_a_valid_draft_2020_12_schema():
    """The shipped schema is itself valid under its metaschema."""
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_the_schema_accepts_the_demo_as_toml_and_as_json():
    """The demo file, and the JSON written from it, are valid under the schema."""
    VALIDATOR.validate(tomllib.loads(DEMO.read_text(encoding="utf-8")))
    VALIDATOR.validate(json.loads(json.dumps(tio.to_data(khalilzad.TIMELINE))))


@pytest.mark.parametrize("name", sorted(STRUCTURAL))
def test_the_schema_judges_files_as_expected(name):
    """Each file is valid or invalid under the schema as listed."""
    data, expected = STRUCTURAL[name]
    assert VALIDATOR.is_valid(data) is expected


@pytest.mark.parametrize("name", sorted(STRUCTURAL))
def test_the_reader_and_the_schema_agree(name):
    """Our reader accepts exactly the files the schema accepts."""
    data, _ = STRUCTURAL[name]
    assert reads(copy.deepcopy(data)) is VALIDATOR.is_valid(data)


@pytest.mark.parametrize("name", sorted(SEMANTIC))
def test_what_only_the_reader_can_judge(name):
    """Dates, phrases and ids are beyond a schema: it accepts these files, the reader does not."""
    assert VALIDATOR.is_valid(SEMANTIC[name])
    assert not reads(SEMANTIC[name])


def test_the_schema_knows_the_fields_of_every_built_in_kind():
    """For each kind, the schema's keys and required keys are the reader's."""
    event = SCHEMA["$defs"]["event"]
    common = set(event["properties"])
    by_kind = {rule["if"]["properties"]["kind"]["const"]: rule["then"] for rule in event["allOf"]}
    assert set(event["properties"]["kind"]["enum"]) == set(specs())
    for name, spec in specs().items():
        then = by_kind.get(name, {})
        assert common | set(then.get("properties", {})) == set(spec.keys), name
        required = {field.key for field in spec.fields if field.required}
        assert set(event["required"]) | set(then.get("required", [])) == (
            {"id", "kind", "when"} | required
        ), name


def test_the_package_ships_the_schema_and_the_demo():
    """Both data files are package data beside timeline.data."""
    files = resources.files("timeline.data")
    assert files.joinpath("timeline.schema.json").is_file()
    assert files.joinpath("khalilzad.toml").is_file()


# --- the demo file ------------------------------------------------------------------------------


def test_the_demo_file_holds_the_story():
    """The demo's events, document dates, quotes and office, as the AP story gives them."""
    line = tio.load(DEMO)
    assert line == khalilzad.TIMELINE
    assert [event.id for event in line] == [
        "sept-11",
        "khalilzad-appointed",
        "doha-agreement",
        "biden-withdrawal-announcement",
        "khalilzad-planned-exit",
        "us-withdrawal",
        "doha-meeting",
        "resignation-announced",
        "khalilzad-resigns",
        "west-appointed",
        "moscow-conference",
    ]
    assert line.offices == {"US Special Representative for Afghanistan Reconciliation": 1}
    for event in line:
        assert event.source.written == FuzzyDate.day(2021, 10, 18)
        assert event.source.published == FuzzyDate.day(2021, 12, 4)
        assert event.source.title.endswith("(AP)")
    resigns = line["khalilzad-resigns"]
    assert resigns.when == ("this week", "more than three years on the job")
    assert resigns.announced == "on Monday"
    assert resigns.source.quote == (
        "Zalmay Khalilzad will step down this week after more than three years on the job"
    )
    assert line["sept-11"].when == FuzzyDate.day(2001, 9, 11)
    assert line["us-withdrawal"].from_ == "Afghanistan"


def test_the_demo_module_keeps_its_names():
    """EVENTS, SOURCE and ENVOY are what they were; TIMELINE holds them with the office."""
    assert khalilzad.TIMELINE.events == khalilzad.EVENTS
    assert khalilzad.ENVOY == "US Special Representative for Afghanistan Reconciliation"
    title = "Afghanistan: US envoy Zalmay Khalilzad resigns after chaotic troop withdrawal (AP)"
    source = khalilzad.SOURCE
    assert (source.title, source.written, source.published) == (
        title,
        FuzzyDate.day(2021, 10, 18),
        FuzzyDate.day(2021, 12, 4),
    )
    assert (source.quote, source.url) == ("", "")
    assert khalilzad.TIMELINE.resolve()["khalilzad-resigns"] == FuzzyDate.week(2021, 42)


# --- tenure CSV ---------------------------------------------------------------------------------


def read(text, **options):
    """read_tenures of CSV text given as a string."""
    return tio.read_tenures(io.StringIO(text), **options)


def test_read_tenures_with_partial_dates_and_every_end_state():
    """Partial dates; an empty end closed by the successor; open, ongoing and open-start rows."""
    tenures, problems = read(
        "person,office,start,end,how_ended,acting,role\n"
        "A,Envoy,2018-09,,,,envoy\n"
        "B,Envoy,2021-W42,[2022-01-01..],,yes,\n"
        "C,Board,..,1999,died,,\n"
        "D,Board,2000,..,,false,\n"
        "E,Council,,,,,\n"
    )
    assert problems == ()
    periods = {t.person: t.period for t in tenures}
    assert periods["A"] == Period(FuzzyDate.month(2018, 9), FuzzyDate.week(2021, 42))
    assert periods["B"] == Period(FuzzyDate.week(2021, 42), Ongoing(FuzzyDate.day(2022, 1, 1)))
    assert periods["C"] == Period(OPEN, FuzzyDate.year(1999))
    assert periods["D"] == Period(FuzzyDate.year(2000), OPEN)
    assert periods["E"] == Period(UNKNOWN, UNKNOWN)
    a, b, c = tenures[0], tenures[1], tenures[2]
    assert (a.how_ended, a.role, a.acting, a.began) == ("succeeded by B", "envoy", False, "row 1")
    assert b.acting is True
    assert c.how_ended == "died"


def test_read_tenures_maps_column_names():
    """The columns option maps our names to the file's: here as for the State Department file."""
    tenures, _ = read(
        "tenure_id,name,office,start,end,end_note,role,extra\n"
        "x-1,A,O,1961-09-30,1962-12-07,Left post on,Envoy,ignored\n",
        columns={
            "id": "tenure_id",
            "person": "name",
            "end_note": "end_note",
            "role": "role",
        },
    )
    (tenure,) = tenures
    assert tenure == Tenure(
        person="A",
        office="O",
        period=Period(FuzzyDate.day(1961, 9, 30), FuzzyDate.day(1962, 12, 7)),
        began="x-1",
        ended="x-1",
        how_ended="Left post on",
        role="Envoy",
        evidence=("x-1",),
    )


def test_read_tenures_holders_let_terms_overlap():
    """With any number of holders, an empty end stays unknown instead of meeting a successor."""
    text = "person,office,start,end\nA,Board,2001,\nB,Board,2003,\n"
    tenures, _ = read(text, holders={"Board": None})
    assert tenures[0].period == Period(FuzzyDate.year(2001), UNKNOWN)
    single, _ = read(text)
    assert single[0].period == Period(FuzzyDate.year(2001), FuzzyDate.year(2003))


@pytest.mark.parametrize(
    ("text", "record", "field", "words"),
    [
        ("id,person,office,start,end\nz,A,O,2018-13,\n", "z", "start", ["month 13"]),
        ("person,office,start,end\nA,O,2001,\nB,O,2020,2019\n", "2", "end", ["before"]),
        ("person,office,start,end\n,O,2001,\n", "1", "person", ["empty cell"]),
        ("person,office,start,end,acting\nA,O,2001,,maybe\n", "1", "acting", ["'maybe'"]),
        ("person,office,start,end\nA,O,2001,[2000..]\n", "1", "end", ["before the start"]),
        (
            "person,office,start,end,end_state\nA,O,2001,2002,open\n",
            "1",
            "end_state",
            ["says 'open'", "'known'"],
        ),
    ],
)
def test_read_tenures_errors_name_the_file_the_row_and_the_column(
    tmp_path, text, record, field, words
):
    """A bad row names the file, the row (its id, else its number) and the column."""
    path = tmp_path / "tenures.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FileFormatError) as caught:
        tio.read_tenures(path)
    error = caught.value
    assert (error.path, error.what, error.record, error.field) == (str(path), "row", record, field)
    name = record if record.isdigit() else repr(record)
    assert str(error).startswith(f"{path}: row {name}, field '{field}': ")
    for word in words:
        assert word in str(error)


def test_read_tenures_names_mapped_columns_in_errors():
    """The column named is the file's own, not ours."""
    with pytest.raises(FileFormatError, match=r"row 1, field 'begin': expected a date"):
        read("who,office,begin,end\nA,O,soon,\n", columns={"person": "who", "start": "begin"})


def test_read_tenures_needs_its_columns():
    """A missing required column, or a mapped one, is an error listing the header."""
    with pytest.raises(FileFormatError, match=r"no column 'end'; the header has person"):
        read("person,office,start\nA,O,2001\n")
    with pytest.raises(FileFormatError, match=r"no column 'name' \(for 'person'\)"):
        read("person,office,start,end\n", columns={"person": "name"})
    with pytest.raises(FileFormatError, match=r"no column 'kind' \(for 'role'\)"):
        read("person,office,start,end\n", columns={"role": "kind"})
    # A misspelt key is an error of the library's (a ValueError too), naming the argument.
    with pytest.raises(ValidationError, match="unknown keys") as raised:
        read("person,office,start,end\n", columns={"who": "name"})
    assert raised.value.field == "columns"
    assert isinstance(raised.value, ValueError)


def test_read_tenures_not_strict_returns_the_bad_rows():
    """With strict=False the bad rows are left out and returned, each naming its row."""
    tenures, problems = read(
        "person,office,start,end\nA,O,2001,2002\nB,O,2005,2004\nC,O,soon,\n", strict=False
    )
    assert [t.person for t in tenures] == ["A"]
    assert [(p.record, p.field) for p in problems] == [("2", "end"), ("3", "start")]


@pytest.mark.parametrize(
    ("row", "record", "words"),
    [
        ("P57,Envoy,1957-01-01", "3", "3 cells, but the header has 4 columns"),
        ("P57,Envoy,1957-01-01,1958,extra", "3", "5 cells, but the header has 4 columns"),
        ("P57,Envoy,1957-01-01,1958,", "3", "5 cells"),
    ],
)
def test_read_tenures_refuses_rows_longer_or_shorter_than_the_header(tmp_path, row, record, words):
    """A row with a cell too few or too many is an error naming the file, the row and the counts.

    Read leniently, the row is a problem and the others are read (probe 13, F6).
    """
    path = tmp_path / "short.csv"
    path.write_text(
        f"person,office,start,end\nP55,Envoy,1955,1956\nP56,Envoy,1956,1957\n{row}\n"
        "P58,Envoy,1958,\n",
        encoding="utf-8",
    )
    with pytest.raises(FileFormatError) as caught:
        tio.read_tenures(path)
    assert (caught.value.path, caught.value.record, caught.value.what) == (str(path), record, "row")
    assert str(caught.value).startswith(f"{path}: row {record}: {words}")
    tenures, problems = tio.read_tenures(path, strict=False)
    assert [t.person for t in tenures] == ["P55", "P56", "P58"]
    assert [p.record for p in problems] == [record]


def test_read_tenures_strips_a_byte_order_mark_from_an_open_file():
    """A BOM read as text (a file opened as utf-8, or a StringIO) is not part of 'person'."""
    tenures, _ = read("\ufeffperson,office,start,end\nA,Envoy,2001,2004\n")
    assert [t.person for t in tenures] == ["A"]


def test_read_tenures_names_the_file_that_is_not_utf8(tmp_path):
    """Latin-1 bytes are a FileFormatError naming the file and the line (probe 13, F8).

    'é' in Latin-1 is the byte 0xe9, which UTF-8 cannot read; it is on line 3.
    """
    path = tmp_path / "latin1.csv"
    path.write_bytes(
        "person,office,start,end\nA,Envoy,2001,2004\nRené,Envoy,2005,\n".encode("latin-1")
    )
    with pytest.raises(FileFormatError) as caught:
        tio.read_tenures(path)
    assert caught.value.path == str(path)
    assert str(caught.value).startswith(f"{path}: not UTF-8 text at line 3 (byte 0xe9")
    with (
        path.open(encoding="utf-8", newline="") as handle,
        pytest.raises(FileFormatError, match=r"not UTF-8 text .*byte 0xe9") as caught,
    ):
        tio.read_tenures(handle)
    assert caught.value.path == str(path)
    with path.open(encoding="latin-1", newline="") as handle:
        tenures, _ = tio.read_tenures(handle)
    assert [t.person for t in tenures] == ["A", "René"]


def test_read_tenures_checks_the_holders_policy():
    """A misspelt office in holders is refused with a suggestion, as is a count that is no count."""
    text = "person,office,start,end\nA,Envoy,2001,\nB,Envoy,2003,\n"
    with pytest.raises(timeline.errors.UnknownOfficeError, match="did you mean 'Envoy'"):
        read(text, holders={"Envvoy": None})
    with pytest.raises(timeline.errors.ValidationError, match="write 2, not '2'"):
        read(text, holders={"Envoy": "2"})
    # An office named only by a bad row is still an office of the file.
    _, problems = read(text + "C,Board,soon,\n", holders={"Board": None}, strict=False)
    assert [p.record for p in problems] == ["3"]


def test_write_tenures_writes_these_rows(tmp_path):
    """Each end state as EDTF allows it, and the state spelled out."""
    tenures = [
        Tenure("A", "O", Period.from_edtf("2018-09/2021-W42"), how_ended="resignation"),
        Tenure("B", "O", Period.from_edtf("2021-W42/[2021-12-04..]"), acting=True, role="x"),
        Tenure("C, Jr.", "O", Period(OPEN, UNKNOWN)),
        Tenure("D", "O", Period(UNKNOWN, OPEN)),
    ]
    path = tmp_path / "t.csv"
    tio.write_tenures(tenures, path)
    assert path.read_text(encoding="utf-8") == (
        "person,office,start,end,end_state,how_ended,acting,role,id,handover\n"
        "A,O,2018-09,2021-W42,known,resignation,false,,,\n"
        "B,O,2021-W42,[2021-12-04..],ongoing,,true,x,,\n"
        '"C, Jr.",O,..,,unknown,,false,,,\n'
        "D,O,,..,open,,false,,,\n"
    )
    back, _ = tio.read_tenures(path, holders={"O": None})
    assert [(t.person, t.period, t.acting, t.role) for t in back] == [
        (t.person, t.period, t.acting, t.role) for t in tenures
    ]


def test_a_handover_on_one_fuzzy_day_survives_a_write_and_a_read():
    """Gillespie's empty end is closed by Haverkamp's start, some day of December 1984.

    Written, the end is that month and the row says ``handover`` ``next``; read back, the
    two still hand over on one day: no vacancy, no overlap (probe 15a: written without the
    mark, the file read back had one of each). A bad mark is an error naming the column.
    """
    text = (
        "person,office,start,end\n"
        "Gillespie,Grenada,1984-02-02,\n"
        "Haverkamp,Grenada,1984-12,1986-03\n"
    )
    first, _ = tio.read_tenures(io.StringIO(text))
    written = io.StringIO()
    tio.write_tenures(first, written)
    rows = written.getvalue().splitlines()
    assert (
        rows[1] == "Gillespie,Grenada,1984-02-02,1984-12,known,succeeded by Haverkamp,false,,,next"
    )
    back, _ = tio.read_tenures(io.StringIO(written.getvalue()))
    assert (first.vacancies("Grenada"), first.overlaps()) == ((), ())
    assert (back.vacancies("Grenada"), back.overlaps()) == ((), ())
    bad = "person,office,start,end,handover\nA,O,2001,2002,later\n"
    with pytest.raises(FileFormatError, match="field 'handover': expected 'next'"):
        tio.read_tenures(io.StringIO(bad))


def test_written_tenures_keep_the_id_they_began_with(tmp_path):
    """A tenure from a record keeps the record's id through a write and a read."""
    tenures, _ = tenures_from_records(
        [
            {"id": "ar-1999-nema", "person": "N", "office": "O", "start": "1999", "end": "2001"},
            {"person": "M", "office": "O", "start": "2002", "end": "2004"},
        ]
    )
    path = tmp_path / "t.csv"
    tio.write_tenures(tenures, path)
    rows = path.read_text(encoding="utf-8").splitlines()
    assert rows[0].endswith(",id,handover")
    assert rows[1].endswith(",ar-1999-nema,")
    assert rows[2].endswith(",,")  # "row 2" is a position, not an id
    back, _ = tio.read_tenures(path)
    assert [t.began for t in back] == ["ar-1999-nema", "row 2"]


@given(st.lists(periods(), min_size=1, max_size=5), st.lists(NAMES, min_size=1, max_size=5))
def test_tenures_round_trip_through_csv(drawn, people):
    """Written and read back, every tenure keeps its person, office, period, note and flags."""
    tenures = [
        Tenure(people[i % len(people)], "Office", period, how_ended="x", acting=i % 2 == 0)
        for i, period in enumerate(drawn)
    ]
    buffer = io.StringIO()
    tio.write_tenures(tenures, buffer)
    buffer.seek(0)
    back, problems = tio.read_tenures(buffer, holders={"Office": None})
    assert problems == ()
    assert [(t.person.strip(), t.office, t.period, t.how_ended, t.acting) for t in back] == [
        (t.person.strip(), t.office, t.period, t.how_ended, t.acting) for t in tenures
    ]


def test_the_demo_tenures_round_trip_through_csv():
    """The demo's derived tenures, written and read back, have the same periods."""
    derived = khalilzad.TIMELINE.resolve().tenures()
    buffer = io.StringIO()
    tio.write_tenures(derived, buffer)
    buffer.seek(0)
    back, _ = tio.read_tenures(buffer)
    assert [(t.person, t.period) for t in back] == [(t.person, t.period) for t in derived]


@pytest.mark.skipif(not STATE_DEPT.exists(), reason="shared/data is beside the checkout")
def test_read_the_state_department_tenures():
    """The State Department file reads with a column mapping.

    Its one row that ends before it starts (checked by hand in the CSV) is an error when
    strict and a reported problem when not.
    """
    columns = {
        "id": "tenure_id",
        "person": "name",
        "office": "office",
        "start": "start",
        "end": "end",
        "end_note": "end_note",
        "role": "role",
    }
    with pytest.raises(FileFormatError) as caught:
        tio.read_tenures(STATE_DEPT, columns=columns)
    assert (caught.value.record, caught.value.field) == ("secr-1866-hunt", "end")
    tenures, problems = tio.read_tenures(STATE_DEPT, columns=columns, strict=False)
    assert [p.record for p in problems] == ["secr-1866-hunt"]
    assert len(tenures) == 7261  # 7,262 rows less the one problem
    crocker = next(t for t in tenures if t.began == "af-2011-croc-01")
    assert crocker.person == "Ryan Clark Crocker"
    assert crocker.office == "US Chief of Mission to Afghanistan"
    assert crocker.period == Period(FuzzyDate.day(2011, 7, 25), FuzzyDate.day(2012, 7, 23))
    assert crocker.how_ended == "Left post on"


# --- the public API -----------------------------------------------------------------------------


def test_load_and_dump_are_exported_lazily():
    """timeline.load and timeline.dump are timeline.io's, and `import timeline` loads no io."""
    assert timeline.load is tio.load
    assert timeline.dump is tio.dump
    code = "import sys, timeline; print('timeline.io' in sys.modules)"
    result = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "False"


def test_every_name_of_timeline_io_has_an_example():
    """Each public name of timeline.io exists and its docstring has a runnable '>>>' example."""
    assert len(set(tio.__all__)) == len(tio.__all__)
    for name in tio.__all__:
        assert ">>>" in (getattr(tio, name).__doc__ or ""), name


def test_read_tenures_refuses_a_repeated_id():
    """A CSV whose rows 1 and 2 share the id 't5' is an error naming row 2.

    With strict=False the second row is left out and reported.
    """
    text = "id,person,office,start,end\nt5,A,O,2001,2002\nt5,B,O,2003,2004\n"
    with pytest.raises(FileFormatError, match=r"'t5' is row 1's too") as raised:
        tio.read_tenures(io.StringIO(text))
    # A row of the file, named as its other errors name it (it was "event 'row 2'").
    assert str(raised.value).startswith("row 2, field 'id': ")
    tenures, problems = tio.read_tenures(io.StringIO(text), strict=False)
    assert [t.person for t in tenures] == ["A"]
    assert len(problems) == 1


CELLS = [
    ("start", "2001-03"),
    ("start", ".."),
    ("start", ""),
    ("start", "soon"),
    ("end", ".."),
    ("end", "[2021-10-18..]"),
    ("end", ""),
    ("end", "2000"),  # before the start
    ("end", "[soon..]"),
    ("acting", "maybe"),
    ("acting", "Yes"),
    ("acting", "0"),
    ("end_state", "open"),
    ("end_state", "known"),
    ("person", "  "),
    ("how_ended", "resigned"),
    ("role", " envoy "),
]


def _read_both(key, value):
    """What read_tenures makes of a cell, and what tenures_from_records makes of it."""

    def made(read_them):
        try:
            tenures, _ = read_them()
        except FileFormatError as error:
            return "error", error.record, error.field, error.what, str(error)
        (tenure,) = tenures
        return tenure.period, tenure.acting, tenure.how_ended, tenure.role, tenure.person

    row = {"person": "A", "office": "O", "start": "2001", "end": "2002", key: value}
    text = ",".join(row) + "\n" + ",".join(row.values()) + "\n"
    return made(lambda: read(text)), made(lambda: tenures_from_records([row]))


@pytest.mark.parametrize(("key", "value"), CELLS)
def test_records_read_their_cells_as_csv_does(key, value):
    """A record's value reads as the same CSV cell does: one reader of a cell for both.

    '..' (open) was an error in a record and ``acting="maybe"`` silently false (probe 15).
    """
    from_csv, from_records = _read_both(key, value)
    assert from_records == from_csv


@pytest.mark.parametrize("empty", [None, "", "  ", float("nan")])
def test_an_empty_record_value_is_an_empty_cell(empty):
    """None, blank and NaN (pandas' empty cell) are all unknown, as an empty CSV cell is.

    A NaN end was "expected a digit of the year, got 'n'".
    """
    row = {"person": "A", "office": "O", "start": empty, "end": empty, "acting": empty}
    (tenure,), problems = tenures_from_records([row])
    assert problems == ()
    assert tenure.period == Period(UNKNOWN, UNKNOWN)
    assert not tenure.acting


def test_record_errors_name_a_row_not_an_event():
    """A record's error says "row 1" (or "row 'id'"), as the CSV reader's do: no event here."""
    bad = {"person": "A", "office": "O", "start": "2001", "end": "soon"}
    with pytest.raises(FileFormatError) as raised:
        tenures_from_records([bad])
    assert str(raised.value).startswith("row 1, field 'end': expected a date")
    with pytest.raises(FileFormatError) as raised:
        tenures_from_records([{**bad, "id": "x"}])
    assert str(raised.value).startswith("row 'x', field 'end': expected a date")
