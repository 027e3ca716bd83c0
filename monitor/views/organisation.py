"""One organisation: its submissions and timeliness, its values against its peers, its problems.

Every function takes the acting user and refuses (``access.denied`` in the audit log, then
:class:`~monitor.access.errors.AccessDenied`) what that user's role may not see:

- :func:`timeliness`: ``view`` (any organisation) or ``submissions.view`` for the organisation;
- :func:`peer_comparison`: ``view`` only (it shows other organisations' values: never an indiener);
- :func:`open_problems`: ``submissions.view`` for the organisation (an indiener: own ones);
- :func:`peer_values` and :func:`province_members`: ``view`` only (other organisations' values).

:func:`visible_organisations` and :func:`visible_sections` tell the page what to offer.
"""

from __future__ import annotations

from collections.abc import Iterable

import polars as pl

from monitor.access.enforce import enforce_any, enforce_as
from monitor.access.guard import allowed, permitted_organisations
from monitor.access.model import User
from monitor.definitions import Definitions
from monitor.frames import each
from monitor.intake.messages import name
from monitor.problems import said
from monitor.store import Store
from monitor.text import unit_text

SECTIONS = ("timeliness", "peers", "members", "problems", "submissions")


def visible_organisations(user: User | str | None, codes: Iterable[str]) -> list[str]:
    """Those of ``codes`` whose organisation page ``user`` may open, in the given order: every one
    with ``view``, else those with ``submissions.view`` (an indiener: own organisations)."""
    codes = list(codes)
    if allowed(user, "view"):
        return codes
    return permitted_organisations(user, "submissions.view", codes)


def visible_sections(user: User | str | None, organisation: str) -> list[str]:
    """The sections of the organisation page ``user`` may see for ``organisation`` (of
    :data:`SECTIONS`): the page draws only these."""
    view = allowed(user, "view")
    own = allowed(user, "submissions.view", organisation)
    # members: a province's gemeenten with their values (the page draws it for a province only)
    shown = {"timeliness": view or own, "peers": view, "members": view, "problems": own,
             "submissions": own}
    return [s for s in SECTIONS if shown[s]]


def timeliness(store: Store, user: User | str | None, organisation: str) -> dict[str, int]:
    """Quarters submitted, of which on time (first accepted submission), and rejected attempts.
    Needs ``view`` or ``submissions.view`` for ``organisation``."""
    enforce_any(store, user, ("view", None), ("submissions.view", organisation),
                target=f"timeliness {organisation}")
    row = store.query(
        """
        SELECT (SELECT count(*) FROM (SELECT period, arg_min(on_time, received_at) AS t
                FROM submissions WHERE organisation = $o GROUP BY period)) AS quarters,
               (SELECT count(*) FROM (SELECT period, arg_min(on_time, received_at) AS t
                FROM submissions WHERE organisation = $o GROUP BY period) WHERE t) AS on_time,
               (SELECT count(*) FROM rejected_attempts WHERE organisation = $o) AS rejected
        """, {"o": organisation}).row(0, named=True)
    return dict(row)


def peer_comparison(store: Store, user: User | str | None, results: pl.DataFrame, defs: Definitions,
                    register: pl.DataFrame, organisation: str, period: str,
                    lang: str) -> pl.DataFrame:
    """For every indicator with a per-organisation breakdown: the organisation's value in
    ``period`` against the median and number of its peers (same organisation type), and (rules
    version 2) whether its value and how many of the peers' values were carried forward from an
    earlier quarter. Needs ``view``: it shows values of the organisation's peers."""
    enforce_as(store, user, "view", target=f"peers {organisation}")
    org_type = register.filter(pl.col("code") == organisation)["type"].item()
    peers = register.filter(pl.col("type") == org_type)["code"]
    rows = results.filter((pl.col("breakdown") == "organisation") & (pl.col("period") == period)
                          & pl.col("group").is_in(peers.implode()))
    # results of rules version 2: whether the own value and how many of the peers' values were
    # carried forward from an earlier quarter (the median rests on ``peers`` values)
    v2 = "carried" in rows.columns
    own = rows.filter(pl.col("group") == organisation).select(
        "indicator", pl.col("value").alias("own"),
        *([(pl.col("carried") > 0).alias("own_carried")] if v2 else []))
    stats = rows.filter(pl.col("value").is_not_null()).group_by("indicator").agg(
        pl.col("value").median().alias("peer_median"), pl.len().alias("peers"),
        *([(pl.col("carried") > 0).sum().cast(pl.Int64).alias("peers_carried")] if v2 else []))
    titles = {i.id: i.title.get(lang) for i in defs.indicators.values()}
    units = {i.id: unit_text(i.unit, lang) for i in defs.indicators.values()}
    return (own.join(stats, on="indicator", how="left")
            .with_columns(pl.col("indicator").replace_strict(titles).alias("title"),
                          pl.col("indicator").replace_strict(units).alias("unit"))
            .select("indicator", "title", "unit", "own", *(["own_carried"] if v2 else []),
                    "peer_median", "peers", *(["peers_carried"] if v2 else []))
            .sort("indicator"))


