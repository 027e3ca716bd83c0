"""Reading a column of submitted values at once, for the columnar fast path.

Vectorised rules decide the common shapes exactly as :func:`monitor.intake.values.parse_value`
would: empty, n.v.t., plain and Dutch/English grouped numbers (the file's convention), percentages
with ``%``, booleans (ja/nee, ...) and dates written dd-mm-yyyy; only for printable ASCII text. Every
other value is read by ``parse_value`` itself, once per distinct (measure, text). A value that is
not valid (a reading problem, out of range, not whole) makes :func:`parse_column` return None: the
row path then reports it with its own message.
"""

from __future__ import annotations

import polars as pl

from monitor.definitions.model import Measure
from monitor.intake.values import (
    _AMBIGUOUS,
    _EN,
    _GROUPED,
    _NL,
    _PLAIN,
    FALSE,
    MAX_EXACT,
    NVT,
    TRUE,
    Convention,
    ValueProblem,
    number_evidence,
    parse_value,
)

NUMERIC = ("integer", "decimal", "percentage")
_ASCII = r"^[\x20-\x7e\t]*$"  # printable ASCII (and tab): str.strip and lower() act as Polars'
_DATE = r"^(0[1-9]|[12][0-9]|3[01])-(0[1-9]|1[0-2])-[1-9][0-9]{3}$"
_ORDINAL_1970 = 719163  # date(1970, 1, 1).toordinal()
_MAX_CHARS = 20  # longer numbers are left to parse_value
_STEPS = ("s", "ascii", "low_", "percent", "body", "day", "number", "fraction")
_PARSED = {"state": pl.String, "num": pl.Float64, "txt": pl.String}


def measure_table(measures: dict[str, Measure], ids: list[str]) -> pl.DataFrame:
    """What reading needs of each measure in ``ids`` (all known)."""
    ms = [measures[i] for i in ids]
    return pl.DataFrame({
        "measure": ids,
        "type": [m.type for m in ms],
        "kind": [m.kind for m in ms],
        "required": [m.required for m in ms],
        "fraction": [m.percent_format == "fraction" for m in ms],
        "low": [None if m.low is None else float(m.low) for m in ms],
        "high": [None if m.high is None else float(m.high) for m in ms],
    }, schema_overrides={"low": pl.Float64, "high": pl.Float64})


def _squashed(text: pl.Expr) -> pl.Expr:
    return text.str.replace_all(" ", "", literal=True).str.replace_all("'", "", literal=True)


def convention(frame: pl.DataFrame) -> Convention | None:
    """``file_convention`` of the values of numeric measures (``value``, ``type`` columns)."""
    numbers = frame.filter(pl.col("type").is_in(NUMERIC)).select("value")
    ascii_ = pl.col("value").str.contains(_ASCII)
    s = pl.col("s")
    votes = (numbers.lazy().filter(ascii_)
             .select(s=_squashed(pl.col("value").str.strip_chars(" \t").str.strip_chars_end("%")))
             .select(none=s.str.contains(_PLAIN.pattern) | s.str.contains(_AMBIGUOUS.pattern),
                     nl=s.str.contains(_NL.pattern), en=s.str.contains(_EN.pattern))
             .select(nl=(~pl.col("none") & pl.col("nl") & ~pl.col("en")).sum(),
                     en=(~pl.col("none") & pl.col("en") & ~pl.col("nl")).sum()).collect().row(0))
    counts = {"nl": votes[0], "en": votes[1]}
    for text in numbers.filter(~ascii_)["value"].unique().to_list():
        weight = numbers.filter(pl.col("value") == text).height
        evidence = number_evidence(text)
        if evidence:
            counts[evidence] += weight
    if counts["nl"] == counts["en"]:
        return None
    return "nl" if counts["nl"] > counts["en"] else "en"


def _number(s: pl.Expr, conv: Convention | None, integer: pl.Expr) -> pl.Expr:
    """The number text in Python float syntax, or null where the rules do not decide. For a
    whole-number measure (``integer``) groups of three digits after dots or commas are thousands
    (as ``values.parse_number``); an ambiguous number of another measure is left to
    ``parse_value`` when the file shows no convention (its range may decide)."""
    plain = s.str.contains(_PLAIN.pattern)
    grouped = integer & s.str.contains(_GROUPED.pattern)
    nl, en = s.str.contains(_NL.pattern), s.str.contains(_EN.pattern)
    as_nl = s.str.replace_all(".", "", literal=True).str.replace(",", ".", literal=True)
    as_en = s.str.replace_all(",", "", literal=True)
    rule = (pl.when(s.str.len_chars() > _MAX_CHARS).then(None).when(plain).then(s)
            .when(grouped).then(s.str.replace_all(r"[.,]", "")))
    if conv is None:
        rule = rule.when(s.str.contains(_AMBIGUOUS.pattern)).then(None)
    if conv == "en":
        rule = rule.when(en).then(as_en)
    else:
        rule = rule.when(nl).then(as_nl)
        if conv is None:
            rule = rule.when(en).then(as_en)
    return rule.otherwise(None)


