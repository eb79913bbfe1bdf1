import pickle

import pytest

from timeline import Duration, Event, FuzzyDate, Period, errors
from timeline import _calendar as cal
from timeline.errors import (
    ContradictionError,
    DuplicateIdError,
    FileFormatError,
    InvalidDateError,
    OutOfRangeError,
    ParseError,
    ResolutionError,
    TimelineError,
    TimelineWarning,
    UnknownEventError,
    UnknownOfficeError,
    ValidationError,
)


@pytest.mark.parametrize(
    ("error", "builtin"),
    [
        (InvalidDateError, ValueError),
        (OutOfRangeError, ValueError),
        (ParseError, ValueError),
        (ValidationError, ValueError),
        (DuplicateIdError, ValueError),
        (UnknownEventError, LookupError),
        (UnknownOfficeError, LookupError),
        (ResolutionError, ValueError),
        (ContradictionError, ValueError),
        (FileFormatError, ValueError),
    ],
)
def test_each_error_is_a_timeline_error_and_a_builtin(error, builtin):
    """Concrete errors derive from TimelineError and from the builtin that fits them."""
    assert issubclass(error, TimelineError)
    assert issubclass(error, builtin)


def test_every_exported_error_is_covered():
    """errors.__all__ lists exactly the base, the warning and the ten concrete errors."""
    assert set(errors.__all__) == {
        "TimelineError",
        "TimelineWarning",
        "InvalidDateError",
        "OutOfRangeError",
        "ParseError",
        "ValidationError",
        "DuplicateIdError",
        "UnknownEventError",
        "UnknownOfficeError",
        "ResolutionError",
        "ContradictionError",
        "FileFormatError",
    }
    for name in errors.__all__:
        assert getattr(errors, name).__module__ == "timeline.errors"


def test_the_warning_is_a_user_warning_not_an_error():
    """TimelineWarning is a UserWarning (so filters catch it), not an exception to raise."""
    assert issubclass(TimelineWarning, UserWarning)
    assert not issubclass(TimelineWarning, TimelineError)
    assert issubclass(TimelineError, Exception)


def test_parse_error_points_at_the_problem():
    """ParseError keeps the text, position and length, and draws a pointer under the text."""
    error = ParseError("unknown word 'blursday'", text="on blursday", position=3, length=8)
    assert (error.text, error.position, error.length) == ("on blursday", 3, 8)
    assert error.reason == "unknown word 'blursday'"
    assert str(error) == ("unknown word 'blursday' at position 3:\n  on blursday\n     ^^^^^^^^")


@pytest.mark.parametrize(
    ("position", "length", "kept"),
    [(-3, 1, (0, 1)), (99, 1, (4, 1)), (2, 0, (2, 1)), (2, -5, (2, 1))],
)
def test_parse_error_keeps_its_pointer_inside_the_text(position, length, kept):
    """A position outside the text is clamped to it, and the pointer is at least one wide."""
    error = ParseError("bad", text="abcd", position=position, length=length)
    assert (error.position, error.length) == kept


def test_validation_error_names_the_field_and_record():
    """ValidationError carries the field and the record's id."""
    error = ValidationError(
        "Appointment 'k': office must be a non-empty string", field="office", record="k"
    )
    assert (error.field, error.record) == ("office", "k")
    assert ValidationError("no id yet", field="id").record is None


def test_structured_errors_read_on_their_own():
    """Errors that build their own message name the value, with repr quotes."""
    assert str(DuplicateIdError("a")) == "two events have the id 'a'"
    unknown = UnknownEventError("sept-11", known=["doha", "appointment"])
    assert str(unknown) == (
        "no event with id 'sept-11' is known here (known: 'appointment', 'doha')"
    )
    assert str(UnknownEventError("x")) == "no event with id 'x' is known here (no events are known)"
    assert unknown.id == "sept-11"
    office = UnknownOfficeError("Secretary of state", known=["Secretary of State", "Envoy"])
    assert str(office) == (
        "no office 'Secretary of state' is known here; did you mean 'Secretary of State'? "
        "(known: 'Envoy', 'Secretary of State')"
    )
    assert office.office == "Secretary of state"
    many = UnknownOfficeError("Zz", known=[f"Office {n:02}" for n in range(12)])
    assert str(many).endswith("'Office 09' and 2 more)")
    assert str(UnknownOfficeError("X")) == "no office 'X' is known here (no offices are known)"
    contradiction = ContradictionError("2020 is before 2019", chain=["a", "b"])
    assert contradiction.chain == ("a", "b")
    assert str(FileFormatError("expected a string", path="e.toml", record="a", field="when")) == (
        "e.toml: event 'a', field 'when': expected a string"
    )
    assert str(FileFormatError("empty file", path="e.toml")) == "e.toml: empty file"


ERRORS = [
    InvalidDateError("month 13 is out of range (1..12)"),
    OutOfRangeError("year 12000 is outside the supported range -9999..9999"),
    ParseError("unexpected 'x'", text="2018-1x", position=6),
    ValidationError("Event.id: bad", field="id", record=None),
    DuplicateIdError("a", " (in events.toml)"),
    UnknownEventError("sept-11", known=["doha"]),
    UnknownOfficeError("Envvoy", known=["Envoy"], where="holders: "),
    ResolutionError("'last week' needs a reference date"),
    ContradictionError("impossible", chain=("a", "b")),
    FileFormatError("expected a string", path="e.toml", record="a", field="when"),
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_errors_survive_pickling(error):
    """Errors cross process boundaries (Dask, multiprocessing) with their message and fields."""
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own data
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert copy.args == error.args
    assert vars(copy) == vars(error)


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [
        (
            lambda: FuzzyDate.day(2021, 2, 29),
            InvalidDateError,
            "day 29 is out of range for 2021-02",
        ),
        (
            lambda: FuzzyDate.month(2021, 13),
            InvalidDateError,
            r"month 13 is out of range \(1\.\.12\)",
        ),
        (lambda: FuzzyDate.year(12000), OutOfRangeError, "year 12000 is outside"),
        (lambda: cal.day_of("2020-02-30", argument="when"), InvalidDateError, "when: day 30"),
        (lambda: FuzzyDate.season(2021, "monsoon"), InvalidDateError, "got 'monsoon'"),
        (lambda: Duration(years=1.5), TypeError, r"Duration\.years: .* got 1\.5"),
        (lambda: Period("2021", "2022"), TypeError, r"Period\.start: .* got '2021'"),
        (lambda: Event(id="a b", when="2021"), ValidationError, r"Event\.id: .* got 'a b'"),
        (lambda: FuzzyDate.from_edtf("2018-1x"), ParseError, "got 'x' at position 6"),
    ],
)
def test_messages_name_the_field_and_the_value(make, error, words):
    """Messages say which argument or field was wrong and show the offending value."""
    with pytest.raises(error, match=words):
        make()


def test_catching_the_builtin_still_works():
    """Callers who know nothing of timeline can catch ValueError."""
    with pytest.raises(ValueError, match="day 29"):
        FuzzyDate.day(2021, 2, 29)
