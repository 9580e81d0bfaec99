"""Statistical NER: a spaCy pipeline trained on NER-UK 2.0 (``litopys train ner``) proposes spans.

The gazetteer knows the actors that matter most; the model finds the long tail (companies, local
officials, villages, new names) and the JOB/DATE/PERIOD/TIME spans that other stages use. The model
shipped in ``litopys/models/ner-uk`` loads by default, offline; ``--model PATH`` swaps in any spaCy
pipeline with an ``ner`` component.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from litopys.doc import Mention

SHIPPED_MODEL = Path(__file__).resolve().parent.parent / "models" / "ner-uk"
LABELS = ("PERS", "ORG", "LOC", "MISC", "DATE", "PERIOD", "TIME", "MON", "PCT", "QUANT", "JOB", "DOC", "ART")

log = logging.getLogger(__name__)


class NerModel:
    """A loaded spaCy pipeline that turns a text into NER-UK mentions with exact character offsets."""

    def __init__(self, nlp, path: Path) -> None:  # nlp: spacy.language.Language
        self.nlp = nlp
        self.path = path

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.nlp.get_pipe("ner").labels) if "ner" in self.nlp.pipe_names else ()

    def predict(self, text: str) -> list[Mention]:
        """Mentions over ``text``; offsets index ``text`` itself, whatever the pipeline's tokenizer did."""
        return _mentions(self.nlp(text), text)

    def predict_many(self, texts: list[str], batch_size: int = 16) -> list[list[Mention]]:
        docs = self.nlp.pipe(texts, batch_size=batch_size)
        return [_mentions(doc, text) for doc, text in zip(docs, texts, strict=True)]


def _mentions(doc, text: str) -> list[Mention]:
    mentions = []
    for ent in doc.ents:
        start, end = ent.start_char, ent.end_char
        # Tokens never carry surrounding whitespace, but guard against a pipeline that does.
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            mentions.append(Mention(start, end, text[start:end], label=ent.label_, source="model"))
    return mentions


@functools.lru_cache(maxsize=4)
def _load(path: str) -> NerModel:
    import spacy

    # Only what NER needs: a shipped pipeline may hold other components (e.g. a parser) we do not use.
    nlp = spacy.load(path, exclude=["parser", "lemmatizer", "attribute_ruler", "senter"])
    return NerModel(nlp, Path(path))


def load_ner(path: str | None = None) -> NerModel | None:
    """The NER model at ``path`` (default: the shipped one), or None when no shipped model exists.

    An explicit ``path`` that cannot be loaded is an error (the user asked for it); a missing
    shipped model is not, so the rules-only pipeline still runs from a bare checkout.
    """
    if path is None:
        if not (SHIPPED_MODEL / "meta.json").is_file():
            log.info("no NER model shipped at %s; running on gazetteer and morphology only", SHIPPED_MODEL)
            return None
        return _load(str(SHIPPED_MODEL))
    if not Path(path).exists():
        raise FileNotFoundError(f"{path}: no such NER model")
    return _load(str(Path(path).resolve()))
