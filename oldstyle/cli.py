"""The ``oldstyle`` command: convert, check, offset, cal and regions.

Exit status: 0 on success, 1 when the input held bad data (a date that
could not be read, a problem that ``check`` found), 2 on a usage error (an
unknown option, a missing file).  Every error is one line on stderr; a
traceback appears only with ``--debug``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import stat
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, BinaryIO, NoReturn, cast

from oldstyle import __version__, calview, core
from oldstyle.checking import TRUST, Problem, apply_fixes, check
from oldstyle.dates import GregorianDate, JulianDate
from oldstyle.errors import DateParseError, OldstyleError, UnknownRegionError
from oldstyle.formatting import STYLES, format_dual, style_name, year_text
from oldstyle.markup import mask_markdown
from oldstyle.names import ENGLISH, weekday_name
from oldstyle.parsing import ParsedDate, parse
from oldstyle.reforms import GAP_POLICIES, Region, region, regions

__all__ = ["EXIT_DATA", "EXIT_OK", "EXIT_USAGE", "Reading", "UsageError", "main", "read_date"]

EXIT_OK = 0
"""Exit status when everything went well."""
EXIT_DATA = 1
"""Exit status when some input was bad data (or ``check`` found problems)."""
EXIT_USAGE = 2
"""Exit status for a usage error: bad options, a missing file."""

PROG = "oldstyle"
CHECK_SUFFIXES = (".md", ".txt", ".html", ".rst")
"""File suffixes ``oldstyle check`` reads when it walks a directory."""

_CALENDAR_CHOICES = ("os", "ns", "julian", "gregorian")
_FORMATS = ("iso", "dual", "long", "json")
# A leading "-" followed by a digit is a negative year or date, never an
# option: none of our options looks like that.
_NEGATIVE_VALUE = re.compile(r"-\d")


class UsageError(Exception):
    """A command line that asks for something impossible (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors and negative dates read as values."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)
        # argparse only takes "-5" or "-1.5" as values; "-0043-03-15" would be
        # an unknown option.  The matcher is argparse's own hook for this.
        self._negative_number_matcher = _NEGATIVE_VALUE

    def error(self, message: str) -> NoReturn:
        """Print one line, ``prog: error: message (see prog --help)``, and exit 2."""
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


# --- reading dates ---------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    """A date read from input: the day it names and the calendar it was written in.

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


def _iso_label(text: str) -> tuple[int, int, int] | None:
    """``(y, m, d)`` of ISO text such as ``1917-10-25`` or ``-0043-03-15``, else None."""
    signed = text[:1] in ("+", "-")
    parts = (text[1:] if signed else text).split("-")
    if len(parts) != 3:
        return None
    sign = -1 if text[:1] == "-" else 1
    year, month, day = parts
    shaped = len(year) >= 4 and len(month) == 2 and len(day) == 2
    if not shaped or not all(part.isascii() and part.isdigit() for part in parts):
        return None
    return sign * int(year), int(month), int(day)


def _label_to_reading(
    text: str, label: tuple[int, int, int], calendar: str, region: Region | None, gap: str
) -> Reading:
    if region is not None:
        ordinal = region.to_ordinal(*label, gap=gap)
        return Reading(text, ordinal, region.calendar_on(ordinal))
    if core.calendar_name(calendar) == "julian":
        return Reading(text, core.julian_to_ordinal(*label), "julian")
    return Reading(text, core.gregorian_to_ordinal(*label), "gregorian")


def read_date(
    text: str, calendar: str = "julian", region: Region | None = None, gap: str = "error"
) -> Reading:
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
        return Reading(stripped, parsed.day().toordinal(), "julian")
    if parsed.halves and parsed.halves[0].calendar == "swedish":  # "30 February 1712 S.S."
        return Reading(stripped, parsed.day().toordinal(), "swedish")
    label = _regional_label(parsed, region)
    if parsed.calendar == "julian":
        return Reading(stripped, core.julian_to_ordinal(*label), "julian")
    if parsed.calendar == "gregorian":
        return Reading(stripped, core.gregorian_to_ordinal(*label), "gregorian")
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


# --- writing dates ------------------------------------------------------------


def _date_words(day: JulianDate | GregorianDate) -> str:
    return f"{day.day} {ENGLISH.month(day.month)} {year_text(day.year, ENGLISH)}"


def _marker(calendar: str) -> str:
    return ENGLISH.old_style if calendar == "julian" else ENGLISH.new_style


def _target_calendar(reading: Reading, wanted: str | None, region: Region | None) -> str:
    """The calendar to write: as asked, else N.S. for region input, else the other one."""
    if wanted is not None:
        return core.calendar_name(wanted)
    if region is not None or reading.calendar != "gregorian":
        return "gregorian"
    return "julian"


def _in_calendar(reading: Reading, calendar: str) -> JulianDate | GregorianDate:
    return reading.julian if calendar == "julian" else reading.gregorian


def _other(calendar: str) -> str:
    return "gregorian" if calendar == "julian" else "julian"


def _render(reading: Reading, args: argparse.Namespace) -> str:
    """One line of ``convert`` output for a reading, in ``args.format``."""
    target = _target_calendar(reading, args.to, args.region_obj)
    result = _in_calendar(reading, target)
    if args.format == "iso":
        return result.isoformat()
    if args.format == "dual":
        return format_dual(reading.julian, args.style, year_start=args.year_start, weekday=args.weekday)
    weekday = weekday_name(reading.ordinal)
    if args.format == "long":
        source = _in_calendar(reading, _other(target))
        return (
            f"{weekday}, {_date_words(result)} {_marker(target)} = "
            f"{_date_words(source)} {_marker(_other(target))}"
        )
    return json.dumps(_json_fields(reading, result, weekday, args), ensure_ascii=False)


def _json_fields(
    reading: Reading, result: JulianDate | GregorianDate, weekday: str, args: argparse.Namespace
) -> dict[str, object]:
    fields: dict[str, object] = {
        "input": reading.text,
        "calendar": reading.calendar,
        "result": result.isoformat(),
        "julian": reading.julian.isoformat(),
        "gregorian": reading.gregorian.isoformat(),
        "offset": reading.julian.offset(),
        "weekday": weekday,
        "jdn": reading.julian.jdn,
    }
    if args.region_obj is not None:
        fields["region"] = args.region_obj.code
    return fields


# --- output helpers -----------------------------------------------------------


def _complain(message: str) -> None:
    """One line on stderr, prefixed with the program name."""
    print(f"{PROG}: {' '.join(message.split())}", file=sys.stderr)


def _complain_about(err: Exception, args: argparse.Namespace, where: str = "") -> None:
    """Report a data error in one line, after its traceback if --debug asked for one."""
    if args.debug:
        traceback.print_exception(err)
    # The library names its Python keyword (gap='julian'); here it is a flag.
    message = re.sub(r"gap='(\w+)'", r"--gap \1", str(err))
    _complain(f"{where}{message}")


def _stdin_binary() -> BinaryIO:
    """Standard input as bytes (a test may have swapped in a text-only stream)."""
    buffer = getattr(sys.stdin, "buffer", None)
    if isinstance(buffer, io.BufferedIOBase | io.RawIOBase):
        return cast(BinaryIO, buffer)
    return io.BytesIO(sys.stdin.read().encode("utf-8"))


def _stdin_bytes() -> bytes:
    return _stdin_binary().read()


def _write_bytes(data: bytes) -> None:
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(data.decode("utf-8", "surrogateescape"))
    else:
        buffer.write(data)
        buffer.flush()


# --- convert -----------------------------------------------------------------


def _convert_one(text: str, args: argparse.Namespace) -> str:
    reading = read_date(text, args.calendar, args.region_obj, args.gap)
    return _render(reading, args)


# The most words one date takes, e.g. "Wednesday, 25 October 1917 Old Style".
_MAX_WORDS_PER_DATE = 8


def _date_readings(words: list[str], args: argparse.Namespace) -> list[tuple[str, Reading | None]]:
    """The DATE arguments as dates, rejoining a date typed unquoted (25 October 1917).

    If every argument reads as a date it stays one.  Otherwise the longest
    run of words (up to 8) that reads as one date is taken at each point, and
    words that begin none are joined into one text, whose error is then
    reported once rather than word by word.  Each text comes with its reading,
    or None for text that is no date.
    """

    def reading(text: str) -> Reading | None:
        try:
            return read_date(text, args.calendar, args.region_obj, args.gap)
        except OldstyleError:
            return None

    singles = [(word, reading(word)) for word in words]
    if all(found is not None for _, found in singles):
        return singles
    found_dates: list[tuple[str, Reading | None]] = []
    unread: list[str] = []
    i = 0
    while i < len(words):
        for end in range(min(len(words), i + _MAX_WORDS_PER_DATE), i, -1):  # longest run first
            text = " ".join(words[i:end])
            found = reading(text)
            if found is not None:
                break
        else:
            unread.append(words[i])
            i += 1
            continue
        if unread:
            found_dates.append((" ".join(unread), None))
            unread = []
        found_dates.append((text, found))
        i = end
    if unread:
        found_dates.append((" ".join(unread), None))
    return found_dates


def _cmd_convert(args: argparse.Namespace) -> int:
    if args.csv is not None:
        if args.dates:
            raise UsageError("--csv reads the CSV from stdin: give no DATE arguments with it")
        return _convert_csv(args)
    if not args.dates:
        return _convert_lines(args)
    status = EXIT_OK
    for text, reading in _date_readings(args.dates, args):
        try:
            # A text that is no date is read again, for the error that says why.
            print(_render(reading, args) if reading is not None else _convert_one(text, args))
        except OldstyleError as err:
            _complain_about(err, args)
            status = EXIT_DATA
    return status


def _convert_lines(args: argparse.Namespace) -> int:
    """One result per stdin line; a bad line leaves an empty output line and a message."""
    status = EXIT_OK
    for number, raw in enumerate(_stdin_binary(), start=1):  # streams: a result as each line comes
        try:
            line = raw.rstrip(b"\r\n").decode("utf-8")
            print(_convert_one(line, args) if line.strip() else "")
        except (OldstyleError, UnicodeDecodeError) as err:
            _complain_about(err, args, f"stdin line {number}: ")
            print("")
            status = EXIT_DATA
    return status


# --- CSV ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Record:
    """One CSV record: the byte spans of its fields and its first line number."""

    line: int
    fields: list[tuple[int, int]]


def _quoted_end(data: bytes, start: int, line: int) -> int:
    """Index just past the closing quote of the quoted field opening at ``start``."""
    i = start + 1
    while True:
        j = data.find(b'"', i)
        if j == -1:
            raise DateParseError(f"CSV line {line}: a quoted field is never closed")
        if data[j + 1 : j + 2] != b'"':
            return j + 1
        i = j + 2  # "" is an escaped quote inside the field


def _field_end(data: bytes, start: int, delimiter: bytes) -> int:
    """Index of the delimiter or line end that closes the field from ``start``."""
    ends = [i for i in (data.find(delimiter, start), data.find(b"\n", start)) if i != -1]
    end = min(ends) if ends else len(data)
    if data[end : end + 1] == b"\n" and end > start and data[end - 1 : end] == b"\r":
        end -= 1
    return end


def _csv_records(data: bytes, delimiter: bytes) -> Iterator[_Record]:
    """Split CSV bytes into records without changing them (RFC 4180 quoting, CRLF or LF)."""
    pos, line = 0, 1
    while pos < len(data):
        record = _Record(line, [])
        while True:
            start = pos
            if data[pos : pos + 1] == b'"':
                pos = _quoted_end(data, pos, line)
            end = _field_end(data, pos, delimiter)
            record.fields.append((start, end))
            line += data.count(b"\n", start, end)
            pos = end
            if data[pos : pos + 1] != delimiter:
                break
            pos += 1
        pos += 2 if data[pos : pos + 2] == b"\r\n" else 1
        line += 1
        yield record


def _unquote(field: bytes) -> tuple[str, bool]:
    text = field.decode("utf-8")
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        return text[1:-1].replace('""', '"'), True
    return text, False


def _quote_if_needed(text: str, was_quoted: bool, delimiter: str) -> bytes:
    special = any(c in text for c in ('"', "\r", "\n", delimiter))
    if was_quoted or special:
        return ('"' + text.replace('"', '""') + '"').encode("utf-8")
    return text.encode("utf-8")


def _column_index(column: str, header: list[str] | None) -> int:
    """0-based index of a column given by 1-based number or by header name (exact, then any case)."""
    if column.isdigit():
        if int(column) < 1:
            raise UsageError(f"--csv column {column} is out of range: columns count from 1")
        return int(column) - 1
    assert header is not None
    names = [name.strip().lstrip("\ufeff") for name in header]  # Excel starts with a byte-order mark
    folded = [name.casefold() for name in names]
    if column in names:
        return names.index(column)
    if column.casefold() in folded:
        return folded.index(column.casefold())
    raise UsageError(f"no column {column!r} in the CSV header; columns are: {', '.join(names)}")


def _convert_csv(args: argparse.Namespace) -> int:
    """Rewrite one column of the CSV on stdin; every other byte passes through."""
    data = _stdin_bytes()
    delimiter = args.delimiter.encode("utf-8")
    records = _csv_records(data, delimiter)
    header: list[str] | None = None
    if not args.csv.isdigit() or args.header:
        first = next(records, None)
        if first is None:
            raise UsageError("the CSV on stdin is empty: there is no header row")
        header = [_unquote(data[s:e])[0] for s, e in first.fields]
    index = _column_index(args.csv, header)
    chunks, status = _rewrite_column(data, records, index, args)
    _write_bytes(b"".join(chunks))
    return status


def _rewrite_column(
    data: bytes, records: Iterator[_Record], index: int, args: argparse.Namespace
) -> tuple[list[bytes], int]:
    """The output pieces (unchanged bytes and new fields, in order) and the exit status."""
    chunks: list[bytes] = []
    pos, status = 0, EXIT_OK
    try:
        for record in records:
            try:
                replacement = _csv_field(data, record, index, args)
            except (OldstyleError, UnicodeDecodeError) as err:
                _complain_about(err, args, f"CSV line {record.line}: ")
                status = EXIT_DATA
                continue
            if replacement is not None:
                start, end = record.fields[index]
                chunks += [data[pos:start], replacement]
                pos = end
    except DateParseError as err:  # an unclosed quote: the rest passes through untouched
        _complain_about(err, args)
        status = EXIT_DATA
    chunks.append(data[pos:])
    return chunks, status


def _csv_field(data: bytes, record: _Record, index: int, args: argparse.Namespace) -> bytes | None:
    """New bytes for the record's date field, or None to leave the record alone."""
    if len(record.fields) == 1 and record.fields[0][0] == record.fields[0][1]:
        return None  # a blank line
    if index >= len(record.fields):
        raise DateParseError(f"there is no column {index + 1} (the row has {len(record.fields)} fields)")
    start, end = record.fields[index]
    text, quoted = _unquote(data[start:end])
    if not text.strip():
        return None  # a missing date stays missing
    return _quote_if_needed(_convert_one(text, args), quoted, args.delimiter)


# --- offset --------------------------------------------------------------------


def _signed(value: int) -> str:
    return f"({value})" if value < 0 else str(value)


def _offset_rule(march_year: int, value: int) -> str:
    """The rule worked out for Y, the Gregorian year counted from 1 March."""
    return (
        f"floor(Y/100) - floor(Y/400) - 2 with Y the Gregorian year counted from 1 March; "
        f"Y = {march_year} gives {_signed(march_year // 100)} - {_signed(march_year // 400)} - 2 = {value}"
    )


def _offset_of_day(reading: Reading) -> dict[str, object]:
    gregorian = reading.gregorian
    value = reading.julian.offset()
    march_year = gregorian.year if gregorian.month >= 3 else gregorian.year - 1
    return {
        "offset": value,
        "julian": reading.julian.isoformat(),
        "gregorian": gregorian.isoformat(),
        "rule": _offset_rule(march_year, value),
    }


def _year_periods(year: int) -> list[dict[str, object]]:
    """Gregorian spans of a year with one offset each: two when it steps on 1 March."""
    first, march, last = GregorianDate(year, 1, 1), GregorianDate(year, 3, 1), GregorianDate(year, 12, 31)
    before, after = first.to_julian().offset(), march.to_julian().offset()
    spans = [(first, march - timedelta(days=1), year - 1, before), (march, last, year, after)]
    if before == after:
        spans = [(first, last, year, after)]
    return [
        {
            "offset": value,
            "from": start.isoformat(),
            "until": end.isoformat(),
            "julian_from": start.to_julian().isoformat(),
            "julian_until": end.to_julian().isoformat(),
            "rule": _offset_rule(march_year, value),
        }
        for start, end, march_year, value in spans
    ]


def _print_year_offsets(year: int, periods: list[dict[str, object]]) -> None:
    if len(periods) == 1:
        print(f"{year}: {periods[0]['offset']} days all year")
    else:
        parts = [
            f"{p['offset']} days from Gregorian {p['from']} to {p['until']} "
            f"(Julian {p['julian_from']} to {p['julian_until']})"
            for p in periods
        ]
        print(f"{year}: " + "; ".join(parts))
    for period in periods:
        print(f"rule: {period['rule']}")


def _cmd_offset(args: argparse.Namespace) -> int:
    text = args.when.strip()
    digits = text.lstrip("+-")
    if digits.isascii() and digits.isdigit() and text.count("-") + text.count("+") <= 1:
        year = int(text)
        periods = _year_periods(year)
        if args.format == "json":
            print(json.dumps({"year": year, "periods": periods}))
        else:
            _print_year_offsets(year, periods)
        return EXIT_OK
    info = _offset_of_day(read_date(text, args.calendar))
    if args.format == "json":
        print(json.dumps(info))
    else:
        print(f"{info['offset']} days: Julian {info['julian']} is Gregorian {info['gregorian']}")
        print(f"rule: {info['rule']}")
    return EXIT_OK


# --- cal ------------------------------------------------------------------------


def _month_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    wanted = text.strip().rstrip(".").casefold()
    for number in range(1, 13):
        names = (ENGLISH.month(number), *ENGLISH.abbreviations[number - 1])
        if wanted in (name.casefold() for name in names):
            return number
    raise UsageError(f"{text!r} is not a month: give 1..12 or an English month name")


def _parse_cal_args(month_text: str | None, year_text: str) -> tuple[int | None, int]:
    if not year_text.lstrip("-").isdigit():
        raise UsageError(f"{year_text!r} is not a year: give a whole number such as 1752 or -43")
    month = None if month_text is None else _month_number(month_text)
    if month is not None and not 1 <= month <= 12:
        raise UsageError(f"month {month} is out of range: months run from 1 to 12")
    return month, int(year_text)


def _grid_fields(grid: calview.MonthGrid) -> dict[str, object]:
    weekdays = [calview.WEEKDAY_NAMES[weekday] for weekday in grid.weekdays]
    return {"year": grid.year, "month": grid.month, "days": list(grid.days), "weekdays": weekdays}


def _grid(year: int, month: int, args: argparse.Namespace) -> calview.MonthGrid:
    if args.region_obj is not None:
        return calview.region_month(args.region_obj, year, month)
    return calview.pure_month(year, month, args.calendar)


def _cmd_cal(args: argparse.Namespace) -> int:
    month, year = _parse_cal_args(args.month, args.year)
    grids = [_grid(year, m, args) for m in ([month] if month else range(1, 13))]
    if args.format == "json":
        print(json.dumps([_grid_fields(grid) for grid in grids]))
    elif month is not None:
        sys.stdout.write(calview.month_view(grids[0]))
    else:
        sys.stdout.write(calview.year_view(year, grids))
    return EXIT_OK


# --- regions ---------------------------------------------------------------------


def _region_arg(code: str) -> Region:
    """The region a command-line code names; an unknown code is a usage error."""
    try:
        return region(code)
    except UnknownRegionError as err:
        raise UsageError(str(err).replace("oldstyle.regions()", "'oldstyle regions'")) from None


def _region_fields(item: Region) -> dict[str, object]:
    return {
        "code": item.code,
        "name": item.name,
        "last_julian": item.last_julian.isoformat() if item.last_julian else None,
        "first_gregorian": item.first_gregorian.isoformat() if item.first_gregorian else None,
        "notes": item.notes,
        "sources": item.sources,
    }


def _cmd_regions(args: argparse.Namespace) -> int:
    table = [_region_arg(code) for code in args.codes] if args.codes else regions()
    rows = [_region_fields(item) for item in table]
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    cells = [["CODE", "NAME", "LAST JULIAN", "FIRST GREGORIAN"]]
    cells += [
        [str(row[key] or "-") for key in ("code", "name", "last_julian", "first_gregorian")] for row in rows
    ]
    widths = [max(len(line[i]) for line in cells) for i in range(4)]
    for line in cells:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())
    return EXIT_OK


