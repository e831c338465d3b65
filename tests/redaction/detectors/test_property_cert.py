import pytest

from tests.redaction.detectors.helpers import found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "（不动产权证书号：川（2015）成都市不动产权第1499005号）",
            "川（2015）成都市不动产权第1499005号",
        ),
        ("湘(2021)长沙县不动产权第0012345号", "湘(2021)长沙县不动产权第0012345号"),
        ("长房权证芙蓉字第712345678号", "房权证芙蓉字第712345678号"),
        ("长国用（2010）第012345号", "国用（2010）第012345号"),
        # a PDF line wrap anywhere in the number
        ("证号：苏（2016）苏州市不动产权第84\n62288号）", "苏（2016）苏州市不动产权第84\n62288号"),
        ("证书号：粤（2021\n）深圳市不动产权第9910543号", "粤（2021\n）深圳市不动产权第9910543号"),
        ("豫（2021）郑州市不动\r\n产权第0411071号", "豫（2021）郑州市不动\r\n产权第0411071号"),
        ("湘(2021)长沙县\n　不动产权第0012345号", "湘(2021)长沙县\n　不动产权第0012345号"),
        ("长房权证芙蓉字第7123\n45678号", "房权证芙蓉字第7123\n45678号"),
        ("长国\n用（2010）第012345号", "国\n用（2010）第012345号"),
    ],
)
def test_found(text: str, expected: str) -> None:
    assert found("property_cert", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "《不动产登记暂行条例》第八条",
        "锦城管罚决字〔2019〕第1796号",
        "湘(2021)长沙县\n\n不动产权登记第1号",
    ],
)
def test_not_found(text: str) -> None:
    assert found("property_cert", text) == []
