"""The ``oldstyle`` command: convert, check, offset, cal, regions, easter and feast.

Exit status (:class:`ExitStatus`): 0 on success, 1 when the input held bad
data (a date that could not be read, a problem that ``check`` found), 2 on
a usage error (an unknown option, a missing file).  Every error is one line
on stderr; a traceback appears only with ``--debug``.

The package has one module per command (``convert``, ``check``, ``offset``,
``cal``, ``regions``, ``easter``, ``feast``), each with an options
class and ``run(options, streams) -> ExitStatus``; ``arguments`` holds
the grammar of the whole command line and the table of commands, which
names each module by its path so that only the command given is imported
(with the layers it needs).  ``argtypes`` reads option values,
``streams`` wraps the standard streams, ``textcodec`` the input's encoding,
``files`` reads and atomically rewrites files, ``csv_rewrite`` splits CSV
bytes and ``convert_csv`` streams a CSV column through ``convert``.
"""

from __future__ import annotations

import os

from oldstyle.cli.arguments import options_of, parse
from oldstyle.cli.status import ExitStatus, Stopped, UsageError
from oldstyle.cli.streams import OutputError, Streams
from oldstyle.errors import OldstyleError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (mypy knows the name)
if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["ExitStatus", "Streams", "UsageError", "main"]


def _run(argv: Sequence[str] | None, streams: Streams) -> int:
    try:
        command, args = parse(argv, streams)
    except SystemExit as stop:  # --help, --version, usage errors (argparse wrote them)
        return stop.code if isinstance(stop.code, int) else ExitStatus.USAGE
    streams.debug = bool(args.debug)
    try:
        return command.run(options_of(command, args), streams)
    except UsageError as err:
        streams.usage_error(args.command, str(err))
        return ExitStatus.USAGE
    except OldstyleError as err:
        streams.report(err)
        return ExitStatus.DATA
    except OutputError:  # main words it
        raise
    except Exception as err:
        if streams.debug:
            raise
        streams.complain(
            f"internal error: {type(err).__name__}: {err} (rerun with --debug for the traceback)"
        )
        return ExitStatus.DATA


def _output_failed(streams: Streams, err: OutputError) -> ExitStatus:
    """Stdout could not be written: say why on stderr (unless the reader went away) and exit 1.

    contextlib is imported only on this path, to keep it out of the start-up.
    """
    import contextlib

    with contextlib.suppress(OSError, ValueError, AttributeError):  # so that the last flush cannot fail again
        os.dup2(os.open(os.devnull, os.O_WRONLY), streams.stdout.fileno())
    if not isinstance(err.cause, BrokenPipeError):  # the reader went away (| head): stop quietly
        with contextlib.suppress(OSError):  # stdout is full or gone (> /dev/full)
            streams.complain(f"cannot write the output: {err}")
    return ExitStatus.DATA


def main(argv: Sequence[str] | None = None, streams: Streams | None = None) -> int:
    """Run the ``oldstyle`` command with ``argv`` (default: ``sys.argv[1:]``); return the exit status.

    ``streams`` replaces the process's stdin, stdout and stderr (tests pass
    byte buffers).
    """
    streams = Streams.of_process() if streams is None else streams
    try:
        status = _run(argv, streams)
        streams.flush()
    except OutputError as err:
        return _output_failed(streams, err)
    except Stopped as stop:
        return 128 + stop.signum
    except KeyboardInterrupt:
        return ExitStatus.INTERRUPTED
    return int(status)
