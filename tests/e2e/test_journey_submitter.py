"""Journey 2, submitter: on Aanleveren a submitter of Amsterdam chooses a quarter without a
submission, downloads the template, uploads a file with mistakes and reads every problem with its
row, uploads the corrected file and confirms; the completeness, overview and action figures for
that quarter change by exactly that one submission."""

from __future__ import annotations

import csv
import io

import pytest

from monitor.intake.history import open_quarters
from monitor.text import number, quarter, t
from monitor.views.completeness import expected_organisations
from tests.e2e.server import read_db
from tests.e2e.ui import (
    PROGRAMME_MANAGER,
    SUBMITTER,
    choose,
    open_page,
    rerun,
    selected,
    wait_for_app,
)

ORG = "GM0363"  # the demo submitter's organisation (data/users.example.yaml: demo-amsterdam)
INDICATOR = "a03_datagovernance_fte_gemiddeld"  # mean of datagovernance_fte, missing: exclude
MEASURE = "datagovernance_fte"
HEADER = ["organisatie", "periode", "maatstaf", "waarde", "toelichting"]


def figures(db, rt, period: str) -> dict:
    """What the pages should show for ``period``, from the database itself."""
    expected = set(expected_organisations(rt.defs, rt.register)["code"])
    submitted = {
        r[0] for r in read_db(db, "SELECT DISTINCT organisation FROM submissions WHERE period = ?", [period])
    } & expected
    reporters = rt.defs.measures[MEASURE].reporters
    ((reported, total),) = read_db(
        db,
        "SELECT count(*), sum(num) FROM current_values WHERE measure = ? AND period = ? AND state = 'value'",
        [MEASURE, period],
    )
    ((covered,),) = read_db(
        db, "SELECT count(*) FROM organisations WHERE list_contains(?, type)", [list(reporters)]
    )
    return {
        "submitted": len(submitted),
        "missing": len(expected - submitted),
        "reported": reported,
        "covered": covered,
        "mean": total / reported,
        "expected": len(expected),
    }


def problem_rows(page) -> list[list[str]]:
    """The problems table (st.table: every cell's full text, wrapped) as text, header first."""
    table = page.locator("[data-testid='stTable']").filter(has_text=t("col.message", "nl"))
    return table.evaluate("""t => Array.from(t.querySelectorAll('tr'))
        .map(tr => Array.from(tr.querySelectorAll('th, td')).map(c => c.innerText.trim()))""")


def upload(page, name: str, rows: list[list[str]]) -> None:
    text = "\n".join(";".join(r) for r in [HEADER, *rows]) + "\n"
    with rerun(page):
        page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(
            files=[{"name": name, "mimeType": "text/csv", "buffer": text.encode("utf-8")}]
        )


def check_figures(page, app, period: str, fig: dict) -> set[str]:
    """The completeness, overview and action pages show ``fig`` for ``period``; returns the codes
    in the completeness page's list of organisations without a submission (its CSV download)."""
    open_page(page, app.url, "volledigheid", kwartaal=period, demo_user=PROGRAMME_MANAGER)
    heading = t("submit.missing", "nl", period=quarter(period, "nl"), count=fig["missing"])
    assert page.get_by_role("heading", name=heading).count() == 1
    with page.expect_download() as info:
        page.get_by_role("button", name=t("completeness.download", "nl")).click()
    listed = list(
        csv.DictReader(io.StringIO(info.value.path().read_text(encoding="utf-8-sig")), delimiter=";")
    )
    assert len(listed) == fig["missing"]
    wait_for_app(page)
    open_page(page, app.url, kwartaal=period, demo_user=PROGRAMME_MANAGER)
    caption = page.get_by_text(f"{fig['submitted']} inzendingen ontvangen voor {quarter(period, 'nl')} (")
    assert caption.count() == 1
    open_page(
        page, app.url, "actie", actie="a03", kwartaal=period, indicator=INDICATOR, demo_user=PROGRAMME_MANAGER
    )
    line = (
        page.locator("[data-testid='stMarkdown']")
        .filter(has_text=f"{number(fig['mean'], 1, 'nl')} FTE in ")
        .filter(has_text=f"dekking {fig['reported']}/{fig['covered']} (")
    )
    assert line.count() == 1, page.locator("[data-testid='stMarkdown']").all_inner_texts()
    return {row[next(iter(row))] for row in listed}


