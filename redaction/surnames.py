"""Chinese surnames: the common single-character ones and the compound ones (复姓).

A name candidate must start with one of these, which is what keeps ordinary words that follow
a role word (当事人对…) from being taken for names.
"""

from __future__ import annotations

SINGLE = frozenset(
    "眭蹇隗郄劭丌"  # rare ones
    "岩玉"  # the first characters of Dai names (岩温, 玉香)
    "时路"  # (a time word, a road: not in running text, only in a field, a list or after a cue)
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱丘江尹薛闫阎段雷侯龙史陶黎"
    "贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿"
    "关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
    "祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
    "全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆"
    "乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖"
    "漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况"
    "那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植"
    "衡富尧闭由禤佴贲"
    # the rest of the Hundred Family Surnames (百家姓) and rarer modern ones
    "褚水昌凤酆乐卞贝臧伏滑钮荀甄羿汲邴糜松宓蓬郗仰秋暴钭蓟韶怀鄂咸籍能苍双莘贡逄宰郦郤璩"
    "寿扶堵充习宦鱼庾终暨步弘禄殳沃蔚夔厍訾乜养须巢蒯后竺益桓仉督鬱归缑郈琴牟伯赏墨谯笪年爱"
    "言福法汝钦禚琚郇覃揣冮粘黑兀撒买艾托木"
    # Traditional forms (names of Hong Kong, Macao and Taiwan residents: 陳大文, 黃淑芬)
    "陳黃劉張楊趙吳鄭馮許鄧蕭葉蘇盧魏韓羅謝馬孫錢鍾譚陸閻龔嚴顏莊聶歐賴鄒溫華"
)

COMPOUND = frozenset(
    (
        "欧阳",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "宇文",
        "司徒",
        "令狐",
        "夏侯",
        "端木",
        "独孤",
        "南宫",
        "西门",
        "澹台",
        "公冶",
        "宗政",
        "濮阳",
        "淳于",
        "单于",
        "太叔",
        "申屠",
        "轩辕",
        "钟离",
        "闾丘",
        "司空",
        "亓官",
        "司寇",
        "子车",
        "颛孙",
        "巫马",
        "公西",
        "漆雕",
        "乐正",
        "壤驷",
        "公良",
        "拓跋",
        "夹谷",
        "宰父",
        "谷梁",
        "段干",
        "百里",
        "东郭",
        "南门",
        "呼延",
        "羊舌",
        "微生",
        "梁丘",
        "左丘",
        "东门",
        "第五",
        "万俟",
        "赫连",
        "呼衍",
        "耶律",
        "完颜",
        # Japanese surnames written in Chinese (渡边浩二 -> 渡边某), the common two-character
        # ones that are not also Chinese words
        "渡边",
        "山本",
        "佐藤",
        "铃木",
        "高桥",
        "伊藤",
        "田中",
        "加藤",
        "吉田",
        "山田",
        "松本",
        "井上",
        "木村",
        "斋藤",
        "清水",
        "桥本",
        "阿部",
        "藤田",
        "后藤",
        "冈田",
        "村上",
        "近藤",
        "坂本",
        "远藤",
        "青木",
        "藤井",
        "西村",
        "藤原",
        "冈本",
        "中岛",
        "前田",
        "竹内",
        "中野",
        "原田",
        "石田",
    )
)

#: parts of Tibetan, Mongolian, Yi, Uyghur and Kazakh names, which have no surname in SINGLE
#: (次仁多吉 = 次仁 + 多吉, 斯琴高娃, 吉克阿依); a name after a role word made of one or two of
#: them is a name
_MINORITY_PARTS_TEXT = (
    "扎西 次仁 多吉 卓玛 央金 拉姆 格桑 达瓦 尼玛 平措 旦增 索朗 德吉 白玛 顿珠 巴桑 普布 边巴 琼达"
    " 洛桑 丹增 强巴 嘎玛 曲珍 益西 贡布 仁增 才让 拉毛 卓嘎 次旦 米玛 群培 桑珠 旺堆 央宗 德庆"
    " 措姆 阿旺 仁青 斯朗 泽仁 降措 泽旺 多杰 卓玛吉 拉巴 次珍 尼玛次仁 贡嘎 扎巴 罗布"
    " 斯琴 高娃 其其格 乌云 巴特尔 额尔敦 阿拉坦 苏日娜 乌兰 图雅 萨仁 娜仁 宝音 朝鲁 巴雅尔"
    " 哈斯 孟和 达来 格日勒 其木格 乌日娜 满都拉 图门 宝力道 敖其尔 青格勒 塔娜 呼和 毕力格"
    " 吉克 阿依 阿苏 日火 曲比 沙马 阿支 吉木 马海 俄木 日古 海来 阿牛 布哈 木呷 拉且 尔古"
    " 阿西 莫色 伍呷 什且 阿果 阿呷 阿衣 朝鲁门 巴特 特木尔 那日苏 阿古拉 乌力吉 苏和"
    # Uyghur and Kazakh names, often written without a dot (努尔古丽艾买提 = 努尔古丽 + 艾买提)
    " 努尔古丽 阿依古丽 帕提古丽 古丽娜尔 阿依努尔 迪丽拜尔 迪丽努尔 艾买提 买买提 买买提江"
    " 艾合买提 阿合买提 阿卜杜拉 阿不都拉 阿卜杜 阿不都 热依拉 热合曼 吐尔洪 吐尔逊 艾尔肯"
    " 阿力木 阿里木 阿迪力 艾力 依明 玉素甫 肉孜 库尔班 麦麦提 努尔兰 加那提 叶尔兰 巴合提"
    " 吾斯曼 托合提 沙吾提 艾克拜尔 塔依尔 热西提 帕尔哈提 哈力克 排尔哈提 阿娜尔 热娜"
)
MINORITY_PARTS = frozenset(_MINORITY_PARTS_TEXT.split())
#: the first two characters of every part: a word that does not start with one is no such name
MINORITY_HEADS = frozenset(p[:2] for p in MINORITY_PARTS)


