"""The README documents every setting, every open-data column and every content type."""

from __future__ import annotations

from dataclasses import fields

import pytest

from core.settings import PROJECT_ROOT, Settings
from plugins.opendata import exported_types
from plugins.registry import CONTENT_TYPES
from plugins.site import register

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
register()


def test_two_commands_near_the_top():
    top = README[:1200]
    assert "make run" in top and "make test" in top


@pytest.mark.parametrize("name", [f.name for f in fields(Settings)])
def test_every_setting_is_documented(name: str):
    assert f"`{name}`" in README or f"`{name}`," in README


@pytest.mark.parametrize("ctype", exported_types(), ids=lambda t: t.key)
def test_every_open_data_column_is_documented(ctype):
    section = README.split(f"#### `{ctype.key}`", 1)
    assert len(section) == 2, f"README has no section for {ctype.key}"
    body = section[1].split("####", 1)[0]
    for column in ctype.columns:
        assert f"| `{column}` |" in body, f"{ctype.key}.{column} is not documented"


@pytest.mark.parametrize("key", sorted(CONTENT_TYPES))
def test_every_content_type_is_documented(key: str):
    assert f"`{CONTENT_TYPES[key].source}" in README


@pytest.mark.parametrize("name", ["content_loaded", "site_written"])
def test_every_signal_is_documented(name: str):
    from plugins import signals

    assert hasattr(signals, name)
    assert f"`{name}`" in README
