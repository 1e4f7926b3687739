"""Validated conversion between the Julian and Gregorian calendars.

This module owns the public, checked entry points on plain ``(year, month,
day)`` ints: validation with helpful errors, conversion through the day
ordinal, the offset rule and leap-year questions, and the checks other
modules share (:func:`check_int`, :func:`check_label`, :func:`label_text`).
The formulas live in :mod:`oldstyle._arith` and the tables built from them
in :mod:`oldstyle.cycles`; this module reads those tables to give the same
answers faster:

* from year -4800 to 10099 the two conversion functions move the label by
  the offset, a run of days at a time, without going through the ordinal;
* outside those years they go through the ordinal: the Julian calendar
  repeats every 4 years and the Gregorian every 400, so one table row and
  one division (and ``datetime``'s C code on the Gregorian side) do it.
"""

from __future__ import annotations

import math
import operator
import sys

from oldstyle import _arith, cycles
from oldstyle.choices import literal_alias, lookup
from oldstyle.errors import InvalidDateError

# typing takes longer to import than this module and its tables, and the
# conversions need it only for annotations: Calendar is made on first use
# (see __getattr__ at the end).  mypy and the docs read this block.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal

    Calendar = Literal["julian", "gregorian"]
    """The two calendars by name, as every ``calendar=`` parameter takes them."""

__all__ = [
    "Calendar",
    "calendar_name",
    "check_any_label",
    "check_int",
    "check_label",
    "days_in_month",
    "days_in_year",
    "format_iso",
    "gregorian_to_julian",
    "gregorian_to_ordinal",
    "is_leap",
    "is_valid",
    "julian_to_gregorian",
    "julian_to_ordinal",
    "label_text",
    "number_text",
    "offset",
    "ordinal_to_gregorian",
    "ordinal_to_julian",
    "other_calendar",
    "read_iso",
    "validate",
    "value_text",
]


_CALENDAR_ALIASES: dict[str, Calendar] = {
    "julian": "julian",
    "os": "julian",
    "o.s.": "julian",
    "old style": "julian",
    "old": "julian",
    "gregorian": "gregorian",
    "ns": "gregorian",
    "n.s.": "gregorian",
    "new style": "gregorian",
    "new": "gregorian",
}


def calendar_name(calendar: str) -> Calendar:
    """Normalise a calendar name: ``"julian"``/``"os"``/``"O.S."`` -> ``"julian"``.

    Accepts ``julian``, ``gregorian`` and the aliases ``os``, ``ns``,
    ``O.S.``, ``N.S.``, ``old style``, ``new style`` (any case).
    """
    found = lookup(calendar, _CALENDAR_ALIASES)
    if found is not None:
        return found
    raise InvalidDateError(
        f"unknown calendar {calendar!r}: use 'julian' (alias 'os') or 'gregorian' (alias 'ns')"
    )


# --- validation ---------------------------------------------------------

# Numbers up to this size are written in full in messages; larger ones are
# abbreviated, since str() of an int over 4,300 digits raises ValueError.
_FULL_NUMBER_LIMIT = 10**21


def number_text(value: int) -> str:
    """An int as message text: in full up to 21 digits, else its sign and size (never raises).

    ``number_text(10**5000)`` is ``'<5001-digit number>'``.
    """
    if -_FULL_NUMBER_LIMIT < value < _FULL_NUMBER_LIMIT:
        return str(value)
    digits = int(math.log10(abs(value))) + 1  # math.log10 takes any int, without str()
    return f"{'-' if value < 0 else ''}<{digits}-digit number>"


def label_text(year: int, month: int, day: int) -> str:
    """A label as message text, ``1917-13-45`` or ``-0043-03-15``, whatever its values (never raises)."""
    if -_FULL_NUMBER_LIMIT < year < _FULL_NUMBER_LIMIT and 0 <= month < 100 and 0 <= day < 100:
        return _iso(year, month, day)
    parts = (number_text(year), _two_digits(month), _two_digits(day))
    return "-".join(parts)


def _two_digits(value: int) -> str:
    return f"{value:02d}" if 0 <= value < 100 else f"({number_text(value)})"


def _iso(year: int, month: int, day: int) -> str:
    if 0 <= year <= 9999:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return f"{year:+05d}-{month:02d}-{day:02d}"


