"""An HTML table parsed into its rows of cells (the status table drawn on the server)."""

from __future__ import annotations

from html.parser import HTMLParser


class Table(HTMLParser):
    """The table's cells as (tag, attributes, text) per row, its caption and every tag seen."""

    def __init__(self, markup: str) -> None:
        super().__init__()
        self.rows: list[list[tuple[str, dict, str]]] = []
        self.caption, self.tags, self._cell, self._in_caption = "", [], None, False
        self.feed(markup)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "tr":
            self.rows.append([])
        elif tag in ("th", "td"):
            self._cell = [tag, dict(attrs), ""]
        elif tag == "caption":
            self._in_caption = True

    def handle_endtag(self, tag):
        if tag in ("th", "td"):
            self.rows[-1].append((self._cell[0], self._cell[1], " ".join(self._cell[2].split())))
            self._cell = None
        elif tag == "caption":
            self._in_caption = False

    def handle_data(self, data):
        if self._cell is not None:
            self._cell[2] += data
        elif self._in_caption:
            self.caption += data
