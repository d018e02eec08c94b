-- Links between an article and an organisation whose either end is missing.
SELECT b.document_key, b.org_index, b.organization_key
FROM bridge_document_organization AS b
LEFT JOIN dim_document AS d ON d.document_key = b.document_key
LEFT JOIN dim_organization AS o ON o.organization_key = b.organization_key
WHERE d.document_key IS NULL OR o.organization_key IS NULL;
