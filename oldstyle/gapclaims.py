"""Stated calendar gaps: "the Julian calendar was 13 days behind", checked against the year.

Writers who give the number of days between the calendars often give the gap
of another century: the 11 days of 1752 for a date of 1616, the 13 days of
the 1900s for a date of the 1800s.  :func:`gap_claims` finds such statements
(a number of days next to a word of difference, "apart", "behind", "gap",
"difference", ..., in a stretch of text that names a calendar) and the year
nearest to each, and reports those whose number is not the gap of that year.

A statement is only judged when its stretch of text names a calendar ("Julian",
"Old Style", "по старому стилю", ...) and holds a year; the number must be a
plausible gap (at most 20 days).  Each statement looks at a bounded stretch
around it, so the work is linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from oldstyle.core import offset
from oldstyle.patterns import distinct_chunks

__all__ = ["GapClaim", "gap_claims"]

_NUMBER_WORDS: Final[dict[str, int]] = {
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
}
_N = r"(?P<n>\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")"

# Each alternative: a number of days and a word of difference, close together
# (bounded gaps, no nested quantifiers).
_CLAIM: Final = rf"""
    \b{_N}[\s\-]+days?\b[^.;\n]{{0,40}}?\b(?:apart|behind|ahead|difference|gap|discrepancy|lag)\b
    |\b(?:gap|difference|discrepancy|lag)\s+of\s+{_N.replace("?P<n>", "?P<n2>")}\s+days?\b
    |(?:разниц\w{{0,3}}\s+в|отстава\w{{0,4}}\s+на|опережа\w{{0,4}}\s+на)\s+(?P<n3>\d{{1,2}})\s+(?:дн|сут)
    |\b(?P<n4>\d{{1,2}})\s+Tage?n?\b[^.;\n]{{0,30}}?\b(?:Unterschied|Differenz|hinter|voraus)
    |\b(?:Unterschied|Differenz)\s+von\s+(?P<n5>\d{{1,2}})\s+Tagen\b
    |\b(?:écart|décalage|retard|différence|avance)\s+de\s+(?P<n6>\d{{1,2}})\s+jours\b
    """
_CALENDAR_WORD: Final = (
    r"julian|gregorian|old\s+style|new\s+style|\bo\.\s?s\.|\bn\.\s?s\.|calendar|юлианск|григорианск|"
    r"стил|julianisch|gregorianisch|kalender|julien|grégorien|calendrier"
)
_SENTENCE_END: Final = r"[.!?]\s+[A-Z]"
_YEAR: Final = r"(?<![\d,.])(?:1[0-9]{3}|2[0-9]{3})(?![\d]|\s*(?:days?|дн|Tage|jours))"
# A blank line, the start of a list item, quote, heading or table row, or a table cell's bar.
_BREAK: Final = r"\n[ \t]*\n|\n[ \t]*(?:[-*+>#|]|[0-9]{1,3}\.)[ \t]|\|"


class _Patterns:
    """The patterns a statement is read with, compiled when the first day word is met: most
    texts hold none, and compiling them costs about 1.5 ms."""

    def __init__(self) -> None:
        self.claim = re.compile(_CLAIM, re.IGNORECASE | re.VERBOSE)
        self.calendar_word = re.compile(_CALENDAR_WORD, re.IGNORECASE)
        self.sentence_end = re.compile(_SENTENCE_END)
        self.year = re.compile(_YEAR)
        self.paragraph_break = re.compile(_BREAK)


@cache
def _compiled() -> _Patterns:
    """The statement patterns (see :class:`_Patterns`), compiled once."""
    return _Patterns()


# A cheap candidate for a day word (day, days, дней, суток, Tage, jours): one character class first,
# so the engine skips ahead fast; what it lets through, the statement pattern decides.
_DAY_WORD: Final = re.compile(r"[DdДдСсTJj](?:ays?|н|ут|age|ours)")
# How far a statement reaches before and after its day word ("a gap of 13 days", "13 days ... apart").
_BEFORE_DAY_WORD: Final = 40
_AFTER_DAY_WORD: Final = 70
_REACH: Final = 200  # characters either side of a statement in which its calendar and year are looked for
_MAX_GAP: Final = 20


@dataclass(frozen=True)
class GapClaim:
    """A stated gap that is not the gap of its year, at ``text[start:end]`` (the number).

    ``written`` is the number as written, ``stated`` its value, ``year`` the
    year it was judged by, ``gaps`` the gaps that year had (two in a
    century year whose gap stepped on 1 March), and ``replacement`` the
    number to write instead, in the form written.
    """

    start: int
    end: int
    written: str
    stated: int
    year: int
    gaps: tuple[int, ...]
    replacement: str

    @property
    def message(self) -> str:
        """The problem in a sentence."""
        right = " or ".join(str(g) for g in self.gaps)
        first, last = _years_of_gap(self.stated)
        held = f"; a gap of {self.stated} days held in {first}-{last}" if first is not None else ""
        return (
            f"{self.written} days: in {self.year} the Gregorian calendar ran {right} days ahead of "
            f"the Julian, not {self.stated}{held}"
        )


def gap_claims(text: str) -> list[GapClaim]:
    """Every stated gap between the calendars in ``text`` that is wrong for its year.

    >>> [(c.stated, c.year, c.gaps) for c in gap_claims("The Julian calendar, 13 days behind in 1850.")]
    [(13, 1850, (12,))]
    """
    found: list[GapClaim] = []
    for match in _claims(text):
        claim = _judge(text, match)
        if claim is not None:
            found.append(claim)
    return found


def _claims(text: str) -> list[re.Match[str]]:
    """The matches of :data:`_CLAIM`, looked for only around the words for days.

    Trying the whole pattern at every position of a long text costs more than
    reading its dates; a day word is found by a plain scan, and a statement
    lies within a few dozen characters of its day word.  A day word holds no
    white space, so the text's distinct chunks (which the date reader has
    made, see :func:`~oldstyle.patterns.distinct_chunks`) say first whether
    it holds one at all: most prose does not, and is passed over at once.
    """
    if _DAY_WORD.search(distinct_chunks(text)) is None:
        return []
    matches: dict[int, re.Match[str]] = {}  # by start: neighbouring windows overlap
    for day in _DAY_WORD.finditer(text):
        low = max(0, day.start() - _BEFORE_DAY_WORD)
        for match in _compiled().claim.finditer(text, low, min(len(text), day.end() + _AFTER_DAY_WORD)):
            matches.setdefault(match.start(), match)
    return [matches[start] for start in sorted(matches)]


def _judge(text: str, match: re.Match[str]) -> GapClaim | None:
    group = next(g for g in ("n", "n2", "n3", "n4", "n5", "n6") if match.group(g) is not None)
    written = match.group(group)
    stated = _NUMBER_WORDS.get(written.lower()) or int(written)
    if not 0 < stated <= _MAX_GAP:
        return None
    start, end = match.span(group)
    window_start, window_end = _paragraph_window(text, start, end)
    if _compiled().calendar_word.search(text, window_start, window_end) is None:
        return None
    years = _nearest_years(text, window_start, window_end, start, end)
    if not years or any(stated in _gaps(other) for other in years):
        return None  # judged by the nearest year, unless the year on its other side makes it right
    year = years[0]
    gaps = _gaps(year)
    right = gaps[-1]
    replacement = str(right) if written.isdigit() else _word_for(right, written)
    return GapClaim(start, end, written, stated, year, gaps, replacement)


def _paragraph_window(text: str, start: int, end: int) -> tuple[int, int]:
    """``_REACH`` characters either side of the statement, not past a paragraph, list item or table cell."""
    low = max(0, start - _REACH)
    high = min(len(text), end + _REACH)
    paragraph_break = _compiled().paragraph_break
    for found in paragraph_break.finditer(text, low, start):
        low = found.end()
    after = paragraph_break.search(text, end, high)
    return low, (after.start() if after is not None else high)


def _gaps(year: int) -> tuple[int, ...]:
    """The gaps of ``year``: two in a century year whose gap stepped on 1 March."""
    return tuple(sorted({offset(year, 1, 1), offset(year, 12, 31)}))


def _nearest_years(text: str, low: int, high: int, start: int, end: int) -> list[int]:
    """The years nearest the statement, the nearest first: the last before it in its stretch and the
    first after it in its own sentence (in "the difference was 10 days ... came to 13. So 2101
    christmass will be on january 8th" the later year is another time's).  "October 12, 1492 ...
    a 10 day difference when the Gregorian calendar started on October 15, 1582" has both."""
    stop = _compiled().sentence_end.search(text, end, high)
    high = stop.start() + 1 if stop is not None else high
    before = after = None
    for m in _compiled().year.finditer(text, low, high):
        if m.start() < start:
            before = (start - m.start(), int(m.group()))
        elif m.start() >= end and after is None:
            after = (m.start() - end, int(m.group()))
    return [year for _, year in sorted(found for found in (before, after) if found is not None)]


def _word_for(number: int, like: str) -> str:
    """``number`` as an English word in the case of ``like`` ("Eleven" -> "Ten")."""
    word = next((w for w, n in _NUMBER_WORDS.items() if n == number), str(number))
    if like.isupper():
        return word.upper()
    return word.capitalize() if like[:1].isupper() else word


@cache
def _years_of_gap(gap: int) -> tuple[int | None, int | None]:
    """The first and last century-spanned years (AD 1-4000) whose gap was ``gap``, or (None, None)."""
    years = [y for y in range(1, 4001, 50) if offset(y, 7, 1) == gap]
    if not years:
        return None, None
    first = years[0] - years[0] % 100
    last = years[-1] - years[-1] % 100 + 99
    return first, last
