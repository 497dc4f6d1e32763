"""Watches and alerts: firing once per change, signed webhooks, Atom feeds, quiet back-fills."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import feedparser
import pytest

from storyline.feeds import (
    SIGNATURE_HEADER,
    WatchError,
    add_watch,
    deliver,
    evaluate_pending,
    poll,
    story_atom,
    verify,
    watch_atom,
)
from storyline.feeds.sources import add_sources
from storyline.feeds.watches import KeywordIndex, evaluate
from storyline.settings import FeedConfig, Settings
from storyline.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from feed_server import FeedServer, Route, rss  # noqa: E402

PAGES = Path(__file__).parent / "fixtures" / "feeds"
FEEDS = FeedConfig(timeout_s=2.0, host_interval_s=0.0, webhook_attempts=3)
REAL = Settings(
    workers=1, feeds=FEEDS
)  # the shipped multilingual encoder: stories across languages
FAST = Settings(encoder="hashing", workers=1, feeds=FEEDS)


def _serve_pages(server: FeedServer) -> None:
    server.routes["/robots.txt"] = Route(b"User-agent: *\nAllow: /\n", content_type="text/plain")
    for page in PAGES.glob("*.html"):
        server.routes[f"/a/{page.name}"] = Route(
            page.read_bytes(), content_type="text/html; charset=utf-8"
        )


def _item(server: FeedServer, name: str) -> dict[str, str]:
    return {"title": name, "link": server.url(f"/a/{name}"), "guid": name}


def test_a_new_language_fires_exactly_once_and_the_webhook_body_verifies(tmp_path: Path) -> None:
    with FeedServer() as server, Store(tmp_path / "s.db") as store:
        _serve_pages(server)
        server.routes["/world.xml"] = Route(
            rss("World", [_item(server, "en-quake.html")]), etag='"1"'
        )
        server.routes["/fr.xml"] = Route(rss("Le Courrier", []), etag='"1"')
        add_sources(store, [server.url("/world.xml"), server.url("/fr.xml")])
        add_watch(
            store,
            "quake",
            query="earthquake Turkey",
            on=["new-language", "new-outlet"],
            webhook=server.url("/hook"),
            secret="s3cret",
            settings=REAL,
        )
        add_watch(store, "turkey-2", entity="Turkey", min_languages=2, settings=REAL)
        first = poll(store, REAL, every_source=True, webhook_backoff_s=0.01)
        assert first.stored == 1 and first.alerts == [] and server.received == []

        server.routes["/fr.xml"] = Route(rss("Le Courrier", [_item(server, "fr-quake.html")]))
        second = poll(store, REAL, every_source=True, webhook_backoff_s=0.01)
        assert second.stored == 1
        alerts = {a.watch: a for a in store.list_alerts()}
        assert sorted(alerts) == ["quake", "turkey-2"], "the French report joined the story"
        # one story change (a French report from a new outlet): one alert naming both
        assert alerts["quake"].kind == "new-language"
        assert alerts["quake"].detail["kinds"] == ["new-language", "new-outlet"]
        assert alerts["quake"].detail["languages"] == ["fr"]
        assert alerts["quake"].detail["outlets"] == ["Le Courrier"]
        assert alerts["turkey-2"].kind == "new-story"
        assert len(second.alerts) == 2

        (path, headers, body) = server.received[0]
        assert path == "/hook" and len(server.received) == 1  # turkey-2 has no webhook
        assert verify(body, "s3cret", headers[SIGNATURE_HEADER.lower()])
        assert not verify(body, "another secret", headers[SIGNATURE_HEADER.lower()])
        payload = json.loads(body)
        assert payload["kind"] == "new-language" and payload["watch"] == "quake"
        assert [a["lang"] for a in payload["articles"]] == ["fr"]
        assert payload["story"]["languages"] == ["en", "fr"]
        assert store.deliveries(watch="quake")[0]["status"] == 200

        # nothing fires again: another poll, a re-evaluation of every article
        third = poll(store, REAL, every_source=True, webhook_backoff_s=0.01)
        assert third.alerts == [] and evaluate(store, None, REAL) == []
        assert len(store.list_alerts()) == 2 and len(server.received) == 1

        atom = feedparser.parse(watch_atom(store, "quake", "http://127.0.0.1:8000"))
        assert atom.bozo == 0 and len(atom.entries) == 1
        assert atom.entries[0].title.startswith("new language: fr; new outlet: Le Courrier")
        story = feedparser.parse(story_atom(store, alerts["quake"].story_id, "http://x") or "")
        assert sorted(e.tags[0].term for e in story.entries) == ["en", "fr"]


def test_quiet_backfill_records_without_firing(tmp_path: Path) -> None:
    with FeedServer() as server, Store(tmp_path / "s.db") as store:
        _serve_pages(server)
        items = [_item(server, n) for n in ("en-quake.html", "ru-fires.html")]
        server.routes["/f.xml"] = Route(rss("F", items))
        add_sources(store, [server.url("/f.xml")])
        poll(store, FAST, every_source=True, quiet_backfill=True)
        quiet = add_watch(
            store, "fires", query="лесных пожаров", quiet_backfill=True, settings=FAST
        )
        assert quiet.name == "fires" and store.list_alerts("fires") == []
        loud = add_watch(store, "fires-2", query="тайги", settings=FAST)
        assert [a.kind for a in store.list_alerts(loud.name)] == ["new-story"]
        assert evaluate_pending(store, FAST) == []


def test_keyword_index_matches_like_the_full_text_index() -> None:
    index = KeywordIndex(
        {
            "fa": "اروندرود",
            "ar": "الدانوب",
            "zh": "萨拉戈萨",
            "two": "Elazığ deprem",
            "one-char": "猫",
        }
    )
    assert index.match("ایران و عراق برای لایروبی مشترک اروندرود") == {"fa"}
    assert index.match("فيضان نهر الدانوب") == {"ar"}
    assert index.match("金龙选择萨拉戈萨建设工厂") == {"zh"}
    assert index.match("ELAZIG'da DEPREM") == {"two"}  # folded, split at the apostrophe
    assert index.match("Elazığ'da yağmur") == set()  # every word must occur
    assert index.match("猫が好き") == {"one-char"}


def test_bad_watches_are_refused_in_one_line(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(WatchError, match="needs --query or --entity"):
            add_watch(store, "x", settings=FAST)
        with pytest.raises(WatchError, match="unknown event"):
            add_watch(store, "x", query="a", on=["sometimes"], settings=FAST)
        with pytest.raises(WatchError, match="bad watch name"):
            add_watch(store, "../x", query="a", settings=FAST)
        with pytest.raises(WatchError, match="no known entity"):
            add_watch(store, "x", entity="qwxzv", settings=FAST)
        add_watch(store, "x", query="a", settings=FAST)
        with pytest.raises(WatchError, match="exists"):
            add_watch(store, "x", query="b", settings=FAST)


def test_a_failing_webhook_is_retried_and_logged(tmp_path: Path) -> None:
    with FeedServer() as server, Store(tmp_path / "s.db") as store:
        server.routes["/hook"] = Route(b"", status=503)
        add_watch(store, "w", query="x", webhook=server.url("/hook"), settings=FAST)
        alert = store.add_alert("w", "s1", "new-story", "", title="T", detail={}, articles=[])
        assert alert is not None
        settings = dataclasses.replace(FAST, feeds=dataclasses.replace(FEEDS, webhook_attempts=3))
        assert deliver(store, [alert], settings, backoff_s=0.01) == {"delivered": 0, "failed": 1}
        log = store.deliveries(alert)
        assert [(d["attempt"], d["status"], d["error"]) for d in log] == [
            (1, 503, "HTTP 503"),
            (2, 503, "HTTP 503"),
            (3, 503, "HTTP 503"),
        ]


def test_cli_watches_add_list_alerts_check_remove(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from storyline.cli import app

    runner = CliRunner()
    db = str(tmp_path / "s.db")
    with FeedServer() as server:
        _serve_pages(server)
        server.routes["/f.xml"] = Route(rss("F", [_item(server, "ru-fires.html")]))
        assert (
            runner.invoke(app, ["sources", "add", server.url("/f.xml"), "--db", db]).exit_code == 0
        )
        ran = runner.invoke(app, ["watch", "--once", "--encoder", "hashing", "--db", db])
        assert ran.exit_code == 0, ran.output
    added = runner.invoke(
        app,
        [
            "watches",
            "add",
            "fires",
            "--query",
            "тайги",
            "--on",
            "new-story,new-language",
            "--encoder",
            "hashing",
            "--json",
            "--db",
            db,
        ],
    )
    assert added.exit_code == 0, added.output
    row = json.loads(added.output)
    assert row["events"] == ["new-story", "new-language"] and row["alerts"] == 1
    assert len(row["secret"]) == 64
    bad = runner.invoke(app, ["watches", "add", "x", "--on", "never", "--query", "a", "--db", db])
    assert bad.exit_code == 2 and "unknown event" in bad.output
    listed = json.loads(runner.invoke(app, ["watches", "list", "--json", "--db", db]).output)
    assert [(w["name"], w["alerts"]) for w in listed] == [("fires", 1)] and "secret" not in listed[
        0
    ]
    alerts = json.loads(
        runner.invoke(app, ["watches", "alerts", "fires", "--json", "--db", db]).output
    )
    assert alerts[0]["kind"] == "new-story" and alerts[0]["articles"][0]["lang"] == "ru"
    checked = runner.invoke(app, ["watches", "check", "--encoder", "hashing", "--json", "--db", db])
    assert json.loads(checked.output)["alerts"] == []
    assert runner.invoke(app, ["watches", "remove", "fires", "--db", db]).exit_code == 0
    assert json.loads(runner.invoke(app, ["watches", "list", "--json", "--db", db]).output) == []


def test_cli_ingest_fires_the_watches(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from storyline.cli import app

    runner = CliRunner()
    db = str(tmp_path / "s.db")
    first = runner.invoke(app, ["ingest", str(PAGES / "en-quake.html"), "--json", "--db", db])
    assert first.exit_code == 0 and "alerts" not in json.loads(first.output)  # no watch yet
    added = runner.invoke(
        app,
        ["watches", "add", "q", "--query", "earthquake Turkey", "--on", "new-language", "--db", db],
    )
    assert added.exit_code == 0, added.output
    second = runner.invoke(app, ["ingest", str(PAGES / "fr-quake.html"), "--json", "--db", db])
    assert second.exit_code == 0 and json.loads(second.output)["alerts"] == 1
    again = runner.invoke(app, ["ingest", str(PAGES / "fr-quake.html"), "--json", "--db", db])
    assert json.loads(again.output)["alerts"] == 0


def test_a_merge_does_not_fire_new_story_again(tmp_path: Path) -> None:
    from storyline.api import merge_stories
    from storyline.pipeline import ingest

    with Store(tmp_path / "s.db") as store:
        for name in ("en-quake.html", "fr-quake.html"):  # hashing vectors: two stories
            assert ingest([PAGES / name], store, settings=FAST).added == 1
        stories = {a.lang: store.story_of_seq(n + 1) for n, a in enumerate(store.list_articles())}
        assert stories["en"] != stories["fr"]
        add_watch(store, "w", query="séisme", on=["new-story", "new-language"], settings=FAST)
        assert [a.kind for a in store.list_alerts("w")] == ["new-story"]  # the French story
        merge_stories(store, stories["en"], stories["fr"], FAST)
        fr_id = next(a.id for a in store.list_articles() if a.lang == "fr")
        fired = evaluate(store, [fr_id], FAST)
        kinds = [(a.kind, a.change) for a in store.list_alerts("w", ids=fired)]
        assert kinds == [("new-language", "en")]  # the story it followed gained English
