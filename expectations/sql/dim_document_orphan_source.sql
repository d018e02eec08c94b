-- Documents pointing at a source site or a publication date that its dimension does not hold.
SELECT d.doc_key, d.source_key, d.published_date_key
FROM dim_document AS d
LEFT JOIN dim_source AS s ON s.source_key = d.source_key
LEFT JOIN dim_date AS t ON t.date_key = d.published_date_key
WHERE (d.source_key IS NOT NULL AND s.source_key IS NULL)
   OR (d.published_date_key IS NOT NULL AND t.date_key IS NULL);
