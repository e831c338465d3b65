"""Real-browser fixtures: a built site served by our own app, and Debian's Chromium.

The site goes through ``create_app`` (not a bare file server) so the security headers and the
content security policy are what the browser enforces. One browser per session (per xdist
worker), one context per test.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import uvicorn
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    Request,
    Response,
)

from gongshi.app import create_app
from tests.conftest import FIXTURE_SITE, make_settings

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}
DESKTOP = {"viewport": {"width": 1366, "height": 900}}
VIEWPORTS: dict[str, dict[str, Any]] = {"phone": PHONE, "desktop": DESKTOP}

# Decisions added to a copy of the fixture site, so that the decisions list has a second page.
EXTRA_DECISIONS = 24


class LiveServer:
    """Serves one built site with uvicorn in a background thread, on a free local port."""

    def __init__(self, site_dir: Path, settings_tmp: Path, settings: Any = None) -> None:
        settings = settings or make_settings(settings_tmp, FIXTURE_SITE)
        app = create_app(settings, site_dir=site_dir)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )

    def start(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the test server on {self.url} did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


@pytest.fixture(scope="session")
def paged_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site plus enough decisions for the decisions list to have two pages."""
    from gongshi.build import build_site

    tmp = tmp_path_factory.mktemp("paged-site")
    content = tmp / "content"
    shutil.copytree(FIXTURE_SITE, content)
    template = (content / "decisions" / "2026-cf-0001.md").read_text(encoding="utf-8")
    for n in range(2, 2 + EXTRA_DECISIONS):
        text = template.replace("2026-cf-0001", f"2026-cf-{n:04d}")
        text = text.replace("第0001号", f"第{n:04d}号").replace("2026-03-02", f"2026-03-{n:02d}")
        text = text.replace("Title: 张某", f"Title: 张{n}某")
        (content / "decisions" / f"2026-cf-{n:04d}.md").write_text(text, encoding="utf-8")
    return build_site(make_settings(tmp, content), progress=False)


@pytest.fixture(scope="session")
def serve() -> Iterator[Callable[[Path], str]]:
    """Start (once per built site) a live server; returns its base URL.

    A site built into ``tmp/output`` is served with the settings of ``tmp``, those it was built
    with, so that its search index is found too.
    """
    servers: dict[Path, LiveServer] = {}

    def _serve(site_dir: Path) -> str:
        if site_dir not in servers:
            servers[site_dir] = LiveServer(site_dir, site_dir.parent).start()
        return servers[site_dir].url

    yield _serve
    for server in servers.values():
        server.stop()


@pytest.fixture(scope="session")
def fixture_url(serve: Callable[[Path], str], fixture_output: Path) -> str:
    return serve(fixture_output)


@pytest.fixture(scope="session")
def paged_url(serve: Callable[[Path], str], paged_output: Path) -> str:
    return serve(paged_output)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: run `make browser-deps` to install Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class PageProblems:
    """Console errors, uncaught exceptions and failed same-origin requests seen by one page."""

    origin: str
    in_flight: int = 0
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)

    def watch(self, page: Page) -> None:
        page.on("console", self._on_console)
        page.on("pageerror", lambda e: self.page_errors.append(str(e)))
        page.on("request", self._on_request)
        page.on("requestfinished", self._on_finished)
        page.on("requestfailed", self._on_failed)
        page.on("response", self._on_response)

    def settle(self, page: Page, timeout: float = 5.0) -> None:
        """Wait until no request is in flight (late ones such as the favicon included)."""
        deadline = time.monotonic() + timeout
        page.wait_for_timeout(50)
        while self.in_flight and time.monotonic() < deadline:
            page.wait_for_timeout(20)

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.console_errors.append(f"{message.text} @ {message.location}")

    def _on_request(self, request: Request) -> None:
        self.in_flight += 1

    def _on_finished(self, request: Request) -> None:
        self.in_flight -= 1

    def _on_failed(self, request: Request) -> None:
        self.in_flight -= 1
        # A navigation cancels what the previous page still had in flight (the favicon, say):
        # that is the browser's doing, not a broken resource.
        if request.failure != "net::ERR_ABORTED":
            self.failed_requests.append(f"{request.url}: {request.failure}")

    def _on_response(self, response: Response) -> None:
        same_origin = urlsplit(response.url)[:2] == urlsplit(self.origin)[:2]
        if same_origin and response.status >= 400:
            self.failed_requests.append(f"{response.url}: HTTP {response.status}")

    def all(self) -> list[str]:
        return self.console_errors + self.page_errors + self.failed_requests


@pytest.fixture(params=sorted(VIEWPORTS))
def viewport(request: pytest.FixtureRequest) -> str:
    return request.param


NewPage = Callable[..., tuple[Page, PageProblems]]


@pytest.fixture
def new_page(browser: Browser) -> Iterator[NewPage]:
    """Open a page in a fresh context of the given viewport, watching it for problems."""
    contexts: list[BrowserContext] = []

    def _new_page(base_url: str, device: str = "phone") -> tuple[Page, PageProblems]:
        context = browser.new_context(base_url=base_url, locale="zh-CN", **VIEWPORTS[device])
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        problems = PageProblems(base_url)
        problems.watch(page)
        return page, problems

    yield _new_page
    for context in contexts:
        context.close()
