"""The ``oldstyle`` command as whole processes: start-up against ``python -c pass``, and --csv rows/s.

Run from a checkout with the package installed: ``python benchmarks/bench_cli.py``
(``--quick`` for a smoke run).  hyperfine is not assumed: each command is run
with ``subprocess`` and the best of N wall times is kept (the least disturbed
run on a shared machine).  Targets (issue 14): ``oldstyle convert 1917-10-25``
within 3x ``python -c pass``; ``convert --csv`` at 100k ISO rows/s or more.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

PYTHON = sys.executable
# The standard library a command line of ours cannot start without: its argument
# parser (which imports re, enum, gettext and locale) and what the date types use.
STDLIB_FLOOR = "argparse, datetime"
CONVERT = [PYTHON, "-m", "oldstyle", "convert"]
# The console script that pip installs beside the interpreter (without runpy's imports).
SCRIPT = Path(PYTHON).with_name("oldstyle")


def best_time(command: list[str], runs: int, stdin: bytes = b"") -> float:
    """Best wall time of ``runs`` runs of ``command``, in seconds; the command must succeed."""
    return best_times(command, runs, stdin)[0]


def best_times(command: list[str], runs: int, stdin: bytes = b"") -> tuple[float, float]:
    """Best wall time and best CPU time (user + system) of ``runs`` runs of ``command``, in seconds.

    The CPU time is what the process itself used: on a machine shared with
    other work it is the steadier of the two.
    """
    wall = cpu = float("inf")
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        wall = min(wall, time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = min(cpu, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall, cpu


def register(rows: int, seed: int = 1) -> bytes:
    """A CSV register of ``rows`` ISO dates (1000-1900, Julian labels) with a name column."""
    pick = random.Random(seed).randint
    lines = ["name,baptised"]
    lines += [f"P{i},{pick(1000, 1900):04d}-{pick(1, 12):02d}-{pick(1, 28):02d}" for i in range(rows)]
    return ("\n".join(lines) + "\n").encode()


def startup(runs: int) -> None:
    """``oldstyle convert 1917-10-25`` (by ``python -m`` and by the script) against ``python -c pass``."""
    commands = {
        "python -c pass": [PYTHON, "-c", "pass"],
        f"the floor: import {STDLIB_FLOOR}": [PYTHON, "-c", f"import {STDLIB_FLOOR}"],
        "python -c 'import oldstyle'": [PYTHON, "-c", "import oldstyle"],
        "python -m oldstyle convert 1917-10-25": [*CONVERT, "1917-10-25"],
        "oldstyle convert 1917-10-25 (script)": [str(SCRIPT), "convert", "1917-10-25"],
        "oldstyle --help": [PYTHON, "-m", "oldstyle", "--help"],
    }
    if not SCRIPT.exists():  # not installed by pip beside this interpreter
        del commands["oldstyle convert 1917-10-25 (script)"]
    times = dict.fromkeys(commands, float("inf"))
    for _ in range(runs):  # interleaved rounds: load from other processes hits every command alike
        for label, command in commands.items():
            times[label] = min(times[label], best_time(command, 1))
    bare = times["python -c pass"]
    print(f"Start-up, best of {runs} (wall ms):")
    for label, seconds in times.items():
        target = ", target <= 3x" if "convert" in label else ""
        print(f"  {label:<40} {seconds * 1e3:6.1f}  ({seconds / bare:.2f}x{target})")


def csv_rate(rows: int, runs: int) -> None:
    """Rows per second of ``convert --csv`` on ISO cells, with and without --add-columns.

    The run on the header alone is subtracted: what is left is the rows' own time.
    """
    data = register(rows)
    header = data[: data.index(b"\n") + 1]
    print(f"convert --csv on {rows:,} ISO rows, best of {runs} (the run on the header alone subtracted):")
    for label, extra in (("in place", []), ("--add-columns", ["--add-columns"])):
        command = [*CONVERT, "--csv", "baptised", *extra]
        wall, cpu = best_times(command, runs, data)
        empty_wall, empty_cpu = best_times(command, runs, header)
        if min(wall - empty_wall, cpu - empty_cpu) <= 0:  # a quick run: lost in the noise
            print(f"  {label:<14} too short to measure")
            continue
        print(
            f"  {label:<14} {rows / (wall - empty_wall):>10,.0f} rows/s wall, "
            f"{rows / (cpu - empty_cpu):>10,.0f} rows/s CPU  (target >= 100,000)"
        )


def main() -> None:
    """Run the start-up and --csv measurements."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a smoke run: few runs, few rows")
    args = parser.parse_args()
    runs, rows = (2, 2_000) if args.quick else (15, 200_000)
    startup(runs)
    csv_rate(rows, max(3, runs // 5))


if __name__ == "__main__":
    main()
