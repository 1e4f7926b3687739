"""One half of a written date: tokens to a :class:`Part` (day, month, year as written).

The readers here are the leaves of :mod:`oldstyle.grammar`: "25 October",
"October 25th", "the 24th of March", "10 de septiembre", "08.02.",
"1917-10-25", "25.10.1917", and the year after them ("1917", "1731/32",
"44 BC", "в 1828 году").  Each reads a bounded number of tokens and returns
a new frozen :class:`Part`; none changes one in place.

* Numbers with dots are day.month.year ("25.10.1917"), never month first;
  a month outside 1..12 or a day outside 1..31 is not a date.
* A long run of digits running into a day and month ("183928 March", two
  dates glued by a scraper) is not a year.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from oldstyle.core import read_iso
from oldstyle.cursor import Cursor, Part, month_at, number_of
from oldstyle.errors import OldstyleError
from oldstyle.patterns import Token, touching
from oldstyle.wordtables import (
    ERA_OF_WORD,
    marker_key,
)
from oldstyle.yearstart import complete_dual_year

__all__ = [
    "COMMA",
    "DAY_MONTH_LINKS",
    "WHOLE_DATES",
    "bare_dual_year",
    "opens_next",
    "read_full",
    "read_loose",
    "read_markers",
    "read_year",
    "sub_token",
    "valid_day_month",
    "with_year",
]

# Token kinds that hold a whole date: "1917-10-25" and "25.10.1917".
WHOLE_DATES: Final = frozenset({"iso", "numeric"})
# Small words that stand between a day and its month or year: "10 de
# septiembre", "1 de julho de 1690", "в 1828 году", "the 24th of March".
DAY_MONTH_LINKS: Final = frozenset({"of", "de", "del", "di"})
_YEAR_LINKS: Final = frozenset({"de", "del", "в", "во"})
_YEAR_NOUNS: Final = frozenset({"año"})  # "6 de abril del año 30 d.C."
_BEFORE_YEAR: Final = frozenset({","}) | _YEAR_LINKS | _YEAR_NOUNS  # what read_year steps over
# What read_year looks at after a year: a dual year's slash or dash ("1731/32", "1705-6"), an
# ordinal dot ("1834."), a case ending's apostrophe ("1909'da"), an era or a year word.
_AFTER_YEAR_SIGNS: Final = frozenset({"/", "-", "–", ".", "'", "’"})
_AFTER_YEAR_KINDS: Final = frozenset({"era", "year_word"})
_YEAR_DIGITS: Final = 4
_BRACKET_MONTH: Final = (3, 4)  # where a bracketed half's month stands: "(7 ноября)", "(7. November)"
COMMA: Final = frozenset({","})
_DOT: Final = frozenset({"."})
# Russian, Ukrainian and Belarusian ordinal endings after a hyphen: "25-го октября", "1-е мая".
_HYPHEN_ORDINALS: Final = frozenset({"го", "е", "ого", "ое", "ье", "ього", "га"})
# Hungarian case endings after a day that follows its month ("november 7-én", "április 25-ig").
_HYPHEN_CASE_ENDINGS: Final = frozenset({"én", "án", "jén", "ján", "i", "ji", "ig", "jéig", "jáig"})
_MAX_YEAR_DIGITS: Final = 7
# Written alone, a dual year is read only up to 1751/52, when Britain's years stopped
# starting on 25 March; with a day and month it is read in any year.
_LAST_DUAL_YEAR: Final = 1751


def _day(token: Token) -> int | None:
    day = number_of(token, 2)
    return day if day is not None and 1 <= day <= 31 else None


def _year_number(cur: Cursor, i: int) -> bool:
    """A number with no ordinal suffix that may be a year (or a dual year's second part).

    A long run of digits running into a day and month ("183928 March", two
    dates glued by a scraper) is not a year; a long year on its own is.
    """
    if cur.kind(i) != "number":
        return False
    text = cur.tokens[i].text
    if not text.isdigit() or len(text) > _MAX_YEAR_DIGITS:
        return False
    if len(text) < _YEAR_DIGITS and cur.text(i + 1) == "?" and touching(cur.tokens, i):
        return False  # "13/25 aprilie 189?": a year with a digit unread, not the year 189
    return len(text) <= _YEAR_DIGITS or cur.kind(i + 1) not in ("month", "number")


def _day_of_next_date(cur: Cursor, i: int, *, shared: bool) -> bool:
    """Whether the number at ``i`` is a day opening the next date, not a year: with its month after
    it ("8 July 1709 (N.S.), 28 June (S.S.), 27 June (O.S.)"), or as the first day of the next
    pair (Macaulay's "Barillon, Oct. 8/18 16/26 18/28 Oct 25/Nov 4 ... 1688")."""
    if len(cur.text(i)) > 2:
        return False
    if month_at(cur, cur.skip(cur.skip(i + 1, _DOT), DAY_MONTH_LINKS)) is not None:
        return True  # "14 de febrero (1), 15 de febrero (2)", "8 (19), 9. November"
    if cur.text(i + 1) != "/":
        return False
    if month_at(cur, i + 2) is not None:
        return True
    # "16/26 18/28": a day pair; but in "2 January 1/31 December 1 BC" the 1 is the first half's
    # own year, and in "2 January 0/01" a dual year.  A year shared by a slash pair is never
    # followed by a slash: "Oct. 8/18 16/26 Oct".
    if cur.kind(i + 2) != "number" or (month_at(cur, i + 3) is not None and not shared):
        return False
    try:
        complete_dual_year(int(cur.text(i)), cur.text(i + 2))
    except (OldstyleError, ValueError):
        return True
    return False


def sub_token(token: Token, offset: int, text: str) -> Token:
    """The piece ``text`` of a one-token date at ``offset`` in it, as a number token of its own."""
    start = token.start + offset
    return Token("number", text, start, start + len(text))


def valid_day_month(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


# --- one half -----------------------------------------------------------------------


def read_loose(cur: Cursor, i: int) -> tuple[Part, int] | None:
    """A day with its month in either order, or a bare day: "25 October", "October 25th", "5"."""
    token = cur.at(i)
    kind = token.kind
    if kind in WHOLE_DATES:
        return read_whole(cur, i)
    if kind == "daymonth":
        return read_day_month(cur, i)
    month = month_at(cur, i) if kind == "month" else None
    if month is not None:
        k = cur.skip(i + 1, COMMA)  # "March, 20th"
        day = _day(cur.at(k))
        if day is None or _opens_next_date(cur, k):
            return None  # "long ago. 25 October 1917", "sie. 25. Oktober 1917": the next month's day
        return Part(
            day=day, month=month, day_token=cur.tokens[k], month_token=token, order="mdy"
        ), _after_month_first_day(cur, k + 1)
    day = _day(token)
    if day is None or (kind == "dayword" and _no_of_after(cur, i)):
        return None  # a day in words only before "of" and its month: "the twelfth (day) of October"
    after = cur.at(i + 1)
    if after.kind == "month":  # "25 October", most days: no dot, hyphen or "of" between (below)
        return Part(day=day, month=month_at(cur, i + 1), day_token=token, month_token=after), i + 2
    if after.text == "-" and _hyphenated_date(cur, i):
        # a genealogist's "8-Jan-1675/6": the year follows the second hyphen
        month = month_at(cur, i + 2)
        assert month is not None
        return Part(day=day, month=month, day_token=cur.tokens[i], month_token=cur.tokens[i + 2]), i + 4
    j = cur.skip(i + 1, _DOT)  # German "7. November"
    if cur.text(j) == "-" and cur.text(j + 1).lower() in _HYPHEN_ORDINALS:
        j += 2  # "25-го октября"
    k = cur.skip(j, DAY_MONTH_LINKS)  # "the 24th of March", "10 de septiembre"
    if cur.text(j).lower() == "day" and cur.text(j + 1).lower() == "of":
        k = j + 2  # a register's "Born ye 11th Day of February 1731/2"
    month = month_at(cur, k)
    if month is not None:
        return Part(day=day, month=month, day_token=cur.tokens[i], month_token=cur.tokens[k]), k + 1
    return Part(day=day, month=None, day_token=cur.tokens[i]), j


def _opens_next_date(cur: Cursor, k: int) -> bool:
    """Whether the day at ``k``, after a month, is the day of a whole date that follows it, its
    month and year or other half ("ago. 25 October 1917", "sie. 25. Oktober (7. November)":
    English "ago." and German "sie." are Italian and Polish August); in Macaulay's runs,
    "Nov 4 Oct. [27]", "Nov 2 Oct 24/Nov 3", the month after the day has neither."""
    month = cur.skip(cur.skip(k + 1, _DOT), DAY_MONTH_LINKS)
    if month_at(cur, month) is None:
        return False
    year = cur.skip(month + 1, _YEAR_LINKS)
    if _year_number(cur, year) and len(cur.text(year)) >= _YEAR_DIGITS:
        return True
    return cur.kind(month + 1) == "open" and any(month_at(cur, month + n) is not None for n in _BRACKET_MONTH)


def _no_of_after(cur: Cursor, i: int) -> bool:
    """Whether neither "of" nor "day of" follows token ``i``."""
    after = cur.text(i + 1).lower()
    return after != "of" and not (after == "day" and cur.text(i + 2).lower() == "of")


def _after_month_first_day(cur: Cursor, j: int) -> int:
    """Past what follows a day after its month: a Hungarian case ending ("november 7-én") or
    ordinal dot before a bracket ("november 7. (október 25.)"), Lithuanian "d." ("diena", day:
    "vasario 8 d.")."""
    glued = cur.has(j) and touching(cur.tokens, j - 1)
    if glued and cur.text(j) == "-" and cur.text(j + 1).lower() in _HYPHEN_CASE_ENDINGS:
        return j + 2
    if glued and cur.text(j) == "." and cur.kind(j + 1) == "open":
        return j + 1
    if cur.text(j) == "d" and cur.text(j + 1) == "." and touching(cur.tokens, j):
        return j + 2
    return j


def _hyphenated_date(cur: Cursor, i: int) -> bool:
    """Whether the day at ``i`` opens a genealogist's dd-mmm-yyyy date ("8-Jan-1675/6", "3-Sep-1752"):
    day, month word and four-digit year joined by hyphens, with no space anywhere."""
    if not (cur.has(i + 3) and cur.text(i + 1) == "-" and cur.text(i + 3) == "-"):
        return False
    if month_at(cur, i + 2) is None or not cur.has(i + 4) or not _year_number(cur, i + 4):
        return False
    run = cur.tokens[i : i + 5]
    return len(cur.text(i + 4)) == _YEAR_DIGITS and all(a.end == b.start for a, b in pairwise(run))


def read_whole(cur: Cursor, i: int) -> tuple[Part, int] | None:
    """A date in one token: ISO "1917-10-25" (signed years too) or numeric "25.10.1917"."""
    token = cur.tokens[i]
    if token.kind == "numeric":
        day_text, month_text, year_text = token.text.split(".")
        year = int(year_text)
        day, month = int(day_text), int(month_text)
    else:  # the token pattern matched ISO text, so the one ISO reader reads it
        label = read_iso(token.text)
        if label is None:
            return None
        year, month, day = label
    if not valid_day_month(day, month):
        return None
    span = (token.start, token.end)
    part = Part(
        day=day, month=month, day_token=token, month_token=token, order=token.kind, year=year, year_span=span
    )
    return part, i + 1


def read_day_month(cur: Cursor, i: int) -> tuple[Part, int] | None:
    """ "08.02." (day.month. with the year written later), as two number tokens of its own."""
    token = cur.tokens[i]
    day_text, month_text, _ = token.text.split(".")
    day, month = int(day_text), int(month_text)
    if not valid_day_month(day, month):
        return None
    day_token = sub_token(token, 0, day_text)
    month_token = sub_token(token, len(day_text) + 1, month_text)
    return Part(day=day, month=month, day_token=day_token, month_token=month_token), i + 1


def read_year(cur: Cursor, i: int, part: Part, *, own: bool) -> tuple[Part, int]:
    """``part`` with the year at i ("1917", "1731/32", "44 BC") and the next index; unchanged if none."""
    j = i
    token = cur.at(j)
    if token.kind != "number":  # ", 1917", "de 1690", "в 1828"
        if token.text.lower() not in _BEFORE_YEAR:
            return part, i  # no year here (the skips below would step over nothing)
        j = cur.skip(cur.skip(cur.skip(j, COMMA), _YEAR_LINKS), _YEAR_NOUNS)
    if not _year_number(cur, j) or _day_of_next_date(cur, j, shared=not own):
        return part, i
    year_token = cur.tokens[j]
    year = int(year_token.text)
    end = j + 1
    after = cur.at(end)
    if after.text not in _AFTER_YEAR_SIGNS and after.kind not in _AFTER_YEAR_KINDS:
        # Most years: nothing the checks below read follows them.  Those checks look two
        # tokens past the year (a case ending), which reads a window's text on that far, and
        # where its reading stops decides the sentences read around it: so does this path.
        cur.has(end + 1)
        return with_year(part, year, False, own, (year_token.start, year_token.end)), end
    dual_year = False
    # "1731/32" is a dual year, but in "25 December 1916/7 January 1917"
    # the slash starts the other half.
    if cur.text(end) == "/" and _year_number(cur, end + 1) and month_at(cur, end + 2) is None:
        try:
            complete_dual_year(year, cur.text(end + 1))
        except OldstyleError:
            pass
        else:
            dual_year = True
            end += 2
    elif _hyphenated_dual_year(cur, end, year, part):
        dual_year = True
        end += 2
    # The era, right after the year ("44 BC") or after its year word ("44 г. до н. э.").
    era = end + 1 if cur.kind(end) == "year_word" and cur.kind(end + 1) == "era" else end
    if cur.kind(era) == "era":
        if ERA_OF_WORD.get(marker_key(cur.text(era))) == "bc":
            if dual_year:
                return part, i
            year = 1 - year
        if era == end:
            end += 1
    read = with_year(part, year, dual_year, own, (year_token.start, cur.tokens[end - 1].end))
    if _ordinal_year_dot(cur, end, part):
        end += 1
    if cur.kind(end) == "year_word":  # "1917 года": read, but not part of the year's own text
        end += 2 if era == end + 1 else 1
    elif _case_suffix(cur, end):  # Turkish "1909'da": read, but not part of the year's own text
        end += 2
    return read, end


def with_year(part: Part, year: int, dual_year: bool, own_year: bool, span: tuple[int, int]) -> Part:
    """``part`` with the year read after it: ``part._replace(year=year, ...)`` written out, as
    ``_replace``'s generic path costs twice as much (every date reads a year)."""
    day, month, day_token, month_token, order, _, _, _, _, month_borrowed, range_start = part
    return Part(
        day,
        month,
        day_token,
        month_token,
        order,
        year,
        dual_year,
        own_year,
        span,
        month_borrowed,
        range_start,
    )


_CASE_SUFFIX_LETTERS: Final = 4


def _case_suffix(cur: Cursor, end: int) -> bool:
    """Whether an apostrophe and a short lower-case ending are glued to the year before ``end``,
    as Turkish writes a case ending ("13 Nisan 1909'da", "1917'de", "1453'te")."""
    if not cur.has(end + 1) or cur.text(end) not in ("'", "’") or cur.kind(end + 1) != "word":
        return False
    quote, ending = cur.tokens[end], cur.tokens[end + 1]
    glued = cur.tokens[end - 1].end == quote.start and quote.end == ending.start
    return glued and ending.text.islower() and len(ending.text) <= _CASE_SUFFIX_LETTERS


def _ordinal_year_dot(cur: Cursor, end: int, part: Part) -> bool:
    """Whether the dot glued to the year at ``end`` is the year's ordinal dot, as Serbian and
    Croatian write it after a dotted day ("8. фебруара 1834. (28. јануара …)", "1834. године",
    "1917. po julijanskom kalendaru"): the day has its dot too, and a bracket, a year word or a
    calendar label in lower case follows, so the dot ends no sentence."""
    if cur.text(end) != "." or cur.tokens[end - 1].end != cur.tokens[end].start:
        return False
    after = cur.tokens[end + 1] if cur.has(end + 1) else None
    label_after = after is not None and after.kind == "marker" and after.text[:1].islower()
    if cur.kind(end + 1) not in ("open", "year_word") and not label_after:
        return False  # "1917. po julijanskom kalendaru" holds the year's dot; ". Po ..." ends a sentence
    day_end = part.day_token.end
    return any(token.text == "." and token.start == day_end for token in cur.tokens[max(0, end - 8) : end])


_LAST_DUAL_DAY: Final = (3, 25)  # Lady Day: after it the year label and the January year agree


def _hyphenated_dual_year(cur: Cursor, end: int, year: int, part: Part) -> bool:
    """Whether the year before ``end`` goes on as a register's hyphenated dual year ("6 January
    1705-6", "Jan. 30th, 1660-1", an editor's "27 January, 1633–34"): glued, a one- or two-digit
    next year, on a day from 1 January to Lady Day, and no month or number after it ("1705-6
    February" is a range)."""
    if cur.text(end) not in ("-", "–") or cur.kind(end + 1) != "number" or year > _LAST_DUAL_YEAR:
        return False
    dash, suffix = cur.tokens[end], cur.tokens[end + 1]
    glued = cur.tokens[end - 1].end == dash.start and dash.end == suffix.start
    if not glued or not suffix.text.isdigit() or len(suffix.text) > 2:
        return False
    if (
        cur.kind(end + 2) in ("month", "number")
        or part.month is None
        or (part.month, part.day) > _LAST_DUAL_DAY
    ):
        return False
    try:
        complete_dual_year(year, suffix.text)
    except OldstyleError:
        return False
    return True


def read_full(cur: Cursor, i: int) -> tuple[Part, int] | None:
    found = read_loose(cur, i)
    if found is None:
        return None
    part, j = found
    if part.order in WHOLE_DATES or part.month is None:
        return part, j
    return read_year(cur, j, part, own=True)


def read_markers(cur: Cursor, i: int) -> tuple[tuple[Token, ...], int]:
    """Labels right after a date: "O.S.", "(N.S.)", ", Old Style"."""
    j = cur.skip(i, COMMA)
    kind = cur.kind(j)
    if kind == "marker" and not opens_next(cur, j):
        return (cur.tokens[j],), j + 1
    if kind == "open" and cur.kind(j + 1) == "marker" and cur.kind(j + 2) == "close":
        return (cur.tokens[j + 1],), j + 3
    return (), i


def opens_next(cur: Cursor, j: int) -> bool:
    """Whether the label at j heads the date after it with a colon, as a table's cell does: in
    "[OS: 20 March 1726 NS: 31 March 1727]" the "NS" is 31 March's, not 20 March's."""
    return cur.text(j + 1) == ":" and cur.kind(j + 2) in {"number", "month"}


def bare_dual_year(tokens: list[Token], i: int) -> int | None:
    """The index after a dual year written without a day at i ("in the winter of 1602/3"), or None."""
    if i + 2 >= len(tokens) or tokens[i + 1].text != "/":
        return None
    first, suffix = tokens[i], tokens[i + 2]
    if first.kind != "number" or len(first.text) != _YEAR_DIGITS or not suffix.text.isdigit():
        return None
    if int(first.text) > _LAST_DUAL_YEAR:
        return None  # "the 1917/18 season": a span of years, long after dual years ended
    if i + 3 < len(tokens) and tokens[i + 3].kind == "month":
        return None  # "1916/7 January 1917": the slash starts a date
    try:
        complete_dual_year(int(first.text), suffix.text)
    except OldstyleError:
        return None
    return i + 3
