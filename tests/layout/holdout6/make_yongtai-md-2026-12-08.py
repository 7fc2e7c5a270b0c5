"""Issue 2: 永泰时讯 (invented). Newsroom Markdown export: page labels as h1 (same level as some headlines),
headlines at random levels (# to ####), bold kicker lines, bold crossheads, images with a caption line,
an 编者按 as a bold-led paragraph, a 知与行 column title, bylines above, glued (bold), or at the end,
`-` and `1.` list items, a Markdown hard line break, HTML comments, thematic breaks."""
import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h6lib import Doc, write_truth, check
NAME = 'yongtai-md-2026-12-08'
A = []
A.append(dict(kind='news', headline='永泰区启动“一刻钟便民生活圈”提质行动',
  subheadlines=['让群众生活更便利', '——明年新建改造便民网点120个'], byline='本报讯（记者 沈星河）',
  captions=['图为金沙街道新开业的社区便民服务综合体。（记者 沈星河 摄）'], notes='', text=[
 '本报讯（记者 沈星河）12月5日，永泰区召开“一刻钟便民生活圈”提质行动推进会。记者从会上获悉，明年全区将新建和改造提升便民商业网点120个，重点补齐早餐、菜市场、家政、维修等基本保障类业态短板。',
 '目前，全区已建成便民生活圈38个，社区商业基本保障类业态覆盖率达到93%。但在一些新建小区和城乡接合部地区，仍存在买菜远、修鞋难、早餐点少等问题。',
 '根据行动方案，区商务局将对全区生活圈开展“体检”，逐个社区建立业态清单，对缺项的社区通过腾退空间、利用公建配套等方式精准补位。同时，鼓励连锁品牌企业进社区，对新开设的便民网点给予一次性建设补贴。',
 '“生活圈建得好不好，要由居民说了算。”区商务局相关负责人表示，明年将引入居民满意度评价，评价结果与补贴资金挂钩。']))
A.append(dict(kind='news', headline='西岭产业园首批12家企业入驻', subheadlines=[], byline='本报记者 郝明远', notes='', text=[
 '12月3日，位于西岭镇的永泰数字产业园迎来首批12家入驻企业，涉及工业软件、智能传感、检验检测等领域，预计年产值可达6亿元。',
 '产业园由原西岭建材厂旧厂房改造而成，总建筑面积4.6万平方米。改造中保留了厂房的钢结构和红砖外墙，并新建了共享会议中心、人才公寓和员工食堂。',
 '园区运营方介绍，目前已有30余家企业提交入驻意向，园区还将联合区内两所职业院校建设实训基地，为企业定向培养技术工人。']))
A.append(dict(kind='news', headline='全区完成冬季供暖设施安全检查', subheadlines=[], byline='本报讯（记者 乔一苇）', notes='', text=[
 '本报讯（记者 乔一苇）截至12月4日，全区178座供热站、2100余公里供热管网的冬季安全检查全部完成，共排查整改隐患46处。',
 '区城市管理委提醒，居民如遇室温不达标、暖气不热等问题，可拨打12345热线反映，供热单位接诉后须在24小时内上门处理。']))
A.append(dict(kind='photo', headline='冰面上的“守护者”', subheadlines=[], byline='通讯员 邝云 摄',
  captions=['12月6日，永泰河巡河队员在河道沿线检查冰面情况，设置警示标志，提醒市民远离未开放冰面。'], notes='', text=[
 '12月6日，永泰河巡河队员在河道沿线检查冰面情况，设置警示标志，提醒市民远离未开放冰面。']))
