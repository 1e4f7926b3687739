"""Rewrite one column of CSV bytes, passing every other byte through untouched.

The splitter reads RFC 4180 quoting with LF, CRLF or CR line ends, and
yields byte spans rather than decoded text, so a byte that is no UTF-8, a
quoting style or a line end anywhere else in the file comes out exactly as
it went in.  Only the fields of the chosen column are decoded and replaced.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from oldstyle.cli.status import UsageError
from oldstyle.errors import DateParseError, OldstyleError

__all__ = [
    "FieldError",
    "Record",
    "column_index",
    "convert_field",
    "field_text",
    "header_names",
    "quote_if_needed",
    "records",
    "unquote",
]

# A line ends at LF, CRLF or a lone CR (old Mac files).
_LINE_BREAK = re.compile(rb"\r\n|\r|\n")


class FieldError(OldstyleError):
    """A field that could not be converted; the record passes through unchanged."""


@dataclass(frozen=True)
class Record:
    """One CSV record: the byte spans of its fields and the line it starts on."""

    line: int
    fields: list[tuple[int, int]]


def _breaks(data: bytes, start: int, end: int) -> int:
    """How many line ends lie in ``data[start:end]``."""
    return len(_LINE_BREAK.findall(data, start, end))


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


def records(data: bytes, delimiter: bytes, first_line: int = 1) -> Iterator[Record]:
    """Split CSV bytes into records without changing them.

    ``first_line`` is the line number of ``data``'s first line (a block of
    a stream counts on from the block before).  Raises
    :class:`~oldstyle.DateParseError` at a quoted field that is never
    closed; the records before it have been yielded.
    """
    # One search finds whichever comes first, so each byte is looked at once.
    stop = re.compile(re.escape(delimiter) + rb"|\r\n|\r|\n")
    pos, line = 0, first_line
    while pos < len(data):
        record = Record(line, [])
        while True:
            start = pos
            if data[pos : pos + 1] == b'"':
                pos = _quoted_end(data, pos, line)
            found = stop.search(data, pos)
            end = found.start() if found else len(data)
            record.fields.append((start, end))
            line += _breaks(data, start, end)
            pos = end if found is None else found.end()
            if found is None or found.group() != delimiter:
                break
        line += 1
        yield record


def header_names(fields: list[bytes]) -> tuple[list[str], bool]:
    """The header's column names from its fields' raw bytes, and whether every one was UTF-8.

    A byte that is no UTF-8 is kept as a surrogate escape, so the other
    names can still be matched.
    """
    names, clean = [], True
    for raw in fields:
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            clean = False
        names.append(unquote(raw.decode("utf-8", "surrogateescape"))[0])
    return names, clean


def column_index(column: int | str, header: list[str] | None) -> int:
    """0-based index of a column given by 0-based number or by header name (exact, then any case)."""
    if isinstance(column, int):
        return column
    assert header is not None
    names = [name.strip().lstrip("\ufeff") for name in header]  # Excel starts with a byte-order mark
    folded = [name.casefold() for name in names]
    if column in names:
        return names.index(column)
    if column.casefold() in folded:
        return folded.index(column.casefold())
    raise UsageError(f"no column {column!r} in the CSV header; columns are: {', '.join(names)}")


def unquote(text: str) -> tuple[str, bool]:
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        return text[1:-1].replace('""', '"'), True
    return text, False


def quote_if_needed(text: str, was_quoted: bool, delimiter: str) -> bytes:
    special = any(c in text for c in ('"', "\r", "\n", delimiter))
    if was_quoted or special:
        return ('"' + text.replace('"', '""') + '"').encode("utf-8")
    return text.encode("utf-8")


def field_text(raw: bytes) -> tuple[str, bool]:
    """A date field's text without its quotes, and whether it was quoted; FieldError if no UTF-8."""
    try:
        return unquote(raw.decode("utf-8"))
    except UnicodeDecodeError as err:
        raise FieldError(f"the date field is not UTF-8 text (bad byte at offset {err.start})") from None


def convert_field(raw: bytes, delimiter: str, convert: Callable[[str], str]) -> bytes | None:
    """The converted field, or None for a field with no date; raises FieldError or OldstyleError."""
    text, quoted = field_text(raw)
    core = text.strip()
    if not core:
        return None  # a missing date stays missing
    # Spaces and line breaks around the date (a quoted field may hold them) are kept.
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    return quote_if_needed(lead + convert(core) + trail, quoted, delimiter)
