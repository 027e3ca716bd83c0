"""Aggregation in DuckDB SQL: one subquery per indicator over all quarters and its breakdowns,
one statement per indicator, run one after the other on one connection. Values are
never interpolated into SQL: indicator and measure ids, organisation types and condition values
are bound as parameters (named per indicator, ``$i3_m1``); only operators from a fixed list and
column names chosen here are written into the text.

The national and type values are aggregates (GROUPING SETS, only the breakdowns the indicator
declares); the organisation breakdown is a group of one, so its row is written directly from the
organisation's ``x``/``hit`` (no grouping), with the same result as the aggregate over one row.
Window functions are written only for the kinds and policies that carry values over quarters.
"""

from __future__ import annotations

from monitor.compute.rules import DEFAULT_MAX_CARRY, max_carry
from monitor.definitions import Definitions
from monitor.definitions.model import Condition, Indicator, Measure

_OPS = {">": ">", ">=": ">=", "<": "<", "<=": "<=", "=": "=", "!=": "<>"}
_AGG = {"sum": "sum(x)", "mean": "avg(x)", "median": "median(x)", "max": "max(x)", "min": "min(x)"}


def _condition(cond: Condition | None, measure: Measure, params: dict, p: str) -> str:
    """SQL for 'x meets the condition' (x is num, or txt for choices)."""
    if cond is None:
        return "x = 1" if measure.type == "boolean" else "x IS NOT NULL"
    if cond.op == "in":
        params[f"{p}cond"] = list(cond.value)  # type: ignore[arg-type]
        return f"list_contains(${p}cond::VARCHAR[], x)"
    value = cond.value
    if measure.type == "boolean":
        value = 1.0 if value in (True, 1, "ja", "true") else 0.0
    params[f"{p}cond"] = value
    cast = "VARCHAR" if measure.type == "choice" else "DOUBLE"
    return f"x {_OPS[cond.op]} ${p}cond::{cast}"


def _policy(ind: Indicator, m1: Measure, val: str, limit: int | None) -> tuple[str, list[str]]:
    """The per-organisation columns before the missing policy is applied, as SELECT items over
    the grid joined to the values (``step``) and items over that (``raw``): x0 (the value of a
    single-measure kind, own or carried), n0/d0 (the parts of a ratio, one pair from one quarter),
    carried (the value comes from an earlier quarter) and gap (no state in effect: what
    ``missing: zero`` fills)."""
    c = ind.compute
    if c.kind == "ratio":
        both = "m1.state = 'value' AND m2.state = 'value'"
        state = (f"CASE WHEN {both} THEN 'value' "
                 "WHEN m1.state IS NOT NULL OR m2.state IS NOT NULL THEN 'other' END")
        own_n, own_d = f"CASE WHEN {both} THEN m1.num END", f"CASE WHEN {both} THEN m2.num END"
    else:
        state, own_n, own_d = "m1.state", "NULL", "NULL"
    own = f"CASE WHEN m1.state = 'value' THEN {val} END" if c.kind != "ratio" else "NULL"
    if limit is not None:
        # each organisation's last state at or before the quarter, its quarter and its value(s): a
        # 'value' always has a value, so when the last state is 'value' the last non-empty value
        # (pair) is its value; a later n.v.t. or empty report stops the carry; older than the
        # limit, the value no longer counts
        step = [f"last_value({state} IGNORE NULLS) OVER w AS ls",
                f"last_value(CASE WHEN {state} IS NOT NULL THEN g.qn END IGNORE NULLS) OVER w AS lq",
                f"last_value({own} IGNORE NULLS) OVER w AS lv",
                f"last_value({own_n} IGNORE NULLS) OVER w AS ln",
                f"last_value({own_d} IGNORE NULLS) OVER w AS ld"]
        live = f"ls = 'value' AND qn - lq <= {int(limit)}"
        cols = [f"CASE WHEN {live} THEN lv END AS x0", f"CASE WHEN {live} THEN ln END AS n0",
                f"CASE WHEN {live} THEN ld END AS d0", f"coalesce({live} AND lq < qn, false) AS carried",
                f"(ls IS NULL OR (ls = 'value' AND NOT ({live}))) AS gap"]
        return ", ".join(step), cols
    if c.kind == "cumulative":
        x0 = ("CASE WHEN count(CASE WHEN m1.state = 'value' THEN 1 END) OVER w > 0 THEN "
              "sum(CASE WHEN m1.state = 'value' THEN m1.num END) OVER w END")
    elif c.kind == "milestone":
        x0 = "min(CASE WHEN m1.state = 'value' THEN m1.num END) OVER w"
    else:
        x0 = own
    # a cumulative sum looks back: a quarter without a report adds 0, so only an organisation
    # without any value to date is a gap
    step = [f"{x0} AS x0", f"{own_n} AS n0", f"{own_d} AS d0"]
    if c.kind in ("cumulative", "milestone"):
        return ", ".join(step), ["false AS carried", "x0 IS NULL AS gap"]
    return ", ".join([*step, f"({state}) IS NULL AS gap"]), ["false AS carried"]


