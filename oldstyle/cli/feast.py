"""``oldstyle feast``: the day of a feast in a year, as a region reckoned it; or every feast of a year."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from oldstyle.cli.easter import day_fields
from oldstyle.cli.status import ExitStatus, UsageError
from oldstyle.cli.streams import PROG, Streams

if TYPE_CHECKING:
    from oldstyle.reforms import Region

__all__ = ["EXAMPLES", "FeastOptions", "run"]

EXAMPLES = """\
examples:
  oldstyle feast Michaelmas 1666 --region GB    29 September (O.S.; 9 October N.S.) 1666
  oldstyle feast Lady Day 1731 --region GB      the words of a name need no quotes
  oldstyle feast "Old Michaelmas Day" 1760      the Julian day, named in the Gregorian calendar
  oldstyle feast Whitsun 1450 --computus julian
  oldstyle feast 1700 --region GB               every feast of 1700, as GB kept them

Names are English, Latin, German, French or Russian, in any case.  An
unknown name is a usage error (exit status 2) that names the closest
feasts, as an unknown --region is."""


@dataclass(frozen=True)
class FeastOptions:
    """What ``oldstyle feast`` was asked: a feast name (empty: all), a year, a computus, a region."""

    year: int
    name: list[str] = field(default_factory=list)
    computus: str | None = None
    region: Region | None = None
    format: str = "text"

    @property
    def feast_name(self) -> str:
        """The name as one text (its words may have come unquoted)."""
        return " ".join(" ".join(self.name).split())


def _check_name(options: FeastOptions) -> None:
    """An unknown feast is a usage error naming the closest feasts (as --region does)."""
    from oldstyle.churchyear import feast_info
    from oldstyle.errors import UnknownFeastError

    try:
        feast_info(options.feast_name)
    except UnknownFeastError as err:
        problem = f"unknown feast {str(err.value)[:60]!r}"
        hint = f": did you mean {' or '.join(err.choices)}?" if err.choices else ""
        listing = f"'{PROG} feast {options.year}' lists the feasts of a year"
        raise UsageError(f"{problem}{hint} ({listing})") from None


def _all_feasts(options: FeastOptions, streams: Streams) -> None:
    from oldstyle.churchyear import feasts
    from oldstyle.feastviews import render_feasts

    if options.format != "json":
        streams.write(render_feasts(options.year, options.region, options.computus))
        return
    rows = [
        {"feast": item.feast.name, "rule": item.feast.rule(), **day_fields(item.day)}
        for item in feasts(options.year, options.region, computus=options.computus)
    ]
    streams.line(json.dumps(rows, ensure_ascii=False))


def run(options: FeastOptions, streams: Streams) -> ExitStatus:
    """Print the feast's day (or every feast of the year), as text or JSON."""
    if not options.feast_name:
        _all_feasts(options, streams)
        return ExitStatus.OK
    _check_name(options)
    from oldstyle.churchyear import feast
    from oldstyle.feastviews import render_feast

    text = render_feast(options.feast_name, options.year, options.region, options.computus)
    if options.format == "json":
        day = feast(options.feast_name, options.year, options.region, computus=options.computus)
        fields: dict[str, object] = {"feast": options.feast_name, "year": options.year}
        fields.update(day_fields(day))
        fields["text"] = text
        if options.region is not None:
            fields["region"] = options.region.code
        streams.line(json.dumps(fields, ensure_ascii=False))
    else:
        streams.line(text)
    return ExitStatus.OK
