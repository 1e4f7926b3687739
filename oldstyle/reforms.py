"""Regions: which calendar and which New Year a place used on a given day.

"Old Style" depends on where you were.  A :class:`Region` reads a date *as
written in a region*: Julian before its reform, Gregorian after it, Swedish
in Sweden 1700-1712, with the days its reform skipped rejected::

    >>> gb = region("gb")
    >>> gb.days_in_year(1752), gb.month_days(1752, 9)[:3]
    (355, [1, 2, 14])
    >>> gb.to_ordinal(1752, 9, 14) - gb.to_ordinal(1752, 9, 2)
    1
    >>> region("SE").calendar_on(gb.to_ordinal(1709, 6, 27))
    'swedish'

Its methods have three homes: the calendar eras in :mod:`oldstyle.eras`
(with the gap policies), the year starts in :mod:`oldstyle.region_years`,
and the tables they read, with the decisions behind each row, in
:mod:`oldstyle.regiondata`.  This module joins them and finds regions by
code, alias or name.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import cache

from oldstyle.dates import GregorianDate, JulianDate
from oldstyle.eras import (
    GAP_POLICIES,
    Before,
    CalendarHistory,
    GapPolicy,
    Interim,
    RegionCalendar,
    gap_policy,
)
from oldstyle.errors import OldstyleError, UnknownRegionError
from oldstyle.region_years import YearStarts
from oldstyle.regiondata import YearStartRule, read_table, year_start_table

__all__ = [
    "GAP_POLICIES",
    "GapPolicy",
    "Region",
    "RegionCalendar",
    "YearStartRule",
    "gap_policy",
    "region",
    "regions",
]

_BEFORE: dict[str, Before] = {"julian": "julian", "lunisolar": "lunisolar"}
_INTERIM: dict[str, Interim] = {"": "", "swedish": "swedish"}


@dataclass(frozen=True)
class Region(CalendarHistory, YearStarts):
    """A place and its calendar history, read from the reform table.

    ``last_julian`` is the last day written in the Julian calendar and
    ``first_gregorian`` the first in the Gregorian (both None where the
    region has no such day, e.g. ``last_julian`` for Japan, which came to the
    Gregorian calendar from a lunisolar one).  ``before`` is ``"julian"`` or
    ``"lunisolar"``; ``interim`` is ``"swedish"`` for Sweden and Finland.
    Methods read and write dates *as written in the region*.
    """

    code: str
    name: str
    last_julian: JulianDate | None
    first_gregorian: GregorianDate | None
    notes: str = ""
    sources: str = ""
    aliases: tuple[str, ...] = ()
    before: Before = "julian"
    interim: Interim = ""
    year_starts: tuple[YearStartRule, ...] = field(default=(), repr=False)

    def _describe(self) -> str:
        return f"{self.code} ({self.name})"


_LINKS = {"next_day": 1, "same_day": 0}


def _region_from_row(row: dict[str, str]) -> Region:
    code = row["code"]
    last = JulianDate.fromisoformat(row["last_julian"]) if row["last_julian"] else None
    first = GregorianDate.fromisoformat(row["first_gregorian"]) if row["first_gregorian"] else None
    before, interim = _BEFORE.get(row["before"]), _INTERIM.get(row["interim"])
    if before is None or interim is None:
        raise OldstyleError(f"reform table row {code}: unknown calendar {row['before']!r}/{row['interim']!r}")
    step = _LINKS.get(row["link"])
    if last is not None and first is not None and first.toordinal() - last.toordinal() != step:
        raise OldstyleError(
            f"reform table row {code}: {last} (Julian) and {first} do not meet as {row['link']!r}"
        )
    return Region(
        code=code,
        name=row["name"],
        last_julian=last,
        first_gregorian=first,
        notes=row["notes"],
        sources=row["sources"],
        aliases=tuple(alias.strip() for alias in row["aliases"].split(";") if alias.strip()),
        before=before,
        interim=interim,
        year_starts=year_start_table().get(code, ()),
    )


@cache
def _table() -> dict[str, Region]:
    """Every region, by upper-case code, alias, name and short name ("Germany" for DE).

    Codes and aliases come first; a name or short name never displaces one, and
    the first region in table order keeps a short name ("Austria" is AT, not
    AT-CARINTHIA, whose name is "Austria: Carinthia").
    """
    found: dict[str, Region] = {}
    for row in read_table("reforms.csv"):
        entry = _region_from_row(row)
        for key in (entry.code, *entry.aliases):
            found[_key(key)] = entry
    for entry in list(found.values()):
        found.setdefault(_key(entry.name), entry)
        found.setdefault(_key(re.split(r"[(:]", entry.name)[0]), entry)
    return found


def _key(name: str) -> str:
    """A lookup key: upper case, runs of spaces as one."""
    return " ".join(name.upper().split())


def regions() -> list[Region]:
    """Every region in the reform table, sorted by code."""
    unique = {entry.code: entry for entry in _table().values()}
    return [unique[code] for code in sorted(unique)]


def region(code: str) -> Region:
    """The region with that code, alias or name, in any case: ``region("gb-sct")``.

    Raises :class:`~oldstyle.UnknownRegionError` listing close codes.
    """
    if not isinstance(code, str):
        raise UnknownRegionError(
            f"a region code must be a str such as 'GB' or 'SE', not {type(code).__name__}"
        )
    table = _table()
    key = _key(code)
    if key in table:
        return table[key]
    codes = sorted({entry.code for entry in table.values()})
    # Codes, aliases and names alike ("Rusia" -> RU); a high cutoff, so that a
    # short word is not matched to any two-letter code.
    close = difflib.get_close_matches(key, sorted(table), n=5, cutoff=0.8)
    hint = f"did you mean {', '.join(dict.fromkeys(table[c].code for c in close))}?" if close else ""
    raise UnknownRegionError(
        f"unknown region {code!r}: {hint or 'known codes are ' + ', '.join(codes)}",
        advice="regions",
        value=code,
        field="region",
        choices=tuple(dict.fromkeys(table[c].code for c in close)),
    )
