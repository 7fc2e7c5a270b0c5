"""Issue 1: 碧溪报 (invented). Plain `pdftotext` (no -layout) of a 4-column district weekly, narrow columns
(wrap 13-15 em), reading order column by column; blank lines between paragraphs and at column breaks;
form feed between pages. House conventions: 【栏目】 tag line above each headline, datelines `本报讯 记者 X`
without parentheses, 特约记者/实习生 bylines, front-page 导读 with page numbers, a jump 转第3版 / 接第1版
with the headline repeated in short form, a 组图 with numbered captions, 相关链接 and 小贴士 boxes, a list of
names, and a poem on the 副刊 page."""
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h9lib import Doc, wrap, write_truth, check
NAME = 'bixi-2027-02-09'
A = []
# ---------------------------------------------------------------- articles (clean paragraphs)
A.append(dict(kind='news', headline='老厂房“长”出社区会客厅', subheadlines=['【城市更新】', '碧溪区首个工业遗存改造便民综合体开放'],
  byline='本报讯 记者 罗清 实习生 郜小满', continued=True,
  notes='Lead. Column tag line "【城市更新】" above the headline (subheadline), 主题, then a 副题 without dash. Dateline "本报讯 记者 罗清 实习生 郜小满" without parentheses, followed by a space and the text: it stays in paragraph 1 and is the byline. Paragraph 3 breaks off mid-sentence with "（转第3版）"; page 3 repeats the headline in SHORT form ("厂房会客厅") then "（接第1版）" and the rest of the sentence (join; both markers and the short headline are furniture). A column break (blank line) falls mid-sentence in paragraph 2.',
  text=[
 '本报讯 记者 罗清 实习生 郜小满 2月5日，由原碧溪纺织机械厂老厂房改造而成的“溪畔里”社区便民综合体正式开放。这是碧溪区首个利用工业遗存改造的便民服务设施，建筑面积约4600平方米，集社区食堂、养老驿站、托育点、便民维修和居民议事厅于一体。',
 '走进“溪畔里”，红砖外墙、锯齿形屋顶和高大的钢梁都被保留了下来，原来的装配车间被分隔成几个功能区。一层的社区食堂可同时容纳180人就餐，每天供应早、中、晚三餐，辖区65岁以上老人凭卡就餐可享受八五折优惠。',
 '据区城市更新办公室负责人介绍，老厂房闲置已有十余年，周边五个老旧小区的居民一直反映缺少活动空间。去年3月，区里确定“留房留树留记忆”的改造思路，由街道牵头、国企投资、专业机构运营，改造过程中先后召开居民议事会14次，收集意见建议300余条，食堂的菜价、托育点的开放时间等都是居民投票定下的。',
 '开放当天，不少居民早早赶来参观。家住北汀小区的郁大爷在议事厅里看了半天墙上的老照片，他说自己年轻时就在这个车间上班，“厂子没了，房子还在，现在又热闹起来了，心里高兴”。',
 '据悉，今年全区还将启动3处老旧厂房和低效楼宇的改造，新增便民服务空间1.2万平方米。']))
A.append(dict(kind='news', headline='春节假期全区接待游客42.6万人次', subheadlines=['【节日消费】'],
  byline='本报讯 特约记者 柴文斌',
  notes='Column tag line "【节日消费】" (subheadline) over a one-line headline; dateline "本报讯 特约记者 柴文斌" (a 特约记者, no parentheses) in paragraph 1 and as byline. A column break falls between paragraphs 1 and 2 with an extra blank line (two blanks).',
  text=[
 '本报讯 特约记者 柴文斌 记者从区文化和旅游局获悉，春节假期（2月5日至2月11日）前三天，碧溪区重点景区和街区共接待游客42.6万人次，同比增长17.8%；实现旅游收入1.9亿元，同比增长21.3%。',
 '今年春节，碧溪古镇推出“溪上灯会”和“老街年集”，每晚游客量保持在3万人次以上。青岚山滑雪场、溪口温泉小镇等冰雪和康养项目也迎来客流高峰，周边民宿入住率超过九成。',
 '区文化和旅游局提醒，假期后半段仍是出行高峰，游客可通过“碧溪文旅”小程序查询景区实时客流，错峰出游。']))
