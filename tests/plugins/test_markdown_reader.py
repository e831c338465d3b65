"""The reusing Markdown reader gives exactly what Pelican's own reader gives, file after file."""

from __future__ import annotations

from pathlib import Path

from pelican.readers import MarkdownReader
from pelican.settings import read_settings

from core.settings import PROJECT_ROOT
from plugins.markdown_reader import ReusingMarkdownReader
from tests.conftest import FIXTURE_SITE


def test_same_content_and_metadata_as_pelican(tmp_path: Path):
    summary = tmp_path / "with-summary.md"
    summary.write_text(
        "Title: 摘要\nSummary: **加粗**的摘要\nDate: 2026-01-02\n\n正文*强调*。\n", encoding="utf-8"
    )
    files = sorted((FIXTURE_SITE / "decisions").glob("*.md")) + [summary]
    files += sorted((FIXTURE_SITE / "news").glob("*.md"))
    settings = read_settings(str(PROJECT_ROOT / "pelicanconf.py"))
    ours = ReusingMarkdownReader(settings)
    for path in files * 2:  # twice: state must not leak from one file to the next
        assert ours.read(str(path)) == MarkdownReader(settings).read(str(path)), path
