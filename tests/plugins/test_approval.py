"""The approval gate: no approval, an edited text, or a header that disagrees with the ledger
stops the build and names the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from plugins.approval import ApprovalError
from tests.conftest import reapprove


def test_decision_without_approval_is_refused(site_copy: Path, build):
    path = site_copy / "decisions" / "2026-cf-0001.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        "\n".join(line for line in text.split("\n") if not line.startswith("Approved_by")),
        encoding="utf-8",
    )
    with pytest.raises(
        ApprovalError, match=r"decisions/2026-cf-0001.md: no approval \(approved_by"
    ):
        build(site_copy)
    assert not (site_copy.parent / "output" / "index.html").exists()


def test_edited_text_is_refused(site_copy: Path, build):
    path = site_copy / "decisions" / "2025-qz-0002.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("限期拆除", "限期改正"), encoding="utf-8"
    )
    with pytest.raises(ApprovalError, match="2025-qz-0002.md: text differs from the approved text"):
        build(site_copy)


def test_header_rewritten_with_the_text_is_caught_by_the_ledger(site_copy: Path, tmp_path: Path):
    from pelican import Pelican

    from core.settings import load_settings
    from gongshi.build import pelican_settings
    from plugins.approval import split_header

    path = site_copy / "decisions" / "2025-qz-0002.md"
    original = path.read_text(encoding="utf-8")
    path.write_text(original.replace("限期拆除", "限期改正"), encoding="utf-8")
    reapprove(path)  # the forger also fixes the header's hash
    settings = load_settings(
        environ={},
        toml_path=tmp_path / "x.toml",
        data_dir=tmp_path / "var",
        content_dir=site_copy,
        output_dir=tmp_path / "out",
    )
    approved_hash = split_header(original)[0]["text_sha256"]
    conf = pelican_settings(settings)
    conf["APPROVAL_LOOKUP"] = {"2025-qz-0002": approved_hash}.get
    with pytest.raises(
        ApprovalError, match="2025-qz-0002.md: its approval differs from the ledger"
    ):
        Pelican(conf).run()


def test_a_rebuild_checks_every_file_again(site_copy: Path, build):
    """The gate's findings are kept with each file's digest between builds: an edit after a
    good build is refused all the same, a file with Windows line ends is read as before."""
    build(site_copy)
    crlf = site_copy / "decisions" / "2026-cf-0001.md"
    crlf.write_bytes(crlf.read_bytes().replace(b"\n", b"\r\n"))
    build(site_copy)  # the same text, other line ends: still approved
    path = site_copy / "decisions" / "2025-qz-0002.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("限期拆除", "限期改正"), encoding="utf-8"
    )
    with pytest.raises(ApprovalError, match="2025-qz-0002.md: text differs from the approved text"):
        build(site_copy)
