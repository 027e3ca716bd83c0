"""The Export page's "Openbare website" (``monitor.site``): a programme manager makes the
public site of the chosen snapshot and downloads it as one zip; a viewer, who may export, is not
offered it. In Streamlit's AppTest on the small world of ``test_export``."""

import io
import json
import zipfile

from monitor.access.users import load_users
from monitor.snapshots import create_snapshot
from tests.pages import test_export as base
from tests.pages.test_export import click, data_of, needs_chromium, open_page

template, world, downloads = base.template, base.world, base.downloads  # the fixtures


@needs_chromium
def test_a_programme_manager_downloads_the_site_of_the_snapshot_as_a_zip(world, downloads):
    sid = create_snapshot(world, "Voortgangsbrief 2026", "pm")
    at = open_page(snapshot=str(sid))
    assert "Openbare website" in [h.value for h in at.header]
    click(at, "site_make")
    assert not at.error, [e.value for e in at.error]
    [made] = [s.value for s in at.success if s.value.startswith("Website gemaakt")]
    with zipfile.ZipFile(io.BytesIO(data_of(downloads, f"ibds-site-snapshot-{sid}.zip"))) as zf:
        names = set(zf.namelist())
        manifest = json.loads(zf.read("site/manifest.json"))
    assert {"site/index.html", "site/nl/index.html", "site/en/index.html", "site/nl/about.html"} <= names
    assert manifest["snapshot_id"] == sid
    assert {f"site/{f['path']}" for f in manifest["files"]} == names - {"site/manifest.json"}
    assert f"{len(manifest['files'])} bestanden" in made


def test_a_viewer_is_not_offered_the_site(world):
    create_snapshot(world, "Voortgangsbrief 2026", "pm")
    viewer = next(u.id for u in load_users(world.store, active_only=True) if u.role.value == "viewer")
    at = open_page()
    at.session_state["demo_user"] = viewer
    at.run()
    assert not at.exception
    headers = [h.value for h in at.header]
    assert "Rapport maken" in headers  # the snapshot is chosen: the viewer may export it
    assert "Openbare website" not in headers
    assert not [b for b in at.button if b.key == "site_make"]
