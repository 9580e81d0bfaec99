"""The events stage: throughput of ``code_events`` and its scores on the reference articles.

Tokens/s by CPU time of the events stage alone over the NER-UK texts (the earlier stages run first
and are not counted; the rule layer of the entity stage is used so the figure is about events), then
precision/recall of `litopys eval events` on the seed and on the hand-coded articles in tests/data.
The whole pipeline's tokens/s (events included) is in bench_analyze.
"""

from __future__ import annotations

import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "ner-uk-v2-train"
SEED = ROOT.parent / "shared" / "seed" / "000_f8cc065154d3117b.txt"
DATA = ROOT / "tests" / "data"


def scores() -> dict:
    from litopys.events.evaluate import evaluate, load_gold
    from litopys.pipeline import analyze_inputs, build_pipeline
    from litopys.read import read_inputs

    pipeline = build_pipeline()
    cases = [("seed", SEED, DATA / "seed_000.events.yaml")] if SEED.exists() else []
    cases += [(p.name.removesuffix(".events.yaml"), DATA / p.name.replace(".events.yaml", ".txt"), p)
              for p in sorted(DATA.glob("events_article_*.events.yaml"))]
    result = {}
    matched = system = gold = 0
    for name, text, gold_path in cases:
        published = str(yaml.safe_load(gold_path.read_text(encoding="utf-8"))["published"])
        (document,) = analyze_inputs(read_inputs([str(text)]), pipeline, published=published)
        score = evaluate(document, load_gold(gold_path))
        result[name] = {"precision": round(score.precision, 3), "recall": round(score.recall, 3), "f1": round(score.f1, 3)}
        print(f"{name}: P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}")
        if name != "seed":
            matched += len(score.matched)
            system += len(score.matched) + len(score.extra)
            gold += len(score.matched) + len(score.missed)
    if gold:
        pooled = {"precision": round(matched / max(system, 1), 3), "recall": round(matched / gold, 3)}
        result["own_articles_pooled"] = pooled
        print(f"own articles pooled: P {pooled['precision']:.3f} R {pooled['recall']:.3f} ({matched} of {gold} reference events)")
    return result


def main() -> dict:
    from litopys.doc import Document
    from litopys.events import code_events
    from litopys.pipeline import build_pipeline

    figures: dict = {}
    if CORPUS.exists():
        before = build_pipeline(use_model=False)
        before.stages = [stage for stage in before.stages if stage[0] != "events"]
        documents = [before(Document(text=p.read_text(encoding="utf-8"), published="2020-01-01"))
                     for p in sorted(CORPUS.rglob("*.txt"))]
        tokens = sum(len(d.tokens) for d in documents)
        cpu = time.process_time()
        events = sum(len(code_events(d).events) for d in documents)
        cpu = time.process_time() - cpu
        figures["throughput"] = {"articles": len(documents), "tokens": tokens, "events": events,
                                 "tokens_per_s_cpu": round(tokens / cpu)}
        print(f"events stage: {len(documents)} articles, {tokens} tokens, {events} events · "
              f"{tokens / cpu:,.0f} tokens/s (CPU time, 1 thread)")
    else:
        print(f"throughput skipped: {CORPUS} is absent")
    figures["scores"] = scores()
    return figures
