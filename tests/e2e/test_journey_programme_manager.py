"""Journey 1, programme manager: the overview lists every action with its status; an action's
link opens its charts and tables; the language switches to English and back; a deep link opens
the view it describes; a table's CSV download (made when clicked) holds the table's figures."""

from __future__ import annotations

import csv
import io
from urllib.parse import parse_qs, urlparse

import polars as pl

from monitor.charts import status_style
from monitor.periods import Quarter
from monitor.results import current_results
from monitor.text import t
from monitor.views.action import at_period, indicators_of, map_level, series
from monitor.views.overview import action_table
from tests.e2e.ui import (
    CHART_TABLES,
    PROGRAMME_MANAGER,
    choose,
    element,
    open_page,
    rerun,
    selected,
    wait_for_app,
)
from tests.text.dutch import english_in


def query(page) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlparse(page.url).query).items()}


def expected_charts(rt, action_id: str, view: str = "verloop") -> int:
    """Charts the action page draws in ``view``: a trend per indicator (verloop), a bar chart
    per type breakdown (type), a distribution and (gemeenten/provincies) a map per organisation
    breakdown (organisaties); the milestone timeline when the action declares milestones."""
    n = 1 if next(a for a in rt.defs.actions if a.id == action_id).spec.milestones else 0
    for ind in indicators_of(rt.defs, action_id):
        if view == "verloop":
            n += 1
        elif view == "type":
            n += "type" in ind.breakdowns
        elif "organisation" in ind.breakdowns:
            n += 1 + (map_level(rt.defs, ind) is not None)
    return n


def action_label(rt, action_id: str, lang: str) -> str:
    action = next(a for a in rt.defs.actions if a.id == action_id)
    return f"{action_id.upper()} · {action.spec.action.title.get(lang)}"


