"""PNG chunk handling: the print resolution (pHYs chunk) that Word and other programs use to
place an image at its intended size, and reading a PNG's size and resolution."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

from monitor.exports.page import MM_PER_INCH

SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class PngInfo:
    """Pixel size and resolution (dots per inch, None without a pHYs chunk in metres)."""

    width: int
    height: int
    dpi: tuple[float, float] | None

    @property
    def width_mm(self) -> float | None:
        return self.width / self.dpi[0] * MM_PER_INCH if self.dpi else None


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    if not data.startswith(SIGNATURE):
        raise ValueError("not a PNG file")
    out, pos = [], len(SIGNATURE)
    while pos < len(data):
        if pos + 8 > len(data):
            raise ValueError("truncated PNG chunk")
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        out.append((kind, data[pos + 8 : pos + 8 + length]))
        pos += 12 + length
        if kind == b"IEND":
            break
    return out


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def pixels_per_metre(dpi: float) -> int:
    return round(dpi / MM_PER_INCH * 1000)


def set_png_dpi(data: bytes, dpi: float) -> bytes:
    """``data`` with a pHYs chunk saying ``dpi`` dots per inch (any earlier pHYs is replaced).
    The image data is not touched."""
    ppm = pixels_per_metre(dpi)
    phys = _chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1))
    out = bytearray(SIGNATURE)
    for kind, body in _chunks(data):
        if kind == b"pHYs":
            continue
        out += _chunk(kind, body)
        if kind == b"IHDR":
            out += phys
    return bytes(out)


def png_info(data: bytes) -> PngInfo:
    """Width and height in pixels, and the resolution from the pHYs chunk."""
    chunks = _chunks(data)
    if not chunks or chunks[0][0] != b"IHDR":
        raise ValueError("PNG without IHDR chunk")
    width, height = struct.unpack(">II", chunks[0][1][:8])
    dpi = None
    for kind, body in chunks:
        if kind == b"pHYs":
            x, y, unit = struct.unpack(">IIB", body)
            if unit == 1:
                dpi = (x * MM_PER_INCH / 1000, y * MM_PER_INCH / 1000)
    return PngInfo(width, height, dpi)
