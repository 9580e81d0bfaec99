"""The join with a statistical NER pipeline: spans the rules miss become entities, JOB spans give roles,
and every model span is kept in ``document.ner_spans`` for the date stage.

The pipeline here is a real spaCy pipeline saved to disk (an entity ruler standing in for a trained
``ner`` component, which the NER tests cover), loaded through ``load_ner`` like ``--model PATH``.
"""

from __future__ import annotations

import pytest

from litopys.doc import Document
from litopys.entities import EntityRecognizer
from litopys.language import analyse

spacy = pytest.importorskip("spacy")

TEXT = (
    "Засновниця компанії Укрнафтобуд Оксана Гринчук 3 березня приїхала у Вишгороді на зустріч. "
    "Там її чекав Журавко. Міністр оборони Росії Сергій Шойгу промовчав. "
    "Рішення ухвалив Печерський райсуд міста Києва. Колона пройшла Хрещатиком."
)


def ruler_model(tmp_path_factory, name: str, patterns: list[dict]) -> str:
    """A real spaCy pipeline on disk whose entity ruler plays the trained ``ner`` component."""
    nlp = spacy.blank("uk")
    nlp.add_pipe("entity_ruler").add_patterns(patterns)
    path = tmp_path_factory.mktemp("ner") / name
    nlp.to_disk(path)
    return str(path)


@pytest.fixture(scope="module")
def model_path(tmp_path_factory):
    return ruler_model(
        tmp_path_factory,
        "ruler",
        [
            {"label": "JOB", "pattern": "Засновниця компанії Укрнафтобуд"},
            {"label": "ORG", "pattern": "Укрнафтобуд"},
            {"label": "PERS", "pattern": "Журавко"},
            {"label": "DATE", "pattern": "3 березня"},
            {"label": "LOC", "pattern": "Вишгороді"},
            {"label": "ORG", "pattern": "Печерський райсуд міста Києва"},
            {"label": "ORG", "pattern": "Росії"},
            {"label": "PERS", "pattern": "Хрещатиком"},
            {"label": "PERS", "pattern": [{"TEXT": "Сергій"}, {"TEXT": "Шойгу"}]},
        ],
    )


def analysed(model: str | None, use_model: bool = True) -> Document:
    return EntityRecognizer(model=model, use_model=use_model)(analyse(Document(text=TEXT)))


def test_model_spans_are_kept_for_the_other_stages(model_path):
    document = analysed(model_path)
    labels = {(m.label, m.text) for m in document.ner_spans}
    assert ("DATE", "3 березня") in labels
    assert all(m.source == "model" and TEXT[m.start : m.end] == m.text for m in document.ner_spans)


def test_model_finds_what_the_rules_miss_in_the_nominative(model_path):
    entities = {e.name: e for e in analysed(model_path).entities}
    assert entities["Вишгород"].type == "LOC"
    assert entities["Вишгород"].mentions[0].text == "Вишгороді"
    assert entities["Журавко"].type == "PERS"
    assert entities["Журавко"].mentions[0].source == "model"
    # A "person" none of whose words can name one is a place the model mislabelled.
    assert entities["Хрещатик"].type == "LOC"


def test_gazetteer_wins_where_both_found_the_same_actor(model_path):
    entities = {e.name: e for e in analysed(model_path).entities}
    shoigu = entities["Сергій Шойгу"]
    assert shoigu.actor_code == "RUSMIL" and [m.source for m in shoigu.mentions] == ["gazetteer"]


def test_job_span_gives_the_person_beside_it_a_role(model_path):
    entities = {e.name: e for e in analysed(model_path).entities}
    person = entities["Оксана Гринчук"]
    assert person.role == "Засновниця компанії Укрнафтобуд"


def test_without_the_model_the_rules_still_work(model_path):
    document = analysed(model_path, use_model=False)
    assert document.ner_spans == []
    names = {e.name for e in document.entities}
    assert {"Оксана Гринчук", "Сергій Шойгу"} <= names and "Журавко" not in names


def test_a_longer_model_org_around_a_place_is_one_mention(model_path):
    entities = {e.name: e for e in analysed(model_path).entities}
    court = entities["Печерський райсуд міста Києва"]
    assert (court.type, court.country, court.mentions[0].source) == ("ORG", "UKR", "model")
    assert "Київ" not in entities
    # A model span no longer than what the gazetteer found changes nothing: Росії stays the country.
    assert entities["Росія"].type == "LOC"


