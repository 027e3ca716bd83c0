"""The states a database goes through in a real quarter, built on a small world for page tests.

One folder per state, each with its own config, register, definitions, users and DuckDB file,
built through the package (intake, snapshots) as the product does it:

- ``new``: a fresh production install: users and register, no submission at all;
- ``demo``: submissions over several quarters for several organisations, by their own
  submitters, with late ones, warnings and rejected attempts (also of other organisations); the
  action's statement for the last quarter approved, and a newer version awaiting approval;
- ``snapshot``: ``demo`` plus a snapshot (:func:`monitor.snapshots.create_snapshot`) that locks
  every completed quarter of the programme;
- ``reopened``: ``snapshot`` plus the last quarter reopened with a reason
  (:func:`monitor.snapshots.reopen_quarter`).

Every state has ``config.yaml`` (demo mode: demo users in the sidebar) and ``production.yaml``
(the same files, ``access.environment: production``: login required).

The programme runs 2024-Q1 to 2025-Q4, so with the real date (the pages use ``date.today()``)
every quarter of it is completed: the states do not depend on the day the tests run.

Texts that users or the register supply carry Markdown (``INJECTION``): an organisation name, a
user name, the snapshot label and the reopen reason. The pages must show them as typed.
"""

from __future__ import annotations

import dataclasses
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import yaml
from helpers import make_world

from monitor.intake.ingest import submit_file
from monitor.runtime import Runtime, open_runtime
from monitor.snapshots import create_snapshot, reopen_quarter
from monitor.statements import Draft, review_statement, save_statement
from tests.compute.test_engine import DEFS as ENGINE_DEFS

STATES = ("new", "demo", "snapshot", "reopened")
QUARTERS = [f"{y}-Q{q}" for y in (2024, 2025) for q in range(1, 5)]

# A Markdown link: shown as typed it contains "](https://evil.example"; rendered it is a link.
INJECTION = "**vet** [klik](https://evil.example/x)"
INJECTION_MARK = "](https://evil.example"

# the engine's definitions, owned by an organisation that never submits (BZK), so an
# organisation that submits is never named on the definitions page
DEFS = ENGINE_DEFS.replace("owner: P1", "owner: BZK")
ORGS = {  # code: (name, type)
    "G1": ("Aadorp", "gemeente"),
    "G2": ("Bebreda", "gemeente"),
    "G3": ("Cedelft", "gemeente"),
    "G4": (f"Dedam {INJECTION}", "gemeente"),
    "G5": ("Effen", "gemeente"),  # never submits: a missing organisation
    "P1": ("Provincie Eemland", "provincie"),
    "BZK": ("Ministerie van BZK", "ministerie"),
}

# the submitter under test: an indiener for two organisations (like demo-zuid-holland)
SUBMITTER = "anna.zh"
OWN = ("G2", "P1")
USERS = [
    {"id": "pieter.pm", "name": f"Pieter {INJECTION}", "role": "programmamanager",
     "email": "pieter@example.nl"},
    {"id": SUBMITTER, "name": "Anna de Jong", "role": "indiener", "organisations": list(OWN),
     "email": "anna@example.nl"},
    {"id": "bert.g1", "name": "Bert Bakker", "role": "indiener", "organisations": ["G1"],
     "email": "bert@example.nl"},
    {"id": "cees.g3", "name": "Cees Claes", "role": "indiener", "organisations": ["G3"],
     "email": "cees@example.nl"},
    {"id": "dirk.g4", "name": "Dirk Dekker", "role": "indiener", "organisations": ["G4"],
     "email": "dirk@example.nl"},
    {"id": "vera.kijker", "name": "Vera de Vries", "role": "viewer", "email": "vera@example.nl"},
    {"id": "bente.admin", "name": "Bente Smit", "role": "beheerder", "email": "bente@example.nl"},
    {"id": "fatima.ah", "name": "Fatima El Amrani", "role": "actiehouder", "actions": ["a01"],
     "email": "fatima@example.nl"},
]
ACTING = {  # role -> the user the page tests act as
    "viewer": "vera.kijker",
    "indiener": SUBMITTER,
    "programmamanager": "pieter.pm",
    "beheerder": "bente.admin",
    "actiehouder": "fatima.ah",
}
# the action's statements for the last quarter (from ``demo`` on): version 1 approved (its text
# carries Markdown that must be shown as typed), version 2 awaiting approval (not public: only
# the action's owner and the programme managers may read it)
STATEMENT_PERIOD = "2025-Q4"
PUBLISHED = f"Vier gemeenten sloten aan. {INJECTION}"
UNPUBLISHED = "Concepttekst-nog-niet-goedgekeurd"
SUBMITTERS = {"G1": "bert.g1", "G2": SUBMITTER, "G3": "cees.g3", "G4": "dirk.g4", "P1": SUBMITTER}

