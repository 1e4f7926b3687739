"""The exception family: every error oldstyle raises on bad input.

An error carries what went wrong as data as well as in words: the bad
``value``, the ``field`` it was given for, and the ``remedies`` (option
settings that would have made the call succeed) and the ``advice`` (where
to look next, as a key of :data:`PYTHON_ADVICE`).  ``str(error)`` words the
remedies and advice for Python (``gap='julian'``, ``oldstyle.regions()``); the
command line words the same error for the shell (``--gap julian``,
``oldstyle regions``) with :meth:`OldstyleError.worded`, without reading the
message text.
"""

from __future__ import annotations

from oldstyle.choices import literal_alias

# Every module raises these errors, the conversions and the command line
# included: typing would take longer to import than this module, so Advice is
# made on first use (see __getattr__ at the end).  mypy and the docs read this block.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence
    from typing import Literal

    Advice = Literal["scan", "year_start", "regions", "feasts"]
    """Where an error sends its reader next: a key of :data:`PYTHON_ADVICE` (and of the shell's table)."""

    Spelling = Callable[[str, str], str]
    """How an audience writes an option setting: ``(option, value) -> text``."""

__all__ = [
    "PYTHON_ADVICE",
    "Advice",
    "DateParseError",
    "InvalidDateError",
    "NonexistentDateError",
    "OldstyleError",
    "Remedy",
    "UnknownFeastError",
    "UnknownRegionError",
    "python_spelling",
]


class Remedy:
    """An option setting that would have made a failed call succeed.

    ``option`` is the Python keyword (``"gap"``), ``value`` its setting
    (``"julian"``) and ``effect`` what that setting does, in words that follow
    the spelled option (``"reads it as Julian (= Gregorian 1752-09-16)"``).
    Remedies with the same three are equal.  A plain class rather than a
    dataclass or a named tuple: :mod:`dataclasses` or :mod:`typing` would
    double the import time of the core, which raises these errors.
    """

    __slots__ = ("effect", "option", "value")

    def __init__(self, option: str, value: str, effect: str) -> None:
        self.option = option
        self.value = value
        self.effect = effect

    def _fields(self) -> tuple[str, str, str]:
        return (self.option, self.value, self.effect)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Remedy) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return f"Remedy(option={self.option!r}, value={self.value!r}, effect={self.effect!r})"


PYTHON_ADVICE: Mapping[Advice, str] = {
    "scan": ": parse reads one date on its own; use oldstyle.scan() to find the dates in running text",
    "year_start": " (see Region.year_start)",
    "regions": " (oldstyle.regions() lists every region)",
    "feasts": ": see oldstyle.feast_table()",
}
"""Each advice worded for a Python user, as it follows the message (with its own leading punctuation)."""


def python_spelling(option: str, value: str) -> str:
    """An option setting as a Python keyword argument: ``gap='julian'``."""
    return f"{option}={value!r}"


class OldstyleError(ValueError):
    """Base of every error oldstyle raises for bad input.

    It is a :class:`ValueError`, so code that already catches ``ValueError``
    around date handling keeps working.  Besides the message it carries, as
    attributes, the bad ``value`` (or None), the ``field`` it was given for
    (``"month"``, ``"gap"``, ``"region"``; or None), the ``choices`` that
    would be right (the closest first; may be empty) and the ``remedies`` on
    offer (a tuple of :class:`Remedy`).
    """

    def __init__(
        self,
        message: str = "",
        *,
        value: object = None,
        field: str | None = None,
        choices: Sequence[str] = (),
        remedies: Sequence[Remedy] = (),
        advice: Advice | None = None,
    ) -> None:
        self.problem = message
        self.advice = advice
        self.value = value
        self.field = field
        self.choices = tuple(choices)
        self.remedies = tuple(remedies)
        super().__init__(self.worded(python_spelling))

    def worded(self, spell: Spelling = python_spelling, advice: Mapping[Advice, str] = PYTHON_ADVICE) -> str:
        """The message with each remedy's option written by ``spell`` and the advice from ``advice``.

        Both default to Python (keywords, functions); the command line passes
        ones that write ``--gap julian`` and name its commands.
        """
        message = self.problem + (advice[self.advice] if self.advice else "")
        if not self.remedies:
            return message
        offers = " and ".join(f"{spell(r.option, r.value)} {r.effect}" for r in self.remedies)
        return f"{message}; {offers}" if message else offers

    def __reduce__(self) -> tuple[object, ...]:
        # keyword-only data survives pickling (multiprocessing, dask workers)
        data = (self.problem, self.value, self.field, self.choices, self.remedies, self.advice)
        return (_rebuild, (type(self), *data))


def _rebuild(
    kind: type[OldstyleError],
    problem: str,
    value: object,
    field: str | None,
    choices: tuple[str, ...],
    remedies: tuple[Remedy, ...],
    advice: Advice | None,
) -> OldstyleError:
    return kind(problem, value=value, field=field, choices=choices, remedies=remedies, advice=advice)


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


def __getattr__(name: str) -> object:
    """``Advice`` at run time, made when first imported (typing is not loaded before)."""
    if name == "Advice":
        return literal_alias(globals(), name, "scan", "year_start", "regions", "feasts")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
