"""The shapes the REST API answers with, so /docs and /openapi.json describe them.

They follow what ``Chronicle`` returns (the same lists the CLI's json prints) and let any further
field the store adds pass through unchanged (``extra="allow"``).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Stats(Open):
    articles: int
    entities: int
    events: int = Field(description="Event mentions, one per article that reports an event.")
    story_events: int = Field(description="Events merged across articles.")
    errors: int


class Health(Open):
    status: str
    version: str
    stats: Stats


class ActorRef(Open):
    id: int | None = None
    name: str
    actor_code: str | None = Field(default=None, description="CAMEO-style code, e.g. PRKMIL.")


class StoryEvent(Open):
    """A story event: one real-world event, however many articles report it."""

    id: int
    type: str = Field(description="PLOVER event type, e.g. CONSULT.")
    mode: str | None = None
    date: str | None = Field(default=None, description="ISO date, as precise as the reports allow.")
    source: list[ActorRef]
    target: list[ActorRef]
    modality: str | None = None
    articles: int = Field(description="Articles that report it (GDELT NumArticles).")
    sources: int = Field(description="Distinct outlets that report it (GDELT NumSources).")
    summary: str | None = None


class Trigger(Open):
    start: int | None = None
    end: int | None = None
    text: str | None = None


class Report(Open):
    """One article's report of an event: the sentence and the words that coded it."""

    article_id: int
    title: str | None = None
    url: str | None = None
    published: str | None = None
    sentence: int | None = None
    trigger: Trigger
    text: str | None = Field(default=None, description="The sentence.")


class EventMention(Report):
    type: str
    story_event_id: int | None = None


class StoryEventDetail(StoryEvent):
    quad: str | None = None
    cameo: str | None = None
    intensity: float | None = None
    mentions: list[Report]


class ArticleSummary(Open):
    id: int
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    events: int
    entities: int


class ArticlePage(Open):
    items: list[ArticleSummary]
    limit: int
    offset: int
    total: int | None = None


class Actor(Open):
    id: int
    name: str
    type: str | None = None
    actor_code: str | None = None
    country: str | None = None
    mentions: int
    articles: int
    events: int


class Partner(Open):
    id: int
    name: str
    actor_code: str | None = None
    count: int


class ActorDetail(Actor):
    story_events: list[StoryEvent]
    partners: list[Partner]


class GraphNode(Open):
    id: int
    name: str
    type: str | None = None
    actor_code: str | None = None
    country: str | None = None


class GraphEdge(Open):
    source: int = Field(description="Actor id of the side that acts.")
    target: int
    count: int
    mean_intensity: float | None = None


class Graph(Open):
    nodes: list[GraphNode]
    edges: list[GraphEdge]


class SearchHit(Open):
    id: int
    title: str | None = None
    url: str | None = None
    published: str | None = None
    snippet: str | None = None
    score: float | None = None


class Ingested(Open):
    ingested: int = Field(description="Articles analysed and handed to the store.")
    errors: list[str] = Field(description="One line per article that could not be analysed.")
    stored: dict[str, Any] = Field(description="The store's summary: added, replaced, unchanged ...")
