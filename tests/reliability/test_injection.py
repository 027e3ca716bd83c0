"""Injection: what users submit (notes, values, file names) and names (organisations) are shown as
typed in the pages, never as HTML or Markdown; spreadsheet exports neutralise formulas; SQL never
holds user values; YAML is loaded safely; upload names never become paths; indicator definitions
cannot put SQL into the computation."""

from __future__ import annotations

import ast
import re
import time
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest
from helpers import acting_programme_manager, make_world, submit_csv, unescaped
from hypothesis import given
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from monitor.access.audit import audit_log
from monitor.access.errors import UsersFileError
from monitor.access.usersfile import load_users_file
from monitor.config import load_config
from monitor.definitions import require_definitions
from monitor.errors import ConfigError, DefinitionError
from monitor.exports.tables import Table, table_csv, table_xlsx
from monitor.intake.files import safe_file_name
from monitor.intake.history import submission_history
from monitor.intake.ingest import submit_file
from monitor.text import LANGS, literal
from monitor.textsafe import DANGEROUS
from monitor.views.submissions import short_name
from tests.compute.test_engine import DATA, DEFS, ORGS
from tests.intake.world import context
from tests.reliability.support import BASE_ROWS, STATS, csv_bytes, examples, fingerprint

ROOT = Path(__file__).resolve().parents[2]
PAYLOADS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "**vet**",
            "[klik](javascript:alert(1))", ":red[rood]", "$x^2$", "&lt;b&gt;", "# kop", "`code`"]
NAME = " ".join(PAYLOADS)


# --- (a) pages -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def hostile_world(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("injection")
    rt = make_world(tmp, DEFS, ORGS)
    names = {"G1": f"Gemeente {NAME}", "P1": f"Provincie {NAME}"}
    (tmp / "orgs.csv").write_text("code,naam,type,provincie,tooi\n" + "".join(
        f'{c},"{names.get(c, c + " naam")}",{t},,\n' for c, t in ORGS), encoding="utf-8")
    from monitor.runtime import open_runtime

    rt = open_runtime(config_path=tmp / "config.yaml", indicators=tmp / "indicators")
    submit_csv(rt, DATA)
    content = csv_bytes([["G1", "2025-Q4", "cdo", "ja", NAME], ["G1", "2025-Q4", "fte", "2,5", NAME]])
    accepted = submit_file(rt.store, rt.context(), content, f"{PAYLOADS[1]}**b**.csv",
                           organisation="G1", period="2025-Q4", user="test",
                           received_at=datetime(2025, 12, 1))
    assert accepted.status == "accepted"
    rejected = submit_file(rt.store, rt.context(), csv_bytes([["G1", "2025-Q3", "cdo", NAME, ""]]),
                           "x.csv", organisation="G1", period="2025-Q3", user="test")
    assert rejected.status == "rejected"
    return rt, tmp, names


