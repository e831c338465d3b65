"""Citizens' pages: the complaint form, the receipt, and the status page opened by receipt code."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from intake import IntakeError
from intake.store import (
    KINDS,
    PUBLICATION_KINDS,
    SATISFACTION,
    STATUSES,
    ComplaintForm,
)
from intake.web import Intake, log, page

CRUMBS = [("投诉举报", "complaints/new")]
HONEYPOT = "website"


def _form_page(
    intake: Intake, request: Request, values: dict, problems: dict, status_code: int = 200
) -> Response:
    return intake.render(
        request,
        "intake/complaint_form.html",
        "投诉举报",
        "complaints/new",
        CRUMBS,
        status_code=status_code,
        kinds=KINDS,
        publication_kinds=PUBLICATION_KINDS,
        values=values,
        problems=problems,
        max_files=intake.settings.upload_max_files,
        max_mb=intake.settings.upload_max_bytes // (1024 * 1024),
    )


@page
async def new(intake: Intake, request: Request) -> Response:
    values = {
        "kind": request.query_params.get("kind", ""),
        "page_url": request.query_params.get("page", "")[:500],
    }
    return _form_page(intake, request, values, {})


@page
async def submit(intake: Intake, request: Request) -> Response:
    form = await intake.form(request)
    if isinstance(form, Response):
        return form
    if form.get(HONEYPOT):
        log.info("honeypot filled: submission dropped")
        return intake.message(request, "无法提交", "提交未被接受。")
    values = {
        k: str(form.get(k, ""))[:6000]
        for k in ("kind", "what", "place", "occurred_on", "name", "phone", "page_url")
    }
    complaint = ComplaintForm(**values)
    problems = complaint.check()
    if not form.get("consent"):
        problems["consent"] = "请阅读并同意个人信息处理说明"
    if problems:
        return _form_page(intake, request, values, problems, status_code=400)
    try:
        uploads = await intake.uploads(form)
        # The rate limit is counted off the event loop, just before the durable insert (in
        # the group-commit writer when there is no attachment to clean first).
        receipt = await intake.store.create_case_async(
            complaint, uploads, admit=intake.admission(request, "submit")
        )
    except IntakeError as exc:
        return _form_page(intake, request, values, {"attachments": exc.message}, 400)
    if receipt is None:
        return intake.too_many(request)
    log.info("case %s received (%d attachments)", receipt.case_no, len(uploads))
    # Shown once, after the commit; never cached.
    response = intake.render(
        request,
        "intake/receipt.html",
        "提交成功",
        "complaints/receipt",
        CRUMBS,
        receipt=receipt,
        kind=KINDS[complaint.kind],
    )
    response.headers["cache-control"] = "no-store"
    return response


@page
async def status_form(intake: Intake, request: Request) -> Response:
    return intake.render(
        request,
        "intake/status_form.html",
        "办理进度查询",
        "complaints/status",
        CRUMBS + [("进度查询", "complaints/status")],
        error="",
    )


@page
async def status(intake: Intake, request: Request) -> Response:
    form = await intake.form(request)
    if isinstance(form, Response):
        return form
    crumbs = CRUMBS + [("进度查询", "complaints/status")]
    if not await intake.allowed(request, "status"):
        return intake.too_many(request)
    case = await run_in_threadpool(intake.store.case_by_receipt, str(form.get("code", ""))[:64])
    if case is None:
        return intake.render(
            request,
            "intake/status_form.html",
            "办理进度查询",
            "complaints/status",
            crumbs,
            status_code=404,
            error="回执码不正确。请核对后重新输入；回执码遗失后无法找回。",
        )
    events = await run_in_threadpool(intake.store.events, "case", case["id"], True)
    files = await run_in_threadpool(intake.store.attachments, "case", case["id"])
    log.info("case %s status viewed", case["case_no"])
    response = intake.render(
        request,
        "intake/status.html",
        f"案件 {case['case_no']}",
        "complaints/status",
        crumbs,
        case=case,
        events=events,
        files=files,
        kinds=KINDS,
        statuses=STATUSES,
        satisfaction=SATISFACTION,
    )
    response.headers["cache-control"] = "no-store"
    return response


@page
async def statistics_page(intake: Intake, request: Request) -> Response:
    raw = request.query_params.get("year", "")
    year = int(raw) if raw.isascii() and raw.isdigit() and 2000 <= int(raw) <= 2100 else None
    stats = await run_in_threadpool(intake.store.statistics, year)
    return intake.render(
        request,
        "intake/statistics.html",
        "投诉举报办理统计",
        "complaints/statistics",
        CRUMBS + [("办理统计", "complaints/statistics")],
        stats=stats,
        kinds=KINDS,
    )


def routes(intake: Intake) -> list[Route]:
    return [
        Route("/statistics", statistics_page(intake), methods=["GET"]),
        Route("/new", new(intake), methods=["GET"]),
        Route("/new", submit(intake), methods=["POST"]),
        Route("/status", status_form(intake), methods=["GET"]),
        Route("/status", status(intake), methods=["POST"]),
    ]
