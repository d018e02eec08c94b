-- Facts pointing at an event that dim_event does not hold (null = no event reported).
SELECT f.document_key, f.fact_index, f.event_key
FROM fact_metric AS f
LEFT JOIN dim_event AS e ON e.event_key = f.event_key
WHERE f.event_key IS NOT NULL AND e.event_key IS NULL;
