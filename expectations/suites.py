"""The Great Expectations suites over numeric facts, as code, and the one call that runs them.

Suites: `facts_common` (every fact: nulls, code sets, the grain, spans, integral counts,
percentage ranges) and one per measure family (`facts_congress`, `facts_membership`,
`facts_actions`, `facts_ratings`: plausible bounds per measure). Every suite runs once over
ALL facts of a run: a family's expectations select their rows with a row condition, so
the GX warm-up is paid once per call, never per document.

Each expectation is declared here as a `Check` (plain data) and only turned into a GX
object inside `run_suites`, so importing this module does not import great_expectations.
GX has no Polars support and its DuckDB path is broken, so the frame is handed over as
pandas at that one boundary.
"""

from __future__ import annotations

import json
import math
import logging
import os
from dataclasses import dataclass, field

import polars as pl

from transforms import schema

# Which rows an expectation looks at: (column, operator, value) triples, all of which must
# hold. Operators: "==", "!=", "in", "not_in".
Condition = tuple[tuple[str, str, object], ...]


@dataclass(frozen=True)
class Check:
    name: str  # the check_name of a quarantined fact and the expectation of a result row
    reason: str  # what a person reads; formatted with the offending row's columns
    expectation: str  # the GX expectation class, e.g. "ExpectColumnValuesToBeBetween"
    kwargs: dict = field(default_factory=dict)
    where: Condition = ()


# A span must cover the number phrase: a digit, or a Vietnamese number word ("chín đảng
# viên", "một tổ chức", "hai mươi", "1,2 triệu").
NUMBER_IN_SPAN = (
    r"(?i)\d|\b(?:một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|bẩy|tám|chín|mười|mươi|"
    r"trăm|nghìn|ngàn|vạn|triệu|tỷ|tỉ|chục|linh|lẻ|rưỡi|nửa|đôi)\b"
)

# Count ceilings per measure: (lowest, highest) a real article can state, with why.
# Changes of a count are signed and checked against (-highest, highest).
COUNT_BOUNDS: dict[str, tuple[int, int]] = {
    # A congress seats tens to ~1,600 delegates (the national congress), but attendees
    # of an online conference are `delegates` too (FACTS rule 5) and the national online
    # conferences on a resolution report over a million; zero delegates is never stated.
    "delegates": (1, 2_000_000),
    # The whole Party: 5.3 million members in 2021, near 6 million by 2025; subsets
    # (women, probationary members) and small cells are levels too.
    "party_members": (0, 7_000_000),
    # About 52,000 grassroots organisations nationally (2015-2025).
    "grassroots_orgs": (0, 100_000),
    # Cells under grassroots committees: a few hundred thousand nationally.
    "party_cells": (0, 500_000),
    # Organisations inspected, founded, merged in a year or a term: at most every
    # organisation in the country (grassroots plus cells).
    "party_orgs": (0, 1_000_000),
    # Admissions: about 200,000 a year nationally, about a million in a five-year term.
    "members_admitted": (0, 2_000_000),
    # Commendations incl. Party membership badges: hundreds of thousands a year nationally.
    "awards": (0, 2_000_000),
    # The Central Committee (the largest executive committee) has 180 members plus 20
    # alternates; provincial ones 50-70.
    "executive_committee_size": (1, 250),
    # The Politburo has 16-19 members and a provincial standing committee 13-17; 60 leaves
    # room for any real body without letting an executive committee size through.
    "standing_committee_size": (1, 60),
    # A congress presidium: 3-5 at grassroots level, ~17 at the national congress.
    "presidium_size": (1, 60),
    # Delegates elected to the next congress: the national congress seats ~1,600 in all.
    "delegates_elected": (1, 5_000),
    # Anything else counted (households, voters, documents): the national electorate is
    # ~70 million; the ceiling only catches garbage such as joined digit runs.
    "other": (0, 200_000_000),
}

FAMILIES: dict[str, tuple[str, ...]] = {
    "facts_congress": (
        "delegates",
        "executive_committee_size",
        "standing_committee_size",
        "presidium_size",
        "delegates_elected",
    ),
    "facts_membership": ("party_members", "grassroots_orgs", "party_cells"),
    "facts_actions": ("party_orgs", "members_admitted", "awards", "other"),
    "facts_ratings": ("orgs_rated_good_pct", "members_rated_good_pct"),
}

RATING_MEASURES = FAMILIES["facts_ratings"]

# Columns the GX frame carries beyond schema.FACTS, computed at the boundary.
ROW_ID = "row_id"  # position in the input frame: maps GX's unexpected rows back
DERIVED = ("doc_len", "span_text", "value_fraction")