def _page(monkeypatch, tmp: Path, page: str, opened: tuple[str, ...] = (), **params) -> AppTest:
    """``page`` as a programme manager; ``opened``: the widget keys of expanders opened (a lazy
    expander, such as the lineage on Actie, is made only when opened)."""
    monkeypatch.setenv("MONITOR_CONFIG", str(tmp / "config.yaml"))
    monkeypatch.delenv("MONITOR_DB", raising=False)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.session_state["demo_user"] = acting_programme_manager()
    for key in opened:
        at.session_state[key] = True
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    at.switch_page(f"app_pages/{page}.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    for md in [*at.markdown, *at.caption]:
        assert not md.proto.allow_html or server_chart(md.value), md.value
    return at


# what a chart drawn on the server (monitor.charts.peer_strip) may hold: these tags, no event
# handler, no link, no style sheet; every other text escaped
CHART_TAGS = {"div", "p", "strong", "br", "span", "svg", "line", "text", "circle", "path"}


class _Tags(HTMLParser):
    def __init__(self, markup: str) -> None:
        super().__init__()
        self.tags, self.attrs, self.texts = set(), set(), []
        self.feed(markup)

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attrs |= {name for name, _ in attrs}

    def handle_data(self, data):
        self.texts.append(data)


def server_chart(markup: str) -> bool:
    """``markup`` is the one reviewed raw-HTML element: a chart drawn on the server with only its
    own tags and attributes (everything typed by a user or read from YAML escaped)."""
    found = _Tags(markup)
    return (markup.startswith('<div class="peer-strip">') and found.tags <= CHART_TAGS
            and not any(a.startswith("on") or a in ("href", "src", "xlink:href") for a in found.attrs))


def _cells(at: AppTest) -> set[str]:
    return {str(v) for df in at.dataframe for col in df.value.columns for v in df.value[col]}


def test_organisation_page_shows_name_note_and_file_name_as_typed(hostile_world, monkeypatch):
    _, tmp, names = hostile_world
    at = _page(monkeypatch, tmp, "organisatie", organisatie="G1", kwartaal="2025-Q4")
    assert unescaped(at.title[0].value) == f"{names['G1']} (G1)"
    cells = _cells(at)
    # history: plain-text grid cells, as typed (a long name shortened in the middle; the
    # download has it whole)
    assert short_name(f"{PAYLOADS[1]}**b**.csv") in cells
    assert any(NAME in c for c in cells)  # the rejected value in the problems table
    # the peer chart drawn on the server names the organisation as typed, in its escaped text
    [chart] = [md.value for md in at.markdown if md.proto.allow_html]
    assert server_chart(chart) and any(names["G1"] in t for t in _Tags(chart).texts)


def test_action_page_shows_owner_and_lineage_as_typed(hostile_world, monkeypatch):
    _, tmp, names = hostile_world
    at = _page(monkeypatch, tmp, "actie", ("lineage_open_i_sum",), actie="a01", kwartaal="2025-Q4",
               indicator="i_sum")
    meta = next(c.value for c in at.caption if "eigenaar" in c.value)
    owner = meta.split("eigenaar ", 1)[1].split(" · looptijd")[0]
    assert unescaped(owner) == names["P1"]
    lineage = [t.value for t in at.table]
    files = {v for frame in lineage for col in frame.columns for v in frame[col].astype(str)}
    assert literal(f"{PAYLOADS[1]}**b**.csv") in files  # st.table reads Markdown: escaped


def test_upload_page_shows_hostile_values_as_typed(hostile_world, monkeypatch):
    _, tmp, _ = hostile_world
    at = _page(monkeypatch, tmp, "aanleveren")
    at.selectbox(key="upload_org").set_value("G1")
    at.selectbox(key="upload_period").set_value("2025-Q4")
    at.run()
    bad = csv_bytes([["G1", "2025-Q4", m, p, p] for m, p in zip(("cdo", "fte", "stage"), PAYLOADS,
                                                                 strict=False)])
    at.file_uploader(key="file_G1_2025-Q4").upload(f"{PAYLOADS[0]}.csv", bad, "text/csv")
    at.run()
    assert not at.exception
    report = at.table[0].value  # st.table reads Markdown: every value escaped, shown as typed
    assert list(report["Waarde"]) == [literal(p) for p in PAYLOADS[:3]]
    assert list(report["Probleem"]) == ["geen ja of nee", "geen getal", "keuze niet toegestaan"]
    assert at.error[0].value.startswith("Het bestand is afgekeurd: 3 fouten.")


HOSTILE = ["[inloggen](https://evil.example)", "**x**", "<img src=x>", "$x$", ":red[x]"]
HOSTILE_TEXT = " ".join(HOSTILE)


def _texts(at: AppTest) -> list[str]:
    """Every text on the page that Streamlit reads as Markdown."""
    kinds = ("title", "header", "subheader", "markdown", "caption", "info", "success", "warning",
             "error")
    return [e.value for kind in kinds for e in getattr(at, kind)]


def _shown_literally(at: AppTest, payloads: list[str]) -> int:
    """Each payload that appears in a Markdown text appears escaped (shown as typed, no link, no
    formatting); returns how many texts held a payload."""
    from helpers import shown

    held = 0
    for text in _texts(at):
        for p in payloads:
            if p in shown(text):
                held += 1
                assert literal(p) in text, (p, text)
                assert p not in text, (p, text)
    return held


@pytest.fixture
def fresh_world(tmp_path, monkeypatch):
    rt = make_world(tmp_path, DEFS, ORGS)
    assert submit_csv(rt, DATA).status == "accepted"
    monkeypatch.setenv("MONITOR_CONFIG", str(tmp_path / "config.yaml"))
    monkeypatch.delenv("MONITOR_DB", raising=False)
    return rt, tmp_path


@pytest.mark.parametrize("payload", HOSTILE)
def test_snapshot_in_the_action_page_url_is_shown_literally(fresh_world, monkeypatch, payload):
    _, tmp = fresh_world
    at = _page(monkeypatch, tmp, "actie", actie="a01", kwartaal="2024-Q1", indicator="i_sum",
               snapshot=payload)
    assert _shown_literally(at, [payload]) >= 1


def test_snapshot_label_and_reopen_reason_are_shown_literally(fresh_world, monkeypatch):
    from monitor.snapshots import create_snapshot

    rt, tmp = fresh_world
    sid = create_snapshot(rt, HOSTILE_TEXT, "pm")
    at = _page(monkeypatch, tmp, "export", snapshot=str(sid))
    assert _shown_literally(at, HOSTILE) >= 1  # the source caption: "Peildatum '...'"
    at.selectbox(key="reopen_period").set_value("2024-Q1")
    at.text_area(key="reopen_reason").set_value(HOSTILE_TEXT)
    at.button(key="reopen_run").click()
    at.run()
    assert any(s.value.startswith("K1 2024 is heropend") for s in at.success)
    assert _shown_literally(at, HOSTILE) >= 2  # and the labels in the success message
    at.text_input(key="snapshot_label").set_value(HOSTILE_TEXT)
    at.button(key="snapshot_create").click()
    at.run()
    assert any("Peildatum vastgelegd" in s.value for s in at.success)
    assert _shown_literally(at, HOSTILE) >= 2


def test_snapshot_label_on_the_upload_page_is_shown_literally(fresh_world, monkeypatch):
    from monitor.snapshots import create_snapshot

    rt, tmp = fresh_world
    create_snapshot(rt, HOSTILE_TEXT, "pm")
    at = _page(monkeypatch, tmp, "aanleveren")
    assert _shown_literally(at, HOSTILE) == len(HOSTILE)  # one frozen-quarters note


def test_user_name_in_the_users_page_message_is_shown_literally(fresh_world, monkeypatch):
    _, tmp = fresh_world
    monkeypatch.setenv("MONITOR_CONFIG", str(tmp / "config.yaml"))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.session_state["demo_user"] = "admin"
    at.run()
    at.switch_page("app_pages/gebruikers.py")
    at.run()
    at.text_input(key="add_id").set_value("nieuw")
    at.text_input(key="add_name").set_value(HOSTILE_TEXT)
    at.selectbox(key="add_role").set_value("viewer")
    at.text_input(key="add_reason").set_value("test")
    at.button[[b.label for b in at.button].index("Gebruiker toevoegen")].click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert _shown_literally(at, HOSTILE) == len(HOSTILE)


def test_no_page_or_widget_allows_raw_html():
    """Nothing in the pages or the interface package passes HTML through."""
    found = []
    for path in [ROOT / "dashboard.py", *(ROOT / "app_pages").glob("*.py"),
                 *(ROOT / "monitor").rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        found += [f"{path.name}: {m}" for m in re.findall(
            r"unsafe_allow_html\s*=\s*True|st\.html\(|components\.html\(|components\.v1", text)]
    # the one reviewed exception: monitor/ui/a11y.py sets <html lang> and a focus outline from
    # constants; its only variable is the language code, "en" or "nl", chosen in code
    assert sorted(found) == ["a11y.py: st.html(", "overview.py: st.html(", "overview.py: st.html(",
                             "widgets.py: unsafe_allow_html=True"]
    # and monitor/ui/overview.py: the overview's phone layout, one constant style sheet, and the
    # status table built by monitor.charts.status_table, which escapes every text
    # (tests/charts/test_status_table.py)
    overview = ast.parse((ROOT / "monitor" / "ui" / "overview.py").read_text(encoding="utf-8"))
    calls = [n for n in ast.walk(overview)
             if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "html"]
    assert [ast.unparse(c.args[0]) for c in calls] == ["STYLE", "status_table_html(frame, lang)"]
    assert not any(c.keywords for c in calls)
    # and monitor/ui/widgets.py: a chart drawn on the server, only ever monitor.charts.peer_strip's
    # (every text escaped: tests/charts/test_peer_strip.py, and the organisation page above)
    widgets = ast.parse((ROOT / "monitor" / "ui" / "widgets.py").read_text(encoding="utf-8"))
    raw = [n for n in ast.walk(widgets) if isinstance(n, ast.Call)
           and any(k.arg == "unsafe_allow_html" for k in n.keywords)]
    assert [ast.unparse(c.args[0]) for c in raw] == ["chart"]
    uses = [n for path in [*(ROOT / "app_pages").glob("*.py"), *(ROOT / "monitor").rglob("*.py")]
            for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(n, ast.Call) and getattr(n.func, "id", getattr(n.func, "attr", ""))
            == "html_chart_with_table"]
    assert uses and all(ast.unparse(u.args[0]).startswith("peer_strip_svg(") for u in uses)
    style = next(n.value for n in ast.walk(overview) if isinstance(n, ast.Assign)
                 and [ast.unparse(x) for x in n.targets] == ["STYLE"])
    assert isinstance(style, ast.Constant) and "<script" not in style.value
    a11y = (ROOT / "monitor" / "ui" / "a11y.py").read_text(encoding="utf-8")
    assert 'code = lang if lang in LANGS else "nl"' in a11y and LANGS == ("nl", "en")
    html_args = [n.args[0] for n in ast.walk(ast.parse(a11y))
                 if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "html"]
    assert [sorted(ast.unparse(v.value) for v in a.values if isinstance(v, ast.FormattedValue))
            for a in html_args] == [["FOCUS_CSS", "code"]]


# --- (b) spreadsheet exports -------------------------------------------------------------------

TEXTS = st.one_of(st.sampled_from(DANGEROUS), st.text(max_size=30)).flatmap(
    lambda head: st.text(max_size=30).map(lambda tail: head + tail))


@examples(ci=60, long=1000)
@given(texts=st.lists(TEXTS, min_size=1, max_size=6))
def test_exports_never_hold_a_formula(texts):
    import csv
    import io

    import polars as pl

    frame = pl.DataFrame({"toelichting": texts, "waarde": [float(i) - 3 for i in range(len(texts))]})
    table = Table(frame, texts[0], "Bron: =cmd", datetime(2026, 1, 1).date())
    csv_text = table_csv(table).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(csv_text, newline=""), delimiter=";"))
    for row in rows[1:]:
        assert not row[0].startswith(DANGEROUS), row
    ws = openpyxl.load_workbook(io.BytesIO(table_xlsx(table))).active
    for row in ws.iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.value
            if isinstance(cell.value, str):
                assert not cell.value.startswith(DANGEROUS), cell.value
    shown = [r[0] for r in rows[1:]]  # the text itself survives, behind one apostrophe
    assert [s[1:] if t.startswith(DANGEROUS) else s for s, t in zip(shown, texts, strict=True)] \
        == texts
    STATS["export cases checked"] += 1


