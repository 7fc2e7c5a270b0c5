#!/usr/bin/env python3
"""雁河报 2027-05-25: plain reading-order extraction of a 3-column weekly (kind a) by an extractor that maps the
font's full-width ，：；（）？！ to ASCII (as the real 新东城报 extraction does), with DROP CAPS (首字下沉) that come out
as a one-character line before their paragraph, and a page-4 of community notices (停水通知, 招募, 讲座, 失物招领,
更正). Truth first (printed punctuation), then layout."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h12lib import Doc, write_truth, check, flow, wrap
NAME = 'yanhe-2027-05-25'
W = 16
HW = str.maketrans({'，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '？': '?', '！': '!'})
def hw(x):
    if isinstance(x, str): return x.translate(HW)
    if isinstance(x, list): return [hw(y) for y in x]
    if isinstance(x, dict): return {k: hw(v) for k, v in x.items()}
    return x
A = {}
A['lead'] = dict(kind='news', headline='雁河区“无证明城市”建设全面铺开', subheadlines=['——首批取消证明事项137项，年均可为群众减少跑腿4万余次'],
  byline='本报讯（记者 闵秋）',
  text=['本报讯（记者 闵秋）5月20日，雁河区召开“无证明城市”建设推进会，公布首批取消的证明事项清单。清单涉及户籍、社保、民政、不动产等领域137项证明，今后群众办事不再需要提交这些证明材料。',
   '“过去办理低保，要先到社区开收入证明，再到派出所开户籍证明，来回要跑好几趟。”区政务服务管理局负责人介绍，取消证明后，窗口工作人员通过数据共享平台直接核验相关信息，群众只需带身份证就能办理。',
   '据测算，首批证明事项取消后，全区每年可为群众和企业减少跑腿4万余次。对暂时无法通过数据共享核验的事项，区里推行告知承诺制，申请人书面承诺符合条件即可先行办理，事后再进行核查。',
   '推进会要求，各部门要在6月底前完成系统对接和窗口人员培训，确保清单事项“应减尽减、能免则免”。年内，全区还将梳理公布第二批取消证明事项清单。'])
A['wetland'] = dict(kind='news', headline='雁河湿地迎来今年首批繁殖季候鸟', subheadlines=[], byline='本报讯（记者 邝野 通讯员 冉青）',
  text=['本报讯（记者 邝野 通讯员 冉青）近日，雁河湿地保护区监测人员在芦苇丛中发现了正在筑巢的东方白鹳、黑翅长脚鹬等鸟类，今年首批繁殖季候鸟已经“安家”。',
   '雁河湿地面积2.3万亩，是候鸟南北迁徙的重要停歇地。去年以来，保护区实施退塘还湿1800亩，恢复浅滩和芦苇荡，并在核心区设置了12处人工巢台。',
   '保护区管理站站长郜春林介绍，目前监测到的鸟类已达216种，比五年前增加了31种。繁殖季期间，核心区暂停对外开放，请市民不要进入惊扰鸟类。'])
capP = '5月22日,雁北镇万亩麦田里,收割机正在抢收小麦。'
A['photo'] = dict(kind='photo', headline='开镰', subheadlines=['图片新闻'], byline='记者 邝野 摄', captions=[capP], text=[capP])
A['bus'] = dict(kind='news', headline='3条定制公交线路开通', subheadlines=[], byline='(记者 闵秋)',
  text=['5月23日起,雁河公交开通3条通勤定制公交线路,连接城南居住区与雁河经开区、高铁站等地,早晚高峰各发车4班,市民可通过“雁河出行”小程序预约座位。'])
A['school'] = dict(kind='news', headline='新建改扩建学校9所 新增学位5400个', subheadlines=['雁河区今年将缓解城区“入学难”'], byline='本报讯（记者 蔺舒）',
  text=['本报讯（记者 蔺舒）记者从区教育局获悉，今年雁河区将新建、改扩建中小学和幼儿园9所，新增学位5400个，其中城南片区新增学位3200个，重点缓解城区学校大班额和入学难问题。',
   '在建的城南第二实验学校是一所九年一贯制学校，设计规模72个班，目前主体结构已经封顶，预计今年9月投入使用。学校建有400米标准运动场、室内体育馆和科技实验室。',
   '区教育局负责人表示，新学校投用后，将通过集团化办学的方式，由区内优质学校派出管理团队和骨干教师，让新学校“开门就是好学校”。'])
A['market'] = dict(kind='news', headline='雁南农贸市场完成提升改造', subheadlines=[], byline='本报讯（通讯员 庞洁）',
  text=['本报讯（通讯员 庞洁）5月18日,经过三个月的提升改造,雁南农贸市场重新开业。改造后的市场划分了果蔬、肉禽、水产、熟食等区域,地面、排水和通风系统全部更新,还设置了农残快检室和公平秤。',
   '“以前一下雨地上全是水,现在干干净净的,买菜也舒心。”附近居民芮大姐说。市场还上线了“电子价签”,商品价格每天更新,方便市民比价。'])
A['fund'] = dict(kind='news', headline='区里设立1亿元科技创新基金', subheadlines=[], byline='本报讯（记者 蔺舒）',
  text=['本报讯（记者 蔺舒）为支持科技型中小企业发展，雁河区近日设立规模1亿元的科技创新引导基金，重点投向新材料、生物医药、智能装备等领域的初创期和成长期企业。',
   '基金采取“政府引导、市场运作”的方式，由区国有投资公司出资3000万元，吸引社会资本共同参与。单个项目投资额一般不超过1000万元。',
   '符合条件的企业可向区科技局提交申请，咨询电话：0562-3381207。'])
A['feature'] = dict(kind='feature', headline='“麦客”老秦的第三十个夏天', subheadlines=[], byline='文/本报记者 邝野',
  crossheads=['从镰刀到收割机', '“只要身体吃得消，就一直干下去”'],
  text=['每年五月底，55岁的秦满仓都要把他的联合收割机开出家门，从雁北镇出发，一路向北，追着麦子成熟的脚步收麦。这是他当“麦客”的第三十个年头。',
   '1997年，秦满仓第一次跟着村里人出门割麦，用的还是镰刀。“一天下来，腰都直不起来，一个人割两亩地就不错了。”',
   '2004年，他贷款买了第一台小型收割机。后来收割机越换越大，现在这台大型联合收割机一天能收200多亩麦子，还装上了北斗导航和测产系统。',
   '秦满仓算过，三十年里，他跑过7个省，收过的麦子加起来有十几万亩。',
   '每年从五月底到七月中旬，秦满仓和儿子两人一车，吃住基本都在路上。渴了喝凉水，困了就在驾驶室里眯一会儿。',
   '“现在条件好多了，手机上就能接活，哪里的麦子熟了、哪里需要收割机，平台上一清二楚。”秦满仓说，只要身体吃得消，他就一直干下去。'])
A['essay'] = dict(kind='feature', headline='槐花饭', subheadlines=['雁河副刊'], byline='□ 窦蓉',
  text=['五月的雁河，槐花开得正盛。走在河堤上，一阵风吹过，满鼻子都是甜丝丝的香味。',
   '小时候，每到槐花开，奶奶就挎着竹篮，带我到河堤上捋槐花。她用一根绑着铁钩的长竹竿，把开得最密的枝条钩下来，我在底下一把一把地往篮子里捋。',
   '捋回来的槐花洗净晾干，拌上面粉，上锅一蒸，浇上蒜汁，就是一碗香喷喷的槐花饭。那是我记忆里最好吃的春天。',
   '如今奶奶已经不在了，河堤上的老槐树还在。每年槐花开的时候，我都会去捋一些回来，照着奶奶的样子蒸一锅槐花饭。'])
A['n1'] = dict(kind='notice', headline='停水通知', subheadlines=[], byline=None,
  text=['因城南供水管网改造施工，定于5月28日8:00至20:00对以下区域暂停供水：',
   '雁南路以南、迎宾大道以东、南环路以北、学府路以西区域。',
   '请上述区域用户提前做好储水准备。如遇特殊情况，恢复供水时间将顺延。由此带来的不便，敬请谅解。',
   '服务热线：0562-96633',
   '雁河水务集团有限公司',
   '2027年5月24日'])
A['n2'] = dict(kind='notice', headline='“雁河志愿者”夏季招募启事', subheadlines=[], byline=None,
  text=['为做好暑期“一老一小”关爱服务，区志愿服务联合会现面向社会招募夏季志愿者200名。',
   '招募对象：年满18周岁、身体健康、热心公益的市民，在校大学生优先。',
   '服务内容：社区托管班课业辅导、独居老人探访、文明交通劝导等。',
   '报名方式：关注“雁河志愿”微信公众号在线报名，报名截止时间为6月10日。',
   '雁河区志愿服务联合会',
   '2027年5月22日'])
A['n3'] = dict(kind='notice', headline='健康讲座预告', subheadlines=[], byline=None,
  text=['主题：夏季常见病预防与中医调理',
   '时间：5月31日（星期一）14:30',
   '地点：区老年大学二楼报告厅',
   '主讲：区中医院主任医师 欧阳兰',
   '讲座免费，欢迎市民参加。'])
A['n4'] = dict(kind='notice', headline='失物招领', subheadlines=[], byline=None,
  text=['5月19日下午，环卫工人在雁河公园西门附近拾到黑色双肩包一个，内有笔记本电脑一台及证件若干。请失主携带有效证件到雁河公园管理处认领。',
   '联系电话：0562-3350016'])
A['n5'] = dict(kind='notice', headline='更正', subheadlines=[], byline=None,
  text=['本报5月18日第2版《雁北镇举办首届麦收文化节》一文中，“参加活动的群众达3000余人”应为“参加活动的群众达5000余人”。特此更正。',
   '本报编辑部'])
capE = '雁东街道柳荫小区新建的电动自行车充电棚投入使用。'
A['ebike'] = dict(kind='news', headline='整治“飞线充电” 新建充电端口1.2万个', subheadlines=['电动自行车安全隐患整治'], byline='本报讯（记者 闵秋 通讯员 冉青）',
  captions=[hw(capE)],
  text=['本报讯（记者 闵秋 通讯员 冉青）“楼下建了充电棚，再也不用把电瓶拎上楼了。”5月21日，雁东街道柳荫小区居民邢师傅把电动自行车推进新建的充电棚，扫码就开始充电。',
   '今年以来，雁河区把电动自行车“飞线充电”整治列入民生实事，在老旧小区、城中村新建集中充电棚320处、充电端口1.2万个，收费标准为每小时0.3元左右，比在家充电还便宜。',
   '与此同时，消防、住建、街道等部门联合开展入户排查，清理楼道内违规停放的电动自行车2300余辆，拆除“飞线”1600余处。对屡劝不改的，依法予以处罚。',
   '区消防救援大队提醒，电动自行车电池起火蔓延速度快，切勿在室内、楼道和安全出口处停放充电。'])
ORDER = ['lead', 'wetland', 'photo', 'bus', 'school', 'ebike', 'market', 'fund', 'feature', 'essay', 'n1', 'n2', 'n3', 'n4', 'n5']
for k in ORDER: A[k] = hw(A[k])
IX = {k: i for i, k in enumerate(ORDER)}
d = Doc()
def stack(k, lines):
    for l in lines:
        if l == '': d.blank()
        else: d.add(l, IX[k], 'head')
    d.blank()
def body(k, ps, **kw):
    flow(d, IX[k], ps, W, **kw)
def dropcap(k, para, blank_after=False, part='body'):
    """First character printed as a drop cap: extracted on a line of its own before the paragraph."""
    d.add(para[0], IX[k], part)
    if blank_after: d.blank()
    for l in wrap(para[1:], W): d.add(l, IX[k], part)

# ---- page 1
for l in ['雁河报', 'YANHE WEEKLY', '2027年5月25日 星期二', '农历丁未年四月二十', '第21期 总第1544期',
          '今日4版', '中共雁河区委机关报 雁河区融媒体中心主办', '国内统一连续出版物号 CN34-0091']:
    d.add(l)
d.blank()
d.add('第1版 要闻'); d.blank()
a = A['lead']
stack('lead', [a['headline'], '', a['subheadlines'][0]])
body('lead', a['text'], breaks={(1, 2)})
d.blank()
a = A['wetland']
stack('wetland', [a['headline']])
body('wetland', a['text'], breaks={(1, 4)})
d.blank()
a = A['photo']
stack('photo', ['图片新闻', a['headline'], '', ''])
for l in wrap(capP, 34): d.add(l, IX['photo'], 'caption')
d.add(a['byline'], IX['photo'], 'byline'); d.blank()
a = A['bus']
stack('bus', [a['headline']])
for l in wrap(a['text'][0] + a['byline'], W): d.add(l, IX['bus'], 'body')
d.blank(); d.add('本版编辑 包晴 校对 虞梦'); d.blank()
# ---- page 2
d.lines.append('\f')
d.add('第2版 综合'); d.add('2027年5月25日 星期二 雁河报'); d.blank()
a = A['school']
stack('school', [a['subheadlines'][0], '', a['headline']])
body('school', a['text'], breaks={(1, 3)})
d.blank()
a = A['ebike']
stack('ebike', [a['subheadlines'][0], a['headline']])
body('ebike', a['text'][:2], breaks={(1, 4)})
d.blank(); d.add(hw(capE) + ' 记者 闵秋 摄', IX['ebike'], 'caption'); d.blank()
body('ebike', a['text'][2:])
d.blank()
a = A['market']
stack('market', [a['headline']])
body('market', a['text'])
d.blank()
a = A['fund']
stack('fund', [a['headline']])
body('fund', a['text'], noblank={2})
d.blank(); d.add('本版编辑 杭远 校对 虞梦'); d.blank()
# ---- page 3
d.lines.append('\f')
d.add('第3版 人物·副刊'); d.add('2027年5月25日 星期二 雁河报'); d.blank()
a = A['feature']
stack('feature', [a['headline']])
d.add(a['byline'], IX['feature'], 'byline'); d.blank()
T = a['text']
dropcap('feature', T[0])
d.blank(); d.add(a['crossheads'][0], IX['feature'], 'crosshead'); d.blank()
body('feature', T[1:4], breaks={(1, 2)})
d.blank(); d.add(a['crossheads'][1], IX['feature'], 'crosshead'); d.blank()
body('feature', T[4:])
d.blank()
a = A['essay']
stack('essay', ['雁河副刊', '', a['headline'], a['byline']])
T = a['text']
dropcap('essay', T[0], blank_after=True)
d.blank()
body('essay', T[1:], breaks={(0, 2)})
d.blank(); d.add('本版编辑 包晴 校对 俞白'); d.blank()
# ---- page 4: community notices
d.lines.append('\f')
d.add('第4版 便民信息'); d.add('2027年5月25日 星期二 雁河报'); d.blank()
for k in ['n1', 'n2', 'n3', 'n4', 'n5']:
    a = A[k]
    stack(k, [a['headline']])
    T = a['text']
    nb = set()
    if k in ('n1', 'n2'): nb = {len(T) - 2, len(T) - 1}      # issuer and date lines directly under the last paragraph
    if k == 'n3': nb = set(range(1, len(T)))
    flow(d, IX[k], T, W, noblank=nb)
    d.blank()
d.add('本版编辑 杭远')
d.add('雁河报社地址:雁河区迎宾大道126号 邮编:236800 广告热线:0562-3380000 印刷:雁河日报印务中心')

N = {
 'lead': 'Headline, blank, ——subtitle (a 副题 in subheadlines). Extractor punctuation: ，：；（）？！ come out half-width (the truth keeps the printed forms). ¶2 has a mid-sentence column-break blank.',
 'wetland': '¶2 has a mid-sentence column-break blank near its end that leaves a short fragment.',
 'photo': 'Photo news: label 图片新闻 (subheadline) above a two-character headline `开镰`, two blank lines (image), caption at 34 em, credit line `记者 邝野 摄` on its own line directly below (byline).',
 'bus': 'One-paragraph item with the end byline `(记者 闵秋)` glued; then the page-1 editor line (furniture) and a form feed.',
 'school': 'Page 2: form feed on its own line, page label and running head. Kicker ABOVE the headline with a blank between (the kicker is the longer line, the main headline is below). ¶2 has a column-break blank.',
 'ebike': 'Kicker directly above the headline with NO blank (this paper otherwise puts a blank between stack lines). ¶2 has a column-break blank; caption with the credit ` 记者 闵秋 摄` glued after a space between ¶2 and ¶3 (caption = text before the credit).',
 'market': 'Plain news.',
 'fund': '¶3 (a one-line contact sentence) starts with no blank line before it; it is a paragraph.',
 'feature': 'Page 3 feature: headline, byline line `文/本报记者 邝野`, DROP CAP: the first character of ¶1 (`每`) is extracted on its own line directly above the rest of the paragraph - join it. Two crossheads (not paragraphs); ¶3 has a column-break blank; ¶4 is a real one-sentence paragraph.',
 'essay': '副刊 essay: tag `雁河副刊`, blank, headline, author `□ 窦蓉` directly below. DROP CAP `五` on its own line followed by a BLANK line, then the rest of ¶1 - the one-character line is not a paragraph. ¶2 has a column-break blank.',
 'n1': 'Page 4 (便民信息, label is furniture). Notice: headline `停水通知`, intro, area, closing, hotline (blank lines between), then issuer and date lines directly below with no blank. 6 paragraphs (issuer and date are paragraphs).',
 'n2': 'Notice (招募启事): intro and three `X:` items between blank lines, issuer and date directly below the last item: 6 paragraphs.',
 'n3': 'Notice (讲座预告): four `X:` lines (主题/时间/地点/主讲) and a closing line, no blanks between: 5 paragraphs, no issuer.',
 'n4': 'Notice (失物招领): body + phone line (2 paragraphs).',
 'n5': 'Correction (更正): body + signature line `本报编辑部` as the last paragraph; followed by the editor line and the imprint (furniture).'}
arts = []
for k in ORDER:
    A[k]['notes'] = N[k]; arts.append(A[k])
here = os.path.dirname(os.path.abspath(__file__))
src = NAME + '.txt'
open(os.path.join(here, src), 'w', encoding='utf-8').write(d.text())
write_truth(os.path.join(here, NAME + '.truth.json'), src, '雁河报', '2027-05-25', '总第1544期',
  'Invented issue. Plain reading-order extraction of a 3-column weekly, wrap 16 em (ASCII half an em). Extractor quirks: '
  'the font\'s full-width ，：；（）？！ come out as ASCII , : ; ( ) ? ! (。、“”《》 stay full-width), as in the real 新东城报 '
  'extraction; drop caps (首字下沉) come out as a one-character line. Pages 2-4 start with a form feed on its own line, '
  'a page label and a running head; pages end with an editor line. Page 4 is a page of community notices.',
  ['雁河报', 'YANHE WEEKLY', '2027年5月25日 星期二', '农历丁未年四月二十', '第21期 总第1544期', '今日4版',
   '中共雁河区委机关报 雁河区融媒体中心主办', '国内统一连续出版物号 CN34-0091', '第1版 要闻', '第2版 综合',
   '第3版 人物·副刊', '第4版 便民信息', '2027年5月25日 星期二 雁河报', '本版编辑 包晴 校对 虞梦', '本版编辑 杭远 校对 虞梦',
   '本版编辑 包晴 校对 俞白', '本版编辑 杭远', '雁河报社地址:雁河区迎宾大道126号 邮编:236800 广告热线:0562-3380000 印刷:雁河日报印务中心'],
  d, arts)
ok = check(os.path.join(here, src), os.path.join(here, NAME + '.truth.json'))
sys.exit(0 if ok else 1)
