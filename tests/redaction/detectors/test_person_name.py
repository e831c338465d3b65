import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redaction.detectors import DocumentContext
from redaction.detectors.person_name import (
    ADDRESSEE_HINTS,
    ADDRESSEE_RE,
    CUE_RE,
    SALUTATION_HINTS,
    SALUTATION_RE,
    SPACED_LABEL_HINTS,
    SPACED_LABEL_RE,
    PersonNameDetector,
    cue_matches,
    line_matches,
    parse_name_at,
)
from redaction.engine import analyze


def names(text: str, allow: frozenset[str] = frozenset()) -> set[str]:
    return {f.entity for f in PersonNameDetector().analyze(text, DocumentContext(allow))}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("当事人：王建国\n性别：男", {"王建国"}),
        ("当事人：欧阳明，性别：男", {"欧阳明"}),
        ("被处罚人：阿依古丽·买买提，女", {"阿依古丽·买买提"}),
        ("违法行为人：李四。", {"李四"}),
        ("经营者：尉迟英娟\n", {"尉迟英娟"}),
        ("本机关接到投诉人陈莲（联系电话：略）投诉", {"陈莲"}),
        ("将乘客李鸿从平舆县运送至高铁站", {"李鸿"}),
        ("发现从业人员唐振清、吕明利未取得健康证明", {"唐振清", "吕明利"}),
        ("调查期间，汪德福的儿子汪宇成代为提供", {"汪德福", "汪宇成"}),
        ("证人赵明强（身份证号码：略）证实", {"赵明强"}),
        ("当班网管李鑫恒未核对其身份证件", {"李鑫恒"}),
        ("项目负责人熊英珍（联系电话：略）", {"熊英珍"}),
        ("当事人：禚思慧，女", {"禚思慧"}),  # surname missing from the list
        ("王建国：\n    经查，你于2024年3月1日", {"王建国"}),  # the addressee of a notice
        ("| 当事人 | 欧阳明 |", {"欧阳明"}),  # a Markdown table
        ("被处罚人姓名：李 建 国  性别：男", {"李建国"}),  # spaced out
        ("受害人钟离春（男，35岁）", {"钟离春"}),
        ("现场正在为输液人吴勇波进行治疗", {"吴勇波"}),
        ("证人赵蠡（身份证号码：略）证实", {"赵蠡"}),  # a rare given name
        ("证人赵珏证实", {"赵珏"}),
        ("开户行：某银行，户名：钱多多，账号：略", {"钱多多"}),
        ("由其子王小明代为签收", {"王小明"}),
        ("当事人何昉，男，汉族", {"何昉"}),
        ("证人李娜、王芳和赵敏证实", {"李娜", "王芳", "赵敏"}),  # a role word we do not list
        ("当班值守人员李鑫恒未核对其身份证件", {"李鑫恒"}),
        ("驾驶员买买提•艾力（身份证号码：略）", {"买买提·艾力"}),
        ("7.证人王五.另查明，王五无异议", {"王五"}),
        ("该店负责人王五未能提供进货票据", {"王五"}),
        # a longer role word hiding a shorter one that overlaps it (当事人之|子, 其妻|子)
        ("当事人之子胡一鸣在店内帮忙", {"胡一鸣"}),
        ("当事人张三与其妻子李四共同经营。李四亦未提供票据", {"张三", "李四"}),
        # role words of other document kinds (举报, 申诉, 扣押 …)
        ("检举人赵德胜反映，某店铺销售假酒", {"赵德胜"}),
        ("控告人孙丽丽称其在该店购买的商品有质量问题", {"孙丽丽"}),
        ("房主周国强将房屋出租给他人", {"周国强"}),
        ("受害者吴小燕在事故中受伤", {"吴小燕"}),
        ("被检举人：郑海涛，男", {"郑海涛"}),
        ("扣押物品保管人：冯玉兰", {"冯玉兰"}),
        ("被处罚人姓名 | 王小平 | 性别 | 男 |", {"王小平"}),  # a 当场处罚 form table
        ("刘建军：\n经查，你于2023年5月1日占道经营，责令你于6月1日前改正。", {"刘建军"}),
        # the addressee of a hearing or rectification notice
        ("陈晓东：本机关拟对你作出罚款500元的行政处罚。", {"陈晓东"}),
        # labels between the role word and the name on printed forms
        ("当事人（姓名）：孙立\n", {"孙立"}),
        ("被处罚人姓名/名称：钱进\n", {"钱进"}),
        ("被处罚人(名称/姓名)：马晓红，", {"马晓红"}),
        ("陈晓东先生：\n本机关拟对你作出罚款500元的行政处罚。", {"陈晓东"}),
        ("致：周丽华\n经查，你在……", {"周丽华"}),
        # owners, bystanders, interpreters and bare form labels
        ("房屋所有权人：黎秋菊。", {"黎秋菊"}),
        ("在场人员：卢晓雯、何锦涛。", {"卢晓雯", "何锦涛"}),
        ("翻译人员：阿卜杜拉·买买提。", {"阿卜杜拉·买买提"}),
        ("姓名/名称：唐明亮", {"唐明亮"}),
        # form lines with one space between fields
        ("被处罚人：刘强 性别：男 年龄：30", {"刘强"}),
        ("姓名：欧阳娜 民族：汉", {"欧阳娜"}),
        ("当事人：王 强 性别：男", {"王强"}),
        ("驾驶人：李四 驾驶证号：略", {"李四"}),
        ("被处罚人 程敏 身份证号 4406", {"程敏"}),  # labels and values parted by spaces only
        # spaced-out labels of any role, and the 负责人 of a sole trader
        ("当事人：某某店（个体工商户）\n负　责　人：邵海波\n", {"邵海波"}),
        ("姓 名 / 名 称：热合曼·吐尔逊\n", {"热合曼·吐尔逊"}),
        ("证　　人：赵明强\n", {"赵明强"}),
        ("经营场所：某烧烤店（个体工商户）　负责人：白悦婷\n", {"白悦婷"}),
        # 为/是 between the role word and the name; job titles and classmates
        ("现场涉案车辆的车主为叶桂兰。", {"叶桂兰"}),
        ("该房屋的房屋所有权人为邓璐莲（不动产权证号：略）", {"邓璐莲"}),
        ("钱婵莉称系受同学顾伊雁邀请。", {"钱婵莉", "顾伊雁"}),  # 称系: a person speaks
        ("**徐华然**（业主，不动产权证号：辽（2021）甘井子区不动产权第3934858号）：\n", {"徐华然"}),
        ("秦蓓筠称店长助理林希当日休假", {"秦蓓筠", "林希"}),
        ("称车辆系公司调度员范咏安排出车", {"范咏"}),  # 安排 is the verb
        ("由承包人向欣凤（手机：略）组织施工", {"向欣凤"}),  # 向 is a surname after a role word
        # a rarer given name, confirmed by another mention
        ("事故造成受害人石秋实车辆受损，石秋实称其车辆停放在路边", {"石秋实"}),
        # lists after a role word: 、和及与 and commas that go on with the list; names masked
        # already in the list; prepositions that are surnames after the first name
        ("游客韦月、韩豪嘉和刘永胜在景区", {"韦月", "韩豪嘉", "刘永胜"}),
        ("强迫游客阮梅，韩梅及计春在", {"阮梅", "韩梅", "计春"}),
        ("在读学员包括赵力英、农淑梅和覃雪", {"赵力英", "农淑梅", "覃雪"}),
        ("租户次仁多吉、于娜、罗玉大等9人", {"次仁多吉", "于娜", "罗玉大"}),
        ("证人蒋某3、其其格（联系电话：略）", {"其其格"}),
        ("另有零工于玉未提供银行卡", {"于玉"}),
        ("证人张三，周一到店", {"张三"}),  # a comma ends the list unless it goes on
        # names without a Chinese surname: Tibetan, Mongolian, Yi, Japanese, Vietnamese
        ("经营者：斯琴高娃\n", {"斯琴高娃"}),
        ("2、吉克阿依，女，身份证号：略", {"吉克阿依"}),
        ("授课人员渡边浩二未取得教师资格证", {"渡边浩二"}),
        ("克扣员工黎氏梅、央金拉姆及东方思加班工资", {"黎氏梅", "央金拉姆", "东方思"}),
        # 月 ends a given name where a delimiter follows
        ("学员上官月（身份证号：略）", {"上官月"}),
        ("7. 万强月，女，身份证号：略", {"万强月"}),
        ("（真实姓名尉迟月胜，手机号码：略）", {"尉迟月胜"}),
        ("向计某之子计鸣支付租金", {"计鸣"}),
        ("强迫游客帕提古丽·依明、师春、韦玲等11人在", {"帕提古丽·依明", "师春", "韦玲"}),
        ("搭载乘客计婷、胡娜娜、山本美咲等7人前往", {"计婷", "胡娜娜", "山本美咲"}),
        ("另有零工于月佳未提供银行卡", {"于月佳"}),
        ("商品系从卖家时大处进货", {"时大"}),
        ("（真实姓名吾买尔江·艾买提，手机号码略）", {"吾买尔江·艾买提"}),
        ("游客TANAKA YUKI（日本籍，护照号：略）", {"TANAKA YUKI"}),
        ("外籍买家Maria Garcia Lopez（西班牙籍）", {"Maria Garcia Lopez"}),
        # forms' notes on whom a field names, more roles and job titles, quoted names
        ("车主（所有人）：杜玉\n", {"杜玉"}),
        ("紧急联系人：萧洋丽\n", {"萧洋丽"}),
        ("船长：黎娥琳\n", {"黎娥琳"}),
        ("当事人的厨师长曹婷、收银员王芳未取得健康证明", {"曹婷", "王芳"}),
        ("当事人的车间主任陆桂悦称", {"陆桂悦"}),
        ("安全管理员“邵胜”表示", {"邵胜"}),
        ("为其子侯涵结婚所用", {"侯涵"}),
        ("由当事人雇请的叶超慧、阿依古丽·买买提等5人完成", {"叶超慧", "阿依古丽·买买提"}),
        ("5.“徐明诚”的微信聊天记录截图；", {"徐明诚"}),
        ("美国籍人员约翰·威廉姆斯（护照号码：略）", {"约翰·威廉姆斯"}),
        # word-like names after role words; names in lists of people without a role word
        ("当事人的车间主任杨柳承认", {"杨柳"}),
        ("驾驶员胡杨称", {"胡杨"}),
        ("2024年2月9日，游客万里投诉称", {"万里"}),
        ("叉车由杨华驾驶，杨华亦无特种作业操作证", {"杨华"}),
        ("程思宇等人未佩戴安全带", {"程思宇"}),
        ("魏悦军等四名游客被迫购买玉器", {"魏悦军"}),
        # no role word: a name in running text all the same (redaction.narrative)
        ("陈大文（CHAN TAI MAN）", {"陈大文", "CHAN TAI MAN"}),
        ("当事人：陈大文（CHAN TAI MAN），男", {"陈大文", "CHAN TAI MAN"}),
        ("组织韩国籍演员KIM MIN JUN（金敏俊，护照号码略）演出", {"金敏俊", "KIM MIN JUN"}),
        # 栋 is a given-name character (国栋), not only a building's
        ("经营者本人吴国栋签收。", {"吴国栋"}),
        ("人员Emily CHEN（陈艾米，护照号码：AB2501208）亦证实", {"Emily CHEN", "陈艾米"}),
        # Uyghur names without a dot, longer than four characters; a Mongolian name
        ("就餐顾客努尔古丽艾买提在现场反映", {"努尔古丽艾买提"}),
        ("当事人称开垦系与其女婿朝鲁门商量后进行", {"朝鲁门"}),
        # after a role word, a name that is a word or has rare characters, then a verb
        ("消费者宋词购买后向本局举报", {"宋词"}),
        ("接诊医师田野未按规定书写", {"田野"}),
        ("经与车主唐和平（电话略）", {"唐和平"}),
        ("由翻译张和平协助询问", {"张和平"}),
        ("房东曾犇犇（电话略）", {"曾犇犇"}),
        ("操作工眭燚鑫称其入职后直接上岗", {"眭燚鑫"}),
        ("附近村民白云反\n映，沟渠异味", {"白云"}),  # the verb across a PDF's wrap
        # 发 starts 发生, not the end of the name
        ("与受害人欧阳芳发生争执，并推搡欧阳芳", {"欧阳芳"}),
        # the people of a mandate; a party's own contact; an operator noted in a form
        ("汪建华受金星委托，代为管理", {"汪建华", "金星"}),
        ("由其委托郑来福（其子）办理", {"郑来福"}),
        ("当事人：某有限公司\n联系人：曾桂芳　联系电话：略\n经查，", {"曾桂芳"}),
        ("当事人名称：鹿邑县乐购烟酒商行\n负责人（经营者）：冉晓东　性别：女", {"冉晓东"}),
        ("其丈夫岩温从外地购回", {"岩温"}),  # a Dai name
        ("被处罚人安娜·科瓦尔斯卡，英文名Anna KOWALSKA，波兰籍", {"安娜·科瓦尔斯卡"}),
        # names with 来; surnames that are time or road words, in lists
        ("卜某、舒来华系父子", {"舒来华"}),
        ("阳某、苗某、邓芬来等7人", {"邓芬来"}),
        ("招收景某、高某、时艳向、舒某一等", {"时艳向"}),
        (
            "招收毕晨昌、查福洋、霍敏东、路丹华等21名中小学生",
            {"毕晨昌", "查福洋", "霍敏东", "路丹华"},
        ),
        ("5. 时润根，男，身份证号略", {"时润根"}),
        ("张三来到现场", {"张三"}),
        ("护理员邵汐丽未经培训上岗", {"邵汐丽"}),
        # more role words: names that are words after them
        ("带货主播林夏（微信号略）在直播中宣称", {"林夏"}),
        ("报警人江山称其被殴打", {"江山"}),
        ("乘车人甘露未系安全带", {"甘露"}),
        # foreign names: Latin letters (accents, apostrophes, initials), both scripts, dotted
        # names that end before the sentence goes on, hyphens
        ("1. SMITH John Michael，男，美国籍", {"SMITH John Michael"}),
        ("经纪联络人Pablo RUIZ称", {"Pablo RUIZ"}),
        ("翻译人员Natalia KIM（娜塔莉亚·金）担任翻译。", {"Natalia KIM", "娜塔莉亚·金"}),
        ("Emily Rose HARGREAVES的投诉及证言证实", {"Emily Rose HARGREAVES"}),
        ("当事人道列特·努尔兰诺夫经霍尔果斯公路口岸出境", {"道列特·努尔兰诺夫"}),
        (
            "演员为法国籍Jean-Luc MOREAU（让-吕克·莫罗，护照略）",
            {"Jean-Luc MOREAU", "让-吕克·莫罗"},
        ),
        (
            "与其同住的伊琳娜·库兹米娜（KUZMINA Irina，护照略）",
            {"伊琳娜·库兹米娜", "KUZMINA Irina"},
        ),
        # a clinic named after its 负责人: a natural person's business
        ("吕怡永诊所：\n（地址：大理市环城南路88号；负责人：吕怡永）", {"吕怡永"}),
    ],
)
def test_private_names(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "执法人员：张明凯（执法证号：51010420190444）、曹薇（执法证号：51019221460）",
        "本机关执法人员崔莲洁、冯俊凯对当事人的经营场所进行检查",
        "法定代表人：袁凯豪，职务：总经理",
        "当事人的法定代表人袁凯豪在询问笔录中确认",
        "当事人委托史宇松律师提出陈述、申辩",
        "委托代理人：李明，湖南某某律师事务所律师",
        "法定代表人：陈博，职务：执行董事，联系电话：略",
        "职务：董事长，联系电话：略",
        "当事人：武义县德润老街饮品店（个体工商户）",
        "当事人：长沙市同创文化传媒有限公司",
        "经查：2019年1月22日，本机关执法人员在巡查中发现",
        "当事人对上述违法事实无异议",
        "当事人安排未取得健康证明的人员上岗",
        "5.从业人员花名册1份；",
        "系当事人之妻子，身份证号码：略",
        "性别：女，民族：苗族，出生日期：略",
        "证件类型：港澳居民来往内地通行证",
        "经查：你于2023年5月1日在五一大道占道经营",
        "权利：你有权要求举行听证",
        "同志们：你们好",
        "当事人：长沙某某有限公司\n负责人：李四",  # an organisation's 负责人 is public
        "执 法 人 员：刘洋",
        "行 政 处 罚 决 定 书",
        "当事人为个体工商户",
        "工作人员为顾客提供服务",
        "经营者为其提供便利",
        "投诉人为维护自身权益",
        "委 托 代 理 人：孔嘉海，湖南天平律师事务所律师，执业证号：略",
        "依据《中华人民共和国消费者权益保护法》第五十三条",  # a statute's title
        "当事人于2024年3月5日向本机关提交材料",
        "当事人和投诉人均到场",
        "当事人对其行为无异议",
        "李处长到场",
        "樊城区长江路74号",
        "长沙某某公司的陈述",
        "侵害消费者权益的行为",
        "当事人能够提供进货凭证",  # a verb, then a verb
        "当事人车间操作工詹某称",  # a common noun
        "当事人在人民路、中山路开展",
        "国籍：尼日利亚，护照号码：略",  # a country
        "擅自在门头及网络平台使用他人商标",
        "| 姓名 | 执法证件号 |\n|---|---:|\n| 沈　杰 | 21021181411 |",  # officers
        "一日游团队被导游强制安排进入购物店",
        "当事人安全管理人员未到岗",
        "货主方现场负责人称",
        "厨师刘师傅称自己只负责",  # a form of address
        "当事人常年在周边社区销售",  # an adverb after a role word
        "项目（施工许可证号：1234）",  # 施工: a verb, not a role noun ending with 工
        "当事人：某某有限公司分公司\n经查，负责人简亮眉，经理。",  # a branch's head
        # every officer on their line, numbers between them
        "执法人员：汪蓉晗　湘43105551　　倪娅倩　湘43564950\n请与倪娅倩联系",
        "保护消费者权益（略）",
    ],
)
def test_public_or_no_names(text: str) -> None:
    assert names(text) == set()