# --- (c) SQL -----------------------------------------------------------------------------------

SQL_WORDS = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|WHERE|JOIN|FROM|VALUES|LIMIT)\b")
# every expression written into SQL text in the package, and why it is not a user value
ALLOWED = {
    ("access/audit.py", "' AND '.join(where)"): "fixed fragments with ? placeholders",
    ("access/audit.py", "int(limit)"): "an integer",
    ("access/users.py", "_SELECT"): "a constant column list",
    ("access/binding.py", "_SELECT"): "the constant column list of access/users.py",
    ("access/users.py", "column"): "'id', 'email' or 'subject', chosen in code",
    ("compute/sql.py", "values"): "a relation name chosen in code (current_values or frozen)",
    ("compute/sql.py", "x"): "SQL built here from fixed fragments",
    ("compute/sql.py", "n"): "SQL built here from fixed fragments",
    ("compute/sql.py", "d"): "SQL built here from fixed fragments",
    ("compute/sql.py", "reported"): "SQL built here from fixed fragments",
    ("compute/sql.py", "joins"): "SQL built here from fixed fragments",
    ("compute/sql.py", "hit"): "SQL built here; the condition operator from a fixed table",
    ("compute/sql.py", "p"): "the parameter prefix i<k>_ made in code (k: a counter)",
    ("compute/sql.py", "measure_ids"): "parameter placeholders ($i<k>_m1, $i<k>_m2), not ids",
    ("compute/sql.py", "label"): "a breakdown label chosen in code from a fixed set",
    ("compute/sql.py", "group_by"): "a GROUP BY clause chosen in code from a fixed set",
    ("compute/sql.py", "window"): "a constant WINDOW clause",
    ("compute/sql.py", "_columns(ind, single=False)"): "aggregates from a fixed table; factor as repr(float)",
    ("compute/sql.py", "_columns(ind, single=True)"): "aggregates from a fixed table; factor as repr(float)",
    ("compute/sql.py", '" UNION ALL ".join(parts)'): "the subqueries built here",
    ("snapshots/create.py", "cols"): "column names from code",
    ("snapshots/frozen.py", "', '.join(VALUE_COLUMNS)"): "a constant column list",
    ("snapshots/frozen.py", "cols"): "column names from code",
    ("snapshots/lineage.py", "int(meta['id'])"): "an integer",
    ("snapshots/lineage.py", "values"): "a relation chosen in code",
    ("snapshots/lineage.py", "orgs"): "a relation chosen in code",
    ("snapshots/lineage.py", "extra"): "SQL chosen in code",
    ("snapshots/recompute.py", "FROZEN_VALUES"): "a constant",
    ("snapshots/recompute.py", "cols"): "column names from code",
    ("snapshots/recompute.py", "sid"): "an integer snapshot id",
    ("store.py", "n"): "table names from duckdb_tables()",
    ("compute/sql.py", '", ".join(cols)'): "carried columns named in code (fixed fragments)",
    ("compute/sql.py", "has"): "a condition chosen in code from fixed fragments",
    ("compute/sql.py", "step"): "window items built here from fixed fragments and int(limit)",
    # the incremental refresh (issue 19): quarter numbers and organisations are bound ($i<k>_since,
    # $i<k>_from, $i<k>_upto, $i<k>_only); only these fixed fragments are written
    ("compute/sql.py", "qn"): "the quarter number expression, a constant",
    ("compute/sql.py", "where"): "a WHERE on a bound parameter ($i<k>_since)",
    ("compute/sql.py", "where_one"): "a WHERE on bound parameters ($i<k>_since, $i<k>_only)",
    ("compute/sql.py", "grid_where"): "quarter bounds on bound parameters ($i<k>_from, $i<k>_upto)",
    ("compute/sql.py", "vals_span"): "quarter bounds on bound parameters ($i<k>_from, $i<k>_upto)",
}
# action statements (issue 18)
ALLOWED |= {
    ("statements/store.py", "_SELECT"): "a constant column list",
    ("statements/store.py", "' AND '.join(where)"): "fixed fragments with ? placeholders",
    ("statements/read.py", "APPROVED_SQL"): "the constant query of statements/store.py",
    ("snapshots/create.py", "APPROVED_SQL"): "the constant query of statements/store.py",
    ("snapshots/diff.py", "APPROVED_SQL"): "the constant query of statements/store.py",
    ("snapshots/diff.py", "_STATEMENTS.format(id='id')"): "a constant column list",
    ("snapshots/diff.py", "_STATEMENTS.format(id='statement_id')"): "a constant column list",
    ("commitments/store.py", "where"): "a fixed fragment with a ? placeholder, or nothing",
    ("commitments/store.py", "sets"): "the constant field names, each '= ?'",
    ("commitments/store.py", "', '.join(cols)"): "the constant field names",
    ("commitments/annex.py", "CURRENT_SQL"): "the constant query of commitments/store.py",
    ("commitments/annex.py", "cols"): "the constant annex columns",
    ("commitments/store.py", "', '.join(COMPARED)"): "the constant compared field names",
    ("commitments/store.py", "', '.join('?' for _ in cols)"): "? placeholders",
    ("snapshots/create.py", "CURRENT_COMMITMENTS"): "the constant query of commitments/store.py",
}
# backup and the intake without pyarrow (issue 19)
ALLOWED |= {
    ("backup.py", "name"): "table names read from duckdb_tables() of the database being copied",
    ("backup.py", "MANIFEST"): "the constant name of the manifest table",
    ("store.py", "name"): "a temporary table's name given in code by frame_table's callers",
    ("store.py", "stream"): "that name with a constant suffix",
}
# (new in version 2, and the incremental refresh's fragments of issue 19: not in the v1 copy)
_NEW_IN_V2 = {'", ".join(cols)', "has", "step", "qn", "where", "where_one", "grid_where", "vals_span"}
# monitor/compute/v1/sql.py is the frozen copy of compute/sql.py as it was (rules version 1): the
# same reviewed fragments, reviewed when they were written there
ALLOWED |= {("compute/v1/sql.py", expr): why for (path, expr), why in list(ALLOWED.items())
            if path == "compute/sql.py" and expr not in _NEW_IN_V2}


