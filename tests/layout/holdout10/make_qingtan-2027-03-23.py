#!/usr/bin/env python3
"""青檀报 2027-03-23: plain pdftotext of a 3-column weekly. Extractor quirk: a font whose ToUnicode map sends common
ideographs to KANGXI RADICALS (U+2F00-U+2FD5; NFKC maps them back). Also a weather box in the masthead ear, a
centre spread (pages 2-3) whose headline is cut in two by the gutter, and classified ads. Truth first, then layout."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h10lib import Doc, wrap, stream, emit, write_truth, check
NAME = 'qingtan-2027-03-23'
KX = {unicodedata.normalize('NFKC', chr(c)): chr(c) for c in range(0x2F00, 0x2FD6)
      if unicodedata.normalize('NFKC', chr(c)) in '一人入八力十口土大女子小山工心文方日月水火生用田目石自行面高'}
def kx(s): return ''.join(KX.get(c, c) for c in s)
A = []
A.append(dict(kind='news', headline='青檀区今春将新增造林1.5万亩',
    subheadlines=['春季植树造林全面启动', '重点建设环城绿带和浅山区生态林'], byline='记者 欧阳晓 通讯员 米兰', text=[
    '本报讯 3月20日，青檀区春季植树造林工作在北岭镇西沟村启动。今年全区计划新增造林1.5万亩，完成森林抚育3万亩，新建和改造提升城市绿地40公顷。',
    '今年的造林任务主要集中在环城绿带和浅山区两大板块。环城绿带将沿青檀河两岸建设宽度不少于100米的生态林带，形成贯通南北的绿色廊道；浅山区以荒山造林和低效林改造为重点，选用油松、侧柏、元宝枫等乡土树种，提高林木成活率。',
    '为保证造林质量，区园林绿化局对每个造林地块实行“一地一图一方案”，苗木全部来自本地苗圃，栽植后由专业队伍养护三年。同时，全区将继续推行“林长制”，由区、镇、村三级林长分片负责，巡护到位。',
    '当天，区领导与机关干部、驻区部队官兵和志愿者500余人一起挥锹铲土、扶苗浇水，共栽下各类苗木3000余株。'],
    notes='Lead. 引题 / 主题 / 副题 each on a line between blanks. House style: a byline line \"◎记者 X 通讯员 Y\" '
          'BEFORE the body (◎ is decoration, not part of the byline), then \"本报讯 3月20日，…\" without parentheses, '
          'which stays in paragraph 1. Column break mid-sentence in paragraph 2.'))
A.append(dict(kind='news', headline='青檀河“一河一策”治理方案出台', subheadlines=[], byline='（青檀融媒记者 蒋舟）', text=[
    '近日，《青檀河流域综合治理方案（2027—2030年）》正式印发。方案提出，到2030年，青檀河干流水质稳定达到Ⅲ类，主要支流消除劣Ⅴ类水体。',
    '方案明确了控源截污、内源治理、生态修复、活水保质四大类32项重点工程，总投资约18.6亿元。其中，沿河12个村庄的污水收集管网将于今年年底前全部建成，城区段3处雨污合流排口将完成改造。',
    '区水务局相关负责人表示，方案实施后将建立“河长+检察长+警长”协作机制，对偷排乱排行为形成震慑。'],
    notes='No dateline; end byline \"（青檀融媒记者 蒋舟）\" GLUED to the last body line (byline, not text). '
          'Roman numerals Ⅲ/Ⅴ are single full-width characters (NFKC: III / V).'))
A.append(dict(kind='photo', headline='老街春市', subheadlines=[], byline='青檀融媒记者 卓然 摄',
    captions=['3月19日，青檀老街“春日市集”开市，60余个摊位售卖手工艺品、特色小吃和春季花卉，吸引不少市民前来选购。'],
    text=['3月19日，青檀老街“春日市集”开市，60余个摊位售卖手工艺品、特色小吃和春季花卉，吸引不少市民前来选购。'],
    notes='Photo news: 4-character headline, image gap, caption at 28 em, credit on its own line (byline).'))
A.append(dict(kind='news', headline='青檀区首家社区托育点开园', subheadlines=[], byline='记者 卓然', text=[
    '本报讯 3月17日，青檀区首家社区嵌入式托育点在南关街道文华社区开园，可为辖区2至3岁幼儿提供全日托、半日托和临时托等服务，首批提供托位40个。',
    '托育点由社区闲置用房改造而成，面积约400平方米，设有活动室、睡眠室、配餐间和户外活动场地。收费标准低于市场价约三成，双职工家庭和多孩家庭可优先入托。'],
    notes='Byline line \"◎记者 卓然\" before the body. Page-1 footer follows.'))
SPREAD = [
    '春分过后，北岭镇的茶园里一派繁忙。清晨六点，采茶工人就背着竹篓上了山，指尖在茶树间翻飞，一芽一叶被轻轻掐下。“明前茶金贵，要抢着采。”茶农田大姐笑着说。',
    '北岭镇种茶已有三百多年历史，但过去茶园分散、加工粗放，茶叶卖不上价。近年来，镇里引导农户成立茶叶专业合作社，统一品种、统一管理、统一收购，全镇茶园面积发展到2.3万亩，去年茶叶产值突破4亿元。',
    '在北岭茶业合作社的加工车间，一条自动化生产线正在运转，鲜叶经过摊青、杀青、揉捻、烘干等工序，两个多小时后就成了干茶。合作社理事长方振华说，以前农户自己炒茶，品质参差不齐，现在统一加工，每斤茶叶的收购价提高了三四十元。',
    '合作社注册了“青檀云雾”商标，并在城区开设了3家直营店。去年，合作社的茶叶通过电商平台卖到了20多个省份，线上销售额占到总销售额的四成。',
    '茶产业带火了乡村旅游。在北岭镇上茶村，村民们把自家老房改造成茶主题民宿，游客可以跟着茶农采茶、学炒茶，晚上住在茶园边。村党支部书记石永贵说，去年全村接待游客5万多人次，旅游收入达到600万元。',
    '北岭镇镇长孟小川介绍，今年镇里将建设茶文化展示馆和茶园观光步道，举办第三届采茶文化节，推动茶产业与文化旅游深度融合，让“一片叶子”带动更多群众增收。']
A.append(dict(kind='feature', headline='青檀山下 春茶正当时', subheadlines=['——北岭镇茶产业发展见闻'],
    byline='文/本报记者 欧阳晓 图/本报记者 卓然', crossheads=['从“卖鲜叶”到“卖品牌”', '茶园里来了游客'],
    captions=['▲北岭镇茶农在茶园采摘春茶。', '▲游客在上茶村体验手工炒茶。'], text=SPREAD,
    notes='TRAP (two-page spread, pages 2-3): the headline runs across the gutter and the extractor cut it in two: '
          '\"青檀山下\" opens page 2 and \"春茶正当时\" opens page 3 (after the page-2 footer and the page-3 header). '
          'Pages 2 and 3 hold ONE article: 6 paragraphs, two crossheads (the second at the top of page 3, right after '
          'the headline half), two ▲ captions. The second half-headline must not start a new article. '
          'EXTRACTOR QUIRK: the body font of the spread (body text, captions, the byline line and the page headers) maps '
          'common ideographs to Kangxi radicals (⼀⼈⼤⽇⽉⾏⽣⼯⼦⽂⼭⽔…, U+2F00-U+2FD5). The truth gives the normal '
          'characters; NFKC maps the radicals back, so the two compare equal. The headline halves and the 副题 are in '
          'a display font and are not affected.'))
A.append(dict(kind='news', headline='青檀区上线“老年助餐”地图', subheadlines=[], byline='通讯员 包佳宁', text=[
    '本报讯 3月21日，青檀区“老年助餐”电子地图在“青檀发布”微信公众号上线。老年人及其家属打开地图，即可查询全区86个助餐点的位置、营业时间和当天菜单。',
    '据区民政局介绍，全区助餐点已覆盖所有城市社区和60%的行政村，去年累计服务老年人41万人次。今年，区里还将为行动不便的独居老人提供送餐上门服务。'],
    notes='Page 4. Byline line \"◎通讯员 包佳宁\" before the body.'))
A.append(dict(kind='notice', headline='关于青檀街道部分小区临时停水的通知', subheadlines=[], byline=None, text=[
    '因市政供水管线改造施工，定于2027年3月26日（星期五）8:00至20:00对青檀街道部分小区暂停供水。停水范围：和平里小区、建设东里小区、电厂宿舍。',
    '请相关居民提前做好储水准备。停水期间如有问题，请拨打供水服务热线：6910 3355。',
    '青檀区自来水公司',
    '2027年3月22日'],
    notes='Notice: issuer and date lines (short, no punctuation) are the last two paragraphs.'))
A.append(dict(kind='opinion', headline='让“一片叶子”走得更远', subheadlines=['檀园评论'], byline='□ 白露', text=[
    '北岭镇的茶叶从“卖鲜叶”到“卖品牌”，价格提高了，农民的腰包也鼓了。这说明，特色农业要想走得远，不能只靠资源禀赋，更要在标准化、品牌化上下功夫。',
    '品牌建设非一日之功。既要守住品质底线，严格执行种植和加工标准，也要讲好品牌故事，把茶文化、乡村风光融入产品之中。一旦出现以次充好，多年积累的口碑可能毁于一旦。',
    '一片叶子连着千家万户。期待更多乡村找准自己的特色产业，让好产品卖出好价钱。'],
    notes='Commentary: column tag 檀园评论 (subheadline), headline, \"□ 白露\". It is followed by the classified-ads '
          'block (分类广告 / 遗失声明 + two notices of loss + ad hotline), which is advertising and listed in '
          'not_articles - neither an article nor part of this one.'))
d = Doc(); NA = []
def fur(*ls):
    for l in ls:
        if l == '': d.blank()
        else: d.add(l); NA.append(l)
W1 = 17
fur('青檀报', '', '青檀天气', '今天 晴转多云 2℃～15℃ 南风2级', '明天 多云 4℃～16℃ 南风1级', '后天 小雨转阴 5℃～11℃ 北风3级',
    '空气质量：良 紫外线：中等', '', 'QINGTAN DAILY', '2027年3月23日 星期二', '第12期（总第2218期） 今日4版',
    '中共青檀区委主办', '')
t = A[0]
d.add(t['subheadlines'][0], 0, 'kicker'); d.blank(); d.add(t['headline'], 0, 'headline'); d.blank()
d.add(t['subheadlines'][1], 0, 'subtitle'); d.blank(); d.add('◎记者 欧阳晓 通讯员 米兰', 0, 'byline'); d.blank()
emit(d, 0, stream(t['text'], W1, breaks={(1, 5)})); d.blank()
d.add(A[1]['headline'], 1, 'headline'); d.blank()
s = stream(A[1]['text'][:2] + [A[1]['text'][2] + '（青檀融媒记者 蒋舟）'], W1)
emit(d, 1, s); d.blank()
d.add(A[2]['headline'], 2, 'headline'); d.blank(3)
emit(d, 2, wrap(A[2]['text'][0], 28), 'caption'); d.add('青檀融媒记者 卓然 摄', 2, 'credit'); d.blank()
d.add(A[3]['headline'], 3, 'headline'); d.blank(); d.add('◎记者 卓然', 3, 'byline'); d.blank()
emit(d, 3, stream(A[3]['text'], W1)); d.blank()
fur('本版编辑：宋知秋 校对：郑岚')
# pages 2-3: the spread
W2 = 19
d.add('\f' + kx('02 2027年3月23日 星期二 特别报道')); NA.append('02 2027年3月23日 星期二 特别报道'); d.blank()
d.add('青檀山下', 4, 'headline-left'); d.blank()
d.add(A[4]['subheadlines'][0], 4, 'subtitle'); d.blank()
d.add(kx('文/本报记者 欧阳晓 图/本报记者 卓然'), 4, 'byline'); d.blank()
emit(d, 4, stream([kx(p) for p in SPREAD[:2]], W2, breaks={(1, 2)})); d.blank()
d.add(kx('▲北岭镇茶农在茶园采摘春茶。'), 4, 'caption'); d.blank()
d.add(kx('从“卖鲜叶”到“卖品牌”'), 4, 'crosshead'); d.blank()
emit(d, 4, stream([kx(p) for p in SPREAD[2:4]], W2)); d.blank()
fur('本版编辑：韦一 美编：柴静')
d.add('\f' + kx('特别报道 2027年3月23日 星期二 03')); NA.append('特别报道 2027年3月23日 星期二 03'); d.blank()
d.add('春茶正当时', 4, 'headline-right'); d.blank()
d.add(kx('茶园里来了游客'), 4, 'crosshead'); d.blank()
emit(d, 4, stream([kx(p) for p in SPREAD[4:]], W2, breaks={(0, 3)}, ), ); d.blank()
d.add(kx('▲游客在上茶村体验手工炒茶。'), 4, 'caption'); d.blank()
fur('本版编辑：韦一 美编：柴静')
# page 4
d.add('\f青檀报 2027年3月23日 星期二'); NA.append('青檀报 2027年3月23日 星期二'); fur('04 综合', '')
W4 = 16
d.add(A[5]['headline'], 5, 'headline'); d.blank(); d.add('◎通讯员 包佳宁', 5, 'byline'); d.blank()
emit(d, 5, stream(A[5]['text'], W4)); d.blank()
for l in wrap(A[6]['headline'], W4): d.add(l, 6, 'headline')
d.blank()
t = A[6]['text']; emit(d, 6, stream(t[:2], W4, breaks={(0, 2)})); d.blank()
d.add(t[2], 6, 'issuer'); d.add(t[3], 6, 'date'); d.blank()
d.add('檀园评论', 7, 'column'); d.add(A[7]['headline'], 7, 'headline'); d.add('□ 白露', 7, 'byline'); d.blank()
emit(d, 7, stream(A[7]['text'], W4)); d.blank()
fur('分类广告', '', '遗失声明', '')
for p in ['青檀区鑫和五金商店遗失营业执照副本，统一社会信用代码：92110119MA01K3PQ5T，声明作废。',
          '孙立平遗失青檀区北岭镇上茶村宅基地使用证，编号：北岭0387号，声明作废。']:
    for l in wrap(p, W4): fur(l)
    d.blank()
fur('广告热线：6910 2288', '', '本版编辑：宋知秋 校对：郑岚', '地址：青檀区檀香路1号 邮编：102599 印刷：青檀印刷厂')
with open(NAME + '.txt', 'w', encoding='utf-8') as f: f.write(d.text())
NOTES = ('青檀报 (invented), plain pdftotext (reading order) of a 3-column weekly, 4 pages, form feeds before pages 2-4. '
         'Wrap 16-19 em. Masthead with a WEATHER BOX in its ear (青檀天气 + 3 forecast lines + air quality) between the '
         'title and the English title - furniture. House style: byline line \"◎记者 X\" before a 本报讯 without '
         'parentheses. Pages 2-3 are one centre spread (one article, headline cut by the gutter) whose body font was '
         'extracted as Kangxi radicals. Page 4 ends with classified ads (not articles) and the imprint.')
write_truth(NAME + '.truth.json', NAME + '.txt', '青檀报', '2027-03-23', '总第2218期', NOTES, NA, d, A)
sys.exit(0 if check(NAME + '.txt', NAME + '.truth.json') else 1)
