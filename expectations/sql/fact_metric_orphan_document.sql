-- Facts whose document is not in dim_document: a fact must trace to the article that states it.
SELECT f.document_key, f.fact_index
FROM fact_metric AS f
LEFT JOIN dim_document AS d ON d.document_key = f.document_key
WHERE d.document_key IS NULL;
