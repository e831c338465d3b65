"""Volunteers apply, are approved, set a password through a signed link, submit observations
and read replies; they never see another volunteer's observations."""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image
from starlette.testclient import TestClient

from tests.intake.conftest import jpeg_with_gps, token

VOLUNTEER_PASSWORD = "volunteer pass 123"


def apply(client: TestClient, login: str, **extra) -> object:
    data = {
        "name": "志愿者" + login,
        "phone": "13500000000",
        "area": "东城街道",
        "motivation": "热心公益",
        "login": login,
        "csrf_token": token(client, "/supervisors/apply"),
    }
    data.update(extra)
    return client.post("/supervisors/apply", data=data)


def approve_and_link(staff: TestClient, login: str) -> str:
    """Approve the application on the staff page; returns the password link shown there."""
    from intake import store

    page = staff.get("/admin/intake/supervisors").text
    assert f"<td>{login}</td>" in page
    target = store._DEFAULT.supervisor_by_login(login)["id"]
    response = staff.post(
        f"/admin/intake/supervisors/{target}",
        data={"decision": "approve", "csrf_token": token(staff, "/admin/intake/supervisors")},
    )
    assert response.status_code == 303
    page = staff.get("/admin/intake/supervisors").text
    links = re.findall(
        r'<code class="password-link">http://testserver'
        r"(/supervisors/password/[^<]+)</code>",
        page,
    )
    assert links
    return links[0]


def volunteer(app, staff, login: str) -> TestClient:
    client = TestClient(app, follow_redirects=False)
    assert apply(client, login).status_code == 200
    link = approve_and_link(staff, login)
    response = client.post(
        link,
        data={
            "password": VOLUNTEER_PASSWORD,
            "password2": VOLUNTEER_PASSWORD,
            "csrf_token": token(client, link),
        },
    )
    assert response.status_code == 200 and "密码已设置" in response.text
    response = client.post(
        "/supervisors/login",
        data={
            "login": login,
            "password": VOLUNTEER_PASSWORD,
            "csrf_token": token(client, "/supervisors/"),
        },
    )
    assert response.status_code == 303, response.text
    return client


def observe(client: TestClient, files=None, **extra) -> str:
    data = {
        "observed_on": "2026-03-02",
        "place": "人民路菜市场",
        "subject": "执法证号 12345678",
        "what": "执法人员着装规范，文明执法。",
        "rating": "5",
        "csrf_token": token(client, "/supervisors/observations/new"),
    }
    data.update(extra)
    response = client.post("/supervisors/observations/new", data=data, files=files)
    assert response.status_code == 303, response.text
    return response.headers["location"].rsplit("/", 1)[1]


def test_whole_volunteer_journey(app, staff):
    client = volunteer(app, staff, "vol_a")
    obs_no = observe(client)
    assert re.fullmatch(r"JD-\d{4}-000001", obs_no)
    assert obs_no in client.get("/supervisors/").text
    assert obs_no in staff.get("/admin/intake/observations").text
    staff.post(
        f"/admin/intake/observations/{obs_no}",
        data={
            "text": "感谢监督，已转相关中队。",
            "csrf_token": token(staff, f"/admin/intake/observations/{obs_no}"),
        },
    )
    page = client.get(f"/supervisors/observations/{obs_no}").text
    assert "感谢监督，已转相关中队。" in page and "已答复" in page


def test_another_volunteers_observation_is_not_shown(app, staff):
    alice = volunteer(app, staff, "vol_a")
    bob = volunteer(app, staff, "vol_b")
    obs_no = observe(alice, what="只有 A 能看到的内容。")
    response = bob.get(f"/supervisors/observations/{obs_no}")
    assert response.status_code == 404 and "只有 A 能看到的内容" not in response.text
    assert obs_no not in bob.get("/supervisors/").text


def test_password_link_is_single_use_and_forgery_fails(app, staff):
    client = TestClient(app, follow_redirects=False)
    apply(client, "vol_c")
    link = approve_and_link(staff, "vol_c")
    data = {
        "password": VOLUNTEER_PASSWORD,
        "password2": VOLUNTEER_PASSWORD,
        "csrf_token": token(client, link),
    }
    assert client.post(link, data=data).status_code == 200
    assert client.get(link).status_code == 400
    assert client.post(link, data=data).status_code == 400
    assert client.get(link[:-3] + "abc").status_code == 400


def test_unapproved_applicant_cannot_log_in_or_get_a_link(app, staff):
    client = TestClient(app, follow_redirects=False)
    apply(client, "vol_d")
    response = client.post(
        "/supervisors/login",
        data={
            "login": "vol_d",
            "password": VOLUNTEER_PASSWORD,
            "csrf_token": token(client, "/supervisors/"),
        },
    )
    assert response.status_code == 401
    assert "password-link" not in staff.get("/admin/intake/supervisors").text


def test_password_rules(app, staff):
    client = TestClient(app, follow_redirects=False)
    apply(client, "vol_e")
    link = approve_and_link(staff, "vol_e")
    for a, b, msg in (
        ("short", "short", "至少 10 个字符"),
        (VOLUNTEER_PASSWORD, "other one 12345", "不一致"),
    ):
        response = client.post(
            link, data={"password": a, "password2": b, "csrf_token": token(client, link)}
        )
        assert response.status_code == 400 and msg in response.text


def test_duplicate_login_and_bad_phone_are_explained(client):
    assert apply(client, "vol_f").status_code == 200
    assert "已被使用" in apply(client, "vol_f").text
    assert "联系电话" in apply(client, "vol_g", phone="abc").text


def test_anonymous_cannot_submit_observations(client):
    assert client.get("/supervisors/observations/new").status_code == 303
    response = client.post(
        "/supervisors/observations/new",
        data={"csrf_token": token(client, "/supervisors/apply"), "place": "x"},
    )
    assert response.status_code == 303


def test_observation_without_csrf_is_refused(app, staff):
    client = volunteer(app, staff, "vol_h")
    response = client.post(
        "/supervisors/observations/new",
        data={
            "observed_on": "2026-03-02",
            "place": "p",
            "subject": "s",
            "what": "执法情况良好。",
            "rating": "4",
        },
    )
    assert response.status_code == 403


def test_observation_attachment_is_cleaned(app, staff):
    client = volunteer(app, staff, "vol_i")
    obs_no = observe(client, files=[("attachments", ("p.jpg", jpeg_with_gps(), "image/jpeg"))])
    page = staff.get(f"/admin/intake/observations/{obs_no}").text
    url = re.search(r'href="(/admin/intake/files/\d+)"', page).group(1)
    assert not Image.open(io.BytesIO(staff.get(url).content)).getexif()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("rating", "9", "请选择评价"),
        ("observed_on", "yesterday", "日期格式"),
        ("what", "", "请填写所见情况"),
    ],
)
def test_invalid_observation_is_explained(app, staff, field, value, message):
    client = volunteer(app, staff, "vol_j")
    data = {
        "observed_on": "2026-03-02",
        "place": "p",
        "subject": "s",
        "what": "执法情况良好。",
        "rating": "4",
        "csrf_token": token(client, "/supervisors/observations/new"),
        field: value,
    }
    response = client.post("/supervisors/observations/new", data=data)
    assert response.status_code == 400 and message in response.text
