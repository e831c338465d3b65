import pytest

from tests.redaction.detectors.helpers import found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("当事人：王五，QQ：224668612，", "224668612"),
        ("微信号：wxid_x2xrasd6k8。", "wxid_x2xrasd6k8"),
        ("通过微信（wxid_x2xrasd6k8）联系买家", "wxid_x2xrasd6k8"),
        ("支付宝账号：wang.wu@example.com", "wang.wu@example.com"),
        ("抖音号：dy_20240301", "dy_20240301"),
    ],
)
def test_found(text: str, expected: str) -> None:
    assert found("online_account", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "关注本局微信公众号：qingxizf",
        "当事人通过微信支付100元",
        "QQ音乐",
        "本局官方微博：@青溪执法",
        "统一社会信用代码：91340202MAQQL8LAE1",  # QQ inside a code is no label
    ],
)
def test_not_found(text: str) -> None:
    assert found("online_account", text) == []
