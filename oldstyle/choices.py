"""One alias chooser: the canonical value a user's spelling names.

Calendar names, gap policies, year-start styles, ``trust`` sides, flags and
command-line month names all accept several spellings of each value.
:func:`lookup` reads a spelling in one way everywhere; :func:`choose` also
raises the caller's own :class:`~oldstyle.OldstyleError` for an unknown one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from oldstyle.errors import OldstyleError

__all__ = ["choose", "lookup", "plain", "underscored"]

T = TypeVar("T")


def plain(text: str) -> str:
    """The lookup key of a spelling: stripped and lower case (``" O.S. "`` -> ``"o.s."``)."""
    return text.strip().lower()


def underscored(text: str) -> str:
    """Like :func:`plain`, with spaces and hyphens as underscores (``"Lady Day"`` -> ``"lady_day"``)."""
    return plain(text).replace(" ", "_").replace("-", "_")


def lookup(value: object, aliases: Mapping[str, T], key: Callable[[str], str] = plain) -> T | None:
    """The canonical value that ``value`` spells, or None if it is no str or spells nothing known."""
    if not isinstance(value, str):
        return None
    return aliases.get(key(value))


def choose(
    value: object,
    aliases: Mapping[str, T],
    refuse: Callable[[object], OldstyleError],
    key: Callable[[str], str] = plain,
) -> T:
    """Like :func:`lookup`, but an unknown spelling raises ``refuse(value)``.

    Each caller words its own error (and may carry ``value``, ``field`` and
    ``choices`` on it).
    """
    found = lookup(value, aliases, key)
    if found is None:
        raise refuse(value)
    return found
