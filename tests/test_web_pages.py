"""Server-rendered pages: they render, right-to-left text is marked, hostile text stays inert."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web pages need fastapi (pip install fastapi)")
pytest.importorskip("jinja2", reason="the web pages need jinja2 (pip install jinja2)")

from fastapi.testclient import TestClient  # noqa: E402

from storyline.sample import load_manifest  # noqa: E402
from storyline.store import Store  # noqa: E402
from storyline.web.app import create_app  # noqa: E402

TOKEN = "pages-token"
HOSTILE_TITLE = next(e["title"] for e in load_manifest() if e["hostile"])


class Tags(HTMLParser):
    """Collect every start tag with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def parse(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


def assert_inert(html: str) -> None:
    """No script element, no event-handler attribute, no javascript: link, no external asset."""
    tags = parse(html)
    assert [t for t, _ in tags if t in ("script", "iframe", "object", "embed")] == []
    for tag, attrs in tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name, value)
            if name in ("href", "src", "action", "formaction", "xlink:href"):
                assert value is not None
                assert not value.strip().lower().startswith(("javascript:", "data:", "vbscript:"))
            if tag == "link" and name == "href":
                assert value is not None and value.startswith("/static/")
    assert "<img" not in html  # the pages use no images: any <img is injected markup


@pytest.fixture(scope="module")
def client(sample_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(sample_db, token="")) as c:
        yield c


@pytest.fixture(scope="module")
def store(sample_db: Path) -> Iterator[Store]:
    with Store(sample_db) as s:
        yield s


def test_story_list_page(client: TestClient, store: Store) -> None:
    response = client.get("/")
    assert response.status_code == 200
    html = response.text
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    stories = store.list_stories()
    assert html.count('class="story-card"') == min(20, len(stories))
    assert html.count('<svg class="spark"') == min(20, len(stories))
    assert 'class="chip"' in html
    assert_inert(html)
    persian = client.get("/", params={"lang": "fa"}).text
    assert persian.count('class="story-card"') == len(store.list_stories(lang="fa"))
    second = client.get("/", params={"page": 2}).text
    assert second.count('class="story-card"') == max(0, min(20, len(stories) - 20))


def test_story_page_has_timeline_columns_and_coverage(client: TestClient, store: Store) -> None:
    summary = max(store.list_stories(), key=lambda s: (len(s.languages), s.n_articles))
    html = client.get(f"/stories/{summary.id}").text
    assert '<svg class="timeline"' in html and "<circle" in html
    tags = parse(html)
    columns = [a for t, a in tags if t == "section" and a.get("class") == "lang-column"]
    assert sorted(a["lang"] or "" for a in columns) == summary.languages
    assert 'class="coverage"' in html and 'class="fact shared"' in html
    assert_inert(html)


def test_rtl_columns_and_text(client: TestClient, store: Store) -> None:
    persian = [s for s in store.list_stories(lang="fa")]
    assert persian
    html = client.get(f"/stories/{persian[0].id}").text
    columns = {
        a["lang"]: a["dir"]
        for t, a in parse(html)
        if t == "section" and a.get("class") == "lang-column"
    }
    assert columns["fa"] == "rtl"
    assert all(d == ("rtl" if lang in ("fa", "ar") else "ltr") for lang, d in columns.items())
    fa_id = next(a.id for a in store.list_articles("fa"))
    article = parse(client.get(f"/articles/{fa_id}").text)
    bodies = [a for t, a in article if t == "div" and a.get("class") == "body"]
    assert bodies and all(b["lang"] == "fa" and b["dir"] == "rtl" for b in bodies)
    h1 = next(a for t, a in article if t == "h1")
    assert h1 == {"lang": "fa", "dir": "rtl"}


