"""What the site publishes (``monitor.site.public``): computed results of the nation and the
organisation types only; nothing from submissions (submitters, file names, notes), no user and
no e-mail address, in any file of the site (pages, downloads, manifests)."""

from __future__ import annotations

import io
import re
import zipfile

import polars as pl

from monitor.site.public import public_results, public_source

EMAIL = re.compile(rb"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+")
GEMEENTE = re.compile(rb"\bGM\d{4}\b")


def _contents(root):
    """(path, bytes) of every file, the zipped XML of an XLSX and the cells of a Parquet file
    as text."""
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                data = b"\n".join(zf.read(n) for n in zf.namelist())
        elif path.suffix == ".parquet":
            frame = pl.read_parquet(io.BytesIO(data))
            data = frame.write_csv().encode("utf-8")
        yield path.relative_to(root).as_posix(), data


def _forbidden(rt) -> set[str]:
    """Every user id, name and e-mail address, every submitter, submitted file name and note."""
    q = rt.store.query
    found = set()
    for sql in ("SELECT id FROM users", "SELECT name FROM users", "SELECT email FROM users",
                "SELECT submitted_by FROM submissions", "SELECT file_name FROM submissions",
                "SELECT file_name FROM rejected_attempts", "SELECT submitted_by FROM rejected_attempts"):
        found |= {v for v in q(f"SELECT DISTINCT * FROM ({sql}) AS x(v)")["v"].to_list() if v}
    # a note of one word ('schatting') may be a word of a page's own text: the notes of more
    notes = q("SELECT DISTINCT note FROM submitted_values WHERE note LIKE '% %'")["note"].to_list()
    return {v for v in found | set(notes) if len(v.strip()) >= 6}


def test_the_forbidden_values_are_there_to_find(built):
    forbidden = _forbidden(built.rt)
    assert any(v.startswith("demo-") for v in forbidden)
    assert any(v.endswith((".csv", ".xlsx")) for v in forbidden)
    assert {"correctie na controle", "Pieter Visser", "pieter.visser@demo.example"} <= forbidden


def test_no_forbidden_field_appears_anywhere_in_the_site(built):
    forbidden = sorted(v.encode("utf-8") for v in _forbidden(built.rt))
    # the one address published on purpose: the open data's contact point (DCAT-AP requires one),
    # the setting publication.contact_email, never a user's
    contact = built.rt.config["publication.contact_email"].encode("utf-8")
    assert contact and contact not in forbidden
    for path, data in _contents(built.root):
        emails = [m.group(0) for m in EMAIL.finditer(data) if m.group(0) != contact]
        assert emails == [], (path, emails[:3])
        found = [v for v in forbidden if v in data]
        assert found == [], (path, found[:5])


def test_no_single_organisation_is_published(built):
    for path, data in _contents(built.root):
        assert GEMEENTE.search(data) is None, (path, GEMEENTE.search(data))
    [parquet] = built.root.glob("downloads/open-data/*.parquet")
    assert set(pl.read_parquet(parquet)["breakdown"].unique()) == {"national", "type"}


def test_the_public_source_keeps_the_nation_and_the_types_and_drops_the_users(built):
    from monitor.publication.source import from_snapshot

    source = from_snapshot(built.rt, built.snapshot_id, "demo-programmamanager")
    assert "organisation" in set(source.results["breakdown"])  # the twin: it is there to drop
    public = public_source(source)
    assert set(public.results["breakdown"]) == {"national", "type"}
    assert public.results.height == public_results(source.results).height > 0
    assert source.statements and {s.written_by for s in source.statements} != {""}
    assert {s.written_by for s in public.statements} == {""}
    assert {s.reviewed_by for s in public.statements} == {None}
    assert [s.texts for s in public.statements] == [s.texts for s in source.statements]
