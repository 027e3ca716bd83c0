"""Reading a submission file (CSV in its honest variants, or .xlsx) into rows.

CSV: UTF-8 with or without BOM, UTF-16 (Excel "Unicode text", with or without BOM),
Windows-1252; separator ``;``, ``,`` or tab (detected from the header); CRLF or LF; quoted fields;
trailing empty rows and columns. XLSX: the first worksheet of the same template; typed cells
(numbers, dates, booleans, percentages) are taken as typed. Header names are matched
case-insensitively after trimming, in Dutch or English; extra columns are ignored.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import PurePath

from monitor.intake.core import RawRow
from monitor.intake.messages import detail, problem
from monitor.intake.text import clean, org_code
from monitor.problems import ProblemList

ALIASES = {
    "organisatie": "organisatie", "organisation": "organisatie", "organization": "organisatie",
    "periode": "periode", "period": "periode", "kwartaal": "periode", "quarter": "periode",
    "maatstaf": "maatstaf", "measure": "maatstaf",
    "waarde": "waarde", "value": "waarde",
    "toelichting": "toelichting", "note": "toelichting", "opmerking": "toelichting",
}
REQUIRED = ("organisatie", "periode", "maatstaf", "waarde")
XLSX_MAGIC = b"PK\x03\x04"
XLSX_SUFFIXES = (".xlsx", ".xlsm")
OTHER_SUFFIXES = (".xls", ".xlsb", ".ods", ".fods", ".odt", ".numbers", ".pages", ".pdf", ".doc",
                  ".docx", ".rtf", ".pptx", ".zip", ".7z", ".rar", ".gz", ".json", ".xml",
                  ".html", ".htm", ".png", ".jpg", ".jpeg")  # refused: not CSV or .xlsx
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 (.xls), old Word
_OTHER_ZIPS = {"content.xml": ".ods", "Index/Document.iwa": ".numbers", "word/document.xml": ".docx",
               "ppt/presentation.xml": ".pptx"}  # a member that shows what the zip is
MAX_CELL_CHARS = 10_000  # a note longer than this is not a note (and Excel holds 32 767 at most)
# A workbook may unpack to at most 10 times the file size cap and at most 2 KB per allowed row
# plus 2 MB (one organisation-quarter: 12 MB); anything bigger is a zip bomb and is refused from
# the zip directory. (openpyxl parses a whole sheet without a <dimension> before the first row.)
XLSX_UNPACK_FACTOR = 10
XLSX_BYTES_PER_ROW = 2048
XLSX_UNPACK_BASE = 2 * 1024 * 1024
_UTF8_CHAR = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


class _TooMany(Exception):
    """More rows than allowed (stops reading at once)."""


@dataclass(frozen=True)
class ReadResult:
    rows: list[RawRow] | None  # None: read as columns (``monitor.intake.columns``)
    encoding: str | None
    separator: str | None
    problems: ProblemList


def human_size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def decode(content: bytes) -> tuple[str, str]:
    """Text and the encoding name; raise UnicodeDecodeError when no accepted encoding fits."""
    if content.startswith(codecs.BOM_UTF8):
        return content[3:].decode("utf-8"), "utf-8-sig"
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return content.decode("utf-16"), "utf-16"
    head = content[:200]
    if len(head) >= 4 and head[1::2].count(0) > len(head) // 4 and head[0::2].count(0) == 0:
        return content.decode("utf-16-le"), "utf-16-le"
    if len(head) >= 4 and head[0::2].count(0) > len(head) // 4 and head[1::2].count(0) == 0:
        return content.decode("utf-16-be"), "utf-16-be"
    try:
        return content.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8 = _UTF8_CHAR.search(content)
        if utf8:  # UTF-8 characters and other bytes in one file: no single reading is right
            raise UnicodeDecodeError("utf-8", content, exc.start, exc.end,
                                     f"mixed encodings: UTF-8 at byte {utf8.start() + 1}") from None
    return content.decode("cp1252"), "cp1252"  # raises on the five undefined bytes


def detect_separator(header: str) -> str:
    counts = {sep: header.count(sep) for sep in (";", "\t", ",")}
    return max(counts, key=lambda s: (counts[s], s == ";"))


def too_large(size: int, limit: int, lang: str = "nl") -> ProblemList:
    """The problem of a file of ``size`` bytes above the cap ``limit``."""
    problems = ProblemList()
    problems.append(problem("file-too-large", lang, size=human_size(size), limit=human_size(limit)))
    return problems


def read_upload(content: bytes, file_name: str | None = None, lang: str = "nl",
                max_bytes: int | None = None, max_rows: int | None = None) -> ReadResult:
    """Read an uploaded file of any accepted kind. Never raises for bad input: problems say why.
    A file above ``max_bytes`` is refused before it is looked at; reading stops as soon as a file
    has more than ``max_rows`` rows after the header (empty rows count)."""
    if max_bytes is not None and len(content) > max_bytes:
        return ReadResult([], None, None, too_large(len(content), max_bytes, lang))
    kind = file_kind(content, file_name)
    if kind == "xlsx":
        limits = [XLSX_UNPACK_FACTOR * max_bytes] if max_bytes else []
        limits += [XLSX_UNPACK_BASE + XLSX_BYTES_PER_ROW * max_rows] if max_rows else []
        unpack = min(limits, default=None)
        return read_xlsx(content, lang, max_rows=max_rows, max_unpacked=unpack)
    if kind != "csv":
        problems = ProblemList()
        problems.append(problem("unsupported-file", lang, detail=kind))
        return ReadResult([], None, None, problems)
    return read_csv(content, lang, max_rows)


def file_kind(content: bytes, file_name: str | None) -> str:
    """``"xlsx"``, ``"csv"`` (any text file), or the name of a format that is not accepted
    (``.ods``, ``.xls``, ``PDF``, ``zip``, ...), from the name's extension and the first bytes.
    A workbook is a zip with an ``xl/`` folder; another zip (OpenDocument, Numbers, Word, a
    plain zip) is not one, whatever its name."""
    suffix = PurePath(file_name or "").suffix.lower()
    if suffix in OTHER_SUFFIXES:
        return suffix
    if content.startswith(_OLE2):
        return ".xls" if suffix not in (".doc", ".ppt", ".msg") else suffix
    if content.startswith(b"%PDF"):
        return "PDF"
    if content.startswith(XLSX_MAGIC) or (suffix in XLSX_SUFFIXES and content.startswith(b"PK")):
        try:
            with zipfile.ZipFile(io.BytesIO(content)) as zf:
                names = set(zf.namelist())
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            return "xlsx" if suffix in XLSX_SUFFIXES else "zip"  # a damaged workbook: bad-xlsx
        if any(n.startswith("xl/") for n in names) or ("[Content_Types].xml" in names and not (
                names & _OTHER_ZIPS.keys())):
            return "xlsx"  # a workbook, perhaps a damaged one (bad-xlsx says so)
        return next((kind for member, kind in _OTHER_ZIPS.items() if member in names), "zip")
    return "xlsx" if suffix in XLSX_SUFFIXES else "csv"


def _too_many(problems: ProblemList, limit: int, lang: str) -> None:
    problems.append(problem("too-many-rows", lang, limit=limit))


def read_csv(content: bytes, lang: str = "nl", max_rows: int | None = None) -> ReadResult:
    problems = ProblemList()
    if not content.strip(b"\x00\r\n\t ;,\xef\xbb\xbf\xff\xfe"):
        problems.append(problem("empty-file", lang))
        return ReadResult([], None, None, problems)
    try:
        text, encoding = decode(content)
    except UnicodeDecodeError as exc:
        problems.append(problem("bad-encoding", lang, detail=f"byte {exc.start + 1}"))
        return ReadResult([], None, None, problems)
    if "\x00" in text:
        problems.append(problem("bad-encoding", lang, detail="NUL"))
        return ReadResult([], encoding, None, problems)
    text = text.lstrip("\ufeff")
    sep = detect_separator(text.split("\n", 1)[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep, strict=True)
    records: list[list[str]] = []
    try:
        for record in reader:
            records.append(record)
            if max_rows is not None and len(records) > max_rows + 1:
                _too_many(problems, max_rows, lang)
                return ReadResult([], encoding, sep, problems)
    except csv.Error as exc:
        row = len(records) + 1
        if "field larger than field limit" in str(exc):
            _cell_too_long(problems, row, lang)
        else:  # an opening quote without its closing quote would swallow every later row
            problems.append(problem("unbalanced-quotes", lang, row=row, line=row))
        return ReadResult([], encoding, sep, problems)
    rows = _rows(records, problems, lang)
    return ReadResult(rows, encoding, sep, problems)


def _cell_too_long(problems: ProblemList, row: int, lang: str) -> None:
    problems.append(problem("cell-too-long", lang, row=row, limit=MAX_CELL_CHARS, line=row))


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return clean(str(value)).strip()  # NFC, without zero-width characters


def column_index(header: Iterable[str]) -> dict[str, int]:
    """Column key -> position of its first column, from the header cells' texts."""
    index: dict[str, int] = {}
    for i, name in enumerate(header):
        key = ALIASES.get(name.lower())
        if key and key not in index:
            index[key] = i
    return index


