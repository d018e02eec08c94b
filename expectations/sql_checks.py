"""Warehouse-level checks: every `expectations/sql/*.sql` query returns the rows that break it.

The warehouse declares no FOREIGN KEYs (DuckDB checks them eagerly inside a transaction,
which forbids replacing a changed document whole), so these queries are where referential
integrity, grain and span sanity are enforced. The flow runs them inside the load
transaction, before the commit, on the warehouse's own connection.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import polars as pl

from transforms import schema

SUITE = "warehouse_sql"
SQL_DIR = Path(__file__).resolve().parent / "sql"
SAMPLE_SIZE = 5


def sql_check_files() -> list[Path]:
    """The check queries, in name order (the order results are reported in)."""
    return sorted(SQL_DIR.glob("*.sql"))


def run_sql_checks(con) -> pl.DataFrame:
    """Run every check against `con` (a DuckDB connection); one VALIDATION_RESULTS row each.

    A query that errors (a table renamed under it) is reported as a failed check with the
    error as its sample, not raised: one stale check must not hide the others' results.
    """
    rows = []
    for path in sql_check_files():
        try:
            offending = pl.from_arrow(con.sql(path.read_text(encoding="utf-8")).to_arrow_table())
        except duckdb.Error as error:
            rows.append(
                {
                    "suite": SUITE,
                    "expectation": path.stem,
                    "success": False,
                    "unexpected_count": None,
                    "sample": json.dumps([{"error": str(error).splitlines()[0]}], ensure_ascii=False),
                }
            )
            continue
        rows.append(
            {
                "suite": SUITE,
                "expectation": path.stem,
                "success": offending.height == 0,
                "unexpected_count": offending.height,
                "sample": json.dumps(offending.head(SAMPLE_SIZE).to_dicts(), ensure_ascii=False, default=str),
            }
        )
    return schema.conform(rows, schema.VALIDATION_RESULTS)
