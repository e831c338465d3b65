import pytest

from redaction.detectors import DocumentContext, Finding
from redaction.detectors.address import AddressDetector


def addresses(text: str) -> list[str]:
    return [f.text for f in AddressDetector().analyze(text, DocumentContext())]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "当事人：王五，性别：男，住址：湖南省长沙市芙蓉区五一大道123号2栋301室，联系电话",
            ["湖南省长沙市芙蓉区五一大道123号2栋301室"],
        ),
        (
            "经营者：令狐智贵，性别：男，住所：驻马店市平舆县西大街330号11栋2单元602室。",
            ["驻马店市平舆县西大街330号11栋2单元602室"],
        ),
        (
            "证人赵明强（身份证号码：略，住址：成都市锦江区丁香路212号6栋3单元704室）",
            ["成都市锦江区丁香路212号6栋3单元704室"],
        ),
        ("王五，男，家住长沙县星沙街道双井村6组35号。", ["长沙县星沙街道双井村6组35号"]),
        (
            "承租人：蒙德才，男，租住于南宁市青秀区民族大道88号3栋402室。",
            ["南宁市青秀区民族大道88号3栋402室"],
        ),
        ("王五，女，暂住在长沙县星沙街道双井村6组35号。", ["长沙县星沙街道双井村6组35号"]),
        (
            "| 当事人 | 王五 |\n| 住址 | 长沙县星沙街道双井村6组35号 |",
            ["长沙县星沙街道双井村6组35号"],
        ),
        (
            "当事人：某某有限公司\n统一社会信用代码：略\n法定代表人：张三，住所：长沙县星沙街道双井村6组35号",
            ["长沙县星沙街道双井村6组35号"],
        ),
        ("王五，男，住所地：长沙县星沙街道双井村6组35号", ["长沙县星沙街道双井村6组35号"]),
        (
            "户籍地：湖南省长沙市长沙县星沙街道双井村6组35号",
            ["湖南省长沙市长沙县星沙街道双井村6组35号"],
        ),
        # a doubled colon; fields run together or parted by spaces only
        ("王五，男，住址：：长沙县星沙街道双井村6组35号", ["长沙县星沙街道双井村6组35号"]),
        (
            "当事人王五性别男身份证号略住址长沙县星沙街道双井村6组35号联系电话13807312345",
            ["长沙县星沙街道双井村6组35号"],
        ),
        (
            "当事人 王五 性别 男 住址 长沙县星沙街道双井村6组35号 联系电话 13807312345",
            ["长沙县星沙街道双井村6组35号"],
        ),
        ("王五，女，住址：南宁市青秀区民族大道88号3栋402室", ["南宁市青秀区民族大道88号3栋402室"]),
        (
            "当事人：王五，女\n房屋坐落：郑州市金水区望江路351号16栋103室",
            ["郑州市金水区望江路351号16栋103室"],
        ),
        # a notice to a person: the address for service is their home
        (
            "你于2025年2月9日擅自搭建彩钢棚。\n送达地址：合肥市蜀山区东方明珠城26幢1单元804",
            ["合肥市蜀山区东方明珠城26幢1单元804"],
        ),
        (
            "当事人：王五，男，暂住绵阳市涪城区文化巷156号18栋1903室",
            ["绵阳市涪城区文化巷156号18栋1903室"],
        ),
        # spaced out, or wrapped by a PDF's line breaks
        (
            "王五，男，住址：湖南省长沙市芙蓉区 五一大道 123 号 2 栋 301 室。",
            ["湖南省长沙市芙蓉区 五一大道 123 号 2 栋 301 室"],
        ),
        (
            "当事人：王建国，男，汉族，1980年出生，住址：湖南省长沙县黄花\n镇黄花村杨家组18号，",
            ["湖南省长沙县黄花\n镇黄花村杨家组18号"],
        ),
        (
            "当事人：王建国，男，汉族，住址：湖南省长沙市芙蓉区五一大道123号2栋\r\n301室。",
            ["湖南省长沙市芙蓉区五一大道123号2栋\r\n301室"],
        ),
    ],
)
def test_home_addresses(text: str, expected: list[str]) -> None:
    assert addresses(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # 住址 is a person's: a hospital on the line before is where they work
        (
            "身份证号码：210211197506283177\n医师执业证书编码：732210211302192　"
            "执业地点：大连市第四人民医院\n住址：大连市甘井子区建设巷225号东城名苑21幢1单元702室\n",
            "大连市甘井子区建设巷225号东城名苑21幢1单元702室",
        ),
        (
            "当事人：吴梅翠，男，系大连市永盛出租汽车有限公司出租汽车驾驶员，"
            "住大连市甘井子区解放西路309号桂花园17幢4单元1201室。",
            "大连市甘井子区解放西路309号桂花园17幢4单元1201室",
        ),
        (
            "    送达地址确认：乐山市峨眉山市府前路71号阳光新城9幢4单元2502室（收件人：马某）",
            "乐山市峨眉山市府前路71号阳光新城9幢4单元2502室",
        ),
        (
            "你所有的位于大连市甘井子区朝阳街148号丽景花园23幢3单元1802室的住宅在装修过程中",
            "大连市甘井子区朝阳街148号丽景花园23幢3单元1802室",
        ),
        (
            "| 投诉人 | 联系电话 | 收货地址 |\n| --- | --- | --- |\n"
            "| 彭某 | 略 | 泉州市晋江市建设巷389号锦绣华庭7幢1单元1202室 |\n",
            "泉州市晋江市建设巷389号锦绣华庭7幢1单元1202室",
        ),
    ],
)
def test_home_addresses_in_other_words(text: str, expected: str) -> None:
    assert addresses(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a short line ends its field; a whole address ends at its line; labels end it
        ("王五，男\n住址：湖南省长沙县黄花镇黄花村\n经查，", "湖南省长沙县黄花镇黄花村"),
        (
            "当事人：王建国，男，汉族，住址：湖南省长沙县黄花镇黄花村杨家组18号\n经查当事人",
            "湖南省长沙县黄花镇黄花村杨家组18号",
        ),
        ("王五，男，住址：长沙县黄花镇黄花村 联系电话：略", "长沙县黄花镇黄花村"),
        (
            "当事人：王建国，男，汉族，住址：湖南省长沙县黄花镇黄花村\n2024年3月5日，当事人",
            "湖南省长沙县黄花镇黄花村",
        ),
    ],
)
def test_where_an_address_ends(text: str, expected: str) -> None:
    assert addresses(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "当事人：济南市同创文化传媒有限公司\n统一社会信用代码：91370102MAQJD3U00G\n住所：济南市历下区迎宾大道20号",
        "本机关地址：四川省成都市锦江区凤凰路239号　联系电话：028-38889169",
        "经营场所：金华市义乌市复兴路73号",
        "位于锦江区体育路299号临街商铺",
        # where an inspection took place, not whose home it is
        "对位于鼓楼区东大街168号附近的一处民房进行检查",
        "送达地址：济南市历下区迎宾大道20号（当事人的住所）",
    ],
)
def test_public_addresses(text: str) -> None:
    assert addresses(text) == []


def test_the_agency_address_below_the_officers_is_whole() -> None:
    text = (
        "被处罚人签名：尉迟眉　　见证人：顾荔\n"
        "执法人员：郭俊峰（证号：17697036271）、段文博（证号：苏76161879）\n"
        "地址：南京市鼓楼区桃源街73号\n"
        "联系电话：025-54162474（工作日）；投诉举报请拨打12345政务服务便民热线"
    )
    witness = text.index("顾荔")
    doc = DocumentContext(findings=[Finding("person_name", witness, witness + 2, "顾荔", 1.0)])
    assert AddressDetector().analyze(text, doc) == []


@pytest.mark.parametrize(
    "text",
    [
        "当事人：王建国，男，1980年1月1日出生\n地址：湖南省长沙市芙蓉区五一大道123号2栋301室",
        "当事人：王建国\n性别：男\n联系地址：湖南省长沙市芙蓉区五一大道123号2栋301室",
        "当事人：王建国，男\n\n通讯地址：湖南省长沙市芙蓉区五一大道123号2栋301室",
    ],
)
def test_a_person_address_on_a_line_of_its_own_is_cut(text: str) -> None:
    assert addresses(text) == ["湖南省长沙市芙蓉区五一大道123号2栋301室"]
