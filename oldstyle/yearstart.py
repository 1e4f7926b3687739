"""Year-start styles: on which day a historical year label changed.

This module owns the rules that turn a historical year label (England's
"1731" for 11 February of what we call 1732) into the 1-January year and
back, and the dual-year text ("1731/32") that writers used for the days
between 1 January and the style's New Year.  The calendar of the day
(Julian or Gregorian) is a separate question: these rules work on labels
only (the Easter style finds Easter by the Julian computus, on Julian labels,
which is what France used it with).

Styles, by name:

``january``
    Circumcision style, 1 January (Roman civil usage; England from 1752).
``lady_day``
    Annunciation style (*calculus Florentinus*), 25 March *following*
    1 January: 1 Jan-24 Mar belong to the previous label year.  England,
    Wales, Ireland and the colonies until 1751; Scotland until 1599.
``pisan``
    *Calculus Pisanus*, 25 March *preceding* 1 January: 25 Mar-31 Dec carry
    the next label year.  Pisa until 1749.
``nativity``
    Christmas style, 25 December: 25-31 Dec carry the next label year.
``venetian``
    *More veneto*, 1 March: 1 Jan-28/29 Feb belong to the previous label year.
``byzantine``
    1 September (indiction year): 1 Sep-31 Dec carry the next label year
    (Russia 1492-1699, labelled with the following AD year).
``easter``
    Easter style (*mos gallicanus*), a movable New Year: the label year
    begins on Easter Sunday (Julian computus, :func:`oldstyle.computus.julian_easter_label`)
    and the days before it belong to the previous label year (France until
    1566).  Because Easter moves, a label year runs from 11 to 13 months, so
    some labels were written in two 1-January years (the days between an
    early Easter and a later one the next year) and some in none:
    :func:`january_years` lists them.  Where the year began on Holy
    Saturday instead, only that one day differs.
"""

from __future__ import annotations

from oldstyle.choices import literal_alias, lookup
from oldstyle.core import check_any_label, number_text
from oldstyle.errors import DateParseError, InvalidDateError, OldstyleError

__all__ = [
    "STYLES",
    "YearStartStyle",
    "complete_dual_year",
    "dual_pair_text",
    "dual_year_text",
    "historical_year",
    "january_year",
    "january_years",
    "parse_dual_year",
    "year_start_style",
]

# The command line reads ISO dates through this module: typing (and re) would
# take longer to import than the rules, so YearStartStyle is made on first use
# (see __getattr__ at the end).  mypy and the docs read this block.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal

    YearStartStyle = Literal["january", "lady_day", "pisan", "nativity", "venetian", "byzantine", "easter"]
    """The names of the year-start styles."""

_STYLE_NAMES = ("january", "lady_day", "pisan", "nativity", "venetian", "byzantine", "easter")
"""The values of :data:`YearStartStyle`, in its order."""

# For each style with a fixed New Year: the (month, day) on which the label
# year changes, and whether the days from that point to 31 December carry the
# *next* label (+1) or the days from 1 January up to it carry the *previous*
# one (-1).  The Easter style is the one movable New Year (see _shift).
STYLES: dict[YearStartStyle, tuple[tuple[int, int], int]] = {
    "january": ((1, 1), 0),
    "lady_day": ((3, 25), -1),
    "pisan": ((3, 25), +1),
    "nativity": ((12, 25), +1),
    "venetian": ((3, 1), -1),
    "byzantine": ((9, 1), +1),
}

_ALIASES: dict[str, YearStartStyle] = {
    "january": "january",
    "circumcision": "january",
    "lady_day": "lady_day",
    "annunciation": "lady_day",
    "florentine": "lady_day",
    "pisan": "pisan",
    "nativity": "nativity",
    "christmas": "nativity",
    "venetian": "venetian",
    "more_veneto": "venetian",
    "byzantine": "byzantine",
    "september": "byzantine",
    "easter": "easter",
    "mos_gallicanus": "easter",
}


def year_start_style(name: str) -> YearStartStyle:
    """Normalise a style name (``"Lady Day"`` -> ``"lady_day"``)."""
    found = lookup(name, _ALIASES)
    if found is not None:
        return found
    known = ", ".join(_STYLE_NAMES)
    raise OldstyleError(f"unknown year-start style {name!r}: known styles are {known}")


def _shift(year: int, month: int, day: int, style: YearStartStyle) -> int:
    """How the label year differs from the 1-January year on that day."""
    if style == "easter":
        # Imported here: the computus loads dateutil, which only the Easter style needs.
        from oldstyle.computus import julian_easter_label

        return 0 if (month, day) >= julian_easter_label(year) else -1
    (start_month, start_day), direction = STYLES[style]
    on_or_after_start = (month, day) >= (start_month, start_day)
    if direction < 0:
        return 0 if on_or_after_start else -1
    if direction > 0:
        return 1 if on_or_after_start else 0
    return 0


def historical_year(year: int, month: int, day: int, style: str = "lady_day") -> int:
    """The year label a writer using ``style`` gave a 1-January-year date.

    >>> historical_year(1732, 2, 11)   # Washington's birth, English style
    1731
    >>> historical_year(1732, 3, 25)
    1732
    """
    year, month, day = check_any_label(year, month, day)
    return year + _shift(year, month, day, year_start_style(style))


