"""Pairing two dates of a sentence into one dual date, and the year a date borrows.

:mod:`oldstyle.context` finds the dates of a stretch of prose and the
calendars named beside them; this module decides when two neighbouring dates
are one day written in two calendars (a conversion, right or wrong) rather
than two events, and which year a date without one takes.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Final

from oldstyle.dates import GregorianDate, JulianDate
from oldstyle.equating import equated_before, gloss, set_equal, signs_only
from oldstyle.grammar import OPPOSITE, Draft, built
from oldstyle.names import LANGUAGES
from oldstyle.patterns import Token, weekday_of
from oldstyle.settling import Reading, same_day, settle, written_gap
from oldstyle.wordtables import LANGUAGES_OF_WORD, month_key

__all__ = [
    "IMPLIED_PAIR_DAYS",
    "PAIR_DAYS",
    "Found",
    "Named",
    "Years",
    "calendar_named",
    "context_year",
    "is_range",
    "new_clause",
    "pair",
    "with_weekday",
]

PAIR_DAYS: Final = 16
"""How far apart (in days) the days two dates of a pair name may be: none for a right conversion,
a day or two for a wrong gap, a gap's width for the same label written twice; further apart they
are two events."""

IMPLIED_PAIR_DAYS: Final = 3
"""Likewise for a pair whose second calendar is only implied (one half unmarked)."""

# The gap most writers know, and use for any century (1900-2099).
_MODERN_GAP: Final = 13
_NIGHT_LINK_TOKENS: Final = 3  # "25. auf den 26.", "с 25 на 26", "25–26"
_SUCCESSION_LOOK_BACK: Final = 3  # "the day after 4 October", "o dia seguinte a 4 de outubro"
_SUCCESSION_REACH: Final = 5  # tokens after the first date, or before the second, read for succession


# Words that make two dates a range or a succession ("23 February-3 March",
# "from 16 February to 1 March"), not one day in two calendars.
# Other languages' come from the word table ("nach", "после", "tras"; "bis", "по", "au").
_SUCCESSION_WORDS: Final = frozenset(
    {"followed", "following", "next", "after", "then", "until", "till", "from", "since", "before"}
    | {"previous", "preceding"}  # "adopted on September 14, 1752. The previous day was September 2"
    | {word.casefold() for lang in LANGUAGES.values() for word in lang.succession_words}
)
# Those only another language links a date with: Dutch "na" (after) is Polish and Slovene
# "on" ("na dzień 8 listopada"), Polish "po" (after) Serbian "by" ("po starom"); they mean
# "after" only right before the second date ("14 februari 1918, na 31 januari").  A word one
# language uses both ways (German "nach", Danish "efter") keeps its place.
_LINKS_OF: Final = {lang.code: {word.casefold() for word in lang.link_words} for lang in LANGUAGES.values()}
_SUCCESSIONS_OF: Final = {
    lang.code: {word.casefold() for word in lang.succession_words} for lang in LANGUAGES.values()
}
_ANY_LINK: Final = frozenset(word for links in _LINKS_OF.values() for word in links)
_BORROWED_SUCCESSION_WORDS: Final = frozenset(
    word
    for words in _SUCCESSIONS_OF.values()
    for word in words
    if word in _ANY_LINK
    and not any(word in _LINKS_OF[code] and word in _SUCCESSIONS_OF[code] for code in _LINKS_OF)
)
_RANGE_WORDS: Final = frozenset(
    {"to", "-", "–", "—", "until", "till", "through", "and", "or"}
    | {word.casefold() for lang in LANGUAGES.values() for word in lang.range_words}
)

# "left on 1 May (O.S.) and arrived 13 May (N.S.)": a conjunction followed by a word that is
# neither a small linking word nor a calendar's name starts a clause of its own.
_CONJUNCTIONS_OF: Final = {
    lang.code: {word.casefold() for word in lang.conjunction_words} for lang in LANGUAGES.values()
}
_CONJUNCTIONS: Final = frozenset(word for words in _CONJUNCTIONS_OF.values() for word in words)
_CONJUNCTION_OWNERS: Final[dict[str, frozenset[str]]] = {
    word: frozenset(code for code, words in _CONJUNCTIONS_OF.items() if word in words)
    for word in _CONJUNCTIONS
}
# Conjunctions another language links a date with: Slovene "in" (and) is English and Dutch
# "in", Polish "i" (and) Swedish "i" (in), Dutch "of" (or) English "of".
_BORROWED_CONJUNCTIONS: Final = frozenset(
    word
    for word, owners in _CONJUNCTION_OWNERS.items()
    if any(word in links for code, links in _LINKS_OF.items() if code not in owners)
)
# Relative pronouns ("which", "que", "который") that, within two words after a comma, open an
# aside ("el que usaba Italia y usamos hoy,"); other languages' come from the word table.
_ASIDE_WORDS: Final = frozenset(word.casefold() for lang in LANGUAGES.values() for word in lang.aside_words)
_ASIDE_OPENING_WORDS: Final = 2
_LINKING_WORDS: Final = frozenset(
    word.casefold().rstrip(".")
    for lang in LANGUAGES.values()
    for phrase in (*lang.link_words, *lang.old_style_words, *lang.new_style_words)
    for word in phrase.split()
)

# "11 July (Gregorian), close to the Julian date of the Battle of Aughrim on 12 July": a date
# said to lie near another is compared with it, not set equal to it.
_NEARNESS_WORDS: Final = frozenset({"close", "closer", "near", "nearer"})

# Words before a date that make the date after it its next day ("the day after 4 October",
# "o dia seguinte a", "le lendemain du"); other languages' come from the word table.
_DAY_AFTER_WORDS: Final = frozenset(
    {"after", "following", "next"}
    | {word.casefold() for lang in LANGUAGES.values() for word in lang.next_day_words}
)
# Signs alone between a labelled date and an unlabelled one that write one day's two calendars.
_JOINING_SIGNS: Final = ([";"], ["/"])
# Years written in the stretch, by sentence: (character position, year), in text order.
Years = dict[int, list[tuple[int, int]]]
# The sentences in which each calendar is named, by a free label or not.
Named = dict[str, set[int]]


@dataclass(frozen=True)
class Found:
    """A date the grammar read in the stretch, with where it is and what calendar it now has."""

    draft: Draft
    start: int
    end: int
    sentence: int
    calendar: str | None
    weekday: Token | None = None
    labels: tuple[Token, ...] = ()
    opens_paragraph: bool = False  # its sentence is the first of a paragraph

    @property
    def year(self) -> int | None:
        """The year written with the date, if any."""
        return next((p.year for p in self.draft.parts if p.year is not None), None)

    @property
    def single(self) -> bool:
        """Whether it is one date, not a dual date."""
        return len(self.draft.parts) == 1


def context_year(found: Found, years: Years, partner_year: int | None = None) -> int | None:
    """The date's own year, its partner's, the nearest of its sentence, or the last of the sentence before."""
    if found.year is not None:
        return found.year
    if partner_year is not None:
        return partner_year
    same = _sentence_year(found, years)
    if same is not None:
        return same
    before = years.get(found.sentence - 1)
    if found.opens_paragraph or not before:
        return None
    return before[-1][1]


def _sentence_year(found: Found, years: Years) -> int | None:
    """The year written nearest the date in its own sentence, from the date's nearer edge."""
    same = years.get(found.sentence)
    if not same:
        return None
    positions = [position for position, _ in same]
    index = bisect.bisect_left(positions, found.start)
    nearby = same[max(0, index - 1) : index + 1]
    # "on 14 January in 1917" is 1917's, though "since 1700" starts nearer.
    return min(
        nearby, key=lambda item: found.start - item[0] if item[0] < found.start else item[0] - found.end
    )[1]


