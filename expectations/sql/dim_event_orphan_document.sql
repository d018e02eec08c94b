-- Events belong to the article that reports them.
SELECT e.event_key, e.doc_key, e.document_key
FROM dim_event AS e
LEFT JOIN dim_document AS d ON d.document_key = e.document_key
WHERE d.document_key IS NULL;
