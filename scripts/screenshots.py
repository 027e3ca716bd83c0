"""Refresh the README images (docs/screenshots) from the browser tests.

The browser tests (tests/e2e) open every page in Debian's Chromium against a real `streamlit run`
and save screenshots in artifacts/screenshots; this script runs the two tests that make the README's
images and copies them over:

    uv run python scripts/screenshots.py            # runs the tests, then copies
    uv run python scripts/screenshots.py --copy     # only copies what the last test run saved
"""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAVED = ROOT / "artifacts" / "screenshots"
README = ROOT / "docs" / "screenshots"
# the images README.md shows (pages in Dutch, and one exported chart with its alt text)
IMAGES = [
    "overzicht.png",
    "actie.png",
    "volledigheid.png",
    "aanleveren.png",
    "organisatie.png",
    "definities.png",
    "export-a03_cdo_aandeel.png",
    "export-a03_cdo_aandeel.txt",
]
TESTS = [
    "tests/e2e/test_accessibility.py::test_every_page_meets_wcag_21_aa[nl]",
    "tests/e2e/test_journey_export.py",
]


def main() -> int:
    if "--copy" not in sys.argv[1:]:
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", *TESTS], cwd=ROOT)
        if done.returncode:
            return done.returncode
    missing = [name for name in IMAGES if not (SAVED / name).exists()]
    if missing:
        print(f"not in {SAVED}: {', '.join(missing)}; run the browser tests first", file=sys.stderr)
        return 1
    README.mkdir(parents=True, exist_ok=True)
    for name in IMAGES:
        shutil.copyfile(SAVED / name, README / name)
        print(README / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
