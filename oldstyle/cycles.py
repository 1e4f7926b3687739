"""The calendars' repeating cycles as tables: what the fast conversions read.

Both calendars repeat.  The Julian calendar repeats every 4 years (1461
days) and the Gregorian every 400 years (146097 days), so a date is its cycle
number plus a row of a small table.  This module builds those tables once,
from the formulas in :mod:`oldstyle._arith`, and gives them public names
for :mod:`oldstyle.core`, :mod:`oldstyle.dates` and :mod:`oldstyle.array`.
Nothing here validates: callers check their input first (see
:func:`oldstyle.core.check_label`).

It also holds the *shift tables* behind :func:`oldstyle.julian_to_gregorian`
and :func:`oldstyle.gregorian_to_julian` (see :func:`shift_facts`).
"""

from __future__ import annotations

from datetime import date

from oldstyle import _arith

TYPE_CHECKING = False  # typing is needed only for the annotations; it is slow to import
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Final

__all__ = [
    "GREGORIAN_MONTHS",
    "GREGORIAN_YEARS",
    "JULIAN_CYCLE_DAYS",
    "JULIAN_CYCLE_START",
    "JULIAN_MONTHS",
    "SHIFT_FIRST_YEAR",
    "SHIFT_LAST_YEAR",
    "TO_GREGORIAN",
    "TO_JULIAN",
    "MonthFacts",
    "YearFacts",
    "build_shift_rows",
    "gregorian_from_ordinal",
    "julian_from_ordinal",
]

Label = tuple[int, int, int]

JULIAN_CYCLE_START: Final = _arith.julian_to_ordinal(0, 1, 1)
"""Ordinal of Julian 0000-01-01, the first day of a 4-year cycle (its first year is leap)."""

JULIAN_CYCLE_DAYS: Final[tuple[Label, ...]] = tuple(
    (year, month, day)
    for year in range(4)  # year 0 of the cycle is the leap year
    for month in range(1, 13)
    for day in range(1, _arith.days_in_month_julian(year, month) + 1)
)
"""``(year within the cycle, month, day)`` of each of the 1461 days of a Julian cycle."""

JULIAN_MONTHS: Final[tuple[tuple[int, int], ...]] = tuple(
    (_arith.julian_to_ordinal(r, m, 1) - 1, _arith.days_in_month_julian(r, m)) if m else (0, 0)
    for r in range(4)
    for m in range(13)
)
"""``(ordinal of day 0, length)`` of month ``m`` of Julian year ``r`` (0..3), at index ``13 * r + m``.

The ordinal of Julian ``(y, m, d)`` is ``1461 * (y // 4) + day0 + d`` with
``r = y % 4``.  Index ``13 * r`` (month 0) has length 0, so no day fits it.
"""


def _gregorian_months() -> tuple[tuple[int, int], ...]:
    # Added up month by month: 4,800 calls of _arith's checked formulas would
    # cost more than the rest of the import (tests/test_fast_paths.py compares).
    rows = []
    day0 = _arith.gregorian_to_ordinal(0, 1, 1) - 1
    for year in range(400):
        leap = _arith.is_leap_gregorian(year)
        rows.append((0, 0))
        for month in range(1, 13):
            length = 29 if month == 2 and leap else _arith.DAYS_IN_MONTH[month]
            rows.append((day0, length))
            day0 += length
    return tuple(rows)


GREGORIAN_MONTHS: Final[tuple[tuple[int, int], ...]] = _gregorian_months()
"""``(ordinal of day 0, length)`` of month ``m`` of Gregorian year ``r`` (0..399), at ``13 * r + m``.

The ordinal of Gregorian ``(y, m, d)`` is ``146097 * (y // 400) + day0 + d``
with ``r = y % 400``, for any year; month 0 has length 0.
"""


def _days_of_year(leap: bool) -> tuple[tuple[int, int], ...]:
    return tuple(
        (month, day)
        for month in range(1, 13)
        for day in range(1, (29 if month == 2 and leap else _arith.DAYS_IN_MONTH[month]) + 1)
    )


def _gregorian_years() -> tuple[tuple[int, tuple[tuple[int, int], ...]], ...]:
    days = {leap: _days_of_year(leap) for leap in (False, True)}
    rows, start = [], 0
    for year in range(1, 402):
        leap = _arith.is_leap_gregorian(year)
        rows.append((start, days[leap]))
        start += len(days[leap])
    return tuple(rows)


