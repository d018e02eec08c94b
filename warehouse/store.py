"""The warehouse writer: DDL, the writer lock, one transaction per run, the file ledger.

One run is one DuckDB transaction on one connection: either every row of the run is in
the warehouse or none is, so a crash (even kill -9) leaves the last committed state.
Frames go in through Arrow (`con.register` + `INSERT ... SELECT`), never row by row, and
every value from the data is a bound parameter or a registered frame, never SQL text.

Surrogate keys are hashes of natural keys (`natural_key` / `_key_sql`): the first 60 bits
of the MD5 of the key parts joined by U+001F, a NULL part written as U+001E. They are
stable across runs, rebuilds and DuckDB versions, so a re-load never renumbers a
dimension and nothing has to look a key up before inserting a fact. `dim_date` is the
exception: its key is the readable integer YYYYMMDD.
"""

from __future__ import annotations

import contextlib
import fcntl
import getpass
import hashlib
import json
import os
import socket
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

import duckdb
import polars as pl

from transforms import schema
from warehouse.faults import crash_point

DDL_DIR = Path(__file__).resolve().with_name("ddl")

# What each measure code counts (FACTS.md, "Measure codes"); seeds dim_measure.
MEASURE_MEANINGS: dict[str, str] = {
    "delegates": "Delegates or attendees of the event (congress or conference), e.g. 197 đại biểu chính thức.",
    "party_members": "Members of an organisation, subsets such as women or probationary members included (a level).",
    "grassroots_orgs": "Grassroots party organisations of an organisation (chi bộ cơ sở, đảng bộ cơ sở; a level).",
    "party_cells": "Party cells (chi bộ trực thuộc) of an organisation (a level).",
    "party_orgs": "Party organisations named in an action that is not a level: rated, inspected, disciplined, founded, merged, dissolved, consolidated.",
    "members_admitted": "New members admitted (kết nạp); with kind attainment, the share of the admission target reached; in percent, an admission rate.",
    "orgs_rated_good_pct": "Share of party organisations rated good or better (hoàn thành tốt nhiệm vụ trở lên).",
    "members_rated_good_pct": "Share of party members rated good or better (hoàn thành tốt nhiệm vụ trở lên).",
    "executive_committee_size": "Seats of the elected executive committee (Ban Chấp hành).",
    "standing_committee_size": "Seats of the standing committee (Ban Thường vụ).",
    "presidium_size": "Members of the congress presidium (Đoàn Chủ tịch).",
    "delegates_elected": "Delegates elected to the next-level congress, alternates included.",
    "awards": "Commendations by party or state bodies (giấy khen, bằng khen, cờ thi đua, Huy hiệu Đảng), one fact per recipient group.",
    "other": "Anything else that is counted or a share of it; noun says what (households, topics, members inspected, one rating tier).",
}

KEY_SEPARATOR = "\x1f"
NULL_PART = "\x1e"
REPLACED_OUTCOMES = ("new", "changed", "quarantined")
FILE_OUTCOMES = REPLACED_OUTCOMES + ("unchanged",)

# etl_run columns that a run dict may carry (run_by and host are filled in when absent);
# any other key of the dict is kept as JSON in etl_run.details.
RUN_SCHEMA: dict[str, pl.DataType] = {
    "run_id": pl.String,
    "started_at": pl.Datetime("us"),
    "ended_at": pl.Datetime("us"),
    "status": pl.String,
    "code_version": pl.String,
    "raw_dir": pl.String,
    "run_by": pl.String,
    "host": pl.String,
    "files_seen": pl.Int64,
    "docs_seen": pl.Int64,
    "docs_new": pl.Int64,
    "docs_changed": pl.Int64,
    "docs_unchanged": pl.Int64,
    "docs_quarantined": pl.Int64,
    "docs_loaded": pl.Int64,
    "facts_extracted": pl.Int64,
    "facts_loaded": pl.Int64,
    "facts_quarantined": pl.Int64,
    "message": pl.String,
    "details": pl.String,
}

FILES_SCHEMA: dict[str, pl.DataType] = {
    "source_path": pl.String,
    "file_sha256": pl.String,
    "byte_size": pl.Int64,
    "doc_count": pl.Int64,
    "outcome": pl.String,
}

FLAGGED_SCHEMA: dict[str, pl.DataType] = {"doc_key": pl.String, "reason": pl.String}

