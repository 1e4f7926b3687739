"""Reading one date or dual date from text into the days it names.

The grammar is hand-written over the tokens of :mod:`oldstyle.patterns`: it
reads every style :func:`oldstyle.formatting.format_dual` writes and the
looser forms real pages use ("12 November (O.S., 25 November, (N.S.)) 1917",
"October 24th, 1389 (O.S.)", "11/22 February 1731/2").  It never looks back
more than a bounded number of tokens, so it runs in linear time.
:mod:`oldstyle.scanning` uses the same grammar to find dates in prose.

Decisions, so readers need not guess:

* A dual date's halves are told apart by their labels (O.S./N.S., Old/New
  Style, Julian/Gregorian).  With no label ("25 October/7 November 1917",
  "25 октября (7 ноября) 1917") the first half is Julian, unless only the
  other order makes the two halves the same day (the Lübeck print of 1629
  put the Gregorian day first).
* A year written once is the Julian half's; the other half takes the year
  nearest to it, so "25 December (O.S.; 4 January N.S.) 1642" ends in 1643.
* A dual year ("1731/32") is an English Lady Day year: the Julian half's
  1-January year comes from :func:`oldstyle.yearstart.january_year`, and a
  date written with one and no other label is Old Style.
* Day, month and year are all needed: "44 BC" alone is not a date.
* Numbers with dots are day.month.year ("25.10.1917"), never month first.
* A weekday before a date ("Sunday, 25 October 1917 O.S.") must be the
  day's weekday; for an unmarked date, in one calendar or the other.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Final

from oldstyle.core import Calendar, calendar_name, format_iso
from oldstyle.dates import GregorianDate, JulianDate
from oldstyle.errors import DateParseError, OldstyleError
from oldstyle.names import WEEKDAYS
from oldstyle.patterns import (
    CALENDAR_OF_MARKER,
    ERA_OF_WORD,
    FULL_MONTH_NAMES,
    MONTH_OF_WORD,
    Token,
    marker_key,
    month_key,
    tokenize,
    weekday_of,
)
from oldstyle.yearstart import complete_dual_year, january_year

__all__ = ["Half", "ParsedDate", "Reading", "parse", "read_at", "weekday_error", "weekday_mismatch"]

# Bounds that keep every reading short: a bracket holds at most this many
# tokens, so one reading never looks further than a few hundred characters.
_MAX_GROUP_TOKENS: Final = 48
_OPPOSITE: Final[dict[str, str]] = {"julian": "gregorian", "gregorian": "julian", "swedish": "julian"}
_SEPARATORS: Final = frozenset({",", ";"})
# Token kinds that hold a whole date: "1917-10-25" and "25.10.1917".
_WHOLE_DATES: Final = frozenset({"iso", "numeric"})
# Token kinds a date inside brackets may start with.
_DATE_STARTS: Final = frozenset({"number", "month", *_WHOLE_DATES})


# --- what the grammar reads -----------------------------------------------


@dataclass
class _Part:
    """One half of a date as written, before its year and calendar are settled."""

    day: int
    month: int | None
    day_token: Token
    month_token: Token | None = None
    order: str = "dmy"  # "dmy", "mdy", or a whole date in one token: "iso" or "numeric"
    year: int | None = None  # astronomical label year as written (first year of a dual year)
    dual_year: bool = False
    own_year: bool = False  # the year was written right after this half, not once for both
    year_start: int = -1  # char span of the part's own year text, if any
    year_end: int = -1
    calendar: str | None = None


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


@dataclass(frozen=True)
class Reading:
    """What the grammar read at one place: the halves in the order written."""

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
                return half.date.to_julian() if half.calendar == "julian" else None
        return None

    @property
    def gregorian(self) -> GregorianDate | None:
        """The Gregorian (N.S.) half's day, if written and valid."""
        for half in self.halves:
            if half.calendar == "gregorian" and half.date is not None:
                return half.date.to_gregorian_date()
        return None

    @property
    def consistent(self) -> bool:
        """Whether the halves name the same day (a single date: whether it exists)."""
        if len(self.halves) == 1:
            return self.halves[0].error is None
        return _same_day(self.halves)


