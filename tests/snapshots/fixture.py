"""A hand-made revision history on top of the engine world, for diff and lineage tests.

Snapshot 1 ('Voortgangsbrief 2024', up to 2024-Q2) freezes the engine world's DATA. Then both
quarters are reopened and REVISIONS arrives; the indicator file gets a new description and a
second file is added; snapshot 2 ('Voortgangsbrief 2025', up to 2024-Q2) freezes that.
"""

import gzip
import shutil
from datetime import datetime
from pathlib import Path

from helpers import TODAY, submit_csv

from monitor.runtime import Runtime, open_runtime
from monitor.snapshots import create_snapshot, reopen_quarter

REVISIONS = """
organisatie;periode;maatstaf;waarde;toelichting
G1;2024-Q1;fte;2;herrekend
G2;2024-Q1;cdo;ja;CDO per 1-3 benoemd
G3;2024-Q1;stage;n.v.t.;
G4;2024-Q1;cdo;ja;
G4;2024-Q1;fte;2;
G1;2024-Q2;wait;6;zelfde waarde, nieuwe toelichting
G1;2024-Q2;num;2;
G2;2024-Q2;fte;3;
P1;2024-Q3;fte;5;
"""

EXTRA = """
action:
  id: a02
  line: "7.2"
  title: {nl: Extra, en: Extra}
  description: {nl: Extra., en: Extra.}
  owner: P1
  start: 2024-Q1
  end: 2025-Q4
measures:
  - {id: extra, title: {nl: E, en: E}, type: integer, reporters: [gemeente], required: false}
indicators:
  - {id: i_extra, title: {nl: e, en: e}, unit: n, compute: {kind: sum, measure: extra},
     baseline: {period: 2024-Q1, value: 0}, targets: [{period: 2025-Q4, value: 10}]}
"""


def clone(template: Path, root: Path) -> Runtime:
    """A runtime over a copy of the world in ``template`` (config paths pointed at the copy)."""
    shutil.copytree(template, root)
    config = root / "config.yaml"
    text = config.read_text(encoding="utf-8").replace(str(template), str(root))
    assert str(template) not in text
    config.write_text(text, encoding="utf-8")
    return open_runtime(config_path=config, indicators=root / "indicators")


V1 = Path(__file__).parent / "fixtures" / "v1"  # a version-1 snapshot (test_rules_v1.py)


def open_v1(root: Path) -> Runtime:
    """A runtime over a copy, in ``root``, of the version-1 fixture (``fixtures/v1``, written by
    the code of commit 2188e91); migrations run on open."""
    shutil.copytree(V1, root, ignore=shutil.ignore_patterns("*.gz", "expected.json"))
    with gzip.open(V1 / "m.duckdb.gz", "rb") as src, (root / "m.duckdb").open("wb") as dst:
        shutil.copyfileobj(src, dst)
    config = root / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("FIXTURE", str(root)), encoding="utf-8")
    return open_runtime(config_path=config, indicators=root / "indicators")


def reload(rt: Runtime) -> Runtime:
    """A new runtime over the same files (after a definition or register change)."""
    root = Path(rt.store.path).parent
    return open_runtime(config_path=root / "config.yaml", indicators=root / "indicators")


def revise(rt: Runtime) -> tuple[Runtime, int, int]:
    """Snapshot 1, the revisions and definition changes, snapshot 2; returns the new runtime and
    both snapshot ids."""
    first = create_snapshot(rt, "Voortgangsbrief 2024", "pm", until="2024-Q2", today=TODAY)
    for q in ("2024-Q1", "2024-Q2"):
        reopen_quarter(rt, q, "pm", "correcties na de brief")
    result = submit_csv(rt, REVISIONS, received_at=datetime(2026, 1, 10, 9, 30))
    assert result.status == "accepted", [str(p) for p in result.problems]
    folder = Path(rt.store.path).parent / "indicators"
    path = folder / "a01-test.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "description: {nl: Test., en: Test.}", "description: {nl: Test herzien., en: Test revised.}",
        1), encoding="utf-8")
    (folder / "a02-extra.yaml").write_text(EXTRA, encoding="utf-8")
    rt = reload(rt)
    second = create_snapshot(rt, "Voortgangsbrief 2025", "pm", until="2024-Q2", today=TODAY)
    return rt, first, second
