"""UI languages: Ukrainian by default, English on request (``?lang=en``, remembered in a cookie)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml
from starlette.requests import Request

LANGUAGES = ("uk", "en")
DEFAULT_LANGUAGE = "uk"
LANGUAGE_COOKIE = "lang"


@cache
def _read(name: str) -> Any:
    return yaml.safe_load(resources.files("litopys.web").joinpath(name).read_text(encoding="utf-8"))


def messages(language: str) -> dict[str, str]:
    """Every UI string in one language."""
    return _read("messages.yaml")[language]


@cache
def plover_types() -> dict[str, dict[str, str]]:
    """PLOVER event types in the events stage's order, each with its UI labels and quad class
    (``verbal_cooperation`` ...); a type with no label in web/plover.yaml is shown by its code."""
    from litopys.lang import read_yaml

    labels = _read("plover.yaml")
    return {
        code: {"uk": code, "en": code, **labels.get(code, {}), "quad": (entry.get("quad") or "").replace(" ", "_")}
        for code, entry in read_yaml("events", "plover.yaml")["types"].items()
    }


def request_language(request: Request) -> str:
    """The language asked for in the query, else remembered in the cookie, else Ukrainian."""
    for candidate in (request.query_params.get("lang"), request.cookies.get(LANGUAGE_COOKIE)):
        if candidate in LANGUAGES:
            return candidate
    return DEFAULT_LANGUAGE


def type_label(event_type: str | None, language: str) -> str:
    """The UI name of a PLOVER type (the code itself when it is not a known type)."""
    entry = plover_types().get(event_type or "")
    return entry[language] if entry else (event_type or "")


def quad_of(event_type: str | None) -> str | None:
    entry = plover_types().get(event_type or "")
    return entry["quad"] if entry else None
