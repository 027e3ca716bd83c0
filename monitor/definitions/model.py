"""The shape of an indicator definition file, as pydantic models (unknown keys are errors).

Every field carries its ``description``: docs/definition-format.md and the JSON Schema for YAML
editors (docs/indicator-definition.schema.json) are generated from these models
(``uv run python scripts/gen_docs.py``; tests/test_docs.py checks they are current).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    WithJsonSchema,
    model_validator,
)

from monitor.periods import Quarter
from monitor.text import index

_ID = re.compile(r"^[a-z][a-z0-9_]*$")


def _check_id(v: Any) -> str:
    if not isinstance(v, str) or not _ID.match(v):
        raise ValueError(f"{v!r} is not a valid id (lower case letters, digits and _)")
    return v


def _check_quarter(v: Any) -> Quarter:
    if isinstance(v, Quarter):
        return v
    return Quarter.parse(v)  # PeriodError is a ValueError: pydantic reports it


Id = Annotated[str, BeforeValidator(_check_id),
               WithJsonSchema({"type": "string", "pattern": _ID.pattern})]
# the forms Quarter.parse accepts: 2025-Q3, 2025 Q3, 2025Q3, 2025-K3, Q3 2025
QUARTER_PATTERN = r"^([0-9]{4}\s*[-/ ]?\s*[QqKk][1-4]|[QqKk][1-4]\s*[-/ ]?\s*[0-9]{4})$"
QuarterField = Annotated[Quarter, BeforeValidator(_check_quarter),
                         WithJsonSchema({"type": "string", "pattern": QUARTER_PATTERN,
                                         "description": "a quarter, YYYY-Qn (e.g. 2025-Q3)"})]
OrgType = str
Number = float


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True, frozen=True)


class Text(Strict):
    """A text users read, in both languages (both required)."""

    nl: str = Field(min_length=1, description="Dutch text")
    en: str = Field(min_length=1, description="English text")

    def get(self, lang: str) -> str:
        return (self.nl, self.en)[index(lang)]


class Action(Strict):
    """``action:`` the strategy action the file is about."""

    id: Id = Field(description="short id, lower case letters/digits/underscore, unique over all "
                               "files (e.g. `a04`)")
    line: Literal["7.1", "7.2", "7.3"] = Field(description="line of action of the strategy")
    title: Text = Field(description="bilingual title")
    description: Text = Field(description="bilingual description (a few sentences)")
    owner: str = Field(description="organisation code from the register that owns the action "
                                   "(e.g. `BZK`)")
    start: QuarterField = Field(description="first quarter of the action")
    end: QuarterField = Field(description="last quarter of the action (not before `start`)")
    status_rule: Literal["worst", "majority", "weighted"] | None = Field(
        default=None, description="how the action's status follows from its indicators' (default: "
                                  "setting `status.action_rule`; see docs/computation.md)")
    keywords: list[str] = Field(
        default=[], description="words that suggest a commitment or motion of the Kamer is about "
                                "this action (found in its text, also inside longer words; "
                                "optional, a suggestion a programme manager confirms)")


MeasureType = Literal["integer", "decimal", "percentage", "boolean", "date", "choice"]


class Measure(Strict):
    """``measures[]``: what organisations report each quarter. Ids are unique over all files."""

    id: Id = Field(description="id, lower case letters/digits/underscore (e.g. `cdo_aangesteld`)")
    title: Text = Field(description="bilingual title")
    description: Text | None = Field(default=None,
                                     description="bilingual explanation shown in the template")
    type: MeasureType = Field(description="the type of the reported value")
    unit: str | None = Field(default=None, description="unit shown to the reporter (e.g. "
                                                       "`datasets`, `%`, `FTE`)")
    min: Number | None = Field(default=None, description="lowest allowed value, numeric types "
                                                         "only (percentage: default 0)")
    max: Number | None = Field(default=None, description="highest allowed value, numeric types "
                                                         "only (percentage: default 100)")
    choices: list[str] | None = Field(default=None, description="the allowed values; required "
                                                                "for, and only for, type `choice`")
    percent_format: Literal["percent", "fraction"] = Field(
        default="percent", description="for `percentage`: `percent` (45 or 45% = 45 %) or "
                                       "`fraction` (0,45 = 45 %)")
    reporters: list[OrgType] = Field(min_length=1, description="organisation types that must "
                                     "report it (ids of the setting `organisation_types`)")
    organisations: list[str] | None = Field(
        default=None, description="organisation codes: only these organisations report it "
                                  "(e.g. `[KOOP]`); their types must be among `reporters`")
    required: bool = Field(default=True, description="`true`: a submission without it is "
                                                     "rejected; `false`: optional")
    kind: Literal["stock", "flow"] = Field(default="stock", description="`stock`: level at "
                                           "quarter end; `flow`: amount during the quarter")
    direction: Literal["up", "down"] | None = Field(
        default=None, description="which way is better for the reported value: `up` (higher) or "
        "`down` (lower); default: from the indicators the measure feeds, else `up` (see 'Direction "
        "of a measure'). A level (`stock`) that moves the other way from last quarter gets a warning")

    @model_validator(mode="after")
    def _consistent(self) -> Measure:
        if self.type == "choice" and not self.choices:
            raise ValueError("a choice measure needs 'choices'")
        if self.type != "choice" and self.choices:
            raise ValueError("'choices' is only for type choice")
        numeric = self.type in ("integer", "decimal", "percentage")
        if not numeric and (self.min is not None or self.max is not None):
            raise ValueError("'min' and 'max' are only for numeric types")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min {self.min} is greater than max {self.max}")
        return self

    def applies_to(self, code: str, org_type: str) -> bool:
        """Whether organisation ``code`` of type ``org_type`` reports this measure."""
        return org_type in self.reporters and (not self.organisations or code in self.organisations)

    @property
    def low(self) -> float | None:
        return 0.0 if self.type == "percentage" and self.min is None else self.min

    @property
    def high(self) -> float | None:
        return 100.0 if self.type == "percentage" and self.max is None else self.max


class Condition(Strict):
    """``condition:`` of a `share` or `count`: which values count."""

    op: Literal[">", ">=", "<", "<=", "=", "!=", "in"] = Field(
        description="comparison; `in` takes a list of choices, the others one value")
    value: float | str | list[str] | bool = Field(description="the value compared with")

    @model_validator(mode="after")
    def _consistent(self) -> Condition:
        if (self.op == "in") != isinstance(self.value, list):
            raise ValueError("op 'in' takes a list of values; other ops take one value")
        return self


class _Single(Strict):
    measure: Id = Field(description="the measure the value is computed from")

    def measures(self) -> list[str]:
        return [self.measure]


class Aggregate(_Single):
    """``compute:`` sum, mean or median of the reported values."""

    kind: Literal["sum", "mean", "median"] = Field(description="the computation")


class Share(_Single):
    """``compute:`` percentage (0-100) of organisations for which the boolean is true, or the
    value meets `condition`."""

    kind: Literal["share"] = Field(description="the computation")
    condition: Condition | None = Field(default=None, description="which values count (default: "
                                                                  "a boolean that is true)")


class Count(_Single):
    """``compute:`` number of organisations that reported the measure (and meet `condition`)."""

    kind: Literal["count"] = Field(description="the computation")
    condition: Condition | None = Field(default=None, description="which values count "
                                                                  "(default: every reported value)")


class Cumulative(_Single):
    """``compute:`` sum of all reported values of a flow from the programme start up to and
    including the quarter."""

    kind: Literal["cumulative"] = Field(description="the computation")


class Latest(_Single):
    """``compute:`` each organisation's most recent reported value at or before the quarter,
    aggregated."""

    kind: Literal["latest"] = Field(description="the computation")
    agg: Literal["sum", "mean", "median", "max", "min"] = Field(
        default="sum", description="how the organisations' values are aggregated")


class MilestoneKind(_Single):
    """``compute:`` 1 when an organisation reported the achieved date (a `date` measure) on or
    before the quarter end, else 0."""

    kind: Literal["milestone"] = Field(description="the computation")
    planned: date = Field(description="planned date, YYYY-MM-DD")


class Ratio(Strict):
    """``compute:`` `factor` x sum of numerator / sum of denominator over organisations that
    reported both; never an average of ratios."""

    kind: Literal["ratio"] = Field(description="the computation")
    numerator: Id = Field(description="measure summed above the line")
    denominator: Id = Field(description="measure summed below the line")
    factor: Number = Field(default=1.0, description="multiplier (e.g. 100 for a percentage)")

    def measures(self) -> list[str]:
        return [self.numerator, self.denominator]


Compute = Annotated[
    Aggregate | Share | Count | Cumulative | Latest | MilestoneKind | Ratio,
    Field(discriminator="kind"),
]
COMPUTE_KINDS = ("sum", "mean", "median", "share", "ratio", "count", "cumulative", "latest", "milestone")


class Point(Strict):
    """A target: the value to reach by a quarter."""

    period: QuarterField = Field(description="the quarter, inside the programme period")
    value: Number = Field(description="the target value")


MEASURED = "measured"


def _check_baseline_value(v: Any) -> float | str:
    if v == MEASURED:
        return MEASURED
    if isinstance(v, int | float) and not isinstance(v, bool):
        return float(v)
    raise ValueError(f"{v!r}: give a number, or 'measured' to take the baseline from the data")


class Baseline(Strict):
    """``baseline:`` of an indicator: a typed value, or ``value: measured`` for the national value
    the monitor computes at the baseline quarter (the nulmeting is the monitor's own first
    measurement; the engine resolves it, see ``monitor.compute.trajectory.resolve_baselines``)."""

    period: QuarterField = Field(description="the baseline quarter")
    value: Annotated[float | Literal["measured"], PlainValidator(_check_baseline_value),
                     WithJsonSchema({"anyOf": [{"type": "number"}, {"const": MEASURED}]})] = Field(
        description="a number, or `measured`: the national value the monitor computes at the "
                    "baseline quarter")

    @property
    def measured(self) -> bool:
        return self.value == MEASURED

    @property
    def typed(self) -> float | None:
        """The typed value (None when the baseline is measured)."""
        return None if self.measured else float(self.value)  # type: ignore[arg-type]


# --- rules version 2 (issue 15): forecast, which breakdowns a target judges, how long it must hold
Breakdown = Literal["national", "type", "organisation"]


class ForecastSpec(Strict):
    """``forecast:`` of an indicator. ``min_points``: quarters with a value the trend needs
    (default: setting ``compute.forecast_min_points``); ``allow``: ``true`` makes a forecast for an
    indicator on per-quarter flows (not made by default), ``false`` makes none at all."""

    min_points: int | None = Field(default=None, ge=2, le=12, description="quarters with a value "
                                   "the trend needs (default: setting `compute.forecast_min_points`)")
    allow: bool | None = Field(default=None, description="`true`: a forecast also for an indicator "
                               "on per-quarter flows; `false`: no forecast at all")


class Indicator(Strict):
    """``indicators[]``: what the monitor computes from the measures. Ids are unique over all
    files. The rules of rules version 2 (issue 15): docs/computation.md."""

    id: Id = Field(description="id, unique over all files (e.g. `a04_publicerend`)")
    title: Text = Field(description="bilingual title")
    description: Text | None = Field(default=None, description="bilingual definition")
    unit: str = Field(description="unit of the indicator value (e.g. `%`, `organisaties`)")
    unit_singular: str | None = Field(
        default=None, description="the unit for a value shown as 1 (e.g. `advies` "
        "for `adviezen`: '1 advies'); default: the monitor's singular of the shipped units "
        "(`monitor/text/units.py`), else `unit`; not with `%`")
    compute: Compute = Field(description="how the value follows from the measures; `kind` "
                                         "selects the computation")
    covers: list[OrgType] | None = Field(default=None, description="organisation types included "
                                         "(default: the reporters of the measures used)")
    breakdowns: list[Literal["national", "type", "organisation"]] = Field(
        default=["national", "type"], description="the breakdowns computed")
    missing: Literal["exclude", "zero", "carry_forward"] = Field(
        default="exclude", description="what a missing value counts as (docs/computation.md)")
    baseline: Baseline = Field(description="the baseline (nulmeting)")
    targets: list[Point] = Field(min_length=1, description="the targets, in time order, inside "
                                                           "the programme period")
    direction: Literal["up", "down"] = Field(default="up", description="`up`: higher is better; "
                                                                       "`down`: lower is better")
    precision: int = Field(default=0, ge=0, le=6, description="decimals shown")
    source: Text | None = Field(default=None, description="bilingual source and notes text")
    forecast: ForecastSpec = Field(default=ForecastSpec(), description="when a forecast is made")
    target_applies_to: list[Breakdown] = Field(
        default=["national"], description="breakdowns the baseline and targets judge (each among "
                                          "`breakdowns`)")
    achieved_for: int | None = Field(
        default=None, ge=1, le=8, description="quarters in a row the final target must be met to "
        "be behaald (default 1; on per-quarter flows the setting `compute.flow_achieved_for`)")
    min_n: int | None = Field(default=None, ge=1, description="minimum number of values behind a "
                              "figure; fewer: status onvoldoende gegevens (the value is shown)")
    max_carry: int | None = Field(
        default=None, ge=0, le=40, description="maximum age in quarters of a carried value "
        "(`carry_forward`, kind `latest`; default setting `compute.max_carry_quarters`)")
    weight: float = Field(default=1.0, gt=0, description="weight in its action's status under "
                                                         "`status_rule: weighted`")

    @property
    def final_target(self) -> Point:
        return self.targets[-1]

    @property
    def carries(self) -> bool:
        """Whether an organisation's last value carries to later quarters (with an age limit):
        kind ``latest``, or ``missing: carry_forward`` except for cumulative and milestone (which
        look back by definition); the engine's rule, ``monitor.compute.rules``."""
        return self.compute.kind == "latest" or (
            self.missing == "carry_forward" and self.compute.kind not in ("cumulative", "milestone"))


