"""The pandas baseline: what a team without this product would write. Load the current values
and the register once, then per indicator build the organisation x quarter grid, apply the
missing-value policy per organisation (groupby + ffill/cumsum/cummin) and aggregate per quarter
with a groupby. National values only, like the floor."""

from __future__ import annotations

import numpy as np
import pandas as pd

OPS = {
    ">": np.greater,
    ">=": np.greater_equal,
    "<": np.less,
    "<=": np.less_equal,
    "=": np.equal,
    "!=": np.not_equal,
}


def load(con) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(current values, organisations) as pandas DataFrames."""
    values = con.sql("SELECT organisation, period, measure, state, num, txt FROM current_values").df()
    orgs = con.sql("SELECT code AS organisation, type FROM organisations").df()
    return values, orgs


def _condition(spec: dict, xn: pd.Series, xt: pd.Series) -> pd.Series:
    """1/0 where the value meets the condition, NaN where there is no value."""
    x = xt if spec["choice"] else xn
    if spec["cond"] == "none_bool":
        hit = (xn == 1).astype(float)
    elif spec["cond"] == "none":
        hit = pd.Series(1.0, index=x.index)
    elif spec["cond"] == "in":
        hit = xt.isin(spec["cond_list"]).astype(float)
    else:
        ref = spec["cond_txt"] if spec["choice"] else spec["cond_num"]
        hit = pd.Series(OPS[spec["op"]](x.to_numpy(), ref), index=x.index).astype(float)
    return hit.where(x.notna())


def indicator(spec: dict, values: pd.DataFrame, orgs: pd.DataFrame, quarters: pd.DataFrame) -> pd.DataFrame:
    """National value per quarter of one indicator (columns period, value)."""
    who = orgs[orgs["type"].isin(spec["types"])]
    if spec["orgs"] is not None:
        who = who[who["organisation"].isin(spec["orgs"])]
    grid = who[["organisation"]].merge(quarters, how="cross").sort_values(["organisation", "period"])
    v1 = values[values["measure"] == spec["m1"]][["organisation", "period", "state", "num", "txt"]]
    g = grid.merge(v1, on=["organisation", "period"], how="left")
    state, num, txt = g["state"], g["num"], g["txt"]
    own = state == "value"
    kind, missing = spec["kind"], spec["missing"]
    reported = state.notna()
    none = pd.Series(None, index=g.index, dtype=object)
    rn = rd = None
    if kind == "ratio":
        v2 = values[values["measure"] == spec["m2"]][["organisation", "period", "state", "num"]]
        g = g.merge(v2, on=["organisation", "period"], how="left", suffixes=("", "_2"))
        both = own & (g["state_2"] == "value")
        rn, rd = g["num"].where(both), g["num_2"].where(both)
        if missing == "carry_forward":  # the last pair (one quarter), at most max_carry old
            take, ok = _last(g, state.notna() | g["state_2"].notna(), both, spec["max_carry"])
            rn = pd.Series(np.where(ok, g["num"].to_numpy()[take], np.nan), index=g.index)
            rd = pd.Series(np.where(ok, g["num_2"].to_numpy()[take], np.nan), index=g.index)
        if missing == "zero":
            rn, rd = rn.fillna(0.0), rd.fillna(0.0)
        reported = state.notna() | g["state_2"].notna()
        xn, xt = pd.Series(np.nan, index=g.index), none
    elif kind == "cumulative":
        vals = num.where(own, 0.0)  # cumsum leaves NaN where a quarter is missing
        cum = vals.groupby(g["organisation"], sort=False).cumsum()
        seen = own.astype(int).groupby(g["organisation"], sort=False).cumsum()
        xn, xt = cum.where(seen > 0), none
    elif kind == "milestone":
        first = num.where(own, np.inf).groupby(g["organisation"], sort=False).cummin()
        xn, xt = first.replace(np.inf, np.nan), none
    elif kind == "latest" or missing == "carry_forward":
        take, ok = _last(g, state.notna(), own, spec["max_carry"])
        xn = pd.Series(np.where(ok, num.to_numpy()[take], np.nan), index=g.index)
        xt = pd.Series(np.where(ok, txt.to_numpy()[take], None), index=g.index)
    elif missing == "zero":
        xn = num.where(own).mask(state.isna(), 0.0)
        xt = txt.where(own).mask(state.isna(), "__none__")
    else:
        xn, xt = num.where(own), txt.where(own)
    if spec["optional"]:
        submitted = values[["organisation", "period"]].drop_duplicates().assign(_sub=True)
        flag = g[["organisation", "period"]].merge(submitted, on=["organisation", "period"], how="left")
        reported = reported | flag["_sub"].fillna(False).astype(bool).to_numpy()
    g = g.assign(xn=xn.astype(float), reported=reported)
    if kind in ("share", "count"):
        g["hit"] = _condition(spec, g["xn"], xt)
    elif kind == "milestone":
        g["hit"] = (g["xn"].notna() & (g["xn"] <= g["end_ordinal"])).astype(float)
    if kind == "ratio":
        g["rn"], g["rd"] = rn, rd
    per = g.groupby("period", sort=True)
    if kind in ("sum", "cumulative") or (kind == "latest" and spec["agg"] == "sum"):
        value = per["xn"].sum(min_count=1)
    elif kind in ("mean", "median", "latest"):
        how = {"mean": "mean", "median": "median"}.get(kind) or spec["agg"]
        value = per["xn"].agg(how)
    elif kind == "share":
        value = 100.0 * per["hit"].sum() / per["hit"].count().replace(0, np.nan)
    elif kind == "count":
        value = per["hit"].sum().where(per["hit"].count() > 0)
    elif kind == "ratio":
        value = spec["factor"] * per["rn"].sum(min_count=1) / per["rd"].sum(min_count=1).replace(0, np.nan)
    else:  # milestone
        value = per["hit"].max()
    out = pd.DataFrame({"value": value.astype(float), "reported": per["reported"].sum()})
    if not spec["carries"]:
        out.loc[out["reported"] == 0, "value"] = np.nan
    return out.reset_index()[["period", "value"]]


def pandas_values(con, specs: list[dict], quarters: pd.DataFrame) -> pd.DataFrame:
    """National value per indicator and quarter (columns indicator, period, value)."""
    values, orgs = load(con)
    frames = [indicator(s, values, orgs, quarters).assign(indicator=s["indicator"]) for s in specs]
    return pd.concat(frames, ignore_index=True)[["indicator", "period", "value"]]


def _last(g: pd.DataFrame, stated: pd.Series, valued: pd.Series,
          max_carry: int) -> tuple[np.ndarray, np.ndarray]:
    """Per row: the position of the organisation's last row with a state at or before it, and
    whether that state is a value no more than ``max_carry`` quarters old."""
    pos = pd.Series(np.where(stated, np.arange(len(g)), np.nan), index=g.index)
    last = pos.groupby(g["organisation"], sort=False).ffill()
    take = np.maximum(last.fillna(-1).astype(int).to_numpy(), 0)
    qn = (g["period"].str.slice(0, 4).astype(int) * 4 + g["period"].str.slice(6, 7).astype(int)).to_numpy()
    ok = last.notna().to_numpy() & valued.to_numpy()[take] & (qn - qn[take] <= max_carry)
    return take, ok
