"""Split and merge through the token-guarded API, and "joined because" on the story page."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web API needs fastapi (pip install fastapi)")
pytest.importorskip("httpx", reason="TestClient needs httpx (pip install httpx)")

from fastapi.testclient import TestClient  # noqa: E402

from storyline.store import Store  # noqa: E402
from storyline.web.app import create_app  # noqa: E402

TOKEN = "edit-token-456"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _biggest(db: Path) -> tuple[str, list[str]]:
    with Store(db) as store:
        story = max(store.list_stories(), key=lambda s: (s.n_articles, s.id))
    return story.id, story.article_ids


def test_split_and_merge_through_the_api(sample_db_copy: Path) -> None:
    story, members = _biggest(sample_db_copy)
    assert len(members) >= 3
    with TestClient(create_app(sample_db_copy, token=TOKEN)) as client:
        page = client.get(f"/stories/{story}")
        assert page.status_code == 200 and "joined because: probability" in page.text
        data = client.get(f"/api/stories/{story}").json()
        assert any(a["joined_because"].startswith("joined because") for a in data["articles"])
        url = f"/api/articles/{members[-1]}/split"
        assert client.post(url).status_code == 401
        assert client.post(url, headers={"Authorization": "Bearer nope"}).status_code == 401
        done = client.post(url, headers=AUTH)
        assert done.status_code == 200, done.text
        moved = done.json()
        assert moved["from_story"] == story and moved["articles"] == [members[-1]]
        left = client.get(f"/api/stories/{story}").json()
        assert members[-1] not in left["article_ids"]
        assert left["n_articles"] == len(members) - 1
        again = client.post(url, headers=AUTH)
        assert again.status_code == 422 and "already alone" in again.json()["error"]
        merge = client.post(
            f"/api/stories/{story}/merge", json={"story": moved["story_id"]}, headers=AUTH
        )
        assert merge.status_code == 200, merge.text
        whole = client.get(f"/api/stories/{story}").json()
        assert sorted(whole["article_ids"]) == sorted(members)
        missing = client.post(f"/api/stories/{story}/merge", json={"story": "snope"}, headers=AUTH)
        assert missing.status_code == 404
    with Store(sample_db_copy) as store:
        assert store.constrained_with(members[-1], "must") or store.constrained_with(
            members[0], "must"
        )


def test_edits_on_a_read_only_server_are_refused(sample_db_copy: Path) -> None:
    story, members = _biggest(sample_db_copy)
    with TestClient(create_app(sample_db_copy, token="")) as client:
        assert client.post(f"/api/articles/{members[0]}/split").status_code == 403
        assert client.post(f"/api/stories/{story}/merge", json={"story": story}).status_code == 403
