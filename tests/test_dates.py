"""Dates: Ukrainian temporal expressions resolved to TIMEX3-style values, on sentences written for each rule."""

from __future__ import annotations

import pytest

from litopys import dates, language
from litopys.doc import Document, Mention
from litopys.pipeline import analyze_text

from .conftest import SEED, need

DCT = "2023-08-31"  # a Thursday


def analyse(text: str, published: str | None = DCT) -> Document:
    document = Document(text=text, published=published)
    language.analyse(document)
    return dates.normalise(document)


def timex(text: str, expression: str, published: str | None = DCT):
    """The one timex whose text is ``expression``."""
    document = analyse(text, published)
    matches = [t for t in document.timexes if t.text == expression]
    assert matches, f"{expression!r} not found; found {[(t.text, t.value) for t in document.timexes]}"
    return matches[0]


@pytest.mark.parametrize(
    ("sentence", "expression", "value", "granularity"),
    [
        ("Зустріч відбулася 26 липня у Києві.", "26 липня", "2023-07-26", "day"),
        ("Угоду підписали 13 липня 2022 року.", "13 липня 2022 року", "2022-07-13", "day"),
        ("Переговори почалися у січні 2023 року.", "січні 2023 року", "2023-01", "month"),
        ("Вже в березні сторони домовилися.", "березні", "2023-03", "month"),
        ("Делегація перебувала там 25–27 липня.", "25–27 липня", "2023-07-25/2023-07-27", "interval"),
        ("Делегація перебувала там 25-27 липня.", "25-27 липня", "2023-07-25/2023-07-27", "interval"),
        ("Форум пройшов з 25 по 27 липня.", "з 25 по 27 липня", "2023-07-25/2023-07-27", "interval"),
        ("У середу, 26 липня, міністр прибув до Берліна.", "середу, 26 липня", "2023-07-26", "day"),
        ("Документ датовано 26.07.2023.", "26.07.2023", "2023-07-26", "day"),
        ("Звіт за 2023 р. оприлюднили.", "2023 р.", "2023", "year"),
        ("У 2022 році економіка впала.", "2022 році", "2022", "year"),
        ("Минулого місяця ціни зросли.", "Минулого місяця", "2023-07", "month"),
        ("Цього тижня уряд збереться.", "Цього тижня", "2023-W35", "week"),
        ("Вчора президент виступив.", "Вчора", "2023-08-30", "day"),
        ("Сьогодні він поїде до Львова.", "Сьогодні", "2023-08-31", "day"),
        ("Позавчора прем'єр заявив про відставку.", "Позавчора", "2023-08-29", "day"),
        ("Наступного тижня делегація прибуде.", "Наступного тижня", "2023-W36", "week"),
        ("Минулого року інфляція сягнула піку.", "Минулого року", "2022", "year"),
        ("Рішення ухвалять у найближчі місяці.", "у найближчі місяці", "FUTURE_REF", "vague"),
        ("На початку березня ситуація загострилася.", "На початку березня", "2023-03", "month"),
        ("Наприкінці 2022 року уряд змінився.", "Наприкінці 2022 року", "2022", "year"),
        ("У середині липня почалися дощі.", "У середині липня", "2023-07", "month"),
        ("Навесні ворог активізувався.", "Навесні", "2023-SP", "season"),
        ("Два тижні тому стався вибух.", "Два тижні тому", "2023-W33", "week"),
        ("Через місяць відбудуться вибори.", "Через місяць", "2023-09", "month"),
        ("24 лютого 2022 року Росія напала на Україну.", "24 лютого 2022 року", "2022-02-24", "day"),
        ("1-го вересня діти пішли до школи.", "1-го вересня", "2022-09-01", "day"),
        ("Це сталося 19 травня цього року.", "19 травня цього року", "2023-05-19", "day"),
        ("У березні минулого року уряд пішов у відставку.", "березні минулого року", "2022-03", "month"),
        ("Першого вересня відкрилася сесія.", "Першого вересня", "2022-09-01", "day"),
        ("З 2014 року триває війна.", "З 2014 року", "2014/..", "interval"),
        ("З 2014-го Крим окупований.", "З 2014-го", "2014/..", "interval"),
        ("У 2022–2023 роках обсяг зріс.", "2022–2023 роках", "2022/2023", "interval"),
        ("З січня по березень 2023 року тривали переговори.", "З січня по березень 2023 року", "2023-01/2023-03",
         "interval"),
        ("З 25 липня по 3 серпня тривав візит.", "З 25 липня по 3 серпня", "2023-07-25/2023-08-03", "interval"),
        ("У 1990-х роках країна змінилася.", "1990-х роках", "199", "decade"),
        ("Минулої неділі відбувся мітинг.", "Минулої неділі", "2023-08-27", "day"),
        ("Цього літа було спекотно.", "Цього літа", "2023-SU", "season"),
        ("Торік ВВП знизився.", "Торік", "2022", "year"),
        ("Протягом двох тижнів тривали бої.", "двох тижнів", "P2W", "duration"),
        ("Рік тому все почалося.", "Рік тому", "2022", "year"),
        ("Півроку тому ситуація була іншою.", "Півроку тому", "2023-02", "month"),
        ("У першій половині 2023 року експорт зріс.", "У першій половині 2023 року", "2023-H1", "part"),
        ("У третьому кварталі 2022 року експорт впав.", "У третьому кварталі 2022 року", "2022-Q3", "part"),
        ("Звіт за I півріччя 2023 року оприлюднили.", "за I півріччя 2023 року", "2023-H1", "part"),
        ("У ІІ кварталі 2023 року ВВП зріс.", "У ІІ кварталі 2023 року", "2023-Q2", "part"),
        ("Вчора ввечері було тихо.", "Вчора ввечері", "2023-08-30TEV", "time"),
        ("Нарада почнеться сьогодні о 15:00.", "сьогодні о 15:00", "2023-08-31T15:00", "time"),
        ("У ніч на 26 липня росіяни атакували Одесу.", "ніч на 26 липня", "2023-07-26", "day"),
        ("В ніч з 25 на 26 липня росіяни атакували Одесу.", "ніч з 25 на 26 липня", "2023-07-26", "day"),
        ("Вибори призначено на 31 березня 2024 року.", "31 березня 2024 року", "2024-03-31", "day"),
        ("Указ підписано 2023-07-26 у Києві.", "2023-07-26", "2023-07-26", "day"),
        ("Закон ухвалили у жовтні 2022-го.", "жовтні 2022-го", "2022-10", "month"),
        ("Станом на 1 березня загинули 100 людей.", "1 березня", "2023-03-01", "day"),
        ("29 грудня стався масований удар.", "29 грудня", "2022-12-29", "day"),
        ("Наприкінці минулого року уряд пішов у відставку.", "Наприкінці минулого року", "2022", "year"),
        ("За останні місяці ситуація погіршилася.", "За останні місяці", "PAST_REF", "vague"),
        ("Нині триває контрнаступ.", "Нині", "PRESENT_REF", "vague"),
        ("Засідання переносили у 2019 р. двічі.", "2019 р.", "2019", "year"),
        ("Документ від 21.02.2018 року зник.", "21.02.2018 року", "2018-02-21", "day"),
        ("Це було на початку 2012 р . в Україні.", "на початку 2012 р .", "2012", "year"),
        ("Храм руйнували у 1994, 1997 і 2005 роках.", "1997", "1997", "year"),
        ("Він був депутатом міськради (2006-2010), а потім пішов у бізнес.", "2006-2010", "2006/2010", "interval"),
        ("Він працював там у 2007-2011 рр. заступником.", "2007-2011 рр.", "2007/2011", "interval"),
        ("Потім був 1917 рік, у 1918 — нова держава.", "1918", "1918", "year"),
        ("Собор збудували у XVIII столітті.", "XVIII столітті", "17", "century"),
        ("У 90-х роках завод закрили.", "90-х роках", "199", "decade"),
        ("Нарада почнеться о десятій ранку.", "десятій ранку", "2023-08-31T10:00", "time"),
        ("Зустріч перенесли на п'яту вечора, о п'ятій вечора усі зібралися.", "п'ятій вечора", "2023-08-31T17:00",
         "time"),
        ("Засідання почнеться о 17:00.", "17:00", "2023-08-31T17:00", "time"),
        ("Станом на 10:00 25 серпня загинули двоє людей.", "10:00 25 серпня", "2023-08-25T10:00", "time"),
        ("Вибухи пролунали о 5 ранку, а тривогу скасували о 7 вечора.", "7 вечора", "2023-08-31T19:00", "time"),
        ("Щороку фестиваль збирає тисячі людей.", "Щороку", "P1Y", "set"),
        ("За останні п'ять років ціни зросли вдвічі.", "останні п'ять років", "P5Y", "duration"),
        ("Контракт продовжили на три роки.", "три роки", "P3Y", "duration"),
        ("Протягом кількох років нічого не змінилося.", "кількох років", "PXY", "duration"),
        ("Перерва триває 15 хв щодня.", "15 хв", "PT15M", "duration"),
        ("Через кілька днів усе вирішиться.", "Через кілька днів", "FUTURE_REF", "vague"),
        ("Сьогодні, 30 серпня, в МВС заявили про затримання.", "Сьогодні, 30 серпня", "2023-08-30", "day"),
        ("Вранці 26 липня росіяни вдарили по Одесі.", "Вранці 26 липня", "2023-07-26TMO", "time"),
        ("У середу ввечері відбулася нарада.", "середу ввечері", "2023-08-30TEV", "time"),
        ("На вихідних у місті пройшов фестиваль.", "вихідних", "2023-W34-WE", "week"),
        ("Минулих вихідних було тихо.", "Минулих вихідних", "2023-W34-WE", "week"),
        ("У ніч на четвер ворог атакував Київ ракетами.", "ніч на четвер", "2023-08-31TNI", "time"),
        ("Минулої ночі окупанти атакували Київ дронами.", "Минулої ночі", "2023-08-30TNI", "time"),
        ("За минулу добу ворог здійснив 40 обстрілів.", "минулу добу", "2023-08-30", "day"),
        ("Понад рік тому почалася операція.", "Понад рік тому", "2022", "year"),
        ("В останні дні липня температура зросла.", "В останні дні липня", "2023-07", "month"),
        ("У першому півріччі 2023 року ВВП зріс.", "У першому півріччі 2023 року", "2023-H1", "part"),
        ("Напередодні президент провів нараду.", "Напередодні", "2023-08-30", "day"),
        ("Київ, 26 липня 2023, 14:35. Новина оновлюється.", "26 липня 2023, 14:35", "2023-07-26T14:35", "time"),
        ("Загалом від початку року знищено 300 танків.", "від початку року", "2023/..", "interval"),
        ("Це найпотужніший удар з початку осені.", "з початку осені", "2023-FA/..", "interval"),
        ("На початку осені уряд ухвалить рішення.", "На початку осені", "2023-FA", "season"),
        ("Кінець 2022 року виявився важким.", "Кінець 2022 року", "2022", "year"),
        ("Завод запрацює до середини 2024 року.", "до середини 2024 року", "2024", "year"),
        ("Позаминулого тижня відбувся обмін полоненими.", "Позаминулого тижня", "2023-W33", "week"),
        ("Нараду провели 5 сiчня (з латинською i).", "5 сiчня", "2023-01-05", "day"),
        ("З початку повномасштабного вторгнення загинули тисячі людей.", "З початку повномасштабного вторгнення",
         "2022-02-24/..", "interval"),
        ("До повномасштабної війни завод працював.", "До повномасштабної війни", "../2022-02-24", "interval"),
    ],
)
def test_expression_values(sentence: str, expression: str, value: str, granularity: str) -> None:
    found = timex(sentence, expression)
    assert (found.value, found.granularity) == (value, granularity)


