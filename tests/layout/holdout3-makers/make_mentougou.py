#!/usr/bin/env python3
"""门头沟报 2026-04-14: pdftotext (reading order) extraction of a 4-page weekly, wrap ~24.
Truth first (articles as clean paragraphs), then the layout that produces the .txt."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib3 import Doc, write
from check import check

NAME = 'mentougou-2026-04-14'
A = []

A.append(dict(id='A1', kind='news', continued=True,
  headline='守好京西绿水青山 做活生态富民文章',
  subheadlines=['门头沟区召开2026年生态涵养区建设推进会', '——全年计划实施重点生态项目46个，总投资38.6亿元'],
  byline='本报讯（记者 韩冰）',
  text=[
  '本报讯（记者 韩冰）4月 13日，门头沟区召开2026年生态涵养区建设推进会，总结去年生态保护和绿色发展工作，部署今年重点任务。区委书记周立新出席并讲话，区委副书记、区长孟庆阳主持。',
  '会议通报，2025年全区森林覆盖率达到71.6%，永定河门头沟段水质稳定保持在Ⅱ类，细颗粒物年均浓度降至每立方米29微克，生态产品总值核算结果连续三年实现增长。全区共完成造林绿化1.2万亩，修复废弃矿山和裸露坡面46处，治理水土流失面积32平方公里。',
  '周立新指出，生态是门头沟最大的优势和本钱。要坚持“绿水青山就是金山银山”理念，把生态保护放在首位，统筹山水林田湖草沙系统治理，守住生态保护红线。要在生态价值转化上持续用力，围绕精品民宿、林下经济、山地运动、文化旅游等方向，推动更多“生态颜值”转化为“经济价值”，让山区群众在家门口端上“生态碗”、吃上“旅游饭”。',
  '今年，全区计划实施重点生态项目46个，总投资38.6亿元，其中新建和改造提升森林步道120公里，实施百花山、灵山周边生态修复工程，推进妙峰山、王平等镇22个村的污水收集处理设施建设。孟庆阳要求，各部门、各镇街要对照任务清单，明确时间表、路线图，实行周调度、月通报，确保项目早开工、早见效。',
  '会上，区发展改革委、区园林绿化局、清水镇和斋堂镇作了交流发言。各镇街、区有关部门主要负责同志参加会议。'],
  notes='Lead. Kicker (引题) above a main headline that pdftotext split into its two halves on two lines (joined with a space, as the couplet is printed); 副题 starting with ——. Dateline has a pdftotext space inside the date (\"4月 13日\"), kept as printed. Body jumps mid-word in paragraph 4 (\"污水收\" / （下转第3版）) and resumes at the top of page 3 after the page header: the headline is REPEATED on its own line, then \"（上接第1版）集处理设施建设。…\" glued to the text. Paragraph 2 is split by a column break (blank line) mid-sentence. Markers are not part of the text.'))

A.append(dict(id='A2', kind='photo',
  headline='妙峰山玫瑰谷 新苗扎根忙', byline='本报记者 郑凯 摄',
  text=['4月10日，妙峰山镇涧沟村玫瑰种植基地，农户正在移栽今年新培育的重瓣玫瑰苗。今年该基地新增种植面积320亩，预计带动周边86户农户增收。'],
  captions=['4月10日，妙峰山镇涧沟村玫瑰种植基地，农户正在移栽今年新培育的重瓣玫瑰苗。今年该基地新增种植面积320亩，预计带动周边86户农户增收。'],
  notes='Front-page photo news: headline, two blank lines (image), caption at the wide measure (~38) as the only body, credit line \"本报记者 郑凯 摄\" (byline, not text). Follows the 下转 marker of the lead directly.'))

A.append(dict(id='A3', kind='news',
  headline='永定河春季生态补水启动', subheadlines=['计划补水1.3亿立方米，持续约50天'],
  byline='本报讯（记者 苏晓）',
  text=[
  '本报讯（记者 苏晓）4月8日上午10时，官厅水库闸门开启，永定河2026年春季生态补水正式启动。本次补水计划持续约50天，补水总量1.3亿立方米，水头预计4天后抵达门头沟区三家店拦河闸。',
  '区水务局相关负责人介绍，补水期间，永定河门头沟段将形成约60公里的连续水面，沿线落坡岭、珠窝、雁翅等河段水面面积较去年同期增加约15%。为保障补水安全，区水务局在沿线设置了28处巡查点位，每日安排两班次巡河，重点防范游客涉水、野泳、垂钓等行为。',
  '区水务局提醒，补水期间河道水位变化较快，市民游客请勿进入河道或在河滩停留，发现险情可拨打水务服务热线69842316。'],
  notes='Comes right after the 本期导读 box (whose two ▶ lines repeat headlines of pages 2 and 4 with page numbers - furniture, not articles). Subtitle without —— on the line after the headline. Paragraph 2 is split by a column break mid-word (\"两|班次\"). Paragraph 3 ends with a hotline number.'))

A.append(dict(id='A4', kind='news',
  headline='首批12家“门头沟礼物”体验店挂牌',
  byline='本报讯（通讯员 李想 记者 王晗）',
  text=[
  '本报讯（通讯员 李想 记者 王晗）4月11日，首批12家“门头沟礼物”体验店在永定楼、潭柘寺景区、斋堂古城等地集中挂牌。体验店集中展示京白梨、太子墓苹果、火村红头香椿等地理标志农产品和琉璃、京西太平鼓等非遗文创产品共计260余种。',
  '据了解，今年区商务局将在全区再布设体验店20家，并在3条旅游线路上设置“门头沟礼物”自助售卖点，年内实现主要景区全覆盖。'],
  notes='Headline starts with 首批12家 (digits). Dateline with 通讯员 before 记者. Last article of page 1; page 2 header follows (form feed).'))

A.append(dict(id='A5', kind='news',
  headline='响应率100% 群众满意率96.3%', subheadlines=['一季度“接诉即办”成绩单出炉'],
  byline='本报讯（记者 王晗）',
  text=[
  '本报讯（记者 王晗）记者从区政务服务和数据管理局获悉，今年一季度，全区共受理群众诉求4.17万件，同比下降6.8%，诉求响应率保持100%，解决率、满意率分别达到94.1%和96.3%，综合考评成绩位列生态涵养区前列。',
  '从诉求类型看，供暖、物业管理、农村基础设施和公交出行是一季度的高频问题，四类诉求占诉求总量的41%。针对山区村庄冬季供暖问题，区城市管理委会同相关镇完成了37个村的“煤改电”设备巡检，更换老化线路1.8万米；针对公交出行问题，新开、调整了892路、M17路等5条线路，方便沿线2.3万名村民出行。',
  '区政务服务和数据管理局相关负责人表示，下一步，全区将聚焦“每月一题”，对物业服务、老旧小区停车、山区道路养护等问题开展专项治理，推动“接诉即办”向“未诉先办”转变。'],
  notes='First article of page 2, directly after the page header (form feed + date/editor line + \"2 综合\"). 引题 + 主题 where the 主题 is mostly numbers and percentages. Paragraph 2 starts WITHOUT a blank line before it; the blank comes after its first line instead (pdftotext block split) - it must not be read as a paragraph end.'))

A.append(dict(id='A6', kind='news',
  headline='京西商务中心区一季度新签约项目23个',
  byline='本报讯（记者 苏晓）',
  text=[
  '本报讯（记者 苏晓）4月9日，京西商务中心区举行2026年第一季度项目集中签约活动，23个项目现场签约，涉及人工智能、低空经济、文化科技等领域，预计总投资达46.2 亿元。',
  '在签约项目中，一家从事工业视觉检测的企业计划将研发中心和华北区域总部落户区内，首期投资1.5亿元；另有4家低空飞行服务企业将依托区内山地资源，开展无人机巡检、应急物资投送等场景测试。',
  '区投资促进服务中心主任杜娟介绍，今年以来，区里推行“一企一专员”服务机制，为新落地企业提供注册登记、人才公寓、场景对接等全流程服务，项目从洽谈到签约的平均时间缩短至42天。'],
  notes='Plain news; pdftotext space kept in \"46.2 亿元\". A column break splits paragraph 3 mid-word (\"洽谈到|签约\").'))

A.append(dict(id='A7', kind='feature',
  headline='百年古村“活”起来', subheadlines=['——斋堂镇岩口村推进传统村落保护利用见闻'],
  byline='□本报记者 郑凯 文/图',
  crossheads=['老宅修缮“修旧如旧”', '村民变身“民宿管家”'],
  captions=['▲岩口村修缮后的老宅院落。'],
  text=[
  '沿着109国道一路向西，过了斋堂水库再往北拐进山沟，就到了有着400多年历史的岩口村。青石铺成的村道蜿蜒向上，两侧是依山而建的四合院，灰瓦、石墙、木格窗，不少院门口挂起了“岩口人家”的木牌。',
  '这个曾经只剩下60多位老人的山村，如今每到周末都要迎来上千名游客。“去年全村接待游客3.8万人次，村集体收入第一次突破了100万元。”村党支部书记谭永福翻着账本告诉记者。',
  '岩口村现存明清古建院落72座，过去由于年久失修，有的屋顶塌了半边，有的院墙长满了荒草。2023年起，村里以“村集体+专业公司+农户”的方式，分三批对其中的31座院落进行修缮。',
  '“老房子怎么修，我们请了文物部门的专家把关，木料、石料尽量用旧的，换下来的瓦片一片片编号再用回去。”负责施工的技术员冯海涛说，光是一座三进院的门楼，工人们就修了整整两个月。',
  '修好的院落中，有14座改成了精品民宿，由村集体统一运营，村民可以用房屋入股，也可以到民宿里工作。62岁的村民刘桂兰就是其中一位“管家”，每天负责打扫客房、给客人做农家饭，每月能拿到3200元工资，年底还有分红。',
  '“以前孩子们都在城里，一年回来不了几趟。现在村里热闹了，我儿子也辞了城里的工作，回来开了一家咖啡馆。”刘桂兰笑着说。',
  '谭永福告诉记者，今年村里还打算把闲置的老供销社改造成村史馆，并和周边的4个村联合推出“古道徒步”线路，让游客在村里多住一晚。'],
  notes='Feature: headline, 副题 with ——, byline \"□本报记者 郑凯 文/图\" on its own line before the body. Two crossheads on their own lines (short, no final punctuation; not paragraphs). Column breaks mid-word in paragraph 4 (\"编|号\"). The photo caption \"▲岩口村修缮后的老宅院落。\" sits between a blank line and the next line INSIDE paragraph 5, splitting a word (\"…农家饭，每\" | caption | \"月能拿到3200元工资…\"); removed from the text. Referenced from the page-1 导读 box. Paragraph 6 is a quote ending with 说。'))

A.append(dict(id='A8', kind='news',
  headline='区医院“一站式”出入院服务中心启用', subheadlines=['患者办理出入院手续平均缩短至15分钟'],
  byline='文/记者 王晗 通讯员 崔丽',
  text=[
  '4月7日，区医院门诊楼一层的“一站式”出入院服务中心正式启用。患者在一个窗口就能完成入院登记、预交金缴纳、医保审核、出院结算和病案复印等11项业务，办理时间由过去的平均40分钟缩短到15分钟左右。',
  '“以前住院要跑三个地方，排三次队，现在坐下来十几分钟就办完了。”陪父亲来住院的王女士说。',
  '区医院副院长高建平介绍，服务中心共设置8个综合窗口，配备自助机12台，周一至周日8:00至17:00对外服务。医院还开通了线上预约入院功能，患者可通过“京医通”微信公众号提前上传相关材料。'],
  notes='No 本报讯 dateline; the byline \"文/记者 王晗 通讯员 崔丽\" is printed at the END on its own line (byline, not text). Comes right after the end of the lead continuation on page 3. Short quote paragraph 2. Time \"8:00至17:00\" with ASCII colons. Column break inside paragraph 1 after a line ending with a comma (\"…11项业务，|办理时间…\").'))

A.append(dict(id='A9', kind='list',
  headline='全区春季义务植树活动安排出炉', byline='本报讯（记者 苏晓）',
  text=[
  '本报讯（记者 苏晓）今年春季，区绿化委员会办公室在全区设置4处义务植树活动点，市民可通过“首都全民义务植树”小程序预约参加。具体安排如下：',
  '永定镇冯村沟义务植树基地：4月18日、19日、25日，每日接待300人，以栽植油松、元宝枫为主。',
  '潭柘寺镇南辛房片区：4月18日、25日，每日接待200人，以栽植山桃、山杏为主。',
  '王平镇京西古道沿线：4月19日、26日，每日接待150人，以抚育管护、补植补造为主。',
  '军庄镇孟悟村：4月25日、26日，每日接待200人，开展认养果树、绿地认养等活动。',
  '参加活动的市民请穿着运动鞋和适宜户外活动的服装，自带饮用水。咨询电话：69853720。'],
  notes='List article: intro ending with 具体安排如下：, four items (place：dates, each its own paragraph, NOT separated by blank lines - one item per printed paragraph, wrapped), closing paragraph with a phone number. Items must not become articles; \"永定镇冯村沟义务植树基地：\" is not a headline. 6 paragraphs.'))

A.append(dict(id='A10', kind='news',
  headline='“书香进山村”流动图书车开进清水镇', byline='本报讯（记者 韩冰）',
  text=[
  '本报讯（记者 韩冰）4月10日，区图书馆“书香进山村”流动图书车开进清水镇下清水村，为村民带去图书1200余册。图书车配备自助借还设备，村民刷身份证即可借阅，借期30天，可在区图书馆和各镇分馆归还。',
  '今年，流动图书车将按照“每月一镇、每周一村”的方式，覆盖全区9个镇的60个村，全年计划开展服务100场次以上。'],
  notes='Headline begins with a quotation mark. Last item on page 3; the page number footer \"3\" is glued to its last line (\"…100场次以上。3\") - the digit is furniture.'))

A.append(dict(id='A11', kind='opinion',
  headline='以“绣花功夫”答好山区治理考卷', subheadlines=['学思践悟'],
  byline='□区委社会工作部部长 石磊',
  captions=['王平镇西王平村村民在“山村议事会”上讨论村道改造方案。王平镇供图'],
  text=[
  '门头沟是首都重要的生态涵养区，全区98.5%的面积是山区，300多个村庄散布在沟谷之间。山区治理点多、线长、面广，既要守住生态底线，又要回应群众对美好生活的期待，容不得“大而化之”，更需要下足“绣花功夫”。',
  '绣花功夫，首先体现在“摸得清”。山区村庄人口流动大、老年人多，群众诉求往往零散而具体。要用好“网格+党员”的力量，把每一户的情况记在本子上、装进数据里，做到谁家有独居老人、哪段山路雨季易塌方、哪口水井需要清淤，心中有数、手中有策。',
  '绣花功夫，还体现在“针脚细”。去年以来，王平镇推行“山村议事会”，大到村道硬化，小到路灯安装，都拿到议事会上商量。群众的事由群众商量着办，不少多年解决不了的“老大难”问题找到了答案。实践证明，治理越是精细，群众参与的积极性就越高。',
  '绣花功夫，更要体现在“久久为功”。山区治理没有一劳永逸的办法，一些问题今天解决了，明天可能又会冒出来。要建立长效机制，把好经验、好做法固定下来，一任接着一任干，一年接着一年抓，让山区群众的获得感成色更足、幸福感更可持续。'],
  notes='Signed commentary on page 4 under the column tag 学思践悟 (printed ABOVE the headline here, with the page header right before it; tag -> subheadlines). Byline \"□区委社会工作部部长 石磊\" on its own line. TRAP: the photo caption with inline credit \"王平镇供图\" (blank lines around it) interrupts paragraph 3 mid-sentence (\"…“老大难”问题找到了\" | caption over two lines | \"答案。实践证明…\"). Paragraphs 2-4 start with the same run-in phrase 绣花功夫， (not crossheads).'))

A.append(dict(id='A12', kind='feature',
  headline='山里的春天', byline='□刘振华',
  text=[
  '老家在清水河边的一个小山村。小时候，春天总是来得很慢，山坡上的雪要到清明前后才化干净，可只要杏花一开，整条沟就一下子亮了起来。',
  '那时候春天是忙的。父亲赶着毛驴去地里送粪，母亲在院子里给鸡娃子搭窝，我们几个孩子挎着篮子上山挖苦菜、掐榆钱，回来时裤腿上沾满了泥，篮子里却总是满的。',
  '前些天回村，村口新修了柏油路，路边立着“古道驿站”的指示牌，几个年轻人背着相机在杏树下拍照。老屋还在，门口的那棵老杏树也还在，枝头的花开得正旺。站在树下，我忽然觉得，山里的春天一点也没有变，变的是回来看春天的人越来越多了。'],
  notes='副刊 essay: short 5-character headline, author line \"□刘振华\", three paragraphs at a wider measure (~26). Followed by the imprint lines (address, hotlines, printer) which are furniture. Referenced by the page-1 导读 box.'))

# ---------------------------------------------------------------- layout (pdftotext, reading order)
P = {a['id']: a for a in A}
D = Doc()
L, B = D.line, D.blank
for t in ['门头沟报', 'MENTOUGOU BAO', '2026年4月14日', '星期二', '第14期（总第1206期）', '今日4版']:
    L(t)
B()
for t in ['中共北京市门头沟区委主办', '门头沟区融媒体中心出版', '准印证号：京内资准字0826-L0093']:
    L(t)
B()
a = P['A1']
L(a['subheadlines'][0], 'A1', 'kicker'); B()
L('守好京西绿水青山', 'A1', 'headline'); L('做活生态富民文章', 'A1', 'headline'); B()
L(a['subheadlines'][1], 'A1', 'subtitle'); B()
cut = a['text'][3].index('污水收') + 3
D.body('A1', a['text'][:3] + [a['text'][3][:cut]], 24, at={(1, 3): ['']}, end_blank=False)
L('（下转第3版）'); B()
a = P['A2']
L(a['headline'], 'A2', 'headline'); B(2)
D.body('A2', a['text'], 38, role='caption', end_blank=False)
L(a['byline'], 'A2', 'credit'); B()
L('本期导读'); L('▶百年古村“活”起来 2版'); L('▶山里的春天 4版'); B()
a = P['A3']
L(a['headline'], 'A3', 'headline'); B(); L(a['subheadlines'][0], 'A3', 'subtitle'); B()
D.body('A3', a['text'], 24, at={(1, 4): ['']})
a = P['A4']
L(a['headline'], 'A4', 'headline'); B()
D.body('A4', a['text'], 24)
# page 2
L('\f2026年4月14日 星期二  责编 赵颖  美编 刘畅  校对 孙倩'); B(); L('2 综合'); B()
a = P['A5']
L(a['subheadlines'][0], 'A5', 'kicker'); B(); L(a['headline'], 'A5', 'headline'); B()
D.body('A5', a['text'], 24, noblank={1})
a = P['A6']
L(a['headline'], 'A6', 'headline'); B()
D.body('A6', a['text'], 24, at={(2, 3): ['']})
a = P['A7']
L(a['headline'], 'A7', 'headline'); B(); L(a['subheadlines'][0], 'A7', 'subtitle'); B()
L(a['byline'], 'A7', 'byline'); B()
D.body('A7', a['text'][:2], 21)
L(a['crossheads'][0], 'A7', 'crosshead'); B()
D.body('A7', a['text'][2:4], 21, at={(1, 2): ['']})
L(a['crossheads'][1], 'A7', 'crosshead'); B()
D.body('A7', a['text'][4:], 21, at={(0, 4): ['', (a['captions'][0], 'caption'), '']})
# page 3
L('\f2026年4月14日 星期二  责编 马骁  美编 刘畅  校对 孙倩'); B(); L('3 民生'); B()
a = P['A1']
L(a['headline'], 'A1', 'headline (repeated)'); B()
D.body('A1', ['（上接第1版）' + a['text'][3][cut:]] + a['text'][4:], 24, role='body (continued)')
a = P['A8']
L(a['headline'], 'A8', 'headline'); B(); L(a['subheadlines'][0], 'A8', 'subtitle'); B()
D.body('A8', a['text'], 24, at={(0, 3): ['']}, end_blank=False)
L(a['byline'], 'A8', 'byline'); B()
a = P['A9']
L(a['headline'], 'A9', 'headline'); B()
D.body('A9', a['text'][:1], 24, end_blank=False)
for it in a['text'][1:5]:
    D.body('A9', [it], 24, end_blank=False)
B()
D.body('A9', a['text'][5:], 24)
a = P['A10']
L(a['headline'], 'A10', 'headline'); B()
segs = list(a['text'])
D.body('A10', segs, 24, end_blank=False)
t, tag = D.lines[-1]; D.lines[-1] = (t + '3', tag)
# page 4
L('\f2026年4月14日 星期二  责编 田甜  美编 刘畅  校对 孙倩'); B(); L('4 副刊'); B()
a = P['A11']
L('学思践悟', 'A11', 'column tag'); B(); L(a['headline'], 'A11', 'headline'); B(); L(a['byline'], 'A11', 'byline'); B()
cap = a['captions'][0]
D.body('A11', a['text'], 22, at={(2, 4): ['', (cap[:27], 'caption'), (cap[27:], 'caption'), '']})
a = P['A12']
L(a['headline'], 'A12', 'headline'); B(); L(a['byline'], 'A12', 'byline'); B()
D.body('A12', a['text'], 26)
for t in ['地址：北京市门头沟区新桥大街21号 邮编：102300', '新闻热线：69842201 广告热线：69842255',
          '印刷：北京京西印务有限公司 每周二出版']:
    L(t)

META = dict(publication='门头沟报', date='2026-04-14', issue_no='第14期（总第1206期）',
  not_articles=['门头沟报', 'MENTOUGOU BAO', '2026年4月14日', '星期二', '第14期（总第1206期）', '今日4版',
    '中共北京市门头沟区委主办', '门头沟区融媒体中心出版', '准印证号：京内资准字0826-L0093',
    '（下转第3版）', '本期导读', '▶百年古村“活”起来 2版', '▶山里的春天 4版',
    '2026年4月14日 星期二  责编 赵颖  美编 刘畅  校对 孙倩', '2 综合', '3 民生', '4 副刊', '3',
    '地址：北京市门头沟区新桥大街21号 邮编：102300', '新闻热线：69842201 广告热线：69842255',
    '印刷：北京京西印务有限公司 每周二出版'],
  notes='Invented issue of a 门头沟-style district weekly (4 pages: 要闻, 综合, 民生, 副刊) as pdftotext gives it in reading order: body text hard-wrapped at the column (~24 em, 21 in the page-2 feature, 26 in the essay; ASCII half an em), blank lines between paragraphs, between blocks and at column breaks (mid-sentence). Pages are separated by a form feed (U+000C) at the start of the next page header line, as pdftotext emits it (line numbers count \\n only). Masthead L1-10 (title, romanized title, date, weekday, 第14期（总第1206期）, 今日4版, publisher lines). Page headers on pages 2-4 (date + editors line, then page number + page name). issue_no is given as printed. All names, numbers and events are invented.')

if __name__ == '__main__':
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    write(NAME, 'txt', D, META, A, lambda s, t: check(s, t))
