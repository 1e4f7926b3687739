"""The grammar of written dates: tokens to the parts of a date, before any calendar arithmetic.

The grammar is hand-written over the tokens of :mod:`oldstyle.patterns`.  It
reads every style :func:`oldstyle.formatting.format_dual` writes and the
looser forms real pages use ("12 November (O.S., 25 November, (N.S.)) 1917",
"November 8 (19), 1711", "8(19).11.1711", "the 24th of March 1603").  It
never looks further than a bounded number of tokens, so it runs in linear
time.  Its answer is a :class:`Draft`: the halves as written, as frozen
:class:`Part` s, with the calendars their labels name;
:mod:`oldstyle.settling` turns a draft into days.

Decisions, so readers need not guess:

* Day, month and year are all needed for a date on its own; a dual date
  may write its year once ("25 October/7 November 1917"), and its other
  half may be a bare day ("November 8 (19), 1711"), whose month is the
  first half's or the next one.
* A label written before the other half with words between belongs to that
  half ("[recorded as Old Style as 28 August]") unless a comma or semicolon
  parts them ("(by the Old Style calendar, which corresponds to ...)").
* A bracket whose date lies more than :data:`oldstyle.brackets._MAX_PAIR_MONTHS` months from
  the first date, each with its own year, holds another date, not the other
  half ("10 October 1721 O.S. (1 July 1690)"): no wrong pair is that far
  out (a wrong gap is days off, a month boundary a month, a year boundary or
  a Lady Day year one year).  The first date is read alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, TypeVar

from oldstyle.brackets import (
    DAY_RANGE_DASHES,
    Group,
    counted,
    ends_range,
    gloss,
    read_group,
    restated,
    skip_note,
    two_dates,
    whole,
)
from oldstyle.cursor import Cursor, Part, month_at
from oldstyle.halves import (
    COMMA,
    DAY_MONTH_LINKS,
    WHOLE_DATES,
    read_full,
    read_markers,
    read_year,
    sub_token,
    valid_day_month,
)
from oldstyle.patterns import Token, touching
from oldstyle.wordtables import CALENDAR_OF_MARKER, marker_key

__all__ = ["OPPOSITE", "WHOLE_DATES", "Cursor", "Draft", "Part", "built", "calendars_of", "read_draft"]

OPPOSITE: Final[dict[str, str]] = {"julian": "gregorian", "gregorian": "julian", "swedish": "julian"}


_Record = TypeVar("_Record")


def built(cls: type[_Record], **fields: object) -> _Record:
    """An instance of the frozen dataclass ``cls`` with every one of its ``fields`` given by name.

    What ``cls(**fields)`` makes, several times faster: a frozen dataclass's own
    ``__init__`` sets each field through ``object.__setattr__`` (1.4 µs for a
    :class:`oldstyle.settling.Half`), and the reader makes two halves, a reading and a mention
    for every date it finds, beside a :class:`Draft` for each.  The caller gives
    every field, defaults too (``tests/test_settling.py`` checks the records the
    reader builds).
    """
    record: _Record = object.__new__(cls)
    record.__dict__.update(fields)
    return record


@dataclass(frozen=True)
class Draft:
    """What the grammar read at one place: the parts in the order written, and their labels."""

    first: int  # index of the first token
    next_index: int  # index of the first token after the reading
    parts: tuple[Part, ...]
    calendars: tuple[str | None, ...]  # per part: the calendar its labels name, if any
    style: str
    marked: bool
    markers: tuple[Token, ...] = ()
    # A lifespan's first end pairs with the first date of the range in the bracket after its
    # last end: the reading ends there, though reading goes on after the first end.
    reach: int = 0

    @property
    def end_index(self) -> int:
        """The index after the last token of the reading's text."""
        return max(self.next_index, self.reach)


# --- whole readings -----------------------------------------------------------------


