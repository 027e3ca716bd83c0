"""config.yaml: every setting is declared once, in ``SETTINGS``, which drives validation and docs.

Load with :func:`load_config`. Unknown keys and wrong types are errors with file and line. The
configuration table in docs/operator-guide.md is generated from ``SETTINGS`` by
:func:`settings_markdown`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from monitor.errors import ConfigError, PeriodError
from monitor.periods import Quarter
from monitor.problems import ProblemList
from monitor.text import LANGS, Text
from monitor.yamlsource import YamlSyntaxError, join_path, load

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG = PROJECT_ROOT / "config.yaml"


def _text(v: Any) -> str:
    if not isinstance(v, str) or not v.strip():
        raise ValueError("must be a non-empty text")
    return v


def _url(v: Any) -> str:
    """An http(s) address without a trailing slash."""
    if not isinstance(v, str) or not v.startswith(("http://", "https://")) or " " in v.strip():
        raise ValueError("must be an address starting with http:// or https://")
    return v.strip().rstrip("/")


def _email(v: Any) -> str:
    """An e-mail address, or empty (none)."""
    if not isinstance(v, str):
        raise ValueError("must be an e-mail address or empty")
    v = v.strip()
    local, _, domain = v.partition("@")
    if v and (not local or "." not in domain or any(c.isspace() for c in v) or v.count("@") != 1):
        raise ValueError("must be an e-mail address (name@domain) or empty")
    return v


def _bilingual(v: Any) -> dict[str, str]:
    if not isinstance(v, dict) or set(v) != {"nl", "en"}:
        raise ValueError("must be a mapping with exactly the keys 'nl' and 'en'")
    return {k: _text(x) for k, x in v.items()}


def _quarter(v: Any) -> Quarter:
    try:
        return Quarter.parse(v)
    except PeriodError as exc:
        raise ValueError(str(exc)) from None


def _int_range(lo: int, hi: int) -> Callable[[Any], int]:
    def check(v: Any) -> int:
        if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= hi:
            raise ValueError(f"must be a whole number from {lo} to {hi}")
        return v

    return check


def _fraction(v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, int | float) or not 0 <= v <= 1:
        raise ValueError("must be a number from 0 to 1")
    return float(v)


def _positive(v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, int | float) or v <= 0:
        raise ValueError("must be a positive number")
    return float(v)


def _environment(v: Any) -> str:
    if v not in ("production", "demo"):
        raise ValueError("must be 'production' or 'demo'")
    return v


def _any_text(v: Any) -> str:
    if not isinstance(v, str):
        raise ValueError("must be a text")
    return v


LANGUAGES = LANGS  # the languages of the interface, exports and report (monitor.text)


def _language(v: Any) -> str:
    if v not in LANGUAGES:
        raise ValueError("must be 'nl' or 'en'")
    return v


ACTION_RULES = ("worst", "majority", "weighted")


def _action_rule(v: Any) -> str:
    if v not in ACTION_RULES:
        raise ValueError(f"must be one of {', '.join(ACTION_RULES)}")
    return v


def _org_types(v: Any) -> dict[str, dict[str, str]]:
    if not isinstance(v, dict) or not v:
        raise ValueError("must map each organisation type to labels {nl: ..., en: ...}")
    out = {}
    for key, labels in v.items():
        if not isinstance(key, str) or not key.isidentifier():
            raise ValueError(f"'{key}' is not a valid organisation type id")
        try:
            out[key] = _bilingual(labels)
        except ValueError as exc:
            raise ValueError(f"{key}: {exc}") from None
    return out


@dataclass(frozen=True)
class Setting:
    key: str
    check: Callable[[Any], Any]
    default: Any
    help: str


_ORG_TYPES_DEFAULT = {
    "gemeente": {"nl": "Gemeenten", "en": "Municipalities"},
    "provincie": {"nl": "Provincies", "en": "Provinces"},
    "waterschap": {"nl": "Waterschappen", "en": "Water authorities"},
    "ministerie": {"nl": "Ministeries", "en": "Ministries"},
    "koepel": {"nl": "Koepelorganisaties", "en": "Umbrella organisations"},
    "uitvoeringsorganisatie": {"nl": "Uitvoeringsorganisaties", "en": "Executive agencies"},
}

SETTINGS: tuple[Setting, ...] = (
    Setting(
        "programme.name",
        _bilingual,
        {
            "nl": "Voortgangsmonitor Interbestuurlijke Datastrategie",
            "en": "Progress monitor Interadministrative Data Strategy",
        },
        "Name of the programme, in Dutch and English.",
    ),
    Setting("programme.start", _quarter, Quarter.of(2022, 1), "First quarter of the programme."),
    Setting("programme.end", _quarter, Quarter.of(2027, 4), "Last quarter of the programme."),
    Setting(
        "calendar.deadline_days",
        _int_range(0, 365),
        30,
        "Submission deadline: days after the end of the quarter.",
    ),
    Setting(
        "register.file",
        _text,
        "data/organisaties.csv",
        "Organisation register (CSV), relative to the project folder.",
    ),
    Setting(
        "indicators.folder",
        _text,
        "indicators",
        "Folder with the indicator definitions (*.yaml), relative to the project folder.",
    ),
    Setting(
        "organisation_types",
        _org_types,
        _ORG_TYPES_DEFAULT,
        "Organisation types with their labels (nl/en); the register and definitions use these ids.",
    ),
    Setting(
        "status.min_coverage",
        _fraction,
        0.5,
        "Below this share of expected organisations reporting, status is 'onvoldoende gegevens'.",
    ),
    Setting("status.on_track", _fraction, 0.9, "Achieved / planned progress at or above this is 'op koers'."),
    Setting(
        "status.at_risk",
        _fraction,
        0.7,
        "Achieved / planned progress at or above this (below on_track) is 'risico'; below: 'achter'.",
    ),
    Setting("compute.forecast_min_points", _int_range(2, 12), 4,
            "Quarters with a value a forecast needs at least (a definition may declare its own)."),
    Setting("compute.flow_achieved_for", _int_range(1, 8), 4,
            "Quarters in a row a per-quarter flow must meet its final target to be 'behaald' "
            "(a definition may declare achieved_for; stocks: 1)."),
    Setting("compute.max_carry_quarters", _int_range(0, 40), 4,
            "Maximum age in quarters of a carried-forward value (carry_forward, latest) unless an "
            "indicator declares max_carry."),
    Setting(
        "status.action_rule",
        _action_rule,
        "worst",
        "How an action's status follows from its indicators' (an action may declare its own "
        "`status_rule`): 'worst' (the most serious), 'majority' (the most common, ties to the more "
        "serious) or 'weighted' (weighted mean, indicator `weight`); 'behaald' always needs every "
        "indicator achieved. See docs/computation.md.",
    ),
    Setting(
        "compute.baseline_tolerance",
        _fraction,
        0.05,
        "`monitor validate --against-data`: a typed baseline that differs from the computed national "
        "value at its quarter by more than this fraction of that value is reported.",
    ),
    Setting("language", _language, "nl", "Default interface language ('nl' or 'en')."),
    Setting(
        "database.path",
        _text,
        "data/monitor.duckdb",
        "DuckDB file, relative to the project folder; overridden by MONITOR_DB and --db.",
    ),
    Setting(
        "database.busy_timeout",
        _positive,
        15.0,
        "Seconds to keep retrying while another process holds the database.",
    ),
    Setting("intake.max_file_mb", _positive, 5.0,
            "Largest submission file for one organisation and quarter (MB); checked before reading."),
    Setting("intake.max_bulk_mb", _positive, 200.0,
            "Largest bulk history file (MB); checked before reading."),
    Setting("intake.max_rows", _int_range(1, 10**9), 5000,
            "Most rows (after the header, empty rows included) in a file for one organisation and "
            "quarter; reading stops at the first row over it."),
    Setting("intake.max_bulk_rows", _int_range(1, 10**9), 2_000_000,
            "Most rows in a bulk history file; reading stops at the first row over it."),
    Setting("access.environment", _environment, "production",
            "'production': login required (st.login), no demo users, CLI writes need --user; "
            "'demo': local use without an identity provider, with a visible demo mode."),
    Setting("access.users_file", _text, "data/users.yaml",
            "Users and roles added to the database when missing (YAML, checked with file and line); "
            "absent: no users yet. Production refuses an *.example.* file."),
    Setting("access.login_provider", _any_text, "",
            "Name of the [auth.NAME] section in .streamlit/secrets.toml; empty: the [auth] section."),
    Setting("reminders.base_url", _url, "http://localhost:8501",
            "Address of the dashboard as organisations reach it (e.g. https://monitor.example.nl): "
            "the upload link in reminder e-mails (Volledigheid, mail-merge CSV) is this address "
            "followed by /aanleveren?kwartaal=...&organisatie=... (the page opens on that quarter and "
            "organisation). Set it to the public address in production."),
    Setting("publication.base_url", _url, "http://localhost:8000",
            "Address where the published files are served (e.g. https://data.example.nl/ibds): the "
            "open data's DCAT metadata gives every file's address (dcat:downloadURL, dcat:accessURL) "
            "as this address followed by open-data/<file>. The default suits `python -m http.server` "
            "in the published folder; set it to the public address before publishing."),
    Setting("publication.contact_email", _email, "",
            "E-mail address for questions about the open data (the DCAT contact point, "
            "vcard:hasEmail); empty: the contact point names the publisher and the base URL."),
    Setting("demo.seed", _int_range(0, 2**31), 20211118, "Seed of the demo data generator."),
)
SETTINGS_BY_KEY = {s.key: s for s in SETTINGS}


@dataclass(frozen=True)
class Config:
    values: dict[str, Any]
    root: Path

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    @property
    def programme_start(self) -> Quarter:
        return self.values["programme.start"]

    @property
    def programme_end(self) -> Quarter:
        return self.values["programme.end"]

    @property
    def org_types(self) -> dict[str, dict[str, str]]:
        return self.values["organisation_types"]

    def path(self, key: str) -> Path:
        p = Path(self.values[key])
        return p if p.is_absolute() else self.root / p

    def db_path(self, override: str | os.PathLike | None = None) -> Path:
        chosen = override or os.environ.get("MONITOR_DB")
        return Path(chosen) if chosen else self.path("database.path")


def _flatten(data: dict, prefix: str, out: dict[str, Any]) -> None:
    """Dotted keys for nested settings; a mapping that is itself a setting stays whole."""
    for key, value in data.items():
        dotted = join_path(prefix, key)
        nested = any(k.startswith(dotted + ".") for k in SETTINGS_BY_KEY)
        if dotted not in SETTINGS_BY_KEY and isinstance(value, dict) and nested:
            _flatten(value, dotted, out)
        else:
            out[dotted] = value


def check_config(text: str, file: str = "config.yaml") -> tuple[dict[str, Any], ProblemList]:
    """Validate config text; return the effective values (defaults filled in) and all problems."""
    problems = ProblemList()
    try:
        doc = load(text)
    except YamlSyntaxError as exc:
        problems.error("config-syntax", str(exc), file=file, line=exc.line)
        return {}, problems
    data = doc.data if doc.data is not None else {}
    if not isinstance(data, dict):
        problems.error("config-shape", "config must be a mapping of settings", file=file, line=1)
        return {}, problems
    for path, line in doc.duplicates:
        problems.error("config-duplicate", "key given twice", file=file, line=line, path=path)
    given: dict[str, Any] = {}
    _flatten(data, "", given)
    values = {s.key: s.default for s in SETTINGS}
    for key, raw in given.items():
        setting = SETTINGS_BY_KEY.get(key)
        where = {"file": file, "line": doc.line_of(key), "path": key}
        if setting is None:
            known = ", ".join(sorted(SETTINGS_BY_KEY))
            problems.error("config-unknown-key", f"unknown setting (known: {known})", **where)
            continue
        try:
            values[key] = setting.check(raw)
        except ValueError as exc:
            problems.error("config-invalid", f"{raw!r} {exc}", **where)
    if not problems.errors and values["programme.end"] < values["programme.start"]:
        problems.error(
            "config-invalid",
            "programme.end lies before programme.start",
            file=file,
            line=doc.line_of("programme.end"),
            path="programme.end",
        )
    if values["status.at_risk"] > values["status.on_track"]:
        problems.error(
            "config-invalid",
            "status.at_risk must not exceed status.on_track",
            file=file,
            line=doc.line_of("status.at_risk"),
            path="status.at_risk",
        )
    return values, problems


def load_config(path: str | os.PathLike | None = None) -> Config:
    """Load and validate config.yaml (MONITOR_CONFIG or the project's own by default)."""
    cfg_path = Path(path or os.environ.get("MONITOR_CONFIG") or DEFAULT_CONFIG)
    try:
        text = cfg_path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(Text("error.config.read", path=cfg_path, reason=exc.strerror)) from None
    values, problems = check_config(text, file=str(cfg_path))
    if problems.errors:
        raise ConfigError(Text("error.config.invalid", problems="\n".join(str(p) for p in problems.errors)))
    return Config(values, cfg_path.resolve().parent)


def settings_markdown() -> str:
    """The configuration reference table (docs/operator-guide.md, scripts/gen_docs.py)."""
    rows = ["| setting | default | meaning |", "| --- | --- | --- |"]
    for s in SETTINGS:
        default = s.default if not isinstance(s.default, dict) else "(see config.yaml)"
        rows.append(f"| `{s.key}` | `{default}` | {s.help} |")
    return "\n".join(rows)