def _values(results: pl.DataFrame, register: pl.DataFrame, codes: pl.Series, indicator: str,
            period: str) -> pl.DataFrame:
    """``code``, ``name``, ``value``, ``reported`` (and ``carried``) of ``codes`` in ``period``;
    an organisation without a result has no value."""
    rows = results.filter((pl.col("breakdown") == "organisation") & (pl.col("period") == period)
                          & (pl.col("indicator") == indicator) & pl.col("group").is_in(codes.implode()))
    carried = [(pl.col("carried") > 0).alias("carried")] if "carried" in rows.columns else []
    rows = rows.select(pl.col("group").alias("code"), "value", "reported", *carried)
    return (register.filter(pl.col("code").is_in(codes.implode()))
            .select("code", pl.col("naam").alias("name"))
            .join(rows, on="code", how="left").sort("code"))


def peer_values(store: Store, user: User | str | None, results: pl.DataFrame,
                register: pl.DataFrame, organisation: str, indicator: str,
                period: str) -> pl.DataFrame:
    """The values in ``period`` of ``organisation`` and every peer (same organisation type) for
    ``indicator``: ``code``, ``name``, ``value``, ``reported``, (``carried``). Needs ``view``."""
    enforce_as(store, user, "view", target=f"peers {organisation}")
    org_type = register.filter(pl.col("code") == organisation)["type"].item()
    return _values(results, register, register.filter(pl.col("type") == org_type)["code"],
                   indicator, period)


def province_members(store: Store, user: User | str | None, results: pl.DataFrame,
                     register: pl.DataFrame, province: str, indicator: str,
                     period: str) -> pl.DataFrame:
    """The gemeenten of ``province`` (by the register's column ``provincie``) with their values
    in ``period`` for ``indicator``: ``code``, ``name``, ``value``, ``reported``, (``carried``).
    Needs ``view``: they are other organisations' values."""
    enforce_as(store, user, "view", target=f"members {province}")
    codes = register.filter((pl.col("provincie") == province)
                            & (pl.col("type") == "gemeente"))["code"]
    return _values(results, register, codes, indicator, period)


def open_problems(store: Store, user: User | str | None, organisation: str,
                  lang: str = "nl") -> pl.DataFrame:
    """Rejected attempts for quarters that still have no accepted submission, and warnings on the
    latest submission per quarter; newest first: the problem's short name, code, row and message
    in ``lang`` (said again from its code and parameters). Needs ``submissions.view`` for
    ``organisation``."""
    enforce_as(store, user, "submissions.view", organisation, target=f"problems {organisation}")
    found = store.query(
        """
        SELECT r.received_at, r.period, 'rejected' AS kind, p.code, p."row", p.message, p.text
        FROM rejected_attempts r,
             unnest(from_json(r.problems, '[{"code": "VARCHAR", "row": "INTEGER",
                                             "message": "VARCHAR", "text": "JSON"}]')) AS t(p)
        WHERE r.organisation = $o AND NOT EXISTS (
            SELECT 1 FROM submissions s WHERE s.organisation = r.organisation
              AND s.period = r.period AND s.received_at > r.received_at)
        UNION ALL
        SELECT s.received_at, s.period, 'warning', p.code, p."row", p.message, p.text
        FROM (SELECT * FROM submissions WHERE organisation = $o
              QUALIFY row_number() OVER (PARTITION BY period ORDER BY id DESC) = 1) s,
             unnest(from_json(s.warnings, '[{"code": "VARCHAR", "row": "INTEGER",
                                             "message": "VARCHAR", "text": "JSON"}]')) AS t(p)
        ORDER BY 1 DESC, 5
        """, {"o": organisation})
    shown = [said(row, lang) for row in found.select("text", "message").iter_rows(named=True)]
    return found.select(
        "received_at", "period", "kind",
        each(found, "code", lambda c: name(c, lang), name="problem"),
        "code", "row", pl.Series("message", shown, dtype=pl.String))
