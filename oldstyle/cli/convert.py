"""``oldstyle convert``: dates between Old Style (Julian) and New Style (Gregorian).

DATE arguments and stdin lines are handled here; ``--csv`` in
:mod:`oldstyle.cli.convert_csv`.  A plain ISO date goes from its label to the
output through :mod:`oldstyle.cells` and :mod:`oldstyle.core` alone: the text
layer (parsing, formatting, the reform table) is imported only for a date
written in words, a region or a dual or long output.
"""

from __future__ import annotations

from oldstyle import core
from oldstyle.cli.reading import DateReader, DateReading
from oldstyle.cli.status import ExitStatus, UsageError
from oldstyle.cli.streams import Streams
from oldstyle.errors import OldstyleError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (mypy knows the name)
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from oldstyle.dates import GregorianDate, JulianDate
    from oldstyle.reforms import Region

__all__ = ["ConvertOptions", "render", "run"]  # EXAMPLES too, built on first use


def _examples() -> str:
    from oldstyle.formatting import STYLES

    return """\
examples:
  oldstyle convert 1917-10-25                    -> 1917-11-07
  oldstyle convert 1917-10-25 --format dual      -> 25 October (O.S.; 7 November N.S.) 1917
  oldstyle convert 1917-11-07 --from ns          -> 1917-10-25
  oldstyle convert "7 November 1917 N.S."        -> 1917-10-25 (the text names its calendar)
  oldstyle convert 7 November 1917 N.S.          the same: words typed unquoted are rejoined
  oldstyle convert -0043-03-15 --format long     (the Ides of March, 44 BC)
  oldstyle convert 1752-09-02 1752-09-14 --region GB
  oldstyle convert "11 February 1731" --region GB   -> 1732-02-22 (GB's year began on 25 March)
  oldstyle convert 1731-02-11 --year-start lady_day -> 1732-02-22
  oldstyle convert "Michaelmas 1666" --region GB    -> 1666-10-09 (as England reckoned it)
  oldstyle convert "the Monday after Easter 1381"  -> 1381-04-23
  printf '1700-02-18\\n1700-02-19\\n' | oldstyle convert
  oldstyle convert --csv baptised < parish.csv > parish-ns.csv
  oldstyle convert --csv baptised --add-columns < parish.csv > parish-both.csv

Years: a year is a 1-January year unless --year-start names the New Year
the input was written with (lady_day: "11 February 1731" is the day we call
11 February 1732); with --region, by default, each date's year is read as
that region wrote it then (GB: Lady Day until 1751).  --year-start january
turns that off.  A written dual year ("11 February 1731/32") says its year.

With no DATE, each stdin line is one date and each output line one result,
written as soon as the line is read.  A bad line is named on stderr with its
line number and gives an empty output line (with --format json, an object
with an "error" field); the exit status is then 1.  A blank line gives a
blank line (with --format json, an object whose "result" is null).

With --csv, the column's dates are converted and every other byte passes
through as it was (bytes that are no text included); each row is written as
soon as it is read.  A cell that is no date is named on stderr (exit status
1) and, by --on-error, blanked (the default), kept as it was, or the run
stops there.  A blank cell stays blank.  --add-columns leaves the input's
columns as they are and appends three: COLUMN_julian and COLUMN_gregorian
(ISO dates) and COLUMN_error (why a cell could not be read, else empty),
named after the column in a header row (date_julian, date_gregorian and
date_error when there is no header).  --csv writes CSV, so --format json is
refused with it.  Line ends may be LF, CRLF or CR; --delimiter takes one
character, or 'tab' (also '\\t').

Encodings (--encoding): UTF-8 with or without a byte-order mark is the
default, and a UTF-16 byte-order mark (Excel's "Unicode text") is
recognised; cp1252 must be asked for.  The output is written in the
input's encoding, with its byte-order mark if it had one.

On a terminal, a long stdin or --csv run shows its progress on stderr
after a second; nothing is shown when stderr is a pipe or a file.

dual styles (--style):
""" + "\n".join(f"  {name:<11} {text}" for name, text in STYLES.items())


def __getattr__(name: str) -> str:
    if name == "EXAMPLES":  # built on demand: the styles live in the text layer
        return _examples()
    raise AttributeError(name)


