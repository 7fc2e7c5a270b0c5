"""泃河时报 (invented 平谷-style weekly) exported by the newsroom as plain text: one paragraph per line,
no hard wraps, blank lines between everything; headlines are just short lines without end punctuation."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h4lib import Src, make_article, check, write
NAME = 'juhe-2026-07-14'
HERE = os.path.dirname(os.path.abspath(__file__))

B1_head = '平谷大桃进入集中上市期'
B1_sub = '——今年全区大桃预计产量2.1亿公斤 线上销售占比首次突破四成'
B1 = [
 '本报讯（记者 杜静怡）7月以来，全区22万亩桃园陆续进入采摘期，平谷大桃迎来集中上市。记者从区农业农村局了解到，今年全区大桃预计产量2.1亿公斤，优质果率达到85%以上。',
 '为了让大桃卖得快、卖得好，全区在大华山、刘家店、王辛庄等主产镇设立产地集配中心14个，配备分级分选设备和冷链预冷库，桃子从枝头到冷库最快只需2小时。',
 '今年，线上渠道成为大桃销售的主力。全区组织132个村级电商服务站、600余名“新农人”主播开展直播带货，与多家物流企业合作推出“当日采摘、次日达”服务，线上销售占比首次突破四成。',
 '“以前桃子熟了最发愁的是卖，现在在家门口就能发往全国。”刘家店镇前吉山村果农王建国说，他家8亩桃园今年已通过直播卖出2万多斤。',
]
B2_head = '京平高速夏各庄出口改造完工'
B2 = [
 '本报讯（通讯员 郑凯）7月11日，京平高速夏各庄出口改造工程完工并恢复通行。改造后，出口匝道由单车道拓宽为双车道，新增右转专用道一条，高峰时段车辆排队长度预计缩短一半以上。',
 '据介绍，改造工程同步完善了出口周边的交通标志标线和照明设施，并在匝道与平三路交叉口增设了信号灯。交管部门提示，施工期间设置的临时导流设施已全部撤除，请过往车辆按新的标志标线通行。',
]
B3_head = '关于开展2026年汛期应急演练的通知'
B3 = [
 '各镇（街道）、区防汛抗旱指挥部各成员单位：',
 '为进一步检验全区防汛应急预案的可操作性，提升应对强降雨、山洪等灾害的实战能力，经研究，决定于7月下旬开展2026年汛期应急演练。现将有关事项通知如下：',
 '一、演练时间',
 '2026年7月22日（星期三）9:00—11:30，如遇实际降雨顺延。',
 '二、演练地点',
 '主会场设在金海湖镇洙水河应急避险点，分会场设在镇罗营镇、黄松峪乡。',
 '三、演练内容',
 '主要包括预警信息发布、危险区域人员转移、抢险队伍集结、道路抢通、受困群众救援和临时安置等6个科目。',
 '四、有关要求',
 '（一）各单位要高度重视，主要负责同志亲自部署，确保人员、物资、装备按时到位。',
 '（二）演练期间，相关路段将临时交通管制，请过往车辆和群众服从现场人员指挥。',
 '（三）各单位要结合演练查找短板，于7月31日前将总结材料报送区防汛办。',
 '联系人：刘明，电话：60000000。',
 '特此通知。',
 '平谷区防汛抗旱指挥部办公室',
 '2026年7月10日',
]
B4_col = '泃河时评'
B4_head = '“网红村”如何才能长红？'
B4 = [
 '这个夏天，全区又有几个村子因为一片荷塘、一条老街在网上火了起来。周末游客蜂拥而至，停车难、吃饭难、如厕难的抱怨也随之而来。',
 '“网红”是机遇，也是考验。一时的流量靠的是新鲜感，长久的人气靠的是好体验。村庄要在接住流量之后，及时补齐停车场、公共厕所、餐饮住宿等短板，把“过路客”变成“回头客”。',
 '更重要的是，要守住乡村的本色。不盲目照搬城市景区的做法，不搞千篇一律的“网红打卡点”，让游客看得见山水、记得住乡愁，“网红村”才能真正长红。',
]
B4_by = '何晓岚（作者单位：中共北京市平谷区委党校）'
B5_kick = '探访峪口镇数字农业示范园'
B5_head = '“智慧大棚”里的新农事'
B5_cross = ['手机就是新农具', '年轻人回来了']
B5 = [
 '本报记者 李想',
 '盛夏时节，走进峪口镇数字农业示范园，一排排连栋温室整齐排列。棚内，番茄、彩椒长势喜人，头顶的轨道上，巡检机器人正缓缓移动，采集每一株作物的生长数据。',
 '“温度、湿度、光照、二氧化碳浓度，手机上一目了然。”园区技术负责人张硕打开手机给记者演示，点一下屏幕，遮阳网自动展开，滴灌系统开始按设定的配方供水供肥。',
 '张硕介绍，与传统大棚相比，智慧大棚每亩可节水40%、节肥30%，番茄亩产提高约25%，用工量却减少了一半。',
 '园区的变化，吸引了不少年轻人回乡。今年28岁的刘佳毕业后回到村里，在园区当了一名“数字农人”，负责数据分析和直播销售。',
 '“以前觉得种地又苦又累，现在坐在电脑前也能种好菜。”刘佳说，她和同事们正在尝试把园区的蔬菜做成会员制配送，让城里人每周都能吃上新鲜菜。',
]
B5_cap = '图为示范园技术人员在查看番茄长势。（记者 李想 摄）'
B6_head = '区医院新院区9月投入使用'
B6 = [
 '本报讯 记者从区卫健委获悉，区医院新院区建设已进入收尾阶段，预计9月正式投入使用。新院区位于新城南部，总建筑面积约12万平方米，设置床位800张。',
 '新院区投用后，将开设急诊急救、心脑血管、肿瘤等重点专科，并引入市属医院专家团队定期坐诊。老院区将转型为康复和老年护理中心，与新院区错位发展。（记者 孙悦）',
]
BRIEFS = [
 ('金海湖房车营地开营', ['7月10日，金海湖畔首个房车营地正式开营。营地占地约80亩，设有房车营位60个、帐篷营位40个，配套淋浴间、洗衣房和儿童游乐区，可通过“乐游平谷”小程序预订。']),
 ('熊儿寨乡启动古村落保护修缮', ['近日，熊儿寨乡启动东长峪村古村落保护修缮工程，对村内18处清代民居进行修缮加固，预计年底前完工。', '修缮过程中将坚持“修旧如旧”，保留原有的石墙、木构和院落格局。']),
 ('全区新增3处城市书房', ['本报讯 日前，位于滨河街道、兴谷街道和马坊镇的3处城市书房建成开放，每处藏书均在5000册以上，实行自助借还，开放时间为每天9:00至21:00。']),
 ('马昌营镇举办农民趣味运动会', ['7月8日，马昌营镇第三届农民趣味运动会举行，来自全镇20个村的400余名村民参加了拔河、背媳妇跑、搬玉米等8个项目的比赛。（通讯员 陈曦）']),
]

S = Src()
def line(t, tag):
    S.add(t, tag); S.blank()

line('泃河时报', 'mast'); line('2026年7月14日 星期二 第28期（总第1520期）', 'mast')
line('中共北京市平谷区委宣传部主办 平谷区融媒体中心出版', 'mast')
line('第01版：要闻', 'page')
line(B1_head, 'B1_head'); line(B1_sub, 'B1_sub')
for p in B1: line(p, 'B1_body')
line(B2_head, 'B2_head')
for p in B2: line(p, 'B2_body')
line('责任编辑：王  宁', 'edit')
line('第02版：综合', 'page')
line(B5_kick, 'B5_kick'); line(B5_head, 'B5_head')
line(B5[0], 'B5_by')
line(B5[1], 'B5_body'); line(B5_cross[0], 'B5_cross'); line(B5[2], 'B5_body'); line(B5[3], 'B5_body')
line(B5_cap, 'B5_cap')
line(B5_cross[1], 'B5_cross'); line(B5[4], 'B5_body'); line(B5[5], 'B5_body')
line(B6_head, 'B6_head')
for p in B6: line(p, 'B6_body')
line(B4_col, 'B4_col'); line(B4_head, 'B4_head')
for p in B4: line(p, 'B4_body')
line(B4_by, 'B4_by')
line('责任编辑：赵  蕾', 'edit')
line('第03版：公告·区情', 'page')
line(B3_head, 'B3_head')
for p in B3: line(p, 'B3_body')
for i, (h, ps) in enumerate(BRIEFS):
    line('【区情速递】' + h + '　' + ps[0], f'R{i}')
    for p in ps[1:]: line(p, f'R{i}')
line('责任编辑：孙  岩   校对：李  冉', 'edit')
src = S.text()

B6_text = B6[:-1] + [B6[-1].replace('（记者 孙悦）', '')]
arts = [
 make_article('news', B1_head, B1, [B1_sub], '本报讯（记者 杜静怡）', False, [],
  'Newsroom plain-text export: every paragraph is ONE line, blank lines between all lines; the headline is only recognisable as a short line without end punctuation. 副题 starting with ——. Paragraph 4 is a quote line.',
  f"headline {S.span('B1_head')}, sub {S.span('B1_sub')}, body {S.span('B1_body')}"),
 make_article('news', B2_head, B2, [], '本报讯（通讯员 郑凯）', False, [],
  'Dateline with 通讯员 only. Followed by the page-1 editor line "责任编辑：王  宁" and the page label "第02版：综合" (furniture, both short lines without end punctuation — must not become headlines).',
  f"headline {S.span('B2_head')}, body {S.span('B2_body')}"),
 make_article('feature', B5_head, B5[1:], [B5_kick], B5[0], False, [B5_cap],
  '引题 and 主题 are two consecutive short lines (kicker first). Byline "本报记者 李想" is a short line without end punctuation (byline, not headline, not text). Two crossheads that look exactly like headlines (short, no punctuation) — they are NOT new articles and not paragraphs. A caption line "图为……（记者 李想 摄）" between paragraphs 3 and 4 (the credit is inside it).',
  f"kicker {S.span('B5_kick')}, headline {S.span('B5_head')}, byline {S.span('B5_by')}, crossheads {S.span('B5_cross')}, body {S.span('B5_body')}, caption {S.span('B5_cap')}",
  crossheads=B5_cross),
 make_article('news', B6_head, B6_text, [], '记者 孙悦', False, [],
  'Leading "本报讯 " without reporter; end byline "（记者 孙悦）" glued to the last paragraph (excluded from text).',
  f"headline {S.span('B6_head')}, body {S.span('B6_body')}"),
 make_article('opinion', B4_head, B4, [], B4_by, False, [],
  'Column tag "泃河时评" (short line) directly before the headline. TRAP: the headline ENDS WITH "？" — a rule "headline = short line without end punctuation" misses it. Author printed at the END as its own line "何晓岚（作者单位：中共北京市平谷区委党校）" — byline, not text. Then the page-2 editor line.',
  f"column {S.span('B4_col')}, headline {S.span('B4_head')}, body {S.span('B4_body')}, byline {S.span('B4_by')}",
  column='泃河时评'),
 make_article('notice', B3_head, B3, [], None, False, [],
  'Notice (通知), 16 one-line paragraphs: salutation ending in "：", intro, four numbered item titles "一、演练时间"… that are SHORT LINES WITHOUT END PUNCTUATION (they look like headlines but belong to the notice body; here counted as paragraphs — listing them as crossheads is defensible, then 12 paragraphs), sub-items （一）…（三）, contact line, 特此通知。, and the issuer and date lines (also short, no punctuation) counted as the last two paragraphs.',
  f"headline {S.span('B3_head')}, body {S.span('B3_body')}"),
]
for i, (h, ps) in enumerate(BRIEFS):
    by = None
    text = list(ps)
    if '（通讯员 陈曦）' in text[-1]:
        by = '通讯员 陈曦'; text[-1] = text[-1].replace('（通讯员 陈曦）', '')
    note = ('Short news item with a run-in title: the line starts "【区情速递】" (column tag, not headline), then the title, an ideographic space (U+3000) and the body on the SAME line. ')
    if len(ps) > 1: note += 'Second paragraph on its own line with no tag — belongs to this item, not a new article. '
    if ps[0].startswith('本报讯'): note += '"本报讯 " follows the title. '
    if by: note += 'End byline （通讯员 陈曦） glued, excluded from text. '
    if i == len(BRIEFS) - 1: note += 'Followed by the page-3 editor/proofreader line (furniture).'
    arts.append(make_article('news', h, text, [], by, False, [], note, f"line {S.span(f'R{i}')}", column='区情速递'))

truth = {"source": NAME + '.txt', "publication": '泃河时报', "date": '2026-07-14', "issue_no": '总第1520期',
  "notes": 'Invented 平谷-style weekly as a newsroom plain-text export: one paragraph per line, no hard wraps, a blank line after every line. No bold or heading markup: headlines, kickers, crossheads, bylines, page labels (第01版：要闻) and editor lines are all just short lines without end punctuation. Masthead L1-5 (第28期（总第1520期）). Conventions as the fixtures\' truth: kicker/副题 -> subheadlines; 本报讯（…） stays in paragraph 1; end bylines excluded; captions not paragraphs; 【区情速递】 is a column tag (in `column`), not part of the headline.',
  "articles": arts,
  "not_articles": ['泃河时报', '2026年7月14日 星期二 第28期（总第1520期）', '中共北京市平谷区委宣传部主办 平谷区融媒体中心出版', '第01版：要闻', '第02版：综合', '第03版：公告·区情', '责任编辑 lines']}
open(os.path.join(HERE, NAME + '.txt'), 'w', encoding='utf-8').write(src)
write(os.path.join(HERE, NAME + '.truth.json'), truth)
check(truth, src)
