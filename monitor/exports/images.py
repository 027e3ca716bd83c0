"""Chart images for letters to parliament: PNG (300 dpi, 160 mm wide), SVG and PDF, made with one
headless Chromium session for many figures.

    with ImageExporter() as images:                      # starts Chromium once
        png = images.render(letter_figure(fig, ctx), "png")  # bytes of any figure

The formats that write these files into a pack or offer them on the Export page are
``monitor.exports.formats`` (``png``, ``svg``, ``pdf``).

Every figure is rendered ``LAYOUT_WIDTH_PX`` wide (160 mm on paper); its height is
``layout.height`` (default 450). WebGL maps are redrawn as vector maps first (``maps``). The same
figure gives byte-identical SVG, PDF (metadata dates = the peildatum) and PNG.
"""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Literal
from xml.sax.saxutils import escape

import plotly.graph_objects as go
from pypdf import PdfWriter
from pypdf.generic import NameObject, TextStringObject

from monitor.exports.browser import RENDER_TIMEOUT, BrowserSession
from monitor.exports.errors import ExportError
from monitor.exports.maps import printable_map
from monitor.exports.page import (
    CSS_DPI,
    DEFAULT_HEIGHT_PX,
    IMAGE_WIDTH_MM,
    LAYOUT_WIDTH_PX,
    PNG_SCALE,
    PNG_WIDTH_PX,
    PRINT_DPI,
)
from monitor.exports.png import set_png_dpi
from monitor.text import t

__all__ = [
    "CSS_DPI",
    "IMAGE_FORMATS",
    "IMAGE_WIDTH_MM",
    "LAYOUT_WIDTH_PX",
    "PNG_SCALE",
    "PNG_WIDTH_PX",
    "PRINT_DPI",
    "ImageExporter",
]

Format = Literal["png", "svg", "pdf"]
PRODUCER = "Voortgangsmonitor IBDS"
_TAGS = re.compile(r"<[^>]+>")


def _export_meta(fig: go.Figure) -> dict:
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    return meta.get("export") or {}


def _title_of(fig: go.Figure) -> str:
    title = _export_meta(fig).get("title") or fig.layout.title.text or ""
    return " ".join(_TAGS.sub(" ", title).split())


def _pdf_date(d: date) -> str:
    return f"D:{d:%Y%m%d}000000Z"


def _finish_pdf(data: bytes, fig: go.Figure) -> bytes:
    """Replace Chromium's PDF metadata (page title 'Kaleido-fier', the current time) with the
    chart title, alt text, language and the peildatum, so the same figure gives the same bytes."""
    writer = PdfWriter(clone_from=io.BytesIO(data))
    info = {"/Title": _title_of(fig), "/Author": PRODUCER, "/Creator": PRODUCER, "/Producer": PRODUCER}
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    if isinstance(meta.get("alt"), str):
        info["/Subject"] = meta["alt"]
    peildatum = _export_meta(fig).get("peildatum")
    if peildatum:
        info["/CreationDate"] = info["/ModDate"] = _pdf_date(date.fromisoformat(peildatum))
    writer.metadata = info
    lang = _export_meta(fig).get("lang") or meta.get("lang")
    if lang:
        writer.root_object[NameObject("/Lang")] = TextStringObject(t("meta.lang_tag", lang))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _finish_svg(data: bytes, fig: go.Figure) -> bytes:
    """Add ``<title>`` and ``<desc>`` (alt text) and ``role="img"`` for screen readers."""
    text = data.decode("utf-8")
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    end = text.find(">", text.find("<svg")) + 1
    if end <= 0:
        raise ExportError("the renderer returned no SVG")
    head = text[:end]
    if "role=" not in head:
        head = head.replace("<svg ", '<svg role="img" ', 1)
    desc = f"<title>{escape(_title_of(fig))}</title>"
    if isinstance(meta.get("alt"), str):
        desc += f"<desc>{escape(meta['alt'])}</desc>"
    return (head + desc + text[end:]).encode("utf-8")


def _finish_png(data: bytes, _fig: go.Figure) -> bytes:
    """Store the print resolution (300 dpi) in the PNG, so Word places it 160 mm wide."""
    return set_png_dpi(data, PRINT_DPI)


# what Chromium's output needs per image format; PNGs are rendered at the print scale
_FINISH = {"png": _finish_png, "svg": _finish_svg, "pdf": _finish_pdf}
_SCALE = {"png": PNG_SCALE}
IMAGE_FORMATS: tuple[Format, ...] = tuple(_FINISH)  # type: ignore[assignment]


class ImageExporter:
    """One Chromium session (Kaleido) for many chart images. Use as a context manager, or call
    :meth:`start` and :meth:`close`. Raises ExportUnavailable on start when no Chrome/Chromium
    can be found or started (the message says what to install). Not for parallel use from
    several threads: calls are served one after the other."""

    def __init__(self, *, browser_path: str | Path | None = None, render_timeout: float = RENDER_TIMEOUT):
        self.browser_path = browser_path
        self.render_timeout = render_timeout
        self._session: BrowserSession | None = None

    def start(self) -> ImageExporter:
        if self._session is None or not self._session.is_open:
            self._session = BrowserSession(self.browser_path, render_timeout=self.render_timeout)
        return self

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None

    def __enter__(self) -> ImageExporter:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @property
    def browser(self) -> str | None:
        """The browser executable of the running session."""
        return self._session.browser if self._session else None

    def render(self, fig: go.Figure, fmt: Format) -> bytes:
        """``fig`` as PNG, SVG or PDF bytes at the print width (see the module docstring)."""
        if fmt not in _FINISH:
            raise ExportError(f"format must be one of {', '.join(IMAGE_FORMATS)}, not {fmt!r}")
        if self._session is None:
            raise ExportError("the image exporter is not started; use it as 'with ImageExporter() as ...'")
        printable = printable_map(fig)
        opts = {
            "format": fmt,
            "width": LAYOUT_WIDTH_PX,
            "height": int(fig.layout.height or DEFAULT_HEIGHT_PX),
            "scale": _SCALE.get(fmt, 1),
        }
        return _FINISH[fmt](self._session.render(printable.to_dict(), opts), fig)