def test_sql_text_never_holds_user_values():
    """A static check of the package: every f-string, %-format or .format() that builds SQL may
    only interpolate the reviewed expressions above; everything else is a bound parameter."""
    found = set()
    for path in sorted((ROOT / "monitor").rglob("*.py")):
        src = path.read_text(encoding="utf-8")
        rel = path.relative_to(ROOT / "monitor").as_posix()
        for node in ast.walk(ast.parse(src)):
            if isinstance(node, ast.JoinedStr):
                text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
                if SQL_WORDS.search(text):
                    found |= {(rel, ast.get_source_segment(src, v.value))
                              for v in node.values if isinstance(v, ast.FormattedValue)}
            elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and isinstance(
                    node.left, ast.Constant) and SQL_WORDS.search(str(node.left.value)):
                found.add((rel, "%-format"))
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and (
                    node.func.attr == "format" and isinstance(node.func.value, ast.Constant)
                    and SQL_WORDS.search(str(node.func.value.value))):
                found.add((rel, ".format()"))
    assert found - set(ALLOWED) == set(), "review these and bind them as parameters"
    assert set(ALLOWED) - found == set(), "stale entries"


HOSTILE_SQL = ["x' OR '1'='1", "G1'; DROP TABLE submissions; --", "1); DELETE FROM audit_log; --"]


