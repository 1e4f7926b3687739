"""Per-call time of Easter, feasts and feast-date reading, beside dateutil.easter itself.

Run from a checkout: ``python benchmarks/bench_feasts.py`` (``--quick`` for a
smoke run).  Times are machine-dependent; the ratios are what to compare.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from dateutil.easter import EASTER_JULIAN, EASTER_WESTERN
from dateutil.easter import easter as dateutil_easter

try:
    import oldstyle
except ImportError:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import oldstyle

from oldstyle.feasttext import read_feast, scan_feasts

YEARS = range(1583, 2100)
PROSE = (
    "Rent due at Michaelmas 1666 and at Lady Day 1667; the court sat the morrow of Martinmas 1666, "
    "and the fair was held the Monday after Easter 1381, as in the year before. "
)


def per_call(loop: Callable[[], object], calls: int, repeat: int) -> float:
    """Best time per call, in microseconds, of ``loop`` (which makes ``calls`` calls)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        loop()
        best = min(best, time.perf_counter() - start)
    return best / calls * 1e6


def scan_seconds(text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _mention in scan_feasts(text, "GB"):
            pass
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="a smoke run: few repeats")
    args = parser.parse_args(argv)
    repeat = 1 if args.quick else 5
    years = list(YEARS)[:50] if args.quick else list(YEARS)
    n = len(years)
    rows = {
        "dateutil.easter (western)": per_call(
            lambda: [dateutil_easter(y, EASTER_WESTERN) for y in years], n, repeat
        ),
        "oldstyle.easter(y, 'gregorian')": per_call(
            lambda: [oldstyle.easter(y, "gregorian") for y in years], n, repeat
        ),
        "dateutil.easter (julian)": per_call(
            lambda: [dateutil_easter(y, EASTER_JULIAN) for y in years], n, repeat
        ),
        "oldstyle.easter(y, 'julian')": per_call(
            lambda: [oldstyle.easter(y, "julian") for y in years], n, repeat
        ),
        "oldstyle.feast('Whitsun', y)": per_call(
            lambda: [oldstyle.feast("Whitsun", y) for y in years], n, repeat
        ),
        "oldstyle.feast('Whitsun', y, 'GB')": per_call(
            lambda: [oldstyle.feast("Whitsun", y, "GB") for y in years], n, repeat
        ),
        "read_feast('the Monday after Easter Y')": per_call(
            lambda: [read_feast(f"the Monday after Easter {y}") for y in years], n, repeat
        ),
    }
    print(f"Per call, best of {repeat}, {n} years (microseconds):")
    for name, micros in rows.items():
        print(f"  {name:<42} {micros:9.2f}")
    print("Ratios:")
    for rule, ours in (("western", "gregorian"), ("julian", "julian")):
        ratio = rows[f"oldstyle.easter(y, '{ours}')"] / rows[f"dateutil.easter ({rule})"]
        print(f"  oldstyle.easter {ours} / dateutil.easter {rule}: {ratio:.1f}x")
    size = 20 if args.quick else 500
    once, twice = scan_seconds(PROSE * size, repeat), scan_seconds(PROSE * size * 2, repeat)
    chars = len(PROSE) * size
    print(f"Text scanning: {chars} characters in {once * 1e3:.1f} ms; doubling it took {twice / once:.2f}x")
    hostile = "the Monday after Old Michaelmas 99999 " * (size * 10)  # near-misses the prefilter lets through
    start = time.perf_counter()
    list(scan_feasts(hostile))
    elapsed = (time.perf_counter() - start) * 1e3
    print(f"Hostile text ({len(hostile)} characters of near-misses): {elapsed:.1f} ms")
    print_prefilter(20_000 if args.quick else 2_000_000, repeat)


def print_prefilter(size: int, repeat: int) -> None:
    """What feast dates cost oldstyle.scan: the prefilter on prose without feasts, and feast-dense text."""
    from bench_all import prose_corpus
    from bench_core import best_time  # CPU time: steadier than wall time on a shared machine

    from oldstyle.feastspots import feast_windows
    from oldstyle.scanning import scan

    prose = prose_corpus(size)
    megabytes = len(prose.encode("utf-8")) / 1e6
    windows = best_time(lambda: feast_windows(prose), repeat)
    scanned = best_time(lambda: scan(prose), repeat)
    rate = megabytes / scanned
    print(f"oldstyle.scan, {megabytes:.2f} MB of dual-date prose without feasts: {rate:.2f} MB/s;")
    print(
        f"  the feast prefilter (feast_windows) took {windows * 1e3:.1f} ms of it ({windows / scanned:.1%})"
    )
    feasts = PROSE * (size // len(PROSE) // 10 + 1)
    dense = best_time(lambda: scan(feasts), repeat)
    found = len(scan(feasts))
    each = dense / found * 1e6
    print(
        f"oldstyle.scan, feast-dense text: {len(feasts) / 1e6 / dense:.2f} MB/s ({each:.0f} us a feast date)"
    )


if __name__ == "__main__":
    main()
