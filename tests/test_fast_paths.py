"""Every fast path of the scalar conversions against oldstyle._arith's formulas (issue 14).

julian_to_gregorian and gregorian_to_julian move the label through the
shift tables of oldstyle.cycles in years -4800..10099 (built a century at a
time) and go through the ordinal outside them; JulianDate.to_gregorian has a
path of its own outside datetime's years.  Each range of the benchmark is
drawn here and checked against the plain formulas.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

import oldstyle
from oldstyle import _arith, cycles
from tests.test_core import gregorian_dates, julian_dates

Convert = Callable[[int, int, int], tuple[int, int, int]]
DatesOf = Callable[[st.SearchStrategy[int]], st.SearchStrategy[tuple[int, int, int]]]

# The benchmark's ranges (benchmarks/bench_core.py RANGES), and the edges of the tables.
RANGES = {
    "1..2100": st.integers(1, 2100),
    "3900..9999": st.integers(3900, 9999),
    "-4712..0": st.integers(-4712, 0),
    "far": st.integers(-1_000_000, 1_000_000),
    "table edges": st.sampled_from(
        [cycles.SHIFT_FIRST_YEAR + k for k in (-2, -1, 0, 1)]
        + [cycles.SHIFT_LAST_YEAR + k for k in (-1, 0, 1, 2)]
    ),
}


def arith_julian_to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
    return _arith.ordinal_to_gregorian(_arith.julian_to_ordinal(year, month, day))


def arith_gregorian_to_julian(year: int, month: int, day: int) -> tuple[int, int, int]:
    return _arith.ordinal_to_julian(_arith.gregorian_to_ordinal(year, month, day))


# (the function, the formulas it must agree with, the dates it takes)
DIRECTIONS = {
    "julian_to_gregorian": (oldstyle.julian_to_gregorian, arith_julian_to_gregorian, julian_dates),
    "gregorian_to_julian": (oldstyle.gregorian_to_julian, arith_gregorian_to_julian, gregorian_dates),
}


@pytest.mark.parametrize("direction", DIRECTIONS.values(), ids=DIRECTIONS.keys())
@pytest.mark.parametrize("years", RANGES.values(), ids=RANGES.keys())
def test_both_functions_agree_with_arith_in_every_range(
    years: st.SearchStrategy[int], direction: tuple[Convert, Convert, DatesOf]
) -> None:
    convert, formulas, dates_in = direction

    @given(dates_in(years))
    def check(label: tuple[int, int, int]) -> None:
        expected = formulas(*label)
        # Twice: the first call in a century may build its rows.
        assert convert(*label) == expected
        assert convert(*label) == expected

    check()


@pytest.mark.parametrize("years", RANGES.values(), ids=RANGES.keys())
def test_julian_date_to_gregorian_agrees_in_every_range(years: st.SearchStrategy[int]) -> None:
    @given(julian_dates(years))
    def check(jd: tuple[int, int, int]) -> None:
        n = _arith.julian_to_ordinal(*jd)
        got = oldstyle.JulianDate(*jd).to_gregorian()
        assert got.toordinal() == n
        if 1 <= n <= date.max.toordinal():
            assert type(got) is date
        else:
            assert isinstance(got, oldstyle.GregorianDate)
            assert got.to_tuple() == _arith.ordinal_to_gregorian(n)

    check()


@pytest.mark.parametrize("years", RANGES.values(), ids=RANGES.keys())
def test_both_constructors_fast_paths_agree_with_arith_in_every_range(years: st.SearchStrategy[int]) -> None:
    @given(julian_dates(years), gregorian_dates(years))
    def check(jd: tuple[int, int, int], gd: tuple[int, int, int]) -> None:
        julian, gregorian = oldstyle.JulianDate(*jd), oldstyle.GregorianDate(*gd)
        assert (julian.toordinal(), julian.to_tuple()) == (_arith.julian_to_ordinal(*jd), jd)
        assert (gregorian.toordinal(), gregorian.to_tuple()) == (_arith.gregorian_to_ordinal(*gd), gd)

    check()


@given(st.integers(1, 12), st.integers(-3, 40), st.sampled_from([-4713, 1582, 1700, 1900, 2000, 10**6]))
def test_both_constructors_refuse_a_day_their_month_has_not(month: int, day: int, year: int) -> None:
    for cls, size in (
        (oldstyle.JulianDate, _arith.days_in_month_julian(year, month)),
        (oldstyle.GregorianDate, _arith.days_in_month_gregorian(year, month)),
    ):
        if 1 <= day <= size:
            assert cls(year, month, day).to_tuple() == (year, month, day)
        else:
            with pytest.raises(oldstyle.InvalidDateError, match="is not a"):
                cls(year, month, day)


@given(st.integers(1, 12), st.integers(-3, 40))
def test_every_month_number_and_day_in_a_table_year_converts_or_raises(month: int, day: int) -> None:
    for year in (cycles.SHIFT_FIRST_YEAR, 1712, cycles.SHIFT_LAST_YEAR):
        for convert, size in (
            (oldstyle.julian_to_gregorian, _arith.days_in_month_julian(year, month)),
            (oldstyle.gregorian_to_julian, _arith.days_in_month_gregorian(year, month)),
        ):
            if 1 <= day <= size:
                convert(year, month, day)
            else:
                with pytest.raises(oldstyle.InvalidDateError):
                    convert(year, month, day)


@pytest.mark.parametrize("month", [-26, -14, -13, -1, 0, 13, 25, 26, 10**30])
def test_month_numbers_outside_1_to_12_are_refused_in_the_tables(month: int) -> None:
    # The table rows are indexed by month: month 0 has no days, 13 and more are past the end.
    for convert in (oldstyle.julian_to_gregorian, oldstyle.gregorian_to_julian):
        with pytest.raises(oldstyle.InvalidDateError, match="out of range"):
            convert(1917, month, 1)


@pytest.mark.parametrize("first_year", [-4801, -4712, -4001, -1001, 3899, 3999, 9899, 9999, 10098])
def test_every_day_of_three_years_at_table_edges_and_far_centuries(first_year: int) -> None:
    start = _arith.julian_to_ordinal(first_year, 1, 1)
    for n in range(start, start + 3 * 366):
        jd, g = _arith.ordinal_to_julian(n), _arith.ordinal_to_gregorian(n)
        assert oldstyle.julian_to_gregorian(*jd) == g
        assert oldstyle.gregorian_to_julian(*g) == jd
        got = oldstyle.JulianDate(*jd).to_gregorian()
        if not 1 <= n <= date.max.toordinal():  # outside datetime: JulianDate reads the tables itself
            assert isinstance(got, oldstyle.GregorianDate)
            assert got.to_tuple() == g


def test_the_gregorian_month_table_agrees_with_arith() -> None:
    for year in range(400):
        for month in range(1, 13):
            day0, length = cycles.GREGORIAN_MONTHS[13 * year + month]
            assert day0 + 1 == _arith.gregorian_to_ordinal(year, month, 1)
            assert length == _arith.days_in_month_gregorian(year, month)
        assert cycles.GREGORIAN_MONTHS[13 * year][1] == 0


@given(st.integers(_arith.julian_to_ordinal(-1_000_000, 1, 1), _arith.julian_to_ordinal(1_000_000, 12, 31)))
def test_ordinals_label_as_arith_does_in_and_out_of_datetimes_years(n: int) -> None:
    assert cycles.gregorian_from_ordinal(n) == _arith.ordinal_to_gregorian(n)
    assert cycles.julian_from_ordinal(n) == _arith.ordinal_to_julian(n)


@pytest.mark.parametrize("n", [0, -1, -146096, -146097, -146098, 146097, 3652060, 3652059, 3652061, 10**12])
def test_ordinals_at_cycle_edges(n: int) -> None:
    assert cycles.gregorian_from_ordinal(n) == _arith.ordinal_to_gregorian(n)


def test_the_julian_cycle_table_agrees_with_arith() -> None:
    assert len(cycles.JULIAN_CYCLE_DAYS) == 1461
    for i, label in enumerate(cycles.JULIAN_CYCLE_DAYS):
        assert label == _arith.ordinal_to_julian(cycles.JULIAN_CYCLE_START + i)
