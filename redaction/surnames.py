"""Chinese surnames: the common single-character ones and the compound ones (复姓).

A name candidate must start with one of these, which is what keeps ordinary words that follow
a role word (当事人对…) from being taken for names.
"""

from __future__ import annotations

SINGLE = frozenset(
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
)

COMPOUND = frozenset((
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
    "令狐", "夏侯", "端木", "独孤", "南宫", "西门", "澹台", "公冶", "宗政", "濮阳", "淳于", "单于",
    "太叔", "申屠", "轩辕", "钟离", "闾丘", "司空", "亓官", "司寇", "子车", "颛孙", "巫马", "公西",
    "漆雕", "乐正", "壤驷", "公良", "拓跋", "夹谷", "宰父", "谷梁", "段干", "百里", "东郭", "南门",
    "呼延", "羊舌", "微生", "梁丘", "左丘", "东门", "第五", "万俟", "赫连", "呼衍", "耶律", "完颜",
))


def surname_of(name: str) -> str:
    """The surname of a Han name: a compound one when the name starts with it."""
    if len(name) >= 3 and name[:2] in COMPOUND:
        return name[:2]
    return name[:1]
