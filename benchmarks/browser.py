"""Pages drawn in the browser: the real dashboard (``streamlit run``, the browser tests' starter
``tests/e2e/server.py``) over the scale's database, driven by Debian's Chromium through Playwright.

*Drawn* is the time from navigation until the app is done (``tests/e2e/ui.py`` APP_DONE: script
run finished, connected, nothing stale or spinning, the title there, every Plotly chart drawn) and
the DOM has not changed for a quiet period: the time of the last DOM mutation, measured in the page
(``performance.now()``, zero at navigation start). Every visit is a new tab, so a new Streamlit
session (as a second visitor); the browser context is kept, so Streamlit's own static files come
from the HTTP cache, as for a returning user. *Warm*: the median of N visits after one untimed
visit of the same page. The *floor* is a one-element Streamlit page (``st.title``) in the same
harness: session start, websocket and the frontend's own start; every figure is a ratio to it.
*Floor with Plotly*: the same page with one tiny Plotly chart, the fixed cost of any figure.

Per page also: bytes received (HTTP bodies and websocket frames: Streamlit sends the page's
elements over the websocket), number of Plotly figures, DOM nodes. *After a change*: the first
visit after a new submission was stored (the dashboard must see the new data version and
recompute). Headless Chromium has no GPU: WebGL (the map, ``Choroplethmap``) is drawn in software
(SwiftShader); ``map`` compares the Actie page with the map drawn and with WebGL switched off.
"""

from __future__ import annotations

import contextlib
import statistics
import tempfile
from pathlib import Path

from benchmarks.scales import TODAY, Scale
from benchmarks.timing import stats
from tests.e2e.server import copy_database, start_app
from tests.e2e.ui import APP_DONE, CHROMIUM, CHROMIUM_ARGS

PM = "demo-programmamanager"
# every page of the navigation, as the programme manager (who sees all but Gebruikers)
PAGES = ["overzicht", "actie", "actie-organisaties", "organisatie", "volledigheid", "aanleveren",
         "toezeggingen", "definities", "export", "audit", "colofon"]
# a page's address in the benchmark: Actie of A03 in its first view (Verloop) and in the view per
# organisation with the maps (?weergave=organisaties)
ADDRESSES = {"actie": "actie?actie=a03&", "actie-organisaties": "actie?actie=a03&weergave=organisaties&"}
# every role's landing page: '/' opens the role's first page
ROLES = {"programmamanager": PM, "actiehouder": "demo-actiehouder", "indiener": "demo-amsterdam",
         "viewer": "demo-viewer", "beheerder": "demo-beheerder"}
QUICK_PAGES = ["overzicht"]
QUIET_MS = 600  # no DOM change for this long after the app is done: drawn
# the floor; with ?plotly=1 also one tiny Plotly chart: the fixed cost of any page with a figure
# (Streamlit loads and starts plotly.js, some 4.5 MB of script, only for the first chart of a page)
FLOOR_SCRIPT = """import streamlit as st

st.title("Voortgangsmonitor")
if st.query_params.get("plotly"):
    import plotly.graph_objects as go

    st.plotly_chart(go.Figure(go.Bar(x=["a"], y=[1])))
"""

# records the time of the last DOM change (ms since navigation start)
OBSERVER = """
window.__lastChange = 0; window.__ran = 0; window.__runs = 0;
new MutationObserver(changes => {
  window.__lastChange = performance.now();
  for (const c of changes) {
    if (c.attributeName !== 'data-test-script-state') continue;
    const state = c.target.getAttribute('data-test-script-state');
    if (state === 'running' && c.oldValue !== 'running') window.__runs += 1;
    if (state === 'notRunning' && c.oldValue === 'running') window.__ran = performance.now();
  }
}).observe(document, {subtree: true, childList: true, attributes: true, characterData: true,
                      attributeOldValue: true});
"""
MEASURE = """
() => ({
  drawn: window.__lastChange,
  ran: window.__ran,
  runs: window.__runs,
  figures: document.querySelectorAll('[data-testid="stPlotlyChart"]').length,
  maps: document.querySelectorAll('[data-testid="stPlotlyChart"] canvas').length,
  nodes: document.getElementsByTagName('*').length,
  title: (document.querySelector('[data-testid="stMain"] h1') || {}).innerText || '',
})
"""
DONE_AND_QUIET = f"""
() => ({APP_DONE})() && performance.now() - window.__lastChange > {QUIET_MS}
"""


def visit(context, url: str, timeout: float = 180) -> dict:
    """Open ``url`` in a new tab of ``context`` and wait until it is drawn; the figures."""
    page = context.new_page()
    received = {"http": 0, "ws": 0}

    def on_ws(ws) -> None:
        ws.on("framereceived", lambda payload: received.__setitem__(
            "ws", received["ws"] + len(payload if isinstance(payload, bytes) else payload.encode())))

    def on_request(request) -> None:
        with contextlib.suppress(Exception):  # a response whose body is gone (redirect, aborted)
            received["http"] += request.sizes()["responseBodySize"]

    page.on("websocket", on_ws)
    page.on("requestfinished", on_request)
    try:
        page.goto(url)
        page.wait_for_function(DONE_AND_QUIET, timeout=timeout * 1000, polling=100)
        out = page.evaluate(MEASURE)
        out["drawn"] /= 1000
        out["ran"] /= 1000
        out |= {"http_kb": received["http"] / 1024, "ws_kb": received["ws"] / 1024}
        return out
    finally:
        page.close()