A.append(dict(kind='photo', headline='组图：碧溪古镇闹新春', subheadlines=[], byline='本报记者 齐岳 摄',
  captions=['①2月6日晚，游客在碧溪古镇“溪上灯会”观灯。', '②老街年集上，手艺人现场制作糖画。', '③溪口村舞龙队在古镇广场表演。'],
  notes='Photo group (组图): the headline "组图：碧溪古镇闹新春", a gap of three empty lines (the pictures), then three captions numbered ①②③, each on its own wrapped lines with blanks between them, and the credit line "本报记者 齐岳 摄" (byline). The three captions are both the paragraphs and the captions.',
  text=['①2月6日晚，游客在碧溪古镇“溪上灯会”观灯。', '②老街年集上，手艺人现场制作糖画。', '③溪口村舞龙队在古镇广场表演。']))
A.append(dict(kind='news', headline='碧溪区公交线网优化调整', subheadlines=['【出行】', '新开3条社区微循环线路 调整7条线路走向'],
  byline='本报讯 记者 冉星', crossheads=['相关链接'],
  notes='Page 2. Tag line "【出行】", headline, 副题 (no dash) on the next line without a blank. Dateline "本报讯 记者 冉星" in paragraph 1. A "相关链接" box follows the article (title line, then one paragraph); the box title is a crosshead and its paragraph is part of this article (it is not a separate article).',
  text=[
 '本报讯 记者 冉星 2月15日起，碧溪区将对公交线网进行优化调整，新开B21、B22、B23三条社区微循环线路，调整7条线路的走向，撤销2条客流较少的重复线路。',
 '此次调整重点解决北部新建小区和产业园区“最后一公里”出行问题。新开的三条微循环线路均采用中型纯电动公交车，高峰时段发车间隔不超过10分钟，串联起地铁碧溪北站、区医院北院区、溪北产业园和6个居住小区。',
 '区交通局相关负责人表示，线网调整方案在制定过程中通过问卷调查收集了近2000份市民意见，并根据公交刷卡数据对各线路客流进行了分析。调整后，全区公交站点500米覆盖率将提高到96%。',
 '市民可通过“碧溪交通”公众号查询线路调整详情，或拨打公交服务热线6720-1188咨询。']))
A.append(dict(kind='news', headline='居家老人冬季用电用气安全提醒', subheadlines=['【平安碧溪】'],
  byline='本报讯 通讯员 裘晓岚', crossheads=['小贴士'],
  notes='Tag line "【平安碧溪】", headline; dateline "本报讯 通讯员 裘晓岚" (a 通讯员, no reporter). A "小贴士" box at the end: the box title (crosshead, not a paragraph) and three "◆" tips, each its own paragraph of this article.',
  text=[
 '本报讯 通讯员 裘晓岚 入冬以来，区消防救援支队在辖区社区开展“冬季安全进万家”活动，为独居和高龄老人上门检查电器线路和燃气设施，已走访老人家庭1300余户，排查整改隐患210处。',
 '检查中发现，部分老人习惯在卧室给电动自行车电池充电，有的使用老化的电热毯和“小太阳”取暖器，还有的燃气软管已超过使用年限。消防人员当场帮助老人更换了软管，并发放了安全用电用气宣传册。',
 '◆电动自行车及电池不要在室内、楼道停放和充电。',
 '◆取暖器周围不要堆放衣物等可燃物，人离开时及时断电。',
 '◆燃气软管一般两年左右应更换一次，发现燃气泄漏时切勿开关电器，应立即开窗通风并到室外拨打报修电话。']))
A.append(dict(kind='news', headline='溪口中学学生机器人作品获市级一等奖', subheadlines=['【教育】'],
  byline='本报讯 实习生 郜小满',
  notes='Short news. Tag line "【教育】" above the headline; dateline "本报讯 实习生 郜小满" (an intern). A column break falls mid-word in paragraph 1.',
  text=[
 '本报讯 实习生 郜小满 日前，在第十二届全市青少年科技创新大赛上，溪口中学初二学生组成的“溪流”小组凭借作品“河道垃圾智能打捞船”获得机器人项目初中组一等奖。',
 '这艘打捞船长约80厘米，能依靠摄像头识别水面漂浮物，自动规划路线进行打捞。指导老师晏青介绍，学生们利用课余时间在学校创客空间里反复调试，前后改了十几版方案。']))
