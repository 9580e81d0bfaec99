"""Statistical NER: brat reading, the split, scoring, training on a tiny corpus, the shipped model."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from typer.testing import CliRunner

from litopys.cli import app
from litopys.doc import Mention
from litopys.entities.ner import SHIPPED_MODEL, load_ner, one_label_per_document
from litopys.evaluate import score_spans
from litopys.training import line_examples, split_documents, train_ner
from litopys.training.brat import BratDocument, BratError, parse_ann, read_brat

from .conftest import NER_UK, need

# A tiny brat corpus of our own: each line a sentence, offsets computed from the marked names.
TINY = [
    "[Олена Коваль|PERS] очолила [Міністерство культури|ORG] у [Києві|LOC] .",
    "[Андрій Мельник|PERS] приїхав до [Львова|LOC] разом з [Оленою Коваль|PERS] .",
    "[Міністерство культури|ORG] оголосило конкурс у [Харкові|LOC] .",
    "Депутат [Петро Шевчук|PERS] звернувся до [Національного банку|ORG] .",
    "У [Києві|LOC] [Андрій Мельник|PERS] зустрівся з [Петром Шевчуком|PERS] .",
    "[Національний банк|ORG] знизив ставку , повідомила [Олена Коваль|PERS] .",
    "[Харків|LOC] і [Львів|LOC] отримали кошти від [Міністерства культури|ORG] .",
    "[Петро Шевчук|PERS] прибув до [Харкова|LOC] .",
]


def brat_from_markup(lines: list[str]) -> tuple[str, str]:
    """Turn "[text|LABEL]" markup into (text, ann) in brat format."""
    text, ann, number = "", [], 0
    for line in lines:
        out = ""
        rest = line
        while "[" in rest:
            before, _, after = rest.partition("[")
            inside, _, rest = after.partition("]")
            name, _, label = inside.partition("|")
            out += before
            number += 1
            start = len(text) + len(out)
            ann.append(f"T{number}\t{label} {start} {start + len(name)}\t{name}")
            out += name
        text += out + rest + "\n"
    return text, "\n".join(ann) + "\n"


def write_tiny_corpus(folder: Path, copies: int = 6) -> None:
    for index in range(copies):
        rotated = TINY[index % len(TINY) :] + TINY[: index % len(TINY)]
        text, ann = brat_from_markup(rotated)
        (folder / f"doc{index}.txt").write_text(text, encoding="utf-8")
        (folder / f"doc{index}.ann").write_text(ann, encoding="utf-8")


def test_brat_keeps_outermost_and_skips_discontinuous():
    text = "Міністерство оборони України заявило"
    ann = (
        "T1\tORG 0 28\tМіністерство оборони України\n"
        "T2\tLOC 21 28\tУкраїни\n"  # nested inside T1
        "T3\tORG 0 12;21 28\tМіністерство України\n"  # discontinuous
        "T4\tJOB\t29\t36\tзаявило\n"  # tab-separated offsets, as in some NER-UK files
        "R1\tRel Arg1:T1 Arg2:T2\n"
    )
    spans, skipped = parse_ann(ann, text)
    assert spans == [(0, 28, "ORG"), (29, 36, "JOB")]
    assert skipped == 2


def test_brat_errors_name_the_file_and_line():
    with pytest.raises(BratError, match=r"doc\.ann:1: offsets 5-99 outside the text"):
        parse_ann("T1\tPERS 5 99\tІван", "Короткий текст", "doc")
    with pytest.raises(BratError, match="no brat documents"):
        read_brat(Path(__file__).parent)


def test_split_is_deterministic_stratified_and_disjoint():
    documents = [BratDocument(f"{group}/{n:03}", "текст") for group in ("a", "b") for n in range(10)]
    first = split_documents(documents, seed=7)
    assert [d.name for d in first.dev] == [d.name for d in split_documents(documents, seed=7).dev]
    assert len(first.dev) == 4 and {d.name[0] for d in first.dev} == {"a", "b"}
    assert not {d.name for d in first.dev} & {d.name for d in first.train}
    assert [d.name for d in split_documents(documents, seed=8).dev] != [d.name for d in first.dev]


def test_line_examples_shift_spans_to_their_line():
    text, ann = brat_from_markup(TINY[:2])
    spans, _ = parse_ann(ann, text)
    lines = list(line_examples(BratDocument("x", text, spans)))
    assert len(lines) == 2
    line, line_spans = lines[1]
    assert [line[s:e] for s, e, _ in line_spans] == ["Андрій Мельник", "Львова", "Оленою Коваль"]


def test_scores_are_exact_span():
    gold = [(0, 5, "PERS"), (10, 15, "LOC"), (20, 25, "ORG")]
    predicted = [(0, 5, "PERS"), (10, 14, "LOC"), (20, 25, "LOC")]
    scores = score_spans([(gold, predicted)], ["PERS", "ORG", "LOC"])
    assert scores["PERS"]["f1"] == 1.0
    assert scores["LOC"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 2, "fn": 1, "support": 1}
    assert scores["micro"]["tp"] == 1 and scores["micro"]["fp"] == 2 and scores["micro"]["fn"] == 2


@pytest.mark.slow
def test_train_tiny_corpus_then_evaluate(tmp_path, caplog):
    """The whole chain on a corpus written here: train (with floret vectors), load, predict, `litopys eval ner`."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_tiny_corpus(corpus)
    out = tmp_path / "model"
    # The committed config with a smaller CNN, so that this runs in seconds; everything else is as shipped.
    small = {"components.tok2vec.model.encode.width": 64, "components.tok2vec.model.encode.depth": 2}
    work = tmp_path / "work"
    caplog.set_level(logging.INFO, logger="spacy")
    scores = train_ner(corpus, out, seed=3, work=work, overrides={**small, "training.max_steps": 800}, pretrain_epochs=1)
    assert "ents_f" in scores
    # The tok2vec was pre-trained on the raw lines first, and training started from those weights.
    assert (work / "pretrain" / "model0.bin").is_file()
    assert f"Loaded pretrained weights from {work / 'pretrain' / 'model0.bin'}" in caplog.text
    assert (out / "meta.json").is_file() and (out / "split.json").is_file()
    split = json.loads((out / "split.json").read_text(encoding="utf-8"))
    assert len(split["dev"]) == 1 and len(split["train"]) == 5

    model = load_ner(str(out))
    text = "Андрій Мельник приїхав до Львова ."
    mentions = model.predict(text)
    assert all(text[m.start : m.end] == m.text and m.source == "model" for m in mentions)
    assert ("Андрій Мельник", "PERS") in {(m.text, m.label) for m in mentions}

    scored = CliRunner().invoke(
        app, ["eval", "ner", "--gold", str(corpus), "--model", str(out), "--labels", "PERS,ORG,LOC", "--format", "json"]
    )
    assert scored.exit_code == 0, scored.output
    scores = json.loads(scored.stdout)
    assert set(scores) == {"PERS", "ORG", "LOC", "micro"}
    assert scores["micro"]["f1"] > 0.5
    assert set(scores["micro"]) == {"precision", "recall", "f1", "tp", "fp", "fn", "support"}

    joined = CliRunner().invoke(
        app, ["eval", "ner", "--gold", str(corpus), "--model", str(out), "--labels", "PERS,LOC", "--layer", "entities",
              "--format", "json"],
    )
    assert joined.exit_code == 0, joined.output
    # The gazetteer knows Київ, Львів and Харків: the joined layer finds every place.
    assert json.loads(joined.stdout)["LOC"]["recall"] == 1.0


