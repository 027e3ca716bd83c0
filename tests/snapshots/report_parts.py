"""The words and numbers of an exported report, apart from the chart images Chromium draws.

Used by tests/snapshots/test_rules_v1.py and the fixture script that records them (which runs
under old code, so this module imports nothing of the monitor package).
"""

import hashlib
import io
import subprocess
import zipfile

from pypdf import PdfReader


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def renderer(browser: str = "chromium") -> str:
    """The Chromium build that draws the charts (``chromium --version``)."""
    return subprocess.run([browser, "--version"], capture_output=True, text=True,
                          check=True).stdout.strip()


def report_parts(name: str, data: bytes) -> dict[str, str]:
    """The hashes of a report's words and numbers: DOCX parts but the images; PDF text per page."""
    if name.endswith(".docx"):
        with zipfile.ZipFile(io.BytesIO(data)) as docx:
            return {part: sha(docx.read(part)) for part in sorted(docx.namelist())
                    if not part.startswith("word/media/")}
    pages = PdfReader(io.BytesIO(data)).pages
    return {f"page {i}": sha(page.extract_text().encode()) for i, page in enumerate(pages, 1)}
