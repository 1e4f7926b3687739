"""Dates whose calendar, other half or year is written elsewhere in the sentence.

Prose names a calendar in words away from the date ("according to the
Julian calendar", "in Old Style dating it took place on 25 October"), and
writes the two halves of a pair in two clauses or sentences ("born on 4
January 1643 ... according to that calendar, December 25, 1642").
:func:`read_block` reads one stretch of a few sentences around such dates:

* A calendar label that no date took belongs to the nearest date in its
  sentence, unless it names a calendar someone used, adopted or switched to
  ("Russia still used the Julian calendar"), and that date is then marked.
* Two neighbouring dates whose calendars differ, in one sentence or the
  next, are one pair when they lie at most :data:`oldstyle.pairing.PAIR_DAYS` apart (a
  conversion, right or wrong), and the pair is checked like a dual date.
  So is a marked date and an unmarked neighbour when the other calendar is
  named nearby ("Isaac Newton was born on January 4, 1643, according to the
  Gregorian calendar. However, ... the Julian calendar ... December 25, 1642"),
  and two unmarked dates set equal where a calendar is named ("March 8
  elsewhere was February 23 in Russia").  :mod:`oldstyle.pairing` decides.
* A date without its year takes its partner's year, or the nearest year of
  its sentence ("kept in 1789 on 7 November (25 October O.S.)"), or the
  last year of the sentence before it in its paragraph; with none it is a
  mention with no days (style ``"yearless"``): found, but not checked.

Everything is bounded: a stretch is a few hundred characters, and each step
looks at a fixed number of neighbours.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from operator import attrgetter
from typing import Final

from oldstyle.cursor import Cursor
from oldstyle.grammar import built, calendars_of, read_draft
from oldstyle.halves import bare_dual_year, opens_next
from oldstyle.names import LANGUAGES
from oldstyle.pairing import Found, Named, Years, calendar_named, context_year, is_range, pair, with_weekday
from oldstyle.patterns import Token, touching
from oldstyle.sentences import sentence_numbers
from oldstyle.settling import Reading, alternative_days, settle

__all__ = ["read_block"]

_LABEL_REACH: Final = 200  # characters between a label and its date
# A label these words come just before names a calendar someone used, not a date's.
_ENGLISH_USE_WORDS: Final = (
    "adopt",
    "use",
    "using",
    "replac",
    "switch",
    "chang",
    "introduc",
    "abandon",
    "follow",
    "reform",
    "accept",
    "impos",
    "convert",
    "restor",
    # comparisons and negations name a calendar, not a date's: "ten days ahead of the
    # Julian", "exists there but not in the Gregorian calendar"
    "not",
    "ahead",
    "behind",
    "than",
)
_USE_WORDS: Final[tuple[str, ...]] = (
    *_ENGLISH_USE_WORDS,
    *(word.casefold() for lang in LANGUAGES.values() for word in lang.calendar_use_words),
)
_LOOK_BACK: Final = 4
_PASSIVE_WORDS: Final = frozenset({"was", "were", "is", "are", "been", "being"})
_NEIGHBOURS: Final = 4  # dates weighed on each side of a label
_MARKUP_TOKENS: Final = 8
_SEPARATORS: Final = frozenset({"punct", "open", "close"})
_SEPARATOR_WEIGHT: Final = 5
# English words that open a contrasting clause; a label after one is not a date's before it.
_CONTRAST_WORDS: Final = frozenset({"but", "however", "whereas", "while", "although", "though"})
_ASIDE_WORDS: Final = 3  # a bracket of up to this many words after a label qualifies it ("Julian (UK)")
_ASIDE_MIN_TOKENS: Final = 3
_STARTS: Final = frozenset({"number", "dayword", "month", "iso", "numeric", "paired", "daymonth", "weekday"})
_READ_KINDS: Final = _STARTS | {"marker"}  # a date's start, a label, a year (a number)


class _Label:
    """A calendar label of the stretch: its token, where it is and the calendar it names.

    A plain class: it is only read, and a frozen dataclass costs about half a millisecond
    to make at import.
    """

    __slots__ = ("calendar", "free", "heads_next", "index", "sentence", "token")

    def __init__(
        self, token: Token, index: int, sentence: int, calendar: str, free: bool, heads_next: bool = False
    ) -> None:
        self.token = token
        self.index = index
        self.sentence = sentence
        self.calendar = calendar
        self.free = free  # False when it names a calendar someone used ("used the Julian calendar")
        self.heads_next = heads_next  # it heads the date after it with a colon ("NS: 31 March 1727")


def read_block(text: str, tokens: list[Token]) -> list[Reading]:
    """The marked and dual readings of a stretch of ``text`` (its ``tokens``), completed from context."""
    sentences, openers = sentence_numbers(text, tokens)
    founds, labels, years = _read_all(tokens, sentences, openers)
    founds = _attach_labels(tokens, founds, [label for label in labels if label.free])
    named: Named = {}
    for label in labels:
        named.setdefault(label.calendar, set()).add(label.sentence)
    readings = _readings(tokens, founds, named, years)
    return _with_dual_years(readings, _dual_years(text, tokens, founds))


def _dual_years(text: str, tokens: list[Token], founds: list[Found]) -> list[Reading]:
    """Dual years written without a day ("in the late winter of 1602/3"): mentions with no days."""
    slashes = _slashes(text, tokens)
    if not slashes:
        return []
    taken = {index for found in founds for index in range(found.draft.first, found.draft.next_index)}
    out = []
    for slash in slashes:
        index = slash - 1
        end = bare_dual_year(tokens, index) if tokens[index].kind == "number" and index not in taken else None
        if end is not None:
            out.append(
                Reading(
                    start=tokens[index].start,
                    end=tokens[end - 1].end,
                    next_index=end,
                    halves=(),
                    style="dual-year",
                    marked=False,
                    dual_year=True,
                )
            )
    return out


def _slashes(text: str, tokens: list[Token]) -> list[int]:
    """The indices of the "/" tokens after the first token, in order.

    A dual year's number stands before its slash: a C-level search for the
    slashes saves testing every number of a stretch (most have none after them).
    """
    found = []
    last = tokens[-1].end if tokens else 0
    at = text.find("/", tokens[1].start if len(tokens) > 1 else last, last)
    while at >= 0:
        index = bisect.bisect_left(tokens, at, key=attrgetter("start"))
        if index < len(tokens) and tokens[index].start == at and tokens[index].text == "/":
            found.append(index)  # not a slash inside a token ("25/10/1917")
        at = text.find("/", at + 1, last)
    return found


def _with_dual_years(readings: list[Reading], dual_years: list[Reading]) -> list[Reading]:
    """Both lists in text order, leaving out a dual year inside a pair's span."""
    if not dual_years:
        return readings
    spans = [(r.start, r.end) for r in readings]
    starts = [start for start, _ in spans]
    kept = []
    for year in dual_years:
        index = bisect.bisect_right(starts, year.start) - 1
        if index < 0 or not spans[index][0] <= year.start < spans[index][1]:
            kept.append(year)
    return sorted([*readings, *kept], key=lambda reading: reading.start)


