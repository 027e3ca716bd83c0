"""Reading a submission file (CSV in its honest variants) into rows.

Accepted: UTF-8 with or without BOM, UTF-16 with BOM (Excel "Unicode text"), Windows-1252;
separator ``;``, ``,`` or tab (detected from the header); CRLF or LF; quoted fields; trailing
empty rows and columns. Header names are matched case-insensitively after trimming, in Dutch or
English; unknown extra columns (the template's informational ones) are ignored.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass

from monitor.intake.core import RawRow
from monitor.problems import ProblemList

ALIASES = {
    "organisatie": "organisatie",
    "organisation": "organisatie",
    "organization": "organisatie",
    "periode": "periode",
    "period": "periode",
    "kwartaal": "periode",
    "quarter": "periode",
    "maatstaf": "maatstaf",
    "measure": "maatstaf",
    "waarde": "waarde",
    "value": "waarde",
    "toelichting": "toelichting",
    "note": "toelichting",
    "opmerking": "toelichting",
}
REQUIRED = ("organisatie", "periode", "maatstaf", "waarde")


@dataclass(frozen=True)
class ReadResult:
    rows: list[RawRow]
    encoding: str | None
    separator: str | None
    problems: ProblemList


def decode(content: bytes) -> tuple[str, str]:
    """Text and the encoding name; raise UnicodeDecodeError when no accepted encoding fits."""
    if content.startswith(codecs.BOM_UTF8):
        return content[3:].decode("utf-8"), "utf-8-sig"
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return content.decode("utf-16"), "utf-16"
    try:
        return content.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = content.decode("cp1252")  # raises on the five undefined bytes
    return text, "cp1252"


def detect_separator(header: str) -> str:
    counts = {sep: header.count(sep) for sep in (";", "\t", ",")}
    return max(counts, key=lambda s: (counts[s], s == ";"))


def read_csv(content: bytes) -> ReadResult:
    problems = ProblemList()
    if not content.strip(b"\x00\r\n\t ;,\xef\xbb\xbf\xff\xfe"):
        problems.error("empty-file", "the file is empty: use the template and fill in the values")
        return ReadResult([], None, None, problems)
    try:
        text, encoding = decode(content)
    except UnicodeDecodeError as exc:
        problems.error(
            "bad-encoding",
            f"the file is not readable text (byte {exc.start + 1}): "
            "save it as CSV UTF-8 or CSV (puntkomma-gescheiden)",
        )
        return ReadResult([], None, None, problems)
    if "\x00" in text:
        problems.error(
            "bad-encoding",
            "the file contains NUL characters: it is not a CSV file; "
            "save it as CSV UTF-8 or CSV (puntkomma-gescheiden)",
        )
        return ReadResult([], encoding, None, problems)
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    sep = detect_separator(first_line)
    records = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=sep))
    header = [h.strip().lower() for h in records[0]] if records else []
    index: dict[str, int] = {}
    for i, name in enumerate(header):
        key = ALIASES.get(name)
        if key and key not in index:
            index[key] = i
    missing = [c for c in REQUIRED if c not in index]
    if missing:
        problems.error(
            "missing-columns",
            f"column(s) {', '.join(missing)} not found in the header (row 1); "
            "the header must be organisatie;periode;maatstaf;waarde;toelichting",
            line=1,
            value=";".join(records[0]) if records else "",
        )
        return ReadResult([], encoding, sep, problems)
    rows = []
    for n, rec in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in rec):
            continue  # empty or trailing row

        def cell(key: str, rec: list[str] = rec) -> str:
            i = index.get(key)
            return rec[i].strip() if i is not None and i < len(rec) else ""

        rows.append(
            RawRow(
                n, cell("organisatie"), cell("periode"), cell("maatstaf"), cell("waarde"), cell("toelichting")
            )
        )
    if not rows:
        problems.error("empty-file", "the file has a header but no rows with values")
    return ReadResult(rows, encoding, sep, problems)
