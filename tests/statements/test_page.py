"""The action page's "Voortgang in woorden" (AppTest): the owner writes, a programme manager
returns it, the owner corrects, the manager approves; the approved text is shown escaped."""

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from monitor.access.users import get_user
from monitor.runtime import open_runtime
from monitor.statements.store import versions

ROOT = Path(__file__).parents[2]
Q = "2026-Q1"
KEY = f"a04_{Q}"


@pytest.fixture
def db(demo_db, tmp_path, monkeypatch):
    path = tmp_path / "demo.duckdb"
    shutil.copy(demo_db[0], path)
    monkeypatch.setenv("MONITOR_DB", str(path))
    monkeypatch.delenv("MONITOR_CONFIG", raising=False)
    return path


def page(user: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.session_state["demo_user"] = user
    at.query_params["actie"] = "a04"
    at.query_params["kwartaal"] = Q
    at.run()
    at.switch_page("app_pages/actie.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def button(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


def texts(at: AppTest) -> str:
    return "\n".join(e.value for kind in ("markdown", "caption", "info", "warning", "error",
                                          "success") for e in getattr(at, kind))


def test_owner_writes_pm_returns_owner_corrects_pm_approves(db):
    at = page("demo-actiehouder")
    assert "nog geen goedgekeurde verantwoording voor K1 2026" in texts(at)
    button(at, "Indienen ter goedkeuring").click().run()  # empty: problems at their fields
    errors = [e.value for e in at.error]
    assert "Resultaten dit kwartaal: verplicht om in te dienen." in errors
    assert "Oordeel: verplicht om in te dienen." in errors
    assert any("3 problemen; niets opgeslagen" in e for e in errors)
    assert versions(open_runtime(db).store, action="a04", period=Q).is_empty()

    at.text_area(key=f"stmt_results_{KEY}").input("Eerste resultaat.\n\n- **vet** [link](javascript:x)")
    at.text_area(key=f"stmt_plans_{KEY}").input("Plannen.")
    at.selectbox(key=f"stmt_judgement_{KEY}").set_value("aandachtspunt")
    at.text_area(key=f"stmt_reason_{KEY}").input("Wij zien risico's.")
    button(at, "Indienen ter goedkeuring").click().run()
    assert "Versie 1 opgeslagen (ter goedkeuring)." in [s.value for s in at.success]

    at = page("demo-programmamanager")
    assert "Beoordelen: versie 1 wacht op goedkeuring" in [s.value for s in at.subheader]
    at.text_area(key="stmt_remark_a04").input("Noem de organisaties.")
    button(at, "Terugsturen").click().run()
    assert "Versie 1 teruggestuurd." in [s.value for s in at.success]

    at = page("demo-actiehouder")
    # the reviewer by name, as people know them (the id stays in the database)
    manager = get_user(open_runtime(db).store, "demo-programmamanager").name
    assert manager and f"Teruggestuurd door {manager}: Noem de organisaties\\." in texts(at)
    assert "demo\\-programmamanager" not in " ".join(texts(at))
    assert at.text_area(key=f"stmt_plans_{KEY}").value == "Plannen."  # prefilled
    at.text_area(key=f"stmt_plans_{KEY}").input("Plannen met Utrecht en Zwolle.")
    button(at, "Indienen ter goedkeuring").click().run()
    assert "Versie 2 opgeslagen (ter goedkeuring)." in [s.value for s in at.success]
    assert not [b for b in at.button if b.label == "Goedkeuren"]  # an owner does not review

    at = page("demo-programmamanager")
    button(at, "Goedkeuren").click().run()
    at = page("demo-viewer")  # the published statement, for everyone
    shown = texts(at)
    assert "Oordeel van de actiehouder: **aandachtspunt**" in shown
    assert "- \\*\\*vet\\*\\* \\[link\\]\\(javascript\\:x\\)" in shown  # as typed, never formatting
    assert "Plannen met Utrecht en Zwolle\\." in shown
    assert not [b for b in at.button if b.label in ("Goedkeuren", "Indienen ter goedkeuring")]
    rows = versions(open_runtime(db).store, action="a04", period=Q)
    assert rows.select("version", "state", "reviewed_by").rows() == [
        (1, "returned", "demo-programmamanager"), (2, "approved", "demo-programmamanager")]
