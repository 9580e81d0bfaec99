"""The ``litopys`` command line."""

from __future__ import annotations

import json
import re
import sys
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console

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
) -> None:
    """Analyse articles: actors, dates, events and claims."""
    from litopys.pipeline import analyze_inputs, build_pipeline
    from litopys.read import read_inputs

    pipeline = build_pipeline(raw=raw, model=model)
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


def main() -> None:
    app()


if __name__ == "__main__":
    main()