# --- check --------------------------------------------------------------------


@dataclass
class _CheckRun:
    """What ``check`` has seen so far: its report rows and the worst status."""

    rows: list[dict[str, object]]
    status: int = EXIT_OK

    def worse(self, status: int) -> None:
        """Keep the most serious status: usage (2) over data (1) over fine (0)."""
        self.status = max(self.status, status)


def _walk(path: Path) -> Iterator[Path]:
    """Text files under a directory, sorted, skipping hidden directories."""
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.lower().endswith(CHECK_SUFFIXES):
                yield Path(root, name)


def _check_targets(paths: list[str], run: _CheckRun) -> Iterator[Path | None]:
    """The files to check (None for stdin); a missing path is reported and skipped."""
    for name in paths:
        path = Path(name)
        if name == "-":
            yield None
        elif path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield path
        else:
            _complain(f"{name}: no such file or directory")
            run.worse(EXIT_USAGE)


def _read_text(path: Path | None) -> str:
    """A file's text, exactly as stored (no newline translation); raises for binary data."""
    data = _stdin_bytes() if path is None else path.read_bytes()
    if b"\0" in data:
        raise UnicodeError("binary file (it contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise UnicodeError(f"not UTF-8 text (bad byte at offset {err.start})") from None


def write_atomically(path: Path, data: bytes) -> None:
    """Replace a file's contents all at once, keeping its permission bits.

    The data goes to a temporary file in the same directory, is flushed to
    disk, and then renamed over the file, so a reader sees either the old
    file or the new one, never a half-written one.
    """
    target = path.resolve()
    mode = stat.S_IMODE(target.stat().st_mode)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _problem_row(shown: str, problem: Problem, fixed: bool) -> dict[str, object]:
    return {
        "path": shown,
        "line": problem.line,
        "column": problem.column,
        "kind": problem.kind,
        "message": problem.message,
        "replacement": problem.replacement,
        "fixed": fixed,
    }


_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})


