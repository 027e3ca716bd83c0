"""The people of the load test (benchmarks/load.py), each an asyncio task that stops at ``end``:

- a *reader* is a Streamlit session over its websocket (benchmarks/wsclient.py): it opens pages
  one after another in the same session, as a person clicking through the navigation does,
  reading each for ``think`` seconds; measured: the server's answer time per page;
- a *browser* is the same in Debian Chromium (a Playwright context), opening each page by its
  address; measured: the time until the page is drawn (tests/e2e/ui.py ``APP_DONE``);
- a *submitter* (Chromium) opens Aanleveren for its gemeente and quarter, uploads a file and
  confirms it; measured: file chosen until "Opgeslagen als inzending …";
- the *exporter* (Chromium) builds the export pack of a snapshot on the Export page once.

Every failure (an exception or error box on a page, a page other than the one asked for, a
timeout, a closed connection) is an error of the run.
"""

from __future__ import annotations

import asyncio
import random
import re
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from benchmarks.wsclient import Session
from monitor.text import t
from tests.e2e.ui import APP_DONE

VIEWPORT = {"width": 1400, "height": 1000}


@dataclass
class Tally:
    reads: list[tuple[str, float, int]] = field(default_factory=list)  # (page, seconds, bytes)
    pages: list[tuple[str, float]] = field(default_factory=list)  # browsers: (page, seconds drawn)
    uploads: list[float] = field(default_factory=list)
    export: float | None = None
    errors: list[str] = field(default_factory=list)


def page_of(path: str) -> str:
    return path.split("?")[0] or "overzicht"


def _address(base: str, path: str, who: str) -> str:
    sep = "&" if "?" in path else "?"
    return f"{base}/{path}{sep}demo_user={who}"


def page_and_query(path: str, who: str) -> tuple[str, str]:
    """What a reader asks the server for ``path`` as ``who``: the page's URL path and the query."""
    parts = urlsplit(_address("", path, who))
    return parts.path.strip("/"), parts.query


async def reader(base: str, paths: list[str], think: tuple[float, float], timeout: float,
                 tally: Tally, end: float, rng: random.Random, who: str) -> None:
    try:
        async with Session(base, timeout) as session:
            while time.monotonic() < end:
                path = rng.choice(paths)
                try:
                    answer = await session.view(*page_and_query(path, who))
                except Exception as exc:  # a timeout or a closed connection
                    tally.errors.append(f"{path} as {who} (reader): {type(exc).__name__}: {str(exc)[:120]}")
                    return  # the session is gone; its person stops
                tally.reads.append((page_of(path), answer.seconds, answer.size))
                tally.errors += [f"{path} as {who} (reader): {e}" for e in answer.errors]
                if answer.page != page_of(path):
                    tally.errors.append(f"{path} as {who} (reader): the server ran {answer.page!r}")
                await asyncio.sleep(rng.uniform(*think))
    except Exception as exc:  # could not connect
        tally.errors.append(f"reader {who}: {type(exc).__name__}: {str(exc)[:120]}")


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


async def browser_viewer(browser, base: str, paths: list[str], think: tuple[float, float],
                         timeout: float, tally: Tally, end: float, rng: random.Random, who: str) -> None:
    context = await browser.new_context(viewport=VIEWPORT, locale="nl-NL")
    page = await context.new_page()
    try:
        while time.monotonic() < end:
            path = rng.choice(paths)
            try:
                seconds = await drawn(page, _address(base, path, who), timeout)
                tally.pages.append((page_of(path), seconds))
                tally.errors += [f"{path} as {who}: {e}" for e in await shown_errors(page)]
            except Exception as exc:  # a timeout or a closed connection is an error of the run
                tally.errors.append(f"{path} as {who}: {type(exc).__name__}: {str(exc)[:120]}")
            await asyncio.sleep(rng.uniform(*think))
    finally:
        await context.close()


async def submitter(browser, base: str, job: tuple, timeout: float, tally: Tally, delay: float) -> None:
    uid, org, period, data = job
    await asyncio.sleep(delay)
    context = await browser.new_context(viewport=VIEWPORT, locale="nl-NL")
    page = await context.new_page()
    try:
        await drawn(page, _address(base, f"aanleveren?organisatie={org}&kwartaal={period}", uid), timeout)
        started = time.perf_counter()
        await page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(files=[{
            "name": f"{org}_{period}.csv", "mimeType": "text/csv", "buffer": data}])
        confirm = page.get_by_role("button", name=t("upload.confirm", "nl"))
        await confirm.wait_for(timeout=timeout * 1000)
        await confirm.click()
        await page.get_by_text(re.compile(r"^Opgeslagen als inzending \d+")).wait_for(timeout=timeout * 1000)
        tally.uploads.append(time.perf_counter() - started)
    except Exception as exc:
        tally.errors.append(f"upload {org} {period} by {uid}: {type(exc).__name__}: {str(exc)[:160]}")
    finally:
        await context.close()


async def exporter(browser, base: str, who: str, timeout: float, tally: Tally, delay: float) -> None:
    await asyncio.sleep(delay)
    context = await browser.new_context(viewport=VIEWPORT, locale="nl-NL")
    page = await context.new_page()
    try:
        await drawn(page, _address(base, "export", who), timeout)
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
