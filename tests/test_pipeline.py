"""Issue 2: the whole path, end to end, through the real CLI, a real Prefect run and a real DuckDB file."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import unicodedata

import duckdb
import pytest

from conftest import REPO, SEEDS, run_solieu

SEED_000 = "000_9bc36e41751a7b1a.txt"
SEED_001 = "001_c92900372932b516.txt"
SEED_002 = "002_a6365a9eb4a4b482.txt"
SEED_003 = "003_8c5f52d723c3b0b4.txt"
SEED_004 = "004_ff265f1b5f5611b3.txt"

# Hand-checked against the articles: (doc, measure, value, unit, kind, qualifier).
EXPECTED_FACTS = [
    (SEED_000, "delegates", 197, "count", "actual", "exact"),
    (SEED_000, "party_members", 4000, "count", "actual", "more_than"),
    (SEED_000, "grassroots_orgs", 64, "count", "actual", "exact"),
    (SEED_000, "members_admitted", 1124, "count", "actual", "exact"),
    (SEED_000, "members_admitted", 102.2, "percent", "attainment", "exact"),
    (SEED_000, "presidium_size", 5, "count", "actual", "exact"),
    (SEED_001, "delegates", 246, "count", "actual", "exact"),
    (SEED_001, "party_members", 4500, "count", "actual", "more_than"),
    (SEED_001, "grassroots_orgs", 77, "count", "actual", "exact"),
    (SEED_001, "members_admitted", 125, "percent", "attainment", "exact"),
    (SEED_002, "party_members", 11804, "count", "actual", "exact"),
    (SEED_002, "party_cells", 558, "count", "actual", "exact"),
    (SEED_002, "grassroots_orgs", 96, "count", "actual", "exact"),
    (SEED_002, "party_members", 1072, "count", "change", "exact"),
    (SEED_003, "awards", 12, "count", "actual", "exact"),
    (SEED_004, "party_orgs", 20, "count", "actual", "exact"),
]

# Numbers that only page chrome states: counters, ratings, phone numbers, timers.
CHROME_VALUES = {
    SEED_001: [150, 10, 60],
    SEED_003: [18, 225, 3821055, 3747352],
    SEED_004: [106],
}

CONTENT_TABLES = [
    "fact_metric",
    "fact_appearance",
    "dim_document",
    "dim_organization",
    "dim_event",
    "dim_person",
    "dim_measure",
    "dim_source",
    "dim_date",
]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory, prefect_home):
    """`solieu run` over a copy of seeds/ into a fresh warehouse, as a user would run it."""
    work = tmp_path_factory.mktemp("pipeline")
    shutil.copytree(SEEDS, work / "raw")
    db = work / "warehouse" / "solieu.duckdb"
    first = run_solieu(["run", "raw", "--warehouse", db], work, prefect_home)
    return work, db, first


def facts_of(db) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(
            "select doc_key, measure, value, unit, kind, qualifier from read_parquet(?)",
            [str(db.parent / "exports" / "facts_wide.parquet")],
        ).fetchall()


def table_counts(db) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in CONTENT_TABLES}


def test_run_exits_zero_with_a_summary(seeded):
    work, db, first = seeded
    assert first.returncode == 0, first.stderr[-3000:]
    assert "5 documents seen" in first.stdout
    assert "facts loaded" in first.stdout
    assert str(db) in first.stdout or "solieu.duckdb" in first.stdout
    assert db.is_file()


@pytest.mark.parametrize("expected", EXPECTED_FACTS, ids=lambda e: f"{e[0][:3]}-{e[1]}-{e[2]}")
def test_warehouse_holds_the_hand_checked_facts(seeded, expected):
    work, db, first = seeded
    assert first.returncode == 0, first.stderr[-3000:]
    doc, measure, value, unit, kind, qualifier = expected
    rows = facts_of(db)
    assert any(
        r[0] == doc and r[1] == measure and abs(r[2] - value) < 1e-9 and r[3:] == (unit, kind, qualifier)
        for r in rows
    ), f"missing {expected}; facts of {doc}: {[r for r in rows if r[0] == doc]}"


def test_every_seed_has_facts_in_fact_metric(seeded):
    work, db, first = seeded
    with duckdb.connect(str(db), read_only=True) as con:
        docs = con.execute(
            "select d.doc_key, count(*) from fact_metric f join dim_document d using (document_key) group by 1"
        ).fetchall()
    assert {d for d, n in docs if n > 0} == {SEED_000, SEED_001, SEED_002, SEED_003, SEED_004}


def test_no_fact_comes_from_page_chrome(seeded):
    work, db, first = seeded
    rows = facts_of(db)
    for doc, values in CHROME_VALUES.items():
        stated = {r[2] for r in rows if r[0] == doc}
        assert not stated & set(values), f"{doc}: chrome numbers {stated & set(values)} became facts"


def test_exports_and_published_copy(seeded):
    work, db, first = seeded
    exports = db.parent / "exports"
    for table in CONTENT_TABLES + ["facts_wide", "etl_run", "quarantine", "validation_result"]:
        assert (exports / f"{table}.parquet").is_file(), table
    published = db.parent / "published" / "solieu.duckdb"
    with duckdb.connect(str(published), read_only=True) as con:
        assert con.execute("select count(*) from fact_metric").fetchone()[0] > 0
        with pytest.raises(duckdb.Error):
            con.execute("create table intruder (x int)")


def test_validation_results_stored_for_the_run(seeded):
    work, db, first = seeded
    with duckdb.connect(str(db), read_only=True) as con:
        run_id, status = con.execute("select run_id, status from etl_run order by started_at desc limit 1").fetchone()
        n = con.execute("select count(*) from validation_result where run_id = ?", [run_id]).fetchone()[0]
    assert status == "succeeded"
    assert n > 5


def test_second_run_on_the_same_input_adds_no_rows(seeded, prefect_home):
    work, db, first = seeded
    before = table_counts(db)
    second = run_solieu(["run", "raw", "--warehouse", db], work, prefect_home)
    assert second.returncode == 0, second.stderr[-3000:]
    assert "5 unchanged" in second.stdout
    assert table_counts(db) == before


@pytest.mark.parametrize("seed", [SEED_000, SEED_001, SEED_002, SEED_003, SEED_004])
def test_extract_json_prints_the_contract_fields(seed, tmp_path, prefect_home):
    out = run_solieu(["extract", SEEDS / seed, "--json"], tmp_path, prefect_home, timeout=60)
    assert out.returncode == 0, out.stderr
    text = unicodedata.normalize("NFC", (SEEDS / seed).read_text(encoding="utf-8"))
    facts = [json.loads(line) for line in out.stdout.splitlines()]
    assert facts
    for fact in facts:
        assert list(fact) == [
            "measure", "value", "unit", "kind", "qualifier", "noun", "period", "subject", "start", "end", "quote",
        ]
        span = text[fact["start"] : fact["end"]]
        assert any(ch.isdigit() for ch in span) or span.strip(), span
    starts = [f["start"] for f in facts]
    assert starts == sorted(starts)


def test_extract_stays_off_prefect_and_great_expectations():
    code = (
        "import sys; from typer.testing import CliRunner; from flows.cli import app;"
        f"r = CliRunner().invoke(app, ['extract', {str(SEEDS / SEED_000)!r}, '--json']);"
        "assert r.exit_code == 0, r.output;"
        "heavy = [m for m in ('prefect', 'great_expectations') if m in sys.modules];"
        "assert not heavy, heavy"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_extract_reports_a_missing_file_clearly(tmp_path, prefect_home):
    out = run_solieu(["extract", tmp_path / "nope.txt", "--json"], tmp_path, prefect_home, timeout=60)
    assert out.returncode == 2
    assert "no such file" in out.stderr


def test_validate_shows_the_last_runs_results_and_writes_a_report(seeded, prefect_home):
    work, db, first = seeded
    out = run_solieu(["validate", "--warehouse", db], work, prefect_home, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "facts_common" in out.stdout and "unit_code" in out.stdout
    assert "FAIL" not in out.stdout and " 0 failed" in out.stdout  # the seeds pass every check
    page = (db.parent / "data_docs" / "index.html").read_text(encoding="utf-8")
    assert "<table" in page and "http://" not in page and "https://" not in page


def test_evaluate_scores_the_seeds_at_three_levels(tmp_path, prefect_home):
    out = run_solieu(["evaluate", REPO / "tests" / "gold" / "seeds.jsonl", SEEDS], tmp_path, prefect_home, timeout=120)
    assert out.returncode == 0, out.stderr
    last = out.stdout.strip().splitlines()[-3:]
    assert [line.split()[0] for line in last] == ["value+unit", "+measure", "+kind+qualifier"], last


def test_review_writes_an_offline_page_with_every_fact(tmp_path, prefect_home):
    page = tmp_path / "review.html"
    out = run_solieu(["review", SEEDS / SEED_002, "-o", page], tmp_path, prefect_home, timeout=120)
    assert out.returncode == 0, out.stderr
    html = page.read_text(encoding="utf-8")
    assert "11.804" in html and "party_members" in html
    assert "<script src" not in html and "<link" not in html


def test_parse_batches_in_two_processes_give_the_same_warehouse(seeded, tmp_path, prefect_home):
    work, db, first = seeded
    other = tmp_path / "wh" / "solieu.duckdb"
    out = run_solieu(
        ["run", work / "raw", "--warehouse", other, "--workers", "2", "--batch-size", "2"], tmp_path, prefect_home
    )
    assert out.returncode == 0, out.stderr[-3000:]
    assert sorted(facts_of(other)) == sorted(facts_of(db))
