"""Definitions: the valid twin loads cleanly; the twin with problems names every mistake."""

from pathlib import Path

import pytest

from monitor.definitions import load_definitions, require_definitions
from monitor.errors import DefinitionError

FIXTURES = Path(__file__).parent / "fixtures"


def test_valid_twin_loads(config, codes):
    defs, problems = load_definitions(config, FIXTURES / "valid", codes)
    assert problems.items == []
    assert [a.id for a in defs.actions] == ["a01", "a02"]
    assert sorted(defs.indicators) == ["a01_cdo", "a01_medewerkers", "a02_live"]
    assert defs.covers(defs.indicators["a01_cdo"]) == ["gemeente", "provincie"]
    assert [m.id for m in defs.measures_for("ICTU", "uitvoeringsorganisatie")] == ["digilab_live"]
    assert defs.measures_for("KOOP", "uitvoeringsorganisatie") == []
    a01 = defs.actions[0].spec.milestones
    assert [(m.id, m.planned_date().isoformat(), m.indicator) for m in a01] == [
        ("cdo_netwerk", "2022-12-31", None), ("helft_cdo", "2024-12-31", "a01_cdo")]


def test_twin_with_problems_names_every_mistake_with_file_and_line(config, codes):
    _, problems = load_definitions(config, FIXTURES / "with_problems", codes)
    found = [(Path(p.file).name, p.line, p.path, p.code) for p in problems.items]
    assert found == [
        ("a01-cdo.yaml", 13, "measures[0].reporters[1]", "unknown-type"),
        ("a01-cdo.yaml", 26, "indicators[0].targets[0].period", "invalid"),
        ("a01-cdo.yaml", 31, "indicators[1].compute.denominator", "kind-type"),
        ("a01-cdo.yaml", 33, "indicators[1].targets[0].period", "outside-programme"),
        ("a02-digilab.yaml", 6, "action.owner", "unknown-organisation"),
        ("a02-digilab.yaml", 16, "measures[0].colour", "invalid"),
        ("a02-digilab.yaml", 21, "indicators[0].compute.measure", "unknown-measure"),
        ("a02-digilab.yaml", 28, "milestones[0].indicator", "unknown-indicator"),
        ("a02-digilab.yaml", 29, "milestones[1].id", "duplicate-id"),
        ("a02-digilab.yaml", 31, "milestones[1].planned", "outside-action"),
        ("a02-digilab.yaml", 34, "milestones[2].planned", "invalid"),
    ]
    assert "'2025-Q5' is not a quarter" in str(problems.items[1])
    assert str(problems.items[1]).endswith(
        "a01-cdo.yaml:26 indicators[0].targets[0].period: '2025-Q5' is not a quarter; "
        "write it as YYYY-Qn, e.g. 2025-Q3"
    )


def test_require_definitions_raises_with_all_problems(config, codes):
    with pytest.raises(DefinitionError) as info:
        require_definitions(config, FIXTURES / "with_problems", codes)
    assert len(info.value.problems) == 11


