"""Builders for tests: a small world (config, register, definitions, database) in tmp_path."""

from __future__ import annotations

import textwrap
from datetime import date, datetime
from pathlib import Path

import yaml

from monitor.config import DEFAULT_CONFIG
from monitor.intake.core import Upload
from monitor.intake.ingest import ingest
from monitor.intake.reader import read_csv
from monitor.runtime import Runtime, open_runtime

TODAY = date(2026, 1, 15)


def make_world(
    tmp_path: Path,
    indicators_yaml: str,
    orgs: list[tuple[str, str]],
    start: str = "2024-Q1",
    end: str = "2025-Q4",
) -> Runtime:
    """A runtime with its own config, register, one indicator file and database."""
    cfg = yaml.safe_load(DEFAULT_CONFIG.read_text(encoding="utf-8"))
    cfg["programme"]["start"], cfg["programme"]["end"] = start, end
    cfg["register"]["file"] = str(tmp_path / "orgs.csv")
    cfg["database"]["path"] = str(tmp_path / "m.duckdb")
    cfg["indicators"]["folder"] = str(tmp_path / "indicators")
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(cfg), encoding="utf-8")
    (tmp_path / "orgs.csv").write_text(
        "code,naam,type,provincie,tooi\n" + "".join(f"{c},{c} naam,{t},,\n" for c, t in orgs),
        encoding="utf-8",
    )
    ind_dir = tmp_path / "indicators"
    ind_dir.mkdir(exist_ok=True)
    (ind_dir / "a01-test.yaml").write_text(textwrap.dedent(indicators_yaml), encoding="utf-8")
    return open_runtime(config_path=tmp_path / "config.yaml", indicators=ind_dir)


def submit_csv(
    rt: Runtime,
    text: str,
    *,
    org: str | None = None,
    period: str | None = None,
    received_at: datetime | None = None,
    today: date = TODAY,
    dry_run: bool = False,
):
    """Ingest CSV text (``;`` separated, header first) as a bulk file or one submission."""
    content = textwrap.dedent(text).strip().encode("utf-8")
    read = read_csv(content)
    assert not read.problems.errors, [str(p) for p in read.problems.items]
    return ingest(
        rt.store,
        rt.context(today),
        Upload(read.rows, content, "test.csv"),
        organisation=org,
        period=period,
        bulk=org is None,
        user="test",
        received_at=received_at or datetime(2025, 12, 1),
        dry_run=dry_run,
    )
