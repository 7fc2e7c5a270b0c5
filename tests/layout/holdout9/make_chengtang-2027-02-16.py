"""Issue 2: 澄塘时报 (invented). Plain `pdftotext` (no -layout) of a 3-column weekly by an extractor that
(a) puts NO blank line between paragraphs (a paragraph ends where a line is short; wraps carry no hyphen),
(b) wraps at 18 (page 1), 16 (page 2) and 20 (page 3) em, (c) interleaves two columns line by line for part of
page 2, and (d) prints each page's running head and page number at the top AND at the bottom. End credits
（通讯员 X） / （记者 X 通讯员 Y） in brackets, glued to the last paragraph or on their own line."""
import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h9lib import Doc, wrap, write_truth, check
NAME = 'chengtang-2027-02-16'
A = []
A.append(dict(kind='news', headline='澄塘区32个重点项目集中开工', subheadlines=['——总投资216亿元 涵盖产业、民生、基础设施三大类'],
  byline='本报讯（记者 卢潇）',
  notes='Lead. Headline, then a ——副题 on the next line. Dateline 本报讯（记者 卢潇） in paragraph 1 and as byline. No blank lines between paragraphs: each paragraph starts on a new line and ends with a short line. One blank line (column break) falls inside paragraph 3.',
  text=[
 '本报讯（记者 卢潇）2月14日，澄塘区2027年第一季度重点项目集中开工活动在塘西智造园举行。此次集中开工的32个项目总投资216亿元，其中产业项目14个、民生项目11个、基础设施项目7个。',
 '在塘西智造园主会场，一家新能源汽车零部件企业的生产基地项目正式破土动工。该项目总投资28亿元，主要生产电驱动系统和热管理部件，建成后预计年产值可达45亿元，提供就业岗位1600个。',
 '民生项目方面，区妇幼保健院新院区、澄塘第三中学扩建、滨河路老旧小区综合整治等项目同步开工。其中，区妇幼保健院新院区建筑面积5.8万平方米，设置床位300张，计划2029年投入使用。',
 '区发展改革委负责人表示，今年全区将继续实行重点项目“红黄绿”三色管理，对每个项目明确开工、竣工时间节点，确保全年完成固定资产投资目标。']))
A.append(dict(kind='news', headline='“澄心办”平台上线 企业诉求一网通办', subheadlines=[],
  byline='（通讯员 韦岚）',
  notes='End credit "（通讯员 韦岚）" directly after the last paragraph with no blank line (the last paragraph line fills the measure, so the credit takes the next line; byline, not text). No dateline. The headline contains a space between two phrases (one headline, not 主题 + 副题).',
  text=[
 '为进一步优化营商环境，澄塘区日前上线“澄心办”企业服务平台。企业可通过平台在线提交用地、用工、融资、审批等各类诉求，由区营商环境办统一分派至相关部门办理，办理结果全程可查。',
 '平台还汇集了全区现行的惠企政策286条，企业输入行业、规模等信息后，系统会自动推送可申报的政策清单。上线一周以来，平台已受理企业诉求73件，办结61件。']))
A.append(dict(kind='photo', headline='元宵灯会装扮就绪', subheadlines=[], byline='通讯员 骆一鸣 摄',
  captions=['2月13日，工人在澄塘湖公园调试花灯。今年的元宵灯会共设置大型灯组26组，将于2月19日至2月23日每晚开放。'],
  notes='Photo news at the foot of page 1: headline, two empty lines, the caption (single paragraph and caption) wrapped at 18, then the credit line "通讯员 骆一鸣 摄" (byline).',
  text=['2月13日，工人在澄塘湖公园调试花灯。今年的元宵灯会共设置大型灯组26组，将于2月19日至2月23日每晚开放。']))
A.append(dict(kind='news', headline='全区新增120个充电车位进小区', subheadlines=[],
  byline='（记者 秦朗 通讯员 汪静怡）',
  notes='Page 2. End credit "（记者 秦朗 通讯员 汪静怡）" on its own line after the last paragraph (byline, not text). No dateline.',
  text=[
 '记者从区城市管理委获悉，春节前，全区已在18个老旧小区建成电动汽车充电车位120个，基本解决了这些小区居民“充电难”的问题。',
 '据介绍，这批充电设施采取“统建统管”模式，由专业公司负责建设和运营，居民通过手机扫码即可充电。充电价格按照居民用电价格加收服务费执行，夜间低谷时段充电更为便宜。',
 '今年，全区计划再建设小区充电车位500个，并优先在停车条件较好的老旧小区推进。']))
