"""The pages (``monitor.site.pages``, ``monitor.site.info``): every figure on an action page is
the snapshot's result, every action on the start page with its status in words, every chart
with its text alternative and table, the same pages in both languages."""

from __future__ import annotations

import lxml.html
import polars as pl

from monitor.charts.status import STATUS_STYLES
from monitor.compute.action_status import action_status
from monitor.compute.frame import national
from monitor.site import paths
from monitor.snapshots import load_snapshot
from monitor.text import quarter, value_text


def _tree(built, lang, name):
    return lxml.html.fromstring((built.root / lang / name).read_bytes())


def _text(element) -> str:
    return " ".join(element.text_content().split())


def test_every_figure_on_an_action_page_is_the_snapshots_result(built):
    snap = load_snapshot(built.rt.store, built.snapshot_id)
    checked = 0
    for action in snap.defs.actions:
        for lang in ("nl", "en"):
            tree = _tree(built, lang, paths.action_page(action.id))
            for ind in action.spec.indicators:
                [section] = tree.xpath(f"//section[@id='{ind.id}']")
                rows = [[_text(c) for c in tr.xpath("./th|./td")]
                        for tr in section.xpath(".//table/tbody/tr")]
                expected = [[quarter(r["period"], lang),
                             value_text(r["value"], ind.precision, ind.unit, lang)]
                            for r in national(snap.results, ind.id).iter_rows(named=True)]
                assert [r[:2] for r in rows] == expected, (lang, ind.id)
                checked += len(expected)
    assert checked > 100


def test_the_start_page_shows_every_action_with_its_status_in_words(built):
    snap = load_snapshot(built.rt.store, built.snapshot_id)
    until = snap.results.filter(pl.col("period") == str(snap.until))
    rule = str(snap.settings.get("status.action_rule", "worst"))
    status = dict(action_status(until, snap.defs, rule).select("action", "status").iter_rows())
    for lang in ("nl", "en"):
        tree = _tree(built, lang, paths.HOME)
        [table] = [t for t in tree.xpath("//table") if t.xpath(".//a[starts-with(@href, 'action-')]")]
        rows = table.xpath("./tbody/tr")
        assert len(rows) == len(snap.defs.actions)
        for row, action in zip(rows, snap.defs.actions, strict=True):
            assert row.xpath(".//a/@href") == [paths.action_page(action.id)]
            [cell] = row.xpath(".//span[@data-status]")
            expected = status.get(action.id) or "onvoldoende"
            assert cell.get("data-status") == expected
            assert _text(cell) == STATUS_STYLES[expected].badge(lang)  # icon and word, not colour alone


def test_every_chart_has_its_text_alternative_and_its_table(built):
    charts = 0
    for page in (built.root / "nl").glob("action-*.html"):
        tree = lxml.html.fromstring(page.read_bytes())
        for figure in tree.xpath("//figure"):
            [svg] = figure.xpath("./*[local-name()='svg']")
            assert svg.get("role") == "img"
            assert _text(figure.xpath("./figcaption")[0])
            assert figure.xpath("following-sibling::div[1]//table"), page
            charts += 1
        ids = tree.xpath("//*[local-name()='svg']//@id")
        assert len(ids) == len(set(ids)), page  # two charts on a page never share an id
    assert charts >= 10


def test_both_languages_have_the_same_pages_in_their_language(built):
    names = {lang: sorted(p.name for p in (built.root / lang).glob("*.html")) for lang in ("nl", "en")}
    assert names["nl"] == names["en"]
    assert {paths.HOME, paths.ABOUT, paths.DOWNLOADS, paths.ACCESSIBILITY, paths.COLOPHON} <= set(names["nl"])
    for lang, tag in (("nl", "nl-NL"), ("en", "en-GB")):
        for name in names[lang]:
            tree = _tree(built, lang, name)
            assert tree.get("lang") == tag
            [switch] = tree.xpath("//a[@class='switch']")
            assert switch.get("href") == f"../{'en' if lang == 'nl' else 'nl'}/{name}"


def test_the_about_page_names_the_snapshot_and_its_definitions_hash(built):
    snap = load_snapshot(built.rt.store, built.snapshot_id)
    text = _text(_tree(built, "en", paths.ABOUT))
    assert snap.definitions_sha256 in text
    assert snap.label in text


def test_the_downloads_page_links_every_file_the_open_data_export_wrote(built):
    written = sorted(p.relative_to(built.root).as_posix()
                     for p in (built.root / "downloads" / "open-data").iterdir())
    assert len(written) >= 3
    links = _tree(built, "nl", paths.DOWNLOADS).xpath("//a/@href")
    assert [f"../{w}" for w in written if f"../{w}" in links] == [f"../{w}" for w in written]
