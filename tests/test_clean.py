"""Clean-up of site furniture: what goes, what stays, and where it was."""

from __future__ import annotations

from litopys.clean import clean, furniture_reason
from litopys.doc import Document

TEXT = (
    "Уряд ухвалив нову постанову\n"
    "Кабінет міністрів у середу ухвалив постанову про підтримку прифронтових громад.\n"
    "Фото: Олег Петренко / Укрінформ\n"
    "Читайте також: Уряд виділив кошти на відбудову шкіл\n"
    "Як зазначив прем'єр-міністр, програма триватиме до кінця року.\n"
    "Підписуйтесь на наш Telegram-канал\n"
    "- Економіка\n"
    "- Головне\n"
)


def test_furniture_lines_are_removed_and_listed():
    doc = clean(Document(TEXT))
    reasons = {r.reason for r in doc.removed}
    assert reasons == {"photo-credit", "read-also", "share", "rubric"}
    assert "Читайте також" not in doc.text and "- Головне" not in doc.text
    assert "програма триватиме до кінця року." in doc.text
    for removed in doc.removed:  # offsets index the text as it was read
        assert TEXT[removed.start : removed.end] == removed.text


def test_article_bullets_in_the_middle_stay():
    text = "Уряд назвав пріоритети:\n- відбудова енергетики\n- підтримка армії\nРішення ухвалили одноголосно."
    doc = clean(Document(text))
    assert doc.text == text and doc.removed == []


def test_content_sentences_are_not_furniture():
    assert furniture_reason("Фотографії з місця події оприлюднила поліція, яка розслідує напад на журналістів у центрі міста.") is None
    assert furniture_reason("Нагадаємо, 3 жовтня ЄС запровадив санкції.") is None
    assert furniture_reason("Дивіться також: відео з місця обстрілу") == "read-also"
