"""Integer arithmetic of the Julian and Gregorian calendars (the core).

Every function here is a pure function on ints, in the style of CPython's
``_pydatetime``: no validation beyond ``assert``, no imports from the rest of
the package.  Both calendars go to and from one day count, the *ordinal*
of :meth:`datetime.date.toordinal` (Gregorian 0001-01-01 is day 1), and
years are astronomical (year 0 is 1 BC, year -1 is 2 BC).

The Julian Day Number of a day is ``ordinal + JDN_OFFSET``.
"""

from __future__ import annotations

__all__ = [
    "DAYS_BEFORE_MONTH",
    "DAYS_IN_MONTH",
    "JDN_OFFSET",
    "days_before_year_gregorian",
    "days_before_year_julian",
    "days_in_month_gregorian",
    "days_in_month_julian",
    "gregorian_to_ordinal",
    "is_leap_gregorian",
    "is_leap_julian",
    "julian_to_ordinal",
    "offset_for_gregorian",
    "ordinal_to_gregorian",
    "ordinal_to_julian",
]

# JDN of the day whose ordinal is 0 (Gregorian 0000-12-31): 2000-01-01 is
# ordinal 730120 and JDN 2451545.
JDN_OFFSET = 1721425

# Index 0 is unused so that month numbers index directly.
DAYS_IN_MONTH = (-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

# DAYS_BEFORE_MONTH[m] = days in months 1..m-1 of a common year.
DAYS_BEFORE_MONTH = (-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

# Days in 4 Julian years and in 400 Gregorian years.
DAYS_IN_4_JULIAN_YEARS = 4 * 365 + 1  # 1461
DAYS_IN_400_GREGORIAN_YEARS = 400 * 365 + 97  # 146097

# Julian 0001-01-01 is Gregorian 0000-12-30, two days before ordinal 1.
_JULIAN_EPOCH_ORDINAL = -1


def is_leap_julian(year: int) -> bool:
    """Year is a Julian leap year: every fourth year, year 0 included."""
    return year % 4 == 0


def is_leap_gregorian(year: int) -> bool:
    """Year is a Gregorian leap year: divisible by 4, centuries only by 400."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month_julian(year: int, month: int) -> int:
    """Number of days in that month of that Julian year."""
    assert 1 <= month <= 12, month
    if month == 2 and is_leap_julian(year):
        return 29
    return DAYS_IN_MONTH[month]


def days_in_month_gregorian(year: int, month: int) -> int:
    """Number of days in that month of that Gregorian year."""
    assert 1 <= month <= 12, month
    if month == 2 and is_leap_gregorian(year):
        return 29
    return DAYS_IN_MONTH[month]


def days_before_year_julian(year: int) -> int:
    """Days from Julian 0001-01-01 to Julian year-01-01 (negative before)."""
    y = year - 1
    # Floor division keeps this exact for negative years: -1 // 4 == -1.
    return y * 365 + y // 4


def days_before_year_gregorian(year: int) -> int:
    """Days from Gregorian 0001-01-01 to Gregorian year-01-01."""
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def julian_to_ordinal(year: int, month: int, day: int) -> int:
    """Ordinal (datetime's day count) of a valid Julian date."""
    assert 1 <= month <= 12, month
    assert 1 <= day <= days_in_month_julian(year, month), (year, month, day)
    leap_day = 1 if month > 2 and is_leap_julian(year) else 0
    return (
        _JULIAN_EPOCH_ORDINAL - 1 + days_before_year_julian(year) + DAYS_BEFORE_MONTH[month] + leap_day + day
    )


def gregorian_to_ordinal(year: int, month: int, day: int) -> int:
    """Ordinal of a valid Gregorian date; agrees with date.toordinal()."""
    assert 1 <= month <= 12, month
    assert 1 <= day <= days_in_month_gregorian(year, month), (year, month, day)
    leap_day = 1 if month > 2 and is_leap_gregorian(year) else 0
    return days_before_year_gregorian(year) + DAYS_BEFORE_MONTH[month] + leap_day + day


def _month_and_day(day_of_year: int, leap: bool) -> tuple[int, int]:
    """Split a 0-based day of the year into (month, day)."""
    # Estimate the month from a 32-day month, then correct once: the
    # estimate is never early by more than one month.
    month = (day_of_year + 50) >> 5
    before = DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > day_of_year:
        month -= 1
        before -= DAYS_IN_MONTH[month] + (month == 2 and leap)
    return month, day_of_year - before + 1


def ordinal_to_julian(ordinal: int) -> tuple[int, int, int]:
    """Julian (year, month, day) of an ordinal."""
    # Days since Julian 0001-01-01, then whole 4-year cycles of 1461 days.
    n = ordinal - _JULIAN_EPOCH_ORDINAL
    cycles, n = divmod(n, DAYS_IN_4_JULIAN_YEARS)
    # The last year of each cycle is the leap year, so a plain 365-day
    # division is right except on its final day (n == 1460).
    year_in_cycle, n = divmod(n, 365)
    if year_in_cycle == 4:
        year_in_cycle, n = 3, 365
    year = cycles * 4 + year_in_cycle + 1
    month, day = _month_and_day(n, year_in_cycle == 3)
    return year, month, day


def ordinal_to_gregorian(ordinal: int) -> tuple[int, int, int]:
    """Gregorian (year, month, day) of an ordinal; any ordinal, any sign."""
    # Whole 400-year cycles, then 100-, 4- and 1-year ones, as in
    # _pydatetime._ord2ymd but with floor division valid for negatives.
    n = ordinal - 1
    n400, n = divmod(n, DAYS_IN_400_GREGORIAN_YEARS)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, DAYS_IN_4_JULIAN_YEARS)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        # Last day of a leap year ending a 4- or 400-year cycle.
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month, day = _month_and_day(n, leap)
    return year, month, day


def offset_for_gregorian(year: int, month: int) -> int:
    """Days the Gregorian calendar runs ahead of the Julian in that month.

    ``floor(Y/100) - floor(Y/400) - 2`` where Y is the Gregorian year counted
    from 1 March, so the value steps on Gregorian 1 March of century years
    not divisible by 400.
    """
    y = year if month >= 3 else year - 1
    return y // 100 - y // 400 - 2
