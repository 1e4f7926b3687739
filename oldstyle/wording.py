"""Writing a corrected word the way the writer wrote the one it replaces.

A fix changes a day, a month or a weekday inside text someone wrote, so the
new word must be in that text's language, form and case: "Oct." becomes
"Nov.", "октября" becomes "ноября", "ΟΚΤΩΒΡΙΟΥ" becomes "ΝΟΕΜΒΡΙΟΥ",
"Sonntag" becomes "Mittwoch".  The language of a mention is the one whose
words cover all of its month, weekday and label words (a Spanish "marzo"
beside "calendario juliano" is Spanish, not Italian).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from oldstyle.errors import OldstyleError
from oldstyle.names import ENGLISH, LANGUAGES, Language
from oldstyle.patterns import Token
from oldstyle.wordtables import accent_free, key_twins, marker_key, month_key

__all__ = ["language_of_words", "month_text", "opposite_label", "same_case", "weekday_word"]


@functools.cache
def _month_keys(code: str) -> dict[str, tuple[str, int]]:
    """Every month word key of a language -> its form (``"name"``, ``"genitive"`` or
    ``"abbreviation"``) and its month 1..12."""
    lang = LANGUAGES[code]
    keys: dict[str, tuple[str, int]] = {}
    for index in range(12):
        month = index + 1
        for short in lang.abbreviations[index]:
            keys[month_key(short)] = ("abbreviation", month)
        for variant in lang.month_variants[index] if lang.month_variants else ():
            keys[month_key(variant)] = ("name", month)
        keys[month_key(lang.genitive[index])] = ("genitive", month)
        keys[month_key(lang.months[index])] = ("name", month)
    return {**{twin: form for k, form in keys.items() for twin in key_twins(k)}, **keys}


@functools.cache
def _weekday_keys(code: str) -> frozenset[str]:
    lang = LANGUAGES[code]
    names = [name.casefold() for name in lang.weekdays]
    shorts = [short.casefold() for forms in lang.weekday_abbreviations for short in forms]
    return frozenset([*names, *(twin for n in names for twin in key_twins(n)), *shorts])


@functools.cache
def _marker_keys(code: str) -> frozenset[str]:
    lang = LANGUAGES[code]
    words = (
        lang.old_style,
        lang.new_style,
        *lang.old_style_words,
        *lang.new_style_words,
        *lang.glued_old_style_words,
        *lang.glued_new_style_words,
    )
    return frozenset(marker_key(word) for word in words)


def _languages_of(token: Token) -> set[str]:
    """The codes of the languages that have ``token``'s word."""
    if token.kind == "month":
        return {code for code in LANGUAGES if month_key(token.text) in _month_keys(code)}
    if token.kind == "weekday":
        key = token.text.rstrip(".").casefold()
        return {code for code in LANGUAGES if key in _weekday_keys(code)}
    if token.kind == "marker":
        return {code for code in LANGUAGES if marker_key(token.text) in _marker_keys(code)}
    return set(LANGUAGES)


def language_of_words(tokens: Iterable[Token | None], read_as: Iterable[tuple[Token, int]] = ()) -> Language:
    """The language the words of a mention are in: the first one (in :data:`LANGUAGES` order)
    that has them all, or, where no language has them all, the one that has the most,
    month words first.  English if there are no words.

    ``read_as`` gives month tokens with the month the reader took them for: a word two
    languages share for different months ("listopada": Croatian October, Polish November)
    is then the language of that reading, so a fix writes a month that reads back as meant.
    """
    candidates = set(LANGUAGES)
    for token in tokens:
        if token is None:
            continue
        narrower = candidates & _languages_of(token)
        if narrower:  # a label from another language ("O.S." in Italian text) narrows nothing
            candidates = narrower
    for token, month in read_as:
        key = month_key(token.text)
        narrower = {code for code in candidates if _month_keys(code).get(key, ("", 0))[1] == month}
        if narrower:  # a month borrowed from the other half ("December 25 (5)") narrows nothing
            candidates = narrower
    return next((lang for code, lang in LANGUAGES.items() if code in candidates), ENGLISH)


def same_case(word: str, like: str) -> str:
    """``word`` in the case of ``like``: all capitals (Greek ones without accents, as they are
    written), or a capital first, or a small letter first."""
    if like.isupper() and len(like) > 1:
        upper = word.upper()
        greek = any("\u0370" <= c <= "\u03ff" for c in like)
        return accent_free(upper) if greek and like == accent_free(like) else upper
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word[:1].lower() + word[1:]


