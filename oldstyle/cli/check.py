"""``oldstyle check``: find (and with ``--fix`` correct) wrong dual dates in files."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from oldstyle.checking import Problem, apply_fixes, check
from oldstyle.cli import files
from oldstyle.cli.progress import Progress
from oldstyle.cli.status import ExitStatus, UsageError
from oldstyle.cli.streams import Streams
from oldstyle.markup import mask_markdown

__all__ = ["EXAMPLES", "SYNTAXES", "CheckOptions", "run"]

SYNTAXES = ("auto", "markdown", "text")
EXAMPLES = """\
examples:
  oldstyle check notes.md                  path:line:col: message per problem
  oldstyle check docs/ --format json       every .md/.txt/.html/.rst file under docs/
  oldstyle check --fix chapter1.md         correct the second half of each wrong pair
  cat draft.txt | oldstyle check -
  cat page.md | oldstyle check - --syntax markdown

Only regular files are read: a FIFO, a device or a symlink to one is
skipped with a message, as is a file over --max-size.

--fix writes each fixed file to a temporary .NAME.XXXX.tmp beside it and
renames that over the file, keeping its mode, and its owner and group where
the user may (always when run as root).  A file with several hard links is
not rewritten (the rename would split it from its other names): its
problems are reported and the exit status is 1.  SIGTERM or SIGHUP during a
write removes the temporary file and leaves the original as it was; SIGKILL
cannot be caught, so the temporary file stays behind (the original is still
intact) and may be deleted.

Problems are written as each file is done.  On a terminal, a run past a
second shows the files checked (and a large file's name with the seconds
spent on it) on stderr; nothing is shown when stderr is a pipe or a file.

