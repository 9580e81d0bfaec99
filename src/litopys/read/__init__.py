"""Readers: plain text, HTML, JSONL, folders of these and stdin, each turned into ``Document``s.

A bad input never stops a batch: readers yield an ``InputError`` in its place, whose message is
one line naming the input and the reason.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from litopys.doc import Document

SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl"}
MAX_ARTICLE_BYTES = 5 * 1024 * 1024  # a news article is kilobytes; anything this large is not one
HEADLINE_MAX_CHARS = 250


class InputError(Exception):
    """An input that cannot be analysed; ``str()`` is the one-line message for the user."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


def decode(data: bytes, name: str) -> str:
    """UTF-8 first; otherwise the best of the Cyrillic code pages charset-normalizer finds."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    match = from_bytes(data, cp_isolation=["cp1251", "koi8_u", "koi8_r", "utf_16", "mac_cyrillic"]).best()
    text = str(match) if match is not None and match.chaos <= 0.3 else ""
    visible = [c for c in text if not c.isspace()]
    wordy = sum(1 for c in visible if c.isalnum() or c in ".,;:!?-–—()\"'«»")
    if not visible or wordy < len(visible) * 0.8:
        raise InputError(name, "cannot decode text (not UTF-8, cp1251 or koi8-u)")
    return text


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample and not (sample.startswith(b"\xff\xfe") or sample.startswith(b"\xfe\xff")):
        return True
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control > len(sample) * 0.1


def headline(text: str) -> str | None:
    """The first line, when it reads as a headline: short, not ending a sentence, more text after it."""
    first, sep, rest = text.lstrip("\ufeff").partition("\n")
    first = first.strip()
    if not sep or not rest.strip() or not first or len(first) > HEADLINE_MAX_CHARS:
        return None
    if first.endswith((".", ":", ";", ",")) and not first.endswith("..."):
        return None
    return first


def read_text(data: bytes, name: str) -> Document:
    text = decode(data, name)
    if not text.strip():
        raise InputError(name, "empty text")
    return Document(text=text, path=name, title=headline(text))


def read_html(data: bytes, name: str) -> Document:
    import trafilatura

    html = decode(data, name)
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=True)
    if extracted is None:
        raise InputError(name, "no article text found in the HTML")
    meta = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = meta.get("text") or ""
    if not text.strip():
        raise InputError(name, "no article text found in the HTML")
    title = meta.get("title")
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    return Document(
        text=text,
        path=name,
        title=title or headline(text),
        url=meta.get("url"),
        author=meta.get("author"),
        source=meta.get("sitename") or meta.get("hostname"),
        published=meta.get("date"),
    )


def read_jsonl(lines: Iterable[bytes], name: str) -> Iterator[Document | InputError]:
    for number, line in enumerate(lines, 1):
        where = f"{name}:{number}"
        if not line.strip():
            continue
        if len(line) > MAX_ARTICLE_BYTES:
            yield InputError(where, f"line too large ({len(line) / 2**20:.1f} MB)")
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            yield InputError(where, f"invalid JSON ({error.msg if hasattr(error, 'msg') else error})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
            yield InputError(where, "record has no 'text'")
            continue
        text = record["text"]
        title = record.get("title")
        yield Document(
            text=text,
            path=where,
            title=title if isinstance(title, str) else headline(text),
            url=record.get("url"),
            published=str(record["published"]) if record.get("published") else None,
            source=record.get("source"),
            author=record.get("author"),
        )


def read_path(path: Path) -> Iterator[Document | InputError]:
    """Documents of one file (a JSONL file yields many)."""
    name = str(path)
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        yield InputError(name, f"unsupported file type '{path.suffix or '(none)'}' (expected .txt, .html or .jsonl)")
        return
    try:
        size = path.stat().st_size
        if size == 0:
            raise InputError(name, "empty file")
        if kind == "jsonl":
            with path.open("rb") as handle:
                yield from read_jsonl(handle, name)
            return
        if size > MAX_ARTICLE_BYTES:
            raise InputError(name, f"file too large ({size / 2**20:.1f} MB; an article is at most {MAX_ARTICLE_BYTES // 2**20} MB)")
        data = path.read_bytes()
        if looks_binary(data):
            raise InputError(name, "binary file, not text")
        yield read_html(data, name) if kind == "html" else read_text(data, name)
    except InputError as error:
        yield error
    except OSError as error:
        yield InputError(name, error.strerror or str(error))


def read_stdin() -> Iterator[Document | InputError]:
    data = sys.stdin.buffer.read()
    stripped = data.lstrip()
    if not stripped:
        yield InputError("-", "empty input")
    elif stripped.startswith(b"{"):
        yield from read_jsonl(data.splitlines(), "-")
    elif stripped[:1] == b"<" and b"<html" in stripped[:2048].lower():
        try:
            yield read_html(data, "-")
        except InputError as error:
            yield error
    else:
        try:
            yield read_text(data, "-")
        except InputError as error:
            yield error


def expand(paths: Iterable[str]) -> Iterator[str | Path]:
    """Files named, folders walked (sorted, supported types only), ``-`` kept for stdin."""
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            yield path


def read_inputs(paths: Iterable[str]) -> Iterator[Document | InputError]:
    """Every document of every input, with an ``InputError`` in place of each bad one."""
    for item in expand(paths):
        if item == "-":
            yield from read_stdin()
        elif not Path(item).exists():
            yield InputError(str(item), "no such file or folder")
        else:
            yield from read_path(Path(item))