# --- token helpers ------------------------------------------------------------


class _Cursor:
    """Tokens and bounded look-ahead helpers for the grammar."""

    def __init__(self, tokens: list[Token], more: Callable[[], bool] | None = None) -> None:
        self.tokens = tokens
        self.more = more

    def has(self, i: int) -> bool:
        """Whether token i exists, asking for more tokens if the source has them."""
        while i >= len(self.tokens):
            if self.more is None or not self.more():
                return False
        return True

    def kind(self, i: int) -> str:
        return self.tokens[i].kind if self.has(i) else ""

    def text(self, i: int) -> str:
        return self.tokens[i].text if self.has(i) else ""

    def number(self, i: int, max_digits: int = 7) -> int | None:
        """The value of a number token at i (ordinal suffix dropped), if it has few enough digits."""
        if self.kind(i) != "number":
            return None
        digits = self.text(i).rstrip("stndrhSTNDRH")
        if len(digits) > max_digits:
            return None
        return int(digits)

    def skip(self, i: int, *texts: str) -> int:
        """Step over one token at i if its text is one of ``texts``."""
        return i + 1 if self.text(i).lower() in texts else i


def _month_at(cur: _Cursor, i: int) -> int | None:
    if cur.kind(i) != "month":
        return None
    return MONTH_OF_WORD[month_key(cur.text(i))][0]


def _plain_number(cur: _Cursor, i: int) -> bool:
    """A number with no ordinal suffix (years and dual-year parts)."""
    return cur.kind(i) == "number" and cur.text(i).isdigit()


# --- the grammar ------------------------------------------------------------------


def _read_loose(cur: _Cursor, i: int) -> tuple[_Part, int] | None:
    """A day with its month in either order, or a bare day: "25 October", "October 25th", "5"."""
    if cur.kind(i) in _WHOLE_DATES:
        return _read_whole(cur, i)
    month = _month_at(cur, i)
    if month is not None:
        day = cur.number(i + 1, 2)
        if day is None or not 1 <= day <= 31:
            return None
        return _Part(day, month, cur.tokens[i + 1], cur.tokens[i], order="mdy"), i + 2
    day = cur.number(i, 2)
    if day is None or not 1 <= day <= 31:
        return None
    j = cur.skip(i + 1, ".")  # German "7. November"
    k = cur.skip(j, "of")  # "the 24th of March"
    month = _month_at(cur, k)
    if month is not None:
        return _Part(day, month, cur.tokens[i], cur.tokens[k]), k + 1
    return _Part(day, None, cur.tokens[i]), j


def _read_whole(cur: _Cursor, i: int) -> tuple[_Part, int]:
    """A date in one token: ISO "1917-10-25" (signed years too) or numeric "25.10.1917"."""
    token = cur.tokens[i]
    if token.kind == "numeric":
        day_text, month_text, year_text = token.text.split(".")
        year = int(year_text)
    else:
        sign = -1 if token.text.startswith("-") else 1
        year_text, month_text, day_text = token.text.lstrip("+-").split("-")
        year = sign * int(year_text)
    part = _Part(int(day_text), int(month_text), token, token, order=token.kind, year=year)
    part.year_start, part.year_end = token.start, token.end
    return part, i + 1


def _read_year(cur: _Cursor, i: int, part: _Part) -> int:
    """Read a year into ``part`` at i ("1917", "1731/32", "44 BC"); return the next index."""
    j = cur.skip(i, ",")
    if not _plain_number(cur, j):
        return i
    year = int(cur.text(j))
    end = j + 1
    # "1731/32" is a dual year, but in "25 December 1916/7 January 1917"
    # the slash starts the other half.
    if cur.text(end) == "/" and _plain_number(cur, end + 1) and _month_at(cur, end + 2) is None:
        try:
            complete_dual_year(year, cur.text(end + 1))
        except OldstyleError:
            pass
        else:
            part.dual_year = True
            end += 2
    if cur.kind(end) == "era":
        if ERA_OF_WORD.get(marker_key(cur.text(end))) == "bc":
            if part.dual_year:
                return i
            year = 1 - year
        end += 1
    part.year = year
    part.year_start, part.year_end = cur.tokens[j].start, cur.tokens[end - 1].end
    if cur.kind(end) == "year_word":  # "1917 года": read, but not part of the year's own text
        end += 1
    return end


