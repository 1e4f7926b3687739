"""Markdown source as a reader sees it: the date-marker syntax, and code set aside.

This module owns two facts about Markdown text that both the Python-Markdown
extension and the checkers need, without importing Python-Markdown or MkDocs:
the ``:os[...]``/``:ns[...]`` marker pattern, and which parts of a page are
code, HTML comments or markers (blanked by :func:`mask_markdown`, so that the
checker judges only the prose, at unchanged positions).
"""

from __future__ import annotations

import re

__all__ = ["MARKER_PATTERN", "MARKER_RE", "MAX_MARKER_BODY", "mask_markdown"]

MAX_MARKER_BODY = 200
"""Longest text read inside ``[...]`` or ``{...}``; longer markers are errors, and
the bound keeps matching linear on any input."""

MARKER_PATTERN = (
    r"(?<![\w:]):(os|ns)\["
    rf"([^\]\n]{{0,{MAX_MARKER_BODY}}})"
    rf"(?:(\])(?:\{{([^}}\n]{{0,{MAX_MARKER_BODY}}})(\}})?)?)?"
)
"""The marker syntax: ``:os[`` or ``:ns[``, a body, ``]``, then optional ``{attributes}``.

Groups: 1 calendar, 2 body, 3 the closing bracket (absent: unclosed marker),
4 attributes, 5 the closing brace (absent: unclosed attributes).  Every
repetition is bounded and no two alternatives can match the same text, so
the pattern never backtracks.
"""

MARKER_RE = re.compile(MARKER_PATTERN)
"""The compiled :data:`MARKER_PATTERN`."""

_FENCE_OPEN = re.compile(r"[ \t]*(`{3,}|~{3,})")
_BACKTICKS = re.compile(r"`+")


def _blank(text: str) -> str:
    # Keep newlines so that line and column numbers still point into the page.
    return re.sub(r"[^\n]", " ", text)


def _mask_fences(text: str) -> str:
    lines = text.splitlines(keepends=True)
    fence = ""
    for index, line in enumerate(lines):
        opening = _FENCE_OPEN.match(line)
        if fence:
            stripped = line.strip()
            closes = stripped.startswith(fence) and not stripped.strip(fence[0])
            lines[index] = _blank(line)
            if closes:
                fence = ""
        elif opening:
            fence = opening.group(1)
            lines[index] = _blank(line)
    return "".join(lines)


def _mask_code_spans(text: str) -> str:
    # A code span runs from a run of N backticks to the next run of exactly N.
    runs = list(_BACKTICKS.finditer(text))
    next_same: list[int | None] = [None] * len(runs)
    latest: dict[int, int] = {}
    for index in range(len(runs) - 1, -1, -1):
        width = len(runs[index].group(0))
        next_same[index] = latest.get(width)
        latest[width] = index
    pieces: list[str] = []
    position = 0
    index = 0
    while index < len(runs):
        closing = next_same[index]
        if closing is None:
            index += 1
            continue
        pieces.append(text[position : runs[index].start()])
        pieces.append(_blank(text[runs[index].start() : runs[closing].end()]))
        position = runs[closing].end()
        index = closing + 1
    pieces.append(text[position:])
    return "".join(pieces)


def _mask_html_comments(text: str) -> str:
    pieces: list[str] = []
    position = 0
    while (start := text.find("<!--", position)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        pieces.append(text[position:start])
        pieces.append(_blank(text[start : end + 3]))
        position = end + 3
    pieces.append(text[position:])
    return "".join(pieces)


def mask_markdown(text: str) -> str:
    """``text`` with code, HTML comments and date markers blanked out, same length and lines.

    What is left is the prose a reader sees as written, which is what the
    checker should judge: code examples may show wrong dates on purpose, and
    markers are right by construction.
    """
    text = _mask_fences(text)
    text = _mask_code_spans(text)
    text = _mask_html_comments(text)
    return MARKER_RE.sub(lambda m: _blank(m.group(0)), text)
