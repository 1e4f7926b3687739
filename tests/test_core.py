"""The arithmetic core and the validated conversion functions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import oldstyle
from oldstyle import _arith, core
from tests.conftest import load_vectors

YEARS = st.integers(min_value=-1_000_000, max_value=1_000_000)
ORDINALS = st.integers(
    min_value=_arith.julian_to_ordinal(-1_000_000, 1, 1),
    max_value=_arith.julian_to_ordinal(1_000_000, 12, 31),
)


@st.composite
def julian_dates(draw: st.DrawFn, years: st.SearchStrategy[int] = YEARS) -> tuple[int, int, int]:
    year = draw(years)
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, oldstyle.days_in_month(year, month, "julian")))
    return year, month, day


@st.composite
def gregorian_dates(draw: st.DrawFn, years: st.SearchStrategy[int] = YEARS) -> tuple[int, int, int]:
    year = draw(years)
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, oldstyle.days_in_month(year, month, "gregorian")))
    return year, month, day


# --- an independent formula: Meeus, Astronomical Algorithms, ch. 7 ----------
# Written here from the book's description, separately from oldstyle._arith,
# in integer form (JD at noon = JDN).  Meeus counts years astronomically.


def meeus_jdn(year: int, month: int, day: int, gregorian: bool) -> int:
    if month <= 2:
        year -= 1
        month += 12
    b = 0
    if gregorian:
        a = year // 100
        b = 2 - a + a // 4
    # INT(365.25 * (Y + 4716)) with floor for negative years, in integers.
    return (1461 * (year + 4716)) // 4 + (306 * (month + 1)) // 10 + day + b - 1524


def meeus_from_jdn(jdn: int, gregorian: bool) -> tuple[int, int, int]:
    a = jdn
    if gregorian:
        alpha = (4 * jdn - 7468865) // 146097  # INT((Z - 1867216.25) / 36524.25)
        a = jdn + 1 + alpha - alpha // 4
    b = a + 1524
    c = (20 * b - 2442) // 7305  # INT((B - 122.1) / 365.25)
    d = (1461 * c) // 4
    e = (10000 * (b - d)) // 306001  # INT((B - D) / 30.6001)
    day = b - d - (306001 * e) // 10000
    month = e - 1 if e < 14 else e - 13
    year = c - 4716 if month > 2 else c - 4715
    return year, month, day


# --- properties -------------------------------------------------------------


@given(julian_dates())
def test_julian_round_trip(jd: tuple[int, int, int]) -> None:
    assert oldstyle.gregorian_to_julian(*oldstyle.julian_to_gregorian(*jd)) == jd


@given(gregorian_dates())
def test_gregorian_round_trip(gd: tuple[int, int, int]) -> None:
    assert oldstyle.julian_to_gregorian(*oldstyle.gregorian_to_julian(*gd)) == gd


@given(ORDINALS)
def test_next_day_maps_to_next_day(n: int) -> None:
    j0, j1 = oldstyle.ordinal_to_julian(n), oldstyle.ordinal_to_julian(n + 1)
    g0, g1 = oldstyle.julian_to_gregorian(*j0), oldstyle.julian_to_gregorian(*j1)
    assert j0 < j1 and g0 < g1  # tuples order like dates within one calendar
    assert oldstyle.julian_to_ordinal(*j1) == oldstyle.julian_to_ordinal(*j0) + 1
    assert oldstyle.gregorian_to_ordinal(*g1) == oldstyle.gregorian_to_ordinal(*g0) + 1


@given(st.integers(1, dt.date.max.toordinal()))
def test_agrees_with_datetime(n: int) -> None:
    d = dt.date.fromordinal(n)
    assert oldstyle.ordinal_to_gregorian(n) == (d.year, d.month, d.day)
    assert oldstyle.gregorian_to_ordinal(d.year, d.month, d.day) == n
    assert _arith.ordinal_to_gregorian(n) == (d.year, d.month, d.day)
    julian = oldstyle.gregorian_to_julian(d.year, d.month, d.day)
    assert oldstyle.JulianDate(*julian) == d


@given(julian_dates(st.integers(-4712, 1_000_000)))
def test_julian_agrees_with_meeus(jd: tuple[int, int, int]) -> None:
    jdn = meeus_jdn(*jd, gregorian=False)
    assert oldstyle.julian_to_ordinal(*jd) + oldstyle.JDN_OFFSET == jdn
    assert meeus_from_jdn(jdn, gregorian=False) == jd


@given(gregorian_dates(st.integers(-4712, 1_000_000)))
def test_gregorian_agrees_with_meeus(gd: tuple[int, int, int]) -> None:
    jdn = meeus_jdn(*gd, gregorian=True)
    assert oldstyle.gregorian_to_ordinal(*gd) + oldstyle.JDN_OFFSET == jdn
    assert meeus_from_jdn(jdn, gregorian=True) == gd


@given(julian_dates())
def test_fast_paths_agree_with_formulas(jd: tuple[int, int, int]) -> None:
    n = _arith.julian_to_ordinal(*jd)
    assert oldstyle.julian_to_ordinal(*jd) == n
    assert oldstyle.ordinal_to_julian(n) == jd == _arith.ordinal_to_julian(n)
    g = _arith.ordinal_to_gregorian(n)
    assert oldstyle.ordinal_to_gregorian(n) == g
    assert oldstyle.gregorian_to_ordinal(*g) == n == _arith.gregorian_to_ordinal(*g)


@given(julian_dates())
def test_offset_is_julian_day_count_to_gregorian_label(jd: tuple[int, int, int]) -> None:
    # Independent definition: every Gregorian label is also a Julian label,
    # and the offset is the Julian-calendar day count between the two labels.
    g = oldstyle.julian_to_gregorian(*jd)
    assert oldstyle.offset(*jd) == _arith.julian_to_ordinal(*g) - _arith.julian_to_ordinal(*jd)
    assert oldstyle.offset(*g, calendar="gregorian") == oldstyle.offset(*jd)


@given(ORDINALS)
def test_weekday_continuity(n: int) -> None:
    a = oldstyle.JulianDate.fromordinal(n)
    b = oldstyle.JulianDate.fromordinal(n + 1)
    assert b.weekday() == (a.weekday() + 1) % 7
    assert a.weekday() == a.to_gregorian_date().weekday()
    # (JDN + 1) mod 7 with 0 = Sunday, the rule in the reference notes.
    assert (a.jdn + 1) % 7 == a.isoweekday() % 7


def test_consecutive_days_over_two_gregorian_cycles() -> None:
    start = _arith.gregorian_to_ordinal(1500, 1, 1)
    previous = oldstyle.ordinal_to_julian(start - 1)
    for n in range(start, start + 2 * 146097):
        j = oldstyle.ordinal_to_julian(n)
        assert j > previous
        previous = j
        assert oldstyle.julian_to_ordinal(*j) == n


# --- tables and edge cases ---------------------------------------------------


@pytest.mark.parametrize("row", load_vectors(), ids=lambda r: r["event"][:40])
def test_reference_vectors(row: dict[str, str]) -> None:
    julian = oldstyle.JulianDate.fromisoformat(row["julian_date_iso"])
    gregorian = dt.date.fromisoformat(row["gregorian_date_iso"])
    assert julian.to_gregorian() == gregorian
    assert julian == gregorian
    assert oldstyle.gregorian_to_julian(gregorian.year, gregorian.month, gregorian.day) == julian.to_tuple()


@pytest.mark.parametrize(
    ("julian", "gregorian"),
    [
        ((1582, 10, 4), (1582, 10, 14)),
        ((1582, 10, 5), (1582, 10, 15)),
        ((1700, 2, 18), (1700, 2, 28)),
        ((1700, 2, 19), (1700, 3, 1)),
        ((1700, 2, 29), (1700, 3, 11)),
        ((1800, 2, 29), (1800, 3, 12)),
        ((1900, 2, 29), (1900, 3, 13)),
        ((1752, 9, 2), (1752, 9, 13)),
        ((1752, 9, 3), (1752, 9, 14)),
        ((2100, 2, 15), (2100, 2, 28)),
        ((2100, 2, 16), (2100, 3, 1)),
        ((1, 1, 1), (0, 12, 30)),
        ((0, 1, 1), (-1, 12, 30)),
        ((-43, 3, 15), (-43, 3, 13)),
        ((200, 3, 1), (200, 3, 1)),
        ((300, 2, 29), (300, 3, 1)),
        ((-4712, 1, 1), (-4713, 11, 24)),
    ],
)
def test_known_pairs(julian: tuple[int, int, int], gregorian: tuple[int, int, int]) -> None:
    assert oldstyle.julian_to_gregorian(*julian) == gregorian
    assert oldstyle.gregorian_to_julian(*gregorian) == julian


def test_jdn_anchors() -> None:
    assert oldstyle.JulianDate(-4712, 1, 1).jdn == 0
    assert oldstyle.GregorianDate(1582, 10, 15).jdn == 2299161
    assert oldstyle.JulianDate(1582, 10, 4).jdn == 2299160
    assert oldstyle.GregorianDate(2000, 1, 1).jdn == 2451545


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ((1582, 10, 5), 10),
        ((1700, 2, 18), 10),
        ((1700, 2, 19), 11),
        ((1700, 2, 29), 11),
        ((1800, 2, 17), 11),
        ((1800, 2, 18), 12),
        ((1917, 10, 25), 13),
        ((2099, 12, 31), 13),
        ((2100, 2, 15), 13),
        ((2100, 2, 16), 14),
        ((1389, 10, 25), 8),
        ((250, 1, 1), 0),
        ((200, 2, 29), -1),
        ((200, 3, 1), 0),
        ((150, 1, 1), -1),
        ((-43, 3, 15), -2),
    ],
)
def test_offset_table(date: tuple[int, int, int], expected: int) -> None:
    assert oldstyle.offset(*date) == expected


def test_leap_years() -> None:
    assert oldstyle.is_leap(1700, "julian") and not oldstyle.is_leap(1700, "gregorian")
    assert oldstyle.is_leap(2000, "gregorian") and oldstyle.is_leap(0, "julian")
    assert oldstyle.is_leap(-4, "os") and not oldstyle.is_leap(-1, "julian")
    assert oldstyle.days_in_month(1700, 2, "julian") == 29
    assert oldstyle.days_in_month(1700, 2, "gregorian") == 28
    assert oldstyle.days_in_year(1900, "gregorian") == 365
    assert oldstyle.days_in_year(1900, "julian") == 366


def test_gregorian_1700_02_29_does_not_exist() -> None:
    with pytest.raises(oldstyle.InvalidDateError, match="1700 is not a Gregorian leap year"):
        oldstyle.gregorian_to_julian(1700, 2, 29)
    assert oldstyle.julian_to_gregorian(1700, 2, 29) == (1700, 3, 11)


# --- garbage ---------------------------------------------------------------

GARBAGE_ARGS = [
    (1900, 2, 29, "gregorian", "1900-02-29 is not a Gregorian date: 1900 is not a Gregorian leap year"),
    (1917, 13, 1, "julian", "month 13 is out of range"),
    (1917, 0, 1, "julian", "month 0 is out of range"),
    (1917, 1, 0, "julian", "1917-01-00 is not a Julian date"),
    (1917, 1, -5, "julian", "not a Julian date"),
    (1917, 4, 31, "julian", "April 1917 has 30 days"),
    (1917, 2, 29, "julian", "1917 is not a Julian leap year"),
    (1712, 2, 30, "julian", "February 1712 has 29 days"),  # Sweden's 30th is the region layer's (test_sweden)
    (True, 1, 1, "julian", "year must be an int, not bool"),
    (1917.0, 1, 1, "julian", r"pass int\(1917.0\)"),
    ("1917", 1, 1, "julian", "year must be an int, not str"),
    (1917, None, 1, "julian", "month must be an int, not NoneType"),
    (1917, 1, 1.5, "gregorian", "day must be an int, not float"),
]


@pytest.mark.parametrize(("y", "m", "d", "cal", "message"), GARBAGE_ARGS)
def test_garbage_is_rejected_clearly(y: object, m: object, d: object, cal: str, message: str) -> None:
    func = oldstyle.julian_to_gregorian if cal == "julian" else oldstyle.gregorian_to_julian
    for f in (func, lambda *a: oldstyle.offset(*a, calendar=cal), lambda *a: oldstyle.validate(*a, cal)):
        with pytest.raises(oldstyle.InvalidDateError, match=message):
            f(y, m, d)
    assert not oldstyle.is_valid(y, m, d, cal)
    cls = oldstyle.JulianDate if cal == "julian" else oldstyle.GregorianDate
    with pytest.raises(oldstyle.InvalidDateError):
        cls(y, m, d)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["", "tuesday", None, 3, "julian-ish"])
def test_bad_calendar_name(bad: object) -> None:
    with pytest.raises(oldstyle.InvalidDateError, match="unknown calendar"):
        oldstyle.is_leap(2000, bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [1.0, "5", None, True])
def test_bad_ordinals_and_years(bad: object) -> None:
    with pytest.raises(oldstyle.InvalidDateError):
        oldstyle.ordinal_to_julian(bad)  # type: ignore[arg-type]
    with pytest.raises(oldstyle.InvalidDateError):
        oldstyle.ordinal_to_gregorian(bad)  # type: ignore[arg-type]
    with pytest.raises(oldstyle.InvalidDateError):
        oldstyle.is_leap(bad)  # type: ignore[arg-type]
    with pytest.raises(oldstyle.InvalidDateError):
        oldstyle.days_in_month(2000, bad)  # type: ignore[arg-type]


def test_errors_are_value_errors() -> None:
    assert issubclass(oldstyle.InvalidDateError, ValueError)
    assert issubclass(oldstyle.NonexistentDateError, oldstyle.InvalidDateError)
    assert issubclass(oldstyle.DateParseError, oldstyle.OldstyleError)


@given(st.integers(-(10**7), 10**7), st.integers(-50, 50), st.integers(-50, 50))
def test_arbitrary_triples_convert_or_raise_invalid(y: int, m: int, d: int) -> None:
    assume(not (1 <= m <= 12 and 1 <= d <= 28))
    try:
        g = oldstyle.julian_to_gregorian(y, m, d)
    except oldstyle.InvalidDateError:
        assert not oldstyle.is_valid(y, m, d)
    else:
        assert oldstyle.gregorian_to_julian(*g) == (y, m, d)


@given(julian_dates(st.integers(-1100, 4000)))
def test_shift_path_matches_the_formulas(jd: tuple[int, int, int]) -> None:
    # These years take the label-shifting fast path (oldstyle.cycles); check it
    # against _arith's ordinal formulas (tests/test_fast_paths.py has the other ranges).
    g = _arith.ordinal_to_gregorian(_arith.julian_to_ordinal(*jd))
    assert oldstyle.julian_to_gregorian(*jd) == g
    assert oldstyle.gregorian_to_julian(*g) == jd


def test_every_day_of_the_shift_tables() -> None:
    # All 1.8 million days of years -1001..3900, where most records come from,
    # both directions, against _arith's ordinal formulas (about 4 s).
    first = _arith.julian_to_ordinal(-1001, 1, 1)
    last = _arith.julian_to_ordinal(3901, 1, 1)
    wrong = []
    for n in range(first, last):
        jd, g = _arith.ordinal_to_julian(n), _arith.ordinal_to_gregorian(n)
        if oldstyle.julian_to_gregorian(*jd) != g or oldstyle.gregorian_to_julian(*g) != jd:
            wrong.append((jd, g))
    assert wrong == []


@pytest.mark.parametrize("bad_day", [0, -1, 32, 10**20])
@pytest.mark.parametrize("year", [-1001, -1000, 1, 1700, 3899, 3900])
def test_shift_tables_reject_days_outside_the_month(year: int, bad_day: int) -> None:
    for month in (1, 2, 3, 12):
        with pytest.raises(oldstyle.InvalidDateError, match="is not a Julian date"):
            oldstyle.julian_to_gregorian(year, month, bad_day)
        with pytest.raises(oldstyle.InvalidDateError, match="is not a Gregorian date"):
            oldstyle.gregorian_to_julian(year, month, bad_day)


@pytest.mark.parametrize(
    "first_year", [-1001, -101, 99, 199, 299, 1499, 1582, 1699, 1799, 1899, 2099, 3799, 3899]
)
def test_every_day_near_century_steps(first_year: int) -> None:
    start = _arith.julian_to_ordinal(first_year, 1, 1)
    for n in range(start, start + 3 * 366):
        jd = _arith.ordinal_to_julian(n)
        g = _arith.ordinal_to_gregorian(n)
        assert oldstyle.julian_to_gregorian(*jd) == g
        assert oldstyle.gregorian_to_julian(*g) == jd


class _Year(int):
    """An int subclass, as numpy's integers and IntEnum members are."""


