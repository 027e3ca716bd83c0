"""The search box (issue 17 item 5): actions, indicators and organisations by name or code, case-
and accent-insensitive, and only what the user may open."""

import pytest

from monitor.access.users import get_user
from monitor.views.search import fold, search


@pytest.fixture(scope="module")
def rt(demo_db):
    return demo_db[1]


def found(rt, query: str, user: str = "demo-programmamanager", lang: str = "nl", **kw):
    return search(query, rt.defs, rt.register, get_user(rt.store, user), lang, **kw)


def test_fold_drops_accents_and_case():
    assert fold("Fryslân") == "fryslan" and fold("SÚDWEST-Fryslân") == "sudwest-fryslan"


def test_organisation_by_name_without_accents_and_by_code(rt):
    hits, _ = found(rt, "FRYSLAN")
    labels = [h.label for h in hits]
    assert "Fryslân (PV21)" in labels and "Súdwest-Fryslân (GM1900)" in labels
    hit = next(h for h in hits if h.label == "Fryslân (PV21)")
    assert (hit.kind, hit.page, hit.params) == ("organisation", "organisatie", {"organisatie": "PV21"})
    hits, total = found(rt, "gm0363")
    assert hits[0].label == "Amsterdam (GM0363)" and total == 1


def test_action_and_indicator_by_code_and_title(rt):
    hits, _ = found(rt, "A03")
    assert hits[0].kind == "action" and hits[0].params == {"actie": "a03"}
    assert hits[0].label == "A03 · Dataverantwoordelijkheid en Chief Data Officers"
    assert {"actie": "a03", "indicator": "a03_cdo_aandeel"} in [h.params for h in hits]
    hits, _ = found(rt, "chief data")  # words of the title, any case
    assert hits[0].params == {"actie": "a03"}
    hits, _ = found(rt, "share of organisations with a cdo", lang="en")  # the English title
    assert hits[0].params == {"actie": "a03", "indicator": "a03_cdo_aandeel"}
    assert hits[0].label == "Share of organisations with a CDO (A03)"


def test_limit_and_total(rt):
    hits, total = found(rt, "gm", limit=5)
    assert len(hits) == 5 and total == 342  # every gemeente code starts with GM
    assert found(rt, "x") == ([], 0) and found(rt, "  ") == ([], 0)
    assert found(rt, "geen-organisatie-heet-zo") == ([], 0)


def test_a_submitter_finds_only_their_own_organisations_and_no_actions(rt):
    hits, _ = found(rt, "amsterdam", user="demo-amsterdam")
    assert [h.params for h in hits] == [{"organisatie": "GM0363"}]
    assert found(rt, "rotterdam", user="demo-amsterdam") == ([], 0)
    assert found(rt, "a03", user="demo-amsterdam") == ([], 0)  # no Actie page for an indiener
    hits, _ = found(rt, "zuid-holland", user="demo-zuid-holland")
    assert [h.params["organisatie"] for h in hits] == ["PV28"]


def test_nobody_finds_nothing(rt):
    assert search("amsterdam", rt.defs, rt.register, None, "nl") == ([], 0)
