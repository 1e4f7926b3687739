"""The command line's grammar: every option of every command, and the table of commands.

Each ``add_<command>`` function declares one command's arguments, with
``dest`` names equal to the fields of that command's options class, so
:func:`parse` can build the options without knowing the command.  The
argument types live in :mod:`oldstyle.cli.argtypes`.

Start-up is kept short by loading only what the command given needs:
:data:`COMMANDS` names each command's module by its path, and that module
(with the layers it uses: text, regions, feasts) is imported only when its
command runs or its help is asked for.  Choices owned by a heavier layer
(``--gap``, ``--trust``) are read from it only when they are checked or
shown.  The help formatter asks the terminal for its width itself, so that
argparse does not import :mod:`shutil` (and its archive modules) to do it.
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import sys

from oldstyle.cli.argtypes import (
    calendar_arg,
    computus_arg,
    csv_column_arg,
    delimiter_arg,
    encoding_arg,
    month_arg,
    offset_when_arg,
    region_arg,
    size_arg,
    style_arg,
    year_arg,
    year_start_arg,
)
from oldstyle.cli.status import ExitStatus
from oldstyle.cli.streams import PROG, Streams

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (mypy knows the name)
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence
    from types import ModuleType
    from typing import Any, NoReturn

__all__ = ["COMMANDS", "Command", "build_parser", "options_of", "parse"]

# A leading "-" followed by a digit is a negative year or date, never an
# option: none of our options looks like that.
_NEGATIVE_VALUE = re.compile(r"-\d")


def _import(module: str) -> ModuleType:
    """A module by its dotted name, imported now (as importlib.import_module, without importing importlib)."""
    __import__(module)
    return sys.modules[module]


class Command:
    """One subcommand: its module (by path), options class, help line, formats and arguments.

    The module holds ``run(options, streams) -> ExitStatus``, the options
    class named ``options`` and ``EXAMPLES``, the epilog of its help.
    """

    __slots__ = ("add_arguments", "formats", "module", "options", "summary")

    def __init__(
        self,
        module: str,
        options: str,
        summary: str,
        formats: tuple[str, ...],
        add_arguments: Callable[[argparse.ArgumentParser], None],
    ) -> None:
        self.module = module
        self.options = options
        self.summary = summary
        self.formats = formats
        self.add_arguments = add_arguments

    def load(self) -> ModuleType:
        """The command's module, imported now (the first time it is needed)."""
        return _import(self.module)

    def run(self, options: Any, streams: Streams) -> ExitStatus:
        """Run the command with its options."""
        status: ExitStatus = self.load().run(options, streams)
        return status


class _LazyChoices:
    """``choices=`` read from a module attribute only when argparse checks or shows them."""

    def __init__(self, module: str, name: str) -> None:
        self._where = (module, name)

    def _values(self) -> tuple[str, ...]:
        module, name = self._where
        return tuple(getattr(_import(module), name))

    def __contains__(self, value: object) -> bool:
        return value in self._values()

    def __iter__(self) -> Iterator[str]:
        return iter(self._values())


