"""`litopys analyze` end to end: formats, schema, raw offsets, errors and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources

import jsonschema
import pytest

from tests.conftest import EXAMPLES

ARTICLE = (
    "Кулеба зустрівся з Блінкеном у Вашингтоні\n"
    "Міністр закордонних справ України Дмитро Кулеба 12 квітня зустрівся з держсекретарем США Ентоні Блінкеном.\n"
    "Сторони обговорили постачання зброї.\n"
    "Читайте також: Зеленський провів переговори з Макроном\n"
)


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "litopys", "analyze", *args], input=stdin, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(resources.files("litopys").joinpath("schema/analysis.schema.json").read_text(encoding="utf-8"))


def test_json_output_validates_against_the_shipped_schema(tmp_path, schema):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run(str(path), "--published", "2024-04-13", "--format", "json")
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    jsonschema.validate(output, schema)
    document = output["document"]
    assert document["title"] == "Кулеба зустрівся з Блінкеном у Вашингтоні"
    assert document["published"] == "2024-04-13" and document["dct_inferred"] is False
    assert [r["reason"] for r in document["removed"]] == ["read-also"]
    for sentence in output["sentences"]:
        assert document["text"][sentence["start"] : sentence["end"]] == sentence["text"]


def test_examples_validate_and_jsonl_names_each_input(schema):
    result = run(str(EXAMPLES), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 4  # two .txt files and a .jsonl of two articles
    for line in lines:
        jsonschema.validate(line, schema)
    assert {line["document"]["path"].rsplit("/", 1)[-1] for line in lines} >= {"01_minoborony_vizyt.txt", "03_peregovory.jsonl:2"}


def test_raw_keeps_offsets_on_the_input(tmp_path):
    text = "Заголовок статті\r\nПерше речення про події в Україні.\r\n- Новини\r\n"
    path = tmp_path / "raw.txt"
    path.write_bytes(text.encode("utf-8"))
    output = json.loads(run(str(path), "--raw", "--format", "json").stdout)
    assert output["document"]["text"] == text and output["document"]["removed"] == []
    for sentence in output["sentences"]:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]


def test_stdin_and_text_report():
    result = run("-", "--published", "2024-04-13", stdin=ARTICLE)
    assert result.returncode == 0, result.stderr
    assert "Кулеба зустрівся з Блінкеном" in result.stdout


def test_bad_inputs_one_line_each_and_the_batch_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "russian.txt").write_text("Президент России подписал закон, который принял парламент в четверг.", encoding="utf-8")
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    result = run(str(tmp_path / "empty.txt"), str(tmp_path / "russian.txt"), str(tmp_path / "good.txt"), "--format", "jsonl")
    assert result.returncode == 0
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert "empty.txt: empty file" in errors[0]
    assert "russian.txt: text is not Ukrainian (detected: ru)" in errors[1]
    assert len(result.stdout.splitlines()) == 1


def test_exit_code_is_non_zero_only_when_nothing_was_analysed(tmp_path):
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4")
    result = run(str(tmp_path / "doc.pdf"))
    assert result.returncode == 1
    assert "doc.pdf: unsupported file type '.pdf'" in result.stderr


def test_published_must_be_a_date(tmp_path):
    result = run(str(EXAMPLES), "--published", "31.08.2023")
    assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr
