"""``convert --csv``: --add-columns, --on-error, --encoding, years, streaming (issue 15)."""

from __future__ import annotations

import codecs
import os
import select
import subprocess
import sys
import time

import pytest
from cli_runner import assert_one_line_error, run_main, script_path
from hypothesis import given
from hypothesis import strategies as st

from oldstyle.cells import cell_reader
from oldstyle.cli import convert_csv
from oldstyle.errors import OldstyleError

REGISTER = b'name,baptised\nAnn,1731-02-11\nBen,1672-02-30\nCat,\nDan,"11 February 1731"\n'


def test_add_columns_keeps_the_input_and_appends_julian_gregorian_and_error() -> None:
    result = run_main("convert", "--csv", "baptised", "--add-columns", "--region", "GB", stdin=REGISTER)
    lines = result.out.decode().splitlines()
    assert lines[0] == "name,baptised,baptised_julian,baptised_gregorian,baptised_error"
    assert lines[1] == "Ann,1731-02-11,1732-02-11,1732-02-22,"  # GB's Lady Day year 1731 = 1732
    assert lines[2].startswith('Ben,1672-02-30,,,"1672-02-30 (a lady_day year label')
    assert lines[3] == "Cat,,,,"
    assert lines[4] == 'Dan,"11 February 1731",1732-02-11,1732-02-22,'
    assert_one_line_error(result, 1)
    assert "CSV line 3" in result.err


def test_add_columns_without_a_header_appends_three_fields() -> None:
    result = run_main("convert", "--csv", "1", "--add-columns", stdin=b"1917-10-25,x\n")
    assert (result.status, result.out) == (0, b"1917-10-25,x,1917-10-25,1917-11-07,\n")


def test_add_columns_never_overwrites_a_column() -> None:
    data = b"date,date_julian\n1917-10-25,x\n"
    result = run_main("convert", "--csv", "date", "--add-columns", stdin=data)
    assert_one_line_error(result, 2)
    assert "already has a column 'date_julian'" in result.err


@pytest.mark.parametrize(
    ("policy", "expected", "status"),
    [
        ("blank", b"d\n1917-11-07\n\n1700-03-11\n", 1),
        ("keep", b"d\n1917-11-07\n1672-02-30\n1700-03-11\n", 1),
        ("fail", b"d\n1917-11-07\n", 1),
    ],
)
def test_on_error_policies(policy: str, expected: bytes, status: int) -> None:
    data = b"d\n1917-10-25\n1672-02-30\n1700-02-29\n"
    result = run_main("convert", "--csv", "d", "--on-error", policy, stdin=data)
    assert result.out == expected
    assert_one_line_error(result, status)
    assert "CSV line 3: 1672-02-30 is not a Julian date" in result.err


def test_a_bad_cell_is_never_left_looking_converted_by_default() -> None:
    result = run_main("convert", "--csv", "1", stdin=b"1672-02-30\n")
    assert result.out == b"\n"


def test_csv_cells_give_the_same_day_and_reason_as_frame() -> None:
    reader = cell_reader("julian", region="GB")
    with pytest.raises(OldstyleError) as caught:
        reader.ordinal("1672-02-30")
    result = run_main("convert", "--csv", "1", "--region", "GB", stdin=b"1672-02-30\n")
    assert result.err.strip() == f"oldstyle: CSV line 1: {caught.value}"


@pytest.mark.parametrize(
    ("args", "cell", "expected"),
    [
        (["--region", "GB"], "1731-02-11", "1732-02-22"),
        (["--region", "GB"], "1760-02-11", "1760-02-11"),
        (["--year-start", "lady_day"], "1731-02-11", "1732-02-22"),
        (["--year-start", "lady_day"], "1731-04-11", "1731-04-22"),
        (["--region", "GB", "--year-start", "january"], "1731-02-11", "1731-02-22"),
    ],
)
def test_csv_years_follow_year_start_or_the_region(args: list[str], cell: str, expected: str) -> None:
    result = run_main("convert", "--csv", "1", *args, stdin=cell.encode() + b"\n")
    assert (result.status, result.out.decode()) == (0, expected + "\n")


# --- encodings ------------------------------------------------------------------------


