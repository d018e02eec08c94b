"""The solieu flow: discover -> read -> parse -> validate -> load -> publish.

Orchestration only: every step's logic lives in transforms/, expectations/ or warehouse/.
Tasks work on batches of thousands of documents; only the I/O tasks retry.
"""

from __future__ import annotations

from flows.settings import configure_prefect_env

configure_prefect_env()

import subprocess  # noqa: E402
import uuid  # noqa: E402
from datetime import datetime, timezone  # noqa: E402
from pathlib import Path  # noqa: E402

import polars as pl  # noqa: E402
from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.artifacts import create_markdown_artifact, create_table_artifact  # noqa: E402

from flows import inputs, settings  # noqa: E402
from transforms import schema  # noqa: E402
from transforms.parse import ParsedBatch, parse_batch  # noqa: E402
from warehouse.faults import crash_point  # noqa: E402

DEFAULT_BATCH_SIZE = 2000
DEFAULT_MAX_QUARANTINE_SHARE = 0.25


class RunFailed(RuntimeError):
    """The run stopped on purpose (too much bad data); why is recorded in etl_run."""


def code_version() -> str:
    """The git commit the code runs from, or the package version outside a checkout."""
    try:
        out = subprocess.run(
            ["git", "-C", str(settings.PROJECT_ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            timeout=5,
        )
        if out.returncode == 0 and out.stdout.strip():
            return out.stdout.strip()
    except OSError:
        pass
    from importlib.metadata import version

    return version("solieu")


def classify_files(files: pl.DataFrame, known: pl.DataFrame) -> pl.DataFrame:
    """Each scanned file as new, changed or unchanged against the files earlier runs recorded."""
    return (
        files.join(
            known.select("source_path", pl.col("file_sha256").alias("known_sha256"), "doc_count"),
            on="source_path",
            how="left",
        )
        .with_columns(
            pl.when(pl.col("known_sha256").is_null())
            .then(pl.lit("new"))
            .when(pl.col("known_sha256") != pl.col("file_sha256"))
            .then(pl.lit("changed"))
            .otherwise(pl.lit("unchanged"))
            .alias("outcome")
        )
        .drop("known_sha256")
    )


def account_documents(
    classified: pl.DataFrame, parsed: ParsedBatch, rejected: pl.DataFrame
) -> tuple[pl.DataFrame, dict]:
    """The file ledger of this run (each file with its document count) and the run's document
    counts, such that seen = loaded + unchanged + quarantined.

    A document is one input item: a .txt/.html file or a JSONL line. `rejected` holds the inputs
    held back whole before parsing (unreadable paths at discovery, undecodable files or lines)."""
    decoded_rejects = rejected.filter(pl.col("stage") == "decode")
    per_file = (
        pl.concat(
            [
                parsed.documents.select("source_path"),
                decoded_rejects.select("source_path"),
                parsed.quarantine.select("source_path"),
            ]
        )
        .group_by("source_path")
        .len("parsed_count")
    )
    ledger = (
        classified.join(per_file, on="source_path", how="left")
        .with_columns(
            pl.when(pl.col("outcome") == "unchanged")
            .then(pl.col("doc_count"))  # what the file held when it was last parsed
            .otherwise(pl.col("parsed_count"))
            .fill_null(0)
            .alias("doc_count")
        )
        .drop("parsed_count")
    )
    loaded_by_outcome = parsed.documents.join(ledger.select("source_path", "outcome"), on="source_path").group_by(
        "outcome"
    ).len()
    loaded = dict(loaded_by_outcome.iter_rows())
    counts = {
        "files_seen": classified.height,
        # discovery problems (a symlink loop) have no file row but are inputs seen all the same
        "docs_seen": int(ledger["doc_count"].sum() or 0) + rejected.height - decoded_rejects.height,
        "docs_new": loaded.get("new", 0),
        "docs_changed": loaded.get("changed", 0),
        "docs_unchanged": int(ledger.filter(pl.col("outcome") == "unchanged")["doc_count"].sum() or 0),
        "docs_loaded": parsed.documents.height,
        "docs_quarantined": rejected.height + parsed.quarantine.height,
    }
    return ledger, counts


@task(name="scan inputs", retries=2, retry_delay_seconds=2)
def scan_task(raw_dir: Path) -> tuple[pl.DataFrame, pl.DataFrame]:
    return inputs.scan(raw_dir)


@task(name="read and parse batch", retries=2, retry_delay_seconds=2)
def read_and_parse_task(files: pl.DataFrame) -> tuple[ParsedBatch, pl.DataFrame]:
    """Read a batch of files and parse their documents. Returns the parsed frames and the
    decode quarantine. The retry covers the read; parsing is pure and deterministic."""
    documents, rejected = inputs.read_documents(files)
    parsed = parse_batch(documents)
    crash_point("parse")
    return parsed, rejected


@task(name="validate facts")
def validate_task(facts: pl.DataFrame, documents: pl.DataFrame):
    from expectations.validate import validate

    return validate(facts, documents)


@task(name="load warehouse", retries=1, retry_delay_seconds=5)
def load_task(warehouse_path: Path, batch) -> dict:
    from expectations.sql_checks import run_sql_checks
    from warehouse.store import Warehouse

    return Warehouse(warehouse_path).load_run(batch, sql_checks=run_sql_checks)


@task(name="publish exports", retries=2, retry_delay_seconds=2)
def publish_task(warehouse_path: Path) -> dict:
    from warehouse.publish import publish

    return publish(
        warehouse_path,
        settings.exports_dir_for(warehouse_path),
        settings.published_path_for(warehouse_path),
    )


def _batches(frame: pl.DataFrame, size: int) -> list[pl.DataFrame]:
    return [frame.slice(offset, size) for offset in range(0, frame.height, size)]


def _summary_markdown(run: dict, outputs: dict) -> str:
    rows = "\n".join(f"| {k} | {v} |" for k, v in run.items() if k not in ("message",))
    where = "\n".join(f"- {k}: `{v}`" for k, v in outputs.items())
    return f"# solieu run {run['run_id']}\n\n| field | value |\n|---|---|\n{rows}\n\n{where}\n"


@flow(name="solieu", log_prints=True)
def solieu_flow(
    raw_dir: str = str(settings.DEFAULT_RAW_DIR),
    warehouse_path: str = str(settings.DEFAULT_WAREHOUSE),
    batch_size: int = DEFAULT_BATCH_SIZE,
    prune: bool = False,
    max_quarantine_share: float = DEFAULT_MAX_QUARANTINE_SHARE,
    wait_for_lock: bool = False,
) -> dict:
    """Load every new or changed article under `raw_dir` into the warehouse, then publish."""
    from warehouse.store import RunBatch, Warehouse

    logger = get_run_logger()
    raw = Path(raw_dir)
    db_path = Path(warehouse_path)
    wh = Warehouse(db_path)
    run = {
        "run_id": str(uuid.uuid4()),
        "started_at": datetime.now(timezone.utc).replace(tzinfo=None),
        "code_version": code_version(),
        "raw_dir": str(raw),
    }
    with wh.writer_lock(wait=wait_for_lock):
        files, scan_problems = scan_task(raw)
        known = wh.known_files()
        classified = classify_files(files, known)
        to_parse = classified.filter(pl.col("outcome") != "unchanged")
        logger.info(
            "%d files: %d to parse, %d unchanged",
            classified.height,
            to_parse.height,
            classified.height - to_parse.height,
        )

        futures = [read_and_parse_task.submit(batch) for batch in _batches(to_parse, batch_size)]
        results = []
        for number, future in enumerate(futures, 1):  # progress on long runs, batch by batch
            parsed_batch, rejected = future.result()
            results.append((parsed_batch, rejected))
            logger.info(
                "batch %d/%d parsed: %d documents, %d facts, %d inputs rejected",
                number, len(futures), parsed_batch.documents.height, parsed_batch.facts.height,
                rejected.height + parsed_batch.quarantine.height,
            )
        parsed = ParsedBatch.concat([parsed for parsed, _ in results])
        rejected_inputs = pl.concat(
            [schema.empty(schema.QUARANTINE), scan_problems] + [rejected for _, rejected in results],
            how="vertical",
        )

        outcome = validate_task(parsed.facts, parsed.documents)
        quarantine = pl.concat(
            [rejected_inputs, parsed.quarantine, outcome.quarantined], how="vertical"
        )

        ledger, counts = account_documents(classified, parsed, rejected_inputs)
        facts_extracted = parsed.facts.height
        run.update(
            **counts,
            facts_extracted=facts_extracted,
            facts_loaded=outcome.valid.height,
            facts_quarantined=outcome.quarantined.height,
        )
        share = outcome.quarantined.height / facts_extracted if facts_extracted else 0.0
        if share > max_quarantine_share:
            run.update(
                ended_at=datetime.now(timezone.utc).replace(tzinfo=None),
                status="failed",
                message=(
                    f"{share:.1%} of extracted facts failed validation, above the "
                    f"{max_quarantine_share:.0%} threshold; nothing was loaded"
                ),
            )
            wh.record_failed_run(run, quarantine=quarantine, validation_results=outcome.results)
            raise RunFailed(run["message"])

        run.update(status="succeeded", message=None, ended_at=datetime.now(timezone.utc).replace(tzinfo=None))
        batch = RunBatch(
            run=run,
            files=ledger.select("source_path", "file_sha256", "byte_size", "outcome", "doc_count"),
            documents=parsed.documents,
            facts=outcome.valid,
            organisations=parsed.organisations,
            events=parsed.events,
            people=parsed.people,
            quarantine=quarantine,
            validation_results=outcome.results,
            flagged_documents=outcome.flagged_documents,
            # files earlier runs loaded that are gone from raw_dir now
            prune_sources=known.join(classified, on="source_path", how="anti")["source_path"].to_list()
            if prune
            else [],
        )
        load_task(db_path, batch)
        outputs = publish_task(db_path)

    create_markdown_artifact(
        key="solieu-run-summary", markdown=_summary_markdown(run, outputs), description="solieu run summary"
    )
    if outcome.results.height:
        create_table_artifact(
            key="solieu-validation",
            table=outcome.results.select("suite", "expectation", "success", "unexpected_count").to_dicts(),
            description="validation results of this run",
        )
    return {**run, "outputs": {k: str(v) for k, v in outputs.items()}}
