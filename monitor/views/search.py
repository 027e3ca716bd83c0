"""The search box on every page: actions, indicators and organisations by name or code, case- and
accent-insensitive ('fryslan' finds Fryslân, 'gm0363' finds Amsterdam), each with the page and
the link parameters that open it.

Only what the user may open is found: actions and indicators with ``view`` (the Actie page),
organisations whose Organisatie page the user may open (``visible_organisations``: an indiener
finds only their own).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import polars as pl

from monitor.access.guard import allowed
from monitor.access.model import User
from monitor.definitions import Definitions
from monitor.views.organisation import visible_organisations

KINDS = ("action", "indicator", "organisation")


@dataclass(frozen=True)
class Hit:
    """One search result: ``kind`` (of :data:`KINDS`), the ``label`` shown, the ``page`` (url
    path) and the ``params`` of its link."""

    kind: str
    label: str
    page: str
    params: dict[str, str] = field(default_factory=dict)


def fold(text: str) -> str:
    """``text`` without accents and case, for comparing: 'Fryslân' -> 'fryslan'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _rank(query: str, code: str, names: list[str]) -> int | None:
    """0: the code itself, 1: a code or name that starts with the query, 2: every word of the
    query in code or name; None: no match."""
    code, names = fold(code), [fold(n) for n in names]
    if query == code:
        return 0
    if code.startswith(query) or any(n.startswith(query) for n in names):
        return 1
    text = " ".join([code, *names])
    if all(word in text for word in query.split()):
        return 2
    return None


def search(query: str, defs: Definitions, register: pl.DataFrame, user: User | str | None,
           lang: str, limit: int = 8) -> tuple[list[Hit], int]:
    """The best ``limit`` hits for ``query`` that ``user`` may open, and how many there are in
    all. Both languages' titles are searched; the label is in ``lang``."""
    q = " ".join(fold(query).split())
    if len(q) < 2:
        return [], 0
    found: list[tuple[int, int, str, Hit]] = []

    def add(rank: int | None, kind: str, hit: Hit) -> None:
        if rank is not None:
            found.append((rank, KINDS.index(kind), hit.label, hit))

    if allowed(user, "view"):  # type: ignore[arg-type]
        for a in defs.actions:
            act = a.spec.action
            add(_rank(q, a.id, [act.title.nl, act.title.en]), "action",
                Hit("action", f"{a.id.upper()} · {act.title.get(lang)}", "actie", {"actie": a.id}))
            for ind in a.spec.indicators:
                add(_rank(q, ind.id, [ind.title.nl, ind.title.en]), "indicator",
                    Hit("indicator", f"{ind.title.get(lang)} ({a.id.upper()})", "actie",
                        {"actie": a.id, "indicator": ind.id}))
    names = dict(zip(register["code"], register["naam"], strict=True))
    for code in visible_organisations(user, names):
        add(_rank(q, code, [names[code]]), "organisation",
            Hit("organisation", f"{names[code]} ({code})", "organisatie", {"organisatie": code}))
    found.sort(key=lambda f: f[:3])
    return [f[3] for f in found[:limit]], len(found)
