#!/usr/bin/env python3
"""鹤浦报 2027-06-22 (invented). Kind (a) with an extractor quirk: the extractor pads lines with spaces, so
"blank" lines often hold only spaces and many lines carry trailing spaces; every paragraph starts with a
two-ASCII-space indent. Wrap 26 (a 2-column tabloid). Also: a performance schedule TABLE extracted one row per
line with runs of spaces between cells, a stray page number glued to the end of a body line, a caption printed
mid-sentence, a 便民信息 list and a notice."""
import sys
from h13lib import Doc, flow, wrap, write_truth, check

W = 26
IND = '  '
A = {}
A['tour'] = dict(kind='news', headline='鹤浦区获评省级全域旅游示范区', subheadlines=['五年来全区旅游接待人次增长近一倍'],
    byline='本报讯（记者 沙明哲）',
    notes='Lead. Headline and ——副题 on consecutive lines. Paragraphs start with a 2-space ASCII indent; lines carry trailing spaces and the blank lines between paragraphs are partly space-only.',
    text=['本报讯（记者 沙明哲）6月18日，省文化和旅游厅公布第四批省级全域旅游示范区名单，鹤浦区榜上有名。',
          '近年来，鹤浦区立足山海资源禀赋，把全域旅游作为产业转型的重要抓手，先后建成鹤鸣山国家森林公园、白鹭洲滨海度假区等一批重点景区，培育乡村民宿集聚区5个，精品民宿达到230家。2026年，全区接待游客1860万人次，实现旅游总收入196亿元，分别比五年前增长93%和87%。',
          '与此同时，鹤浦区不断完善旅游公共服务体系，建成旅游集散中心1个、游客服务点28个，开通旅游专线公交6条，实现主要景区之间“一线串联”。“一部手机游鹤浦”智慧旅游平台上线以来，累计服务游客超过500万人次。',
          '区文旅局负责人表示，将以此次获评为契机，推动文旅与农业、体育、康养深度融合，打造长三角知名的山海休闲目的地。'])
A['college'] = dict(kind='news', headline='区政府与鹤浦职业技术学院签订校地合作协议', byline='本报讯（记者 简宁）',
    notes='A caption line (with its credit) is printed in the MIDDLE of paragraph 2 (between two wrapped lines of one sentence); it is a caption, not text.',
    captions=['签约仪式现场。'],
    text=['本报讯（记者 简宁）6月17日，区政府与鹤浦职业技术学院签订校地合作协议，双方将在人才培养、技术研发、社会培训等方面开展全方位合作。',
          '根据协议，学院将围绕我区智能装备、海洋食品、文化旅游等主导产业调整专业设置，新开设工业机器人技术、民宿管理与运营等专业；区政府将支持学院建设产教融合实训基地，并每年安排专项资金用于校企合作项目。',
          '双方还将共建“鹤浦工匠学院”，计划三年内为区内企业培训技能人才5000人次。'])
A['road'] = dict(kind='news', headline='港区至主城快速路建成通车', byline='本报讯（记者 沙明哲 通讯员 佘立）',
    notes='Last article of page 1: the page number 1 is glued to the end of its last line after a space (furniture, not text).',
    text=['本报讯（记者 沙明哲 通讯员 佘立）6月20日，鹤浦港区至主城快速路建成通车。快速路全长14.3公里，双向六车道，设计时速80公里。',
          '快速路通车后，港区到主城区的通行时间由原来的40分钟缩短至15分钟左右。快速路采用“主线高架+地面辅道”形式，主线承担过境交通，地面辅道服务沿线居民出行，实现了客货分流。'])
