"""Finding every marked or dual date mention in free text.

:func:`scan` looks only near the places :data:`oldstyle.patterns.ANCHOR`
finds (numbers: every mention has a day or a year), tokenizes those
stretches and runs the grammar of :mod:`oldstyle.grammar` there (a stretch with
no date word is passed over; a long one is read first only around its date
words, when that must give what reading it whole gives).  Where a
stretch holds a date that is not a complete dual date, the sentences around
it are read by :mod:`oldstyle.context` (labels in words, halves in two
clauses, years carried over).  Each reading looks at a bounded number of
tokens, so the work is linear in the length of the text, whatever it holds.
"""

from __future__ import annotations

import bisect
import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from oldstyle.context import read_block
from oldstyle.dates import GregorianDate, JulianDate
from oldstyle.errors import OldstyleError
from oldstyle.grammar import built
from oldstyle.halves import bare_dual_year
from oldstyle.parsing import Half, ParsedDate, parsed_date, read_at
from oldstyle.patterns import (
    ANCHOR,
    NUMBER_SUFFIX_CHARACTERS,
    LineCounter,
    Token,
    date_hints,
    past_label,
    safe_stop,
    tokenize,
)
from oldstyle.settling import Reading

if TYPE_CHECKING:
    from oldstyle.churchyear import Feast

__all__ = ["Mention", "collector_paused", "scan"]

# How far around a digit a mention may reach: "September 25th" starts before
# its day; a window grows while a reading needs more tokens.
_BEFORE: Final = 40
_MORE: Final = 160
_EDGE: Final = 64
_NEAR: Final = 32  # a month word sits this close after a day ("25 October")
_DATE_WORDS: Final = frozenset({"month", "iso", "numeric", "paired", "daymonth"})
_SENTENCE_REACH: Final = 400  # how far a stretch read for context reaches beyond its dates
_STARTS: Final = frozenset({"number", "dayword", "month", "iso", "numeric", "paired", "daymonth", "weekday"})
# A stretch this long is first read only around its date words, from this far before
# each (a reading starts a few tokens before its first date word) and to this far after.
_QUICK_LENGTH: Final = 200
_QUICK_BEFORE: Final = 64
_QUICK_AFTER: Final = 24
_QUICK_TAIL: Final = 64
_QUICK_LEAD: Final = 8  # tokens of a part before its first reading
_BRACKET: Final = re.compile(r"[()\[\]]")
# A digit followed by a longer gap than merges two runs of digits into one stretch.
_DIGIT_GAP: Final = re.compile(f"[0-9][^0-9]{{{_BEFORE + _NEAR + 1},}}")


@dataclass(frozen=True)
class Mention:
    """One date mention found in text.

    ``start``/``end`` are character offsets (``text[start:end]`` is the
    mention), ``line``/``column`` are 1-based.  ``julian`` and ``gregorian``
    are the days the O.S. and N.S. halves assert (None if that half is not
    written or is not a real date); ``consistent`` says whether the halves
    name the same day (a single date is consistent when it exists).
    ``style`` names the layout (see :class:`oldstyle.parsing.ParsedDate`);
    ``"yearless"`` is a marked or dual date whose year is written nowhere
    near ("On 7 November (25 October in Old Style) ..."): found, with no
    halves and no days, so it is never a problem.
    ``halves`` holds each half as written, for checkers and fixers, and
    ``weekday`` the weekday written before the date, if any.  A date
    written by a feast ("Michaelmas 1666") has the style ``"feast"``, its
    day as one half and the feast in ``feast`` (see :mod:`oldstyle.feastmentions`).
    """

    start: int
    end: int
    line: int
    column: int
    text: str
    julian: JulianDate | None
    gregorian: GregorianDate | None
    consistent: bool
    style: str
    marked: bool = False
    dual_year: bool = False
    halves: tuple[Half, ...] = field(default=(), repr=False, compare=False)
    markers: tuple[Token, ...] = field(default=(), repr=False, compare=False)
    weekday: Token | None = field(default=None, repr=False, compare=False)
    feast: Feast | None = field(default=None, repr=False, compare=False)

    @property
    def parsed(self) -> ParsedDate | None:
        """The mention read as one date, the reading :func:`oldstyle.parse` gives (right or
        wrong), or None for a mention without days (a yearless date, a dual year alone)."""
        return parsed_date(self.text, self)

    @property
    def dual(self) -> bool:
        """Whether both halves are written."""
        return len(self.halves) == 2


