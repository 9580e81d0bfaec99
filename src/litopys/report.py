"""The human-readable ``--format text`` report, made with Rich."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from litopys.doc import Document

TYPE_ORDER = {"PERS": 0, "ORG": 1, "LOC": 2}


def print_report(document: Document, console: Console | None = None) -> None:
    console = console or Console()
    title = document.title or document.path or "(untitled)"
    published = document.published or "unknown"
    if document.dct_inferred:
        published += " (inferred)"
    console.rule(f"[bold]{title}")
    console.print(f"[dim]{document.path or '-'} · published {published} · {len(document.sentences)} sentences, "
                  f"{len(document.tokens)} tokens[/dim]")
    if document.removed:
        console.print(f"[dim]removed: {', '.join(f'{r.reason} «{r.text.strip()[:40]}»' for r in document.removed)}[/dim]")

    entities = Table(title="Entities", show_lines=False, expand=False)
    for column in ("type", "name", "actor code", "country", "mentions"):
        entities.add_column(column)
    for entity in sorted(document.entities, key=lambda e: (TYPE_ORDER.get(e.type, 9), -len(e.mentions), e.name)):
        forms = sorted({m.text for m in entity.mentions})
        entities.add_row(
            entity.type + (f"/{entity.kind}" if entity.kind else ""),
            entity.name + (f" [dim]({entity.role})[/dim]" if entity.role else ""),
            entity.actor_code or "",
            entity.country or "",
            f"{len(entity.mentions)}: " + ", ".join(forms[:6]) + (" …" if len(forms) > 6 else ""),
        )
    console.print(entities)

    dates = Table(title="Dates (in time order)")
    for column in ("value", "granularity", "text"):
        dates.add_column(column)
    for timex in sorted(document.timexes, key=lambda t: (t.value or "9999", t.start)):
        dates.add_row(timex.value or "?", timex.granularity + (" · future" if timex.future else ""), timex.text)
    console.print(dates)

    if document.events:
        names = {e.id: e.name for e in document.entities}
        events = Table(title="Events")
        for column in ("date", "type", "mode", "source → target", "modality", "according to", "trigger"):
            events.add_column(column)
        for event in sorted(document.events, key=lambda e: (e.date or "9999", e.sentence)):
            events.add_row(
                event.date or "",
                event.type,
                event.mode or "",
                ", ".join(names.get(i, i) for i in event.source) + " → " + ", ".join(names.get(i, i) for i in event.target),
                event.modality,
                ", ".join(names.get(i, i) for i in event.attributed_to),
                event.trigger.text,
            )
        console.print(events)
