"""One alias chooser: the canonical value a user's spelling names.

Calendar names, gap policies, year-start styles, ``trust`` sides, flags and
command-line month names all accept several spellings of each value.
:func:`lookup` reads a spelling in one way everywhere; :func:`choose` also
raises the caller's own :class:`~oldstyle.OldstyleError` for an unknown one.

``core`` reads its calendar names through here, so this module, like
``core``, loads without :mod:`typing` (its names are for mypy only).
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (mypy knows the name)
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from typing import TypeVar

    from oldstyle.errors import OldstyleError

    T = TypeVar("T")

__all__ = ["choose", "literal_alias", "lookup", "plain", "underscored"]


def plain(text: str) -> str:
    """The lookup key of a spelling: stripped and lower case (``" O.S. "`` -> ``"o.s."``)."""
    return text.strip().lower()


def underscored(text: str) -> str:
    """Like :func:`plain`, with spaces and hyphens as underscores (``"Lady Day"`` -> ``"lady_day"``)."""
    return plain(text).replace(" ", "_").replace("-", "_")


def lookup(value: object, aliases: Mapping[str, T]) -> T | None:
    """The canonical value that ``value`` spells, or None if it is no str or spells nothing known.

    The spelling is matched in any case with surrounding spaces dropped
    (:func:`plain`); failing that, with inner spaces and hyphens read as
    ``_`` (:func:`underscored`), so ``"Lady Day"`` finds ``"lady_day"``.
    """
    if not isinstance(value, str):
        return None
    found = aliases.get(plain(value))
    if found is None:
        found = aliases.get(underscored(value))
    return found


def choose(value: object, aliases: Mapping[str, T], refuse: Callable[[object], OldstyleError]) -> T:
    """Like :func:`lookup`, but an unknown spelling raises ``refuse(value)``.

    Each caller words its own error (and may carry ``value``, ``field`` and
    ``choices`` on it).
    """
    found = lookup(value, aliases)
    if found is None:
        raise refuse(value)
    return found


def literal_alias(namespace: dict[str, object], name: str, *values: str) -> object:
    """``Literal[*values]``, kept in ``namespace`` as ``name``: a module's type alias made on first use.

    A module that loads without :mod:`typing` declares its ``Literal`` aliases
    for mypy only and makes them here, from its ``__getattr__``, when code
    reads one at run time.
    """
    from typing import Literal

    alias = Literal[values]  # type: ignore[valid-type]
    namespace[name] = alias
    return alias
