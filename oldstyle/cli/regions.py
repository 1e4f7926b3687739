"""``oldstyle regions``: the reform table."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from oldstyle.cli.status import ExitStatus
from oldstyle.cli.streams import Streams
from oldstyle.reforms import Region, regions

__all__ = ["EXAMPLES", "RegionsOptions", "run"]

EXAMPLES = """\
examples:
  oldstyle regions                 the whole reform table
  oldstyle regions GB RU           two regions
  oldstyle regions --format json   with notes and sources"""


@dataclass(frozen=True)
class RegionsOptions:
    """What ``oldstyle regions`` was asked: some regions (none: all) and a format."""

    codes: list[Region] = field(default_factory=list)
    format: str = "text"


def _region_fields(item: Region) -> dict[str, object]:
    return {
        "code": item.code,
        "name": item.name,
        "last_julian": item.last_julian.isoformat() if item.last_julian else None,
        "first_gregorian": item.first_gregorian.isoformat() if item.first_gregorian else None,
        "notes": item.notes,
        "sources": item.sources,
    }


def _table_lines(rows: list[dict[str, object]]) -> list[str]:
    """The rows as aligned columns under a header, "-" for a reform that never happened."""
    keys = ("code", "name", "last_julian", "first_gregorian")
    cells = [["CODE", "NAME", "LAST JULIAN", "FIRST GREGORIAN"]]
    cells += [[str(row[key] or "-") for key in keys] for row in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(keys))]
    return [
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in cells
    ]


def run(options: RegionsOptions, streams: Streams) -> ExitStatus:
    """Run ``oldstyle regions``: a table, or JSON with notes and sources."""
    rows = [_region_fields(item) for item in (options.codes or regions())]
    if options.format == "json":
        streams.line(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for line in _table_lines(rows):
            streams.line(line)
    return ExitStatus.OK