def _read_all(
    tokens: list[Token], sentences: list[int], openers: set[int]
) -> tuple[list[Found], list[_Label], Years]:
    """Every date, free calendar label and bare year ((token index, year)) in the stretch."""
    founds: list[Found] = []
    labels: list[_Label] = []
    years: Years = {}
    after = 0  # the first token not yet read
    # Most tokens are words, which start nothing: one pass picks out the others.
    for i in [index for index, token in enumerate(tokens) if token.kind in _READ_KINDS]:
        if i < after:
            continue  # inside a date or markup read
        token = tokens[i]
        found = _read_one(tokens, i, sentences[i], openers) if token.kind in _STARTS else None
        if found is not None:
            founds.append(found)
            year = found.year if found.year is not None else _heading_year(tokens, i)
            if year is not None:
                years.setdefault(found.sentence, []).append((found.start, year))
            after = found.draft.next_index
            continue
        if token.kind == "marker":
            calendar = calendars_of([token])[0]
            if _markup(tokens, i):  # ":os[1712-07-29]" is the Markdown extension's, not prose
                after = _markup_end(tokens, i)
                continue
            free = _free_label(tokens, i, founds)
            labels.append(_Label(token, i, sentences[i], calendar, free, opens_next(Cursor(tokens), i)))
        elif token.kind == "number" and token.text.isdigit() and len(token.text) == 4:
            years.setdefault(sentences[i], []).append((token.start, int(token.text)))
    return founds, labels, years


