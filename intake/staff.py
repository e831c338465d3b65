"""Handlers' pages (``/admin/intake``): login, queues, case handling, supervisors, CSV export.

Only accounts with the handler or admin role get in; every other request is sent to the login.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route

from core.audit import AuditLog
from core.security import Signer, session_cookie
from intake import IntakeError
from intake.paging import page_number
from intake.store import (
    KINDS,
    OBSERVATION_STATUSES,
    SATISFACTION,
    STATUSES,
    SUPERVISOR_STATUSES,
    TRANSITIONS,
)
from intake.web import STAFF_COOKIE, Intake, log, page, redirect

BASE = "/admin/intake"
CRUMBS = [("投诉办理", "admin/intake/")]
PASSWORD_LINK_MAX_AGE = 72 * 3600


def password_signer(intake: Intake) -> Signer:
    return Signer(intake.settings.secret_key, "supervisor-password")


def password_link(intake: Intake, request: Request, supervisor: dict) -> str:
    """A signed link valid for 72 hours and only until a password is set with it."""
    token = password_signer(intake).dumps(
        {"id": supervisor["id"], "v": (supervisor["password_hash"] or "")[-16:]}
    )
    return str(request.url_for("supervisor_password", token=token))


async def _require(intake: Intake, request: Request) -> Any:
    account = await intake.staff(request)
    if account is None:
        return redirect(f"{BASE}/login")
    return account


def _render(
    intake: Intake,
    request: Request,
    template: str,
    title: str,
    path: str,
    account: Any,
    **context: Any,
) -> Response:
    response = intake.render(
        request,
        template,
        title,
        path.lstrip("/"),
        CRUMBS,
        account=account,
        kinds=KINDS,
        statuses=STATUSES,
        **context,
    )
    response.headers["cache-control"] = "no-store"
    return response


@page
async def login_form(intake: Intake, request: Request) -> Response:
    return intake.render(
        request,
        "intake/login.html",
        "工作人员登录",
        "admin/intake/login",
        action=f"{BASE}/login",
        error="",
    )


@page
async def login(intake: Intake, request: Request) -> Response:
    form = await intake.form(request)
    if isinstance(form, Response):
        return form
    if not await intake.allowed(request, "login"):
        return intake.too_many(request)
    account = await run_in_threadpool(
        intake.accounts.authenticate,
        str(form.get("name", ""))[:64],
        str(form.get("password", ""))[:200],
    )
    if account is None or account.role not in ("handler", "admin"):
        return intake.render(
            request,
            "intake/login.html",
            "工作人员登录",
            "admin/intake/login",
            status_code=401,
            action=f"{BASE}/login",
            error="用户名或密码不正确，或无权办理投诉。",
        )
    token = await run_in_threadpool(intake.sessions.create, "staff", account.id)
    await run_in_threadpool(_audit_login, intake, account.name)
    log.info("staff login account_id=%s", account.id)
    response = redirect(f"{BASE}/")
    response.set_cookie(**session_cookie(token, request, STAFF_COOKIE))
    return response


def _audit_login(intake: Intake, name: str) -> None:
    """Every staff login is an audit event (DESIGN §3), in the same chain as the clerks'."""
    log_ = AuditLog(intake.store.db)
    with intake.store.db.transaction() as tx:
        log_.append(tx, actor=name, action="login", subject="intake")


@page
async def logout(intake: Intake, request: Request) -> Response:
    form = await intake.form(request)
    if isinstance(form, Response):
        return form
    await run_in_threadpool(intake.sessions.end, request.cookies.get(STAFF_COOKIE))
    response = redirect(f"{BASE}/login")
    response.delete_cookie(STAFF_COOKIE, path="/")
    return response


def _filters(request: Request) -> dict[str, str]:
    q = request.query_params
    status = q.get("status", "open")
    return {
        "status": status if status in STATUSES or status in ("open", "") else "open",
        "kind": q.get("kind", "") if q.get("kind", "") in KINDS else "",
        "mine": "1" if q.get("mine") == "1" else "",
        "overdue": "1" if q.get("overdue") == "1" else "",
        "q": q.get("q", "")[:30],
    }


def _store_filters(f: dict[str, str], account: Any) -> dict[str, Any]:
    return {
        "status": f["status"],
        "kind": f["kind"],
        "search": f["q"],
        "assigned_to": account.id if f["mine"] else None,
        "overdue_only": bool(f["overdue"]),
    }


def _page_link(path: str, params: dict[str, str]) -> Callable[[int], str]:
    """Links to the pages of a queue: plain GETs that keep its active filters."""

    def url(number: int) -> str:
        query = urlencode({**params, "page": str(number)} if number > 1 else params)
        return f"{path}?{query}" if query else path

    return url


