"""Column schemas of the frames that pass between the stages.

Every stage speaks these frames: transforms/ produces them, expectations/ checks them,
warehouse/ loads them. One place, so a renamed column breaks loudly in one spot.

`doc_key` is a document's natural key: its source path relative to the input folder, with
`#L<n>` appended for line n of a `.jsonl` bulk file.
"""

from __future__ import annotations

import polars as pl

# The fields of one fact, in the order FACTS.md prints them (`extract --json`).
FACT_FIELDS = (
    "measure",
    "value",
    "unit",
    "kind",
    "qualifier",
    "noun",
    "period",
    "subject",
    "start",
    "end",
    "quote",
)

UNITS = ("count", "percent")
KINDS = ("actual", "target", "change", "attainment")
QUALIFIERS = ("exact", "more_than", "at_least", "less_than", "at_most", "about")

# measure code -> units it may take (FACTS.md "Measure codes"; a count code also takes
# `percent` for a percentage change of it).
MEASURE_UNITS: dict[str, tuple[str, ...]] = {
    "delegates": ("count", "percent"),
    "party_members": ("count", "percent"),
    "grassroots_orgs": ("count", "percent"),
    "party_cells": ("count", "percent"),
    "party_orgs": ("count", "percent"),
    "members_admitted": ("count", "percent"),
    "orgs_rated_good_pct": ("percent",),
    "members_rated_good_pct": ("percent",),
    "executive_committee_size": ("count", "percent"),
    "standing_committee_size": ("count", "percent"),
    "presidium_size": ("count", "percent"),
    "delegates_elected": ("count", "percent"),
    "awards": ("count", "percent"),
    "other": ("count", "percent"),
}
MEASURES = tuple(MEASURE_UNITS)

ORG_LEVELS = ("central", "province", "bloc", "district", "commune", "grassroots", "cell", "agency")
EVENT_TYPES = ("congress", "conference", "meeting", "working_session", "other")
ROLES = ("chaired", "directed", "attended", "reported", "spoke", "elected", "awarded", "mentioned")

# One row per input document that decoded. Grain: doc_key.
DOCUMENTS = {
    "doc_key": pl.String,
    "source_path": pl.String,
    "content_sha256": pl.String,
    "byte_size": pl.Int64,
    "text": pl.String,
    "title": pl.String,
    "published_at": pl.Datetime("us"),
    "source_site": pl.String,
    "author": pl.String,
    "url": pl.String,
}

# One row per numeric fact stated in a document. Grain: (doc_key, fact_index).
FACTS = {
    "doc_key": pl.String,
    "fact_index": pl.Int32,
    "measure": pl.String,
    "value": pl.Float64,
    "unit": pl.String,
    "kind": pl.String,
    "qualifier": pl.String,
    "noun": pl.String,
    "period": pl.String,
    "subject": pl.String,
    "start": pl.Int32,
    "end": pl.Int32,
    "quote": pl.String,
}

# Organisations an article is about. Grain: (doc_key, org_index).
ORGANISATIONS = {
    "doc_key": pl.String,
    "org_index": pl.Int32,
    "name": pl.String,
    "level": pl.String,
    "province": pl.String,
}

# Events an article reports. Grain: (doc_key, event_index).
EVENTS = {
    "doc_key": pl.String,
    "event_index": pl.Int32,
    "type": pl.String,
    "ordinal": pl.Int32,
    "term_start": pl.Int32,
    "term_end": pl.Int32,
    "start_date": pl.Date,
    "end_date": pl.Date,
    "venue": pl.String,
}

# People named in an article, with their titles and their part in its first event.
# Grain: (doc_key, person_index).
PEOPLE = {
    "doc_key": pl.String,
    "person_index": pl.Int32,
    "name": pl.String,
    "titles": pl.List(pl.String),
    "role": pl.String,
}

# Inputs or facts held back, with the reason. Grain: one row per rejected thing.
QUARANTINE = {
    "doc_key": pl.String,
    "source_path": pl.String,
    "stage": pl.String,  # discover | decode | parse | validate
    "check_name": pl.String,
    "reason": pl.String,
    "payload": pl.String,  # the rejected fact or input line, as JSON
}

# One row per expectation (or cross-fact / SQL check) evaluated in a run.
VALIDATION_RESULTS = {
    "suite": pl.String,
    "expectation": pl.String,
    "success": pl.Boolean,
    "unexpected_count": pl.Int64,
    "sample": pl.String,  # JSON list of offending rows, at most a few
}


def empty(schema: dict) -> pl.DataFrame:
    """An empty frame with the given schema."""
    return pl.DataFrame(schema=schema)


def conform(rows: list[dict], schema: dict) -> pl.DataFrame:
    """Rows (dicts) to a frame with exactly `schema`'s columns and types."""
    if not rows:
        return empty(schema)
    return pl.DataFrame(rows, schema=schema, strict=False)
