"""Write the generated parts of the docs from the code.

- docs/definition-format.md: the field tables, from the pydantic models (monitor/definitions/model.py)
- docs/indicator-definition.schema.json: the JSON Schema of an indicator file (ActionFile)
- docs/cli.md: every command and subcommand, from the argparse parser (monitor.cli.build_parser)
- docs/operator-guide.md: the settings table (monitor.config.SETTINGS) and the permission table
- docs/submission-format.md: the problem codes (monitor.intake.messages)

A generated block sits between ``<!-- NAME:start -->`` and ``<!-- NAME:end -->``; the text around it
is written by hand. Run: uv run python scripts/gen_docs.py   (tests/test_docs.py checks it is current)
"""

from __future__ import annotations

import argparse
import json
import sys
import types
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Literal, Union, get_args, get_origin

from pydantic import BaseModel, BeforeValidator

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from monitor.definitions import model as m  # noqa: E402
from monitor.periods import Quarter  # noqa: E402

SCHEMA = "docs/indicator-definition.schema.json"
COMPUTE_KINDS = (m.Aggregate, m.Share, m.Ratio, m.Count, m.Cumulative, m.Latest, m.MilestoneKind)
MODELS = (m.ActionFile, m.Action, m.Measure, m.Indicator, m.Baseline, m.Point, m.ForecastSpec,
          *COMPUTE_KINDS, m.Condition, m.Relation, m.Milestone, m.Text)


# --- definition format ------------------------------------------------------------------------

def _anchor(model: type[BaseModel]) -> str:
    return f"[`{model.__name__}`](#{model.__name__.lower()})"


def _type(annotation: object, metadata: list[object] = ()) -> str:  # type: ignore[assignment]
    if any(isinstance(x, BeforeValidator) and x.func is m._check_id for x in metadata):
        return "id"
    origin = get_origin(annotation)
    if origin is Annotated:
        inner, *extra = get_args(annotation)
        if any(isinstance(x, BeforeValidator) and x.func is m._check_id for x in extra):
            return "id"
        return _type(inner)
    if origin is Literal:
        return " \\| ".join(f"`{a}`" for a in get_args(annotation))
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if all(isinstance(a, type) and a in COMPUTE_KINDS for a in args):
            return "one of the [compute kinds](#compute-kinds), chosen by `kind`"
        return " or ".join(_type(a) for a in args)
    if origin is list:
        return f"list of {_type(get_args(annotation)[0])}"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _anchor(annotation)
    names = {Quarter: "quarter (`YYYY-Qn`)", str: "text", float: "number", int: "whole number",
             bool: "boolean", date: "date (`YYYY-MM-DD`)"}
    return names.get(annotation, str(annotation))  # type: ignore[call-overload]


def _default(field) -> str:
    if field.is_required():
        return "**required**"
    value = field.default
    if value is None:
        return "optional"
    if isinstance(value, BaseModel):
        value = value.model_dump(exclude_none=True)
    if isinstance(value, list):
        return f"`[{', '.join(map(str, value))}]`"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    return f"`{value}`"


def _limits(field) -> str:
    words = {"ge": "≥", "gt": ">", "le": "≤", "lt": "<"}
    out = []
    for x in field.metadata:
        for attr, sign in words.items():
            if getattr(x, attr, None) is not None:
                out.append(f"{sign} {getattr(x, attr)}")
        if getattr(x, "min_length", None):
            out.append(f"at least {x.min_length} item" + ("s" if x.min_length > 1 else ""))
    return f" ({', '.join(out)})" if out else ""


def _doc(model: type[BaseModel]) -> str:
    return " ".join((model.__doc__ or "").split()).replace("``", "`")