# Tables that hold the warehouse's content (audit tables excluded): what a reload of the
# same input must leave unchanged.
CONTENT_TABLES = (
    "dim_date",
    "dim_source",
    "dim_document",
    "dim_organization",
    "dim_event",
    "dim_person",
    "dim_measure",
    "fact_metric",
    "fact_appearance",
    "bridge_document_organization",
    "file_ledger",
)


class WarehouseBusy(RuntimeError):
    """Another writer holds the warehouse."""


def natural_key(*parts: object) -> int:
    """The surrogate key of a natural key, as the warehouse computes it in SQL."""
    joined = KEY_SEPARATOR.join(NULL_PART if part is None else str(part) for part in parts)
    return int(hashlib.md5(joined.encode("utf-8")).hexdigest()[:15], 16)


def _key_sql(*columns: str) -> str:
    """SQL for natural_key(*columns); columns are our own column references, never data."""
    parts = ", ".join(f"coalesce(CAST({c} AS VARCHAR), chr(30))" for c in columns)
    return f"CAST('0x' || left(md5(concat_ws(chr(31), {parts})), 15) AS BIGINT)"


def _nullable_key_sql(column: str, *more: str) -> str:
    """Like _key_sql, but NULL when `column` is NULL (an absent dimension member)."""
    return f"CASE WHEN {column} IS NULL THEN NULL ELSE {_key_sql(column, *more)} END"


def _date_key_sql(expr: str) -> str:
    return f"CAST(strftime({expr}, '%Y%m%d') AS INTEGER)"


def date_key(day: date | None) -> int | None:
    """dim_date's key of a date: YYYYMMDD."""
    return None if day is None else day.year * 10000 + day.month * 100 + day.day


@dataclass
class RunBatch:
    """Everything one run loads; see docs/CONTRACTS.md for the frames."""

    run: dict
    files: pl.DataFrame
    documents: pl.DataFrame
    facts: pl.DataFrame
    organisations: pl.DataFrame
    events: pl.DataFrame
    people: pl.DataFrame
    quarantine: pl.DataFrame
    validation_results: pl.DataFrame
    flagged_documents: pl.DataFrame
    prune_sources: Sequence[str] = field(default_factory=tuple)


def ddl_statements() -> list[tuple[str, str]]:
    """(file name, SQL) of warehouse/ddl/*.sql in the order they apply."""
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(DDL_DIR.glob("*.sql"))]


def apply_ddl(con: duckdb.DuckDBPyConnection) -> None:
    """Create or update every table, view and comment, and seed dim_measure. Idempotent."""
    missing = set(schema.MEASURES) ^ set(MEASURE_MEANINGS)
    if missing:
        raise RuntimeError(f"MEASURE_MEANINGS and schema.MEASURES differ on {sorted(missing)}")
    measures = pl.DataFrame(
        {
            "code": list(schema.MEASURE_UNITS),
            "units": [list(units) for units in schema.MEASURE_UNITS.values()],
            "meaning": [MEASURE_MEANINGS[code] for code in schema.MEASURE_UNITS],
        },
        schema={"code": pl.String, "units": pl.List(pl.String), "meaning": pl.String},
    )
    con.begin()
    try:
        for _name, sql in ddl_statements():
            con.execute(sql)
        con.register("seed_measures", measures.to_arrow())
        con.execute(
            f"""
            INSERT INTO dim_measure
            SELECT {_key_sql("code")}, code, units, meaning FROM seed_measures
            ON CONFLICT (measure_key) DO UPDATE SET units = excluded.units, meaning = excluded.meaning
            """
        )
        con.unregister("seed_measures")
        con.commit()
    except BaseException:
        with contextlib.suppress(duckdb.Error):
            con.rollback()
        raise


def _utc_naive(value: datetime | None) -> datetime | None:
    """Aware datetimes become naive UTC; naive ones are taken to be UTC already."""
    if value is None or value.tzinfo is None:
        return value
    return value.astimezone(timezone.utc).replace(tzinfo=None)


def _run_by() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # a container user with no passwd entry
        return str(os.getuid())


