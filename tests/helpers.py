"""Builders for tests: a small world (config, register, definitions, database) in tmp_path."""

from __future__ import annotations

import re
import textwrap
from datetime import date, datetime
from pathlib import Path

import yaml

from monitor.config import DEFAULT_CONFIG
from monitor.intake.core import Upload
from monitor.intake.ingest import ingest
from monitor.intake.reader import read_csv
from monitor.runtime import Runtime, open_runtime
from monitor.store import Store

TODAY = date(2026, 1, 15)
# users of a test world: the names tests and pages act as, plus one of every role
USERS = """users:
""" + "".join(f"  - {{id: {u}, name: {u}, role: programmamanager}}\n"
              for u in ("test", "pm", "cli", "dashboard", "tester", "demo", "jan", "bzk")) + """\
  - {id: g1, name: Indiener G1, role: indiener, organisations: [G1]}
  - {id: kijker, name: Kijker, role: viewer}
  - {id: admin, name: Beheerder, role: beheerder}
"""


def make_world(
    tmp_path: Path,
    indicators_yaml: str,
    orgs: list[tuple[str, str]],
    start: str = "2024-Q1",
    end: str = "2025-Q4",
    users: bool = True,
) -> Runtime:
    """A runtime with its own config, register, one indicator file, users and database."""
    cfg = yaml.safe_load(DEFAULT_CONFIG.read_text(encoding="utf-8"))
    cfg["programme"]["start"], cfg["programme"]["end"] = start, end
    cfg["register"]["file"] = str(tmp_path / "orgs.csv")
    cfg["database"]["path"] = str(tmp_path / "m.duckdb")
    cfg["indicators"]["folder"] = str(tmp_path / "indicators")
    cfg["access"] = {"environment": "demo", "users_file": str(tmp_path / "users.yaml")}
    if users:
        codes = {code for code, _ in orgs}
        text = "".join(line for line in USERS.splitlines(keepends=True)
                       if "[G1]" not in line or "G1" in codes)  # the G1 submitter needs G1
        (tmp_path / "users.yaml").write_text(text, encoding="utf-8")
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


def acting_programme_manager() -> str:
    """A programme manager's user id in the database the app under test opens (MONITOR_DB /
    MONITOR_CONFIG), to choose as demo user in AppTest."""
    import os

    from monitor.access.users import load_users
    from monitor.runtime import open_runtime

    rt = open_runtime(os.environ.get("MONITOR_DB"), os.environ.get("MONITOR_CONFIG"))
    return next(u.id for u in load_users(rt.store, active_only=True)
                if u.role.value == "programmamanager")


class CountingStore(Store):
    """A real store on the same file that counts how often it opens the file (DuckDB starts the
    database then: the expensive part of a connection)."""

    opens = 0

    def _connect(self):
        self.opens += 1
        return super()._connect()


def unescaped(markdown: str) -> str:
    """What CommonMark shows for text in which every ASCII punctuation character is escaped; fails
    when one is not (then it could be formatting, a link or HTML)."""
    out, i = [], 0
    while i < len(markdown):
        ch = markdown[i]
        if ch == "\\" and i + 1 < len(markdown) and re.match(r"[!-/:-@\[-`{-~]", markdown[i + 1]):
            out.append(markdown[i + 1])
            i += 2
            continue
        assert not re.match(r"[!-/:-@\[-`{-~]", ch), f"unescaped {ch!r} at {i} in {markdown!r}"
        out.append(ch)
        i += 1
    return "".join(out)


def shown(markdown: str) -> str:
    """What a reader sees of Markdown text whose only formatting is backslash escapes (the
    escapes removed); check separately that untrusted parts are escaped (``literal(x) in ...``)."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown)
