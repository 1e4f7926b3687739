"""The command line's grammar: every option of every command, and the types that read them.

Each ``add_<command>`` function declares one command's arguments, with
``dest`` names equal to the fields of that command's options dataclass, so
:func:`parse` can build the options without knowing the command.  Argument
types turn text into checked values (a region, a column, a size) and raise
:class:`argparse.ArgumentTypeError`, which argparse reports in one line with
exit status 2.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple, NoReturn, cast

from oldstyle import __version__, core
from oldstyle.checking import TRUST
from oldstyle.choices import choose
from oldstyle.cli import cal, check, convert, offset, regions
from oldstyle.cli.files import DEFAULT_MAX_SIZE
from oldstyle.cli.reading import MAX_YEAR_DIGITS
from oldstyle.cli.status import ExitStatus
from oldstyle.cli.streams import PROG, Streams
from oldstyle.errors import OldstyleError, UnknownRegionError
from oldstyle.formatting import style_name
from oldstyle.names import ENGLISH
from oldstyle.reforms import GAP_POLICIES, Region, region

__all__ = ["COMMANDS", "Command", "build_parser", "parse"]

_CALENDAR_CHOICES = ("os", "ns", "julian", "gregorian")
# A leading "-" followed by a digit is a negative year or date, never an
# option: none of our options looks like that.
_NEGATIVE_VALUE = re.compile(r"-\d")


class Command(NamedTuple):
    """One subcommand: its options type, what runs it, its help, and its arguments."""

    options: type[Any]
    run: Callable[[Any, Streams], ExitStatus]
    summary: str
    epilog: str
    formats: tuple[str, ...]
    add_arguments: Callable[[argparse.ArgumentParser], None]


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors and negative dates read as values."""

    def __init__(self, *args: Any, streams: Streams | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)
        self.streams = streams
        # argparse only takes "-5" or "-1.5" as values; "-0043-03-15" would be
        # an unknown option.  The matcher is argparse's own hook for this.
        self._negative_number_matcher = _NEGATIVE_VALUE

    def _print_message(self, message: str, file: Any = None) -> None:
        """Help and errors go to the run's streams: errors to its stderr, the rest to its stdout."""
        if self.streams is None or not message:
            super()._print_message(message, file)
        elif file is sys.stderr:
            self.streams.stderr.write(message.encode(self.streams.encoding, "backslashreplace"))
        else:
            self.streams.write(message)

    def error(self, message: str) -> NoReturn:
        """Print one line, ``prog: error: message (see prog --help)``, and exit 2."""
        message = " ".join(message.split())
        self.exit(ExitStatus.USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


# --- argument types --------------------------------------------------------------


def _refusal(err: OldstyleError) -> argparse.ArgumentTypeError:
    return argparse.ArgumentTypeError(err.problem)


def style_arg(text: str) -> str:
    """--style: a known dual-date style."""
    try:
        return style_name(text)
    except OldstyleError as err:
        raise _refusal(err) from None


def calendar_arg(text: str) -> str:
    """--from, --to, --calendar: ``julian`` or ``gregorian`` (``os``/``ns`` too)."""
    try:
        return core.calendar_name(text)
    except OldstyleError as err:
        raise _refusal(err) from None


def region_arg(code: str) -> Region:
    """--region and the CODEs of ``regions``: a region of the reform table."""
    try:
        return region(code)
    except UnknownRegionError as err:
        hint = f"did you mean {', '.join(err.choices)}? " if err.choices else ""
        raise argparse.ArgumentTypeError(
            f"unknown region {code!r}: {hint}('{PROG} regions' lists every region)"
        ) from None


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
    """YEAR of ``cal``: a whole number (astronomical: 0 is 1 BC)."""
    return whole_number(text)


_MONTHS = {
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
        return choose(key, _MONTHS, refuse)
    except OldstyleError as err:
        raise _refusal(err) from None


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


# --- the commands' arguments --------------------------------------------------------


def _region_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--region",
        type=region_arg,
        metavar="CODE",
        help="dates as written in a region: GB, RU, SE, England ...",
    )


def _calendar_option(parser: argparse.ArgumentParser, flag: str, default: str | None, what: str) -> None:
    parser.add_argument(
        flag,
        dest="calendar",
        type=calendar_arg,
        metavar="{os,ns,julian,gregorian}",
        default=default,
        help=what,
    )


def add_convert(p: argparse.ArgumentParser) -> None:
    """The arguments of ``oldstyle convert``."""
    p.add_argument("dates", nargs="*", metavar="DATE", help="ISO (1917-10-25, -0043-03-15) or prose dates")
    _calendar_option(p, "--from", None, "calendar of unmarked input (default: os)")
    p.add_argument(
        "--to",
        type=calendar_arg,
        metavar="{os,ns,julian,gregorian}",
        help="calendar to write (default: the other one)",
    )
    p.add_argument("--style", type=style_arg, default="os-ns", help="style of --format dual (see below)")
    p.add_argument("--year-start", metavar="STYLE", help="dual year for --format dual, e.g. lady_day")
    p.add_argument("--weekday", action="store_true", help="start --format dual with the day of the week")
    _region_option(p)
    p.add_argument("--gap", choices=GAP_POLICIES, default="error", help="a date in a region's reform gap")
    p.add_argument(
        "--csv",
        type=csv_column_arg,
        metavar="COLUMN",
        help="convert a column (name or 1-based number) of CSV on stdin",
    )
    p.add_argument("--header", action="store_true", help="with --csv NUMBER: the first row is a header")
    p.add_argument(
        "--delimiter",
        type=delimiter_arg,
        default=",",
        help="CSV field delimiter: one character, or tab (default: ,)",
    )


def add_check(p: argparse.ArgumentParser) -> None:
    """The arguments of ``oldstyle check``."""
    p.add_argument("paths", nargs="+", metavar="PATH", help="a file, a directory, or - for stdin")
    p.add_argument(
        "--fix",
        action="store_true",
        help="rewrite the wrong half of each pair in place (not files with several hard links)",
    )
    p.add_argument(
        "--trust", choices=tuple(TRUST), default="first", help="which half of a wrong pair is right: first"
    )
    p.add_argument(
        "--syntax",
        choices=check.SYNTAXES,
        default="auto",
        help="markdown skips code, HTML comments and :os[...] markers; auto: by suffix (.md)",
    )
    p.add_argument(
        "--max-size",
        type=size_arg,
        default=DEFAULT_MAX_SIZE,
        metavar="SIZE",
        help="skip files larger than this (default: 50M)",
    )


def add_offset(p: argparse.ArgumentParser) -> None:
    """The arguments of ``oldstyle offset``."""
    p.add_argument(
        "when", type=offset_when_arg, metavar="DATE|YEAR", help="a date (Julian unless --from ns) or a year"
    )
    _calendar_option(p, "--from", "julian", "calendar of DATE (default: os)")


def add_cal(p: argparse.ArgumentParser) -> None:
    """The arguments of ``oldstyle cal``."""
    p.add_argument("month", nargs="?", type=month_arg, metavar="MONTH", help="1-12 or an English month name")
    p.add_argument("year", type=year_arg, metavar="YEAR", help="the year (astronomical: 0 is 1 BC)")
    _calendar_option(p, "--calendar", None, "one calendar throughout (default: ns)")
    _region_option(p)


def add_regions(p: argparse.ArgumentParser) -> None:
    """The arguments of ``oldstyle regions``."""
    p.add_argument("codes", nargs="*", type=region_arg, metavar="CODE", help="only these regions")


_TEXT_OR_JSON = ("text", "json")

COMMANDS: dict[str, Command] = {
    "convert": Command(
        convert.ConvertOptions, convert.run, convert.SUMMARY, convert.EXAMPLES, convert.FORMATS, add_convert
    ),
    "check": Command(check.CheckOptions, check.run, check.SUMMARY, check.EXAMPLES, _TEXT_OR_JSON, add_check),
    "offset": Command(
        offset.OffsetOptions, offset.run, offset.SUMMARY, offset.EXAMPLES, _TEXT_OR_JSON, add_offset
    ),
    "cal": Command(cal.CalOptions, cal.run, cal.SUMMARY, cal.EXAMPLES, _TEXT_OR_JSON, add_cal),
    "regions": Command(
        regions.RegionsOptions, regions.run, regions.SUMMARY, regions.EXAMPLES, _TEXT_OR_JSON, add_regions
    ),
}
"""Every subcommand by name; a new command is one module and one entry here."""


def _add_command(sub: Any, name: str, command: Command) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        name, help=command.summary, description=command.summary, epilog=command.epilog
    )
    parser.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="show a traceback on errors"
    )
    formats = command.formats
    parser.add_argument("--format", choices=formats, default=formats[0], help=f"output format: {formats[0]}")
    command.add_arguments(parser)
    parser.set_defaults(command=name, subparser=parser)


