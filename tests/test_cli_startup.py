"""Start-up of the ``oldstyle`` command: a plain ISO conversion loads no text layer (issue 14).

A module check, not a timing: ``benchmarks/bench_cli.py`` measures the
process against ``python -c pass``.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from cli_runner import run_main

from oldstyle.cli.arguments import COMMANDS

# The text layer, the reform table and the feasts: none is needed to convert 1917-10-25.
HEAVY = (
    "oldstyle.parsing",
    "oldstyle.patterns",
    "oldstyle.scanning",
    "oldstyle.checking",
    "oldstyle.formatting",
    "oldstyle.reforms",
    "oldstyle.churchyear",
    "oldstyle.feastviews",
    "oldstyle.cli.check",
    "oldstyle.cli.convert_csv",
    "csv",
)

# Standard-library modules the command line does not need for an ISO date:
# dataclasses (which imports inspect, ast, dis and tokenize), shutil (which
# imports bz2, lzma, zlib and fnmatch; argparse asks it for the terminal's
# width), and typing (annotations only: each module makes its Literal aliases on
# first use).
UNNEEDED_STDLIB = (
    "dataclasses",
    "inspect",
    "ast",
    "dis",
    "tokenize",
    "shutil",
    "bz2",
    "lzma",
    "zlib",
    "fnmatch",
    "typing",
)


def _modules_after(code: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_convert_of_an_iso_date_imports_no_parser_module() -> None:
    if "oldstyle.parsing" in _modules_after("import oldstyle"):
        pytest.skip("import oldstyle itself still loads the text layer (the package import is not lazy yet)")
    loaded = _modules_after("from oldstyle.cli import main; main(['convert', '1917-10-25'])")
    assert "oldstyle.cli.convert" in loaded
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))


def test_the_command_table_loads_only_the_command_given() -> None:
    loaded = _modules_after("from oldstyle.cli import main; main(['cal', '9', '1752'])")
    assert "oldstyle.cli.cal" in loaded
    assert not loaded & {"oldstyle.cli.convert", "oldstyle.cli.check", "oldstyle.cli.feast"}


@pytest.mark.parametrize(
    "code",
    [
        "from oldstyle.cli import main; main(['convert', '1917-10-25'])",
        # as `python -m oldstyle convert 1917-10-25` runs it
        "import runpy, sys; sys.argv = ['oldstyle', 'convert', '1917-10-25']\n"
        "try:\n    runpy.run_module('oldstyle', run_name='__main__')\nexcept SystemExit:\n    pass",
        # one date on stdin, as `echo 1917-10-25 | oldstyle convert` gives it
        "import io; from oldstyle.cli import Streams, main\n"
        "main(['convert'], Streams(io.BytesIO(b'1917-10-25\\n'), io.BytesIO(), io.BytesIO()))",
    ],
)
def test_convert_of_an_iso_date_imports_no_unneeded_stdlib_module(code: str) -> None:
    loaded = _modules_after(code)
    assert "oldstyle.cli.convert" in loaded
    assert not loaded & set(UNNEEDED_STDLIB), sorted(loaded & set(UNNEEDED_STDLIB))


def test_the_console_script_imports_neither_contextlib_nor_importlib() -> None:
    # `python -m` loads both through runpy; the `oldstyle` script does not need them.
    loaded = _modules_after("from oldstyle.cli import main; main(['convert', '1917-10-25'])")
    assert not loaded & {"contextlib", "importlib"}, sorted(loaded & {"contextlib", "importlib"})


def test_a_named_command_is_parsed_alone_but_top_level_messages_list_every_command() -> None:
    # Only the named command's parser is built when nothing before it can show
    # the top-level help or an error; where one can, every command is listed.
    assert run_main("--debug", "convert", "1917-10-25").text == "1917-11-07\n"
    listing = run_main("--help", "convert").text
    assert all(name in listing for name in COMMANDS)
    refused = run_main("--", "convert", "1917-10-25")
    assert refused.status == 2
    assert all(repr(name) in refused.err for name in COMMANDS), refused.err
