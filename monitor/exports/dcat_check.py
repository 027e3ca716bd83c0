"""Check open-data metadata against the official DCAT-AP 3.0.0 SHACL shapes (``shapes/``, CC BY
4.0, see its README) with pyshacl: ``monitor export --check-dcat`` and the tests.

Validated as published: without inference, so every IRI the metadata points to must carry the
class DCAT-AP asks for (``sh:class``) in the metadata itself, as a catalogue that harvests only
the file sees it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from monitor.exports.dcat import graph

SHAPES = Path(__file__).resolve().parent / "shapes" / "dcat-ap-3.0.0-shacl.ttl"
FORMATS = {".json": "json-ld", ".jsonld": "json-ld", ".ttl": "turtle"}


@dataclass(frozen=True)
class DcatCheck:
    """The outcome: every violation as one line (focus node, path, message), sorted; warnings
    and infos of the shapes are counted apart."""

    violations: tuple[str, ...]
    warnings: int = 0

    @property
    def conforms(self) -> bool:
        return not self.violations


@cache
def _shapes() -> Any:
    return graph(SHAPES.read_bytes(), "turtle")


def check_dcat(data: bytes | str, fmt: str = "json-ld") -> DcatCheck:
    """Validate metadata text (``json-ld`` or ``turtle``) against the DCAT-AP 3.0.0 shapes."""
    from pyshacl import validate
    from rdflib import Namespace

    sh = Namespace("http://www.w3.org/ns/shacl#")
    _, report, _ = validate(graph(data, fmt), shacl_graph=_shapes(), inference="none",
                            abort_on_first=False, allow_warnings=True, meta_shacl=False)
    lines, warnings = [], 0
    for result in report.subjects(predicate=sh.resultSeverity):
        if report.value(result, sh.resultSeverity) != sh.Violation:
            warnings += 1
            continue
        focus, path = report.value(result, sh.focusNode), report.value(result, sh.resultPath)
        message = report.value(result, sh.resultMessage)
        lines.append(f"{focus} {path}: {message}")
    return DcatCheck(tuple(sorted(lines)), warnings)


def check_file(path: str | Path) -> DcatCheck:
    """:func:`check_dcat` on a file, its format by its suffix (``.json``, ``.jsonld``, ``.ttl``)."""
    p = Path(path)
    fmt = FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise ValueError(f"{p.name}: not JSON-LD (.json, .jsonld) or Turtle (.ttl)")
    return check_dcat(p.read_bytes(), fmt)