A.append(dict(kind='feature', headline='一间“共享厨房”的三年', subheadlines=['——金沙街道槐园社区邻里互助观察'],
  byline='文/本报记者 汤晓岚 图/本报记者 沈星河',
  editor_note=['编者按：三年前，槐园社区把一间闲置的活动室改成了“共享厨房”。谁也没想到，这间不足40平方米的厨房，慢慢成了邻里互助的枢纽。本期，我们走进这间厨房，看看社区里的“烟火气”是怎样聚起来的。'],
  crossheads=['从“没人来”到“排着队”', '厨房里的“互助账本”', '让好做法走得更远'],
  captions=['居民在“共享厨房”里一起包饺子。'], notes='', text=[
 '上午十点，槐园社区“共享厨房”里已经飘出饭菜香。72岁的独居老人任德兰系着围裙，正在和几位邻居一起揉面。“今天做糖饼，做好了给楼里几个腿脚不好的老姐妹送去。”',
 '“共享厨房”刚开张时，来的人并不多。社区党委书记卫红霞回忆，那时候大家觉得“在自己家做饭多方便，何必跑到社区来”。',
 '转机出现在第一个冬天。社区组织了一次“百家饺子宴”，请居民各自带馅料来包饺子，结果来了六十多人。从那以后，厨房的预约表就排得满满的。',
 '厨房墙上挂着一本“互助账本”，记录着每一次帮忙：谁给独居老人送了饭，谁教年轻人做了拿手菜，谁帮邻居照看了孩子。每一次帮忙都能换成积分，积分可以兑换厨房的使用时长或生活用品。',
 '三年来，账本已经记满了5本，记录互助1900余次。“账本记的不是积分，是邻里之间的情分。”居民志愿者邓志强说。',
 '今年，金沙街道在总结槐园社区经验的基础上，又在4个社区建起了“共享厨房”，并统一制定了食品安全和使用管理规范。街道表示，将继续探索“厨房+助餐”“厨房+课堂”等模式，让更多居民从中受益。']))
A.append(dict(kind='news', headline='区中医医院“治未病”门诊开诊', subheadlines=[], byline='记者 乔一苇 通讯员 洪珊', notes='', text=[
 '12月1日，区中医医院“治未病”门诊正式开诊，为市民提供中医体质辨识、健康评估和个性化调养方案等服务。',
 '门诊设在医院门诊楼三层，开设了体质辨识室、传统疗法室和膏方调配室。市民完成体质辨识后，医生会根据结果给出饮食、运动和起居方面的建议，必要时配合针灸、艾灸等传统疗法进行调理。',
 '医院相关负责人介绍，冬季是进补调养的好时节，门诊开诊首周已接待咨询400余人次。']))
A.append(dict(kind='list', headline='这些社区食堂冬季营业时间有调整', subheadlines=[], byline=None, notes='', text=[
 '进入冬季，全区部分社区食堂调整了营业时间。现将有关情况整理如下：',
 '金沙街道槐园社区食堂：早餐6:30—8:30，午餐11:00—13:00，晚餐停止供应；',
 '西岭镇中心食堂：午餐11:00—12:30，晚餐17:00—18:30；',
 '永泰河街道滨河社区食堂：每日11:00—13:30营业，周日休息；',
 '东关街道老年餐桌：午餐11:00—12:30，可提前一天电话预订送餐上门。',
 '以上调整自12月10日起执行，具体以各食堂公告为准。']))
A.append(dict(kind='opinion', headline='“一件事”背后是千万件事', subheadlines=['知与行'], byline='林一舟（作者系区委党校讲师）', notes='', text=[
 '“高效办成一件事”，看似是政务服务的一项具体改革，背后却是部门之间数据、流程、责任的系统重塑。',
 '群众眼中的“一件事”，在政府内部往往涉及好几个部门、十几个环节。过去，群众要自己在各个部门之间跑；现在，要让数据和部门替群众“跑”。这就要求各部门打破各自为政的习惯，从群众的视角重新梳理流程。',
 '改革成效如何，最终要看群众的体验。办事少跑了几趟、少交了几份材料、少等了多长时间，这些实实在在的变化，才是检验改革的标尺。']))
A.append(dict(kind='notice', headline='关于开展2027年度城乡居民基本医疗保险参保缴费工作的通知', subheadlines=[], byline=None, notes='', text=[
 '2027年度城乡居民基本医疗保险集中参保缴费工作即将开始，现将有关事项通知如下：',
 '1. 缴费时间：2026年12月15日至2027年2月28日。',
 '2. 参保对象：具有本市户籍且未参加职工基本医疗保险的城乡居民，以及在本市各类学校就读的学生和托育机构的儿童等。',
 '3. 缴费标准：老年人和劳动年龄内居民每人每年缴费580元，学生儿童每人每年缴费345元。',
 '4. 缴费方式：可通过各大银行手机应用、“北京医保”公众号或到户籍所在地社区（村）医保服务站办理。',
 '咨询电话：8962 5531。',
 '永泰区医疗保障局',
 '2026年12月7日']))
