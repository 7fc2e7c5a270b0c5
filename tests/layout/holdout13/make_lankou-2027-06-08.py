#!/usr/bin/env python3
"""澜口时报 2027-06-08 (invented). Kind (b): extraction hard-wrapped at a 10-em column (an 8-column
broadsheet), columns of different articles interleaved, a headline stack on page 1, one body printed BEFORE
its headline, a jump p.1 -> p.3 (（下转3版） / （上接1版）) whose continuation lands between another
article's headline and its body, mid-sentence column breaks (blank lines)."""
import sys
from h13lib import Doc, stream, emit, wrap, write_truth, check

W = 10
A = {}
A['lead'] = dict(kind='news', headline='以一流营商环境 赋能高质量发展', subheadlines=['澜口区召开优化营商环境大会'],
    byline='本报讯（记者 钱雨桐）', continued=True,
    notes='Lead. Kicker + headline are the first two lines of the page-1 headline stack (followed by the 绿道 headline and its 副题). '
          'Body part 1 on page 1 breaks off mid-paragraph 4 at （下转3版）; part 2 starts with （上接1版） on page 3, printed '
          'between the 渔民画展 headline and that article\'s body. Paragraph 4 spans the jump; markers removed.',
    text=['本报讯（记者 钱雨桐）6月4日，澜口区召开优化营商环境大会，总结近年来营商环境建设成效，部署新一轮改革任务。区委书记严景明出席并讲话，区长沈一鸣主持。',
          '会议发布了《澜口区优化营商环境三年行动方案》，推出涉企服务“一件事”集成改革、惠企政策“免申即享”等28项举措，并为10家“营商环境体验官”单位授牌。',
          '严景明指出，营商环境是企业生存发展的土壤。全区上下要把优化营商环境作为“一把手工程”，以企业感受为第一标准，坚持问题导向，打通政策落地的“最后一公里”。',
          '严景明强调，要持续深化“放管服”改革，推动更多事项网上办、掌上办、就近办；要强化要素保障，在用地、用工、融资等方面为企业排忧解难；要构建亲清政商关系，各级领导干部要主动靠前服务，做到有求必应、无事不扰。',
          '会上，3家企业代表和2个区直部门作交流发言。区四套班子领导，各镇街、区直各部门主要负责人及企业代表共300余人参加会议。'])
A['greenway'] = dict(kind='news', headline='滨江绿道全线贯通', subheadlines=['串联12个公园，全长38公里'],
    byline='本报讯（记者 吕子涵）',
    notes='Headline and 副题 are the last two lines of the page-1 headline stack; the body comes only after the lead body, the 港口 body and its (late) headline. The body is interleaved column by column with the 中医院 article.',
    text=['本报讯（记者 吕子涵）6月1日，澜江滨江绿道最后一段——渔港码头至白沙湾段建成开放，标志着全长38公里的滨江绿道全线贯通。',
          '绿道沿澜江南岸蜿蜒而行，串联起湿地公园、渔港公园、白沙湾公园等12个公园，沿线设置驿站9处、观景平台16个，配套建设了公共卫生间、自行车租赁点和直饮水设施。',
          '区园林绿化中心负责人介绍，绿道建设中保留了沿江的老渔棚、旧船坞等历史遗存，将其改造为渔俗展示馆和休闲茶室，让市民在健身休闲的同时感受澜口的渔港文化。'])
A['port'] = dict(kind='news', headline='澜口港一季度集装箱吞吐量增长14%',
    byline='本报讯（通讯员 葛平 记者 钱雨桐）',
    notes='TRAP: the body is printed BEFORE its headline (the headline follows the body, directly before the 绿道 body).',
    text=['本报讯（通讯员 葛平 记者 钱雨桐）记者从澜口港务集团获悉，今年一季度澜口港完成集装箱吞吐量41.6万标箱，同比增长14%，其中外贸集装箱增长19.2%。',
          '今年以来，澜口港新开通至东南亚的集装箱航线2条，港口智能闸口、自动化堆场投入使用，集卡平均进港时间缩短至3分钟以内。'])
