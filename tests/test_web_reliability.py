"""The web app under many readers, slow clients and clients that go away."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline.web.app import create_app

TOKEN = "t"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
ARTICLE = {
    "title": "Dust storm shuts Baghdad airport",
    "text": "BAGHDAD - A thick dust storm closed Baghdad International Airport on Sunday and "
    "sent more than 700 people to hospital with breathing problems, officials said.",
    "lang": "en",
}


def test_story_list_is_cached_until_the_store_changes(tmp_path: Path) -> None:
    from storyline.store import Store
    from storyline.web import service

    db = tmp_path / "w.db"
    calls = []
    real = service.story_list

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    with TestClient(create_app(db, token=TOKEN)) as client:
        service_patch = pytest.MonkeyPatch()
        service_patch.setattr(service, "story_list", counted)
        try:
            first = client.get("/api/stories")
            again = client.get("/api/stories")
            assert first.json() == again.json() and first.json()["total"] == 0
            assert len(calls) == 1  # the second answer came from the cache
            assert (
                again.headers["content-security-policy"] == first.headers["content-security-policy"]
            )
            assert client.get("/api/stories", params={"limit": 5}).status_code == 200
            assert len(calls) == 2  # another query: another answer
            # A write by another connection (here another process's store) invalidates it.
            with Store(db) as other:
                from storyline.pipeline import ingest

                src = tmp_path / "a.txt"
                src.write_text(ARTICLE["title"] + "\n\n" + ARTICLE["text"], "utf-8")
                from storyline.encode import get_encoder

                ingest([src], other, encoder=get_encoder("hashing"))
            after = client.get("/api/stories").json()
            assert after["total"] == 1 and len(calls) == 3
            assert client.get("/api/stories?since=2025-05-01&until=2025-04-01").status_code == 422
        finally:
            service_patch.undo()


def test_concurrent_misses_build_the_answer_once(tmp_path: Path) -> None:
    from storyline.web.cache import ReadCache, ReadCacheMiddleware

    db = tmp_path / "c.db"
    import sqlite3

    sqlite3.connect(db).close()
    built = []

    async def app(scope: dict, receive: object, send: object) -> None:
        built.append(1)
        await asyncio.sleep(0.05)
        await send({"type": "http.response.start", "status": 200, "headers": []})  # type: ignore[operator]
        await send({"type": "http.response.body", "body": b"[]"})  # type: ignore[operator]

    cache = ReadCache(db)
    middleware = ReadCacheMiddleware(app, cache)
    bodies: list[bytes] = []

    async def one() -> None:
        async def send(message: dict) -> None:
            if message["type"] == "http.response.body":
                bodies.append(message["body"])

        scope = {"type": "http", "method": "GET", "path": "/api/stories", "query_string": b""}
        await middleware(scope, None, send)  # type: ignore[arg-type]

    async def many() -> None:
        await asyncio.gather(*(one() for _ in range(20)))

    asyncio.run(many())
    cache.close()
    assert built == [1] and bodies == [b"[]"] * 20


def test_client_gone_mid_body_is_one_log_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from storyline.web.app import DisconnectMiddleware

    async def app(scope: dict, receive: object, send: object) -> None:
        from starlette.requests import Request

        await Request(scope, receive).body()  # type: ignore[arg-type]

    async def receive() -> dict:
        return {"type": "http.disconnect"}

    async def send(message: dict) -> None:
        raise AssertionError("nothing is sent to a client that left")

    scope = {"type": "http", "method": "POST", "path": "/api/articles", "headers": []}
    with caplog.at_level(logging.INFO, logger="storyline.web"):
        asyncio.run(DisconnectMiddleware(app)(scope, receive, send))  # type: ignore[arg-type]
    lines = [r.getMessage() for r in caplog.records if r.name == "storyline.web"]
    assert lines == ["client disconnected: POST /api/articles (ClientDisconnect)"]


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[int]:
    """A real uvicorn server with short slow-client deadlines, on 127.0.0.1."""
    import uvicorn

    from storyline.web.server import server_config

    # the server takes this bound socket: a port found free and closed again may be
    # taken by another process before the server binds it
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = server_config(
        create_app(tmp_path / "s.db", token=TOKEN),
        port=port,
        header_timeout=0.5,
        body_timeout=0.5,
        log_level="warning",
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield port
    srv.should_exit = True
    thread.join(timeout=10)
    sock.close()


def _closed_within(sock: socket.socket, seconds: float) -> bool:
    sock.settimeout(seconds)
    try:
        while True:
            data = sock.recv(4096)
            if not data:
                return True
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True


def test_slow_clients_are_disconnected(server: int) -> None:
    with socket.create_connection(("127.0.0.1", server)) as slow_head:
        slow_head.sendall(b"GET /api/health HTTP/1.1\r\nHost: x\r\n")  # never ends the head
        assert _closed_within(slow_head, 5)
    with socket.create_connection(("127.0.0.1", server)) as slow_body:
        slow_body.sendall(
            b"POST /api/articles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\n"
            b"Content-Type: text/plain\r\nContent-Length: 1000\r\n\r\nonly a little"
        )
        assert _closed_within(slow_body, 5)
    with socket.create_connection(("127.0.0.1", server)) as fine:
        fine.sendall(b"GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        fine.settimeout(10)
        assert fine.recv(4096).startswith(b"HTTP/1.1 200")