RELATION_OPS = ("at_most", "at_least", "equal")


class Relation(Strict):
    """A check between two measures of one action, per organisation and quarter:
    ``{measure: a, at_most: b}`` (a <= b: a part may not exceed its whole), ``at_least`` (a >= b)
    or ``equal`` (a = b); ``level`` error (the file is rejected) or warning."""

    measure: Id = Field(description="the measure that is checked (its row gets the problem)")
    at_most: Id | None = Field(default=None, description="`measure` <= this measure")
    at_least: Id | None = Field(default=None, description="`measure` >= this measure")
    equal: Id | None = Field(default=None, description="`measure` = this measure")
    level: Literal["error", "warning"] = Field(default="error", description="`error`: the file is "
                                               "rejected; `warning`: accepted, the warning stored")

    @model_validator(mode="after")
    def _one_op(self) -> Relation:
        if sum(getattr(self, op) is not None for op in RELATION_OPS) != 1:
            raise ValueError("give exactly one of at_most, at_least, equal")
        return self

    @property
    def op(self) -> str:
        return next(op for op in RELATION_OPS if getattr(self, op) is not None)

    @property
    def other(self) -> str:
        return getattr(self, self.op)

    def holds(self, a: float, b: float) -> bool:
        op = self.op
        return a <= b if op == "at_most" else a >= b if op == "at_least" else a == b


