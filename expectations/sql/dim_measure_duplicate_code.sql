-- One row per measure code: a duplicated code would double every fact joined to it.
SELECT code, count(*) AS copies
FROM dim_measure
GROUP BY code
HAVING count(*) > 1;
