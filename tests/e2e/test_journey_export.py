"""Journey 3, communications: a programme manager fixes a snapshot (peildatum) on the Export page,
downloads one chart as PNG and the progress report as PDF, and the files are what a letter to
parliament needs (type, size, resolution, content)."""

from __future__ import annotations

import shutil
import struct
import zlib
from datetime import date

from pypdf import PdfReader

from monitor.periods import last_completed_quarter
from monitor.text import t
from tests.e2e.server import read_db
from tests.e2e.ui import SCREENSHOTS, choose, element, freeze, pick, rerun, selected

LABEL = "Voortgangsbrief e2e"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_chunks(data: bytes) -> dict[bytes, bytes]:
    """The PNG's chunks by type (first of each), each checked against its CRC."""
    assert data[:8] == PNG_SIGNATURE
    chunks, at = {}, 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        (crc,) = struct.unpack(">I", data[at + 8 + length : at + 12 + length])
        assert zlib.crc32(kind + body) == crc, kind
        chunks.setdefault(kind, body)
        at += 12 + length
    return chunks


def snapshots(db) -> list[tuple]:
    return read_db(db, "SELECT id, label FROM snapshots ORDER BY id")


def test_snapshot_chart_png_and_report_pdf(writable_app, page, demo_db):
    _, rt, _ = demo_db
    assert snapshots(writable_app.db) == []
    assert freeze(page, writable_app, LABEL) == 1  # on the Export page
    assert snapshots(writable_app.db) == [(1, LABEL)]
    peildatum = date.today().strftime("%d-%m-%Y")
    assert selected(page, "url_snapshot") == t("export.snapshot_name", "nl", id=1, label=LABEL, day=peildatum)

    # --- one chart as PNG: 160 mm at 300 dpi -------------------------------------------------------
    action = next(a for a in rt.defs.actions if a.id == "a03")
    choose(page, "export_action", f"A03 · {action.spec.action.title.get('nl')}")
    indicator = rt.defs.indicators["a03_cdo_aandeel"]
    assert selected(page, "export_indicator_a03") == f"{indicator.title.get('nl')} ({indicator.id})"
    with page.expect_download(timeout=120_000) as info:
        page.get_by_role("button", name=t("export.chart.png", "nl")).click()
    until = last_completed_quarter(date.today())
    assert info.value.suggested_filename == f"a03-a03_cdo_aandeel-snapshot-1-{until}.png"
    png = info.value.path().read_bytes()
    chunks = png_chunks(png)
    width, height = struct.unpack(">II", chunks[b"IHDR"][:8])
    assert width == 1890  # 160 mm at 300 dpi
    assert 800 < height < 2000
    ppm_x, ppm_y, unit = struct.unpack(">IIB", chunks[b"pHYs"])
    assert (ppm_x, ppm_y, unit) == (11811, 11811, 1)  # 300 dpi
    assert len(png) > 40_000
    alt = page.locator(".st-key-export_preview [data-testid='stPlotlyChart']").get_attribute("aria-label")
    assert alt.startswith(f"Lijngrafiek van ‘{indicator.title.get('nl')}’ van K1 2022 tot ")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)  # the README's exported chart, with its alt text
    shutil.copyfile(info.value.path(), SCREENSHOTS / "export-a03_cdo_aandeel.png")
    (SCREENSHOTS / "export-a03_cdo_aandeel.txt").write_text(alt + "\n", encoding="utf-8")

    # --- the progress report as PDF ----------------------------------------------------------
    with rerun(page):
        element(page, "pack_formats").get_by_role("button", name="Clear all").click()
    with rerun(page):
        pick(page, element(page, "pack_formats"), t("export.format.report-pdf", "nl"))
    page.keyboard.press("Escape")  # a multiselect stays open (and hides the page) after a pick
    tags = element(page, "pack_formats").locator("[data-tag]")
    assert tags.all_inner_texts() == [t("export.format.report-pdf", "nl")]
    with rerun(page, timeout=420):
        page.get_by_role("button", name=t("export.pack.make", "nl")).click()
    assert (
        page.locator("[data-testid='stAlertContentSuccess']").filter(has_text="Pakket gemaakt:").count() == 1
    )
    with page.expect_download() as info:
        page.get_by_role("button", name=t("export.pack.download.report-pdf", "nl")).click()
    pdf = info.value.path().read_bytes()
    assert pdf[:5] == b"%PDF-"
    assert len(pdf) > 100_000
    reader = PdfReader(info.value.path())
    text = "\n".join(p.extract_text() for p in reader.pages)
    flat = " ".join(text.split())
    assert flat.startswith(f"{t('report.title', 'nl')} ")  # the cover
    assert f"Bron: Voortgangsmonitor IBDS, peildatum {peildatum}" in flat
    assert LABEL in flat
    assert len(reader.pages) >= 1 + len(rt.defs.actions)  # cover and summary, a section per action
    for a in rt.defs.actions:
        assert a.spec.action.title.get("nl") in flat, a.id
