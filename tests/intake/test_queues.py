"""The staff queues page through every case and observation (no silent cap), keep their filters
in plain GET links, survive any page value, and the CSV export holds all matching cases."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest
from starlette.testclient import TestClient

CASE_RE = re.compile(r'href="/admin/intake/cases/(TS-\d{4}-\d{6})"')
OBS_RE = re.compile(r'href="/admin/intake/observations/(JD-\d{4}-\d{6})"')


def add_cases(
    n: int, kind: str = "violation", status: str = "received", days_ago: int = 0, **extra
) -> list[str]:
    """Insert ``n`` cases straight into the service's store (one transaction: fast)."""
    from intake import store

    db = store._DEFAULT.db
    at = (dt.datetime.now(store.CHINA) - dt.timedelta(days=days_ago)).isoformat(timespec="seconds")
    numbers = []
    with db.transaction() as tx:
        start = tx.value("SELECT COUNT(*) FROM cases")
        for i in range(start + 1, start + n + 1):
            case_no = f"TS-2026-{i:06d}"
            columns = {
                "case_no": case_no,
                "kind": kind,
                "what": "占道经营",
                "receipt_hash": f"hash-{i}",
                "status": status,
                "created_at": at,
                "updated_at": at,
                **extra,
            }
            marks = ", ".join("?" * len(columns))
            tx.execute(
                f"INSERT INTO cases ({', '.join(columns)}) VALUES ({marks})",
                list(columns.values()),
            )
            numbers.append(case_no)
    return numbers


def add_observations(n: int, status: str = "received") -> list[str]:
    from intake import store

    db = store._DEFAULT.db
    at = dt.datetime.now(store.CHINA).isoformat(timespec="seconds")
    numbers = []
    with db.transaction() as tx:
        sid = tx.value(
            "INSERT INTO supervisors (name, phone, login, status, created_at) "
            "VALUES (?, ?, ?, ?, ?) RETURNING id",
            ("李监督", "13800000000", f"vol-{status}", "active", at),
        )
        start = tx.value("SELECT COUNT(*) FROM observations")
        for i in range(start + 1, start + n + 1):
            obs_no = f"JD-2026-{i:06d}"
            tx.execute(
                "INSERT INTO observations (obs_no, supervisor_id, observed_on, place, subject, "
                "what, rating, status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (obs_no, sid, "2026-03-01", "人民路", "一中队", "文明执法", 5, status, at, at),
            )
            numbers.append(obs_no)
    return numbers


def link(page: str, rel: str) -> str:
    """The href of the pager's prev/next link, as a browser would follow it."""
    match = re.search(rf'<a href="([^"]+)" rel="{rel}">', page)
    assert match, f"no {rel} link"
    return html.unescape(match.group(1))


def cases_on(page: str) -> list[str]:
    return CASE_RE.findall(page)


def test_every_case_is_reachable_page_by_page(staff: TestClient):
    numbers = add_cases(120)
    first = staff.get("/admin/intake/").text
    assert "共 120 件，第 1/3 页" in first
    assert len(cases_on(first)) == 50
    assert '<nav class="pager" aria-label="分页">' in first
    assert '<span aria-current="page">1</span>' in first
    assert 'rel="prev"' not in first
    second = staff.get(link(first, "next")).text
    assert "共 120 件，第 2/3 页" in second and len(cases_on(second)) == 50
    assert '<span aria-current="page">2</span>' in second
    third = staff.get(link(second, "next")).text
    assert "共 120 件，第 3/3 页" in third and len(cases_on(third)) == 20
    assert 'rel="next"' not in third
    assert staff.get(link(third, "prev")).text.count("TS-2026-") == second.count("TS-2026-")
    seen = cases_on(first) + cases_on(second) + cases_on(third)
    assert seen == sorted(numbers, reverse=True)  # newest first, none twice, none missing


def test_filters_are_kept_across_pages(staff: TestClient):
    add_cases(70, kind="violation")
    suggestions = add_cases(60, kind="suggestion", status="closed")
    first = staff.get("/admin/intake/?status=&kind=suggestion").text
    assert "共 60 件，第 1/2 页" in first
    nxt = link(first, "next")
    assert "status=&" in nxt and "kind=suggestion" in nxt and "page=2" in nxt
    second = staff.get(nxt).text
    assert "共 60 件，第 2/2 页" in second
    assert sorted(cases_on(first) + cases_on(second)) == suggestions
    # The default status filter (open cases) does not show the closed suggestions at all.
    assert "共 70 件" in staff.get("/admin/intake/?kind=").text