def _read_full(cur: _Cursor, i: int) -> tuple[_Part, int] | None:
    found = _read_loose(cur, i)
    if found is None:
        return None
    part, j = found
    if part.order in _WHOLE_DATES or part.month is None:
        return part, j
    j = _read_year(cur, j, part)
    part.own_year = part.year is not None
    return part, j


def _read_markers(cur: _Cursor, i: int, found: list[Token]) -> int:
    """Labels right after a date: "O.S.", "(N.S.)", ", Old Style"; appended to ``found``."""
    j = cur.skip(i, ",")
    if cur.kind(j) == "marker":
        found.append(cur.tokens[j])
        return j + 1
    if cur.kind(j) == "open" and cur.kind(j + 1) == "marker" and cur.kind(j + 2) == "close":
        found.append(cur.tokens[j + 1])
        return j + 3
    return i


@dataclass
class _Group:
    """A bracket after the first half: the other half and the labels around it."""

    inner: _Part | None
    before: list[Token]
    after: list[Token]
    square: bool
    words: int
    end: int
    # Words between the last label and the inner date ("Old Style calendar,
    # which corresponds to 7 November") tie that label to the outer date.
    words_before_inner: int = 0


def _read_group(cur: _Cursor, i: int) -> _Group | None:
    """A bracket such as "(O.S.; 7 November N.S.)" or "[O.S. 25 October]", or None."""
    if cur.kind(i) != "open":
        return None
    group = _Group(None, [], [], cur.text(i) == "[", 0, i)
    depth = 0
    j = i + 1
    limit = i + _MAX_GROUP_TOKENS
    while j < limit:
        kind = cur.kind(j)
        if not kind:
            return None
        if kind == "close":
            if depth == 0:
                group.end = j + 1
                return group if group.inner is not None or group.before else None
            depth -= 1
        elif kind == "open":
            depth += 1
        elif kind == "marker":
            (group.after if group.inner is not None else group.before).append(cur.tokens[j])
            group.words_before_inner = 0
        elif kind in _DATE_STARTS:
            if group.inner is not None:
                return None
            found = _read_full(cur, j)
            if found is None:
                return None
            group.inner, j = found
            continue
        elif kind == "word":
            group.words += 1
            if group.inner is None:
                group.words_before_inner += 1
        elif kind == "other" and cur.text(j) not in {".", ":", "-", "–", "—"}:
            return None
        j += 1
    return None


def read_at(tokens: list[Token], i: int, more: Callable[[], bool] | None = None) -> Reading | None:
    """Read one date or dual date starting at token i, or None if none starts there.

    A weekday may come first ("Sunday, 25 October 1917"); it is kept in
    :attr:`Reading.weekday` for the caller to check.  ``more``, if given,
    appends further tokens to ``tokens`` when the grammar needs to look past
    the end (returning False at the end of text).
    """
    cur = _Cursor(tokens, more)
    if cur.kind(i) != "weekday":
        return _read_date(cur, i)
    reading = _read_date(cur, cur.skip(i + 1, ","))
    if reading is None:
        return None
    return replace(reading, start=tokens[i].start, weekday=tokens[i])


