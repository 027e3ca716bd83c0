"""The check (dry run) of an uploaded file, once per file: a page reruns on every widget change,
and checking again would record a rejected file again (an attempt and an audit row per rerun).

The caller keeps ``cache`` for the session (the upload page: a dict in ``st.session_state``); the
key is the organisation, quarter, the uploaded file's identity (Streamlit's file id, which is new
for every upload, plus size and name) and the language of the report.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import IO

from monitor.intake.core import Context, IntakeResult
from monitor.intake.ingest import submit_file
from monitor.store import Store

KEEP = 8  # checks remembered per session (the newest)

CheckKey = tuple[str, str, str, str]


def check_key(organisation: str, period: str, file_id: str, lang: str) -> CheckKey:
    return (organisation, period, file_id, lang)


def check_once(
    cache: MutableMapping[CheckKey, IntakeResult],
    store: Store,
    ctx: Context,
    content: bytes | IO[bytes],
    file_name: str,
    *,
    organisation: str,
    period: str,
    file_id: str,
    user: object,
    source: str = "upload",
) -> IntakeResult:
    """The dry-run result for this file, organisation and quarter: from ``cache`` when the same
    upload was checked before in this session, else checked now (and remembered)."""
    key = check_key(organisation, period, file_id, ctx.lang)
    if key in cache:
        return cache[key]
    result = submit_file(store, ctx, content, file_name, organisation=organisation, period=period,
                         user=user, source=source, dry_run=True)
    cache[key] = result
    while len(cache) > KEEP:
        del cache[next(iter(cache))]
    return result


def forget(cache: MutableMapping[CheckKey, IntakeResult], organisation: str, period: str,
           file_id: str) -> None:
    """Drop the remembered checks of one upload (after it was stored: a new check says
    'duplicate')."""
    for key in [k for k in cache if k[:3] == (organisation, period, file_id)]:
        del cache[key]
