-- Dimensions of the solieu star. Idempotent: every statement may run again on an existing
-- warehouse. Surrogate keys are BIGINT hashes of the natural key (see warehouse/store.py
-- natural_key): stable across runs and rebuilds, so a re-load never renumbers anything.

CREATE TABLE IF NOT EXISTS dim_date (
    date_key     INTEGER PRIMARY KEY,
    date         DATE NOT NULL,
    year         SMALLINT NOT NULL,
    quarter      TINYINT NOT NULL,
    month        TINYINT NOT NULL,
    day          TINYINT NOT NULL,
    iso_week     TINYINT NOT NULL,
    day_of_week  TINYINT NOT NULL,
    year_month   VARCHAR NOT NULL
);
COMMENT ON TABLE dim_date IS 'Calendar dimension. Grain: one row per calendar date that a document is published on or an event starts or ends on.';
COMMENT ON COLUMN dim_date.date_key IS 'Surrogate key: the date as the integer YYYYMMDD (readable and stable, not a hash).';
COMMENT ON COLUMN dim_date.date IS 'The calendar date (natural key).';
COMMENT ON COLUMN dim_date.year IS 'Calendar year, e.g. 2020.';
COMMENT ON COLUMN dim_date.quarter IS 'Calendar quarter, 1-4.';
COMMENT ON COLUMN dim_date.month IS 'Calendar month, 1-12.';
COMMENT ON COLUMN dim_date.day IS 'Day of the month, 1-31.';
COMMENT ON COLUMN dim_date.iso_week IS 'ISO 8601 week number, 1-53.';
COMMENT ON COLUMN dim_date.day_of_week IS 'ISO day of the week: 1 = Monday ... 7 = Sunday.';
COMMENT ON COLUMN dim_date.year_month IS 'Year and month as text YYYY-MM, for grouping by month.';

CREATE TABLE IF NOT EXISTS dim_source (
    source_key  BIGINT PRIMARY KEY,
    site        VARCHAR NOT NULL
);
COMMENT ON TABLE dim_source IS 'Publishing sites. Grain: one row per source site (natural key: site).';
COMMENT ON COLUMN dim_source.source_key IS 'Surrogate key: hash of site.';
COMMENT ON COLUMN dim_source.site IS 'The site that published the article, e.g. a host name such as haiphong.gov.vn (natural key).';

CREATE TABLE IF NOT EXISTS dim_document (
    document_key        BIGINT PRIMARY KEY,
    doc_key             VARCHAR NOT NULL,
    source_path         VARCHAR NOT NULL,
    content_sha256      VARCHAR,
    title               VARCHAR,
    published_at        TIMESTAMP,
    published_date_key  INTEGER,
    source_key          BIGINT,
    source_site         VARCHAR,
    author              VARCHAR,
    url                 VARCHAR,
    byte_size           BIGINT,
    loaded_run_id       VARCHAR NOT NULL,
    contradiction       VARCHAR
);
COMMENT ON TABLE dim_document IS 'Articles loaded. Grain: one row per document (natural key: doc_key); a changed input file replaces all of its documents whole.';
COMMENT ON COLUMN dim_document.document_key IS 'Surrogate key: hash of doc_key.';
COMMENT ON COLUMN dim_document.doc_key IS 'Natural key: the source path relative to the input folder, with #L<n> appended for line n of a .jsonl bulk file.';
COMMENT ON COLUMN dim_document.source_path IS 'The input file the document came from, relative to the input folder (several documents share it for .jsonl files).';
COMMENT ON COLUMN dim_document.content_sha256 IS 'SHA-256 of the document''s own bytes (the file, or the .jsonl line).';
COMMENT ON COLUMN dim_document.title IS 'The article''s title as the page gives it; null when none was found.';
COMMENT ON COLUMN dim_document.published_at IS 'Publication time from the article''s dateline or metadata (local time as printed); null when it shows none.';
COMMENT ON COLUMN dim_document.published_date_key IS 'dim_date key of the publication date; null when the date is unknown.';
COMMENT ON COLUMN dim_document.source_key IS 'dim_source key of the publishing site; null when the site is unknown.';
COMMENT ON COLUMN dim_document.source_site IS 'The publishing site as text (same as dim_source.site), kept here for convenience.';
COMMENT ON COLUMN dim_document.author IS 'The byline, when the page gives one.';
COMMENT ON COLUMN dim_document.url IS 'The article''s URL, when known (JSONL records, canonical links).';
COMMENT ON COLUMN dim_document.byte_size IS 'Size in bytes of the document''s raw input.';
COMMENT ON COLUMN dim_document.loaded_run_id IS 'etl_run.run_id of the run that loaded this version of the document.';
COMMENT ON COLUMN dim_document.contradiction IS 'Null, or why the document''s facts contradict each other (cross-fact checks); its facts are loaded but should be read with care.';

