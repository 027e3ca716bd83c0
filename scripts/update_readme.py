"""Regenerate the generated blocks of README.md (settings table, problem codes).

Run: uv run python scripts/update_readme.py   (tests/test_readme.py checks they are current)
"""

from pathlib import Path

from monitor.access.roles import permissions_markdown
from monitor.config import settings_markdown
from monitor.intake.messages import codes_markdown

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCKS = {"settings": settings_markdown, "codes": codes_markdown,
          "permissions": lambda: permissions_markdown("en")}


def main() -> None:
    text = README.read_text(encoding="utf-8")
    for name, make in BLOCKS.items():
        start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
        head, rest = text.split(start)
        _, tail = rest.split(end)
        text = f"{head}{start}\n{make()}\n{end}{tail}"
    README.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
