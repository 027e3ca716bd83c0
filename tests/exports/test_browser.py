"""Finding and starting the browser, and failing clearly when there is none."""

from __future__ import annotations

import pytest
from choreographer.browsers.chromium import Chromium

from monitor.errors import MonitorError
from monitor.exports import ExportError, ExportUnavailable, ImageExporter, find_browser
from monitor.exports import browser as browser_module
from monitor.exports.browser import DEFAULT_BROWSER


def test_export_unavailable_is_a_monitor_error():
    assert issubclass(ExportUnavailable, ExportError)
    assert issubclass(ExportError, MonitorError)


def test_missing_browser_path_says_what_to_install(tmp_path):
    with pytest.raises(ExportUnavailable, match="apt-get install chromium"):
        find_browser(tmp_path / "chromium")
    with pytest.raises(ExportUnavailable, match="apt-get install chromium"):
        ImageExporter(browser_path=tmp_path / "chromium").start()


def test_bad_browser_path_variable(monkeypatch, tmp_path):
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "nothing"))
    with pytest.raises(ExportUnavailable, match="BROWSER_PATH"):
        find_browser()


def test_no_browser_anywhere(monkeypatch, tmp_path):
    monkeypatch.delenv("BROWSER_PATH", raising=False)
    monkeypatch.setattr(browser_module, "DEFAULT_BROWSER", tmp_path / "chromium")
    monkeypatch.setattr(Chromium, "find_browser", classmethod(lambda cls, **kw: None))
    with pytest.raises(ExportUnavailable, match=r"none was found.*apt-get install chromium"):
        find_browser()


def test_default_lookup_prefers_usr_bin_chromium(monkeypatch):
    if not DEFAULT_BROWSER.exists():
        pytest.skip(f"no {DEFAULT_BROWSER} on this machine")
    monkeypatch.delenv("BROWSER_PATH", raising=False)
    assert find_browser() == str(DEFAULT_BROWSER)


def test_a_browser_that_does_not_start_is_reported_not_hung(tmp_path):
    fake = tmp_path / "chromium"
    fake.write_text("#!/bin/sh\nexit 1\n")
    fake.chmod(0o755)
    with pytest.raises(ExportUnavailable, match=r"could not be started.*apt-get install chromium"):
        ImageExporter(browser_path=fake).start()


def test_an_exporter_that_is_not_started_says_so():
    import plotly.graph_objects as go

    with pytest.raises(ExportError, match="not started"):
        ImageExporter().render(go.Figure(), "png")


def test_close_stops_the_browser_and_its_thread():
    if not DEFAULT_BROWSER.exists():
        pytest.skip(f"image export needs Chromium at {DEFAULT_BROWSER}: apt-get install chromium")
    images = ImageExporter().start()
    session = images._session
    process = session._holder["kaleido"].subprocess
    images.close()
    images.close()  # twice is fine
    assert not session._thread.is_alive()
    assert process.poll() is not None
