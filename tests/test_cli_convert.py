"""``oldstyle convert``: DATE arguments, prose, regions and stdin lines."""

from __future__ import annotations

import contextlib
import io
import json

import pytest
from cli_runner import RUNNERS, assert_one_line_error, run_main
from hypothesis import given
from hypothesis import strategies as st

from oldstyle import core
from oldstyle.cli import main


@pytest.mark.parametrize("run", RUNNERS)
def test_convert_default_is_iso_gregorian(run: object) -> None:
    result = run("convert", "1917-10-25")  # type: ignore[operator]
    assert (result.status, result.text, result.err) == (0, "1917-11-07\n", "")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["1917-10-25", "--format", "iso"], "1917-11-07"),
        (["1917-10-25", "--format", "dual"], "25 October (O.S.; 7 November N.S.) 1917"),
        (["1917-10-25", "--format", "dual", "--style", "bracket"], "7 November [O.S. 25 October] 1917"),
        (["1917-10-25", "--format", "dual", "--style", "wikipedia"], "7 November [O.S. 25 October] 1917"),
        (["1642-12-25", "--format", "dual"], "25 December 1642 (O.S.; 4 January 1643 N.S.)"),
        (["1731-02-11", "--format", "dual", "--year-start", "lady_day", "--style", "fraction"],
         "11/22 February 1731/32"),
        (["1917-10-25", "--format", "long"], "Wednesday, 7 November 1917 N.S. = 25 October 1917 O.S."),
        (["-0043-03-15", "--format", "long"], "Wednesday, 13 March 44 BC N.S. = 15 March 44 BC O.S."),
        (["1917-11-07", "--from", "ns"], "1917-10-25"),
        (["1917-11-07", "--from", "gregorian"], "1917-10-25"),
        (["1917-10-25", "--from", "julian"], "1917-11-07"),
        (["1700-02-29"], "1700-03-11"),
        (["1582-10-04"], "1582-10-14"),
        (["-0043-03-15"], "-0043-03-13"),
        (["1917-10-25", "--to", "os"], "1917-10-25"),
    ],
)  # fmt: skip
def test_convert_formats(args: list[str], expected: str) -> None:
    result = run_main("convert", *args)
    assert (result.status, result.text, result.err) == (0, expected + "\n", "")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["25 October 1917 O.S."], "1917-11-07"),
        (["7 November 1917 (N.S.)"], "1917-10-25"),  # the text names its calendar: --from is not needed
        (["7 November 1917 N.S.", "--from", "os"], "1917-10-25"),  # and it wins over --from
        (["25 October (O.S.; 7 November N.S.) 1917"], "1917-11-07"),
        (["11 February 1731/32"], "1732-02-22"),
        (["15 March 44 BC", "--format", "long"], "Wednesday, 13 March 44 BC N.S. = 15 March 44 BC O.S."),
        (["7 November 1917 N.S.", "--format", "dual"], "25 October (O.S.; 7 November N.S.) 1917"),
    ],
)
def test_convert_prose(args: list[str], expected: str) -> None:
    result = run_main("convert", *args)
    assert (result.status, result.text, result.err) == (0, expected + "\n", "")


def test_convert_inconsistent_dual_date_is_a_data_error() -> None:
    result = run_main("convert", "25 October (O.S.; 8 November N.S.) 1917")
    assert_one_line_error(result, 1)
    assert "is 7 November 1917 (N.S.), not 8 November 1917" in result.err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["1752-09-02", "--region", "GB"], "1752-09-13"),  # the last Julian day in Britain
        (["1752-09-14", "--region", "GB"], "1752-09-14"),  # the first Gregorian one
        (["1752-09-14", "--region", "gb", "--to", "os"], "1752-09-03"),
        (["1752-09-05", "--region", "GB", "--gap", "julian"], "1752-09-16"),
        (["1752-09-05", "--region", "GB", "--gap", "gregorian"], "1752-09-05"),
        (["1709-06-28", "--region", "SE"], "1709-07-08"),  # Poltava, in the Swedish calendar
        (["1918-01-31", "--region", "RU", "--format", "dual"], "31 January (O.S.; 13 February N.S.) 1918"),
    ],
)
def test_convert_region_input(args: list[str], expected: str) -> None:
    result = run_main("convert", *args)
    assert (result.status, result.text, result.err) == (0, expected + "\n", "")


def test_gap_date_error_names_the_reform_and_the_flag() -> None:
    result = run_main("convert", "1752-09-05", "--region", "GB")
    assert result.status == 1
    assert result.text == ""
    assert "1752-09-05 did not exist in GB" in result.err
    assert "--gap julian reads it as Julian (= Gregorian 1752-09-16)" in result.err
    assert len(result.err.splitlines()) == 1


def test_convert_region_json_names_the_calendar_used_there() -> None:
    records = [json.loads(run_main("convert", d, "--region", "SE", "--format", "json").text) for d in
               ("1700-02-28", "1709-06-28", "1800-01-01")]  # fmt: skip
    assert [r["calendar"] for r in records] == ["julian", "swedish", "gregorian"]
    assert all(r["region"] == "SE" for r in records)


