"""Definities: every action and indicator as declared (the indicator catalogue)."""

import polars as pl
import streamlit as st

from monitor.frames import each
from monitor.text import number, quarter, t, tm, unit_text
from monitor.ui.state import language, results, runtime
from monitor.views.catalogue import catalogue

lang = language()
rt = runtime()
st.title(t("catalogue.title", lang))
st.write(t("catalogue.intro", lang))
types = {k: v[lang] for k, v in rt.config.org_types.items()}

for action in catalogue(rt.defs, lang, results(rt), rt.config["compute.baseline_tolerance"],
                        rt.config):
    with st.expander(f"{action['id'].upper()} · {action['title']}", expanded=False):
        st.write(action["description"])
        st.markdown(
            f"**{t('catalogue.line', lang)}:** {action['line']} · "
            f"**{t('catalogue.owner', lang)}:** {action['owner']} · "
            f"**{t('catalogue.period', lang)}:** {quarter(action['start'], lang)} – "
            f"{quarter(action['end'], lang)} · "
            f"**{t('catalogue.file', lang)}:** `{action['file']}`")
        st.subheader(t("catalogue.indicators", lang), divider="gray")
        for ind in action["indicators"]:
            st.markdown(f"**{ind['title']}** (`{ind['id']}`, {unit_text(ind['unit'], lang)})")
            if ind["description"]:
                st.text(ind["description"])
            targets = "; ".join(f"{number(v, ind['precision'], lang)} in {quarter(p, lang)}"
                                for p, v in ind["targets"])
            st.table(pl.DataFrame({
                # every rule the engine applies, one a row: the text of the report annex
                "k": [*(t(f"rules.words.{r['key']}", lang) for r in ind["rules"]),
                      t("catalogue.covers", lang), t("catalogue.baseline", lang),
                      t("catalogue.targets", lang), t("catalogue.direction", lang),
                      t("catalogue.source", lang)],
                "v": [*(r["text"] for r in ind["rules"]),
                      ", ".join(types.get(x, x) for x in ind["covers"].split(", ")),
                      ind["baseline"], targets,
                      t(f"catalogue.direction.{ind['direction']}", lang), ind["source"] or "–"],
            }).rename({"k": " ", "v": "  "}))
            if ind["baseline_note"]:
                st.warning(tm("rules.reason.shown", lang, reason=ind["baseline_note"]))
        st.subheader(t("catalogue.measures", lang), divider="gray")
        measures = pl.DataFrame(action["measures"]).select(
            "id", "title", "type", "unit", "reporters", "required", "kind", "choices")
        measures = measures.with_columns(
            each(measures, "type", lambda v: t(f"measure.type.{v}", lang)),
            each(measures, "kind", lambda v: t(f"measure.kind.{v}", lang)),
            each(measures, "unit", lambda v: unit_text(v, lang)),
            # organisation types by their label in the language, not their id
            each(measures, "reporters", lambda v: ", ".join(types.get(x, x) for x in v.split(", "))))
        st.dataframe(measures, hide_index=True, column_config={
            c: t(f"col.{c}", lang) for c in ("id", "title", "type", "unit", "reporters", "required",
                                            "kind", "choices")})
