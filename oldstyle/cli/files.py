"""Finding, reading and atomically rewriting the files that ``oldstyle check`` works on.

Only regular files are read: a FIFO, a device or a symlink to one is
skipped with a message, never opened for reading in a way that could block
or never end, and no file over the size limit is read.  A fix is written to
a temporary file beside the original and renamed over it, keeping the
permission bits and (where the user may) the owner and group.
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from oldstyle.cli.status import Stopped

__all__ = [
    "CHECK_SUFFIXES",
    "DEFAULT_MAX_SIZE",
    "FileError",
    "read_limited",
    "read_regular_file",
    "walk",
    "write_atomically",
]

CHECK_SUFFIXES = (".md", ".txt", ".html", ".rst")
"""File suffixes ``oldstyle check`` reads when it walks a directory."""

DEFAULT_MAX_SIZE = 50 * 1024 * 1024
"""The largest file ``oldstyle check`` reads unless ``--max-size`` says otherwise: 50 MB."""

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class FileError(Exception):
    """A file that cannot be read or rewritten; the message says why, in one line."""


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words: ``"a FIFO"``, ``"a character device"``..."""
    return next((words for test, words in _KINDS if test(mode)), "not a regular file")


def reason(err: OSError) -> str:
    """The system's words for an I/O error (``"Too many levels of symbolic links"``)."""
    return err.strerror or str(err)


def walk(top: Path, report: Callable[[Path, str], None]) -> Iterator[Path]:
    """The text files under a directory, skipping hidden directories.

    In the order ``os.walk`` gives: a directory's files (sorted) before its
    subdirectories (sorted), however deep the tree.  A directory that cannot
    be listed (mode 000) and a file with a text suffix that is no regular
    file (a FIFO, a device, a symlink to one) are passed to ``report`` with
    the reason, and skipped.
    """
    pending = [top]
    while pending:
        directory = pending.pop()
        try:
            with os.scandir(directory) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as err:
            report(directory, f"cannot read the directory: {reason(err)}")
            continue
        subdirectories = []
        for entry in entries:
            path = Path(directory, entry.name)
            if entry.is_dir(follow_symlinks=False):
                if not entry.name.startswith("."):
                    subdirectories.append(path)
            elif entry.name.lower().endswith(CHECK_SUFFIXES):
                yield from _regular(path, report)
        pending.extend(reversed(subdirectories))


def _regular(path: Path, report: Callable[[Path, str], None]) -> Iterator[Path]:
    """The path if it is (or links to) a regular file; otherwise a report of what it is."""
    try:
        mode = os.stat(path).st_mode
    except OSError as err:
        report(path, reason(err))
        return
    if stat.S_ISREG(mode):
        yield path
    else:
        report(path, f"skipped: {kind_of(mode)}, not a regular file")


def read_limited(stream: BinaryIO, max_size: int, name: str) -> bytes:
    """At most ``max_size`` bytes of a stream; more is a FileError (nothing is kept)."""
    data = stream.read(max_size + 1)
    if len(data) > max_size:
        raise FileError(f"{name} is larger than --max-size {max_size} bytes; not checked")
    return data


def read_regular_file(path: Path, max_size: int) -> bytes:
    """The bytes of a regular file of at most ``max_size`` bytes.

    Opened without blocking (a FIFO would otherwise wait for a writer) and
    checked by the open handle, so a file swapped for a device in between is
    still refused.  Raises FileError or OSError.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags)
    with open(fd, "rb", closefd=True) as handle:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise FileError(f"{kind_of(mode)}, not a regular file; not checked")
        return read_limited(handle, max_size, "the file")


@contextlib.contextmanager
def _stop_on_signals() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP into :class:`Stopped` while the block runs, so cleanup runs.

    SIGKILL cannot be caught: a kill -9 during a write leaves the temporary
    ``.NAME.XXXX.tmp`` file beside the original, which is itself intact.
    """
    wanted = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers
        return

    def stop(signum: int, _frame: object) -> None:
        raise Stopped(signum)

    saved = {signum: signal.signal(signum, stop) for signum in wanted}
    try:
        yield
    finally:
        for signum, handler in saved.items():
            signal.signal(signum, handler)


def _keep_owner(temp: str, info: os.stat_result) -> None:
    """Give the new file the old one's owner and group, as far as this user may."""
    if not hasattr(os, "chown"):
        return
    if os.geteuid() == 0:
        os.chown(temp, info.st_uid, info.st_gid)
        return
    with contextlib.suppress(OSError):  # a user may only give a file to a group they are in
        os.chown(temp, -1, info.st_gid)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace a file's contents all at once, keeping its mode, owner and group.

    The data goes to a temporary file in the same directory, is flushed to
    disk, and then renamed over the file, so a reader sees either the old
    file or the new one, never a half-written one.  SIGTERM or SIGHUP during
    the write removes the temporary file and raises :class:`Stopped`.  A
    file with more than one hard link is refused (FileError): the rename
    would split it from its other names.
    """
    target = path.resolve()
    info = target.stat()
    if info.st_nlink > 1:
        raise FileError(
            f"has {info.st_nlink} hard links, which a rewrite would split; not rewritten "
            "(fix a copy, or the text by hand)"
        )
    temp = ""
    with _stop_on_signals():
        try:
            fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temp, stat.S_IMODE(info.st_mode))
            _keep_owner(temp, info)
            os.replace(temp, target)
        except BaseException:
            if temp:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
            raise
