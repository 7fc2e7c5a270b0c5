#!/usr/bin/env python3
"""禾阳时报 2027-05-11: extraction hard-wrapped at an 11-em column (kind b); columns of different articles
interleaved, a headline stack, bodies printed before their headlines, a jump from page 1 to page 3 whose
continuation lands in the middle of another article's column. Truth first, then layout."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h12lib import Doc, write_truth, check, stream, emit, wrap
NAME = 'heyang-2027-05-11'
W = 11
A = {}
A['L'] = dict(kind='news', headline='禾阳区夏粮生产进入冲刺阶段', subheadlines=['全力以赴抓好“三夏”准备', '32万亩小麦预计5月下旬开镰'],
  byline='本报讯（融媒记者 詹穗）', continued=True,
  text=['本报讯（融媒记者 詹穗）5月8日，禾阳区召开“三夏”生产暨粮食安全工作会议，部署夏收、夏种、夏管各项工作。今年全区小麦种植面积32.4万亩，目前长势总体良好，预计5月下旬陆续开镰。',
   '会议要求，各镇街要提前做好农机调度，对全区4800余台联合收割机、拖拉机和烘干设备逐台检修，组织跨区作业服务队，确保“龙口夺粮”时农机调得来、用得上。',
   '针对近期降雨偏多的情况，区农业农村局组织40名农技人员分片包村，指导农户做好小麦赤霉病、条锈病的“一喷三防”，并提前联系烘干企业，防止麦子因阴雨发芽霉变。',
   '会议强调，要抓好夏收后的夏种工作，确保玉米、大豆等秋粮作物适时播种。要落实好耕地地力保护补贴、农机购置补贴等惠农政策，严禁焚烧秸秆，全面推行秸秆还田和离田综合利用。',
   '区委副书记、区长莫知秋在会上要求，各镇街主要负责同志要扑下身子、靠前指挥，把“三夏”工作抓紧抓实，确保颗粒归仓，为全年粮食生产打好基础。'])
A['M'] = dict(kind='news', headline='东篱街道老旧小区加装电梯破百部', subheadlines=[], byline='本报讯（融媒记者 柯蓝）',
  text=['本报讯（融媒记者 柯蓝）5月6日，东篱街道槐荫小区3号楼的新电梯正式运行，这是街道今年投用的第23部加装电梯，也使街道累计加装电梯数量达到103部。',
   '老旧小区加装电梯，难在协调。街道探索“楼栋议事会”做法，由社区干部、楼栋长和施工方一起上门，逐户听取意见，对低楼层住户关心的采光、噪音问题拿出具体解决方案。',
   '“以前上下楼要歇好几回，现在按一下按钮就到家了。”住在6楼的葛大爷说。'])
capP = '5月9日，稻香镇万亩麦田里，麦穗渐黄，一派丰收在望的景象。'
A['P'] = dict(kind='photo', headline='麦浪千重', subheadlines=[], byline='融媒记者 詹穗 摄', captions=[capP], text=[capP])
A['S'] = dict(kind='news', headline='区税务局推出“跨区通办”服务', subheadlines=[], byline='（融媒记者 柯蓝）',
  text=['日前，区税务局推出涉税业务“跨区通办”服务，纳税人可在全市任一办税服务厅办理户籍地在禾阳的办税业务，首批纳入通办事项112项。',
   '据介绍，服务推出一周以来，已为外地经营的禾阳企业和个体户办理业务300余笔。'])
A['E'] = dict(kind='news', headline='麦垛村“稻田民宿”迎来首批客人', subheadlines=[], byline='本报讯（通讯员 乔麦）',
  text=['本报讯（通讯员 乔麦）五一假期，稻香镇麦垛村的“稻田民宿”迎来了首批住客。民宿由村里6处闲置农房改造而成，推开窗就是大片的稻田和荷塘。',
   '麦垛村党支部书记闻立春介绍，去年村里成立旅游合作社，村民以闲置房屋入股，合作社统一设计改造、统一运营。民宿开业后，还带动村民卖起了土鸡蛋、腌菜和手工米糕。',
   '假期5天，民宿入住率达到九成以上，接待游客1100多人次，村集体和入股农户共增收12万元。'])
A['F'] = dict(kind='news', headline='禾阳区启动“百校千师”送教下乡', subheadlines=['城区名师结对帮扶乡村学校'], byline='本报讯（融媒记者 温禾）',
  text=['本报讯（融媒记者 温禾）5月7日，禾阳区“百校千师”送教下乡活动在稻香镇中心小学启动。区内20所城区学校的120名骨干教师将与乡村学校结对，开展为期一学年的送教帮扶。',
   '活动采取“一校带一校、一师带一师”的方式，城区教师每月到结对学校上示范课、参加教研活动，乡村教师也可以到城区学校跟岗学习。',
   '区教育局负责人说，希望通过送教下乡，让乡村孩子也能享受到优质的课堂，同时帮助乡村教师提升教学水平。'])
A['O'] = dict(kind='opinion', headline='“送教”更要“留教”', subheadlines=['禾风评论'], byline='□江禾',
  text=['城区名师送教下乡，给乡村课堂带去了新鲜的教法和理念。但一堂示范课再精彩，名师一走，课堂还是原来的样子，送教的效果就要打折扣。',
   '送教的目的，是让乡村学校有自己的好老师。示范课之外，更要在“带”字上下功夫：结对的两位老师一起备课、一起磨课、一起复盘，让乡村教师真正学到方法、形成习惯。',
   '同时，也要为乡村教师成长创造条件，在评优评先、职称晋升上适当倾斜，让他们留得住、干得好。名师把本事留下来，送教才算送到了根上。'])
A['Q'] = dict(kind='news', headline='区中医院开设“治未病”中心', subheadlines=[], byline='本报讯（融媒记者 温禾）',
  text=['本报讯（融媒记者 温禾）近日，区中医院“治未病”中心正式开诊。中心设有体质辨识室、中医调理室和健康宣教室，为市民提供体质辨识、膏方调理、艾灸推拿等服务。',
   '中心负责人介绍，“治未病”强调未病先防，市民可以先做体质辨识，医生再根据结果给出饮食、起居和运动方面的个性化建议。'])
A['G'] = dict(kind='list', headline='五月文化活动早知道', subheadlines=[], byline=None,
  text=['5月，区文化馆、图书馆、博物馆推出以下公益文化活动，欢迎市民参加：',
   '1.5月16日19:30，区文化馆小剧场上演黄梅戏专场演出，凭票入场。',
   '2.5月18日国际博物馆日，区博物馆推出“禾阳农耕文物展”，全天免费开放。',
   '3.5月23日14:00，区图书馆举办“亲子绘本共读”活动，需提前预约。',
   '4.5月每周六上午，区文化馆开设书法、太极拳公益培训班。'])
A['J'] = dict(kind='news', headline='禾阳经开区新添3家“专精特新”企业', subheadlines=['企业研发投入同比增长23%'], byline='本报讯（融媒记者 柯蓝）',
  text=['本报讯（融媒记者 柯蓝）日前，省工业和信息化厅公布新一批专精特新中小企业名单，禾阳经开区的禾丰农机、润谷食品和恒远精密3家企业入选，经开区专精特新企业增至17家。',
   '近年来，经开区设立企业研发奖补资金，对研发投入增长较快的企业给予奖励，并搭建校企合作平台，帮助企业对接高校科研团队。去年，区内规上工业企业研发投入同比增长23%。',
   '禾丰农机总经理蒋书远说，企业研发的小型智能插秧机已经销往6个省份，入选专精特新名单后，企业将继续加大研发投入，开发适合丘陵地区的农机产品。'])
A['K'] = dict(kind='feature', headline='老粮站里的“新粮仓”', subheadlines=['——稻香镇粮食产后服务中心见闻'], byline='文/融媒记者 詹穗',
  crossheads=['烘干机替下了晒谷场', '从“卖原粮”到“卖品牌”'],
  text=['稻香镇老粮站建于上世纪七十年代，几排高大的苏式粮仓曾经是镇上最气派的建筑。粮站停用后，这里一度杂草丛生。',
   '前年，镇里把老粮站改建成粮食产后服务中心，保留了老粮仓的外墙，在里面装上了12台烘干机和一条大米加工生产线。',
   '“以前收了稻子只能晒在马路上，遇上连阴雨，一年的收成就要烂在地里。”种粮大户邬长青说，现在稻子收下来直接拉到中心，烘干后再入库，一点都不耽误。',
   '去年秋收，中心烘干稻谷1.6万吨，服务周边农户3000多户。',
   '服务中心还注册了“稻香禾阳”大米品牌，和农户签订订单，按高于市场的价格收购优质稻谷，加工成精品大米销往城里的商超和食堂。',
   '中心负责人算了一笔账：同样一斤稻谷，卖原粮只能卖一块四左右，加工成品牌大米后，农户和合作社每斤能多挣三四毛钱。'])
A['N'] = dict(kind='news', headline='区消防救援大队开展“安全进万家”活动', subheadlines=[], byline='本报讯（通讯员 岑峰）',
  text=['本报讯（通讯员 岑峰）5月以来，区消防救援大队组织消防员走进社区、企业和集贸市场，开展“安全进万家”宣传活动，发放宣传资料1.2万份，排查整改火灾隐患260余处。',
   '消防员提醒，电动自行车不要在楼道、家中停放和充电，家中应配备灭火器和烟感报警器，遇到火情要第一时间拨打119。'])

def at(lines, marker):
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
for l in ['禾阳时报', 'HEYANG TIMES', '2027年5月11日', '星期二', '第19期', '总第1012期', '今日4版']:
    d.add(l)
d.blank()
d.add('中共禾阳区委主办'); d.blank()
# page-1 headline stack: lead (kicker / headline / subtitle, no blanks) and the 电梯 headline
heads(d, 'L', [('全力以赴抓好“三夏”准备', 'kicker'), (A['L']['headline'], 'headline'), ('32万亩小麦预计5月下旬开镰', 'subtitle'), ('', None)])
heads(d, 'M', [(A['M']['headline'], 'headline'), ('', None)])
L = stream(A['L']['text'], W)
c1 = at(L, '检修')            # column break mid-sentence in ¶2
j1 = at(L, '秸秆还田')        # jump inside ¶4
emit(d, 'L', L[:c1]); d.blank()
emit(d, 'L', L[c1:j1]); d.add('（下转第3版）'); d.blank()
# column 3: photo news (wide caption), then the 电梯 body, then the 税务 body BEFORE its headline
heads(d, 'P', [(A['P']['headline'], 'headline'), ('', None), ('', None)])
cp = wrap(capP, 24); cp[-1] += '（融媒记者 詹穗 摄）'
emit(d, 'P', cp, 'caption'); d.blank()
M = stream(A['M']['text'], W)
cm = at(M, '对低楼层')
emit(d, 'M', M[:cm]); d.blank(); emit(d, 'M', M[cm:]); d.blank()
S = stream(A['S']['text'], W); S[-1] += '（融媒记者'; S.append('柯蓝）')
emit(d, 'S', S); d.blank()
heads(d, 'S', [(A['S']['headline'], 'headline'), ('', None)])
d.add('1')
# page 2: the 民宿 and 送教 articles interleaved, commentary, 中医院 body before headline, list
d.add('\f第2版　综合新闻'); d.blank()
heads(d, 'E', [(A['E']['headline'], 'headline'), ('', None)])
E = stream(A['E']['text'], W); F = stream(A['F']['text'], W)
ce = at(E, '统一设计改造'); cf = at(F, '城区教师每月')
emit(d, 'E', E[:ce]); d.blank()
heads(d, 'F', [('城区名师结对帮扶乡村学校', 'kicker'), (A['F']['headline'], 'headline'), ('', None)])
emit(d, 'F', F[:cf]); d.blank()
emit(d, 'E', E[ce:]); d.blank()
emit(d, 'F', F[cf:]); d.blank()
heads(d, 'O', [('禾风评论', 'tag'), (A['O']['headline'], 'headline'), ('□江禾', 'byline'), ('', None)])
O = stream(A['O']['text'], W, breaks={(1, 4)})
emit(d, 'O', O); d.blank()
Q = stream(A['Q']['text'], W)
emit(d, 'Q', Q); d.blank()
heads(d, 'Q', [(A['Q']['headline'], 'headline'), ('', None)])
heads(d, 'G', [(A['G']['headline'], 'headline'), ('', None)])
G = stream(A['G']['text'], W, noblank=(2, 3, 4))
emit(d, 'G', G); d.blank()
d.add('责任编辑　阮秋')
# page 3: 专精特新 stack + body, then the lead's continuation, then the feature, then the 消防 item
d.add('\f第3版　区情'); d.blank()
heads(d, 'J', [(A['J']['headline'], 'headline'), (A['J']['subheadlines'][0], 'subtitle'), ('', None)])
J = stream(A['J']['text'], W)
cj = at(J, '帮助企业对接')
emit(d, 'J', J[:cj]); d.blank(); emit(d, 'J', J[cj:]); d.blank()
d.add('（上接第1版）')
emit(d, 'L', L[j1:]); d.blank()
heads(d, 'K', [(A['K']['headline'], 'headline'), (A['K']['subheadlines'][0], 'subtitle'), ('', None)])
K = A['K']['text']
emit(d, 'K', stream(K[:2], W)); d.blank()
heads(d, 'K', [(A['K']['crossheads'][0], 'crosshead'), ('', None)])
k2 = stream(K[2:4], W); ck = at(k2, '一点都不耽误')
emit(d, 'K', k2[:ck + 1]); d.blank(); emit(d, 'K', k2[ck + 1:]); d.blank()
heads(d, 'K', [(A['K']['crossheads'][1], 'crosshead'), ('', None)])
emit(d, 'K', stream(K[4:], W))
d.add('文/融媒记者', 'K', 'byline'); d.add('詹穗', 'K', 'byline'); d.blank()
heads(d, 'N', [(A['N']['headline'], 'headline'), ('', None)])
emit(d, 'N', stream(A['N']['text'], W)); d.blank()
d.add('本报地址：禾阳区丰收路9号　新闻热线：0553-7712300')

A['L']['subheadlines'] = ['全力以赴抓好“三夏”准备', '32万亩小麦预计5月下旬开镰']
A['F']['subheadlines'] = ['城区名师结对帮扶乡村学校']
N = {
 'L': 'Lead. Page-1 headline stack: kicker / headline / subtitle on consecutive lines (no blanks), then the 电梯 headline; the body right after the stack is the LEAD\'s. Column-break blank in mid-sentence in ¶2 (…逐台|检修). JUMP: ¶4 breaks off before 秸秆还田 with （下转第3版）; on page 3 （上接第1版） stands on its own line AFTER the 专精特新 article\'s body (not at the top of the page) and the continuation follows. Markers removed, ¶4 joined; continued true.',
 'M': 'Headline in the page-1 stack, body far below it (after the photo news); ¶2 cut by a column-break blank mid-sentence.',
 'P': 'Photo news: headline, two blank lines (image), caption at a 24-em measure wrapped over 3 lines with the credit （融媒记者 詹穗 摄） glued at its end (byline, not text).',
 'S': 'TRAP: body printed BEFORE its headline, directly after the 电梯 body; end credit （融媒记者|柯蓝） glued to the last line and wrapped mid-name. The headline is followed by the bare page number 1 and the form feed.',
 'E': 'Page 2. INTERLEAVED with the 送教 article: ¶1 and the start of ¶2 (cut before 统一设计改造), then the 送教 kicker/headline and its ¶1 and the start of ¶2, then the rest of E, then the rest of 送教.',
 'F': 'This article is interleaved with the 民宿 article (see there). The line above the headline (城区名师结对帮扶乡村学校) is the kicker.',
 'O': 'Commentary: tag 禾风评论, headline, author line □江禾 on consecutive lines; ¶2 has a column-break blank.',
 'Q': 'TRAP: body printed BEFORE its headline (after the commentary; only 本报讯 marks the new article); the headline is followed directly by the list headline.',
 'G': 'List: intro + four numbered items, items 2-4 with no blank line before them; one paragraph per item, numbers kept (1.5月16日 - number glued to a date).',
 'J': 'Page 3: headline + subtitle; ¶2 cut by a column break; the lead\'s （上接第1版） continuation follows its last paragraph.',
 'K': 'Feature: headline, ——subtitle (wrapped at 11 em), two crossheads between blanks (not paragraphs); a column-break blank in ¶3 leaves the 3-character fragment 耽误。 alone (join it); ¶4 (去年秋收…) is a real short paragraph; byline 文/融媒记者|詹穗 printed AFTER the body over two lines with no blank before it (byline, not text).',
 'N': 'Plain news at the end of page 3; the imprint line follows.'}
ORDER = ['L', 'P', 'M', 'S', 'E', 'F', 'O', 'Q', 'G', 'J', 'K', 'N']
arts = []
for k in ORDER:
    A[k]['notes'] = N[k]; arts.append(A[k])
class View:
    def __init__(self, doc, order): self.tags = {i: doc.tags.get(o, []) for i, o in enumerate(order)}
notes = ('Invented issue. Extraction of a 4-column weekly hard-wrapped at an 11-em column (headlines, crossheads and the '
  'photo caption at their own measures, longer headlines wrapped at 11 em too); blank lines between paragraphs and at '
  'column breaks in mid-sentence. Reading order is column by column: a headline stack, bodies before headlines and '
  'interleaved columns occur. Furniture: masthead lines, jump markers （下转第3版）/（上接第1版）, page headers '
  '第2版　综合新闻 after a form feed, a bare page number 1, an editor line, an imprint line.')
not_articles = ['禾阳时报', 'HEYANG TIMES', '2027年5月11日', '星期二', '第19期', '总第1012期', '今日4版', '中共禾阳区委主办',
  '（下转第3版）', '（上接第1版）', '1', '第2版　综合新闻', '第3版　区情', '责任编辑　阮秋', '本报地址：禾阳区丰收路9号　新闻热线：0553-7712300']
here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, NAME + '.txt'); tru = os.path.join(here, NAME + '.truth.json')
open(src, 'w', encoding='utf-8').write(d.text())
write_truth(tru, NAME + '.txt', '禾阳时报', '2027-05-11', '总第1012期', notes, not_articles, View(d, ORDER), arts)
sys.exit(0 if check(src, tru) else 1)
