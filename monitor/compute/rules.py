"""The aggregation rules of one indicator that depend on its definition (rules version 2):
which values carry over quarters and for how long, and the missing-data policy in words.

The engine (``sql``) applies these rules; :func:`missing_rule_text` says them in words, as one of
the rules ``monitor.compute.describe`` gives the Definities page and the report annex, so the text a
reader sees is the rule the engine applies.

- ``missing: exclude``: organisations without a value are left out.
- ``missing: zero``: in a group where at least one organisation has a value (n >= 1), every
  expected organisation without one counts as 0 / no (share: in the denominator; ratio: 0 in both
  sums). A group without any value (n = 0) has no value, in every breakdown: an organisation's own
  row is a group of one, so an organisation that did not report has no value of its own (never an
  imputed 0 under its name) and its numerator and denominator are empty too.
- ``missing: carry_forward`` (and kind ``latest``, which carries by definition): an organisation
  without a report keeps its last reported value (for a ratio: the last pair of numerator and
  denominator, both from the same quarter) for at most ``max_carry`` quarters (default
  ``compute.max_carry_quarters``); a later n.v.t. or empty report stops the carry.
- ``cumulative`` and ``milestone`` look back by definition (all flows to date, the first achieved
  date); ``max_carry`` does not apply and their values do not count as carried.
"""

from __future__ import annotations

from monitor.config import SETTINGS_BY_KEY
from monitor.definitions.model import Indicator
from monitor.text import t

# compute.max_carry_quarters when no config is at hand: the setting's declared default
DEFAULT_MAX_CARRY: int = SETTINGS_BY_KEY["compute.max_carry_quarters"].default


def max_carry(ind: Indicator, default: int = DEFAULT_MAX_CARRY) -> int | None:
    """The maximum age in quarters of a carried value for ``ind`` (None: nothing is carried)."""
    if not ind.carries:
        return None
    return ind.max_carry if ind.max_carry is not None else default


def missing_rule_text(ind: Indicator, lang: str, default_max_carry: int = DEFAULT_MAX_CARRY,
                      rules_version: int = 2) -> str:
    """What the engine does with organisations without a value this quarter, for ``ind``, with
    ``default_max_carry`` the setting ``compute.max_carry_quarters`` in force (under
    ``rules_version`` 1: what a version-1 snapshot's report said). The minimum n and every other
    rule: ``monitor.compute.describe``."""
    if rules_version < 2:
        return t(f"describe.v1_missing.{ind.missing}", lang)
    kind, parts = ind.compute.kind, []
    limit = max_carry(ind, default_max_carry)
    if kind == "cumulative":
        parts.append(t("describe.missing.cumulative", lang))
    elif kind == "milestone":
        parts.append(t("describe.missing.milestone", lang))
    elif limit == 0:
        parts.append(t("describe.missing.no_carry", lang))
    elif limit is not None:
        what = t("describe.missing.carry_pair" if kind == "ratio" else "describe.missing.carry_value", lang)
        parts.append(t("describe.missing.carry", lang, what=what,
                       quarters=t("describe.quarters", lang, count=limit)))
    if ind.missing == "zero":
        parts.append(t("describe.missing.zero", lang))
    elif not parts or limit == 0 or (ind.missing == "exclude" and kind not in ("cumulative", "milestone")):
        parts.append(t("describe.missing.exclude", lang))
    return "; ".join(parts)
