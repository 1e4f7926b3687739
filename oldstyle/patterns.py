"""The regular expressions that find and split dates in prose, and the tokenizer.

Text is read in two steps.  :data:`ANCHOR` finds the places worth a closer
look (a month word or an ISO date: every date mention contains one), and
:func:`tokenize` splits the text around them into :class:`Token` s that the
hand-written grammar of :mod:`oldstyle.parsing` reads.  Words are sorted
with the tables of :mod:`oldstyle.wordtables` (month words, calendar labels,
eras), built from :mod:`oldstyle.names`, so a new language there is read
here with no change.

Every pattern is a flat alternation of literals and bounded character
classes, with no nested quantifiers, so matching is linear in the input.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Final, NamedTuple

from oldstyle.names import LANGUAGES
from oldstyle.wordtables import (
    CALENDAR_OF_MARKER_WORDS,
    DAY_OF_ORDINAL_WORD,
    DOTTED_MONTHS,
    ERA_WORDS,
    GLUED_LABELS,
    MONTH_OF_WORD,
    WEEKDAY_OF_ABBREVIATION,
    WEEKDAY_OF_WORD,
    YEAR_WORDS,
    accent_free,
    first_key,
    glued_cut,
    label_pattern,
    month_key,
)

__all__ = [
    "ANCHOR",
    "NUMBER_SUFFIX_CHARACTERS",
    "TOKEN",
    "LineCounter",
    "Token",
    "date_hints",
    "distinct_chunks",
    "past_label",
    "safe_stop",
    "tokenize",
    "touching",
    "weekday_of",
]


# Words come first and a white-space position fails at once: those are most of the
# positions the engine tries, and no other alternative can start with a letter.  Those
# that start with a digit or a sign sit behind one look at it, a number's suffix behind one
# look for a letter or °: other tokens skip them at once, not each in turn.
TOKEN: Final = re.compile(
    r"""
    (?=\S)(?:
    (?P<word>[^\W\d_]+\.?)
    |(?=[0-9+\-])(?:
        (?P<iso>(?<![\w\-])[+-]?[0-9]{4,7}-[0-9]{2}-[0-9]{2}(?![0-9]))
        |(?=[0-9]{1,2}[.(])(?<![\w.\-])(?:
            (?P<paired>(?:[0-9]{1,2}\([0-9]{1,2}\)\.[0-9]{1,2}
                |[0-9]{1,2}\.[0-9]{1,2}\x20?\([0-9]{1,2}\.[0-9]{1,2}\))\.[0-9]{3,4}(?![0-9]|\.[0-9]|[^\W\d_]))
            |(?P<numeric>[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{3,4}(?![0-9]|\.[0-9]|[^\W\d_]))
            |(?P<daymonth>[0-9]{1,2}\.[0-9]{1,2}\.(?![0-9]|[^\W\d_])))
        |(?P<ocr_marker>(?<![\w.])0\.\s?S\.)
        |(?P<number>[0-9]{1,9}(?![0-9])
            (?:(?=[^\W\d_]|°)(?:st|nd|rd|th|er|º|°|ης|ην|ήν|η|ή|(?<=[23])d))?(?![^\W\d_])))
    |(?P<open>[(\[])
    |(?P<close>[)\]])
    |(?P<punct>[;,/])
    |(?P<other>[0-9]+|\S))
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


ANCHOR: Final = re.compile(r"[0-9]+")
# The letters and signs a number token may carry after its digits ("7th", "1er", "1º",
# "1°", Greek "25η", "8ην", "20ήν"), as TOKEN's number alternative allows them; readers strip
# these to get the digits.
NUMBER_SUFFIX_CHARACTERS: Final = "stndrheSTNDRHEº°ηςνή"
"""Where a date mention may be: every mention holds a digit (its day or year)."""


# What every non-month date word of :func:`tokenize` holds: digits joined by a dot or a hyphen
# (ISO, "25.10.1917", "8(19).11.1711", "08.02."), a Roman month after its day ("13.XI.1730",
# "24 XI 1730"), or a dual year's slash ("1602/3").  Starting with one character class and
# looking back for the digit lets the engine skip prose in C (starting at every digit, or an
# alternation at the top, took 3 to 5 times as long).  A span (the date word from its sign
# on) lies inside the token, so any window holding the token overlaps it.
_ROMAN_AFTER_DAY: Final = "|".join(
    f"(?<=[0-9]{dots}{space}[IVX])" for dots in ("", "[.)]", "[.)]{2}") for space in ("", r"\s")
)
_DATE_HINT: Final = re.compile(
    rf"[.\-/IVX](?:(?<=[0-9][.\-])[0-9]|(?<=/)|(?:{_ROMAN_AFTER_DAY})[IVX]{{0,3}}(?![^\W\d_]))"
)
_LETTERS: Final = re.compile(r"[^\W\d_]+")


def date_hints(text: str) -> list[tuple[int, int]]:
    """Spans of ``text``, in order, that may belong to a date word of :func:`tokenize` (a month,
    an ISO, numeric or day.month. date, the slash of a dual year); no date word lies elsewhere.

    Cheap: C-level regex passes and a set test of each distinct word, so prose full of
    numbers is passed over without building tokens.  A month is found wherever its form
    occurs, even inside a longer word: a superset only sends more text to the tokenizer.
    """
    spans = [match.span() for match in _DATE_HINT.finditer(text)]
    words = set(_LETTERS.findall(distinct_chunks(text)))
    written = tuple(sorted((word for word in words if _is_month_word(word)), key=lambda w: (-len(w), w)))
    if written:
        spans.extend(match.span() for match in _any_of(written).finditer(text))
        spans.sort()
    return spans


@lru_cache(maxsize=256)  # our own cache: in a MkDocs build, Markdown's patterns evict re's
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern for any of ``words`` (longest first), compiled once for pages that write them."""
    return re.compile("|".join(map(re.escape, words)))


@lru_cache(maxsize=1)  # the hint pass, the feast prefilter and the stated gaps read the same text's
def distinct_chunks(text: str) -> str:
    """The distinct pieces of ``text`` between white space, joined by single spaces.

    >>> sorted(distinct_chunks("on 1 May, on 2 May").split())
    ['1', '2', 'May', 'May,', 'on']

    Every word of ``text`` (a run of letters, digits or apostrophes) is a word of this string
    and none runs across its spaces, so one search of it finds the text's distinct words (prose
    repeats its words: the string is far shorter).  ASCII is split as bytes, a quarter faster.
    """
    if text.isascii():
        return b" ".join(set(text.encode("ascii").split())).decode("ascii")
    return " ".join(set(text.split()))


def _is_month_word(word: str) -> bool:
    """Whether ``word`` is a month, or a month with a glued label ("Novemberjul")."""
    key = word.casefold()
    if key in _MONTH_KEYS:
        return True
    return key.endswith(_GLUED_ENDINGS) and any(key[: -len(e)] in _MONTH_KEYS for e in _GLUED_ENDINGS)


def _label_starts() -> frozenset[str]:
    """First words of every label and era, as :func:`tokenize` meets them."""
    return frozenset(first_key(w) for w in (*CALENDAR_OF_MARKER_WORDS, *ERA_WORDS))


class Token(NamedTuple):
    """A piece of text: its kind (``iso``, ``numeric``, ``paired`` ("8(19).11.1711"),
    ``daymonth`` ("08.02."), ``number``, ``month``, ``marker``, ``era``,
    ``year_word``, ``weekday``, ``word``, ``open``, ``close``, ``punct`` or ``other``), its text
    and span."""

    kind: str
    text: str
    start: int
    end: int


_new_token: Final = tuple.__new__
# The match method of a word's label pattern (see :func:`oldstyle.wordtables.label_pattern`).
_LabelMatch = Callable[[str, int, int], "re.Match[str] | None"]


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into tokens, skipping white space."""
    stop = len(text) if end is None else end
    tokens: list[Token] = []
    append = tokens.append
    plain = _PLAIN_WORDS
    sorted_words = _SORTED_WORDS
    resume = start
    for match in TOKEN.finditer(text, start, stop):
        first, last = match.span()
        if first < resume:
            continue  # inside a label already read
        kind = match.lastgroup or "other"
        word = match.group()  # a number or a sign as well
        if kind == "word":
            if word in plain:  # most words of prose: seen before, and none of those below
                append(_new_token(Token, ("word", word, first, last)))
                continue
            key, label, kind = sorted_words.get(word) or _sort_word(word)
            if label is not None and (found := label(text, first, stop)) is not None:
                resume = found.end()
                append(_new_token(Token, (found.lastgroup or "marker", found.group(), first, resume)))
                continue
            if kind == "dotted":  # "night.": the word, then its dot
                append(_new_token(Token, ("word", word[:-1], first, last - 1)))
                append(_new_token(Token, ("other", ".", last - 1, last)))
                continue
            if kind == "known":
                kind, stop_at = _word_kind(text, tokens, word, key, first, last)
                if stop_at:  # "segunda-feira"
                    append(Token(kind, text[first:stop_at], first, stop_at))
                    resume = stop_at
                    continue
            if kind == "word" and word.endswith("."):
                _append_dotted(tokens, word, first)
                continue
        elif kind == "ocr_marker":  # "(0. S.)": O.S. with a zero, as OCR reads old books
            kind = "marker"
        elif kind == "other" and word.isdigit() and _glued_year(text, match, stop):
            kind = "number"  # "1796greg.": a year glued to the label after it
        # tuple.__new__ directly: the NamedTuple's own __new__ is a Python function, and
        # this line runs once per token
        append(_new_token(Token, (kind, word, first, last)))
    return tokens


# Words met before that are no month, label, weekday or other word of note and have no
# final dot: each is one plain token wherever it stands, found with one set lookup.
_PLAIN_WORDS: Final[set[str]] = set()
# Every other word met before -> its key, its labels' match (or None), and what it is where
# no label starts: "month" (whatever its neighbours), "known" (:func:`_word_kind` reads its
# neighbours), "dotted" (a word and its dot) or "word" (a word; with a dot, "Novemberjul.").
_SORTED_WORDS: Final[dict[str, tuple[str, _LabelMatch | None, str]]] = {}
_MAX_REMEMBERED: Final = 100_000  # a bound on the memory a stream of new words takes


def _sort_word(word: str) -> tuple[str, _LabelMatch | None, str]:
    """How :func:`tokenize` sorts ``word`` wherever it stands; remembered for its next time."""
    key = word.rstrip(".").casefold()
    label = label_pattern(key).match if key in _LABEL_STARTS else None
    if key in _PLAIN_MONTHS:
        kind = "month"
    elif key in _KNOWN_WORDS:
        kind = "known"
    elif word.endswith(".") and not glued_cut(word):
        kind = "dotted"
    else:
        kind = "word"
    if label is None and kind == "word" and not word.endswith("."):
        if len(_PLAIN_WORDS) >= _MAX_REMEMBERED:
            _PLAIN_WORDS.clear()
        _PLAIN_WORDS.add(word)
    else:
        if len(_SORTED_WORDS) >= _MAX_REMEMBERED:
            _SORTED_WORDS.clear()
        _SORTED_WORDS[word] = (key, label, kind)
    return key, label, kind


def _append_dotted(tokens: list[Token], word: str, start: int) -> None:
    """Append a word read as a plain word where it stands, with a final dot: a month glued to
    its label ("Novemberjul.", the labels are written with their dot), or the word and its dot."""
    cut = glued_cut(word)
    kinds = ("month", "marker") if cut else ("word", "other")
    cut = cut or len(word) - 1
    tokens.append(Token(kinds[0], word[:cut], start, start + cut))
    tokens.append(Token(kinds[1], word[cut:], start + cut, start + len(word)))


def safe_stop(text: str, start: int, limit: int) -> int:
    """The first place from ``start`` on where :func:`tokenize` may stop and go on later with
    the tokens it would have made in one run (``limit`` if none lies near).

    That is the white space after a word of no note, with no label running across it
    ("volgens de gregoriaanse kalender"): no other token runs across white space but a
    Russian pair or an OCR "0. S.", which no plain word ends, and no word after it is
    sorted by the tokens before it ("jul." after a month, a Roman month after a day).
    """
    for match in _PLAIN_CHUNK.finditer(text, start, min(limit, start + _SAFE_SEARCH)):
        stop = match.end()
        if match.group().casefold() not in _SPECIAL_WORDS and not _label_across(text, stop):
            return stop
    return limit


def _label_across(text: str, stop: int) -> bool:
    """Whether a label that starts in the :data:`_LABEL_REACH` characters before ``stop`` runs past it."""
    return past_label(text, stop) > stop


def past_label(text: str, stop: int) -> int:
    """``stop``, or the end of a calendar label that starts before it and runs past it, so that
    a stretch tokenized up to there holds the label whole ("calendário | juliano")."""
    for word in _LETTERS.finditer(text, max(0, stop - _LABEL_REACH), stop):
        key = word.group().casefold()
        if key in _LABEL_STARTS:
            label = label_pattern(key).match(text, word.start())
            if label is not None and label.end() > stop:
                return label.end()
    return stop


# No label is longer than this (37 characters as written; spacing may add one a dot).
_LABEL_REACH: Final = 48
_SAFE_SEARCH: Final = 200
_PLAIN_CHUNK: Final = re.compile(r"(?<!\S)[^\W\d_]+(?=\s)")


def _glued_year(text: str, match: re.Match[str], stop: int) -> bool:
    """Whether digits run straight into a calendar label or a year word ("1796greg.", "1917г.")."""
    digits = match.group()
    if not digits.isdigit() or len(digits) > _YEAR_DIGITS:
        return False
    word = _WORD.match(text, match.end(), stop)
    if word is None:
        return False
    key = word.group().rstrip(".").casefold()
    if key in _LABEL_STARTS:
        label = label_pattern(key).match(text, match.end(), stop)
        if label is not None:
            return label.lastgroup == "marker"
    return key in YEAR_WORDS


_LABEL_STARTS: Final = _label_starts()
# Hyphenated weekday names (Portuguese "segunda-feira"): first word -> the rest.
_WEEKDAY_HEADS: Final[dict[str, str]] = {
    head: "-" + tail
    for lang in LANGUAGES.values()
    for name in lang.weekdays
    if "-" in name
    for full in {name.casefold(), accent_free(name.casefold())}
    for head, tail in [full.split("-", 1)]
}


ROMAN_MONTHS: Final[dict[str, int]] = {
    numeral: index + 1
    for index, numeral in enumerate(
        ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
    )
}
"""A month written as a capital Roman numeral ("13.XI.1730", "24 XI 1730"), key -> 1..12."""

# After a Roman month: its dot, then the year or a bracket ("27.VI (8.VII) 1709").
# a year, a bracket, or a slash and the other half's day and Roman month ("26.V/6.VI.1799")
_AFTER_ROMAN_MONTH: Final = re.compile(r"\.?\s?(?:[0-9]{3,4}(?![0-9])|[(\[)\]]|/[0-9]{1,2}\.[IVX])")


_KNOWN_WORDS: Final = frozenset(
    [
        *MONTH_OF_WORD,
        *ROMAN_MONTHS,
        *YEAR_WORDS,
        *WEEKDAY_OF_WORD,
        *(short.casefold() for short in WEEKDAY_OF_ABBREVIATION),
        *_WEEKDAY_HEADS,
        *GLUED_LABELS,
        *DAY_OF_ORDINAL_WORD,
        *(word.split("-")[0] for word in DAY_OF_ORDINAL_WORD),
    ]
)


_SPECIAL_WORDS: Final = _LABEL_STARTS | _KNOWN_WORDS


def _weekday_tail(text: str, end: int, head: str) -> int:
    """Where a hyphenated weekday whose first word ends at ``end`` ends, or 0 if it does not go on."""
    tail = _WEEKDAY_HEADS[head]
    return end + len(tail) if text[end : end + len(tail)].casefold() == tail else 0


_GLUED_ENDINGS: Final = tuple(GLUED_LABELS)
_MONTH_KEYS: Final = frozenset(MONTH_OF_WORD)
# Month keys that :func:`_word_kind` always reads as a month: no label starts with them, none
# is a glued label ("jul.") and none needs its dot.
_PLAIN_MONTHS: Final = _MONTH_KEYS - _LABEL_STARTS - frozenset(GLUED_LABELS) - frozenset(DOTTED_MONTHS)


def _word_kind(text: str, tokens: list[Token], word: str, key: str, start: int, end: int) -> tuple[str, int]:
    """The kind of a word of :data:`_KNOWN_WORDS` at ``text[start:end]``, and where it ends if it
    runs on past ``end`` (a hyphenated weekday), else 0."""
    if key in MONTH_OF_WORD and (key not in DOTTED_MONTHS or word.endswith(".")):
        # "jul." after a month or a year is German Wikipedia's label, not July
        glued = key in GLUED_LABELS and bool(tokens) and _label_after_date(tokens, start, _closes(text, end))
        return ("marker" if glued or _label_before_date(text, tokens, key, end) else "month"), 0
    if key in YEAR_WORDS:
        return "year_word", 0
    if key in WEEKDAY_OF_WORD or word.rstrip(".") in WEEKDAY_OF_ABBREVIATION:
        return "weekday", 0
    if key in _WEEKDAY_HEADS and (stop := _weekday_tail(text, end, key)):
        return "weekday", stop
    if key in GLUED_LABELS and tokens and _label_after_date(tokens, start, _closes(text, end)):
        return "marker", 0
    if key in ROMAN_MONTHS and _roman_month(text, tokens, word, end):
        return "month", 0
    if key in DAY_OF_ORDINAL_WORD:  # "the twelfth of October"; "sixty-first" and "first." are no day
        return ("word" if text[start - 1 : start] == "-" or word.endswith(".") else "dayword"), 0
    if text[end : end + 1] == "-" and (stop := _ordinal_tail(text, end + 1)):  # "twenty-fifth"
        if text[stop : stop + 1] == ".":
            return "word", 0  # the word after the hyphen keeps its dot as a token of its own
        return ("dayword" if text[start:stop].casefold() in DAY_OF_ORDINAL_WORD else "word"), stop
    return "word", 0


def _ordinal_tail(text: str, start: int) -> int:
    """Where the word starting at ``start`` ends (0 if none starts there)."""
    match = _LETTERS.match(text, start)
    return 0 if match is None else match.end()


def _roman_month(text: str, tokens: list[Token], word: str, end: int) -> bool:
    """Whether a capital Roman numeral is a month, as Russian and Polish reference books write
    one: right after a day ("13.XI", "24 XI", "13(24).XI") and before a year, a bracket or a slash."""
    if not word.rstrip(".").isupper() or not tokens:
        return False
    index = len(tokens) - 1
    if tokens[index].text == "." and index > 0:
        index -= 1
    last = tokens[index]
    day = last.kind == "number" and len(last.text) <= 2  # "13.XI", "24 XI"
    if last.kind == "close" and index > 0:  # "13(24).XI": the other day in brackets
        day = tokens[index - 1].kind == "number" and len(tokens[index - 1].text) <= 2
        if day and index < len(tokens) - 1:
            del tokens[index + 1 :]  # the dot of "13(24).XI" joins the date as "8(19).11" does
    return day and _AFTER_ROMAN_MONTH.match(text, end - 1 if word.endswith(".") else end) is not None


def _label_after_date(tokens: list[Token], start: int, closed: bool) -> bool:
    """Whether "jul."/"greg." at ``start`` is a label: right after a month ("November jul.") or
    a year ("1796greg.", "1796 greg.", "1796 (greg.)"), where a month name cannot stand.  Glued
    digits become a number.  ``closed``: a bracket closes right after the word."""
    last = tokens[-1]
    if last.end == start and last.kind == "other" and last.text.isdigit():
        tokens[-1] = last._replace(kind="number")
        return True
    if last.kind == "open" and len(tokens) > 1:  # "17. November 1796 (greg.)", never "(Jul. 13"
        if not closed:
            return False
        last = tokens[-2]
    return last.kind == "month" or (last.kind == "number" and len(last.text) >= 3)


# A day and a month word after "jul."/"greg." ("(jul. 25. April)"): the day has its month.
_DAY_AND_MONTH: Final = re.compile(r"\s?[0-9]{1,2}\.?\s?([^\W\d_]+\.?)")


def _label_before_date(text: str, tokens: list[Token], key: str, end: int) -> bool:
    """Whether "jul." opening a bracket labels the date after it ("7. Mai 1840 (jul. 25. April)"):
    the day that follows has its own month, so "jul." cannot be July."""
    if key not in GLUED_LABELS or not tokens or tokens[-1].kind != "open":
        return False
    found = _DAY_AND_MONTH.match(text, end)
    return found is not None and month_key(found.group(1)) in MONTH_OF_WORD


def _closes(text: str, end: int) -> bool:
    return text.startswith(")", end) or text.startswith(" )", end)


_YEAR_DIGITS: Final = 4
_WORD: Final = re.compile(r"[^\W\d_]+\.?")


def touching(tokens: list[Token], i: int) -> bool:
    """Whether token i runs into the next one with no space between ("189?", "февруари[1]")."""
    return i + 1 < len(tokens) and tokens[i].end == tokens[i + 1].start


def weekday_of(word: str) -> int:
    """0 (Monday) .. 6 (Sunday) of a token :func:`tokenize` marked ``weekday``."""
    bare = word.rstrip(".")
    found = WEEKDAY_OF_WORD.get(bare.casefold())
    return found if found is not None else WEEKDAY_OF_ABBREVIATION[bare]


class LineCounter:
    """Line and column (both from 1) of offsets met in increasing order, in one pass over the text.

    Each newline is counted once however many offsets are asked for, so
    scanning a long text for mentions stays linear.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.position = 0
        self.line = 1
        self.line_start = 0

    def at(self, offset: int) -> tuple[int, int]:
        """(line, column) of ``offset``, which is not before the last offset asked for."""
        newlines = self.text.count("\n", self.position, offset)
        if newlines:
            self.line += newlines
            self.line_start = self.text.rfind("\n", self.position, offset) + 1
        self.position = offset
        return self.line, offset - self.line_start + 1
