"""What a Dutch reader must never see: a catalogue's English text, an untranslated key, a
placeholder left unfilled or a problem code instead of its name. Used by the tests that read every
Dutch page (AppTest), the Dutch report and the Dutch exports."""

from __future__ import annotations

import json
import re
import string
from collections.abc import Iterable, Iterator

from monitor.config import SETTINGS_BY_KEY
from monitor.intake.messages import LEVELS
from monitor.text.catalogue import TEXTS

MIN_PHRASE = 10  # an English phrase of two words or more, at least this long
MIN_WORD = 5  # a one-word English text (a column header, a status), at least this long


def _fragments(template: str) -> list[str]:
    """The literal parts of a template between its ``{fields}``, trimmed."""
    parts = [literal for literal, *_ in string.Formatter().parse(template)]
    return [p.strip(" \n;:,.()'") for p in parts if p.strip(" \n;:,.()'")]


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


ICONS = " ✔●▲✖?–"
# words that are also identifiers in definitions and data (organisation types: 'gemeente' is the
# type id a definition's reporters name, and the Dutch word for one municipality), so any page
# may show them as data
IDS = set(SETTINGS_BY_KEY["organisation_types"].default)


def other_language(side: int) -> tuple[set[str], set[str]]:
    """The texts of the catalogue's language ``side`` (0 Dutch, 1 English) a reader of the other
    language must not see: its phrases of two words or more and its one-word texts (a column
    header, a status word), when they differ from the other language and are not in it too."""
    other = " | ".join(_normal(" ".join(_fragments(entry[1 - side]))) for entry in TEXTS.values())
    other_words = set(re.findall(r"[^\W\d_]+", other))
    phrases, words = set(), set()
    for entry in TEXTS.values():
        mine = entry[side]
        if mine == entry[1 - side]:
            continue
        phrases |= {p for p in _fragments(mine)
                    if " " in p and len(p) >= MIN_PHRASE and _normal(p) not in other}
        word = mine.strip(ICONS)
        if re.fullmatch(r"[a-z][a-z-]+", word, re.I) and len(word) >= MIN_WORD \
                and word.casefold() not in other_words and word not in IDS:
            words.add(word)
    return phrases, words


LANGUAGE = {"English": other_language(1), "Dutch": other_language(0)}
_STEMS = {k.rsplit(".", 1)[0] for k in TEXTS if k.endswith((".one", ".other"))}
_KEYS = sorted((k for k in {*TEXTS, *_STEMS} if "." in k), key=len, reverse=True)
KEYS = re.compile(r"(?<![\w.])(" + "|".join(re.escape(k) for k in _KEYS) + r")(?![\w.])")
CODES = re.compile(r"(?<![\w-])(" + "|".join(re.escape(c) for c in LEVELS if "-" in c) + r")(?![\w-])")
PLACEHOLDER = re.compile(r"(?<!%)\{[a-z_]+\}")
ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def _found(texts: Iterable[str], language: str, all_checks: bool) -> list[str]:
    phrases, words = LANGUAGE[language]
    found = []
    for text in {ESCAPE.sub(r"\1", t) for t in texts if t}:
        flat = " ".join(text.split())
        found += [f"{language} {p!r} in {flat[:160]!r}" for p in phrases if p in flat]
        if flat.strip(ICONS) in words:
            found.append(f"{language} word {flat!r}")
        if all_checks:
            found += [f"key {m!r} in {flat[:160]!r}" for m in KEYS.findall(flat)]
            found += [f"placeholder {m!r} in {flat[:160]!r}" for m in PLACEHOLDER.findall(flat)]
            if not flat.startswith("{"):  # a record's JSON detail (the Audit page) is data
                found += [f"problem code {m!r} in {flat[:160]!r}" for m in CODES.findall(flat)]
    return sorted(set(found))


def english_in(texts: Iterable[str]) -> list[str]:
    """What in ``texts`` a Dutch reader must not see (an English catalogue text, an untranslated
    key, an unfilled placeholder, a problem code), one line per finding."""
    return _found(texts, "English", True)


def dutch_in(texts: Iterable[str]) -> list[str]:
    """What in ``texts`` an English reader must not see: a Dutch text of the catalogue."""
    return _found(texts, "Dutch", False)


HIDDEN = {"id", "form_id", "key", "page", "page_name", "query_string", "icon", "url",
          "page_script_hash", "mime_type", "file_name", "url_path", "body_css"}  # not read


def proto_strings(message) -> Iterator[str]:
    """Every text in a protobuf message (labels, options, Markdown, a chart's JSON spec), except
    what a reader does not read (ids, links, icons, file names)."""
    for field, value in message.ListFields():
        if field.name in HIDDEN:
            continue
        repeated = getattr(field, "is_repeated", None)
        if repeated is None:
            repeated = field.label == field.LABEL_REPEATED
        values = value if repeated else [value]
        if field.message_type is not None and field.message_type.GetOptions().map_entry:
            values = list(value.values())
            if values and not hasattr(values[0], "ListFields"):
                yield from (v for v in values if isinstance(v, str))
                continue
        for v in values:
            if isinstance(v, str):
                yield from json_strings(v)
            elif hasattr(v, "ListFields"):
                yield from proto_strings(v)


def json_strings(text: str) -> Iterator[str]:
    """``text``, or the strings inside it when it is JSON (a chart spec, a column config)."""
    if text[:1] in "{[":
        try:
            data = json.loads(text)
        except ValueError:
            yield text
            return
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                yield item
            elif isinstance(item, dict):
                stack += list(item.values())
            elif isinstance(item, list):
                stack += item
        return
    yield text


def page_texts(at) -> list[str]:
    """Everything an AppTest page shows: every element's texts, every table's headers and cells."""
    texts: list[str] = []
    for node in at._tree:
        proto = getattr(node, "proto", None)
        if proto is not None and hasattr(proto, "ListFields"):
            texts += proto_strings(proto)
        if getattr(node, "type", None) == "dataframe":
            frame = node.value
            # a header is its configured label (in proto.columns, read above), else its name
            configured = set(json.loads(node.proto.columns or "{}"))
            texts += [str(c) for c in frame.columns if str(c) not in configured]
            texts += [str(v) for v in frame.astype(str).to_numpy().ravel()]
    return texts
