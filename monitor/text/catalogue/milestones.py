"""Milestones (mijlpalen, issue 18): the action page's section and timeline, the overview's
overdue list."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "milestones.section": ("Mijlpalen", "Milestones"),
    "milestones.as_of": ("Stand op {day}: de toestand uit de laatste goedgekeurde "
                         "actierapportage tot en met {period}.",
                         "As of {day}: the state from the latest approved action statement up to "
                         "and including {period}."),
    "milestones.none": ("Voor deze actie zijn geen mijlpalen vastgelegd.",
                        "No milestones are declared for this action."),
    "milestones.summary": ("{total}: {done} gereed, {overdue} over tijd, {open} nog open.",
                           "{total}: {done} done, {overdue} overdue, {open} still open."),
    "milestones.count.one": ("{count} mijlpaal", "{count} milestone"),
    "milestones.count.other": ("{count} mijlpalen", "{count} milestones"),
    # states, each with its symbol (never colour alone)
    "milestones.status.gepland": ("○ gepland", "○ planned"),
    "milestones.status.loopt": ("◔ loopt", "◔ in progress"),
    "milestones.status.gereed": ("✔ gereed", "✔ done"),
    "milestones.status.vertraagd": ("▲ vertraagd", "▲ delayed"),
    "milestones.status.vervallen": ("✖ vervallen", "✖ cancelled"),
    # late in words
    "milestones.late.overdue.one": ("⚠ {count} dag over tijd", "⚠ {count} day overdue"),
    "milestones.late.overdue.other": ("⚠ {count} dagen over tijd", "⚠ {count} days overdue"),
    "milestones.late.realised.one": ("⚠ {count} dag te laat gereed", "⚠ done {count} day late"),
    "milestones.late.realised.other": ("⚠ {count} dagen te laat gereed",
                                       "⚠ done {count} days late"),
    "milestones.late.on_time": ("op tijd", "on time"),
    "milestones.late.cancelled": ("niet van toepassing", "not applicable"),
    "milestones.late.not_due": ("nog niet verlopen", "not yet due"),
    # table columns
    "milestones.col.milestone": ("Id", "Id"),
    "milestones.col.title": ("Mijlpaal", "Milestone"),
    "milestones.col.planned": ("Gepland", "Planned"),
    "milestones.col.status": ("Stand", "State"),
    "milestones.col.reported_in": ("Gemeld in", "Reported in"),
    "milestones.col.realised": ("Gerealiseerd", "Realised"),
    "milestones.col.late": ("Te laat", "Late"),
    "milestones.col.days_late": ("Dagen te laat", "Days late"),
    "milestones.col.explanation": ("Toelichting", "Explanation"),
    # the timeline chart
    "milestones.chart.title": ("Mijlpalen: gepland en gerealiseerd",
                               "Milestones: planned and realised"),
    "milestones.chart.planned": ("geplande datum", "planned date"),
    "milestones.chart.realised": ("gerealiseerde datum", "realised date"),
    "milestones.chart.late": ("te laat (stippellijn)", "late (dotted line)"),
    "milestones.chart.as_of": ("peildatum {day}", "as of {day}"),
    "milestones.chart.hover": ("{title}<br>gepland: {planned}<br>gerealiseerd: {realised}<br>{status}; {late}",
                               "{title}<br>planned: {planned}<br>realised: {realised}<br>{status}; {late}"),
    "milestones.alt": ("Tijdlijn van {total} van actie {action}, gepland van {first} tot {last}, "
                       "stand op {day}: {done} gereed ({late_done} te laat), {overdue} over tijd, "
                       "{open} nog open, {cancelled} vervallen.",
                       "Timeline of {total} of action {action}, planned from {first} to {last}, "
                       "as of {day}: {done} done ({late_done} late), {overdue} overdue, "
                       "{open} still open, {cancelled} cancelled."),
    "milestones.alt.empty": ("Tijdlijn zonder mijlpalen.", "Timeline without milestones."),
    # the overview: overdue milestones in words
    "milestones.overdue.title": ("Mijlpalen over tijd", "Overdue milestones"),
    "milestones.overdue.none": ("Op {day} is geen mijlpaal over tijd.",
                                "On {day} no milestone is overdue."),
    "milestones.overdue.intro.one": ("Op {day} is {count} mijlpaal over tijd:",
                                     "On {day} {count} milestone is overdue:"),
    "milestones.overdue.intro.other": ("Op {day} zijn {count} mijlpalen over tijd:",
                                       "On {day} {count} milestones are overdue:"),
    "milestones.overdue.item.one": ("{action}: {title}, gepland {planned}, {count} dag over tijd "
                                    "({status})",
                                    "{action}: {title}, planned {planned}, {count} day overdue "
                                    "({status})"),
    "milestones.overdue.item.other": ("{action}: {title}, gepland {planned}, {count} dagen over "
                                      "tijd ({status})",
                                      "{action}: {title}, planned {planned}, {count} days overdue "
                                      "({status})"),
    "milestones.overdue.more.one": ("En nog {count} mijlpaal; zie de actiepagina's.",
                                    "And {count} more milestone; see the action pages."),
    "milestones.overdue.more.other": ("En nog {count} mijlpalen; zie de actiepagina's.",
                                      "And {count} more milestones; see the action pages."),
}
