"""``oldstyle convert --csv COLUMN``: one column of the CSV on stdin, converted as it streams.

The input is cut into blocks of whole records as it arrives (a block ends at
a line end outside any quoted field), and each block's rows are written
before the next block is read, so the first row is out while the input is
still coming.  Every byte outside the converted cells passes through as it
was: a record is its fields' raw bytes joined by the delimiter again, with
its own line end.  Blocks without a quote are split with ``bytes.split``;
the RFC 4180 splitter of :mod:`oldstyle.cli.csv_rewrite` reads the others.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from oldstyle import core
from oldstyle.cli import csv_rewrite
from oldstyle.cli.progress import Progress
from oldstyle.cli.status import ExitStatus, UsageError
from oldstyle.cli.streams import Streams, shell_message
from oldstyle.cli.textcodec import EncodedWriter, decoded_chunks
from oldstyle.errors import DateParseError, OldstyleError

if TYPE_CHECKING:
    from oldstyle.cli.convert import ConvertOptions

__all__ = ["ADDED_COLUMNS", "convert_csv"]

ADDED_COLUMNS = ("julian", "gregorian", "error")
"""The suffixes of the columns ``--add-columns`` appends: COLUMN_julian, COLUMN_gregorian, COLUMN_error."""


@dataclass
class _Row:
    """One record: its fields' raw bytes, its line end, and the line it starts on.

    ``whole`` is set for bytes that pass through as they are (the rest of
    the input after a quoted field that is never closed).
    """

    fields: list[bytes]
    ending: bytes
    line: int
    whole: bool = False

    @property
    def blank(self) -> bool:
        """A line with nothing on it."""
        return len(self.fields) == 1 and not self.fields[0]


class _FailedCellError(Exception):
    """``--on-error fail`` met a bad cell."""


def _blocks(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """Whole records as they arrive: each block ends at a line end outside quotes.

    Linear in the input: each chunk's quotes are counted once, and chunks
    that end inside a quoted field wait in a list until one closes it.
    """
    pending: list[bytes] = []  # the chunks (or chunk tails) since the last block
    odd = False  # whether ``pending`` holds an odd number of quotes: a quoted field is open
    for chunk in chunks:
        cut = chunk.rfind(b"\n") + 1
        if cut and odd == (chunk.count(b'"', 0, cut) % 2 == 1):  # the quotes before the cut pair up
            yield b"".join([*pending, chunk[:cut]])
            pending, odd = [chunk[cut:]], chunk.count(b'"', cut) % 2 == 1
        else:
            pending.append(chunk)
            odd ^= chunk.count(b'"') % 2 == 1
    rest = b"".join(pending)
    if rest:
        yield rest


def _plain_rows(block: bytes, delimiter: bytes, line: int) -> Iterator[_Row]:
    for number, raw in enumerate(block.splitlines(keepends=True), start=line):
        body = raw.rstrip(b"\r\n")
        yield _Row(body.split(delimiter), raw[len(body) :], number)


def _quoted_rows(block: bytes, delimiter: bytes, line: int, run: _CsvRun) -> Iterator[_Row]:
    found = list(_records(block, delimiter, line, run))
    for i, (record, broken_at) in enumerate(found):
        if broken_at is not None:
            yield _Row([block[broken_at:]], b"", record.line, whole=True)
            return
        end = record.fields[-1][1]
        next_start = found[i + 1][0].fields[0][0] if i + 1 < len(found) else len(block)
        yield _Row([block[s:e] for s, e in record.fields], block[end:next_start], record.line)


def _records(
    block: bytes, delimiter: bytes, line: int, run: _CsvRun
) -> Iterator[tuple[csv_rewrite.Record, int | None]]:
    """The block's records; after a quoted field that is never closed, a marker where the rest starts."""
    rest = 0  # where the record being read starts
    try:
        for record in csv_rewrite.records(block, delimiter, line):
            yield record, None
            line = record.line
            rest = _after_line_end(block, record.fields[-1][1])
    except DateParseError as err:
        run.complain(err, None)
        yield csv_rewrite.Record(line, [(rest, rest)]), rest


def _after_line_end(block: bytes, pos: int) -> int:
    """Where the next record starts, after the line end at ``pos``."""
    if block.startswith(b"\r\n", pos):
        return pos + 2
    return pos + 1 if block[pos : pos + 1] in (b"\r", b"\n") else pos


