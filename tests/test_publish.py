"""warehouse/publish.py on real files: Parquet per table, facts_wide, the read-only copy,
and a publish that dies part-way leaving the previous outputs intact."""

from __future__ import annotations

import json
import os
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from test_warehouse import ALL_TABLES, HAI_PHONG, NGO_QUYEN, article, make_batch
from warehouse import publish as publish_module
from warehouse.publish import PublishError, open_published, publish
from warehouse.store import Warehouse


@pytest.fixture
def loaded(tmp_path) -> tuple[Path, Path, Path]:
    db = tmp_path / "warehouse" / "solieu.duckdb"
    Warehouse(db).load_run(
        make_batch([article("a.txt", values=(197, 4000, 64), orgs=(HAI_PHONG, NGO_QUYEN)), article("b.txt", sha="sha-b")])
    )
    return db, tmp_path / "warehouse" / "exports", tmp_path / "warehouse" / "published" / "solieu.duckdb"


def parquet_rows(folder: Path) -> dict[str, int]:
    return {p.stem: pq.read_metadata(p).num_rows for p in sorted(folder.glob("*.parquet"))}


def table_rows(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in ALL_TABLES + ("facts_wide",)}


def test_publish_writes_every_table_facts_wide_and_the_copy(loaded):
    db, exports, published = loaded
    out = publish(db, exports, published)

    assert parquet_rows(exports) == table_rows(db)
    assert parquet_rows(exports)["facts_wide"] == parquet_rows(exports)["fact_metric"] == 5  # no join fan-out
    assert out["facts_wide"] == exports / "facts_wide.parquet"
    assert out["published"] == published and published.is_file()
    manifest = json.loads(out["manifest"].read_text(encoding="utf-8"))
    assert {name: t["rows"] for name, t in manifest["tables"].items()} == table_rows(db)
    with duckdb.connect(str(db), read_only=True) as con:
        assert manifest["last_run_id"] == con.execute("SELECT run_id FROM etl_run").fetchall()[0][0]
    assert not [p.name for p in exports.iterdir() if p.name.startswith(".")], "temp files left behind"

    wide = pq.read_table(exports / "facts_wide.parquet").sort_by([("doc_key", "ascending"), ("fact_index", "ascending")])
    assert wide.column("measure").to_pylist() == ["delegates", "party_members", "grassroots_orgs", "delegates", "party_members"]
    assert wide.column("value").to_pylist() == [197.0, 4000.0, 64.0, 197.0, 4000.0]
    assert wide.column("organization").to_pylist()[:3] == [HAI_PHONG[0]] * 3
    # Comments travel with the data, for whoever reads only the Parquet.
    metric = pq.read_schema(exports / "fact_metric.parquet")
    assert b"Grain:" in metric.metadata[b"comment"]
    assert metric.field("quote").metadata[b"comment"].startswith(b"The sentence")

    with open_published(published) as con:
        assert con.execute("SELECT count(*) FROM fact_metric").fetchall() == [(5,)]
        assert con.execute("SELECT count(*) FROM facts_wide").fetchall() == [(5,)]


def test_the_published_copy_opens_read_only_and_refuses_writes(loaded):
    db, exports, published = loaded
    publish(db, exports, published)
    with open_published(published) as con:
        with pytest.raises(duckdb.Error):
            con.execute("DELETE FROM fact_metric")
        with pytest.raises(duckdb.Error):
            con.execute("CREATE TABLE intruder (x INTEGER)")
    assert not os.stat(published).st_mode & 0o222, "the copy should carry no write permission"
    with pytest.raises(FileNotFoundError):
        open_published(published.with_name("missing.duckdb"))


def test_a_publish_that_dies_midway_leaves_the_previous_exports_readable(loaded, monkeypatch):
    db, exports, published = loaded
    publish(db, exports, published)
    before = {p.name: p.read_bytes() for p in exports.iterdir()}
    copy_before = published.read_bytes()

    # A newer load, then a publish whose fourth Parquet write fails half-written.
    Warehouse(db).load_run(make_batch([article("c.txt", sha="sha-c", values=(1, 2, 3))]))
    real_write = publish_module._write_parquet
    calls = []

    def dying_write(con, name, comment, target):
        calls.append(name)
        if len(calls) == 4:
            target.write_bytes(b"PAR1 half a file")
            raise OSError("disk full")
        return real_write(con, name, comment, target)

    monkeypatch.setattr(publish_module, "_write_parquet", dying_write)
    with pytest.raises(OSError, match="disk full"):
        publish(db, exports, published)

    assert {p.name: p.read_bytes() for p in exports.iterdir()} == before
    assert published.read_bytes() == copy_before
    assert not [p.name for p in published.parent.iterdir() if p.name.startswith(".")]
    assert pq.read_table(exports / "fact_metric.parquet").num_rows == 5

    # The next publish goes through and shows the newer load.
    monkeypatch.setattr(publish_module, "_write_parquet", real_write)
    publish(db, exports, published)
    assert parquet_rows(exports)["fact_metric"] == 8
    with open_published(published) as con:
        assert con.execute("SELECT count(*) FROM fact_metric").fetchall() == [(8,)]


def test_stale_temp_files_of_a_killed_publish_are_cleared(loaded):
    db, exports, published = loaded
    exports.mkdir(parents=True)
    stale = exports / f".fact_metric.parquet{publish_module.TEMP_MARK}12345-deadbeef"
    stale.write_bytes(b"junk")
    foreign = exports / ".someone-elses-file"
    foreign.write_bytes(b"keep")
    publish(db, exports, published)
    assert not stale.exists()
    assert foreign.exists()


def test_publish_refuses_a_warehouse_with_uncheckpointed_changes(loaded):
    db, exports, published = loaded
    con = duckdb.connect(str(db))
    try:
        con.execute("SET wal_autocheckpoint = '1GB'")
        con.execute("UPDATE dim_document SET title = 'changed'")
        with pytest.raises(PublishError, match="not checkpointed"):
            publish(db, exports, published)
    finally:
        con.close()
    assert not published.exists()
    publish(db, exports, published)  # closed (and so checkpointed): fine now
    with open_published(published) as reader:
        assert reader.execute("SELECT DISTINCT title FROM dim_document").fetchall() == [("changed",)]
