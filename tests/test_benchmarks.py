"""The benchmark scripts still run (smoke test: --quick, no timing assertions)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def run_quick(script: str) -> subprocess.CompletedProcess[str]:
    """Run a benchmark script with --quick; it must succeed."""
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), "--quick"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done


@pytest.mark.parametrize("script", ["bench_core.py", "bench_all.py"])
def test_benchmark_script_runs_quick(script: str) -> None:
    done = run_quick(script)
    assert "oldstyle.julian_to_gregorian" in done.stdout
    assert "Ratios:" in done.stdout
    if script == "bench_all.py":
        assert "oldstyle.array.julian_to_gregorian" in done.stdout
        assert "Text scanning" in done.stdout
        assert "doubling the text took" in done.stdout


def test_reader_benchmark_runs_quick() -> None:
    done = run_quick("bench_reader.py")
    for line in ("MB/s", "µs per mention", "check / scan", "doubling the text took"):
        assert line in done.stdout
    assert "Hostile text, check" in done.stdout


def test_mention_benchmark_runs_quick() -> None:
    done = run_quick("bench_mention.py")
    for line in ("tokens each", "grammar (read_draft", "the collector left on", "Python calls per mention"):
        assert line in done.stdout
    # The stages are timed on the mentions scan finds: as many as the dense text holds.
    assert "Dense text: 200 mentions" in done.stdout


def test_bulk_benchmark_runs_quick() -> None:
    done = run_quick("bench_bulk.py")
    assert "oldstyle.frame.julian_to_gregorian (str)" in done.stdout
    assert "Dask local threads" in done.stdout


def test_import_benchmark_runs_quick() -> None:
    done = run_quick("bench_import.py")
    assert "import oldstyle - python -c pass" in done.stdout
    assert "oldstyle convert 1917-10-25 / python -c pass" in done.stdout
    assert "oldstyle modules (" in done.stdout


def test_cli_benchmark_runs_quick() -> None:
    done = run_quick("bench_cli.py")
    assert "oldstyle convert 1917-10-25" in done.stdout
    # A --quick run may be too short to time on a loaded machine; the full run prints rows/s.
    assert "rows/s" in done.stdout or "too short to measure" in done.stdout


def test_mkdocs_benchmark_runs_quick() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "bench_mkdocs.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Ratios (CPU): with / without plugin" in done.stdout
    assert "the plugin adds" in done.stdout
