"""Machine info, the targets, the printed table and the Markdown figures for BENCHMARKS.md."""

from __future__ import annotations

import os
import platform
import re
from importlib import metadata
from pathlib import Path

# (label, path into a scale's results, limit in seconds/MB/ratio, 'max' or 'min', scales)
TARGETS = [
    ("recompute: engine / SQL floor", ("compute", "engine_vs_floor"), 1.5, "max", ("S1", "S10", "S100")),
    ("recompute: pandas / engine", ("compute", "pandas_vs_engine"), 10.0, "min", ("S1", "S10", "S100")),
    ("recompute, like for like: engine national only / SQL floor",
     ("compute", "engine_national_vs_floor"), 1.5, "max", ("S1", "S10", "S100")),
    ("recompute, like for like: pandas / engine national only",
     ("compute", "pandas_vs_engine_national"), 10.0, "min", ("S1", "S10", "S100")),
    ("recompute S10 (s)", ("compute", "engine", "median"), 1.0, "max", ("S10",)),
    ("ingest typical file p50 (s)", ("ingest", "typical", "median"), 0.1, "max", ("S1",)),
    ("ingest typical file p50, database open (s)", ("ingest", "typical_in_session", "median"), 0.1,
     "max", ("S1",)),
    ("ingest 100k rows / read_csv", ("ingest", "bulk_vs_read_csv"), 3.0, "max", ("S1",)),
    ("refresh after an upload: pandas full recompute / incremental", ("refresh", "pandas_vs_incremental"),
     10.0, "min", ("S1", "S10")),
    ("slowest page warm, script time (s)", ("pages_max_script",), 0.3, "max", ("S1",)),
    ("slowest page warm, script time (s)", ("pages_max_script",), 1.0, "max", ("S10",)),
    ("chart PNG warm (s)", ("exports", "chart_png", "median"), 0.5, "max", ("S1",)),
    ("full export pack (s)", ("exports", "pack", "median"), 60.0, "max", ("S1",)),
    ("dashboard peak RSS (MB)", ("memory", "rss_peak_mb"), 400.0, "max", ("S1",)),
    ("slowest page drawn in Chromium, warm / floor", ("browser_max_ratio",), 1.5, "max", ("S1",)),
    ("slowest page drawn in Chromium, warm / floor", ("browser_max_ratio",), 2.0, "max", ("S10",)),
    ("first visit after a data change / floor", ("browser", "after_change", "ratio"), 2.5, "max",
     ("S1",)),
]


def machine() -> dict:
    cpu = "unknown"
    try:
        text = Path("/proc/cpuinfo").read_text()
        cpu = re.search(r"model name\s*:\s*(.+)", text).group(1)  # type: ignore[union-attr]
    except (OSError, AttributeError):
        pass
    mem = "unknown"
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))  # type: ignore[union-attr]
        mem = f"{kb / 2**20:.1f} GiB"
    except (OSError, AttributeError):
        pass
    versions = {}
    for pkg in ("duckdb", "polars", "pandas", "streamlit", "plotly", "kaleido"):
        try:
            versions[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            versions[pkg] = "-"
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram": mem,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_avg": os.getloadavg(),
        **versions,
    }


def pick(data: dict, path: tuple) -> float | None:
    for key in path:
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data if isinstance(data, int | float) else None


def add_derived(scale_result: dict) -> None:
    drawn = scale_result.get("browser")
    if drawn:
        scale_result["browser_max_ratio"] = max(
            (p["ratio"] for p in [*drawn["pages"].values(), *drawn["roles"].values()]), default=None)
    pages = scale_result.get("pages")
    if pages:
        scale_result["pages_max_warm"] = max(
            (p["warm"]["median"] for p in pages.values() if p.get("warm")), default=None
        )
        scale_result["pages_max_script"] = max(
            (p["script"] for p in pages.values() if p.get("script") is not None), default=None
        )