_REQUIRED = ("doc_key", "fact_index", "measure", "value", "unit", "kind", "qualifier", "noun", "start", "end", "quote")


def _common_checks() -> list[Check]:
    checks = [
        Check(f"not_null_{col}", f"{col} is missing", "ExpectColumnValuesToNotBeNull", {"column": col})
        for col in _REQUIRED
    ]
    checks += [
        Check(
            "measure_code",
            "measure '{measure}' is not a measure code of FACTS.md",
            "ExpectColumnValuesToBeInSet",
            {"column": "measure", "value_set": list(schema.MEASURES)},
        ),
        Check(
            "unit_code",
            "unit '{unit}' is not one of count, percent",
            "ExpectColumnValuesToBeInSet",
            {"column": "unit", "value_set": list(schema.UNITS)},
        ),
        Check(
            "kind_code",
            "kind '{kind}' is not one of " + ", ".join(schema.KINDS),
            "ExpectColumnValuesToBeInSet",
            {"column": "kind", "value_set": list(schema.KINDS)},
        ),
        Check(
            "qualifier_code",
            "qualifier '{qualifier}' is not one of " + ", ".join(schema.QUALIFIERS),
            "ExpectColumnValuesToBeInSet",
            {"column": "qualifier", "value_set": list(schema.QUALIFIERS)},
        ),
        Check(
            "measure_unit_allowed",
            "{measure} cannot take unit {unit}",
            "ExpectColumnPairValuesToBeInSet",
            {
                "column_A": "measure",
                "column_B": "unit",
                "value_pairs_set": [(m, u) for m, units in schema.MEASURE_UNITS.items() for u in units],
                "ignore_row_if": "either_value_is_missing",
            },
        ),
        Check(
            "grain_unique",
            "(doc_key, fact_index) = ({doc_key}, {fact_index}) appears more than once",
            "ExpectCompoundColumnsToBeUnique",
            {"column_list": ["doc_key", "fact_index"]},
        ),
        Check(
            "fact_has_document",
            "no document {doc_key} in the run to check the span against",
            "ExpectColumnValuesToNotBeNull",
            {"column": "doc_len"},
        ),
        Check(
            "span_start_non_negative",
            "span start {start} is negative",
            "ExpectColumnValuesToBeBetween",
            {"column": "start", "min_value": 0},
        ),
        Check(
            "span_ordered",
            "span end {end} is not after start {start}",
            "ExpectColumnPairValuesAToBeGreaterThanB",
            {"column_A": "end", "column_B": "start", "or_equal": False, "ignore_row_if": "either_value_is_missing"},
        ),
        Check(
            "span_inside_text",
            "span end {end} is past the end of the text ({doc_len} characters)",
            "ExpectColumnPairValuesAToBeGreaterThanB",
            {"column_A": "doc_len", "column_B": "end", "or_equal": True, "ignore_row_if": "either_value_is_missing"},
        ),
        Check(
            "span_holds_number",
            "the text at the span ({span_text!r}) holds no digit or number word",
            "ExpectColumnValuesToMatchRegex",
            {"column": "span_text", "regex": NUMBER_IN_SPAN},
        ),
        Check(
            "count_is_integer",
            "count is not an integer: {measure} {value}",
            "ExpectColumnValuesToBeBetween",
            # value_fraction = |value - round(value)|; a count's is 0 (float noise aside)
            {"column": "value_fraction", "min_value": 0, "max_value": 1e-9},
            (("unit", "==", "count"),),
        ),
        Check(
            "percent_level_0_100",
            "percentage {value}% is outside 0-100 ({measure}, {kind})",
            "ExpectColumnValuesToBeBetween",
            {"column": "value", "min_value": 0, "max_value": 100},
            (("unit", "==", "percent"), ("kind", "in", ["actual", "target"])),
        ),
        Check(
            "percent_attainment_0_1000",
            # "đạt 102,2% chỉ tiêu", "vượt 25%" (125); ten times the quota is a misreading
            "attainment {value}% is outside 0-1000 ({measure})",
            "ExpectColumnValuesToBeBetween",
            {"column": "value", "min_value": 0, "max_value": 1000},
            (("unit", "==", "percent"), ("kind", "==", "attainment")),
        ),
        Check(
            "percent_change_-100_1000",
            # a fall cannot exceed 100%; a rise of 1000% (elevenfold) is beyond any real level
            "percentage change {value}% is outside -100..1000 ({measure})",
            "ExpectColumnValuesToBeBetween",
            {"column": "value", "min_value": -100, "max_value": 1000},
            (("unit", "==", "percent"), ("kind", "==", "change")),
        ),
    ]
    return checks