# the states of a milestone, as its owner reports them in the quarter's statement (issue 18)
MILESTONE_STATES = ("gepland", "loopt", "gereed", "vertraagd", "vervallen")


def _check_planned(v: Any) -> Quarter | date:
    """A quarter or a date, with one message when it is neither."""
    if isinstance(v, Quarter | date):
        return v.date() if isinstance(v, datetime) else v
    if isinstance(v, str) and re.fullmatch(r"\s*\d{4}-\d{1,2}-\d{1,2}\s*", v):
        try:
            return date.fromisoformat(v.strip())
        except ValueError:
            raise ValueError(f"{v!r} is not a date (YYYY-MM-DD)") from None
    try:
        return Quarter.parse(v)
    except ValueError:
        raise ValueError(f"{v!r} is neither a quarter (YYYY-Qn, e.g. 2026-Q2) nor a date "
                         "(YYYY-MM-DD)") from None


PlannedField = Annotated[Quarter | date, PlainValidator(_check_planned),
                         WithJsonSchema({"anyOf": [{"type": "string", "pattern": QUARTER_PATTERN},
                                                   {"type": "string", "format": "date"}],
                                         "description": "a quarter (YYYY-Qn) or a date "
                                                        "(YYYY-MM-DD)"})]


class Milestone(Strict):
    """``milestones[]``: a result the action promises by a planned quarter or date. Its state,
    realised date and explanation are reported per quarter in the action's statement."""

    id: Id = Field(description="id, unique within the action (e.g. `stelselcatalogus_live`)")
    title: Text = Field(description="bilingual title (what is delivered)")
    planned: PlannedField = Field(
        description="planned by: a quarter (YYYY-Qn: its last day) or a date (YYYY-MM-DD)")
    indicator: str | None = Field(default=None, description="id of an indicator of this action "
                                                            "that measures the milestone (optional)")

    def planned_date(self) -> date:
        """The day the milestone is due: the date, or the quarter's last day."""
        return self.planned if isinstance(self.planned, date) else self.planned.last_day()


class ActionFile(Strict):
    """One file `indicators/<action id>-<slug>.yaml`: one strategy action."""

    action: Action = Field(description="the strategy action")
    measures: list[Measure] = Field(min_length=1, description="what organisations report each "
                                                              "quarter")
    indicators: list[Indicator] = Field(min_length=1, description="what is computed from the "
                                                                  "measures")
    checks: list[Relation] = Field(default=[], description="checks between two numeric measures "
                                                           "of this action")
    milestones: list[Milestone] = Field(default=[], description="the action's milestones "
                                                                "(mijlpalen), see 'Milestones'")
