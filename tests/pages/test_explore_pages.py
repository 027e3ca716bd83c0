"""Issue 17 on the Actie, Organisatie and Colofon pages (AppTest over the demo database): key
figures with their change, "Wat betekent dit?" under every chart, Dutch tables, the peers chart
and the province drill-down (and what a submitter may not see of it), the search box and the
colophon link on every page."""

import re

import pytest
from streamlit.testing.v1 import AppTest

from tests.pages.test_pages_demo import run_page

ISO_QUARTER = re.compile(r"\b\d{4}-Q[1-4]\b")
ENGLISH_DECIMAL = re.compile(r"^-?\d+\.\d+%?$")


def cells(at: AppTest) -> list[str]:
    # grids, and the tables that wrap (the Actie page's trend and per-type tables, lineage)
    return [str(v) for d in [*at.main.dataframe, *at.main.table] for col in d.value.columns
            for v in d.value[col]]


def test_action_page_key_figures_and_explanations(demo):
    at = run_page("actie", actie="a03", kwartaal="2026-Q3")
    metrics = at.get("metric")
    assert [m.value for m in metrics] == ["39,8%", "32,7%", "2,1 FTE"]
    deltas = [m.proto.delta for m in metrics]
    assert all(re.fullmatch(r"[▲▼■] [+-]?\d+,\d (procentpunten?|FTE)", d) for d in deltas), deltas
    captions = [c.value for c in at.main.caption]
    assert sum(c.startswith("t.o.v. K2 2026 · ") for c in captions) == 3
    # every indicator chart is explained (the milestone timeline explains itself in words), in
    # every view (?weergave=): 3 trends, 3 by type, 2 distributions and 2 maps
    counted = {}
    for view in ("verloop", "type", "organisaties"):
        page = at if view == "verloop" else run_page("actie", actie="a03", kwartaal="2026-Q3",
                                                      weergave=view)
        charts = [c for c in page.get("plotly_chart") if not c.key.startswith("chart_milestones")]
        explained = [e for e in page.main.expander if e.label == "Wat betekent dit?"]
        assert len(explained) == len(charts), view
        counted[view] = len(charts)
    assert counted == {"verloop": 3, "type": 3, "organisaties": 4}
    explained = [e for e in at.main.expander if e.label == "Wat betekent dit?"]
    first = explained[0]
    assert [m.value for m in first.markdown if m.value.startswith("**")] == [
        "**Wat de indicator meet**", "**Hoe het cijfer wordt berekend**", "**Zo leest u deze grafiek**"]
    assert "Hoger is beter." in first.text[0].value and "prognose" in first.text[1].value


def test_action_page_tables_read_dutch(demo):
    at = run_page("actie", actie="a03", kwartaal="2026-Q3")
    shown = cells(at)
    assert not [c for c in shown if ISO_QUARTER.search(c)]
    assert not [c for c in shown if c in ("None", "True", "False", "nan")]
    assert not [c for c in shown if ENGLISH_DECIMAL.match(c)]
    assert "K1 2022" in shown
    meta = next(c.value for c in at.main.caption if c.value.startswith("Actielijn"))
    assert "looptijd K1 2022 – K4 2027" in meta and not ISO_QUARTER.search(meta)
    at = run_page("actie", actie="a03", kwartaal="2026-Q3", weergave="organisaties")
    shown = cells(at)
    assert not [c for c in shown if c in ("None", "True", "False", "nan")]
    assert not [c for c in shown if ENGLISH_DECIMAL.match(c)]
    orgs = next(d.value for d in at.main.dataframe if "provincie" in d.value.columns)
    rotterdam = orgs[orgs["code"] == "GM0599"].iloc[0]
    assert (rotterdam["type"], rotterdam["provincie"]) == ("Gemeente", "Zuid-Holland")
    assert not orgs["provincie"].str.fullmatch(r"PV\d+").any()


