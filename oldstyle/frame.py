"""pandas convenience: convert whole Series of dates between Old and New Style.

Needs the ``pandas`` extra (``pip install '.[pandas]'`` from a clone).  The
work is done by :mod:`oldstyle.array`, so a Series of a million dates
converts in a fraction of a second.  Missing values (``None``, ``NaN``,
``NaT``, ``pd.NA``) pass through as missing.

Text is read as ISO dates (``1917-10-25``, ``-0043-03-15``); with
``prose=True`` any other text is read by :func:`oldstyle.parse`
(``25 October 1917``, ``7 November 1917 N.S.``), one row at a time.

Options every function takes (the rules of :mod:`oldstyle.cells`, which the
command line shares):

``region="GB"``
    each row is read in the calendar that region used on that day: a
    register running 1740-1760 is Julian up to 2 September 1752 and
    Gregorian from 14 September; a day its reform skipped follows ``gap``.
``year_start="lady_day"``
    the years written are historical year labels in that style
    ("1731-02-11" is 11 February 1731/32).  With ``region`` the region's own
    rule is the default (GB: Lady Day years until 1751); pass
    ``year_start="january"`` for years already counted from 1 January.
``errors="raise"`` (default) or ``"coerce"``
    raise for the first bad row (naming its index label), or give a missing
    value for every bad row; :func:`error_reasons` says why, row by row,
    and :func:`is_valid` is the mask of rows that convert.

A ``datetime64`` value is a day, not a label, and pandas and NumPy label it
in the proleptic Gregorian calendar.  So a datetime64 Series can go into
:func:`gregorian_to_julian`, and :func:`julian_to_gregorian` can give one
back (``output="datetime64"``), but a datetime64 never holds a Julian label.

Importing this module also registers the ``.oldstyle`` Series accessor
(:mod:`oldstyle.accessor`): ``df["baptised"].oldstyle.to_gregorian()``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, TypedDict, Unpack

import numpy as np
import numpy.typing as npt
import pandas as pd

from oldstyle import _isocolumn, array, core
from oldstyle.cells import CellReader, ErrorPolicy, cell_reader, error_policy
from oldstyle.errors import InvalidDateError, OldstyleError

__all__ = [
    "Options",
    "error_reasons",
    "gregorian_to_julian",
    "is_valid",
    "julian_to_gregorian",
    "to_ordinals",
]

Labeller = Callable[[array.IntArray], tuple[array.IntArray, array.IntArray, array.IntArray]]

Output = Literal["iso", "datetime64"]
"""What a conversion gives: ISO text (any year) or ``datetime64[s]`` days."""

_EPOCH_1970 = core.gregorian_to_ordinal(1970, 1, 1)
# datetime64[s] holds days * 86400 in int64 (its minimum is NaT): the days it can hold.
_DATETIME64_DAYS = (2**63 - 1) // 86400


class Options(TypedDict, total=False):
    """The keyword options every function here takes (see the module docs)."""

    prose: bool
    region: object
    year_start: object
    gap: str


def julian_to_gregorian(
    values: pd.Series, *, output: Output = "iso", errors: ErrorPolicy = "raise", **options: Unpack[Options]
) -> pd.Series:
    """Gregorian (N.S.) dates of a Series of Julian (O.S.) dates written as text.

    ``output="iso"`` gives ISO text (``1917-11-07``; any year, None for
    missing), ``output="datetime64"`` gives ``datetime64[s]`` days (NaT for
    missing; a day beyond datetime64's range is an error).  The index and
    name are kept.  With ``region`` the rows are read as that region wrote
    them (Julian before its reform, Gregorian after); see the module docs
    for ``year_start``, ``gap`` and ``errors``.

    >>> julian_to_gregorian(pd.Series(["1917-10-25", None])).tolist()
    ['1917-11-07', None]
    >>> julian_to_gregorian(pd.Series(["1752-09-02", "1752-09-14"]), region="GB").tolist()
    ['1752-09-13', '1752-09-14']
    """
    if pd.api.types.is_datetime64_any_dtype(_series(values).dtype):
        raise InvalidDateError(
            "a datetime64 Series holds days labelled in the Gregorian calendar, not Julian labels: "
            "pass the Julian dates as text, or use gregorian_to_julian to read these days as Julian"
        )
    policy = error_policy(errors)
    reading = _read_with(values, "julian", output, options)
    return reading.finish(policy, output, array.ordinal_to_gregorian)


def gregorian_to_julian(
    values: pd.Series, *, errors: ErrorPolicy = "raise", **options: Unpack[Options]
) -> pd.Series:
    """Julian (O.S.) dates, as ISO text, of a Series of Gregorian dates.

    The Series may hold ``datetime64`` values (any unit) or text (ISO
    Gregorian dates; other text with ``prose=True``; with ``region``, text
    as that region wrote it).  Missing values stay missing (``None``); the
    index and name are kept.

    >>> gregorian_to_julian(pd.Series(pd.to_datetime(["1917-11-07", None]))).tolist()
    ['1917-10-25', None]
    """
    policy = error_policy(errors)
    return _read_with(values, "gregorian", "iso", options).finish(policy, "iso", array.ordinal_to_julian)


def is_valid(
    values: pd.Series, calendar: str = "julian", *, output: Output = "iso", **options: Unpack[Options]
) -> pd.Series:
    """A boolean Series: True where the row holds a date that converts with these options.

    Missing rows are False (they hold no date); ``is_valid(s)`` is
    ``s.notna() & error_reasons(s).isna()``.  ``calendar`` is the calendar
    of the text (``"julian"`` for :func:`julian_to_gregorian`'s input); the
    options are those of the conversions, and ``output="datetime64"`` also
    checks the day fits a ``datetime64[s]``.

    >>> is_valid(pd.Series(["1700-02-29", "1700-02-30", None])).tolist()
    [True, False, False]
    """
    reading = _read_with(values, calendar, output, options)
    return pd.Series(reading.good(), index=values.index, name=values.name, dtype=bool)


def error_reasons(
    values: pd.Series, calendar: str = "julian", *, output: Output = "iso", **options: Unpack[Options]
) -> pd.Series:
    """Why each row does not convert: an object Series of messages, None for good and missing rows.

    The messages are those ``errors="raise"`` would give, without the row
    label; the options are those of :func:`is_valid`.

    >>> error_reasons(pd.Series(["1917-10-25", "1900-02-29"]), "gregorian").tolist()[1]
    '1900-02-29 is not a Gregorian date: 1900 is not a Gregorian leap year (it is a Julian one)'
    """
    reading = _read_with(values, calendar, output, options)
    reasons = np.full(len(values), None, dtype=object)
    for position, error in reading.errors.items():
        reasons[position] = str(error)
    return pd.Series(reasons, index=values.index, name=values.name, dtype=object)


def to_ordinals(
    values: pd.Series, calendar: str = "julian", *, errors: ErrorPolicy = "raise", **options: Unpack[Options]
) -> tuple[npt.NDArray[np.bool_], array.IntArray]:
    """Which rows hold a day, and the day ordinals of those rows.

    Text is read as dates of ``calendar`` (or as ``region`` wrote them);
    ``datetime64`` values are days whatever the calendar.  Under
    ``errors="coerce"`` a bad row counts as one without a day.
    """
    policy = error_policy(errors)
    reading = _read_with(values, calendar, "iso", options)
    if policy == "raise":
        reading.raise_first()
    good = reading.good()
    return good, reading.ordinals[good]


def _read_with(values: pd.Series, calendar: str, output: object, options: Options) -> _Reading:
    """Read a column in a calendar with the keyword options (each checked first)."""
    unknown = set(options) - set(Options.__annotations__)
    if unknown:
        raise TypeError(f"unexpected keyword argument {sorted(unknown)[0]!r}")
    reader = cell_reader(
        calendar,
        region=options.get("region"),
        year_start=options.get("year_start"),
        prose=options.get("prose", False),
        gap=options.get("gap", "error"),
    )
    return _read(values, reader, _output(output))


# --- reading a column -------------------------------------------------------------


def _output(output: object) -> Output:
    if output == "iso":
        return "iso"
    if output == "datetime64":
        return "datetime64"
    raise InvalidDateError(f"unknown output {output!r}: use 'iso' (ISO text) or 'datetime64' (days)")


@dataclass
class _Reading:
    """A column read: which rows are present, their ordinals, and the error of each bad row."""

    values: pd.Series
    present: npt.NDArray[np.bool_]
    ordinals: array.IntArray
    errors: dict[int, OldstyleError]

    def good(self) -> npt.NDArray[np.bool_]:
        good = self.present.copy()
        good[list(self.errors)] = False
        return good

    def raise_first(self) -> None:
        """Raise the first bad row's error, naming its index label."""
        if self.errors:
            position = min(self.errors)
            error = self.errors[position]
            label = _row_name(self.values.index[position])
            raise type(error)(f"row {label}: {error}") from None

    def finish(self, errors: ErrorPolicy, output: Output, label: Labeller) -> pd.Series:
        """The converted Series: bad rows raise, or are missing under ``errors="coerce"``."""
        if errors == "raise":
            self.raise_first()
        good = self.good()
        index, name = self.values.index, self.values.name
        if output == "datetime64":
            seconds = np.full(len(good), np.iinfo(np.int64).min, dtype=np.int64)  # NaT
            seconds[good] = (self.ordinals[good] - _EPOCH_1970) * 86400
            return pd.Series(seconds.astype("datetime64[s]"), index=index, name=name)
        texts = np.full(len(good), None, dtype=object)
        texts[good] = _isocolumn.iso_texts(*label(self.ordinals[good]))
        return pd.Series(texts, index=index, name=name, dtype=object)


def _read(values: pd.Series, reader: CellReader, output: Output) -> _Reading:
    """Read every row with the reader's options; nothing raises for a bad row here."""
    present = _series(values).notna().to_numpy(dtype=bool)
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        reading = _read_days(values, present, reader)
    else:
        reading = _read_text(values, present, reader)
    _check_range(reading, output)
    return reading


def _series(values: object) -> pd.Series:
    """The values, if they are a Series; else InvalidDateError saying what to pass."""
    if not isinstance(values, pd.Series):
        raise InvalidDateError(
            f"expected a pandas Series of dates, not {type(values).__name__}; "
            "wrap a list with pd.Series(...) or pick a DataFrame column with df[name]"
        )
    return values


def _read_days(values: pd.Series, present: npt.NDArray[np.bool_], reader: CellReader) -> _Reading:
    """datetime64 rows are days already: region and year_start, which read labels, do not apply."""
    if not reader.plain:
        raise OldstyleError(
            "region= and year_start= say how text labels were written; a datetime64 Series holds "
            "days, not labels: drop those options, or pass the dates as text"
        )
    if getattr(values.dtype, "tz", None) is not None:
        values = values.dt.tz_localize(None)  # the day on the local calendar, not in UTC
    ordinals = np.zeros(len(values), dtype=np.int64)
    days = values[present].to_numpy(dtype="datetime64[s]")
    ordinals[present] = array.datetime64_to_ordinal(days)
    return _Reading(values, present, ordinals, {})


def _read_text(values: pd.Series, present: npt.NDArray[np.bool_], reader: CellReader) -> _Reading:
    """Plain ISO rows in bulk, every other present row through the reader one by one."""
    plain, year, month, day = _isocolumn.plain_iso(values)
    reading = _Reading(values, present, np.zeros(len(values), dtype=np.int64), {})
    if reader.plain:
        _read_plain_labels(reading, plain, (year, month, day), reader)
    else:
        _read_unique_labels(reading, plain, (year, month, day), reader)
    others = np.flatnonzero(present & ~plain).tolist()
    objects = values.to_numpy(dtype=object) if others else None
    for position in others:
        try:
            reading.ordinals[position] = _in_range(reader.ordinal(objects[position]))  # type: ignore[index]
        except OldstyleError as error:
            reading.errors[position] = error
    return reading


def _read_plain_labels(
    reading: _Reading, plain: npt.NDArray[np.bool_], label: tuple[array.IntArray, ...], reader: CellReader
) -> None:
    """Labels read as they stand, all at once; a bad one gets the reader's own reason."""
    to_ordinal = array.julian_to_ordinal if reader.calendar == "julian" else array.gregorian_to_ordinal
    ordinals = to_ordinal(*(column[plain] for column in label), errors="coerce")
    rows = np.flatnonzero(plain)
    reading.ordinals[rows] = np.ma.getdata(ordinals)
    for position in rows[np.ma.getmaskarray(ordinals)].tolist():
        try:
            reader.label_ordinal(*(int(column[position]) for column in label))
        except OldstyleError as error:
            reading.errors[position] = error


def _read_unique_labels(
    reading: _Reading, plain: npt.NDArray[np.bool_], label: tuple[array.IntArray, ...], reader: CellReader
) -> None:
    """Labels read with a region or year start: each distinct label once, by the reader."""
    year, month, day = (column[plain] for column in label)
    keys, inverse = np.unique((year * 100 + month) * 100 + day, return_inverse=True)  # two-digit fields
    ordinals = np.zeros(len(keys), dtype=np.int64)
    failures: dict[int, OldstyleError] = {}
    for key_index, key in enumerate(keys.tolist()):
        year_month, day_of = divmod(key, 100)
        year_of, month_of = divmod(year_month, 100)
        try:
            ordinals[key_index] = reader.label_ordinal(year_of, month_of, day_of)
        except OldstyleError as error:
            failures[key_index] = error
    rows = np.flatnonzero(plain)
    reading.ordinals[rows] = ordinals[inverse]
    failed = np.zeros(len(keys), dtype=bool)
    failed[list(failures)] = True
    bad_rows = failed[inverse]
    for position, key_index in zip(rows[bad_rows].tolist(), inverse[bad_rows].tolist(), strict=True):
        reading.errors[position] = failures[key_index]


def _in_range(ordinal: int) -> int:
    """The ordinal, or InvalidDateError if it is beyond what the bulk functions hold."""
    if -array.MAX_ABS_ORDINAL <= ordinal <= array.MAX_ABS_ORDINAL:
        return ordinal
    raise InvalidDateError(
        f"the date is beyond ±{array.MAX_ABS_YEAR:,} years, the range the bulk functions handle; "
        "use the scalar functions (oldstyle.julian_to_gregorian) for it"
    )


def _check_range(reading: _Reading, output: Output) -> None:
    """Under output="datetime64", a day datetime64[s] cannot hold is an error, never a wrapped value."""
    if output != "datetime64":
        return
    days = reading.ordinals - _EPOCH_1970
    beyond = reading.present & ((days < -_DATETIME64_DAYS) | (days > _DATETIME64_DAYS))
    for position in np.flatnonzero(beyond).tolist():
        reading.errors.setdefault(
            position,
            InvalidDateError(
                "the day is beyond the range of datetime64[s] (about ±292 billion years from 1970); "
                "use output='iso' for it"
            ),
        )


def _row_name(label: object) -> str:
    """An index label as a message shows it: 2, not np.int64(2); 'a' with its quotes."""
    return repr(label.item() if isinstance(label, np.generic) else label)


from oldstyle import accessor as _accessor  # noqa: E402  (registers .oldstyle; needs the names above)

del _accessor
