"""The same service on PostgreSQL (DATABASE_URL): two instances share cases, sessions and
rate limits. Skipped, saying why, when no server is reachable."""

from __future__ import annotations

import threading

import pytest
from starlette.testclient import TestClient

from core.accounts import Accounts
from core.db import Database
from tests.intake.conftest import (
    PASSWORD,
    file_complaint,
    login_staff,
    make_app,
    make_intake_settings,
    token,
)

pytestmark = pytest.mark.postgres


@pytest.fixture
def two_instances(tmp_path, pg_url):
    """Two apps over one PostgreSQL schema (and one attachments folder), like two servers."""
    settings = make_intake_settings(tmp_path, database_url=pg_url, rate_status_per_hour=3)
    first, second = make_app(settings), make_app(settings)
    yield settings, first, second
    from intake import store

    store._DEFAULT.db.close()


def test_case_filed_on_one_instance_opens_on_the_other(two_instances):
    _, first, second = two_instances
    a, b = TestClient(first), TestClient(second)
    case_no, code = file_complaint(a, name="张三")
    page = b.post(
        "/complaints/status", data={"code": code, "csrf_token": token(b, "/complaints/status")}
    )
    assert page.status_code == 200 and case_no in page.text


def test_a_staff_session_holds_across_instances(two_instances):
    settings, first, second = two_instances
    Accounts(Database(url=settings.database_url)).add("handler1", "handler", PASSWORD)
    staff = login_staff(TestClient(first, follow_redirects=False))
    case_no, code = file_complaint(TestClient(second))
    # The same browser (its cookies) now talks to the second instance.
    other = TestClient(second, follow_redirects=False, cookies=dict(staff.cookies))
    assert other.get("/admin/intake/").status_code == 200
    csrf = token(other, f"/admin/intake/cases/{case_no}")
    assert (
        other.post(
            f"/admin/intake/cases/{case_no}",
            data={"action": "move", "status": "accepted", "csrf_token": csrf},
        ).status_code
        == 303
    )
    other.post("/admin/intake/logout", data={"csrf_token": csrf})
    assert staff.get("/admin/intake/").status_code == 303  # logged out everywhere


def test_rate_limits_count_across_instances(two_instances):
    _, first, second = two_instances
    codes = []
    for app in (first, second, first, second):
        client = TestClient(app)
        codes.append(
            client.post(
                "/complaints/status",
                data={
                    "code": "AAAA-BBBB-CCCC-DDDD",
                    "csrf_token": token(client, "/complaints/status"),
                },
            ).status_code
        )
    assert codes == [404, 404, 404, 429]


def test_submission_limits_count_across_instances(tmp_path, pg_url):
    settings = make_intake_settings(tmp_path, database_url=pg_url, rate_submit_per_hour=2)
    first, second = make_app(settings), make_app(settings)
    try:
        file_complaint(TestClient(first))
        file_complaint(TestClient(second))
        client = TestClient(first)
        data = {
            "kind": "violation",
            "what": "路边占道经营，影响通行。",
            "consent": "1",
            "csrf_token": token(client, "/complaints/new"),
        }
        assert client.post("/complaints/new", data=data).status_code == 429
        api = TestClient(second).post(
            "/api/complaints", json={"kind": "suggestion", "what": "建议延长办公时间。"}
        )
        assert api.status_code == 429
    finally:
        from intake import store

        store._DEFAULT.db.close()


def test_concurrent_submissions_get_distinct_case_numbers(two_instances):
    _, first, second = two_instances
    from intake import store
    from intake.store import ComplaintForm

    numbers: list[str] = []
    form = ComplaintForm(kind="suggestion", what="建议延长办公时间。")

    def worker() -> None:
        for _ in range(10):
            numbers.append(store._DEFAULT.create_case(form).case_no)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(numbers)) == 40


def test_migrations_run_once_for_many_instances(two_instances):
    settings, *_ = two_instances
    db = Database(url=settings.database_url)
    with db.read() as tx:
        rows = tx.all("SELECT package, version FROM schema_migrations ORDER BY package")
    assert {r["package"] for r in rows} == {"accounts", "intake", "security"}
    assert len(rows) == 3
    db.close()


def test_supervisor_flow_on_postgres(two_instances):
    settings, first, _ = two_instances
    from tests.intake.test_supervisors import observe, volunteer

    Accounts(Database(url=settings.database_url)).add("handler1", "handler", PASSWORD)
    staff = login_staff(TestClient(first, follow_redirects=False))
    client = volunteer(first, staff, "vol_pg")
    obs_no = observe(client)
    assert obs_no in staff.get("/admin/intake/observations").text


def test_queues_count_and_page_in_postgresql(two_instances):
    from tests.intake.test_queues import add_cases, add_observations, cases_on, link

    settings, first, _ = two_instances
    Accounts(Database(url=settings.database_url)).add("handler1", "handler", PASSWORD)
    staff = login_staff(TestClient(first, follow_redirects=False))
    numbers = add_cases(120)
    add_cases(30, kind="suggestion", days_ago=30)
    add_observations(120)
    page = staff.get("/admin/intake/?kind=violation")
    assert page.status_code == 200 and "共 120 件，第 1/3 页" in page.text
    third = staff.get(link(staff.get(link(page.text, "next")).text, "next")).text
    assert cases_on(third) == sorted(numbers, reverse=True)[100:]
    assert "共 30 件，第 1/1 页" in staff.get("/admin/intake/?overdue=1").text
    last = staff.get("/admin/intake/?page=" + "9" * 30)
    assert last.status_code == 200 and "共 150 件，第 3/3 页" in last.text
    rows = staff.get("/admin/intake/cases.csv").content.decode("utf-8-sig").splitlines()
    assert len(rows) == 1 + 150
    observations = staff.get("/admin/intake/observations?page=3").text
    assert "共 120 条，第 3/3 页" in observations
