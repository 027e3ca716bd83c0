"""``monitor publish`` (``monitor.commands.publish``): its mistakes and refusals, each one line.
(The site it writes is the one the other tests of this package read, made by the same function.)"""

from __future__ import annotations

from monitor.cli import main


def test_without_snapshot_or_folder_it_says_what_is_missing(capsys):
    assert main(["publish", "--out", "x"]) == 2
    assert "--snapshot and --out" in capsys.readouterr().err


def test_a_viewer_may_not_publish(built, tmp_path, capsys):
    db = str(built.rt.store.path)
    code = main(["publish", "--db", db, "--snapshot", str(built.snapshot_id), "--out",
                 str(tmp_path / "site"), "--user", "demo-viewer"])
    assert code == 1
    assert "error:" in capsys.readouterr().err
    assert not (tmp_path / "site").exists()


def test_a_folder_in_use_is_refused_before_anything_is_written(built, tmp_path, capsys):
    (tmp_path / "old.html").write_text("old")
    code = main(["publish", "--db", str(built.rt.store.path), "--snapshot", str(built.snapshot_id),
                 "--out", str(tmp_path), "--user", "demo-programmamanager"])
    assert code == 2
    assert "not empty" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["old.html"]
