"""warehouse/store.py on real DuckDB files: DDL, the one-transaction load, replace-whole,
prune, crash safety, the writer lock, the file ledger."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
import threading
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import duckdb
import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms import schema
from warehouse.store import (
    CONTENT_TABLES,
    MEASURE_MEANINGS,
    RunBatch,
    Warehouse,
    WarehouseBusy,
    apply_ddl,
    _key_sql,
    attribute_facts,
    date_key,
    natural_key,
)

REPO = Path(__file__).resolve().parents[1]

ALL_TABLES = CONTENT_TABLES + ("etl_run", "quarantine", "validation_result")
# Columns that name the run or its time: they differ between two loads of the same content.
RUN_COLUMNS = {"run_id", "loaded_run_id", "last_run_id", "last_seen_at", "outcome"}

HAI_PHONG = ("Đảng bộ thành phố Hải Phòng", "province", "Hải Phòng")
NGO_QUYEN = ("Đảng bộ quận Ngô Quyền", "district", "Hải Phòng")


# -- building batches ---------------------------------------------------------------------


def article(
    doc_key: str,
    *,
    source_path: str | None = None,
    sha: str = "sha-a",
    values: tuple = (197, 4000),
    subjects: tuple = (),
    orgs: tuple = (NGO_QUYEN,),
    events: int = 1,
    people: tuple = ("Nguyễn Văn An", "Trần Thị Bình"),
    published: datetime | None = datetime(2020, 8, 4, 9, 30),
    site: str | None = "haiphong.gov.vn",
) -> dict:
    """The frames' rows of one parsed article, with one fact per value."""
    measures = ("delegates", "party_members", "grassroots_orgs", "other")
    return {
        "documents": [
            {
                "doc_key": doc_key,
                "source_path": source_path or doc_key,
                "content_sha256": sha,
                "byte_size": 1000,
                "text": "…",
                "title": f"Đại hội {doc_key}",
                "published_at": published,
                "source_site": site,
                "author": None,
                "url": None,
            }
        ],
        "facts": [
            {
                "doc_key": doc_key,
                "fact_index": i,
                "measure": measures[i % len(measures)],
                "value": value,
                "unit": "count",
                "kind": "actual",
                "qualifier": "exact",
                "noun": "đảng viên",
                "period": None,
                "subject": subjects[i] if i < len(subjects) else None,
                "start": 10 * i,
                "end": 10 * i + 3,
                "quote": f"câu {i} có {value}",
            }
            for i, value in enumerate(values)
        ],
        "organisations": [
            {"doc_key": doc_key, "org_index": i, "name": n, "level": lv, "province": p}
            for i, (n, lv, p) in enumerate(orgs)
        ],
        "events": [
            {
                "doc_key": doc_key,
                "event_index": i,
                "type": "congress" if i == 0 else "meeting",
                "ordinal": 6 + i,
                "term_start": 2020,
                "term_end": 2025,
                "start_date": date(2020, 8, 4) + timedelta(days=i),
                "end_date": date(2020, 8, 5) + timedelta(days=i),
                "venue": None,
            }
            for i in range(events)
        ],
        "people": [
            {"doc_key": doc_key, "person_index": i, "name": name, "titles": ["Bí thư"], "role": "chaired"}
            for i, name in enumerate(people)
        ],
    }