def with_weekday(reading: Reading, found: Found) -> Reading:
    if found.weekday is None:
        return reading
    return replace(reading, start=found.start, weekday=found.weekday)


def pair(
    tokens: list[Token],
    first: Found,
    second: Found,
    named: Named,
    years: Years,
    written_year: int | None = None,
) -> Reading | None:
    """Two neighbouring single dates read as one pair, if they are one.

    ``written_year`` is the year written earlier with the same day as one of them, if any.
    """
    if not (first.single and second.single) or second.sentence - first.sentence > 1:
        return None
    between = tokens[first.draft.next_index : second.draft.first]
    if is_range(between) or _compared(between):
        return None  # "23 February-3 March": a range is two dates
    year = context_year(first, years, second.year if second.year is not None else written_year)
    if (
        year is None
        or _years_apart(first, second, years)
        or new_clause(between, _date_languages(first, second))
    ):
        return None
    calendars = _pair_calendars(first, second, named, between)
    if calendars is not None:
        return _settledpair(tokens, first, second, calendars, year, between)
    if not _equated(first, second, between, named):
        return None
    # "March 8 elsewhere was February 23 in Russia": neither half marked; the order
    # that makes them nearest is the one meant.
    readings = [
        _settledpair(tokens, first, second, order, year, between)
        for order in (("julian", "gregorian"), ("gregorian", "julian"))
    ]
    return next((reading for reading in readings if reading is not None), None)


