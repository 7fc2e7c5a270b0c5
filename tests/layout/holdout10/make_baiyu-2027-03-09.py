#!/usr/bin/env python3
"""柏峪时报 2027-03-09: extraction hard-wrapped at a 12-em column, columns of different articles interleaved.
Truth first, then layout."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h10lib import Doc, wrap, stream, emit, write_truth, check
NAME = 'baiyu-2027-03-09'
W = 12
A = []
P4A = '会上，6家企业代表作了发言。柏峪精密铸造有限公司总经理卫国强说，去年公司新厂房从拿地到开工只用'
P4B = '了23天，“审批快了，我们的订单就能早交付”。'
A.append(dict(kind='news', headline='为企业办好30件实事', subheadlines=['柏峪区优化营商环境大会召开'],
    byline='本报讯（记者 蔺晨阳）', continued=True, text=[
    '本报讯（记者 蔺晨阳）3月6日，柏峪区召开2027年优化营商环境大会，发布《柏峪区2027年优化营商环境30件实事清单》，并为42家“诚信示范企业”授牌。区委书记祁振东出席并讲话。',
    '清单聚焦企业开办、项目审批、融资服务、人才保障等8个方面，明确每件实事的责任单位和完成时限。其中，工业项目“拿地即开工”将在全区推开，企业年报、社保登记等12项业务实现“一次填报、多方共享”。',
    '会议提出，全区各部门要树立“企业的事就是自己的事”的理念，对企业反映的问题建立台账，做到件件有回音、事事有着落。区里将上线“柏事通”企业服务平台，企业诉求由平台统一受理，48小时内必须响应。',
    P4A + P4B,
    '区领导韦立新、葛晓兰、裴勇参加。'],
    notes='Lead. Its 引题/主题 open the page-1 headline stack, which also holds the 城南街道 headline and 副题; the body '
          'right after the stack is THIS article\'s. Paragraph 4 breaks off mid-sentence (\"…从拿地到开工只用\" + '
          '\"（下转第2版）\") and resumes on page 2 as \"（上接第1版）了23天，…\" directly under the 香椿 headline and '
          'before the 香椿 body; markers removed from the text. continued: true. Column breaks mid-sentence in '
          'paragraphs 2 and 3.'))
A.append(dict(kind='news', headline='城南街道15个社区建成“一刻钟便民圈”', subheadlines=['新增早餐点、便民维修点等网点86个'],
    byline='本报讯（通讯员 鲁晓雯）', text=[
    '本报讯（通讯员 鲁晓雯）早上七点，城南街道翠屏社区的社区食堂已经排起了队。豆浆、油条、小馄饨，一份早餐不到8元。“下楼走两步就能吃上热乎的，比自己做还方便。”居民钱大爷说。',
    '去年以来，城南街道以居民步行15分钟为半径，梳理出早餐、理发、修鞋、家电维修等11类便民需求，通过盘活闲置用房、引进品牌连锁等方式，新增便民网点86个。目前，街道15个社区已全部建成“一刻钟便民圈”。',
    '街道还为每个便民网点设置了服务监督牌，居民可扫码评价，评价结果与网点房租减免挂钩。'],
    notes='TRAP: headline and 副题 sit in the page-1 headline stack under the lead\'s headline; the body comes only after '
          'the lead body, the 安全第一课 article and the photo news. Its 通讯员-only dateline fills the first line by '
          'itself. Paragraph 2 starts with no blank line before it (the blank follows its first line).'))
A.append(dict(kind='news', headline='柏峪区中小学开展“开学安全第一课”', subheadlines=[],
    byline='本报讯（记者 甘露）', text=[
    '本报讯（记者 甘露）３月２日，柏峪区６１所中小学同步开展“开学安全第一课”，消防、交警、疾控等部门的工作人员走进校园，为学生讲解防火、交通、防溺水等安全知识。',
    '在柏峪区实验小学，区消防救援支队的消防员带着灭火器、消防服来到操场，手把手教学生如何正确使用灭火器。“拔掉保险销，握住喷管，对准火焰根部按下压把。”四年级学生郑好一边操作一边念着口诀。',
    '据了解，本学期区教委将在全区中小学开展４次应急疏散演练，并对１２００名教职工进行急救技能培训。'],
    notes='Headline directly before its body. This article was typeset with FULL-WIDTH digits (３月２日, ６１所, １２００名), '
          'kept as printed; NFKC makes them ASCII.'))
A.append(dict(kind='photo', headline='春到柏峪河', subheadlines=[], byline='记者 蔺晨阳 摄',
    captions=['3月7日，柏峪河畔的迎春花竞相开放，不少市民来到滨河公园踏青赏花、拍照留念。'],
    text=['3月7日，柏峪河畔的迎春花竞相开放，不少市民来到滨河公园踏青赏花、拍照留念。'],
    notes='Photo news: a 5-character headline, then the caption at a wider measure (24 em, wrapped mid-word) with the '
          'credit \"记者 蔺晨阳 摄\" glued after a space at the end of the last caption line (byline). Placed between '
          'the 安全第一课 body and the 城南街道 body.'))
A.append(dict(kind='news', headline='区图书馆“夜读空间”开放至22时', subheadlines=[], byline='本报讯（记者 甘露）', text=[
    '本报讯（记者 甘露）3月起，柏峪区图书馆一层的“夜读空间”每天开放至22时，市民刷身份证即可入内，座位无需预约。',
    '“夜读空间”设有阅览座位120个，配备图书1.2万册，并提供免费无线网络和充电插座。开放一周来，日均接待读者300余人次，以备考学生和下班后的年轻人为主。',
    '区图书馆馆长邹文清表示，下一步将根据读者需求，在“夜读空间”增设读书分享会、公益讲座等活动。'],
    notes='TRAP: body printed BEFORE its headline: the body directly follows the 城南街道 body (a new 本报讯 is the only '
          'sign of a new article) and the headline comes after it, at the foot of page 1. The next text (page 2) is '
          'not this article\'s.'))
A.append(dict(kind='news', headline='柏峪香椿提前半月上市', subheadlines=['大棚种植面积扩至1800亩'],
    byline='本报讯（记者 甘露 通讯员 常青）', text=[
    '本报讯（记者 甘露 通讯员 常青）连日来，柏峪区石岭镇的香椿大棚里一片忙碌，村民们踩着梯子采摘嫩芽，分拣、称重、装箱，当天就发往城区的超市和农贸市场。',
    '石岭镇是远近闻名的香椿之乡。近年来，镇里引导农户发展大棚香椿，通过调控温度，让香椿比露地提前半个月上市，每公斤收购价最高可达80元。目前，全镇大棚香椿种植面积已扩大到1800亩。',
    '“一个大棚一季能收入四五万元，比种玉米强多了。”石岭村村民侯振山说。镇里还与区内一家食品企业合作，开发香椿酱、香椿芽菜等加工产品，延长产业链条。'],
    notes='TRAP: the headline is followed first by the lead\'s continuation (\"（上接第1版）…\"), then by this body. Its dateline wraps between 通讯员 and the name. '
          'The body is interleaved by column with the 春风行动 article: column 1 of this article (paragraph 1 and the '
          'start of paragraph 2, cut mid-sentence), then the 春风行动 headline and its first column, then the rest of '
          'this article, then the rest of 春风行动.'))
A.append(dict(kind='news', headline='柏峪区启动“春风行动”专场招聘', subheadlines=[], byline='本报讯（记者 蔺晨阳）', text=[
    '本报讯（记者 蔺晨阳）3月5日，柏峪区2027年“春风行动”首场招聘会在区人力资源市场举行，63家企业提供就业岗位1900余个，涉及制造、物流、餐饮、家政等行业。',
    '招聘会现场设置了政策咨询、技能培训报名和“直播带岗”专区。区就业服务中心工作人员介绍，截至当天中午，已有420余人与企业达成初步就业意向。',
    '据悉，“春风行动”期间，全区将陆续举办线上线下招聘活动20场，重点帮助农村劳动力、就业困难人员实现就近就业。'],
    notes='TRAP: interleaved with the 香椿 article (see there): its headline and first column come between the two '
          'halves of 香椿, and its own second half comes after 香椿 ends, mid-sentence.'))
A.append(dict(kind='feature', headline='山路上的邮递员', subheadlines=['身边的榜样', '——记石岭镇乡村邮递员苗长顺'],
    byline='文/记者 甘露', crossheads=['“乡亲们等着呢”', '“邮包里装的是日子”'], text=[
    '每天早上六点半，苗长顺都会准时出现在石岭镇邮政支局，分拣、装车，然后骑着摩托车驶向大山深处。他负责的邮路往返120公里，沿途有14个行政村。这条路，他一走就是二十三年。',
    '山里的村子住得分散，有的村只剩十几户老人。为了把报纸、药品和包裹按时送到，苗长顺给每个村都编了“投递日历”，哪家老人哪天取药、哪家孩子在外地寄东西回来，他都记在本子上。',
    '2024年夏天，一场暴雨冲毁了去往北沟村的山路。苗长顺把摩托车停在塌方处，背着邮包走了四公里山路。“乡亲们等着呢，晚一天都不行。”他说。',
    '这些年，苗长顺的邮包里多了不少新东西：网购的农资、村民直播卖出的山货、老人们的医保卡……他说：“以前送的是信，现在送的是日子。”'],
    notes='Feature: column 引题 身边的榜样, 主题, ——副题 on consecutive lines. Two quoted crossheads between blanks. '
          'End byline \"文/记者 甘露\" on its own line. '
          'Column break mid-word in paragraph 1.'))
A.append(dict(kind='notice', headline='关于柏峪河滨河路部分路段封闭施工的通告', subheadlines=[], byline=None, text=[
    '因柏峪河滨河路雨污分流改造工程施工需要，自2027年3月15日起至5月31日，滨河路（柏峪桥至南关桥段）实行全封闭施工，禁止机动车、非机动车通行。',
    '施工期间，过往车辆请绕行河西路、新华大街。请广大市民合理安排出行路线，由此带来的不便，敬请谅解。',
    '特此通告。',
    '柏峪区城市管理委员会',
    '2027年3月8日'],
    notes='Notice: headline wrapped over two lines at the column width; issuer and date lines are the last two '
          'paragraphs. A bare page number \"2\" follows (furniture).'))
A.append(dict(kind='news', headline='西关街道“社区规划师”上岗', subheadlines=[], byline='本报讯（记者 蔺晨阳）',
    captions=['社区规划师吕丹（右二）在槐树里社区与居民讨论花园改造方案。 邵峰 摄'], text=[
    '本报讯（记者 蔺晨阳）近日，西关街道聘请的8名“社区规划师”正式上岗。他们来自规划设计院所和高校，将与街道、社区一起，参与老旧小区改造、公共空间提升等项目的规划设计。',
    '“社区规划师”实行“一对一”包片，每人联系一至两个社区，每月至少下社区两次，听取居民意见。在西关街道槐树里社区，规划师吕丹已经和居民一起画出了小区中心花园的改造草图。',
    '街道负责人表示，“社区规划师”制度将让居民从“旁观者”变为“参与者”，让城市更新更接地气。'],
    notes='Page-2 news printed after the 春风行动 tail. TRAP: its photo caption (wide measure, two lines, inline credit '
          '\"邵峰 摄\", kept in the caption as printed) is far away on page 1, right after the lead\'s （下转第2版） marker '
          'and before the 安全第一课 headline; it belongs to neither neighbour.'))
# ---------------------------------------------------------------- layout
d = Doc(); NA = []
def fur(*ls):
    for l in ls:
        if l == '': d.blank()
        else: d.add(l); NA.append(l)
fur('柏峪时报', '2027年3月9日 星期二', '第10期 总第733期', '')
d.add(A[0]['subheadlines'][0], 0, 'kicker'); d.blank(); d.add(A[0]['headline'], 0, 'headline'); d.blank()
d.add(A[1]['headline'], 1, 'headline'); d.add(A[1]['subheadlines'][0], 1, 'subtitle'); d.blank()
s = stream(A[0]['text'][:3] + [P4A], W, breaks={(1, 4), (2, 5)})
emit(d, 0, s); d.blank(); fur('（下转第2版）', '')
emit(d, 9, wrap(A[9]['captions'][0].replace(' 邵峰 摄', ''), 26)[:-1] + [wrap(A[9]['captions'][0].replace(' 邵峰 摄', ''), 26)[-1] + ' 邵峰 摄'], 'caption'); d.blank()
d.add(A[2]['headline'], 2, 'headline'); d.blank()
emit(d, 2, stream(A[2]['text'], W, breaks={(1, 3)})); d.blank()
d.add(A[3]['headline'], 3, 'headline'); d.blank()
cap = wrap(A[3]['captions'][0], 24); cap[-1] += ' 记者 蔺晨阳 摄'
emit(d, 3, cap, 'caption'); d.blank()
emit(d, 1, stream(A[1]['text'], W, breaks={(1, 0)}, noblank={1})); d.blank()
emit(d, 4, stream(A[4]['text'], W, breaks={(1, 3)})); d.blank()
for l in wrap(A[4]['headline'], 30): d.add(l, 4, 'headline')
d.blank()
# page 2
fur('综合新闻 2', '')
d.add(A[5]['headline'], 5, 'headline'); d.add(A[5]['subheadlines'][0], 5, 'subtitle'); d.blank()
emit(d, 0, stream(['（上接第1版）' + P4B, A[0]['text'][4]], W), 'continuation'); NA.append('（上接第1版）'); d.blank()
s5 = stream(A[5]['text'], W); s6 = stream(A[6]['text'], W)
c5 = s5.index('') + 5   # cut 香椿 inside paragraph 2
c6 = s6.index('') + 4   # cut 春风行动 inside paragraph 2
emit(d, 5, s5[:c5]); d.blank()
d.add(A[6]['headline'], 6, 'headline'); d.blank()
emit(d, 6, s6[:c6]); d.blank()
emit(d, 5, s5[c5:]); d.blank()
emit(d, 6, s6[c6:]); d.blank()
d.add(A[9]['headline'], 9, 'headline'); d.blank()
emit(d, 9, stream(A[9]['text'], W, breaks={(1, 5)})); d.blank()
d.add(A[7]['subheadlines'][0], 7, 'kicker'); d.add(A[7]['headline'], 7, 'headline')
d.add(A[7]['subheadlines'][1], 7, 'subtitle'); d.blank()
t = A[7]['text']
emit(d, 7, stream(t[:1], W, breaks={(0, 3)})); d.blank()
for l in wrap(A[7]['crossheads'][0], W): d.add(l, 7, 'crosshead')
d.blank(); emit(d, 7, stream(t[1:3], W)); d.blank()
for l in wrap(A[7]['crossheads'][1], W): d.add(l, 7, 'crosshead')
d.blank(); emit(d, 7, stream(t[3:], W)); d.add('文/记者 甘露', 7, 'byline'); d.blank()
for l in wrap(A[8]['headline'], W): d.add(l, 8, 'headline')
d.blank()
t = A[8]['text']
emit(d, 8, stream(t[:3], W)); d.blank()
d.add(t[3], 8, 'issuer'); d.add(t[4], 8, 'date'); d.blank()
fur('2')
with open(NAME + '.txt', 'w', encoding='utf-8') as f: f.write(d.text())
NOTES = ('柏峪时报 (invented), an extraction hard-wrapped at a 12-em column (headlines unwrapped except where longer '
         'than the column), 2 pages. Blank lines between paragraphs and blocks, and also mid-sentence at column breaks; '
         'a paragraph sometimes starts without a blank before it. Only furniture: a 3-line masthead (title, date, '
         'issue), the jump markers, the page-2 label \"综合新闻 2\" and a bare \"2\" at the end. Headline stack on page 1 '
         '(two articles), a body printed before its headline, a jump, and an interleave of two articles on page 2.')
write_truth(NAME + '.truth.json', NAME + '.txt', '柏峪时报', '2027-03-09', '总第733期', NOTES, NA, d, A)
sys.exit(0 if check(NAME + '.txt', NAME + '.truth.json') else 1)
