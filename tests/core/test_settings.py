"""Settings come from gongshi.toml, then GONGSHI_* variables, then the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.settings import SettingsError, load_settings


def test_defaults_point_into_the_project(tmp_path: Path):
    settings = load_settings(environ={}, toml_path=tmp_path / "absent.toml")
    assert settings.data_dir.name == "var" and settings.port == 8000
    assert settings.search_index_dir == settings.data_dir / "search-index"


def test_layers_override_in_order(tmp_path: Path):
    toml = tmp_path / "gongshi.toml"
    toml.write_text('port = 9000\nhost = "0.0.0.0"\n', encoding="utf-8")
    settings = load_settings(
        environ={"GONGSHI_PORT": "9100", "DATABASE_URL": "postgresql://x"},
        toml_path=toml,
        host="127.0.0.2",
    )
    assert (settings.port, settings.host, settings.database_url) == (
        9100,
        "127.0.0.2",
        "postgresql://x",
    )


def test_one_variable_moves_all_state(tmp_path: Path):
    settings = load_settings(
        environ={"GONGSHI_DATA_DIR": str(tmp_path / "state")}, toml_path=tmp_path / "absent.toml"
    )
    assert settings.cache_dir.parent == tmp_path / "state"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("prot = 1\n", "unknown setting 'prot'"),
        ("port = \n", "invalid TOML"),
        ('port = "eighty"\n', "port must be a whole number"),
    ],
)
def test_bad_settings_are_named(tmp_path: Path, text: str, words: str):
    toml = tmp_path / "gongshi.toml"
    toml.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError, match=words) as info:
        load_settings(environ={}, toml_path=toml)
    assert info.value.file == str(toml)
