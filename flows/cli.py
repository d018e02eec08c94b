"""The `solieu` command.

Quick commands (extract, evaluate, review, validate) never import Prefect or Great
Expectations: each command imports what it needs inside its own body.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from flows import settings

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="solieu: numeric facts from Vietnamese party-building news, into a DuckDB warehouse.",
)


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"solieu: {message}", err=True)
    raise typer.Exit(code)


def _read_article(path: Path) -> str:
    """An article file's text as `extract` sees it: decoded, NFC; HTML reduced to its text."""
    from transforms.decode import UndecodableError, decode_bytes, html_to_text

    if not path.is_file():
        _fail(f"no such file: {path}")
    try:
        text = decode_bytes(path.read_bytes())
    except UndecodableError as error:
        _fail(f"cannot decode {path}: {error}")
    if path.suffix.lower() in (".html", ".htm"):
        text = html_to_text(text)
    return text


def _json_value(value):
    return int(value) if isinstance(value, float) and value.is_integer() else value


@app.command()
def extract(
    file: Path = typer.Argument(..., help="An article: .txt (any supported encoding) or .html"),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per fact, per FACTS.md"),
    document: bool = typer.Option(False, "--document", help="The article's organisations, events, people"),
) -> None:
    """Print the numeric facts of one article (or, with --document, what it is about)."""
    text = _read_article(file)
    if document:
        from transforms.document import extract_document

        typer.echo(json.dumps(extract_document(text), ensure_ascii=False))
        return
    from transforms.facts import extract_facts

    facts = extract_facts(text)
    if as_json:
        out = sys.stdout
        for fact in facts:
            fact = {k: _json_value(v) for k, v in fact.items()}
            out.write(json.dumps(fact, ensure_ascii=False) + "\n")
        return
    if not facts:
        typer.echo("no facts")
        return
    for fact in facts:
        typer.echo(
            f"{fact['start']:>6}  {fact['measure']:<24} {_json_value(fact['value']):>9} {fact['unit']:<7} "
            f"{fact['kind']:<10} {fact['qualifier']:<9} {fact['period'] or '-':<10} {fact['noun']}"
        )
    typer.echo(f"{len(facts)} facts")


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., help="Labelled facts: JSONL with doc, measure, value, unit, kind, qualifier"),
    text_dir: Path = typer.Argument(..., help="Folder holding <doc>.txt for every doc in GOLD"),
) -> None:
    """Score `extract` against labelled facts: precision, recall and F1 at three levels."""
    from transforms.facts import extract_facts
    from transforms.scoring import format_report, score

    if not gold.is_file():
        _fail(f"no such gold file: {gold}")
    if not text_dir.is_dir():
        _fail(f"no such folder: {text_dir}")
    rows = []
    for number, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as error:
            _fail(f"{gold}:{number}: not JSON ({error})")
    predicted = {}
    for doc in sorted({row["doc"] for row in rows}):
        candidates = [text_dir / f"{doc}.txt", text_dir / f"{doc}.html", text_dir / doc]
        path = next((c for c in candidates if c.is_file()), None)
        if path is None:
            _fail(f"no text for doc {doc!r} in {text_dir}")
        predicted[doc] = extract_facts(_read_article(path))
    typer.echo(format_report(score(rows, predicted)))


