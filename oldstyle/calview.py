"""Month and year calendar views in the layout of Unix ``cal``.

A month is a :class:`MonthGrid`: the day labels that existed in it and the
weekday of the first one.  The grid comes either from one pure calendar
(:func:`pure_month`) or from a region whose reform skipped days
(:func:`region_month`), so ``cal 9 1752`` for Great Britain shows
``1 2 14 15 16 ...`` on the right weekdays.  Rendering follows ``cal``:
20-column months, a centred title, ``Su Mo Tu We Th Fr Sa``, and three
months side by side, two spaces apart, in the year view.  Trailing spaces
are trimmed so the output is stable to compare.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from oldstyle import core
from oldstyle.names import ENGLISH, WEEKDAYS

__all__ = [
    "MONTH_WIDTH",
    "WEEKDAY_NAMES",
    "MonthGrid",
    "MonthSource",
    "month_view",
    "pure_month",
    "region_month",
    "sunday_weekday",
    "year_view",
]

WEEKDAY_NAMES = (WEEKDAYS[6], *WEEKDAYS[:6])
"""Weekday names, Sunday first, as ``cal`` orders its columns."""

MONTH_WIDTH = 20
"""Columns of one month block: seven two-digit days and six separating spaces."""

_MONTHS_PER_ROW = 3
_GUTTER = "  "
_WEEKDAY_HEADER = " ".join(name[:2] for name in WEEKDAY_NAMES)


class MonthSource(Protocol):
    """What a region must offer to be drawn: its day labels and their day numbers."""

    def month_days(self, year: int, month: int) -> list[int]:
        """The day labels that existed in that month (GB 1752-09: 1, 2, 14, ..., 30)."""
        ...

    def to_ordinal(self, year: int, month: int, day: int) -> int:
        """The day ordinal of a date as written there."""
        ...


@dataclass(frozen=True)
class MonthGrid:
    """One month to draw: its day labels in order and the weekday of each.

    Weekdays count from Sunday (0) to Saturday (6).  Each label sits in its
    own weekday's column, so a repeated weekday (Alaska's two Fridays,
    6 and 18 October 1867) starts a new row rather than shifting the rest.
    """

    year: int
    month: int
    days: tuple[int, ...]
    weekdays: tuple[int, ...]

    @property
    def first_weekday(self) -> int:
        """Weekday of the first label (Sunday 0), or 0 for a month with no days."""
        return self.weekdays[0] if self.weekdays else 0

    def weeks(self) -> list[list[int | None]]:
        """The labels in rows of seven, each in its weekday's column, None elsewhere."""
        rows: list[list[int | None]] = []
        previous = 7  # past Saturday, so the first label opens a row
        for day, weekday in zip(self.days, self.weekdays, strict=True):
            if weekday <= previous:
                rows.append([None] * 7)
            rows[-1][weekday] = day
            previous = weekday
        return rows


def sunday_weekday(ordinal: int) -> int:
    """Weekday of a day ordinal counted from Sunday = 0 (ordinal 1 was a Monday)."""
    return ordinal % 7


def pure_month(year: int, month: int, calendar: str = "gregorian") -> MonthGrid:
    """The grid of a month in one proleptic calendar (``"julian"`` or ``"gregorian"``, or an alias)."""
    cal = core.calendar_name(calendar)
    size = core.days_in_month(year, month, cal)
    to_ordinal = core.julian_to_ordinal if cal == "julian" else core.gregorian_to_ordinal
    first = sunday_weekday(to_ordinal(year, month, 1))
    return MonthGrid(year, month, tuple(range(1, size + 1)), tuple((first + i) % 7 for i in range(size)))


def region_month(region: MonthSource, year: int, month: int) -> MonthGrid:
    """The grid of a month as a region lived it, without the days its reform skipped."""
    core.validate(year, month, 1)  # a clear error for month 13 before the region sees it
    days = tuple(region.month_days(year, month))
    weekdays = tuple(sunday_weekday(region.to_ordinal(year, month, day)) for day in days)
    return MonthGrid(year, month, days, weekdays)


def _centre(text: str, width: int = MONTH_WIDTH) -> str:
    # cal puts the odd space on the right, as str.center does not always.
    left = (width - len(text)) // 2
    return " " * left + text + " " * (width - len(text) - left)


def _week_line(week: list[int | None]) -> str:
    return " ".join("  " if day is None else f"{day:2d}" for day in week)


def _month_block(grid: MonthGrid, title: str, rows: int) -> list[str]:
    """The fixed-width lines of one month: title, weekday header, then ``rows`` week lines."""
    weeks = [_week_line(week) for week in grid.weeks()]
    weeks += [" " * MONTH_WIDTH] * (rows - len(weeks))
    return [_centre(title), _WEEKDAY_HEADER, *weeks]


def month_view(grid: MonthGrid, marks: Mapping[int, str] | None = None) -> str:
    """``cal MONTH YEAR``: the month titled with its name and year, one line per week.

    ``marks`` (day label -> text, e.g. from
    :func:`oldstyle.feastviews.feast_marks`) are listed under the month,
    one ``DD  text`` line per marked day that the grid shows, after a blank
    line; the grid itself keeps cal's layout.
    """
    title = f"{ENGLISH.month(grid.month)} {grid.year}"
    lines = _month_block(grid, title, len(grid.weeks()))
    notes = [f"{day:2d}  {text}" for day, text in sorted((marks or {}).items()) if day in grid.days]
    if notes:
        lines += ["", *notes]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def year_view(year: int, grids: list[MonthGrid]) -> str:
    """``cal YEAR``: the year centred over its months, three to a row, rows apart by a blank line."""
    width = _MONTHS_PER_ROW * MONTH_WIDTH + (_MONTHS_PER_ROW - 1) * len(_GUTTER)
    lines = [_centre(str(year), width), ""]
    for start in range(0, len(grids), _MONTHS_PER_ROW):
        row = grids[start : start + _MONTHS_PER_ROW]
        height = max(len(grid.weeks()) for grid in row)
        blocks = [_month_block(grid, ENGLISH.month(grid.month), height) for grid in row]
        lines += [_GUTTER.join(parts) for parts in zip(*blocks, strict=True)]
        lines.append("")
    return "\n".join(line.rstrip() for line in lines[:-1]) + "\n"
