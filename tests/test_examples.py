"""Every script in examples/ runs on its bundled data and prints what its docstring promises."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run_example(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_every_example_is_tested() -> None:
    tested = {"convert_parish_records.py", "annotate_markdown.py", "check_notes.py", "macros.py"}
    assert {path.name for path in EXAMPLES.glob("*.py")} == tested


def test_convert_parish_records() -> None:
    done = run_example("convert_parish_records.py")
    assert done.returncode == 0, done.stderr
    rows = {row["name"]: row for row in csv.DictReader(io.StringIO(done.stdout))}
    assert len(rows) == 7
    mary = rows["Mary Whitfield"]
    assert (mary["julian"], mary["gregorian"]) == ("1732-02-11", "1732-02-22")
    assert "1731/32" in mary["dual"]
    assert rows["John Harland"]["gregorian"] == "1751-04-04"
    assert rows["Ann Readman"]["gregorian"] == "1752-09-13"
    # After the reform, British dates are Gregorian: 14 September 1752 is Julian 3 September.
    assert (rows["William Storm"]["julian"], rows["William Storm"]["gregorian"]) == (
        "1752-09-03",
        "1752-09-14",
    )
    # A day Britain skipped is reported, not guessed.
    assert rows["Sarah Lotherington"]["gregorian"] == ""
    assert "Sarah Lotherington: 1752-09-05 did not exist in GB" in done.stderr
    assert rows["Elizabeth Nellist"]["julian"] == "1741-01-01"
    assert rows["Thomas Coates"]["parish"] == "St Mary's Whitby"  # original columns kept


def test_convert_parish_records_reports_unreadable_dates(tmp_path: Path) -> None:
    records = tmp_path / "records.csv"
    records.write_text("name,event,date,parish\nX,baptism,sometime in spring,Nowhere\n", encoding="utf-8")
    done = run_example("convert_parish_records.py", str(records))
    assert done.returncode == 0
    assert "X:" in done.stderr
    assert done.stdout.splitlines()[1] == "X,baptism,sometime in spring,Nowhere,,,"


def test_annotate_markdown_adds_new_style_to_old_style_dates() -> None:
    done = run_example("annotate_markdown.py")
    assert done.returncode == 0, done.stderr
    assert "3 July (O.S.; 14 July N.S.) 1712" in done.stdout
    assert "2 August (O.S.; 13 August N.S.) 1712" in done.stdout
    assert "14 May 1713 in his own book" in done.stdout  # no calendar named: left alone
    assert ":os[1712-07-29]" in done.stdout  # markers are left for the Markdown extension


def test_annotate_markdown_renders_html_with_markers() -> None:
    done = run_example("annotate_markdown.py", "--html")
    assert done.returncode == 0, done.stderr
    assert "<h1>A merchant's diary</h1>" in done.stdout
    assert 'data-julian="1712-07-29"' in done.stdout
    assert ">29 July (O.S.; 9 August N.S.) 1712</time>" in done.stdout
    assert 'datetime="1712-09-01"' in done.stdout


def test_check_notes_finds_the_wrong_gap_and_exits_1() -> None:
    done = run_example("check_notes.py")
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[-1] == "1 problem(s) found"
    assert lines[0].startswith("kulikovo.md:3:")
    assert "16 September" in lines[0]


def test_check_notes_passes_a_clean_folder(tmp_path: Path) -> None:
    (tmp_path / "ok.md").write_text("25 October (O.S.; 7 November N.S.) 1917\n", encoding="utf-8")
    done = run_example("check_notes.py", str(tmp_path))
    assert done.returncode == 0
    assert done.stdout == "0 problem(s) found\n"


def test_macros_demo_renders_with_string_template_and_jinja() -> None:
    done = run_example("macros.py")
    assert done.returncode == 0, done.stderr
    expected = (
        "The Winter Palace fell on 25 October (O.S.; 7 November N.S.) 1917; "
        "Russia changed calendars on 14 February [O.S. 1 February] 1918."
    )
    lines = done.stdout.splitlines()
    assert lines[0] == expected
    if len(lines) > 1:  # jinja2 is installed: the template renders the same sentence
        assert lines[1] == expected


def test_macros_define_env_registers_the_macro_and_filter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(EXAMPLES))
    import macros

    registered: list[Any] = []
    env = SimpleNamespace(macro=registered.append, filter=registered.append)
    macros.define_env(env)
    assert registered == [macros.dual, macros.dual]
    assert macros.dual("1752-09-14", "ns", "bracket") == "14 September [O.S. 3 September] 1752"
