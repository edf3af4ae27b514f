"""Byte streams the readers share: looking at a stream's first bytes, and gzip that fails softly.

Inputs may be pipes (stdin) or gzip members, which cannot seek back, so a peeked
head is handed back in front of the rest instead (:func:`peek`).
"""

from __future__ import annotations

import gzip
import io
import zlib
from typing import BinaryIO

__all__ = ["Gunzip", "peek"]

# Stream buffers: large enough that warcio's and the line readers' small reads stay cheap.
_BUFFER = 1 << 16


class _Replay(io.RawIOBase):
    """``head``, then whatever ``rest`` still holds."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def peek(handle: BinaryIO, size: int) -> tuple[bytes, BinaryIO]:
    """The first ``size`` bytes of ``handle`` and a stream that still starts with them.

    Example:
        >>> head, stream = peek(io.BytesIO(b"WARC/1.0 and the rest"), 4)
        >>> head, stream.read()
        (b'WARC', b'WARC/1.0 and the rest')
    """
    head = handle.read(size)
    return head, io.BufferedReader(_Replay(head, handle), _BUFFER)  # type: ignore[return-value]


class Gunzip(io.RawIOBase):
    """The decompressed bytes of a gzip stream; damage ends the stream instead of raising.

    A truncated or corrupt ``.gz`` still yields everything before the damage;
    ``error`` then says what went wrong and ``produced`` how many bytes came out.
    """

    def __init__(self, handle: BinaryIO) -> None:
        self._gzip = gzip.GzipFile(fileobj=handle, mode="rb")
        self.error: str | None = None
        self.truncated = False  # the data ends early, rather than holding bad bytes
        self.produced = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self.error is not None:
            return 0
        try:
            data = self._gzip.read1(len(buffer))
        except (EOFError, zlib.error, gzip.BadGzipFile) as error:
            self.error = str(error) or type(error).__name__
            self.truncated = isinstance(error, EOFError)
            return 0
        buffer[: len(data)] = data
        self.produced += len(data)
        return len(data)

    def stream(self) -> BinaryIO:
        """A buffered reader over the decompressed bytes (read, readline, iteration)."""
        return io.BufferedReader(self, _BUFFER)  # type: ignore[return-value]

    def damage(self) -> str | None:
        """Why the data stopped early, for a Skipped line; None when the gzip was whole."""
        if self.error is None:
            return None
        if self.truncated:
            problem = "the gzip file is truncated (its compressed data ends early)"
        elif self.error.startswith("Not a gzipped file") and self.produced:
            problem = "the gzip file has bytes after its end that are not gzip data"
        else:  # zlib says "Error -3 while decompressing data: invalid distance too far back"
            problem = f"the gzip file is corrupt ({self.error.split(': ', 1)[-1]})"
        if self.produced:
            kept = f"what came before the damage ({self.produced:,} bytes) was read"
        else:
            kept = "nothing could be read from it"
        return f"{problem}; {kept} (copy or download the file again)"
