"""Issue 1: 凤河报 (invented). Raw `pdftotext` (non -layout) extraction of a 4-column broadsheet:
narrow columns (wrap 14-18), blank lines at column breaks in mid-sentence, page-1 headline stack printed
before the bodies in a different order, a lead continued on page 3 with its headline repeated, captions
and credits inside paragraphs, a 本期导读 box, form-feed page headers and footers."""
import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h6lib import Doc, wrap, write_truth, check
NAME = 'fenghe-2026-12-01'
A = []
# 0 lead, continued p1 -> p3
A.append(dict(kind='news', headline='凤河区老旧小区综合整治今年完工42个',
  subheadlines=['推动城市更新提质增效', '惠及居民1.8万户 明年计划启动30个'],
  byline='本报讯（记者 贺兰 通讯员 曹静）', continued=True, notes='', text=[
 '本报讯（记者 贺兰 通讯员 曹静）记者从区住房城乡建设委获悉，今年全区列入计划的42个老旧小区综合整治项目已全部完工，涉及楼栋316栋、居民1.8万户。明年，区里计划再启动30个小区的改造。',
 '今年的改造项目中，既有建于上世纪八十年代的多层住宅，也有部分单位自管大院。改造内容分为基础类、完善类和提升类，重点解决外墙保温、上下水管线老化、楼道照明不足等问题，其中加装电梯87部，是去年的两倍多。',
 '“以前一到冬天屋里就返潮，墙角长霉，现在外墙做了保温，暖气也换了新管子，屋里能到22摄氏度。”家住桃园西里的退休教师顾玉珍说。',
 '为减少施工对居民生活的影响，今年各项目普遍推行“一楼一策”，施工前由社区组织议事会征求意见，施工中设立居民监督员，完工后由居民代表参与验收。据统计，全年共召开各类议事会460余场，收集意见建议2100余条。',
 '区住房城乡建设委相关负责人介绍，明年将把改造与社区养老、托育、便民商业等服务设施建设结合起来，同步推进小区停车和充电设施改造，让老旧小区“改一个、成一个、好一个”。']))
# 1 news with caption inside paragraph
A.append(dict(kind='news', headline='区政务服务中心启用“无差别综合窗口”', subheadlines=[],
  byline='本报讯（记者 林默）', captions=['▲工作人员在综合窗口为企业办理业务。 记者 林默 摄'], notes='', text=[
 '本报讯（记者 林默）11月28日起，区政务服务中心一层大厅的26个专业窗口整合为18个“无差别综合窗口”，企业和群众办理事项不再需要分类取号，任一窗口都可受理。',
 '据介绍，综合窗口首批可办理市场准入、社会保障、不动产登记等领域的事项共计1260项。为此，中心对窗口人员开展了为期两个月的轮岗培训，并配套上线了智能导办系统，办事人员可通过屏幕提示完成材料核验。',
 '启用首日，综合窗口共受理业务830余件，平均等候时间由原来的25分钟缩短到9分钟。']))
# 2 short news (body printed after #1's, headline printed before #1's in the stack)
A.append(dict(kind='news', headline='凤河湿地公园冬季开放时间调整', subheadlines=[],
  byline='本报讯（记者 乔木）', notes='', text=[
 '本报讯（记者 乔木）即日起至明年3月15日，凤河湿地公园实行冬季开放时间，每天7时至17时30分开放，17时停止入园。',
 '公园管理处提示，冬季湖面虽已结冰，但冰层厚度不均，游客切勿上冰行走、滑冰或垂钓。']))
# 3 photo news
A.append(dict(kind='photo', headline='初雪里的早班', subheadlines=['图片新闻'], byline='本报记者 秦川 摄',
  captions=['11月27日清晨，凤河区迎来今冬首场降雪，环卫工人凌晨4点上岗，对主要道路、人行天桥和公交站台进行除雪铲冰，保障市民早高峰出行。'],
  notes='', text=['11月27日清晨，凤河区迎来今冬首场降雪，环卫工人凌晨4点上岗，对主要道路、人行天桥和公交站台进行除雪铲冰，保障市民早高峰出行。']))
# 4 page 2
A.append(dict(kind='news', headline='全区新增12处“暖心驿站”', subheadlines=['——户外劳动者可歇脚、热饭、充电'],
  byline='本报讯（记者 乔木）', notes='', text=[
 '本报讯（记者 乔木）快递员、外卖骑手、环卫工人在户外工作累了，可以就近找个地方歇歇脚了。近日，全区新增的12处“暖心驿站”陆续投入使用，驿站全部设在社区服务站、银行网点和加油站内。',
 '记者在位于枣林路的一处驿站看到，二十多平方米的房间里摆放着沙发、饮水机、微波炉和手机充电柜，墙上的药箱里备有创可贴、感冒药和防冻膏。',
 '区总工会相关负责人介绍，目前全区“暖心驿站”已达到57处，基本实现“步行10分钟可达”。驿站地址可通过“凤河工会”微信公众号查询。']))