def indicator_sql(
    ind: Indicator, measures: dict[str, Measure], types: list[str], p: str = "i0_",
    values: str = "current_values", max_carry_default: int = DEFAULT_MAX_CARRY,
    changed: tuple[int, int] | None = None, only: list[str] | None = None,
) -> tuple[str, dict]:
    """The subquery for one indicator (``types``: the organisation types it covers); its
    parameters are named with the prefix ``p``. Runs on a connection with ``submitted``
    (:func:`submitted_sql`) and ``quarters`` (period VARCHAR, end_ordinal INTEGER) registered.
    Columns: indicator, period, breakdown, group, value, numerator, denominator, achieved_ordinal,
    n, carried, reported, expected. The rules per policy are in ``monitor.compute.rules``.

    With ``changed`` (the first and last quarter number, year * 4 + quarter, of new submissions)
    only the rows those quarters can change are written (:func:`reach`), and with ``only`` only
    those organisations' own rows (the incremental refresh, ``monitor.compute.refresh``): the
    grid keeps every quarter these rows look back on, so they are the same as in the full query."""
    c = ind.compute
    m1 = measures[c.numerator if c.kind == "ratio" else c.measure]
    restrict = sorted({o for mid in c.measures() for o in measures[mid].organisations or []}) or None
    params: dict = {f"{p}id": ind.id, f"{p}m1": m1.id, f"{p}types": types, f"{p}orgs": restrict}
    val = "m1.txt" if m1.type == "choice" else "m1.num"
    zero = ind.missing == "zero"
    joins = (
        "LEFT JOIN vals m1 ON m1.organisation = g.organisation AND m1.period = g.period "
        f"AND m1.measure = ${p}m1"
    )
    reported = "m1.state IS NOT NULL"
    if c.kind == "ratio":
        params[f"{p}m2"] = c.denominator
        joins += (
            " LEFT JOIN vals m2 ON m2.organisation = g.organisation "
            f"AND m2.period = g.period AND m2.measure = ${p}m2"
        )
        reported = "(m1.state IS NOT NULL OR m2.state IS NOT NULL)"
    step, cols = _policy(ind, m1, val, max_carry(ind, max_carry_default))
    # missing: zero fills a gap with 0 / no (a choice with a value no condition names); whether
    # the group then has a value at all is decided on n (engine)
    if c.kind == "ratio":
        x = "NULL"
        n, d = ("coalesce(n0, 0)", "coalesce(d0, 0)") if zero else ("n0", "d0")
        has = "(n0 IS NOT NULL AND d0 IS NOT NULL)"
    else:
        default = "'__none__'" if m1.type == "choice" else "0"
        x = f"CASE WHEN gap THEN {default} ELSE x0 END" if zero else "x0"
        n = d = "NULL"
        has = "(x0 IS NOT NULL OR reported)" if c.kind == "milestone" else "(x0 IS NOT NULL)"
    hit = "NULL"
    if c.kind in ("share", "count"):
        hit = f"CASE WHEN x IS NULL THEN NULL WHEN {_condition(c.condition, m1, params, p)} THEN 1 ELSE 0 END"
    elif c.kind == "milestone":
        hit = "CASE WHEN x IS NOT NULL AND x <= end_ordinal THEN 1 ELSE 0 END"
    if all(not measures[mid].required for mid in c.measures()):
        # optional measures (a milestone date not yet reached, a lead time only for those who got
        # advice) are left empty when they do not apply: submitting the quarter counts as reported
        joins += " LEFT JOIN submitted s ON s.organisation = g.organisation AND s.period = g.period"
        reported = f"(s.organisation IS NOT NULL OR {reported})"
    window = (" WINDOW w AS (PARTITION BY g.organisation ORDER BY g.period ROWS UNBOUNDED PRECEDING)"
              if " OVER w" in step else "")
    measure_ids = f"${p}m1, ${p}m2" if c.kind == "ratio" else f"${p}m1"
    where = where_one = span = ""
    qn = "substr(q.period, 1, 4)::INTEGER * 4 + substr(q.period, 7, 1)::INTEGER"
    if changed is not None and set(ind.breakdowns) & {"national", "type", "organisation"}:
        # the grid's quarters (and the values: no others join it)
        back, ahead = reach(ind, max_carry_default)
        params[f"{p}since"] = int(changed[0])
        if back is not None:
            params[f"{p}from"] = int(changed[0]) - back
            span += f" AND {qn} >= ${p}from"
        if ahead is not None:
            params[f"{p}upto"] = int(changed[1]) + ahead
            span += f" AND {qn} <= ${p}upto"
        if "organisation" in ind.breakdowns:
            params[f"{p}only"] = list(only or [])
        where = f" WHERE qn >= ${p}since"
        where_one = f"{where} AND list_contains(${p}only::VARCHAR[], organisation)"
    grid_where = (" WHERE " + span.removeprefix(" AND ")) if span else ""
    vals_span = span.replace("q.period", "period")
    parts = []
    levels = [b for b in ("national", "type") if b in ind.breakdowns]
    if levels:
        if len(levels) == 2:
            label = ("CASE WHEN grouping(type) = 0 THEN 'type' ELSE 'national' END AS breakdown, "
                     "CASE WHEN grouping(type) = 0 THEN type ELSE 'NL' END AS \"group\"")
            group_by = "GROUPING SETS ((period), (period, type))"
        elif levels == ["national"]:
            label, group_by = "'national' AS breakdown, 'NL' AS \"group\"", "period"
        else:
            label, group_by = "'type' AS breakdown, type AS \"group\"", "period, type"
        parts.append(f"""
    SELECT ${p}id AS indicator, period, {label},
        {_columns(ind, single=False)}, count(*) FILTER (WHERE has) AS n,
        count(*) FILTER (WHERE has AND carried) AS carried,
        count(*) FILTER (WHERE reported) AS reported, count(*) AS expected
    FROM base{where} GROUP BY {group_by}""")
    if "organisation" in ind.breakdowns:
        parts.append(f"""
    SELECT ${p}id AS indicator, period, 'organisation' AS breakdown, organisation AS "group",
        {_columns(ind, single=True)}, has::BIGINT AS n, (has AND carried)::BIGINT AS carried,
        reported::BIGINT AS reported, 1::BIGINT AS expected
    FROM base{where_one}""")
    if not parts:
        parts.append("SELECT * FROM (SELECT NULL::VARCHAR AS indicator) WHERE false")
    sql = f"""
    WITH vals AS (
        SELECT organisation, period, measure, state, num, txt FROM {values}
        WHERE measure IN ({measure_ids}){vals_span}),
    orgs AS (
        SELECT code AS organisation, type FROM organisations
        WHERE list_contains(${p}types::VARCHAR[], type)
          AND (${p}orgs::VARCHAR[] IS NULL OR list_contains(${p}orgs::VARCHAR[], code))),
    grid AS (
        SELECT o.organisation, o.type, q.period, q.end_ordinal,
               {qn} AS qn
        FROM orgs o CROSS JOIN quarters q{grid_where}),
    step AS (
        SELECT g.organisation, g.type, g.period, g.end_ordinal, g.qn, {reported} AS reported, {step}
        FROM grid g {joins}{window}),
    raw AS (SELECT *, {", ".join(cols)} FROM step),
    imputed AS (SELECT *, {x} AS x, {n} AS n, {d} AS d, {has} AS has FROM raw),
    base AS (SELECT *, {hit} AS hit FROM imputed)
    {" UNION ALL ".join(parts)}
    """
    return sql, params


