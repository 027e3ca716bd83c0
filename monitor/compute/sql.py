"""Per-indicator aggregation in DuckDB SQL: one query per indicator over all quarters and all
breakdowns (GROUPING SETS). Values are never interpolated into SQL: measure ids, organisation
types and condition values are bound as parameters; only operators from a fixed list and column
names chosen here are written into the text.
"""

from __future__ import annotations

from monitor.definitions.model import Condition, Indicator, Measure

_OPS = {">": ">", ">=": ">=", "<": "<", "<=": "<=", "=": "=", "!=": "<>"}
_AGG = {"sum": "sum(x)", "mean": "avg(x)", "median": "median(x)", "max": "max(x)", "min": "min(x)"}


def _condition(cond: Condition | None, measure: Measure, params: dict) -> str:
    """SQL for 'x meets the condition' (x is num, or txt for choices)."""
    if cond is None:
        return "x = 1" if measure.type == "boolean" else "x IS NOT NULL"
    if cond.op == "in":
        params["cond"] = list(cond.value)  # type: ignore[arg-type]
        return "list_contains($cond::VARCHAR[], x)"
    value = cond.value
    if measure.type == "boolean":
        value = 1.0 if value in (True, 1, "ja", "true") else 0.0
    params["cond"] = value
    cast = "VARCHAR" if measure.type == "choice" else "DOUBLE"
    return f"x {_OPS[cond.op]} $cond::{cast}"


def indicator_sql(
    ind: Indicator, measures: dict[str, Measure], values: str = "current_values"
) -> tuple[str, dict]:
    """The query for one indicator. Bind ``$types``, ``$orgs`` (NULL for no restriction) and
    register a ``quarters`` relation (period VARCHAR, end_ordinal INTEGER) before running."""
    c = ind.compute
    params: dict = {}
    m1 = measures[c.numerator if c.kind == "ratio" else c.measure]
    params["m1"] = m1.id
    val = "m1.txt" if m1.type == "choice" else "m1.num"
    zero = ind.missing == "zero"
    joins = (
        "LEFT JOIN vals m1 ON m1.organisation = g.organisation AND m1.period = g.period AND m1.measure = $m1"
    )
    reported = "m1.state IS NOT NULL"
    hit = "NULL"
    if c.kind == "ratio":
        params["m2"] = c.denominator
        joins += (
            " LEFT JOIN vals m2 ON m2.organisation = g.organisation "
            "AND m2.period = g.period AND m2.measure = $m2"
        )
        reported = "(m1.state IS NOT NULL OR m2.state IS NOT NULL)"
        x = "NULL"
        n = "CASE WHEN m1.state = 'value' AND m2.state = 'value' THEN m1.num END"
        d = "CASE WHEN m1.state = 'value' AND m2.state = 'value' THEN m2.num END"
        if zero:
            n, d = f"coalesce({n}, 0)", f"coalesce({d}, 0)"
    else:
        n = d = "NULL"
        own = f"CASE WHEN m1.state = 'value' THEN {val} END"
        if c.kind in ("latest",) or ind.missing == "carry_forward":
            # last reported state at or before the quarter; a later n.v.t. stops the carry
            carried = (
                f"last_value(CASE WHEN m1.state IS NOT NULL THEN "
                f"{{'s': m1.state, 'x': {val}}} END IGNORE NULLS) OVER w"
            )
            x = f"CASE WHEN ({carried}).s = 'value' THEN ({carried}).x END"
        elif c.kind == "cumulative":
            x = (
                "CASE WHEN count(CASE WHEN m1.state = 'value' THEN 1 END) OVER w > 0 THEN "
                "sum(CASE WHEN m1.state = 'value' THEN m1.num END) OVER w END"
            )
        elif c.kind == "milestone":
            x = "min(CASE WHEN m1.state = 'value' THEN m1.num END) OVER w"
        elif zero:
            default = "'__none__'" if m1.type == "choice" else "0"
            x = f"CASE WHEN m1.state IS NULL THEN {default} ELSE {own} END"
        else:
            x = own
    if c.kind in ("share", "count"):
        hit = f"CASE WHEN x IS NULL THEN NULL WHEN {_condition(c.condition, m1, params)} THEN 1 ELSE 0 END"
    elif c.kind == "milestone":
        hit = "CASE WHEN x IS NOT NULL AND x <= end_ordinal THEN 1 ELSE 0 END"
    if all(not measures[mid].required for mid in c.measures()):
        # optional measures (a milestone date not yet reached, a lead time only for those who got
        # advice) are left empty when they do not apply: submitting the quarter counts as reported
        joins += (
            " LEFT JOIN (SELECT DISTINCT organisation, period FROM vals_all) s "
            "ON s.organisation = g.organisation AND s.period = g.period"
        )
        reported = f"(s.organisation IS NOT NULL OR {reported})"
    value, num, den, extra = _aggregate(ind)
    sql = f"""
    WITH vals_all AS (SELECT organisation, period FROM {values}),
    vals AS (
        SELECT organisation, period, measure, state, num, txt FROM {values}
        WHERE measure IN ($m1, {"$m2" if c.kind == "ratio" else "$m1"})),
    orgs AS (
        SELECT code AS organisation, type FROM organisations
        WHERE list_contains($types::VARCHAR[], type)
          AND ($orgs::VARCHAR[] IS NULL OR list_contains($orgs::VARCHAR[], code))),
    grid AS (SELECT o.organisation, o.type, q.period, q.end_ordinal FROM orgs o CROSS JOIN quarters q),
    raw AS (
        SELECT g.organisation, g.type, g.period, g.end_ordinal, {x} AS x, {n} AS n, {d} AS d,
               {reported} AS reported
        FROM grid g {joins}
        WINDOW w AS (PARTITION BY g.organisation ORDER BY g.period ROWS UNBOUNDED PRECEDING)),
    base AS (SELECT *, {hit} AS hit FROM raw)
    SELECT period,
        CASE WHEN grouping(organisation) = 0 THEN 'organisation'
             WHEN grouping(type) = 0 THEN 'type' ELSE 'national' END AS breakdown,
        CASE WHEN grouping(organisation) = 0 THEN organisation
             WHEN grouping(type) = 0 THEN type ELSE 'NL' END AS "group",
        {value} AS value, {num} AS numerator, {den} AS denominator,
        count(*) FILTER (WHERE reported) AS reported, count(*) AS expected{extra}
    FROM base
    GROUP BY GROUPING SETS ((period), (period, type), (period, type, organisation))
    """
    return sql, params


