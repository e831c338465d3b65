"""The engine against the shared development corpus, scored by the shared scorer: nothing may
leak, every sensitive kind is masked, public facts are kept and exactly the confidential
documents are held (the goals of issue 3)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.settings import PROJECT_ROOT

SHARED = PROJECT_ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "redaction-dev"
SCORER = SHARED / "tools" / "score_redaction.py"
GONGSHI = Path(sys.executable).parent / "gongshi"


@pytest.mark.skipif(
    not (CORPUS.is_dir() and SCORER.is_file()),
    reason="../shared/corpus/redaction-dev is not beside the checkout",
)
def test_development_corpus_score(tmp_path: Path):
    report = tmp_path / "score.json"
    result = subprocess.run(
        [
            sys.executable,
            str(SCORER),
            "--corpus",
            str(CORPUS),
            "--json",
            str(report),
            "--cmd",
            f"{GONGSHI} redact {{src}} --out {{out}}",
            "--timeout",
            "600",
        ],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    line = next(x for x in result.stdout.splitlines() if x.startswith("RESULT"))
    print(line)
    scores = dict(part.split("=") for part in line.split()[1:])
    assert float(scores["leak_free"]) == 100.0
    for kind in ("names", "structured", "address", "keep"):
        assert float(scores[kind]) >= 99.0, line
    assert float(scores["hold_recall"]) == 100.0, line
    assert float(scores["hold_precision"]) == 100.0, line
    assert json.loads(report.read_text(encoding="utf-8"))
