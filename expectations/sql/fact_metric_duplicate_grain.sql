-- The grain of fact_metric is one fact of one document: (document_key, fact_index) once.
SELECT document_key, fact_index, count(*) AS copies
FROM fact_metric
GROUP BY document_key, fact_index
HAVING count(*) > 1;
