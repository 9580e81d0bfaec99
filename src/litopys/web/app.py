"""The web app: REST API, browser UI and offline API docs over one open chronicle."""

from __future__ import annotations

import threading
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from litopys import __version__
from litopys.web.api import Analyzer
from litopys.web.api import router as api_router
from litopys.web.pages import router as pages_router
from litopys.web.queries import ReadCache
from litopys.web.security import SecurityMiddleware, max_body_bytes

STATIC_DIR = Path(str(resources.files("litopys.web").joinpath("static")))


class CachedStaticFiles(StaticFiles):
    """Static assets a browser may keep for an hour (their URLs carry the version, see ``static_url``)."""

    def file_response(self, *args: Any, **kwargs: Any) -> Response:
        response = super().file_response(*args, **kwargs)
        response.headers["Cache-Control"] = "public, max-age=3600"
        return response


def create_app(
    chronicle: Any = None, *, db: str | None = None, max_body: int | None = None, warm: bool = False
) -> FastAPI:
    """An app serving ``chronicle`` (or the store at ``db``, opened here and closed on shutdown).

    FastAPI's own /docs loads Swagger UI from a CDN, so it is switched off and /docs is our own
    server-rendered page made from the OpenAPI description. ``warm`` computes the slow aggregate
    reads (actor lists, graph) in the background at start-up, so the first visitor does not wait.
    """
    owned = chronicle is None

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if warm:
            threading.Thread(target=app.state.cache.warm, name="litopys-warm-up", daemon=True).start()
        yield
        if owned and app.state.chronicle is not None:
            app.state.chronicle.close()

    app = FastAPI(
        title="litopys",
        version=__version__,
        description="A dated, sourced chronicle of who did what to whom, read from Ukrainian news.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    if owned:
        import litopys

        chronicle = litopys.open(db)
    app.state.chronicle = chronicle
    app.state.analyzer = Analyzer()
    app.state.cache = ReadCache(chronicle)
    app.add_middleware(SecurityMiddleware, max_body_bytes=max_body or max_body_bytes())
    app.mount("/static", CachedStaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(api_router)
    app.include_router(pages_router)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid_request)
    return app


async def invalid_request(request: Request, error: RequestValidationError) -> Response:
    """A 422 as JSON under /api; on a page, the error page naming the bad parameter."""
    if request.url.path.startswith("/api"):
        return await request_validation_exception_handler(request, error)
    from litopys.web.pages import render

    detail = "; ".join(f"{'.'.join(str(part) for part in e['loc'][1:])}: {e['msg']}" for e in error.errors())
    return render(request, "error.html", status_code=422, status=422, detail=detail)


async def http_error(request: Request, error: StarletteHTTPException) -> Response:
    """JSON errors under /api (as FastAPI gives them), an HTML page everywhere else."""
    if request.url.path.startswith("/api") or request.url.path.startswith("/static"):
        return await http_exception_handler(request, error)
    from litopys.web.pages import render

    return render(request, "error.html", status_code=error.status_code, status=error.status_code, detail=error.detail)


def serve(db: str | None = None, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the app with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(create_app(db=db, warm=True), host=host, port=port, log_level="info", server_header=False)