def build_parser(streams: Streams | None = None) -> argparse.ArgumentParser:
    """The argument parser of the ``oldstyle`` command, with every subcommand.

    With ``streams``, help and usage errors are written there rather than
    to the process's stdout and stderr.
    """
    parser = _Parser(
        streams=streams,
        prog=PROG,
        description="Julian (Old Style) and Gregorian (New Style) dates, exactly.",
        epilog="Run 'oldstyle COMMAND --help' for a command's options and examples.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--debug", action="store_true", help="show a traceback on errors")
    subparser_class = cast(type[_Parser], functools.partial(_Parser, streams=streams))
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=subparser_class
    )
    for name, command in COMMANDS.items():
        _add_command(sub, name, command)
    return parser


def parse(argv: Sequence[str] | None, streams: Streams) -> tuple[Command, argparse.Namespace]:
    """The command and the parsed arguments; raises SystemExit for --help, --version and usage errors."""
    args, extras = build_parser(streams).parse_known_args(argv)
    if extras:  # name the subcommand whose options these are not
        args.subparser.error(f"unrecognized arguments: {' '.join(extras)}")
    return COMMANDS[args.command], args


def options_of(command: Command, args: argparse.Namespace) -> Any:
    """The command's options dataclass, filled from the parsed arguments of the same names."""
    names = [f.name for f in dataclasses.fields(command.options)]
    return command.options(**{name: getattr(args, name) for name in names})