def make_batch(
    articles: list[dict],
    files: list[tuple[str, str, str]] | None = None,
    *,
    prune: tuple = (),
    quarantine: int = 1,
    flagged: dict | None = None,
    run_id: str | None = None,
) -> RunBatch:
    """A RunBatch of parsed articles. `files` is (source_path, sha, outcome); by default
    every article's own file, outcome 'new'."""
    rows = {k: [r for a in articles for r in a[k]] for k in ("documents", "facts", "organisations", "events", "people")}
    if files is None:
        files = [(d["source_path"], d["content_sha256"], "new") for d in rows["documents"]]
    run_id = run_id or str(uuid.uuid4())
    return RunBatch(
        run={
            "run_id": run_id,
            "started_at": datetime.now(timezone.utc).replace(tzinfo=None),
            "ended_at": datetime.now(timezone.utc).replace(tzinfo=None),
            "status": "succeeded",
            "code_version": "test",
            "raw_dir": "raw",
            "docs_seen": len(rows["documents"]),
            "facts_loaded": len(rows["facts"]),
        },
        files=pl.DataFrame(
            {
                "source_path": [f[0] for f in files],
                "file_sha256": [f[1] for f in files],
                "byte_size": [1000] * len(files),
                "outcome": [f[2] for f in files],
                "doc_count": [sum(d["source_path"] == f[0] for d in rows["documents"]) for f in files],
            }
        ),
        documents=schema.conform(rows["documents"], schema.DOCUMENTS),
        facts=schema.conform(rows["facts"], schema.FACTS),
        organisations=schema.conform(rows["organisations"], schema.ORGANISATIONS),
        events=schema.conform(rows["events"], schema.EVENTS),
        people=schema.conform(rows["people"], schema.PEOPLE),
        quarantine=schema.conform(
            [
                {
                    "doc_key": "bad.txt",
                    "source_path": "bad.txt",
                    "stage": "validate",
                    "check_name": "value_in_range",
                    "reason": f"rejected {i}",
                    "payload": "{}",
                }
                for i in range(quarantine)
            ],
            schema.QUARANTINE,
        ),
        validation_results=schema.conform(
            [
                {"suite": "facts", "expectation": "not_null(value)", "success": True, "unexpected_count": 0, "sample": "[]"},
                {"suite": "facts", "expectation": "in_set(unit)", "success": True, "unexpected_count": 0, "sample": "[]"},
            ],
            schema.VALIDATION_RESULTS,
        ),
        flagged_documents=pl.DataFrame(
            {"doc_key": list((flagged or {}).keys()), "reason": list((flagged or {}).values())},
            schema={"doc_key": pl.String, "reason": pl.String},
        ),
        prune_sources=list(prune),
    )


def snapshot(db: Path, tables=ALL_TABLES, drop_run_columns: bool = False) -> dict[str, list]:
    """Every row of every table, sorted: the warehouse's whole state."""
    with duckdb.connect(str(db), read_only=True) as con:
        state = {}
        for table in tables:
            columns = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
            keep = [c for c in columns if not (drop_run_columns and c in RUN_COLUMNS)]
            rows = con.execute(f"SELECT {', '.join(keep)} FROM {table}").fetchall()
            state[table] = sorted(rows, key=repr)
        return state


def count(db: Path, sql: str, params=None):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "warehouse" / "solieu.duckdb"


# -- DDL ----------------------------------------------------------------------------------


def test_ddl_applies_twice_and_seeds_every_measure(db):
    Warehouse(db)  # creates the folder
    with duckdb.connect(str(db)) as con:
        apply_ddl(con)
        first = con.execute("SELECT table_name, column_name, data_type FROM duckdb_columns() ORDER BY ALL").fetchall()
        apply_ddl(con)
        second = con.execute("SELECT table_name, column_name, data_type FROM duckdb_columns() ORDER BY ALL").fetchall()
        measures = con.execute("SELECT code, units FROM dim_measure ORDER BY code").fetchall()
    assert first == second
    assert {t for t, _, _ in first} >= set(ALL_TABLES) | {"facts_wide"}
    assert dict(measures) == {code: list(units) for code, units in sorted(schema.MEASURE_UNITS.items())}


def test_every_table_view_and_column_has_a_comment_and_tables_state_their_grain(db):
    with Warehouse(db).connect() as con:
        relations = con.execute(
            "SELECT table_name, comment FROM duckdb_tables() WHERE NOT internal "
            "UNION ALL SELECT view_name, comment FROM duckdb_views() WHERE NOT internal"
        ).fetchall()
        columns = con.execute(
            "SELECT table_name, column_name, comment FROM duckdb_columns() WHERE NOT internal"
        ).fetchall()
    assert len(relations) == len(ALL_TABLES) + 1
    for name, comment in relations:
        assert comment and "Grain:" in comment, f"{name} has no comment stating its grain"
    uncommented = [f"{t}.{c}" for t, c, comment in columns if not (comment or "").strip()]
    assert not uncommented
    assert len(columns) > 100


