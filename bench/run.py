"""Speed of solieu, as ratios measured in one run (never as assertions in tests).

    .venv/bin/python bench/run.py [--docs N] [--out bench/out]

Reports:
- extract: ms per article on real text (the out-of-genre corpus when ../shared is there, else the
  seeds tiled), and that time as a share of the 1 s budget per article;
- parse scaling: parse_batch over N documents in 1 process vs 2 processes (the 2-core machine);
- incremental: a full `solieu run` over N new files vs the same run again (all unchanged), the
  ratio being what "unchanged files cost one hash" buys;
- an estimate for a million articles at the measured rates.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import polars as pl

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "baomoi-2017.parquet"
sys.path.insert(0, str(REPO))

from transforms.facts import extract_facts  # noqa: E402
from transforms.parse import parse_batch  # noqa: E402
from transforms.schema import DOCUMENTS  # noqa: E402


def sample_texts(n: int) -> list[str]:
    """Real article texts: party-building seeds mixed into the out-of-genre corpus."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    heldout = sorted((REPO / "tests" / "gold" / "heldout" / "texts").glob("*.txt"))
    genre = seeds + [p.read_text(encoding="utf-8") for p in heldout]
    if CORPUS.is_file():
        corpus = pl.read_parquet(CORPUS).sample(min(n, 35_033), seed=1)["text"].to_list()
    else:
        corpus = []
    texts = (genre * (n // 10 // len(genre) + 1))[: n // 10] + corpus
    while len(texts) < n:
        texts += genre
    return texts[:n]


def docs_frame(texts: list[str]) -> pl.DataFrame:
    rows = [
        {"doc_key": f"d{i}.txt", "source_path": f"d{i}.txt", "content_sha256": str(i), "byte_size": len(t), "text": t}
        for i, t in enumerate(texts)
    ]
    return pl.DataFrame(rows).with_columns(
        *[pl.lit(None, dtype).alias(name) for name, dtype in DOCUMENTS.items() if name not in rows[0]]
    ).select(list(DOCUMENTS)).cast(DOCUMENTS)


def timed(fn, *args):
    started = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - started, result


def parse_in_processes(frames: list[pl.DataFrame], workers: int) -> int:
    # spawn, not fork: a forked child inherits Polars' thread pool mid-state and can deadlock
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        return sum(batch.facts.height for batch in pool.map(parse_batch, frames))


def solieu_run(raw: Path, db: Path, home: Path) -> float:
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"}
    started = time.perf_counter()
    subprocess.run(
        [str(Path(sys.executable).with_name("solieu")), "run", str(raw), "--warehouse", str(db)],
        check=True, env=env, capture_output=True,
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=4000, help="documents per measurement")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    texts = sample_texts(args.docs)
    chars = sum(map(len, texts))
    report: dict[str, object] = {"documents": len(texts), "megabytes_of_text": round(chars / 1e6, 1)}

    seconds, facts = timed(lambda: sum(len(extract_facts(t)) for t in texts))
    per_article = seconds / len(texts)
    report["extract_ms_per_article"] = round(per_article * 1000, 2)
    report["extract_share_of_1s_budget"] = round(per_article / 1.0, 4)
    report["extract_facts"] = facts

    frames = [docs_frame(texts[i : i + 1000]) for i in range(0, len(texts), 1000)]
    one, _ = timed(parse_in_processes, frames, 1)
    two, _ = timed(parse_in_processes, frames, 2)
    report["parse_seconds_1_process"] = round(one, 2)
    report["parse_seconds_2_processes"] = round(two, 2)
    report["parse_speedup_2_vs_1"] = round(one / two, 2)

    raw = args.out / "raw"
    shutil.rmtree(raw, ignore_errors=True)
    raw.mkdir(parents=True)
    for i, text in enumerate(texts):
        (raw / f"{i:06d}.txt").write_text(text, encoding="utf-8")
    db = args.out / "warehouse" / "solieu.duckdb"
    shutil.rmtree(db.parent, ignore_errors=True)
    first = solieu_run(raw, db, args.out / ".prefect")
    again = solieu_run(raw, db, args.out / ".prefect")
    report["run_seconds_all_new"] = round(first, 1)
    report["run_seconds_all_unchanged"] = round(again, 1)
    report["unchanged_vs_new_ratio"] = round(again / first, 3)
    report["estimated_hours_per_million_articles_1_process"] = round(first / len(texts) * 1e6 / 3600, 1)
    print(json.dumps(report, indent=2, ensure_ascii=False))
    (args.out / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