def _is_markdown(path: Path | None, syntax: str) -> bool:
    """Whether to read a file as Markdown: by --syntax, else by its suffix (stdin is text)."""
    if syntax != "auto":
        return syntax == "markdown"
    return path is not None and path.suffix.lower() in _MARKDOWN_SUFFIXES


def _check_one(path: Path | None, args: argparse.Namespace, run: _CheckRun) -> None:
    shown = "<stdin>" if path is None else str(path)
    try:
        text = _read_text(path)
    except (OSError, UnicodeError) as err:
        _complain(f"{shown}: {getattr(err, 'strerror', None) or err}")
        run.worse(EXIT_DATA)
        return
    # Markdown is checked as the MkDocs plugin checks it: code, comments and
    # markers are blanked first, at unchanged positions, so fixes land in place.
    view = mask_markdown(text) if _is_markdown(path, args.syntax) else text
    problems = check(view, trust=args.trust)
    if args.fix and path is not None:
        fixed_text = apply_fixes(text, problems)
        if fixed_text != text:
            write_atomically(path, fixed_text.encode("utf-8"))
    for problem in problems:
        fixed = args.fix and problem.replacement is not None
        run.rows.append(_problem_row(shown, problem, fixed))
        run.worse(EXIT_OK if fixed else EXIT_DATA)


