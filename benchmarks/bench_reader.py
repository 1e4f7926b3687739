"""The text reader's speed in one run: sparse prose, date-dense text, hostile text.

Prints, for ``scan`` and ``check``: MB/s on sparse prose (a dual date every
2 KB among sentences full of page numbers, years and quantities), µs per
mention on dense text (a dual date about every 100 bytes), the check/scan
ratio on both, and how much longer hostile text twice the size takes (near
2 is linear).  Run from a checkout: ``python benchmarks/bench_reader.py``
(``--quick`` for a smoke run).  Times are the best CPU time of several runs.

Each run reads its text as for the first time: the caches keyed by a text
(the feast prefilter's windows and the text's distinct chunks, which ``check``
asks for after ``scan`` of the same text) are cleared before it.  A page or a
file is read once, so a cache filled by the round before would hide the cost
of what it holds, and best-of-N rounds would time only the first run's leftovers.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Sequence

from bench_all import first_read_time, hostile_text
from bench_core import parse_args

from oldstyle import _arith
from oldstyle.checking import check
from oldstyle.names import ENGLISH
from oldstyle.scanning import scan

# Prose that holds numbers but no date mention: the common case a reader must reject fast.
_FILLER = (
    "The account on page {n} of the second volume lists {q} barrels of ale and {r} loaves. ",
    "In {y} the mill was rebuilt at a cost of {q} pounds, as chapter {n} relates at length. ",
    "The churchwardens walked the bounds with {q} men and {r} boys, a custom kept since {y}. ",
    "See note {n} below; the figures for {y} and {z} are in table {r}, columns {q} to {n}. ",
    "Nothing further is recorded of the vestry that winter, and the roof was left as it stood. ",
)


def _dual_date(rng: random.Random) -> str:
    """One dual date in words ("25 October (O.S.; 7 November N.S.) 1717")."""
    n = rng.randint(_arith.julian_to_ordinal(1500, 1, 1), _arith.julian_to_ordinal(1920, 12, 31))
    (jy, jm, jd), (gy, gm, gd) = _arith.ordinal_to_julian(n), _arith.ordinal_to_gregorian(n)
    if jy == gy:
        return f"{jd} {ENGLISH.month(jm)} (O.S.; {gd} {ENGLISH.month(gm)} N.S.) {jy}"
    return f"{jd} {ENGLISH.month(jm)} {jy} (O.S.; {gd} {ENGLISH.month(gm)} {gy} N.S.)"


# Prose without a number, to thin the numbers out in the "plain prose" variant.
_PLAIN = (
    "The vestry heard the wardens at length and agreed to nothing, as was its custom. ",
    "Rain had stopped the work on the aisle, and the masons went home to their own parishes. ",
)


def sparse_prose(size: int, seed: int = 11, plain: int = 0, dates: bool = True) -> str:
    """About ``size`` characters of prose with numbers in most sentences (``plain`` sentences
    without a number after each of those) and a dual date every 2 KB (none if not ``dates``)."""
    rng = random.Random(seed)
    parts: list[str] = []
    length = since_date = 0
    while length < size:
        if dates and since_date >= 2000:
            part = f"The register records that on {_dual_date(rng)} the vestry met. "
            since_date = 0
        else:
            part = rng.choice(_FILLER).format(
                n=rng.randint(1, 400),
                q=rng.randint(2, 90),
                r=rng.randint(1, 30),
                y=rng.randint(1500, 1900),
                z=rng.randint(1500, 1900),
            ) + "".join(rng.choice(_PLAIN) for _ in range(plain))
        parts.append(part)
        length += len(part)
        since_date += len(part)
    return "".join(parts)


def dense_text(count: int, seed: int = 13) -> str:
    """``count`` sentences of about 100 characters, each holding one dual date."""
    rng = random.Random(seed)
    return "".join(f"The vestry met on {_dual_date(rng)} and sat late into the night. " for _ in range(count))


def _time_both(text: str, repeat: int) -> tuple[float, float]:
    """Best CPU seconds of scan and of check on ``text`` (each a first read), timed in alternating rounds."""
    readers: list[Callable[[str], object]] = [scan, check]
    best = [float("inf"), float("inf")]
    for _ in range(repeat):
        for index, reader in enumerate(readers):
            best[index] = min(best[index], first_read_time(reader, text, 1))
    return best[0], best[1]


def _report(text: str, repeat: int, header: str, rate: Callable[[float, int], str]) -> None:
    """Time scan and check on ``text``; print each as ``rate(seconds, mentions)`` and their ratio."""
    found = len(scan(text))
    t_scan, t_check = _time_both(text, repeat)
    spacing = len(text) // found if found else len(text)
    print(header.format(found=found, megabytes=len(text.encode("utf-8")) / 1e6, spacing=spacing))
    print(f"  scan  {rate(t_scan, found)}")
    print(f"  check {rate(t_check, found)}")
    print(f"  check / scan {t_check / t_scan:.2f}x")


def run_sparse(repeat: int, size: int) -> None:
    """Print scan and check MB/s on sparse prose: numbers in every sentence, then one in four;
    then the first prose without its dual dates (what rejecting text that holds none costs)."""
    variants = (
        ("numbers every 30 characters", 0, True),
        ("numbers every 100 characters", 3, True),
        ("numbers every 30 characters, no dual date", 0, False),
    )
    for name, plain, dates in variants:
        text = sparse_prose(size, plain=plain, dates=dates)
        megabytes = len(text.encode("utf-8")) / 1e6
        spacing = " (one per 2 KB)" if dates else ""
        header = f"Sparse prose, {name}, " + "{megabytes:.2f} MB, {found:,} dual dates" + spacing + ":"
        _report(text, repeat, header, lambda seconds, _: f"{megabytes / seconds:8.2f} MB/s")  # noqa: B023


def run_dense(repeat: int, count: int) -> None:
    """Print scan and check µs per mention on date-dense text."""
    header = "Dense text, {megabytes:.2f} MB, {found:,} dual dates (one per {spacing} bytes):"
    _report(
        dense_text(count),
        repeat,
        header,
        lambda seconds, found: f"{seconds * 1e6 / found:8.2f} µs per mention",
    )


def run_hostile(repeat: int, size: int) -> None:
    """Print scan and check times on hostile text of ``size`` and twice that."""
    half, full = hostile_text(size), hostile_text(2 * size)
    for name, reader in (("scan", scan), ("check", check)):
        t_half = first_read_time(reader, half, repeat)
        t_full = first_read_time(reader, full, repeat)
        print(
            f"Hostile text, {name}: {size / 1e6:.2f} MB in {t_half:.3f} s, {2 * size / 1e6:.2f} MB in "
            f"{t_full:.3f} s: doubling the text took {t_full / t_half:.2f}x the time"
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the reader benchmarks and print throughput, per-mention times and ratios."""
    args = parse_args(argv, __doc__)
    quick = args.quick
    sparse_size, dense_count, hostile_size = (20_000, 100, 20_000) if quick else (2_000_000, 10_000, 200_000)
    run_sparse(args.repeat, sparse_size)
    run_dense(args.repeat, dense_count)
    run_hostile(min(args.repeat, 3), hostile_size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
