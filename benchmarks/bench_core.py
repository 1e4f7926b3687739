"""Per-call time of oldstyle's scalar conversions beside datetime's C floor and convertdate.

Two parts: years 1..2100 beside datetime's C floor and a bare class, then
each of four year ranges (1..2100, 3900..9999, -4712..0, ±1,000,000) with
the ratios issue 14 asks for.  Run from a checkout:
``python benchmarks/bench_core.py`` (``--quick`` for a smoke run).  Times
are the benchmark thread's CPU time, so other processes on a shared machine
disturb them less; they are machine-dependent, and the ratios are what to
compare.
"""

from __future__ import annotations

import argparse
import platform
import random
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

try:
    import oldstyle
except ImportError:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import oldstyle

from oldstyle import JulianDate, _arith

Ymd = tuple[int, int, int]

# The years that dated records come from: the Julian calendar's working life.
FIRST_YEAR = 1
LAST_YEAR = 2100


# The ranges of issue 14: every range within 1.3x of the first one.
RANGES = {
    "1..2100": (1, 2100),
    "3900..9999": (3900, 9999),
    "-4712..0": (-4712, 0),
    "±1,000,000": (-1_000_000, 1_000_000),
}


def random_days(count: int, seed: int = 2024, years: tuple[int, int] = (FIRST_YEAR, LAST_YEAR)) -> list[int]:
    """Random day ordinals, uniform over the Julian years given (FIRST_YEAR..LAST_YEAR by default)."""
    rng = random.Random(seed)
    low = _arith.julian_to_ordinal(years[0], 1, 1)
    if years == (FIRST_YEAR, LAST_YEAR):
        low = max(1, low)  # datetime starts at ordinal 1
    high = _arith.julian_to_ordinal(years[1], 12, 31)
    return [rng.randint(low, high) for _ in range(count)]


def best_time(loop: Callable[[], object], repeat: int) -> float:
    """Best CPU time of this thread over `repeat` runs of `loop`, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.thread_time()
        loop()
        best = min(best, time.thread_time() - start)
    return best


# --- the loops timed: each calls its function once per date, the same way ---


def call_each(convert: Callable[[int, int, int], object], dates: Sequence[Ymd]) -> None:
    """Call ``convert(y, m, d)`` on every date: the loop every tuple function is timed in."""
    for y, m, d in dates:
        convert(y, m, d)


def loop_julian_date(dates: Sequence[Ymd]) -> None:
    """JulianDate(y, m, d).to_gregorian() on every (y, m, d)."""
    for y, m, d in dates:
        JulianDate(y, m, d).to_gregorian()


class BareDay:
    """The least a date object can be: two slots, no checks, one datetime call to convert.

    Timed beside JulianDate to show what any Python class costs to build and
    call a method on, before it checks anything.
    """

    __slots__ = ("_ordinal", "_ymd")

    def __init__(self, year: int, month: int, day: int) -> None:
        self._ordinal = 700_000
        self._ymd = (year, month, day)

    def to_gregorian(self) -> date:
        """datetime.date.fromordinal of a fixed day."""
        return date.fromordinal(self._ordinal)


def loop_bare_day(dates: Sequence[Ymd]) -> None:
    """BareDay(y, m, d).to_gregorian() on every (y, m, d)."""
    for y, m, d in dates:
        BareDay(y, m, d).to_gregorian()


def loop_datetime_floor(days: Sequence[date]) -> None:
    """datetime.date.fromordinal(d.toordinal()): the C floor for a day round trip."""
    fromordinal = date.fromordinal
    for d in days:
        fromordinal(d.toordinal())


def convertdate_functions() -> dict[str, Callable[[int, int, int], object]]:
    """convertdate's julian.to_gregorian / from_gregorian, if it is installed."""
    try:
        from convertdate import julian  # type: ignore[import-untyped]
    except ImportError:
        return {}
    return {"j2g": julian.to_gregorian, "g2j": julian.from_gregorian}


class Report:
    """Times loops in interleaved rounds and prints per-call times (ns) and ratios.

    Each round runs every queued loop once and the best round counts, so a
    burst of load on a shared machine hits all candidates alike.
    """

    def __init__(self, calls: int, repeat: int) -> None:
        self.calls = calls
        self.repeat = repeat
        self.ns: dict[str, float] = {}
        self._queued: list[tuple[str, Callable[[], object], int]] = []

    def time(self, name: str, loop: Callable[[], object], calls: int | None = None) -> None:
        """Queue `loop` (which makes `calls` calls) to be timed under `name` by :meth:`run`."""
        self._queued.append((name, loop, calls or self.calls))

    def run(self) -> None:
        """Time the queued loops in `repeat` interleaved rounds; print ns per call."""
        best = {name: float("inf") for name, _, _ in self._queued}
        for _ in range(self.repeat):
            for name, loop, _ in self._queued:
                best[name] = min(best[name], best_time(loop, 1))
        for name, _, calls in self._queued:
            self.ns[name] = best[name] / calls * 1e9
            print(f"  {name:<44} {self.ns[name]:10.1f} ns/call")
        self._queued = []

    def ratio(self, label: str, slower: str, faster: str) -> None:
        """Print how many times `slower` takes as long as `faster` (if both were timed)."""
        if slower in self.ns and faster in self.ns:
            print(f"  {label:<60} {self.ns[slower] / self.ns[faster]:6.2f}x")


