"""Screenshots of the running dashboard with Debian's Chromium (for the README and for review).

Run the app first (uv run streamlit run dashboard.py), then:
    uv run python scripts/screenshots.py [BASE_URL] [OUT_DIR]
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8501"
OUT = Path(sys.argv[2] if len(sys.argv) > 2 else "docs/screenshots")
PAGES = {
    "overzicht": "",
    "actie": "actie?actie=a03&kwartaal=2026-Q3",
    "volledigheid": "volledigheid",
    "aanleveren": "aanleveren",
    "organisatie": "organisatie?organisatie=GM0363",
    "definities": "definities",
}
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 2400})
        for name, path in PAGES.items():
            page.goto(f"{BASE}/{path}")
            page.wait_for_selector("[data-testid='stApp'] h1", timeout=120_000)
            page.wait_for_function(
                "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=120_000)
            page.wait_for_timeout(6000)  # dataframes and charts render lazily
            page.screenshot(path=str(OUT / f"{name}.png"))
            print(OUT / f"{name}.png")
        browser.close()


if __name__ == "__main__":
    main()
