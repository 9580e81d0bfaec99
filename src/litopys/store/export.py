"""Exports of the story events: PLOVER JSON lines, a CSV in the spirit of GDELT's event table, Parquet,
and the actor graph as GraphML."""

from __future__ import annotations

import csv
import io
import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from xml.sax.saxutils import escape, quoteattr

if TYPE_CHECKING:
    from litopys.store.chronicle import Chronicle

FORMATS = ("plover-jsonl", "csv", "parquet")
PAGE = 5000

# GDELT 2.0 event-table names where one exists; PLOVER type and mode beside CAMEO's root code.
CSV_COLUMNS = [
    "GlobalEventID",
    "Day",
    "Date",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "PloverType",
    "PloverMode",
    "EventRootCode",
    "QuadClass",
    "Intensity",
    "Modality",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "ActionGeo_FullName",
    "SOURCEURL",
    "Summary",
]
QUAD_CLASS = {"verbal cooperation": 1, "material cooperation": 2, "verbal conflict": 3, "material conflict": 4}


def story_events_with_details(chronicle: Chronicle):
    """Every story event (date order) with its counts, codes and a reporting URL (else file path), page by page."""
    from sqlalchemy import func, select

    from litopys.store.schema import articles, events, story_events

    offset = 0
    while True:
        items = chronicle.timeline(limit=PAGE, offset=offset)
        if not items:
            return
        ids = [item["id"] for item in items]
        with chronicle.engine.connect() as connection:
            details = {
                row.id: row
                for row in connection.execute(
                    select(
                        story_events.c.id,
                        story_events.c.quad,
                        story_events.c.cameo,
                        story_events.c.intensity,
                        story_events.c.location,
                        story_events.c.mentions,
                    ).where(story_events.c.id.in_(ids))
                ).all()
            }
            first_url = dict(
                connection.execute(
                    select(events.c.story_event_id, func.min(func.coalesce(articles.c.url, articles.c.path)))
                    .join(articles, articles.c.id == events.c.article_id)
                    .where(events.c.story_event_id.in_(ids))
                    .group_by(events.c.story_event_id)
                ).all()
            )
        for item in items:
            detail = details[item["id"]]
            yield item, detail, first_url.get(item["id"])
        offset += PAGE


def first(actors: list[dict], key: str) -> str | None:
    return actors[0][key] if actors else None


def csv_row(item: dict, detail, url: str | None) -> dict:
    date = item["date"] or ""
    return {
        "GlobalEventID": item["id"],
        "Day": date.replace("-", "")[:8] if len(date) >= 10 else "",
        "Date": date,
        "Actor1Code": first(item["source"], "actor_code"),
        "Actor1Name": first(item["source"], "name"),
        "Actor1CountryCode": (first(item["source"], "actor_code") or "")[:3] or None,
        "Actor2Code": first(item["target"], "actor_code"),
        "Actor2Name": first(item["target"], "name"),
        "Actor2CountryCode": (first(item["target"], "actor_code") or "")[:3] or None,
        "PloverType": item["type"],
        "PloverMode": item["mode"],
        "EventRootCode": detail.cameo,
        "QuadClass": QUAD_CLASS.get(detail.quad or ""),
        "Intensity": detail.intensity,
        "Modality": item["modality"],
        "NumMentions": detail.mentions,
        "NumSources": item["sources"],
        "NumArticles": item["articles"],
        "ActionGeo_FullName": detail.location,
        "SOURCEURL": url,
        "Summary": item["summary"],
    }


def plover_record(item: dict, detail, url: str | None) -> dict:
    """A PLOVER-style event record (event, mode, context, actor, recipient) with litopys' counts."""
    return {
        "id": item["id"],
        "date": item["date"],
        "event": item["type"],
        "mode": item["mode"],
        "context": [],
        "quad": detail.quad,
        "cameo": detail.cameo,
        "intensity": detail.intensity,
        "modality": item["modality"],
        "actor": [{"name": a["name"], "code": a["actor_code"]} for a in item["source"]],
        "recipient": [{"name": a["name"], "code": a["actor_code"]} for a in item["target"]],
        "location": detail.location,
        "num_mentions": detail.mentions,
        "num_articles": item["articles"],
        "num_sources": item["sources"],
        "source_url": url,
        "text": item["summary"],
    }


@contextmanager
def opened(path_or_stream: str | Path | IO[Any], mode: str):
    if isinstance(path_or_stream, str | Path):
        if str(path_or_stream) == "-":
            yield sys.stdout.buffer if "b" in mode else sys.stdout
            return
        with open(path_or_stream, mode, encoding=None if "b" in mode else "utf-8", newline="" if "b" not in mode else None) as handle:
            yield handle
    else:
        yield path_or_stream


def export(chronicle: Chronicle, format: str, path_or_stream: str | Path | IO[Any]) -> int:
    """Write every story event in ``format`` to a path (``-`` = stdout) or an open stream; returns the count."""
    if format not in FORMATS:
        raise ValueError(f"unknown export format {format!r} (expected one of {', '.join(FORMATS)})")
    count = 0
    if format == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [csv_row(*record) for record in story_events_with_details(chronicle)]
        columns = {name: [row[name] for row in rows] for name in CSV_COLUMNS}
        schema = pa.schema(
            [(name, pa.int64() if name in ("GlobalEventID", "QuadClass", "NumMentions", "NumSources", "NumArticles") else pa.float64() if name == "Intensity" else pa.string()) for name in CSV_COLUMNS]
        )
        with opened(path_or_stream, "wb") as handle:
            pq.write_table(pa.table(columns, schema=schema), handle)
        return len(rows)
    with opened(path_or_stream, "w") as handle:
        if format == "csv":
            writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
            writer.writeheader()
        for record in story_events_with_details(chronicle):
            if format == "csv":
                writer.writerow(csv_row(*record))
            else:
                handle.write(json.dumps(plover_record(*record), ensure_ascii=False) + "\n")
            count += 1
    return count


def graphml(graph: dict) -> str:
    """The actor graph as GraphML (nodes with name and actor code; edges with count and mean intensity)."""
    out = io.StringIO()
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    out.write('  <key id="name" for="node" attr.name="name" attr.type="string"/>\n')
    out.write('  <key id="actor_code" for="node" attr.name="actor_code" attr.type="string"/>\n')
    out.write('  <key id="type" for="node" attr.name="type" attr.type="string"/>\n')
    out.write('  <key id="count" for="edge" attr.name="count" attr.type="int"/>\n')
    out.write('  <key id="mean_intensity" for="edge" attr.name="mean_intensity" attr.type="double"/>\n')
    out.write('  <graph id="actors" edgedefault="directed">\n')
    for node in graph["nodes"]:
        out.write(f"    <node id={quoteattr(str(node['id']))}>")
        for key in ("name", "actor_code", "type"):
            if node.get(key) is not None:
                out.write(f'<data key="{key}">{escape(str(node[key]))}</data>')
        out.write("</node>\n")
    for n, edge in enumerate(graph["edges"]):
        out.write(
            f'    <edge id="e{n}" source={quoteattr(str(edge["source"]))} target={quoteattr(str(edge["target"]))}>'
            f'<data key="count">{edge["count"]}</data>'
        )
        if edge["mean_intensity"] is not None:
            out.write(f'<data key="mean_intensity">{edge["mean_intensity"]}</data>')
        out.write("</edge>\n")
    out.write("  </graph>\n</graphml>\n")
    return out.getvalue()
