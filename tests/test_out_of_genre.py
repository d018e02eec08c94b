"""Robustness and precision on real out-of-genre Vietnamese news (../shared/corpus).

The corpus holds 35,033 articles of 2017 on every subject but party building. The
extractor must not raise on any of them, and fewer than 1% may yield a fact (FACTS rule 8:
an article that is not about party work yields only its figures about party bodies).
"""

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "baomoi-2017.parquet"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not CORPUS.exists(), reason="needs ../shared/corpus (absent in a plain clone)"),
]

SAMPLE = 3000


@pytest.fixture(scope="module")
def sample() -> list[tuple[str, str]]:
    import polars as pl

    corpus = pl.read_parquet(CORPUS, columns=["id", "text"])
    step = max(1, corpus.height // SAMPLE)
    # Every step-th article: deterministic, and spread over the whole file.
    picked = corpus.gather_every(step).head(SAMPLE)
    return list(zip(picked["id"].to_list(), picked["text"].to_list()))


def test_out_of_genre_articles_rarely_yield_facts_and_never_raise(sample):
    from transforms.facts import extract_facts

    assert len(sample) == SAMPLE
    with_facts = []
    for doc_id, text in sample:
        facts = extract_facts(text or "")
        for f in facts:
            assert 0 <= f["start"] < f["end"] <= len(text), (doc_id, f)
            assert text[f["start"]:f["end"]].strip(), (doc_id, f)
        if facts:
            with_facts.append(doc_id)
    share = len(with_facts) / len(sample)
    assert share < 0.01, f"{len(with_facts)} of {len(sample)} out-of-genre articles yielded facts: {with_facts[:10]}"


def test_chrome_spans_never_raise_and_stay_inside_the_text(sample):
    from transforms.chrome import chrome_spans

    for doc_id, text in sample[:500]:
        text = text or ""
        for s, e in chrome_spans(text):
            assert 0 <= s < e <= len(text), doc_id
