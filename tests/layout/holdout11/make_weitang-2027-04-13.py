#!/usr/bin/env python3
"""苇塘时报 2027-04-13: extraction hard-wrapped at an 18-em column (kind b), columns of different articles
interleaved, headline stack, bodies before headlines, a jump from page 1 to page 3. Truth first, then layout."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h11lib import Doc, write_truth, check, stream, emit, wrap
NAME = 'weitang-2027-04-13'
W = 18
A = {}
A['L'] = dict(kind='news', headline='以“绣花功夫”推进老城有机更新',
  subheadlines=['戴秉文在全区城市更新工作推进会上强调', '柴晓岚主持'], byline='本报讯（记者 顾一帆）', continued=True,
  text=['本报讯（记者 顾一帆）4月9日，全区城市更新工作推进会召开。区委书记戴秉文出席并讲话，区委副书记、区长柴晓岚主持。区领导陶然、简书、孔令仪出席。',
   '会上，区住房城乡建设委汇报了2026年城市更新工作完成情况和今年重点任务安排。去年以来，全区完成老旧小区综合整治27个、危旧房改建项目3个，改造背街小巷41条，芦花街道老城片区、蒲岸街道码头片区等一批更新项目陆续亮相。芦花街道、南荡镇和区城投集团作交流发言。',
   '戴秉文指出，老城是苇塘的根和魂。推进城市更新，不能大拆大建，要坚持“留改拆”并举、以保留保护为主，像绣花一样精细地对待每一条街巷、每一处院落。要摸清老城家底，对历史建筑、传统院落和古树名木逐一建档，划定保护红线，让老城的肌理和风貌延续下去。',
   '戴秉文强调，要坚持以人民为中心，把居民需求放在首位。更新项目从规划设计开始就要请居民参与，通过议事会、开放日等方式听取意见，把加装电梯、补齐停车位、增加养老托育设施等居民最关心的事办好。要创新更新模式，探索“政府引导、市场运作、居民参与”的路径，吸引社会资本参与老旧厂房、低效楼宇改造，用好存量空间发展新业态。',
   '戴秉文要求，各部门各街镇要压实责任，建立重点项目“一项目一专班”推进机制，定期调度、及时解决项目推进中的堵点难点。要加强资金统筹和风险防控，确保更新项目质量安全，让群众住得安心、住得舒心。',
   '柴晓岚就贯彻落实会议精神提出要求。区有关部门、各街镇主要负责同志参加会议。'])
A['B'] = dict(kind='news', headline='苇塘湿地公园北园开园', subheadlines=['新增绿地42公顷 串联起5公里滨水步道'],
  byline='本报讯（记者 尹川 通讯员 鲍宁）',
  text=['本报讯（记者 尹川 通讯员 鲍宁）4月10日，苇塘湿地公园北园正式向市民开放。北园总面积42公顷，新建滨水步道5公里、观鸟屋3处和儿童自然探索区1处，与已开放的南园连成一片。',
   '北园所在地块原为鱼塘和废弃的砖瓦厂。建设过程中，施工单位保留了原有的芦苇荡和柳树林，对鱼塘进行生态化改造，种植了芦苇、菖蒲、荷花等水生植物20余种，为候鸟提供了栖息地。',
   '开园当天，不少市民带着孩子前来游玩。家住蒲岸街道的周先生说：“以前这里一片荒地，现在走几步就能看到白鹭，周末带孩子来再合适不过了。”',
   '据了解，湿地公园北园实行免费开放，开放时间为每天6时至20时。园区设置了3处停车场，共有车位460个。'])
A['C'] = dict(kind='news', headline='南荡镇“共享农机”帮小农户降成本', subheadlines=[], byline='本报讯（通讯员 邬小禾）',
  text=['本报讯（通讯员 邬小禾）“以前插秧要请人，一亩地光人工就得一百多块，现在用合作社的插秧机，一亩只要六十块。”4月8日，南荡镇西湾村种粮户老管站在田埂上算起了账。',
   '去年以来，南荡镇整合全镇11家农机合作社的农机具，搭建“共享农机”服务平台。农户通过手机小程序就能预约耕地、插秧、植保无人机和收割等服务，平台按作业面积统一结算。',
   '目前，平台共登记农机具386台（套），服务农户2700余户，全镇主要农作物耕种收综合机械化率达到91%。镇农业服务中心负责人说，下一步将把烘干、仓储服务也纳入平台。'])
capP = '4月11日，苇塘湿地公园南园的芦苇荡里，白鹭在水面觅食。随着气温回升，来此栖息的候鸟日渐增多。'
A['P'] = dict(kind='photo', headline='芦花荡里春意浓', subheadlines=[], byline='记者 尹川 摄', text=[capP], captions=[capP])
A['D'] = dict(kind='news', headline='区医保分中心开通异地就医备案“掌上办”', subheadlines=[], byline='记者 戚蔓',
  text=['近日，区医疗保障分中心开通异地就医备案线上办理服务，参保人通过“苇塘医保”微信公众号即可办理，无需再到窗口提交材料。',
   '据介绍，线上备案适用于异地长期居住、临时外出就医等情形，提交申请后最快当天即可完成备案。开通以来，已有1300余名参保人通过线上完成备案。'])
A['E'] = dict(kind='news', headline='蒲岸街道为独居老人装上“安心铃”', subheadlines=[], byline='本报讯（记者 戚蔓）',
  text=['本报讯（记者 戚蔓）4月7日上午，蒲岸街道码头社区的网格员小柯在手机上收到一条提示：独居老人曹奶奶家的“安心铃”超过12小时没有检测到活动。小柯马上敲开了老人家门，原来老人感冒了在床上休息。确认老人无碍后，小柯帮她买来了药。',
   '“安心铃”是蒲岸街道今年为辖区独居、空巢老人安装的智能看护设备，由门磁感应器、红外感应器和一键呼叫按钮组成，与社区网格员和老人子女的手机相连。老人在家中长时间没有活动或按下呼叫按钮，系统会第一时间发出提醒。',
   '截至目前，街道已为辖区186户独居老人免费安装了“安心铃”，设备已发出有效提醒34次。街道还组织了32名网格员和志愿者，与安装设备的老人结成帮扶对子，每周至少上门探望一次。',
   '“子女不在身边，有了这个东西，心里踏实多了。”曹奶奶说。'])
A['F'] = dict(kind='news', headline='苇塘区首届“湖鲜美食节”开幕', subheadlines=['40余家餐饮企业参展'], byline='本报讯（记者 顾一帆）',
  text=['本报讯（记者 顾一帆）4月11日，苇塘区首届“湖鲜美食节”在蒲岸街道码头文化街区开幕。40余家本地餐饮企业和农产品合作社参展，推出清蒸湖鳜、芦笋炒河虾、菱角烧肉等特色菜品100余道。',
   '美食节为期10天，其间将举办厨艺大赛、湖鲜烹饪公开课和“寻味苇塘”探店直播等活动。主办方还联合区内20家餐馆推出优惠套餐，市民在指定餐馆消费可领取满减券。',
   '区商务局相关负责人介绍，苇塘湖每年出产湖鲜约3000吨，美食节旨在擦亮“苇塘湖鲜”品牌，带动餐饮、文旅和农产品销售融合发展。'])
A['G'] = dict(kind='opinion', headline='老城更新要留住“烟火气”', subheadlines=['苇塘时评'], byline='文/闻笛',
  text=['城市更新，更新的是房子和街道，留住的应该是人和生活。走进一些改造后的老街，房子新了、路面平了，可原来的早点铺、修鞋摊、理发店不见了，街坊邻里也搬走了不少，老街变得干净却冷清。',
   '老城的价值，恰恰在于这些看似不起眼的烟火气。一碗豆浆、一声吆喝、一张坐了几十年的竹椅，承载着居民的日常，也是城市记忆的一部分。更新不能只顾“面子”，还要顾“里子”。',
   '留住烟火气，关键是让原住居民留得下、小商户开得起。在规划阶段多听居民意见，在业态引入时给老字号和便民小店留出空间，在租金上给予适当扶持，老街才能既有新面貌，又有老味道。'])
A['H'] = dict(kind='news', headline='区第一中学开设“非遗进校园”选修课', subheadlines=[], byline='本报讯（通讯员 鲍宁）',
  text=['本报讯（通讯员 鲍宁）本学期，区第一中学开设苇编、剪纸、花鼓灯等6门非遗选修课，邀请8名非遗传承人走进课堂授课，全校有420多名学生选修。',
   '在苇编课上，区级非遗传承人倪桂香手把手地教学生们编织草帽。“苇子要先泡软，再压平，编的时候手要稳。”高一学生小蔺说，没想到一根芦苇能编出这么多花样。',
   '学校负责人表示，学校将把非遗选修课纳入校本课程体系，并计划在校园内建设非遗展示室，展出学生作品。'])
A['I'] = dict(kind='list', headline='本周便民提示', subheadlines=[], byline=None,
  text=['4月14日至20日，以下便民信息请市民留意：',
   '1.4月15日9:00至17:00，芦花街道芦花西路（菱角湾路至南环路段）因管线施工停水，请周边居民提前储水。',
   '2.区政务服务中心4月19日（星期六）上午照常办理不动产登记、社保和医保业务。',
   '3.苇塘湿地公园北园周末开放时间延长至21时。',
   '4.区图书馆4月17日闭馆一天，进行系统维护。',
   '5.区疾控中心提醒，春季是流感、诺如病毒感染高发期，请市民勤洗手、常通风。'])
A['J'] = dict(kind='news', headline='苇塘区开展汛前应急演练', subheadlines=['模拟暴雨内涝险情 检验多部门联动处置能力'], byline='本报讯（记者 尹川）',
  text=['本报讯（记者 尹川）4月10日下午，苇塘区2027年防汛应急演练在南荡镇苇塘湖堤段举行。区应急管理局、区水务局、南荡镇及消防救援、医疗救护等12个单位的300余人参加演练。',
   '演练模拟苇塘湖水位持续上涨、堤防出现管涌险情、低洼村庄发生内涝等场景。接到险情报告后，现场指挥部迅速启动应急响应，抢险队伍用沙袋筑起反滤围井，冲锋舟转移被困群众，无人机对险情区域实时巡查。整个演练历时90分钟。',
   '区应急管理局负责人介绍，今年全区已储备编织袋20万条、救生衣3000件、排水泵车12台，组建了镇村两级抢险队伍42支。入汛前，区里将对全区堤防、泵站和地下空间开展拉网式排查。'])
A['K'] = dict(kind='feature', headline='一条老街的“新生”', subheadlines=['芦花街道老城片区更新见闻'], byline='文/记者 戚蔓',
  crossheads=['先留住，再改造', '新店开在老房子里'],
  text=['芦花老街不长，从东头的石桥走到西头的老戏台，不过七八百米。这条街有近三百年历史，青砖灰瓦的老房子沿街排开，街两边曾经是米行、布庄和茶馆。',
   '两年前，芦花老街还是另一番模样：电线像蜘蛛网一样缠在屋檐下，不少老房子墙体开裂，下雨天街面积水。一些年轻人搬走了，留下的大多是老人。',
   '更新工作启动时，街道没有急着动工，而是请来规划师和文物专家，对老街上的136处房屋逐一测绘、评估，最后确定保留修缮的有98处。',
   '“能修的绝不拆，拆下来的旧砖旧瓦也都编了号，修缮时再用回去。”芦花街道城市更新办公室负责人邵晴说。施工期间，街道还在老戏台设立了“更新议事点”，居民有意见随时可以来提。',
   '如今的芦花老街，电线入了地，排水管网全部更新，街面铺上了青石板。老房子修好后，一部分留给原住居民，一部分由街道统一招商，引进了书店、茶室和手工作坊。',
   '在老街中段，90后店主宁远把一座修缮后的老院子开成了书店。“游客来逛街，居民也来看书，晚上还有人在院子里听评弹。”宁远说，老街的人气正在一点点回来。'])
A['M'] = dict(kind='news', headline='菱角湾社区“共享厨房”开张', subheadlines=[], byline='记者 顾一帆 通讯员 鲍宁',
  text=['4月9日，菱角湾社区“共享厨房”在社区服务中心一层开张。厨房配备了灶台、蒸箱、烤箱和冰箱等设备，居民预约后可免费使用。',
   '社区党委书记贝蕾介绍，社区里有不少租住在小户型公寓里的年轻人和独居老人，家里做饭不方便。共享厨房开张后，社区还将定期请厨师和营养师开设烹饪课。',
   '开张当天，十几位居民带着食材来到厨房，包饺子、蒸馒头，热热闹闹地吃了一顿“百家饭”。'])

def at(lines, marker):
    """Index of the line on which `marker` starts (markers may run over a wrap)."""
    joined = ''.join(lines); k = joined.index(marker); n = 0
    for i, l in enumerate(lines):
        n += len(l)
        if n > k: return i
    raise KeyError(marker)
def heads(d, aid, items):
    for t, part in items:
        if t == '': d.blank(); continue
        for l in wrap(t, W): d.add(l, aid, part)

d = Doc()
for l in ['苇塘时报', 'WEITANG TIMES', '2027年4月13日 星期二', '第15期 总第906期 今日3版', '中共苇塘区委机关报']:
    d.add(l)
d.blank()
# page-1 headline stack: lead and 湿地公园
heads(d, 'L', [('戴秉文在全区城市更新工作推进会上强调', 'kicker'), ('', None), ('以“绣花功夫”推进老城有机更新', 'headline'), ('', None), ('柴晓岚主持', 'subtitle'), ('', None)])
heads(d, 'B', [('苇塘湿地公园北园开园', 'headline'), ('', None), ('新增绿地42公顷 串联起5公里滨水步道', 'subtitle'), ('', None)])
L = stream(A['L']['text'], W)
j1 = at(L, '用好存量空间')  # the jump falls inside paragraph 4
c1 = at(L, '芦花街道老城片区')
emit(d, 'L', L[:c1 + 1]); d.blank()            # column 1 ends mid-sentence
emit(d, 'L', L[c1 + 1:j1]); d.add('（转第三版）'); d.blank()
# column 3: photo news, then the 共享农机 body before its headline, then the 湿地公园 body
heads(d, 'P', [('芦花荡里春意浓', 'headline'), ('', None), ('', None)])
cp = wrap(capP, 34); cp[-1] += ' 记者 尹川 摄'
emit(d, 'P', cp, 'caption'); d.blank()
C = stream(A['C']['text'], W)
emit(d, 'C', C); d.blank()
heads(d, 'C', [('南荡镇“共享农机”帮小农户降成本', 'headline'), ('', None)])
B = stream(A['B']['text'], W)
cb = at(B, '为候鸟')
emit(d, 'B', B[:cb]); d.blank(); emit(d, 'B', B[cb:]); d.blank()
heads(d, 'D', [('区医保分中心开通异地就医备案“掌上办”', 'headline'), ('', None)])
Dl = stream(A['D']['text'], W); Dl[-1] += '（记者 戚蔓）'
emit(d, 'D', Dl); d.blank()
d.add('1')
# page 2
d.add('\f2027.4.13｜综合｜2'); d.blank()
heads(d, 'E', [('蒲岸街道为独居老人装上“安心铃”', 'headline'), ('', None)])
E = stream(A['E']['text'], W); F = stream(A['F']['text'], W)
ce = at(E, '一键呼叫'); cf = at(F, '主办方还联合')
emit(d, 'E', E[:ce + 1]); d.blank()
heads(d, 'F', [('苇塘区首届“湖鲜美食节”开幕', 'headline'), ('40余家餐饮企业参展', 'subtitle'), ('', None)])
emit(d, 'F', F[:cf]); d.blank()
emit(d, 'E', E[ce + 1:]); d.blank()
emit(d, 'F', F[cf:]); d.blank()
heads(d, 'G', [('苇塘时评', 'tag'), ('老城更新要留住“烟火气”', 'headline'), ('文/闻笛', 'byline'), ('', None)])
G = stream(A['G']['text'], W, noblank=(2,))
emit(d, 'G', G); d.blank()
H = stream(A['H']['text'], W)
emit(d, 'H', H); d.blank()
heads(d, 'H', [('区第一中学开设“非遗进校园”选修课', 'headline'), ('', None)])
heads(d, 'I', [('本周便民提示', 'headline'), ('', None)])
I = stream(A['I']['text'], W, noblank=(2, 3, 4, 5))
emit(d, 'I', I); d.blank()
# page 3
d.add('\f2027.4.13｜区情｜3'); d.blank()
heads(d, 'J', [('苇塘区开展汛前应急演练', 'headline'), ('', None), ('模拟暴雨内涝险情 检验多部门联动处置能力', 'subtitle'), ('', None)])
first = L[j1]
d.add('（接第一版）' + first, 'L', 'body')
emit(d, 'L', L[j1 + 1:]); d.blank()
J = stream(A['J']['text'], W)
cj = at(J, '冲锋舟')
emit(d, 'J', J[:cj]); d.blank(); emit(d, 'J', J[cj:]); d.blank()
heads(d, 'K', [('一条老街的“新生”', 'headline'), ('', None), ('——芦花街道老城片区更新见闻', 'subtitle'), ('', None)])
K = A['K']['text']
emit(d, 'K', stream(K[:2], W)); d.blank()
d.add('先留住，再改造', 'K', 'crosshead'); d.blank()
k2 = stream(K[2:4], W); ck = at(k2, '居民有意见')
emit(d, 'K', k2[:ck]); d.blank(); emit(d, 'K', k2[ck:]); d.blank()
d.add('新店开在老房子里', 'K', 'crosshead'); d.blank()
emit(d, 'K', stream(K[4:], W)); d.blank()
d.add('文/记者 戚蔓', 'K', 'byline'); d.blank()
heads(d, 'M', [('菱角湾社区“共享厨房”开张', 'headline'), ('', None)])
emit(d, 'M', stream(A['M']['text'], W)); d.add('（记者 顾一帆 通讯员 鲍宁）', 'M', 'byline'); d.blank()
d.add('本报地址：苇塘区南环路66号 新闻热线：0517-6603311')
A['K']['subheadlines'] = ['——芦花街道老城片区更新见闻']

N = {
 'L': 'Lead. Headline stack at the top of page 1 holds the lead (kicker / headline / subtitle, blanks between) AND the 湿地公园 headline + subtitle; the body right after the stack is the LEAD\'s. Column break mid-sentence in paragraph 2 (blank line). JUMP: paragraph 4 breaks off at the end of page 1\'s second column with （转第三版） (a short form without 下); on page 3 （接第一版） is glued to the continuation, which is printed right after the 汛前演练 headline stack and before that article\'s body. Paragraph 4 spans the jump; markers removed; continued true.',
 'B': 'Headline and subtitle in the page-1 stack, far from the body, which comes only after the photo news and the whole 共享农机 article (body + its headline). Dateline 本报讯（记者 尹川 通讯员 鲍宁） fills the first line, the date wraps (4月10|日). Paragraph 2 is cut by a column-break blank before its last clause (…20余种，|为候鸟提供了栖息地。 - a short fragment).',
 'C': 'TRAP: body printed BEFORE its headline, directly after the photo-news caption; the headline comes after the body and is followed by the 湿地公园 body (which is not its body).',
 'P': 'Photo news: headline, two blank lines (image), caption at a wide measure (34 em) wrapped over lines, with the credit 记者 尹川 摄 glued after a space at the end (byline, not text). Placed after the jump marker.',
 'D': 'Short item without dateline; end byline （记者 戚蔓） glued to the last line. A bare page number 1 follows.',
 'E': 'Page 2. INTERLEAVED with the 美食节 article: E paragraph 1 and the start of paragraph 2 (cut after a line ending in the middle of a phrase), then the 美食节 headline/subtitle and its paragraph 1, then the rest of E, then the rest of 美食节. Each column change is a blank line.',
 'F': 'Interleaved with the 安心铃 article (see there): headline + subtitle + paragraph 1 sit between the two halves of 安心铃; paragraphs 2-3 follow the end of 安心铃.',
 'G': 'Commentary: tag 苇塘时评, headline and author line 文/闻笛 on consecutive lines (no blanks). Paragraph 3 has no blank line before it.',
 'H': 'TRAP: body printed BEFORE its headline (right after the commentary, only 本报讯 marks the new article); its headline is followed directly by the 便民提示 headline.',
 'I': 'List: intro + five numbered items, items 2-5 with no blank line before them; numbers kept (note “1.4月15日” - the item number is glued to a date). One paragraph per item.',
 'J': 'Page 3: headline stack (headline, subtitle wrapped over 2 lines at 18 em: …联动处置|能力) followed by the LEAD\'s continuation （接第一版）…, and only then this article\'s body. Paragraph 2 cut by a column break.',
 'K': 'Feature: headline, ——subtitle, two crossheads between blanks (not paragraphs), column break in paragraph 4 leaves the fragment 居民有意见随时可以来提。 alone after a blank, byline 文/记者 戚蔓 printed AFTER the body on its own line (byline, not text).',
 'M': 'End byline （记者 顾一帆 通讯员 鲍宁） on its own line right after the body (byline, not text); the imprint line closes the page.'}
ORDER = ['L', 'B', 'P', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'M']
arts = []
for k in ORDER:
    A[k]['notes'] = N[k]; arts.append(A[k])
class View:
    def __init__(self, doc, order): self.tags = {i: doc.tags.get(o, []) for i, o in enumerate(order)}
notes = ('Invented issue. Extraction of a 3-column weekly hard-wrapped at an 18-em column (headlines wrapped at the '
  'same width when longer); blank lines between paragraphs and at column breaks in mid-sentence. Reading order is '
  'column by column, so headline stacks, bodies before headlines and interleaved columns occur. Minimal furniture: '
  'a 5-line masthead, jump markers （转第三版）/（接第一版）, page headers 2027.4.13｜综合｜2 after a form feed, a bare '
  'page number 1 at the end of page 1, an imprint line.')
not_articles = ['苇塘时报', 'WEITANG TIMES', '2027年4月13日 星期二', '第15期 总第906期 今日3版', '中共苇塘区委机关报',
  '（转第三版）', '（接第一版）', '1', '2027.4.13｜综合｜2', '2027.4.13｜区情｜3', '本报地址：苇塘区南环路66号 新闻热线：0517-6603311']
here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, NAME + '.txt'); tru = os.path.join(here, NAME + '.truth.json')
open(src, 'w', encoding='utf-8').write(d.text())
write_truth(tru, NAME + '.txt', '苇塘时报', '2027-04-13', '第15期 总第906期', notes, not_articles, View(d, ORDER), arts)
sys.exit(0 if check(src, tru) else 1)
