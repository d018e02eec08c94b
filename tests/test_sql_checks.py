"""The warehouse SQL checks against a real DuckDB file built from warehouse/ddl/*.sql: a
consistent warehouse passes them all, and each check catches the fault it is named for."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import polars as pl
import pytest

from expectations.sql_checks import SUITE, run_sql_checks, sql_check_files
from transforms import schema

REPO = Path(__file__).resolve().parents[1]
DDL = sorted((REPO / "warehouse" / "ddl").glob("*.sql"))

MEASURE_KEYS = {code: 100 + i for i, code in enumerate(schema.MEASURE_UNITS)}

CONSISTENT = f"""
INSERT INTO dim_date VALUES (20200804, DATE '2020-08-04', 2020, 3, 8, 4, 32, 2, '2020-08');
INSERT INTO dim_source VALUES (7, 'haiphong.gov.vn');
INSERT INTO dim_document VALUES
    (1, 'a.txt', 'a.txt', 'ab12', 'Đại hội', TIMESTAMP '2020-08-04 08:00', 20200804, 7, 'haiphong.gov.vn',
     NULL, NULL, 1000, 'run-1', NULL);
INSERT INTO dim_organization VALUES (11, 'Đảng bộ quận Ngô Quyền', 'district', 'Hải Phòng');
INSERT INTO dim_event VALUES (21, 1, 'a.txt', 0, 'congress', 6, 2020, 2025, DATE '2020-08-04', NULL, 20200804, NULL, NULL, 'run-1');
INSERT INTO dim_person VALUES (31, 'Nguyễn Văn A');
INSERT INTO dim_measure SELECT * FROM (VALUES {", ".join(
    f"({key}, '{code}', {list(schema.MEASURE_UNITS[code])}, '{code}')" for code, key in MEASURE_KEYS.items()
)});
INSERT INTO fact_metric VALUES
    (1, 0, 20200804, 7, 11, 21, {MEASURE_KEYS["delegates"]}, 197, 'count', 'actual', 'exact', 'đại biểu', NULL, NULL,
     120, 123, 'Tham dự Đại hội có 197 đại biểu chính thức.', 'run-1'),
    (1, 1, 20200804, 7, 11, 21, {MEASURE_KEYS["orgs_rated_good_pct"]}, 90, 'percent', 'target', 'more_than',
     'tổ chức đảng', 'annual', NULL, 400, 403, 'trên 90% tổ chức đảng hoàn thành tốt nhiệm vụ', 'run-1');
