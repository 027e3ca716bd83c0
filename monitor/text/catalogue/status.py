"""Statuses and levels as a reader sees them (icon and word), and what a status or figure leaves out."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # a status as icon and word, never by colour alone (the icons of monitor.charts.status)
    "status.behaald": ("✔ behaald", "✔ achieved"),
    "status.op_koers": ("● op koers", "● on track"),
    "status.risico": ("▲ risico", "▲ at risk"),
    "status.achter": ("✖ achter", "✖ behind"),
    "status.onvoldoende": ("? onvoldoende gegevens", "? insufficient data"),
    # a status in words (without its icon)
    "status.word.behaald": ("behaald", "achieved"),
    "status.word.op_koers": ("op koers", "on track"),
    "status.word.risico": ("risico", "at risk"),
    "status.word.achter": ("achter", "behind"),
    "status.word.onvoldoende": ("onvoldoende gegevens", "insufficient data"),
    "status.none": ("–", "–"),
    "status.none.no_target": ("– geen doel voor deze uitsplitsing", "– no target for this breakdown"),
    "status.none.before_baseline": ("– vóór de nulmeting", "– before the baseline"),
    "level.error": ("✖ fout", "✖ error"),
    "level.warning": ("▲ waarschuwing", "▲ warning"),
    "submission.accepted": ("✔ opgeslagen", "✔ accepted"),
    "submission.rejected": ("✖ afgekeurd", "✖ rejected"),
    "submission.warning": ("▲ waarschuwing", "▲ warning"),
    "status.none.no_baseline": ("– geen nulmeting gemeten", "– no baseline measured"),
    # how many values stand behind a figure (monitor.narrative.values_note / values_cell)
    "shown.values.one": ("1 waarde", "1 value"),
    "shown.values.other": ("{count} waarden", "{count} values"),
    "shown.values.carried": ("{values}, waarvan {carried} overgenomen uit een eerder kwartaal",
                             "{values}, of which {carried} carried forward from an earlier quarter"),
    "shown.col.values": ("Waarden (overgenomen)", "Values (carried)"),
    # what a status leaves out, or why it is 'onvoldoende gegevens' (monitor.narrative.status_text)
    "shown.status.late.one": ("{status}, 1 dag na de geplande datum ({planned})",
                              "{status}, 1 day after the planned date ({planned})"),
    "shown.status.late.other": ("{status}, {count} dagen na de geplande datum ({planned})",
                                "{status}, {count} days after the planned date ({planned})"),
    "shown.status.not_held": (
        "{status}: doel gehaald, maar nog niet lang genoeg ({held} van {hold} kwartalen)",
        "{status}: target met, but not yet for long enough ({held} of {hold} quarters)"),
    "shown.status.min_n.one": ("{status}: {n} van minimaal 1 waarde",
                               "{status}: {n} of at least 1 value"),
    "shown.status.min_n.other": ("{status}: {n} van minimaal {count} waarden",
                                 "{status}: {n} of at least {count} values"),
    "shown.status.min_coverage": ("{status}: dekking {coverage}, minimaal {min_coverage}",
                                  "{status}: coverage {coverage}, at least {min_coverage}"),
}
