"""``oldstyle check``: files, directories, stdin and ``--fix``."""

from __future__ import annotations

import errno
import json
import os
import re
import signal
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from cli_runner import RUNNERS, assert_one_line_error, run_main, run_script

from oldstyle.cli import files
from oldstyle.cli.files import write_atomically

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


def test_check_syntax_refuses_an_unknown_name(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("x\n", encoding="utf-8")
    result = run_main("check", "--syntax", "html", str(page))
    assert_one_line_error(result, 2)
    assert "--syntax" in result.err and "'html'" in result.err


# --- files that are no regular files, limits, permissions (issue 11) ---------------------


def test_a_path_that_cannot_be_checked_says_why(tmp_path: Path) -> None:
    loop = tmp_path / "loop.md"
    loop.symlink_to(loop)
    result = run_main("check", str(loop))
    assert_one_line_error(result, 2)
    assert "too many levels of symbolic links" in result.err
    result = run_main("check", "/dev/null")
    assert_one_line_error(result, 2)
    assert "character device" in result.err and "no such file" not in result.err
    result = run_main("check", "x" * 256)
    assert_one_line_error(result, 2)
    assert "file name too long" in result.err


def test_check_dir_reads_regular_files_only_and_never_hangs(tmp_path: Path) -> None:
    (tmp_path / "bad.md").write_text(BAD_TEXT, encoding="utf-8")
    os.mkfifo(tmp_path / "fifo.md")
    (tmp_path / "zero.md").symlink_to("/dev/zero")
    (tmp_path / "random.txt").symlink_to("/dev/urandom")
    result = run_script("check", str(tmp_path))  # a hang would time out (60 s)
    assert result.status == 1 and "Traceback" not in result.err
    assert result.text.count(":2:13:") == 1
    skipped = sorted(line.split(": ")[1].rsplit("/", 1)[-1] for line in result.err.splitlines())
    assert skipped == ["fifo.md", "random.txt", "zero.md"], result.err
    assert "a FIFO" in result.err and "character device" in result.err
    result = run_script("check", str(tmp_path / "fifo.md"))
    assert_one_line_error(result, 2)
    assert "FIFO" in result.err


def test_check_skips_a_file_over_max_size(tmp_path: Path) -> None:
    path = tmp_path / "big.md"
    path.write_text(BAD_TEXT + "x" * 2000, encoding="utf-8")
    result = run_main("check", "--max-size", "1k", str(path))
    assert_one_line_error(result, 1)
    assert "--max-size 1024" in result.err
    assert run_main("check", "--max-size", "1M", str(path)).text.count(":2:13:") == 1
    result = run_main("check", "--max-size", "1k", "-", stdin=b"x" * 1025)
    assert_one_line_error(result, 1)
    for garbage in ("", "0", "lots", "-5", "1T", "9" * 40):
        assert_one_line_error(run_main("check", "--max-size", garbage, str(path)), 2)


def _refuse(path: Path, real: object) -> object:
    """A stand-in for an os function that fails with EACCES on ``path``, as for a non-root user."""

    def refused(target: object, *args: object, **kwargs: object) -> object:
        if Path(str(target)) == path:
            raise PermissionError(errno.EACCES, "Permission denied", str(target))
        return real(target, *args, **kwargs)  # type: ignore[operator]

    return refused


def test_an_unreadable_directory_is_reported_with_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "bad.md").write_text(BAD_TEXT, encoding="utf-8")
    (tmp_path / "good.md").write_text(GOOD_TEXT, encoding="utf-8")
    locked.chmod(0)
    try:
        # root may read a mode-000 directory, so the refusal is made explicit too
        monkeypatch.setattr(files.os, "scandir", _refuse(locked, os.scandir))
        result = run_main("check", str(tmp_path))
    finally:
        locked.chmod(0o755)
    assert_one_line_error(result, 1)
    assert "locked: cannot read the directory: Permission denied" in result.err


