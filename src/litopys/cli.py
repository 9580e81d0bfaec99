"""The ``litopys`` command line."""

from __future__ import annotations

import json
import re
import sys
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console

from litopys.store.cli import QueryFormat
from litopys.store.cli import register as register_store_commands

app = typer.Typer(
    name="litopys",
    help="Read Ukrainian news and turn it into a dated, sourced chronicle of who did what to whom.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)


@app.callback()
def main_options() -> None:
    """Read Ukrainian news and turn it into a dated, sourced chronicle of who did what to whom."""


train_app = typer.Typer(help="Train litopys models (e.g. `litopys train ner`).", no_args_is_help=True)
eval_app = typer.Typer(help="Evaluate litopys against gold data (e.g. `litopys eval ner`).", no_args_is_help=True)
app.add_typer(train_app, name="train")
app.add_typer(eval_app, name="eval")


class AnalyzeFormat(StrEnum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


def iso_date(value: str | None) -> str | None:
    """Validate a YYYY-MM-DD option."""
    if value is None:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise typer.BadParameter(f"expected YYYY-MM-DD, got {value!r}")
    return value


def report_error(error: Exception) -> None:
    """One line on stderr naming the input and the reason."""
    err.print(f"[red]error[/red] {error}", markup=True, highlight=False)


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (.txt, .html, .jsonl), or - for stdin.")],
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD (the document creation time).", callback=iso_date)
    ] = None,
    raw: Annotated[bool, typer.Option("--raw", help="No clean-up: offsets index the input exactly.")] = False,
    output_format: Annotated[AnalyzeFormat, typer.Option("--format", help="text report, one JSON document, or JSON lines.")] = AnalyzeFormat.text,
    model: Annotated[str | None, typer.Option(help="Path of a spaCy pipeline to use for statistical NER.")] = None,
    use_model: Annotated[
        bool, typer.Option("--with-model/--no-model", help="--no-model: gazetteer and morphology only, about 4x faster.")
    ] = True,
) -> None:
    """Analyse articles: actors, dates, events and claims."""
    from litopys.pipeline import analyze_inputs, build_pipeline
    from litopys.read import read_inputs

    pipeline = build_pipeline(raw=raw, model=model, use_model=use_model)
    analysed = 0
    failed = 0
    documents = []
    for result in analyze_inputs(read_inputs(paths), pipeline, published=published):
        if isinstance(result, Exception):
            failed += 1
            report_error(result)
            continue
        analysed += 1
        if output_format is AnalyzeFormat.jsonl:
            sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        elif output_format is AnalyzeFormat.json:
            documents.append(result.to_dict())
        else:
            from litopys.report import print_report

            print_report(result)
    if output_format is AnalyzeFormat.json and documents:
        payload = documents[0] if len(documents) == 1 else documents
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    if analysed == 0:
        raise typer.Exit(1)


class NerLayer(StrEnum):
    model = "model"
    entities = "entities"


class NerSplit(StrEnum):
    dev = "dev"
    train = "train"


@train_app.command("ner")
def train_ner_command(
    corpus: Annotated[str, typer.Option(help="Brat folder (X.txt + X.ann), e.g. ../shared/corpora/ner-uk-v2-train.")],
    out: Annotated[str, typer.Option(help="Folder for the trained spaCy pipeline (the best model).")],
    seed: Annotated[int, typer.Option(help="Random seed: the split, vectors and training all follow it.")] = 0,
    work: Annotated[
        str | None, typer.Option(help="Folder for intermediate files (default: OUT-work beside OUT).")
    ] = None,
    vectors: Annotated[bool, typer.Option(help="Train floret subword vectors on the training half first.")] = True,
    raw_text: Annotated[
        list[str] | None, typer.Option(help="Folder of raw .txt to add to the vectors' training text (repeatable).")
    ] = None,
    max_steps: Annotated[int | None, typer.Option(help="Override the config's training.max_steps.")] = None,
    pretrain_epochs: Annotated[
        int, typer.Option(help="Pre-train the tok2vec on the raw lines for N epochs first (0: no pre-training).")
    ] = 0,
    init_tok2vec: Annotated[
        str | None, typer.Option(help="Start the tok2vec from these pre-trained weights (a modelN.bin of a pre-training run).")
    ] = None,
) -> None:
    """Train the statistical NER on a brat corpus with the committed config (src/litopys/training/ner.cfg)."""
    import logging
    from pathlib import Path

    from litopys.training import train_ner
    from litopys.training.brat import BratError

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    overrides: dict[str, object] = {}
    if max_steps is not None:
        overrides["training.max_steps"] = max_steps
    try:
        scores = train_ner(
            Path(corpus), Path(out), seed=seed, work=Path(work) if work else None, vectors=vectors,
            raw_text=[Path(p) for p in raw_text or []], overrides=overrides,
            pretrain_epochs=pretrain_epochs, init_tok2vec=Path(init_tok2vec) if init_tok2vec else None,
        )
    except BratError as error:
        report_error(error)
        raise typer.Exit(1) from error
    sys.stdout.write(json.dumps(scores, ensure_ascii=False, indent=2) + "\n")