def _read_date(cur: _Cursor, i: int) -> Reading | None:
    found = _read_full(cur, i)
    if found is None:
        return None
    first, j = found
    if cur.text(j) == "/":
        return _read_slash(cur, i, first, j + 1)
    markers: list[Token] = []
    j = _read_markers(cur, j, markers)
    group = _read_group(cur, cur.skip(j, ","))
    if group is None:
        if first.year is None and first.order not in _WHOLE_DATES:
            return None
        return _single(cur, i, j, first, markers)
    j = group.end
    if group.inner is None:  # "(O.S.)" after a date without its year yet
        markers.extend(group.before)
        j = _read_shared(cur, j, first, None)
        return _single(cur, i, j, first, markers) if first.year is not None else None
    j = _read_shared(cur, j, first, group.inner)
    if first.year is None and group.inner.year is None:
        return None
    if first.month is None or group.inner.month is None:
        return None
    cal1, cal2 = _group_calendars(markers, group)
    style = _group_style(first, group, cal1)
    all_markers = (*markers, *group.before, *group.after)
    return _settle(cur, i, j, [first, group.inner], [cal1, cal2], style, bool(all_markers), all_markers)


def _read_shared(cur: _Cursor, j: int, first: _Part, inner: _Part | None) -> int:
    """After a bracket: a shared month ("5 (18) января") and a shared year."""
    if first.month is None:
        k = cur.skip(j, ",")
        month = _month_at(cur, k)
        if month is None:
            return j
        first.month, first.month_token = month, cur.tokens[k]
        if inner is not None and inner.month is None:
            inner.month, inner.month_token = month, cur.tokens[k]
        j = k + 1
    if first.year is None:
        return _read_year(cur, j, first)  # written once for both halves: not own_year
    return j


def _read_slash(cur: _Cursor, i: int, first: _Part, j: int) -> Reading | None:
    """The rest of "25 October/7 November 1917", "5/18 January 1918", "November 12/25, 1917"."""
    found = _read_full(cur, j)
    if found is None:
        return None
    second, j = found
    if (first.order in _WHOLE_DATES) != (second.order in _WHOLE_DATES):
        return None  # "12/1917-10-25" mixes a bare day with an ISO date
    if first.month is None and second.month is not None:
        first.month, first.month_token = second.month, second.month_token
    if second.month is None:
        second.month, second.month_token = first.month, first.month_token
        j = _read_year(cur, j, first) if first.year is None else j
    if first.month is None or (first.year is None and second.year is None):
        return None
    if first.year is None:
        second.own_year = False  # "25 October/7 November 1917": one year for both
    shared_month = first.month_token is second.month_token
    style = "fraction" if shared_month else "slash"
    markers: list[Token] = []
    j = _read_markers(cur, j, markers)
    return _settle(cur, i, j, [first, second], [None, None], style, False, tuple(markers))


def _group_calendars(markers: list[Token], group: _Group) -> tuple[str | None, str | None]:
    """Which calendar each half is in, from the labels around and inside the bracket."""
    outer = _calendars(markers)
    before, after = _calendars(group.before), _calendars(group.after)
    if outer:
        inner = after or before
        return outer[0], inner[-1] if inner else _OPPOSITE[outer[0]]
    if before and after:
        return before[0], after[-1]
    labels = before or after
    if len(labels) >= 2:
        return labels[0], labels[-1]
    if before and group.words_before_inner:
        return labels[0], _OPPOSITE[labels[0]]
    if labels:
        return _OPPOSITE[labels[0]], labels[0]
    return None, None


def _calendars(tokens: list[Token]) -> list[str]:
    """Distinct calendars of labels in order ("Julian or Old Style" is one)."""
    out: list[str] = []
    for token in tokens:
        cal = CALENDAR_OF_MARKER[marker_key(token.text)]
        if not out or out[-1] != cal:
            out.append(cal)
    return out


def _group_style(first: _Part, group: _Group, cal1: str | None) -> str:
    if first.order in _WHOLE_DATES:
        return first.order
    if group.square:
        return "os-bracket" if cal1 == "julian" else "bracket"
    if not (group.before or group.after):
        return "russian"
    if group.words:
        return "prose"
    if first.order == "mdy":
        return "us" if cal1 == "julian" else "britannica"
    return "os-ns" if cal1 == "julian" else "ns-os"


def _single(cur: _Cursor, i: int, j: int, part: _Part, markers: list[Token]) -> Reading | None:
    cals = _calendars(markers)
    if cals:
        style = "marked"
        cal: str | None = cals[0]
    elif part.dual_year:
        style, cal = "dual-year", "julian"
    else:
        style, cal = "plain", None
    return _settle(cur, i, j, [part], [cal], style, bool(cals), tuple(markers))


