"""Running the ``oldstyle`` command in tests: in process with byte streams, or as a subprocess."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from oldstyle.cli import Streams, main


@dataclass(frozen=True)
class Result:
    """What one run of the command did."""

    status: int
    out: bytes
    err: str

    @property
    def text(self) -> str:
        return self.out.decode("utf-8")


def script_path() -> str:
    found = shutil.which("oldstyle")
    if found is None:
        pytest.fail("the oldstyle console script is not on PATH: run 'pip install -e .' first")
    return found


def run_script(
    *args: str, stdin: bytes = b"", cwd: Path | None = None, env: dict[str, str] | None = None
) -> Result:
    """Run the installed ``oldstyle`` entry point in a subprocess (``env`` adds variables)."""
    environment = {**os.environ, **(env or {})}
    done = subprocess.run(
        [script_path(), *args], input=stdin, capture_output=True, cwd=cwd, timeout=60, env=environment
    )
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
