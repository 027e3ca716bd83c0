"""One owner per table: every table of the schema has one module that writes it
(``monitor.store.TABLE_OWNERS``, shown in docs/development.md), and no other module of the package
writes it."""

import re
from pathlib import Path

import pytest

from monitor.store import MIGRATIONS, TABLE_OWNERS

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "development.md"
# SQL that changes a table's rows (an upsert's "DO UPDATE SET" is part of its INSERT), or its
# shape, as the package writes it: keywords in capitals
ROWS = r"INSERT\s+(?:OR\s+(?:REPLACE|IGNORE)\s+)?INTO|(?<!DO\s)UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?"
SHAPE = r"(?:CREATE|ALTER|DROP)\s+TABLE(?:\s+IF\s+(?:NOT\s+)?EXISTS)?"
WRITE = re.compile(rf'\b(?P<kind>{ROWS}|{SHAPE})\s+(?:main\.)?"?(?P<table>\w+)"?')


def package_files() -> list[Path]:
    """Every Python file of the product: the package, the pages and the dashboard."""
    return [*sorted((ROOT / "monitor").rglob("*.py")), *sorted((ROOT / "app_pages").rglob("*.py")),
            ROOT / "dashboard.py"]


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def writes(text: str) -> list[tuple[str, str]]:
    """(table, 'rows' or 'shape') for every write in ``text``."""
    return [(m["table"], "shape" if re.match(SHAPE, m["kind"]) else "rows") for m in WRITE.finditer(text)]


def schema_tables() -> set[str]:
    found = {"schema_version"}  # created by migrate() itself
    for _, sql in MIGRATIONS:
        found |= set(re.findall(r"CREATE TABLE (\w+)", sql))
    return found


def test_every_table_has_one_owner():
    assert set(TABLE_OWNERS) == schema_tables()


def test_the_owners_table_in_the_docs_is_the_declaration():
    block = DOC.read_text(encoding="utf-8").split("<!-- owners:start -->")[1].split("<!-- owners:end -->")[0]
    rows = re.findall(r"^\| `(\w+)` \| `([\w.]+)` \|", block, flags=re.MULTILINE)
    assert rows == list(TABLE_OWNERS.items())


def test_only_the_owner_writes_a_table():
    """Rows of a table are changed by its owner only; tables are created and altered by the
    migrations in monitor.store only."""
    strangers, written = [], set()
    for path in package_files():
        module = module_name(path)
        for table, kind in writes(path.read_text(encoding="utf-8")):
            allowed = "monitor.store" if kind == "shape" else TABLE_OWNERS.get(table)
            if module != allowed:
                strangers.append((module, kind, table))
            written.add((module, table))
    assert strangers == []
    # the check sees real writes: every owner writes its table
    assert {(owner, table) for table, owner in TABLE_OWNERS.items()} <= written


@pytest.mark.parametrize(("sql", "found"), [
    ("INSERT INTO period_locks VALUES (?)", [("period_locks", "rows")]),
    ("INSERT OR REPLACE INTO organisations SELECT * FROM x", [("organisations", "rows")]),
    ('UPDATE main."users" SET active = false', [("users", "rows")]),
    ("DELETE FROM audit_log WHERE id = 1", [("audit_log", "rows")]),
    ("ALTER TABLE snapshots ADD COLUMN x INTEGER", [("snapshots", "shape")]),
    ("CREATE TABLE IF NOT EXISTS schema_version (v INTEGER)", [("schema_version", "shape")]),
    ("INSERT INTO users (id) VALUES (?) ON CONFLICT (id) DO UPDATE SET id = excluded.id",
     [("users", "rows")]),
    ("SELECT * FROM submissions JOIN period_locks USING (period)", []),
    ("update the users table in a comment", []),
])
def test_the_check_finds_writes(sql, found):
    assert writes(sql) == found


def test_a_write_outside_the_owner_is_found(tmp_path, monkeypatch):
    """What the check reports for a page that reopens quarters itself."""
    page = tmp_path / "app_pages" / "sneaky.py"
    page.parent.mkdir()
    page.write_text('rt.store.query("UPDATE period_locks SET reopened_at = now()")\n', encoding="utf-8")
    monkeypatch.setattr("tests.test_ownership.ROOT", tmp_path)
    (tmp_path / "monitor").mkdir()
    (tmp_path / "dashboard.py").write_text("", encoding="utf-8")
    with pytest.raises(AssertionError, match=r"app_pages\.sneaky"):
        test_only_the_owner_writes_a_table()