A.append(dict(kind='news', headline='区图书馆推出“寒假阅读护照”', subheadlines=[], byline='本报讯（记者 汤晓岚）', notes='', text=[
 '本报讯（记者 汤晓岚）即日起，中小学生可到区图书馆及各分馆免费领取“寒假阅读护照”。寒假期间，学生每读完一本书并参加一次阅读分享活动，就可以在护照上加盖一枚印章。',
 '集满10枚印章的学生，可在明年3月参加“阅读小达人”评选。']))

d = Doc(); L = d.add; B = d.blank
def paras(i, ps, part='body'):
    for p in ps:
        L(p, i, part); B()
L('# 永泰时讯'); B()
L('2026年12月8日　星期二　第49期（总第733期）'); B()
L('<!-- page 1 · 要闻 -->'); B()
L('# 第01版　要闻'); B()
a = A[0]
L('**让群众生活更便利**', 0, 'kicker'); B()
L('# ' + a['headline'], 0, 'headline'); B()
L('### ' + a['subheadlines'][1], 0, 'subtitle'); B()
paras(0, a['text'][:2])
L('![图](images/20261208/p1-02.jpg)', 0, 'image'); B()
L(a['captions'][0], 0, 'caption'); B()
paras(0, a['text'][2:])
L('* * *'); B()
a = A[1]
L('### ' + a['headline'], 1, 'headline'); B()
L('本报记者　郝明远', 1, 'byline'); B()
paras(1, a['text'])
a = A[2]
L('#### ' + a['headline'], 2, 'headline'); B()
t0 = a['text'][0].replace('本报讯（记者 乔一苇）', '**本报讯**（记者 乔一苇）')
L(t0, 2, 'body'); B(); paras(2, a['text'][1:])
a = A[3]
L('## ' + a['headline'], 3, 'headline'); B()
L('![](images/20261208/p1-05.jpg)', 3, 'image'); B()
L(a['text'][0] + '（通讯员　邝云　摄）', 3, 'caption'); B()
L('*责任编辑：庞立　校对：吴敏*'); B()
L('<!-- page 2 · 社区 -->'); B()
L('# 第02版　社区'); B()
a = A[4]
L('**' + a['editor_note'][0][:4] + '**' + a['editor_note'][0][4:], 4, 'editor note'); B()
L('## ' + a['headline'], 4, 'headline'); B()
L('#### ' + a['subheadlines'][0], 4, 'subtitle'); B()
L('文/本报记者 汤晓岚　图/本报记者 沈星河', 4, 'byline'); B()
t = a['text']
L('**从“没人来”到“排着队”**', 4, 'crosshead'); B()
paras(4, t[:3])
L('![居民在“共享厨房”里一起包饺子](images/20261208/p2-01.jpg)', 4, 'image')
L('*居民在“共享厨房”里一起包饺子。*', 4, 'caption'); B()
L('**厨房里的“互助账本”**', 4, 'crosshead'); B()
paras(4, t[3:5])
L('**让好做法走得更远**', 4, 'crosshead'); B()
paras(4, t[5:])
L('---'); B()
a = A[5]
L('### ' + a['headline'], 5, 'headline'); B()
L(a['text'][0], 5, 'body'); B()
p = a['text'][1]; k = p.index('必要时')
L(p[:k] + '  ', 5, 'body'); L(p[k:], 5, 'body'); B()   # Markdown hard line break (two trailing spaces)
L(a['text'][2], 5, 'body'); B()
L('（记者　乔一苇　通讯员　洪珊）', 5, 'byline'); B()
a = A[6]
L('## ' + a['headline'], 6, 'headline'); B()
L(a['text'][0], 6, 'body'); B()
for it in a['text'][1:5]: L('- ' + it, 6, 'item')
B()
L(a['text'][5], 6, 'body'); B()
L('*责任编辑：黎青　校对：吴敏*'); B()
L('<!-- page 3 · 观点·服务 -->'); B()
L('# 第03版　观点·服务'); B()
a = A[7]
L('### 知与行', 7, 'column title'); B()
L('## ' + a['headline'], 7, 'headline'); B()
paras(7, a['text'])
L('作者：林一舟（作者系区委党校讲师）', 7, 'byline'); B()
L('* * *'); B()
a = A[8]
L('#### ' + a['headline'], 8, 'headline'); B()
L(a['text'][0], 8, 'body'); B()
for it in a['text'][1:5]: L(it, 8, 'item')
B()
for it in a['text'][5:]: L(it, 8, 'body'); B()
a = A[9]
L('# ' + a['headline'], 9, 'headline'); B()
paras(9, a['text'])
L('*责任编辑：庞立　校对：吴敏*'); B()
L('本报地址：永泰区河西路36号　新闻热线：8962 0101')

