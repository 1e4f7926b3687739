"""The reform and year-start tables: the CSV files shipped in ``oldstyle/data`` and how they are read.

``reforms.csv`` has one row per region (its cutover, both ways: ``last_julian``,
BSD ``ncal``'s convention, and ``first_gregorian``, that of Perl,
ThreeTen-Extra and Java/ICU; the day after the one is the other, except in
Alaska), and ``yearstarts.csv`` one row per year-start style in force over a
span of days.  Both are read once, on first use.

Decisions on the reform table
-----------------------------
The table starts from BSD ``ncal``'s list and corrects it where other
sources agree against it.  Every marked conflict in the research notes is
resolved in the row's ``notes`` (with the rejected value and its source):

======================  =====================================================
Region                  Choice
======================  =====================================================
GR                      civil change 1923-02-15 -> 03-01; the Church of
                        Greece's 1924-03-09 -> 03-23 (ncal's GR) is GR-CHURCH
JP, CN, KR              lunisolar before the switch (1873, 1912, 1896), never
                        Julian: asking for a Julian/Gregorian reading of an
                        earlier date raises an error (ncal's JP 1918 and CN
                        pseudo-date are rejected)
TR                      the Rumi calendar's 1917-02-15 -> 03-01 (13 days
                        dropped); AD years from 1926 moved no days; ncal's
                        1926-12-18 rejected
CH                      Catholic cantons 1584-01-11 -> 01-22; Protestant ones
                        are CH-PROTESTANT; ncal's unsourced 1655 rejected
YU, RS                  Kingdom SHS law: 1919-01-14 -> 01-28; ncal's
                        1919-03-04 rejected
SI                      Habsburg Inner Austria (Styria) 1583-12-11 -> 12-22;
                        ncal's 1919 (copied from YU) rejected
AL                      14 -> 28 Nov 1912 (Wikipedia list and US SSA agree);
                        ncal's 1912-11-30 rejected
BE                      Southern Netherlands 1582-12-21 -> 1583-01-01
                        (three sources); ncal's 1582-12-14 rejected
BG                      1916-03-31 -> 04-14; DT::C::Christian's doubtful
                        1915-11-14 rejected
RO                      1919-03-31 -> 04-14; SSA's 04-15 and 18 Jan rejected
RU                      1918-01-31 -> 02-14 (1-13 Feb omitted); Hart's Rules'
                        "16-28 February" is the Greek 1923 gap
AT                      the archduchy (Vienna) 1583-10-20 -> 10-31; the other
                        Austrian lands are AT-* rows
US-AK                   Alaska 1867: Friday 6 Oct (Julian) then Friday 18 Oct
                        (Gregorian); the date line moved too, so both labels
                        name the same day number and only 11 labels vanished
SE, FI                  Julian -> Swedish (1700-03-01) -> Julian (1712-03-01)
                        -> Gregorian (1753-03-01); see :mod:`oldstyle.sweden`
======================  =====================================================


Year-start styles are data too: GB, IE and the colonies used Lady Day
until 1751, Scotland (GB-SCT) until 1599, Florence until 1749, Pisa the
Pisan style until 1749, Venice *more veneto* until 1797, Russia the
Byzantine 1 September style 1492-1699, France the movable Easter style
until 1566.  A sub-region without its own rows
(DE-BAVARIA) uses its parent's (DE); a region with none uses 1 January.
The rules themselves (what a label year is under each style) live in
:mod:`oldstyle.yearstart`.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache

from oldstyle import yearstart
from oldstyle.dates import JulianDate
from oldstyle.names import data_text
from oldstyle.yearstart import YearStartStyle

__all__ = ["YearStartRule", "read_table", "year_start_rules", "year_start_table"]

Label = tuple[int, int, int]


@dataclass(frozen=True)
class YearStartRule:
    """One row of the year-start table: a style in use over a span of days.

    ``first`` and ``last`` are inclusive labels with 1-January years in the
    region's own calendar; None leaves that end open.  ``style`` is one of
    :data:`oldstyle.yearstart.YearStartStyle`.
    """

    style: YearStartStyle
    first: Label | None
    last: Label | None
    notes: str = ""
    sources: str = ""

    def covers(self, label: Label) -> bool:
        """Whether the rule was in force on that label."""
        return (self.first is None or label >= self.first) and (self.last is None or label <= self.last)


def read_table(name: str) -> list[dict[str, str]]:
    """The rows of ``oldstyle/data/<name>`` as dicts by column name."""
    return list(csv.DictReader(io.StringIO(data_text(name))))


def _iso_label(text: str) -> Label | None:
    if not text:
        return None
    return JulianDate.fromisoformat(text).to_tuple()


@cache
def year_start_table() -> dict[str, tuple[YearStartRule, ...]]:
    """Year-start rules by region code, in table order."""
    table: dict[str, list[YearStartRule]] = {}
    for row in read_table("yearstarts.csv"):
        style = yearstart.year_start_style(row["style"])  # an unknown style fails here, at load
        rule = YearStartRule(
            style, _iso_label(row["first"]), _iso_label(row["last"]), row["notes"], row["sources"]
        )
        for code in row["codes"].split():
            table.setdefault(code, []).append(rule)
    return {code: tuple(rules) for code, rules in table.items()}


def year_start_rules(code: str, own: tuple[YearStartRule, ...]) -> tuple[YearStartRule, ...]:
    """A region's own rules, else its parent's (DE-BAVARIA -> DE), else none."""
    if own:
        return own
    table = year_start_table()
    return table.get(code) or table.get(code.split("-")[0], ())