def test_offsets_are_exact() -> None:
    text = "Як повідомлялося, 13 липня 2022 року уряд заявив, що з 2014 року ситуація змінилася."
    document = analyse(text)
    assert document.timexes
    for found in document.timexes:
        assert text[found.start : found.end] == found.text


def test_modifiers_keep_value_and_mark_mod() -> None:
    assert timex("На початку березня ситуація загострилася.", "На початку березня").mod == "START"
    assert timex("У середині липня почалися дощі.", "У середині липня").mod == "MID"
    assert timex("Наприкінці 2022 року уряд змінився.", "Наприкінці 2022 року").mod == "END"
    assert timex("Бюджет виконають до кінця року.", "до кінця року").value == "2023"


@pytest.mark.parametrize(
    "sentence",
    [
        "Дві компанії отримали 12 ракет від союзників.",
        "Лідери країн G7 зібралися в Японії.",
        "Ціни зросли на 15% за квартал.",
        "Ст. 5 Вашингтонського договору передбачає колективну оборону.",
        "У місті мешкає 2023 людини, а в селі 1990.",
        "Він отримав 2 голоси з 25.",
        "Середовище проєкту змінилося, а лютий мороз ударив по врожаю.",
        "Згідно з ч. 9 ст. 149 Земельного кодексу та п. 5 ст. 3 закону.",
        "Вони пішли на південь, а одного дня повернулися.",
        "Протягом минулих років та в ці дні країна змінилася.",
        "Рахунок матчу 2:1, а ціна зросла до 1990, а не до 2000.",
    ],
)
def test_numbers_that_are_not_dates(sentence: str) -> None:
    assert analyse(sentence).timexes == []


