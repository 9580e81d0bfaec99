"""Sentences, tokens and morphology."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from litopys.doc import Document
from litopys.language import analyse, split, tokenize
from litopys.language.identify import identify


def words(text: str) -> list[str]:
    return [text[s:e] for s, e in tokenize(text)]


def test_tokens_keep_hyphens_apostrophes_and_dates():
    assert words("Томас-Грінфілд з’явилася 26.07.2023 р., будь-яких суб'єктів") == [
        "Томас-Грінфілд", "з’явилася", "26.07.2023", "р", ".", ",", "будь-яких", "суб'єктів",
    ]
    assert words("25–27 липня") == ["25", "–", "27", "липня"]


def test_sentences_respect_abbreviations_initials_and_quotes():
    text = 'У 2022 р. уряд ухвалив рішення. В. Зеленський підписав указ. "Це важливо." Далі буде'
    sentences, _ = split(text)
    assert [s.text for s in sentences] == [
        "У 2022 р. уряд ухвалив рішення.", "В. Зеленський підписав указ.", '"Це важливо."', "Далі буде",
    ]


def test_pre_tokenised_abbreviations_and_initials_do_not_end_a_sentence():
    text = "Офіс на вул . Лаврська , 10 . Указ підписав В . Ющенко ."  # corpora written token by token
    sentences, _ = split(text)
    assert [s.text for s in sentences] == ["Офіс на вул . Лаврська , 10 .", "Указ підписав В . Ющенко ."]


def test_lines_are_paragraphs():
    sentences, _ = split("Заголовок без крапки\nПерше речення. Друге речення.")
    assert [(s.text, s.paragraph) for s in sentences] == [
        ("Заголовок без крапки", 0), ("Перше речення.", 1), ("Друге речення.", 1),
    ]


def test_morphology_gives_lemmas_and_cases():
    doc = analyse(Document("Шойгу зустрівся з Кім Чен Ином у Пхеньяні."))
    by_text = {t.text: t for t in doc.tokens}
    assert by_text["зустрівся"].lemma == "зустрітися" and by_text["зустрівся"].pos == "VERB"
    assert by_text["Ином"].lemma == "ин" and "ablt" in by_text["Ином"].cases
    assert by_text["Пхеньяні"].lemma == "пхеньян" and "loct" in by_text["Пхеньяні"].cases



def test_a_personal_pronoun_is_read_as_one_not_as_a_surname():
    # pymorphy3 reads "вона" first as the genitive of the surname Вон
    doc = analyse(Document("Водночас вона звинуватила Київ."))
    pronoun = doc.tokens[1]
    assert pronoun.lemma == "вона" and pronoun.pos == "NPRO" and "femn" in pronoun.analyses[0].tags



def test_a_word_in_lower_case_is_read_first_as_a_common_word():
    # pymorphy3 reads these first as the names Нікола, Люда and the surname Дан
    doc = analyse(Document("Польща ніколи не погодиться, люди протестують, за даними поліції."))
    by_text = {t.text: t for t in doc.tokens}
    assert by_text["ніколи"].pos == "ADVB"
    assert by_text["люди"].lemma == "людина"
    assert by_text["даними"].lemma != "дан"


@given(st.text(alphabet=st.sampled_from(list("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВ .,!?\n\"«»-–'’0123456789")), max_size=200))
def test_offsets_always_index_the_text(text):
    doc = analyse(Document(text))
    for token in doc.tokens:
        assert text[token.start : token.end] == token.text
    for sentence in doc.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    assert sum(s.last_token - s.first_token for s in doc.sentences) == len(doc.tokens)


def test_language_identification():
    assert identify("Президент України підписав закон про мобілізацію, який ухвалила Верховна Рада.") == "uk"
    assert identify("Президент России подписал закон, который принял парламент в четверг вечером.") == "ru"
    assert identify("The president of Ukraine signed a law adopted by the parliament on Thursday.") == "en"


def test_a_reading_with_no_case_may_be_in_any_case():
    from litopys.doc import CASES

    document = analyse(Document(text="Свердловський суд ухвалив вирок."))
    assert document.tokens[0].cases == CASES  # pymorphy3 gives "Свердловський" a reading with no case


def test_a_past_gerund_reads_as_its_verb_and_missing_adverbs_are_adverbs():
    from litopys.language import analyse_word

    assert {a.lemma for a in analyse_word("закликавши")} == {"закликати"}
    assert {a.lemma for a in analyse_word("зустрівшись")} == {"зустрітися"}
    assert analyse_word("вже")[0].pos == "ADVB"
