"""Immutable event records: what happened, to whom, and the evidence of when."""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING, Any, ClassVar, Final

import attrs
from attrs import AttrsInstance

from timeline._calendar import CalendarDate
from timeline._fuzzy import FuzzyDate
from timeline._period import Period
from timeline.errors import ParseError, ValidationError

if TYPE_CHECKING:
    from collections.abc import Iterable

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

#: One piece of evidence of when something happened: a fuzzy date, a period, or a phrase to be
#: resolved later against the event's source ("on Monday", "3 days after {doha-agreement}").
Evidence = FuzzyDate | Period | str
#: An event's ``when``: one piece of evidence, or several that must all hold.
When = Evidence | tuple[Evidence, ...]

_ID: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]*")
# Strings that are EDTF rather than English: they start like a year, a set or an open interval.
_EDTF_START: Final = re.compile(r"(?:-?[0-9X]{4}|Y-?[0-9]|\[|\.\.|/)")
_ABSENT: Final = object()


def _optional_date(value: object) -> FuzzyDate | None:
    """A source date: ``None``, a ``FuzzyDate``, anything date-like, or EDTF text."""
    if value is None or isinstance(value, FuzzyDate):
        return value
    if isinstance(value, str):
        try:
            return FuzzyDate.from_edtf(value.strip())
        except ParseError:
            # "18/10/2021" read as EDTF is an interval, "18 October 2021" no year: neither
            # says what a source date should look like.
            msg = (
                f"Source: a date is ISO 8601 or EDTF text, such as '2021-10-18', '2021-10' or "
                f"'2021', or a datetime.date; got {value!r}"
            )
            raise ValidationError(msg, field="date") from None
    if isinstance(value, datetime.date | CalendarDate | int):
        return FuzzyDate.of(value)
    msg = f"expected a FuzzyDate, a date or EDTF text, got {value!r}"
    raise TypeError(msg)


@attrs.frozen(slots=True, kw_only=True)
class Source:
    """The document an event was read from.

    ``written`` is when the text was written, which its relative phrases ("on Monday") point
    back to; ``published`` is when it appeared, which may be later (a republication).

    >>> source = Source(title="AP", written="2021-10-18", published="2021-12-04")
    >>> source.written
    FuzzyDate.day(2021, 10, 18)
    """

    title: str = ""
    written: FuzzyDate | None = attrs.field(default=None, converter=_optional_date)
    published: FuzzyDate | None = attrs.field(default=None, converter=_optional_date)
    quote: str = ""
    url: str = ""

    @property
    def reference(self) -> FuzzyDate | None:
        """The date relative phrases are read against: ``written``, else ``published``.

        >>> Source(published="2021-12-04").reference
        FuzzyDate.day(2021, 12, 4)
        """
        return self.written if self.written is not None else self.published


def _evidence(value: object) -> Evidence:
    from timeline.parsing import parse_with_ids  # deferred: the parser is not needed for dates

    if isinstance(value, FuzzyDate | Period):
        return value
    if isinstance(value, datetime.date | CalendarDate):
        return FuzzyDate.of(value)
    if isinstance(value, str):
        text = value.strip()
        if not text:
            msg = "an empty phrase is no evidence"
            raise ValueError(msg)
        if _EDTF_START.match(text):
            try:
                return Period.from_edtf(text) if "/" in text else FuzzyDate.from_edtf(text)
            except ParseError as edtf_error:
                # "1990s" or "2021 elections" start like EDTF but are phrases; say which
                # reading failed only when neither works.
                try:
                    parse_with_ids(text)
                except ParseError:
                    raise edtf_error from None
                return text
        parse_with_ids(text)  # a phrase is kept as written, once it is known to be readable
        return text
    # Later layers (expressions) add their own evidence types; they are accepted as they are.
    if hasattr(value, "resolve") and hasattr(value, "phrase"):
        return value  # type: ignore[return-value]
    msg = f"expected a FuzzyDate, Period, date, EDTF text or a phrase, got {value!r}"
    raise TypeError(msg)