def _cmd_check(args: argparse.Namespace) -> int:
    if args.fix and "-" in args.paths:
        raise UsageError("--fix rewrites files in place; it cannot rewrite stdin ('-')")
    run = _CheckRun(rows=[])
    for path in _check_targets(args.paths, run):
        _check_one(path, args, run)
    if args.format == "json":
        print(json.dumps(run.rows, ensure_ascii=False, indent=2))
    else:
        for row in run.rows:
            note = " (fixed)" if row["fixed"] else ""
            print(f"{row['path']}:{row['line']}:{row['column']}: {row['message']}{note}")
    return run.status


# --- the parser ------------------------------------------------------------------

_CONVERT_EXAMPLES = """\
examples:
  oldstyle convert 1917-10-25                    -> 1917-11-07
  oldstyle convert 1917-10-25 --format dual      -> 25 October (O.S.; 7 November N.S.) 1917
  oldstyle convert 1917-11-07 --from ns          -> 1917-10-25
  oldstyle convert "7 November 1917 N.S."        -> 1917-10-25 (the text names its calendar)
  oldstyle convert 7 November 1917 N.S.          the same: words typed unquoted are rejoined
  oldstyle convert -0043-03-15 --format long     (the Ides of March, 44 BC)
  oldstyle convert 1752-09-02 1752-09-14 --region GB
  printf '1700-02-18\\n1700-02-19\\n' | oldstyle convert
  oldstyle convert --csv baptised < parish.csv > parish-ns.csv

With no DATE, each stdin line is one date and each output line one result;
a bad line gives an empty output line and a message naming its line number,
and the exit status is then 1."""

