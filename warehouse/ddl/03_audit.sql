-- Audit: what each run did, what it held back and why, what it checked, and which input
-- files it has seen (the ledger that makes discovery incremental).

CREATE TABLE IF NOT EXISTS etl_run (
    run_id             VARCHAR PRIMARY KEY,
    started_at         TIMESTAMP NOT NULL,
    ended_at           TIMESTAMP,
    status             VARCHAR NOT NULL,
    code_version       VARCHAR,
    raw_dir            VARCHAR,
    run_by             VARCHAR,
    host               VARCHAR,
    files_seen         BIGINT,
    docs_seen          BIGINT,
    docs_new           BIGINT,
    docs_changed       BIGINT,
    docs_unchanged     BIGINT,
    docs_quarantined   BIGINT,
    docs_loaded        BIGINT,
    facts_extracted    BIGINT,
    facts_loaded       BIGINT,
    facts_quarantined  BIGINT,
    message            VARCHAR,
    details            VARCHAR
);
COMMENT ON TABLE etl_run IS 'Pipeline runs. Grain: one row per run, succeeded or failed (key: run_id).';
COMMENT ON COLUMN etl_run.run_id IS 'The run''s UUID; every row a run writes carries it.';
COMMENT ON COLUMN etl_run.started_at IS 'When the run started (UTC).';
COMMENT ON COLUMN etl_run.ended_at IS 'When the run finished or failed (UTC).';
COMMENT ON COLUMN etl_run.status IS 'succeeded or failed; a failed run loaded no facts.';
COMMENT ON COLUMN etl_run.code_version IS 'Version of the solieu code that ran (git revision or package version).';
COMMENT ON COLUMN etl_run.raw_dir IS 'The input folder the run read.';
COMMENT ON COLUMN etl_run.run_by IS 'Operating-system user that ran the pipeline.';
COMMENT ON COLUMN etl_run.host IS 'Machine the run ran on.';
COMMENT ON COLUMN etl_run.files_seen IS 'Input files found in raw_dir.';
COMMENT ON COLUMN etl_run.docs_seen IS 'Documents in the input (a .txt/.html file, or a .jsonl line).';
COMMENT ON COLUMN etl_run.docs_new IS 'Documents from files not seen before.';
COMMENT ON COLUMN etl_run.docs_changed IS 'Documents from files whose bytes changed since they were last loaded.';
COMMENT ON COLUMN etl_run.docs_unchanged IS 'Documents skipped because their file is unchanged.';
COMMENT ON COLUMN etl_run.docs_quarantined IS 'Documents held back whole (unreadable, undecodable, parser error).';
COMMENT ON COLUMN etl_run.docs_loaded IS 'Documents parsed and loaded by this run.';
COMMENT ON COLUMN etl_run.facts_extracted IS 'Numeric facts extracted from the parsed documents.';
COMMENT ON COLUMN etl_run.facts_loaded IS 'Facts that passed validation and were loaded into fact_metric.';
COMMENT ON COLUMN etl_run.facts_quarantined IS 'Facts that failed validation and went to quarantine.';
COMMENT ON COLUMN etl_run.message IS 'Why the run failed, or a note; null for a plain success.';
COMMENT ON COLUMN etl_run.details IS 'Any further run fields the flow reported, as a JSON object; null when none.';

CREATE TABLE IF NOT EXISTS quarantine (
    run_id            VARCHAR NOT NULL,
    quarantine_index  INTEGER NOT NULL,
    doc_key           VARCHAR,
    source_path       VARCHAR,
    stage             VARCHAR NOT NULL,
    check_name        VARCHAR,
    reason            VARCHAR NOT NULL,
    payload           VARCHAR,
    created_at        TIMESTAMP NOT NULL,
    PRIMARY KEY (run_id, quarantine_index)
);
COMMENT ON TABLE quarantine IS 'Inputs and facts held back, never silently dropped. Grain: one rejected thing (file, line, document or fact) per run (key: run_id, quarantine_index).';
COMMENT ON COLUMN quarantine.run_id IS 'etl_run.run_id of the run that rejected it.';
COMMENT ON COLUMN quarantine.quarantine_index IS 'Position of the row among the run''s rejections.';
COMMENT ON COLUMN quarantine.doc_key IS 'doc_key of the document concerned; null when the input never became a document.';
COMMENT ON COLUMN quarantine.source_path IS 'Input file concerned, relative to the input folder.';
COMMENT ON COLUMN quarantine.stage IS 'Where it was rejected: decode, parse or validate.';
COMMENT ON COLUMN quarantine.check_name IS 'The check or expectation that rejected it.';
COMMENT ON COLUMN quarantine.reason IS 'Why, in words.';
COMMENT ON COLUMN quarantine.payload IS 'The rejected fact or input line, as JSON.';
COMMENT ON COLUMN quarantine.created_at IS 'When the row was recorded (UTC).';

