"""Bulk conversion of NumPy arrays between the Julian and Gregorian calendars.

Needs the ``numpy`` extra (``pip install '.[numpy]'`` from a clone); the rest of
oldstyle stays pure Python.  Dates travel as three integer arrays (year,
month, day, astronomical years as in the scalar API), as day ordinals
(:meth:`datetime.date.toordinal`'s count) or as ``datetime64[D]``.

``datetime64[D]`` is NumPy's day count from 1970-01-01 and its labels are
**proleptic Gregorian**: a ``datetime64`` never holds a Julian label, it
holds the day.  So :func:`julian_to_datetime64` turns Julian labels into the
days they name, and :func:`datetime64_to_julian` reads days back as Julian
labels.

Every function gives exactly the answers of the scalar functions in
:mod:`oldstyle.core`, row by row, and validates its whole input first: the
first impossible row raises :class:`~oldstyle.InvalidDateError` with its index,
its value and the scalar function's reason::

    >>> import numpy as np
    >>> from oldstyle import array
    >>> y, m, d = array.julian_to_gregorian(np.array([1917, 1700]), np.array([10, 2]), np.array([25, 29]))
    >>> y.tolist(), m.tolist(), d.tolist()
    ([1917, 1700], [11, 3], [7, 11])
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import cast

import numpy as np
import numpy.typing as npt

from oldstyle import _arith, core, cycles
from oldstyle.cells import ErrorPolicy, error_policy
from oldstyle.core import Calendar
from oldstyle.errors import InvalidDateError

__all__ = [
    "MAX_ABS_ORDINAL",
    "MAX_ABS_YEAR",
    "IntArray",
    "datetime64_to_julian",
    "datetime64_to_ordinal",
    "error_reasons",
    "gregorian_to_julian",
    "gregorian_to_ordinal",
    "is_valid",
    "julian_to_datetime64",
    "julian_to_gregorian",
    "julian_to_ordinal",
    "ordinal_to_datetime64",
    "ordinal_to_gregorian",
    "ordinal_to_julian",
]

IntArray = npt.NDArray[np.int64]
"""The arrays these functions return: ``int64`` years, months, days or ordinals."""

BoolArray = npt.NDArray[np.bool_]

MAX_ABS_YEAR = 10**12
"""Largest year magnitude accepted, so that every step stays inside ``int64``."""

MAX_ABS_ORDINAL = 365 * MAX_ABS_YEAR
"""Largest ordinal magnitude accepted, for the same reason."""

# NumPy's datetime64 counts days from 1970-01-01; NaT is int64's minimum.
_EPOCH_1970 = _arith.gregorian_to_ordinal(1970, 1, 1)
_NAT = int(np.iinfo(np.int64).min)

# Rows converted per step: small enough that the temporaries stay in cache.
_BLOCK = 1 << 14

Step = Callable[..., tuple[BoolArray, tuple[IntArray, ...]]]
"""Converts one block of columns: (which rows were valid, the output columns)."""


# --- the tables ---------------------------------------------------------------
# Each calendar repeats: the Julian every 4 years (1461 days), the Gregorian
# every 400 (146097 days).  So a date is its cycle number plus a row of one
# small table, and the work per row is one division and a few table reads.
# For the index 13 * (year within cycle) + month, the *_MONTH_DAY0 tables
# hold the ordinal of the month's day 0 in the first cycle and *_MONTH_LENGTH
# its length.  Month 0 of each year and one slot past the end have length 0:
# months are clipped to 0..13, so an impossible month lands on such a slot
# and no day fits it.

# Julian: oldstyle.cycles' tables (cycle 0 starts at Julian 0000-01-01), as arrays.
_JULIAN_START = cycles.JULIAN_CYCLE_START
_JULIAN_YEAR, _JULIAN_MONTH, _JULIAN_DAY = np.array(cycles.JULIAN_CYCLE_DAYS, dtype=np.int16).T
_JULIAN_MONTH_DAY0, _JULIAN_MONTH_LENGTH = np.array([*cycles.JULIAN_MONTHS, (0, 0)], dtype=np.int64).T


def _gregorian_cycle() -> tuple[npt.NDArray[np.int16], ...]:
    """Year (0..399), month and day of each day of Gregorian years 1..400.

    Read from NumPy's own ``datetime64[D]`` calendar, which is proleptic
    Gregorian, so these tables come from outside oldstyle's arithmetic.
    """
    days = np.arange("0001-01-01", "0401-01-01", dtype="datetime64[D]")
    months = days.astype("datetime64[M]")
    year = months.astype("datetime64[Y]").astype(np.int64) + 1970 - 1
    month = months.astype(np.int64) % 12 + 1
    day = (days - months).astype(np.int64) + 1
    return year.astype(np.int16), month.astype(np.int16), day.astype(np.int16)


def _gregorian_months(day: npt.NDArray[np.int16]) -> tuple[IntArray, IntArray]:
    """Day-0 ordinals and lengths of the 400 * 12 months of the Gregorian cycle."""
    first_days = np.flatnonzero(day == 1)  # ordinal - 1 of each month's 1st
    day0 = np.zeros((400, 13), dtype=np.int64)
    length = np.zeros((400, 13), dtype=np.int64)
    day0[:, 1:] = first_days.reshape(400, 12)
    length[:, 1:] = np.diff(first_days, append=len(day)).reshape(400, 12)
    return np.append(day0.ravel(), 0), np.append(length.ravel(), 0)


_GREGORIAN_YEAR, _GREGORIAN_MONTH, _GREGORIAN_DAY = _gregorian_cycle()
_GREGORIAN_MONTH_DAY0, _GREGORIAN_MONTH_LENGTH = _gregorian_months(_GREGORIAN_DAY)
_DAYS_IN_400_YEARS = _arith.DAYS_IN_400_GREGORIAN_YEARS


# --- one block: labels to ordinals (with validity) and back ------------------------


def _years_ok(year: IntArray) -> BoolArray:
    # Two comparisons, not abs(): abs() of int64's minimum overflows to itself.
    return (year >= -MAX_ABS_YEAR) & (year <= MAX_ABS_YEAR)


def _from_julian(year: IntArray, month: IntArray, day: IntArray) -> tuple[BoolArray, tuple[IntArray]]:
    """Which rows are Julian dates, and their ordinals."""
    index = 13 * (year & 3) + np.clip(month, 0, 13)  # year & 3 == year % 4, negative years too
    ok = (day >= 1) & (day <= _JULIAN_MONTH_LENGTH[index]) & _years_ok(year)
    return ok, (1461 * (year >> 2) + _JULIAN_MONTH_DAY0[index] + day,)  # year >> 2 == year // 4


def _from_gregorian(year: IntArray, month: IntArray, day: IntArray) -> tuple[BoolArray, tuple[IntArray]]:
    """Which rows are proleptic Gregorian dates, and their ordinals."""
    cycle, year_of_cycle = np.divmod(year - 1, 400)
    index = 13 * year_of_cycle + np.clip(month, 0, 13)
    ok = (day >= 1) & (day <= _GREGORIAN_MONTH_LENGTH[index]) & _years_ok(year)
    return ok, (_DAYS_IN_400_YEARS * cycle + _GREGORIAN_MONTH_DAY0[index] + day,)


def _julian_label(ordinal: IntArray) -> tuple[IntArray, ...]:
    cycle, i = np.divmod(ordinal - _JULIAN_START, 1461)
    year = cast(IntArray, 4 * cycle + _JULIAN_YEAR[i])  # NumPy's stubs lose divmod's int dtype
    return year, _JULIAN_MONTH[i].astype(np.int64), _JULIAN_DAY[i].astype(np.int64)


def _gregorian_label(ordinal: IntArray) -> tuple[IntArray, ...]:
    cycle, i = np.divmod(ordinal - 1, _DAYS_IN_400_YEARS)
    year = cast(IntArray, 400 * cycle + 1 + _GREGORIAN_YEAR[i])
    return year, _GREGORIAN_MONTH[i].astype(np.int64), _GREGORIAN_DAY[i].astype(np.int64)


def _then(step: Step, label: Callable[[IntArray], tuple[IntArray, ...]]) -> Step:
    """A step that labels the ordinals another step produced."""

    def combined(*columns: IntArray) -> tuple[BoolArray, tuple[IntArray, ...]]:
        ok, (ordinal,) = step(*columns)
        return ok, label(ordinal)

    return combined


def _from_ordinals(label: Callable[[IntArray], tuple[IntArray, ...]], shift: int = 0) -> Step:
    """A step that checks ordinals (``values + shift``) and labels them."""

    def step(values: IntArray) -> tuple[BoolArray, tuple[IntArray, ...]]:
        limit = MAX_ABS_ORDINAL - abs(shift)  # so that values + shift stays in range too
        ok = (values >= -limit) & (values <= limit)  # not abs(): NaT is int64's minimum
        return ok, label(values + shift if shift else values)

    return step


def _ordinals(ordinal: IntArray) -> tuple[IntArray]:
    return (ordinal,)


# --- input checks and the block loop ------------------------------------------------


def _as_int64(name: str, values: npt.ArrayLike) -> IntArray:
    """The values as an int64 array; InvalidDateError for bool, float or text."""
    array = np.asarray(values)
    if array.size == 0:
        return array.astype(np.int64)  # [] is float64 to NumPy, but holds no bad value
    if array.dtype.kind not in "iu":
        raise InvalidDateError(
            f"{name} must be an integer array, not dtype {array.dtype}; "
            "convert with .astype('int64') after checking it holds whole numbers"
        )
    if array.dtype.kind == "u" and array.size and array.max() > np.iinfo(np.int64).max:
        raise InvalidDateError(f"{name} has values beyond int64; years must be within ±{MAX_ABS_YEAR:,}")
    return array.astype(np.int64, copy=False)


def _columns(year: npt.ArrayLike, month: npt.ArrayLike, day: npt.ArrayLike) -> list[IntArray]:
    """Year, month and day as int64 arrays of one shape (scalars broadcast)."""
    columns = (_as_int64("year", year), _as_int64("month", month), _as_int64("day", day))
    try:
        return list(np.broadcast_arrays(*columns))
    except ValueError:
        shapes = ", ".join(str(c.shape) for c in columns)
        raise InvalidDateError(
            f"year, month and day must have the same length (or be scalars), not shapes {shapes}"
        ) from None


def _days_since_1970(values: npt.ArrayLike) -> IntArray:
    """datetime64 values as whole days since 1970-01-01 (NaT stays NumPy's NaT integer)."""
    array = np.asarray(values)
    if array.dtype.kind != "M":
        raise InvalidDateError(f"expected datetime64 values, not dtype {array.dtype}")
    return array.astype("datetime64[D]").astype(np.int64)


def _why_not(calendar: Calendar) -> Callable[..., str]:
    """Explain why (year, month, day) failed: the scalar function's reason, or the year range."""

    def explain(year: int, month: int, day: int) -> str:
        try:
            core.validate(year, month, day, calendar)
        except InvalidDateError as error:
            return str(error)
        return (
            f"year {year} is outside the years the bulk functions handle (±{MAX_ABS_YEAR:,}); "
            "use the scalar functions for it"
        )

    return explain


def _why_not_ordinal(ordinal: int) -> str:
    return (
        f"ordinal {ordinal} is outside ±{MAX_ABS_ORDINAL:,}, the range the bulk functions handle; "
        "use the scalar functions for it"
    )


def _why_not_day(days_since_1970: int) -> str:
    if days_since_1970 == _NAT:
        return "NaT (a missing date) has no day to convert; drop or fill missing values first"
    return _why_not_ordinal(days_since_1970 + _EPOCH_1970)


def _row_label(shape: tuple[int, ...], row: int) -> str:
    """``row 5`` for 1-D input, ``row (2, 1)`` for more dimensions."""
    if len(shape) <= 1:
        return f"row {row}"
    return f"row {tuple(int(i) for i in np.unravel_index(row, shape))}"


def _raise_row(
    row: int, flat: Sequence[IntArray], shape: tuple[int, ...], explain: Callable[..., str]
) -> None:
    """Raise InvalidDateError for one bad row: its place in the input and `explain`'s reason."""
    reason = explain(*(int(column[row]) for column in flat))
    raise InvalidDateError(f"{_row_label(shape, row)}: {reason}")


def _blockwise(
    columns: Sequence[IntArray], step: Step, explain: Callable[..., str], errors: ErrorPolicy = "raise"
) -> tuple[tuple[IntArray, ...], BoolArray]:
    """Run `step` over the columns block by block: the outputs, and which rows were valid.

    Under ``errors="raise"`` the first bad row raises, with `explain`'s reason.
    Working in blocks keeps every temporary array in the CPU cache, which
    makes chains of NumPy operations several times faster than on whole
    columns of millions of rows.
    """
    shape = columns[0].shape
    flat = [np.ravel(column) for column in columns]
    size = flat[0].size
    results: list[IntArray] = []
    valid = np.ones(size, dtype=bool)
    for start in range(0, max(size, 1), _BLOCK):
        part = slice(start, start + _BLOCK)
        ok, outputs = step(*(column[part] for column in flat))
        if errors == "raise" and not ok.all():
            _raise_row(start + int(np.argmin(ok)), flat, shape, explain)
        valid[part] = ok
        if not results:
            results = [np.empty(size, dtype=np.int64) for _ in outputs]
        for result, values in zip(results, outputs, strict=True):
            result[part] = values
    return tuple(result.reshape(shape) for result in results), valid.reshape(shape)


def _finish(
    outputs: tuple[tuple[IntArray, ...], BoolArray], errors: ErrorPolicy
) -> tuple[IntArray, IntArray, IntArray]:
    """Three output columns; under ``errors="coerce"`` masked where the row was bad."""
    arrays, ok = outputs
    if errors == "coerce":
        arrays = tuple(np.ma.masked_array(a, mask=~ok) for a in arrays)
    year, month, day = arrays
    return year, month, day


def _finish_one(outputs: tuple[tuple[IntArray, ...], BoolArray], errors: ErrorPolicy) -> IntArray:
    """One output column; under ``errors="coerce"`` masked where the row was bad."""
    (values,), ok = outputs
    if errors == "coerce":
        return np.ma.masked_array(values, mask=~ok)
    return values


def _days(outputs: tuple[tuple[IntArray, ...], BoolArray]) -> npt.NDArray[np.datetime64]:
    """Days since 1970 as ``datetime64[D]``, NaT where the row was bad."""
    (days,), ok = outputs
    return np.where(ok, days, _NAT).astype("datetime64[D]")


# --- public functions -----------------------------------------------------------


def julian_to_ordinal(
    year: npt.ArrayLike, month: npt.ArrayLike, day: npt.ArrayLike, *, errors: ErrorPolicy = "raise"
) -> IntArray:
    """Day ordinals of Julian dates (vectorised :func:`oldstyle.julian_to_ordinal`)."""
    policy = error_policy(errors)
    return _finish_one(
        _blockwise(_columns(year, month, day), _from_julian, _why_not("julian"), policy), policy
    )


def gregorian_to_ordinal(
    year: npt.ArrayLike, month: npt.ArrayLike, day: npt.ArrayLike, *, errors: ErrorPolicy = "raise"
) -> IntArray:
    """Day ordinals of proleptic Gregorian dates (vectorised :func:`oldstyle.gregorian_to_ordinal`)."""
    policy = error_policy(errors)
    outputs = _blockwise(_columns(year, month, day), _from_gregorian, _why_not("gregorian"), policy)
    return _finish_one(outputs, policy)


def ordinal_to_julian(
    ordinal: npt.ArrayLike, *, errors: ErrorPolicy = "raise"
) -> tuple[IntArray, IntArray, IntArray]:
    """Julian ``(year, month, day)`` arrays of day ordinals."""
    return _labels_of_ordinals(ordinal, _julian_label, errors)


def ordinal_to_gregorian(
    ordinal: npt.ArrayLike, *, errors: ErrorPolicy = "raise"
) -> tuple[IntArray, IntArray, IntArray]:
    """Proleptic Gregorian ``(year, month, day)`` arrays of day ordinals."""
    return _labels_of_ordinals(ordinal, _gregorian_label, errors)


def _labels_of_ordinals(
    ordinal: npt.ArrayLike, label: Callable[[IntArray], tuple[IntArray, ...]], errors: ErrorPolicy
) -> tuple[IntArray, IntArray, IntArray]:
    """``(year, month, day)`` arrays of day ordinals, labelled by ``label`` (one calendar's)."""
    policy = error_policy(errors)
    columns = [_as_int64("ordinal", ordinal)]
    return _finish(_blockwise(columns, _from_ordinals(label), _why_not_ordinal, policy), policy)


def julian_to_gregorian(
    year: npt.ArrayLike, month: npt.ArrayLike, day: npt.ArrayLike, *, errors: ErrorPolicy = "raise"
) -> tuple[IntArray, IntArray, IntArray]:
    """Gregorian ``(year, month, day)`` arrays of Julian dates, row by row.

    The same answers as :func:`oldstyle.julian_to_gregorian`; the first
    impossible row raises :class:`~oldstyle.InvalidDateError` naming its index,
    or, with ``errors="coerce"``, is masked in the masked arrays returned.
    """
    policy = error_policy(errors)
    step = _then(_from_julian, _gregorian_label)
    return _finish(_blockwise(_columns(year, month, day), step, _why_not("julian"), policy), policy)


def gregorian_to_julian(
    year: npt.ArrayLike, month: npt.ArrayLike, day: npt.ArrayLike, *, errors: ErrorPolicy = "raise"
) -> tuple[IntArray, IntArray, IntArray]:
    """Julian ``(year, month, day)`` arrays of Gregorian dates, row by row.

    The same answers as :func:`oldstyle.gregorian_to_julian`; the first
    impossible row (e.g. 1900-02-29) raises :class:`~oldstyle.InvalidDateError`,
    or, with ``errors="coerce"``, is masked.
    """
    policy = error_policy(errors)
    step = _then(_from_gregorian, _julian_label)
    return _finish(_blockwise(_columns(year, month, day), step, _why_not("gregorian"), policy), policy)


def ordinal_to_datetime64(
    ordinal: npt.ArrayLike, *, errors: ErrorPolicy = "raise"
) -> npt.NDArray[np.datetime64]:
    """The days of ordinals as ``datetime64[D]`` (whose labels are proleptic Gregorian); NaT under coerce."""
    policy = error_policy(errors)
    columns = [_as_int64("ordinal", ordinal)]
    return _days(_blockwise(columns, _from_ordinals(_ordinals, -_EPOCH_1970), _why_not_ordinal, policy))


def datetime64_to_ordinal(values: npt.ArrayLike, *, errors: ErrorPolicy = "raise") -> IntArray:
    """Day ordinals of ``datetime64`` values (any unit; the time of day is dropped).

    NaT has no day, so it raises :class:`~oldstyle.InvalidDateError` naming the
    row (or is masked under ``errors="coerce"``); :mod:`oldstyle.frame` passes
    missing values through.
    """
    policy = error_policy(errors)
    columns = [_days_since_1970(values)]
    outputs = _blockwise(columns, _from_ordinals(_ordinals, _EPOCH_1970), _why_not_day, policy)
    return _finish_one(outputs, policy)


def julian_to_datetime64(
    year: npt.ArrayLike, month: npt.ArrayLike, day: npt.ArrayLike, *, errors: ErrorPolicy = "raise"
) -> npt.NDArray[np.datetime64]:
    """The days named by Julian labels, as ``datetime64[D]`` (proleptic Gregorian labels).

    Bad rows raise, or are NaT under ``errors="coerce"``.
    """
    policy = error_policy(errors)
    (ordinal,), ok = _blockwise(_columns(year, month, day), _from_julian, _why_not("julian"), policy)
    return _days(((ordinal - _EPOCH_1970,), ok))


def datetime64_to_julian(
    values: npt.ArrayLike, *, errors: ErrorPolicy = "raise"
) -> tuple[IntArray, IntArray, IntArray]:
    """Julian ``(year, month, day)`` arrays of the days in a ``datetime64`` array.

    NaT raises, or is masked under ``errors="coerce"``.
    """
    policy = error_policy(errors)
    columns = [_days_since_1970(values)]
    return _finish(
        _blockwise(columns, _from_ordinals(_julian_label, _EPOCH_1970), _why_not_day, policy), policy
    )


# --- which rows are dates, and why not --------------------------------------------


def is_valid(
    year: npt.ArrayLike, month: npt.ArrayLike, day: npt.ArrayLike, calendar: str = "julian"
) -> BoolArray:
    """A mask: True where ``(year, month, day)`` is a date of ``calendar`` these functions convert.

    Vectorised :func:`oldstyle.is_valid` (plus the year range ±``MAX_ABS_YEAR``);
    wrong-typed arrays still raise :class:`~oldstyle.InvalidDateError`.

    >>> is_valid([1700, 1900], [2, 2], [29, 29], "gregorian").tolist()
    [False, False]
    >>> is_valid([1700, 1900], [2, 2], [29, 29]).tolist()
    [True, True]
    """
    cal = core.calendar_name(calendar)
    step = _from_julian if cal == "julian" else _from_gregorian
    _, ok = _blockwise(_columns(year, month, day), step, _why_not(cal), "coerce")
    return ok


def error_reasons(
    year: npt.ArrayLike, month: npt.ArrayLike, day: npt.ArrayLike, calendar: str = "julian"
) -> npt.NDArray[np.object_]:
    """Why each row is not a date of ``calendar``: an object array of messages, None for good rows.

    >>> error_reasons([1917, 1900], [10, 2], [25, 29], "gregorian").tolist()[1]
    '1900-02-29 is not a Gregorian date: 1900 is not a Gregorian leap year (it is a Julian one)'
    """
    cal = core.calendar_name(calendar)
    columns = _columns(year, month, day)
    ok = is_valid(columns[0], columns[1], columns[2], cal)
    reasons = np.full(ok.shape, None, dtype=object)
    explain = _why_not(cal)
    for row in zip(*np.nonzero(~ok), strict=True):
        reasons[row] = explain(*(int(column[row]) for column in columns))
    return reasons