_STYLE_LIST = "\n\ndual styles (--style):\n" + "\n".join(
    f"  {name:<11} {text}" for name, text in STYLES.items()
)

_CHECK_EXAMPLES = """\
examples:
  oldstyle check notes.md                  path:line:col: message per problem
  oldstyle check docs/ --format json       every .md/.txt/.html/.rst file under docs/
  oldstyle check --fix chapter1.md         correct the second half of each wrong pair
  cat draft.txt | oldstyle check -
  cat page.md | oldstyle check - --syntax markdown

Exit status: 0 no problems, 1 problems found (with --fix: problems left
unfixed), 2 usage error such as a missing file."""

_OFFSET_EXAMPLES = """\
examples:
  oldstyle offset 1917-10-25       13 days, with the rule worked out
  oldstyle offset 1389             8
  oldstyle offset 1700             10 until Gregorian 28 February, 11 from 1 March
  oldstyle offset 1917-11-07 --from ns --format json"""

_CAL_EXAMPLES = """\
examples:
  oldstyle cal 9 1752 --region GB     September 1752 as Britain lived it: 1 2 14 15 ...
  oldstyle cal 1752 --region GB       the whole year
  oldstyle cal 10 1917 --calendar os  October 1917 in the Julian calendar
  oldstyle cal feb 1712 --region SE   Sweden's 30 February"""

