"""The GX suites and `validate` on real facts: the seeds pass every check, and each kind of
wrong row is quarantined by the check that names its fault, with nothing else touched."""

from __future__ import annotations

import json
import subprocess
import sys

import polars as pl
import pytest

from bad_articles.labelled_facts import REPO, seed_frames
from expectations.report import format_results, render_html
from expectations.suites import FAMILIES, suites
from expectations.validate import validate
from transforms import schema


@pytest.fixture(scope="module")
def seeds():
    return seed_frames()


@pytest.fixture(scope="module")
def seed_outcome(seeds):
    return validate(*seeds)


def test_the_seeds_pass_every_check(seeds, seed_outcome):
    facts, _ = seeds
    assert facts.height == 66
    assert seed_outcome.quarantined.height == 0
    assert seed_outcome.valid.equals(facts)
    assert seed_outcome.flagged_documents.height == 0
    failed = seed_outcome.results.filter(~pl.col("success"))
    assert failed.height == 0, failed.to_dicts()


def test_every_suite_and_check_is_reported_once(seed_outcome):
    results = seed_outcome.results
    assert results.columns == list(schema.VALIDATION_RESULTS)
    assert results["suite"].unique(maintain_order=True).to_list() == [
        "facts_common", *FAMILIES, "cross_fact"
    ]
    expected = [(suite, check.name) for suite, checks in suites().items() for check in checks]
    gx_rows = results.filter(pl.col("suite") != "cross_fact").select("suite", "expectation").rows()
    assert gx_rows == expected
    assert results.select("suite", "expectation").is_duplicated().sum() == 0


# One defect per row of a copy of the seeds, each with the check that must name it.
# (doc stem, fact_index) -> (changed fields, check_name)
DEFECTS = {
    ("000", 0): ({"value": 0}, "delegates_count_1_2000000"),
    ("000", 1): ({"value": 9_000_000}, "party_members_count_0_7000000"),
    ("000", 2): ({"value": 150_000}, "grassroots_orgs_count_0_100000"),
    ("000", 3): ({"value": -3}, "party_orgs_count_0_1000000"),
    ("000", 4): ({"value": 1.5}, "count_is_integer"),
    ("000", 5): ({"measure": "party_org"}, "measure_code"),
    ("000", 6): ({"unit": "percentage"}, "unit_code"),
    ("000", 7): ({"kind": "level"}, "kind_code"),
    ("000", 8): ({"qualifier": "over"}, "qualifier_code"),
    ("000", 9): ({"noun": None}, "not_null_noun"),
    ("000", 10): ({"value": None}, "not_null_value"),
    ("000", 11): ({"end": 10**6}, "span_inside_text"),
    ("000", 12): ({"start": 5000, "end": 4000}, "span_ordered"),
    ("000", 13): ({"unit": "count"}, "measure_unit_allowed"),  # orgs_rated_good_pct as a count
    ("000", 14): ({"start": -4}, "span_start_non_negative"),
    ("000", 15): ({"value": 130, "kind": "actual"}, "percent_level_0_100"),
    ("000", 16): ({"value": 1200, "kind": "attainment"}, "percent_attainment_0_1000"),
    ("000", 17): ({"value": -120, "kind": "change"}, "percent_change_-100_1000"),
    ("000", 19): ({"value": 75}, "presidium_size_count_1_60"),
    ("001", 0): ({"measure": "executive_committee_size", "value": 400}, "executive_committee_size_count_1_250"),
    ("001", 1): ({"measure": "standing_committee_size", "value": 75}, "standing_committee_size_count_1_60"),
    ("001", 2): ({"measure": "party_cells", "value": -9_000_000, "kind": "change"}, "party_cells_count_change_within_500000"),
    ("001", 10): ({"value": 150, "kind": "change"}, "members_rated_good_pct_change_-100_100"),
    ("001", 13): ({}, "span_holds_number"),  # the span is moved onto a word in `broken`
    ("003", 0): ({"fact_index": 1}, "grain_unique"),
    ("004", 0): ({"doc_key": "missing.txt"}, "fact_has_document"),
}


@pytest.fixture(scope="module")
def broken(seeds):
    facts, documents = seeds
    rows = facts.to_dicts()
    targets = []
    for row in rows:
        key = (row["doc_key"][:3], row["fact_index"])
        if key in DEFECTS:
            changes, check = DEFECTS[key]
            row.update(changes)
            targets.append((row["doc_key"], row["fact_index"], check))
    # the span of ("001", 13) must hold no number: point it at the article's first word
    text_001 = documents.filter(pl.col("doc_key").str.starts_with("001"))["text"][0]
    first_word = text_001.split()[0]
    assert not any(ch.isdigit() for ch in first_word)
    for row in rows:
        if (row["doc_key"][:3], row["fact_index"]) == ("001", 13):
            row["start"], row["end"] = text_001.index(first_word), text_001.index(first_word) + len(first_word)
    frame = schema.conform(rows, schema.FACTS)
    return frame, documents, targets, validate(frame, documents)


def test_each_defect_is_quarantined_by_its_check(broken):
    frame, _, targets, outcome = broken
    got = [
        (row["doc_key"], json.loads(row["payload"])["fact_index"], row["check_name"])
        for row in outcome.quarantined.iter_rows(named=True)
    ]
    # the duplicated grain quarantines both rows that share it
    twin = next(t for t in targets if t[2] == "grain_unique")
    assert sorted(got) == sorted([*targets, twin])