@pytest.mark.parametrize(
    ("convert", "args"),
    [
        (oldstyle.julian_to_gregorian, (1917, 10, 25)),
        (oldstyle.gregorian_to_julian, (1917, 11, 7)),
        (oldstyle.julian_to_ordinal, (1700, 2, 29)),
        (oldstyle.gregorian_to_ordinal, (1582, 10, 15)),
        (oldstyle.julian_to_gregorian, (-44, 3, 15)),
    ],
)
def test_int_subclasses_take_the_validated_path_to_the_same_answer(
    convert: Callable[[int, int, int], object], args: tuple[int, int, int]
) -> None:
    # The fast paths admit exact ints only; int subclasses must still convert,
    # to plain ints, and bools must still be refused.
    expected = convert(*args)
    for i in range(3):
        mixed = list(args)
        mixed[i] = _Year(args[i])
        got = convert(*mixed)
        assert got == expected
        assert all(type(x) is int for x in (got if isinstance(got, tuple) else (got,)))
    with pytest.raises(oldstyle.InvalidDateError, match="not bool"):
        convert(args[0], True, args[2])


def test_numpy_integers_are_integers() -> None:
    # Rows from NumPy arrays and pandas columns come as NumPy scalars, which
    # are not int subclasses; they convert, to plain ints, like ints do.
    np = pytest.importorskip("numpy")
    got = oldstyle.julian_to_gregorian(np.int64(1917), np.uint8(10), np.int32(25))
    assert got == (1917, 11, 7) and all(type(x) is int for x in got)
    assert oldstyle.gregorian_to_julian(np.int16(1700), np.int8(3), np.int64(11)) == (1700, 2, 29)
    assert oldstyle.ordinal_to_julian(np.int64(700_000)) == oldstyle.ordinal_to_julian(700_000)
    assert oldstyle.JulianDate(np.int64(1917), 10, 25).to_tuple() == (1917, 10, 25)
    with pytest.raises(oldstyle.InvalidDateError, match="not bool"):
        oldstyle.julian_to_gregorian(1917, np.True_, 1)
    with pytest.raises(oldstyle.InvalidDateError, match=r"pass int\("):
        oldstyle.julian_to_gregorian(np.float64(1917.0), 10, 25)


