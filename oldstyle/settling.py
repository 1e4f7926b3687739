"""Settling what the grammar read: each half's calendar, 1-January year and day.

:func:`settle` turns a :class:`oldstyle.grammar.Draft` into a
:class:`Reading` of settled :class:`Half` s.  Decisions, so readers need
not guess:

* A dual date's halves are told apart by their labels (O.S./N.S., Old/New
  Style, Julian/Gregorian).  With no label ("25 October/7 November 1917",
  "25 октября (7 ноября) 1917") the first half is Julian, unless only the
  other order makes the two halves the same day (the Lübeck print of 1629
  put the Gregorian day first).
* A year written once is the Julian half's; the other half takes the year
  nearest to it, so "25 December (O.S.; 4 January N.S.) 1642" ends in 1643.
  A bare day that borrowed the other half's month ("January 25 (6)") takes
  the month nearest likewise.
* A dual year ("1731/32") is an English Lady Day year: the Julian half's
  1-January year comes from :func:`oldstyle.yearstart.january_year`, and a
  date written with one and no other label is Old Style.  On Lady Day
  itself ("25 March 1731/32") the dual year names the year just begun, its
  second (January) year.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Final

from oldstyle import sweden
from oldstyle.core import offset
from oldstyle.dates import GregorianDate, JulianDate
from oldstyle.errors import OldstyleError
from oldstyle.grammar import OPPOSITE, Draft, Part, built
from oldstyle.patterns import Token
from oldstyle.yearstart import january_year

__all__ = ["Half", "Reading", "alternative_days", "make_date", "same_day", "settle", "written_gap"]

_LADY_DAY: Final = (3, 25)
# Two days a source is unsure between lie a day or two apart; no converter writes a gap that small
# (a Swedish-calendar half, a day from the Julian, is not checked against the Gregorian either).
_ALTERNATIVE_DAYS: Final = 2


@dataclass(frozen=True)
class Half:
    """One half of a mention, settled: its calendar, 1-January label and day.

    ``date`` is None when the label does not exist in its calendar (30
    February); ``error`` then says why.  The token fields let a checker
    rewrite this half in place.
    """

    calendar: str
    label: tuple[int, int, int]
    date: JulianDate | GregorianDate | None
    error: str | None
    day_token: Token
    month_token: Token | None
    order: str
    own_year: bool
    year_span: tuple[int, int] | None
    range_start: Token | None = None  # the first day of a range this half ends ("24–26 June")


@dataclass(frozen=True)
class Reading:
    """A settled reading at one place in the text: the halves in the order written."""

    start: int
    end: int
    next_index: int
    halves: tuple[Half, ...]
    style: str
    marked: bool
    dual_year: bool
    markers: tuple[Token, ...] = field(default=())
    weekday: Token | None = None  # "Sunday" in "Sunday, 25 October 1917 O.S."

    @property
    def julian(self) -> JulianDate | None:
        """The Julian (O.S.) half's day, if written and valid."""
        for half in self.halves:
            if half.calendar in ("julian", "swedish") and half.date is not None:
                return _as_julian(half.date) if half.calendar == "julian" else None
        return None

    @property
    def gregorian(self) -> GregorianDate | None:
        """The Gregorian (N.S.) half's day, if written and valid."""
        for half in self.halves:
            if half.calendar == "gregorian" and half.date is not None:
                return _as_gregorian(half.date)
        return None

    @property
    def consistent(self) -> bool:
        """Whether the halves name the same day (a single date: whether it exists; no days: True)."""
        if not self.halves:
            return True
        if len(self.halves) == 1:
            return self.halves[0].error is None
        return same_day(self.halves)


def settle(tokens: list[Token], draft: Draft, year: int | None = None) -> Reading:
    """Give each half of ``draft`` its calendar and 1-January year; build the reading.

    ``year`` is the year the context gives ("in 1789 ... on 7 November"),
    for a draft that writes none; such a draft needs one.
    """
    parts = draft.parts
    # a draft has one part or two: parts[-1] is a single date's only part, a dual date's second
    if parts[0].year is None and parts[-1].year is None:
        assert year is not None, "a date without its year needs one from its context"
        draft = replace(draft, parts=(parts[0]._replace(year=year, own_year=False), *parts[1:]))
        parts = draft.parts
    if len(parts) == 1:
        part = parts[0]
        halves: tuple[Half, ...] = (
            make_half(part, draft.calendars[0] or "unmarked", _label_year(part, part)),
        )
    else:
        halves = settle_dual(parts, draft.calendars)
    return built(
        Reading,
        start=tokens[draft.first].start,
        end=tokens[draft.end_index - 1].end,
        next_index=draft.next_index,
        halves=halves,
        style=draft.style,
        marked=draft.marked,
        dual_year=parts[0].dual_year or parts[-1].dual_year,
        markers=draft.markers,
        weekday=None,
    )