def model_mention(text: str, surface: str, occurrence: int = 0, label: str = "PERS") -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, label=label, source="model")


def test_a_name_keeps_the_majority_label_across_the_document():
    text = "Ковальчук приїхав до Луцька.\nВвечері Ковальчук виступив.\nКовальчук поїхав, Ковальчукові аплодували."
    predicted = [model_mention(text, "Ковальчук", 0), model_mention(text, "Ковальчук", 1),
                 model_mention(text, "Ковальчук", 2, label="LOC")]
    result = one_label_per_document(text, predicted)
    assert [(m.text, m.label) for m in result] == [("Ковальчук", "PERS")] * 3  # not "Ковальчукові": whole words only


def test_a_missed_occurrence_of_a_name_gets_its_label():
    text = "Олена Пчілка писала вірші.\nПчілка відповіла критикам.\nЗгодом Пчілка поїхала до Києва."
    predicted = [model_mention(text, "Олена Пчілка"), model_mention(text, "Пчілка", 1)]
    result = one_label_per_document(text, predicted)
    third = model_mention(text, "Пчілка", 2)
    assert [(m.start, m.text) for m in result] == [(0, "Олена Пчілка"), (predicted[1].start, "Пчілка"), (third.start, "Пчілка")]


def test_eval_reports_a_bad_gold_folder_in_one_line(tmp_path):
    result = CliRunner().invoke(app, ["eval", "ner", "--gold", str(tmp_path / "missing")])
    assert result.exit_code == 1
    assert "missing: not a folder" in result.output


