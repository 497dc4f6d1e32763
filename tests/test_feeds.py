"""Following sources against a real HTTP server on 127.0.0.1: validators, errors, robots, kills."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import pytest

from storyline.feeds import FeedError, parse_feed_bytes, parse_opml, poll
from storyline.feeds.sources import add_sources, import_opml
from storyline.settings import FeedConfig, Settings
from storyline.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from feed_server import FeedServer, Route, http_date, rss  # noqa: E402

PAGES = Path(__file__).parent / "fixtures" / "feeds"
FAST = Settings(
    encoder="hashing",
    workers=1,
    feeds=FeedConfig(timeout_s=0.5, host_interval_s=0.0, max_redirects=3),
)


def _page(name: str) -> Route:
    return Route((PAGES / name).read_bytes(), content_type="text/html; charset=utf-8")


def _item(server: FeedServer, name: str, description: str = "") -> dict[str, str]:
    return {
        "title": name,
        "link": server.url(f"/a/{name}"),
        "guid": f"guid-{name}",
        "description": description,
    }


@pytest.fixture()
def server() -> FeedServer:
    with FeedServer() as srv:
        srv.routes["/robots.txt"] = Route(
            b"User-agent: storyline\nDisallow: /private/\n", content_type="text/plain"
        )
        for name in ("en-quake.html", "fr-quake.html", "ru-fires.html", "fa-arvand.html"):
            srv.routes[f"/a/{name}"] = _page(name)
        yield srv


def test_second_poll_sends_validators_gets_304_and_fetches_a_new_item_once(
    server: FeedServer, tmp_path: Path
) -> None:
    items = [_item(server, "en-quake.html"), _item(server, "ru-fires.html")]
    stamp = http_date(1_742_000_000)
    server.routes["/feed.xml"] = Route(rss("Wire", items), etag='"v1"', last_modified=stamp)
    with Store(tmp_path / "s.db") as store:
        add_sources(store, [server.url("/feed.xml")])
        first = poll(store, FAST, every_source=True)
        assert first.stored == 2 and first.failed_items == []
        assert store.count_articles() == 2
        assert {a.lang for a in store.list_articles()} == {"en", "ru"}

        second = poll(store, FAST, every_source=True)
        sent = server.requests_for("/feed.xml")[-1]
        assert sent["if-none-match"] == '"v1"' and sent["if-modified-since"] == stamp
        assert [s.status for s in second.sources] == ["not modified"]
        assert second.new_items == 0

        items.append(_item(server, "fa-arvand.html"))
        server.routes["/feed.xml"] = Route(rss("Wire", items), etag='"v2"')
        third = poll(store, FAST, every_source=True)
        assert third.new_items == 1 and third.stored == 1
        for name in ("en-quake.html", "ru-fires.html", "fa-arvand.html"):
            assert len(server.requests_for(f"/a/{name}")) == 1, name
        assert store.list_sources()[0].items == 3
        fa = [a for a in store.list_articles() if a.lang == "fa"]
        assert fa and fa[0].url == server.url("/a/fa-arvand.html")
        assert fa[0].published and fa[0].published.startswith("2025-03-09")


def test_each_broken_source_records_its_error_and_the_others_go_on(
    server: FeedServer, tmp_path: Path
) -> None:
    big = b"<html><body><p>" + b"x" * 20_000_001 + b"</p></body></html>"
    server.routes.update(
        {
            "/500.xml": Route(b"oops", status=500),
            "/slow.xml": Route(rss("Slow", []), delay=2.0),
            "/loop.xml": Route(status=302, headers={"Location": "/loop.xml"}),
            "/html.xml": Route(b"<html><body>not a feed</body></html>", content_type="text/html"),
            "/text.xml": Route(b"this is not XML at all {", content_type="text/plain"),
            "/xxe.xml": Route(
                b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                b'<rss version="2.0"><channel><title>&x;</title></channel></rss>'
            ),
            "/a/big.html": Route(big, content_type="text/html", length=False),
            "/good.xml": Route(
                rss(
                    "Good",
                    [
                        _item(server, "fr-quake.html"),
                        _item(server, "big.html"),
                        _item(server, "gone.html", "Le texte du flux pour cet article."),
                    ],
                )
            ),
        }
    )
    with Store(tmp_path / "s.db") as store:
        paths = ["/404.xml", "/500.xml", "/slow.xml", "/loop.xml", "/html.xml", "/text.xml"]
        add_sources(store, [server.url(p) for p in [*paths, "/xxe.xml", "/good.xml"]])
        report = poll(store, FAST, every_source=True)
        errors = {s.url.rsplit("/", 1)[1]: s.error for s in report.sources if s.status == "error"}
        assert errors["404.xml"] == "HTTP 404"
        assert errors["500.xml"] == "HTTP 500"
        assert errors["slow.xml"].startswith("timed out")
        assert errors["loop.xml"].startswith("too many redirects")
        assert errors["html.xml"].startswith("not an RSS, Atom, JSON Feed or sitemap")
        assert errors["text.xml"].startswith("not well-formed XML")
        assert "entity" in errors["xxe.xml"] and "root" not in json.dumps(report.to_dict())
        assert len(errors) == 7
        # the good source went on: one page stored, one from the feed's text, the 20 MB one failed
        assert report.stored == 2
        failed = dict(report.failed_items)
        assert "larger than the 20.0 MB limit" in failed[server.url("/a/big.html")]
        rows = {r.url.rsplit("/", 1)[1]: r for r in store.list_sources()}
        assert rows["500.xml"].status == "error" and rows["500.xml"].errors == 1
        assert rows["500.xml"].last_error == "HTTP 500"
        assert rows["good.xml"].status == "ok" and rows["good.xml"].items == 2
        # back-off: a second error doubles the wait
        before = rows["500.xml"].next_due
        poll(store, FAST, every_source=True, now=before)
        after = store.get_source(rows["500.xml"].id)
        assert after is not None and after.errors == 2
        assert after.next_due - before == pytest.approx(2 * 900)


def test_robots_txt_disallow_is_honoured(server: FeedServer, tmp_path: Path) -> None:
    server.routes["/private/feed.xml"] = Route(rss("Hidden", [_item(server, "en-quake.html")]))
    server.routes["/moved.xml"] = Route(status=302, headers={"Location": "/private/feed.xml"})
    with Store(tmp_path / "s.db") as store:
        add_sources(store, [server.url("/private/feed.xml"), server.url("/moved.xml")])
        report = poll(store, FAST, every_source=True)
    assert report.sources[0].error == "disallowed by robots.txt"
    assert report.sources[1].error == (
        f"disallowed by robots.txt (redirected to {server.url('/private/feed.xml')})"
    )
    assert server.requests_for("/private/feed.xml") == []
    assert len(server.requests_for("/robots.txt")) == 1
    ua = server.requests_for("/robots.txt")[0]["user-agent"]
    assert ua == FAST.feeds.user_agent


def test_gzip_and_declared_language(server: FeedServer, tmp_path: Path) -> None:
    feed = rss("Gazette", [_item(server, "fr-quake.html")], lang="fr")
    server.routes["/gz.xml"] = Route(feed, gzip=True)
    with Store(tmp_path / "s.db") as store:
        add_sources(store, [server.url("/gz.xml")], lang="fr")
        report = poll(store, FAST, every_source=True)
        assert report.stored == 1
        assert "gzip" in server.requests_for("/gz.xml")[0]["accept-encoding"]
        assert [a.lang for a in store.list_articles()] == ["fr"]


def test_a_kill_before_items_are_recorded_loses_nothing_and_fetches_nothing_twice(
    server: FeedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.routes["/feed.xml"] = Route(
        rss("Wire", [_item(server, "en-quake.html"), _item(server, "ru-fires.html")])
    )
    with Store(tmp_path / "s.db") as store:
        add_sources(store, [server.url("/feed.xml")])

        def killed(*_args: object, **_kw: object) -> None:
            raise KeyboardInterrupt

        monkeypatch.setattr(Store, "record_items", killed)
        with pytest.raises(KeyboardInterrupt):
            poll(store, FAST, every_source=True)
        monkeypatch.undo()
        assert store.count_articles() == 2
        again = poll(store, FAST, every_source=True)
        assert again.new_items == 0 and again.stored == 0
        assert len(server.requests_for("/a/en-quake.html")) == 1
        assert {r.status for r in store.source_items(1)} == {"exists"}


def test_parse_atom_rdf_json_feed_and_news_sitemaps() -> None:
    atom = (
        b'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de"><title>Bote</title>'
        b'<entry><id>urn:1</id><title>Streik</title><link href="/2025/streik"/>'
        b"<updated>2025-03-20T10:00:00Z</updated><summary>Die Hafenarbeiter streiken.</summary>"
        b"</entry></feed>"
    )
    feed = parse_feed_bytes(atom, "https://bote.test/atom")
    assert feed.kind == "atom10"
    assert [(i.key, i.url, i.content) for i in feed.items] == [
        ("urn:1", "https://bote.test/2025/streik", "Die Hafenarbeiter streiken.")
    ]
    rdf = (
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/"><channel rdf:about="x"><title>R</title></channel>'
        '<item rdf:about="https://r.test/1"><title>Один</title><link>https://r.test/1</link>'
        "</item></rdf:RDF>"
    ).encode()
    assert parse_feed_bytes(rdf, "https://r.test/").items[0].title == "Один"
    old = (
        b'<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"'
        b' "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel>'
        b"<title>Old</title><item><title>A</title><link>https://o.test/a</link></item>"
        b"</channel></rss>"
    )
    assert parse_feed_bytes(old, "https://o.test/").kind.startswith("rss091")
    jf = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "J",
            "language": "zh",
            "items": [{"id": "7", "url": "/p/7", "title": "金龙", "content_text": "萨拉戈萨。"}],
        }
    ).encode()
    item = parse_feed_bytes(jf, "https://j.test/feed.json").items[0]
    assert (item.key, item.url, item.lang, item.content) == (
        "7",
        "https://j.test/p/7",
        "zh",
        "萨拉戈萨。",
    )
    news = (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url>'
        "<loc>https://n.test/a</loc><news:news><news:publication><news:name>N</news:name>"
        "<news:language>ar</news:language></news:publication>"
        "<news:publication_date>2025-03-16</news:publication_date>"
        "<news:title>زلزال في تركيا</news:title></news:news></url></urlset>"
    ).encode()
    got = parse_feed_bytes(news, "https://n.test/news.xml")
    assert got.kind == "sitemap-news"
    assert (got.items[0].title, got.items[0].lang) == ("زلزال في تركيا", "ar")
    index = (
        b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<sitemap><loc>/s1.xml</loc></sitemap></sitemapindex>"
    )
    assert parse_feed_bytes(index, "https://n.test/i.xml").sitemaps == ["https://n.test/s1.xml"]
    with pytest.raises(FeedError, match="entity"):
        parse_feed_bytes(
            b'<!DOCTYPE u [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><urlset>&b;</urlset>', "x"
        )


def test_sitemap_index_sources_are_followed(server: FeedServer, tmp_path: Path) -> None:
    ns = b'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    server.routes["/index.xml"] = Route(
        b"<sitemapindex " + ns + b"><sitemap><loc>/s1.xml</loc></sitemap></sitemapindex>"
    )
    server.routes["/s1.xml"] = Route(
        b"<urlset " + ns + b"><url><loc>/a/ru-fires.html</loc></url></urlset>"
    )
    with Store(tmp_path / "s.db") as store:
        add_sources(store, [server.url("/index.xml")])
        report = poll(store, FAST, every_source=True)
        assert report.stored == 1
        assert store.list_articles()[0].lang == "ru"


def test_opml_import_and_intervals(tmp_path: Path) -> None:
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<opml version="2.0"><head><title>x</title></head><body>'
        '<outline text="Wire" xmlUrl="https://w.test/rss" language="en"/>'
        '<outline text="Folder"><outline text="Бюллетень" xmlUrl="https://b.test/rss"/></outline>'
        "</body></opml>",
        encoding="utf-8",
    )
    assert parse_opml(opml.read_bytes())[1] == ("https://b.test/rss", "Бюллетень", None)
    with Store(tmp_path / "s.db") as store:
        assert import_opml(store, opml, every="1h") == [
            ("https://w.test/rss", "added"),
            ("https://b.test/rss", "added"),
        ]
        rows = store.list_sources()
        assert [(r.lang, r.every_s, r.title) for r in rows] == [
            ("en", 3600, "Wire"),
            (None, 3600, "Бюллетень"),
        ]


def test_settings_default_interval_applies() -> None:
    custom = dataclasses.replace(FAST, feeds=FeedConfig(every_s=120))
    with Store(":memory:") as store:
        add_sources(store, ["https://x.test/f"], settings=custom)
        assert store.list_sources()[0].every_s == 120


def test_cli_sources_and_watch_once(server: FeedServer, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from storyline.cli import app

    runner = CliRunner()
    db = str(tmp_path / "s.db")
    server.routes["/feed.xml"] = Route(rss("Wire", [_item(server, "en-quake.html")]))
    added = runner.invoke(
        app, ["sources", "add", server.url("/feed.xml"), "ftp://x", "--every", "30m", "--db", db]
    )
    assert added.exit_code == 1 and "not an http(s) URL" in added.output
    listed = json.loads(runner.invoke(app, ["sources", "list", "--json", "--db", db]).output)
    assert [(s["url"], s["every_s"], s["status"]) for s in listed] == [
        (server.url("/feed.xml"), 1800, "never fetched")
    ]
    ran = runner.invoke(app, ["watch", "--once", "--encoder", "hashing", "--json", "--db", db])
    assert ran.exit_code == 0, ran.output
    assert json.loads(ran.output)["stored"] == 1
    listed = json.loads(runner.invoke(app, ["sources", "list", "--json", "--db", db]).output)
    assert (listed[0]["status"], listed[0]["items"], listed[0]["kind"]) == ("ok", 1, "rss20")
    again = runner.invoke(app, ["watch", "--once", "--encoder", "hashing", "--json", "--db", db])
    assert json.loads(again.output)["sources"] == []  # not due for 30 minutes
    gone = runner.invoke(app, ["sources", "remove", "1", "--db", db])
    assert gone.exit_code == 0 and "removed" in gone.output
    assert json.loads(runner.invoke(app, ["sources", "list", "--json", "--db", db]).output) == []


KILL_SCRIPT = """
import os, signal, sys
from storyline.feeds import poll
from storyline.settings import FeedConfig, Settings
from storyline.store import Store

