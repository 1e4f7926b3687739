"""What the MkDocs plugin adds to a documentation build.

Generates a site of 200 pages (prose, a code block, 3 hand-written dual dates
and 2 date markers a page), then builds it with ``mkdocs build`` as a fresh
process, with and without the plugin, in interleaved rounds, and prints the
times and the ratio.  A whole process is timed because that is what a writer
waits for: the plugin's import is part of its cost.  Then it splits the
plugin's share: in one process, the CPU time of its hooks in a build (the
reader checking the pages, masking code, rendering markers, the rest), and in
fresh processes its first use (importing the plugin, importing the text layer,
the tables the first dated page builds).

Run from a checkout: ``python benchmarks/bench_mkdocs.py`` (``--quick`` for a
smoke run with 10 pages and 1 round; ``--pages`` and ``--rounds`` to change the
size).  Times are machine-dependent; the ratio is what to compare, and on a
shared machine the CPU-time ratio (the build's own work) more than the wall one.
Bytecode caching is switched on for the timed processes (``PYTHONDONTWRITEBYTECODE``
is dropped, and one untimed build of each site writes the caches), as for an
installed package: otherwise every build would compile oldstyle's source anew.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PROSE = (
    "The council met again in the spring, and the minutes record a long dispute about the "
    "harbour dues, the price of rye and the repair of the north bridge. Letters went out to "
    "the neighbouring towns, and the answers came back slowly over the following weeks.\n"
)

CODE = "```python\nfor row in rows:\n    print(row)\n```\n"


def page_text(number: int) -> str:
    """One page: headings, prose, code, 3 hand-written dual dates and 2 markers."""
    year = 1600 + number % 100  # the 1600s: the Gregorian calendar ran 10 days ahead
    return (
        f"# Chapter {number}\n\n{PROSE}\n"
        f"The charter was sealed on 25 October (O.S.; 4 November N.S.) {year}.\n\n"
        f"{PROSE}\n{CODE}\n"
        f"## Aftermath\n\n{PROSE}\n"
        f"A second letter is dated 11 February 1731/32, and the reply 7 November [O.S. 25 October] 1917.\n\n"
        f"The fleet sailed on :os[{year}-06-01] and came home on :ns[{year}-09-15].\n\n{PROSE}"
    )


def write_site(root: Path, pages: int, plugin: bool) -> None:
    """A site of ``pages`` pages under ``root``, with or without the oldstyle plugin."""
    docs = root / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    (docs / "index.md").write_text("# Home\n\nA generated site.\n", encoding="utf-8")
    for number in range(pages):
        (docs / f"page{number:03d}.md").write_text(page_text(number), encoding="utf-8")
    plugins = "plugins:\n  - oldstyle\n" if plugin else "plugins: []\n"
    (root / "mkdocs.yml").write_text(f"site_name: bench\n{plugins}", encoding="utf-8")


# What an installed package has: compiled bytecode next to its source, so no build compiles it.
_CACHING_BYTECODE = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def build_seconds(root: Path) -> tuple[float, float]:
    """Wall and CPU (user + system) time of one ``mkdocs build`` of the site at ``root``, as a fresh process.

    CPU time is what to compare on a loaded machine: other processes stretch
    the wall time of a build, not the work it does.
    """
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(root / "site")]
    env = {**_CACHING_BYTECODE, "NO_COLOR": "1"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False, env=env)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"mkdocs build failed in {root}:\n{done.stdout}{done.stderr}")
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


_FIRST_USE_COST = """
import sys, time
import markdown, mkdocs.commands.build, mkdocs.plugins, mkdocs.config.defaults, mkdocs.structure.pages
first, second = sys.argv[1:3]
started = time.process_time()
from oldstyle.mkdocs_plugin import check_markdown
plugin = time.process_time()
import oldstyle.checking  # the text layer, which the first page with a digit loads
text_layer = time.process_time()
check_markdown(first)  # builds the tables a page with dates needs
first_page = time.process_time()
check_markdown(second)  # what any later page costs: the hooks' share, timed in the builds
later_page = time.process_time() - first_page
print(plugin - started, text_layer - plugin, first_page - text_layer - later_page)
"""

FIRST_USE_PARTS = ("importing the plugin", "importing the text layer", "the first dated page's tables")


def plugin_first_use_seconds(rounds: int) -> dict[str, float]:
    """Best CPU time of each part of the plugin's first use, in a fresh process: importing the
    plugin (and the marker extension), importing the text layer, and what the first dated page
    builds (label patterns, the feast names) beyond the steady cost of checking a page, which
    the timed hooks count.  The parts are best of rounds each, and "in all" is the best round.

    The process has already imported what a build imports before its plugins.
    """
    best = {name: float("inf") for name in (*FIRST_USE_PARTS, "in all")}
    for _ in range(rounds):
        done = subprocess.run(
            [sys.executable, "-c", _FIRST_USE_COST, page_text(0), page_text(1)],
            capture_output=True,
            text=True,
            check=True,
            cwd=tempfile.gettempdir(),
            env=_CACHING_BYTECODE,
        )
        parts = [float(part) for part in done.stdout.split()]
        for name, seconds in zip((*FIRST_USE_PARTS, "in all"), (*parts, sum(parts)), strict=True):
            best[name] = min(best[name], seconds)
    return best


_HOOKS = (
    ("oldstyle.mkdocs_plugin", "OldstylePlugin", "on_config"),
    ("oldstyle.mkdocs_plugin", "OldstylePlugin", "on_page_markdown"),
    ("oldstyle.markdown_ext", "OldstyleExtension", "extendMarkdown"),
    ("oldstyle.markdown_ext", "OldstyleInlineProcessor", "handleMatch"),
)

# Parts of the hooks' time, each a module-level function the hooks call by its name there.
HOOK_PARTS = {
    "checking: the reader (checking.check)": ("oldstyle.checking", "check"),
    "masking code (markup.mask_markdown)": ("oldstyle.mkdocs_plugin", "mask_markdown"),
    "rendering markers (render_marker)": ("oldstyle.markdown_ext", "render_marker"),
}
HOOKS, HOOKS_WARM, HOOKS_REST = "plugin hooks", "plugin hooks, warm", "the rest of the hooks"
_SPENT = dict.fromkeys([HOOKS, *HOOK_PARTS], 0.0)  # CPU seconds in each, added up by the timers


def _timed(function: Callable[..., object], spent: dict[str, float], key: str) -> Callable[..., object]:
    def wrapper(*args: object, **kwargs: object) -> object:
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[key] += time.process_time() - started

    return wrapper


def _time_the_plugin(spent: dict[str, float]) -> None:
    """Wrap the plugin's hooks, and the parts of them in HOOK_PARTS, to add their CPU time to ``spent``."""
    for module_name, class_name, method in _HOOKS:
        owner = getattr(importlib.import_module(module_name), class_name)
        setattr(owner, method, _timed(getattr(owner, method), spent, HOOKS))
    for part, (module_name, name) in HOOK_PARTS.items():
        module = importlib.import_module(module_name)
        setattr(module, name, _timed(getattr(module, name), spent, part))


