"""The JSON API under ``/api``: thin handlers over :mod:`storyline.web.service`.

Read endpoints are open. ``POST /api/articles``, ``POST
/api/articles/{id}/split`` and ``POST /api/stories/{id}/merge`` need
``Authorization: Bearer <token>`` matching the server's token; a server started without one
is read-only and answers 403. Errors are ``{"error": "<one line>"}`` with
401, 403, 404, 413, 415 or 422.

Examples
--------
>>> [r.path for r in router.routes][:3]
['/api/health', '/api/stories', '/api/stories/{story_id}']
"""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from storyline.api import Store
from storyline.settings import Settings
from storyline.web import service
from storyline.web.errors import BadRequest, NotFound
from storyline.web.ingest import ingest_one, tokens_match

__all__ = ["ArticleIn", "router"]

router = APIRouter(prefix="/api", tags=["api"])

LANG_PATTERN = r"^[a-z]{2,3}$"
ID_PATTERN = r"^[0-9A-Za-z_-]{1,64}$"

Lang = Annotated[
    str | None,
    Query(pattern=LANG_PATTERN, description="ISO 639-1 language code, e.g. `fa`."),
]


def _config(request: Request) -> Settings:
    """The :class:`Settings` the app was built with (passed down to every service call)."""
    config: Settings = request.app.state.settings.config
    return config


def get_store(request: Request) -> Store:
    """The app's reading store (one connection, shared by the request threads)."""
    return request.app.state.store


StoreDep = Annotated[Store, Depends(get_store)]


@router.get("/health", summary="Service status and store counts")
def health(request: Request, store: StoreDep) -> dict[str, Any]:
    """Counts of articles, stories and languages; ``read_only`` when no token is set."""
    return service.health(store, read_only=request.app.state.settings.read_only)


@router.get("/stories", summary="List stories, most recent and most active first")
def stories(
    store: StoreDep,
    since: Annotated[date | None, Query(description="Seen on or after (YYYY-MM-DD).")] = None,
    until: Annotated[date | None, Query(description="First seen on or before.")] = None,
    lang: Lang = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the story.")] = None,
    min_languages: Annotated[int, Query(ge=1, le=100)] = 1,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> dict[str, Any]:
    """A page of stories with ``total``, languages, outlets and articles per day."""
    if since and until and since > until:
        raise BadRequest("since must not be after until")
    return service.story_list(
        store,
        since=since.isoformat() if since else None,
        until=until.isoformat() if until else None,
        lang=lang,
        q=q,
        min_languages=min_languages,
        limit=limit,
        offset=offset,
    )


@router.get("/stories/{story_id}", summary="One story with its articles and coverage")
def story(
    request: Request, store: StoreDep, story_id: Annotated[str, Path(pattern=ID_PATTERN)]
) -> dict[str, Any]:
    """Articles (and ids per language), per-day counts and the cross-language coverage."""
    return service.story_detail(store, story_id, settings=_config(request))


@router.get("/articles/{article_id}", summary="One article")
def article(
    request: Request,
    store: StoreDep,
    article_id: Annotated[str, Path(pattern=ID_PATTERN)],
    similar: Annotated[int, Query(ge=0, le=20)] = 6,
) -> dict[str, Any]:
    """Every field of the article, its story and similar articles in other languages."""
    return service.article_detail(
        store,
        article_id,
        similar=similar,
        index=request.app.state.semantic,
        settings=_config(request),
    )


@router.get("/search", summary="Keyword and cross-lingual semantic search")
def search(
    request: Request,
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=500, description="The query.")],
    lang: Lang = None,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
    semantic: Annotated[bool, Query(description="Also search by meaning.")] = True,
) -> dict[str, Any]:
    """``keyword`` hits (full-text index) and ``semantic`` hits (multilingual vectors)."""
    return service.search(
        store,
        q,
        lang=lang,
        limit=limit,
        semantic=semantic,
        index=request.app.state.semantic,
        settings=_config(request),
    )


@router.get("/compare", summary="Compare two articles")
def compare(
    request: Request,
    store: StoreDep,
    a: Annotated[str, Query(pattern=ID_PATTERN, description="First article id.")],
    b: Annotated[str, Query(pattern=ID_PATTERN, description="Second article id.")],
) -> dict[str, Any]:
    """Similarity scores and the facts the two articles share or report alone."""
    return service.compare(store, a, b, settings=_config(request))


class ArticleIn(BaseModel):
    """An article posted as JSON: ``text`` or ``html``, plus optional metadata.

    Examples
    --------
    >>> ArticleIn(text="Rain in Lima.", lang="es").html is None
    True
    """

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="Plain article text.")
    html: str | None = Field(None, description="A saved HTML page (the main text is extracted).")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=4000)
    lang: str | None = Field(None, pattern=LANG_PATTERN)
    outlet: str | None = Field(None, max_length=500)
    published: str | None = Field(None, max_length=100, description="Any date format.")
    author: str | None = Field(None, max_length=500)


def require_token(request: Request) -> None:
    """403 on a read-only server; 401 when the bearer token is missing or wrong."""
    expected = request.app.state.settings.token
    if not expected:
        raise HTTPException(
            403,
            "this server is read-only: start it with STORYLINE_TOKEN set to accept articles",
        )
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    challenge = {"WWW-Authenticate": "Bearer"}
    if scheme.lower() != "bearer" or not given.strip():
        raise HTTPException(
            401, "missing bearer token: send Authorization: Bearer <token>", challenge
        )
    if not tokens_match(given.strip(), expected):
        raise HTTPException(401, "wrong bearer token", challenge)


