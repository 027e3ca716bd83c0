"""The Export page's "Rapport maken" (the report as PDF and Word of the chosen source) and the
one-line message of a chart, in Streamlit's AppTest on the small world of ``test_export``."""

import io
import json
import zipfile
from pathlib import Path

import docx
import streamlit as st

from monitor.snapshots import create_snapshot
from tests.pages import test_export as base
from tests.pages.test_export import click, data_of, needs_chromium, open_page

template, world, downloads = base.template, base.world, base.downloads  # the fixtures

MESSAGE = "Meer organisaties leveren aan"


@needs_chromium
def test_rapport_maken_offers_the_report_of_the_chosen_snapshot_as_pdf_and_word(world, downloads):
    sid = create_snapshot(world, "Voortgangsbrief 2026", "pm")
    at = open_page(snapshot=str(sid))
    headers = [h.value for h in at.header]
    assert headers.index("Rapport maken") < headers.index("Volledig pakket")
    click(at, "report_make")
    assert not at.error, [e.value for e in at.error]
    assert "Rapport gemaakt van 'Voortgangsbrief 2026'." in [s.value for s in at.success]
    assert [b.label for b in at.download_button][:2] == [
        "Rapport downloaden (PDF)", "Rapport downloaden (Word)"]
    stem = f"voortgangsrapportage-snapshot-{sid}-2025-Q4"
    assert data_of(downloads, f"{stem}.pdf").startswith(b"%PDF")
    made = docx.Document(io.BytesIO(data_of(downloads, f"{stem}.docx")))
    assert made.paragraphs[0].text == "Voortgang Interbestuurlijke Datastrategie"
    assert "Voortgangsbrief 2026" in [p.text for p in made.paragraphs]


def test_rapport_maken_without_chromium_says_why_in_dutch(world, downloads, monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", str(Path(world.store.path).parent / "no-browser"))
    st.cache_resource.clear()  # forget (and close) an exporter started by an earlier test
    try:
        at = open_page()
        click(at, "report_make")
        assert [e.value for e in at.error] == [
            "Het rapport kan nu niet worden gemaakt: voor de grafieken is de afbeeldingsexport nodig "
            "en die werkt nu niet. Vraag de beheerder Chromium te installeren."]
        assert not [n for n in downloads if n and n.startswith("voortgangsrapportage")]
    finally:
        monkeypatch.delenv("BROWSER_PATH")
        st.cache_resource.clear()


def test_a_message_shows_in_the_preview_and_goes_into_the_pack_manifest(world, downloads):
    sid = create_snapshot(world, "Voortgangsbrief 2026", "pm")
    at = open_page(snapshot=str(sid))
    at.text_input(key="export_message_a01-i_share").set_value(MESSAGE)
    at.run()
    [preview] = at.get("plotly_chart")
    assert MESSAGE in json.loads(preview.proto.spec)["layout"]["title"]["text"]
    at.multiselect(key="pack_formats").set_value(["csv", "zip"])
    click(at, "pack_make")
    manifest = json.loads(zipfile.ZipFile(io.BytesIO(data_of(downloads, ".zip"))).read("manifest.json"))
    assert manifest["messages"] == {"a01-i_share": MESSAGE}
