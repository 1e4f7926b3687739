"""Regions: which calendar and which New Year a place used on a given day.

"Old Style" depends on where you were.  This module owns the reform table
(``oldstyle/data/reforms.csv``, shipped with the package) and the year-start
table (``oldstyle/data/yearstarts.csv``), and reads a date *as written in a
region*: Julian before its reform, Gregorian after it, Swedish in Sweden
1700-1712, with the days its reform skipped rejected::

    >>> gb = region("gb")
    >>> gb.days_in_year(1752), gb.month_days(1752, 9)[:3]
    (355, [1, 2, 14])
    >>> gb.to_ordinal(1752, 9, 14) - gb.to_ordinal(1752, 9, 2)
    1
    >>> region("SE").calendar_on(gb.to_ordinal(1709, 6, 27))
    'swedish'

A cutover is given both ways: ``last_julian`` (BSD ``ncal``'s convention)
and ``first_gregorian`` (Perl, ThreeTen-Extra, Java/ICU); the day after the
one is the other, except in Alaska (see below).

Gap policy
----------
A label that a reform skipped (GB 1752-09-03 .. 13) is read according to
``gap=``, one of :data:`GAP_POLICIES`:

``"error"`` (default)
    raise :class:`~oldstyle.NonexistentDateError` naming the reform (like
    Joda-Time and Time4J);
``"julian"``
    read the label as Julian (like Java/ICU lenient mode and ThreeTen-Extra:
    GB 1752-09-03 is then the day written 1752-09-14);
``"gregorian"``
    read the label as Gregorian (like Perl's DateTime::Calendar::Christian:
    GB 1752-09-03 is then Julian 1752-08-23).

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
import difflib
import io
import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from typing import Literal

from oldstyle import core, sweden, yearstart
from oldstyle.dates import GregorianDate, JulianDate, as_ordinal
from oldstyle.errors import (
    DateParseError,
    InvalidDateError,
    NonexistentDateError,
    OldstyleError,
    UnknownRegionError,
)
from oldstyle.names import ENGLISH, weekday_name
from oldstyle.yearstart import YearStartStyle

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

RegionCalendar = Literal["julian", "gregorian", "swedish"]
"""The calendars a region's dates can be written in."""

GapPolicy = Literal["error", "julian", "gregorian"]
"""How a label that a reform skipped is read (see the module docs)."""

GAP_POLICIES: tuple[GapPolicy, ...] = ("error", "julian", "gregorian")
"""The gap policies, default first."""

_GAP_ALIASES: dict[str, GapPolicy] = {
    "error": "error",
    "raise": "error",
    "julian": "julian",
    "as_julian": "julian",
    "gregorian": "gregorian",
    "as_gregorian": "gregorian",
}

Label = tuple[int, int, int]
"""A date label ``(year, month, day)``."""


# The era before a lunisolar region's switch has no Julian/Gregorian labels.
_LUNISOLAR = "lunisolar"

_TO_ORDINAL = {
    "julian": core.julian_to_ordinal,
    "gregorian": core.gregorian_to_ordinal,
    "swedish": sweden.swedish_to_ordinal,
}
_FROM_ORDINAL = {
    "julian": core.ordinal_to_julian,
    "gregorian": core.ordinal_to_gregorian,
    "swedish": sweden.ordinal_to_swedish,
}


def _is_valid(calendar: str, label: Label) -> bool:
    """Whether the label exists in that calendar (lunisolar: never)."""
    if calendar == "swedish":
        return sweden.is_swedish(*label)
    if calendar == _LUNISOLAR:
        return False
    return core.is_valid(*label, calendar)


def gap_policy(gap: object) -> GapPolicy:
    """Normalise a gap policy name (``"as_julian"`` -> ``"julian"``), or raise OldstyleError."""
    if isinstance(gap, str):
        found = _GAP_ALIASES.get(gap.strip().lower())
        if found is not None:
            return found
    raise OldstyleError(
        f"unknown gap policy {gap!r}: use 'error' (the default: raise NonexistentDateError), "
        "'julian' (read a skipped label as Julian, like Java/ICU and ThreeTen-Extra) or "
        "'gregorian' (read it as Gregorian, like Perl's DateTime::Calendar::Christian)"
    )


def _day_text(ordinal: int, label: Label) -> str:
    """``Wednesday 2 September 1752`` for a label and the day it names."""
    year, month, day = label
    return f"{weekday_name(ordinal)} {day} {ENGLISH.month(month)} {year}"


