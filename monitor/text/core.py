"""``t(key, lang, **params)``: a text of the catalogue in Dutch or English, with its parameters
filled in; :class:`Text`: a text kept as key and parameters, rendered later in the reader's
language (errors, problems).

Plural forms: a key declared as ``key.one`` and ``key.other`` is chosen by the parameter
``count`` (``t("upload.rejected", lang, count=6)``: "6 fouten", count 1: "1 fout"); ``{count}``
is written in the language's number format. A parameter that is itself a :class:`Text` is
rendered in the same language.

This module, like all of ``monitor.text``, imports nothing else from the monitor: it sits at the
bottom of the layers, so every layer (compute, intake, charts, exports, reports, the pages and
the CLI) can use it.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Literal

from monitor.text.catalogue import TEXTS
from monitor.text.markdown import literal

Lang = Literal["nl", "en"]
LANGS: tuple[Lang, ...] = ("nl", "en")
PLURALS = ("one", "other")  # the CLDR plural categories of Dutch and English


class _Formatter(string.Formatter):
    """``str.format`` plus the conversion ``!l``: the first letter in lower case, for a title
    inside a Dutch sentence ('Voor {title!l} ...': 'het aandeel ...')."""

    def convert_field(self, value: object, conversion: str | None) -> object:
        if conversion == "l":
            text = str(value)
            return text[:1].lower() + text[1:]
        return super().convert_field(value, conversion)


_FORMATTER = _Formatter()


def check_language(lang: object) -> Lang:
    """``lang`` when it is 'nl' or 'en'; ValueError otherwise."""
    if lang not in LANGS:
        raise ValueError(f"lang must be 'nl' or 'en', not {lang!r}")
    return lang  # type: ignore[return-value]


def index(lang: str) -> int:
    """0 for Dutch, 1 for English (a catalogue entry is ``(nl, en)``); anything else is Dutch."""
    return 1 if lang == "en" else 0


def plural_key(key: str, count: object) -> str:
    """``key.one`` for a count of 1, else ``key.other`` (Dutch and English have these two)."""
    return f"{key}.one" if count == 1 else f"{key}.other"


def has(key: str) -> bool:
    """Whether ``key`` is in the catalogue (as itself or with plural forms)."""
    return key in TEXTS or f"{key}.other" in TEXTS


def entry(key: str, count: object = None) -> tuple[str, str]:
    """The (Dutch, English) templates of ``key``; with plural forms the one for ``count``."""
    if key in TEXTS:
        return TEXTS[key]
    if f"{key}.other" in TEXTS:
        if count is None:
            raise KeyError(f"text '{key}' has plural forms: give count=")
        return TEXTS[plural_key(key, count)]
    raise KeyError(f"no text '{key}' in the catalogue (monitor.text.catalogue)")


def _filled(params: Mapping[str, object], lang: str) -> dict[str, object]:
    out = {}
    for name, value in params.items():
        if isinstance(value, Localized):
            value = value.render(lang)
        elif name == "count" and isinstance(value, int) and not isinstance(value, bool):
            from monitor.text.format import number

            value = number(value, 0, lang)
        out[name] = value
    return out


def t(key: str, lang: str = "nl", /, **params: object) -> str:
    """The text ``key`` in ``lang`` ('nl' or 'en') with ``params`` filled in as they are: for
    plain-text places (widget options, column names, file names, exports). For an element that
    reads Markdown use :func:`tm`."""
    template = entry(key, params.get("count"))[index(lang)]
    return _FORMATTER.vformat(template, (), _filled(params, lang))


def tm(key: str, lang: str = "nl", /, **params: object) -> str:
    """:func:`t` for Streamlit elements that read Markdown (write, markdown, caption, info,
    success, warning, error, title, labels): every parameter that is not a number is shown
    literally (:func:`monitor.text.markdown.literal`), so a label, reason, file name, user name,
    URL value or error message such as ``[x](https://evil.example)``, ``**x**``, ``<img src=x>``,
    ``$x$`` or ``:red[x]`` appears as typed, never as a link, formatting, HTML or a formula."""
    filled = _filled(params, lang)
    safe = {k: v if isinstance(v, int | float) and not isinstance(v, bool) else literal(v)
            for k, v in filled.items()}
    template = entry(key, params.get("count"))[index(lang)]
    return _FORMATTER.vformat(template, (), safe)


class Localized:
    """A parameter said differently per language: rendered by :func:`t` in the text's language
    (:class:`Text`, :class:`Number`, :class:`Span`, :class:`Joined`)."""

    __slots__ = ()

    def render(self, lang: str = "nl") -> str:
        raise NotImplementedError

    def to_json(self) -> object:
        raise NotImplementedError


class Number(Localized):
    """A number written as the reader writes it: '1.234,5' / '1,234.5'; ``decimals`` None: as
    many as it has (at most six)."""

    __slots__ = ("decimals", "value")

    def __init__(self, value: float | None, decimals: int | None = None):
        self.value, self.decimals = value, decimals

    def render(self, lang: str = "nl") -> str:
        from monitor.text.format import number

        if self.value is None:
            return "…"
        decimals = self.decimals
        if decimals is None:
            v = float(self.value)
            decimals = 0 if v.is_integer() else min(len(repr(v).split(".")[1]), 6)
        return number(self.value, decimals, lang)

    def to_json(self) -> object:
        return {"number": self.value, "decimals": self.decimals}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Number) and (self.value, self.decimals) == (other.value, other.decimals)

    def __hash__(self) -> int:
        return hash((self.value, self.decimals))


class Span(Localized):
    """A range 'low - high' in the reader's number format, '…' for an open end."""

    __slots__ = ("high", "low")

    def __init__(self, low: float | None, high: float | None):
        self.low, self.high = low, high

    def render(self, lang: str = "nl") -> str:
        return f"{Number(self.low).render(lang)} - {Number(self.high).render(lang)}"

    def to_json(self) -> object:
        return {"range": [self.low, self.high]}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Span) and (self.low, self.high) == (other.low, other.high)

    def __hash__(self) -> int:
        return hash((self.low, self.high))


