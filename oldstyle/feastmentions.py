"""Feast dates in the text layer: "Michaelmas 1666" as a ParsedDate, a Mention and a Problem.

:mod:`oldstyle.feasttext` reads feast dates; this module gives what it reads
the shapes the rest of the text layer uses, so that :func:`oldstyle.parse`,
:func:`oldstyle.scan`, :func:`oldstyle.check` and :func:`oldstyle.fix` handle
them beside dates written with a day number.  Those functions call in here
only where :func:`oldstyle.feastspots.feast_windows` finds a feast name
before a year, so text without one never loads the feast reader.

A feast date is one day, reckoned in one calendar (a region's, or the Roman
church's of the year: Julian to 1582, Gregorian from 1583): its
:class:`~oldstyle.ParsedDate` and :class:`~oldstyle.Mention` have one half,
in that calendar, the style ``"feast"`` and the feast in ``feast``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from oldstyle.checking import Problem
from oldstyle.churchyear import feast_info
from oldstyle.errors import DateParseError
from oldstyle.feasttext import MARKER, FeastMention, check_feasts, read_feast_mention, scan_feasts
from oldstyle.pairing import PAIR_DAYS, new_clause
from oldstyle.parsing import Half, ParsedDate
from oldstyle.patterns import Token, tokenize
from oldstyle.scanning import Mention
from oldstyle.wordtables import CALENDAR_OF_MARKER, marker_key

if TYPE_CHECKING:
    from oldstyle.reforms import Region

__all__ = ["FEAST_STYLE", "feast_problems", "parse_feast", "with_feasts"]

FEAST_STYLE = "feast"
"""The ``style`` of a date read from a feast."""


_LABEL_AFTER: Final = re.compile(
    rf"[ \t]?,?[ \t]?(?P<open>\()?[ \t]?(?P<mark>{MARKER.pattern})", re.IGNORECASE
)


def _calendar_of(label: str | None) -> str | None:
    """ "julian" or "gregorian" for a calendar label alone ("O.S.", "New Style"), else None."""
    found = None if label is None else MARKER.fullmatch(label.strip())
    calendar = None if found is None else CALENDAR_OF_MARKER.get(marker_key(found[0]))
    return calendar if calendar in ("julian", "gregorian") else None


def _labelled(text: str, found: FeastMention) -> FeastMention:
    """A feast date whose calendar is written ("Michaelmas 1666 O.S.", "Michaelmas (N.S.) 1666"),
    reckoned in that calendar and its computus, the label included: the writer's label wins
    over a region's reckoning."""
    end, calendar = found.end, _calendar_of(found.own)
    after = _LABEL_AFTER.match(text, found.end)
    if calendar is None and after is not None:
        end = after.end()
        if after["open"] is not None:  # "(O.S.)": the label and its closing parenthesis
            end = end + 1 if text.startswith(")", end) else -1
        calendar = _calendar_of(after["mark"]) if end >= 0 else None
    if calendar is None:
        return found
    day = read_feast_mention(found.text, computus=calendar).day
    return replace(found, end=end, text=text[found.start : end], day=day)


def _half(found: FeastMention) -> Half:
    """The one half of a feast date: the day in the calendar it was reckoned in."""
    token = Token(FEAST_STYLE, found.text, found.start, found.end)
    return Half(
        calendar=found.day.calendar,
        label=found.day.to_tuple(),
        date=found.day,
        error=None,
        day_token=token,
        month_token=None,
        order=FEAST_STYLE,
        own_year=True,
        year_span=None,
    )


def parse_feast(text: str, region: str | Region | None = None, *, computus: str | None = None) -> ParsedDate:
    """The :class:`~oldstyle.ParsedDate` of a feast date, the whole of ``text`` ("Michaelmas 1666").

    ``region`` and ``computus`` are those of :func:`oldstyle.feast`; a label
    written after the feast date ("Michaelmas 1666 O.S.") overrides both.

    Raises :class:`~oldstyle.DateParseError` (naming the closest feast for a
    misspelt one) and the errors of :func:`oldstyle.feast`.
    """
    stripped = text.strip().removesuffix(".")
    try:
        found = read_feast_mention(stripped, region, computus=computus)
    except DateParseError:
        labels = list(_LABEL_AFTER.finditer(stripped))  # "Michaelmas 1666 O.S.": read before the label
        if not labels:
            raise
        found = read_feast_mention(stripped[: labels[-1].start()], region, computus=computus)
    found = _labelled(stripped, found)
    if found.end != len(stripped):
        raise DateParseError(f"{stripped[:80]!r}: read a feast date up to {found.text!r}, not what follows")
    day = found.day
    return ParsedDate(
        text=text,
        julian=day if day.calendar == "julian" else None,  # type: ignore[arg-type]
        gregorian=day if day.calendar == "gregorian" else None,  # type: ignore[arg-type]
        calendar=day.calendar,
        label=day.to_tuple(),
        style=FEAST_STYLE,
        consistent=True,
        halves=(_half(found),),
        feast=found.feast,
    )


