"""Server-rendered pages: story list, story, article, search, API docs.

Templates live in ``templates/`` and are rendered by a Jinja2 environment
with autoescaping on for every template; article-derived strings are never
marked safe. Charts are inline SVG laid out by :mod:`storyline.web.charts`.
Each page's data comes from the same :mod:`storyline.web.service` call as
its JSON twin under ``/api``.

Examples
--------
>>> TEMPLATES.env.autoescape
True
>>> sorted(r.path for r in router.routes)[:2]
['/', '/articles/{article_id}']
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Any

import jinja2
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from storyline import __version__
from storyline.web import service
from storyline.web.charts import sparkline, timeline
from storyline.web.display import day_of, language_name, safe_href, text_dir
from storyline.web.errors import BadRequest

__all__ = ["TEMPLATES", "render_error", "router"]

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"

_ENV = jinja2.Environment(
    loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_ENV.globals.update(
    text_dir=text_dir,
    language_name=language_name,
    safe_href=safe_href,
    day_of=day_of,
    version=__version__,
)
TEMPLATES = Jinja2Templates(env=_ENV)

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 20


def _render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, name, context, status_code=status)


def render_error(request: Request, status: int, message: str) -> Response:
    """The HTML error page (used by the app's exception handlers for non-API paths)."""
    return _render(
        request, "error.html", status=status, status_code=status, message=message, title=str(status)
    )


def _expand(per_day: dict[str, int]) -> list[str | None]:
    return [day for day, n in per_day.items() for _ in range(n)]


@router.get("/", response_class=HTMLResponse)
def story_list_page(
    request: Request,
    since: date | None = None,
    until: date | None = None,
    lang: Annotated[str | None, Query(pattern=r"^([a-z]{2,3})?$")] = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    min_languages: Annotated[int, Query(ge=1, le=100)] = 1,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> HTMLResponse:
    """Stories, most recent and most active first, with chips and sparklines."""
    store = request.app.state.store
    data = service.story_list(
        store,
        since=since.isoformat() if since else None,
        until=until.isoformat() if until else None,
        lang=lang or None,
        q=q,
        min_languages=min_languages,
        limit=PAGE_SIZE,
        offset=(page - 1) * PAGE_SIZE,
    )
    for row in data["stories"]:
        row["spark"] = sparkline(_expand(row["per_day"]) + [None] * row["undated"])
    filters = {
        "since": since.isoformat() if since else "",
        "until": until.isoformat() if until else "",
        "lang": lang or "",
        "q": q or "",
        "min_languages": min_languages,
    }
    return _render(
        request,
        "stories.html",
        data=data,
        filters=filters,
        page=page,
        pages=max(1, -(-data["total"] // PAGE_SIZE)),
        languages=store.languages(),
        title="Stories",
    )


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str) -> HTMLResponse:
    """One story: timeline, articles side by side by language, coverage."""
    data = service.story_detail(
        request.app.state.store, story_id, settings=request.app.state.settings.config
    )
    plot = timeline([(a["id"], a["lang"], a["published"], a["title"]) for a in data["articles"]])
    columns = {
        lang: [a for a in data["articles"] if a["id"] in ids]
        for lang, ids in data["by_language"].items()
    }
    return _render(
        request,
        "story.html",
        story=data,
        plot=plot,
        columns=columns,
        title=data["title"] or "Story",
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    """One article: metadata, normalised and original text, similar articles."""
    data = service.article_detail(
        request.app.state.store,
        article_id,
        index=request.app.state.semantic,
        settings=request.app.state.settings.config,
    )
    return _render(request, "article.html", article=data, title=data["title"] or "Article")


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    q: Annotated[str | None, Query(max_length=500)] = None,
    lang: Annotated[str | None, Query(pattern=r"^([a-z]{2,3})?$")] = None,
) -> HTMLResponse:
    """Keyword and semantic results side by side; an empty form without ``q``."""
    store = request.app.state.store
    results = None
    message = None
    if q and q.strip():
        try:
            results = service.search(
                store,
                q,
                lang=lang or None,
                limit=10,
                index=request.app.state.semantic,
                settings=request.app.state.settings.config,
            )
        except BadRequest as exc:
            message = str(exc)
    return _render(
        request,
        "search.html",
        q=q or "",
        lang=lang or "",
        languages=store.languages(),
        results=results,
        message=message,
        title=f"Search: {q}" if q else "Search",
    )


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The OpenAPI description rendered as a plain page (no CDN, no script)."""
    spec = request.app.openapi()
    operations = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            operations.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "parameters": [
                        {
                            "name": p.get("name"),
                            "in": p.get("in"),
                            "required": p.get("required", False),
                            "schema": _schema_text(p.get("schema", {})),
                        }
                        for p in op.get("parameters", [])
                    ],
                    "body": sorted(op.get("requestBody", {}).get("content", {})),
                    "responses": sorted(op.get("responses", {})),
                }
            )
    schema = spec.get("components", {}).get("schemas", {}).get("ArticleIn", {})
    fields = [(name, _schema_text(s)) for name, s in schema.get("properties", {}).items()]
    return _render(
        request, "docs.html", spec=spec, operations=operations, fields=fields, title="API"
    )


def _schema_text(schema: dict[str, Any]) -> str:
    """A short human description of a JSON schema (type, bounds, pattern, default)."""
    if "anyOf" in schema:
        kinds = [_schema_text(s) for s in schema["anyOf"] if s.get("type") != "null"]
        text = " or ".join(kinds) or "any"
    else:
        text = str(schema.get("format") or schema.get("type") or "any")
    bounds = [
        f"{label} {schema[key]}"
        for key, label in (
            ("minimum", ">="),
            ("maximum", "<="),
            ("minLength", "length >="),
            ("maxLength", "length <="),
        )
        if key in schema
    ]
    if "pattern" in schema:
        bounds.append(f"pattern {schema['pattern']}")
    if "default" in schema and schema["default"] is not None:
        bounds.append(f"default {schema['default']}")
    return text + (f" ({', '.join(bounds)})" if bounds else "")
