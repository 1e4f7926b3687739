"""Markdown source as a reader sees it: the date-marker syntax, and code set aside.

This module owns two facts about Markdown text that both the Python-Markdown
extension and the checkers need, without importing Python-Markdown or MkDocs:
the ``:os[...]``/``:ns[...]``/``:feast[...]`` marker pattern, and which parts of a page are
code, HTML comments or markers (blanked by :func:`mask_markdown`, so that the
checker judges only the prose, at unchanged positions).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = ["MARKER_PATTERN", "MARKER_RE", "MAX_MARKER_BODY", "mask_markdown"]

MAX_MARKER_BODY = 200
"""Longest text read inside ``[...]`` or ``{...}``; longer markers are errors, and
the bound keeps matching linear on any input."""

MARKER_PATTERN = (
    r":(?<![\w:]:)(os|ns|feast)\["
    rf"([^\]\n]{{0,{MAX_MARKER_BODY}}})"
    rf"(?:(\])(?:\{{([^}}\n]{{0,{MAX_MARKER_BODY}}})(\}})?)?)?"
)
"""The marker syntax: ``:os[``, ``:ns[`` or ``:feast[``, a body, ``]``, then optional ``{attributes}``.

Groups: 1 kind (``os``, ``ns`` or ``feast``), 2 body, 3 the closing bracket (absent: unclosed marker),
4 attributes, 5 the closing brace (absent: unclosed attributes).  Every
repetition is bounded and no two alternatives can match the same text, so
the pattern never backtracks.  It starts with the literal ``:`` (the check
that no word character or colon precedes it comes after), so that the regex
engine can skip to each colon instead of trying every position.
"""

MARKER_RE = re.compile(MARKER_PATTERN)
"""The compiled :data:`MARKER_PATTERN`."""

_FENCE_OPEN = re.compile(r"(`{3,}|~{3,})")
_LIST_ITEM = re.compile(r"([-+*]|[0-9]{1,9}[.)])([ \t]*)")
_HEADING = re.compile(r"#{1,6}(?:[ \t]|$)")
_BACKTICKS = re.compile(r"``*")  # as `+, but a literal first character lets the engine skip to each one
_RAW_HTML_OPEN = re.compile(r"<(pre|code|script|style|textarea)(?=[\s>/])", re.IGNORECASE)
_CLOSING_TAGS = {
    name: re.compile(rf"</{name}\s*>", re.IGNORECASE)
    for name in ("pre", "code", "script", "style", "textarea")
}
_BLOCK_MARKS = ("\n ", "\n\t", "\n>", "```", "~~~")  # an indented or quoted line, a fence
_CODE_INDENT = 4  # CommonMark: four columns of indentation make a line code
_BLOCK_OPENERS = "`~>-+*_=#0123456789"  # first characters of a fence, quote, list item, heading or rule


def _blank(text: str) -> str:
    # Keep newlines so that line and column numbers still point into the page.
    if "\n" not in text:
        return " " * len(text)
    return re.sub(r"[^\n]", " ", text)


def _indent(line: str) -> tuple[int, int]:
    """The columns of leading whitespace (tabs to the next multiple of 4) and its length in characters."""
    if line[:1] not in (" ", "\t"):  # most lines: no indentation at all
        return 0, 0
    columns = 0
    for count, char in enumerate(line):
        if char == " ":
            columns += 1
        elif char == "\t":
            columns += 4 - columns % 4
        else:
            return columns, count
    return columns, len(line)


class _Blocks:
    """CommonMark's block rules, as far as they decide which lines are code.

    Lines are fed in order (split at newlines only, as line numbers count them);
    :meth:`is_code` says whether a line belongs to a fenced or indented code
    block.  An indented line is code only where it cannot continue a
    paragraph and is indented four columns past the content of the list item
    it is in.  Inside a block quote the same rules apply after the ``>``
    markers; a quote's paragraph may go on lazily on lines without them.
    """

    def __init__(self) -> None:
        self.fence = ""
        self.paragraph = False
        self.items: list[int] = []  # content columns of the open list items, innermost last
        self.depth = 0  # how many block quotes the previous line was in

    def is_code(self, line: str) -> bool:
        """Whether ``line`` (the next line of the page) is code; updates the state."""
        if not self.depth:
            known = self._outside_quotes(line)
            if known is not None:
                return known
        depth, line = _unquoted(line)
        self._enter(depth)
        columns, width = _indent(line)
        rest = line[width:]
        if self.fence:
            if rest.startswith(self.fence) and not rest.rstrip().strip(self.fence[0]):
                self.fence = ""
            return True
        if not rest.strip():
            self.paragraph = False
            return False
        if self.paragraph:
            return self._after_text(columns, rest)
        while self.items and columns < self.items[-1]:
            self.items.pop()
        base = self.items[-1] if self.items else 0
        if columns >= base + _CODE_INDENT:
            return True
        return self._after_text(columns, rest)

    def _outside_quotes(self, line: str) -> bool | None:
        """The answer for most lines outside block quotes, or None where :meth:`is_code` must look.

        Same answers as the full rules, without their regular expressions: a line
        outside a fence that opens with a letter, ``|``, ``<`` or any other character
        that opens no block (not whitespace, and no fence, quote, list item, heading
        or rule mark) is prose that opens a paragraph (closing any list) or goes on
        with one; a blank line ends a paragraph; inside a fence, a line that opens
        with neither whitespace, ``>`` nor the fence's character cannot close it and
        is code.
        """
        first = line[:1]
        if self.fence:
            return True if first not in (" ", "\t", ">", self.fence[0]) else None
        if first and first not in _BLOCK_OPENERS and not first.isspace():
            if not self.paragraph:
                self.items = []
            self.paragraph = True
            return False
        if not line:
            self.paragraph = False
            return False
        return None

    def _enter(self, depth: int) -> None:
        # A new quote level starts new blocks; leaving one ends its blocks, unless
        # the line is a lazy continuation of the quote's open paragraph.
        if depth > self.depth or (depth < self.depth and not self.paragraph):
            self.fence = ""
            self.paragraph = False
            self.items = []
        self.depth = depth if depth > self.depth or not self.paragraph else self.depth

    def _after_text(self, columns: int, rest: str) -> bool:
        # A fence, a list item or a heading can start even where a paragraph is open.
        fence = _FENCE_OPEN.match(rest)
        if fence and not (fence.group(1)[0] == "`" and "`" in rest[fence.end() :]):
            self.fence = fence.group(1)
            self.paragraph = False
            return True
        item = _LIST_ITEM.match(rest)
        if item and (item.group(2) or item.end() == len(rest.rstrip())):
            while self.items and columns < self.items[-1]:
                self.items.pop()
            gap = _indent(item.group(2))[0]
            self.items.append(columns + len(item.group(1)) + (gap if 1 <= gap <= 4 else 1))
        self.paragraph = not (_HEADING.match(rest) or _is_rule(rest))
        return False


def _unquoted(line: str) -> tuple[int, str]:
    """How many block quotes ``line`` opens with (``>``, up to 3 spaces before, 1 after), and the rest."""
    depth = 0
    while True:
        stripped = line.lstrip(" ")
        if len(line) - len(stripped) > 3 or not stripped.startswith(">"):
            return depth, line
        line = stripped[2:] if stripped.startswith("> ") else stripped[1:]
        depth += 1


def _is_rule(rest: str) -> bool:
    """A thematic break or a setext underline (``---``, ``* * *``, ``===``): it ends a paragraph."""
    marks = rest.replace(" ", "").replace("\t", "").rstrip()
    return len(marks) >= 3 and marks[0] in "-*_=" and marks == marks[0] * len(marks)


def _may_hold_block(text: str) -> bool:
    """Whether a line of ``text`` is indented or quoted, or it holds a fence.

    ``in`` finds each mark at C speed; a regular expression opening with a
    character class would visit every character in Python's regex engine.
    """
    return text[:1] in (" ", "\t", ">") or any(mark in text for mark in _BLOCK_MARKS)


def _mask_code_blocks(text: str) -> str:
    if not _may_hold_block(text):
        return text  # no indented or quoted line and no fence: nothing to look at line by line
    blocks = _Blocks()
    return "\n".join(_blank(line) if blocks.is_code(line) else line for line in text.split("\n"))


def _blank_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with each (start, end) span blanked; the spans come in order and do not overlap."""
    pieces: list[str] = []
    position = 0
    for start, end in spans:
        pieces.append(text[position:start])
        pieces.append(_blank(text[start:end]))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _code_spans(text: str) -> Iterator[tuple[int, int]]:
    # A code span runs from a run of N backticks to the next run of exactly N.
    if "`" not in text:
        return  # `in` is a C-speed search; the regex engine visits every character of a page
    runs = list(_BACKTICKS.finditer(text))
    next_same: list[int | None] = [None] * len(runs)
    latest: dict[int, int] = {}
    for index in range(len(runs) - 1, -1, -1):
        width = len(runs[index].group(0))
        next_same[index] = latest.get(width)
        latest[width] = index
    index = 0
    while index < len(runs):
        closing = next_same[index]
        if closing is None:
            index += 1
            continue
        yield runs[index].start(), runs[closing].end()
        index = closing + 1


def _html_comments(text: str) -> Iterator[tuple[int, int]]:
    position = 0
    while (start := text.find("<!--", position)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            return
        yield start, end + 3
        position = end + 3


def _raw_html(text: str) -> Iterator[tuple[int, int]]:
    # <pre>, <code>, <script>, <style> and <textarea> hold code, not prose, up to
    # their closing tag (or, unclosed, to the end, as CommonMark reads an HTML block;
    # an unclosed <code> is inline and hides nothing).
    position = 0
    unclosed_code = False  # once no </code> follows, none follows a later <code> either
    while (opening := _RAW_HTML_OPEN.search(text, position)) is not None:
        name = opening.group(1).lower()
        skip = name == "code" and unclosed_code
        closing = None if skip else _CLOSING_TAGS[name].search(text, opening.end())
        if closing is None and name == "code":  # inline only: an unclosed one hides nothing
            unclosed_code = True
            position = opening.end()
            continue
        position = len(text) if closing is None else closing.end()
        yield opening.start(), position


def mask_markdown(text: str) -> str:
    """``text`` with code, HTML comments and date markers blanked out, same length and lines.

    Code is fenced (```` ``` ```` or ``~~~``) and indented code blocks (by
    CommonMark's rules: not inside a paragraph, four columns past a list
    item's content), code spans, and the contents of ``<pre>``, ``<code>``,
    ``<script>``, ``<style>`` and ``<textarea>`` elements.

    What is left is the prose a reader sees as written, which is what the
    checker should judge: code examples may show wrong dates on purpose, and
    markers are right by construction.
    """
    text = _mask_code_blocks(text)
    for spans in (_code_spans, _html_comments, _raw_html):  # each pass reads the text the last one left
        text = _blank_spans(text, spans(text))
    return MARKER_RE.sub(lambda m: _blank(m.group(0)), text)
