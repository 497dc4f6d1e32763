"""Browser tests: Playwright driving Debian's Chromium against a real server on 127.0.0.1.

The server runs uvicorn in a thread over the sample-corpus store (built and
linked once per session). Chromium is ``/usr/bin/chromium`` (Debian's
package); when it is missing and we run as root with apt, the fixture
installs it (``apt-get install -y chromium``), otherwise the tests skip
with the reason. Playwright's own browser download is never used.
Screenshots go to ``test-artifacts/`` (git-ignored).
"""

from __future__ import annotations

import logging
import os
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from storyline.sample import load_manifest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
HOSTILE_TITLE = next(e["title"] for e in load_manifest() if e["hostile"])
DREDGING_FA = next(
    e["title"]
    for e in load_manifest()
    if e["story"] == "e1-shatt-al-arab-dredging" and e["lang"] == "fa"
)
log = logging.getLogger(__name__)


def _find_chromium() -> str | None:
    for candidate in (
        "/usr/bin/chromium",
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
    ):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


@pytest.fixture(scope="session")
def chromium_path() -> str:
    found = _find_chromium()
    if found:
        return found
    can_install = hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get")
    if not can_install:
        pytest.skip("no Chromium at /usr/bin/chromium and cannot apt-get install it (not root)")
    log.warning("Chromium missing: running apt-get install -y chromium")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for cmd in (["apt-get", "update"], ["apt-get", "install", "-y", "chromium"]):
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=900)
        log.warning("%s -> exit %s\n%s", " ".join(cmd), done.returncode, done.stdout[-2000:])
        if done.returncode != 0:
            pytest.skip(f"`{' '.join(cmd)}` failed: {done.stderr.strip()[-300:]}")
    found = _find_chromium()
    if not found:
        pytest.skip("apt-get install chromium succeeded but no chromium binary was found")
    return found


@pytest.fixture(scope="module")
def browser(chromium_path: str) -> Iterator[Any]:
    sync_api = pytest.importorskip(
        "playwright.sync_api",
        reason="Playwright for Python is not installed (pip install playwright)",
    )
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(
            executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()


def _bound_socket() -> socket.socket:
    """A socket on a free port, kept bound for the server (a port found free and closed
    again may be taken by another process before the server binds it)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    return sock


@pytest.fixture(scope="module")
def server(sample_db: Path) -> Iterator[str]:
    uvicorn = pytest.importorskip("uvicorn", reason="uvicorn is not installed")
    from storyline.web.app import create_app

    sock = _bound_socket()
    port = int(sock.getsockname()[1])
    config = uvicorn.Config(
        create_app(sample_db, token=""), host="127.0.0.1", port=port, log_level="warning"
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture()
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(120_000)  # a story's first view encodes its sentences
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.csp_errors = []  # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    pg.on(
        "console",
        lambda m: (
            pg.csp_errors.append(m.text)  # type: ignore[attr-defined]
            if "Content Security Policy" in m.text
            else None
        ),
    )
    yield pg
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()


def _api(page: Any, url: str) -> Any:
    response = page.request.get(url)
    assert response.ok, response.text()
    return response.json()


def test_story_list_renders(page: Any, server: str) -> None:
    page.goto(server + "/")
    total = _api(page, server + "/api/stories?limit=1")["total"]
    assert page.locator("li.story-card").count() == min(20, total)
    first = page.locator("li.story-card").first
    assert first.locator("svg.spark rect").count() >= 1
    assert first.locator(".chip").count() >= 1
    assert page.dialogs == [] and page.csp_errors == []


def test_story_page_shows_persian_rtl_beside_english(page: Any, server: str) -> None:
    stories = _api(page, server + "/api/stories?lang=fa&limit=100")["stories"]
    both = [s for s in stories if {"fa", "en"} <= set(s["languages"])]
    assert both, "no story links Persian and English articles: " + repr(
        [(s["title"], s["languages"]) for s in stories]
    )
    page.goto(server + f"/stories/{both[0]['id']}")
    fa = page.locator('section.lang-column[lang="fa"]')
    en = page.locator('section.lang-column[lang="en"]')
    assert fa.count() == 1 and en.count() == 1
    fa_item = fa.locator("li.article-item").first
    assert fa_item.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert (
        en.locator("li.article-item").first.evaluate("e => getComputedStyle(e).direction") == "ltr"
    )
    fa_box, en_box = fa.bounding_box(), en.bounding_box()
    # language columns sit side by side in a grid: with three or more languages
    # a column may wrap to the next row, but never overlaps another
    assert fa_box["width"] < 600 and en_box["width"] < 600
    assert fa_box["x"] != en_box["x"] or abs(fa_box["y"] - en_box["y"]) > fa_box["height"] - 1
    assert page.locator("svg.timeline circle").count() >= 2
    assert page.dialogs == [] and page.csp_errors == []


def test_english_search_finds_a_persian_article(page: Any, server: str) -> None:
    page.goto(server + "/search")
    page.fill('form.filters input[name="q"]', "Iraq and Iran will dredge the Shatt al-Arab river")
    page.click('form.filters button[type="submit"]')
    page.wait_for_url("**/search?q=*")
    persian = page.locator('li.article-item[lang="fa"]')
    assert persian.count() >= 1
    assert DREDGING_FA in persian.locator("a.title").all_inner_texts()
    assert persian.first.evaluate("e => getComputedStyle(e).direction") == "rtl"


def test_hostile_article_is_inert(page: Any, server: str) -> None:
    hits = _api(page, server + "/api/search?q=Cotopaxi&semantic=false")["keyword"]
    hostile = next(h for h in hits if h["title"] == HOSTILE_TITLE)
    for url in (f"/articles/{hostile['id']}", "/search?q=Cotopaxi"):
        page.goto(server + url)
        page.wait_for_timeout(300)
        assert page.locator("script").count() == 0
        assert page.evaluate("document.querySelectorAll('[onerror], [onclick], img').length") == 0
        hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
        assert not [h for h in hrefs if h.lower().startswith("javascript:")]
    page.goto(server + f"/articles/{hostile['id']}")
    assert page.get_by_text("<script>alert(1)</script>", exact=False).count() >= 1
    assert page.dialogs == [] and page.csp_errors == []


def test_pages_fit_a_phone(browser: Any, server: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    pg = context.new_page()
    pg.set_default_timeout(120_000)
    stories = pg.request.get(server + "/api/stories?min_languages=2&limit=1").json()["stories"]
    ARTIFACTS.mkdir(exist_ok=True)
    for name, url in (
        ("list", "/"),
        ("story", f"/stories/{stories[0]['id']}"),
        ("search", "/search?q=flood"),
    ):
        pg.goto(server + url)
        width = pg.evaluate("document.documentElement.scrollWidth")
        pg.screenshot(path=str(ARTIFACTS / f"phone-{name}.png"), full_page=True)
        assert width <= 390, f"{url} is {width}px wide on a 390px screen"
    context.close()
