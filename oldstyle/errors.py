"""The exception family: every error oldstyle raises on bad input."""

from __future__ import annotations

__all__ = [
    "DateParseError",
    "InvalidDateError",
    "NonexistentDateError",
    "OldstyleError",
    "UnknownFeastError",
    "UnknownRegionError",
]


class OldstyleError(ValueError):
    """Base of every error oldstyle raises for bad input.

    It is a :class:`ValueError`, so code that already catches ``ValueError``
    around date handling keeps working.
    """


class InvalidDateError(OldstyleError):
    """A date that does not exist in the calendar it was given in.

    Also raised for arguments of the wrong type (``bool``, ``float``, ``str``
    where an ``int`` year, month or day is needed).  The message says what was
    wrong, why, and what would be right.
    """


class NonexistentDateError(InvalidDateError):
    """A date that a region's calendar reform skipped (e.g. GB 1752-09-03..13)."""


class DateParseError(OldstyleError):
    """Text that could not be read as a date; the message says which part."""


class UnknownRegionError(OldstyleError, LookupError):
    """A region code that is not in the reform table."""


class UnknownFeastError(OldstyleError, LookupError):
    """A feast name that is not in the feast table; the message suggests close names."""
