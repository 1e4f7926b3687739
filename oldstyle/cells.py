"""One table cell read as a date: the per-value rules behind every column.

:mod:`oldstyle.frame` reads plain ``YYYY-MM-DD`` rows in bulk and hands every
other row, one at a time, to a :class:`CellReader`; the command line's
``--csv`` can use the same reader, so that a cell gives the same day, and a
bad cell the same reason, whichever way it is read.

A reader is built once from the options of a whole column (:func:`cell_reader`
checks them, so a bad option fails before any row is read)::

    >>> reader = cell_reader("julian", region="GB")
    >>> from oldstyle import ordinal_to_gregorian
    >>> ordinal_to_gregorian(reader.ordinal("1731-02-11"))  # a Lady Day year: 11 February 1731/32
    (1732, 2, 22)
    >>> ordinal_to_gregorian(reader.ordinal("1760-02-11"))  # GB wrote Gregorian dates by then
    (1760, 2, 11)

Options:

``calendar``
    the calendar of the labels, ``"julian"`` or ``"gregorian"``; ignored
    when ``region`` is given.
``region``
    a region code or :class:`~oldstyle.Region`: each label is read in the
    calendar that region used on that day (GB: Julian up to 2 September
    1752, Gregorian from 14 September), its skipped days by ``gap``.
``year_start``
    the year-start style of the labels' years (``"lady_day"``: "1731-02-11"
    is 11 February 1731/32, i.e. 1-January year 1732).  By default a label's
    year is a 1-January year, or, with ``region``, the year that region
    wrote on that day (its own New Year rules); ``"january"`` turns that off.
``prose``
    read text other than ISO dates with :func:`oldstyle.parse` (a marked or
    dual date says its own calendar and year; an unmarked one follows the
    options above).
"""

from __future__ import annotations

from oldstyle import core, yearstart
from oldstyle.choices import literal_alias
from oldstyle.errors import DateParseError, InvalidDateError, OldstyleError

# The command line reads its ISO dates through this module: typing (and
# dataclasses) would take longer to import than the conversion itself, so
# ErrorPolicy is made on first use (see __getattr__ at the end).  mypy and the
# docs read this block.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal

    from oldstyle import Region
    from oldstyle.core import Calendar
    from oldstyle.yearstart import YearStartStyle

    ErrorPolicy = Literal["raise", "coerce"]
    """What a bulk function does with a bad row: raise for the first one, or give a missing value."""

__all__ = ["ERROR_POLICIES", "CellReader", "ErrorPolicy", "cell_reader", "error_policy", "iso_label"]

ERROR_POLICIES: tuple[ErrorPolicy, ...] = ("raise", "coerce")
"""The error policies, default first."""


def error_policy(errors: object) -> ErrorPolicy:
    """Check an ``errors=`` argument: ``"raise"`` or ``"coerce"``, else OldstyleError."""
    if errors == "raise":
        return "raise"
    if errors == "coerce":
        return "coerce"
    raise OldstyleError(
        f"unknown errors={errors!r}: use 'raise' (the default: stop at the first bad row) or "
        "'coerce' (a missing value for each bad row; error_reasons() says why)"
    )


