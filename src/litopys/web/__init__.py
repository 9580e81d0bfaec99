"""The web app: `litopys serve` — a REST API and a browser UI for reading the chronicle."""

from __future__ import annotations

from litopys.web.app import create_app, serve

__all__ = ["create_app", "serve"]