def write(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")


def test_broken_yaml_does_not_hide_other_files(tmp_path, config, codes):
    write(tmp_path, "a01.yaml", "action: [\n")
    valid = (FIXTURES / "valid" / "a02-digilab.yaml").read_text(encoding="utf-8")
    write(tmp_path, "a02.yaml", valid.replace("owner: ICTU", "owner: NOPE"))
    _, problems = load_definitions(config, tmp_path, codes)
    assert [(Path(p.file).name, p.code) for p in problems.items] == [
        ("a01.yaml", "yaml-syntax"),
        ("a02.yaml", "unknown-organisation"),
    ]


def test_cross_file_checks(tmp_path, config, codes):
    base = (FIXTURES / "valid" / "a01-cdo.yaml").read_text(encoding="utf-8")
    write(tmp_path, "a01.yaml", base)
    dup = base.replace("id: a01\n", "id: a09\n").replace("id: medewerkers", "id: medewerkers2")
    write(tmp_path, "a09.yaml", dup.replace("measure: medewerkers}", "measure: medewerkers}"))
    _, problems = load_definitions(config, tmp_path, codes)
    found = {(Path(p.file).name, p.path, p.code, p.level) for p in problems.items}
    assert ("a09.yaml", "measures[0].id", "duplicate-id", "error") in found
    assert ("a09.yaml", "indicators[0].id", "duplicate-id", "error") in found
    assert ("a09.yaml", "measures[1].id", "unused-measure", "warning") in found


@pytest.mark.parametrize(
    ("snippet", "replacement", "code", "path"),
    [
        (
            "compute: {kind: sum, measure: medewerkers}",
            "compute: {kind: cumulative, measure: medewerkers}",
            "kind-type",
            "indicators[1].compute.measure",
        ),
        (
            "compute: {kind: share, measure: cdo_aangesteld}",
            "compute: {kind: share, measure: medewerkers}",
            "kind-type",
            "indicators[0].compute.measure",
        ),
        (
            "targets: [{period: 2027-Q4, value: 1200}]",
            "targets: [{period: 2028-Q1, value: 1200}]",
            "outside-programme",
            "indicators[1].targets[0].period",
        ),
        ("    type: boolean\n", "    type: boolean\n    min: 0\n", "invalid", "measures[0]"),
        # a singular unit (issue 17): not for a percentage, never blank
        ('unit: "%"', 'unit: "%"\n    unit_singular: procent', "unit-singular",
         "indicators[0].unit_singular"),
        ("unit: personen", "unit: personen\n    unit_singular: ' '", "unit-singular",
         "indicators[1].unit_singular"),
        ("unit: personen", "unit: personen\n    unit_singular: ''", "unit-singular",
         "indicators[1].unit_singular"),
        (
            "title: {nl: Medewerkers, en: Staff}\n    type",
            "title: {nl: Medewerkers}\n    type",
            "invalid",
            "measures[1].title.en",
        ),
    ],
)
def test_single_mistakes(tmp_path, config, codes, snippet, replacement, code, path):
    base = (FIXTURES / "valid" / "a01-cdo.yaml").read_text(encoding="utf-8")
    assert snippet in base
    write(tmp_path, "a01.yaml", base.replace(snippet, replacement, 1))
    _, problems = load_definitions(config, tmp_path, codes)
    assert [(p.code, p.path) for p in problems.errors] == [(code, path)]


def test_yaml_tags_are_refused(tmp_path, config, codes):
    write(tmp_path, "a01.yaml", "action: !!python/object:os.system {}\n")
    _, problems = load_definitions(config, tmp_path, codes)
    assert [p.code for p in problems.errors] == ["yaml-syntax"]


def test_project_definitions_are_valid(config, codes):
    defs, problems = load_definitions(config, None, codes)
    assert problems.items == []
    assert 10 <= len(defs.actions) <= 14
    kinds = {i.compute.kind for i in defs.indicators.values()}
    assert kinds == {"sum", "mean", "median", "share", "ratio", "count", "cumulative", "latest", "milestone"}


def test_a_declared_singular_unit_is_shown_for_one(tmp_path, config, codes):
    from monitor.text import value_text

    base = (FIXTURES / "valid" / "a01-cdo.yaml").read_text(encoding="utf-8")
    write(tmp_path, "a01.yaml", base.replace("unit: personen", "unit: personen\n    unit_singular: persoon"))
    defs, problems = load_definitions(config, tmp_path, codes)
    assert not problems.errors
    ind = next(i for i in defs.indicators.values() if i.unit == "personen")
    assert ind.unit_singular == "persoon"
    shown = [value_text(v, ind.precision, ind.unit, lang, singular=ind.unit_singular)
             for v, lang in ((1, "nl"), (-1, "en"), (2, "nl"))]
    assert shown == ["1 persoon", "-1 persoon", "2 personen"]