def iso_label(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of ``[+-]YYYY(Y...)-MM-DD``, or None: :func:`oldstyle.core.read_iso` for a cell.

    A year of more than 100 digits is an :class:`~oldstyle.InvalidDateError`
    (no calendar reaches it, and Python refuses ``int()`` of thousands of digits).

    >>> iso_label("-0043-03-15"), iso_label("1917-10"), iso_label("+12345-01-01")
    ((-43, 3, 15), None, (12345, 1, 1))
    """
    return core.read_iso(text, _MAX_YEAR_DIGITS)


_MAX_YEAR_DIGITS = 100


class CellReader:
    """Reads one cell as a day ordinal with a column's options (build it with :func:`cell_reader`).

    Readers with the same options are equal.  A plain class with ``__slots__``
    rather than a dataclass, so that the command line does not import :mod:`dataclasses`.
    """

    __slots__ = ("calendar", "gap", "prose", "region", "year_start")

    def __init__(
        self,
        calendar: Calendar = "julian",
        region: Region | None = None,
        year_start: YearStartStyle | None = None,
        prose: bool = False,
        gap: str = "error",
    ) -> None:
        self.calendar = calendar
        self.region = region
        self.year_start = year_start
        self.prose = prose
        self.gap = gap

    def _options(self) -> tuple[object, ...]:
        return (self.calendar, self.region, self.year_start, self.prose, self.gap)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CellReader) and self._options() == other._options()

    def __hash__(self) -> int:
        return hash(self._options())

    def __repr__(self) -> str:
        calendar, region, year_start, prose, gap = self._options()
        return f"CellReader({calendar=!r}, {region=!r}, {year_start=!r}, {prose=!r}, {gap=!r})"

    def replace(self, *, year_start: YearStartStyle | None) -> CellReader:
        """The same reader with another year-start style (OldstyleError for one that is not)."""
        return CellReader(self.calendar, self.region, _year_start_style(year_start), self.prose, self.gap)

    @property
    def plain(self) -> bool:
        """Whether labels are read as they stand: one calendar, 1-January years (the bulk fast path)."""
        return self.region is None and self.year_start is None

    def label_ordinal(self, year: int, month: int, day: int) -> int:
        """The day ordinal of a label ``(year, month, day)`` written with these options."""
        january = year
        if self.year_start is not None:
            january = yearstart.january_year(year, month, day, self.year_start)
        elif self.region is not None:
            january = self.region.january_year(year, month, day)
        try:
            return self._january_ordinal(january, month, day)
        except OldstyleError as error:
            if january == year:
                raise
            raise type(error)(f"{self._year_note(year, month, day, january)}: {error}") from None

    def _year_note(self, year: int, month: int, day: int, january: int) -> str:
        """``1731-02-11 (a lady_day year label: 1-January year 1732)``, for messages."""
        style = self.year_start
        if style is None and self.region is not None:
            style = self.region.year_start(january, month, day)
        return f"{core.format_iso(year, month, day)} (a {style} year label: 1-January year {january})"

    def _january_ordinal(self, year: int, month: int, day: int) -> int:
        if self.region is not None:
            return self.region.to_ordinal(year, month, day, gap=self.gap)
        if self.calendar == "julian":
            return core.julian_to_ordinal(year, month, day)
        return core.gregorian_to_ordinal(year, month, day)

    def ordinal(self, cell: object) -> int:
        """The day ordinal of one cell, or an :class:`~oldstyle.OldstyleError` saying why not."""
        if not isinstance(cell, str):
            raise InvalidDateError(
                f"{cell!r} is {type(cell).__name__}, not text: a column of dates must hold "
                "ISO text such as '1917-10-25' (or missing values)"
            )
        text = cell.strip()
        if not text:
            raise DateParseError(
                f"the cell is blank ({cell!r}): there is no date to convert; "
                "use errors='coerce' to give it a missing value, or fill it first"
            )
        label = iso_label(text)
        if label is not None:
            return self.label_ordinal(*label)
        if not self.prose:
            raise DateParseError(
                f"{text[:60]!r} is not an ISO date (YYYY-MM-DD, e.g. 1917-10-25); "
                "pass prose=True to read dates written in words"
            )
        from oldstyle.parsing import parse  # the text layer loads only for prose

        parsed = parse(text)
        unmarked = parsed.calendar is None and not parsed.dual_year and len(parsed.halves) <= 1
        if unmarked:
            return self.label_ordinal(*parsed.label)
        return parsed.day(self.calendar).toordinal()


def _year_start_style(year_start: object) -> YearStartStyle | None:
    """A year-start style name checked and made canonical, or None (OldstyleError for another value)."""
    if year_start is None:
        return None
    if not isinstance(year_start, str):
        raise OldstyleError(
            "year_start must be a style name such as 'lady_day' or 'january', "
            f"not {type(year_start).__name__}"
        )
    return yearstart.year_start_style(year_start)


def cell_reader(
    calendar: str = "julian",
    *,
    region: object = None,
    year_start: object = None,
    prose: bool = False,
    gap: str = "error",
) -> CellReader:
    """A :class:`CellReader` for these options, each checked (OldstyleError for a bad one).

    ``region`` is a code, alias or name (``"GB"``, ``"England"``) or a
    :class:`~oldstyle.Region`; ``year_start`` a style name (``"lady_day"``).
    """
    from oldstyle import GAP_POLICIES, Region  # the public names: reforms' insides may move
    from oldstyle import region as find_region

    found: Region | None = None
    if region is not None:
        found = region if isinstance(region, Region) else find_region(region)  # type: ignore[arg-type]
    style = _year_start_style(year_start)
    if not isinstance(prose, bool):
        raise OldstyleError(f"prose must be True or False, not {prose!r}")
    if gap not in GAP_POLICIES:
        raise OldstyleError(
            f"unknown gap policy {gap!r}: use 'error' (the default: a day the reform skipped is an error), "
            "'julian' (read it as Julian) or 'gregorian' (read it as Gregorian)"
        )
    return CellReader(core.calendar_name(calendar), found, style, prose, gap)


def __getattr__(name: str) -> object:
    """``ErrorPolicy`` at run time, made when first imported (typing is not loaded before)."""
    if name == "ErrorPolicy":
        return literal_alias(globals(), name, "raise", "coerce")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
