"""Training litopys's statistical NER (``litopys train ner``) on a brat corpus such as NER-UK 2.0.

Steps, each reproducible from the seed: a document-level split (about 20 % dev, drawn within each
sub-folder so both genres of NER-UK are in both halves), spaCy DocBins of one line per example,
optional floret subword vectors trained on raw Ukrainian text we have at hand (the training half
plus any ``--raw-text`` folder), then ``spacy train`` with the committed ``ner.cfg``. The best model
is copied to ``--out`` with its split and scores, ready to ship in ``litopys/models/ner-uk``.
"""

from __future__ import annotations

import functools
import json
import logging
import random
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from litopys.training.brat import BratDocument, read_brat

CONFIG = Path(__file__).resolve().parent / "ner.cfg"
PRETRAIN_CONFIG = Path(__file__).resolve().parent / "pretrain.cfg"
TRAINING_ONLY = ("model-last",)

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Split:
    train: list[BratDocument]
    dev: list[BratDocument]


def split_documents(documents: list[BratDocument], dev_fraction: float = 0.2, seed: int = 0) -> Split:
    """A deterministic document-level split, stratified by the first folder of each document's name."""
    groups: dict[str, list[BratDocument]] = {}
    for document in sorted(documents, key=lambda d: d.name):
        groups.setdefault(document.name.split("/")[0] if "/" in document.name else "", []).append(document)
    train: list[BratDocument] = []
    dev: list[BratDocument] = []
    for group in sorted(groups):
        members = groups[group][:]
        random.Random(f"{seed}:{group}").shuffle(members)
        dev_count = round(len(members) * dev_fraction) if len(members) > 1 else 0
        dev.extend(members[:dev_count])
        train.extend(members[dev_count:])
    return Split(sorted(train, key=lambda d: d.name), sorted(dev, key=lambda d: d.name))


def line_examples(document: BratDocument) -> Iterable[tuple[str, list[tuple[int, int, str]]]]:
    """One example per non-empty line, spans shifted to the line (NER-UK puts a sentence on a line).

    Short examples keep batches even; the model's receptive field is a few tokens, so nothing is lost.
    """
    spans = document.spans
    position = 0
    for line in document.text.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        if not line.strip():
            continue
        inside = [(s - start, e - start, label) for s, e, label in spans if s >= start and e <= end]
        yield line, inside


def to_docbin(nlp, documents: list[BratDocument]):
    """A spaCy DocBin of the documents' lines; returns (docbin, spans kept, spans that fit no token)."""
    from spacy.tokens import DocBin

    docbin = DocBin(store_user_data=False)
    kept = misaligned = 0
    for document in documents:
        for text, spans in line_examples(document):
            doc = nlp.make_doc(text)
            ents = []
            for start, end, label in spans:
                span = doc.char_span(start, end, label=label, alignment_mode="contract")
                if span is None or not span.text:
                    span = doc.char_span(start, end, label=label, alignment_mode="expand")
                if span is None:
                    misaligned += 1
                    continue
                ents.append(span)
            ents = _without_overlaps(ents)
            kept += len(ents)
            doc.ents = ents
            docbin.add(doc)
    return docbin, kept, misaligned


def _without_overlaps(spans):
    result = []
    for span in sorted(spans, key=lambda s: (s.start, -len(s))):
        if result and span.start < result[-1].end:
            continue
        result.append(span)
    return result


def write_brat(documents: list[BratDocument], folder: Path) -> None:
    """Write documents back in brat format (the dev half, so ``litopys eval ner --gold`` can score it)."""
    for document in documents:
        base = folder / document.name
        base.parent.mkdir(parents=True, exist_ok=True)
        base.with_suffix(".txt").write_text(document.text, encoding="utf-8")
        lines = [f"T{n}\t{label} {s} {e}\t{document.text[s:e]}" for n, (s, e, label) in enumerate(document.spans, 1)]
        base.with_suffix(".ann").write_text("\n".join(lines) + "\n", encoding="utf-8")


def raw_texts(folders: Iterable[Path]) -> Iterable[str]:
    for folder in folders:
        for path in sorted(Path(folder).rglob("*.txt")):
            yield path.read_text(encoding="utf-8", errors="replace")


def train_vectors(texts: Iterable[str], work: Path, *, seed: int, dim: int = 100, buckets: int = 50_000) -> Path:
    """floret vectors (subword hashes, so every inflected form gets a vector) turned into a spaCy vectors dir.

    floret keeps one table of ``buckets`` rows however large the vocabulary, which bounds the size of
    the shipped model (50,000 x 100 floats = 20 MB).
    """
    import floret
    from spacy.training.initialize import convert_vectors
    from spacy.util import get_lang_class

    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "vectors-corpus.txt"
    with corpus.open("w", encoding="utf-8") as out:
        for text in texts:
            out.write(" ".join(_vector_tokens(text)) + "\n")
    model = floret.train_unsupervised(
        str(corpus), model="cbow", mode="floret", hashCount=2, bucket=buckets, minn=3, maxn=5,
        minCount=3, dim=dim, epoch=5, thread=1, verbose=0,  # one thread: deterministic
    )
    floret_file = work / "vectors.floret"
    model.save_floret_vectors(str(floret_file))
    nlp = get_lang_class("uk")()
    convert_vectors(nlp, floret_file, truncate=0, prune=-1, mode="floret", attr="LOWER")
    vectors_dir = work / "vectors"
    nlp.to_disk(vectors_dir)
    return vectors_dir


def _vector_tokens(text: str) -> list[str]:
    """Lower-cased spaCy tokens: the same units the NER model looks vectors up by (attr LOWER)."""
    return [token.lower_ for token in _uk_tokenizer()(text) if not token.is_space]


