"""Reading the Tweede Kamer's open data (OData v4 JSON) into rows of the ``commitments`` table.

A file is what ``https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Toezegging`` or
``.../Zaak?$filter=Soort eq 'Motie'`` returns: an object with ``@odata.context``, ``value`` (the
records) and perhaps ``@odata.nextLink`` (more pages, fetched separately; see
docs/operator-guide.md). :func:`parse_file` checks every record and returns every problem at once,
each with the record's index (0-based, as in ``value[3]``) and the field; the caller stores
nothing when there is one.

Toezegging: ``Id``, ``Nummer``, ``Tekst`` (required), ``Naam`` (or ``Initialen``/
``Tussenvoegsel``/``Achternaam``), ``Functie``, ``Ministerie``, ``Status`` (required, one of
:data:`~monitor.commitments.status.STATUSES`), ``Aanmaakdatum``, ``DatumNakoming`` (expected
completion; ``0001-01-01T00:00:00Z`` means none), ``KamerbriefNakoming`` (the letter that
completed it), ``GewijzigdOp``/``ApiGewijzigdOp``, ``Verwijderd``.

Motie (``Zaak``, ``Soort`` "Motie"): ``Id``, ``Nummer``, ``Onderwerp`` (required: the text),
``Titel`` or ``Citeertitel`` (the title), ``GestartOp`` (created), ``Termijn`` (due, when
given), ``Afgedaan`` and ``HuidigeBehandelstatus`` (the status, see
:func:`~monitor.commitments.status.motion_status`), ``GewijzigdOp``, ``Verwijderd``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime

from monitor.commitments.status import COMPLETED, KINDS, STATUSES, motion_status
from monitor.errors import MonitorError
from monitor.text import Text

# the columns of a parsed record, in table order (without imported_at and source_file)
FIELDS = ("id", "kind", "number", "text", "title", "person", "function", "ministry", "status",
          "created", "due", "completed_letter", "completed", "changed_at", "removed", "raw")
# the fields compared on re-import (a change in one of these is reported)
COMPARED = (*FIELDS[1:12], "removed")


@dataclass(frozen=True)
class FileProblem:
    """One problem in a file: the record's index in ``value`` (None: the file as a whole), the
    field (None: the record as a whole) and what is wrong."""

    index: int | None
    field: str | None
    text: Text

    def said(self, lang: str = "nl") -> str:
        where = [str(Text("commitments.problem.record", index=self.index).render(lang))
                 ] if self.index is not None else []
        if self.field:
            where.append(self.field)
        return (", ".join(where) + ": " if where else "") + self.text.render(lang)

    def as_row(self, lang: str = "nl") -> dict[str, object]:
        return {"record": self.index, "field": self.field, "problem": self.text.render(lang)}


class CommitmentFileError(MonitorError):
    """A file that cannot be imported, with every problem in it; nothing was stored."""

    def __init__(self, file_name: str, problems: list[FileProblem]):
        self.problems = problems
        super().__init__(Text("commitments.error.file", file=file_name, count=len(problems)))


def parse_file(data: bytes, kind: str | None = None, file_name: str = "") -> list[dict]:
    """The records of an OData file as rows (dicts with :data:`FIELDS`); ``kind`` (toezegging or
    motie) or, when None, detected from the file. Raises :class:`CommitmentFileError` with every
    problem."""
    problems: list[FileProblem] = []

    def fail(text: Text) -> CommitmentFileError:
        return CommitmentFileError(file_name, [FileProblem(None, None, text)])

    if kind is not None and kind not in KINDS:
        raise fail(Text("commitments.problem.kind", kind=kind))
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise fail(Text("commitments.problem.not_json", reason=str(exc))) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("value"), list):
        raise fail(Text("commitments.problem.not_odata"))
    kind = kind or detect_kind(doc)
    rows: list[dict] = []
    seen: set[str] = set()
    for i, record in enumerate(doc["value"]):
        if not isinstance(record, dict):
            problems.append(FileProblem(i, None, Text("commitments.problem.not_object")))
            continue
        found: list[FileProblem] = []
        row = (_toezegging if kind == "toezegging" else _motie)(record, i, found)
        if row["id"] and row["id"] in seen:
            found.append(FileProblem(i, "Id", Text("commitments.problem.duplicate", id=row["id"])))
        seen.add(row["id"])
        problems += found
        rows.append(row)
    if problems:
        raise CommitmentFileError(file_name, problems)
    return rows


def detect_kind(doc: dict) -> str:
    """toezegging or motie, from ``@odata.context`` (``...$metadata#Zaak``) or the first record
    (a ``Soort`` field: a Zaak)."""
    context = str(doc.get("@odata.context") or "")
    if "#Toezegging" in context:
        return "toezegging"
    if "#Zaak" in context:
        return "motie"
    first = next((r for r in doc.get("value") or [] if isinstance(r, dict)), {})
    return "motie" if "Soort" in first else "toezegging"


def _text(record: dict, name: str, i: int, problems: list[FileProblem], *,
          required: bool = False) -> str | None:
    value = record.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            problems.append(FileProblem(i, name, Text("commitments.problem.missing")))
        return None
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        problems.append(FileProblem(i, name, Text("commitments.problem.not_text")))
        return None
    return str(value).strip()


def _moment(record: dict, name: str, i: int, problems: list[FileProblem]) -> datetime | None:
    """A date-time as given (``0001-01-01...``: none); a time zone is kept out (the date as
    written is the date meant)."""
    value = record.get(name)
    if value is None or value == "":
        return None
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        problems.append(FileProblem(i, name, Text("commitments.problem.date", value=value)))
        return None
    return None if parsed.year <= 1 else parsed


def _day(record: dict, name: str, i: int, problems: list[FileProblem]) -> date | None:
    moment = _moment(record, name, i, problems)
    return moment.date() if moment else None


def _changed(record: dict, i: int, problems: list[FileProblem]) -> datetime | None:
    """When the Kamer last changed the record (GewijzigdOp, else ApiGewijzigdOp), in UTC."""
    moment = _moment(record, "GewijzigdOp", i, problems) or _moment(record, "ApiGewijzigdOp", i,
                                                                      problems)
    if moment is not None and moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def _flag(record: dict, name: str, i: int, problems: list[FileProblem]) -> bool:
    value = record.get(name, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        problems.append(FileProblem(i, name, Text("commitments.problem.not_bool", value=value)))
        return False
    return value


def _common(record: dict, i: int, problems: list[FileProblem], kind: str) -> dict:
    changed = _changed(record, i, problems)
    return {"id": _text(record, "Id", i, problems, required=True) or "", "kind": kind,
            "number": _text(record, "Nummer", i, problems, required=True) or "",
            "changed_at": changed, "removed": _flag(record, "Verwijderd", i, problems),
            "raw": json.dumps(record, ensure_ascii=False, sort_keys=True)}


def _completed(status: str, changed: datetime | None) -> date | None:
    """The completion date the file implies: the last change of a completed record."""
    return changed.date() if status in COMPLETED and changed is not None else None


def _toezegging(record: dict, i: int, problems: list[FileProblem]) -> dict:
    row = _common(record, i, problems, "toezegging")
    status = _text(record, "Status", i, problems, required=True) or ""
    if status and status not in STATUSES:
        problems.append(FileProblem(i, "Status", Text("commitments.problem.status", value=status,
                                                      known=", ".join(STATUSES))))
    person = _text(record, "Naam", i, problems) or " ".join(
        p for p in (_text(record, f, i, problems) for f in ("Initialen", "Tussenvoegsel",
                                                            "Achternaam")) if p) or None
    return row | {
        "text": _text(record, "Tekst", i, problems, required=True) or "",
        "title": None, "person": person,
        "function": _text(record, "Functie", i, problems),
        "ministry": _text(record, "Ministerie", i, problems), "status": status,
        "created": _day(record, "Aanmaakdatum", i, problems),
        "due": _day(record, "DatumNakoming", i, problems),
        "completed_letter": _text(record, "KamerbriefNakoming", i, problems),
        "completed": _completed(status, row["changed_at"])}


def _motie(record: dict, i: int, problems: list[FileProblem]) -> dict:
    row = _common(record, i, problems, "motie")
    soort = _text(record, "Soort", i, problems)
    if soort is not None and soort.lower() != "motie":
        problems.append(FileProblem(i, "Soort", Text("commitments.problem.not_motion", value=soort)))
    status = motion_status(_flag(record, "Afgedaan", i, problems),
                           _text(record, "HuidigeBehandelstatus", i, problems))
    return row | {
        "text": _text(record, "Onderwerp", i, problems, required=True) or "",
        "title": _text(record, "Titel", i, problems) or _text(record, "Citeertitel", i, problems),
        "person": None, "function": None, "ministry": None, "status": status,
        "created": _day(record, "GestartOp", i, problems),
        "due": _day(record, "Termijn", i, problems), "completed_letter": None,
        "completed": _completed(status, row["changed_at"])}
