"""The Swedish calendar of 1700-1712: the third calendar between Julian and Gregorian.

Sweden meant to reach the Gregorian calendar gradually by leaving out the
leap days of 1700-1740.  It left out only the first, so from Swedish
1 March 1700 (= Julian 29 February 1700) to Swedish 29 February 1712 its
dates ran one day ahead of the Julian ones.  In 1712 it went back to the
Julian calendar by giving February a 30th day (Swedish 30 February 1712 =
Julian 29 February 1712); Swedish and Julian 1 March 1712 are the same day.
The final move to the Gregorian calendar came in 1753 (Julian 17 February
was followed by Gregorian 1 March); region ``"SE"`` in
:mod:`oldstyle.reforms` strings the three calendars together.

Poltava is Julian 27 June, Swedish 28 June and Gregorian 8 July 1709::

    >>> from oldstyle import gregorian_to_ordinal
    >>> ordinal_to_swedish(gregorian_to_ordinal(1709, 7, 8))
    (1709, 6, 28)
    >>> swedish_to_julian(1709, 6, 28)
    (1709, 6, 27)

The functions here accept only dates of that period; outside it, Swedish
dates are Julian (or, from 1753, Gregorian) and these functions say so.
"""

from __future__ import annotations

from oldstyle import core
from oldstyle.errors import InvalidDateError

__all__ = [
    "FIRST_DAY",
    "FIRST_ORDINAL",
    "LAST_DAY",
    "LAST_ORDINAL",
    "gregorian_to_swedish",
    "is_swedish",
    "julian_to_swedish",
    "only_swedish_note",
    "ordinal_to_swedish",
    "swedish_days_in_month",
    "swedish_to_gregorian",
    "swedish_to_julian",
    "swedish_to_ordinal",
]

FIRST_DAY = (1700, 3, 1)
"""The first Swedish-calendar date (= Julian 1700-02-29, the leap day Sweden skipped)."""

LAST_DAY = (1712, 2, 30)
"""The last Swedish-calendar date, the inserted 30 February (= Julian 1712-02-29)."""

FIRST_ORDINAL = core.julian_to_ordinal(1700, 2, 29)
"""Day ordinal of :data:`FIRST_DAY`."""

LAST_ORDINAL = core.julian_to_ordinal(1712, 2, 29)
"""Day ordinal of :data:`LAST_DAY`."""

_PERIOD = "Sweden used its own calendar only from 1 March 1700 to 30 February 1712 (Swedish dates)"


def _label(year: int, month: int, day: int) -> str:
    return core.label_text(year, month, day)


def is_swedish(year: object, month: object, day: object) -> bool:
    """True if the date is a Swedish-calendar date (1700-03-01 .. 1712-02-30).

    Never raises: a wrong type is simply not a Swedish date.
    """
    if type(year) is not int or type(month) is not int or type(day) is not int:
        return False
    label = (year, month, day)
    if not FIRST_DAY <= label <= LAST_DAY:
        return False
    return label == LAST_DAY or core.is_valid(year, month, day, "julian")


def only_swedish_note(year: int, month: int, day: int) -> str:
    """The note that 30 February 1712 existed only in the Swedish calendar, for that label; else ``""``.

    For messages about a label that no other calendar has: the one fact the
    error of a Julian or Gregorian reading cannot know.
    """
    if (year, month, day) == LAST_DAY:
        return "; 30 February 1712 existed only in the Swedish calendar (region 'SE')"
    return ""


def _check(year: object, month: object, day: object) -> tuple[int, int, int]:
    """The date as three ints, or InvalidDateError saying why it is not Swedish."""
    y, m, d = core.check_label(year, month, day)
    if is_swedish(y, m, d):
        return y, m, d
    text = _label(y, m, d)
    if (y, m, d) == (1700, 2, 29):
        why = "Sweden skipped 29 February 1700: Swedish 28 February was followed by Swedish 1 March"
    elif not FIRST_DAY <= (y, m, d) <= LAST_DAY:
        why = f"{_PERIOD}; for other dates use the Julian calendar, or region 'SE'"
    else:
        size = swedish_days_in_month(y, m)
        why = f"that month had {size} days in the Swedish calendar"
    raise InvalidDateError(f"{text} is not a Swedish-calendar date: {why}")


def swedish_days_in_month(year: int, month: int) -> int:
    """Days in a month of the Swedish calendar (February 1700: 28, February 1712: 30).

    Months wholly outside 1700-03 .. 1712-02 raise :class:`~oldstyle.InvalidDateError`.
    """
    y = core.check_int("year", year)
    m = core.check_int("month", month)
    if not (1700, 3) <= (y, m) <= (1712, 2):
        raise InvalidDateError(f"{core.label_text(y, m, 1)[:-3]} is not a Swedish-calendar month: {_PERIOD}")
    if (y, m) == (1712, 2):
        return 30
    return core.days_in_month(y, m, "julian")


def swedish_to_ordinal(year: int, month: int, day: int) -> int:
    """Day ordinal (``datetime.date.toordinal()`` count) of a Swedish-calendar date."""
    y, m, d = _check(year, month, day)
    if (y, m, d) == LAST_DAY:
        return LAST_ORDINAL
    # Swedish dates run one day ahead of the Julian labels of the same day.
    return core.julian_to_ordinal(y, m, d) - 1


def ordinal_to_swedish(ordinal: int) -> tuple[int, int, int]:
    """Swedish ``(year, month, day)`` of a day ordinal in 1700-03-01 .. 1712-02-30 (Swedish)."""
    n = core.check_int("ordinal", ordinal)
    if not FIRST_ORDINAL <= n <= LAST_ORDINAL:
        y, m, d = core.ordinal_to_julian(n)
        raise InvalidDateError(f"Julian {_label(y, m, d)} has no Swedish-calendar date: {_PERIOD}")
    if n == LAST_ORDINAL:
        return LAST_DAY
    return core.ordinal_to_julian(n + 1)


def swedish_to_julian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Julian date of a Swedish-calendar date: Narva (1700-11-20) -> (1700, 11, 19)."""
    return core.ordinal_to_julian(swedish_to_ordinal(year, month, day))


def swedish_to_gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Gregorian date of a Swedish-calendar date: Poltava (1709-06-28) -> (1709, 7, 8)."""
    return core.ordinal_to_gregorian(swedish_to_ordinal(year, month, day))


def julian_to_swedish(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Swedish-calendar date of a Julian date in Julian 1700-02-29 .. 1712-02-29."""
    return ordinal_to_swedish(core.julian_to_ordinal(year, month, day))


def gregorian_to_swedish(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Swedish-calendar date of a Gregorian date in 1700-03-11 .. 1712-03-11."""
    return ordinal_to_swedish(core.gregorian_to_ordinal(year, month, day))
