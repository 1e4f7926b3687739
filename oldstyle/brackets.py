"""A bracket after a date: what it holds (the other half, labels, a range) and whether it is the other half.

:func:`read_group` reads one bracket, a bounded number of tokens, into a
:class:`Group`; the judgements (:func:`counted`, :func:`gloss`,
:func:`two_dates`, :func:`restated`) tell :mod:`oldstyle.grammar` when the
date it holds is a footnote, a count, a remark or another date rather than
the other half.  The ranges of days a bracket may hold ("5–7 July [O.S.
24–26 June]") are read here too.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from oldstyle._arith import offset_for_gregorian
from oldstyle.cursor import Cursor, Part, month_at
from oldstyle.halves import WHOLE_DATES, read_full
from oldstyle.patterns import Token, touching

__all__ = [
    "DAY_RANGE_DASHES",
    "Group",
    "counted",
    "ends_range",
    "gloss",
    "range_link",
    "read_group",
    "restated",
    "skip_note",
    "two_dates",
    "whole",
]

# A bracket holds at most this many tokens, so one reading never looks
# further than a few hundred characters.
_MAX_GROUP_TOKENS: Final = 48
# Two dates further apart than a year and a month are two dates, not a wrong pair.
_MAX_PAIR_MONTHS: Final = 13
# A footnote mark is a number or a letter or two: "[3]", "[a]", "[nb]".
_NOTE_LETTERS: Final = 2
# Months an unlabelled bracket's date may lie from the date before it, a year's slip aside
# ("30 December 1700 (10 January 1700)"): a wrong month is a month or two off.
_UNLABELLED_MONTHS: Final = 2
# Token kinds a date inside brackets may start with.
_DATE_STARTS: Final = frozenset({"number", "dayword", "month", "daymonth", *WHOLE_DATES})
# Signs a bracket may hold between its dates and labels.
_BRACKET_SIGNS: Final = frozenset(".:-–—='\"‘’“”«»~")
DAY_RANGE_DASHES: Final = frozenset("-–—")
"""The dashes that link the two ends of a range of days or dates ("5–7 July")."""
_GLOSS_WORDS: Final = 3
_LAST_DAY: Final = 31
# Participles that restate the day before a bracket rather than name another event: "(reckoned
# 15 March)", "(converted: 16 March)"; "(ratified 15 March)" names the day of another event.
_RESTATING_WORDS: Final = frozenset(
    {"reckoned", "considered", "converted", "corrected", "adjusted", "called", "styled", "named", "dated"}
    | {"numbered", "counted", "computed", "calculated", "expressed", "rendered", "translated"}
)
_SHORT_WORD: Final = 3  # "red", "bed": too short to be a participle


class Group(NamedTuple):
    """A bracket after the first half: the other half and the labels around it (a named tuple, as
    :class:`Part` is: one is built per dual date, and a tuple is cheaper to build)."""

    inner: Part | None
    before: tuple[Token, ...]
    after: tuple[Token, ...]
    square: bool
    words: int
    end: int
    # A label before the inner date with words and a comma between ("Old
    # Style calendar, which corresponds to 7 November") is the outer date's.
    label_is_outer: bool
    lead_words: int = 0  # words before the inner date
    counted: bool = False  # the inner date is a bare number with a word after it ("11 days")
    # "[O.S. 27 January 1834 – 20 January 1907]": the range's first date and the index after it
    range_first: Part | None = None
    range_first_end: int = 0
    # a past participle before the inner date names another event: "(ratified 15 March 1918)"
    event: bool = False


class _GroupReader:
    """Reads one bracket token by token; a small state machine with bounded steps."""

    def __init__(self, cur: Cursor, i: int, ranged: bool) -> None:
        self.cur = cur
        self.ranged = ranged  # the date before the bracket ends a range of days ("5–7 July")
        self.inner: Part | None = None
        self.before: list[Token] = []
        self.after: list[Token] = []
        self.words = 0
        self.lead_words = 0
        self.counted = False  # a bare number with a word after it: a count, not a day
        self.words_since_label = 0
        self.comma_since_label = False
        self.inner_end = 0
        self.range_first: Part | None = None
        self.range_first_end = 0
        self.event = False

    def step(self, j: int, token: Token) -> int | None:
        """Read ``token``, at j; the next index, or None if the bracket is not a date's."""
        cur = self.cur
        kind = token.kind
        if kind == "marker":
            (self.after if self.inner is not None else self.before).append(token)
            self.words_since_label, self.comma_since_label = 0, False
        elif kind in _DATE_STARTS:
            if self.inner is not None:
                return self._range_last(j)
            last = _range_end(cur, j, bool(self.before)) if self.ranged else j
            found = read_full(cur, last)
            if found is None:
                return None
            inner, end = found
            self.inner = inner._replace(range_start=cur.tokens[j]) if last != j else inner
            self.counted = inner.month is None and cur.kind(end) == "word"  # "(drop of 11 days ...)"
            self.inner_end = end
            return end
        elif kind == "word":
            self.words += 1
            self.lead_words += self.inner is None
            self.words_since_label += self.inner is None
            self.event = self.event or (self.inner is None and _event_word(token.text))
        elif kind == "punct":
            self.comma_since_label = self.comma_since_label or self.inner is None
        elif kind == "other" and token.text not in _BRACKET_SIGNS:
            return None
        return j + 1

    def _range_last(self, j: int) -> int | None:
        """The index after the last date of a range of whole dates ("27 January 1834 – 20
        January 1907"), which becomes the inner date; None if the bracket holds no such range."""
        first = self.inner
        if first is None or self.range_first is not None or self.ranged or not whole(first):
            return None
        if j != self.inner_end + 1 or self.cur.text(j - 1) not in DAY_RANGE_DASHES:
            return None
        found = read_full(self.cur, j)
        if found is None or not whole(found[0]):
            return None
        self.range_first, self.range_first_end = first, self.inner_end
        self.inner, self.inner_end = found
        return self.inner_end

    def group(self, square: bool, end: int) -> Group | None:
        if self.inner is None and not self.before:
            return None
        outer = bool(self.before) and self.words_since_label > 0 and self.comma_since_label
        return Group(
            inner=self.inner,
            before=tuple(self.before),
            after=tuple(self.after),
            square=square,
            words=self.words,
            end=end,
            label_is_outer=outer,
            lead_words=self.lead_words,
            counted=self.counted,
            range_first=self.range_first,
            range_first_end=self.range_first_end,
            event=self.event,
        )