def _heading_year(tokens: list[Token], i: int) -> int | None:
    """The year written first, with a comma, before the date at ``i`` ("1837, 29 января"): the date's own
    year, though the year opening the next end of a range ("[6 июня] — 1837, ...") may stand nearer."""
    if i < 2 or tokens[i - 1].text != "," or tokens[i - 2].kind != "number":
        return None
    text = tokens[i - 2].text
    return int(text) if text.isdigit() and len(text) == 4 else None


def _read_one(tokens: list[Token], i: int, sentence: int, openers: set[int]) -> Found | None:
    weekday = None
    j = i
    if tokens[i].kind == "weekday":
        weekday = tokens[i]
        j = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].text == ",")
    draft = read_draft(tokens, j, yearless=True)
    if draft is None or _unread_year(tokens, draft.end_index):
        return None
    calendar = draft.calendars[0] if len(draft.parts) == 1 else None
    end = tokens[draft.end_index - 1].end
    return built(  # a frozen dataclass's own __init__ costs 2 µs more
        Found,
        draft=draft,
        start=tokens[i].start,
        end=end,
        sentence=sentence,
        calendar=calendar,
        weekday=weekday,
        labels=draft.markers,
        opens_paragraph=sentence in openers,
    )


def _unread_year(tokens: list[Token], index: int) -> bool:
    """Whether a date's own year follows it with a digit unread ("13/25 aprilie 189?"): no year of
    another sentence is its year."""
    number = index + 1 < len(tokens) and tokens[index].kind == "number"
    return number and tokens[index + 1].text == "?" and touching(tokens, index)


def _markup(tokens: list[Token], index: int) -> bool:
    """Whether the label at ``index`` is markup glued to a bracket (":os[1712-07-29]"), not a word."""
    glued_before = index > 0 and touching(tokens, index - 1) and tokens[index - 1].text == ":"
    return glued_before or (touching(tokens, index) and tokens[index + 1].kind == "open")


def _markup_end(tokens: list[Token], index: int) -> int:
    """The index after the bracket that follows markup such as ":os[1712-07-29]"."""
    for end in range(index + 1, min(len(tokens), index + _MARKUP_TOKENS)):
        if tokens[end].kind == "close":
            return end + 1
    return index + 1


def _free_label(tokens: list[Token], index: int, founds: list[Found]) -> bool:
    """Whether the label at ``index`` may mark a date: not "used the Julian calendar", nor markup (":os[")."""
    if _markup(tokens, index) or _passive_use(tokens, index):
        return False
    last_date_end = founds[-1].draft.next_index if founds else -10
    for back in range(max(0, index - _LOOK_BACK), index):
        word = tokens[back].text.casefold()
        if tokens[back].kind == "word" and word.startswith(_USE_WORDS):
            compound = back > 0 and tokens[back - 1].text == "-"  # "the then-used Julian calendar"
            # "October 24th to 25th using the Julian calendar" (but "on 10 May, used the Julian")
            right_after_date = back - last_date_end <= 2 and word.endswith("ing")
            if not (compound or right_after_date):
                return False
    return True