def _terminal_width() -> int:
    """The columns of the terminal, as :func:`shutil.get_terminal_size` finds them (default 80).

    $COLUMNS first, then the terminal on the process's stdout; written out
    here because shutil imports bz2, lzma, zlib and fnmatch for its archives.
    """
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0 and sys.__stdout__ is not None:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):  # closed, detached, or not a terminal
            columns = 0
    return columns or 80


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse's formatter for help with examples, at the width argparse would choose."""

    def __init__(
        self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None
    ) -> None:
        if width is None:  # argparse's own default, the terminal's columns less 2, without shutil
            width = _terminal_width() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors and negative dates read as values."""

    def __init__(self, *args: Any, streams: Streams | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)
        self.streams = streams
        self.epilog_source: Callable[[], str] | None = None
        # argparse only takes "-5" or "-1.5" as values; "-0043-03-15" would be
        # an unknown option.  The matcher is argparse's own hook for this.
        self._negative_number_matcher = _NEGATIVE_VALUE

    def format_help(self) -> str:
        """The help, with the examples (the epilog) built only now: they may need a heavier layer."""
        if self.epilog_source is not None:
            self.epilog = self.epilog_source()
        return super().format_help()

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
    p.add_argument("--style", type=style_arg, help="style of --format dual (see below; default: os-ns)")
    p.add_argument(
        "--year-start",
        type=year_start_arg,
        metavar="STYLE",
        help="the New Year of the input's years, e.g. lady_day (default: 1 January, or the region's)",
    )
    p.add_argument("--weekday", action="store_true", help="start --format dual with the day of the week")
    _region_option(p)
    p.add_argument(
        "--gap",
        choices=_LazyChoices("oldstyle.reforms", "GAP_POLICIES"),
        default="error",
        metavar="POLICY",
        help="a date in a region's reform gap: %(choices)s (default: %(default)s)",
    )
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
    p.add_argument(
        "--add-columns",
        action="store_true",
        help="with --csv: add julian, gregorian and error columns; leave the input's columns as they are",
    )
    p.add_argument(
        "--on-error",
        choices=("blank", "keep", "fail"),
        default="blank",
        help="with --csv, a cell that is no date: blank it (default), keep its text, or stop",
    )
    p.add_argument(
        "--encoding",
        type=encoding_arg,
        metavar="{utf-8,utf-16,cp1252}",
        help="of stdin and stdout (default: utf-8, byte-order mark or not; a UTF-16 mark is seen)",
    )


def add_check(p: argparse.ArgumentParser) -> None:
    """The arguments of ``oldstyle check``."""
    from oldstyle.cli.files import DEFAULT_MAX_SIZE

    p.add_argument("paths", nargs="+", metavar="PATH", help="a file, a directory, or - for stdin")
    p.add_argument(
        "--fix",
        action="store_true",
        help="rewrite the wrong half of each pair in place (not files with several hard links)",
    )
    p.add_argument(
        "--trust",
        choices=_LazyChoices("oldstyle.checking", "TRUST"),
        default="first",
        metavar="SIDE",
        help="which half of a wrong pair is right: %(choices)s (default: %(default)s)",
    )
    p.add_argument(
        "--syntax",
        choices=_LazyChoices("oldstyle.cli.check", "SYNTAXES"),
        default="auto",
        metavar="SYNTAX",
        help="%(choices)s; markdown skips code, HTML comments and :os[...] markers; auto: by suffix (.md)",
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
    p.add_argument("--feasts", action="store_true", help="list the feasts of the month (or year) under it")


def add_regions(p: argparse.ArgumentParser) -> None:
    """The arguments of ``oldstyle regions``."""
    p.add_argument("codes", nargs="*", type=region_arg, metavar="CODE", help="only these regions")


def _computus_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--computus",
        type=computus_arg,
        metavar="{julian,gregorian}",
        help="the Easter rule (default: the region's, else the Roman church's of the year)",
    )


def add_easter(p: argparse.ArgumentParser) -> None:
    """The arguments of ``oldstyle easter``."""
    p.add_argument("year", type=year_arg, metavar="YEAR", help="the year (astronomical: 0 is 1 BC)")
    _computus_option(p)
    _region_option(p)


def add_feast(p: argparse.ArgumentParser) -> None:
    """The arguments of ``oldstyle feast``."""
    p.add_argument(
        "name", nargs="*", metavar="NAME", help="a feast: Michaelmas, 'Lady Day', 'Old Michaelmas Day' ..."
    )
    p.add_argument("year", type=year_arg, metavar="YEAR", help="the year; alone, every feast of the year")
    _computus_option(p)
    _region_option(p)


_TEXT_OR_JSON = ("text", "json")

COMMANDS: dict[str, Command] = {
    "convert": Command(
        "oldstyle.cli.convert",
        "ConvertOptions",
        "Convert dates between Old Style (Julian) and New Style (Gregorian).",
        ("iso", "dual", "long", "json"),
        add_convert,
    ),
    "check": Command(
        "oldstyle.cli.check",
        "CheckOptions",
        "Find dual dates whose halves disagree, impossible dates, swapped O.S./N.S. labels "
        "and wrong weekdays.",
        _TEXT_OR_JSON,
        add_check,
    ),
    "offset": Command(
        "oldstyle.cli.offset",
        "OffsetOptions",
        "The days the Gregorian calendar runs ahead of the Julian on a date or in a year, with the rule.",
        _TEXT_OR_JSON,
        add_offset,
    ),
    "cal": Command(
        "oldstyle.cli.cal",
        "CalOptions",
        "A month or year view in the layout of Unix cal, without the days a reform skipped.",
        _TEXT_OR_JSON,
        add_cal,
    ),
    "regions": Command(
        "oldstyle.cli.regions",
        "RegionsOptions",
        "The reform table: code, name, last Julian day, first Gregorian day.",
        _TEXT_OR_JSON,
        add_regions,
    ),
    "easter": Command(
        "oldstyle.cli.easter",
        "EasterOptions",
        "Easter Sunday of a year, by the Julian or Gregorian computus, or as a region kept it.",
        _TEXT_OR_JSON,
        add_easter,
    ),
    "feast": Command(
        "oldstyle.cli.feast",
        "FeastOptions",
        "The day of a feast (Michaelmas, Lady Day, Whitsun ...) in a year, as a region reckoned it.",
        _TEXT_OR_JSON,
        add_feast,
    ),
}
"""Every subcommand by name; a new command is one module and one entry here."""


def _add_command(sub: Any, name: str, command: Command, full: bool) -> None:
    """One subcommand's parser; with ``full``, its module is loaded for the examples of its help."""
    if not full:  # listed in the top-level help only
        sub.add_parser(name, help=command.summary)
        return
    parser: _Parser = sub.add_parser(name, help=command.summary, description=command.summary)
    parser.epilog_source = lambda: str(command.load().EXAMPLES)
    parser.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="show a traceback on errors"
    )
    formats = command.formats
    parser.add_argument("--format", choices=formats, default=formats[0], help=f"output format: {formats[0]}")
    command.add_arguments(parser)
    parser.set_defaults(command=name, subparser=parser)


