"""Journey 4, one whole quarter in the browser, over a private copy of the demo database:

1. a submitter (demo-amsterdam, GM0363) submits the quarter Amsterdam has not reported yet;
2. the programme manager sees it (Organisatie, Volledigheid) and freezes a snapshot on Export;
3. the submitter of a late organisation (demo-zuid-holland, an organisation without a submission
   for a quarter, found in the database) opens Aanleveren and reads why it cannot submit: the
   quarter is locked by the snapshot (named) and the programme manager can reopen it;
4. the programme manager reopens that quarter with a reason on the Export page;
5. the late organisation submits it: template, fill, upload, confirm;
6. a second snapshot; the Export page's comparison and ``monitor.snapshots.diff`` list exactly
   the late organisation's values as the change between the two (checked against the database).

A failed check in step 3 (wording not there yet) is collected and reported at the end, so the
rest of the quarter still runs.
"""

from __future__ import annotations

import csv
import io
from datetime import date

import polars as pl
import pytest

from monitor.intake.history import open_quarters
from monitor.periods import Quarter
from monitor.text import t
from tests.e2e.server import read_db
from tests.e2e.ui import (
    PROGRAMME_MANAGER,
    SUBMITTER,
    choose,
    element,
    freeze,
    grid_rows,
    open_page,
    pick,
    rerun,
    screenshot,
    selected,
    wait_for_app,
)

ORG = "GM0363"  # demo-amsterdam
LATE_SUBMITTER = "demo-zuid-holland"  # data/users.yaml: GM0518 and PV28
LATE_ORGS = ("GM0518", "PV28")
FIRST, SECOND = "Voortgangsbrief e2e kwartaal", "Voortgangsbrief e2e na heropenen"
REASON = "Zuid-Holland levert het ontbrekende kwartaal alsnog aan"
HEADER = ["organisatie", "periode", "maatstaf", "waarde", "toelichting"]
NOT_SHOWN = ("Traceback", "Error", "No options to select", "Exception")


def gaps(db, rt, org: str) -> list[str]:
    """The open quarters (newest first) for which ``org`` has no submission, from the database."""
    done = {r[0] for r in read_db(db, "SELECT DISTINCT period FROM submissions WHERE organisation = ?",
                                  [org])}
    return [q for q in open_quarters(rt.context()) if q not in done]


def main_text(page) -> str:
    return page.locator("[data-testid='stMain']").inner_text()


def submit_via_template(page, app, user: str, org: str, period: str, names: dict) -> list[list[str]]:
    """On Aanleveren as ``user``: choose organisation and quarter, download the template, fill it
    with last quarter's values (``n.v.t.`` where there is none), upload it and confirm."""
    open_page(page, app.url, "aanleveren", demo_user=user)
    if selected(page, "upload_org") != f"{names[org]} ({org})":
        choose(page, "upload_org", f"{names[org]} ({org})")
    shown = Quarter.parse(period).label("nl")  # the quarter as a reader reads it: K3 2026
    if selected(page, "upload_period") != shown:
        choose(page, "upload_period", shown)
    assert selected(page, "upload_period") == shown
    with page.expect_download() as info:
        page.get_by_role("button", name=t("upload.template", "nl")).click()
    assert info.value.suggested_filename == f"sjabloon_{org}_{period}.csv"
    template = list(csv.DictReader(io.StringIO(info.value.path().read_text(encoding="utf-8-sig")),
                                   delimiter=";"))
    wait_for_app(page)
    assert template and {(r["organisatie"], r["periode"]) for r in template} == {(org, period)}
    filled = [[org, period, r["maatstaf"], r["vorig_kwartaal"].replace(".", "") or "n.v.t.", ""]
              for r in template]
    text = "\n".join(";".join(r) for r in [HEADER, *filled]) + "\n"
    with rerun(page):
        page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(files=[{
            "name": f"{org}_{period}.csv", "mimeType": "text/csv", "buffer": text.encode("utf-8")}])
    confirm = page.get_by_role("button", name=t("upload.confirm", "nl"))
    assert confirm.count() == 1, main_text(page)
    with rerun(page):
        confirm.click()
    rows = read_db(app.db, "SELECT id, submitted_by, file_name FROM submissions "
                   "WHERE organisation = ? AND period = ?", [org, period])
    assert [(by, name) for _, by, name in rows] == [(user, f"{org}_{period}.csv")]
    assert page.get_by_text(t("upload.accepted", "nl", id=rows[0][0])).count() == 1
    return filled