def targets(results: dict) -> list[dict]:
    out = []
    for label, path, limit, how, scales in TARGETS:
        for name in scales:
            value = pick(results["scales"].get(name, {}), path)
            if value is None:
                continue
            met = value <= limit if how == "max" else value >= limit
            out.append(
                {
                    "target": label,
                    "scale": name,
                    "value": value,
                    "limit": f"{'≤' if how == 'max' else '≥'} {limit:g}",
                    "met": met,
                }
            )
    return out


def fmt(v: float | None, unit: str = "s") -> str:
    if v is None:
        return "–"
    if unit == "s":
        return f"{v * 1000:.0f} ms" if v < 1 else f"{v:.2f} s"
    if unit == "x":
        return f"{v:.2f}×"
    return f"{v:.0f} MB"


def spread(s: dict | None) -> str:
    if not s:
        return "–"
    return f"{fmt(s['median'])} ({fmt(s['min'])}–{fmt(s['max'])}, n={s['runs']})"


def rows(results: dict) -> list[tuple[str, str, str]]:
    """(scale, figure, value) for every figure measured."""
    out = []
    for name, r in results["scales"].items():
        sc = r.get("scale", {})
        out.append(
            (
                name,
                "data",
                f"{sc.get('organisations')} organisations × {sc.get('quarters')} "
                f"quarters: {sc.get('submissions')} submissions, {sc.get('values')} values",
            )
        )
        c = r.get("compute")
        if c:
            out += [
                (name, "recompute: engine (all breakdowns, targets, status)", spread(c["engine"])),
                (name, "recompute: SQL floor (national values)", spread(c["floor"])),
                (name, "recompute: engine / floor", fmt(c["engine_vs_floor"], "x")),
            ]
            if "engine_national" in c:
                out += [
                    (name, "recompute: engine, national breakdown only (like for like)",
                     spread(c["engine_national"])),
                    (name, "recompute: engine national only / floor",
                     fmt(c["engine_national_vs_floor"], "x")),
                ]
            if "pandas" in c:
                out += [
                    (name, "recompute: pandas baseline (national values)", spread(c["pandas"])),
                    (name, "recompute: pandas / engine", fmt(c["pandas_vs_engine"], "x")),
                ]
                if "pandas_vs_engine_national" in c:
                    out.append((name, "recompute: pandas / engine national only",
                                fmt(c["pandas_vs_engine_national"], "x")))
            out.append(
                (
                    name,
                    "recompute: national values equal (engine = national-only engine = floor = pandas)",
                    f"{c['equal']} ({c['values_compared']} values)",
                )
            )
        i = r.get("ingest")
        if i:
            t = i["typical"]
            out.append(
                (
                    name,
                    f"ingest typical file ({'/'.join(map(str, i['typical_rows']))} rows) p50 / p90",
                    f"{fmt(t['median'])} / {fmt(t['p90'])} ({fmt(t['min'])}–{fmt(t['max'])}, n={t['runs']})",
                )
            )
            if i.get("typical_in_session"):
                ts = i["typical_in_session"]
                out.append((name, "ingest typical file, database already open (as on the dashboard) "
                                  "p50 / p90",
                            f"{fmt(ts['median'])} / {fmt(ts['p90'])} ({fmt(ts['min'])}–{fmt(ts['max'])}, "
                            f"n={ts['runs']})"))
            if i.get("bulk"):
                out += [
                    (name, f"ingest bulk file ({i['bulk_rows']} rows, {i['bulk_mb']} MB)", spread(i["bulk"])),
                    (name, "DuckDB read_csv of the same file", spread(i["read_csv"])),
                    (name, "ingest bulk / read_csv", fmt(i["bulk_vs_read_csv"], "x")),
                ]
        for page, p in (r.get("pages") or {}).items():
            out.append(
                (
                    name,
                    f"page {page}: cold / warm (AppTest) / script",
                    f"{fmt(p['cold'])} / {spread(p['warm']) if p.get('warm') else '–'}"
                    + (f" / {fmt(p['script'])}" if p.get("script") is not None else ""),
                )
            )
        floors = [p["floor"]["median"] for p in (r.get("pages") or {}).values() if p.get("floor")]
        if floors:
            out.append((name, "AppTest floor (one-element script), median over the pages",
                        f"{fmt(sorted(floors)[len(floors) // 2])} "
                        f"({fmt(min(floors))}–{fmt(max(floors))})"))
        out += browser_rows(name, r.get("browser"))
        e = r.get("exports")
        if e:
            out += [
                (name, "snapshot (freeze)", fmt(e["snapshot"])),
                (name, "one chart PNG, warm", spread(e["chart_png"])),
            ]
            if "pack" in e:
                out.append(
                    (
                        name,
                        f"full export pack ({e['pack_files']} files, {e['pack_mb']} MB zip)",
                        spread(e["pack"]),
                    )
                )
        out += refresh_rows(name, r.get("refresh"))
        m = r.get("memory")
        if m:
            out += [
                (
                    name,
                    "dashboard process RSS idle / after all pages / peak",
                    f"{fmt(m['rss_idle_mb'], 'mb')} / {fmt(m['rss_after_mb'], 'mb')} / "
                    f"{fmt(m['rss_peak_mb'], 'mb')}",
                ),
                (
                    name,
                    f"its children (image export Chromium, {m['children']} processes), PSS",
                    fmt(m["children_pss_mb"], "mb"),
                ),
            ]
    return out