def alternative_days(reading: Reading) -> bool:
    """Whether an unlabelled slash pair names two days a source is unsure between, not one day in
    two calendars: "23/25 April 1823" (a birthday two sources give) puts its second day a day or two
    after its first, where a dual date's lies the gap after it (or a few days off, when wrong)."""
    if reading.style not in ("fraction", "slash") or reading.markers:
        return False
    gaps = written_gap(reading)
    return gaps is not None and 0 < gaps[1] <= _ALTERNATIVE_DAYS < gaps[0]


def written_gap(reading: Reading) -> tuple[int, int] | None:
    """The gap of the Julian half's day, and the gap the pair's halves are written with (the days
    from the Julian half's label to the Gregorian half's); None unless both halves name a day."""
    julian, gregorian = reading.julian, reading.gregorian
    if julian is None or gregorian is None:
        return None
    gap = offset(julian.year, julian.month, julian.day)
    return gap, gap + gregorian.toordinal() - julian.toordinal()


def settle_dual(parts: tuple[Part, ...], calendars: tuple[str | None, ...]) -> tuple[Half, ...]:
    """Settle two halves, trying the readings a writer may have meant."""
    cal1 = calendars[0] or "julian"
    halves = _settle_pair(parts, cal1, calendars[1] or OPPOSITE[cal1])
    if same_day(halves):
        return halves
    if calendars == (None, None):
        swapped = _settle_pair(parts, "gregorian", "julian")
        if same_day(swapped):
            return swapped
    if "swedish" in calendars and None in calendars:
        # "23 May 1707 (13 May in the Swedish calendar)": the unmarked half may be either
        # other calendar, and the one that names the same day is the one meant.
        unmarked = tuple("gregorian" if calendar is None else calendar for calendar in calendars)
        gregorian = _settle_pair(parts, *unmarked)
        if same_day(gregorian):
            return gregorian
    return _lady_day_reading(parts, halves) or halves


def _lady_day_reading(parts: tuple[Part, ...], halves: tuple[Half, ...]) -> tuple[Half, ...] | None:
    """ "17 January 1706 [O.S. 6 January 1705]": an O.S. year that began on 25 March."""
    for index, half in enumerate(halves):
        part = parts[index]
        if half.calendar == "julian" and part.own_year and not part.dual_year and part.year is not None:
            moved = make_half(
                part, "julian", january_year(part.year, half.label[1], half.label[2], "lady_day")
            )
            candidate = tuple(moved if i == index else h for i, h in enumerate(halves))
            if moved.label != half.label and _nearer(candidate, halves):
                return candidate
    return None


def _nearer(candidate: tuple[Half, ...], halves: tuple[Half, ...]) -> bool:
    """Whether the candidate's halves name days nearer together than the halves' (the same day
    for a right pair; a day or two apart, not a year, for a wrong one in a Lady Day year)."""
    if same_day(candidate):
        return True
    spans = [_apart(pair) for pair in (candidate, halves)]
    return spans[0] is not None and spans[1] is not None and spans[0] < spans[1]


def _apart(halves: tuple[Half, ...]) -> int | None:
    days = [half.date for half in halves]
    if len(days) != 2 or days[0] is None or days[1] is None:
        return None
    return abs(days[0].toordinal() - days[1].toordinal())


def _as_julian(day: JulianDate | GregorianDate) -> JulianDate:
    """``day`` as a :class:`JulianDate`: itself if it is one (dates are immutable), so a
    mention does not make its day twice."""
    return day if type(day) is JulianDate else day.to_julian()


def _as_gregorian(day: JulianDate | GregorianDate) -> GregorianDate:
    """``day`` as a :class:`GregorianDate`: itself if it is one."""
    return day if type(day) is GregorianDate else day.to_gregorian_date()


def same_day(halves: tuple[Half, ...]) -> bool:
    """Whether every half is a real day and all name the same one."""
    first = halves[0].date if halves else None
    if first is None:
        return False
    day = first.toordinal()
    return all(half.date is not None and half.date.toordinal() == day for half in halves[1:])


