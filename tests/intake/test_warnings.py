"""Warnings against the organisation's own history: shown and stored, never blocking."""

import json
from datetime import datetime
from pathlib import Path

import pytest
from helpers import make_world, submit_csv

from tests.compute.test_engine import ORGS
from tests.intake.world import (
    CORPUS_DEFS,
    context,
    copy_world,
    current,
    held_open,
    snapshot,
    submit,
)

HEADER = "organisatie;periode;maatstaf;waarde;toelichting\n"
# G1, four quarters: fte hovers around 2 (median 2, MAD 0,1), wait (a stock where lower is better:
# it feeds i_down) stays 10, adv (a flow) stays 5, den (a stock, higher is better) has only three
# quarters (too few for the outlier check)
HISTORY = HEADER + "".join(
    f"G1;{q};cdo;ja;\nG1;{q};fte;{fte};\nG1;{q};wait;10;\nG1;{q};adv;5;\n"
    + (f"G1;{q};den;100;\n" if q != "2024-Q1" else "")
    for q, fte in (("2024-Q1", "2"), ("2024-Q2", "2,2"), ("2024-Q3", "1,8"), ("2024-Q4", "2"))
)


def quarter(rows: list[tuple[str, str, str]]) -> bytes:
    """A 2025-Q1 file for G1: (measure, value, note) per row, from row 2."""
    return (HEADER + "".join(f"G1;2025-Q1;{m};{v};{n}\n" for m, v, n in rows)).encode()


@pytest.fixture(scope="module")
def history(pristine, tmp_path_factory):
    rt = copy_world(pristine, tmp_path_factory.mktemp("history"))
    with held_open(rt):
        res = submit_csv(rt, HISTORY)
        assert (res.status, res.warnings) == ("accepted", [])
        yield rt


def check(rt, rows, lang="nl"):
    res = submit(rt, quarter(rows), "k1-2025.csv", period="2025-Q1", ctx=context(rt, lang=lang),
                 received_at=datetime(2025, 4, 10), dry_run=True)
    assert (res.status, res.errors) == ("valid", [])
    return [(p.line, p.path, p.code, p.value) for p in res.warnings], [p.message for p in res.warnings]


def test_outlier_decrease_and_large_change(history):
    found, messages = check(history, [
        ("cdo", "ja", ""),
        ("fte", "10", ""),     # row 3: far from the median 2, and 2 -> 10 without a note
        ("wait", "11", ""),    # row 4: a stock where lower is better goes up
        ("adv", "4", ""),      # row 5: a flow may go down; small change
        ("den", "1000", ""),   # row 6: only three quarters of history: no outlier; 100 -> 1000
    ])
    assert found == [
        (3, "waarde", "outlier", "10"),
        (3, "waarde", "large-change-without-note", "10"),
        (4, "waarde", "stock-increase", "11"),
        (6, "waarde", "large-change-without-note", "1000"),
    ]
    assert messages == [
        "10 wijkt sterk af van eerdere waarden van deze organisatie (mediaan 2). Controleer de waarde "
        "of licht hem toe.",
        "10 verschilt sterk van vorig kwartaal (2) zonder toelichting. Voeg een toelichting toe.",
        "11 is hoger dan vorig kwartaal (10), terwijl lager beter is bij deze maatstaf. Klopt dit?",
        "1000 verschilt sterk van vorig kwartaal (100) zonder toelichting. Voeg een toelichting toe.",
    ]


def test_a_note_removes_the_large_change_warning_but_not_the_outlier(history):
    found, _ = check(history, [
        ("cdo", "ja", ""),
        ("fte", "10", "nieuw datateam"),
        ("wait", "10", ""),
        ("den", "1000", "andere telling"),
    ])
    assert found == [(3, "waarde", "outlier", "10")]


def test_ordinary_values_give_no_warnings(history):
    found, _ = check(history, [
        ("cdo", "ja", ""), ("fte", "2,1", ""), ("wait", "10", ""), ("adv", "6", ""), ("den", "120", "")])
    assert found == []


def test_small_changes_of_small_numbers_are_not_large(history):
    # 5 -> 3 is a flow going down by 2 (40 %), 10 -> 9 a level where lower is better: neither
    # is large, and the level moves the right way
    found, _ = check(history, [("cdo", "ja", ""), ("adv", "3", ""), ("wait", "9", "")])
    assert found == []


