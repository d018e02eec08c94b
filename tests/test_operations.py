"""Issue 5: incremental loads, bad inputs, crash safety, one writer at a time, accounting."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import time
import unicodedata

import duckdb
import pytest

from conftest import SEEDS, SOLIEU, run_solieu, solieu_env
from test_decode import cp1258_bytes

SEED_000 = "000_9bc36e41751a7b1a.txt"


def copy_seeds(target, names=None):
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(SEEDS.glob("*.txt")):
        if names is None or path.name in names:
            shutil.copy(path, target / path.name)
    return target


def query(db, sql, params=()):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def last_run(db) -> dict:
    with duckdb.connect(str(db), read_only=True) as con:
        cur = con.execute("select * from etl_run order by started_at desc limit 1")
        return dict(zip([d[0] for d in cur.description], cur.fetchone()))


def exported(db) -> dict[str, list]:
    """What dashboards and analysts see: the Parquet exports and the published copy."""
    wide = db.parent / "exports" / "facts_wide.parquet"
    published = db.parent / "published" / db.name
    return {
        "exported_facts": query(db, "select count(*), sum(value) from read_parquet(?)", [str(wide)]),
        "published_facts": query(published, "select count(*), sum(value) from fact_metric"),
    }


def snapshot(db) -> dict[str, list]:
    """The warehouse's content, without run ids and load times (which differ between runs)."""
    return {
        "facts": query(
            db,
            'select doc_key, code, value, unit, kind, qualifier, noun, period, span_start, span_end '
            "from fact_metric f join dim_document d using (document_key) join dim_measure m using (measure_key) "
            "order by all",
        ),
        "documents": query(db, "select doc_key, content_sha256, title, published_at from dim_document order by all"),
        "organizations": query(db, "select name, level, province from dim_organization order by all"),
        "people": query(db, "select name from dim_person order by all"),
        "appearances": query(db, "select count(*) from fact_appearance"),
        **exported(db),
    }


def assert_accounting(run: dict) -> None:
    assert run["docs_seen"] == run["docs_loaded"] + run["docs_unchanged"] + run["docs_quarantined"], run


def test_changed_file_replaces_its_facts_and_removed_files_stay_unless_pruned(tmp_path, prefect_home):
    raw = copy_seeds(tmp_path / "raw")
    db = tmp_path / "wh" / "solieu.duckdb"
    assert run_solieu(["run", raw, "--warehouse", db], tmp_path, prefect_home).returncode == 0
    before = query(db, "select count(*) from fact_metric join dim_document using (document_key) where doc_key = ?", [SEED_000])

    article = raw / SEED_000
    article.write_text(article.read_text(encoding="utf-8").replace("197 đại biểu", "199 đại biểu"), encoding="utf-8")
    out = run_solieu(["run", raw, "--warehouse", db], tmp_path, prefect_home)
    assert out.returncode == 0, out.stderr[-2000:]
    run = last_run(db)
    assert (run["docs_changed"], run["docs_unchanged"], run["docs_new"]) == (1, 4, 0)
    assert_accounting(run)
    values = {v for (v,) in query(
        db,
        "select value from fact_metric join dim_document using (document_key) join dim_measure using (measure_key) "
        "where doc_key = ? and code = 'delegates'",
        [SEED_000],
    )}
    assert 199 in values and 197 not in values
    after = query(db, "select count(*) from fact_metric join dim_document using (document_key) where doc_key = ?", [SEED_000])
    assert after == before

    (raw / SEED_000).unlink()
    assert run_solieu(["run", raw, "--warehouse", db], tmp_path, prefect_home).returncode == 0
    assert query(db, "select count(*) from dim_document where doc_key = ?", [SEED_000]) == [(1,)]
    assert run_solieu(["run", raw, "--warehouse", db, "--prune"], tmp_path, prefect_home).returncode == 0
    assert query(db, "select count(*) from dim_document where doc_key = ?", [SEED_000]) == [(0,)]
    assert query(
        db, "select count(*) from fact_metric f where not exists (select 1 from dim_document d where d.document_key = f.document_key)"
    ) == [(0,)]


