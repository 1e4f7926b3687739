"""The ``oldstyle`` command: the installed console script, ``python -m oldstyle`` and ``main(argv)``."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import stat
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oldstyle import calview, core
from oldstyle.cli import Streams, main
from oldstyle.cli.files import write_atomically

# --- running the command -------------------------------------------------------


@dataclass(frozen=True)
class Result:
    """What one run of the command did."""

    status: int
    out: bytes
    err: str

    @property
    def text(self) -> str:
        return self.out.decode("utf-8")


def _script() -> str:
    found = shutil.which("oldstyle")
    if found is None:
        pytest.fail("the oldstyle console script is not on PATH: run 'pip install -e .' first")
    return found


def run_script(*args: str, stdin: bytes = b"", cwd: Path | None = None) -> Result:
    """Run the installed ``oldstyle`` entry point in a subprocess."""
    done = subprocess.run([_script(), *args], input=stdin, capture_output=True, cwd=cwd, timeout=60)
    return Result(done.returncode, done.stdout, done.stderr.decode("utf-8", "replace"))


def run_module(*args: str, stdin: bytes = b"", cwd: Path | None = None) -> Result:
    """Run ``python -m oldstyle`` with this interpreter in a subprocess."""
    command = [sys.executable, "-m", "oldstyle", *args]
    done = subprocess.run(command, input=stdin, capture_output=True, cwd=cwd, timeout=60)
    return Result(done.returncode, done.stdout, done.stderr.decode("utf-8", "replace"))


def run_main(*args: str, stdin: bytes = b"") -> Result:
    """Call ``main(argv)`` in this process with byte buffers as its streams."""
    streams = Streams(io.BytesIO(stdin), io.BytesIO(), io.BytesIO())
    status = main(list(args), streams)
    return Result(status, streams.stdout.getvalue(), streams.stderr.getvalue().decode("utf-8", "replace"))  # type: ignore[attr-defined]


RUNNERS = [
    pytest.param(run_main, id="main"),
    pytest.param(run_script, id="script"),
]


def assert_one_line_error(result: Result, status: int) -> None:
    """A failure: the given status, one line on stderr, and no traceback."""
    assert result.status == status, (result.status, result.err)
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("oldstyle"), lines[0]
    assert "Traceback" not in result.err


# --- convert ------------------------------------------------------------------------


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
        (["1732-02-11", "--format", "dual", "--year-start", "lady_day", "--style", "fraction"],
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


# --- CSV ---------------------------------------------------------------------------

CSV_IN = (
    b'name,"date, baptised",note\r\n'
    b'"Smith, J.",1917-10-25,"said ""hi""\r\non two lines"\r\n'
    b"Doe,,missing date stays missing\r\n"
    b'Roe,"1700-02-29", spaces kept \r\n'
    b"Poe,1752-09-02,last row without newline"
)
CSV_OUT = (
    b'name,"date, baptised",note\r\n'
    b'"Smith, J.",1917-11-07,"said ""hi""\r\non two lines"\r\n'
    b"Doe,,missing date stays missing\r\n"
    b'Roe,"1700-03-11", spaces kept \r\n'
    b"Poe,1752-09-13,last row without newline"
)


@pytest.mark.parametrize("run", RUNNERS)
def test_csv_column_by_name_keeps_every_other_byte(run: object) -> None:
    result = run("convert", "--csv", "date, baptised", stdin=CSV_IN)  # type: ignore[operator]
    assert (result.status, result.err) == (0, "")
    assert result.out == CSV_OUT


def test_csv_column_by_index_with_header_and_case_insensitive_name() -> None:
    assert run_main("convert", "--csv", "2", "--header", stdin=CSV_IN).out == CSV_OUT
    assert run_main("convert", "--csv", "DATE, BAPTISED", stdin=CSV_IN).out == CSV_OUT


def test_csv_by_index_without_header_converts_the_first_row() -> None:
    data = b"1917-10-25;x\n1582-10-04;y\n"
    result = run_main("convert", "--csv", "1", "--delimiter", ";", stdin=data)
    assert result.out == b"1917-11-07;x\n1582-10-14;y\n"


def test_csv_quotes_a_result_that_needs_it() -> None:
    result = run_main("convert", "--csv", "1", "--format", "dual", "--style", "us", stdin=b"1917-10-25,a\n")
    assert result.out == b'"October 25 (O.S.; November 7 N.S.), 1917",a\n'


def test_csv_header_with_byte_order_mark() -> None:
    data = "\ufeffdate,x\r\n1917-10-25,y\r\n".encode()
    assert run_main("convert", "--csv", "date", stdin=data).out == data.replace(b"1917-10-25", b"1917-11-07")


@pytest.mark.parametrize(
    ("column", "data", "expected", "needle"),
    [
        pytest.param(
            "when",
            b"when,what\n1917-10-25,a\n1917-13-01,b\n1917-10-26,c\n",
            b"when,what\n1917-11-07,a\n1917-13-01,b\n1917-11-08,c\n",
            "CSV line 3: month 13 is out of range",
            id="bad date",
        ),
        pytest.param(
            "2",
            b"a,1917-10-25\nonly-one-field\n",
            b"a,1917-11-07\nonly-one-field\n",
            "CSV line 2: there is no column 2",
            id="short row",
        ),
        pytest.param(
            "1",
            b'1917-10-25,a\n"1917-10-26,unclosed\n1917-10-27,b\n',
            b'1917-11-07,a\n"1917-10-26,unclosed\n1917-10-27,b\n',
            "CSV line 2: a quoted field is never closed",
            id="unclosed quote",
        ),
    ],
)
def test_csv_bad_rows_pass_through_unchanged_and_are_named(
    column: str, data: bytes, expected: bytes, needle: str
) -> None:
    result = run_main("convert", "--csv", column, stdin=data)
    assert result.out == expected
    assert_one_line_error(result, 1)
    assert needle in result.err


@pytest.mark.parametrize(
    ("args", "stdin", "status", "needle"),
    [
        (["--csv", "nope"], b"a,b\n1,2\n", 2, "no column 'nope'"),
        (["--csv", "0"], b"a,b\n", 2, "count from 1"),
        (["--csv", "a"], b"", 2, "empty"),
        (["--csv", "1", "1917-10-25"], b"", 2, "no DATE"),
    ],
)
def test_csv_errors(args: list[str], stdin: bytes, status: int, needle: str) -> None:
    result = run_main("convert", *args, stdin=stdin)
    assert_one_line_error(result, status)
    assert needle in result.err


# --- offset ------------------------------------------------------------------------


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


# --- cal ---------------------------------------------------------------------------

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


# --- regions -----------------------------------------------------------------------


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


# --- check -------------------------------------------------------------------------

GOOD_TEXT = "The revolution began on 25 October (O.S.; 7 November N.S.) 1917.\n"
BAD_TEXT = "Intro line.\r\nIt began on 25 October (O.S.; 8 November N.S.) 1917, they say.\r\n"


def test_check_clean_file_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "good.md"
    path.write_text(GOOD_TEXT, encoding="utf-8")
    result = run_script("check", str(path))
    assert (result.status, result.text, result.err) == (0, "", "")


@pytest.mark.parametrize("run", RUNNERS)
def test_check_reports_path_line_col(tmp_path: Path, run: object) -> None:
    path = tmp_path / "bad.md"
    path.write_bytes(BAD_TEXT.encode())
    result = run("check", str(path))  # type: ignore[operator]
    assert result.status == 1, result.err
    lines = result.text.splitlines()
    assert len(lines) == 1
    assert re.fullmatch(re.escape(str(path)) + r":2:13: .+", lines[0]), lines[0]
    assert "7 November" in lines[0]


def test_check_walks_directories_for_text_files_only(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.rst").write_text(BAD_TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "c.py").write_text(BAD_TEXT, encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "d.md").write_text(BAD_TEXT, encoding="utf-8")
    result = run_main("check", str(tmp_path), "--format", "json")
    rows = json.loads(result.text)
    assert result.status == 1
    assert [Path(str(row["path"])).name for row in rows] == ["a.rst"]
    assert rows[0]["line"] == 2 and rows[0]["fixed"] is False


def test_check_stdin() -> None:
    result = run_main("check", "-", stdin=BAD_TEXT.encode())
    assert result.status == 1 and result.text.startswith("<stdin>:2:13: ")
    assert run_main("check", "-", stdin=GOOD_TEXT.encode()).status == 0


def test_check_fix_rewrites_atomically_keeping_mode(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_bytes(BAD_TEXT.encode())
    path.chmod(0o640)
    result = run_script("check", "--fix", str(path))
    assert result.status == 0, result.err
    assert result.text.rstrip().endswith("(fixed)")
    assert path.read_bytes() == BAD_TEXT.replace("8 November", "7 November").encode()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.md"]  # no temp file left behind
    assert run_main("check", str(path)).status == 0


MARKDOWN_PAGE = """# Notes

