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


def test_tables_drawn_with_box_bars_or_tabs() -> None:
    text = (
        "拖欠下列工人工资：\n│姓名│身份证号│开户行及卡号│金额│\n"
        "│包勇兴│略│银行 6230 5808│11900元│\n"
        "序号\t姓名\t身份证号码\t工资卡号\t拖欠金额（元）\n1\t东方鑫\t略\t6212261175\t14100.00\n"
    )
    cells = {(c.label, text[c.start : c.end]) for c in tables(text).cells}
    assert ("姓名", "包勇兴") in cells and ("开户行及卡号", "银行 6230 5808") in cells
    assert ("姓名", "东方鑫") in cells and ("工资卡号", "6212261175") in cells
    assert in_header(text, text.find("身份证号"))


def test_a_row_of_words_with_tabs_is_no_table() -> None:
    assert tables("甲\t乙\t丙\n1\t2\t3\n").cells == ()
