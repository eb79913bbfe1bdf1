"""Reading and writing the Extended Date/Time Format (EDTF, ISO 8601-2) for fuzzy dates.

Everything here works on plain values (day numbers, a precision and two flags) so that the
public types can use it without an import cycle. Reading is a regular expression for the
common shapes and a character-by-character diagnosis only when that fails, so errors point at
the first character that does not fit while the fast path stays fast.

Supported: all of level 0 and level 1 (qualifiers ``?`` ``~`` ``%``, unspecified digits ``X``,
seasons 21..24, long years ``Y...`` within -9999..9999, intervals with open ``..`` and unknown
blank ends), the level 2 season codes 25..41 and one-of-a-set lists ``[a..b]`` for an arbitrary
range. ISO 8601 week dates (``2020-W53``) are accepted and written for week precision, which EDTF
cannot otherwise express. An ongoing end is written ``[as-of..]``: "the end is that day or later".
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Final, NamedTuple

from timeline import _calendar as cal
from timeline._precision import SEASON_BY_CODE, Precision, Unit, unit_of
from timeline._warnings import warn
from timeline.errors import InvalidDateError, OutOfRangeError, ParseError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = ["EndKind", "ParsedDate", "ParsedEnd", "format_date", "parse_date", "parse_interval"]


class ParsedDate(NamedTuple):
    """A date read from EDTF: its days, the precision it was written in and its qualifiers."""

    lo: int
    hi: int
    precision: Precision
    approximate: bool
    uncertain: bool


EndKind = str  # "date", "open", "unknown" or "ongoing"


class ParsedEnd(NamedTuple):
    """One side of an interval: a kind and, except for open and unknown sides, a date."""

    kind: EndKind
    date: ParsedDate | None


_DATE: Final = re.compile(
    r"(?P<sign>-)?(?P<year>[0-9X]{4})"
    r"(?:-(?:W(?P<week>[0-9]{2})|(?P<month>[0-9X]{2}))(?:-(?P<day>[0-9X]{2}))?)?"
    r"(?P<q>[?~%])?"
)
_LONG_YEAR: Final = re.compile(r"Y(?P<year>-?[0-9]+)(?P<q>[?~%])?")
_QUALIFIERS: Final = {
    "?": (False, True),
    "~": (True, False),
    "%": (True, True),
    None: (False, False),
}
_MONTH_BEARING: Final = (Precision.DAY, Precision.MONTH)
_QUARTER_CODES: Final = range(33, 37)
# EDTF level 2 divisions of a year into thirds and halves: (first month, number of months).
_YEAR_PARTS: Final = {37: (1, 4), 38: (5, 4), 39: (9, 4), 40: (1, 6), 41: (7, 6)}
_X_PRECISION: Final = {1: Precision.DECADE, 2: Precision.CENTURY, 3: Precision.MILLENNIUM}


def parse_date(text: str, *, offset: int = 0, whole: str | None = None) -> ParsedDate:
    """Read one EDTF date (not an interval). ``offset``/``whole`` place errors in a larger text.

    >>> parse_date("2018-09~")
    ParsedDate(lo=736938, hi=736967, precision=<Precision.MONTH: 'month'>, approximate=True, ...)
    """
    context = text if whole is None else whole
    if text.startswith("["):
        return _parse_set(text, offset, context)
    if text.startswith("{"):
        msg = "'{...}' means all of several dates, which is not one fuzzy date"
        raise ParseError(msg, text=context, position=offset)
    match = _DATE.fullmatch(text)
    if match is not None:
        return _from_match(match, text, offset, context)
    long_year = _LONG_YEAR.fullmatch(text)
    if long_year is not None:
        year = int(long_year["year"])
        try:
            lo, hi = cal.year_span(year)
        except OutOfRangeError as error:
            raise ParseError(str(error), text=context, position=offset, length=len(text)) from None
        approximate, uncertain = _QUALIFIERS[long_year["q"]]
        return ParsedDate(lo, hi, Precision.YEAR, approximate, uncertain)
    raise _diagnose(text, offset, context)


def parse_interval(text: str) -> tuple[ParsedEnd, ParsedEnd]:
    """Read an EDTF interval ``start/end``; either side may be ``..`` (open) or empty (unknown).

    >>> start, end = parse_interval("2018-09/..")
    >>> start.kind, start.date.precision, end.kind
    ('date', <Precision.MONTH: 'month'>, 'open')
    """
    slash = text.find("/")
    if slash < 0:
        msg = "an interval needs a '/' between its start and end"
        raise ParseError(msg, text=text, position=len(text))
    if text.find("/", slash + 1) >= 0:
        msg = "an interval has one '/', this is a second"
        raise ParseError(msg, text=text, position=text.find("/", slash + 1))
    start = _parse_end(text[:slash], 0, text, allow_ongoing=False)
    end = _parse_end(text[slash + 1 :], slash + 1, text, allow_ongoing=True)
    if start.date is not None and end.date is not None and start.date.lo > end.date.hi:
        msg = "the interval ends before it starts"
        raise ParseError(msg, text=text, position=slash + 1, length=len(text) - slash - 1)
    return start, end


def _parse_end(part: str, offset: int, whole: str, *, allow_ongoing: bool) -> ParsedEnd:
    if part == "":
        return ParsedEnd("unknown", None)
    if part == "..":
        return ParsedEnd("open", None)
    if allow_ongoing and part.startswith("[") and part.endswith("..]") and "," not in part:
        as_of = parse_date(part[1:-3], offset=offset + 1, whole=whole)
        return ParsedEnd("ongoing", as_of)
    return ParsedEnd("date", parse_date(part, offset=offset, whole=whole))


def _from_match(match: re.Match[str], text: str, offset: int, whole: str) -> ParsedDate:
    approximate, uncertain = _QUALIFIERS[match["q"]]
    sign = -1 if match["sign"] else 1
    year_text, month_text, day_text, week_text = (
        match["year"],
        match["month"],
        match["day"],
        match["week"],
    )
    try:
        if week_text is not None:
            if day_text is not None or "X" in year_text:
                raise _diagnose(text, offset, whole)
            monday = cal.iso_week_monday(sign * int(year_text), int(week_text))
            return ParsedDate(monday, monday + 6, Precision.WEEK, approximate, uncertain)
        if "X" not in text:
            return _plain(sign * int(year_text), month_text, day_text, approximate, uncertain)
        return _unspecified(sign, year_text, month_text, day_text, approximate, uncertain)
    except (InvalidDateError, OutOfRangeError) as error:
        raise ParseError(str(error), text=whole, position=offset, length=len(text)) from None


def _plain(
    year: int, month_text: str | None, day_text: str | None, approximate: bool, uncertain: bool
) -> ParsedDate:
    if month_text is None:
        lo, hi = cal.year_span(year)
        return ParsedDate(lo, hi, Precision.YEAR, approximate, uncertain)
    month = int(month_text)
    if day_text is not None:
        day = cal.make_day(year, month, int(day_text))
        return ParsedDate(day, day, Precision.DAY, approximate, uncertain)
    if month <= 12:
        lo, hi = cal.month_span(year, month)
        return ParsedDate(lo, hi, Precision.MONTH, approximate, uncertain)
    return _division(year, month, approximate, uncertain)


def _division(year: int, code: int, approximate: bool, uncertain: bool) -> ParsedDate:
    """A season, quarter, third or half of a year, by its EDTF code (21..41)."""
    season = SEASON_BY_CODE.get(code - 4 if 25 <= code <= 28 else code)  # 25..28 = 21..24
    if season is not None:
        hemisphere, name = season
        lo, hi = cal.season_span(year, name, cal.SeasonConvention.METEOROLOGICAL, hemisphere)
        return ParsedDate(lo, hi, Precision.SEASON, approximate, uncertain)
    if code in _QUARTER_CODES:
        lo, hi = cal.quarter_span(year, code - 32)
        return ParsedDate(lo, hi, Precision.QUARTER, approximate, uncertain)
    if code in _YEAR_PARTS:
        first, count = _YEAR_PARTS[code]
        lo, hi = cal.months_span(year, first, count)
        return ParsedDate(lo, hi, Precision.NONE, approximate, uncertain)
    msg = f"month {code} is neither a month (01..12) nor an EDTF season or division (21..41)"
    raise InvalidDateError(msg)


def _matching(pattern: str, values: range) -> list[int]:
    """The values whose zero-padded numeral fits a pattern of digits and X."""
    width = len(pattern)
    return [
        value
        for value in values
        if all(p in ("X", c) for p, c in zip(pattern, f"{value:0{width}d}", strict=True))
    ]


def _unspecified(
    sign: int,
    year_text: str,
    month_text: str | None,
    day_text: str | None,
    approximate: bool,
    uncertain: bool,
) -> ParsedDate:
    if month_text is not None and month_text.isdigit() and int(month_text) > 12:
        msg = "a season or division code cannot follow a year with unspecified digits"
        raise InvalidDateError(msg)
    months = _matching(month_text, range(1, 13)) if month_text is not None else list(range(1, 13))
    day_pattern = day_text or "XX"
    lo = _first_day(_years(sign, year_text, latest=False), months, day_pattern, reverse=False)
    hi = _first_day(_years(sign, year_text, latest=True), months, day_pattern, reverse=True)
    precision = _unspecified_precision(year_text, month_text, day_text)
    digits = year_text + (month_text or "") + (day_text or "")
    if digits.rstrip("X").count("X"):
        written = "-".join(part for part in (year_text, month_text, day_text) if part)
        warn(
            f"EDTF '{'-' if sign < 0 else ''}{written}' is several separate spans; it is read "
            f"as their hull {cal.iso_of(lo)}..{cal.iso_of(hi)}"
        )
        precision = Precision.NONE
    return ParsedDate(lo, hi, precision, approximate, uncertain)


_DIGITS: Final = "0123456789"


def _years(sign: int, pattern: str, *, latest: bool) -> Iterator[int]:
    """The years a pattern of digits and X fits, from the earliest (or the latest) on.

    Built digit by digit, in order, rather than by testing every year: the first few are all
    that is ever needed.
    """
    choices = [_DIGITS if c == "X" else c for c in pattern]
    descending_magnitude = latest == (sign > 0)
    if descending_magnitude:
        choices = [option[::-1] for option in choices]
    for digits in itertools.product(*choices):
        magnitude = int("".join(digits))
        if sign < 0 and magnitude == 0:
            continue  # -0000 is year 0, already counted once as 0000
        yield sign * magnitude


def _unspecified_precision(
    year_text: str, month_text: str | None, day_text: str | None
) -> Precision:
    if day_text is not None and day_text != "XX":
        return Precision.NONE if "X" in day_text else Precision.DAY
    if month_text is not None and month_text != "XX":
        return Precision.NONE if "X" in month_text else Precision.MONTH
    unspecified = len(year_text) - len(year_text.rstrip("X"))
    if unspecified == 0:
        return Precision.YEAR
    return _X_PRECISION.get(unspecified, Precision.NONE)


def _first_day(years: Iterable[int], months: list[int], day_pattern: str, *, reverse: bool) -> int:
    for year in years:
        for month in reversed(months) if reverse else months:
            days = _matching(day_pattern, range(1, cal.days_in_month(year, month) + 1))
            if days:
                return cal.day_from_civil(year, month, days[-1] if reverse else days[0])
    msg = "no calendar day fits these digits"
    raise InvalidDateError(msg)


def _parse_set(text: str, offset: int, whole: str) -> ParsedDate:
    if not text.endswith("]"):
        msg = "a set '[...]' must end with ']'"
        raise ParseError(msg, text=whole, position=offset + len(text))
    body = text[1:-1]
    lows: list[int] = []
    highs: list[int] = []
    single: ParsedDate | None = None
    position = offset + 1
    elements = body.split(",")
    for element in elements:
        stripped = element.strip()
        start = position + len(element) - len(element.lstrip())
        if not stripped:
            msg = "an empty member in a set"
            raise ParseError(msg, text=whole, position=start)
        lo, hi, single = _set_member(stripped, start, whole)
        lows.append(lo)
        highs.append(hi)
        position += len(element) + 1
    lo, hi = min(lows), max(highs)
    if len(elements) == 1 and single is not None:
        return single
    spans = sorted(zip(lows, highs, strict=True))
    if any(b[0] > a[1] + 1 for a, b in itertools.pairwise(spans)):
        warn(
            f"EDTF set {text!r} has gaps; it is read as its hull {cal.iso_of(lo)}..{cal.iso_of(hi)}"
        )
    return ParsedDate(lo, hi, Precision.NONE, False, False)  # noqa: FBT003


def _set_member(member: str, offset: int, whole: str) -> tuple[int, int, ParsedDate | None]:
    """The days of one member of a set: a date or a range ``a..b`` with either side open."""
    dots = member.find("..")
    if dots < 0:
        date = parse_date(member, offset=offset, whole=whole)
        return date.lo, date.hi, date
    left, right = member[:dots], member[dots + 2 :]
    lo = parse_date(left, offset=offset, whole=whole).lo if left else cal.MIN_DAY
    hi = parse_date(right, offset=offset + dots + 2, whole=whole).hi if right else cal.MAX_DAY
    if lo > hi:
        msg = "the range in this set ends before it starts"
        raise ParseError(msg, text=whole, position=offset, length=len(member))
    return lo, hi, None


def _diagnose(text: str, offset: int, whole: str) -> ParseError:
    """Find the first character where ``text`` stops looking like an EDTF date."""
    position = 0
    if text[:1] in ("-", "+"):
        if text[0] == "+":
            return ParseError("EDTF years take no '+' sign", text=whole, position=offset)
        position = 1
    after_year = _expect(text, position, "0123456789X", 4, "a digit of the year")
    if isinstance(after_year, ParseError):
        return _moved(after_year, offset, whole)
    position = after_year
    for what in ("month", "day"):
        if position >= len(text) or text[position] in "?~%":
            break
        if text[position] != "-":
            return ParseError(
                f"expected '-' before the {what} or a qualifier ?, ~, %, got {text[position]!r}",
                text=whole,
                position=offset + position,
            )
        position += 1
        if what == "month" and text[position : position + 1] == "W":
            position += 1
            what = "week"  # noqa: PLW2901 - the same slot carries a week number
        step = _expect(text, position, "0123456789X", 2, f"a digit of the {what}")
        if isinstance(step, ParseError):
            return _moved(step, offset, whole)
        position = step
    if position < len(text) and text[position] in "?~%":
        position += 1
    if position < len(text):
        return ParseError(
            f"unexpected {text[position]!r} after the date", text=whole, position=offset + position
        )
    return ParseError("not an EDTF date", text=whole, position=offset, length=len(text))


def _expect(text: str, position: int, allowed: str, count: int, what: str) -> int | ParseError:
    for index in range(position, position + count):
        if index >= len(text):
            return ParseError(f"expected {what}, the text ends", text=text, position=index)
        if text[index] not in allowed:
            return ParseError(f"expected {what}, got {text[index]!r}", text=text, position=index)
    return position + count


def _moved(error: ParseError, offset: int, whole: str) -> ParseError:
    return ParseError(
        error.reason, text=whole, position=offset + error.position, length=error.length
    )


_QUALIFIER_MARKS: Final = {
    (False, False): "",
    (False, True): "?",
    (True, False): "~",
    (True, True): "%",
}


def format_date(
    lo: int, hi: int, precision: Precision, *, approximate: bool = False, uncertain: bool = False
) -> str:
    """EDTF text for a fuzzy date; warns (``TimelineWarning``) when the text loses something.

    >>> format_date(cal.make_day(2018, 9, 1), cal.make_day(2018, 9, 30), Precision.MONTH)
    '2018-09'
    >>> format_date(cal.MIN_DAY, cal.make_day(2021, 5, 30), Precision.NONE)
    '[..2021-05-30]'
    """
    unit = unit_of(lo, hi, precision)
    if unit is not None:
        return _format_unit(unit) + _QUALIFIER_MARKS[approximate, uncertain]
    if precision is not Precision.NONE:
        warn(
            f"{cal.iso_of(lo)}..{cal.iso_of(hi)} is not a whole {precision.value}; EDTF keeps "
            "its days but not its precision"
        )
    if approximate or uncertain:
        warn("EDTF cannot qualify an arbitrary range; the qualifier is dropped")
    # A range that reaches the end of the supported calendar has no bound on that side:
    # EDTF writes it as an open end of the set ("[..2021-05-30]": on or before that day).
    first = "" if lo <= cal.MIN_DAY else cal.iso_of(lo)
    last = "" if hi >= cal.MAX_DAY else cal.iso_of(hi)
    return f"[{first}..{last}]"


def _year_text(year: int) -> str:
    return f"-{-year:04d}" if year < 0 else f"{year:04d}"


def _format_unit(unit: Unit) -> str:
    kind, year, part, day = unit
    if kind == "day":
        return cal.format_iso(year, part, day)
    if kind == "week":
        return f"{_year_text(year)}-W{part:02d}"
    if kind in ("month", "season"):
        return f"{_year_text(year)}-{part:02d}"
    if kind == "quarter":
        return f"{_year_text(year)}-{part + 32}"
    if kind == "year":
        return _year_text(year)
    digits = {"decade": 1, "century": 2, "millennium": 3}[kind]
    return _year_text(year)[:-digits] + "X" * digits
