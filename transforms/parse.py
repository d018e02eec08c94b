"""The batch entry point of the parse stage: a frame of decoded documents in, the frames out.

One call handles a whole batch (thousands of documents); the per-document work is the pure
extractors in `facts` and `document`. A document whose parsing raises is quarantined with the
error, never dropped and never allowed to stop the batch.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import polars as pl

from transforms import schema
from transforms.document import extract_document
from transforms.facts import extract_facts


@dataclass
class ParsedBatch:
    documents: pl.DataFrame  # schema.DOCUMENTS, metadata filled where the text shows it
    facts: pl.DataFrame  # schema.FACTS
    organisations: pl.DataFrame  # schema.ORGANISATIONS
    events: pl.DataFrame  # schema.EVENTS
    people: pl.DataFrame  # schema.PEOPLE
    quarantine: pl.DataFrame  # schema.QUARANTINE, stage 'parse'

    @classmethod
    def concat(cls, batches: list["ParsedBatch"]) -> "ParsedBatch":
        """One batch out of many (the flow's tasks each return one)."""
        schemas = {
            "documents": schema.DOCUMENTS,
            "facts": schema.FACTS,
            "organisations": schema.ORGANISATIONS,
            "events": schema.EVENTS,
            "people": schema.PEOPLE,
            "quarantine": schema.QUARANTINE,
        }
        return cls(
            **{
                name: pl.concat([schema.empty(cols)] + [getattr(b, name) for b in batches], how="vertical")
                for name, cols in schemas.items()
            }
        )


def _parse_datetime(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def parse_batch(docs: pl.DataFrame) -> ParsedBatch:
    """Parse every document of `docs` (schema.DOCUMENTS, text decoded) into the stage's frames."""
    facts: list[dict] = []
    organisations: list[dict] = []
    events: list[dict] = []
    people: list[dict] = []
    quarantine: list[dict] = []
    metadata: list[dict] = []
    for row in docs.select("doc_key", "source_path", "text").iter_rows(named=True):
        doc_key, text = row["doc_key"], row["text"] or ""
        try:
            doc_facts = extract_facts(text)
            document = extract_document(text, details=True)
        except Exception as error:  # one bad document must not stop the batch
            quarantine.append(
                {
                    "doc_key": doc_key,
                    "source_path": row["source_path"],
                    "stage": "parse",
                    "check_name": "parser_error",
                    "reason": f"{type(error).__name__}: {error}",
                    "payload": json.dumps({"chars": len(text)}),
                }
            )
            continue
        facts.extend({"doc_key": doc_key, "fact_index": i, **f} for i, f in enumerate(doc_facts))
        organisations.extend(
            {"doc_key": doc_key, "org_index": i, **o} for i, o in enumerate(document["organisations"])
        )
        events.extend(
            {
                "doc_key": doc_key,
                "event_index": i,
                **e,
                "start_date": e.get("start_date") and datetime.fromisoformat(e["start_date"]).date(),
                "end_date": e.get("end_date") and datetime.fromisoformat(e["end_date"]).date(),
            }
            for i, e in enumerate(document["events"])
        )
        people.extend(
            {"doc_key": doc_key, "person_index": i, **p} for i, p in enumerate(document["people"])
        )
        metadata.append(
            {
                "doc_key": doc_key,
                "parsed_title": document.get("title"),
                "parsed_published_at": _parse_datetime(document.get("published_at")),
                "parsed_source_site": document.get("source_site"),
                "parsed_author": document.get("author"),
            }
        )

    failed = {q["doc_key"] for q in quarantine}
    parsed_meta = pl.DataFrame(
        metadata,
        schema={
            "doc_key": pl.String,
            "parsed_title": pl.String,
            "parsed_published_at": pl.Datetime("us"),
            "parsed_source_site": pl.String,
            "parsed_author": pl.String,
        },
    )
    # What the input states (a JSONL record's own title, date) wins over what the text shows.
    documents = (
        docs.filter(~pl.col("doc_key").is_in(list(failed)))
        .join(parsed_meta, on="doc_key", how="left")
        .with_columns(
            pl.coalesce("title", "parsed_title").alias("title"),
            pl.coalesce("published_at", "parsed_published_at").alias("published_at"),
            pl.coalesce("source_site", "parsed_source_site").alias("source_site"),
            pl.coalesce("author", "parsed_author").alias("author"),
        )
        .select(list(schema.DOCUMENTS))
        .cast(schema.DOCUMENTS)
    )
    return ParsedBatch(
        documents=documents,
        facts=schema.conform(facts, schema.FACTS),
        organisations=schema.conform(organisations, schema.ORGANISATIONS),
        events=schema.conform(
            [{k: e.get(k) for k in schema.EVENTS} for e in events], schema.EVENTS
        ),
        people=schema.conform(
            [{k: p.get(k) for k in schema.PEOPLE} for p in people], schema.PEOPLE
        ),
        quarantine=schema.conform(quarantine, schema.QUARANTINE),
    )
