"""The ``coverage`` command: what each language's reporting of a story shares and adds."""

from __future__ import annotations

from typing import Annotated

import typer

from storyline.cli.common import (
    Commands,
    DbOption,
    JsonOption,
    _fail,
    _open_store,
    _print_json,
    console,
    settings,
)
from storyline.settings import DEFAULT_ENCODER

commands = Commands()
"""What this module offers the ``storyline`` app (registered by :mod:`storyline.cli`)."""


@commands.command()
def coverage(
    story_id: Annotated[
        str | None, typer.Argument(help="Story id (see `storyline stories`).", show_default=False)
    ] = None,
    db: DbOption = None,
    articles: Annotated[
        str | None,
        typer.Option("--articles", help="Comma-separated article ids instead of a story."),
    ] = None,
    model: Annotated[str, typer.Option("--model", help="Sentence encoder.")] = DEFAULT_ENCODER,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Show at most this many facts.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Facts of a story across languages: shared, unique, entities and conflicts."""
    from storyline.api import coverage_for
    from storyline.cli.render import render_coverage

    if not story_id and not articles:
        raise _fail("give a STORY_ID or --articles ID,ID,...")
    with _open_store(db, must_exist=True) as store:
        if articles:
            ids = [x.strip() for x in articles.split(",") if x.strip()]
        else:
            story = store.get_story(story_id)
            if story is None:
                raise _fail(f"no story {story_id!r}")
            ids = [a.id for a in story.articles]
        loaded = []
        for aid in ids:
            art = store.get_article(aid)
            if art is None:
                raise _fail(f"no article {aid!r}")
            loaded.append(art)
        if not loaded:
            raise _fail("the story has no articles")
        cov = coverage_for(store, loaded, settings(encoder=model))
    if as_json:
        out = cov.to_dict()
        out["story_id"] = story_id
        _print_json(out)
        return
    render_coverage(cov, console, max_facts=limit)
