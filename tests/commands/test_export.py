"""``monitor export`` through ``monitor.cli.main``: a real export of a snapshot into tmp_path, with
the one-line chart messages of ``--message CHART=TEXT``, and one ``error:`` line (exit code 2,
nothing written) for a message that cannot be used."""

import json
from datetime import date

import pytest
from helpers import make_world, submit_csv

from monitor.exports.browser import DEFAULT_BROWSER
from monitor.snapshots import create_snapshot
from tests.compute.test_engine import DATA, DEFS, ORGS


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("export_cli")
    rt = make_world(root, DEFS, ORGS)
    submit_csv(rt, DATA)
    create_snapshot(rt, "Voortgangsbrief 2025", "pm", today=date(2026, 1, 15))
    return ["--config", str(root / "config.yaml"), "--indicators", str(root / "indicators"),
            "--user", "pm", "--snapshot", "1"]


def test_messages_go_under_their_charts_and_into_the_manifest(world, run, tmp_path):
    if not DEFAULT_BROWSER.exists():
        pytest.skip(f"chart images need Chromium at {DEFAULT_BROWSER}")
    code, out, _ = run("export", *world, "--out", str(tmp_path), "--formats", "svg",
                       "--message", "i_share=Meer organisaties doen mee",
                       "--message", "status-per-actie=  Alles   op koers ")
    assert code == 0, out
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["messages"] == {"a01-i_share": "Meer organisaties doen mee",
                                    "status-per-actie": "Alles op koers"}
    charts = tmp_path / "grafieken"
    assert "Meer organisaties doen mee" in (charts / "a01-i_share.svg").read_text("utf-8")
    assert "Alles op koers" in (charts / "status-per-actie.svg").read_text("utf-8")
    assert not any("Meer organisaties" in p.read_text("utf-8") for p in charts.glob("*.svg")
                   if p.stem != "a01-i_share")


@pytest.mark.parametrize(("message", "said"), [
    ("Meer organisaties doen mee", "say which chart the message is for: --message CHART=TEXT"),
    ("a99=Meer", "there is no chart 'a99' in this export; choose from a01-i_share, a01-i_share_zero, "),
    ("a01=Meer", "'a01' has more than one chart; choose from a01-i_share, a01-i_share_zero, "),
    ("i_share=" + "lang " * 20, "the message for a01-i_share is 99 characters long; one line holds 90"),
    ("i_share=  ", "the message for a01-i_share is empty"),
])
def test_a_message_that_cannot_be_used_is_one_error_line(world, run, tmp_path, message, said):
    out = tmp_path / "pack"
    code, stdout, err = run("export", *world, "--out", str(out), "--formats", "csv",
                            "--lang", "en", "--message", message)
    assert code == 2 and stdout == ""
    [line] = err.strip().splitlines()
    assert line.startswith(f"error: {said}")
    assert not out.exists()  # checked before anything is made


def test_two_messages_for_one_chart_said_in_dutch(world, run, tmp_path):
    code, _, err = run("--lang", "nl", "export", *world, "--out", str(tmp_path / "p"),
                       "--formats", "csv", "--message", "i_share=Een", "--message", "a01-i_share=Twee")
    assert code == 2
    assert err.strip().splitlines()[-1] == (
        "fout: er zijn twee boodschappen voor a01-i_share; geef er één")


def test_check_dcat_says_the_open_data_metadata_conforms(world, run, tmp_path):
    code, out, _ = run("export", *world, "--out", str(tmp_path), "--formats", "opendata", "--check-dcat")
    assert code == 0, out
    assert [line.split(": ", 1)[1] for line in out.splitlines() if "DCAT-AP" in line] == [
        "voldoet aan DCAT-AP 3.0.0 (0 overtredingen)"] * 2  # JSON-LD and Turtle


def test_check_dcat_lists_the_violations_and_fails(world, run, tmp_path, capsys):
    from monitor.commands.export import _check_dcat

    run("export", *world, "--out", str(tmp_path), "--formats", "opendata")
    [path] = (tmp_path / "open-data").glob("*.metadata.ttl")
    path.write_text(path.read_text(encoding="utf-8").replace("dcat:accessURL", "dcat:landingPage"),
                    encoding="utf-8")  # a broken twin: no distribution has an access URL any more
    capsys.readouterr()
    assert _check_dcat([path], "en") == 1
    head, *lines = capsys.readouterr().out.splitlines()
    assert head.endswith(".metadata.ttl: 2 violations of DCAT-AP 3.0.0")
    assert len(lines) == 2 and all("dcat#accessURL" in line for line in lines)