def format_iso(year: int, month: int, day: int) -> str:
    """ISO 8601 text of a date label, with astronomical years (``-0043-03-15``).

    Years outside 0..9999 get a sign, as ISO 8601's expanded form does.  The
    label must be three ints with the month in 1..12 and the day in 1..31
    (any calendar's day, Sweden's 30 February 1712 included), else
    :class:`~oldstyle.InvalidDateError`.
    """
    y, m, d = check_any_label(year, month, day)
    try:
        return _iso(y, m, d)
    except ValueError:  # str() refuses ints over 4,300 digits (sys.set_int_max_str_digits)
        raise InvalidDateError(
            f"year {number_text(y)} is too long to write: Python converts ints of at most "
            f"{sys.get_int_max_str_digits():,} digits to text (see sys.set_int_max_str_digits)"
        ) from None


def read_iso(text: str, max_year_digits: int = 0) -> tuple[int, int, int] | None:
    """(year, month, day) of ISO 8601 text ``[+-]YYYY(Y...)-MM-DD``, or None for other text.

    The one scalar ISO reader: :meth:`JulianDate.fromisoformat`, the cell
    reader, the command line and the text reader's ISO tokens all call it
    (:mod:`oldstyle._isocolumn` is its vectorised twin for whole columns,
    tested against it).  ASCII digits only; a year of 4 or more digits, a
    2-digit month and day.  The label is not validated (``1917-02-30`` gives
    ``(1917, 2, 30)``).  A year longer than ``max_year_digits`` (0: as long
    as Python's ``int()`` reads) is an :class:`~oldstyle.InvalidDateError`.

    >>> read_iso("-0043-03-15"), read_iso("1917-10"), read_iso("+12345-01-01")
    ((-43, 3, 15), None, (12345, 1, 1))
    """
    sign = text[:1]
    parts = (text[1:] if sign in ("+", "-") else text).split("-")
    if [min(len(p), 4) for p in parts] != [4, 2, 2] or not all(p.isascii() and p.isdigit() for p in parts):
        return None
    limit = max_year_digits or sys.get_int_max_str_digits()
    if limit and len(parts[0]) > limit:
        reads = (
            f"oldstyle reads years of up to {limit:,} digits"
            if max_year_digits
            else (f"Python reads ints of at most {limit:,} digits (see sys.set_int_max_str_digits)")
        )
        raise InvalidDateError(f"the year has {len(parts[0]):,} digits: {reads}")
    year, month, day = (int(p) for p in parts)
    return (-year if sign == "-" else year), month, day


def value_text(value: object) -> str:
    """repr() of a wrong value for a message, cut short if long (never raises)."""
    try:
        text = repr(value)
    except ValueError:  # an int subclass too long for str()
        return f"<{type(value).__name__}>"
    return text if len(text) <= 40 else f"{text[:37]}..."


def check_int(name: str, value: object) -> int:
    """``value`` as an int, or :class:`~oldstyle.InvalidDateError` naming ``name`` and what to pass.

    Exact ints come back as they are; other integer types (int subclasses
    such as IntEnum, NumPy's integers) as plain ints.  bool is refused (True
    as a year is always a mistake), as are float, str and Decimal, with a hint
    such as ``pass int(1917.0) = 1917``.  Every module that takes a year,
    month, day or ordinal checks it here.
    """
    if type(value) is int:
        return value
    if hasattr(type(value), "__index__") and not isinstance(value, bool):
        # floats, str and Decimal have no __index__.
        try:
            return operator.index(value)  # type: ignore[arg-type]  # it has __index__, checked above
        except TypeError:  # an __index__ that refuses, as NumPy's bool may
            pass
    kind = type(value).__name__
    hint = ""
    if isinstance(value, float) and value.is_integer():
        hint = f"; pass int({value!r}) = {number_text(int(value))}"
    elif isinstance(value, str) and value.strip().lstrip("+-").isdigit():
        hint = f"; pass int({value_text(value)})"
    raise InvalidDateError(f"{name} must be an int, not {kind} {value_text(value)}{hint}")


