"""Extraction speed: milliseconds per article for `transforms.facts.extract_facts`.

Usage (from the repo root):
    .venv/bin/python bench/extract_speed.py [--corpus N] [--repeat R]

Times the seeds and the held-out texts (party-building articles, the slow path) and, when
../shared is present, N out-of-genre corpus articles (mostly the gate's fast path).
Prints median, 95th percentile and maximum per article. The budget is one second per
article; the aim is a few milliseconds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from transforms.facts import extract_facts  # noqa: E402


def _time_each(texts: list[str], repeat: int) -> list[float]:
    out = []
    for text in texts:
        best = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            extract_facts(text)
            best = min(best, time.perf_counter() - t0)
        out.append(best * 1000)
    return out


def _summary(name: str, ms: list[float]) -> str:
    if not ms:
        return f"{name:28s} no texts"
    ordered = sorted(ms)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return (f"{name:28s} n={len(ms):6d}  median={statistics.median(ms):7.2f} ms  "
            f"p95={p95:7.2f} ms  max={max(ms):7.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=int, default=2000, help="corpus articles to time (0: none)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per article; the best counts")
    args = parser.parse_args()

    party = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    party += [p.read_text(encoding="utf-8") for p in sorted((REPO / "tests/gold/heldout/texts").glob("*.txt"))]
    print(_summary("party-building articles", _time_each(party, args.repeat)))

    corpus = REPO.parent / "shared" / "corpus" / "baomoi-2017.parquet"
    if args.corpus and corpus.exists():
        import polars as pl

        texts = pl.read_parquet(corpus, columns=["text"]).head(args.corpus)["text"].to_list()
        print(_summary("out-of-genre corpus", _time_each([t or "" for t in texts], 1)))


if __name__ == "__main__":
    main()