def _family_checks(measures: tuple[str, ...]) -> list[Check]:
    checks: list[Check] = []
    for measure in measures:
        if measure in RATING_MEASURES:
            checks += [
                Check(
                    f"{measure}_is_percent",
                    "{measure} must be a percentage, not unit {unit}",
                    "ExpectColumnValuesToBeInSet",
                    {"column": "unit", "value_set": ["percent"]},
                    (("measure", "==", measure),),
                ),
                Check(
                    f"{measure}_change_-100_100",
                    # a share of 0-100 cannot move by more than 100 points
                    "{measure} change {value} is outside -100..100",
                    "ExpectColumnValuesToBeBetween",
                    {"column": "value", "min_value": -100, "max_value": 100},
                    (("measure", "==", measure), ("kind", "==", "change")),
                ),
            ]
            continue
        low, high = COUNT_BOUNDS[measure]
        checks += [
            Check(
                f"{measure}_count_{low}_{high}",
                f"{{measure}} {{value}} is outside the plausible {low:,}..{high:,}",
                "ExpectColumnValuesToBeBetween",
                {"column": "value", "min_value": low, "max_value": high},
                (("measure", "==", measure), ("unit", "==", "count"), ("kind", "!=", "change")),
            ),
            Check(
                f"{measure}_count_change_within_{high}",
                f"{{measure}} change {{value}} is beyond ±{high:,}",
                "ExpectColumnValuesToBeBetween",
                {"column": "value", "min_value": -high, "max_value": high},
                (("measure", "==", measure), ("unit", "==", "count"), ("kind", "==", "change")),
            ),
        ]
    return checks


def suites() -> dict[str, list[Check]]:
    """Suite name -> its checks, in the order they run."""
    out = {"facts_common": _common_checks()}
    out.update({name: _family_checks(measures) for name, measures in FAMILIES.items()})
    return out


