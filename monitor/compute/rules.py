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

# compute.max_carry_quarters when no config is at hand: the setting's declared default
DEFAULT_MAX_CARRY: int = SETTINGS_BY_KEY["compute.max_carry_quarters"].default


def max_carry(ind: Indicator, default: int = DEFAULT_MAX_CARRY) -> int | None:
    """The maximum age in quarters of a carried value for ``ind`` (None: nothing is carried)."""
    if not ind.carries:
        return None
    return ind.max_carry if ind.max_carry is not None else default


def _quarters(k: int, lang: str) -> str:
    if lang == "en":
        return f"{k} quarter{'s' if k != 1 else ''}"
    return f"{k} kwarta{'len' if k != 1 else 'al'}"


# the texts of rules version 1 (before issue 15), for the report of a snapshot made under them
V1_MISSING_TEXT = {
    "exclude": ("organisaties zonder gegevens tellen niet mee", "organisations without data are left out"),
    "zero": ("organisaties zonder gegevens tellen als 0 / nee", "organisations without data count as 0 / no"),
    "carry_forward": ("zonder nieuwe gegevens telt de laatst gerapporteerde waarde",
                      "without new data the last reported value counts"),
}


def missing_rule_text(ind: Indicator, lang: str, default_max_carry: int = DEFAULT_MAX_CARRY,
                      rules_version: int = 2) -> str:
    """What the engine does with organisations without a value this quarter, for ``ind``, with
    ``default_max_carry`` the setting ``compute.max_carry_quarters`` in force (under
    ``rules_version`` 1: what a version-1 snapshot's report said). The minimum n and every other
    rule: ``monitor.compute.describe``."""
    en = lang == "en"
    if rules_version < 2:
        return V1_MISSING_TEXT[ind.missing][1 if en else 0]
    kind, parts = ind.compute.kind, []
    limit = max_carry(ind, default_max_carry)
    if kind == "cumulative":
        parts.append("all values reported up to the quarter count" if en
                     else "alle tot en met het kwartaal gerapporteerde waarden tellen")
    elif kind == "milestone":
        parts.append("an achieved date once reported keeps counting" if en
                     else "een eenmaal gerapporteerde datum blijft tellen")
    elif limit == 0:
        parts.append("a value counts only in the quarter it was reported for" if en
                     else "een waarde telt alleen in het kwartaal waarvoor hij is gerapporteerd")
    elif limit is not None:
        what = ("the last reported pair of numerator and denominator (from one quarter)" if kind == "ratio"
                else "its last reported value") if en else (
                "het laatst gerapporteerde paar teller en noemer (uit één kwartaal)" if kind == "ratio"
                else "de laatst gerapporteerde waarde")
        if en:
            parts.append(f"an organisation without a new report keeps {what} for at most "
                         f"{_quarters(limit, lang)}; a later n.v.t. stops it")
        else:
            parts.append(f"zonder nieuwe gegevens telt {what} nog ten hoogste {_quarters(limit, lang)}; "
                         "een latere n.v.t. stopt dat")
    if ind.missing == "zero":
        parts.append("organisations without a value count as 0 / no, in groups where at least one "
                     "organisation has a value; an organisation's own row then stays empty" if en
                     else "organisaties zonder waarde tellen als 0 / nee, in groepen waarin ten minste "
                     "één organisatie een waarde heeft; de eigen rij van de organisatie blijft dan leeg")
    elif not parts or limit == 0 or (ind.missing == "exclude" and kind not in ("cumulative", "milestone")):
        parts.append("organisations without a value are left out" if en
                     else "organisaties zonder waarde tellen niet mee")
    return "; ".join(parts)