def is_range(between: list[Token]) -> bool:
    """Whether the words between two dates make them a range: "23 February-3 March", and "from
    Tuesday September 1, O.S. to Saturday September 16, N.S.", where the second date's weekday
    stands between them too."""
    words = [token for token in between if token.kind != "weekday"]
    if len(words) < len(between) and not words:
        return False  # "1 May (O.S.), Monday 12 May (N.S.)": a weekday alone makes no range
    return len(words) <= 2 and all(token.text.casefold() in _RANGE_WORDS for token in words)


def _compared(between: list[Token]) -> bool:
    """Whether the words between two dates say one lies near the other ("close to", "nearer
    to"): two days compared, whereas "near Poltava" names a place."""
    words = [token.text.casefold() for token in between]
    return any(word in _NEARNESS_WORDS and after == "to" for word, after in pairwise(words))


def _years_apart(first: Found, second: Found, years: Years) -> bool:
    """Whether the two dates' own years (written, or the nearest of their own sentence) are more than
    a year apart: "1 January (O.S.) since 1700; 14 January in 1917 (N.S.)" are two dates, whereas
    a year boundary parts a pair's halves by one ("25 December 1642 ... 4 January 1643")."""
    own = [
        found.year if found.year is not None else _sentence_year(found, years) for found in (first, second)
    ]
    return own[0] is not None and own[1] is not None and abs(own[0] - own[1]) > 1


def new_clause(between: list[Token], languages: frozenset[str] | None = None) -> bool:
    """Whether a conjunction between two dates starts a clause with its own verb ("and arrived",
    "и прибыл", "et arriva"), so the second date is another event, not the first one's other half.
    One inside brackets is an aside's ("(som då gällde i Ryssland)": Swedish "in", Polish "and"),
    as is one between commas after a relative pronoun (", el que usaba Italia y usamos hoy,"),
    and one another language links a date with (Slovene "in", English "in London") is a
    conjunction only where the dates' month words may be its language's (``languages``)."""
    depth = 0
    asides = _closed_asides(between)
    for index, (token, after) in enumerate(pairwise(between)):
        depth = max(0, depth + (token.kind == "open") - (token.kind == "close"))
        word = token.text.casefold()
        if (
            depth == 0
            and index not in asides
            and token.kind == "word"
            and word in _CONJUNCTIONS
            and after.kind == "word"
            and after.text.casefold().rstrip(".") not in _LINKING_WORDS
            and (
                languages is None
                or word not in _BORROWED_CONJUNCTIONS
                or _CONJUNCTION_OWNERS[word] & languages
            )
        ):
            return True
    return False


def _closed_asides(between: list[Token]) -> set[int]:
    """Indexes of the tokens inside an aside that a comma and a relative pronoun open and a
    comma closes (", el que usaba Italia y usamos hoy,"); one the second date ends is no aside."""
    commas = [index for index, token in enumerate(between) if token.text == ","]
    inside: set[int] = set()
    for start, end in pairwise(commas):
        opening = between[start + 1 : start + 1 + _ASIDE_OPENING_WORDS]
        if any(token.kind == "word" and token.text.casefold() in _ASIDE_WORDS for token in opening):
            inside.update(range(start + 1, end))
    return inside


