"""``oldstyle cal``: a month or year view in the layout of Unix cal, without the skipped days."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from oldstyle import calview
from oldstyle.cli.status import ExitStatus, UsageError
from oldstyle.cli.streams import Streams

if TYPE_CHECKING:
    from oldstyle.reforms import Region

__all__ = ["EXAMPLES", "CalOptions", "run"]

EXAMPLES = """\
examples:
  oldstyle cal 9 1752 --region GB     September 1752 as Britain lived it: 1 2 14 15 ...
  oldstyle cal 1752 --region GB       the whole year
  oldstyle cal 10 1917 --calendar os  October 1917 in the Julian calendar
  oldstyle cal feb 1712 --region SE   Sweden's 30 February
  oldstyle cal 3 1700 --region GB --feasts   March 1700 with Lady Day, Easter ... listed under it

--feasts lists the feasts that fall in the month (or each month of the
year) under the calendar, by day; with a region, as that region kept them
(its calendar and its computus), else by the calendar shown."""


@dataclass(frozen=True)
class CalOptions:
    """What ``oldstyle cal`` was asked: a month (None: the whole year) of a year, where."""

    year: int
    month: int | None = None
    calendar: str | None = None
    region: Region | None = None
    format: str = "text"
    feasts: bool = False

    def __post_init__(self) -> None:
        if self.region is not None and self.calendar is not None:
            raise UsageError(
                f"--region {self.region.code} decides the calendar of each date; drop --calendar"
            )


def _marks(grid: calview.MonthGrid, options: CalOptions) -> dict[int, str]:
    """The feasts of a month as the grid shows it (none without --feasts)."""
    if not options.feasts:
        return {}
    from oldstyle.feastviews import feast_marks

    return feast_marks(grid.year, grid.month, options.region, options.calendar)


def _grid_fields(grid: calview.MonthGrid, marks: dict[int, str] | None) -> dict[str, object]:
    weekdays = [calview.WEEKDAY_NAMES[weekday] for weekday in grid.weekdays]
    fields: dict[str, object] = {"year": grid.year, "month": grid.month, "days": list(grid.days)}
    fields["weekdays"] = weekdays
    if marks is not None:
        fields["feasts"] = {str(day): names for day, names in marks.items()}
    return fields


def _year_feasts(grids: list[calview.MonthGrid], marks: list[dict[int, str]]) -> str:
    """The feasts of a year view, listed under it month by month."""
    from oldstyle.names import ENGLISH

    lines = [
        f"{ENGLISH.month(grid.month)[:3]} {day:2d}  {names}"
        for grid, month_marks in zip(grids, marks, strict=True)
        for day, names in month_marks.items()
        if day in grid.days
    ]
    return "\n" + "\n".join(lines) + "\n" if lines else ""


def _grid(year: int, month: int, options: CalOptions) -> calview.MonthGrid:
    if options.region is not None:
        return calview.region_month(options.region, year, month)
    return calview.pure_month(year, month, options.calendar or "gregorian")


def run(options: CalOptions, streams: Streams) -> ExitStatus:
    """Run ``oldstyle cal`` for one month or a whole year."""
    month, year = options.month, options.year
    grids = [_grid(year, m, options) for m in ([month] if month else range(1, 13))]
    marks = [_marks(grid, options) for grid in grids]
    if options.format == "json":
        found = marks if options.feasts else [None] * len(grids)
        streams.line(json.dumps([_grid_fields(g, m) for g, m in zip(grids, found, strict=True)]))
    elif month is not None:
        streams.write(calview.month_view(grids[0], marks[0]))
    else:
        streams.write(calview.year_view(year, grids) + _year_feasts(grids, marks))
    return ExitStatus.OK
