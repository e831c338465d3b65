from pathlib import Path

import pytest

from redaction.errors import RedactionError
from redaction.roster import load_officer_names


def test_missing_roster_is_empty(tmp_path: Path) -> None:
    assert load_officer_names(tmp_path / "officers.yaml") == frozenset()


def test_roster_names(tmp_path: Path) -> None:
    path = tmp_path / "officers.yaml"
    path.write_text("- name: 张明凯\n  certificate_no: '123'\n- name: ' 曹薇 '\n", encoding="utf-8")
    assert load_officer_names(path) == {"张明凯", "曹薇"}


@pytest.mark.parametrize("content", ["name: 张明凯\n", "- certificate_no: '1'\n", "- [\n"])
def test_bad_roster(tmp_path: Path, content: str) -> None:
    path = tmp_path / "officers.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RedactionError):
        load_officer_names(path)
