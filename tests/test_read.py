"""Readers: encodings, formats, titles and one-line errors for bad input."""

from __future__ import annotations

import json

from litopys.read import InputError, headline, read_inputs

ARTICLE = "Зеленський зустрівся з Макроном у Парижі\nПрезидент України Володимир Зеленський 5 травня зустрівся з президентом Франції.\n"


def test_utf8_text_with_headline(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (doc,) = read_inputs([str(path)])
    assert doc.title == "Зеленський зустрівся з Макроном у Парижі"
    assert doc.text == ARTICLE


def test_cp1251_and_koi8u_are_detected(tmp_path):
    for encoding in ("cp1251", "koi8_u"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes((ARTICLE * 3).encode(encoding))
        (doc,) = read_inputs([str(path)])
        assert not isinstance(doc, InputError), doc
        assert "Зеленський" in doc.text


def test_headline_rules():
    assert headline("Україна та Польща підписали угоду\nТекст статті.") == "Україна та Польща підписали угоду"
    assert headline("Це перше речення статті.\nДруге.") is None
    assert headline("Лише один рядок") is None


def test_jsonl_records_and_bad_lines(tmp_path):
    path = tmp_path / "batch.jsonl"
    good = {"text": ARTICLE, "title": "Заголовок", "url": "https://example.org/1", "published": "2024-05-05", "source": "Приклад"}
    path.write_text(json.dumps(good, ensure_ascii=False) + "\n{not json\n" + json.dumps({"title": "без тексту"}) + "\n", encoding="utf-8")
    results = list(read_inputs([str(path)]))
    assert results[0].url == "https://example.org/1" and results[0].published == "2024-05-05"
    assert isinstance(results[1], InputError) and "batch.jsonl:2" in str(results[1])
    assert isinstance(results[2], InputError) and "no 'text'" in str(results[2])


def test_html_main_text_and_metadata(tmp_path):
    paragraphs = "".join(f"<p>Міністр закордонних справ України Дмитро Кулеба {i} березня провів переговори з колегою з Польщі щодо постачання зброї.</p>" for i in range(1, 6))
    html = f"""<html><head><title>Кулеба провів переговори</title>
    <meta property="article:published_time" content="2024-03-07T10:00:00+02:00">
    <meta name="author" content="Олена Петренко"><link rel="canonical" href="https://example.org/kuleba"></head>
    <body><nav>Головна | Новини | Політика</nav><article><h1>Кулеба провів переговори</h1>{paragraphs}</article>
    <footer>Усі права захищено</footer></body></html>"""
    path = tmp_path / "a.html"
    path.write_text(html, encoding="utf-8")
    (doc,) = read_inputs([str(path)])
    assert not isinstance(doc, InputError), doc
    assert "Дмитро Кулеба 3 березня" in doc.text
    assert "Усі права захищено" not in doc.text
    assert doc.title == "Кулеба провів переговори"
    assert doc.published == "2024-03-07"
    assert doc.url == "https://example.org/kuleba"


def test_bad_inputs_each_get_one_line(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "huge.txt").write_bytes(("Україна " * 2_700_000).encode())
    (tmp_path / "bad.txt").write_bytes(b"\x98\x98\x98\x98" * 50)
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    inputs = [str(tmp_path), str(tmp_path / "doc.pdf")]  # folders skip other types; a named file is an error
    results = {str(r).split(":")[0].rsplit("/", 1)[-1]: r for r in read_inputs(inputs) if isinstance(r, InputError)}
    assert set(results) == {"empty.txt", "binary.txt", "doc.pdf", "huge.txt", "bad.txt"}
    for error in results.values():
        assert "\n" not in str(error)
    assert "too large" in str(results["huge.txt"])
    assert "unsupported file type '.pdf'" in str(results["doc.pdf"])
    docs = [r for r in read_inputs([str(tmp_path)]) if not isinstance(r, InputError)]
    assert [d.path.rsplit("/", 1)[-1] for d in docs if d.path.endswith("ok.txt")] == ["ok.txt"]


def test_missing_file():
    (error,) = read_inputs(["/nonexistent/стаття.txt"])
    assert isinstance(error, InputError) and "no such file" in str(error)