def run_frame(run: dict, default_status: str | None = None) -> pl.DataFrame:
    """The one-row etl_run frame of a run dict."""
    if not run.get("run_id"):
        raise ValueError("run dict has no run_id")
    row = {name: run.get(name) for name in RUN_SCHEMA if name != "details"}
    row["started_at"] = _utc_naive(run.get("started_at")) or datetime.now(timezone.utc).replace(tzinfo=None)
    row["ended_at"] = _utc_naive(run.get("ended_at"))
    row["status"] = run.get("status") or default_status
    if row["status"] not in ("succeeded", "failed"):
        raise ValueError(f"run status must be 'succeeded' or 'failed', not {row['status']!r}")
    row["run_by"] = run.get("run_by") or _run_by()
    row["host"] = run.get("host") or socket.gethostname()
    extra = {k: v for k, v in run.items() if k not in RUN_SCHEMA}
    row["details"] = json.dumps(extra, ensure_ascii=False, default=str, sort_keys=True) if extra else None
    return pl.DataFrame([row], schema=RUN_SCHEMA)


def _conformed(frame: pl.DataFrame | None, columns: dict, name: str) -> pl.DataFrame:
    """`frame` with exactly `columns` (extra columns dropped, types cast); a missing column is an error."""
    if frame is None:
        return schema.empty(columns)
    absent = [c for c in columns if c not in frame.columns]
    if absent:
        raise ValueError(f"{name} frame lacks columns {absent}")
    return frame.select([pl.col(c).cast(t) for c, t in columns.items()])


def _files_frame(files: pl.DataFrame) -> pl.DataFrame:
    if "doc_count" not in files.columns:
        files = files.with_columns(pl.lit(None, pl.Int64).alias("doc_count"))
    files = _conformed(files, FILES_SCHEMA, "files")
    bad = files.filter(~pl.col("outcome").is_in(FILE_OUTCOMES) | pl.col("outcome").is_null())
    if bad.height:
        raise ValueError(f"files.outcome must be one of {FILE_OUTCOMES}: {bad.head(3).to_dicts()}")
    return files


_ORG_TYPE_PREFIX = (
    r"^(?:(?:đảng bộ|đảng ủy|đảng đoàn|ban cán sự đảng|chi bộ|chi ủy|ban chấp hành|ban thường vụ"
    r"|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|ủy ban kiểm tra)\s+)+"
    r"(?:(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn)\s+)?"
)


