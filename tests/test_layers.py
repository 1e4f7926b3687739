"""The package's layers: every import points down, and ``import oldstyle`` stays light (issues 12 and 14).

The layers, lowest first (a module may import from its own layer and the
ones below it, never from above):

1. foundation: the integer formulas, the exception family and the word tables
2. core: validated conversion on ints, and the cycle tables it reads
3. dates: the date types
4. regions and year starts: which calendar and New Year a place used
5. text: reading, writing and checking dates in prose
6. front ends: the command line, Markdown, MkDocs and the bulk (NumPy, pandas) API

Imports are read with ``ast`` from every module, function-level (lazy)
imports included; imports under ``if TYPE_CHECKING:`` are not run and do not
count.  The package's ``__init__`` is the facade that names everything, and
stands outside the layers.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "oldstyle"

LAYERS: list[tuple[str, set[str]]] = [
    # names imports only errors: word tables that core's messages and the regions' read too;
    # choices is the one alias chooser, which core's calendar names read.
    ("foundation", {"_arith", "errors", "names", "choices"}),
    ("core", {"core", "cycles"}),
    ("dates", {"dates"}),
    # computus/churchyear: Easter and the feasts as a region reckoned them, calendar facts like year starts.
    (
        "regions and year starts",
        {"reforms", "eras", "region_years", "regiondata", "sweden", "yearstart", "computus", "churchyear"},
    ),
    (
        "text",
        {
            "parsing",
            "patterns",
            "wordtables",
            "scanning",
            "checking",
            "corrections",
            "formatting",
            "markup",
            "calview",
            "feasttext",
            "feastviews",
            "feastspots",
            "feastmentions",
            "wording",
            "halves",
            "cursor",
            "grammar",
            "brackets",
            "settling",
            "context",
            "sentences",
            "pairing",
            "equating",
            "gapclaims",
        },
    ),
    (
        "front ends",
        {"cli", "__main__", "markdown_ext", "mkdocs_plugin", "frame", "array", "cells", "accessor"}
        | {"_isocolumn"},
    ),
]

# Edges that break the order today, each with the reason it is allowed for now.
KNOWN_EXCEPTIONS: dict[tuple[str, str], str] = {}


def layer_of(module: str) -> int:
    """The layer index of ``oldstyle.<module>`` (a module of the cli package is a front end)."""
    top = module.split(".")[0]
    for index, (_, members) in enumerate(LAYERS):
        if top in members:
            return index
    raise AssertionError(f"oldstyle.{module} has no layer: add it to LAYERS in tests/test_layers.py")


def module_name(path: Path) -> str:
    """``cli.convert`` for oldstyle/cli/convert.py, ``cli`` for oldstyle/cli/__init__.py."""
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def run_time_imports(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    """Every import statement in the tree, at any depth, except under ``if TYPE_CHECKING:``."""
    found: list[ast.Import | ast.ImportFrom] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def imported_modules(module: str, node: ast.Import | ast.ImportFrom) -> list[str]:
    """The package modules (without ``oldstyle.``) an import statement loads."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        if node.level:  # relative: from the importing module's package
            package = module.split(".")[: -node.level] if "." in module else []
            base = ".".join(["oldstyle", *package, *([base] if base else [])])
        names = [f"{base}.{alias.name}" for alias in node.names] + [base]
    found = []
    for name in names:
        if not name.startswith("oldstyle."):
            continue
        parts = name.split(".")[1:]
        # The longest prefix that is a module of the package: from oldstyle.core import Calendar -> core.
        while parts and not (
            PACKAGE.joinpath(*parts).with_suffix(".py").exists()
            or PACKAGE.joinpath(*parts, "__init__.py").exists()
        ):
            parts.pop()
        if parts:
            found.append(".".join(parts))
    return sorted(set(found))


def edges() -> list[tuple[str, str, int]]:
    """(importer, imported, line) for every run-time import between modules of the package."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = module_name(path)
        if not module:  # the facade, oldstyle/__init__.py
            continue
        for node in run_time_imports(ast.parse(path.read_text(encoding="utf-8"))):
            found.extend((module, target, node.lineno) for target in imported_modules(module, node))
    return found


def test_every_module_has_a_layer() -> None:
    for path in PACKAGE.rglob("*.py"):
        if module_name(path):
            layer_of(module_name(path))


def test_imports_point_down_the_layers() -> None:
    upward = []
    for importer, imported, line in edges():
        if layer_of(imported) > layer_of(importer) and (importer, imported) not in KNOWN_EXCEPTIONS:
            upward.append(
                f"oldstyle/{importer.replace('.', '/')}.py:{line}: {LAYERS[layer_of(importer)][0]} module "
                f"{importer} imports {imported} from the {LAYERS[layer_of(imported)][0]} layer above it"
            )
    assert upward == []


def test_the_layout_page_names_every_module_in_its_layer() -> None:
    page = (PACKAGE.parent / "docs" / "layout.md").read_text(encoding="utf-8")
    sections = page.split("\n### ")[1:]
    assert len(sections) == len(LAYERS)
    for section, (_, members) in zip(sections, LAYERS, strict=True):
        assert {m for m in members if f"`oldstyle.{m}`" not in section} == set(), section.split("\n")[0]
    submodules = {module_name(p) for p in PACKAGE.glob("cli/*.py")} - {"cli"}
    assert {m for m in submodules if m.replace(".", "/") not in page} == set()


def test_the_edge_reader_sees_lazy_and_relative_imports() -> None:
    tree = ast.parse(
        "from oldstyle.core import Calendar\n"
        "import oldstyle.dates\n"
        "def f():\n    from oldstyle import parsing, __version__\n"
        "if TYPE_CHECKING:\n    from oldstyle.checking import check\n"
        "from . import sweden\n"
    )
    found = [imported_modules("reforms", node) for node in run_time_imports(tree)]
    assert found == [["core"], ["dates"], ["parsing"], ["sweden"]]


def loaded_modules(code: str) -> set[str]:
    """The oldstyle modules a fresh interpreter has loaded after running ``code``."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            f"{code}\nimport sys; print(*sorted(m for m in sys.modules if 'oldstyle' in m))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(done.stdout.split())


