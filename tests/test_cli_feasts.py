"""``oldstyle easter``, ``oldstyle feast`` and ``oldstyle cal --feasts`` (issue 16)."""

from __future__ import annotations

import json

import pytest
from cli_runner import assert_one_line_error, run_main, run_script

from oldstyle import easter, feast
from oldstyle.feastviews import render_easter, render_feast


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["1700", "--region", "GB"], render_easter(1700, region="GB")),
        (["1700", "--region", "FR"], render_easter(1700, region="FR")),
        (["2024", "--computus", "julian"], render_easter(2024, "julian")),
        (["2024", "--computus", "orthodox"], render_easter(2024, "julian")),
        (["2024"], render_easter(2024)),
    ],
)
def test_easter_prints_the_line_of_render_easter(args: list[str], expected: str) -> None:
    result = run_main("easter", *args)
    assert (result.status, result.text, result.err) == (0, expected + "\n", "")


def test_easter_1701_differs_between_england_and_france() -> None:
    england = json.loads(run_main("easter", "1701", "--region", "GB", "--format", "json").text)
    france = json.loads(run_main("easter", "1701", "--region", "FR", "--format", "json").text)
    assert (england["julian"], england["gregorian"], england["region"]) == ("1701-04-20", "1701-05-01", "GB")
    assert france["gregorian"] == feast("Easter", 1701, "FR").isoformat() != england["gregorian"]
    julian_rule = json.loads(run_main("easter", "2024", "--computus", "julian", "--format", "json").text)
    assert julian_rule["julian"] == easter(2024, "julian").isoformat()
    assert (julian_rule["gregorian"], julian_rule["computus"]) == ("2024-05-05", "julian")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["Michaelmas", "1666", "--region", "GB"], render_feast("Michaelmas", 1666, "GB")),
        (["Lady", "Day", "1731", "--region", "GB"], render_feast("Lady Day", 1731, "GB")),
        (["Old Michaelmas Day", "1760"], render_feast("Old Michaelmas Day", 1760)),
        (["Pfingsten", "1450", "--computus", "julian"], render_feast("Pfingsten", 1450, None, "julian")),
    ],
)
def test_feast_prints_the_line_of_render_feast(args: list[str], expected: str) -> None:
    result = run_main("feast", *args)
    assert (result.status, result.text, result.err) == (0, expected + "\n", "")


def test_feast_json_and_a_year_alone_lists_every_feast() -> None:
    found = json.loads(run_main("feast", "Michaelmas", "1666", "--region", "GB", "--format", "json").text)
    assert (found["julian"], found["gregorian"], found["region"]) == ("1666-09-29", "1666-10-09", "GB")
    listing = run_main("feast", "1700", "--region", "GB")
    assert listing.status == 0 and "Lady Day" in listing.text and "Michaelmas" in listing.text
    rows = json.loads(run_main("feast", "1700", "--format", "json").text)
    assert {"feast", "rule", "julian", "gregorian"} <= set(rows[0])


def test_cal_feasts_marks_the_month_and_the_year() -> None:
    month = run_main("cal", "3", "1700", "--region", "GB", "--feasts")
    assert month.status == 0
    assert "25  Lady Day" in month.text and "31  Easter" in month.text
    assert "Lady Day" not in run_main("cal", "3", "1700", "--region", "GB").text
    year = run_main("cal", "1752", "--region", "GB", "--feasts")
    assert "Sep 29  Michaelmas" in year.text
    grids = json.loads(run_main("cal", "9", "1752", "--region", "GB", "--feasts", "--format", "json").text)
    assert grids[0]["feasts"] == {"29": "Michaelmas"}


GARBAGE = [
    (["easter"], 2),
    (["easter", "17x0"], 2),
    (["easter", "1700", "--computus", "coptic"], 2),
    (["easter", "1700", "--region", "Atlantis"], 2),
    (["easter", "200", "--computus", "julian"], 1),
    (["easter", "9" * 2000], 2),
    (["feast"], 2),
    (["feast", "Michaelmas"], 2),
    (["feast", "Michalmas", "1666"], 2),
    (["feast", "Zzzzzq", "1666"], 2),
    (["feast", "Michaelmas", "1666", "--region", "XX"], 2),
    (["feast", "\x00\x01", "1666"], 2),
    (["cal", "9", "1752", "--feasts", "--region", "ZZ"], 2),
]


@pytest.mark.parametrize(("args", "status"), GARBAGE, ids=[" ".join(a)[:30] for a, _ in GARBAGE])
def test_feast_garbage_gives_one_line(args: list[str], status: int) -> None:
    assert_one_line_error(run_main(*args), status)


def test_unknown_feast_suggests_and_names_no_python_function() -> None:
    result = run_script("feast", "Michalmas", "1666")
    assert_one_line_error(result, 2)
    assert "did you mean Michaelmas" in result.err and "()" not in result.err
    nothing_close = run_main("feast", "Zzzzzq", "1666")
    assert "'oldstyle feast 1666' lists the feasts" in nothing_close.err and "()" not in nothing_close.err


# --- oldstyle convert reads feast dates -----------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["Michaelmas 1666", "--region", "GB"], "1666-10-09"),  # 29 September O.S., as England reckoned it
        (["Michaelmas 1666"], "1666-10-09"),  # unmarked input is Julian: the Julian feast
        (["Michaelmas 1666", "--from", "ns"], "1666-09-19"),  # the Gregorian feast, written O.S.
        (["Michaelmas", "1666", "--region", "GB"], "1666-10-09"),  # typed unquoted
        (["the Monday after Easter 1381"], "1381-04-23"),
        (["Old Michaelmas Day 1760"], "1760-09-29"),
        (["Michaelmas 1666 N.S."], "1666-09-19"),  # the label says the calendar: written O.S.
        (["Michaelmas 1666 O.S.", "--from", "ns"], "1666-10-09"),
        (["Lady Day 1731/2", "--region", "GB"], "1732-04-05"),
        (["Easter 1700", "--region", "GB", "--format", "dual"], "31 March (O.S.; 11 April N.S.) 1700"),
    ],
)
def test_convert_reads_feast_dates(args: list[str], expected: str) -> None:
    result = run_main("convert", *args)
    assert (result.status, result.text, result.err) == (0, expected + "\n", "")


def test_convert_a_feast_on_stdin() -> None:
    result = run_main("convert", "--region", "GB", stdin=b"Michaelmas 1666\nLady Day 1731/2\n")
    assert (result.status, result.text) == (0, "1666-10-09\n1732-04-05\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["Michelmas 1666"], "did you mean Michaelmas"),
        (["Easter 100"], "326"),
        (["Michaelmas 1666", "--region", "GB", "--year-start", "bogus"], "year"),
    ],
)
def test_convert_bad_feast_dates_are_one_line_errors(args: list[str], message: str) -> None:
    result = run_main("convert", *args)
    assert_one_line_error(result, result.status)
    assert result.status in (1, 2) and message in result.err
