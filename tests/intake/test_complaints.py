"""Citizens file complaints, get a receipt once, and open their case with the code only."""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image

from tests.intake.conftest import PDF_BYTES, file_complaint, jpeg_with_gps, png_bytes, token


def test_form_works_without_javascript_and_has_csrf(client):
    page = client.get("/complaints/new")
    assert page.status_code == 200
    assert '<form class="intake-form" method="post" action="/complaints/new"' in page.text
    assert 'name="csrf_token"' in page.text and "<script" not in page.text
    assert " style=" not in page.text
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]


def test_anonymous_complaint_gets_case_number_and_receipt(client):
    case_no, code = file_complaint(client)
    assert re.fullmatch(r"TS-\d{4}-000001", case_no)
    assert len(code.replace("-", "")) * 5 >= 80
    page = client.post(
        "/complaints/status", data={"code": code, "csrf_token": token(client, "/complaints/status")}
    )
    assert page.status_code == 200
    assert case_no in page.text and "已收到" in page.text and "路边占道经营" in page.text
    assert page.headers["cache-control"] == "no-store"


def test_receipt_code_is_typed_back_loosely(client):
    _, code = file_complaint(client)
    typed = code.replace("-", " ").lower()
    page = client.post(
        "/complaints/status",
        data={"code": typed, "csrf_token": token(client, "/complaints/status")},
    )
    assert page.status_code == 200


def test_only_the_receipt_hash_is_stored(client, settings):
    _, code = file_complaint(client, name="张三", phone="13800138000")
    raw = (settings.data_dir / "gongshi.sqlite3").read_bytes()
    wal = settings.data_dir / "gongshi.sqlite3-wal"
    raw += wal.read_bytes() if wal.exists() else b""
    assert code.encode() not in raw and code.replace("-", "").encode() not in raw


@pytest.mark.parametrize("code", ["", "AAAA-BBBB-CCCC-DDDD-EEEE", "x" * 64, "TS-2026-000001"])
def test_wrong_receipt_code_opens_nothing(client, code):
    file_complaint(client)
    page = client.post(
        "/complaints/status", data={"code": code, "csrf_token": token(client, "/complaints/status")}
    )
    assert page.status_code == 404
    assert "回执码不正确" in page.text and "路边占道经营" not in page.text


@pytest.mark.parametrize("bad", [None, "", "forged.token.value"])
def test_missing_or_bad_csrf_is_refused(client, settings, bad):
    data = {"kind": "violation", "what": "路边占道经营，影响通行。", "consent": "1"}
    if bad is not None:
        data["csrf_token"] = bad
    client.get("/complaints/new")
    response = client.post("/complaints/new", data=data)
    assert response.status_code == 403 and "页面已过期" in response.text
    assert client.post("/complaints/status", data={"code": "x"}).status_code == 403


def test_csrf_token_of_another_browser_is_refused(app, client):
    from starlette.testclient import TestClient

    other = TestClient(app)
    stolen = token(other, "/complaints/new")
    client.get("/complaints/new")
    response = client.post(
        "/complaints/new",
        data={
            "kind": "violation",
            "what": "路边占道经营，影响通行。",
            "consent": "1",
            "csrf_token": stolen,
        },
    )
    assert response.status_code == 403


def test_status_is_a_post_so_the_code_stays_out_of_logs(client):
    assert client.get("/complaints/status?code=AAAA").status_code == 200
    assert client.put("/complaints/status").status_code == 405


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("kind", "nonsense", "请选择类别"),
        ("what", "短", "请填写事情经过"),
        ("occurred_on", "2099-01-01", "发生日期不能晚于今天"),
        ("phone", "call me", "电话号码格式不正确"),
        ("consent", "", "请阅读并同意"),
    ],
)
def test_invalid_fields_are_explained(client, field, value, message):
    data = {
        "kind": "violation",
        "what": "路边占道经营，影响通行。",
        "consent": "1",
        "csrf_token": token(client, "/complaints/new"),
        field: value,
    }
    response = client.post("/complaints/new", data=data)
    assert response.status_code == 400 and message in response.text
    assert "receipt-code" not in response.text


