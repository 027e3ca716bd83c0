"""The benchmark scales and their databases, written directly into the store's tables.

- **S1**: the real register (``data/organisaties.csv``) x every measure of the real definitions
  (``indicators/``) x 20 quarters (2022-Q1 to 2026-Q4). Values come from the demo generator
  (:mod:`monitor.demo`: same seed, same plausible levels, 12.5 % of organisation-quarters missing),
  one submission per organisation-quarter that is submitted.
- **S10**, **S100**: the register plus 9 (99) synthetic copies of every organisation (code
  ``<code>-K<j>``, same type and provincie), each reporting the values of a randomly chosen
  original organisation of the same type (seeded), so 10x (100x) organisations and values over the
  same 20 quarters. Copies do not report measures restricted to named organisations (e.g. KOOP).

Each scale lives in a folder with its own register CSV, config (pointing at the real indicator
folder and users file) and DuckDB file. Everything is inserted in one transaction; the per-file
intake path is not used (far too slow for S100; it is measured separately in ``ingest``).
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path

import polars as pl
import yaml

from monitor.config import DEFAULT_CONFIG, load_config
from monitor.definitions import Definitions, require_definitions
from monitor.demo.common import NVT
from monitor.demo.measures import generate
from monitor.demo.schedule import plan_submissions
from monitor.demo.world import World
from monitor.intake.core import Context
from monitor.periods import Quarter
from monitor.register import load_register
from monitor.runtime import Runtime, open_runtime

FACTORS = {"S1": 1, "S10": 10, "S100": 100}
FIRST, LAST = "2022-Q1", "2026-Q4"  # 20 quarters
TODAY = date(2027, 1, 15)  # the day the benchmark pretends it is: 2026-Q4 completed and open
ROOT = Path(__file__).resolve().parent.parent
VALUE_SCHEMA = {
    "organisation": pl.String,
    "period": pl.String,
    "measure": pl.String,
    "state": pl.String,
    "num": pl.Float64,
    "txt": pl.String,
}


@dataclass
class Scale:
    """One built scale: where its files are and how big it is."""

    name: str
    folder: str
    db: str
    config: str
    register: str
    organisations: int
    quarters: int
    submissions: int
    values: int
    build_seconds: float

    @property
    def until(self) -> Quarter:
        return Quarter.parse(LAST)

    def runtime(self) -> Runtime:
        return open_runtime(self.db, self.config)


def base_world() -> tuple[World, Definitions]:
    """The demo generator's world over the real register, 2022-Q1 to 2026-Q4."""
    config = load_config()
    register = load_register(config)
    defs = require_definitions(config, config.path("indicators.folder"), set(register["code"]))
    ctx = Context(defs, dict(zip(register["code"], register["type"], strict=True)), config, TODAY, "nl", {})
    world = World(ctx, Quarter.parse(LAST))
    plan_submissions(world)
    generate(world)
    return world, defs


def _stored(m_type: str, v: object) -> tuple[str, float | None, str | None]:
    """(state, num, txt) as the intake stores a value (see monitor.intake.values)."""
    if v is NVT:
        return "nvt", None, None
    if m_type == "boolean":
        return "value", 1.0 if v else 0.0, None
    if m_type == "date":
        return "value", float(v.toordinal()), v.isoformat()  # type: ignore[union-attr]
    if m_type == "choice":
        return "value", None, str(v)
    return "value", float(v), None  # type: ignore[arg-type]


def base_values(world: World) -> pl.DataFrame:
    """Every submitted value of the demo world, as stored (empty values are not stored)."""
    rows = []
    for qi, q in enumerate(world.quarters):
        for code in sorted(world.submitted[qi]):
            vals = world.values[(code, qi)]
            for m in world.org_measures[code]:
                v = vals.get(m.id)
                if v is not None:
                    rows.append((code, str(q), m.id, *_stored(m.type, v)))
    return pl.DataFrame(rows, schema=VALUE_SCHEMA, orient="row")


def copies(register: pl.DataFrame, factor: int, seed: int) -> pl.DataFrame:
    """Synthetic organisations: ``factor - 1`` copies of the register, with column ``source`` =
    the original whose values the copy reports (same type, chosen at random)."""
    rng = random.Random(seed)
    by_type: dict[str, list[str]] = {}
    for code, typ in zip(register["code"], register["type"], strict=True):
        by_type.setdefault(typ, []).append(code)
    rows = []
    for j in range(1, factor):
        for code, name, typ, prov in register.select("code", "naam", "type", "provincie").iter_rows():
            rows.append((f"{code}-K{j}", f"{name} (kopie {j})", typ, prov, "", rng.choice(by_type[typ])))
    return pl.DataFrame(
        rows,
        schema={
            "code": pl.String,
            "naam": pl.String,
            "type": pl.String,
            "provincie": pl.String,
            "tooi": pl.String,
            "source": pl.String,
        },
        orient="row",
    )


