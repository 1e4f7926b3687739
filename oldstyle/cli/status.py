"""Exit statuses and the usage error of the ``oldstyle`` command."""

from __future__ import annotations

import enum

__all__ = ["ExitStatus", "Stopped", "UsageError"]


class ExitStatus(enum.IntEnum):
    """What the ``oldstyle`` command tells the shell.

    ``OK`` (0) everything went well; ``DATA`` (1) some input was bad data, or
    ``check`` found problems; ``USAGE`` (2) the command line asked for
    something impossible (a bad option, a missing file).  A run stopped by a
    signal exits ``128 + signal number``, as shells do.
    """

    OK = 0
    DATA = 1
    USAGE = 2
    INTERRUPTED = 130

    def worse(self, other: ExitStatus) -> ExitStatus:
        """The more serious of two statuses: usage over data over fine."""
        return max(self, other)


class UsageError(Exception):
    """A command line that asks for something impossible (exit status 2)."""


class Stopped(BaseException):
    """A signal (SIGTERM, SIGHUP) asked the command to stop; it exits 128 + ``signum``.

    A BaseException, so that the cleanup of an atomic write runs on the way
    out but no ``except Exception`` swallows it.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(f"stopped by signal {signum}")
        self.signum = signum