def test_chronology_carries_the_year_forward() -> None:
    text = (
        "Ще 13 липня 2022 року країна визнала так звані республіки. "
        "Натомість у січні 2023 року посол виступив у Радбезі. "
        "Вже в березні постачання припинилися. Але у квітні Британія висловила протест. "
        "12 червня лідер наголосив на співпраці."
    )
    document = analyse(text)
    got = {t.text: (t.value, t.anchor) for t in document.timexes}
    assert got["13 липня 2022 року"] == ("2022-07-13", "absolute")
    assert got["січні 2023 року"] == ("2023-01", "absolute")
    assert got["березні"] == ("2023-03", "narrative")
    assert got["квітні"] == ("2023-04", "narrative")
    assert got["12 червня"] == ("2023-06-12", "narrative")


def test_explicit_year_moves_the_narrative_anchor() -> None:
    text = "У 2021 році компанія відкрила завод. У травні вона найняла сто людей."
    assert timex(text, "травні").value == "2021-05"


def test_past_report_never_lands_after_the_dct() -> None:
    # The narrative would place "5 жовтня" after 2023-08-01, but a past-tense report cannot: it is 2022.
    text = "1 серпня 2023 року уряд заявив про реформу. 5 жовтня міністр подав у відставку."
    assert timex(text, "5 жовтня", published="2023-08-20").value == "2022-10-05"


