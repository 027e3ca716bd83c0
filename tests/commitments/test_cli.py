"""``monitor commitments import|list|link|unlink``: JSON output, clear errors, no tracebacks."""

import json

from monitor.cli import main
from tests.commitments.conftest import MOTIES, PM, TOEZEGGINGEN, as_bytes, sample


def run(capsys, db, *args: str) -> tuple[int, str, str]:
    code = main(["commitments", *args, "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_list_link_as_json(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("MONITOR_CONFIG", raising=False)
    db = tmp_path / "cli.duckdb"
    code, out, _ = run(capsys, db, "import", str(TOEZEGGINGEN), "--format", "json")
    assert code == 0 and json.loads(out)["new"][0] == "TZ202206-041"
    code, out, _ = run(capsys, db, "import", str(MOTIES), "--kind", "motie")
    assert code == 0 and out.startswith("moties.sample.json: 8 records: 8 new, 0 changed")
    code, out, _ = run(capsys, db, "import", str(MOTIES), "--format", "json")
    assert json.loads(out)["unchanged"] == 8
    code, out, _ = run(capsys, db, "link", "TZ202303-027", "a04", "--user", PM)
    assert code == 0 and out.strip() == "TZ202303-027 linked to a04"
    code, out, _ = run(capsys, db, "list", "--action", "a04", "--format", "json")
    rows = json.loads(out)
    assert [r["number"] for r in rows] == ["TZ202303-027"] and rows[0]["actions"] == "a04"
    code, out, _ = run(capsys, db, "list", "--overdue", "--format", "json")
    assert all(r["overdue"] for r in json.loads(out)) and json.loads(out)
    code, out, _ = run(capsys, db, "list", "--status", "completed", "--format", "csv")
    assert code == 0 and out.splitlines()[0].lstrip("\ufeff").startswith("number;status;overdue")
    code, out, _ = run(capsys, db, "unlink", "TZ202303-027", "a04", "--user", PM)
    assert code == 0 and "unlinked" in out


def test_errors_are_one_clear_line(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("MONITOR_CONFIG", raising=False)
    db = tmp_path / "cli.duckdb"
    doc = sample()
    doc["value"][0]["Status"] = "?"
    doc["value"][3].pop("Id")
    bad = tmp_path / "kapot.json"
    bad.write_bytes(as_bytes(doc))
    code, out, err = run(capsys, db, "import", str(bad), "--format", "json")
    assert code == 1 and "Traceback" not in err
    assert [(p["record"], p["field"]) for p in json.loads(out)["problems"]] == [(0, "Status"), (3, "Id")]
    assert err.strip().endswith("error: kapot.json has 2 problems; nothing was imported")
    code, out, err = run(capsys, db, "import", str(bad))
    assert "record 3, Id: is missing or empty" in err
    code, _, err = run(capsys, db, "import", str(tmp_path / "nowhere.json"))
    assert code == 2 and err.strip() == f"error: file not found: {tmp_path / 'nowhere.json'}"
    code, _, err = run(capsys, db, "link", "TZ000000-000", "a04", "--user", PM)
    assert code == 2 and "no commitment or motion" in err
    code, _, err = run(capsys, db, "list", "--status", "klaar")
    assert code == 2 and "unknown status 'klaar'" in err
    code, _, err = run(capsys, db, "link", "TZ000000-000", "a04", "--user", "demo-viewer")
    assert code == 1 and "Traceback" not in err