HEADER = "organisatie;periode;maatstaf;waarde;toelichting\n"
# (organisation, period, received, rows "measure;value;note"); accepted, in this order
ACCEPTED = [
    ("G1", "2024-Q1", datetime(2024, 4, 10), ["cdo;ja;", "fte;1,5;", "num;3;", "den;4;", "adv;2;",
                                              "stage;gestart;", "wait;10;"]),
    ("G2", "2024-Q1", datetime(2024, 4, 12), ["cdo;nee;", "fte;2;", "num;0;", "den;0;", "adv;1;",
                                              "stage;geen;", "wait;12;"]),
    ("G3", "2024-Q1", datetime(2024, 4, 20), ["cdo;ja;", "fte;3;", "num;5;", "den;6;", "adv;0;",
                                              "stage;gereed;", "wait;8;"]),
    ("P1", "2024-Q1", datetime(2024, 4, 25), ["cdo;nee;", "fte;4;", "live;;"]),
    ("G1", "2024-Q2", datetime(2024, 7, 5), ["cdo;ja;", "fte;2,5;", "adv;3;", "wait;6;"]),
    ("G2", "2024-Q2", datetime(2024, 7, 9), ["cdo;ja;", "fte;n.v.t.;", "num;1;", "den;0;",
                                             "adv;0;", "stage;gestart;"]),
    ("G4", "2024-Q2", datetime(2024, 9, 1), ["cdo;ja;", "fte;1;", "adv;4;", "wait;7;"]),  # late
    ("P1", "2024-Q2", datetime(2024, 7, 20), ["cdo;ja;", "fte;4;", "live;01-08-2024;"]),
    ("P1", "2024-Q3", datetime(2024, 12, 1), ["cdo;ja;", "fte;4;"]),  # late
    ("G1", "2024-Q3", datetime(2024, 10, 15), ["cdo;ja;", "fte;2,5;", "wait;6;"]),
    ("G3", "2024-Q3", datetime(2024, 10, 20), ["cdo;ja;", "fte;3;", "wait;8;"]),
    # a level that trebles without a note: accepted with a warning (large-change-without-note)
    ("G1", "2024-Q4", datetime(2025, 1, 20), ["cdo;ja;", "fte;9;", "wait;6;"]),
    ("G3", "2024-Q4", datetime(2025, 1, 21), ["cdo;nee;", "fte;1;", "wait;8;"]),  # decrease
    ("G2", "2025-Q3", datetime(2025, 10, 10), ["cdo;ja;", "fte;2;", "num;2;", "den;4;"]),
    ("G1", "2025-Q4", datetime(2026, 1, 20), ["cdo;ja;", "fte;3;"]),
    ("G3", "2025-Q4", datetime(2026, 1, 22), ["cdo;ja;", "fte;3;"]),
]
# rejected attempts (organisation, period, rows): a value that is not a number / boolean
REJECTED = [
    ("G1", "2025-Q3", ["cdo;misschien;", "fte;twee;"]),
    ("G3", "2025-Q3", ["cdo;ja;", "fte;drie;"]),
    ("G4", "2025-Q4", ["cdo;wellicht;"]),
    ("G2", "2025-Q4", ["cdo;ja;", "fte;veel;"]),  # the submitter's own rejected attempt
]
SNAPSHOT_LABEL = f"Voortgangsbrief 2025 {INJECTION}"
REOPENED = "2025-Q4"
REOPEN_REASON = f"Correctie na late aanlevering {INJECTION}"


def file_name(org: str, period: str, rejected: bool = False) -> str:
    return f"{org.lower()}-{period}{'-fout' if rejected else ''}-aanlevering.csv"