def test_hostile_sample_article_is_escaped(client: TestClient, store: Store) -> None:
    article_id = next(a.id for a in store.list_articles() if a.title == HOSTILE_TITLE)
    assert "<script>alert(1)</script>" in store.get_article(article_id).text  # type: ignore[union-attr]
    html = client.get(f"/articles/{article_id}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script" not in html
    assert_inert(html)
    link = next(a for t, a in parse(html) if t == "a" and a.get("class") == "ext")
    assert link["href"].startswith("https://andesdispatch.example/")  # type: ignore[union-attr]
    assert link["rel"] == "noopener noreferrer nofollow"
    found = client.get("/search", params={"q": "Cotopaxi"}).text
    assert HOSTILE_TITLE.replace("'", "&#39;") in found
    assert_inert(found)
    story = client.get(f"/api/articles/{article_id}").json()["story"]
    story_html = client.get(f"/stories/{story['id']}").text
    assert "<script" not in story_html
    assert_inert(story_html)


def test_posted_hostile_article_stays_inert_everywhere(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "hostile.db", token=TOKEN)) as c:
        posted = c.post(
            "/api/articles",
            json={
                "title": '<img src=x onerror="alert(1)">Breaking: storm hits "Lima"',
                "text": "LIMA - A storm <script>alert('x')</script> hit Lima on Tuesday. "
                '<a href="javascript:alert(2)" onclick="alert(3)">Live page</a> '
                "Residents were told to stay home as the river rose quickly overnight.",
                "url": "javascript:alert(document.cookie)",
                "outlet": '"><script>alert(4)</script>',
                "lang": "en",
            },
            headers={"Authorization": f"Bearer {TOKEN}"},
        )
        assert posted.status_code == 201, posted.text
        body = posted.json()
        pages = [
            f"/articles/{body['id']}",
            f"/stories/{body['story_id']}",
            "/",
            "/search?q=storm+Lima",
        ]
        for url in pages:
            html = c.get(url).text
            assert "<script" not in html, url
            assert_inert(html)
        article = c.get(f"/articles/{body['id']}").text
        assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in article
        assert "&lt;img src=x onerror=" in article
        assert 'class="url-text" dir="ltr">javascript:alert(document.cookie)</span>' in article


def test_search_page(client: TestClient) -> None:
    empty = client.get("/search")
    assert empty.status_code == 200 and 'name="q"' in empty.text
    html = client.get(
        "/search", params={"q": "Iran and Iraq agree to dredge the Shatt al-Arab waterway"}
    ).text
    items = [a for t, a in parse(html) if t == "li" and a.get("class") == "article-item"]
    assert {"fa", "ar"} <= {a["lang"] for a in items}
    nothing = client.get("/search", params={"q": "?!"}).text
    assert "empty search query" in nothing


def test_error_pages_are_html(client: TestClient) -> None:
    missing = client.get("/articles/deadbeefdeadbeef")
    assert missing.status_code == 404 and "text/html" in missing.headers["content-type"]
    assert "no article with id &#39;deadbeefdeadbeef&#39;" in missing.text
    assert client.get("/stories/sdeadbeefdeadbeef").status_code == 404
    assert client.get("/no/such/page").status_code == 404
    bad = client.get("/", params={"page": 0})
    assert bad.status_code == 422 and "query parameter &#39;page&#39;" in bad.text


def test_static_assets_are_packaged(client: TestClient) -> None:
    css = client.get("/static/style.css")
    assert css.status_code == 200 and "text/css" in css.headers["content-type"]
    assert "http" not in css.text and "@import" not in css.text
    assert client.get("/static/favicon.svg").status_code == 200


def test_article_page_shows_outlet_and_cited_sources(tmp_path: Path) -> None:
    from storyline.article import Article

    db = tmp_path / "sources.db"
    article = Article(
        id="5" * 16,
        text="ROTTERDAM (Reuters) - Dock workers walked out on Tuesday.",
        text_original="ROTTERDAM (Reuters) - Dock workers walked out on Tuesday.",
        lang="en",
        lang_confidence=1.0,
        title="Port workers strike",
        outlet="Harbour Daily",
        sources=("Reuters", "AFP"),
    )
    with Store(db) as s:
        s.add_article(article)
    with TestClient(create_app(db, token="")) as c:
        html = c.get(f"/articles/{article.id}").text
        assert "<dt>Sources</dt>" in html and "Reuters, AFP" in html
        assert c.get(f"/api/articles/{article.id}").json()["sources"] == ["Reuters", "AFP"]