A.append(dict(kind='list', headline='碧溪区第三届“最美楼门长”名单', subheadlines=['【榜单】'], byline=None,
  notes='Page 3, after the lead\'s continuation. Tag line "【榜单】"; an intro, then one line per street/town giving its names separated by spaces (wrapped at the column width, some names split across lines are NOT split: wraps fall between names), and a closing line. Intro + 4 groups + closing = 6 paragraphs; kind list.',
  text=[
 '经各街道、镇推荐和群众投票，区委社会工作部、区精神文明建设办公室决定，授予以下20名同志碧溪区第三届“最美楼门长”称号。',
 '溪口街道：郁美华 阚德顺 兰秀芝 滕国强 单雅琴',
 '北汀街道：穆长河 闫桂英 訾建平 芮丽娟 官福生',
 '青岚镇：苗春燕 寇金山 习淑华 荀立军 柏翠英',
 '碧水街道：窦振华 卞月琴 蒯国庆 晁玉兰 封志远',
 '希望受表彰的同志珍惜荣誉，继续发挥模范带头作用，带动更多居民参与社区治理。']))
A.append(dict(kind='news', headline='溪北产业园新签约项目11个', subheadlines=['【经济】'],
  byline='本报讯 记者 罗清',
  notes='Tag line "【经济】", headline, dateline "本报讯 记者 罗清". A column break (blank line) falls mid-sentence in paragraph 2.',
  text=[
 '本报讯 记者 罗清 2月3日，溪北产业园举行2027年首批重点项目集中签约仪式，11个项目现场签约，总投资38.5亿元，涵盖智能装备、新材料、医疗器械等领域。',
 '其中，一家精密减速器生产企业计划投资12亿元建设研发和生产基地，达产后年产值预计超过20亿元。园区管委会相关负责人表示，园区将为签约项目提供“一对一”专员服务，力争年内开工率达到80%以上。']))
A.append(dict(kind='feature', headline='雪落碧溪', subheadlines=['【溪畔诗笺】'], byline='□ 汤禾',
  notes='Page 4 (副刊). Column tag "【溪畔诗笺】", headline, author line "□ 汤禾". A poem: each verse line on its own line (short lines, no punctuation at some ends), stanzas separated by blank lines. Truth: each STANZA is one paragraph (its lines joined without separator; white space is ignored by the scorer), 3 stanzas.',
  text=[
 '雪是在夜里来的轻得像一封没有署名的信落在老街的瓦上落在石桥的栏杆上',
 '早起的人推开木门扫出一条小路路的尽头是卖豆浆的铺子热气比灯笼还红',
 '孩子们追着溪水跑把雪团扔进冬天的深处溪水不说话只把春天往下游轻轻地推']))
A.append(dict(kind='feature', headline='母亲的年夜饭', subheadlines=['【溪畔随笔】'], byline='文/ 尚晓棠',
  notes='副刊 essay. Tag "【溪畔随笔】", headline, author line "文/ 尚晓棠" (byline). A column break falls in paragraph 3. The imprint lines after it are furniture.',
  text=[
 '每年腊月一过二十，母亲就开始念叨年夜饭的菜单。她把菜名写在一张旧挂历的背面，写了划掉，划掉又写，一直要改到除夕前一天。',
 '母亲做的菜并不复杂，炖鸡、熏鱼、蒸丸子，都是老家的样子。可一家人围坐在一起，等她端上最后一盘饺子，那才算真正过年了。',
 '这几年，我们劝她少做几个菜，年夜饭干脆去饭店吃。母亲嘴上答应，到了除夕还是早早系上围裙。她说，饭店的菜再好，也没有家里灶台的烟火气。',
 '今年除夕，我第一次站在灶台前，照着母亲的样子炖了一锅鸡。母亲坐在一旁看着，时不时提醒一句“火小一点”。那一刻我忽然明白，年夜饭的味道，原来是一代一代传下来的。']))