def test_a_longer_model_org_around_a_known_body_keeps_its_code(tmp_path):
    nlp = spacy.blank("uk")
    nlp.add_pipe("entity_ruler").add_patterns(
        [{"label": "ORG", "pattern": "Головне управління ДСНС України у Львівській області"}]
    )
    nlp.to_disk(tmp_path / "ruler")
    text = "Головне управління ДСНС України у Львівській області повідомило про пожежу."
    document = EntityRecognizer(model=str(tmp_path / "ruler"))(analyse(Document(text=text)))
    (body,) = document.entities
    assert body.name == "Державна служба з надзвичайних ситуацій" and body.actor_code == "UKRGOV"
    assert [m.text for m in body.mentions] == ["Головне управління ДСНС України у Львівській області"]


def test_a_model_span_over_a_sentence_end_is_not_a_name(tmp_path):
    nlp = spacy.blank("uk")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "PERS", "pattern": "Абхазії. Грузія"}])
    nlp.to_disk(tmp_path / "ruler")
    text = "Сирія визнала незалежність Абхазії. Грузія засудила таке рішення."
    document = EntityRecognizer(model=str(tmp_path / "ruler"))(analyse(Document(text=text)))
    assert [(e.name, e.actor_code) for e in document.entities] == [("Сирія", "SYR"), ("Абхазія", None), ("Грузія", "GEO")]


def test_a_role_stays_in_its_sentence_and_a_name_has_a_capital(tmp_path):
    nlp = spacy.blank("uk")
    nlp.add_pipe("entity_ruler").add_patterns(
        [{"label": "JOB", "pattern": "народні депутати"}, {"label": "ORG", "pattern": "міністерство з"},
         {"label": "PERS", "pattern": "Остапчук"}]
    )
    nlp.to_disk(tmp_path / "ruler")
    text = "За рішення проголосували народні депутати. Остапчук очолював міністерство з травня."
    document = EntityRecognizer(model=str(tmp_path / "ruler"))(analyse(Document(text=text)))
    assert [(e.name, e.type, e.role) for e in document.entities] == [("Остапчук", "PERS", None)]


def test_a_missing_model_path_fails_every_document(tmp_path):
    recognizer = EntityRecognizer(model=str(tmp_path / "nothing-here"))
    for _ in range(2):
        with pytest.raises(FileNotFoundError):
            recognizer(analyse(Document(text="Україна і Польща.")))


@pytest.fixture(scope="module")
def names_model(tmp_path_factory):
    return ruler_model(
        tmp_path_factory,
        "names",
        [{"label": "PERS", "pattern": [{"TEXT": "Гайк"}, {"TEXT": "Товмасян"}]}, {"label": "ORG", "pattern": "Факторстрой"}],
    )


def test_a_first_name_only_the_model_knows_widens_the_rules_surname(names_model):
    text = "Засновниця фірми Ольга Товмасян пішла. Власником фірми став Гайк Товмасян."
    entities = EntityRecognizer(model=names_model)(analyse(Document(text=text))).entities
    assert {e.name: [m.text for m in e.mentions] for e in entities} == {
        "Ольга Товмасян": ["Ольга Товмасян"],
        "Гайк Товмасян": ["Гайк Товмасян"],  # another person of that surname, not a mention of Ольга
    }


def test_a_capitalised_name_inside_a_sentence_is_kept_whatever_its_guessed_part_of_speech(names_model):
    text = "Відтоді «Факторстрой» зробило першу спробу."  # pymorphy3 guesses a verb ("строй")
    entities = EntityRecognizer(model=names_model)(analyse(Document(text=text))).entities
    assert [(e.name, e.type) for e in entities] == [("Факторстрой", "ORG")]


@pytest.fixture(scope="module")
def court_model(tmp_path_factory):
    return ruler_model(
        tmp_path_factory,
        "court",
        [
            {"label": "ORG", "pattern": "Ростовський обласний суд"},
            {"label": "PERS", "pattern": [{"TEXT": "Евана"}, {"TEXT": "Гершковича"}]},
        ],
    )


def test_a_body_named_after_a_region_and_a_person_only_the_model_finds_get_their_countries(court_model):
    text = "Ростовський обласний суд засудив американського журналіста Евана Гершковича."
    entities = {e.name: e for e in EntityRecognizer(model=court_model)(analyse(Document(text=text))).entities}
    assert entities["Ростовський обласний суд"].country == "RUS"
    assert entities["Еван Гершкович"].country == "USA"  # the role in front reaches a name only the model finds
    assert "американський журналіст" not in entities  # the role has a holder: no office of its own