def _passive_use(tokens: list[Token], index: int) -> bool:
    """Whether the label at ``index`` is the subject of a calendar's use in the passive: "the
    Gregorian calendar was accepted Wednesday, 31 January 1918" names the calendar, not the date's."""
    after = tokens[index + 1 : index + 3]
    return (
        len(after) == 2
        and after[0].text.casefold() in _PASSIVE_WORDS
        and after[1].kind == "word"
        and after[1].text.casefold().startswith(_USE_WORDS)
    )


def _attach_labels(tokens: list[Token], founds: list[Found], labels: list[_Label]) -> list[Found]:
    """Each free label marks the nearest unmarked single date of its sentence.

    A label in a sentence with no date of its own ("It was, according to the
    Julian Calendar, the last day of the year") marks the nearest date of the
    sentence before or after.  Only the few dates on either side of a label
    are weighed, so the work stays linear however many a stretch holds.
    """
    chosen: dict[int, tuple[int, _Label]] = {}
    dated = {found.sentence for found in founds}
    starts = [found.start for found in founds]
    for label in labels:
        near = {label.sentence} if label.sentence in dated else {label.sentence - 1, label.sentence + 1}
        reach = _LABEL_REACH * (1 if label.sentence in dated else 2)
        middle = bisect.bisect_left(starts, label.token.start)
        best = None
        for index in range(max(0, middle - _NEIGHBOURS), min(len(founds), middle + _NEIGHBOURS)):
            found = founds[index]
            if found.sentence not in near or not found.single or found.draft.calendars[0] is not None:
                continue
            distance = _distance(tokens, found, label, reach)
            if distance is not None and (best is None or distance < best[0]):
                best = (distance, index)
        if best is not None and (best[1] not in chosen or chosen[best[1]][0] > best[0]):
            chosen[best[1]] = (best[0], label)
    out = list(founds)
    for index, (_, label) in chosen.items():
        out[index] = replace(out[index], calendar=label.calendar, labels=(label.token,))
    return out


def _distance(tokens: list[Token], found: Found, label: _Label, reach: int) -> int | None:
    """How far a label stands from a date, in tokens; a comma or bracket between counts for more.

    In "March 11, 1700 of the Gregorian calendar, February 29, 1700" the
    label is the first date's: two words away, against a comma.
    """
    if label.index < found.draft.first:
        between = tokens[label.index + 1 : found.draft.first]
    else:
        between = tokens[found.draft.next_index : label.index]
    if label.index > found.draft.first and any(t.text.casefold() in _CONTRAST_WORDS for t in between):
        # "January 17th, 1706 but in the Old Style ... it would have been January 6th": a label in
        # the clause a contrast opens is a date's of that clause, never one's before it
        return None
    if label.heads_next:
        # "[OS: 20 March 1726 NS: 31 March 1727]": a label with a colon heads the date after it
        return 0 if label.index < found.draft.first and len(between) == 1 else None
    # On a tie the date before the label wins: "on 4 January 1643 by the Gregorian".
    before = int(label.index < found.draft.first)
    if not between:
        return before
    if between[-1].end - between[0].start > reach:
        return None
    if before and _aside(between):
        return before  # "Julian (UK) 1700-02-29": the aside qualifies the label, as if glued to it
    weight = sum(_SEPARATOR_WEIGHT if t.kind in _SEPARATORS else 1 for t in between)
    if before and between[0].kind == "open":
        # a bracket opening right after a label glosses what the label closed: in "January 1,
        # 4713 BC, proleptic Julian calendar (November 24, 4714 BC, ...)" the label is January's
        weight += 2 * _SEPARATOR_WEIGHT
    return 2 * weight + before


def _aside(between: list[Token]) -> bool:
    """Whether the tokens are one bracket of a few words and nothing else: "(UK)", "(Rome)"."""
    inner = between[1:-1]
    return (
        len(between) >= _ASIDE_MIN_TOKENS
        and between[0].kind == "open"
        and between[-1].kind == "close"
        and len(inner) <= _ASIDE_WORDS
        and all(t.kind == "word" for t in inner)
    )


