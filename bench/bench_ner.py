"""The shipped NER model: speed on one core, peak memory, and its scores on its own dev split (issue 3).

Speed is measured by CPU time over every NER-UK text (one thread), so other load on the machine does
not distort it. The dev split is the one recorded in the model's ``split.json`` by `litopys train ner`.
"""

from __future__ import annotations

import json
import os
import resource
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "ner-uk-v2-train"


def main() -> dict:
    from litopys.entities.ner import SHIPPED_MODEL, load_ner
    from litopys.evaluate import score_spans
    from litopys.training.brat import read_brat

    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent")
        return {"skipped": True}
    model = load_ner()
    if model is None:
        print(f"skipped: no model shipped at {SHIPPED_MODEL}")
        return {"skipped": True}
    documents = read_brat(CORPUS)
    model.predict("Прогрів моделі: Україна і Польща підписали угоду.")
    cpu = time.process_time()
    predictions = model.predict_many([d.text for d in documents])
    cpu = time.process_time() - cpu
    tokens = sum(len(model.nlp.make_doc(d.text)) for d in documents)
    dev_names = set(json.loads((SHIPPED_MODEL / "split.json").read_text(encoding="utf-8"))["dev"])
    pairs = [
        (d.spans, [(m.start, m.end, m.label) for m in mentions])
        for d, mentions in zip(documents, predictions, strict=True)
        if d.name in dev_names
    ]
    core = score_spans(pairs, ["PERS", "ORG", "LOC"])
    every = score_spans(pairs)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size_mb = sum(p.stat().st_size for p in SHIPPED_MODEL.rglob("*") if p.is_file()) / 2**20
    figures = {
        "documents": len(documents),
        "tokens": tokens,
        "tokens_per_s_cpu": round(tokens / cpu),
        "peak_rss_mb": round(peak_mb),
        "model_size_mb": round(size_mb, 1),
        "dev_documents": len(pairs),
        "dev_micro_f1_pers_org_loc": core["micro"]["f1"],
        "dev_micro_f1_all": every["micro"]["f1"],
        "dev_per_label": {label: every[label]["f1"] for label in every if label != "micro"},
    }
    print(
        f"NER: {tokens:,} tokens in {len(documents)} documents · {figures['tokens_per_s_cpu']:,} tokens/s "
        f"(CPU time, 1 thread) · peak {figures['peak_rss_mb']} MB · model {figures['model_size_mb']} MB"
    )
    print(
        f"dev split ({len(pairs)} documents): micro F1 PERS+ORG+LOC {core['micro']['f1']:.3f} · "
        f"all 13 labels {every['micro']['f1']:.3f}"
    )
    return figures


if __name__ == "__main__":
    main()