def _date_languages(first: Found, second: Found) -> frozenset[str] | None:
    """The languages both dates' month words may be in ("May": English; "maja": Polish, Slovene
    ...), or None where a half has no month word to say."""
    languages: frozenset[str] | None = None
    for found in (first, second):
        token = found.draft.parts[0].month_token
        owners = LANGUAGES_OF_WORD.get(("month", month_key(token.text))) if token is not None else None
        if not owners:
            return None
        languages = owners if languages is None else languages & owners
    return languages


def _equated(first: Found, second: Found, between: list[Token], named: Named) -> bool:
    """Whether two unmarked dates are set equal ("X was Y") in a sentence that names a calendar."""
    if first.calendar is not None or second.calendar is not None:
        return False
    if not (set_equal(between) or equated_before(between)):
        return False
    return calendar_named(named, {first.sentence - 1, first.sentence, second.sentence})


def calendar_named(named: Named, sentences: set[int]) -> bool:
    """Whether any calendar is named in words in one of ``sentences``."""
    return any(sentences & named_sentences for named_sentences in named.values())


def _settledpair(
    tokens: list[Token],
    first: Found,
    second: Found,
    calendars: tuple[str, str],
    year: int,
    between: list[Token],
) -> Reading | None:
    """The pair settled in ``calendars``, if its days lie near enough to be one day in two calendars."""
    draft = built(  # a frozen dataclass's own __init__ costs 2 µs more
        Draft,
        first=first.draft.first,
        next_index=second.draft.next_index,
        parts=(first.draft.parts[0], second.draft.parts[0]),
        calendars=calendars,
        style="prose",
        marked=True,
        markers=(*first.labels, *second.labels),
        reach=0,
    )
    reading = settle(tokens, draft, year)
    night = _night_reading(tokens, first, draft, year)
    if night is not None and not same_day(reading.halves):
        return with_weekday(night, first)  # "vom 25. auf den 26. Oktober ... der 7. November"
    days = [half.date for half in reading.halves]
    if days[0] is None or days[1] is None or _weekdays_differ(first, second, days[0], days[1]):
        return None
    apart = days[1].toordinal() - days[0].toordinal()
    # One half unmarked is weaker evidence: only a near miss (a gap off by a day
    # or three) is taken for a conversion, not another event a few days later.
    # A bare slash is not: it writes the day's other calendar ("(π.ημ.) / ...").
    implied = (first.calendar is None or second.calendar is None) and [t.text for t in between] != ["/"]
    if _year_slip(apart, between, implied):
        return with_weekday(reading, first)  # "30 December 1700 (O.S.) = 10 January 1700 (N.S.)"
    if not implied and not _succession(between) and _gap_taken_away(reading):
        return with_weekday(reading, first)  # "June 11, 1660 (Julian) ... June 1, 1660 (Gregorian)"
    signed = not implied and signs_only(between)
    if abs(apart) > (IMPLIED_PAIR_DAYS if implied else PAIR_DAYS) or (
        _gregorian_late(reading) and not signed
    ):
        # two marked dates set equal by a sign alone ("March 31, 1727, in the Julian calendar, or
        # April 20, 1727, in the Gregorian calendar") are one day written twice, however late
        return None
    if abs(apart) == 1 and (_succession(between) or _follows_a_day(tokens, first)):
        # "15 February (Julian), followed by 1 March (Gregorian)", "1 March, after 15 February
        # (Julian)", "the day after 4 October 1582 (Julian) was 15 October 1582 (Gregorian)":
        # a reform's last Julian and first Gregorian day, two days.
        return None
    return with_weekday(reading, first)


def _night_reading(tokens: list[Token], first: Found, draft: Draft, year: int) -> Reading | None:
    """The pair read with the first half's day before its own when that day ends a night or a
    two-day range ("in der Nacht vom 25. auf den 26. Oktober", "в ночь с 25 на 26 октября",
    "du 25 au 26 octobre", "25–26 October") and the other half names that earlier day; else None."""
    part = draft.parts[0]
    at = first.draft.first
    if part.order != "dmy" or tokens[at] is not part.day_token:
        return None
    for index in range(at - 1, max(-1, at - 1 - _NIGHT_LINK_TOKENS - 1), -1):
        token = tokens[index]
        if token.kind == "number":
            if token.text != str(part.day - 1):
                return None
            earlier = part._replace(day=part.day - 1, day_token=token)
            reading = settle(tokens, replace(draft, parts=(earlier, draft.parts[1])), year)
            return reading if same_day(reading.halves) else None
        if token.kind not in ("word", "other"):
            return None
    return None