def _org_name_forms(expr: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """(whole name, name without its organisation-type words) in a comparable form:
    lower case, the old 'uỷ' spelling as 'ủy', single spaces. 'Quận ủy Ngô Quyền' and
    'Đảng bộ quận Ngô Quyền' share the core 'ngô quyền'."""
    whole = (
        expr.str.to_lowercase()
        .str.replace_all("uỷ", "ủy", literal=True)
        .str.replace_all(r"\s+", " ")
        .str.strip_chars(" .,;:-–")
    )
    return whole, whole.str.replace(_ORG_TYPE_PREFIX, "")


def attribute_facts(facts: pl.DataFrame, organisations: pl.DataFrame) -> pl.DataFrame:
    """facts with `org_index`: the document's organisation the fact's subject names (the
    whole name first, then the name without type words), else the document's first
    organisation; null when the document has none."""
    org_whole, org_core = _org_name_forms(pl.col("name"))
    orgs = organisations.select("doc_key", "org_index", org_whole.alias("o_whole"), org_core.alias("o_core"))
    subject_whole, subject_core = _org_name_forms(pl.col("subject"))
    subjects = facts.filter(pl.col("subject").is_not_null()).select(
        "doc_key", "fact_index", subject_whole.alias("s_whole"), subject_core.alias("s_core")
    )
    matched = (
        subjects.join(orgs, on="doc_key", how="inner")
        .with_columns(
            pl.when(pl.col("s_whole") == pl.col("o_whole"))
            .then(0)
            .when((pl.col("s_core") == pl.col("o_core")) & (pl.col("s_core").str.len_chars() > 0))
            .then(1)
            .alias("rank")
        )
        .filter(pl.col("rank").is_not_null())
        .sort("rank", "org_index")
        .group_by("doc_key", "fact_index", maintain_order=True)
        .first()
        .select("doc_key", "fact_index", pl.col("org_index").alias("matched_index"))
    )
    first = organisations.group_by("doc_key").agg(pl.col("org_index").min().alias("first_index"))
    return (
        facts.join(matched, on=["doc_key", "fact_index"], how="left")
        .join(first, on="doc_key", how="left")
        .with_columns(pl.coalesce("matched_index", "first_index").cast(pl.Int32).alias("org_index"))
        .drop("matched_index", "first_index")
    )


@dataclass
class _Frames:
    run: pl.DataFrame
    files: pl.DataFrame
    documents: pl.DataFrame
    facts: pl.DataFrame
    organisations: pl.DataFrame
    events: pl.DataFrame
    people: pl.DataFrame
    quarantine: pl.DataFrame
    validation_results: pl.DataFrame
    flagged: pl.DataFrame
    prune: pl.DataFrame


def _prepare(batch: RunBatch) -> _Frames:
    """Conform and check the batch before the transaction opens, so a malformed batch
    fails with a clear message and never half-way through a load."""
    documents = _conformed(batch.documents, schema.DOCUMENTS, "documents").drop("text")
    facts = _conformed(batch.facts, schema.FACTS, "facts")
    organisations = _conformed(batch.organisations, schema.ORGANISATIONS, "organisations")
    events = _conformed(batch.events, schema.EVENTS, "events")
    people = _conformed(batch.people, schema.PEOPLE, "people")
    unknown = facts.filter(~pl.col("measure").is_in(schema.MEASURES) | pl.col("measure").is_null())
    if unknown.height:
        codes = unknown["measure"].unique().to_list()[:5]
        raise ValueError(f"facts with unknown measure codes (validation should have held them back): {codes}")
    organisations, held_orgs = hold_back_incomplete(organisations, "organisations", documents)
    events, held_events = hold_back_incomplete(events, "events", documents)
    people, held_people = hold_back_incomplete(people, "people", documents)
    loaded = documents.select("doc_key")
    for name, frame in (("facts", facts), ("organisations", organisations), ("events", events), ("people", people)):
        orphans = frame.join(loaded, on="doc_key", how="anti")
        if orphans.height:
            raise ValueError(f"{name} of documents not in the batch: {orphans['doc_key'].unique().to_list()[:5]}")
    duplicated = documents.filter(pl.col("doc_key").is_duplicated())
    if duplicated.height:
        raise ValueError(f"documents repeat doc_keys: {duplicated['doc_key'].unique().to_list()[:5]}")
    quarantine = pl.concat(
        [_conformed(batch.quarantine, schema.QUARANTINE, "quarantine"), held_orgs, held_events, held_people],
        how="vertical",
    )
    return _Frames(
        run=run_frame(batch.run),
        files=_files_frame(batch.files),
        documents=documents,
        facts=attribute_facts(facts, organisations),
        organisations=organisations,
        events=events,
        people=people,
        quarantine=quarantine.with_row_index("row_index"),
        validation_results=_conformed(
            batch.validation_results, schema.VALIDATION_RESULTS, "validation_results"
        ).with_row_index("row_index"),
        flagged=_conformed(batch.flagged_documents, FLAGGED_SCHEMA, "flagged_documents"),
        prune=pl.DataFrame({"source_path": list(batch.prune_sources or ())}, schema={"source_path": pl.String}),
    )


# Columns the star needs in the parsed frames that only the parser vouches for (validation
# covers facts, not these). A row without them is held back with its reason rather than
# failing the whole run on a NOT NULL constraint.
REQUIRED_PARSED_COLUMNS: dict[str, tuple[str, ...]] = {
    "organisations": ("doc_key", "org_index", "name", "level"),
    "events": ("doc_key", "event_index", "type"),
    "people": ("doc_key", "person_index", "name"),
}


def hold_back_incomplete(frame: pl.DataFrame, name: str, documents: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(rows with every required column, QUARANTINE rows for the others, stage 'parse')."""
    required = REQUIRED_PARSED_COLUMNS[name]
    incomplete = pl.any_horizontal([pl.col(c).is_null() for c in required])
    held = frame.filter(incomplete)
    if held.height == 0:
        return frame, schema.empty(schema.QUARANTINE)
    missing = pl.concat_str(
        [pl.when(pl.col(c).is_null()).then(pl.lit(c)) for c in required], separator=", ", ignore_nulls=True
    )
    quarantined = (
        held.join(documents.select("doc_key", "source_path"), on="doc_key", how="left")
        .select(
            "doc_key",
            "source_path",
            pl.lit("parse").alias("stage"),
            pl.lit(f"{name}_complete").alias("check_name"),
            pl.format("{} row without {}: not loaded", pl.lit(name), missing).alias("reason"),
            held.select(pl.struct(pl.all()).struct.json_encode()).to_series().alias("payload"),
        )
    )
    return frame.filter(~incomplete), _conformed(quarantined, schema.QUARANTINE, "quarantine")


def _rowcount(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence | dict | None = None) -> int:
    rows = con.execute(sql, params).fetchall() if params is not None else con.execute(sql).fetchall()
    return int(rows[0][0]) if rows else 0


class Warehouse:
    """The DuckDB warehouse file and its writer lock."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self._ddl_applied = False

    # -- connections and the lock ------------------------------------------------------

    def connect(self, read_only: bool = False) -> duckdb.DuckDBPyConnection:
        """A connection to the warehouse file. A writable one applies the DDL the first
        time this Warehouse opens one. Raises WarehouseBusy when another process has the
        file open for writing (DuckDB's own file lock)."""
        try:
            con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.IOException as error:
            if "lock" in str(error).lower():
                raise WarehouseBusy(
                    f"{self.path} is open in another process ({error}). Wait for the running "
                    f"load to finish; analysts should open the published copy instead."
                ) from error
            raise
        if not read_only and not self._ddl_applied:
            try:
                apply_ddl(con)
            except BaseException:
                con.close()
                raise
            self._ddl_applied = True
        return con

    @contextlib.contextmanager
    def writer_lock(self, wait: bool = False) -> Iterator[None]:
        """Hold the warehouse's writer lock (fcntl.flock on <db>.lock) for the block.

        Raises WarehouseBusy at once when another process holds it, unless `wait`, in
        which case it blocks until the holder is done. The kernel drops the lock when the
        holder dies, so a crashed run never leaves the warehouse locked."""
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
            except BlockingIOError:
                holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "an unknown process"
                raise WarehouseBusy(
                    f"another solieu run is writing {self.path} (held by {holder}, lock file "
                    f"{self.lock_path}); wait for it to finish or rerun with --wait"
                ) from None
            os.ftruncate(fd, 0)
            stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
            os.pwrite(fd, f"pid {os.getpid()} on {socket.gethostname()} since {stamp}\n".encode(), 0)
            try:
                yield
            finally:
                os.ftruncate(fd, 0)
        finally:
            os.close(fd)  # closing the descriptor releases the flock

    # -- reads -------------------------------------------------------------------------

    def known_files(self) -> pl.DataFrame:
        """source_path, file_sha256, doc_count of every file that earlier successful runs
        recorded (pruned files excluded)."""
        empty = pl.DataFrame(schema={"source_path": pl.String, "file_sha256": pl.String, "doc_count": pl.Int64})
        if not self.path.exists():
            return empty
        con = self.connect()
        try:
            table = con.sql(
                "SELECT source_path, file_sha256, doc_count FROM file_ledger ORDER BY source_path"
            ).to_arrow_table()
        finally:
            con.close()
        return pl.concat([empty, pl.from_arrow(table)], how="vertical_relaxed")

    def last_validation_results(self) -> tuple[dict | None, pl.DataFrame]:
        """The last run's etl_run row (by start time) and the validation results it stored."""
        results = schema.empty(schema.VALIDATION_RESULTS)
        if not self.path.exists():
            return None, results
        con = self.connect(read_only=True)
        try:
            try:
                cursor = con.execute("SELECT * FROM etl_run ORDER BY started_at DESC, ended_at DESC NULLS LAST LIMIT 1")
            except duckdb.CatalogException:  # a file no run has written to yet
                return None, results
            rows = cursor.fetchall()
            if not rows:
                return None, results
            run = dict(zip([d[0] for d in cursor.description], rows[0]))
            table = con.sql(
                "SELECT suite, expectation, success, unexpected_count, sample FROM validation_result "
                "WHERE run_id = $run_id ORDER BY result_index",
                params={"run_id": run["run_id"]},
            ).to_arrow_table()
        finally:
            con.close()
        return run, pl.concat([results, pl.from_arrow(table)], how="vertical_relaxed")

    # -- writes ------------------------------------------------------------------------

    def load_run(
        self,
        batch: RunBatch,
        sql_checks: Callable[[duckdb.DuckDBPyConnection], pl.DataFrame] | None = None,
    ) -> dict:
        """Load one run in ONE transaction; returns rows inserted per table, plus
        `documents_replaced` and `documents_pruned` (documents deleted) and
        `dimension_rows_removed` (dimension members no document uses any more).

        Every document of a file whose outcome is new, changed or quarantined is deleted
        with its facts, appearances, events and links and the batch's documents inserted
        in their place (replace whole); prune_sources are deleted the same way and dropped
        from the file ledger. Dimensions are upserted on their natural keys, so loading
        the same content again changes no content table. `sql_checks(con)` runs inside the
        transaction after the inserts; its rows are stored in validation_result, and if it
        raises, nothing of the run is kept. The file is checkpointed and closed after the
        commit, so publish can copy it."""
        frames = _prepare(batch)
        with self._transaction() as con:
            counts = self._load(con, frames, sql_checks)
            crash_point("load")
        return counts

    def record_failed_run(
        self,
        run: dict,
        quarantine: pl.DataFrame | None = None,
        validation_results: pl.DataFrame | None = None,
    ) -> dict:
        """Record a run that failed loudly (nothing loaded), in its own transaction: its
        etl_run row (status 'failed' unless the dict says otherwise; an existing row of the
        same run_id is replaced), its quarantine and its validation results."""
        run_row = run_frame(run, default_status="failed")
        quarantine = _conformed(quarantine, schema.QUARANTINE, "quarantine").with_row_index("row_index")
        results = _conformed(validation_results, schema.VALIDATION_RESULTS, "validation_results").with_row_index(
            "row_index"
        )
        run_id = run_row["run_id"][0]
        with self._transaction() as con:
            con.register("batch_run", run_row.to_arrow())
            con.register("batch_quarantine", quarantine.to_arrow())
            con.register("batch_results", results.to_arrow())
            counts = {
                "etl_run": _rowcount(con, "INSERT OR REPLACE INTO etl_run BY NAME SELECT * FROM batch_run"),
                "quarantine": self._insert_quarantine(con, run_id),
                "validation_result": self._insert_results(con, run_id, "batch_results"),
            }
        return counts

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One write transaction on a fresh connection: committed and checkpointed when the
        block ends, rolled back on any error (a kill -9 leaves it uncommitted, which DuckDB
        discards on the next open). The file is closed afterwards so publish can copy it."""
        con = self.connect()
        try:
            con.begin()
            try:
                yield con
                con.commit()
            except BaseException:
                with contextlib.suppress(duckdb.Error):
                    con.rollback()
                raise
            con.execute("CHECKPOINT")
        finally:
            con.close()

    # -- the load, step by step (inside the run's transaction) -------------------------

    @staticmethod
    def _insert_quarantine(con: duckdb.DuckDBPyConnection, run_id: str) -> int:
        # Numbered after any rows the run already has, so recording a run twice never collides.
        return _rowcount(
            con,
            """
            INSERT INTO quarantine
            SELECT $run_id,
                   (SELECT coalesce(max(quarantine_index) + 1, 0) FROM quarantine WHERE run_id = $run_id) + q.row_index,
                   q.doc_key, q.source_path, q.stage, q.check_name, q.reason, q.payload,
                   $created_at
            FROM batch_quarantine AS q
            """,
            {"run_id": run_id, "created_at": datetime.now(timezone.utc).replace(tzinfo=None)},
        )

    @staticmethod
    def _insert_results(con: duckdb.DuckDBPyConnection, run_id: str, view: str) -> int:
        return _rowcount(
            con,
            f"""
            INSERT INTO validation_result
            SELECT $run_id,
                   (SELECT coalesce(max(result_index) + 1, 0) FROM validation_result WHERE run_id = $run_id) + r.row_index,
                   r.suite, r.expectation, r.success, r.unexpected_count, r.sample
            FROM {view} AS r
            """,
            {"run_id": run_id},
        )

    @staticmethod
    def _remove_orphan_members(con: duckdb.DuckDBPyConnection) -> int:
        removed = 0
        for table, key, users in (
            ("dim_organization", "organization_key",
             ("bridge_document_organization", "fact_metric", "fact_appearance")),
            ("dim_person", "person_key", ("fact_appearance",)),
            ("dim_source", "source_key", ("dim_document", "fact_metric")),
        ):
            used = " UNION ".join(f"SELECT {key} FROM {user} WHERE {key} IS NOT NULL" for user in users)
            removed += _rowcount(con, f"DELETE FROM {table} WHERE {key} NOT IN ({used})")
        dates = " UNION ".join(
            f"SELECT {column} FROM {user} WHERE {column} IS NOT NULL"
            for user, column in (
                ("dim_document", "published_date_key"),
                ("dim_event", "start_date_key"),
                ("dim_event", "end_date_key"),
                ("fact_metric", "date_key"),
                ("fact_appearance", "date_key"),
            )
        )
        removed += _rowcount(con, f"DELETE FROM dim_date WHERE date_key NOT IN ({dates})")
        return removed

    def _load(self, con: duckdb.DuckDBPyConnection, f: _Frames, sql_checks) -> dict:
        run_id = f.run["run_id"][0]
        started_at = f.run["started_at"][0]
        for name, frame in (
            ("batch_run", f.run),
            ("batch_files", f.files),
            ("batch_documents", f.documents),
            ("batch_facts", f.facts),
            ("batch_orgs", f.organisations),
            ("batch_events", f.events),
            ("batch_people", f.people),
            ("batch_quarantine", f.quarantine),
            ("batch_results", f.validation_results),
            ("batch_flagged", f.flagged),
            ("batch_prune", f.prune),
        ):
            con.register(name, frame.to_arrow())
        run = {"run_id": run_id}
        counts: dict[str, int] = {}

        # 1. The documents this run replaces or prunes, fixed before anything is deleted.
        con.execute(
            """
            CREATE OR REPLACE TEMP TABLE run_replaced AS
            SELECT document_key, source_path IN (SELECT source_path FROM batch_prune) AS pruned
            FROM dim_document
            WHERE source_path IN (SELECT source_path FROM batch_files WHERE outcome <> 'unchanged')
               OR source_path IN (SELECT source_path FROM batch_prune)
               OR doc_key IN (SELECT doc_key FROM batch_documents)
            """
        )
        counts["documents_pruned"] = _rowcount(con, "SELECT count(*) FROM run_replaced WHERE pruned")
        counts["documents_replaced"] = _rowcount(con, "SELECT count(*) FROM run_replaced WHERE NOT pruned")
        for table in ("fact_metric", "fact_appearance", "bridge_document_organization", "dim_event", "dim_document"):
            con.execute(f"DELETE FROM {table} WHERE document_key IN (SELECT document_key FROM run_replaced)")
        con.execute("DELETE FROM file_ledger WHERE source_path IN (SELECT source_path FROM batch_prune)")

        # 2. Conformed dimensions: insert the members not there yet.
        counts["dim_date"] = _rowcount(
            con,
            f"""
            INSERT INTO dim_date
            SELECT DISTINCT {_date_key_sql("d")}, d, year(d), quarter(d), month(d), day(d), week(d), isodow(d),
                   strftime(d, '%Y-%m')
            FROM (
                SELECT CAST(published_at AS DATE) AS d FROM batch_documents
                UNION SELECT start_date FROM batch_events
                UNION SELECT end_date FROM batch_events
            ) WHERE d IS NOT NULL
            ON CONFLICT DO NOTHING
            """,
        )
        counts["dim_source"] = _rowcount(
            con,
            f"""
            INSERT INTO dim_source
            SELECT DISTINCT {_key_sql("source_site")}, source_site FROM batch_documents WHERE source_site IS NOT NULL
            ON CONFLICT DO NOTHING
            """,
        )
        counts["dim_organization"] = _rowcount(
            con,
            f"""
            INSERT INTO dim_organization
            SELECT DISTINCT {_key_sql("name", "level", "province")}, name, level, province FROM batch_orgs
            ON CONFLICT DO NOTHING
            """,
        )
        counts["dim_person"] = _rowcount(
            con,
            f"INSERT INTO dim_person SELECT DISTINCT {_key_sql('name')}, name FROM batch_people ON CONFLICT DO NOTHING",
        )

        # 3. The documents and what hangs off them, inserted whole.
        counts["dim_document"] = _rowcount(
            con,
            f"""
            INSERT INTO dim_document
            SELECT {_key_sql("d.doc_key")}, d.doc_key, d.source_path, d.content_sha256, d.title, d.published_at,
                   {_date_key_sql("CAST(d.published_at AS DATE)")}, {_nullable_key_sql("d.source_site")},
                   d.source_site, d.author, d.url, d.byte_size, $run_id, flag.reason
            FROM batch_documents AS d
            LEFT JOIN (
                SELECT doc_key, string_agg(DISTINCT reason, '; ' ORDER BY reason) AS reason
                FROM batch_flagged GROUP BY doc_key
            ) AS flag USING (doc_key)
            """,
            run,
        )
        # A flag on a document loaded by an earlier run still reaches it.
        con.execute(
            """
            UPDATE dim_document SET contradiction = flag.reason
            FROM (SELECT doc_key, string_agg(DISTINCT reason, '; ' ORDER BY reason) AS reason
                  FROM batch_flagged GROUP BY doc_key) AS flag
            WHERE dim_document.doc_key = flag.doc_key
              AND dim_document.doc_key NOT IN (SELECT doc_key FROM batch_documents)
            """
        )
        counts["dim_event"] = _rowcount(
            con,
            f"""
            INSERT INTO dim_event
            SELECT {_key_sql("doc_key", "event_index")}, {_key_sql("doc_key")}, doc_key, event_index, type, ordinal,
                   term_start, term_end, start_date, end_date, {_date_key_sql("start_date")},
                   {_date_key_sql("end_date")}, venue, $run_id
            FROM batch_events
            """,
            run,
        )
        counts["bridge_document_organization"] = _rowcount(
            con,
            f"""
            INSERT INTO bridge_document_organization
            SELECT {_key_sql("doc_key")}, org_index, {_key_sql("name", "level", "province")},
                   org_index = min(org_index) OVER (PARTITION BY doc_key), $run_id
            FROM batch_orgs
            """,
            run,
        )
        first_event = "(SELECT doc_key, min(event_index) AS event_index FROM batch_events GROUP BY doc_key)"
        counts["fact_metric"] = _rowcount(
            con,
            f"""
            INSERT INTO fact_metric
            SELECT {_key_sql("f.doc_key")}, f.fact_index,
                   {_date_key_sql("CAST(d.published_at AS DATE)")}, {_nullable_key_sql("d.source_site")},
                   {_nullable_key_sql("o.name", "o.level", "o.province")},
                   {_nullable_key_sql("e.doc_key", "e.event_index")},
                   {_key_sql("f.measure")}, f.value, f.unit, f.kind, f.qualifier, f.noun, f.period, f.subject,
                   f.start, f."end", f.quote, $run_id
            FROM batch_facts AS f
            JOIN batch_documents AS d ON d.doc_key = f.doc_key
            LEFT JOIN batch_orgs AS o ON o.doc_key = f.doc_key AND o.org_index = f.org_index
            LEFT JOIN {first_event} AS e ON e.doc_key = f.doc_key
            """,
            run,
        )
        counts["fact_appearance"] = _rowcount(
            con,
            f"""
            INSERT INTO fact_appearance
            SELECT {_key_sql("p.doc_key")}, p.person_index, {_key_sql("p.name")},
                   {_nullable_key_sql("e.doc_key", "e.event_index")},
                   {_date_key_sql("CAST(d.published_at AS DATE)")},
                   {_nullable_key_sql("o.name", "o.level", "o.province")},
                   p.titles, p.role, $run_id
            FROM batch_people AS p
            JOIN batch_documents AS d ON d.doc_key = p.doc_key
            LEFT JOIN {first_event} AS e ON e.doc_key = p.doc_key
            LEFT JOIN (SELECT * FROM batch_orgs QUALIFY row_number() OVER (PARTITION BY doc_key ORDER BY org_index) = 1)
                AS o ON o.doc_key = p.doc_key
            """,
            run,
        )

        # Dimension members that only replaced or pruned documents used: the warehouse
        # mirrors its inputs, so a removed article takes its people and places with it.
        if counts["documents_replaced"] or counts["documents_pruned"]:
            counts["dimension_rows_removed"] = self._remove_orphan_members(con)
        else:
            counts["dimension_rows_removed"] = 0

        # 4. The file ledger: what discovery compares against next time.
        counts["file_ledger"] = _rowcount(
            con,
            """
            INSERT INTO file_ledger
            SELECT source_path, file_sha256, byte_size, doc_count, outcome,
                   $run_id, $started_at, $run_id, $started_at, $run_id
            FROM batch_files
            ON CONFLICT (source_path) DO UPDATE SET
                file_sha256 = excluded.file_sha256,
                byte_size = excluded.byte_size,
                doc_count = coalesce(excluded.doc_count, doc_count),
                outcome = excluded.outcome,
                last_run_id = excluded.last_run_id,
                last_seen_at = excluded.last_seen_at,
                loaded_run_id = CASE WHEN excluded.outcome = 'unchanged' THEN loaded_run_id ELSE excluded.loaded_run_id END
            """,
            {"run_id": run_id, "started_at": started_at},
        )

        # 5. Audit rows, then the warehouse checks over the state this run would commit.
        counts["quarantine"] = self._insert_quarantine(con, run_id)
        counts["validation_result"] = self._insert_results(con, run_id, "batch_results")
        counts["etl_run"] = _rowcount(con, "INSERT INTO etl_run BY NAME SELECT * FROM batch_run")
        if sql_checks is not None:
            checks = _conformed(sql_checks(con), schema.VALIDATION_RESULTS, "sql_checks result").with_row_index(
                "row_index"
            )
            con.register("batch_sql_checks", checks.to_arrow())
            counts["validation_result"] += self._insert_results(con, run_id, "batch_sql_checks")
        return counts