def scan(text: str) -> list[Mention]:
    """Every date mention in ``text`` that is marked (O.S./N.S., Old/New Style,
    Julian/Gregorian, S.S., or a calendar named in words in its sentence) or
    written as a dual date (in one place, or in two clauses or sentences) or
    with a dual year.  See the docs' "Reading dates as written" for every form.

    ```pycon
    >>> [m.style for m in scan("Lenin: 25 October (O.S.; 7 November N.S.) 1917.")]
    ['os-ns']

    ```

    Never raises for any ``str`` (other types get
    :class:`~oldstyle.OldstyleError`); unmarked single dates are not mentions.
    """
    if not isinstance(text, str):
        raise OldstyleError(f"scan needs text (str), not {type(text).__name__}")
    with collector_paused():
        return _with_feasts(text, list(_mentions(text)))


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for a block, and leave it as it was (as timeit does).

    The reader pauses it while it reads a text (:func:`scan`, and
    :func:`oldstyle.check` around its problems too).  Reading makes no
    reference cycles (``tests/test_scan_collector.py`` checks), so the pause
    leaves nothing for a collection to free; but the mentions it keeps are a
    dozen tracked objects each, and the full collections their number set off
    took a fifth of the time on date-dense text (``benchmarks/bench_mention.py``).
    """
    collecting = gc.isenabled()
    if collecting:
        gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _with_feasts(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions and the feast dates ("Michaelmas 1666"); the feast reader loads only for text
    with a feast name before a year (:func:`oldstyle.feastspots.feast_windows`)."""
    from oldstyle.feastspots import feast_windows

    if not feast_windows(text):
        return mentions
    from oldstyle.feastmentions import with_feasts

    return with_feasts(text, mentions)


def _digit_clusters(text: str) -> Iterator[tuple[int, int]]:
    """Stretches around runs of digits (every mention has a day or a year), merged when close.

    Two runs merge when at most ``_BEFORE + _NEAR`` other characters part them, so the
    stretches end at the long digit-free gaps, which one C-level pass finds: most runs
    of digits in prose lie inside a stretch, and visiting each cost twice as long.
    """
    first = ANCHOR.search(text)
    if first is None:
        return
    start, size = first.start(), len(text)
    for gap in _DIGIT_GAP.finditer(text, start):
        yield max(0, start - _BEFORE), min(size, gap.start() + 1 + _NEAR)
        start = gap.end()
        if start == size:
            return
    last = size  # the last digit lies within _BEFORE + _NEAR of the end, or a gap would end there
    while not "0" <= text[last - 1] <= "9":
        last -= 1
    yield max(0, start - _BEFORE), min(size, last + _NEAR)


class _Hints:
    """Where date words may be (see :func:`~oldstyle.patterns.date_hints`), to pass over a
    window that holds none without tokenizing it: most numbers in prose are page numbers,
    quantities and years far from any month."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = date_hints(text)
        self.starts = [first for first, _ in self.spans]

    def touch(self, start: int, end: int) -> bool:
        """Whether a hint overlaps ``text[start:end]`` (or a word is cut at its edge)."""
        text = self.text
        if (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
            return True  # _cut gave up inside a very long word: let the tokenizer judge
        return bool(self.within(start, end))

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The hints that overlap ``text[start:end]``, in order."""
        spans = self.spans
        index = bisect.bisect_left(self.starts, start - _LONGEST_HINT)
        found = []
        while index < len(spans) and spans[index][0] < end:
            if spans[index][1] > start:
                found.append(spans[index])
            index += 1
        return found


_LONGEST_HINT: Final = 64  # no month word is longer; a hint starting further back cannot overlap
_LONGEST_LABEL: Final = 64  # no calendar label of several words is longer


def _cut(text: str, start: int, end: int) -> tuple[int, int]:
    """Move a window's edges out of any word or number, so no token is cut in two."""
    floor, ceiling = max(0, start - _EDGE), min(len(text), end + _EDGE)
    while start > floor and text[start - 1].isalnum():
        start -= 1
    while end < ceiling and text[end].isalnum():
        end += 1
    return start, end


