"""Streaming and the progress line: ``check`` per file, ``convert`` per row (issue 15)."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest

from oldstyle.cli import Streams, check, main, progress

WRONG = "25 October (O.S.; 8 November N.S.) 1917\n"


class _Terminal(io.BytesIO):
    """A byte stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def _streams(stdin: bytes = b"", stderr: io.BytesIO | None = None) -> Streams:
    return Streams(io.BytesIO(stdin), io.BytesIO(), stderr if stderr is not None else io.BytesIO())


def test_check_writes_each_files_problems_before_reading_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(WRONG, encoding="utf-8")
    streams = _streams()
    seen: list[bytes] = []
    original = check._check_one

    def watched(path: Path | None, run: object, done: int) -> None:
        seen.append(streams.stdout.getvalue())  # type: ignore[attr-defined]
        original(path, run, done)  # type: ignore[arg-type]

    monkeypatch.setattr(check, "_check_one", watched)
    assert main(["check", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], streams) == 1
    assert seen[0] == b"" and b"a.txt:1:" in seen[1]


def test_check_json_streams_the_same_text_as_one_dump(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(WRONG * 2, encoding="utf-8")
    streams = _streams()
    main(["check", str(tmp_path), "--format", "json"], streams)
    text = streams.stdout.getvalue().decode()  # type: ignore[attr-defined]
    rows = json.loads(text)
    assert len(rows) == 4
    assert text == json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    empty = _streams(b"nothing here\n")
    main(["check", "-", "--format", "json"], empty)
    assert empty.stdout.getvalue() == b"[]\n"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "args", [["convert"], ["convert", "--csv", "1"], ["check", "-"]], ids=["lines", "csv", "check"]
)
def test_progress_shows_on_a_terminal_only(args: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "_DELAY", -1.0)  # as if the work had run past a second
    data = b"1917-10-25\n" * 3
    terminal = _Terminal()
    assert main(args, _streams(data, terminal)) == 0
    shown = terminal.getvalue()
    assert shown.startswith(b"\roldstyle: ") and shown.endswith(b"\r\x1b[K")  # drawn, then cleared
    piped = io.BytesIO()
    assert main(args, _streams(data, piped)) == 0
    assert piped.getvalue() == b""


def test_progress_waits_a_second_before_it_shows() -> None:
    terminal = _Terminal()
    line = progress.Progress(terminal, "rows")
    line.update(10)
    line.clear()
    assert terminal.getvalue() == b""


def test_one_long_call_shows_what_it_works_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "_DELAY", -1.0)
    monkeypatch.setattr(progress, "_INTERVAL", 0.01)
    terminal = _Terminal()
    line = progress.Progress(terminal, "files checked")
    with line.working_on("big.md", 3):
        time.sleep(0.2)
    line.clear()
    assert b"\roldstyle: 3 files checked, big.md (0 s)" in terminal.getvalue()
    assert terminal.getvalue().endswith(b"\r\x1b[K")
    quiet = io.BytesIO()
    with progress.Progress(quiet, "files").working_on("big.md", 0):
        time.sleep(0.05)
    assert quiet.getvalue() == b""
