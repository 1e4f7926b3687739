"""How long ``import oldstyle`` and a one-date ``oldstyle convert`` take, as whole processes.

Times fresh interpreters beside ``python -c pass`` (interleaved rounds, the
median kept) and prints issue 14's two ratios, then lists the modules the
``convert`` path imports, from ``python -X importtime``.  Bytecode caching
is switched on for these runs (``PYTHONDONTWRITEBYTECODE`` is dropped), as
for an installed package.  Run from a checkout:
``python benchmarks/bench_import.py`` (``--quick`` for a smoke run).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

COMMANDS = {
    "python -c pass": ["-c", "pass"],
    "import oldstyle": ["-c", "import oldstyle"],
    "import oldstyle; julian_to_gregorian(...)": [
        "-c",
        "import oldstyle; oldstyle.julian_to_gregorian(1917, 10, 25)",
    ],
    "import oldstyle; check(...)": [
        "-c",
        "import oldstyle; oldstyle.check('25 October (O.S.; 7 November N.S.) 1917')",
    ],
    "oldstyle convert 1917-10-25": ["-m", "oldstyle", "convert", "1917-10-25"],
}


def environment() -> dict[str, str]:
    """This environment with bytecode caching on and the checkout importable."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return env


def command_line(args: list[str]) -> list[str]:
    """The interpreter with `args`; ``-m oldstyle`` becomes the installed console script if there is one."""
    script = shutil.which("oldstyle", path=str(Path(sys.executable).parent))
    if args[:2] == ["-m", "oldstyle"] and script is not None:
        return [sys.executable, script, *args[2:]]
    return [sys.executable, *args]


def run_once(args: list[str], env: dict[str, str]) -> float:
    """Wall time of one process, in seconds (it must succeed)."""
    start = time.perf_counter()
    subprocess.run(command_line(args), env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def time_commands(rounds: int, env: dict[str, str]) -> dict[str, float]:
    """Median wall time of each command in `rounds` interleaved rounds, in milliseconds."""
    for args in COMMANDS.values():
        run_once(args, env)  # writes the bytecode caches
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(rounds):
        for name, args in COMMANDS.items():
            times[name].append(run_once(args, env))
    return {name: statistics.median(values) * 1000 for name, values in times.items()}


def imported_modules(args: list[str], env: dict[str, str]) -> list[tuple[str, int]]:
    """(module, its own microseconds) of every module a command imports, from -X importtime."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *args], env=env, check=True, capture_output=True, text=True
    )
    found = []
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+\d+ \| *(\S+)", line)
        if match:
            found.append((match.group(2), int(match.group(1))))
    return found


def main(argv: Sequence[str] | None = None) -> int:
    """Time the commands, print the ratios and what the convert path imports."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="three rounds: a smoke run for CI")
    parser.add_argument("--rounds", type=int, default=21, help="processes per command (default 21)")
    args = parser.parse_args(argv)
    rounds = 3 if args.quick else args.rounds
    env = environment()
    ms = time_commands(rounds, env)
    print(f"Whole processes, median of {rounds} interleaved rounds (ms):")
    for name, value in ms.items():
        print(f"  {name:<48} {value:8.1f} ms")
    bare = ms["python -c pass"]
    print("Ratios:")
    print(f"  import oldstyle - python -c pass (target <= 30 ms)      {ms['import oldstyle'] - bare:8.1f} ms")
    convert = ms["oldstyle convert 1917-10-25"]
    print(f"  oldstyle convert 1917-10-25 / python -c pass (target <= 3)    {convert / bare:8.2f}x")
    modules = imported_modules(COMMANDS["oldstyle convert 1917-10-25"], env)
    ours = sorted({name for name, _ in modules if name.startswith("oldstyle")})
    heavy = sorted(modules, key=lambda item: -item[1])[:10]
    print("What `oldstyle convert 1917-10-25` imports (from -X importtime, one run):")
    print(f"  oldstyle modules ({len(ours)}): {', '.join(ours)}")
    print(
        f"  modules in all: {len(modules)}; slowest by own time: "
        + ", ".join(f"{name} {us / 1000:.1f} ms" for name, us in heavy)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