A['rice'] = dict(kind='photo', headline='稻田里“画”出丰收图', subheadlines=['图片新闻'], byline='本报记者 易可 摄',
    captions=['6月19日，鹤浦区东岙村的稻田画初见雏形，用不同颜色的水稻种出的“鹤舞山海”图案吸引了不少游客驻足观赏。'],
    notes='Photo news on page 1: label, headline, space-only gap lines, caption, credit line. Caption = the single paragraph; credit = byline.',
    text=['6月19日，鹤浦区东岙村的稻田画初见雏形，用不同颜色的水稻种出的“鹤舞山海”图案吸引了不少游客驻足观赏。'])
A['wharf'] = dict(kind='feature', headline='老码头变身“城市客厅”', byline='文·图 本报记者 易可',
    crossheads=['留住老码头的记忆', '“客厅”里的新生活'],
    captions=['改造后的老码头成为市民休闲好去处。'],
    notes='Page-2 feature: byline line `文·图 本报记者 易可` under the headline (kept whole as byline). Two crossheads; a caption between paragraphs 3 and 4.',
    text=['傍晚时分，鹤浦老码头上人来人往。跳广场舞的阿姨、放风筝的孩子、在江边拍照的年轻人，让这个曾经冷清的地方重新热闹起来。',
          '老码头建于上世纪五十年代，曾是鹤浦最繁忙的客货码头。随着跨江大桥建成，码头逐渐停用，附近的仓库和厂房也闲置多年。',
          '2025年，区里启动老码头改造工程，保留了吊车、系缆桩、货运仓库等工业遗存，将老仓库改造成码头记忆馆和城市书房，沿江建设了2.4公里的滨水步道。',
          '改造后的老码头成了市民家门口的“城市客厅”。每到周末，这里会举办市集、露天电影和音乐会。住在附近的居民冯志刚说：“以前晚饭后没地方去，现在天天来这里散步，孙子最喜欢在江边看轮船。”',
          '据介绍，老码头片区还将引入咖啡馆、文创店等业态，打造集休闲、文化、消费于一体的滨江街区。'])
A['elder'] = dict(kind='news', headline='“银龄课堂”开进社区', byline='（通讯员 霍雨）',
    notes='No dateline; the end byline （通讯员 霍雨） is glued to the last body line.',
    text=['近日，区老年大学“银龄课堂”在全区12个社区同步开课，首批开设智能手机使用、书法、太极拳、合唱等课程，报名学员达1300余人。',
          '“在家门口就能上老年大学，不用再挤公交去城里了。”家住凤栖社区的陈奶奶报了智能手机班，她说现在已经学会了用手机挂号和视频通话。'])
A['show'] = dict(kind='list', headline='“鹤浦之夏”文化惠民演出安排',
    notes='TABLE extracted one row per line, cells separated by runs of spaces. Paragraphs: the intro, one paragraph per row (header row included, cells joined by single spaces; white space does not count) and the closing line.',
    text=['“鹤浦之夏”群众文化活动将于6月28日启动，7月上旬的演出安排如下，所有场次免费入场。',
          '日期 时间 节目 地点',
          '6月28日 19:30 开幕式文艺晚会 市民广场',
          '7月1日 19:00 越剧专场 鹤浦大剧院',
          '7月3日 19:30 广场舞展演 老码头滨水步道',
          '7月5日 19:00 民乐音乐会 区文化馆',
          '7月8日 19:30 少儿才艺秀 凤栖社区文化家园',
          '如遇雨天，户外演出将顺延，具体以“鹤浦文旅”公众号通知为准。'])
A['ebike'] = dict(kind='news', headline='电动自行车产品质量抽查结果公布', byline='本报讯（记者 简宁）',
    notes='Short news at the foot of page 2.',
    text=['本报讯（记者 简宁）区市场监管局日前公布了今年第一季度电动自行车产品质量监督抽查结果，共抽查20家销售单位的40批次产品，发现不合格产品3批次，主要问题集中在制动性能和电气安全方面。',
          '区市场监管局已责令相关销售单位下架不合格产品，并依法立案调查。'])