GREGORIAN_YEARS: Final = _gregorian_years()
"""``(first day, (month, day) of each day of the year)`` of Gregorian years 1..401 of a 400-year cycle.

Row ``y`` is year ``y + 1``; its first day is counted from 0001-01-01 (day 0).
A day ``r`` of the cycle (0..146096) falls in row ``r // 365`` or the one
before, so :func:`gregorian_from_ordinal` needs one comparison to find it.
"""

_DAYS_IN_400_YEARS = _arith.DAYS_IN_400_GREGORIAN_YEARS
_MAX_DATE_ORDINAL = date.max.toordinal()
_fromordinal = date.fromordinal


def julian_from_ordinal(ordinal: int) -> Label:
    """Julian ``(year, month, day)`` of any int ordinal: one ``divmod`` and one table row."""
    cycles, i = divmod(ordinal - JULIAN_CYCLE_START, 1461)
    year_in_cycle, month, day = JULIAN_CYCLE_DAYS[i]
    return year_in_cycle + 4 * cycles, month, day


def gregorian_from_ordinal(ordinal: int) -> Label:
    """Proleptic Gregorian ``(year, month, day)`` of any int ordinal.

    datetime's C code in its years 1..9999, else :data:`GREGORIAN_YEARS`.
    """
    if 1 <= ordinal <= _MAX_DATE_ORDINAL:
        d = _fromordinal(ordinal)
        return d.year, d.month, d.day
    n = ordinal - 1
    day_of_cycle = n % _DAYS_IN_400_YEARS
    year = day_of_cycle // 365
    start, days = GREGORIAN_YEARS[year]
    if day_of_cycle < start:
        year -= 1
        start, days = GREGORIAN_YEARS[year]
    month, day = days[day_of_cycle - start]
    return 400 * (n // _DAYS_IN_400_YEARS) + year + 1, month, day


# --- the shift tables -------------------------------------------------------
# A day's label in the other calendar is its own label moved by the offset,
# so the days of one month land on one, two or (across a 28-day February)
# three consecutive months of the other calendar, each as a run of days.
# For a (year, month) of the calendar converted from, MonthFacts describe
# the first two runs without going through the ordinal:
#     split                the last day of the first run (days 1..split)
#     end                  the last day of the second run (days split+1..end)
#     year_step, to_month  where the first run lands: (year + year_step, to_month)
#     shift                days to add to the day of the month in the first run
#     and the same three for the second run.
# A month with one run has end == split.  A third run happens only where the
# calendars are 28 days or more apart and a month spans all of a February:
# its days (two or three a year) are left to the validated path, as are the
# days outside the month.
# A year's facts depend only on its leap year, where its 1 January lands and
# the leap years of the other calendar there, so years share them (a few
# hundred distinct YearFacts over 15,000 years), which keeps them in cache.

MonthFacts = tuple[int, int, int, int, int, int, int, int]
"""``(split, end, year_step, to_month, shift, year_step2, to_month2, shift2)`` of one month (see above)."""

YearFacts = tuple[MonthFacts, ...]
"""The 12 months' :data:`MonthFacts` of a year, at indexes 1..12; index 0 is a month with no days."""

SHIFT_FIRST_YEAR: Final = -4800
"""First year the shift tables cover (in the calendar converted from)."""

SHIFT_LAST_YEAR: Final = 10099
"""Last year the shift tables cover."""

_NO_MONTH: MonthFacts = (0, 0, 0, 0, 0, 0, 0, 0)

# One object for each distinct MonthFacts (about a thousand), so that the
# rows of the tables share them and a conversion reads memory that is in cache.
_SHARED_MONTHS: dict[MonthFacts, MonthFacts] = {}


def _month_length(month: int, leap: bool) -> int:
    return 29 if month == 2 and leap else _arith.DAYS_IN_MONTH[month]


def _year_facts(from_leap: bool, start: Label, to_leaps: tuple[bool, bool]) -> YearFacts:
    """Facts of a year whose 1 January lands on ``start`` = (year step, month, day) of the other calendar.

    ``to_leaps`` are the leap years of the other calendar's years at steps
    ``start[0]`` and ``start[0] + 1``: a year spans at most those two.
    """
    step, to_month, to_day = start
    first_step = step
    facts = [_NO_MONTH]
    for month in range(1, 13):
        length = _month_length(month, from_leap)
        runs: list[tuple[int, int, int, int]] = []  # (last day, year step, month, shift)
        day = 1
        while day <= length:
            to_length = _month_length(to_month, to_leaps[step - first_step])
            take = min(length - day + 1, to_length - to_day + 1)
            runs.append((day + take - 1, step, to_month, to_day - day))
            day, to_day = day + take, to_day + take
            if to_day > to_length:
                to_day, to_month = 1, to_month + 1
                if to_month == 13:
                    to_month, step = 1, step + 1
        first, second = runs[0], runs[1] if len(runs) > 1 else runs[0]
        month_facts: MonthFacts = (first[0], second[0], *first[1:], *second[1:])
        facts.append(_SHARED_MONTHS.setdefault(month_facts, month_facts))
    return tuple(facts)


_CHUNK = 100  # years built at a time, on first use


class _ShiftTable:
    """How one direction's table is built: the calendars converted from and to."""

    def __init__(
        self,
        months: tuple[tuple[int, int], ...],
        cycle: tuple[int, int],
        from_leap: Callable[[int], bool],
        to_label: Callable[[int], Label],
        to_leap: Callable[[int], bool],
    ) -> None:
        self.months, self.cycle = months, cycle
        self.from_leap, self.to_label, self.to_leap = from_leap, to_label, to_leap
        # Until its chunk is built a year has no valid day, which sends a
        # conversion down the validated path, and that builds the chunk.
        unbuilt: YearFacts = (_NO_MONTH,) * 13
        self.rows: list[YearFacts] = [unbuilt] * (SHIFT_LAST_YEAR - SHIFT_FIRST_YEAR + 1)
        self.shared: dict[tuple[bool, int, int, int, bool, bool], YearFacts] = {}
        self.built: set[int] = set()

    def facts(self, year: int) -> YearFacts:
        """The facts of one year, found or built."""
        years, days = self.cycle
        day0, _ = self.months[13 * (year % years) + 1]
        to_year, month, day = self.to_label(days * (year // years) + day0 + 1)
        step = to_year - year
        key = (self.from_leap(year), step, month, day, self.to_leap(to_year), self.to_leap(to_year + 1))
        found = self.shared.get(key)
        if found is None:
            found = self.shared[key] = _year_facts(key[0], (step, month, day), (key[4], key[5]))
        return found

    def build(self, year: int) -> None:
        """Fill the chunk of rows that holds ``year`` (in the table), unless it is built."""
        chunk = (year - SHIFT_FIRST_YEAR) // _CHUNK
        if chunk in self.built:
            return
        self.built.add(chunk)
        first = SHIFT_FIRST_YEAR + chunk * _CHUNK
        for y in range(first, min(first + _CHUNK, SHIFT_LAST_YEAR + 1)):
            self.rows[y - SHIFT_FIRST_YEAR] = self.facts(y)


_TO_GREGORIAN = _ShiftTable(
    JULIAN_MONTHS, (4, 1461), _arith.is_leap_julian, gregorian_from_ordinal, _arith.is_leap_gregorian
)
_TO_JULIAN = _ShiftTable(
    GREGORIAN_MONTHS,
    (400, _DAYS_IN_400_YEARS),
    _arith.is_leap_gregorian,
    julian_from_ordinal,
    _arith.is_leap_julian,
)

TO_GREGORIAN: Final[list[YearFacts]] = _TO_GREGORIAN.rows
"""Julian year ``y`` in the shift range -> its :data:`YearFacts`, at index ``y - SHIFT_FIRST_YEAR``.

Rows are built a century at a time by :func:`build_shift_rows`; until then
a row has no valid day.
"""

TO_JULIAN: Final[list[YearFacts]] = _TO_JULIAN.rows
"""Gregorian year ``y`` -> its :data:`YearFacts`, as :data:`TO_GREGORIAN`."""


def build_shift_rows(year: int) -> None:
    """Build both shift tables' rows for the century around ``year``, once; outside the tables, nothing."""
    if SHIFT_FIRST_YEAR <= year <= SHIFT_LAST_YEAR:
        _TO_GREGORIAN.build(year)
        _TO_JULIAN.build(year)
