"""Validation of a run's facts: row-level GX suites, then cross-fact checks.

Every input fact lands in exactly one of `valid` or `quarantined`: a fact failing any check
is held back with every reason it failed, never dropped. Cross-fact checks see only facts
that passed the row checks, so a garbled figure cannot drag a good neighbour into
quarantine.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from expectations.cross_checks import cross_check
from expectations.suites import ROW_ID, check_frame, run_suites
from transforms import schema

STAGE = "validate"


@dataclass
class ValidationOutcome:
    valid: pl.DataFrame  # schema.FACTS rows that passed every row-level and cross-fact check
    quarantined: pl.DataFrame  # schema.QUARANTINE rows (stage='validate', check_name, reason, payload=fact JSON)
    results: pl.DataFrame  # schema.VALIDATION_RESULTS: one row per expectation / check evaluated
    flagged_documents: pl.DataFrame  # doc_key, reason: documents whose facts contradict each other


def validate(facts: pl.DataFrame, documents: pl.DataFrame) -> ValidationOutcome:
    """Check `facts` (schema.FACTS) against themselves and their `documents` (schema.DOCUMENTS,
    text included)."""
    facts = facts.select(list(schema.FACTS)).cast(schema.FACTS)
    frame = check_frame(facts, documents)
    suite_run = run_suites(frame)

    row_failed = suite_run.failures.select(ROW_ID).unique()
    row_passed = frame.join(row_failed, on=ROW_ID, how="anti")
    cross = cross_check(row_passed.select(list(schema.FACTS)), documents)
    cross_failed = (
        row_passed.select(ROW_ID, "doc_key", "fact_index")
        .join(cross.failures, on=["doc_key", "fact_index"])
        .select(ROW_ID, "check_name", "reason")
    )

    failures = pl.concat([suite_run.failures, cross_failed.cast(suite_run.failures.schema)])
    # One quarantine row per fact: the first check it failed names it; the reason lists all.
    per_fact = failures.group_by(ROW_ID, maintain_order=True).agg(
        pl.col("check_name").first(),
        pl.col("reason").unique(maintain_order=True).str.join("; "),
    )
    source_paths = documents.select("doc_key", "source_path").unique("doc_key", keep="first")
    quarantined = (
        frame.join(per_fact, on=ROW_ID)
        .sort(ROW_ID)
        .join(source_paths, on="doc_key", how="left", maintain_order="left")
        .select(
            "doc_key",
            "source_path",
            pl.lit(STAGE).alias("stage"),
            "check_name",
            "reason",
            pl.struct(list(schema.FACTS)).struct.json_encode().alias("payload"),
        )
        .cast(schema.QUARANTINE)
    )
    valid = frame.join(per_fact.select(ROW_ID), on=ROW_ID, how="anti").sort(ROW_ID).select(list(schema.FACTS))

    assert valid.height + quarantined.height == facts.height, (
        f"validation lost facts: {facts.height} in, {valid.height} valid + {quarantined.height} quarantined"
    )
    return ValidationOutcome(
        valid=valid.cast(schema.FACTS),
        quarantined=quarantined,
        results=pl.concat([suite_run.results, cross.results]),
        flagged_documents=cross.flagged_documents,
    )
