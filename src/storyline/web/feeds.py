"""Sources, watches and alerts on the web: JSON under ``/api``, pages, Atom feeds.

Reading is open: ``GET /api/sources``, ``GET /api/watches``, ``GET
/api/watches/{name}/alerts``, the pages ``/sources``, ``/watches`` and
``/watches/{name}``, and the Atom feeds ``/watches/{name}.atom`` (a watch's
alerts) and ``/stories/{id}.atom`` (a story's reports). Writing needs the
server's token: ``POST``/``DELETE`` on ``/api/sources`` and
``/api/watches`` with ``Authorization: Bearer <token>``, or the pages'
forms, which carry the token in a password field (a browser cannot send
the header). A watch's secret is shown once, in the answer that created it.

Examples
--------
>>> sorted(r.path for r in router.routes)[:3]
['/api/sources', '/api/sources', '/api/sources/{source_id}']
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, HTTPException, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from storyline import api as core
from storyline.web.api import StoreDep, _config, _writer, require_token
from storyline.web.errors import BadRequest, NotFound
from storyline.web.ingest import tokens_match
from storyline.web.pages import _render

__all__ = ["SourceIn", "WatchIn", "router"]

router = APIRouter()

NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"
ATOM = "application/atom+xml; charset=utf-8"


class SourceIn(BaseModel):
    """A source to follow."""

    model_config = ConfigDict(extra="forbid")
    url: str = Field(..., max_length=2000, description="Feed or sitemap URL (http/https).")
    lang: str | None = Field(None, pattern=r"^[a-z]{2,3}$")
    every: str | None = Field(None, max_length=20, description="Poll interval: 15m, 2h, 1d.")


class WatchIn(BaseModel):
    """A watch to add (see ``storyline watches add``)."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(..., pattern=NAME_PATTERN)
    query: str | None = Field(None, max_length=500)
    entity: str | None = Field(None, max_length=200)
    lang: str | None = Field(None, pattern=r"^[a-z]{2,3}$")
    min_languages: int = Field(1, ge=1, le=100)
    on: list[str] = Field(default_factory=lambda: ["new-story"], max_length=4)
    webhook: str | None = Field(None, max_length=2000)
    secret: str | None = Field(None, min_length=8, max_length=200)
    quiet_backfill: bool = False


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def _add_source(request: Request, body: SourceIn) -> dict[str, Any]:
    with request.app.state.write_lock:
        store = _writer(request)
        try:
            outcome = core.add_sources(
                store, [body.url], lang=body.lang, every=body.every, settings=_config(request)
            )
        except core.SourceError as exc:
            raise BadRequest(str(exc)) from exc
        url, result = outcome[0]
        if result not in ("added", "already followed"):
            raise BadRequest(f"{result}: {url}")
        row = store.get_source(url)
        return {"outcome": result, "source": row.to_dict() if row else None}


def _remove_source(request: Request, ref: str) -> dict[str, Any]:
    with request.app.state.write_lock:
        try:
            url = core.remove_source(_writer(request), ref)
        except core.SourceError as exc:
            raise NotFound(str(exc)) from exc
    return {"removed": url}


def _add_watch(request: Request, body: WatchIn) -> dict[str, Any]:
    with request.app.state.write_lock:
        store = _writer(request)
        try:
            row = core.add_watch(
                store,
                body.name,
                query=body.query,
                entity=body.entity,
                lang=body.lang,
                min_languages=body.min_languages,
                on=body.on,
                webhook=body.webhook,
                secret=body.secret,
                quiet_backfill=body.quiet_backfill,
                settings=_config(request),
            )
        except core.WatchError as exc:
            raise BadRequest(str(exc)) from exc
        return {**row.to_dict(secret=True), "alerts": store.count_alerts(row.name)}


def _remove_watch(request: Request, name: str) -> dict[str, Any]:
    with request.app.state.write_lock:
        try:
            core.remove_watch(_writer(request), name)
        except core.WatchError as exc:
            raise NotFound(str(exc)) from exc
    return {"removed": name}


# -- JSON API ---------------------------------------------------------------------------


@router.get("/api/sources", tags=["feeds"], summary="Followed sources and their last fetch")
def sources(store: StoreDep) -> list[dict[str, Any]]:
    """Every source: URL, language, interval, last fetch, status, items stored, errors."""
    return core.list_sources(store)


@router.post(
    "/api/sources",
    tags=["feeds"],
    summary="Follow a source (bearer token required)",
    dependencies=[Depends(require_token)],
)
async def add_source(request: Request, body: SourceIn) -> dict[str, Any]:
    """Follow a feed or sitemap; ``storyline watch`` polls it."""
    return await run_in_threadpool(_add_source, request, body)


@router.delete(
    "/api/sources/{source_id}",
    tags=["feeds"],
    summary="Stop following a source (bearer token required)",
    dependencies=[Depends(require_token)],
)
async def remove_source(
    request: Request, source_id: Annotated[int, Path(ge=1, le=10**12)]
) -> dict[str, Any]:
    """Stop following; its articles stay."""
    return await run_in_threadpool(_remove_source, request, str(source_id))


@router.get("/api/watches", tags=["feeds"], summary="Watches and their alert counts")
def watches(store: StoreDep) -> list[dict[str, Any]]:
    """Every watch (without its secret)."""
    return core.list_watches(store)