def scaled_values(base: pl.DataFrame, extra: pl.DataFrame, defs: Definitions) -> pl.DataFrame:
    """The base values plus the values of every copy (its source's values for the measures the
    copy reports)."""
    allowed = pl.DataFrame(
        [(t, m.id) for m in defs.measures.values() if not m.organisations for t in m.reporters],
        schema={"type": pl.String, "measure": pl.String},
        orient="row",
    )
    copied = (
        extra.select(pl.col("code").alias("new"), "type", pl.col("source").alias("organisation"))
        .join(allowed, on="type")
        .join(base, on=["organisation", "measure"])
        .select(pl.col("new").alias("organisation"), "period", "measure", "state", "num", "txt")
    )
    return pl.concat([base, copied])


def write_config(folder: Path, register: Path, db: Path) -> Path:
    cfg = yaml.safe_load(DEFAULT_CONFIG.read_text(encoding="utf-8"))
    cfg["register"]["file"] = str(register)
    cfg["indicators"]["folder"] = str(ROOT / "indicators")
    cfg["access"]["users_file"] = str(ROOT / "data" / "users.example.yaml")
    cfg["access"]["environment"] = "demo"
    cfg["database"]["path"] = str(db)
    path = folder / "config.yaml"
    path.write_text(yaml.safe_dump(cfg, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def insert(rt: Runtime, values: pl.DataFrame) -> int:
    """One submission per organisation-quarter and its values (version 1, current), in one
    transaction; returns the number of submissions."""
    subs = (
        values.group_by("organisation", "period").agg(pl.len().alias("rows")).sort("period", "organisation")
    )
    ctx = rt.context(today=TODAY)
    deadlines = {p: ctx.deadline(Quarter.parse(p)) for p in subs["period"].unique().to_list()}
    subs = subs.with_columns(
        pl.col("period").replace_strict(deadlines, return_dtype=pl.Date).alias("deadline")
    )
    received = datetime(2027, 1, 10, 9, 0)
    with rt.store.transaction() as con:
        ids = con.sql(
            "SELECT nextval('submission_id_seq') AS id FROM range($n)", params={"n": len(subs)}
        ).pl()
        subs = subs.with_columns(ids.to_series().alias("id"))  # later uploads continue the sequence
        con.register("bench_subs", subs)
        con.register("bench_values", values)
        con.execute(
            """
            INSERT INTO submissions SELECT id, organisation, period, ?::TIMESTAMP, 'benchmark',
                'benchmark', 'benchmark.csv', 0, 'benchmark-' || id, 'utf-8', ';', deadline, true,
                rows, rows, 0, 0, '[]' FROM bench_subs""",
            [received],
        )
        con.execute("""
            INSERT INTO submitted_values SELECT s.id, v.organisation, v.period, v.measure, 1,
                v.state, v.num, v.txt, NULL, true
            FROM bench_values v JOIN bench_subs s USING (organisation, period)""")
        con.unregister("bench_subs")
        con.unregister("bench_values")
    return len(subs)


def build(name: str, root: Path, *, rebuild: bool = False, log=print) -> Scale:
    """The scale's folder under ``root`` (built when missing or ``rebuild``)."""
    folder = (root / name).resolve()
    meta = folder / "scale.json"
    if meta.exists() and not rebuild:
        return Scale(**json.loads(meta.read_text()))
    t0 = time.perf_counter()
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("monitor.duckdb*"):
        stale.unlink()
    world, defs = base_world()
    base = base_values(world)
    register = load_register(load_config())
    extra = copies(register, FACTORS[name], seed=8)
    full_register = pl.concat([register, extra.drop("source")], how="diagonal")  # copies: no contact
    reg_path = folder / "organisaties.csv"
    full_register.write_csv(reg_path)
    db = folder / "monitor.duckdb"
    cfg = write_config(folder, reg_path, db)
    values = scaled_values(base, extra, defs) if len(extra) else base
    rt = open_runtime(db, cfg)
    n_subs = insert(rt, values)
    scale = Scale(
        name,
        str(folder),
        str(db),
        str(cfg),
        str(reg_path),
        len(full_register),
        len(world.quarters),
        n_subs,
        len(values),
        round(time.perf_counter() - t0, 2),
    )
    meta.write_text(json.dumps(asdict(scale), indent=1))
    log(
        f"built {name}: {scale.organisations} organisations, {scale.submissions} submissions, "
        f"{scale.values} values in {scale.build_seconds:.1f} s"
    )
    return scale
