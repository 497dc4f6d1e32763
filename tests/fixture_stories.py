"""Link a small fixture folder with the real encoder: each file's story and "joined because" line."""

from __future__ import annotations

from pathlib import Path

from storyline.api import describe_reason
from storyline.encode import get_encoder
from storyline.link.tracker import TrackerConfig
from storyline.pipeline import ingest
from storyline.store import Store


def fixture_stories(folder: Path, config: TrackerConfig) -> tuple[dict[str, str], dict[str, str]]:
    """Ingest ``folder/*.txt`` (file-name order) with ``config``; file name -> story, -> reason."""
    store = Store(":memory:")
    files = sorted(str(p) for p in folder.glob("*.txt"))
    ingest(files, store, encoder=get_encoder("e5-small"), tracker_config=config)
    ids = {Path(str(a.origin)).name: a.id for a in store.list_articles()}
    names = {v: k for k, v in ids.items()}
    rows = store.link_rows(ids=list(ids.values()), model="e5-small@400")
    stories, reasons = {}, {}
    for r in rows:
        story = store.resolve_story(r.story_id) or ""
        stories[names[r.article_id]] = story
        detail = store.get_story(story)
        assert detail is not None
        member = next(m for m in detail.articles if m.id == r.article_id)
        reasons[names[r.article_id]] = describe_reason(member.reason)
    store.close()
    return stories, reasons
