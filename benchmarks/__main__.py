"""Run the benchmark suite: ``uv run python -m benchmarks [--scale S1 S10 S100] [--quick]``.

Prints a table, writes JSON into ``benchmarks/results/`` and, with ``--markdown``, the figures
into BENCHMARKS.md. ``--quick`` is the smoke mode CI runs (S1, one run each, no export pack and
no dashboard process): it checks that everything works and that the engine, the SQL floor and the
pandas baseline give equal national values.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from datetime import datetime
from pathlib import Path

from benchmarks import browser, cli, compute, exports, ingest, memory, pages, refresh
from benchmarks.report import add_derived, machine, table, targets, update_markdown
from benchmarks.scales import FACTORS, ROOT, build

RESULTS = ROOT / "benchmarks" / "results"
AREAS = ("compute", "ingest", "pages", "exports", "memory", "cli", "browser", "refresh")
# what is measured at which scale (S100 is too large for the dashboard: compute and ingest only)
PLAN = {"S1": AREAS, "S10": ("compute", "ingest", "pages", "memory", "browser", "refresh"),
        "S100": ("compute", "ingest")}
# no dashboard process in the smoke mode, but for the browser area's reduced version (the floor and
# one page, once)
QUICK = ("compute", "ingest", "pages", "exports", "cli", "browser", "refresh")


def run_scale(
    name: str, areas: tuple[str, ...], *, runs: int, quick: bool, work: Path, rebuild: bool, log=print
) -> dict:
    scale = build(name, work, rebuild=rebuild, log=log)
    out: dict = {"scale": scale.__dict__}
    wanted = [a for a in PLAN[name] if a in areas and (a in QUICK or not quick)
              and (a != "browser" or browser.CHROMIUM.exists())]  # Debian's chromium, never downloaded
    for area in wanted:
        log(f"{name}: {area} ...")
        if area == "compute":
            out["compute"] = compute.run(scale, runs, warmup=0 if quick else 1)
        elif area == "ingest":
            bulk = (5_000 if quick else 100_000) if name == "S1" else 0
            out["ingest"] = ingest.run(scale, 3 if quick else 30, bulk, 1 if quick else 3)
        elif area == "pages":
            out["pages"] = pages.run(scale, 0 if quick else 5, per_process=not quick)
        elif area == "exports":
            out["exports"] = exports.run(scale, 1 if quick else 10, pack=not quick)
        elif area == "memory":
            out["memory"] = memory.run(scale)
        elif area == "cli":
            out["cli"] = cli.run(scale, 2 if quick else 15)
        elif area == "browser":
            out["browser"] = (browser.run(scale, 1, pages=browser.QUICK_PAGES, roles=False, change=False,
                                          log=log) if quick else
                              browser.run(scale, runs, change=name == "S1", log=log))
        elif area == "refresh":  # quick: one upload, no pandas baseline
            out["refresh"] = refresh.run(scale, 1 if quick else runs, pandas_runs=0 if quick else 3)
    add_derived(out)
    return out


def run_benchmark(
    scales: list[str],
    *,
    quick: bool = False,
    runs: int = 5,
    areas: tuple[str, ...] = AREAS,
    work: Path | None = None,
    rebuild: bool = False,
    command: str = "",
    log=print,
    save=None,
) -> dict:
    started = datetime.now().isoformat(timespec="seconds")
    info = machine()
    results: dict = {"command": command, "started": started, "quick": quick, "machine": info, "scales": {}}
    for name in scales:
        results["scales"][name] = run_scale(
            name,
            areas,
            runs=1 if quick else min(runs, 2) if name == "S100" else runs,  # S100: ~1 min a run
            quick=quick,
            work=work or RESULTS / "work",
            rebuild=rebuild,
            log=log,
        )
        if save:
            save(results)  # after every scale: a failure later keeps what was measured
    results["targets"] = [] if quick else targets(results)
    return results


def include(results: dict, path: Path) -> None:
    """Add what an earlier results file measured and ``results`` lacks: whole scales, or areas of
    a scale this run did not measure; each stated with that run's time and load."""
    earlier = json.loads(path.read_text(encoding="utf-8"))
    added = []
    for name, scale in earlier["scales"].items():
        mine = results["scales"].get(name)
        if mine is None:
            results["scales"][name] = scale
            added.append(name)
            continue
        areas = [a for a in AREAS if a in scale and a not in mine]
        for area in areas:
            mine[area] = scale[area]
        if areas:
            add_derived(mine)
            added.append(f"{name} ({', '.join(areas)})")
    if added:
        results.setdefault("included", []).append({
            "file": path.name, "started": earlier["started"], "command": earlier["command"],
            "load_avg": earlier["machine"]["load_avg"], "scales": added})
        order = [s for s in FACTORS if s in results["scales"]]
        results["scales"] = {s: results["scales"][s] for s in order}
        results["targets"] = [] if results["quick"] else targets(results)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--scale", nargs="+", default=["S1", "S10", "S100"], choices=list(FACTORS))
    parser.add_argument("--quick", action="store_true", help="smoke mode: S1, one run each")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per figure (default 5)")
    parser.add_argument("--areas", nargs="+", default=list(AREAS), choices=AREAS)
    parser.add_argument("--rebuild", action="store_true", help="rebuild the scale databases")
    parser.add_argument("--markdown", action="store_true", help="write the figures into BENCHMARKS.md")
    parser.add_argument("--include", type=Path, metavar="JSON", action="append", default=[],
                        help="add the scales and areas of an earlier run's results file that this run "
                             "does not measure (stated with that run's time and load); repeatable")
    args = parser.parse_args(argv)
    command = "uv run python -m benchmarks " + shlex.join(argv if argv is not None else sys.argv[1:])
    scales = ["S1"] if args.quick else args.scale

    def save(results: dict) -> None:
        RESULTS.mkdir(parents=True, exist_ok=True)
        stamp = results["started"].replace(":", "")
        for path in (RESULTS / f"benchmark-{stamp}.json", RESULTS / "latest.json"):
            path.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")

    results = run_benchmark(
        scales,
        quick=args.quick,
        runs=args.runs,
        areas=tuple(args.areas),
        rebuild=args.rebuild,
        command=command.strip(),
        save=save,
    )
    for path in args.include:
        include(results, path)
    save(results)
    print(table(results))
    print(f"\nresults: {RESULTS / 'latest.json'}")
    if args.markdown:
        update_markdown(ROOT / "BENCHMARKS.md", results)
        print("figures written into BENCHMARKS.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
