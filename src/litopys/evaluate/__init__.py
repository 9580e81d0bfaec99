"""Scoring litopys's NER against gold brat data: exact-span precision, recall and F1 (CoNLL style).

A predicted span counts only when its start, end and label all equal a gold span's; the micro
average pools the counts of the selected labels. Two layers can be scored: the statistical model
alone (``evaluate_ner``) and the entity list litopys actually outputs, where the gazetteer, name
morphology and the model are joined (``evaluate_entities``, i.e. ``analyze --raw`` mentions).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from litopys.training.brat import read_brat

Span = tuple[int, int, str]
ENTITY_LABELS = ("PERS", "ORG", "LOC")  # the labels the entity layer answers for; the rest come from the model


def score_spans(pairs: Iterable[tuple[Iterable[Span], Iterable[Span]]], labels: Iterable[str] | None = None) -> dict:
    """Per-label and micro scores over (gold, predicted) span sets, one pair per document."""
    wanted = set(labels) if labels else None
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for gold, predicted in pairs:
        gold_set = {s for s in gold if wanted is None or s[2] in wanted}
        predicted_set = {s for s in predicted if wanted is None or s[2] in wanted}
        for span in predicted_set & gold_set:
            tp[span[2]] += 1
        for span in predicted_set - gold_set:
            fp[span[2]] += 1
        for span in gold_set - predicted_set:
            fn[span[2]] += 1
    names = sorted(wanted) if wanted else sorted(set(tp) | set(fp) | set(fn))
    result = {label: _scores(tp[label], fp[label], fn[label]) for label in names}
    result["micro"] = _scores(sum(tp[n] for n in names), sum(fp[n] for n in names), sum(fn[n] for n in names))
    return result


def _scores(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "support": tp + fn,
    }


def split_documents_of(gold: str | Path, model: str | None, split: str | None) -> list:
    """The gold documents, or only those of one half (``dev``/``train``) of the split the model was
    trained on, as recorded in its ``split.json``."""
    from litopys.entities.ner import SHIPPED_MODEL

    documents = read_brat(gold)
    if not split:
        return documents
    record = Path(model) / "split.json" if model else SHIPPED_MODEL / "split.json"
    if not record.is_file():
        raise FileNotFoundError(f"{record}: no split recorded for this model (train it with litopys train ner)")
    names = set(json.loads(record.read_text(encoding="utf-8"))[split])
    chosen = [document for document in documents if document.name in names]
    if not chosen:
        raise FileNotFoundError(f"{gold}: none of the {split} documents of {record} are here")
    return chosen


def evaluate_ner(
    gold: str | Path, model: str | None = None, labels: Iterable[str] | None = None, split: str | None = None
) -> dict:
    """Run the NER model (default: the shipped one) over every document of a brat folder and score it."""
    from litopys.entities.ner import load_ner

    documents = split_documents_of(gold, model, split)
    ner = load_ner(model)
    if ner is None:
        raise FileNotFoundError("no NER model is shipped in this installation; pass --model PATH")
    predictions = ner.predict_many([document.text for document in documents])
    pairs = [
        (document.spans, [(m.start, m.end, m.label) for m in mentions])
        for document, mentions in zip(documents, predictions, strict=True)
    ]
    return score_spans(pairs, labels)


def evaluate_entities(
    gold: str | Path, model: str | None = None, labels: Iterable[str] | None = None, split: str | None = None
) -> dict:
    """Score the joined entity layer: the mentions of ``litopys analyze --raw`` (model + gazetteer).

    PERS, ORG and LOC come from the entities, names only: a mention with no capital letter is a pronoun
    resolved by coreference ("він") or a generic actor the event coder needs ("британська компанія",
    "російської влади"), which NER-UK does not mark. The other NER-UK labels (JOB, DATE, ...) come
    from the model's spans.
    """
    from litopys.doc import Document
    from litopys.pipeline import build_pipeline

    documents = split_documents_of(gold, model, split)
    pipeline = build_pipeline(raw=True, model=model)
    pipeline.stages = [(name, stage) for name, stage in pipeline.stages if name in ("language", "entities")]
    pairs = []
    for document in documents:
        analysed = pipeline(Document(text=document.text))
        predicted = {
            (m.start, m.end, m.label)
            for entity in analysed.entities
            if entity.type == "LOC" or not entity.name[:1].islower()  # "німецька компанія", "французи": generic actors
            for m in entity.mentions
            if any(character.isupper() for character in m.text)
        }
        predicted |= {(m.start, m.end, m.label) for m in analysed.ner_spans if m.label not in ENTITY_LABELS}
        pairs.append((document.spans, sorted(predicted)))
    return score_spans(pairs, labels)