INSERT INTO fact_appearance VALUES (1, 0, 31, 21, 20200804, 11, ['Bí thư Quận ủy'], 'chaired', 'run-1');
INSERT INTO bridge_document_organization VALUES (1, 0, 11, TRUE, 'run-1');
"""

# check -> the statement that breaks exactly that check, once
BREAKERS = {
    "bridge_document_organization_orphan": "INSERT INTO bridge_document_organization VALUES (1, 1, 999, FALSE, 'run-1')",
    "dim_document_duplicate_doc_key": (
        "INSERT INTO dim_document SELECT 2, doc_key, source_path, content_sha256, title, published_at, "
        "published_date_key, source_key, source_site, author, url, byte_size, loaded_run_id, contradiction FROM dim_document"
    ),
    "dim_document_orphan_source": "UPDATE dim_document SET source_key = 999",
    "dim_event_orphan_document": (
        "INSERT INTO dim_event VALUES (22, 999, 'gone.txt', 0, 'meeting', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'run-1')"
    ),
    "dim_measure_duplicate_code": "INSERT INTO dim_measure VALUES (999, 'delegates', ['count'], 'again')",
    "fact_appearance_orphan_keys": "UPDATE fact_appearance SET event_key = 999",
    "fact_appearance_orphan_person": "UPDATE fact_appearance SET person_key = 999",
    "fact_metric_count_not_integer": "UPDATE fact_metric SET value = 1.1245 WHERE fact_index = 0",
    "fact_metric_duplicate_grain": None,  # the primary key forbids it: see its own test
    "fact_metric_orphan_date": "UPDATE fact_metric SET date_key = 20991231 WHERE fact_index = 0",
    "fact_metric_orphan_document": (
        "INSERT INTO fact_metric SELECT 999, fact_index, date_key, source_key, organization_key, event_key, measure_key, "
        "value, unit, kind, qualifier, noun, period, subject, span_start, span_end, quote, run_id "
        "FROM fact_metric WHERE fact_index = 0"
    ),
    "fact_metric_orphan_event": "UPDATE fact_metric SET event_key = 999 WHERE fact_index = 0",
    "fact_metric_orphan_measure": "UPDATE fact_metric SET measure_key = 999 WHERE fact_index = 0",
    "fact_metric_orphan_organization": "UPDATE fact_metric SET organization_key = 999 WHERE fact_index = 0",
    "fact_metric_orphan_source": "UPDATE fact_metric SET source_key = 999 WHERE fact_index = 0",
    "fact_metric_span_outside_document": "UPDATE fact_metric SET span_end = 5000 WHERE fact_index = 1",
    "fact_metric_unit_not_allowed": "UPDATE fact_metric SET unit = 'count' WHERE fact_index = 1",
}


def build(path: Path, ddl_texts: list[str] | None = None) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(path))
    for sql in ddl_texts if ddl_texts is not None else [p.read_text(encoding="utf-8") for p in DDL]:
        con.execute(sql)
    con.execute(CONSISTENT)
    return con


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """The consistent warehouse, built once; each test breaks its own copy."""
    path = tmp_path_factory.mktemp("template") / "warehouse.duckdb"
    build(path).close()
    return path


@pytest.fixture
def warehouse(template, tmp_path):
    copy = tmp_path / "warehouse.duckdb"
    shutil.copyfile(template, copy)
    con = duckdb.connect(str(copy))
    yield con
    con.close()


def by_check(results: pl.DataFrame) -> dict[str, dict]:
    return {row["expectation"]: row for row in results.iter_rows(named=True)}


def test_every_check_file_has_a_breaker():
    assert sorted(BREAKERS) == [p.stem for p in sql_check_files()]


def test_a_consistent_warehouse_passes_every_check(warehouse):
    results = run_sql_checks(warehouse)
    assert results.columns == list(schema.VALIDATION_RESULTS)
    assert results["expectation"].to_list() == [p.stem for p in sql_check_files()]
    assert results["suite"].unique().to_list() == [SUITE]
    failed = results.filter(~pl.col("success"))
    assert failed.height == 0, failed.to_dicts()
    assert results["unexpected_count"].to_list() == [0] * results.height


@pytest.mark.parametrize("check", [name for name, sql in BREAKERS.items() if sql])
def test_each_check_catches_its_fault_and_only_it(warehouse, check):
    warehouse.execute(BREAKERS[check])
    results = by_check(run_sql_checks(warehouse))
    assert results[check]["success"] is False
    assert results[check]["unexpected_count"] == 1
    assert len(json.loads(results[check]["sample"])) == 1
    others = [name for name, row in results.items() if name != check and not row["success"]]
    assert others == []


def test_duplicate_grain_is_caught_where_no_key_forbids_it(tmp_path):
    # The DDL's primary key already refuses a duplicate; the check is the safety net for a
    # table built without it (an older warehouse, a hand-made copy).
    texts = [p.read_text(encoding="utf-8") for p in DDL]
    texts = [t.replace(",\n    PRIMARY KEY (document_key, fact_index)\n);\nCOMMENT ON TABLE fact_metric", "\n);\nCOMMENT ON TABLE fact_metric") for t in texts]
    con = build(tmp_path / "nokey.duckdb", texts)
    con.execute("INSERT INTO fact_metric SELECT * FROM fact_metric WHERE fact_index = 0")
    results = by_check(run_sql_checks(con))
    con.close()
    assert results["fact_metric_duplicate_grain"]["success"] is False
    assert json.loads(results["fact_metric_duplicate_grain"]["sample"]) == [{"document_key": 1, "fact_index": 0, "copies": 2}]


def test_checks_see_the_open_load_transaction(warehouse):
    warehouse.begin()
    warehouse.execute(BREAKERS["fact_metric_orphan_measure"])
    inside = by_check(run_sql_checks(warehouse))
    warehouse.rollback()
    assert inside["fact_metric_orphan_measure"]["success"] is False
    assert by_check(run_sql_checks(warehouse))["fact_metric_orphan_measure"]["success"] is True


def test_a_check_that_cannot_run_is_reported_not_raised(tmp_path):
    con = duckdb.connect(str(tmp_path / "dims_only.duckdb"))
    con.execute(DDL[0].read_text(encoding="utf-8"))  # dimensions only: no fact tables
    results = by_check(run_sql_checks(con))
    con.close()
    broken = results["fact_metric_orphan_document"]
    assert broken["success"] is False and broken["unexpected_count"] is None
    assert "fact_metric" in json.loads(broken["sample"])[0]["error"]
    assert results["dim_measure_duplicate_code"]["success"] is True
