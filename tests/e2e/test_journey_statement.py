"""Journey 5, progress in words, over a private copy of the demo database (action a04, K3 2026,
whose latest statement the demo left returned):

1. the action's owner (demo-actiehouder) writes a new version on the action page and submits it;
2. the programme manager returns it with a remark;
3. the owner reads the remark, corrects the text and submits again;
4. the programme manager approves it; the page shows the approved text to a viewer;
5. the programme manager freezes a snapshot on the Export page;
6. the progress report of that snapshot (PDF) holds the approved text, not the returned one, and
   annex 1B with every commitment the snapshot froze as open.

Every step is checked against the database (the statements table and the audit trail).
"""

from __future__ import annotations

from pypdf import PdfReader

from monitor.commitments.annex import commitments_for
from monitor.exports.pack import export_pack
from monitor.publication.source import from_snapshot
from monitor.runtime import open_runtime
from monitor.text import t
from tests.e2e.server import read_db
from tests.e2e.ui import PROGRAMME_MANAGER, element, freeze, open_page, rerun, screenshot

OWNER, VIEWER = "demo-actiehouder", "demo-viewer"
ACTION, PERIOD = "a04", "2026-Q3"
KEY = f"{ACTION}_{PERIOD}"
FIRST = "Twaalf gemeenten sloten in K3 2026 aan op de catalogus; de rest volgt."
CORRECTED = "Twaalf gemeenten, waaronder Utrecht en Zwolle, sloten in K3 2026 aan op de catalogus."
REMARK = "Noem de gemeenten die zijn aangesloten."
LABEL = "Voortgangsbrief e2e verantwoording"


def versions(db) -> list[tuple]:
    return read_db(db, "SELECT version, state, written_by, reviewed_by, remark, body->>'results' "
                   "FROM statements WHERE action = ? AND period = ? ORDER BY version", [ACTION, PERIOD])


def audit(db, since: int) -> list[tuple]:
    return read_db(db, "SELECT actor, action, target FROM audit_log WHERE id > ? "
                   "AND action LIKE 'statement.%' ORDER BY id", [since])


def main_text(page) -> str:
    return page.locator("[data-testid='stMain']").inner_text()


def open_form(page, app) -> None:
    """As the owner: open the action page and its statement form (an expander)."""
    open_page(page, app.url, "actie", actie=ACTION, demo_user=OWNER)
    if not element(page, f"stmt_results_{KEY}").is_visible():
        page.get_by_text(t("statement.page.write", "nl"), exact=True).click()
    element(page, f"stmt_results_{KEY}").wait_for(state="visible")


def write_and_submit(page, app, results: str) -> None:
    """As the owner on the action page: open the form, replace the results, submit."""
    open_form(page, app)
    box = element(page, f"stmt_results_{KEY}").get_by_role("textbox")
    box.fill(results)
    with rerun(page):
        page.get_by_role("button", name=t("statement.page.submit", "nl")).click()


def review(page, app, *, approve: bool, remark: str = "") -> None:
    """As the programme manager on the action page: approve, or return with ``remark``."""
    open_page(page, app.url, "actie", actie=ACTION, demo_user=PROGRAMME_MANAGER)
    if remark:
        element(page, f"stmt_remark_{ACTION}").get_by_role("textbox").fill(remark)
    button = t("statement.page.approve" if approve else "statement.page.return", "nl")
    with rerun(page):
        page.get_by_role("button", name=button, exact=True).click()


def test_owner_writes_manager_returns_owner_corrects_manager_approves_report(writable_app, page,
                                                                             tmp_path):
    app, db = writable_app, writable_app.db
    before = versions(db)
    assert before and before[-1][1] == "returned", before  # the demo's state for a04 in K3 2026
    start = len(before)
    (since,) = read_db(db, "SELECT coalesce(max(id), 0) FROM audit_log")[0]

    # --- 1. the owner writes and submits ---------------------------------------------------------
    write_and_submit(page, app, FIRST)
    after = versions(db)
    assert after[start:] == [(start + 1, "submitted", OWNER, None, None, FIRST)]
    assert t("statement.page.saved", "nl", version=start + 1,
             state=t("statement.state.submitted", "nl")) in main_text(page)
    assert not page.get_by_role("button", name=t("statement.page.approve", "nl")).count()  # four-eyes
    screenshot(page, "journey-statement-1-submitted")

    # --- 2. the programme manager returns it -------------------------------------------------------
    review(page, app, approve=False, remark=REMARK)
    assert versions(db)[start] == (start + 1, "returned", OWNER, PROGRAMME_MANAGER, REMARK, FIRST)

    # --- 3. the owner reads the remark and corrects ------------------------------------------------
    open_form(page, app)
    assert REMARK in main_text(page)
    screenshot(page, "journey-statement-3-returned")
    write_and_submit(page, app, CORRECTED)
    assert versions(db)[start + 1:] == [(start + 2, "submitted", OWNER, None, None, CORRECTED)]

    # --- 4. the programme manager approves; a viewer reads the approved text -----------------------
    review(page, app, approve=True)
    assert versions(db)[start + 1] == (start + 2, "approved", OWNER, PROGRAMME_MANAGER, None, CORRECTED)
    assert [a for _, a, _ in audit(db, since)] == [
        "statement.submit", "statement.return", "statement.submit", "statement.approve"]
    assert {target for *_, target in audit(db, since)} == {f"{ACTION}/{PERIOD}"}
    open_page(page, app.url, "actie", actie=ACTION, demo_user=VIEWER)
    shown = main_text(page)
    assert CORRECTED in shown and FIRST not in shown
    assert not page.get_by_role("button", name=t("statement.page.submit", "nl")).count()
    assert not page.get_by_role("button", name=t("statement.page.approve", "nl")).count()
    screenshot(page, "journey-statement-4-approved")

    # --- 5. a snapshot freezes it ------------------------------------------------------------------
    sid = freeze(page, app, LABEL)
    frozen = read_db(db, "SELECT version, body->>'results' FROM snapshot_statements "
                     "WHERE snapshot_id = ? AND action = ? AND period = ?", [sid, ACTION, PERIOD])
    assert frozen == [(start + 2, CORRECTED)]

    # --- 6. the report of that snapshot --------------------------------------------------------------
    app.stop()  # one process per database file: the report is made from the file itself
    rt = open_runtime(db)
    pack = export_pack(from_snapshot(rt, sid, PROGRAMME_MANAGER), tmp_path / "pack",
                       formats=["report-pdf"])
    (pdf,) = pack.by_format["report-pdf"]
    flat = " ".join("\n".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert CORRECTED in flat and FIRST not in flat
    annex = flat[flat.index(t("report.annex_1b", "nl")):]
    frozen_open = commitments_for(rt, sid).open
    assert frozen_open.height
    for number in frozen_open["number"]:
        assert number in annex, number
