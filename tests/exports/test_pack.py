"""The export pack of a snapshot on a small world: contents, report text, determinism."""

import io
import json
import zipfile
from datetime import date

import pytest
from docx import Document
from helpers import make_world, submit_csv
from pypdf import PdfReader

from monitor.errors import UsageError
from monitor.exports.charts import STATUS_NAME, export_charts
from monitor.exports.pack import export_pack, parse_formats
from monitor.publication.source import from_snapshot, live
from monitor.snapshots import create_snapshot
from tests.compute.test_engine import DATA, DEFS, ORGS

TODAY = date(2026, 1, 15)
HOSTILE = "=cmd|' /C calc'!A0"


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    rt = make_world(tmp_path_factory.mktemp("pack"), DEFS, ORGS)
    submit_csv(rt, DATA.replace("G1;2024-Q1;fte;1,5;", f"G1;2024-Q1;fte;1,5;{HOSTILE}"))
    sid = create_snapshot(rt, "Voortgangsbrief 2025", "pm", today=TODAY)
    return rt, sid


@pytest.fixture(scope="module")
def packs(world, exporter, tmp_path_factory):
    rt, sid = world
    formats = ("png", "csv", "xlsx", "report-pdf", "report-docx", "opendata", "zip")
    first = export_pack(from_snapshot(rt, sid, "pm"), tmp_path_factory.mktemp("a"), formats=formats,
                        exporter=exporter)
    second = export_pack(from_snapshot(rt, sid, "pm"), tmp_path_factory.mktemp("b"), formats=formats,
                         exporter=exporter)
    return first, second


def test_pack_contents_and_manifest(packs):
    first, _ = packs
    manifest = json.loads(first.manifest.read_text(encoding="utf-8"))
    assert (manifest["snapshot_id"], manifest["provisional"], manifest["reference_date"]) == (
        1, False, "2026-01-15")
    assert manifest["until"] == "2025-Q4"
    paths = {f["path"] for f in manifest["files"]}
    assert "rapport/voortgangsrapportage.pdf" in paths
    assert "grafieken/a01-i_share.png" in paths and "grafieken/status-per-actie.png" in paths
    assert "gegevens/a01-i_share.xlsx" in paths and "gegevens/a01-i_share.csv" in paths
    assert any(p.startswith("open-data/") and p.endswith(".parquet") for p in paths)
    assert len([p for p in paths if p.startswith("grafieken/") and p.endswith(".png")]) == 14
    assert {"duckdb", "polars", "plotly", "typst"} <= set(manifest["software"])
    with zipfile.ZipFile(first.zip) as zf:
        names = set(zf.namelist())
    assert names == paths | {"manifest.json"}


def test_every_image_has_its_alt_text_beside_it_and_in_the_manifest(packs):
    """What ImageExporter.export_chart and the chart manifest did for tests only, on the pack's
    one path: the alt text sentence beside every image (the heatmap too), listed with its sha256."""
    first, _ = packs
    listed = {f["path"] for f in json.loads(first.manifest.read_text(encoding="utf-8"))["files"]}
    images = sorted(p for p in listed if p.startswith("grafieken/") and p.endswith(".png"))
    assert images and {p.removesuffix(".png") + ".txt" for p in images} <= listed
    alt = (first.folder / "grafieken" / "a01-i_share.txt").read_text(encoding="utf-8")
    assert alt.startswith("Lijngrafiek van ‘") and alt.endswith("\n") and "\n" not in alt[:-1]
    assert (first.folder / "grafieken" / "status-per-actie.txt").read_text(encoding="utf-8").strip()
    texts = [p.removesuffix(".png") + ".txt" for p in images]
    assert sorted(p.relative_to(first.folder).as_posix() for p in first.by_format["png"]) == sorted(
        images + texts)
    assert {p.name for p in first.by_format["report-pdf"]} == {"voortgangsrapportage.pdf"}
    assert first.by_format["zip"] == [first.zip]


def test_a_file_outside_the_pack_is_refused(world, tmp_path):
    from monitor.exports import ExportError
    from monitor.exports.formats import parse_formats
    from monitor.exports.pack import PackJob

    rt, sid = world
    job = PackJob(from_snapshot(rt, sid, "pm"), tmp_path / "pack", "nl", parse_formats("csv"), None, None)
    with pytest.raises(ExportError, match="not a file name inside the pack"):
        job.add("../escape.txt", b"x")
    assert not (tmp_path / "escape.txt").exists()


def test_same_snapshot_gives_byte_identical_files(packs):
    first, second = packs
    for rel in ("gegevens/a01-i_share.csv", "gegevens/a01-i_share.xlsx",
                "rapport/voortgangsrapportage.pdf", "rapport/voortgangsrapportage.docx",
                "manifest.json"):
        assert (first.folder / rel).read_bytes() == (second.folder / rel).read_bytes(), rel
    assert first.zip.read_bytes() == second.zip.read_bytes()


