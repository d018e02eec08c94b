-- A fact's span must lie inside its article. dim_document keeps the raw byte size, not the
-- text: every text character comes from at least one input byte (UTF-8, UTF-16, HTML
-- markup or Windows-1258 all spend >= 1 byte per character), so a span ending past
-- byte_size cannot be inside the text.
SELECT f.document_key, f.fact_index, f.span_start, f.span_end, d.byte_size
FROM fact_metric AS f
JOIN dim_document AS d ON d.document_key = f.document_key
WHERE f.span_start < 0
   OR f.span_end <= f.span_start
   OR (d.byte_size IS NOT NULL AND f.span_end > d.byte_size);