def in_process_seconds(sites: dict[str, Path], rounds: int) -> dict[str, float]:
    """Best CPU time of an in-process build of each site, of the plugin's own hooks in it, and
    of the parts of those hooks (HOOK_PARTS, and the rest).

    The plugin's share is timed inside its hooks (every call of the plugin and
    of the marker extension), so that load from other processes blurs only
    that share, not the whole build around it.  Each figure is its best round.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logging.disable(logging.WARNING)
    spent = _SPENT
    _time_the_plugin(spent)
    best = {name: float("inf") for name in [*sites, HOOKS, *HOOK_PARTS, HOOKS_REST, HOOKS_WARM]}
    for _ in range(rounds + 1):  # the first round warms up (imports)
        for name, root in sites.items():
            _forget_rendered_pages()  # each build as cold as a fresh process, but for the imports
            config = load_config(str(root / "mkdocs.yml"), site_dir=str(root / "site"))
            spent.update(dict.fromkeys(spent, 0.0))
            started = time.process_time()
            build(config)
            best[name] = min(best[name], time.process_time() - started)
            if name == "with plugin":
                rest = spent[HOOKS] - sum(spent[part] for part in HOOK_PARTS)
                for key, seconds in [*spent.items(), (HOOKS_REST, rest)]:
                    best[key] = min(best[key], seconds)
    # A rebuild of unchanged pages in the same process, as `mkdocs serve` does on each change.
    for _ in range(rounds):
        spent[HOOKS] = 0.0
        build(
            load_config(str(sites["with plugin"] / "mkdocs.yml"), site_dir=str(sites["with plugin"] / "site"))
        )
        best[HOOKS_WARM] = min(best[HOOKS_WARM], spent[HOOKS])
    return best


MARKERS_OUTSIDE = "markers: Python-Markdown's share"


def marker_machinery_seconds(pages: int, rounds: int) -> float:
    """Best CPU time Python-Markdown spends on the markers outside the extension's hooks.

    The pages are converted with MkDocs' default extensions, with and without
    the marker extension, in interleaved rounds: the difference, less the time
    inside the extension's timed hooks (rendering and handling each match), is
    the work Python-Markdown does for the markers itself: trying the pattern on
    every text node, stashing each rendered marker and putting it back.  Call
    after :func:`in_process_seconds`, which wraps the hooks in timers.
    """
    import markdown

    from oldstyle.markdown_ext import OldstyleExtension

    texts = [page_text(number) for number in range(pages)]
    defaults = ["toc", "tables", "fenced_code"]  # what MkDocs always adds
    spent = _SPENT
    best = {"without": float("inf"), "with": float("inf")}
    for _ in range(3 * rounds + 1):  # a difference of two larger times: more rounds than the builds
        for name in best:
            _forget_rendered_pages()
            extensions: list[str | markdown.Extension] = [*defaults]
            if name == "with":
                extensions.append(OldstyleExtension())
            spent.update(dict.fromkeys(spent, 0.0))
            started = time.process_time()
            for text in texts:
                markdown.Markdown(extensions=extensions).convert(text)
            best[name] = min(best[name], time.process_time() - started - spent[HOOKS])
    return max(0.0, best["with"] - best["without"])


def _forget_rendered_pages() -> None:
    """Empty the plugin's caches of checked pages and rendered markers (whatever its version has)."""
    for module_name in ("oldstyle.mkdocs_plugin", "oldstyle.markdown_ext"):
        for value in vars(importlib.import_module(module_name)).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


