"""The README stays short and true: the two start commands, and links that lead somewhere.

The reference tables moved to docs/ and are checked there (tests/test_docs.py)."""

from pathlib import Path

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_two_start_commands():
    assert "uv run streamlit run dashboard.py" in README
    assert "uv run pytest" in README


def test_readme_is_short_and_points_to_the_docs():
    assert len(README.splitlines()) <= 160
    for doc in ("user-guide", "operator-guide", "definition-format", "cli", "development"):
        assert f"(docs/{doc}.md)" in README, doc
