"""``?demo_user=ID`` (demo mode only): a link opens the dashboard as that demo user, as the sidebar
picker would; an unknown id is ignored; production never reads it."""

from pathlib import Path

import pytest
import yaml
from helpers import make_world, shown, submit_csv
from streamlit.testing.v1 import AppTest

from monitor.text import t
from tests.compute.test_engine import DATA, DEFS, ORGS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo_user_url")
    submit_csv(make_world(path, DEFS, ORGS), DATA)
    production = yaml.safe_load((path / "config.yaml").read_text(encoding="utf-8"))
    production["access"]["environment"] = "production"
    (path / "production.yaml").write_text(yaml.safe_dump(production), encoding="utf-8")
    return path


def run(world, monkeypatch, config: str, demo_user: str) -> AppTest:
    monkeypatch.setenv("MONITOR_CONFIG", str(world / config))
    monkeypatch.delenv("MONITOR_DB", raising=False)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.query_params["demo_user"] = demo_user
    if config == "production.yaml":  # a login is set up ([auth] in .streamlit/secrets.toml)
        at.secrets["auth"] = {"redirect_uri": "https://m.example.nl/oauth2callback",
                              "cookie_secret": "x", "client_id": "m", "client_secret": "x",
                              "server_metadata_url": "https://sso.example.nl/.well-known/x"}
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_a_link_opens_the_dashboard_as_that_demo_user(world, monkeypatch):
    at = run(world, monkeypatch, "config.yaml", "pm")
    assert at.session_state["demo_user"] == "pm"
    assert at.selectbox(key="demo_user").value == "pm"
    assert any("u werkt als pm (programmamanager)" in shown(w.value) for w in at.warning)


def test_an_unknown_demo_user_in_the_link_is_ignored(world, monkeypatch):
    at = run(world, monkeypatch, "config.yaml", "nobody")
    assert at.selectbox(key="demo_user").value == "kijker"  # the least privileged user
    assert any("u werkt als Kijker (viewer)" in shown(w.value) for w in at.warning)


def test_production_never_reads_the_demo_user_from_the_link(world, monkeypatch):
    at = run(world, monkeypatch, "production.yaml", "pm")
    assert "demo_user" not in at.session_state
    assert [i.value for i in at.info] == [t("auth.login_needed", "nl")]
    assert not at.warning
