"""Issue 14 item 2: the Organisatie and Volledigheid pages show a role only what it may see,
checked against the database: no other organisation's submissions, file names, submitters or
values for an indiener; no submissions or rejected files of any organisation for a viewer."""

from pathlib import Path

import pytest
from helpers import make_world, submit_csv
from streamlit.testing.v1 import AppTest

from monitor.intake.ingest import submit_file
from monitor.runtime import open_runtime
from monitor.text import t
from tests.compute.test_engine import DATA, DEFS, ORGS

ROOT = Path(__file__).resolve().parents[2]
HEAD = "organisatie;periode;maatstaf;waarde;toelichting\n"


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    path = tmp_path_factory.mktemp("orgaccess")
    rt = make_world(path, DEFS, ORGS)
    submit_csv(rt, DATA)
    ctx = rt.context()
    for org, name, value, user in (("G2", "g2-geheim.csv", "ja", "pm"),
                                   ("G2", "g2-afgewezen.csv", "misschien", "pm"),
                                   ("G1", "g1-eigen.csv", "ja", "g1"),
                                   ("G1", "g1-afgewezen.csv", "misschien", "g1")):
        content = f"{HEAD}{org};2025-Q4;cdo;{value};\n".encode()
        submit_file(rt.store, ctx, content, name, organisation=org, period="2025-Q4", user=user)
    return path


def other_organisations(world: Path, own: set[str]) -> tuple[set[str], set[str]]:
    """File names and submitters of the submissions and rejected attempts of organisations other
    than ``own`` that are not also own ones (a bulk file covers several organisations)."""
    rt = open_runtime(config_path=world / "config.yaml")
    files, people = set(), set()
    for table in ("submissions", "rejected_attempts"):
        for org, name, by in rt.store.query(
                f"SELECT organisation, file_name, submitted_by FROM {table}").rows():
            (files if org not in own else set()).add(name)
            (people if org not in own else set()).add(by)
    for table in ("submissions", "rejected_attempts"):
        for name, by in rt.store.query(f"SELECT file_name, submitted_by FROM {table} "
                                       "WHERE list_contains($o, organisation)",
                                       {"o": sorted(own)}).rows():
            files.discard(name)
            people.discard(by)
    return files, people


def run(world, monkeypatch, user: str, page: str, **params) -> AppTest:
    monkeypatch.setenv("MONITOR_CONFIG", str(world / "config.yaml"))
    monkeypatch.delenv("MONITOR_DB", raising=False)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.session_state["demo_user"] = user
    at.run()
    for k, v in params.items():
        at.query_params[k] = v
    at.switch_page(str(ROOT / "app_pages" / f"{page}.py"))
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


def shown(at: AppTest) -> str:
    """Everything the main area shows as text (tables as CSV)."""
    parts = [e.value for kind in ("title", "subheader", "markdown", "caption", "info", "warning",
                                  "success") for e in getattr(at.main, kind)]
    parts += [d.value.to_csv() for d in at.main.dataframe]
    parts += [str(s.options) for s in at.main.selectbox]
    return "\n".join(str(p) for p in parts)


def columns(at: AppTest) -> set[str]:
    """The columns of every table: a dataframe's by id, a plain table's (the Organisatie page's
    comparison of every indicator, issue 17) by their Dutch heading's id."""
    headings = {t(f"col.{c}", "nl"): c for c in ("own", "peer_median", "peers")}
    return ({c for d in at.main.dataframe for c in d.value.columns}
            | {headings.get(c, c) for tb in at.main.table for c in tb.value.columns})


def test_submitter_sees_own_organisation_only(world, monkeypatch):
    at = run(world, monkeypatch, "g1", "organisatie")
    assert at.selectbox(key="url_organisatie").options == ["G1 naam (G1)"]
    assert at.title[0].value == "G1 naam \\(G1\\)"
    text = shown(at)
    assert "g1-eigen.csv" in text and "g1-afgewezen.csv" in text  # own history and problems
    files, people = other_organisations(world, {"G1"})
    assert files >= {"g2-geheim.csv", "g2-afgewezen.csv"} and "pm" in people
    assert not [f for f in files if f in text]
    assert not (columns(at) & {"peer_median", "peers"})  # no peer comparison: others' values
    assert "peers" not in [d.key for d in at.main.dataframe if hasattr(d, "key")]
    submitters = {v for d in at.main.dataframe if "submitted_by" in d.value.columns
                  for v in d.value["submitted_by"]}
    assert submitters == {"test", "g1"} and not (submitters & (people - {"test"}))


def test_submitter_asking_for_another_organisation_gets_their_own(world, monkeypatch):
    at = run(world, monkeypatch, "g1", "organisatie", organisatie="G2")
    assert at.title[0].value == "G1 naam \\(G1\\)"
    assert [i.value for i in at.info] == [
        "De organisatie uit de link is onbekend of u mag die niet inzien; hieronder een organisatie "
        "die u wel mag inzien."]
    assert "g2-geheim.csv" not in shown(at) and "g2-afgewezen.csv" not in shown(at)


def test_viewer_sees_values_but_no_submissions(world, monkeypatch):
    at = run(world, monkeypatch, "kijker", "organisatie", organisatie="G2", kwartaal="2024-Q1")
    assert at.title[0].value == "G2 naam \\(G2\\)"
    assert len(at.selectbox(key="url_organisatie").options) == len(ORGS)
    assert {"own", "peer_median"} <= columns(at)  # values next to the peers: `view`
    assert not (columns(at) & {"file_name", "submitted_by", "kind"})
    text = shown(at)
    files, _ = other_organisations(world, set())
    assert files and not [f for f in files if f in text]


def test_programme_manager_sees_everything(world, monkeypatch):
    """The control: the same page shows the submissions to a role with submissions.view."""
    at = run(world, monkeypatch, "pm", "organisatie", organisatie="G2", kwartaal="2024-Q1")
    text = shown(at)
    assert "g2-geheim.csv" in text and "g2-afgewezen.csv" in text
    assert {"own", "peer_median", "file_name", "submitted_by"} <= columns(at)


@pytest.mark.parametrize(("user", "rejections"), [("kijker", False), ("pm", True)])
def test_completeness_shows_rejections_only_to_submissions_view(world, monkeypatch, user,
                                                                rejections):
    at = run(world, monkeypatch, user, "volledigheid", kwartaal="2025-Q4")
    heads = [s.value for s in at.subheader]
    assert ("Afgekeurde aanleveringen in K4 2025: 2" in heads) is rejections
    assert ("occurrences" in columns(at)) is rejections  # most common problems of rejected files
    text = shown(at)
    files, _ = other_organisations(world, set())
    assert not [f for f in files if f in text]
