"""Standard input, output and error as one object that tests replace.

Every command reads and writes through a :class:`Streams`, never through
``sys.stdin``/``sys.stdout`` directly, so a test passes byte buffers in
instead of patching the interpreter's streams.  Output is written as bytes:
a file name that is no valid UTF-8 (held as surrogate escapes) goes out as
the bytes it was, and text the terminal's encoding cannot hold is escaped
rather than crashing the run.
"""

from __future__ import annotations

import io
import sys

from oldstyle.errors import OldstyleError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (mypy knows the name)
if TYPE_CHECKING:
    from typing import BinaryIO

    from oldstyle.errors import Advice

__all__ = ["PROG", "SHELL_ADVICE", "OutputError", "Streams", "shell_message", "shell_spelling"]

PROG = "oldstyle"


def shell_spelling(option: str, value: str) -> str:
    """An option setting as typed in a shell: ``--gap julian``."""
    return f"--{option.replace('_', '-')} {value}"


SHELL_ADVICE: dict[Advice, str] = {
    "scan": "; give the date on its own, or run 'oldstyle check' on running text",
    "year_start": f" ('{PROG} regions CODE' notes its New Year)",
    "regions": f" ('{PROG} regions' lists every region)",
    "feasts": f": '{PROG} feast YEAR' lists the feasts of a year",
}
"""The library's advice (:data:`oldstyle.errors.PYTHON_ADVICE`) for a shell user: commands, not functions."""


def shell_message(err: BaseException) -> str:
    """An error's message for someone at a shell: options as flags, commands rather than Python functions.

    Worded from the error's data (its remedies and advice), never by matching its text.
    """
    return err.worded(shell_spelling, SHELL_ADVICE) if isinstance(err, OldstyleError) else str(err)


def _encode(text: str, encoding: str) -> bytes:
    try:
        return text.encode(encoding, "surrogateescape")
    except UnicodeEncodeError:  # a character the output encoding has no byte for
        return text.encode(encoding, "backslashreplace")


class OutputError(Exception):
    """Standard output could not be written (a closed pipe, a full disk); ``cause`` says why."""

    def __init__(self, cause: OSError) -> None:
        super().__init__(cause.strerror or str(cause))
        self.cause = cause


class Streams:
    """The three standard streams as bytes, plus the text encoding of the output.

    ``Streams.of_process()`` wraps the process's own streams; a test builds
    ``Streams(io.BytesIO(b"input"), io.BytesIO(), io.BytesIO())``.  ``debug``
    (``--debug``) adds a traceback to each error reported.  A plain class, not a
    dataclass: :mod:`dataclasses` alone would double the start-up of ``convert``.
    """

    __slots__ = ("debug", "encoding", "stderr", "stdin", "stdout")

    def __init__(
        self,
        stdin: BinaryIO,
        stdout: BinaryIO,
        stderr: BinaryIO,
        encoding: str = "utf-8",
        debug: bool = False,
    ) -> None:
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr
        self.encoding = encoding
        self.debug = debug

    @classmethod
    def of_process(cls) -> Streams:
        """The process's stdin, stdout and stderr (their binary buffers)."""
        encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
        return cls(_binary(sys.stdin), _binary(sys.stdout), _binary(sys.stderr), encoding)

    def write(self, text: str) -> None:
        """Write text to stdout as it is (no newline added)."""
        self.write_bytes(_encode(text, self.encoding), flush=False)

    def line(self, text: str = "") -> None:
        """Write one line of text to stdout."""
        self.write(text + "\n")

    def write_bytes(self, data: bytes, *, flush: bool = False) -> None:
        """Write bytes to stdout untouched; raises OutputError if they cannot be written."""
        try:
            if data:  # even an empty write reaches the device (and fails on /dev/full)
                self.stdout.write(data)
            if flush:
                self.stdout.flush()
        except OSError as err:
            raise OutputError(err) from err

    def flush(self) -> None:
        """Send what was written on (a pipe sees it at once); raises OutputError."""
        self.write_bytes(b"", flush=True)

    def complain(self, message: str) -> None:
        """One line on stderr, ``oldstyle: message``, whitespace folded to single spaces."""
        import contextlib  # only with a message: kept out of the start-up

        with contextlib.suppress(OSError):  # keep the order of output and messages on a terminal
            self.stdout.flush()
        text = f"{PROG}: {' '.join(message.split())}\n"
        self.stderr.write(_encode(text, self.encoding))
        self.stderr.flush()

    def usage_error(self, command: str, message: str) -> None:
        """One line for a usage error, ``oldstyle CMD: error: ... (see 'oldstyle CMD --help')``."""
        text = f"{PROG} {command}: error: {' '.join(message.split())} (see '{PROG} {command} --help')\n"
        self.stderr.write(_encode(text, self.encoding))
        self.stderr.flush()

    def report(self, err: BaseException, where: str = "") -> None:
        """Report a data error in one line, worded for the shell (``--gap julian``)."""
        if self.debug:
            import traceback  # only with --debug

            self.stderr.write(_encode("".join(traceback.format_exception(err)), self.encoding))
        self.complain(f"{where}{shell_message(err)}")


def _binary(stream: object) -> BinaryIO:
    """The byte stream under a text stream (a replaced stream may be text-only, or None)."""
    if stream is None:  # no console at all (pythonw, a closed descriptor)
        return io.BytesIO()
    buffer = getattr(stream, "buffer", None)
    if isinstance(buffer, io.BufferedIOBase | io.RawIOBase):
        return buffer  # type: ignore[return-value]
    if isinstance(stream, io.TextIOBase):
        return _TextAsBinary(stream)  # type: ignore[return-value]
    return stream  # type: ignore[return-value]


class _TextAsBinary(io.RawIOBase):
    """Bytes written to (or read from) a text-only stream, as UTF-8 text."""

    def __init__(self, text: io.TextIOBase) -> None:
        super().__init__()
        self._text = text
        self._pending = b""

    def readable(self) -> bool:
        return True

    def writable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if not self._pending:
            self._pending = self._text.read(8192).encode("utf-8", "surrogateescape")
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        self._text.write(bytes(data).decode("utf-8", "surrogateescape"))
        return len(data)

    def flush(self) -> None:
        self._text.flush()