def test_a_whole_quarter_submit_freeze_locked_reopen_late_submit_diff(writable_app, page, demo_db):
    _, rt, _ = demo_db
    app, db = writable_app, writable_app.db
    names = dict(zip(rt.register["code"], rt.register["naam"], strict=True))
    problems: list[str] = []

    own_gaps = gaps(db, rt, ORG)
    late = [(org, q) for org in LATE_ORGS for q in gaps(db, rt, org)]
    if not own_gaps or not late:
        pytest.fail(f"the demo needs an open quarter without a submission of {ORG} and of one of "
                    f"{LATE_ORGS}; found {own_gaps} and {late} (see monitor/demo)")
    period = own_gaps[0]
    late_org, late_period = late[0]

    # --- 1. the submitter submits --------------------------------------------------------------
    submit_via_template(page, app, SUBMITTER, ORG, period, names)
    screenshot(page, "journey-quarter-1-submitted")

    # --- 2. the programme manager sees it, and freezes a snapshot --------------------------------
    open_page(page, app.url, "organisatie", organisatie=ORG, demo_user=PROGRAMME_MANAGER)
    history = grid_rows(page.locator("[data-testid='stDataFrame']").last)
    assert any(f"{ORG}_{period}.csv" in row and SUBMITTER in row for row in history[1:]), history
    open_page(page, app.url, "volledigheid", kwartaal=period, demo_user=PROGRAMME_MANAGER)
    with page.expect_download() as info:
        page.get_by_role("button", name=t("completeness.download", "nl")).click()
    missing = info.value.path().read_text(encoding="utf-8-sig")
    wait_for_app(page)
    assert ORG not in missing
    first = freeze(page, app, FIRST)
    locked = dict(read_db(db, "SELECT period, label FROM period_locks WHERE reopened_at IS NULL"))
    assert locked[late_period] == FIRST and locked[period] == FIRST
    screenshot(page, "journey-quarter-2-snapshot")

    # --- 3. the late organisation reads why it cannot submit -------------------------------------
    open_page(page, app.url, "aanleveren", demo_user=LATE_SUBMITTER)
    screenshot(page, "journey-quarter-3-locked")
    text = main_text(page)
    if page.locator("[data-testid='stException']").count():
        problems.append(f"Aanleveren after the snapshot shows an exception: {text[-400:]!r}")
    problems += [f"Aanleveren after the snapshot shows {word!r}" for word in NOT_SHOWN if word in text]
    if FIRST not in text:
        problems.append(f"Aanleveren after the snapshot does not name the snapshot {FIRST!r}")
    problems += [f"Aanleveren after the snapshot does not say {word!r} (who can reopen)"
                 for word in ("programmamanager", "heropen") if word not in text.lower()]

    # --- 4. the programme manager reopens the late quarter ---------------------------------------
    open_page(page, app.url, "export", demo_user=PROGRAMME_MANAGER)
    option = t("export.reopen.option", "nl", period=Quarter.parse(late_period).label("nl"), label=FIRST)
    with rerun(page):
        pick(page, element(page, "reopen_period"), option)
    assert selected(page, "reopen_period") == option
    with rerun(page):
        element(page, "reopen_reason").get_by_role("textbox").fill(REASON)
        page.keyboard.press("Control+Enter")
    with rerun(page):
        page.get_by_role("button", name=t("export.reopen.button", "nl")).click()
    assert page.get_by_text(t("export.reopen.done", "nl", period=Quarter.parse(late_period).label("nl"),
                              labels=FIRST)).count() == 1
    assert read_db(db, "SELECT reopened_by, reason FROM period_locks WHERE period = ?",
                   [late_period]) == [(PROGRAMME_MANAGER, REASON)]
    screenshot(page, "journey-quarter-4-reopened")

    # --- 5. the late organisation submits the reopened quarter -----------------------------------
    filled = submit_via_template(page, app, LATE_SUBMITTER, late_org, late_period, names)
    screenshot(page, "journey-quarter-5-late-submitted")

    # --- 6. a second snapshot; the comparison lists exactly the late organisation's values -------
    second = freeze(page, app, SECOND)
    open_page(page, app.url, "export", demo_user=PROGRAMME_MANAGER)  # the comparison's defaults
    assert selected(page, "diff_a").startswith(f"{first} · {FIRST}")
    assert selected(page, "diff_b").startswith(f"{second} · {SECOND}")
    with rerun(page, timeout=180):
        element(page, "diff_run").get_by_role("button").click()
    metrics = {}
    for metric in page.locator("[data-testid='stMetric']").all_inner_texts():
        lines = [line.strip() for line in metric.splitlines() if line.strip()]
        metrics[lines[0]] = lines[-1]
    assert metrics[t("export.diff.values", "nl")] == "0", metrics
    assert metrics[t("export.diff.organisations", "nl")] == "1", metrics
    assert metrics[t("export.diff.definitions", "nl")] == "0", metrics
    heading = page.get_by_role("heading", name=f"{t('export.diff.organisations', 'nl')} (1)")
    assert heading.count() == 1
    grids = [grid_rows(g) for g in page.locator("[data-testid='stDataFrame']").all()]
    [shown] = [rows for rows in grids if any(late_org in row for row in rows)]
    assert len(shown) == 2 and late_period in shown[1], shown
    heading.scroll_into_view_if_needed()
    screenshot(page, "journey-quarter-6-diff")

    app.stop()  # the package reads the file itself now (DuckDB: one process at a time)
    from monitor.snapshots import diff, snapshot_values
    from monitor.store import open_store

    store = open_store(db)
    found = diff(store, first, second)
    stored = read_db(db, "SELECT measure FROM current_values WHERE organisation = ? AND period = ?",
                     [late_org, late_period])
    assert len(stored) == len(filled)
    assert found.values.is_empty(), found.values  # nothing revised
    assert found.definitions.is_empty()
    assert found.organisations.rows() == [(late_period, late_org, len(stored))]
    # the frozen values differ by exactly the late organisation's quarter
    key = ["organisation", "period", "measure"]
    before, after = snapshot_values(store, first), snapshot_values(store, second)
    added = after.join(before, on=key, how="anti")
    assert sorted(added.select(key).rows()) == sorted((late_org, late_period, m) for (m,) in stored)
    assert before.join(after, on=key, how="anti").is_empty()
    changed = before.join(after, on=key).filter(
        ~pl.col("num").eq_missing(pl.col("num_right")) | ~pl.col("txt").eq_missing(pl.col("txt_right")))
    assert changed.is_empty(), changed
    assert date.today() > Quarter.parse(late_period).last_day()  # a completed quarter, late

    assert not problems, "\n".join(problems)
