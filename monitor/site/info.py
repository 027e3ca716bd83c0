"""The pages about the site: about these figures (peildatum, coverage, how the figures are
computed, what is and is not published, snapshot id and definitions hash), the downloads, the
accessibility statement and the colophon."""

from __future__ import annotations

from pathlib import Path

from monitor.site import paths
from monitor.site.layout import SiteInfo, page
from monitor.site.markup import a, bullets, esc, facts, para, table
from monitor.text import day, number, quarter, t


def _h2(key: str, lang: str) -> str:
    return f"<h2>{esc(t(key, lang))}</h2>"


def about_page(info: SiteInfo, lang: str, notes: list[str],
               indicators: list[tuple[str, str]]) -> bytes:
    """``notes``: the report's method notes; ``indicators``: (id, title) of every indicator."""
    here = paths.in_lang(lang, paths.ABOUT)
    body = [para(t("site.about.intro", lang)), _h2("site.about.stand", lang),
            facts([(t("site.about.peildatum", lang), day(info.peildatum, lang)),
                   (t("site.about.label", lang), info.label),
                   (t("site.about.until", lang), quarter(info.until, lang)),
                   (t("site.about.snapshot", lang), str(info.snapshot_id)),
                   (t("site.about.hash", lang), info.definitions_sha256),
                   (t("site.about.rules", lang), str(info.rules_version))]),
            _h2("site.about.coverage", lang), para(t("site.about.coverage.text", lang)),
            _h2("site.about.how", lang), para(t("site.about.how.text", lang)), bullets(notes),
            _h2("site.about.public", lang), para(t("site.about.public.text", lang)),
            _h2("site.about.definitions", lang),
            "<ul>" + "".join("<li>" + a(paths.link(here, paths.in_lang(lang, paths.indicator_page(i))),
                                        title) + "</li>" for i, title in indicators) + "</ul>"]
    return page(info, lang, paths.ABOUT, t("site.nav.about", lang), "".join(body))


def _files(root: Path, here: str, files: list[str], caption: str, lang: str) -> str:
    rows = [[a(paths.link(here, f), f.rsplit("/", 1)[-1]),
             t("site.size", lang, size=number((root / f).stat().st_size / 1000, 1, lang))]
            for f in files]
    return table([t("site.col.file", lang), t("site.col.size", lang)], rows, caption,
                 numeric=(1,), raw=(0,))


def downloads_page(info: SiteInfo, lang: str, root: Path, open_data: list[str],
                   tables: list[str], charts: list[str]) -> bytes:
    """The files under ``root`` (site paths) by kind."""
    here = paths.in_lang(lang, paths.DOWNLOADS)
    body = [para(t("site.downloads.intro", lang))]
    for key, files in (("site.downloads.opendata", open_data), ("site.downloads.tables", tables),
                       ("site.downloads.charts", charts)):
        if files:
            body += [_h2(key, lang), _files(root, here, files, t(key, lang), lang)]
    body.append(para(t("site.downloads.manifest", lang), "note"))
    return page(info, lang, paths.DOWNLOADS, t("site.nav.downloads", lang), "".join(body))


def accessibility_page(info: SiteInfo, lang: str) -> bytes:
    body = [para(t("site.a11y.status", lang)), _h2("site.a11y.tested", lang),
            bullets(t(f"site.a11y.tested.{i}", lang) for i in range(1, 5)),
            _h2("site.a11y.limits", lang), bullets(t(f"site.a11y.limits.{i}", lang) for i in (1, 2)),
            para(t("site.a11y.report", lang))]
    return page(info, lang, paths.ACCESSIBILITY, t("site.nav.accessibility", lang), "".join(body))


def colophon_page(info: SiteInfo, lang: str) -> bytes:
    body = [para(t("site.colophon.publisher", lang)),
            para(t("site.colophon.made", lang, version=info.version)),
            para(t("site.colophon.licence", lang)), para(info.stand(lang), "note")]
    return page(info, lang, paths.COLOPHON, t("site.nav.colophon", lang), "".join(body))