class _Window:
    """Tokens of one stretch of text, read further on demand."""

    def __init__(self, text: str, start: int, end: int, limit: int | None = None) -> None:
        self.text = text
        self.part = limit is not None  # a part of a stretch: read no further than its end
        self.limit = len(text) if limit is None else limit
        if not self.part:  # no label cut in two at the end (a part ends where safe_stop let it, or
            end = past_label(text, end)  # at its limit: no label runs across either)
        self.start = start
        self.end = end
        self.tokens = tokenize(text, start, end)
        self.beyond = False  # whether a reading asked for tokens past the limit

    def more(self) -> bool:
        """Append the tokens of the next stretch; False at the end of the text (or the limit)."""
        if self.end >= self.limit:
            self.beyond = self.limit < len(self.text)
            return False
        stop = min(_cut(self.text, self.end, self.end + _MORE)[1], self.limit)
        if self.part and stop < self.limit:  # stop where the tokens of one run would
            stop = safe_stop(self.text, stop, self.limit)
        else:  # no label cut in two at the end
            stop = min(past_label(self.text, stop), self.limit)
        self.tokens.extend(tokenize(self.text, self.end, stop))
        self.end = stop
        return True

    def has_date_word(self) -> bool:
        """Whether the window holds a month word, a numeric date or a dual year ("1602/3")."""
        if self.text.find("/", self.start, self.end) >= 0:
            return True
        return any(token.kind in _DATE_WORDS for token in self.tokens)


def _mentions(text: str) -> Iterator[Mention]:
    lines = LineCounter(text)
    hints = _Hints(text)
    covered = 0
    for lo, hi in _digit_clusters(text):
        if hi <= covered:
            continue
        start, end = _cut(text, max(lo, covered), hi)
        if not hints.touch(start, end):  # no date word: the tokens would be thrown away
            covered = end
            continue
        quick = _quick_readings(text, hints, start, end)
        if quick is not None:
            yield from (_mention(text, r, lines) for r in quick)
            covered = end
            continue
        window = _Window(text, start, end)
        if not window.has_date_word():
            covered = window.end
            continue
        readings, loose = _read_window(window)
        if not loose and all(len(r.halves) == 2 for r in readings):
            yield from (_mention(text, r, lines) for r in readings)
            covered = window.end
            continue
        start, end = _sentences_around(text, max(window.start, covered), window.end, covered)
        yield from (_mention(text, r, lines) for r in read_block(text, _block_tokens(window, start, end)))
        covered = max(end, window.end)


def _quick_readings(text: str, hints: _Hints, start: int, end: int) -> list[Reading] | None:
    """The readings of a long stretch read only around its date words, when that gives what
    reading it all would: every date word in a dual date, no reading near the edge of a
    part (it might have begun before), nothing read past the stretch.  Else None.

    In prose full of numbers a stretch runs on for kilobytes around one date; its other
    tokens start no reading (every reading holds a date word, a few tokens from its start).
    """
    if end - start < _QUICK_LENGTH:
        return None
    parts = _quick_parts(text, hints, start, end)
    if sum(last - first for first, last in parts) * 4 > (end - start) * 3:
        return None  # mostly dates: reading the parts first saves little, and is undone if it fails
    if _unclosed(text, start, parts[-1][0]):
        return None  # a bracket left open may be read as a date's into the end
    readings: list[Reading] = []
    done = start
    for first, last in parts:
        if first < done:
            return None  # the part before read on into this one
        part = _Window(text, first, last, limit=end)
        found, loose = _read_window(part)
        if part.beyond or loose or any(len(r.halves) != 2 for r in found):
            return None
        if first > start and not _clear_start(part.tokens, found):
            return None
        readings.extend(found)
        done = part.end
    return readings


def _quick_parts(text: str, hints: _Hints, start: int, end: int) -> list[tuple[int, int]]:
    """Stretches around each hint in ``text[start:end]`` and at its end (where a failed
    reading may look past it), merged, with their edges out of words."""
    spans = [(first - _QUICK_BEFORE, last + _QUICK_AFTER) for first, last in hints.within(start, end)]
    spans.append((end - _QUICK_TAIL, end))
    spans.sort()
    parts: list[tuple[int, int]] = []
    lo, hi = spans[0]
    for first, last in spans[1:]:
        if first <= hi:
            hi = max(hi, last)
            continue
        parts.append(_inside(text, lo, hi, start, end))
        lo, hi = first, last
    parts.append(_inside(text, lo, hi, start, end))
    return parts


def _unclosed(text: str, start: int, end: int) -> bool:
    """Whether a bracket opened in ``text[start:end]`` is not closed there."""
    # A closing bracket before the first opening one changes nothing: the brackets are
    # counted from there on (two finds are C-level searches, the regex a slower one).
    opened = [found for found in (text.find("(", start, end), text.find("[", start, end)) if found >= 0]
    if not opened:
        return False
    depth = 0
    for match in _BRACKET.finditer(text, min(opened), end):
        depth = depth + 1 if match.group() in "([" else max(0, depth - 1)
    return depth > 0