def read_draft(
    tokens: list[Token], i: int, more: Callable[[], bool] | None = None, *, yearless: bool = False
) -> Draft | None:
    """Read one date or dual date starting at token i, or None if none starts there.

    ``more``, if given, appends further tokens to ``tokens`` when the grammar
    needs to look past the end (returning False at the end of text).
    With ``yearless``, a date whose year is written elsewhere ("on 25
    October", "7 November (25 October O.S.)") is read too, with no year.
    """
    if _starts_no_date(tokens, i):
        return None
    cur = Cursor(tokens, more)
    cur.yearless = yearless
    if cur.kind(i) == "paired":
        return _read_paired(cur, i)
    found = read_full(cur, i)
    if found is None:
        return None
    first, j = found
    sign = cur.text(j)
    if sign == "?" and cur.text(j + 1) == "/" and touching(cur.tokens, j - 1):
        # Polish Wikipedia's "30 maja?/9 czerwca 1672": "?" links to a note on the calendars
        j, sign = j + 1, "/"
    if sign == "/" and cur.kind(j + 1) == "marker":
        j += 1  # Romanian "27 martie/stil vechi (9 aprilie stil nou) 1918": the slash sets off a label
    elif sign == "/":
        return _read_slash(cur, i, first, j + 1)
    j = skip_note(cur, skip_note(cur, j, first), first)
    markers, j = read_markers(cur, j)
    ranged = ends_range(cur, i)
    if ranged:
        first = first._replace(range_start=cur.tokens[i - 2])
    group = read_group(cur, cur.skip(j, COMMA), ranged)
    if group is not None and (counted(first, group) or gloss(markers, group)):
        group = None  # "25 October 1917 (3) letters", "(the new year then starting with March 25th)"
    if group is not None and group.range_first is not None and not _lifespan_end(cur, i, markers, group):
        group = None  # a range of dates in a bracket pairs with a labelled range outside it, not one date
    if group is None and cur.text(j) in DAY_RANGE_DASHES and whole(first):
        lifespan = _lifespan_start(cur, i, first, markers, j)
        if lifespan is not None:
            return lifespan
    if group is None:
        if first.year is None and first.month is not None and markers:  # "January 17 (old style) 1860"
            first, j = read_year(cur, j, first, own=True)
        if not _has_year(cur, first):
            return None
        return _single(i, j, first, markers)
    if group.inner is None:  # "(O.S.)" after a date without its year yet
        first, j = _read_shared(cur, group.end, first)
        if not _has_year(cur, first):
            return None
        return _single(i, j, first, (*markers, *group.before))
    labels = (*markers, *group.before, *group.after)
    if two_dates(first, group.inner, bool(labels)):  # "10 October 1721 O.S. (1 July 1690)"
        return _single(i, j, first, markers)
    if restated(first, group, labels):
        return _single(i, group.end, first, markers)  # "9 June 1672 (1672-06-09)"
    return _read_bracketed(cur, i, first, markers, group, labels)


