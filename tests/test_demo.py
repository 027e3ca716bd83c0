"""The demo data generator on the real config, register and definitions, in real DuckDB files.

One full build (2022-Q1 to 2026-Q3, every organisation) is shared by the module; determinism is
checked on two short builds.
"""

from __future__ import annotations

import re
from datetime import date

import polars as pl
import pytest

from monitor.access.usersfile import seed_from_file
from monitor.compute.engine import compute
from monitor.config import PROJECT_ROOT, Config, load_config
from monitor.definitions import require_definitions
from monitor.demo import DemoSummary, build_demo
from monitor.errors import UsageError
from monitor.intake.core import COLUMNS, Context
from monitor.intake.reader import read_csv
from monitor.periods import Quarter
from monitor.register import load_register
from monitor.store import Store, open_store, sync_organisations

TODAY = date(2026, 11, 28)
LAST = Quarter.parse("2026-Q3")  # last completed quarter on TODAY


@pytest.fixture(scope="module")
def world():
    config = load_config()
    register = load_register(config)
    defs = require_definitions(config, org_codes=set(register["code"]))
    return config, register, defs


def _context(world, config: Config | None = None) -> Context:
    cfg, register, defs = world
    org_types = dict(zip(register["code"], register["type"], strict=True))
    return Context(defs, org_types, config or cfg, today=TODAY)


def _build(path, world, *, until: Quarter | None = None, config: Config | None = None,
           progress=None) -> tuple[Store, DemoSummary]:
    store = open_store(path)
    sync_organisations(store, world[1])
    seed_from_file(store, PROJECT_ROOT / "data" / "users.example.yaml")  # the demo loads as a demo user
    return store, build_demo(store, _context(world, config), until=until, progress=progress)


@pytest.fixture(scope="module")
def full(demo_db) -> tuple[Store, DemoSummary]:
    """The full demo, built once per test run (tests/conftest.py) and shared with the page tests."""
    _, rt, summary = demo_db
    return rt.store, summary


def _current(store: Store) -> pl.DataFrame:
    return store.query("SELECT * FROM current_values ORDER BY organisation, period, measure")


# ----- determinism ----------------------------------------------------------------------------


def test_same_seed_gives_identical_values(world, tmp_path):
    until = Quarter.parse("2022-Q1")
    messages: list[str] = []
    a, sa = _build(tmp_path / "a.duckdb", world, until=until, progress=messages.append)
    b, sb = _build(tmp_path / "b.duckdb", world, until=until)
    assert sa == sb
    assert sa.files == len(messages) == 3  # on time, late, corrections
    assert messages[0].startswith("demo-2022-Q1-tijdig.csv: ")
    assert sa.corrections > 0 and sa.late > 0
    ca, cb = _current(a), _current(b)
    assert ca.height == sa.values - a.scalar(
        "SELECT count(*) FROM submitted_values WHERE NOT is_current")
    assert ca.equals(cb)
    files_a = a.query("SELECT file_name, received_at, sha256 FROM submissions ORDER BY id")
    assert files_a.equals(b.query("SELECT file_name, received_at, sha256 FROM submissions ORDER BY id"))
    # another seed gives other data
    cfg = world[0]
    other = Config({**cfg.values, "demo.seed": cfg["demo.seed"] + 1}, cfg.root)
    c, _ = _build(tmp_path / "c.duckdb", world, until=until, config=other)
    assert not _current(c).equals(ca)


# ----- the full build -------------------------------------------------------------------------


def test_summary_matches_database(full, world):
    store, s = full
    n_orgs = len(world[1])
    assert n_orgs == 397
    assert s.expected == n_orgs * 19  # every organisation reports something, 2022-Q1 .. 2026-Q3
    assert s.submissions == store.scalar("SELECT count(*) FROM submissions")
    assert s.values == store.scalar("SELECT count(*) FROM submitted_values")
    assert s.files == store.scalar("SELECT count(DISTINCT file_name) FROM submissions")
    assert s.files == store.scalar("SELECT count(*) FROM submission_files")
    assert store.scalar("SELECT count(*) FROM rejected_attempts") == 0
    assert store.scalar("SELECT count(DISTINCT submitted_by || source) FROM submissions") == 1
    assert store.scalar("SELECT min(submitted_by || '/' || source) FROM submissions") == (
        "demo-programmamanager/demo")  # loaded as a demo programme manager
    assert str(s).startswith("demo data 2022-Q1 to 2026-Q3: ")
    assert f"{s.submissions} submissions" in str(s)