def test_day_month_takes_year_before_the_dct_for_past_reports() -> None:
    found = timex("27 грудня президент підписав закон.", "27 грудня", published="2024-01-10")
    assert (found.value, found.anchor) == ("2023-12-27", "dct")


def test_future_tense_places_month_after_the_dct() -> None:
    found = timex("Делегація відвідає Пекін у січні.", "січні")
    assert (found.value, found.future) == ("2024-01", True)
    assert timex("Уряд планує ухвалити бюджет у жовтні.", "жовтні").value == "2023-10"


def test_weekday_follows_tense() -> None:
    past = timex("У понеділок посол заявив про протест.", "понеділок")
    future = timex("У понеділок посол заявить про протест.", "понеділок")
    assert (past.value, past.future) == ("2023-08-28", False)
    assert (future.value, future.future) == ("2023-09-04", True)
    assert timex("Наступного понеділка почнеться сесія.", "Наступного понеділка").value == "2023-09-04"


def test_the_verb_of_the_timex_s_own_clause_gives_its_tense() -> None:
    # "пообіцяв" is nearer, but "з 1 лютого" belongs to "збільшить", past ", що"
    found = timex("Міністр пообіцяв, що з 1 лютого Болгарія збільшить постачання газу.", "з 1 лютого")
    assert found.value.startswith("2024-02-01")
    assert timex("Прем'єр заявив, що 5 серпня армія відбила напад.", "5 серпня").value == "2023-08-05"


def test_future_flag_and_anchor() -> None:
    assert timex("Наступного тижня делегація прибуде.", "Наступного тижня").future is True
    assert timex("Через два дні відбудеться саміт.", "Через два дні").value == "2023-09-02"
    vague = timex("Обговорення може продовжитися у найближчі місяці.", "у найближчі місяці")
    assert (vague.future, vague.granularity) == (True, "vague")
    assert timex("Вчора президент виступив.", "Вчора").anchor == "dct"


def test_narrative_relative_days() -> None:
    text = "5 червня 2023 року почалася операція. Наступного дня військові звільнили село."
    found = timex(text, "Наступного дня")
    assert (found.value, found.anchor) == ("2023-06-06", "narrative")


def test_the_eve_of_a_named_event_is_no_day_before() -> None:
    text = "5 червня 2023 року уряд ухвалив закон. Напередодні парламентських виборів опозиція скликала мітинг."
    assert [t.text for t in analyse(text).timexes] == ["5 червня 2023 року"]
    text = "5 червня 2023 року уряд ухвалив закон. Напередодні ввечері опозиція скликала мітинг."
    assert timex(text, "Напередодні").value == "2023-06-04"
    assert timex("5 червня 2023 року уряд ухвалив закон. Напередодні опозиція скликала мітинг.", "Напередодні").value == "2023-06-04"


def test_clock_time_takes_the_day_of_its_sentence() -> None:
    text = "Вибухи пролунали 5 червня, о 03:40 за київським часом."
    assert timex(text, "5 червня, о 03:40").value == "2023-06-05T03:40"
    assert timex("Нарада почнеться о 15:00.", "15:00").value == "2023-08-31T15:00"


def test_coordinated_days_share_the_month() -> None:
    document = analyse("Обстріли тривали 3, 4 та 5 серпня.")
    assert [t.value for t in document.timexes] == ["2023-08-03", "2023-08-04", "2023-08-05"]
    assert [t.text for t in document.timexes] == ["3", "4", "5 серпня"]


def test_since_a_day_is_an_open_interval() -> None:
    found = timex("Новий закон діє з 1 вересня.", "з 1 вересня")
    assert (found.value, found.granularity) == ("2023-09-01/..", "interval")


def test_published_datetime_is_read_as_a_date() -> None:
    assert timex("Вчора уряд зібрався.", "Вчора", published="2023-08-31T09:15:00+03:00").value == "2023-08-30"
    assert timex("Вчора уряд зібрався.", "Вчора", published="31 серпня 2023 року").value == "2023-08-30"


def test_dct_is_inferred_from_the_latest_explicit_date() -> None:
    text = (
        "Про це стало відомо 30 серпня. Ще 13 липня 2022 року країна визнала так звані республіки. "
        "У січні 2023 року посол виступив. 15 серпня держдеп заявив про порушення. Вчора Пхеньян відповів."
    )
    document = analyse(text, published=None)
    assert document.dct_inferred is True
    assert document.published == "2023-08-30"
    got = {t.text: t.value for t in document.timexes}
    assert got["30 серпня"] == "2023-08-30"
    assert got["15 серпня"] == "2023-08-15"
    assert got["Вчора"] == "2023-08-29"


