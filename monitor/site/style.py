"""The site's CSS, inlined in every page (no request for a style sheet, no web font): the house
colours of ``monitor.charts.palette``, system fonts, readable on a phone (390 px) and on a desktop,
a visible focus, and print without the navigation."""

from __future__ import annotations

from monitor.charts import palette as p

CSS = f"""
*{{box-sizing:border-box}}
body{{margin:0;font-family:"RijksoverheidSansText",Verdana,"Segoe UI",Arial,sans-serif;
font-size:1rem;line-height:1.5;color:{p.TEXT};background:{p.WIT}}}
a{{color:{p.DONKERBLAUW}}}
a:hover{{color:{p.LINTBLAUW}}}
:focus-visible{{outline:3px solid {p.ORANJE};outline-offset:2px}}
.skip{{position:absolute;left:-999px;top:0;background:{p.WIT};padding:.5rem}}
.skip:focus{{left:.5rem}}
header{{background:{p.LINTBLAUW};color:{p.WIT}}}
header a,header a:hover{{color:{p.WIT}}}
.bar,main,footer .in{{max-width:62rem;margin:0 auto;padding:0 1rem}}
.bar{{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem;
padding-top:.6rem;padding-bottom:.6rem}}
.brand{{font-weight:bold;font-size:1.15rem;text-decoration:none}}
nav{{background:{p.DONKERBLAUW}}}
nav ul{{list-style:none;margin:0 auto;padding:0 1rem;max-width:62rem;display:flex;flex-wrap:wrap}}
nav a{{display:block;padding:.5rem .7rem .5rem 0;margin-right:.7rem;color:{p.WIT}}}
nav a[aria-current]{{font-weight:bold}}
h1,h2,h3{{color:{p.HEADING};line-height:1.25}}
h1{{font-size:1.7rem;margin:1.2rem 0 .6rem}}
h2{{font-size:1.35rem;margin:1.8rem 0 .5rem;border-bottom:1px solid {p.GRIJS_3}}}
h3{{font-size:1.1rem;margin:1.4rem 0 .4rem}}
.stand{{color:{p.MUTED_TEXT};font-size:.9rem}}
.badge{{display:inline-block;padding:0 .4rem;border-radius:3px;white-space:nowrap}}
.scroll{{overflow-x:auto;margin:.5rem 0 1rem}}
table{{border-collapse:collapse;font-size:.9rem}}
caption{{text-align:left;font-weight:bold;padding:.3rem 0}}
th,td{{border-bottom:1px solid {p.GRIJS_2};padding:.3rem .5rem;text-align:left;vertical-align:top}}
thead th{{border-bottom:2px solid {p.GRIJS_6}}}
td.num{{text-align:right;white-space:nowrap}}
figure{{margin:1rem 0}}
svg.chart{{width:100%;height:auto;max-width:44rem;display:block}}
figcaption{{font-size:.9rem;color:{p.MUTED_TEXT}}}
.note{{font-size:.9rem;color:{p.MUTED_TEXT}}}
.warn{{border-left:4px solid {p.ORANJE};padding-left:.6rem}}
.indicator{{border-top:1px solid {p.GRIJS_3};margin-top:1.5rem}}
dl.facts{{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}}
dl.facts dt{{font-weight:bold}}
dl.facts dd{{margin:0;overflow-wrap:anywhere}}
footer{{margin-top:3rem;background:{p.GRIJS_1};border-top:4px solid {p.LINTBLAUW};
padding:1rem 0;font-size:.9rem}}
footer ul{{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem}}
@media (max-width:40rem){{h1{{font-size:1.4rem}}dl.facts{{grid-template-columns:1fr}}
table{{font-size:.8rem}}}}
@media print{{nav,.skip,.switch{{display:none}}header{{background:none;color:{p.TEXT}}}}}
"""


def css() -> str:
    """The style sheet, whitespace between rules removed (every page carries it)."""
    return "".join(line.strip() for line in CSS.strip().splitlines())
