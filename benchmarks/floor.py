"""The floor: ONE hand-written DuckDB SQL statement that computes the national value of every
indicator in every quarter, for all nine compute kinds and the three missing-value policies.

The definitions enter as data (a ``spec`` relation, one row per indicator, see ``spec``), the
quarters as a ``quarters`` relation; everything else is this one query. It computes national
values only (no type/organisation breakdowns, no targets, forecast or status), so it is the least
work that gives the same national numbers.
"""

from __future__ import annotations

import duckdb
import polars as pl

from benchmarks.spec import spec_frame
from monitor.compute.engine import quarters_frame
from monitor.definitions import Definitions

FLOOR_SQL = """
WITH submitted AS (SELECT DISTINCT organisation, period FROM current_values),
grid AS (
    SELECT s.*, o.code AS organisation, q.period, q.end_ordinal
    FROM spec s
    JOIN organisations o ON list_contains(s.types, o.type)
                        AND (s.orgs IS NULL OR list_contains(s.orgs, o.code))
    CROSS JOIN quarters q),
joined AS (
    SELECT g.*, substr(g.period, 1, 4)::INTEGER * 4 + substr(g.period, 7, 1)::INTEGER AS qn,
           v1.state AS s1, v1.num AS n1, v1.txt AS t1, v2.state AS s2, v2.num AS n2,
           sub.organisation IS NOT NULL AS submitted
    FROM grid g
    LEFT JOIN current_values v1
           ON v1.organisation = g.organisation AND v1.period = g.period AND v1.measure = g.m1
    LEFT JOIN current_values v2
           ON v2.organisation = g.organisation AND v2.period = g.period AND v2.measure = g.m2
    LEFT JOIN submitted sub ON sub.organisation = g.organisation AND sub.period = g.period),
running AS (
    SELECT *,
        last_value(CASE WHEN s1 IS NOT NULL THEN {'s': s1, 'n': n1, 't': t1} END IGNORE NULLS)
            OVER w AS last,
        last_value(CASE WHEN s1 IS NOT NULL OR s2 IS NOT NULL THEN
            {'ok': s1 = 'value' AND s2 = 'value', 'n': n1, 'd': n2, 'q': qn} END IGNORE NULLS)
            OVER w AS pair,
        last_value(CASE WHEN s1 IS NOT NULL THEN qn END IGNORE NULLS) OVER w AS last_q,
        sum(CASE WHEN s1 = 'value' THEN n1 END) OVER w AS cum,
        count(CASE WHEN s1 = 'value' THEN 1 END) OVER w AS cum_n,
        min(CASE WHEN s1 = 'value' THEN n1 END) OVER w AS first_n
    FROM joined
    WINDOW w AS (PARTITION BY indicator, organisation ORDER BY period ROWS UNBOUNDED PRECEDING)),
x AS (
    SELECT *,
        CASE WHEN kind = 'cumulative' THEN CASE WHEN cum_n > 0 THEN cum END
             WHEN kind = 'milestone' THEN first_n
             WHEN kind = 'latest' OR missing = 'carry_forward'
                  THEN CASE WHEN last.s = 'value' AND qn - last_q <= max_carry THEN last.n END
             WHEN missing = 'zero' AND s1 IS NULL THEN 0
             WHEN s1 = 'value' THEN n1 END AS xn,
        CASE WHEN kind = 'latest' OR missing = 'carry_forward'
                  THEN CASE WHEN last.s = 'value' AND qn - last_q <= max_carry THEN last.t END
             WHEN missing = 'zero' AND s1 IS NULL THEN '__none__'
             WHEN s1 = 'value' THEN t1 END AS xt,
        CASE WHEN missing = 'carry_forward'
                  THEN CASE WHEN pair.ok AND qn - pair.q <= max_carry THEN pair.n END
             WHEN s1 = 'value' AND s2 = 'value' THEN n1
             WHEN missing = 'zero' THEN 0 END AS rn,
        CASE WHEN missing = 'carry_forward'
                  THEN CASE WHEN pair.ok AND qn - pair.q <= max_carry THEN pair.d END
             WHEN s1 = 'value' AND s2 = 'value' THEN n2
             WHEN missing = 'zero' THEN 0 END AS rd,
        CASE WHEN kind = 'ratio' THEN s1 IS NOT NULL OR s2 IS NOT NULL ELSE s1 IS NOT NULL END
            OR (optional AND submitted) AS reported
    FROM running),
hits AS (
    SELECT *,
        CASE WHEN kind = 'milestone' THEN (xn IS NOT NULL AND xn <= end_ordinal)::INTEGER
             WHEN kind NOT IN ('share', 'count') THEN NULL
             WHEN (CASE WHEN choice THEN xt IS NULL ELSE xn IS NULL END) THEN NULL
             WHEN cond = 'none_bool' THEN (xn = 1)::INTEGER
             WHEN cond = 'none' THEN 1
             WHEN cond = 'in' THEN list_contains(cond_list, xt)::INTEGER
             WHEN choice THEN (CASE op WHEN '=' THEN xt = cond_txt WHEN '!=' THEN xt <> cond_txt
                                       WHEN '>' THEN xt > cond_txt WHEN '>=' THEN xt >= cond_txt
                                       WHEN '<' THEN xt < cond_txt ELSE xt <= cond_txt END)::INTEGER
             ELSE (CASE op WHEN '=' THEN xn = cond_num WHEN '!=' THEN xn <> cond_num
                           WHEN '>' THEN xn > cond_num WHEN '>=' THEN xn >= cond_num
                           WHEN '<' THEN xn < cond_num ELSE xn <= cond_num END)::INTEGER
        END AS hit
    FROM x),
national AS (
    SELECT indicator, period, any_value(kind) AS kind, any_value(agg) AS agg,
        any_value(factor) AS factor, any_value(carries) AS carries,
        count(*) FILTER (WHERE reported) AS reported,
        sum(xn) AS x_sum, avg(xn) AS x_mean, median(xn) AS x_median, max(xn) AS x_max,
        min(xn) AS x_min, sum(hit) AS hits, count(hit) AS hit_n, max(hit) AS hit_max,
        sum(rn) AS n_sum, sum(rd) AS d_sum
    FROM hits GROUP BY indicator, period)
SELECT indicator, period,
    CASE WHEN NOT carries AND reported = 0 THEN NULL
         WHEN kind IN ('sum', 'cumulative') THEN x_sum
         WHEN kind = 'mean' THEN x_mean
         WHEN kind = 'median' THEN x_median
         WHEN kind = 'latest' THEN CASE agg WHEN 'sum' THEN x_sum WHEN 'mean' THEN x_mean
                                            WHEN 'median' THEN x_median WHEN 'max' THEN x_max
                                            ELSE x_min END
         WHEN kind = 'share' THEN 100.0 * hits / nullif(hit_n, 0)
         WHEN kind = 'count' THEN CASE WHEN hit_n > 0 THEN hits END
         WHEN kind = 'ratio' THEN factor * n_sum / nullif(d_sum, 0)
         WHEN kind = 'milestone' THEN hit_max
    END::DOUBLE AS value
FROM national ORDER BY indicator, period
"""


def floor_values(con: duckdb.DuckDBPyConnection, defs: Definitions, quarters: pl.DataFrame) -> pl.DataFrame:
    """National value per indicator and quarter (columns indicator, period, value)."""
    con.register("spec", spec_frame(defs))
    con.register("quarters", quarters)
    try:
        return con.sql(FLOOR_SQL).pl()
    finally:
        con.unregister("spec")
        con.unregister("quarters")


__all__ = ["FLOOR_SQL", "floor_values", "quarters_frame"]
