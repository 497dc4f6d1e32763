"""Sources and watches on the web: open reads, token-guarded writes, pages, Atom feeds."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import feedparser
import pytest
from fastapi.testclient import TestClient

from storyline.settings import Settings
from storyline.web.app import create_app

AUTH = {"Authorization": "Bearer t0ken"}


@pytest.fixture()
def client(sample_db_copy: Path) -> TestClient:
    app = create_app(sample_db_copy, token="t0ken")
    with TestClient(app) as c:
        yield c


def test_reads_are_open_and_writes_need_the_token(client: TestClient) -> None:
    assert client.get("/api/sources").json() == []
    body = {"url": "https://news.test/rss", "lang": "fr", "every": "30m"}
    assert client.post("/api/sources", json=body).status_code == 401
    assert (
        client.post("/api/sources", json=body, headers={"Authorization": "Bearer x"}).status_code
        == 401
    )
    added = client.post("/api/sources", json=body, headers=AUTH)
    assert added.status_code == 200 and added.json()["outcome"] == "added"
    assert [(s["url"], s["lang"], s["every_s"]) for s in client.get("/api/sources").json()] == [
        ("https://news.test/rss", "fr", 1800)
    ]
    bad = client.post("/api/sources", json={"url": "file:///etc/passwd"}, headers=AUTH)
    assert bad.status_code == 422 and "not an http(s) URL" in bad.json()["error"]
    page = client.get("/sources")
    assert page.status_code == 200 and "https://news.test/rss" in page.text
    assert client.delete("/api/sources/1").status_code == 401
    assert client.delete("/api/sources/1", headers=AUTH).json() == {
        "removed": "https://news.test/rss"
    }
    assert client.delete("/api/sources/1", headers=AUTH).status_code == 404


def test_watch_api_pages_and_atom_feeds(client: TestClient) -> None:
    body = {
        "name": "quake",
        "query": "Elazığ",
        "on": ["new-story"],
        "webhook": "http://127.0.0.1:9/h",
    }
    assert client.post("/api/watches", json=body).status_code == 401
    made = client.post("/api/watches", json=body, headers=AUTH)
    assert made.status_code == 200, made.text
    assert len(made.json()["secret"]) == 64 and made.json()["alerts"] >= 1
    listed = client.get("/api/watches").json()
    assert listed[0]["name"] == "quake" and "secret" not in listed[0]
    alerts = client.get("/api/watches/quake/alerts").json()
    assert alerts[0]["kind"] == "new-story"
    story = alerts[0]["story"]["id"]
    page = client.get("/watches/quake")
    assert page.status_code == 200 and "new story" in page.text and "t0ken" not in page.text
    assert made.json()["secret"] not in page.text + client.get("/watches").text
    atom = client.get("/watches/quake.atom")
    assert atom.headers["content-type"].startswith("application/atom+xml")
    parsed = feedparser.parse(atom.content)
    assert parsed.bozo == 0 and len(parsed.entries) == len(alerts)
    story_feed = feedparser.parse(client.get(f"/stories/{story}.atom").content)
    assert story_feed.bozo == 0 and len(story_feed.entries) == alerts[0]["story"]["articles"]
    assert client.get("/stories/nope.atom").status_code == 404
    assert client.get(f"/stories/{story}").status_code == 200  # the story page still answers
    assert client.delete("/api/watches/quake", headers=AUTH).json() == {"removed": "quake"}
    assert client.get("/watches/quake").status_code == 404


def test_forms_carry_the_token(client: TestClient) -> None:
    form = {"url": "https://wire.test/atom", "every": "1h", "token": "wrong"}
    assert client.post("/sources", data=form).status_code == 401
    form["token"] = "t0ken"
    done = client.post("/sources", data=form, follow_redirects=False)
    assert done.status_code == 303
    assert "https://wire.test/atom" in client.get("/sources").text
    made = client.post(
        "/watches", data={"name": "w1", "query": "Cotopaxi", "on": "new-language", "token": "t0ken"}
    )
    assert made.status_code == 200 and "Watch <strong>w1</strong> added" in made.text


def test_read_only_server_refuses_writes(sample_db_copy: Path) -> None:
    app = create_app(sample_db_copy, token="", settings=dataclasses.replace(Settings()))
    with TestClient(app) as c:
        assert c.post("/api/watches", json={"name": "x", "query": "y"}).status_code == 403
        assert "Read-only server" in c.get("/watches").text
        assert c.post("/sources", data={"url": "https://a.test/", "token": "x"}).status_code == 403