@eval_app.command("ner")
def eval_ner_command(
    gold: Annotated[str, typer.Option(help="Brat folder with gold annotations (X.txt + X.ann).")],
    labels: Annotated[
        str | None, typer.Option(help="Comma-separated labels to score, e.g. PERS,ORG,LOC (default: all).")
    ] = None,
    model: Annotated[str | None, typer.Option(help="Path of a spaCy pipeline (default: the shipped model).")] = None,
    layer: Annotated[
        NerLayer, typer.Option(help="model: the statistical model alone; entities: what analyze outputs (model + gazetteer).")
    ] = NerLayer.model,
    split: Annotated[
        NerSplit | None,
        typer.Option(help="Score only this half of the split recorded in the model's split.json (GOLD: the whole corpus)."),
    ] = None,
    output_format: Annotated[QueryFormat, typer.Option("--format", help="text or json.")] = QueryFormat.text,
) -> None:
    """Exact-span precision, recall and F1 per label and micro-averaged."""
    from litopys.evaluate import evaluate_entities, evaluate_ner
    from litopys.training.brat import BratError

    wanted = [label.strip() for label in labels.split(",") if label.strip()] if labels else None
    try:
        evaluate = evaluate_entities if layer is NerLayer.entities else evaluate_ner
        scores = evaluate(gold, model=model, labels=wanted, split=split.value if split else None)
    except (BratError, FileNotFoundError, OSError) as error:
        report_error(error)
        raise typer.Exit(1) from error
    if output_format is QueryFormat.json:
        sys.stdout.write(json.dumps(scores, ensure_ascii=False, indent=2) + "\n")
        return
    from rich.table import Table

    table = Table(title=f"NER on {gold}")
    for column in ("label", "precision", "recall", "f1", "tp", "fp", "fn", "support"):
        table.add_column(column, justify="left" if column == "label" else "right")
    for label, row in scores.items():
        table.add_row(
            label, *(f"{row[key]:.3f}" for key in ("precision", "recall", "f1")),
            *(str(row[key]) for key in ("tp", "fp", "fn", "support")),
            style="bold" if label == "micro" else None,
        )
    Console().print(table)


@eval_app.command("events")
def eval_events_command(
    path: Annotated[str, typer.Argument(help="The article to analyse (.txt, .html or .jsonl with one article).")],
    gold: Annotated[str, typer.Option(help="YAML file with the reference events (see tests/data/*.events.yaml).")],
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD (the document creation time).", callback=iso_date)
    ] = None,
    output_format: Annotated[QueryFormat, typer.Option("--format", help="text or json.")] = QueryFormat.text,
) -> None:
    """Event precision, recall and F1 against a reference list, with the unmatched events."""
    from litopys.events.evaluate import evaluate, format_score, load_gold
    from litopys.pipeline import analyze_inputs, build_pipeline
    from litopys.read import read_inputs

    try:
        reference = load_gold(gold)
    except (OSError, ValueError, KeyError, TypeError) as error:
        report_error(Exception(f"{gold}: cannot read the reference events: {error}"))
        raise typer.Exit(1) from error
    results = list(analyze_inputs(read_inputs([path]), build_pipeline(), published=published))
    documents = [r for r in results if not isinstance(r, Exception)]
    for result in results:
        if isinstance(result, Exception):
            report_error(result)
    if len(documents) != 1:
        report_error(Exception(f"{path}: expected one article, got {len(documents)}"))
        raise typer.Exit(1)
    score = evaluate(documents[0], reference)
    if output_format is QueryFormat.json:
        sys.stdout.write(json.dumps(score.to_dict(documents[0]), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_score(score, documents[0]) + "\n")


@app.command()
def serve(
    db: Annotated[str | None, typer.Option(help="Database URL or SQLite file (default: $LITOPYS_DB or the user data folder).")] = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the REST API and the browser UI (API docs at /docs); POST /api/articles needs LITOPYS_TOKEN."""
    from litopys.web import serve as serve_web

    err.print(f"litopys: serving the chronicle at http://{host}:{port}/ (API docs at /docs; Ctrl-C stops)")
    serve_web(db=db, host=host, port=port)


# The chronicle store's commands: ingest, stats, timeline, search, actors, graph, export (issue 5).
register_store_commands(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