def _rows(records: list[list], problems: ProblemList, lang: str, typed: bool = False) -> list[RawRow]:
    """Rows from header + records (cells as text, or typed values from a worksheet)."""
    skipped = 0
    while records and not any(_cell_text(c) for c in records[0]):
        records = records[1:]  # leading empty lines: row numbers still count them
        skipped += 1
    if not records:
        problems.append(problem("empty-file", lang))
        return []
    index = column_index(_cell_text(h) for h in records[0])
    missing = [c for c in REQUIRED if c not in index]
    if missing:
        problems.append(problem("missing-columns", lang, columns=missing, line=skipped + 1,
                                value=";".join(_cell_text(h) for h in records[0])))
        return []
    rows = []
    for n, rec in enumerate(records[1:], start=skipped + 2):
        if not any(_cell_text(cell) for cell in rec):
            continue  # empty or trailing row
        if any(isinstance(cell, str) and len(cell) > MAX_CELL_CHARS for cell in rec):
            _cell_too_long(problems, n, lang)
            continue

        def cell(key: str, rec: list = rec) -> object:
            i = index.get(key)
            return rec[i] if i is not None and i < len(rec) else None

        raw_value = cell("waarde")
        rows.append(RawRow(
            n, org_code(_cell_text(cell("organisatie"))), _cell_text(cell("periode")),
            _cell_text(cell("maatstaf")), _cell_text(raw_value), _cell_text(cell("toelichting")),
            typed=raw_value if typed and not isinstance(raw_value, str) else None,
        ))
    if not rows and not problems.errors:
        problems.append(problem("no-rows", lang))
    return rows


