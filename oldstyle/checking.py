"""Checking hand-written dual dates: wrong pairs, impossible days, swapped labels.

:func:`check` reports each problem of :func:`oldstyle.scanning.scan`'s
mentions as a :class:`Problem` with a full sentence and, where one is safe,
the corrected text; :func:`fix` applies those corrections.  Year-start
styles are understood, so "11 February 1731/32" and "11/22 February
1731/32" are consistent.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Final, Literal

from oldstyle.choices import lookup
from oldstyle.corrections import corrected, language, swap_labels
from oldstyle.dates import GregorianDate, JulianDate
from oldstyle.errors import OldstyleError
from oldstyle.formatting import year_text
from oldstyle.names import ENGLISH, date_words
from oldstyle.parsing import Half, weekday_error, weekday_mismatch
from oldstyle.patterns import LineCounter, weekday_of
from oldstyle.scanning import Mention, collector_paused, scan
from oldstyle.sweden import only_swedish_note
from oldstyle.wording import weekday_word

__all__ = ["TRUST", "Problem", "apply_fixes", "check", "fix"]

ProblemKind = Literal["inconsistent", "impossible", "swapped", "weekday", "gap", "feast"]

TRUST: Final[dict[str, str]] = {
    "first": "first",
    "second": "second",
    "julian": "julian",
    "os": "julian",
    "old": "julian",
    "gregorian": "gregorian",
    "ns": "gregorian",
    "new": "gregorian",
}
"""Accepted ``trust=`` values -> which half is taken as right."""

_LABEL: Final[dict[str, str]] = {"julian": "O.S.", "gregorian": "N.S.", "swedish": "S.S."}


@dataclass(frozen=True)
class Problem:
    """One problem in a text, at ``text[start:end]`` (line and column 1-based).

    ``message`` is a full sentence: the pair as written, the correct
    counterpart and, for an inconsistent pair, the gap the writer used
    beside the true gap.  ``replacement`` is the corrected text for
    ``text[start:end]``, or None when no safe correction exists.  ``kind`` is
    ``"inconsistent"``, ``"impossible"``, ``"swapped"``, ``"weekday"`` or
    ``"feast"`` (a feast written beside a day it was not: "Michaelmas (29
    September) 1712, i.e. 9 October New Style"; ``mention`` is then None).
    """

    kind: ProblemKind
    message: str
    line: int
    column: int
    start: int
    end: int
    mention: Mention | None
    replacement: str | None


def check(text: str, *, trust: str = "first") -> list[Problem]:
    """The problems of every dual or marked date in ``text``.

    ``trust`` says which half of an inconsistent pair is right and is kept:
    ``"first"`` (the half written first, the default), ``"second"``,
    ``"julian"``/``"os"`` or ``"gregorian"``/``"ns"``.

    ```pycon
    >>> [p.kind for p in check("25 October (O.S.; 7 November N.S.) 1389")]
    ['inconsistent']

    ```
    """
    side = _trust(trust)
    with collector_paused():  # as scan pauses it, over the problems made of its mentions too
        problems: list[Problem] = []
        mentions = scan(text)
        for mention in mentions:
            problem = _problem(mention, side)
            if problem is not None:
                problems.append(problem)
        problems = _with_feast_problems(text, _narrowed(text, problems, mentions))
        return sorted([*problems, *_gap_problems(text, mentions)], key=lambda problem: problem.start)


def _narrowed(text: str, problems: list[Problem], mentions: Sequence[Mention]) -> list[Problem]:
    """The problems, each of a mention that overlaps another (the two pairs of a lifespan, "8
    February 1834 – 2 February 1907 [O.S. 27 January 1834 – 20 January 1907]") spanning only the
    words its correction changes, so that both corrections fit; a correction that still overlaps
    the one before is dropped (one swapped label they share is swapped once)."""
    shared = {id(m) for a, b in itertools.pairwise(mentions) if a.end > b.start for m in (a, b)}
    if not shared:
        return problems
    out: list[Problem] = []
    done = 0
    for problem in problems:
        if id(problem.mention) in shared and problem.replacement is not None:
            problem = _changed_words(text, problem)
            if problem.start < done:
                problem = replace(problem, replacement=None)
        out.append(problem)
        done = max(done, problem.end if problem.replacement is not None else 0)
    return out


def _changed_words(text: str, problem: Problem) -> Problem:
    """The problem spanning only the whole words its replacement changes."""
    old, new = text[problem.start : problem.end], problem.replacement
    assert new is not None
    head = _common_head(old, new)
    tail = _common_head(old[head:][::-1], new[head:][::-1])
    while head and old[head - 1].isalnum():
        head -= 1
    while tail and old[len(old) - tail].isalnum():
        tail -= 1
    start, end = problem.start + head, problem.end - tail
    line, column = LineCounter(text).at(start)
    replacement = new[head : len(new) - tail]
    return replace(problem, start=start, end=end, line=line, column=column, replacement=replacement)


def _common_head(first: str, second: str) -> int:
    """How many characters two strings share at their start."""
    return next(
        (k for k, (a, b) in enumerate(zip(first, second, strict=False)) if a != b),
        min(len(first), len(second)),
    )


def _with_feast_problems(text: str, problems: list[Problem]) -> list[Problem]:
    """The problems and every feast written beside a day it was not (kind ``"feast"``)."""
    from oldstyle.feastspots import feast_windows

    if not feast_windows(text):
        return problems
    from oldstyle.feastmentions import feast_problems

    return feast_problems(text, problems)


def _gap_problems(text: str, mentions: Sequence[Mention]) -> list[Problem]:
    """Stated gaps between the calendars that are wrong for their year (see :mod:`oldstyle.gapclaims`)."""
    from oldstyle.gapclaims import gap_claims

    spans = sorted((m.start, m.end) for m in mentions)
    starts = [start for start, _ in spans]
    reach = list(itertools.accumulate((end for _, end in spans), max))  # the furthest end so far
    lines = LineCounter(text)
    problems = []
    for claim in gap_claims(text):
        before = bisect.bisect_left(starts, claim.end)  # the mentions that start before the claim ends
        if before and reach[before - 1] > claim.start:
            continue  # a number inside a date mention is that date's
        line, column = lines.at(claim.start)
        problems.append(
            Problem("gap", claim.message, line, column, claim.start, claim.end, None, claim.replacement)
        )
    return problems


def fix(text: str, *, trust: str = "first") -> tuple[str, list[Problem]]:
    """``text`` with every safe correction of :func:`check` applied, and all the problems.

    Problems whose ``replacement`` is None are left in the text (and still
    listed), so a caller can report them.
    """
    problems = check(text, trust=trust)
    return apply_fixes(text, problems), problems


def apply_fixes(text: str, problems: Sequence[Problem]) -> str:
    """``text`` with each problem's replacement put in place of its span.

    The problems must come from :func:`check` on ``text`` or on a view of it
    with the same positions (such as :func:`oldstyle.markup.mask_markdown`'s),
    in order; those without a replacement are skipped.
    """
    pieces: list[str] = []
    done = 0
    for problem in problems:
        if problem.replacement is None:
            continue
        if problem.start < done:
            raise OldstyleError("apply_fixes needs the problems in text order, without overlaps")
        pieces.append(text[done : problem.start])
        pieces.append(problem.replacement)
        done = problem.end
    pieces.append(text[done:])
    return "".join(pieces)


def _trust(trust: str) -> str:
    side = lookup(trust, TRUST)
    if side is None:
        raise OldstyleError(f"unknown trust {trust!r}: use one of {', '.join(TRUST)}")
    return side


def _problem(mention: Mention, side: str) -> Problem | None:
    broken = next((h for h in mention.halves if h.error is not None), None)
    if broken is not None:
        return _make(mention, "impossible", _impossible_message(mention, broken), None)
    if not mention.consistent and mention.dual:
        if mention.marked and _consistent_if_swapped(mention):
            return _swapped(mention)
        trusted, other = _split(mention, side)
        return _inconsistent(mention, trusted, other)
    wrong_weekday = weekday_error(mention.weekday, mention.halves)
    if wrong_weekday is not None:
        return _make(mention, "weekday", f"{mention.text!r}: {wrong_weekday}", _right_weekday(mention))
    return None


def _right_weekday(mention: Mention) -> str | None:
    """The mention with its weekday word corrected, in the language and form it was written in."""
    day = next((half.date for half in mention.halves if half.date is not None), None)
    return None if day is None else _with_weekday(mention.text, mention, day.weekday())


def _with_weekday(text: str, mention: Mention, weekday: int) -> str | None:
    """``text`` (the mention, or its correction) with the mention's weekday word naming ``weekday``."""
    token = mention.weekday
    if token is None:
        return None
    word = weekday_word(token.text, weekday, language(mention))
    offset = token.start - mention.start
    if word is None or not text[offset:].startswith(token.text):
        return None
    return text[:offset] + word + text[offset + len(token.text) :]


def _make(mention: Mention, kind: ProblemKind, message: str, replacement: str | None) -> Problem:
    return Problem(
        kind, message, mention.line, mention.column, mention.start, mention.end, mention, replacement
    )


# --- messages -----------------------------------------------------------------


def _label_text(label: tuple[int, int, int]) -> str:
    return date_words(*label)


def _impossible_message(mention: Mention, half: Half) -> str:
    message = (
        f"{mention.text!r}: {_label_text(half.label)} ({_LABEL[half.calendar]}) does not exist: {half.error}"
    )
    note = only_swedish_note(*half.label)  # the region layer owns Sweden's 30 February 1712
    if note and "Swed" not in message:
        message += note + ": mark it S.S."
    other = next((h for h in mention.halves if h.date is not None), None)
    if other is not None and other.date is not None:
        counterpart = _in_calendar(other.date, half.calendar)
        message += (
            f"; the other half, {_label_text(other.label)} ({_LABEL[other.calendar]}), "
            f"is {_label_text(counterpart)} ({_LABEL[half.calendar]})"
        )
    return message


def _swapped_message(mention: Mention) -> str:
    first, second = mention.halves
    return (
        f"{mention.text!r}: the labels look swapped: {_label_text(first.label)} is "
        f"{_LABEL[second.calendar]} and {_label_text(second.label)} is {_LABEL[first.calendar]} "
        "(read that way the two halves name the same day)"
    )


def _swapped(mention: Mention) -> Problem:
    """Swapped labels, fixed by swapping them back, with the weekday of the day that then names."""
    message, replacement = _swapped_message(mention), swap_labels(mention)
    first = mention.halves[0]
    day = GregorianDate(*first.label) if first.calendar == "julian" else JulianDate(*first.label)
    token = mention.weekday
    wrong_weekday = None if token is None else weekday_mismatch(weekday_of(token.text), day)
    if wrong_weekday is not None:  # one fix for both faults, so that a second pass finds nothing
        message += f"; and {wrong_weekday}"
        replacement = _with_weekday(replacement, mention, day.weekday()) or replacement
    return _make(mention, "swapped", message, replacement)


def _inconsistent(mention: Mention, trusted: Half, other: Half) -> Problem:
    assert trusted.date is not None
    julian = trusted.date.to_julian()
    correct = _in_calendar(trusted.date, other.calendar)
    message = (
        f"{mention.text!r}: {_label_text(trusted.label)} ({_LABEL[trusted.calendar]}) is "
        f"{_label_text(correct)} ({_LABEL[other.calendar]}), not {_label_text(other.label)}: "
        f"{_gap_message(trusted, other, julian)}"
    )
    replacement = corrected(mention, trusted, other, correct)
    token = mention.weekday
    wrong_weekday = None if token is None else weekday_mismatch(weekday_of(token.text), julian)
    if wrong_weekday is not None:
        # One fix for both faults, so that a second pass finds nothing.
        message += f"; and {wrong_weekday}"
        replacement = None if replacement is None else _with_weekday(replacement, mention, julian.weekday())
    return _make(mention, "inconsistent", message, replacement)


def _gap_message(trusted: Half, other: Half, julian: JulianDate) -> str:
    """How far apart the two halves are, as a gap beside the true one.

    The gap the text uses is the true gap plus the days from the day its O.S.
    half names to the day its N.S. half names.  It is counted between days,
    not between written labels: a label difference counted in one calendar's
    months would disagree with the other calendar's across a 29 February that
    only one of them has (Julian 29 February 1800).
    """
    gregorian_half, julian_half = (trusted, other) if trusted.calendar == "gregorian" else (other, trusted)
    assert gregorian_half.date is not None
    assert julian_half.date is not None
    apart = gregorian_half.date.toordinal() - julian_half.date.toordinal()
    true_gap = julian.offset()
    days = "day" if abs(apart) == 1 else "days"
    direction = "after" if apart > 0 else "before"
    return (
        f"its {_LABEL[gregorian_half.calendar]} half names the day {abs(apart)} {days} {direction} "
        f"its {_LABEL[julian_half.calendar]} half, so the text uses a gap of {true_gap + apart} days, "
        f"but in {year_text(julian.year, ENGLISH)} the Gregorian calendar ran {true_gap} days "
        "ahead of the Julian"
    )


def _in_calendar(day: JulianDate | GregorianDate, calendar: str) -> tuple[int, int, int]:
    if calendar == "gregorian":
        return day.to_gregorian_date().to_tuple()
    return day.to_julian().to_tuple()


def _split(mention: Mention, side: str) -> tuple[Half, Half]:
    first, second = mention.halves
    if side == "second" or (side in ("julian", "gregorian") and second.calendar == side):
        return second, first
    return first, second


def _consistent_if_swapped(mention: Mention) -> bool:
    try:
        days = [
            (GregorianDate(*h.label) if h.calendar == "julian" else JulianDate(*h.label)).toordinal()
            for h in mention.halves
        ]
    except OldstyleError:
        return False
    return days[0] == days[1]
