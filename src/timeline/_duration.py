"""Durations: calendar amounts with a qualifier ("more than three years", "about a week")."""

from __future__ import annotations

import enum
import math
import re
from typing import TYPE_CHECKING, Final

import attrs

from timeline import _calendar as cal
from timeline._precision import Precision
from timeline._pretty import pretty_by_repr
from timeline.errors import ParseError, ValidationError

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["DEFAULT_ABOUT", "Duration", "Qualifier", "amount_of"]

#: How far "about" stretches an amount by default: a tenth, at least one of the smallest unit.
DEFAULT_ABOUT: Final = 0.1


class Qualifier(enum.Enum):
    """How a stated amount bounds the true one.

    ``AT_LEAST`` covers "more than" and "over" as well: evidence given to the day rarely
    supports the difference of the one excluded day, and the inclusive reading is never wrong.
    ``NEARLY`` ("nearly", "almost") is a little short of the amount: no more than it, and no
    less than "about" allows below it ("almost four years ago" is not last week).

    >>> Qualifier("at least")
    <Qualifier.AT_LEAST: 'at least'>
    """

    EXACT = "exact"
    AT_LEAST = "at least"
    AT_MOST = "at most"
    ABOUT = "about"
    NEARLY = "nearly"


_UNITS: Final = ("years", "months", "weeks", "days")
_ISO: Final = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?")
_DAYS_PER_MONTH: Final = 365.2425 / 12


