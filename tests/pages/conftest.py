"""The page tests' shared fixture: the demo database, opened by the app under test."""

import pytest


@pytest.fixture
def demo(demo_db, monkeypatch):
    """The shared demo build (read only) as the database the dashboard opens; its runtime."""
    path, rt, _ = demo_db
    monkeypatch.setenv("MONITOR_DB", str(path))
    monkeypatch.delenv("MONITOR_CONFIG", raising=False)
    return rt