def _csv(org: str, period: str, rows: list[str]) -> bytes:
    return (HEADER + "".join(f"{org};{period};{r}\n" for r in rows)).encode("utf-8")


@dataclass(frozen=True)
class State:
    name: str
    root: Path

    @property
    def config(self) -> Path:
        return self.root / "config.yaml"

    @property
    def production(self) -> Path:
        return self.root / "production.yaml"

    def runtime(self) -> Runtime:
        return open_runtime(config_path=self.config, indicators=self.root / "indicators")


def _world(root: Path) -> Runtime:
    root.mkdir(parents=True)
    make_world(root, DEFS, [(c, t) for c, (_, t) in ORGS.items()], users=False)
    (root / "users.yaml").write_text(yaml.safe_dump({"users": USERS}, allow_unicode=True),
                                     encoding="utf-8")
    (root / "orgs.csv").write_text(
        "code,naam,type,provincie,tooi\n"
        + "".join(f'{c},"{n}",{t},,\n' for c, (n, t) in ORGS.items()), encoding="utf-8")
    cfg = yaml.safe_load((root / "config.yaml").read_text(encoding="utf-8"))
    cfg["access"]["environment"] = "production"
    (root / "production.yaml").write_text(yaml.safe_dump(cfg), encoding="utf-8")
    return open_runtime(config_path=root / "config.yaml", indicators=root / "indicators")


def _submit(rt: Runtime) -> None:
    ctx = rt.context()
    for org, period, received, rows in ACCEPTED:
        result = submit_file(rt.store, ctx, _csv(org, period, rows), file_name(org, period),
                             organisation=org, period=period, user=SUBMITTERS[org],
                             received_at=received)
        assert result.status == "accepted", (org, period, [str(p) for p in result.problems])
    for org, period, rows in REJECTED:
        result = submit_file(rt.store, ctx, _csv(org, period, rows), file_name(org, period, True),
                             organisation=org, period=period, user=SUBMITTERS[org],
                             received_at=datetime(2026, 1, 25))
        assert result.status == "rejected", (org, period)


def _statements(rt: Runtime) -> None:
    texts = {"results": PUBLISHED, "plans": "Plannen voor het volgende kwartaal."}
    first = Draft("a01", STATEMENT_PERIOD, texts, "aandachtspunt", "Zie de resultaten.")
    assert not save_statement(rt, "fatima.ah", first, submit=True).problems.errors
    review_statement(rt, "pieter.pm", "a01", STATEMENT_PERIOD, approve=True)
    second = dataclasses.replace(first, texts=texts | {"results": UNPUBLISHED})
    assert not save_statement(rt, "fatima.ah", second, submit=True).problems.errors


def _clone(source: Path, root: Path) -> Runtime:
    shutil.copytree(source, root)
    for config in ("config.yaml", "production.yaml"):
        path = root / config
        text = path.read_text(encoding="utf-8").replace(str(source), str(root))
        assert str(source) not in text
        path.write_text(text, encoding="utf-8")
    return open_runtime(config_path=root / "config.yaml", indicators=root / "indicators")


def build_states(base: Path) -> dict[str, State]:
    """Every state of :data:`STATES`, each in its own folder under ``base``."""
    _world(base / "new")
    rt = _clone(base / "new", base / "demo")
    _submit(rt)
    _statements(rt)
    warned = rt.store.scalar("SELECT count(*) FROM submissions WHERE json_array_length(warnings) > 0")
    assert warned, "the demo state should hold accepted submissions with warnings"
    rt = _clone(base / "demo", base / "snapshot")
    create_snapshot(rt, SNAPSHOT_LABEL, "pieter.pm")
    assert sorted(rt.locked_periods()) == QUARTERS
    rt = _clone(base / "snapshot", base / "reopened")
    reopen_quarter(rt, REOPENED, "pieter.pm", REOPEN_REASON)
    assert REOPENED not in rt.locked_periods()
    return {name: State(name, base / name) for name in STATES}


def clone_state(state: State, root: Path) -> State:
    """A private, writable copy of ``state`` (for a test that writes)."""
    _clone(state.root, root)
    return State(state.name, root)
