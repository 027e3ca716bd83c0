"""One headless Chrome/Chromium session (Kaleido) that renders many figures.

Kaleido's own sync server (``kaleido.start_sync_server``) is a process-wide singleton that hangs
for ever on the first render when the browser cannot be found or started (its thread dies and
``calc_fig_sync`` waits on a queue nobody serves). This session uses the same construction, a
``kaleido.Kaleido`` owned by an event loop in a background thread, but reports a failed start as
:class:`ExportUnavailable`, puts a time limit on every call and leaves the global server alone.

The page it renders in loads Plotly's bundled plotly.js (no CDN), has MathJax off, serves an
empty base-map topojson (``maps``), and replaces ``Math.random`` by a seeded generator: Plotly
takes its SVG element ids from it, so the same figure gives byte-identical SVG and PDF. Kaleido
reloads the page after every figure, so every render starts from the same seed.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import tempfile
import threading
import weakref
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

import kaleido
from choreographer.browsers.chromium import Chromium

from monitor.exports.errors import ExportError, ExportUnavailable
from monitor.exports.maps import write_empty_topojson
from monitor.text import Text

DEFAULT_BROWSER = Path("/usr/bin/chromium")
START_TIMEOUT = 60.0  # seconds to start the browser
RENDER_TIMEOUT = 60.0  # seconds for one figure

SEEDED_RANDOM_JS = """// Seeded Math.random (mulberry32): Plotly's element ids are the same on every render.
(function () {
  var state = 0x1b2d3c4d;
  Math.random = function () {
    state = (state + 0x6d2b79f5) | 0;
    var t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
})();
"""


def _unavailable(key: str, **params: object) -> Text:
    """Why there are no chart images, with how to install a browser."""
    return Text("error.export.browser", problem=Text(key, **params))


def _executable(path: str | Path | None) -> str | None:
    if path and Path(path).is_file() and os.access(path, os.X_OK):
        return str(path)
    return None


def find_browser(path: str | Path | None = None) -> str:
    """The Chrome/Chromium to use: ``path`` when given; else ``BROWSER_PATH``; else
    ``/usr/bin/chromium``; else Kaleido's own lookup (its downloaded Chrome, then Chrome,
    Chromium, Edge and Brave on PATH and in their usual places).

    Raises ExportUnavailable, saying what to install, when there is none.
    """
    if path is not None:
        found = _executable(path)
        if not found:
            raise ExportUnavailable(_unavailable("error.export.browser.at", path=path))
        return found
    env = os.environ.get("BROWSER_PATH")
    if env:
        found = _executable(env)
        if not found:
            raise ExportUnavailable(_unavailable("error.export.browser.env", path=env))
        return found
    found = _executable(DEFAULT_BROWSER) or _executable(Chromium.find_browser(skip_local=False))
    if not found:
        raise ExportUnavailable(_unavailable("error.export.browser.none"))
    return found


async def _cancel_pending() -> None:
    """Cancel what the browser left running on the loop (e.g. its watchdog) and wait for it."""
    tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


def _reason(e: BaseException) -> str:
    first = e.args[0] if e.args else ""
    return f"{type(e).__name__}: {first}" if first else type(e).__name__


def _shutdown(loop: asyncio.AbstractEventLoop, thread: threading.Thread, holder: dict[str, Any],
              tmp: tempfile.TemporaryDirectory) -> None:
    """Close the browser, stop the loop and remove the page files (idempotent)."""
    k = holder.pop("kaleido", None)
    if k is not None and loop.is_running():
        fut = asyncio.run_coroutine_threadsafe(k.close(), loop)
        with contextlib.suppress(Exception):  # best effort: the loop is stopped below anyway
            fut.result(timeout=30)
    if loop.is_running():
        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(_cancel_pending(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
    if thread.is_alive() and thread is not threading.current_thread():
        thread.join(timeout=30)
    if not loop.is_running() and not loop.is_closed():
        loop.close()
    tmp.cleanup()


class BrowserSession:
    """A started Kaleido browser; ``render(fig_dict, opts)`` returns image bytes. Close with
    ``close()`` (also done when the object is garbage collected or the process exits)."""

    def __init__(self, browser_path: str | Path | None = None, *, render_timeout: float = RENDER_TIMEOUT,
                 start_timeout: float = START_TIMEOUT):
        self.browser = find_browser(browser_path)
        self.render_timeout = render_timeout
        self._tmp = tempfile.TemporaryDirectory(prefix="monitor-export-")
        folder = Path(self._tmp.name)
        (folder / "seeded_random.js").write_text(SEEDED_RANDOM_JS, encoding="utf-8")
        self.topojson_url = write_empty_topojson(folder)
        self._holder: dict[str, Any] = {}
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="monitor-export-browser",
                                        daemon=True)
        self._thread.start()
        self._finalizer = weakref.finalize(self, _shutdown, self._loop, self._thread, self._holder, self._tmp)
        try:
            self._call(self._open(folder), start_timeout)
        except Exception as e:
            self._finalizer()
            raise ExportUnavailable(_unavailable("error.export.browser.start", path=self.browser,
                                                 reason=_reason(e))) from e
        except BaseException:  # e.g. KeyboardInterrupt: clean up, do not disguise it
            self._finalizer()
            raise

    async def _open(self, folder: Path) -> None:
        page = kaleido.PageGenerator(mathjax=False, others=[(folder / "seeded_random.js").as_uri()])
        k = kaleido.Kaleido(path=self.browser, page_generator=page, timeout=self.render_timeout, n=1)
        try:
            await k.open()
        except BaseException:
            with contextlib.suppress(Exception):  # the start error is the one to report
                await k.close()
            raise
        self._holder["kaleido"] = k

    def _call(self, coro: Coroutine[Any, Any, Any], timeout: float) -> Any:
        fut = asyncio.run_coroutine_threadsafe(coro, self._loop)
        try:
            return fut.result(timeout=timeout)
        except TimeoutError:
            fut.cancel()
            raise

    @property
    def is_open(self) -> bool:
        return "kaleido" in self._holder

    def render(self, fig: dict[str, Any], opts: dict[str, Any]) -> bytes:
        """Render a figure dict with Kaleido layout options (format, width, height, scale)."""
        k = self._holder.get("kaleido")
        if k is None:
            raise ExportError("the image export session is closed")
        try:
            job = k.calc_fig(fig, opts=opts, topojson=self.topojson_url)
            return self._call(job, self.render_timeout + 15)
        except TimeoutError as e:
            raise ExportError(Text("error.export.timeout", seconds=f"{self.render_timeout:.0f}")) from e
        except ExportError:
            raise
        except Exception as e:
            raise ExportError(Text("error.export.render", reason=_reason(e))) from e

    def close(self) -> None:
        """Close the browser and stop the background thread (safe to call twice)."""
        self._finalizer()
