"""The MkDocs plugin, tested by building real tiny sites with `mkdocs build`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oldstyle.checking import check
from oldstyle.markup import mask_markdown
from oldstyle.mkdocs_plugin import check_markdown, is_allowed, line_around

REPO = Path(__file__).resolve().parent.parent
WRONG_KULIKOVO = "8 September (O.S.; 21 September N.S.) 1380"


@dataclass
class Build:
    returncode: int
    log: str
    site: Path

    def html(self, page: str = "index") -> str:
        path = self.site / ("index.html" if page == "index" else f"{page}/index.html")
        return path.read_text(encoding="utf-8")


def build_site(
    root: Path, pages: dict[str, str], plugin: str = "  - oldstyle", *, strict: bool = True, extra: str = ""
) -> Build:
    """Write a site with the given pages and plugin entry, build it, and return the outcome."""
    docs = root / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    for name, text in pages.items():
        (docs / name).write_text(textwrap.dedent(text), encoding="utf-8")
    config = f"site_name: test\nplugins:\n{plugin}\n{extra}"
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    command = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(root / "site")]
    if strict:
        command.append("--strict")
    done = subprocess.run(
        command, cwd=root, capture_output=True, text=True, timeout=120, env={**os.environ, "NO_COLOR": "1"}
    )
    return Build(done.returncode, done.stdout + done.stderr, root / "site")


def test_markers_render_in_the_built_html(tmp_path: Path) -> None:
    build = build_site(tmp_path, {"index.md": "# Home\n\nStormed on :os[1917-10-25].\n"})
    assert build.returncode == 0, build.log
    element = re.search(r"<time [^>]*>[^<]*</time>", build.html())
    assert element is not None
    for attribute in ('datetime="1917-11-07"', 'data-julian="1917-10-25"', 'data-gregorian="1917-11-07"'):
        assert attribute in element.group(0)
    assert element.group(0).endswith(">25 October (O.S.; 7 November N.S.) 1917</time>")


def test_plugin_options_set_the_marker_defaults(tmp_path: Path) -> None:
    plugin = "  - oldstyle:\n      style: bracket\n      region: GB"
    build = build_site(tmp_path, {"index.md": ":os[1917-10-25] and :os[1732-02-11]{style=os-ns}\n"}, plugin)
    assert build.returncode == 0, build.log
    assert "7 November [O.S. 25 October] 1917</time>" in build.html()
    assert "1731/32" in build.html()


def test_the_weekday_option_and_attribute(tmp_path: Path) -> None:
    plugin = "  - oldstyle:\n      weekday: true"
    build = build_site(tmp_path, {"index.md": ":os[1917-10-25] and :os[1917-10-26]{weekday=no}\n"}, plugin)
    assert build.returncode == 0, build.log
    assert ">Wednesday, 25 October (O.S.; 7 November N.S.) 1917</time>" in build.html()
    assert ">26 October (O.S.; 8 November N.S.) 1917</time>" in build.html()


def test_a_wrong_hand_written_dual_date_fails_strict_naming_page_line_and_correct_value(
    tmp_path: Path,
) -> None:
    pages = {
        "index.md": "# Home\n",
        "battles.md": f"# Battles\n\nKulikovo was fought on {WRONG_KULIKOVO}.\n",
    }
    build = build_site(tmp_path, pages)
    assert build.returncode != 0
    warnings = [line for line in build.log.splitlines() if line.startswith("WARNING") and "oldstyle" in line]
    assert len(warnings) == 1, build.log
    assert "battles.md:3:" in warnings[0]
    assert "16 September" in warnings[0]
    assert "Aborted with 1 warnings in strict mode" in build.log


def test_without_strict_the_build_succeeds_but_still_warns(tmp_path: Path) -> None:
    build = build_site(tmp_path, {"index.md": f"{WRONG_KULIKOVO}\n"}, strict=False)
    assert build.returncode == 0
    assert "index.md:1:" in build.log
    assert WRONG_KULIKOVO in build.html()  # the checker reports; it never rewrites the page


def test_correct_dates_code_blocks_and_allow_list_pass_strict(tmp_path: Path) -> None:
    page = f"""\
        # Dates

        The October Revolution: 25 October (O.S.; 7 November N.S.) 1917.

        A wrong example, shown on purpose: `{WRONG_KULIKOVO}`

        ```text
        {WRONG_KULIKOVO}
        ```

        <!-- {WRONG_KULIKOVO} -->

        As the monument says, {WRONG_KULIKOVO}.
        """
    plugin = '  - oldstyle:\n      allow:\n        - "monument says"'
    build = build_site(tmp_path, {"index.md": page}, plugin)
    assert build.returncode == 0, build.log


def test_indented_code_and_pre_blocks_do_not_warn(tmp_path: Path) -> None:
    code = f"    {WRONG_KULIKOVO}\n\n<pre>\n{WRONG_KULIKOVO}\n</pre>\n\n- item\n\n        {WRONG_KULIKOVO}\n"
    page = f"# Code\n\nText.\n\n{code}"
    build = build_site(tmp_path, {"index.md": page})
    assert build.returncode == 0, build.log
    assert "WARNING" not in build.log


def test_check_can_be_turned_off(tmp_path: Path) -> None:
    build = build_site(tmp_path, {"index.md": f"{WRONG_KULIKOVO}\n"}, "  - oldstyle:\n      check: false")
    assert build.returncode == 0, build.log


def test_a_bad_marker_renders_an_error_and_fails_strict_naming_page_and_line(tmp_path: Path) -> None:
    pages = {"index.md": "# Home\n\nfine :os[1917-10-25]\n\nbad :os[1917-02-30] and :os[banana]\n"}
    build = build_site(tmp_path, pages)
    assert build.returncode != 0
    assert "index.md:5: cannot render date marker :os[1917-02-30]" in build.log
    assert "index.md:5: cannot render date marker :os[banana]" in build.log
    lenient = build_site(tmp_path, pages, strict=False)
    assert lenient.returncode == 0
    assert '<span class="oldstyle-error"' in lenient.html()
    assert "25 October (O.S.; 7 November N.S.) 1917</time>" in lenient.html()


def test_a_bad_plugin_option_stops_the_build_with_a_clear_message(tmp_path: Path) -> None:
    build = build_site(tmp_path, {"index.md": "x\n"}, "  - oldstyle:\n      style: nope")
    assert build.returncode != 0
    assert "oldstyle plugin" in build.log
    assert "nope" in build.log


def test_a_weekday_option_that_is_not_true_or_false_stops_the_build(tmp_path: Path) -> None:
    build = build_site(tmp_path, {"index.md": "x\n"}, "  - oldstyle:\n      weekday: maybe")
    assert build.returncode != 0
    assert "weekday" in build.log
    assert "Traceback" not in build.log


def test_listing_the_extension_too_does_not_register_it_twice(tmp_path: Path) -> None:
    extra = "markdown_extensions:\n  - oldstyle\n"
    build = build_site(tmp_path, {"index.md": ":os[1917-10-25]\n"}, extra=extra)
    assert build.returncode == 0, build.log
    assert build.html().count("<time") == 1


def test_mask_markdown_keeps_length_and_lines_and_hides_code() -> None:
    text = "a `b`\n```\nc\n```\n~~~~\nd\n~~~~\n<!-- e\n -->\n:os[1917-10-25] f ``g ` h``\n"
    masked = mask_markdown(text)
    assert len(masked) == len(text)
    assert masked.count("\n") == text.count("\n")
    for hidden in "bcdeg":
        assert hidden not in masked
    assert "a" in masked
    assert "f" in masked
    assert ":os" not in masked


def test_mask_markdown_leaves_unclosed_code_alone() -> None:
    assert mask_markdown("a `b\n<!-- c") == "a `b\n<!-- c"


def test_is_allowed_takes_text_or_regular_expressions() -> None:
    assert is_allowed("8 September (O.S.; 21 September N.S.) 1380", ["(O.S.; 21"])
    assert is_allowed("8 September (O.S.; 21 September N.S.) 1380", [r"\b13\d\d$"])
    assert not is_allowed("8 September 1380", ["[unclosed", "1917"])


def test_check_markdown_reports_lines_in_the_original_page() -> None:
    text = f"```\n{WRONG_KULIKOVO}\n```\n\nx {WRONG_KULIKOVO}\n"
    problems = check_markdown(text)
    assert [(p.line, p.column) for p in problems] == [(5, 3)]


@pytest.mark.parametrize("separator", ["\x0c", "\r", "\x0b", "\x1c", "\x85", "\u2028", "\u2029"])
def test_the_allow_list_sees_the_line_that_line_numbers_count(separator: str) -> None:
    # Only "\n" ends a line: a form feed or a Unicode line separator is inside one.
    text = f"intro{separator}errata\n{WRONG_KULIKOVO}\n"
    (problem,) = check_markdown(text, allow=["errata"])
    assert problem.line == 2
    allowed = f"intro{separator}more\n{WRONG_KULIKOVO} (see errata)\n"
    assert check_markdown(allowed, allow=["errata"]) == []
    assert check_markdown(allowed, allow=[r"\(see errata\)$"]) == []


def test_line_around_splits_at_newlines_only_and_drops_a_carriage_return() -> None:
    text = "a\x0cb\r\nc\u2028d\n\ne"
    assert [line_around(text, i) for i in (0, 2, 5, 9, 10)] == ["a\x0cb", "a\x0cb", "c\u2028d", "", "e"]


def test_a_byte_order_mark_is_not_a_column() -> None:
    (problem,) = check_markdown(f"\ufeff{WRONG_KULIKOVO}\n")
    assert (problem.line, problem.column) == (1, 1)
    problems = check_markdown(f"\ufeffOn {WRONG_KULIKOVO}\n{WRONG_KULIKOVO}\n")
    assert [(p.line, p.column) for p in problems] == [(1, 4), (2, 1)]


_DIGIT_FREE_WORDS = ["October", "November", "O.S.", "N.S.", "(", ")", "[", "]", ";", "/", "Old Style", "BC"]


@given(st.lists(st.sampled_from([*_DIGIT_FREE_WORDS, " ", "\n", "x"]), max_size=40))
def test_a_page_without_digits_has_nothing_to_check(words: list[str]) -> None:
    # The plugin skips the checker on such pages; the checker agrees that they hold no date.
    text = " ".join(words)
    assert check(text) == []
    assert check_markdown(text) == []


_LOADS_AFTER_A_DIGIT_FREE_PAGE = """
import sys
from oldstyle.mkdocs_plugin import check_markdown
check_markdown("# A page\\n\\nNo dates here, only 'October' and (O.S.).\\n")
print(sorted(m for m in ("oldstyle.checking", "oldstyle.parsing", "oldstyle.scanning") if m in sys.modules))
"""


def test_the_plugin_loads_the_text_layer_only_for_pages_with_a_digit() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _LOADS_AFTER_A_DIGIT_FREE_PAGE], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_check_markdown_gives_a_fresh_list_each_time() -> None:
    page = f"x {WRONG_KULIKOVO}\n"
    first = check_markdown(page)
    first.clear()
    assert len(check_markdown(page)) == 1
    assert check_markdown(page, allow=["x 8 September"]) == []


def test_the_project_docs_build_with_strict(tmp_path: Path) -> None:
    if not (REPO / "docs" / "performance.md").exists():
        pytest.skip("docs/performance.md (written by the benchmarks) is not there yet")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    famous = (tmp_path / "site" / "famous-dates" / "index.html").read_text(encoding="utf-8")
    assert "oldstyle-error" not in famous
    assert famous.count('<time class="oldstyle"') >= 30


CLI_COMMANDS = ("", "convert", "check", "offset", "cal", "regions", "easter", "feast")
CLI_INTRO = """\
# Command line

