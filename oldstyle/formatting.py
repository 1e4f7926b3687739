"""Writing one day as a dual date: ``25 October (O.S.; 7 November N.S.) 1917``.

Every style writes both halves of the day, the Julian (Old Style) and the
Gregorian (New Style) label, and stays unambiguous: when the halves fall in
different years, or when a year-start style gives the Julian half a dual
year ("1731/32") that the Gregorian half does not share, both halves are
written in full.  Month words and labels come from :mod:`oldstyle.names`,
so another language is added there, as data, without touching this module.

Conventions behind the styles (Wikipedia's ``{{OldStyleDate}}`` and
``{{OS2NS}}``, Britannica, the Russian ``double_couple`` layout) are
described in the project's guide to dual dates.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Final

from oldstyle.core import calendar_name
from oldstyle.dates import GregorianDate, JulianDate, as_ordinal
from oldstyle.errors import OldstyleError
from oldstyle.names import OTHER_MONTH_NAMES, Language, day_month_words, year_text
from oldstyle.names import language as language_of
from oldstyle.yearstart import dual_year_text

__all__ = ["STYLES", "format_dual", "style_name", "write_dual", "year_text"]

STYLES: Final[dict[str, str]] = {
    "os-ns": "25 October (O.S.; 7 November N.S.) 1917 - Julian first, both labels in parentheses (default)",
    "bracket": "7 November [O.S. 25 October] 1917 - Wikipedia's {{OldStyleDate}}: Gregorian first",
    "os-bracket": "25 October [7 November N.S.] 1917 - Wikipedia's {{OS2NS}}: Julian first",
    "slash": "25 October/7 November 1917 - Julian/Gregorian, no labels",
    "fraction": "5/18 January 1918 - like slash, a shared month written once",
    "us": "October 25 (O.S.; November 7 N.S.), 1917 - month-day order",
    "britannica": "Nov. 7, 1917 (October 25, Old Style) - Britannica: Gregorian first",
    "iso": "1917-10-25 O.S. (1917-11-07 N.S.) - ISO 8601 labels",
    "russian": "25 октября (7 ноября) 1917 - Julian, Gregorian in parentheses, shared parts last",
}
"""Style name -> one-line description with an example, for ``--help`` and the docs."""

_ALIASES: Final[dict[str, str]] = {"wikipedia": "bracket", "default": "os-ns", "ru": "russian"}

# Britannica spells the long form of the label next to the date.
_OLD_STYLE_WORDS: Final = "Old Style"


def style_name(style: str) -> str:
    """The canonical name of a style (``"wikipedia"`` -> ``"bracket"``).

    Raises :class:`~oldstyle.OldstyleError` listing the styles if unknown.
    """
    if isinstance(style, str):
        key = style.strip().lower()
        key = _ALIASES.get(key, key)
        if key in STYLES:
            return key
    known = ", ".join([*STYLES, *_ALIASES])
    raise OldstyleError(f"unknown dual-date style {style!r}: known styles are {known}")


class _Half:
    """One half of a dual date, ready to write.

    A plain class: it is only read, and a frozen dataclass costs about half a millisecond
    to make at import.
    """

    __slots__ = ("day", "month", "year", "year_text")

    def __init__(self, day: int, month: int, year: int, year_text: str) -> None:
        self.day = day
        self.month = month
        self.year = year  # the 1-January (astronomical) year
        self.year_text = year_text  # as written: "1917", "44 BC" or a dual year "1731/32"


def _julian_and_gregorian(value: object, calendar: str | None) -> tuple[JulianDate, GregorianDate]:
    """The day ``value`` names, labelled in both calendars."""
    if calendar is not None:
        cal = calendar_name(calendar)
        if not isinstance(value, (JulianDate, GregorianDate, date)):
            raise OldstyleError(f"format_dual needs a date, not {type(value).__name__}")
        y, m, d = value.year, value.month, value.day
        julian = JulianDate(y, m, d) if cal == "julian" else GregorianDate(y, m, d).to_julian()
        return julian, julian.to_gregorian_date()
    ordinal = as_ordinal(value)
    if ordinal is None:
        raise OldstyleError(
            f"format_dual needs a JulianDate, GregorianDate or datetime.date, not {type(value).__name__}"
        )
    return JulianDate.fromordinal(ordinal), GregorianDate.fromordinal(ordinal)


def _halves(
    julian: JulianDate, gregorian: GregorianDate, year_start: str | None, lang: Language
) -> tuple[_Half, _Half]:
    """The two halves with their year texts; the Julian one may carry a dual year."""
    julian_year = year_text(julian.year, lang)
    if year_start is not None and julian.year > 0:
        julian_year = dual_year_text(*julian.to_tuple(), style=year_start) or julian_year
    return (
        _Half(julian.day, julian.month, julian.year, julian_year),
        _Half(gregorian.day, gregorian.month, gregorian.year, year_text(gregorian.year, lang)),
    )


def _short_month(month: int, lang: Language) -> str:
    """The month as Britannica abbreviates it: only where that saves two letters ("Nov.", "March")."""
    full = lang.month(month)
    forms = lang.abbreviations[month - 1]
    if forms and len(forms[-1]) + 1 <= len(full) - 2:
        return forms[-1] + "."
    return full


def format_dual(
    value: JulianDate | GregorianDate | date,
    style: str = "os-ns",
    *,
    calendar: str | None = None,
    year_start: str | None = None,
    language: str = "en",
    weekday: bool = False,
) -> str:
    """Write one day with both its Julian (O.S.) and Gregorian (N.S.) labels.

    ``value`` is the day: a :class:`~oldstyle.JulianDate`, a
    :class:`~oldstyle.GregorianDate` or a :class:`datetime.date`.  With
    ``calendar="julian"`` (or ``"gregorian"``) the value's year, month and
    day are instead read as a label in that calendar, so
    ``format_dual(date(1917, 10, 25), calendar="julian")`` is Julian
    1917-10-25.

    >>> format_dual(JulianDate(1917, 10, 25))
    '25 October (O.S.; 7 November N.S.) 1917'
    >>> format_dual(JulianDate(1917, 10, 25), "bracket")
    '7 November [O.S. 25 October] 1917'
    >>> format_dual(JulianDate(1642, 12, 25))
    '25 December 1642 (O.S.; 4 January 1643 N.S.)'
    >>> format_dual(JulianDate(1732, 2, 11), "fraction", year_start="lady_day")
    '11/22 February 1731/32'

    ``style`` is one of :data:`STYLES` (``"wikipedia"`` is an alias of
    ``"bracket"``).  ``year_start`` names a year-start style of
    :mod:`oldstyle.yearstart` (e.g. ``"lady_day"``): the Julian half then
    gets a dual year where the two year labels differ.  The slash and
    fraction styles share that dual year with the Gregorian half, as English
    records did ("11/22 February 1731/32"); the labelled styles write the
    Gregorian half with its own 1-January year, in full
    ("11 February 1731/32 (O.S.; 22 February 1732 N.S.)").  Years before 1
    are written "44 BC" (astronomical -43).  ``language`` picks the month
    names and labels from :mod:`oldstyle.names`; the ``"russian"`` style
    uses Russian when ``language`` is left at ``"en"``.  ``weekday=True``
    puts the day of the week first, which both calendars share:

    >>> format_dual(JulianDate(1917, 10, 25), weekday=True)
    'Wednesday, 25 October (O.S.; 7 November N.S.) 1917'
    """
    if not isinstance(weekday, bool):  # "no" is truthy: refuse rather than write a weekday
        raise OldstyleError(f"weekday must be True or False, not {type(weekday).__name__} {weekday!r}")
    name = style_name(style)
    if name == "russian" and language == "en":
        language = "ru"
    lang = language_of(language)
    if weekday and not lang.weekdays:
        raise OldstyleError(f"no weekday names for {lang.name or lang.code}: use weekday=False")
    julian, _ = _julian_and_gregorian(value, calendar)
    text = write_dual(julian, name, lang, year_start=year_start)
    return f"{lang.weekdays[julian.weekday()]}, {text}" if weekday else text


def write_dual(julian: JulianDate, style: str, lang: Language, *, year_start: str | None = None) -> str:
    """:func:`format_dual` for a checked style name and a :class:`~oldstyle.names.Language`.

    For callers that already hold both (the fixer writes a corrected date in
    the language it was written in, whatever the style's usual language).
    """
    gregorian = julian.to_gregorian_date()
    if style == "iso":
        return f"{julian.isoformat()} {lang.old_style} ({gregorian.isoformat()} {lang.new_style})"
    jul, greg = _halves(julian, gregorian, year_start, lang)
    return _WRITERS[style](jul, greg, lang)


# --- one writer per style ---------------------------------------------------


def _dm(half: _Half, lang: Language, *, suffix: bool = True) -> str:
    return day_month_words(half.day, half.month, lang, suffix=suffix)


def _md(half: _Half, lang: Language) -> str:
    return f"{lang.month(half.month)} {half.day}"


# Labelled styles as (shared year, full dates) templates.  Fields: {j}/{g}
# day-month and {jm}/{gm} month-day of the Julian/Gregorian half, {jy}/{gy}
# their years, {old}/{new} the language's labels.
_TEMPLATES: Final[dict[str, tuple[str, str]]] = {
    "os-ns": ("{j} ({old}; {g} {new}) {jy}", "{j} {jy} ({old}; {g} {gy} {new})"),
    "bracket": ("{g} [{old} {j}] {jy}", "{g} {gy} [{old} {j} {jy}]"),
    "os-bracket": ("{j} [{g} {new}] {jy}", "{j} {jy} [{g} {gy} {new}]"),
    "us": ("{jm} ({old}; {gm} {new}), {jy}", "{jm}, {jy} ({old}; {gm}, {gy} {new})"),
}


def _from_template(style: str, jul: _Half, greg: _Half, lang: Language) -> str:
    shared, full = _TEMPLATES[style]
    template = shared if jul.year_text == greg.year_text else full
    return template.format(
        j=_dm(jul, lang),
        g=_dm(greg, lang),
        jm=_md(jul, lang),
        gm=_md(greg, lang),
        jy=jul.year_text,
        gy=greg.year_text,
        old=lang.old_style,
        new=lang.new_style,
    )


def _slash(jul: _Half, greg: _Half, lang: Language) -> str:
    return _slash_or_fraction(jul, greg, lang, factor_month=False)


def _fraction(jul: _Half, greg: _Half, lang: Language) -> str:
    return _slash_or_fraction(jul, greg, lang, factor_month=True)


# Languages a month name of which another language reads as another month (Croatian
# "listopada"): each half keeps its day's own form ("1. listopada/10. listopada"), which
# says the language, rather than sharing one month word ("1/10 listopada").
_UNSHARED_MONTHS: Final = frozenset(code for _, code in OTHER_MONTH_NAMES.values())


def _slash_or_fraction(jul: _Half, greg: _Half, lang: Language, *, factor_month: bool) -> str:
    # A dual year ("1731/32") is shared by both halves when their 1-January
    # years agree, as English records wrote it: "11/22 February 1731/32".
    if jul.year != greg.year:
        # No "." after the day right after "1181/": "1181/2." would read as a dual year.
        return f"{_dm(jul, lang)} {jul.year_text}/{_dm(greg, lang, suffix=False)} {greg.year_text}"
    if factor_month and jul.month == greg.month and lang.code not in _UNSHARED_MONTHS:
        return f"{jul.day}/{greg.day} {lang.month(jul.month, genitive=True)} {jul.year_text}"
    return f"{_dm(jul, lang)}/{_dm(greg, lang)} {jul.year_text}"


def _britannica(jul: _Half, greg: _Half, lang: Language) -> str:
    old = _OLD_STYLE_WORDS if lang.code == "en" else lang.old_style
    first = f"{_short_month(greg.month, lang)} {greg.day}, {greg.year_text}"
    if jul.year_text == greg.year_text:
        return f"{first} ({_md(jul, lang)}, {old})"
    return f"{first} ({_md(jul, lang)}, {jul.year_text}, {old})"


def _russian(jul: _Half, greg: _Half, lang: Language) -> str:
    if jul.year_text != greg.year_text:
        return f"{_dm(jul, lang)} {jul.year_text} ({_dm(greg, lang)} {greg.year_text})"
    if jul.month == greg.month and lang.code not in _UNSHARED_MONTHS:
        return f"{jul.day} ({greg.day}) {lang.month(jul.month, genitive=True)} {jul.year_text}"
    return f"{_dm(jul, lang)} ({_dm(greg, lang)}) {jul.year_text}"


_WRITERS: Final[dict[str, Callable[[_Half, _Half, Language], str]]] = {
    **{style: partial(_from_template, style) for style in _TEMPLATES},
    "slash": _slash,
    "fraction": _fraction,
    "britannica": _britannica,
    "russian": _russian,
}