def test_measure_meanings_cover_exactly_the_contract_codes():
    assert set(MEASURE_MEANINGS) == set(schema.MEASURES)


def test_python_natural_key_equals_the_keys_sql_computes(db):
    batch = make_batch([article("a.txt", orgs=(("Chi bộ 1", "cell", None),))])
    Warehouse(db).load_run(batch)
    rows = count(db, "SELECT organization_key, name, level, province FROM dim_organization")
    assert rows == [(natural_key("Chi bộ 1", "cell", None), "Chi bộ 1", "cell", None)]
    (doc,) = count(db, "SELECT document_key FROM dim_document")
    assert doc[0] == natural_key("a.txt")
    (event,) = count(db, "SELECT event_key FROM dim_event")
    assert event[0] == natural_key("a.txt", 0)
    assert count(db, "SELECT published_date_key FROM dim_document") == [(date_key(date(2020, 8, 4)),)] == [(20200804,)]
    assert natural_key("a", None) != natural_key("a", "") != natural_key("a")


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.none() | st.text(max_size=30), st.none() | st.integers(-(2**31), 2**31 - 1)), min_size=1, max_size=40))
def test_sql_and_python_surrogate_keys_agree_on_any_text(parts):
    """Keys computed in SQL at load time and by natural_key in Python are the same number,
    whatever the text (Vietnamese, control characters, empty, null)."""
    frame = pl.DataFrame(parts, schema={"a": pl.String, "b": pl.Int32}, orient="row")
    with duckdb.connect() as con:
        con.register("parts", frame.to_arrow())
        keys = [row[0] for row in con.execute(f"SELECT {_key_sql('a', 'b')} FROM parts").fetchall()]
    assert keys == [natural_key(a, b) for a, b in parts]
    assert all(0 <= key < 2**60 for key in keys)


# -- loading ------------------------------------------------------------------------------


def test_a_batch_loads_with_the_right_counts_and_links(db):
    wh = Warehouse(db)
    a = article(
        "a.txt",
        values=(197, 4000, 64),
        subjects=("Quận ủy Ngô Quyền", None, "Đảng bộ thành phố Hải Phòng"),
        orgs=(HAI_PHONG, NGO_QUYEN),
        events=2,
    )
    b = article("b.txt", sha="sha-b", values=(12,), orgs=(), events=0, people=("Nguyễn Văn An",), site=None, published=None)
    counts = wh.load_run(make_batch([a, b], quarantine=2, flagged={"a.txt": "1072 ≠ 11804 − 10732"}))

    assert counts == {
        "documents_pruned": 0,
        "documents_replaced": 0,
        "dimension_rows_removed": 0,
        "dim_date": 3,  # published 2020-08-04; events 08-04 to 08-05 and 08-05 to 08-06
        "dim_source": 1,
        "dim_organization": 2,
        "dim_person": 2,  # Nguyễn Văn An appears in both articles: one member
        "dim_document": 2,
        "dim_event": 2,
        "bridge_document_organization": 2,
        "fact_metric": 4,
        "fact_appearance": 3,
        "file_ledger": 2,
        "quarantine": 2,
        "validation_result": 2,
        "etl_run": 1,
    }
    wide = count(
        db,
        "SELECT doc_key, fact_index, measure, value, organization, event_type, event_ordinal, published_date, "
        "source_site, contradiction FROM facts_wide ORDER BY doc_key, fact_index",
    )
    assert wide == [
        # the subject names the district (as 'Quận ủy'), so the fact goes to it, not to the first org
        ("a.txt", 0, "delegates", 197.0, NGO_QUYEN[0], "congress", 6, date(2020, 8, 4), "haiphong.gov.vn", "1072 ≠ 11804 − 10732"),
        ("a.txt", 1, "party_members", 4000.0, HAI_PHONG[0], "congress", 6, date(2020, 8, 4), "haiphong.gov.vn", "1072 ≠ 11804 − 10732"),
        ("a.txt", 2, "grassroots_orgs", 64.0, HAI_PHONG[0], "congress", 6, date(2020, 8, 4), "haiphong.gov.vn", "1072 ≠ 11804 − 10732"),
        ("b.txt", 0, "delegates", 12.0, None, None, None, None, None, None),
    ]
    appearances = count(
        db,
        "SELECT d.doc_key, p.name, a.titles, a.role, a.event_key IS NOT NULL, o.name FROM fact_appearance a "
        "JOIN dim_document d USING (document_key) JOIN dim_person p USING (person_key) "
        "LEFT JOIN dim_organization o USING (organization_key) ORDER BY 1, a.person_index",
    )
    assert appearances == [
        ("a.txt", "Nguyễn Văn An", ["Bí thư"], "chaired", True, HAI_PHONG[0]),
        ("a.txt", "Trần Thị Bình", ["Bí thư"], "chaired", True, HAI_PHONG[0]),
        ("b.txt", "Nguyễn Văn An", ["Bí thư"], "chaired", False, None),
    ]
    assert count(db, "SELECT org_index, is_primary FROM bridge_document_organization ORDER BY 1") == [(0, True), (1, False)]
    run = count(db, "SELECT status, docs_seen, facts_loaded, run_by IS NOT NULL FROM etl_run")
    assert run == [("succeeded", 2, 4, True)]


