"""The docs stay true: generated parts match the code, documented names exist, links resolve.

Regenerate with: uv run python scripts/gen_docs.py
"""

import importlib.util
import json
import re
from pathlib import Path

import pytest

from monitor.cli import build_parser
from monitor.config import settings_markdown
from monitor.definitions.model import Action, ActionFile, Indicator, Measure, Relation

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _gen_docs():
    spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "scripts" / "gen_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _read(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def _block(text: str, name: str) -> str:
    return text.split(f"<!-- {name}:start -->")[1].split(f"<!-- {name}:end -->")[0].strip()


@pytest.mark.parametrize("path", sorted(_gen_docs().generated()), ids=lambda p: p.name)
def test_generated_doc_is_current(path):
    expected = _gen_docs().generated()[path]
    assert path.read_text(encoding="utf-8") == expected, (
        f"{path.relative_to(ROOT)} is not current: run uv run python scripts/gen_docs.py")


def test_settings_table_is_generated_from_the_code():
    assert _block(_read("operator-guide.md"), "settings") == settings_markdown()


def test_permission_table_is_generated_from_the_code():
    from monitor.access.roles import permissions_markdown

    assert _block(_read("operator-guide.md"), "permissions") == permissions_markdown("en")


def test_problem_codes_table_is_generated_from_the_code():
    from monitor.intake.messages import codes_markdown

    assert _block(_read("submission-format.md"), "codes") == codes_markdown()


def test_every_definition_field_is_documented():
    text = _read("definition-format.md")
    for model in (ActionFile, Action, Measure, Indicator, Relation):
        assert f"### {model.__name__}\n" in text, model.__name__
        for name in model.model_fields:
            assert f"| `{name}`" in text, (model.__name__, name)


def test_json_schema_is_the_models():
    schema = json.loads(_read("indicator-definition.schema.json"))
    assert schema["properties"].keys() == ActionFile.model_json_schema()["properties"].keys()
    assert set(schema["$defs"]["Indicator"]["properties"]) == set(Indicator.model_fields)


def _commands(parser, path="monitor"):
    for action in parser._actions:
        if action.dest == "command" or action.__class__.__name__ == "_SubParsersAction":
            for name, sub in action.choices.items():
                yield f"{path} {name}"
                yield from _commands(sub, f"{path} {name}")


def test_every_cli_command_is_documented():
    text = _read("cli.md")
    commands = list(_commands(build_parser()))
    assert "monitor snapshot verify" in commands
    for command in commands:
        assert re.search(rf"^### `{re.escape(command)}`$", text, re.M), command


LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
CODE = re.compile(r"```.*?```|`[^`\n]*`", re.S)  # links inside code are examples, not links


@pytest.mark.parametrize("doc", [ROOT / "README.md", *sorted(DOCS.glob("*.md"))],
                         ids=lambda p: p.name)
def test_relative_links_point_to_existing_files(doc):
    missing = []
    for target in LINK.findall(CODE.sub("", doc.read_text(encoding="utf-8"))):
        if re.match(r"^[a-z]+:", target) or target.startswith("#"):
            continue  # web addresses, mailto, anchors in the same file
        path = (doc.parent / target.split("#")[0]).resolve()
        if not path.exists():
            missing.append(target)
    assert not missing, f"{doc.name}: links to missing files {missing}"
