"""Fixtures for the web tests: a real SQLite chronicle holding a few hand-annotated Ukrainian articles,
and a real uvicorn server on a free port.

The articles carry the spans the analysis stages would add (entities, dates, events), written here
by hand so the web tests check the web layer on known data whatever the NLP stages find; the text
still goes through the real language stage so the store's lemma search works. One article is hostile:
its title, text and URL carry script and markup payloads.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from litopys.doc import Document, Entity, Event, Mention, Span, Timex
from tests.store_fixtures import free_port

XSS_SCRIPT = "<script>window.__pwned = 1; alert('script')</script>"
XSS_IMG = '<img src=x onerror="window.__pwned = 2; alert(\'img\')">'


@dataclass
class Actor:
    """An entity to mark: its canonical name, type, code, country and the surface forms in the text."""

    id: str
    name: str
    type: str
    actor_code: str | None
    country: str | None
    forms: list[str]


@dataclass
class Coded:
    """An event to mark: the trigger's surface form and the event's arguments (entity ids)."""

    id: str
    type: str
    trigger: str
    source: list[str]
    target: list[str]
    date: str | None
    quad: str
    modality: str = "asserted"
    attributed_to: list[str] = field(default_factory=list)


def find_all(text: str, needle: str) -> list[int]:
    starts, at = [], text.find(needle)
    while at >= 0:
        starts.append(at)
        at = text.find(needle, at + 1)
    assert starts, f"{needle!r} is not in the text"
    return starts


def annotated(
    text: str,
    *,
    title: str,
    published: str,
    url: str,
    source: str,
    actors: list[Actor],
    dates: list[tuple[str, str]],
    events: list[Coded],
) -> Document:
    """A document with the given spans, offsets found in the text; tokens from the real language stage."""
    from litopys.language import analyse

    document = analyse(Document(text=text, title=title, url=url, source=source, published=published, lang="uk"))
    for actor in actors:
        mentions: list[Mention] = []
        for form in actor.forms:  # longest forms first; a shorter form inside a longer mention is not another one
            for start in find_all(text, form):
                if not any(m.start <= start < m.end for m in mentions):
                    mentions.append(Mention(start, start + len(form), form, label=actor.type, source="gazetteer"))
        mentions.sort(key=lambda m: m.start)
        document.entities.append(
            Entity(actor.id, actor.name, actor.type, actor_code=actor.actor_code, country=actor.country, mentions=mentions)
        )
    for surface, value in dates:
        start = find_all(text, surface)[0]
        document.timexes.append(Timex(start, start + len(surface), surface, value=value))
    for coded in events:
        start = find_all(text, coded.trigger)[0]
        document.events.append(
            Event(
                id=coded.id,
                type=coded.type,
                mode=None,
                source=coded.source,
                target=coded.target,
                date=coded.date,
                date_source="timex" if coded.date else None,
                location=None,
                modality=coded.modality,
                attributed_to=coded.attributed_to,
                sentence=document.sentence_at(start),
                trigger=Span(start, start + len(coded.trigger), coded.trigger),
                quad=coded.quad,
                cameo="04" if coded.type == "CONSULT" else "",
                intensity=1.0 if "cooperation" in coded.quad else -5.0,
                confidence=0.9,
                text=document.sentences[document.sentence_at(start)].text if document.sentences else "",
            )
        )
    return document


UKRAINE = Actor("e1", "Україна", "LOC", "UKR", "UKR", ["України"])
ZELENSKY = Actor("e2", "Володимир Зеленський", "PERS", "UKRGOV", "UKR", ["Володимир Зеленський", "Зеленський"])
TUSK = Actor("e3", "Дональд Туск", "PERS", "POLGOV", "POL", ["Дональдом Туском"])
JAPAN = Actor("e4", "Японія", "LOC", "JPN", "JPN", ["Японії"])
NORTH_KOREA = Actor("e5", "Північна Корея", "LOC", "PRK", "PRK", ["Північної Кореї", "КНДР"])


def corpus() -> list[Document]:
    """Three articles: talks in Warsaw, Japanese sanctions on North Korea, and a hostile one."""
    warsaw = (
        "Зеленський провів переговори з Туском\n"
        "Президент України Володимир Зеленський 12 березня 2024 року провів переговори з прем'єр-міністром "
        "Польщі Дональдом Туском у Варшаві. Сторони обговорили постачання зброї та відбудову.\n"
        "Зеленський подякував за підтримку."
    )
    sanctions = (
        "Японія запровадила санкції проти КНДР\n"
        "Уряд Японії 20 березня 2024 року запровадив нові санкції проти Північної Кореї через ракетні випробування. "
        "КНДР засудила це рішення, повідомило агентство."
    )
    hostile = (
        f"Заява {XSS_SCRIPT}\n"
        f"Речник уряду Японії 2 квітня 2024 року засудив Північну Корею. {XSS_IMG} "
        f"Текст містить також {XSS_SCRIPT} посередині речення, а КНДР відкинула звинувачення."
    )
    return [
        annotated(
            warsaw,
            title="Зеленський провів переговори з Туском",
            published="2024-03-12",
            url="https://example.org/news/warsaw",
            source="example.org",
            actors=[UKRAINE, ZELENSKY, TUSK],
            dates=[("12 березня 2024 року", "2024-03-12")],
            events=[Coded("ev1", "CONSULT", "провів переговори", ["e2"], ["e3"], "2024-03-12", "verbal cooperation")],
        ),
        annotated(
            sanctions,
            title="Японія запровадила санкції проти КНДР",
            published="2024-03-21",
            url="https://example.org/news/sanctions",
            source="example.org",
            actors=[JAPAN, NORTH_KOREA],
            dates=[("20 березня 2024 року", "2024-03-20")],
            events=[
                Coded("ev1", "SANCTION", "запровадив нові санкції", ["e4"], ["e5"], "2024-03-20", "material conflict"),
                Coded("ev2", "DISAPPROVE", "засудила", ["e5"], ["e4"], "2024-03-20", "verbal conflict", "reported"),
            ],
        ),
        annotated(
            hostile,
            title=f"Заява {XSS_SCRIPT}{XSS_IMG}",
            published="2024-04-02",
            url="javascript:alert('url')",
            source=XSS_IMG,
            actors=[JAPAN, Actor("e5", f"КНДР {XSS_IMG}", "LOC", "PRK", "PRK", ["КНДР"])],
            dates=[("2 квітня 2024 року", "2024-04-02")],
            events=[Coded("ev1", "DISAPPROVE", "засудив", ["e4"], ["e5"], "2024-04-02", "verbal conflict")],
        ),
    ]


@contextmanager
def live_server(app) -> Iterator[str]:
    """Serve ``app`` with uvicorn on 127.0.0.1 in a thread; yields the base URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