def test_loading_the_same_content_again_adds_no_rows(db):
    wh = Warehouse(db)
    articles = [article("a.txt", orgs=(HAI_PHONG, NGO_QUYEN)), article("b.txt", sha="sha-b", values=(5,))]
    wh.load_run(make_batch(articles))
    before = snapshot(db, CONTENT_TABLES, drop_run_columns=True)
    audit_before = {t: len(rows) for t, rows in snapshot(db, ("etl_run", "quarantine", "validation_result")).items()}

    counts = wh.load_run(make_batch(articles, files=[("a.txt", "sha-a", "changed"), ("b.txt", "sha-b", "changed")]))

    assert snapshot(db, CONTENT_TABLES, drop_run_columns=True) == before
    assert counts["documents_replaced"] == 2
    assert all(counts[t] == 0 for t in ("dim_date", "dim_source", "dim_organization", "dim_person"))
    # The audit tables record the second run, and only it.
    audit_after = {t: len(rows) for t, rows in snapshot(db, ("etl_run", "quarantine", "validation_result")).items()}
    assert audit_after == {"etl_run": audit_before["etl_run"] + 1, "quarantine": audit_before["quarantine"] + 1,
                           "validation_result": audit_before["validation_result"] + 2}


def test_a_changed_document_has_its_facts_replaced_whole(db):
    wh = Warehouse(db)
    wh.load_run(make_batch([article("a.txt", values=(197, 4000, 64), events=2), article("b.txt", sha="sha-b", values=(7,))]))
    b_before = snapshot(db, ("fact_metric",))["fact_metric"]
    b_before = [r for r in b_before if r[0] == natural_key("b.txt")]

    second = make_batch(
        [article("a.txt", sha="sha-a2", values=(250,), events=1, people=("Lê Văn Cường",))],
        files=[("a.txt", "sha-a2", "changed"), ("b.txt", "sha-b", "unchanged")],
    )
    counts = wh.load_run(second)

    assert counts["documents_replaced"] == 1
    facts = count(db, "SELECT doc_key, fact_index, value FROM facts_wide ORDER BY 1, 2")
    assert facts == [("a.txt", 0, 250.0), ("b.txt", 0, 7.0)]
    assert count(db, "SELECT count(*) FROM dim_event WHERE doc_key = 'a.txt'") == [(1,)]
    names = count(
        db,
        "SELECT p.name FROM fact_appearance a JOIN dim_person p USING (person_key) "
        "WHERE a.document_key = ? ORDER BY 1",
        [natural_key("a.txt")],
    )
    assert names == [("Lê Văn Cường",)]
    assert count(db, "SELECT content_sha256, loaded_run_id FROM dim_document WHERE doc_key = 'a.txt'") == [
        ("sha-a2", second.run["run_id"])
    ]
    # The unchanged article is untouched: same rows, still from the first run.
    assert [r for r in snapshot(db, ("fact_metric",))["fact_metric"] if r[0] == natural_key("b.txt")] == b_before
    ledger = dict(
        (path, (sha, outcome, loaded == second.run["run_id"]))
        for path, sha, outcome, loaded in count(db, "SELECT source_path, file_sha256, outcome, loaded_run_id FROM file_ledger")
    )
    assert ledger == {"a.txt": ("sha-a2", "changed", True), "b.txt": ("sha-b", "unchanged", False)}


