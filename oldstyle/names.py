"""Month names, abbreviations and calendar markers, per language.

This module owns every word the package reads or writes for a month or a
calendar label.  Adding a language means adding one :class:`Language` entry
to :data:`LANGUAGES`; the parser and formatter read from here and never spell
a month themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

from oldstyle.errors import OldstyleError

__all__ = [
    "ENGLISH",
    "GERMAN",
    "LANGUAGES",
    "RUSSIAN",
    "WEEKDAYS",
    "Language",
    "language",
    "month_name",
    "weekday_name",
]


def _words(text: str, count: int = 12) -> tuple[str, ...]:
    """``count`` names from one space-separated line: twelve months, or seven weekdays."""
    words = tuple(text.split())
    assert len(words) == count, words
    return words


WEEKDAYS = _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday", 7)
"""English weekday names, Monday first, indexed by :meth:`datetime.date.weekday`."""


def weekday_name(ordinal: int) -> str:
    """English weekday name of a day ordinal (ordinal 1, 0001-01-01, was a Monday)."""
    return WEEKDAYS[(ordinal + 6) % 7]


@dataclass(frozen=True)
class Language:
    """The words of one language: month names, abbreviations and markers.

    ``months[0]`` is January.  ``genitive`` holds the forms used after a
    day number ("25 октября") where the language has them; ``abbreviations``
    maps each month to the short forms a reader may meet ("Oct", "Sept.").
    ``old_style``/``new_style`` are the labels written beside dates.
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
    # Beginnings of words that, just before a calendar's name, say someone used,
    # adopted or left that calendar ("adopt", "switch"), so the name marks no date.
    # English's are the grammar's own (oldstyle.context); other languages add theirs.
    calendar_use_words: tuple[str, ...] = ()

    def month(self, month: int, *, genitive: bool = False) -> str:
        """Name of month 1..12, in the genitive form if asked and known."""
        names = self.genitive if genitive else self.months
        return names[month - 1]


ENGLISH = Language(
    code="en",
    months=_words("January February March April May June July August September October November December"),
    genitive=_words("January February March April May June July August September October November December"),
    abbreviations=(
        ("Jan",),
        ("Feb",),
        ("Mar",),
        ("Apr",),
        (),
        ("Jun",),
        ("Jul",),
        ("Aug",),
        ("Sep", "Sept"),
        ("Oct",),
        ("Nov",),
        ("Dec",),
    ),
    old_style="O.S.",
    new_style="N.S.",
    bc="BC",
    old_style_words=(
        "Old Style",
        "Old-Style",
        "Julian calendar",
        "Julian",
        "OS",
        "st. v.",
        "stilo vetere",
        "stilo veteri",
    ),
    new_style_words=(
        "New Style",
        "New-Style",
        "Gregorian calendar",
        "Gregorian",
        "NS",
        "st. n.",
        "stilo novo",
    ),
    weekdays=WEEKDAYS,
    weekday_abbreviations=(
        ("Mon",),
        ("Tue", "Tues"),
        ("Wed", "Weds"),
        ("Thu", "Thur", "Thurs"),
        ("Fri",),
        ("Sat",),
        ("Sun",),
    ),
)

RUSSIAN = Language(
    code="ru",
    months=_words("январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь"),
    genitive=_words("января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),
    abbreviations=(
        ("янв",),
        ("фев", "февр"),
        ("мар",),
        ("апр",),
        (),
        ("июн",),
        ("июл",),
        ("авг",),
        ("сен", "сент"),
        ("окт",),
        ("ноя", "нояб"),
        ("дек",),
    ),
    old_style="ст. ст.",
    new_style="н. ст.",
    bc="до н. э.",
    old_style_words=("по старому стилю", "по юлианскому календарю"),
    new_style_words=("по новому стилю", "по григорианскому календарю"),
    year_words=("года", "год", "г."),
    weekdays=_words("понедельник вторник среда четверг пятница суббота воскресенье", 7),
)

GERMAN = Language(
    code="de",
    months=_words("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
    genitive=_words("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
    abbreviations=(
        ("Jan",),
        ("Feb",),
        ("Mär", "Mrz"),
        ("Apr",),
        (),
        ("Jun",),
        ("Jul",),
        ("Aug",),
        ("Sep", "Sept"),
        ("Okt",),
        ("Nov",),
        ("Dez",),
    ),
    old_style="a. St.",
    new_style="n. St.",
    bc="v. Chr.",
    old_style_words=("alten Stils", "julianisch"),
    new_style_words=("neuen Stils", "gregorianisch"),
    weekdays=_words("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag", 7),
)

LANGUAGES: dict[str, Language] = {lang.code: lang for lang in (ENGLISH, RUSSIAN, GERMAN)}


def language(code: str) -> Language:
    """The :class:`Language` for a code such as ``"en"``.

    Raises :class:`~oldstyle.OldstyleError` naming the known codes if the
    code is unknown.
    """
    try:
        return LANGUAGES[code]
    except (KeyError, TypeError):
        known = ", ".join(sorted(LANGUAGES))
        raise OldstyleError(f"unknown language {code!r}: known languages are {known}") from None


def month_name(month: int, code: str = "en") -> str:
    """Full name of month 1..12 in a language (English by default)."""
    return language(code).month(month)
