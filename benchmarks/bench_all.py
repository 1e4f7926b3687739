"""Every oldstyle benchmark in one run: scalar, bulk, other libraries, floors, text scanning.

Prints per-call (or per-date) times and ratios for oldstyle's scalar
functions, oldstyle.array on whole columns, convertdate, jdcal, the datetime
C floor, NumPy datetime64 arithmetic (the bulk floor) and the text scanner's
MB/s on generated prose (each run a first read of its text: see
:func:`first_read_time`).  Run from a checkout: ``python benchmarks/bench_all.py``
(``--quick`` for a smoke run).  Times depend on the machine; compare ratios.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable, Sequence

import bench_core
from bench_core import Report, best_time, call_each, parse_args, random_days

from oldstyle import _arith
from oldstyle.names import ENGLISH


def jdcal_functions() -> dict[str, Callable[[int, int, int], object]]:
    """jdcal's conversions through its Julian Day pair, if jdcal is installed."""
    try:
        import jdcal  # type: ignore[import-untyped]
    except ImportError:
        return {}

    def to_gregorian(y: int, m: int, d: int) -> object:
        return jdcal.jd2gcal(*jdcal.jcal2jd(y, m, d))

    def to_julian(y: int, m: int, d: int) -> object:
        return jdcal.jd2jcal(*jdcal.gcal2jd(y, m, d))

    return {"j2g": to_gregorian, "g2j": to_julian}


def run_jdcal(report: Report, days: list[int]) -> None:
    """Time jdcal beside oldstyle's scalar functions."""
    functions = jdcal_functions()
    if not functions:
        print("  jdcal is not installed (pip install 'oldstyle[bench]')")
        return
    julian = [_arith.ordinal_to_julian(n) for n in days]
    gregorian = [_arith.ordinal_to_gregorian(n) for n in days]
    report.time("jdcal jcal2jd + jd2gcal", lambda: call_each(functions["j2g"], julian))
    report.time("jdcal gcal2jd + jd2jcal", lambda: call_each(functions["g2j"], gregorian))
    report.run()
    report.ratio("jdcal / julian_to_gregorian", "jdcal jcal2jd + jd2gcal", "oldstyle.julian_to_gregorian")
    report.ratio("jdcal / gregorian_to_julian", "jdcal gcal2jd + jd2jcal", "oldstyle.gregorian_to_julian")


def run_bulk(report: Report, count: int) -> None:
    """Time oldstyle.array on whole columns beside NumPy's own datetime64 arithmetic."""
    import numpy as np

    from oldstyle import array

    rng = np.random.default_rng(2024)
    low = _arith.julian_to_ordinal(bench_core.FIRST_YEAR, 1, 1)
    high = _arith.julian_to_ordinal(bench_core.LAST_YEAR, 12, 31)
    ordinals = rng.integers(max(low, 1), high, count)
    julian = array.ordinal_to_julian(ordinals)
    gregorian = array.ordinal_to_gregorian(ordinals)
    days = array.ordinal_to_datetime64(ordinals)
    gap = np.timedelta64(13, "D")

    def datetime64_fields() -> object:
        months = days.astype("datetime64[M]")
        return months.astype("datetime64[Y]"), months, days - months

    print(f"Bulk, {count:,} dates per column (ns per date, best of {report.repeat}):")
    report.time("NumPy floor: datetime64 + timedelta64", lambda: days + gap, count)
    report.time("NumPy floor: datetime64 -> (Y, M, D) fields", datetime64_fields, count)
    report.time("oldstyle.array.julian_to_gregorian", lambda: array.julian_to_gregorian(*julian), count)
    report.time("oldstyle.array.gregorian_to_julian", lambda: array.gregorian_to_julian(*gregorian), count)
    report.time("oldstyle.array.datetime64_to_julian", lambda: array.datetime64_to_julian(days), count)
    report.time("oldstyle.array.julian_to_datetime64", lambda: array.julian_to_datetime64(*julian), count)
    report.run()
    seconds = report.ns["oldstyle.array.julian_to_gregorian"] * 10_000_000 / 1e9
    print(f"  10 million Julian dates to Gregorian: {seconds:.2f} s")
    print("Ratios:")
    fields = "NumPy floor: datetime64 -> (Y, M, D) fields"
    report.ratio(
        "array.julian_to_gregorian / NumPy fields floor", "oldstyle.array.julian_to_gregorian", fields
    )
    report.ratio(
        "array.gregorian_to_julian / NumPy fields floor", "oldstyle.array.gregorian_to_julian", fields
    )
    report.ratio(
        "array.julian_to_gregorian / NumPy datetime64 + timedelta64",
        "oldstyle.array.julian_to_gregorian",
        "NumPy floor: datetime64 + timedelta64",
    )
    report.ratio(
        "scalar julian_to_gregorian / bulk (per date)",
        "oldstyle.julian_to_gregorian",
        "oldstyle.array.julian_to_gregorian",
    )


