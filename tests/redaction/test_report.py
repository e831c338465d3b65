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


def _old_report(documents: list[DocumentReport], policy: str) -> str:
    """report.json as write_report wrote it with json.dumps (the format to keep)."""
    counts: dict[str, int] = {}
    for d in documents:
        counts[d.status] = counts.get(d.status, 0) + 1
    data = {"policy": policy, "summary": counts, "documents": [d.to_json() for d in documents]}
    return json.dumps(data, ensure_ascii=False) + "\n"


ODD_TEXTS = [
    '引号"与\\反斜杠',
    "控制\x00\x1f\t\n\r字符",
    "\u2028\u2029",
    "</script>&<>'",
    "😀 \ud7ff",
    "",
]


def test_entry_text_is_what_json_dumps_writes() -> None:
    findings = [
        Finding("person_name", 0, 3, text, 0.9, replacement=replacement)
        for text in ODD_TEXTS
        for replacement in (None, "", "王某", text)
    ]
    docs = [
        DocumentReport("a/1.txt", "redacted", [], findings, output="a/1.txt"),
        DocumentReport('b/"引号".md', "held", ODD_TEXTS, findings[:3]),
        DocumentReport("3.txt", "error", ["the document is empty"], output=""),
        DocumentReport("4.docx", "redacted", [], [], output="4.md"),
    ]
    for d in docs:
        assert d.to_json_text() == json.dumps(d.to_json(), ensure_ascii=False)


def test_report_text_is_what_json_dumps_writes(tmp_path: Path) -> None:
    finding = Finding("id_number", 10, 28, "11010119900307451X", 1.0, replacement="×" * 18)
    for docs in (
        [],
        [DocumentReport("e.txt", "error", ["not valid UTF-8 at byte 0: save it as UTF-8"])],
        [
            DocumentReport("h.txt", "held", ["未成年人"], [finding]),
            DocumentReport("r.txt", "redacted", [], [finding], output="r.txt"),
            DocumentReport("h2.txt", "held", ["未成年人"]),
        ],
    ):
        write_report(tmp_path / "report.json", docs, "spc-2016")
        written = (tmp_path / "report.json").read_text(encoding="utf-8")
        assert written == _old_report(docs, "spc-2016")
