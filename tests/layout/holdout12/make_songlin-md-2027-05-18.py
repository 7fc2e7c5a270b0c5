#!/usr/bin/env python3
"""松林周报 2027-05-18: Markdown written by a PDF-to-Markdown converter (kind c): heading levels from font size
(inconsistent), headlines left as plain or bold lines, body lines made headings, `---` page breaks after a page-number
line `- N -`, bold runs, images `![](images/<hash>.jpg)` with captions, and a paragraph split into two Markdown
paragraphs at every column break. Truth first, then layout."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h12lib import Doc, write_truth, check, split_at
NAME = 'songlin-md-2027-05-18'
A = {}
A['lead'] = dict(kind='news', headline='松林区全面推行“林长制”升级版', subheadlines=['守护绿水青山', '建立区镇村三级林长1260名'],
  byline='本报讯（记者 涂林）',
  text=['本报讯（记者 涂林）5月15日，松林区召开林长制工作会议，全面推行“林长制”升级版。全区建立区、镇（街道）、村三级林长1260名，配备护林员、森林警长等基层力量2100余人，实现每一片山林都有人管、有人护。',
   '松林区森林覆盖率达71.3%，是全省重点林区之一。2023年推行林长制以来，全区累计完成植树造林2.6万亩，查处涉林违法案件140余起，森林火灾受害率连续三年控制在0.1‰以下。',
   '此次升级版林长制重点在“智慧护林”上下功夫。区里将在全区主要林区布设高清监控探头和烟火识别系统，护林员配备巡护终端，巡护轨迹、发现的问题实时上传到林长制信息平台，做到问题早发现、早处置。',
   '会议明确，各级林长要落实“林长+检察长”“林长+警长”协作机制，对破坏森林资源的行为依法从严查处。同时，要大力发展林下经济，推广香榧、竹笋、中药材等林下种植，让林农守着青山也能增收。',
   '区委书记乔木森在会上要求，各级林长要把责任扛在肩上，真正做到守林有责、守林负责、守林尽责，让松林的山更绿、水更清。'])
capP = '5月13日，石门镇石门山上的野生杜鹃花竞相开放，吸引不少游客前来观赏。'
A['photo'] = dict(kind='photo', headline='杜鹃花开满山红', subheadlines=[], byline='记者 祝青 摄', captions=[capP], text=[capP])
A['canteen'] = dict(kind='news', headline='松溪街道开出首家“社区食堂”', subheadlines=[], byline='本报讯（通讯员 柏舟）',
  text=['本报讯（通讯员 柏舟）5月12日，松溪街道首家社区食堂在杉湖社区开业。食堂面向全体居民开放，60岁以上老人凭老年卡就餐可享受八五折优惠。',
   '食堂每天供应早、中、晚三餐，菜品以家常菜为主，每餐提供十余种菜品供居民挑选。为方便上班族，食堂还推出了“线上点餐、下班自提”服务。',
   '街道相关负责人介绍，今年街道还将在竹园、梅岭两个社区再开两家社区食堂，实现辖区社区食堂全覆盖。'])
A['jobfair'] = dict(kind='news', headline='区人社局举办高校毕业生专场招聘会', subheadlines=[], byline='（记者 祝青）',
  text=['5月11日，区人社局在区文体中心举办高校毕业生专场招聘会，86家企业提供电子信息、机械制造、文旅服务等岗位1400余个，吸引1200多名毕业生到场求职，初步达成就业意向420人。',
   '招聘会现场还设立了政策咨询台和简历诊断区，为毕业生解读就业补贴、创业担保贷款等政策。'])
A['bamboo'] = dict(kind='news', headline='石门镇竹产业链延伸到“家门口”', subheadlines=['竹笋加工、竹编工艺带动2000余户增收'],
  byline='本报讯（记者 涂林 通讯员 柏舟）',
  text=['本报讯（记者 涂林 通讯员 柏舟）走进石门镇竹坞村的竹笋加工厂，工人们正在把刚挖回来的鲜笋剥壳、蒸煮、装袋。“现在是春笋加工旺季，每天能加工鲜笋20多吨。”厂长颜青山说。',
   '石门镇有毛竹林8.2万亩，过去村民挖了竹笋、砍了竹子只能卖原料，价格低、收入少。近年来，镇里引进竹笋加工、竹制品生产企业7家，建成竹编工艺工坊3个，把竹产业链延伸到了村民家门口。',
   '截至目前，全镇竹产业年产值达3.8亿元，带动2000余户农户增收，户均年增收1.6万元。',
   '竹坞村村民毛阿姨在竹编工坊上班已经两年了，每月能拿到3000多元工资。“在家门口上班，既能挣钱，又能照顾老人孩子。”她说。'])
A['exam'] = dict(kind='news', headline='松林区做好中考中招各项准备', subheadlines=[], byline='本报讯（记者 祝青）',
  text=['本报讯（记者 祝青）今年松林区参加中考的考生共有4620人，设3个考点、158个考场，考试将于6月13日至15日进行。',
   '区教育局已对各考点的监控系统、无线电屏蔽设备和广播系统进行了全面检测。考试期间，公安、交通、市场监管等部门将在考点周边实施交通管制，加强食品安全检查，严禁噪音扰民。',
   '区教育局提醒考生，要提前熟悉考点路线和考场位置，考试当天提前到达考点，严禁携带手机、智能手表等电子设备进入考场。'])
A['op'] = dict(kind='opinion', headline='社区食堂要算好“长久账”', subheadlines=['松林快评'], byline='文｜卢杉',
  text=['社区食堂开业，居民点赞的多。可放眼各地，也有一些社区食堂开业时热热闹闹，没过多久就因为经营亏损关了门。',
   '社区食堂是民生项目，也要遵循市场规律。场地租金、人工成本、食材价格，每一项都要算清楚。单靠政府补贴撑着，很难走得长远。',
   '让社区食堂开得下去，需要多想办法：对外开放，扩大客源；发展助餐配送，延伸服务；引入有经验的餐饮企业运营，控制成本。把“长久账”算明白了，居民家门口的这口热饭才能一直吃下去。'])
A['notice'] = dict(kind='notice', headline='关于松溪路部分路段封闭施工的通告', subheadlines=[], byline=None,
  text=['因松溪路雨污分流改造工程施工需要，经研究决定，对松溪路部分路段实施封闭施工。现将有关事项通告如下：',
   '一、封闭路段：松溪路（杉湖路口至竹园路口）。',
   '二、封闭时间：2027年5月20日至2027年7月20日。',
   '三、封闭期间，过往车辆请绕行杉湖路、竹园路，行人请注意安全。',
   '由此给市民出行带来的不便，敬请谅解。',
   '松林区住房和城乡建设局',
   '松林区公安分局交通警察大队',
   '2027年5月16日'])
capF = '傅春华（右）在检查茶叶的成色。'
A['tea'] = dict(kind='feature', headline='一片茶叶的“出山”路', subheadlines=['——记杉湖村茶叶合作社带头人傅春华'], byline='记者 祝青 文/摄',
  crossheads=['从“守着金山讨饭吃”说起', '直播间里卖出山里茶'], captions=[capF],
  text=['杉湖村藏在松林区最北边的大山里，海拔800多米，云雾缭绕，山坡上到处是野生的老茶树。',
   '“我们这儿的茶叶好，可过去就是卖不上价。”傅春华说。以前村民采了茶，只能卖给上门收购的茶贩子，一斤鲜叶卖不到二十块钱。',
   '2019年，在外打工多年的傅春华回到村里，牵头成立了茶叶合作社。她带着社员学习制茶技术，统一采摘标准，注册了“杉湖云雾”商标。合作社收购鲜叶的价格比茶贩子高出三成，入社农户从最初的12户增加到了86户。',
   '茶叶做出来了，怎么卖出去？傅春华想到了直播。她在手机上开了直播间，每天带着网友看茶园、看制茶，讲杉湖村的故事。',
   '一开始，直播间里只有几十个人。傅春华坚持每天直播，慢慢积累起了人气。去年，合作社通过直播卖出茶叶1.2万斤，销售额突破500万元。',
   '如今，傅春华又有了新打算：在村里建一个茶文化体验园，让城里人到山里来采茶、制茶、住民宿。“茶叶走出了大山，也要把人请进来。”'])
A['river'] = dict(kind='news', headline='松溪河综合治理工程通过验收', subheadlines=[], byline='本报讯（记者 涂林）',
  text=['本报讯（记者 涂林）5月10日，松溪河综合治理工程通过竣工验收。工程历时两年，治理河道12.4公里，新建加固堤防8.6公里，沿河建成滨水绿道10公里。',
   '治理后，松溪河防洪标准由10年一遇提高到20年一遇，河道水质稳定达到Ⅲ类。沿河两岸种植了乔灌木1.8万株，建成亲水平台6处，成为市民休闲健身的好去处。'])
A['health'] = dict(kind='news', headline='家庭医生签约服务覆盖率达68%', subheadlines=['“健康松林”行动'], byline='本报讯（通讯员 甘露）',
  text=['本报讯（通讯员 甘露）记者从区卫生健康局获悉，截至4月底，全区组建家庭医生团队146个，签约居民23.6万人，常住人口家庭医生签约服务覆盖率达68%，重点人群签约率达92%。',
   '签约居民可以享受健康咨询、慢病随访、预约转诊、上门巡诊等服务。今年，区里还将推出“家庭医生+智能手环”服务，为高血压、糖尿病患者实时监测健康数据。'])
A['lib'] = dict(kind='news', headline='区图书馆推出“借书不用跑”服务', subheadlines=[], byline='（记者 祝青）',
  text=['即日起，读者通过“松林图书馆”微信公众号在线借书，图书将通过快递免费送到家中，读完后可到全区32个图书服务点就近归还。'])
ORDER = ['lead', 'photo', 'canteen', 'jobfair', 'bamboo', 'exam', 'op', 'notice', 'tea', 'river', 'health', 'lib']
IX = {k: i for i, k in enumerate(ORDER)}
d = Doc()
def add(line, k=None, part=None):
    d.add(line, IX[k] if k else None, part); d.blank()
def paras(k, ps):
    for p in ps: add(p, k, 'body')

# ---- page 1
add('# 松林周报'); add('SONGLIN WEEKLY'); add('2027年5月18日　星期二　第20期（总第1288期）　本期4版')
add('中共松林区委主办　松林区融媒体中心出版')
a = A['lead']
add('守护绿水青山', 'lead', 'kicker'); add('# ' + a['headline'], 'lead', 'head'); add('### ' + a['subheadlines'][1], 'lead', 'subtitle')
T = a['text']
add('**本报讯**' + T[0][len('本报讯'):], 'lead', 'body')
add(T[1], 'lead', 'body')
p1, p2 = split_at(T[2], '巡护轨迹、发现的')
add(p1, 'lead', 'body'); add(p2, 'lead', 'body')
add(T[3].replace('“林长+检察长”“林长+警长”', '**“林长+检察长”“林长+警长”**'), 'lead', 'body')
add(T[4], 'lead', 'body')
add('## ' + A['photo']['headline'], 'photo', 'head')
add('![](images/8c1f0e6a2b9d4d73.jpg)')
add(capP + '（记者 祝青 摄）', 'photo', 'caption')
a = A['canteen']
add(a['headline'], 'canteen', 'head')          # headline left as a plain line
add('**本报讯**' + a['text'][0][3:], 'canteen', 'body'); paras('canteen', a['text'][1:])
a = A['jobfair']
add('##### ' + a['headline'], 'jobfair', 'head')
add(a['text'][0], 'jobfair', 'body'); add(a['text'][1] + a['byline'], 'jobfair', 'body')
add('- 1 -'); add('---')
# ---- page 2
add('松林周报　2027年5月18日　第2版　综合新闻')
a = A['bamboo']
add('## ' + a['headline'], 'bamboo', 'head'); add('竹笋加工、竹编工艺带动2000余户增收', 'bamboo', 'subtitle')
T = a['text']
add('**本报讯**' + T[0][3:], 'bamboo', 'body')
p1, p2 = split_at(T[1], '建成竹编工艺工坊3个，')
add(p1, 'bamboo', 'body'); add(p2, 'bamboo', 'body')
add('### ' + T[2], 'bamboo', 'body')     # a short body paragraph made a heading
add(T[3], 'bamboo', 'body')
a = A['exam']
add('# ' + a['headline'], 'exam', 'head')
add('**本报讯**' + a['text'][0][3:], 'exam', 'body')
add('![](images/51d0a7e3c64b2f18.jpg)')
paras('exam', a['text'][1:])
a = A['op']
add('#### 松林快评', 'op', 'tag'); add('## ' + a['headline'], 'op', 'head'); add('**文｜卢杉**', 'op', 'byline')
T = a['text']
add(T[0], 'op', 'body')
p1, p2 = split_at(T[1], '每一项都要')
add(p1, 'op', 'body'); add(p2, 'op', 'body')
add(T[2], 'op', 'body')
a = A['notice']
add('**' + a['headline'] + '**', 'notice', 'head')      # headline as a bold line
paras('notice', a['text'])
add('- 2 -'); add('---')
# ---- page 3
add('松林周报　2027年5月18日　第3版　松林人物')
a = A['tea']
add('### ' + a['headline'], 'tea', 'head'); add('#### ' + a['subheadlines'][0], 'tea', 'subtitle'); add(a['byline'], 'tea', 'byline')
T = a['text']
paras('tea', T[:1])
add('## ' + a['crossheads'][0], 'tea', 'crosshead')
add(T[1], 'tea', 'body')
p1, p2 = split_at(T[2], '统一采摘标准，')
add(p1, 'tea', 'body'); add(p2, 'tea', 'body')
add('![](images/e40b9f27d1a8c365.jpg)')
add(capF, 'tea', 'caption')
add('## ' + a['crossheads'][1], 'tea', 'crosshead')
add(T[3], 'tea', 'body')
add('## ' + T[4], 'tea', 'body')          # a body paragraph made a heading, same level as the crossheads
add(T[5].replace('“茶叶走出了大山，也要把人请进来。”', '**“茶叶走出了大山，也要把人请进来。”**'), 'tea', 'body')
a = A['river']
add('#### ' + a['headline'], 'river', 'head')
add('**本报讯**' + a['text'][0][3:], 'river', 'body'); add(a['text'][1], 'river', 'body')
a = A['health']
add('### “健康松林”行动', 'health', 'kicker'); add('#### ' + a['headline'], 'health', 'head')
T = a['text']
p1, p2 = split_at(T[0], '签约居民23.6万人，')
add('**本报讯**' + p1[3:], 'health', 'body'); add(p2, 'health', 'body'); add(T[1], 'health', 'body')
a = A['lib']
add(a['headline'], 'lib', 'head')
add(a['text'][0] + a['byline'], 'lib', 'body')
add('- 3 -')
while d.lines and d.lines[-1] == '': d.lines.pop()

A['lead']['notes'] = ('Kicker `守护绿水青山` is a PLAIN line above the `#` headline; subtitle `###`. Bold `**本报讯**` in the dateline '
  'and a bold run in ¶4 (markup, not text). ¶3 is split by the converter into two Markdown paragraphs at a column break '
  '(`…巡护轨迹、发现的` | `问题实时上传…`) - one paragraph. 5 paragraphs.')
A['photo']['notes'] = ('Photo news: `##` headline, image, caption line with the credit `（记者 祝青 摄）` glued at its end (caption '
  'minus credit = the paragraph; credit = byline).')
A['canteen']['notes'] = 'TRAP: headline left as a PLAIN line (no heading marker) right after the photo caption.'
A['jobfair']['notes'] = 'Headline at `#####`; end byline `（记者 祝青）` glued to the last paragraph; page-number line `- 1 -` and `---` follow.'
A['bamboo']['notes'] = ('Page 2 starts with a running-head line (furniture). `##` headline + plain subtitle line. ¶2 split into two '
  'Markdown paragraphs at a column break (`…建成竹编工艺工坊3个，` | `把竹产业链…`). ¶3 (a short body paragraph) was made a '
  '`###` heading by the converter - it is a paragraph, not a headline or crosshead. 4 paragraphs.')
A['exam']['notes'] = '`#` headline (same level as the masthead). An image without caption sits between ¶1 and ¶2.'
A['op']['notes'] = ('Commentary: tag `#### 松林快评`, `##` headline, bold author line `**文｜卢杉**` (byline). ¶2 split at a '
  'column break (`…每一项都要` | `算清楚。…`).')
A['notice']['notes'] = ('Notice: headline left as a BOLD line (no heading). Intro, three clauses, closing line, two issuer lines and '
  'the date: 8 paragraphs (issuer and date lines are paragraphs). Then page number `- 2 -` and `---`.')
A['tea']['notes'] = ('Feature (page 3, after a running head): `###` headline, `####` ——subtitle, plain byline line `记者 祝青 文/摄`, '
  'two `##` crossheads (not paragraphs). ¶3 split at a column break (`…统一采摘标准，` | `注册了…`). Image + plain caption after '
  '¶3. TRAP: ¶5 (`一开始，直播间里…`) was made a `##` heading, the same level as the crossheads - it is a body paragraph. '
  'Bold run in ¶6. 6 paragraphs.')
A['river']['notes'] = 'Headline at `####`, smaller than the feature\'s crossheads.'
A['health']['notes'] = ('Kicker `### “健康松林”行动` is at a HIGHER heading level than its `####` headline. ¶1 split at a column break '
  '(`…签约居民23.6万人，` | `常住人口…`).')
A['lib']['notes'] = 'TRAP: headline left as a plain line; one paragraph with end byline `（记者 祝青）` glued; page number `- 3 -` ends the file.'
A['health']['subheadlines'] = ['“健康松林”行动']
arts = [A[k] for k in ORDER]
here = os.path.dirname(os.path.abspath(__file__))
src = NAME + '.md'
open(os.path.join(here, src), 'w', encoding='utf-8').write(d.text())
write_truth(os.path.join(here, NAME + '.truth.json'), src, '松林周报', '2027-05-18', '总第1288期',
  'Invented issue. Markdown from a PDF-to-Markdown converter, pages 1-3 of 本期4版: one Markdown paragraph per text block '
  '(blank line between blocks), heading level chosen by font size (headlines at #, ##, ###, ####, #####; a kicker above '
  'its headline; body paragraphs made headings), some headlines left as plain or bold lines, bold runs, images '
  '`![](images/<hash>.jpg)`, and every column break splits a paragraph into two Markdown paragraphs. Each page ends with '
  'a page-number line `- N -` and a `---` rule; pages 2-3 begin with a running head.',
  ['松林周报', 'SONGLIN WEEKLY', '2027年5月18日　星期二　第20期（总第1288期）　本期4版', '中共松林区委主办　松林区融媒体中心出版',
   '- 1 -', '- 2 -', '- 3 -', '松林周报　2027年5月18日　第2版　综合新闻', '松林周报　2027年5月18日　第3版　松林人物'], d, arts)
ok = check(os.path.join(here, src), os.path.join(here, NAME + '.truth.json'))
sys.exit(0 if ok else 1)