def test_mine_and_overdue_filters_are_kept_across_pages(staff: TestClient, accounts):
    handler = next(a for a in accounts.all() if a.name == "handler1")
    mine = add_cases(55, days_ago=30, assigned_to=handler.id)
    add_cases(40, days_ago=30)  # overdue, someone else's
    add_cases(30, assigned_to=handler.id)  # mine, not overdue
    first = staff.get("/admin/intake/?mine=1&overdue=1").text
    assert "共 55 件，第 1/2 页" in first and "已超期" in first
    nxt = link(first, "next")
    assert "mine=1" in nxt and "overdue=1" in nxt and "status=open" in nxt
    second = staff.get(nxt).text
    assert "共 55 件，第 2/2 页" in second and len(cases_on(second)) == 5
    assert sorted(cases_on(first) + cases_on(second)) == mine
    overdue = staff.get("/admin/intake/?overdue=1&page=2").text
    assert "共 95 件，第 2/2 页" in overdue and len(cases_on(overdue)) == 45


@pytest.mark.parametrize(
    "raw, shown, beyond",
    [
        ("abc", 1, False),
        ("", 1, False),
        ("0", 1, False),
        ("-2", 1, False),
        ("1.5", 1, False),
        ("２", 1, False),  # full-width digit
        ("3", 3, False),
        ("4", 3, True),
        ("99999", 3, True),
        ("9" * 5000, 3, True),  # longer than Python's int() accepts
    ],
)
def test_any_page_value_gives_a_page(staff: TestClient, raw, shown, beyond):
    add_cases(120)
    response = staff.get("/admin/intake/", params={"page": raw})
    assert response.status_code == 200
    assert f"共 120 件，第 {shown}/3 页" in response.text
    assert f'<span aria-current="page">{shown}</span>' in response.text
    assert ("所请求的页码超出范围（共 3 页），下面显示的是最后一页。" in response.text) == beyond


def test_empty_queue_has_no_pager(staff: TestClient):
    page = staff.get("/admin/intake/?page=5").text
    assert "共 0 件，第 1/1 页" in page and "没有符合条件的案件。" in page
    assert 'class="pager"' not in page and "超出范围" in page


def test_csv_exports_all_matching_cases_not_a_page(staff: TestClient):
    add_cases(230)  # more than the 200 rows the export used to stop at
    add_cases(30, kind="suggestion")
    rows = staff.get("/admin/intake/cases.csv").content.decode("utf-8-sig").splitlines()
    assert len(rows) == 1 + 260
    queue = staff.get("/admin/intake/?kind=suggestion&page=1").text
    href = html.unescape(re.search(r'<a href="([^"]+)">导出 CSV', queue).group(1))
    assert href.startswith("/admin/intake/cases.csv?") and "kind=suggestion" in href
    rows = staff.get(href).content.decode("utf-8-sig").splitlines()
    assert len(rows) == 1 + 30 and all(",suggestion," in r for r in rows[1:])


def test_csv_of_overdue_cases_has_them_all(staff: TestClient):
    add_cases(240, days_ago=30)
    add_cases(10)
    text = staff.get("/admin/intake/cases.csv?overdue=1").content.decode("utf-8-sig")
    assert len(text.splitlines()) == 1 + 240


def test_every_observation_is_reachable_page_by_page(staff: TestClient):
    numbers = add_observations(120)
    first = staff.get("/admin/intake/observations").text
    assert "共 120 条，第 1/3 页" in first and len(OBS_RE.findall(first)) == 50
    assert '<span aria-current="page">1</span>' in first
    third = staff.get(link(staff.get(link(first, "next")).text, "next")).text
    assert "共 120 条，第 3/3 页" in third and len(OBS_RE.findall(third)) == 20
    assert OBS_RE.findall(third) == sorted(numbers, reverse=True)[100:]


def test_observation_filter_is_kept_and_bad_pages_are_harmless(staff: TestClient):
    add_observations(20, status="received")
    answered = add_observations(60, status="answered")
    first = staff.get("/admin/intake/observations?status=answered").text
    assert "共 60 条，第 1/2 页" in first
    nxt = link(first, "next")
    assert nxt == "/admin/intake/observations?status=answered&page=2"
    second = staff.get(nxt).text
    assert sorted(OBS_RE.findall(first) + OBS_RE.findall(second)) == answered
    for raw in ("x", "-1", "50", "9" * 40):
        response = staff.get("/admin/intake/observations", params={"page": raw})
        assert response.status_code == 200 and "共 80 条" in response.text
