"""Month names, weekday names and calendar words, per language.

This module owns every word the package reads or writes for a month, a
weekday or a calendar label.  The words are data, not code:

* ``data/month_names.csv``: month, weekday and BC-era words from CLDR,
  written by ``scripts/gen_month_names.py`` through Babel (Latin, which
  CLDR lacks, and a few everyday forms are kept by hand there, each with
  its source); Babel is not needed at run time.
* ``data/calendar_words.csv``: the words that name a calendar ("O.S.",
  "по старому стилю", "nach dem julianischen Kalender"), one row each, with
  the calendar it names and where the phrase comes from.

Each language becomes one :class:`Language` in :data:`LANGUAGES`; the
tokenizer (:mod:`oldstyle.patterns`) and the formatter read from there and
never spell a month themselves.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from oldstyle.errors import OldstyleError

__all__ = [
    "ENGLISH",
    "GERMAN",
    "LANGUAGES",
    "OTHER_MONTH_NAMES",
    "RUSSIAN",
    "WEEKDAYS",
    "Language",
    "data_text",
    "date_words",
    "day_month_words",
    "language",
    "month_name",
    "weekday_name",
    "year_text",
]


@dataclass(frozen=True)
class Language:
    """The words of one language: month names, abbreviations and markers.

    ``months[0]`` is January, in the form a month takes on its own
    (CLDR's stand-alone "январь"); ``genitive`` holds the form used after a
    day number ("25 октября"), the same word where the language has no such
    form; ``abbreviations`` maps each month to the short forms a reader may
    meet, without their dots ("Octr", "Oct"), the written one last.  ``old_style``/``new_style``
    are the labels written beside dates, ``bc`` the era word written after a
    year before 1 AD.
    """

    code: str
    months: tuple[str, ...]
    genitive: tuple[str, ...]
    abbreviations: tuple[tuple[str, ...], ...]
    old_style: str
    new_style: str
    bc: str
    # Other ways a reader may meet the labels ("Old Style", "Julian"); the
    # short forms above are always read too.
    old_style_words: tuple[str, ...] = ()
    new_style_words: tuple[str, ...] = ()
    # Words written after a year that only say "year" ("1917 года", "1917 г.").
    year_words: tuple[str, ...] = ()
    # Days of the week, Monday first, and their short forms ("Wed", "Weds").
    weekdays: tuple[str, ...] = ()
    weekday_abbreviations: tuple[tuple[str, ...], ...] = ()
    # The language's name in English, for messages and the docs.
    name: str = ""
    # Other full forms of each month that are read but never written
    # ("Januarius" beside "Ianuarius").
    month_variants: tuple[tuple[str, ...], ...] = ()
    # What follows a day number before its month: "." in German "7. November".
    day_suffix: str = ""
    # Labels glued to the word before them: German Wikipedia's
    # "6. Novemberjul. / 17. November 1796greg." (superscripts, flattened).
    glued_old_style_words: tuple[str, ...] = ()
    glued_new_style_words: tuple[str, ...] = ()
    # Labels of Sweden's own calendar of 1700-1712 ("S.S.").
    swedish_style_words: tuple[str, ...] = ()
    # Beginnings of words that, just before a calendar's name, say someone used,
    # adopted or left that calendar ("adopt", "switch"), so the name marks no date.
    # English's are the grammar's own (oldstyle.context); other languages add theirs.
    calendar_use_words: tuple[str, ...] = ()
    # Words that, between two dates, make the second follow the first ("after",
    # "nach", "после"): a reform's last Julian and first Gregorian day, not one day.
    succession_words: tuple[str, ...] = ()
    # Words that, alone between two dates, make them a range ("to", "bis", "по").
    range_words: tuple[str, ...] = ()
    # Conjunctions ("and", "und", "и") and the small words that may follow one before a
    # date's other half ("on", "am", "по"): any other word after the conjunction starts a
    # clause of its own ("and arrived"), so the date after it is another event.
    conjunction_words: tuple[str, ...] = ()
    link_words: tuple[str, ...] = ()
    # Words that set a date equal to the next ("odnosno", "czyli", "δηλαδή": "that is"),
    # so one half with its calendar named and one without are one day's two halves.
    equal_words: tuple[str, ...] = ()
    # Words that, just before a date, make the date after it that date's next day ("the day
    # after", "o dia seguinte a", "le lendemain du"): a reform's switch, not one day twice.
    next_day_words: tuple[str, ...] = ()
    # Relative pronouns that open an aside between commas ("el que usaba Italia y usamos hoy",
    # "which ... and"): a conjunction inside a closed aside starts no clause of the sentence's own.
    aside_words: tuple[str, ...] = ()
    # The era after a year of our era ("d.C.", "н. э.", "n. Chr."), read and never written.
    ad_words: tuple[str, ...] = ()

    def month(self, month: int, *, genitive: bool = False) -> str:
        """Name of month 1..12, in the genitive form if asked and known."""
        names = self.genitive if genitive else self.months
        return names[month - 1]


# Our code -> (English name, day suffix), in the order languages are tried.
_LANGUAGE_INFO: dict[str, tuple[str, str]] = {
    "en": ("English", ""),
    "ru": ("Russian", ""),
    "de": ("German", "."),
    "uk": ("Ukrainian", ""),
    "bg": ("Bulgarian", ""),
    "mk": ("Macedonian", ""),
    "sr": ("Serbian (Cyrillic)", "."),
    "sr-Latn": ("Serbian (Latin)", "."),
    "pl": ("Polish", ""),
    "cs": ("Czech", "."),
    "nl": ("Dutch", ""),
    "fr": ("French", ""),
    "it": ("Italian", ""),
    "es": ("Spanish", ""),
    "pt": ("Portuguese", ""),
    "sv": ("Swedish", ""),
    "da": ("Danish", "."),
    "nb": ("Norwegian (Bokmål)", "."),
    "el": ("Greek", ""),
    "ro": ("Romanian", ""),
    "tr": ("Turkish", ""),
    "la": ("Latin", ""),
    "be": ("Belarusian", ""),
    "sk": ("Slovak", "."),
    "sl": ("Slovenian", "."),
    "hu": ("Hungarian", "."),
    "hr": ("Croatian", "."),
    "fi": ("Finnish", "."),
    "et": ("Estonian", "."),
    "lt": ("Lithuanian", ""),
    "lv": ("Latvian", "."),
    "ka": ("Georgian", ""),
    "hy": ("Armenian", ""),
}

_ALIASES: dict[str, str] = {"no": "nb", "sh": "sr-Latn", "sr-latn": "sr-Latn"}


def data_text(name: str) -> str:
    """The text of the package's data file ``oldstyle/data/<name>``.

    A plain read beside this module: ``importlib.resources`` would import
    ``pathlib``, ``zipfile``, ``tempfile`` and ``shutil`` (about 8 ms) for the
    text layer's first use, and the package is always installed as files.
    Lines keep their endings as stored (its readers split with ``splitlines``
    or ``csv``); decoding the bytes at once is three times as fast as a text
    file's newline translation.
    """
    folder = os.path.join(os.path.dirname(__file__), "data")
    if not isinstance(name, str) or name in ("", ".", "..") or os.path.basename(name) != name:
        raise OldstyleError(
            f"{name!r} is not a data file name: give a file of oldstyle/data, such as 'feasts.csv'"
        )
    try:
        with open(os.path.join(folder, name), "rb") as file:
            return file.read().decode("utf-8")
    except FileNotFoundError:
        raise OldstyleError(
            f"oldstyle/data has no file {name!r}: {', '.join(sorted(os.listdir(folder)))}"
        ) from None


def _read_table(name: str, columns: int) -> list[list[str]]:
    """The rows of a data table, header left out, split on their first ``columns - 1`` commas.

    The words hold no commas (a test keeps it so); only the last column, the
    source, may, and it is not needed here.  Plain splitting is several times
    faster than the csv module, and this runs at every ``import oldstyle``.
    """
    text = data_text(name)
    return [line.split(",", columns - 1) for line in text.splitlines()[1:] if line]


def _unique(words: Iterable[str], *, skip: Iterable[str] = ()) -> tuple[str, ...]:
    """``words`` without repeats (ignoring case and a final dot) and without those in ``skip``."""
    seen = {w.rstrip(".").casefold() for w in skip}
    out: list[str] = []
    for word in words:
        key = word.rstrip(".").casefold()
        if key not in seen:
            seen.add(key)
            out.append(word)
    return tuple(out)


class _Words:
    """The rows of one language, sorted by what they name."""

    def __init__(self) -> None:
        self.month: defaultdict[tuple[str, int], list[str]] = defaultdict(list)
        self.weekday: defaultdict[tuple[str, int], list[str]] = defaultdict(list)
        self.calendar: defaultdict[tuple[str, str], list[str]] = defaultdict(list)
        self.eras: defaultdict[str, list[str]] = defaultdict(list)

    def months(self, form: str) -> list[list[str]]:
        return [self.month[form, number] for number in range(1, 13)]

    def weekdays(self, form: str) -> list[list[str]]:
        return [self.weekday[form, number] for number in range(1, 8)]


def _words_by_language() -> dict[str, _Words]:
    words: defaultdict[str, _Words] = defaultdict(_Words)
    for lang, kind, number, form, text, source in _read_table("month_names.csv", 6):
        entry = words[lang]
        if kind == "era":
            entry.eras[form].append(text)
        elif kind == "month":
            # Hand-kept short forms ("Janry", "фев") are read, never written.
            hand = form == "abbreviation" and source.lstrip('"').startswith("hand:")
            entry.month[f"{form}-hand" if hand else form, int(number)].append(text)
        else:
            entry.weekday[form, int(number)].append(text)
    for lang, calendar, kind, text, _ in _read_table("calendar_words.csv", 5):
        words[lang].calendar[kind, calendar].append(text)
    return words


def _bare_abbreviations(months: list[list[str]]) -> list[list[str]]:
    """Each month's short forms without their dots."""
    return [[short.rstrip(".") for short in shorts] for shorts in months]


def _language(code: str, words: _Words) -> Language:
    name, day_suffix = _LANGUAGE_INFO[code]
    names, genitives = words.months("name"), words.months("genitive")
    months = tuple(forms[0] for forms in names)
    genitive = tuple(forms[0] if forms else months[i] for i, forms in enumerate(genitives))
    full = [(*n, *g) for n, g in zip(names, genitives, strict=True)]
    weekday_names = words.weekdays("name")
    old, new = words.calendar["label", "julian"], words.calendar["label", "gregorian"]
    return Language(
        code=code,
        months=months,
        genitive=genitive,
        abbreviations=tuple(
            _unique((*hand, *sorted(cldr, key=len)), skip=forms)
            for hand, cldr, forms in zip(
                _bare_abbreviations(words.months("abbreviation-hand")),
                _bare_abbreviations(words.months("abbreviation")),
                full,
                strict=True,
            )
        ),
        old_style=old[0],
        new_style=new[0],
        bc=words.eras["bc"][0],
        ad_words=tuple(words.eras["ad"]),
        old_style_words=(*old[1:], *words.calendar["phrase", "julian"]),
        new_style_words=(*new[1:], *words.calendar["phrase", "gregorian"]),
        year_words=tuple(words.calendar["year", ""]),
        weekdays=tuple(forms[0] for forms in weekday_names) if all(weekday_names) else (),
        weekday_abbreviations=tuple(tuple(forms) for forms in words.weekdays("abbreviation") if forms),
        name=name,
        month_variants=tuple(_unique(forms, skip=(months[i], genitive[i])) for i, forms in enumerate(full)),
        day_suffix=day_suffix,
        glued_old_style_words=tuple(words.calendar["glued", "julian"]),
        glued_new_style_words=tuple(words.calendar["glued", "gregorian"]),
        swedish_style_words=tuple(words.calendar["phrase", "swedish"]),
        calendar_use_words=tuple(words.calendar["use", ""]),
        succession_words=tuple(words.calendar["after", ""]),
        range_words=tuple(words.calendar["range", ""]),
        conjunction_words=tuple(words.calendar["and", ""]),
        link_words=tuple(words.calendar["link", ""]),
        equal_words=tuple(words.calendar["equal", ""]),
        next_day_words=tuple(words.calendar["next", ""]),
        aside_words=tuple(words.calendar["aside", ""]),
    )


def _languages() -> dict[str, Language]:
    words = _words_by_language()
    return {code: _language(code, words[code]) for code in _LANGUAGE_INFO}


LANGUAGES: dict[str, Language] = _languages()
"""Language code (``"en"``, ``"ru"``, ``"sr-Latn"``, ...) -> its :class:`Language`, English first."""

ENGLISH = LANGUAGES["en"]
RUSSIAN = LANGUAGES["ru"]
GERMAN = LANGUAGES["de"]

WEEKDAYS = ENGLISH.weekdays
"""English weekday names, Monday first, indexed by :meth:`datetime.date.weekday`."""


def _other_month_names() -> dict[str, tuple[int, str]]:
    """Full month names (casefolded) an earlier language already gives another month -> (the
    month the later language means, its code)."""
    first: dict[str, int] = {}
    other: dict[str, tuple[int, str]] = {}
    for lang in LANGUAGES.values():
        for index in range(12):
            variants = lang.month_variants[index] if lang.month_variants else ()
            for word in (lang.months[index], lang.genitive[index], *variants):
                key = word.casefold()
                if first.setdefault(key, index + 1) != index + 1:
                    other[key] = (index + 1, lang.code)
    return other


OTHER_MONTH_NAMES: dict[str, tuple[int, str]] = _other_month_names()
"""A month name a later language gives another month -> (that month, that language): Croatian
"listopad" is October, Czech and Polish "listopad" November.  Read, the word is the first
language's month unless the words around it are the later language's."""


def weekday_name(ordinal: int) -> str:
    """English weekday name of a day ordinal (ordinal 1, 0001-01-01, was a Monday)."""
    return WEEKDAYS[(ordinal + 6) % 7]


# --- a date in words: the one home of "Wednesday 2 September 1752" ----------------


def year_text(year: int, lang: Language = ENGLISH) -> str:
    """A year as a reader writes it: astronomical -43 is ``"44 BC"``; 1917 is ``"1917"``."""
    if year <= 0:
        return f"{1 - year} {lang.bc}"
    return str(year)


def day_month_words(day: int, month: int, lang: Language = ENGLISH, *, suffix: bool = True) -> str:
    """``"25 October"``, ``"25 октября"``, ``"25. Oktober"`` (``suffix=False``: no ``"."`` after the day).

    After a day number a month takes its genitive where the language has one;
    English genitives are the plain names.
    """
    day_suffix = lang.day_suffix if suffix else ""
    return f"{day}{day_suffix} {lang.month(month, genitive=True)}"


def date_words(
    year: int, month: int, day: int, lang: Language = ENGLISH, *, ordinal: int | None = None
) -> str:
    """A label in words: ``"25 October 1917"``; with the day's ``ordinal``, ``"Wednesday 2 September 1752"``.

    The weekday is English (the only language whose weekdays are written).
    """
    words = f"{day_month_words(day, month, lang)} {year_text(year, lang)}"
    return words if ordinal is None else f"{weekday_name(ordinal)} {words}"


def language(code: str) -> Language:
    """The :class:`Language` for a code such as ``"en"``, ``"ru"`` or ``"sr-Latn"``.

    Raises :class:`~oldstyle.OldstyleError` naming the known codes if the
    code is unknown.
    """
    try:
        return LANGUAGES[_ALIASES.get(code, code)]
    except (KeyError, TypeError):
        known = ", ".join(sorted(LANGUAGES))
        raise OldstyleError(f"unknown language {code!r}: known languages are {known}") from None


def month_name(month: int, code: str = "en") -> str:
    """Full name of month 1..12 in a language (English by default)."""
    return language(code).month(month)
