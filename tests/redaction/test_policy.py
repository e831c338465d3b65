from pathlib import Path

import pytest

from redaction.engine import analyze
from redaction.errors import RedactionError
from redaction.policy import builtin_policies, load_policy

TEXT = "当事人：王五，男。证人赵六（男）证实。"


def test_builtin_policies() -> None:
    assert {"spc-2016", "named-party"} <= set(builtin_policies())
    assert load_policy().name == "spc-2016"


def test_default_masks_every_natural_person() -> None:
    assert analyze(TEXT, load_policy()).redacted == "当事人：王某，男。证人赵某（男）证实。"


def test_named_party_policy_keeps_the_party_only() -> None:
    redacted = analyze(TEXT, load_policy("named-party")).redacted
    assert redacted == "当事人：王五，男。证人赵某（男）证实。"


def test_named_party_policy_keeps_only_the_penalised_party() -> None:
    text = (
        "当事人：长沙市天心区谭记粮油店（个体工商户），经营者：谭桂香。\n"
        "经查，现场见证人：邻店店主欧阳小红。"
    )
    redacted = analyze(text, load_policy("named-party")).redacted
    assert "谭桂香" in redacted and "欧阳小红" not in redacted


def test_agency_override_extends_a_builtin(tmp_path: Path) -> None:
    path = tmp_path / "agency.yaml"
    path.write_text(
        "extends: spc-2016\nname: agency\noperators:\n  license_plate: keep\n", encoding="utf-8"
    )
    policy = load_policy(path)
    assert policy.name == "agency"
    assert policy.operator("license_plate") == "keep"
    assert policy.operator("phone") == "cross"
    assert "湘A12345" in analyze("车牌号为湘A12345的车辆", policy).redacted


@pytest.mark.parametrize(
    "content, field",
    [
        ("extends: nothing\n", "extends"),
        ("operators:\n  phone: blur\n", "operators.phone"),
        ("threshold: 2\n", "threshold"),
        ("- a list\n", None),
        ("a: [unclosed\n", None),
    ],
)
def test_bad_policies_name_the_problem(tmp_path: Path, content: str, field: str | None) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RedactionError) as err:
        load_policy(path)
    assert err.value.file == str(path)
    assert err.value.field == field


def test_unknown_builtin() -> None:
    with pytest.raises(RedactionError, match="unknown built-in policy"):
        load_policy("nope")
