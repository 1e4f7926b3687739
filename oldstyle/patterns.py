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

import functools
import re
import unicodedata
from typing import Final, NamedTuple, TypeVar

from oldstyle.names import ENGLISH, LANGUAGES

__all__ = [
    "ANCHOR",
    "CALENDAR_OF_MARKER",
    "DOTTED_MONTHS",
    "ERA_OF_WORD",
    "FULL_MONTH_NAMES",
    "MONTH_OF_WORD",
    "TOKEN",
    "WEEKDAY_OF_ABBREVIATION",
    "WEEKDAY_OF_WORD",
    "YEAR_WORDS",
    "LineCounter",
    "Token",
    "accent_free",
    "date_hints",
    "key_twins",
    "label_pattern",
    "marker_key",
    "month_key",
    "tokenize",
    "weekday_of",
]


T = TypeVar("T")


def month_key(word: str) -> str:
    """The lookup key of a month word: lower case, without a final dot."""
    return word.rstrip(".").casefold()


def marker_key(word: str) -> str:
    """The lookup key of a calendar label: lower case, no spaces, dots or hyphens."""
    return re.sub(r"[\s.\-]", "", word).casefold()


def accent_free(key: str) -> str:
    """``key`` without accents ("οκτωβρίου" -> "οκτωβριου", "février" -> "fevrier"): capitals
    drop them in Greek, and typists often do."""
    return "".join(c for c in unicodedata.normalize("NFD", key) if not unicodedata.combining(c))


def key_twins(key: str) -> tuple[str, ...]:
    """Other keys the same word may arrive as: without accents, and in Turkish capitals, which
    casefold does not undo ("KASIM" -> "kasim" for "kasım", "EKİM" -> "eki̇m" for "ekim")."""
    return (accent_free(key), key.replace("ı", "i"), key.replace("i", "i\u0307").replace("ı", "i"))


def _with_bare_keys(table: dict[str, T]) -> dict[str, T]:
    """``table`` with the twins (see :func:`key_twins`) of each key that no other entry holds."""
    out = dict(table)
    for key, value in table.items():
        for twin in key_twins(key):
            out.setdefault(twin, value)
    return out


# Languages whose short month forms were always read without a dot ("Oct", "Okt").
_BARE_ABBREVIATIONS: Final = frozenset({"en", "de"})


def _needs_dot(key: str, lang_code: str) -> bool:
    """Whether an abbreviation is a month only when written with its dot.

    Short Latin-script abbreviations of other languages are everyday words
    (Portuguese "out", "set"; Czech "led", "pro"; Italian "ago"), so only
    "out." is October; English and German ones ("Oct", "Okt") have always
    been read bare.
    """
    return lang_code not in _BARE_ABBREVIATIONS and len(key) <= 3 and key.isascii()


def _month_words() -> tuple[dict[str, tuple[int, bool]], frozenset[str]]:
    """Every month word of every language -> (month number, is an abbreviation), and the
    abbreviations read only with their dot."""
    words: dict[str, tuple[int, bool]] = {}
    dotted: set[str] = set()
    bare_abbreviations: set[str] = set()
    for lang in LANGUAGES.values():
        for index in range(12):
            for abbreviation in lang.abbreviations[index]:
                key = month_key(abbreviation)
                words.setdefault(key, (index + 1, True))
                (dotted if _needs_dot(key, lang.code) else bare_abbreviations).add(key)
            variants = lang.month_variants[index] if lang.month_variants else ()
            for full in (lang.months[index], lang.genitive[index], *variants):
                words[month_key(full)] = (index + 1, False)
    full_names = {key for key, (_, short) in words.items() if not short}
    # Abbreviations get no twins: "paź" is a month, "paz" a word.
    twins = _with_bare_keys({key: words[key] for key in full_names})
    return {**twins, **words}, frozenset(dotted - bare_abbreviations - full_names)


_MONTH_TABLES: Final = _month_words()
MONTH_OF_WORD: Final[dict[str, tuple[int, bool]]] = _MONTH_TABLES[0]
"""Month word key (see :func:`month_key`) -> (month 1..12, whether it is an abbreviation)."""
DOTTED_MONTHS: Final[frozenset[str]] = _MONTH_TABLES[1]
"""Keys of abbreviations that are months only when written with their dot ("out.", "set.")."""

FULL_MONTH_NAMES: Final[dict[str, str]] = {
    key: ENGLISH.month(month) for key, (month, short) in MONTH_OF_WORD.items() if not short
}
"""Key of every full month name, in every language -> its English name, for "did you mean" hints."""


WEEKDAY_OF_WORD: Final[dict[str, int]] = _with_bare_keys(
    {name.casefold(): index for lang in LANGUAGES.values() for index, name in enumerate(lang.weekdays)}
)
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
_SWEDISH_MARKERS: Final = tuple(w for lang in LANGUAGES.values() for w in lang.swedish_style_words)