def test_without_any_date_relative_expressions_stay_unresolved() -> None:
    document = analyse("Вчора уряд зібрався на засідання.", published=None)
    assert document.dct_inferred is False and document.published is None
    assert [(t.text, t.value) for t in document.timexes] == [("Вчора", None)]


def test_statistical_spans_add_what_rules_miss_and_never_replace_them() -> None:
    text = "Місяць тому, у травні, Рада збиралася. Це сталося в перші дні війни, 26 липня."
    document = Document(text=text, published=DCT)
    language.analyse(document)
    rule_only = {(t.start, t.end, t.value) for t in dates.normalise(document).timexes}
    missed = "перші дні війни"
    start = text.index(missed)
    covered = text.index("26 липня")
    document.ner_spans = [
        Mention(start, start + len(missed), missed, label="DATE", source="model"),
        Mention(covered - 2, covered + 8, text[covered - 2 : covered + 8], label="DATE", source="model"),
        Mention(0, 6, "Місяць", label="PERS", source="model"),
    ]
    dates.normalise(document)
    found = {(t.start, t.end, t.value) for t in document.timexes}
    assert rule_only <= found
    model = [t for t in document.timexes if t.anchor == "model"]
    assert [(t.text, t.value) for t in model] == [(missed, None)]


def test_statistical_span_with_a_month_is_resolved() -> None:
    text = "Саміт відбувся, здається, травня."
    document = Document(text=text, published=DCT)
    language.analyse(document)
    start = text.index("травня")
    span = "травня"
    document.ner_spans = [Mention(start, start + len(span), span, label="DATE", source="model")]
    dates.normalise(document)
    assert [(t.text, t.value) for t in document.timexes] == [(span, "2023-05")]


def test_seed_without_published_still_finds_26_july() -> None:
    document = analyse(need(SEED).read_text(encoding="utf-8"), published=None)
    assert "2023-07-26" in {t.value for t in document.timexes}
    assert document.dct_inferred is True


def test_seed_acceptance(seed_analysis) -> None:
    values = {t.value for t in seed_analysis.timexes}
    expected = {
        "2022-07-13", "2023-01", "2023-03", "2023-04", "2023-06-12", "2023-07-25/2023-07-27", "2023-07-26",
        "2023-07-27", "2023-08-06", "2023-08-10", "2023-08-14", "2023-08-15", "2023-08-30",
    }
    assert expected <= values, expected - values
    by_text = {t.text: t.value for t in seed_analysis.timexes}
    assert by_text["минулого місяця"] == "2023-07"
    assert by_text["у найближчі місяці"] == "FUTURE_REF"


def test_inferred_dct_counts_explicit_years_and_months() -> None:
    text = "Село згадується з 1783 року. 18 лютого 1939 року відкрили школу. У 1991 році її перебудували."
    document = analyse(text, published=None)
    assert (document.published, document.dct_inferred) == ("1991-01-01", True)


def test_future_mentions_do_not_infer_the_dct() -> None:
    text = "15 серпня 2023 року уряд ухвалив план. У 2025 році міністерство планує завершити реформу."
    document = analyse(text, published=None)
    assert document.published == "2023-08-15"


def test_an_expression_never_crosses_a_line_break() -> None:
    document = analyse("Розділ 26\nлипня нічого не сталося.")
    assert document.timexes == []


def test_long_lists_of_numbers_are_not_dates() -> None:
    document = analyse(", ".join(str(1990 + i % 30) for i in range(3000)) + " " * 500 + "липня")
    assert document.timexes == []


def test_a_document_dated_from_a_day_is_not_an_interval() -> None:
    found = timex("Указ від 5 серпня 2023 року набув чинності.", "5 серпня 2023 року")
    assert (found.value, found.granularity) == ("2023-08-05", "day")
    assert timex("Ціни зростали від 2014 до 2016 року.", "від 2014 до 2016 року").value == "2014/2016"


def test_published_in_words_is_rewritten_as_an_iso_date() -> None:
    assert analyse("Вчора уряд зібрався.", published="31 серпня 2023 року").published == "2023-08-31"
    assert analyse("Вчора уряд зібрався.", published="2023-08-31T09:15:00+03:00").published.startswith("2023-08-31T")


def test_a_past_report_after_a_future_plan_falls_back_to_the_dct() -> None:
    text = "Засідання Ради ЄС заплановане на 21-22 березня. Востаннє подібна атака була три тижні тому, 12 лютого."
    assert timex(text, "12 лютого", published="2024-03-07").value == "2024-02-12"
    assert timex(text, "21-22 березня", published="2024-03-07").value == "2024-03-21/2024-03-22"


def test_a_bare_year_anchors_only_its_own_paragraph() -> None:
    text = "У 2014 році Росія окупувала Крим. У травні почалася війна на Донбасі.\n26 серпня Шойгу прибув до Пхеньяна."
    document = analyse(text)
    got = {t.text: (t.value, t.anchor) for t in document.timexes}
    assert got["травні"] == ("2014-05", "narrative")
    assert got["26 серпня"] == ("2023-08-26", "dct")