@functools.cache
def _uk_tokenizer():
    from litopys.entities.ner import blank_uk

    return blank_uk().tokenizer


def pretrain_lines(path: str, min_length: int = 5, max_length: int = 300):
    """spaCy reader for pre-training: one text per line, with LEMMA and TAG set as in training.

    spaCy's own JSONL reader only tokenizes, so the LEMMA and TAG hash embeddings would see nothing
    but empty strings during pre-training; running ``litopys_morphology`` here keeps them the same.
    """
    from spacy.training import Example

    from litopys.entities.ner import MorphologyFeatures

    morphology = MorphologyFeatures()

    def read(nlp) -> Iterable[Example]:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                doc = nlp.make_doc(line.strip())
                if min_length <= len(doc) < max_length:
                    doc = morphology(doc)
                    yield Example(doc, doc)

    return read


def write_pretrain_lines(texts: Iterable[str], path: Path) -> int:
    """The pre-training corpus: every non-empty line of ``texts`` (the NER examples are lines too)."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for text in texts:
            for line in text.splitlines():
                if line.strip():
                    out.write(" ".join(line.split()) + "\n")
                    count += 1
    return count


def pretrain_tok2vec(lines: Path, work: Path, *, epochs: int, settings: dict[str, object]) -> Path:
    """spaCy pre-training of the NER's tok2vec on raw lines; returns the weights of the last epoch."""
    from spacy import util
    from spacy.training.pretrain import pretrain

    from litopys.entities.ner import register_components

    register_components()
    util.registry.readers.register("litopys.pretrain_lines.v1", func=pretrain_lines)
    overrides = {**settings, "paths.raw_text": str(lines), "pretraining.max_epochs": epochs}
    base = util.load_config(CONFIG, interpolate=False)
    config = util.load_config(PRETRAIN_CONFIG, interpolate=False).merge(base)
    config = util.load_config_from_str(config.to_str(), overrides=overrides, interpolate=False)
    output = work / "pretrain"
    shutil.rmtree(output, ignore_errors=True)
    output.mkdir(parents=True)
    pretrain(config.interpolate(), output, silent=False)
    return output / f"model{epochs - 1}.bin"


def with_pretraining(config: Path, work: Path) -> Path:
    """The training config plus pretrain.cfg's [pretraining] block: spaCy loads ``init_tok2vec`` only
    when the config names the component and layer the weights belong to (the pre-training corpus,
    a litopys reader, stays out so the shipped model's config loads anywhere)."""
    from spacy import util

    merged = util.load_config(config, interpolate=False).merge(
        {"pretraining": util.load_config(PRETRAIN_CONFIG, interpolate=False)["pretraining"]}
    )
    path = work / f"{config.stem}-pretrained.cfg"
    merged.to_disk(path)
    return path


def train_ner(
    corpus: Path,
    out: Path,
    *,
    seed: int = 0,
    work: Path | None = None,
    config: Path = CONFIG,
    vectors: bool = True,
    raw_text: list[Path] | None = None,
    dev_fraction: float = 0.2,
    overrides: dict[str, object] | None = None,
    pretrain_epochs: int = 0,
    init_tok2vec: Path | None = None,
) -> dict:
    """Train and write the best model to ``out``; returns the dev scores spaCy measured."""
    from spacy.cli.train import train as spacy_train

    from litopys.entities.ner import blank_uk

    work = work or out.parent / f"{out.name}-work"
    work.mkdir(parents=True, exist_ok=True)
    documents = read_brat(corpus)
    split = split_documents(documents, dev_fraction=dev_fraction, seed=seed)
    nlp = blank_uk()
    paths = {}
    for name, part in (("train", split.train), ("dev", split.dev)):
        docbin, kept, misaligned = to_docbin(nlp, part)
        paths[name] = work / f"{name}.spacy"
        docbin.to_disk(paths[name])
        log.info("%s: %d documents, %d spans, %d misaligned", name, len(part), kept, misaligned)
    dev_brat = work / "dev-brat"
    shutil.rmtree(dev_brat, ignore_errors=True)
    write_brat(split.dev, dev_brat)

    settings: dict[str, object] = {
        "paths.train": str(paths["train"]),
        "paths.dev": str(paths["dev"]),
        "system.seed": seed,
    }
    if vectors:
        texts = [document.text for document in split.train]
        vectors_dir = train_vectors([*texts, *raw_texts(raw_text or [])], work, seed=seed)
        settings["paths.vectors"] = str(vectors_dir)
    else:
        settings["paths.vectors"] = None
        settings["components.tok2vec.model.embed.include_static_vectors"] = False
    settings.update(overrides or {})
    if pretrain_epochs > 0 and init_tok2vec is None:
        lines = work / "pretrain-lines.txt"
        count = write_pretrain_lines([document.text for document in split.train] + list(raw_texts(raw_text or [])), lines)
        log.info("pre-training the tok2vec on %d lines for %d epochs", count, pretrain_epochs)
        init_tok2vec = pretrain_tok2vec(lines, work, epochs=pretrain_epochs, settings=settings)
    if init_tok2vec is not None:
        settings["paths.init_tok2vec"] = str(init_tok2vec)
        config = with_pretraining(config, work)
    output = work / "output"
    spacy_train(config, output, overrides=settings)

    best = output / "model-best"
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(best, out)
    split_record = {
        "seed": seed,
        "dev_fraction": dev_fraction,
        "train": [d.name for d in split.train],
        "dev": [d.name for d in split.dev],
    }
    (out / "split.json").write_text(json.dumps(split_record, ensure_ascii=False, indent=1), encoding="utf-8")
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    return meta.get("performance", {})
