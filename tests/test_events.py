"""Event coding on Ukrainian sentences written for each rule, through the real pipeline
(language → entities → dates → events): categories, arguments, dates, modality, attribution, claims."""

from __future__ import annotations

from functools import cache

import pytest

from litopys.doc import Document, Event
from litopys.events.patterns import pattern_index, patterns, plover_code
from litopys.language import analyse
from litopys.pipeline import analyze_text

PUBLISHED = "2024-05-10"


@cache
def coded(text: str, published: str = PUBLISHED) -> Document:
    return analyze_text(text, published=published)


def countries(document: Document, ids: list[str]) -> set[str]:
    result = set()
    for entity_id in ids:
        entity = document.entity(entity_id)
        assert entity is not None, entity_id
        result.add(entity.country or entity.actor_code)
    return result


def events_of(document: Document, event_type: str) -> list[Event]:
    return [e for e in document.events if e.type == event_type]


def only(document: Document, event_type: str) -> Event:
    found = events_of(document, event_type)
    assert len(found) == 1, [(e.type, e.mode, e.trigger.text) for e in document.events]
    return found[0]


# One sentence per PLOVER category (and a second phrasing for several), with the countries expected
# on each side. "source" for symmetric types lists every participant.
CATEGORIES = [
    ("AGREE", "Україна та Польща домовилися про спільне виробництво боєприпасів.", {"UKR", "POL"}, set()),
    ("AGREE", "Президент Туреччини Реджеп Тайїп Ердоган пообіцяв Володимиру Зеленському підтримати зерновий коридор.", {"TUR"}, {"UKR"}),
    ("CONSULT", "Міністр закордонних справ України Дмитро Кулеба зустрівся з держсекретарем США Ентоні Блінкеном.", {"UKR"}, {"USA"}),
    ("CONSULT", "Канцлер Німеччини Олаф Шольц відвідав Київ.", {"DEU"}, {"UKR"}),
    ("CONSULT", "Володимир Зеленський провів телефонну розмову з Еммануелем Макроном.", {"UKR"}, {"FRA"}),
    ("SUPPORT", "Болгарія визнала незалежність Північної Македонії.", {"BGR"}, {"MKD"}),
    ("SUPPORT", "Канада підтримала вступ України до НАТО.", {"CAN"}, {"UKR"}),
    ("COOPERATE", "Японія та Південна Корея співпрацювали у сфері розвідки.", {"JPN", "KOR"}, set()),
    ("AID", "Німеччина передала Україні нові танки.", {"DEU"}, {"UKR"}),
    ("AID", "Сполучені Штати надали Україні фінансову допомогу на два мільярди доларів.", {"USA"}, {"UKR"}),
    ("CONCEDE", "Туреччина погодилася на вимоги Швеції.", {"TUR"}, set()),
    ("RETREAT", "Росія вивела війська з Херсона.", {"RUS"}, set()),
    ("RETREAT", "Росія відпустила полонених українців.", {"RUS"}, set()),
    ("INVESTIGATE", "Міжнародний кримінальний суд розпочав розслідування щодо Росії.", set(), {"RUS"}),
    ("DEMAND", "Генсек ООН закликав Росію вивести війська з України.", set(), {"RUS"}),
    ("DISAPPROVE", "Міністерство закордонних справ Польщі засудило дії Білорусі.", {"POL"}, {"BLR"}),
    ("DISAPPROVE", "Литва звинуватила Білорусь в організації міграційної кризи.", {"LTU"}, {"BLR"}),
    ("REJECT", "Китай відхилив пропозицію США.", {"CHN"}, {"USA"}),
    ("THREATEN", "Лукашенко погрожував Польщі ядерною зброєю.", {"BLR"}, {"POL"}),
    ("PROTEST", "У Варшаві тисячі людей вийшли на протест проти уряду.", set(), set()),
    ("MOBILIZE", "Росія стягує війська до кордону з Україною.", {"RUS"}, set()),
    ("SANCTION", "Британія запровадила санкції проти Ірану.", {"GBR"}, {"IRN"}),
    ("SANCTION", "Молдова вислала російського дипломата.", {"MDA"}, set()),
    ("COERCE", "Росія анексувала Крим.", {"RUS"}, {"UKR"}),
    ("ASSAULT", "Бойовики викрали журналіста в Донецьку.", set(), set()),
    ("FIGHT", "Російські війська обстріляли Харків.", {"RUS"}, {"UKR"}),
    ("FIGHT", "Росія завдала ракетного удару по Києву.", {"RUS"}, {"UKR"}),
    ("CRIME", "Посадовці Міноборони України привласнили мільйон гривень.", {"UKR"}, set()),
]


@pytest.mark.parametrize(("event_type", "text", "source", "target"), CATEGORIES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CATEGORIES)])
def test_category(event_type: str, text: str, source: set[str], target: set[str]) -> None:
    document = coded(text)
    event = only(document, event_type)
    got_source = countries(document, event.source)
    got_target = countries(document, event.target)
    if event_type in ("AGREE", "COOPERATE", "CONSULT") and not target:
        assert source <= got_source | got_target
    else:
        assert source <= got_source and target <= got_target, (got_source, got_target)
    cameo, quad, intensity = plover_code(event_type, event.mode)
    assert (event.cameo, event.quad, event.intensity) == (cameo, quad, intensity)


def test_every_category_has_patterns_and_the_table_follows_plover() -> None:
    types = {p.type for p in patterns()}
    assert len(types) == 19
    assert plover_code("CONSULT", None)[:2] == ("04", "verbal cooperation")
    assert plover_code("DISAPPROVE", None)[:2] == ("11", "verbal conflict")
    assert plover_code("SANCTION", None)[:2] == ("16", "material conflict")
    assert plover_code("AID", "military")[2] > plover_code("AID", None)[2] > 0 > plover_code("FIGHT", None)[2]
    # Patterns are found by their trigger lemma, not by scanning the list.
    assert any(p.type == "CONSULT" for p in pattern_index()["зустрітися"])


def test_every_trigger_and_companion_word_in_the_patterns_is_a_lemma() -> None:
    # words are matched by lemma, so an inflected form written in patterns.yaml ("консультації") never fires
    words = {w for p in patterns() for w in p.lemmas | p.with_lemmas | p.without_lemmas if " " not in w}
    inflected = sorted(w for w in words if w not in analyse(Document(text=w)).tokens[0].lemmas)
    assert not inflected


# ---------------------------------------------------------------- arguments


def test_compound_subject_and_objects() -> None:
    document = coded("Литва та Латвія звинуватили Росію та Білорусь у провокаціях.")
    event = only(document, "DISAPPROVE")
    assert countries(document, event.source) == {"LTU", "LVA"}
    assert countries(document, event.target) == {"RUS", "BLR"}


def test_subject_agrees_with_the_verb() -> None:
    # "Україну" is accusative and "Польщу" cannot agree with a masculine verb: the subject is the president.
    document = coded("Президент Литви Гітанас Науседа відвідав Польщу.")
    event = only(document, "CONSULT")
    assert countries(document, event.source) == {"LTU"} and countries(document, event.target) == {"POL"}


def test_passive_and_impersonal_forms_have_no_source() -> None:
    document = coded("Минулого тижня було запроваджено санкції проти Ірану.")
    event = only(document, "SANCTION")
    assert event.source == [] and countries(document, event.target) == {"IRN"}
    document = coded("Проти Білорусі запроваджені нові санкції.")
    assert countries(document, only(document, "SANCTION").target) == {"BLR"}


def test_nominal_events() -> None:
    document = coded("Візит канцлера Німеччини Олафа Шольца до Китаю тривав два дні.")
    event = only(document, "CONSULT")
    assert event.mode == "visit"
    assert countries(document, event.source) == {"DEU"} and countries(document, event.target) == {"CHN"}
    document = coded("Переговори між Вірменією та Азербайджаном відбулися в Брюсселі.")
    event = only(document, "CONSULT")
    assert countries(document, event.source + event.target) == {"ARM", "AZE"}
    assert event.location is not None and document.entity(event.location).name == "Брюссель"


def test_subject_carried_over() -> None:
    document = coded(
        "Прем'єр-міністр Індії Нарендра Моді прибув до Москви. Згодом він заявив, що Індія не засуджує Росію."
    )
    visit = only(document, "CONSULT")
    assert countries(document, visit.source) == {"IND"}
    condemn = only(document, "DISAPPROVE")
    assert condemn.modality == "negated"
    assert countries(document, condemn.attributed_to) == {"IND"}
    # A sentence with no subject continues the previous one's.
    document = coded("2 травня Естонія закликала НАТО посилити оборону. Пізніше вислала російського дипломата.")
    assert countries(document, only(document, "SANCTION").source) == {"EST"}


def test_object_that_refers_back() -> None:
    document = coded(
        "Ще 3 березня Сирія визнала незалежність Абхазії. Грузія засудила таке рішення та оголосила про розрив "
        "дипломатичних відносин з країною."
    )
    assert countries(document, only(document, "DISAPPROVE").target) == {"SYR"}
    assert countries(document, only(document, "SANCTION").target) == {"SYR"}


# ---------------------------------------------------------------- dates


def test_dates_explicit_sentence_narrative_and_dct() -> None:
    document = coded(
        "12 квітня Фінляндія закрила кордон. Уряд Фінляндії засудив дії Росії.\n"
        "Естонія вислала російського дипломата 3 квітня.\n"
        "Латвія нібито постачає Україні дрони.",
        "2024-05-10",
    )
    by_type = {e.type: e for e in document.events}
    assert (by_type["DISAPPROVE"].date, by_type["DISAPPROVE"].date_source) == ("2024-04-12", "narrative")
    assert (by_type["SANCTION"].date, by_type["SANCTION"].date_source) == ("2024-04-03", "explicit")
    assert (by_type["AID"].date, by_type["AID"].date_source) == ("2024-05-10", "dct")
    document = coded("14 березня Польща закликала Білорусь звільнити журналіста.")
    assert (only(document, "DEMAND").date, only(document, "DEMAND").date_source) == ("2024-03-14", "sentence")


# ---------------------------------------------------------------- modality


@pytest.mark.parametrize(
    ("text", "event_type", "modality"),
    [
        ("За даними Reuters, Китай нібито постачає Росії дрони.", "AID", "hedged"),
        ("Польща не передала Україні винищувачі.", "AID", "negated"),
        ("Швеція розглядає можливість надання Україні винищувачів.", "AID", "possible"),
        ("Наступного тижня Естонія відвідає Фінляндію.", "CONSULT", "future"),
        ("Сербія заперечує, що постачала Україні боєприпаси.", "AID", "denied"),
        ("Канада запровадить санкції проти Ірану.", "THREATEN", "future"),
    ],
)
def test_modality(text: str, event_type: str, modality: str) -> None:
    assert only(coded(text), event_type).modality == modality


def test_future_sanctions_are_a_threat() -> None:
    event = only(coded("Канада запровадить санкції проти Ірану."), "THREATEN")
    assert event.mode == "sanction" and event.cameo == "13"


# ---------------------------------------------------------------- attribution and claims


def test_attribution_frames() -> None:
    document = coded("За даними Reuters, Китай нібито постачає Росії дрони.")
    assert [document.entity(i).name for i in only(document, "AID").attributed_to] == ["Reuters"]
    document = coded("Генсек НАТО Марк Рютте заявив, що Росія обстріляла Одесу.")
    assert [document.entity(i).name for i in only(document, "FIGHT").attributed_to] == ["Марк Рютте"]
    document = coded("Про це повідомляє Reuters з посиланням на джерела. Китай нібито постачає Росії дрони.")
    assert only(document, "AID").attributed_to == []  # "про це" points back, not forward
    document = coded("Китай нібито постачає Росії дрони. Про це повідомляє Reuters з посиланням на джерела.")
    assert [document.entity(i).name for i in only(document, "AID").attributed_to] == ["Reuters"]


def test_quote_followed_by_speaker() -> None:
    text = (
        "Міністр закордонних справ Литви Габріелюс Ландсбергіс прибув до Києва.\n"
        "«Ми засуджуємо Росію. Литва передасть Україні нові дрони», - підкреслив він."
    )
    document = coded(text)
    (claim,) = [c for c in document.claims if c.direct]
    assert claim.text.startswith("Ми засуджуємо") and claim.text.endswith("нові дрони")
    assert countries(document, [claim.speaker]) == {"LTU"}
    condemn = only(document, "DISAPPROVE")
    assert countries(document, condemn.source) == {"LTU"} and countries(document, condemn.attributed_to) == {"LTU"}
    aid = only(document, "AID")
    assert aid.modality == "future" and countries(document, aid.attributed_to) == {"LTU"}


def test_reported_speech_claims() -> None:
    document = coded("Прем'єр-міністр Польщі Дональд Туск заявив, що Польща підтримає Україну.")
    (claim,) = document.claims
    assert not claim.direct and claim.text == "Польща підтримає Україну"
    assert countries(document, [claim.speaker]) == {"POL"}
    assert document.text[claim.start : claim.end] == claim.text


def test_event_record_is_complete_and_valid() -> None:
    import json
    from importlib import resources

    import jsonschema

    document = coded("Канцлер Німеччини Олаф Шольц відвідав Київ.")
    schema = json.loads(resources.files("litopys").joinpath("schema/analysis.schema.json").read_text())
    jsonschema.validate(document.to_dict(), schema)
    event = document.events[0]
    assert event.id == "ev1" and event.trigger.text == "відвідав"
    assert document.text[event.trigger.start : event.trigger.end] == "відвідав"
    assert 0 < event.confidence <= 1 and event.quad == "verbal cooperation" and event.sentence == 0


def test_no_events_in_text_without_actors() -> None:
    assert coded("Сьогодні в місті тепло, а завтра буде дощ.").events == []


# ---------------------------------------------------------------- more phrasings of the news


def test_body_named_with_u_speaks_for_the_verb() -> None:
    document = coded("У Кремлі заявили, що Росія готова до переговорів з США.")
    event = only(document, "AGREE")
    assert countries(document, event.source) == {"RUS"} and countries(document, event.target) == {"USA"}
    assert countries(document, event.attributed_to) == {"RUS"}


def test_rejected_accusation_points_back_to_the_accuser() -> None:
    document = coded("Росія звинуватила Україну в теракті в Москві, однак Київ відкинув ці звинувачення.")
    assert countries(document, only(document, "REJECT").target) == {"RUS"}


def test_owner_of_a_decision_is_the_agent_of_what_it_decides() -> None:
    document = coded("Угорщина заблокувала рішення ЄС про виділення Україні 50 мільярдів євро.")
    reject = only(document, "REJECT")
    assert countries(document, reject.source) == {"HUN"}
    aid = only(document, "AID")
    assert [document.entity(i).name for i in aid.source] == ["Європейський Союз"]
    assert countries(document, aid.target) == {"UKR"}


def test_the_same_event_told_twice_is_one_event() -> None:
    document = coded("Німеччина оголосила про надання Україні пакета військової допомоги.")
    event = only(document, "AID")
    assert countries(document, event.source) == {"DEU"} and countries(document, event.target) == {"UKR"}


def test_headline_repeated_by_the_body_is_coded_once() -> None:
    document = coded(
        "Британія запровадила санкції проти Ірану\n"
        "12 квітня уряд Британії запровадив санкції проти Ірану через атаку на Ізраїль.\n"
        "Іран засудив це рішення."
    )
    (sanction,) = events_of(document, "SANCTION")
    assert sanction.sentence == 1 and sanction.date == "2024-04-12"


def test_purpose_and_topic_nouns_are_not_events() -> None:
    # Weapons "for strikes" and talks "about a deal on supplies" name no strike and no supply.
    document = coded("Іран передав Росії дрони для ударів по Україні.")
    assert [e.type for e in document.events] == ["AID"]
    document = coded("Росія та КНДР ведуть переговори щодо угоди про постачання зброї.")
    assert [e.type for e in document.events] == ["CONSULT"]


def test_notes_invitations_and_negated_findings() -> None:
    document = coded("Як повідомляє агенція, Токіо направив Пекіну дипломатичну ноту.")
    note = only(document, "DISAPPROVE")
    assert note.mode == "protest-note" and countries(document, note.target) == {"CHN"}
    document = coded("Путін запросив Сі Цзіньпіна відвідати Москву.")
    invite = only(document, "AGREE")
    assert invite.mode == "invite" and countries(document, invite.target) == {"CHN"}
    assert events_of(document, "CONSULT") == []  # the visit is what is invited, not an event yet
    document = coded("За словами Кірбі, немає доказів того, що Китай передає Росії летальну зброю.")
    assert only(document, "AID").modality == "negated"


def test_according_to_him_is_reported_speech() -> None:
    document = coded("Генсек НАТО Марк Рютте прибув до Києва. За його словами, Альянс передасть Україні нові системи ППО.")
    (claim,) = document.claims
    assert not claim.direct and claim.text == "Альянс передасть Україні нові системи ППО"
    assert document.entity(claim.speaker).name == "Марк Рютте"
    assert [document.entity(i).name for i in only(document, "AID").attributed_to] == ["Марк Рютте"]


def test_reported_speech_stops_at_the_next_predicate() -> None:
    document = coded("Джон Кірбі заявив, що США стежать за співпрацею Пекіна і Москви, і закликав Китай не постачати Росії зброю.")
    (claim,) = document.claims
    assert claim.text == "США стежать за співпрацею Пекіна і Москви"
    demand = only(document, "DEMAND")
    assert countries(document, demand.target) == {"CHN"}


@pytest.mark.parametrize(
    ("text", "event_type", "mode", "source", "target"),
    [
        ("Канада висловила підтримку Україні.", "SUPPORT", "endorse", {"CAN"}, {"UKR"}),
        ("Парламент Литви ратифікував угоду з Україною.", "AGREE", "sign", {"LTU"}, {"UKR"}),
        ("Молдова оголосила персоною нон грата російського дипломата.", "SANCTION", "expel", {"MDA"}, {"RUS"}),
        # a chargé d'affaires ("тимчасовий повірений", without "у справах") is a diplomat too
        ("Єгипет у відповідь вислав тимчасового повіреного Судану.", "SANCTION", "expel", {"EGY"}, {"SDN"}),
        ("ЄС розширив санкції проти Білорусі.", "SANCTION", "sanction", {"IGOEEC"}, {"BLR"}),
        ("Росія розпочала наступ на Харківщину.", "FIGHT", "offensive", {"RUS"}, {"UKR"}),
        ("Міністр закордонних справ Польщі назвав дії Росії злочином.", "DISAPPROVE", "condemn", {"POL"}, {"RUS"}),
        # a "historic" mistake is still a mistake, not praise
        ("Прем'єр Польщі назвав рішення угорського уряду історичною помилкою.", "DISAPPROVE", "criticize", {"POL"}, {"HUN"}),
        # a trial or verdict named a farce or a show is condemned
        ("Речник Кремля назвав рішення литовського суду показовим судилищем.", "DISAPPROVE", "condemn", {"RUS"}, {"LTU"}),
        ("Мінськ назвав дії польської влади щодо журналістів політичною розправою.", "DISAPPROVE", "condemn", {"BLR"}, {"POL"}),
        ("Вночі Росія здійснила атаку дронами на Одесу.", "FIGHT", "strike", {"RUS"}, {"UKR"}),
        ("Литва закрила кордон з Білоруссю.", "COERCE", "restrict", {"LTU"}, {"BLR"}),
        ("Китай закликав Росію та Україну до переговорів.", "DEMAND", "demand", {"CHN"}, {"RUS", "UKR"}),
    ],
)
def test_common_news_phrasings(text: str, event_type: str, mode: str, source: set[str], target: set[str]) -> None:
    document = coded(text)
    event = only(document, event_type)
    assert event.mode == mode
    assert countries(document, event.source) == source and countries(document, event.target) == target


def test_reporting_an_act_that_defies_a_ban_is_an_accusation() -> None:
    document = coded("Прем'єр-міністр Польщі Дональд Туск заявив: Білорусь постачає Росії боєприпаси попри санкції.")
    aid = only(document, "AID")
    assert countries(document, aid.source) == {"BLR"} and countries(document, aid.attributed_to) == {"POL"}
    accusation = only(document, "DISAPPROVE")
    assert accusation.mode == "accuse"
    assert countries(document, accusation.source) == {"POL"} and countries(document, accusation.target) == {"BLR"}
    # Without a ban in sight, reporting the same act accuses no one.
    assert events_of(coded("Дональд Туск заявив: Білорусь постачає Росії боєприпаси."), "DISAPPROVE") == []


def test_passive_agent_in_the_instrumental() -> None:
    document = coded("Нові санкції проти Ірану запроваджені Євросоюзом.")
    event = only(document, "SANCTION")
    assert [document.entity(i).name for i in event.source] == ["Європейський Союз"]
    assert countries(document, event.target) == {"IRN"}


def test_not_ruling_out_is_possible_and_joining_sanctions_is_sanctioning() -> None:
    assert only(coded("Південна Корея не виключає постачання зброї Україні."), "AID").modality == "possible"
    document = coded("Японія приєдналася до санкцій проти Росії.")
    event = only(document, "SANCTION")
    assert countries(document, event.source) == {"JPN"} and countries(document, event.target) == {"RUS"}


def test_warning_of_retaliation_is_a_threat_and_condemned_ties_name_both_sides() -> None:
    document = coded("Тегеран попередив Вашингтон, що відповість на будь-яку атаку.")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"IRN"} and countries(document, threat.target) == {"USA"}
    document = coded("НАТО засудило поглиблення військової співпраці між Москвою та Пхеньяном.")
    assert countries(document, only(document, "DISAPPROVE").target) == {"RUS", "PRK"}


# More phrasings, one per line: the event type must be coded.
MORE_PHRASINGS = [
    ("DISAPPROVE", "Посол Ізраїлю в Україні був викликаний до МЗС України."),
    ("AID", "США схвалили продаж Україні ракет ATACMS."),
    ("DISAPPROVE", "Японія висловила протест Росії через військові навчання на Курилах."),
    ("THREATEN", "Кремль пригрозив Естонії \"асиметричною відповіддю\"."),
    ("SANCTION", "Росія відкликала свого посла з Молдови."),
    ("SUPPORT", "Литва висловила співчуття Туреччині."),
    ("AGREE", "США гарантували Україні підтримку."),
    ("CONSULT", "Дмитро Кулеба обмінявся думками з Ентоні Блінкеном щодо ситуації на фронті."),
    ("AID", "Норвегія профінансує Україну."),
    ("DEMAND", "Україна попросила Німеччину передати ракети Taurus."),
    ("REJECT", "Німеччина відмовила Україні."),
    ("THREATEN", "Росія шантажує Європу."),
    ("SANCTION", "Латвія обмежила імпорт з Росії."),
    ("SANCTION", "Канада закрила посольство в Ірані."),
    ("COERCE", "Росія заборонила діяльність Amnesty International."),
    ("ASSAULT", "Поліція застосувала сльозогінний газ проти протестувальників у Тбілісі."),
    ("FIGHT", "Тривають запеклі бої за Бахмут."),
    ("SANCTION", "Рада ЄС ухвалила новий пакет санкцій проти Росії."),
    ("AID", "Сенат США схвалив пакет допомоги Україні."),
    ("SANCTION", "Фінляндія припинила співпрацю з Росією."),
    ("FIGHT", "Російські війська вторглися в Україну."),
    ("MOBILIZE", "Росія розмістила ядерну зброю в Білорусі."),
    ("MOBILIZE", "Північна Корея запустила балістичну ракету."),
    ("CONSULT", "Олаф Шольц поговорив телефоном з Еммануелем Макроном."),
    ("CONSULT", "Президент Польщі Анджей Дуда взяв участь у саміті НАТО у Вашингтоні."),
    ("AGREE", "Туреччина запропонувала Україні та Росії посередництво у переговорах."),
    ("SUPPORT", "Прем'єр-міністр Польщі Дональд Туск вибачився перед Україною."),
    ("COOPERATE", "Велика Британія обмінюється розвідданими з Україною."),
    ("AID", "Японія надіслала Україні гуманітарну допомогу."),
    ("RETREAT", "Росія та Україна оголосили перемир'я на Великдень."),
    ("INVESTIGATE", "Прокуратура Німеччини порушила справу проти Росії."),
    ("DEMAND", "Литва наполягає на виведенні російських військ з Білорусі."),
    ("DISAPPROVE", "Канцлер Німеччини Олаф Шольц піддав критиці рішення Угорщини."),
    ("REJECT", "Росія проігнорувала вимогу МАГАТЕ."),
    ("PROTEST", "У Тбілісі тисячі протестувальників зібралися біля парламенту."),
    ("MOBILIZE", "Білорусь розпочала раптові навчання."),
    ("SANCTION", "Латвія заборонила в'їзд громадянам Росії."),
    ("SANCTION", "Росія вийшла з договору про звичайні збройні сили в Європі."),
    ("COERCE", "Росія націоналізувала активи німецьких компаній."),
    ("COERCE", "Україна продовжила воєнний стан."),
    ("ASSAULT", "Бойовики здійснили теракт у Москві."),
    ("FIGHT", "Сили оборони України звільнили село на Харківщині."),
]


@pytest.mark.parametrize(("event_type", "text"), MORE_PHRASINGS)
def test_more_phrasings(event_type: str, text: str) -> None:
    assert [e.type for e in coded(text).events] == [event_type]


def test_events_need_a_political_actor() -> None:
    # Two people of a story with no country or office: no FIGHT in the chronicle.
    assert coded("Але ж ні — Пилипко легесенько вдарив Степана.").events == []


def test_later_sentences_do_not_take_the_chronology_date() -> None:
    document = coded("2 травня Естонія закликала НАТО посилити оборону. Пізніше вона вислала російського дипломата.")
    expel = only(document, "SANCTION")
    assert expel.date_source != "narrative" and countries(document, expel.source) == {"EST"}


def test_feminine_titles_bare_rejections_and_roles_of_countries_named_before() -> None:
    document = coded("Президентка Молдови Мая Санду звинуватила Росію у втручанні. Кремль відкинув звинувачення.")
    assert countries(document, only(document, "DISAPPROVE").source) == {"MDA"}
    assert countries(document, only(document, "REJECT").target) == {"MDA"}
    document = coded(
        "Анкара готова до переговорів з Дамаском. Минулого тижня міністри закордонних справ обох країн зустрілися в Москві."
    )
    meeting = only(document, "CONSULT")
    assert countries(document, meeting.source + meeting.target) == {"TUR", "SYR"}
    assert document.entity(meeting.location).name == "Москва"


def test_the_source_of_a_report_is_not_the_subject() -> None:
    document = coded("За даними поліції Молдови, агенти ФСБ підкупили виборців.")
    crime = only(document, "CRIME")
    assert countries(document, crime.source) == {"RUS"} and countries(document, crime.attributed_to) == {"MDA"}


def test_writer_asides_and_means_are_not_events_or_modality() -> None:
    assert only(coded("Нагадаємо, слідчі звинувачують Росію в злочинах."), "DISAPPROVE").modality == "asserted"
    assert coded("Фільм знято за підтримки уряду США.").events == []


def test_threatened_actions_decisions_to_talk_and_coordinated_predicates() -> None:
    document = coded("США пригрозили запровадити санкції проти Ірану.")
    threat = only(document, "THREATEN")
    assert threat.mode == "sanction" and countries(document, threat.target) == {"IRN"}
    document = coded("14 грудня лідери ЄС ухвалили рішення розпочати переговори про вступ з Україною та Молдовою.", "2023-12-15")
    agree = only(document, "AGREE")
    assert countries(document, agree.target) == {"UKR", "MDA"} and agree.date == "2023-12-14"
    # "відкинув …, і звинуватив": the second verb is a predicate of its own, not embedded in the first.
    document = coded("Прем'єр Грузії відкинув критику Вашингтона і звинуватив США у втручанні.")
    assert {e.type for e in document.events} == {"REJECT", "DISAPPROVE"}


def test_protest_in_a_named_place_and_places_after_bodies() -> None:
    document = coded("Десятки тисяч людей протестували біля будівлі парламенту в Тбілісі.")
    protest = only(document, "PROTEST")
    assert document.entity(protest.location).name == "Тбілісі"


def test_object_before_the_verb_leaves_the_subject_after_it() -> None:
    document = coded("Литва запровадила санкції проти Ірану. Це рішення підтримала і Латвія.")
    support = only(document, "SUPPORT")
    assert countries(document, support.source) == {"LVA"} and countries(document, support.target) == {"LTU"}


def test_objects_and_genitives_are_not_subjects_of_later_verbs() -> None:
    document = coded("Прем'єр-міністр Швеції Ульф Крістерссон відвідав Будапешт і провів переговори з Віктором Орбаном.")
    talks = [e for e in document.events if e.mode == "negotiate"]
    assert len(talks) == 1 and countries(document, talks[0].source + talks[0].target) == {"SWE", "HUN"}
    # "розширення НАТО загрожує безпеці Росії", reported by Moscow: a warning about NATO, not a NATO threat.
    document = coded("У Москві заявили, що розширення НАТО загрожує безпеці Росії.")
    warning = only(document, "DISAPPROVE")
    assert warning.mode == "warn" and countries(document, warning.source) == {"RUS"}
    assert [document.entity(i).name for i in warning.target] == ["НАТО"]


def test_voting_for_is_support() -> None:
    document = coded("26 лютого парламент Угорщини проголосував за вступ Швеції до НАТО.", "2024-02-27")
    support = only(document, "SUPPORT")
    assert countries(document, support.source) == {"HUN"} and countries(document, support.target) == {"SWE"}
    assert support.date == "2024-02-26"


def test_promise_takes_the_target_of_the_promised_help_and_nouns_before_their_verb() -> None:
    document = coded("Лідери G7 пообіцяли продовжувати підтримувати Україну.")
    promise = only(document, "AGREE")
    assert countries(document, promise.target) == {"UKR"} and events_of(document, "SUPPORT") == []
    # A promised sanction is a threat, not an agreement.
    document = coded("Президент США Джо Байден пообіцяв запровадити нові санкції проти Росії.")
    assert [e.type for e in document.events] == ["THREATEN"]
    document = coded("Прем'єр-міністр Угорщини Віктор Орбан після зустрічі з Володимиром Путіним відвідав Пекін.")
    meeting = [e for e in document.events if e.mode == "meeting"]
    assert len(meeting) == 1 and countries(document, meeting[0].source + meeting[0].target) == {"HUN", "RUS"}


def test_relative_clause_subject_is_its_antecedent() -> None:
    document = coded("Китай розкритикував декларацію, яка назвала Пекін посібником агресора.")
    naming = [e for e in document.events if e.trigger.text == "назвала"]
    assert len(naming) == 1 and naming[0].source == []


def test_event_dates_are_iso() -> None:
    from litopys.events.records import iso_date

    assert iso_date("2024-02-14TNI") == "2024-02-14" and iso_date("2023-WI") == "2023"
    assert iso_date("2023-07-25/2023-07-27") == "2023-07-25/2023-07-27" and iso_date("2024-W18") == "2024-W18"


def test_parties_after_a_visit_and_the_nearest_preposition_governs() -> None:
    document = coded("У липні 2023 року делегація Ірану відвідала Москву. Сторони обговорили будівництво заводу з виробництва дронів на території Росії.")
    modes = sorted(e.mode for e in events_of(document, "CONSULT"))
    assert modes == ["discuss", "visit"]
    talk = next(e for e in document.events if e.mode == "discuss")
    assert countries(document, talk.source + talk.target) == {"IRN", "RUS"}


def test_plural_meetings_are_one_meeting_with_each() -> None:
    document = coded(
        "У Хіросімі Володимир Зеленський провів зустрічі з прем'єр-міністром Індії Нарендрою Моді та президентом "
        "Бразилії Лулою да Сілвою."
    )
    meetings = events_of(document, "CONSULT")
    assert sorted(countries(document, e.target).pop() for e in meetings) == ["BRA", "IND"]


def test_boats_and_armoured_vehicles_are_military_aid() -> None:
    document = coded("Міністр оборони Великої Британії заявив, що Лондон передасть Україні ще 60 катерів.")
    aid = only(document, "AID")
    assert (aid.mode, aid.modality) == ("military", "future")
    assert countries(document, aid.source) == {"GBR"} and countries(document, aid.target) == {"UKR"}
    assert only(coded("Канада передала Україні 50 бронемашин."), "AID").mode == "military"


def test_thanks_for_aid_credit_the_one_thanked() -> None:
    document = coded("Президент Литви Гітанас Науседа подякував Німеччині за новий пакет військової допомоги.")
    aid = only(document, "AID")
    assert countries(document, aid.source) == {"DEU"} and countries(document, aid.target) == {"LTU"}
    praise = only(document, "SUPPORT")
    assert countries(document, praise.target) == {"DEU"}


def test_a_named_attack_without_its_author() -> None:
    attack = only(coded("Уночі Росія здійснила масовану атаку на Харків."), "FIGHT")
    assert attack.mode == "strike"
    document = coded("Кремль заперечує причетність до атаки на Одесу.")
    denied = only(document, "FIGHT")
    # The one whose involvement is denied is the attack's source; the modality says it is denied.
    assert denied.modality == "denied" and countries(document, denied.source) == {"RUS"}
    assert [document.entity(t).name for t in denied.target] == ["Одеса"]


def test_solidarity_told_as_a_state_is_support_and_told_again_is_one() -> None:
    document = coded("Литва «повністю солідарна» з Польщею.")
    support = only(document, "SUPPORT")
    assert countries(document, support.source) == {"LTU"} and countries(document, support.target) == {"POL"}
    document = coded("Польща підтримала Київ. Міністр закордонних справ Польщі заявив, що Варшава солідарна з Україною.")
    assert len(events_of(document, "SUPPORT")) == 1


def test_traces_said_to_lead_to_a_side_accuse_it_on_the_day_said() -> None:
    document = coded("«Усі сліди ведуть до Москви», — заявив у понеділок міністр внутрішніх справ Німеччини Маркус Ціглер.", "2035-04-25")
    charge = only(document, "DISAPPROVE")
    assert charge.mode == "accuse" and charge.date == "2035-04-23"
    assert countries(document, charge.source) == {"DEU"} and countries(document, charge.target) == {"RUS"}


def test_the_speaker_after_a_quote_past_the_day_named() -> None:
    document = coded("«Ми засуджуємо дії Росії», — заявив у понеділок міністр закордонних справ Німеччини.")
    assert countries(document, only(document, "DISAPPROVE").source) == {"DEU"}


def test_another_s_stand_valued_is_praise_of_its_owner() -> None:
    document = coded("Президент Франції заявив, що цінує внесок Польщі в безпеку Європи.")
    praise = only(document, "SUPPORT")
    assert praise.mode == "praise" and countries(document, praise.target) == {"POL"}


def test_an_attack_with_no_attacker_is_not_laid_on_a_side_that_only_helps() -> None:
    document = coded(
        "Бойовики атакували місто Палма на півночі Мозамбіку: Руанда перекидає нові війська.\n"
        "Уночі бойовики атакували Палму."
    )
    assert all("RWA" not in countries(document, e.source) for e in events_of(document, "FIGHT"))


def test_a_date_after_a_second_object_is_that_object_s() -> None:
    document = coded(
        "У вівторок президенти Вірменії та Азербайджану провели телефонну розмову. Вони домовилися про припинення "
        "вогню з опівночі та про зустріч делегацій наступного тижня.",
        "2035-04-11",
    )
    truce = only(document, "RETREAT")
    assert truce.date == "2035-04-10"


def test_a_warning_that_tells_a_threat_is_that_one_threat() -> None:
    document = coded("Держсекретар США попередив, що Вашингтон може запровадити санкції проти Росії, якщо війська не підуть.")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"USA"} and countries(document, threat.target) == {"RUS"}


def test_a_side_taken_is_the_person_the_title_after_it_names() -> None:
    document = coded(
        "Мехмет Кая провів розмову з прем'єр-міністром Лівії. "
        "Каїр та Абу-Дабі стали на бік командувача армії Саддама Хафтара."
    )
    support = only(document, "SUPPORT")
    assert [document.entity(x).name for x in support.target] == ["Саддам Хафтар"]


def test_denying_what_one_s_strikes_did_answers_the_side_they_hit() -> None:
    document = coded(
        "Уночі пакистанська авіація завдала ударів по прикордонних районах Афганістану. "
        "В Ісламабаді заперечують, що під удари потрапили цивільні."
    )
    denial = only(document, "REJECT")
    assert countries(document, denial.source) == {"PAK"} and countries(document, denial.target) == {"AFG"}
    # a denial that names no attack answers no one
    assert not events_of(coded("Уночі Пакистан завдав ударів по Афганістану. Мінськ заперечує, що постачає зброю."), "REJECT")


def test_an_answer_in_kind_is_aimed_at_whom_the_speaker_just_condemned() -> None:
    document = coded(
        "У МЗС Росії засудили плани США щодо Гренландії. Там також попередили, що Росія «вживатиме заходів у відповідь»."
    )
    threats = events_of(document, "THREATEN")
    assert threats and all(countries(document, t.target) == {"USA"} for t in threats)


def test_a_denied_part_answers_the_accuser() -> None:
    document = coded("Литва звинуватила Росію в підпалі складу у Вільнюсі. Москва заперечує причетність до підпалу.")
    denial = only(document, "REJECT")
    assert countries(document, denial.source) == {"RUS"} and countries(document, denial.target) == {"LTU"}
    # the side the act hit is whom the denial answers, not a third that condemned it
    document = coded(
        "Уночі російський дрон атакував порт у Констанці. Генсек НАТО засудив дії Росії. "
        "У Москві причетність до інциденту заперечують."
    )
    assert countries(document, only(document, "REJECT").target) == {"ROU"}
    # the spokesman's "no proof" in the next sentence tells the same denial again
    document = coded(
        "Уночі російський дрон атакував порт у Констанці. У Москві причетність до інциденту заперечують. "
        "Речник Кремля заявив, що Бухарест «не надав жодних доказів»."
    )
    assert countries(document, only(document, "REJECT").target) == {"ROU"}
    # no accuser in the lines before: the act is denied, no one is answered
    assert not events_of(coded("Кремль заперечує причетність до атаки на Одесу."), "REJECT")


def test_a_sentence_opening_with_earlier_keeps_its_speaker() -> None:
    document = coded("Раніше Головне управління розвідки заявило, що Росія перекидає на південь додаткові війська.")
    moved = only(document, "MOBILIZE")
    assert [document.entity(a).name for a in moved.attributed_to] == ["Головне управління розвідки"]


def test_a_warship_named_by_its_navy_downs_drones_launched_from_a_country() -> None:
    document = coded("У вівторок есмінець ВМС США збив над Червоним морем два дрони, запущені з території Ємену.")
    downing = only(document, "FIGHT")
    assert downing.mode == "air-defence"
    assert countries(document, downing.source) == {"USA"} and countries(document, downing.target) == {"YEM"}


def test_drones_downed_of_a_count_are_their_country_s() -> None:
    document = coded(
        "Українська ППО збила над Дніпропетровщиною 23 з 31 російського ударного дрона. Росія про втрати мовчить."
    )
    downing = next(e for e in events_of(document, "FIGHT") if e.mode == "air-defence")
    assert countries(document, downing.source) == {"UKR"} and countries(document, downing.target) == {"RUS"}


def test_two_country_adjectives_on_one_body_are_two_actors() -> None:
    document = coded("У ніч на середу американська та британська авіація завдала ударів по позиціях хуситів.")
    strike = only(document, "FIGHT")
    assert countries(document, strike.source) == {"USA", "GBR"} and countries(document, strike.target) == {"YEM"}
    # each side at the other
    document = coded("Вірменські та азербайджанські військові обстрілювали позиції одне одного на кордоні.")
    strike = only(document, "FIGHT")
    assert countries(document, strike.source) == {"ARM"} and countries(document, strike.target) == {"AZE"}


def test_a_hyphenated_weapon_counts_as_the_weapon() -> None:
    document = coded("Українські військові збили 12 дронів-камікадзе над Одещиною.")
    assert only(document, "FIGHT").mode == "air-defence"


def test_suspicion_is_an_investigation_of_the_suspect() -> None:
    document = coded("НАБУ підозрює колишнього міністра Миколу Сольського у незаконному заволодінні землею.")
    suspect = only(document, "INVESTIGATE")
    assert suspect.mode == "suspect" and [document.entity(t).name for t in suspect.target] == ["Микола Сольський"]
    served = only(coded("Служба безпеки України повідомила про підозру Віктору Медведчуку."), "INVESTIGATE")
    assert served.mode == "suspect"


def test_an_arrest_warrant_is_the_court_coercing_the_accused() -> None:
    document = coded("Міжнародний кримінальний суд видав ордер на арешт Володимира Путіна.")
    warrant = only(document, "COERCE")
    assert warrant.mode == "arrest"
    assert [document.entity(x).name for x in warrant.source] == ["Міжнародний кримінальний суд"]
    assert countries(document, warrant.target) == {"RUS"}


def test_an_object_before_the_verb_and_its_subject_after() -> None:
    document = coded("Україну відвідав прем'єр-міністр Японії.")
    visit = only(document, "CONSULT")
    assert countries(document, visit.source) == {"JPN"} and countries(document, visit.target) == {"UKR"}
    document = coded("В аеропорту Сі Цзіньпіна зустрів віцепрем'єр Росії Дмитро Чернишенко.")
    welcome = only(document, "CONSULT")
    assert welcome.mode == "meeting" and countries(document, welcome.source + welcome.target) == {"CHN", "RUS"}


def test_an_exchange_of_prisoners_is_a_release_each_way() -> None:
    document = coded("Минулої суботи Азербайджан і Вірменія обміняли полонених за посередництва США.")
    releases = events_of(document, "RETREAT")
    sides = {(frozenset(countries(document, e.source)), frozenset(countries(document, e.target))) for e in releases}
    assert sides == {(frozenset({"AZE"}), frozenset({"ARM"})), (frozenset({"ARM"}), frozenset({"AZE"}))}


def test_an_open_span_gives_way_to_the_sentences_own_date() -> None:
    document = coded("У п'ятницю, 25 серпня, Росія та Україна здійснили найбільший від початку повномасштабного вторгнення "
                     "обмін полоненими.")
    assert {e.date for e in events_of(document, "RETREAT")} == {"2023-08-25"}


def test_shooting_down_with_neutralise_is_air_defence() -> None:
    event = only(coded("Сили ППО України знешкодили 20 ворожих дронів над Києвом."), "FIGHT")
    assert event.mode == "air-defence"


def test_a_battery_is_military_aid() -> None:
    document = coded("Нідерланди передадуть Україні батарею Patriot.")
    aid = only(document, "AID")
    assert aid.mode == "military" and countries(document, aid.target) == {"UKR"}


def test_leaving_for_a_country_is_a_visit() -> None:
    document = coded("Після переговорів канцлер Німеччини Олаф Шольц вилетів до Казахстану.")
    visit = only(document, "CONSULT")
    assert visit.mode == "visit" and countries(document, visit.target) == {"KAZ"}


def test_police_dispersing_a_rally_coerce_and_do_not_protest() -> None:
    document = coded("У Єревані поліція Вірменії розігнала мітинг опозиції біля урядової будівлі.")
    assert only(document, "COERCE").mode == "disperse" and not events_of(document, "PROTEST")


def test_a_promised_veto_is_a_future_rejection() -> None:
    document = coded("Президент Польщі Анджей Дуда пообіцяв накласти вето на закон про суди.")
    veto = only(document, "REJECT")
    assert veto.mode == "veto" and veto.modality == "future" and countries(document, veto.source) == {"POL"}


def test_a_request_is_a_demand_and_what_it_asks_for_is_not_an_event() -> None:
    document = coded("Прем'єр Молдови звернувся до Євросоюзу з проханням надати країні газ.")
    assert only(document, "DEMAND").mode == "request" and not events_of(document, "AID")


def test_calling_a_stance_unfriendly_disapproves_of_whoever_took_it() -> None:
    document = coded("Словаччина відмовилася пропускати транзит. У Будапешті назвали таку позицію недружньою.")
    disapproval = only(document, "DISAPPROVE")
    assert countries(document, disapproval.source) == {"HUN"} and countries(document, disapproval.target) == {"SVK"}


def test_a_hedged_plan_to_strike_is_a_threat() -> None:
    document = coded("За даними розвідки, Іран ймовірно готується атакувати Ізраїль.")
    threat = only(document, "THREATEN")
    assert threat.modality == "hedged" and not events_of(document, "FIGHT")
    # The unnamed source of "за даними розвідки" does not take the clause's subject across the comma.
    assert countries(document, threat.source) == {"IRN"} and countries(document, threat.target) == {"ISR"}


def test_a_foreign_surname_read_only_as_a_vocative_is_indeclinable() -> None:
    # "Руто" is read as the vocative of "рута": it is still the subject of "зустрівся".
    document = coded("Президент Кенії Вільям Руто прилетів до Берліна. Канцлер Німеччини Олаф Шольц тепло привітав гостя. "
                     "Минулого тижня Руто зустрічався в Токіо з прем'єр-міністром Японії Фуміо Кісідою.")
    meeting = next(e for e in events_of(document, "CONSULT") if e.mode == "meeting")
    assert countries(document, meeting.source + meeting.target) == {"KEN", "JPN"}


def test_unnamed_protesters_are_the_people_of_the_place() -> None:
    document = coded("У Мадриді тисячі людей вийшли на протест проти підвищення податків.")
    assert countries(document, only(document, "PROTEST").source) == {"ESP"}
    # A place the gazetteer does not locate gives no political actor: no event.
    assert not coded("У Зеленому Гаю тисячі людей вийшли на протест проти підвищення податків.").events


def test_a_next_meeting_is_future_and_not_the_one_held() -> None:
    document = coded("У четвер прем'єр Японії Фуміо Кісіда провів переговори з президентом Франції Емманюелем Макроном. "
                     "Наступна зустріч Кісіди і Макрона запланована на осінь.")
    modalities = sorted(e.modality for e in events_of(document, "CONSULT"))
    assert modalities == ["asserted", "future"]


def test_an_object_pronoun_before_the_verb_is_the_fronted_object() -> None:
    document = coded("Президент Туреччини Реджеп Тайїп Ердоган прилетів до Баку, де його зустрів президент Азербайджану "
                     "Ільгам Алієв.")
    meeting = next(e for e in events_of(document, "CONSULT") if e.mode == "meeting")
    assert countries(document, meeting.source + meeting.target) == {"TUR", "AZE"}


def test_then_takes_the_last_date_from_an_earlier_paragraph() -> None:
    document = coded("У березні прем'єр Японії Фуміо Кісіда відвідав Індію.\nТоді Японія та Індія домовилися про "
                     "будівництво залізниці.")
    agreement, visit = only(document, "AGREE"), only(document, "CONSULT")
    assert agreement.date is not None and agreement.date == visit.date


def test_the_place_struck_is_the_target_of_an_attack() -> None:
    document = coded("Вночі Росія атакувала дронами порт в Одесі.")
    assert countries(document, only(document, "FIGHT").target) == {"UKR"}
    document = coded("Сили оборони України атакували склад пального в Курській області Росії.")
    assert countries(document, only(document, "FIGHT").target) == {"RUS"}
    # The attacker's own country is where it fights, not whom it attacks.
    assert not only(coded("Ізраїль атакував ціль у Тель-Авіві."), "FIGHT").target


def test_coordinated_verbs_of_conflict_share_their_addressee() -> None:
    document = coded("У Мінську назвали закриття кордону провокацією і пригрозили Литві дзеркальною відповіддю.")
    assert countries(document, only(document, "DISAPPROVE").target) == {"LTU"}
    document = coded("Туреччина засудила рішення Швеції та пригрозила заблокувати її вступ до НАТО.")
    assert all(countries(document, e.target) for e in document.events if e.type in ("DISAPPROVE", "THREATEN"))


def test_an_oblique_relative_pronoun_stands_for_the_actor_before_it() -> None:
    document = coded("Переговори допомогла організувати Туреччина, якій президент Фінляндії Александер Стубб подякував.")
    thanks = only(document, "SUPPORT")
    assert countries(document, thanks.source) == {"FIN"} and countries(document, thanks.target) == {"TUR"}


def test_a_text_written_one_sentence_per_line_carries_the_narrative_date() -> None:
    document = coded("Росія атакувала Харків\n5 серпня російська армія завдала ракетного удару по Харкову.\n"
                     "Сили ППО України збили дві ракети.\nМер міста повідомив про руйнування.")
    air_defence = next(e for e in events_of(document, "FIGHT") if e.mode == "air-defence")
    assert air_defence.date is not None and air_defence.date.endswith("-08-05")


def test_acting_as_mediator_is_a_mediation() -> None:
    document = coded("Посередником у переговорах між Вірменією та Азербайджаном виступив Казахстан.")
    (mediation,) = [e for e in events_of(document, "CONSULT") if e.mode == "mediate"]
    assert countries(document, mediation.source) == {"KAZ"}


def test_an_open_span_is_not_a_narrative_date() -> None:
    document = coded("5 серпня відбувся найбільший з початку вторгнення обмін полоненими.\n"
                     "Посередником виступила Туреччина.\nЦе вже третій такий обмін.\nНаступний очікують восени.")
    assert only(document, "CONSULT").date.endswith("-08-05")


def test_the_guest_is_the_visitor_named_before() -> None:
    document = coded("Прем'єр-міністр Японії Фуміо Кісіда прибув до Канберри. Прем'єр-міністр Австралії Ентоні Албаніз "
                     "подякував японському гостю за візит.")
    thanks = only(document, "SUPPORT")
    assert countries(document, thanks.source) == {"AUS"} and countries(document, thanks.target) == {"JPN"}


def test_a_possessive_before_an_event_noun_names_its_agent() -> None:
    document = coded("Президент Ірану Масуд Пезешкіан заявив, що Тегеран повернеться до угоди, коли Вашингтон виконає "
                     "всі його вимоги.")
    assert countries(document, only(document, "DEMAND").source) == {"IRN"}


def test_a_country_adjective_on_weapons_stands_for_the_country_named_in_the_text() -> None:
    document = coded("Росія продовжує терор проти мирних міст. Вночі російські ракети вдарили по Одесі.")
    strike = next(e for e in events_of(document, "FIGHT") if e.sentence == 1)
    assert countries(document, strike.source) == {"RUS"} and countries(document, strike.target) == {"UKR"}


def test_restrictive_measures_against_an_adjective_named_sector_are_sanctions_on_its_country() -> None:
    document = coded("Нові санкції\n20 травня Японія запровадила санкції проти Росії.\nТого ж дня Канада оголосила про "
                     "нові обмежувальні заходи проти російського ВПК.\nМосква пообіцяла відповісти.")
    canadian = next(e for e in events_of(document, "SANCTION") if countries(document, e.source) == {"CAN"})
    assert countries(document, canadian.target) == {"RUS"}
    japanese = next(e for e in events_of(document, "SANCTION") if countries(document, e.source) == {"JPN"})
    assert canadian.date == japanese.date and canadian.date.endswith("-05-20")  # "Того ж дня": the day just told


def test_the_topic_of_a_deal_is_not_an_event_of_its_own() -> None:
    document = coded("Іран і Росія ведуть переговори щодо угоди про постачання ракет росіянам.")
    assert events_of(document, "AID") == []
    assert countries(document, only(document, "CONSULT").source) == {"IRN", "RUS"}


def test_capitals_of_every_continent_stand_for_their_governments() -> None:
    document = coded("Прем'єр-міністр Індії Нарендра Моді прибув до Найробі. Канберра засудила дії Пекіна.")
    visit = only(document, "CONSULT")
    assert countries(document, visit.target) == {"KEN"}
    condemn = only(document, "DISAPPROVE")
    assert [document.entity(x).actor_code for x in condemn.source] == ["AUSGOV"]


@pytest.mark.parametrize(
    "text",
    [
        "Кремль не бачить підстав для переговорів з Україною.",
        "Польща не планує переговорів з Білоруссю.",
        "Китай не готовий до діалогу зі США.",
    ],
)
def test_a_refused_or_unwanted_talk_is_a_rejection(text: str) -> None:
    document = coded(text)
    assert not events_of(document, "CONSULT") and not events_of(document, "AGREE")
    event = only(document, "REJECT")
    assert event.modality == "asserted" and event.source and event.target


def test_a_meeting_that_did_not_happen_stays_a_negated_meeting() -> None:
    event = only(coded("Зеленський не зустрівся з Путіним."), "CONSULT")
    assert event.modality == "negated"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Переговорний процес блокувала російська сторона.", {"RUS"}),
        ("Санкції проти Ірану блокує Угорщина.", {"HUN"}),
        ("Угорська сторона заблокувала ухвалення рішення.", {"HUN"}),
        ("Словацька делегація заблокувала пункт про закупівлю зброї для Києва.", {"SVK"}),
        ("Китай і Росія заблокували формулювання про засудження агресії.", {"CHN", "RUS"}),
    ],
)
def test_a_block_is_a_veto_by_its_subject_even_after_a_fronted_object(text: str, source: set[str]) -> None:
    document = coded(text)
    event = only(document, "REJECT")
    assert event.mode == "veto"
    assert countries(document, event.source) == source


def test_a_reported_attempt_is_the_speakers_accusation_and_the_act_only_their_claim() -> None:
    document = coded("Прем'єр Литви заявив, що Росія намагається знищити енергетичну інфраструктуру Польщі.")
    accusation = only(document, "DISAPPROVE")
    assert accusation.mode == "accuse"
    assert countries(document, accusation.source) == {"LTU"}
    assert countries(document, accusation.target) == {"RUS"}
    assert not events_of(document, "FIGHT")
    assert any("знищити" in claim.text for claim in document.claims)


def test_an_attempt_told_by_the_writer_is_still_coded() -> None:
    event = only(coded("Росія намагається знищити енергосистему України."), "FIGHT")
    assert event.mode == "strike"


def test_a_release_told_through_its_helper_codes_the_helper_as_mediator() -> None:
    document = coded("Саудівська Аравія допомогла повернути в Грузію трьох затриманих Росією полонених.")
    release = only(document, "RETREAT")
    assert countries(document, release.source) == {"RUS"}
    assert countries(document, release.target) == {"GEO"}
    mediation = only(document, "CONSULT")
    assert mediation.mode == "mediate"
    assert countries(document, mediation.source) == {"SAU"}
    assert countries(document, mediation.target) == {"RUS", "GEO"}
    assert not events_of(document, "AID")


def test_a_helped_exchange_keeps_its_sides_and_gets_one_mediator() -> None:
    document = coded("Туреччина сприяла обміну полоненими між Вірменією та Азербайджаном.")
    mediation = only(document, "CONSULT")
    assert countries(document, mediation.source) == {"TUR"}
    assert {frozenset(countries(document, e.source)) for e in events_of(document, "RETREAT")} == {
        frozenset({"ARM"}), frozenset({"AZE"})
    }


def test_no_grounds_for_talks_a_few_words_away_is_still_a_rejection() -> None:
    document = coded("Мінськ не бачить жодних підстав для відновлення прямих переговорів з Вільнюсом.")
    event = only(document, "REJECT")
    assert countries(document, event.source) == {"BLR"}
    assert not events_of(document, "CONSULT")


def test_actors_named_only_by_a_country_adjective_take_part_in_events() -> None:
    document = coded("Канада запровадила санкції проти чотирьох іранських фірм.")
    sanction = only(document, "SANCTION")
    assert countries(document, sanction.target) == {"IRN"}
    document = coded("Грузинська опозиція вийшла на протест проти уряду.")
    assert countries(document, only(document, "PROTEST").source) == {"GEO"}


def test_protests_told_as_taking_place_in_a_foreign_town_are_its_peoples_protest() -> None:
    document = coded("Минулого тижня масові протести відбулися також у Кутаїсі.")
    event = only(document, "PROTEST")
    assert countries(document, event.source) == {"GEO"}


def test_a_promise_of_what_a_content_clause_tells() -> None:
    document = coded("Канцлер Олаф Шольц пообіцяв, що Німеччина передасть Україні ще дві системи Patriot.")
    promise = only(document, "AGREE")
    assert promise.mode == "promise" and countries(document, promise.target) == {"UKR"}
    assert only(document, "AID").modality == "future"


def test_a_court_sentence_is_coercion_not_condemnation() -> None:
    document = coded("Шевченківський районний суд Києва заочно засудив до 12 років ув'язнення російського полковника.")
    sentence = only(document, "COERCE")
    assert sentence.mode == "sentence" and countries(document, sentence.target) == {"RUS"}
    assert not events_of(document, "DISAPPROVE")


def test_suspicion_and_wanted_notices() -> None:
    document = coded("Національне антикорупційне бюро оголосило підозру меру Одеси.")
    assert countries(document, only(document, "INVESTIGATE").source) == {"UKR"}
    document = coded("Москва оголосила в розшук суддю Міжнародного кримінального суду.")
    wanted = only(document, "COERCE")
    assert countries(document, wanted.source) == {"RUS"} and document.entity(wanted.target[0]).actor_code.startswith("IGOJUD")


def test_a_body_holding_a_session_is_a_meeting() -> None:
    document = coded("Рада Безпеки ООН у вівторок провела позачергове засідання щодо ситуації на Запорізькій АЕС.")
    assert only(document, "CONSULT").mode == "meeting"


def test_solidarity_and_assurances_of_support_have_a_target() -> None:
    document = coded("Прем'єр Польщі висловив солідарність з Литвою.")
    assert countries(document, only(document, "SUPPORT").target) == {"LTU"}
    document = coded("Канцлер Німеччини Олаф Шольц зустрівся з президенткою Молдови Маєю Санду і запевнив її у підтримці.")
    assert countries(document, only(document, "SUPPORT").target) == {"MDA"}


def test_no_signs_of_an_attack_is_a_negated_attack_by_its_genitive_owner() -> None:
    document = coded("Міністр оборони Латвії заявив, що немає ознак підготовки нападу Білорусі на країни Балтії.")
    attack = only(document, "FIGHT")
    assert attack.modality == "negated" and countries(document, attack.source) == {"BLR"}


def test_a_common_noun_subject_is_not_replaced_by_an_earlier_actor() -> None:
    document = coded("Росія обстріляла Суми. Експерти закликають посилити ППО.")
    assert not events_of(document, "DEMAND")


def test_his_government_is_the_speakers_country() -> None:
    document = coded("Прем'єр-міністр Угорщини Віктор Орбан заявив, що його уряд не надаватиме Україні зброю.")
    aid = only(document, "AID")
    assert aid.modality == "negated" and countries(document, aid.source) == {"HUN"}


def test_a_threat_to_block_is_a_threat_against_the_blocked() -> None:
    document = coded("Прем'єр Угорщини пригрозив ветувати рішення ЄС про нові санкції.")
    threat = only(document, "THREATEN")
    assert document.entity(threat.target[0]).actor_code == "IGOEEC"
    assert not events_of(document, "REJECT")


def test_the_sides_of_a_coalition_cooperate_and_then_agree_as_a_pair() -> None:
    document = coded("Данія та Нідерланди оголосили про створення коаліції винищувачів. Згодом дві країни домовилися передати Україні F-16.")
    assert countries(document, only(document, "COOPERATE").source) == {"DNK", "NLD"}
    agree = only(document, "AGREE")
    assert countries(document, agree.source + agree.target) >= {"DNK", "NLD"}


def test_refusing_to_recognise_an_authority_is_a_rejection() -> None:
    document = coded("Білорусь не визнає юрисдикцію Міжнародного кримінального суду.")
    assert countries(document, only(document, "REJECT").source) == {"BLR"}
    assert not events_of(document, "SUPPORT")


def test_shelling_of_a_town_strikes_the_town() -> None:
    document = coded("Обстріл Херсона тривав усю ніч.")
    assert countries(document, only(document, "FIGHT").target) == {"UKR"}
    assert not only(document, "FIGHT").source


def test_an_event_noun_after_despite_or_as_a_subject_is_not_the_speakers_act() -> None:
    document = coded("Остін закликав союзників не зменшувати підтримку, попри затримку пакета допомоги в Конгресі.")
    assert not events_of(document, "AID")
    document = coded("У Кремлі заявили, що постачання західної зброї затягує війну.")
    assert not events_of(document, "AID")


def test_a_strike_back_by_the_struck_country_is_its_own_event() -> None:
    document = coded("Росія завдала удару по Харкову. Того ж дня Україна уразила російський склад у Бєлгороді.")
    assert len(events_of(document, "FIGHT")) == 2


def test_the_accused_does_what_the_accusation_names() -> None:
    document = coded("Литва звинуватила Білорусь в організації нелегальної міграції. Естонія звинуватила Росію в обстрілі Херсона.")
    strike = only(document, "FIGHT")
    assert countries(document, strike.source) == {"RUS"} and countries(document, strike.target) == {"UKR"}
    document = coded("Слідчі підозрюють його в ударах по енергетиці України.")
    assert not events_of(document, "INVESTIGATE") or not countries(document, only(document, "INVESTIGATE").source)


def test_an_occupation_administration_takes_its_country_from_the_adjective() -> None:
    document = coded("Російська окупаційна адміністрація Херсонщини звинуватила ЗСУ в обстрілі лікарні.")
    accusation = only(document, "DISAPPROVE")
    assert countries(document, accusation.source) == {"RUS"} and countries(document, accusation.target) == {"UKR"}


def test_an_indeclinable_surname_alone_is_still_the_subject() -> None:
    document = coded("Прем'єр-міністр Індії Нарендра Моді прибув до Києва. Пізніше Моді закликав сторони до діалогу.")
    assert countries(document, only(document, "DEMAND").source) == {"IND"}


def test_a_dated_plan_is_a_decision_not_a_threat() -> None:
    document = coded("Латвія з 15 травня закриє пункт пропуску на кордоні з Росією.")
    closing = only(document, "COERCE")
    assert closing.modality == "future" and countries(document, closing.target) == {"RUS"}
    assert not events_of(document, "THREATEN")


def test_a_person_named_in_a_sentence_with_no_event_is_who_he_refers_to() -> None:
    document = coded(
        "Прем'єр-міністр Литви Інгріда Шимоніте зустрілася з президентом Польщі Анджеєм Дудою. "
        "Канцлер Австрії Карл Негаммер пообіцяв розглянути прохання фермерів. Водночас він засудив Угорщину за вето."
    )
    assert countries(document, only(document, "DISAPPROVE").source) == {"AUT"}


def test_the_mediator_named_with_za_poserednytstva_mediates() -> None:
    document = coded("Росія та Україна повернули дітей до родин за посередництва Катару.")
    mediation = [e for e in events_of(document, "CONSULT") if e.mode == "mediate"]
    assert len(mediation) == 1 and countries(document, mediation[0].source) == {"QAT"}
    document = coded("Туреччина, яка була посередником у переговорах, оголосила про обмін.")
    assert any(e.mode == "mediate" and countries(document, e.source) == {"TUR"} for e in document.events)


def test_air_defence_with_no_country_is_the_side_just_struck() -> None:
    document = coded("Росія атакувала Харків дронами. Сили ППО збили 20 безпілотників.")
    defence = [e for e in events_of(document, "FIGHT") if e.mode == "air-defence"]
    assert len(defence) == 1 and countries(document, defence[0].source) == {"UKR"}


def test_a_blockade_by_hauliers_or_farmers_is_a_protest() -> None:
    document = coded("Словацькі фермери заблокували кордон з Україною.")
    assert countries(document, only(document, "PROTEST").source) == {"SVK"} and not events_of(document, "COERCE")
    document = coded("Росія заблокувала порти України.")
    assert only(document, "COERCE") and not events_of(document, "PROTEST")


def test_refusing_to_support_is_a_rejection() -> None:
    document = coded("Прем'єр Словаччини заявив, що Братислава не підтримає новий пакет санкцій проти Росії.")
    assert countries(document, only(document, "REJECT").source) == {"SVK"}
    assert not events_of(document, "SUPPORT")


def test_the_genitive_of_a_strike_on_positions_is_the_target() -> None:
    document = coded("Грузія звинуватила Росію в обстрілі грузинських позицій біля Цхінвалі.")
    strike = only(document, "FIGHT")
    assert countries(document, strike.source) == {"RUS"} and countries(document, strike.target) == {"GEO"}


def test_an_event_noun_with_a_demonstrative_is_not_told_again() -> None:
    document = coded("Молдова звинуватила Росію у підготовці перевороту. У МЗС Росії такі закиди відкинули.")
    assert len(events_of(document, "DISAPPROVE")) == 1
    rejection = only(document, "REJECT")
    assert countries(document, rejection.source) == {"RUS"} and countries(document, rejection.target) == {"MDA"}


def test_an_indeclinable_name_after_a_noun_is_the_subject_when_none_is_left() -> None:
    document = coded("За умовами обміну КНДР звільнить трьох громадян США.")
    assert countries(document, only(document, "RETREAT").source) == {"PRK"}


def test_a_second_subject_after_a_and_a_dash_repeats_the_verb() -> None:
    document = coded("Німеччина передасть Україні дві системи IRIS-T, а Нідерланди — 18 гаубиць.")
    aid = events_of(document, "AID")
    assert {frozenset(countries(document, e.source)) for e in aid} == {frozenset({"DEU"}), frozenset({"NLD"})}
    assert all(countries(document, e.target) == {"UKR"} for e in aid)
    document = coded("Росія звільнить 50 українських полонених, а Україна — 50 російських.")
    releases = events_of(document, "RETREAT")
    assert {(min(countries(document, e.source)), min(countries(document, e.target))) for e in releases} == {("RUS", "UKR"), ("UKR", "RUS")}


def test_an_appeal_to_a_body_is_a_demand_and_an_address_is_not() -> None:
    document = coded("Молдова звернулася до ОБСЄ з проханням направити спостерігачів.")
    assert only(document, "DEMAND").target
    assert not coded("Президент Франції Емманюель Макрон звернувся до нації.").events
    document = coded("Уряд Японії звернувся до Ради безпеки ООН.")
    assert only(document, "DEMAND").mode == "request"


def test_a_truce_and_a_release_agreed_together_are_two_events() -> None:
    document = coded("Вірменія та Азербайджан оголосили перемир'я. Азербайджан звільнить 32 вірменських військових.")
    assert {e.mode for e in events_of(document, "RETREAT")} == {"ceasefire", "release"}
    assert not coded("Президент Росії звільнив з посади трьох військових.").events  # dismissed, not released


def test_an_invitation_after_a_signing_between_the_same_leaders_is_an_act_of_its_own() -> None:
    document = coded(
        "Сі Цзіньпін і Володимир Путін у вівторок підписали в Кремлі пакет документів. "
        "Наприкінці зустрічі Сі запросив Путіна відвідати Пекін восени."
    )
    assert {e.mode for e in events_of(document, "AGREE")} == {"sign", "invite"}


def test_aid_weighed_as_one_more_is_not_the_aid_given_told_again() -> None:
    document = coded(
        "Британія у вівторок передала Україні дві зенітні системи. "
        "Як пише The Times, Лондон нібито розглядає й передачу Києву ракет Storm Shadow."
    )
    assert {e.modality for e in events_of(document, "AID")} == {"asserted", "hedged"}


def test_a_bare_year_told_as_background_does_not_date_the_next_line() -> None:
    document = coded(
        "Прем'єр Молдови Александру Мунтяну у вівторок прибув до Києва. "
        "За його словами, Росія ще 2022 року замінувала акваторію біля Одеси. Мунтяну подякував Україні за підтримку.",
        published="2034-05-10",
    )
    assert only(document, "SUPPORT").date == "2034-05-09"


def test_an_exchange_of_fire_is_a_strike_each_way() -> None:
    document = coded("Вірменія та Азербайджан у вівторок обмінялися артилерійськими ударами на кордоні.")
    strikes = {(tuple(countries(document, e.source)), tuple(countries(document, e.target))) for e in events_of(document, "FIGHT")}
    assert strikes == {(("ARM",), ("AZE",)), (("AZE",), ("ARM",))}


def test_an_agreement_told_as_the_outcome_of_talks_is_the_talks_sides_and_welcoming_it_is_to_them() -> None:
    document = coded(
        "У п'ятницю в Дусі за посередництва Катару відбулися переговори делегацій Азербайджану та Вірменії. "
        "Головним результатом стала домовленість про обмін полоненими. "
        "У Вашингтоні домовленість привітали."
    )
    agreement = only(document, "AGREE")
    assert countries(document, agreement.source + agreement.target) == {"AZE", "ARM"}
    welcome = only(document, "SUPPORT")
    assert countries(document, welcome.source) == {"USA"} and countries(document, welcome.target) == {"AZE", "ARM"}


def test_agreeing_on_a_return_of_the_dead_is_an_agreement() -> None:
    document = coded("Делегації Судану та Південного Судану погодили репатріацію тіл загиблих.")
    assert countries(document, only(document, "AGREE").source) == {"SDN", "SSD"}


def test_sending_a_battalion_abroad_is_military_aid() -> None:
    document = coded("Президент Руанди оголосив, що направив до Мозамбіку батальйон спецпризначенців.")
    aid = only(document, "AID")
    assert countries(document, aid.source) == {"RWA"} and countries(document, aid.target) == {"MOZ"}


def test_a_warning_naming_no_one_is_about_the_country_its_content_names() -> None:
    document = coded(
        "Кенійські військові прибули до Могадішо. Місія ООН у Сомалі попередила, що країна «стоїть на порозі нової війни»."
    )
    warning = only(document, "DISAPPROVE")
    assert countries(document, warning.target) == {"SOM"}


def test_a_strike_on_a_place_in_the_strikers_own_occupied_land_is_on_the_enemy_but_insurgents_strike_at_home() -> None:
    document = coded(
        "Росіяни обстріляли Херсон. У ніч на середу Сили оборони уразили аеродром Гвардійське в окупованому Криму."
    )
    strike = next(e for e in events_of(document, "FIGHT") if e.sentence == 1)
    assert countries(document, strike.target) == {"RUS"}
    document = coded(
        "Ефіопські війська обстріляли позиції сомалійської армії. Бойовики «Аш-Шабаб» напали на село Мусуна на "
        "півдні Сомалі."
    )
    raid = next(e for e in events_of(document, "FIGHT") if e.sentence == 1)
    assert countries(document, raid.target) == {"SOM"}


def test_insurgents_fight_their_own_state_and_its_leader_condemns_them() -> None:
    document = coded(
        "Бойовики «Аш-Шабаб» у неділю викрали два десятки цивільних на півдні Сомалі.\n\n"
        "У понеділок джихадисти атакували військову базу поблизу Кісмайо. Президент Сомалі назвав напад "
        "«злочином». Кенія направила до кордону два батальйони. Генеральний секретар ООН засудив викрадення "
        "цивільних."
    )
    attack = next(e for e in events_of(document, "FIGHT") if e.sentence == 1)
    assert countries(document, attack.source) == {"SOM"} and countries(document, attack.target) == {"SOM"}
    condemnations = [e for e in events_of(document, "DISAPPROVE")]
    assert condemnations and all(any(document.entity(x).actor_code == "SOMREB" for x in e.target) for e in condemnations)


def test_a_country_adjective_on_the_places_struck_after_the_weapon_is_the_target() -> None:
    document = coded(
        "Бухарест викликав посла Росії. Румунія закрила небо, а Румунія й Болгарія підняли винищувачі. Російські "
        "війська вночі атакували ударними дронами українські порти на Дунаї. Україна засудила удар."
    )
    strike = only(document, "FIGHT")
    assert countries(document, strike.target) == {"UKR"}


def test_troops_moved_to_a_region_of_ones_own_after_a_clash_face_the_other_side() -> None:
    document = coded(
        "Пакистанські військові обстріляли індійські позиції в Кашмірі. Міністр оборони Індії заявив, що до "
        "Джамму додатково перекинуть дві бригади."
    )
    troops = only(document, "MOBILIZE")
    assert countries(document, troops.source) == {"IND"} and countries(document, troops.target) == {"PAK"}


def test_the_second_name_of_a_shared_role_is_a_person_of_the_second_country() -> None:
    document = coded("Глави МЗС Індії та Китаю Аніта Шарма і Ван Лімін провели зустріч у Сеулі.")
    meeting = only(document, "CONSULT")
    assert countries(document, meeting.source + meeting.target) == {"IND", "CHN"}


def test_the_country_after_a_group_of_countries_named_is_the_one_last_named_not_a_member() -> None:
    document = coded(
        "Країни Балтії відкликали послів з Мінська. Білорусь відповіла жорстко. У вівторок країна закрила кордон для "
        "вантажівок з Литви."
    )
    closure = next(e for e in document.events if e.sentence == 2)
    assert countries(document, closure.source) == {"BLR"}


def test_an_infinitive_before_a_negated_verb_of_intent_is_negated() -> None:
    document = coded("Міністерство закордонних справ Литви заявило, що свого посла з Мінська відкликати не збирається.")
    assert only(document, "SANCTION").modality == "negated"


def test_a_states_strike_on_its_own_insurgents_abroad_is_on_the_country_they_are_struck_in() -> None:
    document = coded(
        "Пакистан попередив Кабул. Пакистанська авіація завдала ударів по позиціях угруповання «Техрік-і-Талібан "
        "Пакистан» у провінції Хост на сході Афганістану."
    )
    strike = only(document, "FIGHT")
    assert countries(document, strike.source) == {"PAK"} and countries(document, strike.target) == {"AFG"}


def test_calling_ones_own_citizens_to_leave_a_country_is_a_travel_warning_against_it() -> None:
    document = coded(
        "Білорусь затримала трьох литовців. Того ж дня МЗС Литви закликало громадян Литви негайно залишити країну."
    )
    warning = only(document, "SANCTION")
    assert countries(document, warning.source) == {"LTU"} and countries(document, warning.target) == {"BLR"}


def test_a_century_told_as_background_dates_nothing() -> None:
    document = coded(
        "Індія та Китай у неділю обмінялися звинуваченнями.\n\n"
        "Фортеця XVII століття, яка з 1990 року є музеєм, лежить на спірній ділянці.\n\n"
        "Китайські військові обстріляли індійський патруль.",
        published="2034-05-10",
    )
    assert only(document, "FIGHT").date == "2034-05-07"


def test_an_invitation_is_dated_when_made_not_when_the_occasion_is() -> None:
    document = coded(
        "Прем'єр Словаччини у вівторок прибув до Москви. Путін запросив гостя на економічний форум у червні.",
        published="2034-05-10",
    )
    assert only(document, "AGREE").date == "2034-05-09"


def test_a_summary_in_the_present_takes_the_day_of_the_words_told_next() -> None:
    document = coded(
        "Естонія заявила протест Росії.\n\nУ Москві факт порушення кордону заперечують. "
        "Міністерство оборони Росії ще у вівторок заявило, що літаки не перетинали кордонів.",
        published="2027-09-01",
    )
    assert only(document, "REJECT").date == "2027-08-31"


def test_a_protest_declared_to_a_country_in_the_dative_is_aimed_at_it() -> None:
    document = coded("Естонія заявила протест Росії.")
    assert countries(document, only(document, "DISAPPROVE").target) == {"RUS"}


def test_criticism_from_a_country_told_before_the_verb_is_what_is_rejected() -> None:
    document = coded("Критику з боку США індійський міністр відкинув: рішення ухвалюються в інтересах громадян.")
    assert countries(document, only(document, "REJECT").target) == {"USA"}


def test_a_fronted_statement_rejected_is_its_authors_and_its_genitive_does_not_speak() -> None:
    document = coded("У Москві заяву «сімки» відкинули.")
    rejection = only(document, "REJECT")
    assert countries(document, rejection.source) == {"RUS"}
    assert [document.entity(x).actor_code for x in rejection.target] == ["IGOG7"]


def test_an_execution_condemned_is_aimed_at_its_doers_not_at_whom_it_befell() -> None:
    document = coded(
        "Російські військові стратили трьох українських полонених. ЄС засуджує страту українських військових."
    )
    assert countries(document, only(document, "DISAPPROVE").target) == {"RUS"}


def test_a_repatriation_of_the_dead_is_a_joint_act_of_the_storys_two_sides() -> None:
    document = coded(
        "Лубінець звинуватив Росію в затягуванні обмінів. У вівторок відбулася чергова репатріація тіл загиблих."
    )
    assert countries(document, only(document, "COOPERATE").source) == {"UKR", "RUS"}
    document = coded("Росія звинуватила Київ у затягуванні. Україна в понеділок повернула тіла 909 загиблих воїнів.")
    assert countries(document, only(document, "COOPERATE").source) == {"UKR", "RUS"}
    document = coded("Делегації Києва й Москви обговорювали звільнення полонених і репатріацію тіл загиблих.")
    assert not events_of(document, "COOPERATE")


def test_a_sanction_weighed_is_that_sanction_and_a_ban_defied_is_none() -> None:
    document = coded("За даними Nikkei, Пекін нібито розглядає обмеження експорту рідкоземельних металів до Японії.")
    ban = only(document, "SANCTION")
    assert countries(document, ban.source) == {"CHN"} and countries(document, ban.target) == {"JPN"}
    document = coded("Іран продовжує розглядати можливість нових постачань зброї Росії попри заборону Радбезу.")
    assert not events_of(document, "SANCTION")
    document = coded("Уряд Литви розгляне послаблення обмежень для білоруських вантажівок.")
    assert not events_of(document, "SANCTION")


def test_an_outlet_that_reports_is_not_who_acts_and_a_capital_weighs_for_its_government() -> None:
    document = coded(
        "Як пише Reuters із посиланням на джерела в Конгресі, у Вашингтоні нібито розглядають можливість "
        "вторинних санкцій проти Мексики."
    )
    assert countries(document, only(document, "SANCTION").source) == {"USA"}


def test_squadrons_and_reserves_moved_and_reservists_called_up_are_mobilisation() -> None:
    document = coded("Росія нібито перекинула ще одну ескадрилью Су-34 на аеродроми Бєлгородської області.")
    assert countries(document, only(document, "MOBILIZE").source) == {"RUS"}
    document = coded("Еритрея оголосила призов резервістів віком до 55 років.")
    assert countries(document, only(document, "MOBILIZE").source) == {"ERI"}


def test_a_right_to_answer_reserved_is_a_threat_at_who_acted_against_the_speaker() -> None:
    document = coded("Канада запровадила санкції проти російських банків. Росія залишає за собою право на відповідь.")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"RUS"} and countries(document, threat.target) == {"CAN"}


def test_a_protest_told_in_what_was_said_is_not_a_protest_declared_by_the_teller() -> None:
    document = coded(
        "Сестра північнокорейського лідера Кім Йо Чжон назвала Сеул «співучасником американської війни». "
        "Генеральний секретар кабінету міністрів заявив, що Токіо передав Пхеньяну рішучий протест через посольство в Пекіні."
    )
    assert [e.mode for e in events_of(document, "DISAPPROVE") if e.sentence == 1] == ["protest-note"]


def test_rights_defenders_are_the_rights_group_named_before() -> None:
    document = coded(
        "Amnesty International назвала удар по театру воєнним злочином. Правозахисники закликали Росію видати командира."
    )
    demand = only(document, "DEMAND")
    assert [document.entity(x).actor_code for x in demand.source] == ["NGOHRI"]


def test_inspectors_ordered_out_visa_bans_and_talks_suspended_are_sanctions() -> None:
    document = coded("Іран наказав усім інспекторам Міжнародного агентства з атомної енергії залишити країну протягом 48 годин.")
    assert only(document, "SANCTION").mode == "expel"
    document = coded("Держдеп США у вівторок оголосив візові заборони для 19 грузинських посадовців.")
    assert countries(document, only(document, "SANCTION").target) == {"GEO"}
    document = coded("Рада ЄС ухвалила рішення призупинити переговори про вступ Грузії до Євросоюзу.")
    assert countries(document, only(document, "SANCTION").target) == {"GEO"}
    assert not events_of(document, "AGREE")


def test_measures_threatened_with_u_for_v_are_a_threat() -> None:
    document = coded("Речник МЗС КНР попередив: якщо Маніла продовжить провокації, Китай ужиє всіх необхідних заходів.")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"CHN"} and countries(document, threat.target) == {"PHL"}


def test_this_step_refers_to_the_act_of_the_sentence_before() -> None:
    document = coded("Президент Сербії Александар Вучич підписав указ про перекидання військ. Литва назвала цей крок провокацією.")
    disapproval = only(document, "DISAPPROVE")
    assert countries(document, disapproval.source) == {"LTU"} and countries(document, disapproval.target) == {"SRB"}


def test_a_coast_guard_and_a_ship_with_a_country_adjective_are_the_sides() -> None:
    document = coded("Берегова охорона Китаю застосувала водомети проти філіппінського судна. Філіппіни засудили інцидент.")
    assault = only(document, "ASSAULT")
    assert countries(document, assault.source) == {"CHN"} and countries(document, assault.target) == {"PHL"}
    condemnation = only(document, "DISAPPROVE")  # "інцидент" refers back to the water cannon
    assert countries(document, condemnation.target) == {"CHN"}


def test_a_charge_d_affaires_is_the_office_of_his_country() -> None:
    document = coded("МЗС Польщі викликало тимчасового повіреного у справах Білорусі.")
    assert countries(document, only(document, "DISAPPROVE").target) == {"BLR"}


def test_a_phone_call_named_by_its_noun_is_a_consultation() -> None:
    document = coded("Після телефонної розмови Макрона і Мелоні сторони оприлюднили заяву.")
    call = only(document, "CONSULT")
    assert call.mode == "phone" and countries(document, call.source + call.target) == {"FRA", "ITA"}


def test_aid_with_no_receiver_goes_to_the_host_just_visited() -> None:
    document = coded("Прем'єр Нідерландів Дік Схоф прибув до Харкова. Він оголосив про новий пакет військової допомоги.")
    aid = only(document, "AID")
    assert countries(document, aid.source) == {"NLD"} and countries(document, aid.target) == {"UKR"}


def test_the_one_involved_in_an_attack_is_its_source() -> None:
    document = coded("СБУ повідомила про підозру російському офіцеру, причетному до обстрілу Херсона. У Росії це не коментують.")
    strike = only(document, "FIGHT")
    assert countries(document, strike.source) == {"RUS"} and countries(document, strike.target) == {"UKR"}


def test_reinforcing_a_border_guard_is_a_mobilisation() -> None:
    document = coded("Фінляндія не виключає посилення охорони кордону з Росією.")
    reinforcement = only(document, "MOBILIZE")
    assert countries(document, reinforcement.source) == {"FIN"} and reinforcement.modality == "possible"


def test_a_plural_noun_is_not_read_as_an_imperative() -> None:
    document = coded("Хусити продовжують напади на судна в Червоному морі.")
    assert countries(document, only(document, "FIGHT").source) == {"YEM"}  # "напади хуситів" is theirs


def test_a_noun_referring_back_takes_the_event_told_with_that_word() -> None:
    document = coded("Ізраїль завдав ударів по Лівану. Хезболла погрожує помстою. Іран засудив удари.")
    assert countries(document, only(document, "DISAPPROVE").target) == {"ISR"}


def test_saying_ones_own_side_will_strike_back_is_a_threat() -> None:
    document = coded("Речник Кремля Дмитро Пєсков попередив, що Москва не вагатиметься застосувати ядерну зброю.")
    assert countries(document, only(document, "THREATEN").source) == {"RUS"} and not events_of(document, "DISAPPROVE")
    document = coded("Президент Білорусі Олександр Лукашенко заявив, що Мінськ відповість на будь-які провокації.")
    assert countries(document, only(document, "THREATEN").source) == {"BLR"}
    document = coded("Президент США Джо Байден заявив, що США нададуть Україні нову допомогу.")
    assert not events_of(document, "THREATEN")  # one's own future aid is a promise, not a threat


def test_a_warning_of_harm_to_come_is_a_threat() -> None:
    # the warned object before "що", the harm in the content whoever's act it is
    document = coded("Посольство Росії в Гаазі застерегло нідерландську владу, що нові поставки літаків «матимуть наслідки».")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"RUS"} and countries(document, threat.target) == {"NLD"}
    document = coded("Речниця МЗС Росії попередила, що будь-які спроби тиску на Придністров'я «не залишаться без відповіді».")
    assert countries(document, only(document, "THREATEN").source) == {"RUS"}
    # past the condition, the speaker's own side acts ("коли …, Белград …")
    document = coded("Президент Сербії попередив, що коли косовська поліція знову увійде на північ, Белград «не стоятиме осторонь».")
    assert countries(document, only(document, "THREATEN").source) == {"SRB"}
    # a verb read also as an adjective no text means still agrees with its subject ("Пекін ужиє")
    document = coded("Речник МЗС Китаю застеріг, що в разі нових «провокацій» Пекін ужиє «всіх необхідних заходів».")
    assert countries(document, only(document, "THREATEN").source) == {"CHN"}


def test_a_negated_own_act_to_come_is_a_refusal_not_a_threat() -> None:
    document = coded("Міністр закордонних справ Литви застеріг, що Вільнюс не пропускатиме білоруські добрива через свій порт.")
    assert not events_of(document, "THREATEN")


def test_one_countrys_reaction_told_twice_is_one_event() -> None:
    document = coded("Уряд Канади висловив занепокоєння діями Китаю. Прем'єр Канади Джастін Трюдо назвав їх провокацією.")
    assert countries(document, only(document, "DISAPPROVE").target) == {"CHN"}
    document = coded("Міністр закордонних справ Франції звинуватив Росію у воєнних злочинах. Франція викликала російського посла.")
    assert len(events_of(document, "DISAPPROVE")) == 2  # an accusation and a summons are two acts


def test_mediating_told_by_its_verb() -> None:
    document = coded("Катар, який посередничає між Ізраїлем і ХАМАС, закликав до перемир'я.")
    mediation = [e for e in events_of(document, "CONSULT") if e.mode == "mediate"]
    assert len(mediation) == 1 and countries(document, mediation[0].source) == {"QAT"}


def test_humanitarian_goods_handed_over_are_aid() -> None:
    aid = only(coded("Франція передала Україні три мобільні лікарні."), "AID")
    assert aid.mode == "humanitarian"


def test_a_charge_denied_answers_the_accuser_and_is_not_a_new_accusation() -> None:
    document = coded("Туреччина звинуватила Грецію в провокаціях. Афіни звинувачення заперечують.")
    assert len(events_of(document, "DISAPPROVE")) == 1
    rejection = only(document, "REJECT")
    assert countries(document, rejection.source) == {"GRC"} and countries(document, rejection.target) == {"TUR"}
    document = coded("Литва звинуватила Росію в кібератаках. Кремль і агентство ТАСС ці звинувачення відкинули.")
    assert countries(document, only(document, "REJECT").source) == {"RUS"}  # "агентство ТАСС" joins the Kremlin


def test_refusing_to_comment_refuses_nothing() -> None:
    assert not coded("У Пентагоні відмовилися коментувати інформацію.").events


def test_a_possible_exchange_of_prisoners_is_two_possible_releases() -> None:
    document = coded("Можливий обмін ув'язненими між Білоруссю та Литвою може відбутися восени.")
    releases = events_of(document, "RETREAT")
    assert len(releases) == 2 and all(e.modality == "possible" for e in releases)


def test_an_act_at_a_meeting_told_before_takes_its_date() -> None:
    document = coded(
        "Президент Франції Емманюель Макрон 5 квітня провів зустріч із президентом Китаю Сі Цзіньпіном. "
        "За підсумками зустрічі сторони підписали угоду про постачання літаків."
    )
    signing = only(document, "AGREE")
    assert countries(document, signing.source + signing.target) == {"FRA", "CHN"} and signing.date == "2024-04-05"


def test_his_is_the_person_just_named_in_the_sentence() -> None:
    document = coded(
        "Прем'єр Японії прибув до Варшави. Візит Макрона до Пекіна відбувся через місяць після його поїздки до Вашингтона."
    )
    trips = [e for e in events_of(document, "CONSULT") if e.trigger.text == "поїздки"]
    assert len(trips) == 1 and countries(document, trips[0].source) == {"FRA"}
    assert trips[0].date is None  # "через місяць після" counts from the trip, not from today


def test_being_ready_to_help_is_an_offer() -> None:
    offer = only(coded("Туреччина готова сприяти переговорам між Києвом і Москвою."), "AGREE")
    assert offer.mode == "offer"


def test_saying_one_is_ready_to_give_aid_is_an_offer_but_a_report_of_it_stays_the_aid() -> None:
    document = coded("Прем'єр Канади заявив, що Оттава «готова передати Україні розвідувальні дані з безпілотників».")
    offer = only(document, "AGREE")
    assert offer.mode == "offer" and countries(document, offer.target) == {"UKR"} and not events_of(document, "AID")
    document = coded("За даними Reuters, Оттава нібито готова передати Україні ще дві батареї ППО.")
    assert only(document, "AID").modality == "hedged" and not events_of(document, "AGREE")


def test_the_signing_told_again_by_its_signatories_is_one_event() -> None:
    document = coded(
        "Литва та Латвія підписали меморандум про енергетичну безпеку. "
        "Документ підписали міністр енергетики Литви Жигімантас Вайчюнас і його колега Каспарс Мелніс."
    )
    assert len(events_of(document, "AGREE")) == 1


def test_a_capital_speaks_for_a_verbal_act_but_not_for_a_protest() -> None:
    document = coded("Канада запровадила санкції проти Ірану. У Тегерані пообіцяли дзеркальну відповідь.")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"IRN"} and countries(document, threat.target) == {"CAN"}


def test_an_envoy_at_an_organisation_keeps_his_country() -> None:
    document = coded("ЄС запровадив нові санкції проти Білорусі. Посол Білорусі при ЄС назвав нові обмеження незаконними.")
    disapproval = only(document, "DISAPPROVE")
    assert countries(document, disapproval.source) == {"BLR"} and countries(document, disapproval.target) == {"IGOEEC"}


def test_joining_a_ban_on_a_countrys_goods_sanctions_that_country() -> None:
    document = coded("Росія обстріляла Київ. Австралія заявила, що приєднається до заборони на імпорт російської нафти з 1 березня.")
    sanction = only(document, "SANCTION")
    assert countries(document, sanction.source) == {"AUS"} and countries(document, sanction.target) == {"RUS"}
    assert sanction.date.startswith("2024-03-01")  # the one date of its clause makes the plan decided, not a threat


def test_troops_leaving_a_country_withdraw_and_suspended_aid_is_a_sanction() -> None:
    document = coded("Останні німецькі військові залишили Малі. Німеччина призупинила програми допомоги Малі.")
    withdrawal = only(document, "RETREAT")
    assert countries(document, withdrawal.source) == {"DEU"} and countries(document, withdrawal.target) == {"MLI"}
    cut = only(document, "SANCTION")
    assert cut.mode == "aid-cut" and countries(document, cut.target) == {"MLI"}
    assert not events_of(document, "AID")


def test_a_body_named_before_is_what_its_head_word_refers_to() -> None:
    document = coded("Військова хунта Гвінеї розпустила уряд. Генсек ООН закликав хунту провести вибори.")
    assert countries(document, only(document, "DEMAND").target) == {"GIN"}


def test_a_subjectless_that_clause_takes_the_subject_it_depends_on() -> None:
    document = coded("Латвія не виключає, що також закриє кордон з Білоруссю.")
    closing = events_of(document, "THREATEN") or events_of(document, "COERCE")
    assert len(closing) == 1 and countries(document, closing[0].source) == {"LVA"}
    document = coded("Фінляндія закрила пункти пропуску на кордоні з Росією. Норвегія заявила, що теж закриє кордон.")
    norway = [e for e in document.events if countries(document, e.source) == {"NOR"}]
    assert len(norway) == 1 and countries(document, norway[0].target) == {"RUS"}  # the border just named


def test_regret_over_a_decision_disapproves_of_its_maker() -> None:
    document = coded("Уряд Норвегії закрив кордон для росіян. У Кремлі висловили жаль через рішення Осло.")
    assert countries(document, only(document, "DISAPPROVE").target) == {"NOR"}


def test_the_enemy_of_ukrainian_news_is_russia() -> None:
    document = coded("Ворог атакував позиції Сил оборони поблизу Часового Яру.")
    strike = only(document, "FIGHT")
    assert countries(document, strike.source) == {"RUS"} and countries(document, strike.target) == {"UKR"}


def test_a_span_since_a_past_day_is_not_the_events_date() -> None:
    document = coded("Прем'єр Польщі Дональд Туск у понеділок прибув до Києва. Це його другий візит в Україну від початку вторгнення.")
    assert len(events_of(document, "CONSULT")) == 1


def test_a_meeting_during_a_visit_takes_the_visits_date() -> None:
    document = coded(
        "Канцлер Німеччини Олаф Шольц 3 травня прибув до Вільнюса.\n"
        "Під час зустрічі з президентом Литви Гітанасом Наусєдою Шольц пообіцяв розмістити в Литві бригаду."
    )
    meeting = [e for e in events_of(document, "CONSULT") if e.mode != "visit"]
    assert len(meeting) == 1 and meeting[0].date == "2024-05-03"


def test_an_offensive_going_on_is_a_fight() -> None:
    document = coded("Російські війська продовжують наступ на Покровськ.")
    assert countries(document, only(document, "FIGHT").source) == {"RUS"}


def test_condemning_the_attack_means_the_attacker_not_the_air_defence() -> None:
    document = coded("Росія атакувала Київ ракетами. ППО збила 10 ракет. Польща засудила атаку.")
    assert countries(document, only(document, "DISAPPROVE").target) == {"RUS"}


def test_no_data_on_an_attack_negates_it() -> None:
    document = coded("Генсек НАТО заявив, що Альянс не має даних про навмисний напад на Польщу.")
    assert only(document, "FIGHT").modality == "negated"


def test_agreements_signed_with_two_leaders_are_two_events() -> None:
    document = coded("Президент Франції Емманюель Макрон підписав угоди з президентом Молдови Маєю Санду та прем'єр-міністром Грузії.")
    agreements = events_of(document, "AGREE")
    assert {frozenset(countries(document, e.source + e.target)) for e in agreements} == {
        frozenset({"FRA", "MDA"}), frozenset({"FRA", "GEO"})}


def test_accession_talks_are_held_with_the_candidate() -> None:
    document = coded("Рада ЄС розпочала переговори про вступ Боснії і Герцеговини.")
    talks = only(document, "CONSULT")
    assert countries(document, talks.source + talks.target) == {"IGOEEC", "BIH"}


def test_the_office_the_article_gives_wins_over_a_later_one_the_gazetteer_knows() -> None:
    document = coded("Прем'єр Нідерландів Марк Рютте зустрівся з Віктором Орбаном.")
    meeting = only(document, "CONSULT")
    assert countries(document, meeting.source + meeting.target) == {"NLD", "HUN"}


def test_a_commitment_to_send_aid_is_a_promise() -> None:
    document = coded("Данія зобов'язалася щороку спрямовувати на допомогу Україні 1% свого ВВП.")
    promise = only(document, "AGREE")
    assert countries(document, promise.source + promise.target) == {"DNK", "UKR"}


def test_common_phrasings_across_categories() -> None:
    """One sentence each for phrasings added after a sweep over the categories."""
    drill = only(coded("Китай провів навчання навколо Тайваню."), "MOBILIZE")
    assert drill.mode == "exercise"  # one actor: no joint drill, the drill itself
    document = coded("Саудівська Аравія та Іран відновили дипломатичні відносини.")
    assert countries(document, only(document, "COOPERATE").source) == {"SAU", "IRN"}
    search = only(coded("СБУ провела обшуки у колишнього депутата."), "INVESTIGATE")
    assert search.mode == "search"
    document = coded("Туреччина висловила готовність провести переговори між Україною та Росією.")
    assert only(document, "AGREE").mode == "offer" and not events_of(document, "CONSULT")  # offered, not held
    document = coded("ЄС заморозив активи російського Центробанку.")
    assert countries(document, only(document, "SANCTION").target) == {"RUS"}
    document = coded("Тисячі грузинів вийшли на вулиці Тбілісі.")
    assert countries(document, only(document, "PROTEST").source) == {"GEO"}


def test_troops_sent_to_another_country_are_aid_and_to_ones_own_a_mobilisation() -> None:
    document = coded("Білорусь уже направила до Росії понад 500 військових.")
    aid = only(document, "AID")
    assert countries(document, aid.source) == {"BLR"} and countries(document, aid.target) == {"RUS"}
    document = coded("Росія направила до Бєлгорода понад 500 військових.")
    assert not events_of(document, "AID") and only(document, "MOBILIZE").mode == "troops"


def test_an_event_supposed_after_u_razi_is_not_told() -> None:
    document = coded("Договір передбачає взаємну допомогу в разі нападу на одну зі сторін.")
    assert not events_of(document, "FIGHT")


def test_the_headline_lends_the_body_a_side_it_leaves_out() -> None:
    document = coded(
        "Канада запровадила санкції проти Росії\n"
        "Міністерство закордонних справ Канади у вівторок запровадило санкції проти 20 осіб і трьох компаній. "
        "До списку потрапили і російські оборонні підприємства."
    )
    sanction = only(document, "SANCTION")
    assert countries(document, sanction.source) == {"CAN"} and countries(document, sanction.target) == {"RUS"}


def test_missiles_fired_at_a_country_strike_it() -> None:
    document = coded("КНДР випустила по Південній Кореї дві балістичні ракети.")
    strike = only(document, "FIGHT")
    assert countries(document, strike.source) == {"PRK"} and countries(document, strike.target) == {"KOR"}


def test_saying_the_other_side_will_pay_is_a_threat() -> None:
    document = coded("Ірак обстріляв кордон. Президент Туреччини заявив, що Ірак заплатить за цей обстріл.")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"TUR"} and countries(document, threat.target) == {"IRQ"}


def test_asking_for_a_meeting_of_a_body_is_a_request_to_it() -> None:
    document = coded("Польща ініціювала екстрене засідання Ради безпеки ООН.")
    request = only(document, "DEMAND")
    assert countries(document, request.source) == {"POL"} and request.target


def test_the_attack_condemned_is_not_the_defence_against_it() -> None:
    document = coded(
        "Росія атакувала Польщу дронами. Президент США доручив військовим допомогти Польщі відбити атаку. "
        "Лідери ЄС засудили напад."
    )
    condemnation = [e for e in events_of(document, "DISAPPROVE") if countries(document, e.source) == {"IGOEEC"}]
    assert len(condemnation) == 1 and countries(document, condemnation[0].target) == {"RUS"}


def test_a_noun_retelling_an_attack_lends_the_condemned_its_actor() -> None:
    document = coded(
        "Уранці російські війська обстріляли Харків. Мер міста сказав, що удар по Харкову був спланований. "
        "Обстріл засудив прем'єр-міністр Польщі."
    )
    condemnation = only(document, "DISAPPROVE")
    assert countries(document, condemnation.target) == {"RUS"}


def test_a_latin_letter_before_a_cyrillic_surname_ends_a_sentence() -> None:
    document = coded("Про це він написав у соцмережі X. Туск також пообіцяв Україні нові винищувачі.")
    promise = only(document, "AGREE")
    assert countries(document, promise.source) == {"POL"} and countries(document, promise.target) == {"UKR"}


def test_hitting_at_a_city_is_a_strike() -> None:
    document = coded("Напередодні російська армія знову била по Запоріжжю керованими авіабомбами.")
    strike = only(document, "FIGHT")
    assert countries(document, strike.source) == {"RUS"} and countries(document, strike.target) == {"UKR"}


def test_an_act_allowed_or_asked_for_is_not_told_as_done() -> None:
    document = coded("У Москві заявили, що дозвіл Вашингтона бити ракетами по Росії є ескалацією.")
    assert not events_of(document, "FIGHT")
    document = coded("Угорщина не отримувала від Брюсселя запиту приєднатися до санкцій проти Китаю.")
    assert not events_of(document, "SANCTION")


def test_offering_to_host_talks_is_the_hosts_offer() -> None:
    document = coded("Швейцарія готова прийняти в Женеві переговори між Вірменією та Азербайджаном.")
    offer = only(document, "AGREE")
    assert offer.mode == "offer" and countries(document, offer.source) == {"CHE"}


def test_a_criticised_visit_is_aimed_at_the_visitor() -> None:
    document = coded("Прем'єр Угорщини Віктор Орбан прибув з візитом до Пекіна. У Брюсселі візит розкритикували.")
    criticism = only(document, "DISAPPROVE")
    assert countries(document, criticism.target) == {"HUN"}


def test_sanctions_in_preparation_are_those_sanctions_against_the_owner_of_the_ships() -> None:
    document = coded(
        "Росія возить нафту в обхід ембарго. Велика Британія готує нові обмеження проти танкерів російського "
        "«тіньового флоту»."
    )
    sanction = only(document, "SANCTION")
    assert sanction.mode == "sanction"
    assert countries(document, sanction.source) == {"GBR"} and countries(document, sanction.target) == {"RUS"}


def test_denying_a_charge_no_event_told_answers_no_one() -> None:
    document = coded(
        "Глава МЗС Литви закликав партнерів закрити кордони. У Мінську звинувачення у шпигунстві заперечують."
    )
    rejection = only(document, "REJECT")
    assert not rejection.target


def test_a_date_after_a_past_agreement_to_act_is_ahead() -> None:
    document = coded("Україна та Молдова домовилися провести наступне засідання комісії у березні.", "2025-11-20")
    assert [timex.value for timex in document.timexes] == ["2026-03"]
    # the month the meeting is agreed for is not when it was agreed
    assert only(document, "AGREE").date != "2026-03"
    document = coded("Ще в березні Україна та Молдова домовилися провести спільне засідання.", "2025-11-20")
    assert only(document, "AGREE").date == "2025-03"


def test_a_release_called_for_is_not_a_release() -> None:
    document = coded("Генсек ООН закликав Мінськ звільнити затриманих журналістів.")
    assert not events_of(document, "RETREAT") and only(document, "DEMAND")


def test_calling_a_charge_absurd_rejects_it() -> None:
    document = coded("Литва звинуватила Білорусь у провокаціях на кордоні. У Мінську звинувачення назвали «абсурдними».")
    rejection = only(document, "REJECT")
    assert countries(document, rejection.source) == {"BLR"} and countries(document, rejection.target) == {"LTU"}
    assert len(events_of(document, "DISAPPROVE")) == 1  # the charge answered is not a new one


def test_a_light_verb_with_an_attack_noun_tells_a_new_attack() -> None:
    document = coded("Уночі російська армія здійснила масовану атаку на енергетику України.")
    strike = only(document, "FIGHT")
    assert countries(document, strike.source) == {"RUS"} and countries(document, strike.target) == {"UKR"}


def test_drills_around_a_country_are_aimed_at_it() -> None:
    document = coded("Армія Китаю розпочала масштабні навчання навколо Тайваню.")
    drills = only(document, "MOBILIZE")
    assert countries(document, drills.target) == {"TWN"}


def test_rejected_criticism_names_its_critics() -> None:
    document = coded("Пекін відкинув критику з боку Токіо та Сеула.")
    rejection = only(document, "REJECT")
    assert countries(document, rejection.target) == {"JPN", "KOR"}


def test_customs_halting_imports_is_a_sanction_on_the_goods_country() -> None:
    document = coded("Росія тисне на Грузію. Російська митниця призупинила імпорт грузинського вина.")
    sanction = only(document, "SANCTION")
    assert countries(document, sanction.source) == {"RUS"} and countries(document, sanction.target) == {"GEO"}


def test_for_now_opens_no_clause() -> None:
    document = coded("Мадрид поки що не надаватиме Україні винищувачі.")
    aid = only(document, "AID")
    assert countries(document, aid.source) == {"ESP"} and aid.modality == "negated"


def test_legitimate_targets_are_a_threat_and_these_words_refer_to_it() -> None:
    document = coded(
        "Посол Росії в Гельсінкі заявив, що фінські склади зброї стануть «законними цілями». "
        "Прем'єр-міністр Фінляндії назвав ці слова «спробою залякування»."
    )
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"RUS"}
    criticism = only(document, "DISAPPROVE")
    assert countries(document, criticism.source) == {"FIN"} and countries(document, criticism.target) == {"RUS"}


def test_a_warning_of_targets_naming_no_side_is_one_threat_at_whom_its_side_just_accused() -> None:
    document = coded(
        "Речниця МЗС Росії звинуватила Варшаву в розпалюванні війни. А Дмитро Медведєв попередив, що склади, де "
        "зберігають снаряди, «стануть законними цілями»."
    )
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"RUS"} and countries(document, threat.target) == {"POL"}
    assert not any(e.sentence == 1 for e in events_of(document, "DISAPPROVE"))


def test_what_is_made_a_legitimate_target_is_the_threats_target_not_the_subject() -> None:
    document = coded("Посол Росії попередив, що розміщення ракет НАТО зробить Литву «законною ціллю».")
    threat = only(document, "THREATEN")
    assert countries(document, threat.target) == {"LTU"}


def test_the_neighbouring_country_is_the_one_last_named() -> None:
    document = coded("ЄС підтримує право Грузії на вибір. Міністр фінансів Литви пообіцяв, що Вільнюс виділить сусідній країні кредит.")
    aid = only(document, "AID")
    assert countries(document, aid.source) == {"LTU"} and countries(document, aid.target) == {"GEO"}


def test_a_country_adjective_before_other_adjectives_names_the_struck_side() -> None:
    document = coded("Китай і Філіппіни сперечаються. Китайські кораблі обстріляли філіппінські бойові позиції.")
    strike = only(document, "FIGHT")
    assert countries(document, strike.source) == {"CHN"} and countries(document, strike.target) == {"PHL"}


def test_firing_back_is_aimed_at_who_fired() -> None:
    document = coded(
        "Індія і Пакистан знову на межі. Пакистанські військові обстріляли індійські позиції. "
        "Індійська армія відкрила вогонь у відповідь."
    )
    strikes = events_of(document, "FIGHT")
    assert any(countries(document, e.source) == {"IND"} and countries(document, e.target) == {"PAK"} for e in strikes)


def test_armour_moved_to_a_border_is_a_mobilisation_and_undermining_a_process_no_bombing() -> None:
    document = coded("Білорусь стягнула до кордону з Литвою додаткову бронетехніку.")
    assert only(document, "MOBILIZE").mode == "troops"
    document = coded("Канцлер Німеччини сказав, що інциденти не повинні підривати мирний процес.")
    assert not events_of(document, "ASSAULT") and not events_of(document, "THREATEN")


def test_taking_a_countrys_side_is_support() -> None:
    document = coded("Пекін став на бік Москви.")
    support = only(document, "SUPPORT")
    assert countries(document, support.source) == {"CHN"} and countries(document, support.target) == {"RUS"}


def test_a_name_before_an_impersonal_plural_verb_is_its_object() -> None:
    document = coded("У спільній заяві Мінськ звинуватили в організації міграційної кризи.")
    accusation = only(document, "DISAPPROVE")
    assert countries(document, accusation.target) == {"BLR"}


def test_expelling_inspectors_is_a_sanction_on_their_agency() -> None:
    document = coded("Пхеньян вислав із країни інспекторів МАГАТЕ.")
    expulsion = only(document, "SANCTION")
    assert expulsion.mode == "expel" and expulsion.target


def test_an_outright_lie_rejects_the_charge() -> None:
    document = coded("Баку звинуватив Єреван у провокації. Речниця МЗС Вірменії назвала ці звинувачення «відвертою неправдою».")
    rejection = only(document, "REJECT")
    assert countries(document, rejection.source) == {"ARM"} and countries(document, rejection.target) == {"AZE"}


def test_a_warning_about_ones_own_act_is_aimed_at_the_other_side() -> None:
    document = coded(
        "Велика Британія запровадила санкції проти Ірану. Глава МЗС Ірану попередив, що його країна "
        "вийде з ДНЯЗ."
    )
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"IRN"} and countries(document, threat.target) == {"GBR"}


def test_diplomats_mentioned_again_are_the_ones_named_before() -> None:
    document = coded("Литва вислала двох російських дипломатів. У Вільнюсі звинуватили дипломатів у шпигунстві.")
    accusation = only(document, "DISAPPROVE")
    assert countries(document, accusation.source) == {"LTU"} and countries(document, accusation.target) == {"RUS"}


def test_calling_the_other_sides_statements_groundless_rejects_them() -> None:
    document = coded("Посольство Китаю назвало заяви литовської сторони «безпідставними».")
    rejection = only(document, "REJECT")
    assert countries(document, rejection.source) == {"CHN"} and countries(document, rejection.target) == {"LTU"}


def test_a_condemned_act_in_quotes_names_its_owner() -> None:
    document = coded("Глава МЗС Польщі засудив «безвідповідальні дії Мінська».")
    assert countries(document, only(document, "DISAPPROVE").target) == {"BLR"}


def test_a_group_linked_to_a_state_acts_for_it() -> None:
    document = coded("Хакери, пов'язані з Китаєм, атакували сервери міністерства оборони Тайваню.")
    attack = events_of(document, "FIGHT") + events_of(document, "ASSAULT")
    assert attack and countries(document, attack[0].source) == {"CHN"}


def test_a_clause_with_its_own_unnamed_subject_takes_no_speaker_as_actor() -> None:
    document = coded("Міністр цифрових справ Польщі нагадав, що позавчора хакери атакували водоканал у Гданську.")
    assert not events_of(document, "FIGHT") or not events_of(document, "FIGHT")[0].source


def test_a_relative_clause_does_not_cut_the_subject_from_its_verb() -> None:
    document = coded(
        "Міжнародний комітет Червоного Хреста, співробітники якого мали супроводжувати колону, закликав Київ "
        "і Москву повернутися до домовленостей."
    )
    demand = only(document, "DEMAND")
    assert demand.source and countries(document, demand.target) == {"UKR", "RUS"}


def test_the_sides_a_reported_proposal_is_made_to_are_the_parties_not_the_agency() -> None:
    document = coded(
        "Катар виступає посередником між Києвом і Москвою. Як повідомляє агентство Reuters з посиланням на "
        "джерело, Доха запропонувала сторонам нову дату обміну."
    )
    proposal = only(document, "AGREE")
    assert countries(document, proposal.target) == {"UKR", "RUS"}


def test_the_content_of_a_charge_is_not_an_act_told() -> None:
    document = coded("Речниця МЗС Росії звинуватила українську владу в тому, що вона «відмовляється забирати полонених».")
    assert not events_of(document, "REJECT") and only(document, "DISAPPROVE")


def test_an_office_alone_refers_to_its_holder_named_before() -> None:
    document = coded(
        "Про зрив обміну повідомив Уповноважений Верховної Ради з прав людини Дмитро Лубінець. Омбудсман "
        "звинуватив Москву в саботажі."
    )
    accusation = only(document, "DISAPPROVE")
    assert countries(document, accusation.source) == {"UKR"} and countries(document, accusation.target) == {"RUS"}


def test_refusing_a_bodys_representatives_is_refusing_the_body() -> None:
    document = coded("Росія відмовляє представникам МКЧХ у доступі до полонених.")
    rejection = only(document, "REJECT")
    assert countries(document, rejection.source) == {"RUS"} and rejection.target


def test_a_summons_to_a_ministry_and_solidarity_told_first() -> None:
    document = coded("До Міністерства закордонних справ Литви викликали посла Росії.")
    assert countries(document, only(document, "DISAPPROVE").source) == {"LTU"}
    document = coded("Прага атакована хакерами. Солідарність із Прагою висловила Словаччина.")
    support = only(document, "SUPPORT")
    assert countries(document, support.source) == {"SVK"} and countries(document, support.target) == {"CZE"}


def test_a_promise_reaches_the_aid_it_names_and_a_predicate_adjective_keeps_the_speaker() -> None:
    document = coded(
        "Генсек НАТО Марк Рютте переконаний, що союзники домовляться. Він пообіцяв, що в Анкарі лідери країн "
        "Альянсу затвердять для України пакет військової допомоги на наступний рік."
    )
    promise = only(document, "AGREE")
    assert promise.source and countries(document, promise.target) == {"UKR"}


def test_hitting_a_refinery_is_a_strike_on_its_country() -> None:
    document = coded("Сили оборони України минулої ночі уразили нафтопереробний завод у Саратовській області Росії.")
    strike = only(document, "FIGHT")
    assert countries(document, strike.source) == {"UKR"} and countries(document, strike.target) == {"RUS"}


def test_a_country_speaks_for_its_government_in_words() -> None:
    document = coded("Росія атакувала порт в Ізмаїлі. Атаку розкритикували й у Румунії.")
    criticism = only(document, "DISAPPROVE")
    assert countries(document, criticism.source) == {"ROU"}


def test_a_ship_of_a_countrys_shadow_fleet_belongs_to_it() -> None:
    document = coded("Росія обходить санкції. Естонія затримала танкер російського «тіньового флоту».")
    seizure = only(document, "COERCE")
    assert countries(document, seizure.source) == {"EST"} and countries(document, seizure.target) == {"RUS"}


def test_charges_not_brought_are_none_to_answer() -> None:
    document = coded(
        "Президент Фінляндії звинуватив Москву в диверсії. Латвія поки не висуває Кремлю звинувачень. "
        "Речник Кремля назвав звинувачення «абсурдними»."
    )
    rejection = only(document, "REJECT")
    assert countries(document, rejection.target) == {"FIN"}
    negated = [e for e in events_of(document, "DISAPPROVE") if e.modality == "negated"]
    assert negated and countries(document, negated[0].target) == {"RUS"}


def test_farmers_closing_a_border_protest() -> None:
    document = coded("Польські фермери перекрили рух вантажівок на кордоні з Україною.")
    assert only(document, "PROTEST")


def test_a_subject_after_the_verb_wins_over_a_place_before_it() -> None:
    document = coded("У Варшаві угоду підписали Польща і Литва.")
    agreement = only(document, "AGREE")
    assert countries(document, agreement.source) == {"POL", "LTU"}


def test_a_ban_extended_is_a_sanction_and_continuing_is_not() -> None:
    document = coded("Україна протестує. Угорщина продовжила до кінця року заборону на імпорт українського зерна.")
    sanction = only(document, "SANCTION")
    assert countries(document, sanction.source) == {"HUN"} and countries(document, sanction.target) == {"UKR"}
    document = coded("Іран продовжує порушувати санкції Ради безпеки ООН.")
    assert not events_of(document, "SANCTION")


def test_a_compromise_offered_is_a_proposal() -> None:
    document = coded("Єврокомісія запропонувала Києву компроміс щодо квот.")
    proposal = only(document, "AGREE")
    assert proposal.mode == "propose" and countries(document, proposal.target) == {"UKR"}


def test_a_lifted_objection_is_a_concession_and_an_opened_cluster_is_talks() -> None:
    document = coded("Словаччина зняла своє вето щодо України.")
    concession = only(document, "CONCEDE")
    assert countries(document, concession.source) == {"SVK"} and countries(document, concession.target) == {"UKR"}
    document = coded("Рада ЄС відкрила з Молдовою перший переговорний кластер.")
    talks = only(document, "CONSULT")
    assert countries(document, talks.source) | countries(document, talks.target) == {"IGOEEC", "MDA"}


def test_hacking_servers_is_an_assault_not_a_battle() -> None:
    document = coded("Хакери, пов'язані з Іраном, атакували сервери міністерства фінансів Албанії.")
    attack = only(document, "ASSAULT")
    assert attack.mode == "cyber" and countries(document, attack.source) == {"IRN"}
    assert not events_of(document, "FIGHT")


def test_a_possible_veto_is_a_threat_to_whoever_must_meet_its_condition() -> None:
    document = coded("Анкара може заблокувати вступ Фінляндії до Альянсу, поки Гельсінкі не видасть курдських активістів.")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"TUR"} and countries(document, threat.target) == {"FIN"}
    assert not events_of(document, "REJECT")
    # the struck words of the condition are not the warning's ("попередив … удар" would be a threat)
    document = coded("Макрон попередив, що Євросоюз запровадить нові санкції, якщо Росія не припинить удари по містах.")
    threat = only(document, "THREATEN")
    assert threat.mode == "sanction" and countries(document, threat.target) == {"RUS"}


def test_meeting_demands_makes_the_one_who_meets_them_their_target() -> None:
    document = coded("Лукашенко заявив, що Мінськ відкриє кордон, коли Варшава виконає всі його вимоги.")
    demand = only(document, "DEMAND")
    assert countries(document, demand.source) == {"BLR"} and countries(document, demand.target) == {"POL"}
    document = coded("Уряд Молдови не виконав вимог протестувальників.")
    assert not events_of(document, "DEMAND")


def test_a_high_assessment_is_praise_and_an_objection_against_is_a_rejection() -> None:
    document = coded("Прем'єр Чехії високо оцінив реформи Молдови.")
    praise = only(document, "SUPPORT")
    assert praise.mode == "praise" and countries(document, praise.source) == {"CZE"}
    assert countries(document, praise.target) == {"MDA"}
    document = coded("Греція заперечує проти вступу Туреччини до Євросоюзу.")
    rejection = only(document, "REJECT")
    assert countries(document, rejection.source) == {"GRC"} and countries(document, rejection.target) == {"TUR"}
    document = coded("Речник заперечив, що удари були спрямовані проти Греції.")
    assert not events_of(document, "REJECT")


def test_guarantees_given_are_a_promise_to_their_receiver() -> None:
    document = coded("Вашингтон надав Тайваню письмові гарантії оборони.")
    promise = only(document, "AGREE")
    assert promise.mode == "promise" and countries(document, promise.target) == {"TWN"}


def test_a_country_adjective_on_its_reforms_names_the_praised_country() -> None:
    document = coded("Молдова прискорила переговори. Єврокомісія похвалила молдовські реформи.")
    praise = only(document, "SUPPORT")
    assert countries(document, praise.target) == {"MDA"}


def test_a_hyphenated_weapon_counts_by_its_last_part_too() -> None:
    document = coded("Естонія передала Україні п'ять тисяч FPV-дронів.")
    aid = only(document, "AID")
    assert aid.mode == "military" and countries(document, aid.target) == {"UKR"}


def test_a_partner_named_with_the_subject_before_the_verb() -> None:
    document = coded("Прем'єр Італії прибув до Варшави, де разом з польським колегою підписав угоду про енергетику.")
    agreement = only(document, "AGREE")
    assert countries(document, agreement.source) | countries(document, agreement.target) == {"ITA", "POL"}


def test_a_plural_office_over_listed_countries_is_one_holder_from_each() -> None:
    document = coded("Посли Іспанії, Португалії та Бельгії відвідали Херсон.")
    visit = only(document, "CONSULT")
    assert countries(document, visit.source) == {"ESP", "PRT", "BEL"}


def test_measures_in_response_are_a_threat_to_whom_they_concern() -> None:
    document = coded("Речник МЗС Китаю заявив, що Пекін вживе відповідних заходів щодо Литви.")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"CHN"} and countries(document, threat.target) == {"LTU"}


def test_regional_organisations_and_their_commissions_are_actors() -> None:
    document = coded("Комісія ЕКОВАС закликала Ніамей звільнити президента.")
    demand = only(document, "DEMAND")
    assert countries(document, demand.source) == {"IGOWAFWAS"} and countries(document, demand.target) == {"NER"}
    document = coded("Організація американських держав засудила арешти опозиціонерів у Нікарагуа.")
    assert countries(document, only(document, "DISAPPROVE").source) == {"IGOOAS"}


def test_an_offer_of_talks_between_two_sides_is_made_to_both() -> None:
    document = coded("Катар запропонував посередництво у переговорах між Ефіопією та Єгиптом.")
    offer = only(document, "AGREE")
    assert offer.mode == "propose" and countries(document, offer.target) == {"ETH", "EGY"}


def test_turning_to_someone_with_a_request_makes_them_its_target() -> None:
    document = coded("Молдова звернулася до Румунії з проханням надати генератори.")
    request = only(document, "DEMAND")
    assert countries(document, request.source) == {"MDA"} and countries(document, request.target) == {"ROU"}


def test_warships_moved_are_a_mobilisation() -> None:
    document = coded("Анкара перекинула до узбережжя три фрегати і корвет.")
    assert countries(document, only(document, "MOBILIZE").source) == {"TUR"}


def test_security_forces_of_a_country_disperse_a_rally() -> None:
    document = coded("Сили безпеки Білорусі розігнали акцію опозиції в Гродно.")
    assert countries(document, only(document, "COERCE").source) == {"BLR"}


def test_ordering_diplomats_to_leave_is_an_expulsion() -> None:
    document = coded("Уряд Малі наказав послу Франції залишити країну протягом 72 годин.")
    expulsion = only(document, "SANCTION")
    assert expulsion.mode == "expel" and countries(document, expulsion.target) == {"FRA"}


def test_sabotage_organised_by_a_state_is_an_assault_on_the_place_named_before() -> None:
    document = coded(
        "Поліція Чехії розслідує пожежу на складі боєприпасів у Празі. "
        "За версією слідства, диверсію ймовірно організували російські спецслужби. Росія це заперечує."
    )
    attack = only(document, "ASSAULT")
    assert attack.mode == "sabotage" and attack.modality == "hedged"
    assert countries(document, attack.source) == {"RUS"} and countries(document, attack.target) == {"CZE"}


def test_officers_named_before_are_referred_back_to() -> None:
    document = coded(
        "Литва оголосила в розшук офіцерів ГРУ Росії. За даними прокуратури, ці офіцери організували підпал у Вільнюсі."
    )
    attack = only(document, "ASSAULT")
    assert countries(document, attack.source) == {"RUS"} and countries(document, attack.target) == {"LTU"}


def test_a_second_demanded_act_joined_by_and_is_not_told_as_done() -> None:
    document = coded("Генсек ООН закликав владу Білорусі провести розслідування за участі міжнародних експертів і негайно звільнити політв'язнів.")
    assert countries(document, only(document, "DEMAND").target) == {"BLR"}
    assert not events_of(document, "RETREAT")


def test_a_comma_before_a_new_subject_and_verb_closes_the_clause() -> None:
    document = coded("Поліція Грузії розігнала мітинг у Тбілісі, Євросоюз засуджує насильство.")
    dispersal = only(document, "COERCE")
    assert countries(document, dispersal.source) == {"GEO"} and not dispersal.target


def test_a_warning_of_unnamed_forces_acting_on_a_condition_is_a_threat() -> None:
    document = coded("Міністерство оборони Китаю попередило, що кораблі флоту вживуть рішучих заходів, якщо філіппінські судна наблизяться до рифу. Філіппіни протестують.")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"CHN"} and countries(document, threat.target) == {"PHL"}
    document = coded("Глава МЗС Франції попередив, що ціни зростуть, якщо Росія не припинить удари.")
    assert not events_of(document, "THREATEN")


def test_a_name_inside_a_quote_is_not_who_the_pronoun_after_it_speaks_for() -> None:
    document = coded("Прем'єр Данії Метте Фредеріксен виступила в парламенті. «Ми вимагаємо звільнення Пола Вотсона», — заявила вона.")
    demand = only(document, "DEMAND")
    assert countries(document, demand.source) == {"DNK"}
    assert document.claims[-1].speaker == demand.source[0]


def test_an_ordinal_before_an_expelled_diplomat_does_not_hide_him() -> None:
    document = coded("МЗС Польщі оголосило персоною нон грата другого секретаря посольства Білорусі.")
    assert countries(document, only(document, "SANCTION").target) == {"BLR"}


def test_a_decision_owner_does_the_act_the_decision_names() -> None:
    document = coded("Речник Кремля назвав це відповіддю на рішення Берліна вислати двох російських дипломатів.")
    expulsion = only(document, "SANCTION")
    assert countries(document, expulsion.source) == {"DEU"} and countries(document, expulsion.target) == {"RUS"}


def test_the_doer_in_a_relative_clause_is_the_target_of_a_condemnation() -> None:
    document = coded("Литва засудила провокації, до яких вдається Білорусь на кордоні.")
    condemnation = only(document, "DISAPPROVE")
    assert countries(document, condemnation.source) == {"LTU"} and countries(document, condemnation.target) == {"BLR"}


def test_proposing_a_sanction_is_a_threat_to_whom_it_would_hit() -> None:
    document = coded("Єврокомісія запропонувала призупинити безвізовий режим для громадян Сербії.")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"IGOEEC"} and countries(document, threat.target) == {"SRB"}
    assert not events_of(document, "AGREE") and not events_of(document, "SANCTION")


def test_an_offer_names_its_partner_and_destination() -> None:
    document = coded("Туреччина запропонувала провести переговори з Кіпром.")
    assert countries(document, only(document, "AGREE").target) == {"CYP"}


def test_a_prison_term_one_faces_is_no_threat() -> None:
    document = coded("Опозиціонерові з Білорусі загрожує до дванадцяти років ув'язнення.")
    assert not events_of(document, "THREATEN")


def test_beating_activists_is_an_assault() -> None:
    document = coded("Поліцейські Грузії побили двох активістів опозиції.")
    attack = only(document, "ASSAULT")
    assert attack.mode == "beating" and countries(document, attack.source) == {"GEO"}


def test_a_country_adjective_on_a_proposal_names_its_author() -> None:
    document = coded("Уряд Судану відкинув американські пропозиції щодо перемир'я. США наполягають.")
    assert countries(document, events_of(document, "REJECT")[0].target) == {"USA"}


def test_razing_a_suburb_threatens_the_city_it_belongs_to() -> None:
    document = coded("Міністр оборони Ізраїлю пригрозив, що армія зрівняє із землею квартали — південне передмістя Бейрута.")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"ISR"} and countries(document, threat.target) == {"LBN"}


def test_a_session_set_for_a_day_is_a_meeting_and_the_day_before_it_follows() -> None:
    document = coded(
        "Засідання Ради Безпеки ООН призначено на вечір четверга. Генсек ООН напередодні закликав Судан припинити вогонь.",
        published="2026-12-03",
    )
    assert countries(document, only(document, "CONSULT").source) == {"IGOUNOSCR"}
    assert only(document, "DEMAND").date == "2026-12-02"


def test_a_group_of_countries_acts_as_each_member() -> None:
    document = coded("Країни Балтії заборонили в'їзд російським чиновникам.")
    ban = only(document, "SANCTION")
    assert countries(document, ban.source) == {"LTU", "LVA", "EST"}
    document = coded("Євротрійка пригрозила Тегерану відновленням санкцій.")
    assert countries(document, only(document, "THREATEN").source) == {"FRA", "DEU", "GBR"}


def test_an_arrest_told_without_its_agent_is_by_the_investigators_of_the_paragraph() -> None:
    document = coded("Поліція Литви розслідує підпал складу у Вільнюсі. Трьох підозрюваних уже затримано.")
    assert countries(document, only(document, "COERCE").source) == {"LTU"}


def test_a_threat_aimed_where_the_relative_clause_after_it_says_against() -> None:
    document = coded("Канада пригрозила запустити процедуру, яка передбачає відновлення мит проти Китаю.")
    assert countries(document, only(document, "THREATEN").target) == {"CHN"}


def test_a_retaliation_answers_the_latest_hostile_act_not_a_later_appeal() -> None:
    document = coded(
        "Франція та Німеччина пригрозили Ірану відновленням санкцій. Генсек ООН закликав Тегеран повернути інспекторів. "
        "Глава МЗС Ірану попередив, що в разі повернення санкцій його країна відповість виходом з договору."
    )
    threats = [e for e in events_of(document, "THREATEN") if countries(document, e.source) == {"IRN"}]
    assert threats and countries(document, threats[0].target) & {"FRA", "DEU"}


def test_a_plan_told_earlier_in_the_paragraph_does_not_date_a_done_act() -> None:
    document = coded(
        "У Женеві у вівторок відбулася зустріч щодо конференції, яку Швейцарія планує провести навесні. "
        "Зустріч спільно очолили глава МЗС Швейцарії Ігнаціо Кассіс і прем'єр-міністр Норвегії.",
        published="2027-01-20",
    )
    assert only(document, "CONSULT").date == "2027-01-19"


def test_two_offices_each_with_its_country_are_coordinated() -> None:
    document = coded("Переговори провели міністр закордонних справ Єгипту і прем'єр-міністр Катару.")
    talks = only(document, "CONSULT")
    assert countries(document, talks.source) | countries(document, talks.target) == {"EGY", "QAT"}


def test_a_condition_is_not_told_and_names_whom_the_threat_is_for() -> None:
    document = coded("«Якщо японська сторона й надалі порушуватиме суверенітет Китаю, ми вживемо рішучих заходів у відповідь», — заявив речник МЗС Китаю.")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"CHN"} and countries(document, threat.target) == {"JPN"}
    assert not events_of(document, "DISAPPROVE")


def test_water_cannon_and_ramming_are_assaults_not_battles() -> None:
    document = coded("Берегова охорона Китаю атакувала водометами в'єтнамське судно. В'єтнам протестує.")
    assert only(document, "ASSAULT").mode == "repression" and not events_of(document, "FIGHT")
    document = coded("Корабель берегової охорони Китаю протаранив в'єтнамське судно. В'єтнам протестує.")
    ramming = only(document, "ASSAULT")
    assert ramming.mode == "ramming" and countries(document, ramming.target) == {"VNM"}


def test_sudanese_forces_and_their_commanders_are_known_actors() -> None:
    document = coded("Генерал Абдель Фаттах аль-Бурхан звинуватив Сили швидкого реагування у вбивствах цивільних.")
    accusation = only(document, "DISAPPROVE")
    assert countries(document, accusation.source) == {"SDN"} and countries(document, accusation.target) == {"SDN"}


def test_talks_of_two_delegations_in_the_genitive_have_both_sides() -> None:
    document = coded("У Досі відновилися переговори делегацій Ефіопії та Еритреї.")
    talks = only(document, "CONSULT")
    assert countries(document, talks.source) | countries(document, talks.target) == {"ETH", "ERI"}


def test_a_council_of_an_organisation_speaks_for_it() -> None:
    document = coded("Рада миру і безпеки Африканського союзу закликала Судан припинити вогонь.")
    demand = only(document, "DEMAND")
    assert countries(document, demand.source) == {"IGOAFU"} and countries(document, demand.target) == {"SDN"}


def test_the_accused_supplies_and_the_name_after_the_noun_receives() -> None:
    document = coded("Уряд Малі звинуватив Алжир у постачанні бойовикам ФНВА зброї. Алжир заперечує.")
    accusation = only(document, "DISAPPROVE")
    assert countries(document, accusation.target) == {"DZA"}
    document = coded("Генерал аль-Бурхан звинуватив ОАЕ у постачанні СШР зброї.")
    aid = only(document, "AID")
    assert countries(document, aid.source) == {"ARE"} and countries(document, aid.target) == {"SDN"}


def test_firing_on_an_international_convoy_is_an_assault() -> None:
    document = coded("Бойовики обстріляли конвой Всесвітньої продовольчої програми в Судані.")
    assert only(document, "ASSAULT") and not events_of(document, "FIGHT")


def test_a_condemned_act_with_coordinated_adjectives_keeps_its_owner() -> None:
    document = coded("Японія засудила «небезпечні й провокаційні дії» китайських кораблів біля островів. Китай мовчить.")
    assert countries(document, only(document, "DISAPPROVE").target) == {"CHN"}


def test_a_bare_army_after_a_named_one_is_that_army() -> None:
    document = coded("Армія Ефіопії утримує місто. У Найробі відновилися переговори делегацій армії та повстанців ФНВТ з Еритреєю.")
    talks = only(document, "CONSULT")
    assert "ETH" in countries(document, talks.source) | countries(document, talks.target)


def test_an_offensive_on_a_place_is_aimed_at_its_holder() -> None:
    document = coded("Сили швидкого реагування розпочали наступ на Ель-Фашир — місто, яке армія Судану утримує від початку війни.")
    assert countries(document, only(document, "FIGHT").target) == {"SDN"}


def test_attackers_named_after_an_attack_become_its_source() -> None:
    document = coded("Невідомі обстріляли конвой ООН біля Гоми. За даними місії, нападники ймовірно були бійцями армії Руанди.")
    attack = only(document, "ASSAULT")
    assert countries(document, attack.source) == {"RWA"} and attack.modality == "hedged"


def test_concern_over_a_situation_in_a_country_is_aimed_at_it() -> None:
    document = coded("Генсек НАТО висловив занепокоєння ескалацією в Боснії і Герцеговині.")
    assert countries(document, only(document, "DISAPPROVE").target) == {"BIH"}


def test_a_charge_rejected_answers_its_accuser_and_is_no_new_charge() -> None:
    document = coded("Президент Литви звинуватив Мінськ у провокаціях. У Мінську звинувачення в шпигунстві відкинули.")
    assert len(events_of(document, "DISAPPROVE")) == 1
    rejection = only(document, "REJECT")
    assert countries(document, rejection.source) == {"BLR"} and countries(document, rejection.target) == {"LTU"}


def test_troops_moved_and_patrols_stepped_up_are_a_mobilisation() -> None:
    document = coded("Командування KFOR оголосило, що посилює патрулювання вздовж кордону.")
    assert countries(document, only(document, "MOBILIZE").source) == {"IGOWSTNAT"}
    document = coded("Польща перекидає до кордону з Білоруссю резервний батальйон.")
    mobilisation = only(document, "MOBILIZE")
    assert countries(document, mobilisation.source) == {"POL"}


def test_republika_srpska_lies_in_bosnia() -> None:
    document = coded("США запровадили санкції проти міністра внутрішніх справ Республіки Сербської.")
    assert countries(document, only(document, "SANCTION").target) == {"BIH"}


def test_an_inquiry_into_a_strike_targets_the_striker_and_is_no_strike() -> None:
    document = coded("У неділю російські війська обстріляли Суми. Офіс генерального прокурора розпочав розслідування обстрілу Сум.")
    assert len(events_of(document, "FIGHT")) == 1
    inquiry = only(document, "INVESTIGATE")
    assert countries(document, inquiry.source) == {"UKR"} and countries(document, inquiry.target) == {"RUS"}


def test_a_summons_is_its_own_act_beside_a_charge_the_same_day() -> None:
    document = coded(
        "Президент Естонії у вівторок звинуватив Кремль у гібридних атаках. Того ж дня МЗС Естонії викликало посла Росії "
        "і вручило йому ноту протесту."
    )
    modes = sorted(e.mode for e in events_of(document, "DISAPPROVE"))
    assert modes == ["accuse", "summon"]


def test_a_hybrid_or_information_attack_is_no_armed_one() -> None:
    document = coded("Вільнюс звинувачує Мінськ в інформаційній атаці. Мінськ мовчить.")
    assert not events_of(document, "FIGHT") and only(document, "DISAPPROVE")


def test_an_arrest_with_no_agent_named_is_by_the_authorities_of_its_place() -> None:
    document = coded("Учора ввечері в Мінську затримали двох громадян Литви.")
    arrest = only(document, "COERCE")
    assert countries(document, arrest.source) == {"BLR"} and countries(document, arrest.target) == {"LTU"}


def test_a_state_company_sanctioned_stands_for_its_country() -> None:
    document = coded("США запровадили санкції проти компанії PDVSA.")
    assert countries(document, only(document, "SANCTION").target) == {"VEN"}


def test_a_crowd_in_an_unplaced_spot_protests_for_the_country_the_story_is_about() -> None:
    document = coded("У Вірменії заарештували опозиціонерів. Увечері тисячі людей вийшли на площу Свободи на знак протесту.")
    assert countries(document, only(document, "PROTEST").source) == {"ARM"}


def test_an_act_that_will_not_go_unanswered_is_a_threat_to_who_acted() -> None:
    document = coded("Індія завдала ударів по Пакистану. Речник армії Пакистану пригрозив, що удари «не залишаться без відповіді».")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"PAK"} and countries(document, threat.target) == {"IND"}


def test_refusing_to_sit_at_the_table_until_a_condition_is_met_is_a_rejection() -> None:
    document = coded("Прем'єр Індії заявив, що Делі не сяде за стіл переговорів з Ісламабадом, доки Пакистан не припинить підтримувати бойовиків.")
    rejection = only(document, "REJECT")
    assert countries(document, rejection.source) == {"IND"} and countries(document, rejection.target) == {"PAK"}
    assert not events_of(document, "SUPPORT")


def test_cutting_supplies_to_a_country_is_a_sanction() -> None:
    document = coded("Словаччина припинила поставки електроенергії Україні.")
    cut = only(document, "SANCTION")
    assert countries(document, cut.source) == {"SVK"} and countries(document, cut.target) == {"UKR"}


def test_a_counted_group_can_be_the_subject() -> None:
    document = coded("Міністерство оборони Франції повідомило, що 80 французьких військових інструкторів залишать Чад наступного місяця.")
    withdrawal = only(document, "RETREAT")
    assert countries(document, withdrawal.source) == {"FRA"} and countries(document, withdrawal.target) == {"TCD"}


def test_troops_arriving_abroad_are_military_aid_not_a_visit() -> None:
    document = coded("Перші підрозділи ЕКОВАС прибули до Ліберії.")
    assert not events_of(document, "CONSULT")
    aid = only(document, "AID")
    assert aid.mode == "military" and countries(document, aid.target) == {"LBR"}


def test_an_attack_on_interests_or_security_is_a_figure_of_speech() -> None:
    document = coded("Глава МЗС Угорщини звинуватив Київ у нападі на енергетичну безпеку Угорщини.")
    assert not events_of(document, "FIGHT") and only(document, "DISAPPROVE")


def test_a_threat_by_the_speakers_own_side_is_one_threat_aimed_where_its_act_is() -> None:
    document = coded("Прем'єр Словаччини пригрозив, що Братислава припинить постачання електроенергії до України.")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"SVK"} and countries(document, threat.target) == {"UKR"}


def test_closing_a_crossing_between_two_countries_targets_the_other() -> None:
    document = coded("Пакистан атакував Афганістан. Наступного дня Ісламабад закрив пункт пропуску Чаман — головний перехід між двома країнами.")
    closure = only(document, "COERCE")
    assert countries(document, closure.source) == {"PAK"} and countries(document, closure.target) == {"AFG"}


def test_a_date_after_a_contrasting_comma_belongs_to_the_next_clause() -> None:
    document = coded(
        "Пакистан мовчить. Уже в понеділок увечері прикордонні сили талібів атакували пакистанські пости, "
        "а у вівторок пакистанська ППО збила три дрони.",
        published="2027-03-03",
    )
    attack = next(e for e in events_of(document, "FIGHT") if e.trigger.text == "атакували")
    assert attack.date == "2027-03-01"


def test_a_spokesman_named_after_a_government_is_the_spokesman() -> None:
    document = coded("Речник талібського уряду Забіхулла Муджахід пригрозив Пакистану відповіддю.")
    assert countries(document, only(document, "THREATEN").source) == {"AFG"}


def test_a_group_claiming_an_attack_at_home_hits_its_own_state() -> None:
    document = coded(
        "У неділю смертник підірвав автомобіль у місті Кветта на заході Пакистану. Загинули 12 поліцейських. "
        "Відповідальність за теракт узяло на себе угруповання «Техрік-і-Талібан Пакистан»."
    )
    attack = only(document, "ASSAULT")
    assert countries(document, attack.source) == {"PAK"} and countries(document, attack.target) == {"PAK"}


def test_a_negated_verbs_genitive_object_is_its_target() -> None:
    document = coded("Пекін не підтримає американського проєкту резолюції. США наполягають.")
    assert countries(document, events_of(document, "REJECT")[0].target) == {"USA"}


def test_paying_for_weapons_for_a_country_is_military_aid() -> None:
    document = coded("Норвегія профінансує дві системи ППО IRIS-T для України.")
    aid = only(document, "AID")
    assert aid.mode == "military" and "UKR" in countries(document, aid.target)


def test_suspending_intelligence_sharing_and_offering_to_host_talks() -> None:
    document = coded("Богота призупинила обмін розвідданими зі США.")
    assert countries(document, only(document, "SANCTION").target) == {"USA"}
    document = coded("Ердоган заявив, що Анкара готова прийняти переговори між Вірменією та Азербайджаном.")
    assert countries(document, only(document, "AGREE").target) == {"ARM", "AZE"}


def test_a_retaliation_with_no_target_answers_who_struck() -> None:
    document = coded("США завдали удару по базі у Венесуелі. Міністр оборони Венесуели пригрозив збройною відповіддю.")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"VEN"} and countries(document, threat.target) == {"USA"}


def test_a_destination_told_before_the_verb_of_arrival() -> None:
    document = coded("У середу до Варшави з візитом прибув прем'єр-міністр Канади.")
    visit = only(document, "CONSULT")
    assert countries(document, visit.source) == {"CAN"} and countries(document, visit.target) == {"POL"}


def test_a_kinship_noun_before_a_role_and_name_makes_them_the_subject() -> None:
    document = coded("США проводять навчання. Сестра лідера КНДР Кім Йо Чжон пригрозила, що КНДР дасть відповідь, якщо американський авіаносець наблизиться.")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"PRK"} and countries(document, threat.target) == {"USA"}


def test_a_naval_escort_is_military_cooperation() -> None:
    document = coded("Британський фрегат супроводжував українські судна в Чорному морі. Британія та Україна це підтвердили.")
    escort = only(document, "COOPERATE")
    assert countries(document, escort.source) | countries(document, escort.target) == {"GBR", "UKR"}


def test_sanctions_in_a_tabled_draft_are_threatened() -> None:
    document = coded("Лондон заявив, що внесе проєкт резолюції про нові санкції проти Ірану.")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"GBR"} and countries(document, threat.target) == {"IRN"}
    assert not events_of(document, "SANCTION")


def test_money_transferred_and_agreements_reached() -> None:
    document = coded("Єврокомісія переказала Молдові 270 мільйонів євро.")
    aid = only(document, "AID")
    assert aid.mode == "economic" and countries(document, aid.target) == {"MDA"}
    document = coded("Місія МВФ досягла угоди з урядом Аргентини.")
    agreement = only(document, "AGREE")
    assert countries(document, agreement.source) | countries(document, agreement.target) == {"IGOIMF", "ARG"}


def test_a_ship_under_a_flag_is_that_countrys() -> None:
    document = coded("Катери КВІР захопили танкер під грецьким прапором. Греція протестує.")
    assert countries(document, only(document, "COERCE").target) == {"GRC"}


def test_a_condition_told_first_names_whom_the_threat_is_for() -> None:
    document = coded("Прем'єр Ізраїлю заявив, що якщо Іран наблизиться до бомби, Ізраїль завдасть удару.")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"ISR"} and countries(document, threat.target) == {"IRN"}



def test_boats_of_a_navy_seize_a_ship_and_the_strait_does_not() -> None:
    document = coded("У вівторок катери військово-морських сил КВІР захопили в Ормузькій протоці танкер під прапором Панами. Панама протестує.")
    seizure = only(document, "COERCE")
    assert countries(document, seizure.source) == {"IRN"} and countries(document, seizure.target) == {"PAN"}


def test_a_strike_off_a_countrys_coast_is_at_that_country() -> None:
    document = coded("Сили США завдали удару по катеру за 30 миль від узбережжя Колумбії.")
    assert countries(document, only(document, "FIGHT").target) == {"COL"}


def test_a_deployment_announced_and_a_ground_operation_not_planned() -> None:
    document = coded("Міністр оборони Венесуели оголосив про розгортання бійців ополчення.")
    assert countries(document, only(document, "MOBILIZE").source) == {"VEN"}
    document = coded("Речник Пентагону заявив, що США не планують наземної операції в Мексиці.")
    operation = only(document, "FIGHT")
    assert operation.modality == "negated" and countries(document, operation.target) == {"MEX"}


def test_crossings_opened_treaties_initialled_and_participation_frozen() -> None:
    document = coded("Туреччина відкриє пункт пропуску на кордоні з Вірменією.")
    concession = only(document, "CONCEDE")
    assert countries(document, concession.source) == {"TUR"} and countries(document, concession.target) == {"ARM"}
    document = coded("Вірменія заморожує участь в ОДКБ.")
    assert countries(document, only(document, "SANCTION").target) == {"IGOCSTO"}
    document = coded("Парламент Грузії проголосував за ратифікацію угоди з Вірменією.")
    assert only(document, "AGREE") and not events_of(document, "SUPPORT")


def test_an_object_after_the_means_of_attack_and_a_day_in_apposition() -> None:
    document = coded("В ніч на вівторок російські війська атакували ударними дронами порт Ізмаїла.")
    assert countries(document, only(document, "FIGHT").target) == {"UKR"}
    document = coded("Напередодні інциденту, у понеділок, президент Румунії прибув до Кишинева.", published="2027-06-16")
    assert only(document, "CONSULT").date == "2027-06-14"


def test_between_the_two_countries_adds_no_one_when_the_subject_names_them() -> None:
    document = coded(
        "Єреван заморозив участь в ОДКБ.\n\nГлави МЗС Вірменії та Азербайджану у понеділок парафували текст мирного договору між двома країнами."
    )
    agreement = only(document, "AGREE")
    assert countries(document, agreement.source) | countries(document, agreement.target) == {"ARM", "AZE"}


def test_charges_called_hysteria_are_rejected_and_a_fronted_acts_owner_is_condemned() -> None:
    document = coded("Естонія звинуватила Москву у шпигунстві. Захарова назвала звинувачення Таллінна «шпигунською істерією».")
    rejection = only(document, "REJECT")
    assert countries(document, rejection.source) == {"RUS"} and countries(document, rejection.target) == {"EST"}
    document = coded("У Пекіні навчання Альянсу назвали «провокацією».")
    condemnation = only(document, "DISAPPROVE")
    assert countries(document, condemnation.source) == {"CHN"} and countries(document, condemnation.target) == {"IGOWSTNAT"}


def test_offices_over_a_group_of_countries_are_each_members() -> None:
    document = coded("Міністри оборони країн Балтії домовилися створити спільну систему ППО.")
    assert countries(document, only(document, "AGREE").source) == {"LTU", "LVA", "EST"}


def test_a_blocked_meeting_is_a_veto_and_liability_one_faces_no_threat() -> None:
    document = coded("Глава МЗС Угорщини у понеділок заблокував засідання Комісії Україна – НАТО, яке мало відбутися в четвер.")
    assert only(document, "REJECT").mode == "veto" and not events_of(document, "CONSULT")
    document = coded("Посадовцям Закарпаття загрожує кримінальна відповідальність за отримання угорських паспортів.")
    assert not events_of(document, "THREATEN")


def test_a_consul_is_his_countrys_representative() -> None:
    document = coded("МЗС України оголосило персоною нон грата консула генерального консульства Угорщини в Берегові.")
    assert countries(document, only(document, "SANCTION").target) == {"HUN"}


def test_a_deputy_of_a_ministry_whose_genitive_reads_as_a_verb() -> None:
    document = coded("Міністр оборони Польщі та заступник міністра війни США підписали угоду про виробництво ракет.")
    agreement = only(document, "AGREE")
    assert countries(document, agreement.source) | countries(document, agreement.target) == {"POL", "USA"}


def test_a_threat_on_a_condition_about_attacks_is_aimed_at_the_attackers() -> None:
    document = coded("Хусити атакували танкер. Міністр оборони Британії попередив, що Лондон завдаватиме ударів, якщо атаки на судна не припиняться.")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"GBR"} and countries(document, threat.target) == {"YEM"}


def test_an_air_defence_battery_deployed_and_a_nato_council_session() -> None:
    document = coded("Бухарест розгорне додаткову батарею ППО в повіті Тулча.")
    assert countries(document, only(document, "MOBILIZE").source) == {"ROU"}
    document = coded("Засідання Північноатлантичної ради відбудеться в четвер.")
    assert countries(document, only(document, "CONSULT").source) == {"IGOWSTNAT"}


def test_claims_called_unfounded_are_rejected() -> None:
    document = coded("Речник МЗС Угорщини назвав заяви Києва «голослівними».")
    rejection = only(document, "REJECT")
    assert countries(document, rejection.source) == {"HUN"} and countries(document, rejection.target) == {"UKR"}


def test_demanded_acts_listed_with_commas_are_not_told_as_done() -> None:
    document = coded("Президент Азербайджану зажадав від Москви визнати провину, вибачитися та виплатити компенсацію.")
    assert only(document, "DEMAND") and not events_of(document, "SUPPORT")


def test_raids_condemned_refer_back_to_who_made_them() -> None:
    document = coded("У Москві російський спецназ затримав дев'ятьох азербайджанців. МЗС Азербайджану засудило рейди.")
    condemnation = only(document, "DISAPPROVE")
    assert countries(document, condemnation.source) == {"AZE"} and countries(document, condemnation.target) == {"RUS"}


def test_cancelled_contacts_and_conclusions_called_premature() -> None:
    document = coded("Баку скасував усі заплановані заходи з Росією на міжурядовому рівні.")
    assert countries(document, only(document, "SANCTION").target) == {"RUS"}
    document = coded("Прокуратура Азербайджану звинуватила Росію. Пєсков назвав висновки Баку «передчасними».")
    assert countries(document, only(document, "REJECT").target) == {"AZE"}


def test_recall_and_closure_nouns_joined_under_one_verb_share_their_side() -> None:
    document = coded("Гана відповіла дзеркально: уряд Гани оголосив про відкликання посла з Ломе та закриття кордону.")
    recall, closure = only(document, "SANCTION"), only(document, "COERCE")
    assert recall.mode == "withdraw" and closure.mode == "restrict"
    assert countries(document, closure.source) == {"GHA"} and countries(document, closure.target) == {"TGO"}


def test_flights_banned_and_sky_closed_restrict_the_country_named_by_its_adjective() -> None:
    document = coded("Туреччина та Греція посварилися. Анкара заборонила грецьким літакам польоти над своїми островами.")
    ban = only(document, "COERCE")
    assert ban.mode == "restrict" and countries(document, ban.target) == {"GRC"}
    document = coded("Уряд Польщі ухвалив рішення про закриття повітряного простору над кордоном з Білоруссю.")
    assert countries(document, only(document, "COERCE").target) == {"BLR"}


def test_subject_past_a_relative_clause_with_a_parenthesis_and_a_whole_word_after_a_preposition() -> None:
    document = coded(
        "Того ж дня Вишеградська четвірка, до якої, крім Польщі, входять Чехія, Словаччина та Угорщина, "
        "засудила «провокації російського режиму проти всієї Європи»."
    )
    condemnation = only(document, "DISAPPROVE")
    assert countries(document, condemnation.source) == {"POL", "CZE", "SVK", "HUN"}
    assert countries(document, condemnation.target) == {"RUS"}


def test_letter_with_a_demand_and_air_defence_moved_to_the_border() -> None:
    document = coded("Посол Єгипту при ООН надіслав Генсеку ООН листа з вимогою скликати засідання.")
    demand = only(document, "DEMAND")
    assert countries(document, demand.source) == {"EGY"} and countries(document, demand.target) == {"IGOUNO"}
    document = coded("За даними розвідки, Туреччина перекинула до сирійського кордону зенітні ракетні комплекси.")
    assert countries(document, only(document, "MOBILIZE").source) == {"TUR"}


def test_offer_takes_those_just_addressed_by_the_same_speaker() -> None:
    document = coded("Генсек ООН закликав Ефіопію та Еритрею до стриманості. Він запропонував посередництво ООН.")
    offer = only(document, "AGREE")
    assert countries(document, offer.target) == {"ETH", "ERI"}


def test_forces_with_a_possessive_act_for_the_owner_named_before_and_strike_what_was_named_with_its_country() -> None:
    document = coded(
        "Уночі з боку Білорусі над Латвією помітили білоруський безпілотник. Міністерство оборони Латвії заявило, що його "
        "підрозділи протиповітряної оборони збили безпілотник."
    )
    fight = only(document, "FIGHT")
    assert countries(document, fight.source) == {"LVA"} and countries(document, fight.target) == {"BLR"}


def test_sanctions_eased_in_every_form_and_on_a_state_company_or_a_country_goods() -> None:
    document = coded("Мінфін США вивів з-під санкцій білоруську компанію «Белавіа».")
    easing = only(document, "CONCEDE")
    assert countries(document, easing.source) == {"USA"} and countries(document, easing.target) == {"BLR"}
    document = coded("Білорусь чекає. Вашингтон розглядає послаблення обмежень на імпорт білоруських калійних добрив.")
    assert countries(document, only(document, "CONCEDE").target) == {"BLR"}
    document = coded("У Брюсселі наголосили, що Євросоюз не пом'якшуватиме санкцій проти Ірану.")
    easing = only(document, "CONCEDE")
    assert easing.modality == "negated" and countries(document, easing.target) == {"IRN"}


def test_person_named_in_a_sentence_without_a_verb_is_who_he_refers_to() -> None:
    document = coded("До Мінська прибув посол Німеччини. Серед звільнених — активіст руху «Свобода» Ігор Олешко. Він засудив Польщу.")
    condemnation = only(document, "DISAPPROVE")
    assert [document.entity(x).name for x in condemnation.source] == ["Ігор Олешко"]


def test_villages_of_a_country_province_are_that_country_and_an_air_strike_condemned_refers_back() -> None:
    document = coded("Індія та Пакистан знову воюють. Пакистанська артилерія обстріляла прикордонні села індійського штату Джамму.")
    fight = only(document, "FIGHT")
    assert countries(document, fight.source) == {"PAK"} and countries(document, fight.target) == {"IND"}
    document = coded(
        "Індія та Пакистан знову воюють. Уранці індійські винищувачі завдали удару по позиціях пакистанської армії. "
        "Міністерство оборони Пакистану "
        "того ж дня засудило авіаудар."
    )
    condemnation = only(document, "DISAPPROVE")
    assert [document.entity(x).name for x in condemnation.source] == ["Міністерство оборони Пакистану"]
    assert countries(document, condemnation.target) == {"IND"}


def test_saying_who_fired_first_is_an_accusation_and_both_governments_are_those_just_addressed() -> None:
    document = coded("Прем'єр Вірменії заявив, що першими вогонь відкрили азербайджанські військові. Азербайджан мовчить.")
    accusation = only(document, "DISAPPROVE")
    assert countries(document, accusation.target) == {"AZE"} and not events_of(document, "FIGHT")
    document = coded(
        "Президент Туреччини запропонував Єревану та Баку провести переговори в Стамбулі. "
        "У середу обидва уряди погодилися направити туди делегації."
    )
    agreement = next(e for e in events_of(document, "AGREE") if e.mode != "propose")
    assert countries(document, agreement.source + agreement.target) == {"ARM", "AZE"}


def test_fighters_entering_another_country_airspace_and_the_denial_answering_its_protest() -> None:
    document = coded(
        "Два білоруські гелікоптери Мі-24 у четвер залетіли в повітряний простір Польщі. Польща викликала "
        "посла Білорусі й вручила йому ноту протесту. У Мінську факт порушення заперечують."
    )
    incursion = only(document, "MOBILIZE")
    assert countries(document, incursion.source) == {"BLR"} and countries(document, incursion.target) == {"POL"}
    denial = only(document, "REJECT")
    assert countries(document, denial.source) == {"BLR"} and countries(document, denial.target) == {"POL"}


def test_a_fighter_that_went_into_another_country_airspace_is_an_incursion() -> None:
    document = coded(
        "Москва мовчить. Фінська берегова охорона обстежує місце аварії. У понеділок російський гелікоптер без "
        "дозволу зайшов у повітряний простір Латвії, повідомили Сили оборони.",
        published="2035-09-19",
    )
    incursion = only(document, "MOBILIZE")
    assert countries(document, incursion.source) == {"RUS"} and countries(document, incursion.target) == {"LVA"}
    # the forces that report it are those of the country the sentence names, not of the body named before
    assert countries(document, incursion.attributed_to) == {"LVA"}


def test_a_sea_in_the_condition_is_no_target_of_the_threat() -> None:
    document = coded("Міністр оборони РФ пригрозив, що Гельсінкі пошкодує, якщо Балтика стане небезпечною для російських суден.")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"RUS"} and countries(document, threat.target) == {"FIN"}


def test_a_suspension_of_talks_named_by_its_noun_is_a_halt_not_talks() -> None:
    document = coded("Президент Колумбії оголосив про призупинення мирних переговорів з Армією національного визволення.")
    halt = only(document, "SANCTION")
    assert halt.mode == "halt" and countries(document, halt.source) == {"COL"} and countries(document, halt.target) == {"COL"}
    assert not events_of(document, "CONSULT")


def test_an_undeclined_capital_speaks_as_its_government_with_a_masculine_verb() -> None:
    document = coded("Того ж дня Токіо через своє посольство в Пекіні передав Пхеньяну рішучий протест.")
    protest = only(document, "DISAPPROVE")
    assert countries(document, protest.source) == {"JPN"} and countries(document, protest.target) == {"PRK"}
    document = coded("Тбілісі засудив рішення Москви закрити кордон.")
    assert countries(document, only(document, "DISAPPROVE").source) == {"GEO"}


def test_blocking_a_draft_is_aimed_at_who_proposed_it() -> None:
    document = coded("Росія заблокувала запропонований Францією проєкт резолюції.")
    veto = only(document, "REJECT")
    assert countries(document, veto.source) == {"RUS"} and countries(document, veto.target) == {"FRA"}


def test_a_report_by_a_medium_named_in_latin_letters_is_attributed_to_it_and_it_is_no_party() -> None:
    document = coded("Раніше КНДР запустила ракету. Як повідомляє японське агентство Kyodo, Токіо нібито готує нові санкції проти КНДР.")
    sanction = only(document, "SANCTION")
    assert countries(document, sanction.attributed_to) == {"JPN"} and countries(document, sanction.target) == {"PRK"}
    document = coded("Росіяни затримали двох азербайджанців. За даними азербайджанського видання Report, затриманих побили.")
    assert all("AZEMED" not in {document.entity(x).actor_code for x in e.target} for e in document.events)


def test_police_officers_are_the_police_named_before() -> None:
    # "серби" is a plural named in between; the officers still act for the ministry that tells of them
    document = coded(
        "Спецпідрозділ косовської поліції у вівторок увійшов до будівлі громади в Лепосавичі на півночі Косова, де "
        "більшість населення становлять серби. Як повідомило МВС Косова, поліцейські вилучили документацію так званого "
        "тимчасового органу влади, який фінансує Белград, і затримали трьох його працівників — громадян Сербії."
    )
    arrest = only(document, "COERCE")
    assert countries(document, arrest.source) == {"XKX"} and countries(document, arrest.target) == {"SRB"}


def test_a_place_in_a_prepositional_phrase_read_nominative_only_as_a_surname_is_no_subject() -> None:
    # "Косова" is also the surname Косова; after "у справах" it is the genitive of Косово
    document = coded("У середу Канцелярія уряду Сербії у справах Косова вимагала негайно звільнити затриманих сербів.")
    demand = only(document, "DEMAND")
    assert countries(document, demand.source) == {"SRB"}


def test_announcing_sanctions_against_someone_is_a_sanction() -> None:
    document = coded("Міністерство закордонних справ Китаю в четвер оголосило про санкції проти трьох американських оборонних компаній.")
    sanction = only(document, "SANCTION")
    assert countries(document, sanction.source) == {"CHN"} and countries(document, sanction.target) == {"USA"}


def test_condemning_the_drills_is_aimed_at_who_holds_them() -> None:
    document = coded(
        "Армія Китаю почала масштабні навчання біля Тайваню. Минулого тижня президент Тайваню зустрівся з "
        "американськими конгресменами. Тайбей підняв у повітря винищувачі. Президент засудив навчання як шантаж."
    )
    condemnation = only(document, "DISAPPROVE")
    assert countries(document, condemnation.source) == {"TWN"} and countries(document, condemnation.target) == {"CHN"}


def test_a_promise_in_the_future_tense_is_dated_by_the_announcement_told_next() -> None:
    document = coded(
        "Норвегія виділить 30 мільйонів крон на відновлення енергетики України. Про це в понеділок оголосив "
        "міністр закордонних справ Норвегії під час візиту до Києва.",
        published="2035-10-10",
    )
    aid = only(document, "AID")
    assert aid.date == "2035-10-08" and countries(document, aid.source) == {"NOR"}


def test_a_tank_firing_at_peacekeepers_is_fighting_and_rome_protests_through_the_farnesina() -> None:
    document = coded(
        "Ізраїль мовчить. Ізраїльський танк у суботу обстріляв позицію Тимчасових сил ООН у Лівані поблизу Накури. "
        "Посла Ізраїлю викликали до Фарнезіни."
    )
    fire = only(document, "FIGHT")  # peacekeepers are armed forces, not a convoy
    assert countries(document, fire.source) == {"ISR"} and countries(document, fire.target) == {"IGOUNOPKO"}
    summons = only(document, "DISAPPROVE")
    assert countries(document, summons.source) == {"ITA"} and countries(document, summons.target) == {"ISR"}


def test_a_capital_is_in_the_cases_of_its_own_word_when_lists_are_joined() -> None:
    # "Рим" is also the genitive plural of "рима"; it does not join the genitive "Лівану" before the comma
    document = coded("Вогонь влучив у позицію миротворців на півдні Лівану, Рим і Дублін протестують.")
    protest = next(e for e in document.events if e.type in ("DISAPPROVE", "PROTEST"))
    assert countries(document, protest.source) == {"ITA", "IRL"}


def test_troops_leaving_a_base_on_another_country_ground_after_a_fronted_object() -> None:
    # "базу" opens the clause after the time told, so the nominative after the verb is its subject
    document = coded(
        "Малі розірвало оборонну угоду з Францією. У четвер базу Гао в Малі залишили останні французькі підрозділи."
    )
    withdrawal = only(document, "RETREAT")
    assert countries(document, withdrawal.source) == {"FRA"} and countries(document, withdrawal.target) == {"MLI"}


def test_a_country_adjective_on_air_defence_systems_names_the_country_threatened() -> None:
    document = coded(
        "Німеччина передасть Україні ще дві батареї. Речниця МЗС Росії заявила, що німецькі комплекси "
        "«стануть законною ціллю» для російських військ."
    )
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"RUS"} and countries(document, threat.target) == {"DEU"}


def test_holding_a_video_conference_with_someone_is_a_call() -> None:
    document = coded("Міністр оборони України провів відеоконференцію з міністром оборони Канади.")
    call = only(document, "CONSULT")
    assert countries(document, call.source + call.target) == {"UKR", "CAN"}


def test_one_word_short_name_refers_to_the_body_of_that_head_named_just_before() -> None:
    document = coded("МЗС Сирії подало до Ради Безпеки ООН скаргу і закликало Раду змусити Ізраїль вивести війська.")
    assert countries(document, only(document, "DEMAND").target) == {"IGOUNOSCR"}  # not the Verkhovna Rada


def test_a_call_made_also_by_another_goes_to_the_same_sides() -> None:
    document = coded("Генсек ООН закликав Судан і Південний Судан до діалогу. До діалогу закликав також Африканський союз.")
    calls = events_of(document, "DEMAND")
    assert len(calls) == 2 and all(countries(document, c.target) == {"SDN", "SSD"} for c in calls)


def test_a_name_after_a_headline_is_no_genitive_of_its_last_word() -> None:
    document = coded(
        "Повстанці штурмують місто, Лондон запровадив санкції проти командирів угруповання\n\n"
        "Сили швидкого реагування в ніч на суботу розпочали наступ на Ель-Фашер."
    )
    offensive = next(e for e in events_of(document, "FIGHT") if e.trigger.text == "наступ")
    assert countries(document, offensive.source) == {"SDN"}


def test_an_attack_near_a_town_or_under_it_hits_the_town_country() -> None:
    document = coded("Ізраїль і Ліван домовилися. У понеділок безпілотник ЦАХАЛ атакував автомобіль поблизу Набатії.")
    fight = only(document, "FIGHT")
    assert countries(document, fight.source) == {"ISR"} and countries(document, fight.target) == {"LBN"}


def test_ready_to_give_takes_its_subject_and_looking_into_circumstances_is_an_inquiry() -> None:
    document = coded(
        "Міністр оборони Ізраїлю пригрозив розширити операції. За даними Axios, Вашингтон нібито готовий "
        "виділити ліванській армії ще 200 мільйонів доларів."
    )
    aid = only(document, "AID")
    assert countries(document, aid.source) == {"USA"} and countries(document, aid.target) == {"LBN"}
    document = coded("Поліція Молдови заявила, що з'ясовує обставини інциденту на кордоні.")
    assert countries(document, only(document, "INVESTIGATE").source) == {"MDA"}
    document = coded("Командування сирійської армії оголосило, що перекидає на північ 2000 військовослужбовців.")
    assert countries(document, only(document, "MOBILIZE").source) == {"SYR"}


def test_impersonal_form_takes_the_doer_of_its_sentence_but_not_across_a_subordinate_clause() -> None:
    document = coded("Протести в Мінську тривають. Білоруський ОМОН застосував кийки, затримано щонайменше 40 людей.")
    arrest = only(document, "COERCE")
    assert countries(document, arrest.source) == {"BLR"}
    document = coded("Уряд Малі звинуватив Алжир після того, як біля кордону було збито малійський безпілотник.")
    assert all(countries(document, e.source) != {"MLI"} for e in events_of(document, "FIGHT"))


def test_a_bare_national_body_in_a_foreign_story_and_a_fronted_object_with_its_owner() -> None:
    document = coded("Протести в Каракасі тривають третю добу. Національна гвардія затримала десятки людей.")
    assert countries(document, only(document, "COERCE").source) == {"VEN"}
    document = coded("Крок Бухареста різко розкритикували Молдова та Україна.")
    condemnation = only(document, "DISAPPROVE")
    assert countries(document, condemnation.source) == {"MDA", "UKR"} and countries(document, condemnation.target) == {"ROU"}


def test_neighbours_are_the_other_side_and_the_view_of_a_capital_is_its_government() -> None:
    document = coded("Хорватія заборонила в'їзд сербським посадовцям. Міністр закордонних справ Сербії зажадав від сусідів скасувати заборону.")
    assert countries(document, only(document, "DEMAND").target) == {"HRV"}
    document = coded("Сербська поліція затримала двох хорватів. У Загребі вважають арешт «політично вмотивованим» і називають його «взяттям заручників».")
    condemnation = only(document, "DISAPPROVE")
    assert countries(document, condemnation.source) == {"HRV"}


def test_a_request_filed_with_a_court_and_support_for_a_country_sovereignty() -> None:
    document = coded("У вівторок Джорджтаун подав до Міжнародного суду ООН клопотання про тимчасові заходи.")
    request = only(document, "DEMAND")
    assert countries(document, request.source) == {"GUY"} and "IGOUNOJUDICJ" in countries(document, request.target)
    document = coded("Держдепартамент США висловив «непохитну підтримку» територіальної цілісності Молдови.")
    assert countries(document, only(document, "SUPPORT").target) == {"MDA"}


def test_a_place_name_after_its_place_noun_is_no_object_and_neighbours_are_who_acted_against_the_speaker() -> None:
    document = coded(
        "Киргизстан і Таджикистан сперечаються. У березні таджицькі прикордонники затримали поблизу села Достук "
        "киргизького прикордонника. Бішкек тоді звинуватив сусідів у «викраденні» військовослужбовця."
    )
    arrest = only(document, "COERCE")
    assert countries(document, arrest.source) == {"TJK"} and countries(document, arrest.target) == {"KGZ"}
    assert countries(document, only(document, "DISAPPROVE").target) == {"TJK"}


def test_welcoming_a_signing_welcomes_those_who_signed() -> None:
    document = coded(
        "Лідери Вірменії та Азербайджану підписали мирну декларацію. Речник МЗС Китаю у середу привітав "
        "підписання декларації."
    )
    praise = only(document, "SUPPORT")
    assert countries(document, praise.source) == {"CHN"} and countries(document, praise.target) == {"ARM", "AZE"}


def test_a_state_protest_the_act_wished_in_a_shchob_clause_and_imports_suspended() -> None:
    document = coded("Генсек уряду Японії повідомив, що Токіо заявив китайській стороні протест через дипломатичні канали.")
    protest = only(document, "DISAPPROVE")
    assert protest.mode == "protest" and countries(document, protest.target) == {"CHN"}
    document = coded("Китайський дипломат зажадав, щоб Токіо публічно відмовився від слів прем'єрки.")
    assert only(document, "DEMAND") and not events_of(document, "REJECT")
    document = coded("У вівторок митна служба Китаю призупинила ввезення морепродуктів з Японії.")
    assert countries(document, only(document, "SANCTION").target) == {"JPN"}


def test_a_call_on_own_citizens_to_avoid_a_country_is_a_travel_warning_and_vzhe_is_an_adverb() -> None:
    document = coded("МЗС Китаю закликало китайських громадян утримуватися від поїздок до Японії.")
    warning = only(document, "SANCTION")
    assert warning.mode == "travel-warning" and countries(document, warning.target) == {"JPN"}
    document = coded("МЗС Китаю висловило протест Японії. Найбільші китайські авіакомпанії вже пропонують пасажирам повернути квитки.")
    assert not events_of(document, "AGREE")


def test_a_relative_clause_of_a_common_noun_has_no_actor_but_a_document_speaks_for_its_author() -> None:
    document = coded("Прем'єрка Японії заявила, що блокада Тайваню може стати «ситуацією, яка загрожує виживанню Японії».")
    assert not events_of(document, "THREATEN")
    document = coded("Рада безпеки ООН ухвалила резолюцію, яка вимагає від хуситів припинити напади.")
    assert "IGOUNOSCR" in countries(document, only(document, "DEMAND").source)


def test_a_town_taken_by_force_is_fighting_and_rebels_refer_back_to_the_armed_group() -> None:
    document = coded("Повстанці M23 знову наступають. У неділю бойовики M23 захопили місто Гома.")
    occupation = only(document, "FIGHT")
    assert occupation.mode == "occupy" and countries(document, occupation.target) == {"COD"}
    document = coded("Повстанці M23 наступають. За даними ООН, руандійська армія постачає повстанцям зенітні комплекси.")
    aid = only(document, "AID")
    assert countries(document, aid.source) == {"RWA"} and countries(document, aid.target) == {"COD"}


def test_a_spokesman_of_the_government_just_named_speaks_for_its_country() -> None:
    document = coded("Уряд Чаду звинуватив Судан у підтримці повстанців. Речник уряду Абдеррахман Кулламаллах заявив, що Судан постачає їм зброю.")
    assert all(countries(document, e.source) == {"TCD"} for e in document.events if e.type == "DISAPPROVE")


def test_a_past_gerund_acts_as_its_verb_with_the_subject_of_the_clause() -> None:
    document = coded("Про це в понеділок повідомив генсек НАТО Марк Рютте, закликавши Москву негайно припинити удари.")
    call = only(document, "DEMAND")
    assert "IGOWSTNAT" in countries(document, call.source) and countries(document, call.target) == {"RUS"}


def test_a_document_adopted_speaks_for_the_body_that_adopted_it_not_for_the_place() -> None:
    document = coded("У середу Рада керуючих МАГАТЕ у Відні ухвалила резолюцію, яка вимагає від Ірану відновити співпрацю.")
    demand = only(document, "DEMAND")
    assert countries(document, demand.source) == {"IGOUNOIAE"} and countries(document, demand.target) == {"IRN"}


def test_objects_joined_share_their_owner_and_an_attack_in_the_capital_itself_hits_it() -> None:
    document = coded("Вашингтон підтримує суверенітет і територіальну цілісність Молдови.")
    assert countries(document, only(document, "SUPPORT").target) == {"MDA"}
    document = coded("У самому Могадишо в неділю смертник «Аш-Шабаб» підірвав автомобіль біля воріт військової бази.")
    assert countries(document, only(document, "ASSAULT").target) == {"SOM"}
    document = coded("Прем'єр Сомалі назвав угоду Ефіопії «неприхованим посяганням на суверенітет» своєї країни.")
    assert countries(document, only(document, "DISAPPROVE").target) == {"ETH"}


def test_a_status_withdrawn_is_a_sanction() -> None:
    document = coded("Вашингтон позбавив Колумбію сертифікації надійного партнера в боротьбі з наркотиками.")
    sanction = only(document, "SANCTION")
    assert countries(document, sanction.source) == {"USA"} and countries(document, sanction.target) == {"COL"}


def test_a_demand_with_no_addressee_goes_to_who_acted_against_the_demander() -> None:
    document = coded("Фінляндія вислала трьох російських дипломатів. Речник Кремля Дмитро Пєсков зажадав негайно скасувати висилку.")
    demand = only(document, "DEMAND")
    assert countries(document, demand.source) == {"RUS"} and countries(document, demand.target) == {"FIN"}


def test_about_twenty_soldiers_are_the_subject_and_crossing_a_demarcation_line_is_an_incursion() -> None:
    document = coded("КНДР мовчить. Близько двадцяти північнокорейських військових у понеділок перетнули демаркаційну лінію.")
    incursion = only(document, "MOBILIZE")
    assert incursion.mode == "incursion" and countries(document, incursion.source) == {"PRK"}


def test_a_mine_nationalised_is_confiscation_and_the_capital_in_every_case() -> None:
    document = coded("Військова влада Нігеру оголосила про націоналізацію уранового рудника французької компанії Orano.")
    assert countries(document, only(document, "COERCE").source) == {"NER"}
    document = coded("Париж мовчить. У Ніамеї оголосили тимчасового повіреного у справах Франції персоною нон ґрата.")
    expulsion = only(document, "SANCTION")
    assert countries(document, expulsion.source) == {"NER"} and countries(document, expulsion.target) == {"FRA"}


def test_a_package_called_illegitimate_answers_its_sanctioner_and_sanctions_that_hit_are_no_strike() -> None:
    document = coded(
        "У понеділок Рада ЄС ухвалила 21-й пакет санкцій проти Росії. Речник Кремля Дмитро Пєсков у вівторок назвав "
        "новий пакет «нелегітимним» і заявив, що санкції «б'ють насамперед по самій Європі»."
    )
    condemnation = only(document, "DISAPPROVE")
    assert countries(document, condemnation.target) == {"IGOEEC"} and not events_of(document, "FIGHT")


def test_a_threat_with_no_addressee_answers_who_acted_against_the_threatener() -> None:
    document = coded(
        "Південна Корея запровадила нові санкції проти КНДР. Сестра лідера КНДР Кім Йо Чжон у середу пригрозила "
        "«новими, ще неприємнішими подарунками»."
    )
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"PRK"} and countries(document, threat.target) == {"KOR"}


def test_a_call_that_informs_and_a_sanction_aimed_deep_in_its_object() -> None:
    document = coded("Міністр закордонних справ Вірменії поінформував свого колегу Сергія Лаврова під час телефонної розмови.")
    call = only(document, "CONSULT")
    assert call.mode == "phone" and countries(document, call.source + call.target) == {"ARM", "RUS"}
    document = coded("Рада ЄС вирішила призупинити безвізовий режим для власників дипломатичних паспортів Грузії.")
    assert countries(document, only(document, "SANCTION").target) == {"GEO"}
    document = coded("Грузія ухвалила закон. Речниця МЗС Росії привітала рішення грузинських законодавців.")
    assert countries(document, only(document, "SUPPORT").target) == {"GEO"}


def test_lorries_with_a_country_adjective_are_that_country_property() -> None:
    document = coded("Литва закрила кордон. У понеділок білоруська влада затримала 38 литовських вантажівок.")
    arrest = next(e for e in events_of(document, "COERCE") if e.mode == "arrest")
    assert countries(document, arrest.source) == {"BLR"} and countries(document, arrest.target) == {"LTU"}


def test_an_act_named_as_the_reason_is_not_the_subject_act() -> None:
    document = coded("Китай запровадив санкції проти компаній США. Пекін пояснив рішення продажем Тайваню озброєнь.")
    assert all(countries(document, e.source) != {"CHN"} for e in events_of(document, "AID"))


def test_a_province_of_the_generated_gazetteer_places_the_target_in_its_country():
    document = coded("Угандійські військові обстріляли село в провінції Нижня Уеле.")
    event = document.events[0]
    assert countries(document, event.source) == {"UGA"}
    assert countries(document, event.target) == {"COD"}


def test_listing_in_a_sanctions_list_is_a_sanction_on_the_listed() -> None:
    document = coded("Міністерство фінансів Японії у вівторок внесло до санкційного списку три китайські компанії.")
    event = only(document, "SANCTION")
    assert countries(document, event.source) == {"JPN"}
    assert countries(document, event.target) == {"CHN"}  # past "три", which is also a verb form


def test_a_sanction_naming_no_one_joins_the_one_told_before() -> None:
    document = coded("Австралія запровадила санкції проти Ірану. Нова Зеландія заморозила активи двох банків.")
    joined = [e for e in events_of(document, "SANCTION") if countries(document, e.source) == {"NZL"}]
    assert len(joined) == 1 and countries(document, joined[0].target) == {"IRN"}


def test_not_hesitating_to_impose_sanctions_is_a_threat_not_a_negation() -> None:
    event = only(coded("Париж не вагатиметься запровадити санкції проти Ірану."), "THREATEN")
    assert (event.mode, event.modality) == ("sanction", "future")


def test_an_act_no_one_is_named_doing_answers_nothing() -> None:
    document = coded(
        "ЄС запровадив санкції проти Білорусі. До списку додали ще 20 компаній. У Мінську пообіцяли дзеркальну відповідь."
    )
    threat = only(document, "THREATEN")
    assert countries(document, threat.target) == {"IGOEEC"}


def test_a_threat_is_aimed_at_whom_it_names_further_on() -> None:
    document = coded("Захарова пригрозила, що Москва вживе заходів, які будуть болючими для Берліна.")
    threats = events_of(document, "THREATEN")
    assert threats and all(countries(document, t.target) == {"DEU"} for t in threats)


def test_discontent_explained_by_the_speakers_own_ministry_is_not_aimed_at_it() -> None:
    document = coded("Анкара висловила незадоволення: речник турецького МЗС назвав рішення Афін провокацією.")
    disapproval = events_of(document, "DISAPPROVE")
    assert disapproval and all(countries(document, e.target) == {"GRC"} for e in disapproval)


def test_a_blow_to_a_treasury_is_a_figure_of_speech() -> None:
    assert not coded("Сибіга назвав санкції «ударом по скарбниці Кремля».").events


def test_goods_after_a_trade_noun_name_the_sanctioned_country() -> None:
    document = coded("Відносини з Грузією погіршилися. Россільгоспнагляд запровадив обмеження на ввезення грузинських мандаринів.")
    event = only(document, "SANCTION")
    assert countries(document, event.source) == {"RUS"}
    assert countries(document, event.target) == {"GEO"}


def test_stopping_a_foreign_bodys_work_restricts_its_owner_and_stopping_ones_own_restricts_no_one() -> None:
    document = coded("Міністерство юстиції Казахстану припинило роботу бюро російської медіагрупи «Россия сегодня».")
    event = only(document, "COERCE")
    assert (countries(document, event.source), countries(document, event.target)) == ({"KAZ"}, {"RUS"})
    assert not coded("Летовище в Жешуві на кілька годин призупинило роботу.").events


def test_a_request_turned_down_answers_who_made_it() -> None:
    document = coded("МЗС Франції зажадало від Алжиру звільнити письменника. Алжир відхилив прохання звільнити письменника.")
    event = only(document, "REJECT")
    assert countries(document, event.target) == {"FRA"}


def test_words_called_a_manipulation_are_rejected() -> None:
    document = coded(
        "Міністр закордонних справ Угорщини звинуватив Київ у затягуванні переговорів. "
        "Речник МЗС України Георгій Тихий назвав ці слова «черговою маніпуляцією»."
    )
    event = only(document, "REJECT")
    assert (countries(document, event.source), countries(document, event.target)) == ({"UKR"}, {"HUN"})


def test_air_defence_reported_by_a_ministry_is_that_ministrys_side() -> None:
    document = coded(
        "Росія атакувала Київ. Міністерство оборони Росії заявило, що засоби ППО за ніч перехопили 40 "
        "українських безпілотників над Брянською областю."
    )
    defence = [e for e in events_of(document, "FIGHT") if e.mode == "air-defence"]
    assert len(defence) == 1 and countries(document, defence[0].source) == {"RUS"}


def test_a_promise_that_attacks_will_not_go_unanswered_is_a_threat_told_by_the_promiser() -> None:
    document = coded(
        "Українські дрони атакували Бєлгород. Російські військові пообіцяли, що атаки на Бєлгород "
        "не залишаться без відповіді."
    )
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"RUS"} and threat.modality != "negated"


def test_a_target_no_gazetteer_places_is_where_it_was_hit() -> None:
    document = coded("Росія атакувала Україну. Дрони СБУ уразили НПЗ у Рязані.")
    strike = next(e for e in events_of(document, "FIGHT") if countries(document, e.source) == {"UKR"})
    assert "RUS" in countries(document, strike.target)


def test_a_surname_alone_is_of_its_bearers_gender_whatever_its_ending() -> None:
    document = coded("Міністр закордонних справ України Андрій Сибіга прибув до Пекіна. Сибіга провів переговори з Ван І.")
    talks = only(document, "CONSULT")
    assert countries(document, talks.source + talks.target) == {"UKR", "CHN"}


def test_the_office_named_back_as_vidomstvo_acts_for_its_ministry() -> None:
    document = coded("Міністерство оборони Росії у вівторок заявило про удар по порту. Відомство звинуватило Київ у провокації.")
    accusation = only(document, "DISAPPROVE")
    assert (countries(document, accusation.source), countries(document, accusation.target)) == ({"RUS"}, {"UKR"})
    assert not [e for e in document.entities if e.name == "Відомство"]


def test_becoming_a_target_takes_no_side_and_threatens_whom_the_clause_names() -> None:
    document = coded(
        "Речник МЗС Росії заявив, що підприємства з фінською участю в Україні стануть «законними цілями» для "
        "російської армії."
    )
    assert not events_of(document, "SUPPORT")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"RUS"}
    assert countries(document, threat.target) & {"FIN", "UKR"}


def test_a_readiness_check_moving_forces_to_a_border_is_an_exercise_facing_across_it() -> None:
    document = coded(
        "Литва стежить за ситуацією. Збройні сили Білорусі розпочали позапланову перевірку боєготовності, "
        "у межах якої до кордону з Литвою перекидають підрозділи."
    )
    exercise = only(document, "MOBILIZE")
    assert (countries(document, exercise.source), countries(document, exercise.target)) == ({"BLR"}, {"LTU"})


def test_people_taking_to_an_avenue_with_a_demand_protest_and_their_dispersal_is_coerced() -> None:
    document = coded(
        "Тисячі людей у суботу вийшли на проспект Руставелі в Тбілісі з вимогою відставки уряду. "
        "Уночі спецпідрозділи МВС Грузії розігнали мітингувальників."
    )
    protest = only(document, "PROTEST")
    assert countries(document, protest.source) == {"GEO"}
    assert only(document, "COERCE").mode == "disperse"


def test_a_body_the_model_runs_on_into_its_verb_still_arrests() -> None:
    document = coded("Служба державної безпеки Грузії затримала у власних будинках трьох лідерів опозиції.")
    arrest = only(document, "COERCE")
    assert countries(document, arrest.source) == {"GEO"}
    assert not [e for e in document.entities if "затримала" in e.name]


def test_a_decree_putting_sanctions_into_force_and_premiers_agreeing_named_back() -> None:
    document = coded(
        "Президент Зеленський підписав указ, яким увів у дію рішення РНБО про санкції проти російської нафтової "
        "компанії."
    )
    sanction = only(document, "SANCTION")
    assert (countries(document, sanction.source), countries(document, sanction.target)) == ({"UKR"}, {"RUS"})
    document = coded("Віктор Орбан обговорив ситуацію телефоном із Робертом Фіцо, і прем'єри домовилися діяти спільно.")
    assert countries(document, only(document, "AGREE").source) == {"HUN", "SVK"}


def test_first_as_the_objects_attribute_is_no_blame() -> None:
    document = coded(
        "Іран наприкінці червня передав Росії першу партію балістичних ракет, повідомило в понеділок "
        "Головне управління розвідки Міністерства оборони України."
    )
    aid = only(document, "AID")
    assert (countries(document, aid.source), countries(document, aid.target)) == ({"IRN"}, {"RUS"})


def test_troops_moved_into_another_country_are_military_aid_and_to_a_border_a_mobilisation() -> None:
    document = coded("Північна Корея у травні перекинула до Росії ще близько шести тисяч військовослужбовців.")
    aid = only(document, "AID")
    assert (countries(document, aid.source), countries(document, aid.target)) == ({"PRK"}, {"RUS"})
    assert only(coded("Росія перекинула війська до кордону з Україною."), "MOBILIZE").mode == "troops"


def test_the_year_of_a_named_document_does_not_date_the_event() -> None:
    document = coded(
        "Генеральний директор ЮНЕСКО у вівторок засудив руйнування у Львові. Він закликав Росію, яка порушує "
        "Гаазьку конвенцію 1954 року, припинити обстріли.",
        published="2028-09-06",
    )
    assert only(document, "DEMAND").date != "1954"


def test_boats_of_a_country_named_only_by_its_navy_attack_for_it() -> None:
    document = coded(
        "У ніч на понеділок українські безекіпажні катери атакували російський фрегат біля Новоросійська. "
        "У ВМС ЗСУ атаку не коментують."
    )
    attack = only(document, "FIGHT")
    assert (countries(document, attack.source), countries(document, attack.target)) == ({"UKR"}, {"RUS"})


def test_a_meeting_noun_takes_the_date_its_relative_clause_gives() -> None:
    document = coded(
        "Безпека на морі стала головною темою зустрічі командувачів флотів Румунії, Болгарії та Туреччини, що "
        "відбулася у вівторок у Варні.",
        published="2028-10-11",
    )
    assert only(document, "CONSULT").date == "2028-10-10"


def test_a_strike_on_an_unplaced_village_near_a_placed_town_hits_the_towns_country() -> None:
    document = coded(
        "Україна атакувала нафтовий термінал. Українські дрони уразили термінал КТК у селищі Південна "
        "Озереївка під Новоросійськом."
    )
    strike = next(e for e in events_of(document, "FIGHT") if "RUS" in countries(document, e.target))
    assert countries(document, strike.source) == {"UKR"}


def test_leaders_of_a_union_agreeing_sanctions_or_a_loan_act_for_the_union() -> None:
    document = coded("Лідери країн Європейського Союзу погодили нові санкції проти Росії.")
    sanction = only(document, "SANCTION")
    assert (countries(document, sanction.source), countries(document, sanction.target)) == ({"IGOEEC"}, {"RUS"})
    document = coded("ЄС погодив Україні кредит на 50 мільярдів євро.")
    aid = only(document, "AID")
    assert (aid.mode, countries(document, aid.target)) == ("economic", {"UKR"})


def test_a_verb_joined_after_an_accusations_content_goes_on_the_main_clause() -> None:
    document = coded(
        "Прем'єр Польщі Дональд Туск звинуватив Мінськ у тому, що той «свідомо штовхає мігрантів на кордон», і "
        "закликав Берлін посилити санкції."
    )
    demand = only(document, "DEMAND")
    assert (countries(document, demand.source), countries(document, demand.target)) == ({"POL"}, {"DEU"})
    # the content's own verbs stay the charge: "… в тому, що вони обстрілювали міста й атакували школи"
    document = coded("Київ звинуватив Москву в тому, що її війська обстрілювали міста й атакували школи.")
    assert not events_of(document, "FIGHT")


def test_friends_or_partners_with_a_country_adjective_are_that_countrys_side() -> None:
    document = coded("Прем'єр-міністр Естонії Крістен Міхал подякував литовським партнерам за підтримку.")
    praise = only(document, "SUPPORT")
    assert (countries(document, praise.source), countries(document, praise.target)) == ({"EST"}, {"LTU"})
    # partners with no country named are no actor: "закликав партнерів" addresses no one codable
    document = coded("Президент Фінляндії Александер Стубб закликав партнерів пришвидшити постачання.")
    assert countries(document, only(document, "DEMAND").target) == set()


def test_a_span_since_a_periods_start_does_not_date_the_act_it_compares() -> None:
    document = coded(
        "У ніч на четвер Росія завдала по Одесі наймасованішого з початку року удару дронами.", published="2028-05-12"
    )
    assert only(document, "FIGHT").date == "2028-05-11"


def test_air_defence_named_without_a_country_after_the_attacker_is_the_struck_side() -> None:
    document = coded(
        "Вночі Росія атакувала Україну. Повітряні сили повідомили, що противник випустив по Україні 40 ракет. "
        "Зенітники та мобільні вогневі групи збили 35 ракет."
    )
    defence = next(e for e in events_of(document, "FIGHT") if e.mode == "air-defence")
    assert countries(document, defence.source) == {"UKR"}


def test_a_place_noun_as_the_object_is_the_place_its_name_says() -> None:
    document = coded("Вночі російські війська атакували ударними дронами морський порт Миколаїв.")
    assert countries(document, only(document, "FIGHT").target) == {"UKR"}
    document = coded("Ізраїльська авіація атакувала місто Рафах.")
    assert countries(document, only(document, "FIGHT").target) == {"PSE"}


def test_what_a_speaker_says_another_must_do_is_a_demand_on_it() -> None:
    document = coded("Глава МЗС Литви Кястутіс Будрис наголосив, що Мінськ мусить негайно звільнити затриманих вантажівок.")
    demand = only(document, "DEMAND")
    assert (countries(document, demand.source), countries(document, demand.target)) == ({"LTU"}, {"BLR"})
    document = coded("«Пекін повинен припинити постачання дронів», — заявив міністр оборони Німеччини Борис Пісторіус.")
    demand = only(document, "DEMAND")
    assert (countries(document, demand.source), countries(document, demand.target)) == ({"DEU"}, {"CHN"})
    # one's own side's duty is no demand, and no speaker, no demand
    assert not events_of(coded("Прем'єр Польщі Дональд Туск заявив, що Польща мусить посилити армію."), "DEMAND")
    assert not events_of(coded("Україна повинна ухвалити закон до кінця року."), "DEMAND")


def test_detectives_or_investigators_of_a_body_act_for_it() -> None:
    document = coded("Детективи Національного антикорупційного бюро разом із прокурорами затримали громадянина Росії.")
    arrest = only(document, "COERCE")
    assert (countries(document, arrest.source), countries(document, arrest.target)) == ({"UKR"}, {"RUS"})


def test_custody_ordered_and_a_suspicion_served_to_a_pronoun() -> None:
    document = coded(
        "Служба безпеки України затримала у Дніпрі громадянина Білорусі Павла Юрченка. Наступного дня йому "
        "повідомили про підозру в шпигунстві, а суд узяв Юрченка під варту."
    )
    suspicion = only(document, "INVESTIGATE")
    assert (countries(document, suspicion.source), countries(document, suspicion.target)) == ({"UKR"}, {"BLR"})
    assert any(e.trigger.text == "узяв" and countries(document, e.target) == {"BLR"} for e in events_of(document, "COERCE"))


def test_looking_into_someones_part_in_it_is_an_inquiry_into_them() -> None:
    document = coded("Литовська прокуратура перевіряє причетність російських спецслужб до підпалу складу.")
    inquiry = only(document, "INVESTIGATE")
    assert (countries(document, inquiry.source), countries(document, inquiry.target)) == ({"LTU"}, {"RUS"})


def test_a_block_lifted_yields_to_the_side_it_stood_against() -> None:
    document = coded(
        "Рада ЄС погодила нові санкції проти Ірану. Ухвалення пакета два тижні блокувала Словаччина. "
        "У понеділок прем'єр Словаччини Роберт Фіцо відкликав своє вето."
    )
    veto = only(document, "REJECT")
    assert (countries(document, veto.source), countries(document, veto.target)) == ({"SVK"}, {"IGOEEC"})
    concession = only(document, "CONCEDE")
    assert (countries(document, concession.source), countries(document, concession.target)) == ({"SVK"}, {"IGOEEC"})


def test_joining_a_package_and_corresponding_restrictions_are_sanctions_not_retaliation() -> None:
    document = coded(
        "Євросоюз ухвалив новий пакет санкцій проти Білорусі. Уряд Ісландії ухвалив рішення приєднатися до пакета. "
        "Уряд Канади пообіцяв запровадити відповідні обмеження."
    )
    assert not [e for e in document.events if e.mode == "retaliate"]
    joined = next(e for e in document.events if countries(document, e.source) == {"ISL"})
    assert (joined.type, countries(document, joined.target)) == ("SANCTION", {"BLR"})


def test_a_refusal_to_sanction_is_not_what_a_retaliation_answers() -> None:
    document = coded(
        "ЄС запровадив санкції проти Росії. Прем'єр Угорщини заявив, що Будапешт «не запровадить жодних нових санкцій» проти "
        "Росії. Речниця МЗС РФ Марія Захарова пообіцяла асиметричну відповідь."
    )
    threat = next(e for e in events_of(document, "THREATEN") if e.mode == "retaliate")
    assert countries(document, threat.target) == {"IGOEEC"}


def test_the_head_of_a_unions_mission_summoned() -> None:
    document = coded("До МЗС Білорусі викликали голову представництва ЄС у Мінську.")
    summons = only(document, "DISAPPROVE")
    assert (summons.mode, countries(document, summons.source), countries(document, summons.target)) == ("summon", {"BLR"}, {"IGOEEC"})


def test_all_necessary_measures_to_come_threaten_but_taken_ones_do_not() -> None:
    document = coded(
        "Канада запровадила санкції проти Білорусі. У Мінську заявили, що Білорусь «вживатиме всіх необхідних "
        "заходів» для захисту своїх інтересів."
    )
    threat = only(document, "THREATEN")
    assert (countries(document, threat.source), countries(document, threat.target)) == ({"BLR"}, {"CAN"})
    document = coded("Берегова охорона Китаю заявила, що вжила необхідних заходів контролю.")
    assert not events_of(document, "THREATEN")


def test_help_received_with_no_giver_comes_from_the_foreign_side_telling_of_it() -> None:
    document = coded("Прем'єр Норвегії Йонас Гар Стьоре повідомив, що Україна отримала нову партію зенітних ракет.")
    aid = only(document, "AID")
    assert (countries(document, aid.source), countries(document, aid.target)) == ({"NOR"}, {"UKR"})
    # a side telling of what it got itself names no giver
    document = coded("Президент Володимир Зеленський повідомив, що Україна отримала нову партію зенітних ракет.")
    assert countries(document, only(document, "AID").source) == set()


def test_a_deadline_dates_neither_the_call_nor_the_promise() -> None:
    document = coded(
        "У середу міністр оборони Литви закликав союзників до кінця зими передати Україні нові системи ППО.",
        published="2029-01-24",
    )
    assert only(document, "DEMAND").date == "2029-01-24"
    document = coded(
        "Міністр оборони Польщі у вівторок пообіцяв, що до 2031 року Польща розмістить у Литві ще одну бригаду.",
        published="2029-01-24",
    )
    assert only(document, "MOBILIZE").date == "2029-01-23"


def test_people_back_from_captivity_were_released_by_the_other_side_of_the_story() -> None:
    document = coded(
        "Росія знову обстріляла Харків. У неділю з полону додому повернулися 95 українців. У Москві заявили, що "
        "повернуто також 95 російських військовослужбовців."
    )
    releases = {
        (frozenset(countries(document, e.source)), frozenset(countries(document, e.target)))
        for e in events_of(document, "RETREAT")
    }
    assert releases == {(frozenset({"RUS"}), frozenset({"UKR"})), (frozenset({"UKR"}), frozenset({"RUS"}))}


def test_a_headline_no_body_event_repeats_takes_the_date_of_the_body_between_the_same_sides() -> None:
    document = coded(
        "Париж пообіцяв Бухаресту ще одну батарею ППО\n\n"
        "Міністр оборони Франції у понеділок провів переговори з румунським колегою і заявив, що Франція "
        "розмістить у Румунії ще одну батарею ППО.\n\n"
        "Румунія висловила вдячність.",
        published="2029-01-24",
    )
    promise = only(document, "AGREE")
    assert (promise.sentence, promise.date) == (0, "2029-01-22")


def test_a_pronoun_opening_a_sentence_is_the_person_the_sentence_before_names() -> None:
    # (the person did nothing coded: "був присутній" is no event, so no event subject points to him)
    document = coded(
        "Заступник міністра закордонних справ РФ Олександр Грушко звинуватив Альянс у мілітаризації Балтії. У МЗС "
        "Литви його слова назвали риторикою. У середу відбулося засідання ради, на якому був присутній міністр "
        "оборони Польщі Владислав Косіняк-Камиш. Він закликав Берлін посилити ППО."
    )
    demand = only(document, "DEMAND")
    assert (countries(document, demand.source), countries(document, demand.target)) == ({"POL"}, {"DEU"})


def test_the_nato_ukraine_council_is_natos_organ_not_the_verkhovna_rada() -> None:
    document = coded("У четвер у Брюсселі відбулося засідання Ради Україна — НАТО.")
    assert countries(document, only(document, "CONSULT").source) == {"IGOWSTNAT"}


def test_supplies_stopped_and_emergency_aid_announced() -> None:
    document = coded("«Газпром» у понеділок зупинив постачання газу до Вірменії.", published="2029-01-17")
    cut = only(document, "SANCTION")
    assert (cut.mode, countries(document, cut.target), cut.date) == ("aid-cut", {"ARM"}, "2029-01-15")
    document = coded("Європейська комісія оголосила про 40 мільйонів євро екстреної допомоги Молдові.")
    aid = only(document, "AID")
    assert (countries(document, aid.source), countries(document, aid.target)) == ({"IGOEEC"}, {"MDA"})


def test_an_inquiry_into_a_war_crime_names_the_last_side_to_strike() -> None:
    document = coded(
        "Вночі російські війська атакували Запоріжжя ракетами. Запорізька обласна прокуратура розпочала досудове "
        "розслідування за фактом воєнного злочину."
    )
    inquiry = only(document, "INVESTIGATE")
    assert (countries(document, inquiry.source), countries(document, inquiry.target)) == ({"UKR"}, {"RUS"})


def test_the_places_a_relative_clause_calls_a_strikes_aims_are_its_targets() -> None:
    document = coded("Вночі Росія завдала масованого удару, основною ціллю якого стала Одеса.")
    strike = only(document, "FIGHT")
    assert (countries(document, strike.source), countries(document, strike.target)) == ({"RUS"}, {"UKR"})


def test_fighting_told_undated_after_a_dated_attack_is_that_attacks() -> None:
    document = coded(
        "У ніч на четвер Росія атакувала Одесу дронами.\n\nПовітряні сили повідомили, що сили ППО збили 30 "
        "дронів.",
        published="2028-05-12",
    )
    defence = next(e for e in events_of(document, "FIGHT") if e.mode == "air-defence")
    assert defence.date == "2028-05-11"


def test_thanks_expressed_and_the_holy_see() -> None:
    document = coded("Президент Польщі висловив вдячність Святому Престолу за посередництво.")
    praise = only(document, "SUPPORT")
    assert (praise.mode, countries(document, praise.source), countries(document, praise.target)) == ("praise", {"POL"}, {"VAT"})


def test_children_back_home_were_released_by_the_other_side() -> None:
    document = coded("Росія продовжує обстріли Херсона. У четвер в Україну повернулися ще 11 дітей.", published="2028-12-13")
    release = only(document, "RETREAT")
    assert (countries(document, release.source), countries(document, release.target)) == ({"RUS"}, {"UKR"})


def test_access_allowed_concedes_and_access_refused_rejects() -> None:
    document = coded("Іран дозволив інспекторам МАГАТЕ відвідати об'єкт у Фордо.")
    allowed = only(document, "CONCEDE")
    assert (allowed.mode, countries(document, allowed.target)) == ("allow", {"IGOUNOIAE"})
    document = coded("Росія досі не допускає представників Міжнародного комітету Червоного Хреста до полонених.")
    refused = only(document, "REJECT")
    assert (countries(document, refused.source), countries(document, refused.target)) == ({"RUS"}, {"NGOHLHICR"})


def test_two_documents_signed_the_same_day_are_two_agreements() -> None:
    document = coded(
        "У вівторок президенти України та Литви підписали спільну декларацію про безпеку. Після цього вони "
        "обговорили енергетику. Того ж дня уряди обох країн уклали угоду про виробництво дронів."
    )
    assert len(events_of(document, "AGREE")) == 2


def test_mockery_condemns_and_a_visit_met_with_it_is_no_meeting() -> None:
    document = coded(
        "Речниця МЗС РФ Марія Захарова заявила, що Зеленський «поїхав до Варшави по снаряди», а польську владу "
        "висміяла за «чужу війну»."
    )
    mockery = next(e for e in events_of(document, "DISAPPROVE") if e.trigger.text == "висміяла")
    assert (countries(document, mockery.source), countries(document, mockery.target)) == ({"RUS"}, {"POL"})
    document = coded("У Москві візит прем'єра Польщі Дональда Туска зустріли глузуванням.")
    assert not events_of(document, "CONSULT") or all(e.mode == "visit" for e in events_of(document, "CONSULT"))


def test_a_body_named_by_its_country_adjective_and_a_concern_voiced_too_in_a_capital() -> None:
    document = coded(
        "Поліція Грузії затримала двох опозиціонерів. Стурбованість подіями в Грузії висловили і в Києві. "
        "Українське відомство закликало грузинську владу поважати право на мирні зібрання."
    )
    concern = only(document, "DISAPPROVE")
    assert (countries(document, concern.source), countries(document, concern.target)) == ({"UKR"}, {"GEO"})
    demand = only(document, "DEMAND")
    assert (countries(document, demand.source), countries(document, demand.target)) == ({"UKR"}, {"GEO"})


def test_missiles_used_strike_and_tear_gas_used_represses() -> None:
    document = coded("Вночі противник застосував по Запоріжжю шість ракет «Іскандер-М».")
    assert (only(document, "FIGHT").mode, countries(document, only(document, "FIGHT").target)) == ("strike", {"UKR"})
    document = coded("Поліція Грузії застосувала сльозогінний газ проти протестувальників у Тбілісі.")
    assert only(document, "ASSAULT").mode == "repression"


def test_a_womans_surname_in_a_consonant_is_in_any_case() -> None:
    document = coded(
        "Єврокомісарка Марта Кос прибула до Брюсселя. Увечері Андрій Сибіга обговорив санкції в телефонній "
        "розмові з Кос."
    )
    (call,) = [e for e in events_of(document, "CONSULT") if e.mode != "visit"]
    assert countries(document, call.source + call.target) == {"UKR", "IGOEEC"}


def test_a_date_inside_a_quote_does_not_date_the_words_that_tell_it() -> None:
    document = coded(
        "У вівторок прем'єр Польщі Дональд Туск зустрівся з Кір Стармером. «Без цих кроків угода в березні буде "
        "неможливою», — попередив Туск Лондон.",
        published="2029-01-03",
    )
    warning = only(document, "DISAPPROVE")
    assert warning.date == "2029-01-02"


def test_a_defence_is_against_whoever_attacked() -> None:
    document = coded(
        "Уночі Україна атакувала корабель Чорноморського флоту Росії. Міноборони Росії заявило, "
        "що сили флоту відбили атаку."
    )
    defence = next(e for e in events_of(document, "FIGHT") if e.mode == "defence")
    assert countries(document, defence.target) == {"UKR"}


def test_an_offer_is_to_those_its_own_side_just_addressed() -> None:
    document = coded(
        "МЗС Катару закликало Вашингтон і Тегеран до стриманості. Емір Катару заявив, що його країна готова "
        "прийняти переговори в Досі."
    )
    offer = only(document, "AGREE")
    assert (countries(document, offer.source), countries(document, offer.target)) == ({"QAT"}, {"USA", "IRN"})


def test_a_lead_with_no_date_takes_the_one_the_next_sentence_gives_it() -> None:
    document = coded(
        "Лідери країн ЄС погодили нові санкції проти Білорусі. Рішення ухвалили в ніч на четвер після довгих "
        "переговорів.",
        published="2028-10-27",
    )
    assert only(document, "SANCTION").date == "2028-10-26"


def test_soldiers_and_gunners_with_a_country_adjective_are_its_army() -> None:
    document = coded("Минулого тижня північнокорейські артилеристи обстрілювали прикордонні громади Сумщини.")
    strike = only(document, "FIGHT")
    assert (countries(document, strike.source), countries(document, strike.target)) == ({"PRK"}, {"UKR"})


def test_calling_a_trip_a_slap_or_a_blow_to_unity_criticises_it() -> None:
    document = coded("Прем'єр Польщі Дональд Туск назвав візит Орбана до Москви «ударом по єдності Європи».")
    assert countries(document, only(document, "DISAPPROVE").source) == {"POL"}
    document = coded("Кая Каллас назвала поїздку Фіцо «ляпасом кожному європейцеві».")
    assert only(document, "DISAPPROVE").mode == "condemn"


def test_farmers_blocking_traffic_at_a_crossing_protest() -> None:
    document = coded("Словацькі фермери другий день блокують рух вантажівок на пункті пропуску Вишнє Нємецьке.")
    protest = only(document, "PROTEST")
    assert (protest.mode, countries(document, protest.source)) == ("blockade", {"SVK"})


def test_another_strike_past_its_adjectives_refers_back_to_the_one_told() -> None:
    document = coded("Уночі Росія атакувала Одесу. Прем'єр Італії засудив «черговий жорстокий удар по цивільних».")
    condemnation = only(document, "DISAPPROVE")
    assert (countries(document, condemnation.source), countries(document, condemnation.target)) == ({"ITA"}, {"RUS"})


def test_a_past_act_in_a_paragraph_with_no_date_goes_on_the_storys_last_day() -> None:
    document = coded(
        "У вівторок прем'єр Канади Марк Карні прибув до Києва.\n\nЗеленський подякував Канаді за підтримку.",
        published="2028-12-27",
    )
    assert only(document, "SUPPORT").date == "2028-12-26"
    # the thanked one's acts after "за" are credited, but a verb of its own after ", і" is the thanker's
    document = coded("Зеленський подякував Канаді за «лідерство, яке не залежить від кон'юнктури», і закликав Польщу діяти.")
    assert countries(document, only(document, "DEMAND").source) == {"UKR"}


def test_ministers_referred_back_are_the_ones_who_acted_not_those_acted_on() -> None:
    document = coded(
        "Глава МЗС Франції провів телефонну розмову з німецьким колегою. Міністри засудили співпрацю Москви й Тегерана "
        "і домовилися координувати нові санкції."
    )
    agreement = only(document, "AGREE")
    assert countries(document, agreement.source + agreement.target) >= {"FRA", "DEU"}
    assert not countries(document, agreement.source) & {"RUS", "IRN"}


def test_strikes_feared_are_not_told_and_terror_condemns() -> None:
    document = coded("Польща підняла в повітря літаки через загрозу ракетних ударів по Волині.")
    assert not events_of(document, "FIGHT")
    document = coded(
        "Уночі Росія атакувала Харків ракетами. Глава МЗС Литви назвав удар «холоднокровним терором проти "
        "сплячих міст»."
    )
    condemnation = only(document, "DISAPPROVE")
    assert (countries(document, condemnation.source), countries(document, condemnation.target)) == ({"LTU"}, {"RUS"})


def test_a_deadline_or_this_year_before_a_dateless_paragraph_does_not_date_it() -> None:
    document = coded(
        "У понеділок прем'єр Нідерландів прибув до Києва. Він пообіцяв, що до кінця літа Україна отримає ще "
        "два літаки.\n\nЗеленський подякував Нідерландам за підтримку.",
        published="2029-05-16",
    )
    assert only(document, "SUPPORT").date == "2029-05-14"
    document = coded(
        "У понеділок президент Литви прибув до Києва. Цього року литовські фірми відбудовуватимуть мости "
        "на Київщині.\n\nЗеленський подякував Литві за підтримку.",
        published="2029-05-16",
    )
    assert only(document, "SUPPORT").date == "2029-05-14"



def test_a_village_no_gazetteer_knows_struck_is_on_the_other_side_and_stays_the_place() -> None:
    document = coded("Україна та Росія знову обмінялися полоненими. У понеділок окупанти атакували дронами Зеленівку й Чорнобаївку.")
    strike = only(document, "FIGHT")
    assert (countries(document, strike.source), countries(document, strike.target)) == ({"RUS"}, {"UKR"})
    assert document.entity(strike.location).name in ("Зеленівка", "Чорнобаївка")


def test_a_masculine_office_held_by_a_woman_is_the_subject_of_a_feminine_verb() -> None:
    document = coded("Прем'єр-міністр Данії у четвер прибула до Києва.")
    visit = only(document, "CONSULT")
    assert (countries(document, visit.source), countries(document, visit.target)) == ({"DNK"}, {"UKR"})


def test_a_womans_first_name_tells_the_case_her_surname_does_not() -> None:
    document = coded("Єврокомісарка Марта Кос наступного тижня відвідає Кишинів.")
    visit = only(document, "CONSULT")
    assert (countries(document, visit.source), countries(document, visit.target)) == ({"IGOEEC"}, {"MDA"})


def test_a_minister_dismissed_by_parliament_is_a_concession_of_its_own_state() -> None:
    document = coded(
        "Україна шукає нового очільника відомства. Верховна Рада в четвер звільнила з посади міністра охорони "
        "здоров'я Петра Гайового."
    )
    dismissal = only(document, "CONCEDE")
    # the minister, whom no gazetteer knows, and the state he served
    assert (countries(document, dismissal.source), countries(document, dismissal.target)) == ({"UKR"}, {"UKR"})
    assert dismissal.date == "2024-05-09"


def test_last_years_background_does_not_date_a_paragraph_with_no_date() -> None:
    document = coded(
        "У вівторок прем'єр Естонії прибула до Києва. Торік Естонія передала Україні 40 гаубиць.\n\n"
        "Зеленський подякував естонцям за підтримку.",
        published="2029-05-16",
    )
    assert only(document, "SUPPORT").date == "2029-05-15"


def test_a_crowd_is_of_the_country_the_story_is_about_not_the_last_one_named() -> None:
    document = coded(
        "У Грузії затримали опозиціонерів. У Тбілісі поліція затримала колишнього посла в Польщі.\n\n"
        "У неділю тисячі людей вийшли на проспект Руставелі з вимогою виборів."
    )
    protest = only(document, "PROTEST")
    assert countries(document, protest.source) == {"GEO"}


def test_a_weapon_named_by_its_owner_strikes_for_the_owner() -> None:
    document = coded("Уночі безпілотник Служби безпеки України уразив нафтобазу в Брянську.")
    strike = only(document, "FIGHT")
    assert (countries(document, strike.source), countries(document, strike.target)) == ({"UKR"}, {"RUS"})
    # a demand named by its owner is no weapon
    document = coded("Вимоги Будапешта щодо мови Сибіга відкинув.")
    assert countries(document, only(document, "REJECT").target) == {"HUN"}


def test_an_attack_referred_back_is_its_attackers_not_the_places_a_headline_names() -> None:
    document = coded(
        "Масована атака на Волинь і Рівненщину\n\nУночі Росія випустила по заходу України 30 ракет. "
        "Сили ППО знешкодили 20 із них. Міністр закордонних справ Литви назвав нічну атаку «терором»."
    )
    condemnation = only(document, "DISAPPROVE")
    assert (countries(document, condemnation.source), countries(document, condemnation.target)) == ({"LTU"}, {"RUS"})


def test_a_date_after_what_the_story_measures_from_dates_no_next_sentence() -> None:
    document = coded(
        "Канцлер Австрії у вівторок прибув до Києва. Візит відбувся через тиждень після його переговорів із "
        "прем'єром Угорщини в Будапешті 24 липня. У Маріїнському палаці сторони підписали угоду про відбудову.",
        published="2029-08-01",
    )
    assert only(document, "AGREE").date == "2029-07-31"


def test_words_at_the_joint_press_conference_take_the_day_of_the_meeting() -> None:
    document = coded(
        "Прем'єр Японії у вівторок прибула до Києва й провела переговори з Володимиром Зеленським.\n\n"
        "На спільній пресконференції прем'єрка заявила, що Токіо виділить Україні ще мільярд доларів, і закликала "
        "Росію припинити удари по енергетиці.",
        published="2029-05-16",
    )
    assert only(document, "DEMAND").date == "2029-05-15"


def test_a_decision_with_a_country_adjective_is_that_countrys() -> None:
    document = coded("Угорщина продовжила заборону на ввезення зерна. Варшава назвала угорське рішення ганебним.")
    condemnation = only(document, "DISAPPROVE")
    assert (countries(document, condemnation.source), countries(document, condemnation.target)) == ({"POL"}, {"HUN"})


def test_the_other_sides_version_called_a_fairy_tale_is_rejected() -> None:
    document = coded(
        "Уночі Росія атакувала Миколаїв. Речник Повітряних сил ЗСУ назвав російські зведення «казками для "
        "внутрішнього споживача»."
    )
    rejection = only(document, "REJECT")
    assert (countries(document, rejection.source), countries(document, rejection.target)) == ({"UKR"}, {"RUS"})


def test_a_body_no_gazetteer_places_speaks_for_the_state_named_after_it() -> None:
    document = coded("Москва звинуватила Кишинів у тиску. У Бюро реінтеграції Молдови ці закиди назвали маніпуляцією.")
    assert countries(document, only(document, "REJECT").source) == {"MDA"}


def test_a_warning_of_consequences_threatens() -> None:
    document = coded("Речниця МЗС РФ попередила Фінляндію, що розміщення баз НАТО «не залишиться без наслідків».")
    threat = only(document, "THREATEN")
    assert (countries(document, threat.source), countries(document, threat.target)) == ({"RUS"}, {"FIN"})


def test_words_naming_no_one_answer_whoever_of_another_side_acted_just_before() -> None:
    document = coded(
        "Грузинська поліція вночі розігнала мітинг опозиції в Тбілісі. Кая Каллас засудила жорстоке придушення "
        "мирного протесту."
    )
    condemnation = only(document, "DISAPPROVE")
    assert (countries(document, condemnation.source), countries(document, condemnation.target)) == ({"IGOEEC"}, {"GEO"})
    # one's own side's act is no one to answer
    document = coded("Кая Каллас заявила, що ЄС розширить місію в Молдові. Вона засудила дезінформацію.")
    assert not only(document, "DISAPPROVE").target


def test_words_answer_the_act_done_before_the_other_sides_words_about_it() -> None:
    document = coded(
        "Сполучені Штати передали Україні нові ракети ATACMS. Андрій Сибіга подякував Вашингтону за підтримку. "
        "Посольство Росії назвало рішення «кроком до ескалації»."
    )
    warning = only(document, "DISAPPROVE")
    assert countries(document, warning.target) == {"USA"}


def test_european_partners_are_the_union_the_story_names() -> None:
    document = coded(
        "Наступного тижня ЄС збирає саміт. Уночі Росія вдарила ракетами по Києву. Зеленський подякував європейським "
        "партнерам за системи ППО."
    )
    praise = only(document, "SUPPORT")
    assert (countries(document, praise.source), countries(document, praise.target)) == ({"UKR"}, {"IGOEEC"})
    # with no union named, "European" is no actor
    document = coded("Зеленський подякував європейським партнерам за рішення.")
    assert not only(document, "SUPPORT").target


def test_the_years_a_loan_is_meant_for_are_not_when_it_was_agreed() -> None:
    document = coded("У вівторок лідери ЄС погодили позику Україні — 90 мільярдів євро на 2030–2031 роки.", published="2029-10-24")
    assert only(document, "AID").date == "2029-10-23"


def test_an_official_of_a_body_no_gazetteer_names_is_of_the_ministry_it_belongs_to() -> None:
    document = coded(
        "Служба безпеки України затримала начальника управління Агенції оборонних закупівель Міноборони. "
        "Того ж дня затриманому повідомили про підозру."
    )
    arrest, suspicion = only(document, "COERCE"), only(document, "INVESTIGATE")
    assert countries(document, arrest.target) == countries(document, suspicion.target) == {"UKR"}


def test_a_strike_on_a_countrys_energy_system_is_on_that_country() -> None:
    document = coded(
        "Уночі Росія завдала масованого удару по українській енергетиці. Противник випустив по Україні 60 ракет."
    )
    strikes = events_of(document, "FIGHT")
    assert all(countries(document, strike.target) == {"UKR"} for strike in strikes), [s.trigger.text for s in strikes]


def test_help_given_to_no_one_named_goes_to_the_side_the_story_is_about() -> None:
    document = coded(
        "Уночі Росія вдарила по енергетиці України, Київ без світла. Україна попросила допомоги. "
        "Польща й Румунія надали аварійну допомогу."
    )
    aid = only(document, "AID")
    assert (countries(document, aid.source), countries(document, aid.target)) == ({"POL", "ROU"}, {"UKR"})


def test_whoever_did_it_is_no_act_told() -> None:
    document = coded("Генпрокурор Руслан Кравченко назвав вирок «сигналом кожному, хто катував і вбивав на нашій землі».")
    assert not events_of(document, "ASSAULT")



def test_a_claim_of_the_other_side_refuted_is_rejected() -> None:
    document = coded("Міноборони Росії заявило, що «звільнило» Новопіль. У Силах оборони України це спростували.")
    rejection = only(document, "REJECT")
    assert (countries(document, rejection.source), countries(document, rejection.target)) == ({"UKR"}, {"RUS"})
    # media reports refuted answer no one; presence neither confirmed nor refuted is no refusal
    assert not events_of(coded("Речник польського уряду спростував повідомлення ЗМІ про закриття кордону."), "REJECT")


def test_a_person_after_a_place_told_with_its_preposition_is_the_object() -> None:
    document = coded("Після обіду Зеленський приймав у Маріїнському палаці президента Фінляндії Александера Стубба.")
    meeting = only(document, "CONSULT")
    assert countries(document, meeting.source + meeting.target) == {"UKR", "FIN"}


def test_a_woman_minister_referred_back_by_her_office() -> None:
    document = coded(
        "Міністерка енергетики України Світлана Гринчук у понеділок прибула до Баку. Того ж дня міністерку прийняв "
        "президент Азербайджану Ільхам Алієв."
    )
    hosting = next(e for e in events_of(document, "CONSULT") if e.mode == "host")
    assert countries(document, hosting.source + hosting.target) == {"AZE", "UKR"}


def test_not_agreeing_to_do_something_refuses_it() -> None:
    document = coded("Ізраїль і Україна провели переговори. Ізраїль досі не погоджується постачати Україні зброю.")
    refusal = only(document, "REJECT")
    assert (countries(document, refusal.source), countries(document, refusal.target)) == ({"ISR"}, {"UKR"})
    assert not events_of(document, "AGREE")


def test_a_gathering_did_what_it_ended_with() -> None:
    document = coded("Дводенний саміт Європейської ради в Брюсселі завершився у вівторок схваленням пакета санкцій проти Росії.")
    sanction = only(document, "SANCTION")
    assert (countries(document, sanction.source), countries(document, sanction.target)) == ({"IGOEEC"}, {"RUS"})
    # a gathering governed by another noun is no subject
    document = coded("Сибіга прибув до Нью-Йорка напередодні відкриття 84-ї сесії Генасамблеї ООН. Йшлося про повернення дітей.")
    assert not any(countries(document, e.source) == {"IGOUNO"} for e in document.events)


def test_criticism_with_a_country_adjective_is_that_countrys_even_named_by_its_capital() -> None:
    document = coded("Вашингтон засудив удар по енергетиці. Пєсков відкинув американську критику.")
    rejection = only(document, "REJECT")
    assert (countries(document, rejection.source), countries(document, rejection.target)) == ({"RUS"}, {"USA"})


def test_an_anti_corruption_inquiry_naming_no_one_is_into_its_own_state() -> None:
    document = coded(
        "Україна посилює контроль за закупівлями. У середу НАБУ відкрило кримінальне провадження щодо завищення цін "
        "на бронежилети."
    )
    inquiry = only(document, "INVESTIGATE")
    assert (countries(document, inquiry.source), countries(document, inquiry.target)) == ({"UKR"}, {"UKR"})
    # an inquiry into a killing is not
    document = coded("Україна вимагає справедливості. Офіс генпрокурора розпочав розслідування розстрілу трьох полонених.")
    assert not only(document, "INVESTIGATE").target


def test_last_week_told_after_the_storys_day_dates_nothing_after_it() -> None:
    document = coded(
        "У середу омбудсман Дмитро Лубінець повідомив про візит МКЧХ до колоній. Минулого тижня делегація "
        "побувала в Мордовії. Лубінець звинуватив Москву в приховуванні полонених.",
        published="2029-05-02",
    )
    assert only(document, "DISAPPROVE").date == "2029-05-02"


def test_a_paragraphs_opening_line_takes_the_day_its_next_line_tells() -> None:
    document = coded(
        "Прем'єр Японії прибув до Маніли на дводенний візит.\n\n"
        "Генсек ООН Антоніу Гутерріш засудив удар по порту Одеси. «Це неприйнятно», — написав у четвер у соцмережі "
        "його речник Стефан Дюжаррик.",
        published="2030-03-16",
    )
    assert only(document, "DISAPPROVE").date == "2030-03-14"


def test_two_acts_dated_only_by_the_story_are_not_merged_for_their_countries() -> None:
    document = coded(
        "Служба безпеки України затримала в Харкові двох агентів ГРУ, які коригували удари. Про це у вівторок "
        "повідомили в пресслужбі СБУ.\n\n"
        "Шевченківський районний суд Києва заочно засудив до 12 років ув'язнення російського полковника, який "
        "наказав обстрілювати Суми.",
        published="2030-03-13",
    )
    assert {event.mode for event in events_of(document, "COERCE")} >= {"arrest", "sentence"}


def test_a_date_told_with_the_act_asked_for_is_not_when_it_was_asked() -> None:
    document = coded(
        "Виступаючи в четвер у парламенті, прем'єр Латвії закликав Європейський Союз уже в червні ухвалити "
        "новий пакет санкцій проти Росії.",
        published="2030-03-16",
    )
    assert only(document, "DEMAND").date == "2030-03-14"


def test_an_official_who_resigns_yields_to_his_own_state() -> None:
    document = coded("Міністр юстиції України Олексій Бойко в четвер подав у відставку після скандалу із закупівлями.")
    resignation = only(document, "CONCEDE")
    assert (countries(document, resignation.source), countries(document, resignation.target)) == ({"UKR"}, {"UKR"})


def test_the_official_is_the_person_last_named_in_any_case() -> None:
    document = coded(
        "Детективи НАБУ повідомили про підозру голові Державної митної служби України Ігорю Ткачуку. Увечері "
        "чиновник оголосив про відставку."
    )
    resignation = only(document, "CONCEDE")
    assert [document.entity(x).name for x in resignation.source] == ["Ігор Ткачук"]


def test_a_court_ordering_a_measure_of_restraint_holds_its_own_states_person() -> None:
    document = coded(
        "Слідство вважає, що підприємець завдав Україні збитків на 40 мільйонів гривень. Вищий антикорупційний суд "
        "у середу обрав Степану Гуменюку запобіжний захід у вигляді застави."
    )
    custody = only(document, "COERCE")
    assert custody.mode == "arrest" and "UKR" in countries(document, custody.target)


def test_a_bribe_extorted_is_no_demand() -> None:
    document = coded("За даними слідства, голова Державної митної служби України Ігор Ткачук вимагав хабар від імпортера.")
    assert not events_of(document, "DEMAND")


def test_detectives_are_the_inquiry_body_last_named() -> None:
    document = coded(
        "Детективи Національного антикорупційного бюро України повідомили про підозру меру Одеси. За даними "
        "джерел, детективи також перевіряють причетність його заступника Івана Коваля."
    )
    inquiry = next(event for event in events_of(document, "INVESTIGATE") if event.trigger.text == "перевіряють")
    assert [document.entity(x).name for x in inquiry.source] == ["Національне антикорупційне бюро України"]


def test_a_request_naming_no_one_right_after_a_meeting_is_to_the_other_side() -> None:
    document = coded(
        "Прем'єр Молдови Александру Мунтяну у вівторок зустрівся в Брюсселі з президентом Франції. Молдовський "
        "прем'єр попросив пришвидшити постачання систем ППО. Тим часом Росія атакувала Одесу дронами."
    )
    request = only(document, "DEMAND")
    assert countries(document, request.target) == {"FRA"}


def test_he_after_an_opening_date_is_the_person_the_sentence_before_named() -> None:
    document = coded(
        "Євросоюз у середу заборонить імпорт російського титану. Ухвалення рішення загальмував прем'єр-міністр "
        "Угорщини Віктор Орбан. У понеділок він зажадав від Брюсселя компенсацій для угорських заводів."
    )
    demand = only(document, "DEMAND")
    assert [document.entity(x).name for x in demand.source] == ["Віктор Орбан"]


def test_a_time_to_come_does_not_keep_a_paragraph_from_the_storys_day() -> None:
    document = coded(
        "Лідери країн Балтії у вівторок зібралися в Ризі на саміт.\n\n"
        "Учасники домовилися вже з наступного року підвищити оборонні видатки. Лідери також закликали НАТО "
        "розмістити в регіоні додаткові батареї Patriot.",
        published="2030-06-12",
    )
    assert only(document, "DEMAND").date == "2030-06-11"


def test_talking_with_someone_for_hours_is_a_meeting() -> None:
    document = coded("У середу в Пекіні президент Казахстану понад дві години розмовляв із Сі Цзіньпіном.")
    meeting = only(document, "CONSULT")
    assert meeting.mode == "meeting" and countries(document, meeting.source + meeting.target) == {"KAZ", "CHN"}


def test_the_owner_a_name_gives_is_whom_it_condemns() -> None:
    document = coded(
        "Губернатор Бєлгородської області повідомив про обстріл Валуйок. Офіційна представниця МЗС Росії Марія "
        "Захарова назвала обстріл «злочином київського режиму»."
    )
    condemnation = only(document, "DISAPPROVE")
    assert countries(document, condemnation.target) == {"UKR"}


def test_a_rejection_naming_no_one_answers_the_side_that_just_acted_against_it() -> None:
    document = coded("Латвія видворила двох російських дипломатів. У четвер Москва відкинула всі закиди.")
    rejection = only(document, "REJECT")
    assert countries(document, rejection.target) == {"LVA"}


def test_an_offer_to_no_one_named_is_to_the_sides_of_the_talks_told() -> None:
    document = coded(
        "Делегації Вірменії та Азербайджану у вівторок провели переговори в Абу-Дабі. Президент Казахстану "
        "заявив, що Астана готова прийняти наступний раунд переговорів."
    )
    offer = only(document, "AGREE")
    assert countries(document, offer.target) == {"ARM", "AZE"}


def test_an_attack_condemned_in_quotes_is_the_attack_told_before() -> None:
    document = coded(
        "Російські війська вночі обстріляли Херсон. Польща підняла в небо винищувачі. Глава МЗС Німеччини "
        "засудив «варварський» обстріл міста."
    )
    condemnation = only(document, "DISAPPROVE")
    assert countries(document, condemnation.target) == {"RUS"}


def test_attacks_condemned_with_their_doer_are_that_doers() -> None:
    document = coded(
        "Українські дрони атакували Бєлгород. Лідери країн Балтії засудили нові атаки Москви на критичну "
        "інфраструктуру Європи."
    )
    condemnation = only(document, "DISAPPROVE")
    assert countries(document, condemnation.target) == {"RUS"}


def test_a_call_of_a_president_named_with_his_office_is_his() -> None:
    document = coded(
        "Кризу розблокувала телефонна розмова президента Зеленського з угорським прем'єр-міністром у понеділок."
    )
    call = only(document, "CONSULT")
    assert call.mode == "phone" and countries(document, call.source + call.target) == {"UKR", "HUN"}


def test_receiving_a_counterpart_is_hosting_a_meeting() -> None:
    document = coded("У вівторок президентка Молдови Мая Санду приймала в Кишиневі румунського колегу Нікушора Дана.")
    meeting = only(document, "CONSULT")
    assert meeting.mode == "host" and countries(document, meeting.source + meeting.target) == {"MDA", "ROU"}


def test_standing_with_a_country_or_for_its_integrity_supports_it() -> None:
    document = coded("Прем'єр Канади заявив, що Оттава стоятиме з Україною стільки, скільки буде потрібно.")
    assert countries(document, only(document, "SUPPORT").target) == {"UKR"}
    document = coded("Президент Туреччини запевнив, що Анкара й надалі відстоюватиме суверенітет Молдови.")
    assert countries(document, only(document, "SUPPORT").target) == {"MDA"}
    document = coded("На параді Сі Цзіньпін стояв поруч із Путіним.")
    assert not events_of(document, "SUPPORT")


def test_an_offer_to_go_on_hosting_talks_is_to_their_sides() -> None:
    document = coded(
        "Прем'єр Казахстану в понеділок прийняв в Астані делегації Вірменії та Азербайджану. Він запевнив гостей, "
        "що Казахстан готовий і надалі надавати майданчик для переговорів."
    )
    offer = only(document, "AGREE")
    assert countries(document, offer.target) == {"ARM", "AZE"}


def test_assault_groups_pushed_back_are_no_rejection() -> None:
    document = coded("У вівторок російські війська відкинули українські штурмові групи від села.")
    assert not events_of(document, "REJECT")


def test_a_date_told_with_the_visit_an_invitation_asks_for_is_not_when_it_was_made() -> None:
    document = coded(
        "У вівторок у Лондоні міністерка оборони України запросила британського колегу в жовтні відвідати "
        "українські оборонні заводи.",
        published="2030-08-21",
    )
    assert only(document, "AGREE").date == "2030-08-20"


def test_the_spokesman_of_a_body_speaks_for_it_whatever_the_model_reads() -> None:
    document = coded(
        "Угорщина підписала з Китаєм кредитну угоду. Речник Європейської комісії у вівторок застеріг Будапешт, що "
        "угоди з третіми країнами мають відповідати правилам ЄС."
    )
    warning = only(document, "DISAPPROVE")
    assert countries(document, warning.source) == {"IGOEEC"}


def test_the_attack_and_the_air_defence_that_answered_it_are_two_events() -> None:
    document = coded(
        "Росія вночі атакувала Харків. Повітряні сили ЗСУ заявили, що зенітні ракетні підрозділи збили два "
        "російські бомбардувальники Су-34."
    )
    fights = events_of(document, "FIGHT")
    assert {event.mode for event in fights} == {"strike", "air-defence"}
    defence = next(event for event in fights if event.mode == "air-defence")
    assert (countries(document, defence.source), countries(document, defence.target)) == ({"UKR"}, {"RUS"})


def test_an_attack_on_what_no_place_names_is_on_the_other_side_of_the_story() -> None:
    document = coded(
        "Україна та Росія обмінялися полоненими. У ніч на суботу російські ударні дрони атакували підстанції."
    )
    strike = only(document, "FIGHT")
    assert (countries(document, strike.source), countries(document, strike.target)) == ({"RUS"}, {"UKR"})


def test_a_promise_to_no_one_named_is_to_the_side_the_story_is_about() -> None:
    document = coded(
        "Україна отримала перший транш від МВФ, а уряд України схвалив бюджет. Прем'єр Японії заявив, що Японія "
        "надасть гарантії за кредитами Світового банку."
    )
    promise = only(document, "AGREE")
    assert countries(document, promise.target) == {"UKR"}


def test_words_naming_no_one_after_no_act_are_to_the_country_the_story_is_about() -> None:
    document = coded("Грузія готується до виборів, а в Тбілісі чекають на рішення щодо Грузії. Кая Каллас закликала до стриманості.")
    assert countries(document, only(document, "DEMAND").target) == {"GEO"}


def test_reproaching_a_country_criticises_it() -> None:
    document = coded("Глава МЗС Литви дорікнув Будапешту, що той блокує допомогу Україні.")
    criticism = only(document, "DISAPPROVE")
    assert criticism.mode == "criticize" and countries(document, criticism.target) == {"HUN"}


def test_words_said_in_mockery_deride_whom_they_are_about() -> None:
    document = coded("Речник Кремля у середу іронічно зауважив, що Вашингтон «знову вчить усіх демократії».")
    mockery = only(document, "DISAPPROVE")
    assert mockery.mode == "mock" and countries(document, mockery.target) == {"USA"}


def test_who_passes_a_bill_on_aid_gives_the_aid() -> None:
    document = coded("Конгрес США в понеділок ухвалив законопроєкт про допомогу Україні.")
    aid = only(document, "AID")
    assert (countries(document, aid.source), countries(document, aid.target)) == ({"USA"}, {"UKR"})


def test_a_decree_on_sanctions_imposes_them() -> None:
    document = coded("Президент України підписав указ про санкції проти Росії.")
    sanction = only(document, "SANCTION")
    assert (countries(document, sanction.source), countries(document, sanction.target)) == ({"UKR"}, {"RUS"})


def test_recalling_a_delegation_head_or_asking_an_envoy_to_leave_sanctions() -> None:
    document = coded("Верховна представниця ЄС відкликала главу Представництва ЄС у Грузії для консультацій.")
    assert countries(document, only(document, "SANCTION").target) == {"GEO"}
    document = coded("МЗС Латвії попросило посла Білорусі залишити країну.")
    expulsion = only(document, "SANCTION")
    assert expulsion.mode == "expel" and countries(document, expulsion.target) == {"BLR"}


def test_a_body_referred_back_to_is_the_one_told_before_the_word_not_the_doer_named_after_it() -> None:
    document = coded(
        "Міністерство оборони Росії заявило, що вночі збило 40 дронів. "
        "Відомство звинуватило «київський режим» у «терористичному нападі» й попередило, що удар «не залишиться без відповіді»."
    )
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"RUS"} and countries(document, threat.target) == {"UKR"}


def test_a_headline_lends_a_side_only_to_a_body_event_with_that_side_on_the_same_end() -> None:
    document = coded(
        "Москва звинувачує Київ, Росія вдарила по Харкову\n\n"
        "У ніч на вівторок безпілотники атакували Рязанський нафтопереробний завод — один із найбільших у центральній частині Росії.\n\n"
        "У середу Росія завдала удару по Харкову."
    )
    refinery = next(e for e in events_of(document, "FIGHT") if e.sentence == 1)
    assert "RUS" not in countries(document, refinery.source)


def test_a_local_body_is_of_the_country_of_the_town_named_before_it() -> None:
    document = coded("Російська армія вдарила по порту Херсона. Обласна прокуратура розпочала розслідування за фактом воєнного злочину.")
    inquiry = only(document, "INVESTIGATE")
    assert countries(document, inquiry.source) == {"UKR"} and countries(document, inquiry.target) == {"RUS"}


def test_a_port_that_fell_under_a_strike_this_month_names_no_striker() -> None:
    # the port is struck, not striking; "цього місяця" is a time, not "це" standing for the act last told
    document = coded(
        "Ракета влучила в порт Одеси. Обласна прокуратура розпочала провадження. "
        "Ізмаїл — не перший порт, що потрапив під удар цього місяця: 11 березня дрони пошкодили елеватор."
    )
    assert not any(e.source for e in events_of(document, "FIGHT"))


def test_a_pronoun_held_is_the_one_arrested_before() -> None:
    document = coded(
        "Служба безпеки України затримала агента російської розвідки. "
        "Того ж дня Печерський районний суд обрав йому запобіжний захід — тримання під вартою."
    )
    custody = [e for e in events_of(document, "COERCE") if e.sentence == 1]
    assert custody and countries(document, custody[0].target) == {"RUS"}


def test_a_town_that_fell_under_a_strike_is_struck() -> None:
    document = coded("Уночі Ізмаїл знову потрапив під удар російських дронів.")
    assert countries(document, only(document, "FIGHT").target) == {"UKR"}


def test_a_denial_answers_whoever_accused() -> None:
    document = coded("Туреччина звинуватила Росію в ударі по судну. Посольство Росії в Анкарі заперечило, що судно пошкодили російські ракети.")
    denial = only(document, "REJECT")
    assert countries(document, denial.source) == {"RUS"} and countries(document, denial.target) == {"TUR"}
    document = coded("Молдова звинуватила Газпром у шантажі. Речник Кремля Дмитро Пєсков заперечив будь-який політичний підтекст.")
    assert countries(document, only(document, "REJECT").target) == {"MDA"}
    # no one accusing, or no denial at all
    assert not events_of(coded("Білорусь заперечує, що постачає Росії боєприпаси."), "REJECT")
    assert not events_of(coded("Рада ЄС розпочала переговори з Україною. Угорщина цього разу не заперечувала."), "REJECT")


def test_terror_condemned_refers_back_to_the_last_attack() -> None:
    document = coded(
        "Уночі Росія вдарила ракетами по Харкову. Загинули троє людей. Мер міста розповів про руйнування. "
        "Рятувальники працювали до ранку. Повітряні сили збили дві ракети. "
        "Президент України Володимир Зеленський засудив «черговий терор проти мирного міста»."
    )
    assert countries(document, only(document, "DISAPPROVE").target) == {"RUS"}


def test_a_name_in_the_dative_opening_the_clause_is_the_object() -> None:
    document = coded("Речниця МЗС Росії Марія Захарова виступила у вівторок. Вірменському керівництву вона дорікнула «короткою пам'яттю».")
    reproach = only(document, "DISAPPROVE")
    assert countries(document, reproach.source) == {"RUS"} and countries(document, reproach.target) == {"ARM"}


def test_air_defence_with_no_one_named_is_against_the_attacker() -> None:
    document = coded(
        "У ніч на вівторок Росія завдала по Києву масованого удару. За даними Повітряних сил, окупанти випустили 38 ракет. "
        "Сили протиповітряної оборони знешкодили 33 ракети й 231 дрон."
    )
    defence = next(e for e in events_of(document, "FIGHT") if e.mode == "air-defence")
    assert countries(document, defence.source) == {"UKR"} and countries(document, defence.target) == {"RUS"}


def test_a_person_named_after_an_office_and_its_body_is_the_subject_of_her_verb() -> None:
    # the body's genitive before the name gives the person no genitive reading, nor the body's gender
    document = coded("Прокурорка Міжнародного кримінального суду Марта Оконкво в понеділок прибула до Києва.")
    visit = only(document, "CONSULT")
    assert visit.mode == "visit" and countries(document, visit.source) == {"IGOJUDICC"}


def test_a_plural_body_over_a_second_country_is_both() -> None:
    document = coded("Уряди України та Молдови у вівторок підписали угоду про спільний контроль кордону.")
    signing = only(document, "AGREE")
    assert countries(document, signing.source) == {"UKR", "MDA"}


def test_what_one_expects_of_another_is_a_demand() -> None:
    document = coded("Речник Держдепартаменту заявив, що Вашингтон «очікує від уряду Грузії негайного звільнення» опозиціонера.")
    demand = only(document, "DEMAND")
    assert countries(document, demand.source) == {"USA"} and countries(document, demand.target) == {"GEO"}
    assert not events_of(coded("Остаточного рішення суду очікують наступного тижня."), "DEMAND")


def test_a_threat_of_ones_own_side_is_aimed_at_the_other_side_its_content_names() -> None:
    document = coded("Заступник міністра закордонних справ Росії Дмитро Рогачов попередив, що Росія «перегляне весь обсяг співпраці» з Чадом.")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"RUS"} and countries(document, threat.target) == {"TCD"}


def test_saying_another_side_acts_on_purpose_accuses_it() -> None:
    document = coded("«Росія свідомо полює на цивільних у прикордонні», — наголосив омбудсман Дмитро Лубінець.")
    accusation = only(document, "DISAPPROVE")
    assert countries(document, accusation.source) == {"UKR"} and countries(document, accusation.target) == {"RUS"}
    document = coded("Уповноважена з прав людини в РФ Яна Лантратова заявила, що Київ «свідомо затягує» обміни.")
    assert countries(document, only(document, "DISAPPROVE").target) == {"UKR"}
    # one's own side on purpose accuses no one
    assert not events_of(coded("Міністр оборони України заявив, що Україна свідомо посилює оборону на півночі."), "DISAPPROVE")


def test_advice_to_the_other_side_is_a_jibe() -> None:
    document = coded("Речник МЗС України Георгій Тихий порадив угорському прем'єрові «не вчити інших, як рятувати мир».")
    jibe = only(document, "DISAPPROVE")
    assert countries(document, jibe.source) == {"UKR"} and countries(document, jibe.target) == {"HUN"}
    assert not events_of(coded("Речник Кремля Дмитро Пєсков порадив звертатися до Міноборони."), "DISAPPROVE")


def test_the_president_refers_back_to_the_person_last_named() -> None:
    document = coded(
        "Президент Польщі Кароль Навроцький прибув до Вільнюса, повідомляє Офіс президента Литви. "
        "У четвер президент обговорив безпеку регіону в телефонній розмові з канцлером Німеччини."
    )
    call = next(e for e in document.events if e.trigger.text == "обговорив")
    # (not the Office whose name holds the word in the genitive)
    assert countries(document, call.source + call.target) == {"POL", "DEU"}


def test_a_name_after_a_palace_is_the_palace_not_the_subject() -> None:
    document = coded("Увечері президента Польщі в палаці Котрочень прийняв президент Румунії Нікушор Дан.")
    host = only(document, "CONSULT")
    assert countries(document, host.source) == {"ROU"} and countries(document, host.target) == {"POL"}


def test_an_office_with_a_list_of_portfolios_is_one_role() -> None:
    document = coded(
        "Речник уряду Чехії Адам Новак заявив про готовність до діалогу. У четвер відбулися переговори міністра освіти, "
        "науки та молодіжної політики Словаччини Петера Кратохвіла з австрійським колегою Ґернотом Блюмелем."
    )
    talks = only(document, "CONSULT")
    assert countries(document, talks.source + talks.target) == {"SVK", "AUT"}


def test_an_arrest_is_aimed_at_whom_the_held_worked_for() -> None:
    document = coded(
        "Служба безпеки України затримала в Харкові трьох учасників групи, яка за завданням російських спецслужб "
        "коригувала удари по місту."
    )
    assert countries(document, only(document, "COERCE").target) == {"RUS"}
    document = coded("Поліція Естонії затримала двох чоловіків, які збирали для російської військової розвідки дані про порт.")
    assert countries(document, only(document, "COERCE").target) == {"RUS"}


def test_this_before_a_described_person_is_no_back_reference() -> None:
    document = coded("У понеділок поліція Латвії затримала цього 40-річного громадянина Білорусі в Ризі.")
    assert countries(document, only(document, "COERCE").target) == {"BLR"}


def test_a_bracketed_abbreviation_is_the_body_named_before_it() -> None:
    document = coded(
        "Словацька Служба військової розвідки з питань контррозвідки (VSS) у вівторок затримала двох громадян Росії. "
        "Згодом VSS повідомила про обшуки."
    )
    body = next(e for e in document.entities if any(m.text == "VSS" for m in e.mentions))
    assert body.country == "SVK" and len(body.mentions) >= 2
    # past the place the long name names
    document = coded("Місія ООН з підтримки в Лівії (UNSMIL) у понеділок закликала сторони до перемир'я.")
    assert document.entity(only(document, "DEMAND").source[0]).actor_code == "IGOUNO"


def test_members_gathered_for_their_body_s_summit_meet_and_speak_as_it() -> None:
    document = coded(
        "У вівторок лідери Співтовариства розвитку Півдня Африки (САДК) зібралися в Габороне на позачерговий саміт. "
        "У підсумковій заяві вони засудили напад бойовиків на Палму."
    )
    meeting, condemnation = only(document, "CONSULT"), only(document, "DISAPPROVE")
    assert [document.entity(x).actor_code for x in meeting.source] == ["IGOSAFSAD"]
    assert condemnation.source == meeting.source
    # "вони" are the leaders who opened the sentence before, not the last two sides of an event
    document = coded(
        "Руанда перекинула до Мозамбіку ще тисячу військових. У вівторок лідери САДК зібралися на саміт. "
        "У підсумковій заяві вони засудили напад бойовиків на Палму."
    )
    condemnation = only(document, "DISAPPROVE")
    assert [document.entity(x).actor_code for x in condemnation.source] == ["IGOSAFSAD"]


def test_a_body_named_with_in_speaks_past_its_long_name() -> None:
    document = coded("У Головному управлінні розвідки Міноборони України заяви ФСБ про диверсантів назвали постановкою.")
    rejection = only(document, "REJECT")
    assert countries(document, rejection.source) == {"UKR"} and countries(document, rejection.target) == {"RUS"}


def test_the_allies_are_the_alliance_named_before() -> None:
    document = coded(
        "У Брюсселі завершилася зустріч міністрів оборони країн НАТО. Міністр оборони України подякував союзникам "
        "за нові системи ППО."
    )
    thanks = only(document, "SUPPORT")
    assert countries(document, thanks.source) == {"UKR"} and countries(document, thanks.target) == {"IGOWSTNAT"}
    # one ally is not the alliance
    document = coded("Генсек НАТО у вівторок висловив союзникові повну солідарність після атаки на литовський порт.")
    assert "IGOWSTNAT" not in countries(document, only(document, "SUPPORT").target)


def test_another_sides_stand_named_in_a_quote_is_a_jibe() -> None:
    document = coded("Міністр закордонних справ Литви назвав позицію угорського уряду «ведмежою послугою Кремлю».")
    jibe = only(document, "DISAPPROVE")
    assert countries(document, jibe.source) == {"LTU"} and countries(document, jibe.target) == {"HUN"}
    # words of praise, a pronoun for the object, or one's own act are no jibe
    assert not events_of(coded("Прем'єр Латвії назвав рішення Фінляндії «логічним кроком сусіда»."), "DISAPPROVE")
    assert not events_of(coded("Речник Кремля назвав його «черговою порцією пального у вогонь»."), "DISAPPROVE")
    assert not events_of(coded("У Міноборони Росії назвали удар по Харкову «відплатою за Бєлгород»."), "DISAPPROVE")


def test_a_quote_naming_no_other_side_leaves_the_speaker_for_the_next_verb() -> None:
    document = coded(
        "США та Японія оголосили про спільні навчання. Речниця МЗС КНДР назвала маневри «репетицією вторгнення» і "
        "пригрозила, що Пхеньян дасть «рішучу відповідь», якщо американські кораблі наблизяться до корейських вод."
    )
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"PRK"}


def test_who_reports_with_as_does_not_fire_what_is_fired_impersonally() -> None:
    document = coded(
        "Уночі російські війська атакували Житомир ракетами. Як повідомили Повітряні сили ЗСУ, шість ракет було випущено "
        "з бомбардувальників над Каспійським морем."
    )
    assert all(countries(document, e.source) != {"UKR"} for e in events_of(document, "FIGHT"))


def test_the_imf_board_and_the_fund_are_the_imf() -> None:
    document = coded(
        "Молдова та Міжнародний валютний фонд у березні погодили нову програму. У понеділок Рада директорів МВФ "
        "схвалила виділення Молдові 180 мільйонів доларів. Прем'єр Молдови подякував фонду за підтримку."
    )
    aid = only(document, "AID")
    assert countries(document, aid.source) == {"IGOIMF"} and countries(document, aid.target) == {"MDA"}
    thanks = only(document, "SUPPORT")
    assert countries(document, thanks.target) == {"IGOIMF"}


def test_a_managing_director_is_her_funds() -> None:
    document = coded("Директорка-розпорядниця МВФ у вівторок похвалила Україну за «надзвичайну стійкість економіки».")
    assert countries(document, only(document, "SUPPORT").source) == {"IGOIMF"}


def test_the_kind_word_before_a_quoted_name_agrees_for_it() -> None:
    document = coded("Уночі угруповання «Хамас» випустило по південному Ізраїлю дві ракети.")
    strike = only(document, "FIGHT")
    assert countries(document, strike.source) == {"PSE"} and countries(document, strike.target) == {"ISR"}


def test_the_kind_word_before_an_undeclined_name_agrees_for_it() -> None:
    # "ХАМАС" and "Вів Ансанм" do not decline, so they could be the kind word's genitive; opening the
    # clause, the kind word is the subject and the name says which one.
    document = coded(
        "Минулого тижня угруповання ХАМАС атакувало прикордонні кібуци Ізраїлю. "
        "Банда Вів Ансанм обстріляла аеропорт Порт-о-Пренса."
    )
    first, second = sorted((e for e in document.events if e.type == "FIGHT"), key=lambda e: e.sentence)
    assert countries(document, first.source) == {"PSE"} and countries(document, second.source) == {"HTI"}


def test_the_leader_of_a_named_kind_stays_its_genitive() -> None:
    document = coded("Лідер угруповання ХАМАС Ісмаїл Хонія пригрозив Ізраїлю новими ударами.")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"PSE"} and countries(document, threat.target) == {"ISR"}


def test_a_headline_agreement_takes_the_day_of_the_body_event_between_the_same_countries() -> None:
    document = coded(
        "Україна й Молдова домовилися про новий міст через Дністер\n\n"
        "У вівторок у Кишиневі прем'єр-міністри України та Молдови провели спільне засідання урядів. "
        "Сторони обговорили енергетичну співпрацю.",
        published="2034-01-12",
    )
    headline = next(e for e in document.events if e.type == "AGREE" and e.sentence == 0)
    assert headline.date == "2034-01-10"


def test_a_headline_told_in_the_past_takes_the_leads_day() -> None:
    document = coded(
        "Польща відправила Україні генератори\n\n"
        "У понеділок Румунія оголосила про новий пакет допомоги Молдові. Ввечері колони вантажівок перетнули кордон.",
        published="2034-01-18",
    )
    headline = next(e for e in document.events if e.sentence == 0)
    assert headline.type == "AID" and headline.date == "2034-01-16"


def test_a_name_read_also_as_a_verb_governs_no_event_noun() -> None:
    # "Сибіга" is also a form of a verb: the noun's clause verb is the one after it
    document = coded("Андрій Сибіга після зустрічі з Радославом Сікорським відвідав Люблін.")
    meeting = next(e for e in document.events if e.mode == "meeting")
    assert countries(document, meeting.source + meeting.target) == {"UKR", "POL"}


def test_an_event_noun_after_an_inverted_subject_is_no_far_topic() -> None:
    document = coded(
        "Про це в понеділок у Гаазі оголосив міністр оборони Нідерландів Рубен Брекелманс після зустрічі з "
        "українським колегою Денисом Шмигалем."
    )
    meeting = only(document, "CONSULT")
    assert countries(document, meeting.source + meeting.target) == {"NLD", "UKR"}


def test_bombs_dropped_on_a_town_strike_it() -> None:
    document = coded("Російська авіація у четвер скинула на Херсон три керовані авіабомби.")
    strike = only(document, "FIGHT")
    assert countries(document, strike.source) == {"RUS"} and countries(document, strike.target) == {"UKR"}



def test_a_woman_holding_an_office_named_in_the_masculine_is_its_subject() -> None:
    document = coded("Росія вдарила по Одесі. Посол ЄС в Україні у вівторок засудила удар по місту.")
    condemnation = only(document, "DISAPPROVE")
    assert countries(document, condemnation.source) == {"IGOEEC"} and countries(document, condemnation.target) == {"RUS"}


def test_an_answer_that_says_no_rebuffs_who_acted_against_the_speaker() -> None:
    document = coded(
        "Речниця МЗС Росії Марія Захарова пригрозила Фінляндії «військово-технічними заходами». "
        "Прем'єр-міністр Фінляндії у середу відповів, що Гельсінкі «не питатиме дозволу Кремля»."
    )
    rebuff = only(document, "REJECT")
    assert countries(document, rebuff.source) == {"FIN"} and countries(document, rebuff.target) == {"RUS"}
    # an answer that says yes, or one with no one to answer, is no rebuff
    assert not events_of(coded("Депутати вимагали звіту. У Міноборони відповіли, що міністр готовий прозвітувати."), "REJECT")
    assert not events_of(coded("Прем'єр-міністр Фінляндії відповів, що уряд не змінюватиме бюджет."), "REJECT")


def test_a_bodys_own_gathering_held_is_a_meeting_of_its_members() -> None:
    document = coded("У вівторок у Брюсселі розпочалася дводенна зустріч міністрів оборони країн НАТО.")
    meeting = only(document, "CONSULT")
    assert meeting.mode == "meeting" and countries(document, meeting.source) == {"IGOWSTNAT"}
    document = coded("У понеділок у Ванкувері розпочався саміт G7.")
    assert countries(document, only(document, "CONSULT").source) == {"IGOG7"}


def test_taking_part_in_a_session_meets_its_body() -> None:
    document = coded("Міністр оборони України, який у четвер узяв участь у засіданні Ради Україна — НАТО, подякував союзникам.")
    meeting = next(e for e in document.events if e.type == "CONSULT")
    assert countries(document, meeting.source + meeting.target) == {"UKR", "IGOWSTNAT"}


def test_a_person_told_after_the_object_with_too_is_the_subject() -> None:
    document = coded(
        "Держдеп закликав Сербію до діалогу. У середу до стриманості закликала Косово й речниця Європейської служби "
        "зовнішніх дій."
    )
    call = next(e for e in document.events if e.sentence == 1)
    assert countries(document, call.source) == {"IGOEEC"}


def test_a_one_sided_headline_told_in_the_past_takes_the_leads_day() -> None:
    document = coded(
        "Грузини знову вийшли на протест у Тбілісі\n\n"
        "У неділю ввечері десятки тисяч людей вийшли на проспект Руставелі. Поліція Грузії затримала 14 учасників акції.",
        published="2031-05-07",
    )
    headline = next(e for e in document.events if e.sentence == 0)
    assert headline.type == "PROTEST" and headline.date == "2031-05-04"


def test_a_group_told_again_without_its_country_asks_its_own_government() -> None:
    document = coded(
        "Угорські студенти у вівторок перекрили міст у Будапешті. "
        "Студенти вимагають від уряду скасувати новий закон про вищу освіту."
    )
    demand = only(document, "DEMAND")
    assert countries(document, demand.source) == {"HUN"}
    assert countries(document, demand.target) == {"HUN"}


def test_a_strike_told_with_no_attacker_is_by_the_side_that_strikes_that_country() -> None:
    document = coded(
        "Росія у вівторок завдала ракетного удару по Харкову. "
        "У ніч на середу безпілотники атакували Запоріжжя, пошкоджено підстанцію."
    )
    strikes = [e for e in events_of(document, "FIGHT") if e.trigger.text == "атакували"]
    assert len(strikes) == 1
    assert countries(document, strikes[0].source) == {"RUS"}
    assert countries(document, strikes[0].target) == {"UKR"}


def test_a_body_named_with_u_after_a_day_speaks() -> None:
    document = coded(
        "Литва закрила кордон для білоруських вантажівок. "
        "У четвер у МЗС Білорусі рішення назвали «недружнім кроком»."
    )
    words = only(document, "DISAPPROVE")
    assert countries(document, words.source) == {"BLR"}
    assert countries(document, words.target) == {"LTU"}


def test_a_documents_words_in_a_relative_clause_are_its_authors() -> None:
    document = coded(
        "Литва вислала двох російських дипломатів. "
        "У четвер посольство Росії у Вільнюсі поширило заяву, в якій звинуватило литовський уряд у русофобії."
    )
    accusation = only(document, "DISAPPROVE")
    assert countries(document, accusation.source) == {"RUS"}
    assert countries(document, accusation.target) == {"LTU"}


def test_the_ministries_of_a_unions_countries_speak_for_the_union() -> None:
    document = coded("Очільники МЗС країн «Групи семи» у вівторок закликали Іран припинити збагачення урану.")
    demand = only(document, "DEMAND")
    assert countries(document, demand.source) == {"IGOG7"}
    assert countries(document, demand.target) == {"IRN"}


def test_a_bare_ambassador_is_the_one_named_before() -> None:
    document = coded(
        "Посол Литви Ігнас Юргайтіс у вівторок зустрівся з міністром закордонних справ Білорусі. "
        "Посол закликав білоруську владу звільнити затриманих литовських громадян."
    )
    demand = only(document, "DEMAND")
    assert countries(document, demand.source) == {"LTU"}
    assert countries(document, demand.target) == {"BLR"}


def test_an_ambassador_of_that_country_is_not_the_one_named_before() -> None:
    document = coded(
        "Президент Сербії Александар Вучич звинуватив Хорватію у втручанні у вибори. "
        "У понеділок сербське МЗС викликало посла цієї країни для пояснень."
    )
    (summons,) = [e for e in events_of(document, "DISAPPROVE") if e.mode == "summon"]
    assert countries(document, summons.source) == {"SRB"}
    assert "HRV" in countries(document, summons.target)


def test_a_warning_of_what_the_speakers_side_will_do_is_a_threat() -> None:
    document = coded(
        "Естонія затримала танкер тіньового флоту. "
        "Речник Кремля попередив, що Росія не залишить без захисту своїх громадян в Естонії."
    )
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"RUS"}
    assert countries(document, threat.target) == {"EST"}


def test_a_warning_of_what_a_decision_will_bring_stays_a_warning() -> None:
    document = coded(
        "Німеччина погодилася передати Україні далекобійні ракети. "
        "У Кремлі попередили, що таке рішення означатиме пряму участь Берліна у війні."
    )
    assert not events_of(document, "THREATEN")
    assert any(e.mode == "warn" for e in events_of(document, "DISAPPROVE"))


def test_a_claim_told_just_before_and_called_a_fairy_tale_is_rejected() -> None:
    document = coded(
        "Міноборони Росії заявило про захоплення села Кам'янка. "
        "У Силах оборони півдня це назвали «черговою вигадкою для внутрішньої аудиторії»."
    )
    rejection = only(document, "REJECT")
    assert countries(document, rejection.source) == {"UKR"}
    assert countries(document, rejection.target) == {"RUS"}


def test_charges_called_spy_mania_are_rejected() -> None:
    document = coded(
        "Естонія звинуватила двох російських дипломатів у шпигунстві. "
        "Речниця МЗС Росії назвала звинувачення «нападом шпигуноманії»."
    )
    rejection = only(document, "REJECT")
    assert countries(document, rejection.source) == {"RUS"}
    assert countries(document, rejection.target) == {"EST"}


def test_readiness_to_do_what_no_pattern_codes_is_an_offer() -> None:
    document = coded("Міністр закордонних справ Литви заявив, що Вільнюс готовий направити до Молдови спостерігачів на вибори.")
    offer = only(document, "AGREE")
    assert offer.mode == "offer"
    assert countries(document, offer.source) == {"LTU"}
    assert countries(document, offer.target) == {"MDA"}


def test_readiness_to_give_aid_is_the_aid_and_readiness_to_fight_offers_nothing() -> None:
    document = coded("Рим нібито готовий передати Києву ще одну систему протиповітряної оборони.")
    assert not events_of(document, "AGREE")
    assert events_of(document, "AID")
    assert not coded("Фінляндія готова воювати за кожен метр своєї землі.").events


def test_an_invitation_to_a_meeting_is_an_invitation() -> None:
    document = coded("Міністр оборони Великої Британії запросив українського колегу на засідання коаліції у вересні.")
    invitation = only(document, "AGREE")
    assert invitation.mode == "invite"
    assert countries(document, invitation.source) == {"GBR"}
    assert countries(document, invitation.target) == {"UKR"}


def test_words_told_in_the_past_take_the_storys_recent_day() -> None:
    document = coded(
        "Прем'єр-міністр Нідерландів у вівторок прибув до Києва.\n\n"
        "Нідерландський гість оголосив про новий пакет військової допомоги Україні на 400 мільйонів євро.",
        published="2024-05-08",
    )
    aid = only(document, "AID")
    assert aid.date == "2024-05-07"
    assert aid.date_source == "narrative"


def test_a_summary_before_a_colon_takes_the_day_of_the_words_that_tell_it() -> None:
    document = coded(
        "Європейська комісія у вівторок розкритикувала Москву за удари по енергетиці.\n\n"
        "У Москві критику відкинули: речниця МЗС Росії в середу заявила, що Брюссель «лицемірно мовчить».",
        published="2024-05-09",
    )
    rejection = only(document, "REJECT")
    assert rejection.date == "2024-05-08"


def test_a_past_act_in_a_paragraph_dated_only_later_takes_the_storys_recent_day() -> None:
    document = coded(
        "Президент Фінляндії у понеділок прибув до Вашингтона з офіційним візитом.\n\n"
        "Президент Фінляндії подякував Вашингтону за підтримку й запросив американського колегу відвідати "
        "Гельсінкі влітку.",
        published="2024-05-08",
    )
    invitation = only(document, "AGREE")
    assert invitation.date == "2024-05-06"


def test_a_known_foreigners_surname_alone_agrees_by_the_ending_of_the_first_name() -> None:
    # "Маргус" is in no Ukrainian dictionary: a first name ending in a consonant is a man's
    document = coded("Маргус Цахкна закликав ЄС ухвалити пакет санкцій.\n\nЦахкна того ж дня звинуватив Пекін у фінансуванні війни.")
    accusation = only(document, "DISAPPROVE")
    assert countries(document, accusation.source) == {"EST"}
    assert only(coded("Цахкна звинуватив Пекін у фінансуванні війни."), "DISAPPROVE").source


def test_a_decision_called_a_sovereign_choice_or_brave_is_praised() -> None:
    document = coded(
        "Парламент Грузії ухвалив закон про іноземних агентів. "
        "Речник Кремля ще у вівторок назвав закон «суверенним вибором» Грузії."
    )
    praise = only(document, "SUPPORT")
    assert praise.mode == "praise"
    assert countries(document, praise.source) == {"RUS"}
    assert countries(document, praise.target) == {"GEO"}
    document = coded("Швеція передала Україні літаки Gripen. Прем'єр Норвегії назвав рішення Стокгольма сміливим і правильним.")
    assert countries(document, only(document, "SUPPORT").target) == {"SWE"}


def test_concern_over_strikes_named_by_their_noun_is_aimed_at_the_striker() -> None:
    document = coded(
        "У ніч на вівторок російські війська завдали удару по порту Ізмаїла. "
        "Увечері президент Румунії обговорив наслідки обстрілу з Володимиром Зеленським. "
        "Речник генерального секретаря ООН висловив «глибоку стурбованість» ударами по цивільній інфраструктурі."
    )
    (concern,) = [e for e in events_of(document, "DISAPPROVE") if e.mode == "concern"]
    assert countries(document, concern.target) == {"RUS"}


def test_a_package_of_arms_or_money_announced_is_aid() -> None:
    document = coded(
        "Росія вночі атакувала енергетику України. "
        "Нідерланди оголосили новий пакет на 500 мільйонів євро для України, до якого увійдуть дрони-перехоплювачі."
    )
    aid = only(document, "AID")
    assert countries(document, aid.source) == {"NLD"}
    assert countries(document, aid.target) == {"UKR"}
    assert not events_of(coded("Євросоюз оголосив новий пакет санкцій проти Росії на 20 мільярдів євро."), "AID")


def test_a_rejection_naming_an_offer_answers_the_offer_not_the_last_charge() -> None:
    document = coded(
        "Речниця МЗС Росії запропонувала Вірменії посередництво у переговорах з Азербайджаном. "
        "Баку звинуватив Єреван у затягуванні переговорів. У Єревані пропозицію чемно відхилили."
    )
    rejection = only(document, "REJECT")
    assert countries(document, rejection.source) == {"ARM"}
    assert countries(document, rejection.target) == {"RUS"}


def test_a_warning_of_a_resolute_rebuff_or_mirror_steps_is_a_threat() -> None:
    document = coded(
        "Японія провела навчання біля островів Сенкаку. "
        "Китайські військові попередили, що будь-яка провокація отримає рішучу відсіч."
    )
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"CHN"}
    assert countries(document, threat.target) == {"JPN"}


def test_joint_drills_of_two_named_sides_are_military_cooperation() -> None:
    document = coded("Філіппіни та США у вівторок розпочали спільні навчання в Південнокитайському морі.")
    drills = only(document, "COOPERATE")
    assert drills.mode == "military"
    assert countries(document, drills.source + drills.target) == {"PHL", "USA"}
    assert only(coded("Китай у вівторок розпочав навчання біля Тайваню."), "MOBILIZE").mode == "exercise"


def test_disowning_an_act_rejects_the_charge_of_whoever_brought_it() -> None:
    document = coded(
        "Латвія звинуватила Росію в підпалі складу в Ризі. "
        "Речник Кремля заявив, що Росія «не має жодного стосунку» до пожежі."
    )
    rejection = only(document, "REJECT")
    assert countries(document, rejection.source) == {"RUS"}
    assert countries(document, rejection.target) == {"LVA"}
    document = coded(
        "Японія звинуватила Пекін у кібератаці на порт. "
        "У МЗС КНР заявили, що Китай «не має нічого спільного» з інцидентом."
    )
    assert countries(document, only(document, "REJECT").target) == {"JPN"}


def test_saying_the_accuser_gave_no_proof_rejects_the_charge() -> None:
    document = coded(
        "Естонія звинуватила Москву в глушінні GPS. "
        "Посольство Росії в Таллінні заявило, що естонська сторона «не надала жодного доказу»."
    )
    rejection = only(document, "REJECT")
    assert countries(document, rejection.source) == {"RUS"}
    assert countries(document, rejection.target) == {"EST"}
    assert not events_of(coded("Естонія не надала доказів причетності Росії до збою."), "REJECT")


def test_a_denial_after_the_charge_is_called_absurd_is_one_rejection() -> None:
    document = coded(
        "Фінляндія звинуватила Росію в пошкодженні кабелю. "
        "Речник Кремля назвав звинувачення «абсурдними» і запевнив, що Росія до судна жодного стосунку не має."
    )
    assert len(events_of(document, "REJECT")) == 1


def test_a_sanction_reported_in_the_making_is_the_sanction_hedged() -> None:
    # (the references code "готується вислати дипломатів" as the expulsion, hedged, not as a threat)
    document = coded("За даними G4Media, Бухарест нібито готується вислати щонайменше двох російських дипломатів.")
    expulsion = only(document, "SANCTION")
    assert expulsion.modality == "hedged"
    assert countries(document, expulsion.source) == {"ROU"}


def test_an_incident_condemned_is_the_attackers_not_the_air_defences() -> None:
    document = coded(
        "Уночі російські війська атакували дронами порт Ізмаїла. "
        "Два безпілотники впали на території Молдови. "
        "Сили протиповітряної оборони знешкодили 20 із 25 дронів. "
        "Президентка Молдови назвала інцидент «грубою провокацією»."
    )
    condemnation = only(document, "DISAPPROVE")
    assert countries(document, condemnation.target) == {"RUS"}


def test_an_incident_condemned_may_be_an_incursion() -> None:
    document = coded(
        "Два російські винищувачі у вівторок залетіли в повітряний простір Латвії. "
        "На перехоплення піднялися італійські літаки НАТО. "
        "Увечері МЗС Латвії викликало посла Росії. "
        "Міністр закордонних справ Латвії назвав інцидент «зухвалою провокацією»."
    )
    condemnation = next(e for e in events_of(document, "DISAPPROVE") if e.mode != "summon")
    assert countries(document, condemnation.target) == {"RUS"}


def test_she_after_a_connective_is_the_speaker_of_the_sentence_before() -> None:
    document = coded(
        "Речниця МЗС Росії Марія Захарова заявила, що Бухарест «не надав жодного доказу». "
        "Водночас вона звинуватила Київ у спробах втягнути НАТО у війну."
    )
    charge = only(document, "DISAPPROVE")
    assert countries(document, charge.source) == {"RUS"}
    assert countries(document, charge.target) == {"UKR"}


def test_jets_scrambled_to_intercept_are_the_reporting_sides_mobilisation() -> None:
    document = coded("За даними Міністерства оборони Польщі, на перехоплення піднялися два винищувачі F-16.")
    scramble = only(document, "MOBILIZE")
    assert countries(document, scramble.source) == {"POL"}
    document = coded("Уночі під час атаки, як повідомило Міноборони Литви, підняли в повітря два винищувачі.")
    assert countries(document, only(document, "MOBILIZE").source) == {"LTU"}


def test_a_promise_reported_in_the_past_is_dated_the_day_it_was_made() -> None:
    document = coded(
        "Міністр оборони Норвегії у вівторок прибув до Києва.\n"
        "Після переговорів він оголосив, що Осло передасть Україні ще дві системи NASAMS.",
        published="2034-03-08",
    )
    aid = only(document, "AID")
    assert aid.date == "2034-03-07"


def test_an_expulsion_and_a_break_of_relations_told_the_same_day_are_two_sanctions() -> None:
    document = coded(
        "У вівторок Молдова вислала трьох російських дипломатів. "
        "Того ж дня глава МЗС Молдови наголосив, що Кишинів не розриває дипломатичних відносин з Росією.",
        published="2034-03-08",
    )
    sanctions = events_of(document, "SANCTION")
    assert {e.mode for e in sanctions} == {"expel", "break-relations"}


def test_not_asking_permission_or_not_trading_sovereignty_is_a_refusal() -> None:
    document = coded(
        "Єврокомісія вимагала від Белграда приєднатися до санкцій. "
        "Вучич відповів, що Сербія «ні в кого не питатиме дозволу»."
    )
    refusal = only(document, "REJECT")
    assert countries(document, refusal.source) == {"SRB"}
    assert countries(document, refusal.target) == {"IGOEEC"}
    document = coded("ЄС пригрозив Тбілісі скасуванням безвізу. Кобахідзе заявив, що Грузія «не торгуватиме суверенітетом».")
    assert countries(document, only(document, "REJECT").source) == {"GEO"}
    assert not events_of(coded("Капітан танкера попросив у Туреччини дозволу пройти протоку."), "REJECT")


def test_a_crowd_with_flags_gathered_is_a_demonstration() -> None:
    document = coded("У вівторок у Тбілісі кілька тисяч людей із європейськими прапорами зібралися біля парламенту.")
    protest = only(document, "PROTEST")
    assert protest.mode == "demo"
    assert not events_of(coded("У вівторок у Тбілісі кілька тисяч людей зібралися на концерт."), "PROTEST")


def test_signing_a_protocol_is_an_agreement() -> None:
    document = coded("Прем'єр-міністр Вірменії та президент Азербайджану у вівторок підписали протокол про делімітацію кордону.")
    signing = only(document, "AGREE")
    assert signing.mode == "sign"
    assert countries(document, signing.source + signing.target) == {"ARM", "AZE"}


def test_a_warning_of_sanctions_on_a_condition_is_a_threat() -> None:
    document = coded(
        "Росія знову порушила повітряний простір Естонії. "
        "Глава МЗС Естонії попередив, що нові обмеження не забаряться, якщо Москва не припинить провокації."
    )
    assert events_of(document, "THREATEN")
    assert not [e for e in events_of(document, "DISAPPROVE") if e.mode == "warn"]


def test_drills_by_the_border_with_a_country_are_no_cooperation_with_it() -> None:
    document = coded("Венесуела у понеділок провела навчання біля кордону з Гаяною.")
    assert not events_of(document, "COOPERATE")
    document = coded("Анкара пообіцяла, що відкриє кордон з Вірменією до кінця року.")
    assert "ARM" in countries(document, only(document, "CONCEDE").target)


def test_support_for_the_sovereignty_and_integrity_of_a_country_is_support_of_it() -> None:
    document = coded(
        "Венесуельська дипломатія назвала появу американського корабля провокацією. "
        "Карибська спільнота заявила про підтримку суверенітету й територіальної цілісності Гаяни."
    )
    assert countries(document, only(document, "SUPPORT").target) == {"GUY"}


def test_the_mission_told_again_is_the_mission_named_before() -> None:
    document = coded(
        "Моніторингова місія ООН з прав людини оприлюднила доповідь про страти полонених. "
        "Місія закликала російську владу розслідувати кожен епізод."
    )
    demand = only(document, "DEMAND")
    assert countries(document, demand.source) == {"IGOUNOHRI"}


def test_sanctions_promised_as_a_noun_are_a_threat_of_sanctions() -> None:
    document = coded("Прем'єр-міністр Канади пообіцяв нові санкції проти Тегерана.")
    threat = only(document, "THREATEN")
    assert threat.mode == "sanction"
    assert countries(document, threat.source) == {"CAN"} and countries(document, threat.target) == {"IRN"}
    document = coded("Посол Британії заявив, що Іран постачає дрони Росії, і пообіцяв нові санкції проти Тегерана.")
    assert countries(document, only(document, "THREATEN").target) == {"IRN"}


def test_condemning_what_was_done_to_ones_own_condemns_the_doer() -> None:
    document = coded(
        "Литва вислала двох білоруських дипломатів за шпигунство. "
        "МЗС Білорусі засудило висилку білоруських дипломатів як «недружній крок»."
    )
    condemnation = only(document, "DISAPPROVE")
    assert countries(document, condemnation.source) == {"BLR"} and countries(document, condemnation.target) == {"LTU"}


def test_the_attack_condemned_is_the_one_told_with_its_verb_not_the_last_strike() -> None:
    document = coded(
        "Бойовики угруповання «Боко Харам» атакували військову базу Чаду. "
        "Того ж дня Франція завдала авіаударів по позиціях бойовиків. "
        "Камерунське МЗС назвало напад «варварським терористичним актом»."
    )
    condemnation = only(document, "DISAPPROVE")
    assert countries(document, condemnation.target) == {"NGA"}
    assert "FRA" not in countries(document, condemnation.target)


def test_a_named_guest_of_another_country_received_is_a_meeting_hosted() -> None:
    document = coded("Віктор Орбан у вівторок прийняв Мілорада Додіка в Будапешті.")
    meeting = only(document, "CONSULT")
    assert meeting.mode == "host"
    assert countries(document, meeting.source) == {"HUN"} and countries(document, meeting.target) == {"BIH"}
    assert not coded("Литва приймає навчання НАТО біля Сувальського коридору.").events
    assert not coded("Парламент Хорватії прийняв закон про іноземців.").events


def test_a_warning_that_the_speaker_will_not_allow_something_is_a_threat() -> None:
    document = coded("Китай попередив Японію, що не допустить втручання у свої внутрішні справи.")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"CHN"} and countries(document, threat.target) == {"JPN"}
    document = coded("Литва попередила Білорусь, що не пропускатиме калійні добрива.")
    assert not events_of(document, "THREATEN")


def test_sealing_a_foreign_outlets_office_or_withdrawing_its_accreditation_restricts_it() -> None:
    document = coded("Мін'юст Азербайджану опечатав офіс агентства Sputnik Азербайджан.")
    restriction = only(document, "COERCE")
    assert restriction.mode == "restrict" and countries(document, restriction.target) == {"RUS"}
    document = coded("Литва анулювала акредитацію журналістів Russia Today.")
    assert countries(document, only(document, "COERCE").target) == {"RUS"}


def test_there_names_the_capital_the_sentence_before_named_when_it_answers() -> None:
    document = coded("Уряд Вірменії назвав рішення Баку «ударом у спину». Там критику відкинули.")
    rejection = only(document, "REJECT")
    assert countries(document, rejection.source) == {"AZE"} and countries(document, rejection.target) == {"ARM"}


def test_a_foreign_group_name_read_as_no_noun_agrees_with_any_gender() -> None:
    document = coded("Коаліція банд «Вів ансанм» у ніч на вівторок атакувала поліцейську базу в Порт-о-Пренсі.")
    assert countries(document, only(document, "FIGHT").source) == {"HTI"}


def test_a_government_that_protests_protests_by_word_not_in_the_street() -> None:
    document = coded("Сеул протестує проти заходу північнокорейських кораблів у свої води.")
    assert only(document, "DISAPPROVE").mode == "protest"
    assert not events_of(document, "PROTEST")
    document = coded("У Сеулі тисячі людей протестують проти нового закону.")
    assert events_of(document, "PROTEST") and not events_of(document, "DISAPPROVE")


def test_readiness_to_meet_is_a_meeting_offered() -> None:
    document = coded("Прем'єр-міністр Індії заявив, що готовий зустрітися з президентом Китаю на полях саміту в листопаді.", "2035-07-11")
    offer = only(document, "AGREE")
    assert offer.mode == "offer" and offer.date == "2035-07-11"
    assert countries(document, offer.target) == {"CHN"}
    assert not events_of(document, "CONSULT")


def test_a_report_of_ones_own_act_denied_answers_the_side_the_act_would_hit() -> None:
    document = coded(
        "За даними агентства Reuters, Пекін нібито призупинив експорт галію низці південнокорейських компаній. "
        "У міністерстві комерції КНР ці повідомлення заперечили."
    )
    sanction = only(document, "SANCTION")
    assert countries(document, sanction.target) == {"KOR"}
    denial = only(document, "REJECT")
    assert countries(document, denial.source) == {"CHN"} and countries(document, denial.target) == {"KOR"}


def test_a_general_named_before_is_who_the_general_is_later() -> None:
    document = coded(
        "Лідер хунти Малі генерал Ассімі Гоїта підписав указ про вихід з ЕКОВАС. "
        "У зверненні до нації генерал звинуватив Францію у підтримці терористів."
    )
    accusation = only(document, "DISAPPROVE")
    assert countries(document, accusation.source) == {"MLI"} and countries(document, accusation.target) == {"FRA"}


def test_a_weapon_striking_another_countrys_ground_is_the_reporting_forces_strike() -> None:
    document = coded("Уночі безпілотники уразили нафтобазу поблизу міста Ліски Воронезької області, повідомив Генштаб ЗСУ.")
    strike = only(document, "FIGHT")
    assert countries(document, strike.source) == {"UKR"} and countries(document, strike.target) == {"RUS"}
    document = coded("Уночі ракети влучили в енергетичний об'єкт у Київській області, повідомили Повітряні сили ЗСУ.")
    assert not [e for e in events_of(document, "FIGHT") if countries(document, e.source) == {"UKR"}]


def test_a_state_condemns_no_state_of_its_own_but_the_hostile_act_just_told() -> None:
    document = coded(
        "Армія Ізраїлю завдала ударів по позиціях Хезболли на півдні Лівану. "
        "Іранське МЗС засудило «позасудові страти» на території, яку Іран вважає окупованою."
    )
    condemnation = only(document, "DISAPPROVE")
    assert countries(document, condemnation.target) == {"ISR"}


def test_he_after_a_speech_is_the_speaker_not_the_person_the_speech_names() -> None:
    document = coded(
        "Прем'єр Словаччини Роберт Фіцо відповів, що Урсула фон дер Ляєн — «не його начальниця». "
        "Він також пригрозив Брюсселю ветом."
    )
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"SVK"}
    document = coded("Президент Сербії Мілош Вучич заявив, що Желько Бабич — «законний лідер». Він також попередив Брюссель про наслідки.")
    assert countries(document, only(document, "THREATEN").source) == {"SRB"}


def test_insisting_that_one_will_not_do_something_is_a_refusal() -> None:
    document = coded(
        "Китай запровадив санкції проти Литви. У Вільнюсі наполягають, що не змінюватимуть курсу під тиском."
    )
    refusal = only(document, "REJECT")
    assert countries(document, refusal.source) == {"LTU"} and countries(document, refusal.target) == {"CHN"}
    assert not events_of(coded("Київ наполягає, що Росія не виконуватиме домовленостей."), "REJECT")


def test_aid_promised_with_an_infinitive_is_that_aid_to_come() -> None:
    document = coded("Міністр оборони Норвегії пообіцяв до кінця літа надіслати Україні ще дві батареї зенітних ракет.")
    aid = only(document, "AID")
    assert countries(document, aid.source) == {"NOR"} and countries(document, aid.target) == {"UKR"}
    assert aid.modality == "future" and not events_of(document, "AGREE")
    # a promise to talk or to co-operate stays a promise; so does a deal on aid between two sides
    assert only(coded("Прем'єр Литви пообіцяв Польщі провести нові консультації щодо транзиту."), "AGREE")


def test_joint_drills_name_their_partner_between_the_adjective_and_the_noun() -> None:
    document = coded("У понеділок армія Японії розпочала спільні з філіппінськими військовими навчання біля острова Лусон.")
    drills = only(document, "COOPERATE")
    assert countries(document, drills.source + drills.target) == {"JPN", "PHL"}
    assert not events_of(document, "MOBILIZE")


def test_closing_another_countrys_mission_targets_that_country_not_the_city_it_stands_in() -> None:
    document = coded("Чехія звинуватила Росію в диверсіях. Прага закриває російське генконсульство в Брно.")
    closure = events_of(document, "SANCTION")[-1]
    assert closure.mode == "withdraw" and countries(document, closure.target) == {"RUS"}
    document = coded("Литва закрила своє посольство в Мінську.")
    assert countries(document, only(document, "SANCTION").target) == {"BLR"}


def test_an_undeclined_country_or_capital_is_a_subject_of_any_gender() -> None:
    document = coded("У вівторок Уагадугу закрила сухопутний кордон із Кот-д'Івуаром.")
    assert countries(document, only(document, "COERCE").source) == {"BFA"}
    document = coded("Буркіна-Фасо закрила кордон із Малі.")
    assert countries(document, only(document, "COERCE").source) == {"BFA"}


def test_good_offices_offered_are_one_offer_to_both_sides() -> None:
    document = coded(
        "Делегації Кот-д'Івуару та Буркіна-Фасо провели переговори в Аккрі. "
        "Комісія ЕКОВАС закликала обидві країни до стриманості й заявила, що готова надати «добрі послуги» для "
        "врегулювання суперечки, хоча Буркіна-Фасо вийшла з організації ще 2025 року."
    )
    offer = only(document, "AGREE")
    assert offer.mode == "offer" and countries(document, offer.target) == {"CIV", "BFA"}


def test_troops_crossing_a_dividing_line_and_the_warning_shots_that_answer_them() -> None:
    document = coded(
        "Індія звинуватила Китай у провокаціях. Уночі китайські військові перетнули лінію фактичного контролю в Ладакху. "
        "Індійська армія зробила попереджувальні постріли, після чого порушники відступили."
    )
    crossing = only(document, "MOBILIZE")
    assert crossing.mode == "incursion" and countries(document, crossing.target) == {"IND"}
    shots = only(document, "THREATEN")
    assert countries(document, shots.source) == {"IND"} and countries(document, shots.target) == {"CHN"}


def test_partners_named_with_po_and_their_body_are_that_body() -> None:
    document = coded("Міністр закордонних справ Латвії закликав партнерів по ЄС обмежити пересування російських дипломатів.")
    assert countries(document, only(document, "DEMAND").target) == {"IGOEEC"}
    document = coded("Президент Фінляндії закликав союзників по НАТО посилити протиповітряну оборону.")
    assert countries(document, only(document, "DEMAND").target) == {"IGOWSTNAT"}


def test_a_persons_framed_words_that_another_side_acts_on_purpose_accuse_it() -> None:
    document = coded(
        "Речниця МЗС Росії Олена Климова відкинула звинувачення Таллінна. "
        "За її словами, естонська влада «свідомо руйнує двосторонні відносини»."
    )
    accusation = only(document, "DISAPPROVE")
    assert countries(document, accusation.source) == {"RUS"} and countries(document, accusation.target) == {"EST"}
    # an outlet's frame is no speaker of a charge
    assert not events_of(coded("За даними Reuters, естонська влада «свідомо затягує» переговори з Росією."), "DISAPPROVE")


def test_an_own_citizen_arrested_for_a_foreign_handler_is_an_arrest_aimed_at_the_handlers_country() -> None:
    document = coded(
        "Поліція Латвії затримала в Даугавпілсі громадянина Латвії, який на замовлення куратора з Москви підпалив склад."
    )
    assert countries(document, only(document, "COERCE").target) == {"RUS"}


def test_troops_named_by_an_adjective_reading_arrive_as_aid() -> None:
    document = coded("Міністерство оборони Туреччини заявило, що до кінця травня в Сомалі прибуде ще близько тисячі турецьких військових.")
    aid = only(document, "AID")
    assert countries(document, aid.source) == {"TUR"} and countries(document, aid.target) == {"SOM"}
    # a delegation's visit "для зміцнення військових зв'язків" brings no troops
    document = coded("Делегація міноборони Росії відвідає Північну Корею для «зміцнення військових зв'язків».")
    assert only(document, "CONSULT").mode == "visit"


def test_condemning_an_agreement_named_back_is_aimed_at_its_signatory() -> None:
    document = coded(
        "Прем'єр-міністр Ефіопії і лідер Сомаліленду підписали угоду про оренду порту. "
        "Президент Сомалі того ж вечора назвав документ «прямим посяганням на суверенітет» країни."
    )
    assert countries(document, only(document, "DISAPPROVE").target) == {"ETH"}


def test_a_quoted_militia_name_threatens_the_country_whose_facilities_it_names() -> None:
    document = coded(
        "Американська авіація завдала ударів по базах угруповання «Катаїб Хезболла» в Іраку. "
        "Сама «Катаїб Хезболла» пригрозила атаками на всі американські об'єкти в Іраку та Сирії."
    )
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"IRQ"} and countries(document, threat.target) == {"USA"}
    document = coded(
        "Війська США залишаються в Іраку. «Катаїб Хезболла» пригрозила атаками на американські бази «Айн аль-Асад» і Харір."
    )
    assert "USA" in countries(document, only(document, "THREATEN").target)


def test_a_patrol_boat_in_anothers_territorial_waters_and_troops_concentrated_at_a_border() -> None:
    document = coded("За даними Сил оборони Гаяни, катер ВМС Венесуели на чотири години зайшов у територіальні води Гаяни.")
    incursion = only(document, "MOBILIZE")
    assert countries(document, incursion.source) == {"VEN"} and countries(document, incursion.target) == {"GUY"}
    document = coded("Венесуела минулого тижня зосередила біля кордону з Гаяною понад 10 тисяч військових.")
    assert only(document, "MOBILIZE").mode == "troops"


def test_the_partner_named_by_its_forces_noun_and_owner_before_the_verb() -> None:
    document = coded(
        "Сполучені Штати демонструють підтримку Гаяні. "
        "У понеділок американські винищувачі разом з авіацією Сил оборони Гаяни провели спільні навчання над Джорджтауном."
    )
    drills = only(document, "COOPERATE")
    assert countries(document, drills.source + drills.target) == {"USA", "GUY"}


def test_words_naming_no_object_answer_the_partner_named_later_in_their_clause() -> None:
    document = coded(
        "Прем'єр Польщі попередив, що Варшава закриє кордон. "
        "Сам Лукашенко в середу похвалив «конструктивний діалог» із Вашингтоном."
    )
    praise = only(document, "SUPPORT")
    assert countries(document, praise.target) == {"USA"}
    # not the object of the act called for, nor a document's owner
    document = coded(
        "Брюссель продовжив санкції проти Росії. Сибіга закликав партнерів ухвалити новий пакет обмежень проти Росії."
    )
    assert "RUS" not in countries(document, only(document, "DEMAND").target)


def test_a_weapon_named_by_its_model_stands_for_the_adjectives_country_and_escorting_it_is_no_meeting() -> None:
    document = coded(
        "Міністр оборони Італії прибув до Таллінна. На перехоплення піднялися два італійські F-35. "
        "Вони супроводили російську групу до нейтральних вод."
    )
    scramble = only(document, "MOBILIZE")
    assert countries(document, scramble.source) == {"ITA"}
    assert [e.mode for e in events_of(document, "CONSULT")] == ["visit"]


def test_the_foreign_office_in_its_other_spelling_rejects() -> None:
    document = coded("Захарова звинуватила Лондон у брехні. У Форин-офісі ці закиди відкинули як «чергову порцію дезінформації».")
    rejection = only(document, "REJECT")
    assert countries(document, rejection.source) == {"GBR"} and countries(document, rejection.target) == {"RUS"}


def test_a_name_fronted_before_the_subject_is_the_verbs_object() -> None:
    document = coded(
        "Захарова прокоментувала повернення дітей. "
        "Київ вона звинуватила в тому, що той «перетворює дітей на інструмент пропаганди»."
    )
    accusation = only(document, "DISAPPROVE")
    assert countries(document, accusation.source) == {"RUS"} and countries(document, accusation.target) == {"UKR"}


def test_a_prime_ministers_office_speaks_for_its_holder() -> None:
    document = coded("ХАМАС звинуватив Ізраїль у порушенні перемир'я. В офісі ізраїльського прем'єра у вівторок ці звинувачення відкинули.")
    rejection = only(document, "REJECT")
    assert countries(document, rejection.source) == {"ISR"} and countries(document, rejection.target) == {"PSE"}


def test_a_call_on_partners_to_fund_production_is_a_demand_not_the_callers_mobilisation() -> None:
    document = coded(
        "Прем'єр Нідерландів відвідав Київ. "
        "Зеленський закликав інших європейських партнерів фінансувати виробництво зброї безпосередньо в Україні."
    )
    assert countries(document, only(document, "DEMAND").source) == {"UKR"}
    assert not events_of(document, "MOBILIZE") and not events_of(document, "AID")
    # a leader calling on his own army to produce more still mobilises
    document = coded("Лідер КНДР закликав військове керівництво країни збільшити виробництво ракет.")
    assert [e.mode for e in events_of(document, "MOBILIZE")] == ["production"]


def test_drones_launched_at_a_city_strike_it_and_a_missile_launched_with_no_target_is_a_test() -> None:
    document = coded("У ніч на четвер російські війська запустили по Запоріжжю понад 40 ударних дронів.")
    strike = only(document, "FIGHT")
    assert strike.mode == "strike" and countries(document, strike.source) == {"RUS"} and countries(document, strike.target) == {"UKR"}
    document = coded("КНДР запустила балістичну ракету в бік Японського моря.")
    assert [e.mode for e in events_of(document, "MOBILIZE")] == ["missile-test"] and not events_of(document, "FIGHT")


def test_an_act_called_unacceptable_is_criticised_but_not_an_unacceptable_thing_named() -> None:
    document = coded(
        "Уночі поліція в Тбілісі розігнала протест опозиції. Речник Єврокомісії заявив, що застосування сили проти "
        "мирних демонстрантів «неприйнятне для країни-кандидата»."
    )
    criticism = only(document, "DISAPPROVE")
    assert criticism.mode == "criticize" and countries(document, criticism.target) == {"GEO"}
    # "неприйнятним порушенням": the adjective goes with a noun of its own and is no predicate
    document = coded("Речниця Форин-офісу назвала захоплення танкера «неприйнятним порушенням свободи судноплавства».")
    assert all(e.mode != "criticize" for e in document.events)
    # "вважає неприйнятним": the subject is the judge, not the one judged
    document = coded("Міністр закордонних справ Ірану наголосив, що Іран вважає неприйнятним будь-який коридор уздовж свого кордону.")
    assert not events_of(document, "DISAPPROVE")


def test_whom_others_detained_names_no_doer_from_the_main_clause() -> None:
    document = coded("Речник Єврокомісії закликав грузинську владу звільнити всіх, кого затримали за мирний протест.")
    assert only(document, "DEMAND") and not events_of(document, "COERCE")


def test_a_verb_after_a_content_clause_and_i_goes_on_with_the_main_subject_and_a_price_to_come_threatens() -> None:
    document = coded(
        "Речник МЗС Китаю Лінь Тао звинуватив Вашингтон у тому, що той посилає хибні сигнали сепаратистам, і "
        "попередив, що американські компанії «платитимуть дедалі вищу ціну»."
    )
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"CHN"} and countries(document, threat.target) == {"USA"}
    # a price paid is told, not threatened
    document = coded("Президент Польщі заявив, що Україна заплатила високу ціну за свободу.")
    assert not events_of(document, "THREATEN")


def test_the_taiwan_affairs_bodies_of_both_sides_and_patrol_boats_sent() -> None:
    document = coded(
        "Рада у справах материкового Китаю назвала дії Пекіна «грубою провокацією». "
        "Тайвань направив до Цзіньменя додаткові патрульні катери. "
        "В Офісі у справах Тайваню протест відкинули."
    )
    condemnation = only(document, "DISAPPROVE")
    assert countries(document, condemnation.source) == {"TWN"} and countries(document, condemnation.target) == {"CHN"}
    assert countries(document, only(document, "MOBILIZE").source) == {"TWN"}
    assert countries(document, only(document, "REJECT").source) == {"CHN"}
    # ships sent "there", to a place just named, are a show of force too, not aid
    document = coded("Китайські есмінці підійшли до острова Пратас. Тайвань відправив туди ще три патрульні кораблі.")
    assert countries(document, only(document, "MOBILIZE").source) == {"TWN"} and not events_of(document, "AID")


def test_russian_fleets_are_russias_and_the_fleet_told_again_is_that_fleet() -> None:
    document = coded("Того ж дня Балтійський флот відправив до Фінської затоки корвет «Стійкий».")
    assert countries(document, only(document, "MOBILIZE").source) == {"RUS"}
    document = coded(
        "Українські морські дрони атакували корабель Чорноморського флоту РФ біля Криму. "
        "За версією Міноборони Росії, чергові сили флоту знищили шість українських катерів."
    )
    response = [e for e in events_of(document, "FIGHT") if e.trigger.text == "знищили"]
    assert response and countries(document, response[0].source) == {"RUS"} and countries(document, response[0].target) == {"UKR"}


def test_aid_promised_for_this_month_is_dated_when_promised() -> None:
    document = coded(
        "У вівторок прем'єрка Данії прибула до Києва. "
        "Вона пообіцяла, що Копенгаген уже цього місяця передасть Україні новий пакет військової допомоги.",
        published="2036-05-07",
    )
    (aid,) = [e for e in events_of(document, "AID") if e.trigger.text == "передасть"]
    assert aid.modality == "future" and aid.date == "2036-05-06"


def test_a_lead_with_no_day_takes_the_day_its_following_quote_is_told_with() -> None:
    document = coded(
        "У понеділок Вашингтон запропонував Мехіко військову допомогу.\n"
        "Президентка Мексики пропозицію відкинула. «Жоден іноземний солдат не ступить на нашу землю. "
        "Ми співпрацюємо, але не підкоряємося», — сказала вона у вівторок.",
        published="2036-05-28",
    )
    assert only(document, "REJECT").date == "2036-05-27"


def test_an_exchange_told_with_no_people_named_is_between_the_storys_two_sides() -> None:
    document = coded(
        "Суд у Ростові засудив українських полонених. Київ запропонував Москві новий обмін. "
        "Останній обмін за формулою «120 на 120» відбувся 5 травня."
    )
    releases = events_of(document, "RETREAT")
    assert {(frozenset(countries(document, e.source)), frozenset(countries(document, e.target))) for e in releases} == {
        (frozenset({"UKR"}), frozenset({"RUS"})), (frozenset({"RUS"}), frozenset({"UKR"}))
    }
    assert {e.date for e in releases} == {f"{PUBLISHED[:4]}-05-05"}
    # an exchange of views is no release
    document = coded("Останній обмін думками між главами МЗС України та Польщі відбувся в травні.")
    assert not events_of(document, "RETREAT")


def test_trawlers_with_a_country_adjective_stand_for_that_country() -> None:
    document = coded("Росія протестує. Берегова охорона Норвегії в неділю затримала два російські рибальські траулери.")
    seizure = only(document, "COERCE")
    assert countries(document, seizure.source) == {"NOR"} and countries(document, seizure.target) == {"RUS"}


def test_a_threat_of_accountability_is_a_threat_but_a_penalty_by_law_is_not() -> None:
    document = coded("Речниця МЗС Росії пригрозила, що Лондон «понесе відповідальність за пряму участь у війні».")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"RUS"} and countries(document, threat.target) == {"GBR"}
    document = coded("СБУ затримала агента, йому загрожує кримінальна відповідальність.")
    assert not events_of(document, "THREATEN")


def test_an_agreement_the_sides_failed_to_reach_is_not_told_as_reached() -> None:
    document = coded(
        "Прем'єр Угорщини Петер Сабо підтримав Братиславу. "
        "У Брюсселі відбулися консультації України та Словаччини, однак домовитися сторонам не вдалося."
    )
    assert all(e.modality == "negated" for e in events_of(document, "AGREE"))


def test_red_tabara_is_a_burundian_armed_group() -> None:
    document = coded("У суботу бойовики угруповання RED-Tabara атакували армійську позицію за 15 кілометрів від Бужумбури.")
    attack = only(document, "FIGHT")
    assert countries(document, attack.source) == {"BDI"}


def test_her_mediation_is_the_feminine_body_before_and_consultations_of_two_sides_are_theirs() -> None:
    document = coded(
        "Прем'єр Угорщини Петер Сабо підтримав Братиславу. Єврокомісія спробувала погасити конфлікт. "
        "У вівторок у Брюсселі за її посередництва відбулися екстрені консультації представників України та Словаччини."
    )
    mediation = [e for e in events_of(document, "CONSULT") if e.mode == "mediate"]
    assert mediation and countries(document, mediation[0].source) == {"IGOEEC"}
    talks = [e for e in events_of(document, "CONSULT") if e.mode == "discuss"]
    assert talks and countries(document, talks[0].source + talks[0].target) == {"UKR", "SVK"}


def test_a_stop_told_from_a_day_is_dated_that_day_and_the_goods_country_may_be_named_by_its_seat() -> None:
    document = coded(
        "У Кремлі назвали рішення Києва «енергетичним тероризмом». "
        "З 1 липня Україна остаточно припинила транзит російської нафти нафтопроводом «Дружба».",
        published="2036-07-09",
    )
    ban = only(document, "SANCTION")
    assert ban.date == "2036-07-01" and countries(document, ban.target) == {"RUS"}


def test_asking_another_for_leave_or_help_is_a_request_of_it() -> None:
    document = coded("Литва попросила у Польщі допомоги з охороною кордону.")
    request = only(document, "DEMAND")
    assert countries(document, request.source) == {"LTU"} and countries(document, request.target) == {"POL"}
    document = coded("Данія ще минулого тижня попросила Берн дозволу передати Україні боєприпаси.")
    request = only(document, "DEMAND")
    assert countries(document, request.target) == {"CHE"}


def test_an_undeclined_name_after_an_office_in_the_instrumental_is_no_subject() -> None:
    document = coded(
        "Паралельно в Берні тривають дебати. У понеділок міністр оборони Німеччини Томас Райнгардт у телефонній "
        "розмові зі швейцарським колегою Беатом Келлером попросив дозволу передати Києву снаряди."
    )
    request = only(document, "DEMAND")
    assert countries(document, request.source) == {"DEU"}


def test_sides_agreeing_to_cease_fire_from_a_later_hour_cease_fire_the_day_they_agree() -> None:
    document = coded(
        "У вівторок армія Судану та Сили швидкого реагування провели переговори в Джидді. "
        "Сторони домовилися припинити вогонь із шостої ранку четверга.",
        published="2036-09-03",
    )
    truce = only(document, "RETREAT")
    assert truce.mode == "ceasefire" and truce.date == "2036-09-02"
    assert countries(document, truce.source + truce.target) == {"SDN"}


def test_a_warlords_headquarters_speaks_for_him_and_libyas_bodies_are_libyan() -> None:
    document = coded(
        "Туреччина відправила військових радників на підтримку Уряду національної єдності. "
        "Лівійська національна армія Саддама Хафтара оголосила мобілізацію резервістів. "
        "Каїр засудив іноземну присутність. У штабі Хафтара звинуватили Туреччину в тому, що вона «повертає окупацію»."
    )
    assert all(countries(document, aid.target) == {"LBY"} for aid in events_of(document, "AID"))
    accusation = next(e for e in events_of(document, "DISAPPROVE") if e.mode == "accuse")
    assert countries(document, accusation.source) == {"LBY"} and countries(document, accusation.target) == {"TUR"}


def test_a_state_ready_to_play_a_role_between_two_others_offers_them_its_help() -> None:
    document = coded("Китай «готовий відіграти конструктивну роль» і провести переговори між Нейп'їдо та Даккою.")
    offer = only(document, "AGREE")
    assert offer.mode == "offer" and countries(document, offer.source) == {"CHN"}
    assert countries(document, offer.target) == {"MMR", "BGD"}


def test_a_garrisons_drills_begun_after_a_contrast_are_dated_by_their_own_clause() -> None:
    document = coded(
        "Того ж дня до Порт-Стенлі прибув патрульний корабель, а у вівторок на островах розпочалися тижневі "
        "навчання британського гарнізону.",
        published="2036-08-20",
    )
    drills = only(document, "MOBILIZE")
    assert drills.mode == "exercise" and countries(document, drills.source) == {"GBR"} and drills.date == "2036-08-19"
    # (the Alliance's drills are its members' cooperation, no mobilisation of the Alliance)
    document = coded("У понеділок у Баренцовому морі розпочалися навчання НАТО за участю кораблів Норвегії та США.")
    assert not events_of(document, "MOBILIZE")


def test_standing_on_anothers_side_supports_it() -> None:
    document = coded("Президентка заявила, що Бразилія «завжди стоятиме на боці законних прав Аргентини».")
    support = only(document, "SUPPORT")
    assert countries(document, support.source) == {"BRA"} and countries(document, support.target) == {"ARG"}
    document = coded("Туреччина і надалі залишається на боці Києва.")
    assert countries(document, only(document, "SUPPORT").target) == {"UKR"}


def test_duties_on_a_countrys_goods_sanction_that_country() -> None:
    document = coded(
        "Еквадор у понеділок запровадив мита проти Колумбії. "
        "Того ж дня Богота запровадила дзеркальні мита на еквадорські креветки, банани та какао."
    )
    duties = events_of(document, "SANCTION")
    assert [(countries(document, e.source), countries(document, e.target)) for e in duties] == [
        ({"ECU"}, {"COL"}), ({"COL"}, {"ECU"})
    ]


def test_a_warning_that_duties_will_rise_unless_another_acts_threatens_it() -> None:
    document = coded(
        "Колумбія запровадила дзеркальні мита. "
        "Президент Еквадору в середу попередив, що мита зростуть до 50%, якщо Колумбія не розгорне на кордоні війська."
    )
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"ECU"} and countries(document, threat.target) == {"COL"}


def test_offering_itself_as_mediator_offers_its_good_offices_to_both_sides() -> None:
    document = coded(
        "Еквадор запровадив мита проти Колумбії. Президент Бразилії закликав обидві країни «не руйнувати співпрацю» "
        "і запропонував свою країну як посередника."
    )
    offer = only(document, "AGREE")
    assert offer.mode == "offer" and countries(document, offer.source) == {"BRA"}
    assert countries(document, offer.target) == {"ECU", "COL"}


def test_a_woman_ambassador_is_summoned_and_recalled_like_a_man() -> None:
    document = coded(
        "Іспанія звинуватила Рабат у тиску. Того ж дня до МЗС Іспанії викликали посолку Марокко Латіфу Беннані. "
        "У вівторок Марокко відкликало посолку з Мадрида для консультацій."
    )
    summons = [e for e in events_of(document, "DISAPPROVE") if e.mode == "summon"]
    assert summons and countries(document, summons[0].source) == {"ESP"} and countries(document, summons[0].target) == {"MAR"}
    recall = only(document, "SANCTION")
    assert countries(document, recall.source) == {"MAR"} and countries(document, recall.target) == {"ESP"}


def test_troops_sent_to_a_town_the_dictionary_does_not_know_of_ones_own_country_mobilise() -> None:
    document = coded("Рабат мовчить. Уже в понеділок Мадрид направив до Сеути близько трьох тисяч військових.")
    assert not events_of(document, "AID")
    assert countries(document, only(document, "MOBILIZE").source) == {"ESP"}


def test_a_documents_year_after_its_names_genitive_and_an_infinitives_month_date_no_act() -> None:
    document = coded(
        "У вівторок міністр закордонних справ Єгипту назвав дії Аддис-Абеби «прямою загрозою» і грубим порушенням "
        "Декларації принципів 2015 року.",
        published="2036-08-13",
    )
    assert only(document, "DISAPPROVE").date == "2036-08-12"
    document = coded(
        "Голова Комісії Африканського союзу у вівторок запропонував провести у вересні новий раунд переговорів "
        "та закликав Єгипет і Ефіопію утриматися від ескалації.",
        published="2036-08-13",
    )
    assert only(document, "DEMAND").date == "2036-08-12"


def test_a_verb_after_a_gerunds_clause_is_no_quotes_tail() -> None:
    document = coded(
        "Президент Єгипту Хішам Фаузі, виступаючи перед випускниками військової академії, попередив, що Каїр "
        "«вживатиме всіх заходів» для захисту своєї частки води, якщо Ефіопія не зупинить наповнення."
    )
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"EGY"} and countries(document, threat.target) == {"ETH"}


def test_plural_holders_over_a_body_and_a_second_country_are_of_both() -> None:
    document = coded("У вівторок у Манілі командувачі берегової охорони В'єтнаму та Філіппін підписали угоду про співпрацю.")
    deal = only(document, "AGREE")
    assert deal.mode == "sign" and countries(document, deal.source + deal.target) == {"VNM", "PHL"}


def test_a_penalty_not_ruled_out_threatens_and_one_ruled_out_does_not() -> None:
    document = coded(
        "США запровадили санкції проти голови скупщини. Речник Держдепартаменту не виключив нових обмежень, "
        "якщо Баня-Лука не відмовиться від референдуму."
    )
    threat = only(document, "THREATEN")
    assert threat.modality == "possible" and countries(document, threat.source) == {"USA"}
    assert countries(document, threat.target) == {"BIH"}
    document = coded("Прем'єр Японії доручив посилити патрулювання, але виключив удар по китайських кораблях.")
    assert not events_of(document, "THREATEN")
    document = coded("Посол США не виключив, що Вашингтон розгляне послаблення обмежень на експорт калію з Білорусі.")
    assert not events_of(document, "THREATEN")


def test_a_bare_junta_is_the_state_whose_army_was_named_last() -> None:
    document = coded(
        "Артилерійські снаряди армії М'янми впали на території Бангладеш. Дакка викликала посла М'янми. "
        "Військова хунта звинувачення відкинула."
    )
    rejection = only(document, "REJECT")
    assert countries(document, rejection.source) == {"MMR"} and countries(document, rejection.target) == {"BGD"}


def test_a_title_between_an_office_and_its_holder_keeps_the_holder_the_speaker():
    document = coded(
        "МЗС Кувейту викликало посла Іраку Аднана аль-Джубурі. «Ми вимагаємо негайно звільнити наших громадян», — "
        "заявив міністр закордонних справ шейх Салем ас-Сабах."
    )
    demand = only(document, "DEMAND")
    assert countries(document, demand.source) == {"KWT"} and countries(document, demand.target) == {"IRQ"}


def test_an_exchange_of_statements_is_no_exchange_of_prisoners():
    document = coded(
        "Попри обмін різкими заявами, у вівторок у Аммані відбулися переговори міністрів закордонних справ "
        "Сирії та Йорданії."
    )
    assert not events_of(document, "RETREAT") and events_of(document, "CONSULT")


def test_a_picketed_embassy_s_state_is_the_protest_s_target():
    document = coded("У понеділок кілька сотень греків пікетували посольство Албанії в Афінах.")
    protest = only(document, "PROTEST")
    assert countries(document, protest.target) == {"ALB"}


def test_a_decision_blocked_is_aimed_at_the_side_it_was_to_be_taken_with():
    document = coded(
        "У вівторок Болгарія заблокувала в Брюсселі рішення про початок переговорів з Північною Македонією."
    )
    veto = only(document, "REJECT")
    assert countries(document, veto.source) == {"BGR"} and countries(document, veto.target) == {"MKD"}


def test_reminding_a_side_of_what_it_must_do_is_a_demand_on_it():
    document = coded("Речник Єврокомісії у середу нагадав Тирані, що вона має дотримуватися європейських стандартів.")
    demand = only(document, "DEMAND")
    assert countries(document, demand.source) == {"IGOEEC"} and countries(document, demand.target) == {"ALB"}
    # a right it has is no demand
    assert not events_of(coded("Міністр нагадав Польщі, що вона має право на самооборону."), "DEMAND")


def test_a_river_s_name_is_no_object_and_a_boat_stands_for_its_capitalised_owner():
    document = coded(
        "Військові Нікарагуа в неділю затримали на прикордонній річці Сан-Хуан катер Прикордонної поліції "
        "Коста-Рики з чотирма офіцерами на борту."
    )
    arrest = only(document, "COERCE")
    assert countries(document, arrest.source) == {"NIC"} and countries(document, arrest.target) == {"CRI"}
    assert [document.entity(t).name for t in arrest.target] == ["поліція Коста-Рики"]


def test_fishermen_freed_are_those_the_side_detained():
    document = coded(
        "ВМС Шрі-Ланки в неділю затримали 23 індійських рибалок біля острова Качатіву. Індія висловила протест. "
        "За даними The Hindu, Коломбо нібито готове звільнити дев'ятьох рибалок до кінця тижня."
    )
    release = only(document, "RETREAT")
    assert release.mode == "release" and release.modality == "hedged"
    assert countries(document, release.source) == {"LKA"} and countries(document, release.target) == {"IND"}


def test_warships_calling_at_a_port_are_a_show_of_force():
    document = coded(
        "Перші кораблі Чорноморського флоту Росії — два малі ракетні кораблі та великий десантний корабель — у "
        "понеділок зайшли до порту Очамчире в окупованій Абхазії. ВМС Кувейту перекинули до острова Бубіян "
        "чотири патрульні катери."
    )
    moves = events_of(document, "MOBILIZE")
    assert {frozenset(countries(document, e.source)) for e in moves} == {frozenset({"RUS"}), frozenset({"KWT"})}


def test_a_crowd_marching_to_an_embassy_protests_against_its_state():
    document = coded(
        "Президентка Мексики назвала вимоги Вашингтона тиском на Панаму. Президент Панами вимоги США відкинув. "
        "У вівторок кілька тисяч людей пройшли маршем до посольства США з гаслами «Канал — наш»."
    )
    protest = only(document, "PROTEST")
    assert countries(document, protest.source) == {"PAN"} and countries(document, protest.target) == {"USA"}


def test_a_nation_named_by_its_adjective_is_its_country():
    document = coded("Напередодні президент США погрожував Панамі. МЗС Колумбії висловило повну солідарність з панамським народом.")
    support = only(document, "SUPPORT")
    assert countries(document, support.source) == {"COL"} and countries(document, support.target) == {"PAN"}


def test_his_country_after_a_subject_pronoun_is_the_pronoun_s_person():
    document = coded(
        "Міністр закордонних справ України Дмитро Левченко провів переговори в Сантьяго. Того ж дня Левченка "
        "прийняв президент Чилі Хав'єр Торрес. Він запевнив, що його країна підтримуватиме Україну."
    )
    support = only(document, "SUPPORT")
    assert countries(document, support.source) == {"CHL"} and countries(document, support.target) == {"UKR"}


def test_the_same_weekday_told_back_dates_the_paragraph_it_opens():
    document = coded(
        "Удари стали відповіддю на бій на кордоні 9 жовтня.\n\nДамаск відреагував того ж понеділка. МЗС Сирії "
        "викликало посла Йорданії та вручило йому ноту протесту.",
        published="2036-10-15",
    )
    assert only(document, "DISAPPROVE").date == "2036-10-13"


def test_two_strikes_on_two_towns_the_same_day_are_two_events():
    document = coded(
        "У вівторок російські війська атакували Покровськ. Того ж вівторка російська артилерія обстріляла "
        "Краматорськ: загинули двоє цивільних.",
        published="2030-04-03",
    )
    strikes = events_of(document, "FIGHT")
    assert len(strikes) == 2 and {e.date for e in strikes} == {"2030-04-02"}


def test_warning_shots_are_a_threat_of_force_not_a_strike():
    document = coded(
        "Габон закрив кордон. У понеділок катер ВМС Екваторіальної Гвінеї відкрив попереджувальний вогонь по "
        "габонському рибальському судну. Ніхто не постраждав."
    )
    assert not events_of(document, "FIGHT")
    threat = only(document, "THREATEN")
    assert threat.mode == "military" and countries(document, threat.source) == {"GNQ"}
    assert countries(document, threat.target) == {"GAB"}


def test_a_second_measure_in_one_breath_is_aimed_where_the_first_was():
    document = coded("У понеділок Габон відкликав посла з Малабо для консультацій і закрив для руху пункт пропуску поблизу Бітама.")
    closure = only(document, "COERCE")
    assert countries(document, closure.source) == {"GAB"} and countries(document, closure.target) == {"GNQ"}


def test_an_act_aimed_at_no_one_named_is_aimed_at_the_other_side_of_the_story() -> None:
    document = coded(
        "Мавританія звинуватила Малі у вбивстві пастухів. Того ж дня Нуакшот перекинув до кордону додаткові "
        "підрозділи армії та закрив пункт пропуску в Гогі."
    )
    for event_type in ("MOBILIZE", "COERCE"):
        event = only(document, event_type)
        assert countries(document, event.source) == {"MRT"} and countries(document, event.target) == {"MLI"}


def test_an_earlier_day_in_a_relative_clause_does_not_move_the_story() -> None:
    document = coded(
        "Суданська армія у вівторок заявила, що відбила напад, який у ніч на понеділок здійснили ефіопські "
        "військові.\n\nТого ж дня МЗС Судану викликало посла Ефіопії.",
        published="2036-11-19",
    )
    assert only(document, "DISAPPROVE").date == "2036-11-18"


def test_a_date_in_a_participle_phrase_after_the_object_is_not_the_acts() -> None:
    document = coded(
        "Прем'єр Греції Костас Андреу у вівторок прибув до Одеси. Він оголосив, що до весни Греція передасть Україні "
        "зенітні комплекси С-300, отримані Афінами ще наприкінці 1990-х.",
        published="2036-11-12",
    )
    assert only(document, "AID").date == "2036-11-11"


def test_live_fire_drills_begun_are_a_show_of_force() -> None:
    document = coded("ВМС Китаю в середу розпочали триденні стрільби в Жовтому морі біля узбережжя Південної Кореї.")
    drills = only(document, "MOBILIZE")
    assert drills.mode == "exercise" and countries(document, drills.source) == {"CHN"}


def test_warships_putting_out_to_a_disputed_field_are_a_show_of_force_at_the_other_side_not_at_the_news_agency() -> None:
    document = coded(
        "Того ж дня до району родовища вийшли два патрульні кораблі ВМС Кувейту, повідомляє Reuters. "
        "Іран звинуватив Кувейт у провокації."
    )
    ships = only(document, "MOBILIZE")
    assert countries(document, ships.source) == {"KWT"} and countries(document, ships.target) == {"IRN"}


def test_sanctions_on_hong_kong_companies_are_aimed_at_china() -> None:
    document = coded("Вашингтон у понеділок запровадив санкції проти двох гонконзьких компаній, які постачали до КНДР алюмінієві труби.")
    sanction = only(document, "SANCTION")
    assert countries(document, sanction.source) == {"USA"} and countries(document, sanction.target) == {"CHN"}


def test_words_about_a_warrant_a_veto_or_a_ban_are_aimed_at_whoever_issued_it() -> None:
    document = coded(
        "Міжнародний кримінальний суд у понеділок видав ордер на арешт президента Бурунді. "
        "Речник МЗС Китаю назвав ордер «втручанням у внутрішні справи суверенної держави»."
    )
    words = only(document, "DISAPPROVE")
    assert countries(document, words.source) == {"CHN"} and countries(document, words.target) == {"IGOJUDICC"}
    document = coded(
        "Угорщина у вівторок заблокувала рішення про новий пакет допомоги Україні. "
        "Міністр закордонних справ Литви назвав вето «ганьбою для всього союзу»."
    )
    words = only(document, "DISAPPROVE")
    assert countries(document, words.source) == {"LTU"} and countries(document, words.target) == {"HUN"}


def test_a_ban_called_coercion_answers_the_country_that_imposed_it_not_the_last_sanction_told() -> None:
    document = coded(
        "Уряд Румунії в понеділок заборонив імпорт молдовського вина. Раніше Молдова припинила транзит "
        "російського газу. Прем'єр Молдови у вівторок назвав заборону «економічним примусом»."
    )
    words = only(document, "DISAPPROVE")
    assert countries(document, words.source) == {"MDA"} and countries(document, words.target) == {"ROU"}


def test_a_firefight_between_two_named_sides_is_fire_each_way() -> None:
    document = coded("У неділю на кордоні спалахнула перестрілка між бійцями талібів та пакистанськими прикордонниками.")
    fights = [e for e in document.events if e.type == "FIGHT"]
    assert {(frozenset(countries(document, e.source)), frozenset(countries(document, e.target))) for e in fights} == {
        (frozenset({"AFG"}), frozenset({"PAK"})), (frozenset({"PAK"}), frozenset({"AFG"}))
    }
    # a firefight told after the shots, with no sides named, is not a second act
    document = coded("Поліцейські відкрили вогонь у відповідь, перестрілка тривала майже годину.")
    assert not [e for e in document.events if e.type == "FIGHT" and e.trigger.text == "перестрілка"]


def test_joining_a_dispute_on_a_country_s_side_supports_it() -> None:
    document = coded("Єврокомісія заявила, що долучиться до спору в СОТ на боці Австралії.")
    support = only(document, "SUPPORT")
    assert countries(document, support.source) == {"IGOEEC"} and countries(document, support.target) == {"AUS"}


def test_a_customs_administration_speaks_for_its_country() -> None:
    document = coded("Головне митне управління КНР у понеділок призупинило ввезення яловичини з Австралії.")
    ban = only(document, "SANCTION")
    assert countries(document, ban.source) == {"CHN"} and countries(document, ban.target) == {"AUS"}


def test_a_capital_after_the_ambassador_it_recalls_is_the_one_recalling() -> None:
    # "власного посла Джуба відкликала": the nominative name is the subject, not the envoy's country
    document = coded("Власного посла Джуба відкликала з Хартума для консультацій.")
    recall = only(document, "SANCTION")
    assert countries(document, recall.source) == {"SSD"} and countries(document, recall.target) == {"SDN"}


def test_denying_a_claim_about_one_s_own_side_answers_the_other_side_of_the_story() -> None:
    document = coded(
        "Польські прикордонники затримали вантажівку з деталями ракет. "
        "Що вантаж мав білоруського одержувача, у Мінську заперечують."
    )
    denial = only(document, "REJECT")
    assert countries(document, denial.source) == {"BLR"} and countries(document, denial.target) == {"POL"}
    # with nothing about the denier's side in it and no accuser told, a denial answers no one
    document = coded("Польські прикордонники затримали вантажівку. У Мінську заперечують, що вантаж мав одержувача.")
    assert not events_of(document, "REJECT")


def test_a_patrol_that_detains_a_neighbour_s_fishermen_acts_against_the_neighbour() -> None:
    document = coded("Патруль ВМС Гватемали в неділю затримав дев'ятьох белізьких рибалок.")
    arrest = only(document, "COERCE")
    assert countries(document, arrest.source) == {"GTM"} and countries(document, arrest.target) == {"BLZ"}


def test_an_attack_denied_in_the_perfective_is_marked_denied() -> None:
    document = coded("Речник МЗС КНР заперечив, що китайський патруль напав на індійських військових.")
    attack = only(document, "FIGHT")
    assert attack.modality == "denied"


def test_an_arrest_of_villagers_of_a_village_no_gazetteer_places_is_aimed_at_the_other_side() -> None:
    # the village has no country of its own: the story's other side stands for the people taken
    document = coded("Російські військові в неділю затримали двох жителів села Кірбалі. МЗС Грузії вимагає негайно їх звільнити.")
    arrest = only(document, "COERCE")
    assert countries(document, arrest.source) == {"RUS"} and countries(document, arrest.target) == {"GEO"}


def test_a_crowd_gathering_at_an_embassy_protests_against_its_state() -> None:
    document = coded("Увечері кілька сотень людей зібралися біля посольства Сербії у Приштині.")
    protest = only(document, "PROTEST")
    assert countries(document, protest.source) == {"XKX"} and countries(document, protest.target) == {"SRB"}


def test_a_warning_that_posts_will_be_wiped_off_the_earth_threatens_their_side() -> None:
    document = coded("Командувач армії Пакистану попередив, що в разі нових обстрілів пости талібів «буде стерто з лиця землі».")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"PAK"} and countries(document, threat.target) == {"AFG"}


def test_not_intending_to_close_an_embassy_is_no_protest() -> None:
    document = coded("Прем'єр запевнив, що закривати посольство Росії Кишинів не збирається.")
    assert not events_of(document, "PROTEST")


def test_trade_or_flights_resumed_between_two_named_sides_is_cooperation() -> None:
    document = coded("Вірменія та Туреччина у понеділок відновили прикордонну торгівлю через пункт пропуску Маргара.")
    trade = only(document, "COOPERATE")
    assert countries(document, trade.source + trade.target) == {"ARM", "TUR"}
    document = coded("Укрзалізниця відновила рейс до Херсона.")  # (one side: no cooperation between two)
    assert not events_of(document, "COOPERATE")


def test_a_month_to_come_is_not_when_something_already_done_was_done() -> None:
    # "в березні" is the session they agreed on; the call was on the Wednesday the paragraph is at
    document = coded(
        "Напруження спало в середу. Міністри закордонних справ Болгарії та Греції провели телефонну розмову й "
        "домовилися скликати в березні засідання спільної комісії.",
        published="2037-01-28",
    )
    assert only(document, "CONSULT").date == "2037-01-28"


def test_a_look_back_in_the_paragraph_before_does_not_date_the_next_one() -> None:
    # "ще в грудні" dates only its own paragraph; the demand follows Monday's session
    document = coded(
        "Уряд Сирії в понеділок призупинив переговори з Туреччиною. За даними міністерства, турецька сторона ще в "
        "грудні нібито скоротила скидання води з греблі.\n\n"
        "«Це неприйнятно», — заявив прем'єр-міністр Сирії. Він зажадав від Анкари негайно відновити стік.",
        published="2037-01-21",
    )
    assert only(document, "DEMAND").date == "2037-01-19"


def test_a_bare_government_after_an_army_s_act_is_the_state_that_answered() -> None:
    # the last act was the Guinean soldiers'; "уряд" is Freetown's, which the paragraph opens with
    document = coded(
        "У неділю гвінейські військові затримали шістьох поліцейських Сьєрра-Леоне. Під час затримання військові "
        "відкрили вогонь.\n\nФрітаун відреагував наступного ж дня. У понеділок уряд відкликав свого посла з Конакрі.",
        published="2037-01-21",
    )
    recall = only(document, "SANCTION")
    assert countries(document, recall.source) == {"SLE"} and countries(document, recall.target) == {"GIN"}


def test_a_court_s_arrest_of_a_ship_under_a_flag_seizes_the_flag_state_s_property() -> None:
    # the court sits in the Lebanese Tripoli, not Libya's capital; the ship flies Russia's flag
    document = coded(
        "Суд у ліванському Триполі в понеділок наклав арешт на суховантаж «Капітан Ільїн» під російським прапором. "
        "Росія вимагає звільнити судно.",
        published="2037-01-07",
    )
    seizure = only(document, "COERCE")
    assert seizure.mode == "seize"
    assert countries(document, seizure.source) == {"LBN"} and "RUS" in countries(document, seizure.target)


def test_border_checks_brought_in_restrict_the_neighbour() -> None:
    document = coded(
        "Литва з понеділка відновила тимчасовий контроль на всіх пунктах пропуску на кордоні з Латвією.",
        published="2037-01-14",
    )
    checks = only(document, "COERCE")
    assert checks.mode == "restrict"
    assert countries(document, checks.source) == {"LTU"} and countries(document, checks.target) == {"LVA"}
    # a border crossing reopened is no restriction
    document = coded("Литва відновила роботу пункту пропуску на кордоні з Латвією.", published="2037-01-14")
    assert not events_of(document, "COERCE")


def test_one_said_to_stand_behind_an_attack_is_accused_by_the_speaker() -> None:
    document = coded(
        "Служба безпеки Данії у понеділок заявила, що за підпалом посольства Ізраїлю в Копенгагені стоїть "
        "Міністерство розвідки Ірану.",
        published="2037-01-14",
    )
    accusation = only(document, "DISAPPROVE")
    assert accusation.mode == "accuse"
    assert countries(document, accusation.source) == {"DNK"} and countries(document, accusation.target) == {"IRN"}


def test_rolling_stock_handed_over_is_aid_and_water_released_from_a_dam_is_not() -> None:
    document = coded(
        "Глава МЗС Чехії пообіцяла, що Прага ще до кінця зими передасть Україні двадцять вагонів і ремонтний поїзд. "
        "Туреччина нібито скоротила скидання води з греблі Ілісу в Ірак.",
        published="2037-01-07",
    )
    aid = only(document, "AID")
    assert countries(document, aid.source) == {"CZE"} and countries(document, aid.target) == {"UKR"}
    assert aid.modality == "future"


def test_a_warning_of_what_follows_unless_the_other_side_yields_is_a_threat_to_it() -> None:
    document = coded(
        "Прем'єр-міністр Іраку попередив, що якщо Анкара не відновить стік Тигру, Багдад обмежить імпорт.",
        published="2037-01-21",
    )
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"IRQ"} and countries(document, threat.target) == {"TUR"}


def test_a_consul_recalled_for_consultations_is_a_recall_and_no_talks() -> None:
    document = coded("Того ж дня Ла-Пас відкликав для консультацій свого генконсула із Сантьяго.", published="2037-01-28")
    recall = only(document, "SANCTION")
    assert countries(document, recall.source) == {"BOL"} and countries(document, recall.target) == {"CHL"}
    assert not events_of(document, "CONSULT")


def test_better_terms_offered_to_another_country_s_carriers_are_an_offer() -> None:
    document = coded(
        "Президентка Перу в понеділок запропонувала болівійським перевізникам пільгові умови в порту Іло.",
        published="2037-01-28",
    )
    offer = only(document, "AGREE")
    assert countries(document, offer.source) == {"PER"} and countries(document, offer.target) == {"BOL"}


def test_a_protest_not_accepted_rebuffs_whoever_made_it() -> None:
    document = coded(
        "МЗС Японії вручило ноту протесту послу Південної Кореї. У Сеулі протест не прийняли.",
        published="2037-01-28",
    )
    rebuff = only(document, "REJECT")
    assert countries(document, rebuff.source) == {"KOR"} and countries(document, rebuff.target) == {"JPN"}


def test_an_abbreviation_the_dictionary_lacks_may_be_the_subject_in_any_gender() -> None:
    # "ЦТАК" reads only as a genitive plural guess; undeclined, it is the subject of the neuter verb
    document = coded(
        "Наступного тижня заступник держсекретаря Майкл Дорсі відвідає Токіо. Пхеньян тим часом скористався "
        "моментом: ЦТАК звинуватило Японію в «реваншистських зазіханнях».",
        published="2037-01-28",
    )
    accusation = only(document, "DISAPPROVE")
    assert countries(document, accusation.source) == {"PRK"} and countries(document, accusation.target) == {"JPN"}


def test_the_international_legion_is_ukraine_s_armed_forces() -> None:
    document = coded(
        "Суд у Донецьку засудив добровольця ЗСУ. В Інтернаціональному легіоні ЗСУ звинувачення Москви заперечили.",
        published="2037-01-07",
    )
    legion = next(e for e in document.entities if e.name == "Інтернаціональний легіон")
    assert legion.actor_code == "UKRMIL"


def test_words_with_no_day_of_their_own_take_the_story_s_last_day_not_a_month_told_in_passing() -> None:
    document = coded(
        "Міністр внутрішніх справ Чехії у понеділок пояснив рішення тиском мігрантів. За даними прикордонників, "
        "лише минулого місяця австрійці повернули на чеський бік понад тисячу осіб.\n\n"
        "Міністр також звинуватив Мінськ: більшість цих людей, за даними чеської сторони, потрапили до ЄС через "
        "Білорусь. У неділю активісти пікетували переходи.",
        published="2037-01-14",
    )
    accusation = only(document, "DISAPPROVE")
    assert countries(document, accusation.target) == {"BLR"} and accusation.date == "2037-01-12"


def test_a_quote_told_before_its_speaker_that_blames_another_state_accuses_it() -> None:
    document = coded(
        "Уряд Сирії в понеділок призупинив переговори з Туреччиною. «Туреччина використовує воду як зброю проти "
        "сирійського народу», — заявив після засідання прем'єр-міністр Сирії.",
        published="2037-01-21",
    )
    accusation = only(document, "DISAPPROVE")
    assert accusation.mode == "accuse" and accusation.date == "2037-01-19"
    assert countries(document, accusation.source) == {"SYR"} and countries(document, accusation.target) == {"TUR"}
    # praise of another state in a quote accuses no one
    document = coded("«Туреччина залишається нашим надійним партнером», — заявив прем'єр-міністр Сирії.", published="2037-01-21")
    assert not events_of(document, "DISAPPROVE")


def test_a_protest_note_and_a_condemnation_the_same_day_are_two_acts() -> None:
    document = coded(
        "У понеділок МЗС Ліберії вручило тимчасовому повіреному Гвінеї ноту протесту. Рішення ухвалили після "
        "засідання уряду. Президент Ліберії того ж дня назвав дії Гвінеї «неприхованою агресією».",
        published="2037-01-21",
    )
    modes = sorted(e.mode for e in events_of(document, "DISAPPROVE"))
    assert modes == ["condemn", "protest-note"]


def test_an_international_body_s_call_on_the_neighbours_is_aimed_at_the_story_s_two_sides() -> None:
    document = coded(
        "Чилі та Болівія сперечаються через портові збори. Болівія звинуватила Чилі в розправі над водіями. Ліма "
        "поспішила скористатися суперечкою. Генеральний секретар ОАД закликав сусідів розв'язати суперечку.",
        published="2037-01-28",
    )
    call = only(document, "DEMAND")
    assert countries(document, call.target) == {"BOL", "CHL"}



def test_ports_closed_to_another_country_s_vessels_are_a_ban_on_it() -> None:
    document = coded(
        "Ісландія вдвічі збільшила квоту на вилов тріски. Уряд Норвегії у вівторок заборонив ісландським траулерам "
        "вивантажувати тріску в норвезьких портах.",
        published="2037-02-11",
    )
    ban = only(document, "SANCTION")
    assert (ban.mode, countries(document, ban.source), countries(document, ban.target)) == ("ban", {"NOR"}, {"ISL"})


def test_the_islands_refer_back_to_the_island_state_named_before() -> None:
    document = coded(
        "Австралія запровадила мита на тунця з Соломонових островів. Нова Зеландія, яка сама сперечається з "
        "Австралією через мита, висловила островам підтримку.",
        published="2037-02-11",
    )
    support = only(document, "SUPPORT")
    assert "SLB" in countries(document, support.target)


def test_a_warning_that_restrictions_will_spread_threatens_sanctions() -> None:
    document = coded(
        "Канада запровадила мита на сталь з Мексики. Міністр торгівлі Канади попередив, що обмеження поширять і "
        "на алюміній.",
        published="2037-02-11",
    )
    threat = only(document, "THREATEN")
    assert (threat.mode, countries(document, threat.source)) == ("sanction", {"CAN"})


def test_boats_blocking_a_harbour_in_protest_veto_nothing() -> None:
    document = coded(
        "У четвер рибалки Ісландії на знак протесту проти рішення Осло заблокували вихід із гавані Рейк'явіка.",
        published="2037-02-11",
    )
    assert not events_of(document, "REJECT")


def test_an_office_with_a_country_adjective_and_its_holder_s_name_is_one_participant() -> None:
    document = coded(
        "Прем'єр Ісландії Арні Гісласон заявив про суперечку з Норвегією. У середу Гісласон і норвезький міністр "
        "рибальства Ула Бергсен провели відеоконференцію.",
        published="2037-02-11",
    )
    call = only(document, "CONSULT")
    named = {document.entity(x).name for x in call.source + call.target}  # type: ignore[union-attr]
    assert named == {"Арні Гісласон", "Ула Бергсен"}


def test_the_source_of_an_as_reported_parenthesis_is_no_participant() -> None:
    document = coded(
        "Прем'єр Ісландії Арні Гісласон заявив про суперечку з Норвегією. У середу, як повідомило данське МЗС, "
        "Гісласон і його норвезький колега Ула Бергсен провели телефонну розмову.",
        published="2037-02-11",
    )
    call = only(document, "CONSULT")
    assert countries(document, call.source + call.target) == {"ISL", "NOR"}


def test_a_month_told_inside_a_relative_clause_does_not_date_the_next_sentence() -> None:
    document = coded(
        "Єврокомісія в понеділок заборонила імпорт норвезької тріски. У Брюсселі пояснюють, що Осло встановило квоту, "
        "більшу за ту, що минулого місяця погодили сусіди. Єврокомісарка Марта Ліндквіст закликала Норвегію "
        "повернутися до спільних квот.",
        published="2037-02-11",
    )
    call = only(document, "DEMAND")
    assert call.date == "2037-02-09"


def test_a_government_that_notifies_another_of_renouncing_a_treaty_withdraws_from_it() -> None:
    document = coded(
        "Уряд Гватемали в четвер офіційно повідомив Вашингтон про денонсацію договору про екстрадицію.",
        published="2037-02-11",
    )
    renounced = only(document, "SANCTION")
    assert (renounced.mode, countries(document, renounced.source), countries(document, renounced.target)) == (
        "withdraw", {"GTM"}, {"USA"}
    )


def test_a_threat_to_take_a_case_to_a_forum_is_aimed_at_the_other_side() -> None:
    document = coded(
        "Румунія відмовилася зняти заборону на імпорт молдовського вина. У Кишиневі назвали таке рішення "
        "недружнім і пригрозили звернутися до Міжнародного суду ООН.",
        published="2037-02-11",
    )
    threat = only(document, "THREATEN")
    assert countries(document, threat.target) == {"ROU"}


def test_money_in_any_currency_or_abbreviated_is_economic_aid() -> None:
    document = coded("Японія пообіцяла виділити Непалу 12 млрд єн на відбудову доріг.", published="2037-02-18")
    aid = only(document, "AID")
    assert (aid.mode, countries(document, aid.source), countries(document, aid.target)) == ("economic", {"JPN"}, {"NPL"})


def test_a_surname_alone_agrees_as_its_bearer_s_feminine_office_says() -> None:
    document = coded(
        "Міністерка закордонних справ Бельгії Анук Вервт засудила арешт. Як повідомило грузинське МЗС, у середу "
        "Вервт провела телефонну розмову зі своїм колегою Левані Берідзе.",
        published="2037-02-11",
    )
    call = only(document, "CONSULT")
    assert countries(document, call.source + call.target) == {"BEL", "GEO"}


def test_an_ambassador_summoned_to_a_seat_of_power_is_summoned_by_its_state() -> None:
    document = coded(
        "Рим відреагував того ж дня: на Фарнезіну викликали посла Ірану Мохсена Резаї.", published="2037-02-11"
    )
    summon = only(document, "DISAPPROVE")
    assert (summon.mode, countries(document, summon.source), countries(document, summon.target)) == (
        "summon", {"ITA"}, {"IRN"}
    )


def test_whom_a_report_cites_fills_no_slot_of_the_act() -> None:
    document = coded(
        "Як пише Reuters з посиланням на джерела в посольстві Франції, МЗС Італії нібито розглядає можливість "
        "викликати російського посла для пояснень.",
        published="2037-02-11",
    )
    summon = only(document, "DISAPPROVE")
    assert countries(document, summon.source) == {"ITA"} and countries(document, summon.target) == {"RUS"}


def test_a_crowd_that_protests_under_a_consulate_s_walls_protests_against_its_state() -> None:
    document = coded(
        "У вівторок кілька сотень студентів вийшли на протест під стіни сербського консульства в Рієці.",
        published="2037-02-18",
    )
    protest = only(document, "PROTEST")
    assert countries(document, protest.target) == {"SRB"}


def test_police_officers_are_the_police_body_named_before_and_beating_detainees_is_an_assault() -> None:
    document = coded(
        "Танзанійська поліція в суботу затримала 12 малавійських рибалок. За словами свідків, поліцейські били "
        "затриманих кийками.",
        published="2037-02-18",
    )
    beating = only(document, "ASSAULT")
    assert (beating.mode, countries(document, beating.source), countries(document, beating.target)) == (
        "beating", {"TZA"}, {"MWI"}
    )


def test_a_bureau_named_with_its_ministry_is_the_subject_not_the_ministry() -> None:
    document = coded(
        "Федеральне бюро розслідувань Міністерства юстиції США затримало двох громадян Китаю.", published="2037-03-04"
    )
    arrest = only(document, "COERCE")
    assert [document.entity(x).name for x in arrest.source] == ["Федеральне бюро розслідувань"]


def test_a_sanction_on_companies_registered_abroad_hits_the_country_they_are_registered_in() -> None:
    document = coded(
        "Уряд Канади у вівторок запровадив санкції проти п'яти фірм, розташованих у Шарджі, за постачання дронів Росії.",
        published="2037-03-04",
    )
    sanction = only(document, "SANCTION")
    assert countries(document, sanction.source) == {"CAN"} and countries(document, sanction.target) == {"ARE"}


def test_a_spokeswoman_of_the_ministry_referred_back_speaks_for_it_and_she_goes_on() -> None:
    document = coded(
        "У середу до МЗС Білорусі викликали посла Латвії. Речниця відомства назвала звинувачення «провокацією». "
        "Вона також звинуватила латвійську владу в підготовці провокацій на кордоні.",
        published="2037-03-11",
    )
    rejection = only(document, "REJECT")
    accusation = next(e for e in events_of(document, "DISAPPROVE") if e.mode == "accuse")
    assert countries(document, rejection.source) == {"BLR"}
    assert countries(document, accusation.source) == {"BLR"} and countries(document, accusation.target) == {"LVA"}


def test_closing_a_mission_hits_the_mission_s_state_not_the_town_it_stands_in() -> None:
    document = coded(
        "Уряд Естонії в понеділок оголосив про закриття консульства Росії в Нарві. У відповідь у вівторок Москва "
        "закрила генеральне консульство Естонії в Пскові.",
        published="2037-03-11",
    )
    closing, answer = sorted(events_of(document, "SANCTION"), key=lambda e: e.trigger.start)
    assert (countries(document, closing.source), countries(document, closing.target)) == ({"EST"}, {"RUS"})
    assert (countries(document, answer.source), countries(document, answer.target)) == ({"RUS"}, {"EST"})


def test_returned_fire_an_invitation_to_a_town_and_an_invitation_taken_up() -> None:
    document = coded(
        "У понеділок вірменські підрозділи обстріляли азербайджанські позиції. Армія Азербайджану відповіла вогнем "
        "по позиціях Вірменії. У вівторок Казахстан запросив міністрів закордонних справ Вірменії та Азербайджану до "
        "Алмати. Баку запрошення вже прийняв.",
        published="2037-03-18",
    )
    fire = [e for e in events_of(document, "FIGHT") if e.trigger.text == "відповіла"]
    assert fire and countries(document, fire[0].source) == {"AZE"} and countries(document, fire[0].target) == {"ARM"}
    invitation = next(e for e in events_of(document, "AGREE") if e.mode == "invite")
    assert countries(document, invitation.source) == {"KAZ"} and countries(document, invitation.target) == {"ARM", "AZE"}
    accepted = next(e for e in events_of(document, "AGREE") if e.trigger.text == "прийняв")
    assert countries(document, accepted.source) == {"AZE"} and "KAZ" in countries(document, accepted.target)


def test_a_minister_of_armed_forces_visits_drills_begun_and_a_plan_signed() -> None:
    document = coded(
        "Міністерка збройних сил Франції Клер Дюбуа прибула з візитом до Єревана й підписала з вірменським колегою "
        "Давидом Арутюняном план військової співпраці. Того ж дня російські військові розпочали біля Гюмрі "
        "позапланові навчання з бойовою стрільбою.",
        published="2037-03-11",
    )
    visit = only(document, "CONSULT")
    assert visit.mode == "visit" and countries(document, visit.source) == {"FRA"} and not events_of(document, "AID")
    signed = only(document, "AGREE")
    assert signed.mode == "sign" and countries(document, signed.source + signed.target) == {"FRA", "ARM"}
    drills = only(document, "MOBILIZE")
    assert drills.mode == "exercise" and countries(document, drills.source) == {"RUS"}


def test_drones_placed_abroad_are_deployed_on_the_day_reported_and_drone_assembly_is_not() -> None:
    document = coded(
        "Туреччина розмістила на півночі Кіпру шість ударних безпілотників, повідомило в неділю Міністерство "
        "національної оборони Туреччини. Як уточнили в міністерстві, складання дронів розгорнуть на заводах у трьох "
        "країнах.",
        published="2037-03-11",
    )
    deployment = only(document, "MOBILIZE")
    assert (countries(document, deployment.source), countries(document, deployment.target)) == ({"TUR"}, {"CYP"})
    assert deployment.date == "2037-03-08" and deployment.trigger.text == "розмістила"


def test_a_high_commissioner_summoned_is_an_envoy_of_his_country() -> None:
    document = coded("У вівторок МЗС Індії викликало верховного комісара Шрі-Ланки Арджуну Перера.", published="2037-03-18")
    summon = only(document, "DISAPPROVE")
    assert (summon.mode, countries(document, summon.source), countries(document, summon.target)) == ("summon", {"IND"}, {"LKA"})


def test_a_particle_inside_a_name_opens_no_relative_clause() -> None:
    document = coded(
        "Напередодні міністр оборони Бельгії Ян де Смет провів у Харкові переговори з українським колегою.",
        published="2037-04-01",
    )
    talks = only(document, "CONSULT")
    assert countries(document, talks.source + talks.target) == {"BEL", "UKR"}


def test_a_landing_repelled_and_a_village_claimed_are_fights_of_their_own() -> None:
    document = coded(
        "Уночі на вівторок російські війська спробували висадити десант на острові Зміїний. Українські морпіхи "
        "зустріли десант вогнем. Того ж ранку Росія вдарила ракетами по Одесі. Міноборони РФ заявило, що його "
        "підрозділи нібито «взяли під контроль» село Кринки.",
        published="2037-04-01",
    )
    fights = {e.mode: e for e in events_of(document, "FIGHT")}
    assert {"invade", "defence", "strike", "occupy"} <= set(fights)
    assert countries(document, fights["invade"].source) == {"RUS"} and countries(document, fights["defence"].source) == {"UKR"}
    assert fights["occupy"].modality == "hedged" and countries(document, fights["occupy"].source) == {"RUS"}


def test_a_visit_s_agent_after_its_destination_and_the_pronoun_that_refers_to_him() -> None:
    document = coded(
        "Угоду обговорювали під час візиту до Токіо міністра оборони України Петра Коваля. Він і його японська "
        "колега Юко Сато підписали меморандум про співпрацю.",
        published="2037-04-01",
    )
    visit = only(document, "CONSULT")
    assert visit.mode == "visit" and countries(document, visit.source) == {"UKR"} and countries(document, visit.target) == {"JPN"}
    signed = only(document, "AGREE")
    assert countries(document, signed.source + signed.target) == {"UKR", "JPN"}


def test_a_deputy_minister_with_no_name_speaks_for_the_ministry_his_sentence_names() -> None:
    document = coded(
        "Прем'єр Словаччини Мартін Голуб заявив про підтримку рішення. Увечері до МЗС Угорщини викликали посла "
        "Словаччини Петера Ковача, якому заступник міністра висловив «рішучий протест».",
        published="2037-04-01",
    )
    assert all(countries(document, e.source) == {"HUN"} for e in events_of(document, "DISAPPROVE"))


def test_a_warning_that_another_side_crossed_a_line_threatens_that_side() -> None:
    document = coded(
        "КНДР минулого тижня передала Росії нову партію снарядів. Речниця МЗС Росії попередила, що Токіо «перетнув "
        "червону лінію», і не виключила відповіді.",
        published="2037-04-01",
    )
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"RUS"} and countries(document, threat.target) == {"JPN"}


def test_words_about_a_decision_are_aimed_at_who_decided_it() -> None:
    document = coded(
        "Уряд Польщі в понеділок ухвалив рішення передати Україні чотири гелікоптери. Москва вже викликала "
        "польського посла. МЗС Білорусі назвало рішення «актом відкритої ворожості до братнього народу».",
        published="2037-04-01",
    )
    blame = next(e for e in events_of(document, "DISAPPROVE") if e.trigger.text == "назвало")
    assert countries(document, blame.source) == {"BLR"} and countries(document, blame.target) == {"POL"}


def test_a_crowd_pickets_a_ministry_building_in_its_own_capital() -> None:
    document = coded(
        "Південна Корея погодила передачу Україні снарядів. Речник Кремля назвав рішення Сеула ворожим. Водночас "
        "кілька сотень людей у вівторок пікетували будівлю "
        "Міноборони в Сеулі, вимагаючи скасувати постачання.",
        published="2037-04-01",
    )
    protest = only(document, "PROTEST")
    assert countries(document, protest.source) == {"KOR"} and countries(document, protest.target) == {"KOR"}


def test_a_government_named_by_a_country_s_press_is_that_country_s() -> None:
    document = coded(
        "Сеул погодив передачу Україні снарядів. МЗС Китаю закликало Сеул до стриманості. За даними агентства "
        "Yonhap, уряд нібито розглядає й передачу Україні двох батарей гаубиць.",
        published="2037-04-01",
    )
    howitzers = next(e for e in events_of(document, "AID") if e.modality == "hedged")
    assert countries(document, howitzers.source) == {"KOR"}



def test_an_outcome_told_ahead_is_not_the_day_a_later_paragraph_s_same_day_means() -> None:
    document = coded(
        "Поліція Естонії в понеділок затримала латвійський траулер у Ризькій затоці. Траулер відпустили лише в середу "
        "вранці.\n\nРига відреагувала того ж дня: МЗС Латвії викликало посла Естонії.",
        published="2037-04-09",
    )
    summon = next(e for e in events_of(document, "DISAPPROVE") if e.mode == "summon")
    assert summon.date == "2037-04-06"


def test_a_protest_in_some_sign_of_it_is_against_the_side_that_acted() -> None:
    document = coded(
        "Литовська прикордонна служба в понеділок затримала польське рибальське судно. Польща висловила протест. "
        "У середу кілька десятків польських рибалок на знак протесту вивели човни до середини затоки.",
        published="2037-04-09",
    )
    protest = only(document, "PROTEST")
    assert countries(document, protest.source) == {"POL"} and countries(document, protest.target) == {"LTU"}


def test_an_office_holder_is_of_the_country_that_speaks_not_of_the_one_spoken_of() -> None:
    document = coded(
        "Президент Литви Вайдас Гудаускас заявив, що Мінськ «приховував аварію». Прем'єрка Ріта Жемайтіте попередила, "
        "що якщо Мінськ не допустить експертів, Вільнюс вимагатиме санкцій.",
        published="2037-04-09",
    )
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"LTU"} and countries(document, threat.target) == {"BLR"}


def test_a_european_commissioner_with_no_name_speaks_for_the_union() -> None:
    document = coded(
        "Глави МЗС Литви та Польщі обговорили ситуацію з ЄС. Єврокомісарка з питань енергетики висловила «серйозне "
        "занепокоєння» діями Мінська.",
        published="2037-04-09",
    )
    concern = only(document, "DISAPPROVE")
    assert countries(document, concern.source) == {"IGOEEC"}


def test_a_week_looked_back_to_after_the_story_s_day_does_not_date_a_later_paragraph() -> None:
    document = coded(
        "Пакистан у понеділок завершив будівництво газопроводу з Іраном.\n\nМинулого тижня бойовики обстріляли табір "
        "будівельників поблизу кордону.\n\nМіністр нафти Ірану Мохсен Карімі подякував пакистанським партнерам за "
        "«сміливість».",
        published="2037-04-15",
    )
    thanks = only(document, "SUPPORT")
    assert thanks.date is None or "-W" not in thanks.date


def test_air_defence_over_a_province_is_its_country_s() -> None:
    document = coded(
        "Саудівська Аравія в понеділок обмінялася полоненими з хуситами. Наступного дня, як повідомило командування "
        "коаліції, ППО королівства збила над провінцією Джизан ще два безпілотники, запущені з території Ємену.",
        published="2037-04-15",
    )
    defence = next(e for e in events_of(document, "FIGHT") if e.mode == "air-defence")
    assert countries(document, defence.source) == {"SAU"}


def test_a_secretary_of_state_with_no_country_is_american() -> None:
    document = coded(
        "Держсекретар Майкл Ревері обговорив телефоном інцидент із главою МЗС Мексики Алісією Рамірес.",
        published="2037-04-22",
    )
    call = only(document, "CONSULT")
    assert countries(document, call.source + call.target) == {"USA", "MEX"}


def test_a_drug_lab_destroyed_and_a_protest_outside_an_embassy() -> None:
    document = coded(
        "Американський ударний безпілотник у ніч на неділю знищив нарколабораторію картелю в мексиканському штаті "
        "Сонора. У вівторок кілька тисяч людей протестували біля посольства США в Мехіко.",
        published="2037-04-22",
    )
    strike = only(document, "FIGHT")
    assert countries(document, strike.source) == {"USA"} and countries(document, strike.target) == {"MEX"}
    protest = only(document, "PROTEST")
    assert countries(document, protest.target) == {"USA"}


def test_contractors_are_companies_of_their_country() -> None:
    document = coded(
        "За даними Bloomberg, Мінфін США нібито вже підготував обмеження проти двох пакистанських підрядників.",
        published="2037-04-15",
    )
    assert any(countries(document, e.target) == {"PAK"} for e in document.events)


def test_flight_permits_suspended_ban_the_other_side_and_a_company_s_own_voyages_do_not() -> None:
    document = coded(
        "Кенія в понеділок відкликала посла із Сомалі. Того ж дня уряд призупинив дозволи на рейси сомалійських "
        "авіакомпаній до Найробі. Грецька компанія Aegean Bulk Carriers призупиняє рейси своїх суден до українських портів.",
        published="2037-04-15",
    )
    bans = [e for e in events_of(document, "SANCTION") if e.mode == "ban"]
    assert len(bans) == 1 and countries(document, bans[0].source) == {"KEN"} and countries(document, bans[0].target) == {"SOM"}


def test_a_latin_name_that_ends_as_a_company_s_is_a_company_of_the_adjective_s_country() -> None:
    document = coded(
        "Будівництво профінансував китайський Exim Bank, який ще в грудні надав Ісламабаду кредит на 600 млн доларів.",
        published="2037-04-15",
    )
    bank = next(e for e in document.entities if e.name == "Exim Bank")
    assert (bank.kind, bank.country) == ("company", "CHN")
    loan = only(document, "AID")
    assert countries(document, loan.source) == {"CHN"} and countries(document, loan.target) == {"PAK"}


def test_an_arrest_told_without_a_doer_abroad_of_the_subject_and_her_pronoun_by_gender() -> None:
    document = coded(
        "Вашингтон висловив стурбованість долею опозиційної кандидатки в президенти Білорусі Олени Бондар, яку "
        "затримали ще 3 травня. Колишня викладачка університету вважалася головною суперницею чинного президента. "
        "Минулого тижня суд у Мінську заарештував її на два місяці.",
        published="2037-06-10",
    )
    first, remand = sorted(events_of(document, "COERCE"), key=lambda e: e.sentence)
    assert countries(document, first.source) == {"BLR"} and first.date == "2037-05-03"
    assert [document.entity(x).name for x in remand.target] == ["Олени Бондар"]
    assert countries(document, remand.source) == {"BLR"}


def test_an_impersonal_form_is_done_by_the_author_of_the_statement_it_is_told_in() -> None:
    document = coded(
        "Вільнюс вислав двох російських дипломатів. У спільній заяві посольства Росії та МЗС РФ цей крок названо "
        "«ворожою провокацією» Литви.",
        published="2037-05-13",
    )
    condemnation = only(document, "DISAPPROVE")
    assert countries(document, condemnation.source) == {"RUS"}


def test_a_ban_on_transshipping_a_country_s_gas_told_after_a_list_of_objects_is_the_reporter_s_side_s() -> None:
    document = coded(
        "Рада ЄС у вівторок затвердила новий пакет санкцій проти Росії. Як повідомила верховна представниця ЄС "
        "Анна Ліндквіст, до чорного списку внесли ще 40 танкерів, чотири російські банки і заборонили перевалку "
        "російського скрапленого газу в портах Союзу.",
        published="2037-05-13",
    )
    ban = next(e for e in events_of(document, "SANCTION") if e.mode == "ban")
    assert document.entity(ban.source[0]).actor_code.startswith("IGOEEC") and countries(document, ban.target) == {"RUS"}


def test_a_nominative_after_a_source_frame_s_comma_opens_the_clause_and_is_no_list() -> None:
    document = coded(
        "За даними агентства БТА, Азербайджан і Казахстан нібито вже запропонували Софії постачати нафту.",
        published="2037-05-06",
    )
    offer = only(document, "AGREE")
    assert countries(document, offer.source) == {"AZE", "KAZ"} and countries(document, offer.target) == {"BGR"}
    assert offer.modality == "hedged"


def test_proposing_a_ban_on_a_country_s_goods_threatens_that_country() -> None:
    document = coded(
        "Москва знову атакувала Одесу. Єврокомісія запропонує повну заборону імпорту російського СПГ.",
        published="2037-05-06",
    )
    threat = only(document, "THREATEN")
    assert countries(document, threat.target) == {"RUS"}


def test_a_deal_with_a_named_side_approved_is_agreed_and_a_bare_council_is_the_one_named_before() -> None:
    document = coded(
        "Рада керуючих МАГАТЕ в понеділок схвалила домовленість з Бразилією про гарантії для палива її підводних "
        "човнів. Аргентина голосувала проти. Буенос-Айрес вимагає нових перевірок. Чилі утрималося. Перу теж. "
        "Колумбія мовчить. Мексика висловила занепокоєння. Еквадор висловив «глибоку стурбованість» рішенням Ради.",
        published="2037-05-20",
    )
    deal = only(document, "AGREE")
    assert {document.entity(x).actor_code for x in deal.source + deal.target} == {"IGOUNOIAE", "BRA"}
    concern = next(e for e in events_of(document, "DISAPPROVE") if countries(document, e.source) == {"ECU"})
    assert [document.entity(x).actor_code for x in concern.target] == ["IGOUNOIAE"]


def test_the_year_of_a_date_does_not_make_a_condemnation_a_sentence() -> None:
    document = coded("Ще в березні 2036 року сейм Литви одноголосно засудив плани Мінська.", published="2037-05-06")
    condemnation = only(document, "DISAPPROVE")
    assert condemnation.mode == "condemn" and condemnation.date == "2036-03"
    assert not events_of(document, "COERCE")


def test_a_warning_of_going_to_court_is_aimed_at_the_other_side_not_the_court() -> None:
    document = coded(
        "Президент Молдови Ана Русу назвала дії Бухареста «неприйнятними» й попередила, що Кишинів звернеться до "
        "Міжнародного суду ООН, якщо будівництво не зупинять. Глава МЗС Сербії попередив, що Белград звернеться "
        "до Міжнародного суду ООН, якщо Хорватія не припинить перевезення.",
        published="2037-05-06",
    )
    threats = events_of(document, "THREATEN")
    assert sorted(tuple(sorted(countries(document, e.target))) for e in threats) == [("HRV",), ("ROU",)]


def test_a_summons_with_the_envoy_and_the_ministry_named_in_front_and_a_formal_charge() -> None:
    document = coded(
        "Посла Туреччини Мехмета Озтюрка до МЗС Греції викликали ще минулого тижня. У вівторок прокуратура Греції "
        "висунула обвинувачення двом громадянам Туреччини.",
        published="2037-05-13",
    )
    summons = only(document, "DISAPPROVE")
    assert (summons.mode, countries(document, summons.source), countries(document, summons.target)) == ("summon", {"GRC"}, {"TUR"})
    charge = only(document, "INVESTIGATE")
    assert countries(document, charge.source) == {"GRC"} and countries(document, charge.target) == {"TUR"}


def test_a_companion_far_in_front_across_a_quote_or_a_conjunction_fires_nothing() -> None:
    document = coded(
        "У Міністерстві енергетики Туреччини заявили, що компанія діє «на підставі ліцензії законного уряду Сомалі» "
        "і відкликати судна не планує.",
        published="2037-04-15",
    )
    assert not events_of(document, "COERCE")


def test_two_sides_opening_a_border_together_concede_to_each_other() -> None:
    document = coded("Сербія й Косово у вівторок відкрили пункт пропуску, закритий з 2030 року.", published="2037-05-06")
    opened = events_of(document, "CONCEDE")
    assert sorted((*countries(document, e.source), *countries(document, e.target)) for e in opened) == [("SRB", "XKX"), ("XKX", "SRB")]


def test_envoys_of_the_two_countries_named_in_a_relative_clause_with_a_city_hold_the_talks() -> None:
    document = coded(
        "Міністри закордонних справ Грузії та Азербайджану перерізали стрічку на мосту. Прорив підготували "
        "спецпосланці двох країн, які ще в березні провели у Женеві третій раунд переговорів.",
        published="2037-05-06",
    )
    talks = only(document, "CONSULT")
    assert countries(document, talks.source + talks.target) == {"GEO", "AZE"}


def test_an_unplaced_police_arrest_is_the_arrested_s_state_s_and_a_placed_one_the_place_s() -> None:
    document = coded(
        "Литва закрила кордон з Білоруссю. Того ж дня поліція затримала трьох білоруських опозиціонерів. "
        "Ще в понеділок поліція в Мінську затримала двох литовських журналістів.",
        published="2037-05-06",
    )
    arrests = sorted(events_of(document, "COERCE"), key=lambda e: e.sentence)
    arrests = [e for e in arrests if e.mode == "arrest"]
    assert [countries(document, e.source) for e in arrests] == [{"BLR"}, {"BLR"}]


def test_heads_of_the_ministries_of_two_countries_a_travel_ban_and_readiness_to_work_together() -> None:
    document = coded(
        "Токіо викликав посла Лаосу. У Вʼєнтьяні закиди відкидають. У вівторок уряд Японії заборонив громадянам їздити "
        "до Лаосу. Сьогодні глави МЗС двох країн провели телефонну розмову. Пекін готовий співпрацювати «з усіма "
        "зацікавленими сторонами».",
        published="2037-05-20",
    )
    ban = next(e for e in events_of(document, "SANCTION") if e.mode == "ban")
    assert countries(document, ban.source) == {"JPN"} and countries(document, ban.target) == {"LAO"}
    call = only(document, "CONSULT")
    assert countries(document, call.source + call.target) == {"JPN", "LAO"}
    offer = next(e for e in events_of(document, "AGREE") if e.mode == "offer")
    assert countries(document, offer.source) == {"CHN"} and countries(document, offer.target) == {"JPN", "LAO"}


def test_two_countries_referred_to_are_two_countries_not_the_last_event_s_two_actors_of_one() -> None:
    document = coded(
        "Варшава викликала посла Білорусі. Білоруська поліція того ж дня затримала двох білоруських опозиціонерів. Сьогодні "
        "глави МЗС двох країн провели телефонну розмову.",
        published="2037-05-20",
    )
    call = only(document, "CONSULT")
    assert countries(document, call.source + call.target) == {"POL", "BLR"}


def test_condemning_repressions_and_calling_on_the_un_aims_the_condemnation_at_the_arrester() -> None:
    document = coded(
        "КДБ Білорусі у суботу затримав дев'ятьох литовських активістів у Гродні. МЗС Литви в понеділок засудило "
        "«нову хвилю репресій» й закликало ООН та ОБСЄ домогтися доступу до затриманих.",
        published="2037-05-06",
    )
    condemnation = next(e for e in events_of(document, "DISAPPROVE") if e.mode == "condemn")
    assert countries(document, condemnation.target) == {"BLR"}


def test_a_crowd_by_an_embassy_with_flags_protests_its_state_and_protesters_told_again_are_the_same() -> None:
    document = coded(
        "У неділю тисячі людей у Белграді вийшли на протест до будівлі парламенту Сербії. У понеділок увечері "
        "протестувальники знову зібралися біля парламенту. Кілька сотень людей зібралися біля хорватського посольства "
        "в Белграді з прапорами Сербії.",
        published="2037-05-13",
    )
    protests = sorted(events_of(document, "PROTEST"), key=lambda e: e.sentence)
    assert [countries(document, e.source) for e in protests] == [{"SRB"}, {"SRB"}, {"SRB"}]
    assert countries(document, protests[-1].target) == {"HRV"}


def test_custody_extended_or_turned_into_house_arrest_is_custody_ordered() -> None:
    document = coded(
        "Поліція Греції в неділю затримала чотирьох турецьких рибалок. У вівторок суд у Афінах відпустив двох рибалок "
        "під домашній арешт, а ще двом продовжив тримання під вартою.",
        published="2037-05-13",
    )
    assert len([e for e in events_of(document, "COERCE") if e.mode == "arrest"]) >= 2


def test_a_deal_suspended_by_noun_and_both_sides_called_on_are_the_story_s_two() -> None:
    document = coded(
        "Уряд Еквадору в понеділок оголосив про призупинення угоди з Перу про спільну розробку родовища. Документ "
        "сторони підписали в березні 2036 року. У Лімі рішення назвали «ударом у спину». Кіто відкинув критику. "
        "Бразилія висловила занепокоєння діями Лондона. Генсек ОАД закликав обидві сторони повернутися до діалогу.",
        published="2037-05-20",
    )
    suspension = next(e for e in events_of(document, "SANCTION") if e.mode == "withdraw")
    assert countries(document, suspension.source) == {"ECU"} and countries(document, suspension.target) == {"PER"}
    call = only(document, "DEMAND")
    assert countries(document, call.target) == {"ECU", "PER"}


def test_concern_over_strikes_on_a_town_is_aimed_at_the_striker_not_the_town() -> None:
    document = coded(
        "У ніч на вівторок російська армія скинула на Херсон шість керованих авіабомб. Речниця ОБСЄ висловила "
        "занепокоєння ударами по житлових кварталах Херсона.",
        published="2037-04-29",
    )
    concern = only(document, "DISAPPROVE")
    assert countries(document, concern.target) == {"RUS"}


def test_a_week_to_come_does_not_date_a_call_already_held() -> None:
    document = coded(
        "У понеділок президенти Таджикистану та Киргизстану обговорили інцидент телефоном і домовилися вже наступного "
        "тижня скликати в Оші засідання урядових делегацій.",
        published="2037-05-13",
    )
    call = only(document, "CONSULT")
    assert call.date == "2037-05-11"


def test_an_arrest_and_roads_closed_are_two_acts() -> None:
    document = coded(
        "Прикордонники Киргизстану в суботу затримали шістьох громадян Таджикистану. У неділю Бішкек закрив обидві "
        "дороги, що з'єднують село Ворух з територією Таджикистану.",
        published="2037-05-13",
    )
    coercions = sorted(events_of(document, "COERCE"), key=lambda e: e.sentence)
    assert [e.mode for e in coercions] == ["arrest", "restrict"]
    assert countries(document, coercions[1].target) == {"TJK"}


def test_workers_rallying_in_a_town_are_its_country_s_people_protesting_whom_they_demand_of() -> None:
    document = coded(
        "Москва викликала посла Румунії. Росія погрожує Румунії «дзеркальними заходами». Кремль звинуватив Бухарест у "
        "«рейдерстві». Москва подала позов. Того ж дня кілька сотень працівників заводу вийшли на мітинг у Констанці, "
        "вимагаючи від уряду гарантій.",
        published="2037-05-06",
    )
    rally = only(document, "PROTEST")
    assert countries(document, rally.source) == {"ROU"} and countries(document, rally.target) == {"ROU"}


def test_praise_of_an_opening_is_aimed_at_who_opened_not_the_subject_after_a() -> None:
    document = coded(
        "Сербія й Косово у вівторок відкрили пункт пропуску. Держдепартамент США назвав відкриття переходу "
        "«історичним кроком», а Єврокомісія пообіцяла виділити 40 мільйонів євро на його модернізацію.",
        published="2037-05-06",
    )
    praise = only(document, "SUPPORT")
    assert countries(document, praise.target) and countries(document, praise.target) <= {"SRB", "XKX"}


def test_a_decision_put_before_the_verb_that_welcomes_it_is_its_makers() -> None:
    # "схвалила" is itself a body's decision; "рішення" before "привітали" is its object, not a subject
    document = coded(
        "Рада директорів Світового банку в понеділок схвалила угоду з Молдовою про кредит. У вівторок біля уряду в "
        "Кишиневі сотні активістів протестували проти кредиту. Франція та Німеччина рішення привітали."
    )
    welcome = only(document, "SUPPORT")
    assert countries(document, welcome.target) == {"IGOWBK"}
    # a decision word in a relative clause before the verb is not a decision the speaker took
    document = coded(
        "Лідери ЄС у вівторок ухвалили рішення продовжити санкції проти Росії. Прем'єр Словаччини, який не став "
        "блокувати рішення, попередив, що наступного разу Братислава може не погодитися. Київ рішення привітав."
    )
    welcome = only(document, "SUPPORT")
    assert countries(document, welcome.target) == {"IGOEEC"}
    # "двох столиць" are the last two deciders of two countries; those who condemned the decisions decided nothing
    document = coded(
        "Уряд Бельгії в понеділок ухвалив рішення заборонити імпорт російського газу. У вівторок уряд Іспанії також "
        "вирішив заборонити імпорт російського газу. У Москві обидва рішення засудили.\n\n"
        "Єврокомісія рішення двох столиць привітала."
    )
    welcome = only(document, "SUPPORT")
    assert countries(document, welcome.target) == {"BEL", "ESP"}


def test_joint_patrols_suspended_cut_cooperation_with_the_other_side() -> None:
    document = coded("У четвер Кіто призупинило спільне з Колумбією патрулювання кордону проти контрабанди.")
    cut = only(document, "SANCTION")
    assert (countries(document, cut.source), countries(document, cut.target)) == ({"ECU"}, {"COL"})
    assert not events_of(document, "COOPERATE")


def test_a_ministry_of_affairs_before_a_verb_opens_no_case_and_a_tour_opened_in_a_capital_visits_it() -> None:
    document = coded(
        "Міністр закордонних справ Індії Радж Кумар у понеділок розпочав європейське турне з Варшави, де провів "
        "переговори з польським колегою."
    )
    assert not events_of(document, "INVESTIGATE")
    visit = next(e for e in events_of(document, "CONSULT") if e.mode == "visit")
    assert (countries(document, visit.source), countries(document, visit.target)) == ({"IND"}, {"POL"})


def test_citizens_barred_from_leaving_for_work_in_a_country_is_a_ban_on_it() -> None:
    document = coded("Уряд Бангладеш у вівторок заборонив громадянам виїжджати на заробітки до Росії.")
    ban = only(document, "SANCTION")
    assert (countries(document, ban.source), countries(document, ban.target)) == ({"BGD"}, {"RUS"})


def test_an_expulsion_announced_is_made() -> None:
    document = coded("Прем'єр Естонії у вівторок оголосив про висилку російського посла.")
    expulsion = only(document, "SANCTION")
    assert expulsion.mode == "expel"
    assert (countries(document, expulsion.source), countries(document, expulsion.target)) == ({"EST"}, {"RUS"})


def test_a_body_suspending_a_membership_sanctions_the_member_not_the_town_it_meets_in() -> None:
    document = coded("Лідери Африканського союзу зібралися в Аддис-Абебі й заморозили членство Малі.")
    suspension = only(document, "SANCTION")
    assert (countries(document, suspension.source), countries(document, suspension.target)) == ({"IGOAFU"}, {"MLI"})


def test_power_seized_at_home_is_no_seizure_from_another_side() -> None:
    document = coded("Армія Гвінеї в неділю захопила владу в країні.")
    assert not [e for e in document.events if e.mode == "seize"]


def test_a_warning_of_what_the_speaker_will_do_on_a_condition_is_a_threat() -> None:
    # the one warned is three words long, the subject of "заморозить" is left out, and "не" is the condition's
    document = coded(
        "Міністерство фінансів Канади попередило Національний банк Сербії, що обмежить йому доступ до кредитів, "
        "якщо Белград не припинить платежі."
    )
    threat = only(document, "THREATEN")
    assert (countries(document, threat.source), countries(document, threat.target)) == ({"CAN"}, {"SRB"})


def test_a_meeting_whose_named_sides_are_of_one_country_was_with_the_one_who_tells_of_it() -> None:
    document = coded(
        "Польща звернулася до Єврокомісії. «Берлін блокує поставки», — заявив міністр оборони Польщі Ян Ковальський. "
        "За його словами, на зустрічі з міністром оборони Німеччини Клаусом Беккером у Берліні минулої середи "
        "німецька сторона відмовилася назвати строки."
    )
    meeting = only(document, "CONSULT")
    assert countries(document, meeting.source + meeting.target) == {"POL", "DEU"}


def test_a_charge_a_speaker_says_its_own_country_never_did_is_a_denial_of_the_accuser() -> None:
    document = coded(
        "Вільнюс звинуватив білоруську компанію в порушенні санкцій. Речниця МЗС Білорусі в середу заявила, "
        "що Білорусь «ніколи не порушувала» жодних санкцій."
    )
    denial = only(document, "REJECT")
    assert (countries(document, denial.source), countries(document, denial.target)) == ({"BLR"}, {"LTU"})


def test_a_release_or_concession_that_will_not_be_made_is_a_refusal_of_who_asked() -> None:
    document = coded(
        "Єреван вимагає звільнити полонених. Президент Азербайджану заявив, що Баку не звільнить вірменських полонених під тиском."
    )
    refusal = only(document, "REJECT")
    assert (countries(document, refusal.source), countries(document, refusal.target)) == ({"AZE"}, {"ARM"})
    assert not events_of(document, "RETREAT")
    document = coded("Пекін вимагає припинити навчання. Прем'єр Японії заявила, що Токіо не поступиться тиску.")
    refusal = only(document, "REJECT")
    assert (countries(document, refusal.source), countries(document, refusal.target)) == ({"JPN"}, {"CHN"})


def test_data_or_a_report_called_a_fabrication_is_rejected() -> None:
    document = coded(
        "Вашингтон звинуватив Каракас у постачанні зброї повстанцям. У четвер МЗС Венесуели назвало дані "
        "американської розвідки «грубою фальсифікацією»."
    )
    rejection = only(document, "REJECT")
    assert (countries(document, rejection.source), countries(document, rejection.target)) == ({"VEN"}, {"USA"})


def test_a_speaker_who_says_another_side_does_what_blames_by_itself_accuses_it() -> None:
    document = coded("Міністр закордонних справ Естонії у вівторок заявив, що Москва знову зриває переговори про кордон.")
    accusation = only(document, "DISAPPROVE")
    assert (countries(document, accusation.source), countries(document, accusation.target)) == ({"EST"}, {"RUS"})
    # (a thing, not a side, that does it is no one accused)
    assert not events_of(coded("Речник Кремля заявив, що новий кредит лише затягує конфлікт."), "DISAPPROVE")


def test_sanctions_or_an_expulsion_in_the_making_are_those_sanctions() -> None:
    document = coded("За даними Bloomberg, Оттава нібито вже готує санкції проти трьох іранських генералів.")
    sanction = only(document, "SANCTION")
    assert (countries(document, sanction.source), countries(document, sanction.target)) == ({"CAN"}, {"IRN"})
    assert sanction.modality == "hedged" and not events_of(document, "THREATEN")
    document = coded("Як пише Delfi, уряд Латвії нібито готує вислання двох білоруських дипломатів.")
    expulsion = only(document, "SANCTION")
    assert expulsion.mode == "expel"
    assert (countries(document, expulsion.source), countries(document, expulsion.target)) == ({"LVA"}, {"BLR"})


def test_ballistic_missiles_fired_at_no_place_are_a_test_and_fired_at_a_town_a_strike() -> None:
    document = coded("У четвер вранці Іран випустив дві балістичні ракети середньої дальності.")
    assert only(document, "MOBILIZE").mode == "missile-test" and not events_of(document, "FIGHT")
    document = coded("Уночі Росія випустила по Дніпру три балістичні ракети.")
    assert not events_of(document, "MOBILIZE") and countries(document, only(document, "FIGHT").target) == {"UKR"}


def test_units_brought_up_to_a_border_are_mobilised() -> None:
    document = coded("За даними литовської розвідки, Білорусь нібито підтягує до кордону додаткові підрозділи.")
    moved = only(document, "MOBILIZE")
    assert moved.mode == "troops" and countries(document, moved.source) == {"BLR"}


def test_field_hospitals_and_transformers_sent_are_humanitarian_aid() -> None:
    document = coded("У середу Анкара надіслала Молдові два польові шпиталі та три автотрансформатори.")
    aid = only(document, "AID")
    assert aid.mode == "humanitarian"
    assert (countries(document, aid.source), countries(document, aid.target)) == ({"TUR"}, {"MDA"})


def test_a_warning_of_an_intent_to_act_is_a_threat() -> None:
    document = coded(
        "Мінфін США запровадив санкції проти венесуельських компаній. Про намір заблокувати венесуельський нафтовий "
        "експорт президент США попереджав ще минулого вівторка."
    )
    assert only(document, "THREATEN") and not events_of(document, "DISAPPROVE")


def test_a_sanction_reported_in_the_making_by_no_side_named_is_no_event() -> None:
    document = coded("Як пише Politico, адміністрація нібито вже готує санкції проти молдовських суддів.")
    assert not events_of(document, "SANCTION")


def test_a_border_closure_weighed_stays_a_restriction_not_a_threat() -> None:
    document = coded("За даними ERR, Таллінн нібито розглядає закриття пункту пропуску в Нарві на кордоні з Росією.")
    closure = only(document, "COERCE")
    assert (countries(document, closure.source), countries(document, closure.target)) == ({"EST"}, {"RUS"})
    assert not events_of(document, "THREATEN")


def test_what_a_side_has_to_do_at_once_is_a_demand_on_it() -> None:
    document = coded("Прем'єр-міністр Литви наголосив, що Білорусь має негайно відвести війська від кордону.")
    demand = only(document, "DEMAND")
    assert (countries(document, demand.source), countries(document, demand.target)) == ({"LTU"}, {"BLR"})
    assert not events_of(document, "RETREAT")


def test_a_ruling_not_recognised_is_refused() -> None:
    document = coded(
        "Канадський суд конфіскував вантажний літак російської компанії «Сибірські крила». Російська компанія "
        "«Сибірські крила» заявила, що не визнає рішення канадського суду."
    )
    refusal = only(document, "REJECT")
    assert (countries(document, refusal.source), countries(document, refusal.target)) == ({"RUS"}, {"CAN"})
    # admitting a decision was wrong recognises nothing
    assert not events_of(coded("Прем'єр-міністр Словаччини визнав рішення свого уряду помилковим."), "REJECT")


def test_an_audit_or_inquiry_carried_out_is_an_investigation() -> None:
    audit = only(coded("Національний банк Казахстану розпочав позапланову перевірку чотирьох банків."), "INVESTIGATE")
    assert countries(coded("Національний банк Казахстану розпочав позапланову перевірку чотирьох банків."), audit.source) == {"KAZ"}
    looked = coded("Командування прикордонних військ Індії розглядає обставини інциденту на кордоні з Непалом.")
    assert countries(looked, only(looked, "INVESTIGATE").source) == {"IND"}
    # a drill's readiness check is no inquiry
    assert not events_of(coded("Міністерство оборони Білорусі розпочало раптову перевірку боєготовності військ."), "INVESTIGATE")


def test_who_the_arrested_are_suspected_of_is_the_arrests_reason_not_an_inquiry() -> None:
    document = coded("У неділю поліція Таїланду затримала двох громадян М'янми, яких підозрюють у контрабанді зброї.")
    assert only(document, "COERCE") and not events_of(document, "INVESTIGATE")
    suspected = coded("Прокуратура Латвії підозрює двох громадян Білорусі в шпигунстві.")
    assert countries(suspected, only(suspected, "INVESTIGATE").target) == {"BLR"}


def test_both_allies_are_the_two_named_before_not_their_alliance() -> None:
    document = coded(
        "Угорщина та Румунія посварилися через нову мовну норму. Генеральний секретар НАТО закликав обох союзників "
        "повернутися до діалогу."
    )
    demand = only(document, "DEMAND")
    assert countries(document, demand.target) == {"HUN", "ROU"}


def test_forces_moved_by_an_impersonal_verb_are_their_own_side_s_move() -> None:
    document = coded("Уночі на острів Рукінга було перекинуто загін танзанійської поліції.")
    move = only(document, "MOBILIZE")
    assert countries(document, move.source) == {"TZA"}
    boats = coded("До кордону з Еквадором було перекинуто дві річкові канонерки перуанських ВМС.")
    assert countries(boats, only(boats, "MOBILIZE").source) == {"PER"}


def test_a_patrol_mission_started_is_a_show_of_force_and_an_operation_s_command_no_fight() -> None:
    patrol = coded("У понеділок Швеція розпочала нову місію патрулювання поблизу острова Готланд.")
    assert countries(patrol, only(patrol, "MOBILIZE").source) == {"SWE"}
    command = coded("Командування операції ЄС «Іріні» оголосило про перекидання до Лівії ще двох фрегатів і 300 військових.")
    assert not events_of(command, "FIGHT") and only(command, "MOBILIZE")


def test_a_ban_or_reservation_lifted_and_an_abstention_are_concessions() -> None:
    lifted = coded(
        "Молдова давно просила Болгарію відкрити ринок. У вівторок уряд Болгарії скасував заборону на ввезення "
        "молдовських яблук."
    )
    concession = only(lifted, "CONCEDE")
    assert (countries(lifted, concession.source), countries(lifted, concession.target)) == ({"BGR"}, {"MDA"})
    assert countries(coded("Словаччина під час голосування в Раді ЄС утрималася."), only(
        coded("Словаччина під час голосування в Раді ЄС утрималася."), "CONCEDE").source) == {"SVK"}
    # refraining from something concedes nothing
    assert not events_of(coded("Генсек ООН закликав Ізраїль утриматися від ударів і від голосування."), "CONCEDE")


def test_no_event_data_file_names_a_key_twice() -> None:
    # (a key written twice in YAML silently keeps the last list and drops the first)
    import yaml

    from litopys.lang import data_path

    class Strict(yaml.SafeLoader):
        def construct_mapping(self, node, deep=False):  # type: ignore[no-untyped-def]
            keys = [self.construct_object(k, deep=deep) for k, _ in node.value]
            assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
            return super().construct_mapping(node, deep=deep)

    for name in ("cues.yaml", "patterns.yaml", "plover.yaml"):
        yaml.load(data_path("events", name).read_text(encoding="utf-8"), Loader=Strict)


def test_an_island_state_named_with_na_speaks_for_a_subjectless_plural_verb() -> None:
    document = coded("Пекін заявив, що судно лише ловило рибу. На Кіпрі цю версію відкинули.")
    refusal = only(document, "REJECT")
    assert countries(document, refusal.source) == {"CYP"}


def test_a_fate_foretold_to_the_other_side_is_a_threat() -> None:
    document = coded("Прем'єр-міністр Естонії заявив, що кожне наступне російське судно-порушника спіткає та сама доля.")
    threat = only(document, "THREATEN")
    assert countries(document, threat.source) == {"EST"}
    assert not events_of(coded("Прем'єр-міністр Естонії заявив, що уряд чекає на наслідки розслідування."), "THREATEN")


def test_export_cargo_shipped_is_no_aid() -> None:
    document = coded(
        "Уряд Індії дозволив Непалу відправляти експортні вантажі через індійські порти. Індія також відправила "
        "Непалу гуманітарний вантаж із ліками."
    )
    aid = only(document, "AID")
    assert aid.trigger.text == "відправила"


def test_a_withdrawal_set_as_the_condition_of_talks_is_a_demand() -> None:
    document = coded(
        "Президент Молдови наголосила, що жодні переговори з Тирасполем не матимуть сенсу без повного виведення "
        "російських військ із Придністров'я."
    )
    demand = only(document, "DEMAND")
    assert (countries(document, demand.source), countries(document, demand.target)) == ({"MDA"}, {"RUS"})
    assert not events_of(coded("Розпочалося виведення російських військ з Вірменії."), "DEMAND")


def test_refusals_to_trade_waters_to_let_others_decide_or_to_extradite() -> None:
    waters = coded("Норвегія вимагає квот. Прем'єр Ісландії заявив, що Ісландія не торгуватиме своїми водами.")
    assert countries(waters, only(waters, "REJECT").source) == {"ISL"}
    decide = coded("Прем'єр Чехії заявив, що Чехія не дозволить Єврокомісії вирішувати, де купувати газ.")
    refusal = only(decide, "REJECT")
    assert (countries(decide, refusal.source), countries(decide, refusal.target)) == ({"CZE"}, {"IGOEEC"})
    extradite = coded("Міністр юстиції Сербії заявив, що Сербія не видасть жодного свого громадянина.")
    assert countries(extradite, only(extradite, "REJECT").source) == {"SRB"}
    # told as done, none of them is a refusal
    assert not events_of(coded("Уряд Чехії дозволив громадам вирішувати самим."), "REJECT")


def test_an_exchange_a_side_is_ready_for_is_an_offer_to_the_other_side() -> None:
    document = coded(
        "Росія звинуватила Україну у зриві обміну. Омбудсман України заявив, що Україна готова обміняти всіх "
        "полонених за формулою «всіх на всіх»."
    )
    offer = only(document, "AGREE")
    assert (offer.mode, countries(document, offer.source), countries(document, offer.target)) == ("offer", {"UKR"}, {"RUS"})
    assert not events_of(document, "RETREAT")


def test_a_protest_or_condemnation_of_a_thing_a_country_adjective_names_is_aimed_at_that_country() -> None:
    document = coded(
        "Філіппіни звинуватили Китай у будівництві штучного острова. У понеділок біля мерії в Пасаї кілька сотень "
        "рибалок протестували проти китайської присутності біля рифу. Японія засудила китайську присутність у протоці."
    )
    protest = only(document, "PROTEST")
    assert countries(document, protest.source) == {"PHL"} and countries(document, protest.target) == {"CHN"}
    condemned = [e for e in events_of(document, "DISAPPROVE") if e.trigger.text == "засудила"]
    assert len(condemned) == 1 and countries(document, condemned[0].target) == {"CHN"}


def test_concern_told_first_is_about_the_side_named_with_it() -> None:
    document = coded(
        "Індія скасувала транзит для сусідів, а Китай запропонував свої порти. Стурбованість рішенням Нью-Делі "
        "висловили також Непал і Бутан."
    )
    concern = only(document, "DISAPPROVE")
    assert countries(document, concern.source) == {"NPL", "BTN"} and countries(document, concern.target) == {"IND"}


def test_aid_promised_as_an_object_is_that_aid_to_come() -> None:
    document = coded("Міністр оборони Японії пообіцяв Манілі допомогу в охороні узбережжя.")
    aid = only(document, "AID")
    assert countries(document, aid.source) == {"JPN"} and countries(document, aid.target) == {"PHL"}
    assert aid.modality == "future" and not events_of(document, "AGREE")
    # support promised is no aid: it stays a promise
    document = coded("Міністр оборони Японії пообіцяв Манілі підтримку.")
    assert not events_of(document, "AID") and only(document, "AGREE").mode == "promise"


def test_a_crowd_on_a_town_s_streets_protests_there_and_the_guard_disperses_the_march() -> None:
    document = coded("У вівторок тисячі прихильників опозиції вийшли на вулиці Каракаса. Увечері поліція Венесуели розігнала ходу.")
    protest = only(document, "PROTEST")
    assert countries(document, protest.source) == {"VEN"}
    coercion = only(document, "COERCE")
    assert coercion.mode == "disperse" and countries(document, coercion.source) == {"VEN"}


def test_a_demand_to_set_people_free_is_made_of_whoever_holds_them() -> None:
    document = coded(
        "Поліція кантону Цюрих затримала громадянина КНР, якого американська прокуратура звинувачує у зламі мереж. "
        "Речниця МЗС КНР назвала звинувачення вигаданими й зажадала негайно його звільнити."
    )
    demand = only(document, "DEMAND")
    assert countries(document, demand.source) == {"CHN"} and countries(document, demand.target) == {"CHE"}
    # (one named before the release verb is whom it is made of)
    document = coded("Поліція Грузії затримала активістів. Генсек ООН закликав Ізраїль звільнити затриманих.")
    assert countries(document, only(document, "DEMAND").target) == {"ISR"}


def test_recalling_one_s_own_envoy_from_a_capital_is_aimed_at_the_host() -> None:
    document = coded("Ізраїль затримав флотилію. Міністр закордонних справ Туреччини відкликав турецького посла з Тель-Авіва.")
    recall = only(document, "SANCTION")
    assert countries(document, recall.source) == {"TUR"} and countries(document, recall.target) == {"ISR"}


def test_anything_offered_to_another_side_named_in_the_dative_is_an_offer() -> None:
    document = coded("Японія запропонувала В'єтнаму ще дві тисячі стипендій для студентів.")
    offer = only(document, "AGREE")
    assert offer.mode == "offer"
    assert countries(document, offer.source) == {"JPN"} and countries(document, offer.target) == {"VNM"}
    # (an offer that names no other side is none)
    assert not coded("Японія запропонувала нові стипендії для студентів.").events


def test_a_proposal_accepted_answers_whoever_made_it() -> None:
    document = coded("Швейцарія запропонувала провести переговори в Женеві. У Єревані на пропозицію погодилися.")
    accepted = [e for e in events_of(document, "AGREE") if e.trigger.text == "погодилися"]
    assert len(accepted) == 1 and accepted[0].mode == "accept"
    assert countries(document, accepted[0].source) == {"ARM"} and countries(document, accepted[0].target) == {"CHE"}


def test_a_unit_named_over_its_force_acts_for_that_force() -> None:
    document = coded("Загін кораблів Північного флоту Росії провів навчання біля узбережжя Ірландії.")
    drills = only(document, "MOBILIZE")
    assert countries(document, drills.source) == {"RUS"}


def test_money_owed_or_joint_work_withheld_is_an_aid_cut() -> None:
    document = coded("Уряд Ізраїлю вирішив заморозити передачу Палестинській національній адміністрації податкових надходжень.")
    cut = only(document, "SANCTION")
    assert cut.mode == "aid-cut" and countries(document, cut.source) == {"ISR"} and countries(document, cut.target) == {"PSE"}
    document = coded("Прем'єр-міністр ПНА Самір Хаддад оголосив, що Рамалла припиняє безпекову координацію з Ізраїлем.")
    assert only(document, "SANCTION").mode == "aid-cut"


def test_a_wanted_person_handed_over_is_judicial_cooperation() -> None:
    for text in (
        "Албанія видала Бельгії ватажка наркомережі.",
        "Колумбія екстрадувала до Еквадору лідера банди.",
        "Федеральне відомство юстиції Швейцарії схвалило екстрадицію хакера до Сполучених Штатів.",
    ):
        document = coded(text)
        handed = only(document, "COOPERATE")
        assert handed.mode == "judicial" and len(countries(document, handed.source + handed.target)) == 2, text
    # (refused, it stays a rebuff; a warrant issued is no extradition)
    assert only(coded("Грузія не видасть Росії свого громадянина."), "REJECT")
    assert not events_of(coded("Суд видав Бельгії ордер на арешт лідера банди."), "COOPERATE")


def test_custody_kept_is_an_arrest() -> None:
    document = coded("Суд у Роттердамі в середу залишив під вартою на 14 днів шістьох громадян Албанії.")
    custody = only(document, "COERCE")
    assert custody.mode == "arrest" and countries(document, custody.target) == {"ALB"}


def test_talks_told_as_the_setting_of_another_act_are_held_by_its_sides() -> None:
    document = coded("Президент Франції Еммануель Макрон у середу подякував президенту Туреччини під час телефонної розмови.")
    call = only(document, "CONSULT")
    assert call.mode == "phone" and countries(document, call.source + call.target) == {"FRA", "TUR"}
    document = coded("Під час зустрічі в Анкарі прем'єр-міністр Польщі подякував президенту Туреччини за підтримку.")
    assert countries(document, only(document, "CONSULT").source) == {"POL"}
    # (talks with partners of their own, or talks of their own topic, are not the act's setting)
    assert not events_of(coded("Під час зустрічі з журналістами прем'єр-міністр Польщі подякував Туреччині за підтримку."), "CONSULT")
    assert not events_of(
        coded("Речниця МЗС Росії закликала Японію відмовитися від санкцій під час переговорів про квоти на вилов риби."), "CONSULT"
    )


def test_help_asked_of_other_states_is_a_request() -> None:
    document = coded("У неділю уряд Тонги звернувся по допомогу до Австралії та Нової Зеландії.")
    request = only(document, "DEMAND")
    assert request.mode == "request" and countries(document, request.target) == {"AUS", "NZL"}


def test_naming_an_act_a_crime_is_an_accusation() -> None:
    document = coded("Сейм Литви визнав дії Росії геноцидом українського народу.")
    accusation = only(document, "DISAPPROVE")
    assert accusation.mode == "accuse" and countries(document, accusation.source) == {"LTU"}
    assert countries(document, accusation.target) == {"RUS"}
    # (independence recognised stays support)
    assert only(coded("Литва визнала незалежність Косова."), "SUPPORT").mode == "recognize"


def test_a_border_crossing_closed_restricts() -> None:
    document = coded("Китай у вівторок закрив прикордонний перехід з Монголією.")
    closure = only(document, "COERCE")
    assert closure.mode == "restrict" and countries(document, closure.target) == {"MNG"}


def test_anything_handed_to_another_side_named_in_the_dative_is_aid() -> None:
    document = coded("Речник МЗС Франції повідомив, що Париж до кінця року передасть Лівану два мобільні сканери.")
    aid = only(document, "AID")
    assert countries(document, aid.source) == {"FRA"} and countries(document, aid.target) == {"LBN"}
    # (a note, a list or people handed over are no aid)
    assert not events_of(coded("Київ передав Москві списки полонених."), "AID")
    assert not events_of(coded("Росія передала Україні тіла загиблих військових."), "AID")


def test_a_burnt_effigy_or_flag_is_a_protest_against_whose_it_is() -> None:
    document = coded("Демонстранти в Тегерані спалили прапори США та Ізраїлю.")
    protest = only(document, "PROTEST")
    assert countries(document, protest.target) == {"USA", "ISR"}


def test_a_ban_brought_in_on_another_country_s_goods_is_a_sanction() -> None:
    document = coded("Ліван протестує. Ер-Ріяд запровадив безстрокову заборону на ввезення ліванських фруктів і овочів.")
    ban = only(document, "SANCTION")
    assert countries(document, ban.source) == {"SAU"} and countries(document, ban.target) == {"LBN"}


def test_citizens_of_a_state_are_held_abroad_by_the_story_s_country() -> None:
    document = coded("У Тонзі тривають заворушення. Поліція затримала двох громадян КНР.")
    arrest = only(document, "COERCE")
    assert countries(document, arrest.source) == {"TON"} and countries(document, arrest.target) == {"CHN"}


def test_protesters_held_are_the_acting_state_s_own_people() -> None:
    document = coded("У Тонзі тривають погроми. За дві ночі правоохоронці Тонги затримали 63 учасників погромів.")
    arrest = only(document, "COERCE")
    assert countries(document, arrest.target) == {"TON"}
    # (members of a spy ring are not protesters)
    document = coded("Служба безпеки України затримала учасників агентурної мережі угорської розвідки.")
    assert countries(document, only(document, "COERCE").target) != {"UKR"}


def test_a_country_s_name_opens_no_longer_place() -> None:
    document = coded("У столиці Тонги Нукуалофі тривають заворушення.")
    names = {e.name: e.country for e in document.entities}
    assert names.get("Тонга") == "TON" and names.get("Нукуалофа") == "TON"


def test_a_fine_imposed_on_another_side_s_people_coerces() -> None:
    document = coded("Ісландія затримала британський траулер. Суд Ісландії оштрафував капітана траулера з Великої Британії.")
    fine = [e for e in events_of(document, "COERCE") if e.mode == "fine"]
    assert len(fine) == 1 and countries(document, fine[0].source) == {"ISL"}
