"""The words the reader looks up, keyed: months, weekdays, year words, calendar labels and eras.

Built once from :mod:`oldstyle.names` (every language's words), so a new
language there is read with no change here.  :mod:`oldstyle.patterns`
tokenizes text and sorts each word with these tables: a dictionary lookup
is much cheaper than a large alternation tried at every word.  Calendar
labels of several words ("по старому стилю") are matched by one small
pattern per first word (:func:`label_pattern`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import Final, TypeVar

from oldstyle.names import ENGLISH, LANGUAGES, OTHER_MONTH_NAMES

__all__ = [
    "CALENDAR_OF_MARKER",
    "CALENDAR_OF_MARKER_WORDS",
    "DAY_OF_ORDINAL_WORD",
    "DOTTED_DAY_LANGUAGES",
    "DOTTED_MONTHS",
    "ERA_OF_WORD",
    "ERA_WORDS",
    "FULL_MONTH_NAMES",
    "GLUED_LABELS",
    "LANGUAGES_OF_WORD",
    "MONTH_OF_WORD",
    "SECOND_MONTH_OF_WORD",
    "WEEKDAY_OF_ABBREVIATION",
    "WEEKDAY_OF_WORD",
    "YEAR_WORDS",
    "accent_free",
    "day_ordinal_word",
    "first_key",
    "glued_cut",
    "key_twins",
    "label_pattern",
    "marker_key",
    "month_key",
]


T = TypeVar("T")


def month_key(word: str) -> str:
    """The lookup key of a month word: lower case, without a final dot."""
    return word.rstrip(".").casefold()


# What a label's key leaves out, and what parts its words (compiled once: the tables key
# some 3,000 words at import).
_LABEL_SPACING: Final = re.compile(r"[\s.\-]")
_LABEL_BREAK: Final = re.compile(r"[\s.\-]+")


@functools.lru_cache(maxsize=1024)  # the few labels of a text are keyed again for every date
def marker_key(word: str) -> str:
    """The lookup key of a calendar label: lower case, no spaces, dots or hyphens."""
    return _LABEL_SPACING.sub("", word).casefold()


def accent_free(key: str) -> str:
    """``key`` without accents ("οκτωβρίου" -> "οκτωβριου", "février" -> "fevrier"): capitals
    drop them in Greek, and typists often do."""
    if key.isascii():
        return key  # nothing to drop: the tables key hundreds of plain words at import
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


_OTHER_MONTH_LANGUAGES: Final = frozenset(code for _, code in OTHER_MONTH_NAMES.values())


def _month_words() -> tuple[dict[str, tuple[int, bool]], frozenset[str], dict[str, tuple[int, str]]]:
    """Every month word of every language -> (month number, is an abbreviation), the
    abbreviations read only with their dot, and the keys of the full names a later language
    gives another month -> (that month, that language)."""
    words: dict[str, tuple[int, bool]] = {}
    dotted: set[str] = set()
    bare_abbreviations: set[str] = set()
    second: dict[str, tuple[int, str]] = {}
    for lang in LANGUAGES.values():
        for index in range(12):
            for abbreviation in lang.abbreviations[index]:
                key = month_key(abbreviation)
                held = words.setdefault(key, (index + 1, True))
                if held[0] != index + 1 and lang.code in _OTHER_MONTH_LANGUAGES:
                    second[key] = (index + 1, lang.code)  # Croatian "lis." beside Czech "lis."
                (dotted if _needs_dot(key, lang.code) else bare_abbreviations).add(key)
            variants = lang.month_variants[index] if lang.month_variants else ()
            for full in (lang.months[index], lang.genitive[index], *variants):
                key = month_key(full)
                if OTHER_MONTH_NAMES.get(full.casefold()) == (index + 1, lang.code):
                    second[key] = (index + 1, lang.code)  # the first language's month stays
                else:
                    words[key] = (index + 1, False)
    full_names = {key for key, (_, short) in words.items() if not short}
    # Abbreviations get no twins: "paź" is a month, "paz" a word.
    twins = _with_bare_keys({key: words[key] for key in full_names})
    return {**twins, **words}, frozenset(dotted - bare_abbreviations - full_names), second


_MONTH_TABLES: Final = _month_words()
MONTH_OF_WORD: Final[dict[str, tuple[int, bool]]] = _MONTH_TABLES[0]
"""Month word key (see :func:`month_key`) -> (month 1..12, whether it is an abbreviation)."""
DOTTED_MONTHS: Final[frozenset[str]] = _MONTH_TABLES[1]
"""Keys of abbreviations that are months only when written with their dot ("out.", "set.")."""
SECOND_MONTH_OF_WORD: Final[dict[str, tuple[int, str]]] = _MONTH_TABLES[2]
"""Key of a month name a later language gives another month (see
:data:`oldstyle.names.OTHER_MONTH_NAMES`) -> (month, language code)."""


def _languages_of_words() -> dict[tuple[str, str], frozenset[str]]:
    """(token kind, key) -> the languages that write it, for the month names, year words and
    calendar labels: the words that say which language a stretch of text is in."""
    owners: dict[tuple[str, str], set[str]] = {}
    for lang in LANGUAGES.values():
        months = (
            *lang.months,
            *lang.genitive,
            *(v for forms in lang.month_variants for v in forms),
            *(short for forms in lang.abbreviations for short in forms),
        )
        keyed = dict.fromkeys(  # a language's many forms of one key are one owner, counted once
            [
                *(("month", month_key(word)) for word in months),
                *(("year_word", word.rstrip(".").casefold()) for word in lang.year_words),
                *(("weekday", word.casefold()) for word in lang.weekdays),
                *(
                    ("marker", marker_key(word))
                    for word in (lang.old_style, lang.new_style, *lang.old_style_words, *lang.new_style_words)
                ),
            ]
        )
        for item in keyed:
            owners.setdefault(item, set()).add(lang.code)
    return {item: frozenset(codes) for item, codes in owners.items()}


LANGUAGES_OF_WORD: Final[dict[tuple[str, str], frozenset[str]]] = _languages_of_words()
"""(token kind "month", "weekday", "year_word" or "marker", its key) -> the codes of the languages
that write it."""
DOTTED_DAY_LANGUAGES: Final[frozenset[str]] = frozenset(
    lang.code for lang in LANGUAGES.values() if lang.day_suffix == "."
)
"""The languages that write a dot after a day ("7. November")."""

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

_DAY_ORDINALS: Final = (
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"),
    *("eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth"),
    *("eighteenth", "nineteenth", "twentieth"),
)
_TENS: Final = {20: "twenty", 30: "thirty"}
DAY_OF_ORDINAL_WORD: Final[dict[str, int]] = {
    **{word: day for day, word in enumerate(_DAY_ORDINALS, 1)},
    "thirtieth": 30,
    **{
        f"{tens}-{_DAY_ORDINALS[unit - 1]}": base + unit
        for base, tens in _TENS.items()
        for unit in range(1, 10)
        if base + unit <= 31
    },
}
"""An English day written as an ordinal word ("twelfth", "twenty-fifth"), in lower case -> 1 .. 31;
read only before "of" and a month ("the twelfth of October, 1492")."""


def day_ordinal_word(day: int, written: str) -> str:
    """``day`` as an English ordinal word, with the capital of ``written`` ("Twelfth")."""
    word = next(key for key, value in DAY_OF_ORDINAL_WORD.items() if value == day)
    return word.capitalize() if written[:1].isupper() else word


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
_GLUED_ENDINGS: Final = tuple(GLUED_LABELS)


def glued_cut(word: str) -> int:
    """Where the month of a month glued to its label ("Novemberjul.") ends; 0 if ``word`` is none."""
    bare = word.rstrip(".")
    if not bare.casefold().endswith(_GLUED_ENDINGS):
        return 0
    for ending in _GLUED_ENDINGS:
        cut = len(bare) - len(ending)
        if cut > 0 and bare[cut:].casefold() == ending and MONTH_OF_WORD.get(month_key(bare[:cut])):
            return cut
    return 0


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

_AD_WORDS: Final = tuple(word for lang in LANGUAGES.values() for word in lang.ad_words)
ERA_WORDS: Final[tuple[str, ...]] = (
    *(lang.bc for lang in LANGUAGES.values()),
    *_AD_WORDS,
    "BC",
    "B.C.",
    "AD",
    "A.D.",
)
ERA_OF_WORD: Final[dict[str, str]] = {
    **{marker_key(word): "ad" for word in _AD_WORDS},
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


def first_key(word: str) -> str:
    """The first word of a label or era, as :func:`tokenize` keys the word it meets."""
    return _LABEL_BREAK.split(word.casefold(), maxsplit=1)[0]


def _by_first_key(words: Iterable[str]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for word in words:
        grouped.setdefault(first_key(word), []).append(word)
    return grouped


@functools.cache
def _labels_by_first_key() -> dict[str, list[str]]:
    """Every calendar label, by its first word's key: keyed once, not once per pattern."""
    return _by_first_key(CALENDAR_OF_MARKER_WORDS)


@functools.cache
def _eras_by_first_key() -> dict[str, list[str]]:
    """Every language's era words (BC, and the AD ones read after a year), by their first word's key."""
    return _by_first_key((*(lang.bc for lang in LANGUAGES.values()), *_AD_WORDS))


@functools.cache
def label_pattern(start: str) -> re.Pattern[str]:
    """The calendar labels ("O.S.", "по старому стилю") and eras ("BC") whose first word has key
    ``start``.

    One small pattern per first word, compiled when that word is first met:
    hundreds of phrases in one alternation would be tried at every label
    start and cost milliseconds at import.
    """
    markers = _alternation([_flexible(w) for w in _labels_by_first_key().get(start, ())])
    eras = [_flexible(bc) for bc in _eras_by_first_key().get(start, ())]
    if start in _ENGLISH_ERAS:
        eras.append(_ENGLISH_ERAS[start])
    return re.compile(
        rf"(?P<marker>(?:{markers or '(?!)'}){_END})|(?P<era>(?-i:{_alternation(eras) or '(?!)'}){_END})",
        re.IGNORECASE,
    )
