"""The JSON API: every endpoint, its errors (401, 403, 404, 413, 415, 422) and its data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web API needs fastapi (pip install fastapi)")
pytest.importorskip("httpx", reason="TestClient needs httpx (pip install httpx)")

from fastapi.testclient import TestClient  # noqa: E402

from storyline.sample import load_manifest  # noqa: E402
from storyline.store import Store  # noqa: E402
from storyline.web.app import create_app  # noqa: E402

TOKEN = "test-token-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
DREDGING_QUERY = "Iran and Iraq agree to dredge the Shatt al-Arab waterway together"


@pytest.fixture(scope="module")
def client(sample_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(sample_db, token="")) as c:
        yield c


@pytest.fixture(scope="module")
def store(sample_db: Path) -> Iterator[Store]:
    with Store(sample_db) as s:
        yield s


@pytest.fixture()
def empty_app(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(tmp_path / "empty.db", token=TOKEN, max_body_bytes=4096)) as c:
        yield c


def _manifest_title(story: str, lang: str) -> str:
    return next(e["title"] for e in load_manifest() if e["story"] == story and e["lang"] == lang)


def _id_by_title(store: Store, title: str) -> str:
    ids = [a.id for a in store.list_articles() if a.title == title]
    assert len(ids) == 1, f"{title!r} stored {len(ids)} times"
    return ids[0]


# -- reading -------------------------------------------------------------------


def test_health_counts_the_store(client: TestClient, store: Store) -> None:
    data = client.get("/api/health").json()
    assert data["status"] == "ok"
    originals = [e for e in load_manifest() if not e["duplicate_of"]]
    assert data["articles"] == store.count_articles() == len(originals)
    assert data["stories"] == len(store.list_stories()) > 0
    assert data["languages"]["fa"] == sum(e["lang"] == "fa" for e in originals)
    assert data["read_only"] is True


def test_story_list_is_paged_with_a_total(client: TestClient, store: Store) -> None:
    everything = client.get("/api/stories", params={"limit": 100}).json()
    assert everything["total"] == len(store.list_stories()) == len(everything["stories"])
    first = client.get("/api/stories", params={"limit": 5}).json()
    second = client.get("/api/stories", params={"limit": 5, "offset": 5}).json()
    assert first["total"] == second["total"] == everything["total"]
    assert [s["id"] for s in first["stories"] + second["stories"]] == [
        s["id"] for s in everything["stories"][:10]
    ]
    days = [s["last_seen"][:10] for s in everything["stories"] if s["last_seen"]]
    assert days == sorted(days, reverse=True)  # most recent first (undated stories apart)
    for row in everything["stories"]:
        assert sum(row["per_day"].values()) + row["undated"] == row["n_articles"]
        assert row["n_outlets"] == len(row["outlets"])


def test_story_list_filters(client: TestClient) -> None:
    multi = client.get("/api/stories", params={"min_languages": 3, "limit": 100}).json()
    assert multi["stories"] and all(len(s["languages"]) >= 3 for s in multi["stories"])
    persian = client.get("/api/stories", params={"lang": "fa", "limit": 100}).json()
    assert persian["stories"] and all("fa" in s["languages"] for s in persian["stories"])
    april = client.get(
        "/api/stories", params={"since": "2025-04-20", "until": "2025-04-30", "limit": 100}
    ).json()
    assert april["stories"]
    assert all("2025-04-20" <= s["last_seen"][:10] for s in april["stories"])
    assert all(s["first_seen"][:10] <= "2025-04-30" for s in april["stories"])
    words = client.get("/api/stories", params={"q": "Cotopaxi", "limit": 100}).json()
    assert words["total"] >= 1 and words["total"] < multi["total"] + persian["total"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"limit": 0}, "'limit'"),
        ({"limit": "many"}, "'limit'"),
        ({"offset": -1}, "'offset'"),
        ({"since": "2025-13-01"}, "'since'"),
        ({"lang": "Persian"}, "'lang'"),
        ({"min_languages": 0}, "'min_languages'"),
    ],
)
def test_bad_story_list_parameters_are_422_with_a_message(
    client: TestClient, params: dict[str, object], field: str
) -> None:
    response = client.get("/api/stories", params=params)
    assert response.status_code == 422
    message = response.json()["error"]
    assert message.startswith("invalid query parameter") and field in message


def test_since_after_until_is_422(client: TestClient) -> None:
    response = client.get("/api/stories", params={"since": "2025-05-01", "until": "2025-04-01"})
    assert response.status_code == 422
    assert response.json()["error"] == "since must not be after until"


def test_story_detail(client: TestClient, store: Store) -> None:
    summary = max(store.list_stories(), key=lambda s: (len(s.languages), s.n_articles))
    data = client.get(f"/api/stories/{summary.id}").json()
    assert data["id"] == summary.id
    assert [a["id"] for a in data["articles"]] == summary.article_ids
    assert sorted(data["by_language"]) == summary.languages
    assert sum(len(v) for v in data["by_language"].values()) == summary.n_articles
    assert sum(data["per_day"].values()) + data["undated"] == summary.n_articles
    assert all(a["lead"] for a in data["articles"])


def test_unknown_ids_are_404(client: TestClient) -> None:
    for url in ("/api/stories/sdeadbeefdeadbeef", "/api/articles/deadbeefdeadbeef"):
        response = client.get(url)
        assert response.status_code == 404
        assert "deadbeefdeadbeef" in response.json()["error"]
    response = client.get("/api/compare", params={"a": "deadbeef01", "b": "deadbeef02"})
    assert response.status_code == 404


def test_bad_ids_are_422(client: TestClient) -> None:
    response = client.get("/api/articles/not an id!")
    assert response.status_code == 422
    assert "path parameter 'article_id'" in response.json()["error"]
    short = client.get("/api/articles/abc")  # a prefix must have 6 characters
    assert short.status_code == 422 and "prefix" in short.json()["error"]


def test_article_detail_and_similar_articles_in_other_languages(
    client: TestClient, store: Store
) -> None:
    title = _manifest_title("e1-shatt-al-arab-dredging", "en")
    article_id = _id_by_title(store, title)
    data = client.get(f"/api/articles/{article_id[:10]}").json()
    assert data["id"] == article_id and data["title"] == title
    assert data["text"] and data["text_original"] and data["sentences"]
    assert data["story"] is not None and data["story"]["id"].startswith("s")
    assert data["similar"] and all(s["lang"] != "en" for s in data["similar"])
    similar_titles = {s["title"] for s in data["similar"]}
    assert _manifest_title("e1-shatt-al-arab-dredging", "fa") in similar_titles
    none = client.get(f"/api/articles/{article_id}", params={"similar": 0}).json()
    assert none["similar"] == []


def test_keyword_and_cross_lingual_search(client: TestClient, store: Store) -> None:
    data = client.get("/api/search", params={"q": "Cotopaxi"}).json()
    assert {h["lang"] for h in data["keyword"]} >= {"en", "es"}
    assert all("snippet" in h for h in data["keyword"])
    # the hard negatives (a 2019 memorandum on the same dredging) rank close: top 10
    found = client.get("/api/search", params={"q": DREDGING_QUERY, "limit": 10}).json()
    semantic = {h["title"] for h in found["semantic"]}
    assert _manifest_title("e1-shatt-al-arab-dredging", "fa") in semantic
    assert _manifest_title("e1-shatt-al-arab-dredging", "ar") in semantic
    only_fa = client.get("/api/search", params={"q": DREDGING_QUERY, "lang": "fa"}).json()
    assert only_fa["semantic"] and {h["lang"] for h in only_fa["semantic"]} == {"fa"}
    words_only = client.get("/api/search", params={"q": "Cotopaxi", "semantic": False}).json()
    assert words_only["semantic"] == [] and words_only["keyword"]


def test_bad_searches_are_422(client: TestClient) -> None:
    assert client.get("/api/search").status_code == 422
    empty = client.get("/api/search", params={"q": " ?! "})
    assert empty.status_code == 422 and empty.json()["error"] == "empty search query"
    assert client.get("/api/search", params={"q": "x", "limit": 51}).status_code == 422


def test_compare_same_event_scores_higher_than_different_events(
    client: TestClient, store: Store
) -> None:
    en = _id_by_title(store, _manifest_title("e2-elazig-earthquake", "tr"))
    de = _id_by_title(store, _manifest_title("e2-elazig-earthquake", "de"))
    other = _id_by_title(store, _manifest_title("x-es-basketball-promotion", "es"))
    same = client.get("/api/compare", params={"a": en, "b": de}).json()
    different = client.get("/api/compare", params={"a": en, "b": other}).json()
    assert same["a"]["id"] == en and same["b"]["id"] == de
    assert same["score"]["same_event_probability"] > different["score"]["same_event_probability"]
    assert same["score"]["overall"] < different["score"]["overall"]
    assert "link_probability" not in same["score"]
    assert not different["score"]["same_event"]
    score = same["score"]
    assert score["same_event"] == (score["same_event_probability"] >= score["joins_at"])
    assert same["score"]["evidence"] and 0 < same["score"]["joins_at"] < 1
    assert set(same["score"]["dimensions"]) >= {"Geography", "Entities", "Time"}
    missing = client.get("/api/compare", params={"a": en})
    assert missing.status_code == 422 and "'b'" in missing.json()["error"]


def test_cli_compare_json_is_the_http_answer(sample_db_copy: Path) -> None:
    import json

    from typer.testing import CliRunner

    from storyline.cli import app

    with Store(sample_db_copy) as s:
        a = _id_by_title(s, _manifest_title("e2-elazig-earthquake", "tr"))
        b = _id_by_title(s, _manifest_title("e2-elazig-earthquake", "de"))
    cli = CliRunner().invoke(app, ["compare", a, b, "--db", str(sample_db_copy), "--json"])
    assert cli.exit_code == 0, cli.output
    with TestClient(create_app(sample_db_copy, token="")) as c:
        http = c.get("/api/compare", params={"a": a, "b": b}).json()
    assert json.loads(cli.output) == http


def test_openapi_and_docs_list_every_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert paths == {
        "/api/health",
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/articles/{article_id}",
        "/api/articles",
        "/api/search",
        "/api/compare",
        "/api/articles/{article_id}/split",
        "/api/stories/{story_id}/merge",
        "/api/sources",
        "/api/sources/{source_id}",
        "/api/watches",
        "/api/watches/{name}",
        "/api/watches/{name}/alerts",
    }
    assert "post" in spec["paths"]["/api/articles"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "text/html" in docs.headers["content-type"]
    for path in paths:
        assert path in docs.text
    assert "<script" not in docs.text  # no CDN Swagger bundle, no inline script


def test_security_headers_on_every_response(client: TestClient) -> None:
    for url in ("/api/health", "/", "/api/articles/deadbeefdeadbeef"):
        headers = client.get(url).headers
        csp = headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp
        assert "unsafe-inline" not in csp
        assert headers["x-content-type-options"] == "nosniff"


# -- writing -------------------------------------------------------------------

ARTICLE = {
    "title": "Floods close schools in Porto Alegre",
    "text": "PORTO ALEGRE, Brazil - Heavy rain closed schools across the city on Monday as "
    "the Guaiba river rose above its banks and forced hundreds of families from their homes.",
    "lang": "en",
    "outlet": "Test Wire",
    "published": "2025-05-05",
    "url": "https://wire.example/floods",
}


def test_read_only_server_refuses_writes_with_403(client: TestClient) -> None:
    response = client.post("/api/articles", json=ARTICLE, headers=AUTH)
    assert response.status_code == 403
    assert "read-only" in response.json()["error"]


def test_missing_or_wrong_token_is_401(empty_app: TestClient) -> None:
    missing = empty_app.post("/api/articles", json=ARTICLE)
    assert missing.status_code == 401
    assert missing.json()["error"].startswith("missing bearer token")
    assert missing.headers["www-authenticate"] == "Bearer"
    wrong = empty_app.post("/api/articles", json=ARTICLE, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.json()["error"] == "wrong bearer token"
    basic = empty_app.post("/api/articles", json=ARTICLE, headers={"Authorization": "Basic eDp5"})
    assert basic.status_code == 401
    assert empty_app.get("/api/health").json()["articles"] == 0


def test_token_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORYLINE_TOKEN", "from-env")
    with TestClient(create_app(tmp_path / "env.db")) as c:
        assert c.get("/api/health").json()["read_only"] is False
        bad = c.post("/api/articles", json=ARTICLE, headers=AUTH)
        assert bad.status_code == 401
        good = c.post("/api/articles", json=ARTICLE, headers={"Authorization": "Bearer from-env"})
        assert good.status_code == 201


def test_post_json_stores_links_and_is_idempotent(sample_db_copy: Path) -> None:
    with TestClient(create_app(sample_db_copy, token=TOKEN)) as c:
        before = c.get("/api/health").json()["articles"]
        created = c.post("/api/articles", json=ARTICLE, headers=AUTH)
        assert created.status_code == 201, created.text
        body = created.json()
        assert body["status"] == "added" and body["lang"] == "en"
        assert body["title"] == ARTICLE["title"] and body["story_id"]
        stored = c.get(f"/api/articles/{body['id']}").json()
        assert stored["outlet"] == "Test Wire" and stored["published"].startswith("2025-05-05")
        assert stored["story"]["id"] == body["story_id"]
        assert c.get(f"/api/stories/{body['story_id']}").json()["article_ids"] == [body["id"]]
        again = c.post("/api/articles", json=ARTICLE, headers=AUTH).json()
        assert again["status"] == "exists" and again["id"] == body["id"]
        assert c.get("/api/health").json()["articles"] == before + 1


def test_post_raw_text_and_html(empty_app: TestClient) -> None:
    text = ARTICLE["title"] + "\n\n" + ARTICLE["text"]
    plain = empty_app.post(
        "/api/articles",
        content=text.encode("utf-8"),
        params={"lang": "en", "outlet": "Raw Wire"},
        headers={**AUTH, "Content-Type": "text/plain; charset=utf-8"},
    )
    assert plain.status_code == 201, plain.text
    assert plain.json()["title"] == ARTICLE["title"]
    page = (
        "<html><head><title>Dust storm shuts Baghdad airport</title></head><body><article>"
        "<h1>Dust storm shuts Baghdad airport</h1><p>BAGHDAD - A thick dust storm closed "
        "Baghdad International Airport on Sunday and sent more than 700 people to hospital "
        "with breathing problems, the health ministry said.</p></article></body></html>"
    )
    html = empty_app.post(
        "/api/articles", content=page, headers={**AUTH, "Content-Type": "text/html"}
    )
    assert html.status_code == 201, html.text
    stored = empty_app.get(f"/api/articles/{html.json()['id']}").json()
    assert "<p>" not in stored["text"] and "700 people" in stored["text"]


@pytest.mark.parametrize(
    ("kwargs", "status", "needle"),
    [
        ({"content": b"{not json", "headers": {"Content-Type": "application/json"}}, 422, "JSON"),
        ({"json": {"title": "no text"}}, 422, "exactly one of 'text' or 'html'"),
        ({"json": {"text": "a", "html": "<p>b</p>"}}, 422, "exactly one of 'text' or 'html'"),
        ({"json": {"text": "Rain.", "lang": "english"}}, 422, "'lang'"),
        ({"json": {"text": "Rain.", "color": "red"}}, 422, "'color'"),
        ({"json": ["a list"]}, 422, "invalid body"),
        ({"content": b"   ", "headers": {"Content-Type": "text/plain"}}, 422, "empty body"),
        ({"content": b"\xff\xfe\xfa", "headers": {"Content-Type": "text/plain"}}, 422, "utf-8"),
        (
            {"content": b"a=b", "headers": {"Content-Type": "application/x-www-form-urlencoded"}},
            415,
            "unsupported Content-Type",
        ),
    ],
)
def test_bad_posts_get_a_clear_message(
    empty_app: TestClient, kwargs: dict[str, object], status: int, needle: str
) -> None:
    headers = {**AUTH, **kwargs.pop("headers", {})}  # type: ignore[dict-item]
    response = empty_app.post("/api/articles", headers=headers, **kwargs)  # type: ignore[arg-type]
    assert response.status_code == status, response.text
    assert needle in response.json()["error"]
    assert empty_app.get("/api/health").json()["articles"] == 0


def test_body_over_the_limit_is_413(empty_app: TestClient) -> None:
    big = {**ARTICLE, "text": "word " * 2000}
    declared = empty_app.post("/api/articles", json=big, headers=AUTH)
    assert declared.status_code == 413
    assert "request body too large" in declared.json()["error"]
    assert "4 KiB" in declared.json()["error"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: the server must count
        for _ in range(20):
            yield b"x" * 512

    streamed = empty_app.post(
        "/api/articles", content=chunks(), headers={**AUTH, "Content-Type": "text/plain"}
    )
    assert streamed.request.headers.get("content-length") is None
    assert streamed.status_code == 413
    assert "request body too large" in streamed.json()["error"]
    assert empty_app.get("/api/health").json()["articles"] == 0


def test_limit_is_configurable_and_checked_before_the_token(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "s.db", token=TOKEN, max_body_bytes=100)) as c:
        response = c.post(
            "/api/articles", content=b"y" * 101, headers={"Content-Type": "text/plain"}
        )
        assert response.status_code == 413
        assert "100 bytes" in response.json()["error"]
