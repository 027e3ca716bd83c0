"""Action statements (issue 18): per action and quarter, the owner's results, plans, successes,
bottlenecks, lessons learned, judgement and milestone updates; four-eyes approval by a
programme manager; every edit a new version (table ``statements``).

Modules, one job each:

- ``model``: :class:`Draft`, the fields, judgements and states
- ``markup``: Markdown-lite (paragraphs and bullet lists), shown safely
- ``check``: :func:`check_draft`, every problem at once with its field (and line)
- ``fileformat``: the statement file (YAML) of ``monitor statement submit``
- ``status``: the computed status the judgement is compared with
- ``store``: the table ``statements`` (its only writer)
- ``flow``: :func:`save_statement`, :func:`review_statement` (audited, four-eyes)
- ``read``: :func:`visible_versions`, :func:`statements_for` (approved, live or frozen)
"""

from monitor.statements.flow import Saved, review_statement, save_statement
from monitor.statements.model import JUDGEMENTS, STATES, TEXT_FIELDS, Draft
from monitor.statements.read import Published, statements_for, visible_versions

__all__ = ["JUDGEMENTS", "STATES", "TEXT_FIELDS", "Draft", "Published", "Saved",
           "review_statement", "save_statement", "statements_for", "visible_versions"]