def check_label(year: object, month: object, day: object) -> tuple[int, int, int]:
    """Three ints with the month in 1..12, or InvalidDateError: the checks every calendar shares.

    The day is not checked here: how many days a month has is each calendar's own question.
    """
    y = check_int("year", year)
    m = check_int("month", month)
    d = check_int("day", day)
    if not 1 <= m <= 12:
        raise InvalidDateError(
            f"month {number_text(m)} is out of range in {label_text(y, m, d)}: months run from 1 to 12"
        )
    return y, m, d


def check_any_label(year: object, month: object, day: object) -> tuple[int, int, int]:
    """:func:`check_label` plus the day in 1..31: a label some calendar could write.

    For functions that take a label before they know its calendar (year
    starts, regions, ISO text); Sweden's 30 February 1712 passes.
    """
    y, m, d = check_label(year, month, day)
    if not 1 <= d <= 31:
        raise InvalidDateError(
            f"day {number_text(d)} is out of range in {label_text(y, m, d)}: no month has more than 31 days"
        )
    return y, m, d


def validate(year: object, month: object, day: object, calendar: str = "julian") -> tuple[int, int, int]:
    """Check a date and return it as three ints; raise InvalidDateError if impossible.

    The message says what is wrong and why, e.g. ``1900-02-29 is not a
    Gregorian date: 1900 is not a Gregorian leap year (it is a Julian one)``.
    """
    cal = calendar_name(calendar)
    y, m, d = check_label(year, month, day)
    size = days_in_month(y, m, cal)
    if 1 <= d <= size:
        return y, m, d
    raise InvalidDateError(
        f"{label_text(y, m, d)} is not a {cal.capitalize()} date: {_why_not(y, m, d, cal)}"
    )


def other_calendar(calendar: str) -> Calendar:
    """The other of the two calendars: ``"gregorian"`` for ``"julian"``, ``"julian"`` for ``"gregorian"``.

    ``calendar`` is a canonical name (see :func:`calendar_name`).
    """
    return "gregorian" if calendar == "julian" else "julian"


def _why_not(year: int, month: int, day: int, calendar: Calendar) -> str:
    """Why a day is not in its month: a leap year of the other calendar, or the month's length."""
    if month == 2 and day == 29:
        other = other_calendar(calendar)
        why = f"{number_text(year)} is not a {calendar.capitalize()} leap year"
        if is_leap(year, other):
            why += f" (it is a {other.capitalize()} one)"
        return why
    from oldstyle.names import ENGLISH  # month names are looked up only for a message

    size = days_in_month(year, month, calendar)
    return f"{ENGLISH.month(month)} {number_text(year)} has {size} days, so the day must be 1..{size}"


def is_valid(year: object, month: object, day: object, calendar: str = "julian") -> bool:
    """True if the date exists in the calendar (no exception for bad types)."""
    try:
        validate(year, month, day, calendar)
    except InvalidDateError:
        return False
    return True


def is_leap(year: int, calendar: str = "julian") -> bool:
    """True if ``year`` (astronomical) is a leap year in that calendar."""
    y = check_int("year", year)
    if calendar_name(calendar) == "julian":
        return _arith.is_leap_julian(y)
    return _arith.is_leap_gregorian(y)


def days_in_month(year: int, month: int, calendar: str = "julian") -> int:
    """Number of days in a month of a year in that calendar."""
    y = check_int("year", year)
    m = check_int("month", month)
    if not 1 <= m <= 12:
        raise InvalidDateError(f"month {number_text(m)} is out of range: months run from 1 to 12")
    if calendar_name(calendar) == "julian":
        return _arith.days_in_month_julian(y, m)
    return _arith.days_in_month_gregorian(y, m)


def days_in_year(year: int, calendar: str = "julian") -> int:
    """366 in a leap year of that calendar, else 365."""
    return 366 if is_leap(year, calendar) else 365


# --- public conversions -------------------------------------------------
# Each function tries its fast path on exact ints and falls back to full
# validation, which either raises the helpful error or handles int subclasses.
# The fast paths test ``x.__class__ is int``: like ``type(x) is int`` it
# admits exact ints only (not bool, not NumPy's integers), and is cheaper.
# Valid calls never raise on the way.  Inlined for speed (docs/performance.md
# has the measurements behind each choice); pinned by tests/test_fast_paths.py.
# Comparisons are written out (``x > 0 and x < 13``, nested ifs) rather than
# chained (``0 < x < 13``): a chained one copies and swaps its middle operand
# on the stack (SWAP, COPY, and POP_TOP when it fails), and the nested ifs
# compare the day with the first run's end once; a call is about 5-10% faster.

