-- Facts pointing at a date that dim_date does not hold (null = date unknown is fine).
SELECT f.document_key, f.fact_index, f.date_key
FROM fact_metric AS f
LEFT JOIN dim_date AS d ON d.date_key = f.date_key
WHERE f.date_key IS NOT NULL AND d.date_key IS NULL;