def test_organisation_page_peers_chart_and_province_drill_down(demo):
    at = run_page("organisatie", organisatie="PV28", kwartaal="2026-Q3",
                  indicator="a03_cdo_aandeel")
    assert len(at.get("plotly_chart")) == 1  # its gemeenten; among its peers: drawn on the server
    [strip] = [m.value for m in at.markdown if "peer-strip" in m.value]
    assert strip.count("<circle") == 11 and ">Zuid-Holland " in strip  # a dot per other province
    assert "Provincie" in [c.value for c in at.main.caption]  # its type (a province has none)
    heads = [s.value for s in at.subheader]
    assert "Gemeenten in Zuid-Holland in K3 2026" in heads
    members = next(d.value for d in at.main.dataframe if "link" in d.value.columns)
    assert len(members) == 50 and "Rotterdam" in set(members["name"])
    link = members[members["name"] == "Rotterdam"]["link"].iloc[0]
    assert link.startswith("organisatie?organisatie=GM0599&")
    assert at.table and "Deze organisatie" in at.table[0].value.columns  # all indicators
    assert "12 provincies" in " ".join(c.value for c in at.caption)  # the chart's text alternative


def test_a_gemeente_says_its_province_by_name(demo):
    at = run_page("organisatie", organisatie="GM0599", kwartaal="2026-Q3")
    assert "Gemeente · Zuid-Holland" in [c.value for c in at.main.caption]
    assert "Gemeenten in" not in " ".join(s.value for s in at.subheader)


@pytest.mark.parametrize("user", ["demo-zuid-holland", "demo-amsterdam"])
def test_a_submitter_sees_no_other_organisations_values(demo, user):
    at = run_page("organisatie", user=user, organisatie="PV28", kwartaal="2026-Q3")
    assert not at.get("plotly_chart")
    assert not [m for m in at.markdown if "peer-strip" in m.value]
    # the only wrapping table a submitter gets is the open problems of its own submissions
    assert not [tb for tb in at.table if "Deze organisatie" in tb.value.columns]
    assert all("Melding" in tb.value.columns for tb in at.table)
    shown = " ".join(cells(at)) + " ".join(s.value for s in at.subheader)
    others = demo.register.filter(demo.register["code"].is_in(["GM0599", "GM0505", "PV27"]))
    assert not [n for n in others["naam"] if n in shown]
    assert not [d for d in at.main.dataframe if "link" in d.value.columns or "value" in d.value.columns]


@pytest.mark.parametrize("user", ["demo-programmamanager", "demo-amsterdam", "demo-viewer",
                                  "demo-beheerder", "demo-zuid-holland"])
def test_colophon_for_every_role_and_linked_on_every_page(demo, user):
    at = run_page("colofon", user=user)
    assert at.title[0].value == "Toegankelijkheid, contact en colofon"
    assert [h.value for h in at.header] == ["Toegankelijkheidsverklaring", "Contact", "Colofon"]
    text = " ".join(m.value for m in at.markdown)
    assert "WCAG 2.1" in text and "voldoet gedeeltelijk" in text and "axe-core" in text
    assert "PDOK" in text and "licentie" in text
    links = [p for p in at.get("page_link") if p.proto.page.endswith("colofon")]
    assert [p.label for p in links] == ["Toegankelijkheid, contact en colofon"]


def test_search_box_links_to_what_the_user_may_open(demo):
    at = run_page("definities")
    at.sidebar.text_input(key="search_query").input("fryslan").run()
    links = {p.label: p.proto for p in at.get("page_link")}
    assert "Organisatie: Fryslân (PV21)" in links
    assert links["Organisatie: Fryslân (PV21)"].query_string.endswith("organisatie=PV21")
    at.sidebar.text_input(key="search_query").input("chief data").run()
    labels = [p.label for p in at.get("page_link")]
    assert "Actie: A03 · Dataverantwoordelijkheid en Chief Data Officers" in labels
    sub = run_page("organisatie", user="demo-amsterdam")
    sub.sidebar.text_input(key="search_query").input("rotterdam").run()
    assert [c.value for c in sub.sidebar.caption] == ["Niets gevonden voor deze zoekterm."]
