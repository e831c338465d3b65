import datetime as dt

import pytest

from redaction.engine import analyze
from redaction.holds import document_date, title_of
from redaction.policy import load_policy
from tests.redaction.conftest import make_id

DECISION = (
    "某局\n行政处罚决定书\n某罚决〔2024〕1号\n\n当事人：王五，男。\n{body}\n某局\n2024年5月6日\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "秘密★1年",
        "机密★5年",
        "绝密★长期",
        "机密 ★ 3年",
        "内部资料 注意保存",
        "此件不公开",
        "密级：机密",
        "公开属性：不予公开",
        "公开方式：依申请公开",
        "依申请公开",
        "本决定书涉及当事人的商业秘密，依法不予公开。",
        "本案涉及国家秘密，本决定书不予公开。",
        "★秘密 1年",  # the star first
        "秘密★",  # no period
        "机 密★3年",  # letter-spaced
        "秘密*6个月",  # an ASCII star with its period
        "密级：内部",
        "本决定书涉及个人隐私，依法不予公开。",
        "【不予公开】",
        "本件免予公开。",
        "公开选项：暂不公开",
        "附件载有权利人的商业秘密，本决定书不予公开。",
    ],
)
def test_confidentiality_markings_hold(body: str) -> None:
    assert analyze(DECISION.format(body=body)).held


@pytest.mark.parametrize(
    "body",
    [
        "本案不涉及国家秘密、商业秘密和个人隐私。",
        "该书系内部资料性出版物，委印单位未取得《内部资料性出版物准印证》",
        "未涉及商业秘密。",
        "当事人系初次违法。",
        "涉及个人隐私的信息依法不予公开。",
        "依法对涉及国家秘密的信息予以保密。",
        "经营场所内亦未公示收费标准。",
        "渣土运输车辆在运输建筑垃圾过程中未采取密闭措施。",
        "公开属性：主动公开",
        "密级：无",
        "本案听证不公开举行。",
        "当事人的配方不涉及**商业秘密**。",  # Markdown emphasis, not a marking
        # a claim the agency rejects, in the same sentence or the next
        "当事人称其进货渠道属于商业秘密，经审查，该信息已在其网店公开，不构成商业秘密。",
        "当事人称其进货渠道属于商业秘密。经审查，该信息不属于商业秘密。",
        "当事人涉嫌接纳未成年人进入网吧。",  # a minor mentioned, not the party
        "当事人的行为构成侵犯商业秘密的行为。",  # the offence
        "当事人提出其进货渠道属于商业秘密，本局经审查认为本决定书不涉及国家秘密、商业秘密。",
        "印刷内部资料性出版物《江山书画》（每册封面标注“内部资料　免费交流”）",  # quoted
    ],
)
def test_negations_and_ordinary_text_do_not_hold(body: str) -> None:
    assert not analyze(DECISION.format(body=body)).held


#: the day the test documents would be published (ages are counted on it)
PUBLISHED = dt.date(2024, 6, 1)


def test_minor_party_from_the_id_number_is_held() -> None:
    minor = make_id(born=dt.date(2008, 6, 2))
    text = f"行政处罚决定书\n当事人：王五，公民身份号码：{minor}。\n经查……\n2024年5月6日"
    assert analyze(text, today=PUBLISHED).reasons == ["当事人为未成年人（15岁）"]
    # the day the party turns 18 it no longer holds the document
    assert not analyze(text, today=dt.date(2026, 6, 2)).held
    assert analyze(text, today=dt.date(2026, 6, 1)).reasons == ["当事人为未成年人（17岁）"]


def test_a_party_who_was_a_minor_but_is_an_adult_now_is_published_masked() -> None:
    # DESIGN §4 holds "a party who is a minor": the age on the day of publication counts
    was_minor = make_id(born=dt.date(2003, 9, 1))
    text = (
        f"行政处罚决定书\n当事人：王小五，男，公民身份号码：{was_minor}。\n"
        "经查，王小五在校门口销售三无食品。\n某局\n2019年5月6日"
    )
    analysis = analyze(text, today=dt.date(2026, 11, 25))
    assert not analysis.held
    assert "王某" in analysis.redacted and "王小五" not in analysis.redacted
    assert was_minor not in analysis.redacted


def test_a_former_minor_party_is_masked_even_by_a_policy_that_names_parties() -> None:
    named = load_policy("named-party")
    was_minor = make_id(born=dt.date(2003, 9, 1))
    adult = make_id(born=dt.date(1990, 1, 1))
    decision = (
        "行政处罚决定书\n当事人：王小五，男，公民身份号码：{id}。\n"
        "经查，王小五在校门口销售三无食品。\n某局\n2019年5月6日"
    )
    young = analyze(decision.format(id=was_minor), named, today=dt.date(2026, 11, 25))
    assert not young.held
    assert "王小五" not in young.redacted and young.redacted.count("王某") == 2
    grown = analyze(decision.format(id=adult), named, today=dt.date(2026, 11, 25))
    assert grown.redacted.count("王小五") == 2