def browser_rows(name: str, b: dict | None) -> list[tuple[str, str, str]]:
    """The pages drawn in Chromium: the floor, every page and role landing page (drawn, ratio to
    the floor, kB received, Plotly figures, DOM nodes), the first visit after a change, the map."""
    if not b:
        return []
    out = [(name, "drawn in Chromium: one-element page (the floor)", spread(b["floor"]["drawn"]))]
    if b.get("floor_plotly"):
        fp = b["floor_plotly"]["drawn"]
        out.append((name, "drawn in Chromium: the floor with one tiny Plotly chart",
                    f"{spread(fp)}; {fmt(fp['median'] / b['floor']['drawn']['median'], 'x')} floor"))
    for kind, entries in (("page", b["pages"]), ("landing page of", b["roles"])):
        for key, p in entries.items():
            what = f"{key} ({p['title']})" if kind != "page" else key
            out.append((name, f"drawn in Chromium: {kind} {what}",
                        f"{spread(p['drawn'])}; {fmt(p['ratio'], 'x')} floor; {p['kb']:.0f} kB, "
                        f"{p['figures']} figures, {p['nodes']} DOM nodes"))
    if b.get("after_change"):
        a = b["after_change"]
        out.append((name, f"drawn in Chromium: first visit of {a['page']} after a new submission",
                    f"{spread(a['drawn'])}; {fmt(a['ratio'], 'x')} floor"))
    if b.get("map"):
        out.append((name, "drawn in Chromium: actie per organisatie (maps), WebGL software / off",
                    f"{spread(b['map']['webgl_software'])} / {spread(b['map']['webgl_off'])}"))
    return out


def refresh_rows(name: str, f: dict | None) -> list[tuple[str, str, str]]:
    """The refresh after an upload (``benchmarks.refresh``)."""
    if not f:
        return []
    touched = "/".join(map(str, f["indicators_touched"]))
    out = [
        (name, f"refresh after an upload ({f['uploads']} uploads; {touched} of {f['indicators']} "
               "indicators touched): incremental", spread(f["incremental"])),
        (name, "refresh after an upload: engine full recompute", spread(f["full"])),
        (name, "refresh after an upload: engine full / incremental", fmt(f["full_vs_incremental"], "x")),
    ]
    if "pandas" in f:
        out += [(name, "refresh after an upload: pandas full recompute (national values)",
                 spread(f["pandas"])),
                (name, "refresh after an upload: pandas / incremental", fmt(f["pandas_vs_incremental"], "x"))]
    out.append((name, "refresh after an upload: incremental = engine full recompute (exactly)",
                "yes" if f["equal"] else "NO"))
    return out


