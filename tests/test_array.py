"""oldstyle.array: bulk conversion gives exactly the scalar functions' answers."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import oldstyle
from oldstyle import _arith, array

BIG = 10**9
YEARS = st.one_of(
    st.integers(-3000, 4000),  # BC years, the reform centuries, the near future
    st.integers(-BIG, BIG),  # huge years
    st.sampled_from([-array.MAX_ABS_YEAR, array.MAX_ABS_YEAR - 1]),  # the edges of the range
)


@st.composite
def dates(draw: st.DrawFn, calendar: str) -> tuple[int, int, int]:
    year = draw(YEARS)
    month = draw(st.integers(1, 12))
    return year, month, draw(st.integers(1, oldstyle.days_in_month(year, month, calendar)))


def columns(rows: list[tuple[int, int, int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    y, m, d = zip(*rows, strict=True)
    return np.array(y, dtype=np.int64), np.array(m, dtype=np.int64), np.array(d, dtype=np.int64)


def rows_of(arrays: tuple[np.ndarray, ...]) -> list[tuple[int, ...]]:
    return list(zip(*(a.tolist() for a in arrays), strict=True))


# --- agreement with the scalar functions --------------------------------------------


@given(st.lists(dates("julian"), min_size=1, max_size=40))
def test_julian_to_gregorian_matches_scalar(rows: list[tuple[int, int, int]]) -> None:
    assert rows_of(array.julian_to_gregorian(*columns(rows))) == [
        oldstyle.julian_to_gregorian(*r) for r in rows
    ]
    assert array.julian_to_ordinal(*columns(rows)).tolist() == [oldstyle.julian_to_ordinal(*r) for r in rows]


@given(st.lists(dates("gregorian"), min_size=1, max_size=40))
def test_gregorian_to_julian_matches_scalar(rows: list[tuple[int, int, int]]) -> None:
    assert rows_of(array.gregorian_to_julian(*columns(rows))) == [
        oldstyle.gregorian_to_julian(*r) for r in rows
    ]
    expected = [oldstyle.gregorian_to_ordinal(*r) for r in rows]
    assert array.gregorian_to_ordinal(*columns(rows)).tolist() == expected


@given(st.lists(st.integers(-array.MAX_ABS_ORDINAL, array.MAX_ABS_ORDINAL), min_size=1, max_size=40))
def test_ordinals_match_scalar(ordinals: list[int]) -> None:
    n = np.array(ordinals, dtype=np.int64)
    assert rows_of(array.ordinal_to_julian(n)) == [oldstyle.ordinal_to_julian(i) for i in ordinals]
    assert rows_of(array.ordinal_to_gregorian(n)) == [oldstyle.ordinal_to_gregorian(i) for i in ordinals]


def test_every_day_of_years_minus_10_to_4100_matches_scalar() -> None:
    # Every day across BC years, all reform centuries and the scalar shift path's ends.
    n = np.arange(_arith.julian_to_ordinal(-10, 1, 1), _arith.julian_to_ordinal(4100, 1, 1))
    julian = rows_of(array.ordinal_to_julian(n))
    gregorian = rows_of(array.ordinal_to_gregorian(n))
    assert gregorian == [oldstyle.julian_to_gregorian(*j) for j in julian]
    assert julian == [oldstyle.gregorian_to_julian(*g) for g in gregorian]
    assert (array.julian_to_ordinal(*columns(julian)) == n).all()
    assert (array.gregorian_to_ordinal(*columns(gregorian)) == n).all()
    assert rows_of(array.julian_to_gregorian(*columns(julian))) == gregorian
    assert rows_of(array.gregorian_to_julian(*columns(gregorian))) == julian


@pytest.mark.parametrize(
    "century", [-300, -100, 100, 200, 300, 500, 1300, 1500, 1700, 1800, 1900, 2100, 3900]
)
def test_julian_29_february_of_century_years(century: int) -> None:
    y, m, d = array.julian_to_gregorian(np.array([century]), np.array([2]), np.array([29]))
    assert (y[0], m[0], d[0]) == oldstyle.julian_to_gregorian(century, 2, 29)


def test_known_days() -> None:
    y, m, d = array.julian_to_gregorian([1917, 1700, 1582, -43], [10, 2, 10, 3], [25, 29, 4, 15])
    assert rows_of((y, m, d)) == [(1917, 11, 7), (1700, 3, 11), (1582, 10, 14), (-43, 3, 13)]
    assert y.dtype == np.int64 and m.dtype == np.int64 and d.dtype == np.int64


# --- datetime64 (proleptic Gregorian) -------------------------------------------------


def test_datetime64_round_trip() -> None:
    days = array.julian_to_datetime64([1917, 1582], [10, 10], [25, 5])
    assert days.dtype == np.dtype("datetime64[D]")
    assert days.tolist()[0].isoformat() == "1917-11-07"
    assert str(days[1]) == "1582-10-15"
    assert rows_of(array.datetime64_to_julian(days)) == [(1917, 10, 25), (1582, 10, 5)]


def test_datetime64_of_other_units_drops_the_time_of_day() -> None:
    stamps = np.array(["1917-11-07T23:59", "1752-09-14T00:00"], dtype="datetime64[m]")
    assert rows_of(array.datetime64_to_julian(stamps)) == [(1917, 10, 25), (1752, 9, 3)]
    assert array.datetime64_to_ordinal(stamps).tolist() == [
        oldstyle.gregorian_to_ordinal(1917, 11, 7),
        oldstyle.gregorian_to_ordinal(1752, 9, 14),
    ]


@given(st.lists(st.integers(-(10**9), 10**9), min_size=1, max_size=20))
def test_ordinal_datetime64_round_trip(ordinals: list[int]) -> None:
    days = array.ordinal_to_datetime64(ordinals)
    assert array.datetime64_to_ordinal(days).tolist() == ordinals


def test_nat_is_reported_with_its_row() -> None:
    values = np.array(["1917-11-07", "NaT"], dtype="datetime64[D]")
    with pytest.raises(oldstyle.InvalidDateError, match=r"row 1: NaT \(a missing date\)"):
        array.datetime64_to_julian(values)


# --- shapes -----------------------------------------------------------------------------


def test_scalars_broadcast_and_shapes_are_kept() -> None:
    y, m, d = array.julian_to_gregorian(np.array([[1917, 1918], [1700, 1701]]), 2, 1)
    assert y.shape == m.shape == d.shape == (2, 2)
    assert (y[1, 0], m[1, 0], d[1, 0]) == oldstyle.julian_to_gregorian(1700, 2, 1)


def test_empty_input_gives_empty_output() -> None:
    y, m, d = array.gregorian_to_julian(np.array([], dtype=np.int64), [], [])
    assert y.size == m.size == d.size == 0


def test_many_blocks() -> None:
    n = np.arange(700_000, 800_000)  # several blocks of the internal loop
    y, m, d = array.ordinal_to_julian(n)
    assert (array.julian_to_ordinal(y, m, d) == n).all()


# --- validation: our own error, the first bad row, its value and the reason -----------------


def test_first_bad_row_is_reported_with_the_scalar_reason() -> None:
    years = np.full(50_000, 1900)
    days = np.full(50_000, 28)
    days[[40_000, 45_000]] = 29  # the first bad row sits in a later block
    with pytest.raises(oldstyle.InvalidDateError) as error:
        array.gregorian_to_julian(years, 2, days)
    assert str(error.value) == (
        "row 40000: 1900-02-29 is not a Gregorian date: "
        "1900 is not a Gregorian leap year (it is a Julian one)"
    )


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([(1917, 10, 25), (1917, 13, 1)], r"row 1: month 13 is out of range in 1917-13-01"),
        ([(1917, 0, 25)], r"row 0: month 0 is out of range"),
        ([(1917, 4, 31)], r"row 0: 1917-04-31 is not a Julian date: April 1917 has 30 days"),
        ([(1917, 4, 0)], r"row 0: 1917-04-00 is not a Julian date"),
        ([(1917, 4, -3)], r"row 0: 1917-04-\(-3\) is not a Julian date"),
        ([(1701, 2, 29)], r"row 0: 1701-02-29 is not a Julian date: 1701 is not a Julian leap year"),
        ([(10**13, 1, 1)], r"row 0: year 10000000000000 is outside the years the bulk functions handle"),
    ],
)
def test_bad_julian_rows(rows: list[tuple[int, int, int]], message: str) -> None:
    with pytest.raises(oldstyle.InvalidDateError, match=message):
        array.julian_to_gregorian(*columns(rows))


def test_two_dimensional_rows_are_named_by_index() -> None:
    days = np.array([[1, 2], [3, 32]])
    with pytest.raises(oldstyle.InvalidDateError, match=r"row \(1, 1\): 1917-01-32"):
        array.julian_to_ordinal(1917, 1, days)


@pytest.mark.parametrize(
    "bad",
    [np.array([1917.0]), np.array([True]), np.array(["1917"]), [1917.5], np.array([None], dtype=object)],
)
def test_non_integer_columns_are_refused(bad: object) -> None:
    with pytest.raises(oldstyle.InvalidDateError, match="year must be an integer array, not dtype"):
        array.julian_to_gregorian(bad, [1], [1])  # type: ignore[arg-type]


def test_mismatched_lengths_are_refused() -> None:
    with pytest.raises(oldstyle.InvalidDateError, match="must have the same length"):
        array.julian_to_gregorian([1917, 1918], [1, 2, 3], [1])


def test_huge_unsigned_and_out_of_range_ordinals_are_refused() -> None:
    with pytest.raises(oldstyle.InvalidDateError, match="beyond int64"):
        array.julian_to_ordinal(np.array([2**63], dtype=np.uint64), 1, 1)
    with pytest.raises(oldstyle.InvalidDateError, match=r"row 2: ordinal -?\d+ is outside"):
        array.ordinal_to_gregorian([1, 2, 2**62])


def test_datetime64_functions_refuse_other_dtypes() -> None:
    with pytest.raises(oldstyle.InvalidDateError, match="expected datetime64 values, not dtype int64"):
        array.datetime64_to_julian(np.array([1, 2]))


def test_unsigned_and_narrow_integers_are_accepted() -> None:
    y, m, d = array.julian_to_gregorian(np.array([1917], np.uint16), np.array([10], np.int8), np.uint8(25))
    assert (y[0], m[0], d[0]) == (1917, 11, 7)
