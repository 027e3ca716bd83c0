"""Shared vocabulary of the demo generator: the ``n.v.t.`` marker, the value type and small
helpers for stable hashing, clipping and rounding measure values."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import TYPE_CHECKING

from monitor.definitions.model import Measure

if TYPE_CHECKING:
    from monitor.demo.profiles import Org

NUMERIC = ("integer", "decimal", "percentage")


class _NotApplicable:
    def __repr__(self) -> str:
        return "n.v.t."


NVT = _NotApplicable()
Value = bool | int | float | str | date | _NotApplicable | None


def hash_unit(*parts: str) -> float:
    """A number in (0, 1) that depends only on the parts (stable across seeds and runs)."""
    digest = hashlib.sha256(":".join(parts).encode("utf-8")).digest()
    return (int.from_bytes(digest[:8], "big") + 0.5) / 2**64


def is_number(v: object) -> bool:
    """True for ints and floats, not for booleans."""
    return isinstance(v, int | float) and not isinstance(v, bool)


def clip(v: float, m: Measure) -> float:
    """``v`` within the measure's bounds."""
    lo, hi = m.low, m.high
    if lo is not None:
        v = max(v, lo)
    if hi is not None:
        v = min(v, hi)
    return v


def round_value(m: Measure, v: float, org: Org) -> int | float:
    """``v`` rounded as the organisation reports the measure."""
    if m.type == "integer":
        return round(v)
    if m.type == "percentage" and not org.percent_decimals:
        return float(round(v))
    return round(v, 1)