def test_a_changed_jsonl_file_loses_the_lines_it_no_longer_has(db):
    wh = Warehouse(db)
    lines = [article(f"bulk.jsonl#L{n}", source_path="bulk.jsonl", sha=f"line-{n}", values=(n,)) for n in (1, 2, 3)]
    wh.load_run(make_batch(lines, files=[("bulk.jsonl", "v1", "new")]))
    assert count(db, "SELECT doc_count FROM file_ledger") == [(3,)]

    wh.load_run(make_batch(lines[:1], files=[("bulk.jsonl", "v2", "changed")]))

    assert count(db, "SELECT doc_key FROM dim_document") == [("bulk.jsonl#L1",)]
    assert count(db, "SELECT count(*) FROM fact_metric") == [(1,)]
    assert count(db, "SELECT file_sha256, doc_count FROM file_ledger") == [("v2", 1)]


def test_a_file_quarantined_after_a_change_no_longer_serves_its_old_facts(db):
    wh = Warehouse(db)
    wh.load_run(make_batch([article("a.txt"), article("b.txt", sha="sha-b")]))
    wh.load_run(make_batch([], files=[("a.txt", "garbled", "quarantined"), ("b.txt", "sha-b", "unchanged")]))
    assert count(db, "SELECT doc_key FROM dim_document") == [("b.txt",)]
    assert count(db, "SELECT source_path, outcome FROM file_ledger ORDER BY 1") == [
        ("a.txt", "quarantined"),
        ("b.txt", "unchanged"),
    ]


def test_prune_deletes_the_documents_of_removed_files(db):
    wh = Warehouse(db)
    b = article("b.txt", sha="sha-b", values=(5, 6, 7), orgs=(HAI_PHONG, NGO_QUYEN), people=("Phạm Văn Dũng", "Nguyễn Văn An"),
                published=datetime(2021, 1, 8), site="baobacgiang.com.vn")
    wh.load_run(make_batch([article("a.txt"), b]))
    counts = wh.load_run(make_batch([], files=[("a.txt", "sha-a", "unchanged")], prune=("b.txt",)))

    assert counts["documents_pruned"] == 1
    # Members only b used are gone (Hải Phòng city, Phạm Văn Dũng, its site and date);
    # those a still uses stay.
    assert counts["dimension_rows_removed"] == 4
    assert count(db, "SELECT name FROM dim_organization") == [(NGO_QUYEN[0],)]
    assert count(db, "SELECT name FROM dim_person ORDER BY 1") == [("Nguyễn Văn An",), ("Trần Thị Bình",)]
    assert count(db, "SELECT site FROM dim_source") == [("haiphong.gov.vn",)]
    assert count(db, "SELECT min(date), max(date) FROM dim_date") == [(date(2020, 8, 4), date(2020, 8, 5))]
    for table in ("fact_metric", "fact_appearance", "bridge_document_organization", "dim_event", "dim_document"):
        assert count(db, f"SELECT count(*) FROM {table} WHERE document_key = ?", [natural_key("b.txt")]) == [(0,)]
    assert count(db, "SELECT count(*) FROM fact_metric") == [(2,)]
    assert wh.known_files()["source_path"].to_list() == ["a.txt"]


