"""find_documents (os.scandir) lists what the rglob-based listing it replaced listed."""

import os
from pathlib import Path

import pytest

from redaction.cli import find_documents, find_sources
from redaction.readers import SUFFIXES, suffix_of


def _rglob_sources(src: Path, out: Path) -> list[Path]:
    """The listing as it was written with pathlib (the behaviour to keep)."""
    if src.is_file():
        return [src]
    out_name = str(out.resolve())
    inside = out_name.rstrip("/") + "/"
    found = []
    for path in sorted(src.rglob("*"), key=lambda p: p.parts):
        if path.suffix.lower() not in SUFFIXES or path.name.startswith("~$") or not path.is_file():
            continue
        resolved = str(path.resolve())
        if resolved == out_name or resolved.startswith(inside):
            continue
        found.append(path)
    return found


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    for name in (
        "a/b/1.txt",
        "a/b/2.TXT",
        "a-b/3.md",
        "a.b/4.docx",
        "a/5.txt",
        "a b/6.txt",
        "z.txt",
        "Z.txt",
        ".hidden.txt",
        ".hid/7.txt",
        ".txt",
        "a.",
        "8.txt.bak",
        "~$lock.docx",
        "out/9.txt",
        "深/层/文件.txt",
        "x.pdf",
    ):
        path = src / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("当事人：王五", encoding="utf-8")
    (src / "folder.txt").mkdir()
    (src / "a" / "link.txt").symlink_to(src / "z.txt")
    (src / "dangling.txt").symlink_to(src / "missing.txt")
    (src / "loop.txt").symlink_to(src / "loop.txt")
    (src / "dirlink.txt").symlink_to(src / "a")
    (src / "dirlink").symlink_to(src / "a")
    (src / "to_out.txt").symlink_to(src / "out" / "9.txt")
    (tmp_path / "elsewhere.txt").write_text("x", encoding="utf-8")
    (src / "outside.md").symlink_to(tmp_path / "elsewhere.txt")
    return src


@pytest.mark.parametrize("out", ["out", "../dst", "a/b"])
def test_same_files_in_the_same_order_as_rglob(tree: Path, out: str) -> None:
    expected = _rglob_sources(tree, tree / out)
    assert find_sources(tree, tree / out) == expected
    documents = find_documents(tree, tree / out)
    assert [Path(p) for p, _ in documents] == expected
    assert [r for _, r in documents] == [p.relative_to(tree).as_posix() for p in expected]
    assert ("a/b/1.txt" in [r for _, r in documents]) == (out != "a/b")


def test_a_single_file(tree: Path) -> None:
    assert find_documents(tree / "a" / "5.txt", tree / "out") == [(str(tree / "a/5.txt"), "5.txt")]
    assert find_sources(tree / "x.pdf", tree / "out") == [tree / "x.pdf"]


def test_an_unreadable_folder_is_skipped(tree: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads every folder")
    (tree / "a").chmod(0)
    try:
        assert find_sources(tree, tree / "out") == _rglob_sources(tree, tree / "out")
    finally:
        (tree / "a").chmod(0o755)


@pytest.mark.parametrize(
    "name", ["a.txt", "a.TXT", ".txt", "a.", "a", "a.b.docx", "..txt", ".a.md", "a..", "."]
)
def test_suffix_of_is_pathlib_suffix(name: str) -> None:
    assert suffix_of(name) == Path(name).suffix
