import datetime

import pytest
from hypothesis import given

from timeline import OPEN, UNKNOWN, FuzzyDate, Ongoing, ParseError, Period, Precision
from timeline import _calendar as cal
from timeline.errors import TimelineWarning
from timeline.strategies import days, fuzzy_dates, periods

P = Precision


def bounds(date):
    """The first and last day of a fuzzy date as ISO text, with its precision and qualifiers."""
    return (
        cal.iso_of(date.earliest_day),
        cal.iso_of(date.latest_day),
        date.precision,
        date.approximate,
        date.uncertain,
    )


# --- round trips ------------------------------------------------------------------------------


@given(fuzzy_dates())
def test_fuzzy_dates_round_trip(date):
    """Every fuzzy date the strategies make is read back equal from its EDTF (no warnings)."""
    assert FuzzyDate.from_edtf(date.edtf()) == date


@given(periods())
def test_periods_round_trip(period):
    """Every period the strategies make, in all end states, is read back equal from its EDTF."""
    assert Period.from_edtf(period.edtf()) == period


@given(days(min_value="0001-01-01", max_value="9998-12-31"))
def test_days_are_written_as_iso_dates(day):
    """A day of years 1..9999 is written exactly as datetime.date.isoformat writes it."""
    assert FuzzyDate.of(day).edtf() == datetime.date.fromordinal(day).isoformat()


@pytest.mark.parametrize(
    "text",
    [
        "2018-09-05",
        "2018-09",
        "2018",
        "0000",
        "-0043-03-15",
        "-0043",
        "1984?",
        "2004-06~",
        "2004-06-11%",
        "201X",
        "20XX",
        "2XXX",
        "-004X",
        "-000X",
        "000X",
        "2001-21",
        "2001-24?",
        "2021-33",
        "2021-36~",
        "2020-W53",
        "2020-W53~",
        "[2018-09-05..2018-09-20]",
        "[..1760-12-03]",
        "[1760-12-03..]",
    ],
)
def test_canonical_dates_are_written_back_as_read(text):
    """Canonical EDTF dates are a fixed point of reading then writing."""
    assert FuzzyDate.from_edtf(text).edtf() == text


@pytest.mark.parametrize(
    "text",
    [
        "1964/2008",
        "1985-04-12/..",
        "../1985-04-12",
        "1985-04-12/",
        "/1985-04-12",
        "../..",
        "/",
        "2004-06~/2004-08?",
        "2018-09/[2021-10-18..]",
        "2018-09/[2021-W42..]",
        "-0043-03-15/0014-08-19",
    ],
)
def test_canonical_intervals_are_written_back_as_read(text):
    """Canonical EDTF intervals are a fixed point of reading then writing."""
    assert Period.from_edtf(text).edtf() == text


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("2004-XX", "2004"),
        ("1985-XX-XX", "1985"),
        ("1985-04-XX", "1985-04"),
        ("2021-25", "2021-21"),
        ("2021-30", "2021-24"),
        ("[2018-09]", "2018-09"),
        ("[1667..1672]", "[1667-01-01..1672-12-31]"),
        ("2021-37", "[2021-01-01..2021-04-30]"),
        ("XXXX", "[0000-01-01..]"),  # year 0 to the last year there is
        # The first and last supported days are no bound: EDTF's open end of a set.
        ("[-9999-01-01..1760-12-03]", "[..1760-12-03]"),
    ],
)
def test_other_forms_are_written_canonically(text, written):
    """Forms with several spellings are written in the one canonical spelling."""
    assert FuzzyDate.from_edtf(text).edtf() == written