def test_a_failure_inside_load_run_leaves_the_previous_state_exactly(db):
    wh = Warehouse(db)
    wh.load_run(make_batch([article("a.txt"), article("b.txt", sha="sha-b")]))
    before = snapshot(db)

    def failing_check(con):
        # The run's rows are in place when the checks run: the failure comes after them all.
        assert con.execute("SELECT count(*) FROM fact_metric WHERE value = 999").fetchall() == [(1,)]
        raise RuntimeError("warehouse check crashed")

    changed = make_batch(
        [article("a.txt", sha="sha-a2", values=(999,)), article("c.txt", sha="sha-c")],
        files=[("a.txt", "sha-a2", "changed"), ("c.txt", "sha-c", "new")],
        prune=("b.txt",),
    )
    with pytest.raises(RuntimeError, match="warehouse check crashed"):
        wh.load_run(changed, sql_checks=failing_check)
    assert snapshot(db) == before

    # The same batch loads cleanly afterwards (the run_id was never committed).
    wh.load_run(changed)
    assert count(db, "SELECT doc_key FROM dim_document ORDER BY 1") == [("a.txt",), ("c.txt",)]


def test_a_malformed_batch_is_refused_before_anything_is_written(db):
    wh = Warehouse(db)
    wh.load_run(make_batch([article("a.txt")]))
    before = snapshot(db)
    bad = make_batch([article("b.txt", sha="sha-b")])
    bad.facts = bad.facts.with_columns(pl.lit("members_count").alias("measure"))
    with pytest.raises(ValueError, match="unknown measure"):
        wh.load_run(bad)
    orphan = make_batch([article("b.txt", sha="sha-b")])
    orphan.documents = orphan.documents.clear()
    with pytest.raises(ValueError, match="not in the batch"):
        wh.load_run(orphan)
    assert snapshot(db) == before


def test_parsed_rows_missing_a_required_field_are_quarantined_not_fatal(db):
    batch = make_batch([article("a.txt", orgs=(HAI_PHONG, NGO_QUYEN), events=2)], quarantine=0)
    batch.organisations = batch.organisations.with_columns(
        pl.when(pl.col("org_index") == 0).then(None).otherwise(pl.col("level")).alias("level")
    )
    batch.events = batch.events.with_columns(
        pl.when(pl.col("event_index") == 1).then(None).otherwise(pl.col("type")).alias("type")
    )
    batch.people = batch.people.with_columns(pl.lit(None, pl.String).alias("name"))

    counts = Warehouse(db).load_run(batch)

    assert (counts["dim_organization"], counts["dim_event"], counts["fact_appearance"]) == (1, 1, 0)
    held = count(db, "SELECT doc_key, source_path, stage, check_name, reason FROM quarantine ORDER BY quarantine_index")
    assert held == [
        ("a.txt", "a.txt", "parse", "organisations_complete", "organisations row without level: not loaded"),
        ("a.txt", "a.txt", "parse", "events_complete", "events row without type: not loaded"),
        ("a.txt", "a.txt", "parse", "people_complete", "people row without name: not loaded"),
        ("a.txt", "a.txt", "parse", "people_complete", "people row without name: not loaded"),
    ]
    (payload,) = count(db, "SELECT payload FROM quarantine WHERE check_name = 'organisations_complete'")
    assert '"name":"Đảng bộ thành phố Hải Phòng"' in payload[0]
    # The facts fall back to the organisation that remains.
    assert count(db, "SELECT DISTINCT organization FROM facts_wide") == [(NGO_QUYEN[0],)]