# ---------------------------------------------------------------- layout
d = Doc()
NA = []
def fur(line):
    d.add(line); NA.append(line)
def body(aid, paras, width, breaks=(), dbl=()):
    """breaks: (para, line) -> blank line after that line (column break inside a paragraph);
    dbl: para indices followed by two blank lines instead of one (column break between paragraphs)."""
    for pi, p in enumerate(paras):
        ls = wrap(p, width)
        for li, l in enumerate(ls):
            d.add(l, aid, 'body')
            if (pi, li) in breaks and li < len(ls) - 1:
                d.blank()
        d.blank(2 if pi in dbl else 1)

# page 1 -- masthead, 导读
fur('碧溪报'); d.blank(); fur('BIXI BAO'); d.blank()
fur('2027年2月9日 星期二'); fur('丁未年正月初四'); d.blank()
fur('第6期（总第1041期）'); fur('今日4版'); d.blank()
fur('中共碧溪区委主管主办'); fur('碧溪区融媒体中心出版'); fur('准印证号：内资准字2024-B0315'); d.blank()
fur('导读'); d.blank()
for x in ['公交线网优化调整 新开3条微循环线路 2版', '“最美楼门长”名单揭晓 3版', '副刊：雪落碧溪 4版']:
    fur(x)
d.blank(2)
a = A[0]
d.add('【城市更新】', 0, 'tag'); d.blank()
d.add('老厂房“长”出社区会客厅', 0, 'headline'); d.blank()
d.add('碧溪区首个工业遗存改造便民综合体开放', 0, 'subtitle'); d.blank()
p1, p2, p3 = a['text'][0], a['text'][1], a['text'][2]
for l in wrap(p1, 14): d.add(l, 0, 'body')
d.blank()
ls = wrap(p2, 14)
for i, l in enumerate(ls):
    d.add(l, 0, 'body')
    if i == 4: d.blank()
d.blank()
cut = p3.index('收集意见建议') + 2
ls = wrap(p3[:cut], 14)
for l in ls: d.add(l, 0, 'body')
fur('（转第3版）'); d.blank(2)
a = A[1]
d.add('【节日消费】', 1, 'tag'); d.add('春节假期全区接待游客42.6万人次', 1, 'headline'); d.blank()
body(1, a['text'], 14, dbl={0})
a = A[2]
d.add('组图：碧溪古镇闹新春', 2, 'headline'); d.blank(3)
for c in a['captions']:
    for l in wrap(c, 14): d.add(l, 2, 'caption')
    d.blank()
d.add('本报记者 齐岳 摄', 2, 'credit'); d.blank()
fur('本版编辑 梅若 美编 冼朗'); fur('1')
# page 2
d.lines.append('\f' + '2027年2月9日 星期二'); NA.append('2027年2月9日 星期二')
fur('2 社区·民生'); d.blank()
a = A[3]
d.add('【出行】', 3, 'tag'); d.blank()
d.add('碧溪区公交线网优化调整', 3, 'headline'); d.add('新开3条社区微循环线路 调整7条线路走向', 3, 'subtitle'); d.blank()
body(3, a['text'], 14, breaks={(1, 4)})
d.add('相关链接', 3, 'crosshead'); d.blank()
link = '社区微循环公交是指在社区内部及周边短距离运行的公交线路，一般线路长度在5公里以内，主要用于连接居住区与地铁站、医院、学校、商业网点，解决居民出行“最后一公里”问题。'
a['text'].append(link)
body(3, [link], 15)
a = A[4]
d.add('【平安碧溪】', 4, 'tag'); d.add('居家老人冬季用电用气安全提醒', 4, 'headline'); d.blank()
body(4, a['text'][:2], 14)
d.add('小贴士', 4, 'crosshead')
for t in a['text'][2:]:
    for l in wrap(t, 14): d.add(l, 4, 'body')
