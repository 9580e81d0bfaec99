"""The store's commands (`ingest`, `stats`, `timeline`, `search`, `actors`, `graph`, `export`), registered on
the main Typer app by ``litopys.cli``. Each query prints Rich text or, with ``--format json``, the
same data the Python API returns."""

import json
import sys
from concurrent.futures.process import BrokenProcessPool
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

out = Console(highlight=False, soft_wrap=True)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL or SQLite file (default: $LITOPYS_DB, else a file in the user data folder)."),
]


class QueryFormat(StrEnum):
    text = "text"
    json = "json"


class GraphFormat(StrEnum):
    json = "json"
    graphml = "graphml"


class ExportFormat(StrEnum):
    plover_jsonl = "plover-jsonl"
    csv = "csv"
    parquet = "parquet"


FormatOption = Annotated[QueryFormat, typer.Option("--format", help="Rich text or JSON.")]


def open_db(db: str | None):
    from litopys.store.chronicle import Chronicle

    try:
        return Chronicle(db)
    except Exception as error:  # a bad URL or an unreachable server: one line, not a traceback
        from litopys.cli import err

        err.print(f"[red]error[/red] cannot open database {db or '(default)'}: {type(error).__name__}: {error}")
        raise typer.Exit(2) from None


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def actor_names(actors: list[dict]) -> str:
    return ", ".join(f"{a['name']} ({a['actor_code']})" if a.get("actor_code") else a["name"] for a in actors)