def build_parser(
    streams: Streams | None = None, only: str | None = None, *, listed: bool = True
) -> argparse.ArgumentParser:
    """The argument parser of the ``oldstyle`` command, with every subcommand.

    With ``streams``, help and usage errors are written there rather than
    to the process's stdout and stderr.  With ``only``, the other
    subcommands are listed but their modules are not loaded; with
    ``listed=False`` as well, they are left out (for a command line whose
    top-level help and errors cannot show: each subparser costs argparse
    three gettext lookups).
    """
    parser = _Parser(
        streams=streams,
        prog=PROG,
        description="Julian (Old Style) and Gregorian (New Style) dates, exactly.",
        epilog="Run 'oldstyle COMMAND --help' for a command's options and examples.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {_version()}")
    parser.add_argument("--debug", action="store_true", help="show a traceback on errors")
    subparser_class: Any = functools.partial(_Parser, streams=streams)  # argparse calls it as a class
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=subparser_class
    )
    for name, command in COMMANDS.items():
        if listed or name == only:
            _add_command(sub, name, command, full=only is None or name == only)
    return parser


def _version() -> str:
    from oldstyle import __version__

    return __version__


def _chosen_command(argv: Sequence[str]) -> str | None:
    """The subcommand named in ``argv`` (the first word that is no top-level option), if known."""
    for word in argv:
        if word in COMMANDS:
            return word
        if not word.startswith("-"):
            return None
    return None


def parse(argv: Sequence[str] | None, streams: Streams) -> tuple[Command, argparse.Namespace]:
    """The command and the parsed arguments; raises SystemExit for --help, --version and usage errors."""
    words = sys.argv[1:] if argv is None else list(argv)
    chosen = _chosen_command(words)
    # argparse names the other commands only in top-level help and errors; with
    # nothing but --debug before the command, it can give neither ("--" can).
    alone = chosen is not None and all(word == "--debug" for word in words[: words.index(chosen)])
    parser = build_parser(streams, only=chosen if chosen is not None else "", listed=not alone)
    args, extras = parser.parse_known_args(words)
    if extras:  # name the subcommand whose options these are not
        args.subparser.error(f"unrecognized arguments: {' '.join(extras)}")
    return COMMANDS[args.command], args


def options_of(command: Command, args: argparse.Namespace) -> Any:
    """The command's options, filled from the parsed arguments of the same names.

    The options class names its fields in ``__match_args__``: a dataclass
    sets it, and a plain class (which spares the import of
    :mod:`dataclasses` on the way to ``convert``) lists them.
    """
    options = getattr(command.load(), command.options)
    return options(**{name: getattr(args, name) for name in options.__match_args__})
