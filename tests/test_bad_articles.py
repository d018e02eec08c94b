"""Hand-written bad articles (tests/bad_articles/*.txt), each with good facts and one
deliberate error: validation quarantines exactly the wrong figures with the right check,
loads everything else, and the five seeds pass every check.

Run twice: on hand-labelled facts (validation alone) and on the real extractor's facts
(extract + validate, as the pipeline runs them).
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from bad_articles.labelled_facts import (
    BAD_ARTICLES,
    REPO,
    bad_article_frames,
    expected_outcomes,
    frames,
    read_text,
)
from expectations.validate import validate
from transforms.facts import extract_facts

EXPECTED = expected_outcomes()
SHARED = Path(__file__).resolve().parents[2] / "shared"


def test_every_article_has_an_expected_outcome():
    assert sorted(p.name for p in BAD_ARTICLES.glob("*.txt")) == sorted(EXPECTED)


@pytest.fixture(scope="module")
def labelled_run():
    facts, documents = bad_article_frames()
    return facts, validate(facts, documents)


@pytest.fixture(scope="module")
def extracted_run():
    texts = {name: read_text(BAD_ARTICLES / name) for name in EXPECTED}
    facts, documents = frames(texts, {name: extract_facts(text) for name, text in texts.items()})
    return facts, validate(facts, documents)


def _quarantined(outcome, doc_key: str) -> list[tuple[float, str]]:
    rows = outcome.quarantined.filter(pl.col("doc_key") == doc_key)
    return sorted((json.loads(r["payload"])["value"], r["check_name"]) for r in rows.iter_rows(named=True))


def _assert_outcome(facts: pl.DataFrame, outcome, name: str) -> None:
    expected = EXPECTED[name]
    want = sorted((float(q["value"]), q["check"]) for q in expected["quarantined"])
    assert _quarantined(outcome, name) == want, outcome.quarantined.filter(pl.col("doc_key") == name).to_dicts()
    extracted = facts.filter(pl.col("doc_key") == name)
    loaded = outcome.valid.filter(pl.col("doc_key") == name)
    # everything that is not a deliberate error loads
    assert loaded.height + len(want) == extracted.height
    bad_values = {v for v, _ in want}
    assert not set(loaded["value"].to_list()) & bad_values
    flagged = outcome.flagged_documents.filter(pl.col("doc_key") == name)
    assert flagged.height == (1 if expected["flagged"] else 0)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_labelled_facts(labelled_run, name):
    facts, outcome = labelled_run
    _assert_outcome(facts, outcome, name)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_extracted_facts(extracted_run, name):
    facts, outcome = extracted_run
    assert facts.filter(pl.col("doc_key") == name).height > 0
    _assert_outcome(facts, outcome, name)


def test_loaded_plus_quarantined_is_extracted(labelled_run, extracted_run):
    for facts, outcome in (labelled_run, extracted_run):
        assert outcome.valid.height + outcome.quarantined.height == facts.height
        keys = pl.concat(
            [
                outcome.valid.select("doc_key", "fact_index"),
                outcome.quarantined.select(
                    "doc_key",
                    pl.col("payload").str.json_decode(pl.Struct({"fact_index": pl.Int32})).struct.field("fact_index"),
                ),
            ]
        )
        assert keys.sort("doc_key", "fact_index").equals(facts.select("doc_key", "fact_index").sort("doc_key", "fact_index"))


def test_the_seeds_as_extracted_pass_every_check():
    texts = {p.name: read_text(p) for p in sorted((REPO / "seeds").glob("*.txt"))}
    facts, documents = frames(texts, {name: extract_facts(text) for name, text in texts.items()})
    outcome = validate(facts, documents)
    assert facts.height > 0
    assert outcome.quarantined.height == 0, outcome.quarantined.select("doc_key", "check_name", "reason").to_dicts()
    assert outcome.flagged_documents.height == 0


@pytest.mark.slow
@pytest.mark.shared
@pytest.mark.skipif(not (SHARED / "corpus" / "baomoi-2017.parquet").is_file(), reason="../shared is absent")
def test_out_of_genre_corpus_is_mostly_loaded():
    # 35,033 real articles on other subjects: validation must not reject real text wholesale
    # (a rule tuned to the seeds would). The few facts held back are extraction slips.
    corpus = pl.read_parquet(SHARED / "corpus" / "baomoi-2017.parquet")
    texts = {str(doc_id): text for doc_id, text in corpus.iter_rows()}
    facts, documents = frames(texts, {key: extract_facts(text) for key, text in texts.items()})
    outcome = validate(facts, documents)
    assert outcome.valid.height + outcome.quarantined.height == facts.height
    assert outcome.quarantined.height <= max(3, facts.height // 20)
    # no cross-fact alarm on articles that do not report party figures at length
    assert outcome.quarantined.filter(pl.col("check_name").is_in(["fraction_within_total", "part_within_whole"])).height <= 1
