"""JulianDate and GregorianDate: construction, comparison, arithmetic."""

from __future__ import annotations

import pickle
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

import oldstyle
from oldstyle import GregorianDate, InvalidDateError, JulianDate, _arith

ORDINALS = st.integers(-(10**8), 10**8)
DATE_ORDINALS = st.integers(1, date.max.toordinal())


def test_basic_fields_and_repr() -> None:
    d = JulianDate(1917, 10, 25)
    assert (d.year, d.month, d.day) == (1917, 10, 25)
    assert repr(d) == "JulianDate(1917, 10, 25)"
    assert str(d) == d.isoformat() == "1917-10-25"
    assert d.to_gregorian() == date(1917, 11, 7)
    assert d.jdn == 2421540
    assert d.weekday() == 2 and d.isoweekday() == 3  # a Wednesday
    assert d.to_tuple() == (1917, 10, 25)
    assert d.calendar == "julian" and GregorianDate.calendar == "gregorian"


def test_equality_and_hash_across_types() -> None:
    j = JulianDate(1917, 10, 25)
    g = GregorianDate(1917, 11, 7)
    d = date(1917, 11, 7)
    assert j == g == d and d == j and g == j
    assert hash(j) == hash(g) == hash(d)
    assert len({j, g, d}) == 1
    assert j != date(1917, 10, 25)
    assert j != (1917, 10, 25)
    assert j != "1917-10-25"


def test_datetime_is_not_a_day() -> None:
    j = JulianDate(1917, 10, 25)
    assert j != datetime(1917, 11, 7)
    with pytest.raises(TypeError):
        _ = j < datetime(1917, 11, 7)  # type: ignore[operator]


def test_ordering_against_date() -> None:
    j = JulianDate(1917, 10, 25)
    assert date(1917, 11, 6) < j < date(1917, 11, 8)
    assert j > date(1917, 11, 6) and j >= date(1917, 11, 7) and j <= date(1917, 11, 7)
    assert sorted([date(1917, 11, 8), j, GregorianDate(1917, 11, 6)]) == [
        date(1917, 11, 6),
        j,
        date(1917, 11, 8),
    ]
    with pytest.raises(TypeError):
        _ = j < 5  # type: ignore[operator]


def test_arithmetic() -> None:
    j = JulianDate(1700, 2, 28)
    assert j + timedelta(days=1) == JulianDate(1700, 2, 29)
    assert timedelta(days=1) + j == JulianDate(1700, 2, 29)
    assert isinstance(j + timedelta(days=1), JulianDate)
    assert j - timedelta(days=28) == JulianDate(1700, 1, 31)
    assert JulianDate(1752, 9, 3) - JulianDate(1752, 9, 2) == timedelta(days=1)
    assert date(1752, 9, 14) - JulianDate(1752, 9, 2) == timedelta(days=1)
    assert JulianDate(1752, 9, 3) - date(1752, 9, 13) == timedelta(days=1)
    assert GregorianDate(1, 1, 1) - timedelta(days=1) == GregorianDate(0, 12, 31)


def test_out_of_datetime_range() -> None:
    caesar = JulianDate(-43, 3, 15)
    g = caesar.to_gregorian()
    assert isinstance(g, GregorianDate)
    assert g == GregorianDate(-43, 3, 13)
    assert g.isoformat() == "-0043-03-13"
    assert JulianDate(10000, 1, 1).isoformat() == "+10000-01-01"
    with pytest.raises(InvalidDateError, match=r"outside datetime\.date"):
        g.to_date()
    assert hash(g) == hash(caesar)


def test_from_gregorian_and_back() -> None:
    assert JulianDate.from_gregorian(date(1582, 10, 15)) == JulianDate(1582, 10, 5)
    assert JulianDate.from_gregorian((1582, 10, 15)) == JulianDate(1582, 10, 5)
    assert GregorianDate.from_julian((1700, 2, 29)) == date(1700, 3, 11)
    assert GregorianDate.from_julian(JulianDate(1700, 2, 29)).to_julian() == JulianDate(1700, 2, 29)
    assert JulianDate(1700, 2, 29).offset() == 11
    with pytest.raises(InvalidDateError, match="not a Gregorian date"):
        JulianDate.from_gregorian((1700, 2, 29))


@given(ORDINALS)
def test_ordinal_round_trip(n: int) -> None:
    j = JulianDate.fromordinal(n)
    g = GregorianDate.fromordinal(n)
    assert j.toordinal() == g.toordinal() == n
    assert j == g
    assert JulianDate(j.year, j.month, j.day) == j
    assert JulianDate.fromisoformat(j.isoformat()) == j
    assert GregorianDate.fromisoformat(g.isoformat()) == g
    assert JulianDate.fromjdn(j.jdn) == j
    assert j.to_gregorian_date() == g and g.to_julian() == j


