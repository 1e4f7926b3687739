"""Code in Markdown is never checked and never "fixed": indented and fenced blocks, <pre>, <code>, ...

Tested through every path that reads Markdown: ``check(mask_markdown(...))``, the
MkDocs plugin's :func:`check_markdown` and a real build, and ``oldstyle check
--fix`` on a ``.md`` file (through the CLI entry point only).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oldstyle.checking import check
from oldstyle.cli import main
from oldstyle.markup import mask_markdown
from oldstyle.mkdocs_plugin import check_markdown

WRONG = "25 October (O.S.; 8 November N.S.) 1917"
RIGHT = "25 October (O.S.; 7 November N.S.) 1917"

# Each page holds WRONG only inside code: nothing may be reported or rewritten.
CODE_PAGES = {
    "indented after a blank line": f"Some text.\n\n    {WRONG}\n",
    "indented at the start": f"    {WRONG}\n\nText.\n",
    "indented with a tab": f"Text.\n\n\t{WRONG}\n",
    "indented after a heading": f"# Dates\n    {WRONG}\n",
    "indented after a rule": f"Text.\n\n---\n    {WRONG}\n",
    "indented, two lines with a blank between": f"Text.\n\n    x\n\n    {WRONG}\n",
    "indented code in a list item": f"- item\n\n        {WRONG}\n",
    "indented code in an ordered item": f"1. item\n\n       {WRONG}\n",
    "pre block": f"<pre>\n{WRONG}\n</pre>\n",
    "pre with attributes": f'<PRE class="x">{WRONG}</PRE>\n',
    "unclosed pre runs to the end": f"<pre>\n\n{WRONG}\n",
    "inline code element": f"A <code>{WRONG}</code> here.\n",
    "script": f"<script>\nlet d = '{WRONG}';\n</script>\n",
    "style": f"<style>\n/* {WRONG} */\n</style>\n",
    "backtick fence": f"```text\n{WRONG}\n```\n",
    "tilde fence": f"~~~\n{WRONG}\n~~~\n",
    "fence in a list item": f"1. item\n\n   ```\n   {WRONG}\n   ```\n",
    "code span": f"A `{WRONG}` here.\n",
    "HTML comment": f"<!--\n{WRONG}\n-->\n",
    "indented code in a block quote": f"> Quoted.\n>\n>     {WRONG}\n",
    "fence in a block quote": f"> ```\n> {WRONG}\n> ```\n",
}

# Each page holds WRONG in prose: it must be reported (and fixed).
PROSE_PAGES = {
    "indented line continuing a paragraph": f"Some text\n    {WRONG}\n",
    "list item continuation paragraph": f"- item\n\n    {WRONG}\n",
    "ordered item continuation paragraph": f"1. item\n\n    {WRONG}\n",
    "after a fence closes": f"```\nx\n```\n{WRONG}\n",
    "after a pre closes": f"<pre>x</pre>\n{WRONG}\n",
    "unclosed code element": f"A <code> and {WRONG}\n",
    "after a list, unindented": f"- item\n\n{WRONG}\n",
    "three spaces are not code": f"Text.\n\n   {WRONG}\n",
    "indented line continuing a quoted paragraph": f"> Quoted\n>     {WRONG}\n",
    "lazy continuation of a quoted paragraph": f"> Quoted\n    {WRONG}\n",
    "after a quoted fence, the quote ends": f"> ```\n> x\n\n{WRONG}\n",
}


@pytest.mark.parametrize("page", list(CODE_PAGES.values()), ids=list(CODE_PAGES))
def test_code_is_not_checked(page: str) -> None:
    assert check(page) != []  # unmasked, the wrong date is there to be found
    assert check(mask_markdown(page)) == []
    assert check_markdown(page) == []


@pytest.mark.parametrize("page", list(PROSE_PAGES.values()), ids=list(PROSE_PAGES))
def test_prose_is_checked(page: str) -> None:
    (problem,) = check(mask_markdown(page))
    assert problem.replacement == RIGHT
    assert len(check_markdown(page)) == 1


@pytest.mark.parametrize("page", list(CODE_PAGES.values()), ids=list(CODE_PAGES))
def test_check_fix_leaves_code_in_a_markdown_file_alone(tmp_path: Path, page: str) -> None:
    path = tmp_path / "page.md"
    prose = "" if page.startswith("<pre>\n\n") else f"\nProse: {WRONG}\n"  # unclosed <pre> hides the rest
    path.write_text(page + prose, encoding="utf-8")
    assert main(["check", "--fix", str(path)]) == 0
    assert path.read_text(encoding="utf-8") == page + prose.replace(WRONG, RIGHT)


def test_check_without_fix_reports_only_the_prose(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.md"
    page = f"Intro.\n\n    {WRONG}\n\n<pre>\n{WRONG}\n</pre>\n\nProse: {WRONG}\n"
    path.write_text(page, encoding="utf-8")
    assert main(["check", str(path)]) == 1
    reported = capsys.readouterr().out.splitlines()
    assert len(reported) == 1
    assert reported[0].startswith(f"{path}:9:8: ")


_PIECES = [
    "\n",
    "\n\n",
    "    ",
    "\t",
    "- ",
    "1. ",
    "```",
    "~~~",
    "<pre>",
    "</pre>",
    "<code>",
    "`",
    "# ",
    WRONG,
    "x",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_masking_keeps_length_and_line_breaks(pieces: list[str]) -> None:
    text = "".join(pieces)
    masked = mask_markdown(text)
    assert len(masked) == len(text)
    assert [i for i, c in enumerate(masked) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
    assert all(m in (c, " ") for m, c in zip(masked, text, strict=True))
