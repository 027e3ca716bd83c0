"""One organisation among its peers as an SVG drawn on the server (the Organisatie page)."""

from __future__ import annotations

import re

import polars as pl

from monitor.charts.palette import LINTBLAUW, MUTED_TEXT, TEXT, WIT, contrast_ratio
from monitor.charts.peer_strip import nice_ticks, peer_strip_alt, peer_strip_svg
from tests.charts.frames import CDO

ROWS = pl.DataFrame({"code": ["GM0363", "GM0014", "GM0599", "GM0344", "GM0518"],
                     "name": ["Amsterdam", "Groningen", "Rotterdam", "Utrecht", "Den Haag"],
                     "value": [47.3, 20.0, 20.0, 80.5, None]})


def test_a_dot_per_peer_the_organisation_named_and_the_median():
    svg = peer_strip_svg(ROWS, CDO, "GM0363", "Amsterdam", "2026-Q3", "4 gemeenten", "nl")
    assert svg.count("<circle") == 3  # the peers with a value, the organisation apart
    assert svg.count("<path") == 1 and f'fill="{LINTBLAUW}"' in svg
    assert ">Amsterdam 47,3%</text>" in svg  # Dutch numbers
    assert ">Mediaan 33,7%</text>" in svg
    cys = [float(c) for c in re.findall(r'<circle cx="[\d.]+" cy="([\d.]+)"', svg)]
    assert len(set(cys)) == 2  # the two peers at 20,0 stacked, not drawn over each other
    alt = peer_strip_alt(ROWS, CDO, "GM0363", "Amsterdam", "2026-Q3", "4 gemeenten", "nl")
    assert f'role="img" aria-label="{alt}"' in svg and "K3 2026" in alt
    assert ">0</text>" in svg and ">100</text>" in svg  # the axis from zero, round ticks
    for colour in (TEXT, MUTED_TEXT):  # every text colour readable on white
        assert contrast_ratio(colour, WIT) >= 4.5


def test_names_and_titles_are_escaped():
    rows = ROWS.with_columns(pl.lit("<script>x</script> & **b**").alias("name"))
    svg = peer_strip_svg(rows, CDO, "GM0363", "<b>Amsterdam</b>", "2026-Q3", "4", "nl")
    assert "<script>" not in svg and "<b>" not in svg
    assert "&lt;b&gt;Amsterdam&lt;/b&gt;" in svg


def test_no_values_says_so_without_a_drawing():
    svg = peer_strip_svg(ROWS.with_columns(pl.lit(None, pl.Float64).alias("value")), CDO,
                         "GM0363", "Amsterdam", "2026-Q3", "4 gemeenten", "en")
    assert "<svg" not in svg and "Share of organisations with a CDO" in svg


def test_nice_ticks():
    assert nice_ticks(0, 80.5) == [0, 20, 40, 60, 80, 100]
    assert nice_ticks(0, 1234.5) == [0, 500, 1000, 1500]
    assert nice_ticks(-3, 7)[0] <= -3 and nice_ticks(-3, 7)[-1] >= 7
    assert nice_ticks(5, 5)[0] == 5 and nice_ticks(5, 5)[-1] == 6  # all peers alike