A.append(dict(kind='news', headline='东高地街道试点“楼门长+网格员”联动', subheadlines=[],
  byline='本报讯（通讯员 霍晓 记者 贺兰）', notes='', text=[
 '本报讯（通讯员 霍晓 记者 贺兰）楼道里堆放杂物、单元门禁损坏、独居老人几天没出门……这些身边的小事，如今在东高地街道能够更快地被发现和解决。',
 '今年9月起，街道在6个社区试点“楼门长+网格员”联动机制，从居民中推选出的213名楼门长负责日常巡查和信息收集，发现问题后第一时间报告网格员，网格员接单后在规定时限内处置或上报。',
 '试点以来，共发现并解决各类问题680余件，其中涉及独居老人的求助41件。街道计划明年在全部14个社区推广这一做法。']))
A.append(dict(kind='news', headline='区妇幼保健院开设夜间儿科门诊', subheadlines=[],
  byline='本报讯（记者 林默 通讯员 向雯）', notes='', text=[
 '本报讯（记者 林默 通讯员 向雯）进入冬季，儿童呼吸道疾病进入高发期。为缓解家长“夜间看病难”，区妇幼保健院自12月1日起开设夜间儿科门诊，接诊时间为每天17时至22时。',
 '夜间门诊由儿科主治医师以上职称的医生出诊，同步开放检验、药房和雾化室。医院提醒，患儿病情较轻时可优先选择社区卫生服务中心就诊，出现高热不退、呼吸急促等情况应及时到医院就医。']))
# 7 feature p3
A.append(dict(kind='feature', headline='槐树街上的“慢”手艺', subheadlines=['——探访凤河区非遗工坊街区'],
  byline='本报记者 秦川 文/图', crossheads=['老手艺有了新门面', '年轻人来了'],
  captions=['▲手艺人在工坊内制作绢人。'], notes='', text=[
 '走进槐树街，青砖灰瓦的院落一家挨着一家。绢人、风筝、面塑、毛猴……12家非遗工坊沿街排开，门口的木牌上写着手艺的名字和传承人的简介。',
 '槐树街非遗工坊街区是去年由区文化和旅游局牵头打造的。当时，街上有不少闲置的临街房，区里与产权单位协商，以低租金提供给非遗传承人使用，并统一设计了门头和导视系统。',
 '“过去在家里做，东西做出来只能托人往外卖。现在有了门面，游客进门就能看、能学、能买。”绢人传承人钱淑敏说，她的工坊每周开两次体验课，报名的多是带孩子的家长。',
 '让街区没想到的是，来得最多的是年轻人。不少大学生周末结伴来上体验课，有的还把制作过程拍成短视频发到网上，带火了街区。',
 '今年以来，街区共接待游客9.6万人次，举办体验活动380余场，工坊手工艺品销售额比去年增长近三成。区文化和旅游局表示，明年将在街区增设非遗展示厅，并与周边学校合作开设非遗课堂。']))
# 8 opinion p4
A.append(dict(kind='opinion', headline='让“口袋公园”多些烟火气', subheadlines=['凤河观察'], byline='方舟', notes='', text=[
 '这两年，城市里的“口袋公园”越建越多。一块边角地，种上几棵树，摆上几把长椅，就成了居民家门口的好去处。',
 '不过，也有一些口袋公园建成后少有人去：座椅没有遮阴，夏天晒、冬天冷；健身器材摆放得太密，老人孩子都不方便；夜里照明不足，居民不敢来。说到底，是建设时没有充分听取周边居民的意见。',
 '口袋公园虽小，却是最贴近百姓的公共空间。建之前多问问居民需要什么，建好后多看看居民怎么用，及时补短板、调细节，才能让这些“小绿地”真正聚起人气、留住烟火气。']))
# 9 list p4
A.append(dict(kind='list', headline='冬季用电安全“五不要”', subheadlines=[], byline='本报记者 贺兰 整理', notes='', text=[
 '冬季取暖用电负荷增加，电气火灾风险随之上升。区消防救援支队提示广大居民：',
 '一、不要私拉乱接电线，不要在电动自行车楼道内充电；',
 '二、不要将电暖器靠近床铺、窗帘等可燃物使用；',
 '三、不要将多个大功率电器接在同一个插线板上；',
 '四、不要让电热毯长时间通电或折叠使用；',
 '五、不要在离家或睡觉前让取暖设备无人看管运行。']))

