#!/usr/bin/env python3
"""Holdout2 issue A: 西城-style weekly, extraction WITHOUT blank lines in bodies.
Truth written first (articles below), then the extracted-looking .txt is produced from it."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h2lib import wrap, Emitter, write_truth, check

NAME = 'xicheng-2026-05-20'
W = 17
FW = '\u3000\u3000'

A = []

A.append(dict(id='A1', kind='news', page=1,
    headline='西城启动2026年老旧小区综合整治',
    subheadlines=['——年内完成23个小区87栋楼改造，惠及居民6400余户'],
    byline='本报记者 孙悦',
    text=[
        '5月18日，西城区2026年老旧小区综合整治项目集中开工仪式在展览路街道百万庄北里举行。记者从区住房城市建设委获悉，今年全区计划对23个小区、87栋楼实施综合整治，涉及建筑面积约41.6万平方米，惠及居民6400余户。',
        '今年的整治项目分布在展览路、月坛、广安门外、白纸坊等9个街道，其中建成于1990年以前的小区占比超过七成。整治内容分为基础类、完善类和提升类三个层次：基础类包括楼体节能改造、上下水管线更换、屋面防水等；完善类包括加装电梯、增设无障碍坡道、规范停车管理；提升类则结合居民意愿，建设养老助餐点、便民菜站和口袋公园。',
        '“一楼一策”是今年整治工作的一大特点。区住房城市建设委相关负责人介绍，开工前，各街道组织设计单位逐楼入户调查，累计发放问卷5300余份，召开居民议事会126场，收集意见建议1800余条，采纳率达到82%。',
        '为减少施工对居民生活的影响，今年所有项目均实行“施工公示牌+居民监督员”制度，每个小区至少选聘3名居民监督员，全程参与质量监督和竣工验收。夜间22时至次日6时禁止高噪声作业，渣土清运车辆须全程苫盖。',
        '据悉，今年整治项目计划于10月底前完成主体施工，12月底前全部完工验收。居民如对施工有意见建议，可拨打项目监督电话010-66015823反映。',
    ],
    notes=['Lead story directly under the page label 要闻 (L-label is page furniture, not a headline).',
           '主题 and 副题 separated by the only kind of blank line this extraction has; 副题 starts with "——".',
           'Byline "本报记者 孙悦" on its own line under the headline, not part of the text.',
           'No blank lines in the body: paragraphs are marked only by the full-width indent "　　".']))

A.append(dict(id='A2', kind='news', page=1,
    headline='家门口的“老年餐桌”又添14家',
    subheadlines=['全区养老助餐点达到186个 日均服务老人1.2万人次'],
    byline='记者 王雪琪 文/摄',
    captions=['▲老人在玉桃园社区养老助餐点就餐。'],
    text=[
        '中午11点刚过，新街口街道玉桃园社区养老助餐点里已坐满了前来就餐的老人。两荤两素一汤，标价18元，持北京通—养老助残卡的80岁以上老人可享受每餐3元补贴。“离家走路不到五分钟，菜做得软烂，适合我们这岁数的人。”81岁的居民郝秀兰一边吃一边说。',
        '记者从区民政局了解到，今年1月至4月，西城区新建养老助餐点14家，全区养老助餐点总数达到186个，实现街道全覆盖，日均服务老年人1.2万人次。其中，由社区食堂、餐饮企业、养老驿站等多方参与的“社会餐饮+”模式占比达到61%。',
        '针对行动不便的老人，各助餐点还提供送餐上门服务。在德胜街道，12名外卖骑手组成“助老配送队”，每天11时至12时30分将餐食送到老人家中，每单配送费仅1元。截至目前，全区累计登记送餐需求老人2300余名。',
        '区民政局相关负责人表示，下一步将重点推动助餐点向老旧小区和老年人口密集区域延伸，年内力争新增助餐点不少于20个，并建立菜品质量和价格的常态化评价机制。老年人可拨打养老服务热线010-83652900查询就近助餐点。',
    ],
    notes=['副题 without a leading dash.', 'TRAP: the photo caption line "▲老人在玉桃园社区养老助餐点就餐。" (no indent) is printed in the middle of paragraph 2, mid-sentence, with no blank line around it; it goes to captions and the sentence is rejoined.',
           'Byline "记者 王雪琪 文/摄" covers the photo, so the caption has no credit.']))

A.append(dict(id='A3', kind='news', page=1,
    headline='主汛期来了，西城准备好了吗？',
    byline='通讯员 赵凯 记者 李昂',
    text=[
        '随着主汛期临近，西城区防汛工作进入冲刺阶段。截至5月15日，全区已完成雨水口清掏1.6万个、雨水管线疏通286公里，排查积水点位42处，其中列入市级重点监测的下凹式立交桥5座。',
        '今年，区防汛办在广安门内、天桥等易积水区域新设置移动泵车点位8个，配备大功率抽水泵53台，并为47个老旧平房院落配发挡水板和沙袋。各街道均组建了不少于30人的社区防汛抢险队伍，实行24小时值班备勤。',
        '区防汛办提醒，汛期遇强降雨时，市民应尽量减少外出，不要在地下通道、低洼路段停留。如发现积水、井盖缺失等情况，可拨打12345市民服务热线或区防汛值班电话010-66183067。',
    ],
    notes=['TRAP: the headline ends with "？" and has a comma - it looks like a sentence; it has no 副题 and so no blank line at all: the previous article\'s last line, this headline, the byline and the body follow each other directly.',
           'Byline "通讯员 赵凯 记者 李昂" on its own line.']))

A.append(dict(id='A4', kind='news', page=1,
    headline='义务教育入学信息采集5月25日启动',
    subheadlines=['——今年西城小学计划招生1.1万人'],
    byline='本报讯（记者 高远）',
    text=[
        '本报讯（记者 高远）记者从区教委获悉，2026年西城区义务教育阶段入学信息采集工作将于5月25日启动，6月8日截止。今年全区小学计划招生约1.1万人，初中计划招生约9600人。',
        '适龄儿童家长需登录北京市义务教育入学服务平台填报信息。户籍在西城且实际居住地与户籍地一致的儿童，按照“单校划片”和“多校划片”相结合的方式入学。今年实行多校划片的学区由去年的5个扩大到7个。',
        '区教委提醒，信息采集期间，各街道均设立了入学咨询点，家长也可拨打区教委咨询电话010-66533016、66533017，工作日9时至17时均有专人解答。',
    ],
    notes=['Dateline 本报讯（记者 高远） starts paragraph 1 (no separate byline line). Hotline continues with a bare number "66533017".']))

A.append(dict(id='A5', kind='news', page=1,
    headline='120家企业带来3200余个岗位',
    subheadlines=['——“春风送岗”专场招聘会在西城体育馆举行'],
    byline='记者 周宁',
    text=[
        '5月16日，西城区“春风送岗”专场招聘会在西城体育馆举行。金融、科技服务、文化旅游、商贸零售等领域的120家用人单位现场提供岗位3200余个，其中面向高校毕业生的岗位1100余个，月薪多在7000元至12000元之间。',
        '招聘会现场设置了政策咨询、简历诊断、职业测评等服务区。区人力资源公共服务中心工作人员介绍，当天进场求职者约4600人次，初步达成就业意向860余人。',
        '未能到场的求职者可关注“西城就业”微信公众号，在线浏览岗位信息并投递简历。本月下旬，区人力社保局还将举办养老护理、家政服务等专项招聘会。',
    ],
    notes=['Headline starts with a number ("120家…") - not a list item. Last article of page 1; the page footer "第1版 2026年5月20日" follows its last line directly.']))

A.append(dict(id='A6', kind='feature', page=2,
    headline='胡同里“长”出共享客厅',
    subheadlines=['——白塔寺片区宫门口东岔胡同微更新见闻'],
    byline='记者 刘畅 文/摄',
    crossheads=['一间闲置房 变身“胡同会客厅”', '规划师驻场 居民说了算', '小微空间 串起慢行步道'],
    captions=['▲居民在“胡同会客厅”里下象棋。'],
    text=[
        '推开宫门口东岔胡同17号院的木门，一间四十多平方米的屋子里，几位老街坊正围坐着下象棋，墙上挂着胡同的老照片。就在半年前，这里还是一间堆满杂物的闲置房。',
        '这间“胡同会客厅”由新街口街道联合区属国企腾退改造而成，屋内设置了阅览角、议事桌和共享厨房，每天8时至20时向居民开放。“以前大家只能在胡同口站着聊天，现在有了自己的客厅，冬天也不怕冷了。”居民金大爷笑着说。',
        '据介绍，会客厅运营半年来，已举办议事会、手工课、老物件展等活动70余场，累计接待居民和游客9800余人次。',
        '在改造过程中，街道引入责任规划师团队驻场办公。规划师蒋一帆告诉记者，团队先后5次召开胡同议事会，把居民提出的“加装晾衣杆”“门口留出轮椅通道”等32条建议写进了设计方案。',
        '“胡同更新不是大拆大建，而是在不改变风貌的前提下，解决老百姓身边的小问题。”蒋一帆说。',
        '除了会客厅，宫门口东岔沿线还利用边角地建设了4处口袋花园和2处休憩座椅，与白塔寺、历代帝王庙之间的慢行步道连成一体。街道计划年底前将这一模式推广到片区内的另外6条胡同。',
    ],
    notes=['Page 2 uses a TWO ASCII SPACE indent instead of the full-width one.',
           'TRAP: three crossheads printed as "■ …" lines without indent and without blank lines (not paragraphs, not headlines of new articles; "■" is decoration, removed in crossheads).',
           'Photo caption "▲居民在“胡同会客厅”里下象棋。" follows the last body line, then the next article\'s headline follows with no blank line.']))

A.append(dict(id='A7', kind='news', page=2,
    headline='“绿色账户”积分能换菜了',
    subheadlines=['——月坛街道垃圾分类激励机制升级'],
    byline='记者 冯佳',
    text=[
        '在月坛街道三里河一区，居民投放厨余垃圾后扫码称重，积分就会自动存入手机上的“绿色账户”。从本月起，这些积分不仅能兑换洗衣液、垃圾袋，还能在社区便民菜站直接抵扣菜钱。',
        '按照规则，居民每正确投放1公斤厨余垃圾可获得10个积分，100个积分可抵扣1元。街道城市管理办公室负责人介绍，新规实施半个月来，辖区厨余垃圾日均分出量由3.2吨提高到3.9吨，增长约22%。',
        '目前，月坛街道已在26个小区设置智能投放站点58个，每个站点在早晚投放高峰均安排桶前值守人员。下一步，街道还将联合辖区超市扩大积分兑换范围。',
    ],
    notes=['TRAP: this article lost its indents in extraction (no indent, no blank line): paragraphs are recognisable only because each ends with "。" on a short line. Its lines look exactly like headline lines of other articles (no indent).']))

BRIEF_NOTE = ('Item of the "社区简讯" column (column title is furniture). The item title is printed as "◆…" on its own line (the "◆" is decoration, not part of the headline); one indented paragraph follows, no byline.')
A.append(dict(id='A8', kind='news', page=2, headline='什刹海街道开展汛前应急演练',
    text=['5月14日，什刹海街道在前海西街开展汛前应急演练，模拟强降雨导致平房院落进水险情，街道、社区、物业和消防救援站共80余人参与，演练历时40分钟。'],
    notes=[BRIEF_NOTE, 'TRAP: the column title "社区简讯" sits between the previous article\'s last line and this item with no blank line.']))
A.append(dict(id='A9', kind='news', page=2, headline='陶然亭街道为独居老人安装燃气报警器',
    text=['近日，陶然亭街道为辖区312户独居老人免费安装燃气泄漏报警器和烟感报警器，报警信息可同步推送至老人子女及社区网格员手机。'],
    notes=[BRIEF_NOTE]))
A.append(dict(id='A10', kind='news', page=2, headline='椿树街道“周末书房”开门迎客',
    text=['椿树街道图书馆新设的“周末书房”于5月17日正式开放，每周六、周日9时至21时提供图书借阅、亲子阅读等服务，首日接待读者430余人次。'],
    notes=[BRIEF_NOTE]))

A.append(dict(id='A11', kind='news', page=2,
    headline='“西城文化季”6月6日开幕',
    subheadlines=['——58场演出展览走进街巷 半数以上免费'],
    byline='记者 秦岚',
    text=[
        '第六届“西城文化季”将于6月6日至7月12日举行。记者从区文化和旅游局了解到，本届文化季共安排戏曲、话剧、音乐会、非遗展览等活动58场，其中31场免费向公众开放，演出地点覆盖天桥艺术中心、北京坊、广德楼等12处场馆和街区。',
        '开幕演出将在天桥艺术中心上演京剧《赤桑镇》选段和新编民乐《大栅栏》。文化季期间，北京坊还将举办为期两周的“老字号新国潮”展，展出全聚德、内联升、瑞蚨祥等27家老字号的200余件老物件。',
        '免费场次需提前通过“文化西城”小程序预约，每个账号每场限约2张。咨询电话：010-63036622。',
    ],
    notes=['One line is letter-spaced by justification (spaces between hanzi) - kept; compare without white space.']))

A.append(dict(id='A12', kind='news', page=2, head_split=10,
    headline='金融街周边12条道路试点“潮汐车位”',
    subheadlines=['——白天供上班族 夜间留给居民'],
    byline='通讯员 宋佳 记者 韩冬',
    text=[
        '为缓解金融街地区“白天停车难、夜间车位空”的矛盾，区城市管理委联合交管部门在金融街周边12条道路试点施划“潮汐车位”共460个。',
        '试点车位工作日7时至19时面向周边上班族开放，按每小时6元收费；19时至次日7时及节假日全天，优先供周边登记备案的居民车辆停放，月费150元。居民可通过“西城停车”App提交备案申请。',
        '区城市管理委相关负责人表示，试点为期6个月，期间将根据车位周转率和居民反馈动态调整时段和价格。',
    ],
    notes=['TRAP: the headline is wrapped over two lines ("金融街周边12条道路" / "试点“潮汐车位”"); joined without a space; the second line is not a 副题 (the 副题 follows after the blank line).', 'Last article; followed by the editors line "责编：马晓燕 校对：郑然" and the page footer "第2版 2026年5月20日" (furniture).']))

# ---------------------------------------------------------------- layout
E = Emitter()
SLOGAN = '深入学习贯彻习近平新时代中国特色社会主义思想，奋力谱写中国式现代化的西城篇章'
for t in ['西城报', 'XICHENG NEWS', '2026年5月20日 星期三', '第19期 总第1412期 今日2版',
          '中共北京市西城区委主办', '准印证号：京内资准字0921-L0235'] + wrap(SLOGAN, W):
    E.add(t)
E.add('要闻')
notes_extra = {}


def para_lines(text, indent, width=W):
    if indent == FW:
        return wrap(text, width, first_prefix=FW)
    if indent == '  ':
        ls = wrap(text, width - 1, first_prefix='  ')  # two ascii spaces stand for a 2-em indent
        return ls
    return wrap(text, width)


def emit_head(a):
    if a.get('head_split'):
        k = a['head_split']
        E.add(a['headline'][:k], a['id'], 'headline')
        E.add(a['headline'][k:], a['id'], 'headline')
    else:
        E.add(a['headline'], a['id'], 'headline')
    if a.get('subheadlines'):
        E.blank()
        E.add(a['subheadlines'][0], a['id'], 'subtitle')
    if a.get('byline') and not a['text'][0].startswith(a['byline']):
        E.add(a['byline'], a['id'], 'byline')


def emit_body(a, indent, caption_after=None, cross_before=None, spaced=None):
    endfull = []
    for j, p in enumerate(a['text']):
        if cross_before and j in cross_before:
            E.add('■ ' + cross_before[j], a['id'], 'crosshead')
        ls = para_lines(p, indent)
        for k, l in enumerate(ls):
            if spaced and spaced[0] == j and spaced[1] == k:
                body = l.lstrip(' \u3000')
                l = l[:len(l) - len(body)] + ' '.join(body)
            n = E.add(l, a['id'], 'body')
            if k < len(ls) - 1 and l.rstrip()[-1:] in '。！？”' and len(l.strip()) >= W - 2:
                endfull.append(n)
            if caption_after and caption_after[0] == j and caption_after[1] == k:
                E.add(a['captions'][0], a['id'], 'caption')
    return endfull


def lastline_check(a, indent):
    for p in a['text']:
        ls = para_lines(p, indent)
        if len(ls[-1]) >= W - 1:
            print('WARN', a['id'], 'para last line is full width:', ls[-1])


byid = {a['id']: a for a in A}
# page 1 ----------------------------------------------------------------
for a in A[:5]:
    emit_head(a)
    cap = (1, 2) if a['id'] == 'A2' else None
    ef = emit_body(a, FW, caption_after=cap)
    if ef:
        a.setdefault('notes', []).append('TRAP: line(s) ' + ', '.join(f'L{n}' for n in ef) +
                                         ' end with sentence-final punctuation at full width but the paragraph continues on the next (unindented) line.')
E.add('第1版 2026年5月20日')
# page 2 ----------------------------------------------------------------
E.add('社区')
a = byid['A6']; emit_head(a)
ef = emit_body(a, '  ', cross_before={1: a['crossheads'][0], 3: a['crossheads'][1], 5: a['crossheads'][2]})
E.add(a['captions'][0], 'A6', 'caption')
a = byid['A7']; emit_head(a); lastline_check(a, ''); emit_body(a, '')
E.add('社区简讯')
for i in ('A8', 'A9', 'A10'):
    a = byid[i]
    E.add('◆' + a['headline'], i, 'headline')
    emit_body(a, '  ')
a = byid['A11']; emit_head(a); emit_body(a, '  ', spaced=(2, 0))
a = byid['A12']; emit_head(a); emit_body(a, '  ')
E.add('责编：马晓燕  校对：郑然')
E.add('第2版 2026年5月20日')

for a in A:
    a['source_lines'] = E.spans(a['id'])

here = os.path.dirname(os.path.abspath(__file__))
open(os.path.join(here, NAME + '.txt'), 'w').write(E.text())
meta = dict(source=NAME + '.txt', publication='西城报', date='2026-05-20', issue_no='总第1412期',
            not_articles=['西城报', 'XICHENG NEWS', '2026年5月20日 星期三', '第19期 总第1412期 今日2版',
                          '中共北京市西城区委主办', '准印证号：京内资准字0921-L0235', SLOGAN, '要闻', '第1版 2026年5月20日',
                          '社区', '社区简讯', '责编：马晓燕  校对：郑然', '第2版 2026年5月20日'],
            notes=('INVENTED issue (holdout2). 西城-style weekly; extraction has NO blank lines except between a 主题 and its 副题. '
                   'Hard-wrapped at ~17 em. Page 1 paragraphs begin with a full-width indent (U+3000 x2), page 2 with two ASCII spaces; '
                   'headlines, bylines, captions, crossheads, page labels and footers have no indent. Page labels 要闻/社区 and footers '
                   '"第N版 2026年5月20日" are furniture. The masthead ends with a slogan hard-wrapped over three lines (no final punctuation), directly followed by the page label 要闻 and the lead headline. Issue number printed "第19期 总第1412期".'))
write_truth(os.path.join(here, NAME + '.json'), meta, A)
bad = check(E.text(), os.path.join(here, NAME + '.json'))
sys.exit(1 if bad else 0)