def _inside(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """``lo``/``hi`` cut out of words and kept within ``start``/``end``; ``hi`` where the
    tokens end as they would in the whole stretch."""
    lo, hi = _cut(text, max(lo, start), min(hi, end))
    return max(lo, start), safe_stop(text, hi, end) if hi < end else end


def _clear_start(tokens: list[Token], found: list[Reading]) -> bool:
    """Whether a part is long enough, and its first reading begins far enough into it, that no
    reading from before the part could have covered its tokens or read past its end."""
    return len(tokens) > _QUICK_LEAD and (not found or found[0].start >= tokens[_QUICK_LEAD].start)


def _block_tokens(window: _Window, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``, reusing those the window already made.

    Where the stretch reaches past an edge of the window, the text beyond it is
    tokenized from the nearest place inside the window where tokenizing may stop and
    go on later (:func:`~oldstyle.patterns.safe_stop`: no calendar label of several
    words runs across it, "по новия | Григориански календар", nor does a word after it
    take its kind from those before).  Going back a label's length into the window
    instead made most of a window's tokens again.
    """
    text = window.text
    if start > window.start or end < window.end:
        return tokenize(text, start, end)
    first, last = window.start, window.end
    if start < first:
        first = safe_stop(text, first, last)
    if end > last:
        stop = safe_stop(text, max(first, last - _LONGEST_LABEL), last)
        last = stop if stop < last else first  # none near the window's end: keep no token
    if first >= last:
        return tokenize(text, start, end)
    kept = [token for token in window.tokens if first <= token.start and token.end <= last]
    return [*tokenize(text, start, first), *kept, *tokenize(text, last, end)]


def _sentences_around(text: str, start: int, end: int, floor: int) -> tuple[int, int]:
    """The stretch from the start of the sentence at ``start`` to the end of the sentence after ``end``."""
    lo = max(floor, start - _SENTENCE_REACH)
    begin = max(text.rfind(". ", lo, start), text.rfind("\n\n", lo, start))
    begin = lo if begin < 0 else begin + 2
    limit = min(len(text), end + _SENTENCE_REACH)
    stop = end
    for _ in range(2):  # this sentence and the next
        found = [p for p in (_full_stop(text, stop, limit), text.find("\n\n", stop, limit)) if p >= 0]
        stop = min(found) + 1 if found else limit
    return _cut(text, max(begin, floor), stop)


def _full_stop(text: str, start: int, limit: int) -> int:
    """Where the next ". " between ``start`` and ``limit`` ends a sentence, or -1: a day's
    ordinal dot ("der 7. November") ends none."""
    stop = text.find(". ", start, limit)
    while stop > 0 and text[stop - 1].isdigit():
        stop = text.find(". ", stop + 1, limit)
    return stop


def _read_window(window: _Window) -> tuple[list[Reading], bool]:
    """The readings of a window, and whether a date word or a dual year lies outside them
    (a date whose year, calendar or other half the sentence around must give)."""
    tokens = window.tokens
    readings: list[Reading] = []
    loose = False
    index = 0
    while index < len(tokens):
        token = tokens[index]
        starts = token.kind in _STARTS and (token.kind != "number" or _may_be_day(token.text))
        reading = read_at(tokens, index, window.more) if starts else None
        if reading is None:
            # the text test first: this line runs for every token that starts no reading
            loose = (
                loose or token.kind in _DATE_WORDS or (token.text == "/" and _dual_year_slash(tokens, index))
            )
            index += 1
            continue
        readings.append(reading)
        index = reading.next_index
    return readings, loose


def _may_be_day(number: str) -> bool:
    """Whether a number token may be a day (1 to 31, two digits at most, as
    :meth:`oldstyle.cursor.Cursor.number` reads it): a reading that starts with a number
    starts with its day, so a page number or a year starts none (most numbers of prose)."""
    digits = number.rstrip(NUMBER_SUFFIX_CHARACTERS)
    return 0 < len(digits) <= 2 and 1 <= int(digits) <= 31


def _dual_year_slash(tokens: list[Token], index: int) -> bool:
    """Whether the slash at ``index`` is a dual year's ("1602/3")."""
    return index > 0 and bare_dual_year(tokens, index - 1) is not None


def _mention(text: str, reading: Reading, lines: LineCounter) -> Mention:
    line, column = lines.at(reading.start)
    return built(
        Mention,
        start=reading.start,
        end=reading.end,
        line=line,
        column=column,
        text=text[reading.start : reading.end],
        julian=reading.julian,
        gregorian=reading.gregorian,
        consistent=reading.consistent,
        style=reading.style,
        marked=reading.marked,
        dual_year=reading.dual_year,
        halves=reading.halves,
        markers=reading.markers,
        weekday=reading.weekday,
        feast=None,
    )