def test_nothing_but_the_defects_is_touched(broken):
    frame, _, targets, outcome = broken
    assert outcome.valid.height + outcome.quarantined.height == frame.height
    assert outcome.valid.height == frame.height - len(targets) - 1  # -1: the grain's twin
    assert outcome.flagged_documents.height == 0


def test_a_quarantine_row_carries_the_fact_and_why(broken):
    _, documents, _, outcome = broken
    q = outcome.quarantined
    assert q.columns == list(schema.QUARANTINE)
    assert q["stage"].unique().to_list() == ["validate"]
    row = q.filter(pl.col("check_name") == "count_is_integer").row(0, named=True)
    payload = json.loads(row["payload"])
    assert list(payload) == list(schema.FACTS)
    assert payload["value"] == 1.5 and payload["measure"] == "party_orgs"
    assert row["reason"] == "count is not an integer: party_orgs 1.5"
    assert row["source_path"] == row["doc_key"]
    assert q.filter(pl.col("check_name") == "fact_has_document")["source_path"].to_list() == [None]
    text = q.filter(pl.col("check_name") == "percent_level_0_100")["reason"][0]
    assert text == "percentage 130% is outside 0-100 (other, actual)"


def test_results_count_and_sample_the_offending_rows(broken):
    _, _, _, outcome = broken
    results = outcome.results
    failed = dict(results.filter(~pl.col("success")).select("expectation", "unexpected_count").rows())
    assert failed["count_is_integer"] == 1
    assert failed["grain_unique"] == 2
    sample = json.loads(results.filter(pl.col("expectation") == "span_inside_text")["sample"][0])
    assert sample[0]["end"] == 10**6


def test_empty_input_runs_no_gx_and_reports_every_check():
    outcome = validate(schema.empty(schema.FACTS), schema.empty(schema.DOCUMENTS))
    assert outcome.valid.height == 0 and outcome.quarantined.height == 0
    assert outcome.results["success"].all()
    assert outcome.results.height == sum(len(c) for c in suites().values()) + 6


def test_validation_prints_no_progress_bars(seeds, capfd):
    facts, documents = seeds
    validate(facts.head(3), documents)
    captured = capfd.readouterr()
    assert "Calculating Metrics" not in captured.err + captured.out
    assert "%|" not in captured.err


def test_importing_the_report_and_api_does_not_import_gx():
    code = (
        "import sys, expectations.report, expectations.validate, expectations.sql_checks; "
        "print('great_expectations' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- reports -------------------------------------------------------------------------------


def test_text_report_shows_fail_lines_with_count_and_sample(broken):
    _, _, _, outcome = broken
    run = {"run_id": "r-1", "status": "succeeded", "facts_loaded": 40}
    text = format_results(run, outcome.results)
    assert "run_id: r-1" in text
    line = next(ln for ln in text.splitlines() if " count_is_integer " in ln)
    assert "FAIL" in line and " 1 " in line and "count is not an integer: party_orgs 1.5" in line
    ok_line = next(ln for ln in text.splitlines() if " not_null_quote " in ln)
    assert " ok " in ok_line
    failed = outcome.results.filter(~pl.col("success")).height
    assert text.rstrip().endswith(f"{outcome.results.height - failed} ok, {failed} failed")
    assert format_results(None, schema.empty(schema.VALIDATION_RESULTS)).splitlines() == [
        "No run recorded.",
        "No validation results.",
    ]


def test_html_report_is_self_contained_and_escaped(broken):
    _, _, _, outcome = broken
    results = pl.concat(
        [
            outcome.results,
            schema.conform(
                [{"suite": "warehouse_sql", "expectation": "x<script>", "success": False, "unexpected_count": 1,
                  "sample": json.dumps([{"doc_key": "<b>bad</b>"}])}],
                schema.VALIDATION_RESULTS,
            ),
        ]
    )
    page = render_html({"run_id": "r-1"}, results)
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    lowered = page.lower()
    assert "http://" not in lowered and "https://" not in lowered
    assert "<script" not in lowered and "<link" not in lowered and "@import" not in lowered
    assert "&lt;b&gt;bad&lt;/b&gt;" in page and "x&lt;script&gt;" in page
    for suite in ("facts_common", "facts_ratings", "cross_fact", "warehouse_sql"):
        assert f"<h2>{suite}</h2>" in page
    assert page.count("FAIL") == results.filter(~pl.col("success")).height


def test_a_check_gx_cannot_evaluate_is_reported_and_blames_no_row(seeds, monkeypatch):
    import expectations.suites as suites_module

    real = suites_module._common_checks
    broken_check = suites_module.Check(
        "value_of_a_missing_column", "{value}", "ExpectColumnValuesToBeBetween", {"column": "no_such_column", "min_value": 0}
    )
    monkeypatch.setattr(suites_module, "_common_checks", lambda: [*real(), broken_check])
    facts, documents = seeds
    outcome = validate(facts.head(5), documents)
    row = outcome.results.filter(pl.col("expectation") == "value_of_a_missing_column").row(0, named=True)
    assert row["success"] is False and row["unexpected_count"] is None
    assert "no_such_column" in json.loads(row["sample"])[0]["error"]
    assert outcome.valid.height == 5 and outcome.quarantined.height == 0
