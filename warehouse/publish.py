"""Publish the warehouse for readers: Parquet per table, facts_wide.parquet, and a
read-only copy of the database for analysts.

Call `publish` after the load has committed and the writer has closed its connection
(`Warehouse.load_run` checkpoints and closes before it returns), and while still holding
the writer lock, so no other run writes the file being copied. Readers never open the
writer's file: they read the Parquet exports or the published copy.

Every output is written to a hidden temporary name in its own folder and `os.replace`d
into place only after all of them were written, so a reader never sees half a file and a
publish that dies part-way leaves the previous exports and copy as they were.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import uuid
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from warehouse.faults import crash_point

TEMP_MARK = ".tmp-"
WIDE_VIEW = "facts_wide"
MANIFEST = "manifest.json"


class PublishError(RuntimeError):
    """The warehouse cannot be published as it stands."""


def _temp_name(final: Path) -> Path:
    # Hidden and without the final suffix, so `*.parquet` globs never match a temp file.
    return final.with_name(f".{final.name}{TEMP_MARK}{os.getpid()}-{uuid.uuid4().hex[:8]}")


def _remove_stale_temps(folder: Path, final_names: set[str]) -> None:
    """Temp files a killed publish left behind. Only one publisher runs at a time (it holds
    the writer lock), so every temp file of ours found here is stale."""
    for path in folder.glob(f".*{TEMP_MARK}*"):
        if path.name[1:].rsplit(TEMP_MARK, 1)[0] in final_names:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _relations(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str | None]]:
    """(name, comment) of every table and view of the warehouse's main schema."""
    return con.execute(
        """
        SELECT table_name, comment FROM duckdb_tables() WHERE schema_name = 'main' AND NOT internal
        UNION ALL
        SELECT view_name, comment FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal
        ORDER BY 1
        """
    ).fetchall()


def _column_comments(con: duckdb.DuckDBPyConnection, name: str) -> dict[str, str]:
    rows = con.execute(
        "SELECT column_name, comment FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = ?",
        [name],
    ).fetchall()
    return {column: comment for column, comment in rows if comment}


def _quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _write_parquet(con: duckdb.DuckDBPyConnection, name: str, comment: str | None, target: Path) -> int:
    """Stream one table or view to `target` as Parquet, with the table and column comments
    in the schema metadata; returns the row count. `name` comes from the catalog."""
    comments = _column_comments(con, name)
    reader = con.sql(f"SELECT * FROM {_quoted(name)}").to_arrow_reader()
    fields = [
        f.with_metadata({"comment": comments[f.name]}) if f.name in comments else f for f in reader.schema
    ]
    described = pa.schema(fields, metadata={"comment": comment} if comment else None)
    rows = 0
    with open(target, "wb") as sink:
        with pq.ParquetWriter(sink, described, compression="zstd") as writer:
            for batch in reader:
                writer.write_batch(batch)
                rows += batch.num_rows
        sink.flush()
        os.fsync(sink.fileno())
    return rows


def publish(db_path: Path, exports_dir: Path, published_path: Path) -> dict:
    """Export every table and view (facts_wide included) as Parquet under `exports_dir`
    and copy the database to `published_path`, all swapped in atomically.

    The exports are read from the new copy, so the Parquet files and the copy always show
    the same state. Returns the paths `published`, `exports_dir`, `facts_wide` and
    `manifest` (manifest.json lists every export with its row count and the last run)."""
    db_path, exports_dir, published_path = Path(db_path), Path(exports_dir), Path(published_path)
    if not db_path.is_file():
        raise PublishError(f"no warehouse at {db_path}: nothing to publish")
    wal = db_path.with_name(db_path.name + ".wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise PublishError(
            f"{wal} holds changes not checkpointed into {db_path}: a writer still has the "
            f"warehouse open or died mid-run. Close the writer (or run a load, which recovers "
            f"and checkpoints) before publishing."
        )
    exports_dir.mkdir(parents=True, exist_ok=True)
    published_path.parent.mkdir(parents=True, exist_ok=True)

    _remove_stale_temps(published_path.parent, {published_path.name})
    temps: list[Path] = []
    swaps: list[tuple[Path, Path]] = []
    try:
        copy = _temp_name(published_path)
        temps.append(copy)
        shutil.copyfile(db_path, copy)
        with open(copy, "rb+") as handle:
            os.fsync(handle.fileno())

        parquet: dict[str, Path] = {}
        tables: dict[str, dict] = {}
        con = duckdb.connect(str(copy), read_only=True)
        try:
            relations = _relations(con)
            _remove_stale_temps(exports_dir, {f"{name}.parquet" for name, _ in relations} | {MANIFEST})
            for name, comment in relations:
                final = exports_dir / f"{name}.parquet"
                temp = _temp_name(final)
                temps.append(temp)
                rows = _write_parquet(con, name, comment, temp)
                swaps.append((temp, final))
                parquet[name] = final
                tables[name] = {"file": final.name, "rows": rows, "comment": comment}
            last_run = con.execute(
                "SELECT run_id FROM etl_run WHERE status = 'succeeded' ORDER BY started_at DESC LIMIT 1"
            ).fetchall()
        finally:
            con.close()
        if WIDE_VIEW not in parquet:
            raise PublishError(f"{db_path} has no {WIDE_VIEW} view: was the DDL applied?")

        manifest = exports_dir / MANIFEST
        manifest_temp = _temp_name(manifest)
        temps.append(manifest_temp)
        document = {
            "published_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "last_run_id": last_run[0][0] if last_run else None,
            "published_copy": str(published_path),
            "tables": tables,
        }
        manifest_temp.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
        # The copy is for reading: no write bits, so a careless read-write open fails too.
        os.chmod(copy, 0o444)

        crash_point("publish")
        # Everything is written; now swap it all in. Each replace is atomic on its own.
        for temp, final in swaps:
            os.replace(temp, final)
        os.replace(manifest_temp, manifest)
        os.replace(copy, published_path)
        temps.clear()
        _fsync_dir(exports_dir)
        _fsync_dir(published_path.parent)
    finally:
        for temp in temps:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
    return {
        "published": published_path,
        "exports_dir": exports_dir,
        "facts_wide": parquet[WIDE_VIEW],
        "manifest": manifest,
    }


def open_published(published_path: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the analysts' copy; writes through it fail."""
    published_path = Path(published_path)
    if not published_path.is_file():
        raise FileNotFoundError(f"no published warehouse at {published_path}: run `solieu run` first")
    return duckdb.connect(str(published_path), read_only=True)
