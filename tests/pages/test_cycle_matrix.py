"""Every page × every role × every state of a quarter (tests/states.py), in Dutch and English.

The rest of the suite checks each part in the state it was built for; the defects live in the
states that follow each other in a real quarter (open, submitted, frozen by a snapshot, reopened)
and in what one role can see of another organisation. Per state, role and language one AppTest
session walks every page the role may use and then follows a deep link to every page it may not
use, and checks on every run:

- no exception, and no element whose text shows an exception class, a traceback or a server path;
- Streamlit's own "Page not found" is never sent (a deep link to a forbidden page must land on an
  allowed page with a note), and nothing of the forbidden page is shown;
- text the users or the register supplied (Markdown in an organisation name, a user name, the
  snapshot label, the reopen reason) is never handed to Markdown unescaped;
- an indiener sees nothing of organisations outside their own: no code or name of another
  organisation with submissions or rejected attempts, no file name or submitter id of their
  submissions (all read from the database), on any page, also with ``?organisatie=`` naming one;
- a viewer or an actiehouder (no ``submissions.view``) sees no file name or submitter id of any
  submission;
- a statement awaiting approval is read only by the action's owner (actiehouder) and the
  programme managers: no other role sees its text on any page.

The expected navigation per role is the README's permission table, written out here on purpose
(not read from monitor.access), so a change to the table has to change this test too.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pandas as pd
import pytest
import yaml
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Dataframe, UnknownElement

from monitor.text import quarter, t
from tests.states import (
    ACTING,
    INJECTION_MARK,
    ORGS,
    OWN,
    PUBLISHED,
    REOPENED,
    SNAPSHOT_LABEL,
    SUBMITTER,
    UNPUBLISHED,
    USERS,
    build_states,
    clone_state,
)

ROOT = Path(__file__).resolve().parents[2]
ALL_PAGES = ["overzicht", "actie", "organisatie", "volledigheid", "aanleveren", "toezeggingen",
             "definities", "export", "audit", "gebruikers", "colofon"]
PAGES_OF = {  # the accessibility statement, contact and colophon (colofon) for every role
    "viewer": ["overzicht", "actie", "organisatie", "volledigheid", "toezeggingen", "definities",
               "export", "colofon"],
    "indiener": ["organisatie", "aanleveren", "definities", "colofon"],
    "programmamanager": ["overzicht", "actie", "organisatie", "volledigheid", "aanleveren",
                         "toezeggingen", "definities", "export", "audit", "colofon"],
    "beheerder": ["definities", "audit", "gebruikers", "colofon"],
    "actiehouder": ["overzicht", "actie", "organisatie", "volledigheid", "toezeggingen",
                    "definities", "export", "colofon"],
}
ROLES = list(PAGES_OF)
# what only the page itself shows: its title (i18n key) and its widgets (keys)
PAGE_MARKS = {
    "overzicht": ("app.title", ()),
    "actie": (None, ("url_actie",)),
    "organisatie": (None, ("url_organisatie",)),
    "volledigheid": ("completeness.title", ()),
    "aanleveren": ("upload.title", ("upload_org", "upload_period")),
    "toezeggingen": ("commitments.title", ()),
    "definities": ("catalogue.title", ()),
    "export": ("export.title", ("url_snapshot", "snapshot_create", "reopen_run", "diff_run")),
    "audit": ("audit.title", ("audit_action",)),
    "gebruikers": ("users.title", ("role_user", "add_id")),
    "colofon": ("colophon.title", ()),
}
# (state, how the user gets in): demo mode picks the user in the sidebar; login = production
# with an OIDC login (AppTest.user). An empty database only exists in production: in demo mode
# the dashboard fills an empty database with demo data on its first start.
CASES = [("new", "login"), ("demo", "demo"), ("snapshot", "demo"), ("reopened", "demo"),
         ("demo", "login")]
MATRIX = [pytest.param(state, mode, role, lang, id=f"{state}-{mode}-{role}-{lang}")
          for state, mode in CASES for role in PAGES_OF for lang in ("nl", "en")
          if (state, mode, lang) != ("demo", "login", "en")]  # login differs from demo only in who
EXCEPTION_TEXT = re.compile(
    r"Traceback|Exception\b|\b[A-Z][A-Za-z]*(?:Error|Exception|Denied|Unavailable)\b|\bError:"
    r"|File \"|line \d+, in ")
MARKDOWN_TYPES = {"markdown", "caption", "title", "header", "subheader", "error", "warning", "info",
                  "success", "exception", "toast", "expandable", "tab"}


@pytest.fixture(scope="module")
def states(tmp_path_factory):
    return build_states(tmp_path_factory.mktemp("cycle"))


@pytest.fixture
def not_found(monkeypatch):
    """Every time Streamlit sends its own 'Page not found' (a URL no registered page answers)."""
    import streamlit.commands.navigation as navigation

    sent: list[int] = []
    original = navigation.send_page_not_found

    def record(ctx):
        sent.append(1)
        original(ctx)

    monkeypatch.setattr(navigation, "send_page_not_found", record)
    return sent


# --- reading the page --------------------------------------------------------------------------

def walk(node):
    yield node
    for child in getattr(node, "children", {}).values():
        yield from walk(child)


def frame_texts(frame) -> list[str]:
    if not isinstance(frame, pd.DataFrame):
        return [str(frame)]
    cells = [str(c) for c in frame.columns]
    for column in frame.columns:
        cells += [str(v) for v in frame[column].tolist()]
    return cells


def shown(at: AppTest) -> list[tuple[str, str, bool]]:
    """Every text the page shows: (element type, text, read as Markdown)."""
    out: list[tuple[str, str, bool]] = []
    for node in walk(at._tree):
        kind = getattr(node, "type", "")
        if isinstance(node, Dataframe) or kind in ("arrow_data_frame", "arrow_table", "table"):
            try:
                out += [(kind, c, False) for c in frame_texts(node.value)]
            except Exception as exc:
                out.append((kind, f"<unreadable table: {exc!r}>", False))
            continue
        if isinstance(node, UnknownElement):
            if kind not in ("plotly_chart", "empty"):
                out.append((kind, str(node.proto), False))
            continue
        for attr in ("value", "body", "label", "placeholder", "help", "options"):
            try:
                value = getattr(node, attr)
            except Exception:  # not every element has every attribute
                continue
            markdown = (attr in ("label", "help") or (attr in ("value", "body")
                                                       and kind in MARKDOWN_TYPES))
            if isinstance(value, str):
                out.append((kind, value, markdown))
            elif isinstance(value, (list, tuple)):
                out += [(kind, str(v), False) for v in value]
            elif value is not None and not callable(value) and attr == "value":
                out.append((kind, str(value), False))
    return out


def widget_keys(at: AppTest) -> set[str]:
    return {k for node in walk(at._tree) if (k := getattr(node, "key", None))}


# --- the oracle: the database ------------------------------------------------------------------

def tokens(state, role: str) -> dict[str, re.Pattern]:
    """What the role must not see in this state: description -> pattern, from the database."""
    rt = state.runtime()
    rows = rt.store.query(
        "SELECT organisation, file_name, submitted_by FROM submissions "
        "UNION ALL SELECT organisation, file_name, submitted_by FROM rejected_attempts").rows()
    found: dict[str, re.Pattern] = {}

    def word(text: str) -> re.Pattern:
        return re.compile(rf"(?<![\w.-]){re.escape(text)}(?![\w-])")

    if role == "indiener":
        for org, file, by in rows:
            if org in OWN:
                continue
            found[f"organisation code {org}"] = word(org)
            found[f"organisation name {ORGS[org][0]}"] = re.compile(
                re.escape(ORGS[org][0].split()[0]))
            if file:
                found[f"file name {file}"] = word(file)
            found[f"submitter id {by}"] = word(by)
    elif role in ("viewer", "actiehouder"):
        for _, file, by in rows:
            if file:
                found[f"file name {file}"] = word(file)
            found[f"submitter id {by}"] = word(by)
    if role not in ("actiehouder", "programmamanager"):
        for (text,) in rt.store.query("SELECT body->>'results' FROM statements "
                                      "WHERE state <> 'approved'").rows():
            found[f"the unpublished statement {text!r}"] = re.compile(re.escape(text))
    return found


# --- running the app ---------------------------------------------------------------------------

def start(state, mode: str, role: str, lang: str, monkeypatch) -> AppTest:
    config = state.config if mode == "demo" else state.production
    monkeypatch.setenv("MONITOR_CONFIG", str(config))
    monkeypatch.delenv("MONITOR_DB", raising=False)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    user = next(u for u in USERS if u["id"] == ACTING[role])
    if mode == "demo":
        at.session_state["demo_user"] = user["id"]
    else:  # a verified first login from the provider; [auth] as in .streamlit/secrets.toml
        at.secrets["auth"] = AUTH
        at.user = {"is_logged_in": True, "iss": ISS, "sub": f"sub-{user['id']}",
                   "email": user["email"], "email_verified": True}
    at.query_params["lang"] = lang
    at.run()
    return at


def deep_link(at: AppTest, page: str) -> None:
    """Run the app as a browser does for a typed or bookmarked URL ``/PAGE``: the request names
    the page by its URL path and no page hash (AppTest's switch_page only reaches registered
    pages, by hash)."""
    import streamlit.testing.v1.local_script_runner as runner

    original = runner.RerunData
    runner.RerunData = functools.partial(original, page_name=page)
    at._page_hash = at._finished_page_script_hash = ""
    try:
        at.run()
    finally:
        runner.RerunData = original


from tests.pages.test_login import AUTH, ISS  # noqa: E402  (the test identity provider)
from tests.pages.test_roles import registered_pages  # noqa: E402  (page scripts; stubs redirect)


def check(at: AppTest, where: str, state, forbidden: dict[str, re.Pattern], sent: list[int],
          lang: str) -> list[str]:
    """Every problem on the page as it is now, one line each."""
    problems = [f"{where}: exception {e.value}" for e in at.exception]
    problems += [f"{where}: an error is shown on opening the page: {e.value[:160]!r}"
                 for e in at.error]
    problems += [f"{where}: selectbox {b.label!r} has no options (the browser shows 'No options "
                 f"to select')" for b in (*at.selectbox, *at.multiselect) if not b.options]
    if sent:
        problems.append(f"{where}: Streamlit's 'Page not found' was sent")
        sent.clear()
    # absolute server paths (a path relative to the working directory, such as the definition
    # file 'indicators/a01-test.yaml', is what the files are called in the project)
    paths = [re.compile(rf"(?<![\w.]){re.escape(p)}") for p in (str(ROOT), str(state.root))]
    paths.append(re.compile("site-packages"))
    seen: set[str] = set()
    for kind, text, markdown in shown(at):
        if kind == "exception":
            continue  # reported above
        if m := EXCEPTION_TEXT.search(text):
            problems.append(f"{where}: {kind} shows an exception ({m.group(0)!r}): {text[:160]!r}")
        if any(p.search(text) for p in paths):
            problems.append(f"{where}: {kind} shows a server path: {text[:160]!r}")
        if markdown and INJECTION_MARK in text:
            problems.append(f"{where}: {kind} hands supplied text to Markdown unescaped: "
                            f"{text[:160]!r}")
        plain = text.replace("\\", "")  # Markdown-escaped cells (monitor.text.literal)
        for what, pattern in forbidden.items():
            if (where, what) not in seen and pattern.search(plain):
                seen.add((where, what))
                problems.append(f"{where}: {kind} shows {what} (outside the role's scope): "
                                f"{text[:160]!r}")
    return list(dict.fromkeys(problems))  # an alert's body and value are the same text


def forbidden_content(at: AppTest, page: str, lang: str) -> list[str]:
    title, keys = PAGE_MARKS[page]
    found = []
    if title and t(title, lang) in [h.value for h in at.title]:
        found.append(f"its title {t(title, lang)!r}")
    found += [f"its widget {k!r}" for k in sorted(set(keys) & widget_keys(at))]
    return found


@pytest.mark.parametrize(("state_name", "mode", "role", "lang"), MATRIX)
def test_every_page_in_every_state(states, not_found, monkeypatch, state_name, mode, role, lang):
    state = states[state_name]
    at = start(state, mode, role, lang, monkeypatch)
    assert not at.exception, [e.value for e in at.exception]
    assert registered_pages(at) == PAGES_OF[role]
    forbidden = tokens(state, role)
    problems = check(at, "start", state, forbidden, not_found, lang)

    for page in PAGES_OF[role]:
        at.switch_page(str(ROOT / "app_pages" / f"{page}.py"))
        at.run()
        problems += check(at, page, state, forbidden, not_found, lang)
        if page == "actie" and state_name != "new":
            problems += statements_seen(at, role)
        if not at.title and not at.exception:
            problems.append(f"{page}: the page shows no title")

    if role == "indiener":
        # a link naming another organisation, e.g. shared by a colleague elsewhere
        others = sorted({w.split()[-1] for w in forbidden if w.startswith("organisation code")})
        for other in others[:1]:
            at.query_params["organisatie"] = other
            at.switch_page(str(ROOT / "app_pages" / "organisatie.py"))
            at.run()
            problems += check(at, f"organisatie?organisatie={other}", state, forbidden,
                              not_found, lang)
            at.query_params.pop("organisatie", None)

    for page in (p for p in ALL_PAGES if p not in PAGES_OF[role]):
        with pytest.raises(ValueError, match="Could not find a navigation page"):
            at.switch_page(str(ROOT / "app_pages" / f"{page}.py"))
        deep_link(at, page)
        where = f"deep link /{page}"
        problems += check(at, where, state, forbidden, not_found, lang)
        problems += [f"{where}: shows {f} of the forbidden page"
                     for f in forbidden_content(at, page, lang)]

    assert not problems, report(problems)


def statements_seen(at: AppTest, role: str) -> list[str]:
    """The action page shows the approved statement to every role that opens it, and the version
    awaiting approval to its writer and the programme managers (in the form and the review)."""
    texts = " ".join(text.replace("\\", "") for _, text, _ in shown(at))
    problems = []
    if PUBLISHED not in texts:
        problems.append(f"actie: the approved statement {PUBLISHED!r} is not shown")
    if role in ("actiehouder", "programmamanager") and UNPUBLISHED not in texts:
        problems.append(f"actie: the version awaiting approval ({UNPUBLISHED!r}) is not shown")
    return problems


def report(problems: list[str], limit: int = 60) -> str:
    more = f"\n... and {len(problems) - limit} more" if len(problems) > limit else ""
    return f"{len(problems)} problem(s):\n" + "\n".join(problems[:limit]) + more


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("state_name", ["new", "demo", "snapshot"])
def test_production_without_login_shows_only_the_login(states, not_found, monkeypatch, state_name,
                                                         lang):
    state = states[state_name]
    monkeypatch.setenv("MONITOR_CONFIG", str(state.production))
    monkeypatch.delenv("MONITOR_DB", raising=False)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.secrets["auth"] = AUTH
    at.user = {"is_logged_in": False}
    at.query_params["lang"] = lang
    at.run()
    forbidden = tokens(state, "viewer") | tokens(state, "indiener")
    problems = check(at, "start", state, forbidden, not_found, lang)
    assert [i.value for i in at.info] == [t("auth.login_needed", lang)]
    assert [b.label for b in at.button] == [t("auth.login", lang)]
    for page in ALL_PAGES:
        deep_link(at, page)
        where = f"deep link /{page}"
        problems += check(at, where, state, forbidden, not_found, lang)
        problems += [f"{where}: shows {f}" for f in forbidden_content(at, page, lang)]
        if at.dataframe or [i.value for i in at.info] != [t("auth.login_needed", lang)]:
            problems.append(f"{where}: shows more than the login")
    assert not problems, report(problems)


# --- the transitions themselves ----------------------------------------------------------------

BAD = "organisatie;periode;maatstaf;waarde;toelichting\nG2;{p};cdo;misschien;\nG2;{p};fte;twee;\n"


def test_a_rejected_upload_is_recorded_once_however_often_the_page_reruns(states, tmp_path,
                                                                            monkeypatch):
    """The reopened quarter is open: the submitter uploads a wrong file, reads the problems, and
    the page reruns (another click); the attempt is in the database once."""
    state = clone_state(states["reopened"], tmp_path / "w")
    rt = state.runtime()
    before = rt.store.scalar("SELECT count(*) FROM rejected_attempts")
    at = start(state, "demo", "indiener", "nl", monkeypatch)
    at.switch_page(str(ROOT / "app_pages" / "aanleveren.py"))
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    at.selectbox(key="upload_org").set_value("G2")
    at.run()
    assert at.selectbox(key="upload_period").options == [quarter(REOPENED, "nl")]
    at.file_uploader(key=f"file_G2_{REOPENED}").upload(
        "g2-fout.csv", BAD.format(p=REOPENED).encode(), "text/csv")
    at.run()
    assert at.error[0].value.startswith("Het bestand is afgekeurd: 2 fouten.")
    for _ in range(3):  # reruns: a language switch back and forth, a plain rerun
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    after = rt.store.scalar("SELECT count(*) FROM rejected_attempts")
    assert after == before + 1, f"{after - before} rejected attempts recorded for one upload"


def test_a_locked_quarter_tells_the_submitter_why_and_who_can_reopen(states, not_found,
                                                                      monkeypatch):
    """After the snapshot every quarter is locked: Aanleveren says so, names the snapshot and the
    programme manager who can reopen it, instead of an empty quarter list."""
    at = start(states["snapshot"], "demo", "indiener", "nl", monkeypatch)
    at.switch_page(str(ROOT / "app_pages" / "aanleveren.py"))
    at.run()
    problems = check(at, "aanleveren", states["snapshot"], {}, not_found, "nl")
    assert not problems, report(problems)
    text = " ".join(text for _, text, _ in shown(at))
    plain = text.replace("\\", "")
    assert SNAPSHOT_LABEL in plain, "the message names the snapshot that locked the quarters"
    assert "programmamanager" in text and "heropen" in text


def test_reopened_quarter_is_the_only_one_offered_and_the_upload_lands_in_it(states, tmp_path,
                                                                              monkeypatch):
    """After the reopen the submitter can submit the late quarter, and only that one."""
    state = clone_state(states["reopened"], tmp_path / "w")
    at = start(state, "demo", "indiener", "nl", monkeypatch)
    at.switch_page(str(ROOT / "app_pages" / "aanleveren.py"))
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox(key="upload_org").options == [f"{ORGS[c][0]} ({c})" for c in OWN]
    at.selectbox(key="upload_org").set_value("P1")
    at.run()
    assert at.selectbox(key="upload_period").options == [quarter(REOPENED, "nl")]
    good = (f"organisatie;periode;maatstaf;waarde;toelichting\nP1;{REOPENED};cdo;ja;\n"
            f"P1;{REOPENED};fte;5;laat\n")
    at.file_uploader(key=f"file_P1_{REOPENED}").upload("p1-laat.csv", good.encode(), "text/csv")
    at.run()
    next(b for b in at.button if b.label == "Bevestigen en opslaan").click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    rows = state.runtime().store.query(
        "SELECT organisation, period, submitted_by FROM submissions "
        "WHERE file_name = 'p1-laat.csv'").rows()
    assert rows == [("P1", REOPENED, SUBMITTER)]


def test_states_are_what_the_matrix_assumes(states):
    """The oracle itself: the states hold what the matrix relies on (else it checks nothing)."""
    demo = states["demo"].runtime()
    others = demo.store.query("SELECT DISTINCT organisation FROM rejected_attempts "
                              "WHERE organisation NOT IN ('G2', 'P1')").to_series().to_list()
    assert sorted(others) == ["G1", "G3", "G4"]
    assert demo.store.scalar("SELECT count(*) FROM submissions WHERE NOT on_time") >= 2
    assert not states["new"].runtime().has_data()
    assert states["snapshot"].runtime().locked_periods()
    assert list(states["reopened"].runtime().locked_periods()) != []
    assert REOPENED not in states["reopened"].runtime().locked_periods()
    assert yaml.safe_load(states["new"].production.read_text())["access"]["environment"] == \
        "production"
    assert tokens(states["demo"], "indiener") and tokens(states["demo"], "viewer")
    assert not tokens(states["new"], "viewer")
