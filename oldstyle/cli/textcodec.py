"""The text encoding of ``convert``'s stdin and stdout: read it, and write the output in it.

The commands work on UTF-8 bytes.  Input in another encoding is turned into
UTF-8 as it streams in, and the output turned back, so what comes out is in
the encoding (and with the byte-order mark) that went in:

- ``utf-8`` (the default) reads UTF-8 with or without a byte-order mark, and
  also recognises a UTF-16 byte-order mark (Excel's "Unicode text"), so a
  user need not know which one a file has;
- ``utf-16`` reads UTF-16 (little-endian, Excel's, when there is no mark);
- ``cp1252`` reads Windows' Western European code page, byte for byte: the
  five bytes it leaves undefined pass through unchanged.
"""

from __future__ import annotations

import codecs
import itertools

from oldstyle.errors import OldstyleError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (mypy knows the name)
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from typing import BinaryIO

__all__ = ["ENCODINGS", "Codec", "EncodedWriter", "decoded_chunks", "encoding_name", "line_batches"]

ENCODINGS = ("utf-8", "utf-16", "cp1252")
"""The encodings ``--encoding`` accepts, default first."""

_ALIASES = {
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "utf-8-sig": "utf-8",
    "utf_8": "utf-8",
    "utf16": "utf-16",
    "utf-16": "utf-16",
    "utf_16": "utf-16",
    "unicode": "utf-16",
    "cp1252": "cp1252",
    "windows-1252": "cp1252",
    "windows1252": "cp1252",
}

_CHUNK = 1 << 16
_MARKS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def encoding_name(text: str) -> str:
    """The canonical name of an ``--encoding`` value; ValueError naming the choices otherwise."""
    found = _ALIASES.get(text.strip().lower())
    if found is None:
        raise ValueError(f"unknown encoding {text[:40]!r}: give {', '.join(ENCODINGS)}")
    return found


class Codec:
    """How the input was encoded: the codec, its byte-order mark, and its error handler.

    ``codec`` is None for plain UTF-8, which needs no transcoding.  A plain
    class rather than a dataclass, to keep :mod:`dataclasses` out of the
    start-up of ``convert`` on stdin.
    """

    __slots__ = ("bom", "codec", "errors")

    def __init__(self, codec: str | None, bom: bytes = b"", errors: str = "surrogateescape") -> None:
        self.codec = codec
        self.bom = bom
        self.errors = errors

    def __repr__(self) -> str:
        return f"Codec({self.codec!r}, {self.bom!r}, {self.errors!r})"

    def encode(self, data: bytes) -> bytes:
        """UTF-8 output bytes in the input's encoding (without the mark, written once up front).

        Input bytes come back exactly; a character of our own output that the
        encoding has no byte for (Russian month names in cp1252) is written
        as a ``\\u`` escape rather than stopping the run.
        """
        if self.codec is None or not data:
            return data
        text = data.decode("utf-8", self.errors)
        try:
            return text.encode(self.codec, self.errors)
        except UnicodeEncodeError:
            return "".join(self._character(c) for c in text).encode(self.codec, self.errors)

    def _character(self, char: str) -> str:
        assert self.codec is not None
        try:
            char.encode(self.codec, self.errors)
        except UnicodeEncodeError:
            return char.encode("ascii", "backslashreplace").decode("ascii")
        return char


def _detect(head: bytes, asked: str | None) -> Codec:
    """The codec of input starting with ``head``, for the ``--encoding`` asked."""
    if asked == "cp1252":
        return Codec("cp1252")
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return Codec(codec, bom, "surrogatepass")
    if asked == "utf-16":
        return Codec("utf-16-le", b"", "surrogatepass")
    return Codec(None, codecs.BOM_UTF8 if head.startswith(codecs.BOM_UTF8) else b"")


def _raw_chunks(stdin: BinaryIO) -> Iterator[bytes]:
    """Input as it arrives: ``read1`` returns what is there without waiting for a full buffer."""
    read = getattr(stdin, "read1", stdin.read)
    while chunk := read(_CHUNK):
        yield chunk


def decoded_chunks(stdin: BinaryIO, asked: str | None = None) -> tuple[Codec, Iterator[bytes]]:
    """The input's codec, and its text as UTF-8 chunks (the byte-order mark removed).

    Chunks are yielded as they arrive, so a pipe that sends one line sees
    it processed at once.  A UTF-16 input that ends inside a character
    raises :class:`~oldstyle.OldstyleError` when the reader gets there.
    """
    chunks = _raw_chunks(stdin)
    head = b""
    for chunk in chunks:  # until the bytes so far cannot begin a mark (a short first line waits not)
        head += chunk
        if not any(bom.startswith(head) and bom != head for bom in _MARKS):
            break
    codec = _detect(head, asked)
    return codec, _utf8_chunks(codec, head[len(codec.bom) :], chunks)


def _utf8_chunks(codec: Codec, head: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    chunks = itertools.chain((head,), rest)
    if codec.codec is None:
        yield from chunks
        return
    decoder = codecs.getincrementaldecoder(codec.codec)(codec.errors)
    for chunk in chunks:
        yield decoder.decode(chunk).encode("utf-8", codec.errors)
    try:
        tail = decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise OldstyleError(
            "the input ends in the middle of a UTF-16 character (an odd number of bytes): "
            "the file is cut short, or it is not UTF-16 text"
        ) from None
    if tail:
        yield tail.encode("utf-8", codec.errors)


def line_batches(chunks: Iterator[bytes]) -> Iterator[list[bytes]]:
    """The complete lines (each with its line end) of each chunk, as the chunks arrive.

    A line end is LF, CRLF or CR (a CR-only file is split when it ends);
    the last line may have none.  A batch may be empty (a chunk inside one
    long line, which waits in a list: the work stays linear in the input).
    """
    pending: list[bytes] = []
    for chunk in chunks:
        cut = chunk.rfind(b"\n") + 1
        if not cut:
            pending.append(chunk)
            yield []
            continue
        yield b"".join([*pending, chunk[:cut]]).splitlines(keepends=True)
        pending = [chunk[cut:]]
    rest = b"".join(pending)
    if rest:
        yield rest.splitlines(keepends=True)


class EncodedWriter:
    """Writes UTF-8 output in the input's encoding, its byte-order mark first."""

    def __init__(self, write: Callable[[bytes], None], codec: Codec) -> None:
        self._write = write
        self._codec = codec
        self._pending_bom = codec.bom

    def write(self, data: bytes) -> None:
        """Write UTF-8 bytes (whole characters) in the input's encoding."""
        if self._pending_bom:
            self._write(self._pending_bom)
            self._pending_bom = b""
        self._write(self._codec.encode(data))
