"""The FastAPI application: :func:`create_app` wires the store, routes and safety layers.

- JSON API under ``/api`` (:mod:`storyline.web.api`), described by
  ``/openapi.json`` and rendered as a readable page at ``/docs``;
- server-rendered pages (:mod:`storyline.web.pages`) and packaged static
  assets under ``/static`` (no CDN, no external fonts, no inline script);
- request bodies over ``max_body_bytes`` are refused with 413, whether the
  client declares a ``Content-Length`` or streams the body;
- every response carries a strict Content-Security-Policy and friends.

Examples
--------
>>> import tempfile, pathlib
>>> from fastapi.testclient import TestClient
>>> db = pathlib.Path(tempfile.mkdtemp()) / "s.db"
>>> with TestClient(create_app(db)) as client:
...     r = client.get("/api/health")
>>> r.status_code, r.json()["read_only"], "default-src 'self'" in r.headers["content-security-policy"]
(200, True, True)
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from storyline import __version__
from storyline.api import SemanticIndex, Store, StoreError, vector_model
from storyline.settings import Settings
from storyline.web.cache import ReadCache, ReadCacheMiddleware
from storyline.web.errors import BadRequest, NotFound

__all__ = ["DEFAULT_MAX_BODY_BYTES", "WebSettings", "create_app"]

DEFAULT_MAX_BODY_BYTES: int = Settings.max_body_bytes
"""Largest request body accepted (2 MiB); bigger ones get 413."""

STATIC_DIR = Path(__file__).resolve().parent / "static"

logger = logging.getLogger("storyline.web")

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


@dataclass(frozen=True)
class WebSettings:
    """What one app serves and how: the store, the write token, the body limit, the settings."""

    db_path: Path
    token: str | None
    max_body_bytes: int
    config: Settings = field(default_factory=Settings)
    """The :class:`~storyline.settings.Settings` passed down to every service call."""

    @property
    def read_only(self) -> bool:
        """True when no token is configured: every write answers 403."""
        return not self.token


class BodyTooLarge(StarletteHTTPException):
    """A request body over the limit (answered with 413)."""

    def __init__(self, limit: int) -> None:
        super().__init__(
            413,
            f"request body too large: the limit is {_human_bytes(limit)}; send a smaller document",
        )


def _human_bytes(n: int) -> str:
    """``2097152`` -> ``"2 MiB (2097152 bytes)"``.

    Examples
    --------
    >>> _human_bytes(2 * 1024 * 1024), _human_bytes(1000)
    ('2 MiB (2097152 bytes)', '1000 bytes')
    """
    for unit, size in (("MiB", 1024 * 1024), ("KiB", 1024)):
        if n >= size:
            return f"{n / size:.3g} {unit} ({n} bytes)"
    return f"{n} bytes"


class BodyLimitMiddleware:
    """Refuse bodies over ``limit`` bytes: by ``Content-Length``, and by counting the stream."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            value = declared.decode("latin-1").strip()
            if not value.isdigit():
                await _json_error(send, 400, "invalid Content-Length header")
                return
            if int(value) > self.limit:
                await _json_error(send, 413, BodyTooLarge(self.limit).detail)
                return
        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLarge(self.limit)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge as exc:
            if started:
                raise
            await _json_error(send, 413, exc.detail)


class DisconnectMiddleware:
    """A client that goes away mid-request is one log line, not an ERROR traceback."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            await self.app(scope, receive, send)
        except (ClientDisconnect, ConnectionError, anyio.BrokenResourceError) as exc:
            logger.info(
                "client disconnected: %s %s (%s)",
                scope.get("method", "?"),
                scope.get("path", "?"),
                type(exc).__name__,
            )


class SecurityHeadersMiddleware:
    """Add the Content-Security-Policy and related headers to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)


async def _json_error(send: Send, status: int, message: str) -> None:
    response = JSONResponse({"error": message}, status_code=status)
    body = response.body
    headers = [(k, v) for k, v in response.raw_headers if k != b"content-length"]
    headers += [(b"content-length", str(len(body)).encode()), *SECURITY_HEADERS]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _field_name(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc]
    where = {"query": "query parameter", "path": "path parameter", "body": "body field"}
    if parts and parts[0] in where:
        name = ".".join(parts[1:]) or "body"
        return f"{where[parts[0]]} {name!r}"
    return ".".join(parts) or "request"


