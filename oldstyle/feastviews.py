"""Feasts written for people: the text of ``oldstyle easter``, ``oldstyle feast``,
``cal --feasts`` and the Markdown ``:feast[...]`` marker.

Plain functions from arguments to text, so that each front end is a thin
wrapper: the CLI parses its arguments and prints what these return; the
Markdown extension calls :func:`render_feast_marker` for a marker's body.
Days are written in the dual style of :func:`oldstyle.format_dual`, with
the region's dual year where its New Year makes one ("2 February 1731/32").
"""

from __future__ import annotations

from typing import NamedTuple

from oldstyle.churchyear import Day, Feast, as_region, day_in_region, feast, feast_info, feast_table, feasts
from oldstyle.computus import computus_name, default_computus, easter
from oldstyle.core import check_int
from oldstyle.dates import JulianDate
from oldstyle.errors import OldstyleError
from oldstyle.feasttext import read_feast
from oldstyle.formatting import format_dual
from oldstyle.reforms import Region

__all__ = [
    "FeastMarker",
    "feast_marks",
    "render_easter",
    "render_feast",
    "render_feast_marker",
    "render_feasts",
]


def _dual(
    day: Day, place: Region | None, style: str = "os-ns", language: str = "en", weekday: bool = False
) -> str:
    """The day in the dual style, with the region's dual year where it has one."""
    year_start = None if place is None else place.year_start(*place.label_on(day))
    return format_dual(day, style, year_start=year_start, language=language, weekday=weekday)


def _where(place: Region | None, computus: str | None, year: int) -> str:
    if place is not None:
        return place.code
    rule = default_computus(year) if computus is None else computus_name(computus)
    return f"{rule.capitalize()} calendar"


def render_easter(year: int, computus: str | None = None, region: str | Region | None = None) -> str:
    """The line ``oldstyle easter YEAR [--computus C] [--region R]`` prints.

    >>> render_easter(1701, region="GB")
    'Easter 1701 (GB): 20 April (O.S.; 1 May N.S.) 1701'
    >>> render_easter(2024, "julian")
    'Easter 2024 (Julian computus): 22 April (O.S.; 5 May N.S.) 2024'
    """
    place = as_region(region)
    if place is not None:
        return render_feast("Easter", year, place, computus)
    y = check_int("year", year)
    rule = default_computus(y) if computus is None else computus_name(computus)
    return f"Easter {y} ({rule.capitalize()} computus): {_dual(easter(y, rule), None)}"


def render_feast(
    name: str, year: int, region: str | Region | None = None, computus: str | None = None
) -> str:
    """The line ``oldstyle feast NAME YEAR [--region R]`` prints.

    >>> render_feast("Candlemas", 1731, "GB")
    'Candlemas 1731 (GB): 2 February 1731/32 (O.S.; 13 February 1732 N.S.)'
    >>> render_feast("Old Michaelmas Day", 1760)
    'Old Michaelmas 1760 (Gregorian calendar): 29 September (O.S.; 10 October N.S.) 1760'
    """
    entry, old = feast_info(name)
    place = as_region(region)
    day = feast(name, year, place, computus=computus)
    title = f"{'Old ' if old else ''}{entry.name} {year}"
    where = _where(place, None if old else computus, check_int("year", year))
    if old and place is None:
        where = "Gregorian calendar"
    return f"{title} ({where}): {_dual(day, place)}"


def render_feasts(year: int, region: str | Region | None = None, computus: str | None = None) -> str:
    """Every feast of a year, one line each: the 1-January ISO day as reckoned, name, rule.

    >>> print(render_feasts(1752, "GB").splitlines()[0])
    1752-01-01  New Year's Day  (1 January)
    """
    place = as_region(region)
    lines = []
    for item in feasts(year, place, computus=computus):
        quarter = f"; quarter day {'/'.join(item.feast.quarter_day)}" if item.feast.quarter_day else ""
        lines.append(f"{item.day.isoformat()}  {item.feast.name}  ({item.feast.rule()}{quarter})")
    return "\n".join(lines) + "\n"


def feast_marks(
    year: int, month: int, region: str | Region | None = None, calendar: str | None = None
) -> dict[int, str]:
    """Day label -> feast names for ``cal MONTH YEAR --feasts``: the month as the grid shows it.

    With a region, the region's labels and computus; without, the labels of
    ``calendar`` (``"julian"``/``"gregorian"``; left out: the Roman church's
    calendar of the year) and its computus.  Pass the result to
    :func:`oldstyle.calview.month_view` as ``marks``.

    >>> feast_marks(1752, 9, "GB")
    {29: 'Michaelmas'}
    """
    y = check_int("year", year)
    m = check_int("month", month)
    if not 1 <= m <= 12:
        raise OldstyleError(f"month {m} is out of range: months run from 1 to 12")
    place = as_region(region)
    rule = None if calendar is None else computus_name(calendar)
    marks: dict[int, list[str]] = {}
    for entry in feast_table():
        day = _day_in_january_year(entry, y, place, rule)
        label = None if day is None else place.label_on(day) if place is not None else day.to_tuple()
        if label is not None and label[:2] == (y, m):
            marks.setdefault(label[2], []).append(entry.name)
    return {day: ", ".join(names) for day, names in sorted(marks.items())}


def _day_in_january_year(entry: Feast, year: int, place: Region | None, rule: str | None) -> Day | None:
    """The feast in 1-January ``year`` (the year of the grid), or None where it did not fall."""
    try:
        if place is not None:
            return day_in_region(entry, year, place, computus=rule)
        return feast(entry.key, year, computus=rule)
    except OldstyleError:  # skipped by a reform, or outside the computus
        return None


class FeastMarker(NamedTuple):
    """A rendered ``:feast[...]`` marker: its text and the day (as a JulianDate, like ``marker_day``)."""

    text: str
    day: JulianDate


def render_feast_marker(
    body: str,
    *,
    region: str | None = None,
    style: str = "os-ns",
    language: str = "en",
    weekday: bool = False,
) -> FeastMarker:
    """The text of ``:feast[Michaelmas 1666]{region=GB}``: the day in the dual style.

    ``region``, ``style``, ``language`` and ``weekday`` are the marker's
    options, as for ``:os[...]`` (an empty region is none).

    >>> render_feast_marker("Michaelmas 1666", region="GB").text
    '29 September (O.S.; 9 October N.S.) 1666'
    >>> render_feast_marker("Lady Day 1731/2", region="GB").text
    '25 March (O.S.; 5 April N.S.) 1732'

    Raises :class:`~oldstyle.OldstyleError` (a :class:`~oldstyle.DateParseError`
    naming the closest feast, an unknown region, a bad style) for a body
    the marker cannot show; the extension turns it into its warning.
    """
    if not isinstance(body, str) or not body.strip():
        raise OldstyleError("empty feast marker: write a feast and a year, e.g. :feast[Michaelmas 1666]")
    place = as_region(region or None)
    day = read_feast(body, place)
    text = _dual(day, place, style, language, weekday)
    return FeastMarker(text, JulianDate.fromordinal(day.toordinal()))