def test_convert_json_fields() -> None:
    result = run_main("convert", "1917-10-25", "--format", "json")
    assert result.status == 0
    record = json.loads(result.text)
    assert record == {
        "input": "1917-10-25",
        "calendar": "julian",
        "result": "1917-11-07",
        "julian": "1917-10-25",
        "gregorian": "1917-11-07",
        "offset": 13,
        "weekday": "Wednesday",
        "jdn": 2421540,
    }


def test_convert_several_dates_keeps_going_after_a_bad_one() -> None:
    result = run_main("convert", "1917-10-25", "1900-02-30", "1700-02-29")
    assert result.text == "1917-11-07\n1700-03-11\n"
    assert_one_line_error(result, 1)
    assert "1900-02-30" in result.err and "February 1900 has 29 days" in result.err


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["25", "October", "1917"], "1917-11-07\n"),
        (["October", "25,", "1917"], "1917-11-07\n"),
        (["25", "October", "1917", "O.S.", "1917-10-26"], "1917-11-07\n1917-11-08\n"),
        (["25", "October", "1917", "7", "November", "1917", "N.S."], "1917-11-07\n1917-10-25\n"),
        (["1917-10-25", "1752-09-02"], "1917-11-07\n1752-09-13\n"),
        (["25 October", "1917", "1917-10-26"], "1917-11-07\n1917-11-08\n"),  # words with spaces in them
    ],
)
def test_convert_rejoins_a_date_typed_unquoted(words: list[str], expected: str) -> None:
    result = run_main("convert", *words)
    assert (result.status, result.text, result.err) == (0, expected, "")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        # France's Easter style: 10 April before Easter 1565 (22 April) was written 1564/65.
        (["10 April 1564/65", "--region", "FR"], "1565-04-20\n"),
        (["1 February 1565/66", "--region", "FR"], "1566-02-11\n"),
        (["11 February 1731/32", "--region", "GB"], "1732-02-22\n"),
        (["11 February 1731/32 O.S.", "--region", "GB"], "1732-02-22\n"),
        # Swedish-calendar dates say so with S.S.
        (["30 February 1712 S.S."], "1712-03-11\n"),
        (["1 March 1701 S.S."], "1701-03-11\n"),
        (["1 March 1701 S.S.", "--to", "os"], "1701-02-28\n"),
    ],
)
def test_convert_reads_dual_years_by_the_region_and_swedish_dates(args: list[str], expected: str) -> None:
    result = run_main("convert", *args)
    assert (result.status, result.text, result.err) == (0, expected, "")


def test_convert_dual_year_the_region_never_wrote_is_a_data_error() -> None:
    result = run_main("convert", "10 April 1564/65", "--region", "GB")
    assert_one_line_error(result, 1)
    assert "not a dual year GB wrote for 10 April" in result.err


def test_convert_unquoted_words_that_are_no_date_give_one_error() -> None:
    result = run_main("convert", "25", "Octobr", "1917", "1917-10-25")
    assert result.text == "1917-11-07\n"
    assert_one_line_error(result, 1)
    assert "'25 Octobr 1917' has no month" in result.err


def test_convert_gregorian_only_date_error_explains() -> None:
    result = run_main("convert", "1900-02-29", "--from", "ns")
    assert_one_line_error(result, 1)
    assert "1900 is not a Gregorian leap year (it is a Julian one)" in result.err


@given(st.integers(-3000, 3000), st.integers(1, 12), st.integers(1, 31))
def test_convert_agrees_with_core(year: int, month: int, day: int) -> None:
    if not core.is_valid(year, month, day, "julian"):
        return
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["convert", core.format_iso(year, month, day)])
    assert status == 0
    assert out.getvalue() == core.format_iso(*core.julian_to_gregorian(year, month, day)) + "\n"


@pytest.mark.parametrize("run", RUNNERS)
def test_stdin_lines_convert_in_order_and_name_the_bad_line(run: object) -> None:
    stdin = b"1917-10-25\n1700-02-29\r\nnot a date at all\n\n-0043-03-15\n"
    result = run("convert", stdin=stdin)  # type: ignore[operator]
    # One output line per input line; the bad line and the blank one leave an empty line.
    assert result.text.splitlines() == ["1917-11-07", "1700-03-11", "", "", "-0043-03-13"]
    assert_one_line_error(result, 1)
    assert "line 3" in result.err


def test_stdin_lines_all_good_exit_0() -> None:
    result = run_main("convert", "--from", "ns", "--format", "json", stdin=b"1917-11-07\n1752-09-14\n")
    assert result.status == 0 and result.err == ""
    assert [json.loads(line)["result"] for line in result.text.splitlines()] == ["1917-10-25", "1752-09-03"]


def test_stdin_undecodable_line_is_a_data_error() -> None:
    result = run_main("convert", stdin=b"1917-10-25\n\xff\xfe\n1917-10-26\n")
    assert result.text.splitlines() == ["1917-11-07", "", "1917-11-08"]
    assert_one_line_error(result, 1)
    assert "line 2" in result.err


@given(st.text(max_size=40))
def test_any_convert_argument_is_converted_or_refused_in_one_line(text: str) -> None:
    result = run_main("convert", "--", text)
    assert result.status in (0, 1)
    if result.status:
        assert_one_line_error(result, 1)
        assert "internal error" not in result.err


def test_convert_dual_with_weekday() -> None:
    result = run_main("convert", "1917-10-25", "--format", "dual", "--weekday")
    assert result.text == "Wednesday, 25 October (O.S.; 7 November N.S.) 1917\n"
