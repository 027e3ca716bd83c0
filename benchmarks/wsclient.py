"""A Streamlit session without a browser: the websocket the browser would open, speaking the same
protobuf messages (``BackMsg`` in, ``ForwardMsg`` out), for the load test's many readers.

A browser session costs this 2-core machine a Chromium renderer (hundreds of MB and most of a
core while it draws Plotly); thirty of them saturate the machine before the server is loaded
(BENCHMARKS.md, "under load"). The server's work per page view is the same for this client: it
connects a session, asks for a page with its query string (``rerun_script``) and reads every
message until the script run has finished. What it measures is the server's answer time (page
asked until the run finished and every message received), not the drawing in a browser; the
load test keeps a few real browsers for that.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg


@dataclass
class Answer:
    """One page view: how long the server took, how much it sent, what went wrong on the page."""

    seconds: float
    messages: int
    size: int  # bytes received
    page: str  # the URL path of the page the server ran ("" when it did not say)
    errors: list[str] = field(default_factory=list)


def _errors(msg: ForwardMsg) -> list[str]:
    """An exception or an error box in a delta: what a person would see as an error."""
    if msg.WhichOneof("type") != "delta" or msg.delta.WhichOneof("type") != "new_element":
        return []
    element = msg.delta.new_element
    kind = element.WhichOneof("type")
    if kind == "exception":
        return [f"{element.exception.type}: {element.exception.message}"[:160]]
    if kind == "alert" and element.alert.format == element.alert.ERROR:
        return [element.alert.body[:160]]
    return []


class Session:
    """One reader's session on the server at ``base`` (``http://host:port``)."""

    def __init__(self, base: str, timeout: float = 120.0):
        self.url = base.replace("http", "ws", 1).rstrip("/") + "/_stcore/stream"
        self.timeout = timeout
        self._ws = None

    async def __aenter__(self) -> Session:
        self._ws = await websockets.connect(self.url, subprotocols=["streamlit"],
                                            max_size=None, open_timeout=self.timeout)
        return self

    async def __aexit__(self, *_exc) -> None:
        await self._ws.close()

    async def view(self, page: str, query: str) -> Answer:
        """Ask for ``page`` (its URL path, "" for the first page) with ``query``, as a browser
        opening that address would, and wait until the server has finished the run."""
        back = BackMsg()
        back.rerun_script.query_string = query
        back.rerun_script.page_name = page
        back.rerun_script.context_info.locale = "nl-NL"
        back.rerun_script.context_info.timezone = "Europe/Amsterdam"
        started = time.perf_counter()
        await self._ws.send(back.SerializeToString())
        messages = size = 0
        errors: list[str] = []
        shown = ""
        deadline = started + self.timeout
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError(f"no end of the script run in {self.timeout:g} s")
            data = await asyncio.wait_for(self._ws.recv(), left)
            messages, size = messages + 1, size + len(data)
            msg = ForwardMsg()
            msg.ParseFromString(data)
            errors += _errors(msg)
            if msg.WhichOneof("type") == "navigation":
                nav = msg.navigation
                shown = next((p.url_pathname for p in nav.app_pages
                              if p.page_script_hash == nav.page_script_hash), shown)
            if msg.WhichOneof("type") == "script_finished" \
                    and msg.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                return Answer(time.perf_counter() - started, messages, size, shown, errors)
