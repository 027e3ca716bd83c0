"""Load: the dashboard during a deadline week, on loopback, bounded in time and stopping by itself.

One ``streamlit run dashboard.py`` over a private copy of a scale's database (S1 by default) and
one Debian Chromium (Playwright) with a browser context per person:

- ``viewers`` sessions open pages one after another (Overzicht, Actie, Organisatie,
  Volledigheid, Toezeggingen, Definities; a viewer or a programme manager), reading each for
  15–45 s (with 1–4 s the server of 2 cores collapsed: 30 Actie runs of 5–8 s CPU at once, pages
  timing out and reloaded while their runs went on);
- ``submitters`` indieners (made for the run, each bound to a gemeente without a submission for a
  quarter) upload a file on Aanleveren and confirm it, one after another;
- one programme manager builds the export pack (Export page) of a snapshot once.

Measured: the time until a page is drawn (tests/e2e/ui.py ``APP_DONE``: the script run finished,
the connection up, nothing stale or spinning, every chart drawn) per page, p50/p95; the upload
round trip (file chosen until "Opgeslagen als inzending …"); every error (an exception or error
box on a page, a timeout, an upload that did not land; 0 allowed); the long lock waits the server
logged (``monitor.store`` "lock wait", ≥ 0,25 s); the server's memory (resident set of the
Streamlit process) every 2 s during the run and for ``settle`` seconds after every session closed,
with the slope of the second half of the run (growth per minute) and the memory after closing
against the memory before the first session.

``uv run python -m benchmarks.load --minutes 10`` is the soak; ``tests/benchmarks/test_load.py``
runs a short version (a few sessions for ~30 s) without timing assertions.
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
from dataclasses import asdict, dataclass, field
from pathlib import Path

import psutil
import yaml

from benchmarks.ingest import typical_files
from benchmarks.scales import ROOT, build
from monitor.runtime import open_runtime
from monitor.text import t
from tests.e2e.server import AppServer, copy_database, start_app
from tests.e2e.ui import APP_DONE, CHROMIUM, CHROMIUM_ARGS

MB = 2**20
VIEWER, PM = "demo-viewer", "demo-programmamanager"
# every session is a window of its own, all of them "in the background": keep their timers running
AWAKE = ["--disable-background-timer-throttling", "--disable-renderer-backgrounding",
         "--disable-backgrounding-occluded-windows"]
LOCK_WAIT = re.compile(r"monitor\.store lock wait: ([0-9.]+) s")


@dataclass(frozen=True)
class Plan:
    viewers: int = 30
    submitters: int = 10
    seconds: float = 600.0
    think: tuple[float, float] = (15.0, 45.0)  # a person reads a page before opening the next
    export: bool = True
    settle: float = 60.0  # seconds of memory samples after every session closed
    page_timeout: float = 120.0
    seed: int = 19


@dataclass
class Tally:
    pages: list[tuple[str, float]] = field(default_factory=list)  # (page, seconds drawn)
    uploads: list[float] = field(default_factory=list)
    export: float | None = None
    errors: list[str] = field(default_factory=list)


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


async def drawn(page, url: str, timeout: float) -> float:
    started = time.perf_counter()
    await page.goto(url, timeout=timeout * 1000)
    # polled by time, not per animation frame: Chromium throttles frames of windows in the background
    await page.wait_for_function(APP_DONE, timeout=timeout * 1000, polling=100)
    return time.perf_counter() - started


async def shown_errors(page) -> list[str]:
    found = []
    for sel in ("[data-testid='stException']", "[data-testid='stAlertContentError']"):
        for box in await page.locator(sel).all():
            found.append((await box.inner_text())[:160])
    return found


async def viewer(browser, base: str, paths: list[str], plan: Plan, tally: Tally, end: float,
                 rng: random.Random, who: str) -> None:
    context = await browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nl-NL")
    page = await context.new_page()
    try:
        while time.monotonic() < end:
            path = rng.choice(paths)
            sep = "&" if "?" in path else "?"
            try:
                seconds = await drawn(page, f"{base}/{path}{sep}demo_user={who}", plan.page_timeout)
                tally.pages.append((path.split("?")[0] or "overzicht", seconds))
                tally.errors += [f"{path} as {who}: {e}" for e in await shown_errors(page)]
            except Exception as exc:  # a timeout or a closed connection is an error of the run
                tally.errors.append(f"{path} as {who}: {type(exc).__name__}: {str(exc)[:120]}")
            await asyncio.sleep(rng.uniform(*plan.think))
    finally:
        await context.close()


async def submitter(browser, base: str, job: tuple, plan: Plan, tally: Tally, delay: float) -> None:
    uid, org, period, data = job
    await asyncio.sleep(delay)
    context = await browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nl-NL")
    page = await context.new_page()
    try:
        await drawn(page, f"{base}/aanleveren?organisatie={org}&kwartaal={period}&demo_user={uid}",
                    plan.page_timeout)
        started = time.perf_counter()
        await page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(files=[{
            "name": f"{org}_{period}.csv", "mimeType": "text/csv", "buffer": data}])
        confirm = page.get_by_role("button", name=t("upload.confirm", "nl"))
        await confirm.wait_for(timeout=plan.page_timeout * 1000)
        await confirm.click()
        await page.get_by_text(re.compile(r"^Opgeslagen als inzending \d+")).wait_for(
            timeout=plan.page_timeout * 1000)
        tally.uploads.append(time.perf_counter() - started)
    except Exception as exc:
        tally.errors.append(f"upload {org} {period} by {uid}: {type(exc).__name__}: {str(exc)[:160]}")
    finally:
        await context.close()


async def exporter(browser, base: str, plan: Plan, tally: Tally, delay: float) -> None:
    await asyncio.sleep(delay)
    context = await browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nl-NL")
    page = await context.new_page()
    try:
        await drawn(page, f"{base}/export?demo_user={PM}", plan.page_timeout)
        started = time.perf_counter()
        await page.get_by_role("button", name=t("export.pack.make", "nl")).click()
        done = t("export.pack.done.other", "nl", count=0).split(":")[0]  # "Pakket gemaakt"
        await page.locator("[data-testid='stAlertContentSuccess']").filter(
            has_text=done).wait_for(timeout=900_000)
        tally.export = time.perf_counter() - started
    except Exception as exc:
        tally.errors.append(f"export pack: {type(exc).__name__}: {str(exc)[:160]}")
    finally:
        await context.close()


async def drive(server: AppServer, plan: Plan, jobs: list[tuple], paths: list[str], tally: Tally) -> None:
    from playwright.async_api import async_playwright

    rng = random.Random(plan.seed)
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=str(CHROMIUM), args=[*CHROMIUM_ARGS, *AWAKE])
        end = time.monotonic() + plan.seconds
        spread = max(plan.seconds / 2, 1.0)
        tasks = [viewer(browser, server.url, paths, plan, tally, end, random.Random(rng.random()),
                        PM if i % 5 == 0 else VIEWER) for i in range(plan.viewers)]
        tasks += [submitter(browser, server.url, job, plan, tally, rng.uniform(0, spread))
                  for job in jobs]
        if plan.export:
            tasks.append(exporter(browser, server.url, plan, tally, min(30.0, plan.seconds / 4)))
        await asyncio.gather(*tasks)
        await browser.close()


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
            time.sleep(2)
            before = psutil.Process(server.process.pid).memory_info().rss / MB
            sampler.start()
            run_started = time.monotonic()
            log(f"load: {plan.viewers} viewers, {len(jobs)} uploads, export={plan.export}, "
                f"{plan.seconds:g} s")
            asyncio.run(drive(server, plan, jobs, view_paths(actions, orgs), tally))
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
        return summary(plan, tally, sampler.samples, ran, before, after, waits)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _landed(db: Path, config: Path, jobs: list[tuple]) -> list[tuple]:
    rt = open_runtime(db, config)
    done = set(rt.store.query("SELECT submitted_by, organisation, period FROM submissions "
                              "WHERE submitted_by LIKE 'load-indiener-%'").rows())
    return [(u, o, p) for u, o, p, _ in jobs if (u, o, p) not in done]


def summary(plan: Plan, tally: Tally, samples: list, ran: float, before: float, after: float,
            waits: list[float]) -> dict:
    during = [s for s in samples if s[0] <= ran]
    by_page: dict[str, list[float]] = {}
    for name, seconds in tally.pages:
        by_page.setdefault(name, []).append(seconds)
    drawn_all = [s for _, s in tally.pages]
    return {
        "plan": asdict(plan),
        "seconds": round(ran, 1),
        "page_views": len(drawn_all),
        "page_p50": pct(drawn_all, 0.5), "page_p95": pct(drawn_all, 0.95),
        "pages": {k: {"n": len(v), "p50": pct(v, 0.5), "p95": pct(v, 0.95)}
                  for k, v in sorted(by_page.items())},
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
    parser.add_argument("--viewers", type=int, default=30)
    parser.add_argument("--submitters", type=int, default=10)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--settle", type=float, default=60.0)
    parser.add_argument("--think", type=float, nargs=2, default=(15.0, 45.0),
                        help="seconds a viewer reads a page (from, to)")
    parser.add_argument("--no-export", action="store_true")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "load.json")
    args = parser.parse_args(argv)
    scale = build(args.scale, ROOT / "benchmarks" / "results" / "work")
    plan = Plan(viewers=args.viewers, submitters=args.submitters, seconds=args.minutes * 60,
                export=not args.no_export, settle=args.settle, think=tuple(args.think))
    result = run(Path(scale.db), Path(scale.config), plan)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, default=str), encoding="utf-8")
    shown = {k: v for k, v in result.items() if k != "samples"}
    print(json.dumps(shown, indent=1, default=str))


if __name__ == "__main__":
    main()