def test_submit_with_mistakes_then_corrected_changes_the_figures(writable_app, page, demo_db):
    _, rt, _ = demo_db
    db = writable_app.db
    done = {
        r[0] for r in read_db(db, "SELECT DISTINCT period FROM submissions WHERE organisation = ?", [ORG])
    }
    gaps = [q for q in open_quarters(rt.context()) if q not in done]
    if not gaps:
        pytest.fail(
            f"the demo has no open quarter without a submission of {ORG}; this journey "
            "needs one (see monitor/demo)"
        )
    period = gaps[0]  # the newest such quarter
    assert rt.defs.indicators[INDICATOR].missing == "exclude"
    before = figures(db, rt, period)
    assert ORG in check_figures(page, writable_app, period, before)

    # --- the submitter: organisation, quarter, template -----------------------------------------
    open_page(page, writable_app.url, "aanleveren", demo_user=SUBMITTER)
    name = dict(zip(rt.register["code"], rt.register["naam"], strict=True))[ORG]
    assert selected(page, "upload_org") == f"{name} ({ORG})"
    choose(page, "upload_period", quarter(period, "nl"))
    assert selected(page, "upload_period") == quarter(period, "nl")
    with page.expect_download() as info:
        page.get_by_role("button", name=t("upload.template", "nl")).click()
    assert info.value.suggested_filename == f"sjabloon_{ORG}_{period}.csv"
    template = list(
        csv.DictReader(io.StringIO(info.value.path().read_text(encoding="utf-8-sig")), delimiter=";")
    )
    wait_for_app(page)
    measures = [m.id for m in rt.defs.measures_for(ORG, "gemeente")]
    assert [r["maatstaf"] for r in template] == measures
    assert {(r["organisatie"], r["periode"], r["waarde"]) for r in template} == {(ORG, period, "")}
    # fill in last quarter's values (as a person would copy them), written without thousands dots
    filled = [[ORG, period, r["maatstaf"], r["vorig_kwartaal"].replace(".", ""), ""] for r in template]
    assert all(r[3] for r in filled), "the template has last quarter's value for every measure"

    # --- a file with mistakes: every problem with row, column and a message ------------------------
    fte_row = measures.index(MEASURE)
    renamed = measures.index("toolbox_toegepast")
    wrong = [list(r) for r in filled]
    wrong[fte_row][3] = "veel"
    wrong[renamed][2] = "onbekende_maatstaf"
    page.set_viewport_size({"width": 1280, "height": 900})  # a laptop: nothing may be cut off
    upload(page, f"{ORG}_{period}.csv", wrong)
    assert page.get_by_text(t("upload.rejected", "nl", count=3)).count() == 1
    table = page.locator("[data-testid='stTable']").filter(has_text=t("col.message", "nl"))
    assert table.evaluate("""t => {
        const inner = t.querySelector('table').getBoundingClientRect();
        return inner.right <= t.getBoundingClientRect().right + 1 && inner.right <= window.innerWidth;
    }"""), "the problems table is wider than the page at 1280 px"
    rows = problem_rows(page)
    assert rows[0] == ["Soort", "Rij", "Maatstaf", "Kolom", "Waarde", "Probleem", "Melding"]
    title = {m: f"{rt.defs.measures[m].title.nl} ({m})" for m in ("toolbox_toegepast", MEASURE)}
    assert rows[1:] == [
        [
            "✖ fout",
            "",
            title["toolbox_toegepast"],
            "maatstaf",
            "toolbox_toegepast",
            "verplichte maatstaf ontbreekt",
            f"De verplichte maatstaf 'toolbox_toegepast' ontbreekt voor {ORG} {period}. Vul een waarde "
            "in, of n.v.t. als hij niet van toepassing is.",
        ],
        [
            "✖ fout",
            str(fte_row + 2),
            title[MEASURE],
            "waarde",
            "veel",
            "geen getal",
            "'veel' is geen getal. Schrijf bijvoorbeeld 1234 of 1234,5.",
        ],
        [
            "✖ fout",
            str(renamed + 2),
            "",
            "maatstaf",
            "onbekende_maatstaf",
            "onbekende maatstaf",
            "'onbekende_maatstaf' is geen bekende maatstaf. Gebruik de codes uit het sjabloon.",
        ],
    ]
    assert page.get_by_role("button", name=t("upload.confirm", "nl")).count() == 0
    assert figures(db, rt, period) == before  # a rejected file changes nothing

    # --- the corrected file, confirmed ----------------------------------------------------------
    upload(page, f"{ORG}_{period}_hersteld.csv", filled)
    assert page.get_by_text(t("upload.valid", "nl", new=len(filled), changed=0, unchanged=0)).count() == 1
    with rerun(page):
        page.get_by_role("button", name=t("upload.confirm", "nl")).click()
    ((sid,),) = read_db(db, "SELECT id FROM submissions WHERE organisation = ? AND period = ?", [ORG, period])
    assert page.get_by_text(t("upload.accepted", "nl", id=sid)).count() == 1
    ((stored,),) = read_db(
        db,
        "SELECT num FROM current_values WHERE organisation = ? AND period = ? AND measure = ?",
        [ORG, period, MEASURE],
    )
    assert stored == float(filled[fte_row][3].replace(",", "."))

    # --- the figures moved by exactly this submission -------------------------------------------
    after = figures(db, rt, period)
    assert after == before | {
        "submitted": before["submitted"] + 1,
        "missing": before["missing"] - 1,
        "reported": before["reported"] + 1,
        "mean": after["mean"],
    }
    assert after["mean"] == pytest.approx(
        (before["mean"] * before["reported"] + stored) / (before["reported"] + 1)
    )
    assert after["mean"] != pytest.approx(before["mean"])
    assert ORG not in check_figures(page, writable_app, period, after)