def run_core(report: Report, days: list[int]) -> None:
    """Time the scalar conversions over `days` and print the ratios issue 2 and 7 ask for."""
    julian = [_arith.ordinal_to_julian(n) for n in days]
    gregorian = [_arith.ordinal_to_gregorian(n) for n in days]
    datetimes = [date.fromordinal(n) for n in days]
    where = f"best of {report.repeat}, {platform.python_implementation()} {platform.python_version()}"
    print(f"Scalar, {len(days):,} random days in years {FIRST_YEAR}..{LAST_YEAR} ({where}):")
    report.time("datetime floor: fromordinal(d.toordinal())", lambda: loop_datetime_floor(datetimes))
    report.time("oldstyle.julian_to_gregorian", lambda: call_each(oldstyle.julian_to_gregorian, julian))
    report.time("oldstyle.gregorian_to_julian", lambda: call_each(oldstyle.gregorian_to_julian, gregorian))
    report.time("JulianDate(y, m, d).to_gregorian()", lambda: loop_julian_date(julian))
    report.time("BareDay(y, m, d).to_gregorian(), no checks", lambda: loop_bare_day(julian))
    other = convertdate_functions()
    if other:
        report.time("convertdate julian.to_gregorian", lambda: call_each(other["j2g"], julian))
        report.time("convertdate julian.from_gregorian", lambda: call_each(other["g2j"], gregorian))
    report.run()
    if not other:
        print("  convertdate is not installed (pip install 'oldstyle[bench]')")
    print("Ratios:")
    floor = "datetime floor: fromordinal(d.toordinal())"
    report.ratio("julian_to_gregorian / datetime floor (target <= 3)", "oldstyle.julian_to_gregorian", floor)
    report.ratio("gregorian_to_julian / datetime floor (target <= 3)", "oldstyle.gregorian_to_julian", floor)
    report.ratio(
        "convertdate to_gregorian / julian_to_gregorian (target >= 5)",
        "convertdate julian.to_gregorian",
        "oldstyle.julian_to_gregorian",
    )
    report.ratio(
        "convertdate from_gregorian / gregorian_to_julian (target >= 5)",
        "convertdate julian.from_gregorian",
        "oldstyle.gregorian_to_julian",
    )
    report.ratio(
        "JulianDate path / julian_to_gregorian (target <= 2)",
        "JulianDate(y, m, d).to_gregorian()",
        "oldstyle.julian_to_gregorian",
    )
    report.ratio(
        "  of which a bare class's own cost / julian_to_gregorian",
        "BareDay(y, m, d).to_gregorian(), no checks",
        "oldstyle.julian_to_gregorian",
    )


def run_ranges(report: Report, count: int) -> None:
    """Time both tuple functions, JulianDate and convertdate in each of RANGES; print issue 14's ratios."""
    other = convertdate_functions()
    print(f"Scalar by range, {count:,} random days per range (ns per call, best of {report.repeat}):")
    for name, years in RANGES.items():
        days = random_days(count, years=years)
        julian = [_arith.ordinal_to_julian(n) for n in days]
        gregorian = [_arith.ordinal_to_gregorian(n) for n in days]
        oldstyle.julian_to_gregorian(*julian[0])  # the shift tables are built a century at a time
        report.time(
            f"{name}: julian_to_gregorian", lambda j=julian: call_each(oldstyle.julian_to_gregorian, j)
        )
        report.time(
            f"{name}: gregorian_to_julian", lambda g=gregorian: call_each(oldstyle.gregorian_to_julian, g)
        )
        report.time(f"{name}: JulianDate(y, m, d).to_gregorian()", lambda j=julian: loop_julian_date(j))
        if other:
            report.time(
                f"{name}: convertdate julian.to_gregorian", lambda j=julian: call_each(other["j2g"], j)
            )
            report.time(
                f"{name}: convertdate julian.from_gregorian", lambda g=gregorian: call_each(other["g2j"], g)
            )
    report.run()
    if not other:
        print("  convertdate is not installed (pip install 'oldstyle[test]')")
    print("Ratios by range:")
    base = next(iter(RANGES))
    for name in RANGES:
        for function, theirs in (
            ("julian_to_gregorian", "to_gregorian"),
            ("gregorian_to_julian", "from_gregorian"),
        ):
            ours = f"{name}: {function}"
            report.ratio(
                f"{name}: convertdate / {function} (target >= 5)",
                f"{name}: convertdate julian.{theirs}",
                ours,
            )
            report.ratio(
                f"{name}: {function} / the same in {base} (target <= 1.3)", ours, f"{base}: {function}"
            )
        report.ratio(
            f"{name}: JulianDate path / julian_to_gregorian (target <= 2.5)",
            f"{name}: JulianDate(y, m, d).to_gregorian()",
            f"{name}: julian_to_gregorian",
        )


def parse_args(argv: Sequence[str] | None, description: str | None) -> argparse.Namespace:
    """The options every benchmark script takes."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true", help="tiny sizes, one repeat: a smoke run for CI")
    parser.add_argument("--count", type=int, default=200_000, help="dates per scalar run (default 200,000)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement; the best is kept")
    args = parser.parse_args(argv)
    if args.quick:
        args.count, args.repeat = 2_000, 1
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the scalar benchmark and print per-call times and ratios."""
    args = parse_args(argv, __doc__)
    report = Report(args.count, args.repeat)
    run_core(report, random_days(args.count))
    run_ranges(report, args.count // 2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