@page
async def queue(intake: Intake, request: Request) -> Response:
    account = await _require(intake, request)
    if isinstance(account, Response):
        return account
    filters = _filters(request)
    number = page_number(request.query_params.get("page"))
    cases = await run_in_threadpool(
        lambda: intake.store.cases_page(number, **_store_filters(filters, account))
    )
    accounts = {a.id: a.name for a in await run_in_threadpool(intake.accounts.all)}
    # "status" is kept even when empty (全部): without it the queue falls back to open cases.
    kept = {k: v for k, v in filters.items() if v or k == "status"}
    return _render(
        intake,
        request,
        "intake/queue.html",
        "投诉举报办理",
        f"{BASE}/",
        account,
        cases=cases,
        filters=filters,
        names=accounts,
        page_link=_page_link(f"{BASE}/", kept),
        csv_url=f"{BASE}/cases.csv?" + urlencode(kept),
    )


CSV_COLUMNS = [
    "case_no",
    "kind",
    "status",
    "created_at",
    "accepted_at",
    "answered_at",
    "closed_at",
    "due",
    "overdue",
    "satisfaction",
    "source",
    "place",
    "page_url",
]


def _csv(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        cells = [
            r["case_no"],
            r["kind"],
            r["status"],
            r["created_at"],
            r["accepted_at"],
            r["answered_at"],
            r["closed_at"],
            r["due"].date.isoformat() if r["due"] else "",
            "1" if r["is_overdue"] else "",
            r["satisfaction"],
            r["source"],
            r["place"],
            r["page_url"],
        ]
        # A cell starting with = + - @ would run as a formula in a spreadsheet.
        writer.writerow(["'" + c if c[:1] in ("=", "+", "-", "@") else c for c in map(str, cells)])
    return "\ufeff" + out.getvalue()


@page
async def export_csv(intake: Intake, request: Request) -> Response:
    """Every case matching the queue's filters (all pages, not the one on screen)."""
    account = await _require(intake, request)
    if isinstance(account, Response):
        return account
    wanted = _store_filters(_filters(request), account)
    rows = await run_in_threadpool(lambda: intake.store.cases(**wanted))
    body = await run_in_threadpool(_csv, rows)
    log.info("csv export by account_id=%s (%d cases)", account.id, len(rows))
    return Response(
        body,
        media_type="text/csv; charset=utf-8",
        headers={
            "content-disposition": 'attachment; filename="cases.csv"',
            "cache-control": "no-store",
        },
    )


@page
async def case_page(intake: Intake, request: Request) -> Response:
    account = await _require(intake, request)
    if isinstance(account, Response):
        return account
    case_no = request.path_params["case_no"]
    case = await run_in_threadpool(intake.store.case, case_no)
    if case is None:
        return intake.message(request, "案件不存在", "案件不存在。", 404, back=f"{BASE}/")
    events = await run_in_threadpool(intake.store.events, "case", case["id"])
    files = await run_in_threadpool(intake.store.attachments, "case", case["id"])
    accounts = await run_in_threadpool(intake.accounts.all)
    return _render(
        intake,
        request,
        "intake/case.html",
        f"案件 {case_no}",
        f"{BASE}/cases/{case_no}",
        account,
        case=case,
        events=events,
        files=files,
        due=intake.store.deadline(case),
        overdue=intake.store.overdue(case),
        next_statuses=TRANSITIONS[case["status"]],
        satisfaction=SATISFACTION,
        handlers=[a for a in accounts if a.active],
        error=request.query_params.get("error", "")[:200],
    )


@page
async def case_action(intake: Intake, request: Request) -> Response:
    account = await _require(intake, request)
    if isinstance(account, Response):
        return account
    form = await intake.form(request)
    if isinstance(form, Response):
        return form
    case_no = request.path_params["case_no"]
    action = str(form.get("action", ""))
    text = str(form.get("text", ""))[:5000]
    store = intake.store
    try:
        if action == "move":
            await run_in_threadpool(
                store.move,
                case_no,
                str(form.get("status", "")),
                account.name,
                text,
                str(form.get("satisfaction", "")),
            )
        elif action == "reply":
            await run_in_threadpool(store.reply, case_no, account.name, text)
        elif action == "note":
            await run_in_threadpool(store.note, case_no, account.name, text)
        elif action == "assign":
            raw = str(form.get("assignee", ""))
            wanted = int(raw) if raw.isascii() and raw.isdigit() else None
            target = await run_in_threadpool(intake.accounts.get, wanted) if wanted else None
            await run_in_threadpool(
                store.assign,
                case_no,
                account.name,
                target.id if target else None,
                target.name if target else "",
            )
        else:
            raise IntakeError("未知的操作")
    except IntakeError as exc:
        case = await run_in_threadpool(store.case, case_no)
        if case is None:
            return intake.message(request, "案件不存在", "案件不存在。", 404, back=f"{BASE}/")
        return intake.message(request, "未能保存", exc.message, 400, back=f"{BASE}/cases/{case_no}")
    log.info("case %s %s by account_id=%s", case_no, action, account.id)
    return redirect(f"{BASE}/cases/{case_no}")


@page
async def attachment(intake: Intake, request: Request) -> Response:
    account = await _require(intake, request)
    if isinstance(account, Response):
        return account
    row = await run_in_threadpool(intake.store.attachment, request.path_params["file_id"])
    path = intake.store.files.path(row["stored_name"]) if row else None
    if row is None or path is None:
        return intake.message(request, "附件不存在", "附件不存在。", 404)
    return FileResponse(
        path,
        media_type=row["media_type"],
        filename=row["original_name"],
        content_disposition_type="attachment",
        headers={"cache-control": "no-store"},
    )


# -- volunteer supervisors ------------------------------------------------------------------
@page
async def supervisors_page(intake: Intake, request: Request) -> Response:
    account = await _require(intake, request)
    if isinstance(account, Response):
        return account
    rows = await run_in_threadpool(intake.store.supervisors)
    links = {
        r["id"]: password_link(intake, request, r) for r in rows if r["status"] in ("approved",)
    }
    return _render(
        intake,
        request,
        "intake/staff_supervisors.html",
        "社会监督员",
        f"{BASE}/supervisors",
        account,
        supervisors=rows,
        links=links,
        supervisor_statuses=SUPERVISOR_STATUSES,
    )


@page
async def supervisor_decide(intake: Intake, request: Request) -> Response:
    account = await _require(intake, request)
    if isinstance(account, Response):
        return account
    form = await intake.form(request)
    if isinstance(form, Response):
        return form
    await run_in_threadpool(
        intake.store.decide_supervisor,
        request.path_params["sid"],
        form.get("decision") == "approve",
        account.name,
    )
    log.info("supervisor %s decided by account_id=%s", request.path_params["sid"], account.id)
    return redirect(f"{BASE}/supervisors")


@page
async def observations_page(intake: Intake, request: Request) -> Response:
    account = await _require(intake, request)
    if isinstance(account, Response):
        return account
    status = request.query_params.get("status", "")
    status = status if status in OBSERVATION_STATUSES else ""
    number = page_number(request.query_params.get("page"))
    observations = await run_in_threadpool(
        lambda: intake.store.observations_page(number, status=status)
    )
    return _render(
        intake,
        request,
        "intake/staff_observations.html",
        "监督意见",
        f"{BASE}/observations",
        account,
        observations=observations,
        observation_statuses=OBSERVATION_STATUSES,
        status=status,
        page_link=_page_link(f"{BASE}/observations", {"status": status} if status else {}),
    )


@page
async def observation_page(intake: Intake, request: Request) -> Response:
    account = await _require(intake, request)
    if isinstance(account, Response):
        return account
    obs = await run_in_threadpool(intake.store.observation, request.path_params["obs_no"])
    if obs is None:
        return intake.message(request, "监督意见不存在", "监督意见不存在。", 404)
    events = await run_in_threadpool(intake.store.events, "observation", obs["id"])
    files = await run_in_threadpool(intake.store.attachments, "observation", obs["id"])
    supervisor = await run_in_threadpool(intake.store.supervisor, obs["supervisor_id"])
    return _render(
        intake,
        request,
        "intake/staff_observation.html",
        f"监督意见 {obs['obs_no']}",
        f"{BASE}/observations/{obs['obs_no']}",
        account,
        obs=obs,
        events=events,
        files=files,
        supervisor=supervisor,
        observation_statuses=OBSERVATION_STATUSES,
    )


@page
async def observation_reply(intake: Intake, request: Request) -> Response:
    account = await _require(intake, request)
    if isinstance(account, Response):
        return account
    form = await intake.form(request)
    if isinstance(form, Response):
        return form
    obs_no = request.path_params["obs_no"]
    await run_in_threadpool(
        intake.store.reply_observation,
        obs_no,
        account.name,
        str(form.get("text", ""))[:5000],
        form.get("close") == "1",
    )
    log.info("observation %s answered by account_id=%s", obs_no, account.id)
    return redirect(f"{BASE}/observations/{obs_no}")


def routes(intake: Intake) -> list[Route]:
    return [
        Route("/", queue(intake), methods=["GET"], name="staff_queue"),
        Route("/login", login_form(intake), methods=["GET"]),
        Route("/login", login(intake), methods=["POST"]),
        Route("/logout", logout(intake), methods=["POST"]),
        Route("/cases.csv", export_csv(intake), methods=["GET"]),
        Route("/cases/{case_no:str}", case_page(intake), methods=["GET"]),
        Route("/cases/{case_no:str}", case_action(intake), methods=["POST"]),
        Route("/files/{file_id:int}", attachment(intake), methods=["GET"]),
        Route("/supervisors", supervisors_page(intake), methods=["GET"]),
        Route("/supervisors/{sid:int}", supervisor_decide(intake), methods=["POST"]),
        Route("/observations", observations_page(intake), methods=["GET"]),
        Route("/observations/{obs_no:str}", observation_page(intake), methods=["GET"]),
        Route("/observations/{obs_no:str}", observation_reply(intake), methods=["POST"]),
    ]
