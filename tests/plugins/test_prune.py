"""Pages taken off the site disappear from the output on the next build; current ones stay."""

from __future__ import annotations

from pathlib import Path

from gongshi.build import build_site
from tests.conftest import make_settings


def pages(output: Path) -> set[str]:
    return {
        p.relative_to(output).as_posix()
        for p in output.rglob("*.html")
        if p.relative_to(output).parts[0] != "theme"
    }


def test_removed_items_leave_the_output(site_copy: Path, tmp_path: Path):
    settings = make_settings(tmp_path, site_copy)
    output = build_site(settings, progress=False)
    before = pages(output)
    assert "decisions/2025-qz-0002/index.html" in before
    assert "powers/ts-jc-001/index.html" in before

    # Nothing changed: an incremental build keeps every page.
    assert pages(build_site(settings, progress=False)) == before

    (site_copy / "decisions" / "2025-qz-0002.md").unlink()
    (site_copy / "power_items" / "inspection.yaml").unlink()
    after = pages(build_site(settings, progress=False))
    assert before - after == {
        "decisions/2025-qz-0002/index.html",
        "decisions/type/coercion/index.html",
        "decisions/year/2025/index.html",
        "powers/ts-jc-001/index.html",
    }
    assert not (output / "decisions" / "2025-qz-0002").exists()
    sitemap = (output / "sitemap.xml").read_text(encoding="utf-8")
    assert "2025-qz-0002" not in sitemap and "ts-jc-001" not in sitemap


def test_a_folder_gongshi_did_not_build_is_never_pruned(site_copy: Path, tmp_path: Path):
    import pytest

    from plugins.prune import ForeignOutputError

    settings = make_settings(tmp_path, site_copy)
    settings.output_dir.mkdir(parents=True)
    mine = settings.output_dir / "my-own-page.html"
    mine.write_text("<p>not gongshi's</p>", encoding="utf-8")
    with pytest.raises(ForeignOutputError, match="my-own-page.html"):
        build_site(settings, progress=False)
    assert mine.exists()
