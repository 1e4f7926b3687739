"""``oldstyle offset``, ``oldstyle cal`` and ``oldstyle regions``."""

from __future__ import annotations

import json
from datetime import date

import pytest
from cli_runner import RUNNERS, run_main, run_module, run_script
from hypothesis import given
from hypothesis import strategies as st

from oldstyle import calview, core


@pytest.mark.parametrize(
    ("args", "first_line"),
    [
        (["1917-10-25"], "13 days: Julian 1917-10-25 is Gregorian 1917-11-07"),
        (["1917-11-07", "--from", "ns"], "13 days: Julian 1917-10-25 is Gregorian 1917-11-07"),
        (["1389-10-25"], "8 days: Julian 1389-10-25 is Gregorian 1389-11-02"),
        (["1700-02-18"], "10 days: Julian 1700-02-18 is Gregorian 1700-02-28"),
        (["1700-02-19"], "11 days: Julian 1700-02-19 is Gregorian 1700-03-01"),
        (["1389"], "1389: 8 days all year"),
        (["250"], "250: 0 days all year"),
        (["150"], "150: -1 days all year"),
    ],
)
def test_offset_text(args: list[str], first_line: str) -> None:
    result = run_main("offset", *args)
    assert result.status == 0 and result.err == ""
    lines = result.text.splitlines()
    assert lines[0] == first_line
    assert all(line.startswith("rule: floor(Y/100) - floor(Y/400) - 2") for line in lines[1:])


def test_offset_rule_is_worked_out() -> None:
    lines = run_main("offset", "1917-10-25").text.splitlines()
    assert lines[1].endswith("Y = 1917 gives 19 - 4 - 2 = 13")


def test_offset_year_that_steps_on_1_march() -> None:
    result = run_script("offset", "1700", "--format", "json")
    periods = json.loads(result.text)["periods"]
    assert [(p["offset"], p["from"], p["until"]) for p in periods] == [
        (10, "1700-01-01", "1700-02-28"),
        (11, "1700-03-01", "1700-12-31"),
    ]
    assert periods[1]["julian_from"] == "1700-02-19"
    assert "10 days from Gregorian 1700-01-01" in run_main("offset", "1700").text


def test_offset_date_json_matches_core() -> None:
    record = json.loads(run_main("offset", "2100-02-16", "--format", "json").text)
    assert record["offset"] == core.offset(2100, 2, 16) == 14


SEPTEMBER_1752_GB = """\
   September 1752
Su Mo Tu We Th Fr Sa
       1  2 14 15 16
17 18 19 20 21 22 23
24 25 26 27 28 29 30
"""


SEPTEMBER_1752_GREGORIAN = """\
   September 1752
Su Mo Tu We Th Fr Sa
                1  2
 3  4  5  6  7  8  9
10 11 12 13 14 15 16
17 18 19 20 21 22 23
24 25 26 27 28 29 30
"""


@pytest.mark.parametrize("run", [*RUNNERS, pytest.param(run_module, id="module")])
def test_cal_september_1752_great_britain(run: object) -> None:
    result = run("cal", "9", "1752", "--region", "GB")  # type: ignore[operator]
    assert (result.status, result.text, result.err) == (0, SEPTEMBER_1752_GB, "")


def test_cal_pure_gregorian_and_month_names() -> None:
    assert run_main("cal", "9", "1752").text == SEPTEMBER_1752_GREGORIAN
    assert run_main("cal", "Sept", "1752").text == SEPTEMBER_1752_GREGORIAN
    julian = run_main("cal", "september", "1752", "--calendar", "os").text
    assert julian.splitlines()[2] == "       1  2  3  4  5"  # Julian 1 September 1752 was a Tuesday


def test_cal_year_view_great_britain() -> None:
    result = run_main("cal", "1752", "--region", "GB")
    lines = result.text.splitlines()
    assert result.status == 0
    assert lines[0].strip() == "1752" and lines[1] == ""
    assert all(len(line) <= 64 for line in lines)
    assert "      January               February               March" in lines
    weekdays = "Su Mo Tu We Th Fr Sa"
    assert lines.count(f"{weekdays}  {weekdays}  {weekdays}") == 4
    third_row = lines.index("        July                 August              September")
    assert lines[third_row + 2][44:] == "       1  2 14 15 16"


ALASKA_OCTOBER_1867 = """\
    October 1867
Su Mo Tu We Th Fr Sa
 1  2  3  4  5  6
               18 19
20 21 22 23 24 25 26
27 28 29 30 31
"""


def test_cal_alaska_repeats_friday() -> None:
    # Friday 6 October (Julian) was followed by Friday 18 October 1867:
    # the date line moved with the calendar, so 18 sits under Friday again.
    assert run_main("cal", "10", "1867", "--region", "US-AK").text == ALASKA_OCTOBER_1867
    record = json.loads(run_main("cal", "10", "1867", "--region", "US-AK", "--format", "json").text)[0]
    assert record["weekdays"][5:7] == ["Friday", "Friday"]


def test_cal_json_lists_labels_and_weekdays() -> None:
    record = json.loads(run_main("cal", "9", "1752", "--region", "GB", "--format", "json").text)[0]
    assert record["days"][:3] == [1, 2, 14]
    assert record["weekdays"][:3] == ["Tuesday", "Wednesday", "Thursday"]


@given(st.integers(1, 9999), st.integers(1, 12))
def test_pure_month_grid_matches_datetime(year: int, month: int) -> None:
    grid = calview.pure_month(year, month)
    first = date(year, month, 1)
    assert grid.first_weekday == (first.weekday() + 1) % 7
    assert grid.days[-1] == core.days_in_month(year, month, "gregorian")
    weeks = grid.weeks()
    assert all(len(week) == 7 for week in weeks)
    assert [day for week in weeks for day in week if day is not None] == list(grid.days)


class _BritainLike:
    """A stand-in region: Julian up to 2 September 1752, Gregorian from the next day (14 September)."""

    def month_days(self, year: int, month: int) -> list[int]:
        size = core.days_in_month(year, month, "gregorian")
        return [d for d in range(1, size + 1) if (year, month) != (1752, 9) or not 3 <= d <= 13]

    def to_ordinal(self, year: int, month: int, day: int) -> int:
        if (year, month, day) <= (1752, 9, 2):
            return core.julian_to_ordinal(year, month, day)
        return core.gregorian_to_ordinal(year, month, day)


def test_region_month_from_any_month_source() -> None:
    assert calview.month_view(calview.region_month(_BritainLike(), 1752, 9)) == SEPTEMBER_1752_GB


def test_month_view_trims_but_year_view_aligns() -> None:
    text = calview.year_view(1752, [calview.region_month(_BritainLike(), 1752, m) for m in range(1, 13)])
    assert all(line == line.rstrip() for line in text.splitlines())
    assert text.splitlines()[0] == " " * 30 + "1752"


def test_regions_table() -> None:
    result = run_script("regions")
    lines = result.text.splitlines()
    assert result.status == 0 and result.err == ""
    assert lines[0].split() == ["CODE", "NAME", "LAST", "JULIAN", "FIRST", "GREGORIAN"]
    gb = next(line for line in lines if line.startswith("GB "))
    assert gb.split()[-2:] == ["1752-09-02", "1752-09-14"]
    assert len(lines) > 40


def test_regions_json_and_selection() -> None:
    rows = json.loads(run_main("regions", "gb", "RU", "--format", "json").text)
    assert [(r["code"], r["last_julian"], r["first_gregorian"]) for r in rows] == [
        ("GB", "1752-09-02", "1752-09-14"),
        ("RU", "1918-01-31", "1918-02-14"),
    ]
