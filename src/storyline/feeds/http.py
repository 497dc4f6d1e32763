"""The HTTP side of following sources: one polite client (httpx).

:class:`Fetcher` sends every request with storyline's User-Agent, asks for
gzip/deflate, follows at most ``max_redirects`` redirects, gives up after
``timeout_s`` without a byte, makes conditional requests (``If-None-Match``
/ ``If-Modified-Since``), never reads more than ``max_bytes`` (decoded: a
gzip bomb stops at the cap too), keeps at most ``per_host`` requests in
flight per host and ``host_interval_s`` between two requests to one host,
and asks each host's ``robots.txt`` (:mod:`urllib.robotparser`) before
fetching anything else from it. Every failure is a :class:`FetchError`
with a one-line reason.

Examples
--------
>>> from storyline.settings import FeedConfig
>>> with Fetcher(FeedConfig(), max_bytes=1000) as f:
...     f.get("ftp://example.org/feed")
Traceback (most recent call last):
...
storyline.feeds.http.FetchError: not an http(s) URL
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from storyline.errors import StorylineError
from storyline.read.common import format_size
from storyline.settings import FeedConfig

__all__ = ["FetchError", "Fetched", "Fetcher"]

logger = logging.getLogger(__name__)


class FetchError(StorylineError):
    """A request that gave no usable body (one-line reason: ``HTTP 404``, ``timed out``...)."""


@dataclass(frozen=True)
class Fetched:
    """A response: final URL, status, body (empty on 304), validators, content type."""

    url: str
    status: int
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = ""
    location: str | None = None
    """Where a redirect (3xx) points, when the request did not follow it."""

    @property
    def not_modified(self) -> bool:
        """True for a ``304 Not Modified``."""
        return self.status == 304


class _Host:
    """Per-host gate: a concurrency cap and the least interval between requests."""

    def __init__(self, slots: int, interval: float) -> None:
        self.slots = threading.BoundedSemaphore(max(1, slots))
        self.interval = interval
        self._lock = threading.Lock()
        self._next = 0.0

    def wait_turn(self) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + self.interval
        if start > now:
            time.sleep(start - now)


class Fetcher:
    """A polite HTTP client for feeds, sitemaps, pages and robots.txt (thread-safe).

    Parameters
    ----------
    config
        User-Agent, timeouts, redirects and per-host limits.
    max_bytes
        Largest body read (the project's document limit).
    transport
        An httpx transport (tests); default the network.
    """

    def __init__(
        self,
        config: FeedConfig,
        *,
        max_bytes: int,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.config = config
        self.max_bytes = max_bytes
        self._client = httpx.Client(
            headers={"User-Agent": config.user_agent, "Accept-Encoding": "gzip, deflate"},
            follow_redirects=True,
            max_redirects=config.max_redirects,
            timeout=httpx.Timeout(config.timeout_s),
            transport=transport,
        )
        self._slots = threading.BoundedSemaphore(max(1, config.concurrency))
        self._hosts: dict[str, _Host] = {}
        self._robots: dict[str, RobotFileParser | str] = {}
        self._robot_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        self.requests = 0

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def _host(self, netloc: str) -> _Host:
        with self._lock:
            host = self._hosts.get(netloc)
            if host is None:
                host = self._hosts[netloc] = _Host(
                    self.config.per_host, self.config.host_interval_s
                )
            return host

    # -- robots.txt ----------------------------------------------------------

    def allowed(self, url: str) -> bool:
        """Whether the host's robots.txt lets storyline's User-Agent fetch ``url``.

        A missing robots.txt (4xx) allows everything; one that cannot be had
        (5xx, network error) allows nothing for this run (RFC 9309).
        """
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            gate = self._robot_locks.setdefault(origin, threading.Lock())
        with gate:  # one robots.txt request per host, however many threads ask at once
            rules = self._robots.get(origin)
            if rules is None:
                rules = self._robots[origin] = self._load_robots(origin)
        if isinstance(rules, str):
            return rules == "allow"
        return rules.can_fetch(self.config.user_agent, url)

    def _load_robots(self, origin: str) -> RobotFileParser | str:
        try:
            got = self._request(f"{origin}/robots.txt", {}, max_bytes=500_000)
        except FetchError as exc:
            if exc.args and str(exc.args[0]).startswith("HTTP 4"):
                return "allow"
            logger.info("robots.txt of %s unreachable (%s): nothing fetched there", origin, exc)
            return "deny"
        parser = RobotFileParser()
        parser.parse(got.body.decode("utf-8", "replace").splitlines())
        return parser

    # -- requests --------------------------------------------------------------

    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str | None = None,
    ) -> Fetched:
        """GET ``url`` (conditionally when validators are given), robots.txt permitting.

        Raises
        ------
        FetchError
            ``disallowed by robots.txt``, ``HTTP 404``, ``timed out ...``,
            ``too many redirects ...``, ``larger than the 20 MB limit``, or
            the network error.
        """
        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchError("not an http(s) URL")
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        # Redirects are followed here, one hop at a time, so that robots.txt is asked
        # for every URL the chain passes through (and no slot is held between hops).
        current = url
        for hop in range(self.config.max_redirects + 1):
            if urlsplit(current).scheme not in ("http", "https"):
                raise FetchError(f"redirected to a non-http(s) URL ({current})")
            if not self.allowed(current):
                where = f" (redirected to {current})" if hop else ""
                raise FetchError(f"disallowed by robots.txt{where}")
            got = self._request(current, headers, max_bytes=self.max_bytes, follow=False)
            if got.location is None:
                return got
            current = urljoin(current, got.location)
        raise FetchError(f"too many redirects (more than {self.config.max_redirects})")

    def _request(
        self, url: str, headers: dict[str, str], *, max_bytes: int, follow: bool = True
    ) -> Fetched:
        host = self._host(urlsplit(url).netloc)
        limit = format_size(max_bytes)
        deadline = 4 * self.config.timeout_s
        with self._slots, host.slots:
            host.wait_turn()
            self.requests += 1
            started = time.monotonic()
            try:
                with self._client.stream(
                    "GET", url, headers=headers, follow_redirects=follow
                ) as response:
                    if response.status_code == 304:
                        return Fetched(str(response.url), 304, b"")
                    location = response.headers.get("location")
                    if not follow and response.status_code in (301, 302, 303, 307, 308):
                        if not location:
                            raise FetchError(f"HTTP {response.status_code} without a Location")
                        return Fetched(str(response.url), response.status_code, b"", location=location)
                    if response.status_code >= 400:
                        raise FetchError(f"HTTP {response.status_code}")
                    declared = response.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > max_bytes:
                        raise FetchError(
                            f"larger than the {limit} limit ({declared} bytes declared)"
                        )
                    chunks: list[bytes] = []
                    size = 0
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        if size > max_bytes:
                            raise FetchError(f"larger than the {limit} limit")
                        if time.monotonic() - started > deadline:
                            raise FetchError(f"timed out (over {deadline:g} s in all)")
                        chunks.append(chunk)
                    return Fetched(
                        str(response.url),
                        response.status_code,
                        b"".join(chunks),
                        response.headers.get("etag"),
                        response.headers.get("last-modified"),
                        response.headers.get("content-type", ""),
                    )
            except httpx.TooManyRedirects as exc:
                raise FetchError(
                    f"too many redirects (more than {self.config.max_redirects})"
                ) from exc
            except httpx.TimeoutException as exc:
                raise FetchError(f"timed out (no answer in {self.config.timeout_s:g} s)") from exc
            except httpx.DecodingError as exc:
                raise FetchError(f"bad content encoding ({exc})") from exc
            except httpx.HTTPError as exc:
                reason = " ".join(str(exc).split()) or type(exc).__name__
                raise FetchError(f"{type(exc).__name__}: {reason}") from exc
