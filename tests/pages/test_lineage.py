"""Lineage on the action page: under each indicator's trend, the submitted values behind the value
in the chosen quarter (live, or from ``?snapshot=ID``), checked against monitor.snapshots.lineage."""

from datetime import datetime
from pathlib import Path

import pytest
from helpers import acting_programme_manager, make_world, shown, submit_csv
from streamlit.testing.v1 import AppTest

from monitor.snapshots import create_snapshot, lineage, reopen_quarter
from monitor.views.exports import LINEAGE_SHOWN
from tests.compute.test_engine import DATA, DEFS, ORGS

ROOT = Path(__file__).resolve().parents[2]


def run_action(opened: tuple[str, ...] = (), **params) -> AppTest:
    """The action page with the lineage panels of the indicators ``opened`` opened (a panel is
    made only when opened, issue 19)."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.session_state["demo_user"] = acting_programme_manager()  # demo mode
    for indicator in opened:
        at.session_state[f"lineage_open_{indicator}"] = True
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    at.switch_page("app_pages/actie.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


def panels(at: AppTest, title: str) -> list:
    return [e for e in at.expander if e.label == title]


def test_demo_action_page_shows_the_lineage_of_each_a03_value(demo_db, monkeypatch):
    path, rt, _ = demo_db
    monkeypatch.setenv("MONITOR_DB", str(path))
    monkeypatch.delenv("MONITOR_CONFIG", raising=False)
    indicators = [i for a in rt.defs.actions if a.id == "a03" for i in a.spec.indicators]
    closed = panels(run_action(actie="a03", kwartaal="2026-Q2"), "Herkomst van de waarde in K2 2026")
    assert len(closed) == len(indicators)
    assert not any(p.table or p.caption for p in closed)  # made only when opened
    at = run_action(tuple(i.id for i in indicators), actie="a03", kwartaal="2026-Q2")
    found = panels(at, "Herkomst van de waarde in K2 2026")
    assert len(found) == len(indicators)
    for panel, ind in zip(found, indicators, strict=True):
        expected = lineage(rt.store, ind.id, "2026-Q2", defs=rt.defs)
        assert 0 < expected.height <= LINEAGE_SHOWN
        [table] = panel.table
        assert len(table.value) == expected.height, ind.id
        assert list(table.value.columns)[:4] == ["Organisatie", "Maatstaf", "Kwartaal", "Waarde"]
        assert set(table.value["Organisatie"]) == set(expected["organisation"])
        summary = " ".join(c.value for c in panel.caption)
        assert summary.startswith("Actuele gegevens.")
        assert f"van {expected['organisation'].n_unique()} organisaties" in summary
        [button] = panel.get("download_button")
        assert button.label == "Herkomst downloaden (CSV)"


def test_lineage_from_a_snapshot_in_the_url(tmp_path, monkeypatch):
    """?snapshot=ID shows the snapshot's values; the live lineage shows the resubmission."""
    rt = make_world(tmp_path, DEFS, ORGS)
    assert submit_csv(rt, DATA).status == "accepted"
    monkeypatch.setenv("MONITOR_CONFIG", str(tmp_path / "config.yaml"))
    monkeypatch.delenv("MONITOR_DB", raising=False)
    sid = create_snapshot(rt, "Voortgangsbrief 2026", "pm")
    reopen_quarter(rt, "2024-Q1", "pm", "correctie")
    resubmitted = submit_csv(rt, "organisatie;periode;maatstaf;waarde;toelichting\n"
                             "G4;2024-Q1;cdo;ja;\nG4;2024-Q1;fte;2;\n", received_at=datetime(2026, 1, 10))
    assert resubmitted.status == "accepted"
    frozen = lineage(rt.store, "i_sum", "2024-Q1", snapshot_id=sid)
    live = lineage(rt.store, "i_sum", "2024-Q1", defs=rt.defs)
    assert live.height == frozen.height + 1

    def shown(**params):
        at = run_action(("i_sum",), actie="a01", indicator="i_sum", kwartaal="2024-Q1", **params)
        [panel] = panels(at, "Herkomst van de waarde in K1 2024")
        return panel

    snap = shown(snapshot=str(sid))
    assert snap.caption[0].value.startswith(f"Uit peildatum {sid}.")
    assert len(snap.table[0].value) == frozen.height
    now = shown()
    assert len(now.table[0].value) == live.height
    assert "G4" in set(now.table[0].value["Organisatie"])


@pytest.mark.parametrize("snapshot", ["99", "abc"])
def test_an_unknown_snapshot_in_the_url_is_explained_not_a_traceback(tmp_path, monkeypatch, snapshot):
    rt = make_world(tmp_path, DEFS, ORGS)
    assert submit_csv(rt, DATA).status == "accepted"
    monkeypatch.setenv("MONITOR_CONFIG", str(tmp_path / "config.yaml"))
    monkeypatch.delenv("MONITOR_DB", raising=False)
    at = run_action(("i_sum",), actie="a01", indicator="i_sum", kwartaal="2024-Q1", snapshot=snapshot,
                    lang="en")
    [note] = [i.value for i in at.info if "from the link" in i.value]
    assert note == (f"There is no snapshot '{snapshot}' (from the link); the lineage below uses the "
                    "current data.")
    [panel] = panels(at, "Lineage of the value in Q1 2024")
    assert " ".join(c.value for c in panel.caption).startswith("Current data.")


@pytest.mark.parametrize(("user", "details"), [("demo-viewer", False),
                                               ("demo-programmamanager", True)])
def test_submitter_and_file_name_only_for_roles_that_may_view_submissions(demo_db, monkeypatch,
                                                                            user, details):
    """A viewer sees the values behind a figure (``view``) but not who sent them in or the file
    (no ``submissions.view``): not on the page and not in the lineage CSV."""
    path, rt, _ = demo_db
    monkeypatch.setenv("MONITOR_DB", str(path))
    monkeypatch.delenv("MONITOR_CONFIG", raising=False)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.session_state["demo_user"] = user
    at.session_state["lineage_open_a03_cdo_aandeel"] = True
    at.query_params["actie"], at.query_params["kwartaal"] = "a03", "2026-Q2"
    at.run()
    at.switch_page("app_pages/actie.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    [panel, *_] = panels(at, "Herkomst van de waarde in K2 2026")
    columns = list(panel.table[0].value.columns)
    assert ("Door" in columns and "Bestand" in columns) is details
    assert "Organisatie" in columns and "Waarde" in columns
    expected = lineage(rt.store, "a03_cdo_aandeel", "2026-Q2", defs=rt.defs)
    cells = shown(" ".join(str(v) for v in panel.table[0].value.to_numpy().ravel()))
    assert any(name in cells for name in expected["file_name"].drop_nulls().unique()) is details