def test_a_dated_day_carries_across_paragraphs() -> None:
    text = "13 липня 2022 року країна визнала республіки.\nУ вересні посол виступив у Радбезі."
    assert timex(text, "вересні").value == "2022-09"


def test_a_weekday_picks_the_year_it_fits() -> None:
    # 14 листопада was a Tuesday in 2023, not in 2022; the DCT alone would say 2022 for a past report.
    found = timex("Міністр у вівторок, 14 листопада, прибув до Києва.", "вівторок, 14 листопада", "2023-11-10")
    assert found.value == "2023-11-14"


def test_a_date_apposed_to_a_relative_weekday_keeps_its_day() -> None:
    # "минулого вівторка" and "вівторка, 4 липня" are as long; the date alone still stands beside the first
    text = "Угоду, за словами міністра, підписали минулого вівторка, 4 липня, у Варшаві."
    assert timex(text, "4 липня", "2023-07-12").value == "2023-07-04"


def test_dct_inference_does_not_drift_from_its_own_guesses() -> None:
    text = "У 2019 році уряд ухвалив план.\nЗакон ухвалили 1 липня.\nУ травні Спілка висловила протест."
    document = analyse(text, published=None)
    assert document.published == "2019-01-01"
    assert {t.text: t.value for t in document.timexes}["травні"] in ("2019-05", "2018-05")


def test_a_month_counts_to_its_end_when_inferring() -> None:
    text = "Ще у липні 2018 року ми підписали меморандум, у вересні його ратифікували.\n29 листопада відбулася презентація."
    document = analyse(text, published=None)
    assert document.published == "2018-11-29"


def test_anaphoric_and_narrative_years() -> None:
    text = (
        "У 2014 році він очолив міністерство. Наступного року він став прем'єром. Того ж року уряд пішов у відставку.\n"
        "У липні 2018 року ми підписали меморандум, а у вересні того ж року його ратифікували.\n"
        "Наступного року уряд планує реформу."
    )
    document = analyse(text)
    got = [(t.text, t.value, t.anchor) for t in document.timexes]
    assert ("Наступного року", "2015", "narrative") in got
    assert ("Того ж року", "2015", "narrative") in got
    assert ("вересні того ж року", "2018-09", "narrative") in got
    assert ("Наступного року", "2024", "dct") in got


def test_a_since_date_with_a_year_anchors_the_narrative() -> None:
    text = "Колективізація почалася з січня 1930 р. і тривала до початку березня."
    assert timex(text, "до початку березня").value == "1930-03"


def test_a_weekday_is_the_day_that_napered_odni_counts_back_from() -> None:
    text = "У вівторок міністри зустрілися в Берліні. Напередодні прем'єр звинуватив сусідів в обстрілі."
    assert timex(text, "Напередодні", published="2023-12-06").value == "2023-12-04"


def test_a_count_of_weeks_after_another_event_is_not_counted_from_today() -> None:
    document = analyse("Візит відбувся через шість тижнів після поїздки до Москви.", published="2024-08-24")
    assert all(not t.value.startswith("2024-W") for t in document.timexes)
    assert timex("Переговори відбудуться через два тижні.", "через два тижні", published="2024-08-24").value == "2024-W36"


def test_a_planned_meeting_lies_ahead_whatever_verb_reports_it() -> None:
    found = timex("Зустріч прем'єрів запланована на 5 вересня, повідомив речник уряду.", "5 вересня")
    assert found.value == "2023-09-05"


def test_a_month_between_an_agreement_and_what_was_agreed_lies_ahead() -> None:
    found = timex("Лідери у вівторок домовилися вже в листопаді провести засідання комісії.", "листопаді", published="2032-09-29")
    assert found.value == "2032-11"


def test_a_clock_time_takes_the_day_named_earlier_in_its_paragraph() -> None:
    text = "Учора ввечері на кордоні сталася перестрілка. За даними армії, близько 21:15 пролунали вибухи."
    assert timex(text, "21:15").value == "2023-08-30T21:15"


def test_the_same_day_is_the_last_day_named_not_a_month_told_since() -> None:
    text = "Уряд у вівторок звинуватив Москву в атаці. Атаку готували з початку серпня. Того ж дня викликали посла."
    assert timex(text, "Того ж дня").value == "2023-08-29"


def test_since_a_month_with_no_verb_looks_back() -> None:
    found = timex("У вівторок США завдали ударів по Ємену. Це перші удари з березня.", "з березня", "2027-07-21")
    assert found.value == "2027-03/.."


def test_a_day_told_after_sche_is_a_look_back_for_its_own_paragraph_only() -> None:
    document = analyze_text(
        "У вівторок уряд Японії запровадив санкції проти КНДР. Про такий намір прем'єр попереджав ще минулого "
        "четверга, а наступного дня його підтримав парламент.\n\nТого ж дня Південна Корея теж запровадила санкції.",
        published="2028-05-31",
    )
    values = {t.text: t.value for t in document.timexes}
    assert values["минулого четверга"] == "2028-05-25"
    assert values["наступного дня"] == "2028-05-26"
    assert values["Того ж дня"] == "2028-05-30"


