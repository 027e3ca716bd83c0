"""Issue 16: a Dutch reader reads Dutch. Every page in Dutch for every role over the demo (and over
a quarter with a snapshot, a reopened quarter, rejected attempts and warnings: tests/states.py),
the Dutch report (PDF and DOCX) and the Dutch chart tables (CSV, XLSX) contain no English text of
a catalogue, no untranslated key, no unfilled placeholder and no problem code instead of its
name (tests/text/dutch.py). The English pages are read too, for Dutch words of the catalogue that
have an English text."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest
import yaml
from streamlit.testing.v1 import AppTest

from monitor.access.guard import visible_pages
from monitor.access.identity import demo_users
from monitor.access.model import User
from monitor.access.roles import Role
from monitor.exports.browser import DEFAULT_BROWSER
from monitor.text import t
from tests.states import ACTING, build_states
from tests.text.dutch import dutch_in, english_in, page_texts

ROOT = Path(__file__).resolve().parents[2]
BAD = b"organisatie;periode;maatstaf;waarde;toelichting\nGM0363;2026-Q3;misschien;x;\n"


def open_page(page: str, user: str, lang: str | None = "nl") -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=180)
    at.session_state["demo_user"] = user
    if lang:
        at.query_params["lang"] = lang
    at.run()
    at.switch_page(f"app_pages/{page}.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.fixture
def demo(demo_db, monkeypatch):
    path, rt, _ = demo_db
    monkeypatch.setenv("MONITOR_DB", str(path))
    monkeypatch.delenv("MONITOR_CONFIG", raising=False)
    return rt


def demo_cases() -> list[tuple[str, str]]:
    """(demo user, page) for every page each demo role may use."""
    users = {"demo-viewer": Role.VIEWER, "demo-amsterdam": Role.INDIENER,
             "demo-programmamanager": Role.PROGRAMMAMANAGER, "demo-beheerder": Role.BEHEERDER}
    orgs = {"demo-amsterdam": ("GM0363",)}
    return [(uid, page) for uid, role in users.items()
            for page in visible_pages(User(uid, uid, role, orgs.get(uid, ()), True))]


@pytest.mark.parametrize(("user", "page"), demo_cases())
def test_every_dutch_page_of_the_demo_in_every_role_is_dutch(demo, user, page):
    assert user in {u.id for u in demo_users(demo.store)}
    at = open_page(page, user)
    assert english_in(page_texts(at)) == []


@pytest.mark.parametrize("page", visible_pages(User("pm", "pm", Role.PROGRAMMAMANAGER, (), True)))
def test_every_english_page_of_the_demo_is_english(demo, page):
    """The other way round, and a check of the check: the English page holds the English texts
    the Dutch check looks for, and no Dutch text of the catalogue."""
    at = open_page(page, "demo-programmamanager", "en")
    texts = page_texts(at)
    assert dutch_in(texts) == []
    assert english_in(texts), "the English page should show English catalogue texts"


def test_the_dutch_problems_of_an_upload_are_dutch(demo):
    at = open_page("aanleveren", "demo-amsterdam")
    period = at.selectbox(key="upload_period").value
    at.file_uploader(key=f"file_GM0363_{period}").upload(
        "fout.csv", BAD.replace(b"2026-Q3", period.encode()), "text/csv")
    at.run()
    assert not at.exception
    assert at.error and at.table  # the problems are shown
    assert english_in(page_texts(at)) == []


@pytest.fixture(scope="module")
def states(tmp_path_factory):
    return build_states(tmp_path_factory.mktemp("states"))


@pytest.mark.parametrize("state", ["reopened", "new"])
@pytest.mark.parametrize("role", sorted(ACTING))
def test_every_dutch_page_through_a_quarter_is_dutch(states, monkeypatch, state, role):
    from monitor.access.users import get_user

    monkeypatch.setenv("MONITOR_CONFIG", str(states[state].config))
    monkeypatch.delenv("MONITOR_DB", raising=False)
    rt = states[state].runtime()
    user = get_user(rt.store, ACTING[role])
    for page in visible_pages(user):
        at = open_page(page, user.id)
        assert english_in(page_texts(at)) == [], page


def test_the_configured_language_is_the_default(states, monkeypatch, tmp_path):
    """Without ?lang= the pages follow the setting ``language`` (issue 16)."""
    root = tmp_path / "en"
    shutil.copytree(states["demo"].root, root)
    config = root / "config.yaml"
    settings = yaml.safe_load(config.read_text(encoding="utf-8").replace(str(states["demo"].root),
                                                                       str(root)))
    settings["language"] = "en"
    config.write_text(yaml.safe_dump(settings), encoding="utf-8")
    monkeypatch.setenv("MONITOR_CONFIG", str(config))
    monkeypatch.delenv("MONITOR_DB", raising=False)
    at = open_page("definities", ACTING["viewer"], lang=None)
    assert at.title[0].value == t("catalogue.title", "en")
    at = open_page("definities", ACTING["viewer"], lang="nl")
    assert at.title[0].value == t("catalogue.title", "nl")


# --- the Dutch report and exports -----------------------------------------------------------------

def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def docx_text(data: bytes) -> list[str]:
    from docx import Document

    doc = Document(io.BytesIO(data))
    cells = [c.text for table in doc.tables for row in table.rows for c in row.cells]
    return [p.text for p in doc.paragraphs] + cells + [doc.core_properties.subject or ""]


def xlsx_text(data: bytes) -> list[str]:
    import re

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("xl/sharedStrings.xml").decode("utf-8") if "xl/sharedStrings.xml" in z.namelist() \
            else ""
        xml += z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    return re.findall(r"<t[^>]*>([^<]*)</t>", xml)


@pytest.fixture(scope="module")
def dutch_pack(states, tmp_path_factory):
    """The pack of the snapshot of the quarter states, in Dutch: report and chart tables."""
    if not Path(DEFAULT_BROWSER).exists():
        pytest.skip(f"the report needs Chromium at {DEFAULT_BROWSER}")
    from monitor.exports.pack import export_pack
    from monitor.publication.source import from_snapshot

    rt = states["snapshot"].runtime()
    source = from_snapshot(rt, 1, ACTING["programmamanager"])
    return export_pack(source, tmp_path_factory.mktemp("pack"), formats=[
        "csv", "xlsx", "report-pdf", "report-docx"], lang="nl")


def test_the_dutch_report_is_dutch(dutch_pack):
    pdf = next(p for p in dutch_pack.files if p.suffix == ".pdf")
    docx = next(p for p in dutch_pack.files if p.suffix == ".docx")
    text = pdf_text(pdf.read_bytes())
    assert "Voortgang" in text
    assert not english_in([*text.splitlines(), text])
    assert not english_in(docx_text(docx.read_bytes()))


def test_the_dutch_chart_tables_are_dutch(dutch_pack):
    tables = [p for p in dutch_pack.files if p.suffix in (".csv", ".xlsx")]
    assert tables
    for path in tables:
        texts = (path.read_bytes().decode("utf-8-sig").replace(";", "\n").splitlines()
                 if path.suffix == ".csv" else xlsx_text(path.read_bytes()))
        assert not english_in(texts), path.name
