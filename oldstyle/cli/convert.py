"""``oldstyle convert``: dates between Old Style (Julian) and New Style (Gregorian)."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field

from oldstyle.cli import csv_rewrite
from oldstyle.cli.reading import DateReading, read_date
from oldstyle.cli.status import ExitStatus, UsageError
from oldstyle.cli.streams import Streams
from oldstyle.dates import GregorianDate, JulianDate
from oldstyle.errors import OldstyleError
from oldstyle.formatting import STYLES, format_dual, year_text
from oldstyle.names import ENGLISH, weekday_name
from oldstyle.reforms import Region

__all__ = ["EXAMPLES", "FORMATS", "SUMMARY", "ConvertOptions", "render", "run"]

SUMMARY = "Convert dates between Old Style (Julian) and New Style (Gregorian)."
FORMATS = ("iso", "dual", "long", "json")
EXAMPLES = """\
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
and the exit status is then 1.

With --csv, every byte outside the converted column passes through as it
was, bytes that are no UTF-8 included; a field that cannot be converted is
left as it was and named on stderr (exit status 1).  Line ends may be LF,
CRLF or CR; --delimiter takes one character, or 'tab' (also '\\t').

dual styles (--style):
""" + "\n".join(f"  {name:<11} {text}" for name, text in STYLES.items())


@dataclass(frozen=True)
class ConvertOptions:
    """What ``oldstyle convert`` was asked to do.

    ``calendar`` is the calendar of unmarked input (None: Julian, or the
    region's); ``to`` the calendar to write (None: the other one).  ``csv``
    is a column (0-based number or header name) of CSV on stdin to rewrite.
    """

    dates: list[str] = field(default_factory=list)
    calendar: str | None = None
    to: str | None = None
    format: str = "iso"
    style: str = "os-ns"
    year_start: str | None = None
    weekday: bool = False
    region: Region | None = None
    gap: str = "error"
    csv: int | str | None = None
    header: bool = False
    delimiter: str = ","

    def __post_init__(self) -> None:
        if self.region is not None and self.calendar is not None:
            raise UsageError(f"--region {self.region.code} decides the calendar of each date; drop --from")
        if self.csv is not None and self.dates:
            raise UsageError("--csv reads the CSV from stdin: give no DATE arguments with it")

    def read(self, text: str) -> DateReading:
        """One date read with these options."""
        return read_date(text, self.calendar or "julian", self.region, self.gap)


# --- writing dates ------------------------------------------------------------


def _date_words(day: JulianDate | GregorianDate) -> str:
    return f"{day.day} {ENGLISH.month(day.month)} {year_text(day.year, ENGLISH)}"


def _marker(calendar: str) -> str:
    return ENGLISH.old_style if calendar == "julian" else ENGLISH.new_style


def _other(calendar: str) -> str:
    return "gregorian" if calendar == "julian" else "julian"


def _target_calendar(reading: DateReading, options: ConvertOptions) -> str:
    """The calendar to write: as asked, else N.S. for region input, else the other one."""
    if options.to is not None:
        return options.to
    if options.region is not None or reading.calendar != "gregorian":
        return "gregorian"
    return "julian"


def render(reading: DateReading, options: ConvertOptions) -> str:
    """One line of ``convert`` output for a reading, in ``options.format``."""
    target = _target_calendar(reading, options)
    result = reading.in_calendar(target)
    if options.format == "iso":
        return result.isoformat()
    if options.format == "dual":
        return format_dual(
            reading.julian, options.style, year_start=options.year_start, weekday=options.weekday
        )
    weekday = weekday_name(reading.ordinal)
    if options.format == "long":
        source = reading.in_calendar(_other(target))
        return (
            f"{weekday}, {_date_words(result)} {_marker(target)} = "
            f"{_date_words(source)} {_marker(_other(target))}"
        )
    return json.dumps(_json_fields(reading, result, weekday, options.region), ensure_ascii=False)


def _json_fields(
    reading: DateReading, result: JulianDate | GregorianDate, weekday: str, region: Region | None
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
    if region is not None:
        fields["region"] = region.code
    return fields


def _convert_one(text: str, options: ConvertOptions) -> str:
    return render(options.read(text), options)


# --- DATE arguments ---------------------------------------------------------------

# The most words one date takes, e.g. "Wednesday, 25 October 1917 Old Style".
_MAX_WORDS_PER_DATE = 8


def _date_readings(words: list[str], options: ConvertOptions) -> list[tuple[str, DateReading | None]]:
    """The DATE arguments as dates, rejoining a date typed unquoted (25 October 1917).

    If every argument reads as a date it stays one.  Otherwise the longest
    run of words (up to 8) that reads as one date is taken at each point, and
    words that begin none are joined into one text, whose error is then
    reported once rather than word by word.  Each text comes with its reading,
    or None for text that is no date.
    """

    def reading(text: str) -> DateReading | None:
        try:
            return options.read(text)
        except OldstyleError:
            return None

    singles = [(word, reading(word)) for word in words]
    if all(found is not None for _, found in singles):
        return singles
    found_dates: list[tuple[str, DateReading | None]] = []
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


def _convert_arguments(options: ConvertOptions, streams: Streams) -> ExitStatus:
    status = ExitStatus.OK
    for text, reading in _date_readings(options.dates, options):
        try:
            # A text that is no date is read again, for the error that says why.
            streams.line(render(reading, options) if reading is not None else _convert_one(text, options))
        except OldstyleError as err:
            streams.report(err)
            status = ExitStatus.DATA
    return status


def _convert_lines(options: ConvertOptions, streams: Streams) -> ExitStatus:
    """One result per stdin line; a bad line leaves an empty output line and a message."""
    status = ExitStatus.OK
    for number, raw in enumerate(streams.stdin, start=1):  # streams: a result as each line comes
        try:
            line = raw.rstrip(b"\r\n").decode("utf-8")
            streams.line(_convert_one(line, options) if line.strip() else "")
        except (OldstyleError, UnicodeDecodeError) as err:
            streams.report(err, f"stdin line {number}: ")
            streams.line("")
            status = ExitStatus.DATA
        streams.flush()
    return status


# --- CSV ----------------------------------------------------------------------------


def _convert_csv(options: ConvertOptions, streams: Streams) -> ExitStatus:
    """Rewrite one column of the CSV on stdin; every other byte passes through."""
    assert options.csv is not None
    data = streams.stdin.read()
    status = ExitStatus.OK
    rows = csv_rewrite.records(data, options.delimiter.encode("utf-8"))
    header: list[str] | None = None
    if isinstance(options.csv, str) or options.header:
        first = next(rows, None)
        if first is None:
            raise UsageError("the CSV on stdin is empty: there is no header row")
        header, clean = csv_rewrite.header_names(data, first)
        if not clean:
            streams.complain("CSV line 1: the header is not UTF-8 text; it passes through unchanged")
            status = ExitStatus.DATA
    index = csv_rewrite.column_index(options.csv, header)

    def report(err: OldstyleError, line: int | None) -> None:
        nonlocal status
        streams.report(err, "" if line is None else f"CSV line {line}: ")
        status = ExitStatus.DATA

    convert = functools.partial(_convert_one, options=options)
    for chunk in csv_rewrite.rewrite_column(data, rows, index, convert, report, options.delimiter):
        streams.write_bytes(chunk)
    return status


def run(options: ConvertOptions, streams: Streams) -> ExitStatus:
    """Run ``oldstyle convert``: DATE arguments, stdin lines, or a CSV column."""
    if options.csv is not None:
        return _convert_csv(options, streams)
    if not options.dates:
        return _convert_lines(options, streams)
    return _convert_arguments(options, streams)
