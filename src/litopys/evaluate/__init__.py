"""Scoring litopys's NER against gold brat data: exact-span precision, recall and F1 (CoNLL style).

A predicted span counts only when its start, end and label all equal a gold span's; the micro
average pools the counts of the selected labels.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from litopys.training.brat import read_brat

Span = tuple[int, int, str]


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


def evaluate_ner(gold: str | Path, model: str | None = None, labels: Iterable[str] | None = None) -> dict:
    """Run the NER model (default: the shipped one) over every document of a brat folder and score it."""
    from litopys.entities.ner import load_ner

    documents = read_brat(gold)
    ner = load_ner(model)
    if ner is None:
        raise FileNotFoundError("no NER model is shipped in this installation; pass --model PATH")
    predictions = ner.predict_many([document.text for document in documents])
    pairs = [
        (document.spans, [(m.start, m.end, m.label) for m in mentions])
        for document, mentions in zip(documents, predictions, strict=True)
    ]
    return score_spans(pairs, labels)
