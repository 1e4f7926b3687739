"""pandas convenience: convert whole Series of dates between Old and New Style.

Needs the ``pandas`` extra (``pip install 'oldstyle[pandas]'``).  The work is
done by :mod:`oldstyle.array`, so a Series of a million dates converts in a
fraction of a second.  Missing values (``None``, ``NaN``, ``NaT``, ``pd.NA``)
pass through as missing.

Text is read as ISO dates (``1917-10-25``, ``-0043-03-15``); with
``prose=True`` any other text is read by :func:`oldstyle.parsing.parse`
(``25 October 1917``, ``7 November 1917 N.S.``), one row at a time.

A ``datetime64`` value is a day, not a label, and pandas and NumPy label it
in the proleptic Gregorian calendar.  So a datetime64 Series can go into
:func:`gregorian_to_julian`, and :func:`julian_to_gregorian` can give one
back (``output="datetime64"``), but a datetime64 never holds a Julian label.
"""

from __future__ import annotations

from typing import Literal

import numpy as np
import numpy.typing as npt
import pandas as pd

from oldstyle import array, core
from oldstyle.core import Calendar
from oldstyle.errors import DateParseError, InvalidDateError, OldstyleError

__all__ = ["gregorian_to_julian", "julian_to_gregorian", "to_ordinals"]

_EPOCH_1970 = core.gregorian_to_ordinal(1970, 1, 1)


def julian_to_gregorian(
    values: pd.Series, *, output: Literal["iso", "datetime64"] = "iso", prose: bool = False
) -> pd.Series:
    """Gregorian (N.S.) dates of a Series of Julian (O.S.) dates written as text.

    ``output="iso"`` gives ISO text (``1917-11-07``; any year),
    ``output="datetime64"`` gives ``datetime64[s]`` days (NaT for missing).
    The index and name are kept.  Impossible or unreadable rows raise
    :class:`~oldstyle.InvalidDateError` / :class:`~oldstyle.DateParseError`
    naming the row's index label.

    >>> julian_to_gregorian(pd.Series(["1917-10-25", None])).tolist()
    ['1917-11-07', None]
    """
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        raise InvalidDateError(
            "a datetime64 Series holds days labelled in the Gregorian calendar, not Julian labels: "
            "pass the Julian dates as text, or use gregorian_to_julian to read these days as Julian"
        )
    present, ordinals = to_ordinals(values, "julian", prose=prose)
    if output == "datetime64":
        days = (ordinals - _EPOCH_1970).astype("datetime64[D]").astype("datetime64[s]")
        result = pd.Series(pd.NaT, index=values.index, name=values.name, dtype="datetime64[s]")
        result[present] = days
        return result
    if output != "iso":
        raise InvalidDateError(f"unknown output {output!r}: use 'iso' or 'datetime64'")
    return _iso_series(values, present, array.ordinal_to_gregorian(ordinals))


def gregorian_to_julian(values: pd.Series, *, prose: bool = False) -> pd.Series:
    """Julian (O.S.) dates, as ISO text, of a Series of Gregorian dates.

    The Series may hold ``datetime64`` values (any unit) or text (ISO
    Gregorian dates; other text with ``prose=True``).  Missing values stay
    missing (``None``); the index and name are kept.

    >>> gregorian_to_julian(pd.Series(pd.to_datetime(["1917-11-07", None]))).tolist()
    ['1917-10-25', None]
    """
    present, ordinals = to_ordinals(values, "gregorian", prose=prose)
    return _iso_series(values, present, array.ordinal_to_julian(ordinals))


def to_ordinals(
    values: pd.Series, calendar: str = "julian", *, prose: bool = False
) -> tuple[npt.NDArray[np.bool_], array.IntArray]:
    """Which rows are present, and the day ordinals of those rows.

    Text is read as dates of ``calendar``; ``datetime64`` values are days
    whatever the calendar.
    """
    cal = core.calendar_name(calendar)
    present = values.notna().to_numpy(dtype=bool)
    rows = values[present]
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        return present, array.datetime64_to_ordinal(rows.to_numpy(dtype="datetime64[s]"))
    return present, _text_ordinals(rows, cal, prose)


# --- reading text ----------------------------------------------------------------


def _text_ordinals(rows: pd.Series, calendar: Calendar, prose: bool) -> array.IntArray:
    """Ordinals of the (present) text rows: plain ISO dates in bulk, other text one by one."""
    text = rows.astype(str).str.strip().to_numpy(dtype=object)
    plain, year, month, day = _plain_iso(text)
    ordinals = np.empty(len(text), dtype=np.int64)
    to_ordinal = array.julian_to_ordinal if calendar == "julian" else array.gregorian_to_ordinal
    try:
        ordinals[plain] = to_ordinal(year[plain], month[plain], day[plain])
    except InvalidDateError:
        _raise_first_bad(rows.index[plain], text[plain], calendar)
        raise
    for position in np.flatnonzero(~plain).tolist():
        ordinals[position] = _read_other(rows.index[position], text[position], calendar, prose)
    return ordinals