A.append(dict(kind='news', headline='澄塘湖湿地迎来越冬候鸟', subheadlines=[],
  byline='（通讯员 蔡明轩）',
  notes='Page 2, columns 2 and 3 are interleaved by the extractor: after paragraph 1 (normal), the lines of this article (column 2) and of the next article (column 3) ALTERNATE one by one for about 20 lines (paragraphs 2-3 here, paragraphs 1-2 of the next). Then the rest of this article follows, then the rest of the next. End credit "（通讯员 蔡明轩）" on its own line.',
  text=[
 '近日，澄塘湖国家湿地公园迎来越冬候鸟观测高峰。湿地保护站监测数据显示，目前在此越冬的候鸟已有43种、1.2万余只，其中包括国家一级保护野生动物青头潜鸭。',
 '湿地保护站工作人员介绍，近年来，澄塘湖实施了退塘还湿和水系连通工程，恢复湿地面积3100亩，湖区水质稳定在Ⅲ类，为候鸟提供了充足的食物和安全的栖息环境。',
 '为减少对鸟类的干扰，湿地公园在核心观鸟区设置了隐蔽观鸟屋，并提醒游客不要投喂、追赶鸟类，不使用闪光灯拍摄。',
 '观鸟爱好者可关注“澄塘湿地”公众号，预约参加每周六上午的免费观鸟讲解活动。']))
A.append(dict(kind='news', headline='塘东街道“夜间门诊”延时服务', subheadlines=[],
  byline='本报讯（记者 秦朗）',
  notes='Page 2, column 3. Its headline is printed before the interleaved stretch; then its paragraphs 1-2 are interleaved line by line with the previous article (see there); paragraph 3 follows after the previous article ends. Dateline 本报讯（记者 秦朗） in paragraph 1.',
  text=[
 '本报讯（记者 秦朗）从本月起，塘东街道社区卫生服务中心开设“夜间门诊”，工作日门诊时间延长至晚上8点，方便上班族和学生下班放学后就医。',
 '“夜间门诊”开设全科、儿科和中医科，同时提供取药、打针和慢病随访服务。中心负责人说，开诊以来每晚接诊量在40人次左右，以感冒发烧的儿童和需要开药的慢病患者为主。',
 '据了解，今年区卫生健康委还将在另外3家社区卫生服务中心推广“夜间门诊”。']))
A.append(dict(kind='news', headline='区图书馆推出“寒假陪读”', subheadlines=[],
  byline='（通讯员 邬丽）',
  notes='Short item at the foot of page 2; end credit "（通讯员 邬丽）" GLUED to its last paragraph (it wraps inside: "（通讯员" | "邬丽）"). The headline is followed directly by the body with no blank line. The page-2 bottom running head and page number follow directly.',
  text=[
 '寒假期间，区图书馆少儿阅览室推出“寒假陪读”活动，每天下午由志愿者陪伴低年级学生读书、讲故事，并辅导完成寒假作业。活动免费，家长可通过图书馆小程序预约。']))
A.append(dict(kind='notice', headline='关于元宵节期间澄塘湖周边交通管制的通告', subheadlines=[], byline=None,
  notes='Page 3 notice: intro, items 一、二、三 (each a paragraph), then the issuer and the date on their own lines (both paragraphs, as in the fixtures). 6 paragraphs, no byline.',
  text=[
 '为保障元宵灯会期间交通安全和畅通，根据有关规定，决定对澄塘湖周边道路采取临时交通管制措施。现通告如下：',
 '一、2月19日至2月23日每日17时至23时，湖滨路（澄塘大街至望湖路段）禁止机动车通行。',
 '二、管制期间，公交12路、27路临时绕行望湖路，具体站点以现场公告为准。',
 '三、请市民尽量选择公共交通出行，自驾车辆请停放在指定临时停车场。',
 '澄塘区公安分局交通支队',
 '2027年2月15日']))
A.append(dict(kind='feature', headline='三十年，他守着一盏灯', subheadlines=['——记澄塘湖灯会老灯匠范德明'],
  byline='本报记者 卢潇', crossheads=['“灯要有魂”', '“总得有人接着做”'],
  notes='Page 3 feature: headline, ——副题, byline line "本报记者 卢潇" (no 本报讯). Two crossheads in quotation marks, each on its own line between blank lines (not paragraphs). A blank line (column break) falls in paragraph 4. No blank lines between paragraphs otherwise. The imprint lines after it are furniture.',
  text=[
 '离元宵灯会开幕还有几天，澄塘湖公园东门旁的工棚里，68岁的范德明正蹲在地上，给一盏两米多高的鲤鱼灯糊最后一层彩纸。',
 '从1997年第一届灯会开始，范德明就是扎灯师傅。三十年来，他和徒弟们扎过的大小灯组已经记不清有多少了。',
 '在范德明看来，扎灯最难的不是手艺，而是心思。“一盏灯要让人看了心里一亮，得有自己的魂。”他说，鲤鱼的眼睛要往上看，尾巴要有翻水的劲儿，这些都得靠一遍遍比画。',
 '如今灯组大多用上了LED灯带和钢架结构，范德明也跟着学起了电路。他的工作台上摆着一本翻得卷了边的电工手册，里面夹满了写着字的小纸条。',
 '这几年，范德明最操心的是手艺的传承。去年，区文化馆在工棚挂牌成立了“澄塘花灯传习所”，他带了4个年轻徒弟。',
 '“老手艺不能断在我手里，总得有人接着做。”范德明说。']))

# ---------------------------------------------------------------- layout
d = Doc(); NA = []
def fur(line):
    d.add(line); NA.append(line)
