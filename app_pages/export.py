"""Export: fix a peildatum (snapshot), export a chart or the full pack for a letter to
parliament, compare snapshots, and reopen a locked quarter."""

import tempfile

import streamlit as st

from monitor.access.guard import allowed
from monitor.errors import MonitorError
from monitor.exports import DEFAULT_FORMATS, FORMATS, ExportUnavailable, ImageExporter
from monitor.periods import Quarter
from monitor.publication import source as sources
from monitor.results import data_version
from monitor.site import publish_zip
from monitor.snapshots import create_snapshot, diff, reopen_quarter
from monitor.text import number, t, tm
from monitor.ui.figures import shows_snapshot
from monitor.ui.state import current_user, language, runtime, url_select
from monitor.views import exports as ex
from monitor.views import verify

lang = language()
rt = runtime()


@st.cache_resource(show_spinner=False, validate=ex.exporter_running, on_release=ex.close_exporter)
def image_exporter() -> ImageExporter:
    """One Chromium session per server process, shared by every session of this page."""
    return ImageExporter().start()


@st.cache_resource(show_spinner=False, max_entries=8)
def snapshot_source(db: str, snapshot_id: int, _rt, _user) -> sources.ExportSource:
    """A snapshot never changes, so its export source is loaded once per database and id."""
    return sources.from_snapshot(_rt, snapshot_id, _user)


st.title(t("export.title", lang))
st.write(t("export.intro", lang))
acting = current_user()
user = acting.id  # the logged-in or chosen demo user; the package functions check the role

# --- peildatum vastleggen --------------------------------------------------------------------
if allowed(acting, "snapshot.create"):
    st.header(t("export.snapshot.header", lang), divider="blue")
    st.write(t("export.snapshot.intro", lang))
    label = st.text_input(t("export.snapshot.label", lang), key="snapshot_label",
                          placeholder=t("export.snapshot.placeholder", lang))
if allowed(acting, "snapshot.create") and st.button(
        t("export.snapshot.create", lang), key="snapshot_create", type="primary"):
    if not label.strip():
        st.error(t("export.snapshot.label_required", lang))
    elif not user:
        st.error(t("export.user_required", lang))
    else:
        try:
            with st.spinner(t("export.snapshot.busy", lang)):
                sid = create_snapshot(rt, label, user)
            first, until = ex.locked_range(rt.store, rt.config, sid, lang)
        except MonitorError as exc:
            st.error(tm("export.snapshot.failed", lang, error=exc.message(lang)))
        else:
            st.success(tm("export.snapshot.created", lang, id=sid, label=label.strip(), first=first,
                          until=until))
            # the new snapshot becomes the export source: set in the URL and in the selectbox's
            # state before it is drawn (it is the newest, so the first option: no default clash)
            st.query_params["snapshot"] = str(sid)
            st.session_state["url_snapshot"] = sid

st.subheader(t("export.snapshots.header", lang))
snapshots = ex.snapshot_table(rt.store, lang)
names = ex.snapshot_names(snapshots, lang)
if snapshots.is_empty():
    st.info(t("export.snapshots.none", lang))
else:
    st.dataframe(snapshots, hide_index=True, key="snapshot_table", column_config={
        c: t(f"export.col.{c}", lang) for c in snapshots.columns})

# --- bron ------------------------------------------------------------------------------------
st.header(t("export.source.header", lang), divider="blue")
live_option = ["live"] if allowed(acting, "export.live") else []
choice = url_select(t("export.source.label", lang), [*names, *live_option], "snapshot",
                    format_func=lambda o: t("export.source.live", lang) if o == "live" else names[o])
source = None
try:
    if choice is None:  # no snapshot yet and no live export for this role (a viewer)
        st.info(t("pages.export.no_snapshot", lang))
    elif choice == "live":
        source = sources.live(rt, user)
        st.warning(t("export.source.live_warning", lang))
    else:
        source = snapshot_source(str(rt.store.path), choice, rt, user)
        st.caption(tm("export.source.snapshot", lang, label=source.label,
                      until=Quarter.parse(source.until).label(lang)))
except MonitorError as exc:
    st.error(tm("export.source.failed", lang, error=exc.message(lang)))
if source is not None:
    shows_snapshot(source, rt)  # the line at the top names the source's peildatum

# --- reproduceerbaarheid: the selected snapshot recomputed and compared (monitor.views.verify) -----
if source is not None and not source.live and allowed(acting, "export.snapshot") and st.button(
        t("verify.button", lang), key="verify_run", help=t("verify.help", lang)):
    try:
        with st.spinner(t("verify.busy", lang)):
            checked = verify.check_snapshot(rt, source.snapshot_id, user)
    except MonitorError as exc:
        st.error(tm("verify.failed", lang, error=exc.message(lang)))
    else:
        (st.success if checked.reproduces else st.error)(verify.summary(checked, lang, tm))
        if not checked.reproduces:
            st.dataframe(verify.differences_table(checked, lang), hide_index=True, key="verify_table")