def _when(value: object) -> When:
    if isinstance(value, tuple | list):
        if not value:
            msg = "an empty tuple is no evidence"
            raise ValueError(msg)
        return tuple(_evidence(item) for item in value)
    return _evidence(value)


def _record_when(value: object, record: AttrsInstance, field: attrs.Attribute[Any]) -> When:
    """Convert ``when``-like evidence, naming the record and field when it is bad."""
    try:
        return _when(value)
    except (ParseError, ValueError, TypeError) as error:
        msg = f"{type(record).__name__} {getattr(record, 'id', '?')!r}: {field.name}: {error}"
        raise ValidationError(msg, field=field.name, record=getattr(record, "id", None)) from error


def _record_optional_when(
    value: object, record: AttrsInstance, field: attrs.Attribute[Any]
) -> When | None:
    return None if value is None else _record_when(value, record, field)


_WHEN: Final = attrs.Converter(_record_when, takes_self=True, takes_field=True)
_OPTIONAL_WHEN: Final = attrs.Converter(_record_optional_when, takes_self=True, takes_field=True)


def _names(value: Iterable[str] | str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def _tags(value: Iterable[str] | str) -> frozenset[str]:
    return frozenset(_names(value))


@attrs.frozen(slots=True, kw_only=True)
class Event:
    """Something that happened, with the evidence of when.

    ``when`` is a ``FuzzyDate``, a ``Period``, EDTF text, a phrase that names other events by
    id in braces ("3 days after {doha-agreement}"), or a tuple of such pieces that must all
    hold. Phrases are kept as written and resolved by the timeline against ``source``.

    Kinds that open or close a tenure say so with ``opens_tenure`` / ``closes_tenure``; a
    user's own kind is a subclass:

    >>> import attrs
    >>> @attrs.frozen(slots=True, kw_only=True)
    ... class Election(Event):
    ...     kind = "election"
    ...     opens_tenure = True
    ...     person: str
    ...     office: str
    >>> won = Election(id="e1", when="2020-11-03", person="Joe Biden", office="President")
    >>> won.kind, won.when
    ('election', FuzzyDate.day(2020, 11, 3))
    """

    kind: ClassVar[str] = "event"
    opens_tenure: ClassVar[bool] = False
    closes_tenure: ClassVar[bool] = False

    id: str
    # attrs' mypy plugin does not know Converter objects yet, hence the ignores.
    when: When = attrs.field(converter=_WHEN)  # type: ignore[misc]
    summary: str = ""
    actors: tuple[str, ...] = attrs.field(default=(), converter=_names)
    source: Source | None = None
    tags: frozenset[str] = attrs.field(default=frozenset(), converter=_tags)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.id, str) or not _ID.fullmatch(self.id):
            msg = (
                f"{type(self).__name__}.id: must be a non-empty string of ASCII letters, "
                f"digits and '-_.:' (no spaces or braces), got {self.id!r}"
            )
            raise ValidationError(msg, field="id", record=None)
        for name in ("person", "office"):
            # A kind without the field is fine; a kind with it must name someone (not None).
            value = getattr(self, name, _ABSENT)
            if value is not _ABSENT and (not isinstance(value, str) or not value.strip()):
                msg = f"{type(self).__name__} {self.id!r}: {name} must be a non-empty string"
                raise ValidationError(msg, field=name, record=self.id)
        if self.source is not None and not isinstance(self.source, Source):
            msg = (
                f"{type(self).__name__} {self.id!r}: source must be a Source, such as "
                f"Source(written='2021-10-18', title='...'), got {self.source!r}"
            )
            raise ValidationError(msg, field="source", record=self.id)
        # "acting=no" is no bool, and would make an acting holder (a file's "no" is read).
        acting = getattr(self, "acting", False)
        if not isinstance(acting, bool):
            msg = f"{type(self).__name__} {self.id!r}: acting must be True or False, got {acting!r}"
            raise ValidationError(msg, field="acting", record=self.id)

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        """Every piece of evidence of when, as a tuple.

        >>> Event(id="a", when=("2021", "in May")).evidence
        (FuzzyDate.year(2021), 'in May')
        """
        return self.when if isinstance(self.when, tuple) else (self.when,)

    @property
    def references(self) -> frozenset[str]:
        """Ids of the other events its phrases name in braces.

        >>> sorted(Event(id="b", when="3 days after {a}").references)
        ['a']
        """
        found: set[str] = set()
        for piece in self.evidence:
            if isinstance(piece, str):
                found.update(re.findall(r"\{([^{}]+)\}", piece))
        return frozenset(found)


