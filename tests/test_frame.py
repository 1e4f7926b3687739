"""oldstyle.frame: whole pandas Series converted, missing values kept missing."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import oldstyle
from oldstyle import frame


def test_julian_text_to_gregorian_text_keeps_index_name_and_missing() -> None:
    values = pd.Series(
        ["1917-10-25", None, "-0043-03-15", np.nan, " 1700-02-29 ", pd.NA, "+12345-01-01"],
        index=list("abcdefg"),
        name="baptised",
    )
    result = frame.julian_to_gregorian(values)
    assert result.tolist() == ["1917-11-07", None, "-0043-03-13", None, "1700-03-11", None, "+12345-04-02"]
    assert list(result.index) == list("abcdefg")
    assert result.name == "baptised"


def test_julian_text_to_datetime64() -> None:
    result = frame.julian_to_gregorian(pd.Series(["1917-10-25", None, "1582-10-05"]), output="datetime64")
    assert str(result.dtype) == "datetime64[s]"
    assert result[0] == pd.Timestamp("1917-11-07")
    assert result.isna().tolist() == [False, True, False]
    assert result[2] == pd.Timestamp("1582-10-15")


def test_gregorian_datetime64_to_julian_text() -> None:
    days = pd.Series(pd.to_datetime(["1917-11-07", None, "1752-09-14 18:30"], format="ISO8601"))
    assert frame.gregorian_to_julian(days).tolist() == ["1917-10-25", None, "1752-09-03"]


def test_gregorian_text_to_julian_text() -> None:
    values = pd.Series(["1917-11-07", "2000-02-29", None])
    assert frame.gregorian_to_julian(values).tolist() == ["1917-10-25", "2000-02-16", None]


def test_all_missing_and_empty_series() -> None:
    assert frame.julian_to_gregorian(pd.Series([None, np.nan], dtype=object)).tolist() == [None, None]
    assert frame.julian_to_gregorian(pd.Series([], dtype=object)).tolist() == []


def test_prose_is_read_when_asked() -> None:
    values = pd.Series(["25 October 1917", "7 November 1917 N.S.", "1917-10-25", None])
    assert frame.julian_to_gregorian(values, prose=True).tolist() == ["1917-11-07"] * 3 + [None]


@given(st.lists(st.integers(-200_000, 1_200_000), min_size=1, max_size=30))
def test_matches_the_scalar_functions(ordinals: list[int]) -> None:
    julian = [oldstyle.format_iso(*oldstyle.ordinal_to_julian(n)) for n in ordinals]
    gregorian = [oldstyle.format_iso(*oldstyle.ordinal_to_gregorian(n)) for n in ordinals]
    assert frame.julian_to_gregorian(pd.Series(julian)).tolist() == gregorian
    assert frame.gregorian_to_julian(pd.Series(gregorian)).tolist() == julian


def test_impossible_row_is_named_by_its_index_label() -> None:
    values = pd.Series(["1917-11-07", "1900-02-29"], index=["x", "y"])
    with pytest.raises(oldstyle.InvalidDateError, match=r"row 'y': 1900-02-29 is not a Gregorian date"):
        frame.gregorian_to_julian(values)


def test_signed_impossible_row_is_named() -> None:
    with pytest.raises(oldstyle.InvalidDateError, match=r"row 1: -0043-02-30 is not a Julian date"):
        frame.julian_to_gregorian(pd.Series(["1917-10-25", "-0043-02-30"]))


def test_prose_without_prose_flag_is_refused_clearly() -> None:
    with pytest.raises(
        oldstyle.DateParseError, match=r"row 0: '25 October 1917' is not an ISO date.*prose=True"
    ):
        frame.julian_to_gregorian(pd.Series(["25 October 1917"]))


def test_row_labels_are_shown_plainly_beside_missing_values() -> None:
    # Missing values are set aside first; the bad row's label must still read "row 2".
    values = pd.Series(["1917-10-25", None, "25 October 1917", "1700-02-29"])
    with pytest.raises(oldstyle.DateParseError, match=r"^row 2: '25 October 1917' is not an ISO date"):
        frame.julian_to_gregorian(values)


def test_unreadable_prose_raises_our_error_with_the_row() -> None:
    with pytest.raises(oldstyle.DateParseError, match=r"^row 1: "):
        frame.julian_to_gregorian(pd.Series(["1917-10-25", "no date here"]), prose=True)


def test_datetime64_is_not_a_julian_label() -> None:
    with pytest.raises(oldstyle.InvalidDateError, match="not Julian labels"):
        frame.julian_to_gregorian(pd.Series(pd.to_datetime(["1917-10-25"])))


def test_unknown_output_is_refused() -> None:
    with pytest.raises(oldstyle.InvalidDateError, match="unknown output 'excel'"):
        frame.julian_to_gregorian(pd.Series(["1917-10-25"]), output="excel")  # type: ignore[arg-type]


def test_non_ascii_text_is_not_misread() -> None:
    with pytest.raises(oldstyle.DateParseError, match="is not an ISO date"):
        frame.julian_to_gregorian(pd.Series(["１９１７-10-25"]))