def _check_label(year: object, month: object, day: object) -> Label:
    """Three ints with month in 1..12 and day in 1..31, or InvalidDateError."""
    y, m, d = core.check_label(year, month, day)
    if not 1 <= d <= 31:
        raise InvalidDateError(
            f"day {core.number_text(d)} is out of range in {core.label_text(y, m, d)}: "
            "no month has more than 31 days"
        )
    return y, m, d


@dataclass(frozen=True)
class _Era:
    """A stretch of days that a region wrote in one calendar.

    ``first_ordinal``/``first_label`` are None for the era that runs back
    without end; ``last_label`` is None for the one that runs on.
    """

    calendar: str
    first_ordinal: int | None
    first_label: Label | None
    last_label: Label | None

    def has_label(self, label: Label) -> bool:
        """Whether the label falls between this era's first and last labels."""
        after_start = self.first_label is None or label >= self.first_label
        before_end = self.last_label is None or label <= self.last_label
        return after_start and before_end


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


@dataclass(frozen=True)
class Region:
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
    before: str = "julian"
    interim: str = ""
    year_starts: tuple[YearStartRule, ...] = field(default=(), repr=False)

    # --- the calendar history -------------------------------------------

    @cached_property
    def _eras(self) -> tuple[_Era, ...]:
        """The region's eras in order: Julian (or lunisolar), [Swedish, Julian], Gregorian."""
        eras: list[_Era] = []
        switch = self.first_gregorian
        if self.before == _LUNISOLAR and switch is not None:
            day_before = core.ordinal_to_gregorian(switch.toordinal() - 1)
            eras.append(_Era(_LUNISOLAR, None, None, day_before))
        else:
            last = None if self.last_julian is None else self.last_julian.to_tuple()
            if self.interim == "swedish":
                before_sweden = core.ordinal_to_julian(sweden.FIRST_ORDINAL - 1)
                eras.append(_Era("julian", None, None, before_sweden))
                eras.append(_Era("swedish", sweden.FIRST_ORDINAL, sweden.FIRST_DAY, sweden.LAST_DAY))
                after_sweden = core.ordinal_to_julian(sweden.LAST_ORDINAL + 1)
                eras.append(_Era("julian", sweden.LAST_ORDINAL + 1, after_sweden, last))
            else:
                eras.append(_Era("julian", None, None, last))
        if switch is not None:
            eras.append(_Era("gregorian", switch.toordinal(), switch.to_tuple(), None))
        return tuple(eras)

    def _era_on(self, ordinal: int) -> _Era:
        # The last era that has begun wins, so Alaska's shared day is Gregorian.
        for era in reversed(self._eras):
            if era.first_ordinal is None or era.first_ordinal <= ordinal:
                return era
        raise AssertionError("the first era has no start")  # pragma: no cover

    def _locate(self, label: Label) -> tuple[_Era | None, tuple[_Era, _Era] | None]:
        """The era whose labels include ``label``, or the two eras around a gap."""
        eras = self._eras
        for index, era in enumerate(eras):
            if era.has_label(label):
                return era, None
            if era.first_label is not None and label < era.first_label:
                return None, (eras[index - 1], era)
        raise AssertionError("the last era has no end")  # pragma: no cover

    def _describe(self) -> str:
        return f"{self.code} ({self.name})"

    def _before_switch(self, what: str) -> InvalidDateError:
        """The error for a day before a lunisolar region's switch."""
        switch = self.first_gregorian
        assert switch is not None
        return InvalidDateError(
            f"{what} has no Julian or Gregorian reading in {self._describe()}: its calendar was lunisolar "
            f"until the Gregorian calendar began on {_day_text(switch.toordinal(), switch.to_tuple())}, "
            "and oldstyle does not convert lunisolar dates (for a proleptic reading use "
            "oldstyle.gregorian_to_ordinal)"
        )

    def _era_ordinal(self, era: _Era, label: Label) -> int:
        """Ordinal of a label inside an era, with the region named in any error."""
        if era.calendar == _LUNISOLAR:
            raise self._before_switch(core.format_iso(*label))
        try:
            return _TO_ORDINAL[era.calendar](*label)
        except InvalidDateError as exc:
            used = era.calendar.capitalize()
            note = "" if era.calendar == "swedish" else sweden.only_swedish_note(*label)
            raise InvalidDateError(
                f"{exc} (in {self.code} the {used} calendar was in use then){note}"
            ) from None

    def _gap_error(self, label: Label, before: _Era, after: _Era) -> NonexistentDateError:
        """The error for a skipped label, naming the reform and the readings on offer."""
        last = before.last_label
        assert last is not None
        assert after.first_label is not None
        assert after.first_ordinal is not None
        last_ordinal = self._era_ordinal(before, last)
        went = (
            f"the calendar went from {_day_text(last_ordinal, last)} ({before.calendar.capitalize()}) "
            f"to {_day_text(after.first_ordinal, after.first_label)} ({after.calendar.capitalize()})"
        )
        if after.first_ordinal == last_ordinal:
            went += ", the same day number, as the date line moved too"
        readings = []
        y, m, d = label
        if core.is_valid(y, m, d, "julian"):
            other = core.format_iso(*core.ordinal_to_gregorian(core.julian_to_ordinal(y, m, d)))
            readings.append(f"gap='julian' reads it as Julian (= Gregorian {other})")
        if core.is_valid(y, m, d, "gregorian"):
            other = core.format_iso(*core.ordinal_to_julian(core.gregorian_to_ordinal(y, m, d)))
            readings.append(f"gap='gregorian' as Gregorian (= Julian {other})")
        return NonexistentDateError(
            f"{core.format_iso(*label)} did not exist in {self._describe()}: {went}; "
            + " and ".join(readings)
        )

    # --- reading and writing labels -------------------------------------

    def to_ordinal(self, year: int, month: int, day: int, *, gap: str = "error") -> int:
        """Day ordinal of a date as written in this region.

        A label that the reform skipped is read by the ``gap`` policy (see
        :data:`GAP_POLICIES`); by default it raises
        :class:`~oldstyle.NonexistentDateError` naming the reform.  In
        Alaska the last Julian and first Gregorian labels give the same
        number.
        """
        policy = gap_policy(gap)
        label = _check_label(year, month, day)
        era, around = self._locate(label)
        if era is not None:
            return self._era_ordinal(era, label)
        assert around is not None
        before, after = around
        if not (_is_valid(before.calendar, label) or _is_valid(after.calendar, label)):
            return self._era_ordinal(before, label)  # not a date at all: the calendar's own error
        if policy == "error":
            raise self._gap_error(label, before, after)
        return _TO_ORDINAL[policy](*label)

    def from_ordinal(self, ordinal: int) -> Label:
        """The label ``(year, month, day)`` this region wrote for a day ordinal."""
        n = core.check_int("ordinal", ordinal)
        era = self._era_on(n)
        if era.calendar == _LUNISOLAR:
            raise self._before_switch(f"day {n} (Gregorian {core.format_iso(*core.ordinal_to_gregorian(n))})")
        return _FROM_ORDINAL[era.calendar](n)

    def label_on(self, day: object) -> Label:
        """The label this region wrote for a day (a date-like value or an ordinal)."""
        return self.from_ordinal(_ordinal_of(day))

    def calendar_on(self, day: object) -> RegionCalendar:
        """The calendar the region used on a day: ``"julian"``, ``"gregorian"`` or ``"swedish"``.

        ``day`` is a :class:`datetime.date`, :class:`~oldstyle.JulianDate`,
        :class:`~oldstyle.GregorianDate` or a day ordinal.  Alaska's shared
        day of 1867 counts as Gregorian.
        """
        n = _ordinal_of(day)
        era = self._era_on(n)
        if era.calendar == _LUNISOLAR:
            raise self._before_switch(f"day {n} (Gregorian {core.format_iso(*core.ordinal_to_gregorian(n))})")
        return _region_calendar(era.calendar)

    def calendar_of(self, year: int, month: int, day: int, *, gap: str = "error") -> RegionCalendar:
        """The calendar a label written in this region is in (a skipped label follows ``gap``)."""
        policy = gap_policy(gap)
        label = _check_label(year, month, day)
        self.to_ordinal(*label, gap=policy)  # validates, and raises for a gap under "error"
        era, _ = self._locate(label)
        if era is None:
            return _region_calendar(policy)
        return _region_calendar(era.calendar)

    def to_julian(self, year: int, month: int, day: int, *, gap: str = "error") -> JulianDate:
        """The :class:`~oldstyle.JulianDate` of a date as written in this region."""
        return JulianDate.fromordinal(self.to_ordinal(year, month, day, gap=gap))

    def to_gregorian(self, year: int, month: int, day: int, *, gap: str = "error") -> GregorianDate:
        """The :class:`~oldstyle.GregorianDate` of a date as written in this region."""
        return GregorianDate.fromordinal(self.to_ordinal(year, month, day, gap=gap))

    def as_written(
        self, year: int, month: int, day: int, *, gap: str = "error"
    ) -> JulianDate | GregorianDate:
        """The date typed by the calendar its label is in.

        A Julian label gives a :class:`~oldstyle.JulianDate`, a Gregorian one a
        :class:`~oldstyle.GregorianDate`; a Swedish label (which has no type of
        its own) gives the :class:`~oldstyle.JulianDate` of the same day.
        """
        ordinal = self.to_ordinal(year, month, day, gap=gap)
        if self.calendar_of(year, month, day, gap=gap) == "gregorian":
            return GregorianDate.fromordinal(ordinal)
        return JulianDate.fromordinal(ordinal)

    # --- months and years -----------------------------------------------

    def month_days(self, year: int, month: int) -> list[int]:
        """The day labels that existed in a month there: GB 1752-09 -> [1, 2, 14, ..., 30]."""
        y, m, _ = _check_label(year, month, 1)
        days = [d for d in range(1, 32) if self._exists((y, m, d))]
        if not days:
            self.to_ordinal(y, m, 1)  # raises the reason (before a lunisolar switch)
        return days

    def _exists(self, label: Label) -> bool:
        era, _ = self._locate(label)
        return era is not None and _is_valid(era.calendar, label)

    def days_in_month(self, year: int, month: int) -> int:
        """How many day labels the month had there (GB 1752-09: 19; SE 1712-02: 30)."""
        return len(self.month_days(year, month))

    def days_in_year(self, year: int) -> int:
        """How many day labels the 1-January year had (GB 1752: 355; SE 1712: 367; RU 1918: 352).

        Alaska's 1867 has 354 labels (its repeated Friday is two labels).
        """
        y = core.check_int("year", year)
        return sum(self.days_in_month(y, m) for m in range(1, 13))

    # --- year starts ----------------------------------------------------

    def year_start(self, year: int, month: int = 1, day: int = 1) -> YearStartStyle:
        """The year-start style in force on a date (1-January year) there.

        GB: ``"lady_day"`` until 1751, ``"january"`` from 1752; FR: ``"easter"``
        until 1566.
        """
        label = _check_label(year, month, day)
        for rule in _year_start_rules(self.code, self.year_starts):
            if rule.covers(label):
                return rule.style
        return "january"

    def historical_year(self, year: int, month: int, day: int) -> int:
        """The year label written there for a date with a 1-January ``year``.

        >>> region("GB").historical_year(1732, 2, 11), region("GB-SCT").historical_year(1649, 1, 30)
        (1731, 1649)
        """
        return yearstart.historical_year(year, month, day, self.year_start(year, month, day))

    def january_years(self, label_year: int, month: int, day: int) -> list[int]:
        """Every 1-January year whose date was written with ``label_year`` there.

        Usually one; none for a label never written (GB 1 February 1751:
        1751 began on 25 March and 1752 on 1 January), two where a change of
        style made a label repeat (Russia's 1 September 1700).
        """
        label = core.check_int("label_year", label_year)
        _check_label(label, month, day)
        found = []
        for year in (label - 1, label, label + 1):
            if self.historical_year(year, month, day) == label:
                found.append(year)
        return found

    def january_year(self, label_year: int, month: int, day: int) -> int:
        """The 1-January year of a date written there with ``label_year``: GB 1731-02-11 -> 1732.

        Raises :class:`~oldstyle.InvalidDateError` if no date was written so,
        and :class:`~oldstyle.OldstyleError` if two were.
        """
        years = self.january_years(label_year, month, day)
        written = f"{day} {ENGLISH.month(month)} {label_year}"
        if len(years) == 1:
            return years[0]
        if not years:
            raise InvalidDateError(
                f"{written} was never written in {self._describe()}: with its New Year rules that label "
                f"year did not include {day} {ENGLISH.month(month)} (see Region.year_start)"
            )
        raise OldstyleError(
            f"{written} is ambiguous in {self._describe()}: a change of New Year made it the label of "
            f"1-January years {years[0]} and {years[1]}"
        )

    def label_year_length(self, label_year: int) -> int:
        """Days written with that year label there: GB 1751 had 282 (25 March - 31 December)."""
        label = core.check_int("label_year", label_year)
        count = 0
        for year in (label - 1, label, label + 1):
            for month in range(1, 13):
                days = self.month_days(year, month)
                count += sum(1 for day in days if self.historical_year(year, month, day) == label)
        return count

    def dual_year_text(self, year: int, month: int, day: int) -> str | None:
        """The dual year written there for a date (``"1731/32"``), or None where the labels agree."""
        return yearstart.dual_year_text(year, month, day, self.year_start(year, month, day))

    def read_dual_year(self, text: str, month: int, day: int) -> int:
        """The 1-January year of a date written with a dual year there.

        ``region("GB").read_dual_year("1731/32", 2, 11) == 1732``.  Raises
        :class:`~oldstyle.DateParseError` if the text is not a dual year or
        the region did not write that date with that dual year.
        """
        first, second = yearstart.parse_dual_year(text)
        for year in (second, first):
            if {self.historical_year(year, month, day), year} == {first, second}:
                return year
        written = f"{day} {ENGLISH.month(month)}"
        styles = {self.year_start(year, month, day) for year in (first, second)}
        raise DateParseError(
            f"{text!r} is not a dual year {self.code} wrote for {written}: its New Year then was "
            f"{' / '.join(sorted(styles))}, which gives {written} {first} and {second} one label each"
        )


