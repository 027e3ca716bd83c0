"""Open data: the computed results of a snapshot as CSV and Parquet, with a metadata file in
DCAT style (JSON-LD). Deterministic: the same results and snapshot give byte-identical files.

- ``<stem>.csv``: RFC 4180 (``,``, CRLF, UTF-8 without BOM, ``.`` decimals, ISO dates), the
  columns of ``RESULT_SCHEMA`` in order, rows sorted by action, indicator, breakdown, group,
  period. Meant for machines; the Excel-friendly CSV is ``tables.table_csv``. The results hold
  only ids, codes, numbers and statuses (no submitted text), so nothing is altered.
- ``<stem>.parquet``: the same frame, typed (zstd).
- ``<stem>.metadata.json``: dcat:Dataset with title, description, publisher, licence (CC0 1.0),
  temporal coverage (first to last quarter), issued (= the peildatum), version (the snapshot
  label), the definitions hash, the distributions (size and SHA-256), a description of every
  column and the indicators. From rules version 2 on this is a DCAT-AP 3.0 catalogue
  (:mod:`monitor.exports.dcat`), also written as Turtle (``<stem>.metadata.ttl``); a snapshot of
  rules version 1 keeps the metadata it was published with.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import polars as pl

from monitor.compute.engine import RULES_VERSION, result_schema
from monitor.definitions import Definitions
from monitor.exports.errors import ExportError
from monitor.periods import Quarter
from monitor.store import Store
from monitor.text import LANGS, Text, t

if TYPE_CHECKING:
    from monitor.exports.dcat import Publication

CC0 = "http://creativecommons.org/publicdomain/zero/1.0/"
CC0_NAME = "CC0 1.0 Universeel / Universal"
SORT = ("action", "indicator", "breakdown", "group", "period")
MEDIA_TYPES = {"csv": ("text/csv", "CSV"), "parquet": ("application/vnd.apache.parquet", "Parquet")}
XSD = {pl.String: "string", pl.Float64: "double", pl.Int64: "integer", pl.Date: "date"}

CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "csvw": "http://www.w3.org/ns/csvw#",
    "spdx": "http://spdx.org/rdf/terms#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "ibds": "urn:voortgangsmonitor-ibds:",
    "title": {"@id": "dct:title", "@container": "@language"},
    "description": {"@id": "dct:description", "@container": "@language"},
    "identifier": "dct:identifier",
    "publisher": "dct:publisher",
    "name": "foaf:name",
    "license": {"@id": "dct:license", "@type": "@id"},
    "issued": {"@id": "dct:issued", "@type": "xsd:date"},
    "temporal": "dct:temporal",
    "startDate": {"@id": "dcat:startDate", "@type": "xsd:date"},
    "endDate": {"@id": "dcat:endDate", "@type": "xsd:date"},
    "firstQuarter": "ibds:firstQuarter",
    "lastQuarter": "ibds:lastQuarter",
    "version": "dcat:version",
    "definitionsSha256": "ibds:definitionsSha256",
    "language": "dct:language",
    "keyword": "dcat:keyword",
    "distribution": "dcat:distribution",
    "fileName": "ibds:fileName",
    "mediaType": "dcat:mediaType",
    "format": "dct:format",
    "byteSize": {"@id": "dcat:byteSize", "@type": "xsd:nonNegativeInteger"},
    "checksum": "spdx:checksum",
    "algorithm": "spdx:algorithm",
    "checksumValue": "spdx:checksumValue",
    "columns": {"@id": "csvw:column", "@container": "@list"},
    "datatype": "csvw:datatype",
    "indicators": "ibds:indicator",
    "action": "ibds:action",
    "unit": "ibds:unit",
    "precision": "ibds:precision",
    "licenseName": "ibds:licenseName",
}

KEYWORDS = ["IBDS", "datastrategie", "data strategy", "voortgangsmonitor", "overheid"]

@dataclass(frozen=True)
class Publisher:
    name: str
    uri: str | None = None


BZK = Publisher("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
                "https://identifier.overheid.nl/tooi/id/ministerie/mnre1034")


@dataclass(frozen=True)
class SnapshotInfo:
    """The snapshot the results belong to: its label, reference date and definitions hash."""

    label: str
    peildatum: date
    definitions_sha256: str
    snapshot_id: int | None = None  # None: live data (provisional)

    @classmethod
    def from_snapshot(cls, snapshot: Any) -> SnapshotInfo:
        """From a ``monitor.snapshots.frozen.Snapshot`` (``label``, ``reference_date``,
        ``definitions_sha256``, ``id``)."""
        return cls(snapshot.label, snapshot.reference_date, snapshot.definitions_sha256,
                   getattr(snapshot, "id", None))


def snapshot_info(store: Store, snapshot_id: int) -> SnapshotInfo:
    """Label, reference date, definitions hash and id of snapshot ``snapshot_id`` in the database."""
    rows = store.query(
        "SELECT label, reference_date, definitions_sha256, id FROM snapshots WHERE id = ?", [snapshot_id]
    )
    if rows.height == 0:
        raise ExportError(Text("error.export.no_snapshot", id=snapshot_id))
    label, day, sha, sid = rows.row(0)
    return SnapshotInfo(label, day, sha, sid)


@dataclass(frozen=True)
class OpenData:
    """The files of an open-data release, as bytes (``turtle``: rules version 2 and later)."""

    stem: str
    csv: bytes
    parquet: bytes
    metadata: bytes
    turtle: bytes | None = None

    def files(self) -> list[tuple[str, bytes]]:
        """``<stem>.csv``, ``<stem>.parquet``, ``<stem>.metadata.json`` and (if made)
        ``<stem>.metadata.ttl`` with their bytes."""
        out = [(f"{self.stem}.csv", self.csv), (f"{self.stem}.parquet", self.parquet),
               (f"{self.stem}.metadata.json", self.metadata)]
        if self.turtle is not None:
            out.append((f"{self.stem}.metadata.ttl", self.turtle))
        return out


def results_frame(results: pl.DataFrame, rules_version: int = RULES_VERSION) -> pl.DataFrame:
    """``results`` with exactly the columns and types of ``rules_version``'s result schema
    (version 1: the 22 columns before issue 15), in a fixed row order."""
    schema = result_schema(rules_version)
    missing = [c for c in schema if c not in results.columns]
    if missing:
        raise ExportError(f"the results lack column(s) {', '.join(missing)}")
    return results.select([pl.col(c).cast(dtype) for c, dtype in schema.items()]).sort(SORT, nulls_last=True)


def results_csv(frame: pl.DataFrame) -> bytes:
    buf = io.BytesIO()
    frame.write_csv(buf, separator=",", line_terminator="\r\n", date_format="%Y-%m-%d")
    return buf.getvalue()


def results_parquet(frame: pl.DataFrame) -> bytes:
    buf = io.BytesIO()
    frame.write_parquet(buf, compression="zstd", statistics=True)
    return buf.getvalue()


def _distribution(stem: str, kind: str, data: bytes) -> dict[str, Any]:
    media, name = MEDIA_TYPES[kind]
    return {
        "@type": "dcat:Distribution",
        "fileName": f"{stem}.{kind}",
        "mediaType": media,
        "format": name,
        "byteSize": len(data),
        "checksum": {"algorithm": "spdx:checksumAlgorithm_sha256",
                     "checksumValue": hashlib.sha256(data).hexdigest()},
    }


def quarters_covered(frame: pl.DataFrame) -> tuple[Quarter, Quarter] | None:
    """The first and last quarter of the results (None: no period at all)."""
    quarters = sorted({Quarter.parse(p) for p in frame["period"].drop_nulls().to_list()})
    return (quarters[0], quarters[-1]) if quarters else None


def _temporal(frame: pl.DataFrame) -> dict[str, Any]:
    covered = quarters_covered(frame)
    if covered is None:
        return {"@type": "dct:PeriodOfTime"}
    first, last = covered
    return {"@type": "dct:PeriodOfTime", "startDate": first.first_day().isoformat(),
            "endDate": last.last_day().isoformat(), "firstQuarter": str(first), "lastQuarter": str(last)}


def columns(frame: pl.DataFrame) -> list[dict[str, Any]]:
    """Every column of the results: its name, XSD datatype and description (nl, en)."""
    return [{"name": c, "datatype": XSD.get(dtype, str(dtype)),
             "description": {lang: t(f"opendata.column.{c}", lang) for lang in LANGS}}
            for c, dtype in frame.schema.items()]


def indicators(defs: Definitions | None) -> list[dict[str, Any]]:
    """Every indicator of ``defs``: id, action, title, unit, precision, description; by id."""
    if defs is None:
        return []
    out = []
    for action in defs.actions:
        for ind in action.spec.indicators:
            entry = {"identifier": ind.id, "action": action.id,
                     "title": {"nl": ind.title.nl, "en": ind.title.en},
                     "unit": ind.unit, "precision": ind.precision}
            if ind.description:
                entry["description"] = {"nl": ind.description.nl, "en": ind.description.en}
            out.append(entry)
    return sorted(out, key=lambda e: e["identifier"])


def metadata(frame: pl.DataFrame, snapshot: SnapshotInfo, distributions: list[dict[str, Any]], *,
             defs: Definitions | None = None, publisher: Publisher = BZK) -> dict[str, Any]:
    """The DCAT-style (JSON-LD) description of a results frame of ``snapshot`` as published for
    rules version 1 (kept byte for byte; later versions: :func:`monitor.exports.dcat.catalogue`)."""
    day = snapshot.peildatum.isoformat()
    pub: dict[str, Any] = {"@type": "foaf:Organization", "name": publisher.name}
    if publisher.uri:
        pub["@id"] = publisher.uri
    return {
        "@context": CONTEXT,
        "@type": "dcat:Dataset",
        "identifier": f"ibds-resultaten-{day}",
        "title": {lang: t("opendata.title", lang) for lang in LANGS},
        "description": {lang: t("opendata.description", lang, label=snapshot.label, day=day)
                        for lang in LANGS},
        "publisher": pub,
        "license": CC0,
        "licenseName": CC0_NAME,
        "issued": day,
        "temporal": _temporal(frame),
        "version": snapshot.label,
        "definitionsSha256": snapshot.definitions_sha256,
        "language": list(LANGS),
        "keyword": KEYWORDS,
        "distribution": distributions,
        "columns": columns(frame),
        "indicators": indicators(defs),
    }


def open_data(results: pl.DataFrame, snapshot: SnapshotInfo, *, defs: Definitions | None = None,
              publisher: Publisher = BZK, stem: str | None = None,
              rules_version: int = RULES_VERSION, publication: Publication | None = None) -> OpenData:
    """The open-data files of a snapshot's computed results (``compute_with`` on the snapshot's
    values). ``defs`` adds the indicator list to the metadata. ``stem`` defaults to
    ``ibds-resultaten-<peildatum>``. ``rules_version``: the snapshot's (its columns; version 1
    keeps its old metadata). ``publication``: where the files are published (the DCAT addresses
    and contact point; default: the settings' defaults)."""
    from monitor.exports import dcat

    frame = results_frame(results, rules_version)
    stem = stem or f"ibds-resultaten-{snapshot.peildatum.isoformat()}"
    csv, parquet = results_csv(frame), results_parquet(frame)
    if rules_version < 2:  # as published then, byte for byte
        dists = [_distribution(stem, "csv", csv), _distribution(stem, "parquet", parquet)]
        meta = metadata(frame, snapshot, dists, defs=defs, publisher=publisher)
        text = json.dumps(meta, ensure_ascii=False, indent=2) + "\n"
        return OpenData(stem, csv, parquet, text.encode("utf-8"))
    doc = dcat.catalogue(frame, snapshot, {"csv": csv, "parquet": parquet}, stem=stem, defs=defs,
                         publisher=publisher, publication=publication or dcat.Publication(),
                         rules_version=rules_version)
    return OpenData(stem, csv, parquet, dcat.jsonld(doc), dcat.turtle(doc))
