"""``oldstyle cal``: a month or year view in the layout of Unix cal, without the skipped days."""

from __future__ import annotations

import json
from dataclasses import dataclass

from oldstyle import calview
from oldstyle.cli.status import ExitStatus, UsageError
from oldstyle.cli.streams import Streams
from oldstyle.reforms import Region

__all__ = ["EXAMPLES", "SUMMARY", "CalOptions", "run"]

SUMMARY = "A month or year view in the layout of Unix cal, without the days a reform skipped."
EXAMPLES = """\
examples:
  oldstyle cal 9 1752 --region GB     September 1752 as Britain lived it: 1 2 14 15 ...
  oldstyle cal 1752 --region GB       the whole year
  oldstyle cal 10 1917 --calendar os  October 1917 in the Julian calendar
  oldstyle cal feb 1712 --region SE   Sweden's 30 February"""


@dataclass(frozen=True)
class CalOptions:
    """What ``oldstyle cal`` was asked: a month (None: the whole year) of a year, where."""

    year: int
    month: int | None = None
    calendar: str | None = None
    region: Region | None = None
    format: str = "text"

    def __post_init__(self) -> None:
        if self.region is not None and self.calendar is not None:
            raise UsageError(
                f"--region {self.region.code} decides the calendar of each date; drop --calendar"
            )


def _grid_fields(grid: calview.MonthGrid) -> dict[str, object]:
    weekdays = [calview.WEEKDAY_NAMES[weekday] for weekday in grid.weekdays]
    return {"year": grid.year, "month": grid.month, "days": list(grid.days), "weekdays": weekdays}


def _grid(year: int, month: int, options: CalOptions) -> calview.MonthGrid:
    if options.region is not None:
        return calview.region_month(options.region, year, month)
    return calview.pure_month(year, month, options.calendar or "gregorian")


def run(options: CalOptions, streams: Streams) -> ExitStatus:
    """Run ``oldstyle cal`` for one month or a whole year."""
    month, year = options.month, options.year
    grids = [_grid(year, m, options) for m in ([month] if month else range(1, 13))]
    if options.format == "json":
        streams.line(json.dumps([_grid_fields(grid) for grid in grids]))
    elif month is not None:
        streams.write(calview.month_view(grids[0]))
    else:
        streams.write(calview.year_view(year, grids))
    return ExitStatus.OK