def series(context, url: str, runs: int) -> dict:
    """One untimed visit, then ``runs`` timed ones: drawn (median, spread) and the last visit's
    sizes."""
    visit(context, url)
    samples = [visit(context, url) for _ in range(runs)]
    last = samples[-1]
    return {"drawn": stats([s["drawn"] for s in samples]), "title": last["title"],
            "ran": round(statistics.median(s["ran"] for s in samples), 3), "runs": last["runs"],
            "figures": last["figures"], "maps": last["maps"], "nodes": last["nodes"],
            "kb": round(statistics.median(s["http_kb"] + s["ws_kb"] for s in samples), 1),
            "ws_kb": round(statistics.median(s["ws_kb"] for s in samples), 1)}


def add_submission(db: Path, scale: Scale) -> str:
    """Store one new typical submission in ``db`` (a copy of the scale's database; the dashboard
    holds no lock between script runs); returns what was added."""
    from benchmarks.ingest import USER, typical_files
    from monitor.intake.ingest import submit_file
    from monitor.runtime import open_runtime

    rt = open_runtime(db, Path(scale.config))
    org, period, data = typical_files(rt, 1)[0]
    submit_file(rt.store, rt.context(today=TODAY), data, f"{org}-{period}.csv", organisation=org,
                period=period, user=USER)
    return f"{org} {period}"


def run(scale: Scale, runs: int, *, pages: list[str] | None = None, roles: bool = True,
        change: bool = True, webgl: bool = True, log=print) -> dict:
    """Drawn times of ``pages`` (and the role landing pages, the first visit after a change and
    the map with and without WebGL) against the floor, at ``scale``."""
    from playwright.sync_api import sync_playwright

    pages = pages or PAGES
    out: dict = {"runs": runs, "quiet_ms": QUIET_MS, "pages": {}, "roles": {}}
    with tempfile.TemporaryDirectory(prefix="bench-browser-") as tmp, sync_playwright() as p:
        floor_script = Path(tmp) / "floor.py"
        floor_script.write_text(FLOOR_SCRIPT, encoding="utf-8")
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        db = copy_database(Path(scale.db), Path(tmp) / "db")  # the changes below stay in the copy
        app = start_app(db, Path(tmp) / "app.log", timeout=180, config=Path(scale.config))
        floor = start_app(db, Path(tmp) / "floor.log", config=Path(scale.config),
                          script=floor_script)
        try:
            context = browser.new_context(viewport={"width": 1400, "height": 900})
            context.add_init_script(OBSERVER)
            out["floor"] = series(context, floor.url, runs)
            out["floor_plotly"] = series(context, f"{floor.url}/?plotly=1", runs)
            log(f"  floor {out['floor']['drawn']['median']:.2f} s, with one Plotly chart "
                f"{out['floor_plotly']['drawn']['median']:.2f} s")
            base = out["floor"]["drawn"]["median"]
            for name in pages:
                r = series(context, f"{app.url}/{ADDRESSES.get(name, name + '?')}demo_user={PM}", runs)
                r["ratio"] = r["drawn"]["median"] / base
                out["pages"][name] = r
                log(f"  {name} {r['drawn']['median']:.2f} s ({r['ratio']:.1f}x; last run ended "
                    f"{r['ran']:.2f} s, {r['runs']} runs), {r['figures']} figures, {r['nodes']} nodes, "
                    f"{r['kb']:.0f} kB")
            for role, user in (ROLES.items() if roles else ()):
                r = series(context, f"{app.url}/?demo_user={user}", runs)
                r["ratio"] = r["drawn"]["median"] / base
                out["roles"][role] = r
                log(f"  landing {role} ({r['title']}) {r['drawn']['median']:.2f} s ({r['ratio']:.1f}x)")
            if change:
                first = []
                for _ in range(runs):
                    added = add_submission(db, scale)
                    first.append(visit(context, f"{app.url}/overzicht?demo_user={PM}")["drawn"])
                out["after_change"] = {"page": "overzicht", "drawn": stats(first),
                                       "ratio": statistics.median(first) / base, "added": added}
                log(f"  after a change {statistics.median(first):.2f} s")
            if "actie-organisaties" in pages and webgl:  # the view with the maps
                out["map"] = {"webgl_software": out["pages"]["actie-organisaties"]["drawn"]}
                nogl = p.chromium.launch(executable_path=str(CHROMIUM),
                                         args=[*CHROMIUM_ARGS, "--disable-webgl"])
                ctx = nogl.new_context(viewport={"width": 1400, "height": 900})
                ctx.add_init_script(OBSERVER)
                url = f"{app.url}/{ADDRESSES['actie-organisaties']}demo_user={PM}"
                out["map"]["webgl_off"] = series(ctx, url, runs)["drawn"]
                nogl.close()
                log(f"  actie, WebGL off {out['map']['webgl_off']['median']:.2f} s")
        finally:
            app.stop()
            floor.stop()
            browser.close()
    return out