def _settle_pair(parts: tuple[Part, ...], cal1: str, cal2: str) -> tuple[Half, ...]:
    """Years for two halves: own years first, then the shared one, then the nearest."""
    cals = (cal1, cal2)
    halves: list[Half | None] = [None, None]
    for index in (0, 1):
        part = parts[index]
        if part.own_year and not part.month_borrowed:
            halves[index] = make_half(part, cals[index], _label_year(part, part))
    if halves[0] is None and halves[1] is None:
        # A year written once belongs to the Julian half (its year-start applies),
        # unless that half is a bare day that borrowed its month.
        shared = _shared_year(parts)
        index = 0 if cal1 == "julian" or cal2 != "julian" else 1
        if parts[index].month_borrowed:
            index = 1 - index
        halves[index] = make_half(parts[index], cals[index], _label_year(shared, parts[index]))
    first, second = halves
    if first is None:
        assert second is not None
        return nearest(parts[0], cal1, second), second
    if second is None:
        return first, nearest(parts[1], cal2, first)
    return first, second


def _shared_year(parts: tuple[Part, ...]) -> Part:
    """The part that writes the year both halves share (the draft has one, or an own year)."""
    return parts[0] if parts[0].year is not None and not parts[0].own_year else parts[1]


def _label_year(source: Part, part: Part) -> int:
    """The 1-January year of ``part`` from the year written with ``source``."""
    assert source.year is not None
    assert part.month is not None
    if source.dual_year:
        if (part.month, part.day) == _LADY_DAY:
            # "25 March 1731/32": written on the day the year turned, the
            # dual year names the new year, which is the second (January) year.
            return source.year + 1
        return january_year(source.year, part.month, part.day, "lady_day")
    return source.year


def make_half(part: Part, calendar: str, year: int, month: int | None = None) -> Half:
    """The settled half of ``part`` in ``calendar`` with label year ``year`` (and month, if moved)."""
    assert part.month is not None
    label = (year, month or part.month, part.day)
    return _half(part, calendar, label, *make_date(calendar, label))


def _half(
    part: Part,
    calendar: str,
    label: tuple[int, int, int],
    date: JulianDate | GregorianDate | None,
    error: str | None,
) -> Half:
    """The settled half of ``part`` whose day ``label`` names in ``calendar`` is already made."""
    return built(
        Half,
        calendar=calendar,
        label=label,
        date=date,
        error=error,
        day_token=part.day_token,
        month_token=part.month_token,
        order=part.order,
        own_year=part.own_year,
        year_span=part.year_span if part.own_year else None,
        range_start=part.range_start,
    )


def make_date(
    calendar: str, label: tuple[int, int, int]
) -> tuple[JulianDate | GregorianDate | None, str | None]:
    """The day of ``label`` in ``calendar``, or None and why it does not exist."""
    try:
        if calendar == "gregorian":
            return GregorianDate(*label), None
        if calendar == "swedish":
            return JulianDate.fromordinal(sweden.swedish_to_ordinal(*label)), None
        return JulianDate(*label), None
    except OldstyleError as error:
        return None, str(error)


def _candidates(part: Part, base_year: int) -> list[tuple[int, int]]:
    """(year, month) labels a half whose year (and borrowed month) is written elsewhere may have."""
    assert part.month is not None
    if not part.month_borrowed:
        month = part.month
        return [(base_year, month), (base_year - 1, month), (base_year + 1, month)]
    out = []
    for step in (0, 1, -1):
        month = part.month + step
        year = base_year + (month > 12) - (month < 1)
        out.append((year, (month - 1) % 12 + 1))
    return out


# A candidate label this many days or fewer from the other half's day is the nearest: the others
# name days at least a year (365 days) or, for a borrowed month, a month (28 days) from it.
_SURELY_NEAREST_YEAR: Final = 182
_SURELY_NEAREST_MONTH: Final = 13


def nearest(part: Part, calendar: str, other: Half) -> Half:
    """The half whose year is written elsewhere: the label that puts it nearest the other half's day."""
    target = None if other.date is None else other.date.toordinal()
    # the best label, and its day as made (kept, not made again for the half)
    best: tuple[tuple[int, int, int], JulianDate | GregorianDate | None, str | None] | None = None
    best_gap: int | None = None
    for year, month in _candidates(part, other.label[0]):
        label = (year, month, part.day)
        date, error = make_date(calendar, label)
        if date is None or target is None:
            best = best or (label, date, error)
            continue
        gap = abs(date.toordinal() - target)
        if best_gap is None or gap < best_gap:
            best, best_gap = (label, date, error), gap
            if gap <= (_SURELY_NEAREST_MONTH if part.month_borrowed else _SURELY_NEAREST_YEAR):
                break  # the other labels lie a year (a month) from this one, so further off
    assert best is not None
    return _half(part, calendar, *best)