def _check_amount(_instance: Duration, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int:
        msg = f"Duration.{attribute.name}: expected an int, got {value!r}"
        raise TypeError(msg)


@attrs.frozen(slots=True, repr=False)
class Duration:
    """A calendar amount of years, months, weeks and days, with a :class:`Qualifier`.

    A month is a calendar month, never 30 days: applied to a day, years and months move along
    the calendar first (31 January plus one month is the last day of February), then weeks and
    days are added. All amounts share one sign; a negative duration points into the past.

    >>> Duration(years=3, qualifier=Qualifier.AT_LEAST)
    Duration(years=3, qualifier=Qualifier.AT_LEAST)
    >>> str(Duration(months=1, days=15, qualifier=Qualifier.ABOUT))
    'about 1 month and 15 days'
    """

    years: int = attrs.field(default=0, validator=_check_amount)
    months: int = attrs.field(default=0, validator=_check_amount)
    weeks: int = attrs.field(default=0, validator=_check_amount)
    days: int = attrs.field(default=0, validator=_check_amount)
    qualifier: Qualifier = attrs.field(default=Qualifier.EXACT)

    def __attrs_post_init__(self) -> None:
        amounts = (self.years, self.months, self.weeks, self.days)
        if any(a > 0 for a in amounts) and any(a < 0 for a in amounts):
            msg = f"Duration: all amounts must share one sign, got {self._amounts_text()}"
            raise ValidationError(msg, field="days")
        if not isinstance(self.qualifier, Qualifier):
            msg = f"Duration.qualifier: expected a Qualifier, got {self.qualifier!r}"
            raise TypeError(msg)

    @classmethod
    def from_iso(cls, text: str, qualifier: Qualifier = Qualifier.EXACT) -> Duration:
        """Read an ISO 8601 duration of years, months, weeks and days, such as ``P3Y`` or ``P7W``.

        >>> Duration.from_iso("P1Y6M")
        Duration(years=1, months=6)
        """
        sign = -1 if text.startswith("-") else 1
        body = text[1:] if sign < 0 else text
        match = _ISO.fullmatch(body)
        if match is None or body == "P":
            msg = "expected an ISO 8601 duration such as 'P3Y', 'P1Y6M' or 'P10D'"
            raise ParseError(msg, text=text, position=0, length=len(text))
        years, months, weeks, days = (sign * int(g) if g else 0 for g in match.groups())
        return cls(years=years, months=months, weeks=weeks, days=days, qualifier=qualifier)

    def iso(self) -> str:
        """The ISO 8601 form of the amount (the qualifier is not part of it).

        >>> Duration(years=2, months=3).iso()
        'P2Y3M'
        >>> Duration().iso()
        'P0D'
        """
        sign = "-" if self.is_negative else ""
        parts = "".join(
            f"{abs(v)}{u}"
            for v, u in zip((self.years, self.months, self.weeks, self.days), "YMWD", strict=True)
            if v
        )
        return f"{sign}P{parts or '0D'}"

    @property
    def is_negative(self) -> bool:
        """Whether the amount points into the past.

        >>> (-Duration(days=3)).is_negative
        True
        """
        return min(self.years, self.months, self.weeks, self.days) < 0

    def __neg__(self) -> Duration:
        return attrs.evolve(
            self, years=-self.years, months=-self.months, weeks=-self.weeks, days=-self.days
        )

    def add_to(self, day: int) -> int:
        """The day number ``day`` plus the amount, ignoring the qualifier.

        >>> cal.iso_of(Duration(months=1).add_to(cal.make_day(2021, 1, 31)))
        '2021-02-28'
        """
        return cal.add(day, years=self.years, months=self.months, weeks=self.weeks, days=self.days)

    def span_from(self, day: int, *, about: float = DEFAULT_ABOUT) -> tuple[int, int]:
        """The first and last day that lie this duration from ``day``, given the qualifier.

        "At least" is unbounded on the far side (up to the last supported day); "at most" runs
        from ``day`` itself; "about" stretches the amount by ``about`` (a fraction, at least one
        of the smallest unit stated) both ways, and "nearly" only on the short side.

        >>> start = cal.make_day(2018, 9, 1)
        >>> more = Duration(years=3, qualifier=Qualifier.AT_LEAST)
        >>> [cal.iso_of(d) for d in more.span_from(start)]
        ['2021-09-01', '9999-12-31']
        >>> [cal.iso_of(d) for d in Duration(weeks=1, qualifier=Qualifier.ABOUT).span_from(start)]
        ['2018-09-07', '2018-09-09']
        >>> nearly = Duration(years=4, qualifier=Qualifier.NEARLY)
        >>> [cal.iso_of(d) for d in nearly.span_from(start)]
        ['2022-04-01', '2022-09-01']
        """
        if self.qualifier in (Qualifier.ABOUT, Qualifier.NEARLY):
            shorter, longer = self._stretched(about)
            far = longer if self.qualifier is Qualifier.ABOUT else self
            ends = (shorter.add_to(day), far.add_to(day))
            return min(ends), max(ends)
        target = self.add_to(day)
        backwards = self.is_negative
        if self.qualifier is Qualifier.EXACT:
            return target, target
        if self.qualifier is Qualifier.AT_LEAST:
            return (cal.MIN_DAY, target) if backwards else (target, cal.MAX_DAY)
        return (target, day) if backwards else (day, target)

    def _stretched(self, fraction: float) -> tuple[Duration, Duration]:
        """The shortest and longest amounts "about" this one allows."""
        sign = -1 if self.is_negative else 1
        if self.weeks == 0 and self.days == 0:
            total = abs(12 * self.years + self.months)
            slack = max(1, math.ceil(fraction * total))
            return (
                Duration(months=sign * max(0, total - slack)),
                Duration(months=sign * (total + slack)),
            )
        months = abs(12 * self.years + self.months)
        days = abs(7 * self.weeks + self.days)
        slack = max(1, math.ceil(fraction * (months * _DAYS_PER_MONTH + days)))
        if days >= slack or months == 0:
            return (
                Duration(months=sign * months, days=sign * max(0, days - slack)),
                Duration(months=sign * months, days=sign * (days + slack)),
            )
        # Fewer days than the slack: borrow from the months on the short side.
        shortest = max(0, math.floor(months * _DAYS_PER_MONTH) + days - slack)
        return Duration(days=sign * shortest), Duration(
            months=sign * months, days=sign * (days + slack)
        )

    def _amounts_text(self) -> str:
        parts = []
        for name in _UNITS:
            value = abs(getattr(self, name))
            if value:
                unit = name if value != 1 else name[:-1]
                parts.append(f"{value} {unit}")
        if not parts:
            return "0 days"
        return " and ".join([", ".join(parts[:-1]), parts[-1]] if len(parts) > 1 else parts)

    def __str__(self) -> str:
        prefix = "" if self.qualifier is Qualifier.EXACT else f"{self.qualifier.value} "
        suffix = " earlier" if self.is_negative else ""
        return f"{prefix}{self._amounts_text()}{suffix}"

    _repr_pretty_ = pretty_by_repr

    def __repr__(self) -> str:
        fields = [f"{name}={getattr(self, name)}" for name in _UNITS if getattr(self, name)]
        if self.qualifier is not Qualifier.EXACT:
            fields.append(f"qualifier=Qualifier.{self.qualifier.name}")
        return f"Duration({', '.join(fields)})"


def amount_of(unit: Precision, count: int) -> Duration | None:
    """``count`` calendar units as a duration, or ``None`` for a unit with no fixed length.

    A season is not: meteorological seasons are three months, astronomical ones are not.

    >>> amount_of(Precision.QUARTER, 2), amount_of(Precision.SEASON, 1)
    (Duration(months=6), None)
    """
    length = _UNIT_LENGTHS.get(unit)
    return None if length is None else length(count)


#: Each unit with a fixed length in calendar units, as the duration of ``n`` of them.
_UNIT_LENGTHS: Final[dict[Precision, Callable[[int], Duration]]] = {
    Precision.DAY: lambda n: Duration(days=n),
    Precision.WEEK: lambda n: Duration(weeks=n),
    Precision.MONTH: lambda n: Duration(months=n),
    Precision.QUARTER: lambda n: Duration(months=3 * n),
    Precision.YEAR: lambda n: Duration(years=n),
    Precision.DECADE: lambda n: Duration(years=10 * n),
    Precision.CENTURY: lambda n: Duration(years=100 * n),
}
