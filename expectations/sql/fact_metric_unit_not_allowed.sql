-- A fact's unit must be one its measure may take (FACTS.md: ratings are percent only).
SELECT f.document_key, f.fact_index, m.code AS measure, f.unit
FROM fact_metric AS f
JOIN dim_measure AS m ON m.measure_key = f.measure_key
WHERE NOT list_contains(m.units, f.unit);
