"""The grammar's view of a token list: a :class:`Cursor` with bounded look-ahead, the
:class:`Part` a half of a date is read into, and which month a month word names.

The readers of :mod:`oldstyle.halves`, :mod:`oldstyle.brackets`,
:mod:`oldstyle.grammar` and :mod:`oldstyle.context` walk tokens through a
cursor: it asks the window for more tokens when a reader looks past the end
(and where that stops decides what is read around a date, so every reader
looks only as far as it must), and answers "" past the end of the text.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Final, NamedTuple

from oldstyle.patterns import NUMBER_SUFFIX_CHARACTERS, ROMAN_MONTHS, Token
from oldstyle.wordtables import (
    DAY_OF_ORDINAL_WORD,
    DOTTED_DAY_LANGUAGES,
    LANGUAGES_OF_WORD,
    MONTH_OF_WORD,
    SECOND_MONTH_OF_WORD,
    marker_key,
    month_key,
)

__all__ = ["Cursor", "Part", "month_at", "number_of"]


class Part(NamedTuple):
    """One half of a date as written, before its year and calendar are settled.

    Immutable and built by keyword, like the other readings; a named tuple
    rather than a frozen dataclass because the grammar builds several per
    date, and a tuple is several times cheaper to build.
    """

    day: int
    month: int | None
    day_token: Token
    month_token: Token | None = None
    order: str = "dmy"  # "dmy", "mdy", or a whole date in one token: "iso" or "numeric"
    year: int | None = None  # astronomical label year as written (first year of a dual year)
    dual_year: bool = False
    own_year: bool = False  # the year was written right after this half, not once for both
    year_span: tuple[int, int] | None = None  # char span of the part's own year text
    month_borrowed: bool = False  # "November 8 (19)": the bare day takes the other half's month
    range_start: Token | None = None  # the first day of a range this half ends ("24–26 June")


# What :meth:`Cursor.at` gives past the last token: no kind, no text.
_PAST_END: Final = Token("", "", -1, -1)


class Cursor:
    """Tokens and bounded look-ahead helpers for the grammar."""

    def __init__(self, tokens: list[Token], more: Callable[[], bool] | None = None) -> None:
        self.tokens = tokens
        self.more = more
        self.yearless = False  # whether a date without its year is read (for context)

    def has(self, i: int) -> bool:
        """Whether token i exists, asking for more tokens if the source has them."""
        while i >= len(self.tokens):
            if self.more is None or not self.more():
                return False
        return True

    def at(self, i: int) -> Token:
        """Token i, or a token of no kind and no text past the end.

        For readers that ask more than one thing of a token: one call where
        :meth:`kind` and :meth:`text` make one each (the grammar reads some
        60 tokens a date).
        """
        tokens = self.tokens
        if i < len(tokens) or self.has(i):
            return tokens[i]
        return _PAST_END

    def kind(self, i: int) -> str:
        """The kind of token i, or "" past the end."""
        tokens = self.tokens
        if i < len(tokens) or self.has(i):
            return tokens[i].kind
        return ""

    def text(self, i: int) -> str:
        """The text of token i, or "" past the end."""
        tokens = self.tokens
        if i < len(tokens) or self.has(i):
            return tokens[i].text
        return ""

    def number(self, i: int, max_digits: int = 7) -> int | None:
        """The value of a number token at i (ordinal suffix dropped), if it has few enough digits."""
        return number_of(self.at(i), max_digits)

    def skip(self, i: int, texts: frozenset[str]) -> int:
        """Step over one token at i if its text, in lower case, is one of ``texts``."""
        tokens = self.tokens
        if i < len(tokens) or self.has(i):  # as text(i), called here often enough to inline
            return i + 1 if tokens[i].text.lower() in texts else i
        return i


def number_of(token: Token, max_digits: int) -> int | None:
    """What :meth:`Cursor.number` reads, of the token itself: a day or year number (its ordinal
    suffix dropped) of at most ``max_digits`` digits, or a day written as a word."""
    kind = token.kind
    if kind == "dayword":  # "the twelfth of October"
        return DAY_OF_ORDINAL_WORD[token.text.casefold()]
    if kind != "number":
        return None
    digits = token.text.rstrip(NUMBER_SUFFIX_CHARACTERS)
    if not digits or len(digits) > max_digits:
        return None
    return int(digits)


def month_at(cur: Cursor, i: int) -> int | None:
    """The month (1..12) the month word at token ``i`` names, in the language the words around it
    say where two languages give it different months ("listopad"); None if it is no month word."""
    token = cur.at(i)
    if token.kind != "month":
        return None
    key, month, second = _month_of_word(token.text)
    if second is not None and _written_in(cur, i, second[1], LANGUAGES_OF_WORD["month", key] - {second[1]}):
        return second[0]
    return month


@lru_cache(maxsize=1024)  # a text writes few month words, each again and again
def _month_of_word(word: str) -> tuple[str, int, tuple[int, str] | None]:
    """A month word's key, its month, and the (month, language) a later language gives it, if any."""
    key = month_key(word)  # Roman months are keyed as month words are
    roman = ROMAN_MONTHS.get(key)
    if roman:
        return key, roman, None
    return key, MONTH_OF_WORD[key][0], SECOND_MONTH_OF_WORD.get(key)


_LANGUAGE_REACH: Final = 8  # tokens on each side of a month word that may say its language


def _written_in(cur: Cursor, i: int, language: str, others: frozenset[str]) -> bool:
    """Whether a month name, a weekday, a year word or a calendar label near token ``i`` is
    ``language``'s and none of ``others``', or its day has a dot only ``language`` writes:
    "25. listopada (7. studenoga) 1917." and "1. listopada 1413" are Croatian, so October
    (Polish writes "1 listopada", Czech "1. listopadu")."""
    dotted_day = i > 1 and cur.text(i - 1) == "." and cur.kind(i - 2) == "number"
    if dotted_day and language in DOTTED_DAY_LANGUAGES and not others & DOTTED_DAY_LANGUAGES:
        return True
    for token in cur.tokens[max(0, i - _LANGUAGE_REACH) : i + _LANGUAGE_REACH + 1]:
        if token.kind in ("month", "weekday"):
            key = (token.kind, month_key(token.text))
        elif token.kind == "year_word":
            key = ("year_word", token.text.rstrip(".").casefold())
        elif token.kind == "marker":
            key = ("marker", marker_key(token.text))
        else:
            continue
        owners = LANGUAGES_OF_WORD.get(key, frozenset())
        if language in owners and not owners & others:
            return True
    return False