A['hospital'] = dict(kind='news', headline='区中医院新院区投入使用', byline='本报讯（记者 孟诗琪）',
    notes='Interleaved with the 绿道 body: its headline and first column come after the first column of the 绿道 body; the rest of the 绿道 body follows, then the rest of this body.',
    text=['本报讯（记者 孟诗琪）6月2日，澜口区中医院新院区正式投入使用。新院区位于海晏路与望潮街交叉口，总建筑面积8.6万平方米，设置床位600张。',
          '新院区开设中医内科、针灸推拿、康复理疗等32个临床科室，建有中药煎配中心和“智慧中药房”，患者在诊室开方后，药品可由专人配送到家。',
          '老院区将保留门诊功能，主要开展中医特色诊疗和慢性病管理服务。'])
A['fire'] = dict(kind='news', headline='夏季消防安全专项检查启动', byline='本报讯（记者 吕子涵 通讯员 林涛）',
    notes='Page-1 last article; the body runs to the foot of the page.',
    text=['本报讯（记者 吕子涵 通讯员 林涛）6月3日起，我区启动为期三个月的夏季消防安全专项检查，重点对大型商业综合体、人员密集场所、电动自行车集中充电场所开展排查。',
          '区消防救援大队提醒，电动自行车严禁在楼道、楼梯间停放充电，请市民选购合格产品并规范充电。'])
A['night'] = dict(kind='feature', headline='“夜经济”点亮滨江老街', byline='记者 尹若岚',
    crossheads=['老街巷焕发新活力', '“烟火气”里有“新商机”'],
    notes='Page-2 feature: byline line `□记者 尹若岚` (the □ is decoration). Two crossheads on their own lines. A column-break blank falls mid-sentence in paragraph 3.',
    text=['傍晚7点，澜口老街上的灯笼次第亮起。卖鱼丸的、捏面人的、唱渔歌的，沿街排开，游客和市民摩肩接踵，热闹一直持续到深夜。',
          '老街全长860米，两侧保留着百余栋清末民初的石头房子。前几年，随着居民外迁，老街一度冷清。去年，区里启动老街有机更新，修缮历史建筑，引入特色餐饮、文创小店和非遗工坊，并推出“夜游老街”活动。',
          '“现在每天晚上的营业额是白天的两倍多。”经营鱼丸店的郑阿婆笑着说。据统计，老街夜间客流量日均超过1.2万人次，周末可达3万人次。',
          '为让“夜经济”持续火下去，街道设立了夜间管理服务站，统筹安排保洁、安保和交通疏导，附近3个停车场夜间免费开放。',
          '下一步，老街还将引入沉浸式演艺项目，打造“白天看老街、夜晚品渔韵”的文旅品牌。'])
A['kinder'] = dict(kind='news', headline='我区新增3所公办幼儿园', byline='本报讯（记者 孟诗琪）',
    notes='Short news on page 2; a column break falls mid-sentence in paragraph 1.',
    text=['本报讯（记者 孟诗琪）今年秋季学期，我区将新增望潮、海晏、白沙3所公办幼儿园，新增学位810个，预计公办园在园幼儿占比将提高到65%以上。',
          '三所幼儿园的招生工作将于6月15日启动，家长可通过“澜口教育”微信公众号进行网上报名。'])
A['fish'] = dict(kind='photo', headline='渔家开渔节', byline='孔卓 摄',
    notes='Page-2 photo: headline, image gap, caption set across two columns (not wrapped at 10) with the credit 孔卓 摄 glued to its end after a space. The caption is the single paragraph and the caption; the credit is the byline.',
    captions=['6月6日，第十二届澜口渔家开渔节在渔港码头开幕，渔民们举行祭海仪式，祈愿出海平安、渔获丰收。'],
    text=['6月6日，第十二届澜口渔家开渔节在渔港码头开幕，渔民们举行祭海仪式，祈愿出海平安、渔获丰收。'])
A['village'] = dict(kind='news', headline='人居环境整治开展“回头看”', byline='本报讯（记者 吕子涵）',
    notes='Interleaved with the 青年夜校 article: its first column, then the 夜校 headline + first column, then its rest, then the 夜校 rest.',
    text=['本报讯（记者 吕子涵）近日，我区组织开展农村人居环境整治“回头看”，对全区58个行政村逐一进行检查，共发现问题231个，已整改到位196个。',
          '此次检查重点围绕村庄清洁、厕所革命、生活污水治理等内容，采取不打招呼、随机抽查的方式进行，检查结果纳入镇街年度考核。',
          '区农业农村局要求，对尚未整改的问题建立台账，明确整改时限，6月底前全部销号。'])
