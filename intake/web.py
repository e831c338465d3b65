"""What every intake page shares: the store, accounts, CSRF, sessions, rate limits, rendering.

:func:`intake_routes` is what the roof (``gongshi/app.py``) mounts.
"""

from __future__ import annotations

import functools
import logging
import secrets
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Mount

from core.accounts import Account, Accounts
from core.db import Admit, open_database
from core.security import BodyLimit, Csrf, CsrfCookie, Limit, RateLimiter, Sessions, signed_in
from intake import IntakeError
from intake.store import IntakeStore, open_store

log = logging.getLogger("gongshi.intake")

STAFF_COOKIE = "gs_staff"
SUPERVISOR_COOKIE = "gs_supervisor"
STAFF_ROLES = ("handler", "admin")


class Intake:
    """The service's shared state, built once by :func:`intake_routes`."""

    def __init__(self, settings: Any, renderer: Any) -> None:
        if not settings.secret_key:
            raise IntakeError(
                "no secret key", field="secret_key", hint="set GONGSHI_SECRET_KEY (see README)"
            )
        self.settings = settings
        self.renderer = renderer
        self.store: IntakeStore = open_store(settings)
        self.accounts = Accounts(self.store.db)
        # Counters and sessions: with SQLite a separate non-durable file, else the same server.
        security_db = (
            self.store.db
            if settings.database_url
            else open_database(settings, "security", durable=False)
        )
        from core.security import MIGRATIONS as SECURITY_MIGRATIONS

        security_db.migrate("security", SECURITY_MIGRATIONS)
        self.limiter = RateLimiter(security_db)
        self.sessions = Sessions(security_db, settings.secret_key)
        self.csrf = Csrf(settings.secret_key)
        self.limits = {
            "submit": Limit("submit", settings.rate_submit_per_hour, 3600),
            "status": Limit("status", settings.rate_status_per_hour, 3600),
            "login": Limit("login", settings.rate_login_per_hour, 3600),
        }

    # -- helpers for routes ----------------------------------------------------------------
    def render(
        self,
        request: Request,
        template: str,
        title: str,
        page_url: str,
        crumbs: list[tuple[str, str]] | None = None,
        status_code: int = 200,
        **context: Any,
    ) -> Response:
        return self.renderer.render(
            template,
            title=title,
            page_url=page_url,
            crumbs=crumbs,
            status_code=status_code,
            csrf_token=self.csrf.token(request),
            **context,
        )

    def message(
        self, request: Request, title: str, text: str, status_code: int = 400, back: str = ""
    ) -> Response:
        return self.render(
            request,
            "intake/message.html",
            title,
            request.url.path.lstrip("/"),
            status_code=status_code,
            text=text,
            back=back,
        )

    async def form(self, request: Request) -> FormData | Response:
        """The posted form after the CSRF check, or the refusal page to send instead."""
        try:
            form = await request.form(max_files=self.settings.upload_max_files, max_fields=60)
        except Exception:  # noqa: BLE001 - malformed or over-limit multipart body
            return self.message(request, "提交失败", "提交的内容格式不正确或附件过多。")
        if not self.csrf.valid(request, form.get("csrf_token")):
            log.info("csrf refused on %s", request.url.path)
            return self.message(
                request,
                "页面已过期",
                "页面已过期或来源无法确认，请返回重新打开表单后再提交。",
                status_code=403,
            )
        return form

    async def uploads(self, form: FormData) -> list[tuple[bytes, str]]:
        """The non-empty files of the form, each at most ``upload_max_bytes``."""
        files: list[tuple[bytes, str]] = []
        for value in form.getlist("attachments"):
            if not isinstance(value, UploadFile) or not value.filename:
                continue
            data = await value.read(self.settings.upload_max_bytes + 1)
            if not data:
                continue
            if len(data) > self.settings.upload_max_bytes:
                mb = self.settings.upload_max_bytes // (1024 * 1024)
                raise IntakeError(f"附件“{value.filename[:60]}”超过 {mb} MB，未予保存")
            files.append((data, value.filename))
        if len(files) > self.settings.upload_max_files:
            raise IntakeError(f"附件最多 {self.settings.upload_max_files} 个")
        return files

    def admission(self, request: Request, limit: str) -> Admit:
        """The rate-limit check of ``limit`` for this client (calling it counts a hit): run off
        the event loop, by :meth:`allowed` or by the group commit that stores the request."""
        client = request.client.host if request.client else "unknown"
        return self.limiter.admit(self.limits[limit], client)

    async def allowed(self, request: Request, limit: str) -> bool:
        return await run_in_threadpool(self.admission(request, limit))

    def too_many(self, request: Request) -> Response:
        response = self.message(request, "操作过于频繁", "操作过于频繁，请稍后再试。", 429)
        response.headers["retry-after"] = "3600"
        return response

    async def staff(self, request: Request) -> Account | None:
        return await run_in_threadpool(
            signed_in,
            self.sessions,
            self.accounts,
            request.cookies.get(STAFF_COOKIE),
            "staff",
            STAFF_ROLES,
        )

    async def supervisor(self, request: Request) -> dict | None:
        sid = await run_in_threadpool(
            self.sessions.get, request.cookies.get(SUPERVISOR_COOKIE), "supervisor"
        )
        if sid is None:
            return None
        row = await run_in_threadpool(self.store.supervisor, sid)
        return row if row and row["status"] == "active" else None


Handler = Callable[[Intake, Request], Awaitable[Response]]


def page(handler: Handler) -> Callable[[Intake], Callable[[Request], Awaitable[Response]]]:
    """Bind a handler to the Intake and turn unexpected errors into a page with a reference."""

    def bind(intake: Intake) -> Callable[[Request], Awaitable[Response]]:
        @functools.wraps(handler)
        async def endpoint(request: Request) -> Response:
            try:
                return await handler(intake, request)
            except IntakeError as exc:
                return intake.message(request, "无法提交", exc.message)
            except Exception:
                ref = secrets.token_hex(4).upper()
                log.exception("intake error ref=%s path=%s", ref, request.url.path)
                return intake.message(
                    request,
                    "系统错误",
                    f"系统暂时无法处理您的请求，请稍后再试。如需咨询，请告知参考号 {ref}。",
                    500,
                )

        return endpoint

    return bind


def redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def intake_routes(settings: Any, renderer: Any) -> list[BaseRoute]:
    """The intake service's mounts: complaints, supervisors, staff, JSON API and Open311."""
    from intake import complaints, staff, supervisors

    intake = Intake(settings, renderer)
    body_max = settings.upload_max_files * settings.upload_max_bytes + 1024 * 1024
    middleware = [Middleware(BodyLimit, max_bytes=body_max), Middleware(CsrfCookie)]
    mounts: list[BaseRoute] = [
        Mount("/complaints", routes=complaints.routes(intake), middleware=middleware),
        Mount("/supervisors", routes=supervisors.routes(intake), middleware=middleware),
        Mount("/admin/intake", routes=staff.routes(intake), middleware=middleware),
    ]
    try:
        from intake import api
    except ImportError:  # pragma: no cover - the API lands in a later slice
        return mounts
    return mounts + api.routes(intake, body_max)
