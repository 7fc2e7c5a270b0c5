#!/usr/bin/env python3
"""Holdout2 issue B: 丰台-style issue. Per page the extractor emitted the page's headline blocks
first (headline stack), then the bodies in column order. Wrap ~22, blank lines between paragraphs
and at column breaks (often mid-sentence). Truth first, then the .txt is produced from it."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h2lib import wrap, Emitter, write_truth, check

NAME = 'fengtai-2026-06-09'
W = 22
COL = 24  # lines per column (incl. blank lines)

A = []
A.append(dict(id='B1', kind='news', page=1, continued=True,
    headline='丽泽金融商务区“十五五”首批项目开工',
    subheadlines=['奋力推进南中轴地区高质量发展', '总投资286亿元 涉及商务楼宇、城市公园和轨道交通配套'],
    byline='本报讯（记者 程磊）',
    text=[
        '本报讯（记者 程磊）6月5日，丽泽金融商务区“十五五”首批重点项目集中开工，涉及商务楼宇、城市公园、地下交通环廊和轨道交通配套等11个项目，总投资286亿元。区委书记、区长等区领导出席开工活动。',
        '此次开工的项目中，丽泽南区D-05、D-06地块商务办公楼建筑面积约38万平方米，计划2029年竣工，建成后将重点吸引数字金融、金融科技和财富管理类机构入驻。丽泽城市航站楼配套工程与地铁14号线、16号线、11号线丽泽商务区站实现换乘衔接，旅客可在航站楼办理值机和行李托运。',
        '记者了解到，丽泽金融商务区目前已累计入驻企业1.2万家，其中金融类企业超过800家，2025年区域税收同比增长13.4%。今年前5个月，商务区新增注册企业420家，金融类企业占比近六成。',
        '区有关负责人表示，丽泽金融商务区是南中轴地区发展的重要引擎。下一步，丰台区将坚持产城融合，加快推进丽泽城市航站楼、丽泽金融商务区城市公园和地下交通环廊建设，同步完善人才公寓、国际学校和医疗服务配套，力争到2030年商务区入驻企业突破2万家。',
        '开工现场，区投资促进服务中心还与7家金融机构签订入驻意向协议，涉及注册资本金共计46亿元。',
    ],
    notes=['Headline block in the page-1 stack: 引题 + 主题 + 副题 on consecutive lines (subheadlines = [引题, 副题]; kicker/main may be swapped).',
           'TRAP: continued to page 2 mid-sentence with "（转第2版）" on its own line; resumes on page 2 as "（接第1版）" glued to the start of the first page-2 body line (no headline repeated), directly after page 2\'s own headline stack - so a top-down parser will give it to the first page-2 headline. Markers removed from the text; the paragraph spanning the jump is joined. continued = true.']))

A.append(dict(id='B2', kind='news', page=1,
    headline='丰台启动“汛期模式”',
    subheadlines=['全区198处易积水点实行“一点一案”'],
    byline='本报讯（记者 葛文）',
    text=[
        '本报讯（记者 葛文）6月1日起，丰台区正式进入汛期工作状态。记者从区防汛办获悉，今年全区共排查易积水点198处，全部制定“一点一案”应急处置方案，明确责任单位、抢险队伍和物资储备点位。',
        '今年汛前，区水务局完成中小河道清淤27.5公里，新建和改造雨水管线19公里，在莲花池西路、京开高速新发地桥等6处下凹式桥区新增强排泵站和水位监测设备，积水数据每5分钟回传一次。',
        '各街道乡镇已组建防汛抢险队伍86支、共3400余人，储备编织袋18万条、抽水泵612台。全区49处地下空间、1260户平房院落列为重点巡查对象，遇强降雨将提前转移危旧房屋居民。',
        '区防汛办提醒市民，雨天出行请关注预警信息，遇道路积水不要贸然涉水通行。险情可拨打区防汛值班电话010-63812390。',
    ],
    notes=['Second block of the page-1 stack (headline + 副题). Body starts with 本报讯.']))

A.append(dict(id='B3', kind='photo', page=1,
    headline='槐房湿地荷花初绽',
    byline='记者 周洋 摄',
    captions=['6月7日，市民在槐房再生水厂湿地公园观赏初开的荷花。今年公园种植荷花、睡莲等水生植物12个品种，预计6月下旬进入盛花期。'],
    text=['6月7日，市民在槐房再生水厂湿地公园观赏初开的荷花。今年公园种植荷花、睡莲等水生植物12个品种，预计6月下旬进入盛花期。'],
    notes=['图片新闻: the caption is the body (also in captions); credit "记者 周洋 摄" on its own line is the byline.',
           'TRAP: in the headline stack this headline comes BEFORE the 招聘会 headline, but in the body stream its caption comes AFTER the 招聘会 body (column order differs from headline order); pairing must follow content, not order.']))

A.append(dict(id='B4', kind='news', page=1,
    headline='“丰台职等你”夏季招聘会提供岗位2800个',
    byline='本报讯（通讯员 何畅 记者 王佳）',
    text=[
        '本报讯（通讯员 何畅 记者 王佳）6月6日，丰台区2026年“丰台职等你”夏季专场招聘会在丰台体育中心举行。现场共有136家用人单位参会，提供岗位2800个，涵盖轨道交通、医药健康、物流和商贸服务等行业。',
        '本场招聘会专门设置了高校毕业生专区和就业困难人员专区，为毕业生提供岗位960个，为“4050”人员提供岗位420个。现场还开设了直播带岗间，8家企业负责人在线介绍岗位，观看人数达1.6万人次。',
        '据统计，当天共有3900余人次进场求职，初步达成意向720余人。区人力社保局表示，7月还将在长辛店、花乡等地区举办4场“家门口”招聘会。',
    ],
    notes=['TRAP: headline wrapped over two lines in the stack ("“丰台职等你”夏季招聘会" / "提供岗位2800个"); joined without a space - the second line is not a 副题.', 'Its body precedes the photo caption of 槐房湿地 (see B3).']))

A.append(dict(id='B5', kind='news', page=1,
    headline='丰台站南广场新开3条公交线',
    byline='本报讯（记者 李曼）',
    text=[
        '本报讯（记者 李曼）6月8日起，丰台站南广场公交场站投入使用，同时新开专213路、专214路和693路3条公交线路，串联丰台站与丽泽商务区、花乡桥、樊家村等区域。',
        '其中，专213路首末车时间为6时至22时30分，高峰时段发车间隔8分钟。市民可通过“北京公交”App查询实时到站信息。',
    ],
    notes=['Last body of page 1; nothing marks its end but the page header of page 2.']))

A.append(dict(id='B6', kind='news', page=2,
    headline='厨余垃圾分出率提升至24.6%',
    subheadlines=['垃圾分类“桶前值守”再升级'],
    byline='本报讯（记者 韩露）',
    text=[
        '本报讯（记者 韩露）记者从区城市管理委获悉，今年1月至5月，丰台区厨余垃圾日均分出量达到836吨，分出率提升至24.6%，较去年同期提高2.1个百分点。',
        '今年以来，全区在1570个居住小区推行“定时定点+桶前值守”模式，招募垃圾分类志愿者1.1万名。在新村街道，社区还将楼门长、物业保洁和志愿者编成“三人小组”，每天早7时至9时、晚6时至8时轮流值守。',
        '针对部分老旧小区投放点位少、距离远的问题，区城市管理委今年计划新建和改造分类驿站120座，目前已完工47座。新建驿站配备洗手池、除臭设备和监控摄像头，居民可扫码反映问题。',
        '区城市管理委提醒，居民对垃圾分类有疑问，可拨打咨询电话010-63868851。',
    ],
    notes=['First headline of the page-2 stack; 引题 printed on the line before the 主题.',
           'TRAP: its body is NOT the first body on page 2 - the first page-2 body is B1\'s continuation "（接第1版）…".',
           'One line is letter-spaced by justification (spaces between hanzi), kept.']))

A.append(dict(id='B7', kind='list', page=2,
    headline='丰台区2026年暑期托管服务安排公布',
    byline='本报讯',
    text=[
        '本报讯 记者从区教委获悉，今年暑期丰台区将在42所公办小学开展暑期托管服务，具体安排如下：',
        '一、服务对象：本区公办小学一至五年级在校学生，家长双方均需工作、暑期无人看护的学生优先。',
        '二、服务时间：7月13日至8月7日，分两期举办，每期两周；每天8时至17时30分，周末及法定节假日不开放。',
        '三、服务内容：以看护为主，安排体育锻炼、阅读、科普和艺术活动，不组织集体补课和新课教学。',
        '四、报名方式：家长于6月15日至6月21日通过“丰台教育”微信公众号报名，每名学生限报一期。',
        '五、收费标准：托管服务不收取费用，午餐由家长自愿选择订餐，每餐标准15元。',
        '六、咨询电话：区教委基础教育科010-63866205，各校咨询电话详见公众号公告。',
    ],
    notes=['List article: an intro paragraph and six items "一、…" to "六、…", each starting on its own line (paragraphs = 7: intro + 6 items).',
           'Items must not become separate articles or headlines; the "…：" label at the start of each item is part of the item.',
           'Dateline "本报讯" without reporter (byline "本报讯").']))

A.append(dict(id='B8', kind='news', page=2,
    headline='宛平城“城市书房”年底前开放',
    byline='本报讯（记者 孟潇）',
    text=[
        '本报讯（记者 孟潇）宛平城内的一处清代院落正在改造为“城市书房”，预计年底前向公众开放。书房建筑面积约680平方米，可容纳藏书3万册，设置阅览区、少儿区和卢沟桥历史文献专区。',
        '据介绍，书房将实行“无人值守+智能借还”，读者凭身份证或社保卡即可自助借阅，并提供20台Kindle电子阅读器供现场使用。书房计划每天开放至22时，满足周边居民和游客夜读需求。',
    ],
    notes=['Wrap hyphen U+2043 inside the Latin word "Kindle" at a line end, removed when joining.',
           'Page number "2" is glued to its last line ("…夜读需求。2").']))

A.append(dict(id='B9', kind='opinion', page=3,
    headline='小区门口的“断头路”终于通了',
    subheadlines=['读者来信'],
    byline='丰台区卢沟桥街道小井村居民 马振华',
    text=[
        '编辑同志：',
        '我家住在卢沟桥街道小井村附近的一个小区，小区北门外原本有一条不到200米的“断头路”，一头连着小区，一头被围挡堵住，居民去地铁站要绕行1公里多。遇上雨天，路面积水，老人孩子出门很不方便。',
        '去年11月，我通过12345热线反映了这个问题。没想到，街道和区交通部门很快来现场查看，与产权单位协调拆除围挡，对道路重新铺装，还增设了路灯和人行横道。今年5月底，这条路正式通车了，现在走到地铁站只需8分钟。',
        '在此，我代表小区居民向所有为这条路奔忙的工作人员说一声：谢谢你们！',
    ],
    notes=['读者来信 column: column title "读者来信" is printed above the headline in the page-3 stack (kept as subheadline, like a column tag).',
           'Letter starts with the salutation "编辑同志：" on its own line (paragraph 1 of the text).',
           'TRAP: signature "丰台区卢沟桥街道小井村居民 马振华" printed at the END on its own line: byline, not text.']))

A.append(dict(id='B10', kind='feature', page=3,
    headline='一碗热汤面 暖了老街坊',
    subheadlines=['——方庄“幸福食堂”运营一周年见闻'],
    byline='文/记者 周洋',
    editor_note=['编者按：老年助餐服务是群众家门口的“关键小事”。本报今起推出“幸福食堂巡礼”栏目，走进各街道养老助餐点，记录老人们餐桌上的变化。'],
    captions=['▲老人们在方庄幸福食堂就餐。'],
    text=[
        '上午11时，方庄芳古园一区的幸福食堂门口已排起了队。打菜窗口前，78岁的刘桂兰熟练地刷卡结账：“西红柿鸡蛋面，再来个清炒西葫芦，一共13块5，比自己做还省事。”',
        '幸福食堂去年6月开业，由街道提供场地、餐饮企业运营，每天供应早午晚三餐，午餐菜品不少于12种。60岁以上老人凭卡就餐享受9折优惠，80岁以上老人再减2元。开业一年来，食堂累计服务老人8.7万人次，日均就餐约240人。',
        '“老人牙口不好，我们的菜都会多炖一会儿，盐和油也控制着放。”食堂负责人孙立强说，每周一食堂都会把新一周的菜单贴在门口，并根据老人的意见调整菜品。',
        '食堂还设置了“爱心餐桌”，为辖区独居、失能老人提供送餐服务。目前，每天有36份午餐由社区志愿者送到老人家中。',
        '方庄地区办事处相关负责人介绍，下一步将依托幸福食堂开设营养讲座和健康监测服务，让老人“吃得好”也“吃得健康”。',
    ],
    notes=['Editor\'s note (编者按…, wide measure) is the first thing in this article\'s body stream, before the byline line "文/记者 周洋"; it goes to editor_note, not to the text.',
           'TRAP: the caption at the end is printed with every run doubled ("▲▲老人们老人们在方庄在方庄…"); truth gives it de-duplicated.']))

A.append(dict(id='B11', kind='news', page=3,
    headline='右安门街道邻里节开幕',
    byline='本报讯（记者 唐宁）',
    text=[
        '本报讯（记者 唐宁）6月6日，右安门街道第五届邻里节在玉林社区文化广场开幕。开幕式上，社区居民表演了太极扇、快板和合唱等节目，20余家共建单位设置了义诊、理发、家电维修等便民摊位。',
        '本届邻里节将持续至6月底，期间各社区将陆续开展邻里厨艺大赛、跳蚤市场和亲子运动会等活动15场。',
    ],
    notes=['TRAP (interleaved columns): paragraph 1 stops mid-list at the foot of a column ("…义诊、理发、"), the whole 青塔小学 article (B12) follows, and B11 resumes with "家电维修等便民摊位。" and its paragraph 2 after B12\'s last line; page number "3" is glued to B11\'s last line.']))

A.append(dict(id='B12', kind='news', page=3,
    headline='青塔小学“小小交通员”上岗',
    byline='本报讯（通讯员 许可）',
    text=[
        '本报讯（通讯员 许可）6月3日起，青塔小学32名五年级学生组成的“小小交通员”志愿服务队正式上岗。每天早晨7时30分至8时，队员们在交警和家长志愿者的带领下，在校门口引导同学们安全进校。',
        '学校还联合交通支队在校园周边施划了“护学停车区”，家长临时停车不超过3分钟，上学高峰期校门口拥堵时间缩短了约一半。',
    ],
    notes=['Printed between the two parts of B11 (interleaved columns); it must not absorb B11\'s tail "家电维修等便民摊位。…".']))

byid = {a['id']: a for a in A}

# ---------------------------------------------------------------- layout
E = Emitter()
extra_notes = {}


class Stream:
    """Body stream of one page with column breaks every COL lines (a blank line, often mid-sentence)."""
    def __init__(self):
        self.n = 0

    def line(self, text, aid, role):
        E.add(text, aid, role)
        self.n += 1
        if self.n % COL == 0:
            E.blank(); self.n += 1
            self.last_break = (aid, len(E.lines) - 1)
            # record mid-paragraph breaks
            extra_notes.setdefault(aid, []).append(len(E.lines))

    def gap(self):
        if E.lines[-1][0] != '':
            E.blank(); self.n += 1


def heads(a, col_tag=None):
    subs = a.get('subheadlines', [])
    if col_tag:
        E.add(col_tag, a['id'], 'column tag')
    if a['id'] in ('B1', 'B6'):  # 引题 first
        E.add(subs[0], a['id'], 'kicker')
        E.add(a['headline'], a['id'], 'headline')
        for s in subs[1:]:
            E.add(s, a['id'], 'subtitle')
    elif a['id'] == 'B4':
        E.add(a['headline'][:12], a['id'], 'headline')
        E.add(a['headline'][12:], a['id'], 'headline')
    else:
        E.add(a['headline'], a['id'], 'headline')
        for s in subs:
            if s != col_tag:
                E.add(s, a['id'], 'subtitle')
    E.blank()


def body(st, a, paras, glue_first='', glue_last='', hyph=(), spaced=None, role='body'):
    for j, p in enumerate(paras):
        ls = wrap(p, W, hyph=hyph)
        if j == 0 and glue_first:
            ls[0] = glue_first + ls[0]
        for k, l in enumerate(ls):
            if spaced == (j, k):
                l = ' '.join(l)
            if j == len(paras) - 1 and k == len(ls) - 1 and glue_last:
                l += glue_last
            st.line(l, a['id'], role)
        st.gap()


def own(st, text, aid, role):
    st.line(text, aid, role)
    st.gap()


# page 1 -----------------------------------------------------------------
for t in ['丰台报', 'FENGTAI NEWS', '2026年6月9日 星期二', '第22期（总第1680期）', '中共北京市丰台区委主办  丰台区融媒体中心出版', '今日4版']:
    E.add(t)
E.blank()
for i in ('B1', 'B2', 'B3', 'B4', 'B5'):
    heads(byid[i])
st = Stream()
b1 = byid['B1']
# split B1: paragraphs 0..1 full, paragraph 2 cut mid-sentence
p2 = b1['text'][2]
cut = p2.index('今年前5个月，商务区新增') + len('今年前5个月，商务区新增')
body(st, b1, b1['text'][:2])
body(st, b1, [p2[:cut]])
# remove the gap after the cut part: the jump comes at column foot
E.lines.pop(); st.n -= 1
E.add('（转第2版）'); st.n += 1
st.gap()
body(st, byid['B2'], byid['B2']['text'])
body(st, byid['B4'], byid['B4']['text'])
body(st, byid['B3'], byid['B3']['text'])
own(st, '记者 周洋 摄', 'B3', 'credit')
body(st, byid['B5'], byid['B5']['text'])
E.add('')
# page 2 -----------------------------------------------------------------
E.add('2026年6月9日 星期二  第2版  要闻  责任编辑：高山  美术编辑：林溪')
E.blank()
for i in ('B6', 'B7', 'B8'):
    heads(byid[i])
st = Stream()
rest = [p2[cut:]] + b1['text'][3:]
body(st, b1, rest, glue_first='（接第1版）', role='body (continued)')
b6 = byid['B6']
body(st, b6, b6['text'], spaced=(1, 3))
b7 = byid['B7']
body(st, b7, b7['text'])
b8 = byid['B8']
body(st, b8, b8['text'], glue_last='2')
# wrap hyphen: the word Kindle straddles the line end (justified line squeezes "Kin⁃")
for n, (t, aid, r) in enumerate(E.lines):
    if aid == 'B8' and t.startswith('Kindle'):
        pt, pa, pr = E.lines[n - 1]
        E.lines[n - 1] = (pt + 'Kin\u2043', pa, pr)
        E.lines[n] = (t[3:], aid, r)
        break
# page 3 -----------------------------------------------------------------
E.add('2026年6月9日 星期二  第3版  社区·读者  责任编辑：郑雯')
E.blank()
heads(byid['B9'], col_tag='读者来信')
for i in ('B10', 'B11', 'B12'):
    heads(byid[i])
st = Stream()
b9 = byid['B9']
body(st, b9, b9['text'])
own(st, b9['byline'], 'B9', 'signature')
b10 = byid['B10']
for l in wrap(b10['editor_note'][0], 30):
    st.line(l, 'B10', 'editor note')
st.gap()
own(st, b10['byline'], 'B10', 'byline')
body(st, b10, b10['text'])
cap = b10['captions'][0]
# doubled runs: split caption into runs of 2-4 chars and print each twice
runs, i, sizes = [], 0, [1, 3, 4, 2, 3, 2, 1]
k = 0
while i < len(cap):
    s = sizes[k % len(sizes)]; runs.append(cap[i:i + s]); i += s; k += 1
own(st, ''.join(r + r for r in runs), 'B10', 'caption (doubled)')
# interleaved columns: B11 runs from the foot of one column to the foot of the next; B12 sits between
b11 = byid['B11']
q = b11['text'][0]
k = q.index('家电维修')
body(st, b11, [q[:k]])
E.lines.pop(); st.n -= 1
E.blank(); st.n += 1          # column break
body(st, byid['B12'], byid['B12']['text'])
body(st, b11, [q[k:]] + b11['text'][1:], glue_last='3', role='body (part 2)')
while E.lines and E.lines[-1][0] == '':
    E.lines.pop()

# mid-sentence column-break notes
txt_lines = [l[0] for l in E.lines]
for aid, nums in extra_notes.items():
    mids = []
    for n in nums:  # n = 1-based line number of the blank
        before = txt_lines[n - 2] if n >= 2 else ''
        after = txt_lines[n] if n < len(txt_lines) else ''
        rb = E.lines[n - 2][2] if n >= 2 else None
        ra = E.lines[n][2] if n < len(E.lines) else None
        if before and after and before[-1] not in '。！？”：' and after[:1] not in ('（',) and rb and ra and rb.startswith('body') and ra.startswith('body'):
            mids.append(f'L{n - 1}|{n + 1} "{before[-3:]}|{after[:3]}"')
    if mids and aid in byid:
        byid[aid]['notes'].append('Column break (blank line) mid-sentence: ' + ', '.join(mids) + '; joined.')
for a in A:
    a['source_lines'] = E.spans(a['id'])

here = os.path.dirname(os.path.abspath(__file__))
open(os.path.join(here, NAME + '.txt'), 'w').write(E.text())
meta = dict(source=NAME + '.txt', publication='丰台报', date='2026-06-09', issue_no='总第1680期',
            not_articles=['丰台报', 'FENGTAI NEWS', '2026年6月9日 星期二', '第22期（总第1680期）',
                          '中共北京市丰台区委主办  丰台区融媒体中心出版', '今日4版',
                          '2026年6月9日 星期二  第2版  要闻  责任编辑：高山  美术编辑：林溪',
                          '2026年6月9日 星期二  第3版  社区·读者  责任编辑：郑雯', '（转第2版）', '（接第1版）', '2', '3'],
            notes=('INVENTED issue (holdout2). 丰台-style: on every page the extractor put ALL headline blocks of the page first '
                   '(headline stack: lines of one block consecutive, blank line between blocks), then the bodies in column order; '
                   'hard-wrapped at ~22 em; blank lines between paragraphs and at column breaks every ~24 lines (mid-sentence where they fall). '
                   'Page headers from page 2 on are furniture. "今日4版" but only pages 1-3 are extracted.'))
write_truth(os.path.join(here, NAME + '.json'), meta, A)
bad = check(E.text(), os.path.join(here, NAME + '.json'), drop=('（接第1版）', '（转第2版）'))
sys.exit(1 if bad else 0)