def minority_name(word: str) -> int:
    """The length of the minority name (Tibetan, Mongolian, Yi, Uyghur …) ``word`` starts
    with (its one or two MINORITY_PARTS), or 0."""
    if word[:2] not in MINORITY_HEADS:
        return 0
    best = 0
    for first in range(2, min(4, len(word)) + 1):
        if word[:first] in MINORITY_PARTS:
            best = max(best, first)
            for second in range(2, min(4, len(word) - first) + 1):
                if word[first : first + second] in MINORITY_PARTS:
                    best = max(best, first + second)
    return best


#: characters common in given names, for names after role words not in our lists
GIVEN = frozenset(
    # rarer characters of names given lately (张犇, 李旻, 王彧辰, 赵燚鑫, 皇甫翀远)
    "犇旻彧燚赟翀垚焱喆祎熠晞翊芃槿苒沅澍峤崧嵘霏砚桉樾锴铎镕懿灏泓淳濛洺滟"
    "温罕坎"  # (Dai names: 岩温, 玉罕)
    "汐来"  # (来: a given name's, 来福, 舒来华; it ends a name only where a word ends there)
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红兰凤洁梅琳素云莲真环雪荣爱妹香月莺媛"
    "瑞凡佳嘉琼勤珍贞莉菲颖露瑶怡婵雁蓓仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦"
    "昭冰爽琬茗羽希宁欣飘滢馥筠柔竹霭凝晓欢霄枫芸寒伊亚宜可舒影思慧巧美淑惠珠翠雅芝娥玲芬燕彩春"
    "菊娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾俊峰毅保东文辉力永健世广志义兴良海山仁波贵福生"
    "龙元全国胜学祥才发武新利清飞彬富顺信子涛昌成康星光天达安岩中茂进林坚彪博诚敬震振壮会群豪心"
    "邦承乐绍功松善厚庆民友裕河哲江浩亮政谦亨奇固翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士建"
    "家致树炎德泰盛雄琛钧冠策腾楠榕风航弘锋恒凯宇鑫昊睿轩然阳锐柏智诗萱嫣彤鸿洪金银铁石春夏冬"
    "雨霜露虹彩艳丰年红军兵卫民华国庆建新立忠孝礼廉耀荣桃李杏梨兰芳蕾蓝佩琪璇婧媛妮娇娟丫妞"
    "雯远晴晗涵梓轩宸铭瑜萌骏骁卓帆柯语依诺悠沐一二三四五六七八九十小大笑晓茹蔓芷若曦琛瑛"
    "珏玥琅瑶璟璞琨玮珺珂珞炜烨焕煜熙燊灿彦晟昕昱晖暄曜淼澄润淇渊溪澈森杉桐梧楷榆韬衡钰钊镇骞骥祺"
    "禧鸾鹤鸣麟竣靖谨逸遥迪达通启俪傲儒允兆冬凌函剑勋吉同坤培基堃墨声复奎奕威娇婧媚嫒宗宝宣富寅尚"
    "岳峥崇川巍帅廷弘征徽恩慕承拓昆晋景曼朗木格欢正毅池沛泉渝湘源溢滨潇灵炳煊照畅白百益盈甜田礼禾"
    "科程穗章童筱简紫绍缘翠耀聪胜芊芙芮苗茂莹蝶贤越路迎运醇钢铮长闻霖鼎齐"
    "氏"  # Vietnamese names written in Chinese (阮氏红)
    "柳杨里桦槐岭峻原曙朱浪湖满潮碧禄绿舟芹苇茵蔚蕙雷霆喜寿圆念怀歌舞"
    # common in the names of people born in the countryside before the 1990s
    "旺根花财隆双好姝虎跃驰骐鹰水土书京南宽颜音画峨嵩沪汉淮津治理深久冀材茁悟捷旋实优乾"
    # and in the milk names (小名) many of them go by all their lives (张小毛, 李三娃, 周铁柱,
    # 邱石头, 谷满仓, 郑大牛, 李长庚)
    "毛娃庚北牛铁柱头仓狗蛋锁栓拴墩"
    # Traditional forms
    "偉華國強麗東鳳龍雲勝傑誠聰慧輝榮貴順發興寶玉銀鳴鵬鴻飛嬌嫻婷瑩紅蓮蘭葉豐賢儀穎燕麟駿"
)