A['craft'] = dict(kind='feature', headline='一根竹丝的坚守', subheadlines=['记鹤浦竹丝画非遗传承人蒋慧芳'],
    byline='本报记者 简宁',
    notes='Page-3 feature: headline, ——副题, byline line `本报记者 简宁`. No crossheads.',
    text=['走进蒋慧芳的工作室，墙上挂满了竹丝画作品：山间云雾、海上渔帆、古镇小桥，细看才发现，这些画面都是用细如发丝的竹丝一根根编织而成的。',
          '竹丝画是鹤浦特有的传统手工艺，一幅作品要经过选竹、破篾、抽丝、染色、编织等二十多道工序。蒋慧芳从16岁开始学艺，至今已有三十多年。',
          '“这门手艺最难的是抽丝，一根竹子要抽出上千根竹丝，粗细还要一样。”蒋慧芳说，年轻人大多坐不住，学徒来了又走，最多的时候她一年要带十几个徒弟，坚持下来的只有三四个。',
          '为了让竹丝画走出工作室，蒋慧芳尝试把竹丝画和书签、扇子、灯具结合起来，还走进中小学开设兴趣课。“只要有人愿意学，我就一直教下去。”'])
A['op'] = dict(kind='opinion', headline='全域旅游要“全域”更要“全民”', subheadlines=['鹤浦时评'], byline='曹致远',
    notes='Commentary: column tag 鹤浦时评 above the headline; the author line `作者：曹致远` is printed at the END (byline, not text).',
    text=['获评省级全域旅游示范区，是对鹤浦多年来发展旅游的肯定，更是新的起点。',
          '全域旅游，不只是景区多、线路多，更是全民参与、全民受益。要让更多村民通过开民宿、卖特产、当导游增收致富，也要让每一位市民都成为鹤浦形象的代言人，以热情好客的态度、文明有礼的言行，为游客留下美好印象。',
          '旅游的竞争，归根到底是服务的竞争。从一个路标、一间厕所到一句问候，每一个细节都关系到游客的体验。把细节做好，鹤浦的“回头客”才会越来越多。'])
A['exam'] = dict(kind='notice', headline='2027年鹤浦区中考成绩查询及志愿填报时间安排',
    notes='Notice: intro, numbered clauses, issuer and date lines as the last two paragraphs.',
    text=['现将2027年我区中考成绩查询和志愿填报有关时间安排公告如下：',
          '一、成绩查询。6月30日12:00起，考生可登录区教育局官网或“鹤浦教育”公众号查询成绩。',
          '二、志愿填报。7月1日9:00至7月3日17:00，考生在网上填报志愿，逾期不再补报。',
          '三、咨询电话：0576-85219630。',
          '鹤浦区教育考试中心', '2027年6月21日'])
A['info'] = dict(kind='list', headline='本周便民信息',
    notes='List of three items, each starting with ■ (kept, printed content), no intro; no byline.',
    text=['■6月24日8:00至16:00，凤栖路供水管道改造，凤栖社区、东岙村部分区域停水。',
          '■区疾控中心提醒，6月25日起区内各接种门诊暂停周日下午接种服务。',
          '■区人力资源市场6月26日上午举办制造业专场招聘会，提供岗位600余个。'])

A['econ'] = dict(kind='news', headline='前5个月规上工业增加值增长8.7%', subheadlines=['增速居全市第二位'],
    byline='本报讯（记者 沙明哲）',
    notes='Page 1: headline and ——副题. A column-break blank falls mid-sentence in paragraph 2.',
    text=['本报讯（记者 沙明哲）记者从区统计局获悉，1至5月，全区规模以上工业增加值同比增长8.7%，增速比一季度提高1.2个百分点，居全市第二位。',
          '从行业看，智能装备、海洋食品、新材料三大主导产业合计增长11.4%，对规上工业增长的贡献率达到72%。其中，智能装备产业受船舶配套和工程机械订单带动，增长15.6%，成为拉动工业增长的主要力量。',
          '区经信局相关负责人表示，下一步将围绕重点企业开展“一企一策”精准服务，推动在建工业项目早日投产达效，确保全年工业经济稳定增长。'])
