-- Appearances of a person that dim_person does not hold.
SELECT a.document_key, a.person_index, a.person_key
FROM fact_appearance AS a
LEFT JOIN dim_person AS p ON p.person_key = a.person_key
WHERE p.person_key IS NULL;
