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


def score(corpus: Path, *options: str, today: str = "") -> tuple[dict[str, float], str]:
    """The shared scorer's figures for ``gongshi redact`` on ``corpus``, and its output;
    ``today``: the publication day the corpus's labels assume (its minors' ages)."""
    result = subprocess.run(
        [
            sys.executable,
            str(SCORER),
            "--corpus",
            str(corpus),
            "--cmd",
            f"{GONGSHI} redact {{src}} --out {{out}}" + (f" --today {today}" if today else ""),
            "--timeout",
            "600",
            *options,
        ],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    line = next(x for x in result.stdout.splitlines() if x.startswith("RESULT"))
    print(line)
    return {k: float(v) for k, v in (part.split("=") for part in line.split()[1:])}, result.stdout


@pytest.mark.skipif(
    not (CORPUS.is_dir() and SCORER.is_file()),
    reason="../shared/corpus/redaction-dev is not beside the checkout",
)
def test_development_corpus_score(tmp_path: Path):
    report = tmp_path / "score.json"
    scores, out = score(CORPUS, "--json", str(report), "--show-failures", "30")
    assert scores["leak_free"] == 100.0, out
    for kind in ("names", "structured", "address", "keep"):
        assert scores[kind] >= 99.0, out
    assert scores["hold_recall"] == 100.0, out
    assert scores["hold_precision"] == 100.0, out
    assert json.loads(report.read_text(encoding="utf-8"))


#: our own held-out corpora (tests/redaction/hard-*/, each made by its make_corpus.py by
#: someone who had not read the engine): other document kinds, noisy layouts, many people,
#: conversion damage, long narratives, printed forms. The figures may not fall below what the
#: engine reaches today; where it is below 100 the known misses are named.
HARD = PROJECT_ROOT / "tests" / "redaction"
_ALL = {"leak_free": 100, "names": 100, "structured": 100, "address": 100, "keep": 100, "hold": 100}
HARD_MINIMUMS = {
    "hard-kinds": _ALL,
    "hard-noise": _ALL,
    "hard-people": _ALL,
    "hard-ocr": _ALL,
    "hard-long": _ALL,
    # 0022: "法定代表人：熊静婷\t住所：…" (a 住所 on the legal representative's line) is cut as
    # the representative's home, where the labels mean the company's seat: fail closed
    "hard-forms": {**_ALL, "keep": 99.8},
    # 0040 (万里, a tourist who shares an officer's name) is masked since a private role word
    # right before a name overrides the roster
    "hard-red": _ALL,
    # first scored at 58.5% leak-free, names 84.1%, addresses 73.1% (吕怡永诊所's 负责人 is
    # masked now: a business named after the person who runs it)
    "hard-domains": _ALL,
    # first scored at 90.7% leak-free, keep 96.5% (a false hold on 内部资料性出版物, brands)
    "hard-lookalikes": _ALL,
    # first scored at 43.3% leak-free, names 85.9% (milk names: 张小毛, 周铁柱; 上官 after a
    # list's first name; Latin names before brackets; 高有子; then 中文译名, dotless Uyghur
    # names, 朝鲁门, 蔡文静 in a list, 你在…室房屋…)
    "hard-people2": _ALL,
    # first scored at 72.7% leak-free, names 96.8%, addresses 74.3%, keep 94.2%, holds 88.9/80
    "hard-unseen": _ALL,
    # first scored at keep 93.3%, holds 100/75 (agency phones under the seal or after 请与…
    # 联系, officers' certificates on a signed line, 侵犯商业秘密 and a quoted 内部资料 held)
    "hard-keep": _ALL,
    # first scored at 79.3% leak-free, names 94.6%, addresses 95.5% (受…委托, a party's own
    # 联系人, 负责人（经营者）, Dai names, 英文名 after a comma, 暂住：, 住 after a name)
    "hard-wording": _ALL,
    # first scored at 77.8% leak-free, names 96.5%, structured 96.1%, keep 96.9%, holds
    # 88.9/94.1 (tables drawn with │ or tabs, names with 来 or surnames 时 and 路 in lists,
    # 车间 after 当事人, 患…病 and 骨折 not held); left: 时艳向系 (向 ends it), 组织时思、…
    "hard-sectors": {**_ALL, "leak_free": 98, "names": 99.7},
    # first scored at 64% leak-free, names 91.7%, structured 97.3%, addresses 92.3%
    "hard-realistic": _ALL,
    # first scored at 82.6% leak-free, addresses 87%, keep 95.6%, holds 88.9 (<br> in a cell,
    # bold on part of a label, officers' tables, a contact list, a minor in a form table)
    "hard-markdown": _ALL,
    # first scored at 53.1% leak-free, names 82.3%, structured 82.6% (phones abroad, Latin and
    # dotted names, permanent residence cards, run-on dotted names, 查验记录)
    "hard-crossborder": _ALL,
}


@pytest.mark.skipif(not SCORER.is_file(), reason="../shared/tools is not beside the checkout")
@pytest.mark.parametrize("corpus", sorted(HARD_MINIMUMS))
def test_hard_corpus_score(corpus: str) -> None:
    # their labels count a party's age on 2026-11-25 (the generators' docstrings)
    scores, out = score(HARD / corpus, "--show-failures", "30", today="2026-11-25")
    failures = out[out.find("failures") :]
    minimum = HARD_MINIMUMS[corpus]
    for kind in ("leak_free", "names", "structured", "address", "keep"):
        assert scores[kind] >= minimum[kind], (kind, failures)
    assert scores["hold_recall"] >= minimum["hold"], failures
    assert scores["hold_precision"] >= minimum["hold"], failures
