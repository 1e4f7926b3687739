"""Reading one date as the command line does: ISO or prose, plain or in a region.

An ISO label (``1917-10-25``) is read by :class:`oldstyle.cells.CellReader`,
the reader behind :mod:`oldstyle.frame`, so a date gives the same day, and a
bad one the same reason, on the command line and in a data frame; the text
layer (:func:`oldstyle.parse`) is imported only for dates written in words.
Before the parser sees a text, a few shapes it cannot read are named here
with what to write instead (``1917-10``, ``25/10/1917``, ``19171025``,
``today``, a dual year whose second year is not the next one).
"""

from __future__ import annotations

import re

from oldstyle import core
from oldstyle.cells import CellReader, iso_label
from oldstyle.dates import GregorianDate, JulianDate
from oldstyle.errors import DateParseError, OldstyleError, Remedy

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (mypy knows the name)
if TYPE_CHECKING:
    from oldstyle.parsing import ParsedDate
    from oldstyle.reforms import Region

__all__ = ["DateReader", "DateReading", "read_date"]

_EXAMPLES = "e.g. 1917-10-25 or '25 October 1917 O.S.'"


class DateReading:
    """A date read from the command line: the day it names and the calendar it was written in.

    ``calendar`` is ``"julian"``, ``"gregorian"`` or (for Sweden 1700-1712
    via a region) ``"swedish"``.  This module's classes are plain classes
    with ``__slots__``: :mod:`dataclasses` would double the start-up of ``convert``.
    """

    __slots__ = ("calendar", "ordinal", "text")

    def __init__(self, text: str, ordinal: int, calendar: str) -> None:
        self.text = text
        self.ordinal = ordinal
        self.calendar = calendar

    def __repr__(self) -> str:
        return f"DateReading({self.text!r}, {self.ordinal!r}, {self.calendar!r})"

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


# --- shapes the parser does not read, named with what to write ---------------------------

# The patterns are written in the calls: re compiles (and caches) each on first
# use, so a run that reads only ISO dates never compiles them.
_RELATIVE_WORDS = frozenset({"today", "now", "yesterday", "tomorrow", "tonight"})


def _shape_problem(text: str) -> str | None:
    """Why ``text`` cannot be read, for shapes the parser would only call "no month"; else None."""
    if re.fullmatch(r"[+-]?\d{3,}-\d{1,2}", text):
        year, month = text.rsplit("-", 1)
        return (
            f"{text!r} has a year and a month but no day: write the day too, e.g. {year}-{int(month):02d}-25"
        )
    if re.fullmatch(r"\d{1,4}[/.]\d{1,2}[/.]\d{1,4}", text):
        return (
            f"{text!r} is not read: an all-number date is ambiguous (day/month or month/day?); "
            "write it as YYYY-MM-DD (1917-10-25) or with the month's name (25 October 1917)"
        )
    if re.fullmatch(r"\d{5,}", text):
        return (
            f"{text!r} is not read: a run of digits could be YYYYMMDD or DDMMYYYY; "
            "write it as YYYY-MM-DD (1917-10-25) or with the month's name (25 October 1917)"
        )
    if text.casefold() in _RELATIVE_WORDS:
        return f"{text!r} is not a date: oldstyle reads written dates; give one, {_EXAMPLES}"
    return None


def _check_dual_years(text: str) -> None:
    """A written dual year must be a year and the next one ("1731/32"), never "1731/33" or "1732/31"."""
    from oldstyle.yearstart import parse_dual_year

    for match in re.finditer(r"\b(\d{3,4})\s?/\s?(\d{1,4})\b", text):
        try:
            parse_dual_year(match.group())
        except DateParseError as err:
            raise DateParseError(f"{text!r}: {err.problem}") from None


def _check_dual_year_season(text: str, parsed: ParsedDate) -> None:
    """A dual year is only written between the two New Years (1 January to 24 March for Lady Day)."""
    from oldstyle.yearstart import dual_year_text

    year, month, day = parsed.label
    if dual_year_text(year, month, day, "lady_day") is None:
        raise DateParseError(
            f"{text!r} writes a dual year, but a date has one only between the two New Years "
            f"(1 January to 24 March, by the Lady Day reckoning): write {day} {_month_name(month)} {year}"
        )


def _month_name(month: int) -> str:
    from oldstyle.names import ENGLISH

    return ENGLISH.month(month)


# --- the reader ----------------------------------------------------------------------------


