"""The Export page in Streamlit's AppTest, on a small writable world (the engine's hand-checked
DATA): snapshots, one chart, the pack, the diff and reopening a quarter."""

import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
import streamlit as st
from helpers import acting_programme_manager, make_world, shown, submit_csv
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from monitor.exports.browser import DEFAULT_BROWSER
from monitor.snapshots import create_snapshot, list_snapshots
from tests.compute.test_engine import DATA, DEFS, ORGS
from tests.snapshots.fixture import clone

ROOT = Path(__file__).resolve().parents[2]
QUARTERS = [f"{y}-Q{q}" for y in (2024, 2025) for q in range(1, 5)]  # the world's programme
needs_chromium = pytest.mark.skipif(not Path(DEFAULT_BROWSER).exists(),
                                    reason=f"image export needs Chromium at {DEFAULT_BROWSER}")


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    root = tmp_path_factory.mktemp("export_world")
    rt = make_world(root, DEFS, ORGS)
    assert submit_csv(rt, DATA).status == "accepted"
    return root


@pytest.fixture
def world(template, tmp_path, monkeypatch):
    rt = clone(template, tmp_path / "world")
    monkeypatch.setenv("MONITOR_CONFIG", str(tmp_path / "world" / "config.yaml"))
    monkeypatch.delenv("MONITOR_DB", raising=False)
    return rt


@pytest.fixture
def downloads(monkeypatch):
    """What the page's download buttons offer, by file name: bytes, or the callable that makes
    them on click (deferred downloads)."""
    offered: dict[str, object] = {}
    add, add_deferred = MediaFileManager.add, MediaFileManager.add_deferred

    def spy_add(self, data, mimetype, coordinates, file_name=None, is_for_static_download=False):
        offered[file_name] = data
        return add(self, data, mimetype, coordinates, file_name, is_for_static_download)

    def spy_deferred(self, data_callable, mimetype, coordinates, file_name=None, **kw):
        offered[file_name] = data_callable
        return add_deferred(self, data_callable, mimetype, coordinates, file_name, **kw)

    monkeypatch.setattr(MediaFileManager, "add", spy_add)
    monkeypatch.setattr(MediaFileManager, "add_deferred", spy_deferred)
    return offered


def data_of(offered: dict, suffix: str) -> bytes:
    [data] = [d for n, d in offered.items() if n and n.endswith(suffix)]
    return data() if callable(data) else data


def table(at: AppTest, column: str):
    """The one dataframe on the page with ``column`` (AppTest does not keep dataframe keys)."""
    [frame] = [d.value for d in at.dataframe if column in d.value.columns]
    return frame


