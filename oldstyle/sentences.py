"""Where the sentences and paragraphs of a stretch of tokens begin, for the context reader.

:mod:`oldstyle.context` weighs a calendar label, a year or the other half of
a pair by the sentence it stands in, and carries a year over only within a
paragraph: :func:`sentence_numbers` numbers each token's sentence.  A
sentence ends at a full stop before a capital or a line break (but not a
day's ordinal dot, "28. Januar", nor a month abbreviation's dot after a
day), at a blank line, and at a Markdown table cell's "|".
"""

from __future__ import annotations

import bisect
from operator import attrgetter
from typing import Final

from oldstyle.patterns import Token

__all__ = ["sentence_numbers"]

_SENTENCE_ENDS: Final = frozenset({".", "!", "?"})


def sentence_numbers(text: str, tokens: list[Token]) -> tuple[list[int], set[int]]:
    """The sentence number of each token, and the numbers of the sentences that open a paragraph.

    A sentence ends at ". " before a capital or a line break, at a blank line,
    and at a table cell's "|" (each cell of a Markdown table is its own context).
    """
    out: list[int] = []
    openers = {0}
    number = 0
    for index in _breaks(text, tokens):
        out.extend([number] * (index - len(out)))
        before, token = tokens[index - 1], tokens[index]
        gap = text[before.end : token.start]
        # a label keeps a full stop out of its token ("... in the Gregorian. The ..."), or ends
        # with its own dot ("25 October 1917 O.S. He ...")
        stop = before.text in _SENTENCE_ENDS or _dotted_word_stop(tokens, index - 1)
        stop = stop or (before.kind == "marker" and _label_stop(before, gap, token))
        ends = stop and bool(gap) and (token.text[:1].isupper() or "\n" in gap)
        ends = ends and not _day_dot(tokens, index)
        blank = "\n" in gap and gap.count("\n") >= 2
        if ends or blank or "|" in (token.text, before.text):
            number += 1
        if blank:
            openers.add(number)
    out.extend([number] * (len(tokens) - len(out)))
    return out, openers


def _breaks(text: str, tokens: list[Token]) -> list[int]:
    """The indices of the tokens that may open a sentence, in order: those after a full stop,
    a month word or a label (either may end with a sentence's dot), after a line break, and a
    cell's "|" and the token after it.  No other token opens one.

    Testing each token's gap in a loop cost more than the rest of the reading of a stretch
    but its dates: the few others are found with one pass over the tokens and C-level searches.
    """
    ends, kinds = _BREAK_TEXTS, _STOP_KINDS
    found = [index for index, token in enumerate(tokens, 1) if token.kind in kinds or token.text in ends]
    if not tokens:
        return found
    first, last = tokens[0].start, tokens[-1].end
    extra = []
    if text.find("|", first, last) >= 0:
        extra = [index for index, token in enumerate(tokens) if token.text == "|"]
    at = text.find("\n", first, last)
    while at >= 0:
        after = bisect.bisect_right(tokens, at, key=attrgetter("start"))  # the token after a line break
        extra.append(after)
        # the other breaks before that token (a blank line's second) are the same token's
        at = text.find("\n", tokens[after].start, last) if after < len(tokens) else -1
    if extra:
        found = sorted({0, *found, *extra})[1:]  # no token stands before the first
    while found and found[-1] >= len(tokens):
        found.pop()  # after the last token
    return found


_STOP_KINDS: Final = frozenset({"month", "marker"})
_BREAK_TEXTS: Final = _SENTENCE_ENDS | {"|"}


def _dotted_word_stop(tokens: list[Token], index: int) -> bool:
    """Whether the token at ``index`` is a word read as a month abbreviation with its dot that
    no day stands before, and so keeps a full stop: German "stürmten sie. Nach dem ..." (Polish
    "sie." is August), English "went out. On ..." (Portuguese "out." is October)."""
    token = tokens[index]
    return (
        token.kind == "month"
        and token.text.endswith(".")
        and (index == 0 or tokens[index - 1].kind not in ("number", "other"))
    )


def _label_stop(before: Token, gap: str, token: Token) -> bool:
    """Whether a full stop ends the label ``before``: one its token kept out ("... 20 May in the
    Gregorian. The ...", the gap's first character), or its own last dot before a word ("25 October
    1917 O.S. He ...", but not "O.S. 25 October" or "O.S. January 5")."""
    if gap[:1] in _SENTENCE_ENDS:
        return True
    return token.kind == "word" and before.text.endswith(".")


def _day_dot(tokens: list[Token], index: int) -> bool:
    """Whether the "." before token ``index`` follows a day and precedes its month ("28. Januar")."""
    return tokens[index].kind == "month" and index > 1 and tokens[index - 2].kind == "number"
