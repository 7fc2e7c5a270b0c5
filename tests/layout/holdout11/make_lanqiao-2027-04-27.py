#!/usr/bin/env python3
"""岚桥报 2027-04-27: plain PDF text (kind a) from an extractor that marks paragraphs only by a two-character
FULL-WIDTH-SPACE indent (no blank lines inside bodies), wraps at 19 em, splits long headlines over two lines,
and reads a vertically set (竖排) headline one character per line. Q&A, reader's letter, a notice board."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h11lib import Doc, write_truth, check, flow, wrap
NAME = 'lanqiao-2027-04-27'
W = 19; IND = '\u3000\u3000'
A = {}
A['lead'] = dict(kind='news', headline='岚桥区“15分钟便民生活圈”实现城市社区全覆盖',
  subheadlines=['新建改造便民网点326个'], byline='本报讯（记者 钟毓）',
  text=['本报讯（记者 钟毓）记者从4月23日召开的全区便民生活圈建设推进会上获悉，岚桥区已建成“15分钟便民生活圈”48个，覆盖全部城市社区。两年来，全区新建改造菜市场、便利店、早餐店、家政维修等便民网点326个，居民步行15分钟内基本可以满足日常生活需求。',
   '云台街道白鹭洲社区是全区较早建成便民生活圈的社区之一。社区利用一处闲置的锅炉房，改建成了集蔬菜零售、早餐、修鞋配钥匙和理发于一体的便民服务中心。“以前买菜要坐两站公交，现在下楼走几分钟就到了。”社区居民钱阿姨说。',
   '区商务局负责人介绍，便民生活圈建设坚持“缺什么补什么”，每个社区在规划前都要开展居民需求调查，根据调查结果确定补建的业态。对新开办的便民网点，区里给予最高10万元的一次性建设补贴和三年租金补助。',
   '推进会提出，今年全区将推动便民生活圈向农村地区延伸，在溪口镇、松坡镇等5个镇建设“乡镇商贸中心”，并对已建成的生活圈开展“回头看”，对经营困难的网点加强帮扶。',
   '区委副书记、区长程砚秋出席会议并提出要求。'])
A['tea'] = dict(kind='news', headline='溪口镇茶园用上“智慧大脑”', subheadlines=[], byline='本报讯（记者 齐修远 通讯员 林屿）',
  text=['本报讯（记者 齐修远 通讯员 林屿）眼下正是春茶采摘时节，溪口镇云雾茶园里，茶农们正忙着采摘明前茶。与往年不同的是，茶园里多了十几根立杆，上面装着气象站、摄像头和虫情测报灯。',
   '“这些设备就是茶园的‘智慧大脑’。”溪口镇茶叶合作社负责人汤晓峰打开手机，茶园的温度、湿度、土壤墒情和病虫害情况一目了然。“什么时候该浇水、什么时候该防虫，系统会自动提醒，用药量比以前少了三成。”',
   '溪口镇现有茶园1.8万亩，今年已有6000亩茶园接入数字化管理平台。镇里还与电商平台合作开设“溪口云雾”直播间，今年春茶上市以来，线上销售额已突破800万元。'])
qa = ['老旧小区改造是群众关心的民生实事。今年岚桥区将改造哪些小区？改造内容怎么定？改造期间居民生活受影响怎么办？记者就此采访了区住房和城乡建设委员会副主任焦岳。',
  '问：今年全区老旧小区改造的任务是什么？',
  '答：今年全区计划改造老旧小区23个，涉及居民楼186栋、居民9400余户，年底前全部完工。改造对象主要是2000年以前建成、基础设施老化、配套设施不全的住宅小区。',
  '问：改造内容是怎么确定的？',
  '答：我们实行“居民点单”。每个小区改造前，街道和社区都要逐户征求意见，把改造内容分为基础类、完善类和提升类。基础类包括水电气暖管网更新、屋面防水、楼道粉刷等，是必改项目；加装电梯、增设停车位、建设养老托育设施等完善类和提升类项目，根据居民意愿确定。',
  '问：改造期间，居民出行和生活会不会受到影响？',
  '答：施工单位进场前要制定施工方案并在小区公示，尽量避开居民休息时间施工。每个小区都设有“改造议事点”，由社区工作人员、施工方和居民代表共同监督工程质量，居民有问题可以随时反映。',
  '问：改造完成后，小区的长效管理怎么保障？',
  '答：改造完成后，我们将推动小区引入物业服务或由社区组织居民自治管理，做到改造一个、管好一个，防止出现“一年新、两年旧、三年回到老样子”的情况。']
A['qa'] = dict(kind='feature', headline='老旧小区改造，居民关心的事怎么办？', subheadlines=['权威发布', '——访区住房和城乡建设委员会副主任焦岳'],
  byline='本报记者 齐修远', text=qa)
capP = '4月24日，岚桥区白鹭洲湿地，成群的白鹭在浅滩上觅食、嬉戏。近年来，随着生态环境持续改善，白鹭洲湿地观测到的鸟类已增加到136种。'
A['photo'] = dict(kind='photo', headline='白鹭洲上白鹭飞', subheadlines=[], byline='本报记者 钟毓 摄', text=[capP], captions=[capP])
A['fire'] = dict(kind='news', headline='区消防救援支队进社区开展“安全体检”', subheadlines=[], byline='通讯员 林屿',
  text=['4月22日，区消防救援支队组织消防员走进云台街道10个老旧小区，开展电动自行车充电、楼道堆物和燃气使用等消防安全检查，现场清理楼道杂物30余处，劝导居民拆除私拉的充电线路18处。',
   '检查中，消防员还向居民讲解了灭火器的使用方法和火场逃生常识，并为独居老人家庭免费安装了独立式烟感报警器。'])
A['letter'] = dict(kind='opinion', headline='小区门口的路灯亮了', subheadlines=['读者来信'], byline='云台街道居民　严冬梅',
  text=['编辑同志：',
   '我家住在云台街道桂苑小区，小区东门外有一段二百多米长的路，路灯坏了大半年，一到晚上黑乎乎的。小区里老人多，晚上出门散步都得拿着手电筒，前些日子还有一位老人在路边摔了一跤。',
   '上个月，我拨打了12345热线反映这个问题。没想到第二天，街道就派人来查看情况，一个星期后，新路灯就装好了。街道的工作人员还告诉我们，以后路灯坏了可以直接联系社区，他们会及时报修。',
   '现在，每天晚上路灯一亮，小区里的老人们又能出来遛弯了。我想通过贵报，向为我们解决问题的工作人员说一声谢谢！'])
A['farm'] = dict(kind='feature', headline='松坡村来了“新农人”', subheadlines=['返乡青年带着新技术种出“网红”草莓'], byline='文/本报记者 钟毓',
  crossheads=['辞职回乡种草莓', '一颗草莓带富一个村'],
  text=['四月的松坡村，漫山遍野的油菜花刚谢，村东头的一排大棚里，草莓正红。30岁的符晓晨戴着草帽，在大棚里来回查看草莓的长势。',
   '符晓晨是土生土长的松坡村人，大学学的是农学。毕业后，他在省城一家农业科技公司工作了五年。2023年春节回家，他看到村里不少土地撂荒，年轻人都出去打工了，心里很不是滋味。',
   '那年夏天，他辞去了工作，回村流转了40亩地，建起了8个草莓大棚。村里人都不看好：“大学生回来种地，能种出什么名堂？”',
   '第一年，由于缺乏经验，草莓长势不好，他亏了20多万元。第二年，他请来省农科院的专家指导，改用基质栽培和无土育苗技术，草莓产量和品质都上来了，还在网上卖出了名气。',
   '如今，符晓晨的草莓基地已扩大到120亩，带动村里28户村民种植草莓，并吸纳40多名村民在基地务工。去年，基地销售额达到600多万元。',
   '“我想让更多年轻人看到，在农村也能干出一番事业。”符晓晨说。'])
A['n1'] = dict(kind='notice', headline='城乡居民医保缴费提醒', subheadlines=['公告栏'], byline=None,
  text=['2027年度城乡居民基本医疗保险集中缴费期为2027年9月1日至12月31日。参保居民可通过“岚桥医保”微信公众号、银行网点等渠道缴费。咨询电话：0596-7320012。',
   '岚桥区医疗保障局'])
A['n2'] = dict(kind='notice', headline='关于溪口大桥限行的公告', subheadlines=['公告栏'], byline=None,
  text=['因溪口大桥维修加固施工需要，自2027年5月6日起至7月31日，溪口大桥禁止载重10吨以上货车通行，其他车辆限速30公里/小时。请过往车辆提前绕行。',
   '岚桥区交通运输局',
   '2027年4月25日'])
A['n3'] = dict(kind='notice', headline='区图书馆“五一”假期开放时间调整', subheadlines=['公告栏'], byline=None,
  text=['“五一”假期（5月1日至5日）期间，区图书馆开放时间调整为9:00至17:00，少儿阅览室照常开放。5月6日起恢复正常开放时间。',
   '岚桥区图书馆'])
A['op'] = dict(kind='opinion', headline='让便民生活圈更有温度', subheadlines=['岚桥评论'], byline='□ 舒朗',
  text=['15分钟便民生活圈实现城市社区全覆盖，是一件实实在在的民生好事。生活圈建起来之后，怎样让它经营得好、留得住，同样值得用心。',
   '便民网点大多利润微薄，一些网点开业时热热闹闹，过了补贴期就难以为继。这就需要在规划时算好经济账，引导网点走连锁化、品牌化的路子，也需要在租金、水电等方面给予持续支持。',
   '生活圈的温度，还体现在对特殊群体的关照上。老年人不会用手机支付，网点能否保留现金收款？行动不便的老人，能否提供送货上门？把这些细节考虑周全，便民生活圈才能真正便民。'])
A['essay'] = dict(kind='feature', headline='岚山夜雨', subheadlines=['岚桥副刊'], byline='□ 罗纹',
  text=['夜里醒来，听见窗外的雨声，才知道又下雨了。岚山的春雨总是这样，悄无声息地来，细细密密地落在屋瓦上，落在院子里的芭蕉叶上。',
   '年少时住在山脚下的老屋里，最喜欢这样的雨夜。祖母在灯下纳鞋底，我趴在桌上写作业，雨声一阵紧一阵慢，屋里安静得能听见针线穿过鞋底的声音。',
   '后来我离开岚山，在城里住了许多年。城里的雨落在柏油路上、落在玻璃窗上，总少了些什么。直到今年春天回到老家，又在这样的夜里醒来，我才明白，少了的原来是那份安静。'])

A['school'] = dict(kind='news', headline='首批“乡村夜校”在溪口镇开课', subheadlines=['电商、茶艺、急救课程受欢迎'], byline='本报讯（通讯员 林屿 梅朵）',
  text=['本报讯（通讯员 林屿 梅朵）4月21日晚7点，溪口镇文化站的教室里坐满了人。岚桥区首批“乡村夜校”在这里开课，第一课是“手机直播带货入门”，来自周边村子的40多名村民边听边在手机上操作。',
   '“乡村夜校”由区委社会工作部、区妇联和区农业农村局联合开办，首批在溪口镇、松坡镇设立4个教学点，开设农村电商、茶艺、家庭急救、智能手机使用等12门课程，全部免费，每周上课两次。',
   '溪口镇茶农戚秀英报名了电商和茶艺两门课。“白天在茶园干活，晚上来上课，学会了直播，自己家的茶也能卖到外地去。”她说。',
   '据了解，夜校课程由村民“点单”确定，授课老师有高校教师、企业技术人员，也有本地的“土专家”。今年全区计划开办“乡村夜校”20所。'])
A['opera'] = dict(kind='news', headline='松坡镇老戏台恢复周末演出', subheadlines=[], byline='记者 齐修远',
  text=['4月26日下午，松坡镇老街的百年戏台上锣鼓声响起，当地业余剧团演出了传统剧目《打金枝》，台下坐满了看戏的村民和游客。',
   '这座戏台始建于清代，曾因年久失修停用了十多年。去年，镇里对戏台进行了修缮，并与区文化馆合作，组织本地业余剧团每周六、周日下午轮流登台演出。',
   '“小时候就在这台下看戏，现在又能看上了。”78岁的村民关大爷说。镇文化站负责人介绍，戏台恢复演出以来，已演出40多场，吸引观众上万人次。'])

d = Doc()
def blk(items, aid=None, part=None):
    for t in items:
        if t == '': d.blank()
        else: d.add(t, aid, part)
def body(aid, paras, inserts=None):
    flow(d, aid, paras, W, indent=IND, blanks=False, inserts=inserts)
d.blank(2)
blk(['岚桥报', '', 'LANQIAO DAILY', '', '2027年4月27日　星期二', '丁未年三月廿一', '', '第17期　总第2046期', '今日四版', '',
     '中共岚桥区委主办', '岚桥区融媒体中心出版', ''])
blk(['新建改造便民网点326个'], 'lead', 'subtitle'); d.blank()
blk(['岚桥区“15分钟便民生活圈”', '实现城市社区全覆盖'], 'lead', 'headline'); d.blank()
body('lead', A['lead']['text'])
d.blank()
blk(['溪口镇茶园用上“智慧大脑”'], 'tea', 'headline'); d.blank()
body('tea', A['tea']['text'])
d.blank()
blk(['白鹭洲上白鹭飞'], 'photo', 'headline'); d.blank(2)
for l in wrap(capP, 34): d.add(l, 'photo', 'caption')
d.add('本报记者 钟毓 摄', 'photo', 'credit'); d.blank()
blk(['首批“乡村夜校”在溪口镇开课'], 'school', 'headline')
blk(['电商、茶艺、急救课程受欢迎'], 'school', 'subtitle'); d.blank()
body('school', A['school']['text'])
d.blank()
blk(['区消防救援支队进社区开展', '“安全体检”'], 'fire', 'headline'); d.blank()
t = list(A['fire']['text']); body('fire', t[:1]); flow(d, 'fire', [t[1] + '（通讯员 林屿）'], W, indent=IND, blanks=False)
d.blank()
blk(['岚桥报　2027年4月27日　星期二　第一版　要闻', '责任编辑：许畅　版式设计：莫言秋'])
# page 2
d.add('\f'); d.blank()
blk(['第二版　民生', '岚桥报　2027年4月27日　星期二'])
d.blank()
blk(['权威发布'], 'qa', 'kicker'); d.blank()
blk(['老旧小区改造，', '居民关心的事怎么办？'], 'qa', 'headline'); d.blank()
blk(['——访区住房和城乡建设委员会副主任焦岳'], 'qa', 'subtitle')
blk(['本报记者 齐修远'], 'qa', 'byline'); d.blank()
body('qa', A['qa']['text'])
d.blank()
blk(['读者来信'], 'letter', 'tag'); d.blank()
blk(['小区门口的路灯亮了'], 'letter', 'headline'); d.blank()
body('letter', A['letter']['text'])
d.add('云台街道居民　严冬梅', 'letter', 'byline')
d.blank()
blk(['公告栏'], 'n1', 'tag'); d.blank()
for k in ['n1', 'n2', 'n3']:
    blk([A[k]['headline']], k, 'headline')
    t = A[k]['text']
    body(k, t[:1])
    for x in t[1:]: d.add(x, k, 'body')   # issuer and date lines, right-aligned in print, no indent
d.blank()
blk(['岚桥报　2027年4月27日　星期二　第二版　民生', '责任编辑：易水寒　版式设计：莫言秋'])
# page 3
d.add('\f'); d.blank()
blk(['第三版　乡村', '岚桥报　2027年4月27日　星期二'])
d.blank()
blk(['返乡青年带着新技术种出“网红”草莓'], 'farm', 'subtitle'); d.blank()
blk(['松坡村来了“新农人”'], 'farm', 'headline'); d.blank()
blk(['文/本报记者 钟毓'], 'farm', 'byline'); d.blank()
t = A['farm']['text']
body('farm', t[:1]); d.blank(); d.add('辞职回乡种草莓', 'farm', 'crosshead'); d.blank()
body('farm', t[1:4]); d.blank(); d.add('一颗草莓带富一个村', 'farm', 'crosshead'); d.blank()
body('farm', t[4:6])
d.blank()
blk(['松坡镇老戏台恢复周末演出'], 'opera', 'headline'); d.blank()
t = A['opera']['text']; body('opera', t[:2]); flow(d, 'opera', [t[2]], W, indent=IND, blanks=False); d.add('（记者 齐修远）', 'opera', 'byline')
d.blank()
blk(['岚桥评论'], 'op', 'tag'); d.blank()
blk(['让便民生活圈更有温度'], 'op', 'headline')
blk(['□ 舒朗'], 'op', 'byline'); d.blank()
body('op', A['op']['text'])
d.blank()
# vertical (竖排) tag and title: one character per line
for ch in '岚桥副刊': d.add(ch, 'essay', 'tag')
d.blank()
for ch in '岚山夜雨': d.add(ch, 'essay', 'headline')
d.blank()
blk(['□ 罗纹'], 'essay', 'byline'); d.blank()
body('essay', A['essay']['text'])
d.blank()
blk(['岚桥报　2027年4月27日　星期二　第三版　乡村', '责任编辑：易水寒　版式设计：田禾'])
ORDER = ['lead', 'tea', 'photo', 'school', 'fire', 'qa', 'letter', 'n1', 'n2', 'n3', 'farm', 'opera', 'op', 'essay']
N = {
 'lead': 'Headline SPLIT over two lines (岚桥区“15分钟便民生活圈” / 实现城市社区全覆盖 - one phrase, not kicker + headline; truth joins without a space). The 副题-like line 新建改造便民网点326个 is printed ABOVE the headline (a kicker position; kept in subheadlines). Body: every paragraph starts with two full-width spaces; no blank lines between paragraphs; wrap 19 em.',
 'tea': 'Full-width indents only; 3 paragraphs. The quote in paragraph 2 opens the line after an indent.',
 'photo': 'Photo news: headline, two blank lines (image), caption wrapped at 34 em WITHOUT indent, credit line 本报记者 钟毓 摄 (byline).',
 'fire': 'Headline split over two lines (…开展 / “安全体检”). No dateline; end byline （通讯员 林屿） glued to the last line (byline, not text). The page-1 footer follows (running foot + editor line).',
 'qa': 'Q&A on page 2: kicker 权威发布, headline split over two lines after a comma (老旧小区改造， / 居民关心的事怎么办？), ——subtitle, byline line 本报记者 齐修远 (no blank before it). Intro + 8 question/answer paragraphs, each 问：/答： line indented: 9 paragraphs.',
 'letter': 'Reader\'s letter: tag 读者来信, headline, salutation 编辑同志： as a one-line paragraph 1 (indented), 3 more paragraphs, signature 云台街道居民　严冬梅 (full-width space) right after the last line (byline, not text).',
 'n1': 'Notice board 公告栏 (tag printed once; given to each notice): three short notices, each a headline line directly after the previous notice with NO blank line. This one: one indented paragraph + issuer line (no indent) = 2 paragraphs.',
 'n2': 'Second notice: paragraph + issuer + date (3 paragraphs). Issuer and date lines are not indented.',
 'n3': 'Third notice: paragraph + issuer (2). The page-2 footer follows.',
 'farm': 'Page 3 feature: the 副题 is printed ABOVE the headline, byline line 文/本报记者 钟毓, two crossheads between blanks (not paragraphs).',
 'school': 'Page-1 news between the photo news and the 消防 item: headline and subtitle on consecutive lines (no blank), dateline with two 通讯员 names.',
 'opera': 'Page-3 news after the feature: no dateline; end byline （记者 齐修远） on its own line WITHOUT indent right after the last body line (byline, not text).',
 'op': 'Commentary: tag 岚桥评论, headline and author □ 舒朗 on consecutive lines.',
 'essay': 'EXTRACTOR QUIRK: the 副刊 tag 岚桥副刊 and the title 岚山夜雨 are set vertically (竖排) and come out ONE CHARACTER PER LINE (4 + 4 one-character lines); author line □ 罗纹. Truth headline 岚山夜雨, tag in subheadlines.'}
arts = []
for k in ORDER:
    A[k]['notes'] = N[k]; arts.append(A[k])
class View:
    def __init__(self, doc, order): self.tags = {i: doc.tags.get(o, []) for i, o in enumerate(order)}
notes = ('Invented issue, 3 of 4 pages. Plain text from an extractor that keeps the first-line indent as two full-width spaces '
  '(U+3000) and prints NO blank line inside bodies: a paragraph starts where a line starts with the indent; column breaks are '
  'invisible. Wrap 19 em (first line 17 after the indent). Blank lines only around headline stacks, captions and furniture. '
  'Pages 2-3 start with a form feed on its own line, then the page label and a running head; each page ends with a running foot '
  '(报名 date 版次) and an editor line. Long headlines are split over two lines; one vertical headline comes out one character per line.')
not_articles = ['岚桥报', 'LANQIAO DAILY', '2027年4月27日　星期二', '丁未年三月廿一', '第17期　总第2046期', '今日四版', '中共岚桥区委主办',
  '岚桥区融媒体中心出版', '岚桥报　2027年4月27日　星期二　第一版　要闻', '责任编辑：许畅　版式设计：莫言秋', '第二版　民生',
  '岚桥报　2027年4月27日　星期二', '岚桥报　2027年4月27日　星期二　第二版　民生', '责任编辑：易水寒　版式设计：莫言秋', '第三版　乡村',
  '岚桥报　2027年4月27日　星期二　第三版　乡村', '责任编辑：易水寒　版式设计：田禾']
here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, NAME + '.txt'); tru = os.path.join(here, NAME + '.truth.json')
open(src, 'w', encoding='utf-8').write(d.text())
write_truth(tru, NAME + '.txt', '岚桥报', '2027-04-27', '第17期　总第2046期', notes, not_articles, View(d, ORDER), arts)
sys.exit(0 if check(src, tru) else 1)
