"""The frame of every page: ``<head>`` with the inline style sheet (and the canonical address
when a base URL is given), a skip link, the header with the language switch, the navigation,
the line naming the snapshot, and the footer. Relative links only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from monitor.site import paths
from monitor.site.markup import a, esc
from monitor.site.style import css
from monitor.text import LANGS, day, quarter, t

NAV = (("site.nav.home", paths.HOME), ("site.nav.about", paths.ABOUT),
       ("site.nav.downloads", paths.DOWNLOADS))
FOOTER = (("site.nav.accessibility", paths.ACCESSIBILITY), ("site.nav.colophon", paths.COLOPHON))


@dataclass(frozen=True)
class SiteInfo:
    """What every page says about the snapshot it shows, and where the site will be served."""

    snapshot_id: int
    label: str
    peildatum: date
    until: str
    definitions_sha256: str
    rules_version: int
    version: str             # the monitor's version
    base_url: str | None = None

    def stand(self, lang: str) -> str:
        return t("site.stand", lang, day=day(self.peildatum, lang), label=self.label,
                 quarter=quarter(self.until, lang), id=self.snapshot_id)


def other(lang: str) -> str:
    return next(x for x in LANGS if x != lang)


def page(info: SiteInfo, lang: str, name: str, title: str, body: str, *, head: str = "") -> bytes:
    """The whole page ``name`` (a file name of ``paths``) in ``lang``: ``title`` is its ``<h1>``
    and, with the site's name, its ``<title>``; ``body`` the content after the ``<h1>``;
    ``head``: more for ``<head>`` (a style the content brings)."""
    here = paths.in_lang(lang, name)
    switch_to = other(lang)
    switch = a(paths.link(here, paths.in_lang(switch_to, name)), t("site.lang.switch", lang),
               lang=switch_to, hreflang=switch_to, class_="switch",
               aria_label=t("site.lang.label", lang))
    nav = "".join(
        "<li>" + a(paths.link(here, paths.in_lang(lang, target)), t(key, lang),
                   **({"aria_current": "page"} if target == name else {})) + "</li>"
        for key, target in NAV)
    foot = "".join("<li>" + a(paths.link(here, paths.in_lang(lang, target)), t(key, lang)) + "</li>"
                   for key, target in (*NAV, *FOOTER))
    canonical = (f'<link rel="canonical" href="{esc(info.base_url.rstrip("/") + "/" + here)}">'
                 if info.base_url else "")
    brand = a(paths.link(here, paths.in_lang(lang, paths.HOME)), t("site.brand", lang), class_="brand")
    text = (
        f'<!DOCTYPE html>\n<html lang="{t("meta.lang_tag", lang)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(t('site.page_title', lang, page=title))}</title>{canonical}"
        f'<meta name="description" content="{esc(info.stand(lang))}">'
        f"<style>{css()}</style>{head}</head><body>"
        f'<a class="skip" href="#main">{esc(t("site.skip", lang))}</a>'
        f'<header><div class="bar">{brand}{switch}</div>'
        f'<nav aria-label="{esc(t("site.nav.label", lang))}"><ul>{nav}</ul></nav></header>'
        f'<main id="main"><h1>{esc(title)}</h1><p class="stand">{esc(info.stand(lang))}</p>{body}</main>'
        f'<footer><div class="in"><p>{esc(info.stand(lang))}</p><p>{esc(t("site.footer.reuse", lang))}</p>'
        f"<ul>{foot}</ul></div></footer></body></html>\n")
    return text.encode("utf-8")


def chooser(info: SiteInfo) -> bytes:
    """The site's top ``index.html``: straight on to the Dutch start page, with a link to each
    language (a refresh without delay: no script needed)."""
    first = paths.in_lang(LANGS[0], paths.HOME)
    links = "".join(f'<li lang="{lang}">' + a(paths.in_lang(lang, paths.HOME), t("site.title", lang))
                    + "</li>" for lang in LANGS)
    text = (f'<!DOCTYPE html>\n<html lang="{t("meta.lang_tag", LANGS[0])}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta http-equiv="refresh" content="0; url={first}">'
            f"<title>{esc(t('site.brand', LANGS[0]))}</title><style>{css()}</style></head><body>"
            f'<main id="main"><h1>{esc(t("site.brand", LANGS[0]))}</h1>'
            f'<p>{esc(t("site.choose", LANGS[0]))} / <span lang="en">{esc(t("site.choose", "en"))}</span></p>'
            f"<ul>{links}</ul></main></body></html>\n")
    return text.encode("utf-8")
