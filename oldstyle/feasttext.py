"""Reading dates written by feast: "Michaelmas 1666", "the Monday after Easter 1381".

Three functions, which the text layer calls (through
:mod:`oldstyle.feastmentions`, where :func:`oldstyle.feastspots.feast_windows`
finds a feast name before a year, so that ``parse``, ``scan``, ``check`` and
``convert`` read feast dates):

* :func:`read_feast` reads one feast date, the whole text;
* :func:`scan_feasts` finds every feast date in prose, with its span;
* :func:`check_feasts` flags a feast written beside a day it was not
  ("Michaelmas (29 September) 1712, i.e. 9 October New Style": that year
  Julian 29 September was Gregorian 10 October).

A feast date is a feast name of :mod:`oldstyle.churchyear` in any of its
languages, "Old" before a fixed feast ("Old Michaelmas Day"), optionally a
day counted from it ("the Monday after", "the Sunday before", "the morrow
of", "the eve of", "the octave of"; "Montag nach", "lundi après"), and a
year: plain ("1666") or dual ("1731/2", which names the 1-January year
1732).  The day is found by :func:`oldstyle.feast`: with a region, as that
region reckoned it; without, by the Roman church's calendar of the year
(Julian to 1582, Gregorian from 1583) or the ``computus`` given.

Every pattern is a flat alternation of literals with no nested quantifiers,
so matching is linear in the input.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Final

from oldstyle.churchyear import Day, Feast, as_region, day_in_region, feast, feast_info, feast_table
from oldstyle.computus import computus_name
from oldstyle.core import other_calendar
from oldstyle.dates import GregorianDate, JulianDate
from oldstyle.errors import DateParseError, OldstyleError
from oldstyle.feastspots import feast_windows
from oldstyle.names import ENGLISH, LANGUAGES, day_month_words
from oldstyle.patterns import LineCounter
from oldstyle.reforms import Region
from oldstyle.wordtables import CALENDAR_OF_MARKER, MONTH_OF_WORD, marker_key, month_key
from oldstyle.yearstart import complete_dual_year

__all__ = [
    "FeastMention",
    "FeastProblem",
    "check_feasts",
    "read_feast",
    "read_feast_mention",
    "scan_feasts",
]

# Weekdays (Monday 0) by word: every language of oldstyle.names, and French,
# which the feast table has and names.py does not (yet).
_FRENCH_WEEKDAYS: Final = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_WEEKDAY_OF: Final[dict[str, int]] = {
    **{name.casefold(): i for lang in LANGUAGES.values() for i, name in enumerate(lang.weekdays)},
    **{name: i for i, name in enumerate(_FRENCH_WEEKDAYS)},
}
_DIRECTION_OF: Final[dict[str, int]] = {
    "after": 1,
    "next after": 1,
    "nach": 1,
    "après": 1,
    "apres": 1,
    "before": -1,
    "next before": -1,
    "vor": -1,
    "avant": -1,
}
# Days counted from the feast itself.
_SHIFT_OF: Final[dict[str, int]] = {"morrow": 1, "eve": -1, "vigil": -1, "octave": 7}


def _words(words: Iterable[str]) -> str:
    """One regex for literal words in any case (a trie, see :func:`_trie_pattern`)."""
    return _trie_pattern({word.casefold() for word in words})


def _name_spellings(name: str) -> set[str]:
    """The plain spellings a name is read in: lower case, with and without accents, St/St./Saint."""
    spellings = {name.casefold(), _strip_accents(name.casefold())}
    for spelling in list(spellings):
        if spelling.startswith("st "):
            spellings |= {"st. " + spelling[3:], "saint " + spelling[3:]}
    return spellings


def _strip_accents(text: str) -> str:
    """The text without accents ("pâques" -> "paques"), keeping Russian "й" whole."""
    decomposed = unicodedata.normalize("NFD", text)
    latin = "".join(c for c in decomposed if not (unicodedata.combining(c) and c != "\u0306"))
    return unicodedata.normalize("NFC", latin)


# How one character of a name is matched: spaces as any run of spaces,
# apostrophes as either kind or none, hyphens as a hyphen or a space.
_CHARACTER_PATTERNS: Final = {" ": r"\s+", "'": "['’]?", "’": "['’]?", "-": r"[\-\s]"}

_Trie = dict[str, "_Trie"]


def _trie_pattern(words: set[str]) -> str:
    r"""One regex for many words, as a trie: ``(?:e(?:aster(?:\s+monday)?|...)|...)``.

    Python's re tries each branch of an alternation in turn; sharing
    prefixes makes the search cost depend on the text, not on the number of
    names.  Greedy optional groups try the longer name first.
    """
    root: _Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(_CHARACTER_PATTERNS.get(char, re.escape(char)), {})
        node[""] = {}
    return _emit(root)


def _emit(node: _Trie) -> str:
    branches = [piece + _emit(child) for piece, child in sorted(node.items()) if piece]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


def _marker_words() -> list[str]:
    return [w for lang in LANGUAGES.values() for w in (lang.old_style, *lang.old_style_words)] + [
        w for lang in LANGUAGES.values() for w in (lang.new_style, *lang.new_style_words)
    ]


def _marker_pattern() -> str:
    forms = set()
    for word in _marker_words():
        forms.add(re.escape(word).replace(r"\ ", r"\s?").replace(r"\.", r"\.?").replace(r"\-", r"[\-\s]?"))
    return "|".join(sorted(forms, key=lambda w: (-len(w), w)))


_NAMES: Final = _trie_pattern(
    {form for entry in feast_table() for n in entry.all_names() for form in _name_spellings(n)}
)

_RELATION: Final = (
    rf"(?:(?:the|le)\s+)?(?P<weekday>{_words(_WEEKDAY_OF)})\s+(?P<direction>{_words(_DIRECTION_OF)})\s+"
    rf"|(?:the\s+)?(?P<shift>{_words(_SHIFT_OF)})\s+of\s+"
)
_ARTICLE: Final = r"(?:(?:the\s+)?feast\s+of\s+|(?:the|la|le|der|die)\s+|l['’])"
_YEAR_WORDS: Final = _words({word for lang in LANGUAGES.values() for word in lang.year_words})
_YEAR: Final = rf"(?P<year>\d{{3,4}})(?:\s?/\s?(?P<suffix>\d{{1,4}}))?(?!\d)(?:\s+(?:{_YEAR_WORDS})(?!\w))?"

FEAST_DATE: Final = re.compile(
    rf"(?<![\w])(?:{_RELATION})?{_ARTICLE}?(?P<old>old\s+)?(?P<name>{_NAMES})(?:\s+day)?(?![\w])"
    rf"(?:\s*\((?P<own>[^()]{{1,40}})\))?(?:,\s*|\s+)(?:in\s+|of\s+)?{_YEAR}",
    re.IGNORECASE,
)
"""A feast date in prose: relation, "Old", feast name, an optional day in parentheses, year."""

_MONTH: Final = _words({word for word in MONTH_OF_WORD if word.isalpha()})
DAY_MONTH: Final = re.compile(
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s(?:of\s)?(?P<month>{_MONTH})\.?"
    rf"|(?P<month2>{_MONTH})\.?\s(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?",
    re.IGNORECASE,
)
"""A day and month ("29 September", "Sept. 29th") in any language of oldstyle.names."""

MARKER: Final = re.compile(rf"(?<![\w])(?:{_marker_pattern()})(?![\w])", re.IGNORECASE)
"""A calendar label: O.S., N.S., Old Style, New Style and their other forms."""

_EQUIVALENT: Final = re.compile(
    r"\s?,?\s?(?:i\.\s?e\.?|that\sis|viz\.?|=|or)\s?,?\s?"
    rf"(?P<date>(?:{DAY_MONTH.pattern}))(?:,?\s(?P<year>\d{{3,4}}))?\s?,?\s?(?P<mark>{_marker_pattern()})",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FeastMention:
    """One feast date found in text: its span (``line``/``column`` 1-based), the feast, the day.

    ``year`` is the year it was read with (a dual year's 1-January year),
    ``old`` whether it was an "Old" day, ``own`` the text written in
    parentheses after the feast name, if any.
    """

    start: int
    end: int
    line: int
    column: int
    text: str
    feast: Feast
    day: Day
    year: int
    old: bool = False
    own: str | None = None


@dataclass(frozen=True)
class FeastProblem:
    """A feast written beside a day it was not: the span (line and column 1-based), a message,
    and the day it was, as ``expected`` text ("10 October N.S.").  ``replacement`` is
    ``text[start:end]`` with the wrong day and month rewritten, or None where none is safe."""

    start: int
    end: int
    line: int
    column: int
    message: str
    expected: str
    replacement: str | None = None


def _base_day(match: re.Match[str], place: Region | None, computus: str | None) -> tuple[Feast, Day, int]:
    """The feast's own day for a match, and the 1-January or label year it was read with."""
    written = ("old " if match["old"] else "") + match["name"]
    entry, old = feast_info(written)
    first = int(match["year"])
    if match["suffix"] is None:
        return entry, feast(written, first, place, computus=computus), first
    january = complete_dual_year(first, match["suffix"], match[0])  # "1731/2" names 1-January 1732
    if place is not None:
        return entry, day_in_region(entry, january, place, old=old, computus=computus), january
    return entry, feast(written, january, computus=computus), january


def _relative(day: Day, match: re.Match[str]) -> Day:
    """The day counted from the feast: "the Monday after", "the morrow of"."""
    if match["shift"]:
        return day + timedelta(days=_SHIFT_OF[match["shift"].casefold()])
    if not match["weekday"]:
        return day
    weekday = _WEEKDAY_OF[match["weekday"].casefold()]
    direction = _DIRECTION_OF[" ".join(match["direction"].casefold().split())]
    gap = (weekday - day.weekday()) * direction % 7 or 7  # strictly after or before
    return day + timedelta(days=gap * direction)


def _mention(
    match: re.Match[str], place: Region | None, computus: str | None, lines: LineCounter | None = None
) -> FeastMention:
    entry, base, year = _base_day(match, place, computus)
    line, column = (1, match.start() + 1) if lines is None else lines.at(match.start())
    return FeastMention(
        match.start(),
        match.end(),
        line,
        column,
        match[0],
        entry,
        _relative(base, match),
        year,
        bool(match["old"]),
        match["own"],
    )


def _options(region: str | Region | None, computus: str | None) -> tuple[Region | None, str | None]:
    return as_region(region), None if computus is None else computus_name(computus)


def read_feast(text: str, region: str | Region | None = None, *, computus: str | None = None) -> Day:
    """The day of one feast date, the whole of ``text``.

    >>> read_feast("Michaelmas 1666", "GB")
    JulianDate(1666, 9, 29)
    >>> read_feast("the Monday after Easter 1381")
    JulianDate(1381, 4, 15)
    >>> read_feast("Lady Day 1731/2", "GB"), read_feast("Old Michaelmas Day 1760")
    (JulianDate(1732, 3, 25), GregorianDate(1760, 10, 10))

    Raises :class:`~oldstyle.DateParseError` for text that is not a feast
    date (naming the closest feast for a misspelt one), and the errors of
    :func:`oldstyle.feast` for a day it cannot give.
    """
    return read_feast_mention(text, region, computus=computus).day


def read_feast_mention(
    text: str, region: str | Region | None = None, *, computus: str | None = None
) -> FeastMention:
    """:func:`read_feast`, with the feast and the span read (for :func:`oldstyle.parse`)."""
    if not isinstance(text, str):
        raise DateParseError(f"a feast date must be text like 'Michaelmas 1666', not {type(text).__name__}")
    place, rule = _options(region, computus)
    stripped = text.strip()
    match = FEAST_DATE.fullmatch(stripped)
    if match is None:
        raise DateParseError(_not_a_feast_date(text))
    return _mention(match, place, rule)


_LEADING_WORDS: Final = re.compile(r"(?P<words>[^\d]{1,60}?)[\s,]{1,3}\d{1,4}(?:\s?/\s?\d{1,4})?")


def _not_a_feast_date(text: str) -> str:
    shown = text.strip()[:60]
    hint = "expected a feast and a year, e.g. 'Michaelmas 1666' or 'the Monday after Easter 1381'"
    leading = _LEADING_WORDS.fullmatch(text.strip()[:80])
    if leading is not None:
        try:
            feast_info(leading["words"])
        except OldstyleError as error:
            hint = str(error)
    return f"{shown!r} is not a feast date: {hint}"


def scan_feasts(
    text: str, region: str | Region | None = None, *, computus: str | None = None
) -> Iterator[FeastMention]:
    """Every feast date in ``text``, in order, with its span and day.

    A feast date whose day cannot be given (a year outside the computus,
    a day a reform skipped) is left out; :func:`read_feast` says why.

    >>> found = scan_feasts("Rent due at Michaelmas 1666 and Lady Day 1667.", "GB")
    >>> "; ".join(f"{m.text} = {m.day}" for m in found)
    'Michaelmas 1666 = 1666-09-29; Lady Day 1667 = 1667-03-25'
    """
    if not isinstance(text, str):
        raise DateParseError(f"scan_feasts needs text, not {type(text).__name__}")
    place, rule = _options(region, computus)
    lines = LineCounter(text)
    for match in _feast_matches(text):
        try:
            yield _mention(match, place, rule, lines)
        except OldstyleError:
            continue


def _feast_matches(text: str) -> Iterator[re.Match[str]]:
    """Every match of :data:`FEAST_DATE` in ``text``, tried only where :func:`feast_windows` points.

    A feast after a count of Sundays ("10 post Trinitatis (4 aug) 1689", the church books'
    "Dominica 10 post Trinitatis") names the tenth Sunday after it, not the feast's day: skipped.
    """
    for low, high in feast_windows(text):
        for match in FEAST_DATE.finditer(text, low, high):
            if _COUNTED_SUNDAY.search(text, max(0, match.start() - _COUNT_REACH), match.start()) is None:
                yield match


# "10 post ", "8 p. ", "3. nach ": a count of Sundays right before a feast's name.
_COUNTED_SUNDAY: Final = re.compile(r"(?<![\w.])[0-9]{1,2}\.?\s(?:post|p\.|nach|efter)\s+\Z", re.IGNORECASE)
_COUNT_REACH: Final = 12


# --- checking -------------------------------------------------------------


def _day_month(text: str) -> tuple[int, int] | None:
    found = DAY_MONTH.search(text)
    if found is None:
        return None
    day = int(found["day"] or found["day2"])
    return MONTH_OF_WORD[month_key(found["month"] or found["month2"])][0], day


def _marked_calendar(text: str | None) -> str | None:
    found = MARKER.search(text or "")
    return None if found is None else CALENDAR_OF_MARKER.get(marker_key(found[0]))


def _label(ordinal: int, calendar: str) -> tuple[int, int, int]:
    kind = JulianDate if calendar == "julian" else GregorianDate
    return kind.fromordinal(ordinal).to_tuple()


def _written(label: tuple[int, int, int], calendar: str) -> str:
    mark = ENGLISH.old_style if calendar == "julian" else ENGLISH.new_style
    return f"{day_month_words(label[2], label[1])} {mark}"


_TWO_CALENDARS: Final = ("julian", "gregorian")


def _calendars(match: re.Match[str], equivalent: re.Match[str] | None) -> tuple[str | None, str | None]:
    """The calendars of the day in parentheses and of the equivalent, as their labels say.

    An unlabelled day beside a labelled equivalent is in the other calendar
    ("Michaelmas (29 September) 1712, i.e. 10 October N.S.").
    """
    own = _marked_calendar(match["own"])
    other = None if equivalent is None else _marked_calendar(equivalent["mark"])
    own = own if own in _TWO_CALENDARS else None
    other = other if other in _TWO_CALENDARS else None
    if own is None and other is not None:
        own = other_calendar(other)
    return own, other


def _wrong_day(written_text: str | None, ordinal: int, calendar: str) -> tuple[str, str] | None:
    """(as written, as it should be) when a written day and month are not the day's label there."""
    written = _day_month(written_text or "")
    right = _label(ordinal, calendar)
    if written is None or written == right[1:]:
        return None
    return day_month_words(written[1], written[0]), _written(right, calendar)


def _check_one(
    text: str, match: re.Match[str], place: Region | None, lines: LineCounter
) -> Iterator[FeastProblem]:
    equivalent = _EQUIVALENT.match(text, match.end())
    own_cal, other_cal = _calendars(match, equivalent)
    try:
        mention = _mention(match, place, own_cal if place is None else None, lines)
    except OldstyleError:
        return
    n = mention.day.toordinal()
    own_cal = own_cal or mention.day.calendar
    name = f"{mention.feast.name} {mention.year}"
    line, column = mention.line, mention.column
    wrong = _wrong_day(match["own"], n, own_cal)
    if wrong is not None:
        message = f"{name} was {wrong[1]}, not {wrong[0]}"
        fixed = _rewritten(text, match.start(), match.end(), match.start("own"), _label(n, own_cal))
        yield FeastProblem(match.start(), match.end(), line, column, message, wrong[1], fixed)
    if equivalent is not None and other_cal is not None:
        wrong = _wrong_day(equivalent["date"], n, other_cal)
        if wrong is not None:
            message = f"{name} ({_written(_label(n, own_cal), own_cal)}) was {wrong[1]}, not {wrong[0]}"
            start, end = match.start(), equivalent.end()
            fixed = _rewritten(text, start, end, equivalent.start("date"), _label(n, other_cal))
            yield FeastProblem(start, end, line, column, message, wrong[1], fixed)


def _rewritten(text: str, start: int, end: int, at: int, right: tuple[int, int, int]) -> str | None:
    """``text[start:end]`` with the day and month written at ``at`` made ``right``'s, as written:
    the day's digits alone where the month is right, else "10 October"."""
    found = DAY_MONTH.match(text, at)
    if found is None:
        return None
    day_group = "day" if found["day"] else "day2"
    month = MONTH_OF_WORD[month_key(found["month"] or found["month2"])][0]
    if month == right[1]:
        low, high = found.span(day_group)
        return text[start:low] + str(right[2]) + text[high:end]
    if found["day"] is None:
        return None  # "October 9": a month written first is left for the writer
    return text[start : found.start()] + f"{right[2]} {ENGLISH.month(right[1])}" + text[found.end() : end]


def check_feasts(text: str, region: str | Region | None = None) -> list[FeastProblem]:
    """Feasts written beside a day they were not, with the day they were.

    Reads "FEAST (DAY MONTH) YEAR" and a following "i.e. DAY MONTH N.S."
    (or "that is", "viz.", "=", and O.S./N.S./Old Style/New Style): the day
    in parentheses is checked against the feast in its calendar, the
    equivalent against the same day in the other.

    >>> (problem,) = check_feasts("Michaelmas (29 September) 1712, i.e. 9 October New Style")
    >>> problem.message
    'Michaelmas 1712 (29 September O.S.) was 10 October N.S., not 9 October'
    """
    if not isinstance(text, str):
        raise DateParseError(f"check_feasts needs text, not {type(text).__name__}")
    place, lines = as_region(region), LineCounter(text)
    return [problem for match in _feast_matches(text) for problem in _check_one(text, match, place, lines)]
