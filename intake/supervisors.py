"""Volunteer supervisors' pages: apply, set a password through a signed link, log in, submit
observations, read the history and the staff's replies (their own only)."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from core.accounts import AccountError, hash_password, verify_password
from core.security import session_cookie
from intake import IntakeError
from intake.staff import PASSWORD_LINK_MAX_AGE, password_signer
from intake.store import OBSERVATION_STATUSES
from intake.web import SUPERVISOR_COOKIE, Intake, log, page, redirect

BASE = "/supervisors"
CRUMBS = [("社会监督员", "supervisors/")]


def _render(
    intake: Intake,
    request: Request,
    template: str,
    title: str,
    path: str,
    status_code: int = 200,
    **context: object,
) -> Response:
    response = intake.render(
        request, template, title, path.lstrip("/"), CRUMBS, status_code=status_code, **context
    )
    response.headers["cache-control"] = "no-store"
    return response


@page
async def home(intake: Intake, request: Request) -> Response:
    supervisor = await intake.supervisor(request)
    if supervisor is None:
        return _render(
            intake, request, "intake/supervisor_login.html", "社会监督员登录", f"{BASE}/", error=""
        )
    rows = await run_in_threadpool(intake.store.observations, supervisor["id"])
    return _render(
        intake,
        request,
        "intake/supervisor_home.html",
        "我的监督意见",
        f"{BASE}/",
        supervisor=supervisor,
        observations=rows,
        statuses=OBSERVATION_STATUSES,
    )


@page
async def apply_form(intake: Intake, request: Request) -> Response:
    return _render(
        intake,
        request,
        "intake/supervisor_apply.html",
        "申请成为社会监督员",
        f"{BASE}/apply",
        values={},
        error="",
    )


@page
async def apply(intake: Intake, request: Request) -> Response:
    form = await intake.form(request)
    if isinstance(form, Response):
        return form
    values = {
        k: str(form.get(k, ""))[:2000]
        for k in ("name", "phone", "email", "area", "motivation", "login")
    }
    if form.get("website"):
        return intake.message(request, "无法提交", "提交未被接受。")
    if not await intake.allowed(request, "submit"):
        return intake.too_many(request)
    try:
        sid = await run_in_threadpool(lambda: intake.store.apply_supervisor(**values))
    except IntakeError as exc:
        return _render(
            intake,
            request,
            "intake/supervisor_apply.html",
            "申请成为社会监督员",
            f"{BASE}/apply",
            status_code=400,
            values=values,
            error=exc.message,
        )
    log.info("supervisor application %s received", sid)
    return intake.message(
        request, "申请已提交", "申请已提交。经审核批准后，工作人员将把设置密码的链接发送给您。", 200
    )


def _token_target(intake: Intake, token: str) -> int | None:
    value = password_signer(intake).loads(token, PASSWORD_LINK_MAX_AGE)
    if not isinstance(value, dict) or not isinstance(value.get("id"), int):
        return None
    row = intake.store.supervisor(value["id"])
    if row is None or row["status"] not in ("approved", "active"):
        return None
    if (row["password_hash"] or "")[-16:] != value.get("v"):
        return None  # already used: a password was set with this or a newer link
    return int(row["id"])


@page
async def password_form(intake: Intake, request: Request) -> Response:
    token = request.path_params["token"]
    if await run_in_threadpool(_token_target, intake, token) is None:
        return intake.message(
            request, "链接无效", "链接无效、已使用或已过期，请联系工作人员重新获取。", 400
        )
    return _render(
        intake,
        request,
        "intake/supervisor_password.html",
        "设置密码",
        f"{BASE}/password",
        token=token,
        error="",
    )


@page
async def password_set(intake: Intake, request: Request) -> Response:
    form = await intake.form(request)
    if isinstance(form, Response):
        return form
    token = request.path_params["token"]
    sid = await run_in_threadpool(_token_target, intake, token)
    if sid is None:
        return intake.message(
            request, "链接无效", "链接无效、已使用或已过期，请联系工作人员重新获取。", 400
        )
    password = str(form.get("password", ""))[:200]
    if password != str(form.get("password2", ""))[:200]:
        error = "两次输入的密码不一致"
    else:
        try:
            hashed = hash_password(password)
            await run_in_threadpool(intake.store.set_supervisor_password, sid, hashed)
            await run_in_threadpool(intake.sessions.end_all, "supervisor", sid)
            return intake.message(
                request, "密码已设置", "密码已设置，请登录。", 200, back=f"{BASE}/"
            )
        except AccountError:
            error = "密码至少 10 个字符"
    return _render(
        intake,
        request,
        "intake/supervisor_password.html",
        "设置密码",
        f"{BASE}/password",
        status_code=400,
        token=token,
        error=error,
    )


@page
async def login(intake: Intake, request: Request) -> Response:
    form = await intake.form(request)
    if isinstance(form, Response):
        return form
    if not await intake.allowed(request, "login"):
        return intake.too_many(request)
    row = await run_in_threadpool(intake.store.supervisor_by_login, str(form.get("login", ""))[:40])
    password = str(form.get("password", ""))[:200]
    ok = await run_in_threadpool(verify_password, row["password_hash"] if row else None, password)
    if not ok or row is None or row["status"] != "active":
        return _render(
            intake,
            request,
            "intake/supervisor_login.html",
            "社会监督员登录",
            f"{BASE}/",
            status_code=401,
            error="登录名或密码不正确。",
        )
    token = await run_in_threadpool(intake.sessions.create, "supervisor", row["id"])
    response = redirect(f"{BASE}/")
    response.set_cookie(**session_cookie(token, request, SUPERVISOR_COOKIE))
    return response


@page
async def logout(intake: Intake, request: Request) -> Response:
    form = await intake.form(request)
    if isinstance(form, Response):
        return form
    await run_in_threadpool(intake.sessions.end, request.cookies.get(SUPERVISOR_COOKIE))
    response = redirect(f"{BASE}/")
    response.delete_cookie(SUPERVISOR_COOKIE, path="/")
    return response


@page
async def observation_form(intake: Intake, request: Request) -> Response:
    if await intake.supervisor(request) is None:
        return redirect(f"{BASE}/")
    return _render(
        intake,
        request,
        "intake/observation_form.html",
        "提交监督意见",
        f"{BASE}/observations/new",
        values={},
        error="",
        max_files=intake.settings.upload_max_files,
    )


@page
async def observation_submit(intake: Intake, request: Request) -> Response:
    supervisor = await intake.supervisor(request)
    if supervisor is None:
        return redirect(f"{BASE}/")
    form = await intake.form(request)
    if isinstance(form, Response):
        return form
    values = {
        k: str(form.get(k, ""))[:5000]
        for k in ("observed_on", "place", "subject", "what", "rating")
    }
    if not await intake.allowed(request, "submit"):
        return intake.too_many(request)
    try:
        uploads = await intake.uploads(form)
        rating = int(values["rating"]) if values["rating"] in ("1", "2", "3", "4", "5") else 0
        obs_no = await run_in_threadpool(
            lambda: intake.store.create_observation(
                supervisor["id"],
                values["observed_on"],
                values["place"],
                values["subject"],
                values["what"],
                rating,
                uploads,
            )
        )
    except IntakeError as exc:
        return _render(
            intake,
            request,
            "intake/observation_form.html",
            "提交监督意见",
            f"{BASE}/observations/new",
            status_code=400,
            values=values,
            error=exc.message,
            max_files=intake.settings.upload_max_files,
        )
    log.info("observation %s received", obs_no)
    return redirect(f"{BASE}/observations/{obs_no}")


@page
async def observation_page(intake: Intake, request: Request) -> Response:
    supervisor = await intake.supervisor(request)
    if supervisor is None:
        return redirect(f"{BASE}/")
    obs = await run_in_threadpool(intake.store.observation, request.path_params["obs_no"])
    # Another volunteer's observation answers exactly like a missing one.
    if obs is None or obs["supervisor_id"] != supervisor["id"]:
        return intake.message(request, "监督意见不存在", "监督意见不存在。", 404, back=f"{BASE}/")
    events = await run_in_threadpool(intake.store.events, "observation", obs["id"], True)
    files = await run_in_threadpool(intake.store.attachments, "observation", obs["id"])
    return _render(
        intake,
        request,
        "intake/observation.html",
        f"监督意见 {obs['obs_no']}",
        f"{BASE}/observations/{obs['obs_no']}",
        obs=obs,
        events=events,
        files=files,
        statuses=OBSERVATION_STATUSES,
    )


def routes(intake: Intake) -> list[Route]:
    return [
        Route("/", home(intake), methods=["GET"]),
        Route("/login", login(intake), methods=["POST"]),
        Route("/logout", logout(intake), methods=["POST"]),
        Route("/apply", apply_form(intake), methods=["GET"]),
        Route("/apply", apply(intake), methods=["POST"]),
        Route(
            "/password/{token:str}",
            password_form(intake),
            methods=["GET"],
            name="supervisor_password",
        ),
        Route("/password/{token:str}", password_set(intake), methods=["POST"]),
        Route("/observations/new", observation_form(intake), methods=["GET"]),
        Route("/observations/new", observation_submit(intake), methods=["POST"]),
        Route("/observations/{obs_no:str}", observation_page(intake), methods=["GET"]),
    ]
