"""Navigation per role in AppTest (demo mode: the demo user chosen in the sidebar), and pages a
role may not use cannot be opened directly."""

from pathlib import Path

import pytest
from helpers import make_world, shown, submit_csv
from streamlit.testing.v1 import AppTest

from tests.compute.test_engine import DATA, DEFS, ORGS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    path = tmp_path_factory.mktemp("roles")
    rt = make_world(path, DEFS, ORGS)
    submit_csv(rt, DATA)
    return path


def app(world, monkeypatch, user: str) -> AppTest:
    monkeypatch.setenv("MONITOR_CONFIG", str(world / "config.yaml"))
    monkeypatch.delenv("MONITOR_DB", raising=False)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.session_state["demo_user"] = user
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def registered_pages(at: AppTest) -> list[str]:
    """The pages st.navigation registered for this session (AppTest lists them when asked for a
    page that is not registered)."""
    import re

    with pytest.raises(ValueError, match="Could not find a navigation page") as info:
        at.switch_page(str(Path(__file__).parent / "not_a_page.py"))
    known = re.search(r"Known pages: \[(.*)\]", str(info.value)).group(1)
    # page scripts only: the hidden stubs of refused pages (url paths, no script) redirect
    return [Path(p.strip(" '")).stem for p in known.split(",") if p.strip(" '").endswith(".py")]


@pytest.mark.parametrize(("user", "pages", "banner"), [
    ("kijker", ["overzicht", "actie", "organisatie", "volledigheid", "toezeggingen", "definities",
                "export", "colofon"], "Kijker (viewer)"),
    ("g1", ["organisatie", "aanleveren", "definities", "colofon"], "Indiener G1 (indiener)"),
    ("pm", ["overzicht", "actie", "organisatie", "volledigheid", "aanleveren", "toezeggingen",
            "definities", "export", "audit", "colofon"], "pm (programmamanager)"),
    ("admin", ["definities", "audit", "gebruikers", "colofon"], "Beheerder (beheerder)"),
])
def test_navigation_shows_what_the_role_may_use(world, monkeypatch, user, pages, banner):
    at = app(world, monkeypatch, user)
    assert registered_pages(at) == pages
    assert any(f"u werkt als {banner}" in shown(w.value) for w in at.warning)


def test_pages_a_role_may_not_use_cannot_be_opened(world, monkeypatch):
    at = app(world, monkeypatch, "g1")
    for page in ("export", "overzicht", "volledigheid"):
        with pytest.raises(ValueError, match="Could not find a navigation page"):
            at.switch_page(str(ROOT / "app_pages" / f"{page}.py"))


def test_submitter_sees_only_own_organisation_on_upload(world, monkeypatch):
    at = app(world, monkeypatch, "g1")
    at.switch_page("app_pages/aanleveren.py")
    at.run()
    assert not at.exception
    assert at.selectbox(key="upload_org").options == ["G1 naam (G1)"]


def test_audit_page_lists_submissions_and_refusals(world, monkeypatch):
    from monitor.intake.ingest import submit_file
    from monitor.runtime import open_runtime

    rt = open_runtime(config_path=world / "config.yaml")
    bad = b"organisatie;periode;maatstaf;waarde;toelichting\nG2;2025-Q4;cdo;ja;\n"
    with pytest.raises(Exception, match="U mag geen gegevens aanleveren voor G2"):
        submit_file(rt.store, rt.context(), bad, "x.csv", organisation="G2", period="2025-Q4",
                    user="g1")
    at = app(world, monkeypatch, "pm")
    assert "audit" in registered_pages(at)
    at.switch_page("app_pages/audit.py")
    at.run()
    assert not at.exception
    log = at.dataframe[0].value
    # what was done in words, not the audit codes (issue 16)
    assert {"aanlevering opgeslagen", "actie geweigerd"} <= set(log["action"])
    denied = log[log["action"] == "actie geweigerd"]
    assert list(denied["actor"]) == ["g1"]
    at.selectbox(key="audit_action").set_value("submission.accepted")
    at.run()
    assert set(at.dataframe[0].value["action"]) == {"aanlevering opgeslagen"}
