-- Appearances whose document, event, date or organisation is missing from its dimension
-- (null event, date or organisation = not stated, which is fine).
SELECT a.document_key, a.person_index, a.event_key, a.date_key, a.organization_key
FROM fact_appearance AS a
LEFT JOIN dim_document AS d ON d.document_key = a.document_key
LEFT JOIN dim_event AS e ON e.event_key = a.event_key
LEFT JOIN dim_date AS t ON t.date_key = a.date_key
LEFT JOIN dim_organization AS o ON o.organization_key = a.organization_key
WHERE d.document_key IS NULL
   OR (a.event_key IS NOT NULL AND e.event_key IS NULL)
   OR (a.date_key IS NOT NULL AND t.date_key IS NULL)
   OR (a.organization_key IS NOT NULL AND o.organization_key IS NULL);