def test_import_oldstyle_loads_no_layer() -> None:
    assert loaded_modules("import oldstyle") == {"oldstyle"}


def test_checking_a_dated_text_loads_no_region_layer() -> None:
    # A year after a word sends the word to the feast prefilter, which reads the feast names
    # only: the reform table and Easter load when a feast's day is asked for (issue 14).
    loaded = loaded_modules(
        "import oldstyle; oldstyle.check('sealed 25 October (O.S.; 4 November N.S.) 1650')"
    )
    assert "oldstyle.churchyear" in loaded
    assert loaded.isdisjoint(
        {"oldstyle.reforms", "oldstyle.eras", "oldstyle.regiondata", "oldstyle.computus"}
    )


@pytest.mark.parametrize(
    "code",
    [
        "import oldstyle; oldstyle.julian_to_gregorian(1917, 10, 25)",
        "import oldstyle; oldstyle.JulianDate(1917, 10, 25).to_gregorian()",
        "from oldstyle import InvalidDateError, gregorian_to_julian",
    ],
)
def test_the_core_loads_without_the_text_and_region_layers(code: str) -> None:
    loaded = loaded_modules(code)
    assert loaded <= {
        "oldstyle",
        "oldstyle._arith",
        "oldstyle.choices",
        "oldstyle.core",
        "oldstyle.cycles",
        "oldstyle.dates",
        "oldstyle.errors",
    }


def test_the_text_layer_loads_when_first_used() -> None:
    loaded = loaded_modules("import oldstyle; oldstyle.check('25 October (O.S.; 7 November N.S.) 1917')")
    assert "oldstyle.checking" in loaded and "oldstyle.parsing" in loaded


def test_the_facade_names_every_public_name() -> None:
    import oldstyle

    for name in oldstyle.__all__:
        assert getattr(oldstyle, name) is not None
    assert set(oldstyle.__all__) <= set(dir(oldstyle))
    assert oldstyle.reforms.region("GB").code == "GB"  # submodules as attributes, as before
    with pytest.raises(AttributeError, match="no attribute 'nonexistent'"):
        _ = oldstyle.nonexistent  # type: ignore[attr-defined]


def test_the_facades_lazy_table_matches_what_mypy_sees() -> None:
    # oldstyle/__init__.py names each public name twice: in its TYPE_CHECKING imports
    # (for mypy and IDEs) and in _HOMES (for run time); the two must agree with __all__.
    import oldstyle

    tree = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    checked = next(node for node in tree.body if isinstance(node, ast.If) and is_type_checking(node))
    seen = {
        alias.asname or alias.name: f"{node.module}"
        for node in checked.body
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("oldstyle")
        for alias in node.names
    }
    assert seen == oldstyle._HOMES
    assert set(oldstyle.__all__) == {*seen, "__version__"}


def test_a_core_conversion_loads_no_typing() -> None:
    # errors, which core raises, makes its Literal alias on first use (issue 14)
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import oldstyle, sys; oldstyle.julian_to_gregorian(1917, 10, 25)\n"
            "print('typing' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("module", "name"),
    [("core", "Calendar"), ("errors", "Advice"), ("yearstart", "YearStartStyle"), ("cells", "ErrorPolicy")],
)
def test_a_literal_made_on_first_use_is_the_one_mypy_sees(module: str, name: str) -> None:
    # Such a module declares the alias under TYPE_CHECKING and makes it in __getattr__:
    # the values written twice must agree.
    import importlib
    import typing

    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    checked = next(node for node in tree.body if isinstance(node, ast.If) and is_type_checking(node))
    declared = next(
        node.value
        for node in checked.body
        if isinstance(node, ast.Assign)
        and isinstance(node.targets[0], ast.Name)
        and node.targets[0].id == name
    )
    assert isinstance(declared, ast.Subscript)
    values = ast.literal_eval(declared.slice)
    made = getattr(importlib.import_module(f"oldstyle.{module}"), name)
    assert typing.get_origin(made) is typing.Literal
    assert typing.get_args(made) == values
