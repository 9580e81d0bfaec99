"""The dates stage: throughput, and how its expressions line up with NER-UK's DATE/PERIOD/TIME spans.

Tokens/s of ``dates.normalise`` by CPU time over the NER-UK texts (the language stage runs first and is
not counted), and overlap precision/recall of our temporal expressions against the DATE, PERIOD and
TIME annotations. The two schemes differ by design: NER-UK leaves "сьогодні", "зараз", "нині" and
other deictic words unmarked, which TIMEX3 annotates (PRESENT_REF, the DCT), so precision here is a
lower bound; recall shows what the patterns miss.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "ner-uk-v2-train"
LABELS = ("DATE", "PERIOD", "TIME")


def overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in others)


def main() -> dict:
    from litopys import dates
    from litopys.doc import Document
    from litopys.language import analyse
    from litopys.training.brat import read_brat

    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent")
        return {"skipped": True}
    documents, golds = [], []
    for brat in read_brat(CORPUS):
        documents.append(analyse(Document(text=brat.text, published="2020-01-01")))
        golds.append([span for span in brat.spans if span[2] in LABELS])
    dates.normalise(Document(text="Прогрів: 5 травня 2024 року."))  # compile the patterns
    tokens = sum(len(d.tokens) for d in documents)
    cpu = time.process_time()
    for document in documents:
        dates.normalise(document)
    cpu = time.process_time() - cpu

    counts: Counter[str] = Counter()
    for document, gold in zip(documents, golds, strict=True):
        ours = [(t.start, t.end) for t in document.timexes]
        for start, end, label in gold:
            counts[f"{label}_gold"] += 1
            counts[f"{label}_found"] += overlaps((start, end), ours)
        counts["ours"] += len(ours)
        counts["ours_in_gold"] += sum(overlaps(span, [(s, e) for s, e, _ in gold]) for span in ours)
    gold_total = sum(counts[f"{label}_gold"] for label in LABELS)
    found_total = sum(counts[f"{label}_found"] for label in LABELS)
    figures = {
        "articles": len(documents),
        "tokens": tokens,
        "tokens_per_s_cpu": round(tokens / cpu),
        "timexes": counts["ours"],
        "recall_overlap": round(found_total / gold_total, 3),
        "precision_overlap": round(counts["ours_in_gold"] / max(1, counts["ours"]), 3),
        "recall_by_label": {
            label: round(counts[f"{label}_found"] / max(1, counts[f"{label}_gold"]), 3) for label in LABELS
        },
    }
    print(
        f"dates: {len(documents)} articles, {tokens} tokens · {figures['tokens_per_s_cpu']:,} tokens/s (CPU time, "
        f"dates stage alone) · {counts['ours']} expressions"
    )
    print(
        f"vs NER-UK DATE/PERIOD/TIME (overlap): recall {figures['recall_overlap']} "
        f"{figures['recall_by_label']} · precision {figures['precision_overlap']} (a lower bound, see docstring)"
    )
    return figures


if __name__ == "__main__":
    main()
