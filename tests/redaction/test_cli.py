import datetime as dt
import json
from pathlib import Path

import docx
import pytest

from gongshi.cli import main
from tests.redaction.conftest import make_id

DECISION = """某市某区城市管理和综合执法局
行政处罚决定书
某城管罚决〔2024〕1号

当事人：王建国，性别：男，公民身份号码：{id}，住址：湖南省长沙市芙蓉区五一大道123号2栋301室，联系电话：13807312345。

    王建国未取得建设工程规划许可证进行建设一案，现已调查终结。证人李四（联系电话：13907312345）证实。

执法人员：张明凯（执法证号：43010420190444）
本机关地址：湖南省长沙市芙蓉区凤凰路239号　联系电话：0731-38889169
2024年5月6日
"""


@pytest.fixture
def src(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    (src / "a").mkdir(parents=True)
    (src / "a" / "0001.txt").write_text(DECISION.format(id=make_id()), encoding="utf-8")
    (src / "0002.md").write_text("秘密★1年\n" + DECISION.format(id=make_id()), encoding="utf-8")
    (src / "0003.txt").write_bytes("当事人：王五".encode("gbk"))
    (src / "0004.txt").write_text("", encoding="utf-8")
    document = docx.Document()
    for line in DECISION.format(id=make_id(seq="456")).splitlines():
        document.add_paragraph(line)
    document.save(str(src / "0005.docx"))
    (src / "notes.csv").write_text("ignored", encoding="utf-8")
    return src


def run(src: Path, out: Path, *extra: str) -> dict:
    assert main(["redact", str(src), "--out", str(out), *extra]) == 0
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def test_report_shape_and_statuses(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    report = run(src, out)
    by_source = {d["source"]: d for d in report["documents"]}
    assert set(by_source) == {"a/0001.txt", "0002.md", "0003.txt", "0004.txt", "0005.docx"}
    assert {k: d["status"] for k, d in by_source.items()} == {
        "a/0001.txt": "redacted",
        "0002.md": "held",
        "0003.txt": "error",
        "0004.txt": "error",
        "0005.docx": "redacted",
    }
    for d in report["documents"]:
        assert set(d) >= {"source", "status", "reasons", "findings"}
        if d["status"] != "redacted":
            assert d["reasons"]
    finding = by_source["a/0001.txt"]["findings"][0]
    assert set(finding) == {"kind", "start", "end", "text", "replacement"}
    assert "UTF-8" in by_source["0003.txt"]["reasons"][0]


def test_outputs_offsets_and_public_facts(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    report = run(src, out)
    source = (src / "a" / "0001.txt").read_text(encoding="utf-8")
    entry = next(d for d in report["documents"] if d["source"] == "a/0001.txt")
    for f in entry["findings"]:
        assert source[f["start"] : f["end"]] == f["text"]
    redacted = (out / "a" / "0001.txt").read_text(encoding="utf-8")
    for secret in ("王建国", "李四", make_id(), "13807312345", "13907312345", "五一大道"):
        assert secret not in redacted
    for public in (
        "张明凯",
        "43010420190444",
        "0731-38889169",
        "凤凰路239号",
        "湖南省长沙市芙蓉区",
    ):
        assert public in redacted
    assert "当事人：王某，" in redacted
    assert not (out / "0002.md").exists()  # held: no output
    assert not (out / "0003.txt").exists()
    assert (out / "0005.md").is_file()  # .docx becomes .md
    assert (out / "_review" / "a" / "0001.txt.html").is_file()


def test_policy_option(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(src, out, "--policy", "named-party")
    assert "当事人：王建国，" in (out / "a" / "0001.txt").read_text(encoding="utf-8")


def test_missing_source_and_bad_policy_fail(tmp_path: Path, capsys) -> None:
    assert main(["redact", str(tmp_path / "none"), "--out", str(tmp_path / "o")]) == 1
    (tmp_path / "p.yaml").write_text("operators: {phone: blur}\n", encoding="utf-8")
    (tmp_path / "s").mkdir()
    assert (
        main(
            [
                "redact",
                str(tmp_path / "s"),
                "--out",
                str(tmp_path / "o"),
                "--policy",
                str(tmp_path / "p.yaml"),
            ]
        )
        == 1
    )
    assert "unknown operator" in capsys.readouterr().err


def test_output_folder_must_differ_from_the_source(tmp_path: Path, capsys) -> None:
    assert main(["redact", str(tmp_path), "--out", str(tmp_path)]) == 1
    assert "output folder is the source folder" in capsys.readouterr().err


def test_output_inside_the_source_is_not_read_back(src: Path) -> None:
    run(src, src / "out")
    report = run(src, src / "out")
    assert all(not d["source"].startswith("out/") for d in report["documents"])


def test_progress_bar_on_a_terminal(tmp_path: Path, monkeypatch, capsys) -> None:
    import sys

    src = tmp_path / "many"
    src.mkdir()
    for i in range(25):
        (src / f"{i:02d}.txt").write_text(
            DECISION.format(id=make_id(seq=f"{i:03d}")), encoding="utf-8"
        )
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    report = run(src, tmp_path / "out")
    assert len(report["documents"]) == 25
    assert "25 documents: 25 redacted" in capsys.readouterr().err


def test_a_rerun_removes_the_copy_of_a_now_held_document(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(src, out)
    assert (out / "a" / "0001.txt").exists()
    (src / "a" / "0001.txt").write_text(
        "内部资料\n" + DECISION.format(id=make_id()), encoding="utf-8"
    )
    run(src, out)
    assert not (out / "a" / "0001.txt").exists()


def test_a_single_file_cannot_be_redacted_over_itself(src: Path, capsys) -> None:
    single = src / "a" / "0001.txt"
    before = single.read_text(encoding="utf-8")
    assert main(["redact", str(single), "--out", str(src / "a")]) == 1
    assert single.read_text(encoding="utf-8") == before


def test_today_option_decides_whether_the_party_is_still_a_minor(tmp_path: Path) -> None:
    # the party turns 18 on 2026-11-26: a minor on the 25th (held), an adult on the 26th
    src = tmp_path / "src"
    src.mkdir()
    born = dt.date(2008, 11, 26)
    (src / "0001.txt").write_text(DECISION.format(id=make_id(born=born)), encoding="utf-8")
    held = run(src, tmp_path / "a", "--today", "2026-11-25")["documents"][0]
    assert held["status"] == "held" and any("未成年" in r for r in held["reasons"])
    assert run(src, tmp_path / "b", "--today", "2026-11-26")["documents"][0]["status"] == "redacted"
