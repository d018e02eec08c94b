"""Cross-fact checks: the numbers of one document must agree with each other (pure Polars).

A row-level expectation sees one fact; these see pairs and triples of one document:

- `level_change_adds_up`      level before + stated change = level now (10,732 + 1,072 = 11,804)
- `level_pct_change_matches`  a stated % change against the two levels (120 -> 96 = -20%)
- `admission_attainment_matches`  admitted / target = stated attainment (1,124 of 1,100 = 102.2%)
- `delegates_within_members`  delegates not above the members they represent
- `part_within_whole`         a "trong đó" breakdown not above its parent figure
- `fraction_within_total`     "X/Y" or "X trong tổng số Y": X not above Y

Every check is conservative: it pairs facts only when they are unambiguously about the
same thing (same measure, one value per role in the document or the same sentence, exact
qualifiers for arithmetic). A false alarm quarantines a good fact, a missed pair only
loses a check, so when in doubt a check stays silent. `subject` is not used to pair facts:
extraction names one organisation in several forms ("Đảng bộ quận", "Quận ủy Lê Chân"),
so requiring equal subjects would silence the checks, and trusting them would pair facts
of different organisations.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import polars as pl

from transforms import schema

SUITE = "cross_fact"

CHECKS: dict[str, str] = {
    "level_change_adds_up": "a stated rise or fall of a level equals the difference of the two levels",
    "level_pct_change_matches": "a stated percentage change matches the two levels, to the stated decimals",
    "admission_attainment_matches": "admitted / admission target matches the stated attainment",
    "delegates_within_members": "delegates are not more than the members they represent",
    "part_within_whole": "a 'trong đó' part is not above its whole",
    "fraction_within_total": "in 'X/Y' or 'X trong tổng số Y', X is not above Y",
}

# Levels that rise and fall: the size of an organisation (FACTS rule 1).
LEVEL_MEASURES = ("party_members", "grassroots_orgs", "party_cells")

# A reference period the change is measured from: a year or a term ("2011-2015").
YEAR_OR_TERM = r"^\d{4}(\s*[-–]\s*\d{4})?$"
TERM = r"^\d{4}\s*[-–]\s*\d{4}$"

# "khoảng 500", "gần 500", "xấp xỉ 500": the true figure may differ by this share.
ABOUT_SLACK = 0.25

PART_MARKER = r"(?i)\btrong (?:số )?đó\b"
FRACTION_GAP = r"(?i)^(?:\s*/\s*|[^\d.;!?]{0,80}\btrong tổng số\s*)$"

FAILURE_SCHEMA = {"doc_key": pl.String, "fact_index": pl.Int32, "check_name": pl.String, "reason": pl.String}


@dataclass
class CrossCheckRun:
    failures: pl.DataFrame  # FAILURE_SCHEMA: one row per (fact, failed check)
    results: pl.DataFrame  # schema.VALIDATION_RESULTS, one row per check
    flagged_documents: pl.DataFrame  # doc_key, reason


def _low(suffix: str = "") -> pl.Expr:
    """The least the stated figure can mean ("hơn 4.000" is at least 4,000)."""
    value, qualifier = pl.col(f"value{suffix}"), pl.col(f"qualifier{suffix}")
    return (
        pl.when(qualifier.is_in(["exact", "more_than", "at_least"]))
        .then(value)
        .when(qualifier == "about")
        .then(value * (1 - ABOUT_SLACK))
        .otherwise(0.0)
    )


def _high(suffix: str = "") -> pl.Expr:
    """The most the stated figure can mean ("dưới 300" is at most 300; "hơn" is unbounded)."""
    value, qualifier = pl.col(f"value{suffix}"), pl.col(f"qualifier{suffix}")
    return (
        pl.when(qualifier.is_in(["exact", "less_than", "at_most"]))
        .then(value)
        .when(qualifier == "about")
        .then(value * (1 + ABOUT_SLACK))
        .otherwise(float("inf"))
    )


def _tolerance(value: pl.Expr) -> pl.Expr:
    """One unit in the last decimal the text states: -20 -> 1, -2.1 -> 0.1, 102.25 -> 0.01.

    A unit (not half) because writers truncate as often as they round."""
    def whole(scale: float) -> pl.Expr:
        return ((value * scale) - (value * scale).round(0)).abs() < 1e-6

    return (
        pl.when(whole(1)).then(1.0).when(whole(10)).then(0.1).when(whole(100)).then(0.01).otherwise(0.001)
    )


def _num(expr: pl.Expr) -> pl.Expr:
    """A figure for a reason: 1350.0 -> '1350', 102.2 -> '102.2'."""
    return (
        pl.when(expr == expr.round(0))
        .then(expr.round(0).cast(pl.Int64).cast(pl.String))
        .otherwise(expr.round(3).cast(pl.String))
    )


def _signed(expr: pl.Expr) -> pl.Expr:
    return pl.when(expr > 0).then(pl.lit("+") + _num(expr)).otherwise(_num(expr))


def _same_sentence(a: str = "", b: str = "_b") -> pl.Expr:
    """Same quote, and close enough that it is the same occurrence of it (a title repeated
    in the body has the same quote but is another sentence)."""
    return (pl.col(f"quote{a}") == pl.col(f"quote{b}")) & (
        (pl.col(f"start{a}") - pl.col(f"start{b}")).abs() < pl.col(f"quote{a}").str.len_chars()
    )


def _failures(frame: pl.DataFrame, check: str, reason: pl.Expr, suffix: str = "") -> pl.DataFrame:
    return frame.select(
        pl.col("doc_key").cast(pl.String),
        pl.col(f"fact_index{suffix}").cast(pl.Int32).alias("fact_index"),
        pl.lit(check).alias("check_name"),
        reason.cast(pl.String).alias("reason"),
    )


def _one_value_per_role(frame: pl.DataFrame, keys: list[str], name: str) -> pl.DataFrame:
    """Per key, the single value the role has (several mentions of one figure are fine);
    keys where the role has two different values are ambiguous and dropped."""
    return (
        frame.group_by(keys)
        .agg(
            pl.col("value").n_unique().alias("_values"),
            (pl.col("qualifier") != "exact").any().alias("_inexact"),
            pl.col("value").first().alias(f"{name}_value"),
            pl.col("period").first().alias(f"{name}_period"),
        )
        .filter((pl.col("_values") == 1) & ~pl.col("_inexact"))
        .drop("_values", "_inexact")
    )


def _level_changes(facts: pl.DataFrame) -> list[pl.DataFrame]:
    levels = facts.filter(
        pl.col("measure").is_in(LEVEL_MEASURES) & (pl.col("unit") == "count") & (pl.col("kind") == "actual")
    )
    now = _one_value_per_role(levels.filter(pl.col("period").is_null()), ["doc_key", "measure"], "now")
    dated = levels.filter(pl.col("period").is_not_null())
    # One earlier level only: with two dated levels (2010 and 2015) the change's base is unknown.
    single_period = dated.group_by("doc_key", "measure").agg(pl.col("period").n_unique().alias("_p")).filter(
        pl.col("_p") == 1
    )
    before = _one_value_per_role(
        dated.join(single_period.drop("_p"), on=["doc_key", "measure"]).filter(
            pl.col("period").str.contains(YEAR_OR_TERM)
        ),
        ["doc_key", "measure"],
        "before",
    )
    changes = facts.filter(
        pl.col("measure").is_in(LEVEL_MEASURES)
        & (pl.col("kind") == "change")
        & (pl.col("qualifier") == "exact")
        # a change over the term (or undated) spans the two levels; an annual or a
        # one-year change does not
        & (pl.col("period").is_null() | pl.col("period").str.contains(TERM))
    )
    # One stated change per measure and unit, or we cannot tell which change the levels
    # are meant to explain ("giảm 20%" and "giảm 2,1%" side by side).
    unique_change = changes.group_by("doc_key", "measure", "unit").agg(pl.col("value").n_unique().alias("_v")).filter(
        pl.col("_v") == 1
    )
    triples = (
        changes.join(unique_change.drop("_v"), on=["doc_key", "measure", "unit"])
        .join(now, on=["doc_key", "measure"])
        .join(before, on=["doc_key", "measure"])
        .with_columns((pl.col("now_value") - pl.col("before_value")).alias("difference"))
    )
    counts = triples.filter((pl.col("unit") == "count") & ((pl.col("value") - pl.col("difference")).abs() > 1e-6))
    count_failures = _failures(
        counts,
        "level_change_adds_up",
        pl.format(
            "{} change {} does not match levels {} ({}) -> {} (now): difference {}",
            pl.col("measure"),
            _signed(pl.col("value")),
            _num(pl.col("before_value")),
            pl.col("before_period"),
            _num(pl.col("now_value")),
            _signed(pl.col("difference")),
        ),
    )
    percents = triples.filter((pl.col("unit") == "percent") & (pl.col("before_value") > 0)).with_columns(
        (100 * pl.col("difference") / pl.col("before_value")).alias("implied")
    )
    pct_failures = _failures(
        percents.filter((pl.col("value") - pl.col("implied")).abs() > _tolerance(pl.col("value")) + 1e-9),
        "level_pct_change_matches",
        pl.format(
            "{} change {}% does not match levels {} ({}) -> {} (now): {}%",
            pl.col("measure"),
            _signed(pl.col("value")),
            _num(pl.col("before_value")),
            pl.col("before_period"),
            _num(pl.col("now_value")),
            _signed(pl.col("implied").round(2)),
        ),
    )
    return [count_failures, pct_failures]


def _admission_attainment(facts: pl.DataFrame) -> pl.DataFrame:
    admitted = facts.filter(pl.col("measure") == "members_admitted").with_columns(
        pl.col("period").fill_null("").alias("_period")
    )
    keys = ["doc_key", "_period"]
    actual = _one_value_per_role(
        admitted.filter((pl.col("kind") == "actual") & (pl.col("unit") == "count")), keys, "admitted"
    )
    target = _one_value_per_role(
        admitted.filter((pl.col("kind") == "target") & (pl.col("unit") == "count")), keys, "target"
    )
    attainment = admitted.filter(
        (pl.col("kind") == "attainment") & (pl.col("unit") == "percent") & (pl.col("qualifier") == "exact")
    )
    joined = (
        attainment.join(actual, on=keys)
        .join(target, on=keys)
        .filter(pl.col("target_value") > 0)
        .with_columns((100 * pl.col("admitted_value") / pl.col("target_value")).alias("implied"))
        .filter((pl.col("value") - pl.col("implied")).abs() > _tolerance(pl.col("value")) + 1e-9)
    )
    return _failures(
        joined,
        "admission_attainment_matches",
        pl.format(
            "admitted {} of a target of {} is {}%, but the text states {}%",
            _num(pl.col("admitted_value")),
            _num(pl.col("target_value")),
            _num(pl.col("implied").round(2)),
            _num(pl.col("value")),
        ),
    )


def _delegates_within_members(facts: pl.DataFrame, texts: pl.DataFrame) -> pl.DataFrame:
    delegates = facts.filter(
        (pl.col("measure") == "delegates") & (pl.col("unit") == "count") & (pl.col("kind") == "actual")
    ).with_columns(_low().alias("low"))
    members = facts.filter(
        (pl.col("measure") == "party_members")
        & (pl.col("unit") == "count")
        & (pl.col("kind") == "actual")
        & pl.col("period").is_null()
    ).with_columns(_high().alias("high"))
    pairs = delegates.join(members, on="doc_key", suffix="_b")
    # Only within one sentence ("350 đại biểu ... đại diện cho 300 đảng viên"): elsewhere in
    # an article the members may be another organisation's (a province conference citing
    # a cell), and `subject` is too loosely extracted to tell them apart.
    # Against the largest level in the sentence: it may also give a subset
    # ("4.000 đảng viên, trong đó 300 nữ"), which delegates may well exceed.
    # Members given as a breakdown of the delegates ("300 đại biểu, trong đó 120 đảng
    # viên") are attendees mislabelled as a level, not the membership they represent.
    first, last = pl.min_horizontal("end", "end_b"), pl.max_horizontal("start", "start_b")
    worst = (
        pairs.filter(_same_sentence())
        .join(texts, on="doc_key")
        .filter(~pl.col("text").str.slice(first, last - first).str.contains(PART_MARKER).fill_null(False))
        .group_by("doc_key", "fact_index")
        .agg(pl.col("low").first(), pl.col("value").first(), pl.col("high").max(), pl.col("value_b").max())
        .filter(pl.col("low") > pl.col("high"))
    )
    return _failures(
        worst,
        "delegates_within_members",
        pl.format(
            "delegates {} above party_members {} in the same sentence",
            _num(pl.col("value")),
            _num(pl.col("value_b")),
        ),
    )


def _parts_within_whole(facts: pl.DataFrame, texts: pl.DataFrame) -> pl.DataFrame:
    figures = facts.filter(
        (pl.col("unit") == "count") & pl.col("kind").is_in(["actual", "target"]) & (pl.col("value") >= 0)
    ).with_columns(pl.col("noun").str.to_lowercase().str.split(" ").list.first().alias("head"))
    group = ["doc_key", "measure", "kind", "unit"]
    pairs = (
        figures.join(figures, on=group, suffix="_b")
        .filter(
            (pl.col("start_b") >= pl.col("end"))
            & _same_sentence()
            # "other" counts anything: the part must count the same thing ("hộ" / "hộ nghèo")
            & ((pl.col("measure") != "other") | (pl.col("head") == pl.col("head_b")))
        )
        .join(texts, on="doc_key")
        .with_columns(pl.col("text").str.slice(pl.col("end"), pl.col("start_b") - pl.col("end")).alias("gap"))
        .drop("text")
        .filter(pl.col("gap").str.count_matches(PART_MARKER) == 1)
        .with_columns((pl.col("end") + pl.col("gap").str.find(PART_MARKER)).alias("marker"))
    )
    # The whole is the figure right before "trong đó": drop pairs with another figure of
    # the same measure between the candidate whole and the marker.
    between = (
        pairs.select(*group, "fact_index", "fact_index_b", "start", "marker", "quote")
        .join(figures.select(*group, pl.col("start").alias("start_c"), pl.col("quote").alias("quote_c")), on=group)
        .filter(
            (pl.col("start_c") > pl.col("start"))
            & (pl.col("start_c") < pl.col("marker"))
            & (pl.col("quote_c") == pl.col("quote"))
        )
        .select("doc_key", "fact_index", "fact_index_b")
        .unique()
    )
    offending = (
        pairs.join(between, on=["doc_key", "fact_index", "fact_index_b"], how="anti")
        .with_columns(_high().alias("whole_high"), _low("_b").alias("part_low"))
        .filter(pl.col("part_low") > pl.col("whole_high"))
    )
    return _failures(
        offending,
        "part_within_whole",
        pl.format(
            "{} part {} ('trong đó') above its whole {} in the same sentence",
            pl.col("measure"),
            _num(pl.col("value_b")),
            _num(pl.col("value")),
        ),
        suffix="_b",
    )


def _fractions(facts: pl.DataFrame, texts: pl.DataFrame) -> pl.DataFrame:
    ordered = facts.sort("doc_key", "start", "fact_index")
    following = [
        pl.col(c).shift(-1).over("doc_key").alias(f"{c}_b")
        for c in ("fact_index", "measure", "value", "unit", "kind", "qualifier", "start")
    ]
    pairs = (
        ordered.with_columns(following)
        .filter(pl.col("fact_index_b").is_not_null() & (pl.col("start_b") >= pl.col("end")))
        .join(texts, on="doc_key")
        .with_columns(pl.col("text").str.slice(pl.col("end"), pl.col("start_b") - pl.col("end")).alias("gap"))
        .drop("text")
        .filter(
            pl.col("gap").str.contains(FRACTION_GAP)
            & (pl.col("unit") == "count")
            & (pl.col("unit_b") == "count")
            # a quota may be exceeded: "85/80 đảng viên/chỉ tiêu" (FACTS rule 4)
            & (pl.col("kind_b") != "target")
            & (pl.col("kind") != "change")
            & (pl.col("kind_b") != "change")
        )
        .with_columns(_low().alias("part_low"), _high("_b").alias("total_high"))
        .filter(pl.col("part_low") > pl.col("total_high"))
    )
    reason = pl.format(
        "fraction {}/{} ({} of {}): the part is above the total",
        _num(pl.col("value")),
        _num(pl.col("value_b")),
        pl.col("measure"),
        pl.col("measure_b"),
    )
    # Either figure may be the misprint: hold both back.
    return pl.concat([_failures(pairs, "fraction_within_total", reason), _failures(pairs, "fraction_within_total", reason, suffix="_b")])


def cross_check(facts: pl.DataFrame, documents: pl.DataFrame) -> CrossCheckRun:
    """Run every cross-fact check on `facts` (schema.FACTS rows that passed the row checks)."""
    facts = facts.select(list(schema.FACTS)).cast(schema.FACTS)
    texts = documents.select("doc_key", "text").unique("doc_key", keep="first").filter(pl.col("text").is_not_null())
    parts = [
        *_level_changes(facts),
        _admission_attainment(facts),
        _delegates_within_members(facts, texts),
        _parts_within_whole(facts, texts),
        _fractions(facts, texts),
    ]
    failures = pl.concat([schema.empty(FAILURE_SCHEMA)] + [p.cast(FAILURE_SCHEMA) for p in parts]).unique(
        maintain_order=True
    )
    results = []
    for check in CHECKS:
        mine = failures.filter(pl.col("check_name") == check)
        sample = mine.head(5).select("doc_key", "fact_index", "reason").to_dicts()
        results.append(
            {
                "suite": SUITE,
                "expectation": check,
                "success": mine.height == 0,
                "unexpected_count": mine.height,
                "sample": json.dumps(sample, ensure_ascii=False),
            }
        )
    flagged = (
        failures.group_by("doc_key", maintain_order=True)
        .agg(pl.col("reason").unique(maintain_order=True).str.join("; "))
        .select("doc_key", "reason")
    )
    return CrossCheckRun(failures, schema.conform(results, schema.VALIDATION_RESULTS), flagged)
