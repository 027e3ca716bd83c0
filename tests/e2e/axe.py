"""axe-core in the page: the copy shipped in the axe-playwright-python package (axe-core 4.12),
injected from disk, so nothing is fetched while the tests run."""

from __future__ import annotations

from pathlib import Path

import axe_playwright_python
from playwright.sync_api import Page

AXE_JS = Path(axe_playwright_python.__file__).parent / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = ("serious", "critical")

# Violations inside Streamlit's own components that the app cannot fix, as (rule id, CSS
# selector of the element): each with the reason. Only that rule on that element is excused.
# None are needed with Streamlit 1.67 and axe-core 4.12: keep it that way.
EXCUSED: dict[tuple[str, str], str] = {}


def blocking_violations(page: Page) -> list[str]:
    """Serious and critical WCAG 2.1 A/AA violations on the page, one line per element."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_JS))
    violations = page.evaluate(
        """async tags => (await axe.run(document, {runOnly: {type: 'tag', values: tags},
                                                   resultTypes: ['violations']})).violations
            .map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(n => ({target: n.target.join(' '),
                                                  html: n.html.slice(0, 160)}))}))""",
        WCAG_21_AA,
    )
    return [
        f"{v['impact']} {v['id']} ({v['help']}): {n['target']} {n['html']}"
        for v in violations
        if v["impact"] in BLOCKING
        for n in v["nodes"]
        if (v["id"], n["target"]) not in EXCUSED
    ]
