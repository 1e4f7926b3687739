"""A progress line on stderr for long runs, when (and only when) stderr is a terminal.

A few lines of our own rather than tqdm or rich: the line is one counter
rewritten in place, which needs no dependency, costs nothing at import, and
stays out of pipes and log files (it is shown only on a terminal, and only
once the work has run for a second, so short runs never flicker).  Work that
is one long call (``check`` of one large file) is shown by a timer thread
that rewrites the line with the seconds spent, while the call runs.
"""

from __future__ import annotations

import contextlib
import threading
import time

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (mypy knows the name)
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import BinaryIO

__all__ = ["Progress"]

_DELAY = 1.0  # seconds of work before the line first appears
_INTERVAL = 0.25  # seconds between updates


class Progress:
    """Counts work done and shows it on a terminal's stderr: ``oldstyle: 120,000 rows``."""

    def __init__(self, stderr: BinaryIO, unit: str) -> None:
        self._stderr = stderr
        self._unit = unit
        self._shown = False
        isatty = getattr(stderr, "isatty", None)
        self._enabled = bool(isatty and isatty())
        self._next = time.monotonic() + _DELAY
        self._lock = threading.Lock()

    def update(self, done: int, note: str = "") -> None:
        """Report ``done`` units so far (cheap: the clock is read only on a terminal)."""
        if not self._enabled:
            return
        now = time.monotonic()
        if now < self._next:
            return
        self._next = now + _INTERVAL
        self._draw(f"{done:,} {self._unit}{' ' + note if note else ''}")

    @contextlib.contextmanager
    def working_on(self, what: str, done: int) -> Iterator[None]:
        """While the block runs, show ``what`` and its seconds so far (after the first second)."""
        if not self._enabled:
            yield
            return
        stop = threading.Event()
        start = time.monotonic()

        def tick() -> None:
            while not stop.wait(_INTERVAL):
                if time.monotonic() >= self._next:
                    seconds = time.monotonic() - start
                    self._draw(f"{done:,} {self._unit}, {what} ({seconds:.0f} s)")

        ticker = threading.Thread(target=tick, daemon=True)
        ticker.start()
        try:
            yield
        finally:
            stop.set()
            ticker.join()

    def _draw(self, text: str) -> None:
        with self._lock:
            self._stderr.write(f"\roldstyle: {text}\x1b[K".encode("utf-8", "replace"))
            self._stderr.flush()
            self._shown = True

    def clear(self) -> None:
        """Remove the line, so that messages and the prompt start on a clean line."""
        with self._lock:
            if self._shown:
                self._stderr.write(b"\r\x1b[K")
                self._stderr.flush()
                self._shown = False