def _readings(tokens: list[Token], founds: list[Found], named: Named, years: Years) -> list[Reading]:
    """The mentions of the stretch in order: pairs first where both halves are marked, then implied ones."""
    pairs: dict[int, Reading] = {}
    written = _written_years(founds)
    for both_marked in (True, False):
        for index in range(len(founds) - 1):
            if index in pairs or index + 1 in pairs or index - 1 in pairs:
                continue
            first, second = founds[index], founds[index + 1]
            if both_marked != (first.calendar is not None and second.calendar is not None):
                continue
            hint = written[index] if written[index] is not None else written[index + 1]
            joined = pair(tokens, first, second, named, years, hint)
            if joined is not None:
                pairs[index] = joined
    out: list[Reading] = []
    for index, found in enumerate(founds):
        if index in pairs:
            out.append(pairs[index])
        elif index - 1 not in pairs:
            hint = _range_year(tokens, founds, index)
            if _numbered(found, named):
                continue
            reading = _alone(tokens, found, years, hint if hint is not None else written[index])
            if reading is not None:
                out.append(reading)
    return out


def _numbered(found: Found, named: Named) -> bool:
    """Whether a date is a day and month with a bare number in brackets after it, no label and no
    year of its own, in a sentence that names no calendar (nor does the one before): a list's or
    a note's number ("In 1861 two baptisms were entered: 14 February (1), 15 February (2)"), not a
    bare-day other half, which writers follow with its year ("November 8 (19), 1711") or write
    where the calendars are named ("... entre paréntesis, el del estilo antiguo: 14 de febrero (1)")."""
    draft = found.draft
    if found.single or draft.marked or found.year is not None or not draft.parts[1].month_borrowed:
        return False
    return not calendar_named(named, {found.sentence - 1, found.sentence})


def _written_years(founds: list[Found]) -> list[int | None]:
    """For each date without a year, the year written earlier in the stretch with the same day and
    month ("Born: 22 April 1870. ... born on 10 April under the old (Julian) calendar, on 22 April
    under the modern (Gregorian) calendar" is 1870's, though 1924 stands nearer)."""
    seen: dict[tuple[int, int | None], int] = {}
    out: list[int | None] = []
    for found in founds:
        part = found.draft.parts[0]
        key = (part.day, part.month)
        out.append(seen.get(key) if found.year is None and found.single else None)
        if found.single and part.year is not None:
            seen[key] = part.year
    return out


def _range_year(tokens: list[Token], founds: list[Found], index: int) -> int | None:
    """The year written once at the end of a range for both its ends: in "From Tuesday September 1,
    O.S. to Saturday September 16, N.S. 1752" the first date's year is 1752."""
    if index + 1 >= len(founds):
        return None
    found, after = founds[index], founds[index + 1]
    if found.year is not None or after.year is None or after.sentence != found.sentence:
        return None
    return after.year if is_range(tokens[found.draft.next_index : after.draft.first]) else None


def _alone(tokens: list[Token], found: Found, years: Years, range_year: int | None = None) -> Reading | None:
    """A date on its own: a mention if it is dual, marked or has a dual year.

    One whose year is written nowhere near ("On 7 November (25 October in Old
    Style) Bolshevik forces ...") is a mention with no days: found, not checked.
    """
    draft = found.draft
    if found.single and found.calendar is None and not draft.parts[0].dual_year:
        return None
    if found.single and found.calendar is not None and draft.calendars[0] is None:
        draft = replace(draft, calendars=(found.calendar,), style="marked", marked=True, markers=found.labels)
    year = context_year(found, years, range_year)
    if year is None:
        return Reading(
            start=found.start,
            end=found.end,
            next_index=draft.next_index,
            halves=(),
            style="yearless",
            marked=draft.marked,
            dual_year=False,
            markers=draft.markers,
        )
    reading = settle(tokens, draft, year)
    if found.single and found.draft.calendars[0] is None and not reading.consistent:
        return None  # a label from the sentence that makes the day impossible is not the day's
    if alternative_days(reading):
        return None  # "23/25 April 1823": two days a source is unsure between
    return with_weekday(reading, found)
