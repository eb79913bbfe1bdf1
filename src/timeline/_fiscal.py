"""Fiscal years: a year of accounts that may begin in any month ("fiscal 1990", "FY21").

Which months a fiscal year covers is a convention of whoever keeps the accounts, so it is the
context's: ``fiscal_start`` is the month it begins in (January by default, when it is the
calendar year; October for the US federal government, April for the UK and India, July for
Australia), and ``fiscal_naming`` says whether it is named for the calendar year it ends in
(US, India's "FY21", most companies) or the one it begins in (Japan).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from timeline import _calendar as cal
from timeline._context import FiscalNaming
from timeline._expressions import Expression, date_of
from timeline._fuzzy import FuzzyDate
from timeline._precision import Precision

if TYPE_CHECKING:
    from timeline._context import Context, Value

__all__ = ["FiscalYear"]

_RELATIVE = {-1: "last fiscal year", 0: "this fiscal year", 1: "next fiscal year"}


def _no_offset_with_a_year(instance: FiscalYear, _attribute: object, offset: int) -> None:
    if instance.year is not None and offset:
        msg = f"a fiscal year given by its number ({instance.year}) takes no offset ({offset})"
        raise ValueError(msg)


@attrs.frozen(slots=True)
class FiscalYear(Expression):
    """A fiscal year, by its number ("fiscal 1990", "FY'21") or from the reference's.

    >>> from timeline._context import Context
    >>> us = Context(reference="2021-10-18", fiscal_start=10)
    >>> print(FiscalYear().resolve(us).value)
    [2021-10-01..2022-09-30]
    >>> from timeline._expressions import Absolute
    >>> print(FiscalYear(Absolute(FuzzyDate.year(2021))).resolve(us).value)
    [2020-10-01..2021-09-30]
    """

    year: Expression | None = None
    offset: int = attrs.field(
        default=0, validator=[attrs.validators.in_((-1, 0, 1)), _no_offset_with_a_year]
    )

    def at(self, ctx: Context, ref: int) -> Value:
        """The months of the fiscal year, under the context's start month and naming."""
        if self.year is not None:
            named = date_of(self.year.at(ctx, ref), self.year.phrase())
            number = cal.civil_from_day(named.earliest_day)[0]
        else:
            number = _containing(ctx, ref) + self.offset
        named_by_end = _runs_into_next(ctx) and ctx.fiscal_naming is FiscalNaming.END
        first_year = number - 1 if named_by_end else number
        start = cal.make_day(first_year, ctx.fiscal_start, 1)
        end = cal.make_day(first_year + 1, ctx.fiscal_start, 1) - 1
        precision = Precision.YEAR if ctx.fiscal_start == 1 else Precision.NONE
        return FuzzyDate(start, end, precision)

    def uses_reference(self) -> bool:
        """A fiscal year counted from the reference's, or one written in two figures."""
        return self.year is None or self.year.uses_reference()

    def children(self) -> tuple[Expression, ...]:
        """The year, if it is given."""
        return () if self.year is None else (self.year,)

    def phrase(self) -> str:
        """E.g. "fiscal 1990", "last fiscal year"."""
        if self.year is not None:
            return f"fiscal {self.year.phrase()}"
        return _RELATIVE[self.offset]

    def rule(self, ctx: Context) -> str:
        """The rule's name: for a fiscal year by number, or from the reference's."""
        return "fiscal year" if self.year is not None else "relative fiscal year"


def _runs_into_next(ctx: Context) -> bool:
    """Whether a fiscal year runs across two calendar years (unless it starts in January)."""
    return ctx.fiscal_start != 1


def _containing(ctx: Context, ref: int) -> int:
    """The number of the fiscal year the day ``ref`` is in."""
    year, month, _ = cal.civil_from_day(ref)
    if not _runs_into_next(ctx):
        return year
    begun = month >= ctx.fiscal_start  # the fiscal year that began this calendar year
    if ctx.fiscal_naming is FiscalNaming.END:
        return year + 1 if begun else year
    return year if begun else year - 1
