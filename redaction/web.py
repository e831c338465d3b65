"""The clerk's review in the browser (``/admin/decisions``): the queue with deadlines, a page
per decision with the original and the redacted text side by side, adding and undoing
findings, and approve, hold, reject and withdraw. Nothing else of the text can be edited.

Only clerk and admin accounts get in (server-side sessions, CSRF on every form, a login rate
limit), using the same primitives as the intake staff pages (core/security.py).
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route

from core.accounts import Account, Accounts
from core.clock import today_in_china
from core.db import open_database
from core.errors import GongshiError
from core.security import (
    MIGRATIONS as SECURITY_MIGRATIONS,
)
from core.security import (
    BodyLimit,
    Csrf,
    CsrfCookie,
    Limit,
    RateLimiter,
    Sessions,
    session_cookie,
    signed_in,
)
from redaction.ledger import Entry, Ledger
from redaction.review import KIND_LABELS

log = logging.getLogger("gongshi.review")

BASE = "/admin/decisions"
COOKIE = "gs_clerk"
ROLES = ("clerk", "admin", "legal")
"""Who may sign in here; each action then names the roles that may take it."""
CLERK = ("clerk", "admin")
LEGAL = ("legal",)
CRUMBS = [("决定审核", "admin/decisions/")]
STATUS_LABELS = {
    "in_review": "待审核",
    "held": "暂缓（需人工决定）",
    "approved": "已批准公示",
    "rejected": "已退回",
    "withdrawn": "已撤回",
    "corrected": "已更正",
    "error": "无法读取",
}


class Review:
    def __init__(
        self,
        settings: Any,
        renderer: Any,
        ledger: Ledger,
        reports: Callable[[], list[dict[str, Any]]] | None = None,
    ) -> None:
        self.reports = reports
        self.settings = settings
        self.renderer = renderer
        self.ledger = ledger
        self.accounts = Accounts(ledger.db)
        security_db = (
            ledger.db
            if settings.database_url
            else open_database(settings, "security", durable=False)
        )
        security_db.migrate("security", SECURITY_MIGRATIONS)
        self.sessions = Sessions(security_db, settings.secret_key)
        self.limiter = RateLimiter(security_db)
        self.login_limit = Limit("clerk-login", settings.rate_login_per_hour, 3600)
        self.csrf = Csrf(settings.secret_key)

    def render(
        self,
        request: Request,
        template: str,
        title: str,
        path: str,
        status_code: int = 200,
        crumbs: list[tuple[str, str]] | None = None,
        **context: Any,
    ) -> Response:
        response = self.renderer.render(
            template,
            title=title,
            page_url=path.lstrip("/"),
            crumbs=crumbs or CRUMBS,
            status_code=status_code,
            csrf_token=self.csrf.token(request),
            status_labels=STATUS_LABELS,
            kind_labels=KIND_LABELS,
            **context,
        )
        response.headers["cache-control"] = "no-store"
        return response

    def message(
        self, request: Request, title: str, text: str, status_code: int = 400, back: str = ""
    ) -> Response:
        return self.render(
            request,
            "intake/message.html",
            title,
            request.url.path,
            status_code,
            text=text,
            back=back,
        )

    async def account(self, request: Request) -> Account | None:
        return await run_in_threadpool(
            signed_in, self.sessions, self.accounts, request.cookies.get(COOKIE), "clerk", ROLES
        )

    async def form(self, request: Request) -> Any:
        form = await request.form(max_files=0, max_fields=20)
        if not self.csrf.valid(request, form.get("csrf_token")):
            return self.message(
                request, "页面已过期", "页面已过期或来源无法确认，请返回刷新后再提交。", 403
            )
        return form


Handler = Callable[[Review, Request, Account], Awaitable[Response]]


def clerk_page(handler: Handler) -> Callable[[Review], Callable[[Request], Awaitable[Response]]]:
    """Require a clerk's session; turn workflow refusals into a message, errors into a ref."""

    def bind(review: Review) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            account = await review.account(request)
            if account is None:
                return RedirectResponse(f"{BASE}/login", status_code=303)
            try:
                return await handler(review, request, account)
            except GongshiError as exc:
                back = request.url.path.rsplit("/", 1)[0] + "/" if request.method == "POST" else ""
                return review.message(
                    request,
                    "操作未完成",
                    exc.message + (f"（{exc.hint}）" if exc.hint else ""),
                    400,
                    back=back,
                )
            except Exception:
                ref = secrets.token_hex(4).upper()
                log.exception("review error ref=%s path=%s", ref, request.url.path)
                return review.message(request, "系统错误", f"系统错误，参考号 {ref}。", 500)

        return endpoint

    return bind