calls = {"n": 0}
real = Store.add_article

def add_then_die(self, *args, **kwargs):
    calls["n"] += 1
    if calls["n"] == 3:  # the first batch of 2 is committed; die inside the second
        os.kill(os.getpid(), signal.SIGKILL)
    return real(self, *args, **kwargs)

Store.add_article = add_then_die
settings = Settings(encoder="hashing", workers=1, batch_size=2,
                    feeds=FeedConfig(timeout_s=2.0, host_interval_s=0.0))
with Store(sys.argv[1]) as store:
    poll(store, settings, every_source=True)
"""


def test_a_sigkill_mid_ingest_loses_nothing_and_refetches_only_what_was_not_stored(
    server: FeedServer, tmp_path: Path
) -> None:
    import subprocess

    names = ["en-quake.html", "fr-quake.html", "ru-fires.html", "fa-arvand.html"]
    server.routes["/feed.xml"] = Route(rss("Wire", [_item(server, n) for n in names]))
    db = tmp_path / "s.db"
    with Store(db) as store:
        add_sources(store, [server.url("/feed.xml")])
    killed = subprocess.run([sys.executable, "-c", KILL_SCRIPT, str(db)], timeout=300)
    assert killed.returncode == -9
    with Store(db) as store:
        committed = {a.url for a in store.list_articles()}
        assert len(committed) == 2  # the first batch survived the kill
        again = poll(store, FAST, every_source=True)
        assert again.new_items == 2 and again.stored == 2 and again.failed_items == []
        assert store.count_articles() == 4
    for name in names:
        fetched = len(server.requests_for(f"/a/{name}"))
        assert fetched == (1 if server.url(f"/a/{name}") in committed else 2), name


def test_redirects_are_followed_and_one_host_gets_at_most_per_host_requests_at_once(
    server: FeedServer, tmp_path: Path
) -> None:
    names = ["en-quake.html", "fr-quake.html", "ru-fires.html", "fa-arvand.html"]
    for name in names:  # slow pages: the requests would overlap without the per-host cap
        server.routes[f"/a/{name}"].delay = 0.2
    server.routes["/feed.xml"] = Route(rss("Wire", [_item(server, n) for n in names]))
    server.routes["/old-feed"] = Route(status=301, headers={"Location": "/feed.xml"})
    one_at_a_time = dataclasses.replace(
        FAST, feeds=dataclasses.replace(FAST.feeds, per_host=1, concurrency=8, timeout_s=2.0)
    )
    with Store(tmp_path / "s.db") as store:
        add_sources(store, [server.url("/old-feed")])
        report = poll(store, one_at_a_time, every_source=True)
        assert report.sources[0].status == "ok" and report.stored == 4
    assert server.max_in_flight == 1


def test_json_feed_items_without_pages_are_stored_from_their_text(
    server: FeedServer, tmp_path: Path
) -> None:
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Бюллетень",
        "language": "ru",
        "items": [
            {
                "id": "note-1",
                "title": "Пожары в Забайкалье",
                "content_text": "Власти Забайкальского края ввели режим чрезвычайной ситуации "
                "из-за лесных пожаров, которые охватили более двенадцати тысяч гектаров тайги.",
            }
        ],
    }
    server.routes["/feed.json"] = Route(
        json.dumps(feed, ensure_ascii=False).encode(), content_type="application/feed+json"
    )
    with Store(tmp_path / "s.db") as store:
        add_sources(store, [server.url("/feed.json")])
        report = poll(store, FAST, every_source=True)
        assert (report.stored, report.fallbacks) == (1, 1)
        assert [a.lang for a in store.list_articles()] == ["ru"]
        assert poll(store, FAST, every_source=True).new_items == 0


def test_cli_sources_import_opml_and_refuses_entities(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from storyline.cli import app

    runner = CliRunner()
    db = str(tmp_path / "s.db")
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<opml version="1.0"><body><outline text="خبر" xmlUrl="https://k.test/rss" '
        'language="fa"/><outline text="bad" xmlUrl="javascript:alert(1)"/></body></opml>',
        encoding="utf-8",
    )
    ran = runner.invoke(app, ["sources", "import", str(opml), "--every", "2h", "--db", db])
    assert ran.exit_code == 1 and "1 added, 0 already followed, 1 refused" in ran.output
    listed = json.loads(runner.invoke(app, ["sources", "list", "--json", "--db", db]).output)
    assert [(s["url"], s["lang"], s["title"], s["every_s"]) for s in listed] == [
        ("https://k.test/rss", "fa", "خبر", 7200)
    ]
    evil = tmp_path / "evil.opml"
    evil.write_text(
        '<!DOCTYPE o [<!ENTITY x SYSTEM "file:///etc/passwd">]><opml><body>'
        '<outline xmlUrl="https://e.test/&x;"/></body></opml>',
        encoding="utf-8",
    )
    refused = runner.invoke(app, ["sources", "import", str(evil), "--db", db])
    assert refused.exit_code == 2 and "entity" in refused.output