def test_the_same_evening_is_the_day_last_named() -> None:
    document = analyze_text(
        "У вівторок відбувся обмін полоненими. Минулого тижня відбулися консультації. "
        "Президент того ж вечора подякував посередникам.",
        published="2028-05-24",
    )
    assert {t.text: t.value for t in document.timexes}["того ж вечора"] == "2028-05-23"


def test_sche_opening_a_sentence_starts_a_flashback_that_carries() -> None:
    document = analyze_text(
        "У вівторок КНДР провела навчання. Ще 13 липня 2022 року Пхеньян визнав окуповані території. "
        "Того ж дня Україна розірвала з ним відносини.",
        published="2023-08-31",
    )
    assert {t.text: t.value for t in document.timexes}["Того ж дня"] == "2022-07-13"


def test_a_weekday_adjective_names_that_weekday() -> None:
    document = analyze_text(
        "Зеленський у вівторковому вечірньому зверненні закликав партнерів пришвидшити постачання ППО. "
        "У суботньому інтерв'ю він повторив це.",
        published="2028-08-30",
    )
    values = {t.text: t.value for t in document.timexes}
    assert values["вівторковому"] == "2028-08-29" and values["суботньому"] == "2028-08-26"


def test_the_same_night_opening_a_sentence_is_the_day_last_named() -> None:
    # (the day-part word is all that triggers the search here: no unit or other date word is near)
    document = analyze_text("У понеділок дрони атакували Одесу. Тієї ж ночі вибухи пролунали в Ізмаїлі.", published="2028-12-20")
    assert {t.text: t.value for t in document.timexes}["Тієї ж ночі"] == "2028-12-18"


def test_a_season_in_the_instrumental_after_with_is_no_time() -> None:
    document = analyze_text(
        "Він попросив не залишати людей сам на сам із зимою. Ремонт почнеться з весни.", published="2029-01-17"
    )
    assert [t.text for t in document.timexes] == ["весни"]


def test_the_same_evening_inside_a_sentence_with_no_other_date_word_near() -> None:
    document = analyze_text(
        "Газпром зупинив постачання у понеділок. Лідер регіону того ж вечора звернувся до Москви.", published="2029-01-17"
    )
    assert {t.text: t.value for t in document.timexes}["того ж вечора"] == "2029-01-15"


def test_a_date_after_the_thing_a_story_measures_from_does_not_move_the_story() -> None:
    document = analyze_text(
        "Канцлер Австрії у вівторок прибув до Києва. Візит відбувся через тиждень після його переговорів із "
        "прем'єром Угорщини в Будапешті 24 липня. Того ж дня сторони підписали угоду.",
        published="2029-08-01",
    )
    values = {t.text: t.value for t in document.timexes}
    assert values["24 липня"] == "2029-07-24" and values["Того ж дня"] == "2029-07-31"
    # right after the word it is the time the story goes on from
    document = analyze_text("Після 24 липня переговори зупинилися. Того ж дня Будапешт відкликав посла.", published="2029-08-01")
    assert {t.text: t.value for t in document.timexes}["Того ж дня"] == "2029-07-24"


def test_the_time_a_count_stood_does_not_move_the_story() -> None:
    document = analyze_text(
        "У вівторок Росія атакувала енергосистему. Станом на ранок середи світло повернули половині абонентів. "
        "Ще вранці Укренерго попросило допомоги в сусідів, і того ж дня Польща передала 800 мегаватів.",
        published="2029-12-12",
    )
    assert {t.text: t.value for t in document.timexes}["того ж дня"] == "2029-12-11"


def test_a_date_years_back_is_a_look_back_only_its_paragraph_follows() -> None:
    document = analyze_text(
        "Суд у вівторок засудив російського сержанта.\n\nЯк встановило слідство, 5 березня 2022 року підсудний "
        "розстріляв чотирьох чоловіків.\n\nТого ж дня слідчі повідомили про підозру ще трьом офіцерам.",
        published="2029-11-28",
    )
    assert {t.text: t.value for t in document.timexes}["Того ж дня"] == "2029-11-27"


def test_a_calendar_day_before_the_one_its_paragraph_is_at_is_a_look_back() -> None:
    # the police spoke on Monday; the attack on 3 January is told back, and the next paragraph is at Monday again
    document = analyze_text(
        "Поліція Норвегії у понеділок заявила, що за підпалом консульства стоїть угруповання найманців. "
        "3 січня невідомі кинули у вікно консульства пляшку із запалювальною сумішшю. Наступного дня затримали двох.\n\n"
        "Того ж дня МЗС Норвегії викликало посла.",
        published="2037-01-14",
    )
    values = {t.text: t.value for t in document.timexes}
    assert values["3 січня"] == "2037-01-03" and values["Наступного дня"] == "2037-01-04"
    assert values["Того ж дня"] == "2037-01-12"


