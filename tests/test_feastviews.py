"""The text behind `oldstyle easter`, `oldstyle feast`, `cal --feasts` and `:feast[...]`."""

from __future__ import annotations

import pytest

import oldstyle
from oldstyle import calview
from oldstyle.feastviews import feast_marks, render_easter, render_feast, render_feast_marker, render_feasts


def test_render_easter() -> None:
    assert render_easter(1700, region="GB") == "Easter 1700 (GB): 31 March (O.S.; 11 April N.S.) 1700"
    assert render_easter(1700, region="FR") == "Easter 1700 (FR): 31 March (O.S.; 11 April N.S.) 1700"
    assert render_easter(2024) == "Easter 2024 (Gregorian computus): 18 March (O.S.; 31 March N.S.) 2024"
    assert render_easter(1381) == "Easter 1381 (Julian computus): 14 April (O.S.; 22 April N.S.) 1381"
    assert render_easter(2024, "orthodox", "RU") == "Easter 2024 (RU): 22 April (O.S.; 5 May N.S.) 2024"


def test_render_feast_with_the_region_year() -> None:
    assert (
        render_feast("Michaelmas", 1666, "GB")
        == "Michaelmas 1666 (GB): 29 September (O.S.; 9 October N.S.) 1666"
    )
    assert render_feast("Lady Day", 1731, "GB") == "Lady Day 1731 (GB): 25 March (O.S.; 5 April N.S.) 1731"
    assert (
        render_feast("whitsun", 1450) == "Whitsunday 1450 (Julian calendar): 24 May (O.S.; 2 June N.S.) 1450"
    )


def test_render_feasts_lists_quarter_days() -> None:
    lines = render_feasts(1760, "GB").splitlines()
    assert "1760-09-29  Michaelmas  (29 September; quarter day GB)" in lines
    assert "1760-05-25  Whitsunday  (Easter + 49 days)" in lines
    assert len(lines) == len(oldstyle.churchyear.feast_table())


def test_month_view_lists_marked_days_under_the_grid() -> None:
    grid = calview.region_month(oldstyle.region("GB"), 1752, 9)
    text = calview.month_view(grid, feast_marks(1752, 9, "GB"))
    assert text.endswith("24 25 26 27 28 29 30\n\n29  Michaelmas\n")
    assert (
        calview.month_view(grid) == calview.month_view(grid, {}) == calview.month_view(grid, {5: "skipped"})
    )


def test_feast_marks() -> None:
    assert feast_marks(2024, 3) == {
        24: "Palm Sunday",
        25: "Lady Day",
        28: "Maundy Thursday",
        29: "Good Friday",
        30: "Holy Saturday",
        31: "Easter",
    }
    assert feast_marks(1582, 12, "BE") == {21: "St Thomas's Day"}  # Christmas was skipped
    assert feast_marks(1700, 3, "GB")[31] == "Easter"
    assert feast_marks(1700, 4, "FR")[11] == "Easter"


def test_render_feast_marker() -> None:
    marker = render_feast_marker("Michaelmas 1666", region="GB")
    assert marker.text == "29 September (O.S.; 9 October N.S.) 1666"
    assert marker.day == oldstyle.JulianDate(1666, 9, 29)
    bracket = render_feast_marker("Candlemas 1731", region="GB", style="bracket")
    assert bracket.text == "13 February 1732 [O.S. 2 February 1731/32]"
    assert render_feast_marker("Easter 2024").text == "18 March (O.S.; 31 March N.S.) 2024"
    sunday = render_feast_marker("Easter 1381", region="", weekday=True)
    assert sunday.text == "Sunday, 14 April (O.S.; 22 April N.S.) 1381"


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: render_easter(True), oldstyle.InvalidDateError, r"not bool"),
        (lambda: render_easter(10**20), oldstyle.InvalidDateError, r"1583-4099"),
        (lambda: render_easter(1700, "lunar"), oldstyle.InvalidDateError, r"unknown computus"),
        (lambda: render_easter(1700, region="Mars"), oldstyle.UnknownRegionError, r"unknown region"),
        (lambda: render_feast("Michelmas", 1666), oldstyle.UnknownFeastError, r"did you mean Michaelmas"),
        (lambda: render_feast("Michaelmas", "1666"), oldstyle.InvalidDateError, r"pass int"),
        (lambda: render_feasts(None), oldstyle.InvalidDateError, r"not NoneType"),
        (lambda: feast_marks(1700, 13), oldstyle.OldstyleError, r"month 13 is out of range"),
        (lambda: feast_marks(1700, 1.0), oldstyle.InvalidDateError, r"month must be an int"),
        (lambda: feast_marks(1700, 1, calendar="lunar"), oldstyle.InvalidDateError, r"unknown computus"),
        (lambda: render_feast_marker(""), oldstyle.OldstyleError, r"empty feast marker"),
        (lambda: render_feast_marker("Michelmas 1666"), oldstyle.DateParseError, r"did you mean Michaelmas"),
        (lambda: render_feast_marker("Michaelmas 1666", region="XX"), oldstyle.UnknownRegionError, r"XX"),
        (lambda: render_feast_marker("Michaelmas 1666", style="fancy"), oldstyle.OldstyleError, r"fancy"),
        (lambda: render_feast_marker(None), oldstyle.OldstyleError, r"empty feast marker"),  # type: ignore[arg-type]
        (
            lambda: render_feast_marker("Easter 1381", weekday="no"),
            oldstyle.OldstyleError,
            r"weekday must be True",
        ),  # type: ignore[arg-type]
    ],
)
def test_garbage(call: object, error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        call()  # type: ignore[operator]