class DateReader:
    """Reads dates with one set of options: the calendar, region and year start of unmarked input.

    ``labels`` reads ISO and unmarked labels; it is a
    :class:`~oldstyle.cells.CellReader`, as :mod:`oldstyle.frame` uses.
    """

    __slots__ = ("labels",)

    def __init__(self, labels: CellReader) -> None:
        self.labels = labels

    @classmethod
    def of(
        cls,
        calendar: str = "julian",
        region: Region | None = None,
        gap: str = "error",
        year_start: str | None = None,
    ) -> DateReader:
        """A reader for options the command line has already checked."""
        style = None
        if year_start is not None:
            from oldstyle.yearstart import year_start_style

            style = year_start_style(year_start)
        return cls(CellReader(core.calendar_name(calendar), region, style, prose=False, gap=gap))

    def read(self, text: str) -> DateReading:
        """One date: the day it names, or an OldstyleError that says what was wrong."""
        stripped = text.strip()
        if not stripped:
            raise DateParseError(f"empty date: expected {_EXAMPLES}")
        label = iso_label(stripped)
        if label is not None:
            return self._reading(stripped, self._label_ordinal(label))
        problem = _shape_problem(stripped)
        if problem is not None:
            raise DateParseError(problem)
        _check_dual_years(stripped)
        return self._prose(stripped)

    def _label_ordinal(self, label: tuple[int, int, int]) -> int:
        """The day of a label; where only the region's New Year rules refuse it, say how to read it."""
        try:
            return self.labels.label_ordinal(*label)
        except OldstyleError as err:
            if self.labels.region is None or self.labels.year_start is not None:
                raise
            try:
                ordinal = self.labels.replace(year_start="january").label_ordinal(*label)
            except OldstyleError:
                raise err from None
            day = GregorianDate.fromordinal(ordinal).isoformat()
            offer = Remedy("year_start", "january", f"reads it as a 1-January year (= Gregorian {day})")
            raise type(err)(
                err.problem,
                value=err.value,
                field=err.field,
                remedies=(*err.remedies, offer),
                advice=err.advice,
            ) from None

    def _reading(self, text: str, ordinal: int, calendar: str | None = None) -> DateReading:
        region = self.labels.region
        if calendar is None:
            calendar = self.labels.calendar if region is None else region.calendar_on(ordinal)
        return DateReading(text, ordinal, calendar)

    def _prose(self, text: str) -> DateReading:
        from oldstyle.parsing import parse

        parsed = parse(text, region=self.labels.region)
        if parsed.feast is not None:
            return self._feast_reading(text, parsed)
        dual = parsed.julian is not None and parsed.gregorian is not None
        if dual and not parsed.consistent:
            from oldstyle.checking import check

            problems = check(text)  # the checker words the disagreement best
            raise DateParseError(problems[0].message if problems else f"{text!r} names two different days")
        if dual:  # the text names its own calendar; a dual date counts as O.S. so it converts to N.S.
            return self._reading(text, parsed.day().toordinal(), "julian")
        if parsed.halves and parsed.halves[0].calendar == "swedish":  # "30 February 1712 S.S."
            return self._reading(text, parsed.day().toordinal(), "swedish")
        if parsed.dual_year:
            return self._dual_year_reading(text, parsed)
        if parsed.calendar is not None:  # marked O.S. or N.S.: its own calendar, a 1-January year
            label = parsed.label
            convert = core.julian_to_ordinal if parsed.calendar == "julian" else core.gregorian_to_ordinal
            return self._reading(text, convert(*label), parsed.calendar)
        return self._reading(text, self._label_ordinal(parsed.label))

    def _feast_reading(self, text: str, parsed: ParsedDate) -> DateReading:
        """A feast date ("Michaelmas 1666"): as the region reckoned it, else in the input's calendar
        (Julian unless --from says otherwise), whose computus gives the movable feasts."""
        if self.labels.region is not None:
            return self._reading(text, parsed.day().toordinal())
        from oldstyle.feastmentions import parse_feast

        feast = parse_feast(text, computus=self.labels.calendar)
        assert feast.calendar is not None  # a feast date is reckoned in one calendar
        return self._reading(text, feast.day().toordinal(), feast.calendar)

    def _dual_year_reading(self, text: str, parsed: ParsedDate) -> DateReading:
        """A date written with a dual year ("11 February 1731/32"), read for its 1-January year."""
        region = self.labels.region
        half = parsed.halves[0] if len(parsed.halves) == 1 else None
        year, month, day = parsed.label
        if region is not None and half is not None and half.year_span is not None:
            # The parser reads "1731/32" by the English Lady Day rule; France's Easter
            # style wrote "10 April 1564/65" for a day of 1565, which only FR's rules know.
            start, end = half.year_span
            year = region.read_dual_year(parsed.text[start:end], month, day)
        elif self.labels.year_start is None:
            _check_dual_year_season(text, parsed)
        calendar = parsed.calendar or (None if region is not None else self.labels.calendar)
        if calendar is None:
            assert region is not None
            return self._reading(text, region.to_ordinal(year, month, day, gap=self.labels.gap))
        convert = core.julian_to_ordinal if calendar == "julian" else core.gregorian_to_ordinal
        return self._reading(text, convert(year, month, day), calendar)


def read_date(
    text: str,
    calendar: str = "julian",
    region: Region | None = None,
    gap: str = "error",
    year_start: str | None = None,
) -> DateReading:
    """Read one date as the ``convert`` command does.

    ISO text (``1917-10-25``, ``-0043-03-15``) and unmarked prose dates are
    labels in ``calendar``, or, with a ``region``, as written in that region
    (its calendar on that day, and its New Year: GB's "11 February 1731" is
    the day of 1732 its Lady Day year named).  ``year_start`` names the New
    Year of the labels' years instead.  A date marked O.S./N.S. in its own
    text is in the calendar it names; a dual date names its day twice and
    must agree with itself.  A feast date ("Michaelmas 1666", "the Monday
    after Easter 1381") is the feast's day: with a ``region``, as the region
    reckoned it; without, in ``calendar`` and by its computus.  Raises an :class:`~oldstyle.OldstyleError`
    subclass that says what was wrong.
    """
    return DateReader.of(calendar, region, gap, year_start).read(text)