# --- settling years and calendars ------------------------------------------------


def _settle(
    cur: _Cursor,
    i: int,
    j: int,
    parts: list[_Part],
    calendars: list[str | None],
    style: str,
    marked: bool,
    markers: tuple[Token, ...],
) -> Reading:
    """Give each half its calendar and 1-January year; build the reading."""
    if len(parts) == 1:
        halves: tuple[Half, ...] = (_settle_one(parts[0], calendars[0]),)
    else:
        halves = _settle_dual(parts, calendars)
    dual_year = any(p.dual_year for p in parts)
    start, end = cur.tokens[i].start, cur.tokens[j - 1].end
    return Reading(start, end, j, halves, style, marked, dual_year, markers)


def _settle_dual(parts: list[_Part], calendars: list[str | None]) -> tuple[Half, ...]:
    """Settle two halves, trying the readings a writer may have meant."""
    cal1 = calendars[0] or "julian"
    halves = _settle_pair(parts, cal1, calendars[1] or _OPPOSITE[cal1])
    if _same_day(halves):
        return halves
    if calendars == [None, None]:
        swapped = _settle_pair(parts, "gregorian", "julian")
        if _same_day(swapped):
            return swapped
    return _lady_day_reading(parts, halves) or halves


def _lady_day_reading(parts: list[_Part], halves: tuple[Half, ...]) -> tuple[Half, ...] | None:
    """ "17 January 1706 [O.S. 6 January 1705]": an O.S. year that began on 25 March."""
    for index, half in enumerate(halves):
        part = parts[index]
        if half.calendar == "julian" and part.own_year and not part.dual_year and part.year is not None:
            moved = _half(part, "julian", january_year(part.year, half.label[1], half.label[2], "lady_day"))
            candidate = tuple(moved if i == index else h for i, h in enumerate(halves))
            if moved.label != half.label and _same_day(candidate):
                return candidate
    return None


def _same_day(halves: tuple[Half, ...]) -> bool:
    days = [h.date for h in halves]
    return all(d is not None for d in days) and len({d.toordinal() for d in days if d is not None}) == 1


def _settle_one(part: _Part, calendar: str | None) -> Half:
    assert part.year is not None
    assert part.month is not None
    return _half(part, calendar or "unmarked", _label_year(part, part))


def _settle_pair(parts: list[_Part], cal1: str, cal2: str) -> tuple[Half, ...]:
    """Years for two halves: own years first, then the shared one, then the nearest."""
    cals = (cal1, cal2)
    halves: list[Half | None] = [None, None]
    for index, part in enumerate(parts):
        if part.own_year:
            halves[index] = _half(part, cals[index], _label_year(part, part))
    shared = next((p for p in parts if p.year is not None and not p.own_year), None)
    if shared is not None and halves == [None, None]:
        # A year written once belongs to the Julian half (its year-start applies).
        index = cals.index("julian") if "julian" in cals else 0
        halves[index] = _half(parts[index], cals[index], _label_year(shared, parts[index]))
    for index in (0, 1):
        if halves[index] is None:
            other = halves[1 - index]
            assert other is not None
            halves[index] = _nearest(parts[index], cals[index], other)
    return tuple(h for h in halves if h is not None)


def _label_year(source: _Part, part: _Part) -> int:
    """The 1-January year of ``part`` from the year written with ``source``."""
    assert source.year is not None
    assert part.month is not None
    if source.dual_year:
        return january_year(source.year, part.month, part.day, "lady_day")
    return source.year


def _half(part: _Part, calendar: str, year: int) -> Half:
    assert part.month is not None
    label = (year, part.month, part.day)
    date, error = _make_date(calendar, label)
    span = (part.year_start, part.year_end) if part.own_year else None
    return Half(
        calendar, label, date, error, part.day_token, part.month_token, part.order, part.own_year, span
    )