def test_each_bad_input_gets_its_outcome_while_good_files_load(tmp_path, prefect_home):
    raw = copy_seeds(tmp_path / "raw", names={SEED_000})
    vietnamese = unicodedata.normalize("NFC", (SEEDS / SEED_000).read_text(encoding="utf-8"))
    (raw / "trống.txt").write_bytes(b"")
    (raw / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (raw / "utf16 bài viết.txt").write_bytes(vietnamese.replace("197", "198").encode("utf-16"))
    (raw / "bom.txt").write_bytes(b"\xef\xbb\xbf" + vietnamese.replace("197", "196").encode("utf-8"))
    (raw / "nfd.txt").write_text(unicodedata.normalize("NFD", vietnamese.replace("197", "195")), encoding="utf-8")
    (raw / "cp1258.txt").write_bytes(cp1258_bytes(vietnamese.replace("197", "194")))
    (raw / "page.html").write_text(
        "<html><head><title>Đại hội</title><script>var x = 1234;</script></head><body><nav>Trang chủ 99</nav>"
        f"<article><h1>Đại hội Đảng bộ</h1><p>{vietnamese.replace('197', '193')}</p></article></body></html>",
        encoding="utf-8",
    )
    (raw / "bulk.jsonl").write_text(
        json.dumps({"text": vietnamese.replace("197", "192"), "url": "https://example.vn/a"}, ensure_ascii=False)
        + "\n{not json\n"
        + json.dumps({"text": vietnamese.replace("197", "191")}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    with open(raw / "big.txt", "wb") as big:
        line = ("Đảng bộ có 12 chi bộ. " * 40 + "\n").encode()
        for _ in range((50 * 1024 * 1024) // len(line) + 1):
            big.write(line)
    os.symlink(raw / "loop_b", raw / "loop_a")
    os.symlink(raw / "loop_a", raw / "loop_b")

    db = tmp_path / "wh" / "solieu.duckdb"
    out = run_solieu(["run", raw, "--warehouse", db], tmp_path, prefect_home)
    assert out.returncode == 0, out.stderr[-3000:]
    loaded = {k for (k,) in query(db, "select doc_key from dim_document")}
    assert {SEED_000, "utf16 bài viết.txt", "bom.txt", "nfd.txt", "cp1258.txt", "page.html", "bulk.jsonl#L1", "bulk.jsonl#L3"} <= loaded
    delegates = {v for (v,) in query(
        db, "select value from fact_metric join dim_measure using (measure_key) where code = 'delegates'"
    )}
    assert {197, 198, 196, 195, 194, 193, 192, 191} <= delegates
    quarantined = {k: reason for k, reason in query(db, "select source_path, reason from quarantine")}
    for path in ("trống.txt", "binary.txt", "bulk.jsonl", "big.txt"):
        assert path in quarantined, (path, quarantined)
    assert any("loop" in path for path in quarantined), quarantined
    run = last_run(db)
    assert_accounting(run)
    assert run["status"] == "succeeded"


CRASH_POINTS = ["parse", "load", "publish"]


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory, prefect_home):
    work = tmp_path_factory.mktemp("clean")
    raw = copy_seeds(work / "raw")
    db = work / "wh" / "solieu.duckdb"
    assert run_solieu(["run", raw, "--warehouse", db], work, prefect_home).returncode == 0
    return snapshot(db)


@pytest.mark.slow
@pytest.mark.parametrize("point", CRASH_POINTS)
def test_kill_9_then_rerun_gives_the_uninterrupted_warehouse(point, tmp_path, prefect_home, uninterrupted):
    names = sorted(p.name for p in SEEDS.glob("*.txt"))
    raw = copy_seeds(tmp_path / "raw", names=set(names[:2]))
    db = tmp_path / "wh" / "solieu.duckdb"
    assert run_solieu(["run", raw, "--warehouse", db], tmp_path, prefect_home).returncode == 0
    good = snapshot(db)

    copy_seeds(raw)  # the night's new files arrive
    crashed = run_solieu(["run", raw, "--warehouse", db], tmp_path, prefect_home, SOLIEU_CRASH_AT=point)
    assert crashed.returncode == -9, (crashed.returncode, crashed.stderr[-2000:])
    # Readers still see the last good run. Before the commit the warehouse is that state too;
    # a kill while publishing comes after the commit, so there only the outputs are the old ones.
    if point == "publish":
        assert exported(db) == {k: good[k] for k in exported(db)}
    else:
        assert snapshot(db) == good

    rerun = run_solieu(["run", raw, "--warehouse", db], tmp_path, prefect_home)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert snapshot(db) == uninterrupted


def test_a_second_writer_is_refused_at_once_or_waits_when_asked(tmp_path, prefect_home):
    from warehouse.store import Warehouse

    raw = copy_seeds(tmp_path / "raw", names={SEED_000})
    db = tmp_path / "wh" / "solieu.duckdb"
    with Warehouse(db).writer_lock():
        started = time.monotonic()
        refused = run_solieu(["run", raw, "--warehouse", db], tmp_path, prefect_home)
        assert refused.returncode == 3
        assert "solieu:" in refused.stderr and "--wait" in refused.stderr
        assert time.monotonic() - started < 60

        waiting = subprocess.Popen(
            [str(SOLIEU), "run", str(raw), "--warehouse", str(db), "--wait"],
            cwd=tmp_path, env=solieu_env(prefect_home), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        time.sleep(3)
        assert waiting.poll() is None  # still queued behind the lock
    stdout, stderr = waiting.communicate(timeout=600)
    assert waiting.returncode == 0, stderr[-2000:]
    assert query(db, "select count(*) from dim_document") == [(1,)]
