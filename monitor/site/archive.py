"""The site as one zip (the Export page's download): sorted entries, every entry dated the
peildatum, so the same site gives the same bytes."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path


def zip_site(root: Path, peildatum: date, folder: str = "site") -> bytes:
    """Every file under ``root`` in a zip, inside the folder ``folder``."""
    stamp = (*peildatum.timetuple()[:3], 0, 0, 0)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{folder}/{path.relative_to(root).as_posix()}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, path.read_bytes())
    return buf.getvalue()