A['swim'] = dict(kind='news', headline='防溺水安全教育走进校园', byline='（记者 简宁 通讯员 鲍文）',
    notes='No dateline; end byline glued to the last body line.',
    text=['暑假临近，区教育局联合区消防救援大队、区红十字会开展“防溺水安全教育进校园”活动，走进全区43所中小学，为学生讲解防溺水知识和自救互救技能。',
          '活动中，消防员通过真实案例和现场演示，教学生识别危险水域、掌握正确的施救方法，并提醒学生牢记“六不”要求，不私自下水游泳，不擅自与他人结伴游泳。',
          '区教育局还要求各学校在放假前召开一次家长会，签订防溺水安全责任书，督促家长切实履行监护责任。'])
A['clinic'] = dict(kind='news', headline='区人民医院开设“医防融合”门诊', byline='本报讯（通讯员 邵静 记者 简宁）',
    notes='Page-3 news after the feature.',
    text=['本报讯（通讯员 邵静 记者 简宁）6月16日，区人民医院“医防融合”门诊正式开诊，为高血压、糖尿病等慢性病患者提供诊疗、随访、健康管理一站式服务。',
          '门诊由临床医生、公共卫生医师和健康管理师组成团队，患者就诊后，团队将为其建立健康档案，制定个性化的饮食和运动方案，并定期进行电话随访。',
          '据统计，我区35岁以上居民高血压患病率约为27%，糖尿病患病率约为10%。医院相关负责人表示，“医防融合”门诊将把治疗和预防结合起来，帮助患者管好慢性病。'])
A['essay'] = dict(kind='feature', headline='鹤鸣山的夏夜', subheadlines=['浦江潮'], byline='柯岩',
    notes='Page-4 literary supplement: column tag 浦江潮 (the supplement\'s name, printed above the headline), author line `□柯岩` under the headline (byline 柯岩, □ is decoration).',
    text=['鹤鸣山的夏夜，是从一阵山风开始的。太阳落下去，白天的暑气像是被谁一把收走了，松林里渐渐凉了下来。',
          '小时候，每到暑假，我就跟着外婆住在山脚下的老屋里。吃过晚饭，外婆把竹床搬到院子里，我躺在上面数星星，她坐在一旁摇着蒲扇，给我讲鹤鸣山的传说。说是很久以前，山上住着一对白鹤，每到月圆之夜就会飞到山顶鸣叫，山下的人听到鹤鸣，便知道这一年风调雨顺。',
          '那时候的夜真黑，也真静。萤火虫在草丛里一闪一闪，青蛙在水田里此起彼伏地叫着，偶尔有一两声狗吠，从远处的村子里传过来。',
          '如今，山脚下修起了柏油路，建起了民宿和观景台，夏夜里来纳凉的游客越来越多。外婆的老屋早已不在了，可每次回到鹤鸣山，我还是会在院子里坐一会儿，听一听山风，想一想那些数星星的夜晚。'])

A['place'] = dict(kind='feature', headline='望海路的由来', subheadlines=['鹤浦地名小考'], byline='邬明',
    notes='Page 4, second supplement item: series tag 鹤浦地名小考 above the headline; the author is given at the END as `（邬明）` on its own line (byline).',
    text=['望海路是鹤浦城区最老的一条街道，东起老码头，西至鹤鸣山脚，全长两公里多。',
          '据《鹤浦县志》记载，这条路原是一条沿江的石板小道，两旁多是渔民和船工的住户。因站在路的东头可以远远望见出海口，老辈人便叫它“望海街”。上世纪六十年代道路拓宽改造，改名为望海路，沿用至今。',
          '如今的望海路两旁高楼林立，早已看不见大海，但路东头那棵三百多年的老樟树还在。每到傍晚，总有老人坐在树下乘凉，讲起望海街当年的故事。'])