def test_every_later_mention_is_found_also_narrative_only() -> None:
    text = (
        "当事人：汪德福\n    经查，汪德福在其房屋…。汪 德 福对上述事实无异议。"
        "7.汪德福的身份证复印件"
    )
    found = PersonNameDetector().analyze(text, DocumentContext())
    assert [f.text for f in found] == ["汪德福", "汪德福", "汪 德 福", "汪德福"]
    assert all(text[f.start : f.end] == f.text for f in found)


def test_a_person_named_like_a_city_leaves_the_city() -> None:
    text = "当事人：金华，男。金华市某局决定：对金华罚款。"
    found = PersonNameDetector().analyze(text, DocumentContext())
    assert [text[f.start : f.end + 1] for f in found] == ["金华，", "金华罚"]


def test_officer_from_the_roster_is_never_masked() -> None:
    text = "证人张明凯（身份证号码：略）。执法人员张明凯"
    assert names(text, frozenset({"张明凯"})) == set()


def test_a_private_role_word_before_a_name_overrides_the_roster() -> None:
    # the tourist 万里 is not the officer 万里 of the roster; an officer named as one is
    assert names("游客万里投诉称，万里与魏悦军系同事", frozenset({"万里"})) == {"万里", "魏悦军"}
    assert names("游客万里投诉称。执法人员：万里（执法证号：123）", frozenset({"万里"})) == set()