# --- issue 11: nothing outside the error family ---------------------------------


@pytest.mark.parametrize(
    "args",
    [(10**5000, 13, 1), (10**5000, 2, 30), (1, 10**5000, 1), (1917, 1, -(10**5000)), (-(10**5000), 1, 40)],
)
def test_huge_ints_never_escape_the_error_family(args: tuple[int, int, int]) -> None:
    # str() of an int over 4,300 digits raises a plain ValueError; messages abbreviate instead.
    for calendar in ("julian", "gregorian"):
        assert oldstyle.is_valid(*args, calendar) is False
        with pytest.raises(oldstyle.InvalidDateError, match="digit number"):
            oldstyle.validate(*args, calendar)


def test_huge_years_convert_and_abbreviate() -> None:
    assert oldstyle.is_valid(10**5000, 1, 1)
    assert oldstyle.gregorian_to_julian(*oldstyle.julian_to_gregorian(10**5000, 1, 1)) == (10**5000, 1, 1)
    assert core.number_text(10**5000) == "<5001-digit number>"
    assert core.number_text(-(10**30)) == "-<31-digit number>"
    assert core.number_text(-1917) == "-1917"
    assert repr(oldstyle.JulianDate(10**5000, 1, 1)) == "JulianDate(<5001-digit number>, 1, 1)"
    with pytest.raises(oldstyle.InvalidDateError, match="too long to write"):
        oldstyle.format_iso(10**5000, 1, 1)
    with pytest.raises(oldstyle.InvalidDateError, match="5,000 digits"):
        oldstyle.JulianDate.fromisoformat("9" * 5000 + "-01-01")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((1917, 13, 45), "month 13 is out of range"),
        ((True, False, 1), "year must be an int, not bool"),
        ((1917, 1, 45), "day 45 is out of range"),
        ((1917, 1, 0), "day 0 is out of range"),
        ((1917.0, 1, 1), "not float"),
    ],
)
def test_format_iso_validates(args: tuple[object, object, object], message: str) -> None:
    with pytest.raises(oldstyle.InvalidDateError, match=message):
        oldstyle.format_iso(*args)  # type: ignore[arg-type]


def test_format_iso_writes_any_calendars_labels() -> None:
    assert oldstyle.format_iso(1712, 2, 30) == "1712-02-30"  # Sweden's
    assert oldstyle.format_iso(-43, 3, 15) == "-0043-03-15"
    assert oldstyle.format_iso(12345, 1, 1) == "+12345-01-01"


def test_choices_lookup_is_the_one_alias_chooser() -> None:
    from oldstyle.choices import lookup

    table = {"lady_day": "lady_day", "os": "julian", "o.s.": "julian"}
    assert lookup(" Lady Day ", table) == "lady_day"
    assert lookup("lady-day", table) == "lady_day"
    assert lookup("O.S.", table) == "julian"
    for bad in ("", "ladyday", None, 3, b"os"):
        assert lookup(bad, table) is None
    assert oldstyle.calendar_name(" N.S. ") == "gregorian"
