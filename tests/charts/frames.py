"""Small hand-made frames shaped like the results frame (``RESULT_SCHEMA``), and a test indicator."""

from __future__ import annotations

import polars as pl

from monitor.compute.engine import RESULT_SCHEMA
from monitor.definitions.model import Indicator

CDO = Indicator.model_validate(
    {
        "id": "a03_cdo_aandeel",
        "title": {"nl": "Aandeel organisaties met een CDO", "en": "Share of organisations with a CDO"},
        "unit": "%",
        "compute": {"kind": "share", "measure": "cdo_aangesteld"},
        "breakdowns": ["national", "type", "organisation"],
        "baseline": {"period": "2022-Q1", "value": 12},
        "targets": [{"period": "2024-Q4", "value": 50}, {"period": "2027-Q4", "value": 80}],
        "precision": 1,
    }
)

# the same indicator with its targets declared for types and organisations (target_applies_to)
CDO_JUDGED = CDO.model_copy(update={"target_applies_to": ["national", "type", "organisation"]})

DATASETS = Indicator.model_validate(
    {
        "id": "a04_datasets",
        "title": {"nl": "Gepubliceerde datasets", "en": "Published datasets"},
        "unit": "datasets",
        "compute": {"kind": "sum", "measure": "datasets"},
        "baseline": {"period": "2022-Q1", "value": 1000},
        "targets": [{"period": "2027-Q4", "value": 5000}],
    }
)


def result_rows(**columns: list) -> pl.DataFrame:
    """A results frame with the given columns; every other column of RESULT_SCHEMA is empty."""
    n = len(next(iter(columns.values())))
    defaults = {"action": ["a03"] * n, "indicator": ["a03_cdo_aandeel"] * n}
    data = {c: columns.get(c, defaults.get(c, [None] * n)) for c in RESULT_SCHEMA}
    return pl.DataFrame(data, schema=RESULT_SCHEMA)


def national_rows() -> pl.DataFrame:
    """Four national quarters: 12,0 -> 41,0 -> (not reported) -> 47,3 with a forecast of 63,5."""
    return result_rows(
        period=["2022-Q1", "2026-Q1", "2026-Q2", "2026-Q3"],
        breakdown=["national"] * 4,
        group=["NL"] * 4,
        value=[12.0, 41.0, None, 47.3],
        reported=[100, 260, 0, 250],
        expected=[390, 390, 390, 390],
        coverage=[100 / 390, 260 / 390, 0.0, 250 / 390],
        forecast=[None, None, None, 63.5],
        status=["op_koers", "risico", "onvoldoende", "risico"],
    )


def type_rows() -> pl.DataFrame:
    return result_rows(
        period=["2026-Q3"] * 3 + ["2026-Q2"],
        breakdown=["type"] * 4,
        group=["gemeente", "provincie", "waterschap", "gemeente"],
        value=[47.3, 1234.5, None, 10.0],
        reported=[200, 10, 0, 150],
        expected=[342, 12, 21, 342],
        status=["risico", "behaald", "onvoldoende", "achter"],
    )


def org_rows() -> pl.DataFrame:
    """Organisation rows in 2026-Q3: two gemeenten with a value, one without, one province."""
    return result_rows(
        period=["2026-Q3"] * 4 + ["2026-Q2"],
        breakdown=["organisation"] * 5,
        group=["GM0014", "GM0363", "GM0599", "PV20", "GM0014"],
        value=[100.0, 0.0, None, 100.0, 0.0],
        reported=[1, 1, 0, 1, 1],
        expected=[1, 1, 1, 1, 1],
    )


def status_frame() -> pl.DataFrame:
    return pl.DataFrame(
        {
            "action": ["a02", "a02", "a01", "a01", "a03"],
            "action_label": ["A02 Digilab", "A02 Digilab", "A01 CDO", "A01 CDO", "A03 Catalogi"],
            "period": ["2026-Q2", "2026-Q3", "2026-Q2", "2026-Q3", "2026-Q3"],
            "status": ["risico", "achter", "op_koers", "behaald", None],
        }
    )


def trace(fig, role: str):
    """The trace with ``meta.role == role`` (None when absent)."""
    found = [t for t in fig.data if isinstance(t.meta, dict) and t.meta.get("role") == role]
    assert len(found) <= 1
    return found[0] if found else None
