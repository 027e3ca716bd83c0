"""Where each page of the site lives, and the relative link from one page to another. Every page
of a language sits in that language's folder (``nl/``, ``en/``) under the same file name, so
the language switch is the same name in the other folder; nothing is linked by an absolute path
(the site works from ``file://`` and from any sub-path)."""

from __future__ import annotations

import posixpath
import re

from monitor.text import LANGS

HOME = "index.html"
ABOUT = "about.html"
DOWNLOADS = "downloads.html"
ACCESSIBILITY = "accessibility.html"
COLOPHON = "colophon.html"
DOWNLOAD_FOLDER = "downloads"
_UNSAFE = re.compile(r"[^a-z0-9_-]+")


def _safe(name: str) -> str:
    """An id as a file-name part (ids are lower-case letters, digits and ``_`` already)."""
    return _UNSAFE.sub("-", name.lower()).strip("-") or "x"


def action_page(action_id: str) -> str:
    return f"action-{_safe(action_id)}.html"


def indicator_page(indicator_id: str) -> str:
    return f"indicator-{_safe(indicator_id)}.html"


def in_lang(lang: str, name: str) -> str:
    """The site path of page ``name`` in ``lang`` ('nl/index.html')."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}")
    return f"{lang}/{name}"


def link(from_path: str, to_path: str) -> str:
    """The relative link from the page at site path ``from_path`` to the file at ``to_path``."""
    return posixpath.relpath(to_path, posixpath.dirname(from_path) or ".")
