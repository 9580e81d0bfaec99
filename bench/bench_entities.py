"""The entities stage on the NER-UK texts: throughput, and what the rule layer alone finds.

Tokens/s of the entities stage by CPU time (the language stage is run first and not counted), and
exact-span precision/recall/F1 of PERS, ORG and LOC mentions from the gazetteer and morphology
(no statistical model) against the NER-UK gold annotations. ORG recall is low by design: NER-UK's
long tail of companies and local bodies is the statistical model's job (issue 3).
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "ner-uk-v2-train"
LABELS = ("PERS", "ORG", "LOC")


def gold_spans(ann: Path) -> set[tuple[int, int, str]]:
    spans = set()
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if not line.startswith("T") or len(parts) < 3:
            continue
        if len(parts) >= 5:  # T1 <tab> LABEL <tab> start <tab> end <tab> text
            label, start, end = parts[1], parts[2], parts[3]
        else:  # T1 <tab> LABEL start end <tab> text
            label, _, offsets = parts[1].partition(" ")
            if ";" in offsets:
                continue
            start, end = offsets.split()
        if label in LABELS:
            spans.add((int(start), int(end), label))
    return spans


def main() -> dict:
    from litopys.doc import Document
    from litopys.entities import EntityRecognizer
    from litopys.language import analyse

    if not CORPUS.exists():
        print(f"{CORPUS} is absent: skipped")
        return {}
    recognizer = EntityRecognizer(use_model=False)
    tp, fp, fn = Counter(), Counter(), Counter()
    tokens, cpu = 0, 0.0
    files = sorted(CORPUS.rglob("*.txt"))
    for path in files:
        text = path.read_text(encoding="utf-8")
        document = analyse(Document(text=text))
        tokens += len(document.tokens)
        started = time.process_time()
        recognizer(document)
        cpu += time.process_time() - started
        predicted = {(m.start, m.end, m.label) for e in document.entities for m in e.mentions if m.text[:1].isupper()}
        gold = gold_spans(path.with_suffix(".ann"))
        for span in predicted:
            (tp if span in gold else fp)[span[2]] += 1
        for span in gold - predicted:
            fn[span[2]] += 1
    figures: dict = {"documents": len(files), "tokens": tokens, "entities_tokens_per_s_cpu": round(tokens / cpu)}
    print(
        f"{len(files)} documents, {tokens} tokens: entities stage {figures['entities_tokens_per_s_cpu']:,} tokens/s (CPU)"
    )
    for label in (*LABELS, "micro"):
        t = sum(tp.values()) if label == "micro" else tp[label]
        p_all = t + (sum(fp.values()) if label == "micro" else fp[label])
        g_all = t + (sum(fn.values()) if label == "micro" else fn[label])
        precision, recall = t / max(1, p_all), t / max(1, g_all)
        f1 = 2 * precision * recall / max(1e-9, precision + recall)
        figures[label] = {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}
        print(f"  rules only {label:5} P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")
    return figures


if __name__ == "__main__":
    main()
