"""The ASGI app: the built site, with search and intake mounted beside it as they land."""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import logging
from collections.abc import AsyncIterator
from pathlib import Path

from anyio import to_thread
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import BaseRoute, Mount
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from core.security import local_secret
from core.settings import Settings
from gongshi import openapi
from gongshi.theme import ThemeRenderer
from gongshi.workflow_cli import open_ledger
from intake.api import OPENAPI as INTAKE_OPENAPI
from intake.store import publication_reports
from intake.web import intake_routes
from redaction.web import review_routes
from search import analysis
from search.service import OPENAPI as SEARCH_OPENAPI
from search.service import routes as search_routes

log = logging.getLogger("gongshi")

SECURITY_HEADERS = {
    b"content-security-policy": (
        b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        b"object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    ),
    b"x-content-type-options": b"nosniff",
    b"referrer-policy": b"strict-origin-when-cross-origin",
    b"x-frame-options": b"DENY",
}


class SecurityHeaders:
    """Adds the headers of DESIGN §6 to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS.items() if k not in names]
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _with_secret(settings: Settings) -> Settings:
    """Without a secret_key (tests, `uvicorn gongshi.asgi:app` misconfigured), use the key file
    in data_dir, created if missing, so that workers and restarts agree; say so loudly.

    ``gongshi serve`` refuses to start without a key unless it is the local demo.
    """
    if settings.secret_key:
        return settings
    key, created = local_secret(settings.data_dir)
    log.warning(
        "no secret_key set: %s %s; set GONGSHI_SECRET_KEY for a deployment",
        "generated" if created else "using",
        settings.data_dir / "secret_key",
    )
    return dataclasses.replace(settings, secret_key=key)


def _warm_up() -> None:
    """Load what the first requests would otherwise wait for, then keep what start-up loaded
    (settings, templates, jieba's dictionary, the libraries) out of the garbage collector's way.

    Without the freeze every full collection walks those objects again: ~30 ms of CPU each,
    twice a second under load, pauses that set the intake service's p99.
    """
    try:
        analysis.initialize()  # or wait for the search service's loading thread to finish
    except Exception:  # a search problem must not keep intake down: searches retry the load
        log.exception("jieba could not be loaded at start-up")
    gc.collect()
    gc.freeze()


@contextlib.asynccontextmanager
async def _lifespan(app: Starlette) -> AsyncIterator[None]:
    # The server listens once warm (~1 s): no request pays for the start-up.
    await to_thread.run_sync(_warm_up)
    yield


def create_app(settings: Settings, site_dir: Path | None = None) -> Starlette:
    """Assemble the service: the apps of each package first, the static site last."""
    site_dir = site_dir or settings.output_dir
    routes: list[BaseRoute] = []
    # Each package's routes are added here (search, intake …), given the shared renderer.
    renderer = ThemeRenderer(settings)
    secured = _with_secret(settings)
    # Intake (issue 8): complaints, supervisors, /admin/intake, JSON API and Open311.
    routes.extend(intake_routes(secured, renderer))
    # The clerk's review of decisions (issue 4): /admin/decisions.
    routes.extend(
        review_routes(secured, renderer, open_ledger(secured), reports=publication_reports)
    )
    # Search (issue 6): /search in the theme, /api/search as JSON.
    routes.extend(search_routes(settings, renderer))
    routes.append(openapi.route([SEARCH_OPENAPI, INTAKE_OPENAPI]))
    routes.append(Mount("/", app=StaticFiles(directory=site_dir, html=True), name="site"))
    return Starlette(routes=routes, middleware=[Middleware(SecurityHeaders)], lifespan=_lifespan)