def feast_suggestion(text: str) -> str | None:
    """Why ``text`` is no feast date, where it names a feast nearly ("Michelmas 1666") or names
    one without a year ("Michaelmas"), else None."""
    try:
        entry, _ = feast_info(text.strip()[:80])
    except ValueError:
        pass
    else:
        return f"{text.strip()[:80]!r} names a feast but no year: write one, e.g. '{entry.name} 1666'"
    try:
        read_feast_mention(text)
    except DateParseError as error:
        return str(error) if "did you mean" in str(error) else None
    except ValueError:  # a feast date whose day cannot be given: parse's own message is clearer
        return None
    return None


def _mention(text: str, found: FeastMention) -> Mention:
    day = found.day
    return Mention(
        start=found.start,
        end=found.end,
        line=found.line,
        column=found.column,
        text=text[found.start : found.end],
        julian=day if day.calendar == "julian" else None,  # type: ignore[arg-type]
        gregorian=day if day.calendar == "gregorian" else None,  # type: ignore[arg-type]
        consistent=True,
        style=FEAST_STYLE,
        halves=(_half(found),),
        feast=found.feast,
    )


def with_feasts(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the feast dates of ``text`` added, in text order.

    A date written inside a feast date ("Michaelmas (29 September) 1712")
    is part of it: the feast date is the one mention.
    A feast date with its calendar named and a date in the other calendar
    beside it in the sentence ("born on Christmas Day 1642 by the Julian
    calendar but on 4 January 1643 by the Gregorian") are one pair.
    """
    labelled = [(found, _labelled(text, found)) for found in scan_feasts(text)]
    feasts = [_mention(text, found) for _, found in labelled]
    if not feasts:
        return mentions
    kept = [m for m in mentions if not any(m.start < f.end and f.start < m.end for f in feasts)]
    ordered = sorted([*kept, *feasts], key=lambda m: (m.start, m.end))
    named = {f.start for (bare, found), f in zip(labelled, feasts, strict=True) if found.end != bare.end}
    return _paired(text, ordered, named)


# Where a sentence ends between a feast date and its other half: no pair across it.
_SENTENCE_END: Final = re.compile(r"[.!?;]\s+([^\W\d_])")
_PAIR_SPAN: Final = 80  # characters between the halves of a pair written in one clause


def _paired(text: str, mentions: list[Mention], named: set[int]) -> list[Mention]:
    """``mentions`` with each feast date whose calendar is named joined to its other half, if any."""
    result: list[Mention] = []
    for mention in mentions:
        previous = result[-1] if result else None
        if previous is not None and (previous.start in named or mention.start in named):
            joined = _joined(text, previous, mention)
            if joined is not None:
                result[-1] = joined
                continue
        result.append(mention)
    return result


def _ends_sentence(between: str) -> bool:
    """Whether a sentence ends in ``between`` (the dot of "O.S." may end one: "1642 O.S. He died")."""
    return any(found[0][0] == ";" or found[1].isupper() for found in _SENTENCE_END.finditer(between))


def _joined(text: str, first: Mention, second: Mention) -> Mention | None:
    """One feast date and one marked date in the other calendar as one pair, if they are one."""
    if len(first.halves) != 1 or len(second.halves) != 1 or (first.feast is None) == (second.feast is None):
        return None
    other = second if first.feast is not None else first
    if not other.marked or first.halves[0].calendar == second.halves[0].calendar:
        return None
    between = text[first.end : second.start]
    if len(between) > _PAIR_SPAN or _ends_sentence(text[first.end - 1 : second.start]):
        return None
    if new_clause(tokenize(between)):
        return None
    days = [mention.halves[0].date for mention in (first, second)]
    if days[0] is None or days[1] is None or abs(days[0].toordinal() - days[1].toordinal()) > PAIR_DAYS:
        return None
    julian, gregorian = (first, second) if first.halves[0].calendar == "julian" else (second, first)
    return replace(
        first,
        end=second.end,
        text=text[first.start : second.end],
        julian=julian.julian,
        gregorian=gregorian.gregorian,
        consistent=days[0].toordinal() == days[1].toordinal(),
        marked=True,
        halves=(first.halves[0], second.halves[0]),
        markers=(*first.markers, *second.markers),
        feast=first.feast or second.feast,
    )


def feast_problems(text: str, problems: list[Problem]) -> list[Problem]:
    """``problems`` with every feast written beside a wrong day added (kind ``"feast"``), in order.

    A correction that would overlap another problem's is dropped (the
    problem is still listed), so :func:`oldstyle.fix` never edits one span twice.
    """
    found = [
        Problem(
            "feast",
            f"{text[p.start : p.end]!r}: {p.message}",
            p.line,
            p.column,
            p.start,
            p.end,
            None,
            p.replacement,
        )
        for p in check_feasts(text)
    ]
    if not found:
        return problems
    ordered = sorted([*problems, *found], key=lambda p: (p.start, p.end))
    result: list[Problem] = []
    fixed_up_to = -1
    for problem in ordered:
        if problem.replacement is not None:
            if problem.start < fixed_up_to:
                problem = replace(problem, replacement=None)
            else:
                fixed_up_to = problem.end
        result.append(problem)
    return result