@router.post(
    "/api/watches",
    tags=["feeds"],
    summary="Add a watch (bearer token required)",
    dependencies=[Depends(require_token)],
)
async def add_watch(request: Request, body: WatchIn) -> dict[str, Any]:
    """Add a watch; the answer holds its webhook secret (shown only here)."""
    return await run_in_threadpool(_add_watch, request, body)


@router.delete(
    "/api/watches/{name}",
    tags=["feeds"],
    summary="Remove a watch (bearer token required)",
    dependencies=[Depends(require_token)],
)
async def remove_watch(
    request: Request, name: Annotated[str, Path(pattern=NAME_PATTERN)]
) -> dict[str, Any]:
    """Delete a watch with its alerts."""
    return await run_in_threadpool(_remove_watch, request, name)


@router.get("/api/watches/{name}/alerts", tags=["feeds"], summary="A watch's alerts")
def watch_alerts(
    store: StoreDep, name: Annotated[str, Path(pattern=NAME_PATTERN)]
) -> list[dict[str, Any]]:
    """Newest first, in the form its webhook receives them."""
    if store.get_watch(name) is None:
        raise NotFound(f"no watch {name!r}")
    return core.watch_alerts(store, name)


# -- Atom ---------------------------------------------------------------------------------


@router.get("/watches/{name}.atom", include_in_schema=False)
def watch_feed(
    request: Request, store: StoreDep, name: Annotated[str, Path(pattern=NAME_PATTERN)]
) -> Response:
    if store.get_watch(name) is None:
        raise NotFound(f"no watch {name!r}")
    return Response(core.watch_atom(store, name, _base(request)), media_type=ATOM)


@router.get("/stories/{story_id}.atom", include_in_schema=False)
def story_feed(
    request: Request,
    store: StoreDep,
    story_id: Annotated[str, Path(pattern=r"^[0-9A-Za-z_-]{1,64}$")],
) -> Response:
    feed = core.story_atom(store, story_id, _base(request))
    if feed is None:
        raise NotFound(f"no story {story_id!r}")
    return Response(feed, media_type=ATOM)


# -- pages --------------------------------------------------------------------------------


async def _form(request: Request) -> dict[str, str]:
    raw = (await request.body()).decode("utf-8", "replace")
    return {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}


def _check_form_token(request: Request, form: dict[str, str]) -> None:
    expected = request.app.state.settings.token
    if not expected:
        raise HTTPException(403, "this server is read-only: start it with STORYLINE_TOKEN set")
    if not tokens_match(form.get("token", "").strip(), expected):
        raise HTTPException(401, "wrong token")


@router.get("/sources", response_class=HTMLResponse, include_in_schema=False)
def sources_page(request: Request, store: StoreDep) -> HTMLResponse:
    return _render(
        request,
        "sources.html",
        title="Sources",
        sources=core.list_sources(store),
        writable=not request.app.state.settings.read_only,
    )


@router.post("/sources", include_in_schema=False)
async def sources_form(request: Request) -> Response:
    form = await _form(request)
    _check_form_token(request, form)
    if form.get("remove"):
        await run_in_threadpool(_remove_source, request, form["remove"])
    else:
        body = SourceIn(
            url=form.get("url", "").strip(),
            lang=form.get("lang") or None,
            every=form.get("every") or None,
        )
        await run_in_threadpool(_add_source, request, body)
    return RedirectResponse("/sources", status_code=303)


@router.get("/watches", response_class=HTMLResponse, include_in_schema=False)
def watches_page(request: Request, store: StoreDep) -> HTMLResponse:
    return _render(
        request,
        "watches.html",
        title="Watches",
        watches=core.list_watches(store),
        events=core.EVENTS,
        writable=not request.app.state.settings.read_only,
        created=None,
    )


@router.post("/watches", include_in_schema=False)
async def watches_form(request: Request) -> Response:
    form = await _form(request)
    _check_form_token(request, form)
    if form.get("remove"):
        await run_in_threadpool(_remove_watch, request, form["remove"])
        return RedirectResponse("/watches", status_code=303)
    try:
        body = WatchIn(
            name=form.get("name", "").strip(),
            query=form.get("query") or None,
            entity=form.get("entity") or None,
            lang=form.get("lang") or None,
            min_languages=int(form.get("min_languages") or 1),
            on=[e for e in form.get("on", "new-story").split(",") if e.strip()],
            webhook=form.get("webhook") or None,
            secret=None,
            quiet_backfill=bool(form.get("quiet_backfill")),
        )
    except ValueError as exc:
        raise BadRequest(" ".join(str(exc).split())[:300]) from exc
    created = await run_in_threadpool(_add_watch, request, body)
    store = request.app.state.store
    return _render(
        request,
        "watches.html",
        title="Watches",
        watches=core.list_watches(store),
        events=core.EVENTS,
        writable=True,
        created=created,
    )


@router.get("/watches/{name}", response_class=HTMLResponse, include_in_schema=False)
def watch_page(
    request: Request, store: StoreDep, name: Annotated[str, Path(pattern=NAME_PATTERN)]
) -> HTMLResponse:
    watch = next((w for w in core.list_watches(store) if w["name"] == name), None)
    if watch is None:
        raise NotFound(f"no watch {name!r}")
    return _render(
        request,
        "watch.html",
        title=f"Watch {name}",
        watch=watch,
        alerts=core.watch_alerts(store, name),
    )