def _glued_words() -> dict[str, str]:
    """Labels read only when glued to a month or a year ("Novemberjul.", "1796greg.") -> calendar."""
    glued: dict[str, str] = {}
    for lang in LANGUAGES.values():
        glued.update({marker_key(w): "julian" for w in lang.glued_old_style_words})
        glued.update({marker_key(w): "gregorian" for w in lang.glued_new_style_words})
    return glued


GLUED_LABELS: Final[dict[str, str]] = _glued_words()
"""Key of a label written glued to the word before it (German "jul.", "greg.") -> its calendar."""
# Old books read by OCR give "0. S." for "O. S."; the tokenizer reads it as a label.
_OCR_OLD_STYLE: Final = "0. S."


def _marker_words() -> dict[str, str]:
    """Every calendar label -> "julian", "gregorian" or "swedish"."""
    markers: dict[str, str] = dict(GLUED_LABELS)
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


# English eras in every spelling ("BC", "B.C.", "BCE"; "AD", "A.D."), by the first word
# tokenize keys them under.
_ENGLISH_ERAS: Final = {
    **dict.fromkeys(("b", "bc", "bce"), r"B\.?C\.?(?:E\.?)?"),
    **dict.fromkeys(("a", "ad"), r"A\.?D\.?"),
}

# A letter is [^\W\d_]; a word must not run on into one.
_END = r"(?![^\W\d_])"

