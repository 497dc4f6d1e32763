"""The ``storyline serve`` command: the web pages and JSON API over a store."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from storyline.cli.common import (
    Commands,
    DbOption,
    _fail,
    err,
    settings,
)
from storyline.settings import Settings
from storyline.terminal import safe
from storyline.web.server import DEFAULT_BODY_TIMEOUT, DEFAULT_HEADER_TIMEOUT

commands = Commands()
"""What this module offers the ``storyline`` app (registered by :mod:`storyline.cli`)."""


@commands.command()
def serve(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option("--host", help="Interface to listen on (default: this machine only).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8000,
    token_env: Annotated[
        str,
        typer.Option(
            "--token-env",
            help="Environment variable holding the bearer token for POST /api/articles; "
            "unset or empty: the server is read-only.",
        ),
    ] = "STORYLINE_TOKEN",
    max_body: Annotated[
        int, typer.Option("--max-body", min=1, help="Largest request body in bytes (413 above).")
    ] = Settings.max_body_bytes,
    header_timeout: Annotated[
        float,
        typer.Option(
            "--header-timeout", min=0.1, help="Seconds a client has to send a request head."
        ),
    ] = DEFAULT_HEADER_TIMEOUT,
    body_timeout: Annotated[
        float,
        typer.Option(
            "--body-timeout", min=0.1, help="Seconds a client has to send a request body."
        ),
    ] = DEFAULT_BODY_TIMEOUT,
) -> None:
    """Serve the story pages and the JSON API (docs at /docs)."""
    try:
        import uvicorn

        from storyline.web.app import create_app
    except ImportError as exc:
        raise _fail(f"the web server needs fastapi, uvicorn and jinja2 ({exc})") from exc
    from storyline.api import StoreError, default_db_path

    path = db or default_db_path()
    token = os.environ.get(token_env, "").strip() or None
    try:
        web_app = create_app(path, token=token or "", max_body_bytes=max_body, settings=settings())
    except StoreError as exc:
        raise _fail(str(exc)) from exc
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(
            f"warning: listening on {safe(host)}, reachable from other machines", highlight=False
        )
    mode = (
        "read-write (bearer token set)"
        if token
        else f"read-only (set {token_env} to accept articles)"
    )
    err.print(
        f"storyline: serving {safe(path)} on http://{safe(host)}:{port}/ - {mode}", highlight=False
    )
    from storyline.web.server import server_config

    config = server_config(
        web_app, host=host, port=port, header_timeout=header_timeout, body_timeout=body_timeout
    )
    uvicorn.Server(config).run()
