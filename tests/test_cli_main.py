"""The ``oldstyle`` command as a whole: help, version, garbage, tracebacks and pipes."""

from __future__ import annotations

import contextlib
import io
import os
import pickle
import subprocess
from pathlib import Path

import pytest
from cli_runner import assert_one_line_error, run_main, run_module, run_script, script_path

import oldstyle
from oldstyle.cli import main
from oldstyle.cli.arguments import COMMANDS
from oldstyle.errors import NonexistentDateError
from oldstyle.reforms import region


@pytest.mark.parametrize("command", list(COMMANDS))
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


def test_broken_pipe_is_quiet(tmp_path: Path) -> None:
    script = script_path()
    done = subprocess.run(
        f"'{script}' offset 1700 | head -c 1", shell=True, capture_output=True, timeout=60, env=os.environ
    )
    assert b"Traceback" not in done.stderr


# --- inputs that used to give "internal error" (issue 11) -------------------------------

_HUGE = "1" * 5000


@pytest.mark.parametrize(
    ("args", "status"),
    [
        (["cal", "²", "1917"], 2),
        (["cal", "9", "¹⁹¹⁷"], 2),
        (["cal", "9", _HUGE], 2),
        (["cal", _HUGE], 2),
        (["cal", "0" * 5000 + "9", "1917"], 2),
        (["offset", _HUGE], 2),
        (["offset", f"{_HUGE}-01-01"], 1),
        (["convert", f"{_HUGE}-01-01"], 1),
        (["convert", f"-{_HUGE}-01-01", "--region", "GB"], 1),
        (["convert", f"1 January {_HUGE} O.S."], 1),
        (["convert", "--csv", "²"], 2),
    ],
    ids=lambda value: str(value)[:24],
)
def test_odd_numbers_give_one_line_not_an_internal_error(args: list[str], status: int) -> None:
    result = run_main(*args)
    assert_one_line_error(result, status)
    assert "internal error" not in result.err


def test_a_full_disk_is_one_line() -> None:
    done = subprocess.run(
        f"'{script_path()}' regions > /dev/full", shell=True, capture_output=True, timeout=60
    )
    assert done.returncode == 1
    assert done.stderr.decode() == "oldstyle: cannot write the output: No space left on device\n"


def test_big_years_still_work_within_the_limit() -> None:
    result = run_main("offset", "1" + "0" * 20)
    assert result.status == 0 and result.text.startswith("100000000000000000000: 749999999999999998 days")


def test_main_writes_to_replaced_text_streams(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", "1917-10-25", "1917-02-30"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "1917-11-07\n" and captured.err.startswith("oldstyle: ")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        assert main(["cal", "2", "1712", "--region", "SE", "--format", "json"]) == 0
        assert main(["regions", "Atlantis"]) == 2
    assert '"days": [1, 2' in out.getvalue() and "30]" in out.getvalue()
    assert err.getvalue().startswith("oldstyle regions: error: argument CODE: unknown region 'Atlantis'")


def test_errors_are_worded_for_the_shell_from_their_data() -> None:
    result = run_main("convert", "1752-09-05", "--region", "GB")
    assert "--gap julian reads it as Julian" in result.err and "gap='" not in result.err
    with pytest.raises(NonexistentDateError) as caught:
        region("GB").to_ordinal(1752, 9, 5)
    err = caught.value
    assert [(r.option, r.value) for r in err.remedies] == [("gap", "julian"), ("gap", "gregorian")]
    assert (err.field, err.value) == ("date", "1752-09-05")
    assert "gap='julian' reads it as Julian" in str(err)
    assert pickle.loads(pickle.dumps(err)).remedies == err.remedies
    result = run_main("regions", "Rusia")
    assert "did you mean RU, " in result.err and "'oldstyle regions' lists every region" in result.err


def test_advice_is_data_worded_by_each_audience() -> None:
    from oldstyle.cli.streams import SHELL_ADVICE, shell_message
    from oldstyle.errors import PYTHON_ADVICE

    assert set(SHELL_ADVICE) == set(PYTHON_ADVICE)  # every advice the library gives has shell words
    with pytest.raises(oldstyle.UnknownRegionError) as caught:
        region("Atlantis")
    err = caught.value
    assert err.advice == "regions" and "oldstyle.regions() lists every region" in str(err)
    assert "'oldstyle regions' lists every region" in shell_message(err)
    assert pickle.loads(pickle.dumps(err)).advice == "regions"
    with pytest.raises(oldstyle.DateParseError) as parsed:
        oldstyle.parse("born 25 October 1917")
    assert parsed.value.advice == "scan" and "oldstyle.scan()" in str(parsed.value)
    assert "oldstyle." not in shell_message(parsed.value)
