"""``convert`` of DATE arguments and stdin lines: years, errors, JSON lines and messages (issue 15)."""

from __future__ import annotations

import codecs
import json

import pytest
from cli_runner import assert_one_line_error, run_main, run_script


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["11 February 1731", "--region", "GB"], "1732-02-22"),
        (["1731-02-11", "--region", "GB"], "1732-02-22"),
        (["11 April 1731", "--region", "GB"], "1731-04-22"),
        (["11 February 1731", "--year-start", "lady_day"], "1732-02-22"),
        (["11 February 1731", "--region", "GB", "--year-start", "january"], "1731-02-22"),
        (["11 February 1731/32", "--region", "GB"], "1732-02-22"),
        (["11 February 1731/32"], "1732-02-22"),
        (["11 February 1731"], "1731-02-22"),
    ],
)
def test_year_labels_follow_the_region_or_year_start(args: list[str], expected: str) -> None:
    result = run_main("convert", *args)
    assert (result.status, result.text, result.err) == (0, expected + "\n", "")


def test_json_lines_carry_an_error_object_for_a_bad_line() -> None:
    result = run_main("convert", "--format", "json", stdin=b"1917-10-25\nnonsense\n\n1700-02-29\n")
    rows = [json.loads(line) for line in result.text.splitlines()]
    assert [row.get("result") for row in rows] == ["1917-11-07", None, None, "1700-03-11"]
    assert rows[1]["line"] == 2 and rows[1]["input"] == "nonsense" and rows[1]["error"]
    assert rows[2] == {"input": "", "result": None}
    assert_one_line_error(result, 1)


@pytest.mark.parametrize("args", [[], ["--format", "json"]])
def test_a_utf8_bom_does_not_break_line_input(args: list[str]) -> None:
    result = run_main("convert", *args, stdin=codecs.BOM_UTF8 + b"1917-10-25\n")
    assert result.status == 0 and result.err == ""
    assert result.out.startswith(codecs.BOM_UTF8)
    assert "1917-11-07" in result.out.decode("utf-8-sig")


def test_line_ends_are_kept() -> None:
    result = run_main("convert", stdin=b"1917-10-25\r\n1700-02-29\n1700-02-18")
    assert result.out == b"1917-11-07\r\n1700-03-11\n1700-02-28\n"


MESSAGES = [
    ("1917-10", "has a year and a month but no day"),
    ("25/10/1917", "ambiguous"),
    ("10.25.1917", "ambiguous"),
    ("19171025", "could be YYYYMMDD or DDMMYYYY"),
    ("11 February 1731/33", "the second year must be the one after 1731 (write 1731/32)"),
    ("11 February 1732/31", "the second year must be the one after 1732 (write 1732/33)"),
    ("11 July 1731/32", "only between the two New Years (1 January to 24 March"),
    ("today", "'today' is not a date"),
    ("Now", "is not a date"),
]


@pytest.mark.parametrize(("text", "needle"), MESSAGES)
def test_messages_point_at_the_real_problem(text: str, needle: str) -> None:
    for result in (run_main("convert", text), run_main("convert", stdin=text.encode() + b"\n")):
        assert_one_line_error(result, 1)
        assert needle in result.err
        assert "has no month" not in result.err


@pytest.mark.parametrize("text", ["born 1917-10-25", "\ufeff1917-10-25 x", "1917-10-25 and more"])
def test_messages_never_advise_a_python_function(text: str) -> None:
    result = run_script("convert", "--", text)
    assert_one_line_error(result, 1)
    assert "()" not in result.err and "oldstyle.scan" not in result.err


GARBAGE = [
    ["convert", "1917-10-25", "--year-start", "sometime"],
    ["convert", "1917-10-25", "--year-start", ""],
    ["convert", "--encoding", "latin-9"],
    ["convert", "1917-10-25", "--add-columns"],
    ["convert", "1917-10-25", "--on-error", "fail"],
]


@pytest.mark.parametrize("args", GARBAGE, ids=[" ".join(a)[:40] for a in GARBAGE])
def test_convert_option_garbage_is_one_usage_line(args: list[str]) -> None:
    assert_one_line_error(run_main(*args), 2)


@pytest.mark.parametrize(
    "args",
    [
        ["convert", "1751-02-11", "--region", "GB"],
        ["convert", "born 1917-10-25"],
        ["feast", "Zzzzzq", "1666"],
        ["regions", "Atlantis"],
    ],
)
def test_library_advice_for_python_users_is_reworded_for_the_shell(args: list[str]) -> None:
    result = run_main(*args)
    assert result.status in (1, 2) and len(result.err.splitlines()) == 1
    assert "()" not in result.err and "Region." not in result.err and "oldstyle." not in result.err


@pytest.mark.parametrize("text", ["1751-02-11", "11 February 1751", "1155-03-06"])
def test_a_label_the_regions_new_year_refuses_offers_year_start_january(text: str) -> None:
    result = run_main("convert", text, "--region", "GB")
    assert_one_line_error(result, 1)
    assert "--year-start january reads it as a 1-January year (= Gregorian" in result.err
    accepted = run_main("convert", text, "--region", "GB", "--year-start", "january")
    assert accepted.status == 0 and accepted.text.strip() in result.err