@given(DATE_ORDINALS, st.integers(-5000, 5000))
def test_arithmetic_matches_datetime(n: int, k: int) -> None:
    d = date.fromordinal(n)
    j = JulianDate.fromordinal(n)
    try:
        expected = d + timedelta(days=k)
    except OverflowError:
        return
    assert j + timedelta(days=k) == expected
    assert (j + timedelta(days=k)) - j == timedelta(days=k)
    assert j.weekday() == d.weekday() and j.isoweekday() == d.isoweekday()
    assert hash(j) == hash(d)


@given(ORDINALS, ORDINALS)
def test_order_follows_ordinal(a: int, b: int) -> None:
    ja, gb = JulianDate.fromordinal(a), GregorianDate.fromordinal(b)
    assert (ja < gb) == (a < b)
    assert (ja == gb) == (a == b)
    assert (ja >= gb) == (a >= b)


def test_immutable_pickle_and_replace() -> None:
    j = JulianDate(1732, 2, 11)
    with pytest.raises(AttributeError):
        j.year = 1733  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(j)) == j
    assert type(pickle.loads(pickle.dumps(j))) is JulianDate
    assert j.replace(day=29) == JulianDate(1732, 2, 29)
    with pytest.raises(InvalidDateError, match="not a Julian date"):
        j.replace(day=30)


@pytest.mark.parametrize(
    "text",
    ["1917-10-32", "1917/10/25", "25 October 1917", "", "1917-1-5", "-43-03-15", "1917-10-25x", "١٩١٧-١٠-٢٥"],
)
def test_fromisoformat_garbage(text: str) -> None:
    with pytest.raises(InvalidDateError):
        JulianDate.fromisoformat(text)


@pytest.mark.parametrize("bad", [None, 1917, b"1917-10-25", 3.5])
def test_constructors_reject_wrong_types(bad: object) -> None:
    with pytest.raises(InvalidDateError):
        JulianDate.fromisoformat(bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidDateError):
        JulianDate.from_date(bad)
    if not isinstance(bad, int):
        with pytest.raises(InvalidDateError):
            JulianDate.fromordinal(bad)  # type: ignore[arg-type]


class _MyInt(int):
    """An int subclass, as numpy's integers and IntEnum members are."""


@given(st.integers(-(10**6), 10**6), st.integers(-2, 14), st.integers(-2, 33))
def test_julian_constructor_agrees_with_validation(year: int, month: int, day: int) -> None:
    # JulianDate.__init__ writes out core.julian_to_ordinal's fast path; it
    # must accept and reject exactly what validation does, with the same ordinal.
    if oldstyle.is_valid(year, month, day, "julian"):
        d = JulianDate(year, month, day)
        assert d.toordinal() == _arith.julian_to_ordinal(year, month, day)
        assert d.to_tuple() == (year, month, day)
        sub = JulianDate(_MyInt(year), _MyInt(month), _MyInt(day))
        assert sub == d and all(type(x) is int for x in sub.to_tuple())
    else:
        with pytest.raises(InvalidDateError, match=r"not a Julian date|out of range"):
            JulianDate(year, month, day)


@pytest.mark.parametrize("bad", [True, 3.0, "3", None])
def test_julian_constructor_rejects_non_ints(bad: object) -> None:
    for args in ((bad, 1, 1), (1917, bad, 1), (1917, 1, bad)):
        with pytest.raises(InvalidDateError, match="must be an int"):
            JulianDate(*args)  # type: ignore[arg-type]


def test_to_gregorian_outside_datetime_range() -> None:
    assert JulianDate(10_000, 1, 1).to_gregorian() == GregorianDate(10_000, 3, 14)  # 73 days ahead
    assert type(JulianDate(-43, 3, 15).to_gregorian()) is GregorianDate
    assert type(JulianDate(1, 1, 3).to_gregorian()) is date  # Gregorian 0001-01-01


def test_jdn_offset_constant() -> None:
    assert GregorianDate(2000, 1, 1).jdn == 2451545 == date(2000, 1, 1).toordinal() + _arith.JDN_OFFSET
    assert JulianDate.fromjdn(0) == JulianDate(-4712, 1, 1)


# --- issue 11: nothing outside the error family ---------------------------------


def test_a_difference_beyond_timedelta_is_a_library_error() -> None:
    far = JulianDate(10**7, 1, 1)
    for difference in (
        lambda: far - date(1, 1, 1),
        lambda: date(1, 1, 1) - far,
        lambda: far - JulianDate(1, 1, 1),
    ):
        with pytest.raises(InvalidDateError, match="beyond timedelta"):
            difference()
    assert JulianDate(2000, 1, 1) - JulianDate(1999, 12, 31) == timedelta(days=1)


@pytest.mark.parametrize("bad", [(1917, 11), (), (1917, 11, 7, 1), ("1917", 11, 7)])
def test_from_gregorian_and_from_julian_take_three_ints(bad: tuple[object, ...]) -> None:
    with pytest.raises(InvalidDateError):
        JulianDate.from_gregorian(bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidDateError):
        GregorianDate.from_julian(bad)  # type: ignore[arg-type]
    assert JulianDate.from_gregorian((1917, 11, 7)) == JulianDate(1917, 10, 25)
