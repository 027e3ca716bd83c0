"""The DCAT-AP 3.0 metadata of open data (rules version 2 on): a catalogue with the dataset and its
distributions, IRIs of the EU vocabularies, addresses under the base URL, the same graph as JSON-LD
and Turtle, and the same bytes every time. Made from a small results frame; the conformance to
the shapes of a real snapshot's export is tests/exports/test_dcat_check.py."""

from __future__ import annotations

import hashlib
import json

from rdflib import Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, RDF

from monitor.exports import open_data
from monitor.exports.dcat import Publication, graph
from monitor.exports.opendata import CC0
from tests.exports.test_opendata import SNAPSHOT, _results

DCAT = Namespace("http://www.w3.org/ns/dcat#")  # rdflib's DCAT lacks dcat:version (DCAT 3)
EU = "http://publications.europa.eu/resource/authority/"
HERE = Publication("https://data.example.nl/ibds", "opendata@example.nl")
FILES = "https://data.example.nl/ibds/open-data/ibds-resultaten-2026-11-28"
SNAP = SNAPSHOT.__class__(SNAPSHOT.label, SNAPSHOT.peildatum, SNAPSHOT.definitions_sha256, 3)


def _made(publication: Publication = HERE, snapshot=SNAP):
    return open_data(_results(), snapshot, publication=publication)


def _dataset(doc: dict) -> dict:
    [catalog] = [n for n in doc["@graph"] if n["@type"] == "dcat:Catalog"]
    [dataset] = catalog["dataset"]
    return dataset


def test_a_catalogue_with_the_dataset_and_its_distributions():
    made = _made()
    doc = json.loads(made.metadata)
    catalog = doc["@graph"][0]
    assert catalog["@type"] == "dcat:Catalog" and catalog["@id"] == f"{FILES}#catalog"
    assert catalog["homepage"] == "https://data.example.nl/ibds/"
    dataset = _dataset(doc)
    assert dataset["publisher"] == catalog["publisher"] == "https://identifier.overheid.nl/tooi/id/ministerie/mnre1034"
    assert dataset["language"] == [f"{EU}language/NLD", f"{EU}language/ENG"]
    assert dataset["spatial"] == f"{EU}country/NLD" and dataset["license"] == CC0
    assert dataset["temporal"]["startDate"] == "2022-01-01" and dataset["temporal"]["endDate"] == "2026-09-30"
    assert (dataset["version"], dataset["snapshotId"], dataset["definitionsSha256"]) == (
        "Peildatum K3 2026", 3, "ab" * 32)
    notes = dataset["versionNotes"]
    assert notes["nl"].startswith("Momentopname 3 (Peildatum K3 2026)") and "ab" * 32 in notes["en"]
    csv, parquet = dataset["distribution"]
    for dist, kind, data, media in ((csv, "csv", made.csv, "text/csv"),
                                    (parquet, "parquet", made.parquet, "application/vnd.apache.parquet")):
        assert dist["accessURL"] == dist["downloadURL"] == f"{FILES}.{kind}"
        assert dist["mediaType"] == f"https://www.iana.org/assignments/media-types/{media}"
        assert dist["format"] == f"{EU}file-type/{kind.upper()}"
        assert dist["byteSize"] == len(data)
        assert dist["checksum"]["@type"] == "spdx:Checksum"
        assert dist["checksum"]["checksumValue"] == hashlib.sha256(data).hexdigest()
    contact = next(n for n in doc["@graph"] if n["@id"] == dataset["contactPoint"])
    assert contact["hasEmail"] == "mailto:opendata@example.nl" and "vcard:Kind" in contact["@type"]
    assert [c["name"] for c in dataset["columns"]][:3] == ["action", "indicator", "period"]


def test_json_ld_and_turtle_are_the_same_graph_with_iris_not_literals():
    made = _made()
    assert made.files()[-1][0] == "ibds-resultaten-2026-11-28.metadata.ttl"
    from_json, from_turtle = graph(made.metadata), graph(made.turtle, "turtle")
    assert isomorphic(from_json, from_turtle) and len(from_json) > 100
    dataset = URIRef(f"{FILES}#dataset")
    assert set(from_turtle.objects(dataset, DCTERMS.language)) == {
        URIRef(f"{EU}language/NLD"), URIRef(f"{EU}language/ENG")}
    assert (URIRef(f"{EU}language/NLD"), RDF.type, DCTERMS.LinguisticSystem) in from_turtle
    dist = URIRef(f"{FILES}#csv")
    assert from_turtle.value(dist, DCAT.accessURL) == URIRef(f"{FILES}.csv")
    assert from_turtle.value(dist, DCAT.mediaType) == URIRef("https://www.iana.org/assignments/media-types/text/csv")
    assert from_turtle.value(dataset, DCAT.version) == Literal("Peildatum K3 2026")
    assert b"_:" not in made.turtle  # no named blank node: stable bytes


def test_the_same_snapshot_gives_the_same_bytes_and_another_base_url_other_addresses():
    first, again = _made(), open_data(_results().reverse(), SNAP, publication=HERE)
    assert (first.metadata, first.turtle) == (again.metadata, again.turtle)
    default = _made(Publication())
    assert b"http://localhost:8000/open-data/ibds-resultaten-2026-11-28.csv" in default.turtle
    doc = json.loads(default.metadata)
    contact = next(n for n in doc["@graph"] if n["@id"] == _dataset(doc)["contactPoint"])
    assert contact["hasURL"] == "http://localhost:8000/" and "hasEmail" not in contact
    live = json.loads(_made(snapshot=SNAPSHOT).metadata)  # no snapshot id: live data
    assert "snapshotId" not in _dataset(live)
    assert _dataset(live)["versionNotes"]["en"].startswith("Provisional figures")


def test_rules_version_1_keeps_the_metadata_it_was_published_with():
    old = open_data(_results(), SNAP, rules_version=1, publication=HERE)
    assert old.turtle is None and len(old.files()) == 3
    meta = json.loads(old.metadata)
    assert meta["@type"] == "dcat:Dataset" and meta["language"] == ["nl", "en"]  # literals, as then
    assert "snapshotId" not in old.metadata.decode() and "data.example.nl" not in old.metadata.decode()


def test_the_description_names_only_the_breakdowns_the_file_holds():
    """The public site publishes no values per organisation: its metadata must not promise them."""
    import polars as pl

    national = _results()
    results = pl.concat([national, national.with_columns(breakdown=pl.lit("type"), group=pl.lit("gemeente")),
                         national.with_columns(breakdown=pl.lit("organisation"), group=pl.lit("GM0363"))])
    full = _dataset(json.loads(open_data(results, SNAP, publication=HERE).metadata))["description"]
    assert "(landelijk, per organisatietype, per organisatie)" in full["nl"]
    assert "by organisation type, by organisation)" in full["en"]
    public = open_data(results.filter(pl.col("breakdown") != "organisation"), SNAP, publication=HERE)
    shown = _dataset(json.loads(public.metadata))["description"]
    assert "(landelijk, per organisatietype)" in shown["nl"] and "per organisatie)" not in shown["nl"]
    assert "(national, by organisation type)" in shown["en"]
