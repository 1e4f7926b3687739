"""oldstyle.array: errors="coerce", is_valid and error_reasons."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import oldstyle
from oldstyle import array

YEARS = np.array([1917, 1900, 1700, 1672])
MONTHS = np.array([10, 2, 2, 2])
DAYS = np.array([25, 29, 29, 30])


def test_coerce_masks_bad_rows_and_keeps_the_good_ones() -> None:
    year, month, day = array.gregorian_to_julian(YEARS, MONTHS, DAYS, errors="coerce")
    assert isinstance(year, np.ma.MaskedArray)
    assert np.ma.getmaskarray(year).tolist() == [False, True, True, True]
    assert (int(year[0]), int(month[0]), int(day[0])) == (1917, 10, 25 - 13)
    julian = array.julian_to_gregorian(YEARS, MONTHS, DAYS, errors="coerce")
    assert np.ma.getmaskarray(julian[0]).tolist() == [False, False, False, True]


def test_coerce_gives_nat_for_datetime64_outputs() -> None:
    days = array.julian_to_datetime64(YEARS, MONTHS, DAYS, errors="coerce")
    assert np.isnat(days).tolist() == [False, False, False, True]
    assert np.isnat(array.ordinal_to_datetime64([1, 10**18], errors="coerce")).tolist() == [False, True]


def test_coerce_masks_nat_and_out_of_range_ordinals() -> None:
    values = np.array(["1917-11-07", "NaT"], dtype="datetime64[D]")
    year, _, _ = array.datetime64_to_julian(values, errors="coerce")
    assert np.ma.getmaskarray(year).tolist() == [False, True]
    assert np.ma.getmaskarray(array.datetime64_to_ordinal(values, errors="coerce")).tolist() == [False, True]
    year, _, _ = array.ordinal_to_julian([1, 10**17], errors="coerce")
    assert np.ma.getmaskarray(year).tolist() == [False, True]


def test_is_valid_and_error_reasons() -> None:
    assert array.is_valid(YEARS, MONTHS, DAYS).tolist() == [True, True, True, False]
    assert array.is_valid(YEARS, MONTHS, DAYS, "gregorian").tolist() == [True, False, False, False]
    reasons = array.error_reasons(YEARS, MONTHS, DAYS, "gregorian").tolist()
    assert reasons[0] is None
    assert reasons[1] == (
        "1900-02-29 is not a Gregorian date: 1900 is not a Gregorian leap year (it is a Julian one)"
    )
    assert "outside the years the bulk functions handle" in array.error_reasons([10**13], [1], [1])[0]


@given(st.lists(st.tuples(st.integers(-5000, 5000), st.integers(-1, 14), st.integers(-1, 32)), max_size=40))
def test_is_valid_matches_the_scalar_function(labels: list[tuple[int, int, int]]) -> None:
    table = np.array(labels, dtype=np.int64).reshape(len(labels), 3)
    year, month, day = table[:, 0], table[:, 1], table[:, 2]
    for calendar in ("julian", "gregorian"):
        expected = [oldstyle.is_valid(*label, calendar) for label in labels]
        assert array.is_valid(year, month, day, calendar).tolist() == expected
        reasons = array.error_reasons(year, month, day, calendar).tolist()
        assert [r is None for r in reasons] == expected


@pytest.mark.parametrize("errors", ["ignore", "", None, 1, "RAISE"])
def test_bad_errors_value_is_refused(errors: object) -> None:
    with pytest.raises(oldstyle.OldstyleError, match=r"unknown errors=.*'raise'.*'coerce'"):
        array.julian_to_gregorian(YEARS, MONTHS, DAYS, errors=errors)  # type: ignore[arg-type]
    with pytest.raises(oldstyle.OldstyleError, match="unknown errors="):
        array.ordinal_to_datetime64([1], errors=errors)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "arguments",
    [(["1917"], [10], [25]), ([1917.0], [10], [25]), ([True], [1], [1]), ([1917, 1918], [1, 2, 3], [1])],
)
def test_is_valid_refuses_wrong_types_and_shapes(arguments: tuple[object, object, object]) -> None:
    with pytest.raises(oldstyle.InvalidDateError):
        array.is_valid(*arguments)  # type: ignore[arg-type]
    with pytest.raises(oldstyle.InvalidDateError):
        array.error_reasons(*arguments)  # type: ignore[arg-type]


def test_bad_calendar_is_refused() -> None:
    with pytest.raises(oldstyle.OldstyleError):
        array.is_valid([1], [1], [1], "mayan")