def test_holidays_are_their_days_in_the_nearest_year() -> None:
    document = analyze_text(
        "У новорічну ніч ворог атакував Одесу. На Різдво президент звернувся до військових. У День Незалежності "
        "пройшов парад.",
        published="2030-01-02",
    )
    values = {t.text: t.value for t in document.timexes}
    assert values["У новорічну ніч"] == "2030-01-01TNI"
    assert values["На Різдво"] == "2029-12-25"
    assert values["У День Незалежності"] == "2029-08-24"


def test_a_month_something_is_due_by_is_not_placed_by_the_tense_of_the_promise() -> None:
    document = analyze_text(
        "За даними порталу, Київ нібито пообіцяв до кінця березня змінити закон про меншини.", published="2030-01-09"
    )
    assert {t.text: t.value for t in document.timexes}["до кінця березня"] == "2030-03"


def test_the_same_weekday_told_back_is_that_weekday() -> None:
    text = "Удари завдали в ніч на понеділок. Дамаск відреагував того ж понеділка: МЗС викликало посла."
    found = timex(text, "того ж понеділка", "2036-10-15")
    assert found.value == "2036-10-13" and found.granularity == "day"


def test_a_year_looked_back_to_in_a_participle_does_not_place_the_months_after_it() -> None:
    # "торгівлю, призупинену ще 2020 року": the year dates the noun's suspension, not the story
    text = "Сторони відновили торгівлю, призупинену ще 2020 року. Про це вони домовилися в жовтні."
    assert timex(text, "жовтні", "2036-12-22").value == "2036-10"
    # told as the act's own time it still anchors: "Ще 2020 року сторони підписали угоду, а в жовтні …"
    text = "Ще 2020 року сторони підписали угоду, а в жовтні її ратифікували."
    assert timex(text, "жовтні", "2036-12-22").value == "2020-10"


def test_the_day_before_inside_a_sentence_of_an_undated_paragraph_is_the_day_before_publication() -> None:
    # published on a Wednesday: Tuesday's statement, then a new paragraph with no day of its own
    text = (
        "У вівторок міністр інформації заявив, що армія била лише по схованках.\n\n"
        "Посередником зголосився виступити Оман. Глава МЗС султанату напередодні провів телефонні розмови з колегами."
    )
    assert timex(text, "напередодні", published="2037-03-18").value == "2037-03-17"
    # opening a sentence it is the day before the act told just before; with the weekday after it, that day
    opening = "У вівторок міністри зустрілися в Берліні.\n\nНапередодні прем'єр звинуватив сусідів в обстрілі."
    assert timex(opening, "Напередодні", published="2037-03-18").value == "2037-03-16"
    apposed = "У вівторок уряд підписав угоду.\n\nЇй передували переговори, які відбулися напередодні, у понеділок."
    assert timex(apposed, "напередодні", published="2037-03-18").value == "2037-03-16"
    # opening a later sentence of a paragraph that names no day: the act just before it is today's
    later = (
        "У вівторок міністри зустрілися в Берліні.\n\n"
        "Прем'єр Угорщини сказав, що блокуватиме рішення. Напередодні він провів переговори в Москві."
    )
    assert timex(later, "Напередодні", published="2037-03-18").value == "2037-03-17"


def test_a_telling_verb_after_a_comma_does_not_give_the_time_its_tense() -> None:
    planned = "Сторони домовилися відновити роботу груп і провести наступний раунд у квітні, повідомив посланець."
    assert timex(planned, "квітні", published="2037-03-04").value == "2037-04"
    done = "У квітні уряд ухвалив закон про мобілізацію, повідомив міністр."
    assert timex(done, "квітні", published="2037-03-04").value == "2036-04"


def test_a_telling_verb_after_an_aside_is_the_tense_of_a_time_with_no_verb_before_it() -> None:
    # "у понеділок" belongs to "заявила": the aside between them is no clause of its own, and the future
    # inside the quoted words is what she said will hold, not when she said it
    text = (
        "Прем'єрка Естонії Кайя Сепп у понеділок, виступаючи в Нарві, заявила, що Таллінн «ніколи не погодиться» "
        "на такі умови."
    )
    assert timex(text, "понеділок", published="2037-06-17").value == "2037-06-15"


def test_a_span_of_years_does_not_place_a_later_day_in_its_first_year() -> None:
    text = (
        "Прокуратура звинувачує його в участі в угрупованні, що у 2031–2033 роках зламувало мережі. "
        "Програміста затримали ще 21 липня в аеропорту."
    )
    assert timex(text, "21 липня", published="2037-08-26").value == "2037-07-21"
    # (a single year still does: "У 2031 році … 21 липня")
    assert timex("У 2031 році угруповання зламало мережі. Програміста затримали 21 липня.", "21 липня",
                 published="2037-08-26").value == "2031-07-21"
