"""Markdown tables: values are read by their column's label."""

from redaction.engine import analyze
from redaction.tables import in_header, tables

TABLE = (
    "当事人信息如下：\n"
    "| 姓名 | 性别 | 身份证号 | **住址** | 联系电话 |\n"
    "| :--- | --- | --- | --- | ---: |\n"
    "| 熊振梅 | 男 | 略 | 武汉市洪山区城郊街道人民北路291号翠湖苑1栋 | 略 |\n"
    "|  王 五  | 女 |  | 武汉市洪山区珞喻路3号 | 略 |\n"
    "\n"
    "经查，熊振梅与王五……"
)


def test_cells_carry_their_column_label() -> None:
    found = tables(TABLE)
    values = [(c.label, TABLE[c.start : c.end]) for c in found.cells]
    assert ("姓名", "熊振梅") in values
    assert ("住址", "武汉市洪山区珞喻路3号") in values  # emphasis dropped from the label
    assert ("姓名", "王 五") in values  # spaces around a value are not part of it
    assert ("身份证号", "") not in values  # an empty cell is no value
    assert in_header(TABLE, TABLE.index("性别"))
    assert not in_header(TABLE, TABLE.index("熊振梅"))


def test_names_and_home_addresses_in_a_table_of_people_are_masked() -> None:
    redacted = analyze(TABLE).redacted
    assert "| 姓名 | 性别 | 身份证号 | **住址** | 联系电话 |" in redacted  # labels untouched
    assert "| 熊某 | 男 | 略 | 武汉市洪山区 | 略 |" in redacted
    assert "|  王某  | 女 |  | 武汉市洪山区 | 略 |" in redacted
    assert "经查，熊某与王某" in redacted


def test_a_table_of_companies_keeps_their_seats() -> None:
    text = (
        "| 名称 | 统一社会信用代码 | 住所 |\n|---|---|---|\n"
        "| 长沙某某食品有限公司 | 略 | 长沙市芙蓉区五一大道1号 |\n"
    )
    assert analyze(text).redacted == text


def test_text_without_tables() -> None:
    assert tables("当事人：王五 | 男") == tables("") == ((), ())