class Joined(Localized):
    """Texts said one after the other: 'a; b'."""

    __slots__ = ("parts", "separator")

    def __init__(self, parts: list[Localized], separator: str = "; "):
        self.parts, self.separator = list(parts), separator

    def render(self, lang: str = "nl") -> str:
        return self.separator.join(p.render(lang) for p in self.parts)

    def to_json(self) -> object:
        return {"joined": [p.to_json() for p in self.parts], "separator": self.separator}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Joined) and (self.parts, self.separator) == (other.parts, other.separator)

    def __hash__(self) -> int:
        return hash((tuple(self.parts), self.separator))


class Listed(Localized):
    """Words listed as the language lists them: 'a, b en c' / 'a, b and c'; '-' for none."""

    __slots__ = ("items",)

    def __init__(self, items: object):
        self.items = [str(i) for i in items]  # type: ignore[attr-defined]

    def render(self, lang: str = "nl") -> str:
        from monitor.text.format import listed

        return listed(self.items, lang) or "-"

    def to_json(self) -> object:
        return {"listed": self.items}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Listed) and self.items == other.items

    def __hash__(self) -> int:
        return hash(tuple(self.items))


class Text(Localized):
    """A text kept as its key and parameters, rendered in the reader's language when shown:
    ``Text("error.snapshot.none", id=7).render("nl")``. Errors and problems carry one (see
    ``monitor.errors.MonitorError``), so the page shows them in Dutch or English and the CLI in its
    language. A parameter may be a Text again (a detail inside a message)."""

    __slots__ = ("key", "params")

    def __init__(self, key: str, /, **params: object):
        entry(key, params.get("count"))  # an unknown key fails where the text is made
        self.key, self.params = key, params

    def render(self, lang: str = "nl") -> str:
        return t(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.render("en")

    def to_json(self) -> object:
        """As JSON (stored with a problem in the database): ``{"text": key, "params": {...}}``."""
        return {"text": self.key, "params": {k: v.to_json() if isinstance(v, Localized) else v
                                              for k, v in self.params.items()}}

    @staticmethod
    def from_json(data: object) -> Localized | object:
        """:meth:`to_json` undone (also for the parameters: numbers, ranges, joined texts)."""
        if isinstance(data, dict):
            if "text" in data:
                params = {k: Text.from_json(v) for k, v in (data.get("params") or {}).items()}
                return Text(str(data["text"]), **params)
            if "number" in data:
                return Number(data["number"], data.get("decimals"))
            if "range" in data:
                return Span(*data["range"])
            if "listed" in data:
                return Listed(data["listed"])
            if "joined" in data:
                return Joined([Text.from_json(p) for p in data["joined"]], data.get("separator", "; "))
        return data

    def __repr__(self) -> str:
        return f"Text({self.key!r}, {self.params!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and (self.key, self.params) == (other.key, other.params)

    def __hash__(self) -> int:
        return hash((self.key, tuple(sorted((k, str(v)) for k, v in self.params.items()))))
