"""Checks between measures of an action (``checks:`` in an action file): parsed with file, line
and key path like every other key."""

from __future__ import annotations

from pathlib import Path

from monitor.definitions import load_definitions

BASE = (Path(__file__).parent / "fixtures" / "valid" / "a01-cdo.yaml").read_text(encoding="utf-8")


def load(tmp_path, config, codes, checks: str):
    text = BASE.replace("\nindicators:\n", "\nchecks:\n" + checks + "indicators:\n", 1)
    assert "checks:" in text
    (tmp_path / "a01.yaml").write_text(text, encoding="utf-8")
    defs, problems = load_definitions(config, tmp_path, codes)
    line = text.splitlines().index("checks:") + 1
    return defs, [(p.line - line, p.path, p.code, p.level) for p in problems.items], problems


def test_a_check_between_two_measures_loads(tmp_path, config, codes):
    defs, found, _ = load(tmp_path, config, codes, "  - {measure: medewerkers, at_least: medewerkers}\n"
                                                   "  - {measure: medewerkers, equal: medewerkers,"
                                                   " level: warning}\n")
    assert [(f[1], f[2]) for f in found] == [("checks[0].at_least", "invalid"),
                                             ("checks[1].equal", "invalid")]
    assert [(r.op, r.level) for r in defs.relations] == [("at_least", "error"), ("equal", "warning")]


def test_unknown_measures_wrong_types_and_keys_are_located(tmp_path, config, codes):
    _, found, problems = load(tmp_path, config, codes,
                              "  - {measure: medewerkers, at_most: nergens}\n"
                              "  - {measure: cdo_aangesteld, at_most: medewerkers}\n"
                              "  - {measure: medewerkers, at_most: medewerkers, at_least: x}\n"
                              "  - {measure: medewerkers, below: cdo_aangesteld}\n"
                              "  - {measure: medewerkers, at_most: medewerkers, level: fatal}\n")
    assert [f[:3] for f in found if f[3] == "error"] == [
        (1, "checks[0].at_most", "unknown-measure"),
        (2, "checks[1].measure", "kind-type"),
        (3, "checks[2]", "invalid"),
        (4, "checks[3].below", "invalid"),
        (5, "checks[4].level", "invalid"),
    ]
    assert all(p.file.endswith("a01.yaml") for p in problems.items)


def test_the_project_definitions_declare_parts_and_wholes(config):
    defs, problems = load_definitions(config)
    assert not problems.errors
    assert sorted((r.measure, r.op, r.other) for r in defs.relations) == [
        ("dataprojecten_met_afweging", "at_most", "dataprojecten_nieuw"),
        ("datasets_metadata_onvolledig", "at_most", "datasets_gepubliceerd"),
        ("medewerkers_datageletterd", "at_most", "medewerkers_totaal"),
    ]