def register(app: typer.Typer) -> None:
    """Add the store commands to the ``litopys`` app."""
    from litopys.cli import iso_date

    @app.command()
    def ingest(
        paths: Annotated[list[str], typer.Argument(help="Files or folders (.txt, .html, .jsonl), or - for stdin.")],
        db: DbOption = None,
        workers: Annotated[int, typer.Option(min=1, help="Processes that analyse in parallel (writes stay in one).")] = 1,
        published: Annotated[
            str | None, typer.Option(help="Publication date YYYY-MM-DD for every input.", callback=iso_date)
        ] = None,
        progress: Annotated[bool, typer.Option(help="Show the progress bar (count, rate, ETA) on stderr.")] = True,
        reanalyse: Annotated[
            bool, typer.Option("--reanalyse", help="Analyse stored articles again and replace their rows.")
        ] = False,
    ) -> None:
        """Analyse articles and store them in the chronicle (idempotent and resumable)."""
        from litopys.cli import err

        chronicle = open_db(db)
        try:
            summary = chronicle.ingest(
                paths,
                workers=workers,
                progress=progress,
                published=published,
                on_error=lambda name, reason: err.print(f"[red]error[/red] {name}: {reason}", highlight=False),
                reanalyse=reanalyse,
            )
        except KeyboardInterrupt:
            err.print("interrupted: every stored article is complete; run the same command again to finish")
            raise typer.Exit(130) from None
        except BrokenProcessPool:
            err.print("[red]error[/red] a worker process died (out of memory?); every stored article is complete; run again")
            raise typer.Exit(1) from None
        finally:
            chronicle.close()
        if summary["errors"]:
            table = Table(title="errors", title_justify="left")
            table.add_column("input")
            table.add_column("reason")
            for error in summary["errors"]:
                table.add_row(error["input"], error["reason"])
            err.print(table)
        err.print(
            f"added {summary['added']} · replaced {summary['replaced']} · unchanged {summary['unchanged']} · "
            f"failed {summary['failed']} · {summary['seconds']:.1f} s ({summary['articles_per_s']} articles/s)"
        )
        if summary["failed"] and not (summary["added"] or summary["replaced"] or summary["unchanged"]):
            raise typer.Exit(1)

    @app.command()
    def stats(db: DbOption = None, output_format: FormatOption = QueryFormat.text) -> None:
        """Counts: articles, entities, events, story events, errors."""
        with open_db(db) as chronicle:
            data = chronicle.stats()
        if output_format is QueryFormat.json:
            print_json(data)
            return
        table = Table(show_header=False, box=None)
        for key, value in data.items():
            table.add_row(key.replace("_", " "), f"{value:,}")
        out.print(table)

    @app.command()
    def timeline(
        db: DbOption = None,
        actor: Annotated[str | None, typer.Option(help="Actor name, entity id or actor-code prefix (PRK).")] = None,
        event_type: Annotated[str | None, typer.Option("--type", help="PLOVER event type (CONSULT, ASSAULT, ...).")] = None,
        since: Annotated[str | None, typer.Option(help="First day YYYY-MM-DD.", callback=iso_date)] = None,
        until: Annotated[str | None, typer.Option(help="Last day YYYY-MM-DD.", callback=iso_date)] = None,
        limit: Annotated[int | None, typer.Option(min=1, help="At most this many story events.")] = None,
        newest_first: Annotated[bool, typer.Option("--newest-first", help="Latest dated story events first.")] = False,
        output_format: FormatOption = QueryFormat.text,
    ) -> None:
        """Story events in date order: who did what to whom, with article and source counts."""
        with open_db(db) as chronicle:
            items = chronicle.timeline(
                actor=actor, type=event_type, since=since, until=until, limit=limit, newest_first=newest_first
            )
        if output_format is QueryFormat.json:
            print_json(items)
            return
        table = Table(title=f"{len(items)} story events", title_justify="left")
        for column in ("date", "type", "source", "target", "modality", "art.", "src.", "summary"):
            table.add_column(column, overflow="fold")
        for item in items:
            table.add_row(
                item["date"] or "—",
                item["type"] + (f"/{item['mode']}" if item["mode"] else ""),
                actor_names(item["source"]),
                actor_names(item["target"]),
                item["modality"] or "",
                str(item["articles"]),
                str(item["sources"]),
                (item["summary"] or "")[:160],
            )
        out.print(table)

    @app.command()
    def search(
        query: Annotated[str, typer.Argument(help="Words in any inflected form.")],
        db: DbOption = None,
        limit: Annotated[int, typer.Option(min=1, help="At most this many articles.")] = 20,
        output_format: FormatOption = QueryFormat.text,
    ) -> None:
        """Articles matching every word in any of its forms, best first."""
        with open_db(db) as chronicle:
            results = chronicle.search(query, limit=limit)
        if output_format is QueryFormat.json:
            print_json(results)
            return
        if not results:
            out.print("no articles found")
        for result in results:
            out.print(f"[bold]#{result['id']}[/bold] {result['title'] or '(untitled)'} · {result['published'] or ''} · score {result['score']}")
            out.print(f"   {result['snippet']}")

    @app.command()
    def actors(
        db: DbOption = None,
        top: Annotated[int | None, typer.Option(min=1, help="Only the N most written-about actors.")] = None,
        output_format: FormatOption = QueryFormat.text,
    ) -> None:
        """Actors with how often they are mentioned and in how many articles and story events."""
        with open_db(db) as chronicle:
            items = chronicle.actors(top=top)
        if output_format is QueryFormat.json:
            print_json(items)
            return
        table = Table(title=f"{len(items)} actors", title_justify="left")
        for column in ("id", "name", "type", "actor code", "mentions", "articles", "events"):
            table.add_column(column)
        for item in items:
            table.add_row(
                str(item["id"]), item["name"], item["type"] or "", item["actor_code"] or "",
                str(item["mentions"]), str(item["articles"]), str(item["events"]),
            )
        out.print(table)

    @app.command()
    def graph(
        db: DbOption = None,
        output_format: Annotated[GraphFormat, typer.Option("--format", help="JSON or GraphML.")] = GraphFormat.json,
    ) -> None:
        """The actor–actor graph: edges with story-event counts and mean intensity."""
        from litopys.store.export import graphml

        with open_db(db) as chronicle:
            data = chronicle.graph()
        if output_format is GraphFormat.graphml:
            sys.stdout.write(graphml(data))
        else:
            print_json(data)

    @app.command()
    def export(
        db: DbOption = None,
        output_format: Annotated[ExportFormat, typer.Option("--format", help="PLOVER JSON lines, GDELT-like CSV, or Parquet.")] = ExportFormat.plover_jsonl,
        output: Annotated[str, typer.Option("--output", "-o", help="File to write; - for stdout.")] = "-",
    ) -> None:
        """Every story event, for other tools."""
        from litopys.cli import err

        if output_format is ExportFormat.parquet and output == "-" and sys.stdout.isatty():
            err.print("[red]error[/red] parquet is binary: give --output FILE")
            raise typer.Exit(2)
        with open_db(db) as chronicle:
            count = chronicle.export(output_format.value, output)
        if output != "-":
            err.print(f"{count} story events written to {output}")
