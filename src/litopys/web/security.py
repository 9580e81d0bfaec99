"""Security for the web app: strict headers on every response, a cap on request bodies, and the
bearer token that guards writes.

Article text is untrusted input from the open web, so every page is served under a
Content-Security-Policy that allows only our own static scripts and styles: even if some text
slipped through escaping, the browser would refuse to run it.
"""

from __future__ import annotations

import hmac
import json
import os

from fastapi import Header, HTTPException
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024  # a news article is kilobytes; this leaves room for a batch


class BodyTooLarge(StarletteHTTPException):
    """Raised inside ``receive`` when a streamed body passes the limit; an HTTP error so that body
    parsing passes it on as a 413 instead of calling it a malformed body."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body is larger than {limit} bytes")


class SecurityMiddleware:
    """Adds the security headers and answers 413 to bodies over ``max_body_bytes``.

    The limit is checked twice: on the declared Content-Length (cheap, before reading) and on the
    bytes actually received (a chunked body declares no length).
    """

    def __init__(self, app: ASGIApp, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in SECURITY_HEADERS if name not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body_bytes:
            await self.too_large(send_with_headers)
            return

        received = 0
        response_started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise BodyTooLarge(self.max_body_bytes)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal response_started
            if message["type"] == "http.response.start":
                response_started = True
            await send_with_headers(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge:
            if not response_started:
                await self.too_large(send_with_headers)

    async def too_large(self, send: Send) -> None:
        body = json.dumps({"detail": f"request body is larger than {self.max_body_bytes} bytes"}).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": body})


def max_body_bytes() -> int:
    """The body limit: ``LITOPYS_MAX_BODY`` (bytes) or the default."""
    value = os.environ.get("LITOPYS_MAX_BODY", "")
    return int(value) if value.isdigit() else DEFAULT_MAX_BODY_BYTES


def require_token(authorization: str | None = Header(default=None)) -> None:
    """Writes need ``Authorization: Bearer $LITOPYS_TOKEN``; with no token configured they are off."""
    expected = os.environ.get("LITOPYS_TOKEN", "")
    if not expected:
        raise HTTPException(403, "ingest over the API is disabled: start the server with LITOPYS_TOKEN set")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})