def test_utf8_bom_is_read_and_written_back() -> None:
    data = codecs.BOM_UTF8 + b"1917-10-25,a\r\n"
    result = run_main("convert", "--csv", "1", stdin=data)
    assert (result.status, result.out) == (0, codecs.BOM_UTF8 + b"1917-11-07,a\r\n")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_in_is_utf16_out(codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE

    def encoded(text: str) -> bytes:
        return bom + text.encode(codec)

    result = run_main("convert", "--csv", "date", stdin=encoded("date,nom\r\n1917-10-25,Zoë\r\n"))
    assert (result.status, result.out) == (0, encoded("date,nom\r\n1917-11-07,Zoë\r\n"))
    lines = run_main("convert", stdin=encoded("1917-10-25\r\n"))
    assert (lines.status, lines.out) == (0, encoded("1917-11-07\r\n"))


def test_cp1252_round_trips_byte_for_byte() -> None:
    data = b"date,nom\xe9\n1917-10-25,caf\xe9 \x81\x80\n"
    result = run_main("convert", "--csv", "date", "--encoding", "cp1252", stdin=data)
    assert (result.status, result.out) == (0, data.replace(b"1917-10-25", b"1917-11-07"))


def test_cp1252_header_without_the_flag_names_the_flag() -> None:
    result = run_main("convert", "--csv", "1", stdin=b"1917-10-2\xe9\n")
    assert_one_line_error(result, 1)
    assert "not UTF-8" in result.err


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--csv", "1", "--format", "json"], "--csv writes CSV, not JSON"),
        (["--add-columns"], "give --csv COLUMN"),
        (["--on-error", "keep"], "give --csv COLUMN"),
        (["--csv", "1", "--on-error", "skip"], "invalid choice"),
        (["--csv", "1", "--add-columns", "--format", "dual"], "drop --format"),
        (["--csv", "1", "--encoding", "ebcdic"], "unknown encoding 'ebcdic'"),
        (["--csv", "1", "--year-start", "whenever"], "unknown year-start style"),
    ],
)
def test_csv_option_garbage_is_a_usage_error(args: list[str], needle: str) -> None:
    result = run_main("convert", *args, stdin=b"1917-10-25\n")
    assert_one_line_error(result, 2)
    assert needle in result.err
    assert result.out == b""


def test_truncated_utf16_is_one_line() -> None:
    result = run_main(
        "convert", "--csv", "1", stdin=codecs.BOM_UTF16_LE + "1917-10-25\n".encode("utf-16-le")[:-1]
    )
    assert result.status == 1
    assert "Traceback" not in result.err and len(result.err.splitlines()) == 1
    assert "internal error" not in result.err and "UTF-16 character" in result.err


# --- streaming --------------------------------------------------------------------------


def _first_line_before_the_input_ends(args: list[str], first: bytes) -> bytes:
    """Send one line to the command through a pipe that stays open; return what it wrote."""
    process = subprocess.Popen(
        [script_path(), *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        process.stdin.write(first)
        process.stdin.flush()
        ready, _, _ = select.select([process.stdout], [], [], 30)
        return os.read(process.stdout.fileno(), 4096) if ready else b""
    finally:
        process.stdin.close()
        process.wait(timeout=30)


@pytest.mark.skipif(sys.platform == "win32", reason="select() on pipes is POSIX")
@pytest.mark.parametrize(
    ("args", "first", "expected"),
    [
        (["convert", "--csv", "date"], b"date,x\n1917-10-25,a\n", b"date,x\n1917-11-07,a\n"),
        (["convert"], b"1917-10-25\n", b"1917-11-07\n"),
        (["convert"], b"x\n", b"\n"),  # shorter than a byte-order mark: read at once all the same
        (["convert", "--format", "json"], b"nonsense\n", b'{"line": 1, "input": "nonsense", "error": '),
    ],
)
def test_rows_are_written_while_the_pipe_is_still_open(
    args: list[str], first: bytes, expected: bytes
) -> None:
    started = time.monotonic()
    out = _first_line_before_the_input_ends(args, first)
    assert out.startswith(expected), out
    assert time.monotonic() - started < 30


def test_output_the_encoding_cannot_hold_is_escaped_not_a_crash() -> None:
    result = run_main(
        "convert",
        "--encoding",
        "cp1252",
        "--format",
        "dual",
        "--style",
        "russian",
        stdin=b"1917-10-25\n\x81\n",
    )
    first, second, _ = result.out.split(b"\n")
    assert first.startswith(b"25 \\u043e") and first.endswith(b" 1917") and second == b""
    assert_one_line_error(result, 1)
    assert "not cp1252 text" in result.err


_PIECES = st.lists(st.sampled_from([b"a", b",", b'"', b"\n", b"\r\n", b"1917-10-25"]), max_size=40)


@given(_PIECES.map(b"".join), st.lists(st.integers(1, 8), min_size=1, max_size=10))
def test_blocks_end_outside_quotes_whatever_the_chunks(data: bytes, sizes: list[int]) -> None:
    chunks, pos = [], 0
    for size in sizes * (len(data) // max(1, sum(sizes)) + 1):
        chunks.append(data[pos : pos + size])
        pos += size
    chunks = [chunk for chunk in chunks if chunk] + ([data[pos:]] if data[pos:] else [])
    blocks = list(convert_csv._blocks(iter(chunks)))
    assert b"".join(blocks) == data
    for block in blocks[:-1]:
        assert block.endswith(b"\n") and block.count(b'"') % 2 == 0


def test_a_record_arriving_line_by_line_is_one_block() -> None:
    blocks = list(convert_csv._blocks(iter([b'a,"x\n', b'y",1\n', b"b,2\n"])))
    assert blocks == [b'a,"x\ny",1\n', b"b,2\n"]
