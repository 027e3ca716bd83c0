"""The demo's commitments and motions: the fictitious sample files of the Tweede Kamer's open
data (``data/tweedekamer/``), imported through the normal importer and each linked to the
action its text suggests, as a programme manager would confirm it."""

from __future__ import annotations

from datetime import datetime

from monitor.commitments.store import current_commitments, import_commitments, link_commitment
from monitor.commitments.suggest import action_keywords, suggest_actions
from monitor.config import PROJECT_ROOT
from monitor.definitions import Definitions
from monitor.store import Store

SAMPLES = PROJECT_ROOT / "data" / "tweedekamer"
FILES = ("toezeggingen.sample.json", "moties.sample.json")


def load_demo_commitments(store: Store, defs: Definitions, user: str,
                          at: datetime | None = None) -> tuple[int, int]:
    """Import the sample files and link every commitment to its first suggested action;
    return (records imported, links made)."""
    records = sum(import_commitments(store, user, (SAMPLES / name).read_bytes(), file_name=name,
                                     at=at).records for name in FILES)
    keywords, known, links = action_keywords(defs), {a.id for a in defs.actions}, 0
    for row in current_commitments(store).iter_rows(named=True):
        found = suggest_actions(row["text"], keywords, limit=1)
        if found:
            link_commitment(store, user, row["id"], found[0].action, known_actions=known, at=at)
            links += 1
    return records, links