d = Doc(); L = d.add; B = d.blank
def body(aid, paras, width, breaks=(), noblank=(), inserts=None, start_idx=0, prefix=None, end=None):
    """Emit paragraphs wrapped at `width`. `breaks`: global wrapped-line indices after which a column
    break (blank line) falls; `noblank`: paragraph indices NOT preceded by a blank line; `inserts`:
    {line index: [(text, part)]} inserted after that wrapped line (captions inside paragraphs)."""
    inserts = inserts or {}
    n = start_idx
    for pi, p in enumerate(paras):
        if pi > 0 and pi not in noblank: B()
        ls = wrap((prefix if (pi == 0 and prefix) else '') + p, width)
        for li, ln in enumerate(ls):
            L(ln, aid, 'body')
            if n in breaks and li < len(ls) - 1: B()
            for t, part in inserts.get(n, []):
                L(t, aid, part)
            n += 1
    if end: L(end)
    return n

# ---------------- page 1 ----------------
for ln in ['凤河报', 'FENGHE DAILY', '2026年12月1日 星期二', '第47期（总第1598期）', '今日4版',
           '中共北京市凤河区委主管主办', '国内统一连续出版物号 CN11-0398']:
    L(ln)
B()
L('本期导读'); L('■ 全区新增12处“暖心驿站” 2版'); L('■ 槐树街上的“慢”手艺 3版'); L('■ 让“口袋公园”多些烟火气 4版')
B()
a = A[0]
L(a['subheadlines'][0], 0, 'kicker'); B(); L(a['headline'], 0, 'headline'); B(); L(a['subheadlines'][1], 0, 'subtitle'); B()
L(A[2]['headline'], 2, 'headline'); B()
L(A[1]['headline'], 1, 'headline'); B()
# lead body part 1: paragraphs 1-2 and the first half of paragraph 3 are on page 1? No: 1-3 full + start of 4
p4 = A[0]['text'][3]
cut = p4.index('完工后由') + 2   # break mid-sentence: …完工|后由居民代表…
part1 = A[0]['text'][:3] + [p4[:cut]]
body(0, part1, 15, breaks={9, 28})
L('（下转第3版）')
B()
body(1, A[1]['text'], 16, breaks={14}, inserts={6: [('▲工作人员在综合窗口为企业办理业务。', 'caption'), ('记者 林默 摄', 'credit')]})
B()
body(2, A[2]['text'], 16)
B()
L('图片新闻', 3, 'label'); L(A[3]['headline'], 3, 'headline'); B(); B()
for ln in wrap(A[3]['text'][0], 30): L(ln, 3, 'caption')
L('本报记者 秦川 摄', 3, 'credit')
B()
L('本版编辑 周宁 美术编辑 许可')
L('\f2026年12月1日 星期二')
L('2')
L('民生')
B()
# ---------------- page 2 ----------------
a = A[4]
L(a['headline'], 4, 'headline'); L(a['subheadlines'][0], 4, 'subtitle'); B()
body(4, a['text'], 17, breaks={11})
B()
L(A[5]['headline'], 5, 'headline'); B()
body(5, A[5]['text'], 17, breaks={5}, noblank={2})
B()
L(A[6]['headline'], 6, 'headline'); B()
body(6, A[6]['text'], 17, breaks={8})
B()
L('本版编辑 孔令仪')
L('\f民生')
L('3')
L('2026年12月1日 星期二')
B()
# ---------------- page 3 ----------------
L(A[0]['headline'], 0, 'repeated headline'); B()
rest = [p4[cut:]] + A[0]['text'][4:]
body(0, rest, 15, breaks={6}, prefix='（上接第1版）')
B()
a = A[7]
L(a['headline'], 7, 'headline'); B(); L(a['subheadlines'][0], 7, 'subtitle'); B(); L('本报记者 秦川 文/图', 7, 'byline'); B()
t = a['text']
n = body(7, t[:2], 18, breaks={7})
B(); L('老手艺有了新门面', 7, 'crosshead'); B()
# paragraph 3 with caption inside, mid-sentence
n = body(7, [t[2]], 18, inserts={n + 2: [('▲手艺人在工坊内制作绢人。', 'caption')]}, start_idx=n)
B(); L('年轻人来了', 7, 'crosshead'); B()
body(7, t[3:], 18, breaks={n + 3}, start_idx=n)
B()
L('本版编辑 周宁')
L('\f2026年12月1日 星期二')
L('4')
L('评论·服务')
B()
# ---------------- page 4 ----------------
a = A[8]
L('凤河观察', 8, 'column tag'); L(a['headline'], 8, 'headline'); L('□ 方 舟', 8, 'byline'); B()
body(8, a['text'], 16, breaks={9})
B()
a = A[9]
L(a['headline'], 9, 'headline'); B()
body(9, a['text'], 16, noblank={2, 3, 4, 5}, breaks={5})
L('（本报记者 贺兰 整理）', 9, 'byline')
B()
for ln in ['本报地址：凤河区枣林路18号 邮编：100179', '新闻热线：6937 2201 广告热线：6937 2288',
           '印刷：北京凤印印务有限公司', '本版编辑 孔令仪']:
    L(ln)