A['school'] = dict(kind='news', headline='青年夜校夏季班开始报名', byline='本报讯（通讯员 陈亦舒）',
    notes='Interleaved with the 人居环境 article (see there).',
    text=['本报讯（通讯员 陈亦舒）记者从团区委获悉，澜口青年夜校夏季班即日起开始报名，共开设咏春拳、茶艺、摄影、渔民画等16门课程。',
          '课程面向18至45周岁的青年，每门课程收费200元，共10课时。'])
A['paint'] = dict(kind='news', headline='第三届渔民画展开幕', byline='本报讯（记者 尹若岚）',
    notes='TRAP: its headline (page 3, top) is followed directly by the （上接1版） continuation of the lead; its own body comes only after that continuation.',
    text=['本报讯（记者 尹若岚）6月5日，澜口区第三届渔民画展在区文化馆开幕，展出渔民画作品126幅，作者中既有七旬老渔民，也有在校中小学生。',
          '澜口渔民画起源于上世纪七十年代，以夸张的造型和浓烈的色彩描绘渔村生活，2019年被列入市级非物质文化遗产名录。展览将持续至7月5日，免费向市民开放。'])
A['op'] = dict(kind='opinion', headline='让企业对营商环境“可感可及”', subheadlines=['澜江论坛'], byline='柯望',
    notes='Commentary: column tag 澜江论坛, headline, author line `□柯 望` (letter-spaced; byline 柯望).',
    text=['优化营商环境，说到底是为了让企业办事更方便、经营更安心。衡量营商环境好不好，不能只看出台了多少文件，更要看企业有没有切实感受到变化。',
          '一些地方政策出了不少，企业却“不知道、不会用、用不上”。这就要求政府部门多换位思考，把政策讲清楚、把流程减下来、把服务送上门，让企业少跑腿、少操心。',
          '营商环境没有最好，只有更好。唯有久久为功、持续发力，才能让更多企业在澜口安心扎根、放心发展。'])
A['power'] = dict(kind='notice', headline='计划停电公告',
    notes='Notice at the foot of page 3: body, then the issuer and date lines (paragraphs).',
    text=['因电网设备检修，6月12日8:00至17:00，海晏路以东、望潮街以北区域将暂停供电，届时请用户做好准备。如遇恶劣天气，检修时间顺延。',
          '国网澜口区供电公司', '2027年6月7日'])

ORDER = ['lead', 'port', 'greenway', 'hospital', 'fire', 'night', 'kinder', 'fish', 'village', 'school', 'paint', 'op', 'power']
arts = [A[k] for k in ORDER]
IDX = {k: i for i, k in enumerate(ORDER)}
d = Doc()
def H(key, text, part='headline'):
    d.add(text, IDX[key], part)
def body(key, lines):
    emit(d, IDX[key], lines)

# ---- page 1
for l in ['澜口时报', '2027年6月8日 星期二', '第23期 总第865期', '今日4版']:
    d.add(l)
