#!/usr/bin/env python3
"""桐湾报 2027-05-04: plain extraction (reading order) of a 2-column weekly, kind (a). Kicker set directly above the
title with no blank line, `文/图 本报记者 X` byline lines, a 桐湾简讯 column of ● briefs, captions with the credit
after a full-width space, and a 下转 jump whose （上接A1版） marker the extractor placed INSIDE the continued paragraph.
Truth first, then layout."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h12lib import Doc, write_truth, check, flow, wrap
NAME = 'tongwan-2027-05-04'
W = 21
A = {}
A['lead'] = dict(kind='news', headline='桐湾区一季度重点项目完成投资同比增长18.6%',
  subheadlines=['聚力攻坚 实干争先', '36个项目集中签约 总投资212亿元'], byline='本报讯（记者 程屿）', continued=True,
  text=['本报讯（记者 程屿）4月29日，桐湾区召开2027年二季度重点项目推进暨集中签约大会。会上通报，一季度全区128个市级、区级重点项目完成投资96.4亿元，同比增长18.6%，完成年度计划的27.3%。',
   '大会现场，海洋装备产业园二期、北岙冷链物流中心、柳浪数字经济港等36个项目集中签约，总投资212亿元，涉及海洋经济、先进制造、现代物流和文旅康养等领域。其中，投资超过10亿元的项目有7个。',
   '区委书记韩启明在讲话中指出，项目是经济发展的“压舱石”。一季度全区项目建设开局良好，但也要看到，部分项目前期手续办理偏慢、要素保障还有短板。各责任单位要倒排工期、挂图作战，对照节点抓推进，确保二季度项目投资实现“双过半”。',
   '区长邵文澜就做好下一阶段工作提出要求。她说，要持续优化营商环境，落实重点项目“首席服务员”制度，每个项目明确一名区级领导、一个责任部门，做到问题不过夜、服务不断档；要加大土地、资金、能耗等要素统筹力度，让签约项目早落地、早开工、早投产。',
   '根据安排，二季度全区还将新开工项目22个，竣工项目9个。区发展改革委将每半月开展一次项目调度，对进度滞后的项目实行“红黄绿”三色预警，推动项目建设提速提效。'])
capB = '改造后的老码头“海洋会客厅”吸引市民游客前来打卡。'
A['wharf'] = dict(kind='news', headline='渔港街道老码头变身“海洋会客厅”', subheadlines=[], byline='文/图 本报记者 苏芮',
  captions=[capB],
  text=['五一假期首日，渔港街道老码头上人来人往。斑驳的系缆桩、褪色的船坞墙被保留下来，周边新建了观海平台、渔民号子展示馆和海鲜夜市，这处闲置多年的老码头变身为“海洋会客厅”。',
   '老码头始建于上世纪六十年代，曾是桐湾最繁忙的渔货集散地。随着新渔港建成启用，老码头逐渐冷清。去年起，渔港街道联合区文旅局对老码头实施微改造，投入资金1800万元，保留了原有的吊机、鱼市棚等老物件，增加了公共卫生间、休息座椅和夜间照明。',
   '“小时候跟着父亲在这儿卸鱼，现在带孙子来看看，老码头还是那个样子，又比以前热闹。”72岁的老渔民郑阿水说。',
   '据介绍，“海洋会客厅”开放以来，日均接待市民游客6000余人次，带动周边餐饮、民宿营业额增长三成以上。'])
capC = '4月30日，北岙镇云岭茶园，茶农正在采摘今年的头茬明前茶。'
A['tea'] = dict(kind='photo', headline='云岭茶香飘北岙', subheadlines=['桐湾镜头'], byline='本报记者 滕野 摄',
  captions=[capC], text=[capC])
A['window'] = dict(kind='news', headline='区政务服务中心推出“周末不打烊”服务', subheadlines=[], byline='（记者 苏芮）',
  text=['从5月起，区政务服务中心在每周六9:00至15:00开设“周末不打烊”服务窗口，提供社保医保、不动产登记、户籍证照等78项高频事项办理服务，方便上班族在周末办事。',
   '区政务服务中心相关负责人介绍，周末窗口实行“综合受理、分类办理”，群众可通过“桐湾办事”小程序提前预约，到现场后凭预约码优先取号。'])
A['sewage'] = dict(kind='news', headline='青石镇12个村实现污水管网全覆盖', subheadlines=['农村人居环境再提升'],
  byline='本报讯（记者 程屿 通讯员 鲁冰）',
  text=['本报讯（记者 程屿 通讯员 鲁冰）近日，随着上坑村最后一段污水主管铺设完成，青石镇12个行政村生活污水管网实现全覆盖，村民生活污水全部纳入集中处理。',
   '青石镇地处山区，村庄分散，过去不少农户的生活污水直接排入房前屋后的沟渠，一到夏天蚊蝇滋生、气味难闻。2025年起，镇里分三批推进农村生活污水治理，累计铺设管网86公里，新建小型污水处理站9座，惠及农户4300余户。',
   '为了管好用好这些设施，镇里引入专业运维公司，给每座处理站装上在线监测设备，出水水质实时上传到区生态环境分局的平台。各村还把管网维护写进了村规民约，聘请村民担任管网巡查员。',
   '“门口的臭水沟没了，种上了花草，晚上出来散步的人也多了。”上坑村村民邱大姐说。'])
A['jobs'] = dict(kind='news', headline='柳浪街道“家门口”就业驿站开张', subheadlines=[], byline='本报讯（通讯员 甘棠）',
  text=['本报讯（通讯员 甘棠）4月27日，柳浪街道就业驿站在新塘社区党群服务中心开张。驿站设有岗位发布屏、求职登记台和职业指导室，辖区居民在家门口就能找工作、学技能。',
   '开张当天，驿站举办了一场小型招聘会，18家企业带来了电商客服、物流分拣、育婴员等岗位260余个，现场有43人达成初步就业意向。',
   '街道劳动保障所负责人介绍，驿站将每月举办一场专场招聘会，并联合区职业技能培训中心开设面点、家政、电工等免费培训班，优先帮助大龄失业人员、困难家庭成员等群体就业。'])
A['swim'] = dict(kind='news', headline='全区中小学开展防溺水安全教育', subheadlines=[], byline='本报讯（记者 滕野）',
  text=['本报讯（记者 滕野）随着气温回升，溺水事故进入易发期。4月下旬以来，全区86所中小学陆续开展防溺水安全教育，通过主题班会、应急演练、致家长一封信等方式，提醒学生远离危险水域。',
   '在桐湾实验小学，区消防救援大队的消防员走进课堂，用模型演示心肺复苏和抛投救生圈的方法，并带着学生认识水边的警示标志。五年级学生小钟说：“看到同学落水，不能手拉手去救，要大声呼救，找大人帮忙。”',
   '区教育局同时联合各镇街，对辖区内的水库、河道、池塘等水域开展排查，新增警示牌140块、救生圈和救生绳等设施210套，并在暑期前落实重点水域巡查看护制度。'])
A['b1'] = dict(kind='news', headline='城东片区启用智慧停车平台', subheadlines=['桐湾简讯'], byline='（区城管局）',
  text=['日前，城东片区智慧停车平台上线运行，片区内42个停车场的3600余个泊位接入平台，市民通过手机可实时查询空余车位并在线缴费。'])
A['b2'] = dict(kind='news', headline='北岙镇举办首届渔民运动会', subheadlines=['桐湾简讯'], byline='（通讯员 甘棠）',
  text=['4月26日，北岙镇首届渔民运动会在镇文体中心举行，来自8个渔村的200余名渔民参加了织网、摇橹、抬鱼筐等9个趣味项目的比赛。'])
A['b3'] = dict(kind='news', headline='区人民医院开设“夜间门诊”', subheadlines=['桐湾简讯'], byline='（记者 苏芮）',
  text=['从5月6日起，区人民医院在工作日18:00至21:00开设内科、儿科、皮肤科夜间门诊，方便白天上班、上学的患者就医。'])
A['b4'] = dict(kind='news', headline='桐湾区新增3处口袋公园', subheadlines=['桐湾简讯'], byline=None,
  text=['近日，柳浪街道滨河路、渔港街道海塘路和青石镇镇中心的3处口袋公园建成开放，新增绿地面积1.2公顷，设置了儿童游乐设施和健身步道。'])
capK1 = '灯塔守护员林海生在检修灯器。'
A['lamp'] = dict(kind='feature', headline='守灯塔的人', subheadlines=['——记大洋屿灯塔守护员林海生'], byline='文/图 本报记者 滕野',
  crossheads=['一盏灯，守了二十六年', '“灯亮着，心里才踏实”'], captions=[capK1],
  text=['大洋屿是桐湾以东海面上的一座小岛，岛上没有常住居民，只有一座白色的灯塔和一名守护员。从桐湾渔港坐交通船出发，要颠簸一个多小时才能到达。',
   '今年53岁的林海生在这座岛上已经守了二十六年。1991年，他从部队退伍，接过父亲的班，成了大洋屿灯塔的第二代守护员。',
   '每天傍晚，林海生都要爬上塔顶，检查灯器、擦拭透镜，确保灯塔准时亮起。夜里，他每隔两小时起来巡查一次。遇上台风天，他更是整夜守在值班室里，盯着灯光和设备的运行情况。',
   '岛上的生活很单调。淡水靠雨水收集，蔬菜要等交通船每周送一次。早些年没有手机信号，和家人联系只能靠一部对讲机。林海生在岛上种了一小片菜地，还养了一条叫“阿黄”的狗。',
   '这些年，灯塔的设备一代代更新，从煤油灯到电灯，再到现在的太阳能LED灯器和遥控遥测系统，很多工作可以在岸上远程完成。但林海生觉得，灯塔还是离不开人。“设备再先进，也要有人看着。灯亮着，过往的渔船心里才踏实，我心里也才踏实。”',
   '去年，林海生被评为全省“最美守灯人”。说起今后的打算，他笑着说：“再干几年，等找到合适的接班人，我就把这份活儿交出去。”'])
A['op'] = dict(kind='opinion', headline='让“老码头”留住“老味道”', subheadlines=['桐湾时论'], byline='◇ 林岸',
  text=['老码头变身“海洋会客厅”，成了新的打卡地，这是城市更新的一件好事。但热闹之余，也要想一想：游客为什么愿意来？',
   '吸引人的，不只是新修的观海平台和夜市，更是老码头上那些带着海腥味的故事。系缆桩上的磨痕、渔民号子的调子、鱼市棚下讨价还价的声音，都是别处复制不来的。如果改造只剩下千篇一律的网红装置和连锁小吃，新鲜劲一过，人气也就散了。',
   '留住“老味道”，要让老渔民、老手艺人有位置、有舞台，让渔港的生活继续在这里发生。城市更新不是换一张新面孔，而是让老地方在新时代里继续讲自己的故事。'])
A['books'] = dict(kind='news', headline='区图书馆“流动书车”开进海岛渔村', subheadlines=[], byline='本报讯（记者 苏芮）',
  text=['本报讯（记者 苏芮）4月23日世界读书日，区图书馆“流动书车”随交通船开进北岙镇小岙村，为村民送去图书1200册，并开展亲子共读、老年人智能手机使用等活动。',
   '“流动书车”是区图书馆2025年推出的服务项目，每月定期到偏远村庄和海岛巡回借阅。村民办一张借书证，就能在书车上借书，也可以在村里的图书服务点归还。两年来，书车累计行驶2.1万公里，借阅图书4.6万册次。'])
capP = '4月28日，桐湾港集装箱码头，桥吊正在为货轮装卸集装箱。'
A['port'] = dict(kind='news', headline='桐湾港一季度集装箱吞吐量创同期新高', subheadlines=['开通至东南亚外贸航线3条'],
  byline='本报讯（记者 滕野 通讯员 蔡舟）', captions=[capP],
  text=['本报讯（记者 滕野 通讯员 蔡舟）记者从桐湾港务集团获悉，一季度桐湾港完成货物吞吐量2860万吨，同比增长9.4%；完成集装箱吞吐量41.2万标箱，同比增长16.8%，创历年同期新高。',
   '今年以来，桐湾港新开通至越南海防、泰国林查班、马来西亚巴生的3条外贸集装箱航线，每周航班增至23班。港口还与内陆6个城市合作开通海铁联运班列，内陆货物经铁路运抵港区后可直接装船出海，全程物流时间缩短两天左右。',
   '为提高通关效率，桐湾海关在港区推行“船边直提”“抵港直装”等便利措施，进口货物平均通关时间压缩至20小时以内。港务集团还投用了智能闸口和无人集卡，集装箱码头作业效率提升了12%。',
   '港务集团负责人表示，二季度将加快推进4号集装箱泊位改造工程，力争全年集装箱吞吐量突破170万标箱。'])
A['canteen'] = dict(kind='news', headline='新塘社区“长者食堂”开办满月', subheadlines=['日均就餐老人160余人次'], byline='（记者 程屿 通讯员 甘棠）',
  text=['一荤两素一汤，每份12元，80岁以上老人再减3元。4月28日中午，柳浪街道新塘社区“长者食堂”里坐满了前来就餐的老人。这家食堂开办刚满一个月，日均接待就餐老人160余人次。',
   '“以前一个人在家，做饭嫌麻烦，经常一碗面条就对付了。现在走几分钟就能吃上热乎饭菜，还能和老伙计们聊聊天。”78岁的居民孔阿婆说。',
   '食堂由社区提供场地，引入专业餐饮企业运营，区民政局按就餐人次给予补贴。食堂每周公布菜谱，还为行动不便的老人提供送餐上门服务。社区党委书记严晓梅介绍，下一步将在食堂旁开设老年活动室，让老人吃完饭有个休闲去处。'])
ORDER = ['lead', 'wharf', 'tea', 'window', 'sewage', 'port', 'jobs', 'swim', 'b1', 'b2', 'b3', 'b4', 'lamp', 'op', 'canteen', 'books']
IDX = {k: i for i, k in enumerate(ORDER)}

d = Doc()
FF = '\f'
def page_head(label):
    d.lines.append(FF + '桐湾报　2027年5月4日　星期二　' + label)
    d.blank()
def foot(editor):
    d.blank(); d.add(editor); d.blank()
def stack(k, lines):
    for l in lines: d.add(l, IDX[k], 'head')
    d.blank()

# ---- page A1
for l in ['桐湾报', 'TONGWAN WEEKLY', '中共桐湾区委主办　桐湾区融媒体中心出版', '2027年5月4日　星期二　农历三月廿八',
          '第18期　总第1866期　本期4版', '国内统一连续出版物号　CN33-0857/（Z）']:
    d.add(l); d.blank()
d.add('A1·要闻'); d.blank()
a = A['lead']
stack('lead', ['聚力攻坚 实干争先', a['headline'], a['subheadlines'][1]])
# lead part 1: paragraphs 0-2 and the start of 3, cut mid-word
L = a['text']
cut = L[3].index('落实重点项目') + len('落实重点')
flow(d, IDX['lead'], L[:3], W, breaks={(1, 2)})
d.blank()
for l in wrap(L[3][:cut], W): d.add(l, IDX['lead'], 'body')
d.add('（下转A3版）')
d.blank()
a = A['wharf']
stack('wharf', [a['headline']])
d.add(a['byline'], IDX['wharf'], 'byline'); d.blank()
flow(d, IDX['wharf'], a['text'][:2], W, breaks={(1, 3)})
d.blank(); d.add(capB + '　', IDX['wharf'], 'caption'); d.blank()
flow(d, IDX['wharf'], a['text'][2:], W)
d.blank()
a = A['tea']
d.add('桐湾镜头', IDX['tea'], 'head'); d.add(a['headline'], IDX['tea'], 'head'); d.blank(3)
d.add(capC + '　' + a['byline'], IDX['tea'], 'caption'); d.blank()
a = A['window']
stack('window', [a['headline']])
flow(d, IDX['window'], a['text'][:1], W)
d.blank()
ls = wrap(a['text'][1] + a['byline'], W)
for l in ls: d.add(l, IDX['window'], 'body')
foot('本版责编：许晴　美编：阮一舟　校对：钱霖')

# ---- page A2
page_head('A2·综合')
a = A['sewage']
stack('sewage', ['农村人居环境再提升', a['headline']])
flow(d, IDX['sewage'], a['text'], W, breaks={(1, 5)})
d.blank()
a = A['port']
stack('port', [a['headline'], a['subheadlines'][0]])
flow(d, IDX['port'], a['text'][:1], W)
d.blank(); d.add(capP + '　通讯员 蔡舟 摄', IDX['port'], 'caption'); d.blank()
flow(d, IDX['port'], a['text'][1:], W, breaks={(1, 3)})
d.blank()
a = A['jobs']
stack('jobs', [a['headline']])
flow(d, IDX['jobs'], a['text'], W, noblank={2})
d.blank()
a = A['swim']
stack('swim', [a['headline']])
flow(d, IDX['swim'], a['text'], W, breaks={(1, 2)})
d.blank()
d.add('桐湾简讯'); d.blank()
for k in ['b1', 'b2', 'b3', 'b4']:
    a = A[k]
    d.add('●' + a['headline'], IDX[k], 'head')
    body = a['text'][0] + (a['byline'] or '')
    for l in wrap(body, W): d.add(l, IDX[k], 'body')
    if k != 'b2': d.blank()
foot('本版责编：陶然　美编：阮一舟　校对：钱霖')

# ---- page A3
page_head('A3·要闻')
# continuation: two lines of the rest of lead ¶4, then the 上接 marker, then the rest (mid-paragraph)
rest = wrap(L[3][cut:], W)
for l in rest[:2]: d.add(l, IDX['lead'], 'body')
d.add('（上接A1版）')
for l in rest[2:]: d.add(l, IDX['lead'], 'body')
d.blank()
flow(d, IDX['lead'], L[4:], W)
d.blank()
a = A['lamp']
stack('lamp', [a['headline'], a['subheadlines'][0]])
d.add(a['byline'], IDX['lamp'], 'byline'); d.blank()
T = a['text']
flow(d, IDX['lamp'], T[:2], W)
d.blank(); d.add(a['crossheads'][0], IDX['lamp'], 'crosshead'); d.blank()
flow(d, IDX['lamp'], T[2:4], W, breaks={(1, 1)})
d.blank(); d.add(capK1, IDX['lamp'], 'caption'); d.blank()
d.add(a['crossheads'][1], IDX['lamp'], 'crosshead'); d.blank()
flow(d, IDX['lamp'], T[4:], W)
d.blank()
a = A['op']
stack('op', ['桐湾时论', a['headline']])
d.add(a['byline'], IDX['op'], 'byline'); d.blank()
flow(d, IDX['op'], a['text'], W, breaks={(1, 4)})
d.blank()
a = A['canteen']
stack('canteen', [a['headline'], a['subheadlines'][0]])
flow(d, IDX['canteen'], a['text'], W)
d.add(a['byline'], IDX['canteen'], 'byline')
d.blank()
a = A['books']
stack('books', [a['headline']])
flow(d, IDX['books'], a['text'], W)
foot('本版责编：许晴　美编：郁青　校对：钱霖')
d.add('地址：桐湾区海塘路88号　邮编：316200　新闻热线：0580-6012345　广告许可证：桐工商广字第017号')

src = NAME + '.txt'
here = os.path.dirname(os.path.abspath(__file__))
open(os.path.join(here, src), 'w', encoding='utf-8').write(d.text())
A['lead']['notes'] = ('Kicker `聚力攻坚 实干争先` set directly above the title with NO blank line, subtitle directly below. ¶2 has a '
  'mid-sentence column-break blank. Jump: ¶4 breaks off mid-word `…落实重点` + `（下转A3版）`; on A3 the continuation '
  '`项目“首席服务员”…` starts the page, and the extractor placed the marker `（上接A1版）` on its own line AFTER the first two '
  'continued lines, i.e. in the middle of ¶4 - it must be removed and the two halves joined. 5 paragraphs, continued.')
A['wharf']['notes'] = ('Byline line `文/图 本报记者 苏芮` between headline and body (no 本报讯). Caption (a line ending in a '
  'full-width space, no credit - the photo is the byline\'s) between ¶2 and ¶3; ¶2 has a column-break blank.')
A['tea']['notes'] = ('Photo news: tag `桐湾镜头` (subheadline) + headline, 3 blank lines (image), caption with the credit '
  '`本报记者 滕野 摄` after a full-width space on the same line; caption minus credit = the paragraph, credit = byline.')
A['window']['notes'] = 'Short item; end byline `（记者 苏芮）` glued to the last body line. Page A1 foot (editor line) follows.'
A['sewage']['notes'] = ('Page A2 starts with a form feed glued to the running head. Kicker `农村人居环境再提升` directly above '
  'the title (no blank). ¶2 has a mid-sentence column-break blank.')
A['jobs']['notes'] = '¶3 starts with no blank line before it.'
A['swim']['notes'] = '¶2 has a mid-sentence column-break blank. The 桐湾简讯 column title after it is furniture.'
for k in ['b1', 'b2', 'b3', 'b4']:
    A[k]['notes'] = ('Brief of the 桐湾简讯 column (tag given to each item): `●headline` line + one paragraph with the source '
      'credit glued at its end (byline, not text)' + ('; b4 has no credit' if k == 'b4' else '') +
      ('; no blank line between the 北岙 and 夜间门诊 items' if k in ('b2', 'b3') else '') + '.')
A['lamp']['notes'] = ('Feature: headline + `——记…` subtitle directly below, byline line `文/图 本报记者 滕野`, two crossheads '
  '(not paragraphs), caption without credit between ¶4 and the second crosshead; ¶4 has a column-break blank.')
A['op']['notes'] = 'Commentary: column tag `桐湾时论` directly above the headline, author line `◇ 林岸`; ¶2 has a column-break blank.'
A['port']['notes'] = ('Subtitle directly below the headline; caption with credit `通讯员 蔡舟 摄` after a full-width space '
  'between ¶1 and ¶2 (caption = the text before the credit); a column-break blank near the end of ¶3 leaves the '
  'fragment `12%。` alone - join it.')
A['canteen']['notes'] = 'End byline `（记者 程屿 通讯员 甘棠）` on its own line right after the last body line (no blank).'
A['books']['notes'] = 'Plain news at the end of A3, followed by the editor line and the imprint (furniture).'
arts = [A[k] for k in ORDER]
write_truth(os.path.join(here, NAME + '.truth.json'), src, '桐湾报', '2027-05-04', '总第1866期',
  'Plain reading-order extraction of a 2-column weekly, wrap 21 em; pages A1-A3 (of 本期4版) separated by a form feed '
  'glued to the running head `桐湾报　2027年5月4日　星期二　A2·综合`; every page ends with an editor line. Kicker lines sit '
  'directly above their titles with no blank line. Articles listed in the order of their bodies.',
  ['桐湾报', 'TONGWAN WEEKLY', '中共桐湾区委主办　桐湾区融媒体中心出版', '2027年5月4日　星期二　农历三月廿八',
   '第18期　总第1866期　本期4版', '国内统一连续出版物号　CN33-0857/（Z）', 'A1·要闻', '（下转A3版）', '（上接A1版）',
   '桐湾报　2027年5月4日　星期二　A2·综合', '桐湾报　2027年5月4日　星期二　A3·要闻', '桐湾简讯',
   '本版责编：许晴　美编：阮一舟　校对：钱霖', '本版责编：陶然　美编：阮一舟　校对：钱霖', '本版责编：许晴　美编：郁青　校对：钱霖',
   '地址：桐湾区海塘路88号　邮编：316200　新闻热线：0580-6012345　广告许可证：桐工商广字第017号'], d, arts)
ok = check(os.path.join(here, src), os.path.join(here, NAME + '.truth.json'))
sys.exit(0 if ok else 1)
