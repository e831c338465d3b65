"""The engine compiled with mypyc (redaction/native.py) gives what its sources give, and is
used only while it matches them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from redaction import native
from redaction.engine import analyze

ROOT = Path(__file__).resolve().parents[2]
DEV_DOCS = ROOT.parent / "shared" / "corpus" / "redaction-dev" / "docs"
HARD_DIR = Path(__file__).resolve().parent

#: prints, for each document given, what the engine makes of it, as JSON
_ANALYSE = """
import json, sys, datetime as dt
from redaction.engine import analyze
out = []
for path in sys.argv[1:]:
    a = analyze(open(path, encoding="utf-8").read(), None, frozenset({"王建国"}),
                dt.date(2026, 11, 25))
    out.append([a.reasons, a.redacted, [[f.kind, f.start, f.end, f.replacement, f.role]
                                        for f in a.findings]])
print(json.dumps(out, ensure_ascii=False))
"""


def _documents() -> list[Path]:
    found = sorted(DEV_DOCS.glob("*.txt")) if DEV_DOCS.is_dir() else []
    for corpus in sorted(HARD_DIR.glob("hard-*/docs")):
        found += sorted(corpus.glob("*.txt"))[:15]
    return found


def _run(env: dict[str, str], documents: list[Path]) -> tuple[list, str]:
    done = subprocess.run(
        [sys.executable, "-c", _ANALYSE, *map(str, documents)],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        cwd=ROOT,
        check=True,
    )
    return json.loads(done.stdout), done.stderr


@pytest.mark.skipif(not native.fresh(), reason="the engine is not compiled (make native)")
def test_compiled_engine_gives_what_its_sources_give() -> None:
    documents = _documents()
    compiled, _ = _run({native.PURE_ENV: ""}, documents)
    pure, _ = _run({native.PURE_ENV: "1"}, documents)
    assert len(compiled) == len(documents) > 300
    for path, a, b in zip(documents, compiled, pure, strict=True):
        assert a == b, path


def test_the_compiled_engine_is_used_when_fresh() -> None:
    code = "import redaction.detectors.person_name as p, redaction.native as n; print(p.__file__)"
    for pure in ("", "1"):
        done = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env={**os.environ, native.PURE_ENV: pure},
            cwd=ROOT,
            check=True,
        )
        compiled = native.fresh() and not pure
        assert done.stdout.strip().endswith(".py") is not compiled
        assert "older than its sources" not in done.stderr


def test_fresh_needs_every_digest_to_match(tmp_path: Path, monkeypatch) -> None:
    manifest = tmp_path / "_native.json"
    monkeypatch.setattr(native, "MANIFEST", manifest)
    monkeypatch.setattr(native, "compiled_path", lambda module: tmp_path / module)
    for module in native.COMPILED:
        (tmp_path / module).touch()
    assert not native.fresh()  # no manifest
    recorded = native.digests()
    manifest.write_text(json.dumps(recorded), encoding="utf-8")
    assert native.fresh()
    manifest.write_text(json.dumps({**recorded, "redaction.text": "0" * 64}), encoding="utf-8")
    assert not native.fresh()  # a source edited since the build
    manifest.write_text(json.dumps({**recorded, "python": "3.10"}), encoding="utf-8")
    assert not native.fresh()  # another Python
    manifest.write_text(json.dumps(recorded), encoding="utf-8")
    (tmp_path / "redaction.engine").unlink()
    assert not native.fresh()  # a module missing


def test_stale_compiled_modules_give_way_to_their_sources(monkeypatch) -> None:
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    monkeypatch.setattr(native, "built", lambda: True)
    monkeypatch.setattr(native, "fresh", lambda: False)
    monkeypatch.delenv(native.PURE_ENV, raising=False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        native.activate()
    assert any("make native" in str(w.message) for w in caught)
    assert sys.meta_path[0] is native._FINDER
    spec = native._FINDER.find_spec("redaction.detectors.person_name", None)
    assert spec is not None and spec.origin == str(
        native.source_path("redaction.detectors.person_name")
    )
    assert native._FINDER.find_spec("redaction.cli", None) is None  # not a compiled one


def test_every_compiled_module_has_a_source() -> None:
    for module in native.COMPILED:
        assert native.source_path(module).is_file(), module
    assert analyze("当事人：王小明").redacted.startswith("当事人：王某")