NOT = ['永泰时讯', '2026年12月8日　星期二　第49期（总第733期）', '第01版　要闻', '第02版　社区', '第03版　观点·服务',
       '责任编辑：庞立　校对：吴敏', '责任编辑：黎青　校对：吴敏', '本报地址：永泰区河西路36号　新闻热线：8962 0101']
A[0]['notes'] = ('Lead: bold kicker line **让群众生活更便利** above an h1 headline (same level as the page label # 第01版 要闻 and the '
  'masthead # 永泰时讯), ### ——副题. Image ![图](…) + plain caption line with inline credit between paragraphs 2 and 3 (caption, not text).')
A[1]['notes'] = 'h3 headline right after a thematic break; byline line 本报记者　郝明远 (full-width space) below the headline.'
A[2]['notes'] = 'h4 headline; dateline in bold and glued: **本报讯**（记者 乔一苇）… (byline 本报讯（记者 乔一苇）, kept in paragraph 1).'
A[3]['notes'] = ('Photo news: h2 headline, bare image ![](…), then the caption as a plain paragraph ending with the credit '
  '（通讯员　邝云　摄）; caption (without credit) is the only paragraph; the credit is the byline.')
A[4]['notes'] = ('Feature on page 2. The 编者按 is a bold-led plain paragraph BEFORE the h2 headline (editor_note, not text); '
  'h4 ——副题; byline line 文/…图/…; three bold crossheads **…** on their own lines (the first one before paragraph 1), not paragraphs. '
  'An image whose alt text repeats the caption, followed on the NEXT line (no blank) by the italic caption.')
A[5]['notes'] = ('Paragraph 2 contains a Markdown hard line break (two trailing spaces + newline) mid-sentence: one paragraph, not two. '
  'End byline （记者　乔一苇　通讯员　洪珊） on its own line (byline, not text).')
A[6]['notes'] = ('List: intro paragraph, four `- ` items (one paragraph each, no blank lines between them), closing paragraph: 6 paragraphs. '
  'No byline. Times use 6:30—8:30 with an em dash.')
A[7]['notes'] = ('Opinion: column title `### 知与行` ABOVE the h2 headline (subheadline, not a headline of its own). End line '
  '作者：林一舟（作者系区委党校讲师） is the byline (given without 作者：).')
A[8]['notes'] = ('Notice: h4 headline; intro; four numbered items `1.`…`4.` on consecutive lines (Markdown ordered list; the numbers are '
  'kept in the text); contact line; issuer and date lines as the last two paragraphs (8 paragraphs).')
A[9]['notes'] = 'h1 headline (a page label is also h1); 本报讯 dateline; the page-3 footer follows.'
open(NAME + '.md', 'w', encoding='utf-8').write(d.text())
write_truth(NAME + '.truth.json', NAME + '.md', '永泰时讯', '2026-12-08', '第49期（总第733期）',
  'INVENTED issue (holdout6). Newsroom Markdown export: one line per paragraph, blank lines between blocks, page labels as h1, '
  'headline levels vary (# to ####), HTML comments mark pages. Markup (#, **, *, -, images) is not part of any string in the truth. '
  'Conventions as /work/shared/fixtures/truth.', NOT, d, A)
sys.exit(0 if check(NAME + '.md', NAME + '.truth.json') else 1)
