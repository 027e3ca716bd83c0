"""Issue 14 item 6: a deep link to a page the role may not use opens the role's first page with
a short note (not Streamlit's English "Page not found" dialog); a viewer on the Export page
without any snapshot reads who can make one (no internal error)."""

from pathlib import Path

import pytest
from helpers import make_world, submit_csv
from streamlit.testing.v1 import AppTest
from streamlit.util import calc_hash

from tests.compute.test_engine import DATA, DEFS, ORGS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    path = tmp_path_factory.mktemp("navigation")
    rt = make_world(path, DEFS, ORGS)
    assert submit_csv(rt, DATA).status == "accepted"
    return path


def deep_link(world, monkeypatch, user: str, url_path: str, lang: str = "nl") -> AppTest:
    """The app opened at ``/url_path`` as ``user``. A browser asks for a page by its URL path;
    st.Page identifies a page by the hash of that path, which AppTest sends as the page asked
    for (AppTest.switch_page only knows page files)."""
    monkeypatch.setenv("MONITOR_CONFIG", str(world / "config.yaml"))
    monkeypatch.delenv("MONITOR_DB", raising=False)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.session_state["demo_user"] = user
    at.query_params["lang"] = lang
    at.run()
    at._page_hash = calc_hash(url_path)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize(("user", "url", "first", "role"), [
    ("g1", "organisatie", None, None),  # allowed: no note
    ("g1", "export", "Organisatie", "indiener"),
    ("g1", "overzicht", "Organisatie", "indiener"),
    ("kijker", "aanleveren", "Overzicht", "viewer"),
    ("admin", "export", "Definities", "beheerder"),
])
def test_a_forbidden_deep_link_opens_the_first_page_with_a_note(world, monkeypatch, user, url,
                                                               first, role):
    at = deep_link(world, monkeypatch, user, url)
    notes = [i.value for i in at.info if "niet beschikbaar" in i.value]
    if first is None:
        assert notes == []
        return
    assert notes == [f"Deze pagina is niet beschikbaar voor uw rol ({role}); u ziet nu {first}."]
    assert at.query_params.get("lang") in ("nl", ["nl"])  # the language survives the redirect
    at._page_hash = ""  # the browser is on the first page now (AppTest keeps asking otherwise)
    at.run()  # the note is shown once
    assert not [i for i in at.info if "niet beschikbaar" in i.value]


def test_the_note_in_english(world, monkeypatch):
    at = deep_link(world, monkeypatch, "g1", "export", "en")
    assert [i.value for i in at.info if "not available" in i.value] == [
        "This page is not available for your role (submitter); you now see Organisation."]


def test_a_viewer_on_the_export_page_without_a_snapshot(world, monkeypatch):
    at = deep_link(world, monkeypatch, "kijker", "export")
    assert not at.error, [e.value for e in at.error]
    assert any(i.value.startswith("Er is nog geen peildatum vastgelegd, dus er is nog niets om te "
                                  "exporteren. Een programmamanager kan een peildatum vastleggen")
               for i in at.info)