def validation_message(errors: list[dict[str, Any]]) -> str:
    """One readable line from pydantic/FastAPI validation errors.

    Examples
    --------
    >>> validation_message([{"loc": ("query", "limit"), "msg": "Input should be less than or "
    ...                      "equal to 100", "type": "less_than_equal"}])
    "invalid query parameter 'limit': Input should be less than or equal to 100"
    """
    parts = [f"{_field_name(e.get('loc', ()))}: {e.get('msg', 'invalid')}" for e in errors[:5]]
    return "invalid " + "; ".join(parts) if parts else "invalid request"


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith(("/api", "/openapi.json", "/static"))


def _error_response(request: Request, status: int, message: str, **extra: Any) -> Response:
    if _wants_html(request):
        from storyline.web.pages import render_error

        return render_error(request, status, message)
    return JSONResponse({"error": message, **extra}, status_code=status)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, exc: RequestValidationError) -> Response:
        errors = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in exc.errors()]
        return _error_response(request, 422, validation_message(errors), detail=errors)

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> Response:
        response = _error_response(request, exc.status_code, str(exc.detail))
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    @app.exception_handler(NotFound)
    async def on_not_found(request: Request, exc: NotFound) -> Response:
        return _error_response(request, 404, str(exc.args[0]) if exc.args else "not found")

    @app.exception_handler(BadRequest)
    async def on_bad_request(request: Request, exc: BadRequest) -> Response:
        return _error_response(request, 422, str(exc))

    @app.exception_handler(StoreError)
    async def on_store_error(request: Request, exc: StoreError) -> Response:
        return _error_response(request, 503, f"store unavailable: {exc}")


def create_app(
    db_path: str | Path,
    *,
    token: str | None = None,
    max_body_bytes: int | None = None,
    settings: Settings | None = None,
) -> FastAPI:
    """Build the web app over the store at ``db_path``.

    Parameters
    ----------
    db_path
        The SQLite store (created when missing).
    token
        Bearer token that ``POST /api/articles`` requires; ``None`` reads
        ``$STORYLINE_TOKEN``; ``""`` forces read-only. Without a token the
        server is read-only: writes answer 403.
    max_body_bytes
        Largest request body accepted; bigger ones get 413. Default
        ``settings.max_body_bytes``.
    settings
        Encoder, tracker settings and limits; default ``Settings()``. Built
        once here and passed down to every request.

    Raises
    ------
    StoreError
        When the store cannot be opened.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> app = create_app(pathlib.Path(tempfile.mkdtemp()) / "s.db", token="t", max_body_bytes=10)
    >>> app.state.settings.read_only, app.state.settings.max_body_bytes
    (False, 10)
    """
    config = settings if settings is not None else Settings()
    if max_body_bytes is None:
        max_body_bytes = config.max_body_bytes
    if max_body_bytes < 1:
        raise ValueError("max_body_bytes must be positive")
    if token is None:
        token = os.environ.get("STORYLINE_TOKEN", "").strip() or None
    web_settings = WebSettings(Path(db_path), token or None, int(max_body_bytes), config)
    reader = Store(web_settings.db_path)
    read_cache = ReadCache(web_settings.db_path)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        writer = getattr(app.state, "writer", None)
        if writer is not None:
            writer.close()
        read_cache.close()
        reader.close()

    app = FastAPI(
        title="storyline",
        version=__version__,
        description=(
            "Browse news stories across languages. Read endpoints are open; "
            "`POST /api/articles` needs `Authorization: Bearer <token>` "
            "(the server's `STORYLINE_TOKEN`)."
        ),
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    app.state.settings = web_settings
    app.state.store = reader
    app.state.read_cache = read_cache
    app.state.writer = None
    app.state.write_lock = threading.Lock()
    app.state.semantic = SemanticIndex(vector_model(config))

    from storyline.web import api, feeds, pages

    _install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(feeds.router)  # before pages: /stories/{id}.atom
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.add_middleware(BodyLimitMiddleware, limit=web_settings.max_body_bytes)
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(DisconnectMiddleware)
    app.add_middleware(ReadCacheMiddleware, cache=read_cache)  # outermost: a hit skips the rest
    return app
