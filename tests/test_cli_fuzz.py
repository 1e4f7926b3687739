"""Fuzzing the command line: any argv and any stdin give exit 0, 1 or 2 and never a traceback.

In process through ``main(argv, streams)`` with byte streams (fast, so
hypothesis can try many command lines), plus a few subprocess runs of the
shapes that only a real process has: argv bytes that are no UTF-8, an output
encoding that cannot hold the text, a locale without UTF-8.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import tempfile
from collections.abc import Iterator

import pytest
from cli_runner import run_main, script_path
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from oldstyle.cli.arguments import COMMANDS

_HUGE = "1" * 5000
_TOKENS = [
    *("convert", "check", "offset", "cal", "regions"),
    *("--csv", "--header", "--delimiter", "--format", "json", "dual", "long", "text"),
    *("--from", "--to", "--calendar", "os", "ns", "gregorian", "--region", "GB", "SE", "RU", "AK", "XX"),
    *("--gap", "julian", "--style", "bracket", "russian", "--year-start", "lady_day", "easter", "--weekday"),
    *("--fix", "--trust", "second", "--syntax", "markdown", "--max-size", "1k", "0", "-", "--", "--help"),
    *("²", "¹⁹¹⁷", "1917-10-25", "-0043-03-15", "1752-09-05", "1712-02-30", "30 February 1712 S.S."),
    *("25", "October", "1917", "O.S.", "(N.S.", "13", "-1", "+5", _HUGE, "9" * 30, f"{_HUGE}-01-01"),
    *("\x00", "\t", "tab", "\\t", "::", '"', "", " ", "\n", "\udcff", "bad.md", "good.txt", "none.md"),
    *("/dev/null", "/dev/full", "fifo.md", "loop.md"),
    *("easter", "feast", "--feasts", "--computus", "Michaelmas", "Lady Day", "Old Michaelmas Day"),
    *(
        "--add-columns",
        "--on-error",
        "keep",
        "blank",
        "fail",
        "--encoding",
        "utf-16",
        "cp1252",
        "11 July 1731/32",
    ),
]
_SAFE_TEXT = st.text(max_size=12).filter(lambda t: "/" not in t and "\\" not in t and t.strip(".") != "")
_ARGV = st.lists(st.one_of(st.sampled_from(_TOKENS), _SAFE_TEXT), max_size=7)
_STDIN = st.one_of(
    st.binary(max_size=60),
    st.lists(
        st.sampled_from([b"date", b",", b";", b"\t", b'"', b"\r", b"\n", b"1917-10-25", b"\xe9", b"x"])
    ).map(b"".join),
)


@contextlib.contextmanager
def _playground() -> Iterator[None]:
    """A scratch working directory with a few files of each kind the commands meet."""
    with tempfile.TemporaryDirectory() as scratch, contextlib.chdir(scratch):
        with open("bad.md", "w", encoding="utf-8") as bad:
            bad.write("It began on 25 October (O.S.; 8 November N.S.) 1917.\n")
        with open("good.txt", "w", encoding="utf-8") as good:
            good.write("25 October (O.S.; 7 November N.S.) 1917\n")
        os.mkfifo("fifo.md")
        os.symlink("loop.md", "loop.md")
        yield


@example(command="check", argv=["\x00"], stdin=b"")  # os.stat refuses a NUL
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(command=st.sampled_from(list(COMMANDS)), argv=_ARGV, stdin=_STDIN)
def test_any_command_line_exits_0_1_or_2_without_a_traceback(
    command: str, argv: list[str], stdin: bytes
) -> None:
    with _playground():
        result = run_main(command, *argv, stdin=stdin)
    assert result.status in (0, 1, 2), (result.status, result.err)
    assert "Traceback" not in result.err and "internal error" not in result.err, result.err
    for line in result.err.splitlines():
        assert line.startswith(("oldstyle", "usage: oldstyle")), result.err


@pytest.mark.parametrize(
    ("argv", "env", "status"),
    [
        ([b"convert", b"\xff"], {}, 1),
        ([b"check", b"caf\xe9.md"], {"PYTHONIOENCODING": "utf-8"}, 2),
        (
            [b"convert", b"1917-10-25", b"--format", b"dual", b"--style", b"russian"],
            {"PYTHONIOENCODING": "ascii"},
            0,
        ),
        ([b"regions", b"RU", b"--format", b"json"], {"LC_ALL": "C", "PYTHONUTF8": "0"}, 0),
        ([b"cal", "²".encode(), b"1917"], {"LC_ALL": "C", "PYTHONUTF8": "0"}, 2),
    ],
    ids=["argv-not-utf8", "missing-name-not-utf8", "ascii-output", "c-locale", "c-locale-superscript"],
)
def test_real_processes_with_odd_bytes_and_encodings(
    argv: list[bytes], env: dict[str, str], status: int
) -> None:
    done = subprocess.run(
        [os.fsencode(script_path()), *argv], capture_output=True, timeout=60, env={**os.environ, **env}
    )
    assert done.returncode == status, done.stderr
    assert b"Traceback" not in done.stderr and b"internal error" not in done.stderr
    assert len(done.stderr.splitlines()) == (0 if status == 0 else 1), done.stderr
