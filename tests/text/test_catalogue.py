"""Issue 16: one text layer. Every key has a Dutch and an English text with the same parameters,
plural forms come in pairs and are chosen by count, and errors are rendered in the reader's
language from their key and parameters."""

import ast
import string
from pathlib import Path

import pytest

from monitor.text import Text, t, tm
from monitor.text.catalogue import AREAS, CATALOGUES, TEXTS
from monitor.text.core import PLURALS


def fields(template: str) -> set[str]:
    return {name.split(".")[0].split("[")[0]
            for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_every_area_is_a_catalogue_of_one_shape():
    assert tuple(CATALOGUES) == AREAS
    for area, texts in CATALOGUES.items():
        assert texts, area
        for key, value in texts.items():
            assert isinstance(key, str) and key == key.strip() and " " not in key, (area, key)
            assert isinstance(value, tuple) and len(value) == 2, (area, key)


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_every_key_has_both_languages_with_the_same_parameters(key):
    nl, en = TEXTS[key]
    assert isinstance(nl, str) and isinstance(en, str)
    assert nl.strip() and en.strip(), key
    assert fields(nl) == fields(en), key


def test_plural_forms_come_in_pairs_with_count():
    stems = {k.rsplit(".", 1)[0] for k in TEXTS if k.rsplit(".", 1)[-1] in PLURALS}
    assert stems
    for stem in stems:
        assert {f"{stem}.one", f"{stem}.other"} <= set(TEXTS), stem
        assert stem not in TEXTS, f"{stem} is both a text and a plural stem"
        one, other = TEXTS[f"{stem}.one"], TEXTS[f"{stem}.other"]
        assert one[0] != other[0] and one[1] != other[1], stem
        assert fields(one[0]) - {"count"} == fields(other[0]) - {"count"}, stem


def test_the_plural_form_follows_count():
    assert t("upload.rejected", "nl", count=1).startswith("Het bestand is afgekeurd: 1 fout. ")
    assert t("upload.rejected", "nl", count=6).startswith("Het bestand is afgekeurd: 6 fouten. ")
    assert t("upload.rejected", "en", count=1).startswith("The file was rejected: 1 error. ")
    assert t("upload.rejected", "en", count=1234).startswith("The file was rejected: 1,234 errors. ")
    assert t("upload.rejected", "nl", count=1234).startswith("Het bestand is afgekeurd: 1.234 fouten. ")
    assert t("upload.warnings", "nl", count=1).startswith("1 waarschuwing:")
    assert t("upload.warnings", "nl", count=0).startswith("0 waarschuwingen:")
    summary = t("lineage.summary", "nl", values=Text("lineage.values", count=1),
                organisations=Text("lineage.organisations", count=1),
                submissions=Text("lineage.submissions", count=1), sha="abc")
    assert summary == "1 aangeleverde waarde van 1 organisatie uit 1 inzending; definitiebestand SHA-256 abc."
    summary = t("lineage.summary", "en", values=Text("lineage.values", count=12),
                organisations=Text("lineage.organisations", count=3),
                submissions=Text("lineage.submissions", count=4), sha="abc")
    assert summary == ("12 submitted values from 3 organisations in 4 submissions; definition file "
                       "SHA-256 abc.")
    with pytest.raises(KeyError):
        t("upload.rejected", "nl")  # a plural text needs its count


def test_no_text_says_singular_and_plural_at_once():
    for key, (nl, en) in TEXTS.items():
        for text in (nl, en):
            assert "(en)" not in text and "(s)" not in text and "(men)" not in text, key


def test_a_missing_key_fails_loudly():
    with pytest.raises(KeyError):
        t("no.such.key", "nl")
    with pytest.raises(KeyError):
        Text("no.such.key")


def test_markdown_variant_shows_parameters_as_typed():
    assert tm("submit.affects.action", "nl", action="A01", indicators="[x](https://evil.example)") == (
        "- A01: \\[x\\]\\(https\\:\\/\\/evil\\.example\\)")


def test_a_text_is_rendered_in_the_readers_language():
    text = Text("pages.error", error=Text("yes"))
    assert text.render("nl") == "Deze pagina kan niet worden getoond: ja"
    assert text.render("en") == "This page cannot be shown: yes"
    assert str(text) == text.render("en")


ROOT = Path(__file__).resolve().parents[2]
# the areas whose keys are all checked for use (issue 17: the submitter pages, the completeness page)
CHECKED_AREAS = ("completeness.", "upload.", "submit.", "history.")


def code_strings() -> tuple[set[str], set[str]]:
    """Every string literal in the code that shows texts, and the fixed start of every f-string
    (``f"col.{c}"``: 'col.')."""
    files = [*(ROOT / "monitor").rglob("*.py"), *(ROOT / "app_pages").glob("*.py"), ROOT / "dashboard.py"]
    literals, starts = set(), set()
    for path in files:
        if "catalogue" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                starts.add(node.values[0].value)
    return literals, starts


def test_every_key_of_the_submitter_and_completeness_pages_is_used():
    """A text that no code says is a text nobody maintains (issue 17: 'completeness.missing'
    was declared beside the heading that the page says with 'submit.missing')."""
    literals, starts = code_strings()
    unused = []
    for key in TEXTS:
        stem = key.rsplit(".", 1)[0] if key.rsplit(".", 1)[-1] in PLURALS else key
        if not stem.startswith(CHECKED_AREAS) or {key, stem} & literals:
            continue
        if not any("." in start and stem.startswith(start) for start in starts):
            unused.append(key)
    assert not unused, unused
