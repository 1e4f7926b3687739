"""``oldstyle convert`` with no DATE: one date per stdin line, one result per output line.

Each line is converted and written as soon as it is read (a pipe that stays
open sees the first result at once).  A bad line is named on stderr; in the
output it leaves an empty line (text formats), or, with ``--format json``,
an object ``{"line": N, "input": ..., "error": ...}``, so that the JSON-lines
stream never holds a bare empty line.
"""

from __future__ import annotations

from oldstyle.cli.progress import Progress
from oldstyle.cli.status import ExitStatus
from oldstyle.cli.streams import Streams, shell_message
from oldstyle.cli.textcodec import EncodedWriter, decoded_chunks, line_batches
from oldstyle.errors import OldstyleError

__all__ = ["convert_lines"]

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (mypy knows the name)
if TYPE_CHECKING:
    from oldstyle.cli.convert import ConvertOptions


def _line_text(raw: bytes, encoding: str | None) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        if encoding is not None:  # a byte the chosen encoding leaves undefined
            raise OldstyleError(f"not {encoding} text (bad byte at offset {err.start})") from None
        raise OldstyleError(
            f"not UTF-8 text (bad byte at offset {err.start}); "
            "if the input is Windows text, give --encoding cp1252"
        ) from None


def _error_object(number: int, text: str, message: str) -> str:
    import json  # only for --format json

    return json.dumps({"line": number, "input": text, "error": message}, ensure_ascii=False)


def _blank_result(options: ConvertOptions, text: str) -> str:
    if options.format == "json":
        import json

        return json.dumps({"input": text, "result": None}, ensure_ascii=False)
    return ""


def convert_lines(options: ConvertOptions, streams: Streams) -> ExitStatus:
    """Convert each stdin line; exit status 1 at the end if any line was bad."""
    codec, chunks = decoded_chunks(streams.stdin, options.encoding)
    out = EncodedWriter(streams.write_bytes, codec)
    progress = Progress(streams.stderr, "lines")
    status = ExitStatus.OK
    number = 0
    for batch in line_batches(chunks):
        pieces = []
        for raw in batch:
            number += 1
            body = raw.rstrip(b"\r\n")
            ending = raw[len(body) :] or b"\n"
            text = ""
            try:
                text = _line_text(body, options.encoding)
                result = options.convert(text) if text.strip() else _blank_result(options, text)
            except OldstyleError as err:
                progress.clear()
                streams.report(err, f"stdin line {number}: ")
                status = ExitStatus.DATA
                message = shell_message(err)
                result = _error_object(number, text, message) if options.format == "json" else ""
            pieces.append(result.encode("utf-8", "surrogateescape") + ending)
        out.write(b"".join(pieces))
        streams.flush()
        progress.update(number)
    progress.clear()
    return status
