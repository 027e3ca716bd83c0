"""The dashboard as a real server for browser tests: `streamlit run dashboard.py` on a free
loopback port over a copy of the demo database, stopped with its whole process group."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def read_db(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    """Rows from the server's database, read as the tests' oracle (retrying for a few seconds
    while the server holds the file: DuckDB allows one process at a time)."""
    import duckdb

    for attempt in range(40):
        try:
            with duckdb.connect(str(db), read_only=True) as con:
                return con.execute(sql, params or []).fetchall()
        except duckdb.IOException:
            if attempt == 39:
                raise
            time.sleep(0.25)
    raise AssertionError("unreachable")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def copy_database(source: Path, folder: Path) -> Path:
    """A private copy of a DuckDB file (and its WAL, if any) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "monitor.duckdb"
    shutil.copyfile(source, target)
    wal = source.with_name(source.name + ".wal")
    if wal.exists():
        shutil.copyfile(wal, target.with_name(target.name + ".wal"))
    return target


@dataclass
class AppServer:
    url: str
    db: Path
    process: subprocess.Popen
    log: Path

    def log_tail(self, lines: int = 40) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def stop(self) -> None:
        """Stop the server and whatever it started (e.g. Kaleido's Chromium) by process group."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=15)


def start_app(db: Path, log: Path, timeout: float = 90, config: Path = ROOT / "config.yaml",
              script: Path = ROOT / "dashboard.py") -> AppServer:
    """Start the dashboard over ``db`` (and ``config``) and wait until ``/_stcore/health``
    answers ``ok``. Also used by the benchmarks (``benchmarks/memory.py``; ``benchmarks/browser.py``
    starts its one-element floor page through ``script``)."""
    port = free_port()
    env = os.environ | {"MONITOR_DB": str(db), "MONITOR_CONFIG": str(config)}
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(script),
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
        "--server.runOnSave",
        "false",
    ]
    out = log.open("wb")
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
    )
    server = AppServer(f"http://127.0.0.1:{port}", db, process, log)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit stopped with exit code {process.returncode}:\n{server.log_tail()}")
        try:
            with urllib.request.urlopen(f"{server.url}/_stcore/health", timeout=2) as answer:
                if answer.read().decode().strip() == "ok":
                    return server
        except OSError:
            pass
        time.sleep(0.25)
    server.stop()
    raise RuntimeError(f"streamlit did not answer /_stcore/health within {timeout} s:\n{server.log_tail()}")
