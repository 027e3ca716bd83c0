"""Load: the dashboard during a deadline week, on loopback, bounded in time and stopping by itself.

One ``streamlit run dashboard.py`` over a private copy of a scale's database (S1 by default),
and the people of benchmarks/load_people.py:

- ``readers`` sessions (a viewer, every fifth a programme manager) open pages one after another
  (Overzicht, Actie, Organisatie, Volledigheid, Toezeggingen, Definities), reading each for
  ``think`` seconds (15–45 s in the soak). They speak Streamlit's websocket protocol without a
  browser (benchmarks/wsclient.py): the server does the same work per page, but thirty Chromium
  renderers alone saturate this 2-core machine (the soak of stop 25: 0 pages drawn, the server
  idle), so a few ``browsers`` measure what a person sees;
- ``submitters`` indieners (made for the run, each bound to a gemeente without a submission for a
  quarter) upload a file on Aanleveren and confirm it, in Chromium, spread over the first half;
- one programme manager builds the export pack (Export page) of a snapshot once.

Before the run every page is opened once per role, unmeasured (``warm``): the server of a
deadline week has been up for days.

Measured: the server's answer time per page for the readers (page asked until the script run
has finished and every message arrived) and the bytes it sent; the time until a page is drawn in
Chromium (tests/e2e/ui.py ``APP_DONE``) for the browsers; p50/p95 of both; the upload round
trip (file chosen until "Opgeslagen als inzending …"); every error (0 allowed); the long lock
waits the server logged (``monitor.store`` "lock wait", ≥ 0,25 s); the server's memory (resident
set of the Streamlit process) every 2 s during the run and for ``settle`` seconds after every
session closed, with the slope of the second half of the run (growth per minute) and the memory
after closing against the memory before the first session. On errors every server thread's
stack is written to the server's log (SIGUSR1) and its frames in the monitor's code are returned
(``stacks``).

``uv run python -m benchmarks.load --minutes 10`` is the soak; ``tests/benchmarks/test_load.py``
runs a short version without timing assertions.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import shutil
import signal
import statistics
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import psutil
import yaml

from benchmarks.ingest import typical_files
from benchmarks.load_people import Tally, browser_viewer, exporter, page_and_query, reader, submitter
from benchmarks.scales import ROOT, build
from benchmarks.wsclient import Session
from monitor.runtime import open_runtime
from tests.e2e.server import AppServer, copy_database, start_app
from tests.e2e.ui import CHROMIUM, CHROMIUM_ARGS

MB = 2**20
VIEWER, PM = "demo-viewer", "demo-programmamanager"
# every session is a window of its own, all of them "in the background": keep their timers running
AWAKE = ["--disable-background-timer-throttling", "--disable-renderer-backgrounding",
         "--disable-backgrounding-occluded-windows"]
LOCK_WAIT = re.compile(r"monitor\.store lock wait: ([0-9.]+) s")


@dataclass(frozen=True)
class Plan:
    readers: int = 30  # sessions over the websocket, no browser
    browsers: int = 3  # sessions in Chromium, measuring the page drawn
    submitters: int = 10
    seconds: float = 600.0
    think: tuple[float, float] = (15.0, 45.0)  # a person reads a page before opening the next
    export: bool = True
    settle: float = 60.0  # seconds of memory samples after every session closed
    page_timeout: float = 120.0
    seed: int = 19


def world(source: Path, source_config: Path, folder: Path,
          submitters: int) -> tuple[Path, Path, list[tuple]]:
    """A private copy of the database, a config whose users file adds one indiener per file to
    submit, and the files: (user, organisation, quarter, bytes)."""
    db = copy_database(source, folder / "db")
    rt = open_runtime(db, source_config)
    files = typical_files(rt, submitters)
    users = yaml.safe_load((ROOT / "data" / "users.example.yaml").read_text(encoding="utf-8"))
    made = []
    for i, (org, period, data) in enumerate(files, 1):
        uid = f"load-indiener-{i}"
        users["users"].append({"id": uid, "name": f"Indiener {i}", "role": "indiener",
                               "organisations": [org], "email": f"{uid}@demo.example"})
        made.append((uid, org, period, data))
    (folder / "users.yaml").write_text(yaml.safe_dump(users, allow_unicode=True), encoding="utf-8")
    cfg = yaml.safe_load(Path(source_config).read_text(encoding="utf-8"))
    cfg["register"]["file"] = str(rt.config.path("register.file"))  # relative to the source's
    cfg["indicators"]["folder"] = str(rt.config.path("indicators.folder"))
    cfg["access"]["users_file"] = str(folder / "users.yaml")
    cfg["database"]["path"] = str(db)
    config = folder / "config.yaml"
    config.write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    return db, config, made


def prepare_snapshot(db: Path, config: Path, quarters: set[str]) -> None:
    """A snapshot to export (it locks every completed quarter), then the quarters the submitters
    report reopened: the deadline week of the next letter."""
    from monitor.snapshots import create_snapshot, reopen_quarter

    rt = open_runtime(db, config)
    create_snapshot(rt, "Belastingtest", PM)
    for q in sorted(quarters):
        if q in rt.locked_periods():
            reopen_quarter(rt, q, PM, "Belastingtest: dit kwartaal wordt nog aangeleverd")


def view_paths(actions: list[str], orgs: list[str]) -> list[str]:
    return (["", "volledigheid", "toezeggingen", "definities"]
            + [f"actie?actie={a}" for a in actions] + [f"organisatie?organisatie={o}" for o in orgs])


async def drive(server: AppServer, plan: Plan, jobs: list[tuple], paths: list[str], tally: Tally) -> None:
    from playwright.async_api import async_playwright

    rng = random.Random(plan.seed)
    end = time.monotonic() + plan.seconds
    spread = max(plan.seconds / 2, 1.0)
    tasks = [reader(server.url, paths, plan.think, plan.page_timeout, tally, end,
                    random.Random(rng.random()), PM if i % 5 == 0 else VIEWER) for i in range(plan.readers)]
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=str(CHROMIUM), args=[*CHROMIUM_ARGS, *AWAKE])
        tasks += [browser_viewer(browser, server.url, paths, plan.think, plan.page_timeout, tally, end,
                                 random.Random(rng.random()), PM if i % 2 == 0 else VIEWER)
                  for i in range(plan.browsers)]
        tasks += [submitter(browser, server.url, job, plan.page_timeout, tally, rng.uniform(0, spread))
                  for job in jobs]
        if plan.export:
            tasks.append(exporter(browser, server.url, PM, plan.page_timeout, tally,
                                  min(30.0, plan.seconds / 4)))
        await asyncio.gather(*tasks)
        await browser.close()


async def warm(server: AppServer, paths: list[str], timeout: float) -> None:
    """Every page once for each role, unmeasured: the server of a deadline week has been up."""
    for who in (VIEWER, PM):
        async with Session(server.url, timeout) as session:
            for path in paths:
                await session.view(*page_and_query(path, who))


class Sampler(threading.Thread):
    """The server process's resident set every ``every`` seconds: (seconds since start, MB)."""

    def __init__(self, pid: int, every: float = 2.0):
        super().__init__(daemon=True)
        self.proc, self.every, self.samples = psutil.Process(pid), every, []
        self.started, self.stopping = time.monotonic(), threading.Event()

    def run(self) -> None:
        while not self.stopping.is_set():
            try:
                rss = self.proc.memory_info().rss / MB
            except psutil.Error:
                return
            self.samples.append((time.monotonic() - self.started, rss))
            self.stopping.wait(self.every)