def test_sql_check_results_are_stored_with_the_run(db):
    wh = Warehouse(db)

    def checks(con):
        orphans = con.execute(
            "SELECT count(*) FROM fact_metric f LEFT JOIN dim_document d USING (document_key) WHERE d.doc_key IS NULL"
        ).fetchall()[0][0]
        return schema.conform(
            [{"suite": "warehouse_sql", "expectation": "facts_have_documents", "success": orphans == 0,
              "unexpected_count": orphans, "sample": "[]"}],
            schema.VALIDATION_RESULTS,
        )

    batch = make_batch([article("a.txt")])
    counts = wh.load_run(batch, sql_checks=checks)
    assert counts["validation_result"] == 3
    run, results = wh.last_validation_results()
    assert run["run_id"] == batch.run["run_id"] and run["status"] == "succeeded"
    assert results.columns == list(schema.VALIDATION_RESULTS)
    assert results["expectation"].to_list() == ["not_null(value)", "in_set(unit)", "facts_have_documents"]
    assert results["success"].to_list() == [True, True, True]


def test_a_kill_9_in_the_middle_of_a_load_leaves_the_last_committed_state(db, tmp_path):
    wh = Warehouse(db)
    wh.load_run(make_batch([article("a.txt"), article("b.txt", sha="sha-b")]))
    before = snapshot(db)
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        sys.path[:0] = [{str(REPO)!r}, {str(Path(__file__).parent)!r}]
        from pathlib import Path
        from test_warehouse import article, make_batch
        from warehouse.store import Warehouse

        def die(con):  # every insert of the run has run; the commit has not
            os.kill(os.getpid(), signal.SIGKILL)

        batch = make_batch([article("a.txt", sha="sha-a2", values=(1, 2, 3)), article("c.txt", sha="sha-c")],
                           files=[("a.txt", "sha-a2", "changed"), ("c.txt", "sha-c", "new")], prune=("b.txt",))
        Warehouse(Path({str(db)!r})).load_run(batch, sql_checks=die)
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    # Opening the file again recovers from its write-ahead log: nothing of the killed run.
    with Warehouse(db).connect():
        pass
    assert snapshot(db) == before


# -- failed runs, reads -------------------------------------------------------------------


def test_a_failed_run_is_recorded_with_its_quarantine_and_results(db):
    wh = Warehouse(db)
    wh.load_run(make_batch([article("a.txt")]))
    facts_before = snapshot(db, ("fact_metric",))
    failed = make_batch([article("b.txt", sha="sha-b")], quarantine=3)
    run = {**failed.run, "status": None, "message": "40% of facts failed validation"}
    run.pop("status")

    counts = wh.record_failed_run(run, quarantine=failed.quarantine, validation_results=failed.validation_results)
    again = wh.record_failed_run(run, quarantine=failed.quarantine.head(1))

    assert counts == {"etl_run": 1, "quarantine": 3, "validation_result": 2}
    assert again == {"etl_run": 1, "quarantine": 1, "validation_result": 0}
    assert snapshot(db, ("fact_metric",)) == facts_before
    assert count(db, "SELECT count(*) FROM etl_run") == [(2,)]
    assert count(db, "SELECT count(*) FROM quarantine WHERE run_id = ?", [run["run_id"]]) == [(4,)]
    last, results = wh.last_validation_results()
    assert (last["run_id"], last["status"], last["message"]) == (run["run_id"], "failed", run["message"])
    assert results.height == 2
    assert wh.known_files()["source_path"].to_list() == ["a.txt"]


def test_run_times_are_stored_in_utc(db):
    batch = make_batch([article("a.txt")])
    batch.run["started_at"] = datetime(2024, 3, 1, 9, 0, tzinfo=timezone(timedelta(hours=7)))
    Warehouse(db).load_run(batch)
    assert count(db, "SELECT started_at FROM etl_run") == [(datetime(2024, 3, 1, 2, 0),)]


def test_known_files_of_a_missing_warehouse_is_empty_and_creates_nothing(db):
    known = Warehouse(db).known_files()
    assert known.height == 0 and known.columns == ["source_path", "file_sha256", "doc_count"]
    assert not db.exists()
    run, results = Warehouse(db).last_validation_results()
    assert run is None and results.height == 0