d.blank()
for l in wrap('以党建引领“三个澜口”建设 奋力书写中国式现代化澜口篇章', 30): d.add(l)
d.blank()
H('lead', '澜口区召开优化营商环境大会', 'kicker'); d.blank()
H('lead', '以一流营商环境'); H('lead', '赋能高质量发展'); d.blank()
H('greenway', '滨江绿道全线贯通'); d.blank()
H('greenway', '串联12个公园，全长38公里', 'subheadline'); d.blank()
lead = stream(A['lead']['text'], W, breaks={(0, -4), (2, 5)})
# cut the lead inside paragraph 4
cut = lead.index(next(l for l in lead if l.startswith('严景明强调'))) + 8
part1, part2 = lead[:cut], lead[cut:]
body('lead', part1); d.blank(); d.add('（下转3版）'); d.blank()
body('port', stream(A['port']['text'], W, breaks={(0, 6)})); d.blank()
H('port', '澜口港一季度'); H('port', '集装箱吞吐量增长14%'); d.blank()
g = stream(A['greenway']['text'], W, breaks={(1, 3)})
h = stream(A['hospital']['text'], W)
body('greenway', g[:18]); d.blank()
H('hospital', '区中医院新院区'); H('hospital', '投入使用'); d.blank()
body('hospital', h[:14]); d.blank()
body('greenway', g[18:]); d.blank()
body('hospital', h[14:]); d.blank()
H('fire', '夏季消防安全'); H('fire', '专项检查启动'); d.blank()
body('fire', stream(A['fire']['text'], W))
d.blank(); d.add('1')
# ---- page 2
d.lines.append('\f2'); d.add('2027年6月8日 星期二 编辑 尤嘉 美编 谢雯')
d.add('民生·社会'); d.blank()
n = A['night']
H('night', '“夜经济”点亮'); H('night', '滨江老街'); d.blank(); H('night', '□记者 尹若岚', 'byline'); d.blank()
body('night', stream(n['text'][:1], W)); d.blank()
H('night', n['crossheads'][0], 'crosshead'); d.blank()
body('night', stream(n['text'][1:3], W, breaks={(1, 3)})); d.blank()
H('night', n['crossheads'][1], 'crosshead'); d.blank()
body('night', stream(n['text'][3:], W)); d.blank()
H('kinder', '我区新增3所'); H('kinder', '公办幼儿园'); d.blank()
body('kinder', stream(A['kinder']['text'], W, breaks={(0, 5)})); d.blank()
H('fish', '渔家开渔节'); d.blank(3)
for l in wrap(A['fish']['text'][0], 21)[:-1]: d.add(l, IDX['fish'], 'caption')
d.add(wrap(A['fish']['text'][0], 21)[-1] + ' 孔卓 摄', IDX['fish'], 'caption+credit'); d.blank()
v = stream(A['village']['text'], W)
s = stream(A['school']['text'], W)
H('village', '人居环境整治'); H('village', '开展“回头看”'); d.blank()
body('village', v[:16]); d.blank()
H('school', '青年夜校夏季班'); H('school', '开始报名'); d.blank()
body('school', s[:9]); d.blank()
body('village', v[16:]); d.blank()
body('school', s[9:])
d.blank(); d.add('2')
# ---- page 3
d.lines.append('\f3'); d.add('2027年6月8日 星期二 编辑 尤嘉 美编 谢雯')
d.add('综合'); d.blank()
H('paint', '第三届'); H('paint', '渔民画展开幕'); d.blank()
p2 = list(part2)
p2[0] = '（上接1版）' + p2[0]
body('lead', p2); d.blank()
body('paint', stream(A['paint']['text'], W, breaks={(1, 4)})); d.blank()
H('op', '澜江论坛', 'tag'); d.blank()
H('op', '让企业对营商环境'); H('op', '“可感可及”'); d.blank(); H('op', '□柯 望', 'byline'); d.blank()
body('op', stream(A['op']['text'], W)); d.blank()
H('power', '计划停电公告'); d.blank()
body('power', stream(A['power']['text'], W))
d.blank(); d.add('3')

NOT = ['澜口时报', '2027年6月8日 星期二', '第23期 总第865期', '今日4版',
       '以党建引领“三个澜口”建设 奋力书写中国式现代化澜口篇章', '（下转3版）', '（上接1版）', '1', '2', '3',
       '2027年6月8日 星期二 编辑 尤嘉 美编 谢雯', '民生·社会', '综合']
NOTES = ('Invented issue of 澜口时报, pages 1-3 of 4, hard-wrapped at a 10-em column (ASCII half an em). Pages start with a form '
         'feed and the page number glued to it, then a date/editor line and a section label; a bare page number ends each page. '
         'Blank lines separate paragraphs and also fall mid-sentence at column breaks. Headlines are wrapped over two lines '
         '(join them without a space). Page 1 opens with a headline stack (lead kicker + headline, 绿道 headline + 副题).')
name = 'lankou-2027-06-08'
open(name + '.txt', 'w', encoding='utf-8').write(d.text())
for a in arts:
    a['headline'] = a['headline']
write_truth(name + '.truth.json', name + '.txt', '澜口时报', '2027-06-08', '第23期 总第865期', NOTES, NOT, d, arts)
sys.exit(0 if check(name + '.txt', name + '.truth.json') else 1)
