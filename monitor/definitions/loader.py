"""Load every indicator file, collecting all problems; one broken file never hides the others."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from monitor.config import PROJECT_ROOT, Config
from monitor.definitions.model import (
    COMPUTE_KINDS,
    Action,
    ActionFile,
    Indicator,
    Measure,
    Milestone,
    Relation,
)
from monitor.errors import DefinitionError
from monitor.problems import Problem, ProblemList
from monitor.yamlsource import YamlDoc, YamlSyntaxError, join_path, load

DEFAULT_DIR = PROJECT_ROOT / "indicators"


@dataclass(frozen=True)
class ActionDef:
    """One file: the action with its measures and indicators, and where it came from."""

    spec: ActionFile
    file: str
    text: str
    doc: YamlDoc = field(repr=False, compare=False)
    # position of each valid measure / indicator in the file (invalid items are left out)
    positions: dict[str, list[int]] = field(default_factory=dict, repr=False, compare=False)
    # ids of measures that are defined but invalid (their errors are reported already)
    invalid_ids: frozenset[str] = field(default_factory=frozenset, repr=False, compare=False)

    def at(self, key: str, j: int) -> str:
        """Key path of the j-th valid item of ``key`` ('measures' or 'indicators')."""
        pos = self.positions.get(key)
        return f"{key}[{pos[j] if pos else j}]"

    @property
    def id(self) -> str:
        return self.spec.action.id

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Definitions:
    """All actions, with lookups by id. Build with :func:`load_definitions`."""

    actions: list[ActionDef]
    warnings: list[Problem] = field(default_factory=list)

    @property
    def measures(self) -> dict[str, Measure]:
        return {m.id: m for a in self.actions for m in a.spec.measures}

    @property
    def indicators(self) -> dict[str, Indicator]:
        return {i.id: i for a in self.actions for i in a.spec.indicators}

    def action_of(self, indicator_id: str) -> ActionDef:
        for a in self.actions:
            if any(i.id == indicator_id for i in a.spec.indicators):
                return a
        raise KeyError(indicator_id)

    def covers(self, indicator: Indicator) -> list[str]:
        """Organisation types an indicator covers: declared, or the reporters of its measures."""
        if indicator.covers:
            return list(indicator.covers)
        measures = self.measures
        types: list[str] = []
        for mid in indicator.compute.measures():
            for t in measures[mid].reporters:
                if t not in types:
                    types.append(t)
        return types

    @property
    def relations(self) -> list[Relation]:
        """The checks between measures (``checks:`` in the action files)."""
        return [r for a in self.actions for r in a.spec.checks]

    def measures_for(self, code: str, org_type: str) -> list[Measure]:
        """The measures organisation ``code`` (of type ``org_type``) reports, in file order."""
        return [m for m in self.measures.values() if m.applies_to(code, org_type)]


def _pydantic_path(loc: tuple) -> str:
    path = ""
    for i, part in enumerate(loc):
        if i > 0 and loc[i - 1] == "compute" and part in COMPUTE_KINDS:
            continue  # discriminator tag that pydantic inserts
        if isinstance(part, str) and part.startswith(("function-", "list[", "float", "str", "bool")):
            continue  # union member names
        path = join_path(path, part)
    return path


def _message(err: dict) -> str:
    kind, msg = err["type"], err["msg"]
    if kind == "extra_forbidden":
        return "unknown key (see the indicator format in README.md)"
    if kind == "missing":
        return "required key is missing"
    if kind == "literal_error":
        return f"{err['input']!r} is not allowed; {msg.lower()}"
    msg = msg.removeprefix("Value error, ")
    value = err.get("input")
    if isinstance(value, str | int | float) and not isinstance(value, bool) and str(value) not in msg:
        return f"{value!r}: {msg}"
    return msg


def _validate(
    model: type, data: object, path: str, doc: YamlDoc, name: str, problems: ProblemList
) -> object | None:
    """Validate one part of a file; report its errors located in the file."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        seen = set()
        for err in exc.errors():
            p = _pydantic_path((*_split(path), *err["loc"]))
            if p not in seen:
                seen.add(p)
                problems.error("invalid", _message(err), file=name, line=doc.line_of(p), path=p or None)
        return None