images: ImageExporter | None = None
if source is not None:
    try:
        with st.spinner(t("export.chart.starting", lang)):
            images = image_exporter()
    except ExportUnavailable as exc:
        st.warning(tm("export.chart.no_images", lang, error=exc.message(lang)))

    # --- rapport maken: the report (PDF and Word) of the chosen source ---------------------------
    st.header(t("export.report.header", lang), divider="blue")
    st.write(t("export.report.intro", lang))
    report_key = (str(rt.store.path), source.stem, lang)
    if st.button(t("export.report.make", lang), key="report_make", type="primary"):
        if images is None:
            st.error(t("export.report.needs_browser", lang))
        else:
            folder = tempfile.TemporaryDirectory(prefix="ibds-rapport-")
            try:
                with st.spinner(t("export.report.busy", lang)), rt.store.released():
                    offered = ex.make_report(source, folder.name, lang, images)
            except MonitorError as exc:
                folder.cleanup()
                st.error(tm("export.report.failed", lang, error=exc.message(lang)))
            else:  # the folder lives as long as the session (or until the next report)
                st.session_state["export_report"] = {"key": report_key, "folder": folder,
                                                     "downloads": offered}
    report = st.session_state.get("export_report")
    if report and report["key"] == report_key:
        st.success(tm("export.report.done", lang, label=source.label))
        for col, d in zip(st.columns(4), report["downloads"], strict=False):
            col.download_button(t(f"export.report.download.{d.kind}", lang), d.data, file_name=d.file_name,
                                mime=d.mime, key=f"report_{d.kind}", on_click="ignore")

    # --- één grafiek -------------------------------------------------------------------------
    st.header(t("export.chart.header", lang), divider="blue")
    by_action = ex.indicators_by_action(source.defs)
    titles = {a.id: f"{a.id.upper()} · {a.spec.action.title.get(lang)}" for a in source.defs.actions}
    left, right = st.columns(2)
    action_id = left.selectbox(t("filter.action", lang), list(titles), format_func=titles.get,
                               key="export_action")
    inds = {i.id: i for i in by_action[action_id]}
    ind_id = right.selectbox(t("filter.indicator", lang), list(inds), key=f"export_indicator_{action_id}",
                             format_func=lambda i: f"{inds[i].title.get(lang)} ({i})")
    # the one-line message of this chart, kept per chart for the pack of this session
    messages: dict[str, str] = st.session_state.setdefault("export_messages", {})
    name = ex.chart_name(action_id, inds[ind_id])
    messages[name] = st.text_input(t("export.chart.message", lang), value=messages.get(name, ""),
                                   max_chars=90, key=f"export_message_{name}",
                                   help=t("export.chart.message_help", lang))
    chart = ex.chart_export(source, action_id, inds[ind_id], lang, messages[name])
    st.caption(t("export.chart.preview", lang))
    st.plotly_chart(chart.figure, theme=None, width="content", key="export_preview", alt=chart.alt,
                    config={"displaylogo": False, "locale": lang})
    offered = ex.chart_downloads(chart, images)  # every chart format; None: needs Chromium
    for col, d in zip(st.columns(len(offered)), offered, strict=True):
        if d is not None:
            col.download_button(t(f"export.chart.{d.kind}", lang), d.data, file_name=d.file_name,
                                mime=d.mime, key=f"chart_{d.kind}", on_click="ignore")

    # --- volledig pakket ---------------------------------------------------------------------
    st.header(t("export.pack.header", lang), divider="blue")
    st.write(t("export.pack.intro", lang))
    formats = st.multiselect(t("export.pack.formats", lang), list(FORMATS), default=list(DEFAULT_FORMATS),
                             format_func=lambda f: t(f"export.format.{f}", lang), key="pack_formats")
    pack_key = (str(rt.store.path), source.stem, lang)
    if st.button(t("export.pack.make", lang), key="pack_make", type="primary"):
        if not formats:
            st.error(t("export.pack.no_formats", lang))
        elif ex.needs_browser(formats) and images is None:
            st.error(t("export.pack.needs_browser", lang))
        else:
            bar = st.progress(0.0, text=t("export.pack.starting", lang))

            def progress(fraction: float, message: str) -> None:
                bar.progress(min(max(fraction, 0.0), 1.0), text=tm("export.pack.step", lang, step=message))

            folder = tempfile.TemporaryDirectory(prefix="ibds-export-")
            try:
                # the pack takes up to a minute: the database file stays free meanwhile
                with rt.store.released():
                    made = ex.make_pack(source, folder.name, formats, lang, images, progress,
                                        st.session_state.get("export_messages"))
            except MonitorError as exc:
                folder.cleanup()
                st.error(tm("export.pack.failed", lang, error=exc.message(lang)))
            else:
                # the folder lives as long as the session (or until the next pack)
                st.session_state["export_pack"] = {"key": pack_key, "folder": folder, "result": made}
    pack = st.session_state.get("export_pack")
    if pack and pack["key"] == pack_key:
        made = pack["result"]
        st.success(t("export.pack.done", lang, count=len(made.files)))
        buttons = st.columns(4)
        for col, d in zip(buttons, ex.pack_downloads(made), strict=False):
            col.download_button(t(f"export.pack.download.{d.kind}", lang), d.data,
                                file_name=d.file_name, mime=d.mime, key=f"pack_{d.kind}", on_click="ignore")
        st.dataframe(ex.pack_files(made, lang), hide_index=True, key="pack_files", column_config={
            c: t(f"export.col.{c}", lang) for c in ("path", "bytes", "sha256")})

    # --- openbare website: the static site of the snapshot (monitor.site), as a zip --------------
    if not source.live and allowed(acting, "site.publish"):
        st.header(t("site.page.header", lang), divider="blue")
        st.write(t("site.page.intro", lang))
        site_key = (str(rt.store.path), source.snapshot_id)
        if st.button(t("site.page.make", lang), key="site_make"):
            if images is None:
                st.error(t("site.page.needs_browser", lang))
            else:
                try:
                    with st.spinner(t("site.page.busy", lang)), rt.store.released():
                        st.session_state["export_site"] = (site_key, *publish_zip(
                            rt, source.snapshot_id, user, exporter=images))
                except MonitorError as exc:
                    st.error(tm("site.page.failed", lang, error=exc.message(lang)))
        site = st.session_state.get("export_site")
        if site and site[0] == site_key:
            st.success(t("site.page.made", lang, pages=len(site[2].pages), files=len(site[2].files)))
            st.download_button(t("site.page.download", lang), site[1], mime="application/zip",
                               file_name=f"ibds-site-snapshot-{source.snapshot_id}.zip",
                               key="site_download", on_click="ignore")

