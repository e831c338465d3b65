"""report.json: one entry per source document with its status, reasons and findings."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redaction.detectors.base import Finding


@dataclass
class DocumentReport:
    source: str
    status: str  # redacted | held | error
    reasons: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    output: str | None = None

    def to_json(self) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "source": self.source,
            "status": self.status,
            "reasons": self.reasons,
            "findings": [
                {
                    "kind": f.kind,
                    "start": f.start,
                    "end": f.end,
                    "text": f.text,
                    "replacement": f.replacement,
                }
                for f in self.findings
            ],
        }
        if self.output:
            entry["output"] = self.output
        return entry


def write_report(path: Path, documents: list[DocumentReport], policy: str) -> None:
    counts: dict[str, int] = {}
    for d in documents:
        counts[d.status] = counts.get(d.status, 0) + 1
    data = {"policy": policy, "summary": counts, "documents": [d.to_json() for d in documents]}
    # compact: the C encoder is ~5x faster than an indented dump, and report.json is read by
    # programs; people read the review pages
    path.write_text(json.dumps(data, ensure_ascii=False) + "\n", encoding="utf-8")