def test_a_person_interviewed_is_no_officer_of_the_roster() -> None:
    text = "先行登记保存，交由万里保管。以上事实有对万里的询问笔录等证据证实。"
    assert names(text, frozenset({"万里"})) == {"万里"}


def test_a_private_name_inside_a_longer_officer_name_is_kept() -> None:
    text = "证人李松（联系电话：略）证实。执法人员：李松林（执法证号：123）"
    found = PersonNameDetector().analyze(text, DocumentContext())
    assert [f.text for f in found] == ["李松"]


def test_one_person_whatever_the_dot() -> None:
    text = "驾驶员买买提•艾力（身份证号码：略）称，买买提・艾力系初次违法"
    found = PersonNameDetector().analyze(text, DocumentContext())
    assert {f.entity for f in found} == {"买买提·艾力"}
    assert [f.text for f in found] == ["买买提•艾力", "买买提・艾力"]


def test_party_role_is_marked() -> None:
    text = "当事人：王五，男。证人赵六（男）"
    roles = {f.entity: f.role for f in PersonNameDetector().analyze(text, DocumentContext())}
    assert roles == {"王五": "party", "赵六": "other"}


@pytest.mark.parametrize("text, name", [("王某对", None), ("张××的", None), ("李鸿从", "李鸿")])
def test_masked_forms_are_not_names_again(text: str, name: str | None) -> None:
    parsed = parse_name_at(text, 0, delimited=False)
    assert (parsed[0] if parsed else None) == name