def reach(ind: Indicator, max_carry_default: int = DEFAULT_MAX_CARRY) -> tuple[int | None, int | None]:
    """(back, ahead): how many quarters before a quarter Q its rows look back on, and how many
    quarters after Q a value of Q can change a row; None: the whole history, or every later
    quarter. Cumulative and milestone run over the whole history; a carried value lives ``limit``
    quarters (a later state stops it, so a change at Q reaches Q + limit at most) and a row only
    needs the states of the ``limit`` quarters before it, except under ``missing: zero``, which
    fills a gap that the last state decides however old it is (so: the whole history, and every
    later quarter); every other row is its quarter's."""
    if ind.compute.kind in ("cumulative", "milestone"):
        return None, None
    limit = max_carry(ind, max_carry_default)
    if limit is not None:
        return (limit, limit) if ind.missing != "zero" else (None, None)
    return 0, 0


# per kind: value, numerator, denominator, achieved_ordinal of a group (aggregate), and the same
# for a group of one organisation written without grouping (its row: same result)
_GROUP = {
    "sum": ("sum(x)", None, None, None),
    "share": ("100.0 * sum(hit) / nullif(count(hit), 0)", "sum(hit)", "count(hit)", None),
    "count": ("CASE WHEN count(hit) > 0 THEN sum(hit) END", None, None, None),
    "ratio": ("{factor} * sum(n) / nullif(sum(d), 0)", "sum(n)", "sum(d)", None),
    "milestone": ("max(hit)", None, None, "min(CASE WHEN hit = 1 THEN x END)"),
}
_ONE = {
    "sum": ("x", None, None, None),
    "share": ("100.0 * hit / CASE WHEN hit IS NOT NULL THEN 1 END", "hit", "(hit IS NOT NULL)::INTEGER",
              None),
    "count": ("hit", None, None, None),
    "ratio": ("{factor} * n / nullif(d, 0)", "n", "d", None),
    "milestone": ("hit", None, None, "CASE WHEN hit = 1 THEN x END"),
}