def check_frame(facts: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """`facts` with a row id and the derived columns the expectations read (doc_len,
    span_text, value_fraction)."""
    texts = documents.select("doc_key", pl.col("text").alias("_text")).unique("doc_key", keep="first")
    span_ok = (
        pl.col("start").is_not_null()
        & pl.col("end").is_not_null()
        & (pl.col("start") >= 0)
        & (pl.col("end") > pl.col("start"))
    )
    return (
        facts.with_row_index(ROW_ID)
        .with_columns(pl.col(ROW_ID).cast(pl.Int64))
        .join(texts, on="doc_key", how="left")
        .sort(ROW_ID)
        .with_columns(
            pl.col("_text").str.len_chars().cast(pl.Int64).alias("doc_len"),
            pl.when(span_ok)
            .then(pl.col("_text").str.slice(pl.col("start"), pl.col("end") - pl.col("start")))
            .otherwise(None)
            .alias("span_text"),
            (pl.col("value") - pl.col("value").round(0)).abs().alias("value_fraction"),
        )
        .drop("_text")
    )


@dataclass
class SuiteRun:
    results: pl.DataFrame  # schema.VALIDATION_RESULTS
    failures: pl.DataFrame  # row_id, check_name, reason: one row per (fact, failed check)


_SAMPLE_COLUMNS = ("doc_key", "fact_index", "measure", "value", "unit", "kind", "qualifier", "start", "end")
SAMPLE_SIZE = 5


def _plain(value):
    """numpy / pandas scalars to JSON-able Python values."""
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def format_value(value) -> str:
    """1124.0 -> '1124', 102.2 -> '102.2': how the article would print it, minus separators."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _reason(template: str, row: dict) -> str:
    shown = {k: format_value(v) if k == "value" else v for k, v in row.items()}
    try:
        return template.format(**shown)
    except (KeyError, ValueError, IndexError):
        return template


def _exception_message(info: dict | None) -> str | None:
    """The error of a result whose metrics raised, else None. GX gives either one
    {"raised_exception", "exception_message"} dict or one such dict per metric."""
    if not info:
        return None
    if "raised_exception" in info:
        return str(info.get("exception_message")) if info.get("raised_exception") else None
    for nested in info.values():
        if isinstance(nested, dict) and nested.get("raised_exception"):
            return str(nested.get("exception_message"))
    return None


def _gx_condition(where: Condition):
    from great_expectations.expectations.row_conditions import Column

    condition = None
    for column, op, value in where:
        col = Column(column)
        part = {
            "==": lambda: col == value,
            "!=": lambda: col != value,
            "in": lambda: col.is_in(value),
            "not_in": lambda: col.is_not_in(value),
        }[op]()
        condition = part if condition is None else condition & part
    return condition


def _silent_context():
    # A batch ETL sends nothing anywhere: analytics off, should this GX build carry them.
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    # GX logs housekeeping ("Created temporary directory ... for ephemeral docs site") at INFO,
    # from a module logger that sets its own level on import.
    logging.getLogger("great_expectations.data_context.types.base").setLevel(logging.WARNING)
    context = gx.get_context(mode="ephemeral")
    # tqdm bars on stderr for every metric would drown the run's log
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    return context


def run_suites(frame: pl.DataFrame) -> SuiteRun:
    """Run every suite over `frame` (from `check_frame`) in one GX batch.

    Returns one result row per expectation and one failure row per (fact, failed check).
    """
    all_suites = suites()
    if frame.height == 0:
        # Nothing to validate: skip the GX warm-up, but still say which checks exist.
        results = schema.conform(
            [
                {"suite": s, "expectation": c.name, "success": True, "unexpected_count": 0, "sample": "[]"}
                for s, checks in all_suites.items()
                for c in checks
            ],
            schema.VALIDATION_RESULTS,
        )
        return SuiteRun(results, pl.DataFrame(schema={ROW_ID: pl.Int64, "check_name": pl.String, "reason": pl.String}))

    import great_expectations as gx  # noqa: F401  (lazy: keeps `import expectations` light)
    import great_expectations.expectations as gxe

    context = _silent_context()
    batch_definition = (
        context.data_sources.add_pandas("facts")
        .add_dataframe_asset("facts")
        .add_batch_definition_whole_dataframe("all_facts")
    )
    pandas_frame = frame.to_pandas()
    batch = batch_definition.get_batch(batch_parameters={"dataframe": pandas_frame})
    rows_by_id = {r[ROW_ID]: r for r in frame.to_dicts()}

    result_rows: list[dict] = []
    failure_rows: list[dict] = []
    for suite_name, checks in all_suites.items():
        suite = gx.ExpectationSuite(name=suite_name)
        for check in checks:
            kwargs = dict(check.kwargs)
            if check.where:
                kwargs["row_condition"] = _gx_condition(check.where)
            suite.add_expectation(getattr(gxe, check.expectation)(**kwargs, meta={"check_name": check.name}))
        by_name = {c.name: c for c in checks}
        validation = batch.validate(
            suite,
            result_format={"result_format": "COMPLETE", "unexpected_index_column_names": [ROW_ID]},
        )
        # GX returns results grouped by metric, not in suite order; report in suite order.
        order = {c.name: i for i, c in enumerate(checks)}
        for result in sorted(validation.results, key=lambda r: order[r.expectation_config.meta["check_name"]]):
            check = by_name[result.expectation_config.meta["check_name"]]
            error = _exception_message(result.exception_info)
            if error is not None:
                # GX could not evaluate the check (a bug in it, not in the data): report it
                # as failed where `solieu validate` shows it, blame no row, keep the others.
                result_rows.append(
                    {
                        "suite": suite_name,
                        "expectation": check.name,
                        "success": False,
                        "unexpected_count": None,
                        "sample": json.dumps([{"error": error}], ensure_ascii=False),
                    }
                )
                continue
            row_ids = sorted(
                {int(_plain(entry[ROW_ID])) for entry in (result.result.get("unexpected_index_list") or [])}
            )
            sample = [
                {
                    **{col: _plain(rows_by_id[i].get(col)) for col in _SAMPLE_COLUMNS},
                    "reason": _reason(check.reason, rows_by_id[i]),
                }
                for i in row_ids[:SAMPLE_SIZE]
            ]
            result_rows.append(
                {
                    "suite": suite_name,
                    "expectation": check.name,
                    "success": bool(result.success),
                    "unexpected_count": len(row_ids),
                    "sample": json.dumps(sample, ensure_ascii=False, default=str),
                }
            )
            failure_rows += [
                {ROW_ID: i, "check_name": check.name, "reason": _reason(check.reason, rows_by_id[i])}
                for i in row_ids
            ]
    return SuiteRun(
        schema.conform(result_rows, schema.VALIDATION_RESULTS),
        pl.DataFrame(
            failure_rows, schema={ROW_ID: pl.Int64, "check_name": pl.String, "reason": pl.String}, strict=False
        ),
    )
