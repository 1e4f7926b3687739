"""MkDocs plugin: render date markers and check every page's hand-written dual dates.

Add it to ``mkdocs.yml``::

    plugins:
      - search
      - oldstyle:
          style: os-ns        # default style for :os[...] / :ns[...] markers
          region: GB          # year-start convention for markers (optional)
          check: true         # check hand-written dual dates (default)
          allow:              # texts (or regular expressions) never reported
            - "5/16 June 1611"

Every problem is logged as a WARNING naming the page, line, column and the
correct value, so ``mkdocs build --strict`` fails on it.  Code (spans, fenced
and indented blocks, ``<pre>`` and ``<code>``), HTML comments and the markers
themselves are not checked (see :func:`oldstyle.markup.mask_markdown`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from oldstyle.errors import OldstyleError
from oldstyle.markdown_ext import MarkerOptions, OldstyleExtension
from oldstyle.markup import mask_markdown

if TYPE_CHECKING:
    from oldstyle.checking import Problem

__all__ = [
    "OldstyleConfig",
    "OldstylePlugin",
    "check_markdown",
    "is_allowed",
    "line_around",
    "problem_report",
]

log = get_plugin_logger(__name__)

_EXTENSION_NAMES = ("oldstyle", "oldstyle.markdown_ext")
_BOM = "\ufeff"
_DIGIT = re.compile(r"\d")


class OldstyleConfig(Config):  # type: ignore[no-untyped-call]  # mkdocs' __init_subclass__ is untyped
    """The plugin's options in ``mkdocs.yml``."""

    style = config_options.Type(str, default="os-ns")
    """Default style of rendered markers (a name from ``oldstyle.formatting.STYLES``)."""
    region = config_options.Type(str, default="")
    """Region code whose year-start convention markers use (e.g. ``GB``); empty for none."""
    language = config_options.Type(str, default="en")
    """Language of month names in rendered markers."""
    weekday = config_options.Type(bool, default=False)
    """Whether rendered markers start with the day of the week ("Wednesday, 25 October ...")."""
    check = config_options.Type(bool, default=True)
    """Whether to check hand-written dual dates on every page."""
    allow = config_options.ListOfItems(config_options.Type(str), default=[])
    """Texts or regular expressions: a mention, or a line, containing one is never reported."""


def is_allowed(written: str, allow: Iterable[str]) -> bool:
    """Whether ``written`` contains an allow-list entry, as plain text or as a regular expression."""
    for entry in allow:
        if entry in written:
            return True
        try:
            if re.search(entry, written):
                return True
        except re.error:
            continue
    return False


def check_markdown(text: str, *, allow: Sequence[str] = ()) -> list[Problem]:
    """The dual-date problems in a Markdown page's prose.

    A problem is left out if its text, or the line it is on, contains an entry of
    ``allow`` (see :func:`is_allowed`).  Lines are what line numbers count: text
    between newline characters (a form feed or a Unicode line separator does not
    end one), without a final carriage return; a byte-order mark at the start is
    not a column.
    """
    if not _DIGIT.search(text):
        return []  # every date has a digit: a page without one needs neither masking nor the checker
    return list(_checked(text, tuple(allow)))


@lru_cache(maxsize=1024)  # `mkdocs serve` rebuilds every page on each change; most are as they were
def _checked(text: str, allow: tuple[str, ...]) -> tuple[Problem, ...]:
    masked = mask_markdown(text)
    if not _DIGIT.search(masked):
        return ()
    from oldstyle.checking import check  # the text layer, loaded by the first page that may need it

    return tuple(
        _without_bom_column(text, p)
        for p in check(masked)
        if not is_allowed(text[p.start : p.end], allow) and not is_allowed(line_around(text, p.start), allow)
    )


def line_around(text: str, offset: int) -> str:
    """The line of ``text`` that holds ``offset``, as line numbers count lines (split at newlines only)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : len(text) if end < 0 else end]
    return line.removesuffix("\r")


def _without_bom_column(text: str, problem: Problem) -> Problem:
    # An editor shows no column for a byte-order mark, so a date right after it is in column 1.
    if problem.line == 1 and text.startswith(_BOM):
        return replace(problem, column=problem.column - 1)
    return problem


def problem_report(page: str, problem: Problem) -> str:
    """One warning line: ``page:line:column: message. Correct value: '...'.``"""
    where = f"{page}:{problem.line}:{problem.column}"
    fix = f" Correct value: {problem.replacement!r}." if problem.replacement else ""
    return f"{where}: {problem.message.rstrip('.')}.{fix}"


class OldstylePlugin(BasePlugin[OldstyleConfig]):  # type: ignore[no-untyped-call]  # as above
    """Renders ``:os[...]``/``:ns[...]`` markers and checks hand-written dual dates."""

    def __init__(self) -> None:
        super().__init__()
        self._page = ""
        self._source = ""
        self._cursor: dict[str, int] = {}

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        """Check the options and add the marker extension, configured from them."""
        options = MarkerOptions(
            self.config.style, self.config.region, self.config.language, self.config.weekday
        )
        try:
            options.validated()
        except OldstyleError as error:
            raise PluginError(f"oldstyle plugin: {error}") from None
        extensions: list[Any] = [e for e in config.markdown_extensions if e not in _EXTENSION_NAMES]
        extensions.append(
            OldstyleExtension(
                reporter=self._report_marker,
                style=options.style,
                region=options.region,
                language=options.language,
                weekday=options.weekday,
            )
        )
        config.markdown_extensions = extensions
        return config

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        """Remember the page for marker reports and log every dual-date problem in it."""
        self._page = page.file.src_uri
        self._source = markdown
        self._cursor = {}
        if self.config.check:
            for problem in check_markdown(markdown, allow=self.config.allow):
                log.warning(problem_report(self._page, problem))
        return markdown

    def _report_marker(self, marker: str, reason: str) -> None:
        # The Markdown processor does not know source lines; find the marker
        # in the page, moving past earlier reports of the same text.
        start = self._source.find(marker, self._cursor.get(marker, 0))
        self._cursor[marker] = start + 1 if start >= 0 else 0
        line = self._source.count("\n", 0, start) + 1 if start >= 0 else 0
        where = f"{self._page}:{line}" if line else self._page
        log.warning(f"{where}: cannot render date marker {marker}: {reason}")