def report_processes(times: dict[str, list[tuple[float, float]]]) -> None:
    """Print whole-process times and ratios, wall and CPU."""
    for kind, index in (("wall", 0), ("CPU", 1)):
        measured = {name: [t[index] for t in runs] for name, runs in times.items()}
        for name, values in measured.items():
            best, median = min(values), statistics.median(values)
            print(f"{kind:>4} {name:>15}: best {best:.3f} s, median {median:.3f} s")
        plugin, plain = measured["with plugin"], measured["without plugin"]
        best_ratio = min(plugin) / min(plain)
        median_ratio = statistics.median(plugin) / statistics.median(plain)
        print(f"Ratios ({kind}): with / without plugin: best {best_ratio:.3f}, median {median_ratio:.3f}")


def report_split(in_process: dict[str, float], first_use: dict[str, float], plain_cpu: float) -> None:
    """Print the in-process times, what the plugin adds, and each part's share of a plain build."""
    plain = in_process["without plugin"]
    print("In one process (CPU, best of rounds; share of a plain in-process build):")
    for name in ("without plugin", "with plugin"):
        print(f"  {name:>42}: {in_process[name] * 1000:6.0f} ms")
    for name in (HOOKS, *HOOK_PARTS, HOOKS_REST, HOOKS_WARM, MARKERS_OUTSIDE):
        indent = "  " if name in HOOK_PARTS or name == HOOKS_REST else ""
        label = f"{indent}{name}"
        print(f"  {label:>42}: {in_process[name] * 1000:6.1f} ms  {in_process[name] / plain:6.1%}")
    print("The plugin's first use, in a fresh process after MkDocs' imports (CPU, best of rounds):")
    for name, seconds in first_use.items():
        print(f"  {name:>42}: {seconds * 1000:6.1f} ms  {seconds / plain:6.1%}")
    added = in_process[HOOKS] + in_process[MARKERS_OUTSIDE] + first_use["in all"]
    print(f"  the plugin adds {added * 1000:.0f} ms to a build (hooks, Python-Markdown's share, first use)")
    # The reader: checking the pages, and loading and building what it needs on the first one.
    checking = in_process[next(iter(HOOK_PARTS))]
    reader = checking + first_use[FIRST_USE_PARTS[1]] + first_use[FIRST_USE_PARTS[2]]
    print(f"  of which the reader {reader * 1000:.0f} ms (checking; its import and first-page tables)")
    print(f"  and the plugin's own {(added - reader) * 1000:.0f} ms (its import, masking, markers, the rest)")
    print(f"Ratios (plugin CPU / whole plain build): {1 + added / plain_cpu:.3f}")
    print(f"Ratios (plugin CPU / plain in-process build): {1 + added / plain:.3f}")


def main(argv: list[str] | None = None) -> int:
    """Build both sites in interleaved rounds and print the times and the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="10 pages, 1 round: a smoke run")
    args = parser.parse_args(argv)
    pages, rounds = (10, 1) if args.quick else (args.pages, args.rounds)
    print(f"Python {platform.python_version()}, {pages} pages, {rounds} rounds (interleaved)")
    with tempfile.TemporaryDirectory() as tmp:
        sites = {"without plugin": Path(tmp, "plain"), "with plugin": Path(tmp, "plugin")}
        for name, root in sites.items():
            write_site(root, pages, plugin=name == "with plugin")
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in sites}
        for root in sites.values():
            build_seconds(root)  # untimed: writes the bytecode caches
        for _ in range(rounds):
            for name, root in sites.items():
                times[name].append(build_seconds(root))
        print("Whole `mkdocs build` processes:")
        report_processes(times)
        # The same cost split in two, each measured where load from other processes blurs it least.
        in_process = in_process_seconds(sites, rounds)
    in_process[MARKERS_OUTSIDE] = marker_machinery_seconds(pages, rounds)
    first_use = plugin_first_use_seconds(rounds)
    report_split(in_process, first_use, plain_cpu=min(cpu for _, cpu in times["without plugin"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
