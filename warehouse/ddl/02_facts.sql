-- Facts and the document-organisation bridge. No FOREIGN KEY constraints: DuckDB checks
-- them eagerly inside a transaction, which forbids the delete-then-insert that replaces a
-- changed document whole. Referential integrity is checked by expectations/sql instead.

CREATE TABLE IF NOT EXISTS fact_metric (
    document_key      BIGINT NOT NULL,
    fact_index        INTEGER NOT NULL,
    date_key          INTEGER,
    source_key        BIGINT,
    organization_key  BIGINT,
    event_key         BIGINT,
    measure_key       BIGINT NOT NULL,
    value             DOUBLE NOT NULL,
    unit              VARCHAR NOT NULL,
    kind              VARCHAR NOT NULL,
    qualifier         VARCHAR NOT NULL,
    noun              VARCHAR,
    period            VARCHAR,
    subject           VARCHAR,
    span_start        INTEGER NOT NULL,
    span_end          INTEGER NOT NULL,
    quote             VARCHAR,
    run_id            VARCHAR NOT NULL,
    PRIMARY KEY (document_key, fact_index)
);
COMMENT ON TABLE fact_metric IS 'Numeric facts (FACTS.md). Grain: one numeric fact stated in one document (key: document_key, fact_index); only facts that passed validation.';
COMMENT ON COLUMN fact_metric.document_key IS 'dim_document key of the article that states the fact.';
COMMENT ON COLUMN fact_metric.fact_index IS 'Position of the fact among the facts extracted from the article, in text order (gaps where facts were quarantined).';
COMMENT ON COLUMN fact_metric.date_key IS 'dim_date key of the article''s publication date; null when the article shows no date.';
COMMENT ON COLUMN fact_metric.source_key IS 'dim_source key of the publishing site; null when unknown.';
COMMENT ON COLUMN fact_metric.organization_key IS 'dim_organization key: the fact''s subject organisation when it matches one of the article''s organisations, else the article''s first organisation; null when the article names none.';
COMMENT ON COLUMN fact_metric.event_key IS 'dim_event key of the article''s first reported event; null when it reports none.';
COMMENT ON COLUMN fact_metric.measure_key IS 'dim_measure key: what the number counts or rates.';
COMMENT ON COLUMN fact_metric.value IS 'The number as a number (1.124 -> 1124, 102,2 -> 102.2, ba -> 3); negative for a fall.';
COMMENT ON COLUMN fact_metric.unit IS 'count or percent.';
COMMENT ON COLUMN fact_metric.kind IS 'actual (a level), target (a goal), change (a rise or fall) or attainment (share of a target reached).';
COMMENT ON COLUMN fact_metric.qualifier IS 'exact, more_than, at_least, less_than, at_most or about (hơn, từ ... trở lên, dưới, tối đa, khoảng ...).';
COMMENT ON COLUMN fact_metric.noun IS 'The counted noun as the text says it, e.g. đảng viên, đại biểu chính thức.';
COMMENT ON COLUMN fact_metric.period IS 'What the number covers: a term 2015-2020, a year 2020, annual, H1 2019; null for a level at the article''s date.';
COMMENT ON COLUMN fact_metric.subject IS 'The organisation the number belongs to, as named in the text; null when the text does not say.';
COMMENT ON COLUMN fact_metric.span_start IS 'Character offset (Python string index, NFC text) where the number phrase starts in the article text.';
COMMENT ON COLUMN fact_metric.span_end IS 'Character offset just past the end of the number phrase.';
COMMENT ON COLUMN fact_metric.quote IS 'The sentence that states the fact, to trace any number back to its source.';
COMMENT ON COLUMN fact_metric.run_id IS 'etl_run.run_id of the run that loaded the fact.';

CREATE TABLE IF NOT EXISTS fact_appearance (
    document_key      BIGINT NOT NULL,
    person_index      INTEGER NOT NULL,
    person_key        BIGINT NOT NULL,
    event_key         BIGINT,
    date_key          INTEGER,
    organization_key  BIGINT,
    titles            VARCHAR[],
    role              VARCHAR,
    run_id            VARCHAR NOT NULL,
    PRIMARY KEY (document_key, person_index)
);
COMMENT ON TABLE fact_appearance IS 'People in events. Grain: one person appearing in the first reported event of one document, with the titles the text gives and their role (key: document_key, person_index).';
COMMENT ON COLUMN fact_appearance.document_key IS 'dim_document key of the article that names the person.';
COMMENT ON COLUMN fact_appearance.person_index IS 'Position of the person among the people the article names.';
COMMENT ON COLUMN fact_appearance.person_key IS 'dim_person key.';
COMMENT ON COLUMN fact_appearance.event_key IS 'dim_event key of the article''s first reported event; null when it reports none.';
COMMENT ON COLUMN fact_appearance.date_key IS 'dim_date key of the article''s publication date; null when unknown.';
COMMENT ON COLUMN fact_appearance.organization_key IS 'dim_organization key of the article''s first organisation; null when it names none.';
COMMENT ON COLUMN fact_appearance.titles IS 'Every title the text gives the person, as written (Bí thư Thành ủy, Ủy viên Trung ương Đảng, ...).';
COMMENT ON COLUMN fact_appearance.role IS 'Part in the event: chaired, directed, attended, reported, spoke, elected, awarded or mentioned.';
COMMENT ON COLUMN fact_appearance.run_id IS 'etl_run.run_id of the run that loaded the appearance.';

CREATE TABLE IF NOT EXISTS bridge_document_organization (
    document_key      BIGINT NOT NULL,
    org_index         INTEGER NOT NULL,
    organization_key  BIGINT NOT NULL,
    is_primary        BOOLEAN NOT NULL,
    run_id            VARCHAR NOT NULL,
    PRIMARY KEY (document_key, org_index)
);
COMMENT ON TABLE bridge_document_organization IS 'Which organisations each article is about. Grain: one row per organisation per document (key: document_key, org_index).';
COMMENT ON COLUMN bridge_document_organization.document_key IS 'dim_document key.';
COMMENT ON COLUMN bridge_document_organization.org_index IS 'Position of the organisation in the article''s list, 0 = the main one.';
COMMENT ON COLUMN bridge_document_organization.organization_key IS 'dim_organization key.';
COMMENT ON COLUMN bridge_document_organization.is_primary IS 'True for the article''s first organisation (the one facts fall back to).';
COMMENT ON COLUMN bridge_document_organization.run_id IS 'etl_run.run_id of the run that loaded the link.';