def _weekdays_differ(
    first: Found, second: Found, one: JulianDate | GregorianDate, two: JulianDate | GregorianDate
) -> bool:
    """Whether both dates carry a weekday, each right for its own day, and the two differ: the
    writer means two days, as across the date line in "Friday 18 October 1867 (Gregorian) ...
    Saturday 7 October 1867 (Julian)"."""
    if first.weekday is None or second.weekday is None:
        return False
    written = (weekday_of(first.weekday.text), weekday_of(second.weekday.text))
    return written[0] != written[1] and written == (one.weekday(), two.weekday())


def _year_slip(apart: int, between: list[Token], implied: bool) -> bool:
    """Whether two marked dates set equal ("=", "i.e.", "that is", "or") lie a year and a few days
    apart: one day with the year written wrong at the new year, not two events a year apart."""
    if implied or not signs_only(between):
        return False
    return any(abs(abs(apart) - year) <= PAIR_DAYS for year in (365, 366))


def _gregorian_late(reading: Reading) -> bool:
    """Whether the pair's Gregorian half lies later than any converter's slip puts it.

    A writer who errs writes the same day twice or takes the gap away (the
    Gregorian half falls before the right day), is a day or two off, or uses
    today's gap of 13 days on an older date; a gap wider still than that is
    two events: "born 30 May 1672 (jul.) and baptised 20 June 1672 (greg.)".
    """
    gaps = written_gap(reading)
    return gaps is not None and gaps[1] > max(gaps[0], _MODERN_GAP) + IMPLIED_PAIR_DAYS


def _gap_taken_away(reading: Reading) -> bool:
    """Whether the Gregorian half was written by subtracting the gap instead of adding it (a day either
    way): "married on June 11, 1660 (Julian) ... actually married on June 1, 1660 (Gregorian)"."""
    gaps = written_gap(reading)
    return gaps is not None and abs(gaps[1] + gaps[0]) <= 1


def _follows_a_day(tokens: list[Token], first: Found) -> bool:
    """Whether a succession word stands just before the first date ("the day after 4 October",
    "o dia seguinte a 4 de outubro", "le lendemain du 4 octobre")."""
    before = tokens[max(0, first.draft.first - _SUCCESSION_LOOK_BACK) : first.draft.first]
    return any(word in _DAY_AFTER_WORDS for word in (token.text.casefold() for token in before))


def _succession(between: list[Token]) -> bool:
    """Whether a succession word stands right after the first date or right before the second
    ("15 February (Julian), followed by 1 March", "Gregorian from 14 September"): one in a clause
    further off ("which wasn't adopted in Russia until the 20th century") joins nothing."""
    last = len(between) - 1
    return any(
        word in _SUCCESSION_WORDS and (index == last or word not in _BORROWED_SUCCESSION_WORDS)
        for index, word in enumerate(token.text.casefold() for token in between)
        if index < _SUCCESSION_REACH or last - index < _SUCCESSION_REACH
    )


def _pair_calendars(
    first: Found, second: Found, named_in: Named, between: list[Token]
) -> tuple[str, str] | None:
    """The calendars of two neighbouring dates if they form a pair: opposite, or one implied
    (the other calendar named nearby, or the two set equal: "25 December (O.S.) falls on 7 January")."""
    one, two = first.calendar, second.calendar
    if one is not None and two is not None:
        return (one, two) if OPPOSITE[one] == two and OPPOSITE[two] == one else None
    known = one or two
    if known is None or any(found.draft.parts[0].dual_year for found in (first, second)):
        return None
    other = OPPOSITE[known]
    named = {first.sentence, second.sentence} & named_in.get(other, set())
    equal = set_equal(between) or equated_before(between) or gloss(between)
    if not named and not equal and [t.text for t in between] not in _JOINING_SIGNS:
        # a bare semicolon or slash joins a day's two calendars as the dual styles do
        # ("(10. September 1721; 30. August nach julianischem Kalender)",
        # "29 Απριλίου 1863 (π.ημ.) / 11 Μαΐου 1863")
        return None
    return (known, other) if one is not None else (other, known)
