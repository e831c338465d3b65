"""A rebuild reuses what did not change, and its output is byte for byte a fresh full build's."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest

from core.settings import PROJECT_ROOT, load_settings
from gongshi.build import build_site

from ..conftest import FIXTURE_SITE

CHANGED = "decisions/2026-cf-0001.md"
UNCHANGED = "decisions/2025-qz-0002.md"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """Content, pelicanconf.py and theme in one temporary folder, all of them editable."""
    root = tmp_path / "project"
    shutil.copytree(FIXTURE_SITE, root / "content")
    shutil.copytree(PROJECT_ROOT / "theme", root / "theme")
    shutil.copy(PROJECT_ROOT / "pelicanconf.py", root / "pelicanconf.py")
    return root


def build(project: Path, name: str) -> Path:
    """Build into ``name/output`` with the cache ``name/var``: the same name is a rebuild."""
    settings = load_settings(
        environ={},
        toml_path=project / "none.toml",
        content_dir=project / "content",
        pelican_settings=project / "pelicanconf.py",
        data_dir=project / name / "var",
        output_dir=project / name / "output",
    )
    return build_site(settings, progress=False)


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def assert_same_site(rebuilt: Path, fresh: Path) -> None:
    ours, theirs = files(rebuilt), files(fresh)
    assert sorted(ours) == sorted(theirs)
    assert [name for name in ours if ours[name] != theirs[name]] == []


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def correct(path: Path, old: str, new: str) -> None:
    """Change a decision's text and its approved hash, as ``gongshi correct`` does."""
    edit(path, old, new)
    head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    digest = hashlib.sha256(body.strip().encode("utf-8")).hexdigest()
    head = re.sub(r"^Text_sha256: .*$", f"Text_sha256: {digest}", head, flags=re.MULTILINE)
    path.write_text(f"{head}\n\n{body}", encoding="utf-8")


def page(output: Path, source: str) -> Path:
    return output / "decisions" / Path(source).stem / "index.html"


def test_rebuild_after_one_changed_decision_equals_a_full_build(project: Path) -> None:
    output = build(project, "site")
    others = [page(output, UNCHANGED), output / "decisions/year/2025/index.html"]
    untouched = [path.stat().st_mtime_ns for path in others]
    correct(project / "content" / CHANGED, "本局决定：", "经集体讨论，本局决定：")

    rebuilt = build(project, "site")

    assert "经集体讨论，本局决定：" in page(rebuilt, CHANGED).read_text(encoding="utf-8")
    assert [path.stat().st_mtime_ns for path in others] == untouched, "not rendered again"
    assert_same_site(rebuilt, build(project, "fresh"))


def test_a_rebuild_without_changes_changes_nothing(project: Path) -> None:
    output = build(project, "site")
    before = files(output)
    assert files(build(project, "site")) == before


@pytest.mark.parametrize(
    ("path", "old", "new", "shown"),
    [
        (
            "theme/templates/decision.html",
            '<h2 id="text-title">决定书全文</h2>',
            '<h2 id="text-title">决定书原文</h2>',
            "决定书原文",
        ),
        (
            "content/agencies.yaml",
            "name: 测试区综合行政执法局",
            "name: 测试区城市管理综合执法局",
            "测试区城市管理综合执法局",
        ),
    ],
    ids=["template", "agencies.yaml"],
)
def test_a_shared_change_reaches_every_decision_page(project: Path, path, old, new, shown) -> None:
    build(project, "site")
    edit(project / path, old, new)

    rebuilt = build(project, "site")

    for source in (CHANGED, UNCHANGED):
        assert shown in page(rebuilt, source).read_text(encoding="utf-8")
    assert_same_site(rebuilt, build(project, "fresh"))


def test_a_damaged_page_is_written_again(project: Path) -> None:
    output = build(project, "site")
    page(output, UNCHANGED).write_text("", encoding="utf-8")
    assert_same_site(build(project, "site"), build(project, "fresh"))


def test_reading_ahead_in_a_second_process_builds_the_same_site(project: Path, monkeypatch):
    """Half of the decisions read in a forked process: the same pages, and a broken header
    there is still reported with its file and line."""
    from plugins import decisions
    from plugins.loader import ContentError

    alone = build(project, "alone")
    monkeypatch.setattr(decisions, "READ_AHEAD_FROM", 2)
    monkeypatch.setattr(decisions, "READ_AHEAD_BATCH", 1)
    ahead = build(project, "ahead")
    assert_same_site(ahead, alone)

    last = sorted((project / "content" / "decisions").glob("*.md"))[-1]  # read ahead
    edit(last, "Date: ", "Date: 不是日期 ")
    with pytest.raises(ContentError) as info:
        build(project, "broken")
    assert info.value.file == f"decisions/{last.name}" and info.value.line
