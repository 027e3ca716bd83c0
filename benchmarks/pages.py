"""Pages: the script run time of every page in Streamlit's AppTest, cold and warm.

Each page is measured in a fresh Python process (``python -m benchmarks.pages --page ...``):
*cold* is the first run there (imports, runtime start, computing the results), *warm* the median
of the next runs, each a new session (new AppTest) in the same process, as a second visitor
would see it. The user is a programme manager in demo mode, so every page is visible.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import time

from benchmarks.scales import ROOT, Scale
from benchmarks.timing import stats

PAGES = ["overzicht", "actie", "organisatie", "volledigheid", "aanleveren", "definities", "export", "audit"]
USER = "demo-programmamanager"


def run_page(page: str) -> tuple[float, str]:
    """One AppTest run of ``page`` (seconds, title); raises when the page fails."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=600)
    at.session_state["demo_user"] = USER
    at.switch_page(f"app_pages/{page}.py")
    t0 = time.perf_counter()
    at.run()
    elapsed = time.perf_counter() - t0
    if at.exception or at.error:
        raise RuntimeError(f"page {page} failed: {[e.value for e in [*at.exception, *at.error]]}")
    return elapsed, at.title[0].value if at.title else ""


def measure_in_process(pages: list[str], warm: int) -> dict:
    logging.getLogger("streamlit").setLevel(logging.ERROR)
    out = {}
    for page in pages:
        cold, title = run_page(page)
        warm_s = [run_page(page)[0] for _ in range(warm)]
        out[page] = {"cold": cold, "warm": stats(warm_s) if warm_s else None, "title": title}
    return out


def run(scale: Scale, warm: int, *, pages: list[str] | None = None, per_process: bool = True) -> dict:
    """Every page of ``scale``; each in its own process (``per_process``), else all in one
    (only the first page is then really cold)."""
    env = os.environ | {"MONITOR_DB": scale.db, "MONITOR_CONFIG": scale.config}
    groups = [[p] for p in pages or PAGES] if per_process else [pages or PAGES]
    out: dict = {}
    for group in groups:
        proc = subprocess.run(
            [sys.executable, "-m", "benchmarks.pages", "--warm", str(warm), *group],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode:
            raise RuntimeError(f"pages {group} failed:\n{proc.stderr[-3000:]}")
        out |= json.loads(proc.stdout.strip().splitlines()[-1])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description="time pages in this process (used by run())")
    parser.add_argument("pages", nargs="+", choices=PAGES)
    parser.add_argument("--warm", type=int, default=5)
    args = parser.parse_args()
    print(json.dumps(measure_in_process(args.pages, args.warm)))


if __name__ == "__main__":
    main()