POST_BODY_DOC: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/ArticleIn"}},
            "text/plain": {"schema": {"type": "string"}},
            "text/html": {"schema": {"type": "string"}},
        },
    }
}


def _writer(request: Request) -> Store:
    state = request.app.state
    if state.writer is None:
        state.writer = Store(state.settings.db_path)
    return state.writer


def _decode(raw: bytes, charset: str | None) -> str:
    try:
        return raw.decode(charset or "utf-8")
    except (LookupError, UnicodeDecodeError) as exc:
        raise BadRequest(f"body is not valid {charset or 'utf-8'} text") from exc


@router.post(
    "/articles",
    status_code=201,
    summary="Add an article (bearer token required)",
    dependencies=[Depends(require_token)],
    openapi_extra=POST_BODY_DOC,
)
async def post_article(
    request: Request,
    title: Annotated[str | None, Query(max_length=1000)] = None,
    url: Annotated[str | None, Query(max_length=4000)] = None,
    lang: Lang = None,
    outlet: Annotated[str | None, Query(max_length=500)] = None,
    published: Annotated[str | None, Query(max_length=100)] = None,
) -> dict[str, Any]:
    """Ingest JSON (`ArticleIn`), or a raw `text/plain` / `text/html` body with metadata
    in the query string. Answers the stored id, its status and its story."""
    media, _, params = request.headers.get("content-type", "").partition(";")
    media = media.strip().lower()
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip('"').lower()
    raw = await request.body()
    declared: dict[str, str | None] = {
        "title": title,
        "url": url,
        "lang": lang,
        "outlet": outlet,
        "published": published,
    }
    if media == "application/json":
        try:
            payload = json.loads(raw.decode(charset or "utf-8"))
            body = ArticleIn.model_validate(payload)
        except (UnicodeDecodeError, LookupError, json.JSONDecodeError) as exc:
            raise BadRequest(f"body is not valid JSON: {exc}") from exc
        except RecursionError as exc:
            raise BadRequest("body is not valid JSON: nested too deeply") from exc
        except ValidationError as exc:
            raise BadRequest(_pydantic_message(exc)) from exc
        if bool(body.text and body.text.strip()) == bool(body.html and body.html.strip()):
            raise BadRequest("give exactly one of 'text' or 'html'")
        kind, content = ("html", body.html) if body.html else ("text", body.text)
        declared.update(body.model_dump(exclude={"text", "html"}, exclude_none=True))
    elif media in ("text/plain", "text/html"):
        kind, content = ("html" if media == "text/html" else "text"), _decode(raw, charset)
        if not content.strip():
            raise BadRequest("empty body: send the article text")
    else:
        raise HTTPException(
            415, "unsupported Content-Type: use application/json, text/plain or text/html"
        )
    state = request.app.state

    def write() -> dict[str, Any]:
        with state.write_lock:  # one writer at a time: linking decisions stay consistent
            return ingest_one(
                _writer(request),
                content or "",
                kind=kind,
                declared=declared,
                origin="api",
                settings=_config(request),
            )

    return await run_in_threadpool(write)


class MergeIn(BaseModel):
    """Body of ``POST /api/stories/{story_id}/merge``: the story to merge into it."""

    model_config = ConfigDict(extra="forbid")

    story: str = Field(..., pattern=ID_PATTERN, description="Story whose articles move in.")


def _edit(request: Request, action: Any) -> dict[str, Any]:
    from storyline.api import EditError, StoreError

    state = request.app.state
    with state.write_lock:
        try:
            return action(_writer(request), state.settings.config).to_dict()
        except EditError as exc:
            message = str(exc)
            if message.startswith("no "):
                raise NotFound(message) from exc
            raise BadRequest(message) from exc
        except StoreError as exc:
            raise BadRequest(str(exc)) from exc


@router.post(
    "/articles/{article_id}/split",
    summary="Move an article out of its story (bearer token required)",
    dependencies=[Depends(require_token)],
)
async def split_article(
    request: Request, article_id: Annotated[str, Path(pattern=ID_PATTERN)]
) -> dict[str, Any]:
    """The article gets a story of its own and never rejoins the members it left
    (also after relink). Answers ``story_id`` (its new story) and ``from_story``."""
    from storyline.api import split_article as split

    return await run_in_threadpool(
        _edit, request, lambda store, config: split(store, article_id, config)
    )


@router.post(
    "/stories/{story_id}/merge",
    summary="Merge another story into this one (bearer token required)",
    dependencies=[Depends(require_token)],
)
async def merge_story(
    request: Request, story_id: Annotated[str, Path(pattern=ID_PATTERN)], body: MergeIn
) -> dict[str, Any]:
    """Every article of ``body.story`` moves into ``story_id``; remembered by relink.
    Answers ``story_id``, ``from_story`` and the ``articles`` moved."""
    from storyline.api import merge_stories

    return await run_in_threadpool(
        _edit, request, lambda store, config: merge_stories(store, story_id, body.story, config)
    )


def _pydantic_message(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors()[:5]:
        where = ".".join(str(p) for p in error.get("loc", ())) or "body"
        parts.append(f"body field {where!r}: {error.get('msg', 'invalid')}")
    return "invalid " + "; ".join(parts)
