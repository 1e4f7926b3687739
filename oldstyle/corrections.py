"""A mention's text corrected: a half rewritten in place, or its labels swapped, in the writer's forms.

:mod:`oldstyle.checking` decides what is wrong and which day is right; this
module writes the fix: the day, month and year words of the untrusted half
as the writer wrote them ("7th", "1er", "1731/32", "07.11.1917"), or the
whole pair again in its style when it cannot be edited in place.
"""

from __future__ import annotations

from typing import Final

from oldstyle.core import format_iso
from oldstyle.formatting import STYLES, write_dual
from oldstyle.names import Language
from oldstyle.parsing import Half
from oldstyle.scanning import Mention
from oldstyle.wording import language_of_words, month_text, opposite_label
from oldstyle.wordtables import CALENDAR_OF_MARKER, DAY_OF_ORDINAL_WORD, day_ordinal_word, marker_key
from oldstyle.yearstart import dual_year_text

__all__ = ["corrected", "language", "swap_labels"]


def language(mention: Mention) -> Language:
    """The language the mention is written in, from its month, weekday and label words."""
    months = [half.month_token for half in mention.halves]
    read_as = [(half.month_token, half.label[1]) for half in mention.halves if half.month_token is not None]
    return language_of_words([*months, mention.weekday, *mention.markers], read_as)


def swap_labels(mention: Mention) -> str:
    """The mention with each O.S. label turned into N.S. and back, in the same words."""
    edits = [(t.start, t.end, _opposite_label(t.text)) for t in mention.markers]
    return _apply(mention, edits)


def _opposite_label(word: str) -> str:
    found = opposite_label(word)
    if found is not None:
        return found
    return "N.S." if CALENDAR_OF_MARKER.get(marker_key(word)) == "julian" else "O.S."


def corrected(mention: Mention, trusted: Half, other: Half, correct: tuple[int, int, int]) -> str | None:
    """The mention with the untrusted half rewritten in place, or in the same style if it cannot be."""
    edits = _half_edits(mention, other, correct)
    if edits is not None:
        return _apply(mention, edits)
    if any(half.range_start is not None for half in mention.halves):
        return None  # a range of days written again as one day would lose its first day
    if mention.style in STYLES and trusted.date is not None:
        year_start = "lady_day" if mention.dual_year else None
        text = write_dual(trusted.date.to_julian(), mention.style, language(mention), year_start=year_start)
        return _weekday_prefix(mention) + text
    return None


def _weekday_prefix(mention: Mention) -> str:
    """The weekday and what follows it up to the date ("Montag, "), or "" if none was written."""
    if mention.weekday is None:
        return ""
    tokens = [t for h in mention.halves for t in (h.day_token, h.month_token) if t is not None]
    return mention.text[: min(t.start for t in tokens) - mention.start]


def _half_edits(
    mention: Mention, half: Half, correct: tuple[int, int, int]
) -> list[tuple[int, int, str]] | None:
    year, month, day = correct
    if half.order == "feast":  # a feast's day is its name: no number to rewrite
        return None
    if half.order == "iso":
        token = half.day_token
        return [(token.start, token.end, format_iso(*correct))]
    if half.order == "numeric":  # "7.11.1917", keeping the written zero padding
        token = half.day_token
        day_digits, month_digits, _ = token.text.split(".")
        text = f"{day:0{len(day_digits)}d}.{month:0{len(month_digits)}d}.{year}"
        return [(token.start, token.end, text)]
    shared = [h for h in mention.halves if h is not half]
    edits = [(half.day_token.start, half.day_token.end, _day_text(day, half.day_token.text))]
    if half.range_start is not None:
        first_day = _range_start_edit(mention, half, month, day)
        if first_day is None:
            return None
        edits.append(first_day)
    if month != half.label[1]:
        month_token = half.month_token
        if month_token is None or any(h.month_token is month_token for h in shared):
            return None
        written_month = month_token.text
        if written_month.isdigit():  # "25.10(7.11).1917": a month written as a number, padding kept
            word = f"{month:0{len(written_month)}d}"
        else:
            word = month_text(month, written_month, language(mention))
        edits.append((month_token.start, month_token.end, word))
    if half.year_span is None:
        return edits if year == half.label[0] else None
    written = _at(mention, half.year_span)
    new_year = _year_text(correct, half.label[0], written)
    if new_year is None:
        return None
    if new_year != written:
        edits.append((*half.year_span, new_year))
    return edits


def _range_start_edit(mention: Mention, half: Half, month: int, day: int) -> tuple[int, int, str] | None:
    """The first day of a range the half ends ("24–26 June"), moved as far as its last day, or None
    if it cannot be (it lies before the mention, or the month changes)."""
    token = half.range_start
    assert token is not None
    if token.start < mention.start or month != half.label[1]:
        return None
    first = int(token.text) + day - half.label[2]
    return (token.start, token.end, _day_text(first, token.text)) if 1 <= first < day else None


def _at(mention: Mention, span: tuple[int, int]) -> str:
    return mention.text[span[0] - mention.start : span[1] - mention.start]


def _year_text(correct: tuple[int, int, int], label_year: int, written: str) -> str | None:
    """The year to write for a corrected half, as the writer wrote years, or None if unsure.

    A Lady Day dual year ("1731/32") is written again for the new day, so
    "21 March 1731/32" corrected to the 25th becomes "25 March 1732".
    """
    year, month, day = correct
    if "/" in written and year > 0:
        return dual_year_text(year, month, day, style="lady_day") or str(year)
    if year == label_year:
        return written
    return str(year) if year > 0 else None


_ENGLISH_ORDINALS: Final = frozenset({"st", "nd", "rd", "th", "d"})


def _day_text(day: int, written: str) -> str:
    """The day as the writer wrote days: "7", "7th" if they used English ordinals, French "1er"
    only for the first, and another suffix kept as written (Greek "20ην", "1º")."""
    if written.casefold() in DAY_OF_ORDINAL_WORD:  # "the twelfth of October"
        return day_ordinal_word(day, written)
    suffix = written.lstrip("0123456789")
    if not suffix:
        return str(day)
    if suffix.casefold() == "er":
        return "1er" if day == 1 else str(day)
    if suffix.casefold() not in _ENGLISH_ORDINALS:
        return f"{day}{suffix}"
    english = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{english}"


def _apply(mention: Mention, edits: list[tuple[int, int, str]]) -> str:
    """The mention's text with (start, end, new) edits at absolute offsets."""
    out: list[str] = []
    done = mention.start
    for start, end, new in sorted(edits):
        out.append(mention.text[done - mention.start : start - mention.start])
        out.append(new)
        done = end
    out.append(mention.text[done - mention.start :])
    return "".join(out)