@pytest.mark.parametrize(
    "text, expected",
    [
        ("当事人：张有才，男", {"张有才"}),  # 有 would end a name in running text
        ("当事人：王和平\n", {"王和平"}),
    ],
)
def test_field_values_keep_every_character(text: str, expected: set[str]) -> None:
    assert names(text) == expected


def test_a_name_read_one_character_too_long_still_masks_the_short_mentions() -> None:
    text = "现场正在为患者刘洋进行输液。6.患者刘洋的询问笔录。"
    found = PersonNameDetector().analyze(text, DocumentContext())
    assert [f.text for f in found] == ["刘洋", "刘洋"]
    assert {f.entity for f in found} == {"刘洋"}


LINE_PIECES = st.sampled_from(
    ["\n", " ", "\u3000", "：", ":", "#", "*", "|", "（", "）", "(", ")", "\t", "，"]
    + ["王建国", "张三", "姓", "名", "当", "事", "人", "经", "营", "者", "被", "处", "罚", "·"]
    + ["致", "你", "先生", "女士"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(LINE_PIECES, max_size=60).map("".join))
def test_line_anchored_patterns_tried_on_hinted_lines_only(text: str) -> None:
    """The prefilters of find_seeds find what scanning the whole text finds."""
    for pattern, hint in (
        (SPACED_LABEL_RE, SPACED_LABEL_HINTS),
        (SALUTATION_RE, SALUTATION_HINTS),
        (ADDRESSEE_RE, ADDRESSEE_HINTS),
    ):
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in line_matches(pattern, hint, text)] == expected