def test_missing_share(full):
    store, s = full
    submitted = store.scalar("SELECT count(DISTINCT (organisation, period)) FROM submissions")
    assert s.missing == s.expected - submitted
    assert 0.10 <= s.missing / s.expected <= 0.15
    # more missing in the first year than in the last
    per_year = dict(store.query("""
        SELECT left(period, 4) AS y, count(DISTINCT (organisation, period)) AS n
        FROM submissions GROUP BY y""").iter_rows())
    assert per_year["2022"] < per_year["2025"]
    # the organisations that alone report a measure never miss a quarter
    for code in ("BZK", "KOOP", "ICTU"):
        assert store.scalar("SELECT count(DISTINCT period) FROM submissions WHERE organisation = ?",
                            [code]) == 19


def test_late_submissions(full):
    store, s = full
    by_file = store.query("""
        SELECT regexp_extract(file_name, '-(\\w+)\\.csv$', 1) AS kind,
               count(*) AS n, count(*) FILTER (WHERE on_time) AS on_time,
               min(received_at::DATE - deadline) AS first_day,
               max(received_at::DATE - deadline) AS last_day
        FROM submissions GROUP BY kind ORDER BY kind""")
    rows = {r["kind"]: r for r in by_file.iter_rows(named=True)}
    assert set(rows) == {"tijdig", "nagekomen", "correcties"}
    assert rows["tijdig"]["n"] == rows["tijdig"]["on_time"]
    assert rows["tijdig"]["last_day"] <= 0
    assert rows["nagekomen"]["on_time"] == 0
    assert rows["nagekomen"]["n"] == s.late
    assert rows["nagekomen"]["first_day"] > 0
    assert store.scalar("SELECT count(*) FROM submissions WHERE NOT on_time") == s.late + s.corrections
    assert 0.05 < s.late / s.submissions < 0.10
    # nothing is received after 'today'
    assert store.scalar("SELECT max(received_at)::DATE FROM submissions") <= TODAY


def test_corrections(full):
    store, s = full
    assert s.corrections > 100
    assert s.corrections == store.scalar(
        "SELECT count(*) FROM submissions WHERE file_name LIKE '%-correcties.csv'")
    twice = store.query("""
        SELECT organisation, period, count(*) AS n FROM submissions GROUP BY ALL HAVING n > 1""")
    assert twice.height == s.corrections
    assert twice["n"].max() == 2
    changed = store.query("""
        SELECT v.organisation, v.period, v.measure, v.version, v.note, s.file_name, s.changed_count
        FROM submitted_values v JOIN submissions s ON s.id = v.submission_id
        WHERE v.version > 1""")
    assert changed.height > 0
    assert changed["file_name"].str.ends_with("-correcties.csv").all()
    assert changed["note"].str.starts_with("correctie").all()
    # one or two values changed per correction
    per_sub = store.query("""
        SELECT changed_count, unchanged_count FROM submissions
        WHERE file_name LIKE '%-correcties.csv'""")
    assert per_sub["changed_count"].is_between(1, 2).all()
    assert per_sub["unchanged_count"].median() > 10  # the whole submission was sent again


def test_outliers_corrected_or_left(full):
    store, s = full
    assert s.outliers >= 5
    assert 0 < s.outliers_left < s.outliers
    fixed = store.scalar("""
        SELECT count(*) FROM submitted_values new JOIN submitted_values old
          ON old.organisation = new.organisation AND old.period = new.period
         AND old.measure = new.measure AND old.version = new.version - 1
        WHERE new.note LIKE 'correctie: waarde was tien keer%'
          AND abs(old.num - 10 * new.num) < 1e-6""")
    assert fixed == s.outliers - s.outliers_left


def test_files_are_real_csv(full):
    store, _ = full
    files = store.query("SELECT content FROM submission_files")
    total_rows = 0
    for content in files["content"]:
        text = content.decode("utf-8")
        assert text.startswith(";".join(COLUMNS) + "\r\n")
        assert "\n" not in text.replace("\r\n", "")
        read = read_csv(content)
        assert not read.problems.errors
        assert read.separator == ";"
        assert [r.row for r in read.rows] == list(range(2, len(read.rows) + 2))
        total_rows += len(read.rows)
    assert total_rows == store.scalar("SELECT sum(row_count) FROM submissions")
    everything = b"".join(files["content"]).decode("utf-8")
    assert re.search(r";\d+,\d;", everything)  # decimal comma
    assert re.search(r";\d{2}-\d{2}-20\d\d;", everything)  # dd-mm-jjjj
    assert not re.search(r";20\d\d-\d\d-\d\d;", everything)
    assert ";ja;" in everything and ";nee;" in everything
    assert ";n.v.t.;" in everything
    assert ";oriënterend;" in everything  # choice text exactly as defined, UTF-8
    assert re.search(r";\d{1,3}\.\d{3};", everything)  # some write thousands separators


