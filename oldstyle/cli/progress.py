"""A progress line on stderr for long runs, when (and only when) stderr is a terminal.

A dozen lines of our own rather than tqdm or rich: the line is one counter
rewritten in place, which needs no dependency, costs nothing at import, and
stays out of pipes and log files (it is shown only on a terminal, and only
once the work has run for a second, so short runs never flicker).
"""

from __future__ import annotations

import time
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

    def update(self, done: int, note: str = "") -> None:
        """Report ``done`` units so far (cheap: the clock is read only on a terminal)."""
        if not self._enabled:
            return
        now = time.monotonic()
        if now < self._next:
            return
        self._next = now + _INTERVAL
        text = f"\roldstyle: {done:,} {self._unit}{' ' + note if note else ''}\x1b[K"
        self._stderr.write(text.encode("utf-8", "replace"))
        self._stderr.flush()
        self._shown = True

    def clear(self) -> None:
        """Remove the line, so that messages and the prompt start on a clean line."""
        if self._shown:
            self._stderr.write(b"\r\x1b[K")
            self._stderr.flush()
            self._shown = False
