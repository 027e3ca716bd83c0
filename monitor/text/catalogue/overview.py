"""The programme overview (issue 17): why an action has its status, the key figures with their
change since the previous quarter, the line saying from when the figures are, the first-start
notice."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # --- why an action has its status: one sentence (monitor.compute.action_status) -------------
    "overview.reason.achter": ("Achter in {period}: {items}{rule}.", "Behind in {period}: {items}{rule}."),
    "overview.reason.risico": ("Risico in {period}: {items}{rule}.", "At risk in {period}: {items}{rule}."),
    "overview.reason.op_koers": ("Op koers in {period}: {items}{rule}.",
                                 "On track in {period}: {items}{rule}."),
    "overview.reason.behaald.one": ("Behaald in {period}: de indicator heeft haar doel bereikt{rule}.",
                                    "Achieved in {period}: the indicator has reached its target{rule}."),
    "overview.reason.behaald.other": (
        "Behaald in {period}: alle {count} indicatoren hebben hun doel bereikt{rule}.",
        "Achieved in {period}: all {count} indicators have reached their target{rule}."),
    "overview.reason.onvoldoende": ("Onvoldoende gegevens in {period} voor {items}{rule}.",
                                    "Insufficient data in {period} for {items}{rule}."),
    "overview.reason.rule": (" (regel: {rule})", " (rule: {rule})"),
    "overview.reason.item.planned": ("{title} ({value} tegen {planned} gepland)",
                                     "{title} ({value} against {planned} planned)"),
    "overview.reason.item.value": ("{title} ({value})", "{title} ({value})"),
    "overview.reason.item.no_target": ("{title} (geen doel)", "{title} (no target)"),
    "overview.reason.item.no_value": ("{title} (nog geen gegevens)", "{title} (no data yet)"),
    "overview.reason.item.too_little": ("{title} (te weinig gegevens)", "{title} (too little data)"),
    "overview.reason.item.milestone_open": ("{title} (nog niet bereikt, gepland {planned})",
                                            "{title} (not yet reached, planned {planned})"),
    "overview.reason.item.milestone_done": ("{title} (bereikt)", "{title} (reached)"),
    # --- from when the figures are: one line on every page (monitor.publication.stand) ----------
    "overview.stand.provisional": ("VOORLOPIG", "PROVISIONAL"),
    "overview.stand.live": ("**{provisional}** — live cijfers, nog niet vastgesteld; laatste "
                            "aanvaarde inzending {moment}",
                            "**{provisional}** — live figures, not yet fixed; last accepted "
                            "submission {moment}"),
    "overview.stand.live_empty": ("**{provisional}** — live cijfers; nog geen aanvaarde inzending",
                                  "**{provisional}** — live figures; no accepted submission yet"),
    "overview.stand.snapshot": ("Peildatum {day} — momentopname {id} «{label}», vastgesteld",
                                "Reference date {day} — snapshot {id} «{label}», fixed"),
    # --- key figures with their change since the previous quarter (monitor.views.overview) -------
    "overview.change.up": ("↑ +{change}", "↑ +{change}"),
    "overview.change.down": ("↓ −{change}", "↓ −{change}"),
    "overview.change.same": ("= 0", "= 0"),
    "overview.change.points": ("{n} %-punt", "{n} pt"),
    "overview.change.since": ("Met ↑ of ↓ de verandering ten opzichte van {previous}; = 0: gelijk.",
                              "With ↑ or ↓ the change since {previous}; = 0: the same."),
    "overview.key.submissions": ("ingezonden", "submitted"),
    "overview.quarter_short": ("K{q} '{yy}", "Q{q} '{yy}"),
    "overview.target": ("{value} in {period}", "{value} by {period}"),
    "overview.indicator_count.one": ("1 indicator", "1 indicator"),
    "overview.indicator_count.other": ("{count} indicatoren", "{count} indicators"),
    "overview.heatmap.all": ("Alle {count} kwartalen tonen", "Show all {count} quarters"),
    "overview.changes.since": ("Indicatoren waarvan de status veranderde sinds {previous}.",
                               "Indicators whose status changed since {previous}."),
    # --- the first start of the demo (monitor.demo.first_start), shown once to who started it -----
    "overview.demo_created": (
        "Eerste start: de database is gevuld met verzonnen demogegevens van {first} tot en met "
        "{last} ({submissions} inzendingen, waarvan {late} te laat en {corrections} correcties). "
        "Gebruik deze omgeving alleen om de monitor te leren kennen.",
        "First start: the database has been filled with invented demo data from {first} to "
        "{last} ({submissions} submissions, {late} of them late and {corrections} corrections). "
        "Use this environment only to get to know the monitor."),
}
