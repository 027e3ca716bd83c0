"""Timing helpers: run a function several times and summarise (median, min, max, IQR)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any


def stats(samples: list[float]) -> dict[str, Any]:
    """Median and spread of ``samples`` (seconds)."""
    s = sorted(samples)
    q = statistics.quantiles(s, n=4, method="inclusive") if len(s) > 1 else [s[0]] * 3
    return {
        "median": statistics.median(s),
        "min": s[0],
        "max": s[-1],
        "iqr": q[2] - q[0],
        "p90": s[min(len(s) - 1, round(0.9 * (len(s) - 1)))],
        "runs": len(s),
        "samples": s,
    }


def measure(fn: Callable[[], Any], runs: int, warmup: int = 0) -> tuple[dict[str, Any], Any]:
    """Call ``fn`` ``warmup`` times untimed, then ``runs`` times timed; (stats, last result)."""
    result = None
    for _ in range(warmup):
        result = fn()
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        samples.append(time.perf_counter() - t0)
    return stats(samples), result


def ratio(a: dict, b: dict) -> float:
    """Median of ``a`` divided by the median of ``b``."""
    return a["median"] / b["median"] if b["median"] else float("nan")
