"""Action statements (issue 18): per action and quarter, the owner's results, plans, successes,
bottlenecks, lessons learned, judgement and milestone updates; four-eyes approval by a
programme manager; every edit a new version (table ``statements``)."""
