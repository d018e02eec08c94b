-- Facts pointing at an organisation that dim_organization does not hold (null = none named).
SELECT f.document_key, f.fact_index, f.organization_key
FROM fact_metric AS f
LEFT JOIN dim_organization AS o ON o.organization_key = f.organization_key
WHERE f.organization_key IS NOT NULL AND o.organization_key IS NULL;
