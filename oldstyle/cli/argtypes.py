"""The types that read command-line values: a region, a month, a column, a size, a feast.

Each turns text into a checked value or raises
:class:`argparse.ArgumentTypeError`, which argparse reports in one line with
exit status 2.  The layers they check against (the reform table, the
formatter's styles, the feast table) are imported inside each function, so
a command pays only for the values it reads.
"""

from __future__ import annotations

import argparse
import re
from functools import cache

from oldstyle import core
from oldstyle.choices import choose
from oldstyle.cli.streams import SHELL_ADVICE
from oldstyle.errors import OldstyleError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (mypy knows the name)
if TYPE_CHECKING:
    from collections.abc import Callable

    from oldstyle.reforms import Region

__all__ = [
    "MAX_YEAR_DIGITS",
    "calendar_arg",
    "csv_column_arg",
    "delimiter_arg",
    "encoding_arg",
    "month_arg",
    "offset_when_arg",
    "region_arg",
    "size_arg",
    "style_arg",
    "whole_number",
    "year_arg",
    "year_start_arg",
]

MAX_YEAR_DIGITS = 1000
"""The longest year the command line reads; Python refuses to read far longer numbers."""


def _named(name_of: Callable[[str], str], text: str) -> str:
    """The canonical name ``name_of`` gives ``text``; its OldstyleError as argparse's one-line refusal."""
    try:
        return name_of(text)
    except OldstyleError as err:
        raise argparse.ArgumentTypeError(err.problem) from None


def style_arg(text: str) -> str:
    """--style: a known dual-date style."""
    from oldstyle.formatting import style_name

    return _named(style_name, text)


def year_start_arg(text: str) -> str:
    """--year-start: a year-start style (lady_day, january, ...)."""
    from oldstyle.yearstart import year_start_style

    return _named(year_start_style, text)


def calendar_arg(text: str) -> str:
    """--from, --to, --calendar: ``julian`` or ``gregorian`` (``os``/``ns`` too)."""
    return _named(core.calendar_name, text)


def computus_arg(text: str) -> str:
    """--computus: ``julian`` or ``gregorian`` (``os``/``ns``, ``orthodox``, ``western`` too)."""
    from oldstyle.computus import computus_name

    return _named(computus_name, text)


def region_arg(code: str) -> Region:
    """--region and the CODEs of ``regions``: a region of the reform table."""
    from oldstyle.errors import UnknownRegionError
    from oldstyle.reforms import region

    try:
        return region(code)
    except UnknownRegionError as err:
        hint = f": did you mean {', '.join(err.choices)}?" if err.choices else ""
        raise argparse.ArgumentTypeError(f"unknown region {code!r}{hint}{SHELL_ADVICE['regions']}") from None


def whole_number(text: str, what: str = "a year", example: str = "1752 or -43") -> int:
    """A whole number written in ASCII digits, with an optional sign, of at most 1000 digits."""
    digits = text.strip().removeprefix("-").removeprefix("+")
    if not (digits.isascii() and digits.isdigit()):
        raise argparse.ArgumentTypeError(
            f"{text[:40]!r} is not {what}: give a whole number such as {example}"
        )
    if len(digits) > MAX_YEAR_DIGITS:
        raise argparse.ArgumentTypeError(
            f"{what} of {len(digits)} digits is too long (at most {MAX_YEAR_DIGITS})"
        )
    return int(text)


def year_arg(text: str) -> int:
    """YEAR of ``cal``, ``easter`` and ``feast``: a whole number (astronomical: 0 is 1 BC)."""
    return whole_number(text)


@cache
def _months() -> dict[str, int]:
    from oldstyle.names import ENGLISH  # the word tables load only for a month given by name

    return {
        name.casefold(): number
        for number in range(1, 13)
        for name in (ENGLISH.month(number), *ENGLISH.abbreviations[number - 1])
    }


def month_arg(text: str) -> int:
    """MONTH of ``cal``: 1-12 or an English month name or abbreviation."""
    key = text.strip().rstrip(".").casefold()
    if key.isascii() and key.isdigit():
        number = int(key[:4])  # a short prefix: "0000000013" is still out of range
        if not 1 <= number <= 12 or len(key) > 4:
            raise argparse.ArgumentTypeError(f"month {key[:20]} is out of range: months run from 1 to 12")
        return number

    def refuse(value: object) -> OldstyleError:
        return OldstyleError(f"{text!r} is not a month: give 1..12 or an English month name", value=value)

    try:
        return choose(key, _months(), refuse)
    except OldstyleError as err:
        raise argparse.ArgumentTypeError(err.problem) from None


def offset_when_arg(text: str) -> int | str:
    """DATE|YEAR of ``offset``: a year as an int, anything else as date text."""
    stripped = text.strip()
    digits = stripped.lstrip("+-")
    if digits.isascii() and digits.isdigit() and stripped.count("-") + stripped.count("+") <= 1:
        return whole_number(stripped)
    return text


def csv_column_arg(text: str) -> int | str:
    """--csv: a column by 1-based number (returned 0-based) or by header name."""
    if text.isascii() and text.isdigit():
        number = whole_number(text, "a column number", "3")
        if number < 1:
            raise argparse.ArgumentTypeError(f"column {text} is out of range: columns count from 1")
        return number - 1
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty column name: give a header name or a number from 1")
    return text


_DELIMITERS = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";", "space": " ", "pipe": "|"}


def delimiter_arg(text: str) -> str:
    """--delimiter: one character other than a quote or a line end; ``tab`` or ``\\t`` for a tab."""
    chosen = _DELIMITERS.get(text.lower(), text)
    if len(chosen) != 1:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not one character: give one, such as ';', or 'tab' for a tab"
        )
    if chosen in '"\r\n':
        raise argparse.ArgumentTypeError(f"{text!r} cannot separate fields: it is a quote or a line end")
    return chosen


_SIZE_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def size_arg(text: str) -> int:
    """--max-size: bytes, or with a unit: 200k, 50M, 1G."""
    match = re.fullmatch(r"([0-9]{1,15})\s?([kmg]?)b?", text.strip().lower())
    if match is None or int(match[1]) == 0:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a size: give e.g. 50M, 200k or 1000000")
    return int(match[1]) * _SIZE_UNITS[match[2]]


def encoding_arg(text: str) -> str:
    """--encoding: utf-8 (with or without a byte-order mark), utf-16 or cp1252."""
    from oldstyle.cli.textcodec import encoding_name

    try:
        return encoding_name(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None
