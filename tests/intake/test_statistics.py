"""Public statistics: aggregates only, as a page and as JSON for the annual report."""

from __future__ import annotations

from intake.statistics import summarize
from tests.intake.conftest import file_complaint, token

ROWS = [
    {
        "kind": "violation",
        "created_at": "2026-01-05T10:00:00+08:00",
        "answered_at": "2026-01-07T10:00:00+08:00",
        "satisfaction": "satisfied",
    },
    {
        "kind": "violation",
        "created_at": "2026-01-20T10:00:00+08:00",
        "answered_at": "2026-01-24T10:00:00+08:00",
        "satisfaction": "dissatisfied",
    },
    {
        "kind": "suggestion",
        "created_at": "2026-02-01T10:00:00+08:00",
        "answered_at": "",
        "satisfaction": "",
    },
    {
        "kind": "conduct",
        "created_at": "2025-12-31T10:00:00+08:00",
        "answered_at": "",
        "satisfaction": "",
    },
]


def test_summarize_counts_median_and_satisfaction():
    stats = summarize(ROWS, 2026)
    assert stats["total"] == 3
    assert stats["per_month"][0] == {
        "month": "2026-01",
        "counts": {
            "violation": 2,
            "conduct": 0,
            "correction": 0,
            "personal_data": 0,
            "suggestion": 0,
        },
    }
    assert stats["median_days_to_answer"] == 3.0
    assert stats["satisfaction_rate"] == 0.5
    assert summarize([], None)["median_days_to_answer"] is None


def test_statistics_page_and_json_hold_no_personal_data(client, staff):
    case_no, _ = file_complaint(client, name="周九", phone="13100001111", what="周九反映噪音问题。")
    csrf = token(staff, f"/admin/intake/cases/{case_no}")
    for step in (
        {"status": "accepted"},
        {"status": "answered", "text": "已处理。"},
        {"status": "followed_up", "satisfaction": "basically_satisfied"},
    ):
        staff.post(
            f"/admin/intake/cases/{case_no}", data={"action": "move", "csrf_token": csrf, **step}
        )
    page = client.get("/complaints/statistics")
    data = client.get("/api/complaints/statistics").json()
    assert page.status_code == 200 and '<dd class="stat-total">1</dd>' in page.text
    assert data["total"] == 1 and data["satisfaction_rate"] == 1.0 and data["answered"] == 1
    for text in (page.text, str(data)):
        for secret in ("周九", "13100001111", "噪音", case_no):
            assert secret not in text
    assert client.get("/api/complaints/statistics?year=1999").status_code == 400
