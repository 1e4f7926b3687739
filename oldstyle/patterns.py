"""The regular expressions that find and split dates in prose (all of them live here).

Text is read in two steps.  :data:`ANCHOR` finds the places worth a closer
look (a month word or an ISO date: every date mention contains one), and
:func:`tokenize` splits the text around them into :class:`Token` s that the
hand-written grammar of :mod:`oldstyle.parsing` reads.  Month words and
calendar labels are built from :mod:`oldstyle.names`, so a new language
there is read here with no change.

Every pattern is a flat alternation of literals and bounded character
classes, with no nested quantifiers, so matching is linear in the input.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final, NamedTuple

from oldstyle.names import LANGUAGES

__all__ = [
    "ANCHOR",
    "CALENDAR_OF_MARKER",
    "ERA_OF_WORD",
    "FULL_MONTH_NAMES",
    "MONTH_OF_WORD",
    "TOKEN",
    "WEEKDAY_OF_ABBREVIATION",
    "WEEKDAY_OF_WORD",
    "YEAR_WORDS",
    "Token",
    "marker_key",
    "month_key",
    "tokenize",
    "weekday_of",
]


def month_key(word: str) -> str:
    """The lookup key of a month word: lower case, without a final dot."""
    return word.rstrip(".").casefold()


def marker_key(word: str) -> str:
    """The lookup key of a calendar label: lower case, no spaces, dots or hyphens."""
    return re.sub(r"[\s.\-]", "", word).casefold()


def _month_words() -> dict[str, tuple[int, bool]]:
    """Every month word of every language -> (month number, is an abbreviation)."""
    words: dict[str, tuple[int, bool]] = {}
    for lang in LANGUAGES.values():
        for index in range(12):
            for abbreviation in lang.abbreviations[index]:
                words.setdefault(month_key(abbreviation), (index + 1, True))
            for full in (lang.months[index], lang.genitive[index]):
                words[month_key(full)] = (index + 1, False)
    return words


MONTH_OF_WORD: Final[dict[str, tuple[int, bool]]] = _month_words()
"""Month word key (see :func:`month_key`) -> (month 1..12, whether it is an abbreviation)."""

FULL_MONTH_NAMES: Final[dict[str, str]] = {
    month_key(name): name for lang in LANGUAGES.values() for name in (*lang.months, *lang.genitive)
}
"""Key of every full month name (nominative and genitive) -> the name, for "did you mean" hints."""


WEEKDAY_OF_WORD: Final[dict[str, int]] = {
    name.casefold(): index for lang in LANGUAGES.values() for index, name in enumerate(lang.weekdays)
}
"""Full weekday name, casefolded -> 0 for Monday .. 6 for Sunday."""

WEEKDAY_OF_ABBREVIATION: Final[dict[str, int]] = {
    short: index
    for lang in LANGUAGES.values()
    for index, forms in enumerate(lang.weekday_abbreviations)
    for short in forms
}
"""Short weekday name as written, capital first ("Wed", not "wed": "sat" is a verb) -> 0 .. 6."""

YEAR_WORDS: Final[frozenset[str]] = frozenset(
    word.rstrip(".").casefold() for lang in LANGUAGES.values() for word in lang.year_words
)
"""Words that follow a year and only say "year" ("года", "г."), as tokenize keys them."""

# Swedish-calendar dates (1700-1712) are marked "S.S." beside O.S. and N.S.
_SWEDISH_MARKERS: Final = ("S.S.", "Swedish style")
# Old books read by OCR give "0. S." for "O. S."; the tokenizer reads it as a label.
_OCR_OLD_STYLE: Final = "0. S."


def _marker_words() -> dict[str, str]:
    """Every calendar label -> "julian", "gregorian" or "swedish"."""
    markers: dict[str, str] = {}
    for lang in LANGUAGES.values():
        for word in (lang.old_style, *lang.old_style_words):
            markers[marker_key(word)] = "julian"
        for word in (lang.new_style, *lang.new_style_words):
            markers[marker_key(word)] = "gregorian"
    for word in _SWEDISH_MARKERS:
        markers[marker_key(word)] = "swedish"
    markers[marker_key(_OCR_OLD_STYLE)] = "julian"
    return markers


CALENDAR_OF_MARKER_WORDS: Final[tuple[str, ...]] = (
    *(w for lang in LANGUAGES.values() for w in (lang.old_style, *lang.old_style_words)),
    *(w for lang in LANGUAGES.values() for w in (lang.new_style, *lang.new_style_words)),
    *_SWEDISH_MARKERS,
)
CALENDAR_OF_MARKER: Final[dict[str, str]] = _marker_words()
"""Calendar label key (see :func:`marker_key`) -> ``"julian"``, ``"gregorian"`` or ``"swedish"``."""

ERA_WORDS: Final[tuple[str, ...]] = (*(lang.bc for lang in LANGUAGES.values()), "BC", "B.C.", "AD", "A.D.")
ERA_OF_WORD: Final[dict[str, str]] = {
    **{marker_key(lang.bc): "bc" for lang in LANGUAGES.values()},
    "bc": "bc",
    "bce": "bc",
    "ad": "ad",
    "ce": "ad",
}
"""Era word key (see :func:`marker_key`) -> ``"bc"`` or ``"ad"``."""


def _flexible(word: str) -> str:
    """A regex for a label as written, allowing other spacing ("O. S.", "O.S", "Old-Style")."""
    pieces = re.findall(r"([^\s.\-]+)(\.?)", word)
    out = []
    for index, (piece, dot) in enumerate(pieces):
        out.append(re.escape(piece))
        last = index == len(pieces) - 1
        if dot:
            out.append(r"\.?" if last else r"\.\s?")
        elif not last:
            out.append(r"[\s\-]?")
    return "".join(out)


def _alternation(words: list[str]) -> str:
    # Longest first, so "Sept" wins over "Sep" and "Old Style" over "Old".
    return "|".join(sorted(set(words), key=lambda w: (-len(w), w)))


_MARKERS = _alternation(
    [_flexible(w) for lang in LANGUAGES.values() for w in (lang.old_style, *lang.old_style_words)]
    + [_flexible(w) for lang in LANGUAGES.values() for w in (lang.new_style, *lang.new_style_words)]
    + [_flexible(w) for w in _SWEDISH_MARKERS]
)
_ERAS = _alternation(
    [_flexible(lang.bc) for lang in LANGUAGES.values()] + [r"B\.?C\.?(?:E\.?)?", r"A\.?D\.?"]
)

# A letter is [^\W\d_]; a word must not run on into one.
_END = r"(?![^\W\d_])"

TOKEN: Final = re.compile(
    r"""
    (?P<iso>(?<![\w\-])[+-]?[0-9]{4,7}-[0-9]{2}-[0-9]{2}(?![0-9]))
    |(?=[0-9]{1,2}[.(])(?<![\w.\-])(?:
        (?P<paired>(?:[0-9]{1,2}\([0-9]{1,2}\)\.[0-9]{1,2}
            |[0-9]{1,2}\.[0-9]{1,2}\([0-9]{1,2}\.[0-9]{1,2}\))\.[0-9]{3,4}(?![0-9]|\.[0-9]|[^\W\d_]))
        |(?P<numeric>[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{3,4}(?![0-9]|\.[0-9]|[^\W\d_]))
        |(?P<daymonth>[0-9]{1,2}\.[0-9]{1,2}\.(?![0-9]|[^\W\d_])))
    |(?P<ocr_marker>(?<![\w.])0\.\s?S\.)
    |(?P<number>[0-9]{1,9}(?![0-9])(?:st|nd|rd|th|er|º)?(?![^\W\d_]))
    |(?P<word>[^\W\d_]+\.?)
    |(?P<open>[(\[])
    |(?P<close>[)\]])
    |(?P<punct>[;,/])
    |(?P<other>[0-9]+|\S)
    """,
    re.IGNORECASE | re.VERBOSE,
)
"""One basic token: an ISO date, a day.month.year date ("25.10.1917"), a Russian
pair ("8(19).11.1711", "25.10(7.11).1917"), a day.month. ("08.02."), a number, a word
(with a trailing dot), a bracket or a sign.

Words are sorted into months, calendar labels and eras by :func:`tokenize`:
a dictionary lookup is much cheaper than a large alternation tried at
every word.
"""

LABEL: Final = re.compile(rf"(?P<marker>(?:{_MARKERS}){_END})|(?P<era>(?-i:{_ERAS}){_END})", re.IGNORECASE)
"""A calendar label ("O.S.", "Old Style", "по старому стилю") or an era ("BC", "до н. э.")."""

ANCHOR: Final = re.compile(r"[0-9]+")
"""Where a date mention may be: every mention holds a digit (its day or year)."""


def _label_starts() -> frozenset[str]:
    """First words of every label and era, as :func:`tokenize` meets them."""
    words = [*CALENDAR_OF_MARKER_WORDS, *ERA_WORDS]
    return frozenset(re.split(r"[\s.\-]+", w.casefold())[0] for w in words)


class Token(NamedTuple):
    """A piece of text: its kind (``iso``, ``numeric``, ``paired`` ("8(19).11.1711"),
    ``daymonth`` ("08.02."), ``number``, ``month``, ``marker``, ``era``,
    ``year_word``, ``weekday``, ``word``, ``open``, ``close``, ``punct`` or ``other``), its text
    and span."""

    kind: str
    text: str
    start: int
    end: int


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into tokens, skipping white space."""
    stop = len(text) if end is None else end
    tokens: list[Token] = []
    append = tokens.append
    resume = start
    for match in TOKEN.finditer(text, start, stop):
        first = match.start()
        if first < resume:
            continue  # inside a label already read
        kind = match.lastgroup or "other"
        if kind == "word":
            word = match.group()
            key = word.rstrip(".").casefold()
            if key in _LABEL_STARTS:
                label = LABEL.match(text, first, stop)
                if label is not None:
                    append(Token(label.lastgroup or "marker", label.group(), first, label.end()))
                    resume = label.end()
                    continue
            if key in MONTH_OF_WORD:
                kind = "month"
            elif key in YEAR_WORDS:
                kind = "year_word"
            elif key in WEEKDAY_OF_WORD or word.rstrip(".") in WEEKDAY_OF_ABBREVIATION:
                kind = "weekday"
            elif word.endswith("."):
                if not (GLUED_MARKERS and _glued_month(word, first, append)):
                    append(Token("word", word[:-1], first, match.end() - 1))
                    append(Token("other", ".", match.end() - 1, match.end()))
                continue
        elif kind == "ocr_marker":  # "(0. S.)": O.S. with a zero, as OCR reads old books
            kind = "marker"
        elif kind == "other" and _glued_year(text, match, stop):
            kind = "number"  # "1796greg.": a year glued to the label after it
        append(Token(kind, match.group(), first, match.end()))
    return tokens


def _glued_month(word: str, start: int, append: Callable[[Token], None]) -> bool:
    """Split a month glued to a one-word label ("Novemberjul."), as scraped superscripts leave it."""
    key = word.casefold()
    for suffix in GLUED_MARKERS:
        month = key[: -len(suffix)]
        if key.endswith(suffix) and month.rstrip(".") in MONTH_OF_WORD:
            middle = start + len(month)
            append(Token("month", word[: len(month)], start, middle))
            append(Token("marker", word[len(month) :], middle, start + len(word)))
            return True
    return False


def _glued_year(text: str, match: re.Match[str], stop: int) -> bool:
    """Whether digits run straight into a calendar label or a year word ("1796greg.", "1917г.")."""
    digits = match.group()
    if not digits.isdigit() or len(digits) > _YEAR_DIGITS:
        return False
    label = LABEL.match(text, match.end(), stop)
    if label is not None:
        return label.lastgroup == "marker"
    word = _WORD.match(text, match.end(), stop)
    return word is not None and word.group().rstrip(".").casefold() in YEAR_WORDS


_LABEL_STARTS: Final = _label_starts()
_YEAR_DIGITS: Final = 4
_WORD: Final = re.compile(r"[^\W\d_]+\.?")
GLUED_MARKERS: Final[tuple[str, ...]] = tuple(
    sorted({w.casefold() for w in CALENDAR_OF_MARKER_WORDS if re.fullmatch(r"[^\W\d_]{2,}\.", w)}, key=len)
)
"""One-word labels written with a dot ("jul.", "greg."), which scraped text glues to the month before."""


def weekday_of(word: str) -> int:
    """0 (Monday) .. 6 (Sunday) of a token :func:`tokenize` marked ``weekday``."""
    bare = word.rstrip(".")
    found = WEEKDAY_OF_WORD.get(bare.casefold())
    return found if found is not None else WEEKDAY_OF_ABBREVIATION[bare]