def test_sql_payloads_in_values_are_data(world):
    """Notes with SQL are stored verbatim; filters with SQL match nothing; every table survives."""
    note = HOSTILE_SQL[1]
    rows = [["G3", "2024-Q4", *r[2:4], note] for r in BASE_ROWS]
    result = submit_file(world.store, context(world), csv_bytes(rows), f"{HOSTILE_SQL[2]}.csv",
                         organisation="G3", period="2024-Q4", user="tester")
    assert result.status == "accepted"
    notes = world.store.query("SELECT DISTINCT note FROM current_values WHERE organisation = 'G3' "
                              "AND period = '2024-Q4'").rows()
    assert notes == [(note,)]
    before = fingerprint(world.store)
    for payload in HOSTILE_SQL:
        assert submission_history(world.store, "pm", payload).height == 0
        assert audit_log(world.store, actor=payload, target=payload).height == 0
        assert audit_log(world.store, action=payload + "*").height == 0
    assert fingerprint(world.store) == before


# --- (d) YAML ----------------------------------------------------------------------------------

BOMB = "\n".join(["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"] + [
    f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 9) + "]"
    for i in range(9)])


@pytest.mark.parametrize("kind", ["python-object", "local-tag", "billion-laughs"])
def test_yaml_tags_and_aliases_are_refused_everywhere(tmp_path, kind):
    marker = tmp_path / "pwned"
    payload = {"python-object": f'!!python/object/apply:os.system ["touch {marker}"]',
               "local-tag": "!include /etc/passwd", "billion-laughs": None}[kind]
    rt = make_world(tmp_path, DEFS, ORGS)
    config_text = (tmp_path / "config.yaml").read_text(encoding="utf-8")
    targets = {
        "config": (tmp_path / "config.yaml", lambda: load_config(tmp_path / "config.yaml"),
                   ConfigError),
        "users": (tmp_path / "users.yaml", lambda: load_users_file(tmp_path / "users.yaml", {"G1"}),
                  UsersFileError),
        "definitions": (tmp_path / "indicators" / "a01-test.yaml", lambda: require_definitions(
            rt.config, tmp_path / "indicators", set(rt.org_types)), DefinitionError),
    }
    for name, (path, load, error) in targets.items():
        original = path.read_text(encoding="utf-8")
        path.write_text(BOMB if payload is None else f"language: {payload}\n" + original,
                        encoding="utf-8")
        start = time.perf_counter()
        with pytest.raises(error) as caught:
            load()
        assert time.perf_counter() - start < 2.0, name
        text = str(caught.value) + " ".join(str(p) for p in getattr(caught.value, "problems", []))
        wanted = "aliases" if payload is None else "could not determine a constructor for the tag"
        assert wanted in text, (name, text)
        path.write_text(original, encoding="utf-8")
    assert not marker.exists()
    assert (tmp_path / "config.yaml").read_text(encoding="utf-8") == config_text


