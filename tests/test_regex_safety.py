"""Every regular expression in oldstyle runs in linear time: no nested quantifiers.

Python's re engine backtracks, so a repetition inside a repetition (``(a+)+``,
``(\\s*x)*``) can take exponential time on a crafted input.  This checks the
structure of each pattern, as re's own parser reads it, instead of timing
anything: a repeat that may match more than once must not hold another repeat
that may match more than once.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import oldstyle

_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}


def _children(op: Any, av: Any) -> Iterator[Any]:
    """The sub-patterns directly inside one parsed item."""
    if op in _REPEATS:
        yield av[2]
    elif op is sre.SUBPATTERN:
        yield av[3]
    elif op is sre.BRANCH:
        yield from av[1]
    elif op in (sre.ASSERT, sre.ASSERT_NOT):
        yield av[1]
    elif op is sre.GROUPREF_EXISTS:
        yield from (p for p in av[1:] if p is not None)
    elif op is getattr(sre, "ATOMIC_GROUP", None):
        yield av


def _repeats(sub: Any) -> Iterator[tuple[int, Any]]:
    """Every repeat in a parsed pattern, as (its maximum count, its body), outermost first."""
    for op, av in sub:
        if op in _REPEATS:
            yield av[1], av[2]
        for child in _children(op, av):
            yield from _repeats(child)


def nested_quantifiers(pattern: str, flags: int = 0) -> list[str]:
    """The repeats of ``pattern`` that may match many times and hold another such repeat."""
    found = []
    for maximum, body in _repeats(sre_parse.parse(pattern, flags)):
        if maximum > 1 and any(inner_max > 1 for inner_max, _ in _repeats(body)):
            found.append(str(body)[:80])
    return found


def _package_modules() -> Iterator[Any]:
    for info in pkgutil.walk_packages(oldstyle.__path__, "oldstyle."):
        yield importlib.import_module(info.name)


def _compiled_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    for module in _package_modules():
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                yield f"{module.__name__}.{name}", value


def _literal_patterns() -> Iterator[tuple[str, str]]:
    """Patterns written as string literals in calls such as re.sub(r"...", ...)."""
    root = Path(oldstyle.__file__).parent
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                yield f"{path.name}:{node.lineno}", node.args[0].value


COMPILED = sorted(_compiled_patterns(), key=lambda item: item[0])
LITERALS = list(_literal_patterns())


def test_the_package_has_patterns_to_check() -> None:
    names = {name for name, _ in COMPILED}
    assert {"oldstyle.patterns.TOKEN", "oldstyle.markup.MARKER_RE"} <= names
    assert len(LITERALS) >= 4


def test_every_label_pattern_has_no_nested_quantifiers() -> None:
    # Label patterns are compiled per first word, on demand: check every one.
    from oldstyle import patterns

    starts = sorted(patterns._LABEL_STARTS)
    assert {"o", "по", "nach", "according"} <= set(starts)
    for start in starts:
        pattern = patterns.label_pattern(start)
        assert nested_quantifiers(pattern.pattern, pattern.flags) == [], start


def test_every_stated_gap_pattern_has_no_nested_quantifiers() -> None:
    # The stated-gap patterns are compiled on the first day word a text holds, not at import.
    from oldstyle import gapclaims

    compiled = vars(gapclaims._compiled())
    assert len(compiled) == 5
    for name, pattern in compiled.items():
        assert nested_quantifiers(pattern.pattern, pattern.flags) == [], name


@pytest.mark.parametrize(("name", "pattern"), COMPILED, ids=[name for name, _ in COMPILED])
def test_compiled_patterns_have_no_nested_quantifiers(name: str, pattern: re.Pattern[str]) -> None:
    assert nested_quantifiers(pattern.pattern, pattern.flags) == []


@pytest.mark.parametrize(("where", "pattern"), LITERALS, ids=[where for where, _ in LITERALS])
def test_literal_patterns_have_no_nested_quantifiers(where: str, pattern: str) -> None:
    assert nested_quantifiers(pattern) == []


@pytest.mark.parametrize(
    ("pattern", "bad"),
    [
        (r"(a+)+b", True),
        (r"(\s*x)*", True),
        (r"(?:ab|a)*c", False),
        (r"(?:E\.?)?", False),
        (r"[0-9]{1,9}(?:st|nd)?", False),
        (r"(?:x{0,200})?", False),
        (r"(?:(?:a|b){2,})+", True),
    ],
)
def test_the_check_itself(pattern: str, bad: bool) -> None:
    assert bool(nested_quantifiers(pattern)) is bad
