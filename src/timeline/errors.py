"""The exceptions and warnings that ``timeline`` raises.

Every error derives from :class:`TimelineError`, and each concrete error also derives from the
builtin that fits it, so ``except ValueError`` keeps working for callers who do not know this
library. Errors carry structured fields (``.text``, ``.position``, ``.field``, ``.chain``) so that
tools can point at the problem, and a message that reads on its own.

>>> from timeline.errors import ParseError, TimelineError
>>> issubclass(ParseError, ValueError) and issubclass(ParseError, TimelineError)
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "ContradictionError",
    "DuplicateIdError",
    "FileFormatError",
    "InvalidDateError",
    "OutOfRangeError",
    "ParseError",
    "ResolutionError",
    "TimelineError",
    "TimelineWarning",
    "UnknownEventError",
    "UnknownOfficeError",
    "ValidationError",
]


class TimelineError(Exception):
    """Base class of every error raised by ``timeline``.

    >>> try:
    ...     raise TimelineError("something went wrong")
    ... except TimelineError as error:
    ...     print(error)
    something went wrong
    """

    def __reduce__(self) -> tuple[Any, ...]:
        # Errors must survive pickling (a Dask or multiprocessing worker sends them back), but
        # the concrete ones take keyword-only fields that the default, ``cls(*args)``, cannot
        # pass; so rebuild without calling __init__ and restore the fields from __dict__.
        return (_rebuild, (type(self), self.args), self.__dict__)


def _rebuild(cls: type[TimelineError], args: tuple[object, ...]) -> TimelineError:
    """An error of class ``cls`` with ``args``, made without ``__init__`` (for unpickling)."""
    error = cls.__new__(cls)
    error.args = args
    return error


class TimelineWarning(UserWarning):
    """A risky but legal operation, such as a conversion that loses precision.

    >>> import warnings
    >>> issubclass(TimelineWarning, UserWarning)
    True
    """


class InvalidDateError(TimelineError, ValueError):
    """A calendar date that does not exist, such as 30 February or month 13.

    >>> from timeline import FuzzyDate
    >>> FuzzyDate.day(2021, 2, 29)
    Traceback (most recent call last):
    ...
    timeline.errors.InvalidDateError: day 29 is out of range for 2021-02 (1..28)
    """


class OutOfRangeError(TimelineError, ValueError):
    """A date or a result of date arithmetic outside the supported years -9999..9999.

    >>> from timeline import FuzzyDate
    >>> FuzzyDate.year(12000)
    Traceback (most recent call last):
    ...
    timeline.errors.OutOfRangeError: year 12000 is outside the supported range -9999..9999
    """


class ParseError(TimelineError, ValueError):
    """Text that could not be read, with the position of the offending part.

    Attributes:
        text: the whole text that was being read.
        position: the 0-based offset of the problem in ``text``.
        length: how many characters the problem spans (at least 1).
        reason: the message without the pointer lines.

    >>> error = ParseError("unknown word 'blursday'", text="on blursday", position=3, length=8)
    >>> print(error)
    unknown word 'blursday' at position 3:
      on blursday
         ^^^^^^^^
    >>> error.position
    3
    """

    text: str
    position: int
    length: int
    reason: str

    def __init__(self, reason: str, *, text: str, position: int, length: int = 1) -> None:
        self.reason = reason
        self.text = text
        self.position = max(0, min(position, len(text)))
        self.length = max(1, length)
        pointer = " " * self.position + "^" * self.length
        super().__init__(f"{reason} at position {self.position}:\n  {text}\n  {pointer}")


class ValidationError(TimelineError, ValueError):
    """A record whose fields do not fit together, naming the record and the field.

    Attributes:
        field: the name of the offending field.
        record: the id of the record, or ``None`` when it has none yet.

    >>> from timeline import Event, FuzzyDate
    >>> Event(id="", when=FuzzyDate.year(2020))
    Traceback (most recent call last):
    ...
    timeline.errors.ValidationError: Event.id: must be a non-empty string of ASCII ... got ''
    """

    field: str
    record: str | None

    def __init__(self, message: str, *, field: str, record: str | None = None) -> None:
        self.field = field
        self.record = record
        super().__init__(message)


class DuplicateIdError(TimelineError, ValueError):
    """Two records that share an id, where ids must be unique.

    >>> raise DuplicateIdError("a")
    Traceback (most recent call last):
    ...
    timeline.errors.DuplicateIdError: two events have the id 'a'
    """

    id: str

    def __init__(self, id: str, detail: str = "") -> None:  # noqa: A002 - mirrors Event.id
        self.id = id
        super().__init__(f"two events have the id {id!r}{detail}")


class UnknownEventError(TimelineError, LookupError):
    """A reference, written ``{id}``, to an event that is not known where it is resolved.

    >>> raise UnknownEventError("sept-11", known=["doha"])
    Traceback (most recent call last):
    ...
    timeline.errors.UnknownEventError: no event with id 'sept-11' is known here (known: 'doha')
    """

    id: str

    def __init__(self, id: str, *, known: Sequence[str] = (), where: str = "") -> None:  # noqa: A002
        self.id = id
        listed = ", ".join(repr(k) for k in sorted(known)[:10])
        more = f" (known: {listed})" if listed else " (no events are known)"
        place = f"{where} names {{{id}}}, but " if where else ""
        super().__init__(f"{place}no event with id {id!r} is known here{more}")

    def __str__(self) -> str:
        # LookupError's default __str__ would quote the message like a key; we want it plain.
        return str(self.args[0])


class UnknownOfficeError(TimelineError, LookupError):
    """An office no tenure has and no policy declares: a misspelt name, usually.

    Attributes:
        office: the name that is not known.

    >>> print(UnknownOfficeError("Envvoy", known=["Envoy", "Senate"]))
    no office 'Envvoy' is known here; did you mean 'Envoy'? (known: 'Envoy', 'Senate')
    """

    office: str

    def __init__(self, office: str, *, known: Sequence[str] = (), where: str = "") -> None:
        import difflib

        self.office = office
        names = sorted(set(known))
        close = difflib.get_close_matches(office, names, n=1)
        if not close:
            folded = {name.casefold(): name for name in names}
            close = [folded[office.casefold()]] if office.casefold() in folded else []
        hint = f"; did you mean {close[0]!r}?" if close else ""
        listed = ", ".join(repr(name) for name in names[:10])
        more = f" and {len(names) - 10} more" if len(names) > 10 else ""
        known_part = f" (known: {listed}{more})" if names else " (no offices are known)"
        super().__init__(f"{where}no office {office!r} is known here{hint}{known_part}")

    def __str__(self) -> str:
        # LookupError's default __str__ would quote the message like a key; we want it plain.
        return str(self.args[0])


class ResolutionError(TimelineError, ValueError):
    """An expression that cannot be resolved in the given context (for example no reference).

    >>> raise ResolutionError("'last week' needs a reference date")
    Traceback (most recent call last):
    ...
    timeline.errors.ResolutionError: 'last week' needs a reference date
    """


class ContradictionError(TimelineError, ValueError):
    """Evidence that cannot all hold, with the chain of evidence that conflicts.

    Attributes:
        chain: the pieces of evidence, in order, whose conjunction is impossible. Each item is
            whatever the raising layer uses to describe evidence (the engine uses its
            constraint records, which carry their source text).
        set_aside: in a conflict reported rather than raised, the piece of the chain that was
            disbelieved so that the rest could resolve; ``None`` when nothing was.

    >>> error = ContradictionError("2020 is before 2019", chain=("a", "b"))
    >>> error.chain, error.set_aside
    (('a', 'b'), None)
    """

    chain: tuple[object, ...]
    set_aside: object | None

    def __init__(
        self, message: str, *, chain: Sequence[object] = (), set_aside: object | None = None
    ) -> None:
        self.chain = tuple(chain)
        self.set_aside = set_aside
        super().__init__(message)


class FileFormatError(TimelineError, ValueError):
    """A file that does not follow its format, naming the file, the record and the field.

    Attributes:
        path: the file, when the data came from one.
        record: the id of the offending record (or its number, when it has no id).
        field: the offending field (or column).
        what: what kind of record it is: ``"event"`` (the default), ``"document"``,
            ``"office"``, ``"era"``, or ``"row"`` of a CSV file. A record that is a number
            (a row without an id) is written without quotes.

    >>> raise FileFormatError("expected a string", path="events.toml", record="a", field="when")
    Traceback (most recent call last):
    ...
    timeline.errors.FileFormatError: events.toml: event 'a', field 'when': expected a string
    >>> print(FileFormatError("expected a date", path="t.csv", record="7", field="end", what="row"))
    t.csv: row 7, field 'end': expected a date
    """

    path: str | None
    record: str | None
    field: str | None
    what: str

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        record: str | None = None,
        field: str | None = None,
        what: str = "event",
    ) -> None:
        self.path = path
        self.record = record
        self.field = field
        self.what = what
        name = record if record is not None and record.isdigit() else repr(record)
        inside = ", ".join(
            part
            for part in (
                f"{what} {name}" if record is not None else "",
                f"field {field!r}" if field is not None else "",
            )
            if part
        )
        super().__init__(": ".join(part for part in (path or "", inside, message) if part))
