"""The incremental refresh (``monitor.compute.refresh``, ``monitor.results``) equals a full
recompute exactly (rows, values, dtypes, order) after every accepted submission: random
submission sequences over a small world with every compute kind, and hand-made cases."""

import random
from datetime import date

import polars as pl
import pytest
from helpers import make_world, submit_csv
from polars.testing import assert_frame_equal

from monitor.compute.engine import compute
from monitor.compute.refresh import affected, changed_since, refresh
from monitor.periods import Quarter
from monitor.results import current_results

from .test_engine import DATA, DEFS, ORGS

TODAY = date(2026, 1, 15)
UNTIL = Quarter.parse("2025-Q4")
# the engine's definitions plus a measured baseline (a correction at its quarter rebases every
# series), a carry-forward share and a latest under missing: zero (an old state decides whether a
# quarter is a gap: the refresh must look back on the whole history; the random sequences fail
# when it looks back only the carry limit)
EXTRA = """
  - {id: i_measured, title: {nl: s, en: s}, unit: "%", compute: {kind: share, measure: cdo},
     breakdowns: [national, type, organisation], target_applies_to: [national, type],
     baseline: {period: 2024-Q2, value: measured}, targets: [{period: 2025-Q4, value: 90}]}
  - {id: i_carry_share, title: {nl: s, en: s}, unit: "%", missing: carry_forward, max_carry: 2,
     compute: {kind: share, measure: cdo}, breakdowns: [national, organisation],
     baseline: {period: 2024-Q1, value: 20}, targets: [{period: 2025-Q4, value: 80}]}
  - {id: i_latest_zero, title: {nl: s, en: s}, unit: fte, missing: zero, max_carry: 1,
     compute: {kind: latest, measure: fte, agg: mean}, breakdowns: [national, type, organisation],
     baseline: {period: 2024-Q1, value: 10}, targets: [{period: 2025-Q4, value: 20}]}
"""
QUARTERS = ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]
VALUES = {  # measure -> what a gemeente may write
    "cdo": ["ja", "nee", "n.v.t."], "fte": ["1,5", "2", "3,25", "0", "n.v.t."],
    "num": ["0", "3", "7"], "den": ["0", "4", "9"], "adv": ["0", "1", "5"],
    "stage": ["geen", "gestart", "gereed"], "wait": ["4", "8,5", "12"],
}


@pytest.fixture()
def world(tmp_path):
    rt = make_world(tmp_path, DEFS + EXTRA, ORGS)
    assert submit_csv(rt, DATA).status == "accepted"
    return rt


def full(rt) -> pl.DataFrame:
    return compute(rt.store, rt.defs, rt.config, today=TODAY)


def submit(rt, org: str, period: str, rows: dict[str, str]):
    text = "organisatie;periode;maatstaf;waarde;toelichting\n" + "".join(
        f"{org};{period};{m};{v};\n" for m, v in rows.items())
    result = submit_csv(rt, text, org=org, period=period)
    assert result.status == "accepted", [str(p) for p in result.problems]


def refreshed(rt, old: pl.DataFrame, base: tuple[int, int]) -> pl.DataFrame:
    with rt.store.read() as con:
        changes = changed_since(con, *base)
        assert changes is not None
        return refresh(con, rt.defs, rt.config, UNTIL, old, *changes)


def counts(rt) -> tuple[int, int]:
    [row] = rt.store.query("SELECT max(id), count(*) FROM submissions").rows()
    return row


def random_rows(rng: random.Random, org: str) -> dict[str, str]:
    if org.startswith("P"):
        return {"cdo": rng.choice(["ja", "nee"]), "fte": rng.choice(["4", "2,5", "n.v.t."])}
    # cdo is required of gemeenten; the rest optional, a random subset
    rows = {"cdo": rng.choice(["ja", "nee"])}
    for m in rng.sample(sorted(VALUES), rng.randint(0, 4)):
        rows[m] = rng.choice(VALUES[m])
    return rows


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_submission_sequences_equal_a_full_recompute(world, seed):
    rng = random.Random(seed)
    results, base = full(world), counts(world)
    for _ in range(4):
        for _ in range(rng.choice([1, 1, 2, 3])):  # several submissions between two refreshes
            org = rng.choice([o for o, _ in ORGS])
            submit(world, org, rng.choice(QUARTERS[:-1]), random_rows(rng, org))
        results = refreshed(world, results, base)
        assert_frame_equal(results, full(world), check_exact=True)
        base = counts(world)


def test_correction_of_an_old_quarter_carries_into_later_quarters(world):
    old, base = full(world), counts(world)
    submit(world, "G1", "2024-Q1", {"cdo": "nee", "fte": "9", "adv": "6"})
    new = refreshed(world, old, base)
    expected = full(world)
    assert_frame_equal(new, expected, check_exact=True)
    later = (pl.col("period") > "2024-Q1") & pl.col("indicator").is_in(["i_carry", "i_cum", "i_latest"])
    assert not old.filter(later).equals(expected.filter(later))  # the correction reached them


def test_cumulative_measure_and_first_submission_of_an_organisation(world):
    old, base = full(world), counts(world)
    assert old.filter((pl.col("group") == "G4") & (pl.col("period") < "2024-Q2"))["n"].sum() == 0
    submit(world, "G4", "2024-Q1", {"cdo": "ja", "adv": "7"})  # G4's first quarter
    new = refreshed(world, old, base)
    assert_frame_equal(new, full(world), check_exact=True)
    cum = new.filter((pl.col("indicator") == "i_cum") & (pl.col("breakdown") == "national"))
    assert cum["value"].to_list() != old.filter((pl.col("indicator") == "i_cum")
                                                & (pl.col("breakdown") == "national"))["value"].to_list()


def test_a_submission_touching_one_indicator_refreshes_only_it(world):
    ids = [i.id for i in affected(world.defs, {"cdo"})]
    # cdo's indicators, and those on optional measures only (any submission counts as reported)
    assert {"i_share", "i_measured", "i_down"} <= set(ids) and "i_stage" in ids
    assert "i_share" not in [i.id for i in affected(world.defs, {"wait"})]
    old, base = full(world), counts(world)
    submit(world, "G1", "2024-Q3", {"cdo": "ja"})  # G1 has nothing in 2024-Q3 yet
    with world.store.read() as con:
        changes = changed_since(con, *base)
    assert changes == ([("G1", "2024-Q3")], {"cdo"})
    new = refreshed(world, old, base)
    assert_frame_equal(new, full(world), check_exact=True)


def test_current_results_refresh_equals_a_full_recompute_and_falls_back(world):
    first = current_results(world, TODAY)
    submit(world, "G2", "2024-Q3", {"cdo": "ja", "fte": "2"})
    assert_frame_equal(current_results(world, TODAY), full(world), check_exact=True)
    # a changed register is not a base to refresh from: everything is recomputed
    with world.store.transaction() as con:
        con.execute("INSERT INTO organisations VALUES ('G9', 'G9 naam', 'gemeente', NULL, NULL)")
    submit(world, "G3", "2024-Q3", {"cdo": "nee"})
    again = current_results(world, TODAY)
    assert_frame_equal(again, full(world), check_exact=True)
    assert again.height > first.height  # G9's rows
