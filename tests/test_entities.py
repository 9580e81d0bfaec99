"""Actors: gazetteer matching on lemmas, adjectives, role phrases, unknown people and coreference.

Every sentence here is our own writing; the seed article is only used by the acceptance test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from litopys.doc import Document, Entity
from litopys.entities import EntityRecognizer
from litopys.lang import read_tsv
from litopys.language import analyse
from litopys.pipeline import analyze_text


@pytest.fixture(scope="module")
def recognizer() -> EntityRecognizer:
    return EntityRecognizer(use_model=False)


@pytest.fixture(scope="module")
def entities(recognizer):
    def run(text: str) -> list[Entity]:
        return recognizer(analyse(Document(text=text))).entities

    return run


def by_name(found: list[Entity], name: str) -> Entity:
    matches = [e for e in found if e.name == name]
    assert matches, f"{name!r} not among {[e.name for e in found]}"
    return matches[0]


def texts(entity: Entity) -> list[str]:
    return [m.text for m in entity.mentions]


def test_every_un_member_state_has_a_ukrainian_name():
    rows = read_tsv("gazetteer", "countries.tsv")
    members = [row for row in rows if row[3] == "member"]
    assert len(members) == 193
    assert all(row[2] and row[2][0].isupper() for row in members)
    assert {"UKR", "RUS", "PRK", "SVN", "KAZ"} <= {row[0] for row in members}


def test_case_forms_of_countries_capitals_and_people_hit(entities):
    found = entities(
        "Делегація зустрілася з Кім Чен Ином у Пхеньяні. Торгівля між Росією та Північною Кореєю зросла. "
        "Увечері Сергієм Шойгу опікувалися журналісти."
    )
    kim = by_name(found, "Кім Чен Ин")
    assert (kim.type, kim.country, kim.actor_code) == ("PERS", "PRK", "PRKGOV")
    assert texts(kim) == ["Кім Чен Ином"]
    capital = by_name(found, "Пхеньян")
    assert (capital.type, capital.kind, capital.actor_code) == ("LOC", "capital", "PRKGOV")
    assert by_name(found, "Росія").actor_code == "RUS"
    korea = by_name(found, "Північна Корея")
    assert (korea.type, korea.kind, texts(korea)) == ("LOC", "country", ["Північною Кореєю"])
    assert by_name(found, "Сергій Шойгу").country == "RUS"


def test_short_forms_and_abbreviations_join_one_country(entities):
    found = entities("КНДР знову погрожує. Північна Корея провела навчання, а США і Сполучені Штати Америки стежать.")
    korea = by_name(found, "Північна Корея")
    assert texts(korea) == ["КНДР", "Північна Корея"]
    usa = by_name(found, "Сполучені Штати")
    assert texts(usa) == ["США", "Сполучені Штати Америки"]


def test_country_adjective_gives_the_body_a_country(entities):
    found = entities("Британська розвідка попередила, що російська армія готує наступ. Діти вчать російську мову.")
    spies = by_name(found, "британська розвідка")
    assert (spies.type, spies.actor_code, spies.sector) == ("ORG", "GBRSPY", "SPY")
    army = by_name(found, "російська армія")
    assert (army.actor_code, texts(army)) == ("RUSMIL", ["російська армія"])
    assert not [e for e in found if "мова" in e.name]


def test_body_followed_by_its_country(entities):
    found = entities("Уряд Польщі та міноборони Естонії підтримали рішення, а адміністрація Трампа промовчала.")
    assert by_name(found, "уряд Польщі").actor_code == "POLGOV"
    assert by_name(found, "Міністерство оборони Естонії").actor_code == "ESTMIL"
    assert by_name(found, "адміністрація Трампа").actor_code == "USAGOV"


def test_state_bodies_and_igo_organs(entities):
    found = entities(
        "Держдеп США закликав Радбез ООН зібратися. Рада Безпеки ООН засідала вчора, а МАГАТЕ надіслало місію. "
        "Заяву зробив Пентагон, її підтримали ЗСУ та Верховна Рада."
    )
    council = by_name(found, "Рада Безпеки ООН")
    assert (council.actor_code, texts(council)) == ("IGOUNOSCR", ["Радбез ООН", "Рада Безпеки ООН"])
    assert by_name(found, "Державний департамент США").actor_code == "USAGOV"
    assert by_name(found, "Міжнародне агентство з атомної енергії").actor_code.startswith("IGO")
    assert by_name(found, "Міністерство оборони США").actor_code == "USAMIL"
    assert by_name(found, "Збройні сили України").actor_code == "UKRMIL"
    assert by_name(found, "Верховна Рада України").actor_code == "UKRLEG"


def test_quoted_armed_groups(entities):
    found = entities('Бойовики "ДНР" і найманці ПВК «Вагнер» обстріляли місто, а ХАМАС погрожує Ізраїлю.')
    dnr = by_name(found, '"ДНР"')
    assert (dnr.kind, texts(dnr)) == ("armed-group", ["ДНР"])
    wagner = by_name(found, "ПВК Вагнер")
    assert wagner.country == "RUS" and texts(wagner) == ["ПВК «Вагнер»"]
    assert by_name(found, "ХАМАС").kind == "armed-group"


def test_media_are_coded(entities):
    found = entities("Про це повідомили BBC та Укрінформ з посиланням на Reuters.")
    assert by_name(found, "BBC").actor_code == "GBRMED"
    assert by_name(found, "Укрінформ").actor_code == "UKRMED"


def test_role_phrase_gives_an_unknown_person_a_country_and_sector(entities):
    found = entities(
        "Міністр оборони Литви Арвідас Пятраускас прибув до Києва. "
        "Прем'єр зустрівся з послом Франції в ООН Ніколя Дюбуа."
    )
    minister = by_name(found, "Арвідас Пятраускас")
    assert (minister.type, minister.country, minister.sector, minister.actor_code) == ("PERS", "LTU", "MIL", "LTUMIL")
    assert minister.role == "міністр оборони Литви"
    envoy = by_name(found, "Ніколя Дюбуа")
    assert (envoy.country, envoy.actor_code) == ("FRA", "FRAGOV")
    assert envoy.role.startswith("посол Франції в ООН")


def test_role_head_case_gives_the_nominative_of_a_foreign_name(entities):
    found = entities("Міністр зустрівся з очільником міноборони Лаосу Тонгом Ван Сомом.")
    person = by_name(found, "Тонг Ван Сом")
    assert person.country == "LAO" and person.sector == "MIL"


def test_person_from_name_morphology_without_role(entities):
    found = entities("Олена Ковальчук розповіла про нові правила. Згодом Ковальчук додала деталі.")
    person = by_name(found, "Олена Ковальчук")
    assert person.type == "PERS" and person.country is None
    assert texts(person) == ["Олена Ковальчук", "Ковальчук"]


def test_capitalised_sentence_starts_are_not_people(entities):
    found = entities("Новини надходять щодня. Згодом Україна відповіла. Того ж дня Віра в перемогу зросла.")
    assert [e.name for e in found] == ["Україна"]


def test_surname_alone_links_to_the_gazetteer_person(entities):
    found = entities("Посол США в ООН Лінда Томас-Грінфілд виступила першою. Грінфілд назвала це ганебним.")
    linda = by_name(found, "Лінда Томас-Грінфілд")
    assert texts(linda) == ["Лінда Томас-Грінфілд", "Грінфілд"]
    assert linda.actor_code == "USAGOV"


def test_pronoun_after_a_quote_links_to_the_speaker(entities):
    text = (
        "Речниця уряду Естонії Марта Ківі прокоментувала рішення.\n"
        '"Ми не змінимо позиції", - наголосила вона.\n'
        '"Тиск триватиме", - він додав.'
    )
    found = entities(text)
    speaker = by_name(found, "Марта Ківі")
    assert texts(speaker) == ["Марта Ківі", "вона"]
    assert speaker.mentions[1].source == "coreference"
    assert speaker.country == "EST"
    # "він" does not agree with a woman: no one takes it.
    assert all("він" not in texts(e) for e in found)


def test_ids_follow_the_text_and_labels_follow_ner_uk(entities):
    found = entities("Росія атакувала Україну, заявив Зеленський.")
    assert [e.id for e in found] == ["e1", "e2", "e3"]
    assert [(e.name, e.type) for e in found] == [("Росія", "LOC"), ("Україна", "LOC"), ("Володимир Зеленський", "PERS")]
    assert all(m.label == e.type for e in found for m in e.mentions)


def test_seed_acceptance(seed_analysis):
    found = seed_analysis.entities
    codes = {e.actor_code for e in found if e.actor_code}
    for prefix in ("RUS", "PRK", "USA", "UKR", "IRN", "GBR", "KAZ", "SVN"):
        assert any(c.startswith(prefix) for c in codes), prefix
    people = {e.name: e.country for e in found if e.type == "PERS"}
    for name, country in [
        ("Сергій Шойгу", "RUS"),
        ("Кім Чен Ин", "PRK"),
        ("Володимир Путін", "RUS"),
        ("Джон Кірбі", "USA"),
        ("Лінда Томас-Грінфілд", "USA"),
        ("Кан Сун Нам", "PRK"),
    ]:
        assert people.get(name) == country, name
    spies = [e for e in found if e.actor_code == "USASPY"]
    assert len(spies) == 1 and [m.text for m in spies[0].mentions] == ["розвідка США", "американської розвідки"]
    korea = [e for e in found if e.country == "PRK" and e.kind == "country"]
    assert len(korea) == 1 and len(korea[0].mentions) >= 10
    text = seed_analysis.text
    for entity in found:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text


def test_regions_and_cities_are_places_with_a_country(entities):
    found = entities("Удари по Одеській області та Харківщині тривали, а в Бєлгороді лунали вибухи.")
    odesa = by_name(found, "Одеська область")
    assert (odesa.type, odesa.kind, odesa.country, odesa.actor_code) == ("LOC", "region", "UKR", None)
    assert texts(by_name(found, "Харківська область")) == ["Харківщині"]
    assert by_name(found, "Бєлгород").country == "RUS"


def test_foreign_towns_named_without_their_country_are_places(entities):
    found = entities(
        "Делегації зустрілися у Сочі, потім у Гаазі та Батумі; літак вилетів з Жешува до Мюнхена, "
        "а дрони вразили аеродром в Енгельсі."
    )
    expected = {"Сочі": "RUS", "Гаага": "NLD", "Батумі": "GEO", "Жешув": "POL", "Мюнхен": "DEU", "Енгельс": "RUS"}
    for name, country in expected.items():
        place = by_name(found, name)
        assert (place.type, place.kind, place.country, place.actor_code) == ("LOC", "city", country, None)
    assert texts(by_name(found, "Жешув")) == ["Жешува"]


def test_the_worlds_provinces_and_cities_come_from_iso_3166_2_and_cldr(entities):
    """world_places.tsv (scripts/build_world_places.py): places no hand-written file names."""
    found = entities(
        "Повстанці відступили з провінції Нижня Уеле до Кісангані, а біженці з Кідаля дісталися Мопті. "
        "Губернатор штату Борно прибув до Мадейри."
    )
    expected = {"Нижня Уеле": "COD", "Кідаль": "MLI", "Мопті": "MLI", "Борно": "NGA", "Мадейра": "PRT"}
    for name, country in expected.items():
        place = by_name(found, name)
        assert (place.type, place.country, place.actor_code) == ("LOC", country, None)


def test_generated_places_leave_out_common_words_and_names(entities):
    found = entities("Мета візиту — переговори. Сага про Лару триває, а Плато відкрили для туристів.")
    assert not [e for e in found if e.type == "LOC"]


def test_a_city_that_is_a_first_name_before_a_surname_is_the_person(entities):
    found = entities("Міністр Сербії Мілан Петрович прибув на саміт у Мілані.")
    assert by_name(found, "Мілан").kind == "city"
    assert texts(by_name(found, "Мілан")) == ["Мілані"]
    assert any(e.type == "PERS" and e.name.startswith("Мілан ") for e in found)


def test_a_capital_that_is_a_first_name_before_a_surname_is_the_person(entities):
    found = entities(
        "Співачка Софія Ротару дала концерт. Софія відкликала посла з Варшави, а прем'єр прилетів до Софії. "
        "Начальник управління у місті Києві Віталій Плевнік прибув на нараду."
    )
    capital = by_name(found, "Софія")
    assert capital.kind == "capital" and capital.country == "BGR"
    assert texts(capital) == ["Софія", "Софії"]  # (not the singer's first name)
    # ("Києві" may be read as the first name "Кий", but not before a name in another case)
    assert texts(by_name(found, "Київ")) == ["Києві"]


def test_a_town_after_an_office_that_cannot_be_a_first_name_there_is_the_seat(entities):
    # ("Ізміра" is a woman's first name, but only in the nominative: after "мера" it is the city's genitive)
    found = entities("Поліція затримала мера Ізміра Дженгіза Озтюрка, а міністр Сербії Мілан Петрович це засудив.")
    assert texts(by_name(found, "Ізмір")) == ["Ізміра"]
    mayor = next(e for e in found if e.type == "PERS" and "Дженгіз" in e.name)
    assert texts(mayor) == ["Дженгіза Озтюрка"] and mayor.country == "TUR"
    assert any(e.type == "PERS" and e.name.startswith("Мілан ") for e in found)


def test_country_adjective_with_firms_opposition_farmers_and_students(entities):
    found = entities(
        "Санкції зачепили дві китайські фірми. Сербська опозиція та сербські студенти вийшли на протест, "
        "а польські фермери заблокували кордон. Експорт українського зерна зріс."
    )
    codes = {e.actor_code for e in found}
    assert {"CHNBUS", "SRBOPP", "SRBEDU", "POLAGR"} <= codes
    assert not [e for e in found if e.country == "UKR"]  # "українського зерна" is goods, not an actor


def test_body_takes_in_its_own_country(entities):
    found = entities("Рятувальники ДСНС України та СБУ прибули на місце.")
    assert texts(by_name(found, "Державна служба з надзвичайних ситуацій")) == ["ДСНС України"]
    assert not [e for e in found if e.name == "Україна"]


def test_common_words_are_not_places_or_people(entities):
    found = entities(
        "Досі ніхто не знав. Пари пройшли швидко. Малий усміхнувся. Він живе на вулиці Тараса Шевченка. "
        "Пам'ятник Богдану Хмельницькому стоїть у центрі."
    )
    assert [(e.name, e.type) for e in found if e.type != "PERS"] == []
    assert not [e for e in found if "Шевченк" in e.name or e.kind == "city"]


def test_role_after_the_name_behind_a_comma(entities):
    found = entities("Про це заявила Марта Ківі, речниця уряду Естонії, під час брифінгу.")
    person = by_name(found, "Марта Ківі")
    assert (person.role, person.actor_code) == ("речниця уряду Естонії", "ESTGOV")


def test_the_body_in_a_role_phrase_gives_its_sector(entities):
    found = entities(
        "Лідер ХАМАС Ях'я Сінвар загинув. Речник Пентагону Пет Райдер промовчав. Речник ООН Стефан Дюжаррік відповів."
    )
    assert by_name(found, "Ях'я Сінвар").actor_code == "PSEREB"
    assert by_name(found, "Пет Райдер").actor_code == "USAMIL"
    assert by_name(found, "Стефан Дюжаррік").actor_code == "IGOUNO"


def test_pronoun_after_a_guillemet_quote(entities):
    found = entities("Кирило Буданов, начальник ГУР, вважає інакше. «Війна триватиме», – сказав він.")
    assert texts(by_name(found, "Кирило Буданов")) == ["Кирило Буданов", "він"]


def test_organisations_named_in_quotes(entities):
    found = entities(
        "Тендер виграло ТОВ «Главбуд-Сервіс», а компанія «Альтком» подала скаргу. "
        'Партію "Голос" очолила Ірина Коваль, а голос виборця почули.'
    )
    firm = by_name(found, "ТОВ «Главбуд-Сервіс»")
    assert (firm.type, firm.kind, firm.sector) == ("ORG", "company", "BUS")
    assert texts(by_name(found, "Альтком")) == ["Альтком"]
    party = by_name(found, '"Голос"')
    assert party.actor_code == "UKRPTY" and texts(party) == ["Голос"]


def test_world_regions_are_not_countries(entities):
    found = entities("Країни Латинської Америки підтримали Америку, а на Корейському півострові напружено.")
    assert by_name(found, "Латинська Америка").country is None
    assert texts(by_name(found, "Сполучені Штати")) == ["Америку"]
    assert by_name(found, "Корейський півострів").kind == "region"


def test_last_part_of_a_double_surname_links(entities):
    found = entities("Суддя Ганна Коваль-Мельник оголосила вирок. Мельник пояснила рішення, а Коваль-Мельник пішла.")
    person = by_name(found, "Ганна Коваль-Мельник")
    assert texts(person) == ["Ганна Коваль-Мельник", "Мельник", "Коваль-Мельник"]


def test_a_surname_after_a_joined_arabic_article_links_though_it_opens_lower_case() -> None:
    document = analyze_text(
        "Прем'єр-міністр Кувейту Саад аль-Мутайрі у понеділок прибув до Каїра. Того ж дня аль-Мутайрі провів переговори."
    )
    person = next(e for e in document.entities if e.name == "Саад аль-Мутайрі")
    assert [m.text for m in person.mentions] == ["Саад аль-Мутайрі", "аль-Мутайрі"]


def test_soldiers_told_as_a_plural_adjective_are_the_army_named_before() -> None:
    document = analyze_text(
        "Підрозділ малійської армії увійшов до села на кордоні. Під час затримання військові відкрили вогонь. "
        "Обласної військової адміністрації це не стосується."
    )
    army = next(e for e in document.entities if e.kind == "armed-forces")
    assert army.actor_code == "MLIMIL" and [m.text for m in army.mentions] == ["малійської армії", "військові"]


def test_a_national_security_council_with_no_country_is_not_ukraine_s() -> None:
    document = analyze_text("Фрітаун відреагував наступного дня. Рішення ухвалили після засідання Ради національної безпеки.")
    assert not any(e.country == "UKR" for e in document.entities)


def test_a_town_after_another_country_s_adjective_is_its_namesake_there(entities):
    found = entities("Вибух стався в ліванському Триполі, а уряд у Триполі мовчить.")
    towns = sorted((e.country, e.kind) for e in found if e.name == "Триполі")
    assert ("LBN", "city") in towns and any(country == "LBY" for country, _ in towns)


def test_a_state_committee_named_with_no_country_is_of_the_country_around_it() -> None:
    document = analyze_text(
        "Комітет національної безпеки Узбекистану в четвер повідомив про викриття схеми. Наступного дня Комітет "
        "державних доходів запровадив огляд усіх вантажівок."
    )
    committees = {e.name: e.actor_code for e in document.entities if e.type == "ORG"}
    assert committees == {"комітет національної безпеки Узбекистану": "UZBSPY", "Комітет державних доходів": "UZBGOV"}


def test_a_headline_s_last_noun_does_not_govern_the_lead_s_first_country() -> None:
    # "пояснень" ends the headline; "Чехія" opens the lead as its subject, so the bare ministry is Czech
    document = analyze_text(
        "Чехія запровадила контроль на кордоні з Австрією: Відень критикує, Єврокомісія вимагає пояснень\n\n"
        "Чехія з понеділка відновила контроль на пунктах пропуску на кордоні з Австрією. Як повідомило МВС, "
        "перевірки діятимуть 60 днів."
    )
    ministry = next(e for e in document.entities if e.kind == "ministry")
    assert ministry.country == "CZE"


def test_a_consulate_is_its_country_s_mission_like_an_embassy(entities):
    found = entities("Протестувальники пікетували турецьке генеральне консульство, а потім консульство Італії.")
    codes = sorted(e.actor_code for e in found if e.kind == "embassy")
    assert codes == ["ITAGOV", "TURGOV"]



def test_a_high_commission_is_its_country_s_mission_like_an_embassy(entities):
    # (Commonwealth states keep high commissions, not embassies, in each other's capitals)
    found = entities("Студенти пройшли маршем до верховної комісії Індії, а згодом до дипломатичної місії Пакистану.")
    codes = sorted(e.actor_code for e in found if e.kind == "embassy")
    assert codes == ["INDGOV", "PAKGOV"]


def test_a_ministry_of_the_republic_is_that_of_the_state_that_spoke_not_of_the_last_country_named() -> None:
    document = analyze_text(
        "Душанбе побачив у цьому тиск. Голова уряду Таджикистану назвав дії Ташкента «прихованою блокадою», а в "
        "понеділок МЗС республіки вручило послу Узбекистану ноту протесту."
    )
    ministry = next(e for e in document.entities if e.kind == "ministry")
    assert ministry.country == "TJK"


def test_a_surname_that_reads_as_a_ukrainian_town_does_not_make_a_bare_ministry_ukraine_s() -> None:
    # "Сумах" reads as the locative of Суми; the spokesman's surname names no Ukrainian town
    document = analyze_text(
        "Речник гвінейського уряду Мамаді Сумах у вівторок заявив, що військові діяли законно. Фрітаун відреагував "
        "наступного ж дня. У понеділок уряд відкликав посла з Конакрі, а МЗС вручило гвінейському повіреному ноту."
    )
    ministry = next(e for e in document.entities if e.kind == "ministry")
    assert ministry.country == "SLE"


def test_carabinieri_and_gendarmes_are_police(entities):
    found = entities("Чилійські карабінери затримали водіїв, а французькі жандарми розігнали протест.")
    assert by_name(found, "чилійська поліція").actor_code == "CHLCOP"
    assert by_name(found, "французька поліція").actor_code == "FRACOP"


def test_occupiers_and_lower_case_rf_are_russian(entities):
    found = entities("Окупанти обстріляли Херсон, а втрати рф за добу зросли.")
    assert by_name(found, "російські окупаційні війська").actor_code == "RUSMIL"
    assert texts(by_name(found, "Росія")) == ["рф"]


def test_feminine_role_gives_gender_and_case_to_a_foreign_name(entities):
    found = entities("Депутатка Європарламенту Рихарда Бюрге закликала посилити санкції.")
    person = by_name(found, "Рихарда Бюрге")
    assert (person.role, person.actor_code) == ("депутатка Європарламенту", "IGOEEC")


def test_role_phrase_with_a_capitalised_body_and_a_quoted_medium(entities):
    found = entities(
        "Командувач Сухопутних військ Михайло Драпатий відвідав позиції. "
        'Журналістка "Української правди" Соня Лукашова отримала премію. Українські військові відійшли.'
    )
    assert by_name(found, "Михайло Драпатий").role == "командувач Сухопутних військ"
    journalist = by_name(found, "Соня Лукашова")
    assert (journalist.actor_code, journalist.sector) == ("UKRMED", "MED")
    assert by_name(found, "українська армія").actor_code == "UKRMIL"


def test_only_a_government_takes_its_leader_as_owner(entities):
    found = entities("Наказ підписав очільник МВС Арсен Аваков, а уряд Шмигаля його погодив.")
    assert by_name(found, "уряд Шмигаля").actor_code == "UKRGOV"
    assert texts(by_name(found, "Арсен Аваков")) == ["Арсен Аваков"]


def test_surname_shared_in_the_gazetteer_links_within_the_article(entities):
    found = entities("Віцепрем'єр Михайло Федоров презентував застосунок. Федоров пообіцяв оновлення.")
    assert texts(by_name(found, "Михайло Федоров")) == ["Михайло Федоров", "Федоров"]
    alone = entities("Федоров пообіцяв оновлення.")
    assert not [e for e in alone if e.name.endswith("Федоров")]


def test_the_article_role_comes_before_the_gazetteer_summary(entities):
    found = entities("Очільник міноборони КНДР Кан Сун Нам зустрівся з делегацією. Нам відомо про це.")
    kang = by_name(found, "Кан Сун Нам")
    assert kang.role == "очільник міноборони КНДР" and kang.actor_code == "PRKMIL"
    assert texts(kang) == ["Кан Сун Нам"]


def test_gazetteer_files_have_headers_and_known_codes():
    from litopys.lang import data_path

    folder = data_path("gazetteer")
    for path in folder.iterdir():
        assert path.read_text(encoding="utf-8").startswith("#"), f"{path.name} needs a header comment"
    countries = {row[0] for row in read_tsv("gazetteer", "countries.tsv")}
    for row in read_tsv("gazetteer", "people.tsv"):
        assert row[1] in countries or row[1] == "IGO", row
    for row in read_tsv("gazetteer", "bodies.tsv"):
        country = row[4] if len(row) > 4 else ""
        assert not country or country in countries, row
        assert row[1] in ("ORG", "LOC", "PERS"), row
    for name in ("country_forms.tsv", "capitals.tsv"):
        for row in read_tsv("gazetteer", name):
            assert row[0] in countries or row[1] in countries, row


def test_ministry_alone_is_ukrainian_and_a_national_body_of_another_country(entities):
    found = entities("Міноборони повідомило про удар. Верховний суд США ухвалив рішення, а Верховний суд відмовив.")
    assert by_name(found, "Міністерство оборони України").actor_code == "UKRMIL"
    assert by_name(found, "Верховний суд США").actor_code == "USAJUD"
    assert by_name(found, "Верховний Суд").actor_code == "UKRJUD"
    foreign = entities("Делегація міноборони Польщі прибула.")
    assert [e.actor_code for e in foreign] == ["POLMIL"]


def test_an_abbreviated_word_keeps_its_full_stop(entities):
    found = entities("Пожежа сталася в Івано-Франківській обл. вчора, а в Жовкві було тихо.")
    assert texts(by_name(found, "Івано-Франківська область")) == ["Івано-Франківській обл."]
    assert by_name(found, "Жовква").kind == "city"


def test_a_capitalised_role_word_inside_a_sentence_is_part_of_a_name(entities):
    found = entities("Начальник відділу використовує ресурси для свого ПП «Легіон Експерт».")
    assert texts(by_name(found, "ПП «Легіон Експерт»")) == ["ПП «Легіон Експерт»"]


def test_role_phrase_keeps_the_body_it_names(entities):
    found = entities("Речник Кремля Дмитро Пєсков відповів. Російські ЗМІ поширили фейк.")
    assert texts(by_name(found, "Кремль")) == ["Кремля"]
    assert by_name(found, "Дмитро Пєсков").role == "речник Кремля"
    assert by_name(found, "російські засоби масової інформації").actor_code == "RUSMED"


def test_nothing_combines_across_lines(entities):
    found = entities(
        "Угода близька, - розвідка США\nРосія і Корея домовляються. Про це заявив президент\nІван Сірко пішов."
    )
    assert texts(by_name(found, "Розвідка США")) == ["розвідка США"]
    assert texts(by_name(found, "Росія")) == ["Росія"]
    assert by_name(found, "Іван Сірко").role is None


def test_names_in_oblique_cases_are_put_in_the_nominative(entities):
    found = entities("Суд допитав Ніну Москаленко. Лист передали Даринці Макарчук і Петрові Гайдейчуку.")
    names = {e.name for e in found if e.type == "PERS"}
    assert {"Ніна Москаленко", "Даринка Макарчук", "Петро Гайдейчук"} <= names


def test_russian_security_council_is_not_the_un_one(entities):
    found = entities("Засідання Радбезу РФ провів Путін, а Радбез ООН засудив удар.")
    assert by_name(found, "Рада безпеки РФ").actor_code == "RUSGOV"
    assert by_name(found, "Рада Безпеки ООН").actor_code == "IGOUNOSCR"


def test_adjectival_surname_opens_a_sentence_and_role_case_wins(entities):
    found = entities("Зеленський прибув до Вашингтона. Делегацію очолив посол Японії в Україні Кунінорі Мацуда.")
    assert texts(by_name(found, "Володимир Зеленський")) == ["Зеленський"]
    assert by_name(found, "Кунінорі Мацуда").actor_code == "JPNGOV"


def test_a_known_surname_opens_a_sentence_unless_it_is_an_ordinary_word(entities):
    found = entities("Умєров заявив про нові поставки. Кличко відповів журналістам. Кошти надійшли вчасно.")
    assert {e.name for e in found} == {"Рустем Умєров", "Віталій Кличко"}


def test_pronoun_after_a_quote_without_quotation_marks(entities):
    found = entities("Речник уряду Литви Йонас Петрайтіс прокоментував рішення. Ми готові до переговорів, - заявив він.")
    assert texts(by_name(found, "Йонас Петрайтіс")) == ["Йонас Петрайтіс", "він"]
    plain = entities("Йонас Петрайтіс прийшов. Потім він пішов, а вона, - кажуть, - залишилась.")
    assert texts(by_name(plain, "Йонас Петрайтіс")) == ["Йонас Петрайтіс"]


def test_country_adjective_before_a_company_and_israeli_army(entities):
    found = entities(
        "Санкції запровадили проти іранських компаній, а українська компанія «Антонов» отримала замовлення. "
        "Армія оборони Ізраїлю (ЦАХАЛ) повідомила про удари."
    )
    assert by_name(found, "іранська компанія").actor_code == "IRNBUS"
    assert texts(by_name(found, "Антонов")) == ["Антонов"]
    assert texts(by_name(found, "Армія оборони Ізраїлю")) == ["Армія оборони Ізраїлю", "ЦАХАЛ"]


# -- actors written without a proper name ------------------------------------------------------------


@pytest.fixture(scope="module")
def analysed():
    """The full pipeline (entities and events) on a sentence of our own."""
    from litopys.pipeline import analyze_text

    return lambda text: analyze_text(text, published="2024-03-12")


def event_actors(document, event_type: str) -> tuple[set[str], set[str]]:
    """Actor codes of the sources and targets of the first event of a type."""
    event = next(e for e in document.events if e.type == event_type)
    codes = {e.id: e.actor_code for e in document.entities}
    return {codes[s] for s in event.source}, {codes[t] for t in event.target}


def test_demonyms_are_their_country_in_every_case_and_number(entities):
    found = entities(
        "Росіяни обстріляли Херсон. Росіянин потрапив у полон, а з росіянами говорили українці. "
        "Українцям допомагають поляки й британці; американцям і британцям передали дані. "
        "Військові затримали північнокорейця, а іранців помітили в Криму."
    )
    russians = by_name(found, "росіяни")
    assert (russians.type, russians.kind, russians.actor_code, russians.country) == ("PERS", "demonym", "RUS", "RUS")
    assert texts(russians) == ["Росіяни", "Росіянин", "росіянами"]
    assert texts(by_name(found, "українці")) == ["українці", "Українцям"]
    assert by_name(found, "поляки").actor_code == "POL"
    assert texts(by_name(found, "британці")) == ["британці", "британцям"]
    assert texts(by_name(found, "американці")) == ["американцям"]
    assert by_name(found, "північнокорейці").actor_code == "PRK"
    assert by_name(found, "іранці").actor_code == "IRN"


def test_a_country_is_not_a_demonym_and_occupiers_stay_the_russian_army(entities):
    found = entities("У Білорусі заявили про навчання. Білорусі надали кредит. Окупанти обстріляли Херсон.")
    assert texts(by_name(found, "Білорусь")) == ["Білорусі", "Білорусі"]
    assert not any(e.kind == "demonym" for e in found)
    assert by_name(found, "російські окупаційні війська").actor_code == "RUSMIL"


def test_demonyms_act_in_events(analysed):
    assert event_actors(analysed("Росіяни обстріляли Херсон."), "FIGHT") == ({"RUS"}, {None})
    source, target = event_actors(analysed("Американці передали Україні ракети."), "AID")
    assert (source, target) == ({"USA"}, {"UKR"})


def test_a_role_with_a_country_and_no_name_is_that_countrys_office(entities):
    found = entities(
        "Російського посла викликали до МЗС. Після зустрічі з російським послом міністр нічого не сказав. "
        "Ізраїль ліквідував трьох іранських генералів. Посол Угорщини отримав ноту, а прем'єр Словаччини "
        "відмовився коментувати. Послу Угорщини передали документи. Американські експерти оцінили втрати."
    )
    russian = by_name(found, "російський посол")
    assert (russian.type, russian.kind, russian.actor_code, russian.country) == ("PERS", "office", "RUSGOV", "RUS")
    assert texts(russian) == ["Російського посла", "російським послом"]
    assert by_name(found, "іранський генерал").actor_code == "IRNMIL"
    hungarian = by_name(found, "посол Угорщини")
    assert (hungarian.actor_code, texts(hungarian)) == ("HUNGOV", ["Посол", "Послу"])
    assert texts(by_name(found, "Угорщина")) == ["Угорщини", "Угорщини"]  # the country keeps its mentions
    assert by_name(found, "прем'єр Словаччини").actor_code == "SVKGOV"
    assert not any(e.kind == "office" and e.country == "USA" for e in found)  # experts hold no office


def test_a_named_holder_takes_the_role_and_no_office_is_made(entities):
    found = entities(
        "Посол Угорщини Янош Ковач отримав ноту. Роберт Фіцо, прем'єр Словаччини, розкритикував Київ. "
        "Російський посол у Польщі Сергій Андрєєв не прийшов. Міністр оборони Росії Андрій Бєлоусов мовчав."
    )
    assert not any(e.kind == "office" for e in found)
    assert by_name(found, "Янош Ковач").actor_code == "HUNGOV"
    assert by_name(found, "Сергій Андрєєв").actor_code == "RUSGOV"


def test_offices_act_in_events(analysed):
    assert event_actors(analysed("МЗС викликало російського посла."), "DISAPPROVE") == ({"UKRGOV"}, {"RUSGOV"})
    assert event_actors(analysed("Російського посла викликали до МЗС."), "DISAPPROVE") == ({"UKRGOV"}, {"RUSGOV"})
    assert event_actors(analysed("МЗС викликало посла Угорщини."), "DISAPPROVE") == ({"UKRGOV"}, {"HUNGOV"})
    source, target = event_actors(analysed("Прем'єр Словаччини розкритикував Київ."), "DISAPPROVE")
    assert (source, target) == ({"SVKGOV"}, {"UKRGOV"})
    assert event_actors(analysed("Україна засудила російських генералів."), "DISAPPROVE") == ({"UKR"}, {"RUSMIL"})


def test_a_known_surname_that_is_also_a_noun_opens_a_sentence_before_its_verb(entities):
    found = entities(
        "Маляр повідомила про втрати ворога. Подоляк заявив, що переговорів не буде. Зеленський закликав "
        "партнерів посилити ППО. Шольц пообіцяв нові гармати, а Орбан заблокував рішення."
    )
    for name in ("Ганна Маляр", "Михайло Подоляк", "Володимир Зеленський", "Олаф Шольц", "Віктор Орбан"):
        assert len(by_name(found, name).mentions) == 1, name
    # The noun keeps its own gender or number: no person here.
    assert entities("Сальдо становило мільйон. Кошти надійшли вчасно. Досі не відомо.") == []


def test_a_surname_alone_gives_events_a_source_and_target(analysed):
    assert event_actors(analysed("Орбан заблокував рішення ЄС."), "REJECT") == ({"HUNGOV"}, {"IGOEEC"})
    assert event_actors(analysed("Зеленський закликав партнерів посилити ППО."), "DEMAND")[0] == {"UKRGOV"}


def test_a_name_the_model_finds_around_an_office_wins(analysed):
    document = analysed("Голова Національної спілки журналістів України виступив на з'їзді.")
    assert [(e.name, e.type) for e in document.entities] == [("Національна спілка журналістів України", "ORG")]


def test_a_demonym_before_a_name_is_the_persons_nationality(entities):
    found = entities("Росіянин Іван Петров вбив двох цивільних. Суд засудив українку Марію Коваленко.")
    assert [(e.name, e.actor_code) for e in found] == [("Іван Петров", "RUS"), ("Марія Коваленко", "UKR")]


def test_a_first_name_that_is_also_a_capital_and_an_office_the_model_calls_a_place(analysed):
    document = analysed("Співачка Софія Ротару виступила в Києві. Прем'єр Болгарії прибув до Відня.")
    by_name = {e.name: e for e in document.entities}
    assert by_name["Софія Ротару"].type == "PERS"
    assert by_name["Відень"].actor_code == "AUTGOV"
    assert [e.actor_code for e in document.entities if e.kind == "office"] == ["BGRGOV"]


def test_a_plural_role_over_two_countries_pairs_them_with_the_names(entities):
    found = entities("Міністри оборони Литви та Латвії Ласвідас Шаткус і Андріс Спрудс підписали меморандум.")
    assert by_name(found, "Ласвідас Шаткус").country == "LTU"
    assert by_name(found, "Андріс Спрудс").country == "LVA"


def test_a_counterpart_with_a_country_adjective_has_that_country(entities):
    found = entities("Міністр закордонних справ Естонії провів переговори з фінським колегою Еліною Валтонен.")
    assert by_name(found, "Еліна Валтонен").country == "FIN"


def test_a_country_inside_a_quoted_name_is_no_place(entities):
    found = entities("Вид занесли до «Червоної книги України». Партія «Європейська Молдова» програла вибори.")
    assert not [e for e in found if e.country in ("UKR", "MDA") and e.type == "LOC"]
    found = entities("«Україна не визнає окупацію», - заявив міністр.")
    assert by_name(found, "Україна").country == "UKR"  # a quoted sentence still names the country


def test_brussels_speaks_for_the_eu_in_a_text_about_the_eu(entities):
    found = entities("Єврокомісія запропонувала новий пакет. Брюссель чекає відповіді Будапешта.")
    assert by_name(found, "Брюссель").actor_code == "IGOEEC"
    found = entities("Прем'єр Нідерландів зустрівся з королем у Брюсселі.")
    assert by_name(found, "Брюссель").actor_code == "BELGOV"


def test_a_first_name_in_another_case_than_the_surname_before_it_is_another_person(entities):
    found = entities("Співвласницею фірми є дружина Мельника Оксана Гайдук.")
    people = [e.name for e in found if e.type == "PERS"]
    assert "Оксана Гайдук" in people and not any("Мельник" in name and "Оксана" in name for name in people)


def test_a_title_is_no_part_of_a_name_and_a_regnal_number_is(entities):
    people = [m.text for e in entities("Цар Петро Олексійович наказав, а Катерина II скасувала.") for m in e.mentions]
    assert "Петро Олексійович" in people and "Катерина II" in people


def test_another_spelling_of_a_known_first_name_is_the_known_person(entities):
    found = entities("Прем'єр Угорщини Віктор Орбан зустрівся з президентом Александаром Вучичем.")
    vucic = next(e for e in found if "Вучич" in e.name)
    assert vucic.country == "SRB" and [m.text for m in vucic.mentions] == ["Александаром Вучичем"]


def test_two_foreign_words_after_a_role_are_a_name_even_read_as_common_nouns(entities):
    found = entities("Міністр оборони Пакистану Фейсал Аван звинуватив талібів. Звинувачення Авана в Кабулі відкинули.")
    minister = next(e for e in found if e.type == "PERS")
    assert minister.name == "Фейсал Аван" and minister.country == "PAK" and len(minister.mentions) == 2


def test_three_foreign_words_after_a_role_are_a_name_even_when_the_dictionary_knows_none(entities):
    found = entities(
        "Габон відкликав посла з Малабо. Того ж вечора президент Арістид Нзе Ндонг назвав висадку провокацією."
    )
    president = next(e for e in found if e.type == "PERS")
    assert president.name == "Арістид Нзе Ндонг" and president.role == "президент" and president.country == "GAB"


def test_capitals_of_small_states_speak_for_them(entities):
    found = entities("Саудівська Аравія висловила солідарність з Ель-Кувейтом. Хоніара продовжила угоду з Пекіном.")
    assert {e.name: e.country for e in found if e.kind == "capital"} == {"Ель-Кувейт": "KWT", "Хоніара": "SLB", "Пекін": "CHN"}
    # Papua New Guinea written without its hyphen, or abbreviated, is not Indonesia's Papua
    found = entities("МЗС Папуа Нової Гвінеї викликало посла Індонезії. До кордону перекинули роту Сил оборони ПНГ.")
    assert {e.country for e in found if e.type == "ORG"} == {"PNG"}


def test_a_first_name_before_an_arabic_article_stays_in_the_name(entities):
    found = entities("Заяву зробив міністр закордонних справ Салем аль-Хамад ас-Сабах. Новий посол Фарід ель-Масрі прибув.")
    assert {e.name for e in found if e.type == "PERS"} == {"Салем аль-Хамад ас-Сабах", "Фарід ель-Масрі"}


def test_a_minister_heads_the_ministry_of_his_portfolio_named_before(entities):
    found = entities(
        "МЗС Кувейту викликало посла Іраку Аднана аль-Джубурі та вручило йому ноту. «Ми вимагаємо звільнити "
        "громадян», — заявив міністр закордонних справ Салем ас-Сабах, звинувативши Багдад."
    )
    people = {e.name: e.country for e in found if e.type == "PERS"}
    assert people["Салем ас-Сабах"] == "KWT"
    # (a headline's ministry is no minister's home: "Пентагон" there is not the ministry the body's minister heads)
    found = entities(
        "Рада змінила міністра оборони: Пентагон уже подзвонив наступниці\n\n"
        "Верховна Рада у вівторок звільнила з посади міністра оборони Олега Дорошенка."
    )
    assert next(e for e in found if e.type == "PERS").country == "UKR"


def test_a_name_after_a_country_ending_in_a_place_word_is_a_person(entities):
    found = entities(
        "Прем'єр-міністр Соломонових Островів Деніел Сікуа підписав угоду з Китаєм. Прем'єр Австралії "
        "провів телефонну розмову із Сікуа."
    )
    premier = next(e for e in found if e.type == "PERS" and e.name == "Деніел Сікуа")
    assert premier.country == "SLB" and len(premier.mentions) == 2


def test_a_ministry_of_a_ruling_movement_is_of_its_country(entities):
    found = entities("Глава МЗС Узбекистану провів телефонну розмову з очільником МЗС талібів.")
    ministries = {e.name: e.country for e in found if e.kind == "ministry"}
    assert ministries == {"Міністерство закордонних справ Узбекистану": "UZB", "Міністерство закордонних справ талібів": "AFG"}


def test_a_government_s_own_name_with_no_country_is_the_story_s(analysed):
    found = analysed(
        "У Тріполі тривають бої між формуваннями, які підпорядковуються Уряду національної єдності. "
        "Туреччина евакуювала громадян з Лівії."
    ).entities
    government = next(e for e in found if e.name.startswith("Уряд національної єдності"))
    assert government.country == "LBY" and government.actor_code == "LBYGOV"
    # placed by its own adjective, it takes the kind's sector; a defender of the people is no army
    found = analysed("Каїр став на бік командувача Лівійської національної армії Саддама Хафтара.").entities
    assert next(e for e in found if e.name == "Лівійська національна армія").actor_code == "LBYMIL"


def test_an_office_of_the_organisation_is_the_body_just_named(entities):
    found = entities(
        "Стриманості вимагають і союзники обох країн по ОДКБ. Генеральний секретар організації Бахтіяр Турсунов "
        "закликав сторони припинити вогонь."
    )
    secretary = next(e for e in found if e.type == "PERS")
    assert secretary.actor_code == "IGOCSTO" and secretary.country is None


def test_a_known_surname_after_an_unknown_first_name_is_someone_else(entities):
    found = entities("Міністр закордонних справ Єгипту Самех Аббас звинуватив хуситів у нападах.")
    minister = next(e for e in found if e.type == "PERS")
    assert minister.name == "Самех Аббас" and minister.country == "EGY"


def test_kyshyneu_is_chisinau(entities):
    capital = next(e for e in entities("У Кишинеу заявили про висилку дипломатів.") if e.mentions[0].text == "Кишинеу")
    assert capital.country == "MDA" and capital.actor_code == "MDAGOV"


def test_a_ministry_named_alone_after_a_foreign_one_is_that_one(entities):
    found = entities("Міністерство закордонних справ Естонії викликало посла. Згодом у МЗС пояснили причини.")
    ministry = next(e for e in found if any(m.text == "МЗС" for m in e.mentions))
    assert ministry.country == "EST"
    alone = next(e for e in entities("МЗС заявило протест.") if any(m.text == "МЗС" for m in e.mentions))
    assert alone.country == "UKR"  # with no other ministry named, Ukrainian news means its own


def test_an_office_written_with_a_capital_is_no_name(analysed):
    document = analysed("Про це повідомив Уповноважений Верховної Ради з прав людини Дмитро Лубінець.")
    assert not any(e.name == "Уповноважений" for e in document.entities)


def test_an_office_named_with_a_list_of_fields_gives_its_country(analysed):
    document = analysed("Про це заявив міністр економіки, довкілля та сільського господарства Литви Юргіс Каспарас.")
    minister = next(e for e in document.entities if e.name == "Юргіс Каспарас")
    assert minister.country == "LTU"


def test_a_group_of_countries_names_every_member(entities) -> None:
    found = entities("Країни Бенілюксу підтримали рішення.")
    assert {e.country for e in found if "Країни Бенілюксу" in texts(e)} == {"BEL", "NLD", "LUX"}


def test_a_body_and_the_country_it_acts_against_stay_two_actors() -> None:
    document = analyze_text("Відновлення санкцій Ради безпеки ООН проти Ірану обговорили в Женеві.", published="2026-02-26")
    assert {"IGOUNOSCR", "IRN"} <= {e.actor_code for e in document.entities}


def test_a_bare_body_after_one_with_its_country_is_that_body(entities) -> None:
    found = entities("Армія Судану утримує місто. Командування армії заявило про успіх. Сторони мовчать.")
    army = by_name(found, "армія Судану")
    assert texts(army) == ["Армія Судану", "армії"]


def test_kosovo_is_a_country_and_no_surname(entities) -> None:
    found = entities("Єврокомісарка Марта Кос висловила занепокоєння ситуацією в Косові. Приштина мовчить.")
    assert by_name(found, "Косово").country == "XKX" and texts(by_name(found, "Марта Кос")) == ["Марта Кос"]
    assert by_name(found, "Приштина").actor_code == "XKXGOV"


def test_an_occupation_body_is_russian_and_a_capital_adjective_names_the_state(entities) -> None:
    found = entities("Окупаційна адміністрація Херсонської області звинуватила київський режим.")
    assert by_name(found, "окупаційна адміністрація").country == "RUS"
    assert by_name(found, "київський режим").country == "UKR"


def test_country_that_is_a_common_word_opens_a_sentence_before_its_verb(entities):
    found = entities("Нігер відкликав посла з Абуджі. Малі діти гралися біля школи. Того ж дня уряд мовчав.")
    assert [e.country for e in found if e.kind == "country"] == ["NER"]
    found = entities("Малі закрило свій повітряний простір для літаків Алжиру.")
    assert {e.country for e in found} == {"MLI", "DZA"}


def test_congo_and_armed_groups_of_africa_have_their_country(entities):
    found = entities("Бойовики M23 захопили Гому, уряд ДРК звинуватив у цьому конголезьких опозиціонерів.")
    assert by_name(found, "M23").country == "COD"
    assert {e.country for e in found if e.name != "M23"} == {"COD"}  # уряд ДРК, конголезькі опозиціонери
    assert [e.country for e in entities("Президент Конго прибув до Луанди.") if e.kind == "country"] == ["COD"]
    found = entities("Бойовики Аш-Шабаб атакували базу, а Боко Харам узяло відповідальність за вибух.")
    assert {e.country for e in found} >= {"SOM", "NGA"}


def test_bare_ministry_is_the_country_referred_back_or_the_last_named_in_a_foreign_story(entities):
    found = entities("Гана виступила з протестом. У понеділок МЗС країни викликало посла Того.")
    assert by_name(found, "Міністерство закордонних справ Гани").country == "GHA"
    found = entities("Єгипет закрив кордон. Увечері МЗС повідомило про переговори.")
    assert by_name(found, "Міністерство закордонних справ Єгипту").country == "EGY"
    found = entities("Єгипет закрив кордон для українських вантажів. Увечері МЗС повідомило про ноту протесту.")
    assert by_name(found, "Міністерство закордонних справ України").country == "UKR"


def test_a_place_after_a_preposition_opens_no_longer_name(recognizer):
    document = analyze_text(
        "Напередодні засідання в Накурі МЗС Лівану подало скаргу на порушення Ізраїлем резолюції 1701.",
        published="2027-11-03",
    )
    names = {e.name: e.country for e in document.entities}
    assert names.get("Накура") == "LBN" and names.get("Міністерство закордонних справ Лівану") == "LBN"
    assert names.get("Ізраїль") == "ISR"


def test_a_country_adjective_before_a_bare_national_body_gives_its_country(entities):
    found = entities("Як пише El Tiempo, венесуельська Національна гвардія затримала трьох бойовиків.")
    assert by_name(found, "Національна гвардія Венесуели").country == "VEN"


def test_a_country_adjective_names_a_body_past_plain_adjectives(entities):
    found = entities("Американські оборонні компанії отримали контракти, а індійські нафтопереробні компанії ні.")
    assert {"USABUS", "INDBUS"} <= {e.actor_code for e in found}


def test_an_office_of_an_international_body_in_a_country_is_the_bodys(entities):
    found = entities("Гуманітарна координаторка ООН в Україні Ана Ріта Мендонса побувала на місці удару.")
    assert any(e.type == "PERS" and e.actor_code == "IGOUNO" for e in found)
    found = entities("Постійний представник України при ООН Сергій Кислиця виступив на засіданні.")
    assert any(e.type == "PERS" and e.actor_code == "UKRGOV" for e in found)


def test_a_capitalised_adjective_mid_sentence_is_part_of_a_name(entities):
    found = entities("Компанія оскаржила рішення Київської регіональної митниці.")
    assert not [e for e in found if e.name[:1].islower()]  # no generic "київська митниця"


def test_world_places_is_what_its_script_generates():
    """world_places.tsv is generated (scripts/build_world_places.py): edited by hand it would drift."""
    import importlib.util

    from .conftest import SHARED, need

    need(SHARED / "corpora" / "bruk-raw")  # the script tells common words from names by the corpus
    path = Path(__file__).resolve().parents[1] / "scripts" / "build_world_places.py"
    spec = importlib.util.spec_from_file_location("build_world_places", path)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.generate() == script.OUT.read_text(encoding="utf-8")


def test_name_particles_and_arabic_articles_are_part_of_the_name(entities):
    found = entities("Лідер ХАМАС Халіль аль-Хайя заявив про згоду на обмін, а прем'єр Бельгії Барт де Вевер промовчав.")
    names = {e.name for e in found if e.type == "PERS"}
    assert {"Халіль аль-Хайя", "Барт де Вевер"} <= names


def test_the_ministry_of_the_republic_is_the_country_referred_back(entities):
    found = entities(
        "Удар по Україні триває. Інцидент зачепив Казахстан, який експортує нафту морем. МЗС республіки викликало "
        "посла України."
    )
    assert any(e.kind == "ministry" and e.country == "KAZ" for e in found)


def test_a_bare_ministry_right_after_a_foreign_state_body_is_that_countrys(entities):
    found = entities(
        "У вівторок Державний департамент США звинуватив китайські компанії в постачанні дронів Росії. "
        "Того ж дня Міністерство фінансів внесло до санкційного списку 14 фірм. Сибіга подякував партнерам."
    )
    assert any(e.kind == "ministry" and e.country == "USA" and e.name.startswith("Міністерство фінансів") for e in found)
    found = entities(
        "У середу МЗС Угорщини вислало українського дипломата. Офіс генерального прокурора водночас розслідує "
        "справу посадовців Закарпаття, а Зеленський провів нараду."
    )
    assert by_name(found, "Офіс генерального прокурора").country == "UKR"  # not a ministry: Ukraine's own


def test_a_surname_two_people_share_links_to_the_one_introduced_first(entities):
    # "Коваленка" is Ігор Коваленко's genitive and Оксана Коваленка's nominative; the story's main character,
    # named first, takes it, whatever order the keys come in (the choice once changed from run to run)
    found = entities(
        "Суддя Ігор Коваленко подав позов. Його мати Оксана Коваленка придбала квартиру. Суд вніс Коваленка до "
        "переліку."
    )
    assert "Коваленка" in texts(by_name(found, "Ігор Коваленко"))


def test_two_countries_side_by_side_are_never_one_name():
    # the NER model reads "Росією Молдова" as one place; the gazetteer's two countries stand
    document = analyze_text("Прем'єр наголосив, що розривати дипломатичні відносини з Росією Молдова не збирається.")
    assert {e.name for e in document.entities} >= {"Росія", "Молдова"}
    assert not any(e.name == "Росія Молдова" for e in document.entities)


def test_officials_of_the_news_are_known_by_name(entities):
    found = entities(
        "Віцепрем'єр Тарас Качка закликав Варшаву навести лад, а прем'єр-міністр Александру Мунтяну подякував ЄС. "
        "Посолка Катаріна Матернова привітала рішення, а міністерка енергетики Світлана Гринчук відповіла."
    )
    assert by_name(found, "Тарас Качка").country == "UKR"
    assert by_name(found, "Александру Мунтяну").country == "MDA"
    assert by_name(found, "Катаріна Матернова").actor_code == "IGOEEC"
    assert by_name(found, "Світлана Гринчук").country == "UKR"
    assert by_name(entities("Посол Олександр Дарчієв пригрозив."), "Олександр Дарчієв").country == "RUS"
    found = entities("Голова правління Нафтогазу Сергій Корецький підписав угоду з SOCAR і DEPA.")
    assert [by_name(found, name).actor_code for name in ("Сергій Корецький", "SOCAR", "DEPA")] == ["UKRBUS", "AZEBUS", "GRCBUS"]


def test_parties_of_the_neighbours_are_their_countrys(entities):
    found = entities("Лідери «Грузинської мрії» звинуватили опозицію, а депутати від Фідес і Смер їх підтримали.")
    assert [by_name(found, name).actor_code for name in ("Грузинська мрія", "Фідес", "Смер")] == ["GEOPTY", "HUNPTY", "SVKPTY"]


def test_two_actors_of_different_countries_with_a_word_between_are_two_names():
    # the NER model reads the whole run as one ministry
    document = analyze_text("У Міністерстві економіки України рішення угорського уряду назвали порушенням угоди.")
    assert {e.name: e.country for e in document.entities} == {"Міністерство економіки України": "UKR", "угорський уряд": "HUN"}


def test_a_name_inside_a_days_name_is_no_actor():
    document = analyze_text(
        "У середу, в День Європи, до Києва прибули президент Європейської ради Антоніу Кошта та президентка "
        "Єврокомісії Урсула фон дер Ляєн."
    )
    assert "Європа" not in {e.name for e in document.entities} and "День Європи" not in {e.name for e in document.entities}
    visit = next(e for e in document.events if e.type == "CONSULT")
    assert {document.entity(x).actor_code for x in visit.source} == {"IGOEEC"}


def test_a_model_name_does_not_run_on_into_the_object_after_it():
    document = analyze_text(
        "Невдоволення висловили й у Тирасполі, де пройшов мітинг. У Бюро реінтеграції Молдови акцію назвали "
        "«постановкою», на яку людей звозили автобусами."
    )
    assert "Бюро реінтеграції Молдови" in {e.name for e in document.entities}


def test_a_ministry_that_names_ukraine_stays_ukraines_after_a_foreign_body():
    found = analyze_text(
        "Державний департамент США у вівторок оголосив санкції проти чотирьох іранських компаній. Як ідеться в заяві "
        "відомства, Росія використовує ці дрони. Речник Держдепу не виключив нових обмежень.\n\nТого ж дня "
        "Міністерство закордонних справ України викликало тимчасового повіреного у справах Ірану та вручило йому ноту "
        "протесту. Як повідомив речник МЗС Георгій Тихий, дипломатові передали докази."
    ).entities
    assert by_name(found, "Міністерство закордонних справ України").country == "UKR"


def test_a_surname_alone_is_the_person_the_text_named_not_a_namesake_the_gazetteer_knows(entities) -> None:
    found = entities(
        "Детективи НАБУ повідомили про підозру начальникові управління Андрію Литвиненку. Литвиненка затримали "
        "в ресторані."
    )
    person = by_name(found, "Андрій Литвиненко")
    assert "Литвиненка" in texts(person)
    assert not any(entity.name == "Олександр Литвиненко" for entity in found)


def test_a_surname_alone_is_the_person_not_a_name_the_dictionary_reads_into_it(entities) -> None:
    found = entities("Прем'єр Італії Маріо Белло в неділю прибув до Лагоса. Того ж дня Белло провів переговори.")
    person = by_name(found, "Маріо Белло")
    assert "Белло" in texts(person)
    assert len([entity for entity in found if entity.type == "PERS"]) == 1


def test_a_foreign_surname_in_i_declined_as_an_adjective_is_the_same_person(analysed) -> None:
    found = analysed(
        "Глава МЗС Словаччини Томаш Ружички назвав рішення помилкою. Український міністр обговорив із Ружичким газ."
    ).entities
    person = by_name(found, "Томаш Ружички")
    assert "Ружичким" in texts(person)


def test_the_president_of_the_republic_is_of_the_country_named_not_of_one_told_in_passing(entities) -> None:
    found = entities(
        "Вірменія в четвер відмовилася вступати до митного союзу, який просуває Росія. «Ми не поступимося "
        "суверенітетом», — заявив тоді президент республіки Гагік Мартиросян."
    )
    assert by_name(found, "Гагік Мартиросян").country == "ARM"


def test_an_office_of_the_country_is_of_the_one_its_own_sentence_names(entities) -> None:
    found = entities(
        "Уганда перекидає війська.\n\nСиловики Південного Судану заарештували першого віцепрезидента країни "
        "Джеймса Гатлуака."
    )
    assert by_name(found, "Джеймс Гатлуак").country == "SSD"


def test_a_village_no_gazetteer_knows_lies_in_the_country_of_the_region_named_after_it(analysed) -> None:
    found = analysed("Бойовики «Аш-Шабаб» напали на село Мусуна на півдні Сомалі.").entities
    assert by_name(found, "Мусуна").country == "SOM"


def test_a_name_after_a_forest_or_a_village_is_a_place_not_a_fighter(entities) -> None:
    found = entities("Авіація завдала ударів по таборах бойовиків у лісі Алагарно.")
    assert not any(entity.type == "PERS" for entity in found)


def test_a_commander_of_the_group_is_of_the_armed_group_just_named(entities) -> None:
    found = entities("Бойовики «Аш-Шабаб» атакували базу. Командир угруповання Хасан Фарах заявив про помсту.")
    commander = by_name(found, "Хасан Фарах")
    assert (commander.country, commander.actor_code) == ("SOM", "SOMREB")


def test_an_office_placed_in_no_country_is_the_country_the_story_is_about(entities) -> None:
    found = entities(
        "Верховна Рада України, Кабінет міністрів України та Офіс генпрокурора України обговорили реформу. "
        "Заступник міністра юстиції Ігор Бондаренко подав у відставку."
    )
    assert by_name(found, "Ігор Бондаренко").country == "UKR"
    foreign = entities("Уряди Польщі, Угорщини та Чехії обговорили реформу. Заступник міністра юстиції Ігор Бондаренко подав у відставку.")
    assert by_name(foreign, "Ігор Бондаренко").country is None


def test_a_name_goes_on_across_two_particles(entities) -> None:
    found = entities("Міністр оборони Нідерландів Рубен ван дер Мейден прибув до Києва.")
    person = by_name(found, "Рубен ван дер Мейден")
    assert person.country == "NLD"


def test_the_coordination_headquarters_and_the_ecb_are_known_bodies(entities) -> None:
    found = entities(
        "У Координаційному штабі заяви назвали маніпуляцією. Європейський центральний банк відхилив вимогу, а "
        "Державна прикордонна служба посилила охорону."
    )
    assert by_name(found, "Координаційний штаб з питань поводження з військовополоненими").country == "UKR"
    assert by_name(found, "Європейський центральний банк").actor_code == "IGOEEC"
    assert by_name(found, "Державна прикордонна служба України").country == "UKR"


def test_an_office_named_just_after_another_country_is_not_the_storys(entities) -> None:
    found = entities(
        "Іран, Тегеран та іранський парламент схвалили угоду. Президент Ірану її підписав. Ізраїль заявив про "
        "обман. Міністр закордонних справ Еліягу Барак звинуватив іранців."
    )
    assert by_name(found, "Еліягу Барак").country == "ISR"  # the state that spoke just before


def test_a_known_surname_before_another_name_is_a_first_name(entities) -> None:
    found = entities("Лідер опозиції Міхал Шимечка зажадав відставки уряду.")
    assert not any(entity.name == "Крістен Міхал" for entity in found)
    assert any(entity.name == "Міхал Шимечка" for entity in found)


def test_the_belarusian_border_committee_and_eu_commissioners_are_known(entities) -> None:
    found = entities("Державний прикордонний комітет посилив охорону. Єврокомісар Дан Йоргенсен оголосив про допомогу.")
    assert by_name(found, "Державний прикордонний комітет Білорусі").country == "BLR"
    assert by_name(found, "Дан Йоргенсен").actor_code == "IGOEEC"


def test_belarus_security_council_is_not_the_un_one(entities) -> None:
    found = entities("Державний секретар Ради безпеки Білорусі Олександр Вольфович звинуватив Варшаву в провокаціях.")
    assert by_name(found, "Рада безпеки Білорусі").country == "BLR"
    assert by_name(found, "Олександр Вольфович").country == "BLR"


def test_a_model_span_running_into_a_quoted_verb_stops_before_the_place_that_acts():
    # the model reads "Ради керуючих МАГАТЕ Тегеран «негайно перегляне»" as one body
    document = analyze_text(
        "Арагчі попередив, що в разі нової резолюції Ради керуючих МАГАТЕ Тегеран «негайно перегляне» співпрацю з агентством.",
        published="2031-01-14",
    )
    names = {e.name: e.country for e in document.entities}
    assert names.get("Тегеран") == "IRN"
    assert not any("перегляне" in m.text for e in document.entities for m in e.mentions)


def test_a_local_body_takes_the_country_of_its_towns_adjective_or_of_the_last_town_named():
    document = analyze_text(
        "У Тбілісі тривають протести. Вашингтон пішов далі: Мінфін США запровадив санкції проти суддів Тбіліського міського суду.",
        published="2028-02-16",
    )
    assert {e.name: e.country for e in document.entities}.get("Тбіліський міський суд") == "GEO"
    document = analyze_text(
        "У Баку поліція затримала сімох громадян Росії. У понеділок Насімінський районний суд обрав їм запобіжний захід.",
        published="2032-01-21",
    )
    assert {e.name: e.country for e in document.entities}.get("Насімінський районний суд") == "AZE"


def test_the_crimean_tatar_mejlis_is_ukraines(entities):
    found = entities("Ердоган зустрівся з головою Меджлісу кримськотатарського народу Рефатом Чубаровим.")
    assert by_name(found, "Рефат Чубаров").country == "UKR"


def test_an_office_over_a_rank_gives_the_person_its_body_and_a_role_can_name_its_body():
    document = analyze_text("Командувач Повітряних сил ЗСУ генерал-лейтенант Олег Гнатюк подякував Гаазі.", published="2032-02-04")
    assert {e.name: e.country for e in document.entities}.get("Олег Гнатюк") == "UKR"
    document = analyze_text("До Києва приїхала єврокомісарка з питань оборони та космосу Гелена Ліндстрем.", published="2032-02-04")
    assert {e.name: e.actor_code for e in document.entities}.get("Гелена Ліндстрем") == "IGOEEC"


def test_a_country_adjective_inside_a_role_phrase_gives_the_person_that_country():
    document = analyze_text("Лідерка білоруських демократичних сил Олена Ковальова подякувала США.", published="2032-02-04")
    assert {e.name: e.country for e in document.entities}.get("Олена Ковальова") == "BLR"


def test_the_commission_alone_is_the_european_one_and_the_african_unions_has_its_own_name(entities):
    found = entities("Речник Єврокомісії заявив, що Комісія виділить Польщі 4 мільйони євро.")
    assert texts(by_name(found, "Європейська комісія")) == ["Єврокомісії", "Комісія"]
    found = entities("Голова Комісії Африканського союзу закликав сторони до діалогу.")
    assert by_name(found, "Комісія Африканського союзу").actor_code == "IGOAFU"
    assert not [e for e in found if e.name == "Європейська комісія"]


def test_an_office_with_no_country_takes_the_one_country_named_around_it_in_a_story_of_several():
    document = analyze_text(
        "Росія відкинула рішення суду. Москва назвала його нікчемним. Кремль пригрозив відповіддю. "
        "Прокурорка Міжнародного кримінального суду в понеділок прибула до Києва. "
        "Того ж дня вона зустрілася з генеральним прокурором Русланом Кравчуком.",
        published="2032-07-28",
    )
    assert {e.name: e.country for e in document.entities}.get("Руслан Кравчук") == "UKR"


def test_churches_commissions_companies_and_places_of_recent_stories_are_placed(entities):
    found = entities(
        "СБУ провела обшуки в монастирі УПЦ. Російська православна церква засудила обшуки, а USCIRF висловила стурбованість. "
        "Президент Французької Республіки зателефонував Пашиняну. Сербіягаз підписав контракт. Поліція затримала двох у Зубиному Потоці."
    )
    assert by_name(found, "Українська православна церква").country == "UKR"
    assert by_name(found, "Російська православна церква").country == "RUS"
    assert by_name(found, "Комісія США з міжнародної релігійної свободи").country == "USA"
    assert by_name(found, "Сербіягаз").country == "SRB"
    assert by_name(found, "Зубин Потік").country == "XKX"
    assert {e.country for e in found if e.name in ("Франція", "президент Франції", "Французька Республіка")} == {"FRA"}


def test_her_office_is_of_the_body_just_named():
    document = analyze_text(
        "Рішення уряду привітав і Конгрес українців Канади. Його очільниця Олена Гнатів назвала санкції «давно очікуваним кроком».",
        published="2032-06-02",
    )
    assert {e.name: e.country for e in document.entities}.get("Олена Гнатів") == "CAN"
    assert "USA" not in {e.country for e in document.entities}  # no "Конгрес" of the United States


def test_a_surname_the_dictionary_does_not_know_is_still_part_of_the_name() -> None:
    document = analyze_text("Посланець США Томас Рейлі другу добу курсує між Бейрутом і Єрусалимом.")
    person = next(e for e in document.entities if e.type == "PERS")
    assert person.name == "Томас Рейлі" and person.country == "USA"


def test_a_role_reaches_its_body_across_two_places_joined_by_a_dash() -> None:
    document = analyze_text("Спеціальний представник ЄС з питань діалогу Белград — Приштина Марк Фогель закликав до спокою.")
    person = next(e for e in document.entities if e.type == "PERS")
    assert person.actor_code == "IGOEEC"


def test_an_office_beside_the_seat_of_an_organisation_is_the_storys_country() -> None:
    document = analyze_text(
        "У Братиславі тисячі людей протестували, Брюссель стурбований\n\n"
        "Тисячі людей у вівторок зібралися в Братиславі на протест проти політики прем'єр-міністра Мартіна Гудака."
    )
    person = next(e for e in document.entities if e.type == "PERS")
    assert person.country == "SVK"


def test_a_short_name_that_is_also_a_plural_pronoun_opens_a_sentence_as_the_person() -> None:
    document = analyze_text("Голова КНР Сі Цзіньпін у вівторок прибув до Москви. Сі провів переговори з Путіним.")
    xi = next(e for e in document.entities if e.name == "Сі Цзіньпін")
    assert len(xi.mentions) == 2


def test_people_often_quoted_in_european_and_middle_eastern_news_have_their_country(entities) -> None:
    found = entities(
        "Співголова АдН Аліса Вайдель розкритикувала уряд. Прем'єрка Інга Ругінене відповіла їй. "
        "Саар зустрівся з Вайдель у Берліні."
    )
    assert by_name(found, "Аліса Вайдель").country == "DEU"
    assert by_name(found, "Інга Ругінене").country == "LTU"
    assert by_name(found, "Гідеон Саар").country == "ISR"


def test_a_known_person_written_with_initials_keeps_them_and_a_place_adjective_is_no_surname(entities) -> None:
    text = "Записку знайшли після втечі В. Ф. Януковича. Депутат Уманської міськради підтримав протест."
    found = entities(text)
    person = by_name(found, "Віктор Янукович")
    assert person.country == "UKR"
    assert any(text[m.start : m.end] == "В. Ф. Януковича" for m in person.mentions)
    assert not any(entity.type == "PERS" and "Уман" in entity.name for entity in found)


def test_a_model_span_does_not_end_in_an_adverb() -> None:
    # in this article's context the NER model reads "Відомство також звинуватило" as an organisation "Відомство також"
    text = (Path(__file__).parent / "data" / "events_article_zzzzzzzzzzzzzzzzzzs.txt").read_text(encoding="utf-8")
    found = analyze_text(text, published="2034-07-12").entities
    assert not any(entity.name.endswith("також") for entity in found)


def test_an_official_representative_is_a_role_that_takes_the_country_of_its_ministry() -> None:
    # "офіційний представник" was read as a kind of state official, and the name after it took no country
    document = analyze_text("Офіційний представник МЗС Китаю Лю Веймін звинуватив Токіо у провокації.")
    person = next(e for e in document.entities if e.type == "PERS")
    assert person.actor_code == "CHNGOV"


def test_an_office_named_with_no_country_belongs_to_the_state_that_spoke_last() -> None:
    # two countries around the prime minister: the one whose ministry spoke, not the one it summoned
    document = analyze_text(
        "У вівторок МЗС Естонії викликало російського посла й вручило йому ноту. "
        "Прем'єр-міністр Рауль Мяндмаа того ж дня назвав заяву Москви шантажем."
    )
    person = next(e for e in document.entities if e.name == "Рауль Мяндмаа")
    assert person.actor_code == "ESTGOV"


def test_an_ambassador_summoned_by_name_in_the_genitive_is_not_the_state_that_spoke() -> None:
    # "Ніколя" may read as a nominative, but "Бертрана" is a genitive: the prime minister is Mauritania's
    document = analyze_text(
        "Нуакшот відповів різко. У понеділок МЗС Мавританії викликало посла Франції Ніколя Бертрана. "
        "Прем'єр-міністр Ахмед ульд Сіді назвав заяву Парижа образливою."
    )
    person = next(e for e in document.entities if e.type == "PERS" and e.name.startswith("Ахмед"))
    assert person.actor_code == "MRTGOV"


def test_a_capital_that_opens_a_sentence_with_u_speaks_for_its_government() -> None:
    # "У Ханої протест не прийняли": the spokesman after it is Vietnam's, not that of China, which protested
    document = analyze_text(
        "МЗС Китаю вручило ноту протесту. У Ханої протест не прийняли. "
        "«Острови належать нам», — заявив у середу речник МЗС Нгуєн Тхань Лонг."
    )
    person = next(e for e in document.entities if e.name == "Нгуєн Тхань Лонг")
    assert person.actor_code == "VNMGOV"


def test_a_court_of_an_occupied_city_s_quoted_republic_is_the_occupier_s() -> None:
    found = analyze_text("Так званий Верховний суд «ЛНР» засудив громадянина Бразилії до 14 років.").entities
    court = next(e for e in found if e.kind == "court")
    assert court.actor_code == "RUSJUD"
    assert court.mentions[0].text == "Верховний суд «ЛНР»"


def test_podgorica_in_its_ukrainian_spelling_is_montenegro_s_capital() -> None:
    found = analyze_text("Підгориця звинуватила посла в утручанні. Протест біля парламенту в Підгориці тривав.").entities
    capital = next(e for e in found if e.kind == "capital")
    assert capital.actor_code == "MNEGOV" and len(capital.mentions) == 2


def test_a_bare_ministry_belongs_to_the_government_that_acted_not_the_neighbour_it_named() -> None:
    document = analyze_text(
        "Уряд Литви ухвалив рішення закрити два пункти пропуску на кордоні з Білоруссю. "
        "Про це повідомило Міністерство внутрішніх справ."
    )
    ministry = next(e for e in document.entities if e.kind == "ministry")
    assert ministry.country == "LTU"


def test_an_office_is_not_of_a_country_whose_holder_of_it_is_already_named() -> None:
    document = analyze_text(
        "Засідання провели міністр оборони Франції Жан-Поль Бертран та британська міністерка оборони Емма Гоббс, "
        "а українську делегацію очолив міністр оборони Остап Гнатюк."
    )
    people = {e.name: e for e in document.entities if e.type == "PERS"}
    assert people["Остап Гнатюк"].country == "UKR"
    assert people["Емма Гоббс"].role == "британська міністерка оборони"


def test_the_country_of_an_ambassador_summoned_is_not_the_voice_of_the_next_office() -> None:
    document = analyze_text(
        "У вівторок МЗС Індонезії викликало посла КНР і вручило йому ноту. "
        "Того ж дня міністерка закордонних справ Дян Сантосо назвала дії китайських суден незаконними."
    )
    person = next(e for e in document.entities if e.name == "Дян Сантосо")
    assert person.country == "IDN"


def test_a_role_reaches_its_name_across_a_long_portfolio() -> None:
    document = analyze_text(
        "Речниця Верховного представника ЄС із питань зовнішньої політики та безпеки Ана Пісонеро заявила про підтримку."
    )
    person = next(e for e in document.entities if e.type == "PERS")
    assert person.actor_code == "IGOEEC"


def test_a_bare_ministry_in_a_named_capital_is_that_capitals_countrys() -> None:
    document = analyze_text("Того ж дня до МЗС у Варшаві викликали посла Білорусі й вручили йому ноту протесту.")
    ministry = next(e for e in document.entities if e.kind == "ministry")
    assert ministry.country == "POL"


def test_the_headline_and_a_capital_in_the_genitive_are_no_voice_of_an_office() -> None:
    document = analyze_text(
        "Болгарія передасть Україні комплекси С-300, Москва погрожує Софії\n\n"
        "Парламент у вівторок подолав вето президента. Прем'єр-міністр Атанас Дончев пообіцяв швидку передачу."
    )
    person = next(e for e in document.entities if e.name == "Атанас Дончев")
    assert person.country != "RUS"
    document = analyze_text(
        "МЗС Сербії викликало посла Хорватії через заяви Загреба. "
        "Міністр закордонних справ Велько Станкович назвав їх втручанням."
    )
    person = next(e for e in document.entities if e.name == "Велько Станкович")
    assert person.country == "SRB"


def test_a_surname_in_ov_or_ev_in_the_instrumental_is_the_person_named_before() -> None:
    document = analyze_text(
        "Прем'єр-міністр Болгарії Атанас Дончев прибув до Києва. А в середу Зеленський провів розмову з Дончевим."
    )
    person = next(e for e in document.entities if e.name == "Атанас Дончев")
    assert "Дончевим" in [m.text for m in person.mentions]


def test_the_state_that_spoke_four_sentences_back_still_holds_the_office() -> None:
    document = analyze_text(
        "Уряд Литви в понеділок ухвалив рішення закрити пункти пропуску на кордоні з Білоруссю. "
        "Рух зупинили опівночі. Понад тисяча мігрантів намагалися прорвати загорожу. Семеро прикордонників дістали травми. "
        "Прем'єр-міністр Рімантас Вайткявічюс оголосив, що на кордон перекинуть військових."
    )
    person = next(e for e in document.entities if e.name == "Рімантас Вайткявічюс")
    assert person.country == "LTU"


def test_an_office_only_one_state_has_is_that_states_with_a_name_or_without() -> None:
    document = analyze_text(
        "Заступник міністра закордонних справ Японії викликав посла КНР. "
        "У вівторок генеральний секретар кабінету міністрів Хіросі Мацумура назвав дії Пекіна неприйнятними."
    )
    assert next(e for e in document.entities if e.name == "Хіросі Мацумура").country == "JPN"
    document = analyze_text("Генеральний секретар кабінету міністрів заявив, що Токіо передав Пхеньяну протест.")
    office = next(e for e in document.entities if e.kind == "office")
    assert office.actor_code == "JPNGOV"


def test_short_and_bracket_free_country_names_and_the_asean_code() -> None:
    document = analyze_text(
        "Голова Президії БіГ звинуватила Белград. Боснія попросила допомоги, а АСЕАН не запросила представників М'янми."
    )
    codes = {e.actor_code for e in document.entities}
    assert {"BIH", "MMR", "IGOSEAASN"} <= codes
    assert next(e for e in document.entities if e.actor_code == "MMR").name == "М'янма"


def test_armed_groups_forces_and_seats_of_the_news_have_their_codes() -> None:
    document = analyze_text(
        "Бойовики Фронту Полісаріо обстріляли марокканський пост. Командування EUFOR перекидає до Боснії резерв. "
        "На Смоленській площі пообіцяли відповідь. М'янманська хунта заперечила удари."
    )
    codes = {e.actor_code for e in document.entities}
    assert {"ESHREB", "IGOEEC", "RUSGOV", "MMRMIL"} <= codes


def test_a_country_in_a_list_governed_by_a_noun_holds_no_office() -> None:
    document = analyze_text(
        "Уряд Норвегії закрив кордон. До пунктів пропуску прибули громадяни Ємену, Сомалі та Сирії. "
        "Прем'єр-міністр Ула Мортенсен на пресконференції в Осло звинуватив Москву в організації потоку."
    )
    assert next(e for e in document.entities if e.name == "Ула Мортенсен").country == "NOR"
    document = analyze_text("Посилює охорону кордону й Латвія. Як повідомив міністр оборони Андріс Спрудс, туди вирушили війська.")
    assert next(e for e in document.entities if e.name == "Андріс Спрудс").country == "LVA"


def test_an_envoy_takes_the_country_of_the_title() -> None:
    document = analyze_text("Спецпосланник Франції з питань Лівану Жан-Ів Ле Гарр прибув до Бейрута.")
    assert next(e for e in document.entities if e.type == "PERS").country == "FRA"
    document = analyze_text("Посланниця Британії Емма Вілсон провела переговори в Лусаці.")
    assert next(e for e in document.entities if e.type == "PERS").country == "GBR"


def test_the_country_a_bare_ministry_refers_to_is_not_one_naming_peoples_origin() -> None:
    document = analyze_text(
        "Грузинська поліція затримала в Тбілісі п'ятьох громадян Вірменії. Як повідомило МВС країни, їх підозрюють у контрабанді."
    )
    ministry = next(e for e in document.entities if e.kind == "ministry")
    assert ministry.country == "GEO"


def test_an_office_named_after_a_region_is_that_regions_countrys() -> None:
    document = analyze_text("Бєлгородський губернатор звинуватив Київ в атаці на нафтобазу.")
    office = next(e for e in document.entities if e.kind == "office")
    assert (office.name, office.actor_code) == ("бєлгородський губернатор", "RUSGOV")


def test_two_bodies_joined_before_one_owner_both_belong_to_it() -> None:
    document = analyze_text("Сухопутні війська та Прикордонна служба Латвії посилили охорону кордону з Білоруссю.")
    assert {e.actor_code for e in document.entities if e.type == "ORG"} == {"LVAMIL"}
    assert len([e for e in document.entities if e.type == "ORG"]) == 2


def test_a_gulf_or_strait_named_after_a_country_is_a_place_not_that_country() -> None:
    document = analyze_text("Кораблі Ірану увійшли до Перської затоки, а есмінець США пройшов Тайванською протокою.")
    waters = [e for e in document.entities if e.kind == "sea"]
    assert sorted(e.name for e in waters) == ["Перська затока", "Тайванська протока"]
    assert all(e.country is None and e.actor_code is None for e in waters)


def test_a_place_told_after_the_office_holder_does_not_give_the_office_its_country() -> None:
    document = analyze_text(
        "Колумбійська армія завдала ударів по таборах повстанців. Того ж дня президент Андрес Ортіс оголосив про "
        "призупинення переговорів із повстанцями, які тривали в Мехіко."
    )
    assert next(e for e in document.entities if e.name == "Андрес Ортіс").country == "COL"


def test_a_bare_ministry_after_another_state_answered_is_that_state_ministry() -> None:
    document = analyze_text(
        "Польське МЗС викликало посла Білорусі. Білорусь звинувачення відкидає. "
        "Глава МЗС Віктор Гуленко назвав їх провокацією."
    )
    assert next(e for e in document.entities if e.name == "Віктор Гуленко").country == "BLR"


def test_an_office_named_far_from_any_country_is_of_the_country_most_told() -> None:
    document = analyze_text(
        "Чилі закрило кордон з Перу. Уряд Чилі пояснив це міграційною кризою. Перу висловило протест. "
        "Влада наполягає на своєму. Сусіди погрожують судом. Чилі посилює патрулі. Уночі випав сніг. Дороги замело. "
        "Школи закрито. Рятувальники працюють цілодобово. "
        "Вчора глава держави Матіас Ровира відвідав прикордонні райони."
    )
    assert next(e for e in document.entities if e.name == "Матіас Ровира").country == "CHL"


def test_a_longer_name_than_a_known_person_and_a_surname_that_is_a_prefecture() -> None:
    document = analyze_text(
        "Глава МЗС Південної Кореї Пак Чін Ук обговорив ситуацію з колегою. "
        "Прем'єр-міністр Японії Кендзі Ісікава назвав запуск провокацією. Постпредка США Ребекка Голл його засудила."
    )
    people = {e.name: e.country for e in document.entities if e.type == "PERS"}
    assert people.get("Пак Чін Ук") == "KOR" and "Пак Чін" not in people
    assert people.get("Кендзі Ісікава") == "JPN"
    assert "USA" in people.values()
    assert not [e for e in document.entities if e.kind == "region"]


def test_an_ocean_is_a_place_not_a_surname() -> None:
    document = analyze_text("Ракета впала в Тихий океан за 300 кілометрів від узбережжя.")
    assert [(e.name, e.kind) for e in document.entities] == [("Тихий океан", "sea")]


def test_a_country_in_the_instrumental_is_no_part_of_the_body_before_it() -> None:
    document = analyze_text("Росія заблокувала в Раді безпеки ООН запропонований Францією проєкт резолюції.")
    assert sorted(e.actor_code for e in document.entities) == ["FRA", "IGOUNOSCR", "RUS"]
    body = next(e for e in document.entities if e.actor_code == "IGOUNOSCR")
    assert [document.text[m.start : m.end] for m in body.mentions] == ["Раді безпеки ООН"]


def test_a_kind_word_before_a_latin_name_names_an_organisation_of_its_adjective_country() -> None:
    document = analyze_text("Як повідомляє японське агентство Kyodo, уряд готує санкції. Про це пише журнал Semana.")
    media = {e.name: (e.kind, e.actor_code) for e in document.entities if e.type == "ORG"}
    assert media["Kyodo"] == ("media", "JPNMED") and media["Semana"] == ("media", None)


def test_an_armed_group_no_gazetteer_places_is_of_the_country_the_story_is_about() -> None:
    document = analyze_text(
        "Бойовики угруповання «Лос-Чонерос» атакували в'язницю в Гуаякілі. Уряд Еквадору запровадив надзвичайний "
        "стан. Президент Еквадору скликав раду безпеки, а Кіто попросив допомоги у Вашингтона."
    )
    group = next(e for e in document.entities if e.kind == "armed-group")
    assert group.actor_code == "ECUREB"


def test_a_name_that_opens_with_no_known_first_name_may_be_named_by_its_first_word() -> None:
    document = analyze_text(
        "Президент Тайваню Лінь Цзяхао повернувся з турне. Лінь засудив тиск Китаю. У Пекіні заяви Ліня відкинули."
    )
    lin = next(e for e in document.entities if e.type == "PERS")
    assert [document.text[m.start : m.end] for m in lin.mentions] == ["Лінь Цзяхао", "Лінь", "Ліня"]
    # a short surname the dictionary also reads as a first name, before a given name it does not know
    document = analyze_text("Прем'єр Китаю Лю Веньхуа прибув до Джакарти. Під час зустрічі Лю пообіцяв нові кредити.")
    liu = next(e for e in document.entities if e.type == "PERS")
    assert [document.text[m.start : m.end] for m in liu.mentions] == ["Лю Веньхуа", "Лю"]
    assert liu.country == "CHN"


def test_a_surname_of_two_words_named_again_is_the_same_person() -> None:
    document = analyze_text(
        "Глава МЗС Аргентини Інес Дела Сільва прибула до Мадрида. Іспанський міністр запевнив Дела Сільва в підтримці."
    )
    people = [e for e in document.entities if e.kind == "person"]
    assert [e.name for e in people] == ["Інес Дела Сільва"]
    assert people[0].country == "ARG"


def test_a_day_told_after_a_body_is_no_part_of_its_name() -> None:
    document = analyze_text("Збройні сили Китаю в понеділок почали масштабні навчання біля Тайваню.")
    forces = next(e for e in document.entities if e.actor_code == "CHNMIL")
    assert [document.text[m.start : m.end] for m in forces.mentions] == ["Збройні сили Китаю"]


def test_a_side_of_the_world_is_a_divided_countrys_half_only_where_both_halves_are_named() -> None:
    document = analyze_text(
        "Північна Корея запустила балони в бік Південної Кореї. Міністр оборони Південної Кореї зажадав від Півночі "
        "припинити провокації. Пхеньян пригрозив, що Південь отримає нову відповідь.",
        published="2036-04-23",
    )
    assert {e.name: e.country for e in document.entities if e.name in ("Півночі", "Південь")} == {"Півночі": "PRK", "Південь": "KOR"}
    document = analyze_text("Циклон рухається на Південь, повідомили синоптики Японії.", published="2036-04-23")
    assert all(e.country != "KOR" for e in document.entities)


def test_an_office_holder_is_not_of_the_country_his_own_quote_accuses(entities) -> None:
    text = (
        "Уряд Норвегії у понеділок заборонив заходження російських суден до портів.\n"
        "«Москва знову використовує рибальські судна для шпигунства проти Норвегії», — заявив після засідання "
        "прем'єр-міністр Мартін Ганссен."
    )
    found = entities(text)
    assert by_name(found, "Мартін Ганссен").country == "NOR"


def test_a_pronoun_after_a_quote_is_the_subject_not_a_person_named_after_it(entities) -> None:
    text = (
        "Речник МЗС Росії Ігор Малютін назвав слова литовського президента «провокацією». "
        "«Ми не залишимо це без відповіді», — сказав він."
    )
    found = entities(text)
    assert "він" in texts(by_name(found, "Ігор Малютін"))
    assert "він" not in texts(by_name(found, "литовський президент"))


def test_a_surname_that_is_also_a_place_form_is_the_person_the_text_named(entities) -> None:
    # "Бухарі" is both the surname of a known Nigerian and the locative of "Бухара": the form as written wins
    # the tie (on every run, whatever the hash seed), and the surname then links to the person named in full.
    text = "Міністр оборони Пакистану Ахсан Бухарі звинуватив Тегеран. Бухарі попередив, що Пакистан відповість."
    found = entities(text)
    assert texts(by_name(found, "Ахсан Бухарі")) == ["Ахсан Бухарі", "Бухарі"]
    assert all(e.name != "Бухара" for e in found)


def test_a_state_body_told_only_with_a_capital_sits_in_that_capitals_country(entities) -> None:
    found = entities("Уночі поліція в Белграді розігнала протест. У середу Вищий суд у Белграді заарештував 14 затриманих.")
    assert by_name(found, "Поліція Сербії").actor_code == "SRBCOP"
    assert any(e.actor_code == "SRBJUD" for e in found)


def test_a_court_told_with_the_town_it_sits_in_is_that_towns_countrys(entities) -> None:
    found = entities("Київ засудив вирок. Південний окружний військовий суд у Ростові-на-Дону засудив дванадцятьох морпіхів.")
    assert [e.actor_code for e in found if e.sector == "JUD"] == ["RUSJUD"]
    # "військовий суд" is a court, not the army
    found = entities("Військовий суд у Ростові засудив українських полонених.")
    assert any(e.actor_code == "RUSJUD" for e in found) and not any(e.sector == "MIL" for e in found)


def test_a_capitalised_office_before_the_body_it_serves_is_a_role(entities) -> None:
    found = entities("Папа у понеділок прийняв у Ватикані Уповноважену Верховної Ради з прав людини Оксану Гнатюк.")
    assert [(e.name, e.country) for e in found if e.type == "PERS"] == [("Оксана Гнатюк", "UKR")]
    # (with no body after it the capitalised word is still a name's: «Легіон Експерт»)
    found = entities("Компанія «Легіон Експерт» Петра Сидоренка уклала угоду.")
    assert not any(e.role and "експерт" in e.role for e in found)


def test_an_assemblys_speaker_and_a_presidencys_member_are_of_its_country(entities) -> None:
    found = entities(
        "Народна скупщина Республіки Сербської ухвалила закон. Вашингтон запровадив санкції проти голови скупщини "
        "Драгана Петровича. Член Президії БіГ Мирсад Ходжич засудив закон. Президентка РС Мілиця Іланич відповіла."
    )
    people = {e.name: e.country for e in found if e.type == "PERS"}
    assert people == {"Драган Петрович": "BIH", "Мирсад Ходжич": "BIH", "Мілиця Іланич": "BIH"}


def test_a_private_person_is_of_the_country_his_adjective_names() -> None:
    # (the job word is the trained model's, so the whole pipeline runs)
    found = analyze_text("Берн минулої п'ятниці заморозив активи російського мільярдера Геннадія Сокирка.").entities
    assert [(e.name[:8], e.country) for e in found if e.type == "PERS"] == [("Геннадій", "RUS")]


def test_an_ambassador_after_his_embassy_is_of_the_embassys_country(entities) -> None:
    found = entities(
        "Посольство Росії у вівторок надіслало до МЗС Швейцарії ноту протесту. "
        "Посол Андрій Зуйков попередив, що Москва вважатиме Швейцарію недружньою державою."
    )
    assert [(e.name, e.country) for e in found if e.type == "PERS"] == [("Андрій Зуйков", "RUS")]
    # "Рада кантонів" is the Swiss chamber, not the Verkhovna Rada
    found = entities("Документ ще має підтримати Рада кантонів.")
    assert [e.actor_code for e in found] == ["CHELEG"]


def test_an_armed_group_no_gazetteer_places_fights_in_the_town_its_sentence_names(entities) -> None:
    found = entities(
        "Анкара та Каїр стежать за подіями. Туреччина відправила радників. "
        "У Тріполі тривали бої між угрупованням «Аль-Фурсан» та урядовими силами."
    )
    assert by_name(found, "Аль-Фурсан").actor_code == "LBYREB"


def test_an_undeclined_capital_after_a_preposition_does_not_speak_for_its_state(entities) -> None:
    found = entities(
        "Дакка вимагає від Нейп'їдо гарантій безпеки. "
        "Міністерка закордонних справ Фарида Рахман також оголосила, що кордон закрито."
    )
    assert by_name(found, "Фарида Рахман").country == "BGD"


def test_the_icc_pre_trial_chamber_is_the_court(entities) -> None:
    found = entities("Уже у вівторок Палата попереднього провадження МКС визнала, що Монголія порушила свої зобов'язання.")
    assert [(e.name, e.actor_code) for e in found if e.type == "ORG"] == [("Палата попереднього провадження МКС", "IGOJUDICC")]


def test_an_abbreviated_country_owning_the_noun_before_does_not_place_an_office(entities) -> None:
    found = entities(
        "Уряд Австралії в понеділок оголосив персонами нон грата двох співробітників генерального консульства КНР "
        "у Сіднеї. Як заявила міністерка закордонних справ Клер Вотсон, дипломати стежили за студентами."
    )
    assert by_name(found, "Клер Вотсон").country == "AUS"


def test_a_body_no_gazetteer_places_takes_the_country_of_its_adjective_and_its_bracketed_abbreviation() -> None:
    # the model reads "(BSF)" as MISC; an abbreviation in brackets right after a body's name is that body
    document = analyze_text(
        "Бійці індійських Прикордонних сил безпеки (BSF) відкрили вогонь біля кордону. "
        "Дакка звинуватила BSF у вбивстві двох громадян.",
        published="2036-11-26",
    )
    body = next(e for e in document.entities if e.name == "Прикордонні сили безпеки")
    assert body.country == "IND"
    assert sum(document.text[m.start : m.end] == "BSF" for m in body.mentions) == 2


def test_a_model_name_does_not_run_from_a_place_into_a_quote() -> None:
    # the model reads "Пхеньяна «грубим порушенням резолюцій Ради Безпеки ООН" as one organisation
    document = analyze_text(
        "Напередодні голосування генеральна директорка МАГАТЕ Ана Лусія Феррас заявила, що на знімках видно нову "
        "будівлю. Вона назвала діяльність Пхеньяна «грубим порушенням резолюцій Ради Безпеки ООН».",
        published="2036-12-03",
    )
    condemnation = next(e for e in document.events if e.type == "DISAPPROVE")
    assert {document.entity(x).country for x in condemnation.target} == {"PRK"}


def test_a_prime_cabinet_secretary_is_an_office_of_the_country_named_with_it(entities):
    found = entities("Прем'єр-секретар кабінету Уганди Джозеф Кабонеро засудив арешт рибалок.")
    person = next(e for e in found if e.name == "Джозеф Кабонеро")
    assert (person.country, person.actor_code) == ("UGA", "UGAGOV")


def test_a_body_no_gazetteer_knows_before_a_state_body_in_the_genitive_is_its_part() -> None:
    document = analyze_text(
        "Управління з контролю за іноземними активами Міністерства фінансів США в четвер запровадило санкції "
        "проти трьох банків Ірану.",
        published="2037-03-04",
    )
    office = next(e for e in document.entities if e.name.startswith("Управління з контролю"))
    assert (office.country, office.actor_code) == ("USA", "USAGOV")
    assert office.name.endswith("Міністерства фінансів США")


def test_a_common_word_for_an_organ_before_another_international_body_is_that_body_s_organ(entities):
    found = entities("Голова Комісії ЕКОВАС закликав Гвінею звільнити опозиціонерів.")
    organ = next(e for e in found if e.name == "Комісія ЕКОВАС")
    assert organ.actor_code == "IGOWAFWAS"
    assert not any(e.actor_code == "IGOEEC" for e in found)


def test_cotonou_workers_and_more_ministries_are_placed(entities):
    found = entities(
        "Котону заарештував п'ятьох нігерських нафтовиків. Міністерство національної оборони Китаю та "
        "Міністерство торгівлі США відповіли."
    )
    assert by_name(found, "Котону").actor_code == "BENGOV"
    workers = next(e for e in found if e.kind == "workers")
    assert workers.country == "NER"
    assert {e.actor_code for e in found if e.kind == "ministry"} == {"CHNMIL", "USAGOV"}


def test_an_unknown_first_name_makes_another_person_and_a_premier_s_spokesman_is_of_the_premier_s_country(entities):
    found = entities(
        "Прем'єр-міністр Вірменії Арам Саргсян у понеділок оголосив, що Єреван вимагає від Росії вивести базу. "
        "Речник прем'єра Назарет Мелконян відкинув закиди Москви."
    )
    premier = by_name(found, "Арам Саргсян")
    assert (premier.country, premier.actor_code) == ("ARM", "ARMGOV")
    assert not any(e.name == "Серж Саргсян" for e in found)
    assert by_name(found, "Назарет Мелконян").country == "ARM"


def test_a_company_owned_by_a_country_s_concern_is_of_that_country_named_again_or_not() -> None:
    document = analyze_text(
        "Уряд Гани відкликав ліцензію компанії Volta Gold Mining, що належить канадському приватному фонду. "
        "Міністр фінансів зажадав від Volta Gold Mining сплатити штраф."
    )
    companies = [e for e in document.entities if e.name == "Volta Gold Mining"]
    assert len(companies) == 1 and companies[0].country == "CAN" and len(companies[0].mentions) == 2


def test_a_village_named_like_a_known_person_s_surname_is_not_that_person(entities) -> None:
    found = entities("Міноборони Росії заявило про «звільнення» села Тихе. У Генштабі заперечили втрату Тихого.")
    assert not any(e.name == "Георгій Тихий" for e in found)


def test_an_office_holder_nothing_else_places_is_of_the_named_country_his_surname_comes_from() -> None:
    document = analyze_text(
        "Служба безпеки Вірменії затримала громадянина Росії. Москва вимагає його звільнити. Його компанія постачає "
        "світло всій країні. У вівторок уряд призначив у ній тимчасового керуючого, а прем'єр-міністр Самвел Оганесян "
        "заявив про повернення контролю."
    )
    premier = next(e for e in document.entities if e.name == "Самвел Оганесян")
    assert premier.country == "ARM"
    # a surname that fits no country the story names places nothing
    document = analyze_text(
        "Угорщина надала притулок колишньому міністрові Чехії. Того ж дня міністр закордонних справ Кшиштоф "
        "Бжезінський назвав рішення «ворожим актом»."
    )
    minister = next(e for e in document.entities if e.name.endswith("Бжезінський"))
    assert minister.country != "POL"


def test_ministries_of_other_portfolios_take_the_country_named_or_referred_back() -> None:
    document = analyze_text("Міністерство електроенергетики Єгипту попередило про відключення світла.")
    ministry = next(e for e in document.entities if e.kind == "ministry")
    assert (ministry.country, ministry.actor_code) == ("EGY", "EGYGOV")
    document = analyze_text(
        "Найбільше від суперечки потерпає Йорданія. Міністерство транспорту країни попередило про затримки вантажів."
    )
    ministry = next(e for e in document.entities if e.kind == "ministry")
    assert ministry.country == "JOR"


def test_a_lower_case_particle_inside_an_arabic_name_keeps_it_one_person() -> None:
    document = analyze_text("Мавританський президент Мухаммед ульд Бабана провів розмову з королем Марокко.")
    people = [e for e in document.entities if e.kind == "person"]
    assert [(e.name, e.country) for e in people] == [("Мухаммед ульд Бабана", "MRT")]


def test_a_state_company_named_with_its_countrys_opening_is_that_countrys() -> None:
    document = analyze_text("Державна компанія «Узбекнафтогаз» у понеділок зупинила експорт газу до Китаю.")
    company = next(e for e in document.entities if e.kind == "company")
    assert (company.country, company.actor_code) == ("UZB", "UZBBUS")


def test_a_minister_of_the_kingdom_is_of_the_kingdom_named_before() -> None:
    document = analyze_text(
        "Делегації США та Росії в понеділок провели консультації. Переговори відбулися за посередництва Йорданії: "
        "міністр закордонних справ королівства Самір Хаддад зустрівся з обома делегаціями."
    )
    minister = next(e for e in document.entities if e.kind == "person")
    assert minister.country == "JOR"


def test_the_spokesman_of_the_office_is_of_the_ministry_just_named() -> None:
    document = analyze_text(
        "МЗС Індії у вівторок викликало верховного комісара Шрі-Ланки. Шрі-Ланка відповіла нотою. Речник відомства "
        "Раджив Кумар заявив, що Коломбо «грає з вогнем»."
    )
    spokesman = next(e for e in document.entities if e.name == "Раджив Кумар")
    assert spokesman.country == "IND"


def test_the_capitals_of_the_small_pacific_states_speak_for_them() -> None:
    document = analyze_text("В Аваруа рішення Веллінгтона назвали шантажем, а Ярен підтримав сусідів.")
    capitals = {e.name: e.actor_code for e in document.entities if e.kind == "capital"}
    assert capitals == {"Аваруа": "COKGOV", "Веллінгтон": "NZLGOV", "Ярен": "NRUGOV"}


def test_a_headline_of_several_countries_does_not_unplace_an_office_of_the_lead():
    document = analyze_text(
        "Військові в Малі затримали прем'єра: Алжир закрив кордон\n\n"
        "Військові в Малі в ніч на неділю затримали прем'єр-міністра Абдулая Сангаре.",
        published="2034-03-14",
    )
    assert {e.name: e.country for e in document.entities}.get("Абдулай Сангаре") == "MLI"


def test_the_european_investment_bank_is_an_organ_of_the_union(entities):
    found = entities("Європейський інвестиційний банк виділить 300 мільйонів євро на ремонт доріг.")
    assert by_name(found, "Європейський інвестиційний банк").actor_code == "IGOEEC"


def test_a_court_told_in_a_capital_is_of_that_capital_after_a_court_of_another_country():
    document = analyze_text(
        "Поліція Сербії затримала громадянина Росії за ордером, виданим українським судом. "
        "У середу Вищий суд у Белграді взяв чоловіка під варту.",
        published="2034-03-14",
    )
    courts = {e.name: e.country for e in document.entities if e.kind == "court"}
    assert courts == {"український суд": "UKR", "Вищий суд": "SRB"}


def test_a_town_s_name_before_a_surname_is_a_first_name(entities):
    found = entities("Речниця МЗС Бангладеш Сана Ходжа заявила, що Дакка вимагає пояснень. Ходжа засудила рішення.")
    assert by_name(found, "Сана Ходжа").country == "BGD"
    assert not [e for e in found if e.name == "Сана"]
    found = entities("У Вашингтоні Трамп заявив, що Москва відповість.")
    assert by_name(found, "Вашингтон").kind == "capital"


def test_a_court_named_after_a_town_is_of_that_town_s_country_after_a_court_of_another():
    document = analyze_text(
        "Київський апеляційний суд залишив вирок без змін. У Кишиневі тривають протести. "
        "Кишинівський міський суд заарештував опозиціонера, а Кишинівський суд у справах неповнолітніх відклав засідання.",
        published="2034-03-14",
    )
    courts = {m.text: e.country for e in document.entities if e.kind == "court" for m in e.mentions}
    assert courts == {"Київський апеляційний суд": "UKR", "Кишинівський міський суд": "MDA", "Кишинівський суд": "MDA"}


def test_guyana_in_its_other_spellings_is_guyana(entities):
    found = entities("Ґайана звинуватила Венесуелу. Гайанський уряд звернувся до ООН, а МЗС Гайани викликало посла.")
    assert {e.country for e in found if e.name in ("Гаяна", "гайанський уряд")} == {"GUY"}


def test_an_airline_named_in_quotes_is_a_company_of_its_country_in_every_case():
    document = analyze_text(
        "Літак належав російській авіакомпанії «Сибірські крила». У «Сибірських крилах» заявили, що оскаржать "
        "конфіскацію.",
        published="2034-03-14",
    )
    (airline,) = [e for e in document.entities if e.type == "ORG"]
    assert (airline.country, airline.kind, len(airline.mentions)) == ("RUS", "company", 2)


def test_a_capital_before_a_full_name_is_the_capital_not_a_first_name(entities):
    found = entities("Суд заарештував мера Тбілісі Гію Церетелі.")
    assert by_name(found, "Тбілісі").country == "GEO"
    assert by_name(found, "Гія Церетелі").country == "GEO"


def test_a_place_name_inside_a_full_name_after_a_role_stays_in_the_name():
    document = analyze_text(
        "Президент Джибуті Абдірахман Вараба Гуед оголосив мобілізацію. Гуед назвав дії Еритреї агресією.",
        published="2037-08-05",
    )
    (president,) = [e for e in document.entities if e.type == "PERS"]
    assert (president.name, president.country, len(president.mentions)) == ("Абдірахман Вараба Гуед", "DJI", 2)


def test_a_guessed_surname_case_does_not_split_a_foreign_name_after_a_role(entities):
    # ("Насрулла" is guessed a surname's genitive and "Вахіді" read as a woman's name in the dative: the
    # dictionary holds neither form, so the case clash says nothing; a held surname's clash still ends the run)
    found = entities("Речник уряду талібів Насрулла Вахіді заявив, що жінки порушили закон.")
    speaker = next(e for e in found if e.type == "PERS")
    assert texts(speaker) == ["Насрулла Вахіді"] and speaker.country == "AFG"


def test_a_name_after_a_port_or_airport_is_a_place_and_an_unknown_word_in_the_locative_after_v_is_where(analysed):
    # (the statistical model took both for people)
    found = analysed(
        "Судно відбуксирували до порту Пуерто-Мадрин. Стрільби пройшли біля узбережжя графства Корк. "
        "У понеділок федеральний суддя в Роусоні взяв капітана під варту."
    ).entities
    assert not [e for e in found if e.type == "PERS"]
    assert {"Пуерто-Мадрин", "Корк"} <= {e.name for e in found if e.type == "LOC"}
    assert any(e.type == "LOC" and texts(e) == ["Роусоні"] for e in found)


def test_police_named_with_a_town_or_after_a_place_told_just_before_is_that_town_s_country(analysed):
    document = analysed("Студенти протестували біля офісу ВООЗ у Джакарті. Поліція затримала шістьох учасників акції.")
    assert [e.actor_code for e in document.entities if e.kind == "police"] == ["IDNCOP"]
    document = analysed("Програміста поліція кантону Цюрих затримала в аеропорту.")
    assert [e.actor_code for e in document.entities if e.kind == "police"] == ["CHECOP"]
    # (a capital speaking for its state places no police: "Пекін пообіцяв … Поліція розігнала")
    document = analysed("Пекін пообіцяв допомогу. Поліція розігнала мітинг біля парламенту.")
    assert not [e for e in document.entities if e.kind == "police" and e.country == "CHN"]


def test_a_ship_s_name_is_no_actor(analysed):
    document = analysed(
        "За даними префектури, капітан намагався протаранити катер «Ріо-Деседо». Судно «Чжеюань Юй 618» "
        "відбуксирували до порту. "
        "Наступного дня суддя взяв капітана під варту."
    )
    assert not [e for e in document.entities if e.type in ("ORG", "PERS")]


def test_a_plural_role_word_before_one_name_is_other_people_s(entities):
    found = entities("Під час зустрічі з журналістами Макрон закликав до перемир'я. Зустріч із представниками Франції Ганс Мюллер провів у Берліні.")
    assert "журналіст" not in (by_name(found, "Еммануель Макрон").role or "")
    assert by_name(found, "Ганс Мюллер").country != "FRA"
    # (a plural role two names share stays theirs)
    found = entities("Міністри закордонних справ Литви та Латвії Андрюс Бразаускас і Кришьяніс Озоліньш провели переговори.")
    assert by_name(found, "Андрюс Бразаускас").country == "LTU"


def test_the_palestinian_authority_by_its_abbreviation_places_its_officials(entities):
    found = entities("Прем'єр-міністр ПНА Самір Хаддад назвав рішення колективним покаранням.")
    assert by_name(found, "Самір Хаддад").actor_code == "PSEGOV"


def test_a_place_word_closing_a_name_after_an_office_is_a_surname(entities):
    found = entities("Президент Аргентини Факундо Арагон наголосив на своєму. Увечері Жуліу Барбоза зателефонував Арагону.")
    president = by_name(found, "Факундо Арагон")
    assert president.country == "ARG" and "Арагону" in texts(president)
    assert not [e for e in found if e.type == "LOC" and e.name == "Арагон"]
    # (a town in a company's name stays the town; a longer name keeps its own words)
    found = entities("Уряд призначив управителя заводу «Лукойл Нафтохім Бургас». Працівники вийшли на мітинг у Бургасі.")
    assert by_name(found, "Бургас").country == "BGR"


def test_an_international_body_s_head_noun_refers_back_to_it(entities):
    found = entities(
        "Рада директорів Міжнародного валютного фонду відклала транш. Аргентина пригрозила призупинити платежі самому фонду. "
        "Директор МАГАТЕ прибув до Києва. Агентство направить на станцію ще одну місію. Інвестиційний фонд купив акції."
    )
    assert "фонду" in texts(by_name(found, "МВФ"))
    assert "Агентство" in texts(by_name(found, "Міжнародне агентство з атомної енергії"))
    assert "фонд" not in " ".join(texts(by_name(found, "МВФ"))).split()  # (another fund, qualified)
    # (two bodies named with one head: "суд" is either, so neither)
    found = entities("Міжнародний кримінальний суд видав ордер. Міжнародний суд ООН почав слухання. Євросоюз підтримує незалежність суду.")
    assert not any("суду" in texts(e) for e in found)


def test_world_towns_often_in_the_news_have_their_country(entities):
    found = entities("Казахстан відправив до Мазарі-Шарифа борошно. Вибух стався в Джелалабаді, а протести пройшли в Беер-Шеві.")
    assert [by_name(found, name).country for name in ("Мазарі-Шариф", "Джелалабад", "Беер-Шева")] == ["AFG", "AFG", "ISR"]
