"""Safe YAML loading that keeps the line of every key, for problems with a location.

``load(text)`` returns the data and a ``lines`` mapping from key path (``indicators[1].targets[0]``)
to the 1-based line where that key or item starts. Tags are refused (safe loader) and duplicate keys,
which PyYAML would silently overwrite, are reported. Anchors and aliases (``&a``, ``*a``) are
refused: a few lines of nested aliases expand to billions of items ("billion laughs").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml


@dataclass
class YamlDoc:
    data: Any
    lines: dict[str, int] = field(default_factory=dict)
    duplicates: list[tuple[str, int]] = field(default_factory=list)

    def line_of(self, path: str) -> int | None:
        """Line of ``path`` or of its nearest parent that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            cut = max(path.rfind("."), path.rfind("["))
            path = path[:cut] if cut > 0 else ""
        return self.lines.get("", 1)


class YamlSyntaxError(ValueError):
    def __init__(self, message: str, line: int | None):
        super().__init__(message)
        self.line = line


def join_path(parent: str, key: object) -> str:
    if isinstance(key, int):
        return f"{parent}[{key}]"
    return f"{parent}.{key}" if parent else str(key)


# libyaml when PyYAML was built with it: the same nodes and marks, 5-10x faster. Malformed input
# is parsed again by the pure-Python loader, so the problem and its line read as they always did.
_FAST = getattr(yaml, "CSafeLoader", None)


def load(text: str) -> YamlDoc:
    """Parse one YAML document; raise YamlSyntaxError with a line on malformed input."""
    if _FAST is not None:
        try:
            return _load(text, _FAST)
        except YamlSyntaxError:
            pass
    return _load(text, yaml.SafeLoader)


def _load(text: str, loader_class: type) -> YamlDoc:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return YamlDoc(None, {"": 1})
        _refuse_aliases(node)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise YamlSyntaxError(f"invalid YAML: {exc.problem or exc}", line) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(f"invalid YAML: {exc}", None) from None
    finally:
        loader.dispose()
    doc = YamlDoc(data, {"": node.start_mark.line + 1})
    _walk(node, "", doc)
    return doc


def _refuse_aliases(root: yaml.Node) -> None:
    """Raise YamlSyntaxError when a node is reached twice (an alias): checked before anything is
    constructed or walked, in time proportional to the text."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise YamlSyntaxError("invalid YAML: anchors and aliases (&name, *name) are not "
                                  "supported; write the value out", node.start_mark.line + 1)
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            stack.extend(n for pair in node.value for n in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def _walk(node: yaml.Node, path: str, doc: YamlDoc) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            child = join_path(path, key)
            if key in seen:
                doc.duplicates.append((child, key_node.start_mark.line + 1))
            seen.add(key)
            doc.lines[child] = key_node.start_mark.line + 1
            _walk(value_node, child, doc)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            child = join_path(path, i)
            doc.lines[child] = item.start_mark.line + 1
            _walk(item, child, doc)