ORDER = ['tour', 'college', 'rice', 'econ', 'road', 'wharf', 'elder', 'show', 'swim', 'ebike', 'craft', 'clinic', 'op', 'exam', 'info', 'essay', 'place']
arts = [A[k] for k in ORDER]
IDX = {k: i for i, k in enumerate(ORDER)}
d = Doc()
def H(key, text, part='headline'): d.add(text, IDX[key], part)
def F(key, paras=None, **kw):
    flow(d, IDX[key], paras if paras is not None else A[key]['text'], W, indent=IND, **kw)

# ---- page 1
for l in ['鹤浦报', 'HEPU DAILY', '2027年6月22日 星期二', '第25期 总第1433期 今日4版', '中共鹤浦区委主办 鹤浦区融媒体中心出版']:
    d.add(l)
d.blank()
H('tour', '鹤浦区获评省级全域旅游示范区'); H('tour', '——五年来全区旅游接待人次增长近一倍', 'subheadline'); d.blank()
F('tour', breaks={(1, 3)})
d.blank(2)
H('college', '区政府与鹤浦职业技术学院签订校地合作协议'); d.blank()
F('college', inserts={(1, 1): ['', ('签约仪式现场。 本报记者 简宁 摄', 'caption'), '']})
d.blank(2)
H('rice', '图片新闻', 'label'); H('rice', '稻田里“画”出丰收图'); d.blank(3)
for l in wrap(A['rice']['text'][0], 34): d.add(l, IDX['rice'], 'caption')
H('rice', '本报记者 易可 摄', 'credit')
d.blank(2)
H('econ', '前5个月规上工业增加值增长8.7%'); H('econ', '——增速居全市第二位', 'subheadline'); d.blank()
F('econ', breaks={(1, 1)})
d.blank(2)
H('road', '港区至主城快速路建成通车'); d.blank()
rp = list(A['road']['text'])
F('road', breaks={(0, 1)})
d.lines[-1] = d.lines[-1] + ' 1'
# ---- page 2
d.lines.append('\f鹤浦报 2027年6月22日 星期二 第2版 城事'); d.add('本版编辑 伍佳 校对 冉秋 版式 吴迪'); d.blank()
w_ = A['wharf']
H('wharf', '老码头变身“城市客厅”'); H('wharf', '文·图 本报记者 易可', 'byline'); d.blank()
H('wharf', w_['crossheads'][0], 'crosshead'); d.blank()
F('wharf', w_['text'][:3])
d.blank(); H('wharf', w_['captions'][0], 'caption'); d.blank()
H('wharf', w_['crossheads'][1], 'crosshead'); d.blank()
F('wharf', w_['text'][3:], breaks={(0, 2)})
d.blank(2)
H('elder', '“银龄课堂”开进社区'); d.blank()
F('elder', A['elder']['text'][:-1] + [A['elder']['text'][-1] + '（通讯员 霍雨）'])
d.blank(2)
s = A['show']['text']
H('show', '“鹤浦之夏”文化惠民演出安排'); d.blank()
F('show', s[:1]); d.blank()
for row in s[1:-1]:
    cells = row.split(' ')
    line = ''.join(c + ' ' * max(3, 14 - 2 * len(c)) if i < 3 else c for i, c in enumerate(cells))
    d.add(line, IDX['show'], 'table row')