def january_years(label_year: int, month: int, day: int, style: str = "lady_day") -> list[int]:
    """Every 1-January year whose (month, day) was written with ``label_year`` in ``style``.

    One year for the fixed New Years; none or two for some Easter-style labels:

    >>> january_years(1564, 4, 15, "easter")  # 1564 began on 2 April and ran to 21 April 1565
    [1564, 1565]
    >>> january_years(1565, 4, 20, "easter")  # 1565 began on 22 April and ran to 13 April 1566
    []
    """
    name = year_start_style(style)
    label_year, month, day = check_any_label(label_year, month, day)
    candidates = (label_year - 1, label_year, label_year + 1)  # a label is never more than a year off
    return [year for year in candidates if year + _shift(year, month, day, name) == label_year]


def january_year(label_year: int, month: int, day: int, style: str = "lady_day") -> int:
    """The 1-January year of a date written with a ``style`` year label.

    The inverse of :func:`historical_year`:

    >>> january_year(1731, 2, 11)
    1732

    Raises :class:`~oldstyle.InvalidDateError` for an Easter-style label no
    date had, and :class:`~oldstyle.OldstyleError` for one two dates had
    (see :func:`january_years`).
    """
    years = january_years(label_year, month, day, style)
    if len(years) == 1:
        return years[0]
    # Only the movable Easter New Year leaves a label with no year or two.
    written = f"{label_year}-{month:02d}-{day:02d}"
    if not years:
        raise InvalidDateError(
            f"{written} (Easter style) was never written: label year {label_year} ran from Easter "
            f"{label_year} to the day before Easter {label_year + 1}, and that day is outside it"
        )
    raise OldstyleError(
        f"{written} (Easter style) is ambiguous: it was written both after Easter {years[0]} "
        f"and before Easter {years[1]}; documents said which (say 1-January year {years[0]} or {years[1]})"
    )


def dual_year_text(year: int, month: int, day: int, style: str = "lady_day") -> str | None:
    """Dual-year text such as ``"1731/32"`` when the two year labels differ, else None.

    ``year`` is the 1-January year.  The second part keeps two digits unless
    the century changes ("1699/1700").
    """
    label = historical_year(year, month, day, style)
    if label == year:
        return None
    return dual_pair_text(min(label, year))


def parse_dual_year(text: str) -> tuple[int, int]:
    """Read a dual year: ``"1731/32"`` -> ``(1731, 1732)``.

    The second part may be 1, 2 or 4 digits ("1726/7", "1699/1700") and must
    name the year after the first.  Raises :class:`~oldstyle.DateParseError`
    otherwise.
    """
    if not isinstance(text, str):
        raise DateParseError(f"a dual year must be text like '1731/32', not {type(text).__name__}")
    import re  # the pattern is compiled (and cached by re) on first use, not at import

    # "1731/32", "1731/2", "1699/1700", "1731-32": a 3- or 4-digit year, then
    # a 1-, 2- or 4-digit suffix.  No nested quantifiers.
    match = re.fullmatch(r"(\d{3,4})\s*[/\-]\s*(\d{1,4})", text.strip())
    if match is None:
        raise DateParseError(f"{text[:40]!r} is not a dual year: expected e.g. 1731/32, 1726/7 or 1699/1700")
    first = int(match.group(1))
    suffix = match.group(2)
    return first, complete_dual_year(first, suffix, text)


def complete_dual_year(first: int, suffix: str, text: str = "") -> int:
    """The full second year of a dual year from its first year and written suffix.

    ``complete_dual_year(1731, "32") == 1732``; ``(1726, "7") -> 1727``;
    ``(1699, "1700") -> 1700``.  The result must be ``first + 1``.
    """
    expected = first + 1
    width = len(suffix)
    if width >= len(str(first)):
        second = int(suffix)
    else:
        modulus = 10**width
        second = first - first % modulus + int(suffix)
        if second <= first:
            second += modulus
    if second != expected:
        shown = text or f"{first}/{suffix}"
        raise DateParseError(
            f"{shown!r} is not a dual year: the second year must be the one after {first} "
            f"(write {dual_pair_text(first)})"
        )
    return second


_WRITABLE_YEAR = 10**4000


def dual_pair_text(first: int) -> str:
    """Conventional text of the dual year starting at ``first``: 1731 -> "1731/32"."""
    if not -_WRITABLE_YEAR < first < _WRITABLE_YEAR:  # str() refuses ints of over 4,300 digits
        raise InvalidDateError(f"year {number_text(first)} is too large to write as a dual year")
    second = first + 1
    if first >= 0 and first // 100 == second // 100:
        return f"{first}/{second % 100:02d}"
    return f"{first}/{second}"


def __getattr__(name: str) -> object:
    """``YearStartStyle`` at run time, made when first imported (typing is not loaded before)."""
    if name == "YearStartStyle":
        return literal_alias(globals(), name, *_STYLE_NAMES)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