def _starts_no_date(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` is a number that starts no date for what follows it: a plain word
    ("22 boys", "page 5 and"), a comma and then neither a label nor a bracket ("table 12,
    columns"), or a word that may link a day to its month with no month after it ("page 5 of
    the"), but not one that does ("the 24th of March", "the 11th day of February").  The
    grammar reads such a number as a bare day (or no day) with neither month nor year, nor a
    label or bracket after it, and gives up, after about 3.5 µs (most numbers of prose).

    This test looks at no token the grammar would not (it reads a comma's next token for a
    label or bracket too), and asks for none past those already read: a window that reads on
    decides what is read around it.
    """
    if i + 1 >= len(tokens) or tokens[i].kind != "number":
        return False
    after = tokens[i + 1]
    loaded = i + 2 < len(tokens)
    if after.kind == "word":
        word = after.text.lower()
        if word not in _LINKS_TO_MONTH:
            return True
        # "page 5 of the second": a link with no month after it links nothing
        return word in DAY_MONTH_LINKS and loaded and tokens[i + 2].kind != "month"
    return after.text == "," and loaded and tokens[i + 2].kind not in _AFTER_DAY_COMMA


_LINKS_TO_MONTH: Final = DAY_MONTH_LINKS | {"day"}
_AFTER_DAY_COMMA: Final = frozenset({"marker", "open"})  # "5, O.S.", "5, (O.S.)", "5, (18 January)"


def _lifespan_end(cur: Cursor, i: int, markers: tuple[Token, ...], group: Group) -> bool:
    """Whether the date at ``i`` ends a range of dates (after a dash and a year) and a calendar
    label names a half: unlabelled, "1 March – 2 April 1901 (catalogue 14 May – 20 June)" is
    four dates."""
    labelled = bool(markers or group.before or group.after)
    return labelled and i >= 2 and cur.text(i - 1) in DAY_RANGE_DASHES and cur.kind(i - 2) == "number"


def _lifespan_start(cur: Cursor, i: int, first: Part, markers: tuple[Token, ...], j: int) -> Draft | None:
    """The first end of "8 February 1834 – 2 February 1907 [O.S. 27 January 1834 – 20 January
    1907]" paired with the first date of the bracket's range (the last ends pair when the reading
    reaches the last end); the first end alone, with the label, if a label follows the last end and
    no bracket; None if neither follows the range's last end."""
    found = read_full(cur, j + 1)
    if found is None or not whole(found[0]):
        return None
    last_markers, k = read_markers(cur, skip_note(cur, found[1], found[0]))
    group = read_group(cur, cur.skip(k, COMMA))
    if group is None and last_markers and not markers:
        return _single(i, j, first, last_markers)  # "(8 March 1796 – 7 October 1872 OS)": both ends O.S.
    markers = (*markers, *last_markers)  # "20 January 1907 O.S. (8 February 1834 – ...)" labels both ends
    other = None if group is None else group.range_first
    if group is None or other is None or two_dates(first, other):
        return None
    if not (markers or group.before or group.after):
        return None
    calendars = _group_calendars(markers, group)
    labels = (*markers, *group.before, *group.after)
    style = _group_style(first, group, calendars[0])
    return _bracketed_pair(i, j, (first, other), calendars, style, labels, reach=group.range_first_end)


def _has_year(cur: Cursor, *parts: Part) -> bool:
    """Whether one of ``parts`` has its year, or the reader takes dates without one."""
    if parts[0].year is not None or parts[-1].year is not None:  # one part, or two
        return True
    return cur.yearless and all(part.month is not None for part in parts)


def _read_bracketed(
    cur: Cursor, i: int, first: Part, markers: tuple[Token, ...], group: Group, labels: tuple[Token, ...]
) -> Draft | None:
    """The pair of ``first`` and the date in its bracket; ``labels``: the labels outside and inside it."""
    inner = group.inner
    assert inner is not None
    if first.month is not None and inner.month is None:  # "November 8 (19), 1711"
        inner = inner._replace(month=first.month, month_token=first.month_token, month_borrowed=True)
    first, j = _read_shared(cur, group.end, first)
    if first.month is None and inner.month is not None:
        if not (group.before or group.after) or first.year is not None:
            return None
        # "23 (4 февраля по новому стилю)": the bare day before a labelled bracket borrows
        # its month, or the month before, whichever puts the two days nearer.
        first = first._replace(month=inner.month, month_token=inner.month_token, month_borrowed=True)
        first, j = read_year(cur, j, first, own=False)
    if inner.month is None and first.month is not None:  # "5 (18) января"
        inner = inner._replace(month=first.month, month_token=first.month_token)
    if first.month is None or not _has_year(cur, first, inner):
        return None
    calendars = _group_calendars(markers, group)
    return _bracketed_pair(i, j, (first, inner), calendars, _group_style(first, group, calendars[0]), labels)


def _bracketed_pair(
    i: int,
    j: int,
    parts: tuple[Part, Part],
    calendars: tuple[str | None, ...],
    style: str,
    labels: tuple[Token, ...],
    *,
    reach: int = 0,
) -> Draft:
    """The draft of a date and the other half in its bracket, marked by the labels around both."""
    return built(
        Draft,
        first=i,
        next_index=j,
        parts=parts,
        calendars=calendars,
        style=style,
        marked=bool(labels),
        markers=labels,
        reach=reach,
    )


def _read_shared(cur: Cursor, j: int, first: Part) -> tuple[Part, int]:
    """After a bracket: a shared month ("5 (18) января") and a year written once for both."""
    if first.month is None:
        k = cur.skip(cur.skip(j, COMMA), DAY_MONTH_LINKS)  # "the 5th (17th) of January"
        month = month_at(cur, k)
        if month is None:
            return first, j
        first = first._replace(month=month, month_token=cur.tokens[k])
        j = k + 1
    if first.year is None:
        return read_year(cur, j, first, own=False)
    return first, j


def _read_slash(cur: Cursor, i: int, first: Part, j: int) -> Draft | None:
    """The rest of "25 October/7 November 1917", "5/18 January 1918", "November 12/25, 1917"."""
    found = read_full(cur, j)
    if found is None:
        return None
    second, end = found
    if first.order == "mdy" and second.order == "dmy" and second.month is not None and first.year is None:
        # "July 12/22 Aug. 14/24 1688": after a month-first day, a day before a month word is the
        # day-only other half, and the month opens the next date
        second, end = Part(day=second.day, month=None, day_token=second.day_token), j + 1
    j = end
    if first.month is None and second.order == "mdy":
        return None  # "18/28 Oct 25/Nov 4": the bare day's month is the one before it, not "Nov"
    if first.own_year and second.month is None:
        return None  # "11 February 1732/31" is a wrong dual year, not a day of another half
    if (first.order in WHOLE_DATES) != (second.order in WHOLE_DATES):
        return None  # "12/1917-10-25" mixes a bare day with an ISO date
    if first.month is None and second.month is not None:
        first = first._replace(month=second.month, month_token=second.month_token)
    if second.month is None:
        second = second._replace(month=first.month, month_token=first.month_token)
        if first.year is None:
            first, j = read_year(cur, j, first, own=False)
    if first.month is None or not _has_year(cur, first, second):
        return None
    if first.year is None:
        second = second._replace(own_year=False)  # "25 October/7 November 1917": one year for both
    style = "fraction" if first.month_token is second.month_token else "slash"
    markers, j = read_markers(cur, j)
    return built(
        Draft,
        first=i,
        next_index=j,
        parts=(first, second),
        calendars=(None, None),
        style=style,
        marked=False,
        markers=markers,
        reach=0,
    )


def _read_paired(cur: Cursor, i: int) -> Draft | None:
    """The Russian numeric forms in one token: "8(19).11.1711" and "25.10(7.11).1917"."""
    token = cur.tokens[i]
    text = token.text
    head, rest = text.split("(")
    inside, tail = rest.split(")")
    year_text = tail.rsplit(".", 1)[1]
    year_offset = len(text) - len(year_text)
    year_span = (token.start + year_offset, token.end)
    shared_month = "." not in head
    if not shared_month:  # "25.10(7.11).1917", "31.01 (12.02).1809"
        day1, month1 = head.rstrip().split(".")
        day2, month2 = inside.split(".")
        offsets = (0, len(day1) + 1, len(head) + 1, len(head) + 2 + len(day2))
    else:  # "8(19).11.1711": one month for both
        day1, day2, month1 = head, inside, tail.split(".")[1]
        month2 = month1
        offsets = (0, len(head) + len(inside) + 3, len(head) + 1, len(head) + len(inside) + 3)
    if not (valid_day_month(int(day1), int(month1)) and valid_day_month(int(day2), int(month2))):
        return None
    if head != head.rstrip() and int(month2) not in (int(month1), int(month1) % 12 + 1):
        return None  # spaced, "1.2 (3.4).1809" is a section number: a dual date's months are one apart
    month_token1 = sub_token(token, offsets[1], month1)
    month_token2 = month_token1 if shared_month else sub_token(token, offsets[3], month2)
    year = int(year_text)
    first = Part(
        day=int(day1),
        month=int(month1),
        day_token=sub_token(token, 0, day1),
        month_token=month_token1,
        year=year,
        year_span=year_span,
    )
    second = Part(
        day=int(day2),
        month=int(month2),
        day_token=sub_token(token, offsets[2], day2),
        month_token=month_token2,
    )
    return built(
        Draft,
        first=i,
        next_index=i + 1,
        parts=(first, second),
        calendars=(None, None),
        style="russian-numeric",
        marked=False,
        markers=(),
        reach=0,
    )


def _group_calendars(markers: tuple[Token, ...], group: Group) -> tuple[str | None, str | None]:
    """Which calendar each half is in, from the labels around and inside the bracket."""
    outer = calendars_of(markers)
    before, after = calendars_of(group.before), calendars_of(group.after)
    if outer:
        inner = after or before
        return outer[0], inner[-1] if inner else _unmarked_opposite(outer[0])
    if before and after:
        return before[0], after[-1]
    labels = before or after
    if len(labels) >= 2:
        return labels[0], labels[-1]
    if before and group.label_is_outer:
        return labels[0], _unmarked_opposite(labels[0])
    if labels:
        return _unmarked_opposite(labels[0]), labels[0]
    return None, None


def _unmarked_opposite(calendar: str) -> str | None:
    """The calendar of an unlabelled half beside a labelled one; None beside a Swedish date,
    which was written beside a Julian or a Gregorian day (settling tries both)."""
    return None if calendar == "swedish" else OPPOSITE[calendar]


def calendars_of(tokens: tuple[Token, ...] | list[Token]) -> list[str]:
    """Distinct calendars of labels in order ("Julian or Old Style" is one)."""
    out: list[str] = []
    for token in tokens:
        cal = CALENDAR_OF_MARKER[marker_key(token.text)]
        if not out or out[-1] != cal:
            out.append(cal)
    return out


def _group_style(first: Part, group: Group, cal1: str | None) -> str:
    if first.order in WHOLE_DATES:
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


def _single(i: int, j: int, part: Part, markers: tuple[Token, ...]) -> Draft:
    cals = calendars_of(markers)
    if cals:
        style, cal = "marked", cals[0]
    elif part.dual_year:
        style, cal = "dual-year", "julian"
    else:
        style, cal = "plain", None
    return built(
        Draft,
        first=i,
        next_index=j,
        parts=(part,),
        calendars=(cal,),
        style=style,
        marked=bool(cals),
        markers=markers,
        reach=0,
    )
