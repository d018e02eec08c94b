-- Flat views for dashboards and analysts. CREATE OR REPLACE keeps them idempotent and
-- lets a changed definition take effect on the next run.

CREATE OR REPLACE VIEW facts_wide AS
SELECT
    doc.doc_key,
    f.fact_index,
    m.code                 AS measure,
    f.value,
    f.unit,
    f.kind,
    f.qualifier,
    f.noun,
    f.period,
    f.subject,
    f.span_start,
    f.span_end,
    f.quote,
    d.date                 AS published_date,
    d.year                 AS published_year,
    d.year_month           AS published_month,
    doc.published_at,
    doc.title,
    doc.url,
    doc.source_path,
    doc.contradiction,
    s.site                 AS source_site,
    o.name                 AS organization,
    o.level                AS organization_level,
    o.province             AS province,
    e.type                 AS event_type,
    e.ordinal              AS event_ordinal,
    e.term_start,
    e.term_end,
    e.start_date           AS event_start_date,
    e.end_date             AS event_end_date,
    e.venue                AS event_venue,
    m.meaning              AS measure_meaning,
    f.run_id
FROM fact_metric AS f
JOIN dim_document AS doc ON doc.document_key = f.document_key
JOIN dim_measure AS m ON m.measure_key = f.measure_key
LEFT JOIN dim_date AS d ON d.date_key = f.date_key
LEFT JOIN dim_source AS s ON s.source_key = f.source_key
LEFT JOIN dim_organization AS o ON o.organization_key = f.organization_key
LEFT JOIN dim_event AS e ON e.event_key = f.event_key;
COMMENT ON VIEW facts_wide IS 'fact_metric joined to all its dimensions, one flat row per fact for dashboards. Grain: one numeric fact stated in one document.';
COMMENT ON COLUMN facts_wide.doc_key IS 'The article''s natural key (source path, #L<n> for a .jsonl line).';
COMMENT ON COLUMN facts_wide.fact_index IS 'Position of the fact among the article''s extracted facts.';
COMMENT ON COLUMN facts_wide.measure IS 'Measure code (dim_measure.code).';
COMMENT ON COLUMN facts_wide.value IS 'The number; negative for a fall.';
COMMENT ON COLUMN facts_wide.unit IS 'count or percent.';
COMMENT ON COLUMN facts_wide.kind IS 'actual, target, change or attainment.';
COMMENT ON COLUMN facts_wide.qualifier IS 'exact, more_than, at_least, less_than, at_most or about.';
COMMENT ON COLUMN facts_wide.noun IS 'The counted noun as the text says it.';
COMMENT ON COLUMN facts_wide.period IS 'What the number covers (term, year, annual); null for a level at the article''s date.';
COMMENT ON COLUMN facts_wide.subject IS 'The organisation the number belongs to, as named in the text.';
COMMENT ON COLUMN facts_wide.span_start IS 'Character offset where the number phrase starts in the article text.';
COMMENT ON COLUMN facts_wide.span_end IS 'Character offset just past the number phrase.';
COMMENT ON COLUMN facts_wide.quote IS 'The sentence that states the fact.';
COMMENT ON COLUMN facts_wide.published_date IS 'The article''s publication date; null when unknown.';
COMMENT ON COLUMN facts_wide.published_year IS 'Year of publication.';
COMMENT ON COLUMN facts_wide.published_month IS 'Month of publication as YYYY-MM.';
COMMENT ON COLUMN facts_wide.published_at IS 'Publication time as printed.';
COMMENT ON COLUMN facts_wide.title IS 'The article''s title.';
COMMENT ON COLUMN facts_wide.url IS 'The article''s URL, when known.';
COMMENT ON COLUMN facts_wide.source_path IS 'The input file the article came from.';
COMMENT ON COLUMN facts_wide.contradiction IS 'Null, or why the article''s facts contradict each other.';
COMMENT ON COLUMN facts_wide.source_site IS 'The publishing site.';
COMMENT ON COLUMN facts_wide.organization IS 'The organisation the fact is attributed to (dim_organization.name).';
COMMENT ON COLUMN facts_wide.organization_level IS 'Its level: central, province, bloc, district, commune, grassroots, cell or agency.';
COMMENT ON COLUMN facts_wide.province IS 'Its province at the article''s date.';
COMMENT ON COLUMN facts_wide.event_type IS 'Type of the article''s first reported event.';
COMMENT ON COLUMN facts_wide.event_ordinal IS 'Its number (congress lần thứ N -> N).';
COMMENT ON COLUMN facts_wide.term_start IS 'First year of the event''s term.';
COMMENT ON COLUMN facts_wide.term_end IS 'Last year of the event''s term.';
COMMENT ON COLUMN facts_wide.event_start_date IS 'Day the event began.';
COMMENT ON COLUMN facts_wide.event_end_date IS 'Day the event ended.';
COMMENT ON COLUMN facts_wide.event_venue IS 'Where the event took place.';
COMMENT ON COLUMN facts_wide.measure_meaning IS 'What the measure counts, in words.';
COMMENT ON COLUMN facts_wide.run_id IS 'The run that loaded the fact.';
