"""The gongshi command: build writes the site; errors are one clear message and exit 1."""

from __future__ import annotations

from pathlib import Path

from gongshi.cli import main


def test_build_writes_the_site(site_copy: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("GONGSHI_DATA_DIR", str(tmp_path / "var"))
    out = tmp_path / "site"
    assert main(["build", "--content", str(site_copy), "--output", str(out), "--quiet"]) == 0
    assert (out / "index.html").exists() and (out / "sitemap.xml").exists()


def test_build_error_is_one_clear_message(site_copy: Path, tmp_path: Path, capsys, monkeypatch):
    monkeypatch.setenv("GONGSHI_DATA_DIR", str(tmp_path / "var"))
    officers = site_copy / "officers.yaml"
    officers.write_text(
        officers.read_text("utf-8").replace("status: valid", "status: maybe"), "utf-8"
    )
    code = main(["build", "--content", str(site_copy), "--output", str(tmp_path / "o"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1
    assert "officers.yaml:5 [0.status]: invalid value 'maybe'" in err
    assert "fix: use one of: 'valid', 'suspended' or 'revoked'" in err
    assert "Traceback" not in err


def test_serve_without_a_build_says_what_to_do(tmp_path: Path, capsys):
    assert main(["serve", "--output", str(tmp_path / "nothing")]) == 1
    assert "run `gongshi build` first" in capsys.readouterr().err


def test_serve_keeps_no_access_log_unless_asked(fixture_output: Path, tmp_path: Path, monkeypatch):
    """Access log lines hold client addresses and search words (DESIGN §6: case numbers only)."""
    import uvicorn

    from tests.conftest import FIXTURE_SITE

    calls: list[dict] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: calls.append(options))
    monkeypatch.setenv("GONGSHI_SECRET_KEY", "k" * 32)
    monkeypatch.setenv("GONGSHI_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("GONGSHI_CONTENT_DIR", str(FIXTURE_SITE))
    site = ["serve", "--output", str(fixture_output)]
    assert main(site) == 0 and main([*site, "--access-log"]) == 0
    assert [c["access_log"] for c in calls] == [False, True]
