"""The layers of the package (pyproject.toml, ``[tool.importlinter]``): the import contract holds,
covers every module of ``monitor``, and really fails on an upward import and on Streamlit outside
``monitor.ui``."""

from __future__ import annotations

import os
import pkgutil
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import monitor

ROOT = Path(__file__).resolve().parents[1]
LINT = Path(sys.executable).parent / "lint-imports"
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]


def _contract(contract_id: str) -> dict:
    [found] = [c for c in CONFIG["contracts"] if c["id"] == contract_id]
    return found


def _lint(cwd: Path, config: Path) -> subprocess.CompletedProcess:
    """``lint-imports`` on the package found first from ``cwd`` (PYTHONPATH), as in .ci/run."""
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    return subprocess.run([str(LINT), "--no-cache", "--config", str(config)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_the_contracts_hold():
    run = _lint(ROOT, ROOT / "pyproject.toml")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "2 kept, 0 broken" in run.stdout


def test_every_module_of_the_package_is_in_one_layer():
    top = {f"monitor.{m.name}" for m in pkgutil.iter_modules(monitor.__path__)}
    names = [n.strip() for layer in _contract("layers")["layers"] for n in layer.split(":")]
    listed = [n.strip("()") for n in names]
    optional = {n.strip("()") for n in names if n.startswith("(")}  # to come: the text layer
    assert len(listed) == len(set(listed)), "a module is in two layers"
    assert top - set(listed) == set(), "every module of monitor belongs in a layer"
    assert set(listed) - top <= optional, "a layer names a module that does not exist"
    # every module but monitor.ui is forbidden to import Streamlit
    assert set(_contract("streamlit")["source_modules"]) == top - {"monitor.ui"}


def test_an_upward_import_and_streamlit_outside_ui_break_the_contracts(tmp_path):
    """A copy of the package with two deliberate violations: the contract must really fail."""
    shutil.copytree(ROOT / "monitor", tmp_path / "monitor",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "monitor" / "compute" / "upward.py").write_text(
        "from monitor.views import overview  # compute may not import a view\n", encoding="utf-8")
    (tmp_path / "monitor" / "charts" / "widget.py").write_text(
        "import streamlit  # only monitor.ui may\n", encoding="utf-8")
    run = _lint(tmp_path, tmp_path / "pyproject.toml")
    out = run.stdout + run.stderr
    assert run.returncode == 1, out
    assert "0 kept, 2 broken" in out, out
    assert "monitor.compute is not allowed to import monitor.views" in out, out
    assert "monitor.compute.upward -> monitor.views.overview" in out, out
    assert "monitor.charts.widget -> streamlit" in out, out