@app.command()
def review(
    file: Path = typer.Argument(..., help="An article to check by eye"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Where to write the page (default FILE.review.html)"),
) -> None:
    """Write a self-contained HTML page with every fact highlighted in the article."""
    from transforms.facts import extract_facts
    from transforms.review import render_review

    text = _read_article(file)
    page = render_review(text, extract_facts(text), title=file.name)
    target = output or file.with_name(file.name + ".review.html")
    target.write_text(page, encoding="utf-8")
    typer.echo(str(target))


@app.command()
def run(
    raw_dir: Path = typer.Argument(settings.DEFAULT_RAW_DIR, help="Folder of .txt, .html and .jsonl articles"),
    warehouse: Path = typer.Option(settings.DEFAULT_WAREHOUSE, "--warehouse", help="The DuckDB file to load"),
    prune: bool = typer.Option(False, "--prune", help="Delete documents whose files are gone from RAW_DIR"),
    wait: bool = typer.Option(False, "--wait", help="Wait for a running load instead of failing at once"),
    batch_size: int = typer.Option(2000, "--batch-size", min=1, help="Documents per parse task"),
    workers: int = typer.Option(1, "--workers", min=1, help="Processes for the parse tasks (2 uses both cores)"),
    max_quarantine_share: float = typer.Option(
        0.25, "--max-quarantine-share", min=0.0, max=1.0, help="Fail the run when more facts than this fail validation"
    ),
) -> None:
    """Run the pipeline (a Prefect flow, local ephemeral mode) over RAW_DIR into the warehouse."""
    if not raw_dir.is_dir():
        _fail(f"no such input folder: {raw_dir}")
    settings.configure_prefect_env()
    from flows.pipeline import RunFailed, solieu_flow
    from warehouse.store import WarehouseBusy

    flow = solieu_flow
    if workers > 1:
        from prefect.task_runners import ProcessPoolTaskRunner

        flow = solieu_flow.with_options(task_runner=ProcessPoolTaskRunner(max_workers=workers))
    try:
        result = flow(
            raw_dir=str(raw_dir),
            warehouse_path=str(warehouse),
            batch_size=batch_size,
            prune=prune,
            max_quarantine_share=max_quarantine_share,
            wait_for_lock=wait,
        )
    except WarehouseBusy as error:
        _fail(str(error), code=3)
    except RunFailed as error:
        _fail(f"run failed: {error}", code=4)
    typer.echo(
        f"solieu run {result['run_id']}: {result['docs_seen']} documents seen "
        f"({result['docs_loaded']} loaded, {result['docs_unchanged']} unchanged, "
        f"{result['docs_quarantined']} quarantined); {result['facts_loaded']} facts loaded, "
        f"{result['facts_quarantined']} quarantined"
    )
    outputs = result["outputs"]
    typer.echo(f"warehouse:  {warehouse}")
    typer.echo(f"exports:    {outputs['exports_dir']} (facts_wide.parquet for dashboards)")
    typer.echo(f"published:  {outputs['published']} (read-only copy for analysts)")


@app.command()
def validate(
    warehouse: Path = typer.Option(settings.DEFAULT_WAREHOUSE, "--warehouse", help="The DuckDB file"),
    html: bool = typer.Option(True, "--html/--no-html", help="Also write warehouse/data_docs/index.html"),
) -> None:
    """Show the last run's validation results (every expectation and check)."""
    from expectations.report import format_results, render_html
    from warehouse.store import Warehouse

    if not warehouse.exists():
        _fail(f"no warehouse at {warehouse}: run `solieu run` first")
    run, results = Warehouse(warehouse).last_validation_results()
    typer.echo(format_results(run, results))
    if html:
        docs = settings.data_docs_dir_for(warehouse)
        docs.mkdir(parents=True, exist_ok=True)
        (docs / "index.html").write_text(render_html(run, results), encoding="utf-8")
        typer.echo(f"report: {docs / 'index.html'}")


@app.command()
def serve(
    raw_dir: Path = typer.Argument(settings.DEFAULT_RAW_DIR, help="Folder the nightly crawl fills"),
    warehouse: Path = typer.Option(settings.DEFAULT_WAREHOUSE, "--warehouse"),
    cron: str = typer.Option("0 2 * * *", "--cron", help="When to run, as a cron expression"),
    timezone: str = typer.Option("Asia/Ho_Chi_Minh", "--timezone", help="The cron's timezone"),
    name: str = typer.Option("nightly", "--name", help="The deployment's name"),
) -> None:
    """Serve a Prefect deployment of the flow on a cron schedule (needs PREFECT_API_URL for a server)."""
    settings.configure_prefect_env()
    from flows.deployment import serve_deployment

    serve_deployment(raw_dir=raw_dir, warehouse=warehouse, cron=cron, timezone=timezone, name=name)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
