"""Suggesting the actions a commitment belongs to, from its text: the ``keywords`` of each
action (its YAML, ``action.keywords``; without them, the longer words of its Dutch title). A
suggestion is shown as "voorgesteld: a04 (stelselcatalogus, datastelsel)"; a programme manager
confirms it by linking (nothing is linked automatically)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from monitor.definitions import Definitions
from monitor.text import Text

_WORD = re.compile(r"[\w.-]+")


@dataclass(frozen=True)
class Suggestion:
    """An action that the text seems to be about, with the keywords found in it."""

    action: str
    words: tuple[str, ...]

    def text(self) -> Text:
        return Text("commitments.suggested", action=self.action, words=", ".join(self.words))


def action_keywords(defs: Definitions) -> dict[str, tuple[str, ...]]:
    """Per action id its keywords, lower case."""
    out: dict[str, tuple[str, ...]] = {}
    for a in defs.actions:
        words = list(a.spec.action.keywords)
        if not words:
            words = [w for w in _WORD.findall(a.spec.action.title.nl) if len(w) >= 6]
        out[a.id] = tuple(dict.fromkeys(w.strip().lower() for w in words if w.strip()))
    return out


def suggest_actions(text: str, keywords: Mapping[str, tuple[str, ...]], *,
                    exclude: tuple[str, ...] = (), limit: int = 3) -> list[Suggestion]:
    """The actions whose keywords occur in ``text``, most keywords first; ``exclude``: actions
    already linked. A keyword matches at the start of a word ("datacatalog" finds
    "datacatalogi"), one of four letters or fewer only as a whole word ("woo", not "woonwijk")."""
    lowered = (text or "").lower()
    found = [Suggestion(action, tuple(w for w in words if _occurs(w, lowered)))
             for action, words in keywords.items() if action not in exclude]
    found = [s for s in found if s.words]
    found.sort(key=lambda s: (-len(s.words), s.action))
    return found[:limit]


def _occurs(word: str, text: str) -> bool:
    tail = r"(?!\w)" if len(word) <= 4 else ""
    return re.search(r"(?<!\w)" + re.escape(word) + tail, text) is not None
