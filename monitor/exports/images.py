"""Chart images for letters to parliament: PNG (300 dpi, 160 mm wide), SVG and PDF, made with one
headless Chromium session for many figures.

    with ImageExporter() as images:                      # starts Chromium once
        chart = images.export_chart(fig, ctx, folder, "a03-cdo")   # .png .svg .pdf .txt
        png = images.to_png(letter_figure(other_fig, ctx))          # or bytes of any figure

Every figure is rendered ``LAYOUT_WIDTH_PX`` wide (160 mm on paper); its height is
``layout.height`` (default 450). WebGL maps are redrawn as vector maps first (``maps``). The same
figure gives byte-identical SVG, PDF (metadata dates = the peildatum) and PNG.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Literal
from xml.sax.saxutils import escape

import plotly.graph_objects as go
from pypdf import PdfWriter
from pypdf.generic import NameObject, TextStringObject

from monitor.exports.alt import alt_text_of, write_alt_text
from monitor.exports.browser import RENDER_TIMEOUT, BrowserSession
from monitor.exports.context import ExportContext
from monitor.exports.errors import ExportError
from monitor.exports.letter import letter_figure
from monitor.exports.maps import printable_map
from monitor.exports.page import (
    CSS_DPI,
    DEFAULT_HEIGHT_PX,
    IMAGE_WIDTH_MM,
    LAYOUT_WIDTH_PX,
    PNG_SCALE,
    PNG_WIDTH_PX,
    PRINT_DPI,
    mm,
)
from monitor.exports.png import set_png_dpi
from monitor.text import t

__all__ = [
    "CSS_DPI",
    "FORMATS",
    "IMAGE_WIDTH_MM",
    "LAYOUT_WIDTH_PX",
    "PNG_SCALE",
    "PNG_WIDTH_PX",
    "PRINT_DPI",
    "ExportedChart",
    "ImageExporter",
]

Format = Literal["png", "svg", "pdf"]
FORMATS: tuple[Format, ...] = ("png", "svg", "pdf")
PRODUCER = "Voortgangsmonitor IBDS"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_TAGS = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class ExportedChart:
    """One chart written by :meth:`ImageExporter.export_chart`."""

    name: str
    files: dict[str, Path]  # format -> file
    alt_text: str
    alt_file: Path
    title: str
    source: str
    live: bool
    peildatum: date
    width_mm: float
    height_mm: float


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
        if fmt not in FORMATS:
            raise ExportError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
        if self._session is None:
            raise ExportError("the image exporter is not started; use it as 'with ImageExporter() as ...'")
        printable = printable_map(fig)
        opts = {
            "format": fmt,
            "width": LAYOUT_WIDTH_PX,
            "height": int(fig.layout.height or DEFAULT_HEIGHT_PX),
            "scale": PNG_SCALE if fmt == "png" else 1,
        }
        data = self._session.render(printable.to_dict(), opts)
        if fmt == "png":
            return set_png_dpi(data, PRINT_DPI)
        if fmt == "svg":
            return _finish_svg(data, fig)
        return _finish_pdf(data, fig)

    def to_png(self, fig: go.Figure) -> bytes:
        """PNG, ``PNG_WIDTH_PX`` (1890) pixels wide, with 300 dpi in its pHYs chunk."""
        return self.render(fig, "png")

    def to_svg(self, fig: go.Figure) -> bytes:
        """SVG, ``LAYOUT_WIDTH_PX`` wide (160 mm at 96 px per inch), with title and description."""
        return self.render(fig, "svg")

    def to_pdf(self, fig: go.Figure) -> bytes:
        """PDF of one page the size of the chart (160 mm wide), text selectable, fonts embedded."""
        return self.render(fig, "pdf")

    def write(self, fig: go.Figure, path: str | Path) -> Path:
        """Write ``fig`` to ``path``; the format follows the suffix (.png, .svg or .pdf)."""
        path = Path(path)
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in FORMATS:
            raise ExportError(f"{path.name}: the file must end in .png, .svg or .pdf")
        path.write_bytes(self.render(fig, fmt))  # type: ignore[arg-type]
        return path

    def export_chart(self, fig: go.Figure, ctx: ExportContext, folder: str | Path, name: str,
                     formats: tuple[Format, ...] = FORMATS) -> ExportedChart:
        """Make the letter version of ``fig`` (:func:`letter_figure`) and write it to
        ``folder/name.png``, ``.svg`` and ``.pdf`` (or ``formats``), with its alt text in
        ``folder/name.txt``. ``name``: letters, digits, '.', '_' and '-'."""
        if not _NAME.match(name):
            raise ExportError(f"{name!r} is not a usable file name (letters, digits, '.', '_', '-')")
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        letter = letter_figure(fig, ctx)
        alt = alt_text_of(letter)
        files = {fmt: self.write(letter, folder / f"{name}.{fmt}") for fmt in formats}
        alt_file = write_alt_text(letter, folder / f"{name}.png")
        return ExportedChart(
            name=name, files=files, alt_text=alt, alt_file=alt_file, title=ctx.title,
            source=ctx.source_line, live=ctx.live, peildatum=ctx.peildatum,
            width_mm=round(IMAGE_WIDTH_MM, 1), height_mm=round(mm(letter.layout.height), 1),
        )