def segments(entry: Entry) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The original and the redacted text as runs of plain text and findings, for templates
    (which escape every piece)."""
    original: list[dict[str, Any]] = []
    redacted: list[dict[str, Any]] = []
    text = entry.original_text
    pos = 0
    active = sorted(((i, f) for i, f in enumerate(entry.findings)), key=lambda p: p[1]["start"])
    for index, f in active:
        if f["start"] < pos:
            continue
        plain = text[pos : f["start"]]
        original.append({"text": plain, "start": pos})
        redacted.append({"text": plain})
        original.append(
            {"text": text[f["start"] : f["end"]], "finding": f, "index": index, "start": f["start"]}
        )
        if f["undone"]:
            redacted.append({"text": text[f["start"] : f["end"]], "kept": True, "index": index})
        else:
            redacted.append({"text": f.get("replacement") or "", "finding": f, "index": index})
        pos = f["end"]
    original.append({"text": text[pos:], "start": pos})
    redacted.append({"text": text[pos:]})
    return original, redacted


# -- pages ---------------------------------------------------------------------------------


async def login_form(review: Review, request: Request) -> Response:
    return review.render(
        request,
        "intake/login.html",
        "公示专员登录",
        f"{BASE}/login",
        action=f"{BASE}/login",
        error="",
        crumbs=[],
    )


async def login(review: Review, request: Request) -> Response:
    form = await review.form(request)
    if isinstance(form, Response):
        return form
    client = request.client.host if request.client else "unknown"
    if not await run_in_threadpool(review.limiter.hit, review.login_limit, client):
        return review.message(request, "操作过于频繁", "登录尝试过于频繁，请稍后再试。", 429)
    account = await run_in_threadpool(
        review.accounts.authenticate,
        str(form.get("name", ""))[:64],
        str(form.get("password", ""))[:200],
    )
    if account is None or account.role not in ROLES:
        return review.render(
            request,
            "intake/login.html",
            "公示专员登录",
            f"{BASE}/login",
            status_code=401,
            action=f"{BASE}/login",
            crumbs=[],
            error="用户名或密码不正确，或无权审核公示。",
        )
    token = await run_in_threadpool(review.sessions.create, "clerk", account.id)
    with review.ledger.db.transaction() as tx:
        review.ledger.audit.append(tx, actor=account.name, action="login", subject="review")
    response = RedirectResponse(f"{BASE}/", status_code=303)
    response.set_cookie(**session_cookie(token, request, COOKIE))
    return response


@clerk_page
async def logout(review: Review, request: Request, account: Account) -> Response:
    form = await review.form(request)
    if isinstance(form, Response):
        return form
    await run_in_threadpool(review.sessions.end, request.cookies.get(COOKIE))
    response = RedirectResponse(f"{BASE}/login", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


def overdue_report_year(output_dir: Path, today: dt.date) -> int | None:
    """The previous year when its annual report (``/statistics/<year>/``, DESIGN §2: due by
    31 January) is not in the built site after that day; None otherwise."""
    year = today.year - 1
    if today <= dt.date(today.year, 1, 31):
        return None
    return None if (output_dir / "statistics" / str(year) / "index.html").exists() else year


@clerk_page
async def queue(review: Review, request: Request, account: Account) -> Response:
    entries = await run_in_threadpool(review.ledger.queue)
    recent = await run_in_threadpool(review.ledger.queue, ("approved", "rejected", "withdrawn"))
    reports = await run_in_threadpool(review.reports) if review.reports else []
    return review.render(
        request,
        "admin/queue.html",
        "决定审核",
        f"{BASE}/",
        account=account,
        entries=entries,
        recent=recent[:30],
        reports=reports,
        overdue_report=overdue_report_year(Path(review.settings.output_dir), today_in_china()),
    )


@clerk_page
async def detail(review: Review, request: Request, account: Account) -> Response:
    entry = await run_in_threadpool(review.ledger.get, request.path_params["id"])
    original, redacted = segments(entry)
    return review.render(
        request,
        "admin/review.html",
        f"审核：{entry.decision_no}",
        f"{BASE}/{entry.id}",
        crumbs=CRUMBS + [(entry.decision_no, f"admin/decisions/{entry.id}")],
        account=account,
        entry=entry,
        original=original,
        redacted=redacted,
        editable=entry.status in ("in_review", "held"),
        legal_reviews=review.ledger.legal.of(entry.id),
        current_review=review.ledger.legal.current(entry.id, entry.original_text),
        is_clerk=account.role in CLERK,
        is_legal=account.role in LEGAL,
    )


def _action(method: Callable[..., Entry], *fields: str, roles: tuple[str, ...] = CLERK) -> Handler:
    async def handler(review: Review, request: Request, account: Account) -> Response:
        form = await review.form(request)
        if isinstance(form, Response):
            return form
        if account.role not in roles:
            return review.message(request, "无权操作", "您的账号角色无权进行此项操作。", 403)
        entry_id = request.path_params["id"]
        values = [str(form.get(name, "")).strip()[:2000] for name in fields]
        await run_in_threadpool(method, review.ledger, entry_id, *values, account.name)
        return RedirectResponse(f"{BASE}/{entry_id}", status_code=303)

    return handler


def _approve(ledger: Ledger, entry_id: int, hold_decision: str, actor: str) -> Entry:
    return ledger.approve(entry_id, actor, hold_decision)


def _reject(ledger: Ledger, entry_id: int, reason: str, actor: str) -> Entry:
    return ledger.reject(entry_id, reason, actor)


def _hold(ledger: Ledger, entry_id: int, reason: str, actor: str) -> Entry:
    return ledger.hold(entry_id, reason, actor)


def _withdraw(ledger: Ledger, entry_id: int, reason: str, actor: str) -> Entry:
    return ledger.withdraw(entry_id, reason, actor)


def _mark_major(ledger: Ledger, entry_id: int, reason: str, actor: str) -> Entry:
    return ledger.mark_major(entry_id, reason, actor)


def _legal_review(ledger: Ledger, entry_id: int, opinion: str, note: str, actor: str) -> Entry:
    return ledger.legal_review(entry_id, opinion, actor, note)


def _undo(ledger: Ledger, entry_id: int, index: str, reason: str, actor: str) -> Entry:
    if not index.isdigit():
        raise GongshiError("no finding chosen")
    return ledger.undo_finding(entry_id, int(index), reason, actor)


def _add(
    ledger: Ledger, entry_id: int, text: str, start: str, end: str, kind: str, actor: str
) -> Entry:
    """Mask a span: by its offsets (the browser's selection) or by the exact text typed."""
    entry = ledger.get(entry_id)
    kind = kind if kind in KIND_LABELS else "person_name"
    if start.isdigit() and end.isdigit():
        spans = [(int(start), int(end))]
    else:
        if not text:
            raise GongshiError("请填写要遮蔽的原文文字")
        spans = []
        at = entry.original_text.find(text)
        while at >= 0:
            spans.append((at, at + len(text)))
            at = entry.original_text.find(text, at + len(text))
        if not spans:
            raise GongshiError(f"原文中没有“{text[:40]}”")
    for s, e in spans:
        entry = ledger.add_redaction(entry_id, s, e, kind, actor)
    return entry


@clerk_page
async def audit(review: Review, request: Request, account: Account) -> Response:
    events = await run_in_threadpool(review.ledger.audit.events)
    ok, summary = await run_in_threadpool(review.ledger.audit.verify)
    return review.render(
        request,
        "admin/audit.html",
        "审核日志",
        f"{BASE}/audit",
        crumbs=CRUMBS + [("审核日志", "admin/decisions/audit")],
        account=account,
        events=list(reversed(events))[:500],
        ok=ok,
        summary=summary,
    )


def review_routes(
    settings: Any,
    renderer: Any,
    ledger: Ledger,
    reports: Callable[[], list[dict[str, Any]]] | None = None,
) -> list[BaseRoute]:
    """``reports`` lists citizens' complaints about published pages (from the intake store)."""
    review = Review(settings, renderer, ledger, reports)

    def bound(handler: Any) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            return await handler(review, request)

        return endpoint

    def act(handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        return clerk_page(handler)(review)

    routes = [
        Route("/login", bound(login_form), methods=["GET"]),
        Route("/login", bound(login), methods=["POST"]),
        Route("/logout", logout(review), methods=["POST"]),
        Route("/", queue(review), methods=["GET"]),
        Route("/audit", audit(review), methods=["GET"]),
        Route("/{id:int}", detail(review), methods=["GET"]),
        Route("/{id:int}/approve", act(_action(_approve, "hold_decision")), methods=["POST"]),
        Route("/{id:int}/reject", act(_action(_reject, "reason")), methods=["POST"]),
        Route("/{id:int}/hold", act(_action(_hold, "reason")), methods=["POST"]),
        Route("/{id:int}/withdraw", act(_action(_withdraw, "reason")), methods=["POST"]),
        Route("/{id:int}/undo", act(_action(_undo, "finding", "reason")), methods=["POST"]),
        Route(
            "/{id:int}/add", act(_action(_add, "text", "start", "end", "kind")), methods=["POST"]
        ),
        Route("/{id:int}/mark-major", act(_action(_mark_major, "reason")), methods=["POST"]),
        Route(
            "/{id:int}/legal-review",
            act(_action(_legal_review, "opinion", "note", roles=LEGAL)),
            methods=["POST"],
        ),
    ]
    middleware = [Middleware(BodyLimit, max_bytes=256 * 1024), Middleware(CsrfCookie)]
    return [Mount(BASE, routes=routes, middleware=middleware)]
