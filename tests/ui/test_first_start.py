"""Issue 17: the notice that the demo data was just made is shown once, in the session that
started the demo, in the reader's language and without a server path; later sessions and later
runs of the same session do not see it."""

from pathlib import Path

from helpers import make_world
from streamlit.testing.v1 import AppTest

from tests.compute.test_engine import DEFS, ORGS

ROOT = Path(__file__).resolve().parents[2]


def session(root: Path, monkeypatch, lang: str) -> AppTest:
    monkeypatch.setenv("MONITOR_CONFIG", str(root / "config.yaml"))
    monkeypatch.delenv("MONITOR_DB", raising=False)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=180)
    at.session_state["demo_user"] = "pm"
    at.query_params["lang"] = lang
    return at


def notices(at: AppTest) -> list[str]:
    return [i.value.replace("\\", "") for i in at.info if "demo" in i.value.lower()]


def test_the_first_start_notice_is_shown_once_to_who_started_it(tmp_path, monkeypatch):
    make_world(tmp_path, DEFS, ORGS)  # an empty database in demo mode: the first start fills it
    first = session(tmp_path, monkeypatch, "en")
    first.run()
    assert not first.exception, [e.value for e in first.exception]
    [notice] = notices(first)
    assert notice.startswith("First start: the database has been filled with invented demo data")
    assert "Q1 2024" in notice and "2024-Q1" not in notice  # quarters as a reader writes them
    assert str(tmp_path) not in notice and "duckdb" not in notice  # no server path
    assert "Eerste" not in notice and "inzendingen" not in notice  # one language
    first.run()  # the same session again: not repeated
    assert notices(first) == []
    other = session(tmp_path, monkeypatch, "nl")  # another visitor of the same server
    other.run()
    assert not other.exception
    assert notices(other) == []