def table(results: dict) -> str:
    lines = rows(results)
    w1 = max((len(f) for _, f, _ in lines), default=10)
    text = [f"{s:<5} {f:<{w1}} {v}" for s, f, v in lines]
    text.append("")
    for tg in results.get("targets", []):
        mark = "met   " if tg["met"] else "MISSED"
        value = tg["value"]
        text.append(f"{mark} {tg['scale']:<5} {tg['target']:<34} {value:.3f} (target {tg['limit']})")
    return "\n".join(text)


def markdown(results: dict) -> str:
    m = results["machine"]
    out = [
        f"Command: `{results['command']}` — run {results['started']}",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['ram']} RAM; Python {m['python']}, DuckDB "
        f"{m['duckdb']}, Polars {m['polars']}, pandas {m['pandas']}, Streamlit {m['streamlit']}; "
        f"load average at the start {', '.join(f'{x:.1f}' for x in m['load_avg'])}"
        + (" (the machine was shared with other work)." if m["load_avg"][0] > 1.5 else "."),
        "",
        *[f"From an earlier run, {inc['started']}: {', '.join(inc['scales'])} "
          f"(`{inc['command']}`; load average at its start "
          f"{', '.join(f'{x:.1f}' for x in inc['load_avg'])})." for inc in results.get("included", [])],
        *([""] if results.get("included") else []),
        "| scale | figure | value: median (min–max, runs) |",
        "| --- | --- | --- |",
    ]
    out += [f"| {s} | {f} | {v} |" for s, f, v in rows(results)]
    out += ["", "| target | scale | measured | target | met |", "| --- | --- | --- | --- | --- |"]
    for tg in results.get("targets", []):
        out.append(
            f"| {tg['target']} | {tg['scale']} | {tg['value']:.3f} | {tg['limit']} | "
            f"{'✔' if tg['met'] else '✖ missed'} |"
        )
    growth = growth_rows(results)
    if growth:
        out += [
            "",
            "Growth (median, relative to S1):",
            "",
            "| figure | " + " | ".join(growth[0][1]) + " |",
            "| --- |" + " --- |" * len(growth[0][1]),
        ]
        out += [f"| {label} | " + " | ".join(vals.values()) + " |" for label, vals in growth]
    return "\n".join(out)


def growth_rows(results: dict) -> list[tuple[str, dict[str, str]]]:
    scales = [s for s in ("S1", "S10", "S100") if s in results["scales"]]
    if len(scales) < 2:
        return []
    figures = [
        ("recompute: engine", ("compute", "engine", "median")),
        ("recompute: SQL floor", ("compute", "floor", "median")),
        ("recompute: pandas", ("compute", "pandas", "median")),
        ("ingest typical file", ("ingest", "typical", "median")),
        ("refresh after an upload: incremental", ("refresh", "incremental", "median")),
        ("slowest page warm, script time", ("pages_max_script",)),
        ("dashboard peak RSS", ("memory", "rss_peak_mb")),
    ]
    out = []
    for label, path in figures:
        base = pick(results["scales"]["S1"], path)
        vals = {}
        for s in scales:
            v = pick(results["scales"][s], path)
            unit = "mb" if "RSS" in label else "s"
            vals[s] = (
                "–" if v is None else (fmt(v, unit) + (f" ({v / base:.1f}×)" if base and s != "S1" else ""))
            )
        out.append((label, vals))
    return out


def update_markdown(path: Path, results: dict) -> None:
    """Replace the figures between the markers in BENCHMARKS.md."""
    text = path.read_text(encoding="utf-8")
    start, end = "<!-- figures:start -->", "<!-- figures:end -->"
    a, b = text.index(start) + len(start), text.index(end)
    path.write_text(text[:a] + "\n" + markdown(results) + "\n" + text[b:], encoding="utf-8")