def para_lines(text, width, extra=''):
    return wrap(text + extra, width)
def body(aid, paras, width, breaks=(), glue=None):
    for pi, p in enumerate(paras):
        last = pi == len(paras) - 1
        ls = wrap(p + (glue if (glue and last) else ''), width)
        for li, l in enumerate(ls):
            d.add(l, aid, 'body')
            if (pi, li) in breaks and li < len(ls) - 1:
                d.blank()
# page 1
fur('澄塘时报'); fur('CHENGTANG TIMES'); fur('2027年2月16日 星期二 农历正月十一'); fur('第7期 总第862期')
fur('中共澄塘区委机关报 澄塘区融媒体中心主办'); d.blank()
a = A[0]
d.add(a['headline'], 0, 'headline'); d.add(a['subheadlines'][0], 0, 'subtitle'); d.blank()
body(0, a['text'], 18, breaks={(2, 2)})
d.blank()
a = A[1]
d.add(a['headline'], 1, 'headline'); d.blank()
body(1, a['text'], 18, glue='（通讯员 韦岚）')
d.blank()
a = A[2]
d.add(a['headline'], 2, 'headline'); d.blank(2)
for l in wrap(a['text'][0], 18): d.add(l, 2, 'caption')
d.add('通讯员 骆一鸣 摄', 2, 'credit'); d.blank()
fur('澄塘时报 2027年2月16日 要闻'); fur('- 1 -'); d.blank()
# page 2
fur('- 2 -'); fur('综合新闻 澄塘时报 2027年2月16日'); d.blank()
a = A[3]
d.add(a['headline'], 3, 'headline'); d.blank()
body(3, a['text'], 16)
d.add('（记者 秦朗 通讯员 汪静怡）', 3, 'byline'); d.blank()
a, b = A[4], A[5]
d.add(a['headline'], 4, 'headline'); d.blank()
body(4, a['text'][:1], 16)
d.blank()
d.add(b['headline'], 5, 'headline'); d.blank()
# interleave: a paragraphs 2-3 (col 2) with b paragraphs 1-2 (col 3), line by line
la = [l for p in a['text'][1:3] for l in wrap(p, 16)]
lb = [l for p in b['text'][0:2] for l in wrap(p, 16)]
n = min(len(la), len(lb))
for i in range(n):
    d.add(la[i], 4, 'body'); d.add(lb[i], 5, 'body')
for l in la[n:]: d.add(l, 4, 'body')
body(4, a['text'][3:], 16)
d.add('（通讯员 蔡明轩）', 4, 'byline')
for l in lb[n:]: d.add(l, 5, 'body')
d.blank()
body(5, b['text'][2:], 16)
d.blank()
a = A[6]
d.add(a['headline'], 6, 'headline')
body(6, a['text'], 16, glue='（通讯员 邬丽）')
d.blank()
fur('澄塘时报 第2版 责任编辑：甘露 校对：孟初'); fur('2')
d.blank()
# page 3
fur('3'); fur('2027年2月16日 星期二 澄塘时报 社会·人物'); d.blank()
a = A[7]
d.add(a['headline'], 7, 'headline'); d.blank()
body(7, a['text'], 20)
d.blank()
a = A[8]
d.add(a['headline'], 8, 'headline'); d.add(a['subheadlines'][0], 8, 'subtitle'); d.blank()
d.add('本报记者 卢潇', 8, 'byline'); d.blank()
body(8, a['text'][:2], 20)
d.blank(); d.add(a['crossheads'][0], 8, 'crosshead'); d.blank()
body(8, a['text'][2:4], 20, breaks={(1, 1)})
d.blank(); d.add(a['crossheads'][1], 8, 'crosshead'); d.blank()
body(8, a['text'][4:], 20)
d.blank()
fur('社址：澄塘区望湖路66号 邮编：215900 新闻热线：5512-8080'); fur('印刷：澄塘日报印务中心')
fur('澄塘时报 第3版 责任编辑：甘露 美编：闻舟'); fur('3')

here = os.path.dirname(os.path.abspath(__file__))
open(os.path.join(here, NAME + '.txt'), 'w', encoding='utf-8').write(d.text())
notes = ('Plain pdftotext of a 3-column weekly by an extractor that emits no blank line between paragraphs (a paragraph '
         'ends with a short line; a line that happens to fill the measure gives no sign), hyphenless wraps at 18/16/20 em '
         'per page, blank lines only between blocks and at column breaks. Running heads and page numbers at the top '
         'AND bottom of pages 2-3 (page 1: masthead on top, running foot + "- 1 -" at the bottom): all furniture, as are '
         'the masthead (title, CHENGTANG TIMES, date with lunar date, issue, publisher) and the imprint. Page 2 has a '
         'line-by-line interleave of two articles (columns 2 and 3). End credits in brackets are bylines.')
write_truth(os.path.join(here, NAME + '.truth.json'), NAME + '.txt', '澄塘时报', '2027-02-16', '第7期 总第862期',
            notes, NA, d, A)
sys.exit(0 if check(os.path.join(here, NAME + '.txt'), os.path.join(here, NAME + '.truth.json')) else 1)
