import pytest

from tests.redaction.detectors.helpers import found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("电子邮箱为abc123@qq.com。", "abc123@qq.com"),
        ("邮箱：wang.jian_guo@example.com.cn，", "wang.jian_guo@example.com.cn"),
        ("邮箱：abc＠163.com", "abc＠163.com"),
        ("电子邮箱：zhangsan_88@qq．com。", "zhangsan_88@qq．com"),  # a full-width dot
        ("邮箱：li.ming@163。com，", "li.ming@163。com"),  # a dot typed as 。
        ("电子邮箱：qfsnf1995@网易.中国，", "qfsnf1995@网易.中国"),  # a Chinese domain
        # a PDF wrap inside
        ("邮箱：zhang\nsan@qq.com", "zhang\nsan@qq.com"),
        ("邮箱：zhangsan@\n qq.com", "zhangsan@\n qq.com"),
        ("邮箱：zhangsan@qq.\r\ncom。", "zhangsan@qq.\r\ncom"),
        ("邮箱：\nzhangsan@qq.com", "zhangsan@qq.com"),
    ],
)
def test_found(text: str, expected: str) -> None:
    assert found("email", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "本机关地址：某路1号　邮箱：office@agency.gov.cn",
        "a@b",
        "@qq.com",
    ],
)
def test_not_found(text: str) -> None:
    assert found("email", text) == []