def _plain_iso(
    text: npt.NDArray[np.object_],
) -> tuple[npt.NDArray[np.bool_], array.IntArray, array.IntArray, array.IntArray]:
    """Which rows are exactly ``YYYY-MM-DD``, and their year, month and day.

    Reads the characters as a byte matrix, so a million rows take milliseconds;
    signed or longer years and other text are left to the row-by-row reader.
    """
    lengths = np.fromiter((len(t) for t in text), dtype=np.int64, count=len(text))
    ascii_text = np.array([t if t.isascii() else "" for t in text], dtype="S10")
    chars = ascii_text.view(np.uint8).reshape(len(text), 10).astype(np.int64)
    digits = chars - ord("0")
    dashes = (chars[:, 4] == ord("-")) & (chars[:, 7] == ord("-"))
    digit_columns = digits[:, [0, 1, 2, 3, 5, 6, 8, 9]]
    all_digits = ((digit_columns >= 0) & (digit_columns <= 9)).all(axis=1)
    year = digits[:, 0] * 1000 + digits[:, 1] * 100 + digits[:, 2] * 10 + digits[:, 3]
    month = digits[:, 5] * 10 + digits[:, 6]
    day = digits[:, 8] * 10 + digits[:, 9]
    plain: npt.NDArray[np.bool_] = (lengths == 10) & dashes & all_digits
    return plain, year, month, day


def _signed_iso(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of ``[+-]YYYY(Y...)-MM-DD``, or None for other text."""
    parts = text.removeprefix("-").removeprefix("+").split("-")
    if len(parts) != 3 or not all(p.isascii() and p.isdigit() for p in parts):
        return None
    if len(parts[0]) < 4 or len(parts[1]) != 2 or len(parts[2]) != 2:
        return None
    year, month, day = (int(p) for p in parts)
    return (-year if text.startswith("-") else year), month, day


def _row_name(label: object) -> str:
    """An index label as a message shows it: 2, not np.int64(2); 'a' with its quotes."""
    return repr(label.item() if isinstance(label, np.generic) else label)


def _read_other(label: object, text: str, calendar: Calendar, prose: bool) -> int:
    """The ordinal of one text row that is not plain ISO: a signed ISO date, or prose if allowed."""
    parts = _signed_iso(text)
    if parts is not None:
        try:
            return _scalar_ordinal(parts, calendar)
        except InvalidDateError as error:
            raise InvalidDateError(f"row {_row_name(label)}: {error}") from None
    if not prose:
        raise DateParseError(
            f"row {_row_name(label)}: {text[:60]!r} is not an ISO date (YYYY-MM-DD, e.g. 1917-10-25); "
            "pass prose=True to read dates written in words"
        )
    from oldstyle.parsing import parse  # the text layer is needed only here

    try:
        return parse(text).day(calendar).toordinal()
    except OldstyleError as error:
        raise type(error)(f"row {_row_name(label)}: {error}") from None


def _scalar_ordinal(parts: tuple[int, int, int], calendar: Calendar) -> int:
    if calendar == "julian":
        return core.julian_to_ordinal(*parts)
    return core.gregorian_to_ordinal(*parts)


def _raise_first_bad(labels: pd.Index, texts: npt.NDArray[np.object_], calendar: Calendar) -> None:
    """Re-read plain ISO rows one by one and raise the first one's error, naming its index label."""
    for label, text in zip(labels, texts, strict=True):
        parts = _signed_iso(text)
        if parts is not None:
            _read_other(label, text, calendar, prose=False)


# --- writing text -----------------------------------------------------------------


def _iso_series(
    values: pd.Series, present: npt.NDArray[np.bool_], labels: tuple[array.IntArray, ...]
) -> pd.Series:
    """An object Series of ISO labels on the present rows, None elsewhere."""
    texts = np.full(len(values), None, dtype=object)
    texts[present] = _iso_texts(*labels)
    return pd.Series(texts, index=values.index, name=values.name, dtype=object)


def _ISO_DIGITS(  # noqa: N802 - reads as the table it is
    year: array.IntArray, month: array.IntArray, day: array.IntArray
) -> dict[int, tuple[array.IntArray, int]]:
    """Character position in ``YYYY-MM-DD`` -> (the field, the place value of its digit there)."""
    return {0: (year, 1000), 1: (year, 100), 2: (year, 10), 3: (year, 1), 5: (month, 10), 6: (month, 1)} | {
        8: (day, 10),
        9: (day, 1),
    }


def _iso_texts(year: array.IntArray, month: array.IntArray, day: array.IntArray) -> npt.NDArray[np.object_]:
    """ISO text of each label: years 0..9999 written as a byte matrix, others by format_iso."""
    plain = (year >= 0) & (year <= 9999)
    chars = np.full((len(year), 10), ord("-"), dtype=np.uint8)
    for column, (values, place) in _ISO_DIGITS(year, month, day).items():
        chars[:, column] = ord("0") + values // place % 10
    texts: npt.NDArray[np.object_] = chars.view("S10").ravel().astype(str).astype(object)
    for i in np.flatnonzero(~plain).tolist():
        texts[i] = core.format_iso(int(year[i]), int(month[i]), int(day[i]))
    return texts