# Words come first and a white-space position fails at once: those are most of the
# positions the engine tries, and no other alternative can start with a letter.
TOKEN: Final = re.compile(
    r"""
    (?=\S)(?:
    (?P<word>[^\W\d_]+\.?)
    |(?P<iso>(?<![\w\-])[+-]?[0-9]{4,7}-[0-9]{2}-[0-9]{2}(?![0-9]))
    |(?=[0-9]{1,2}[.(])(?<![\w.\-])(?:
        (?P<paired>(?:[0-9]{1,2}\([0-9]{1,2}\)\.[0-9]{1,2}
            |[0-9]{1,2}\.[0-9]{1,2}\([0-9]{1,2}\.[0-9]{1,2}\))\.[0-9]{3,4}(?![0-9]|\.[0-9]|[^\W\d_]))
        |(?P<numeric>[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{3,4}(?![0-9]|\.[0-9]|[^\W\d_]))
        |(?P<daymonth>[0-9]{1,2}\.[0-9]{1,2}\.(?![0-9]|[^\W\d_])))
    |(?P<ocr_marker>(?<![\w.])0\.\s?S\.)
    |(?P<number>[0-9]{1,9}(?![0-9])(?:st|nd|rd|th|er|º)?(?![^\W\d_]))
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


def _first_key(word: str) -> str:
    """The first word of a label or era, as :func:`tokenize` keys the word it meets."""
    return re.split(r"[\s.\-]+", word.casefold())[0]


@functools.cache
def label_pattern(start: str) -> re.Pattern[str]:
    """The calendar labels ("O.S.", "по старому стилю") and eras ("BC") whose first word has key
    ``start``.

    One small pattern per first word, compiled when that word is first met:
    hundreds of phrases in one alternation would be tried at every label
    start and cost milliseconds at import.
    """
    markers = _alternation([_flexible(w) for w in CALENDAR_OF_MARKER_WORDS if _first_key(w) == start])
    eras = [_flexible(lang.bc) for lang in LANGUAGES.values() if _first_key(lang.bc) == start]
    if start in _ENGLISH_ERAS:
        eras.append(_ENGLISH_ERAS[start])
    return re.compile(
        rf"(?P<marker>(?:{markers or '(?!)'}){_END})|(?P<era>(?-i:{_alternation(eras) or '(?!)'}){_END})",
        re.IGNORECASE,
    )


ANCHOR: Final = re.compile(r"[0-9]+")
"""Where a date mention may be: every mention holds a digit (its day or year)."""


# What every non-month date word of :func:`tokenize` holds: digits joined by a dot or a
# hyphen (ISO, "25.10.1917", "8(19).11.1711", "08.02.").  A slash (a dual year "1602/3") is
# found by a plain literal search, and month words by a set test of each distinct word:
# hundreds of month words in one alternation would be tried at every position.
# A Roman month after its day ("13.XI.1730", "24 XI 1730", "13(24).XI") is the other hint.
_DATE_HINT: Final = re.compile(r"[0-9](?:[.\-][0-9]|[.)]{0,2}\s?[IVX]{1,4}(?![^\W\d_]))")
_SLASH: Final = re.compile("/")
_LETTERS: Final = re.compile(r"[^\W\d_]+")


def date_hints(text: str) -> list[tuple[int, int]]:
    """Spans of ``text``, in order, that may belong to a date word of :func:`tokenize` (a month,
    an ISO, numeric or day.month. date, the slash of a dual year); no date word lies elsewhere.

    Cheap: C-level regex passes over the whole text and a set test of each distinct word,
    so prose full of page numbers and quantities is passed over without building tokens.
    A month is found wherever its written form occurs, even inside a longer word: a
    superset is safe, it only sends more text to the tokenizer.
    """
    spans = [match.span() for match in _DATE_HINT.finditer(text)]
    spans.extend(match.span() for match in _SLASH.finditer(text))
    # Letters never run across white space, so the distinct chunks hold every distinct word.
    words = {word for chunk in set(text.split()) for word in _LETTERS.findall(chunk)}
    written = [word for word in words if _is_month_word(word)]
    if written:
        months = re.compile("|".join(re.escape(w) for w in sorted(written, key=len, reverse=True)))
        spans.extend(match.span() for match in months.finditer(text))
    spans.sort()
    return spans


def _is_month_word(word: str) -> bool:
    """Whether ``word`` is a month, or a month with a glued label ("Novemberjul")."""
    key = word.casefold()
    if key in _MONTH_KEYS:
        return True
    return key.endswith(_GLUED_ENDINGS) and any(key[: -len(e)] in _MONTH_KEYS for e in _GLUED_ENDINGS)


def _label_starts() -> frozenset[str]:
    """First words of every label and era, as :func:`tokenize` meets them."""
    return frozenset(_first_key(w) for w in (*CALENDAR_OF_MARKER_WORDS, *ERA_WORDS))


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


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into tokens, skipping white space."""
    stop = len(text) if end is None else end
    tokens: list[Token] = []
    append = tokens.append
    resume = start
    for match in TOKEN.finditer(text, start, stop):
        first, last = match.span()
        if first < resume:
            continue  # inside a label already read
        kind = match.lastgroup or "other"
        word = match.group()  # a number or a sign as well
        if kind == "word":
            key = word.rstrip(".").casefold()
            if key in _SPECIAL_WORDS:  # one set lookup for the many words that are none of these
                label = label_pattern(key).match(text, first, stop) if key in _LABEL_STARTS else None
                if label is not None:
                    append(Token(label.lastgroup or "marker", label.group(), first, label.end()))
                    resume = label.end()
                    continue
                if key in _KNOWN_WORDS:
                    kind, stop_at = _word_kind(text, tokens, word, key, first, last)
                    if stop_at:  # "segunda-feira"
                        append(Token(kind, text[first:stop_at], first, stop_at))
                        resume = stop_at
                        continue
            if kind == "word" and word.endswith("."):
                if key.endswith(_GLUED_ENDINGS) and _split_glued(tokens, word, first):
                    continue  # "Novemberjul.": the labels are written with their dot
                append(Token("word", word[:-1], first, last - 1))
                append(Token("other", ".", last - 1, last))
                continue
        elif kind == "ocr_marker":  # "(0. S.)": O.S. with a zero, as OCR reads old books
            kind = "marker"
        elif kind == "other" and _glued_year(text, match, stop):
            kind = "number"  # "1796greg.": a year glued to the label after it
        # tuple.__new__ directly: the NamedTuple's own __new__ is a Python function, and
        # this line runs once per token
        append(_new_token(Token, (kind, word, first, last)))
    return tokens


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
_AFTER_ROMAN_MONTH: Final = re.compile(r"\.?\s?(?:[0-9]{3,4}(?![0-9])|[(\[)\]])")


_KNOWN_WORDS: Final = frozenset(
    [
        *MONTH_OF_WORD,
        *ROMAN_MONTHS,
        *YEAR_WORDS,
        *WEEKDAY_OF_WORD,
        *(short.casefold() for short in WEEKDAY_OF_ABBREVIATION),
        *_WEEKDAY_HEADS,
        *GLUED_LABELS,
    ]
)


_SPECIAL_WORDS: Final = _LABEL_STARTS | _KNOWN_WORDS


def _weekday_tail(text: str, end: int, head: str) -> int:
    """Where a hyphenated weekday whose first word ends at ``end`` ends, or 0 if it does not go on."""
    tail = _WEEKDAY_HEADS[head]
    return end + len(tail) if text[end : end + len(tail)].casefold() == tail else 0


_GLUED_ENDINGS: Final = tuple(GLUED_LABELS)
_MONTH_KEYS: Final = frozenset(MONTH_OF_WORD)


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
    return "word", 0


def _roman_month(text: str, tokens: list[Token], word: str, end: int) -> bool:
    """Whether a capital Roman numeral is a month, as Russian and Polish reference books write
    one: right after a day ("13.XI", "24 XI", "13(24).XI") and before a year or a bracket."""
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


def _split_glued(tokens: list[Token], word: str, start: int) -> bool:
    """Append "Novemberjul." as a month and its glued label, if that is what ``word`` is."""
    bare = word.rstrip(".")
    for ending in _GLUED_ENDINGS:
        cut = len(bare) - len(ending)
        if cut > 0 and bare[cut:].casefold() == ending and MONTH_OF_WORD.get(month_key(bare[:cut])):
            tokens.append(Token("month", word[:cut], start, start + cut))
            tokens.append(Token("marker", word[cut:], start + cut, start + len(word)))
            return True
    return False


_YEAR_DIGITS: Final = 4
_WORD: Final = re.compile(r"[^\W\d_]+\.?")


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