d.blank()
a = A[5]
d.add('【教育】', 5, 'tag'); d.blank(); d.add('溪口中学学生机器人作品获市级一等奖', 5, 'headline'); d.blank()
body(5, a['text'], 14, breaks={(0, 3)})
fur('本版编辑 梅若 校对 庞一平'); fur('2')
# page 3 -- continuation first
d.lines.append('\f' + '3 综合新闻'); NA.append('3 综合新闻')
fur('2027年2月9日 星期二'); d.blank()
fur('厂房会客厅'); fur('（接第1版）')
rest = p3[cut:]
for l in wrap(rest, 14): d.add(l, 0, 'body')
d.blank()
body(0, A[0]['text'][3:], 14)
a = A[6]
d.add('【榜单】', 6, 'tag'); d.blank(); d.add('碧溪区第三届“最美楼门长”名单', 6, 'headline'); d.blank()
for l in wrap(a['text'][0], 14): d.add(l, 6, 'body')
d.blank()
for t in a['text'][1:5]:
    label, names = t.split('：')
    ns = names.split(' ')
    d.add(label + '：' + ' '.join(ns[:3]), 6, 'body'); d.add(' '.join(ns[3:]), 6, 'body')
d.blank()
body(6, a['text'][5:], 14)
a = A[7]
d.add('【经济】', 7, 'tag'); d.add('溪北产业园新签约项目11个', 7, 'headline'); d.blank()
body(7, a['text'], 14, breaks={(1, 2)})
fur('本版编辑 冼朗'); fur('3')
# page 4 -- 副刊
d.lines.append('\f' + '4 副刊·溪畔'); NA.append('4 副刊·溪畔')
fur('2027年2月9日 星期二'); d.blank()
a = A[8]
d.add('【溪畔诗笺】', 8, 'tag'); d.blank(); d.add('雪落碧溪', 8, 'headline'); d.add('□ 汤禾', 8, 'byline'); d.blank()
poem = [['雪是在夜里来的', '轻得像一封', '没有署名的信', '落在老街的瓦上', '落在石桥的栏杆上'],
        ['早起的人推开木门', '扫出一条小路', '路的尽头', '是卖豆浆的铺子', '热气比灯笼还红'],
        ['孩子们追着溪水跑', '把雪团扔进冬天的深处', '溪水不说话', '只把春天', '往下游轻轻地推']]
for st in poem:
    for l in st: d.add(l, 8, 'body')
    d.blank()
assert [''.join(s) for s in poem] == a['text']
a = A[9]
d.add('【溪畔随笔】', 9, 'tag'); d.add('母亲的年夜饭', 9, 'headline'); d.blank(); d.add('文/ 尚晓棠', 9, 'byline'); d.blank()
body(9, a['text'], 15, breaks={(2, 2)})
fur('地址：碧溪区溪口路18号 邮编：108800'); fur('新闻热线：6720-3366 广告热线：6720-3388')
fur('印刷：碧溪印务有限公司'); fur('本版编辑 梅若'); fur('4')

here = os.path.dirname(os.path.abspath(__file__))
open(os.path.join(here, NAME + '.txt'), 'w', encoding='utf-8').write(d.text())
notes = ('Plain pdftotext (no -layout) of a 4-column weekly: wrap 13-15 em, reading order column by column, blank lines '
         'between paragraphs and at column breaks (mid-paragraph in several articles), a form feed before each page header. '
         'Masthead (title, BIXI BAO, date, lunar date, issue, 今日4版, publisher lines) and the 导读 box (three lines ending with '
         'page numbers) are furniture, as are page headers, editor lines, bare page numbers, the jump markers '
         '（转第3版）/（接第1版）, the short repeated headline 厂房会客厅 and the imprint. House style: every headline has a '
         '【栏目】 tag line above it (subheadline); datelines 本报讯 记者/特约记者/实习生/通讯员 X without parentheses stay in '
         'paragraph 1 and are also the byline.')
write_truth(os.path.join(here, NAME + '.truth.json'), NAME + '.txt', '碧溪报', '2027-02-09', '第6期（总第1041期）',
            notes, NA, d, A)
sys.exit(0 if check(os.path.join(here, NAME + '.txt'), os.path.join(here, NAME + '.truth.json')) else 1)
