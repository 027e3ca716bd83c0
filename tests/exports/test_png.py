import io
import struct
import zlib

import pytest
from PIL import Image

from monitor.exports import png_info, set_png_dpi


def _png(width: int = 3, height: int = 2, dpi: int | None = None) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(buf, "PNG", **({"dpi": (dpi, dpi)} if dpi else {}))
    return buf.getvalue()


def test_set_dpi_writes_a_valid_phys_chunk_after_ihdr():
    data = set_png_dpi(_png(), 300)
    assert data[12:16] == b"IHDR" and data[33 + 4 : 33 + 8] == b"pHYs"
    body = data[33 + 8 : 33 + 8 + 9]
    assert struct.unpack(">IIB", body) == (11811, 11811, 1)
    assert struct.unpack(">I", data[33 + 17 : 33 + 21])[0] == zlib.crc32(b"pHYs" + body)
    image = Image.open(io.BytesIO(data))
    assert image.info["dpi"] == pytest.approx((300, 300), abs=0.01)
    image.load()  # the image data is still intact


def test_an_earlier_resolution_is_replaced_not_duplicated():
    data = set_png_dpi(_png(dpi=72), 300)
    assert data.count(b"pHYs") == 1
    info = png_info(data)
    assert (info.width, info.height) == (3, 2)
    assert info.dpi == pytest.approx((300, 300), abs=0.01)


def test_png_info_without_resolution_and_not_a_png():
    assert png_info(_png()).dpi is None
    with pytest.raises(ValueError):
        png_info(b"GIF89a")