# --- reading dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Level 0: complete and reduced precision dates.
        ("2018-09-05", ("2018-09-05", "2018-09-05", P.DAY, False, False)),
        ("2020-02-29", ("2020-02-29", "2020-02-29", P.DAY, False, False)),
        ("2018-09", ("2018-09-01", "2018-09-30", P.MONTH, False, False)),
        ("2018", ("2018-01-01", "2018-12-31", P.YEAR, False, False)),
        ("0000", ("0000-01-01", "0000-12-31", P.YEAR, False, False)),
        ("-0043-03-15", ("-0043-03-15", "-0043-03-15", P.DAY, False, False)),
        ("-0043", ("-0043-01-01", "-0043-12-31", P.YEAR, False, False)),
        # Level 1: qualifiers.
        ("1984?", ("1984-01-01", "1984-12-31", P.YEAR, False, True)),
        ("2004-06~", ("2004-06-01", "2004-06-30", P.MONTH, True, False)),
        ("2004-06-11%", ("2004-06-11", "2004-06-11", P.DAY, True, True)),
        ("-0043-03-15~", ("-0043-03-15", "-0043-03-15", P.DAY, True, False)),
        # Level 1: unspecified digits from the right.
        ("201X", ("2010-01-01", "2019-12-31", P.DECADE, False, False)),
        ("20XX", ("2000-01-01", "2099-12-31", P.CENTURY, False, False)),
        ("2XXX", ("2000-01-01", "2999-12-31", P.MILLENNIUM, False, False)),
        ("XXXX", ("0000-01-01", "9999-12-31", P.NONE, False, False)),
        ("-004X", ("-0049-01-01", "-0040-12-31", P.DECADE, False, False)),
        ("-000X", ("-0009-01-01", "-0001-12-31", P.DECADE, False, False)),
        ("000X", ("0000-01-01", "0009-12-31", P.DECADE, False, False)),
        ("201X~", ("2010-01-01", "2019-12-31", P.DECADE, True, False)),
        ("2004-XX", ("2004-01-01", "2004-12-31", P.YEAR, False, False)),
        ("1985-04-XX", ("1985-04-01", "1985-04-30", P.MONTH, False, False)),
        ("1985-XX-XX", ("1985-01-01", "1985-12-31", P.YEAR, False, False)),
        ("2018-1X", ("2018-10-01", "2018-12-31", P.NONE, False, False)),
        # Level 1: seasons, independent of location (read as northern, meteorological).
        ("2001-21", ("2001-03-01", "2001-05-31", P.SEASON, False, False)),
        ("2001-22", ("2001-06-01", "2001-08-31", P.SEASON, False, False)),
        ("2001-23", ("2001-09-01", "2001-11-30", P.SEASON, False, False)),
        ("2001-24", ("2001-12-01", "2002-02-28", P.SEASON, False, False)),
        ("2003-24?", ("2003-12-01", "2004-02-29", P.SEASON, False, True)),
        # ISO 8601 week dates.
        ("2020-W53", ("2020-12-28", "2021-01-03", P.WEEK, False, False)),
        ("2021-W01", ("2021-01-04", "2021-01-10", P.WEEK, False, False)),
        ("2020-W53~", ("2020-12-28", "2021-01-03", P.WEEK, True, False)),
        # Level 2: one of a set, as an arbitrary range.
        ("[1667..1672]", ("1667-01-01", "1672-12-31", P.NONE, False, False)),
        ("[2018-09-05..2018-09-20]", ("2018-09-05", "2018-09-20", P.NONE, False, False)),
        ("[..1760-12-03]", ("-9999-01-01", "1760-12-03", P.NONE, False, False)),
        ("[1760-12..]", ("1760-12-01", "9999-12-31", P.NONE, False, False)),
        ("[1667, 1668]", ("1667-01-01", "1668-12-31", P.NONE, False, False)),
        ("[1667,1668..1670]", ("1667-01-01", "1670-12-31", P.NONE, False, False)),
        ("[2018-09]", ("2018-09-01", "2018-09-30", P.MONTH, False, False)),
        ("[-0043-03-15..-0043-03-17]", ("-0043-03-15", "-0043-03-17", P.NONE, False, False)),
    ],
)
def test_reading_level_0_and_1_dates_and_sets(text, expected):
    """Each EDTF form reads as the days, precision and qualifiers worked out by hand."""
    assert bounds(FuzzyDate.from_edtf(text)) == expected


@pytest.mark.parametrize(
    ("code", "first", "last", "precision"),
    [
        (21, "2021-03-01", "2021-05-31", P.SEASON),
        (22, "2021-06-01", "2021-08-31", P.SEASON),
        (23, "2021-09-01", "2021-11-30", P.SEASON),
        (24, "2021-12-01", "2022-02-28", P.SEASON),
        (25, "2021-03-01", "2021-05-31", P.SEASON),  # spring, northern hemisphere
        (26, "2021-06-01", "2021-08-31", P.SEASON),  # summer, northern
        (27, "2021-09-01", "2021-11-30", P.SEASON),  # autumn, northern
        (28, "2021-12-01", "2022-02-28", P.SEASON),  # winter, northern
        (29, "2021-09-01", "2021-11-30", P.SEASON),  # spring, southern
        (30, "2021-12-01", "2022-02-28", P.SEASON),  # summer, southern
        (31, "2021-03-01", "2021-05-31", P.SEASON),  # autumn, southern
        (32, "2021-06-01", "2021-08-31", P.SEASON),  # winter, southern
        (33, "2021-01-01", "2021-03-31", P.QUARTER),
        (34, "2021-04-01", "2021-06-30", P.QUARTER),
        (35, "2021-07-01", "2021-09-30", P.QUARTER),
        (36, "2021-10-01", "2021-12-31", P.QUARTER),
        (37, "2021-01-01", "2021-04-30", P.NONE),  # first third (quadrimester)
        (38, "2021-05-01", "2021-08-31", P.NONE),
        (39, "2021-09-01", "2021-12-31", P.NONE),
        (40, "2021-01-01", "2021-06-30", P.NONE),  # first half (semester)
        (41, "2021-07-01", "2021-12-31", P.NONE),
    ],
)
def test_reading_level_2_division_codes(code, first, last, precision):
    """EDTF's division codes 21..41: seasons of either hemisphere, quarters, thirds, halves."""
    date = FuzzyDate.from_edtf(f"2021-{code}")
    assert bounds(date) == (first, last, precision, False, False)


