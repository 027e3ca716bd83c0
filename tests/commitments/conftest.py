"""A fresh database over the real definitions (demo environment: the demo users exist)."""

import json
from pathlib import Path

import pytest

from monitor.runtime import open_runtime

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "data" / "tweedekamer"
TOEZEGGINGEN = SAMPLES / "toezeggingen.sample.json"
MOTIES = SAMPLES / "moties.sample.json"
PM, VIEWER = "demo-programmamanager", "demo-viewer"


@pytest.fixture
def rt(tmp_path, monkeypatch):
    monkeypatch.delenv("MONITOR_CONFIG", raising=False)
    return open_runtime(tmp_path / "tz.duckdb")


def sample(path: Path = TOEZEGGINGEN) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def as_bytes(doc: dict) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")