def open_page(lang="nl", **params) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.session_state["demo_user"] = acting_programme_manager()  # demo mode
    at.query_params["lang"] = lang
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    at.switch_page("app_pages/export.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def click(at: AppTest, key: str) -> AppTest:
    at.button(key=key).click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_creating_a_snapshot_stores_it_and_locks_its_quarters(world):
    at = open_page()
    assert [h.value for h in at.header][:2] == ["Peildatum vastleggen", "Bron van de export"]
    at.text_input(key="snapshot_label").set_value("Voortgangsbrief 2026")
    click(at, "snapshot_create")
    assert not at.error, [e.value for e in at.error]
    snaps = list_snapshots(world.store)
    assert snaps.select("id", "label", "created_by", "until_period").rows() == [
        (1, "Voortgangsbrief 2026", acting_programme_manager(), "2025-Q4")]  # the acting user
    assert sorted(world.locked_periods()) == QUARTERS
    assert at.success[0].value.startswith("Peildatum vastgelegd als snapshot 1 ('Voortgangsbrief 2026')")
    assert "K1 2024 tot en met K4 2025 zijn nu vergrendeld" in at.success[0].value
    # the new snapshot is listed and becomes the export source (no VOORLOPIG warning)
    listed = table(at, "created_by")
    assert list(listed["label"]) == ["Voortgangsbrief 2026"]
    assert at.selectbox(key="url_snapshot").value == 1
    assert at.query_params["snapshot"] in ("1", ["1"])
    assert not [w for w in at.warning if "VOORLOPIG" in w.value]


def test_empty_label_shows_an_error_and_stores_nothing(world):
    at = open_page()
    click(at, "snapshot_create")
    assert [e.value for e in at.error] == [
        "Geef de peildatum een naam, bijvoorbeeld 'Voortgangsbrief 2026'. Er is niets vastgelegd."]
    assert list_snapshots(world.store).is_empty()
    assert world.locked_periods() == {}


def test_lists_snapshots_newest_first_with_dutch_dates(world):
    create_snapshot(world, "Voortgangsbrief 2025", "pm", until="2024-Q4")
    create_snapshot(world, "Voortgangsbrief 2026", "bzk")
    at = open_page()
    shown = table(at, "created_by")
    assert list(shown["id"]) == [2, 1]
    assert list(shown["label"]) == ["Voortgangsbrief 2026", "Voortgangsbrief 2025"]
    assert list(shown["until"]) == ["K4 2025", "K4 2024"]
    assert list(shown["created_by"]) == ["bzk", "pm"]
    day = list_snapshots(world.store)["reference_date"][0]
    assert list(shown["reference_date"]) == [day.strftime("%d-%m-%Y")] * 2
    counts = dict(list_snapshots(world.store).select("id", "values").iter_rows())
    assert list(shown["values"]) == [str(counts[2]), str(counts[1])]
    # the newest snapshot is the default source, both are offered, and live data too
    source = at.selectbox(key="url_snapshot")
    assert source.value == 2 and source.options == [
        "2 · Voortgangsbrief 2026 (peildatum " + day.strftime("%d-%m-%Y") + ")",
        "1 · Voortgangsbrief 2025 (peildatum " + day.strftime("%d-%m-%Y") + ")",
        "Actuele gegevens (voorlopig)"]


def test_live_source_is_marked_provisional(world, downloads):
    at = open_page(snapshot="live")
    assert any("VOORLOPIG" in w.value for w in at.warning)
    csv = data_of(downloads, "a01-i_share-live-2025-Q4.csv").decode("utf-8-sig")
    assert csv.startswith("kwartaal;")


@needs_chromium
def test_chart_from_a_snapshot_downloads_as_png_svg_pdf_csv_and_xlsx(world, downloads):
    sid = create_snapshot(world, "Voortgangsbrief 2026", "pm")
    at = open_page(snapshot=str(sid))
    at.selectbox(key="export_indicator_a01").set_value("i_sum")
    at.run()
    warnings = [w.value for w in at.warning if not w.value.startswith("Demomodus")]
    assert not at.exception and not warnings, warnings
    labels = [b.label for b in at.download_button]
    assert labels[:5] == ["PNG (300 dpi)", "SVG", "PDF", "Tabel (CSV)", "Tabel (Excel)"]
    stem = f"a01-i_sum-snapshot-{sid}-2025-Q4"
    assert {f"{stem}.{f}" for f in ("png", "svg", "pdf", "csv", "xlsx")} <= set(downloads)
    assert data_of(downloads, f"{stem}.png").startswith(b"\x89PNG")
    assert b"<svg" in data_of(downloads, f"{stem}.svg")[:400]
    assert data_of(downloads, f"{stem}.pdf").startswith(b"%PDF")
    assert data_of(downloads, f"{stem}.xlsx").startswith(b"PK")
    csv = data_of(downloads, f"{stem}.csv").decode("utf-8-sig").splitlines()
    assert csv[0].startswith("kwartaal;groep;waarde (fte)")
    assert csv[1].startswith("2024-Q1;NL;11;")  # 1.5 + 2 + 3 + 4 = 10.5, shown without decimals


def test_without_chromium_images_are_refused_but_tables_offered(world, downloads, monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", str(Path(world.store.path).parent / "no-browser"))
    st.cache_resource.clear()  # forget (and close) an exporter started by an earlier test
    try:
        at = open_page()
        [warning] = [w.value for w in at.warning if "Afbeeldingen" in w.value]
        assert "BROWSER_PATH" in shown(warning)  # the error's text shown literally
        assert [b.label for b in at.download_button][:2] == ["Tabel (CSV)", "Tabel (Excel)"]
        assert not [n for n in downloads if n and n.endswith(".png")]
    finally:
        monkeypatch.delenv("BROWSER_PATH")
        st.cache_resource.clear()


def _pack(at: AppTest, downloads: dict, formats: list[str]) -> tuple[zipfile.ZipFile, dict]:
    at.multiselect(key="pack_formats").set_value(formats)
    click(at, "pack_make")
    assert not at.error, [e.value for e in at.error]
    assert any(s.value.startswith("Pakket gemaakt:") for s in at.success)
    archive = zipfile.ZipFile(io.BytesIO(data_of(downloads, ".zip")))
    manifest = json.loads(archive.read("manifest.json"))
    return archive, manifest


def test_pack_makes_a_zip_whose_manifest_lists_every_file_with_sha256(world, downloads):
    import hashlib

    sid = create_snapshot(world, "Voortgangsbrief 2026", "pm")
    at = open_page(snapshot=str(sid))
    archive, manifest = _pack(at, downloads, ["csv", "xlsx", "opendata", "zip"])
    assert manifest["snapshot_id"] == sid and manifest["provisional"] is False
    listed = {f["path"]: f["sha256"] for f in manifest["files"]}
    assert set(listed) == set(archive.namelist()) - {"manifest.json"}
    assert any(p.startswith("gegevens/") and p.endswith(".xlsx") for p in listed)
    assert any(p.startswith("open-data/") for p in listed)
    for path, sha in listed.items():
        assert hashlib.sha256(archive.read(path)).hexdigest() == sha
    shown = table(at, "sha256")
    assert sorted(shown["path"]) == sorted(listed)


@needs_chromium
def test_pack_with_png_charts(world, downloads):
    sid = create_snapshot(world, "Voortgangsbrief 2026", "pm")
    at = open_page(snapshot=str(sid))
    archive, manifest = _pack(at, downloads, ["png", "zip"])
    pngs = [p for p in archive.namelist() if p.endswith(".png")]
    assert len(pngs) == len(world.defs.indicators) + 1  # every trend chart and the heatmap
    assert all(archive.read(p).startswith(b"\x89PNG") for p in pngs)
    assert {f["path"] for f in manifest["files"]} >= set(pngs)


def test_diff_shows_a_revised_value_after_a_reopened_quarter_is_resubmitted(world, downloads):
    sid = create_snapshot(world, "Voortgangsbrief 2026", "pm")
    at = open_page(snapshot=str(sid))
    at.selectbox(key="reopen_period").set_value("2024-Q1")
    at.text_area(key="reopen_reason").set_value("correctie fte G1")
    click(at, "reopen_run")
    assert at.success[-1].value.startswith("K1 2024 is heropend voor aanlevering")
    assert "2024-Q1" not in world.locked_periods()
    revised = submit_csv(world, "organisatie;periode;maatstaf;waarde;toelichting\n"
                         "G1;2024-Q1;fte;2;herrekend\n", received_at=datetime(2026, 1, 10))
    assert revised.status == "accepted", [str(p) for p in revised.problems]
    at.run()
    assert at.selectbox(key="diff_a").value == sid
    assert at.selectbox(key="diff_b").value == "live"
    click(at, "diff_run")
    assert not at.error, [e.value for e in at.error]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Herziene waarden"] == "1"
    values = table(at, "measure")
    assert values.to_dict("records") == [{"organisation": "G1", "period": "2024-Q1", "measure": "fte",
                                          "change": "herzien", "old": "1,5", "new": "2"}]
    results = table(at, "old_status")
    assert "i_sum" in set(results["indicator"])  # 10.5 -> 11 in 2024-Q1
    csv = data_of(downloads, f"verschillen_{sid}_live.csv").decode("utf-8-sig")
    assert "waarde;herzien;fte;G1;2024-Q1;1,5;2" in csv  # the Dutch page: Dutch words


def test_reopen_without_a_reason_shows_an_error(world):
    create_snapshot(world, "Voortgangsbrief 2026", "pm")
    at = open_page()
    at.selectbox(key="reopen_period").set_value("2025-Q4")
    click(at, "reopen_run")
    assert [e.value for e in at.error] == [
        "Geef een reden op; die wordt vastgelegd. Het kwartaal is niet heropend."]
    assert sorted(world.locked_periods()) == QUARTERS


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_runs_on_the_demo_database(demo_db, monkeypatch, lang):
    path, _, _ = demo_db  # read only: nothing is clicked
    monkeypatch.setenv("MONITOR_DB", str(path))
    monkeypatch.delenv("MONITOR_CONFIG", raising=False)
    at = open_page(lang)
    assert not at.error, [e.value for e in at.error]
    assert at.selectbox(key="url_snapshot").value == "live"
    assert len(at.header) == 7  # with "Rapport maken"


def test_english_interface(world):
    at = open_page("en")
    assert at.title[0].value == "Export for the letter to parliament"
    assert any("PROVISIONAL" in w.value for w in at.warning)
    click(at, "snapshot_create")
    assert at.error[0].value.startswith("Give the reference date a name")


def test_checking_reproducibility_of_the_selected_snapshot(world):
    sid = create_snapshot(world, "Voortgangsbrief 2026", "pm")
    n = world.store.scalar("SELECT count(*) FROM snapshot_results WHERE snapshot_id = ?", [sid])
    at = open_page(snapshot=str(sid))
    click(at, "verify_run")
    assert [s.value for s in at.success] == [
        f"Peildatum {sid} 'Voortgangsbrief 2026' reproduceert: {n} resultaten gelijk."]
    with world.store.transaction() as con:  # a stored figure changed behind the monitor's back
        con.execute("UPDATE snapshot_results SET value = 12.5 WHERE indicator = 'i_sum' AND "
                    "period = '2024-Q1' AND breakdown = 'national'")
    click(at, "verify_run")
    assert [e.value for e in at.error] == [
        f"Peildatum {sid} 'Voortgangsbrief 2026' reproduceert niet: 1 van {n} resultaten verschilt."]
    differences = table(at, "Herberekend")
    assert differences.to_dict("records") == [
        {"Indicator": "i_sum", "Kwartaal": "2024-Q1", "Uitsplitsing": "national", "Groep": "NL",
         "Kolom": "value", "Opgeslagen": "12.5", "Herberekend": "10.5"}]
    assert world.store.scalar("SELECT count(*) FROM audit_log WHERE action = 'snapshot.verify'") == 2
    assert at.button(key="verify_run")  # not offered for live data:
    at.selectbox(key="url_snapshot").set_value("live")
    at.run()
    assert not [b for b in at.button if b.key == "verify_run"]