def test_long_years_beyond_the_range_are_refused_clearly():
    """Y-prefixed years beyond -9999..9999 raise a ParseError that states the supported range."""
    for text in ("Y170000002", "Y-170000002", "Y10000"):
        with pytest.raises(ParseError, match=r"-9999\.\.9999") as caught:
            FuzzyDate.from_edtf(text)
        assert (caught.value.position, caught.value.length) == (0, len(text))


# --- reading intervals ------------------------------------------------------------------------

D, M, Y = FuzzyDate.day, FuzzyDate.month, FuzzyDate.year


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("1964/2008", Y(1964), Y(2008)),
        ("2004-06/2006-08", M(2004, 6), M(2006, 8)),
        ("2004-02-01/2005-02-08", D(2004, 2, 1), D(2005, 2, 8)),
        ("2004-02-01/2005-02", D(2004, 2, 1), M(2005, 2)),
        ("2004-02-01/2005", D(2004, 2, 1), Y(2005)),
        ("2005/2006-02", Y(2005), M(2006, 2)),
        ("1985-04-12/..", D(1985, 4, 12), OPEN),
        ("../1985-04-12", OPEN, D(1985, 4, 12)),
        ("1985-04-12/", D(1985, 4, 12), UNKNOWN),
        ("/1985-04-12", UNKNOWN, D(1985, 4, 12)),
        ("../..", OPEN, OPEN),
        ("/", UNKNOWN, UNKNOWN),
        ("/..", UNKNOWN, OPEN),
        ("2004-06~/2004-08?", M(2004, 6, approximate=True), M(2004, 8, uncertain=True)),
        ("1984?/2004~", Y(1984, uncertain=True), Y(2004, approximate=True)),
        ("2001-21/2001-24", FuzzyDate.season(2001, "spring"), FuzzyDate.season(2001, "winter")),
        ("-0043-03-15/0014-08-19", D(-43, 3, 15), D(14, 8, 19)),
        ("[1667..1672]/1700", FuzzyDate.between("1667-01-01", "1672-12-31"), Y(1700)),
        ("2018-09/[2021-10-18..]", M(2018, 9), Ongoing(D(2021, 10, 18))),
        ("2018-09/[2021-W42..]", M(2018, 9), Ongoing(FuzzyDate.week(2021, 42))),
        ("2018/[..2019-06]", Y(2018), FuzzyDate.between("-9999-01-01", "2019-06-30")),
    ],
)
def test_reading_intervals(text, start, end):
    """Intervals: '..' is an open side, an empty side unknown, '[x..]' an end ongoing as of x."""
    assert Period.from_edtf(text) == Period(start, end)


# --- warnings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("156X-12-25", "1560-12-25", "1569-12-25"),
        ("1XXX-12", "1000-12-01", "1999-12-31"),
        ("[1667, 1669]", "1667-01-01", "1669-12-31"),
        ("[1667, 1668, 1670..1672]", "1667-01-01", "1672-12-31"),
    ],
)
def test_scattered_days_are_read_as_their_hull_with_a_warning(text, first, last):
    """Forms that name separate spans are read as the range that holds them all, and say so."""
    with pytest.warns(TimelineWarning, match="hull"):
        date = FuzzyDate.from_edtf(text)
    assert bounds(date) == (first, last, P.NONE, False, False)


def test_writing_a_lost_precision_warns():
    """A range labelled as a month but not a whole month is written as a range, with a warning."""
    date = FuzzyDate.between("2018-09-02", "2018-09-30", precision=Precision.MONTH)
    with pytest.warns(TimelineWarning, match="not a whole month"):
        assert date.edtf() == "[2018-09-02..2018-09-30]"


