from pathlib import Path

import pytest

from redaction.engine import analyze
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


ROSTER = frozenset({"石磊", "阿依古丽·买买提"})


def test_an_officer_of_the_roster_is_kept_without_a_role_word() -> None:
    text = "当事人：王五，男。\n经查，本机关石磊、张明凯对当事人的店铺进行检查。"
    assert "石磊" in analyze(text, allow_names=ROSTER).redacted


@pytest.mark.parametrize(
    "text",
    [
        "当事人：石磊，男。\n经查，石磊在店内销售过期食品。",
        "姓名/名称:阿依古丽·买买提\n经查，阿依古丽当场承认。",
        "经查，证人石磊（身份证号码：略）证实当事人在场。",
    ],
)
def test_a_private_person_named_like_an_officer_is_masked(text: str) -> None:
    redacted = analyze(text, allow_names=ROSTER).redacted
    assert "石磊" not in redacted and "阿依古丽" not in redacted
