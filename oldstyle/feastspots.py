"""Where a text may hold a feast date, found cheaply: the prefilter of the feast reader.

:mod:`oldstyle.feasttext` reads "Michaelmas 1666" with one large pattern (every
feast name in five languages, counted days, "Old", a day in parentheses),
which is slow to build and slow to try at every position of a long text.
Every feast date ends in a year written in digits, with the last word of a
feast name shortly before it ("... Michaelmas 1666", "... Lady Day (25
March) 1731/2", "... Easter in 1381").  :func:`feast_windows` finds those
places in one pass over the text read backwards (so that the search starts
at the year's digits, which the regex engine skips to quickly), and returns
the stretches around them; the feast reader then runs only there.  For text
without a feast name before a year it returns nothing, and the feast reader
is never loaded.

The pattern runs on the reversed text: its pieces are the feast-date
grammar's separators written backwards.  It has no nested quantifiers.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Final

__all__ = ["REACH_AFTER", "REACH_BEFORE", "feast_windows"]

REACH_BEFORE: Final = 160
"""How far before a feast name's last word a feast date may start ("the Sunday next after the ...")."""

REACH_AFTER: Final = 40
"""How far after a year's first digit a feast date may end ("1731/32", "1700 года")."""

# Backwards: the year's digits (its last three first), " in"/" of", a comma or
# spaces, "(...)" (a day written beside the feast), then the last word ("Day" in "Lady Day").
_BACKWARDS: Final = re.compile(
    r"[0-9]{3}[0-9]?"
    r"(?:\s+(?i:ni|fo))?"
    r"(?:\s*,\s*|\s+)"
    r"(?:\)[^()\n]{1,40}\(\s*)?"
    r"(?P<word>[^\W\d_][\w'’]{1,39})"
)


@cache
def _last_words() -> frozenset[str]:
    """The last word of every feast name, lower case and without apostrophes, written backwards,
    with and without its accents and in lookup form (see :func:`oldstyle.churchyear.name_key`)."""
    from oldstyle.churchyear import feast_table, name_key

    words = {"day"}
    for entry in feast_table():
        for name in entry.all_names():
            words.add(_plain(name.replace("-", " ").split()[-1]))
            words.add(name_key(name).split()[-1])
    return frozenset(word[::-1] for word in words)


def _plain(word: str) -> str:
    return word.casefold().replace("'", "").replace("’", "")


def _is_feast_word(reversed_word: str) -> bool:
    if _plain(reversed_word) in _last_words():
        return True
    if reversed_word.isascii():
        return False  # the lookup form of a plain word is the word in lower case
    from oldstyle.churchyear import name_key  # accents, "Saint"/"St": the slow, thorough form

    return name_key(reversed_word[::-1])[::-1] in _last_words()


@lru_cache(maxsize=1)  # scan and then check ask for the same text's windows
def feast_windows(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` that may hold a feast date, in order and without overlaps.

    >>> feast_windows("Rent due at Michaelmas 1666.")
    [(0, 28)]
    >>> feast_windows("The vestry met on 25 October 1917 and in 1918.")
    []

    A superset: every feast date :mod:`oldstyle.feasttext` reads lies in one
    (unless the spaces inside it run past :data:`REACH_BEFORE`).
    """
    if not any(digit in text for digit in "0123456789"):
        return []
    backwards = text[::-1]
    size = len(text)
    windows: list[tuple[int, int]] = []
    for match in _BACKWARDS.finditer(backwards):
        if not _is_feast_word(match["word"]):
            continue
        word_start, year_end = size - match.end("word"), size - match.start(0)
        low, high = max(0, word_start - REACH_BEFORE), min(size, year_end + REACH_AFTER)
        windows.append((low, high))
    return _merged(sorted(windows))


def _merged(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for low, high in windows:
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(high, merged[-1][1]))
        else:
            merged.append((low, high))
    return merged