def test_user_text_is_escaped(client):
    _, code = file_complaint(client, what="<script>alert(1)</script> 占道经营")
    page = client.post(
        "/complaints/status", data={"code": code, "csrf_token": token(client, "/complaints/status")}
    )
    assert "<script>alert(1)" not in page.text and "&lt;script&gt;" in page.text


def test_honeypot_drops_the_submission(client):
    data = {
        "kind": "violation",
        "what": "路边占道经营，影响通行。",
        "consent": "1",
        "website": "http://spam",
        "csrf_token": token(client, "/complaints/new"),
    }
    response = client.post("/complaints/new", data=data)
    assert response.status_code == 400 and "receipt-code" not in response.text


@pytest.mark.parametrize("kind", ["correction", "personal_data"])
def test_publication_reports_need_the_page_and_reach_the_clerk(client, app, kind):
    data = {
        "kind": kind,
        "what": "该决定书中出现了当事人的手机号码。",
        "consent": "1",
        "csrf_token": token(client, "/complaints/new"),
    }
    assert client.post("/complaints/new", data=data).status_code == 400
    case_no, _ = file_complaint(client, kind=kind, page_url="/decisions/2026-cf-0001/")
    from intake import store

    reports = store.publication_reports()
    assert [(r["case_no"], r["page_url"]) for r in reports] == [
        (case_no, "/decisions/2026-cf-0001/")
    ]


def test_form_prefills_kind_and_page_from_a_link(client):
    page = client.get("/complaints/new?kind=personal_data&page=/decisions/x/")
    assert 'value="personal_data" checked' in page.text and 'value="/decisions/x/"' in page.text


def test_gps_is_gone_after_upload(client, staff):
    original = jpeg_with_gps()
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(0x8825)  # it had GPS
    case_no, _ = file_complaint(
        client, files=[("attachments", ("photo.jpg", original, "image/jpeg"))]
    )
    page = staff.get(f"/admin/intake/cases/{case_no}")
    file_url = re.search(r'href="(/admin/intake/files/\d+)"', page.text).group(1)
    stored = staff.get(file_url)
    assert stored.status_code == 200 and stored.headers["content-type"] == "image/jpeg"
    img = Image.open(io.BytesIO(stored.content))
    assert img.size == (64, 48)
    assert (
        not img.getexif() and b"Exif" not in stored.content and b"CameraMaker" not in stored.content
    )


def test_png_text_chunks_are_dropped(client, staff):
    case_no, _ = file_complaint(
        client, files=[("attachments", ("a.png", png_bytes(), "image/png"))]
    )
    page = staff.get(f"/admin/intake/cases/{case_no}")
    file_url = re.search(r'href="(/admin/intake/files/\d+)"', page.text).group(1)
    assert b"secret location" not in staff.get(file_url).content


def test_pdf_is_accepted_and_stored_under_a_random_name_with_its_hash(client, settings, staff):
    import hashlib

    case_no, _ = file_complaint(
        client, files=[("attachments", ("证据.pdf", PDF_BYTES, "application/pdf"))]
    )
    stored = list((settings.data_dir / "attachments").rglob("*.pdf"))
    assert len(stored) == 1 and "证据" not in stored[0].name
    page = staff.get(f"/admin/intake/cases/{case_no}")
    assert hashlib.sha256(PDF_BYTES).hexdigest()[:16] in page.text and "证据.pdf" in page.text


@pytest.mark.parametrize(
    ("name", "data", "ctype"),
    [
        (
            "photo.jpg",
            b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200,
            "image/jpeg",
        ),  # a Windows .exe
        ("scan.pdf", b"\x7fELF\x02\x01\x01" + b"\x00" * 200, "application/pdf"),  # a Linux binary
        ("a.png", b"\x89PNG\r\n\x1a\n" + b"garbage" * 20, "image/png"),  # not a decodable image
        ("x.pdf", b"%PDF-1.4\n/JavaScript (app.alert(1))\n%%EOF", "application/pdf"),
    ],
)
def test_disguised_or_broken_files_are_refused_and_nothing_is_stored(
    client, settings, name, data, ctype
):
    response = client.post(
        "/complaints/new",
        data={
            "kind": "violation",
            "what": "路边占道经营，影响通行。",
            "consent": "1",
            "csrf_token": token(client, "/complaints/new"),
        },
        files=[("attachments", (name, data, ctype))],
    )
    assert response.status_code == 400 and "未予保存" in response.text
    assert "receipt-code" not in response.text
    root = settings.data_dir / "attachments"
    assert not root.exists() or not any(p.is_file() for p in root.rglob("*"))


