"""A region's calendar eras: reading and writing its dates across its reforms.

A region wrote Julian dates before its reform and Gregorian ones after it
(Swedish ones in Sweden 1700-1712, none that oldstyle reads before a
lunisolar region's switch).  :class:`CalendarHistory` holds the methods of
:class:`~oldstyle.Region` that follow those eras: a label to its day and
back, which calendar a day was in, and the labels each month had.

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

"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from oldstyle import core, sweden
from oldstyle.choices import lookup
from oldstyle.dates import GregorianDate, JulianDate, as_ordinal
from oldstyle.errors import InvalidDateError, NonexistentDateError, OldstyleError, Remedy
from oldstyle.names import date_words

__all__ = [
    "GAP_POLICIES",
    "Before",
    "CalendarHistory",
    "EraCalendar",
    "GapPolicy",
    "Interim",
    "Label",
    "RegionCalendar",
    "check_region_label",
    "gap_policy",
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


Before = Literal["julian", "lunisolar"]
"""What a region used before the Gregorian calendar (``Region.before``)."""

Interim = Literal["", "swedish"]
"""A calendar between the Julian and the Gregorian (``Region.interim``): Sweden's, or none."""

EraCalendar = Literal["julian", "gregorian", "swedish", "lunisolar"]
"""The calendar of an era; a lunisolar era has no labels that oldstyle reads."""

# The era before a lunisolar region's switch has no Julian/Gregorian labels.
_LUNISOLAR: EraCalendar = "lunisolar"

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
    found = lookup(gap, _GAP_ALIASES)
    if found is not None:
        return found
    raise OldstyleError(
        f"unknown gap policy {gap!r}: use 'error' (the default: raise NonexistentDateError), "
        "'julian' (read a skipped label as Julian, like Java/ICU and ThreeTen-Extra) or "
        "'gregorian' (read it as Gregorian, like Perl's DateTime::Calendar::Christian)"
    )


def _day_text(ordinal: int, label: Label) -> str:
    """``Wednesday 2 September 1752`` for a label and the day it names."""
    return date_words(*label, ordinal=ordinal)


def check_region_label(year: object, month: object, day: object) -> Label:
    """Three ints with month in 1..12 and day in 1..31 (any region's calendar), or InvalidDateError."""
    return core.check_any_label(year, month, day)


@dataclass(frozen=True)
class _Era:
    """A stretch of days that a region wrote in one calendar.

    ``first_ordinal``/``first_label`` are None for the era that runs back
    without end; ``last_label`` is None for the one that runs on.
    """

    calendar: EraCalendar
    first_ordinal: int | None
    first_label: Label | None
    last_label: Label | None

    def has_label(self, label: Label) -> bool:
        """Whether the label falls between this era's first and last labels."""
        after_start = self.first_label is None or label >= self.first_label
        before_end = self.last_label is None or label <= self.last_label
        return after_start and before_end


class CalendarHistory:
    """The methods of :class:`~oldstyle.Region` that follow its calendar eras (see the module docs)."""

    code: str
    last_julian: JulianDate | None
    first_gregorian: GregorianDate | None
    before: Before
    interim: Interim

    def _describe(self) -> str:
        raise NotImplementedError  # Region's

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
            readings.append(Remedy("gap", "julian", f"reads it as Julian (= Gregorian {other})"))
        if core.is_valid(y, m, d, "gregorian"):
            other = core.format_iso(*core.ordinal_to_julian(core.gregorian_to_ordinal(y, m, d)))
            readings.append(Remedy("gap", "gregorian", f"as Gregorian (= Julian {other})"))
        return NonexistentDateError(
            f"{core.format_iso(*label)} did not exist in {self._describe()}: {went}",
            value=core.format_iso(*label),
            field="date",
            remedies=readings,
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
        label = check_region_label(year, month, day)
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
        label = check_region_label(year, month, day)
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
        y, m, _ = check_region_label(year, month, 1)
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