d.blank(); F('show', s[-1:])
d.blank(2)
H('swim', '防溺水安全教育走进校园'); d.blank()
F('swim', A['swim']['text'][:-1] + [A['swim']['text'][-1] + '（记者 简宁 通讯员 鲍文）'])
d.blank(2)
H('ebike', '电动自行车产品质量抽查结果公布'); d.blank()
F('ebike')
# ---- page 3
d.lines.append('\f鹤浦报 2027年6月22日 星期二 第3版 人文'); d.add('本版编辑 伍佳 校对 冉秋 版式 吴迪'); d.blank()
H('craft', '一根竹丝的坚守'); H('craft', '——记鹤浦竹丝画非遗传承人蒋慧芳', 'subheadline'); H('craft', '本报记者 简宁', 'byline'); d.blank()
F('craft', breaks={(2, 1)})
d.blank(2)
H('clinic', '区人民医院开设“医防融合”门诊'); d.blank()
F('clinic', breaks={(2, 1)})
d.blank(2)
H('op', '鹤浦时评', 'tag'); H('op', '全域旅游要“全域”更要“全民”'); d.blank()
F('op'); H('op', '作者：曹致远', 'byline')
d.blank(2)
H('exam', '2027年鹤浦区中考成绩查询及志愿填报时间安排'); d.blank()
F('exam')
d.blank(2)
H('info', '本周便民信息'); d.blank()
flow(d, IDX['info'], A['info']['text'], W, blanks=False)
d.blank(); d.add('3')
# ---- page 4
d.lines.append('\f鹤浦报 2027年6月22日 星期二 第4版 副刊'); d.add('本版编辑 葛蓝 校对 冉秋 版式 吴迪'); d.blank()
H('essay', '浦江潮', 'tag'); d.blank()
H('essay', '鹤鸣山的夏夜'); H('essay', '□柯岩', 'byline'); d.blank()
F('essay', breaks={(1, 3)})
d.blank(2)
H('place', '鹤浦地名小考', 'tag'); H('place', '望海路的由来'); d.blank()
F('place', breaks={(1, 2)}); H('place', '（邬明）', 'byline')
d.blank(2)
d.add('鹤浦报社地址：鹤浦区望海路9号 邮编：317300 新闻热线：0576-85212345 广告热线：0576-85212300')
d.add('4')

# the extractor's padding: space-only "blank" lines and trailing spaces (deterministic pattern)
for i, l in enumerate(d.lines):
    if l == '':
        d.lines[i] = ' ' * (i % 4)          # 0-3 spaces
    elif i % 3 != 0 and not l.startswith('\f'):
        d.lines[i] = l + ' ' * (1 + i % 2)

NOT = ['鹤浦报', 'HEPU DAILY', '2027年6月22日 星期二', '第25期 总第1433期 今日4版', '中共鹤浦区委主办 鹤浦区融媒体中心出版',
       '鹤浦报 2027年6月22日 星期二 第2版 城事', '鹤浦报 2027年6月22日 星期二 第3版 人文', '本版编辑 伍佳 校对 冉秋 版式 吴迪', '鹤浦报 2027年6月22日 星期二 第4版 副刊', '本版编辑 葛蓝 校对 冉秋 版式 吴迪', '4',
       '鹤浦报社地址：鹤浦区望海路9号 邮编：317300 新闻热线：0576-85212345 广告热线：0576-85212300', '1', '3']
NOTES = ('Invented issue of 鹤浦报, pages 1-4, plain PDF text extraction of a 2-column tabloid, wrap 26, form-feed pages. '
         'Extractor quirk: lines are padded with spaces — about three blank lines in four hold only 1-3 spaces, and two '
         'lines in three carry 1-2 trailing spaces; every paragraph starts with a 2-space ASCII indent. Page 1 has no page '
         'header (masthead only) and its page number 1 is glued to the last body line; pages 2-4 have a running head and '
         'an editor line (本版编辑/校对/版式).')
name = 'hepu-2027-06-22'
open(name + '.txt', 'w', encoding='utf-8').write(d.text())
write_truth(name + '.truth.json', name + '.txt', '鹤浦报', '2027-06-22', '第25期 总第1433期', NOTES, NOT, d, arts)
sys.exit(0 if check(name + '.txt', name + '.truth.json') else 1)