def prose_corpus(size: int, seed: int = 7) -> str:
    """About `size` characters of prose, one dual date (O.S./N.S.) in every sentence."""
    rng = random.Random(seed)
    sentences = []
    length = 0
    while length < size:
        n = rng.randint(_arith.julian_to_ordinal(1500, 1, 1), _arith.julian_to_ordinal(1920, 12, 31))
        (jy, jm, jd), (gy, gm, gd) = _arith.ordinal_to_julian(n), _arith.ordinal_to_gregorian(n)
        if jy == gy:
            date_text = f"{jd} {ENGLISH.month(jm)} (O.S.; {gd} {ENGLISH.month(gm)} N.S.) {jy}"
        else:
            date_text = f"{jd} {ENGLISH.month(jm)} {jy} (O.S.; {gd} {ENGLISH.month(gm)} {gy} N.S.)"
        sentence = (
            f"The parish register records that on {date_text} the vestry met, "
            "heard the churchwardens' accounts and agreed to mend the north aisle roof before winter. "
        )
        sentences.append(sentence)
        length += len(sentence)
    return "".join(sentences)


def first_read_time(reader: Callable[[str], object], text: str, repeat: int) -> float:
    """Best CPU seconds of ``reader(text)`` over ``repeat`` runs, each a first read of ``text``.

    The caches keyed by a text (the feast prefilter's windows and the text's distinct chunks,
    which ``check`` asks for again after ``scan``) are cleared before each run: a page or a
    file is read once, and best-of-N rounds on one text would otherwise time only what the
    first round left out.
    """
    from oldstyle.feastspots import feast_windows
    from oldstyle.patterns import distinct_chunks

    best = float("inf")
    for _ in range(repeat):
        feast_windows.cache_clear()
        distinct_chunks.cache_clear()
        best = min(best, best_time(lambda: reader(text), 1))
    return best


def run_scan(repeat: int, size: int) -> None:
    """Print the text scanner's throughput on generated prose, if the scanner exists."""
    try:
        from oldstyle.scanning import scan
    except ImportError:
        print("Text scanning: oldstyle.scanning is not available in this checkout")
        return
    corpus = prose_corpus(size)
    megabytes = len(corpus.encode("utf-8")) / 1e6
    found = len(scan(corpus))
    seconds = first_read_time(scan, corpus, repeat)
    print(f"Text scanning, {megabytes:.2f} MB of prose with {found:,} dual dates found:")
    per_date = seconds * 1e9 / max(found, 1)
    print(f"  oldstyle.scanning.scan {megabytes / seconds:10.2f} MB/s ({per_date:,.0f} ns per date found)")


def hostile_text(size: int) -> str:
    """About `size` characters built to make a backtracking scanner slow: long digit
    runs, piles of brackets and labels, and dates that never finish."""
    block = (
        "9" * 400
        + " O.S. N.S. " * 40
        + "([" * 150
        + " 25 October (O.S.; 7 November" * 25
        + " January/February/" * 30
        + " -1917-10-25-" * 20
    )
    return (block * (size // len(block) + 1))[:size]


def run_hostile_scan(repeat: int, size: int) -> None:
    """Print scan times on hostile text of `size` and twice that: the ratio should be near 2."""
    from oldstyle.scanning import scan

    half, full = hostile_text(size), hostile_text(2 * size)
    t_half = first_read_time(scan, half, repeat)
    t_full = first_read_time(scan, full, repeat)
    print(f"Text scanning, hostile text (linear time): {size / 1e6:.2f} MB in {t_half:.2f} s,")
    print(
        f"  {2 * size / 1e6:.2f} MB in {t_full:.2f} s: doubling the text took {t_full / t_half:.2f}x the time"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run every benchmark and print per-call times and ratios."""
    args = parse_args(argv, __doc__)
    bulk_count = 10_000 if args.quick else 10_000_000
    corpus_size = 20_000 if args.quick else 2_000_000
    started = time.perf_counter()
    report = Report(args.count, args.repeat)
    days = random_days(args.count)
    bench_core.run_core(report, days)
    run_jdcal(report, days)
    bench_core.run_ranges(report, args.count // 2)
    try:
        run_bulk(report, bulk_count)
    except ImportError:
        print("Bulk: NumPy is not installed (pip install 'oldstyle[numpy]')")
    run_scan(args.repeat, corpus_size)
    run_hostile_scan(min(args.repeat, 3), corpus_size // 4)
    print(f"(all benchmarks took {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