def slope_per_minute(samples: list[tuple[float, float]]) -> float | None:
    """Least-squares growth of the memory in MB per minute."""
    if len(samples) < 3:
        return None
    xs, ys = [s[0] for s in samples], [s[1] for s in samples]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    var = sum((x - mx) ** 2 for x in xs)
    return 60 * sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var if var else None


def pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run(source: Path, source_config: Path, plan: Plan, log=print) -> dict:
    """Run ``plan`` against a private copy of the database ``source`` (with ``source_config``:
    a demo-mode config; a scale's, or the shipped config.yaml for the demo database)."""
    folder = Path(tempfile.mkdtemp(prefix="bench-load-"))
    try:
        db, config, jobs = world(Path(source), Path(source_config), folder, plan.submitters)
        rt = open_runtime(db, config)
        actions = [a.id for a in rt.defs.actions]
        orgs = [j[1] for j in jobs][:5] or rt.register["code"].head(5).to_list()
        if plan.export:
            prepare_snapshot(db, config, {j[2] for j in jobs})
        del rt
        server = start_app(db, folder / "streamlit.log", timeout=180, config=config)
        sampler = Sampler(server.process.pid)
        tally = Tally()
        try:
            paths = view_paths(actions, orgs)
            asyncio.run(warm(server, paths, plan.page_timeout))
            time.sleep(2)
            before = psutil.Process(server.process.pid).memory_info().rss / MB
            sampler.start()
            run_started = time.monotonic()
            log(f"load: {plan.readers} readers, {plan.browsers} browsers, {len(jobs)} uploads, "
                f"export={plan.export}, {plan.seconds:g} s")
            asyncio.run(drive(server, plan, jobs, paths, tally))
            ran = time.monotonic() - run_started
            if tally.errors:  # every thread's stack onto the server's log (monitor.ui.state)
                os.kill(server.process.pid, signal.SIGUSR1)
                time.sleep(1)
            time.sleep(plan.settle)
            after = psutil.Process(server.process.pid).memory_info().rss / MB
        finally:
            sampler.stopping.set()
            server.stop()
        landed = _landed(db, config, jobs)
        tally.errors += [f"upload {o} {p} by {u} is not in the database" for u, o, p in landed]
        server_log = (folder / "streamlit.log").read_text(errors="replace")
        waits = [float(m.group(1)) for m in LOCK_WAIT.finditer(server_log)]
        if tally.errors:  # kept for whoever reads the errors
            kept = ROOT / "benchmarks" / "results" / "load-streamlit.log"
            kept.parent.mkdir(parents=True, exist_ok=True)
            kept.write_text(server_log, encoding="utf-8")
        result = summary(plan, tally, sampler.samples, ran, before, after, waits)
        result["stacks"] = stacks(server_log) if tally.errors else []
        return result
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _landed(db: Path, config: Path, jobs: list[tuple]) -> list[tuple]:
    rt = open_runtime(db, config)
    done = set(rt.store.query("SELECT submitted_by, organisation, period FROM submissions "
                              "WHERE submitted_by LIKE 'load-indiener-%'").rows())
    return [(u, o, p) for u, o, p, _ in jobs if (u, o, p) not in done]


