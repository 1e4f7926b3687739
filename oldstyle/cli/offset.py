"""``oldstyle offset``: the days the Gregorian calendar runs ahead of the Julian, with the rule."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta

from oldstyle.cli.reading import DateReading, read_date
from oldstyle.cli.status import ExitStatus
from oldstyle.cli.streams import Streams
from oldstyle.dates import GregorianDate

__all__ = ["EXAMPLES", "OffsetOptions", "run"]

EXAMPLES = """\
examples:
  oldstyle offset 1917-10-25       13 days, with the rule worked out
  oldstyle offset 1389             8
  oldstyle offset 1700             10 until Gregorian 28 February, 11 from 1 March
  oldstyle offset 1917-11-07 --from ns --format json"""


@dataclass(frozen=True)
class OffsetOptions:
    """What ``oldstyle offset`` was asked: a year (an int) or a date (text), and its calendar."""

    when: int | str
    calendar: str = "julian"
    format: str = "text"


def _signed(value: int) -> str:
    return f"({value})" if value < 0 else str(value)


def _offset_rule(march_year: int, value: int) -> str:
    """The rule worked out for Y, the Gregorian year counted from 1 March."""
    return (
        f"floor(Y/100) - floor(Y/400) - 2 with Y the Gregorian year counted from 1 March; "
        f"Y = {march_year} gives {_signed(march_year // 100)} - {_signed(march_year // 400)} - 2 = {value}"
    )


def _offset_of_day(reading: DateReading) -> dict[str, object]:
    gregorian = reading.gregorian
    value = reading.julian.offset()
    march_year = gregorian.year if gregorian.month >= 3 else gregorian.year - 1
    return {
        "offset": value,
        "julian": reading.julian.isoformat(),
        "gregorian": gregorian.isoformat(),
        "rule": _offset_rule(march_year, value),
    }


def _year_periods(year: int) -> list[dict[str, object]]:
    """Gregorian spans of a year with one offset each: two when it steps on 1 March."""
    first, march, last = GregorianDate(year, 1, 1), GregorianDate(year, 3, 1), GregorianDate(year, 12, 31)
    before, after = first.to_julian().offset(), march.to_julian().offset()
    spans = [(first, march - timedelta(days=1), year - 1, before), (march, last, year, after)]
    if before == after:
        spans = [(first, last, year, after)]
    return [
        {
            "offset": value,
            "from": start.isoformat(),
            "until": end.isoformat(),
            "julian_from": start.to_julian().isoformat(),
            "julian_until": end.to_julian().isoformat(),
            "rule": _offset_rule(march_year, value),
        }
        for start, end, march_year, value in spans
    ]


def _year_lines(year: int, periods: list[dict[str, object]]) -> list[str]:
    if len(periods) == 1:
        lines = [f"{year}: {periods[0]['offset']} days all year"]
    else:
        parts = [
            f"{p['offset']} days from Gregorian {p['from']} to {p['until']} "
            f"(Julian {p['julian_from']} to {p['julian_until']})"
            for p in periods
        ]
        lines = [f"{year}: " + "; ".join(parts)]
    return lines + [f"rule: {period['rule']}" for period in periods]


def run(options: OffsetOptions, streams: Streams) -> ExitStatus:
    """Run ``oldstyle offset`` for a year or a date."""
    if isinstance(options.when, int):
        periods = _year_periods(options.when)
        if options.format == "json":
            streams.line(json.dumps({"year": options.when, "periods": periods}))
        else:
            for line in _year_lines(options.when, periods):
                streams.line(line)
        return ExitStatus.OK
    info = _offset_of_day(read_date(options.when, options.calendar))
    if options.format == "json":
        streams.line(json.dumps(info))
    else:
        streams.line(f"{info['offset']} days: Julian {info['julian']} is Gregorian {info['gregorian']}")
        streams.line(f"rule: {info['rule']}")
    return ExitStatus.OK