shipped = pytest.mark.skipif(
    not (SHIPPED_MODEL / "meta.json").is_file(), reason="no NER model shipped in src/litopys/models/ner-uk"
)


@shipped
def test_shipped_model_finds_people_places_and_organisations():
    model = load_ner()
    text = (
        "Міністр закордонних справ Дмитро Кулеба провів у Варшаві переговори з главою МЗС Польщі. "
        "Компанія «Укрнафта» повідомила, що директорка підприємства Ірина Бондаренко поїде до Одеси."
    )
    found = {(m.text, m.label) for m in model.predict(text)}
    assert ("Дмитро Кулеба", "PERS") in found
    assert ("Варшаві", "LOC") in found
    assert ("Одеси", "LOC") in found
    assert ("Ірина Бондаренко", "PERS") in found
    assert any(label == "ORG" and "Укрнафта" in name for name, label in found)


@shipped
def test_shipped_model_offsets_line_up_with_ner_uk_in_raw_mode():
    """`analyze --raw` keeps the input text, so model mentions index NER-UK's .txt files exactly."""
    corpus = need(NER_UK)
    files = sorted((corpus / "ng").glob("*.txt"))[:3]
    result = CliRunner().invoke(app, ["analyze", "--raw", "--format", "jsonl", *map(str, files)])
    assert result.exit_code == 0, result.output
    matched = total = 0
    for path, line in zip(files, result.stdout.splitlines(), strict=True):
        analysis = json.loads(line)
        text = path.read_text(encoding="utf-8")
        assert analysis["document"]["text"] == text
        gold, _ = parse_ann(path.with_suffix(".ann").read_text(encoding="utf-8"), text)
        gold_spans = {(s, e) for s, e, label in gold if label in {"PERS", "ORG", "LOC"}}
        # Every mention (model, gazetteer or morphology) indexes the input text.
        mentions = [m for e in analysis["entities"] for m in e["mentions"]]
        assert any(m["source"] == "model" for m in mentions)
        for mention in mentions:
            assert text[mention["start"] : mention["end"]] == mention["text"]
        matched += len(gold_spans & {(m["start"], m["end"]) for m in mentions})
        total += len(gold_spans)
    assert total and matched / total > 0.5


@shipped
def test_no_model_leaves_the_statistical_spans_out():
    text = "У Чорткові Володимир Зеленський провів зустрічі з прем'єр-міністром Індії."

    def places(*options: str) -> set[str]:
        result = CliRunner().invoke(app, ["analyze", "-", "--format", "json", *options], input=text)
        assert result.exit_code == 0, result.output
        return {e["name"] for e in json.loads(result.stdout)["entities"] if e["type"] == "LOC"}

    assert places() == {"Чортків", "Індія"}  # the gazetteer knows India, the model finds Chortkiv
    assert places("--no-model") == {"Індія"}