NOT = ['凤河报', 'FENGHE DAILY', '2026年12月1日 星期二', '第47期（总第1598期）', '今日4版', '中共北京市凤河区委主管主办',
       '国内统一连续出版物号 CN11-0398', '本期导读', '■ 全区新增12处“暖心驿站” 2版', '■ 槐树街上的“慢”手艺 3版',
       '■ 让“口袋公园”多些烟火气 4版', '（下转第3版）', '（上接第1版）', '本版编辑 周宁 美术编辑 许可', '民生', '评论·服务',
       '本版编辑 孔令仪', '本版编辑 周宁', '本报地址：凤河区枣林路18号 邮编：100179', '新闻热线：6937 2201 广告热线：6937 2288',
       '印刷：北京凤印印务有限公司']
A[0]['notes'] = ('Lead. 引题 / 主题 / 副题 each on a line between blanks, directly followed by the headlines of TWO other '
  'page-1 articles (区政务服务中心…, then 凤河湿地公园…: the headline stack); the first body below the stack is THIS article\'s. '
  'Column breaks (blank lines) fall mid-sentence. Paragraph 4 is cut mid-sentence before （下转第3版）; page 3 repeats the '
  'headline and resumes with （上接第1版） glued to the rest of the sentence. 5 paragraphs, continued.')
A[1]['notes'] = ('Headline is the LAST line of the page-1 stack, but its body is the SECOND body (after the lead). A caption '
  '▲… plus the credit line 记者 林默 摄 sits inside paragraph 2 mid-sentence; both are not text (credit kept in the caption string). '
  'One column break mid-paragraph.')
A[2]['notes'] = ('Headline printed in the page-1 stack ABOVE the 政务服务 headline, but its body comes AFTER the 政务服务 body '
  '(stack order differs from body order).')
A[3]['notes'] = ('Photo news: label 图片新闻 on its own line (given as subheadline; dropping it as furniture is acceptable), '
  'headline, two blank lines (image), caption at wide measure (30), credit 本报记者 秦川 摄 = byline. Caption is the only paragraph.')
A[4]['notes'] = 'Headline with a ——副题 on the next line (no blank). Column break mid-paragraph.'
A[5]['notes'] = 'Paragraph 3 starts WITHOUT a blank line (paragraph end visible only as a short line ending in 。). Column break mid-sentence.'
A[6]['notes'] = 'Page-2 bottom article; page footer 本版编辑 孔令仪 and the page-3 header follow its last line.'
A[7]['notes'] = ('Feature: headline, blank, ——副题, byline line 本报记者 秦川 文/图 (no 本报讯). Two one-line crossheads between '
  'blanks (not paragraphs). A ▲ caption without credit is inserted mid-sentence in paragraph 3. It directly follows the lead continuation.')
A[8]['notes'] = 'Commentary: column tag 凤河观察, headline and letter-spaced author line □ 方 舟 on three consecutive lines; byline given as 方舟.'
A[9]['notes'] = ('List: intro paragraph + 5 items 一、…五、 each starting on its own line with no blank between them (6 paragraphs); '
  'a column break after the 2nd item\'s first line. End byline （本报记者 贺兰 整理） on its own line is the byline, not text.')
open(NAME + '.txt', 'w', encoding='utf-8').write(d.text())
write_truth(NAME + '.truth.json', NAME + '.txt', '凤河报', '2026-12-01', '第47期（总第1598期）',
  'INVENTED issue (holdout6). Raw pdftotext (non -layout) of a 4-column broadsheet: pages separated by form feeds; '
  'page headers are date / page number / section on separate lines; columns wrap at 14-18 em; blank lines both between '
  'paragraphs and at column breaks. Conventions as /work/shared/fixtures/truth.', NOT, d, A)
sys.exit(0 if check(NAME + '.txt', NAME + '.truth.json') else 1)
