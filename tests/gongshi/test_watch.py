"""`gongshi build --watch`: rebuilds on a change in the same process, as a new build would."""

from __future__ import annotations

import dataclasses
import filecmp
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from core.settings import PROJECT_ROOT
from gongshi.build import build_site, watch_site
from search.engine import SearchRequest
from search.engines import open_engine
from search.query import parse
from tests.conftest import make_settings, reapprove


def _wait(condition: Callable[[], bool], what: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def _edit_decision(content: Path, sentence: str) -> Path:
    path = sorted((content / "decisions").glob("*.md"))[0]
    text = path.read_text(encoding="utf-8").rstrip("\n")
    path.write_text(f"{text}\n\n{sentence}\n", encoding="utf-8")
    reapprove(path)
    return path


def _same_tree(left: Path, right: Path) -> list[str]:
    """Files that differ or exist on one side only (recursively)."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(prefix + name for name in cmp.left_only + cmp.right_only + cmp.diff_files)
        found.extend(prefix + name for name in cmp.funny_files)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=[]), "")
    return found


class _Watch:
    """watch_site in a thread, stopped at the end of the test."""

    def __init__(self, settings, output: Path) -> None:
        self.stop = threading.Event()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, args=(settings, output), daemon=True)

    def _run(self, settings, output: Path) -> None:
        try:
            watch_site(settings, output=output, progress=False, stop=self.stop)
        except BaseException as exc:  # noqa: BLE001 (reported by the test)
            self.error = exc

    def __enter__(self) -> _Watch:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(timeout=30)
        assert not self.thread.is_alive()
        if self.error is not None:
            raise self.error


def test_a_changed_decision_is_rebuilt_as_a_new_build_would(
    site_copy: Path, tmp_path: Path, capsys
):
    settings = make_settings(tmp_path, site_copy)
    output = tmp_path / "watched"
    with _Watch(settings, output):
        _wait(lambda: (output / "index.html").exists(), "the first build")
        _wait(lambda: "watching" in capsys.readouterr().out, "the watch to start")
        path = _edit_decision(site_copy, "本决定书第一次更正。")
        page = output / "decisions" / path.stem / "index.html"
        _wait(lambda: "本决定书第一次更正" in page.read_text(encoding="utf-8"), "the rebuild")
        time.sleep(0.5)  # let the build finish writing
    cold = build_site(make_settings(tmp_path / "cold", site_copy), progress=False)
    assert _same_tree(output, cold) == []
    index = open_engine(settings.search_engine, settings.search_index_dir, readonly=True)
    try:
        hits = index.query(SearchRequest(parse("第一次更正"))).hits
    finally:
        index.close()
    assert [hit.url for hit in hits] == [f"/decisions/{path.stem}/"]


def test_a_failed_build_keeps_the_site_and_the_watch_goes_on(
    site_copy: Path, tmp_path: Path, capsys
):
    settings = make_settings(tmp_path, site_copy)
    output = tmp_path / "watched"
    with _Watch(settings, output):
        _wait(lambda: "watching" in capsys.readouterr().out, "the first build")
        broken = site_copy / "decisions" / "2026-xx-9999.md"
        broken.write_text("没有标题的文件\n", encoding="utf-8")
        seen: list[str] = []

        def reported() -> bool:
            seen.append(capsys.readouterr().err)
            return "2026-xx-9999.md" in "".join(seen)

        _wait(reported, "the error message")
        assert "gongshi build --watch:" in "".join(seen)
        assert (output / "index.html").exists()
        broken.unlink()
        path = _edit_decision(site_copy, "错误修正后的更正。")
        page = output / "decisions" / path.stem / "index.html"
        _wait(lambda: "错误修正后的更正" in page.read_text(encoding="utf-8"), "the next build")
        time.sleep(0.5)


def test_a_code_change_restarts_the_command(site_copy: Path, tmp_path: Path, monkeypatch):
    code = tmp_path / "code"
    code.mkdir()
    conf = code / "pelicanconf.py"
    conf.write_text((PROJECT_ROOT / "pelicanconf.py").read_text(encoding="utf-8"))
    (code / "theme").symlink_to(PROJECT_ROOT / "theme")
    settings = dataclasses.replace(make_settings(tmp_path, site_copy), pelican_settings=conf)
    restarted = threading.Event()

    def execv(executable: str, argv: list[str]) -> None:
        restarted.set()  # the real one replaces the process; this one lets the watch go on

    monkeypatch.setattr(os, "execv", execv)
    output = tmp_path / "watched"
    with _Watch(settings, output):
        _wait(lambda: (output / "index.html").exists(), "the first build")
        time.sleep(0.3)
        conf.write_text(conf.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
        _wait(restarted.is_set, "the restart")


def test_the_output_inside_a_watched_folder_triggers_nothing(tmp_path: Path):
    from gongshi.build import _SourceFilter

    output = tmp_path / "content" / "output"
    keep = _SourceFilter(output.resolve())
    assert not keep(None, str(output.resolve() / "index.html"))
    assert not keep(None, str(output.resolve()))
    assert keep(None, str(tmp_path.resolve() / "content" / "decisions" / "a.md"))
    assert not keep(None, str(tmp_path.resolve() / "content" / ".git" / "HEAD"))


def test_builds_in_one_process_keep_nothing_of_the_previous_ones(site_copy: Path, tmp_path: Path):
    import gc

    from pelican.contents import Content

    settings = make_settings(tmp_path, site_copy)

    def pages_alive() -> int:
        gc.collect()
        return sum(isinstance(o, Content) for o in gc.get_objects())

    build_site(settings, progress=False)
    after_one = pages_alive()
    for _ in range(3):
        build_site(settings, progress=False)
    assert pages_alive() <= after_one


def test_a_change_made_while_the_first_build_runs_is_built(
    site_copy: Path, tmp_path: Path, monkeypatch
):
    """The watch starts before the first build, so nothing changed meanwhile is missed."""
    import gongshi.build

    settings = make_settings(tmp_path, site_copy)
    output = tmp_path / "watched"
    real = gongshi.build.build_site
    sentences = iter(["第一次构建期间的更正。"])
    changed: list[Path] = []

    def build_and_change(*args, **kwargs):
        result = real(*args, **kwargs)
        sentence = next(sentences, None)
        if sentence is not None:  # a clerk approves a decision just as the first build ends
            changed.append(_edit_decision(site_copy, sentence))
        return result

    monkeypatch.setattr(gongshi.build, "build_site", build_and_change)
    with _Watch(settings, output):
        _wait(lambda: bool(changed), "the first build")
        page = output / "decisions" / changed[0].stem / "index.html"
        _wait(lambda: "第一次构建期间的更正" in page.read_text(encoding="utf-8"), "the rebuild")
        time.sleep(0.3)
