"""The export formats as registered objects: each says what it writes, from what and in which
languages, and the CLI, the Export page and the pack all take them from one registry."""

import pytest

from monitor.config import LANGUAGES
from monitor.errors import UsageError
from monitor.exports.formats import (
    DEFAULT_FORMATS,
    FORMATS,
    ChartFile,
    ExportFormat,
    chart_formats,
    parse_formats,
    register,
)

KEYS = ("png", "svg", "pdf", "csv", "xlsx", "report-pdf", "report-docx", "opendata", "zip")


def test_one_registered_object_per_format_in_the_order_of_the_pack():
    assert tuple(FORMATS) == KEYS  # the zip last: it holds everything else
    assert len({type(f) for f in FORMATS.values()}) == len(KEYS)  # one class per format
    for key, f in FORMATS.items():
        assert isinstance(f, ExportFormat) and f.key == key
        assert f.writes and f.made_from and f.suffix.startswith(".") and "/" in f.mime
        assert set(f.languages) <= set(LANGUAGES)
        assert f.describe().startswith(f"{key}: {f.writes} (from {f.made_from}; ")
    assert DEFAULT_FORMATS == ("png", "svg", "csv", "xlsx", "report-pdf", "report-docx", "opendata", "zip")
    assert FORMATS["opendata"].describe().endswith("; nl and en in one)")
    assert FORMATS["png"].describe().endswith("(from a chart; nl, en)")


def test_what_needs_chromium_and_what_the_page_offers():
    assert {k for k, f in FORMATS.items() if f.needs_browser} == {"png", "svg", "pdf", "report-pdf",
                                                                   "report-docx"}
    assert [f.key for f in chart_formats()] == ["png", "svg", "pdf", "csv", "xlsx"]
    assert all(isinstance(f, ChartFile) for f in chart_formats())
    assert {k for k, f in FORMATS.items() if f.offered} == {"report-pdf", "report-docx", "zip"}


def test_parse_formats_keeps_the_order_given_once_each_and_refuses_unknown_ones():
    assert [f.key for f in parse_formats("csv, png,csv")] == ["csv", "png"]
    assert parse_formats(["zip"]) == (FORMATS["zip"],)
    with pytest.raises(UsageError, match=r"unknown export format.*gif.*choose from png, svg"):
        parse_formats("png,gif")
    with pytest.raises(UsageError, match=r"\(none\)"):
        parse_formats(" , ")


def test_a_format_is_registered_once():
    with pytest.raises(ValueError, match="registered twice"):
        register(type(FORMATS["csv"]))
    assert tuple(FORMATS) == KEYS


def test_the_cli_lists_every_format_with_what_it_writes(capsys):
    from monitor.cli import main

    with pytest.raises(SystemExit):
        main(["export", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    for f in FORMATS.values():
        assert " ".join(f.describe().split()) in out