# --- errors -----------------------------------------------------------------------------------


def check_pointer(error, text, position):
    """A ParseError names the whole text and points at ``position`` under it."""
    assert error.text == text
    assert error.position == position
    lines = str(error).splitlines()
    assert lines[-2] == f"  {text}"
    assert lines[-1] == "  " + " " * position + "^" * error.length


@pytest.mark.parametrize(
    ("text", "position", "words"),
    [
        ("", 0, "the text ends"),
        ("98", 2, "the text ends"),
        ("20a8", 2, "got 'a'"),
        ("+2018", 0, r"no '\+'"),
        ("2018-1", 6, "digit of the month"),
        ("2018-1-05", 6, "got '-'"),
        ("2018/09", 4, "interval, which is a Period: use Period.from_edtf"),
        ("2018-09-05x", 10, "unexpected 'x'"),
        ("2018-09-05 ", 10, "unexpected ' '"),
        ("2018-09?~", 8, "unexpected '~'"),
        ("2018-W5", 7, "digit of the week"),
        ("2018-13", 0, "month 13"),
        ("2018-42", 0, "month 42"),
        ("2021-02-29", 0, "day 29"),
        ("2021-W53", 0, "52 weeks"),
        ("201X-21", 0, "season"),
        ("{2018,2019}", 0, "all of several"),
        ("[2018", 5, "end with ']'"),
        ("[2018,,2019]", 6, "empty member"),
        ("[2018, 20x9]", 9, "got 'x'"),
        ("[2019..2018]", 1, "ends before it starts"),
    ],
)
def test_bad_dates_point_at_the_problem(text, position, words):
    """Bad EDTF raises a ParseError (a ValueError) at the first character that does not fit."""
    with pytest.raises(ParseError, match=words) as caught:
        FuzzyDate.from_edtf(text)
    assert isinstance(caught.value, ValueError)
    check_pointer(caught.value, text, position)


@pytest.mark.parametrize(
    ("text", "position", "words"),
    [
        ("2018", 4, "needs a '/'"),
        ("2018/2019/2020", 9, "second"),
        ("2018/09/", 7, "second"),
        ("2019/2018", 5, "ends before it starts"),
        ("[2018..]/2017", 9, "ends before it starts"),
        ("2018-09/2021-1x", 14, "got 'x'"),
        ("2018-09/2019-02-30", 8, "day 30"),
        ("2018/[2021-1x..]", 12, "got 'x'"),
        ("2018/[..]", 6, "the text ends"),
        ("{2018,2019}/2020", 0, "all of several"),
    ],
)
def test_bad_intervals_point_at_the_problem(text, position, words):
    """Errors inside an interval point into the whole interval's text."""
    with pytest.raises(ParseError, match=words) as caught:
        Period.from_edtf(text)
    check_pointer(caught.value, text, position)


@pytest.mark.parametrize(
    ("read", "text"),
    [
        (FuzzyDate.from_edtf, "20X5"),
        (Period.from_edtf, "20X5/2030"),
        (FuzzyDate.from_edtf, "[2001, 2005]"),
    ],
)
def test_warnings_point_at_the_callers_line(read, text):
    """A lossy read warns once, attributed to the line that called the library (this file)."""
    with pytest.warns(TimelineWarning) as caught:
        read(text)
    assert [w.filename for w in caught] == [__file__]


def test_unspecified_digits_find_their_first_and_last_days():
    """Years with unspecified digits span from the first to the last year that fits.

    Worked by hand: 20X5 runs from 1 January 2005 to 31 December 2095; XXXX-02-29 from year 0
    (a leap year in the proleptic calendar) to 9996, the last leap year before 10000; -000X is
    the years -9..-1 (year 0 is written 0000, not -0000).
    """
    with pytest.warns(TimelineWarning, match="'20X5' is several separate spans"):
        spread = FuzzyDate.from_edtf("20X5")
    assert (str(spread.earliest), str(spread.latest)) == ("2005-01-01", "2095-12-31")
    with pytest.warns(TimelineWarning, match="'XXXX-02-29'"):
        leap = FuzzyDate.from_edtf("XXXX-02-29")
    assert (str(leap.earliest), str(leap.latest)) == ("0000-02-29", "9996-02-29")
    negative = FuzzyDate.from_edtf("-000X")
    assert (negative.earliest.year, negative.latest.year) == (-9, -1)
