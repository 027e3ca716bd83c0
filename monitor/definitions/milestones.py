"""Checks on an action's milestones (``milestones[]``): ids unique within the action, planned
within the action's start and end, and ``indicator`` naming an indicator of the same action.
Each problem names file, line and key path, like the other definition checks."""

from __future__ import annotations

from collections.abc import Callable

from monitor.definitions.loader import ActionDef


def check_milestones(action: ActionDef, here: Callable[..., None]) -> None:
    """Add the problems of ``action``'s milestones through ``here(code, path, message)``."""
    spec = action.spec
    first_day, last_day = spec.action.start.first_day(), spec.action.end.last_day()
    own = {i.id for i in spec.indicators}
    seen: dict[str, int | None] = {}
    for j, ms in enumerate(spec.milestones):
        at = action.at("milestones", j)
        if ms.id in seen:
            here("duplicate-id", f"{at}.id", f"milestone id '{ms.id}' is already used in this action "
                 f"(line {seen[ms.id]})")
        else:
            seen[ms.id] = action.doc.line_of(f"{at}.id")
        planned = ms.planned_date()
        if not first_day <= planned <= last_day:
            here("outside-action", f"{at}.planned",
                 f"{ms.planned} lies outside the action's period {spec.action.start} to "
                 f"{spec.action.end}")
        if ms.indicator is not None and ms.indicator not in own and ms.indicator not in action.invalid_ids:
            here("unknown-indicator", f"{at}.indicator",
                 f"'{ms.indicator}' is not an indicator of action {action.id}")
