"""The DCAT-AP 3.0 metadata of an open-data release (rules version 2 and later): one
``dcat:Catalog`` holding the ``dcat:Dataset`` of a snapshot's results with its
``dcat:Distribution``\\ s (CSV, Parquet), written as JSON-LD (``<stem>.metadata.json``) and as
Turtle (``<stem>.metadata.ttl``): the same graph.

It conforms to the official DCAT-AP 3.0.0 SHACL shapes (``shapes/``; checked by
:mod:`monitor.exports.dcat_check` and the tests):

- language, format, media type, licence, access rights (public), spatial coverage (Nederland),
  frequency and theme are IRIs of the EU vocabularies and IANA, each typed with the class DCAT-AP
  asks for (the shapes check ``sh:class`` on the data alone);
- every file's ``dcat:downloadURL`` and ``dcat:accessURL`` is ``<publication.base_url>/open-data/
  <file>``; the publisher is a ``foaf:Agent`` with its TOOI identifier; the contact point a
  ``vcard:Kind`` (``publication.contact_email``); checksums are ``spdx:Checksum`` nodes (sha256);
- ``dct:temporal`` is a ``dct:PeriodOfTime`` from the first to the last quarter of the results;
  issued and modified are the peildatum (never the day of the export);
- the snapshot: ``dcat:version`` (its label), ``adms:versionNotes`` (label, id, rules version,
  definitions hash in words), and the documented properties ``ibds:snapshotId``,
  ``ibds:rulesVersion`` and ``ibds:definitionsSha256`` (namespace ``urn:voortgangsmonitor-ibds:``),
  besides the columns (``csvw:column``) and the indicators.

Deterministic: every node has an IRI under ``<base_url>/open-data/<stem>`` (no blank nodes but the
list of columns), every list is sorted, and nothing says when it was made, so the same snapshot and
settings give the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

import polars as pl

from monitor.config import SETTINGS_BY_KEY, Config
from monitor.definitions import Definitions
from monitor.exports.opendata import CC0, Publisher, SnapshotInfo, columns, indicators, quarters_covered
from monitor.text import LANGS, t

EU = "http://publications.europa.eu/resource/authority/"
LANGUAGE = {"nl": f"{EU}language/NLD", "en": f"{EU}language/ENG"}
NETHERLANDS = f"{EU}country/NLD"
PUBLIC = f"{EU}access-right/PUBLIC"
QUARTERLY = f"{EU}frequency/QUARTERLY"
THEME = "GOVE"  # EU data theme: government and public sector
IANA = "https://www.iana.org/assignments/media-types/"
FILE_TYPES = {  # kind: (IANA media type, EU file type)
    "csv": (f"{IANA}text/csv", f"{EU}file-type/CSV"),
    "parquet": (f"{IANA}application/vnd.apache.parquet", f"{EU}file-type/PARQUET"),
}
SHA256 = "http://spdx.org/rdf/terms#checksumAlgorithm_sha256"
FOLDER = "open-data"  # where the pack (and the public site) put the files, under the base URL

PREFIXES = {
    "adms": "http://www.w3.org/ns/adms#",
    "csvw": "http://www.w3.org/ns/csvw#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "ibds": "urn:voortgangsmonitor-ibds:",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "spdx": "http://spdx.org/rdf/terms#",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def _iri(term: str) -> dict[str, str]:
    return {"@id": term, "@type": "@id"}


def _lang(term: str) -> dict[str, str]:
    return {"@id": term, "@container": "@language"}


def _typed(term: str, datatype: str) -> dict[str, str]:
    return {"@id": term, "@type": datatype}


CONTEXT: dict[str, Any] = {
    **PREFIXES,
    "title": _lang("dct:title"), "description": _lang("dct:description"),
    "versionNotes": _lang("adms:versionNotes"), "prefLabel": _lang("skos:prefLabel"),
    "keyword": _lang("dcat:keyword"),
    "identifier": "dct:identifier", "version": "dcat:version",
    "publisher": _iri("dct:publisher"), "contactPoint": _iri("dcat:contactPoint"),
    "fn": "vcard:fn", "hasEmail": _iri("vcard:hasEmail"), "hasURL": _iri("vcard:hasURL"),
    "homepage": _iri("foaf:homepage"), "license": _iri("dct:license"),
    "issued": _typed("dct:issued", "xsd:date"),
    "temporal": _iri("dct:temporal"),
    "startDate": _typed("dcat:startDate", "xsd:date"), "endDate": _typed("dcat:endDate", "xsd:date"),
    "firstQuarter": "ibds:firstQuarter", "lastQuarter": "ibds:lastQuarter",
    "spatial": _iri("dct:spatial"), "language": _iri("dct:language"), "theme": _iri("dcat:theme"),
    "accrualPeriodicity": _iri("dct:accrualPeriodicity"), "accessRights": _iri("dct:accessRights"),
    "modified": _typed("dct:modified", "xsd:date"),
    "dataset": _iri("dcat:dataset"), "distribution": _iri("dcat:distribution"),
    "accessURL": _iri("dcat:accessURL"), "downloadURL": _iri("dcat:downloadURL"),
    "mediaType": _iri("dcat:mediaType"), "format": _iri("dct:format"),
    "byteSize": _typed("dcat:byteSize", "xsd:nonNegativeInteger"),
    "checksum": _iri("spdx:checksum"), "algorithm": _iri("spdx:algorithm"),
    "checksumValue": _typed("spdx:checksumValue", "xsd:hexBinary"),
    "snapshotId": _typed("ibds:snapshotId", "xsd:integer"),
    "rulesVersion": _typed("ibds:rulesVersion", "xsd:integer"),
    "definitionsSha256": "ibds:definitionsSha256",
    "columns": {"@id": "csvw:column", "@container": "@list"},
    "name": "csvw:name", "datatype": "csvw:datatype",
    "indicators": _iri("ibds:indicator"), "action": "ibds:action", "unit": "ibds:unit",
    "precision": "ibds:precision",
}


@dataclass(frozen=True)
class Publication:
    """Where the files are published (``publication.base_url``, without a trailing slash) and
    whom to ask about them (``publication.contact_email``; empty: none)."""

    base_url: str = SETTINGS_BY_KEY["publication.base_url"].default
    contact_email: str = SETTINGS_BY_KEY["publication.contact_email"].default

    @classmethod
    def from_config(cls, config: Config | None) -> Publication:
        """From the settings (None, or a setting missing: the declared defaults)."""
        values = config.values if config is not None else {}
        return cls(*(values.get(key, SETTINGS_BY_KEY[key].default)
                     for key in ("publication.base_url", "publication.contact_email")))

    def file_url(self, name: str) -> str:
        """The address of an open-data file: ``<base_url>/open-data/<name>``."""
        return f"{self.base_url}/{FOLDER}/{name}"


def _texts(key: str, **params: object) -> dict[str, str]:
    return {lang: t(key, lang, **params) for lang in LANGS}


def _breakdowns(frame: pl.DataFrame, lang: str) -> str:
    """The breakdowns ``frame`` holds, in words and in their usual order."""
    held = set(frame["breakdown"].unique().to_list()) if "breakdown" in frame.columns else set()
    return ", ".join(t(f"dcat.breakdown.{b}", lang) for b in ("national", "type", "organisation")
                     if b in held)


def _distribution(node: str, kind: str, data: bytes, url: str, day: str) -> dict[str, Any]:
    media, file_type = FILE_TYPES[kind]
    return {
        "@id": f"{node}#{kind}", "@type": "dcat:Distribution",
        "title": _texts(f"dcat.distribution.{kind}"),
        "accessURL": url, "downloadURL": url, "mediaType": media, "format": file_type,
        "byteSize": len(data),
        "checksum": {"@id": f"{node}#{kind}-sha256", "@type": "spdx:Checksum", "algorithm": SHA256,
                     "checksumValue": hashlib.sha256(data).hexdigest()},
        "license": CC0, "issued": day,
    }


def _vocabulary(publication: Publication, urls: list[str]) -> list[dict[str, Any]]:
    """The classes DCAT-AP expects of the IRIs it points to (``sh:class``), once each."""
    nodes: list[dict[str, Any]] = [
        {"@id": CC0, "@type": "dct:LicenseDocument"},
        {"@id": PUBLIC, "@type": "dct:RightsStatement"},
        {"@id": NETHERLANDS, "@type": "dct:Location"},
        {"@id": QUARTERLY, "@type": "dct:Frequency"},
        {"@id": f"{EU}data-theme/{THEME}", "@type": "skos:Concept",
         "prefLabel": _texts(f"dcat.theme.{THEME}")},
        {"@id": SHA256, "@type": "spdx:ChecksumAlgorithm"},
        {"@id": f"{publication.base_url}/", "@type": "foaf:Document"},
        *({"@id": iri, "@type": "dct:LinguisticSystem"} for iri in LANGUAGE.values()),
        *({"@id": media, "@type": "dct:MediaType"} for media, _ in FILE_TYPES.values()),
        *({"@id": ft, "@type": "dct:MediaTypeOrExtent"} for _, ft in FILE_TYPES.values()),
        *({"@id": url, "@type": "rdfs:Resource"} for url in urls),
    ]
    return sorted(nodes, key=lambda n: n["@id"])


def catalogue(frame: pl.DataFrame, snapshot: SnapshotInfo, files: dict[str, bytes], *, stem: str,
              defs: Definitions | None, publisher: Publisher, publication: Publication,
              rules_version: int) -> dict[str, Any]:
    """The JSON-LD document: the catalogue with the dataset of ``frame`` and a distribution per
    file of ``files`` (kind -> bytes, kinds of :data:`FILE_TYPES`), then the agent, the contact
    point and the vocabulary they point to."""
    node = publication.file_url(stem)  # the release: every node is a fragment of it
    day = snapshot.peildatum.isoformat()
    agent = publisher.uri or f"{node}#publisher"
    urls = {kind: publication.file_url(f"{stem}.{kind}") for kind in files}
    lang_iris = [LANGUAGE[lang] for lang in LANGS]
    notes = ("dcat.version_notes" if snapshot.snapshot_id is not None else "dcat.version_notes.live")
    dataset: dict[str, Any] = {
        "@id": f"{node}#dataset", "@type": "dcat:Dataset",
        "identifier": f"{node}#dataset",
        "title": _texts("opendata.title"),
        "description": {lang: t("dcat.description", lang, label=snapshot.label, day=day,
                                breakdowns=_breakdowns(frame, lang)) for lang in LANGS},
        "publisher": agent, "contactPoint": f"{node}#contact",
        "license": CC0, "accessRights": PUBLIC, "issued": day, "modified": day,
        "language": lang_iris, "spatial": NETHERLANDS, "accrualPeriodicity": QUARTERLY,
        "theme": f"{EU}data-theme/{THEME}",
        "keyword": {lang: t("dcat.keywords", lang).split(", ") for lang in LANGS},
        "version": snapshot.label,
        "versionNotes": _texts(notes, label=snapshot.label, id=snapshot.snapshot_id,
                               rules=rules_version, sha=snapshot.definitions_sha256),
        "definitionsSha256": snapshot.definitions_sha256, "rulesVersion": rules_version,
    }
    if snapshot.snapshot_id is not None:
        dataset["snapshotId"] = snapshot.snapshot_id
    covered = quarters_covered(frame)
    if covered is not None:
        first, last = covered
        dataset["temporal"] = {"@id": f"{node}#period", "@type": "dct:PeriodOfTime",
                               "startDate": first.first_day().isoformat(),
                               "endDate": last.last_day().isoformat(),
                               "firstQuarter": str(first), "lastQuarter": str(last)}
    dataset["distribution"] = [_distribution(node, kind, data, urls[kind], day)
                               for kind, data in sorted(files.items())]
    dataset["columns"] = columns(frame)
    dataset["indicators"] = [{"@id": f"{node}#indicator-{entry['identifier']}", **entry}
                             for entry in indicators(defs)]
    catalog = {
        "@id": f"{node}#catalog", "@type": "dcat:Catalog",
        "title": _texts("dcat.catalog.title"), "description": _texts("dcat.catalog.description"),
        "publisher": agent, "license": CC0, "language": lang_iris, "spatial": NETHERLANDS,
        "homepage": f"{publication.base_url}/", "issued": day, "dataset": [dataset],
    }
    contact: dict[str, Any] = {"@id": f"{node}#contact", "@type": ["vcard:Kind", "vcard:Organization"],
                               "fn": publisher.name}
    if publication.contact_email:
        contact["hasEmail"] = f"mailto:{publication.contact_email}"
    else:
        contact["hasURL"] = f"{publication.base_url}/"
    graph = [catalog, {"@id": agent, "@type": ["foaf:Agent", "foaf:Organization"],
                       "foaf:name": publisher.name}, contact,
             *_vocabulary(publication, sorted(urls.values()))]
    return {"@context": CONTEXT, "@graph": graph}


def jsonld(doc: dict[str, Any]) -> bytes:
    """The document as JSON-LD text (UTF-8, indented, a newline at the end)."""
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def graph(data: bytes | str, fmt: str = "json-ld") -> Any:
    """An rdflib Graph of JSON-LD (``json-ld``) or Turtle (``turtle``) text."""
    from rdflib import Graph

    g = Graph(bind_namespaces="core")
    g.parse(data=data.decode("utf-8") if isinstance(data, bytes) else data, format=fmt)
    return g


def turtle(doc: dict[str, Any]) -> bytes:
    """The same graph as Turtle, with the prefixes of :data:`PREFIXES` (rdflib's serializer
    sorts subjects and properties; no blank node is named, so the bytes are stable)."""
    g = graph(json.dumps(doc, ensure_ascii=False))
    for prefix, namespace in PREFIXES.items():
        g.bind(prefix, namespace, override=True, replace=True)
    return g.serialize(format="turtle", encoding="utf-8")