def stacks(server_log: str) -> list[str]:
    """The threads of the SIGUSR1 dump that were in the monitor's code or the app's pages: per
    thread its frames there, innermost first (what every page run was doing when errors came)."""
    dump = server_log[server_log.find("Thread 0x"):] if "Thread 0x" in server_log else ""
    found = []
    for block in dump.split("\nThread 0x")[:200]:
        frames = [ln.strip() for ln in block.splitlines()
                  if "/monitor/" in ln or "/app_pages/" in ln or "_bootstrap>" in ln]
        if any("/monitor/" in f or "/app_pages/" in f for f in frames):
            found.append(" < ".join(f.replace('File "', "").split('", ')[0].split("/work/")[-1]
                                    + ":" + f.rsplit("line ", 1)[-1] for f in frames[:8]))
    return found


def _by_page(views: list[tuple]) -> dict:
    by_page: dict[str, list[float]] = {}
    for name, seconds, *_ in views:
        by_page.setdefault(name, []).append(seconds)
    return {k: {"n": len(v), "p50": pct(v, 0.5), "p95": pct(v, 0.95)} for k, v in sorted(by_page.items())}


def summary(plan: Plan, tally: Tally, samples: list, ran: float, before: float, after: float,
            waits: list[float]) -> dict:
    during = [s for s in samples if s[0] <= ran]
    drawn_all = [s for _, s in tally.pages]
    answers = [s for _, s, _ in tally.reads]
    sizes: dict[str, int] = {}
    for name, _, size in tally.reads:
        sizes[name] = max(sizes.get(name, 0), size)
    return {
        "plan": asdict(plan),
        "seconds": round(ran, 1),
        "reads": len(answers),
        "read_p50": pct(answers, 0.5), "read_p95": pct(answers, 0.95),
        "read_pages": _by_page(tally.reads), "read_bytes_max": dict(sorted(sizes.items())),
        "page_views": len(drawn_all),
        "page_p50": pct(drawn_all, 0.5), "page_p95": pct(drawn_all, 0.95),
        "pages": _by_page(tally.pages),
        "uploads": len(tally.uploads), "upload_p50": pct(tally.uploads, 0.5),
        "upload_p95": pct(tally.uploads, 0.95), "export_seconds": tally.export,
        "errors": tally.errors,
        "lock_waits": len(waits), "lock_wait_max": max(waits, default=None),
        "rss_before_mb": before, "rss_peak_mb": max((m for _, m in samples), default=None),
        "rss_after_close_mb": after,
        "rss_slope_mb_per_min": slope_per_minute(during[len(during) // 2:]),
        "samples": samples,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.load", description=__doc__.split("\n")[0])
    parser.add_argument("--scale", default="S1")
    parser.add_argument("--readers", type=int, default=30, help="sessions over the websocket")
    parser.add_argument("--browsers", type=int, default=3, help="sessions in Chromium")
    parser.add_argument("--submitters", type=int, default=10)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--settle", type=float, default=60.0)
    parser.add_argument("--think", type=float, nargs=2, default=(15.0, 45.0),
                        help="seconds a person reads a page (from, to)")
    parser.add_argument("--no-export", action="store_true")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "load.json")
    args = parser.parse_args(argv)
    scale = build(args.scale, ROOT / "benchmarks" / "results" / "work")
    plan = Plan(readers=args.readers, browsers=args.browsers, submitters=args.submitters,
                seconds=args.minutes * 60, export=not args.no_export, settle=args.settle,
                think=tuple(args.think))
    result = run(Path(scale.db), Path(scale.config), plan)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, default=str), encoding="utf-8")
    shown = {k: v for k, v in result.items() if k != "samples"}
    print(json.dumps(shown, indent=1, default=str))


if __name__ == "__main__":
    main()
