"""Reading one date or dual date from text into the days it names.

The work is done in two steps, each with its own module:
:mod:`oldstyle.grammar` reads tokens into the parts of a date as written, and
:mod:`oldstyle.settling` gives each part its calendar, year and day.  This
module puts them together: :func:`read_at` for the scanner, :func:`parse`
and :class:`ParsedDate` for callers, and the messages that say what could
not be read.

* Day, month and year are all needed: "44 BC" alone is not a date.
* A weekday before a date ("Sunday, 25 October 1917 O.S.") must be the
  day's weekday; for an unmarked date, in one calendar or the other.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Final, Protocol

from oldstyle.core import Calendar, calendar_name, format_iso, read_iso
from oldstyle.dates import GregorianDate, JulianDate
from oldstyle.errors import DateParseError, OldstyleError
from oldstyle.grammar import WHOLE_DATES, Cursor, read_draft
from oldstyle.halves import COMMA
from oldstyle.names import WEEKDAYS
from oldstyle.patterns import Token, tokenize, weekday_of
from oldstyle.settling import Half, Reading, alternative_days, make_date, settle
from oldstyle.wordtables import CALENDAR_OF_MARKER, FULL_MONTH_NAMES, marker_key, month_key
from oldstyle.yearstart import complete_dual_year

if TYPE_CHECKING:
    from oldstyle.churchyear import Feast
    from oldstyle.reforms import Region

# How many tokens the error messages look at: a date has few; garbage may have a million.
_HINT_TOKENS: Final = 24
_NUMERIC_KINDS: Final = frozenset({"iso", "numeric", "paired", "daymonth"})
_NUMERIC_ORDER: Final[dict[str, str]] = {
    "iso": "an ISO date is year-month-day",
    "numeric": "numbers with dots are day.month.year",
    "paired": "the Russian form is day(day).month.year or day.month(day.month).year",
    "daymonth": "numbers with dots are day.month.",
}

__all__ = ["Half", "ParsedDate", "parse", "parsed_date", "read_at", "weekday_error", "weekday_mismatch"]


def read_at(tokens: list[Token], i: int, more: Callable[[], bool] | None = None) -> Reading | None:
    """Read one date or dual date starting at token i, or None if none starts there.

    A weekday may come first ("Sunday, 25 October 1917"); it is kept in
    :attr:`Reading.weekday` for the caller to check.  ``more``, if given,
    appends further tokens to ``tokens`` when the grammar needs to look past
    the end (returning False at the end of text).
    """
    cur = Cursor(tokens, more)
    weekday = cur.kind(i) == "weekday"
    draft = read_draft(tokens, cur.skip(i + 1, COMMA) if weekday else i, more)
    if draft is None:
        return None
    reading = settle(tokens, draft)
    if alternative_days(reading):
        return None  # "23/25 April 1823": two days a source is unsure between
    return replace(reading, start=tokens[i].start, weekday=tokens[i]) if weekday else reading


# --- the public result -----------------------------------------------------------


@dataclass(frozen=True)
class ParsedDate:
    """One date or dual date read from text.

    ``julian`` and ``gregorian`` are the halves as written (None when that
    half is not written, e.g. for a single date); ``calendar`` is the
    calendar a single date's text names (None if unmarked); ``label`` is
    ``(year, month, day)`` as written (with the 1-January year) for a single
    date, or of the first-written half of a dual date; ``style`` names the
    layout (a :data:`oldstyle.formatting.STYLES` key, or ``"marked"``,
    ``"dual-year"``, ``"plain"``, ``"prose"``, ``"ns-os"``, ``"feast"``);
    ``consistent`` says whether the two halves name the same day.  A date
    written by a feast ("Michaelmas 1666") has ``feast`` set, one half, and
    ``calendar`` the calendar it was reckoned in (see :func:`parse`).
    """

    text: str
    julian: JulianDate | None
    gregorian: GregorianDate | None
    calendar: Calendar | None
    label: tuple[int, int, int]
    style: str
    consistent: bool
    dual_year: bool = False
    halves: tuple[Half, ...] = field(default=(), repr=False, compare=False)
    weekday: int | None = None
    """The weekday written before the date, 0 (Monday) .. 6 (Sunday), if any."""
    feast: Feast | None = field(default=None, compare=False)
    """The feast a date was read from ("Michaelmas 1666"), or None."""

    def day(self, default: str = "julian") -> JulianDate:
        """The day meant, as a :class:`~oldstyle.JulianDate`.

        A marked or dual date says its own calendar (for a dual date, the
        first-written half is taken); an unmarked single date is read in
        ``default`` (``"julian"``/``"os"`` or ``"gregorian"``/``"ns"``).
        """
        cal = calendar_name(default)
        first = self.halves[0] if self.halves else None
        marked = len(self.halves) > 1 or (first is not None and first.calendar != "unmarked")
        if marked and first is not None and first.date is not None:
            return first.date.to_julian()
        if cal == "gregorian":
            return GregorianDate(*self.label).to_julian()
        return JulianDate(*self.label)


def parse(text: str, *, region: str | Region | None = None) -> ParsedDate:
    """Read one date or dual date, e.g. ``"25 October (O.S.; 7 November N.S.) 1917"``.

    >>> parse("25 October 1917 O.S.").julian
    JulianDate(1917, 10, 25)
    >>> parse("11 February 1731/32").julian
    JulianDate(1732, 2, 11)
    >>> parse("15 March 44 BC").label
    (-43, 3, 15)

    Reads every style of :func:`oldstyle.formatting.format_dual`, ISO dates
    (``"-0043-03-15"``), "October 25th, 1917", labels before or after the
    date ("O.S."/"N.S.", "Old Style"/"New Style", "Julian"/"Gregorian") and
    Lady Day dual years.  Raises :class:`~oldstyle.DateParseError` saying
    what was not understood, or which half is not a real date.

    Dates written by a feast ("Michaelmas 1666", "the Monday after Easter
    1381", "Old Michaelmas Day 1760", "Lady Day 1731/2") give the feast's
    day, with ``style`` ``"feast"``: as ``region`` reckoned it (its
    calendar, computus and year labels) if one is given, else in the Roman
    church's calendar of the year (Julian to 1582, Gregorian from 1583).
    ``region`` applies to feast dates only; a date with a day number is
    read as written.
    """
    if not isinstance(text, str):
        raise DateParseError(f"parse needs text (str), not {type(text).__name__}")
    tokens = tokenize(text)
    while tokens and tokens[-1].text in {".", ","}:
        tokens.pop()
    lead: list[Token] = []
    while tokens and tokens[0].kind == "marker" and not lead:
        lead.append(tokens.pop(0))
    reading = read_at(tokens, 0) if tokens else None
    if reading is None or reading.next_index != len(tokens):
        feast = _feast_date(text, tokens, region)
        if feast is not None:
            return feast
        raise DateParseError(_not_understood(text, tokens, reading))
    if lead:
        reading = _with_leading_label(reading, lead[0])
    return _parsed(text, reading)


def _feast_date(text: str, tokens: list[Token], region: str | Region | None) -> ParsedDate | None:
    """A feast date ("Michaelmas 1666"), or None; the feast reader loads only for a feast name
    before a year, or to name the feast a text without a month nearly names ("Michelmas 1666")."""
    from oldstyle.feastspots import feast_windows

    if feast_windows(text):
        from oldstyle.feastmentions import parse_feast

        try:
            return parse_feast(text, region)
        except DateParseError:
            return None  # not a feast date after all: the date reader's message says why
        except OldstyleError as error:  # a feast whose day cannot be given (before 326, a skipped day)
            raise DateParseError(f"{text.strip()[:80]!r}: {error}") from None
    if not any(t.kind == "month" or t.kind in WHOLE_DATES for t in tokens):
        from oldstyle.feastmentions import feast_suggestion

        suggestion = feast_suggestion(text)
        if suggestion is not None:
            raise DateParseError(suggestion)
    return None


def _with_leading_label(reading: Reading, label: Token) -> Reading:
    """ "O.S. 25 October 1917": a label before a single date."""
    if len(reading.halves) != 1 or reading.marked:
        raise DateParseError(
            f"{label.text!r} before a dual or labelled date is ambiguous: put it after the date"
        )
    cal = CALENDAR_OF_MARKER[marker_key(label.text)]
    half = reading.halves[0]
    date, error = make_date(cal, half.label)
    settled = replace(half, calendar=cal, date=date, error=error, own_year=True)
    return replace(
        reading, start=label.start, halves=(settled,), style="marked", marked=True, markers=(label,)
    )


def _parsed(text: str, reading: Reading) -> ParsedDate:
    for half in reading.halves:
        if half.error is not None:
            raise DateParseError(f"{text.strip()[:80]!r}: {half.error}")
        if half.calendar == "swedish" and half.date is None:
            raise DateParseError(
                f"{text.strip()[:80]!r} is a Swedish-calendar date, which needs oldstyle.sweden"
            )
    wrong_weekday = weekday_error(reading.weekday, reading.halves)
    if wrong_weekday is not None:
        raise DateParseError(f"{text.strip()[:80]!r}: {wrong_weekday}")
    parsed = parsed_date(text, reading)
    assert parsed is not None  # parse reads only dates with days
    return parsed


class ReadDate(Protocol):
    """What :func:`parsed_date` needs of a reading: a settled reading or a scanned mention."""

    @property
    def halves(self) -> tuple[Half, ...]: ...
    @property
    def julian(self) -> JulianDate | None: ...
    @property
    def gregorian(self) -> GregorianDate | None: ...
    @property
    def style(self) -> str: ...
    @property
    def consistent(self) -> bool: ...
    @property
    def dual_year(self) -> bool: ...
    @property
    def weekday(self) -> Token | None: ...


def parsed_date(text: str, reading: ReadDate) -> ParsedDate | None:
    """The :class:`ParsedDate` of a reading of ``text``, as written (right or wrong), or None
    for a reading with no days (a yearless date, a dual year alone)."""
    if not reading.halves:
        return None
    first = reading.halves[0]
    calendar: Calendar | None = None
    if len(reading.halves) == 1 and first.calendar in ("julian", "gregorian"):
        calendar = calendar_name(first.calendar)
    return ParsedDate(
        text=text,
        julian=reading.julian,
        gregorian=reading.gregorian,
        calendar=calendar,
        label=first.label,
        style=reading.style,
        consistent=reading.consistent,
        dual_year=reading.dual_year,
        halves=reading.halves,
        weekday=None if reading.weekday is None else weekday_of(reading.weekday.text),
        feast=getattr(reading, "feast", None),  # a scanned feast mention's feast
    )


def weekday_mismatch(written: int, day: JulianDate | GregorianDate) -> str | None:
    """ "that day was a Wednesday, not a Sunday", or None if ``day`` falls on weekday ``written``."""
    actual = day.weekday()
    return None if actual == written else f"that day was a {WEEKDAYS[actual]}, not a {WEEKDAYS[written]}"


def weekday_error(weekday: Token | None, halves: tuple[Half, ...]) -> str | None:
    """Why the weekday written before a date is wrong, or None if it is right (or absent).

    A date whose calendar is known (marked, dual, or with a dual year) names
    its day, which must fall on that weekday.  An unmarked one must fall on
    it in one calendar or the other.
    """
    if weekday is None:
        return None
    written = weekday_of(weekday.text)
    days = [half.date for half in halves if half.date is not None]
    if not days:
        return None  # the date itself is impossible; that is the error to report
    if any(half.calendar != "unmarked" for half in halves):
        return weekday_mismatch(written, days[0])
    label = halves[0].label
    readings = {}
    for name, kind in (("O.S.", JulianDate), ("N.S.", GregorianDate)):
        try:
            readings[name] = kind(*label).weekday()
        except OldstyleError:
            continue
    if written in readings.values():
        return None
    seen = " and ".join(f"a {WEEKDAYS[day]} as {name}" for name, day in readings.items())
    return f"{format_iso(*label)} was {seen}, not a {WEEKDAYS[written]}"


def _first_inner_reading(tokens: list[Token]) -> Reading | None:
    """The first date that starts after the first token, if any (for error messages)."""
    for i in range(1, len(tokens)):
        reading = read_at(tokens, i)
        if reading is not None:
            return reading
    return None


def _month_hint(tokens: list[Token]) -> str:
    """' (is "Octobr" October?)' for a word a letter or two off a full month name, else ""."""
    import difflib  # only for a date not understood: not loaded with the text layer

    words = [token.text for token in tokens if token.kind == "word" and len(token.text) >= 4]
    for word in words[:12]:  # a date has few words; garbage may have a million
        close = difflib.get_close_matches(month_key(word), FULL_MONTH_NAMES, n=1, cutoff=0.8)
        if close:
            return f" (is {word!r} {FULL_MONTH_NAMES[close[0]]}?)"
    return ""


def _not_understood(text: str, tokens: list[Token], reading: Reading | None) -> str:
    """A message saying which part of ``text`` could not be read.

    Words before a date raise the error here, with advice (a key, worded by its audience).
    """
    shown = text.strip()[:80]
    examples = "e.g. '25 October 1917 O.S.', '1917-10-25' or '25 October (O.S.; 7 November N.S.) 1917'"
    if not tokens:
        return f"no date in {shown!r}: expected a day, a month and a year, {examples}"
    specific = _bad_whole_date(tokens) or _bad_dual_year(tokens) or _bad_shape(text, tokens)
    if specific is not None:
        return f"{shown!r}: {specific}"
    if reading is None:
        inner = _first_inner_reading(tokens)
        if inner is not None:
            found = text[inner.start : inner.end]
            # advice, not words: the shell and Python send the reader to different tools
            raise DateParseError(f"{shown!r} has words before its date {found!r}", advice="scan")
    if reading is not None:
        extra = tokens[reading.next_index]
        read = text[: reading.end]
        return f"{shown!r}: read a date up to {read!r}, but {extra.text!r} after it was not understood"
    kinds = {t.kind for t in tokens}
    if "month" not in kinds and not kinds & WHOLE_DATES:
        return (
            f"{shown!r} has no month{_month_hint(tokens)}: a day, a month and a year are needed, {examples}"
        )
    if "number" not in kinds:
        return f"{shown!r} has no day or year: a day, a month and a year are needed, {examples}"
    return f"{shown!r} was not understood as a date (is the year missing?): {examples}"


def _bad_whole_date(tokens: list[Token]) -> str | None:
    """What is wrong with a numeric date whose month or day is out of range ("25.13.1917")."""
    for token in tokens[:_HINT_TOKENS]:
        if token.kind not in _NUMERIC_KINDS:
            continue
        for day, month in _numeric_fields(token):
            if not 1 <= month <= 12:
                return f"in {token.text!r}, {month} is not a month (1..12); {_NUMERIC_ORDER[token.kind]}"
            if not 1 <= day <= 31:
                order = _NUMERIC_ORDER[token.kind]
                return f"in {token.text!r}, {day} is not a day of the month (1..31); {order}"
    return None


def _numeric_fields(token: Token) -> list[tuple[int, int]]:
    """(day, month) of each date written in a numeric token."""
    if token.kind == "iso":
        label = read_iso(token.text)  # the token pattern matched ISO text
        return [] if label is None else [(label[2], label[1])]
    pieces = [int(p) for p in re.findall(r"[0-9]+", token.text)]
    if token.kind == "paired" and "." not in token.text.split("(")[0]:  # "8(19).11.1711"
        return [(pieces[0], pieces[2]), (pieces[1], pieces[2])]
    if token.kind == "paired":  # "25.10(7.11).1917"
        return [(pieces[0], pieces[1]), (pieces[2], pieces[3])]
    return [(pieces[0], pieces[1])]


def _bad_shape(text: str, tokens: list[Token]) -> str | None:
    """What is missing from numbers written in a shape that is not a date ("1917-10", "25/10/1917")."""
    if any(t.kind == "month" or t.kind in _NUMERIC_KINDS for t in tokens):
        return None
    numbers = [t for t in tokens if t.kind == "number"]
    signs = {t.text for t in tokens if t.kind in ("punct", "other")}
    if len(numbers) == 1 and len(numbers[0].text) >= 6:
        return (
            f"{numbers[0].text!r} is a run of digits, which oldstyle does not split: "
            "write it as an ISO date (1917-10-25) or with the month in words"
        )
    if "/" in signs and len(numbers) == 3:
        return (
            "numbers with slashes are ambiguous (day/month or month/day): "
            "write the month in words or use an ISO date (1917-10-25)"
        )
    if "-" in signs and len(numbers) == 2:
        return "it has a year and a month but no day: an ISO date is year-month-day (1917-10-25)"
    return None


def _bad_dual_year(tokens: list[Token]) -> str | None:
    """Why "1731/33" or "1732/31" after a day and month is not a dual year, if it is not."""
    for index in range(min(len(tokens), _HINT_TOKENS) - 2):
        year, slash, suffix = tokens[index : index + 3]
        if year.kind != "number" or len(year.text) != 4 or slash.text != "/" or not suffix.text.isdigit():
            continue
        if index + 3 < len(tokens) and tokens[index + 3].kind == "month":
            continue  # "25 December 1916/7 January 1917": the slash starts the other half
        try:
            complete_dual_year(int(year.text), suffix.text)
        except OldstyleError as error:
            return str(error)
    return None