def test_report_pdf_text(packs, world):
    rt, _ = world
    reader = PdfReader(first_pdf := packs[0].folder / "rapport" / "voortgangsrapportage.pdf")
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Voortgang Interbestuurlijke Datastrategie" in text
    assert "Voortgangsbrief 2025" in text
    assert "15-01-2026" in text  # peildatum
    assert "VOORLOPIG" not in text  # a snapshot is not provisional
    for a in rt.defs.actions:
        assert a.spec.action.title.nl in text
    flat = " ".join(text.split())
    assert ": gestegen van 50% in K1 2024 naar 100% in K3 2024" in flat  # generated sentence
    assert "Belangrijkste punten" in flat and "Colofon" in flat      # summary page, colophon (issue 17)
    assert first_pdf.read_bytes().startswith(b"%PDF")


def test_report_docx_summary_table(packs):
    doc = Document(io.BytesIO((packs[0].folder / "rapport" / "voortgangsrapportage.docx").read_bytes()))
    assert [c.text for c in doc.tables[0].rows[0].cells] == ["Status", "Aantal acties"]  # issue 17
    summary = doc.tables[1]
    assert [c.text for c in summary.rows[0].cells] == ["Actie", "Titel", "Actielijn", "Status",
                                                          "Bepaald door"]
    assert [c.text for c in summary.rows[1].cells][:3] == ["A01", "Test", "7.1"]
    # issue 15: the indicator(s) that decided the action's status, in words
    # (issue 17: one sentence, "Achter in K4 2025: … (… tegen … gepland)")
    reason = summary.rows[1].cells[4].text
    assert reason.split(" in K4 2025")[0] in ("Achter", "Risico", "Op koers", "Behaald",
                                             "Onvoldoende gegevens"), reason


def test_hostile_note_from_the_database_is_neutralised_in_spreadsheets(world):
    """A submitted note that looks like a formula stays text in CSV and XLSX downloads."""
    from openpyxl import load_workbook

    from monitor.exports import Table, table_xlsx
    from monitor.publication.context import ExportContext
    from monitor.textsafe import excel_csv

    rt, _ = world
    notes = rt.store.query("SELECT organisation, measure, note FROM submitted_values "
                           "WHERE note IS NOT NULL")
    assert notes.rows() == [("G1", "fte", HOSTILE)]
    assert excel_csv(notes).decode("utf-8-sig").splitlines()[1] == f"G1;fte;'{HOSTILE}"
    ctx = ExportContext("Toelichtingen", "", TODAY, False)
    sheet = load_workbook(io.BytesIO(table_xlsx(Table.of(notes, ctx)))).active
    cells = [c.value for row in sheet.iter_rows() for c in row if c.value]
    assert f"'{HOSTILE}" in cells and HOSTILE not in cells


def test_live_pack_is_provisional(world, exporter, tmp_path):
    rt, _ = world
    result = export_pack(live(rt, "pm", TODAY), tmp_path, formats=("svg", "report-pdf"), exporter=exporter)
    svg = (tmp_path / "grafieken" / "a01-i_share.svg").read_text(encoding="utf-8")
    assert "VOORLOPIG" in svg and "Bron: Voortgangsmonitor IBDS, peildatum 15-01-2026" in svg
    text = PdfReader(tmp_path / "rapport" / "voortgangsrapportage.pdf").pages[0].extract_text()
    assert "VOORLOPIG" in text
    assert json.loads(result.manifest.read_text())["provisional"] is True


def test_unknown_format_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown export format"):
        parse_formats("png,gif")


def test_a_message_goes_into_its_chart_and_the_manifest(world, exporter, tmp_path):
    rt, sid = world
    source = from_snapshot(rt, sid, "pm")
    name = next(f"{a.id}-{i.id}" for a in source.defs.actions for i in a.spec.indicators)
    result = export_pack(source, tmp_path, formats=("svg",), exporter=exporter,
                         messages={name: " Meer organisaties doen mee ", "status-per-actie": " "})
    manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
    assert manifest["messages"] == {name: "Meer organisaties doen mee"}   # empty ones left out
    assert "Meer organisaties doen mee" in (tmp_path / "grafieken" / f"{name}.svg").read_text("utf-8")
    others = [p for p in (tmp_path / "grafieken").glob("*.svg") if p.stem != name]
    assert others and not any("Meer organisaties" in p.read_text("utf-8") for p in others)


def test_the_heatmap_chart_is_the_letter_version(world):
    """Action labels with their code on at most two lines (``status_heatmap(letter=True)``)."""
    rt, sid = world
    chart = next(c for c in export_charts(from_snapshot(rt, sid, "pm"), "nl") if c.name == STATUS_NAME)
    labels = next(d for d in chart.figure.data if d.type == "heatmap").y
    assert labels and all(label.count("<br>") <= 1 and label[:3].upper() == label[:3]
                          for label in labels)
    assert [d.name for d in chart.figure.data if d.showlegend]  # the statuses in the legend
