"""``oldstyle convert --csv``: one column rewritten, every other byte kept."""

from __future__ import annotations

import pytest
from cli_runner import RUNNERS, assert_one_line_error, run_main
from hypothesis import given
from hypothesis import strategies as st

from oldstyle import core

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
    result = run_main("convert", "--csv", column, "--on-error", "keep", stdin=data)
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


_CSV_BYTES = st.lists(
    st.sampled_from([b",", b'"', b"\r", b"\n", b"x", b" ", "é".encode(), b"\xff"]), max_size=40
)


@given(_CSV_BYTES.map(b"".join))
def test_csv_without_dates_passes_every_byte_through(data: bytes) -> None:
    result = run_main("convert", "--csv", "2", "--on-error", "keep", stdin=data)
    assert "internal error" not in result.err
    assert result.out == data


@given(
    st.lists(st.tuples(st.integers(1, 9999), st.integers(1, 12), st.integers(1, 28)), min_size=1, max_size=8)
)
def test_csv_identity_conversion_is_byte_identical(days: list[tuple[int, int, int]]) -> None:
    data = b"".join(f'"a,b",{core.format_iso(*day)},"c\r\nd"\r\n'.encode() for day in days)
    result = run_main("convert", "--csv", "2", "--from", "os", "--to", "os", stdin=data)
    assert (result.status, result.out) == (0, data)


# --- bytes, delimiters and line ends (issue 11) ------------------------------------------


def test_csv_with_a_header_that_is_no_utf8_loses_no_output() -> None:
    data = b"date,nom\xe9\n1917-10-25,x\n"
    result = run_main("convert", "--csv", "date", stdin=data)
    assert result.out == b"date,nom\xe9\n1917-11-07,x\n"
    assert_one_line_error(result, 1)
    assert "not UTF-8" in result.err


def test_csv_bytes_that_are_no_utf8_pass_through_in_other_columns_and_in_bad_fields() -> None:
    data = b"date,note\n1917-10-25,caf\xe9\n1917-10-\xff,x\n1700-02-29,y\n"
    result = run_main("convert", "--csv", "date", "--on-error", "keep", stdin=data)
    assert result.out == b"date,note\n1917-11-07,caf\xe9\n1917-10-\xff,x\n1700-03-11,y\n"
    assert_one_line_error(result, 1)
    assert "CSV line 3" in result.err


@pytest.mark.parametrize("delimiter", ["", "\n", "\r", '"', "::", ",,"])
def test_csv_refuses_a_delimiter_that_cannot_separate_fields(delimiter: str) -> None:
    result = run_main("convert", "--csv", "1", "--delimiter", delimiter, stdin=b"1917-10-25\n")
    assert_one_line_error(result, 2)
    assert result.out == b""


@pytest.mark.parametrize("delimiter", ["\\t", "tab", "TAB", "\t"])
def test_csv_tab_delimiter_by_name_or_escape(delimiter: str) -> None:
    result = run_main("convert", "--csv", "2", "--delimiter", delimiter, stdin=b"a\t1917-10-25\tb\n")
    assert (result.status, result.out) == (0, b"a\t1917-11-07\tb\n")


def test_csv_multibyte_delimiter_character() -> None:
    result = run_main("convert", "--csv", "2", "--delimiter", "§", stdin="a§1917-10-25§b\n".encode())
    assert (result.status, result.out) == (0, "a§1917-11-07§b\n".encode())


@pytest.mark.parametrize("end", [b"\r", b"\n", b"\r\n"])
def test_csv_line_ends_cr_lf_and_crlf(end: bytes) -> None:
    data = end.join([b"date,x", b"1917-10-25,a", b"1700-02-29,b", b""])
    result = run_main("convert", "--csv", "date", stdin=data)
    assert (result.status, result.err) == (0, "")
    assert result.out == data.replace(b"1917-10-25", b"1917-11-07").replace(b"1700-02-29", b"1700-03-11")


def test_csv_line_numbers_count_cr_line_ends() -> None:
    result = run_main("convert", "--csv", "1", "--on-error", "keep", stdin=b"1917-10-25\r1917-02-30\r")
    assert result.out == b"1917-11-07\r1917-02-30\r"
    assert "CSV line 2" in result.err


def test_csv_quoted_date_field_keeps_its_line_breaks_and_spaces() -> None:
    data = b'date,x\n"1917-10-25\n",a\n"\r\n 1700-02-29 ",b\n'
    result = run_main("convert", "--csv", "date", stdin=data)
    assert (result.status, result.out) == (0, b'date,x\n"1917-11-07\n",a\n"\r\n 1700-03-11 ",b\n')


def test_csv_column_given_as_a_superscript_or_a_huge_number_is_refused() -> None:
    result = run_main("convert", "--csv", "²", stdin=b"date\n1917-10-25\n")
    assert_one_line_error(result, 2)
    assert "no column '²'" in result.err
    assert_one_line_error(run_main("convert", "--csv", "9" * 5000, stdin=b"1917-10-25\n"), 2)
    result = run_main("convert", "--csv", "99", stdin=b"1917-10-25\n")
    assert (result.status, result.out) == (1, b"1917-10-25\n")