def read_xlsx(content: bytes, lang: str = "nl", max_cells: int = 2_000_000,
              max_rows: int | None = None, max_unpacked: int | None = None) -> ReadResult:
    """The first worksheet. A workbook that would unpack to more than ``max_unpacked`` bytes (a
    zip bomb) is refused from the zip directory, before anything is inflated."""
    problems = ProblemList()
    try:
        import openpyxl

        _check_unpacked(content, max_unpacked or 200 * 1024 * 1024)
        wb = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        try:
            records = _sheet_records(wb.worksheets[0], max_cells, max_rows)
        finally:
            wb.close()
    except _TooMany:
        _too_many(problems, max_rows or 0, lang)
        return ReadResult([], "xlsx", None, problems)
    except _Unpacks as exc:
        problems.append(problem("bad-xlsx", lang, detail=detail(
            "xlsx-unpacks", size=human_size(exc.size), limit=human_size(exc.limit))))
        return ReadResult([], None, None, problems)
    except _TooManyCells:
        problems.append(problem("bad-xlsx", lang, detail=detail("xlsx-cells")))
        return ReadResult([], None, None, problems)
    except Exception:  # any failure to read the workbook is the file's problem (never its class)
        problems.append(problem("bad-xlsx", lang, detail=detail("xlsx-damaged")))
        return ReadResult([], None, None, problems)
    rows = _rows(records, problems, lang, typed=True)
    return ReadResult(rows, "xlsx", None, problems)


class _TooManyCells(Exception):
    """A sheet with more cells than allowed."""


class _Unpacks(ValueError):
    def __init__(self, size: int, limit: int):
        super().__init__(size, limit)
        self.size, self.limit = size, limit


def _check_unpacked(content: bytes, limit: int) -> None:
    """Raise _Unpacks when the members of the zip would unpack to more than ``limit`` bytes.
    Python's zipfile never inflates a member beyond the size its directory entry declares."""
    with zipfile.ZipFile(io.BytesIO(content)) as zf:
        unpacked = sum(i.file_size for i in zf.infolist())
    if unpacked > limit:
        raise _Unpacks(unpacked, limit)


def _sheet_records(ws, max_cells: int, max_rows: int | None) -> list[list]:
    records = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            if isinstance(v, int | float) and not isinstance(v, bool) and "%" in (
                    c.number_format or ""):
                v = PercentCell(float(v) * 100)
            elif isinstance(v, datetime):
                v = v.date()
            cells.append(v)
        records.append(cells)
        if max_rows is not None and len(records) > max_rows + 1:
            raise _TooMany
        if len(records) * max(len(cells), 1) > max_cells:
            raise _TooManyCells
    return records


class PercentCell(float):
    """A worksheet number formatted as a percentage (0,45 shown as 45%), already times 100."""


__all__ = ["ReadResult", "date", "read_csv", "read_upload", "read_xlsx"]
