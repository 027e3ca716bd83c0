"""The site as a whole (``monitor.site.build``): the same bytes twice, the manifest, every
internal link resolves, nothing loaded from elsewhere, each page within its budget."""

from __future__ import annotations

import hashlib
import json
import posixpath
from urllib.parse import unquote, urlsplit

import lxml.html
import pytest

from monitor.errors import UsageError
from monitor.site.manifest import PAGE_BUDGET
from tests.site.conftest import BASE_URL


def _pages(root):
    return sorted(root.rglob("*.html"))


def test_publishing_the_same_snapshot_twice_gives_the_same_bytes(built):
    first = sorted(p.relative_to(built.root).as_posix() for p in built.root.rglob("*") if p.is_file())
    second = sorted(p.relative_to(built.again).as_posix() for p in built.again.rglob("*") if p.is_file())
    assert first == second
    assert len(first) > 50
    different = [f for f in first if (built.root / f).read_bytes() != (built.again / f).read_bytes()]
    assert different == []


def test_the_manifest_names_the_snapshot_and_every_file_with_its_sha256(built):
    manifest = json.loads((built.root / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["snapshot_id"] == built.snapshot_id
    assert len(manifest["definitions_sha256"]) == 64
    listed = {f["path"]: f for f in manifest["files"]}
    on_disk = {p.relative_to(built.root).as_posix() for p in built.root.rglob("*") if p.is_file()}
    assert set(listed) == on_disk - {"manifest.json"}
    for path, entry in listed.items():
        data = (built.root / path).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest(), path
        assert entry["bytes"] == len(data)


def test_every_page_carries_the_snapshot_id(built):
    for page in _pages(built.root):
        if page.parent != built.root:  # the language chooser names no snapshot
            assert f"snapshot {built.snapshot_id}" in page.read_text(encoding="utf-8"), page


def test_no_internal_link_is_broken(built):
    root = built.root
    checked, ids = 0, {}
    for page in _pages(root):
        tree = lxml.html.fromstring(page.read_bytes())
        here = page.relative_to(root).as_posix()
        for element, attr, link, _ in tree.iterlinks():
            if attr not in ("href", "src") or (element.tag == "link" and element.get("rel") == "canonical"):
                continue
            parts = urlsplit(link)
            assert not parts.scheme and not parts.netloc, f"{here}: {link} leaves the site"
            assert not parts.path.startswith("/"), f"{here}: {link} is not relative"
            target = posixpath.normpath(posixpath.join(posixpath.dirname(here), unquote(parts.path))) \
                if parts.path else here
            assert not target.startswith(".."), f"{here}: {link} leaves the site's folder"
            assert (root / target).is_file(), f"{here}: {link} is broken"
            if parts.fragment:
                if target not in ids:
                    ids[target] = set(lxml.html.fromstring((root / target).read_bytes()).xpath("//@id"))
                assert parts.fragment in ids[target], f"{here}: {link} has no such anchor"
            checked += 1
    assert checked > 500


def test_nothing_is_loaded_from_elsewhere_and_no_script_runs(built):
    for page in _pages(built.root):
        tree = lxml.html.fromstring(page.read_bytes())
        assert tree.xpath("//script") == [], page
        assert [e.get("rel") for e in tree.xpath("//link")] in ([], ["canonical"]), page
        text = page.read_text(encoding="utf-8")
        for sign in ("@import", "url(http", "src=\"http", "@font-face"):
            assert sign not in text, (page, sign)


def test_every_page_is_within_its_budget(built):
    sizes = built.pages
    assert len(sizes) == len(_pages(built.root))
    print({k: v for k, v in sorted(sizes.items(), key=lambda kv: -kv[1])[:5]})
    assert max(sizes.values()) <= PAGE_BUDGET, max(sizes.items(), key=lambda kv: kv[1])


def test_the_canonical_address_follows_the_base_url(built):
    tree = lxml.html.fromstring((built.root / "en" / "about.html").read_bytes())
    assert tree.xpath("//link[@rel='canonical']/@href") == ["https://example.org/ibds/en/about.html"]


def test_a_folder_that_is_not_empty_is_refused(built, tmp_path):
    from monitor.site import publish_snapshot

    (tmp_path / "keep.txt").write_text("mine")
    with pytest.raises(UsageError, match="not empty"):
        publish_snapshot(built.rt, built.snapshot_id, "demo-programmamanager", tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


def test_the_open_data_metadata_points_at_the_files_in_the_site(built):
    """Its DCAT addresses are the site's own files under --base-url, and its description does not
    promise values per organisation, which the site does not publish."""
    [meta] = built.root.glob("downloads/open-data/*.metadata.json")
    graph = json.loads(meta.read_text(encoding="utf-8"))["@graph"]
    [dataset] = [n for n in graph if n.get("@type") == "dcat:Dataset"] or [
        d for n in graph if n.get("@type") == "dcat:Catalog" for d in n["dataset"]]
    urls = [d["downloadURL"] for d in dataset["distribution"]]
    assert len(urls) == 2
    for url in urls:
        assert url.startswith(BASE_URL + "downloads/open-data/"), url
        assert (built.root / url.removeprefix(BASE_URL)).is_file(), url
    assert "per organisatie)" not in dataset["description"]["nl"]
    assert "(landelijk, per organisatietype)" in dataset["description"]["nl"]