_REGIONS_EXAMPLES = """\
examples:
  oldstyle regions                 the whole reform table
  oldstyle regions GB RU           two regions
  oldstyle regions --format json   with notes and sources"""


def _style_arg(text: str) -> str:
    """argparse type of --style: a known dual-date style, else a usage error."""
    try:
        return style_name(text)
    except OldstyleError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _subcommand(
    sub: Any, handler: Callable[[argparse.Namespace], int], summary: str, epilog: str
) -> argparse.ArgumentParser:
    """A subparser named after its handler (``_cmd_cal`` -> ``cal``) with --debug and --format."""
    name = handler.__name__.removeprefix("_cmd_")
    parser: argparse.ArgumentParser = sub.add_parser(name, help=summary, description=summary, epilog=epilog)
    parser.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="show a traceback on errors"
    )
    formats = _FORMATS if name == "convert" else ("text", "json")
    parser.add_argument("--format", choices=formats, default=formats[0], help=f"output format: {formats[0]}")
    parser.set_defaults(handler=handler, subparser=parser)
    return parser


def _calendar_option(parser: argparse.ArgumentParser, flag: str, default: str | None, what: str) -> None:
    parser.add_argument(flag, dest="calendar", choices=_CALENDAR_CHOICES, default=default, help=what)