def definition_tables() -> str:
    parts = []
    for model in MODELS:
        if model is COMPUTE_KINDS[0]:
            parts.append("### Compute kinds\n\n`compute:` of an indicator is one of these, chosen "
                         "by its `kind`.")
        level = "####" if model in COMPUTE_KINDS else "###"
        rows = ["| key | type | required / default | meaning |", "| --- | --- | --- | --- |"]
        for name, field in model.model_fields.items():
            meaning = _cell(field.description or "") + _limits(field)
            rows.append(f"| `{name}` | {_type(field.annotation, field.metadata)} | {_default(field)} "
                        f"| {meaning} |")
        parts.append(f"{level} {model.__name__}\n\n{_doc(model)}\n\n" + "\n".join(rows))
    return "\n\n".join(parts)


def schema_json() -> str:
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
              "title": "Voortgangsmonitor IBDS indicator definition (indicators/*.yaml)",
              **{k: v for k, v in m.ActionFile.model_json_schema().items() if k != "title"}}
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


# --- CLI reference ----------------------------------------------------------------------------

COMMON = ("db", "config", "indicators")

def _subcommands(parser: argparse.ArgumentParser):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                yield name, helps.get(name), sub


def _cell(text: object) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _command(path: str, help_: str | None, parser: argparse.ArgumentParser) -> list[str]:
    subs = list(_subcommands(parser))
    parser.formatter_class = lambda prog: argparse.HelpFormatter(prog, width=100)
    out = [f"### `{path}`", ""]
    if help_:
        out += [_cell(help_), ""]
    if parser.description and parser.description != help_:
        out += [_cell(parser.description), ""]
    out += ["```text", parser.format_usage().strip(), "```", ""]
    rows = []
    formatter = parser._get_formatter()
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction | argparse._SubParsersAction):
            continue
        if action.dest in COMMON:  # --db, --config, --indicators: described once, above
            continue
        name = ", ".join(action.option_strings) or action.metavar or action.dest
        text = formatter._expand_help(action) if action.help else ""
        extra = []
        if action.choices:
            extra.append("one of " + ", ".join(f"`{c}`" for c in action.choices))
        if action.option_strings and action.default not in (None, False, argparse.SUPPRESS):
            extra.append(f"default `{action.default}`")
        if action.required and action.option_strings:
            extra.append("required")
        rows.append(f"| `{name}` | {_cell('; '.join(x for x in [text, *extra] if x))} |")
    if rows:
        out += ["| argument | meaning |", "| --- | --- |", *rows, ""]
    for name, sub_help, sub in subs:
        out += _command(f"{path} {name}", sub_help, sub)
    return out


def cli_reference() -> str:
    from monitor.cli import build_parser

    lines: list[str] = []
    for name, help_, sub in _subcommands(build_parser()):
        lines += _command(f"monitor {name}", help_, sub)
    return "\n".join(lines).strip()


# --- the other generated tables ---------------------------------------------------------------

def _settings() -> str:
    from monitor.config import settings_markdown

    return settings_markdown()


def _permissions() -> str:
    from monitor.access.roles import permissions_markdown

    return permissions_markdown("en")


def _codes() -> str:
    from monitor.intake.messages import codes_markdown

    return codes_markdown()


BLOCKS: dict[str, dict[str, Callable[[], str]]] = {
    "docs/definition-format.md": {"models": definition_tables},
    "docs/cli.md": {"commands": cli_reference},
    "docs/operator-guide.md": {"settings": _settings, "permissions": _permissions},
    "docs/submission-format.md": {"codes": _codes},
}
WHOLE: dict[str, Callable[[], str]] = {SCHEMA: schema_json}


def fill(text: str, blocks: dict[str, Callable[[], str]]) -> str:
    """``text`` with every generated block replaced by what the code says now."""
    for name, make in blocks.items():
        start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
        head, rest = text.split(start)
        _, tail = rest.split(end)
        text = f"{head}{start}\n{make()}\n{end}{tail}"
    return text


def generated(root: Path = ROOT) -> dict[Path, str]:
    """Every generated file as it should be: path -> content."""
    out = {root / path: fill((root / path).read_text(encoding="utf-8"), blocks)
           for path, blocks in BLOCKS.items()}
    out.update({root / path: make() for path, make in WHOLE.items()})
    return out


def main() -> None:
    for path, text in generated().items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