def _make_date(
    calendar: str, label: tuple[int, int, int]
) -> tuple[JulianDate | GregorianDate | None, str | None]:
    try:
        if calendar == "gregorian":
            return GregorianDate(*label), None
        if calendar == "swedish":
            return _swedish(label), None
        return JulianDate(*label), None
    except OldstyleError as error:
        return None, str(error)


def _swedish(label: tuple[int, int, int]) -> JulianDate | None:
    """The day of a Swedish-calendar label (1700-1712), if oldstyle.sweden is available."""
    try:
        from oldstyle import sweden
    except ImportError:
        return None
    return JulianDate.fromordinal(sweden.swedish_to_ordinal(*label))


def _nearest(part: _Part, calendar: str, other: Half) -> Half:
    """The half whose year is written elsewhere: the year that puts it nearest the other half's day."""
    base = other.label[0]
    best: Half | None = None
    for year in (base, base - 1, base + 1):
        candidate = _half(part, calendar, year)
        if candidate.date is None or other.date is None:
            best = best or candidate
            continue
        gap = abs(candidate.date.toordinal() - other.date.toordinal())
        if best is None or best.date is None or gap < abs(best.date.toordinal() - other.date.toordinal()):
            best = candidate
    assert best is not None
    return best


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
    ``"dual-year"``, ``"plain"``, ``"prose"``, ``"ns-os"``); ``consistent``
    says whether the two halves name the same day.
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


def parse(text: str) -> ParsedDate:
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
        raise DateParseError(_not_understood(text, tokens, reading))
    if lead:
        reading = _with_leading_label(reading, lead[0])
    return _parsed(text, reading)


def _with_leading_label(reading: Reading, label: Token) -> Reading:
    """ "O.S. 25 October 1917": a label before a single date."""
    if len(reading.halves) != 1 or reading.marked:
        raise DateParseError(
            f"{label.text!r} before a dual or labelled date is ambiguous: put it after the date"
        )
    cal = CALENDAR_OF_MARKER[marker_key(label.text)]
    half = reading.halves[0]
    date, error = _make_date(cal, half.label)
    settled = Half(
        cal, half.label, date, error, half.day_token, half.month_token, half.order, True, half.year_span
    )
    return Reading(
        label.start, reading.end, reading.next_index, (settled,), "marked", True, reading.dual_year, (label,)
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
    words = [token.text for token in tokens if token.kind == "word" and len(token.text) >= 4]
    for word in words[:12]:  # a date has few words; garbage may have a million
        close = difflib.get_close_matches(month_key(word), FULL_MONTH_NAMES, n=1, cutoff=0.8)
        if close:
            return f" (is {word!r} {FULL_MONTH_NAMES[close[0]]}?)"
    return ""


def _not_understood(text: str, tokens: list[Token], reading: Reading | None) -> str:
    """A message saying which part of ``text`` could not be read."""
    shown = text.strip()[:80]
    examples = "e.g. '25 October 1917 O.S.', '1917-10-25' or '25 October (O.S.; 7 November N.S.) 1917'"
    if not tokens:
        return f"no date in {shown!r}: expected a day, a month and a year, {examples}"
    if reading is None:
        inner = _first_inner_reading(tokens)
        if inner is not None:
            found = text[inner.start : inner.end]
            return (
                f"{shown!r} has words before its date {found!r}: parse reads one date on its own;"
                " use oldstyle.scan() to find the dates in running text"
            )
    if reading is not None:
        extra = tokens[reading.next_index]
        read = text[: reading.end]
        return f"{shown!r}: read a date up to {read!r}, but {extra.text!r} after it was not understood"
    kinds = {t.kind for t in tokens}
    if "month" not in kinds and not kinds & _WHOLE_DATES:
        return (
            f"{shown!r} has no month{_month_hint(tokens)}: a day, a month and a year are needed, {examples}"
        )
    if "number" not in kinds:
        return f"{shown!r} has no day or year: a day, a month and a year are needed, {examples}"
    return f"{shown!r} was not understood as a date (is the year missing?): {examples}"