The storming: 25 October (O.S.; 8 November N.S.) 1917, and `25 October (O.S.; 8 November N.S.) 1917`.

```
25 October (O.S.; 8 November N.S.) 1917   <- a wrong date shown on purpose
```

<!-- 25 October (O.S.; 8 November N.S.) 1917 -->
:os[1917-10-25] is a marker.
"""


def test_check_reads_markdown_as_the_plugin_does(tmp_path: Path) -> None:
    # Code spans, fenced code, HTML comments and markers are not prose: only line 3's
    # first date is judged, and --fix leaves the rest of the page byte for byte.
    page = tmp_path / "page.md"
    page.write_text(MARKDOWN_PAGE, encoding="utf-8")
    result = run_main("check", str(page))
    assert result.status == 1
    assert [line.split(": ", 1)[0] for line in result.text.splitlines()] == [f"{page}:3:15"]
    assert run_main("check", "--fix", str(page)).status == 0
    fixed = MARKDOWN_PAGE.replace(
        "storming: 25 October (O.S.; 8 November", "storming: 25 October (O.S.; 7 November"
    )
    assert page.read_text(encoding="utf-8") == fixed


def test_check_syntax_option_overrides_the_suffix(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(MARKDOWN_PAGE, encoding="utf-8")
    as_text = run_main("check", "--syntax", "text", str(page))
    assert len(as_text.text.splitlines()) == 4  # prose, code span, fence and comment alike
    from_stdin = run_main("check", "-", "--syntax", "markdown", stdin=MARKDOWN_PAGE.encode())
    assert [line.split(": ", 1)[0] for line in from_stdin.text.splitlines()] == ["<stdin>:3:15"]
    plain_stdin = run_main("check", "-", stdin=MARKDOWN_PAGE.encode())
    assert len(plain_stdin.text.splitlines()) == 4


def test_check_fix_leaves_a_clean_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "good.md"
    path.write_bytes(GOOD_TEXT.encode())
    before = path.stat()
    assert run_main("check", "--fix", str(path)).status == 0
    after = path.stat()
    assert path.read_bytes() == GOOD_TEXT.encode()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_check_without_fix_never_writes(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_bytes(BAD_TEXT.encode())
    before = path.stat()
    run_main("check", str(path))
    assert path.read_bytes() == BAD_TEXT.encode()
    assert path.stat().st_mtime_ns == before.st_mtime_ns


def test_write_atomically_replaces_through_a_symlink(tmp_path: Path) -> None:
    target = tmp_path / "real.txt"
    target.write_bytes(b"old")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    write_atomically(link, b"new")
    assert link.is_symlink() and target.read_bytes() == b"new"


# --- help, version, garbage ----------------------------------------------------------


@pytest.mark.parametrize("command", ["convert", "check", "offset", "cal", "regions"])
def test_every_subcommand_has_help_with_examples(command: str) -> None:
    result = run_main(command, "--help")
    assert result.status == 0
    assert f"usage: oldstyle {command}" in result.text and "examples:" in result.text


def test_version_and_top_help() -> None:
    result = run_module("--version")
    assert (result.status, result.text.strip()) == (0, "oldstyle 0.1.0")
    assert "convert" in run_main("--help").text


def test_debug_shows_the_traceback() -> None:
    result = run_script("--debug", "convert", "1900-02-30")
    assert result.status == 1 and "Traceback" in result.err and "InvalidDateError" in result.err
    result = run_script("convert", "1900-02-30", "--debug")
    assert result.status == 1 and "Traceback" in result.err


GARBAGE = [
    (["frobnicate"], 2),
    ([], 2),
    (["convert", "--bogus"], 2),
    (["convert", "1917-10-25", "--format", "xml"], 2),
    (["convert", "1917-10-25", "--style", "nope"], 2),
    (["convert", "1917-02-30"], 1),
    (["convert", "1917-13-01"], 1),
    (["convert", "0000-00-00"], 1),
    (["convert", "\x00\x01"], 1),
    (["convert", "9" * 400], 1),
    (["convert", "1917-10-25", "--region", "XX"], 2),
    (["convert", "1752-09-05", "--region", "GB"], 1),
    (["convert", "1752-09-05", "--region", "GB", "--from", "os"], 2),
    (["offset"], 2),
    (["offset", "yesterday-ish"], 1),
    (["cal"], 2),
    (["cal", "13", "1752"], 2),
    (["cal", "9", "17x2"], 2),
    (["cal", "1", "2", "3"], 2),
    (["cal", "9", "1752", "--region", "Atlantis"], 2),
    (["regions", "ZZ"], 2),
    (["check"], 2),
    (["check", "no/such/file.md"], 2),
    (["check", "--fix", "-"], 2),
]


@pytest.mark.parametrize(("args", "status"), GARBAGE, ids=[" ".join(a)[:30] or "nothing" for a, _ in GARBAGE])
def test_garbage_gives_one_line_and_no_traceback(args: list[str], status: int) -> None:
    assert_one_line_error(run_main(*args), status)


@pytest.mark.parametrize(("args", "status"), [(["frobnicate"], 2), (["convert", "1917-02-30"], 1)])
def test_garbage_in_the_real_script(args: list[str], status: int) -> None:
    assert_one_line_error(run_script(*args), status)
    assert_one_line_error(run_module(*args), status)


def test_check_binary_and_missing_files(tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin = tmp_path / "latin.md"
    latin.write_bytes("caf\xe9".encode("latin-1"))
    result = run_script("check", str(binary))
    assert_one_line_error(result, 1)
    assert "binary" in result.err
    result = run_main("check", str(latin))
    assert_one_line_error(result, 1)
    assert "UTF-8" in result.err
    # A missing path is a usage error (2) that outranks the problems found elsewhere (1).
    bad = tmp_path / "bad.md"
    bad.write_text(BAD_TEXT, encoding="utf-8")
    result = run_main("check", str(bad), str(tmp_path / "missing.md"))
    assert result.status == 2 and "missing.md" in result.err and result.text.count(":2:13:") == 1


def test_broken_pipe_is_quiet(tmp_path: Path) -> None:
    script = _script()
    done = subprocess.run(
        f"'{script}' offset 1700 | head -c 1", shell=True, capture_output=True, timeout=60, env=os.environ
    )
    assert b"Traceback" not in done.stderr


@given(st.text(max_size=40))
def test_any_convert_argument_is_converted_or_refused_in_one_line(text: str) -> None:
    result = run_main("convert", "--", text)
    assert result.status in (0, 1)
    if result.status:
        assert_one_line_error(result, 1)
        assert "internal error" not in result.err


_CSV_BYTES = st.lists(
    st.sampled_from([b",", b'"', b"\r", b"\n", b"x", b" ", "é".encode(), b"\xff"]), max_size=40
)


@given(_CSV_BYTES.map(b"".join))
def test_csv_without_dates_passes_every_byte_through(data: bytes) -> None:
    result = run_main("convert", "--csv", "2", stdin=data)
    assert "internal error" not in result.err
    assert result.out == data


@given(
    st.lists(st.tuples(st.integers(1, 9999), st.integers(1, 12), st.integers(1, 28)), min_size=1, max_size=8)
)
def test_csv_identity_conversion_is_byte_identical(days: list[tuple[int, int, int]]) -> None:
    data = b"".join(f'"a,b",{core.format_iso(*day)},"c\r\nd"\r\n'.encode() for day in days)
    result = run_main("convert", "--csv", "2", "--from", "os", "--to", "os", stdin=data)
    assert (result.status, result.out) == (0, data)


def test_check_fix_can_trust_the_new_style_half(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(BAD_TEXT.encode())
    assert run_main("check", "--fix", "--trust", "ns", str(path)).status == 0
    assert path.read_bytes() == BAD_TEXT.replace("25 October", "26 October").encode()
    assert_one_line_error(run_main("check", "--trust", "neither", str(path)), 2)


def test_check_fix_keeps_exit_1_for_problems_it_cannot_fix(tmp_path: Path) -> None:
    path = tmp_path / "mixed.md"
    text = "It fell on 30 February 1917 (O.S.) and on 25 October (O.S.; 8 November N.S.) 1917.\n"
    path.write_text(text, encoding="utf-8")
    result = run_main("check", "--fix", str(path))
    assert result.status == 1
    lines = result.text.splitlines()
    assert len(lines) == 2 and not lines[0].endswith("(fixed)") and lines[1].endswith("(fixed)")
    assert path.read_text(encoding="utf-8") == text.replace("8 November", "7 November")


def test_convert_dual_with_weekday() -> None:
    result = run_main("convert", "1917-10-25", "--format", "dual", "--weekday")
    assert result.text == "Wednesday, 25 October (O.S.; 7 November N.S.) 1917\n"


def test_check_syntax_refuses_an_unknown_name(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("x\n", encoding="utf-8")
    result = run_main("check", "--syntax", "html", str(page))
    assert_one_line_error(result, 2)
    assert "--syntax" in result.err and "'html'" in result.err
