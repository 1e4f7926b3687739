"""Date types: :class:`JulianDate` and :class:`GregorianDate`.

Each is an immutable day in one calendar, stored as its day ordinal (the
:meth:`datetime.date.toordinal` count) beside its label.  Dates of either
type and :class:`datetime.date` compare equal when they name the same day,
so ``JulianDate(1917, 10, 25) == date(1917, 11, 7)``.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from oldstyle import _arith, core, cycles
from oldstyle.errors import InvalidDateError

TYPE_CHECKING = False  # typing is slow to import, and needed only for annotations here
if TYPE_CHECKING:
    from typing import Any, ClassVar, Self

    from oldstyle.core import Calendar

__all__ = ["GregorianDate", "JulianDate", "as_ordinal"]


_MIN_DATE_ORDINAL = 1
_MAX_DATE_ORDINAL = date.max.toordinal()
_date_fromordinal = date.fromordinal
_new_date = object.__new__
_JULIAN_MONTHS = cycles.JULIAN_MONTHS
_GREGORIAN_MONTHS = cycles.GREGORIAN_MONTHS
_DAYS_IN_400_YEARS = _arith.DAYS_IN_400_GREGORIAN_YEARS
_TO_GREGORIAN = cycles.TO_GREGORIAN
_FIRST_SHIFT_YEAR = cycles.SHIFT_FIRST_YEAR
_LAST_SHIFT_YEAR = cycles.SHIFT_LAST_YEAR


def as_ordinal(value: object) -> int | None:
    """The day ordinal of a date-like value, or None if it is not one.

    Accepts :class:`JulianDate`, :class:`GregorianDate` and
    :class:`datetime.date` (but not :class:`datetime.datetime`, whose time of
    day would be silently dropped).
    """
    if isinstance(value, _CalendarDate):
        return value._ordinal
    if isinstance(value, date) and not isinstance(value, datetime):
        return value.toordinal()
    return None


def _three(label: tuple[object, ...]) -> tuple[int, int, int]:
    """A ``(year, month, day)`` tuple as given, or InvalidDateError if it has not three items."""
    if len(label) != 3:
        raise InvalidDateError(
            f"expected a (year, month, day) tuple, not one of {len(label)} items: {core.value_text(label)}"
        )
    year, month, day = label
    return core.check_label(year, month, day)


class _CalendarDate:
    """A day, labelled in one calendar.  Base of the two public types."""

    __slots__ = ("_ordinal", "_ymd")
    calendar: ClassVar[Calendar]

    _ordinal: int
    _ymd: tuple[int, int, int]

    # Subclasses supply these two, bound to their calendar.
    @staticmethod
    def _to_ordinal(year: int, month: int, day: int) -> int:
        raise NotImplementedError

    @staticmethod
    def _from_ordinal(ordinal: int) -> tuple[int, int, int]:
        raise NotImplementedError

    def __init__(self, year: int, month: int, day: int) -> None:
        # The validated path, which JulianDate's fast path falls back to.
        self._ordinal = self._to_ordinal(year, month, day)  # validates
        # Validation admits other integer types (IntEnum, NumPy's); the label holds plain ints.
        self._ymd = (int(year), int(month), int(day))

    # --- construction ---------------------------------------------------

    @classmethod
    def fromordinal(cls, ordinal: int) -> Self:
        """The date of a day ordinal (``datetime.date.toordinal()`` count)."""
        n = core.check_int("ordinal", ordinal)
        self = object.__new__(cls)
        self._ymd = cls._from_ordinal(n)
        self._ordinal = n
        return self

    @classmethod
    def fromjdn(cls, jdn: int) -> Self:
        """The date of a Julian Day Number (JDN 2299161 is Gregorian 1582-10-15)."""
        return cls.fromordinal(core.check_int("jdn", jdn) - _arith.JDN_OFFSET)

    @classmethod
    def fromisoformat(cls, text: str) -> Self:
        """Read ``YYYY-MM-DD`` (with a sign and more digits for other years).

        ``JulianDate.fromisoformat("-0043-03-15")`` is the Ides of March, 44 BC.
        """
        if not isinstance(text, str):
            raise InvalidDateError(f"fromisoformat needs a str, not {type(text).__name__}")
        label = core.read_iso(text.strip())
        if label is None:
            raise InvalidDateError(
                f"{text[:40]!r} is not an ISO date: expected YYYY-MM-DD, e.g. 1917-10-25 or -0043-03-15"
            )
        return cls(*label)

    @classmethod
    def from_date(cls, value: object) -> Self:
        """The same day as any date-like value, labelled in this calendar."""
        n = as_ordinal(value)
        if n is None:
            raise InvalidDateError(
                f"expected a date (datetime.date, JulianDate or GregorianDate), not {type(value).__name__}"
            )
        return cls.fromordinal(n)

    @classmethod
    def today(cls) -> Self:
        """Today's date (local time), labelled in this calendar."""
        return cls.fromordinal(date.today().toordinal())

    # --- fields ---------------------------------------------------------

    @property
    def year(self) -> int:
        """Astronomical year: 0 is 1 BC, -43 is 44 BC."""
        return self._ymd[0]

    @property
    def month(self) -> int:
        """Month, 1..12."""
        return self._ymd[1]

    @property
    def day(self) -> int:
        """Day of the month."""
        return self._ymd[2]

    @property
    def jdn(self) -> int:
        """Julian Day Number (the day count that starts at noon, 4713 BC)."""
        return self._ordinal + _arith.JDN_OFFSET

    def toordinal(self) -> int:
        """Day ordinal on :meth:`datetime.date.toordinal`'s count."""
        return self._ordinal

    def weekday(self) -> int:
        """Day of the week, Monday 0 .. Sunday 6 (as :meth:`datetime.date.weekday`)."""
        return (self._ordinal + 6) % 7

    def isoweekday(self) -> int:
        """Day of the week, Monday 1 .. Sunday 7."""
        return (self._ordinal + 6) % 7 + 1

    def to_tuple(self) -> tuple[int, int, int]:
        """The label as a ``(year, month, day)`` tuple."""
        return self._ymd

    def replace(self, year: int | None = None, month: int | None = None, day: int | None = None) -> Self:
        """A date with some fields replaced, validated in the same calendar."""
        return type(self)(
            self._ymd[0] if year is None else year,
            self._ymd[1] if month is None else month,
            self._ymd[2] if day is None else day,
        )

    def isoformat(self) -> str:
        """``YYYY-MM-DD`` of the label; years outside 0..9999 get a sign."""
        return core.format_iso(*self._ymd)

    def __str__(self) -> str:
        return self.isoformat()

    def __repr__(self) -> str:
        year, month, day = self._ymd
        return f"{type(self).__name__}({core.number_text(year)}, {month}, {day})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), self._ymd)

    # --- conversion -----------------------------------------------------

    def to_julian(self) -> JulianDate:
        """The same day in the Julian calendar."""
        return JulianDate.fromordinal(self._ordinal)

    def to_gregorian_date(self) -> GregorianDate:
        """The same day as a :class:`GregorianDate` (any year)."""
        return GregorianDate.fromordinal(self._ordinal)

    def to_gregorian(self) -> date | GregorianDate:
        """The same day in the Gregorian calendar.

        A :class:`datetime.date` when the year is in 1..9999, else a
        :class:`GregorianDate` (datetime cannot hold other years).
        """
        if _MIN_DATE_ORDINAL <= self._ordinal <= _MAX_DATE_ORDINAL:
            return _date_fromordinal(self._ordinal)
        return self.to_gregorian_date()  # JulianDate has a faster path of its own

    # --- comparison and arithmetic -----------------------------------------

    def __eq__(self, other: object) -> bool:
        n = as_ordinal(other)
        if n is None:
            return NotImplemented
        return self._ordinal == n

    def __ne__(self, other: object) -> bool:
        n = as_ordinal(other)
        if n is None:
            return NotImplemented
        return self._ordinal != n

    def __lt__(self, other: object) -> bool:
        n = as_ordinal(other)
        if n is None:
            return NotImplemented
        return self._ordinal < n

    def __le__(self, other: object) -> bool:
        n = as_ordinal(other)
        if n is None:
            return NotImplemented
        return self._ordinal <= n

    def __gt__(self, other: object) -> bool:
        n = as_ordinal(other)
        if n is None:
            return NotImplemented
        return self._ordinal > n

    def __ge__(self, other: object) -> bool:
        n = as_ordinal(other)
        if n is None:
            return NotImplemented
        return self._ordinal >= n

    def __hash__(self) -> int:
        # Equal to datetime.date on the same day, so the hash must match it.
        n = self._ordinal
        if _MIN_DATE_ORDINAL <= n <= _MAX_DATE_ORDINAL:
            return hash(date.fromordinal(n))
        return hash(("oldstyle-day", n))

    def __add__(self, other: object) -> Self:
        if isinstance(other, timedelta):
            return type(self).fromordinal(self._ordinal + other.days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other: object) -> Any:
        if isinstance(other, timedelta):
            return type(self).fromordinal(self._ordinal - other.days)
        n = as_ordinal(other)
        if n is None:
            return NotImplemented
        return _days_between(self._ordinal - n)

    def __rsub__(self, other: object) -> timedelta:
        n = as_ordinal(other)
        if n is None:
            return NotImplemented
        return _days_between(n - self._ordinal)


