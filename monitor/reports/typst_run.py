"""Typst in a process of its own: ``compile_pdf`` runs ``python -m monitor.reports.typst_run`` and
reads the PDF it wrote.

Why: Typst's compiler keeps its caches (fonts, layouts, memoised results) for the life of the
process. In the dashboard's server one progress report raised the resident memory by ≈ 590 MB
that was never returned (measured at S1: 341 → 928 MB; ``malloc_trim`` gave nothing back), and
the compile held a core while every session waited (the load test, BENCHMARKS.md). A child
process gives all of it back when it ends. The PDF is the same bytes: the same library with the
same input, fonts and timestamp.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path


class TypstFailed(Exception):
    """Typst refused the document; ``message`` is Typst's own."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def compile_pdf(main: Path, root: Path, fonts: Path, when: datetime, standards: list[str],
                timeout: float = 600) -> tuple[bytes, list[str]]:
    """``main`` (under ``root``) as PDF bytes with Typst's warnings; raises :class:`TypstFailed`."""
    out = root / ".report.pdf"
    job = {"main": str(main), "root": str(root), "fonts": str(fonts), "when": when.isoformat(),
           "standards": standards, "out": str(out)}
    done = subprocess.run([sys.executable, "-m", "monitor.reports.typst_run"], input=json.dumps(job),
                          capture_output=True, text=True, timeout=timeout, check=False)
    try:
        answer = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        # a crash: its last line (the exception, never the whole traceback) for the message
        said = next((ln.strip() for ln in reversed(done.stderr.splitlines()) if ln.strip()), "")
        raise TypstFailed(f"the Typst process ended with {done.returncode}: {said[:300]}") from None
    if "error" in answer:
        raise TypstFailed(answer["error"])
    try:
        return out.read_bytes(), answer["warnings"]
    finally:
        out.unlink(missing_ok=True)


def _main() -> None:
    import typst

    job = json.loads(sys.stdin.read())
    try:
        pdf, warnings = typst.compile_with_warnings(
            Path(job["main"]), root=Path(job["root"]), font_paths=[Path(job["fonts"])],
            ignore_system_fonts=True, format="pdf", pdf_standards=job["standards"],
            timestamp=datetime.fromisoformat(job["when"]), pdf_tags=True)
    except typst.TypstError as e:
        print(json.dumps({"error": e.message}))
        return
    Path(job["out"]).write_bytes(pdf)
    print(json.dumps({"warnings": [w.message for w in warnings]}))


if __name__ == "__main__":
    _main()