@shipped
@pytest.mark.slow
def test_shipped_model_scores_on_its_own_dev_split():
    """The model card's figure, reproduced from the split recorded beside the model."""
    corpus = need(NER_UK)
    result = CliRunner().invoke(
        app, ["eval", "ner", "--gold", str(corpus), "--split", "dev", "--labels", "PERS,ORG,LOC", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["micro"]["support"] == 1903 and scores["micro"]["f1"] > 0.80


def test_a_full_stop_closing_the_sentence_is_not_part_of_a_name():
    from litopys.entities.ner import _ends_sentence

    line = "Німеччина передала системи IRIS-T. Наступна партія прибуде у 2025 р. Україна чекає."
    iris = line.index("IRIS-T.")
    assert _ends_sentence(line, iris, iris + len("IRIS-T."))
    year = line.index("2025 р.")
    assert not _ends_sentence(line, year, year + len("2025 р."))  # the abbreviation keeps its dot
    assert not _ends_sentence("Компанія Ricondo Inc. заявила", 9, 21)


def _spans_of(line: str, *names: tuple[str, str]) -> list[tuple[int, int, str]]:
    spans = []
    for surface, label in names:
        start = line.index(surface, spans[-1][1] if spans else 0)
        spans.append((start, start + len(surface), label))
    return spans


def _texts(line: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    return [(line[start:end], label) for start, end, label in spans]


def test_a_street_word_and_house_number_belong_to_the_place():
    from litopys.entities.ner import place_conventions

    line = "Офіс переїхав на вул. Січових Стрільців, 12-А, а склад — на Лук'янівську площу біля Бессарабки."
    spans = _spans_of(line, ("Січових Стрільців", "LOC"), ("Лук'янівську", "LOC"), ("Бессарабки", "LOC"))
    assert _texts(line, place_conventions(line, spans)) == [
        ("вул. Січових Стрільців, 12-А", "LOC"), ("Лук'янівську площу", "LOC"), ("Бессарабки", "LOC")]


def test_a_name_after_a_street_or_settlement_word_is_a_place_not_a_person():
    from litopys.entities.ner import place_conventions

    line = "Мітинг пройшов на вулиці Коновальця, а потім у с. Гребенів, біля перехрестя Мазепи та Бандери."
    spans = _spans_of(line, ("Коновальця", "PERS"), ("Гребенів", "PERS"), ("Мазепи", "PERS"), ("Бандери", "PERS"))
    assert _texts(line, place_conventions(line, spans)) == [
        ("вулиці Коновальця", "LOC"), ("Гребенів", "LOC"), ("Мазепи", "LOC"), ("Бандери", "LOC")]
    person = "Лист підписав Коновалець і Мельник."
    people = _spans_of(person, ("Коновалець", "PERS"), ("Мельник", "PERS"))
    assert place_conventions(person, people) == people  # no place word, no change


def test_a_name_does_not_end_on_a_comma_or_an_opening_quote():
    from litopys.entities.ner import _trim_punctuation

    line = "Директор комунального закладу «Міська лікарня №3» та Фонду держмайна, а також ТОВ «"
    clinic = line.index("комунального")
    assert line[slice(*_trim_punctuation(line, clinic, line.index("Міська")))] == "комунального закладу «Міська лікарня №3»"
    fund = line.index("Фонду")
    assert line[slice(*_trim_punctuation(line, fund, line.index(" а також")))] == "Фонду держмайна"
    llc = line.index("ТОВ")
    assert line[slice(*_trim_punctuation(line, llc, len(line)))] == "ТОВ"


@shipped
def test_the_joined_layer_is_scored_on_names_not_on_generic_actors(tmp_path):
    from litopys.evaluate import evaluate_entities

    text = "Німецька фірма «Бош» відкрила завод у Львові.\nФранцузи купили акції компанії.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    bosch, lviv = text.index("Бош"), text.index("Львові")
    (tmp_path / "a.ann").write_text(
        f"T1\tORG {bosch} {bosch + 3}\tБош\nT2\tLOC {lviv} {lviv + 6}\tЛьвові\n", encoding="utf-8"
    )
    scores = evaluate_entities(tmp_path, labels=["PERS", "ORG", "LOC"])
    assert scores["micro"]["fp"] == 0  # "Німецька фірма", "Французи": actors the events need, not names
    assert scores["micro"]["tp"] == 2


def test_an_organisation_told_with_a_common_noun_is_its_quoted_name():
    from litopys.entities.ner import _quoted_name

    line = "Він працював у кінотеатрі «Зоряний», а потім очолив ТОВ «Надія»."
    cinema = (line.index("кінотеатрі"), line.index(",", line.index("«")))
    assert line[slice(*_quoted_name(line, *cinema))] == "Зоряний"
    company = (line.index("ТОВ"), line.rindex("»") + 1)
    assert line[slice(*_quoted_name(line, *company))] == "ТОВ «Надія»"  # a capitalised form word stays in


def test_a_name_does_not_end_on_a_conjunction():
    from litopys.entities.ner import _trim_punctuation

    line = "Пам'ятники Шашкевичу і Федьковичу"
    assert line[slice(*_trim_punctuation(line, line.index("Шашкевичу"), line.index(" Федьковичу")))] == "Шашкевичу"
    line = "Служба безпеки Молдови в ніч на вівторок"
    assert line[slice(*_trim_punctuation(line, 0, line.index(" ніч")))] == "Служба безпеки Молдови"  # nor a preposition


def test_names_listed_together_share_the_majority_label():
    from litopys.entities.ner import coordinated_labels

    line = "Гастролі пройшли у Кракові, Тарнові, Жешуві і Любліні, а квитки продавав Ковальчук."
    spans = _spans_of(
        line, ("Кракові", "LOC"), ("Тарнові", "PERS"), ("Жешуві", "LOC"), ("Любліні", "LOC"), ("Ковальчук", "PERS")
    )
    assert [label for _, _, label in coordinated_labels(line, spans)] == ["LOC", "LOC", "LOC", "LOC", "PERS"]
    pair = "Зустрілися Ковальчук і Тарнові."  # two names are no list: left as they are
    two = _spans_of(pair, ("Ковальчук", "PERS"), ("Тарнові", "LOC"))
    assert coordinated_labels(pair, two) == two


def test_an_area_after_a_place_is_not_a_square():
    from litopys.entities.ner import place_conventions

    line = "Суддя придбав квартиру в Одесі площею 67 кв м."
    assert _texts(line, place_conventions(line, _spans_of(line, ("Одесі", "LOC")))) == [("Одесі", "LOC")]


def test_a_street_broken_after_its_abbreviation_is_one_place():
    from litopys.doc import Mention
    from litopys.entities.ner import is_street_across_lines, streets_across_lines

    text = "Ремонт будинку по пр.\nПерамоги, 14-16. Підрядник — ТОВ «Буд»."
    name = text.index("Перамоги")
    found = streets_across_lines(text, [Mention(name, name + len("Перамоги"), "Перамоги", label="PERS")])
    assert [(m.text, m.label) for m in found] == [("пр.\nПерамоги, 14-16", "LOC")]
    assert [(m.text, m.label) for m in streets_across_lines(text, [])] == [("пр.\nПерамоги, 14-16", "LOC")]
    assert is_street_across_lines("пр.\nПерамоги, 14-16") and not is_street_across_lines("Києва.\nЛьвів")


def test_a_title_stays_outside_a_person_and_a_regnal_number_inside():
    from litopys.entities.ner import person_conventions

    line = "Княгиня Ольга прийняла послів, а Казимир III їх відпустив."
    spans = _spans_of(line, ("Княгиня Ольга", "PERS"), ("Казимир", "PERS"))
    assert _texts(line, person_conventions(line, spans)) == [("Ольга", "PERS"), ("Казимир III", "PERS")]


def test_a_name_that_can_only_be_locative_after_v_is_a_place():
    from litopys.entities.ner import place_conventions

    line = "Навчання пройшли на базі в Карлскруні, а книгу я бачив у Петренка."
    spans = _spans_of(line, ("Карлскруні", "PERS"), ("Петренка", "PERS"))
    assert _texts(line, place_conventions(line, spans)) == [("Карлскруні", "LOC"), ("Петренка", "PERS")]


@shipped
def test_a_model_name_opening_a_sentence_is_kept_unless_it_is_a_common_noun():
    from litopys.pipeline import analyze_text

    names = {e.name for e in analyze_text("ДУС збирається придбати автомобілі. Відомство відмовилося коментувати.").entities}
    assert "ДУС" in names and "Відомство" not in names