def _event_word(text: str) -> bool:
    """Whether a word is an English past participle of an event ("ratified", "signed", "buried"),
    not one that restates the day ("reckoned", "converted")."""
    word = text.casefold()
    return word.endswith("ed") and len(word) > _SHORT_WORD and word not in _RESTATING_WORDS


def whole(part: Part) -> bool:
    """Whether a part writes its day, month and year."""
    return part.month is not None and part.year is not None and part.day is not None


def _range_end(cur: Cursor, j: int, labelled: bool) -> int:
    """Where the other half starts in a bracket that holds a range of days: at its last day, so
    "5–7 July [O.S. 24–26 June] 1770" pairs the last days, as does a labelled range whose month,
    after the bracket, both ranges share ("24-25 (O.S. 12-13) March 1868"); else ``j``."""
    if not _day_range(cur, j):
        return j
    shared = labelled and cur.kind(j + 3) == "close"
    return j + 2 if shared or month_at(cur, j + 3) is not None else j


def _day_range(cur: Cursor, j: int) -> bool:
    """Whether the tokens at ``j`` are a range of days, "24–26", the first before the last, or a
    night's two days linked by a word ("с 25 на 26", "du 25 au 26")."""
    if cur.kind(j) != "number" or not range_link(cur, j + 1) or cur.kind(j + 2) != "number":
        return False
    first, last = cur.number(j, 2), cur.number(j + 2, 2)
    if first is None or last is None or not 1 <= first < last <= _LAST_DAY:
        return False
    return cur.text(j + 1) in DAY_RANGE_DASHES or last == first + 1


def range_link(cur: Cursor, j: int) -> bool:
    """Whether the token at ``j`` may link a range's days: a dash, or a night's word ("на", "au")."""
    return cur.text(j) in DAY_RANGE_DASHES or cur.kind(j) == "word"


def ends_range(cur: Cursor, i: int) -> bool:
    """Whether the date whose day is at ``i`` ends a range of days ("5–7 July"): only then is a
    range inside its bracket the other half's ("7 September (26–28 August)" is two dates)."""
    return i >= 2 and _day_range(cur, i - 2)


def _citation(cur: Cursor, j: int) -> bool:
    """ "[1]": a footnote mark, skipped inside a bracket."""
    return cur.kind(j) == "open" and cur.kind(j + 1) == "number" and cur.kind(j + 2) == "close"


