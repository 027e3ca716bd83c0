"""monitor/reports/typst_run.py: Typst in a process of its own (its caches held ≈ 590 MB in the
dashboard's server for good): a good document gives a PDF with the timestamp asked for, a broken
twin Typst's own message, and nothing of Typst is loaded into this process."""

import subprocess
import sys
from datetime import UTC, datetime

import pytest

from monitor.reports.pdf import FONTS
from monitor.reports.typst_run import TypstFailed, compile_pdf

WHEN = datetime(2026, 11, 28, tzinfo=UTC)


def test_a_document_becomes_a_pdf_twice_the_same(tmp_path):
    main = tmp_path / "main.typ"
    main.write_text('#set document(title: "Proef")\n= Voortgang\nTekst.\n', encoding="utf-8")
    first, warnings = compile_pdf(main, tmp_path, FONTS, WHEN, [])
    again, _ = compile_pdf(main, tmp_path, FONTS, WHEN, [])
    assert first.startswith(b"%PDF-") and first == again and warnings == []
    assert b"D:20261128" in first  # the creation date asked for, not today
    assert [p.name for p in tmp_path.iterdir()] == ["main.typ"]  # the child's file is gone


def test_a_broken_document_gives_typsts_message(tmp_path):
    main = tmp_path / "main.typ"
    main.write_text("#let x = (\n", encoding="utf-8")
    with pytest.raises(TypstFailed) as failed:
        compile_pdf(main, tmp_path, FONTS, WHEN, [])
    assert failed.value.message and "Traceback" not in failed.value.message


def test_the_report_module_does_not_load_typst_into_the_process():
    code = ("import sys, monitor.reports.pdf; "
            "print('typst' in sys.modules or any(m.startswith('typst.') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_crashed_typst_process_gives_one_line_not_its_traceback(tmp_path, monkeypatch):
    crashing = tmp_path / "python"
    crashing.write_text('#!/bin/sh\ncat >/dev/null\nprintf \'Traceback (most recent call last):\\n'
                        '  File "x.py", line 1\\nMemoryError: out of memory\\n\' >&2\nexit 1\n')
    crashing.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(crashing))
    main = tmp_path / "main.typ"
    main.write_text("= Voortgang\n", encoding="utf-8")
    with pytest.raises(TypstFailed) as failed:
        compile_pdf(main, tmp_path, FONTS, WHEN, [])
    assert failed.value.message == "the Typst process ended with 1: MemoryError: out of memory"
