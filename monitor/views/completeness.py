"""Who reported: reporting and on-time rates, organisations without a submission, rejections.

The rejected attempts (:func:`rejections`: organisations, file names; :func:`common_problems`)
are submissions detail of every organisation: they need ``submissions.view`` for all
organisations (a programme manager); a refusal is audited and raised as ``AccessDenied``.
"""

from __future__ import annotations

import polars as pl

from monitor.access.enforce import enforce_as
from monitor.access.model import User
from monitor.definitions import Definitions
from monitor.store import Store


def expected_organisations(defs: Definitions, register: pl.DataFrame) -> pl.DataFrame:
    """Organisations that report at least one measure (code, name, type, provincie)."""
    measures = list(defs.measures.values())
    keep = [any(m.applies_to(code, typ) for m in measures)
            for code, typ in zip(register["code"], register["type"], strict=True)]
    return register.filter(pl.Series(keep)).select(
        "code", pl.col("naam").alias("name"), "type", "provincie")


def reporting_rates(store: Store, defs: Definitions, register: pl.DataFrame,
                    quarters: list[str]) -> pl.DataFrame:
    """Per quarter and organisation type: expected, reported, on time, and the two rates.
    An organisation counts as reported when it has an accepted submission for the quarter, and
    as on time when its first accepted submission for the quarter was on time."""
    expected = expected_organisations(defs, register)
    grid = expected.join(pl.DataFrame({"period": quarters}, schema={"period": pl.String}),
                         how="cross")
    with store.read() as con:
        con.register("grid", grid)
        frame = con.sql("""
            WITH first AS (
                SELECT organisation, period, arg_min(on_time, received_at) AS on_time
                FROM submissions GROUP BY ALL)
            SELECT g.period, g.type, count(*) AS expected,
                   count(f.organisation) AS reported,
                   count(*) FILTER (WHERE f.on_time) AS on_time
            FROM grid g LEFT JOIN first f ON f.organisation = g.code AND f.period = g.period
            GROUP BY ALL ORDER BY g.period, g.type
        """).pl()
    return frame.with_columns(
        (pl.col("reported") / pl.col("expected")).alias("reporting_rate"),
        (pl.col("on_time") / pl.col("expected")).alias("on_time_rate"),
    )


def missing_organisations(store: Store, defs: Definitions, register: pl.DataFrame,
                          period: str) -> pl.DataFrame:
    """Expected organisations without an accepted submission for ``period``, by type and code."""
    expected = expected_organisations(defs, register)
    done = store.query("SELECT DISTINCT organisation AS code FROM submissions WHERE period = $p",
                       {"p": period})
    return expected.join(done, on="code", how="anti").sort("type", "code")


def rejections(store: Store, user: User | str | None, period: str | None = None) -> pl.DataFrame:
    """Rejected attempts (newest first), optionally for one quarter. Needs ``submissions.view``
    for every organisation."""
    enforce_as(store, user, "submissions.view", target="rejections")
    return store.query(
        "SELECT received_at, organisation, period, file_name, error_count, warning_count "
        "FROM rejected_attempts WHERE $p IS NULL OR period = $p ORDER BY received_at DESC",
        {"p": period})


def common_problems(store: Store, user: User | str | None, period: str | None = None,
                    limit: int = 10) -> pl.DataFrame:
    """The most frequent problem codes in rejected attempts. Needs ``submissions.view`` for
    every organisation."""
    enforce_as(store, user, "submissions.view", target="rejections")
    return store.query(
        """
        SELECT p.code, count(*) AS occurrences, count(DISTINCT r.id) AS attempts
        FROM rejected_attempts r,
             unnest(from_json(r.problems, '[{"code": "VARCHAR", "level": "VARCHAR"}]')) AS t(p)
        WHERE ($p IS NULL OR r.period = $p) AND p.level = 'error'
        GROUP BY p.code ORDER BY occurrences DESC, p.code LIMIT $n
        """,
        {"p": period, "n": limit})
