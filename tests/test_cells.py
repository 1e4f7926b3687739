"""oldstyle.cells: one cell read with a column's options, the rules frame and the CLI share."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import oldstyle
from oldstyle.cells import cell_reader, error_policy, iso_label
from oldstyle.core import read_iso
from oldstyle.errors import OldstyleError


def test_reader_reads_iso_and_region_labels() -> None:
    gb = cell_reader("julian", region="England")
    assert oldstyle.ordinal_to_gregorian(gb.ordinal(" 1731-02-11 ")) == (1732, 2, 22)
    assert oldstyle.ordinal_to_gregorian(gb.ordinal("1760-02-11")) == (1760, 2, 11)
    plain = cell_reader("gregorian")
    assert plain.plain and not gb.plain
    assert plain.ordinal("-0043-03-13") == oldstyle.julian_to_ordinal(-43, 3, 15)


def test_a_year_label_error_names_the_label_as_written() -> None:
    with pytest.raises(
        oldstyle.InvalidDateError, match=r"^1700-02-30 \(a lady_day year label: 1-January year 1701\)"
    ):
        cell_reader(year_start="Lady Day").ordinal("1700-02-30")


@pytest.mark.parametrize(
    ("cell", "error", "message"),
    [
        (19171025, oldstyle.InvalidDateError, "19171025 is int, not text"),
        (None, oldstyle.InvalidDateError, "None is NoneType, not text"),
        ("", oldstyle.DateParseError, "the cell is blank"),
        ("   ", oldstyle.DateParseError, "the cell is blank"),
        ("1917-10", oldstyle.DateParseError, "is not an ISO date"),
        ("+" + "1" * 101 + "-01-01", oldstyle.InvalidDateError, "the year has 101 digits"),
        ("1917-13-01", oldstyle.InvalidDateError, "month"),
    ],
)
def test_garbage_cells(cell: object, error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        cell_reader().ordinal(cell)


@pytest.mark.parametrize(
    "options",
    [
        {"calendar": "mayan"},
        {"calendar": 1},
        {"region": "Xx"},
        {"year_start": "never"},
        {"gap": 0},
        {"prose": 1},
    ],
)
def test_garbage_options(options: dict[str, object]) -> None:
    with pytest.raises(oldstyle.OldstyleError):
        cell_reader(**options)  # type: ignore[arg-type]


def test_error_policy_and_iso_label() -> None:
    assert error_policy("coerce") == "coerce"
    with pytest.raises(oldstyle.OldstyleError, match="unknown errors='COERCE'"):
        error_policy("COERCE")
    assert iso_label("1917-10-25") == (1917, 10, 25)
    assert iso_label("1917-1-25") is None and iso_label("١٩١٧-١٠-٢٥") is None


_ISO_PIECES = st.sampled_from(["1917", "0001", "-0043", "+12345", "10", "25", "1", "x", "٠١", " ", "-", ""])


@given(st.lists(st.lists(_ISO_PIECES, min_size=1, max_size=5).map("".join), max_size=30))
def test_the_column_reader_is_the_vector_twin_of_the_one_scalar_iso_reader(texts: list[str]) -> None:
    from oldstyle._isocolumn import plain_iso

    texts += ["1917-10-25", " 1582-10-04 ", "1917-02-30", "-0043-03-15"]
    plain, year, month, day = plain_iso(pd.Series(texts, dtype=object))
    for i, text in enumerate(texts):
        if plain[i]:  # a row the bulk path reads gives what the scalar reader gives
            assert read_iso(text.strip()) == (year[i], month[i], day[i])
    assert plain[-4:].tolist() == [True, True, True, False]


def test_one_iso_reader() -> None:
    assert read_iso("-0043-03-15") == (-43, 3, 15) and read_iso("+12345-01-01") == (12345, 1, 1)
    for text in ["", "-", "+-1917-10-25", "1917-10-25-", "1917-1-25", "١٩١٧-١٠-٢٥", "917-10-25", "1917/1/2"]:
        assert read_iso(text) is None, text
    with pytest.raises(oldstyle.InvalidDateError, match="101 digits: oldstyle reads years of up to 100"):
        iso_label("9" * 101 + "-01-01")
    assert oldstyle.JulianDate.fromisoformat(" 1917-10-25 ") == oldstyle.JulianDate(1917, 10, 25)


@pytest.mark.parametrize("style", ["bogus", "", 5, 3.0, b"january"])
def test_replace_refuses_a_year_start_that_is_not_a_style(style: object) -> None:
    """CellReader.replace checks the style as cell_reader does: an OldstyleError, never a reader
    that fails later on its first cell."""
    reader = cell_reader("julian")
    with pytest.raises(OldstyleError):
        reader.replace(year_start=style)  # type: ignore[arg-type]
    assert reader.replace(year_start="january").year_start == "january"
    assert reader.replace(year_start=None).year_start is None