def _aggregate(ind: Indicator) -> tuple[str, str, str, str]:
    """value, numerator, denominator and extra select expressions per kind."""
    c = ind.compute
    none = "NULL::DOUBLE"
    extra = ", NULL::DOUBLE AS achieved_ordinal"
    if c.kind in ("sum", "cumulative"):
        return "sum(x)::DOUBLE", none, none, extra
    if c.kind in ("mean", "median"):
        return f"{_AGG[c.kind]}::DOUBLE", none, none, extra
    if c.kind == "latest":
        return f"{_AGG[c.agg]}::DOUBLE", none, none, extra
    if c.kind == "share":
        return ("100.0 * sum(hit) / nullif(count(hit), 0)", "sum(hit)::DOUBLE", "count(hit)::DOUBLE", extra)
    if c.kind == "count":
        return "CASE WHEN count(hit) > 0 THEN sum(hit) END::DOUBLE", none, none, extra
    if c.kind == "ratio":
        f = float(c.factor)
        return (f"{f!r} * sum(n) / nullif(sum(d), 0)", "sum(n)::DOUBLE", "sum(d)::DOUBLE", extra)
    if c.kind == "milestone":
        return (
            "max(hit)::DOUBLE",
            none,
            none,
            ", min(CASE WHEN hit = 1 THEN x END)::DOUBLE AS achieved_ordinal",
        )
    raise ValueError(f"unknown compute kind {c.kind}")