def test_adult_party_and_minor_witness_are_not_held() -> None:
    adult = make_id(born=dt.date(2006, 5, 6))  # 18 on the document date
    minor = make_id(born=dt.date(2010, 1, 1))
    text = (
        f"行政处罚决定书\n当事人：王五，公民身份号码：{adult}。\n"
        f"经查，证人赵六（身份证号码：{minor}）证实。\n2024年5月6日"
    )
    assert not analyze(text, today=dt.date(2024, 5, 6)).held


def test_a_birth_date_is_not_the_document_date() -> None:
    # no date under the signature: the birth date is the last full date, but not the date the
    # document was made (the party would be 0 years old)
    text = (
        "不予行政处罚决定书\n当事人：张明华，男，1985年3月2日出生。\n"
        "经查，当事人于2023年5月销售过期食品。"
    )
    assert not analyze(text, today=PUBLISHED).held
    assert not analyze(text, today=PUBLISHED, policy=load_policy("named-party")).redacted.count(
        "张某"
    )
    born = "当事人：王五，出生日期：2008年6月1日。经查，2024年5月6日在店内销售……"
    assert analyze("行政处罚决定书\n" + born, today=PUBLISHED).reasons == [
        "当事人为未成年人（16岁）"
    ]


@pytest.mark.parametrize(
    "born, reason",
    [
        ("出生日期：2009-03-04", "当事人为未成年人（15岁）"),
        ("出生日期：2009.3.4", "当事人为未成年人（15岁）"),
        ("出生日期：２００９年３月４日", "当事人为未成年人（15岁）"),
        ("二〇〇九年三月四日出生", "当事人为未成年人（15岁）"),
        ("出生日期：20090304", "当事人为未成年人（15岁）"),
        # a month without its day: the youngest the party can be (born on its last day)
        ("2006年6月出生", "当事人为未成年人（17岁）"),
        ("出生年月：2006年5月", None),
    ],
)
def test_birth_dates_in_every_form_count(born: str, reason: str | None) -> None:
    text = f"当场行政处罚决定书\n当事人：王五，男，{born}。\n经查……\n2024年5月6日"
    assert analyze(text, today=PUBLISHED).reasons == ([reason] if reason else [])


def test_minor_party_on_a_printed_form() -> None:
    minor = make_id(born=dt.date(2008, 11, 26))
    text = (
        "当场行政处罚决定书\n被处罚人姓名__萧娜晶__  性别__男__  出生年月日__2008年11月26日__\n"
        f"居民身份证号码__{minor}__\n2025年3月1日"
    )
    assert analyze(text, today=dt.date(2026, 11, 25)).held
    assert not analyze(text, today=dt.date(2026, 11, 26)).held


def test_minor_party_by_age_at_the_time() -> None:
    text = "行政处罚决定书\n当事人：王五，男，时年15周岁，住本市。\n某局\n2025年6月1日"
    assert analyze(text, today=dt.date(2026, 11, 25)).held
    assert not analyze(text.replace("2025年", "2015年"), today=dt.date(2026, 11, 25)).held


def test_minor_party_stated_in_words() -> None:
    assert analyze("行政处罚决定书\n当事人：王五（未成年人），男\n2024年5月6日").held
    assert analyze("行政处罚决定书\n当事人：王五，系未成年人。\n2024年5月6日").held
    # the party's line mentions minors, but the party is not one
    text = "行政处罚决定书\n当事人：热依拉·艾尔肯，经营网吧，涉嫌接纳未成年人\n2024年5月6日"
    assert not analyze(text).held


def test_minor_party_in_a_form_table() -> None:
    text = (
        "当场行政处罚决定书\n| 项目 | 内容 |\n|---|---|\n| 被处罚人 | 苗振香 |\n"
        "| 出生日期 | 2010年6月14日 |\n2026年5月6日"
    )
    assert analyze(text, today=PUBLISHED).reasons[0].startswith("当事人为未成年人")


def test_ages_of_people_below_a_company_party_do_not_hold() -> None:
    text = (
        "责令改正通知书\n当事人：宝鸡市盛达网络科技有限公司\n法定代表人：冯俊焱\n\n"
        "    本局执法人员检查发现未成年人薛宇（现年14岁）在场内上网。\n2026年10月9日"
    )
    assert not analyze(text, today=PUBLISHED).held


def test_the_health_reason_names_no_one() -> None:
    text = "行政处罚决定书\n当事人：某诊所\n患者苗壮（身份证号410305196008013538）因糖尿病住院。"
    (reason,) = analyze(text).reasons
    assert "苗壮" not in reason and "4103" not in reason


