"""`litopys analyze` throughput and memory over the NER-UK texts (issue 2 and 3 targets).

Runs in one process on one thread and reports tokens/s and articles/s by CPU time (so other load on
the machine does not distort it) and by wall time, per-stage seconds, and peak resident memory. Two
passes: the rule layer alone (no statistical NER) and the whole pipeline.
"""

from __future__ import annotations

import os
import resource
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "ner-uk-v2-train"


def run_pass(texts: list[tuple[str, str]], *, use_model: bool) -> dict:
    from litopys.doc import Document
    from litopys.pipeline import build_pipeline

    pipeline = build_pipeline(use_model=use_model)
    pipeline(Document(text="Прогрів: Україна і Польща підписали угоду 5 травня 2024 року."))  # load models
    pipeline.timings.clear()
    tokens = 0
    cpu, wall = time.process_time(), time.perf_counter()
    for name, text in texts:
        document = pipeline(Document(text=text, path=name, published="2020-01-01"))
        tokens += len(document.tokens)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {
        "articles": len(texts),
        "tokens": tokens,
        "tokens_per_s_cpu": round(tokens / cpu),
        "articles_per_s_cpu": round(len(texts) / cpu, 1),
        "tokens_per_s_wall": round(tokens / wall),
        "stage_seconds": {k: round(v, 2) for k, v in pipeline.timings.items()},
    }


def main() -> dict:
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent")
        return {"skipped": True}
    texts = [(str(p), p.read_text(encoding="utf-8")) for p in sorted(CORPUS.rglob("*.txt"))]
    figures = {}
    for label, use_model in (("rules", False), ("full", True)):
        result = run_pass(texts, use_model=use_model)
        figures[label] = result
        print(
            f"analyze ({label:5}): {result['articles']} articles, {result['tokens']} tokens · "
            f"{result['tokens_per_s_cpu']:,} tokens/s · {result['articles_per_s_cpu']} articles/s (CPU time, 1 thread) · "
            f"{result['tokens_per_s_wall']:,} tokens/s wall · stages {result['stage_seconds']}"
        )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures["peak_rss_mb"] = round(peak_mb)
    print(f"peak memory: {peak_mb:.0f} MB")
    return figures


if __name__ == "__main__":
    main()
