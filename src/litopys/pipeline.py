"""The analysis pipeline: read → clean → language → entities → dates → events.

Each stage is a small named callable that takes the one ``Document`` and adds its spans to it, in the
way spaCy runs its components over a ``Doc``. The store is not a stage: it consumes finished
documents.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from litopys.doc import Document

Stage = Callable[[Document], Document]


@dataclass
class Pipeline:
    """An ordered list of named stages; ``timings`` accumulates seconds per stage for ``make bench``."""

    stages: list[tuple[str, Stage]]
    timings: dict[str, float] = field(default_factory=dict)

    def __call__(self, document: Document) -> Document:
        for name, stage in self.stages:
            started = time.perf_counter()
            document = stage(document)
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - started
        return document

    def pipe(self, documents: Iterable[Document]) -> Iterable[Document]:
        for document in documents:
            yield self(document)

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.stages]


def build_pipeline(*, raw: bool = False, model: str | None = None, use_model: bool = True) -> Pipeline:
    """The default pipeline. ``raw`` keeps the text untouched so offsets index the input exactly;
    ``model`` names a spaCy pipeline for statistical NER (default: the one shipped in the package)."""
    from litopys import clean, dates, entities, events, language

    stages: list[tuple[str, Stage]] = []
    if not raw:
        stages.append(("clean", clean.clean))
    stages.append(("language", language.analyse))
    stages.append(("entities", entities.EntityRecognizer(model=model, use_model=use_model)))
    stages.append(("dates", dates.normalise))
    stages.append(("events", events.code_events))
    return Pipeline(stages)


_default: dict[tuple, Pipeline] = {}


def analyze_text(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    raw: bool = False,
    model: str | None = None,
) -> Document:
    """Analyse one text with the default pipeline (built once per set of options)."""
    key = (raw, model)
    if key not in _default:
        _default[key] = build_pipeline(raw=raw, model=model)
    return _default[key](Document(text=text, title=title, published=published))


def analyze_inputs(
    items: Iterable[Document | Exception],
    pipeline: Pipeline,
    *,
    published: str | None = None,
) -> Iterable[Document | Exception]:
    """Run the pipeline over read inputs; a text that is not Ukrainian, or one that breaks a stage,
    comes back as an ``InputError`` and the batch goes on."""
    from litopys.language.identify import identify
    from litopys.read import InputError

    for item in items:
        if isinstance(item, Exception):
            yield item
            continue
        name = item.path or "-"
        lang = identify(item.text)
        if lang != "uk":
            yield InputError(name, f"text is not Ukrainian (detected: {lang})")
            continue
        item.lang = lang
        if published:
            item.published = published
            item.dct_inferred = False
        try:
            yield pipeline(item)
        except Exception as error:  # one bad article must not stop a batch
            yield InputError(name, f"analysis failed: {type(error).__name__}: {error}")
