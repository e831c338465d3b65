"""Shared fixtures: settings in a temporary folder, and built sites (fixture and demo content)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from core.settings import PROJECT_ROOT, Settings, load_settings
from gongshi.build import build_site

FIXTURE_SITE = Path(__file__).parent / "fixtures" / "site"
DEMO_CONTENT = PROJECT_ROOT / "content"


def reapprove(path: Path) -> None:
    """Re-hash an edited decision file's approval, as if a clerk had approved the new text."""
    from plugins.approval import body_sha256, split_header

    text = path.read_text(encoding="utf-8")
    header, body = split_header(text)
    path.write_text(text.replace(header["text_sha256"], body_sha256(body)), encoding="utf-8")


def make_settings(tmp: Path, content: Path) -> Settings:
    return load_settings(
        environ={},
        toml_path=tmp / "none.toml",
        data_dir=tmp / "var",
        content_dir=content,
        output_dir=tmp / "output",
    )


@pytest.fixture
def site_copy(tmp_path: Path) -> Path:
    """A writable copy of the small fixture site, for tests that break a file."""
    target = tmp_path / "content"
    shutil.copytree(FIXTURE_SITE, target)
    return target


@pytest.fixture
def build(tmp_path: Path):
    """Build a content folder into tmp_path/output; returns the output folder."""

    def _build(content: Path) -> Path:
        return build_site(make_settings(tmp_path, content), progress=False)

    return _build


@pytest.fixture(scope="session")
def fixture_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("fixture-site")
    return build_site(make_settings(tmp, FIXTURE_SITE), progress=False)


@pytest.fixture(scope="session")
def demo_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo site of content/, built once per test session."""
    tmp = tmp_path_factory.mktemp("demo-site")
    return build_site(make_settings(tmp, DEMO_CONTENT), progress=False)
