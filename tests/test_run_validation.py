"""Issue 4 through the real flow: bad articles are quarantined with their reason, nothing is lost,
and a run with too much bad data fails loudly after recording why."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from conftest import REPO, run_solieu

BAD = REPO / "tests" / "bad_articles"
EXPECTED = json.loads((BAD / "expected.json").read_text(encoding="utf-8"))
ARTICLES = sorted(name for name in EXPECTED if not name.startswith("_"))


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory, prefect_home):
    work = tmp_path_factory.mktemp("bad-run")
    raw = work / "raw"
    raw.mkdir()
    for name in ARTICLES:
        shutil.copy(BAD / name, raw / name)
    db = work / "wh" / "solieu.duckdb"
    out = run_solieu(["run", raw, "--warehouse", db], work, prefect_home)
    return work, db, out


def rows(db: Path, sql: str, params=()):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def test_bad_facts_are_quarantined_with_the_check_that_failed(bad_run):
    work, db, out = bad_run
    assert out.returncode == 0, out.stderr[-3000:]
    quarantined = rows(db, "select doc_key, check_name, payload from quarantine where stage = 'validate'")
    for name in ARTICLES:
        for bad in EXPECTED[name]["quarantined"]:
            assert any(
                doc == name and check == bad["check"] and json.loads(payload)["value"] == bad["value"]
                for doc, check, payload in quarantined
            ), (name, bad, [q for q in quarantined if q[0] == name])
        loaded = {v for (v,) in rows(
            db,
            "select value from fact_metric join dim_document using (document_key) where doc_key = ?",
            [name],
        )}
        bad_values = {bad["value"] for bad in EXPECTED[name]["quarantined"]}
        good_values = {fact[1] for fact in EXPECTED[name]["facts"]} - bad_values
        # a quarantined value never loads, unless a good fact of the article states it too
        assert not (loaded & bad_values) - good_values, (name, loaded & bad_values)


def test_contradicting_documents_are_flagged(bad_run):
    work, db, out = bad_run
    flagged = {doc for doc, reason in rows(db, "select doc_key, contradiction from dim_document") if reason}
    assert flagged == {name for name in ARTICLES if EXPECTED[name]["flagged"]}


def test_nothing_is_lost(bad_run):
    work, db, out = bad_run
    (extracted, loaded, quarantined), = rows(
        db, "select facts_extracted, facts_loaded, facts_quarantined from etl_run"
    )
    assert loaded + quarantined == extracted
    assert rows(db, "select count(*) from fact_metric") == [(loaded,)]
    assert rows(db, "select count(*) from quarantine where stage = 'validate'") == [(quarantined,)]


def test_too_much_bad_data_fails_the_run_loudly_after_recording_why(tmp_path, prefect_home):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ARTICLES:
        shutil.copy(BAD / name, raw / name)
    db = tmp_path / "wh" / "solieu.duckdb"
    out = run_solieu(["run", raw, "--warehouse", db, "--max-quarantine-share", "0.01"], tmp_path, prefect_home)
    assert out.returncode == 4
    assert "run failed" in out.stderr and "threshold" in out.stderr
    (status, message), = rows(db, "select status, message from etl_run")
    assert status == "failed" and "threshold" in message
    assert rows(db, "select count(*) from fact_metric") == [(0,)]
    assert rows(db, "select count(*) from quarantine")[0][0] > 0