def _region_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--region", metavar="CODE", help="dates as written in a region: GB, RU, SE, England ..."
    )


def _build_convert(sub: Any) -> None:
    summary = "Convert dates between Old Style (Julian) and New Style (Gregorian)."
    p = _subcommand(sub, _cmd_convert, summary, _CONVERT_EXAMPLES + _STYLE_LIST)
    p.add_argument("dates", nargs="*", metavar="DATE", help="ISO (1917-10-25, -0043-03-15) or prose dates")
    _calendar_option(p, "--from", None, "calendar of unmarked input (default: os)")
    p.add_argument("--to", choices=_CALENDAR_CHOICES, help="calendar to write (default: the other one)")
    p.add_argument("--style", type=_style_arg, default="os-ns", help="style of --format dual (see below)")
    p.add_argument("--year-start", metavar="STYLE", help="dual year for --format dual, e.g. lady_day")
    p.add_argument("--weekday", action="store_true", help="start --format dual with the day of the week")
    _region_option(p)
    p.add_argument("--gap", choices=GAP_POLICIES, default="error", help="a date in a region's reform gap")
    p.add_argument(
        "--csv", metavar="COLUMN", help="convert a column (name or 1-based number) of CSV on stdin"
    )
    p.add_argument("--header", action="store_true", help="with --csv NUMBER: the first row is a header")
    p.add_argument("--delimiter", default=",", help="CSV field delimiter (default: ,)")


