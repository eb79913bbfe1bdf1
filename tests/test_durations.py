import calendar
import datetime
import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import Duration, ParseError, Qualifier, ValidationError
from timeline import _calendar as cal
from timeline.durations import DEFAULT_ABOUT
from timeline.errors import OutOfRangeError
from timeline.strategies import days, durations

CYCLE_DAYS = 146097
CYCLE_YEARS = 400
# Days far enough inside the range that a hundred years either way stays inside it.
INNER_DAYS = days(min_value="-9800-01-01", max_value="9800-12-31")


def ordinal(year, month, day):
    """The day number of a date, by ``datetime`` after moving it into years 1..9999."""
    cycles = max(0, -((year - 1) // CYCLE_YEARS))
    shifted = datetime.date(year + CYCLE_YEARS * cycles, month, day)
    return shifted.toordinal() - CYCLE_DAYS * cycles


def civil(day):
    """Year, month and day of a day number, by ``datetime`` after moving it into years 1..9999."""
    cycles = max(0, -((day - 1) // CYCLE_DAYS))
    shifted = datetime.date.fromordinal(day + CYCLE_DAYS * cycles)
    return shifted.year - CYCLE_YEARS * cycles, shifted.month, shifted.day


def brute_add(day, duration):
    """A day plus a duration: step month by month (clamping the day at the end), then add days."""
    year, month, dom = civil(day)
    months = 12 * duration.years + duration.months
    step = 1 if months > 0 else -1
    for _ in range(abs(months)):
        month += step
        if month == 13:
            year, month = year + 1, 1
        elif month == 0:
            year, month = year - 1, 12
    landed = ordinal(year, month, min(dom, calendar.monthrange(year, month)[1]))
    return landed + 7 * duration.weeks + duration.days


def span(duration, text, **kwargs):
    """The span of a duration from an ISO day, as ISO text."""
    return [cal.iso_of(d) for d in duration.span_from(cal.day_of(text), **kwargs)]


# --- values -----------------------------------------------------------------------------------


def test_default_is_an_exact_zero():
    """Duration() is zero of everything, exact, and not negative."""
    zero = Duration()
    assert (zero.years, zero.months, zero.weeks, zero.days) == (0, 0, 0, 0)
    assert zero.qualifier is Qualifier.EXACT
    assert not zero.is_negative


@pytest.mark.parametrize(
    ("duration", "text"),
    [
        (Duration(years=3, qualifier=Qualifier.AT_LEAST), "at least 3 years"),
        (Duration(months=1, days=15, qualifier=Qualifier.ABOUT), "about 1 month and 15 days"),
        (Duration(years=1, months=2, days=3), "1 year, 2 months and 3 days"),
        (Duration(weeks=1, qualifier=Qualifier.AT_MOST), "at most 1 week"),
        (Duration(), "0 days"),
        (-Duration(days=3), "3 days earlier"),
        (Duration(years=-20), "20 years earlier"),
    ],
)
def test_str_reads_as_english(duration, text):
    """str() is the amount in words, with its qualifier."""
    assert str(duration) == text


@pytest.mark.parametrize(
    ("duration", "text"),
    [
        (
            Duration(years=3, qualifier=Qualifier.AT_LEAST),
            "Duration(years=3, qualifier=Qualifier.AT_LEAST)",
        ),
        (Duration(years=1, months=6), "Duration(years=1, months=6)"),
        (Duration(), "Duration()"),
        (-Duration(weeks=2), "Duration(weeks=-2)"),
    ],
)
def test_repr_examples(duration, text):
    """repr() lists only the amounts that are not zero, and a qualifier that is not EXACT."""
    assert repr(duration) == text


@given(durations())
def test_repr_pastes_back(duration):
    """repr() is Python that rebuilds an equal duration."""
    namespace = {"Duration": Duration, "Qualifier": Qualifier}
    assert eval(repr(duration), namespace) == duration  # noqa: S307 - our own repr


@given(durations())
def test_values_are_frozen_hashable_and_picklable(duration):
    """A duration cannot be changed, hashes by value, and survives pickling."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        duration.days = 1
    assert hash(attrs.evolve(duration)) == hash(duration)
    assert pickle.loads(pickle.dumps(duration)) == duration  # noqa: S301 - our own data


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [
        (lambda: Duration(years=1, days=-1), ValidationError, "share one sign"),
        (lambda: Duration(years=1.5), TypeError, r"Duration\.years: expected an int, got 1\.5"),
        (lambda: Duration(days=True), TypeError, "Duration.days.*True"),
        (lambda: Duration(weeks="2"), TypeError, "Duration.weeks.*'2'"),
        (lambda: Duration(qualifier="about"), TypeError, "Duration.qualifier.*'about'"),
    ],
)
def test_bad_amounts_are_refused(make, error, words):
    """Amounts are ints of one sign; the qualifier is a Qualifier; messages name the field."""
    with pytest.raises(error, match=words):
        make()


@given(durations())
def test_negation(duration):
    """Negating flips every amount, keeps the qualifier, and twice gives the same duration."""
    negative = -duration
    assert (negative.years, negative.months, negative.weeks, negative.days) == (
        -duration.years,
        -duration.months,
        -duration.weeks,
        -duration.days,
    )
    assert negative.qualifier is duration.qualifier
    assert -negative == duration
    nonzero = any((duration.years, duration.months, duration.weeks, duration.days))
    assert negative.is_negative == (nonzero and not duration.is_negative)


# --- ISO 8601 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("duration", "text"),
    [
        (Duration(years=2, months=3), "P2Y3M"),
        (Duration(), "P0D"),
        (Duration(weeks=7), "P7W"),
        (Duration(years=1, months=6, weeks=2, days=3), "P1Y6M2W3D"),
        (-Duration(days=10), "-P10D"),
    ],
)
def test_iso_text(duration, text):
    """iso() writes ISO 8601 durations of years, months, weeks and days; from_iso reads them."""
    assert duration.iso() == text
    assert Duration.from_iso(text) == duration


@given(durations())
def test_iso_round_trip(duration):
    """from_iso(d.iso(), d.qualifier) == d for every duration the strategies make."""
    assert Duration.from_iso(duration.iso(), duration.qualifier) == duration


@pytest.mark.parametrize("text", ["", "P", "3Y", "P1.5Y", "PT1H", "P-1Y", "P1Y2Y", " P1Y"])
def test_bad_iso_text_is_a_parse_error(text):
    """Text that is not an ISO duration of Y, M, W and D raises a ParseError over the text."""
    with pytest.raises(ParseError, match="ISO 8601 duration") as caught:
        Duration.from_iso(text)
    assert caught.value.text == text
    assert caught.value.position == 0


# --- arithmetic -------------------------------------------------------------------------------


def test_a_month_is_a_calendar_month_not_30_days():
    """One month after 31 January is the last day of February; after 1 March, 1 April."""
    assert cal.iso_of(Duration(months=1).add_to(cal.make_day(2021, 1, 31))) == "2021-02-28"
    assert cal.iso_of(Duration(months=1).add_to(cal.make_day(2021, 3, 1))) == "2021-04-01"
    assert cal.iso_of(Duration(years=1).add_to(cal.make_day(2020, 2, 29))) == "2021-02-28"


@given(INNER_DAYS, durations(max_years=5))
def test_add_to_against_brute_force(day, duration):
    """add_to moves by months along the calendar, then by weeks and days, ignoring qualifiers."""
    assert duration.add_to(day) == brute_add(day, duration)


@given(INNER_DAYS, durations(negative=False))
def test_spans_of_forward_durations(day, duration):
    """Spans of forward durations, by qualifier.

    Exact is the target; at least runs on to the last day; at most from the day to the target;
    nearly ends on the target and starts after the day (or on it, for a zero amount); about
    holds the target and never starts before the day.
    """
    target = brute_add(day, duration)
    lo, hi = duration.span_from(day)
    if duration.qualifier is Qualifier.EXACT:
        assert (lo, hi) == (target, target)
    elif duration.qualifier is Qualifier.AT_LEAST:
        assert (lo, hi) == (target, cal.MAX_DAY)
    elif duration.qualifier is Qualifier.AT_MOST:
        assert (lo, hi) == (day, target)
    elif duration.qualifier is Qualifier.NEARLY:
        assert hi == target
        assert day <= lo <= target
    else:
        assert day <= lo <= target <= hi


@given(INNER_DAYS, durations())
def test_spans_of_backward_durations(day, duration):
    """Backward (negated): the mirror image, with at least reaching back to the first day."""
    backward = -duration
    target = brute_add(day, backward)
    lo, hi = backward.span_from(day)
    past = backward.is_negative  # False only for a zero duration
    if duration.qualifier is Qualifier.EXACT:
        assert (lo, hi) == (target, target)
    elif duration.qualifier is Qualifier.AT_LEAST:
        assert (lo, hi) == ((cal.MIN_DAY, target) if past else (target, cal.MAX_DAY))
    elif duration.qualifier is Qualifier.AT_MOST:
        assert (lo, hi) == ((target, day) if past else (day, target))
    elif duration.qualifier is Qualifier.NEARLY:
        assert (lo if past else hi) == target
        assert (target <= hi <= day) if past else (day <= lo <= target)
    else:
        assert lo <= target <= hi
        assert (hi <= day) if past else (lo >= day)


@given(
    INNER_DAYS,
    durations(qualifiers=[Qualifier.ABOUT], max_years=20),
    st.sampled_from([0.0, 0.05, DEFAULT_ABOUT, 0.25, 0.5]),
)
def test_about_always_holds_the_exact_amount(day, duration, fraction):
    """However far 'about' stretches, the exact amount is inside its span and it is not empty."""
    target = brute_add(day, duration)
    lo, hi = duration.span_from(day, about=fraction)
    assert lo <= target <= hi
    assert lo < hi


@pytest.mark.parametrize(
    ("duration", "start", "kwargs", "expected"),
    [
        (
            Duration(years=3, qualifier=Qualifier.AT_LEAST),
            "2018-09-01",
            {},
            ["2021-09-01", "9999-12-31"],
        ),
        (
            Duration(years=3, qualifier=Qualifier.AT_MOST),
            "2018-09-01",
            {},
            ["2018-09-01", "2021-09-01"],
        ),
        (
            -Duration(years=3, qualifier=Qualifier.AT_LEAST),
            "2018-09-01",
            {},
            ["-9999-01-01", "2015-09-01"],
        ),
        (
            -Duration(years=3, qualifier=Qualifier.AT_MOST),
            "2018-09-01",
            {},
            ["2015-09-01", "2018-09-01"],
        ),
        # About: a tenth of the amount either way, at least one of the smallest unit stated.
        (
            Duration(weeks=1, qualifier=Qualifier.ABOUT),
            "2018-09-01",
            {},
            ["2018-09-07", "2018-09-09"],
        ),
        (
            -Duration(weeks=1, qualifier=Qualifier.ABOUT),
            "2018-09-08",
            {},
            ["2018-08-31", "2018-09-02"],
        ),
        (
            Duration(days=2, qualifier=Qualifier.ABOUT),
            "2021-01-01",
            {},
            ["2021-01-02", "2021-01-04"],
        ),
        (
            Duration(years=3, qualifier=Qualifier.ABOUT),
            "2018-09-01",
            {},
            ["2021-05-01", "2022-01-01"],
        ),
        (
            Duration(years=5, qualifier=Qualifier.ABOUT),
            "2000-01-01",
            {},
            ["2004-07-01", "2005-07-01"],
        ),
        (
            Duration(months=1, days=15, qualifier=Qualifier.ABOUT),
            "2021-01-01",
            {},
            ["2021-02-11", "2021-02-21"],
        ),
        (
            Duration(days=10, qualifier=Qualifier.ABOUT),
            "2021-01-01",
            {"about": 0.5},
            ["2021-01-06", "2021-01-16"],
        ),
    ],
)
def test_span_examples(duration, start, kwargs, expected):
    """Spans worked out by hand: "more than three years", "about a week", and so on."""
    assert span(duration, start, **kwargs) == expected


def test_spans_refuse_to_leave_the_range():
    """A target beyond 9999-12-31 is an error, not a wrapped date."""
    with pytest.raises(OutOfRangeError):
        Duration(years=1).span_from(cal.make_day(9999, 6, 1))


@given(
    INNER_DAYS,
    durations(qualifiers=[Qualifier.NEARLY], negative=False, max_years=20),
    st.sampled_from([0.0, 0.05, DEFAULT_ABOUT, 0.25]),
)
def test_nearly_is_about_on_the_short_side_only(day, duration, fraction):
    """'Nearly N' ends where N does and starts where 'about N' does."""
    about = attrs.evolve(duration, qualifier=Qualifier.ABOUT)
    lo, hi = duration.span_from(day, about=fraction)
    assert hi == brute_add(day, duration)
    assert lo == about.span_from(day, about=fraction)[0]


def test_nearly_four_years_ago_by_hand():
    """On 27 February 1998, 'nearly four years ago' is 43 to 48 months back (10% of 48 is 5)."""
    back = -Duration(years=4, qualifier=Qualifier.NEARLY)
    lo, hi = back.span_from(cal.make_day(1998, 2, 27))
    assert (cal.iso_of(lo), cal.iso_of(hi)) == ("1994-02-27", "1994-07-27")


def test_qualifier_values():
    """Qualifiers are named by their English words."""
    assert [q.value for q in Qualifier] == ["exact", "at least", "at most", "about", "nearly"]
    assert Qualifier("at least") is Qualifier.AT_LEAST