def _region_calendar(name: str) -> RegionCalendar:
    if name == "julian":
        return "julian"
    if name == "swedish":
        return "swedish"
    assert name == "gregorian", name
    return "gregorian"


def _ordinal_of(day: object) -> int:
    """Ordinal of a date-like value or an int ordinal, or InvalidDateError."""
    n = as_ordinal(day)
    if n is not None:
        return n
    try:
        return core.check_int("day", day)  # an ordinal: any integer type but bool
    except InvalidDateError:
        raise InvalidDateError(
            "expected a day (datetime.date, JulianDate, GregorianDate or an int ordinal), "
            f"not {type(day).__name__}"
        ) from None


# --- the tables -----------------------------------------------------------


def _read_csv(name: str) -> list[dict[str, str]]:
    text = resources.files("oldstyle").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _iso_label(text: str) -> Label | None:
    if not text:
        return None
    return JulianDate.fromisoformat(text).to_tuple()


@cache
def _year_start_table() -> dict[str, tuple[YearStartRule, ...]]:
    """Year-start rules by region code, in table order."""
    table: dict[str, list[YearStartRule]] = {}
    for row in _read_csv("yearstarts.csv"):
        style = yearstart.year_start_style(row["style"])  # an unknown style fails here, at load
        rule = YearStartRule(
            style, _iso_label(row["first"]), _iso_label(row["last"]), row["notes"], row["sources"]
        )
        for code in row["codes"].split():
            table.setdefault(code, []).append(rule)
    return {code: tuple(rules) for code, rules in table.items()}


