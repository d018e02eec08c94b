"""Extraction speed: milliseconds per article for `transforms.facts.extract_facts`.

Usage (from the repo root):
    .venv/bin/python bench/extract_speed.py [--corpus N] [--repeat R]

Times the seeds and the held-out texts (party-building articles, the slow path) and, when
../shared is present, N out-of-genre corpus articles (mostly the gate's fast path).
Prints median, 95th percentile and maximum per article. The budget is one second per
article; the aim is a few milliseconds.

It also times long inputs that once took quadratic time, at two sizes each, so that the
ratio shows whether the time grows linearly: a chain of ranges ("từ 2 - 2 - 2 … chi bộ"),
thousands of numbers in one sentence, and a ~300 kB report made of real articles.
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


_PREAMBLE = ("Đảng bộ huyện tổ chức Đại hội. Công tác xây dựng Đảng, kết nạp đảng viên, củng cố "
             "tổ chức cơ sở đảng và sinh hoạt chi bộ được cấp ủy, Đảng ủy, Huyện ủy chú trọng. ")


def _long_inputs(party: list[str]) -> list[tuple[str, str]]:
    out = []
    for n in (1000, 4000):
        out.append((f"chain of {n} ranges", _PREAMBLE + "Mỗi xã có từ " + " - ".join(["2"] * n) + " chi bộ."))
    for n in (3000, 12000):
        out.append((f"{n} numbers in a sentence",
                    _PREAMBLE + "Kết quả: " + ", ".join(f"{i % 900 + 10} đảng viên" for i in range(n)) + "."))
    if party:
        report = "\n".join(party)
        out.append(("~300 kB report", (report * (300_000 // max(1, len(report)) + 1))[:300_000]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=int, default=2000, help="corpus articles to time (0: none)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per article; the best counts")
    args = parser.parse_args()

    party = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    party += [p.read_text(encoding="utf-8") for p in sorted((REPO / "tests/gold/heldout/texts").glob("*.txt"))]
    print(_summary("party-building articles", _time_each(party, args.repeat)))
    for name, text in _long_inputs(party):
        t0 = time.perf_counter()
        n_facts = len(extract_facts(text))
        print(f"{name:28s} {len(text) / 1000:7.1f} kB  {n_facts:6d} facts  {time.perf_counter() - t0:6.2f} s")

    corpus = REPO.parent / "shared" / "corpus" / "baomoi-2017.parquet"
    if args.corpus and corpus.exists():
        import polars as pl

        texts = pl.read_parquet(corpus, columns=["text"]).head(args.corpus)["text"].to_list()
        print(_summary("out-of-genre corpus", _time_each([t or "" for t in texts], 1)))


if __name__ == "__main__":
    main()