Exit status: 0 no problems, 1 problems found (with --fix: problems left
unfixed) or a file that could not be read or written, 2 usage error such as
a missing file."""

_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})


@dataclass(frozen=True)
class CheckOptions:
    """What ``oldstyle check`` was asked: which paths, whether to fix, how to read them."""

    paths: list[str]
    fix: bool = False
    trust: str = "first"
    syntax: str = "auto"
    format: str = "text"
    max_size: int = files.DEFAULT_MAX_SIZE

    def __post_init__(self) -> None:
        if self.fix and "-" in self.paths:
            raise UsageError("--fix rewrites files in place; it cannot rewrite stdin ('-')")


@dataclass
class _CheckRun:
    """What ``check`` has seen so far: how many rows it wrote, the worst status, its progress.

    Rows are written as each file is checked: a text line each, or, with
    ``--format json``, one element of a JSON array whose brackets open
    before the first file and close after the last, so that the output is
    the same text as ``json.dumps(rows, indent=2)`` of all of them.
    """

    streams: Streams
    options: CheckOptions
    rows: int = 0
    status: ExitStatus = ExitStatus.OK
    progress: Progress = field(init=False)

    def __post_init__(self) -> None:
        self.progress = Progress(self.streams.stderr, "files checked")

    def worse(self, status: ExitStatus) -> None:
        """Keep the most serious status: usage (2) over data (1) over fine (0)."""
        self.status = self.status.worse(status)

    def file_error(self, shown: object, message: str, status: ExitStatus = ExitStatus.DATA) -> None:
        """One line about a file that could not be read or written."""
        self.progress.clear()
        self.streams.complain(f"{shown}: {message}")
        self.worse(status)

    def add(self, row: dict[str, object]) -> None:
        """Write one problem at once: a text line, or the next element of the JSON array."""
        self.rows += 1
        if self.options.format == "json":
            element = json.dumps(row, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            self.streams.write(("[\n  " if self.rows == 1 else ",\n  ") + element)
        else:
            note = " (fixed)" if row["fixed"] else ""
            self.streams.line(f"{row['path']}:{row['line']}:{row['column']}: {row['message']}{note}")

    def finish(self) -> None:
        """Close the JSON array (``[]`` when there were no problems)."""
        self.progress.clear()
        if self.options.format == "json":
            self.streams.line("\n]" if self.rows else "[]")


def _targets(run: _CheckRun) -> Iterator[Path | None]:
    """The files to check (None for stdin); a path that cannot be checked is reported and skipped."""
    for name in run.options.paths:
        if name == "-":
            yield None
            continue
        try:
            mode = os.stat(name).st_mode
        except OSError as err:
            run.file_error(name, files.reason(err).lower(), ExitStatus.USAGE)
            continue
        except ValueError:  # only main(argv) can pass one; a shell cannot
            run.file_error(repr(name), "not a file name: it holds a NUL character", ExitStatus.USAGE)
            continue
        if stat.S_ISDIR(mode):
            yield from files.walk(Path(name), run.file_error)
        elif stat.S_ISREG(mode):
            yield Path(name)
        else:
            run.file_error(name, f"{files.kind_of(mode)}, not a regular file; not checked", ExitStatus.USAGE)


def _read_text(path: Path | None, run: _CheckRun) -> str:
    """A file's text, exactly as stored (no newline translation); raises for binary data."""
    if path is None:
        data = files.read_limited(run.streams.stdin, run.options.max_size, "stdin")
    else:
        data = files.read_regular_file(path, run.options.max_size)
    if b"\0" in data:
        raise UnicodeError("binary file (it contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise UnicodeError(f"not UTF-8 text (bad byte at offset {err.start})") from None


def _problem_row(shown: str, problem: Problem, fixed: bool) -> dict[str, object]:
    return {
        "path": shown,
        "line": problem.line,
        "column": problem.column,
        "kind": problem.kind,
        "message": problem.message,
        "replacement": problem.replacement,
        "fixed": fixed,
    }


def _is_markdown(path: Path | None, syntax: str) -> bool:
    """Whether to read a file as Markdown: by --syntax, else by its suffix (stdin is text)."""
    if syntax != "auto":
        return syntax == "markdown"
    return path is not None and path.suffix.lower() in _MARKDOWN_SUFFIXES


def _write_fix(path: Path, text: str, problems: list[Problem], run: _CheckRun) -> bool:
    """Write the fixed text; False (after one line on stderr) if the file could not be written."""
    fixed_text = apply_fixes(text, problems)
    if fixed_text == text:
        return True
    try:
        files.write_atomically(path, fixed_text.encode("utf-8"))
    except files.FileError as err:
        run.file_error(path, str(err))
        return False
    except OSError as err:
        run.file_error(path, f"cannot write the fix: {files.reason(err)}")
        return False
    return True


def _check_one(path: Path | None, run: _CheckRun, done: int = 0) -> None:
    shown = "<stdin>" if path is None else str(path)
    try:
        text = _read_text(path, run)
    except OSError as err:
        run.file_error(shown, files.reason(err))
        return
    except (files.FileError, UnicodeError) as err:
        run.file_error(shown, str(err))
        return
    # Markdown is checked as the MkDocs plugin checks it: code, comments and
    # markers are blanked first, at unchanged positions, so fixes land in place.
    view = mask_markdown(text) if _is_markdown(path, run.options.syntax) else text
    with run.progress.working_on(shown, done):  # a large file: its name and seconds on a terminal
        problems = check(view, trust=run.options.trust)
    run.progress.clear()
    written = run.options.fix and path is not None and _write_fix(path, text, problems, run)
    for problem in problems:
        fixed = written and problem.replacement is not None
        run.add(_problem_row(shown, problem, fixed))
        run.worse(ExitStatus.OK if fixed else ExitStatus.DATA)


def run(options: CheckOptions, streams: Streams) -> ExitStatus:
    """Run ``oldstyle check`` on files, directories and stdin, writing each file's problems at once."""
    state = _CheckRun(streams, options)
    for done, path in enumerate(_targets(state)):
        _check_one(path, state, done)
        streams.flush()
        state.progress.update(done + 1)
    state.finish()
    return state.status