# --- verschillen -----------------------------------------------------------------------------
st.header(t("export.diff.header", lang), divider="blue")
ids = list(names)
if not ids:
    st.info(t("export.diff.none", lang))
else:
    left, right = st.columns(2)
    a = left.selectbox(t("export.diff.a", lang), ids, index=min(1, len(ids) - 1), format_func=names.get,
                       key="diff_a")
    b = right.selectbox(t("export.diff.b", lang), [*ids, "live"], index=0 if len(ids) > 1 else 1,
                        format_func=lambda o: t("export.source.live", lang) if o == "live" else names[o],
                        key="diff_b")
    diff_key = (str(rt.store.path), a, b, data_version(rt) if b == "live" else None)
    if st.button(t("export.diff.compare", lang), key="diff_run"):
        if a == b:
            st.error(t("export.diff.same", lang))
        else:
            try:
                with st.spinner(t("export.diff.busy", lang)):
                    found = diff(rt.store, a, None if b == "live" else b, defs=rt.defs, config=rt.config)
            except MonitorError as exc:
                st.error(tm("export.diff.failed", lang, error=exc.message(lang)))
            else:
                st.session_state["export_diff"] = (diff_key, found)
    stored = st.session_state.get("export_diff")
    if stored and stored[0] == diff_key:
        found = stored[1]
        st.caption(t("export.diff.through", lang, through=Quarter.parse(found.through).label(lang)))
        counts = ex.diff_counts(found)
        for col, (part, n) in zip(st.columns(4), counts.items(), strict=True):
            col.metric(t(f"export.diff.{part}", lang), number(n, 0, lang))
        if found.is_empty():
            st.success(t("export.diff.no_changes", lang))
        for part, table in ex.diff_tables(found, lang).items():
            if table.height:
                st.subheader(f"{t(f'export.diff.{part}', lang)} ({table.height})")
                st.dataframe(table, hide_index=True, key=f"diff_{part}", column_config={
                    c: t(f"export.col.{c}", lang) for c in table.columns})
        st.download_button(t("export.diff.csv", lang), found.to_csv_bytes(lang),
                           file_name=f"verschillen_{a}_{b}.csv", mime=ex.CSV_MIME, key="diff_csv",
                           on_click="ignore")

# --- kwartaal heropenen ----------------------------------------------------------------------
if not allowed(acting, "period.reopen"):
    st.stop()
st.header(t("export.reopen.header", lang), divider="blue")
locked = rt.locked_periods()
if not locked:
    st.caption(t("export.reopen.none", lang))
else:
    st.write(t("export.reopen.intro", lang))
    quarters = sorted(locked, reverse=True)
    if st.session_state.get("reopen_period") not in (None, *quarters):
        del st.session_state["reopen_period"]
    period = st.selectbox(t("export.reopen.period", lang), quarters, key="reopen_period",
                          format_func=lambda q: t("export.reopen.option", lang,
                                                  period=Quarter.parse(q).label(lang), label=locked[q]))
    reason = st.text_area(t("export.reopen.reason", lang), key="reopen_reason")
    if st.button(t("export.reopen.button", lang), key="reopen_run"):
        if not reason.strip():
            st.error(t("export.reopen.reason_required", lang))
        elif not user:
            st.error(t("export.user_required", lang))
        else:
            try:
                lifted = reopen_quarter(rt, period, user, reason)
            except MonitorError as exc:
                st.error(tm("export.reopen.failed", lang, error=exc.message(lang)))
            else:
                st.success(tm("export.reopen.done", lang, period=Quarter.parse(period).label(lang),
                              labels=", ".join(lifted)))