class ConvertOptions:
    """What ``oldstyle convert`` was asked to do.

    ``calendar`` is the calendar of unmarked input (None: Julian, or the
    region's); ``to`` the calendar to write (None: the other one);
    ``year_start`` the New Year of the input's years (None: 1 January, or
    the region's own); ``style`` that of ``--format dual`` (None: the
    formatter's default).  ``csv`` is a column (0-based number or header name)
    of CSV on stdin to rewrite; ``add_columns``, ``on_error`` and
    ``delimiter`` say how.  ``encoding`` is that of stdin and stdout (None: UTF-8, a
    byte-order mark recognised).  Options that contradict each other raise
    UsageError.

    A plain class rather than a dataclass: :mod:`dataclasses` alone would double
    the start-up of ``oldstyle convert``.  ``__match_args__`` names the fields,
    for :func:`oldstyle.cli.arguments.options_of`.
    """

    __match_args__ = (
        "dates",
        "calendar",
        "to",
        "format",
        "style",
        "year_start",
        "weekday",
        "region",
        "gap",
        "csv",
        "header",
        "delimiter",
        "add_columns",
        "on_error",
        "encoding",
    )
    __slots__ = (*__match_args__, "_reader")

    def __init__(
        self,
        dates: Sequence[str] = (),
        calendar: str | None = None,
        to: str | None = None,
        format: str = "iso",
        style: str | None = None,
        year_start: str | None = None,
        weekday: bool = False,
        region: Region | None = None,
        gap: str = "error",
        csv: int | str | None = None,
        header: bool = False,
        delimiter: str = ",",
        add_columns: bool = False,
        on_error: str = "blank",
        encoding: str | None = None,
    ) -> None:
        self.dates = list(dates)
        self.calendar = calendar
        self.to = to
        self.format = format
        self.style = style
        self.year_start = year_start
        self.weekday = weekday
        self.region = region
        self.gap = gap
        self.csv = csv
        self.header = header
        self.delimiter = delimiter
        self.add_columns = add_columns
        self.on_error = on_error
        self.encoding = encoding
        self._reader: DateReader | None = None
        self._check()

    def __repr__(self) -> str:
        settings = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__match_args__)
        return f"ConvertOptions({settings})"

    def _check(self) -> None:
        if self.region is not None and self.calendar is not None:
            raise UsageError(f"--region {self.region.code} decides the calendar of each date; drop --from")
        if self.csv is not None and self.dates:
            raise UsageError("--csv reads the CSV from stdin: give no DATE arguments with it")
        if self.csv is not None and self.format == "json":
            raise UsageError("--csv writes CSV, not JSON: drop --format json (or drop --csv for JSON lines)")
        if self.csv is None and (self.add_columns or self.on_error != "blank"):
            raise UsageError("--add-columns and --on-error work on a CSV column: give --csv COLUMN")
        if self.add_columns and self.format != "iso":
            raise UsageError(
                "--add-columns writes ISO dates in its julian and gregorian columns: drop --format"
            )

    @property
    def reader(self) -> DateReader:
        """The reader of this run's dates (built on first use)."""
        if self._reader is None:
            self._reader = DateReader.of(self.calendar or "julian", self.region, self.gap, self.year_start)
        return self._reader

    def read(self, text: str) -> DateReading:
        """One date read with these options."""
        return self.reader.read(text)

    def convert(self, text: str) -> str:
        """One date converted and written in ``format``; raises OldstyleError for one that is not."""
        return render(self.read(text), self)

    def iso_shortcut(self) -> Callable[[bytes], int | None] | None:
        """The day ordinal of a plain ``YYYY-MM-DD`` cell (bytes), or None where it cannot apply.

        For input without a region (whose calendar changes from day to day).
        It returns None for any other cell, and for a date that does not
        exist, so that :meth:`read` reads those and words the error; for the
        others it gives the day :meth:`read` gives, faster.
        """
        if self.region is not None:
            return None
        label_ordinal = self.reader.labels.label_ordinal

        def shortcut(raw: bytes) -> int | None:
            if len(raw) != 10 or raw[4] != _HYPHEN or raw[7] != _HYPHEN:
                return None
            year, month, day = raw[:4], raw[5:7], raw[8:]
            if not (year.isdigit() and month.isdigit() and day.isdigit()):
                return None
            try:
                return label_ordinal(int(year), int(month), int(day))
            except OldstyleError:
                return None

        return shortcut

    def target_label(self) -> Callable[[int], tuple[int, int, int]]:
        """The label of a day in the calendar written for input without a region."""
        source = self.reader.labels.calendar
        target = self.to or core.other_calendar(source)
        return core.ordinal_to_julian if target == "julian" else core.ordinal_to_gregorian


_HYPHEN = ord("-")


# --- writing dates ------------------------------------------------------------


def _date_words(day: JulianDate | GregorianDate) -> str:
    from oldstyle.names import date_words

    return date_words(*day.to_tuple())


def _marker(calendar: str) -> str:
    from oldstyle.names import ENGLISH

    return ENGLISH.old_style if calendar == "julian" else ENGLISH.new_style


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
        from oldstyle.formatting import format_dual

        year_start = options.year_start if options.year_start != "january" else None
        styled = {} if options.style is None else {"style": options.style}  # else format_dual's default
        return format_dual(reading.julian, **styled, year_start=year_start, weekday=options.weekday)
    from oldstyle.names import weekday_name

    weekday = weekday_name(reading.ordinal)
    if options.format == "long":
        source = reading.in_calendar(core.other_calendar(target))
        return (
            f"{weekday}, {_date_words(result)} {_marker(target)} = "
            f"{_date_words(source)} {_marker(core.other_calendar(target))}"
        )
    import json  # only for --format json

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
            streams.line(render(reading, options) if reading is not None else options.convert(text))
        except OldstyleError as err:
            streams.report(err)
            status = ExitStatus.DATA
    return status


def run(options: ConvertOptions, streams: Streams) -> ExitStatus:
    """Run ``oldstyle convert``: DATE arguments, stdin lines, or a CSV column."""
    if options.csv is not None:
        from oldstyle.cli.convert_csv import convert_csv

        return convert_csv(options, streams)
    if not options.dates:
        from oldstyle.cli.convert_lines import convert_lines

        return convert_lines(options, streams)
    return _convert_arguments(options, streams)
