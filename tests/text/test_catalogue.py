"""Issue 16: one text layer. Every key has a Dutch and an English text with the same parameters,
plural forms come in pairs and are chosen by count, and errors are rendered in the reader's
language from their key and parameters."""

import string

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
        for form in PLURALS:
            for template in TEXTS[f"{stem}.{form}"]:
                assert "count" in fields(template) or form == "one", (stem, form)


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
    assert tm("upload.affects", "nl", indicators="[x](https://evil.example)") == (
        "Indicatoren die veranderen: \\[x\\]\\(https\\:\\/\\/evil\\.example\\)")


def test_a_text_is_rendered_in_the_readers_language():
    text = Text("pages.error", error=Text("yes"))
    assert text.render("nl") == "Deze pagina kan niet worden getoond: ja"
    assert text.render("en") == "This page cannot be shown: yes"
    assert str(text) == text.render("en")