def month_text(month: int, written: str, lang: Language) -> str:
    """Month 1..12 in ``lang``, in the form and case of ``written`` (full, genitive or
    abbreviated, with its dot): "Oct." -> "Nov.", "октября" -> "ноября"."""
    _check_index(month, 1, 12, "month")
    form = _month_keys(lang.code).get(month_key(written), ("name", 0))[0]
    word = _in_form(lang, month, form)
    if written.endswith(".") and not word.endswith("."):
        word += "."
    return same_case(word, written.rstrip("."))


def _in_form(lang: Language, month: int, form: str) -> str:
    if form == "abbreviation" and lang.abbreviations[month - 1]:
        return lang.abbreviations[month - 1][-1]
    if form == "genitive" and lang.genitive[month - 1] != lang.months[month - 1]:
        return lang.genitive[month - 1]
    # An abbreviation-less month is written in full; a name that is both
    # nominative and genitive (most languages) stays what it was.
    return lang.genitive[month - 1] if form == "abbreviation" else lang.months[month - 1]


def weekday_word(written: str, weekday: int, lang: Language) -> str | None:
    """Weekday 0..6 in ``lang``, in the form and case of ``written`` ("Sun." -> "Wed."), or None
    if ``lang`` has no such words."""
    _check_index(weekday, 0, 6, "weekday")
    bare = written.rstrip(".")
    key = bare.casefold()
    for forms in lang.weekday_abbreviations:
        if bare in forms:
            return lang.weekday_abbreviations[weekday][0] + written[len(bare) :]
    if lang.weekdays and key in _weekday_keys(lang.code):
        return same_case(lang.weekdays[weekday], bare) + written[len(bare) :]
    return None


def opposite_label(word: str) -> str | None:
    """The label naming the other calendar in the same words: "Old Style" -> "New Style",
    "по старому стилю" -> "по новому стилю", "jul." -> "greg.", or None if ``word`` is not a
    Julian or Gregorian label.

    Each language's Julian and Gregorian labels (and, apart, its glued ones)
    are paired most-alike first, each used once, so "according to the old
    calendar" takes "according to the new calendar" and leaves "according
    to the Gregorian calendar" to "according to the Julian calendar".
    """
    key = marker_key(word)
    for code in LANGUAGES:
        found = _label_pairs(code).get(key)
        if found is not None:
            return _label_case(found, word)
    return None


@functools.cache
def _label_pairs(code: str) -> dict[str, str]:
    """Key of each Julian or Gregorian label of a language -> its counterpart (cached: built
    only when a swapped label is fixed)."""
    lang = LANGUAGES[code]
    pairs: dict[str, str] = {}
    groups = (
        ((lang.old_style, *lang.old_style_words), (lang.new_style, *lang.new_style_words)),
        (lang.glued_old_style_words, lang.glued_new_style_words),
    )
    for olds, news in groups:
        if olds and news:
            for old, new in _pair_most_alike(olds, news):
                pairs.setdefault(marker_key(old), new)
                pairs.setdefault(marker_key(new), old)
    return pairs


def _pair_most_alike(olds: tuple[str, ...], news: tuple[str, ...]) -> list[tuple[str, str]]:
    """Every label of ``olds`` and of ``news`` paired: the most alike pairs first, each label
    used once while the other side has unused ones, then with the most alike of all."""
    import difflib  # only when a label is written anew: not loaded with the text layer

    scored = sorted(
        (
            (-difflib.SequenceMatcher(None, o.casefold(), n.casefold()).ratio(), i, j)
            for i, o in enumerate(olds)
            for j, n in enumerate(news)
        ),
    )
    pairs: list[tuple[str, str]] = []
    used_old: set[int] = set()
    used_new: set[int] = set()
    for _, i, j in scored:
        if i not in used_old and j not in used_new:
            pairs.append((olds[i], news[j]))
            used_old.add(i)
            used_new.add(j)
    for _, i, j in scored:  # the longer side's leftovers: their best match, shared
        if i not in used_old or j not in used_new:
            pairs.append((olds[i], news[j]))
            used_old.add(i)
            used_new.add(j)
    return pairs


def _label_case(label: str, like: str) -> str:
    """``label`` in capitals or small letters if ``like`` is all one or the other ("o.s." ->
    "n.s.", "ПО СТАРОМУ СТИЛЮ" -> "ПО НОВОМУ СТИЛЮ"), else as the table spells it."""
    if like.isupper() and len(like) > 1:
        return label.upper()
    return label.lower() if like.islower() else label


def _check_index(value: object, low: int, high: int, what: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise OldstyleError(f"{what} must be an int from {low} to {high}, not {value!r}")
