"""A small world for issue 15's words about a figure (n, carried, forecast and status notes), with
every expected number worked out by hand from ``DATA``.

Five organisations (G1-G4 gemeente, P1 provincie), 2024-Q1 to 2025-Q4, the action and measures
of the engine's world (``cdo``, the optional ``fte``, P1's milestone date ``live``):

- ``i_carry`` (sum of the optional ``fte``, carry_forward): 2024-Q2 G3 gives no fte and keeps its
  3 of Q1: n 5, carried 1; 2024-Q3 G2 (2 of Q2) and G3 (3 of Q1) are carried: n 5, carried 2.
- ``i_share`` (share with a CDO, exclude): never carried; 2024-Q1 2 of 5 = 40 %, from 2024-Q2
  5 of 5 = 100 %. In 2024-Q2 two quarters with a value: no forecast (too few points, minimum 4);
  in 2024-Q4 the trend of 40, 100, 100, 100 runs past 100 %: the forecast is bounded (clamped).
  2025-Q1 only G1 reports: 100 % on 1 of 5 organisations, coverage 20 % < 50 %: insufficient data.
- ``i_held`` (the same share, target 60 % that must hold 3 quarters): met from 2024-Q2, so
  2024-Q2 is not yet behaald (1 of 3 quarters), 2024-Q3 (2 of 3), 2024-Q4 behaald.
- ``i_mile`` (milestone planned 15-05-2024): P1 reports 01-08-2024 in 2024-Q3: behaald, 78 days
  late (16 days in May after the 15th, 30 in June, 31 in July, 1 in August).
- ``i_minn`` (mean fte, at least 5 values): 2024-Q1 5 values (op koers or better), 2024-Q2 4
  values (G3 gives none): insufficient data, 4 of at least 5 values.
"""

from __future__ import annotations

from pathlib import Path

from helpers import make_world, submit_csv

from monitor.runtime import Runtime
from tests.compute.test_engine import DEFS as ENGINE_DEFS  # its action and measures

ORGS = [("G1", "gemeente"), ("G2", "gemeente"), ("G3", "gemeente"), ("G4", "gemeente"),
        ("P1", "provincie")]

DEFS = ENGINE_DEFS[:ENGINE_DEFS.index("indicators:")] + """
indicators:
  - {id: i_carry, title: {nl: Formatie, en: Staff}, unit: fte, missing: carry_forward,
     compute: {kind: sum, measure: fte}, breakdowns: [national, type, organisation],
     baseline: {period: 2024-Q1, value: 10}, targets: [{period: 2025-Q4, value: 20}]}
  - {id: i_share, title: {nl: Aandeel met CDO, en: Share with a CDO}, unit: "%",
     compute: {kind: share, measure: cdo}, breakdowns: [national, type, organisation],
     baseline: {period: 2024-Q1, value: 20}, targets: [{period: 2025-Q4, value: 80}]}
  - {id: i_held, title: {nl: CDO gehouden, en: CDO held}, unit: "%", achieved_for: 3,
     compute: {kind: share, measure: cdo},
     baseline: {period: 2024-Q1, value: 20}, targets: [{period: 2025-Q4, value: 60}]}
  - {id: i_mile, title: {nl: Livegang, en: Going live}, unit: mijlpaal,
     compute: {kind: milestone, measure: live, planned: 2024-05-15},
     baseline: {period: 2024-Q1, value: 0}, targets: [{period: 2024-Q2, value: 1}]}
  - {id: i_minn, title: {nl: Gemiddelde formatie, en: Mean staff}, unit: fte, min_n: 5,
     compute: {kind: mean, measure: fte},
     baseline: {period: 2024-Q1, value: 2}, targets: [{period: 2025-Q4, value: 3}]}
"""

DATA = """
organisatie;periode;maatstaf;waarde;toelichting
G1;2024-Q1;cdo;ja;
G1;2024-Q1;fte;1;
G2;2024-Q1;cdo;nee;
G2;2024-Q1;fte;2;
G3;2024-Q1;cdo;ja;
G3;2024-Q1;fte;3;
G4;2024-Q1;cdo;nee;
G4;2024-Q1;fte;1;
P1;2024-Q1;cdo;nee;
P1;2024-Q1;fte;4;
G1;2024-Q2;cdo;ja;
G1;2024-Q2;fte;2;
G2;2024-Q2;cdo;ja;
G2;2024-Q2;fte;2;
G3;2024-Q2;cdo;ja;
G4;2024-Q2;cdo;ja;
G4;2024-Q2;fte;1;
P1;2024-Q2;cdo;ja;
P1;2024-Q2;fte;4;
G1;2024-Q3;cdo;ja;
G1;2024-Q3;fte;2;
G2;2024-Q3;cdo;ja;
G3;2024-Q3;cdo;ja;
G4;2024-Q3;cdo;ja;
G4;2024-Q3;fte;1;
P1;2024-Q3;cdo;ja;
P1;2024-Q3;fte;4;
P1;2024-Q3;live;01-08-2024;
G1;2024-Q4;cdo;ja;
G1;2024-Q4;fte;2;
G2;2024-Q4;cdo;ja;
G2;2024-Q4;fte;2;
G3;2024-Q4;cdo;ja;
G3;2024-Q4;fte;3;
G4;2024-Q4;cdo;ja;
G4;2024-Q4;fte;1;
P1;2024-Q4;cdo;ja;
P1;2024-Q4;fte;4;
G1;2025-Q1;cdo;ja;
G1;2025-Q1;fte;2;
"""


def build(root: Path) -> Runtime:
    """The world in ``root`` with ``DATA`` accepted."""
    rt = make_world(root, DEFS, ORGS)
    result = submit_csv(rt, DATA)
    assert result.status == "accepted", [str(p) for p in result.problems]
    return rt