def _columns(ind: Indicator, single: bool) -> str:
    """value, numerator, denominator and achieved_ordinal per kind, of a group or (``single``)
    of one organisation's row."""
    c = ind.compute
    if c.kind not in (*_GROUP, "cumulative", "mean", "median", "latest"):
        raise ValueError(f"unknown compute kind {c.kind}")
    exprs = (_ONE if single else _GROUP).get(c.kind, ("x" if single else "sum(x)", None, None, None))
    if not single and c.kind in ("mean", "median", "latest"):
        exprs = (_AGG[c.agg if c.kind == "latest" else c.kind], None, None, None)  # type: ignore[union-attr]
    names = ("value", "numerator", "denominator", "achieved_ordinal")
    factor = repr(float(getattr(c, "factor", 1.0)))
    return ", ".join(f"({e.format(factor=factor) if e else 'NULL'})::DOUBLE AS {n}"
                     for e, n in zip(exprs, names, strict=True))


def engine_queries(
    defs: Definitions, values: str = "current_values", max_carry_default: int = DEFAULT_MAX_CARRY,
) -> list[tuple[str, dict]]:
    """One statement per indicator of ``defs`` (:func:`indicator_sql`) with its parameters, run
    one after the other on one connection that has ``quarters`` and ``submitted`` (see
    :func:`submitted_sql`) registered.

    One query per indicator, not one UNION ALL of all of them: DuckDB runs the branches of a
    union side by side, each with its own window and hash-join state, which held 180 MB for S1
    and ~800 MB for S10 while the separate queries hold 50 MB and 110 MB, and took no less time
    (S10: 3.0-3.6 s as one statement, 2.1-2.8 s separately; see BENCHMARKS.md)."""
    return [indicator_sql(ind, defs.measures, defs.covers(ind), f"i{k}_", values, max_carry_default)
            for k, ind in enumerate(defs.indicators.values())]


def submitted_sql(values: str = "current_values") -> str:
    """The organisation-quarters with any value (for indicators on optional measures only):
    computed once and registered as ``submitted`` for all the indicators' queries."""
    return f"SELECT DISTINCT organisation, period FROM {values}"