def test_more_than_five_attachments_are_refused(client):
    files = [("attachments", (f"{i}.pdf", PDF_BYTES, "application/pdf")) for i in range(6)]
    response = client.post(
        "/complaints/new",
        data={
            "kind": "violation",
            "what": "路边占道经营，影响通行。",
            "consent": "1",
            "csrf_token": token(client, "/complaints/new"),
        },
        files=files,
    )
    assert response.status_code == 400 and "receipt-code" not in response.text


def test_oversized_attachment_and_body_are_refused(tmp_path):
    from starlette.testclient import TestClient

    from tests.intake.conftest import make_app, make_intake_settings

    client = TestClient(make_app(make_intake_settings(tmp_path, upload_max_bytes=1000)))
    big = b"%PDF-1.4\n" + b"0" * 2000 + b"\n%%EOF"
    data = {
        "kind": "violation",
        "what": "路边占道经营，影响通行。",
        "consent": "1",
        "csrf_token": token(client, "/complaints/new"),
    }
    response = client.post(
        "/complaints/new", data=data, files=[("attachments", ("big.pdf", big, "application/pdf"))]
    )
    assert response.status_code == 400 and "超过" in response.text
    huge = b"%PDF-1.4\n" + b"0" * 1024 * 1100 * 6 + b"\n%%EOF"
    response = client.post(
        "/complaints/new", data=data, files=[("attachments", ("huge.pdf", huge, "application/pdf"))]
    )
    assert response.status_code == 413


def test_submissions_and_status_lookups_are_rate_limited(tmp_path):
    from starlette.testclient import TestClient

    from tests.intake.conftest import make_app, make_intake_settings

    client = TestClient(
        make_app(make_intake_settings(tmp_path, rate_submit_per_hour=2, rate_status_per_hour=3))
    )
    file_complaint(client)
    file_complaint(client)
    data = {
        "kind": "violation",
        "what": "路边占道经营，影响通行。",
        "consent": "1",
        "csrf_token": token(client, "/complaints/new"),
    }
    assert client.post("/complaints/new", data=data).status_code == 429
    csrf = token(client, "/complaints/status")
    codes = [
        client.post(
            "/complaints/status", data={"code": "AAAA-BBBB-CCCC-DDDD", "csrf_token": csrf}
        ).status_code
        for _ in range(4)
    ]
    assert codes == [404, 404, 404, 429]


def test_an_over_limit_submission_with_attachments_stores_no_file(tmp_path):
    from starlette.testclient import TestClient

    from tests.intake.conftest import make_app, make_intake_settings, png_bytes

    settings = make_intake_settings(tmp_path, rate_submit_per_hour=1)
    client = TestClient(make_app(settings))
    photo = [("attachments", ("a.png", png_bytes(), "image/png"))]
    file_complaint(client, files=photo)
    data = {
        "kind": "violation",
        "what": "路边占道经营，影响通行。",
        "consent": "1",
        "csrf_token": token(client, "/complaints/new"),
    }
    assert client.post("/complaints/new", data=data, files=photo).status_code == 429
    stored = [p for p in (settings.data_dir / "attachments").rglob("*") if p.is_file()]
    assert len(stored) == 1  # the first complaint's photo only


def test_logs_hold_case_numbers_not_personal_data(client, caplog):
    caplog.set_level("INFO", logger="gongshi.intake")
    case_no, code = file_complaint(
        client, name="李四", phone="13912345678", what="李四家门口有人违法倾倒垃圾。"
    )
    text = caplog.text
    assert case_no in text
    for secret in ("李四", "13912345678", "倾倒垃圾", code):
        assert secret not in text


def test_case_numbers_count_up(client):
    numbers = [file_complaint(client)[0] for _ in range(3)]
    assert [n[-6:] for n in numbers] == ["000001", "000002", "000003"]