@dataclass
class _CsvRun:
    """One ``--csv`` run: its options, where it writes, and what it has seen."""

    options: ConvertOptions
    streams: Streams
    out: EncodedWriter
    index: int | None = None
    status: ExitStatus = ExitStatus.OK
    progress: Progress = field(init=False)
    shortcut: Callable[[bytes], int | None] | None = field(init=False)
    target_label: Callable[[int], tuple[int, int, int]] = field(init=False)
    delimiter: bytes = field(init=False)

    def __post_init__(self) -> None:
        self.progress = Progress(self.streams.stderr, "rows")
        self.delimiter = self.options.delimiter.encode("utf-8")
        self.shortcut = self.options.iso_shortcut()
        self.target_label = self.options.target_label()
        if isinstance(self.options.csv, int) and not self.options.header:
            self.index = self.options.csv

    def complain(self, err: OldstyleError, line: int | None) -> None:
        self.progress.clear()
        self.streams.report(err, "" if line is None else f"CSV line {line}: ")
        self.status = ExitStatus.DATA

    def bad_cell(self, err: OldstyleError, line: int) -> None:
        self.complain(err, line)
        if self.options.on_error == "fail":
            raise _FailedCellError

    # --- rows ------------------------------------------------------------------------

    def header(self, row: _Row) -> bytes:
        names, clean = csv_rewrite.header_names(row.fields)
        if not clean:
            self.complain(
                OldstyleError("the header is not UTF-8 text; it passes through unchanged"), row.line
            )
        self.index = csv_rewrite.column_index(self.options.csv if self.options.csv is not None else 0, names)
        if not self.options.add_columns:
            return self.delimiter.join(row.fields) + row.ending
        base = names[self.index].strip().lstrip("\ufeff") if self.index < len(names) else "date"
        added = [f"{base}_{suffix}" for suffix in ADDED_COLUMNS]
        taken = [name for name in added if name in names]
        if taken:
            raise UsageError(f"the CSV already has a column {taken[0]!r}: --add-columns never overwrites one")
        return self._joined(row, [a.encode("utf-8", "surrogateescape") for a in added])

    def row(self, row: _Row) -> bytes:
        if row.whole or row.blank:
            return b"".join(row.fields) + row.ending
        assert self.index is not None
        if self.options.add_columns:
            return self._joined(row, self._added(row))
        if self.index >= len(row.fields):
            self.bad_cell(_missing_column(self.index, row), row.line)
            return self.delimiter.join(row.fields) + row.ending
        raw = row.fields[self.index]
        ordinal = None if self.shortcut is None or self.options.format != "iso" else self.shortcut(raw)
        if ordinal is not None:  # a plain ISO date
            row.fields[self.index] = _iso(self.target_label(ordinal))
            return self.delimiter.join(row.fields) + row.ending
        try:
            new = csv_rewrite.convert_field(raw, self.options.delimiter, self.options.convert)
        except OldstyleError as err:
            self.bad_cell(err, row.line)
            new = raw if self.options.on_error == "keep" else b""
        if new is not None:
            row.fields[self.index] = new
        return self.delimiter.join(row.fields) + row.ending

    def _added(self, row: _Row) -> list[bytes]:
        """The julian, gregorian and error cells of a row."""
        assert self.index is not None
        if self.shortcut is not None and self.index < len(row.fields):
            ordinal = self.shortcut(row.fields[self.index])
            if ordinal is not None:  # a plain ISO date
                return [_iso(core.ordinal_to_julian(ordinal)), _iso(core.ordinal_to_gregorian(ordinal)), b""]
        try:
            if self.index >= len(row.fields):
                raise _missing_column(self.index, row)
            text, _ = csv_rewrite.field_text(row.fields[self.index])
            if not text.strip():
                return [b"", b"", b""]
            reading = self.options.read(text)
        except OldstyleError as err:
            self.bad_cell(err, row.line)
            message = shell_message(err)
            return [b"", b"", csv_rewrite.quote_if_needed(message, False, self.options.delimiter)]
        return [reading.julian.isoformat().encode(), reading.gregorian.isoformat().encode(), b""]

    def _joined(self, row: _Row, extra: list[bytes]) -> bytes:
        return self.delimiter.join([*row.fields, *extra]) + row.ending


def _iso(label: tuple[int, int, int]) -> bytes:
    return core.format_iso(*label).encode("ascii")


def _missing_column(index: int, row: _Row) -> OldstyleError:
    return csv_rewrite.FieldError(f"there is no column {index + 1} (the row has {len(row.fields)} fields)")


def _rows(chunks: Iterator[bytes], run: _CsvRun) -> Iterator[list[_Row]]:
    """The rows of each block of the input, block by block, numbered by line."""
    line = 1
    for block in _blocks(chunks):
        if b'"' in block:
            yield list(_quoted_rows(block, run.delimiter, line, run))
        else:
            yield list(_plain_rows(block, run.delimiter, line))
        line += block.count(b"\n") + block.count(b"\r") - block.count(b"\r\n")


def convert_csv(options: ConvertOptions, streams: Streams) -> ExitStatus:
    """Rewrite (or, with ``--add-columns``, extend) one column of the CSV on stdin."""
    codec, chunks = decoded_chunks(streams.stdin, options.encoding)
    run = _CsvRun(options, streams, EncodedWriter(streams.write_bytes, codec))
    done = 0
    try:
        for rows in _rows(chunks, run):
            pieces = []
            try:
                for row in rows:
                    pieces.append(run.header(row) if run.index is None and not row.blank else run.row(row))
            finally:
                run.out.write(b"".join(pieces))
                streams.flush()
            done += len(rows)
            run.progress.update(done)
    except _FailedCellError:
        pass
    run.progress.clear()
    if run.index is None:
        raise UsageError("the CSV on stdin is empty: there is no header row")
    return run.status