def test_values_respect_measures(full, world):
    store, _ = full
    defs = world[2]
    stats = store.query("""
        SELECT measure, min(num) AS lo, max(num) AS hi,
               bool_and(num = floor(num)) AS whole, count(*) FILTER (WHERE state = 'nvt') AS nvt
        FROM current_values GROUP BY measure""")
    assert set(stats["measure"]) == set(defs.measures)
    for row in stats.iter_rows(named=True):
        m = defs.measures[row["measure"]]
        if m.low is not None:
            assert row["lo"] >= m.low, m.id
        if m.high is not None:
            assert row["hi"] <= m.high, m.id
        if m.type == "integer":
            assert row["whole"], m.id
        if row["nvt"]:
            assert not m.required, m.id  # n.v.t. only for optional measures
    choices = store.query("SELECT DISTINCT measure, txt FROM current_values WHERE txt IS NOT NULL")
    for mid, txt in choices.iter_rows():
        m = defs.measures[mid]
        assert txt in (m.choices or []) or m.type == "date", (mid, txt)
    # numerators never exceed their denominators
    assert store.scalar("""
        SELECT count(*) FROM current_values a JOIN current_values b USING (organisation, period)
        WHERE a.measure = 'medewerkers_datageletterd' AND b.measure = 'medewerkers_totaal'
          AND a.num > b.num""") == 0


def test_statuses_vary_at_last_quarter(full, world):
    store, _ = full
    config, _, defs = world
    result = compute(store, defs, config, until=LAST)
    national = result.filter((pl.col("breakdown") == "national") & (pl.col("period") == str(LAST)))
    assert national.height == len(defs.indicators)
    statuses = dict(zip(national["indicator"], national["status"], strict=True))
    assert {"behaald", "op_koers", "risico", "achter"} <= set(statuses.values())
    assert len(set(statuses.values())) >= 3
    # milestones are all achieved by now, one of them a few quarters after the plan
    milestones = [i for i in defs.indicators.values() if i.compute.kind == "milestone"]
    assert milestones and all(statuses[i.id] == "behaald" for i in milestones)
    achieved = national.filter(pl.col("indicator").is_in([i.id for i in milestones]))
    delays = {
        iid: Quarter.containing(d) - Quarter.containing(defs.indicators[iid].compute.planned)
        for iid, d in achieved.select("indicator", "achieved_date").iter_rows()}
    late, *on_time = sorted(delays.values(), reverse=True)
    assert late >= 2
    assert all(d in (-1, 0) for d in on_time)
    # ministries and provinces are ahead of municipalities
    cdo = dict(result.filter(
        (pl.col("indicator") == "a03_cdo_aandeel") & (pl.col("breakdown") == "type")
        & (pl.col("period") == str(LAST))).select("group", "value").iter_rows())
    assert cdo["ministerie"] > cdo["gemeente"] and cdo["provincie"] > cdo["gemeente"]


def test_shipped_baselines_agree_with_the_demo_data(full, world):
    """Issue 15 item 7: every typed baseline lies within compute.baseline_tolerance of the value
    the monitor measures at its quarter; the measured ones all have a usable value there."""
    from monitor.definitions.baselines import check_against_data, measured_baselines

    store, _ = full
    config, _, defs = world
    result = compute(store, defs, config, until=LAST)
    problems = check_against_data(defs, result, config["compute.baseline_tolerance"])
    assert [str(p) for p in problems.items] == []
    measured = measured_baselines(defs, result)
    assert len(measured) == 11 and all(v is not None for v in measured.values())
    assert measured["a06_publicerende_organisaties"] == 107.0  # typed before: 130


def test_refuses_a_database_with_data_or_an_open_quarter(full, world, tmp_path):
    store, _ = full
    with pytest.raises(UsageError, match="already has submissions"):
        build_demo(store, _context(world))
    empty = open_store(tmp_path / "e.duckdb")
    with pytest.raises(UsageError, match="2026-Q4"):
        build_demo(empty, _context(world), until=Quarter.parse("2026-Q4"))
    assert empty.scalar("SELECT count(*) FROM submissions") == 0