The `oldstyle` command converts dates, checks text for wrong dual dates, explains the offset,
draws calendars, lists the reform table and finds Easter and the feasts of a year. Every command
takes `--format json` or a similar machine-readable option where it makes sense, and `--help` for
the text below.

This page is generated from `oldstyle --help` (run `python tests/test_mkdocs_plugin.py` to
refresh it; a test fails when it is out of date).
"""


def cli_help(command: str) -> str:
    """The help text of `oldstyle [command] --help`, at a fixed width."""
    args = [sys.executable, "-m", "oldstyle", *([command] if command else []), "--help"]
    done = subprocess.run(
        args, capture_output=True, text=True, env={**os.environ, "COLUMNS": "100"}, check=True
    )
    return done.stdout.rstrip()


def cli_reference() -> str:
    """docs/cli.md as it should be for the current command-line tool."""
    sections = [CLI_INTRO]
    for command in CLI_COMMANDS:
        title = f"oldstyle {command}".strip()
        sections.append(f"## `{title}`\n\n```text\n{cli_help(command)}\n```\n")
    return "\n".join(sections)


def test_cli_reference_page_matches_the_help_texts() -> None:
    written = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    assert written == cli_reference(), "docs/cli.md is stale: run python tests/test_mkdocs_plugin.py"


if __name__ == "__main__":
    (REPO / "docs" / "cli.md").write_text(cli_reference(), encoding="utf-8")


def test_feast_markers_render_in_the_built_html_and_a_bad_one_warns(tmp_path: Path) -> None:
    page = "# Home\n\nRent due :feast[Michaelmas 1666]{region=GB}.\n\nBad :feast[Michelmas 1666]\n"
    lenient = build_site(tmp_path, {"index.md": page}, strict=False)
    assert "index.md:5: cannot render date marker :feast[Michelmas 1666]" in lenient.log
    assert "did you mean Michaelmas" in lenient.log
    html = lenient.html()
    assert ">29 September (O.S.; 9 October N.S.) 1666</time>" in html and "oldstyle-error" in html


def test_a_feast_marker_is_not_checked_as_a_hand_written_date(tmp_path: Path) -> None:
    # The text inside the marker would be a wrong pair as prose; the marker is right by construction.
    build = build_site(tmp_path, {"index.md": ":feast[Michaelmas (28 September) 1712]{region=GB}\n"})
    assert "was 29 September" not in build.log
