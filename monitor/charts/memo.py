"""Built figures, kept per input: a page run asks for the same charts as the run before it.

Building a Plotly figure validates every property (tens of milliseconds for a trend with
subplots); a page shows several per indicator on every run. :func:`memo_figure` keeps the built
figure of a chart function as a plain dict per input and hands out a new ``go.Figure`` made from
that dict without validating it again (a few milliseconds), so callers may change what they get.

The key is the input itself, not a data version: frames by their content (a row hash, then an
exact comparison on a hit), strings and numbers by value, mappings by their items when those are
hashable, and other objects (an :class:`Indicator`, the cached GeoJSON) by identity, kept alive in
the entry so the identity cannot be reused. New data or new definitions therefore simply miss.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from typing import ParamSpec

import plotly.graph_objects as go
import polars as pl

P = ParamSpec("P")
# figures kept per chart function: a trend or bar chart is tens of kB, a map ~1.5 MB (its GeoJSON)
KEEP = 96  # about 34 indicators × a quarter or two × two languages
KEEP_MAPS = 12

_FIGURES: dict[str, OrderedDict[tuple, tuple[dict, tuple]]] = {}
_LOCK = threading.Lock()


def _part(value: object, keep: list) -> object:
    """A hashable stand-in for one argument; ``keep`` collects what a hit must compare or keep
    alive."""
    if isinstance(value, pl.DataFrame):
        keep.append(value)
        return (
            "frame",
            tuple(map(str, value.schema.items())),
            value.height,
            tuple(value.hash_rows(seed=0).to_list()),
        )
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Mapping):
        items = tuple(sorted(value.items(), key=lambda kv: str(kv[0])))
        try:
            hash(items)
            return ("map", items)
        except TypeError:
            pass
    keep.append(value)
    return ("id", id(value))


def _same(kept: list, now: list) -> bool:
    return len(kept) == len(now) and all(
        a.equals(b) if isinstance(a, pl.DataFrame) else a is b for a, b in zip(kept, now, strict=True)
    )


def memo_figure(
    fn: Callable[P, go.Figure] | None = None, *, keep: int = KEEP
) -> Callable[P, go.Figure] | Callable[[Callable[P, go.Figure]], Callable[P, go.Figure]]:
    """Keep what ``fn`` builds per input, the ``keep`` most recently used (see the module
    docstring). ``go.Figure`` copies the kept dict on every hit, so no caller can change
    another's figure. Use as ``@memo_figure`` or ``@memo_figure(keep=n)``."""
    if fn is None:
        return functools.partial(memo_figure, keep=keep)  # type: ignore[return-value]
    kept: OrderedDict[tuple, tuple[dict, tuple]] = _FIGURES.setdefault(fn.__qualname__, OrderedDict())

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> go.Figure:
        inputs: list = []
        try:
            key = (
                tuple(_part(a, inputs) for a in args),
                tuple((k, _part(v, inputs)) for k, v in sorted(kwargs.items())),
            )
            hash(key)
        except Exception:  # an input that cannot be keyed (e.g. a nested frame): build it
            return fn(*args, **kwargs)
        with _LOCK:
            hit = kept.get(key)
            if hit is not None:
                kept.move_to_end(key)
        if hit is not None and _same(hit[1], inputs):
            return go.Figure(hit[0], _validate=False)  # copies the dict's contents
        fig = fn(*args, **kwargs)
        with _LOCK:
            kept[key] = (fig.to_dict(), tuple(inputs))
            while len(kept) > keep:
                kept.popitem(last=False)
        return fig

    return wrapper


def clear_figures() -> None:
    with _LOCK:
        for kept in _FIGURES.values():
            kept.clear()
