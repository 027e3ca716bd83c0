"""Submitters and reminders (issue 17): the upload page's problems table and affected
indicators, the contacts of organisations without a submission and the reminder mail-merge."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # the upload page
    "submit.col.measure": ("Maatstaf", "Measure"),
    "submit.problems_first.one": ("Hier staat het eerste probleem van {count}; de download bevat ze allemaal.",
                                  "The first problem of {count} is shown here; the download has them all."),
    "submit.problems_first.other": ("Hier staan de eerste {shown} problemen van {count}; de download bevat ze allemaal.",
                                    "The first {shown} of {count} problems are shown here; the download has them all."),
    "submit.affects": ("Indicatoren die veranderen:", "Indicators that change:"),
    "submit.affects.action": ("- {action}: {indicators}", "- {action}: {indicators}"),
}