CUE_PIECES = st.sampled_from(
    ["当事人", "事人", "执法人员", "人员", "法定代表人", "代表人", "姓名", "证人", "其子", "之子"]
    + list(" \u3000*＊_：:\t|｜姓名王张李，。\n的对A（()）/／称")
)


@settings(max_examples=400, deadline=None)
@given(st.lists(CUE_PIECES, max_size=40).map("".join))
def test_role_words_found_from_the_reversed_text(text: str) -> None:
    expected = [(m.span(), m.groups()) for m in CUE_RE.finditer(text)]
    assert [(m.span(), m.groups()) for m in cue_matches(text)] == expected


def test_spaced_cjk_patterns_find_what_the_class_pattern_finds() -> None:
    import random

    from redaction.detectors.person_name import SPACED_CJK_RE, SPACED_CJK_RES

    rnd = random.Random(7)
    for _ in range(5000):
        text = "".join(rnd.choice("王五 \u3000a\n李·") for _ in range(rnd.randint(0, 30)))
        spans = sorted(m.span() for r in SPACED_CJK_RES for m in r.finditer(text))
        assert spans == [m.span() for m in SPACED_CJK_RE.finditer(text)]


@pytest.mark.parametrize(
    "text, gone, kept",
    [
        # a PDF wrapped the line inside a name: the seed and its later mentions
        (
            "本机关于2024年3月5日接到消费者陈\n佳豪（电话：略）投诉，称陈佳豪购买的",
            ["陈\n佳豪", "陈佳豪"],
            ["陈某（电话"],
        ),
        (
            "当事人：卢浩琴，女。\n2023年5月6日，本机关执法人员在巡查中发现，卢\n浩琴在其所有的房屋内",
            ["浩琴"],
            ["发现，卢某在其"],
        ),
        (
            "当事人：王建国，男。\r\n经查，当事人的行为违反了有关规定，王建\r\n  国对此无异议",
            ["建"],
            ["王某对此"],
        ),
        # the role word itself cut by the wrap, or the wrap right after it
        (
            "经查，当事人在经营活动中存在上述违法行为，调查期间其\n子严宇到场配合调查，严宇称",
            ["严宇"],
            ["严某到场"],
        ),
        (
            "本机关于2024年3月5日接到举报，经查，消费者\n陈佳豪（电话：略）投诉",
            ["陈佳豪"],
            ["陈某（电话"],
        ),
        # a short line ends its field: the next line is not part of the name
        ("当事人：王五\n男，汉族", ["王五"], ["王某\n男"]),
        ("委托代理人：王五，系当事人的朋友，联系电话王五\n联系电话：略", ["王五"], ["联系电话："]),
    ],
)
def test_names_across_a_wrapped_line(text: str, gone: list[str], kept: list[str]) -> None:
    redacted = analyze(text).redacted
    assert not [g for g in gone if g in redacted], redacted
    assert all(k in redacted for k in kept), redacted


@pytest.mark.parametrize(
    "text, mentions",
    [
        (
            "违法行为人：John Michael SMITH（中文译名：约翰·迈克尔·史密斯），男",
            ["John Michael SMITH", "约翰·迈克尔·史密斯"],
        ),
        ("当事人：王小五（曾用名：王晓武），男", ["王小五", "王晓武"]),
        ("船上人员向阳（绰号“向老四”）见执法", ["向阳", "向老四"]),
    ],
)
def test_other_names_in_brackets_are_masked(text: str, mentions: list[str]) -> None:
    found = PersonNameDetector().analyze(text, DocumentContext())
    assert [f.text for f in found] == mentions
    assert len({f.entity for f in found}) == 1


def test_another_name_in_brackets_is_the_same_person() -> None:
    redacted = analyze("当事人：王小五（曾用名：王晓武），男。证人王五称，王晓武…").redacted
    assert redacted == "当事人：王某1（曾用名：王某1），男。证人王某2称，王某1…"
