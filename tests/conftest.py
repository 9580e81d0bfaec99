"""Shared fixtures: paths to ../shared corpora (tests that need them skip when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.store_fixtures import postgres_server, store_url  # noqa: F401 - store fixtures on both backends

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_f8cc065154d3117b.txt"
NER_UK = SHARED / "corpora" / "ner-uk-v2-train"
UD_UK = SHARED / "corpora" / "ud-uk-iu"
EXAMPLES = ROOT / "examples" / "articles"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared corpora live beside the checkout (../shared), as in CI")
    return path


@pytest.fixture
def seed_path() -> Path:
    return need(SEED)


@pytest.fixture
def ner_uk_path() -> Path:
    return need(NER_UK)


@pytest.fixture(scope="session")
def seed_analysis():
    """The seed analysed once with its publication date (shared by many tests)."""
    from litopys.pipeline import analyze_inputs, build_pipeline
    from litopys.read import read_inputs

    need(SEED)
    (document,) = analyze_inputs(read_inputs([str(SEED)]), build_pipeline(), published="2023-08-31")
    assert not isinstance(document, Exception), document
    return document
