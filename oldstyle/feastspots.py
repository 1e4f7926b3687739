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
is never loaded.  Long prose that holds no feast name's last word at all is
told first from its distinct chunks (:func:`oldstyle.patterns.distinct_chunks`,
which the date reader's hint pass makes anyway), with no search for years.

The pattern runs on the reversed text: its pieces are the feast-date
grammar's separators written backwards.  It has no nested quantifiers.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Final

from oldstyle.patterns import distinct_chunks

__all__ = ["REACH_AFTER", "REACH_BEFORE", "feast_windows"]

REACH_BEFORE: Final = 160
"""How far before a feast name's last word a feast date may start ("the Sunday next after the ...")."""

REACH_AFTER: Final = 40
"""How far after a year's first digit a feast date may end ("1731/32", "1700 года")."""

# Backwards: the year's digits (its last three first), " in"/" of", a comma or
# spaces, "(...)" (a day written beside the feast), then the last word ("Day" in "Lady Day").
# It starts with one character class, not a repeat, so the engine skips to the digits in C.
_BACKWARDS: Final = re.compile(
    r"[0-9][0-9]{2}[0-9]?"
    r"(?:\s+(?i:ni|fo))?"
    r"(?:\s*,\s*|\s+)"
    r"(?:\)[^()\n]{1,40}\(\s*)?"
    r"(?P<word>[^\W\d_][\w'’]{1,39})"
)
_WORD_LENGTH: Final = 40  # the pattern reads the last 40 characters of a longer run
_WORD_RUN: Final = re.compile(r"[\w'’]+")

# The word test runs where the text's distinct chunks are at most an eighth of it: the test
# costs about 45 ns a character of those, and the search 5 to 15 ns a character of the text.
# Long prose repeats its words (a page of the docs has 36% of its text in distinct chunks,
# 2 MB of the benchmark's prose 2%).
_WORD_TEST_SHARE: Final = 8


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


def _may_hold_feast_word(chunks: str) -> bool:
    """Whether a word of the text whose distinct chunks are ``chunks`` (see
    :func:`~oldstyle.patterns.distinct_chunks`) may be read as a feast name's last word:
    False only when :func:`_is_feast_word` is False for every word the pattern could read
    (each ends a run of word characters and apostrophes, followed by a space, a comma or a
    bracket, so it ends a run of the chunks too).

    Both tests are made on all the words joined by spaces at once: the case folding, accent
    stripping and apostrophes of :func:`_plain` and :func:`~oldstyle.churchyear.name_key`
    act on each character alone, so each word's form is among the pieces of the joined text's.
    """
    words = _WORD_RUN.findall(chunks)
    if max(map(len, words), default=0) > _WORD_LENGTH:  # rare: cut only then, in one pass
        words = [word[-_WORD_LENGTH:] for word in words]
    forwards = " ".join(words)
    if not _last_words().isdisjoint(_plain(forwards[::-1]).split()):
        return True
    if forwards.isascii():
        return False  # _is_feast_word reads a plain word in no other form
    from oldstyle.churchyear import name_key

    return not _last_words().isdisjoint(name_key(forwards)[::-1].split())


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
    chunks = distinct_chunks(text)
    if len(chunks) * _WORD_TEST_SHARE <= len(text) and not _may_hold_feast_word(chunks):
        return []
    backwards = text[::-1]
    size = len(text)
    windows: list[tuple[int, int]] = []
    known: dict[str, bool] = {}  # prose writes the same words before its numbers again and again
    for match in _BACKWARDS.finditer(backwards):
        word = match["word"]
        feast = known.get(word)
        if feast is None:
            feast = known[word] = _is_feast_word(word)
        if not feast:
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