def test_fix_in_a_read_only_directory_reports_every_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text(BAD_TEXT, encoding="utf-8")
    real_mkstemp = tempfile.mkstemp

    def no_temp_files(*args: object, **kwargs: object) -> tuple[int, str]:
        if Path(str(kwargs.get("dir"))) == tmp_path:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_mkstemp(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(files.tempfile, "mkstemp", no_temp_files)
    result = run_main("check", "--fix", str(tmp_path))
    assert result.status == 1 and "internal error" not in result.err
    assert result.text.count(":2:13:") == 2 and "(fixed)" not in result.text
    errors = result.err.splitlines()
    assert len(errors) == 2 and all("cannot write the fix: Permission denied" in line for line in errors)
    assert (tmp_path / "a.md").read_bytes() == BAD_TEXT.encode()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root may give files away")
def test_fix_as_root_keeps_owner_and_group(tmp_path: Path) -> None:
    path = tmp_path / "theirs.md"
    path.write_text(BAD_TEXT, encoding="utf-8")
    os.chown(path, 12345, 23456)
    assert run_main("check", "--fix", str(path)).status == 0
    info = path.stat()
    assert (info.st_uid, info.st_gid) == (12345, 23456)
    assert "7 November" in path.read_text(encoding="utf-8")


def test_fix_refuses_a_hard_linked_file(tmp_path: Path) -> None:
    path = tmp_path / "linked.md"
    path.write_text(BAD_TEXT, encoding="utf-8")
    os.link(path, tmp_path / "other-name.md")
    result = run_main("check", "--fix", str(path))
    assert result.status == 1 and "(fixed)" not in result.text and result.text.count(":2:13:") == 1
    assert_one_line_error(result, 1)
    assert "2 hard links" in result.err
    assert path.read_bytes() == BAD_TEXT.encode() and path.stat().st_nlink == 2


_KILLED_DURING_WRITE = """
import os, signal, sys
from oldstyle.cli import files, main
def fsync_then_killed(fd):
    os.kill(os.getpid(), signal.SIG{name})
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [])  # let the handler run here
files.os.fsync = fsync_then_killed
sys.exit(main(["check", "--fix", sys.argv[1]]))
"""


@pytest.mark.parametrize("name", ["TERM", "HUP"])
def test_a_kill_during_the_write_removes_the_temporary_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / "bad.md"
    path.write_text(BAD_TEXT, encoding="utf-8")
    script = _KILLED_DURING_WRITE.format(name=name)
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, timeout=60)
    assert done.returncode == 128 + getattr(signal, f"SIG{name}"), done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.md"]
    assert path.read_bytes() == BAD_TEXT.encode()


def test_a_file_name_that_is_no_utf8_is_written_as_its_bytes(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.md")
    (tmp_path / name).write_text(BAD_TEXT, encoding="utf-8")
    result = run_script("check", ".", cwd=tmp_path, env={"PYTHONIOENCODING": "utf-8"})
    assert result.status == 1 and result.err == ""
    assert result.out.startswith(b"caf\xe9.md:2:13: ")
    result = run_script("check", "--format", "json", ".", cwd=tmp_path, env={"PYTHONIOENCODING": "utf-8"})
    assert result.status == 1 and b'"path": "caf\xe9.md"' in result.out


def test_walk_order_is_files_first_then_subdirectories_at_any_depth(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.md").write_text("", encoding="utf-8")
    (tmp_path / "a.txt").write_text("", encoding="utf-8")
    (tmp_path / "c.md").write_text("", encoding="utf-8")
    deep = tmp_path / "d"
    deep.mkdir()
    for _ in range(300):
        deep = deep / "x"
        deep.mkdir()
    (deep / "bottom.md").write_text("", encoding="utf-8")
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(200)  # the tree is deeper than the stack may grow
    try:
        found = [p.relative_to(tmp_path).parts for p in files.walk(tmp_path, lambda path, why: None)]
    finally:
        sys.setrecursionlimit(limit)
    assert found[:3] == [("a.txt",), ("c.md",), ("b", "z.md")]
    assert found[3][-1] == "bottom.md" and len(found) == 4
