"""Validation results as people read them: a plain-text table (`solieu validate`) and a
self-contained offline HTML page (warehouse/data_docs/index.html).

GX's own Data Docs pull their styles and scripts from the internet; this page carries its
CSS inline and no script, so it opens on an offline machine. Only Polars and the standard
library here: the CLI's `validate` command must not pay for importing great_expectations.
"""

from __future__ import annotations

import html
import json

import polars as pl

SAMPLE_WIDTH = 110
_RUN_FIELDS = ("run_id", "status", "started_at", "ended_at", "facts_extracted", "facts_loaded", "facts_quarantined")


def _sample_text(sample: str | None, width: int = SAMPLE_WIDTH) -> str:
    """The first offending row of a result's JSON sample, on one line."""
    if not sample:
        return ""
    try:
        rows = json.loads(sample)
    except ValueError:
        return sample[:width]
    if not rows:
        return ""
    first = rows[0]
    if isinstance(first, dict) and {"doc_key", "reason"} <= first.keys():
        # a fact's check: where it is and why, as the quarantine says it
        where = first["doc_key"] if first.get("fact_index") is None else f"{first['doc_key']}#{first['fact_index']}"
        text = f"{where}: {first['reason']}"
    elif isinstance(first, dict):
        text = ", ".join(f"{k}={v}" for k, v in first.items())
    else:
        text = str(first)
    if len(rows) > 1:
        text += f"  (+{len(rows) - 1} more)"
    return text if len(text) <= width else text[: width - 1] + "…"


def _run_lines(run: dict | None) -> list[str]:
    if not run:
        return ["No run recorded."]
    return [f"{key}: {run[key]}" for key in _RUN_FIELDS if key in run and run[key] is not None]


def _summary(results: pl.DataFrame) -> str:
    failed = results.filter(~pl.col("success")).height if results.height else 0
    return f"{results.height} checks, {results.height - failed} ok, {failed} failed"


def format_results(run: dict | None, results: pl.DataFrame) -> str:
    """A readable table: suite, expectation, ok/FAIL, unexpected count, a sample row."""
    lines = _run_lines(run)
    if results.height == 0:
        return "\n".join(lines + ["No validation results."])
    table = [
        (
            row["suite"],
            row["expectation"],
            "ok" if row["success"] else "FAIL",
            "" if row["unexpected_count"] is None else str(row["unexpected_count"]),
            "" if row["success"] else _sample_text(row["sample"]),
        )
        for row in results.iter_rows(named=True)
    ]
    header = ("suite", "expectation", "result", "unexpected", "sample")
    widths = [max(len(header[i]), *(len(r[i]) for r in table)) for i in range(4)]

    def line(cells) -> str:
        return "  ".join(
            [cells[0].ljust(widths[0]), cells[1].ljust(widths[1]), cells[2].ljust(widths[2]), cells[3].rjust(widths[3]), cells[4]]
        ).rstrip()

    rule = "  ".join("-" * w for w in widths) + "  ------"
    return "\n".join(lines + ["", line(header), rule, *(line(r) for r in table), "", _summary(results)])


_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem; color: #1d1d1f; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border-bottom: 1px solid #ddd; padding: 0.35rem 0.6rem; text-align: left; vertical-align: top; }
th { background: #f4f4f6; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.ok { color: #176b2c; font-weight: 600; } .fail { color: #b00020; font-weight: 600; }
tr.fail-row { background: #fff3f3; }
pre { margin: 0; white-space: pre-wrap; word-break: break-word; font-size: 0.8rem; }
dl { display: grid; grid-template-columns: max-content auto; gap: 0.2rem 1rem; }
dt { font-weight: 600; }
"""


def render_html(run: dict | None, results: pl.DataFrame) -> str:
    """A self-contained offline HTML report of one run's validation results."""
    e = html.escape
    if run:
        run_html = "<dl>" + "".join(
            f"<dt>{e(k)}</dt><dd>{e(str(run[k]))}</dd>" for k in _RUN_FIELDS if k in run and run[k] is not None
        ) + "</dl>"
    else:
        run_html = "<p>No run recorded.</p>"
    sections = []
    if results.height == 0:
        sections.append("<p>No validation results.</p>")
    for suite in results.get_column("suite").unique(maintain_order=True).to_list() if results.height else []:
        rows = []
        for row in results.filter(pl.col("suite") == suite).iter_rows(named=True):
            ok = bool(row["success"])
            sample = ""
            if not ok and row["sample"]:
                try:
                    sample = json.dumps(json.loads(row["sample"]), ensure_ascii=False, indent=1)
                except ValueError:
                    sample = row["sample"]
            count = "" if row["unexpected_count"] is None else str(row["unexpected_count"])
            rows.append(
                f'<tr class="{"" if ok else "fail-row"}"><td>{e(row["expectation"])}</td>'
                f'<td class="{"ok" if ok else "fail"}">{"ok" if ok else "FAIL"}</td>'
                f'<td class="n">{e(count)}</td><td><pre>{e(sample)}</pre></td></tr>'
            )
        sections.append(
            f"<h2>{e(suite)}</h2><table><thead><tr><th>expectation</th><th>result</th>"
            f"<th>unexpected</th><th>sample of offending rows</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>solieu validation report</title>"
        f"<style>{_CSS}</style></head><body>"
        f"<h1>solieu validation report</h1>{run_html}<p>{e(_summary(results))}</p>{''.join(sections)}"
        "</body></html>\n"
    )