def test_minor_party_from_a_stated_age() -> None:
    text = "当场行政处罚决定书\n被处罚人姓名：王五  年龄：16  性别：男\n2024年5月6日"
    assert analyze(text, today=PUBLISHED).reasons == ["当事人为未成年人（16岁）"]
    # one year on the party may be 18 already, but is not certainly: still held
    assert analyze(text, today=dt.date(2025, 6, 1)).held
    # two years on the party is 18 at least
    assert not analyze(text, today=dt.date(2026, 5, 6)).held
    # without a date the age is taken as today's
    undated = "当场行政处罚决定书\n被处罚人姓名：王五  年龄：16  性别：男\n"
    assert analyze(undated, today=dt.date(2030, 1, 1)).held
    # the name of a party who was 16 is masked by the policy that names parties
    named = analyze(text, load_policy("named-party"), today=dt.date(2030, 1, 1))
    assert not named.held and "王五" not in named.redacted


@pytest.mark.parametrize(
    "title, held",
    [
        ("询问笔录", True),
        ("现场检查笔录", True),
        ("行政处罚审批表", True),
        ("送达回证", True),
        ("行政处罚决定审批表", True),
        ("行政处罚案件结案报告", True),
        ("询 问 笔 录", True),  # spaced out to fill the line
        ("行政处罚决定书", False),
        ("不予行政处罚决定书", False),
        ("责令改正通知书", False),
        ("行政处罚听证告知书", False),
        ("查封、扣押决定书", False),
    ],
)
def test_process_documents(title: str, held: bool) -> None:
    assert analyze(f"某局\n{title}\n\n当事人：王五\n").held is held


def test_document_date_is_the_last_date() -> None:
    assert document_date("2019年1月2日立案……\n二〇二四年五月六日") == dt.date(2024, 5, 6)
    assert document_date("2019年1月2日立案……2020年12月30日") == dt.date(2020, 12, 30)
    assert document_date("无日期") is None
    assert document_date("生于2001年2月3日", skip=[(2, 11)]) is None


def test_title() -> None:
    assert title_of("某某市某某局\n行政处罚决定书\n某罚〔2024〕1号") == "行政处罚决定书"


@pytest.mark.parametrize(
    "sentence",
    [
        "经调查，当事人经长沙市第一医院诊断为抑郁症，",
        "当事人患有精神分裂症，",
        "当事人系精神病人，在不能辨认自己行为时实施了上述行为。",
        "当事人系肢体残疾（残疾人证号：略），",
        "受害人王五经鉴定为轻伤二级。",
        "当事人系孕妇，且已怀孕7个月，",
        "当事人正处于哺乳期，",
        "证人李四系HIV阳性感染者，",
        "当事人患有高血压，",  # an illness without 病 or 症 in its name
        "其母亲患有阿尔茨海默病，",
        "经诊断为精神分裂症患者，",
        "称患者苗壮（1960年8月1日出生）因2型糖尿病合并肾功能不全在门诊部就诊时，",
        "入住老人覃某（86岁，患阿尔茨海默病），",
        "左小腿开放性骨折，被工友送往医院救治，住院12天，",
    ],
)
def test_health_statements_are_held(sentence: str) -> None:
    text = f"不予行政处罚决定书\n当事人：王五\n{sentence}决定不予行政处罚。\n2024年5月6日"
    assert analyze(text).reasons[0].startswith("健康信息：")


@pytest.mark.parametrize(
    "sentence",
    [
        "当事人安排未取得健康证明的人员从事接触直接入口食品的工作，",
        "4.受害人李璐薇的病历资料1份；",  # a record listed as evidence, not published
        "根据《食品安全法》，患有有碍食品安全疾病的人员不得从事接触直接入口食品的工作，",
        "该药品说明书未标注孕妇禁用，",
        "当事人未取得医师资格从事诊断活动，",
        "当事人未办理卫生许可证，",
        "依法禁止患有精神疾病的人驾驶机动车，",
        "从业人员患有传染病者不得上岗，",
        "推搡欧阳芳，致其轻微擦伤（未构成轻微伤），",
    ],
)
def test_health_words_that_are_not_about_a_person(sentence: str) -> None:
    text = f"行政处罚决定书\n当事人：王五\n{sentence}罚款500元。\n2024年5月6日"
    assert analyze(text).reasons == []


def test_health_hold_can_be_turned_off(tmp_path) -> None:
    policy = tmp_path / "agency.yaml"
    policy.write_text("extends: spc-2016\nhold:\n  health: false\n", encoding="utf-8")
    text = "行政处罚决定书\n当事人：王五，患有精神分裂症。\n2024年5月6日"
    assert not analyze(text, load_policy(policy)).held
