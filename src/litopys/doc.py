"""The one document object that flows through every stage.

Every annotation is a character-offset span over ``Document.text``; stages only ever add to the
document, so a later stage can rely on what an earlier one found (events read entities and dates,
the store reads everything).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, NamedTuple


@dataclass(slots=True)
class Span:
    """A piece of ``Document.text`` between two character offsets."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Removed(Span):
    """Text taken out by clean-up, kept so nothing disappears silently."""

    reason: str = ""


class Analysis(NamedTuple):
    """One morphological reading of a word: its lemma and pymorphy3 grammemes (POS included)."""

    lemma: str
    pos: str
    tags: frozenset[str]


CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct"})


@dataclass(slots=True)
class Token(Span):
    """A word or punctuation mark with every morphological reading pymorphy3 gives it.

    ``lemma`` and ``tags`` are the first (most likely) reading; rules that need agreement or a
    case frame look at all of ``analyses`` because Ukrainian case forms are often ambiguous.
    """

    lemma: str = ""
    pos: str = ""
    tags: frozenset[str] = frozenset()
    analyses: tuple[Analysis, ...] = ()
    sentence: int = 0
    index: int = 0
    # Derived once, here: the rules ask each token for them several times over (about five million
    # questions per thousand articles), and as properties they were a tenth of the rules' time.
    is_word: bool = field(init=False, compare=False, repr=False)
    lemmas: frozenset[str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.is_word = self.text[:1].isalnum()
        self.lemmas = frozenset(a.lemma for a in self.analyses) or frozenset({self.lemma})

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def cases(self) -> frozenset[str]:
        """Every case this form can be in, across readings. A noun or adjective reading with no case at
        all (pymorphy3 reads "Свердловський" so) may be in any."""
        if any(a.pos in ("NOUN", "ADJF") and not CASES & a.tags for a in self.analyses):
            return CASES
        return frozenset(g for a in self.analyses for g in a.tags if g in CASES)

    def has(self, grammeme: str) -> bool:
        """Whether any reading carries a grammeme (``"VERB"``, ``"Name"``, ``"plur"`` ...)."""
        return any(grammeme in a.tags for a in self.analyses)


@dataclass(slots=True)
class Sentence(Span):
    """A sentence; ``first_token``/``last_token`` index ``Document.tokens`` (end exclusive)."""

    first_token: int = 0
    last_token: int = 0
    paragraph: int = 0


@dataclass(slots=True)
class Mention(Span):
    """One occurrence of an entity; ``label`` follows NER-UK (PERS, ORG, LOC, ...)."""

    label: str = ""
    source: str = ""  # gazetteer | model | morphology | coreference


@dataclass(slots=True)
class Entity:
    """One real-world actor, with every mention of it in the document."""

    id: str
    name: str
    type: str
    kind: str | None = None
    actor_code: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Timex(Span):
    """A temporal expression normalised TIMEX3-style (``value`` is ISO 8601 or a TIMEX token)."""

    value: str | None = None
    granularity: str = "day"  # day | month | year | week | interval | vague | ...
    anchor: str = "absolute"  # absolute | dct | narrative | model (see litopys.dates)
    future: bool = False
    mod: str | None = None  # TIMEX3 mod: START | MID | END ("на початку", "у середині", "наприкінці")


@dataclass(slots=True)
class Event:
    """A coded political event (PLOVER) with its arguments and provenance."""

    id: str
    type: str
    mode: str | None
    source: list[str]
    target: list[str]
    date: str | None
    date_source: str | None
    location: str | None
    modality: str
    attributed_to: list[str]
    sentence: int
    trigger: Span
    quad: str
    cameo: str
    intensity: float
    confidence: float
    text: str = ""


@dataclass(slots=True)
class Claim(Span):
    """A quote or reported statement and who made it (entity id or None when unknown)."""

    speaker: str | None = None
    direct: bool = True


@dataclass(slots=True)
class Document:
    """An article and everything the pipeline has found in it."""

    text: str
    path: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    published: str | None = None
    dct_inferred: bool = False
    lang: str | None = None
    removed: list[Removed] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    # Spans proposed by a statistical NER model, before they are joined into entities.
    ner_spans: list[Mention] = field(default_factory=list)

    def sentence_tokens(self, index: int) -> list[Token]:
        sentence = self.sentences[index]
        return self.tokens[sentence.first_token : sentence.last_token]

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence that holds a character offset (the last one before it)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def to_dict(self) -> dict[str, Any]:
        """The analysis as plain JSON-ready data (the shape ``schema/analysis.schema.json`` describes)."""
        return {
            "document": {
                "path": self.path,
                "title": self.title,
                "url": self.url,
                "source": self.source,
                "author": self.author,
                "text": self.text,
                "published": self.published,
                "dct_inferred": self.dct_inferred,
                "lang": self.lang,
                "removed": [asdict(r) for r in self.removed],
            },
            "sentences": [
                {"start": s.start, "end": s.end, "text": s.text, "paragraph": s.paragraph}
                for s in self.sentences
            ],
            "entities": [
                {
                    "id": e.id,
                    "name": e.name,
                    "type": e.type,
                    "kind": e.kind,
                    "actor_code": e.actor_code,
                    "country": e.country,
                    "sector": e.sector,
                    "role": e.role,
                    "mentions": [
                        {"start": m.start, "end": m.end, "text": m.text, "label": m.label, "source": m.source}
                        for m in e.mentions
                    ],
                }
                for e in self.entities
            ],
            "timexes": [
                {
                    "start": t.start,
                    "end": t.end,
                    "text": t.text,
                    "value": t.value,
                    "granularity": t.granularity,
                    "anchor": t.anchor,
                    "future": t.future,
                    "mod": t.mod,
                }
                for t in self.timexes
            ],
            "events": [
                {
                    "id": ev.id,
                    "type": ev.type,
                    "mode": ev.mode,
                    "source": ev.source,
                    "target": ev.target,
                    "date": ev.date,
                    "date_source": ev.date_source,
                    "location": ev.location,
                    "modality": ev.modality,
                    "attributed_to": ev.attributed_to,
                    "sentence": ev.sentence,
                    "trigger": asdict(ev.trigger),
                    "quad": ev.quad,
                    "cameo": ev.cameo,
                    "intensity": ev.intensity,
                    "confidence": ev.confidence,
                    "text": ev.text,
                }
                for ev in self.events
            ],
            "claims": [
                {"speaker": c.speaker, "text": c.text, "start": c.start, "end": c.end, "direct": c.direct}
                for c in self.claims
            ],
        }
