"""A real HTTP server on 127.0.0.1 for the feed tests (http.server in a thread).

Routes map a path to a :class:`Route` (status, body, headers, optional
ETag/Last-Modified answered with 304 when the client sends them back, a
delay, gzip). Every request is logged as ``(method, path, headers)`` so
tests assert on what the client actually sent.
"""

from __future__ import annotations

import gzip
import http.server
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from xml.sax.saxutils import escape

__all__ = ["FeedServer", "Route", "rss"]


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "application/xml; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0
    gzip: bool = False
    length: bool = True
    stream: Callable[[], bytes] | None = None


class FeedServer:
    """``with FeedServer() as server: server.url("/feed.xml")``."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[tuple[str, str, dict[str, str]]] = []
        self.received: list[tuple[str, dict[str, str], bytes]] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _record(self) -> dict[str, str]:
                headers = {k.lower(): v for k, v in self.headers.items()}
                with outer._lock:
                    outer.log.append((self.command, self.path, headers))
                return headers

            def do_POST(self) -> None:  # noqa: N802 - the webhook receiver
                headers = self._record()
                size = int(headers.get("content-length", "0") or 0)
                body = self.rfile.read(size)
                with outer._lock:
                    outer.received.append((self.path, headers, body))
                route = outer.routes.get(self.path, Route(b"ok", content_type="text/plain"))
                self.send_response(route.status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def do_GET(self) -> None:  # noqa: N802
                headers = self._record()
                route = outer.routes.get(self.path)
                if route is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "9")
                    self.end_headers()
                    self.wfile.write(b"not found")
                    return
                if route.delay:
                    with outer._lock:
                        outer.in_flight += 1
                        outer.max_in_flight = max(outer.max_in_flight, outer.in_flight)
                    time.sleep(route.delay)
                    with outer._lock:
                        outer.in_flight -= 1
                fresh = (route.etag and headers.get("if-none-match") == route.etag) or (
                    route.last_modified and headers.get("if-modified-since") == route.last_modified
                )
                if fresh:
                    self.send_response(304)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = route.stream() if route.stream else route.body
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                for key, value in route.headers.items():
                    self.send_header(key, value)
                if route.etag:
                    self.send_header("ETag", route.etag)
                if route.last_modified:
                    self.send_header("Last-Modified", route.last_modified)
                if route.gzip and "gzip" in headers.get("accept-encoding", ""):
                    body = gzip.compress(body)
                    self.send_header("Content-Encoding", "gzip")
                if route.length:
                    self.send_header("Content-Length", str(len(body)))
                else:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FeedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def requests_for(self, path: str) -> list[dict[str, str]]:
        with self._lock:
            return [h for _, p, h in self.log if p == path]


def rss(title: str, items: list[dict[str, str]], lang: str | None = None) -> bytes:
    """An RSS 2.0 feed of ``items`` (keys: title, link, guid, description, date)."""
    parts = [f"<title>{escape(title)}</title>"]
    if lang:
        parts.append(f"<language>{lang}</language>")
    for item in items:
        fields = "".join(
            f"<{tag}>{escape(item[key])}</{tag}>"
            for key, tag in (
                ("title", "title"),
                ("link", "link"),
                ("guid", "guid"),
                ("description", "description"),
                ("date", "pubDate"),
            )
            if item.get(key)
        )
        parts.append(f"<item>{fields}</item>")
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        + "".join(parts)
        + "</channel></rss>"
    ).encode()


def http_date(epoch: float) -> str:
    return formatdate(epoch, usegmt=True)
