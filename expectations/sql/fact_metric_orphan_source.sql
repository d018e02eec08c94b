-- Facts pointing at a source site that dim_source does not hold (null = unknown is fine).
SELECT f.document_key, f.fact_index, f.source_key
FROM fact_metric AS f
LEFT JOIN dim_source AS s ON s.source_key = f.source_key
WHERE f.source_key IS NOT NULL AND s.source_key IS NULL;
