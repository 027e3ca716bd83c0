"""The Toezeggingen page: overdue first with the status in words, filters and the CSV for every
reader with commitments.view; linking with the suggestion for a programme manager (audited)."""

import shutil
from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]


def page(user: str, lang: str = "nl") -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.session_state["demo_user"] = user
    at.query_params["lang"] = lang
    at.run()
    at.switch_page("app_pages/toezeggingen.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_viewer_sees_overdue_first_and_filters(demo):
    at = page("demo-viewer")
    table = at.table[0].value
    assert list(table.columns) == ["Nummer", "Soort", "Status", "Te laat", "Verwacht gereed",
                                   "Gereed op", "Tekst", "Acties", "Ministerie"]
    late = table["Te laat"].tolist()
    assert late[0] == "te laat" and late.index("") == late.count("te laat")  # overdue first
    assert "deels voldaan" in table["Status"].tolist()
    assert not [e for e in at.expander if "Koppelen" in e.label]  # no linking for a viewer
    at.selectbox(key="tz_status").set_value("completed").run()
    assert set(at.table[0].value["Status"]) <= {"voldaan", "afgedaan"}
    at.selectbox(key="tz_action").set_value("a04").run()
    shown = at.table[0].value
    assert shown["Nummer"].tolist() == ["2022Z24510"]


def test_programme_manager_links_with_the_suggestion(demo_db, tmp_path, monkeypatch):
    from monitor.commitments.store import find_commitment, linked_actions
    from monitor.runtime import open_runtime

    shutil.copy(demo_db[0], tmp_path / "copy.duckdb")
    monkeypatch.setenv("MONITOR_DB", str(tmp_path / "copy.duckdb"))
    monkeypatch.delenv("MONITOR_CONFIG", raising=False)
    rt = open_runtime(tmp_path / "copy.duckdb")
    cid = find_commitment(rt.store, "TZ202404-052")["id"]  # linked to a07 by the demo
    at = page("demo-programmamanager", "en")
    at.selectbox(key="tz_pick").set_value(cid).run()
    assert any(m.value == "Linked to: a07" for m in at.markdown)
    assert any(c.value == "suggested: a04 (datadeling)" for c in at.caption)
    assert at.selectbox(key=f"tz_target_{cid}").value == "a04"  # the suggestion, to be confirmed
    at.button(key="tz_link").click().run()
    assert not at.exception
    assert at.success[0].value == "TZ202404-052 is linked to a04."
    assert linked_actions(rt.store, cid) == ["a04", "a07"]
    assert rt.store.query("SELECT actor, target FROM audit_log WHERE action = 'commitments.link' "
                          "ORDER BY id DESC LIMIT 1").rows() == [("demo-programmamanager", cid)]
