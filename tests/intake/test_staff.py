"""Handlers log in, work the queue, move cases through DESIGN §5, reply, follow up, export."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from starlette.testclient import TestClient

from tests.intake.conftest import PASSWORD, file_complaint, login_staff, token


def status_page(client: TestClient, code: str) -> str:
    return client.post(
        "/complaints/status", data={"code": code, "csrf_token": token(client, "/complaints/status")}
    ).text


def act(staff: TestClient, case_no: str, **data) -> object:
    data["csrf_token"] = token(staff, f"/admin/intake/cases/{case_no}")
    return staff.post(f"/admin/intake/cases/{case_no}", data=data)


@pytest.mark.parametrize(
    "path",
    [
        "/admin/intake/",
        "/admin/intake/cases/TS-2026-000001",
        "/admin/intake/cases.csv",
        "/admin/intake/files/1",
        "/admin/intake/supervisors",
        "/admin/intake/observations",
    ],
)
def test_anonymous_staff_access_goes_to_login(client, path):
    file_complaint(client)
    response = client.get(path)
    assert response.status_code == 303 and response.headers["location"] == "/admin/intake/login"


def test_anonymous_post_changes_nothing(client):
    case_no, code = file_complaint(client)
    csrf = token(client, "/complaints/new")
    response = client.post(
        f"/admin/intake/cases/{case_no}",
        data={"action": "move", "status": "accepted", "csrf_token": csrf},
    )
    assert response.status_code == 303
    assert "已受理" not in status_page(client, code)


def test_wrong_password_and_wrong_role_are_refused(app, accounts):
    accounts.add("clerk1", "clerk", PASSWORD)
    accounts.add("handler1", "handler", PASSWORD)
    client = TestClient(app, follow_redirects=False)
    for name, password in (
        ("handler1", "wrong password!"),
        ("nobody", PASSWORD),
        ("clerk1", PASSWORD),
    ):
        response = client.post(
            "/admin/intake/login",
            data={
                "name": name,
                "password": password,
                "csrf_token": token(client, "/admin/intake/login"),
            },
        )
        assert response.status_code == 401 and "用户名或密码不正确" in response.text
    assert client.get("/admin/intake/").status_code == 303


def test_login_without_csrf_is_refused(app, accounts):
    accounts.add("handler1", "handler", PASSWORD)
    client = TestClient(app, follow_redirects=False)
    client.get("/admin/intake/login")
    response = client.post("/admin/intake/login", data={"name": "handler1", "password": PASSWORD})
    assert response.status_code == 403


def test_session_cookie_is_httponly_and_lax(app, accounts):
    accounts.add("handler1", "handler", PASSWORD)
    client = TestClient(app, follow_redirects=False)
    response = client.post(
        "/admin/intake/login",
        data={
            "name": "handler1",
            "password": PASSWORD,
            "csrf_token": token(client, "/admin/intake/login"),
        },
    )
    cookie = response.headers["set-cookie"]
    assert (
        "gs_staff=" in cookie
        and "HttpOnly" in cookie
        and "SameSite=lax" in cookie.replace("Lax", "lax")
    )


def test_logout_ends_the_session(staff):
    staff.post("/admin/intake/logout", data={"csrf_token": token(staff, "/admin/intake/")})
    assert staff.get("/admin/intake/").status_code == 303


def test_full_case_lifecycle_seen_by_the_citizen(client, staff):
    case_no, code = file_complaint(client, name="王五", phone="13600000000")
    queue = staff.get("/admin/intake/")
    assert case_no in queue.text
    case = staff.get(f"/admin/intake/cases/{case_no}").text
    assert "王五" in case and "13600000000" in case  # staff see the contact …
    assert act(staff, case_no, action="move", status="accepted").status_code == 303
    assert act(staff, case_no, action="note", text="内部：联系城管中队").status_code == 303
    assert act(staff, case_no, action="reply", text="已安排人员核查。").status_code == 303
    act(staff, case_no, action="move", status="in_progress")
    act(staff, case_no, action="move", status="answered", text="经核查，已责令改正。")
    page = status_page(client, code)
    assert "已受理" in page and "办理中" in page and "已答复" in page
    assert "已安排人员核查。" in page and "经核查，已责令改正。" in page
    assert "内部：联系城管中队" not in page  # … the citizen never sees internal notes
    act(
        staff,
        case_no,
        action="move",
        status="followed_up",
        satisfaction="satisfied",
        text="电话回访，群众表示满意",
    )
    act(staff, case_no, action="move", status="closed")
    page = status_page(client, code)
    assert "已办结" in page and "电话回访" not in page
    detail = staff.get(f"/admin/intake/cases/{case_no}").text
    assert "满意" in detail and "电话回访，群众表示满意" in detail


@pytest.mark.parametrize(
    ("steps", "message"),
    [
        ([{"status": "answered"}], "不能从"),
        ([{"status": "not_accepted"}], "请填写理由"),
        ([{"status": "accepted"}, {"status": "answered"}], "请填写理由"),
        (
            [
                {"status": "accepted"},
                {"status": "answered", "text": "答复"},
                {"status": "followed_up"},
            ],
            "请选择回访满意度",
        ),
    ],
)
def test_transitions_are_checked(client, staff, steps, message):
    case_no, _ = file_complaint(client)
    for step in steps[:-1]:
        assert act(staff, case_no, action="move", **step).status_code == 303
    response = act(staff, case_no, action="move", **steps[-1])
    assert response.status_code == 400 and message in response.text


def test_not_accepted_shows_the_reason(client, staff):
    case_no, code = file_complaint(client)
    act(
        staff,
        case_no,
        action="move",
        status="not_accepted",
        text="不属于本局职责，请向区市场监管局反映。",
    )
    page = status_page(client, code)
    assert "不予受理" in page and "不属于本局职责" in page


def test_staff_post_without_csrf_is_refused(client, staff):
    case_no, code = file_complaint(client)
    response = staff.post(
        f"/admin/intake/cases/{case_no}", data={"action": "move", "status": "accepted"}
    )
    assert response.status_code == 403
    assert "已受理" not in status_page(client, code)


def test_assign_and_filter_mine(client, staff, accounts):
    mine, _ = file_complaint(client)
    other, _ = file_complaint(client)
    handler = next(a for a in accounts.all() if a.name == "handler1")
    act(staff, mine, action="assign", assignee=str(handler.id))
    page = staff.get("/admin/intake/?mine=1").text
    assert mine in page and other not in page


def test_filters_by_kind_and_status(client, staff):
    violation, _ = file_complaint(client)
    suggestion, _ = file_complaint(client, kind="suggestion")
    page = staff.get("/admin/intake/?kind=suggestion&status=").text
    assert suggestion in page and violation not in page


def test_overdue_cases_are_flagged(client, staff, app):
    case_no, _ = file_complaint(client)
    from intake import store

    old = (dt.datetime.now(store.CHINA) - dt.timedelta(days=30)).isoformat(timespec="seconds")
    with store._DEFAULT.db.transaction() as tx:
        tx.execute("UPDATE cases SET created_at = ? WHERE case_no = ?", (old, case_no))
    fresh, _ = file_complaint(client)
    page = staff.get("/admin/intake/?overdue=1").text
    assert case_no in page and "已超期" in page and fresh not in page


def test_csv_export_has_no_contact_data_and_defuses_formulas(client, staff):
    file_complaint(client, name="赵六", phone="13700000000", place='=HYPERLINK("x")')
    response = staff.get("/admin/intake/cases.csv")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("case_no,kind,status")
    assert "赵六" not in text and "13700000000" not in text
    assert "'=HYPERLINK" in text


def test_another_handler_sees_and_works_the_same_case(client, staff, app, accounts):
    accounts.add("handler2", "handler", PASSWORD)
    second = login_staff(TestClient(app, follow_redirects=False), "handler2")
    case_no, _ = file_complaint(client)
    act(second, case_no, action="move", status="accepted")
    assert "handler2" in staff.get(f"/admin/intake/cases/{case_no}").text


def test_unknown_case_is_404(staff):
    assert staff.get("/admin/intake/cases/TS-2026-999999").status_code == 404


def test_deadline_in_an_unknown_year_is_flagged(client, staff):
    case_no, _ = file_complaint(client)
    from intake import store

    with store._DEFAULT.db.transaction() as tx:
        tx.execute(
            "UPDATE cases SET created_at = ? WHERE case_no = ?",
            ("2031-12-30T10:00:00+08:00", case_no),
        )
    page = staff.get(f"/admin/intake/cases/{case_no}").text
    assert "仅按周末计算" in page
    assert re.search(r"2032-01-\d\d", page)


def test_staff_login_is_an_audit_event(staff, settings):
    from core.audit import AuditLog
    from core.db import open_database

    events = AuditLog(open_database(settings, "gongshi")).events("intake")
    assert [(e.actor, e.action) for e in events] == [("handler1", "login")]