def test_overview_action_language_and_deep_link(shared_app, page, demo_db):
    _, rt, _ = demo_db
    res = current_results(rt)

    # --- the overview: every action with its status and a link ---------------------------------
    open_page(page, shared_app.url, demo_user=PROGRAMME_MANAGER)
    assert page.locator("h1").first.inner_text() == t("app.title", "nl")
    period = query(page)["kwartaal"]
    assert period == res["period"].max()
    actions = action_table(res, rt.defs, period, "nl")
    action_links = page.locator("[data-testid='stPageLink'] a[href*='actie']")  # not the foot's
    assert actions.height == len(rt.defs.actions) == action_links.count()
    for a in actions.iter_rows(named=True):
        link = page.get_by_role("link", name=f"{a['action'].upper()} · {a['title']}", exact=True)
        assert query_of(link.get_attribute("href")) == {"actie": a["action"], "kwartaal": period}
        row = page.locator("[data-testid='stHorizontalBlock']").filter(has=link)
        assert row.inner_text().splitlines()[0] == status_style(a["status"]).badge("nl")
    # the status per action and quarter, drawn on the server (no Plotly chart on the overview):
    # the chosen quarter's column says each action's status, as icon and word
    assert page.locator("[data-testid='stPlotlyChart']").count() == 0
    rows = page.locator(".status-table tbody tr").evaluate_all(
        "rows => rows.map(r => [r.querySelector('th[scope=row]').innerText.trim(),"
        " r.lastElementChild.innerText.trim()])")
    assert rows == [[f"{a['action'].upper()} {a['title']}", status_style(a["status"]).badge("nl")]
                    for a in actions.sort("action").iter_rows(named=True)]
    # what the browser shows of the Dutch page holds no English text of a catalogue (issue 16)
    assert english_in(page.locator("body").inner_text().splitlines()) == []

    # --- open an action through its link: charts with text alternatives and tables --------------
    with rerun(page):
        page.get_by_role("link", name=action_label(rt, "a03", "nl"), exact=True).click()
    assert urlparse(page.url).path == "/actie"
    assert {"actie": "a03", "kwartaal": period}.items() <= query(page).items()
    assert page.locator("h1").first.inner_text() == action_label(rt, "a03", "nl")
    charts = page.locator("[data-testid='stPlotlyChart']")
    # one view of every indicator at a time: the trend first
    assert charts.count() == expected_charts(rt, "a03") == 4
    assert page.locator(CHART_TABLES).count() == charts.count()
    trends = [c for c in charts.all() if c.get_attribute("aria-label").startswith("Lijngrafiek")]
    titles = [i.title.get("nl") for i in indicators_of(rt.defs, "a03")]
    assert [c.get_attribute("aria-label").split("‘")[1].split("’")[0] for c in trends] == titles
    for ind in indicators_of(rt.defs, "a03"):
        now = at_period(res, ind.id, "national", period).row(0, named=True)
        section = (
            page.locator("[data-testid='stMarkdown']")
            .filter(has_text="dekking")
            .filter(has_text=f"{now['reported']}/{now['expected']}")
        )
        assert section.count() >= 1, ind.id
    assert english_in(page.locator("body").inner_text().splitlines()) == []
    # the view per organisation: distributions and maps, each with its table; in the link
    with rerun(page):
        choose(page, "url_weergave", t("action.view.organisaties", "nl"))
    assert query(page)["weergave"] == "organisaties"
    assert charts.count() == expected_charts(rt, "a03", "organisaties") == 5
    assert page.locator(CHART_TABLES).count() == charts.count()
    assert english_in(page.locator("body").inner_text().splitlines()) == []
    with rerun(page):
        choose(page, "url_weergave", t("action.view.verloop", "nl"))

    # --- English and back -----------------------------------------------------------------------
    with rerun(page):
        element(page, "lang_choice").get_by_role("radio", name="en").click()
    assert query(page)["lang"] == "en"
    assert page.locator("h1").first.inner_text() == action_label(rt, "a03", "en")
    assert selected(page, "url_actie") == action_label(rt, "a03", "en")
    assert nav_labels(page)[:2] == ["Overview", "Action"]
    assert trends_of(page)[0].startswith("Line chart of")
    with rerun(page):
        element(page, "lang_choice").get_by_role("radio", name="nl").click()
    assert query(page)["lang"] == "nl"
    # (regression: the browser sent the English label back, and the page fell back to A01)
    assert page.locator("h1").first.inner_text() == action_label(rt, "a03", "nl")
    assert selected(page, "url_actie") == action_label(rt, "a03", "nl")
    assert query(page)["actie"] == "a03"
    assert nav_labels(page)[:2] == ["Overzicht", "Actie"]

    # --- a deep link opens exactly that view ------------------------------------------------------
    open_page(
        page, shared_app.url, "actie", actie="a07", kwartaal="2025-Q4", lang="en", demo_user=PROGRAMME_MANAGER
    )
    assert page.locator("h1").first.inner_text() == action_label(rt, "a07", "en")
    assert selected(page, "url_actie") == action_label(rt, "a07", "en")
    assert selected(page, "url_kwartaal") == Quarter.parse("2025-Q4").label("en") == "Q4 2025"
    for ind in indicators_of(rt.defs, "a07"):
        now = at_period(res, ind.id, "national", "2025-Q4").row(0, named=True)
        line = page.locator("[data-testid='stMarkdown']").filter(
            has_text=f"in Q4 2025 · {status_style(now['status']).badge('en')} · coverage "
            f"{now['reported']}/{now['expected']}"
        )
        assert line.count() >= 1, ind.id
    assert pl.Series(trends_of(page)).str.starts_with("Line chart of").sum() == len(
        indicators_of(rt.defs, "a07")
    )
    # --- the first trend table's download (the milestone table comes first): made on the click,
    # exactly the trend's figures ------------------------------------------------------------------
    first = indicators_of(rt.defs, "a07")[0]
    trend = series(res, first.id, "national", until="2025-Q4")
    info = download_after_click(page, page.get_by_role("button",
                                                       name=t("common.download_table", "en")).nth(1))
    assert info.value.suggested_filename == f"{first.id}_verloop.csv"
    rows = list(csv.DictReader(io.StringIO(info.value.path().read_text(encoding="utf-8-sig")),
                               delimiter=";"))
    # headed as the table on the page (issue 16), the cells as data: ISO quarters, plain numbers
    period, value = t("col.period", "en"), t("col.value", "en")
    assert [r[period] for r in rows] == trend["period"].to_list()
    assert [float(r[value].replace(",", ".")) if r[value] else None for r in rows] == trend[
        "value"].to_list()


def download_after_click(page, button):
    """Click a deferred download (its data is made on the click) once the app is idle; on a
    loaded machine a click that lands during a rerun can be lost, so click once more then."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    wait_for_app(page)
    button.scroll_into_view_if_needed()
    for attempt in range(2):
        try:
            with page.expect_download(timeout=60_000 if attempt else 30_000) as info:
                button.click()
            return info
        except PlaywrightTimeout:
            if attempt:
                raise
            wait_for_app(page)
    raise AssertionError("no download")


def query_of(href: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlparse(href).query).items()}


def nav_labels(page) -> list[str]:
    return [
        link.inner_text().splitlines()[-1].strip()
        for link in page.locator("[data-testid='stSidebarNavLink']").all()
    ]


def trends_of(page) -> list[str]:
    """The text alternatives of the indicator charts (not the milestone timeline above them)."""
    labels = [c.get_attribute("aria-label") for c in page.locator("[data-testid='stPlotlyChart']").all()]
    return [a for a in labels if not a.startswith(("Tijdlijn", "Timeline"))]