# -- attributing facts to organisations ---------------------------------------------------


def test_facts_go_to_the_organisation_their_subject_names():
    orgs = schema.conform(
        [
            {"doc_key": "a", "org_index": 0, "name": "Đảng bộ tỉnh Bắc Giang", "level": "province", "province": "Bắc Giang"},
            {"doc_key": "a", "org_index": 1, "name": "Đảng bộ huyện Lục Nam", "level": "district", "province": "Bắc Giang"},
            {"doc_key": "a", "org_index": 2, "name": "Đảng ủy Khối các cơ quan tỉnh", "level": "bloc", "province": "Bắc Giang"},
        ],
        schema.ORGANISATIONS,
    )
    subjects = ["Huyện uỷ Lục Nam", "đảng ủy khối các cơ quan tỉnh", None, "Công an tỉnh", "Tỉnh ủy Bắc Giang"]
    facts = schema.conform(
        [{"doc_key": "a", "fact_index": i, "subject": s} for i, s in enumerate(subjects)]
        + [{"doc_key": "lonely", "fact_index": 0, "subject": "Chi bộ 3"}],
        schema.FACTS,
    )
    attributed = attribute_facts(facts, orgs).sort("doc_key", "fact_index")
    assert attributed["org_index"].to_list() == [1, 2, 0, 0, 0, None]
    assert attributed.columns == list(schema.FACTS) + ["org_index"]


# -- the writer lock ----------------------------------------------------------------------


def _hold(db: Path, code: str) -> subprocess.Popen:
    """A separate process that runs `code` with `wh` bound, prints 'held', then waits for a
    line on stdin before finishing."""
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(REPO)!r})
        from pathlib import Path
        from warehouse.store import Warehouse
        wh = Warehouse(Path({str(db)!r}))
        """
    ) + textwrap.dedent(code)
    proc = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_writer_lock_refuses_a_second_holder_at_once_and_names_it(db):
    holder = _hold(db, "with wh.writer_lock():\n    print('held', flush=True)\n    sys.stdin.readline()\n")
    try:
        with pytest.raises(WarehouseBusy) as refused:
            with Warehouse(db).writer_lock():
                pytest.fail("a second writer got the lock")
        assert f"pid {holder.pid}" in str(refused.value)
        assert "--wait" in str(refused.value)
    finally:
        holder.communicate("\n", timeout=30)
    with Warehouse(db).writer_lock():  # free again once the holder is done
        pass


def test_writer_lock_waits_for_the_holder_when_asked(db, tmp_path):
    released = tmp_path / "released"
    holder = _hold(
        db,
        f"""
        with wh.writer_lock():
            print('held', flush=True)
            sys.stdin.readline()
            Path({str(released)!r}).write_text('yes')
        """,
    )
    seen: list[bool] = []

    def wait_for_lock():
        with Warehouse(db).writer_lock(wait=True):
            seen.append(released.exists())

    waiter = threading.Thread(target=wait_for_lock)
    waiter.start()
    holder.communicate("\n", timeout=30)
    waiter.join(timeout=30)
    assert seen == [True], "the waiter got the lock before the holder released it"


def test_a_killed_holder_leaves_no_lock_behind(db):
    holder = _hold(db, "with wh.writer_lock():\n    print('held', flush=True)\n    sys.stdin.readline()\n")
    holder.kill()
    holder.wait(timeout=30)
    with Warehouse(db).writer_lock():
        pass


def test_a_process_holding_the_database_open_is_reported_as_busy(db):
    Warehouse(db).load_run(make_batch([article("a.txt")]))
    holder = _hold(db, "con = wh.connect()\nprint('held', flush=True)\nsys.stdin.readline()\n")
    try:
        with pytest.raises(WarehouseBusy, match="published copy"):
            Warehouse(db).known_files()
    finally:
        holder.communicate("\n", timeout=30)
