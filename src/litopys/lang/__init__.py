"""Language data, kept apart from the algorithms in the way spaCy keeps ``lang/uk``."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

import yaml


def data_path(*parts: str) -> Path:
    """Path of a data file under ``litopys/lang/uk``."""
    return Path(str(resources.files("litopys.lang").joinpath("uk", *parts)))


def read_lines(*parts: str) -> list[str]:
    """Non-empty, non-comment lines of a text data file."""
    lines = []
    for line in data_path(*parts).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            lines.append(line)
    return lines


def read_tsv(*parts: str) -> list[list[str]]:
    """Rows of a TSV data file, comments (``#``) and blank lines skipped, cells stripped."""
    rows = []
    for line in data_path(*parts).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@cache
def read_yaml(*parts: str):
    """A YAML data file, parsed once per process."""
    return yaml.safe_load(data_path(*parts).read_text(encoding="utf-8"))