# --- (e) upload file names ---------------------------------------------------------------------

@pytest.mark.parametrize(("name", "stored"), [
    ("../../etc/passwd", "passwd"),
    ("/etc/passwd", "passwd"),
    ("..\\..\\Windows\\win.ini", "win.ini"),
    ("C:\\Users\\jan\\aanlevering.csv", "aanlevering.csv"),
    ("data\x00.csv", "data.csv"),
    ("a\x00/../../b.csv", "b.csv"),
    ("..", None),
    ("", None),
    ("\n\r\t.csv", ".csv"),
    ("x" * 5000 + ".xlsx", "x" * 195 + ".xlsx"),
])
def test_upload_names_are_never_paths(world, name, stored, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert safe_file_name(name) == stored
    result = submit_file(world.store, context(world), b"", name, organisation="G1",
                         period="2024-Q1", user="tester")
    assert result.status == "rejected"
    assert world.store.scalar("SELECT file_name FROM rejected_attempts WHERE id = ?",
                              [result.rejection_id]) == stored
    assert list(tmp_path.iterdir()) == []  # nothing written anywhere near


# --- (f) definitions cannot run SQL ------------------------------------------------------------

@pytest.mark.parametrize(("old", "new", "message"), [
    ("id: fte,", "id: \"fte'); DROP TABLE submissions; --\",", "fte'); DROP TABLE"),
    ('{op: ">=", value: 2}', '{op: "; DROP TABLE submissions; --", value: 2}', "op"),
    ("factor: 100", 'factor: "100); DROP TABLE submissions; --"', "factor"),
    ("{kind: latest, measure: fte}", "{kind: latest, measure: fte, agg: \"max(x)); --\"}", "agg"),
    ("{kind: sum, measure: fte}", "{kind: sum, measure: fte, sql: \"SELECT 1\"}", "sql"),
    ("{kind: sum, measure: fte}", "{kind: \"sum(x)); DROP TABLE submissions; --\", measure: fte}",
     "kind"),
])
def test_hostile_definitions_are_refused_before_any_sql(tmp_path, old, new, message):
    assert old in DEFS
    rt = make_world(tmp_path, DEFS, ORGS)
    (tmp_path / "indicators" / "a01-test.yaml").write_text(DEFS.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DefinitionError) as caught:
        require_definitions(rt.config, tmp_path / "indicators", set(rt.org_types))
    problems = [str(p) for p in caught.value.problems if p.level == "error"]
    assert any(message in p for p in problems), problems
    assert all("a01-test.yaml:" in p for p in problems), problems  # with file and line
    assert "submissions" in rt.store.table_counts()


def test_measure_ids_are_bound_never_written_into_sql(world):
    """Even an id that bypassed the checks would be data: it is a parameter of the query."""
    from monitor.compute.sql import indicator_sql

    hostile = "fte'); DROP TABLE submissions; --"
    ind = world.defs.indicators["i_sum"]
    measures = dict(world.defs.measures)
    measures[hostile] = measures["fte"].model_copy(update={"id": hostile})  # no validation
    ind = ind.model_copy(update={"compute": ind.compute.model_copy(update={"measure": hostile})})
    sql, params = indicator_sql(ind, measures, ["gemeente"])
    assert hostile not in sql and params["i0_m1"] == hostile
    before = fingerprint(world.store)
    with world.store.read() as con:
        con.register("quarters", con.sql("SELECT '2024-Q1' AS period, 1 AS end_ordinal").pl())
        full = ("WITH submitted AS (SELECT DISTINCT organisation, period FROM current_values)\n"
                f"SELECT * FROM ({sql})")
        rows = con.execute(full, params).fetchall()
    assert rows and all(r[4] is None for r in rows)  # value: no data for that "measure"
    assert fingerprint(world.store) == before
