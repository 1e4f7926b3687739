"""Whole columns: oldstyle.frame against pandas' own round trip, and Dask's local scheduler.

Prints, in one run:

* ISO text -> ISO text on ``--text-rows`` rows (default 1,000,000): oldstyle.frame's
  ``julian_to_gregorian`` against pandas' own parse + add days + strftime
  (``pd.to_datetime(format="%Y-%m-%d") + Timedelta`` then ``.dt.strftime``),
  for pandas' default string column and for an object column;
* ``--rows`` rows (default 10,000,000) converted by
  ``map_partitions(frame.julian_to_gregorian)`` on Dask's local threaded
  scheduler, against the same function on the whole pandas Series.

Run from a checkout: ``python benchmarks/bench_bulk.py`` (``--quick`` for a
smoke run; ``--rows`` shrinks it).  Times depend on the
machine; compare ratios.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence

import numpy as np
import pandas as pd
from bench_core import best_time

from oldstyle import array, frame


def iso_columns(rows: int, seed: int = 11) -> tuple[pd.Series, pd.Series]:
    """The same random days of 1583-1899 as Julian and as Gregorian ISO text."""
    rng = np.random.default_rng(seed)
    first, last = array.gregorian_to_ordinal(1583, 1, 1), array.gregorian_to_ordinal(1900, 1, 1)
    ordinals = rng.integers(int(first[()]), int(last[()]), rows)
    julian = frame.gregorian_to_julian(pd.Series(array.ordinal_to_datetime64(ordinals)))
    gregorian = pd.Series(array.ordinal_to_datetime64(ordinals)).dt.strftime("%Y-%m-%d")
    return julian.astype(str), gregorian


def pandas_round_trip(gregorian: pd.Series) -> pd.Series:
    """pandas' own text -> days -> text: the floor a text-to-text conversion is measured against."""
    days = pd.to_datetime(gregorian, format="%Y-%m-%d") + pd.Timedelta(days=10)
    return days.dt.strftime("%Y-%m-%d")


def interleaved_best(candidates: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """The best time of each candidate, timed in interleaved rounds so that load hits all alike."""
    best = dict.fromkeys(candidates, float("inf"))
    for _ in range(repeat):
        for name, work in candidates.items():
            best[name] = min(best[name], best_time(work, 1))
    return best


def run_text(rows: int, repeat: int) -> None:
    """frame text -> text beside pandas' own round trip, for both kinds of string column."""
    julian, gregorian = iso_columns(rows)
    as_objects = julian.astype(object)
    times = interleaved_best(
        {
            "pandas parse + add days + strftime": lambda: pandas_round_trip(gregorian),
            "oldstyle.frame.julian_to_gregorian (str)": lambda: frame.julian_to_gregorian(julian),
            "oldstyle.frame.julian_to_gregorian (object)": lambda: frame.julian_to_gregorian(as_objects),
        },
        repeat,
    )
    floor = times.pop("pandas parse + add days + strftime")
    print(f"ISO text -> ISO text, {rows:,} rows (best of {repeat} interleaved rounds):")
    print(f"  {'pandas parse + add days + strftime':44s}{floor:8.3f} s")
    for name, seconds in times.items():
        print(f"  {name:44s}{seconds:8.3f} s   ratio {seconds / floor:.2f}x pandas (goal <= 1.5x)")


def run_dask(rows: int, partitions: int) -> None:
    """map_partitions on Dask's local threaded scheduler beside one pandas call on the same rows."""
    try:
        import dask
        import dask.dataframe as dd
    except ImportError:
        print("Dask: not installed (pip install '.[dask]')")
        return
    julian, _ = iso_columns(rows, seed=12)
    started = time.perf_counter()
    expected = frame.julian_to_gregorian(julian)
    pandas_seconds = time.perf_counter() - started
    ddf = dd.from_pandas(julian.to_frame("os"), npartitions=partitions)
    converted = ddf["os"].map_partitions(frame.julian_to_gregorian, meta=("os", "object"))
    with dask.config.set(scheduler="threads"):
        started = time.perf_counter()
        result = converted.compute()
        dask_seconds = time.perf_counter() - started
    assert result.tolist() == expected.tolist(), "Dask and pandas disagree"
    print(f"{rows:,} rows, Julian ISO text -> Gregorian ISO text:")
    print(f"  {'pandas, one call':44s}{pandas_seconds:8.3f} s")
    print(
        f"  {f'Dask local threads, {partitions} partitions':44s}{dask_seconds:8.3f} s   "
        f"ratio {dask_seconds / pandas_seconds:.2f}x pandas ({rows / dask_seconds / 1e6:.1f}M rows/s)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the bulk benchmarks and print times and ratios."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=10_000_000, help="rows for Dask (default 10,000,000)")
    parser.add_argument(
        "--text-rows",
        type=int,
        default=1_000_000,
        help="rows for text -> text (default 1,000,000; at most --rows)",
    )
    parser.add_argument("--partitions", type=int, default=20, help="Dask partitions (default 20)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per candidate; the best counts")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 20,000 rows, 2 repeats")
    args = parser.parse_args(argv)
    if args.quick:
        args.rows, args.repeat, args.partitions = 20_000, 2, 4
    run_text(min(args.text_rows, args.rows), args.repeat)
    run_dask(args.rows, args.partitions)
    return 0


if __name__ == "__main__":
    sys.exit(main())
