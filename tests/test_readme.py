"""The README stays true: generated parts match the code, documented commands exist."""

import re
from pathlib import Path

from monitor.cli import build_parser
from monitor.config import settings_markdown
from monitor.definitions.model import Action, Indicator, Measure

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_two_start_commands():
    assert "uv run streamlit run dashboard.py" in README
    assert "uv run pytest" in README


def test_settings_table_is_generated_from_the_code():
    block = README.split("<!-- settings:start -->")[1].split("<!-- settings:end -->")[0]
    assert block.strip() == settings_markdown()


def test_every_definition_field_is_documented():
    for model in (Action, Measure, Indicator):
        for name in model.model_fields:
            assert f"| `{name}`" in README or f"`{name}`" in README, (model.__name__, name)


def test_every_cli_command_is_documented():
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    for name in sub.choices:
        assert re.search(rf"`monitor {name}\b", README), name


def test_problem_codes_table_is_generated_from_the_code():
    from monitor.intake.messages import codes_markdown

    block = README.split("<!-- codes:start -->")[1].split("<!-- codes:end -->")[0]
    assert block.strip() == codes_markdown()


def test_permission_table_is_generated_from_the_code():
    from monitor.access.roles import permissions_markdown

    block = README.split("<!-- permissions:start -->")[1].split("<!-- permissions:end -->")[0]
    assert block.strip() == permissions_markdown("en")
