"""Running the web app: uvicorn with deadlines for slow clients.

uvicorn closes idle keep-alive connections, but a client that sends a
request head or body a byte at a time holds its connection (and, for a
body, a worker) for as long as it likes. :class:`DeadlineH11Protocol`
gives each request head ``header_timeout`` seconds from its first
moment of waiting and each body ``body_timeout`` seconds; a client that
misses either is disconnected, with one log line.

Examples
--------
>>> config = server_config(object(), port=8123, header_timeout=5, body_timeout=20)
>>> config.http.header_timeout, config.http.body_timeout, config.timeout_keep_alive
(5.0, 20.0, 5)
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

__all__ = ["DEFAULT_BODY_TIMEOUT", "DEFAULT_HEADER_TIMEOUT", "DeadlineH11Protocol", "server_config"]

DEFAULT_HEADER_TIMEOUT = 10.0
"""Seconds a client has to send a complete request head."""
DEFAULT_BODY_TIMEOUT = 30.0
"""Seconds a client has to send a complete request body, once its head is in."""

logger = logging.getLogger("storyline.web")


class DeadlineH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline for each request head and body."""

    header_timeout: float = DEFAULT_HEADER_TIMEOUT
    body_timeout: float = DEFAULT_BODY_TIMEOUT

    _phase: str | None = None
    _timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._watch()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._watch()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._watch()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel()
        super().connection_lost(exc)

    def _watch(self) -> None:
        """Arm the deadline of the phase the client is in (head, body), once per phase."""
        state = self.conn.their_state
        phase = "head" if state is h11.IDLE else "body" if state is h11.SEND_BODY else None
        if phase == self._phase:
            return
        self._cancel()
        self._phase = phase
        if phase is not None:
            delay = self.header_timeout if phase == "head" else self.body_timeout
            self._timer = self.loop.call_later(delay, self._expire, phase, delay)

    def _cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _expire(self, phase: str, delay: float) -> None:
        self._timer = None
        if self.transport.is_closing() or self._phase != phase:
            return
        client = "%s:%d" % self.client if self.client else "client"  # noqa: UP031
        logger.info(
            "closing slow client %s: no complete request %s within %g s", client, phase, delay
        )
        self.transport.close()


def server_config(
    app: Any,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    header_timeout: float = DEFAULT_HEADER_TIMEOUT,
    body_timeout: float = DEFAULT_BODY_TIMEOUT,
    keep_alive: int = 5,
    log_level: str = "info",
) -> uvicorn.Config:
    """A uvicorn configuration serving ``app`` with the slow-client deadlines.

    Each call makes its own protocol class, so two servers in one process
    may have different deadlines.
    """
    protocol = type(
        "DeadlineH11Protocol",
        (DeadlineH11Protocol,),
        {"header_timeout": float(header_timeout), "body_timeout": float(body_timeout)},
    )
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        http=protocol,
        timeout_keep_alive=keep_alive,
        log_level=log_level,
        access_log=False,
    )