def read_group(cur: Cursor, i: int, ranged: bool = False) -> Group | None:
    """A bracket such as "(O.S.; 7 November N.S.)", "[O.S. 25 October]" or "(19)", or None."""
    opening = cur.at(i)
    if opening.kind != "open":
        return None
    reader = _GroupReader(cur, i, ranged)
    depth = 0
    j = i + 1
    limit = i + _MAX_GROUP_TOKENS
    while j < limit:
        token = cur.at(j)
        kind = token.kind
        if not kind:
            return None
        if kind == "close":
            if depth == 0:
                return reader.group(opening.text == "[", j + 1)
            depth -= 1
        elif kind == "open":
            if _citation(cur, j):
                j += 3
                continue
            depth += 1
        else:
            nxt = reader.step(j, token)
            if nxt is None:
                return None
            j = nxt
            continue
        j += 1
    return None


def skip_note(cur: Cursor, j: int, first: Part) -> int:
    """The index after a footnote mark right after a date ("1917[3]", "October[a]", "18
    февруари[1]"), else ``j``."""
    if cur.text(j) != "[" or cur.kind(j + 2) != "close":
        return j
    kind = cur.kind(j + 1)
    letter = kind == "word" and len(cur.text(j + 1)) <= _NOTE_LETTERS
    number = kind == "number" and (first.year is not None or _glued_to_month(cur, j))
    return j + 3 if letter or number else j


def _glued_to_month(cur: Cursor, j: int) -> bool:
    """Whether the bracket at ``j`` touches the month word before it ("18 февруари[1]"): a
    Wikipedia note mark; the other half's day stands after a day, not glued to a month's name."""
    return j > 0 and cur.kind(j - 1) == "month" and touching(cur.tokens, j - 1)


def counted(first: Part, group: Group) -> bool:
    """Whether a bracket holds a bare number that is a footnote, a count or a figure, not the other
    half, which names its month or label: after a date with its year ("25 October 1917 (3) letters"),
    or with a word beside it ("27 (fig. 8) June 1709")."""
    inner = group.inner
    bare = inner is not None and inner.month is None and inner.year is None
    if bare and group.counted:
        return True  # "September 14, 1752 (drop of 11 days to conform to the Gregorian calendar)"
    if group.event and not group.before and not group.after:
        return True  # "3 March 1918 (ratified 15 March 1918)": another event's day
    return bare and (first.own_year or group.words > 0) and not group.before and not group.after


def gloss(markers: tuple[Token, ...], group: Group) -> bool:
    """Whether an unlabelled bracket is a remark that mentions another day, not the other half: a
    few words before its date ("29th February 1699 (the new year number then starting with March
    25th)"), where a half written alone or after "i.e." stands near the bracket's start."""
    labelled = markers or group.before or group.after
    return not labelled and group.inner is not None and group.lead_words >= _GLOSS_WORDS


def two_dates(first: Part, inner: Part, labelled: bool = True) -> bool:
    """Whether two dates, each with its year, lie too far apart to be one day in two calendars.

    The bound is a year and a month beyond the calendars' gap that year (two
    months' worth by 4500), and a year more where a dual year is written.  In
    a bracket no label marks, months apart that no slip of the year explains
    are two dates too: "15 March 1917 (formally 1 September 1917)".
    """
    if first.year is None or inner.year is None or first.month is None or inner.month is None:
        return False
    months = abs((first.year - inner.year) * 12 + first.month - inner.month)
    gap_months = abs(offset_for_gregorian(first.year, first.month)) // 28
    if not labelled and _UNLABELLED_MONTHS + gap_months < months % 12 < 12 - _UNLABELLED_MONTHS:
        return True
    dual_year = 12 if first.dual_year or inner.dual_year else 0
    return months > _MAX_PAIR_MONTHS + gap_months + dual_year


def restated(first: Part, group: Group, labels: tuple[Token, ...]) -> bool:
    """Whether a bracket writes the same day again: unlabelled with its year (the ISO copy that
    Wikipedia's infoboxes carry, "9 June 1672 (1672-06-09)"), or as the subject of a remark
    ("March 25, 1751 (March 25 was the first day of the "Old Style" year)"): one date, not a pair."""
    inner = group.inner
    assert inner is not None
    if (first.day, first.month) != (inner.day, inner.month) or first.year is None:
        return False
    if inner.year == first.year and not labels:
        return True
    return inner.year is None and group.words >= _GLOSS_WORDS
