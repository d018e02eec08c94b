-- One row per document: its natural key doc_key appears once.
SELECT doc_key, count(*) AS copies
FROM dim_document
GROUP BY doc_key
HAVING count(*) > 1;