CREATE TABLE IF NOT EXISTS dim_organization (
    organization_key  BIGINT PRIMARY KEY,
    name              VARCHAR NOT NULL,
    level             VARCHAR NOT NULL,
    province          VARCHAR
);
COMMENT ON TABLE dim_organization IS 'Party organisations that articles are about. Grain: one row per (name, level, province), the natural key.';
COMMENT ON COLUMN dim_organization.organization_key IS 'Surrogate key: hash of (name, level, province), null province included.';
COMMENT ON COLUMN dim_organization.name IS 'Fullest name the text gives, e.g. Đảng bộ quận Ngô Quyền.';
COMMENT ON COLUMN dim_organization.level IS 'central, province, bloc, district, commune, grassroots, cell or agency (FACTS.md).';
COMMENT ON COLUMN dim_organization.province IS 'Province at the article''s date; null when nothing in the article tells.';

CREATE TABLE IF NOT EXISTS dim_event (
    event_key           BIGINT PRIMARY KEY,
    document_key        BIGINT NOT NULL,
    doc_key             VARCHAR NOT NULL,
    event_index         INTEGER NOT NULL,
    type                VARCHAR NOT NULL,
    ordinal             INTEGER,
    term_start          INTEGER,
    term_end            INTEGER,
    start_date          DATE,
    end_date            DATE,
    start_date_key      INTEGER,
    end_date_key        INTEGER,
    venue               VARCHAR,
    loaded_run_id       VARCHAR NOT NULL
);
COMMENT ON TABLE dim_event IS 'Events that articles report (congresses, conferences, meetings, working sessions). Grain: one row per event per document (natural key: doc_key, event_index); replaced with its document.';
COMMENT ON COLUMN dim_event.event_key IS 'Surrogate key: hash of (doc_key, event_index).';
COMMENT ON COLUMN dim_event.document_key IS 'dim_document key of the article that reports the event.';
COMMENT ON COLUMN dim_event.doc_key IS 'Natural key part 1: doc_key of the reporting article.';
COMMENT ON COLUMN dim_event.event_index IS 'Natural key part 2: position of the event in the article, 0 = the first (main) event.';
COMMENT ON COLUMN dim_event.type IS 'congress, conference, meeting, working_session or other.';
COMMENT ON COLUMN dim_event.ordinal IS 'The congress or conference number as an integer (lần thứ XVIII -> 18); null when not stated.';
COMMENT ON COLUMN dim_event.term_start IS 'First year of the term the event concerns (nhiệm kỳ 2020-2025 -> 2020); null when not stated.';
COMMENT ON COLUMN dim_event.term_end IS 'Last year of the term (nhiệm kỳ 2020-2025 -> 2025); null when not stated.';
COMMENT ON COLUMN dim_event.start_date IS 'Day the event began, resolved against the dateline; null when unknown.';
COMMENT ON COLUMN dim_event.end_date IS 'Day the event ended; null when not stated.';
COMMENT ON COLUMN dim_event.start_date_key IS 'dim_date key of start_date; null when unknown.';
COMMENT ON COLUMN dim_event.end_date_key IS 'dim_date key of end_date; null when unknown.';
COMMENT ON COLUMN dim_event.venue IS 'Where the event took place, as written; null when not stated.';
COMMENT ON COLUMN dim_event.loaded_run_id IS 'etl_run.run_id of the run that loaded the reporting article.';

CREATE TABLE IF NOT EXISTS dim_person (
    person_key  BIGINT PRIMARY KEY,
    name        VARCHAR NOT NULL
);
COMMENT ON TABLE dim_person IS 'People named in articles. Grain: one row per name (natural key: name); two people with the same name share a row, their titles in fact_appearance tell them apart.';
COMMENT ON COLUMN dim_person.person_key IS 'Surrogate key: hash of name.';
COMMENT ON COLUMN dim_person.name IS 'Full name as written, family name first, e.g. Nguyễn Văn A (natural key).';

CREATE TABLE IF NOT EXISTS dim_measure (
    measure_key  BIGINT PRIMARY KEY,
    code         VARCHAR NOT NULL,
    units        VARCHAR[] NOT NULL,
    meaning      VARCHAR NOT NULL
);
COMMENT ON TABLE dim_measure IS 'What a numeric fact counts or rates, from the fact contract (FACTS.md). Grain: one row per measure code (natural key: code).';
COMMENT ON COLUMN dim_measure.measure_key IS 'Surrogate key: hash of code.';
COMMENT ON COLUMN dim_measure.code IS 'Measure code analysts query by, e.g. party_members, delegates, members_admitted (natural key).';
COMMENT ON COLUMN dim_measure.units IS 'Units a fact of this measure may take: count and/or percent (a count code takes percent for a percentage change).';
COMMENT ON COLUMN dim_measure.meaning IS 'What the measure counts, in words (FACTS.md).';
