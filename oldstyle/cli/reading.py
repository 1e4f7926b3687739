"""Reading one date as the command line does: ISO or prose, plain or in a region."""

from __future__ import annotations

from dataclasses import dataclass

from oldstyle import core
from oldstyle.checking import check
from oldstyle.dates import GregorianDate, JulianDate
from oldstyle.errors import DateParseError
from oldstyle.parsing import ParsedDate, parse
from oldstyle.reforms import Region

__all__ = ["MAX_YEAR_DIGITS", "DateReading", "read_date"]

MAX_YEAR_DIGITS = 1000
"""The longest year the command line reads; Python refuses to read far longer numbers."""


@dataclass(frozen=True)
class DateReading:
    """A date read from the command line: the day it names and the calendar it was written in.

    ``calendar`` is ``"julian"``, ``"gregorian"`` or (for Sweden 1700-1712
    via a region) ``"swedish"``.
    """

    text: str
    ordinal: int
    calendar: str

    @property
    def julian(self) -> JulianDate:
        """The day in the Julian calendar."""
        return JulianDate.fromordinal(self.ordinal)

    @property
    def gregorian(self) -> GregorianDate:
        """The day in the Gregorian calendar."""
        return GregorianDate.fromordinal(self.ordinal)

    def in_calendar(self, calendar: str) -> JulianDate | GregorianDate:
        """The day labelled in ``calendar`` (``"julian"`` or ``"gregorian"``)."""
        return self.julian if calendar == "julian" else self.gregorian


def _iso_label(text: str) -> tuple[int, int, int] | None:
    """``(y, m, d)`` of ISO text such as ``1917-10-25`` or ``-0043-03-15``, not yet validated.

    The label is read without a calendar: a region decides which calendar
    (and which reform gap) it is in.
    """
    signed = text[:1] in ("+", "-")
    parts = (text[1:] if signed else text).split("-")
    if len(parts) != 3:
        return None
    year, month, day = parts
    shaped = len(year) >= 4 and len(month) == 2 and len(day) == 2
    if not shaped or not all(part.isascii() and part.isdigit() for part in parts):
        return None
    if len(year) > MAX_YEAR_DIGITS:
        raise DateParseError(
            f"a year of {len(year)} digits is too long: the command line reads at most {MAX_YEAR_DIGITS}",
            value=text[:20] + "...",
            field="year",
        )
    sign = -1 if text[:1] == "-" else 1
    return sign * int(year), int(month), int(day)


def _label_to_reading(
    text: str, label: tuple[int, int, int], calendar: str, region: Region | None, gap: str
) -> DateReading:
    if region is not None:
        ordinal = region.to_ordinal(*label, gap=gap)
        return DateReading(text, ordinal, region.calendar_on(ordinal))
    if core.calendar_name(calendar) == "julian":
        return DateReading(text, core.julian_to_ordinal(*label), "julian")
    return DateReading(text, core.gregorian_to_ordinal(*label), "gregorian")


def read_date(
    text: str, calendar: str = "julian", region: Region | None = None, gap: str = "error"
) -> DateReading:
    """Read one date as the ``convert`` command does.

    ISO text (``1917-10-25``, ``-0043-03-15``) and unmarked prose dates are
    labels in ``calendar``, or, with a ``region``, as written in that region.
    A date marked O.S./N.S. in its own text is in the calendar it names; a
    dual date names its day twice and must agree with itself.  Raises an
    :class:`~oldstyle.OldstyleError` subclass that says what was wrong.
    """
    stripped = text.strip()
    if not stripped:
        raise DateParseError("empty date: expected e.g. 1917-10-25 or '25 October 1917 O.S.'")
    label = _iso_label(stripped)
    if label is not None:
        return _label_to_reading(stripped, label, calendar, region, gap)
    parsed = parse(stripped)
    dual = parsed.julian is not None and parsed.gregorian is not None
    if dual and not parsed.consistent:
        problems = check(stripped)  # the checker words the disagreement best
        raise DateParseError(problems[0].message if problems else f"{stripped!r} names two different days")
    if dual:  # the text names its own calendar; a dual date counts as O.S. so it converts to N.S.
        return DateReading(stripped, parsed.day().toordinal(), "julian")
    if parsed.halves and parsed.halves[0].calendar == "swedish":  # "30 February 1712 S.S."
        return DateReading(stripped, parsed.day().toordinal(), "swedish")
    label = _regional_label(parsed, region)
    if parsed.calendar == "julian":
        return DateReading(stripped, core.julian_to_ordinal(*label), "julian")
    if parsed.calendar == "gregorian":
        return DateReading(stripped, core.gregorian_to_ordinal(*label), "gregorian")
    return _label_to_reading(stripped, label, calendar, region, gap)


def _regional_label(parsed: ParsedDate, region: Region | None) -> tuple[int, int, int]:
    """The label of a single date, with a written dual year read by the region's New Year rules.

    The parser reads "1731/32" by the English Lady Day rule; France's Easter
    style wrote "10 April 1564/65" for a day of 1565, which only FR's rules know.
    """
    half = parsed.halves[0] if len(parsed.halves) == 1 else None
    if region is None or not parsed.dual_year or half is None or half.year_span is None:
        return parsed.label
    start, end = half.year_span
    _, month, day = parsed.label
    return region.read_dual_year(parsed.text[start:end], month, day), month, day
