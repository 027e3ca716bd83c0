"""Organisation profiles: per organisation a size (staff, from a hash of the code; the largest
few fixed), a speed (ministeries, provincies and agencies fast, small gemeenten slow, plus noise),
a sloppiness (how often it misses a quarter or submits late) and a few writing habits."""

from __future__ import annotations

import math
import random
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from statistics import NormalDist

from monitor.demo.common import hash_unit

# staff (persons) per type: median, spread (sigma of the log), lower and upper bound
_STAFF = {
    "gemeente": (420, 0.75, 60, 20000),
    "provincie": (1100, 0.35, 500, 2500),
    "waterschap": (650, 0.4, 250, 1500),
    "ministerie": (4000, 0.9, 800, 40000),
    "uitvoeringsorganisatie": (1200, 1.1, 40, 8000),
    "koepel": (200, 0.6, 40, 600),
}
_STAFF_FIXED = {"GM0363": 17500, "GM0599": 13500, "GM0518": 9800, "GM0344": 5800, "DEF": 72000}
_SPEED = {"ministerie": 0.72, "provincie": 0.7, "uitvoeringsorganisatie": 0.66, "koepel": 0.6,
          "waterschap": 0.52, "gemeente": 0.26}
_SLOPPY = {"ministerie": 0.45, "provincie": 0.4, "uitvoeringsorganisatie": 0.5, "koepel": 0.9,
           "waterschap": 0.6, "gemeente": 1.0}


@dataclass
class Org:
    """One organisation as the generator sees it."""

    code: str
    type: str
    staff: int
    size: float  # percentile of staff within the type
    speed: float
    sloppiness: float
    writes_nvt: bool  # writes 'n.v.t.' where a measure does not apply (else leaves it empty)
    groups_thousands: bool  # writes 1.234
    whole_decimals: bool  # writes 12 rather than 12,0
    percent_sign: bool  # writes 45%
    percent_decimals: bool  # reports percentages with a decimal
    estimates: bool  # notes 'schatting' with its decimals


def _staff(org_types: dict[str, str]) -> dict[str, int]:
    """Staff per organisation: a log-normal guess per type from a hash of the code."""
    nd = NormalDist()
    staff: dict[str, int] = {}
    for code, t in sorted(org_types.items()):
        med, sigma, lo, hi = _STAFF.get(t, (500, 0.7, 20, 20000))
        guess = med * math.exp(sigma * nd.inv_cdf(hash_unit("staff", code)))
        staff[code] = _STAFF_FIXED.get(code) or int(min(hi, max(lo, guess)))
    return staff


def profiles(org_types: dict[str, str], sole: set[str], rng: random.Random) -> dict[str, Org]:
    """A profile per organisation (code -> type), drawn from ``rng`` in code order. The ``sole``
    organisations (the only reporters of some measure) never miss a quarter or submit late."""
    staff = _staff(org_types)
    peers: dict[str, list[int]] = defaultdict(list)
    for code, t in org_types.items():
        peers[t].append(staff[code])
    for t in peers:
        peers[t].sort()
    orgs = {}
    for code, t in sorted(org_types.items()):
        size = (bisect_left(peers[t], staff[code]) + 0.5) / len(peers[t])
        speed = _SPEED.get(t, 0.5) + (0.35 if t == "gemeente" else 0.1) * size + rng.gauss(0, 0.08)
        sloppy = _SLOPPY.get(t, 0.8) * ((1.5 - size) if t == "gemeente" else 1.0)
        sloppy *= rng.lognormvariate(0, 0.5)
        orgs[code] = Org(
            code, t, staff[code], size, speed, 0.0 if code in sole else sloppy,
            writes_nvt=rng.random() < 0.3, groups_thousands=rng.random() < 0.25,
            whole_decimals=rng.random() < 0.4, percent_sign=rng.random() < 0.2,
            percent_decimals=rng.random() < 0.15, estimates=rng.random() < 0.05)
    return orgs
