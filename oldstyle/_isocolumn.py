"""Plain ISO text columns read and written as byte matrices, for :mod:`oldstyle.frame`.

A column of ``YYYY-MM-DD`` strings is read without a Python-level loop: the
characters become a (rows x 10) matrix of code points (straight from
pyarrow's buffers when pandas keeps the strings in Arrow, else through
NumPy's fixed-width strings), checked and turned into year, month and day
columns with a few array operations.  Rows that are not exactly plain ISO
(signs, long years, spaces, prose, other types) are left to the row-by-row
reader in :mod:`oldstyle.cells`.

This is the vectorised twin of the one scalar ISO reader,
:func:`oldstyle.core.read_iso`: every row it reads gives the label that reader
gives (tests/test_cells.py checks the two against each other).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from oldstyle import core

__all__ = ["iso_texts", "plain_iso"]

IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

_WIDTH = 10  # len("1917-10-25")
_DIGIT_COLUMNS = [0, 1, 2, 3, 5, 6, 8, 9]


def plain_iso(values: pd.Series) -> tuple[BoolArray, IntArray, IntArray, IntArray]:
    """Which rows are ``YYYY-MM-DD`` text (spaces around allowed), and their year, month and day.

    The year, month and day of a row that is not plain are meaningless.
    Rows that are not exactly ten characters get a second look with their
    surrounding whitespace stripped (a padded CSV column stays fast).
    """
    plain, *label = _exactly_plain(values)
    others = np.flatnonzero(~plain & values.notna().to_numpy(dtype=bool))
    stripped = _stripped(values.iloc[others]) if others.size else None
    if stripped is not None:
        found, *stripped_label = _exactly_plain(stripped)
        rows = others[found]
        plain[rows] = True
        for column, again in zip(label, stripped_label, strict=True):
            column[rows] = again[found]
    year, month, day = label
    return plain, year, month, day


def _stripped(values: pd.Series) -> pd.Series | None:
    """The rows with surrounding whitespace stripped (non-text rows NaN), or None for no text at all.

    pandas strips Arrow strings in C and other text with ``str.strip``.
    """
    try:
        return values.str.strip()
    except AttributeError:  # pandas' .str refuses a column that holds no text
        return None


def _exactly_plain(values: pd.Series) -> tuple[BoolArray, IntArray, IntArray, IntArray]:
    """Which rows are exactly ``YYYY-MM-DD`` text, and their year, month and day."""
    codes, exact = _ten_characters(values)
    # Unsigned: a character below "0" wraps round to a large number, so one comparison checks a digit.
    digits = codes - codes.dtype.type(ord("0"))
    all_digits = (digits[:, _DIGIT_COLUMNS] <= 9).all(axis=1)
    dashes = (codes[:, 4] == ord("-")) & (codes[:, 7] == ord("-"))
    plain: BoolArray = exact & dashes & all_digits
    columns = [digits[:, i].astype(np.int64) for i in range(_WIDTH)]
    year = columns[0] * 1000 + columns[1] * 100 + columns[2] * 10 + columns[3]
    month = columns[5] * 10 + columns[6]
    day = columns[8] * 10 + columns[9]
    return plain, year, month, day


def _ten_characters(values: pd.Series) -> tuple[npt.NDArray[np.unsignedinteger[Any]], BoolArray]:
    """The first ten code points of each row, and which rows are exactly ten characters of text."""
    arrow = _arrow_buffers(values)
    if arrow is not None:
        offsets, data = arrow
        rows = len(values)
        start = int(offsets[0]) if rows else 0
        if rows and int(offsets[-1]) - start == _WIDTH * rows and (np.diff(offsets) == _WIDTH).all():
            # Every row is ten bytes: the data buffer already is the matrix.
            return data[start : start + _WIDTH * rows].reshape(rows, _WIDTH), np.ones(rows, dtype=bool)
        exact = np.diff(offsets) == _WIDTH
        codes = np.zeros((rows, _WIDTH), dtype=np.uint8)
        codes[exact] = data[offsets[:-1][exact, None] + np.arange(_WIDTH)]
        return codes, exact
    objects = values.to_numpy(dtype=object)
    if pd.api.types.infer_dtype(objects, skipna=True) not in ("string", "empty"):
        # NumPy would write str() of a date or a number; other types are not plain ISO text.
        objects = np.array([v if isinstance(v, str) else "" for v in objects], dtype=object)
    # Fixed width 11 truncates longer text: a nonzero 11th character means "longer than 10".
    wide = np.asarray(objects, dtype=f"U{_WIDTH + 1}").view(np.uint32).reshape(len(values), _WIDTH + 1)
    exact = (wide[:, _WIDTH] == 0) & (wide[:, _WIDTH - 1] != 0)
    return wide[:, :_WIDTH], exact


def _arrow_buffers(values: pd.Series) -> tuple[IntArray, npt.NDArray[np.uint8]] | None:
    """Row offsets and UTF-8 bytes of a Series whose strings pandas keeps in Arrow, else None."""
    if getattr(values.dtype, "storage", None) != "pyarrow":
        return None
    pa: Any = importlib.import_module("pyarrow")  # present whenever pandas uses Arrow storage
    strings = pa.array(values.array)
    if strings.type not in (pa.string(), pa.large_string()):
        return None
    _, offset_buffer, data_buffer = strings.buffers()
    width = np.int64 if strings.type == pa.large_string() else np.int32
    first = strings.offset
    offsets = np.frombuffer(offset_buffer, dtype=width)[first : first + len(strings) + 1]
    if data_buffer is None:
        return offsets.astype(np.int64), np.zeros(0, dtype=np.uint8)
    return offsets.astype(np.int64), np.frombuffer(data_buffer, dtype=np.uint8)


def iso_texts(year: IntArray, month: IntArray, day: IntArray) -> npt.NDArray[np.object_]:
    """ISO text of each label: years 0..9999 written as a code-point matrix, others by format_iso."""
    century, year_of_century = np.divmod(np.clip(year, 0, 9999), 100)
    # Each uint64 holds two characters: "YY", "YY", "-M", "M-", "DD".
    pairs = np.empty((len(year), _WIDTH // 2), dtype=np.uint64)
    for column, (table, values) in enumerate(
        (
            (_DIGITS, century),
            (_DIGITS, year_of_century),
            (_DASH_TENS, month),
            (_UNITS_DASH, month),
            (_DIGITS, day),
        )
    ):
        pairs[:, column] = table[values]
    texts: npt.NDArray[np.object_] = pairs.view(np.uint32).view(f"U{_WIDTH}").ravel().astype(object)
    for i in np.flatnonzero((year < 0) | (year > 9999)).tolist():
        texts[i] = core.format_iso(int(year[i]), int(month[i]), int(day[i]))
    return texts


def _pair_table(pair: Callable[[str], str]) -> npt.NDArray[np.uint64]:
    """For n in 0..99, the two characters ``pair(f"{n:02d}")`` as one uint64 (two UTF-32 code points)."""
    codes = np.array([[ord(c) for c in pair(f"{n:02d}")] for n in range(100)], dtype=np.uint32)
    return codes.view(np.uint64).ravel()


# Two-character pieces of "YYYY-MM-DD", looked up instead of dividing each row by 10 again and again.
_DIGITS = _pair_table(lambda digits: digits)
_DASH_TENS = _pair_table(lambda digits: "-" + digits[0])
_UNITS_DASH = _pair_table(lambda digits: digits[1] + "-")
