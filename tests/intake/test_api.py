"""The JSON API, Open311 GeoReport v2, and the OpenAPI document; fuzzed for 5xx."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from starlette.testclient import TestClient

from tests.intake.conftest import make_app, make_intake_settings

COMPLAINT = {
    "kind": "violation",
    "what": "夜间施工噪音扰民。",
    "place": "和平路 8 号",
    "name": "钱七",
    "phone": "13811112222",
}


def test_file_and_follow_a_complaint_by_json(client):
    created = client.post("/api/complaints", json=COMPLAINT)
    assert created.status_code == 201
    body = created.json()
    assert body["case_no"].startswith("TS-") and len(body["receipt_code"]) >= 20
    status = client.post("/api/complaints/status", json={"receipt_code": body["receipt_code"]})
    assert status.status_code == 200
    data = status.json()
    assert data["case_no"] == body["case_no"] and data["status"] == "received"
    assert "钱七" not in status.text and "13811112222" not in status.text


@pytest.mark.parametrize(
    ("payload", "status", "field"),
    [
        ({"kind": "nope", "what": "夜间施工噪音扰民。"}, 400, "kind"),
        ({"kind": "violation"}, 400, "what"),
        ({"kind": "violation", "what": 5}, 400, "what"),
        ({"kind": "correction", "what": "页面信息有误，请更正。"}, 400, "page_url"),
    ],
)
def test_invalid_json_complaints_are_explained(client, payload, status, field):
    response = client.post("/api/complaints", json=payload)
    assert response.status_code == status and response.json()["field"] == field


def test_wrong_content_type_and_bad_json_are_refused(client):
    assert client.post("/api/complaints", data={"kind": "violation"}).status_code == 415
    response = client.post(
        "/api/complaints", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert client.post("/api/complaints", json=[1, 2]).status_code == 400
    big = {"kind": "violation", "what": "x" * 70_000}
    assert client.post("/api/complaints", json=big).status_code == 413


def test_wrong_receipt_code_by_json(client):
    client.post("/api/complaints", json=COMPLAINT)
    response = client.post("/api/complaints/status", json={"receipt_code": "AAAA-BBBB-CCCC-DDDD"})
    assert response.status_code == 404 and "夜间施工" not in response.text


def test_open311_services_map_complaint_kinds(client):
    services = client.get("/open311/v2/services.json").json()
    assert {s["service_code"] for s in services} == {
        "violation",
        "conduct",
        "correction",
        "personal_data",
        "suggestion",
    }
    assert all(s["type"] == "realtime" and s["metadata"] is False for s in services)


def test_open311_request_round_trip_returns_public_fields_only(client, staff):
    created = client.post(
        "/open311/v2/requests.json",
        data={
            "service_code": "violation",
            "description": "店铺占道经营，堵塞人行道。",
            "address_string": "解放路 12 号",
            "lat": "31.23",
            "long": "121.47",
            "first_name": "八",
            "last_name": "孙",
            "phone": "13922223333",
        },
    )
    assert created.status_code == 201
    [item] = created.json()
    request_id = item["service_request_id"]
    got = client.get(f"/open311/v2/requests/{request_id}.json")
    assert got.status_code == 200
    [public] = got.json()
    assert set(public) == {
        "service_request_id",
        "service_code",
        "status",
        "status_notes",
        "requested_datetime",
        "updated_datetime",
    }
    assert public["status"] == "open"
    for secret in ("占道经营", "解放路", "孙", "13922223333"):
        assert secret not in got.text
    page = staff.get(f"/admin/intake/cases/{request_id}").text
    assert "open311" in page and "解放路 12 号" in page


def test_open311_refusals(client):
    assert (
        client.post(
            "/open311/v2/requests.json",
            data={"service_code": "nope", "description": "店铺占道经营。"},
        ).status_code
        == 404
    )
    assert (
        client.post(
            "/open311/v2/requests.json",
            data={"service_code": "violation", "description": "店铺占道经营。", "api_key": "wrong"},
        ).status_code
        == 403
    )
    assert (
        client.post(
            "/open311/v2/requests.json",
            data={
                "service_code": "violation",
                "description": "店铺占道经营。",
                "lat": "999",
                "long": "0",
            },
        ).status_code
        == 400
    )
    assert client.get("/open311/v2/requests/TS-2026-999999.json").status_code == 404


def test_open311_partner_key_is_not_rate_limited(tmp_path):
    client = TestClient(
        make_app(
            make_intake_settings(
                tmp_path, rate_submit_per_hour=1, open311_api_keys="hotline12345:k3y-abc"
            )
        )
    )
    data = {"service_code": "suggestion", "description": "建议增加便民服务窗口。"}
    assert client.post("/open311/v2/requests.json", data=data).status_code == 201
    assert client.post("/open311/v2/requests.json", data=data).status_code == 429
    keyed = dict(data, api_key="k3y-abc")
    assert [client.post("/open311/v2/requests.json", data=keyed).status_code for _ in range(3)] == [
        201,
        201,
        201,
    ]


def test_openapi_document_lists_the_intake_api(tmp_path, fixture_output):
    from gongshi.app import create_app

    settings = make_intake_settings(tmp_path)
    client = TestClient(create_app(settings, site_dir=fixture_output))
    doc = client.get("/api/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    for path in (
        "/api/complaints",
        "/api/complaints/status",
        "/open311/v2/services.json",
        "/open311/v2/requests.json",
        "/open311/v2/requests/{request_id}.json",
        "/api/complaints/statistics",
    ):
        assert path in doc["paths"]
    assert client.get("/complaints/new").status_code == 200  # mounted by the roof


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=10,
)
fields = st.fixed_dictionaries(
    {},
    optional={
        "kind": st.sampled_from(["violation", "correction", "personal_data", "x", ""])
        | json_values,
        "what": st.text(max_size=40) | json_values,
        "occurred_on": st.text(max_size=12) | json_values,
        "phone": st.text(max_size=16) | json_values,
        "page_url": st.text(max_size=20) | json_values,
        "receipt_code": st.text(max_size=40) | json_values,
    },
)


@pytest.fixture(scope="module")
def fuzz_client(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("fuzz")
    return TestClient(
        make_app(
            make_intake_settings(tmp, rate_submit_per_hour=100_000, rate_status_per_hour=100_000)
        )
    )


@hsettings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    body=fields | json_values, path=st.sampled_from(["/api/complaints", "/api/complaints/status"])
)
def test_fuzz_json_api_never_5xx(fuzz_client, body, path):
    response = fuzz_client.post(
        path, content=json.dumps(body).encode(), headers={"content-type": "application/json"}
    )
    assert response.status_code < 500, response.text


@hsettings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    form=st.dictionaries(
        st.sampled_from(
            [
                "service_code",
                "description",
                "lat",
                "long",
                "api_key",
                "phone",
                "address_string",
                "attribute[page_url]",
            ]
        ),
        st.text(max_size=30),
        max_size=6,
    ),
    request_id=st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=20),
)
def test_fuzz_open311_never_5xx(fuzz_client, form, request_id):
    assert fuzz_client.post("/open311/v2/requests.json", data=form).status_code < 500
    from urllib.parse import quote

    assert (
        fuzz_client.get(f"/open311/v2/requests/{quote(request_id, safe='')}.json").status_code < 500
    )
    assert (
        fuzz_client.get("/api/complaints/statistics", params={"year": request_id}).status_code < 500
    )


def test_unicode_digits_are_not_numbers(client):
    """Found by the fuzzer: '²'.isdigit() is True but int('²') raises."""
    assert client.get("/api/complaints/statistics", params={"year": "²"}).status_code == 400
    assert client.get("/complaints/statistics", params={"year": "²"}).status_code == 200
    bad = {"kind": "violation", "what": "夜间施工噪音扰民。", "phone": "¹²³⁴⁵⁶⁷⁸"}
    assert client.post("/api/complaints", json=bad).status_code == 201  # NFKC: 12345678
    arabic = {"kind": "violation", "what": "夜间施工噪音扰民。", "phone": "١٢٣٤٥٦٧٨"}
    assert client.post("/api/complaints", json=arabic).json()["field"] == "phone"


def test_full_width_phone_digits_are_accepted(client):
    body = {"kind": "violation", "what": "夜间施工噪音扰民。", "phone": "１３８１１１１２２２２"}
    assert client.post("/api/complaints", json=body).status_code == 201