_JULIAN_MONTHS = cycles.JULIAN_MONTHS
_GREGORIAN_MONTHS = cycles.GREGORIAN_MONTHS
_GREGORIAN_YEARS = cycles.GREGORIAN_YEARS
_JULIAN_CYCLE_START = cycles.JULIAN_CYCLE_START
_JULIAN_CYCLE_DAYS = cycles.JULIAN_CYCLE_DAYS
_TO_GREGORIAN = cycles.TO_GREGORIAN
_TO_JULIAN = cycles.TO_JULIAN
_FIRST_SHIFT_YEAR = cycles.SHIFT_FIRST_YEAR
_LAST_SHIFT_YEAR = cycles.SHIFT_LAST_YEAR
_DAYS_IN_400_YEARS = _arith.DAYS_IN_400_GREGORIAN_YEARS
_julian_from_ordinal = cycles.julian_from_ordinal
_gregorian_from_ordinal = cycles.gregorian_from_ordinal


def julian_to_ordinal(year: int, month: int, day: int) -> int:
    """Day ordinal (``datetime.date.toordinal()`` count) of a Julian date."""
    if year.__class__ is int and month.__class__ is int and day.__class__ is int and month > 0 and month < 13:
        day0, length = _JULIAN_MONTHS[13 * (year % 4) + month]
        if day > 0 and day <= length:
            return 1461 * (year // 4) + day0 + day
    y, m, d = validate(year, month, day, "julian")
    return _arith.julian_to_ordinal(y, m, d)


def gregorian_to_ordinal(year: int, month: int, day: int) -> int:
    """Day ordinal of a proleptic Gregorian date (any year, year 0 = 1 BC)."""
    if year.__class__ is int and month.__class__ is int and day.__class__ is int and month > 0 and month < 13:
        day0, length = _GREGORIAN_MONTHS[13 * (year % 400) + month]
        if day > 0 and day <= length:
            return _DAYS_IN_400_YEARS * (year // 400) + day0 + day
    y, m, d = validate(year, month, day, "gregorian")
    return _arith.gregorian_to_ordinal(y, m, d)


def ordinal_to_julian(ordinal: int) -> tuple[int, int, int]:
    """Julian ``(year, month, day)`` of a day ordinal."""
    return _julian_from_ordinal(check_int("ordinal", ordinal))


def ordinal_to_gregorian(ordinal: int) -> tuple[int, int, int]:
    """Proleptic Gregorian ``(year, month, day)`` of a day ordinal."""
    return _gregorian_from_ordinal(check_int("ordinal", ordinal))


def julian_to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """Convert a Julian (O.S.) date to the Gregorian (N.S.) date of the same day.

    Proleptic and exact for any year (astronomical numbering: 0 is 1 BC)::

        >>> julian_to_gregorian(1917, 10, 25)
        (1917, 11, 7)
        >>> julian_to_gregorian(1700, 2, 29)
        (1700, 3, 11)

    Raises :class:`~oldstyle.InvalidDateError` if the date is not Julian.
    """
    # gregorian_to_julian is the same code on the other tables, inlined in both
    # for speed; pinned by tests/test_core.py (every day of years -1001..3900)
    # and tests/test_fast_paths.py (every range).
    if year.__class__ is int and month.__class__ is int and day.__class__ is int and month > 0:
        if year >= _FIRST_SHIFT_YEAR and year <= _LAST_SHIFT_YEAR:  # move the label by the offset
            try:  # month 13 or more is an IndexError, month 0 has no days
                split, end, step, to_month, shift, step2, to_month2, shift2 = _TO_GREGORIAN[
                    year - _FIRST_SHIFT_YEAR
                ][month]
            except IndexError:
                pass
            else:
                if day <= split:
                    if day > 0:  # the year object itself when it stays: no new int
                        return year + step if step else year, to_month, day + shift
                elif day <= end:
                    return year + step2, to_month2, day + shift2
        elif month <= 12:  # far years: the 4-year cycle's table, then the 400-year cycle's
            day0, length = _JULIAN_MONTHS[13 * (year % 4) + month]
            if day > 0 and day <= length:
                # cycles.gregorian_from_ordinal's far branch, inlined for speed.
                n = 1461 * (year // 4) + day0 + day - 1  # days since Gregorian 0001-01-01
                day_of_cycle = n % _DAYS_IN_400_YEARS
                y = day_of_cycle // 365  # the year, or the one after it
                start, days = _GREGORIAN_YEARS[y]
                if day_of_cycle < start:
                    y -= 1
                    start, days = _GREGORIAN_YEARS[y]
                m, d = days[day_of_cycle - start]
                return 400 * (n // _DAYS_IN_400_YEARS) + y + 1, m, d
    y, m, d = validate(year, month, day, "julian")
    cycles.build_shift_rows(y)  # so that the next call in this century takes the fast path
    return _gregorian_from_ordinal(_arith.julian_to_ordinal(y, m, d))


def gregorian_to_julian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """Convert a Gregorian (N.S.) date to the Julian (O.S.) date of the same day.

        >>> gregorian_to_julian(1917, 11, 7)
        (1917, 10, 25)
        >>> gregorian_to_julian(1582, 10, 15)
        (1582, 10, 5)

    Raises :class:`~oldstyle.InvalidDateError` if the date is not Gregorian,
    e.g. 1700-02-29.
    """
    if year.__class__ is int and month.__class__ is int and day.__class__ is int and month > 0:
        if year >= _FIRST_SHIFT_YEAR and year <= _LAST_SHIFT_YEAR:  # move the label by the offset
            try:  # month 13 or more is an IndexError, month 0 has no days
                split, end, step, to_month, shift, step2, to_month2, shift2 = _TO_JULIAN[
                    year - _FIRST_SHIFT_YEAR
                ][month]
            except IndexError:
                pass
            else:
                if day <= split:
                    if day > 0:  # the year object itself when it stays: no new int
                        return year + step if step else year, to_month, day + shift
                elif day <= end:
                    return year + step2, to_month2, day + shift2
        elif month <= 12:  # far years: the 400-year cycle's table, then the 4-year cycle's
            day0, length = _GREGORIAN_MONTHS[13 * (year % 400) + month]
            if day > 0 and day <= length:
                n = _DAYS_IN_400_YEARS * (year // 400) + day0 + day - _JULIAN_CYCLE_START
                y, m, d = _JULIAN_CYCLE_DAYS[n % 1461]
                return y + 4 * (n // 1461), m, d
    y, m, d = validate(year, month, day, "gregorian")
    cycles.build_shift_rows(y)
    return _julian_from_ordinal(_arith.gregorian_to_ordinal(y, m, d))


def offset(year: int, month: int, day: int, calendar: str = "julian") -> int:
    """Days the Gregorian calendar runs ahead of the Julian on that date.

    The date is Julian by default (``calendar="gregorian"`` to give the
    Gregorian one).  The rule is ``floor(Y/100) - floor(Y/400) - 2`` with Y
    the Gregorian year counted from 1 March, so it steps on Gregorian 1 March
    of century years that are not Gregorian leap years: Julian 1700-02-18
    (= Gregorian 02-28) has 10, Julian 1700-02-19 (= Gregorian 03-01) has 11.
    Equivalently, the offset is what must be added to the Julian date,
    counting days in the Julian calendar, to reach the Gregorian label, so
    Julian 1700-02-29 (= Gregorian 03-11) has 11.

    >>> offset(1917, 10, 25), offset(1389, 10, 25), offset(250, 1, 1), offset(150, 1, 1)
    (13, 8, 0, -1)
    """
    if calendar_name(calendar) == "julian":
        y, m, _ = julian_to_gregorian(year, month, day)
    else:
        y, m, _ = validate(year, month, day, "gregorian")
    return _arith.offset_for_gregorian(y, m)


def __getattr__(name: str) -> object:
    """``Calendar`` at run time, made when first imported (typing is not loaded before)."""
    if name == "Calendar":
        return literal_alias(globals(), name, "julian", "gregorian")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
