import json
from pathlib import Path

from redaction.detectors import Finding
from redaction.report import DocumentReport, write_report


def test_report_json(tmp_path: Path) -> None:
    finding = Finding("person_name", 4, 7, "王建国", 0.9, replacement="王某")
    docs = [
        DocumentReport("a/1.txt", "redacted", [], [finding], output="a/1.txt"),
        DocumentReport("2.md", "held", ["密级标志：秘密★1年"]),
        DocumentReport("3.txt", "error", ["the document is empty"]),
    ]
    write_report(tmp_path / "report.json", docs, "spc-2016")
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert data["policy"] == "spc-2016"
    assert data["summary"] == {"redacted": 1, "held": 1, "error": 1}
    assert data["documents"][0] == {
        "source": "a/1.txt",
        "status": "redacted",
        "reasons": [],
        "output": "a/1.txt",
        "findings": [
            {"kind": "person_name", "start": 4, "end": 7, "text": "王建国", "replacement": "王某"}
        ],
    }
    assert data["documents"][1]["findings"] == []
