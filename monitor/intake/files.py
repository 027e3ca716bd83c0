"""Uploaded files before they are read: a name that is never a path, and bytes read within the cap.

An upload's name is only stored and shown (never used to build a path): :func:`safe_file_name`
keeps the base name without control characters. :func:`read_capped` reads a stream or file no
further than the size cap, so a huge or endless file never ends up in memory.
"""

from __future__ import annotations

import os
from pathlib import PurePath, PureWindowsPath
from typing import BinaryIO

MAX_NAME = 200


def safe_file_name(name: str | None) -> str | None:
    """The base name of an uploaded file (no folder, ``/`` or ``\\``), without NUL or other
    control characters, at most 200 characters with its extension kept; None when nothing is
    left (an empty name, ``..``)."""
    base = PureWindowsPath(str(name or "").replace("\x00", "")).name  # Windows paths split on / and \
    base = "".join(ch for ch in base if ch.isprintable()).strip()
    if not base.strip("."):
        return None
    if len(base) > MAX_NAME:
        suffix = PurePath(base).suffix
        suffix = suffix if len(suffix) <= 10 else ""
        base = base[: MAX_NAME - len(suffix)] + suffix
    return base


def known_size(source: BinaryIO) -> int | None:
    """The size of a stream when it can be known without reading it (a file or an upload)."""
    size = getattr(source, "size", None)  # Streamlit's UploadedFile
    if isinstance(size, int):
        return size
    try:
        info = os.fstat(source.fileno())
    except (AttributeError, OSError, ValueError):
        return None
    return info.st_size if info.st_size > 0 else None  # 0: a pipe or device, size unknown


def read_capped(source: BinaryIO, limit: int) -> tuple[bytes | None, int]:
    """``(content, size)``; content is None when the source holds more than ``limit`` bytes. A
    source whose size is known to be over the limit is not read at all; otherwise at most
    ``limit + 1`` bytes are read (an endless stream such as /dev/zero stops there)."""
    size = known_size(source)
    if size is not None and size > limit:
        return None, size
    if hasattr(source, "seek") and source.seekable():
        source.seek(0)
    content = source.read(limit + 1)
    if len(content) > limit:
        return None, size if size is not None else len(content)
    return content, len(content)