def _year_start_rules(code: str, own: tuple[YearStartRule, ...]) -> tuple[YearStartRule, ...]:
    """A region's own rules, else its parent's (DE-BAVARIA -> DE), else none."""
    if own:
        return own
    table = _year_start_table()
    return table.get(code) or table.get(code.split("-")[0], ())


_LINKS = {"next_day": 1, "same_day": 0}


def _region_from_row(row: dict[str, str]) -> Region:
    code = row["code"]
    last = JulianDate.fromisoformat(row["last_julian"]) if row["last_julian"] else None
    first = GregorianDate.fromisoformat(row["first_gregorian"]) if row["first_gregorian"] else None
    if row["before"] not in ("julian", _LUNISOLAR) or row["interim"] not in ("", "swedish"):
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
        before=row["before"],
        interim=row["interim"],
        year_starts=_year_start_table().get(code, ()),
    )


@cache
def _table() -> dict[str, Region]:
    """Every region, by upper-case code, alias, name and short name ("Germany" for DE).

    Codes and aliases come first; a name or short name never displaces one, and
    the first region in table order keeps a short name ("Austria" is AT, not
    AT-CARINTHIA, whose name is "Austria: Carinthia").
    """
    found: dict[str, Region] = {}
    for row in _read_csv("reforms.csv"):
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
        f"unknown region {code!r}: {hint or 'known codes are ' + ', '.join(codes)} "
        "(oldstyle.regions() lists every region)"
    )