CREATE TABLE IF NOT EXISTS validation_result (
    run_id            VARCHAR NOT NULL,
    result_index      INTEGER NOT NULL,
    suite             VARCHAR NOT NULL,
    expectation       VARCHAR NOT NULL,
    success           BOOLEAN NOT NULL,
    unexpected_count  BIGINT,
    sample            VARCHAR,
    PRIMARY KEY (run_id, result_index)
);
COMMENT ON TABLE validation_result IS 'Checks evaluated. Grain: one expectation, cross-fact check or warehouse SQL check evaluated in one run (key: run_id, result_index).';
COMMENT ON COLUMN validation_result.run_id IS 'etl_run.run_id of the run that evaluated it.';
COMMENT ON COLUMN validation_result.result_index IS 'Position of the result in the run: frame checks first, then warehouse SQL checks.';
COMMENT ON COLUMN validation_result.suite IS 'The suite or group the check belongs to.';
COMMENT ON COLUMN validation_result.expectation IS 'The check, e.g. an expectation type with its column.';
COMMENT ON COLUMN validation_result.success IS 'True when no row broke the check.';
COMMENT ON COLUMN validation_result.unexpected_count IS 'How many rows broke the check.';
COMMENT ON COLUMN validation_result.sample IS 'JSON list of a few offending rows.';

CREATE TABLE IF NOT EXISTS file_ledger (
    source_path       VARCHAR PRIMARY KEY,
    file_sha256       VARCHAR NOT NULL,
    byte_size         BIGINT,
    doc_count         BIGINT,
    outcome           VARCHAR NOT NULL,
    first_run_id      VARCHAR NOT NULL,
    first_seen_at     TIMESTAMP NOT NULL,
    last_run_id       VARCHAR NOT NULL,
    last_seen_at      TIMESTAMP NOT NULL,
    loaded_run_id     VARCHAR NOT NULL
);
COMMENT ON TABLE file_ledger IS 'Input files seen by successful runs, for incremental discovery. Grain: one row per input file (key: source_path); a pruned file''s row is deleted.';
COMMENT ON COLUMN file_ledger.source_path IS 'Input file path relative to the input folder (natural key).';
COMMENT ON COLUMN file_ledger.file_sha256 IS 'SHA-256 of the file''s bytes when it was last parsed; a different hash means the file changed.';
COMMENT ON COLUMN file_ledger.byte_size IS 'Size of the file in bytes when it was last parsed.';
COMMENT ON COLUMN file_ledger.doc_count IS 'Documents the file held when it was last parsed (1 for .txt/.html, lines for .jsonl).';
COMMENT ON COLUMN file_ledger.outcome IS 'What the last run that saw the file did with it: new, changed, unchanged or quarantined.';
COMMENT ON COLUMN file_ledger.first_run_id IS 'etl_run.run_id of the first run that saw the file.';
COMMENT ON COLUMN file_ledger.first_seen_at IS 'When the file was first seen (UTC, the run''s start).';
COMMENT ON COLUMN file_ledger.last_run_id IS 'etl_run.run_id of the last run that saw the file.';
COMMENT ON COLUMN file_ledger.last_seen_at IS 'When the file was last seen (UTC, the run''s start).';
COMMENT ON COLUMN file_ledger.loaded_run_id IS 'etl_run.run_id of the run that parsed the file''s current bytes.';
