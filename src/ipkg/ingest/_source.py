"""One input file (or stdin bytes) as the readers see it: decompressed bytes, a head to sniff, decoded lines.

Decoding is line by line so a 1 GB file streams: each line is UTF-8 when it is valid UTF-8, else cp1252 (latin-1
for the five bytes cp1252 leaves undefined), and the first such line logs one warning for the file. A UTF-16
file with a byte order mark is decoded as UTF-16. Line ends may be ``\\n``, ``\\r\\n`` or ``\\r``.
"""

from __future__ import annotations

import gzip
import io
import logging
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError

__all__ = ["HEAD_SIZE", "STREAM_ERRORS", "Source"]

logger = logging.getLogger(__name__)

#: how many (decompressed) bytes :meth:`Source.head` reads to choose a reader
HEAD_SIZE = 4096
#: the exceptions a corrupt or truncated (gzip) stream raises while it is read
STREAM_ERRORS = (OSError, EOFError, zlib.error)

_CHUNK = 1 << 16
_EOL = re.compile(rb"\r\n|\r|\n")
_GZIP_MAGIC = b"\x1f\x8b"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
#: leading bytes of binary formats people hand to a text reader by mistake -> what to call them
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF document (extract its text first)"),
    (b"PK\x03\x04", "a ZIP archive (.zip, .docx, .xlsx: unpack or export it as text/CSV first)"),
    (b"\xd0\xcf\x11\xe0", "an OLE document (.doc, .xls: export it as text/CSV first)"),
    (b"BZh91AY&SY", "bzip2-compressed data (decompress it first)"),
    (b"\xfd7zXZ\x00", "xz-compressed data (decompress it first)"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data (decompress it first)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive (unpack it first)"),
    (b"SQLite format 3\x00", "an SQLite database"),
)


@dataclass(frozen=True)
class Source:
    """An input: a path on disk, or bytes given by the caller (stdin) under a display path."""

    path: Path
    data: bytes | None = None

    @property
    def name(self) -> str:
        """The base name recorded as ``Document.source_file``."""
        return self.path.name or str(self.path)

    @property
    def display(self) -> str:
        """The path as messages show it."""
        return str(self.path)

    def error(self, reason: str, *, record: int | str | None = None, line: int | None = None) -> InputError:
        """An :class:`InputError` about this input."""
        return InputError(self.display, reason, record=record, line=line)

    def _open_raw(self) -> BinaryIO:
        if self.data is not None:
            return io.BytesIO(self.data)
        try:
            return open(self.path, "rb")
        except OSError as err:
            raise self.error(f"cannot open: {err.strerror or err}") from err

    @property
    def gzipped(self) -> bool:
        """True when the bytes start with the gzip magic number (whatever the extension)."""
        with self._open_raw() as raw:
            return raw.read(2) == _GZIP_MAGIC

    def open(self) -> BinaryIO:
        """The decompressed byte stream (the caller closes it)."""
        raw = self._open_raw()
        if raw.read(2) == _GZIP_MAGIC:
            raw.seek(0)
            return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
        raw.seek(0)
        return raw

    def head(self, size: int = HEAD_SIZE) -> bytes:
        """The first ``size`` decompressed bytes.

        :raises InputError: when the file cannot be read or its gzip data is corrupt.
        """
        try:
            with self.open() as stream:
                return stream.read(size)
        except InputError:
            raise
        except STREAM_ERRORS as err:
            raise self.error(f"gzip data corrupted or unreadable ({err})") from err

    def check_head(self, head: bytes) -> None:
        """Raise the whole-file :class:`InputError` for an empty or binary input.

        :raises InputError: naming the cause (``empty file``, ``binary content (a PNG image)``).
        """
        if not head.strip(b" \t\r\n\x0c\xef\xbb\xbf"):
            raise self.error("empty file" + (" (after gunzip)" if self.gzipped else ""))
        for magic, what in _MAGIC:
            if head.startswith(magic):
                raise self.error(f"binary content: {what}, not text")
        if head.startswith(_UTF16_BOMS):
            return
        # a stray NUL is a damaged record, not a binary file: the record cleaners strip it (issue 14 item 9);
        # binary data and BOM-less UTF-16 have control bytes (NULs included) far beyond 1 in 20
        controls = sum(byte < 32 and byte not in b"\t\n\r\x0c" for byte in head)
        if controls * 20 > len(head):
            raise self.error("binary content (not text in any supported format)")

    def read_lines(self, max_bytes: int, too_large: str) -> list[str]:
        """Every line's text (:meth:`iter_lines`), held in memory; :meth:`error` with the reason ``too_large`` once
        the lines and their line ends pass ``max_bytes`` characters."""
        lines: list[str] = []
        size = 0
        for _number, line in self.iter_lines():
            size += len(line) + 1
            if size > max_bytes:
                raise self.error(too_large)
            lines.append(line)
        return lines

    def iter_lines(self) -> Iterator[tuple[int, str]]:
        """``(line number, text without its line end)`` for every line, decoded as the module docstring says.

        :raises InputError: when the (gzip) stream is corrupt; lines before the damage have been yielded.
        """
        number = 0
        try:
            with self.open() as stream:
                first = stream.read(2)
                if first in _UTF16_BOMS:
                    buffered = io.BufferedReader(_Prefixed(first, stream))
                    text = io.TextIOWrapper(buffered, encoding="utf-16", errors="replace", newline=None)
                    for number, line in enumerate(text, start=1):
                        yield number, line.rstrip("\n")
                    return
                warned = False
                for number, raw in enumerate(_iter_raw_lines(_Prefixed(first, stream)), start=1):
                    try:
                        line = raw.decode("utf-8")
                    except UnicodeDecodeError:
                        line = _decode_legacy(raw)
                        if not warned:
                            warned = True
                            logger.warning(
                                "%s is not UTF-8 (first at line %d): read such lines as cp1252 "
                                "(latin-1 where cp1252 has no character)",
                                self.display,
                                number,
                            )
                    if number == 1:
                        line = line.removeprefix("\ufeff")
                    yield number, line
        except InputError:
            raise
        except STREAM_ERRORS as err:
            what = "compressed data" if self.gzipped else "data"
            raise self.error(f"{what} corrupted or truncated at line {number + 1} ({err})", line=number + 1) from err


def _decode_legacy(raw: bytes) -> str:
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


class _Prefixed(io.RawIOBase):
    """A read-only stream that gives back ``prefix`` before the rest of ``stream``."""

    def __init__(self, prefix: bytes, stream: BinaryIO) -> None:
        super().__init__()
        self._prefix = prefix
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._prefix:
            size = min(len(buffer), len(self._prefix))
            buffer[:size] = self._prefix[:size]
            self._prefix = self._prefix[size:]
            return size
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _iter_raw_lines(stream: io.RawIOBase | BinaryIO) -> Iterator[bytes]:
    """The lines of a byte stream without their ends, read in chunks (a 5 MB line is one join, not many)."""
    pieces: list[bytes] = []
    carry = b""
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            break
        chunk = carry + chunk
        carry = b""
        if chunk.endswith(b"\r"):  # the \n of a \r\n may start the next chunk
            chunk, carry = chunk[:-1], b"\r"
        position = 0
        for match in _EOL.finditer(chunk):
            pieces.append(chunk[position : match.start()])
            yield b"".join(pieces)
            pieces.clear()
            position = match.end()
        pieces.append(chunk[position:])
    rest = b"".join(pieces)
    if rest or carry:
        yield rest
