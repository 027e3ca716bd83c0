"""The shape of an indicator definition file, as pydantic models (unknown keys are errors).

The README section "Indicator definitions" documents every field; keep the two in step.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainValidator, model_validator

from monitor.periods import Quarter

_ID = re.compile(r"^[a-z][a-z0-9_]*$")


def _check_id(v: Any) -> str:
    if not isinstance(v, str) or not _ID.match(v):
        raise ValueError(f"{v!r} is not a valid id (lower case letters, digits and _)")
    return v


def _check_quarter(v: Any) -> Quarter:
    if isinstance(v, Quarter):
        return v
    return Quarter.parse(v)  # PeriodError is a ValueError: pydantic reports it


Id = Annotated[str, BeforeValidator(_check_id)]
QuarterField = Annotated[Quarter, BeforeValidator(_check_quarter)]
OrgType = str
Number = float


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True, frozen=True)


class Text(Strict):
    nl: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.nl


class Action(Strict):
    id: Id
    line: Literal["7.1", "7.2", "7.3"]
    title: Text
    description: Text
    owner: str
    start: QuarterField
    end: QuarterField
    # how the action's status follows from its indicators' (default: setting status.action_rule)
    status_rule: Literal["worst", "majority", "weighted"] | None = None


MeasureType = Literal["integer", "decimal", "percentage", "boolean", "date", "choice"]


class Measure(Strict):
    id: Id
    title: Text
    description: Text | None = None
    type: MeasureType
    unit: str | None = None
    min: Number | None = None
    max: Number | None = None
    choices: list[str] | None = None
    percent_format: Literal["percent", "fraction"] = "percent"
    reporters: list[OrgType] = Field(min_length=1)
    organisations: list[str] | None = None
    required: bool = True
    kind: Literal["stock", "flow"] = "stock"

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
    op: Literal[">", ">=", "<", "<=", "=", "!=", "in"]
    value: float | str | list[str] | bool

    @model_validator(mode="after")
    def _consistent(self) -> Condition:
        if (self.op == "in") != isinstance(self.value, list):
            raise ValueError("op 'in' takes a list of values; other ops take one value")
        return self


class _Single(Strict):
    measure: Id

    def measures(self) -> list[str]:
        return [self.measure]


class Aggregate(_Single):
    kind: Literal["sum", "mean", "median"]


class Share(_Single):
    kind: Literal["share"]
    condition: Condition | None = None


class Count(_Single):
    kind: Literal["count"]
    condition: Condition | None = None


class Cumulative(_Single):
    kind: Literal["cumulative"]


class Latest(_Single):
    kind: Literal["latest"]
    agg: Literal["sum", "mean", "median", "max", "min"] = "sum"


class Milestone(_Single):
    kind: Literal["milestone"]
    planned: date


class Ratio(Strict):
    kind: Literal["ratio"]
    numerator: Id
    denominator: Id
    factor: Number = 1.0

    def measures(self) -> list[str]:
        return [self.numerator, self.denominator]


Compute = Annotated[
    Aggregate | Share | Count | Cumulative | Latest | Milestone | Ratio,
    Field(discriminator="kind"),
]
COMPUTE_KINDS = ("sum", "mean", "median", "share", "ratio", "count", "cumulative", "latest", "milestone")


class Point(Strict):
    period: QuarterField
    value: Number


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

    period: QuarterField
    value: Annotated[float | Literal["measured"], PlainValidator(_check_baseline_value)]

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

    min_points: int | None = Field(default=None, ge=2, le=12)
    allow: bool | None = None


class Indicator(Strict):
    id: Id
    title: Text
    description: Text | None = None
    unit: str
    compute: Compute
    covers: list[OrgType] | None = None
    breakdowns: list[Literal["national", "type", "organisation"]] = ["national", "type"]
    missing: Literal["exclude", "zero", "carry_forward"] = "exclude"
    baseline: Baseline
    targets: list[Point] = Field(min_length=1)
    direction: Literal["up", "down"] = "up"
    precision: int = Field(default=0, ge=0, le=6)
    source: Text | None = None
    # rules version 2 (issue 15): see README "Computation and status"
    forecast: ForecastSpec = ForecastSpec()
    target_applies_to: list[Breakdown] = ["national"]
    achieved_for: int | None = Field(default=None, ge=1, le=8)
    # and the minimum number of values behind a figure (fewer: status
    # onvoldoende gegevens) and the maximum age in quarters of a carried value (carry_forward and
    # latest; default config compute.max_carry_quarters)
    min_n: int | None = Field(default=None, ge=1)
    max_carry: int | None = Field(default=None, ge=0, le=40)
    weight: float = Field(default=1.0, gt=0)  # in an action's status under status_rule weighted

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

    measure: Id
    at_most: Id | None = None
    at_least: Id | None = None
    equal: Id | None = None
    level: Literal["error", "warning"] = "error"

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


class ActionFile(Strict):
    action: Action
    measures: list[Measure] = Field(min_length=1)
    indicators: list[Indicator] = Field(min_length=1)
    checks: list[Relation] = []
