"""A budget for the bytes pdfminer inflates out of a PDF's compressed streams.

pdfminer decodes a stream whole (``zlib.decompress(data)``), so a 1 MB
FlateDecode stream that inflates to 1 GB takes 1 GB, and a RunLength,
LZW or CCITT stream chained after it multiplies that again. pdfminer has no
option to bound this, so :func:`install` replaces the decoders that
``pdfminer.pdftypes`` calls with versions that inflate in chunks and charge
every byte to the budget of the current :func:`budget` block, stopping with
:class:`InflateLimitExceeded` as soon as it is spent. Outside such a block
they behave exactly like pdfminer's own.

A corrupt Flate stream (a bad checksum, trailing junk) is handled here in
linear time: pdfminer's fallback, ``decompress_corrupted``, feeds the data
one byte at a time and concatenates the output, which is quadratic.
"""

from __future__ import annotations

import contextlib
import zlib
from collections.abc import Iterator
from contextvars import ContextVar
from io import BytesIO
from types import SimpleNamespace
from typing import Any

import pdfminer.pdftypes as pdftypes
from pdfminer.ascii85 import ascii85decode, asciihexdecode
from pdfminer.ccitt import CCITTFaxDecoder, ccittfaxdecode
from pdfminer.lzw import LZWDecoder

__all__ = ["InflateLimitExceeded", "budget", "install"]

_CHUNK = 1 << 20
# Widest CCITT image row accepted: the decoder allocates per column, and a
# page at 1200 dpi is some 14,000 columns wide.
_MAX_CCITT_COLUMNS = 1 << 16


class InflateLimitExceeded(Exception):
    """The streams of the document inflate to more than the budget allows."""


class _Budget:
    __slots__ = ("left",)

    def __init__(self, limit: int) -> None:
        self.left = limit

    def charge(self, size: int) -> None:
        self.left -= size
        if self.left < 0:
            raise InflateLimitExceeded


_CURRENT: ContextVar[_Budget | None] = ContextVar("releasepipe_pdf_inflate_budget", default=None)


@contextlib.contextmanager
def budget(limit: int) -> Iterator[None]:
    """Let the pdfminer calls made inside this block inflate ``limit`` bytes in all."""
    install()
    token = _CURRENT.set(_Budget(limit))
    try:
        yield
    finally:
        _CURRENT.reset(token)


def install() -> None:
    """Put the bounded decoders in place of pdfminer's (idempotent)."""
    if getattr(pdftypes, "_releasepipe_bounded", False):
        return
    pdftypes.zlib = SimpleNamespace(  # type: ignore[assignment]
        decompress=_flate, decompressobj=zlib.decompressobj, error=zlib.error
    )
    pdftypes.lzwdecode = _lzw
    pdftypes.rldecode = _runlength
    pdftypes.ccittfaxdecode = _ccitt
    pdftypes.ascii85decode = _charged(ascii85decode)
    pdftypes.asciihexdecode = _charged(asciihexdecode)
    pdftypes._releasepipe_bounded = True  # type: ignore[attr-defined]


def _flate(data: bytes, *args: Any, **kwargs: Any) -> bytes:
    current = _CURRENT.get()
    if current is None:
        return zlib.decompress(data, *args, **kwargs)
    left = current.left
    try:
        return _inflate(data, current)
    except zlib.error:
        # What pdfminer's decompress_corrupted returns, in linear time: the
        # output when the error lies in the last 3 bytes (the checksum),
        # else nothing.
        current.left = left
        out: list[bytes] = []
        decoder = zlib.decompressobj()
        try:
            _feed(decoder, data[: max(len(data) - 3, 0)], current, out)
        except zlib.error:
            return b""
        for i in range(max(len(data) - 3, 0), len(data)):
            try:
                _feed(decoder, data[i : i + 1], current, out)
            except zlib.error:
                break
        return b"".join(out)


def _inflate(data: bytes, current: _Budget) -> bytes:
    out: list[bytes] = []
    decoder = zlib.decompressobj()
    _feed(decoder, data, current, out)
    return b"".join(out)  # a truncated stream gives what it has, as pdfminer's fallback does


def _feed(decoder: Any, data: bytes, current: _Budget, out: list[bytes]) -> None:
    pending = data
    while not decoder.eof:
        chunk = decoder.decompress(pending, _CHUNK)
        current.charge(len(chunk))
        out.append(chunk)
        pending = decoder.unconsumed_tail
        if not pending and len(chunk) < _CHUNK:  # all input used and no output held back
            break


def _lzw(data: bytes) -> bytes:
    current = _CURRENT.get()
    out: list[bytes] = []
    for piece in LZWDecoder(BytesIO(data)).run():
        if current is not None:
            current.charge(len(piece))
        out.append(piece)
    return b"".join(out)


def _runlength(data: bytes) -> bytes:
    """RunLengthDecode (PDF 1.7, 7.4.5), as pdfminer's ``rldecode`` but bytes-based."""
    current = _CURRENT.get()
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        length = data[i]
        if length == 128:
            break
        if length < 128:
            piece = data[i + 1 : i + 2 + length]
            if len(piece) < length + 1:  # truncated run: pdfminer stops there too
                break
            i += 2 + length
        else:
            if i + 1 >= n:
                break
            piece = data[i + 1 : i + 2] * (257 - length)
            i += 2
        if current is not None:
            current.charge(len(piece))
        out += piece
    return bytes(out)


class _BoundedCCITT(CCITTFaxDecoder):
    def __init__(self, width: int, current: _Budget | None, **kwargs: Any) -> None:
        super().__init__(width, **kwargs)
        self._current = current
        self._out = bytearray()

    def output_line(self, y: int, bits: Any) -> None:
        row = bytearray((len(bits) + 7) // 8)
        for i, bit in enumerate(bits):
            if bit != self.reversed:
                row[i // 8] |= 128 >> (i % 8)
        if self._current is not None:
            self._current.charge(len(row))
        self._out += row

    def close(self) -> bytes:
        return bytes(self._out)


def _ccitt(data: bytes, params: dict[str, object]) -> bytes:
    if params.get("K") != -1:
        return ccittfaxdecode(data, params)  # raises: pdfminer decodes only Group 4
    current = _CURRENT.get()
    columns = int(params.get("Columns") or 1728)  # type: ignore[call-overload]
    if current is not None and not 0 < columns <= _MAX_CCITT_COLUMNS:
        raise InflateLimitExceeded
    parser = _BoundedCCITT(
        columns,
        current,
        bytealign=bool(params.get("EncodedByteAlign")),
        reversed=bool(params.get("BlackIs1")),
    )
    parser.feedbytes(data)
    return parser.close()


def _charged(decode: Any) -> Any:
    """A decoder whose output (at most 4 times its input) is charged after the fact."""

    def charged(data: bytes) -> bytes:
        out: bytes = decode(data)
        current = _CURRENT.get()
        if current is not None:
            current.charge(len(out))
        return out

    return charged