_MAX_TIMEDELTA_DAYS = timedelta.max.days


def _days_between(days: int) -> timedelta:
    """The difference of two dates as a timedelta, or InvalidDateError past timedelta's range."""
    if -_MAX_TIMEDELTA_DAYS <= days <= _MAX_TIMEDELTA_DAYS:
        return timedelta(days=days)
    raise InvalidDateError(
        f"the dates are {core.number_text(days)} days apart, beyond timedelta's "
        f"±{_MAX_TIMEDELTA_DAYS:,} days; subtract their toordinal() values for the count as an int"
    )


class JulianDate(_CalendarDate):
    """A day in the proleptic Julian (Old Style) calendar.

    >>> d = JulianDate(1917, 10, 25)
    >>> d.to_gregorian()
    datetime.date(1917, 11, 7)
    >>> d.weekday(), d.jdn
    (2, 2421540)

    Years are astronomical (0 = 1 BC).  Immutable, hashable and ordered;
    compares with :class:`datetime.date` and :class:`GregorianDate` by the
    day it names.  ``date - JulianDate`` and ``JulianDate + timedelta`` work
    as for :class:`datetime.date`.
    """

    __slots__ = ()
    calendar: ClassVar[Calendar] = "julian"
    _to_ordinal = staticmethod(core.julian_to_ordinal)
    _from_ordinal = staticmethod(cycles.julian_from_ordinal)

    def __init__(self, year: int, month: int, day: int) -> None:
        # core.julian_to_ordinal's fast path, inlined for speed (docs/performance.md);
        # pinned by tests/test_fast_paths.py and test_dates' round trips.
        # Comparisons written out, not chained: see the note above core.julian_to_ordinal.
        if (
            year.__class__ is int
            and month.__class__ is int
            and day.__class__ is int
            and month > 0
            and month < 13
        ):
            day0, length = _JULIAN_MONTHS[13 * (year % 4) + month]
            if day > 0 and day <= length:
                self._ordinal = 1461 * (year // 4) + day0 + day
                self._ymd = (year, month, day)
                return
        super().__init__(year, month, day)

    def to_gregorian(self) -> date | GregorianDate:
        """The same day: a :class:`datetime.date` in years 1..9999, else a :class:`GregorianDate`."""
        n = self._ordinal
        if n >= _MIN_DATE_ORDINAL and n <= _MAX_DATE_ORDINAL:
            return _date_fromordinal(n)
        gregorian = _new_date(GregorianDate)  # built directly: no check to repeat
        gregorian._ordinal = n
        year, month, day = self._ymd
        if year >= _FIRST_SHIFT_YEAR and year <= _LAST_SHIFT_YEAR:
            # core.julian_to_gregorian's shift, inlined: the call would cost a quarter of this path.
            split, end, step, to_month, shift, step2, to_month2, shift2 = _TO_GREGORIAN[
                year - _FIRST_SHIFT_YEAR
            ][month]
            if day <= split:  # the day is valid: a JulianDate holds only real days
                gregorian._ymd = (year + step, to_month, day + shift)
                return gregorian
            if day <= end:
                gregorian._ymd = (year + step2, to_month2, day + shift2)
                return gregorian
        gregorian._ymd = core.julian_to_gregorian(year, month, day)  # a third run, an unbuilt row, far years
        return gregorian

    @classmethod
    def from_gregorian(cls, value: date | GregorianDate | tuple[int, int, int]) -> JulianDate:
        """The Julian date of a Gregorian date, given as a date or ``(y, m, d)``."""
        if isinstance(value, tuple):
            return cls.fromordinal(core.gregorian_to_ordinal(*_three(value)))
        return cls.from_date(value)

    def offset(self) -> int:
        """Days the Gregorian label runs ahead of this Julian one (see :func:`oldstyle.offset`)."""
        y, m, _ = cycles.gregorian_from_ordinal(self._ordinal)
        return _arith.offset_for_gregorian(y, m)


class GregorianDate(_CalendarDate):
    """A day in the proleptic Gregorian (New Style) calendar, any year.

    Use it where :class:`datetime.date` cannot go (years before 1 or after
    9999); it compares equal to the :class:`datetime.date` of the same day.
    """

    __slots__ = ()
    calendar: ClassVar[Calendar] = "gregorian"
    _to_ordinal = staticmethod(core.gregorian_to_ordinal)
    _from_ordinal = staticmethod(cycles.gregorian_from_ordinal)

    def __init__(self, year: int, month: int, day: int) -> None:
        # core.gregorian_to_ordinal's fast path, inlined as JulianDate's is: the date reader
        # makes a GregorianDate for every New Style half it settles.
        if (
            year.__class__ is int
            and month.__class__ is int
            and day.__class__ is int
            and month > 0
            and month < 13
        ):
            day0, length = _GREGORIAN_MONTHS[13 * (year % 400) + month]
            if day > 0 and day <= length:
                self._ordinal = _DAYS_IN_400_YEARS * (year // 400) + day0 + day
                self._ymd = (year, month, day)
                return
        super().__init__(year, month, day)

    @classmethod
    def from_julian(cls, value: JulianDate | tuple[int, int, int]) -> GregorianDate:
        """The Gregorian date of a Julian date, given as a JulianDate or ``(y, m, d)``."""
        if isinstance(value, tuple):
            return cls.fromordinal(core.julian_to_ordinal(*_three(value)))
        return cls.from_date(value)

    def to_date(self) -> date:
        """This day as a :class:`datetime.date`; InvalidDateError outside years 1..9999."""
        if not _MIN_DATE_ORDINAL <= self._ordinal <= _MAX_DATE_ORDINAL:
            raise InvalidDateError(
                f"{self.isoformat()} is outside datetime.date's years 1..9999; keep it as a GregorianDate"
            )
        return date.fromordinal(self._ordinal)