@attrs.frozen(slots=True, kw_only=True)
class Appointment(Event):
    """Someone takes an office; this opens a tenure.

    >>> Appointment(id="k", when="2018-09", person="Zalmay Khalilzad", office="Envoy").office
    'Envoy'
    """

    kind: ClassVar[str] = "appointment"
    opens_tenure: ClassVar[bool] = True

    person: str
    office: str
    appointed_by: str = ""
    acting: bool = False


@attrs.frozen(slots=True, kw_only=True)
class Resignation(Event):
    """Someone leaves an office of their own accord; this closes a tenure.

    ``when`` is when the resignation takes effect; ``announced``, if given, is the evidence of
    when it was made known (it may come earlier).

    >>> r = Resignation(id="r", when="2021-W42", announced="2021-10-18", person="Z", office="E")
    >>> r.announced
    FuzzyDate.day(2021, 10, 18)
    """

    kind: ClassVar[str] = "resignation"
    closes_tenure: ClassVar[bool] = True

    person: str
    office: str
    announced: When | None = attrs.field(default=None, converter=_OPTIONAL_WHEN)  # type: ignore[misc]


@attrs.frozen(slots=True, kw_only=True)
class Dismissal(Event):
    """Someone is removed from an office; this closes a tenure.

    >>> Dismissal(id="d", when="2018-03-13", person="Rex Tillerson", office="Secretary").kind
    'dismissal'
    """

    kind: ClassVar[str] = "dismissal"
    closes_tenure: ClassVar[bool] = True

    person: str
    office: str
    dismissed_by: str = ""


@attrs.frozen(slots=True, kw_only=True)
class Agreement(Event):
    """Parties sign or reach an agreement.

    >>> Agreement(id="doha", when="2020-02", parties=("US", "Taliban"), title="Doha").parties
    ('US', 'Taliban')
    """

    kind: ClassVar[str] = "agreement"

    parties: tuple[str, ...] = attrs.field(default=(), converter=_names)
    title: str = ""


@attrs.frozen(slots=True, kw_only=True)
class Withdrawal(Event):
    """A party withdraws from a place or an undertaking.

    >>> Withdrawal(id="w", when="2021-08", party="US", from_="Afghanistan").from_
    'Afghanistan'
    """

    kind: ClassVar[str] = "withdrawal"

    party: str = ""
    from_: str = ""


@attrs.frozen(slots=True, kw_only=True)
class Announcement(Event):
    """Someone makes something known.

    >>> Announcement(id="a", when="2021-04-14", by="Joe Biden").by
    'Joe Biden'
    """

    kind: ClassVar[str] = "announcement"

    by: str = ""


@attrs.frozen(slots=True, kw_only=True)
class Meeting(Event):
    """People meet, somewhere.

    >>> Meeting(id="m", when="2021-10", place="Doha, Qatar").place
    'Doha, Qatar'
    """

    kind: ClassVar[str] = "meeting"

    place: str = ""
    participants: tuple[str, ...] = attrs.field(default=(), converter=_names)


@attrs.frozen(slots=True)
class Era:
    """A named stretch of time drawn behind a chart (an administration, a war).

    >>> Era("Biden administration", Period.from_edtf("2021-01-20/2025-01-20")).name
    'Biden administration'
    """

    name: str
    period: Period = attrs.field(validator=attrs.validators.instance_of(Period))
    color: str = ""
