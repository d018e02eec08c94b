-- A count is a whole number: 1.1245 đảng viên is a misprint that validation should have held back.
SELECT document_key, fact_index, value
FROM fact_metric
WHERE unit = 'count' AND value <> round(value);