def _split(path: str) -> tuple:
    if not path:
        return ()
    head, _, index = path.partition("[")
    return (head, int(index.rstrip("]"))) if index else (head,)


def parse_file(text: str, problems: ProblemList, name: str) -> ActionDef | None:
    """Parse one file, validating the action and each measure and indicator on its own, so that
    one bad item does not hide problems in the others. Returns the file when its action is valid
    (invalid measures and indicators are left out; their errors are in ``problems``)."""
    try:
        doc = load(text)
    except YamlSyntaxError as exc:
        problems.error("yaml-syntax", str(exc), file=name, line=exc.line)
        return None
    for dup_path, line in doc.duplicates:
        problems.error("duplicate-key", "key given twice", file=name, line=line, path=dup_path)
    data = doc.data if doc.data is not None else {}
    if not isinstance(data, dict):
        problems.error(
            "invalid",
            "a definition file is a mapping with action, measures and indicators",
            file=name,
            line=1,
        )
        return None
    for key in data:
        if key not in ("action", "measures", "indicators", "checks", "milestones"):
            problems.error(
                "invalid",
                _message({"type": "extra_forbidden", "msg": ""}),
                file=name,
                line=doc.line_of(str(key)),
                path=str(key),
            )
    action = _validate(Action, data.get("action"), "action", doc, name, problems)
    parts: dict[str, list] = {}
    positions: dict[str, list[int]] = {}
    invalid: set[str] = set()
    for key, model in (("measures", Measure), ("indicators", Indicator)):
        items = data.get(key)
        if not isinstance(items, list) or not items:
            problems.error(
                "invalid",
                f"'{key}' must be a list with at least one item",
                file=name,
                line=doc.line_of(key),
                path=key,
            )
            items = []
        parts[key], positions[key] = [], []
        for j, item in enumerate(items):
            valid = _validate(model, item, f"{key}[{j}]", doc, name, problems)
            if valid is not None:
                parts[key].append(valid)
                positions[key].append(j)
            elif isinstance(item, dict) and isinstance(item.get("id"), str):
                invalid.add(item["id"])
    for key, model in (("checks", Relation), ("milestones", Milestone)):
        items = data.get(key, [])
        parts[key], positions[key] = [], []
        if not isinstance(items, list):
            problems.error("invalid", f"'{key}' must be a list", file=name, line=doc.line_of(key),
                           path=key)
            items = []
        for j, item in enumerate(items):
            valid = _validate(model, item, f"{key}[{j}]", doc, name, problems)
            if valid is not None:
                parts[key].append(valid)
                positions[key].append(j)
    if action is None:
        return None
    spec = ActionFile.model_construct(action=action, **parts)
    return ActionDef(spec, name, text, doc, positions, frozenset(invalid))


def _display_name(path: Path) -> str:
    try:
        return os.path.relpath(path, Path.cwd())
    except ValueError:
        return str(path)


def load_definitions(
    config: Config, directory: Path | None = None, org_codes: set[str] | None = None
) -> tuple[Definitions, ProblemList]:
    """Load and check all ``*.yaml`` files in ``directory``; return what loaded and all problems."""
    from monitor.definitions.checks import cross_check

    directory = Path(directory or DEFAULT_DIR)
    problems = ProblemList()
    files = sorted(directory.glob("*.yaml")) + sorted(directory.glob("*.yml"))
    if not files:
        problems.error("no-files", f"no indicator files (*.yaml) in {directory}", file=str(directory))
    actions = []
    for path in files:
        name = _display_name(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.error("unreadable", f"cannot read file: {exc}", file=name)
            continue
        parsed = parse_file(text, problems, name)
        if parsed is not None:
            actions.append(parsed)
    cross_check(actions, config, org_codes, problems)
    problems.items.sort(key=lambda p: (p.file or "", p.line or 0))
    return Definitions(sorted(actions, key=lambda a: a.id), problems.warnings), problems


def require_definitions(
    config: Config, directory: Path | None = None, org_codes: set[str] | None = None
) -> Definitions:
    """Load definitions; raise DefinitionError when any file has an error."""
    defs, problems = load_definitions(config, directory, org_codes)
    if problems.errors:
        raise DefinitionError(problems.items)
    return defs
