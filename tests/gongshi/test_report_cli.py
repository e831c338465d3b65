"""`gongshi report --year YYYY`: figures from the intake store and the decisions, the exported
aggregates the build reads, and the clerk's overdue notice."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from gongshi.build import build_site
from gongshi.cli import main
from intake.store import ComplaintForm, open_store
from redaction.web import overdue_report_year
from tests.conftest import make_settings

# (kind, statuses it goes through, satisfaction, days to answer)
CASES = [
    ("violation", ["accepted", "answered", "followed_up", "closed"], "satisfied", 3),
    ("violation", ["accepted", "answered", "followed_up"], "dissatisfied", 5),
    ("violation", ["accepted", "in_progress"], "", 0),
    ("conduct", ["accepted", "answered", "followed_up"], "basically_satisfied", 9),
    ("conduct", ["not_accepted"], "", 0),
    ("suggestion", [], "", 0),
]


@pytest.fixture
def env(site_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("GONGSHI_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("GONGSHI_CONTENT_DIR", str(site_copy))
    monkeypatch.setenv("GONGSHI_OUTPUT_DIR", str(tmp_path / "output"))
    monkeypatch.setenv("GONGSHI_SECRET_KEY", "test-secret-" + "x" * 20)
    settings = dataclasses.replace(
        make_settings(tmp_path, site_copy), secret_key="test-secret-" + "x" * 20
    )
    store = open_store(settings)
    clock = {"now": dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))}
    monkeypatch.setattr("intake.store.now_iso", lambda: clock["now"].isoformat())
    for kind, steps, satisfaction, days in CASES:
        clock["now"] = dt.datetime(2025, 3, 1, 9, 0, tzinfo=clock["now"].tzinfo)
        receipt = store.create_case(ComplaintForm(kind=kind, what="路口有人占道经营，请处理。"))
        for step in steps:
            if step == "answered":
                clock["now"] += dt.timedelta(days=days)
            store.move(
                receipt.case_no,
                step,
                "handler1",
                reason="已处理" if step in ("answered", "not_accepted") else "",
                satisfaction=satisfaction if step == "followed_up" else "",
            )
    # A case of another year does not count.
    clock["now"] = dt.datetime(2026, 2, 1, 9, 0, tzinfo=clock["now"].tzinfo)
    store.create_case(ComplaintForm(kind="violation", what="另一年的举报，不计入。"))
    clock["now"] = dt.datetime(2025, 6, 1, 9, 0, tzinfo=clock["now"].tzinfo)
    supervisor = store.apply_supervisor("李监督", "13800000000", "", "", "", "li-jd")
    numbers = [
        store.create_observation(
            supervisor, "2025-05-30", "东风路", "第一中队", "执法文明规范。", 5
        )
        for _ in range(3)
    ]
    store.reply_observation(numbers[0], "handler1", "感谢监督。")
    store.reply_observation(numbers[1], "handler1", "已核实。", close=True)
    return settings


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def figures(document: dict) -> dict[tuple[str, str], object]:
    return {
        (f["section"], f["key"]): f["value"] for s in document["sections"] for f in s["figures"]
    }


def test_report_counts_the_store_and_exports_the_aggregates(env, capsys):
    code, out, _ = run(capsys, "report", "--year", "2025", "--json")
    assert code == 0
    document = json.loads(out[: out.rindex("}") + 1])
    got = figures(document)
    kinds = [k for k, *_ in CASES]
    assert got[("complaints", "total")] == len(CASES)
    for kind in ("violation", "conduct", "suggestion", "correction"):
        assert got[("complaints_by_kind", kind)] == kinds.count(kind)
    finals = [steps[-1] if steps else "received" for _, steps, *_ in CASES]
    for status in ("closed", "followed_up", "in_progress", "not_accepted", "received"):
        assert got[("complaints_by_status", status)] == finals.count(status)
    answered = sorted(days for _, steps, _, days in CASES if "answered" in steps)
    assert got[("complaints", "answered")] == len(answered)
    assert got[("complaints", "median_days_to_answer")] == answered[len(answered) // 2]
    rated = [s for *_, s, _ in CASES if s]
    positive = sum(s in ("satisfied", "basically_satisfied") for s in rated)
    assert got[("complaints", "satisfaction_rate")] == round(positive / len(rated), 3)
    assert got[("observations", "total")] == 3
    assert got[("observations", "replied")] == 2
    assert got[("observations", "status_closed")] == 1
    assert got[("summary", "decisions")] == 1  # the fixture's 2025 coercion decision
    exported = env.content_dir / "statistics" / "intake-2025.json"
    assert exported.exists() and "gongshi build" in out
    text = exported.read_text(encoding="utf-8")
    assert "李监督" not in text and "13800000000" not in text and "TS-" not in text


def test_the_built_report_has_the_figures_the_command_printed(env, capsys, tmp_path):
    run(capsys, "report", "--year", "2025")
    code, out, _ = run(capsys, "report", "--year", "2025", "--json", "--no-write")
    assert code == 0
    printed = json.loads(out)
    output = build_site(env, progress=False)
    built = json.loads((output / "statistics" / "2025.json").read_text(encoding="utf-8"))
    assert figures(built) == figures(printed)
    assert (output / "statistics" / "2025" / "index.html").exists()


def test_human_output_and_an_unfinished_year(env, capsys):
    code, out, _ = run(capsys, "report", "--year", "2025", "--no-write")
    assert code == 0 and "2025年度行政执法统计年报" in out and "收到投诉举报\t6" in out
    assert not (env.content_dir / "statistics").exists()
    this_year = dt.date.today().year
    code, out, _ = run(capsys, "report", "--year", str(this_year))
    assert code == 0 and "not exported" in out
    assert not (env.content_dir / "statistics" / f"intake-{this_year}.json").exists()


def test_a_future_year_is_refused(env, capsys):
    code, _, err = run(capsys, "report", "--year", "2999")
    assert code == 1 and "no report for 2999" in err


@pytest.mark.parametrize(
    ("today", "published", "overdue"),
    [
        (dt.date(2026, 1, 31), False, None),  # due today: not overdue yet
        (dt.date(2026, 2, 1), False, 2025),
        (dt.date(2026, 11, 25), False, 2025),
        (dt.date(2026, 2, 1), True, None),
    ],
)
def test_overdue_report_for_clerks(tmp_path: Path, today, published, overdue):
    if published:
        (tmp_path / "statistics" / "2025").mkdir(parents=True)
        (tmp_path / "statistics" / "2025" / "index.html").write_text("x", encoding="utf-8")
    assert overdue_report_year(tmp_path, today) == overdue


def test_queue_page_shows_the_overdue_notice(tmp_path: Path):
    from gongshi.theme import ThemeRenderer
    from tests.conftest import FIXTURE_SITE

    response = ThemeRenderer(make_settings(tmp_path, FIXTURE_SITE)).render(
        "admin/queue.html",
        title="决定审核",
        page_url="admin/decisions/",
        account={"name": "clerk1", "role": "clerk"},
        entries=[],
        recent=[],
        reports=[],
        status_labels={},
        csrf_token="t",
        overdue_report=2025,
    )
    html = response.body.decode("utf-8")
    assert "2025年度行政执法统计年报应于2026年1月31日前公开" in html
    assert "gongshi report --year 2025" in html
