"""``oldstyle easter``: Easter Sunday of a year, by either computus or as a region kept it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from oldstyle.cli.status import ExitStatus
from oldstyle.cli.streams import Streams

if TYPE_CHECKING:
    from oldstyle.churchyear import Day
    from oldstyle.reforms import Region

__all__ = ["EXAMPLES", "EasterOptions", "day_fields", "run"]

EXAMPLES = """\
examples:
  oldstyle easter 1700                       the Roman church's Easter (Gregorian computus)
  oldstyle easter 1700 --region GB           as England kept it: Julian computus and calendar
  oldstyle easter 2024 --computus julian     the Orthodox Easter
  oldstyle easter 1700 --region GB --format json

The day is written in the dual style (O.S. and N.S.), with the region's
dual year where its New Year made one.  The Julian computus is read from
326 (after Nicaea); the Gregorian from 1583."""


@dataclass(frozen=True)
class EasterOptions:
    """What ``oldstyle easter`` was asked: a year, a computus (None: by region or year), a region."""

    year: int
    computus: str | None = None
    region: Region | None = None
    format: str = "text"


def day_fields(day: Day) -> dict[str, object]:
    """A day's ISO labels in both calendars, for ``--format json``."""
    from oldstyle.dates import GregorianDate, JulianDate

    ordinal = day.toordinal()
    return {
        "julian": JulianDate.fromordinal(ordinal).isoformat(),
        "gregorian": GregorianDate.fromordinal(ordinal).isoformat(),
    }


def run(options: EasterOptions, streams: Streams) -> ExitStatus:
    """Print Easter of the year, as one line or one JSON object."""
    from oldstyle.churchyear import feast
    from oldstyle.feastviews import render_easter

    text = render_easter(options.year, options.computus, options.region)
    if options.format == "json":
        day = feast("Easter", options.year, options.region, computus=options.computus)
        fields: dict[str, object] = {"year": options.year, **day_fields(day), "text": text}
        if options.region is not None:
            fields["region"] = options.region.code
        if options.computus is not None:
            fields["computus"] = options.computus
        streams.line(json.dumps(fields, ensure_ascii=False))
    else:
        streams.line(text)
    return ExitStatus.OK
