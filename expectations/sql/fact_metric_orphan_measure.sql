-- Facts whose measure_key is not in dim_measure: analysts query by measure code.
SELECT f.document_key, f.fact_index, f.measure_key
FROM fact_metric AS f
LEFT JOIN dim_measure AS m ON m.measure_key = f.measure_key
WHERE m.measure_key IS NULL;