def _build_check(sub: Any) -> None:
    summary = (
        "Find dual dates whose halves disagree, impossible dates, swapped O.S./N.S. labels "
        "and wrong weekdays."
    )
    p = _subcommand(sub, _cmd_check, summary, _CHECK_EXAMPLES)
    p.add_argument("paths", nargs="+", metavar="PATH", help="a file, a directory, or - for stdin")
    p.add_argument("--fix", action="store_true", help="rewrite the wrong half of each pair in place")
    p.add_argument(
        "--trust", choices=tuple(TRUST), default="first", help="which half of a wrong pair is right: first"
    )
    p.add_argument(
        "--syntax",
        choices=("auto", "markdown", "text"),
        default="auto",
        help="markdown skips code, HTML comments and :os[...] markers; auto: by suffix (.md)",
    )


def _build_offset(sub: Any) -> None:
    summary = (
        "The days the Gregorian calendar runs ahead of the Julian on a date or in a year, with the rule."
    )
    p = _subcommand(sub, _cmd_offset, summary, _OFFSET_EXAMPLES)
    p.add_argument("when", metavar="DATE|YEAR", help="a date (Julian unless --from ns) or a year")
    _calendar_option(p, "--from", "julian", "calendar of DATE (default: os)")


def _build_cal(sub: Any) -> None:
    summary = "A month or year view in the layout of Unix cal, without the days a reform skipped."
    p = _subcommand(sub, _cmd_cal, summary, _CAL_EXAMPLES)
    p.add_argument("month", nargs="?", metavar="MONTH", help="1-12 or an English month name")
    p.add_argument("year", metavar="YEAR", help="the year (astronomical: 0 is 1 BC)")
    _calendar_option(p, "--calendar", None, "one calendar throughout (default: ns)")
    _region_option(p)


def _build_regions(sub: Any) -> None:
    summary = "The reform table: code, name, last Julian day, first Gregorian day."
    p = _subcommand(sub, _cmd_regions, summary, _REGIONS_EXAMPLES)
    p.add_argument("codes", nargs="*", metavar="CODE", help="only these regions")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``oldstyle`` command, with every subcommand."""
    parser = _Parser(
        prog=PROG,
        description="Julian (Old Style) and Gregorian (New Style) dates, exactly.",
        epilog="Run 'oldstyle COMMAND --help' for a command's options and examples.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--debug", action="store_true", help="show a traceback on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=_Parser)
    for build in (_build_convert, _build_check, _build_offset, _build_cal, _build_regions):
        build(sub)
    return parser


def _resolve_options(args: argparse.Namespace) -> None:
    """Check options that depend on each other and look up the region once."""
    args.region_obj = None
    region_code = getattr(args, "region", None)
    calendar = getattr(args, "calendar", None)
    if region_code is not None:
        if calendar is not None and args.command != "offset":
            raise UsageError(
                f"--region {region_code} decides the calendar of each date; drop --from/--calendar"
            )
        args.region_obj = _region_arg(region_code)
    if args.command in ("convert", "cal") and calendar is None:
        args.calendar = "julian" if args.command == "convert" else "gregorian"


def _dispatch(args: argparse.Namespace) -> int:
    try:
        _resolve_options(args)
        status: int = args.handler(args)
    except UsageError as err:
        message = " ".join(str(err).split())
        print(
            f"{PROG} {args.command}: error: {message} (see '{PROG} {args.command} --help')", file=sys.stderr
        )
        return EXIT_USAGE
    except OldstyleError as err:
        _complain_about(err, args)
        return EXIT_DATA
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``oldstyle`` command with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    try:
        args, extras = build_parser().parse_known_args(argv)
        if extras:  # name the subcommand whose options these are not
            args.subparser.error(f"unrecognized arguments: {' '.join(extras)}")
    except SystemExit as stop:  # --help, --version, usage errors
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    try:
        return _dispatch(args)
    except BrokenPipeError:
        # The reader went away (oldstyle regions | head); stop quietly.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_DATA
    except KeyboardInterrupt:
        return 130
    except Exception as err:
        if args.debug:
            raise
        _complain(f"internal error: {type(err).__name__}: {err} (rerun with --debug for the traceback)")
        return EXIT_DATA
