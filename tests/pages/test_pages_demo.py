"""Every page on the demo database, in Streamlit's AppTest: runs without exceptions and shows the
right content (checked against the database)."""

from pathlib import Path

import polars as pl
import pytest
from helpers import acting_programme_manager
from streamlit.testing.v1 import AppTest

from monitor.compute.action_status import action_status
from monitor.compute.frame import STATUSES
from monitor.results import current_results
from monitor.views.completeness import missing_organisations

ROOT = Path(__file__).resolve().parents[2]
PAGES = ["overzicht", "actie", "organisatie", "volledigheid", "aanleveren", "definities"]


def run_page(page: str, user: str | None = None, **params) -> AppTest:
    """``page`` run through the dashboard as ``user`` (default: a programme manager)."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.session_state["demo_user"] = user or acting_programme_manager()  # demo mode
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    at.switch_page(f"app_pages/{page}.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_page_runs(demo, page, lang):
    at = run_page(page, lang=lang)
    assert at.title


def test_overview_lists_every_action_with_its_status(demo):
    at = run_page("overzicht")
    res = current_results(demo)
    period = res["period"].max()
    assert period == "2026-Q3"
    statuses = dict(action_status(res, None).filter(pl.col("period") == period)
                    .select("action", "status").iter_rows())
    links = {p.label: p for p in at.get("page_link") if p.proto.page.endswith("actie")}
    assert len(links) == len(demo.defs.actions) == 12
    markdown = [m.value for m in at.markdown]
    from monitor.ui.widgets import status_badge
    for a in demo.defs.actions:
        label = f"{a.id.upper()} · {a.spec.action.title.nl}"
        assert label in links
        assert status_badge(statuses[a.id], "nl") in markdown
    headline = {m.proto.label: m.proto.body for m in at.metric}
    assert sum(int(headline[status_badge(s, "nl")]) for s in STATUSES) == 12


@pytest.mark.parametrize("view", ["verloop", "type", "organisaties"])
def test_action_page_has_chart_and_table_per_indicator(demo, view):
    """One view of every indicator at a time (``?weergave=``), each chart with its table."""
    at = run_page("actie", actie="a03", kwartaal="2026-Q2", weergave=view)
    assert at.title[0].value.startswith("A03 · ")
    assert at.selectbox(key="url_kwartaal").value == "2026-Q2"
    assert at.selectbox(key="url_weergave").value == view
    indicators = [i for a in demo.defs.actions if a.id == "a03" for i in a.spec.indicators]
    headers = [h.value for h in at.header]
    # the statement ("Voortgang in woorden"), the milestones, then one section per indicator
    assert headers == ["Voortgang in woorden", "Mijlpalen", *(i.title.nl for i in indicators)]
    # per indicator: the trend; its values per type; per organisation a distribution and a map
    has = {"verloop": lambda i: True, "type": lambda i: "type" in i.breakdowns,
           "organisaties": lambda i: "organisation" in i.breakdowns}[view]
    per = 2 if view == "organisaties" else 1
    expected = per * sum(map(has, indicators))
    assert expected > 0
    # the milestone timeline on every view
    assert len(at.get("plotly_chart")) == 1 + expected
    # the trend and per-type tables wrap (issue 17), the organisation tables are grids; not the
    # lineage tables in their expanders; the milestone table and the statement's history are grids
    lineage = sum(len(e.table) for e in at.expander)
    assert len(at.table) - lineage == (0 if view == "organisaties" else expected)
    assert len(at.dataframe) == 2 + (expected if view == "organisaties" else 0)
    # an indicator without the view says so instead of leaving a gap
    missing = [i for i in indicators if not has(i)]
    assert len([c for c in at.main.caption if "geen weergave" in c.value]) == len(missing)


def test_completeness_lists_exactly_the_missing_organisations(demo):
    at = run_page("volledigheid", kwartaal="2026-Q1")
    table = next(d.value for d in at.dataframe if "provincie" in d.value.columns)
    shown = set(table["code"])
    db = demo.store.query("SELECT DISTINCT organisation FROM submissions WHERE period = '2026-Q1'")
    expected_orgs = missing_organisations(demo.store, demo.defs, demo.register, "2026-Q1")
    assert shown == set(expected_orgs["code"])
    assert not shown & set(db["organisation"])
    assert len(shown) > 0


def test_english_labels(demo):
    at = run_page("overzicht", lang="en")
    assert at.title[0].value == "Progress monitor Interadministrative Data Strategy"
    assert any(s.value.startswith("Status of the actions in Q3 2026") for s in at.subheader)


def test_deep_link_opens_action_and_quarter(demo):
    at = run_page("actie", actie="a07", kwartaal="2025-Q4", lang="en")
    assert at.title[0].value.startswith("A07 · Digilab")
    assert at.selectbox(key="url_actie").value == "a07"
    assert at.selectbox(key="url_kwartaal").value == "2025-Q4"
    assert any("Q4 2025" in s.value for s in at.subheader)