def _invalid() -> pl.Expr:
    """A number the rules read that is not valid for its measure (as ``values._check_number``)."""
    t, n, number = pl.col("type"), pl.col("num"), pl.col("number")
    return ((pl.col("state") == "value") & t.is_in(NUMERIC)
            & ((number.abs() >= MAX_EXACT)
               | (pl.col("fraction") & ((number < 0) | (number > 1)))
               | ((t == "integer") & (n != n.floor()))
               | (n < pl.col("low")).fill_null(False) | (n > pl.col("high")).fill_null(False)))


def parse_column(frame: pl.DataFrame, measures: dict[str, Measure], conv: Convention | None
                 ) -> pl.DataFrame | None:
    """``frame`` (``measure``, ``value`` and the columns of :func:`measure_table`) with ``state``,
    ``num`` and ``txt``; None when any value is not valid for its measure."""
    t, v, s, low = pl.col("type"), pl.col("value"), pl.col("s"), pl.col("low_")
    number, day, percent = pl.col("number"), pl.col("day"), pl.col("percent")
    read = (  # in steps: each column is computed once; one query plan
        frame.lazy().with_columns(s=v.str.strip_chars(" \t"), ascii=v.str.contains(_ASCII))
        .with_columns(low_=s.str.to_lowercase(), percent=(t == "percentage") & s.str.ends_with("%"))
        .with_columns(
            body=_squashed(pl.when(percent).then(s.str.strip_chars_end("%").str.strip_chars(" \t"))
                           .otherwise(s)),
            day=pl.when((t == "date") & s.str.contains(_DATE)).then(s)
            .str.to_date("%d-%m-%Y", strict=False))
        .with_columns(number=_number(pl.col("body"), conv, t == "integer")
                      .cast(pl.Float64, strict=False))
        .with_columns(number=pl.when(number == 0).then(0.0).otherwise(number))  # -0 is 0
        .with_columns(
            state=pl.when(~pl.col("ascii")).then(None).when(s == "").then(pl.lit("empty"))
            .when(low.is_in(sorted(NVT))).then(pl.lit("nvt"))
            .when((t == "boolean") & low.is_in(sorted(TRUE | FALSE))).then(pl.lit("value"))
            .when((t == "date") & day.is_not_null()).then(pl.lit("value"))
            .when(t.is_in(NUMERIC) & number.is_not_null()).then(pl.lit("value")),
            fraction=pl.col("fraction") & ~percent & (t == "percentage"))
        .with_columns(
            num=pl.when(pl.col("state") != "value").then(None)
            .when(t == "boolean").then(low.is_in(sorted(TRUE)).cast(pl.Float64))
            .when(t == "date").then((day.cast(pl.Int64) + _ORDINAL_1970).cast(pl.Float64))
            .when(pl.col("fraction")).then(number * 100).otherwise(number),
            txt=pl.when((pl.col("state") == "value") & (t == "date")).then(day.dt.to_string("%Y-%m-%d")))
        .with_columns(bad=_invalid().fill_null(False))
        .collect()
    )
    if read["bad"].any():
        return None
    rest = read.filter(pl.col("state").is_null()).select("measure", "value").unique()
    if rest.is_empty():
        return read.drop(*_STEPS, "bad")
    parsed = []
    for measure, text in rest.iter_rows():
        try:
            p = parse_value(text, measures[measure], conv)
        except ValueProblem:
            return None
        parsed.append((measure, text, p.state, p.num, p.txt))
    by_text = pl.DataFrame(parsed, orient="row",
                           schema={"measure": pl.String, "value": pl.String} | _PARSED)
    return (read.join(by_text, on=["measure", "value"], how="left", suffix="_py",
                      maintain_order="left")
            .with_columns(pl.coalesce(f"{c}_py", c).alias(c) for c in _PARSED)
            .drop(*_STEPS, "bad", *(f"{c}_py" for c in _PARSED)))