def test_warnings_in_english(history):
    _, messages = check(history, [("cdo", "ja", ""), ("wait", "11", ""), ("den", "90", "")], lang="en")
    assert messages == [
        "11 is higher than last quarter (10), although lower is better for this measure. Is this right?",
        "90 is lower than last quarter (100), although it is a level. Is this right?"]


def test_warnings_do_not_block_and_are_stored_with_the_submission(history, tmp_path):
    # on a copy: the other tests keep the history as it is
    rt = copy_world(history, tmp_path / "copy", checkpoint=True)
    with held_open(rt):
        before = snapshot(rt)
        res = submit(rt, quarter([("cdo", "ja", ""), ("fte", "10", ""), ("wait", "11", "")]), "k1.csv",
                     period="2025-Q1", received_at=datetime(2025, 4, 10))
        assert (res.status, res.errors, [p.code for p in res.warnings]) == (
            "accepted", [], ["outlier", "large-change-without-note", "stock-increase"])
        assert current(rt, period="2025-Q1") == [
            ("cdo", "value", 1.0, None, None), ("fte", "value", 10.0, None, None),
            ("wait", "value", 11.0, None, None)]
        stored = json.loads(rt.store.scalar("SELECT warnings FROM submissions WHERE id = ?",
                                            [res.submission_ids[0]]))
        assert [(w["row"], w["column"], w["code"], w["value"], w["level"]) for w in stored] == [
            (3, "waarde", "outlier", "10", "warning"),
            (3, "waarde", "large-change-without-note", "10", "warning"),
            (4, "waarde", "stock-increase", "11", "warning"),
        ]
        assert len(snapshot(rt)["submissions"]) == len(before["submissions"]) + 1
        assert len(current(rt, period="2024-Q4")) == 5  # the history came along


def test_no_history_no_warnings(rt):
    res = submit(rt, quarter([("cdo", "ja", ""), ("fte", "1000", ""), ("wait", "0", "")]), "k1.csv",
                 period="2025-Q1", received_at=datetime(2025, 4, 10), dry_run=True)
    assert (res.status, res.problems) == ("valid", [])


DIRECTION = Path(__file__).parent / "fixtures" / "direction"


@pytest.mark.parametrize(("name", "expected"), [
    # good/bad twins: the same move is plausible or not by the measure's direction (wait feeds
    # i_down, direction down; den feeds only a ratio's denominator: up by default)
    ("lower_is_better_goes_down.csv", []),
    ("lower_is_better_goes_up.csv", [(3, "waarde", "stock-increase", "11")]),
    ("lower_is_better_goes_down.xlsx", []),
    ("lower_is_better_goes_up.xlsx", [(3, "waarde", "stock-increase", "11")]),
    ("higher_is_better_goes_up.csv", []),
    ("higher_is_better_goes_down.csv", [(3, "waarde", "stock-decrease", "90")]),
])
def test_a_level_warns_only_when_it_moves_the_wrong_way(history, name, expected):
    res = submit(history, (DIRECTION / name).read_bytes(), name, period="2025-Q1",
                 received_at=datetime(2025, 4, 10), dry_run=True)
    assert (res.status, res.errors) == ("valid", [])
    assert [(p.line, p.path, p.code, p.value) for p in res.warnings] == expected


def test_a_declared_direction_wins_over_the_indicators(tmp_path):
    # the same world with wait declared 'up' in its definition file: now its decrease warns
    declared = CORPUS_DEFS.replace("{id: wait, title: {nl: W, en: W}, type: decimal,",
                                   "{id: wait, title: {nl: W, en: W}, type: decimal, direction: up,")
    assert declared != CORPUS_DEFS
    rt = make_world(tmp_path, declared, ORGS)
    with held_open(rt):
        assert submit_csv(rt, HISTORY).status == "accepted"
        for name, expected in (("lower_is_better_goes_down.csv", ["stock-decrease"]),
                               ("lower_is_better_goes_up.csv", [])):
            res = submit(rt, (DIRECTION / name).read_bytes(), name, period="2025-Q1",
                         received_at=datetime(2025, 4, 10), dry_run=True)
            assert [p.code for p in res.warnings] == expected, name
