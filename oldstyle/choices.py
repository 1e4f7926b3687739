"""One alias chooser: the canonical value a user's spelling names.

Calendar names, gap policies, year-start and dual-date styles, ``trust``
sides, flags and command-line delimiters all accept several spellings of
each value.  :func:`choose` looks a spelling up once, in one way, and raises
the caller's own :class:`~oldstyle.OldstyleError` for an unknown one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from oldstyle.errors import OldstyleError

__all__ = ["choose", "fold"]

T = TypeVar("T")


def fold(text: str) -> str:
    """The lookup key of a spelling: stripped, lower case, ``-`` and spaces as ``_``."""
    return "_".join(text.strip().lower().replace("-", " ").split())


def choose(
    value: object,
    aliases: Mapping[str, T],
    refuse: Callable[[object], OldstyleError],
    key: Callable[[str], str] = fold,
) -> T:
    """The canonical choice that ``value`` spells, by ``aliases[key(value)]``.

    A value that is no str, or spells nothing known, raises ``refuse(value)``:
    each caller words its own error (and carries ``value``, ``field`` and
    ``choices`` on it).
    """
    if isinstance(value, str):
        found = aliases.get(key(value))
        if found is not None:
            return found
    raise refuse(value)
